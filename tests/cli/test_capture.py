"""`facestation capture SOURCE`: exit codes, the JSON lines and their last-line summary, --save, --seconds,
Ctrl+C, and the walk-up clips of shared/datasets. Sources are paced in real time as on a camera, so the clips
made here are short (2 s)."""

from __future__ import annotations

import io
import json
import signal
import subprocess
import sys
from pathlib import Path

import cv2
import pytest

from facestation.cli import main
from facestation.cli.check import check_files
from facestation.station.core.camera.sources import NO_CAMERA_MESSAGE
from facestation.vision.faces import BGRImage
from facestation.vision.quality import CHECK_NAMES
from tests.support.portraits import CompliantBase, webcam_frame
from tests.support.webcam_clips import subject, write_clip

FPS = 30.0
SIZE = (640, 480)
SUMMARY_KEYS = {"captured", "time", "checks", "score", "frames_analysed", "analysis_hz", "blocking", "reasons"}


@pytest.fixture(autouse=True)
def no_station_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command reads this computer's station settings: the tests use an empty config folder of their own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "empty-config"))


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory, compliant_base: CompliantBase, astronaut: BGRImage) -> dict:
    folder = tmp_path_factory.mktemp("capture")
    person = webcam_frame(compliant_base.photo, compliant_base.face, eye_distance=100, size=SIZE)
    smiling = subject("astronaut", astronaut)
    teeth = webcam_frame(smiling.photo, smiling.face, eye_distance=100, size=SIZE)
    paths = {
        "compliant": write_clip(iter([person] * 60), folder / "compliant.mp4", fps=FPS, size=SIZE),
        "astronaut": write_clip(iter([teeth] * 60), folder / "astronaut.mp4", fps=FPS, size=SIZE),
        "astronaut photo": folder / "astronaut.png",
        "text as video": folder / "notes.mp4",
    }
    assert cv2.imwrite(str(paths["astronaut photo"]), teeth)
    paths["text as video"].write_text("not a video, just some text\n" * 20)
    return paths


def run_capture(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["capture", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_a_still_compliant_clip_is_captured_and_the_saved_portrait_passes_check(capsys, sources, tmp_path) -> None:
    saved = tmp_path / "portrait.jpg"
    code, out, err = run_capture(capsys, sources["compliant"], "--json", "--save", saved)
    assert code == 0, out + err
    lines = json_lines(out)
    summary = lines[-1]
    assert SUMMARY_KEYS <= set(summary)
    assert summary["captured"] is True
    assert 0 <= summary["time"] < 2.0
    assert set(summary["checks"]) == set(CHECK_NAMES)
    assert all({"passed", "value", "score"} <= set(check) for check in summary["checks"].values())
    assert all(check["passed"] for check in summary["checks"].values())
    assert isinstance(summary["score"], int) and summary["score"] >= 50
    for change in lines[:-1]:
        assert {"time", "message", "checks"} <= set(change) and set(change["checks"]) == set(CHECK_NAMES)
    assert saved.read_bytes()[:2] == b"\xff\xd8"
    assert check_files([str(saved)], as_json=True, out=io.StringIO(), err=sys.stderr) == 0


def test_a_teeth_smile_is_not_captured_and_the_verdict_names_the_blocking_check(capsys, sources, tmp_path) -> None:
    saved = tmp_path / "portrait.jpg"
    code, out, err = run_capture(capsys, sources["astronaut"], "--save", saved)
    assert code == 1, out + err
    verdict = next(line for line in out.splitlines() if line.startswith("Not captured"))
    assert verdict.startswith("Not captured in 2.0 s: ")
    assert "overallPhotoQuality failed in" in verdict and "close your mouth" in verdict
    assert "Close your mouth, neutral expression" in out  # the guidance line while it ran
    assert not saved.exists()


def test_seconds_cuts_the_run_short_and_exits_1(capsys, sources) -> None:
    code, out, _ = run_capture(capsys, sources["astronaut photo"], "--json", "--seconds", "0.8")
    assert code == 1
    summary = json_lines(out)[-1]
    assert summary["captured"] is False and summary["time"] is None
    assert summary["stopped_by"] == "time limit" and summary["duration"] == 0.8
    assert summary["checks"]["overallPhotoQuality"]["passed"] is False


@pytest.mark.parametrize("name", ["missing", "text as video"])
def test_an_unusable_source_exits_2_with_one_sentence(capsys, sources, tmp_path, name) -> None:
    path = sources.get(name, tmp_path / "no-such-clip.mp4")
    code, out, err = run_capture(capsys, path, "--json")
    assert code == 2
    assert out == ""
    assert err.startswith("facestation capture: ") and err.rstrip().endswith(".")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_no_camera_at_that_number_exits_2(capsys) -> None:
    if any(Path("/dev").glob("video*")):
        pytest.skip("this machine has video devices")
    code, _, err = run_capture(capsys, "9")
    assert code == 2
    assert NO_CAMERA_MESSAGE in err


def test_ctrl_c_stops_cleanly_with_the_summary(sources) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "facestation", "capture", str(sources["astronaut photo"]), "--json", "--seconds", "60"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        first = process.stdout.readline()  # the first guidance change: the pipeline is running
        assert json.loads(first)["event"] == "guidance"
        process.send_signal(signal.SIGINT)
        rest, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 1, err
    assert "Traceback" not in err
    summary = json.loads(rest.splitlines()[-1])
    assert summary["captured"] is False and summary["stopped_by"] == "interrupted"
    assert summary["frames_analysed"] > 0


# --- shared/datasets --------------------------------------------------------------------------------------


@pytest.mark.dataset
@pytest.mark.slow
@pytest.mark.parametrize(("clip", "expected"), [("walk-up-3.mp4", 0), ("walk-up-4.mp4", 0),
                                                ("walk-up-1.mp4", 1), ("walk-up-2.mp4", 1)])
def test_walk_up_clips(capsys, datasets: Path, clip: str, expected: int) -> None:
    code, out, err = run_capture(capsys, datasets / "camera" / clip, "--json")
    summary = json_lines(out)[-1]
    assert code == expected, (summary["reasons"], err)
    if expected == 1:
        # The README: the heads in walk-up-1/2 are turned; the field tool must say so.
        assert "isFrontal" in [blocker["check"] for blocker in summary["blocking"][:3]], summary["blocking"]


def _station_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, **settings: object) -> None:
    """This test's own station settings file (the per-user config folder moved to tmp_path)."""
    from facestation.station.core.config import StationConfig, default_config_path

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # after no_station_settings: this one wins
    StationConfig(**settings).save(default_config_path())


def test_the_station_s_auto_capture_settings_are_used(capsys, sources, tmp_path, monkeypatch) -> None:
    # 300 frames in a row: more than the 2-s clip has, so a station set up like this never takes it itself.
    _station_settings(monkeypatch, tmp_path, auto_capture_frames=300)
    code, out, err = run_capture(capsys, sources["compliant"], "--json")
    assert code == 1, out + err
    assert json_lines(out)[-1]["captured"] is False


def test_auto_capture_turned_off_in_the_station_is_said_and_the_default_gate_answers(
        capsys, sources, tmp_path, monkeypatch) -> None:
    _station_settings(monkeypatch, tmp_path, auto_capture=False)
    code, out, err = run_capture(capsys, sources["compliant"], "--json")
    assert "auto-capture is turned off in this station's settings" in err
    assert code == 0, out + err


# --- --self-test ---------------------------------------------------------------------------------------------

SELF_TEST_SIZE = (1280, 720)


@pytest.fixture(scope="module")
def self_test_sources(tmp_path_factory: pytest.TempPathFactory, compliant_base: CompliantBase) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("self-test")
    # 115 px between the eyes in 1280x720: well inside the resolution check's distance range.
    person = webcam_frame(compliant_base.photo, compliant_base.face, eye_distance=115, size=SELF_TEST_SIZE)
    dark = (person.astype("float32") * 0.3).astype("uint8")  # face luma ~40 against a minimum of 70
    paths = {
        "good clip": write_clip(iter([person] * 75), folder / "good.mp4", fps=FPS, size=SELF_TEST_SIZE),
        "dark photo": folder / "dark.png",
    }
    assert cv2.imwrite(str(paths["dark photo"]), dark)
    return paths


def test_self_test_of_a_good_clip_passes_with_one_line_per_check(capsys, self_test_sources) -> None:
    code, out, err = run_capture(capsys, self_test_sources["good clip"], "--self-test", "--seconds", "2.5", "--json")
    report = json.loads(out)
    checks = [line["check"] for line in report["lines"]]
    assert checks == ["resolution", "frame rate", "exposure", "backlight", "noise", "focus", "colour", "distance",
                      "auto-capture", "analysis rate"]
    assert all({"check", "value", "verdict", "sentence"} == set(line) for line in report["lines"])
    advice = [line for line in report["lines"] if line["verdict"] == "advice"]
    # The analysis rate depends on how busy this machine is: the only line allowed to give advice here.
    assert [line["check"] for line in advice] in ([], ["analysis rate"]), advice
    assert code == (0 if not advice else 1), err
    assert report["passed"] is (not advice)


def test_self_test_prints_advice_and_exits_1(capsys, self_test_sources) -> None:
    code, out, err = run_capture(capsys, self_test_sources["dark photo"], "--self-test", "--seconds", "1.5")
    assert code == 1, out + err
    exposure = next(line for line in out.splitlines() if line.startswith("exposure"))
    assert "advice" in exposure and "too dark" in exposure
    assert out.rstrip().endswith("Some checks give advice: follow it, then run the test again.")


def test_self_test_of_a_missing_source_exits_2_with_one_sentence(capsys, tmp_path) -> None:
    code, out, err = run_capture(capsys, tmp_path / "no-such-clip.mp4", "--self-test")
    assert code == 2 and out == ""
    assert err.startswith("facestation capture: ") and err.rstrip().endswith(".")
    assert len(err.strip().splitlines()) == 1


def test_self_test_keeps_no_photo(capsys, self_test_sources, tmp_path) -> None:
    code, _, err = run_capture(capsys, self_test_sources["dark photo"], "--self-test", "--save", tmp_path / "x.jpg")
    assert code == 2 and "--save does not go with --self-test" in err
