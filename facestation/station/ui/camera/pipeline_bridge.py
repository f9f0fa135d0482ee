"""The Qt side of the camera pipeline: `PipelineBridge` turns QualityPipeline's worker-thread callbacks into
signals delivered on the GUI thread.

The pipeline calls back on its own threads (architecture.md: workers never touch widgets). Each callback only
stores what it got under a lock and, when nothing is waiting to be delivered yet, emits a private signal that
Qt queues to this object's (the GUI) thread. So however far the GUI falls behind, the event loop holds at most
one pending frame notification and one pending result notification: the preview always shows the newest
frame, and nothing piles up in the queue. Results are coalesced the same way, except that a result carrying a
capture is never dropped.

Every pipeline run has its own token; notifications from a run that was stopped or replaced (a new source, a
retake that raced a capture) are discarded on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from facestation.station.core.camera.pipeline import (
    CaptureResult,
    PipelineResult,
    PipelineStats,
    QualityPipeline,
)
from facestation.station.core.camera.sources import (
    CameraError,
    Frame,
    FrameSource,
    SourceFactory,
)
from facestation.vision.capture import AutoCapture, AutoCaptureSettings
from facestation.vision.tracking import QualityTracker, TrackerSettings

__all__ = ["PipelineBridge", "SourceFactory"]

logger = logging.getLogger(__name__)

_DEFAULT_AUTO_CAPTURE = AutoCaptureSettings()  # frozen: one instance serves every bridge

_FPS_WINDOW_SECONDS = 2.0
_FPS_REPORT_INTERVAL_MS = 1000


class _Run:
    """One pipeline run and what its worker threads left for the GUI thread. Guarded by `lock`."""

    def __init__(self, source: FrameSource) -> None:
        self.source = source
        self.pipeline: QualityPipeline | None = None
        self.lock = threading.Lock()
        self.active = True
        self.frame: Frame | None = None
        self.frame_pending = False
        self.results: deque[PipelineResult] = deque()
        self.results_pending = False


class PipelineBridge(QObject):
    """Owns a `QualityPipeline` over the current `FrameSource` and re-emits what it produces on the GUI thread.

    Signals (all delivered on the thread this object lives in, the GUI thread):

    * `frameReady(Frame)`: the newest frame for the preview; frames that arrived while the GUI was busy are
      skipped, never queued.
    * `resultReady(PipelineResult)`: the newest analysis (coalesced like frames, captures excepted).
    * `captured(CaptureResult)`: a portrait was captured, automatically or by `capture_now()`; once per attempt.
    * `captureFailed(str)`: `capture_now()` found no face to capture (the message says what to do).
    * `errorOccurred(str)`: a readable problem with the source or the analysis; the pipeline keeps running.
    * `ended()`: the source has no more frames (a video file played to its end).
    * `sourceChanged(object)`: the source now shown (a `FrameSource`, or None when stopped).
    * `runningChanged(bool)`, `openingChanged(bool)`: a pipeline runs; a source is being opened in the background.
    * `shownFpsChanged(float)`: frames per second handed to the preview, about once a second, on change.

    `pipeline_options` go to every `QualityPipeline` made (e.g. `max_analysis_hz`, `analyze`, `region_for`);
    auto-capture and tracker settings are passed as settings because each run needs fresh state.
    `auto_capture_settings=None` turns auto-capture off: photos are taken only by `capture_now()`.
    """

    frameReady = Signal(object)
    resultReady = Signal(object)
    captured = Signal(object)
    captureFailed = Signal(str)
    errorOccurred = Signal(str)
    ended = Signal()
    sourceChanged = Signal(object)
    runningChanged = Signal(bool)
    openingChanged = Signal(bool)
    shownFpsChanged = Signal(float)

    # Worker threads -> GUI thread. Each carries the run (or open request) it belongs to.
    _framePending = Signal(object)
    _resultsPending = Signal(object)
    _errorPending = Signal(object, object)
    _endedPending = Signal(object)
    _captureFailedPending = Signal(object, str)
    _sourceOpened = Signal(int, object, object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        auto_capture_settings: AutoCaptureSettings | None = _DEFAULT_AUTO_CAPTURE,
        tracker_settings: TrackerSettings | None = None,
        **pipeline_options: Any,
    ) -> None:
        super().__init__(parent)
        for reserved in ("on_result", "on_error", "on_frame", "on_ended", "auto_capture", "manual_only", "tracker"):
            if reserved in pipeline_options:
                raise TypeError(f"PipelineBridge sets {reserved} itself")
        self._auto_capture_settings = auto_capture_settings
        self._tracker_settings = tracker_settings or TrackerSettings()
        self._pipeline_options = pipeline_options
        self._run: _Run | None = None
        self._capture: CaptureResult | None = None
        self._last_result: PipelineResult | None = None
        self._open_request = 0
        self._opening = False
        self._stoppers: list[threading.Thread] = []
        self._shown_times: deque[float] = deque(maxlen=256)

        queued = Qt.ConnectionType.QueuedConnection
        self._framePending.connect(self._deliver_frame, queued)
        self._resultsPending.connect(self._deliver_results, queued)
        self._errorPending.connect(self._deliver_error, queued)
        self._endedPending.connect(self._deliver_ended, queued)
        self._captureFailedPending.connect(self._deliver_capture_failed, queued)
        self._sourceOpened.connect(self._deliver_opened_source, queued)

        self._fps_timer = QTimer(self)
        self._fps_timer.setInterval(_FPS_REPORT_INTERVAL_MS)
        self._fps_timer.timeout.connect(self._report_fps)

        app = QCoreApplication.instance()
        if app is not None:
            # Worker threads must not outlive the objects they signal to.
            app.aboutToQuit.connect(self._on_about_to_quit)

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def source(self) -> FrameSource | None:
        return self._run.source if self._run is not None else None

    @property
    def pipeline(self) -> QualityPipeline | None:
        return self._run.pipeline if self._run is not None else None

    @property
    def running(self) -> bool:
        return self._run is not None

    @property
    def opening(self) -> bool:
        """A source is being opened in the background (`open_source`)."""
        return self._opening

    @property
    def current_capture(self) -> CaptureResult | None:
        """The capture of the current attempt, as delivered by `captured`, until `reset_capture()`."""
        return self._capture

    @property
    def last_result(self) -> PipelineResult | None:
        return self._last_result

    @property
    def stats(self) -> PipelineStats | None:
        pipeline = self.pipeline
        return pipeline.stats if pipeline is not None else None

    @property
    def auto_capture_settings(self) -> AutoCaptureSettings | None:
        """The auto-capture gate of the next source opened; None: auto-capture is off."""
        return self._auto_capture_settings

    def set_auto_capture_settings(self, settings: AutoCaptureSettings | None) -> None:
        """Auto-capture thresholds, or None to turn auto-capture off (the station's settings,
        `capture_settings.auto_capture_settings`); they apply from the next source opened."""
        self._auto_capture_settings = settings

    @property
    def tracker_settings(self) -> TrackerSettings:
        return self._tracker_settings

    def set_tracker_settings(self, settings: TrackerSettings) -> None:
        """Smoothing and guidance timing; they apply from the next source opened."""
        self._tracker_settings = settings

    @property
    def shown_fps(self) -> float:
        """Frames per second handed to the preview over the last two seconds."""
        now = time.monotonic()
        recent = [t for t in self._shown_times if now - t <= _FPS_WINDOW_SECONDS]
        if len(recent) < 2 or recent[-1] <= recent[0]:
            return 0.0
        return (len(recent) - 1) / (recent[-1] - recent[0])

    # -- control --------------------------------------------------------------------------------------------

    def set_source(self, source: FrameSource | None) -> None:
        """Show and analyse `source` from now on (None: stop). The previous pipeline stops in the background,
        so a slow device never blocks the GUI; the bridge owns the source from here and closes it."""
        self._open_request += 1  # a source still opening in the background is no longer wanted
        self._set_opening(False)
        was_running = self._run is not None
        self._stop_run(wait=False)
        self._clear_capture()
        self._last_result = None
        self._shown_times.clear()
        if source is None:
            self._fps_timer.stop()
            self._report_fps()
            if was_running:
                self.runningChanged.emit(False)
            self.sourceChanged.emit(None)
            return
        run = _Run(source)
        settings = self._auto_capture_settings
        run.pipeline = QualityPipeline(
            source,
            on_result=lambda result: self._on_result(run, result),
            on_error=lambda exc: self._on_error(run, exc),
            on_frame=lambda frame: self._on_frame(run, frame),
            on_ended=lambda: self._on_ended(run),
            auto_capture=AutoCapture(settings) if settings is not None else None,
            manual_only=settings is None,
            tracker=QualityTracker(self._tracker_settings),
            **self._pipeline_options,
        )
        self._run = run
        run.pipeline.start()
        self._fps_timer.start()
        if not was_running:
            self.runningChanged.emit(True)
        self.sourceChanged.emit(source)

    def open_source(self, factory: SourceFactory) -> None:
        """Open a source with `factory` on a background thread (opening a camera or decoding a photo can take a
        while), then `set_source` it on the GUI thread. A `CameraError` from the factory becomes
        `errorOccurred`; a newer `open_source` or `set_source` call supersedes this one."""
        self._open_request += 1
        request = self._open_request
        self._set_opening(True)

        def open_in_background() -> None:
            source: FrameSource | None = None
            error: BaseException | None = None
            try:
                source = factory()
            except Exception as exc:  # noqa: BLE001 - delivered to the GUI thread as a message
                error = exc
            try:
                self._sourceOpened.emit(request, source, error)
            except RuntimeError:  # the bridge was deleted meanwhile
                if source is not None:
                    source.close()

        threading.Thread(target=open_in_background, name="camera-open", daemon=True).start()

    def start(self, source: FrameSource) -> None:
        """Same as `set_source(source)`."""
        self.set_source(source)

    def stop(self, *, wait: bool = False) -> None:
        """Stop the pipeline and close the source. Without `wait` the threads are joined in the background
        (the GUI stays responsive); with it (application shutdown, tests) this returns once every pipeline this
        bridge ran has stopped."""
        if self._run is None and not self._opening:
            if wait:
                self._join_stoppers()
            return
        self.set_source(None)
        if wait:
            self._join_stoppers()

    def capture_now(self) -> Future[CaptureResult | None]:
        """Capture the best recent frame whether or not it passes (the operator's "take photo now"). The
        capture arrives through `captured`; when there is no face to capture, `captureFailed` says so."""
        run = self._run
        if run is None or run.pipeline is None:
            future: Future[CaptureResult | None] = Future()
            future.set_result(None)
            self.captureFailed.emit(self.tr("The camera is not running. Choose a camera or load a photo first."))
            return future
        future = run.pipeline.capture_now()

        def done(finished: Future[CaptureResult | None]) -> None:
            try:
                capture = finished.result()
            except CameraError as exc:
                self._safe_emit(run, self._captureFailedPending, run, exc.message)
                return
            except Exception:  # noqa: BLE001
                logger.exception("manual capture failed")
                self._safe_emit(run, self._captureFailedPending, run, "")
                return
            if capture is None:
                self._safe_emit(run, self._captureFailedPending, run, "")

        future.add_done_callback(done)
        return future

    def reset_capture(self) -> None:
        """Retake: forget the capture; auto-capture starts a new attempt."""
        self._clear_capture()
        if self._run is not None and self._run.pipeline is not None:
            self._run.pipeline.reset_capture()

    # -- worker-thread callbacks: store, and notify only when nothing is pending ------------------------------

    def _on_frame(self, run: _Run, frame: Frame) -> None:
        with run.lock:
            if not run.active:
                return
            run.frame = frame
            notify = not run.frame_pending
            run.frame_pending = True
        if notify:
            self._safe_emit(run, self._framePending, run)

    def _on_result(self, run: _Run, result: PipelineResult) -> None:
        with run.lock:
            if not run.active:
                return
            if run.results and run.results[-1].capture is None:
                run.results[-1] = result  # newest wins, but a capture is never overwritten
            else:
                run.results.append(result)
            notify = not run.results_pending
            run.results_pending = True
        if notify:
            self._safe_emit(run, self._resultsPending, run)

    def _on_error(self, run: _Run, exc: BaseException) -> None:
        if not isinstance(exc, CameraError):
            # A bug, not a camera problem: the traceback goes to the log, the desk gets a plain message.
            logger.error("camera pipeline error", exc_info=exc)
        with run.lock:
            if not run.active:
                return
        self._safe_emit(run, self._errorPending, run, exc)

    def _on_ended(self, run: _Run) -> None:
        with run.lock:
            if not run.active:
                return
        self._safe_emit(run, self._endedPending, run)

    def _safe_emit(self, run: _Run, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            # The bridge's C++ side is gone (window closed mid-run): stop talking to it.
            with run.lock:
                run.active = False

    # -- GUI thread -----------------------------------------------------------------------------------------

    @Slot(object)
    def _deliver_frame(self, run: _Run) -> None:
        with run.lock:
            frame, run.frame = run.frame, None
            run.frame_pending = False
        if run is not self._run or frame is None:
            return
        self._shown_times.append(time.monotonic())
        self.frameReady.emit(frame)

    @Slot(object)
    def _deliver_results(self, run: _Run) -> None:
        with run.lock:
            results = list(run.results)
            run.results.clear()
            run.results_pending = False
        for result in results:
            if run is not self._run:
                return  # stopped or replaced by a slot connected to the signals below
            self._last_result = result
            self.resultReady.emit(result)
            capture = result.capture
            # A capture the pipeline no longer holds was overtaken by a retake on this thread: drop it.
            if capture is not None and run.pipeline is not None and run.pipeline.captured is capture \
                    and self._capture is None:
                self._capture = capture
                self.captured.emit(capture)

    @Slot(object, object)
    def _deliver_error(self, run: _Run, exc: BaseException) -> None:
        if run is not self._run:
            return
        if isinstance(exc, CameraError):
            message = exc.message
        else:
            message = self.tr(
                "Something went wrong while checking the picture; the camera keeps running. "
                "If this keeps happening, restart the station."
            )
        self.errorOccurred.emit(message)

    @Slot(object)
    def _deliver_ended(self, run: _Run) -> None:
        if run is self._run:
            self.ended.emit()

    @Slot(object, str)
    def _deliver_capture_failed(self, run: _Run, message: str) -> None:
        if run is not self._run:
            return
        self.captureFailed.emit(message or self.tr(
            "No face to photograph. Ask the person to look at the camera, then try again."))

    @Slot(int, object, object)
    def _deliver_opened_source(self, request: int, source: FrameSource | None, error: BaseException | None) -> None:
        if request != self._open_request:
            if source is not None:
                source.close()  # superseded by a newer request
            return
        self._set_opening(False)
        if source is not None:
            self.set_source(source)
            return
        if isinstance(error, CameraError):
            message = error.message
        else:
            logger.error("opening a camera source failed", exc_info=error)
            message = self.tr("The camera or file could not be opened. Choose another camera, or a photo file.")
        self.errorOccurred.emit(message)

    @Slot()
    def _report_fps(self) -> None:
        # Every second, changed or not: a listener that started listening late (the status bar, after a page
        # switch) hears the rate within a second.
        self.shownFpsChanged.emit(round(self.shown_fps, 1))

    @Slot()
    def _on_about_to_quit(self) -> None:
        self.stop(wait=True)

    # -- helpers --------------------------------------------------------------------------------------------

    def _set_opening(self, opening: bool) -> None:
        if opening != self._opening:
            self._opening = opening
            self.openingChanged.emit(opening)

    def _clear_capture(self) -> None:
        self._capture = None

    def _stop_run(self, *, wait: bool) -> None:
        run, self._run = self._run, None
        if run is None:
            return
        with run.lock:
            run.active = False
            run.frame = None
            run.results.clear()
        pipeline = run.pipeline
        if pipeline is None:
            return
        if wait:
            pipeline.stop()
            return
        stopper = threading.Thread(target=pipeline.stop, name="camera-stop", daemon=True)
        self._stoppers = [thread for thread in self._stoppers if thread.is_alive()]
        self._stoppers.append(stopper)
        stopper.start()

    def _join_stoppers(self) -> None:
        for thread in self._stoppers:
            thread.join()
        self._stoppers.clear()
