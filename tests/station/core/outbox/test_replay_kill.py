"""A station killed with SIGKILL in the middle of a replay delivers everything exactly once after a restart.

The replay runs in a child Python process against the shared service; the parent kills it after a random
number of sent enrolments (plus a random moment, so the kill lands anywhere: during a create, between the
create and marking it done, ...), starts a new child on the same queue file, and counts the records on the
server: every external identifier once, and no other record with the test's surname.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from facestation.api import errors
from facestation.station.core.outbox import Outbox
from facestation.vision.faces import BGRImage
from tests.station.core.outbox.support import jpeg, signed_in_client, unique

REPO = Path(__file__).resolve().parents[4]
ENROLMENTS = 30
SEED = 16  # the kill points are random but repeatable: a failure can be run again as it was

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def start_child(settings: dict[str, str]) -> subprocess.Popen[str]:
    environment = os.environ | {"FACESTATION_REPLAY_CHILD": json.dumps(settings),
                                "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, "-m", "tests.station.core.outbox.replay_child"], cwd=REPO,
                            env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_kill_9_mid_replay_then_restart_delivers_each_enrolment_exactly_once(
        shared_service: dict[str, Any], run_coro: Callable[..., Any], compliant_portrait: BGRImage,
        tmp_path: Path) -> None:
    key = os.urandom(32)
    queue = tmp_path / "queue.sqlite3"
    surname = unique("Killed")
    face = jpeg(compliant_portrait)
    with Outbox(queue, key) as outbox:
        identifiers = [outbox.enqueue("create_record", {"face_image": face, "name": f"Person {n}",
                                                        "surname1": surname,
                                                        "external_identifier": unique(f"FS-K{n:02d}-")})
                       .payload["external_identifier"] for n in range(ENROLMENTS)]
    settings = {"queue": str(queue), "key": key.hex(), "base_url": shared_service["base_url"],
                "client_id": shared_service["client_id"], "client_secret": shared_service["client_secret"],
                "username": shared_service["username"], "password": shared_service["password"],
                "catalogue": str(tmp_path / "catalogue.json")}

    chance = random.Random(SEED)
    kills = 0
    for _ in range(2):  # kill it twice, at different points
        child = start_child(settings)
        assert child.stdout is not None
        sent_before_kill = chance.randint(3, 8)
        seen = 0
        for line in child.stdout:
            if line.startswith("pending"):
                seen += 1
                if seen >= sent_before_kill:
                    break
        time.sleep(chance.uniform(0.0, 0.3))  # a moment somewhere inside the next item: where the kill lands
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            kills += 1
        child.wait(timeout=30)
        child.stdout.close()
        assert child.stderr is not None
        child.stderr.close()
    assert kills == 2
    with Outbox(queue, key) as outbox:
        left = outbox.counts()
    assert 0 < left.pending < ENROLMENTS and left.attention == 0

    child = start_child(settings)
    out, err = child.communicate(timeout=240)
    assert child.returncode == 0, err[-3000:]
    assert out.strip().splitlines()[-1] == f"report {left.pending} 0 0"

    with Outbox(queue, key) as outbox:
        assert outbox.counts().total == 0

    async def count() -> tuple[int, list[str]]:
        client = await signed_in_client(shared_service["base_url"], shared_service)
        async with client:
            found = []
            for identifier in identifiers:
                try:
                    found.append((await client.records.get_by_external_id(identifier)).external_identifier)
                except errors.NotFoundError:
                    pass
            return (await client.records.search(surname, limit=500)).total, found

    total, found = run_coro(count(), timeout=60)
    assert found == identifiers  # every enrolment is there...
    assert total == ENROLMENTS  # ...once: no record with this surname beyond them
