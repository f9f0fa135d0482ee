"""OfflineQueue when the system keyring does not give the queue's key at sign-in (issue 15 row 3): the queue is
neither set aside nor given a new key, the operator reads one sentence, the station works online, and the queue
is opened on a later connection check once the keyring answers; what waited in it then reaches the service.
The service is the shared real one; the keyring is a real keyring backend class that fails its reads."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path
from typing import Any

from facestation.station.core.credentials import SecretStore
from facestation.station.core.outbox import (
    SECRET_NAME,
    Outbox,
    OutboxCounts,
    default_outbox_path,
)
from facestation.station.ui.offline import KEY_RETRY_SECONDS, OfflineQueue
from tests.station.keyrings import MemoryKeyring
from tests.station.support import wait_until
from tests.support.clock import ManualClock

STEP_TIMEOUT = 30.0


def test_a_keyring_that_does_not_answer_leaves_the_queue_whole_and_it_opens_later(
        station_context: Any, run_coro: Any, tmp_path: Path) -> None:
    context = station_context
    session = context.session
    memory = MemoryKeyring()
    # The station's secrets in a real keyring backend class (the client is already made and signed in).
    session.secrets = SecretStore(tmp_path / "keyring-secrets", backend=memory, sleep=lambda _seconds: None)
    list_name = f"Kept through a keyring outage {uuid.uuid4().hex[:8]}"
    earlier = Outbox.open(session.secrets, None, session.base_url, session.config.client_id)
    earlier.outbox.enqueue("create_list", {"name": list_name})  # queued in an earlier, offline session
    earlier.outbox.close()
    path = default_outbox_path(session.base_url, session.config.client_id)
    key = memory.entries[("FaceStation", SECRET_NAME)]

    clock = ManualClock()
    offline = OfflineQueue(context, clock=clock)
    problems: list[str] = []
    offline.problem.connect(problems.append)

    memory.failing_reads = 1_000  # the keyring does not answer at sign-in
    offline.open()
    wait_until(lambda: problems, STEP_TIMEOUT)
    assert context.outbox is None  # no queue: the panels send straight to the service meanwhile
    assert problems == [offline.tr(
        "Unsent enrolments are kept safe but cannot be opened until the system keyring answers; until "
        "then changes go straight to the server. Restart the station or sign in again if this stays.")]
    assert sorted(path.parent.glob("*.damaged-*")) == [] and memory.entries[("FaceStation", SECRET_NAME)] == key
    with Outbox(path, base64.b64decode(key)) as untouched:
        assert untouched.counts() == OutboxCounts(1, 0)

    # Connection checks come every few seconds: the keyring is not asked again before KEY_RETRY_SECONDS.
    reads = memory.reads
    offline.connection_answered()
    assert memory.reads == reads and context.outbox is None

    memory.failing_reads = 0  # the keyring answers again
    clock.now += KEY_RETRY_SECONDS
    offline.connection_answered()
    wait_until(lambda: context.outbox is not None, STEP_TIMEOUT)
    assert problems == problems[:1]  # one sentence for the outage, none for the retries
    assert context.outbox.path == path
    assert sorted(path.parent.glob("*.damaged-*")) == [] and memory.entries[("FaceStation", SECRET_NAME)] == key

    # What waited in the queue reaches the service.
    offline.connection_answered()
    wait_until(lambda: context.outbox.counts() == OutboxCounts(0, 0), STEP_TIMEOUT)
    names = [face_list.name for face_list in run_coro(session.client.lists.all())]
    assert names.count(list_name) == 1
    run_coro(offline.close())
