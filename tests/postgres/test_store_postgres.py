"""The store on PostgreSQL: the same migrations and schema, and exact counting under concurrent writers."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text

from facestation.store import Store, open_store
from facestation.store.catalogue import ListRef, RecordRef
from facestation.store.database import (
    alembic_config,
    create_database_engine,
    database_url,
    migrate,
    retry_on_conflict,
)
from facestation.store.schema import face_lists, metadata
from tests.store.conftest import record_values
from tests.support.postgres import Cluster


@pytest.fixture()
def store(postgres_url: str) -> Iterator[Store]:
    opened = open_store(postgres_url)
    yield opened
    opened.close()


def concurrently(count: int, call: Callable[[int], Any]) -> list[Any]:
    """`call(i)` for i in range(count) from `count` threads released together."""
    start = threading.Barrier(count)

    def run(i: int) -> Any:
        start.wait()
        return call(i)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(run, range(count)))


def test_plain_postgresql_urls_use_psycopg_3() -> None:
    assert database_url("postgresql://u:p@h:5432/d").drivername == "postgresql+psycopg"
    assert database_url("postgres://u:p@h/d").drivername == "postgresql+psycopg"
    assert database_url("postgresql+psycopg://u@h/d").drivername == "postgresql+psycopg"


def test_migrations_build_the_schema_module_on_postgresql(store: Store) -> None:
    assert store.engine.dialect.name == "postgresql"
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []
        head = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    assert head == command.ScriptDirectory.from_config(alembic_config(store.engine)).get_current_head()


def test_downgrade_to_nothing_and_back(postgres_url: str) -> None:
    engine = create_database_engine(postgres_url)
    migrate(engine)
    command.downgrade(alembic_config(engine), "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    migrate(engine)
    assert {"clients", "users", "face_records", "face_lists", "list_members", "service_secrets"} <= set(
        inspect(engine).get_table_names())
    engine.dispose()


def test_processes_starting_together_migrate_once(postgres_url: str) -> None:
    # Processes, as in production (Alembic's environment is process-global, so threads would not do).
    opener = f"from facestation.store import open_store; open_store({postgres_url!r}).close()"
    processes = [subprocess.Popen([sys.executable, "-c", opener], stderr=subprocess.PIPE, text=True)
                 for _ in range(3)]
    problems = [process.communicate(timeout=120)[1] for process in processes]
    # Without the migration lock, all but one fail with "relation ... already exists".
    assert [process.returncode for process in processes] == [0, 0, 0], problems
    engine = create_database_engine(postgres_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    engine.dispose()


def test_search_folds_case_beyond_ascii(store: Store) -> None:
    store.accounts.create_client("t", "hash", 1.0)
    store.catalogue.create_record("t", {**record_values("Diego"), "surname1": "ÁLVAREZ"}, None, 1.0)
    store.catalogue.create_record("t", {**record_values("Ana", seed=2), "surname1": "Pérez"}, None, 1.0)
    assert [r.name for r in store.catalogue.search_records("t", "álvarez", 0, 10).records] == ["Diego"]
    assert [r.name for r in store.catalogue.search_records("t", "PÉREZ", 0, 10).records] == ["Ana"]


def test_credits_are_spent_exactly_once_under_concurrency(store: Store) -> None:
    store.accounts.create_client("t", "hash", 1.0)
    store.accounts.set_credits("t", 5)
    spent = concurrently(12, lambda _i: store.accounts.spend_credit("t"))
    assert spent.count(True) == 5
    assert store.accounts.get_client("t").credits == 0  # type: ignore[union-attr]


def test_rate_limit_counts_exactly_under_concurrency(store: Store) -> None:
    store.accounts.create_client("t", "hash", 1.0)
    store.accounts.create_user("t", "u", "hash", 1.0)
    user = store.accounts.find_user("t", "u")
    assert user is not None
    now = time.time()
    counts = concurrently(12, lambda i: store.accounts.count_call(user.id, now + i / 1000, limit=7))
    assert sum(count.allowed for count in counts) == 7
    assert sorted(count.remaining for count in counts if count.allowed) == list(range(7))


def test_the_first_shared_secret_wins(store: Store) -> None:
    values = concurrently(6, lambda i: store.accounts.shared_secret("key", bytes([i]) * 8, 1.0))
    assert len(set(values)) == 1
    assert store.accounts.shared_secret("key", b"another", 2.0) == values[0]


def test_concurrent_membership_changes_never_collide_and_revisions_have_no_gaps(store: Store) -> None:
    store.accounts.create_client("t", "hash", 1.0)
    list_id = store.catalogue.create_list("t", "members", None, 1.0)
    record_ids = [store.catalogue.create_record("t", record_values(f"P{i}", seed=i), None, 1.0)[0]
                  for i in range(4)]
    # Each record added twice at once: one add wins, the other is a no-op (not a primary-key violation).
    changes = concurrently(8, lambda i: store.catalogue.add_to_list(
        "t", RecordRef(id=record_ids[i % 4]), ListRef(id=list_id), 2.0))
    revisions = sorted(change.revision for batch in changes for change in batch)
    assert revisions == [1, 2, 3, 4]
    face_list, rows = store.catalogue.gallery("t", ListRef(id=list_id))
    assert face_list.revision == 4 and sorted(key for key, _ in rows) == sorted(record_ids)
    with store.engine.connect() as connection:
        assert connection.execute(select(face_lists.c.revision)).scalar_one() == 4


def test_the_store_reconnects_by_itself_after_the_database_restarts(
        store: Store, postgres_cluster: Cluster) -> None:
    store.accounts.create_client("t", "hash", 1.0)
    assert store.accounts.get_client("t") is not None  # a pooled connection now exists
    postgres_cluster.restart()  # every pooled connection is now dead
    assert store.accounts.get_client("t") is not None  # pool_pre_ping replaced it: no error reaches the caller
    store.accounts.set_credits("t", 3)
    assert store.accounts.spend_credit("t") is True


def test_deleting_a_list_while_its_members_move_to_another_never_fails(store: Store) -> None:
    """Moving a record locks the record, then its lists; deleting a list touches its members' rows. Done at the
    same time on the same rows, PostgreSQL may pick one as a deadlock victim: the store runs it again instead of
    failing the request."""
    store.accounts.create_client("t", "hash", 1.0)
    target = store.catalogue.create_list("t", "target", None, 1.0)
    for round_number in range(12):
        doomed = store.catalogue.create_list("t", f"doomed-{round_number}", None, 1.0)
        record_ids = [store.catalogue.create_record("t", record_values(f"R{round_number}-{i}", seed=i), doomed, 1.0)[0]
                      for i in range(6)]
        for record_id in record_ids:
            store.catalogue.add_to_list("t", RecordRef(id=record_id), ListRef(id=target), 1.0)

        def work(i: int) -> None:
            if i == 0:
                store.catalogue.delete_list("t", doomed)
            else:
                for record_id in (record_ids[i - 1], *reversed(record_ids)):
                    store.catalogue.update_record("t", record_id, {"name": f"moved {i}"}, target, 2.0)

        concurrently(4, work)
        assert store.catalogue.get_list("t", ListRef(id=doomed)) is None
        for record_id in record_ids:
            record = store.catalogue.get_record("t", RecordRef(id=record_id))
            assert record is not None and record.face_list_id == target


def test_a_deadlock_victim_is_run_again(store: Store) -> None:
    """Two transactions locking two lists in opposite orders: PostgreSQL aborts one; run again, both succeed."""
    store.accounts.create_client("t", "hash", 1.0)
    lists = [store.catalogue.create_list("t", name, None, 1.0) for name in ("first", "second")]
    both_hold_one = threading.Barrier(2)
    attempts = []

    @retry_on_conflict
    def lock_both(order: int) -> None:
        attempts.append(order)
        with store.engine.begin() as conn:
            for position, list_id in enumerate(lists if order == 0 else reversed(lists)):
                conn.execute(select(face_lists.c.id).where(face_lists.c.id == list_id).with_for_update())
                if position == 0 and len(attempts) <= 2:
                    both_hold_one.wait(timeout=10)  # only the first round: then each holds what the other needs

    concurrently(2, lock_both)
    assert len(attempts) == 3  # the victim ran once more
