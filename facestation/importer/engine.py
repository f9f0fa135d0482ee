"""The bulk import engine: resumable, a few people at a time, always within the hourly call budget. No Qt.

    people = read_people(Path("people.csv"), default_list="Staff")
    importer = Importer(client, people, Path("photos"), workers=3, on_progress=show)
    report = await importer.run()            # importer.stop() from elsewhere ends it early, gracefully
    write_result_csv(Path("result.csv"), report)

Per person (each step only when the one before allows it):

0. the photo cell must name a file in the photo folder (`gate.photo_path`): `..`, absolute paths and links
   leading out are refused, so a people file cannot make the station send any file it can read;
1. the external identifier: the file's, or one made from the name and the photo's content
   (`generated_identifier`, "IMP-" and 16 hex digits) when the file has none, so a re-run finds that person too;
2. a lookup by that identifier: a person already there (the same number and the same name) is skipped (their
   record id is reported), which is what makes a re-run resume where the last one stopped (1 call); the same
   number under another name is an error line, "a different person already has this number";
3. the QA gate in a worker thread (`gate.prepare_portrait`): the station's checks and its portrait JPEG;
4. one create with the portrait and the list (1 call): a person is either stored whole or not at all. On a
   server without the list extensions, a list that already existed is joined by name afterwards (1 more call).

Calls go through the client, which counts each one against `client.budget` before sending and refuses (with
`RateLimitError`) a call that would exceed it; the service may refuse one too. Either way the worker waits the
`retry_after` it was given and tries the same step again, so the import never goes over the budget and never
gives up because of it. Failures that end every later call too (the sign-in ended, the service is gone) stop the
import, with the reason in `ImportReport.stopped`; the people not tried yet are reported as "not done".
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import os
import time
import unicodedata
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from facestation.api import FaceCheckClient, FaceRecord, errors
from facestation.importer.gate import (
    PhotoError,
    PreparedPortrait,
    QualityFailed,
    photo_path,
    prepare_portrait,
    read_photo,
)
from facestation.importer.people import PeopleFile, PersonRow

__all__ = ["DEFAULT_WORKERS", "ImportProgress", "ImportReport", "Importer", "ListResolver", "RowOutcome",
           "RowStatus", "default_list_resolver", "generated_identifier"]

T = TypeVar("T")

# Three people in flight keep two cores busy (QA in one, the service's face model in the other) while a third
# waits on the network; more only queue up (benchmarks/import_speed.py).
DEFAULT_WORKERS = 3
MAX_WORKERS = 16
GENERATED_PREFIX = "IMP-"
_LIST_NAME_EXISTS = "FaceListNameAlreadyExists"
_EXTERNAL_ID_EXISTS = "ExternalIdentifierAlreadyExists"
_MIN_BUDGET_WAIT = 0.05

ListResolver = Callable[[list[str]], Awaitable[dict[str, str | None]]]
"""List names -> list id; None: the list exists but its id is unknown (joined by name after each create)."""


class RowStatus(str, Enum):
    """What happened to one person; the value is the result CSV's `status`."""

    IMPORTED = "imported"
    ALREADY_THERE = "skipped"  # reason: already there
    FAILED_QA = "failed QA"
    ERROR = "error"
    NOT_DONE = "not done"  # the import stopped before this person


@dataclass(frozen=True)
class RowOutcome:
    row: PersonRow
    status: RowStatus
    reason: str = ""
    record_id: str | None = None
    external_identifier: str = ""  # the identifier used: the file's, or the generated one
    list_id: str | None = None  # the list the record was put in (when known by id)


@dataclass(frozen=True)
class ImportProgress:
    """The counts so far; `current` names the people being worked on; `waiting` > 0: seconds until the hourly
    call budget has room again."""

    total: int
    done: int
    imported: int
    already_there: int
    failed_qa: int
    errors: int
    current: tuple[str, ...] = ()
    waiting: float = 0.0


@dataclass
class ImportReport:
    """One outcome per row of the file, in file order; `stopped` says why the import ended early (None: every
    row was tried)."""

    outcomes: list[RowOutcome]
    stopped: str | None = None
    elapsed: float = 0.0
    cancelled: bool = False  # stopped on request (Cancel, Ctrl+C), as opposed to by a failure
    counts: dict[RowStatus, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.counts = {status: 0 for status in RowStatus}
        for outcome in self.outcomes:
            self.counts[outcome.status] += 1

    @property
    def complete(self) -> bool:
        """Every person is now in the service (imported or already there)."""
        return all(outcome.status in (RowStatus.IMPORTED, RowStatus.ALREADY_THERE) for outcome in self.outcomes)


class _Stopped(Exception):
    """Internal: the import is stopping; the current person stays "not done"."""


class _Fatal(Exception):
    """Internal: a failure that every later call would meet too; the import stops."""


def generated_identifier(row: PersonRow, photo: bytes) -> str:
    """The external identifier of a person the file gives none: the same name (ignoring case, accents written
    the same way) and the same photo file always give the same identifier, so a re-run finds them."""
    names = "\x1f".join(unicodedata.normalize("NFC", part).casefold()
                        for part in (row.name, row.surname1, row.surname2))
    digest = hashlib.sha256(names.encode("utf-8") + b"\x1e" + photo).hexdigest()
    return GENERATED_PREFIX + digest[:16].upper()


def default_list_resolver(client: FaceCheckClient) -> ListResolver:
    """Find lists by name (case-insensitively) with the list extension, create the missing ones. Without the
    extension (the hosted service) each list is created; one that already exists is joined by name."""

    async def resolve(names: list[str]) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        if not names:
            return found
        existing: dict[str, str] = {}
        if (await client.capabilities()).list_lists:
            existing = {face_list.name.casefold(): face_list.identifier for face_list in await client.lists.all()}
        for name in names:
            identifier = existing.get(name.casefold())
            if identifier is None:
                try:
                    identifier = await client.lists.create(name=name)
                except errors.ValidationError as error:
                    if _LIST_NAME_EXISTS not in error.codes:
                        raise
                    identifier = None
                else:
                    existing[name.casefold()] = identifier
            found[name] = identifier
        return found

    return resolve


class Importer:
    """Imports the rows of a `PeopleFile` (photos under `photos_dir`) through `client` (signed in).

    `on_progress(ImportProgress)` is called on the event loop's thread after every change. `resolve_lists`
    replaces `default_list_resolver` (the station passes one that keeps its list catalogue). `qa_threads`:
    threads for the QA gate (default: the workers, at most one per core). `sleep` waits for the call budget
    (tests pass one that moves a clock)."""

    def __init__(
        self,
        client: FaceCheckClient,
        people: PeopleFile,
        photos_dir: Path,
        *,
        workers: int = DEFAULT_WORKERS,
        qa_threads: int | None = None,
        on_progress: Callable[[ImportProgress], None] | None = None,
        resolve_lists: ListResolver | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        if not 1 <= workers <= MAX_WORKERS:
            raise ValueError(f"workers must be between 1 and {MAX_WORKERS}, not {workers}")
        self.client = client
        self.people = people
        self.photos_dir = Path(photos_dir)
        self.workers = workers
        self.qa_threads = qa_threads or max(1, min(workers, os.cpu_count() or 1))
        self._on_progress = on_progress
        self._resolve_lists = resolve_lists or default_list_resolver(client)
        self._sleep = sleep
        self._outcomes: dict[int, RowOutcome] = {}
        self._queue: deque[PersonRow] = deque()
        self._current: dict[int, str] = {}
        self._claimed: dict[str, int] = {}  # generated identifier -> the line that claimed it
        self._lists: dict[str, str | None] = {}
        self._stopping = False
        self._stop_reason: str | None = None
        self._cancelled = False
        self._wake: asyncio.Event | None = None
        self._waiting_until = 0.0
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._started = False

    # -- control ----------------------------------------------------------------------------------------------

    def stop(self) -> None:
        """End the import gracefully: people in flight finish (a create is never cut off), nobody new starts;
        `run()` then returns the report with the rest "not done". Safe from the event loop's thread only."""
        self._cancelled = True
        self._stopping = True
        if self._wake is not None:
            self._wake.set()

    @property
    def stopping(self) -> bool:
        return self._stopping

    # -- running -------------------------------------------------------------------------------------------

    async def run(self) -> ImportReport:
        """Import every row once; returns the report (never raises for a row or a service failure)."""
        if self._started:
            raise RuntimeError("an Importer runs once: make a new one to import again")
        self._started = True
        started = time.monotonic()
        self._wake = asyncio.Event()
        for line, reason in self.people.problems.items():
            row = next(row for row in self.people.rows if row.line == line)
            self._outcomes[line] = RowOutcome(row, RowStatus.ERROR, reason, external_identifier=row.external_identifier)
        self._queue = deque(row for row in self.people.rows if row.line not in self.people.problems)
        self._emit()
        self._executor = concurrent.futures.ThreadPoolExecutor(self.qa_threads, thread_name_prefix="facestation-import")
        try:
            try:
                self._lists = await self._call(lambda: self._resolve_lists(self.people.list_names))
            except _Fatal as failure:
                self._stop(str(failure))
            except _Stopped:
                pass
            except errors.FaceCheckError as error:
                self._stop(f"The lists could not be prepared: {_sentence(error)}")
            if not self._stopping:
                await asyncio.gather(*(self._worker(number) for number in range(self.workers)))
        finally:
            self._executor.shutdown(wait=False, cancel_futures=True)
        return self._report(time.monotonic() - started)

    def _report(self, elapsed: float) -> ImportReport:
        reason = self._stop_reason
        if reason is None and self._cancelled:
            reason = "The import was cancelled."
        outcomes = []
        for row in self.people.rows:
            outcome = self._outcomes.get(row.line)
            if outcome is None:
                outcome = RowOutcome(row, RowStatus.NOT_DONE, "the import stopped before this person: run it again "
                                     "to go on where it stopped", external_identifier=row.external_identifier)
            outcomes.append(outcome)
        stopped = reason if any(o.status is RowStatus.NOT_DONE for o in outcomes) or self._stop_reason else None
        return ImportReport(outcomes, stopped=stopped, elapsed=elapsed, cancelled=self._cancelled)

    def _stop(self, reason: str) -> None:
        if self._stop_reason is None:
            self._stop_reason = reason
        self._stopping = True
        if self._wake is not None:
            self._wake.set()

    async def _worker(self, number: int) -> None:
        while not self._stopping and self._queue:
            row = self._queue.popleft()
            self._current[number] = row.full_name
            self._emit()
            outcome: RowOutcome | None
            try:
                outcome = await self._import_row(row)
            except _Stopped:
                outcome = None
            except _Fatal as failure:
                self._stop(str(failure))
                outcome = None
            finally:
                self._current.pop(number, None)
            if outcome is not None:
                self._outcomes[row.line] = outcome
            self._emit()

    async def _import_row(self, row: PersonRow) -> RowOutcome:
        try:
            path = photo_path(self.photos_dir, row.photo)
        except PhotoError as error:
            return RowOutcome(row, RowStatus.ERROR, error.reason, external_identifier=row.external_identifier)
        identifier = row.external_identifier
        photo: bytes | None = None
        if not identifier:
            try:
                photo = await self._in_thread(read_photo, path)
            except PhotoError as error:
                return RowOutcome(row, RowStatus.ERROR, error.reason)
            identifier = generated_identifier(row, photo)
            earlier = self._claimed.setdefault(identifier, row.line)
            if earlier != row.line:
                return RowOutcome(row, RowStatus.ERROR, f"the same person with the same photo is on line {earlier}",
                                  external_identifier=identifier)

        def outcome(status: RowStatus, reason: str = "", record_id: str | None = None,
                    list_id: str | None = None) -> RowOutcome:
            return RowOutcome(row, status, reason, record_id, identifier, list_id)

        try:
            existing = await self._lookup(identifier)
            if existing is not None:
                return await self._already_there(row, existing, outcome)
            if photo is None:
                try:
                    photo = await self._in_thread(read_photo, path)
                except PhotoError as error:
                    return outcome(RowStatus.ERROR, error.reason)
            try:
                prepared: PreparedPortrait = await self._in_thread(prepare_portrait, photo)
            except QualityFailed as failure:
                return outcome(RowStatus.FAILED_QA, failure.reason)
            except PhotoError as error:
                return outcome(RowStatus.ERROR, error.reason)
            photo = None  # the decoded copy is gone; let the file's bytes go too
            list_id = self._lists.get(row.list_name) if row.list_name else None
            try:
                record_id = await self._call(lambda: self.client.records.create(
                    face_image=prepared.jpeg, name=row.name, surname1=row.surname1, surname2=row.surname2 or None,
                    external_identifier=identifier, face_list_id=list_id))
            except errors.ValidationError as error:
                if _EXTERNAL_ID_EXISTS in error.codes:  # another station was quicker, or a lookup raced
                    existing = await self._lookup(identifier)
                    if existing is not None:
                        return await self._already_there(row, existing, outcome)
                return outcome(RowStatus.ERROR, f"the service refused this person: {_sentence(error)}")
            if row.list_name and list_id is None:
                try:
                    await self._call(lambda: self.client.lists.add_record(record_id=record_id,
                                                                          list_name=row.list_name))
                except errors.FaceCheckError as error:
                    return outcome(RowStatus.ERROR, f"imported, but not added to the list {row.list_name}: "
                                   f"{_sentence(error)}; run the import again to add them", record_id)
            return outcome(RowStatus.IMPORTED, "", record_id, list_id)
        except errors.FaceCheckError as error:
            return outcome(RowStatus.ERROR, _sentence(error))

    async def _already_there(self, row: PersonRow, record: FaceRecord,
                             outcome: Callable[..., RowOutcome]) -> RowOutcome:
        """Skip a person already stored; a list joined by name that did not take last time is joined now.

        The number alone does not make them the same person: a record under this number with another name is
        someone else (a typo in the file, a number given twice), reported, never skipped as if imported."""
        if not _same_name(row, record):
            return outcome(RowStatus.ERROR, f"a different person already has this number (record "
                           f"{record.identifier}): check the number in the file, or correct the stored record")
        if row.list_name and self._lists.get(row.list_name) is None and record.face_list_id is None:
            await self._call(lambda: self.client.lists.add_record(record_id=record.identifier,
                                                                  list_name=row.list_name))
            return outcome(RowStatus.ALREADY_THERE, f"already there (now added to the list {row.list_name})",
                           record.identifier)
        return outcome(RowStatus.ALREADY_THERE, "already there", record.identifier, record.face_list_id)

    async def _lookup(self, identifier: str) -> FaceRecord | None:
        try:
            return await self._call(lambda: self.client.records.get_by_external_id(identifier))
        except errors.NotFoundError:
            return None

    async def _in_thread(self, function: Callable[..., T], *args: Any) -> T:
        if self._stopping and self._stop_reason is not None:
            raise _Stopped()
        assert self._executor is not None
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)

    async def _call(self, make_call: Callable[[], Awaitable[T]]) -> T:
        """One API call within the budget: wait and retry when it is spent; fatal failures become _Fatal."""
        while True:
            if self._stop_reason is not None:
                raise _Stopped()
            try:
                return await make_call()
            except errors.RateLimitError as error:
                wait = max(error.retry_after or 0.0, self.client.budget.status.retry_after, _MIN_BUDGET_WAIT)
                await self._wait_for_budget(wait)
            except errors.AuthenticationError:
                raise _Fatal("The service no longer accepts the sign-in (the session ended or the password "
                             "changed). Sign in again and run the import again: it goes on where it stopped.") from None
            except errors.ServiceUnreachableError as error:
                raise _Fatal(f"{_sentence(error)}. Run the import again once the service answers: it goes on "
                             "where it stopped.") from None
            except errors.InsufficientCreditsError:
                raise _Fatal("The FaceCheck account has no credits left. Ask your administrator to add "
                             "credits, then run the import again.") from None

    async def _wait_for_budget(self, seconds: float) -> None:
        """Wait until the hourly budget has room; a stop request ends the wait (the person stays "not done")."""
        self._waiting_until = max(self._waiting_until, time.monotonic() + seconds)
        self._emit()
        try:
            if self._sleep is not None:
                await self._sleep(seconds)
            else:
                assert self._wake is not None
                try:
                    await asyncio.wait_for(self._wake.wait(), timeout=seconds)
                except TimeoutError:
                    pass
        finally:
            if time.monotonic() >= self._waiting_until - 0.01:
                self._waiting_until = 0.0
            self._emit()
        if self._stopping:
            raise _Stopped()

    def _emit(self) -> None:
        if self._on_progress is None:
            return
        counts = {status: 0 for status in RowStatus}
        for outcome in self._outcomes.values():
            counts[outcome.status] += 1
        waiting = max(0.0, self._waiting_until - time.monotonic()) if self._waiting_until else 0.0
        self._on_progress(ImportProgress(
            total=len(self.people.rows), done=len(self._outcomes), imported=counts[RowStatus.IMPORTED],
            already_there=counts[RowStatus.ALREADY_THERE], failed_qa=counts[RowStatus.FAILED_QA],
            errors=counts[RowStatus.ERROR], current=tuple(self._current.values()), waiting=waiting))


def _same_name(row: PersonRow, record: FaceRecord) -> bool:
    """The file's name and the stored one, ignoring case, accents written either way and extra spaces."""
    def key(*parts: str) -> tuple[str, ...]:
        return tuple(" ".join(unicodedata.normalize("NFC", part).casefold().split()) for part in parts)

    return key(row.name, row.surname1, row.surname2) == key(record.name, record.surname1, record.surname2 or "")


def _sentence(error: errors.FaceCheckError) -> str:
    if isinstance(error, errors.ValidationError) and error.errors:
        return "; ".join(item.description or item.code for item in error.errors).rstrip(". ")
    return (error.message or type(error).__name__).rstrip(". ")
