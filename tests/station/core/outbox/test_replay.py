"""Replaying the queue against the real shared service: every kind, exactly once, refusals, offline, recovery."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from facestation.api import FaceCheckClient, RetryPolicy, errors
from facestation.station.core.directory import ListDirectory, StationCatalogue
from facestation.station.core.outbox import (
    Outbox,
    Replayer,
    ReplayScheduler,
    is_offline_error,
)
from facestation.vision.faces import BGRImage
from tests.station.core.outbox.support import (
    Relay,
    blank_jpeg,
    jpeg,
    signed_in_client,
    unique,
)


@pytest.fixture(scope="module")
def face(compliant_portrait: BGRImage) -> bytes:
    return jpeg(compliant_portrait)


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    with Outbox(tmp_path / "queue.sqlite3", os.urandom(32)) as queue:
        yield queue


@pytest.fixture
def replayer(station_context: Any, outbox: Outbox) -> Iterator[Replayer]:
    replayer = Replayer(outbox, station_context.client, station_context.directory)
    yield replayer
    replayer.close()


def enrolment(face: bytes, surname: str, **more: Any) -> dict[str, Any]:
    return {"face_image": face, "name": "Ada", "surname1": surname, "external_identifier": unique("FS-T-")} | more


def test_every_kind_replays_against_the_real_service(station_context: Any, replayer: Replayer, outbox: Outbox,
                                                    run_coro: Callable[..., Any], face: bytes) -> None:
    client = station_context.client
    surname = unique("Outbox")
    staff = outbox.enqueue("create_list", {"name": unique("Staff "), "description": "made offline"})
    visitors = outbox.enqueue("create_list", {"name": unique("Visitors ")})
    ada = enrolment(face, surname, face_list_id=staff.placeholder, extra_list_ids=[visitors.placeholder],
                    additional_data=b"badge 42", additional_data_file_name="badge.txt")
    outbox.enqueue("create_record", ada)
    bob = enrolment(face, surname, name="Bob")
    outbox.enqueue("create_record", bob)
    outbox.enqueue("update_record", {"record_external_id": ada["external_identifier"], "name": "Ada",
                                     "surname1": surname, "surname2": "King", "enabled": False,
                                     # the service wants the file's name again while the record has a file
                                     "additional_data_file_name": "badge.txt"})
    outbox.enqueue("update_list", {"list_id": visitors.placeholder, "name": unique("Guests "),
                                   "description": "renamed offline"})
    outbox.enqueue("add_member", {"list_id": staff.placeholder, "record_external_id": bob["external_identifier"],
                                  "label": "Bob"})
    outbox.enqueue("remove_member", {"list_id": visitors.placeholder,
                                     "record_external_id": ada["external_identifier"]})
    temporary = outbox.enqueue("create_list", {"name": unique("Temporary ")})
    outbox.enqueue("delete_list", {"list_id": temporary.placeholder})
    outbox.enqueue("delete_record", {"record_external_id": bob["external_identifier"]})

    report = run_coro(replayer.replay(), timeout=60)
    assert report.complete and report.attention == {} and report.waiting == []
    assert len(report.done) == 11 and report.remaining == 0 and outbox.counts().total == 0

    staff_id, visitors_id = outbox.real_id(staff.placeholder), outbox.real_id(visitors.placeholder)
    assert report.new_ids[staff.placeholder] == staff_id
    record = run_coro(client.records.get_by_external_id(ada["external_identifier"]))
    assert (record.name, record.surname1, record.surname2, record.enabled) == ("Ada", surname, "King", False)
    assert record.face_list_id == staff_id and record.additional_data == b"badge 42"
    assert outbox.real_id(f"outbox:{staff.id + 2}") == record.identifier
    guests = run_coro(client.lists.get(visitors_id))
    assert guests.description == "renamed offline"
    assert run_coro(client.lists.members(visitors_id)).total == 0  # joined, then left again
    staff_members = run_coro(client.lists.members(staff_id))
    assert [m.identifier for m in staff_members.records] == [record.identifier]  # Bob joined, then was deleted
    with pytest.raises(errors.NotFoundError):
        run_coro(client.records.get_by_external_id(bob["external_identifier"]))
    with pytest.raises(errors.NotFoundError):
        run_coro(client.lists.get(outbox.real_id(temporary.placeholder)))
    assert station_context.directory.catalogue.get(staff_id) is not None


def test_a_create_that_landed_before_the_crash_is_not_made_twice(station_context: Any, replayer: Replayer,
                                                                 outbox: Outbox, run_coro: Callable[..., Any],
                                                                 face: bytes) -> None:
    """The replay sent the create, the server made the record, the station died before marking it done."""
    client = station_context.client
    surname = unique("Landed")
    payload = enrolment(face, surname)
    item = outbox.enqueue("create_record", payload)
    landed_id = run_coro(client.records.create(face_image=face, name="Ada", surname1=surname,
                                               external_identifier=payload["external_identifier"]))
    report = run_coro(replayer.replay(), timeout=30)
    assert report.done == [item.id] and outbox.counts().total == 0
    assert outbox.real_id(item.placeholder) == landed_id
    assert run_coro(client.records.search(surname)).total == 1
    again = run_coro(replayer.replay())  # and a second replay has nothing left to send
    assert again.done == [] and run_coro(client.records.search(surname)).total == 1


def test_a_refused_enrolment_needs_attention_and_goes_through_once_corrected(
        station_context: Any, replayer: Replayer, outbox: Outbox, run_coro: Callable[..., Any], face: bytes) -> None:
    client = station_context.client
    surname = unique("Refused")
    bad = outbox.enqueue("create_record", enrolment(face, surname) | {"face_image": blank_jpeg()})
    good = outbox.enqueue("create_record", enrolment(face, surname, name="Grace"))
    joins = outbox.enqueue("add_member", {"list_id": "not-a-list", "record_external_id":
                                          good.payload["external_identifier"]})

    report = run_coro(replayer.replay(), timeout=30)
    assert report.done == [good.id] and set(report.attention) == {bad.id, joins.id}
    refused = outbox.get(bad.id)
    assert refused.state == "attention" and "NoFaceDetected" in refused.error_codes
    assert refused.last_error and "face" in refused.last_error.lower()
    assert outbox.get(joins.id).error_codes == ("FaceListNotFound",)
    assert run_coro(client.records.search(surname)).total == 1

    outbox.update_payload(bad.id, refused.payload | {"face_image": face})
    outbox.resubmit(bad.id)
    outbox.discard(joins.id)
    report = run_coro(replayer.replay(), timeout=30)
    assert report.done == [bad.id] and outbox.counts().total == 0
    assert run_coro(client.records.search(surname)).total == 2


def test_items_wait_for_a_list_whose_creation_needs_attention(station_context: Any, replayer: Replayer,
                                                              outbox: Outbox, run_coro: Callable[..., Any],
                                                              face: bytes) -> None:
    client = station_context.client
    taken = unique("Taken ")
    run_coro(client.lists.create(name=taken, description="made online first"))
    clash = outbox.enqueue("create_list", {"name": taken, "description": "made offline"})
    person = outbox.enqueue("create_record", enrolment(face, unique("Waiting"), face_list_id=clash.placeholder))
    later = outbox.enqueue("create_list", {"name": unique("Independent ")})

    report = run_coro(replayer.replay(), timeout=30)
    assert list(report.attention) == [clash.id] and "FaceListNameAlreadyExists" in outbox.get(clash.id).error_codes
    assert report.waiting == [person.id] and report.done == [later.id]
    assert outbox.get(person.id).state == "pending"

    outbox.update_payload(clash.id, {"name": unique("Renamed "), "description": "made offline"})
    outbox.resubmit(clash.id)
    report = run_coro(replayer.replay(), timeout=30)
    assert report.done == [clash.id, person.id]
    record = run_coro(client.records.get_by_external_id(person.payload["external_identifier"]))
    assert record.face_list_id == outbox.real_id(clash.placeholder)

    # A discarded create leaves its dependants in need of attention, with a reason, never silently gone.
    orphan_list = outbox.enqueue("create_list", {"name": taken})
    orphan = outbox.enqueue("add_member", {"list_id": orphan_list.placeholder,
                                           "record_external_id": person.payload["external_identifier"]})
    run_coro(replayer.replay(), timeout=30)
    outbox.discard(orphan_list.id)
    report = run_coro(replayer.replay(), timeout=30)
    assert list(report.attention) == [orphan.id] and "discarded" in outbox.get(orphan.id).last_error


def test_deleting_what_is_already_gone_is_done(station_context: Any, replayer: Replayer, outbox: Outbox,
                                               run_coro: Callable[..., Any]) -> None:
    outbox.enqueue("delete_record", {"record_external_id": unique("FS-GONE-")})
    outbox.enqueue("delete_record", {"record_id": "00000000-0000-0000-0000-000000000000"})
    outbox.enqueue("delete_list", {"list_id": "00000000-0000-0000-0000-000000000000"})
    report = run_coro(replayer.replay(), timeout=30)
    assert len(report.done) == 3 and outbox.counts().total == 0


@pytest.fixture
def relay(shared_service: dict[str, Any], run_coro: Callable[..., Any]) -> Iterator[Relay]:
    relay = Relay(httpx.URL(shared_service["base_url"]).port)
    run_coro(relay.open())
    yield relay
    run_coro(relay.close())


def test_an_unreachable_server_stops_the_replay_and_keeps_everything(
        shared_service: dict[str, Any], relay: Relay, outbox: Outbox, tmp_path: Path,
        run_coro: Callable[..., Any], face: bytes) -> None:
    client: FaceCheckClient = run_coro(signed_in_client(relay.url(), shared_service,
                                                        retry=RetryPolicy(attempts=2, base_delay=0.05)))
    directory = ListDirectory(client, StationCatalogue(tmp_path / "catalogue.json"))
    replayer = Replayer(outbox, client, directory)
    surname = unique("Offline")
    items = [outbox.enqueue("create_record", enrolment(face, surname)) for _ in range(3)]
    run_coro(relay.close())  # the port is closed now: connection refused

    try:
        run_coro(client.records.get_by_external_id("FS-ANY"))
    except errors.FaceCheckError as error:
        assert is_offline_error(error) and isinstance(error, errors.ServiceUnreachableError)
    else:
        pytest.fail("the relay is closed")
    report = run_coro(replayer.replay(), timeout=30)
    assert report.offline and report.stopped and report.done == [] and report.remaining == 3
    first = outbox.get(items[0].id)
    assert first.state == "pending" and first.attempts == 1 and "reach" in (first.last_error or "")
    assert [outbox.get(item.id).attempts for item in items[1:]] == [0, 0]

    run_coro(relay.open())
    report = run_coro(replayer.replay(), timeout=60)
    assert report.complete and len(report.done) == 3 and outbox.counts().total == 0
    assert run_coro(client.records.search(surname)).total == 3
    replayer.close()
    run_coro(client.aclose())


def test_the_scheduler_replays_within_seconds_of_the_server_coming_back(
        shared_service: dict[str, Any], relay: Relay, outbox: Outbox, tmp_path: Path,
        run_coro: Callable[..., Any], face: bytes) -> None:
    client: FaceCheckClient = run_coro(signed_in_client(relay.url(), shared_service,
                                                        retry=RetryPolicy(attempts=1)))
    replayer = Replayer(outbox, client, ListDirectory(client, StationCatalogue(tmp_path / "catalogue.json")))

    health_checks: list[bool] = []

    async def healthy() -> bool:
        health_checks.append(True)
        try:
            async with httpx.AsyncClient(timeout=2, trust_env=False) as http:
                return (await http.get(relay.url() + "/health")).status_code == 200
        except httpx.HTTPError:
            return False

    reports: list[Any] = []
    scheduler = ReplayScheduler(replayer, healthy, interval=0.5, on_report=reports.append)
    surname = unique("Recovered")
    run_coro(relay.close())

    async def scenario() -> float:
        scheduler.start()
        for _ in range(4):
            outbox.enqueue("create_record", enrolment(face, surname))
        scheduler.poke()
        # Offline: several health checks fail (waited for by count, not by time), nothing is sent or lost.
        while len(health_checks) < 3:
            await asyncio.sleep(0.05)
        assert outbox.counts().pending == 4 and reports == []
        back = time.monotonic()
        await relay.open()
        # Until the batch's report too: the last item leaves the queue a moment before the report is made.
        while outbox.counts().pending or not reports:
            await asyncio.sleep(0.05)
        return time.monotonic() - back

    recovery = run_coro(scenario(), timeout=60)
    run_coro(scheduler.stop())
    assert recovery < 5 + 4 * 2  # started within the interval; four enrolments take a moment each
    assert reports and reports[-1].complete and len(reports[-1].done) == 4
    assert run_coro(client.records.search(surname)).total == 4
    replayer.close()
    run_coro(client.aclose())
