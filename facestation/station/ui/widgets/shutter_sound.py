"""The shutter click of the camera preview: a short generated sound, played through QtMultimedia when there is
audio, silently skipped when there is none (a missing click must never stop a capture)."""

from __future__ import annotations

import logging
import math
import threading
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QUrl

from facestation.station.ui.wav_files import write_generated_wav, write_wav

__all__ = ["ShutterSound", "write_shutter_wav"]

logger = logging.getLogger(__name__)

_SAMPLE_RATE = 44_100
_WAV_LOCK = threading.Lock()
_wav_path: Path | None = None


def write_shutter_wav(path: Path) -> Path:
    """Write a short camera-shutter click (two damped noise bursts, ~0.15 s, 16-bit mono) to `path`."""
    count = int(0.15 * _SAMPLE_RATE)
    t = np.arange(count) / _SAMPLE_RATE
    noise = np.random.default_rng(20240501).uniform(-1.0, 1.0, count)
    tone = np.sin(2 * math.pi * 2400 * t)
    second = t >= 0.055
    envelope = np.exp(-t / 0.006) + 0.65 * second * np.exp(-np.clip(t - 0.055, 0, None) / 0.012)
    signal = (0.85 * noise + 0.25 * tone) * envelope
    signal = signal / max(float(np.abs(signal).max()), 1e-9) * 0.8
    return write_wav(path, (signal * 32767).astype("<i2"), _SAMPLE_RATE)


def _shutter_wav() -> Path:
    """The generated shutter sound, written once per process into the user cache (else the temp dir)."""
    global _wav_path
    with _WAV_LOCK:
        if _wav_path is None or not _wav_path.exists():
            _wav_path = write_generated_wav("shutter-v1.wav", write_shutter_wav)
        return _wav_path


class ShutterSound(QObject):
    """A shutter click through QtMultimedia's QSoundEffect, prepared ahead so it plays without delay.

    Silently does nothing where there is no sound: no QtMultimedia (missing libpulse), no audio output, a
    broken backend. A missing click must never stop a capture."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self._effect: QObject | None = None
        self._prepared = False

    @property
    def available(self) -> bool:
        return self._effect is not None

    def prepare(self) -> bool:
        """Load the sound (once). Returns whether it can play."""
        if self._prepared:
            return self._effect is not None
        self._prepared = True
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                return False
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(_shutter_wav())))
            effect.setVolume(0.6)
            self._effect = effect
        except Exception:  # noqa: BLE001 - sound is a nicety
            logger.info("no shutter sound: audio is not available", exc_info=True)
            self._effect = None
        return self._effect is not None

    def play(self) -> bool:
        """Play the click if sound is enabled and available; returns whether it was started."""
        if not self.enabled or not self.prepare():
            return False
        try:
            self._effect.play()  # type: ignore[union-attr]
        except Exception:  # noqa: BLE001
            logger.info("the shutter sound failed to play", exc_info=True)
            return False
        return True
