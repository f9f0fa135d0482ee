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
from facestation.station.config import StationConfig


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
