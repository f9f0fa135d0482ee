"""The live quality pipeline: frames in, steady verdicts, guidance and an auto-captured portrait out. No Qt.

Two threads per pipeline (architecture.md, "Data flow"):

* the **capture thread** reads the source as fast as it gives frames and puts each one in a one-slot mailbox:
  a frame the analysis has not taken yet is replaced by the newer one (and counted as dropped), so the
  analysis always works on the newest picture and its results never lag behind a queue;
* the **analysis thread** takes the newest frame, runs `quality.analyze` (the fast live scan) inside the
  framing guide's region, feeds `QualityTracker` and `AutoCapture`, crops and encodes the portrait when the
  capture fires, and calls `on_result` with everything the overlay needs.

Callbacks run on those threads, not on the caller's: `on_frame` (every frame, for the preview) and
`on_ended` on the capture thread, `on_result` on the analysis thread, `on_error` on whichever thread met the
problem (`stop()`'s caller for a source that no longer responds). They must be quick and must not touch
widgets: the Qt side re-emits them through queued signals. dlib releases the interpreter lock while it
detects, so the GUI thread keeps running during an analysis (benchmarks/pipeline_speed.py measures it).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace

from facestation.station.core.camera.sources import CameraError, Frame, FrameSource
from facestation.vision import quality
from facestation.vision.capture import AutoCapture
from facestation.vision.face_search import FaceSearch
from facestation.vision.faces import BGRImage, Box
from facestation.vision.jpeg import DEFAULT_MAX_JPEG_BYTES, encode_jpeg
from facestation.vision.portrait import DEFAULT_PORTRAIT_WIDTH, crop_portrait
from facestation.vision.quality import QualityReport
from facestation.vision.tracking import QualityTracker, TrackedState

__all__ = ["Analyze", "CaptureResult", "PipelineResult", "PipelineStats", "QualityPipeline", "RegionFor"]

logger = logging.getLogger(__name__)

Analyze = Callable[[BGRImage, Box], QualityReport]
RegionFor = Callable[[int, int], Box]

# Rates are measured over this much recent time, so the status bar follows a change within a couple of seconds.
_RATE_WINDOW_SECONDS = 2.0
# A manual capture picks the best of the frames analysed in this last stretch of time ("the current best").
_MANUAL_WINDOW_SECONDS = 1.0
_MANUAL_WINDOW_FRAMES = 30
_IDLE_WAIT_SECONDS = 0.005  # a source with no frame right now is asked again after this
_MAX_ERROR_BACKOFF_SECONDS = 1.0


def _live_analyze(image: BGRImage, region: Box, search: FaceSearch | None = None) -> QualityReport:
    return quality.analyze(image, region=region, search=search)


@dataclass(frozen=True)
class PipelineStats:
    """Counters since start, and rates over the last couple of seconds."""

    frames_read: int
    frames_analysed: int
    frames_dropped: int  # read but replaced by a newer frame before the analysis took them
    errors: int
    shown_fps: float  # frames read per second: what a preview fed by `on_frame` shows
    analysed_hz: float  # analyses per second


@dataclass(frozen=True, eq=False)
class CaptureResult:
    """A captured portrait: the chosen frame, its report, the token-geometry crop and the JPEG to submit."""

    image: BGRImage  # the whole chosen frame (BGR, unmirrored)
    timestamp: float  # the chosen frame's timestamp
    report: QualityReport  # that frame's quality report (the crop was cut around `report.face`)
    portrait: BGRImage  # crop_portrait(image, report.face)
    jpeg: bytes  # the portrait as a JPEG within the byte budget
    manual: bool  # taken by capture_now() rather than by auto-capture


@dataclass(frozen=True, eq=False)
class PipelineResult:
    """What the overlay, checklist and guidance show for one analysed frame."""

    frame: Frame
    report: QualityReport  # this frame's raw verdicts (face box and landmarks for the overlay: report.face)
    state: TrackedState  # the steady checklist and the one guidance message
    capture_progress: float  # 0..1 towards an auto-capture (countdown ring); 1 once captured
    capture: CaptureResult | None  # set on the one result where a capture happened (auto or manual)
    stats: PipelineStats
    latency: float  # seconds from the capture thread reading the frame to this result

    @property
    def region(self) -> Box:
        """The framing guide: where the portrait will be cut from, in frame pixels."""
        return self.report.region


@dataclass(frozen=True, eq=False)
class _Analysed:
    frame: Frame
    report: QualityReport


class QualityPipeline:
    """Runs a `FrameSource` through quality analysis, tracking and auto-capture in two background threads.

    `on_result(PipelineResult)` is called from the analysis thread for every analysed frame; re-emit it to
    the GUI thread (a queued Qt signal) before touching widgets. `on_error(exception)` gets problems in the
    source, the analysis or the callbacks; the pipeline keeps running (a `CameraError`'s `message` is for the
    desk; anything else is a bug to log). The same error repeated without a success in between is reported
    once. Without `on_error` errors are logged. `on_frame(Frame)` (optional, capture thread) sees every frame
    read, for a preview that must not wait for the analysis; `on_ended()` (optional, capture thread) is
    called once when the source has no more frames.

    `region_for(width, height)` gives the portrait region the checks judge position and size in (default:
    the centred 3:4 window the framing guide shows). `analyze(image, region)` replaces the quality step
    (tests); the default is `quality.analyze` with one `FaceSearch` per pipeline (`face_search`), which
    tracks the face between frames so most frames are scanned only near the last face, and is reset by
    `reset_capture()` and whenever the frame size changes. `drop_frames=False` makes the capture thread wait
    for the analysis instead of replacing frames: every frame gets analysed, at the analysis' pace (offline
    runs over a file; pointless for a camera).
    `max_analysis_hz` caps the analysis rate to leave CPU to the rest of the station.

    `auto_capture` judges when a run of passing frames is taken (default: `AutoCapture()`); with
    `manual_only=True` (the station's "take the photo automatically" setting off) nothing is taken but by
    `capture_now()`, and `capture_progress` stays 0, so no countdown shows.
    """

    def __init__(
        self,
        source: FrameSource,
        *,
        on_result: Callable[[PipelineResult], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_frame: Callable[[Frame], None] | None = None,
        on_ended: Callable[[], None] | None = None,
        region_for: RegionFor = quality.centred_portrait_region,
        auto_capture: AutoCapture | None = None,
        manual_only: bool = False,
        tracker: QualityTracker | None = None,
        analyze: Analyze | None = None,
        drop_frames: bool = True,
        max_analysis_hz: float | None = None,
        portrait_width: int = DEFAULT_PORTRAIT_WIDTH,
        max_jpeg_bytes: int = DEFAULT_MAX_JPEG_BYTES,
        join_timeout: float = 5.0,
    ) -> None:
        self.source = source
        self._on_result = on_result
        self._on_error = on_error
        self._on_frame = on_frame
        self._on_ended = on_ended
        self._region_for = region_for
        if manual_only and auto_capture is not None:
            raise ValueError("QualityPipeline: manual_only leaves no use for an auto_capture")
        self._auto_capture: AutoCapture | None = None
        if not manual_only:
            self._auto_capture = auto_capture if auto_capture is not None else AutoCapture()
        self._tracker = tracker if tracker is not None else QualityTracker()
        # Live analysis tracks the face between frames (facestation.vision.face_search); a replacement
        # `analyze` is used as given.
        self.face_search = FaceSearch()
        self._analyze: Analyze = analyze or (lambda image, region: _live_analyze(image, region, self.face_search))
        self._drop_frames = drop_frames
        self._min_analysis_interval = 1.0 / max_analysis_hz if max_analysis_hz else 0.0
        self._portrait_width = portrait_width
        self._max_jpeg_bytes = max_jpeg_bytes
        self._join_timeout = join_timeout

        # Mailbox and lifecycle, guarded by _mailbox.
        self._mailbox = threading.Condition()
        self._slot: tuple[Frame, float] | None = None
        self._manual_requests: list[Future[CaptureResult | None]] = []
        self._source_finished = False
        self._source_closed = False
        self._stopping = threading.Event()
        self._started = False
        self._stopped = False
        self._capture_thread: threading.Thread | None = None
        self._analysis_thread: threading.Thread | None = None

        # Counters, guarded by _stats_lock.
        self._stats_lock = threading.Lock()
        self._frames_read = 0
        self._frames_analysed = 0
        self._frames_dropped = 0
        self._errors = 0
        self._read_times: deque[float] = deque(maxlen=512)
        self._analysis_times: deque[float] = deque(maxlen=512)

        # Tracker, auto-capture and capture state, guarded by _state_lock (reset_capture comes from any thread).
        self._state_lock = threading.Lock()
        self._captured: CaptureResult | None = None
        self._generation = 0  # bumped by reset_capture(): a capture computed for an older attempt is dropped
        self._recent: deque[_Analysed] = deque(maxlen=_MANUAL_WINDOW_FRAMES)
        self._last_result: PipelineResult | None = None

        # Analysis-thread only.
        self._regions: dict[tuple[int, int], Box] = {}
        self._last_image: BGRImage | None = None
        self._last_report: QualityReport | None = None
        self._last_errors: dict[str, tuple[type, str]] = {}
        self._errors_lock = threading.Lock()

    # -- lifecycle ----------------------------------------------------------------------------------------

    def start(self) -> None:
        """Start both threads. A pipeline runs once: after `stop()`, make a new one."""
        with self._mailbox:
            if self._started:
                raise RuntimeError("QualityPipeline.start() called twice; create a new pipeline instead")
            self._started = True
        self._analysis_thread = threading.Thread(target=self._analysis_loop, name="camera-analysis", daemon=True)
        self._capture_thread = threading.Thread(target=self._capture_loop, name="camera-capture", daemon=True)
        self._analysis_thread.start()
        self._capture_thread.start()

    def stop(self) -> None:
        """Stop both threads, wait for them (up to `join_timeout` each) and close the source. Idempotent; safe
        to call from a callback (the calling thread is not waited for)."""
        with self._mailbox:
            if self._stopped:
                return
            self._stopped = True
            self._stopping.set()
            requests, self._manual_requests = self._manual_requests, []
            self._mailbox.notify_all()
        for request in requests:
            request.set_result(None)
        current = threading.current_thread()
        for thread in (self._capture_thread, self._analysis_thread):
            if thread is not None and thread is not current:
                thread.join(self._join_timeout)
        capture_thread = self._capture_thread
        if capture_thread is current:
            return  # called from on_frame / on_ended: the capture thread closes the source on its way out
        if capture_thread is not None and capture_thread.is_alive():
            # The source is stuck inside read(): closing it under that call could crash the driver, so it is
            # left to the daemon thread (and the process exit).
            self._report("source", CameraError(
                f"{self.source.name} stopped responding. Unplug and reconnect it, or restart the station."))
            return
        if self._analysis_thread is not None and self._analysis_thread.is_alive() and self._analysis_thread is not current:
            logger.warning("the camera analysis thread did not stop within %.1f s", self._join_timeout)
        self._close_source()

    def _close_source(self) -> None:
        with self._mailbox:
            if self._source_closed:
                return
            self._source_closed = True
        try:
            self.source.close()
        except Exception as exc:  # noqa: BLE001 - a failing close must not stop the shutdown
            self._report("source", exc)

    def __enter__(self) -> QualityPipeline:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._started and not self._stopped

    @property
    def source_ended(self) -> bool:
        with self._mailbox:
            return self._source_finished

    # -- controls -------------------------------------------------------------------------------------------

    def capture_now(self) -> Future[CaptureResult | None]:
        """Capture the best of the frames analysed in the last second (highest verdict, score and sharpness),
        whether or not it passes: the operator's override. The work happens on the analysis thread; the
        future gets the `CaptureResult`, or None when none of those frames shows a face. The capture is also
        delivered through `on_result`, on a repeat of the latest result with `capture` set, and it ends the
        auto-capture attempt until `reset_capture()`."""
        future: Future[CaptureResult | None] = Future()
        with self._mailbox:
            if not self.running:
                future.set_exception(CameraError("The camera is not running. Start it, or choose a photo or video file."))
                return future
            self._manual_requests.append(future)
            self._mailbox.notify_all()
        return future

    def reset_capture(self) -> None:
        """Retake: forget the capture and the tracker's history; auto-capture starts a new attempt. Any thread."""
        with self._state_lock:
            self._generation += 1
            self._captured = None
            if self._auto_capture is not None:
                self._auto_capture.reset()
            self._tracker.reset()
            self._recent.clear()
        self.face_search.reset()  # thread-safe: applied at the next analysed frame

    @property
    def captured(self) -> CaptureResult | None:
        """The current attempt's capture, until `reset_capture()`."""
        with self._state_lock:
            return self._captured

    @property
    def stats(self) -> PipelineStats:
        now = time.monotonic()
        with self._stats_lock:
            return PipelineStats(
                frames_read=self._frames_read,
                frames_analysed=self._frames_analysed,
                frames_dropped=self._frames_dropped,
                errors=self._errors,
                shown_fps=_rate(self._read_times, now),
                analysed_hz=_rate(self._analysis_times, now),
            )

    # -- capture thread -------------------------------------------------------------------------------------

    def _capture_loop(self) -> None:
        backoff = 0.0
        ended_naturally = False
        try:
            while not self._stopping.is_set():
                try:
                    frame = self.source.read()
                except Exception as exc:  # noqa: BLE001 - reported, then the source is asked again
                    self._report("source", exc)
                    backoff = min(max(2 * backoff, 0.05), _MAX_ERROR_BACKOFF_SECONDS)
                    self._stopping.wait(backoff)
                    continue
                if frame is None:
                    if getattr(self.source, "ended", False):
                        ended_naturally = not self._stopping.is_set()
                        break
                    self._stopping.wait(_IDLE_WAIT_SECONDS)
                    continue
                backoff = 0.0
                self._clear_error("source")
                self._deliver(frame)
                if self._on_frame is not None:
                    try:
                        self._on_frame(frame)
                    except Exception as exc:  # noqa: BLE001
                        self._report("on_frame", exc)
        finally:
            with self._mailbox:
                self._source_finished = True
                self._mailbox.notify_all()
        if ended_naturally and self._on_ended is not None:
            try:
                self._on_ended()
            except Exception as exc:  # noqa: BLE001
                self._report("on_ended", exc)
        if self._stopping.is_set():
            # This thread owns the source while it runs, so it closes it (stop() only waits for it); a source
            # that ended by itself stays open until stop().
            self._close_source()

    def _deliver(self, frame: Frame) -> None:
        read_at = time.monotonic()
        with self._mailbox:
            if not self._drop_frames:
                while self._slot is not None and not self._stopping.is_set():
                    self._mailbox.wait(0.1)
            replaced = self._slot is not None
            self._slot = (frame, read_at)
            self._mailbox.notify_all()
        with self._stats_lock:
            self._frames_read += 1
            self._frames_dropped += replaced
            self._read_times.append(read_at)

    # -- analysis thread ------------------------------------------------------------------------------------

    def _analysis_loop(self) -> None:
        next_allowed = 0.0
        while True:
            with self._mailbox:
                while self._slot is None and not self._manual_requests and not self._stopping.is_set():
                    self._mailbox.wait()
                if self._stopping.is_set():
                    return
                item, self._slot = self._slot, None
                requests, self._manual_requests = self._manual_requests, []
                self._mailbox.notify_all()  # a capture thread waiting for the slot (drop_frames=False)
            if item is not None:
                self._analyse(*item)
            if requests:
                self._serve_manual(requests)
            if self._min_analysis_interval and item is not None:
                next_allowed = max(next_allowed + self._min_analysis_interval, time.monotonic())
                remaining = next_allowed - time.monotonic()
                if remaining > 0:
                    self._stopping.wait(remaining)

    def _region(self, image: BGRImage) -> Box:
        height, width = image.shape[:2]
        region = self._regions.get((width, height))
        if region is None:
            region = self._regions[(width, height)] = self._region_for(width, height)
        return region

    def _analyse(self, frame: Frame, read_at: float) -> None:
        image = frame.image
        try:
            if image is self._last_image and self._last_report is not None:
                # The same array again (a still photo repeated): the same verdict, without the work.
                report = self._last_report
            else:
                report = self._analyze(image, self._region(image))
                self._last_image, self._last_report = image, report
        except Exception as exc:  # noqa: BLE001 - one bad frame must not end the analysis
            self._report("analysis", exc)
            return
        self._clear_error("analysis")
        with self._state_lock:
            state = self._tracker.update(report, frame.timestamp)
            fired = None
            if self._captured is None and self._auto_capture is not None:
                fired = self._auto_capture.update(image, report, frame.timestamp)
            self._recent.append(_Analysed(frame, report))
            generation = self._generation
        capture = None
        if fired is not None:
            capture = self._make_capture(fired.frame, fired.timestamp, fired.report, manual=False)
            with self._state_lock:
                if capture is None and self._generation == generation and self._auto_capture is not None:
                    self._auto_capture.reset()  # the crop failed: let the next window try again
                elif capture is not None:
                    if self._generation == generation and self._captured is None:
                        self._captured = capture
                    else:
                        capture = None  # a retake was asked for meanwhile
        with self._state_lock:
            if self._captured is not None:
                progress = 1.0
            else:
                progress = self._auto_capture.progress if self._auto_capture is not None else 0.0
        now = time.monotonic()
        with self._stats_lock:
            self._frames_analysed += 1
            self._analysis_times.append(now)
        result = PipelineResult(
            frame=frame,
            report=report,
            state=state,
            capture_progress=progress,
            capture=capture,
            stats=self.stats,
            latency=now - read_at,
        )
        with self._state_lock:
            self._last_result = result
        self._emit(result)

    def _serve_manual(self, requests: list[Future[CaptureResult | None]]) -> None:
        with self._state_lock:
            latest = self._recent[-1].frame.timestamp if self._recent else 0.0
            candidates = [
                item for item in self._recent
                if item.report.face is not None and latest - item.frame.timestamp <= _MANUAL_WINDOW_SECONDS
            ]
            generation = self._generation
            last_result = self._last_result
        capture = None
        if candidates:
            best = max(candidates, key=lambda item: (item.report.passed, item.report.score,
                                                     item.report.measures.get("sharpness", 0.0),
                                                     item.frame.timestamp))
            # Copy: the frame array may be shared with the preview and later frames of a still source.
            capture = self._make_capture(best.frame.image.copy(), best.frame.timestamp, best.report, manual=True)
        if capture is not None:
            with self._state_lock:
                if self._generation == generation:
                    self._captured = capture
        for request in requests:
            request.set_result(capture)
        if capture is not None and last_result is not None:
            self._emit(replace(last_result, capture=capture, capture_progress=1.0, stats=self.stats))

    def _make_capture(self, image: BGRImage, timestamp: float, report: QualityReport, *,
                      manual: bool) -> CaptureResult | None:
        assert report.face is not None
        try:
            portrait = crop_portrait(image, report.face, width=self._portrait_width)
            jpeg = encode_jpeg(portrait, max_bytes=self._max_jpeg_bytes)
        except Exception as exc:  # noqa: BLE001 - e.g. PortraitEncodingError with a tiny byte budget
            self._report("capture", exc)
            return None
        image.setflags(write=False)
        portrait.setflags(write=False)
        return CaptureResult(image=image, timestamp=timestamp, report=report, portrait=portrait, jpeg=jpeg,
                             manual=manual)

    def _emit(self, result: PipelineResult) -> None:
        try:
            self._on_result(result)
        except Exception as exc:  # noqa: BLE001 - a bug in the receiver must not end the analysis
            self._report("on_result", exc)
        else:
            self._clear_error("on_result")

    # -- errors ---------------------------------------------------------------------------------------------

    def _report(self, origin: str, exc: BaseException) -> None:
        key = (type(exc), str(exc))
        with self._errors_lock:
            if self._last_errors.get(origin) == key:
                return  # the same failure again: already reported
            self._last_errors[origin] = key
        with self._stats_lock:
            self._errors += 1
        if self._on_error is None:
            logger.error("camera pipeline: %s failed", origin, exc_info=exc)
            return
        try:
            self._on_error(exc)
        except Exception:  # noqa: BLE001
            logger.exception("camera pipeline: on_error failed while reporting %r", exc)

    def _clear_error(self, origin: str) -> None:
        if origin in self._last_errors:
            with self._errors_lock:
                self._last_errors.pop(origin, None)


def _rate(times: deque[float], now: float) -> float:
    """Events per second over the recent window (0 with fewer than two events in it)."""
    recent = [t for t in times if now - t <= _RATE_WINDOW_SECONDS]
    if len(recent) < 2 or recent[-1] <= recent[0]:
        return 0.0
    return (len(recent) - 1) / (recent[-1] - recent[0])
