"""A service process killed under load: the clients carry on through the other process of the same service, and
no enrolment is lost or made twice.

Two real `facestation serve` processes on one PostgreSQL database; four "stations" (FaceCheckClients with both
addresses, two starting on each process) enrol people with member numbers and identify them, all at once. One
process is SIGKILLed in the middle: whatever it had in flight is rolled back by PostgreSQL, and the clients fail
over (a create that may have landed is looked up by its member number before it is sent again).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from facestation.api import FaceCheckClient, ResultCode, RetryPolicy
from facestation.cli import main
from facestation.vision.faces import BGRImage
from tests.support.postgres import Cluster
from tests.support.processes import child_pids
from tests.support.serve import ServeProcess, start_serve

pytestmark = pytest.mark.slow

STATIONS = 4
PEOPLE_PER_STATION = 8
KILL_AFTER = 10  # operations done (of 2 x 32) before the first process is killed


@pytest.fixture()
def pair(postgres_cluster: Cluster, tmp_path: Path) -> Iterator[tuple[str, list[ServeProcess]]]:
    database = postgres_cluster.create_database("failover")
    assert main(["admin", "--database", database, "create-client", "--client-id", "desk",
                 "--client-secret", "desk-secret"]) == 0
    assert main(["admin", "--database", database, "create-user", "--client-id", "desk", "--username", "op",
                 "--password", "op-pw"]) == 0
    processes = [start_serve(database, tmp_path / f"data-{name}", tmp_path / f"{name}.log") for name in "ab"]
    try:
        for process in processes:
            process.wait_until_healthy()
        yield database, processes
    finally:
        for process in processes:
            process.stop()


def test_a_process_killed_under_load_loses_and_duplicates_nothing(
    pair: tuple[str, list[ServeProcess]], grace_hopper: BGRImage
) -> None:
    _database, (doomed, survivor) = pair
    done = 0
    killed = asyncio.Event()

    workers = child_pids(doomed.process.pid)
    assert workers, "the service process has no recognition workers"

    def progress() -> None:
        nonlocal done
        done += 1
        if done == KILL_AFTER:
            doomed.process.kill()  # SIGKILL: no graceful shutdown, requests in flight are cut off
            killed.set()

    async def station(number: int) -> list[tuple[str, str]]:
        first, second = (doomed, survivor) if number % 2 == 0 else (survivor, doomed)
        enrolled = []
        async with FaceCheckClient(first.base_url, "desk", "desk-secret", failover_urls=[second.base_url],
                                   retry=RetryPolicy(attempts=4, base_delay=0.05, max_delay=0.2)) as client:
            await client.login("op", "op-pw")
            for person in range(PEOPLE_PER_STATION):
                member = f"S{number}-{person}"
                record_id = await client.records.create(face_image=grace_hopper, name=f"Person {member}",
                                                        surname1="Test", external_identifier=member)
                progress()
                result = await client.recognition.identify_record(face_image=grace_hopper, record_id=record_id)
                assert result.result is ResultCode.OK
                progress()
                enrolled.append((member, record_id))
        return enrolled

    async def scenario() -> tuple[list[tuple[str, str]], dict[str | None, str]]:
        results = await asyncio.gather(*(station(number) for number in range(STATIONS)))
        async with FaceCheckClient(survivor.base_url, "desk", "desk-secret") as client:
            await client.login("op", "op-pw")
            page = await client.records.search("", limit=200)
        stored = {summary.external_identifier: summary.identifier for summary in page.records}
        assert page.total == len(stored)
        return [item for result in results for item in result], stored

    enrolled, stored = asyncio.run(scenario())
    assert killed.is_set() and doomed.process.wait(timeout=30) == -9
    # Every member number exactly once, and it is the record its station was told about.
    assert len(enrolled) == STATIONS * PEOPLE_PER_STATION
    assert stored == dict(enrolled)
    assert "Traceback" not in survivor.log.read_text()
    # Its recognition workers do not outlive it (orphans would keep their models in memory).
    deadline = time.monotonic() + 30
    while alive := [pid for pid in workers if Path(f"/proc/{pid}").exists()]:
        assert time.monotonic() < deadline, f"workers {alive} outlived their killed service"
        time.sleep(0.2)

