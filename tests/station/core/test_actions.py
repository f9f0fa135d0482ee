"""`StationActions.perform` against the real shared service, without Qt: sent, queued offline, refused; the
activity-log entry and the one `Changes` event each outcome gives."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from facestation.api import RetryPolicy, errors
from facestation.station.core.actions import (
    AddMember,
    Changes,
    CreateList,
    CreateRecord,
    DeleteList,
    Queued,
    Refused,
    RemoveMember,
    Sent,
    StationActions,
    UpdateList,
    UpdateRecord,
)
from facestation.station.core.activity import ActivityWriter
from facestation.station.core.audit import AuditLog
from facestation.station.core.directory import ListDirectory, StationCatalogue
from facestation.station.core.outbox import DEFAULT_PATTERN, Outbox
from facestation.vision.faces import BGRImage
from tests.station.core.outbox.support import Relay, jpeg, signed_in_client, unique

NO_RETRY = RetryPolicy(attempts=1)


class Station:
    """The parts `StationActions` works with, wired as the station wires them, around a relay that can be cut."""

    def __init__(self, service: dict[str, Any], tmp_path: Path, *, with_outbox: bool = True) -> None:
        self.service = service
        self.relay = Relay(urlsplit(service["base_url"]).port or 0)
        self.audit = AuditLog(tmp_path / "audit.sqlite3")
        self.outbox = Outbox(tmp_path / "queue.sqlite3", os.urandom(32)) if with_outbox else None
        self.catalogue = StationCatalogue(tmp_path / "catalogue.json")
        self.activity = ActivityWriter(lambda: self.audit, lambda: "ann")
        self.changes: list[Changes] = []
        self.pokes = 0
        self.directory: ListDirectory | None = None
        self.actions = StationActions(client=lambda: self.client, directory=lambda: self.directory_now,
                                      outbox=lambda: self.outbox, log=self.activity.log,
                                      external_id_pattern=lambda: DEFAULT_PATTERN, on_queued=self._poked)
        self.actions.add_listener(self.changes.append)

    def _poked(self) -> None:
        self.pokes += 1

    @property
    def directory_now(self) -> ListDirectory:
        assert self.directory is not None
        return self.directory

    async def start(self) -> None:
        await self.relay.open()
        self.client = await signed_in_client(self.relay.url(), self.service, retry=NO_RETRY)
        self.directory = ListDirectory(self.client, self.catalogue)

    async def stop(self) -> None:
        await self.client.aclose()
        await self.relay.close()

    def entries(self) -> list[Any]:
        self.activity.flush()
        return list(self.audit.entries())

    def close(self) -> None:
        self.activity.flush()
        self.audit.close()
        if self.outbox is not None:
            self.outbox.close()


@pytest.fixture
def station(shared_service: dict[str, Any], tmp_path: Path) -> Iterator[Station]:
    made = Station(shared_service, tmp_path)
    yield made
    made.close()


def run(station: Station, scenario: Any) -> Any:
    async def around() -> Any:
        await station.start()
        try:
            return await scenario()
        finally:
            await station.stop()

    return asyncio.run(around())


def test_a_sent_change_is_logged_and_announced_once(station: Station) -> None:
    async def scenario() -> tuple[Any, Any, Any]:
        made = await station.actions.perform(CreateList(unique("Staff "), "made online"))
        assert isinstance(made, Sent)
        renamed = await station.actions.perform(UpdateList(made.result, unique("Crew "), list_name="Staff"))
        return made, renamed, await station.client.lists.get(made.result)

    made, renamed, on_service = run(station, scenario)
    assert isinstance(renamed, Sent)
    assert on_service.name.startswith("Crew ")
    assert [(e.action, e.list_ids, e.operator) for e in station.entries()] == [
        ("list_create", (made.result,), "ann"), ("list_update", (made.result,), "ann")]
    assert station.changes == [Changes(list_ids=frozenset({made.result}))] * 2
    assert station.outbox is not None and station.outbox.counts().pending == 0


def test_a_refused_change_logs_nothing_and_changes_nothing(station: Station) -> None:
    async def scenario() -> Any:
        return await station.actions.perform(DeleteList("no-such-list-" + unique()))

    outcome = run(station, scenario)
    assert isinstance(outcome, Refused)
    assert isinstance(outcome.error, errors.NotFoundError) and not outcome.offline
    assert station.entries() == [] and station.changes == []


def test_without_the_service_an_enrolment_is_queued_with_a_generated_number(station: Station,
                                                                           compliant_portrait: BGRImage) -> None:
    face = jpeg(compliant_portrait)

    async def scenario() -> Any:
        await station.relay.close()  # a real "connection refused" from here on
        return await station.actions.perform(CreateRecord(face, "Ada", unique("Queued"), list_ids_to_join=("l1",),
                                                          details={"consent": True}))

    outcome = run(station, scenario)
    assert isinstance(outcome, Queued)
    assert station.outbox is not None
    [item] = station.outbox.pending()
    assert item.id == outcome.item.id and item.kind == "create_record"
    assert item.payload["external_identifier"].startswith("FS-") and item.payload["face_list_id"] == "l1"
    [entry] = station.entries()
    assert (entry.action, entry.record_ids, entry.list_ids) == ("enrol", (), ("l1",))
    assert entry.details == {"consent": True, "queued": True, "outbox_item": item.id}
    assert station.changes == [Changes(list_ids=frozenset({"l1"}), queued=True)]
    assert station.pokes == 1


def test_a_change_naming_an_offline_list_is_queued_without_trying(station: Station) -> None:
    async def scenario() -> tuple[Any, Any]:
        await station.relay.close()
        made = await station.actions.perform(CreateList(unique("Offline ")))
        assert isinstance(made, Queued)
        added = await station.actions.perform(
            AddMember(made.item.placeholder, "record-1", label="Ada", list_name="Offline"), queue_only=True)
        return made, added

    made, added = run(station, scenario)
    assert isinstance(added, Queued)
    assert added.item.payload == {"list_id": made.item.placeholder, "record_id": "record-1", "label": "Ada",
                                  "list_name": "Offline"}
    assert [(e.action, e.list_ids) for e in station.entries()] == [
        ("list_create", (made.item.placeholder,)), ("list_add_member", (made.item.placeholder,))]


def test_offline_without_a_queue_is_refused_as_offline(shared_service: dict[str, Any], tmp_path: Path) -> None:
    station = Station(shared_service, tmp_path, with_outbox=False)
    try:
        async def scenario() -> Any:
            await station.relay.close()
            return await station.actions.perform(RemoveMember("l1", "r1"))

        outcome = run(station, scenario)
        assert isinstance(outcome, Refused) and outcome.offline and outcome.queue_error is None
        assert station.entries() == [] and station.changes == []
    finally:
        station.close()


def test_a_queue_that_cannot_be_written_refuses_and_says_why(station: Station) -> None:
    assert station.outbox is not None
    station.outbox.close()  # its connection is gone: writing fails like a vanished disk

    async def scenario() -> Any:
        await station.relay.close()
        return await station.actions.perform(UpdateRecord("r1", "Ada", "Lovelace", fields=("name",)))

    outcome = run(station, scenario)
    assert isinstance(outcome, Refused) and outcome.offline and outcome.queue_error is not None
    assert station.entries() == [] and station.changes == []
    station.outbox = None  # closed already


def test_update_payload_leaves_out_what_is_unchanged_and_keeps_what_is_cleared() -> None:
    update = UpdateRecord("r1", "Ada", "Lovelace", fields=("surname2", "enabled"), surname2=None, enabled=False,
                          label="Ada Lovelace")
    assert update.payload() == {"record_id": "r1", "name": "Ada", "surname1": "Lovelace", "surname2": None,
                                "enabled": False, "label": "Ada Lovelace"}
    assert update.audit_details() == {"fields": ["surname2", "enabled"]}
