"""Clients, users, logins, refresh tokens, the sliding-hour call count and credits."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from facestation.store import Store, open_data_dir_store, open_store
from facestation.store.accounts import TenantContents
from facestation.store.errors import AlreadyExistsError, NotFoundError
from tests.store.conftest import record_values


@pytest.fixture()
def user_id(store: Store) -> int:
    store.accounts.create_client("acme", "secret-hash", 0.0)
    store.accounts.create_user("acme", "ann", "password-hash", 0.0)
    user = store.accounts.find_user("acme", "ann")
    assert user is not None
    return user.id


def test_clients_and_users_are_created_listed_and_deleted(store: Store, user_id: int) -> None:
    store.accounts.create_client("other", "h", 0.0)
    store.accounts.create_user("other", "ann", "h2", 0.0)  # same username, other client: allowed
    assert [(c.client_id, c.user_count, c.credits) for c in store.accounts.list_clients()] == [
        ("acme", 1, None), ("other", 1, None)]
    assert [u.username for u in store.accounts.list_users("acme")] == ["ann"]
    assert len(store.accounts.list_users()) == 2
    store.accounts.delete_user("acme", "ann")
    assert store.accounts.get_user(user_id) is None
    with pytest.raises(NotFoundError):
        store.accounts.delete_user("acme", "ann")


def test_duplicates_and_unknown_clients_are_refused(store: Store, user_id: int) -> None:
    with pytest.raises(AlreadyExistsError):
        store.accounts.create_client("acme", "h", 0.0)
    with pytest.raises(AlreadyExistsError):
        store.accounts.create_user("acme", "ann", "h", 0.0)
    with pytest.raises(NotFoundError):
        store.accounts.create_user("nobody", "bob", "h", 0.0)
    with pytest.raises(NotFoundError):
        store.accounts.set_credits("nobody", 3)


def test_failed_logins_lock_the_user_after_the_limit(store: Store, user_id: int) -> None:
    # Each attempt is reserved (counted as a failure) before its password is checked; the third locks.
    reserved = [store.accounts.reserve_login_attempt(user_id, 100.0 + attempt, max_failures=3, lockout_seconds=60)
                for attempt in range(4)]
    assert reserved == [True, True, True, False]  # the fourth meets the lock
    user = store.accounts.get_user(user_id)
    assert user is not None and user.locked_until == pytest.approx(162.0)
    assert user.failed_logins == 0  # the count starts over after a lock-out
    # The lock ends by itself: at 162 the next attempt is reserved again.
    assert store.accounts.reserve_login_attempt(user_id, 162.0, max_failures=3, lockout_seconds=60)
    store.accounts.record_successful_login(user_id)
    user = store.accounts.get_user(user_id)
    assert user is not None and user.locked_until is None and user.failed_logins == 0


def test_a_right_password_clears_the_reserved_attempts(store: Store, user_id: int) -> None:
    for attempt in range(2):
        assert store.accounts.reserve_login_attempt(user_id, 100.0 + attempt, max_failures=3, lockout_seconds=60)
    store.accounts.record_successful_login(user_id)  # the second attempt's password was right
    assert [store.accounts.reserve_login_attempt(user_id, 110.0 + attempt, max_failures=3, lockout_seconds=60)
            for attempt in range(4)] == [True, True, True, False]


def parallel_reservations(store: Store, user_id: int, attempts: int, max_failures: int) -> list[bool]:
    """`attempts` threads reserve a login attempt of one user at the same moment (a barrier releases them)."""
    start = threading.Barrier(attempts)

    def attempt() -> bool:
        start.wait(timeout=60)
        return store.accounts.reserve_login_attempt(user_id, 100.0, max_failures=max_failures, lockout_seconds=300)

    with ThreadPoolExecutor(max_workers=attempts) as pool:
        return list(pool.map(lambda _: attempt(), range(attempts)))


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_parallel_attempts_reserve_at_most_max_failures_before_the_lock(
        request: pytest.FixtureRequest, tmp_path: Path, database: str) -> None:
    """Issue 15 row 9: the lock check and the count are one statement, so parallel guesses cannot all pass."""
    if database == "sqlite":
        opened = open_data_dir_store(tmp_path / "data")
    else:
        cluster = request.getfixturevalue("postgres_cluster")
        opened = open_store(cluster.create_database(f"reservations_{uuid.uuid4().hex[:8]}"))
    try:
        opened.accounts.create_client("acme", "secret-hash", 0.0)
        opened.accounts.create_user("acme", "ann", "password-hash", 0.0)
        user = opened.accounts.find_user("acme", "ann")
        assert user is not None
        reserved = parallel_reservations(opened, user.id, attempts=20, max_failures=5)
        assert reserved.count(True) == 5
        locked = opened.accounts.get_user(user.id)
        assert locked is not None and locked.locked_until == pytest.approx(400.0)
    finally:
        opened.close()


def test_refresh_tokens_expire_and_are_revoked(store: Store, user_id: int) -> None:
    store.accounts.store_refresh_token(user_id, "a" * 64, issued_at=0.0, expires_at=100.0)
    found = store.accounts.find_refresh_token("a" * 64, now=50.0)
    assert found is not None and found.id == user_id
    assert store.accounts.find_refresh_token("a" * 64, now=150.0) is None
    assert store.accounts.find_refresh_token("b" * 64, now=50.0) is None
    assert store.accounts.revoke_tokens("acme", "ann", now=60.0) == 1
    assert store.accounts.find_refresh_token("a" * 64, now=61.0) is None
    user = store.accounts.get_user(user_id)
    assert user is not None and user.tokens_valid_after == 60.0


def test_new_password_ends_sessions(store: Store, user_id: int) -> None:
    store.accounts.store_refresh_token(user_id, "c" * 64, issued_at=0.0, expires_at=1e12)
    store.accounts.set_password("acme", "ann", "new-hash", now=70.0)
    user = store.accounts.get_user(user_id)
    assert user is not None and user.password_hash == "new-hash" and user.tokens_valid_after == 70.0
    assert store.accounts.find_refresh_token("c" * 64, now=71.0) is None


def test_call_count_slides_over_the_hour(store: Store, user_id: int) -> None:
    counts = [store.accounts.count_call(user_id, 1000.0 + i, limit=3) for i in range(4)]
    assert [c.allowed for c in counts] == [True, True, True, False]
    assert [c.remaining for c in counts] == [2, 1, 0, 0]
    assert counts[3].retry_after == pytest.approx(3600 - 3)  # the first call leaves the window then
    # One second after the first call leaves the window, one more call fits, and refused calls did not count.
    late = store.accounts.count_call(user_id, 1000.0 + 3600.5, limit=3)
    assert late.allowed and late.remaining == 0
    assert not store.accounts.count_call(user_id, 1000.0 + 3600.6, limit=3).allowed


def test_credits_are_spent_refunded_and_unlimited_by_default(store: Store, user_id: int) -> None:
    assert all(store.accounts.spend_credit("acme") for _ in range(5))  # unlimited
    store.accounts.set_credits("acme", 1)
    assert store.accounts.spend_credit("acme")
    assert not store.accounts.spend_credit("acme")
    store.accounts.refund_credit("acme")
    assert store.accounts.get_client("acme").credits == 1  # type: ignore[union-attr]
    assert not store.accounts.spend_credit("nobody")


def tenant_rows(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one()  # fixed table names
                for name in ("clients", "users", "refresh_tokens", "api_calls", "face_lists", "face_records",
                             "list_members", "list_changes")}


def populate_tenant(store: Store, client_id: str) -> None:
    store.accounts.create_client(client_id, "secret-hash", 0.0)
    store.accounts.create_user(client_id, "ann", "password-hash", 0.0)
    user = store.accounts.find_user(client_id, "ann")
    assert user is not None
    store.accounts.store_refresh_token(user.id, client_id.ljust(64, "r"), issued_at=0.0, expires_at=1e12)
    store.accounts.count_call(user.id, 1.0, limit=10)
    list_id = store.catalogue.create_list(client_id, "staff", None, 0.0)
    store.catalogue.create_record(client_id, record_values("Ada", seed=1), list_id, 0.0)
    store.catalogue.create_record(client_id, record_values("Bob", seed=2), None, 0.0)


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_delete_client_removes_its_tenant_and_nothing_else(
        request: pytest.FixtureRequest, tmp_path: Path, database: str) -> None:
    if database == "sqlite":
        opened = open_data_dir_store(tmp_path / "data")
    else:
        cluster = request.getfixturevalue("postgres_cluster")
        opened = open_store(cluster.create_database(f"delete_client_{uuid.uuid4().hex[:8]}"))
    try:
        populate_tenant(opened, "gym")
        populate_tenant(opened, "spa")
        assert opened.accounts.tenant_contents("gym") == TenantContents(users=1, records=2, attachments=0, lists=1)
        removed = opened.accounts.delete_client("gym")
        assert removed == TenantContents(users=1, records=2, attachments=0, lists=1)
        assert tenant_rows(opened) == {"clients": 1, "users": 1, "refresh_tokens": 1, "api_calls": 1,
                                       "face_lists": 1, "face_records": 2, "list_members": 1, "list_changes": 1}
        assert opened.accounts.get_client("spa") is not None
        with pytest.raises(NotFoundError):
            opened.accounts.delete_client("gym")
    finally:
        opened.close()


def test_a_delete_client_that_fails_half_way_deletes_nothing(store: Store) -> None:
    populate_tenant(store, "gym")
    before = tenant_rows(store)
    with store.engine.begin() as conn:  # the database refuses the last step: removing the client row
        conn.execute(text("CREATE TRIGGER refuse BEFORE DELETE ON clients BEGIN SELECT RAISE(ABORT, 'refused'); END"))
    with pytest.raises(DBAPIError):
        store.accounts.delete_client("gym")
    assert tenant_rows(store) == before


def test_rotate_client_secret_replaces_the_hash_and_ends_the_sessions(store: Store, user_id: int) -> None:
    store.accounts.store_refresh_token(user_id, "a" * 64, issued_at=0.0, expires_at=1e12)
    assert store.accounts.rotate_client_secret("acme", "new-hash", now=50.0) == 1
    assert store.accounts.get_client("acme").secret_hash == "new-hash"  # type: ignore[union-attr]
    assert store.accounts.find_refresh_token("a" * 64, now=51.0) is None
    assert store.accounts.get_user(user_id).tokens_valid_after == 50.0  # type: ignore[union-attr]
    with pytest.raises(NotFoundError):
        store.accounts.rotate_client_secret("nobody", "h", now=50.0)
