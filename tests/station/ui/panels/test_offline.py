"""The panels without a connection, against the real shared service: the station's client goes through a
loopback relay whose port is really closed (connection refused), the outbox is a real encrypted queue in
tmp_path and the activity log a real AuditLog. Enrolments, record changes and list changes made offline are
queued and said plainly, then a Replayer with the ordinary client delivers them (exactly once); Verify says it
needs the service and sends nothing; every action lands in the activity log with identifiers only."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from facestation.api import FaceCheckClient, RetryPolicy, errors
from facestation.station.core.audit import AuditEntry, AuditLog
from facestation.station.core.directory import ListDirectory
from facestation.station.core.outbox import Outbox, Replayer
from facestation.station.ui.context import StationContext
from facestation.station.ui.panels.enrol import EnrolPanel
from facestation.station.ui.panels.lists import (
    AddPeopleDialog,
    ListDetailsDialog,
    ListsPanel,
)
from facestation.station.ui.panels.records import RecordsPanel
from facestation.station.ui.panels.verify import VerifyMode, VerifyPanel
from facestation.station.ui.widgets.result_card import Verdict
from facestation.vision.faces import BGRImage
from tests.station.core.outbox.support import Relay, jpeg, signed_in_client
from tests.station.support import settle, unique, wait_until

RunCoro = Callable[..., Any]


@dataclass
class Offline:
    """The station context in "cable pulled" mode. `context.client` goes through `relay`; `online` is the
    ordinary client (for setting up and checking on the server, and for the replay)."""

    context: StationContext
    relay: Relay
    online: FaceCheckClient
    outbox: Outbox
    audit: AuditLog
    audit_path: Path
    run_coro: RunCoro

    def cut(self) -> None:
        self.run_coro(self.relay.close())

    def restore(self) -> None:
        self.run_coro(self.relay.open())

    def replay(self) -> Any:
        directory = ListDirectory(self.online, self.context.directory.catalogue)
        replayer = Replayer(self.outbox, self.online, directory)
        try:
            return self.run_coro(replayer.replay(), timeout=60)
        finally:
            replayer.close()

    def entries(self, action: str) -> list[AuditEntry]:
        return self.audit.entries(action=action)

    def wait_for_entries(self, action: str, count: int = 1) -> list[AuditEntry]:
        wait_until(lambda: len(self.entries(action)) >= count)
        return self.entries(action)

    def audit_bytes(self) -> bytes:
        """The whole activity log as it lies on disk (its write-ahead log too)."""
        return b"".join(path.read_bytes() for path in self.audit_path.parent.glob(self.audit_path.name + "*"))


@pytest.fixture
def offline(station_context: StationContext, shared_service: dict[str, Any], run_coro: RunCoro,
            tmp_path: Path) -> Iterator[Offline]:
    relay = Relay(httpx.URL(shared_service["base_url"]).port)
    run_coro(relay.open())
    online = station_context.session.client
    assert online is not None
    client = run_coro(signed_in_client(relay.url(), shared_service, retry=RetryPolicy(attempts=1)))
    run_coro(client.capabilities())  # learnt while the cable is in
    audit_path = tmp_path / "audit" / "audit.sqlite3"
    audit_path.parent.mkdir()
    audit = AuditLog(audit_path)
    outbox = Outbox(tmp_path / "outbox.sqlite3", os.urandom(32))
    station_context.session.client = client
    station_context.outbox = outbox
    station_context.audit = audit
    yield Offline(station_context, relay, online, outbox, audit, audit_path, run_coro)
    station_context.session.client = online
    station_context.outbox = None
    station_context.audit = None
    run_coro(relay.close())
    run_coro(client.aclose())
    outbox.close()
    audit.close()


@pytest.fixture(scope="module")
def portrait_jpeg(compliant_portrait: BGRImage) -> bytes:
    return jpeg(compliant_portrait)


def show(panel: Any, qtbot: Any) -> Any:
    panel.resize(1020, 760)
    qtbot.addWidget(panel)
    panel.show()
    return panel


# -- enrol ---------------------------------------------------------------------------------------------------


@pytest.fixture
def enrol_panel(offline: Offline, qtbot: Any) -> Iterator[EnrolPanel]:
    panel = show(EnrolPanel(offline.context), qtbot)
    panel.capture.view.set_sound_enabled(False)
    panel.activate()
    yield panel
    panel.capture.stop(wait=True)


def test_an_enrolment_without_connection_is_kept_and_replayed_once(
        enrol_panel: EnrolPanel, offline: Offline, run_coro: RunCoro, compliant_file: Path, qtbot: Any,
        screenshots: Path) -> None:
    panel, tag = enrol_panel, unique()
    staff = run_coro(offline.context.directory.create_list(f"Offline staff {tag}"))
    guests = run_coro(offline.context.directory.create_list(f"Offline guests {tag}"))
    panel.load_lists()
    wait_until(lambda: {staff, guests} <= {face_list.identifier for face_list in panel.lists})
    offline.cut()

    panel.capture.load_photo(compliant_file)
    wait_until(lambda: panel.portrait is not None, timeout=30)
    surname = f"Lovelace{tag}"
    for line, text in ((panel.form.name, "Ada"), (panel.form.surname1, surname)):
        qtbot.keyClicks(line, text)
    panel.form.set_checked_lists([staff, guests])
    qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: panel.confirmation.isVisible() or panel.message.isVisible(), timeout=30)
    wait_until(lambda: not panel.busy)

    assert not panel.message.isVisible(), panel.message.text()
    pending = offline.outbox.pending()
    assert [item.kind for item in pending] == ["create_record"]
    item = pending[0]
    number = item.payload["external_identifier"]
    assert number.startswith("FS-") and item.payload["name"] == "Ada" and item.payload["surname1"] == surname
    primary = item.payload["face_list_id"]  # the first ticked list, in the order shown
    assert {primary, *item.payload["extra_list_ids"]} == {staff, guests} and len(item.payload["extra_list_ids"]) == 1
    assert item.payload["face_image"][:2] == b"\xff\xd8" and item.payload["enabled"] is True
    assert panel.confirmation.text() == (
        f"No connection: Ada {surname} is saved on this station and will be enrolled as soon as the service "
        f"answers again (number {number}). The duplicate check will not run for this person.")
    # Cleared as after an enrolment: ready for the next person.
    assert panel.form.name.text() == "" and panel.form.surname1.text() == "" and panel.form.checked_list_ids() == []
    settle(0.5)
    assert panel.portrait is None
    panel.grab().save(str(screenshots / "panel-enrol-offline.png"))

    (entry,) = offline.wait_for_entries("enrol")
    assert entry.record_ids == () and set(entry.list_ids) == {staff, guests}
    assert entry.details["queued"] is True and entry.details["outbox_item"] == item.id
    assert entry.details["lists"] == 2 and entry.details["consent"] is False
    assert entry.details["external_id_generated"] is True
    # Neither the log nor the queue file holds the name in clear.
    assert surname.encode() not in offline.audit_bytes()
    assert surname.encode() not in offline.outbox.path.read_bytes()

    with pytest.raises(errors.FaceCheckError):  # really offline: the relay's port is closed
        run_coro(offline.context.client.records.get_by_external_id(number))
    report = offline.replay()
    assert report.done == [item.id] and offline.outbox.counts().total == 0
    record = run_coro(offline.online.records.get_by_external_id(number))
    assert (record.name, record.surname1, record.face_list_id) == ("Ada", surname, primary)
    assert run_coro(offline.online.records.search(surname)).total == 1
    other = guests if primary == staff else staff
    members = run_coro(offline.online.lists.members(other, limit=500))
    assert record.identifier in {member.identifier for member in members.records}
    assert offline.replay().done == []  # nothing left: exactly once
    assert run_coro(offline.online.records.search(surname)).total == 1


def test_online_enrolment_is_logged_with_its_id(enrol_panel: EnrolPanel, offline: Offline, compliant_file: Path,
                                               qtbot: Any) -> None:
    panel, tag = enrol_panel, unique()
    panel.capture.load_photo(compliant_file)
    wait_until(lambda: panel.portrait is not None, timeout=30)
    surname = f"Logged{tag}"
    qtbot.keyClicks(panel.form.name, "Ada")
    qtbot.keyClicks(panel.form.surname1, surname)
    enrolled: list[str] = []
    panel.enrolled.connect(lambda record_id, _name: enrolled.append(record_id))
    qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    # No list ticked: the face is looked for in every list; the shared service has her in some already.
    wait_until(lambda: bool(enrolled) or panel.duplicates_dialog is not None or panel.message.isVisible(),
               timeout=60)
    shown = 0
    if panel.duplicates_dialog is not None:
        shown = len(panel.duplicates_dialog.duplicates)
        panel.duplicates_dialog.accept()  # "Enrol anyway"
        wait_until(lambda: bool(enrolled) or panel.message.isVisible(), timeout=60)
    assert enrolled, panel.message.text()
    (entry,) = offline.wait_for_entries("enrol")
    assert entry.record_ids == (enrolled[0],) and entry.operator == offline.context.session.operator
    assert entry.details == {"consent": False, "lists": 0, "duplicates_shown": shown,
                             "enrolled_anyway": shown > 0}
    assert offline.outbox.counts().total == 0
    assert surname.encode() not in offline.audit_bytes()


# -- records -------------------------------------------------------------------------------------------------


@pytest.fixture
def records_panel(offline: Offline, qtbot: Any) -> RecordsPanel:
    return show(RecordsPanel(offline.context), qtbot)


def search_and_choose(panel: RecordsPanel, text: str, record_id: str) -> None:
    panel.search_field.setText(text)
    panel.search()
    wait_until(lambda: not panel.busy and any(record.identifier == record_id for record in panel.shown))
    assert panel.select_record(record_id)
    wait_until(lambda: panel.record is not None and panel.record.identifier == record_id and not panel.busy)


def test_record_changes_without_connection_are_kept_shown_and_replayed(
        records_panel: RecordsPanel, offline: Offline, run_coro: RunCoro, portrait_jpeg: bytes, qtbot: Any,
        screenshots: Path) -> None:
    panel, tag = records_panel, unique()
    surname = f"Offline{tag}"
    keep = run_coro(offline.online.records.create(face_image=portrait_jpeg, name="Ada", surname1=surname,
                                                  external_identifier=f"K-{tag}", additional_data=b"badge",
                                                  additional_data_file_name="badge.txt"), timeout=30)
    gone = run_coro(offline.online.records.create(face_image=portrait_jpeg, name="Bob", surname1=surname),
                    timeout=30)

    # Delete Bob without a connection: queued, shown as waiting, his actions closed.
    search_and_choose(panel, surname, gone)
    offline.cut()
    box = panel.ask_delete()
    assert box is not None
    box.delete_button.click()
    wait_until(lambda: panel.waiting_note.isVisible() and not panel.busy)
    assert "No connection: the change is kept and sent when the service answers." in panel.action_error.text()
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    bob_row = next(row for row in range(panel.table.rowCount())
                   if panel.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == gone)
    assert panel.table.item(bob_row, 0).text() == f"Bob {surname} (deletion waiting)"

    # Edit Ada: the form was opened with the cable in, saved without it.
    offline.restore()
    search_and_choose(panel, surname, keep)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: panel.editing and not panel.busy)
    offline.cut()
    panel.form.surname2.setText("King")
    panel.form.enabled.setChecked(False)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.editing and not panel.busy)
    assert panel.waiting_note.isVisible() and "Change waiting to be sent" in panel.waiting_note.text()
    assert panel.record is not None and panel.record.surname2 == "King" and not panel.record.enabled
    assert panel.record_view.title.text() == f"Ada {surname} King"
    panel.grab().save(str(screenshots / "panel-records-offline.png"))

    # Search without a connection: one readable line.
    panel.search(surname)
    wait_until(lambda: not panel.busy)
    assert panel.search_error.text().startswith("No connection: searching needs the service")

    kinds = [item.kind for item in offline.outbox.pending()]
    assert kinds == ["delete_record", "update_record"]
    update = offline.outbox.pending()[1].payload
    assert update["record_id"] == keep and update["additional_data_file_name"] == "badge.txt"
    assert (update["name"], update["surname1"], update["surname2"], update["enabled"]) == \
        ("Ada", surname, "King", False)

    deleted = offline.wait_for_entries("delete")
    assert deleted[-1].record_ids == (gone,) and deleted[-1].details["queued"] is True
    updated = offline.wait_for_entries("update")
    assert updated[-1].record_ids == (keep,)
    assert sorted(updated[-1].details["fields"]) == ["enabled", "surname2"]
    assert surname.encode() not in offline.audit_bytes() and b"King" not in offline.audit_bytes()

    report = offline.replay()
    assert len(report.done) == 2 and offline.outbox.counts().total == 0
    record = run_coro(offline.online.records.get(keep))
    assert (record.surname2, record.enabled, record.additional_data) == ("King", False, b"badge")
    with pytest.raises(errors.NotFoundError):
        run_coro(offline.online.records.get(gone))

    # The outbox is empty: the page shows the people as the service has them again.
    offline.restore()
    offline.context.events.outboxChanged.emit(0, 0)
    wait_until(lambda: not panel.busy and not panel.waiting_note.isVisible())
    assert all("waiting" not in row[0] for row in
               [[panel.table.item(r, 0).text()] for r in range(panel.table.rowCount())])


def test_online_record_changes_are_logged_by_field_name(records_panel: RecordsPanel, offline: Offline,
                                                        run_coro: RunCoro, portrait_jpeg: bytes,
                                                        qtbot: Any) -> None:
    panel, tag = records_panel, unique()
    surname = f"Fields{tag}"
    record_id = run_coro(offline.online.records.create(face_image=portrait_jpeg, name="Ada", surname1=surname),
                         timeout=30)
    search_and_choose(panel, surname, record_id)
    qtbot.mouseClick(panel.enable_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: panel.record is not None and not panel.record.enabled and not panel.busy)
    entry = offline.wait_for_entries("update")[-1]
    assert entry.record_ids == (record_id,) and entry.details == {"fields": ["enabled"]}
    assert offline.outbox.counts().total == 0


# -- lists ---------------------------------------------------------------------------------------------------


@pytest.fixture
def lists_panel(offline: Offline, qtbot: Any) -> ListsPanel:
    panel = show(ListsPanel(offline.context), qtbot)
    panel.activate()
    wait_until(lambda: panel.server_has_lists is not None)
    return panel


def test_a_list_made_without_connection_waits_and_its_members_follow(
        lists_panel: ListsPanel, offline: Offline, run_coro: RunCoro, portrait_jpeg: bytes,
        screenshots: Path) -> None:
    panel, tag = lists_panel, unique()
    surname = f"Member{tag}"
    record_id = run_coro(offline.online.records.create(face_image=portrait_jpeg, name="Ada", surname1=surname),
                         timeout=30)
    offline.cut()
    name = f"Pool {tag}"
    dialog = panel.new_list()
    assert isinstance(dialog, ListDetailsDialog)
    dialog.name.setText(name)
    dialog.description.setText("made offline")
    dialog.ok_button.click()
    wait_until(lambda: not dialog.isVisible())
    (created,) = offline.outbox.pending()
    assert created.kind == "create_list" and created.payload == {"name": name, "description": "made offline"}
    assert panel.selected_id == created.placeholder and panel.selected_list is not None
    row = next(panel.lists_view.item(r) for r in range(panel.lists_view.count())
               if panel.lists_view.item(r).data(Qt.ItemDataRole.UserRole) == created.placeholder)
    assert row.text().startswith(f"{name}\nwaiting to be created")
    assert panel.offline_note.text() == "No connection: the change is kept and sent when the service answers."

    # The connection is back, the queue not sent yet: adding a person to the waiting list is queued too,
    # under its placeholder (the service does not know the list yet).
    offline.restore()
    add = panel.add_people()
    assert isinstance(add, AddPeopleDialog)
    add.search_field.setText(surname)
    add.search_button.click()
    wait_until(lambda: add.searched)
    assert add.chosen_ids() == [record_id]
    add.ok_button.click()
    wait_until(lambda: not add.isVisible())
    kinds = [(item.kind, item.payload.get("list_id")) for item in offline.outbox.pending()]
    assert kinds == [("create_list", None), ("add_member", created.placeholder)]
    assert panel.members_view.count() == 1
    assert panel.members_view.item(0).text().endswith("(waiting to be added)")
    panel.grab().save(str(screenshots / "panel-lists-offline.png"))

    entries = offline.wait_for_entries("list_add_member")
    assert entries[-1].list_ids == (created.placeholder,) and entries[-1].record_ids == (record_id,)
    assert offline.wait_for_entries("list_create")[-1].list_ids == (created.placeholder,)
    assert name.encode() not in offline.audit_bytes() and surname.encode() not in offline.audit_bytes()

    report = offline.replay()
    assert len(report.done) == 2 and offline.outbox.counts().total == 0
    real = offline.outbox.real_id(created.placeholder)
    assert real is not None and run_coro(offline.online.lists.get(real)).name == name
    members = run_coro(offline.online.lists.members(real))
    assert [member.identifier for member in members.records] == [record_id]

    offline.context.events.outboxChanged.emit(0, 0)
    wait_until(lambda: panel.selected_id == real and panel.members_loaded and not panel.offline_note.isVisible())
    assert panel.members_view.count() == 1 and "waiting" not in panel.members_view.item(0).text()


def test_list_changes_without_connection_on_a_list_the_service_has(
        lists_panel: ListsPanel, offline: Offline, run_coro: RunCoro, portrait_jpeg: bytes) -> None:
    panel, tag = lists_panel, unique()
    surname = f"Leaver{tag}"
    record_id = run_coro(offline.online.records.create(face_image=portrait_jpeg, name="Ada", surname1=surname),
                         timeout=30)
    list_id = run_coro(offline.online.lists.create(name=f"Gym {tag}"))
    run_coro(offline.online.lists.add_record(record_id=record_id, list_id=list_id))
    panel.refresh()
    wait_until(lambda: panel.select_list(list_id))
    wait_until(lambda: panel.members_loaded and panel.members_view.count() == 1)
    offline.cut()

    panel.members_view.item(0).setSelected(True)
    panel.remove_selected()
    wait_until(lambda: panel.members_view.count() == 0)
    dialog = panel.rename_list()
    assert isinstance(dialog, ListDetailsDialog)
    dialog.name.setText(f"Gym and pool {tag}")
    dialog.ok_button.click()
    wait_until(lambda: not dialog.isVisible())
    assert panel.selected_list is not None and panel.selected_list.name == f"Gym and pool {tag}"
    assert [item.kind for item in offline.outbox.pending()] == ["remove_member", "update_list"]
    assert offline.wait_for_entries("list_remove_member")[-1].record_ids == (record_id,)
    assert offline.wait_for_entries("list_update")[-1].list_ids == (list_id,)

    report = offline.replay()
    assert len(report.done) == 2
    assert run_coro(offline.online.lists.get(list_id)).name == f"Gym and pool {tag}"
    assert run_coro(offline.online.lists.members(list_id)).total == 0


# -- verify --------------------------------------------------------------------------------------------------

OFFLINE_LINE = ("No connection: checking a face needs the service. Enrolments and changes made now are kept and "
                "sent later.")


@pytest.fixture
def verify_panel(offline: Offline, qtbot: Any) -> Iterator[VerifyPanel]:
    panel = show(VerifyPanel(offline.context), qtbot)
    panel.capture.view.set_sound_enabled(False)
    panel.activate()
    wait_until(lambda: panel.lists_loaded)
    yield panel
    panel.deactivate()
    panel.capture.stop(wait=True)


def verify_list(offline: Offline, run_coro: RunCoro, portrait_jpeg: bytes) -> tuple[str, str]:
    tag = unique()
    list_id = run_coro(offline.context.directory.create_list(f"Verify offline {tag}"))
    record_id = run_coro(offline.online.records.create(face_image=portrait_jpeg, name="Grace",
                                                       surname1=f"Hopper{tag}"), timeout=30)
    run_coro(offline.context.directory.add_member(list_id, record_id))
    return list_id, record_id


def choose_list(panel: VerifyPanel, list_id: str) -> None:
    panel.load_lists()
    wait_until(lambda: any(item.identifier == list_id for item in panel.lists))
    panel.set_mode(VerifyMode.LIST)
    assert panel.select_list(list_id)


def test_verify_waits_while_the_station_is_offline_and_goes_on_when_back(
        verify_panel: VerifyPanel, offline: Offline, run_coro: RunCoro, portrait_jpeg: bytes,
        compliant_file: Path, screenshots: Path) -> None:
    panel = verify_panel
    list_id, record_id = verify_list(offline, run_coro, portrait_jpeg)
    choose_list(panel, list_id)
    offline.context.events.onlineChanged.emit(False)
    assert panel.offline and panel.offline_label.isVisible() and panel.offline_label.text() == OFFLINE_LINE

    panel.capture.load_photo(compliant_file)
    wait_until(lambda: panel.probe is not None, timeout=30)
    settle(0.5)
    assert not panel.verifying and not panel.showing_result and not panel.has_check
    assert not panel.error_label.isVisible() and offline.entries("verify") == []
    assert "Wait for the connection" in panel.next_step.text() and panel.retry_button.isVisible()
    assert offline.outbox.counts().total == 0  # never queued
    panel.grab().save(str(screenshots / "panel-verify-offline.png"))

    offline.context.events.onlineChanged.emit(True)
    assert not panel.offline_label.isVisible()
    wait_until(lambda: panel.showing_result, timeout=60)
    assert panel.card.verdict is Verdict.MATCH
    (entry,) = offline.wait_for_entries("verify")
    assert entry.record_ids == (record_id,) and entry.list_ids == (list_id,)
    assert entry.details["mode"] == "list" and entry.details["result"] == "OK"
    assert entry.details["confidence"] == round(panel.card.result.confidence, 3)


def test_a_check_that_cannot_reach_the_service_shows_the_offline_line(
        verify_panel: VerifyPanel, offline: Offline, run_coro: RunCoro, portrait_jpeg: bytes,
        compliant_file: Path) -> None:
    panel = verify_panel
    list_id, _record_id = verify_list(offline, run_coro, portrait_jpeg)
    choose_list(panel, list_id)
    offline.cut()
    panel.capture.load_photo(compliant_file)
    wait_until(lambda: panel.offline, timeout=30)
    assert panel.offline_label.text() == OFFLINE_LINE and not panel.error_label.isVisible()
    assert not panel.showing_result and offline.outbox.counts().total == 0
    assert offline.entries("verify") == []
    offline.restore()
    panel.retry_button.click()  # "Try again": the service answers again
    wait_until(lambda: panel.showing_result, timeout=60)
    assert not panel.offline_label.isVisible()


def test_a_review_decision_is_logged_with_its_reason(verify_panel: VerifyPanel, offline: Offline) -> None:
    from facestation.api import IdentifyResult, ResultCode

    review = IdentifyResult(result=ResultCode.WARNING, confidence=45.678, description="", identifier="rec-7",
                            name="Ada", surname1="Lovelace")
    verify_panel.card.show_result(review, mode="list")
    verify_panel.card.reject("ID card photo is someone else " + "x" * 300)
    (entry,) = offline.wait_for_entries("review")
    assert entry.record_ids == ("rec-7",) and entry.details["decision"] == "reject"
    assert entry.details["reason"].startswith("ID card photo is someone else")
    assert len(entry.details["reason"]) == 200 and entry.details["confidence"] == 45.678
    assert b"Lovelace" not in offline.audit_bytes()
