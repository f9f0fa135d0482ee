"""The station's side of the offline outbox: opens the queue after sign-in, runs the replay while the operator
works, and tells the screens how many changes wait (`StationEvents.outboxChanged`).

    offline = OfflineQueue(context)
    offline.open()                      # after sign-in: queue, replayer, scheduler (a damaged file: `problem`)
    offline.connection_answered()       # the connection check succeeded: replay now (or open the queue
                                        # whose key the keyring did not give at sign-in)
    await offline.close()               # sign-out, exit: stop replaying, close the file (items stay in it)
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from facestation.station.core.outbox import (
    OpenResult,
    Outbox,
    OutboxCounts,
    Replayer,
    ReplayReport,
    ReplayScheduler,
)
from facestation.station.ui.context import StationContext
from facestation.station.ui.ops import Problem

logger = logging.getLogger(__name__)

# How long to wait before asking a keyring that did not give the queue's key again (connection checks come
# every few seconds; a keyring that is down should not be asked, and retried, that often).
KEY_RETRY_SECONDS = 60.0


class OfflineQueue(QObject):
    """Owns the outbox and its replay for one signed-in session."""

    problem = Signal(str)  # a sentence for the operator (a damaged queue file set aside)
    replayed = Signal(object)  # ReplayReport, after every replay

    def __init__(self, context: StationContext, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.context = context
        self._replayer: Replayer | None = None
        self._remove_listener = None
        self._generation = 0  # a queue opened for an earlier sign-in must not be installed late
        self._clock = clock
        self._opening = False
        self._key_missed_at: float | None = None  # when the keyring last failed to give the key (None: it did)

    @property
    def outbox(self) -> Outbox | None:
        return self.context.outbox

    def open(self) -> None:
        """Open the queue of this server and client (in a worker: keyring and disk), then start replaying."""
        session = self.context.session
        if session.base_url is None or session.config.client_id is None or self.context.outbox is not None \
                or self._opening:
            return
        self._opening = True
        self._generation += 1
        generation = self._generation
        self.context.ops.run_blocking(Outbox.open, session.secrets, None, session.base_url, session.config.client_id,
                                      on_success=lambda opened: self._opened(generation, opened),
                                      on_error=lambda problem: self._open_failed(generation, problem))

    def _open_failed(self, generation: int, problem: Problem) -> None:
        if generation == self._generation:
            self._opening = False  # a later sign-in or retry may open it
        self.context.ops.show_problem(problem)  # as ops shows any failure that has no handler of its own

    def _opened(self, generation: int, opened: OpenResult) -> None:
        if generation != self._generation or self.context.session.client is None:
            if opened.outbox is not None:
                opened.outbox.close()  # signed out meanwhile
            return
        self._opening = False
        if opened.outbox is None:
            self._key_unavailable()
            return
        self._key_missed_at = None
        outbox = opened.outbox
        context = self.context
        context.outbox = outbox
        # Listeners run on the thread that changed the queue; a signal of the GUI thread's QObject is queued.
        self._remove_listener = outbox.add_listener(self._counts_changed)
        self._replayer = Replayer(outbox, context.client, context.directory)
        scheduler = ReplayScheduler(self._replayer, context.session.check_connection, on_report=self._report)
        context.replay = scheduler
        scheduler.start()
        context.ops.run_blocking(outbox.counts, on_success=self._counts_changed, quiet=True)
        if opened.message:
            logger.warning("The outbox file was damaged and set aside")
            self.problem.emit(opened.message)

    def _key_unavailable(self) -> None:
        """The keyring did not give the queue's key: nothing was changed on disk; work online, try later."""
        first = self._key_missed_at is None
        self._key_missed_at = self._clock()
        if first:  # one sentence per outage, not one per retry
            logger.warning("The outbox key cannot be read now; working online until it can")
            self.problem.emit(self.tr(
                "Unsent enrolments are kept safe but cannot be opened until the system keyring answers; until "
                "then changes go straight to the server. Restart the station or sign in again if this stays."))

    def _counts_changed(self, counts: OutboxCounts) -> None:
        self.context.events.outboxChanged.emit(counts.pending, counts.attention)

    def _report(self, report: ReplayReport) -> None:
        if report.done or report.attention:
            logger.info("Outbox replay: %d sent, %d need attention, %d left", len(report.done),
                        len(report.attention), report.remaining)
        self.replayed.emit(report)

    def connection_answered(self) -> None:
        if self.context.replay is not None:
            self.context.replay.poke()
        elif self._key_missed_at is not None and self._clock() - self._key_missed_at >= KEY_RETRY_SECONDS:
            self.open()  # the queue's key was not to be had at sign-in: ask the keyring again

    async def close(self) -> None:
        """Stop replaying and close the file; what is queued stays for the next sign-in."""
        self._generation += 1
        self._opening = False
        self._key_missed_at = None
        context = self.context
        scheduler, context.replay = context.replay, None
        if scheduler is not None:
            await scheduler.stop()
        if self._remove_listener is not None:
            self._remove_listener()
            self._remove_listener = None
        if self._replayer is not None:
            self._replayer.close()
            self._replayer = None
        outbox, context.outbox = context.outbox, None
        if outbox is not None:
            outbox.close()
        context.events.outboxChanged.emit(0, 0)
