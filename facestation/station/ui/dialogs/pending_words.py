"""The Pending view's plain words: what a queued change is, why the service refused it and what to do, what a
discard loses; shared by the list (`pending.PendingDialog`) and the editor (`pending_editor.CorrectionDialog`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject

from facestation.api import ErrorCode
from facestation.station.core.outbox import OutboxItem, is_placeholder
from facestation.station.ui.widgets.person_form import PHOTO_CODES

__all__ = ["CONTROL_HEIGHT", "LIST_KINDS", "RECORD_KINDS", "ROW_HEIGHT", "PendingWords",
           "item_identifiers"]

CONTROL_HEIGHT = 48
ROW_HEIGHT = 48
RECORD_KINDS = frozenset({"create_record", "update_record"})
LIST_KINDS = frozenset({"create_list", "update_list"})


def item_identifiers(item: OutboxItem) -> tuple[list[str], list[str]]:
    """The server identifiers an item names, for the activity log: record and list ids only (no member numbers,
    which are personal, and no placeholders of things that were never created)."""
    payload = item.payload
    records = [str(payload["record_id"])] if payload.get("record_id") and not is_placeholder(payload["record_id"]) \
        else []
    lists: list[str] = []
    for key in ("list_id", "face_list_id"):
        if payload.get(key):
            lists.append(str(payload[key]))
    lists.extend(str(identifier) for identifier in payload.get("extra_list_ids") or [])
    return records, [identifier for identifier in dict.fromkeys(lists) if not is_placeholder(identifier)]


class PendingWords(QObject):
    """The operator's sentences about queued items, shared by the Pending view and its editor (one translation
    context for both)."""

    def what(self, item: OutboxItem) -> str:
        """The item in one line: "Enrol Ada Lovelace (FS-1234)" (personal: for the screen only)."""
        payload = item.payload
        person = " ".join(str(payload[key]) for key in ("name", "surname1", "surname2") if payload.get(key))
        record = person or str(payload.get("label") or payload.get("record_external_id") or payload.get("record_id")
                               or "")
        list_name = str(payload.get("list_name") or payload.get("list_id") or "")
        texts = {
            "create_record": lambda: self.tr("Enrol {0} ({1})").format(person, payload.get("external_identifier")),
            "update_record": lambda: self.tr("Update {0}").format(person),
            "delete_record": lambda: self.tr("Delete the record of {0}").format(record),
            "create_list": lambda: self.tr("Create the list “{0}”").format(payload.get("name")),
            "update_list": lambda: self.tr("Rename a list to “{0}”").format(payload.get("name")),
            "delete_list": lambda: self.tr("Delete the list “{0}”").format(list_name),
            "add_member": lambda: self.tr("Add {0} to the list “{1}”").format(record, list_name),
            "remove_member": lambda: self.tr("Remove {0} from the list “{1}”").format(record, list_name),
        }
        text = texts.get(item.kind)
        return text() if text is not None else item.describe()

    def when(self, moment: datetime, now: datetime | None = None) -> str:
        local = moment.astimezone()
        today = (now or datetime.now().astimezone()).date()
        clock = local.strftime("%H:%M")
        if local.date() == today:
            return self.tr("Today {0}").format(clock)
        if local.date() == today - timedelta(days=1):
            return self.tr("Yesterday {0}").format(clock)
        return local.strftime("%Y-%m-%d %H:%M")

    def attempts(self, item: OutboxItem) -> str:
        return str(item.attempts) if item.attempts else self.tr("Not yet")

    def reason(self, item: OutboxItem, *, editing: bool = False) -> str:
        """The server's refusal in plain words, with what to do next: in the list (`editing` False: which button
        to press) or in the editor (what to change there)."""
        codes = set(item.error_codes)
        in_list, in_editor = self._reasons(item.kind, codes)
        if in_list:
            return in_editor if editing else in_list
        if item.last_error:
            if editing:
                return self.tr("The server refused this change: {0} Correct it and send it again.").format(
                    item.last_error.strip())
            return self.tr("The server refused this change: {0} Correct it and send it again, or discard "
                           "it.").format(item.last_error.strip())
        return self.tr("The server refused this change. Send it again, or discard it.")

    def _reasons(self, kind: str, codes: set[str]) -> tuple[str, str]:
        """(in the list, in the editor) for the first code the station knows; empty texts for none."""
        if ErrorCode.NO_FACE_DETECTED in codes:
            return (self.tr("No face was found in the photo. Press “Correct and send again…” and choose another "
                            "photo in which the face is clearly visible."),
                    self.tr("No face was found in the photo. Choose another photo in which the face is clearly "
                            "visible."))
        if ErrorCode.MULTIPLE_FACES_DETECTED in codes:
            return (self.tr("The photo shows more than one face. Press “Correct and send again…” and choose a "
                            "photo of this person alone."),
                    self.tr("The photo shows more than one face. Choose a photo of this person alone."))
        if ErrorCode.FACE_TOO_SMALL in codes:
            return (self.tr("The face in the photo is too small. Press “Correct and send again…” and choose a "
                            "closer photo."),
                    self.tr("The face in the photo is too small. Choose a closer photo."))
        if codes & PHOTO_CODES:
            return (self.tr("The photo could not be used. Press “Correct and send again…” and choose another "
                            "photo."),
                    self.tr("The server could not use the photo. Choose another photo."))
        if ErrorCode.EXTERNAL_IDENTIFIER_ALREADY_EXISTS in codes:
            return (self.tr("Someone else already has this member / employee number. Press “Correct and send "
                            "again…” and check the number; if this person is already enrolled, discard this "
                            "change."),
                    self.tr("Someone else already has this member / employee number. Check the number and correct "
                            "it; if this person is already enrolled, cancel and discard this change."))
        if ErrorCode.FACE_LIST_NOT_FOUND in codes and kind in RECORD_KINDS:
            return (self.tr("A list this person should join no longer exists. Press “Correct and send again…” to "
                            "send it without that list (add the person to lists later on the Lists page)."),
                    self.tr("A list this person should join no longer exists. It is sent without the lists: add "
                            "the person to lists later on the Lists page."))
        if ErrorCode.FACE_LIST_NOT_FOUND in codes:
            return (self.tr("The list this change is about no longer exists. Discard this change."),
                    self.tr("The list this change is about no longer exists. Cancel and discard this change."))
        if ErrorCode.FACE_RECORD_NOT_FOUND in codes:
            return (self.tr("The person this change is about is no longer on the server (deleted, or their "
                            "enrolment was discarded). Discard this change."),
                    self.tr("The person this change is about is no longer on the server. Cancel and discard this "
                            "change."))
        if ErrorCode.FACE_LIST_NAME_ALREADY_EXISTS in codes:
            return (self.tr("A list with this name already exists. Press “Correct and send again…” and choose "
                            "another name."),
                    self.tr("A list with this name already exists. Type another name."))
        if codes & {ErrorCode.NAME_REQUIRED, "Surname1Required", ErrorCode.FACE_LIST_NAME_REQUIRED}:
            return (self.tr("A name is missing. Press “Correct and send again…” and fill it in."),
                    self.tr("A name is missing. Fill it in."))
        return "", ""

    def loss(self, item: OutboxItem) -> str:
        """What is lost when the item is discarded."""
        payload = item.payload
        person = " ".join(str(payload[key]) for key in ("name", "surname1", "surname2") if payload.get(key))
        if item.kind == "create_record":
            return self.tr("{0} will not be enrolled, and the photo and details kept for them on this station are "
                           "deleted. Changes queued after this one for this person will need attention "
                           "too.").format(person)
        if item.kind == "update_record":
            return self.tr("The changes to {0}'s record will not be made; the server keeps the record as it "
                           "is.").format(person)
        texts = {
            "delete_record": self.tr("The record will not be deleted: it stays on the server."),
            "create_list": self.tr("The list will not be created. Changes queued after this one for this list "
                                   "will need attention too."),
            "update_list": self.tr("The list keeps its old name and description."),
            "delete_list": self.tr("The list will not be deleted: it stays on the server."),
            "add_member": self.tr("The person will not be added to the list."),
            "remove_member": self.tr("The person stays in the list."),
        }
        return texts.get(item.kind, self.tr("This change will not be made."))

