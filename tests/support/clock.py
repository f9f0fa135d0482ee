"""A clock for tests: `ManualClock()` is a `clock=` for code that reads the time (the call budget, the PIN
throttle, the login guard, the offline queue's retries), and time moves only when the test says so."""

from __future__ import annotations


class ManualClock:
    """Seconds (epoch-like, so wall-clock code accepts them) that move only with `advance` or by setting `now`."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
