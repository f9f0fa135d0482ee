"""The one throttle behind every admin PIN prompt (settings, activity log, leaving kiosk mode); no Qt.

    throttle = PinThrottle(throttle_path_for(session.config_path))
    if throttle.wait_seconds():   # refuse the try, say how long to wait
        ...
    throttle.record_right() if config.check_admin_pin(pin) else throttle.record_wrong()

A 4-digit PIN falls to a person at the desk unless wrong tries get slow: FREE_TRIES wrong tries cost nothing
(typos), then each further wrong try makes the next one wait FIRST_WAIT_SECONDS, doubling up to
MAX_WAIT_SECONDS; the right PIN resets the count. The count and the end of the wait live in a small JSON file
next to the station's settings (0600, replaced atomically), so closing the prompt, opening another prompt or
restarting the station gives no free tries. Every call reads the file again, so `facestation settings reset-pin`
(which deletes it) frees a running station at once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from facestation.files import write_atomically

__all__ = ["FIRST_WAIT_SECONDS", "FREE_TRIES", "MAX_WAIT_SECONDS", "THROTTLE_FILE_NAME", "PinThrottle",
           "shared_throttle", "throttle_path_for", "wait_after"]

logger = logging.getLogger(__name__)

FREE_TRIES = 3
FIRST_WAIT_SECONDS = 30
MAX_WAIT_SECONDS = 15 * 60
THROTTLE_FILE_NAME = "pin-throttle.json"


def throttle_path_for(settings_path: Path) -> Path:
    """The throttle's file: next to the station's settings file, in the per-user config folder."""
    return settings_path.with_name(THROTTLE_FILE_NAME)


def wait_after(wrong_tries: int) -> int:
    """Seconds the next try waits after `wrong_tries` wrong PINs in a row: 0, 0, 30, 60, 120, … up to the cap."""
    if wrong_tries < FREE_TRIES:
        return 0
    doublings = min(wrong_tries - FREE_TRIES, 16)  # 30 * 2**16 is far past the cap; no huge powers
    return min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** doublings)


@dataclass(frozen=True)
class _State:
    wrong_tries: int = 0
    wait_until: float = 0.0  # wall-clock time (seconds since the epoch) of the next allowed try
    wait: int = 0  # the length of that wait: caps what is left when the clock is set back


_CLEAR = _State()


class PinThrottle:
    """Wrong-try count and wait for one station (one state file). `clock` returns wall-clock seconds: the wait
    must outlive a restart, which a monotonic clock does not."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        # A wrong try the file could not take (disk full, read-only folder): still counted in this process.
        self._unsaved: _State | None = None

    @property
    def wrong_tries(self) -> int:
        return self._state().wrong_tries

    def wait_seconds(self) -> int:
        """Whole seconds until the next try is allowed (rounded up), 0 when a try is allowed now."""
        state = self._state()
        left = min(state.wait_until - self._clock(), state.wait)
        return max(0, math.ceil(left))

    def record_wrong(self) -> int:
        """Count a wrong PIN; the seconds the next try has to wait."""
        tries = self._state().wrong_tries + 1
        wait = wait_after(tries)
        self._save(_State(tries, self._clock() + wait, wait))
        return wait

    def record_right(self) -> None:
        """The right PIN: the count starts over."""
        self.reset()

    def reset(self) -> None:
        """Forget every wrong try (the right PIN, or the administrator's `facestation settings reset-pin`)."""
        self._unsaved = None
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    # -- the file ----------------------------------------------------------------------------------------

    def _state(self) -> _State:
        saved = self._load()
        unsaved = self._unsaved
        if unsaved is None or unsaved.wrong_tries <= saved.wrong_tries:
            return saved
        return unsaved

    def _load(self) -> _State:
        try:
            data = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return _CLEAR
        except (OSError, ValueError) as error:
            return self._damaged(f"cannot be read ({error})")
        try:
            state = _State(int(data["wrong_tries"]), float(data["wait_until"]), int(data["wait"]))
        except (TypeError, KeyError, ValueError) as error:
            return self._damaged(f"does not hold a wrong-try count ({error!r})")
        if type(data["wrong_tries"]) is not int or not 0 <= state.wrong_tries <= 1_000_000 \
                or not 0 <= state.wait <= MAX_WAIT_SECONDS or not math.isfinite(state.wait_until):
            return self._damaged("holds values out of range")
        return state

    def _damaged(self, problem: str) -> _State:
        # A state file this station wrote but cannot read back counts as "locked for the maximum", not as "no
        # tries used": if damage meant a fresh start, whoever can damage or lock the file (fill the disk, pull
        # the power at the right moment, swap the file on a shared profile) would get free tries without end.
        # The lock is written over the damaged file, so it ends MAX_WAIT_SECONDS from now instead of starting
        # again at every look; `facestation settings reset-pin` ends it at once.
        if self._unsaved is not None:
            return self._unsaved  # already locked in this run and the file still cannot take it
        logger.warning("The admin PIN's wrong-try file %s %s; waiting the maximum before the next try",
                       self.path, problem)
        locked = _State(FREE_TRIES + 1_000, self._clock() + MAX_WAIT_SECONDS, MAX_WAIT_SECONDS)
        self._save(locked)
        return locked

    def _save(self, state: _State) -> None:
        data = {"wrong_tries": state.wrong_tries, "wait_until": state.wait_until, "wait": state.wait}
        try:
            write_atomically(self.path, json.dumps(data).encode("ascii"))
        except OSError as error:
            logger.error("Could not save the admin PIN's wrong-try count to %s (%s); it counts for this run only",
                         self.path, error)
            self._unsaved = state
            return
        self._unsaved = None


_shared: dict[Path, PinThrottle] = {}


def shared_throttle(path: Path) -> PinThrottle:
    """The one throttle of this process for the state file `path`, for every prompt: a wrong try the file could
    not take (see PinThrottle._save) then still counts in the prompts opened after it."""
    key = path.absolute()
    if key not in _shared:
        _shared[key] = PinThrottle(key)
    return _shared[key]
