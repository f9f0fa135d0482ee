"""The liveness prompt on the guidance banner (issue 18): the words and "1 of 2 · 5 s", the drawn face that acts
the prompt out (and turns the way the mirrored preview shows the person turning), a plain sentence for every
reason a check can fail, and the banner back to normal guidance afterwards."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QImage

from facestation.station.ui.widgets.guidance_banner import BannerState, GuidanceBanner
from facestation.station.ui.widgets.liveness_prompt import PromptAnimation, progress_text, prompt_text, reason_text
from facestation.vision.liveness_challenge import LivenessState, Prompt, Reason


def state(prompt: Prompt | None, index: int = 0, count: int = 2, seconds_left: float = 4.2) -> LivenessState:
    return LivenessState(prompt=prompt, index=index, count=count, seconds_left=seconds_left, answer_seconds=6.0)


def test_every_prompt_and_reason_has_plain_words() -> None:
    assert [prompt_text(prompt) for prompt in Prompt] == [
        "Blink", "Turn your head to your left", "Turn your head to your right"]
    assert prompt_text(None).startswith("Well done")
    assert progress_text(state(Prompt.BLINK, 1, 2, 2.01)) == "2 of 2 · 3 s"
    assert progress_text(state(Prompt.BLINK, 0, 1, 0.0)) == "1 of 1 · 0 s"
    for reason in Reason:
        assert (reason_text(reason) == "") is (reason is Reason.LIVE), reason
    assert reason_text(Reason.FLAT) == "The head turned like a flat picture (a photo or a screen?)."


def test_the_banner_shows_the_prompt_then_goes_back_to_guidance(qtbot: Any) -> None:
    banner = GuidanceBanner()
    qtbot.addWidget(banner)
    banner.resize(900, 90)
    banner.show()
    banner.show_liveness(state(Prompt.TURN_LEFT))
    assert banner.text == "Turn your head to your left" and banner.symbol == ""
    assert banner.state is BannerState.CAPTURED  # the photo's colours: the check follows the photo
    assert banner.showing_liveness and banner.animation.running and banner.progress.text() == "1 of 2 · 5 s"
    banner.show_liveness(state(None))  # the pause between two prompts
    assert not banner.animation.running and banner.progress.text() == ""
    banner.clear()
    assert not banner.showing_liveness and not banner.progress.isVisibleTo(banner)


def _ink_columns(widget: PromptAnimation) -> float:
    """The mean column of the drawing's white pixels (where its features are)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    columns = [x for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)).lightness() > 200]
    return sum(columns) / max(1, len(columns))


def test_the_drawn_face_turns_to_the_persons_side_as_a_mirror_shows_it(qtbot: Any) -> None:
    drawing = PromptAnimation(size=64)
    qtbot.addWidget(drawing)
    drawing.setStyleSheet("background: black;")
    drawing.setAutoFillBackground(True)
    centres = {}
    for prompt in (Prompt.BLINK, Prompt.TURN_LEFT, Prompt.TURN_RIGHT):
        drawing.set_prompt(prompt)
        drawing.freeze(0.5)  # mid-blink, or the head turned furthest
        centres[prompt] = _ink_columns(drawing)
    # The person's left is the mirrored preview's left: the features slide left for "turn to your left".
    assert centres[Prompt.TURN_LEFT] < centres[Prompt.BLINK] < centres[Prompt.TURN_RIGHT]
