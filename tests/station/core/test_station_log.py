"""The station's log file is private to the OS account (it names operators and record numbers): its folder
0700, the file 0600, also one an older version left open and the new file after a rollover."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from facestation.station.core.station_log import setup_logging, teardown_logging
from tests.support.modes import mode_of

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows keeps files private with ACLs, not mode bits")



def test_the_station_log_is_private_even_when_an_older_one_was_not(tmp_path: Path) -> None:
    folder = tmp_path / "log"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)  # as an older version left them, under the usual umask 022
    (folder / "station.log").touch()
    (folder / "station.log").chmod(0o644)
    path = setup_logging(folder)
    try:
        assert mode_of(folder) == 0o700 and mode_of(path) == 0o600
    finally:
        teardown_logging()


@pytest.mark.usefixtures("usual_umask")  # a plain open would make 0644
def test_the_station_log_after_a_rollover_is_private_too(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "log")
    try:
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path))
        handler.doRollover()
        logging.getLogger("facestation.test").warning("after the rollover")
        assert mode_of(path) == 0o600 and mode_of(path.with_name(path.name + ".1")) == 0o600
    finally:
        teardown_logging()
