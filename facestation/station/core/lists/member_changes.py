"""Adding several people to a list, or taking them out, in one go, and how far that got.

Each person is one `AddMember` / `RemoveMember` action performed in turn. Once one is queued (the service cannot
be reached), the rest are queued without trying; a refusal stops the run, keeping what was done before it. A
list made offline (a placeholder id) is queued from the start: the service does not know it yet."""

from __future__ import annotations

from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from facestation.api import FaceList
from facestation.station.core.actions import (
    Action,
    AddMember,
    Outcome,
    Queued,
    Refused,
    RemoveMember,
    Sent,
)
from facestation.station.core.outbox import OutboxItem, is_placeholder

__all__ = ["MemberChanges", "Perform", "change_members", "refusal_error"]


class Perform(Protocol):
    """`StationActions.perform`, as far as this module uses it."""

    def __call__(self, action: Action, *, queue_only: bool = False) -> Awaitable[Outcome]: ...


def refusal_error(refused: Refused) -> BaseException:
    """What to tell the operator about a refusal: the queue's failure when the change could not be kept
    offline either, else the service's answer."""
    return refused.queue_error or refused.error


@dataclass(frozen=True)
class MemberChanges:
    """How far a run of adds or removes got: the people the service took (`done`), the changes kept in the
    offline queue (`queued`), and the refusal that stopped it (if any)."""

    done: list[str] = field(default_factory=list)
    queued: list[OutboxItem] = field(default_factory=list)
    refused: Refused | None = None

    @property
    def error(self) -> BaseException | None:
        return refusal_error(self.refused) if self.refused is not None else None

    @property
    def complete(self) -> bool:
        return self.refused is None

    def queued_people(self) -> list[tuple[str, str]]:
        """(record id, name) of the people whose change waits in the queue."""
        return [(str(item.payload["record_id"]), str(item.payload.get("label") or "")) for item in self.queued]


async def change_members(perform: Perform, face_list: FaceList, people: Sequence[tuple[str, str]], *,
                         remove: bool = False) -> MemberChanges:
    """Add (or with `remove`, take out) `people` ((record id, name) pairs) to `face_list`, one by one."""
    kind = RemoveMember if remove else AddMember
    list_id = face_list.identifier
    done: list[str] = []
    queued: list[OutboxItem] = []
    for record_id, name in people:
        action = kind(list_id, record_id, label=name, list_name=face_list.name)
        outcome = await perform(action, queue_only=is_placeholder(list_id) or bool(queued))
        if isinstance(outcome, Refused):
            return MemberChanges(done, queued, outcome)
        if isinstance(outcome, Queued):
            queued.append(outcome.item)  # and the rest after it: the service is not there now
        elif isinstance(outcome, Sent):
            done.append(record_id)
    return MemberChanges(done, queued)
