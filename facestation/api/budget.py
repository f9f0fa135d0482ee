"""The station's own calls-per-hour budget, so it can show and respect the FaceCheck limit before the server does.

The hosted service allows 3600 `v1/...` calls per user over a sliding hour and says nothing about it until a call
is refused; it sends no rate-limit headers. The station therefore counts its own calls: one timestamp per call,
and a call counts while it is less than one window (an hour) old. The local service does send
`X-RateLimit-Limit` / `X-RateLimit-Remaining`; `CallBudget.observe_server` adopts those figures, since the server
is the authority on its own limit.

The count is kept on disk, one small JSON file per account, so restarting the station does not hand the operator
a fresh hour the server would not agree with. Disk trouble never stops the station: an unreadable or corrupt file
starts a fresh count, an unwritable directory keeps counting in memory; both are logged once as warnings.

No Qt and no HTTP here: the client calls `reserve()` before each call and the station's GUI reads `status` or
subscribes with `add_listener`, from any thread.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import math
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import platformdirs

from facestation.api.errors import RATE_LIMIT_MESSAGE, RateLimitError
from facestation.files import write_atomically

logger = logging.getLogger(__name__)

DEFAULT_LIMIT_PER_HOUR: Final = 3600
DEFAULT_WINDOW_SECONDS: Final = 3600.0
_FILE_FORMAT_VERSION: Final = 1


def default_state_dir() -> Path:
    """The platform's per-user state dir for the budget files (e.g. ~/.local/state/FaceStation/call-budget)."""
    # appauthor=False as in service/datadir.py: on Windows it avoids a doubled FaceStation\FaceStation folder.
    return Path(platformdirs.user_state_dir("FaceStation", appauthor=False)) / "call-budget"


def account_file_name(account: str) -> str:
    """The budget file's name for `account`: a hash, so user names never appear in the file system listing."""
    return hashlib.sha256(account.encode("utf-8")).hexdigest() + ".json"


@dataclass(frozen=True)
class BudgetStatus:
    """A snapshot of the budget, as the GUI shows it and as `reserve()` reports it."""

    limit: int
    used: int  # calls counted in the last window (hour)
    remaining: int
    retry_after: float  # seconds until one more call fits; 0 when remaining > 0


class CallBudget:
    """A sliding-window count of calls per account, persisted per account, safe to use from several threads.

    Without `use_account` it counts for an anonymous account, in memory only. Calls leave the count exactly one
    window after they were reserved. Listeners are told of every change made through this object (reserve,
    release, server figures, account switch); calls ageing out of the window change nothing stored, so they are
    not announced: read `status` (or wait `retry_after`) to see them go.
    """

    def __init__(self, limit_per_hour: int = DEFAULT_LIMIT_PER_HOUR, *, state_dir: Path | None = None,
                 clock: Callable[[], float] = time.time,
                 window_seconds: float = DEFAULT_WINDOW_SECONDS) -> None:
        """`clock` must be wall-clock time (seconds since the epoch): the counts outlive the process on disk."""
        if limit_per_hour < 1:
            raise ValueError(f"limit_per_hour must be at least 1, not {limit_per_hour}")
        if not window_seconds > 0:
            raise ValueError(f"window_seconds must be positive, not {window_seconds}")
        self._limit = int(limit_per_hour)
        self._window = float(window_seconds)
        self._clock = clock
        self._state_dir = Path(state_dir) if state_dir is not None else default_state_dir()
        # RLock, not Lock: a listener or a subclass that reads `status` from inside a locked section must not hang.
        self._lock = threading.RLock()
        self._account: str | None = None  # None: the anonymous, memory-only account
        self._calls: list[float] = []  # timestamps of the current account's counted calls, oldest first
        # Counts of accounts used earlier by this object, so switching back keeps them even when the disk fails.
        self._memory: dict[str | None, list[float]] = {}
        self._listeners: list[Callable[[BudgetStatus], None]] = []
        self._write_failing = False  # the disk refused the last write: warn once, not on every call

    # --- reading -----------------------------------------------------------------------------------------------

    @property
    def status(self) -> BudgetStatus:
        """The budget now: calls older than the window no longer count."""
        with self._lock:
            return self._status_locked(self._clock())

    @property
    def limit(self) -> int:
        """The calls allowed per window: the constructor's figure until the server reports its own."""
        with self._lock:
            return self._limit

    # --- changing ----------------------------------------------------------------------------------------------

    def use_account(self, account: str | None) -> None:
        """Count for `account` from now on (e.g. "https://neocheck.net/api|client|user"), loading its saved count.

        `None` switches back to the anonymous account, which is never saved.
        """
        with self._lock:
            now = self._clock()
            self._memory[self._account] = self._calls
            remembered = self._memory.get(account, [])
            saved = self._load(account) if account is not None else []
            # Both are this account's calls; their union never undercounts, e.g. when the file is older than memory
            # because writes failed for a while. A multiset union (the larger count of each timestamp): the same
            # call has the same timestamp in both and counts once, yet calls that share a clock tick (a coarse
            # clock, or figures adopted from the server) all count.
            self._account = account
            self._calls = sorted((Counter(remembered) | Counter(saved)).elements())
            self._prune(now)
            status = self._status_locked(now)
        self._notify(status)

    def reserve(self) -> BudgetStatus:
        """Count one call now and return the budget after it.

        Raises `RateLimitError` (with `retry_after` in seconds) without counting anything when the window is full,
        so a refused call can simply be retried later.
        """
        with self._lock:
            now = self._clock()
            self._prune(now)
            if len(self._calls) >= self._limit:
                full = self._status_locked(now)
                raise RateLimitError(
                    f"{RATE_LIMIT_MESSAGE}: {full.used} of {full.limit} calls in the last hour; "
                    f"the next one fits in {math.ceil(full.retry_after)} s.",
                    retry_after=full.retry_after, status=None)  # status None: no server answered
            self._calls.append(now)
            self._save()
            status = self._status_locked(now)
        self._notify(status)
        return status

    def release(self) -> None:
        """Un-count the most recent call: it never reached the server (e.g. the connection was refused)."""
        with self._lock:
            now = self._clock()
            self._prune(now)
            if not self._calls:
                # Already aged out or adjusted away by the server's figures: nothing left to give back.
                logger.debug("call budget: release() with no counted call")
                return
            self._calls.pop()
            self._save()
            status = self._status_locked(now)
        self._notify(status)

    def observe_server(self, limit: int | None, remaining: int | None) -> None:
        """Adopt the server's own figures (`X-RateLimit-Limit` / `X-RateLimit-Remaining`); it is the authority.

        A different `limit` replaces ours. When `remaining` says more calls were used than we counted (another
        station of the same user, say), the difference is counted as calls made now, which age out an hour from
        now: later than the server's, never earlier, so we never send a call the server will refuse. When it says
        fewer were used (the local service restarted with a fresh count), our oldest calls are forgotten.
        Either figure may be None (header absent); absurd values are ignored.
        """
        with self._lock:
            now = self._clock()
            self._prune(now)
            before = (self._limit, len(self._calls))
            if limit is not None:
                if limit >= 1:
                    self._limit = int(limit)
                else:
                    logger.debug("call budget: ignoring server limit %r", limit)
            if remaining is not None:
                if remaining >= 0:
                    server_used = max(0, self._limit - min(int(remaining), self._limit))
                    counted = len(self._calls)
                    if server_used > counted:
                        self._calls.extend([now] * (server_used - counted))
                    elif server_used < counted:
                        # Oldest first: the calls we keep are the ones that stay in the window longest.
                        del self._calls[: counted - server_used]
                else:
                    logger.debug("call budget: ignoring server remaining %r", remaining)
            if (self._limit, len(self._calls)) == before:
                return
            if len(self._calls) != before[1]:
                self._save()
            status = self._status_locked(now)
        self._notify(status)

    def add_listener(self, listener: Callable[[BudgetStatus], None]) -> Callable[[], None]:
        """Call `listener(status)` after every change; returns a function that unsubscribes it.

        Listeners run on the thread that made the change (the event loop, usually), outside the budget's lock, so a
        listener may read `status` or hand the figures to the GUI thread. One that raises is logged and skipped.
        """
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                # By identity, and tolerant of a second call: unsubscribing twice is harmless.
                for index, registered in enumerate(self._listeners):
                    if registered is listener:
                        del self._listeners[index]
                        return

        return unsubscribe

    # --- internals (call with the lock held, except _notify) ---------------------------------------------------

    def _status_locked(self, now: float) -> BudgetStatus:
        self._prune(now)
        used = len(self._calls)
        remaining = max(0, self._limit - used)
        retry_after = 0.0
        if remaining == 0:
            # One more call fits once used drops below the limit, i.e. once the oldest (used - limit + 1) calls have
            # left the window; the last of those is calls[used - limit].
            retry_after = max(0.0, self._calls[used - self._limit] + self._window - now)
        return BudgetStatus(limit=self._limit, used=used, remaining=remaining, retry_after=retry_after)

    def _prune(self, now: float) -> None:
        # A call at t counts while now - t < window: it leaves exactly one window later.
        del self._calls[: bisect.bisect_right(self._calls, now - self._window)]
        # A timestamp in the future means the clock was set back; counting it as "now" keeps it counted for at most
        # one more window instead of for as long as the clock error (which could be days).
        if self._calls and self._calls[-1] > now:
            self._calls = [min(stamp, now) for stamp in self._calls]

    def _path(self, account: str) -> Path:
        return self._state_dir / account_file_name(account)

    def _load(self, account: str) -> list[float]:
        path = self._path(account)
        try:
            text = path.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            # Never saved, or the state dir itself is unusable (the first write will say so): a fresh count.
            return []
        except (OSError, UnicodeDecodeError) as error:
            logger.warning("call budget: cannot read %s (%s); starting a fresh count", path, error)
            return []
        try:
            return _parse(text)
        except ValueError as error:
            logger.warning("call budget: %s is corrupt (%s); starting a fresh count", path, error)
            return []

    def _save(self) -> None:
        if self._account is None:
            return  # the anonymous account lives in memory only
        path = self._path(self._account)
        payload = json.dumps({"version": _FILE_FORMAT_VERSION, "calls": self._calls}, separators=(",", ":"))
        try:
            _write_atomically(path, payload)
        except OSError as error:
            if not self._write_failing:
                logger.warning("call budget: cannot save to %s (%s); counting in memory only", path, error)
            self._write_failing = True
            return
        if self._write_failing:
            logger.info("call budget: saving to %s again", path)
        self._write_failing = False

    def _notify(self, status: BudgetStatus) -> None:
        # Outside the lock: a listener that waits on another thread which uses the budget must not deadlock.
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(status)
            except Exception:
                logger.exception("call budget: listener %r failed", listener)


def _parse(text: str) -> list[float]:
    """The call timestamps stored in a budget file, sorted; ValueError when the file is not one."""
    data: Any = json.loads(text)  # json.JSONDecodeError is a ValueError
    if not isinstance(data, dict) or not isinstance(data.get("calls"), list):
        raise ValueError("no list of calls")
    calls: Iterable[Any] = data["calls"]
    stamps: list[float] = []
    for stamp in calls:
        # bool is an int subclass; a true/false here means the file is not ours.
        if isinstance(stamp, bool) or not isinstance(stamp, int | float) or not math.isfinite(stamp):
            raise ValueError(f"not a timestamp: {stamp!r}")
        stamps.append(float(stamp))
    return sorted(stamps)


def _write_atomically(path: Path, text: str) -> None:
    # No fsync: this runs on every call, on the event loop; a power cut may at worst leave an empty file,
    # which loads as a fresh count (logged), the same outcome as losing the last few calls.
    write_atomically(path, text.encode("utf-8"), durable=False)
