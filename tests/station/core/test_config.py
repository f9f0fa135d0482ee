"""StationConfig: defaults, a JSON round trip, tolerant reading, atomic writing and the admin PIN."""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from facestation.station.core import config as config_module
from facestation.station.core.config import (
    DEFAULT_HOSTED_ENDPOINT,
    SCHEMA_VERSION,
    ConfigError,
    StationConfig,
    default_config_path,
    default_local_data_dir,
)
from tests.support.modes import mode_of


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "station.json"


def test_defaults_are_the_first_run(path: Path) -> None:
    config = StationConfig.load(path)
    assert config == StationConfig()
    assert not config.configured
    assert config.server_kind is None
    assert config.hosted_endpoint == DEFAULT_HOSTED_ENDPOINT == "https://neocheck.net/api"
    assert (config.idle_lock_seconds, config.result_clear_seconds) == (300, 15)
    assert config.theme == "light" and not config.kiosk and not config.has_admin_pin
    assert config.effective_local_data_dir == default_local_data_dir()
    assert not path.exists()  # reading never writes


def test_default_paths_are_per_user_and_apart_from_a_hand_started_service() -> None:
    assert default_config_path().name == "station.json"
    assert "FaceStation" in str(default_config_path())
    assert default_local_data_dir().name == "station-service"


def test_round_trip_keeps_every_setting(path: Path, tmp_path: Path) -> None:
    config = StationConfig(
        server_kind="local", client_id="facestation-station", local_data_dir=tmp_path / "svc",
        operator_username="reception", remember_operator_password=True, camera_id="/dev/video2",
        camera_path=None, resolution=(640, 480), auto_capture=False, auto_capture_frames=12,
        auto_capture_stillness=0.1, idle_lock_seconds=0, result_clear_seconds=30, language="es",
        theme="high-contrast", kiosk=True,
    )
    config.set_admin_pin("2468")
    config.save(path)
    loaded = StationConfig.load(path)
    assert loaded == config
    assert loaded.configured and loaded.effective_local_data_dir == tmp_path / "svc"
    assert isinstance(loaded.resolution, tuple) and isinstance(loaded.local_data_dir, Path)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["schema_version"] == SCHEMA_VERSION
    assert stored["resolution"] == [640, 480]
    assert "2468" not in path.read_text(encoding="utf-8")
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_saved_file_is_private(path: Path) -> None:
    StationConfig().save(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.usefixtures("usual_umask")
def test_the_config_folder_is_private_new_or_left_open_before(path: Path) -> None:
    """The folder also holds the secrets file when there is no keyring (issue 15 row 6)."""
    StationConfig().save(path)
    assert mode_of(path.parent) == 0o700
    path.parent.chmod(0o755)
    StationConfig().save(path)
    assert mode_of(path.parent) == 0o700


def test_unknown_keys_are_ignored_and_written_back(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"schema_version": 1, "theme": "dark", "future_option": {"a": 1}}), encoding="utf-8")
    config = StationConfig.load(path)
    assert config.theme == "dark"
    assert not hasattr(config, "future_option")
    config.kiosk = True
    config.save(path)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["future_option"] == {"a": 1} and stored["kiosk"] is True


def test_a_newer_schema_is_read_as_far_as_understood(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1, "idle_lock_seconds": 60}), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=config_module.__name__):
        config = StationConfig.load(path)
    assert config.idle_lock_seconds == 60
    assert "newer FaceStation" in caplog.text
    config.save(path)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION + 1


@pytest.mark.parametrize("content", ["{not json", "[1, 2, 3]", "\"text\"", ""])
def test_corrupt_file_gives_defaults_and_is_kept_as_bak(path: Path, content: str,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=config_module.__name__):
        config = StationConfig.load(path)
    assert config == StationConfig()
    assert "using the defaults" in caplog.text
    backup = path.with_name("station.json.bak")
    assert backup.read_text(encoding="utf-8") == content
    assert not path.exists()
    config.save(path)
    assert StationConfig.load(path) == StationConfig()


def test_a_bad_value_falls_back_alone(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({
        "server_kind": "cloud", "theme": "dark", "idle_lock_seconds": -5, "result_clear_seconds": "10",
        "kiosk": 1, "resolution": [640], "auto_capture_stillness": 3, "hosted_endpoint": "ftp://x",
        "admin_pin_hash": "1234", "operator_username": "ann",
    }), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=config_module.__name__):
        config = StationConfig.load(path)
    defaults = StationConfig()
    assert config.theme == "dark" and config.operator_username == "ann"
    for name in ("server_kind", "idle_lock_seconds", "result_clear_seconds", "kiosk", "resolution",
                 "auto_capture_stillness", "hosted_endpoint", "admin_pin_hash"):
        assert getattr(config, name) == getattr(defaults, name), name
        assert name in caplog.text
    assert path.exists()  # a readable file with a few bad values is not set aside


def test_save_refuses_invalid_values(path: Path) -> None:
    config = StationConfig(idle_lock_seconds=-1, theme="neon")  # type: ignore[arg-type]
    with pytest.raises(ConfigError) as error:
        config.save(path)
    assert "idle_lock_seconds" in str(error.value) and "theme" in str(error.value)
    assert not path.exists()


def test_hosted_endpoint_is_normalised(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"server_kind": "hosted", "hosted_endpoint": "https://example.test/api/"}),
                    encoding="utf-8")
    assert StationConfig.load(path).hosted_endpoint == "https://example.test/api"


def test_a_failed_write_keeps_the_old_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    StationConfig(theme="dark").save(path)

    def fail(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(config_module.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        StationConfig(theme="light").save(path)
    assert StationConfig.load(path).theme == "dark"
    assert list(path.parent.iterdir()) == [path]


def test_admin_pin(path: Path) -> None:
    config = StationConfig()
    assert not config.check_admin_pin("1234")  # none set
    with pytest.raises(ConfigError):
        config.set_admin_pin("12")
    config.set_admin_pin("1234")
    assert config.admin_pin_hash is not None and config.admin_pin_hash.startswith("$argon2id$")
    assert "1234" not in config.admin_pin_hash
    assert config.check_admin_pin("1234")
    assert not config.check_admin_pin("1235")
    assert not config.check_admin_pin("")
    config.save(path)
    loaded = StationConfig.load(path)
    assert loaded.check_admin_pin("1234") and not loaded.check_admin_pin("4321")
    loaded.set_admin_pin("98765")
    assert loaded.check_admin_pin("98765") and not loaded.check_admin_pin("1234")


def test_mirror_preview_is_kept_in_the_config(tmp_path: Path) -> None:
    config = StationConfig()
    assert config.mirror_preview is True
    config.mirror_preview = False
    path = tmp_path / "station.json"
    config.save(path)
    assert StationConfig.load(path).mirror_preview is False


def test_the_external_identifier_pattern_is_the_outbox_default_and_is_checked() -> None:
    from facestation.station.core.outbox import DEFAULT_PATTERN

    assert StationConfig().external_id_pattern == DEFAULT_PATTERN
    # A pattern without randomness could give two people the same number: the default is used instead.
    assert StationConfig.from_dict({"external_id_pattern": "{date:%Y}"}).external_id_pattern == DEFAULT_PATTERN
    config = StationConfig(external_id_pattern="{date:%Y}")
    with pytest.raises(ConfigError, match="external_id_pattern"):
        config.validate()


# -- issue 15 row 11: http:// only to this computer, unless a lab network is opted into -----------------------


def test_http_to_another_machine_cannot_be_saved(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACESTATION_ALLOW_INSECURE_HTTP", raising=False)
    config = StationConfig(hosted_endpoint="http://192.168.1.20/api", failover_endpoints=("http://10.0.0.9/api",))
    with pytest.raises(ConfigError) as refused:
        config.save(path)
    message = str(refused.value)
    assert "hosted_endpoint: http://192.168.1.20/api is not encrypted" in message
    assert "failover_endpoints: http://10.0.0.9/api is not encrypted" in message
    assert not path.exists()


def test_http_on_this_computer_and_https_anywhere_are_saved(path: Path) -> None:
    StationConfig(hosted_endpoint="http://localhost:8080/api",
                  failover_endpoints=("https://10.0.0.9/api",)).save(path)
    assert StationConfig.load(path).hosted_endpoint == "http://localhost:8080/api"


def test_a_lab_network_opted_into_on_this_computer_is_saved(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACESTATION_ALLOW_INSECURE_HTTP", "1")
    StationConfig(hosted_endpoint="http://192.168.1.20/api").save(path)
    assert StationConfig.load(path).hosted_endpoint == "http://192.168.1.20/api"
