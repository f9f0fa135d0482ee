"""The dlib model files, located through the installed `face_recognition_models` package and loaded once.

Nothing here touches the network: the files ship inside the package (and inside a frozen build, where
PyInstaller collects the package's data files next to it).
"""

from __future__ import annotations

import functools
import importlib.util
import threading
from pathlib import Path

import dlib

_load_lock = threading.Lock()


class ModelFilesMissingError(RuntimeError):
    """The face_recognition_models package, or one of its files, is not installed."""


def _model_path(file_name: str) -> Path:
    # Found without importing the package: its __init__ imports pkg_resources, which setuptools 81+ no longer
    # ships (a fresh install with the test extras gets such a setuptools through PyInstaller), and we need
    # only its folder. A frozen build's importer reports the collected folder the same way.
    spec = importlib.util.find_spec("face_recognition_models")
    folders = [Path(folder) for folder in (spec.submodule_search_locations or [])] if spec is not None else []
    if not folders:
        raise ModelFilesMissingError(
            "The face_recognition_models package is not installed; reinstall FaceStation."
        )
    for folder in folders:
        path = folder.resolve() / "models" / file_name
        if path.is_file():
            return path
    raise ModelFilesMissingError(
        f"Model file {file_name} is missing from {folders[0] / 'models'}; reinstall FaceStation."
    )


# dlib objects are loaded under a lock so two worker threads starting together do not both pay the
# ~100 ms (or ~1 s for the ResNet) load, and every caller shares the single instance.
def _once(loader):  # type: ignore[no-untyped-def]
    cached = functools.cache(loader)

    @functools.wraps(loader)
    def wrapper():  # type: ignore[no-untyped-def]
        with _load_lock:
            return cached()

    return wrapper


@_once
def face_detector() -> dlib.fhog_object_detector:
    """dlib's HOG frontal face detector (built into dlib, no file needed)."""
    return dlib.get_frontal_face_detector()


@_once
def landmark_predictor() -> dlib.shape_predictor:
    """The 68-point iBUG landmark predictor."""
    return dlib.shape_predictor(str(_model_path("shape_predictor_68_face_landmarks.dat")))


@_once
def face_descriptor_model() -> dlib.face_recognition_model_v1:
    """dlib's ResNet face descriptor model (128-D)."""
    return dlib.face_recognition_model_v1(str(_model_path("dlib_face_recognition_resnet_model_v1.dat")))


def preload_quality_models() -> None:
    """Load the detector and the landmark model now (about 0.3 s), so the first camera frame is not the one that
    waits for them. Called in a worker when the station starts."""
    face_detector()
    landmark_predictor()
