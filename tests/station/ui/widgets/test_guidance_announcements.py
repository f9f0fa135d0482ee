"""What a screen reader is told: the guidance banner announces an instruction only once it has stayed about a
second (a swaying person does not make it chatter), a camera problem at once; the result card announces each
result and each review decision at once, with the verdict, the sentence and the person. The clock is a fake one
the test moves, so nothing sleeps. (PySide6 has no QAccessible.installUpdateHandler: the tests read the
accessible texts and the announcer's count, the seam the events are posted from.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible

from facestation.api import IdentifyResult, ResultCode
from facestation.station.core.verification import VerifyMode
from facestation.station.ui.accessibility import GUIDANCE_SETTLE_SECONDS, Announcer, accessible_name
from facestation.station.ui.widgets.guidance_banner import BannerState, GuidanceBanner, guidance_text
from facestation.station.ui.widgets.result_card import ResultCard
from facestation.vision.guidance import Guidance


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def banner(qtbot, clock: FakeClock) -> Iterator[GuidanceBanner]:
    banner = GuidanceBanner(clock=clock)
    qtbot.addWidget(banner)
    banner.show()
    yield banner


def guide(banner: GuidanceBanner, guidance: Guidance) -> None:
    banner.set_message(guidance_text(guidance), BannerState.GUIDANCE)


def description(widget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description)


def test_a_guidance_is_announced_only_once_it_has_stayed(banner: GuidanceBanner, clock: FakeClock,
                                                         qtbot) -> None:
    heard: list[tuple[str, str]] = []
    banner.announced.connect(lambda text, cue: heard.append((text, cue)))
    guide(banner, Guidance.TOO_FAR)
    clock.advance(0.4)
    banner.announcer.poll()
    assert banner.announcer.count == 0  # not yet: it may change again at once
    guide(banner, Guidance.MOVE_YOUR_LEFT)  # the person sways: a new instruction restarts the wait
    clock.advance(GUIDANCE_SETTLE_SECONDS - 0.1)
    banner.announcer.poll()
    assert banner.announcer.count == 0
    clock.advance(0.2)
    banner.announcer.poll()
    text = guidance_text(Guidance.MOVE_YOUR_LEFT)
    assert banner.announcer.count == 1 and heard == [(text, "guidance")]
    assert text in accessible_name(banner) and description(banner) == text
    assert "Instructions for the person" in accessible_name(banner)

    # The same instruction again says nothing new.
    clock.advance(5)
    banner.announcer.poll()
    assert banner.announcer.count == 1


def test_a_flickering_guidance_never_chatters(banner: GuidanceBanner, clock: FakeClock) -> None:
    for step in range(20):  # two instructions swapping every 300 ms for 6 s
        guide(banner, Guidance.TOO_FAR if step % 2 else Guidance.TOO_CLOSE)
        clock.advance(0.3)
        banner.announcer.poll()
    assert banner.announcer.count == 0


def test_the_timer_announces_without_anyone_polling(qtbot) -> None:
    banner = GuidanceBanner()  # the real clock: the banner's own timer announces after about a second
    qtbot.addWidget(banner)
    with qtbot.waitSignal(banner.announced, timeout=5000) as blocker:
        guide(banner, Guidance.TOO_FAR)
    assert blocker.args == [guidance_text(Guidance.TOO_FAR), "guidance"]


def test_a_problem_is_announced_at_once_and_idle_cancels_a_waiting_guidance(
        banner: GuidanceBanner, clock: FakeClock) -> None:
    heard: list[tuple[str, str]] = []
    banner.announced.connect(lambda text, cue: heard.append((text, cue)))
    banner.show_problem("The camera stopped")
    assert heard == [("The camera stopped", "not_passed")]
    guide(banner, Guidance.TOO_FAR)
    banner.clear()  # back to idle before the guidance settled: nothing more is said
    clock.advance(5)
    banner.announcer.poll()
    assert len(heard) == 1


def test_announcer_reset_and_empty_texts(qtbot, clock: FakeClock) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    announcer = Announcer(label, name="Status", settle_seconds=1.0, clock=clock)
    announcer.propose("")
    clock.advance(2)
    announcer.poll()
    assert announcer.count == 0
    announcer.announce("Ready")
    assert label.accessibleName() == "Status: Ready" and announcer.last == "Ready"
    announcer.reset()
    assert label.accessibleName() == "Status" and announcer.last == ""


def test_the_result_card_announces_each_result_and_decision(qtbot) -> None:
    card = ResultCard(clear_seconds=0)
    qtbot.addWidget(card)
    card.show()
    heard: list[tuple[str, str]] = []
    card.announced.connect(lambda text, cue: heard.append((text, cue)))
    match = IdentifyResult(result=ResultCode.OK, confidence=92, description="", name="Ada", surname1="Lovelace")
    card.show_result(match, mode=VerifyMode.PERSON)
    assert len(heard) == 1
    text, cue = heard[0]
    assert cue == "passed" and text.startswith("Match.") and "Ada Lovelace" in text and "92" in text
    assert card.announcer.count == 1 and description(card) == text

    review = IdentifyResult(result=ResultCode.WARNING, confidence=55, description="")
    card.show_result(review, mode=VerifyMode.PERSON)
    assert heard[-1][1] == "not_passed" and heard[-1][0].startswith("Needs review.")
    assert "Compare the two photos" in heard[-1][0]  # the operator is told what to do next
    card.confirm("Checked the ID document")
    assert card.announcer.count == 3 and "You confirmed" in card.announcer.last

    card.clear()
    assert accessible_name(card) == "No result" and description(card) == ""
