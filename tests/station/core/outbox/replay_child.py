"""A station process that only replays its queue: `python -m tests.station.core.outbox.replay_child`.

The test that kills a station mid-replay runs this in a child process. Settings come as JSON in the
FACESTATION_REPLAY_CHILD environment variable (queue path, key in hex, server, client, operator); it prints
"pending N" after every change of the queue and "report DONE ATTENTION REMAINING" at the end.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from facestation.api import FaceCheckClient
from facestation.station.core.directory import ListDirectory, StationCatalogue
from facestation.station.core.outbox import Outbox, Replayer


async def main() -> int:
    settings = json.loads(os.environ["FACESTATION_REPLAY_CHILD"])
    outbox = Outbox(Path(settings["queue"]), bytes.fromhex(settings["key"]))
    outbox.add_listener(lambda counts: print(f"pending {counts.pending}", flush=True))
    async with FaceCheckClient(settings["base_url"], settings["client_id"], settings["client_secret"]) as client:
        await client.login(settings["username"], settings["password"])
        replayer = Replayer(outbox, client, ListDirectory(client, StationCatalogue(Path(settings["catalogue"]))))
        report = await replayer.replay()
        replayer.close()
    print(f"report {len(report.done)} {len(report.attention)} {report.remaining}", flush=True)
    outbox.close()
    return 0 if report.complete else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
