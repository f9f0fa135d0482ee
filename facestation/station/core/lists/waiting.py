"""What this station changed in the lists while the service could not be reached, as the page shows it until
the offline queue has sent it: lists made (under their placeholder id), renamed or deleted, and people added to
a list. The changes themselves live in the outbox; this is only how the page shows them meanwhile."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from facestation.api import FaceList, FaceRecordSummary

__all__ = ["WaitingChanges", "waiting_person"]


def waiting_person(record_id: str, name: str) -> FaceRecordSummary:
    """Someone added to a list offline, as the members view shows them (their name as it was chosen)."""
    return FaceRecordSummary(record_id, name, "", None, None, None, True, None, None)


class WaitingChanges:
    """The lists and memberships changed offline, not sent yet."""

    def __init__(self) -> None:
        self.created: dict[str, FaceList] = {}  # placeholder -> a list made offline
        self.changed: dict[str, FaceList] = {}  # list id -> its details as renamed offline
        self.deleted: set[str] = set()  # deleted offline
        self.members: dict[str, dict[str, str]] = {}  # list id -> {record id: name} added offline

    @property
    def any(self) -> bool:
        return bool(self.created or self.changed or self.deleted or self.members)

    def clear(self) -> None:
        """Everything was sent (or set aside): the service shows it now."""
        self.created.clear()
        self.changed.clear()
        self.deleted.clear()
        self.members.clear()

    def forget_names(self) -> None:
        """Sign-out: the names of the people waiting are personal (the outbox keeps the changes themselves)."""
        self.members.clear()

    # -- recording -----------------------------------------------------------------------------------------

    def list_created(self, placeholder: str, name: str, description: str | None) -> FaceList:
        face_list = FaceList(placeholder, name, description or None, None, None)
        self.created[placeholder] = face_list
        return face_list

    def list_changed(self, before: FaceList, name: str, description: str | None) -> FaceList:
        face_list = replace(before, name=name, description=description or None)
        self.changed[before.identifier] = face_list
        return face_list

    def list_deleted(self, list_id: str) -> None:
        self.deleted.add(list_id)

    def member_added(self, list_id: str, record_id: str, name: str) -> FaceRecordSummary:
        self.members.setdefault(list_id, {})[record_id] = name
        return waiting_person(record_id, name)

    def member_removed(self, list_id: str, record_id: str) -> None:
        self.members.get(list_id, {}).pop(record_id, None)

    # -- showing -------------------------------------------------------------------------------------------

    def merge(self, loaded: Sequence[FaceList]) -> list[FaceList]:
        """The lists to show: as loaded, with what waits (renamed, deleted, made offline, in that order)."""
        shown = [self.changed.get(face_list.identifier, face_list) for face_list in loaded
                 if face_list.identifier not in self.deleted]
        shown += [self.changed.get(placeholder, face_list) for placeholder, face_list in self.created.items()
                  if placeholder not in self.deleted]
        return shown

    def is_created(self, list_id: str) -> bool:
        return list_id in self.created

    def is_changed(self, list_id: str) -> bool:
        return list_id in self.changed

    def waiting_members(self, list_id: str | None) -> dict[str, str]:
        """{record id: name} of the people waiting to join `list_id`."""
        return dict(self.members.get(list_id or "", {}))

    def waiting_people(self, list_id: str | None) -> list[FaceRecordSummary]:
        return [waiting_person(record_id, name) for record_id, name in self.waiting_members(list_id).items()]
