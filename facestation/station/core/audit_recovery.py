"""Opening the station's activity log at start (no Qt): a damaged log is set aside and a new one starts; a log
that cannot be opened right now is left alone and the station runs without one.

    opened = open_activity_log(path)     # never raises
    opened.log          # the AuditLog, or None when it cannot be opened right now
    opened.kept         # where a damaged log was set aside (with its -wal and -shm), or None
    opened.unavailable  # why there is no log ("" when there is one), for the administrator

Only real damage (SQLite: malformed, not a database) moves the file: a lock, a missing permission, a full disk
or a failing disk pass or can be fixed, and setting an intact log aside for them would split the hash chain
across two files for nothing. Without a log the station keeps working and says so: stopping the desk over an
audit trail it cannot write would be worse than a gap the administrator is told about.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from facestation.files import set_aside
from facestation.station.core.audit import (
    AuditDamagedError,
    AuditLog,
    AuditUnavailableError,
    default_audit_path,
)

__all__ = ["OpenedActivityLog", "open_activity_log"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedActivityLog:
    log: AuditLog | None
    kept: Path | None = None
    unavailable: str = ""


def open_activity_log(path: Path | None) -> OpenedActivityLog:
    """The activity log at `path` (None: the per-user default); see the module documentation."""
    target = path if path is not None else default_audit_path()
    try:
        return OpenedActivityLog(AuditLog(target))
    except AuditUnavailableError as error:
        logger.error("%s The station runs without an activity log until it is restarted.", error)
        return OpenedActivityLog(None, unavailable=str(error))
    except AuditDamagedError as error:
        damage = error
    try:
        kept = set_aside(target)
    except OSError as error:  # the damaged file cannot be moved: leave it, run without a log
        logger.error("%s It could not be set aside (%s).", damage, error)
        return OpenedActivityLog(None, unavailable=f"{damage} It could not be set aside ({error}).")
    logger.error("%s; set aside with its -wal and -shm as %s", damage, kept)
    try:
        return OpenedActivityLog(AuditLog(target), kept)
    except (AuditUnavailableError, AuditDamagedError) as error:
        logger.error("%s A new activity log could not be started either.", error)
        return OpenedActivityLog(None, kept, unavailable=str(error))
