"""The liveness settings (issue 18): the defaults per page, the values the file may hold, what follows a
refusal, and the activity-log details (codes only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facestation.station.core.audit import FORBIDDEN_KEY_WORDS
from facestation.station.core.config import ConfigError, StationConfig
from facestation.station.core.liveness_settings import (
    KIOSK_DEFAULT_CHALLENGE,
    AfterRefusal,
    after_refusal,
    enrol_challenge,
    liveness_activity,
    verify_challenge,
)
from facestation.vision.liveness_challenge import (
    Challenge,
    LivenessOutcome,
    Prompt,
    PromptResult,
    Reason,
)


def test_verify_is_on_in_kiosk_mode_and_off_otherwise_by_default() -> None:
    assert verify_challenge(StationConfig()) is None
    assert verify_challenge(StationConfig(kiosk=True)) is KIOSK_DEFAULT_CHALLENGE is Challenge.BLINK_TURN
    assert enrol_challenge(StationConfig()) is None
    assert enrol_challenge(StationConfig(kiosk=True)) is None  # Enrol is attended: off unless chosen


@pytest.mark.parametrize("choice", ["off", "blink", "blink+turn"])
def test_the_admins_choice_wins_over_the_default(choice: str) -> None:
    expected = None if choice == "off" else Challenge(choice)
    for kiosk in (False, True):
        assert verify_challenge(StationConfig(kiosk=kiosk, liveness_verify=choice)) is expected  # type: ignore[arg-type]
        assert enrol_challenge(StationConfig(kiosk=kiosk, liveness_enrol=choice)) is expected  # type: ignore[arg-type]


def test_the_settings_file_keeps_the_choice_and_a_bad_value_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "station.json"
    StationConfig(liveness_verify="blink", liveness_enrol="blink+turn").save(path)
    loaded = StationConfig.load(path)
    assert (loaded.liveness_verify, loaded.liveness_enrol) == ("blink", "blink+turn")
    path.write_text(json.dumps({"liveness_verify": "smile", "liveness_enrol": None}), encoding="utf-8")
    loaded = StationConfig.load(path)
    assert (loaded.liveness_verify, loaded.liveness_enrol) == (None, "off")
    with pytest.raises(ConfigError, match="liveness_enrol"):
        StationConfig(liveness_enrol="always").validate()  # type: ignore[arg-type]


def test_one_retry_then_the_operator_decides_or_the_kiosk_refuses() -> None:
    assert after_refusal(1, kiosk=False) is AfterRefusal.RETRY
    assert after_refusal(1, kiosk=True) is AfterRefusal.RETRY
    assert after_refusal(2, kiosk=False) is AfterRefusal.OPERATOR
    assert after_refusal(2, kiosk=True) is AfterRefusal.REFUSE


def test_the_activity_details_are_codes_and_times_only() -> None:
    outcome = LivenessOutcome(live=False, reason=Reason.FLAT, seconds=4.567,
                              prompts=(PromptResult(Prompt.BLINK, True, 1.2),
                                       PromptResult(Prompt.TURN_LEFT, False, None, 0.001)),
                              same_person_distance=None)
    details = liveness_activity(outcome, Challenge.BLINK_TURN, page="verify", attempt=2)
    assert details == {"page": "verify", "challenge": "blink+turn", "live": False, "reason": "flat",
                       "seconds": 4.57, "prompts": ["blink", "turn_left"], "attempt": 2}
    for key in details:
        assert not FORBIDDEN_KEY_WORDS.intersection(key.split("_"))
