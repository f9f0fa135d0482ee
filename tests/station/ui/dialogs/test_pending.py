"""The Pending view against a real queue file and the real shared service: items the service really refused
(a faceless photo, a member number someone else has, a list name that is taken), corrected, sent again or
discarded through the dialog, with the activity log checked for what it must not hold; empty states; screenshots."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facestation.api import errors
from facestation.station.core.audit import AuditLog
from facestation.station.core.outbox import (
    Outbox,
    OutboxCounts,
    Replayer,
    ReplayScheduler,
)
from facestation.station.ui.dialogs.pending import CorrectionDialog, PendingDialog
from facestation.vision.faces import BGRImage
from tests.station.core.outbox.support import blank_jpeg, jpeg, unique
from tests.station.support import wait_until


class PokeCounter:
    """Stands in for the ReplayScheduler where a test only checks that the dialog asks for a replay."""

    def __init__(self) -> None:
        self.pokes = 0

    def poke(self) -> None:
        self.pokes += 1


@pytest.fixture(scope="module")
def face(compliant_portrait: BGRImage) -> bytes:
    return jpeg(compliant_portrait)


@pytest.fixture
def audit_log(tmp_path: Path) -> Iterator[AuditLog]:
    log = AuditLog(tmp_path / "audit.sqlite3")
    yield log
    log.close()


@pytest.fixture
def context(station_context: Any, tmp_path: Path, audit_log: AuditLog, themed: None) -> Iterator[Any]:
    """The signed-in station context with a queue file and an activity log of its own; the queue's changes
    reach `events.outboxChanged` as the Station wires them."""
    outbox = Outbox(tmp_path / "queue.sqlite3", os.urandom(32))
    events = station_context.events
    remove = outbox.add_listener(lambda counts: events.outboxChanged.emit(counts.pending, counts.attention))
    station_context.outbox = outbox
    station_context.audit = audit_log
    station_context.replay = PokeCounter()
    yield station_context
    remove()
    outbox.close()


@pytest.fixture
def replayer(context: Any) -> Iterator[Replayer]:
    replayer = Replayer(context.outbox, context.client, context.directory)
    yield replayer
    replayer.close()


@pytest.fixture
def scheduler(context: Any, replayer: Replayer, qloop: Any, run_coro: Callable[..., Any]) -> Iterator[ReplayScheduler]:
    """The real scheduler, as the Station runs it (started by the test once its queue is set up)."""
    scheduler = ReplayScheduler(replayer, context.session.check_connection, interval=0.5)
    yield scheduler
    run_coro(scheduler.stop())


@pytest.fixture
def make_dialog(context: Any, qtbot: Any) -> Callable[[], PendingDialog]:
    def make() -> PendingDialog:
        dialog = PendingDialog(context)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=10_000):
            dialog.open()
        return dialog

    return make


def enrolment(face: bytes, surname: str, **more: Any) -> dict[str, Any]:
    return {"face_image": face, "name": "Ada", "surname1": surname, "external_identifier": unique("FS-P-")} | more


def refused(outbox: Outbox, replayer: Replayer, run_coro: Callable[..., Any],
            *items: tuple[str, dict[str, Any]]) -> list[int]:
    """Queue the items and replay them against the real service: each must come back refused."""
    ids = [outbox.enqueue(kind, payload).id for kind, payload in items]
    report = run_coro(replayer.replay(), timeout=60)
    assert set(report.attention) == set(ids), report
    return ids


def taken_number(context: Any, run_coro: Callable[..., Any], face: bytes) -> tuple[str, str]:
    """A member number another person has on the server: (the number, that record's id)."""
    number = unique("FS-TAKEN-")
    record_id = run_coro(context.client.records.create(face_image=face, name="Grace", surname1=unique("Other"),
                                                       external_identifier=number))
    return number, record_id


def column(table: Any, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def audit_text(log: AuditLog) -> str:
    """Everything in the activity log file, as text, to look for what must not be there."""
    with sqlite3.connect(log.path) as connection:
        rows = connection.execute("SELECT * FROM entries").fetchall()
    return repr(rows)


def test_both_sections_show_the_queue_in_plain_words(make_dialog: Callable[[], PendingDialog], context: Any,
                                                     replayer: Replayer, run_coro: Callable[..., Any], face: bytes,
                                                     qtbot: Any, screenshots: Path) -> None:
    outbox = context.outbox
    surname = unique("Pending")
    number, _other = taken_number(context, run_coro, face)
    faceless, taken = refused(outbox, replayer, run_coro,
                              ("create_record", enrolment(blank_jpeg(), surname)),
                              ("create_record", enrolment(face, surname, name="Bob", external_identifier=number)))
    # Two changes that wait (queued after the replay): one already tried while the server was away.
    staff = outbox.enqueue("create_list", {"name": "Night staff", "description": "made offline"})
    outbox.record_attempt(staff.id, "The server cannot be reached. Check the network cable.")
    outbox.enqueue("create_record", enrolment(face, surname, name="Carla", face_list_id=staff.placeholder,
                                              list_name="Night staff"))

    dialog = make_dialog()
    assert dialog.counts() == OutboxCounts(2, 2)
    assert dialog.tabs.currentIndex() == dialog.WAITING_TAB
    assert "(2)" in dialog.tabs.tabText(0) and "Waiting" in dialog.tabs.tabText(0)
    assert "(2)" in dialog.tabs.tabText(1) and "Needs a&ttention" in dialog.tabs.tabText(1)
    waiting = dialog.waiting_table
    assert column(waiting, 0) == ["Create the list “Night staff”",
                                  f"Enrol Carla {surname} ({outbox.pending()[1].payload['external_identifier']})"]
    assert column(waiting, 2) == ["1", "Not yet"]
    assert column(waiting, 3)[0].startswith("The server cannot be reached") and column(waiting, 3)[1] == ""
    assert all(text.startswith("Today ") for text in column(waiting, 1))
    assert dialog.send_button.isEnabled() and dialog.send_hint.isVisibleTo(dialog)

    dialog.tabs.setCurrentIndex(dialog.ATTENTION_TAB)
    attention = dialog.attention_table
    assert column(attention, 0)[0].startswith(f"Enrol Ada {surname} (FS-P-")
    assert column(attention, 0)[1] == f"Enrol Bob {surname} ({number})"
    reasons = column(attention, 1)
    assert reasons[0].startswith("No face was found in the photo") and "another photo" in reasons[0]
    assert reasons[1].startswith("Someone else already has this member / employee number")
    assert "The server said" in attention.item(0, 1).toolTip()
    assert dialog.selected_item() is not None and dialog.selected_item().id == faceless
    assert dialog.correct_button.isEnabled() and dialog.correct_button.isDefault()
    assert dialog.select_item(taken) and dialog.selected_item().id == taken
    assert dialog.correct_button.height() >= 56 and dialog.discard_button.height() >= 44
    dialog.resize(1020, 760)
    qtbot.wait(50)
    dialog.grab().save(str(screenshots / "pending.png"))

    dialog.tabs.setCurrentIndex(dialog.WAITING_TAB)
    qtbot.wait(50)
    dialog.grab().save(str(screenshots / "pending-waiting.png"))
    with qtbot.waitSignal(dialog.actionDone, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Send &now
    assert context.replay.pokes == 1
    assert "Sending" in dialog.result.text() and dialog.result.isVisibleTo(dialog)

    # The queue changes under the open dialog (a replay sent the list): it follows.
    outbox.mark_done(staff.id)
    qtbot.waitUntil(lambda: dialog.counts() == OutboxCounts(1, 2), timeout=5000)
    assert "(1)" in dialog.tabs.tabText(0)


def test_correct_and_send_again_enrols_the_person(make_dialog: Callable[[], PendingDialog], context: Any,
                                                  replayer: Replayer, scheduler: ReplayScheduler, qloop: Any,
                                                  run_coro: Callable[..., Any], qtbot: Any, compliant_file: Path,
                                                  empty_file: Path, audit_log: AuditLog, screenshots: Path) -> None:
    surname = unique("Corrected")
    [item_id] = refused(context.outbox, replayer, run_coro, ("create_record", enrolment(blank_jpeg(), "Lovelace")))
    number = context.outbox.get(item_id).payload["external_identifier"]
    context.replay = scheduler
    scheduler.start(qloop)

    dialog = make_dialog()
    assert dialog.tabs.currentIndex() == dialog.ATTENTION_TAB  # nothing waits: the refused item is what matters
    assert dialog.waiting_empty.text() == "Nothing is waiting: everything was sent."
    editor = dialog.correct_selected()
    assert isinstance(editor, CorrectionDialog) and editor.isVisible()
    assert editor.form is not None and editor.form.name.text() == "Ada"
    assert editor.form.external_identifier.text() == number
    assert editor.photo_button is not None and editor.photo_button.isVisible()
    assert editor.reason.text().startswith("No face was found")
    assert not editor.form.attach_button.isVisibleTo(editor) and not editor.form.lists.isVisibleTo(editor)

    editor.save()  # the refused photo is still there: the editor says to choose another
    assert editor.isVisible() and "choose another photo" in editor.message.text()
    editor.use_photo_file(empty_file.parent / "missing.png")
    qtbot.waitUntil(lambda: editor.photo_error is not None and editor.photo_error.isVisibleTo(editor), timeout=5000)
    assert "missing.png" in editor.photo_error.text() and "Choose another file" in editor.photo_error.text()

    with qtbot.waitSignal(editor.photoLoaded, timeout=10_000):
        editor.use_photo_file(compliant_file)
    assert editor.new_photo is not None and editor.new_photo[:2] == b"\xff\xd8"  # JPEG
    assert not editor.photo_view.pixmap().isNull()
    editor.form.surname1.setText(surname)
    editor.resize(760, 640)
    qtbot.wait(50)
    editor.grab().save(str(screenshots / "pending-correct.png"))

    with qtbot.waitSignal(dialog.actionDone, timeout=10_000) as done:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert done.args == ["correct", item_id]
    record = None

    def enrolled() -> bool:
        nonlocal record
        try:
            record = run_coro(context.client.records.get_by_external_id(number))
        except errors.NotFoundError:
            return False
        return True

    wait_until(enrolled, timeout=30)
    assert (record.name, record.surname1) == ("Ada", surname)
    qtbot.waitUntil(lambda: dialog.counts() == OutboxCounts(0, 0), timeout=10_000)
    assert dialog.attention_empty.isVisibleTo(dialog)
    assert dialog.attention_empty.text() == "Nothing needs attention: the server accepted every change."
    wait_until(lambda: audit_log.entries(action="outbox_resubmit"), timeout=5)
    [entry] = audit_log.entries(action="outbox_resubmit")
    assert dict(entry.details) == {"kind": "create_record", "reason": "NoFaceDetected", "corrected": True}
    assert entry.operator == context.session.operator
    assert surname not in audit_text(audit_log) and number not in audit_text(audit_log)


def test_discard_asks_first_and_logs_no_name(make_dialog: Callable[[], PendingDialog], context: Any,
                                            replayer: Replayer, run_coro: Callable[..., Any], face: bytes,
                                            qtbot: Any, audit_log: AuditLog) -> None:
    surname = unique("Discarded")
    number, _other = taken_number(context, run_coro, face)
    [item_id] = refused(context.outbox, replayer, run_coro,
                        ("create_record", enrolment(face, surname, external_identifier=number)))
    dialog = make_dialog()
    dialog.select_item(item_id)

    box = dialog.discard_selected()
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert surname in box.text() and "will not be enrolled" in box.informativeText()
    [keep] = [button for button in box.buttons() if button.objectName() == "keepItem"]
    assert box.defaultButton() is keep
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)  # changed their mind: nothing happens
    qtbot.wait(200)
    assert context.outbox.get(item_id) is not None and dialog.counts() == OutboxCounts(0, 1)

    box = dialog.discard_selected()
    [confirm] = [button for button in box.buttons() if button.objectName() == "confirmDiscard"]
    with qtbot.waitSignal(dialog.actionDone, timeout=10_000) as done:
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert done.args == ["discard", item_id]
    assert context.outbox.get(item_id) is None
    qtbot.waitUntil(lambda: dialog.counts() == OutboxCounts(0, 0), timeout=5000)
    assert dialog.result.text() == "Discarded. It will not be sent."
    wait_until(lambda: audit_log.entries(action="outbox_discard"), timeout=5)
    [entry] = audit_log.entries(action="outbox_discard")
    assert dict(entry.details) == {"kind": "create_record", "reason": "ExternalIdentifierAlreadyExists"}
    assert entry.operator == context.session.operator and list(entry.record_ids) == []
    logged = audit_text(audit_log)
    assert surname not in logged and "Ada" not in logged and number not in logged
    assert context.replay.pokes == 0  # a discard sends nothing


def test_send_again_as_it_is_once_the_number_is_free(make_dialog: Callable[[], PendingDialog], context: Any,
                                                     replayer: Replayer, scheduler: ReplayScheduler, qloop: Any,
                                                     run_coro: Callable[..., Any], face: bytes, qtbot: Any,
                                                     audit_log: AuditLog) -> None:
    surname = unique("Resent")
    number, other = taken_number(context, run_coro, face)
    [item_id] = refused(context.outbox, replayer, run_coro,
                        ("create_record", enrolment(face, surname, external_identifier=number)))
    run_coro(context.client.records.delete(other))  # the wrong record was removed at the desk meanwhile
    context.replay = scheduler
    scheduler.start(qloop)
    dialog = make_dialog()
    dialog.select_item(item_id)
    dialog.resend_button.setFocus()
    with qtbot.waitSignal(dialog.actionDone, timeout=10_000) as done:
        qtbot.keyClick(dialog.resend_button, Qt.Key.Key_Space)
    assert done.args == ["resubmit", item_id]
    wait_until(lambda: run_coro(context.client.records.search(surname)).total == 1, timeout=30)
    record = run_coro(context.client.records.get_by_external_id(number))
    assert (record.name, record.surname1) == ("Ada", surname)
    qtbot.waitUntil(lambda: dialog.counts() == OutboxCounts(0, 0), timeout=10_000)
    wait_until(lambda: audit_log.entries(action="outbox_resubmit"), timeout=5)
    assert dict(audit_log.entries(action="outbox_resubmit")[0].details)["corrected"] is False


def test_a_list_name_that_is_taken_is_corrected(make_dialog: Callable[[], PendingDialog], context: Any,
                                                replayer: Replayer, run_coro: Callable[..., Any],
                                                qtbot: Any) -> None:
    name = unique("Visitors ")
    run_coro(context.directory.create_list(name, "made at another desk"))
    [item_id] = refused(context.outbox, replayer, run_coro, ("create_list", {"name": name, "description": "ours"}))
    dialog = make_dialog()
    dialog.select_item(item_id)
    assert column(dialog.attention_table, 1)[0].startswith("A list with this name already exists")
    editor = dialog.correct_selected()
    assert editor is not None and editor.form is None and editor.photo_button is None
    assert editor.list_name is not None and editor.list_name.text() == name
    assert editor.focusWidget() is editor.list_name
    editor.list_name.setText(f"{name} (front desk)")
    with qtbot.waitSignal(dialog.actionDone, timeout=10_000):
        qtbot.keyClick(editor.list_name, Qt.Key.Key_Return)  # Enter saves
    assert context.replay.pokes == 1
    corrected = context.outbox.get(item_id)
    assert corrected.state == "pending" and corrected.payload == {"name": f"{name} (front desk)",
                                                                  "description": "ours"}
    report = run_coro(replayer.replay(), timeout=30)
    assert report.done == [item_id]
    assert f"{name} (front desk)" in [found.name for found in run_coro(context.client.lists.all())]


def test_empty_states_and_no_replay(make_dialog: Callable[[], PendingDialog], context: Any, qtbot: Any,
                                    screenshots: Path) -> None:
    context.replay = None
    dialog = make_dialog()
    assert dialog.counts() == OutboxCounts(0, 0)
    assert dialog.waiting_empty.isVisibleTo(dialog)
    assert dialog.waiting_empty.text() == "Nothing is waiting: everything was sent."
    assert not dialog.send_button.isEnabled()
    assert "not signed in" in dialog.send_hint.text() and dialog.send_button.toolTip() == dialog.send_hint.text()
    dialog.tabs.setCurrentIndex(dialog.ATTENTION_TAB)
    assert dialog.attention_empty.isVisibleTo(dialog)
    assert not dialog.correct_button.isEnabled() and not dialog.discard_button.isEnabled()
    assert dialog.correct_selected() is None and dialog.discard_selected() is None
    dialog.resize(1020, 760)
    qtbot.wait(50)
    dialog.grab().save(str(screenshots / "pending-empty.png"))


def test_closing_forgets_the_names(make_dialog: Callable[[], PendingDialog], context: Any, face: bytes,
                                   qtbot: Any) -> None:
    context.outbox.enqueue("create_record", enrolment(face, "Forgotten"))
    dialog = make_dialog()
    assert dialog.waiting_table.rowCount() == 1
    dialog.close()
    assert dialog.waiting_table.rowCount() == 0 and dialog.counts() == OutboxCounts(0, 0)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.open()
    assert dialog.waiting_table.rowCount() == 1


def test_every_text_goes_through_tr(make_dialog: Callable[[], PendingDialog], context: Any, replayer: Replayer,
                                    run_coro: Callable[..., Any], qtbot: Any, tmp_path: Path) -> None:
    from facestation.station.ui.translations import install_translation
    from tests.station.ui.test_translations import (
        pseudo_translation,
        qt_tool,
        untranslated_texts,
    )

    template = tmp_path / "facestation.ts"
    sources = [Path(__file__).resolve().parents[4] / "facestation" / "station" / "ui" / name
               for name in ("dialogs/pending.py", "dialogs/pending_editor.py", "dialogs/pending_words.py",
                            "widgets/person_form.py")]
    subprocess.run([qt_tool("lupdate"), "-silent", *map(str, sources), "-ts", str(template)], check=True,
                   timeout=120)
    (tmp_path / "qm").mkdir()
    folder = pseudo_translation(template, tmp_path / "qm")
    [item_id] = refused(context.outbox, replayer, run_coro, ("create_record", enrolment(blank_jpeg(), "Tr")))
    dialog = make_dialog()
    editor = dialog.correct_selected()
    assert editor is not None
    try:
        assert install_translation("eo", folder)
        qtbot.waitUntil(lambda: dialog.close_button.text().startswith("\u27e6"), timeout=3000)
        assert untranslated_texts(dialog) == []
        assert untranslated_texts(editor) == []
        assert all(text.startswith("\u27e6") for text in column(dialog.attention_table, 0) +
                   column(dialog.attention_table, 1))
        assert dialog.tabs.tabText(1).startswith("\u27e6")
    finally:
        install_translation("en", folder)
