"""connect/token under a flood (issue 15 rows 4 and 9): the argon2 checks run at most `login_hashing_concurrency`
at once, a token request body is small (413 past 8 KB), failed logins are throttled per client address (429 with
Retry-After), and parallel guesses at one user run at most `login_max_failures` checks of the real password.

The real app with its lifespan (store in a temp folder, recognition workers), driven through httpx's ASGI transport
so each test picks the client address of its requests. The argon2 checks are counted (and held, where a test must
see them overlap) through a wrapper around `passwords.verify_secret`, never measured by time.
"""

from __future__ import annotations

import asyncio
import functools
import threading
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from facestation.service import passwords
from facestation.service.app import create_app
from facestation.service.settings import ServiceSettings
from tests.support.clock import ManualClock

ATTACKER = ("203.0.113.5", 40000)
NEIGHBOUR = ("198.51.100.7", 40001)
CLIENT_ID, CLIENT_SECRET, USERNAME, PASSWORD = "acme", "acme-secret", "ann", "ann-password"
WAIT_LIMIT = 60.0  # seconds a test waits for the service to reach a state before it fails saying so


@dataclass
class HashCounter:
    """Wraps `passwords.verify_secret`: counts the checks running now, the most at once, and those against one
    stored hash; `gate` (when set up) holds every check against `held_hash` until the test opens it."""

    real: Callable[[str | None, str], bool]
    held_hash: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)
    gate: threading.Event = field(default_factory=threading.Event)
    running: int = 0
    peak: int = 0
    entered: int = 0
    finished: int = 0
    held_entered: int = 0

    def __post_init__(self) -> None:
        self.gate.set()

    def __call__(self, stored_hash: str | None, secret: str) -> bool:
        held = self.held_hash is not None and stored_hash == self.held_hash
        with self.lock:
            self.running += 1
            self.entered += 1
            self.held_entered += held
            self.peak = max(self.peak, self.running)
        try:
            if held or self.held_hash is None:
                assert self.gate.wait(WAIT_LIMIT), "the test never opened the gate"
            return self.real(stored_hash, secret)
        finally:
            with self.lock:
                self.running -= 1
                self.finished += 1


@pytest.fixture()
def counter(monkeypatch: pytest.MonkeyPatch) -> HashCounter:
    wrapper = HashCounter(real=passwords.verify_secret)
    monkeypatch.setattr(passwords, "verify_secret", wrapper)
    return wrapper


@asynccontextmanager
async def running_app(tmp_path: Path, clock: Callable[[], float] | None = None, **overrides: Any
                      ) -> AsyncIterator[FastAPI]:
    """The service app with its lifespan running, and one client with one user in its store."""
    settings = ServiceSettings(data_dir=tmp_path / "data", engine_workers=1, warm_up_from=None, **overrides)
    app = create_app(settings, clock=clock)
    async with app.router.lifespan_context(app):
        accounts = app.state.services.store.accounts
        now = time.time() if clock is None else clock()
        accounts.create_client(CLIENT_ID, passwords.hash_secret(CLIENT_SECRET), now)
        accounts.create_user(CLIENT_ID, USERNAME, passwords.hash_secret(PASSWORD), now)
        yield app


def http_from(app: FastAPI, address: tuple[str, int]) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=address), base_url="http://service/api",
                             timeout=WAIT_LIMIT)


def login_form(password: str = PASSWORD) -> dict[str, str]:
    return {"grant_type": "password", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
            "username": USERNAME, "password": password}


async def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_LIMIT
    while not condition():
        assert time.monotonic() < deadline, f"the service never reached this state: {what}"
        await asyncio.sleep(0.01)  # lets the requests under test run; the condition decides, not the time


def waiting_for_a_slot(app: FastAPI) -> int:
    guard = getattr(app.state, "login_guard", None)
    return 0 if guard is None else guard.hashing.waiting


def in_event_loop(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Runs an async test in a fresh event loop (the suite has no async plugin, as tests/api's `run`)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


@in_event_loop
async def test_concurrent_wrong_logins_never_run_more_argon2_checks_than_the_bound(
        tmp_path: Path, counter: HashCounter) -> None:
    bound, logins = 2, 8
    counter.gate.clear()  # every check waits until the test has seen how many got in at once
    async with running_app(tmp_path, login_hashing_concurrency=bound, login_address_max_failures=0) as app, \
            http_from(app, ATTACKER) as http:
        flood = [asyncio.create_task(http.post("/connect/token", data=login_form(f"guess-{n}")))
                 for n in range(logins)]
        # Either more checks than the bound got in (the flaw), or the bound's number run and the rest wait.
        await wait_for(lambda: counter.running > bound
                       or (counter.running == bound and waiting_for_a_slot(app) == logins - bound),
                       "checks held at the gate")
        counter.gate.set()
        answers = await asyncio.gather(*flood)
    assert [a.status_code for a in answers] == [400] * logins
    assert {a.json()["error"] for a in answers} == {"Invalid credentials"}
    assert counter.peak == bound
    assert counter.entered == 2 * logins  # the client secret and the password of each login: nothing skipped


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
@in_event_loop
async def test_a_large_token_request_is_413_before_it_is_parsed(
        tmp_path: Path, counter: HashCounter, chunked: bool) -> None:
    body = ("grant_type=password&client_id=acme&client_secret=acme-secret&username=ann&password="
            + "x" * (100 * 1024)).encode()

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 4096):
            yield body[start:start + 4096]

    async with running_app(tmp_path) as app, http_from(app, ATTACKER) as http:
        headers = {"content-type": "application/x-www-form-urlencoded"}
        response = await http.post("/connect/token", content=chunks() if chunked else body, headers=headers)
        small = await http.post("/connect/token", data=login_form())
    assert response.status_code == 413, response.text
    answer = response.json()
    assert answer["error"] == "Request body too large" and answer["code"] == "RequestTooLarge"
    assert "8 KB" in answer["description"]
    assert counter.entered == 2  # only the small login's checks: the large one never reached argon2
    assert small.status_code == 200, small.text


@in_event_loop
async def test_failed_logins_from_one_address_are_throttled_while_another_address_signs_in(
        tmp_path: Path, counter: HashCounter) -> None:
    clock = ManualClock()
    limit, window = 3, 60.0
    async with running_app(tmp_path, clock=clock, login_address_max_failures=limit,
                           login_address_window_seconds=window) as app, \
            http_from(app, ATTACKER) as attacker, http_from(app, NEIGHBOUR) as neighbour:
        for attempt in range(limit):
            clock.now += 1
            wrong = await attacker.post("/connect/token", data=login_form(f"guess-{attempt}"))
            assert wrong.status_code == 400, wrong.text
        checks_before = counter.entered
        throttled = await attacker.post("/connect/token", data=login_form())  # even the right password
        neighbour_login = await neighbour.post("/connect/token", data=login_form())
        checks_after = counter.entered
        clock.now += window  # the first failures leave the window
        later = await attacker.post("/connect/token", data=login_form())
    assert throttled.status_code == 429, throttled.text
    assert throttled.json()["error"] == "Too many failed logins"
    assert throttled.json()["code"] == "LoginThrottled" and throttled.json()["description"]
    # Until the oldest of the 3 failures (at +1 s) leaves the 60 s window; the throttled call was at +3 s.
    assert throttled.headers["retry-after"] == "58"
    assert checks_after == checks_before + 2  # the throttled login ran no argon2 check; the neighbour's 2
    assert neighbour_login.status_code == 200, neighbour_login.text
    assert later.status_code == 200, later.text


@in_event_loop
async def test_parallel_guesses_at_one_user_check_the_password_at_most_max_failures_times(
        tmp_path: Path, counter: HashCounter) -> None:
    guesses, max_failures = 20, 5
    async with running_app(tmp_path, login_hashing_concurrency=guesses, login_address_max_failures=0,
                           login_max_failures=max_failures) as app, http_from(app, ATTACKER) as http:
        user = app.state.services.store.accounts.find_user(CLIENT_ID, USERNAME)
        counter.held_hash = user.password_hash
        counter.gate.clear()  # checks of the real password wait; every other check runs
        flood = [asyncio.create_task(http.post("/connect/token", data=login_form(f"guess-{n}")))
                 for n in range(guesses)]
        # Either more guesses than the limit reached the real password (the flaw), or the limit's number did
        # and every other guess has been answered already.
        await wait_for(lambda: counter.held_entered > max_failures
                       or (counter.held_entered == max_failures and sum(task.done() for task in flood)
                           == guesses - max_failures), "guesses held at the gate")
        counter.gate.set()
        answers = await asyncio.gather(*flood)
        locked = app.state.services.store.accounts.find_user(CLIENT_ID, USERNAME)
    assert [a.status_code for a in answers] == [400] * guesses
    assert {a.json()["error"] for a in answers} == {"Invalid credentials"}  # locked and wrong look the same
    assert counter.held_entered == max_failures
    assert locked is not None and locked.locked_until is not None


@in_event_loop
async def test_logins_waiting_for_a_check_are_throttled_once_their_address_has_failed_enough(
        tmp_path: Path, counter: HashCounter) -> None:
    """A flood arrives all at once, before any failure is counted; those still waiting for their turn when the
    address reaches the limit are answered 429 without an argon2 check (one check at a time here)."""
    limit, logins = 3, 8
    async with running_app(tmp_path, login_hashing_concurrency=1, login_address_max_failures=limit) as app, \
            http_from(app, ATTACKER) as http:
        user = app.state.services.store.accounts.find_user(CLIENT_ID, USERNAME)
        counter.held_hash = user.password_hash  # counted only: the gate stays open
        answers = await asyncio.gather(*(http.post("/connect/token", data=login_form(f"guess-{n}"))
                                         for n in range(logins)))
        user_after = app.state.services.store.accounts.find_user(CLIENT_ID, USERNAME)
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [400] * limit + [429] * (logins - limit)
    assert counter.held_entered == limit  # the password was checked only for the logins answered 400
    assert user_after is not None and user_after.failed_logins == limit  # throttled logins did not count
