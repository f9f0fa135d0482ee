"""Writes the operator's actions to the activity log (`audit.AuditLog`) off the caller's thread.

Each entry is a synced disk write, so entries go to one writer thread: they keep the order of the actions, never
make the GUI wait, and `close()` waits for the last ones. Identifiers only: never a name, a number or an image
(the log refuses them). A refused or failed entry never loses the operator's work: it is logged loudly instead.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from facestation.station.core.audit import AuditError, AuditLog

logger = logging.getLogger(__name__)

__all__ = ["ActivityWriter"]


class ActivityWriter:
    """`log(action, ...)` queues an entry as `operator()` (the signed-in operator at the time of the call)."""

    def __init__(self, audit: Callable[[], AuditLog | None], operator: Callable[[], str | None]) -> None:
        self._audit = audit
        self._operator = operator
        self._writer: concurrent.futures.ThreadPoolExecutor | None = None

    def log(self, action: str, *, record_ids: Sequence[str] = (), list_ids: Sequence[str] = (),
            details: Mapping[str, Any] | None = None) -> concurrent.futures.Future[None] | None:
        """Queue one entry; returns its future (tests wait on it), or None when there is no activity log."""
        audit = self._audit()
        if audit is None:
            return None
        operator = self._operator()
        ids = [identifier for identifier in record_ids if identifier]
        lists = [identifier for identifier in list_ids if identifier]

        def append() -> None:
            try:
                audit.append(action, operator=operator, record_ids=ids, list_ids=lists, details=details)
            except AuditError:
                # A programming mistake (an unknown action, a personal detail): make it loud in the log.
                logger.exception("Activity log entry %r refused", action)
            except Exception:
                logger.exception("Activity log entry %r could not be written", action)

        if self._writer is None:
            self._writer = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="facestation-audit")
        return self._writer.submit(append)

    def flush(self) -> None:
        """Wait for the entries still being written (a few ms); later `log` calls start a new writer."""
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.shutdown(wait=True)
