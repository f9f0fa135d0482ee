"""Frame sources on generated files: photos, folders, videos (good, looping, corrupt), cameras (none here),
pushed frames, and `source_from_argument`'s messages for the desk."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from facestation.station.core.camera import devices
from facestation.station.core.camera.sources import (
    NO_CAMERA_MESSAGE,
    CameraError,
    CameraInfo,
    FolderSource,
    Frame,
    FrameSource,
    ImageFileSource,
    OpenCVCameraSource,
    PushFrameSource,
    VideoFileSource,
    list_opencv_cameras,
    source_from_argument,
)

VIDEO_FPS = 20.0
VIDEO_FRAMES = 10
LEVEL_STEP = 20  # frame i of a generated video is flat grey at level i * LEVEL_STEP


def grey(level: int, width: int = 64, height: int = 48) -> np.ndarray:
    return np.full((height, width, 3), level, np.uint8)


def write_video(path: Path, frames: int = VIDEO_FRAMES, fps: float = VIDEO_FPS, size: tuple[int, int] = (64, 48)) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, size)
    assert writer.isOpened()
    for index in range(frames):
        writer.write(grey(index * LEVEL_STEP, *size))
    writer.release()
    return path


def level_of(frame: Frame) -> int:
    """The generated frame number a decoded frame shows (mp4v is lossy: round the grey level)."""
    return round(float(frame.image.mean()) / LEVEL_STEP)


def read_frames(source: FrameSource, count: int) -> list[Frame]:
    frames = []
    for _ in range(count):
        frame = source.read()
        assert frame is not None
        frames.append(frame)
    return frames


@pytest.fixture
def video(tmp_path: Path) -> Path:
    return write_video(tmp_path / "clip.mp4")


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.png"
    cv2.imwrite(str(path), grey(90, 40, 30))
    return path


def assert_frame(frame: Frame, index: int) -> None:
    assert frame.index == index
    assert frame.image.dtype == np.uint8 and frame.image.ndim == 3 and frame.image.shape[2] == 3
    assert not frame.image.flags.writeable  # shared with the preview and the analysis


# --- photos ---------------------------------------------------------------------------------------------


def test_a_photo_repeats_like_a_camera_on_the_clip_clock(photo: Path) -> None:
    source = ImageFileSource(photo, fps=10, realtime=False)
    assert isinstance(source, FrameSource)
    assert source.name == "Photo: photo.png" and not source.is_live and source.nominal_fps == 10
    frames = read_frames(source, 5)
    for index, frame in enumerate(frames):
        assert_frame(frame, index)
        assert frame.image is frames[0].image  # decoded once
        assert frame.image.shape == (30, 40, 3)
    steps = np.diff([frame.timestamp for frame in frames])
    assert steps == pytest.approx([0.1] * 4)
    assert not source.ended
    source.close()
    assert source.ended and source.read() is None


def test_a_photo_is_decoded_upright_by_its_exif_orientation(tmp_path: Path) -> None:
    pixels = np.zeros((20, 40, 3), np.uint8)
    pixels[:10, :10] = 255
    exif = Image.Exif()
    exif[0x0112] = 6  # phone held upright: rotate 90° clockwise to display
    path = tmp_path / "phone.jpg"
    Image.fromarray(pixels).save(path, "JPEG", quality=95, exif=exif)
    frame = ImageFileSource(path, realtime=False).read()
    assert frame is not None and frame.image.shape == (40, 20, 3)
    assert frame.image[:10, -10:].mean() > 200  # the white cell ends up top right


def test_realtime_pacing_follows_the_nominal_rate(photo: Path) -> None:
    source = ImageFileSource(photo, fps=50)
    started = time.monotonic()
    frames = read_frames(source, 11)
    elapsed = time.monotonic() - started
    assert 0.18 <= elapsed < 0.6  # 10 intervals of 20 ms, with room for a busy machine
    # Never ahead of the 20 ms schedule. Not "every gap > 10 ms": on a busy machine a late frame is followed by
    # a short gap as the pacer catches up with its schedule, which is the point of pacing to a schedule.
    since_first = np.array([frame.timestamp for frame in frames]) - frames[0].timestamp
    assert (since_first >= np.arange(len(frames)) * 0.02 - 0.001).all(), since_first


def test_close_wakes_a_read_waiting_for_its_frame(photo: Path) -> None:
    source = ImageFileSource(photo, fps=0.2)  # the second frame is due 5 s after the first
    assert source.read() is not None
    threading.Timer(0.1, source.close).start()
    started = time.monotonic()
    assert source.read() is None
    assert time.monotonic() - started < 1.0


def test_photo_errors_are_messages_for_the_desk(tmp_path: Path) -> None:
    not_a_photo = tmp_path / "notes.jpg"
    not_a_photo.write_bytes(b"this is not an image")
    with pytest.raises(CameraError, match="notes.jpg.*cannot be used.*not an image"):
        ImageFileSource(not_a_photo)
    with pytest.raises(CameraError, match="was not found"):
        ImageFileSource(tmp_path / "missing.jpg")


# --- folders --------------------------------------------------------------------------------------------


def test_a_folder_shows_its_photos_in_name_order_each_for_n_frames_and_loops(tmp_path: Path) -> None:
    for name, level in (("b.png", 100), ("A.png", 50), ("c.jpg", 150)):
        cv2.imwrite(str(tmp_path / name), grey(level))
    (tmp_path / "readme.txt").write_text("not a photo")
    (tmp_path / ".hidden.png").write_bytes(b"")
    source = FolderSource(tmp_path, frames_per_image=2, realtime=False)
    assert [path.name for path in source.files] == ["A.png", "b.png", "c.jpg"]
    frames = read_frames(source, 8)
    assert [round(float(frame.image.mean()) / 50) for frame in frames] == [1, 1, 2, 2, 3, 3, 1, 1]
    assert [frame.index for frame in frames] == list(range(8))


def test_a_folder_without_looping_ends(tmp_path: Path) -> None:
    cv2.imwrite(str(tmp_path / "only.png"), grey(80))
    source = FolderSource(tmp_path, frames_per_image=3, loop=False, realtime=False)
    assert len(read_frames(source, 3)) == 3
    assert source.read() is None and source.ended


def test_an_unreadable_photo_in_a_folder_is_reported_once_and_skipped(tmp_path: Path) -> None:
    cv2.imwrite(str(tmp_path / "1.png"), grey(60))
    (tmp_path / "2.jpg").write_bytes(b"broken")
    cv2.imwrite(str(tmp_path / "3.png"), grey(180))
    source = FolderSource(tmp_path, frames_per_image=1, realtime=False)
    assert source.read().image.mean() == 60
    with pytest.raises(CameraError, match="2.jpg"):
        source.read()
    assert source.read().image.mean() == 180
    assert source.read().image.mean() == 60  # looped past the broken one


def test_folder_errors(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(CameraError, match="has no photos"):
        FolderSource(tmp_path)
    with pytest.raises(CameraError, match="was not found"):
        FolderSource(tmp_path / "nowhere")


# --- videos ---------------------------------------------------------------------------------------------


def test_a_video_plays_every_frame_then_ends(video: Path) -> None:
    source = VideoFileSource(video, loop=False, realtime=False)
    assert source.name == "Video: clip.mp4" and not source.is_live
    assert source.nominal_fps == VIDEO_FPS and source.frame_size == (64, 48)
    frames = read_frames(source, VIDEO_FRAMES)
    assert [level_of(frame) for frame in frames] == list(range(VIDEO_FRAMES))
    for index, frame in enumerate(frames):
        assert_frame(frame, index)
    assert np.diff([frame.timestamp for frame in frames]) == pytest.approx([1 / VIDEO_FPS] * (VIDEO_FRAMES - 1))
    assert source.read() is None and source.ended
    source.close()
    source.close()  # idempotent


def test_a_looping_video_starts_over_and_keeps_counting(video: Path) -> None:
    with VideoFileSource(video, realtime=False) as source:
        frames = read_frames(source, 2 * VIDEO_FRAMES + 3)
        assert [level_of(frame) for frame in frames] == list(range(VIDEO_FRAMES)) * 2 + [0, 1, 2]
        assert [frame.index for frame in frames] == list(range(2 * VIDEO_FRAMES + 3))
        assert np.diff([frame.timestamp for frame in frames]).min() > 0  # the clock never runs backwards
        assert not source.ended


def test_a_realtime_video_is_paced_to_its_frame_rate(video: Path) -> None:
    source = VideoFileSource(video, loop=False)
    started = time.monotonic()
    frames = read_frames(source, VIDEO_FRAMES)
    elapsed = time.monotonic() - started
    assert (VIDEO_FRAMES - 1) / VIDEO_FPS * 0.9 <= elapsed < 1.5
    assert len(frames) == VIDEO_FRAMES
    source.close()


@pytest.mark.parametrize("damage", ["random bytes", "truncated", "empty"])
def test_a_damaged_video_is_refused_with_a_message(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "damaged.mp4"
    if damage == "random bytes":
        path.write_bytes(np.random.default_rng(1).integers(0, 256, 20_000, dtype=np.uint8).tobytes())
    elif damage == "truncated":
        data = write_video(tmp_path / "good.mp4", frames=12).read_bytes()
        path.write_bytes(data[: len(data) // 2])  # mp4v writes its index (moov) at the end
    else:
        path.write_bytes(b"")
    with pytest.raises(CameraError, match="damaged.mp4.*cannot be played.*Choose another video"):
        VideoFileSource(path)


def test_a_damaged_video_prints_nothing_to_the_console(tmp_path: Path) -> None:
    # FFmpeg's own complaints go straight to stderr, and only a fresh process shows whether they are off
    # (OpenCV reads the setting once).
    path = tmp_path / "damaged.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(5000))
    code = (
        "import sys; from facestation.station.core.camera.sources import VideoFileSource, CameraError\n"
        "try: VideoFileSource(sys.argv[1])\nexcept CameraError: print('refused')\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "OPENCV_FFMPEG_LOGLEVEL"}  # set on import
    completed = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60,
                               env=env)
    assert completed.stdout.strip() == "refused"
    assert completed.stderr == ""


# --- cameras --------------------------------------------------------------------------------------------


def no_camera_here() -> bool:
    return not list(Path("/dev").glob("video*")) if sys.platform.startswith("linux") else False


def test_probing_is_quick_and_quiet_without_a_camera(capfd: pytest.CaptureFixture[str]) -> None:
    started = time.monotonic()
    cameras = list_opencv_cameras()
    elapsed = time.monotonic() - started
    assert all(isinstance(camera, CameraInfo) for camera in cameras)
    assert elapsed < 6.0
    if no_camera_here():
        assert cameras == []
        assert elapsed < 1.0
    assert "WARN" not in capfd.readouterr().err


def test_probing_gives_up_on_a_driver_that_hangs(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def hanging_open(index: int, api_preference: int) -> None:
        release.wait(30)
        return None

    monkeypatch.setattr(devices, "_candidate_indices", lambda max_index: [0, 1])
    monkeypatch.setattr(devices, "_open_camera", hanging_open)
    started = time.monotonic()
    try:
        assert list_opencv_cameras(timeout=0.3) == []
        assert time.monotonic() - started < 1.5
    finally:
        release.set()


def test_probing_every_index_without_a_camera_is_quiet(monkeypatch: pytest.MonkeyPatch,
                                                       capfd: pytest.CaptureFixture[str]) -> None:
    if not no_camera_here():
        pytest.skip("this machine has a camera")
    # Open every index for real (the Linux /dev shortcut off): still no camera, no warning, no hang.
    monkeypatch.setattr(devices, "_candidate_indices", lambda max_index: list(range(max_index)))
    assert list_opencv_cameras(timeout=5.0) == []
    assert "WARN" not in capfd.readouterr().err


def test_opening_a_missing_camera_says_what_to_do(capfd: pytest.CaptureFixture[str]) -> None:
    if not no_camera_here():
        pytest.skip("this machine has a camera")
    with pytest.raises(CameraError) as raised:
        OpenCVCameraSource(0)
    assert raised.value.message == NO_CAMERA_MESSAGE
    assert "WARN" not in capfd.readouterr().err


# --- pushed frames --------------------------------------------------------------------------------------


def test_pushed_frames_newest_wins_and_end() -> None:
    source = PushFrameSource("Front desk camera", wait_seconds=0.05)
    assert isinstance(source, FrameSource) and source.is_live
    assert source.read() is None and not source.ended  # nothing yet: waits briefly, then None
    source.push(grey(10), timestamp=1.0)
    source.push(grey(20), timestamp=2.0)  # replaces the unread one
    frame = source.read()
    assert frame is not None and frame.image.mean() == 20 and frame.timestamp == 2.0 and frame.index == 1
    assert not frame.image.flags.writeable

    threading.Timer(0.02, lambda: source.push(np.full((4, 4, 4), 30, np.uint8))).start()  # BGRA from a sink
    deadline = time.monotonic() + 5
    while (frame := source.read()) is None and time.monotonic() < deadline:
        pass
    assert frame is not None and frame.image.shape == (4, 4, 3)
    source.push(grey(40))
    source.end()
    assert not source.ended  # one frame still to read
    assert source.read().image.mean() == 40
    assert source.read() is None and source.ended


# --- the --camera argument ------------------------------------------------------------------------------


def test_argument_picks_the_source_by_kind(tmp_path: Path, photo: Path, video: Path) -> None:
    assert isinstance(source_from_argument(str(photo)), ImageFileSource)
    assert isinstance(source_from_argument(f"  {video}  "), VideoFileSource)
    folder = tmp_path / "people"
    folder.mkdir()
    cv2.imwrite(str(folder / "x.png"), grey(1))
    assert isinstance(source_from_argument(str(folder)), FolderSource)
    # No telling extension: the content decides.
    disguised_photo = tmp_path / "snapshot.dat"
    disguised_photo.write_bytes(photo.read_bytes())
    assert isinstance(source_from_argument(str(disguised_photo)), ImageFileSource)
    disguised_video = tmp_path / "recording"
    disguised_video.write_bytes(video.read_bytes())
    assert isinstance(source_from_argument(str(disguised_video), realtime=False), VideoFileSource)


def test_argument_sources_loop_unless_told_not_to(tmp_path: Path, video: Path) -> None:
    folder = tmp_path / "people"
    folder.mkdir()
    cv2.imwrite(str(folder / "x.png"), grey(1))
    for text in (str(video), str(folder)):
        looping = source_from_argument(text, realtime=False)
        once = source_from_argument(text, realtime=False, loop=False)
        try:
            assert looping.loop is True and once.loop is False
        finally:
            looping.close()
            once.close()
    # Played once, a video ends after its last frame instead of starting over.
    with source_from_argument(str(video), realtime=False, loop=False) as source:
        assert len(read_frames(source, VIDEO_FRAMES)) == VIDEO_FRAMES
        assert source.read() is None and source.ended


def test_argument_errors_are_messages_for_the_desk(tmp_path: Path) -> None:
    with pytest.raises(CameraError, match="nobody.jpg.*was not found.*choose another photo"):
        source_from_argument(str(tmp_path / "nobody.jpg"))
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"\x01\x02" * 1000)
    with pytest.raises(CameraError, match="neither a photo nor a video"):
        source_from_argument(str(garbage))
    broken_video = tmp_path / "broken.mp4"
    broken_video.write_bytes(b"nothing to play")
    with pytest.raises(CameraError, match="cannot be played"):
        source_from_argument(str(broken_video))
    with pytest.raises(CameraError, match="Choose a camera number"):
        source_from_argument("   ")
    if no_camera_here():
        with pytest.raises(CameraError) as raised:
            source_from_argument("0")
        assert raised.value.message == NO_CAMERA_MESSAGE
