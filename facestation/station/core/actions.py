"""The station's changes as typed actions, and the one way to carry them out: `StationActions.perform`.

A page builds an action (`UpdateList(list_id, name, description)`, `AddMember(...)`, ...) and awaits
`perform(action)`, which

1. sends it to the service (or, with `queue_only`, when it names something made offline that the service does
   not know yet, goes straight to step 2);
2. when the service cannot be reached and this station has an offline queue, queues it instead (the action's
   outbox kind and payload; every queued enrolment gets a member number from the station's pattern);
3. writes the activity-log entry (identifiers only) for what was sent or queued;
4. tells every listener what changed (`Changes`), so each page refreshes from one event;

and returns `Sent(result) | Queued(item) | Refused(error)`. A refusal (the service said no, or the change could
not be kept either) writes no entry and changes nothing. Anything else (a bug) propagates.

Modelled on Anki's `CollectionOp` (a change runs, returns typed `OpChanges`, and one event refreshes every
screen). No Qt here: the UI runs `perform` on the qasync loop through `ops` and turns `Changes` into a signal.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from facestation.api import UNCHANGED, FaceCheckClient, errors
from facestation.station.core.directory import ListDirectory
from facestation.station.core.outbox import (
    Outbox,
    OutboxError,
    OutboxItem,
    generate_external_identifier,
    is_offline_error,
)

__all__ = [
    "Action", "AddMember", "Changes", "CreateList", "CreateRecord", "DeleteList", "DeleteRecord", "Outcome",
    "Queued", "Refused", "RemoveMember", "Sent", "StationActions", "UpdateList", "UpdateRecord",
]

T = TypeVar("T")


# -- what changed -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Changes:
    """What a performed action changed: the pages showing these records or lists refresh. `queued`: the change
    waits in the offline queue (the service does not show it yet)."""

    record_ids: frozenset[str] = frozenset()
    list_ids: frozenset[str] = frozenset()
    queued: bool = False

    @property
    def records(self) -> bool:
        return bool(self.record_ids)

    @property
    def lists(self) -> bool:
        return bool(self.list_ids)


# -- the actions ---------------------------------------------------------------------------------------------


class Action:
    """A change to the service's data. Subclasses say how it is sent, queued and logged."""

    kind: ClassVar[str]  # the outbox kind (see facestation.station.core.outbox)
    audit_action: ClassVar[str]  # the activity log's action

    async def send(self, client: FaceCheckClient, directory: ListDirectory) -> Any:
        raise NotImplementedError

    def payload(self) -> dict[str, Any]:
        """The outbox payload: what a replay needs to send it later."""
        raise NotImplementedError

    def record_ids(self, result: Any = None) -> list[str]:
        """The records the change is about (`result`: what `send` returned, when it was sent)."""
        return []

    def list_ids(self, result: Any = None) -> list[str]:
        return []

    def audit_details(self) -> dict[str, Any]:
        """Extra details for the activity log (never a name, a number or an image)."""
        return {}


def _optional(**values: Any) -> dict[str, Any]:
    """The keyword arguments that are given (not None, not UNCHANGED)."""
    return {key: value for key, value in values.items() if value is not None and value is not UNCHANGED}


@dataclass(frozen=True)
class CreateRecord(Action):
    """Enrol a person: create the record (in its first list) and join the other lists.

    `send` returns the new record id. Online enrolment with a duplicate check and per-list results is the enrol
    page's own flow; it performs this action with `queue_only=True` to keep an enrolment offline."""

    kind: ClassVar[str] = "create_record"
    audit_action: ClassVar[str] = "enrol"

    face_image: bytes
    name: str
    surname1: str
    external_identifier: str = ""
    surname2: str | None = None
    additional_data: bytes | None = None
    additional_data_file_name: str | None = None
    list_ids_to_join: tuple[str, ...] = ()
    enabled: bool = True
    details: Mapping[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return " ".join(part for part in (self.name, self.surname1, self.surname2) if part)

    async def send(self, client: FaceCheckClient, directory: ListDirectory) -> str:
        primary = self.list_ids_to_join[0] if self.list_ids_to_join else None
        record_id = await client.records.create(
            face_image=self.face_image, name=self.name, surname1=self.surname1, surname2=self.surname2,
            external_identifier=self.external_identifier or None, additional_data=self.additional_data,
            additional_data_file_name=self.additional_data_file_name, face_list_id=primary, enabled=self.enabled)
        if primary:
            directory.catalogue.add_member(primary, record_id, self.label)
        for list_id in self.list_ids_to_join[1:]:
            await directory.add_member(list_id, record_id, label=self.label)
        return record_id

    def payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {"face_image": self.face_image, "name": self.name, "surname1": self.surname1,
                                   "external_identifier": self.external_identifier, "enabled": self.enabled}
        if self.surname2:
            payload["surname2"] = self.surname2
        if self.additional_data is not None:
            payload["additional_data"] = self.additional_data
            payload["additional_data_file_name"] = self.additional_data_file_name or "attachment"
        if self.list_ids_to_join:
            payload["face_list_id"] = self.list_ids_to_join[0]
            payload["extra_list_ids"] = list(self.list_ids_to_join[1:])
        return payload

    def record_ids(self, result: Any = None) -> list[str]:
        return [result] if isinstance(result, str) else []

    def list_ids(self, result: Any = None) -> list[str]:
        return list(self.list_ids_to_join)

    def audit_details(self) -> dict[str, Any]:
        return dict(self.details)


@dataclass(frozen=True)
class UpdateRecord(Action):
    """Change a person's record. Properties left UNCHANGED (or None for the image, file and `enabled`) keep
    their values. `fields` names what changed, for the activity log."""

    kind: ClassVar[str] = "update_record"
    audit_action: ClassVar[str] = "update"

    record_id: str
    name: str
    surname1: str
    fields: tuple[str, ...]
    surname2: Any = UNCHANGED
    external_identifier: Any = UNCHANGED
    face_list_id: Any = UNCHANGED
    face_image: bytes | None = None
    additional_data: bytes | None = None
    additional_data_file_name: str | None = None
    enabled: bool | None = None
    label: str = ""  # the person's name as the Pending view shows it
    record_external_id: str | None = None  # names a person enrolled offline (record_id is then a placeholder)

    async def send(self, client: FaceCheckClient, directory: ListDirectory) -> None:
        await client.records.update(
            self.record_id, name=self.name, surname1=self.surname1, face_image=self.face_image,
            surname2=self.surname2, external_identifier=self.external_identifier,
            additional_data=self.additional_data, additional_data_file_name=self.additional_data_file_name,
            face_list_id=self.face_list_id, enabled=self.enabled)

    def payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {"record_id": self.record_id, "name": self.name, "surname1": self.surname1}
        if self.record_external_id:
            payload["record_external_id"] = self.record_external_id
        # UNCHANGED is left out; None (cleared) is kept for the properties that can be cleared.
        for key in ("surname2", "external_identifier", "face_list_id"):
            value = getattr(self, key)
            if value is not UNCHANGED:
                payload[key] = value
        payload |= _optional(face_image=self.face_image, additional_data=self.additional_data,
                             additional_data_file_name=self.additional_data_file_name, enabled=self.enabled)
        if self.label:
            payload["label"] = self.label
        return payload

    def record_ids(self, result: Any = None) -> list[str]:
        return [self.record_id]

    def audit_details(self) -> dict[str, Any]:
        return {"fields": list(self.fields)}


@dataclass(frozen=True)
class DeleteRecord(Action):
    kind: ClassVar[str] = "delete_record"
    audit_action: ClassVar[str] = "delete"

    record_id: str
    label: str = ""
    record_external_id: str | None = None

    async def send(self, client: FaceCheckClient, directory: ListDirectory) -> None:
        await client.records.delete(self.record_id)
        directory.record_deleted(self.record_id)

    def payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {"record_id": self.record_id}
        if self.record_external_id:
            payload["record_external_id"] = self.record_external_id
        return payload | ({"label": self.label} if self.label else {})

    def record_ids(self, result: Any = None) -> list[str]:
        return [self.record_id]


@dataclass(frozen=True)
class CreateList(Action):
    """Make a list; `send` returns its id (a queued one is named by the item's placeholder until replayed)."""

    kind: ClassVar[str] = "create_list"
    audit_action: ClassVar[str] = "list_create"

    name: str
    description: str | None = None

    async def send(self, client: FaceCheckClient, directory: ListDirectory) -> str:
        return await directory.create_list(self.name, self.description or None)

    def payload(self) -> dict[str, Any]:
        return {"name": self.name} | ({"description": self.description} if self.description else {})

    def list_ids(self, result: Any = None) -> list[str]:
        return [result] if isinstance(result, str) else []


@dataclass(frozen=True)
class UpdateList(Action):
    kind: ClassVar[str] = "update_list"
    audit_action: ClassVar[str] = "list_update"

    list_id: str
    name: str
    description: str | None = None
    list_name: str = ""  # the name it had, for the Pending view

    async def send(self, client: FaceCheckClient, directory: ListDirectory) -> None:
        await directory.update_list(self.list_id, self.name, self.description or None)

    def payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {"list_id": self.list_id, "name": self.name}
        if self.description:
            payload["description"] = self.description
        if self.list_name:
            payload["list_name"] = self.list_name
        return payload

    def list_ids(self, result: Any = None) -> list[str]:
        return [self.list_id]


@dataclass(frozen=True)
class DeleteList(Action):
    kind: ClassVar[str] = "delete_list"
    audit_action: ClassVar[str] = "list_delete"

    list_id: str
    list_name: str = ""

    async def send(self, client: FaceCheckClient, directory: ListDirectory) -> None:
        await directory.delete_list(self.list_id)

    def payload(self) -> dict[str, Any]:
        return {"list_id": self.list_id} | ({"list_name": self.list_name} if self.list_name else {})

    def list_ids(self, result: Any = None) -> list[str]:
        return [self.list_id]


@dataclass(frozen=True)
class AddMember(Action):
    """Put a person on a list. `label`: their name, for the station's catalogue and the Pending view."""

    kind: ClassVar[str] = "add_member"
    audit_action: ClassVar[str] = "list_add_member"

    list_id: str
    record_id: str
    label: str = ""
    list_name: str = ""
    record_external_id: str | None = None

    async def send(self, client: FaceCheckClient, directory: ListDirectory) -> None:
        await directory.add_member(self.list_id, self.record_id, label=self.label)

    def payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {"list_id": self.list_id, "record_id": self.record_id, "label": self.label}
        if self.record_external_id:
            payload["record_external_id"] = self.record_external_id
        if self.list_name:
            payload["list_name"] = self.list_name
        return payload

    def record_ids(self, result: Any = None) -> list[str]:
        return [self.record_id]

    def list_ids(self, result: Any = None) -> list[str]:
        return [self.list_id]


@dataclass(frozen=True)
class RemoveMember(AddMember):
    kind: ClassVar[str] = "remove_member"
    audit_action: ClassVar[str] = "list_remove_member"

    async def send(self, client: FaceCheckClient, directory: ListDirectory) -> None:
        await directory.remove_member(self.list_id, self.record_id)


# -- outcomes ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    """The service took the change; `result` is what it gave back (a new id for a create, else None)."""

    action: Action
    result: Any = None


@dataclass(frozen=True)
class Queued:
    """The service could not be reached: the change waits in the offline queue as `item`."""

    action: Action
    item: OutboxItem


@dataclass(frozen=True)
class Refused:
    """The change did not happen. `error`: the service's answer, or (with `queue_error`) the failure that also
    kept it out of the offline queue after the service could not be reached."""

    action: Action
    error: errors.FaceCheckError
    queue_error: BaseException | None = None

    @property
    def offline(self) -> bool:
        return is_offline_error(self.error)


Outcome = Sent | Queued | Refused


# -- performing ----------------------------------------------------------------------------------------------

ActivityLog = Callable[..., Any]  # log(action, *, record_ids, list_ids, details): ActivityWriter.log
Listener = Callable[[Changes], None]


async def _in_thread(function: Callable[[], T]) -> T:
    return await asyncio.to_thread(function)


class StationActions:
    """Carries out actions for the signed-in station. Everything it needs is looked up at call time (the client
    and queue change with sign-in), so one instance serves the whole run.

    `run_blocking` runs a blocking function (the queue's synced disk write) off the event loop; `log` writes the
    activity-log entry; listeners hear every `Changes`, on the loop's thread."""

    def __init__(self, *, client: Callable[[], FaceCheckClient], directory: Callable[[], ListDirectory],
                 outbox: Callable[[], Outbox | None], log: ActivityLog,
                 external_id_pattern: Callable[[], str], on_queued: Callable[[], None] = lambda: None,
                 run_blocking: Callable[[Callable[[], Any]], Awaitable[Any]] = _in_thread) -> None:
        self._client = client
        self._directory = directory
        self._outbox = outbox
        self._log = log
        self._external_id_pattern = external_id_pattern
        self._on_queued = on_queued
        self._run_blocking = run_blocking
        self._listeners: list[Listener] = []

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """Hear every change; returns the function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    @property
    def can_queue(self) -> bool:
        """Whether this station keeps changes offline (it has a queue: signed in, queue opened)."""
        return self._outbox() is not None

    async def perform(self, action: Action, *, queue_only: bool = False,
                      details: Mapping[str, Any] | None = None) -> Outcome:
        """Send `action`, or queue it when the service cannot be reached; log it; tell the listeners.

        `queue_only`: queue without trying (the action names a list or person made offline). `details` are added
        to the activity-log entry."""
        if not (queue_only and self.can_queue):
            try:
                result = await action.send(self._client(), self._directory())
            except errors.FaceCheckError as error:
                if not (is_offline_error(error) and self.can_queue):
                    return Refused(action, error)
                return await self._queue(action, details, sent_error=error)
            outcome = Sent(action, result)
            self._finish(action, outcome, record_ids=action.record_ids(result), list_ids=action.list_ids(result),
                         details=action.audit_details() | dict(details or {}))
            return outcome
        return await self._queue(action, details, sent_error=None)

    async def queue(self, action: Action, *, details: Mapping[str, Any] | None = None) -> Outcome:
        """Keep `action` in the offline queue without trying the service (e.g. the rest of an enrolment whose
        first steps failed offline). Refused when this station has no queue or it cannot be written."""
        return await self._queue(action, details, sent_error=None)

    async def _queue(self, action: Action, details: Mapping[str, Any] | None,
                     sent_error: errors.FaceCheckError | None) -> Outcome:
        offline = sent_error or errors.ServiceUnreachableError("The service could not be reached")
        outbox = self._outbox()
        if outbox is None:
            return Refused(action, offline)
        payload = action.payload()
        if action.kind == "create_record" and not payload.get("external_identifier"):
            payload["external_identifier"] = generate_external_identifier(self._external_id_pattern())
        try:
            item: OutboxItem = await self._run_blocking(lambda: outbox.enqueue(action.kind, payload))
        except (OutboxError, OSError, sqlite3.Error) as error:  # the queue's file or disk: say so, keep the rest
            return Refused(action, offline, queue_error=error)
        self._on_queued()
        outcome = Queued(action, item)
        # A list made offline is named by its item's placeholder until the replay learns its id.
        made_list = [item.placeholder] if isinstance(action, CreateList) else []
        self._finish(action, outcome, record_ids=action.record_ids(), list_ids=action.list_ids() or made_list,
                     details=action.audit_details() | {"queued": True, "outbox_item": item.id} | dict(details or {}),
                     queued=True)
        return outcome

    def _finish(self, action: Action, outcome: Outcome, *, record_ids: list[str], list_ids: list[str],
                details: dict[str, Any], queued: bool = False) -> None:
        self._log(action.audit_action, record_ids=record_ids, list_ids=list_ids, details=details or None)
        changes = Changes(frozenset(record_ids), frozenset(list_ids), queued=queued)
        for listener in list(self._listeners):
            listener(changes)
