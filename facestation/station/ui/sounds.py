"""Short tones that tell the operator what happened without looking (Settings → Accessibility, off by default):
a rising two-note chime for "photo taken / match", a low falling pair for "not passed / no match", and a soft
single blip when the guidance for the person in front of the camera changes.

The tones are generated at run time as small WAV files (nothing is downloaded or shipped) and played through
QtMultimedia's QSoundEffect. Without an audio output (a kiosk without speakers, the offscreen tests) or without
QtMultimedia, nothing plays and nothing fails: a missing tone must never stop the station.

    sounds = StationSounds(lambda: config)         # reads the settings at each play
    sounds.play(Cue.PASSED)                        # plays only if config.sound_on_result is on
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QUrl

from facestation.station.core.config import StationConfig
from facestation.station.ui.wav_files import write_generated_wav, write_wav

__all__ = ["Cue", "StationSounds", "tone_samples", "write_tone_wav"]

logger = logging.getLogger(__name__)

SAMPLE_RATE = 22_050
_FADE_SECONDS = 0.008  # a short fade in and out at each note: no click at its edges


class Cue(StrEnum):
    PASSED = "passed"  # the photo was taken and passes, or the faces match
    NOT_PASSED = "not_passed"  # the photo does not pass, no match, not checked, a camera problem
    GUIDANCE = "guidance"  # the instruction for the person changed


# (frequency in Hz, seconds) per note: distinct by direction as well as pitch, so they tell apart by ear.
_NOTES: dict[Cue, tuple[tuple[float, float], ...]] = {
    Cue.PASSED: ((880.0, 0.09), (1318.5, 0.14)),  # A5 then E6: up, bright
    Cue.NOT_PASSED: ((392.0, 0.12), (261.6, 0.2)),  # G4 then C4: down, low
    Cue.GUIDANCE: ((660.0, 0.07),),  # one short soft blip
}
_VOLUME = {Cue.PASSED: 0.55, Cue.NOT_PASSED: 0.55, Cue.GUIDANCE: 0.3}


def tone_samples(notes: Sequence[tuple[float, float]], sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """16-bit mono samples of `notes` (frequency, seconds) played one after the other, each faded in and out."""
    parts = []
    fade = int(_FADE_SECONDS * sample_rate)
    for frequency, seconds in notes:
        count = int(seconds * sample_rate)
        t = np.arange(count) / sample_rate
        note = np.sin(2 * math.pi * frequency * t) + 0.2 * np.sin(4 * math.pi * frequency * t)  # a little body
        envelope = np.ones(count)
        ramp = np.linspace(0.0, 1.0, min(fade, count // 2))
        envelope[: ramp.size] = ramp
        envelope[count - ramp.size:] = ramp[::-1]
        parts.append(note * envelope)
    signal = np.concatenate(parts) if parts else np.zeros(0)
    peak = float(np.abs(signal).max()) if signal.size else 1.0
    return (signal / max(peak, 1e-9) * 0.8 * 32767).astype("<i2")


def write_tone_wav(path: Path, notes: Sequence[tuple[float, float]]) -> Path:
    """Write `notes` as a WAV file at `path` (atomically: another station process may be reading it)."""
    return write_wav(path, tone_samples(notes), SAMPLE_RATE)


class StationSounds(QObject):
    """The three cues, prepared on first use. `play(cue)` plays it when the settings ask for it and audio
    works; `played` lists the cues asked for and allowed by the settings (whether or not a device played them),
    for tests and for the operator's peace of mind that the setting does something."""

    def __init__(self, config: Callable[[], StationConfig], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self._effects: dict[Cue, QObject] | None = None
        self.played: list[Cue] = []

    def wanted(self, cue: Cue) -> bool:
        """Whether the settings ask for this cue."""
        config = self._config()
        return config.sound_on_guidance if cue is Cue.GUIDANCE else config.sound_on_result

    def play(self, cue: Cue) -> bool:
        """Play `cue` if wanted; returns whether a device started playing it."""
        if not self.wanted(cue):
            return False
        self.played.append(cue)
        effect = self._prepare().get(cue)
        if effect is None:
            return False
        effect.play()  # type: ignore[attr-defined]
        return True

    def play_cue(self, _text: str, cue: str) -> bool:
        """A slot for the `announced(text, cue)` signals of the guidance banner and the result card."""
        return self.play(Cue(cue))

    def _prepare(self) -> dict[Cue, QObject]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                return self._effects
            for cue, notes in _NOTES.items():
                effect = QSoundEffect(self)
                wav = write_generated_wav(f"{cue.value}-v1.wav", lambda path, notes=notes: write_tone_wav(path, notes))
                effect.setSource(QUrl.fromLocalFile(str(wav)))
                effect.setVolume(_VOLUME[cue])
                self._effects[cue] = effect
        except Exception:  # noqa: BLE001 - sound is a nicety
            logger.info("no result sounds: audio is not available", exc_info=True)
            self._effects = {}
        return self._effects
