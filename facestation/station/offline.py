"""The station's side of the offline outbox: opens the queue after sign-in, runs the replay while the operator
works, and tells the screens how many changes wait (`StationEvents.outboxChanged`).

    offline = OfflineQueue(context)
    offline.open()                      # after sign-in: queue, replayer, scheduler (a damaged file: `problem`)
    offline.connection_answered()       # the connection check succeeded: replay now
    await offline.close()               # sign-out, exit: stop replaying, close the file (items stay in it)
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from facestation.station.outbox import OpenResult, Outbox, OutboxCounts, Replayer, ReplayReport, ReplayScheduler
from facestation.station.panels.base import StationContext

logger = logging.getLogger(__name__)


class OfflineQueue(QObject):
    """Owns the outbox and its replay for one signed-in session."""

    problem = Signal(str)  # a sentence for the operator (a damaged queue file set aside)
    replayed = Signal(object)  # ReplayReport, after every replay

    def __init__(self, context: StationContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._replayer: Replayer | None = None
        self._remove_listener = None
        self._generation = 0  # a queue opened for an earlier sign-in must not be installed late

    @property
    def outbox(self) -> Outbox | None:
        return self.context.outbox

    def open(self) -> None:
        """Open the queue of this server and client (in a worker: keyring and disk), then start replaying."""
        session = self.context.session
        if session.base_url is None or session.config.client_id is None or self.context.outbox is not None:
            return
        self._generation += 1
        generation = self._generation
        self.context.ops.run_blocking(Outbox.open, session.secrets, None, session.base_url, session.config.client_id,
                                      on_success=lambda opened: self._opened(generation, opened))

    def _opened(self, generation: int, opened: OpenResult) -> None:
        if generation != self._generation or self.context.session.client is None:
            opened.outbox.close()  # signed out meanwhile
            return
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

    async def close(self) -> None:
        """Stop replaying and close the file; what is queued stays for the next sign-in."""
        self._generation += 1
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
