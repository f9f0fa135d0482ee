"""Changes to one stored person as typed station actions, without Qt: an edit of the form (with the diff of
their lists), turning recognition off or on, a new photo, a deletion; and the lists a person is in when the
form opens (the "before" side of the membership diff).

Every update names the stored file: the service (as the guide) refuses an update of a record with a file that
does not name it, even when the file itself is not sent again. The activity log gets the NAMES of the fields
an edit changes, never their values (`changed_fields`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from facestation.api import ErrorCode, FaceCheckClient, FaceList, FaceRecord, errors
from facestation.station.core.actions import (
    AddMember,
    DeleteRecord,
    RemoveMember,
    UpdateRecord,
)
from facestation.station.core.directory import ListDirectory
from facestation.station.core.records.search import FETCH_LIMIT

__all__ = ["EditedPerson", "RecordChanges", "changed_fields", "current_lists", "delete", "is_record_gone",
           "new_photo", "set_enabled"]


class EditedPerson(Protocol):
    """What the edit form holds (the form's PersonDetails). `attachment`: a new file, None keeps the stored one."""

    name: str
    surname1: str
    surname2: str | None
    external_identifier: str | None
    enabled: bool
    list_ids: list[str]
    attachment: bytes | None
    attachment_name: str | None


def _joined(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def changed_fields(record: FaceRecord, edited: EditedPerson, lists_before: Sequence[str]) -> list[str]:
    """The NAMES of the fields an edit changes (for the activity log: never their values)."""
    fields = [name for name, before, after in (
        ("name", record.name, edited.name), ("surname1", record.surname1, edited.surname1),
        ("surname2", record.surname2 or None, edited.surname2 or None),
        ("external_identifier", record.external_identifier or None, edited.external_identifier or None),
        ("enabled", record.enabled, edited.enabled)) if before != after]
    if edited.attachment is not None:
        fields.append("attachment")
    if set(edited.list_ids) != set(lists_before):
        fields.append("lists")
    return fields


@dataclass(frozen=True)
class RecordChanges:
    """An edit of `record` (the form as saved, and the lists the person was in when the form opened): the
    update of the details, then one action per list joined or left."""

    record: FaceRecord
    edited: EditedPerson
    lists_before: tuple[str, ...]

    @property
    def name(self) -> str:
        """The person's name as the edit leaves it."""
        return _joined(self.edited.name, self.edited.surname1, self.edited.surname2)

    @property
    def fields(self) -> list[str]:
        return changed_fields(self.record, self.edited, self.lists_before)

    @property
    def file_name(self) -> str | None:
        """The attached file's name after the edit (a new file's, or the stored one's)."""
        return self.edited.attachment_name if self.edited.attachment is not None \
            else self.record.additional_data_file_name

    @property
    def added(self) -> list[str]:
        return [list_id for list_id in self.edited.list_ids if list_id not in self.lists_before]

    @property
    def removed(self) -> list[str]:
        return [list_id for list_id in self.lists_before if list_id not in self.edited.list_ids]

    def update(self) -> UpdateRecord:
        edited = self.edited
        return UpdateRecord(
            self.record.identifier, edited.name, edited.surname1, tuple(self.fields), surname2=edited.surname2,
            external_identifier=edited.external_identifier, enabled=edited.enabled,
            additional_data=edited.attachment, additional_data_file_name=self.file_name,
            label=self.record.full_name)

    def memberships(self) -> list[AddMember]:
        """The lists joined, then the lists left (RemoveMember is an AddMember that removes)."""
        record_id = self.record.identifier
        return ([AddMember(list_id, record_id, label=self.name) for list_id in self.added] +
                [RemoveMember(list_id, record_id, label=self.name) for list_id in self.removed])

    def shown(self) -> FaceRecord:
        """The record as it will be once the update is sent (shown while it waits offline)."""
        edited = self.edited
        return replace(self.record, name=edited.name, surname1=edited.surname1, surname2=edited.surname2,
                       external_identifier=edited.external_identifier, enabled=edited.enabled,
                       additional_data_file_name=self.file_name)


def set_enabled(record: FaceRecord, enabled: bool) -> UpdateRecord:
    """Turn recognition of the person off (the record stays) or on again."""
    return UpdateRecord(record.identifier, record.name, record.surname1, ("enabled",), enabled=enabled,
                        additional_data_file_name=record.additional_data_file_name, label=record.full_name)


def new_photo(record: FaceRecord, photo: bytes) -> UpdateRecord:
    """Replace the person's photo (the service checks the face)."""
    return UpdateRecord(record.identifier, record.name, record.surname1, ("photo",), face_image=photo,
                        additional_data_file_name=record.additional_data_file_name, label=record.full_name)


def delete(record: FaceRecord) -> DeleteRecord:
    return DeleteRecord(record.identifier, label=record.full_name)


def is_record_gone(error: BaseException | None) -> bool:
    """The service no longer has the record (deleted here or elsewhere)."""
    return isinstance(error, errors.NotFoundError) or (
        isinstance(error, errors.ValidationError) and ErrorCode.FACE_RECORD_NOT_FOUND in error.codes)


async def current_lists(client: FaceCheckClient, directory: ListDirectory,
                        record: FaceRecord) -> tuple[list[FaceList], list[str]]:
    """Every list, and the ids of those the person is in: from the lists' members when the server lists them,
    else from the station's catalogue (plus their main list, which the record itself names)."""
    lists = await directory.all_lists()
    member_of: set[str] = set()
    if await directory.server_has_lists():
        for face_list in lists:
            if face_list.record_count == 0:
                continue
            offset = 0
            while True:
                page = await directory.members(face_list.identifier, offset=offset, limit=FETCH_LIMIT)
                if any(member.identifier == record.identifier for member in page.records):
                    member_of.add(face_list.identifier)
                    break
                offset += len(page.records)
                if not page.records or offset >= page.total:
                    break
    else:
        member_of = {entry.identifier for entry in directory.catalogue.entries()
                     if record.identifier in entry.members}
    if record.face_list_id:
        member_of.add(record.face_list_id)
        if all(face_list.identifier != record.face_list_id for face_list in lists):
            try:
                lists.append(await client.lists.get(record.face_list_id))
            except errors.NotFoundError:
                member_of.discard(record.face_list_id)
    return lists, [face_list.identifier for face_list in lists if face_list.identifier in member_of]
