"""Verify with the liveness check on (issue 18), against the real built-in service: the photo is taken from a real
portrait file, the verification request runs in parallel, and the check is driven deterministically: a seeded
prompt order, the check's clock injected, and landmark frames from `tests.support.liveness_heads.Responder` fed
through the pipeline bridge's `resultReady` as the camera's analyses would come.

The synthetic landmarks are placed on the captured face, on the captured frame's image
(`tests.station.liveness_sitting`), so the same-person descriptor check at the end runs on the real portrait.

* a real head answering the prompts: "Live person: confirmed" on the Match;
* nobody answering (a still photo): "Could not confirm a live person: try again"; Try again gives new prompts
  on the same photo; a flat picture turned in the hand is refused again, and the operator decides (the match is
  marked "not confirmed" and waits for Confirm or Reject);
* in kiosk mode the second refusal refuses: no match result is shown.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt

from facestation.station.ui.panels.verify import VerifyPanel
from facestation.station.ui.widgets.result_card import LivenessMark, Verdict
from facestation.vision.faces import BGRImage
from facestation.vision.liveness_challenge import LivenessState
from tests.station.liveness_sitting import Sitting, sit_at
from tests.station.support import wait_until
from tests.support.liveness_heads import FLAT_FACE, Responder

VERIFY_TIMEOUT = 40.0


def answer(sitting: Sitting, responder: Responder | None) -> None:
    sitting.answer(responder)
    wait_until(lambda: not sitting.flow.running, timeout=VERIFY_TIMEOUT)


@pytest.fixture
def logged(station_context: Any) -> list[tuple[str, dict[str, Any]]]:
    """The activity entries the page writes (still written to the real log as well)."""
    entries: list[tuple[str, dict[str, Any]]] = []
    real = station_context.log_activity

    def log_activity(action: str, **options: Any) -> None:
        entries.append((action, dict(options.get("details") or {})))
        real(action, **options)

    station_context.log_activity = log_activity
    return entries


def make_panel(station_context: Any, qtbot: Any, *, kiosk: bool) -> tuple[VerifyPanel, Sitting]:
    station_context.config.liveness_verify = "blink+turn"
    station_context.config.kiosk = kiosk
    panel = VerifyPanel(station_context)
    return panel, sit_at(panel, qtbot)


@pytest.fixture
def sitting(station_context: Any, qtbot: Any, request: pytest.FixtureRequest) -> Iterator[Sitting]:
    panel, sitting = make_panel(station_context, qtbot, kiosk=getattr(request, "param", False))
    yield sitting
    panel.deactivate()
    panel.capture.stop(wait=True)


def enrol_and_photograph(sitting: Sitting, station_context: Any, run_coro: Any, portrait: BGRImage,
                         compliant_file: Path, qtbot: Any) -> None:
    ok, jpeg = cv2.imencode(".jpg", portrait)
    assert ok
    number = f"L-{uuid.uuid4().hex[:10]}"
    run_coro(station_context.client.records.create(face_image=jpeg.tobytes(), name="Grace", surname1="Live",
                                                   external_identifier=number), timeout=30)
    panel = sitting.page
    panel.number_field.setFocus()
    qtbot.keyClicks(panel.number_field, number)
    qtbot.keyClick(panel.number_field, Qt.Key.Key_Return)
    wait_until(lambda: panel.expected_person is not None, timeout=VERIFY_TIMEOUT)
    panel.capture.load_photo(compliant_file)
    wait_until(lambda: panel.liveness.checking, timeout=VERIFY_TIMEOUT)


def shown_prompt(panel: VerifyPanel) -> LivenessState:
    state = panel.liveness.flow.current_state()
    assert state is not None and state.count == 2 and state.index == 0
    banner = panel.capture.banner
    assert banner.showing_liveness and banner.animation.running
    assert banner.text in ("Blink", "Turn your head to your left", "Turn your head to your right")
    assert banner.progress.text().startswith("1 of 2")
    return state


def test_a_real_head_answering_is_confirmed_live(sitting: Sitting, station_context: Any, run_coro: Any,
                                                 compliant_portrait: BGRImage, compliant_file: Path, qtbot: Any,
                                                 logged: list[tuple[str, dict[str, Any]]]) -> None:
    panel = sitting.page
    enrol_and_photograph(sitting, station_context, run_coro, compliant_portrait, compliant_file, qtbot)
    shown_prompt(panel)
    assert not panel.showing_result  # the answer, even if back already, waits for a live person
    assert not panel.capture.view.frozen  # the person sees themselves blink and turn
    assert "follows the instructions" in panel.next_step.text()
    answer(sitting, Responder(np.random.default_rng(7)))
    wait_until(lambda: panel.showing_result, timeout=VERIFY_TIMEOUT)
    card = panel.card
    assert card.verdict is Verdict.MATCH and card.liveness is LivenessMark.CONFIRMED
    assert card.liveness_label.isVisibleTo(card) and card.liveness_label.text() == "✓ Live person: confirmed"
    assert not card.review_pending and not card.liveness_retry_button.isVisibleTo(card)
    outcome = panel.liveness.last_outcome
    assert outcome is not None and outcome.live and outcome.same_person_distance is not None
    assert panel.capture.view.frozen  # the photo the answer is about is held again
    [(action, details)] = [entry for entry in logged if entry[0] == "liveness"]
    assert details["live"] is True and details["reason"] == "live" and details["challenge"] == "blink+turn"
    assert sorted(details["prompts"])[0] == "blink" and details["attempt"] == 1


def test_refused_then_retry_then_the_operator_decides(sitting: Sitting, station_context: Any, run_coro: Any,
                                                      compliant_portrait: BGRImage, compliant_file: Path, qtbot: Any,
                                                      logged: list[tuple[str, dict[str, Any]]]) -> None:
    panel = sitting.page
    enrol_and_photograph(sitting, station_context, run_coro, compliant_portrait, compliant_file, qtbot)
    shown_prompt(panel)
    answer(sitting, None)  # a photo held up: it never blinks, never turns
    card = panel.card
    wait_until(lambda: panel.showing_result, timeout=VERIFY_TIMEOUT)
    assert card.liveness_refused and card.result is None  # no match result, whatever the service said
    assert card.sentence.text() == "Could not confirm a live person: try again"
    assert card.liveness_label.text().startswith("No answer to the prompt in time.")
    assert card.liveness_retry_button.isVisibleTo(card) and card.liveness_retry_button.hasFocus()
    assert "Try again" in panel.next_step.text()

    qtbot.mouseClick(card.liveness_retry_button, Qt.MouseButton.LeftButton)  # same photo, new prompts
    assert not panel.showing_result and panel.liveness.checking
    shown_prompt(panel)
    answer(sitting, Responder(np.random.default_rng(3), shape=FLAT_FACE))  # a photo turned in the hand
    wait_until(lambda: panel.showing_result and card.result is not None, timeout=VERIFY_TIMEOUT)
    assert card.verdict is Verdict.MATCH and card.liveness is LivenessMark.NOT_CONFIRMED
    assert card.liveness_label.text().startswith("⚠ Live person not confirmed")
    assert card.review_pending and card.confirm_button.isVisibleTo(card)  # the operator decides
    assert not card.liveness_retry_button.isVisibleTo(card)
    card.reject("The person held up a photo")
    assert card.decision is not None and card.decision["decision"] == "rejected"
    checks = [details for action, details in logged if action == "liveness"]
    assert [(c["live"], c["attempt"]) for c in checks] == [(False, 1), (False, 2)]
    assert checks[0]["reason"] == "timed_out" and checks[1]["reason"] in ("flat", "timed_out")


@pytest.mark.parametrize("sitting", [True], indirect=True, ids=["kiosk"])
def test_in_kiosk_mode_the_second_refusal_refuses(sitting: Sitting, station_context: Any, run_coro: Any,
                                                  compliant_portrait: BGRImage, compliant_file: Path,
                                                  qtbot: Any) -> None:
    panel = sitting.page
    enrol_and_photograph(sitting, station_context, run_coro, compliant_portrait, compliant_file, qtbot)
    answer(sitting, None)
    card = panel.card
    wait_until(lambda: card.liveness_refused, timeout=VERIFY_TIMEOUT)
    card.liveness_retry_button.click()
    answer(sitting, None)
    wait_until(lambda: card.liveness_refused, timeout=VERIFY_TIMEOUT)
    assert card.verdict_label.text() == "Refused" and card.sentence.text() == "Could not confirm a live person"
    assert not card.liveness_retry_button.isVisibleTo(card) and card.result is None
    wait_until(lambda: panel.has_check and not panel.verifying, timeout=VERIFY_TIMEOUT)
    assert card.result is None and card.liveness_refused  # the service's answer came, and stays hidden
