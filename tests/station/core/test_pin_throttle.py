"""One throttle for every admin PIN prompt: three free wrong tries, then a wait that doubles up to a cap, kept in
a small file next to the station's settings so that neither reopening a prompt nor restarting the station gives
free tries again. A fake clock drives it; a "restart" is a new instance over the same file."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from facestation.station.core.pin_throttle import (
    FIRST_WAIT_SECONDS,
    FREE_TRIES,
    MAX_WAIT_SECONDS,
    PinThrottle,
    throttle_path_for,
)
from tests.support.clock import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def state_file(tmp_path: Path) -> Path:
    return throttle_path_for(tmp_path / "config" / "station.json")


def test_the_state_file_sits_next_to_the_settings(tmp_path: Path) -> None:
    assert throttle_path_for(tmp_path / "station.json") == tmp_path / "pin-throttle.json"


def test_three_free_tries_then_a_doubling_wait_up_to_the_cap(state_file: Path, clock: ManualClock) -> None:
    throttle = PinThrottle(state_file, clock=clock)
    assert FREE_TRIES == 3 and FIRST_WAIT_SECONDS == 30 and MAX_WAIT_SECONDS == 15 * 60
    waits = []
    for _ in range(FREE_TRIES + 7):
        assert throttle.wait_seconds() == 0  # the try is allowed: the previous wait has passed
        waits.append(throttle.record_wrong())
        clock.advance(throttle.wait_seconds())
    assert waits == [0, 0, 30, 60, 120, 240, 480, 900, 900, 900]


def test_a_try_during_the_wait_is_refused_and_the_wait_counts_down(state_file: Path, clock: ManualClock) -> None:
    throttle = PinThrottle(state_file, clock=clock)
    for _ in range(FREE_TRIES):
        throttle.record_wrong()
    assert throttle.wait_seconds() == 30
    clock.advance(12.5)
    assert throttle.wait_seconds() == 18  # whole seconds, rounded up: never "0" while still waiting
    clock.advance(17.5)
    assert throttle.wait_seconds() == 0


def test_reopening_and_restarting_give_no_free_tries(state_file: Path, clock: ManualClock) -> None:
    first = PinThrottle(state_file, clock=clock)
    for _ in range(FREE_TRIES):
        first.record_wrong()
    restarted = PinThrottle(state_file, clock=clock)  # a new prompt, or the station started again
    assert restarted.wrong_tries == FREE_TRIES and restarted.wait_seconds() == 30
    clock.advance(30)
    assert restarted.record_wrong() == 60  # the count went on, it did not start over


def test_the_right_pin_resets_the_count(state_file: Path, clock: ManualClock) -> None:
    throttle = PinThrottle(state_file, clock=clock)
    for _ in range(FREE_TRIES + 1):
        clock.advance(throttle.wait_seconds())
        throttle.record_wrong()
    clock.advance(throttle.wait_seconds())
    throttle.record_right()
    again = PinThrottle(state_file, clock=clock)
    assert again.wrong_tries == 0 and again.wait_seconds() == 0
    assert again.record_wrong() == 0  # free tries again


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_state_file_is_private(state_file: Path, clock: ManualClock) -> None:
    PinThrottle(state_file, clock=clock).record_wrong()
    assert stat.S_IMODE(os.stat(state_file).st_mode) == 0o600
    assert json.loads(state_file.read_text())["wrong_tries"] == 1


@pytest.mark.parametrize("content", [b"{not json", b"[]", b'{"wrong_tries": "three", "wait_until": 0}',
                                     b'{"wrong_tries": -1, "wait_until": 0, "wait": 0}', b"\xff\xfe\x00"])
def test_a_damaged_state_file_locks_for_the_maximum(state_file: Path, clock: ManualClock, content: bytes) -> None:
    state_file.parent.mkdir(parents=True)
    state_file.write_bytes(content)
    throttle = PinThrottle(state_file, clock=clock)
    assert throttle.wait_seconds() == MAX_WAIT_SECONDS
    clock.advance(MAX_WAIT_SECONDS)
    assert throttle.wait_seconds() == 0
    assert throttle.record_wrong() == MAX_WAIT_SECONDS  # and the next wrong try waits the maximum again


def test_setting_the_clock_back_does_not_lengthen_the_wait(state_file: Path, clock: ManualClock) -> None:
    throttle = PinThrottle(state_file, clock=clock)
    for _ in range(FREE_TRIES):
        throttle.record_wrong()
    clock.advance(-86_400)  # someone set the clock a day back: the wait stays the one that was given
    assert throttle.wait_seconds() == 30


def test_a_wrong_try_that_cannot_be_saved_still_counts_in_this_run(state_file: Path, clock: ManualClock,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from facestation.station.core import pin_throttle

    def disk_full(_path: Path, _data: bytes, **_options: object) -> None:
        raise OSError(28, "No space left on device")

    throttle = PinThrottle(state_file, clock=clock)
    monkeypatch.setattr(pin_throttle, "write_atomically", disk_full)
    for _ in range(FREE_TRIES):
        throttle.record_wrong()
    assert throttle.wait_seconds() == 30 and not state_file.exists()


def test_reset_clears_the_file(state_file: Path, clock: ManualClock) -> None:
    throttle = PinThrottle(state_file, clock=clock)
    for _ in range(FREE_TRIES):
        throttle.record_wrong()
    PinThrottle(state_file, clock=clock).reset()  # what `facestation settings reset-pin` does
    assert not state_file.exists()
    assert throttle.wait_seconds() == 0 and throttle.wrong_tries == 0  # the running station follows the file
