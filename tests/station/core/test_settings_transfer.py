"""Station settings export/import: the round trip, what never travels (secrets, PIN hash, camera, operator,
server), and bad files refused with a sentence that says what is wrong."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from facestation.station.core.config import StationConfig
from facestation.station.core.credentials import SecretStore
from facestation.station.core.settings_transfer import (
    FILE_FORMAT,
    FILE_VERSION,
    PORTABLE_FIELDS,
    SettingsFileError,
    export_settings,
    load_import,
    plan_import,
    read_settings_file,
    write_settings_file,
)
from facestation.station.ui.ops import Operations
from tests.station.support import wait_until

SECRET = "s3cr3t-client-secret-value"


def seeded_station(tmp_path: Path) -> StationConfig:
    """A configured kiosk: hosted service with its secret in the SecretStore, an admin PIN, a camera, an operator."""
    store = SecretStore(tmp_path / "secrets.bin", use_keyring=False)
    store.set("hosted-client-secret", SECRET)
    config = StationConfig(server_kind="hosted", hosted_endpoint="https://faces.example.org/api",
                           client_id="site-north", operator_username="reception-ann",
                           camera_id="/dev/video2", camera_path=None, local_data_dir=tmp_path / "svc",
                           resolution=(1920, 1080), mirror_preview=False, auto_capture_frames=12,
                           auto_capture_stillness=0.03, idle_lock_seconds=120, result_clear_seconds=30,
                           consent_required=True, consent_text="I agree to the photo.",
                           external_id_pattern="NORTH-{random:6}", language="es", theme="high-contrast",
                           kiosk=True, remember_operator_password=True)
    config.set_admin_pin("8642")
    return config


def fresh_station() -> StationConfig:
    config = StationConfig(server_kind="local", client_id="station-own", operator_username="bob",
                           camera_id="0", local_data_dir=Path("/elsewhere"))
    config.set_admin_pin("1357")
    return config


def test_round_trip_copies_every_portable_setting_and_keeps_local_ones(tmp_path: Path) -> None:
    source = seeded_station(tmp_path)
    path = tmp_path / "site.json"
    write_settings_file(source, path)
    target = fresh_station()
    pin_hash = target.admin_pin_hash
    plan = load_import(target, path)
    for name in PORTABLE_FIELDS:
        assert getattr(plan.config, name) == getattr(source, name), name
    assert isinstance(plan.config.resolution, tuple)
    # This computer's own state and the server stay.
    assert plan.config.server_kind == "local" and plan.config.client_id == "station-own"
    assert plan.config.camera_id == "0" and plan.config.operator_username == "bob"
    assert plan.config.local_data_dir == Path("/elsewhere")
    assert plan.config.admin_pin_hash == pin_hash and plan.config.check_admin_pin("1357")
    assert target.theme == "light"  # planning changed nothing
    assert {"theme", "kiosk", "resolution", "idle_lock_seconds", "language"} <= set(plan.changed_names)
    theme = next(change for change in plan.changes if change.name == "theme")
    assert (theme.before, theme.after) == ('"light"', '"high-contrast"')
    # The server is not imported, and the import says so.
    assert any("faces.example.org" in note and "not imported" in note for note in plan.notes)
    # Saved and read back: the station file holds the imported settings.
    plan.config.save(tmp_path / "station.json")
    assert StationConfig.load(tmp_path / "station.json").theme == "high-contrast"
    # Importing the same file again changes nothing.
    assert load_import(plan.config, path).changes == []


def test_the_file_holds_no_secret_pin_or_machine_state(tmp_path: Path) -> None:
    source = seeded_station(tmp_path)
    path = tmp_path / "site.json"
    write_settings_file(source, path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["format"] == FILE_FORMAT and data["version"] == FILE_VERSION
    assert set(data["settings"]) == set(PORTABLE_FIELDS)
    assert source.admin_pin_hash is not None
    for absent in (SECRET, source.admin_pin_hash, "$argon2", "8642", "reception-ann", "/dev/video2", str(tmp_path)):
        assert absent not in text, absent
    assert data["server"] == {"kind": "hosted", "endpoint": "https://faces.example.org/api",
                              "client_id": "site-north"}
    local = fresh_station()
    assert export_settings(local)["server"] == {"kind": "local"}  # a built-in service's client id stays home


def test_a_hand_edited_file_cannot_smuggle_local_fields(tmp_path: Path) -> None:
    data = export_settings(seeded_station(tmp_path))
    data["settings"].update(admin_pin_hash="$argon2id$v=19$m=65536,t=3,p=4$x$y", camera_id="/dev/video9",
                            server_kind="hosted", future_setting=1)
    target = fresh_station()
    plan = plan_import(target, data)
    assert plan.config.admin_pin_hash == target.admin_pin_hash
    assert plan.config.camera_id == "0" and plan.config.server_kind == "local"
    assert "future_setting" not in plan.config.unknown
    notes = " ".join(plan.notes)
    assert "admin_pin_hash in the file is not used" in notes and "camera_id in the file is not used" in notes
    assert "future_setting is not a setting this version knows" in notes


def test_a_partial_file_keeps_the_missing_settings() -> None:
    target = fresh_station()
    target.idle_lock_seconds = 900
    data = {"format": FILE_FORMAT, "version": 1, "settings": {"theme": "dark"}}
    plan = plan_import(target, data)
    assert plan.changed_names == ["theme"] and plan.config.idle_lock_seconds == 900
    assert plan.notes == []  # no server in the file: nothing to say about it


@pytest.mark.parametrize(("content", "message"), [
    (b"this is not json", "is not valid JSON (line 1"),
    (b"\xff\xfe\x00garbage", "it is not text"),
    (b"[1, 2, 3]", "is not a FaceStation settings file"),
    (json.dumps({"format": "something-else", "version": 1, "settings": {}}).encode(),
     "is not a FaceStation settings file"),
    (json.dumps({"format": FILE_FORMAT, "version": 2, "settings": {}}).encode(),
     "written by a newer FaceStation (settings file version 2"),
    (json.dumps({"format": FILE_FORMAT, "version": "1", "settings": {}}).encode(), "has no valid version number"),
    (json.dumps({"format": FILE_FORMAT, "version": 1}).encode(), "holds no settings"),
])
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(SettingsFileError, match=message.replace("(", r"\(")):
        read_settings_file(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SettingsFileError, match="There is no file .*missing.json"):
        read_settings_file(tmp_path / "missing.json")


def test_invalid_values_refuse_the_whole_file_naming_each() -> None:
    target = fresh_station()
    data = {"format": FILE_FORMAT, "version": 1,
            "settings": {"theme": "purple", "idle_lock_seconds": -5, "kiosk": "yes", "language": "es"}}
    with pytest.raises(SettingsFileError) as caught:
        plan_import(target, data)
    text = str(caught.value)
    assert "theme: expected one of light, dark, high-contrast" in text
    assert "idle_lock_seconds: expected 0 to 86400" in text
    assert "kiosk: expected true or false" in text
    assert "language" not in text  # a good value is not blamed
    assert target.theme == "light" and target.language is None  # nothing applied


# -- the Settings dialog's Export / Import buttons (Server section) ------------------------------------------

GUI_PIN = "2468"


@pytest.fixture
def gui_ops(qloop: object) -> Iterator[Operations]:
    operations = Operations()
    yield operations
    operations.shutdown()
    operations.deleteLater()


@pytest.fixture
def open_settings(themed: None, qtbot: Any, gui_ops: Operations,
                  make_session: Callable[..., Any]) -> Callable[[], tuple[Any, Any]]:
    """An unlocked Settings dialog on a station set up for the built-in service, its settings saved on disk."""
    from facestation.station.ui.dialogs.settings import SettingsDialog

    def open_dialog() -> tuple[Any, Any]:
        session = make_session()
        session.config.server_kind = "local"
        session.config.client_id = "station"
        session.config.camera_id = "/dev/video0"
        session.config.set_admin_pin(GUI_PIN)
        session.config.save(session.config_path)
        dialog = SettingsDialog(session, gui_ops)
        qtbot.addWidget(dialog)
        dialog.resize(1000, 700)
        dialog.open()
        qtbot.keyClicks(dialog.gate.pin, GUI_PIN)
        qtbot.keyClick(dialog.gate.pin, Qt.Key.Key_Return)
        wait_until(lambda: dialog.unlocked, timeout=10)
        return dialog, session

    return open_dialog


def test_dialog_import_shows_changes_then_saves_keeping_pin_and_camera(
        open_settings: Callable[[], tuple[Any, Any]], tmp_path: Path, qtbot: Any, screenshots: Path) -> None:
    exported = tmp_path / "site.json"
    write_settings_file(seeded_station(tmp_path), exported)
    dialog, session = open_settings()
    pin_hash = session.config.admin_pin_hash
    dialog.show_section("transfer")
    assert dialog.export_button.isVisibleTo(dialog) and dialog.import_button.isVisibleTo(dialog)
    assert dialog.export_button.height() >= 48 and not dialog.apply_import_button.isVisibleTo(dialog)

    dialog.import_from(str(exported))
    wait_until(lambda: dialog.import_plan is not None, timeout=10)
    assert dialog.apply_import_button.isVisibleTo(dialog) and dialog.apply_import_button.hasFocus()
    wait_until(lambda: dialog.apply_import_button.height() >= 48, timeout=2)  # laid out once shown
    shown = dialog.import_preview.toPlainText()
    assert "Use these settings" in dialog.transfer_message.text()
    assert "Theme: \"light\" \u2192 \"high-contrast\"" in shown and "Kiosk mode: off \u2192 on" in shown
    assert "faces.example.org" in shown and "not imported" in shown
    assert StationConfig.load(session.config_path).theme == "light"  # nothing saved yet
    dialog.grab().save(str(screenshots / "settings-import.png"))

    with qtbot.waitSignal(dialog.settingsChanged, timeout=10_000):
        qtbot.mouseClick(dialog.apply_import_button, Qt.MouseButton.LeftButton)
    saved = StationConfig.load(session.config_path)
    assert (saved.theme, saved.kiosk, saved.idle_lock_seconds, saved.language) == ("high-contrast", True, 120, "es")
    assert saved.admin_pin_hash == pin_hash and saved.camera_id == "/dev/video0" and saved.server_kind == "local"
    assert session.config.theme == "high-contrast"
    assert "theme" in dialog.saved_fields and "admin_pin_hash" not in dialog.saved_fields


def test_dialog_export_writes_the_shown_settings_and_bad_files_are_explained(
        open_settings: Callable[[], tuple[Any, Any]], tmp_path: Path, qtbot: Any) -> None:
    dialog, session = open_settings()
    dialog.show_section("times")
    dialog.idle_lock.setValue(7)  # shown, not saved: the export takes what is on screen
    dialog.show_section("transfer")
    target = tmp_path / "out.json"
    dialog.export_to(str(target))
    wait_until(lambda: target.exists() and not dialog.transferring, timeout=10)
    data = json.loads(target.read_text())
    assert data["settings"]["idle_lock_seconds"] == 420
    assert "$argon2" not in target.read_text() and "/dev/video0" not in target.read_text()
    assert f"Exported to {target}" in dialog.transfer_message.text()

    bad = tmp_path / "bad.json"
    bad.write_text("{ nope")
    dialog.import_from(str(bad))
    wait_until(lambda: dialog.transfer_error.isVisibleTo(dialog), timeout=10)
    assert dialog.transfer_error.text().startswith("This file cannot be imported. bad.json is not a settings file")
    assert not dialog.apply_import_button.isVisibleTo(dialog) and not dialog.import_preview.isVisibleTo(dialog)
    (tmp_path / "a-file").write_text("x")
    unwritable = tmp_path / "a-file" / "out.json"  # its "folder" is a file: cannot be written
    dialog.export_to(str(unwritable))
    wait_until(lambda: "could not be written" in dialog.transfer_error.text(), timeout=10)
    assert StationConfig.load(session.config_path).idle_lock_seconds == 300  # nothing saved by export
