"""Enrol with the liveness check on (Settings → Liveness, Enrol: Blink), against the real built-in service: Enrol
waits for a live person; a still photo is refused, Try again gives a new check, and after the second refusal the
operator may enrol with a warning. The check is driven as in test_verify_liveness (tests.station.liveness_sitting)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt

from facestation.station.ui.panels.enrol import EnrolPanel
from tests.station.liveness_sitting import Sitting, sit_at
from tests.station.support import wait_until
from tests.support.liveness_heads import Responder

TIMEOUT = 40.0


@pytest.fixture
def sitting(station_context: Any, qtbot: Any) -> Iterator[Sitting]:
    station_context.config.liveness_enrol = "blink"
    panel = EnrolPanel(station_context)
    yield sit_at(panel, qtbot)
    panel.capture.stop(wait=True)


def answer(sitting: Sitting, responder: Responder | None) -> None:
    sitting.answer(responder)
    wait_until(lambda: not sitting.flow.running, timeout=TIMEOUT)


def test_enrol_waits_for_a_live_person(sitting: Sitting, compliant_file: Path) -> None:
    panel: EnrolPanel = sitting.page
    panel.capture.load_photo(compliant_file)
    wait_until(lambda: panel.liveness.checking, timeout=TIMEOUT)
    assert panel.capture.banner.text == "Blink" and panel.capture.banner.progress.text().startswith("1 of 1")
    assert not panel.enrol_button.isEnabled() and "instructions" in panel.next_step.text()
    answer(sitting, Responder(np.random.default_rng(5)))
    assert panel.liveness.allows_enrol and panel.enrol_button.isEnabled()
    assert panel.capture.banner.text == "Live person: confirmed"


def test_refused_twice_then_the_operator_decides(sitting: Sitting, compliant_file: Path, qtbot: Any,
                                                  station_context: Any) -> None:
    logged: list[dict[str, Any]] = []
    real = station_context.log_activity
    station_context.log_activity = lambda action, **options: (
        logged.append(dict(options["details"])) if action == "liveness" else None, real(action, **options))
    panel: EnrolPanel = sitting.page
    panel.capture.load_photo(compliant_file)
    wait_until(lambda: panel.liveness.checking, timeout=TIMEOUT)
    answer(sitting, None)
    retry = panel.liveness.retry_button
    assert retry.isVisibleTo(panel) and not panel.enrol_button.isEnabled()
    assert panel.capture.banner.text == "Could not confirm a live person: try again"
    assert panel.photo_problem.text() == "No answer to the prompt in time."
    panel.enrol()  # Enter in a field cannot get round the check
    assert "not confirmed yet" in panel.message.text()
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    assert panel.liveness.checking and not retry.isVisibleTo(panel)
    answer(sitting, None)
    assert panel.enrol_button.isEnabled() and not retry.isVisibleTo(panel)
    assert panel.capture.banner.text == "Live person not confirmed"
    assert "checked the person yourself" in panel.photo_problem.text()
    assert [(entry["page"], entry["live"], entry["attempt"]) for entry in logged] == [("enrol", False, 1),
                                                                                     ("enrol", False, 2)]
