"""What the Records page does to the chosen person: edit (with their lists), replace the photo, turn them off
or on, delete, open or save their attached file.

Every change is a typed station action (facestation.station.core.records.changes builds them) carried out by
`StationActions.perform`: it sends it, or keeps it in the offline queue when the service cannot be reached,
and writes the activity-log entry. A change kept offline marks the person "change waiting to be sent" until
the outbox has sent it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QLabel

from facestation.api import FaceRecord, errors
from facestation.station.core.actions import (
    Action,
    Outcome,
    Queued,
    Refused,
    Sent,
    UpdateRecord,
)
from facestation.station.core.attachments import save_copy, write_private_copy
from facestation.station.core.records import changes
from facestation.station.core.records.changes import RecordChanges
from facestation.station.ui.kit import show_message
from facestation.station.ui.ops import OpHandle, Problem
from facestation.station.ui.panels.base import Panel
from facestation.station.ui.panels.records import files
from facestation.station.ui.panels.records.person_pane import ConfirmDeleteBox
from facestation.station.ui.widgets.file_dialogs import photo_name_filters

if TYPE_CHECKING:
    from facestation.station.ui.panels.records.panel import RecordsPanel

__all__ = ["LoadedPerson", "PersonActions"]


@dataclass(frozen=True)
class LoadedPerson:
    record: FaceRecord
    photo: QImage | None
    list_name: str | None


class PersonActions(Panel):
    """The Records page's actions on the person shown (the page, RecordsPanel, builds the widgets)."""

    delete_dialog: ConfirmDeleteBox | None = None
    file_dialog: QFileDialog | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._action_handles: list[OpHandle] = []

    @property
    def page(self) -> RecordsPanel:
        return self  # type: ignore[return-value]  # always a RecordsPanel

    # -- running changes ---------------------------------------------------------------------------------

    @property
    def actions_busy(self) -> bool:
        return any(not handle.done and not handle.cancelled for handle in self._action_handles)

    def cancel_actions(self) -> None:
        for handle in self._action_handles:
            handle.cancel()
        self._action_handles = []

    def _track(self, handle: OpHandle) -> OpHandle:
        self._action_handles.append(handle)
        handle.finished.connect(lambda: self._action_handles.remove(handle) if handle in self._action_handles
                                else None)
        return handle

    def _perform(self, work: Any, busy: str, *, sent: Callable[[Sent], Any], queued: Callable[[Queued], Any],
                 refused: Callable[[Problem], Any] | None = None, label: QLabel | None = None) -> None:
        """Run `work` (a `perform` or `queue` coroutine); then `sent`, `queued`, or what a refusal calls for:
        the person gone (deleted meanwhile), `refused(problem)`, or the problem under `label`."""
        page = self.page
        label = label or page.action_error
        show_message(page.action_error, "")

        def failed(problem: Problem) -> None:
            if changes.is_record_gone(problem.error):
                page._person_gone()
            elif refused is not None:
                refused(problem)
            else:
                show_message(label, problem.text)

        def done(outcome: Outcome) -> None:
            if isinstance(outcome, Sent):
                sent(outcome)
            elif isinstance(outcome, Queued):
                queued(outcome)
            elif outcome.queue_error is not None:
                page.save_button.setEnabled(True)
                show_message(label, self.tr("No connection, and the change could not be kept on this station "
                                            "either: {0}").format(self.ops.describe(outcome.queue_error).text))
            else:
                failed(replace(self.ops.describe(outcome.error), error=outcome.error))

        self._track(self.ops.run_async(work, busy=busy, on_success=done, on_error=failed))

    def _kept(self, record: FaceRecord, kind: str, shown: FaceRecord | None = None) -> None:
        """A change kept offline: mark the person as waiting (`shown`: their details as they will be), say so.
        `kind`: "change" or "delete"."""
        page = self.page
        page._waiting[record.identifier] = kind
        text = self.tr("No connection: the change is kept and sent when the service answers.")
        self.statusMessage.emit(text, 10_000)
        if page._record is not None and page._record.identifier == record.identifier:
            if kind == "delete":
                show_message(page.action_error, text)
            elif shown is not None:
                page._record = shown
                page.record_view.show_record(shown, page._list_name)
        page._fill_table(page._selected_id())
        page._update_actions()

    def _changed(self, message: str) -> None:
        """After every change the service took: reload the person and the results, tell the other pages."""
        page = self.page
        self.statusMessage.emit(message, 5000)
        self.dataChanged.emit()
        if page._record is not None:
            page._load_person(page._record.identifier)
        if page.finder.query is not None:
            page._run_search(page.finder.query, keep=page._record.identifier if page._record is not None else None)

    # -- turn off / on -----------------------------------------------------------------------------------

    @Slot()
    def toggle_enabled(self) -> None:
        """Turn recognition of this person off (the record stays) or on again."""
        record = self.page._record
        if record is None:
            return
        enable = not record.enabled
        message = (self.tr("{0} is recognised again.") if enable
                   else self.tr("{0} is turned off: the record stays, but they are not recognised.")).format(
            record.full_name)
        self._perform(self.context.actions.perform(changes.set_enabled(record, enable)),
                      self.tr("Turning on…") if enable else self.tr("Turning off…"),
                      sent=lambda _sent: self._changed(message),
                      queued=lambda _queued: self._kept(record, "change", replace(record, enabled=enable)))

    # -- edit ------------------------------------------------------------------------------------------

    @Slot()
    def start_edit(self) -> None:
        """Open the form with the person's details and their lists."""
        page = self.page
        record = page._record
        if record is None:
            return
        show_message(page.action_error, "")

        def failed(problem: Problem) -> None:
            if changes.is_record_gone(problem.error):
                page._person_gone()
            else:
                show_message(page.action_error, problem.text)

        self._track(self.ops.run_async(
            changes.current_lists(self.context.client, self.context.directory, record),
            busy=self.tr("Loading the person's lists…"),
            on_success=lambda lists: self._open_form(record, *lists), on_error=failed))

    def _open_form(self, record: FaceRecord, lists: list[Any], member_of: list[str]) -> None:
        page = self.page
        if page._record is None or page._record.identifier != record.identifier:
            return  # another person was chosen meanwhile
        page.form.set_lists(lists, member_of)
        page.form.set_person(page._record, member_of)
        page._editing_lists = member_of
        page.save_button.setEnabled(True)
        show_message(page.edit_error, "")
        page.person_stack.set_edit_title(page._record)
        page._set_person_page(page.edit_page)
        page.form.name.setFocus()

    @Slot()
    def cancel_edit(self) -> None:
        page = self.page
        if not page.editing:
            return
        page.form.clear()
        show_message(page.edit_error, "")
        page._show_person_page()
        page.edit_button.setFocus()

    @Slot()
    def save_edit(self) -> None:
        """Save the form: the details first, then the list changes (kept offline in that order too)."""
        page = self.page
        record = page._record
        if record is None or not page.editing:
            return
        show_message(page.edit_error, "")
        if not page.form.check():
            return
        edit = RecordChanges(record, page.form.details(), tuple(page._editing_lists))
        page.save_button.setEnabled(False)
        saved = self.tr("The changes to {0} are saved.").format(edit.name)

        def sent(_sent: Sent) -> None:
            self._save_lists(record, edit, saved)

        def queued(_queued: Queued) -> None:
            def lists_kept(_outcomes: list[Outcome]) -> None:
                self._kept(record, "change", edit.shown())
                self._close_form()

            self._track(self.ops.run_async(self._memberships(edit.memberships(), queue=True),
                                           busy=self.tr("Keeping the change on this station…"),
                                           on_success=lists_kept))

        self._perform(self.context.actions.perform(edit.update()), self.tr("Saving…"), sent=sent, queued=queued,
                      refused=self._save_failed, label=page.edit_error)

    async def _memberships(self, actions: Sequence[Action], *, queue: bool = False) -> list[Outcome]:
        """Join and leave lists in order; once one is kept offline the rest follow it into the queue (the
        replay keeps their order); the first refusal stops."""
        outcomes: list[Outcome] = []
        for action in actions:
            outcome = await (self.context.actions.queue(action) if queue else self.context.actions.perform(action))
            outcomes.append(outcome)
            if isinstance(outcome, Refused):
                break
            queue = queue or isinstance(outcome, Queued)
        return outcomes

    def _save_lists(self, record: FaceRecord, edit: RecordChanges, saved: str) -> None:
        memberships = edit.memberships()
        if not memberships:
            self._edit_saved(saved)
            return

        def done(outcomes: list[Outcome]) -> None:
            if any(isinstance(outcome, Queued) for outcome in outcomes):
                self._kept(record, "change")
            self._edit_saved(saved)
            refused = next((outcome for outcome in outcomes if isinstance(outcome, Refused)), None)
            if refused is not None:
                self._lists_failed(replace(self.ops.describe(refused.error), error=refused.error))

        def failed(problem: Problem) -> None:
            self._edit_saved(saved)
            self._lists_failed(problem)

        self._track(self.ops.run_async(self._memberships(memberships), busy=self.tr("Changing the lists…"),
                                       on_success=done, on_error=failed))

    def _lists_failed(self, problem: Problem) -> None:
        text = self.tr("This service cannot take a person out of a list.") \
            if isinstance(problem.error, errors.FeatureUnavailableError) else problem.text
        show_message(self.page.action_error, self.tr("The details are saved, but the lists were not changed: {0}")
                     .format(text))

    def _save_failed(self, problem: Problem) -> None:
        page = self.page
        page.save_button.setEnabled(True)
        error = problem.error
        if isinstance(error, errors.ValidationError) and error.errors:
            unplaced = page.form.show_errors(error.errors)
            if unplaced:
                show_message(page.edit_error, "; ".join(page.form.message_for(item) for item in unplaced))
        else:
            show_message(page.edit_error, problem.text)

    def _close_form(self) -> None:
        """Back to the person, the form emptied (after a save, or an edit kept offline)."""
        page = self.page
        page.save_button.setEnabled(True)
        page.form.clear()
        page._editing_lists = []
        page._show_person_page()
        page.edit_button.setFocus()

    def _edit_saved(self, message: str) -> None:
        self._close_form()
        self._changed(message)

    # -- photo ------------------------------------------------------------------------------------------

    @Slot()
    def open_photo_dialog(self) -> QFileDialog | None:
        if self.page._record is None:
            return None
        dialog = self._file_dialog(self.tr("Choose the new photo"), QFileDialog.AcceptMode.AcceptOpen,
                                   QStandardPaths.StandardLocation.PicturesLocation)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(photo_name_filters())
        dialog.fileSelected.connect(self.replace_photo)
        dialog.open()
        return dialog

    @Slot(str)
    def replace_photo(self, path: str | Path) -> None:
        """Send a photo file to the service as this person's new photo; it checks the face."""
        page = self.page
        record = page._record
        if record is None:
            return
        path = Path(path)
        show_message(page.photo_error, "")
        self._track(self.ops.run_blocking(files.read_photo, path, busy=self.tr("Reading the photo…"),
                                          on_success=lambda data: self._send_photo(record, path.name, data),
                                          on_error=lambda problem: show_message(page.photo_error, problem.text)))

    def _send_photo(self, record: FaceRecord, file_name: str, data: bytes | str) -> None:
        page = self.page
        if isinstance(data, str):  # read_photo's reason it cannot be used
            show_message(page.photo_error, self.tr("“{0}” cannot be used: {1}. Choose another photo.").format(
                file_name, page.person_stack.photo_reason(data)))
            return
        if page._record is None or page._record.identifier != record.identifier:
            return

        def refused(problem: Problem) -> None:
            error = problem.error
            if isinstance(error, errors.ValidationError) and error.errors:
                show_message(page.photo_error, " ".join(page.person_stack.photo_message(item.code, item.description)
                                                        for item in error.errors))
            else:
                show_message(page.photo_error, problem.text)

        def queued(_queued: Queued) -> None:
            self._kept(record, "change")
            self._show_waiting_photo(record, data)

        update: UpdateRecord = changes.new_photo(record, data)
        self._perform(self.context.actions.perform(update), self.tr("Checking and saving the photo…"),
                      sent=lambda _sent: self._changed(self.tr("The new photo of {0} is saved.").format(
                          record.full_name)),
                      queued=queued, refused=refused, label=page.photo_error)

    def _show_waiting_photo(self, record: FaceRecord, data: bytes) -> None:
        """The photo that waits to be sent, in place of the stored one (the service has not checked it yet)."""
        page = self.page
        if page._record is None or page._record.identifier != record.identifier:
            return

        def decoded(image: QImage | None) -> None:
            if image is not None and page._record is not None and page._record.identifier == record.identifier:
                page.record_view.set_photo(image)

        self._track(self.ops.run_blocking(files.decode_photo, data, on_success=decoded, quiet=True))

    # -- delete ------------------------------------------------------------------------------------------

    @Slot()
    def ask_delete(self) -> ConfirmDeleteBox | None:
        """Ask before deleting; the person is deleted only if the Delete button is pressed."""
        record = self.page._record
        if record is None:
            return None
        number = self.tr(" (number {0})").format(record.external_identifier) if record.external_identifier else ""
        box = ConfirmDeleteBox(
            self, self.tr("Delete this person?"),
            self.tr("Delete {0}{1} with their photo and attached file? They will no longer be recognised. This "
                    "cannot be undone.").format(record.full_name, number),
            self.tr("&Delete"), self.tr("&Keep"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._delete_answered(box, button, record))
        self.delete_dialog = box
        box.open()
        return box

    def _delete_answered(self, box: ConfirmDeleteBox, button: object, record: FaceRecord) -> None:
        if self.delete_dialog is box:
            self.delete_dialog = None
        if button is not box.delete_button:
            return
        page = self.page

        def deleted(_sent: Sent) -> None:
            self.statusMessage.emit(self.tr("{0} was deleted.").format(record.full_name), 5000)
            if page._record is not None and page._record.identifier == record.identifier:
                page._forget_person()
            self.dataChanged.emit()
            if page.finder.query is not None:
                page._run_search(page.finder.query, keep=None)

        self._perform(self.context.actions.perform(changes.delete(record)), self.tr("Deleting…"), sent=deleted,
                      queued=lambda _queued: self._kept(record, "delete"))

    # -- the attached file ---------------------------------------------------------------------------

    @Slot()
    def open_save_dialog(self) -> QFileDialog | None:
        record = self.page._record
        if record is None or record.additional_data is None:
            return None
        dialog = self._file_dialog(self.tr("Save the attached file"), QFileDialog.AcceptMode.AcceptSave,
                                   QStandardPaths.StandardLocation.DocumentsLocation)
        check = self.page.files.check(record)
        dialog.selectFile(check.save_name if check is not None else "")
        dialog.fileSelected.connect(self.save_attachment)
        dialog.open()
        return dialog

    @Slot(str)
    def save_attachment(self, path: str | Path) -> None:
        """Write the person's attached file to `path` (off the GUI thread)."""
        page = self.page
        record = page._record
        if record is None or record.additional_data is None:
            return
        path = Path(path)

        def written(failure: str | None) -> None:
            if failure is None:
                self.statusMessage.emit(self.tr("Saved “{0}”.").format(str(path)), 5000)
            else:
                show_message(page.action_error, self.tr(
                    "The file could not be saved in {0}: {1}. Choose another folder.").format(
                    str(path.parent), failure))

        # Marked as downloaded (Windows): the system warns before running it, as for a file from a browser.
        self._track(self.ops.run_blocking(save_copy, path, record.additional_data,
                                          busy=self.tr("Saving the file…"), on_success=written,
                                          on_error=lambda problem: show_message(page.action_error, problem.text)))

    @Slot()
    def open_attachment(self) -> None:
        """Copy an inert attached file (PDF, picture, plain text: see attachments.py) to a private temporary
        folder and open it with the system's program; anything else is never opened, only saved."""
        page = self.page
        record = page._record
        check = page.files.check(record)
        if record is None or record.additional_data is None or check is None:
            return
        if check.open_name is None:  # the button is disabled; a stale click or a direct call opens nothing
            show_message(page.file_note, page.person_stack.save_only_reason(check.kind))
            return

        def written(copy: Path | str) -> None:
            if isinstance(copy, str):
                show_message(page.action_error, self.tr("The file could not be opened: {0}.").format(copy))
            elif not files.open_with_system(copy):
                show_message(page.action_error, self.tr(
                    "No program on this computer opens “{0}”. Use Save file… and open it from there.").format(
                    copy.name))

        self._track(self.ops.run_blocking(write_private_copy, page.files.private_folder(), check.open_name,
                                          record.additional_data,
                                          busy=self.tr("Opening the file…"), on_success=written,
                                          on_error=lambda problem: show_message(page.action_error, problem.text)))

    # -- dialogs -------------------------------------------------------------------------------------

    def _file_dialog(self, title: str, mode: QFileDialog.AcceptMode,
                     location: QStandardPaths.StandardLocation) -> QFileDialog:
        self._close_dialogs()
        dialog = QFileDialog(self, title, QStandardPaths.writableLocation(location))
        dialog.setAcceptMode(mode)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        return dialog

    def _close_dialogs(self) -> None:
        # The import dialog's summary names people too: it closes with the rest at sign-out and idle lock.
        for dialog in (self.delete_dialog, self.file_dialog, self.page.import_dialog):
            if dialog is not None:
                try:
                    dialog.reject()
                except RuntimeError:  # already deleted by Qt
                    pass
        self.delete_dialog = None
        self.file_dialog = None
