"""Tests for `facestation check` and the `facestation` entry point, in-process and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

import facestation
from facestation.cli import main
from facestation.vision.guidance import Guidance
from facestation.vision.quality import CHECK_NAMES

JSON_KEYS = {"file", "faces", "checks", "measures", "score", "guidance"}
CHECK_KEYS = {"passed", "value", "score", "message"}


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory, compliant_portrait, astronaut) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("photos")
    paths = {
        "compliant": folder / "compliant.jpg",
        "astronaut": folder / "astronaut.png",
        "garbage": folder / "garbage.jpg",
        "empty": folder / "empty.png",
    }
    assert cv2.imwrite(str(paths["compliant"]), compliant_portrait, [cv2.IMWRITE_JPEG_QUALITY, 95])
    assert cv2.imwrite(str(paths["astronaut"]), astronaut)
    paths["garbage"].write_bytes(b"this is not an image, just some text\n" * 10)
    paths["empty"].write_bytes(b"")
    paths["missing"] = folder / "no-such-photo.jpg"
    return paths


def run_check(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["check", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_compliant_photo_exits_0(capsys, photos) -> None:
    code, out, err = run_check(capsys, photos["compliant"])
    assert code == 0
    assert err == ""
    first = out.splitlines()[0]
    assert first.startswith(f"{photos['compliant']}: PASS")
    assert "(480x640)" in first
    for name in CHECK_NAMES:
        assert f"ok   {name}" in out
    assert "FAIL" not in out
    assert "->" not in out  # no guidance line when everything passes


def test_too_far_photo_exits_1(capsys, photos) -> None:
    code, out, err = run_check(capsys, photos["astronaut"])
    assert code == 1
    assert err == ""
    assert out.splitlines()[0].startswith(f"{photos['astronaut']}: FAIL")
    assert "FAIL resolution" in out
    assert f"  -> {Guidance.TOO_FAR.message}" in out


def test_pass_and_fail_together_exit_1(capsys, photos) -> None:
    code, out, _ = run_check(capsys, photos["compliant"], photos["astronaut"])
    assert code == 1
    assert ": PASS" in out and ": FAIL" in out


@pytest.mark.parametrize("bad", ["garbage", "missing", "empty"])
def test_unreadable_file_exits_2_and_still_checks_the_others(capsys, photos, bad: str) -> None:
    code, out, err = run_check(capsys, photos[bad], photos["astronaut"])
    assert code == 2
    # The reason, after the file name, on one line; no traceback.
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"facestation check: {photos[bad]}: ")
    reason = lines[0].split(f"{photos[bad]}: ", 1)[1]
    assert len(reason) > 5
    assert "Traceback" not in err
    if bad == "missing":
        assert "No such file" in reason
    # The other file's table is printed all the same.
    assert out.splitlines()[0].startswith(f"{photos['astronaut']}: FAIL")
    assert str(photos[bad]) not in out


def test_unreadable_wins_over_failed_whatever_the_order(capsys, photos) -> None:
    code, _, _ = run_check(capsys, photos["astronaut"], photos["garbage"], photos["compliant"])
    assert code == 2


def test_json_lines(capsys, photos) -> None:
    code, out, err = run_check(capsys, "--json", photos["compliant"], photos["astronaut"])
    assert code == 1
    assert err == ""
    lines = out.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    for record, key in zip(records, ("compliant", "astronaut"), strict=True):
        assert set(record) == JSON_KEYS
        assert record["file"] == str(photos[key])
        assert record["faces"] == 1
        assert list(record["checks"]) == list(CHECK_NAMES)
        for check in record["checks"].values():
            assert set(check) == CHECK_KEYS
            assert isinstance(check["passed"], bool)
            assert isinstance(check["message"], str) and check["message"]
        assert {"interEyeDistance", "yaw", "pitch", "roll", "sharpness", "brightness"} <= set(record["measures"])
        assert isinstance(record["score"], int) and 0 <= record["score"] <= 100
    compliant, astronaut = records
    assert all(check["passed"] for check in compliant["checks"].values())
    assert compliant["guidance"] is None
    assert compliant["checks"]["resolution"]["value"] == pytest.approx(120, rel=0.08)
    assert astronaut["checks"]["resolution"]["passed"] is False
    assert astronaut["checks"]["overallPhotoQuality"]["passed"] is False
    assert astronaut["guidance"] == Guidance.TOO_FAR.message


def test_json_for_a_photo_without_a_face(capsys, tmp_path) -> None:
    blank = tmp_path / "blank.png"
    assert cv2.imwrite(str(blank), np.full((240, 320, 3), 128, np.uint8))
    code, out, _ = run_check(capsys, "--json", blank)
    assert code == 1
    record = json.loads(out)
    assert set(record) == JSON_KEYS
    assert record["faces"] == 0
    assert record["guidance"] == Guidance.NO_FACE.message
    assert not any(check["passed"] for check in record["checks"].values())


def test_json_skips_unreadable_files(capsys, photos) -> None:
    code, out, err = run_check(capsys, "--json", photos["garbage"], photos["compliant"])
    assert code == 2
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(photos["compliant"])]
    assert str(photos["garbage"]) in err


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"facestation {facestation.__version__}"


def test_no_arguments_opens_the_station(monkeypatch) -> None:
    # The window itself is tested in tests/station; here only that the command reaches it.
    import facestation.cli

    opened: list[dict] = []
    monkeypatch.setattr(facestation.cli, "run_station", lambda **options: opened.append(options) or 0)
    assert main([]) == 0
    assert opened == [{"camera": None, "kiosk": False}]


def test_check_without_files_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check"])
    assert exited.value.code == 2
    assert "IMAGE" in capsys.readouterr().err


def test_as_a_subprocess(photos) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "facestation", "check", "--json", str(photos["compliant"]), str(photos["garbage"])],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert completed.returncode == 2, completed.stderr
    assert "Traceback" not in completed.stderr
    assert completed.stderr.startswith(f"facestation check: {photos['garbage']}: ")
    record = json.loads(completed.stdout)
    assert record["file"] == str(photos["compliant"])
    assert all(check["passed"] for check in record["checks"].values())


def test_version_as_a_subprocess() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "facestation", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.returncode == 0
    assert completed.stdout.strip() == f"facestation {facestation.__version__}"
