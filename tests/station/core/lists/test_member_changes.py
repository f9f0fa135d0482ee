"""Adding or taking out several people in one go, against a fake `perform`: what is sent, what is queued once
the service is gone (and everything after it), where a refusal stops, and what the page is told."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from facestation.api import FaceList, errors
from facestation.station.core.actions import (
    Action,
    AddMember,
    Outcome,
    Queued,
    Refused,
    RemoveMember,
    Sent,
)
from facestation.station.core.lists import MemberChanges, change_members, refusal_error
from facestation.station.core.outbox import OutboxItem

STAFF = FaceList("l1", "Staff", None, None, None)
MADE_OFFLINE = FaceList("outbox:4", "Gym", None, None, None)
PEOPLE = [("r1", "Ada Lovelace"), ("r2", "Grace Hopper"), ("r3", "Alan Turing")]


class FakePerform:
    """`StationActions.perform` answering from `answer(action, queue_only)`; records each call."""

    def __init__(self, answer: Callable[[Action, bool], str]) -> None:
        self.answer = answer
        self.calls: list[tuple[Action, bool]] = []
        self.items = 0

    async def __call__(self, action: Action, *, queue_only: bool = False) -> Outcome:
        self.calls.append((action, queue_only))
        kind = self.answer(action, queue_only)
        if kind == "sent":
            return Sent(action)
        if kind == "queued":
            self.items += 1
            payload: dict[str, Any] = action.payload()
            return Queued(action, OutboxItem(self.items, action.kind, "pending", datetime.now(UTC), 0, payload))
        return Refused(action, errors.NotFoundError("no such person"))


def record_of(action: Action) -> str:
    assert isinstance(action, AddMember)  # RemoveMember is one too
    return action.record_id


def run(perform: FakePerform, face_list: FaceList = STAFF, *, remove: bool = False) -> MemberChanges:
    return asyncio.run(change_members(perform, face_list, PEOPLE, remove=remove))


def test_everyone_sent() -> None:
    perform = FakePerform(lambda _action, _queue_only: "sent")
    outcome = run(perform)
    assert outcome == MemberChanges(done=["r1", "r2", "r3"]) and outcome.complete and outcome.error is None
    assert [(type(action), queue_only) for action, queue_only in perform.calls] == [(AddMember, False)] * 3
    first = perform.calls[0][0]
    assert first == AddMember("l1", "r1", label="Ada Lovelace", list_name="Staff")


def test_once_one_is_queued_the_rest_are_queued_without_trying() -> None:
    perform = FakePerform(lambda action, queue_only: "queued" if queue_only or record_of(action) == "r2" else "sent")
    outcome = run(perform, remove=True)
    assert outcome.done == ["r1"] and outcome.complete
    assert [queue_only for _action, queue_only in perform.calls] == [False, False, True]
    assert all(isinstance(action, RemoveMember) for action, _queue_only in perform.calls)
    assert outcome.queued_people() == [("r2", "Grace Hopper"), ("r3", "Alan Turing")]
    assert [item.kind for item in outcome.queued] == ["remove_member"] * 2


def test_a_list_made_offline_is_only_queued() -> None:
    perform = FakePerform(lambda _action, queue_only: "queued" if queue_only else "sent")
    outcome = run(perform, MADE_OFFLINE)
    assert outcome.done == [] and len(outcome.queued) == 3
    assert [queue_only for _action, queue_only in perform.calls] == [True] * 3
    assert outcome.queued[0].payload == {"list_id": "outbox:4", "record_id": "r1", "label": "Ada Lovelace",
                                         "list_name": "Gym"}


def test_a_refusal_stops_the_run_and_keeps_what_was_done() -> None:
    perform = FakePerform(lambda action, _queue_only: "refused" if record_of(action) == "r2" else "sent")
    outcome = run(perform)
    assert outcome.done == ["r1"] and not outcome.complete and len(perform.calls) == 2
    assert isinstance(outcome.error, errors.NotFoundError)


def test_a_change_that_could_not_be_queued_either_is_told_by_the_queue_failure() -> None:
    action = AddMember("l1", "r1")
    offline = errors.ServiceUnreachableError("down")
    assert refusal_error(Refused(action, offline)) is offline
    disk = OSError("disk full")
    assert refusal_error(Refused(action, offline, queue_error=disk)) is disk
    assert MemberChanges(refused=Refused(action, offline, queue_error=disk)).error is disk
