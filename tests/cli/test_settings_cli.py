"""`facestation settings export|import`: a configured station seeds another through a file; the import shows the
changes, asks (or needs --yes when not interactive), keeps the target's PIN, camera and server; bad files fail
with a sentence and exit code 1."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from facestation.cli import main
from facestation.station.core.config import StationConfig


def station_file(path: Path, **values: object) -> StationConfig:
    config = StationConfig(**values)  # type: ignore[arg-type]
    config.set_admin_pin("9753")
    config.save(path)
    return config


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source" / "station.json"
    station_file(path, server_kind="hosted", hosted_endpoint="https://faces.example.org/api", client_id="north",
                 camera_id="/dev/video4", operator_username="ann", theme="dark", idle_lock_seconds=60, kiosk=True)
    return path


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "target" / "station.json"
    station_file(path, server_kind="local", client_id="own", camera_id="1", operator_username="bob")
    return path


def test_export_then_import_with_yes(source: Path, target: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    exported = tmp_path / "site-settings.json"
    assert main(["settings", "--config", str(source), "export", str(exported)]) == 0
    assert "Exported the settings" in capsys.readouterr().out
    text = exported.read_text()
    assert "$argon2" not in text and "/dev/video4" not in text and "ann" not in text
    before = StationConfig.load(target)
    assert main(["settings", "--config", str(target), "import", str(exported), "--yes"]) == 0
    out = capsys.readouterr().out
    assert 'theme: "light" -> "dark"' in out and "kiosk: off -> on" in out and "idle_lock_seconds: 300 -> 60" in out
    assert "The server is not imported" in out and "Saved: 3 settings changed" in out
    after = StationConfig.load(target)
    assert (after.theme, after.kiosk, after.idle_lock_seconds) == ("dark", True, 60)
    assert after.admin_pin_hash == before.admin_pin_hash and after.check_admin_pin("9753")
    assert (after.server_kind, after.client_id, after.camera_id, after.operator_username) == ("local", "own", "1", "bob")


def test_dry_run_and_refusal_save_nothing(source: Path, target: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    exported = tmp_path / "site.json"
    assert main(["settings", "--config", str(source), "export", str(exported)]) == 0
    original = target.read_bytes()
    assert main(["settings", "--config", str(target), "import", str(exported), "--dry-run"]) == 0
    assert "Nothing was saved (--dry-run)" in capsys.readouterr().out
    # Not interactive and no --yes: never applied silently.
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["settings", "--config", str(target), "import", str(exported)]) == 1
    assert "add --yes" in capsys.readouterr().err
    assert target.read_bytes() == original


def test_interactive_answer_decides(source: Path, target: Path, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    exported = tmp_path / "site.json"
    main(["settings", "--config", str(source), "export", str(exported)])

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    assert main(["settings", "--config", str(target), "import", str(exported)]) == 1
    assert StationConfig.load(target).theme == "light"
    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    assert main(["settings", "--config", str(target), "import", str(exported)]) == 0
    assert StationConfig.load(target).theme == "dark"


def test_bad_files_fail_with_a_sentence(target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = target.read_bytes()
    not_json = tmp_path / "notes.txt"
    not_json.write_text("hello")
    assert main(["settings", "--config", str(target), "import", str(not_json), "--yes"]) == 1
    assert "notes.txt is not a settings file: it is not valid JSON" in capsys.readouterr().err
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "facestation-station-settings", "version": 9, "settings": {}}))
    assert main(["settings", "--config", str(target), "import", str(newer), "--yes"]) == 1
    assert "newer FaceStation" in capsys.readouterr().err
    invalid = tmp_path / "invalid.json"
    invalid.write_text(json.dumps({"format": "facestation-station-settings", "version": 1,
                                   "settings": {"result_clear_seconds": 99999}}))
    assert main(["settings", "--config", str(target), "import", str(invalid), "--yes"]) == 1
    assert "result_clear_seconds: expected 0 to 3600" in capsys.readouterr().err
    assert target.read_bytes() == original


def test_export_without_settings_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "--config", str(tmp_path / "none.json"), "export", str(tmp_path / "out.json")]) == 1
    assert "has no settings yet" in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()


def test_as_a_subprocess(source: Path, tmp_path: Path) -> None:
    exported = tmp_path / "out.json"
    completed = subprocess.run([sys.executable, "-m", "facestation", "settings", "--config", str(source), "export",
                                str(exported)], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert json.loads(exported.read_text())["settings"]["theme"] == "dark"


# -- reset-pin: the administrator's way back from a forgotten PIN or a long wait (issue 15 row 5) --------------


def locked_out(path: Path) -> Path:
    """The throttle next to `path` after five wrong PINs (the next try would wait two minutes)."""
    from facestation.station.core.pin_throttle import PinThrottle, throttle_path_for

    throttle = PinThrottle(throttle_path_for(path))
    for _ in range(5):
        throttle.record_wrong()
    assert throttle.wait_seconds() > 0
    return throttle_path_for(path)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_reset_pin_from_stdin_sets_the_new_pin_and_ends_the_wait(target: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    throttle_file = locked_out(target)
    monkeypatch.setattr(sys, "stdin", io.StringIO("4321\n"))
    assert main(["settings", "--config", str(target), "reset-pin", "--pin-stdin"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == ("The admin PIN was changed and the wait after wrong PINs is over; the station uses the new "
                           "PIN from its next start.")
    after = StationConfig.load(target)
    assert after.check_admin_pin("4321") and not after.check_admin_pin("9753")
    assert after.client_id == "own" and after.camera_id == "1"  # nothing else changed
    assert not throttle_file.exists()


def test_reset_pin_asks_twice_without_echo(target: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from facestation.cli import settings as settings_cli

    throttle_file = locked_out(target)
    original = target.read_bytes()
    answers = iter(["5555", "5556"])
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr(settings_cli, "getpass", lambda prompt: next(answers))  # the terminal's hidden input
    assert main(["settings", "--config", str(target), "reset-pin"]) == 1
    assert "The two PINs differ; nothing was changed." in capsys.readouterr().err
    assert target.read_bytes() == original and throttle_file.exists()

    answers = iter(["5555", "5555"])
    assert main(["settings", "--config", str(target), "reset-pin"]) == 0
    assert StationConfig.load(target).check_admin_pin("5555") and not throttle_file.exists()


def test_reset_pin_can_remove_the_pin(target: Path, capsys: pytest.CaptureFixture[str]) -> None:
    throttle_file = locked_out(target)
    assert main(["settings", "--config", str(target), "reset-pin", "--remove"]) == 0
    assert "The admin PIN was removed" in capsys.readouterr().out
    assert not StationConfig.load(target).has_admin_pin and not throttle_file.exists()


def test_reset_pin_refuses_bad_input_and_changes_nothing(target: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    throttle_file = locked_out(target)
    original = target.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.StringIO("12\n"))
    assert main(["settings", "--config", str(target), "reset-pin", "--pin-stdin"]) == 1
    assert "The admin PIN needs at least 4 characters." in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["settings", "--config", str(target), "reset-pin"]) == 1  # not at a terminal, no option
    assert "--pin-stdin" in capsys.readouterr().err
    assert target.read_bytes() == original and throttle_file.exists()
    assert main(["settings", "--config", str(tmp_path / "none.json"), "reset-pin", "--remove"]) == 1
    assert "has no settings yet" in capsys.readouterr().err
    assert not (tmp_path / "none.json").exists()


def test_reset_pin_as_a_subprocess(target: Path) -> None:
    throttle_file = locked_out(target)
    completed = subprocess.run([sys.executable, "-m", "facestation", "settings", "--config", str(target),
                                "reset-pin", "--pin-stdin"], input="86420\n", capture_output=True, text=True,
                               timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert StationConfig.load(target).check_admin_pin("86420") and not throttle_file.exists()
