"""What keeps a login flood from taking the service down (issue 15 row 4).

connect/token needs no authentication, and each argon2 check takes 64 MiB and a core for a moment. So:
- `HashingSlots`: at most N checks at once (N: the cores); the other logins wait on the event loop, holding
  neither a thread nor hash memory;
- `FailedLoginThrottle`: after N failed logins from one client address within a window, that address is
  answered 429 at once, before any check, until its oldest failure leaves the window.

Both live in the service process: several processes on one PostgreSQL database each count their own.
"""

from __future__ import annotations

import asyncio
import math
import os
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from facestation.service.settings import ServiceSettings

# Addresses remembered at most: past this the least recently failing are forgotten, so a flood from many
# addresses (IPv6 makes them cheap) cannot grow the table without bound.
MAX_TRACKED_ADDRESSES = 10_000


class HashingSlots:
    """An asyncio semaphore that also says how many hold a slot and how many wait (for tests and logs)."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError(f"at least one password check must be able to run, not {size}")
        self.size = size
        self._semaphore = asyncio.Semaphore(size)
        self.running = 0
        self.waiting = 0

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        self.waiting += 1
        try:
            await self._semaphore.acquire()
        finally:
            self.waiting -= 1
        self.running += 1
        try:
            yield
        finally:
            self.running -= 1
            self._semaphore.release()


class FailedLoginThrottle:
    """Failed logins per client address over a sliding window."""

    def __init__(self, max_failures: int, window_seconds: float, clock: Callable[[], float],
                 max_addresses: int = MAX_TRACKED_ADDRESSES) -> None:
        self.max_failures = max_failures
        self.window_seconds = window_seconds
        self._clock = clock
        self._max_addresses = max_addresses
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    @property
    def enabled(self) -> bool:
        return self.max_failures > 0

    def retry_after(self, address: str) -> int | None:
        """Whole seconds until `address` may try again, or None when it may try now."""
        if not self.enabled:
            return None
        failures = self._recent(address)
        if failures is None or len(failures) < self.max_failures:
            return None
        return max(1, math.ceil(failures[0] + self.window_seconds - self._clock()))

    def record_failure(self, address: str) -> None:
        if not self.enabled:
            return
        failures = self._recent(address)
        if failures is None:
            failures = self._failures[address] = deque(maxlen=self.max_failures)
            while len(self._failures) > self._max_addresses:
                self._failures.popitem(last=False)
        self._failures.move_to_end(address)
        failures.append(self._clock())

    def _recent(self, address: str) -> deque[float] | None:
        """The address's failures still inside the window (older ones dropped), or None when there are none."""
        failures = self._failures.get(address)
        if failures is None:
            return None
        since = self._clock() - self.window_seconds
        while failures and failures[0] <= since:
            failures.popleft()
        if not failures:
            del self._failures[address]
            return None
        return failures


@dataclass
class LoginGuard:
    hashing: HashingSlots
    throttle: FailedLoginThrottle


def hashing_concurrency(settings: ServiceSettings) -> int:
    return settings.login_hashing_concurrency or os.cpu_count() or 1


def new_login_guard(settings: ServiceSettings, clock: Callable[[], float]) -> LoginGuard:
    return LoginGuard(
        hashing=HashingSlots(hashing_concurrency(settings)),
        throttle=FailedLoginThrottle(settings.login_address_max_failures, settings.login_address_window_seconds,
                                     clock),
    )
