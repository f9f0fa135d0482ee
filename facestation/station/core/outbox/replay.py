"""Sending the queue to the server once it answers again: in order, exactly once, nothing silently dropped.

`Replayer.replay()` walks the pending items oldest first. Per item:

- done: the change reached the server; the item leaves the queue;
- "needs attention": the server refused it (ValidationError with its codes, a list deleted meanwhile, a
  feature the server lacks); the server's reason is kept, the replay goes on with the next item;
- offline (`is_offline_error`: no connection, timeout, 5xx): the item stays pending with one attempt more,
  and the replay stops (the rest would fail alike). A session that ended or a spent call budget stops it too,
  without counting an attempt.

Exactly once, although the hosted API has no idempotency keys:

- create_record asks for the record by its external identifier first (`records.get_by_external_id`). Found
  with the same name and first surname: it landed before (a kill -9 between the create and marking it done,
  or the panel's own create that timed out after sending) and is not created again. Found with another name:
  another person has that identifier, so the item needs attention (ExternalIdentifierAlreadyExists);
- create_list, refused with FaceListNameAlreadyExists: when the server lists its lists and the one with that
  name has the same description, it is taken as ours (created by an interrupted replay); otherwise attention;
- deletes of a record or list that is gone count as done; removing a membership that is gone is done too;
- updates and memberships are idempotent on the server, so sending one twice does no harm.

Dependencies. A list or record made offline has no server id yet; later items name it by the placeholder of
its queued item ("outbox:17", `OutboxItem.placeholder`), or a record by its external identifier (every queued
enrolment has one: prefer that). The replay stores placeholder -> server id once the create is through (it
survives restarts: `Outbox.real_id`). An item whose list or record is still queued (its create needs
attention) is skipped, stays pending and is reported as `waiting`: it goes once the operator resubmits the
create. If that create was discarded instead, the item moves to "needs attention" (its list or record will
never exist) at the next replay.

One replay at a time per Replayer: a second `replay()` while one runs waits for it and returns its report.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from facestation.api import ErrorCode, FaceCheckClient, errors
from facestation.station.core.directory import ListDirectory
from facestation.station.core.outbox.store import (
    Outbox,
    OutboxItem,
    is_placeholder,
    placeholder_item,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")

MAX_SERVER_ERRORS: Final = 5  # a 5xx on the same item this often, while others go through: needs attention
DEFAULT_POLL_INTERVAL: Final = 1.0


def is_offline_error(error: BaseException) -> bool:
    """True for the failures that mean "the server cannot be reached now": queue the change (panels) or stop
    the replay and try later. No connection, a timeout, or the service failing (5xx)."""
    return isinstance(error, errors.ServiceUnreachableError | errors.RequestTimeoutError | errors.ServerError)


@dataclass
class ReplayReport:
    """What one replay did. `stopped` is the reason it ended early (None: it went through the queue);
    `offline` whether that reason was the server not answering (try again when it answers)."""

    done: list[int] = field(default_factory=list)
    attention: dict[int, str] = field(default_factory=dict)  # item -> the server's reason
    waiting: list[int] = field(default_factory=list)  # skipped: their list or record is not on the server yet
    stopped: str | None = None
    offline: bool = False
    remaining: int = 0  # pending items after the replay (waiting ones included)
    new_ids: dict[str, str] = field(default_factory=dict)  # placeholder -> server id learned in this replay
    seconds: float = 0.0

    @property
    def complete(self) -> bool:
        return self.stopped is None


class _Attention(Exception):
    def __init__(self, reason: str, codes: list[str] | tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.codes = tuple(codes)


class _Waiting(Exception):
    """The item refers to a list or record whose queued create has not gone through yet."""


class Replayer:
    """Replays one Outbox through a signed-in client and the station's ListDirectory (which keeps the list
    catalogue up to date). `replay()` is a coroutine for the event loop (qasync in the station); the queue's
    disk work runs in this replayer's own thread, never on the loop."""

    def __init__(self, outbox: Outbox, client: FaceCheckClient, directory: ListDirectory, *,
                 executor: concurrent.futures.Executor | None = None) -> None:
        self.outbox = outbox
        self.client = client
        self.directory = directory
        self._executor = executor or concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="outbox")
        self._owns_executor = executor is None
        self._running: asyncio.Task[ReplayReport] | None = None
        # external identifier -> queued create_record item, for items that name a record not yet created
        self._queued_creates: dict[str, int] = {}

    @property
    def running(self) -> bool:
        """A replay is sending items now (do not discard items meanwhile)."""
        return self._running is not None and not self._running.done()

    def close(self) -> None:
        if self._owns_executor:
            self._executor.shutdown(wait=False)

    async def replay(self) -> ReplayReport:
        """Send every pending item, oldest first; see the module docstring. Never raises for what the server
        answers (that is in the report); raises only if the queue itself fails (OutboxError)."""
        if self._running is None or self._running.done():
            self._running = asyncio.ensure_future(self._replay())
        return await asyncio.shield(self._running)

    async def _disk(self, function: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)

    async def _replay(self) -> ReplayReport:
        started = time.perf_counter()
        report = ReplayReport()
        items = await self._disk(self.outbox.items)
        self._queued_creates = {str(item.payload["external_identifier"]): item.id for item in items
                                if item.kind == "create_record"}
        last = 0
        while True:
            item = await self._disk(self.outbox.next_pending, last)
            if item is None:
                break
            last = item.id
            if item.kind == "create_record":
                self._queued_creates.setdefault(str(item.payload["external_identifier"]), item.id)
            if not self.client.signed_in:
                report.stopped = "Not signed in: the queue is sent once an operator signs in."
                break
            try:
                await self._send(item, report)
            except _Waiting:
                report.waiting.append(item.id)
                continue
            except _Attention as refusal:
                await self._disk(self.outbox.mark_attention, item.id, refusal.reason, refusal.codes)
                report.attention[item.id] = refusal.reason
                continue
            except (errors.AuthenticationError, errors.RateLimitError, errors.SignInThrottledError) as error:
                report.stopped = error.message
                break
            except errors.FaceCheckError as error:
                if isinstance(error, errors.ServerError) and item.attempts + 1 >= MAX_SERVER_ERRORS \
                        and report.done:
                    # The server answers other items but fails on this one again and again: not an outage.
                    reason = f"The server failed on this item {item.attempts + 1} times: {error.message}"
                    await self._disk(self.outbox.mark_attention, item.id, reason, ())
                    report.attention[item.id] = reason
                    continue
                if is_offline_error(error):
                    await self._disk(self.outbox.record_attempt, item.id, error.message)
                    report.stopped = error.message
                    report.offline = True
                    break
                codes = list(getattr(error, "codes", []) or ([error.code] if getattr(error, "code", None) else []))
                await self._disk(self.outbox.mark_attention, item.id, error.message, codes)
                report.attention[item.id] = error.message
                continue
            except Exception as error:  # noqa: BLE001 - a bug must not lose the item or stop the station
                logger.exception("Replaying queued item %d (%s) failed unexpectedly", item.id, item.kind)
                reason = f"The station could not send this item ({type(error).__name__}); discard or resubmit it."
                await self._disk(self.outbox.mark_attention, item.id, reason, ())
                report.attention[item.id] = reason
                continue
            await self._disk(self.outbox.mark_done, item.id)
            if item.kind == "create_record":
                self._queued_creates.pop(str(item.payload["external_identifier"]), None)
            report.done.append(item.id)
        report.remaining = (await self._disk(self.outbox.counts)).pending
        report.seconds = time.perf_counter() - started
        logger.info("Outbox replay: %d done, %d need attention, %d waiting, %d pending%s", len(report.done),
                    len(report.attention), len(report.waiting), report.remaining,
                    f", stopped: {report.stopped}" if report.stopped else "")
        return report

    # -- one item ----------------------------------------------------------------------------------------

    async def _send(self, item: OutboxItem, report: ReplayReport) -> None:
        handler = getattr(self, f"_send_{item.kind}")
        await handler(item, item.payload, report)

    async def _list_id(self, identifier: str | None) -> str | None:
        """A list id with a placeholder replaced by the server id; _Waiting / _Attention if there is none."""
        if identifier is None or not is_placeholder(identifier):
            return identifier
        real = await self._disk(self.outbox.real_id, identifier)
        if real is not None:
            return real
        if await self._disk(self.outbox.get, placeholder_item(identifier)) is not None:
            raise _Waiting
        raise _Attention("The list this change refers to was created offline, and creating it was discarded "
                         "from the queue, so it does not exist. Choose another list, or discard this change.",
                         [ErrorCode.FACE_LIST_NOT_FOUND])

    async def _record_id(self, payload: dict[str, Any], *, missing_ok: bool = False) -> str | None:
        """The server id of the record an item names (by id, placeholder or external identifier)."""
        identifier = payload.get("record_id")
        external = payload.get("record_external_id")
        if identifier and is_placeholder(identifier):
            real = await self._disk(self.outbox.real_id, identifier)
            if real is not None:
                return real
            if await self._disk(self.outbox.get, placeholder_item(identifier)) is not None:
                raise _Waiting
            if not external:
                if missing_ok:
                    return None
                raise _Attention("The person this change refers to was enrolled offline, and that enrolment was "
                                 "discarded from the queue, so the record does not exist. Discard this change.",
                                 [ErrorCode.FACE_RECORD_NOT_FOUND])
        elif identifier:
            return str(identifier)
        external = str(external)
        if external in self._queued_creates and await self._disk(self.outbox.get,
                                                                 self._queued_creates[external]) is not None:
            raise _Waiting
        try:
            return (await self.client.records.get_by_external_id(external)).identifier
        except errors.NotFoundError:
            if missing_ok:
                return None
            raise _Attention(f"No record has the external identifier {external} (it was deleted, or its "
                             "enrolment was discarded). Discard this change.",
                             [ErrorCode.FACE_RECORD_NOT_FOUND]) from None

    async def _remember(self, item: OutboxItem, real_id: str, report: ReplayReport) -> None:
        await self._disk(self.outbox.remember_id, item.placeholder, real_id)
        report.new_ids[item.placeholder] = real_id

    async def _send_create_record(self, item: OutboxItem, p: dict[str, Any], report: ReplayReport) -> None:
        external = str(p["external_identifier"])
        primary = await self._list_id(p.get("face_list_id"))
        extra = [await self._list_id(list_id) for list_id in p.get("extra_list_ids") or []]
        try:
            landed = await self.client.records.get_by_external_id(external)
        except errors.NotFoundError:
            record_id = await self.client.records.create(
                face_image=p["face_image"], name=p["name"], surname1=p["surname1"], surname2=p.get("surname2"),
                external_identifier=external, additional_data=p.get("additional_data"),
                additional_data_file_name=p.get("additional_data_file_name"), face_list_id=primary,
                enabled=bool(p.get("enabled", True)))
        else:
            if (landed.name, landed.surname1) != (str(p["name"]).strip(), str(p["surname1"]).strip()):
                raise _Attention(f"Another record already has the external identifier {external}. Change the "
                                 "identifier and resubmit, or discard this enrolment.",
                                 [ErrorCode.EXTERNAL_IDENTIFIER_ALREADY_EXISTS])
            record_id = landed.identifier  # an earlier, interrupted replay (or the panel) created it
        await self._remember(item, record_id, report)
        label = " ".join(str(p[k]) for k in ("name", "surname1", "surname2") if p.get(k))
        if primary:
            self.directory.catalogue.add_member(primary, record_id, label)
        for list_id in extra:
            if list_id and list_id != primary:
                try:
                    await self.directory.add_member(list_id, record_id, label=label)
                except errors.NotFoundError as error:
                    raise _Attention(f"The person was enrolled, but could not join a list: {error.message} "
                                     "Remove that list from this item and resubmit it.",
                                     [error.code or ErrorCode.FACE_LIST_NOT_FOUND]) from None

    async def _send_update_record(self, item: OutboxItem, p: dict[str, Any], report: ReplayReport) -> None:
        record_id = await self._record_id(p)
        assert record_id is not None
        changes: dict[str, Any] = {key: p[key] for key in ("surname2", "external_identifier", "enabled",
                                                           "additional_data", "additional_data_file_name",
                                                           "face_image") if key in p}
        if "face_list_id" in p:
            changes["face_list_id"] = await self._list_id(p["face_list_id"])
        await self.client.records.update(record_id, name=p["name"], surname1=p["surname1"], **changes)

    async def _send_delete_record(self, item: OutboxItem, p: dict[str, Any], report: ReplayReport) -> None:
        record_id = await self._record_id(p, missing_ok=True)
        if record_id is None:
            return  # gone already: what the operator wanted
        try:
            await self.client.records.delete(record_id)
        except errors.NotFoundError:
            pass
        self.directory.record_deleted(record_id)

    async def _send_create_list(self, item: OutboxItem, p: dict[str, Any], report: ReplayReport) -> None:
        name, description = str(p["name"]), p.get("description") or None
        try:
            list_id = await self.directory.create_list(name, description)
        except errors.ValidationError as error:
            if (ErrorCode.FACE_LIST_NAME_ALREADY_EXISTS not in error.codes
                    or not await self.directory.server_has_lists()):
                raise
            same = [found for found in await self.client.lists.all()
                    if found.name == name and (found.description or None) == description]
            if not same:
                raise
            list_id = same[0].identifier  # made by an interrupted replay of this very item
            self.directory.catalogue.remember_list(list_id, name, description)
        await self._remember(item, list_id, report)

    async def _send_update_list(self, item: OutboxItem, p: dict[str, Any], report: ReplayReport) -> None:
        list_id = await self._list_id(p["list_id"])
        assert list_id is not None
        await self.directory.update_list(list_id, str(p["name"]), p.get("description") or None)

    async def _send_delete_list(self, item: OutboxItem, p: dict[str, Any], report: ReplayReport) -> None:
        try:
            list_id = await self._list_id(p["list_id"])
        except _Attention:
            return  # never created: nothing to delete
        assert list_id is not None
        try:
            await self.directory.delete_list(list_id)
        except errors.NotFoundError:
            pass

    async def _send_add_member(self, item: OutboxItem, p: dict[str, Any], report: ReplayReport) -> None:
        list_id = await self._list_id(p["list_id"])
        record_id = await self._record_id(p)
        assert list_id is not None and record_id is not None
        await self.directory.add_member(list_id, record_id, label=str(p.get("label") or ""))

    async def _send_remove_member(self, item: OutboxItem, p: dict[str, Any], report: ReplayReport) -> None:
        try:
            list_id = await self._list_id(p["list_id"])
        except _Attention:
            return  # the list never existed: the record is not in it
        record_id = await self._record_id(p, missing_ok=True)
        if record_id is None or list_id is None:
            return
        try:
            await self.directory.remove_member(list_id, record_id)
        except errors.NotFoundError:
            self.directory.catalogue.remove_member(list_id, record_id)


class ReplayScheduler:
    """Starts replays by itself: at once when poked (something was queued or resubmitted, the connection
    check succeeded), and, while items are pending and the last replay stopped because the server did not
    answer, after a health check every `interval` seconds (1 s: recovery starts within about 1-2 s of the
    server's return). Plain asyncio: run it on the station's qasync loop.

        scheduler = ReplayScheduler(replayer, session.check_connection, on_report=window.replay_finished)
        scheduler.start()        # after sign-in
        scheduler.poke()         # after enqueue/resubmit, or a successful connection check; any thread
        await scheduler.stop()   # at sign-out / shutdown

    `health_check` must not count against the hourly call budget (Session.check_connection does not);
    `on_report(report)` runs on the loop after every replay.
    """

    def __init__(self, replayer: Replayer, health_check: Callable[[], Awaitable[bool]], *,
                 interval: float = DEFAULT_POLL_INTERVAL,
                 on_report: Callable[[ReplayReport], Any] | None = None) -> None:
        self.replayer = replayer
        self.health_check = health_check
        self.interval = interval
        self.on_report = on_report
        self.last_report: ReplayReport | None = None
        self._retry = True  # the first check after start replays whatever an earlier run left
        self._wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None

    def start(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """Start polling on `loop` (default: the running loop, e.g. from a coroutine or a qasync slot)."""
        if self._task is None or self._task.done():
            self._loop = loop or asyncio.get_running_loop()
            self._task = self._loop.create_task(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass

    def poke(self) -> None:
        """Replay soon (within one health check). Safe from any thread."""
        loop = self._loop
        if loop is None or loop.is_closed():
            self._retry = True
            return
        loop.call_soon_threadsafe(self._poke_now)

    def _poke_now(self) -> None:
        self._retry = True
        self._wake.set()

    async def _run(self) -> None:
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), self.interval)
            except TimeoutError:
                pass
            self._wake.clear()
            try:
                await self._tick()
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("The outbox replay failed")

    async def _tick(self) -> None:
        if not self._retry:
            return
        counts = await self.replayer._disk(self.replayer.outbox.counts)
        if counts.pending == 0 or not self.replayer.client.signed_in:
            return
        if not await self.health_check():
            return
        self._retry = False
        report = await self.replayer.replay()
        self.last_report = report
        # Offline, rate-limited or signed out: poll again; otherwise wait for the next poke.
        self._retry = report.stopped is not None
        if self.on_report is not None:
            self.on_report(report)

