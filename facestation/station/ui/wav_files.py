"""The station's generated sounds on disk: where they go and how they are written.

The shutter click (widgets/shutter_sound.py) and the accessibility tones (sounds.py) are generated at run time
(nothing is downloaded or shipped) and played by QtMultimedia's QSoundEffect, which plays files: each is written
once into the user cache folder, or a per-user temp folder where there is none."""

from __future__ import annotations

import os
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path

import numpy as np

__all__ = ["sound_folders", "write_generated_wav", "write_wav"]


def sound_folders() -> list[Path]:
    """Where the sounds may go, best first: the user cache folder, then a per-user temp folder."""
    folders = []
    try:
        import platformdirs

        folders.append(platformdirs.user_cache_path("facestation", appauthor=False) / "sounds")
    except Exception:  # noqa: BLE001 - no cache folder: the temp folder will do
        pass
    user = os.getuid() if hasattr(os, "getuid") else "user"
    folders.append(Path(tempfile.gettempdir()) / f"facestation-{user}" / "sounds")
    return folders


def write_wav(path: Path, samples: np.ndarray, sample_rate: int) -> Path:
    """Write 16-bit mono `samples` as a WAV file at `path`, atomically: another station process may be
    reading it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with wave.open(str(temporary), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(np.asarray(samples, dtype="<i2").tobytes())
    os.replace(temporary, path)
    return path


def write_generated_wav(name: str, write: Callable[[Path], Path]) -> Path:
    """`write(folder / name)` in the first sound folder where it works; OSError when none does."""
    error: OSError | None = None
    for folder in sound_folders():
        try:
            return write(folder / name)
        except OSError as exc:
            error = exc
    raise OSError(f"cannot write the sound {name} anywhere") from error
