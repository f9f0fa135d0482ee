"""The preview's window of the frame: the widget's aspect, inside the frame, the portrait region and its margin
when they fit, the head always in view; it follows an off-centre face smoothly, settles, ignores jitter, keeps to
its speed limit, and comes back when the face is centred or gone."""

from __future__ import annotations

import itertools

import pytest

from facestation.station.core.camera.preview_window import (
    DEFAULT_SETTINGS,
    PreviewWindow,
    fit_whole_frame,
    head_box,
    head_guide,
    target_window,
)
from facestation.vision.faces import Box
from facestation.vision.quality import centred_portrait_region
from tests.support.clock import ManualClock

FRAME = (1280, 720)
REGION = centred_portrait_region(*FRAME)  # 540 x 720, centred
ASPECTS = (444 / 510, 240 / 450, 998 / 822, 16 / 9, 0.75, 2.2)


def contains(outer: Box, inner: Box, slack: float = 1e-6) -> bool:
    return (outer.left <= inner.left + slack and outer.top <= inner.top + slack
            and outer.right >= inner.right - slack and outer.bottom >= inner.bottom - slack)


def inside_frame(window: Box, frame: tuple[int, int] = FRAME) -> bool:
    return contains(Box(0, 0, *frame), window)


def face_at(centre_x: float, centre_y: float = 330.0, size: float = 190.0) -> Box:
    return Box(centre_x - size / 2, centre_y - size / 2, centre_x + size / 2, centre_y + size / 2)


@pytest.mark.parametrize("aspect", ASPECTS)
def test_the_window_keeps_the_widget_aspect_and_stays_inside_the_frame(aspect: float) -> None:
    for face in (None, face_at(640), face_at(300), face_at(1100), face_at(640, 300, 220)):
        window = target_window(FRAME, aspect, REGION, face)
        assert window.width / window.height == pytest.approx(aspect)
        assert inside_frame(window)
        if face is not None:
            assert contains(window, face)


def test_the_portrait_region_and_its_margin_are_shown_when_they_fit() -> None:
    frame = (1920, 1080)
    region = Box(760, 200, 1160, 733)  # a 3:4 region smaller than the frame
    for aspect in (0.75, 0.87, 1.2, 16 / 9):
        window = target_window(frame, aspect, region)
        margin = DEFAULT_SETTINGS.region_margin * region.height
        assert contains(window, Box(region.left - margin, region.top - margin, region.right + margin,
                                    region.bottom + margin))
        # ... and no more than that: the smallest window of this aspect around it.
        assert min(window.width - region.width - 2 * margin, window.height - region.height - 2 * margin) \
            == pytest.approx(0, abs=1e-6)


def test_the_full_height_region_of_a_landscape_frame_fills_a_portrait_shaped_box() -> None:
    # The Enrol page's camera box at 1366x768 is about 444x510: the whole 720-px height, no wider than needed.
    window = target_window(FRAME, 444 / 510, REGION)
    assert window.height == pytest.approx(720) and window.width == pytest.approx(720 * 444 / 510)
    assert contains(window, REGION)
    assert window.center[0] == pytest.approx(640)
    letterbox = fit_whole_frame(FRAME, 444 / 510)
    assert letterbox.width / window.width > 2  # twice as large on screen as the letterboxed frame


def test_a_narrow_box_cuts_the_region_sides_but_keeps_the_head_guide() -> None:
    window = target_window(FRAME, 240 / 450, REGION)
    assert window.width < REGION.width and inside_frame(window)
    assert contains(window, head_guide(REGION))


def test_a_portrait_photo_in_a_wide_box_keeps_the_whole_head_guide_with_bars() -> None:
    photo = (480, 640)
    region = centred_portrait_region(*photo)  # the whole photo
    window = target_window(photo, 640 / 480, region)
    assert contains(window, head_guide(region))
    assert window.left < 0 and window.right > 480  # bars at the sides rather than a cut forehead or chin
    assert window.height < 640  # still closer than the whole photo


def test_an_off_centre_face_is_followed_and_a_centred_one_is_not() -> None:
    aspect = 444 / 510
    home = target_window(FRAME, aspect, REGION)
    assert target_window(FRAME, aspect, REGION, face_at(640)) == home  # centred: the portrait window
    left = target_window(FRAME, aspect, REGION, face_at(250))
    assert left.center[0] < home.center[0] and contains(left, head_box(face_at(250)))
    right = target_window(FRAME, aspect, REGION, face_at(1050))
    assert right.center[0] > home.center[0] and contains(right, head_box(face_at(1050)))
    # Far to the side, the window stops at the frame's edge.
    assert target_window(FRAME, aspect, REGION, face_at(60)).left == pytest.approx(0)


def test_a_face_too_large_for_the_window_widens_it() -> None:
    close = face_at(640, 360, 520)
    window = target_window((1920, 1080), 1.2, Box(640, 100, 1280, 953), close)
    assert contains(window, close)


def run(preview: PreviewWindow, clock: ManualClock, face: Box | None, seconds: float, *,
        aspect: float = 444 / 510, fps: float = 30.0) -> list[Box]:
    windows = []
    for _ in range(round(seconds * fps)):
        clock.advance(1 / fps)
        windows.append(preview.update(FRAME, aspect, REGION, face))
    return windows


def test_the_window_eases_towards_an_off_centre_face_and_settles() -> None:
    clock = ManualClock()
    preview = PreviewWindow(clock=clock)
    home = preview.update(FRAME, 444 / 510, REGION, None)
    goal = target_window(FRAME, 444 / 510, REGION, face_at(250))
    windows = run(preview, clock, face_at(250), 1.0)
    lefts = [window.left for window in windows]
    assert lefts[0] > goal.left and lefts[0] < home.left  # starts moving at once, but not in one jump
    assert all(later <= earlier for earlier, later in itertools.pairwise(lefts))  # steadily, no overshoot
    assert lefts[-1] == pytest.approx(goal.left) and preview.settled  # settled within a second
    # "A few hundred ms": most of the way in 0.2 s, within 3 px by 0.6 s.
    assert abs(windows[5].left - goal.left) < 0.5 * abs(home.left - goal.left) < abs(windows[2].left - goal.left)
    assert abs(windows[17].left - goal.left) < 3
    assert all(inside_frame(window) for window in windows)
    assert all(window.width / window.height == pytest.approx(444 / 510) for window in windows)

    # Centred again (or gone, once the hold is over): back to the portrait window.
    run(preview, clock, face_at(640), 1.0)
    assert preview.window == home
    run(preview, clock, face_at(250), 1.0)
    run(preview, clock, None, 1.5)
    assert preview.window == home


def test_detection_noise_does_not_move_the_window() -> None:
    clock = ManualClock()
    preview = PreviewWindow(clock=clock)
    run(preview, clock, face_at(250), 1.0)
    settled = preview.window
    for index in range(60):
        jitter = 6.0 if index % 2 else -6.0
        clock.advance(1 / 30)
        assert preview.update(FRAME, 444 / 510, REGION, face_at(250 + jitter, 330 - jitter)) == settled


def test_a_missed_detection_does_not_send_the_window_home() -> None:
    clock = ManualClock()
    preview = PreviewWindow(clock=clock)
    run(preview, clock, face_at(250), 1.0)
    settled = preview.window
    run(preview, clock, None, DEFAULT_SETTINGS.face_hold * 0.8)
    assert preview.window == settled


def test_the_window_moves_no_faster_than_its_limit() -> None:
    clock = ManualClock()
    preview = PreviewWindow(clock=clock)
    run(preview, clock, face_at(640), 0.5)
    windows = run(preview, clock, face_at(60), 1.0)  # the face jumps across the frame
    previous = target_window(FRAME, 444 / 510, REGION)
    for window in windows:
        moved = abs(window.center[0] - previous.center[0])
        assert moved <= DEFAULT_SETTINGS.max_speed * previous.width / 30 + 1e-6
        previous = window
    # A stalled camera (two seconds without a frame) does not make the next step a jump either.
    run(preview, clock, face_at(640), 2.0)
    before = preview.window
    clock.advance(2.0)
    after = preview.update(FRAME, 444 / 510, REGION, face_at(60))
    assert abs(after.center[0] - before.center[0]) <= DEFAULT_SETTINGS.max_speed * before.width \
        * DEFAULT_SETTINGS.max_step + 1e-6


def test_a_new_frame_size_or_widget_shape_jumps_straight_to_its_window() -> None:
    clock = ManualClock()
    preview = PreviewWindow(clock=clock)
    run(preview, clock, face_at(250), 1.0)
    clock.advance(1 / 30)
    assert preview.update(FRAME, 1.2, REGION, None) == target_window(FRAME, 1.2, REGION, face_at(250))
    small = (640, 480)
    region = centred_portrait_region(*small)
    clock.advance(1 / 30)
    assert preview.update(small, 1.2, region, None) == target_window(small, 1.2, region)
