"""`facestation liveness SOURCE` (issue 18): a photo never answers and is refused when the prompt times out, the
walk-up clips (photos moved about) are refused, a source that cannot be used exits 2, no face is `no_face`, a
clip that ends first is `source_ended`, Ctrl+C is `cancelled`, and the --json lines keep their schema.

Sources are paced in real time, so every refusal by time-out costs its seconds (the check starts ~1.5 s into
the source and the prompt has 6 s): this file runs each such case once."""

from __future__ import annotations

import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from facestation.cli import main
from facestation.cli.liveness import liveness
from facestation.station.core.camera.sources import NO_CAMERA_MESSAGE
from facestation.vision.faces import BGRImage
from facestation.vision.liveness_challenge import Prompt
from tests.support.liveness_scenes import HeadScene, scripted_head_frames, write_video
from tests.support.portraits import CompliantBase, webcam_frame
from tests.support.webcam_clips import subject, write_clip

ANSWER_SECONDS = 6.0  # each prompt's time to answer (LivenessLimits.answer_seconds)
STEADY_SECONDS = 1.5  # the check starts after this much of a steadily found face (or at the capture)
SIZE = (640, 480)
REASONS = {"live", "timed_out", "flat", "wrong_way", "face_lost", "other_person", "screen", "cancelled",
           "no_face", "source_ended"}


@pytest.fixture(autouse=True)
def no_station_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command reads this computer's station settings: the tests use an empty config folder of their own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "empty-config"))


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory, compliant_base: CompliantBase, astronaut: BGRImage) -> dict:
    folder = tmp_path_factory.mktemp("liveness")
    person = webcam_frame(compliant_base.photo, compliant_base.face, eye_distance=100, size=SIZE)
    paths = {
        "astronaut photo": folder / "astronaut.png",
        "grace photo": folder / "grace.png",
        "empty room": folder / "wall.png",
        # 2.5 s of a still face: the check starts 1.5 s in, the clip ends during the first prompt.
        "short clip": write_clip(iter([person] * 38), folder / "short.mp4", fps=15.0, size=SIZE),
        "text as video": folder / "notes.mp4",
    }
    assert cv2.imwrite(str(paths["astronaut photo"]), astronaut)
    assert cv2.imwrite(str(paths["grace photo"]), person)
    assert cv2.imwrite(str(paths["empty room"]), np.full((SIZE[1], SIZE[0], 3), 128, np.uint8))
    paths["text as video"].write_text("not a video, just some text\n" * 20)
    return paths


def run_liveness(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["liveness", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def assert_verdict_schema(verdict: dict) -> None:
    """The last line: the issue's three keys first, then only the challenge and the prompts' answers."""
    assert list(verdict) == ["live", "reason", "time", "challenge", "prompts"], verdict
    assert isinstance(verdict["live"], bool) and verdict["reason"] in REASONS
    assert isinstance(verdict["time"], int | float) and verdict["time"] >= 0
    assert verdict["live"] is (verdict["reason"] == "live")


def test_a_photo_never_answers_and_is_refused_when_the_prompt_times_out(capsys, sources) -> None:
    started = time.monotonic()
    code, out, err = run_liveness(capsys, sources["astronaut photo"], "--json", "--challenge", "blink")
    wall = time.monotonic() - started
    assert code == 1, out + err
    lines = json_lines(out)
    start, prompt, details, verdict = lines  # the start, the one prompt, the details, the verdict: nothing else
    assert start["event"] == "start" and start["trigger"] in {"capture", "steady_face"}
    assert prompt == {"event": "prompt", "prompt": "blink", "index": 1, "count": 1, "time": prompt["time"],
                      "seconds": ANSWER_SECONDS}
    # The check starts 1.5 s into the photo (or at its capture), give or take a busy machine's slower analysis.
    assert start["time"] <= prompt["time"] <= STEADY_SECONDS + 1.0
    assert_verdict_schema(verdict)
    assert verdict["reason"] == "timed_out"
    # Refused when the prompt's time ran out: 6 s after the prompt, at the next analysed frame (7.5 s from the
    # face being found, within the 8 s, on a machine that keeps up).
    assert ANSWER_SECONDS <= verdict["time"] <= ANSWER_SECONDS + 1.0
    assert verdict["challenge"] == "blink"
    assert verdict["prompts"] == [{"prompt": "blink", "answered": False, "seconds": None}]
    assert wall < prompt["time"] + verdict["time"] + 10.0  # the rest: the models' loading, a slow start
    assert details["event"] == "details" and details["started"] == start["time"]
    assert details["samePersonDistance"] is None and details["frames_analysed"] > 0 and details["errors"] == []


def test_plain_text_prints_the_prompt_and_the_verdict_in_words(capsys, sources) -> None:
    code, out, err = run_liveness(capsys, sources["empty room"], "--wait", "0.5")
    assert code == 1, err
    lines = out.splitlines()
    assert lines[0].startswith("Photo: wall.png: liveness check (blink+turn)")
    assert lines[-1].startswith("Refused: no face was found steadily in time (") and lines[-1].endswith("[no_face].")


def test_no_face_within_the_wait_is_refused_as_no_face(capsys, sources) -> None:
    code, out, err = run_liveness(capsys, sources["empty room"], "--json", "--wait", "1")
    assert code == 1, err
    details, verdict = json_lines(out)
    assert details["started"] is None
    assert_verdict_schema(verdict)
    assert verdict["reason"] == "no_face" and verdict["prompts"] == []
    assert 1.0 <= verdict["time"] < 1.5  # from the start of the source


def test_a_clip_that_ends_before_the_decision_is_source_ended(capsys, sources) -> None:
    code, out, err = run_liveness(capsys, sources["short clip"], "--json", "--challenge", "turn")
    assert code == 1, err
    start, prompt, _, verdict = json_lines(out)
    assert start["event"] == "start" and prompt["event"] == "prompt"
    assert_verdict_schema(verdict)
    assert verdict["reason"] == "source_ended"
    assert verdict["time"] <= 2.5 - prompt["time"] + 0.1  # from the prompt to the clip's last frame
    assert verdict["prompts"] == []  # the first prompt was still up: none answered


@pytest.mark.parametrize("name", ["missing", "text as video"])
def test_an_unusable_source_exits_2_with_one_sentence(capsys, sources, tmp_path, name) -> None:
    path = sources.get(name, tmp_path / "no-such-clip.mp4")
    code, out, err = run_liveness(capsys, path, "--json")
    assert code == 2
    assert out == ""
    assert err.startswith("facestation liveness: ") and err.rstrip().endswith(".")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_no_camera_at_that_number_exits_2(capsys) -> None:
    if any(Path("/dev").glob("video*")):
        pytest.skip("this machine has video devices")
    code, _, err = run_liveness(capsys, "9")
    assert code == 2
    assert NO_CAMERA_MESSAGE in err


def test_a_bad_option_is_an_argparse_error(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["liveness", "0", "--challenge", "smile"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'smile'" in capsys.readouterr().err


def test_ctrl_c_is_refused_as_cancelled(sources) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "facestation", "liveness", str(sources["grace photo"]), "--json", "--seed", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        first = process.stdout.readline()  # the check started: the pipeline is running
        assert json.loads(first)["event"] == "start", first
        process.send_signal(signal.SIGINT)
        rest, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 1, err
    assert "Traceback" not in err
    verdict = json.loads(rest.splitlines()[-1])
    assert_verdict_schema(verdict)
    assert verdict["reason"] == "cancelled" and verdict["time"] < ANSWER_SECONDS


# --- shared/datasets --------------------------------------------------------------------------------------


@pytest.mark.dataset
@pytest.mark.slow
@pytest.mark.parametrize(("clip", "challenge"), [("walk-up-1.mp4", "turn"), ("walk-up-4.mp4", "blink")])
def test_walk_up_clips_are_photos_moved_about_and_are_refused(datasets: Path, clip: str, challenge: str) -> None:
    # The clips move a photo about (walk up, drift, light drops, tilt): no answer a live head gives. Every frame
    # is analysed on the clip's own clock (the command's work without the real-time pacing): the same verdict
    # on any machine, in about half the time a real-time run takes.
    out, err = io.StringIO(), io.StringIO()
    code = liveness(str(datasets / "camera" / clip), challenge=challenge, as_json=True, out=out, err=err,
                    realtime=False)
    lines = json_lines(out.getvalue())
    verdict = lines[-1]
    assert code == 1, (verdict, err.getvalue())
    assert_verdict_schema(verdict)
    assert verdict["reason"] in {"timed_out", "flat", "wrong_way", "face_lost"}, verdict
    prompts = [line for line in lines if line.get("event") == "prompt"]
    assert prompts and prompts[0]["count"] == 1
    assert prompts[0]["prompt"] in ({"blink"} if challenge == "blink" else {"turn_left", "turn_right"})


# --- a live head (tests/support/liveness_scenes.py) ------------------------------------------------------------


def test_a_head_that_turns_when_asked_is_a_live_person(tmp_path, grace_hopper) -> None:
    # --seed 1 asks for a turn to the person's left. The check starts 1.5 s in (a steady face); the head
    # turns left 0.3-0.9 s after 2 s, 20-30°, and back, as a person answers.
    scene = HeadScene(subject("grace_hopper", grace_hopper), seed=3)
    frames = scripted_head_frames(scene, [(2.0, Prompt.TURN_LEFT)], 4.0)
    clip = write_video(tmp_path / "head.mp4", frames)
    # Every frame is analysed on the clip's own clock: the same answer on any machine, however busy.
    out, err = io.StringIO(), io.StringIO()
    code = liveness(str(clip), challenge="turn", seed=1, as_json=True, out=out, err=err, realtime=False)
    lines = json_lines(out.getvalue())
    verdict = lines[-1]
    assert code == 0, (verdict, err.getvalue())
    assert [line["prompt"] for line in lines if line.get("event") == "prompt"] == ["turn_left"]
    assert_verdict_schema(verdict)
    assert verdict["reason"] == "live"
    (answer,) = verdict["prompts"]
    assert answer["answered"] is True and answer["planarResidual"] > 0
    assert lines[-2]["samePersonDistance"] < 0.4  # the same face at the start and at the end
    assert verdict["time"] < ANSWER_SECONDS
