"""The CPU work of the service (decode, detect, describe, faceQA), in worker processes.

dlib's descriptor network holds the interpreter lock, so threads would serialise it: a process pool puts
every core to work for concurrent stations and keeps the event loop (and `/api/health`) responsive. Workers
receive image bytes and return small picklable results; each loads the dlib models once, at start.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

import numpy as np

from facestation.recognition.descriptors import describe_largest_face, enrolment_problem
from facestation.vision import imageio, models, quality

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImageAnalysis:
    """What the service needs to know about one uploaded image."""

    error_code: str | None = None  # InvalidImage / ImageTooLarge: the image could not be used at all
    error_message: str | None = None
    descriptor: bytes | None = None  # float32 descriptor of the largest face
    enrolment_problem: str | None = None  # NoFaceDetected / MultipleFacesDetected / FaceTooSmall
    face_qa: dict[str, Any] | None = None

    @property
    def has_face(self) -> bool:
        return self.descriptor is not None

    def descriptor_array(self) -> np.ndarray:
        assert self.descriptor is not None
        return np.frombuffer(self.descriptor, dtype=np.float32)


def analyze_image(data: bytes, *, with_quality: bool, max_pixels: int) -> ImageAnalysis:
    """Decode `data` and describe its largest face; runs in a worker process (or inline, in benchmarks)."""
    try:
        image = imageio.decode_image(data, max_pixels=max_pixels)
    except imageio.ImageError as error:
        return ImageAnalysis(error_code=error.code, error_message=str(error))
    faces = describe_largest_face(image)
    face_qa = quality.analyze(image, thorough=True).to_face_qa() if with_quality else None
    primary = faces.primary
    return ImageAnalysis(
        descriptor=None if primary is None else np.asarray(primary.descriptor, dtype=np.float32).tobytes(),
        enrolment_problem=enrolment_problem(faces),
        face_qa=face_qa,
    )


def _start_worker() -> None:
    _exit_with_the_service()
    _load_models()


def _exit_with_the_service() -> None:
    """A worker waits for jobs forever: if the service process is killed (SIGKILL, a crash, a task manager),
    nothing tells it to stop, and each orphan would keep ~200 MB of models. It watches its parent instead."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="service-watch", daemon=True).start()


def _load_models() -> None:
    models.face_detector()
    models.landmark_predictor()
    models.face_descriptor_model()


def _ready() -> int:
    return os.getpid()


class RecognitionEngine:
    """A pool of worker processes that analyse uploaded images."""

    def __init__(self, *, workers: int | None, max_pixels: int) -> None:
        self.workers = workers or os.cpu_count() or 1
        self._max_pixels = max_pixels
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn, not fork: the service process runs threads (the event loop, the database thread pool), and a
        # forked child could inherit a lock held by one of them.
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker)

    async def start(self) -> None:
        """Start every worker and load its models now, so the first request does not pay for it."""
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._pool, _ready) for _ in range(self.workers)))

    async def analyze(self, data: bytes, *, with_quality: bool = False) -> ImageAnalysis:
        loop = asyncio.get_running_loop()
        pool = self._pool
        try:
            job = functools.partial(analyze_image, data, with_quality=with_quality, max_pixels=self._max_pixels)
            return await loop.run_in_executor(pool, job)
        except BrokenProcessPool:
            # A worker died (out of memory on a hostile image, a crash in native code): replace the pool so the
            # next request is served, and fail this one as an internal error.
            logger.error("a recognition worker died; restarting the worker pool")
            if self._pool is pool:
                self._pool = self._new_pool()
                pool.shutdown(wait=False, cancel_futures=True)
            raise

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
