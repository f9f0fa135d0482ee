"""The list directory against the real built-in service (its extensions) and, for a server without them, the
station's own catalogue (the same service with the extensions switched off in the client's eyes)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from facestation.api import CallBudget, Capabilities, FaceCheckClient
from facestation.station.core.directory import ListDirectory, StationCatalogue
from tests.station.core.outbox.support import signed_in_client


def unique(text: str) -> str:
    return f"{text} {uuid.uuid4().hex[:8]}"


def enrol(run_coro: Any, client: Any, photo: bytes, name: str) -> str:
    return run_coro(client.records.create(face_image=photo, name=name, surname1="Tester"), timeout=30)


@pytest.fixture
def portrait_jpeg(compliant_file: Path) -> bytes:
    import cv2

    ok, data = cv2.imencode(".jpg", cv2.imread(str(compliant_file)))
    assert ok
    return data.tobytes()


def test_lists_and_members_come_from_the_server_when_it_has_the_extensions(
        station_context: Any, run_coro: Any, portrait_jpeg: bytes) -> None:
    directory = station_context.directory
    assert run_coro(directory.server_has_lists())
    name = unique("Staff")
    list_id = run_coro(directory.create_list(name, "Everyone who works here"))
    record_id = enrol(run_coro, station_context.client, portrait_jpeg, unique("Ada"))
    run_coro(directory.add_member(list_id, record_id, label="Ada"))
    lists = run_coro(directory.all_lists())
    assert [item.record_count for item in lists if item.identifier == list_id] == [1]
    members = run_coro(directory.members(list_id))
    assert members.exact and [r.identifier for r in members.records] == [record_id]
    run_coro(directory.remove_member(list_id, record_id))
    assert run_coro(directory.members(list_id)).total == 0
    run_coro(directory.delete_list(list_id))
    assert list_id not in [item.identifier for item in run_coro(directory.all_lists())]


def test_without_the_extensions_the_catalogue_remembers_what_this_station_did(
        shared_service: dict[str, Any], run_coro: Any, portrait_jpeg: bytes, tmp_path: Path) -> None:
    # The same service, seen by a client told it has no extensions, like the hosted service.
    client = run_coro(signed_in_client(shared_service["base_url"], shared_service, capabilities=Capabilities(),
                                       budget=CallBudget(state_dir=tmp_path / "budget")))
    try:
        catalogue_remembers_what_this_station_did(client, run_coro, portrait_jpeg, tmp_path)
    finally:
        run_coro(client.aclose())


def catalogue_remembers_what_this_station_did(client: FaceCheckClient, run_coro: Any, portrait_jpeg: bytes,
                                              tmp_path: Path) -> None:
    assert not run_coro(client.capabilities()).list_lists
    catalogue = StationCatalogue(tmp_path / "lists.json")
    directory = ListDirectory(client, catalogue)
    name = unique("Members")
    list_id = run_coro(directory.create_list(name, None))
    kept = enrol(run_coro, client, portrait_jpeg, unique("Kept"))
    gone = enrol(run_coro, client, portrait_jpeg, unique("Gone"))
    run_coro(directory.add_member(list_id, kept, label="Kept"))
    run_coro(directory.add_member(list_id, gone, label="Gone"))
    run_coro(client.records.delete(gone))  # deleted elsewhere: dropped when the members are read

    again = ListDirectory(client, StationCatalogue(tmp_path / "lists.json"))  # survives a restart
    assert [(item.identifier, item.name, item.record_count) for item in run_coro(again.all_lists())] == \
        [(list_id, name, 2)]
    members = run_coro(again.members(list_id))
    assert not members.exact and [r.identifier for r in members.records] == [kept]
    assert again.catalogue.get(list_id).members == {kept: "Kept"}


def test_a_damaged_catalogue_is_set_aside_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "lists.json"
    path.write_text("{not json", encoding="utf-8")
    catalogue = StationCatalogue(path)
    assert catalogue.entries() == []
    assert path.with_suffix(".damaged").exists()
    catalogue.remember_list("id-1", "Staff", None)
    assert StationCatalogue(path).get("id-1").name == "Staff"


def test_each_server_and_client_has_its_own_catalogue(tmp_path: Path) -> None:
    one = StationCatalogue.for_server("http://127.0.0.1:8000/api/", "station", data_dir=tmp_path)
    same = StationCatalogue.for_server("http://127.0.0.1:8000/api", "station", data_dir=tmp_path)
    other = StationCatalogue.for_server("https://neocheck.net/api", "station", data_dir=tmp_path)
    assert one.path == same.path != other.path
