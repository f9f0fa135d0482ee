"""The station's calls-per-hour budget: sliding window, persistence per account, server figures, listeners, threads.

Time is an injected clock, so an hour passes instantly; files live under tmp_path.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from pathlib import Path

import pytest

from facestation.api.budget import BudgetStatus, CallBudget, account_file_name
from facestation.api.errors import FaceCheckError, RateLimitError
from tests.support.clock import ManualClock

HOUR = 3600.0
ACCOUNT = "https://neocheck.net/api|client|alice"
OTHER_ACCOUNT = "https://neocheck.net/api|client|bob"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "call-budget"  # not created yet: the budget creates it on first save


def budget_records(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "facestation.api.budget" and r.levelno == level]


# --- the sliding window ----------------------------------------------------------------------------------------


def test_a_fresh_budget_has_everything_remaining(clock: ManualClock) -> None:
    assert CallBudget(clock=clock).status == BudgetStatus(limit=3600, used=0, remaining=3600, retry_after=0.0)


def test_reserve_counts_and_reports_the_budget_after_the_call(clock: ManualClock) -> None:
    budget = CallBudget(3, clock=clock)
    assert budget.reserve() == BudgetStatus(limit=3, used=1, remaining=2, retry_after=0.0)
    assert budget.reserve() == BudgetStatus(limit=3, used=2, remaining=1, retry_after=0.0)
    assert budget.status.used == 2


def test_calls_leave_the_window_exactly_an_hour_later(clock: ManualClock) -> None:
    budget = CallBudget(10, clock=clock)
    budget.reserve()  # at t0
    clock.advance(100)
    budget.reserve()  # at t0 + 100
    clock.advance(HOUR - 100 - 0.001)  # just before the first call's hour is over
    assert budget.status.used == 2
    clock.advance(0.001)  # exactly an hour after the first call
    assert budget.status.used == 1
    clock.advance(100)
    assert budget.status.used == 0


def test_retry_after_is_the_time_until_the_oldest_call_leaves(clock: ManualClock) -> None:
    budget = CallBudget(3, clock=clock)
    budget.reserve()  # t0
    clock.advance(600)
    budget.reserve()  # t0 + 600
    clock.advance(600)
    status = budget.reserve()  # t0 + 1200: full
    assert status == BudgetStatus(limit=3, used=3, remaining=0, retry_after=HOUR - 1200)
    clock.advance(1000)
    assert budget.status.retry_after == HOUR - 2200
    clock.advance(HOUR - 2200)  # the first call leaves: one fits again
    assert budget.status == BudgetStatus(limit=3, used=2, remaining=1, retry_after=0.0)


def test_the_window_length_is_configurable(clock: ManualClock) -> None:
    budget = CallBudget(1, clock=clock, window_seconds=60)
    budget.reserve()
    assert budget.status.retry_after == 60
    clock.advance(60)
    assert budget.reserve().used == 1


@pytest.mark.parametrize("arguments", [{"limit_per_hour": 0}, {"limit_per_hour": -5}, {"window_seconds": 0.0}])
def test_nonsense_settings_are_refused(arguments: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        CallBudget(**arguments)  # type: ignore[arg-type]


def test_a_full_budget_raises_before_counting(clock: ManualClock) -> None:
    budget = CallBudget(2, clock=clock)
    budget.reserve()
    clock.advance(30)
    budget.reserve()
    clock.advance(30)
    with pytest.raises(RateLimitError) as raised:
        budget.reserve()
    assert raised.value.retry_after == HOUR - 60
    assert raised.value.status is None  # no server answered
    assert isinstance(raised.value, FaceCheckError)
    assert "Maximum number of calls per hour reached" in str(raised.value)
    # Nothing was counted: the refused call does not push the next free slot further out.
    assert budget.status == BudgetStatus(limit=2, used=2, remaining=0, retry_after=HOUR - 60)
    with pytest.raises(RateLimitError):
        budget.reserve()
    clock.advance(HOUR - 60)
    assert budget.reserve().used == 2


def test_release_uncounts_the_most_recent_call(clock: ManualClock) -> None:
    budget = CallBudget(2, clock=clock)
    budget.reserve()  # t0
    clock.advance(10)
    budget.reserve()  # t0 + 10
    budget.release()
    assert budget.status.used == 1
    # The call kept is the older one: it leaves an hour after t0.
    clock.advance(HOUR - 10)
    assert budget.status.used == 0


def test_release_frees_a_full_budget_and_tolerates_nothing_to_release(clock: ManualClock) -> None:
    budget = CallBudget(1, clock=clock)
    budget.reserve()
    with pytest.raises(RateLimitError):
        budget.reserve()
    budget.release()
    assert budget.reserve().used == 1
    budget.release()
    budget.release()  # nothing left to give back: harmless
    assert budget.status.used == 0


def test_a_clock_set_back_counts_future_calls_for_at_most_one_more_window(clock: ManualClock) -> None:
    budget = CallBudget(5, clock=clock)
    budget.reserve()
    clock.advance(-86_400)  # the system clock was a day fast and got corrected
    assert budget.status.used == 1
    clock.advance(HOUR)
    assert budget.status.used == 0


# --- persistence -----------------------------------------------------------------------------------------------


def test_the_count_survives_a_restart(clock: ManualClock, state_dir: Path) -> None:
    first = CallBudget(5, state_dir=state_dir, clock=clock)
    first.use_account(ACCOUNT)
    first.reserve()
    clock.advance(120)
    first.reserve()

    clock.advance(60)
    second = CallBudget(5, state_dir=state_dir, clock=clock)
    assert second.status.used == 0  # anonymous until told whose count to use
    second.use_account(ACCOUNT)
    assert second.status == BudgetStatus(limit=5, used=2, remaining=3, retry_after=0.0)
    clock.advance(HOUR - 180)  # the first call leaves at its own time, not an hour after the restart
    assert second.status.used == 1


def test_a_full_hour_survives_a_restart(clock: ManualClock, state_dir: Path) -> None:
    first = CallBudget(1, state_dir=state_dir, clock=clock)
    first.use_account(ACCOUNT)
    first.reserve()
    second = CallBudget(1, state_dir=state_dir, clock=clock)
    second.use_account(ACCOUNT)
    with pytest.raises(RateLimitError):
        second.reserve()


def test_a_release_is_saved_too(clock: ManualClock, state_dir: Path) -> None:
    first = CallBudget(5, state_dir=state_dir, clock=clock)
    first.use_account(ACCOUNT)
    first.reserve()
    first.reserve()
    first.release()
    second = CallBudget(5, state_dir=state_dir, clock=clock)
    second.use_account(ACCOUNT)
    assert second.status.used == 1


def test_files_are_named_by_hash_hold_no_user_name_and_are_pruned(clock: ManualClock, state_dir: Path) -> None:
    budget = CallBudget(5, state_dir=state_dir, clock=clock)
    budget.use_account(ACCOUNT)
    budget.reserve()
    clock.advance(HOUR)
    budget.reserve()  # the first call is out of the window by now, so it is dropped from the file

    expected_name = hashlib.sha256(ACCOUNT.encode()).hexdigest() + ".json"
    assert account_file_name(ACCOUNT) == expected_name
    assert [p.name for p in state_dir.iterdir()] == [expected_name]  # and no temporary file left behind
    text = (state_dir / expected_name).read_text(encoding="utf-8")
    assert "alice" not in text
    assert json.loads(text)["calls"] == [clock.now]


def test_accounts_have_separate_counts(clock: ManualClock, state_dir: Path) -> None:
    budget = CallBudget(2, state_dir=state_dir, clock=clock)
    budget.use_account(ACCOUNT)
    budget.reserve()
    budget.reserve()
    budget.use_account(OTHER_ACCOUNT)
    assert budget.status.used == 0
    budget.reserve()
    budget.use_account(ACCOUNT)
    assert budget.status.used == 2

    restarted = CallBudget(2, state_dir=state_dir, clock=clock)
    restarted.use_account(OTHER_ACCOUNT)
    assert restarted.status.used == 1
    assert len(list(state_dir.iterdir())) == 2


def test_the_anonymous_account_is_counted_in_memory_only(clock: ManualClock, state_dir: Path) -> None:
    budget = CallBudget(5, state_dir=state_dir, clock=clock)
    budget.reserve()
    budget.use_account(ACCOUNT)
    assert budget.status.used == 0
    budget.use_account(None)  # back to anonymous (e.g. after sign-out): its count was kept
    assert budget.status.used == 1
    assert not state_dir.exists()


def test_calls_in_the_same_clock_tick_all_survive_a_restart(clock: ManualClock, state_dir: Path) -> None:
    # A coarse clock (or server figures adopted as calls made "now") gives several calls one timestamp.
    first = CallBudget(5, state_dir=state_dir, clock=clock)
    first.use_account(ACCOUNT)
    for _ in range(3):
        first.reserve()
    first.use_account(OTHER_ACCOUNT)
    first.use_account(ACCOUNT)  # memory and disk both hold the three calls: they count three times, not six
    assert first.status.used == 3
    second = CallBudget(5, state_dir=state_dir, clock=clock)
    second.use_account(ACCOUNT)
    assert second.status.used == 3


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b"[1, 2]", b'{"calls": "many"}', b'{"calls": [1, "two"]}', b'{"calls": [true]}',
     b"\xff\xfe\x00garbage"],
    ids=["truncated", "empty", "not-an-object", "calls-not-a-list", "string-stamp", "bool-stamp", "binary"],
)
def test_a_corrupt_file_starts_a_fresh_count_with_a_warning(
    clock: ManualClock, state_dir: Path, caplog: pytest.LogCaptureFixture, content: bytes
) -> None:
    state_dir.mkdir()
    (state_dir / account_file_name(ACCOUNT)).write_bytes(content)
    budget = CallBudget(5, state_dir=state_dir, clock=clock)
    with caplog.at_level(logging.WARNING, logger="facestation.api.budget"):
        budget.use_account(ACCOUNT)
    assert budget.status.used == 0
    assert len(budget_records(caplog, logging.WARNING)) == 1
    # The next call replaces the corrupt file with a good one.
    budget.reserve()
    restarted = CallBudget(5, state_dir=state_dir, clock=clock)
    restarted.use_account(ACCOUNT)
    assert restarted.status.used == 1


def test_an_unreadable_file_starts_a_fresh_count_with_a_warning(
    clock: ManualClock, state_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A directory where the file should be: reading it fails even as root.
    (state_dir / account_file_name(ACCOUNT)).mkdir(parents=True)
    budget = CallBudget(5, state_dir=state_dir, clock=clock)
    with caplog.at_level(logging.WARNING, logger="facestation.api.budget"):
        budget.use_account(ACCOUNT)
        assert budget.reserve().used == 1  # and saving over it fails too: counted in memory
    assert budget.status.used == 1
    assert len(budget_records(caplog, logging.WARNING)) == 2  # one for the read, one for the write


def test_an_unwritable_state_dir_keeps_counting_in_memory_with_one_warning(
    clock: ManualClock, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Tests run as root, where chmod 0o500 does not stop writes: a file where the directory should be does.
    not_a_dir = tmp_path / "call-budget"
    not_a_dir.write_text("I am a file", encoding="utf-8")
    budget = CallBudget(3, state_dir=not_a_dir, clock=clock)
    with caplog.at_level(logging.WARNING, logger="facestation.api.budget"):
        budget.use_account(ACCOUNT)
        for _ in range(3):
            budget.reserve()
        with pytest.raises(RateLimitError):
            budget.reserve()
        budget.release()
    assert budget.status.used == 2
    warnings = budget_records(caplog, logging.WARNING)
    assert len(warnings) == 1
    assert "memory" in warnings[0].getMessage()
    assert not_a_dir.read_text(encoding="utf-8") == "I am a file"


def test_switching_back_keeps_the_in_memory_count_when_the_disk_fails(clock: ManualClock, tmp_path: Path) -> None:
    not_a_dir = tmp_path / "call-budget"
    not_a_dir.write_text("", encoding="utf-8")
    budget = CallBudget(3, state_dir=not_a_dir, clock=clock)
    budget.use_account(ACCOUNT)
    budget.reserve()
    budget.use_account(OTHER_ACCOUNT)
    budget.use_account(ACCOUNT)
    assert budget.status.used == 1


def test_the_default_state_dir_is_the_platform_state_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                         clock: ManualClock) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    budget = CallBudget(5, clock=clock)
    budget.use_account(ACCOUNT)
    budget.reserve()
    saved = list(tmp_path.rglob("*.json"))
    assert len(saved) == 1
    assert saved[0].parent.name == "call-budget"
    assert saved[0].parent.parent.name == "FaceStation"


# --- the server's own figures ----------------------------------------------------------------------------------


def test_server_remaining_below_ours_counts_the_difference_as_used(clock: ManualClock) -> None:
    budget = CallBudget(10, clock=clock)
    budget.reserve()
    budget.observe_server(limit=10, remaining=4)  # the server saw 6 calls (another station of the same user)
    assert budget.status == BudgetStatus(limit=10, used=6, remaining=4, retry_after=0.0)
    budget.observe_server(limit=None, remaining=0)
    status = budget.status
    assert (status.used, status.remaining, status.retry_after) == (10, 0, HOUR)
    with pytest.raises(RateLimitError):
        budget.reserve()


def test_server_remaining_above_ours_forgets_our_oldest_calls(clock: ManualClock) -> None:
    budget = CallBudget(10, clock=clock)
    budget.reserve()  # t0: forgotten
    clock.advance(100)
    budget.reserve()  # t0 + 100: kept
    budget.observe_server(limit=10, remaining=9)  # e.g. the local service restarted with a fresh count
    assert budget.status.used == 1
    clock.advance(HOUR - 100)  # t0 + HOUR: had the oldest been kept, it would leave now
    assert budget.status.used == 1
    clock.advance(100)
    assert budget.status.used == 0


def test_a_server_limit_replaces_ours(clock: ManualClock) -> None:
    budget = CallBudget(clock=clock)
    budget.reserve()
    budget.observe_server(limit=2, remaining=1)
    assert budget.status == BudgetStatus(limit=2, used=1, remaining=1, retry_after=0.0)
    budget.reserve()
    with pytest.raises(RateLimitError):
        budget.reserve()
    budget.observe_server(limit=5, remaining=None)
    assert budget.status == BudgetStatus(limit=5, used=2, remaining=3, retry_after=0.0)


def test_missing_or_absurd_server_figures_change_nothing(clock: ManualClock) -> None:
    budget = CallBudget(10, clock=clock)
    budget.reserve()
    seen: list[BudgetStatus] = []
    budget.add_listener(seen.append)
    budget.observe_server(None, None)
    budget.observe_server(limit=0, remaining=-3)
    budget.observe_server(limit=10, remaining=9)  # agrees with our count
    assert budget.status == BudgetStatus(limit=10, used=1, remaining=9, retry_after=0.0)
    assert seen == []  # no change, no notification


def test_server_remaining_above_its_limit_means_nothing_used(clock: ManualClock) -> None:
    budget = CallBudget(10, clock=clock)
    budget.reserve()
    budget.observe_server(limit=10, remaining=50)
    assert budget.status.used == 0


def test_figures_adopted_from_the_server_are_saved(clock: ManualClock, state_dir: Path) -> None:
    budget = CallBudget(10, state_dir=state_dir, clock=clock)
    budget.use_account(ACCOUNT)
    budget.reserve()
    budget.observe_server(limit=10, remaining=7)
    restarted = CallBudget(10, state_dir=state_dir, clock=clock)
    restarted.use_account(ACCOUNT)
    assert restarted.status.used == 3


# --- listeners -------------------------------------------------------------------------------------------------


def test_listeners_hear_every_change_until_they_unsubscribe(clock: ManualClock, state_dir: Path) -> None:
    budget = CallBudget(3, state_dir=state_dir, clock=clock)
    seen: list[BudgetStatus] = []
    unsubscribe = budget.add_listener(seen.append)
    budget.reserve()
    budget.reserve()
    budget.release()
    budget.observe_server(limit=3, remaining=0)
    with pytest.raises(RateLimitError):
        budget.reserve()  # refused: nothing changed, nothing to hear
    budget.use_account(ACCOUNT)
    assert [s.used for s in seen] == [1, 2, 1, 3, 0]
    assert seen[3] == BudgetStatus(limit=3, used=3, remaining=0, retry_after=HOUR)

    unsubscribe()
    unsubscribe()  # twice is harmless
    budget.reserve()
    assert len(seen) == 5


def test_a_failing_listener_is_logged_and_does_not_break_the_budget(
    clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    budget = CallBudget(3, clock=clock)

    def broken(status: BudgetStatus) -> None:
        raise RuntimeError("widget already deleted")

    seen: list[BudgetStatus] = []
    budget.add_listener(broken)
    budget.add_listener(seen.append)
    with caplog.at_level(logging.ERROR, logger="facestation.api.budget"):
        assert budget.reserve().used == 1
        budget.release()
    assert [s.used for s in seen] == [1, 0]
    errors = budget_records(caplog, logging.ERROR)
    assert len(errors) == 2
    assert errors[0].exc_info is not None and isinstance(errors[0].exc_info[1], RuntimeError)
    assert budget.status.used == 0


def test_a_listener_may_read_the_budget(clock: ManualClock) -> None:
    budget = CallBudget(3, clock=clock)
    read: list[BudgetStatus] = []
    budget.add_listener(lambda _status: read.append(budget.status))
    budget.reserve()
    assert read == [BudgetStatus(limit=3, used=1, remaining=2, retry_after=0.0)]


# --- threads ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("persisted", [False, True], ids=["memory", "disk"])
def test_concurrent_reservations_never_exceed_the_limit(clock: ManualClock, state_dir: Path, persisted: bool) -> None:
    limit, threads_count, attempts = 50, 8, 20
    budget = CallBudget(limit, state_dir=state_dir, clock=clock)
    if persisted:
        budget.use_account(ACCOUNT)
    heard: list[BudgetStatus] = []
    budget.add_listener(heard.append)  # list.append is atomic: the listener itself needs no lock
    granted: list[BudgetStatus] = []
    refused = 0
    tally = threading.Lock()
    start = threading.Barrier(threads_count)

    def worker() -> None:
        nonlocal refused
        start.wait()
        for _ in range(attempts):
            try:
                status = budget.reserve()
            except RateLimitError:
                with tally:
                    refused += 1
            else:
                with tally:
                    granted.append(status)
            _ = budget.status  # readers interleave with writers, as the GUI would

    workers = [threading.Thread(target=worker) for _ in range(threads_count)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in workers)

    assert len(granted) == limit
    assert refused == threads_count * attempts - limit
    # Each granted call saw a distinct count: no two reservations raced for the same slot.
    assert sorted(s.used for s in granted) == list(range(1, limit + 1))
    assert budget.status == BudgetStatus(limit=limit, used=limit, remaining=0, retry_after=HOUR)
    assert len(heard) == limit  # one notification per granted call, none for a refusal
    if persisted:
        restarted = CallBudget(limit, state_dir=state_dir, clock=clock)
        restarted.use_account(ACCOUNT)
        assert restarted.status.used == limit

