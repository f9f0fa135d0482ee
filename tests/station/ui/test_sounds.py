"""The result and guidance tones: generated WAV files that are short, distinct and valid; played only when the
settings ask for them; silent (and harmless) without an audio device, as in these offscreen tests."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from facestation.station.core.config import StationConfig
from facestation.station.ui.sounds import _NOTES, SAMPLE_RATE, Cue, StationSounds, tone_samples, write_tone_wav


def test_each_cue_is_a_short_valid_wav(tmp_path: Path) -> None:
    for cue, notes in _NOTES.items():
        path = write_tone_wav(tmp_path / f"{cue.value}.wav", notes)
        with wave.open(str(path), "rb") as sound:
            assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, SAMPLE_RATE)
            seconds = sound.getnframes() / SAMPLE_RATE
        assert 0.05 <= seconds <= 0.5, cue


def test_the_cues_sound_different() -> None:
    lengths = {cue: tone_samples(notes).size for cue, notes in _NOTES.items()}
    assert len(set(lengths.values())) == len(lengths)
    samples = tone_samples(_NOTES[Cue.PASSED])
    assert samples.dtype == np.dtype("<i2") and np.abs(samples).max() <= 32767
    assert abs(int(samples[0])) < 2000 and abs(int(samples[-1])) < 2000  # faded: no click at the edges


def test_the_settings_decide_which_cues_play(qapp) -> None:
    config = StationConfig()
    sounds = StationSounds(lambda: config)
    assert sounds.play(Cue.PASSED) is False and sounds.played == []  # off by default
    config.sound_on_result = True
    sounds.play_cue("Match.", "passed")
    sounds.play_cue("Come closer", "guidance")  # still off
    assert sounds.played == [Cue.PASSED]
    config.sound_on_guidance = True
    sounds.play(Cue.GUIDANCE)
    sounds.play(Cue.NOT_PASSED)
    assert sounds.played == [Cue.PASSED, Cue.GUIDANCE, Cue.NOT_PASSED]
