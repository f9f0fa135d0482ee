"""Copy a station's settings to the next one: a JSON file without secrets or this computer's own state.

One configured kiosk seeds the others: `export_settings` writes the file, `plan_import` reads one, checks it with
`StationConfig.validate` and says what would change (`ImportPlan.changes`) before anything is written; the caller
shows that and then saves `ImportPlan.config`. Used by `facestation settings export|import` and by the Settings
dialog (Server section). No Qt here.

What travels, field by field (`PORTABLE_FIELDS`; everything else stays as it is on the importing station):

- Copied: `resolution`, `mirror_preview`, `auto_capture`, `auto_capture_frames`, `auto_capture_stillness`,
  `idle_lock_seconds`, `result_clear_seconds`, `consent_required`, `consent_text`, `external_id_pattern`,
  `language`, `theme`, `kiosk`, `remember_operator_password`: the site's policy and look, the same on every desk.
- Never in the file, the importing station keeps its own:
  - the client secret and the operator's password: they are in the SecretStore (OS keyring or encrypted file),
    never in `StationConfig`, so they cannot leak into the file in the first place;
  - `admin_pin_hash`: an argon2 hash is no PIN in clear, but a 4-6 digit PIN is only 10^4-10^6 guesses, so
    anyone holding the hash finds the PIN within minutes to hours offline. The station's own file already has
    that exposure; a settings file travels further (USB sticks, e-mail), so it does not carry the hash. The
    importing station keeps its PIN; a station not set up yet gets one in the first-run screen, which always
    asks for it (so a seeded kiosk is never left without a PIN);
  - `operator_username`: the last person who signed in at *that* desk;
  - `local_data_dir`, `camera_id`, `camera_path`: paths and devices of that computer (another PC has other
    cameras; it picks its own default camera until one is chosen in Settings → Camera);
  - `sound_on_result`, `sound_on_guidance`: the sounds suit the people at that desk (Settings → Accessibility);
  - `schema_version` and keys this version does not know: they belong to the station file, not to the site.
- The server (`server_kind`, `hosted_endpoint`, `client_id`) is written under `"server"` for information only and
  never imported: switching a server needs its client secret, which the file does not hold, and a station's
  built-in service has its own client. When the file's server differs from the station's, the import says so
  (`ImportPlan.notes`) and the administrator changes it on purpose (first run, or Settings → Server → Change
  server…).

The file: `{"format": "facestation-station-settings", "version": 1, "exported_at": ..., "exported_by": ...,
"settings": {...}, "server": {...}}`. A file of a newer version is refused (its meaning may have changed); a
setting missing from the file keeps the station's value; a setting the station does not copy is ignored with a
note; an invalid value refuses the whole file, naming every bad setting.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from facestation import __version__
from facestation.files import write_atomically
from facestation.station.core.config import ConfigError, StationConfig

FILE_FORMAT = "facestation-station-settings"
FILE_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024  # a settings file is a few hundred bytes; anything huge is not one

PORTABLE_FIELDS: tuple[str, ...] = (
    "resolution",
    "mirror_preview",
    "auto_capture",
    "auto_capture_frames",
    "auto_capture_stillness",
    "idle_lock_seconds",
    "result_clear_seconds",
    "consent_required",
    "consent_text",
    "external_id_pattern",
    "language",
    "theme",
    "kiosk",
    "liveness_verify",
    "liveness_enrol",
    "remember_operator_password",
)
SERVER_FIELDS: tuple[str, ...] = ("server_kind", "hosted_endpoint", "failover_endpoints", "client_id")
# Why each other field stays on its station (shown when a hand-edited file carries one of them).
LOCAL_FIELDS: dict[str, str] = {
    "admin_pin_hash": "the admin PIN is never copied; this station keeps its own",
    "operator_username": "the last operator belongs to this desk",
    "local_data_dir": "a folder on this computer",
    "camera_id": "this computer has its own cameras",
    "camera_path": "a file on this computer",
    "server_kind": "the server is changed only on purpose (Settings, Server)",
    "hosted_endpoint": "the server is changed only on purpose (Settings, Server)",
    "failover_endpoints": "the server is changed only on purpose (Settings, Server)",
    "client_id": "the server is changed only on purpose (Settings, Server)",
    "sound_on_result": "the sounds suit the people at this desk",
    "sound_on_guidance": "the sounds suit the people at this desk",
}
_KNOWN_FIELDS = {spec.name for spec in dataclasses.fields(StationConfig)} - {"unknown", "schema_version"}
assert set(PORTABLE_FIELDS) | set(LOCAL_FIELDS) == _KNOWN_FIELDS, "decide for every StationConfig field"


class SettingsFileError(ConfigError):
    """A settings file that cannot be imported; the message says why and what to do, in plain words (a
    ConfigError, so the station reports it as an expected problem, not a bug)."""


@dataclass(frozen=True)
class Change:
    """One setting the import changes: its name and the old and new values as shown to the administrator."""

    name: str
    before: str
    after: str


@dataclass
class ImportPlan:
    """What importing a file does: `config` (the station's settings with the file's applied, already
    validated), `changes` (empty: the file changes nothing) and `notes` (what was not taken, and why)."""

    config: StationConfig
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def changed_names(self) -> list[str]:
        return [change.name for change in self.changes]

    def describe(self) -> str:
        """The plan as plain text lines (the command line prints this)."""
        lines = ([f"  {change.name}: {change.before} -> {change.after}" for change in self.changes]
                 or ["  (nothing: this station already has these settings)"])
        return "\n".join(["Changes:", *lines, *(f"Note: {note}" for note in self.notes)])


# -- export --------------------------------------------------------------------------------------------------


def export_settings(config: StationConfig) -> dict[str, Any]:
    """The file's JSON object for `config`: the portable settings and, for information, the server."""
    data = config.to_dict()
    server: dict[str, Any] = {"kind": config.server_kind}
    if config.server_kind == "hosted":  # a built-in service's client id means nothing on another computer
        server.update(endpoint=config.hosted_endpoint, client_id=config.client_id)
    return {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "exported_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "exported_by": f"facestation {__version__}",
        "settings": {name: data[name] for name in PORTABLE_FIELDS},
        "server": server,
    }


def write_settings_file(config: StationConfig, path: Path) -> None:
    """Write `config`'s portable settings to `path` (atomically). Raises OSError when the file cannot be written."""
    config.validate()
    text = json.dumps(export_settings(config), indent=2, ensure_ascii=False) + "\n"
    write_atomically(Path(path), text.encode("utf-8"))


# -- import --------------------------------------------------------------------------------------------------


def read_settings_file(path: Path) -> dict[str, Any]:
    """The file's JSON object, checked to be a settings file of a version this station reads."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SettingsFileError(f"{path.name} is too big to be a settings file. Choose the file that "
                                    "“Export settings” wrote.")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SettingsFileError(f"There is no file {path}. Check the name and the folder.") from None
    except UnicodeDecodeError:
        raise SettingsFileError(f"{path.name} is not a settings file (it is not text). Choose the file that "
                                "“Export settings” wrote.") from None
    except OSError as error:
        raise SettingsFileError(f"{path.name} cannot be read ({error.strerror or error}).") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SettingsFileError(f"{path.name} is not a settings file: it is not valid JSON (line {error.lineno}: "
                                f"{error.msg}). Choose the file that “Export settings” wrote.") from None
    return check_settings_data(data, name=path.name)


def check_settings_data(data: Any, *, name: str = "The file") -> dict[str, Any]:
    """`data` if it is a settings object of a version this station reads, else SettingsFileError."""
    if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
        raise SettingsFileError(f"{name} is not a FaceStation settings file. Choose the file that “Export "
                                "settings” wrote.")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SettingsFileError(f"{name} has no valid version number; export the settings again.")
    if version > FILE_VERSION:
        raise SettingsFileError(f"{name} was written by a newer FaceStation (settings file version {version}; "
                                f"this one reads version {FILE_VERSION}). Update this station first.")
    if not isinstance(data.get("settings"), dict):
        raise SettingsFileError(f"{name} holds no settings; export the settings again.")
    return data


def plan_import(current: StationConfig, data: dict[str, Any]) -> ImportPlan:
    """What importing `data` (a checked settings object) into `current` does; `current` is not changed.
    Raises SettingsFileError when a setting in the file has a value the station cannot use."""
    data = check_settings_data(data)
    settings: dict[str, Any] = data["settings"]
    candidate = copy.deepcopy(current)
    notes: list[str] = []
    for name, value in settings.items():
        if name in PORTABLE_FIELDS:
            setattr(candidate, name, value)
        elif name in LOCAL_FIELDS:
            notes.append(f"{name} in the file is not used: {LOCAL_FIELDS[name]}.")
        else:
            notes.append(f"{name} is not a setting this version knows; it is not used.")
    try:
        candidate.validate()
    except ConfigError as error:
        problems = str(error).removeprefix("Invalid station settings: ")
        raise SettingsFileError(f"The file has settings this station cannot use: {problems}. Correct them or "
                                "export the settings again.") from None
    # Through the station's own reading, so values get their usual types (a list becomes a resolution tuple).
    candidate = StationConfig.from_dict(candidate.to_dict())
    changes = [Change(name, _shown(getattr(current, name)), _shown(getattr(candidate, name)))
               for name in PORTABLE_FIELDS if getattr(current, name) != getattr(candidate, name)]
    note = _server_note(current, data.get("server"))
    if note:
        notes.append(note)
    return ImportPlan(candidate, changes, notes)


def load_import(current: StationConfig, path: Path) -> ImportPlan:
    """`read_settings_file` then `plan_import`: what importing the file at `path` would do."""
    return plan_import(current, read_settings_file(path))


def _server_note(current: StationConfig, server: Any) -> str | None:
    if not isinstance(server, dict) or server.get("kind") not in ("local", "hosted"):
        return None
    if server["kind"] == "hosted":
        address = server.get("endpoint") or "?"
        theirs = f"the FaceCheck hosted service at {address} (client id {server.get('client_id') or '?'})"
        same = (current.server_kind == "hosted" and current.hosted_endpoint == address
                and current.client_id == server.get("client_id"))
    else:
        theirs = "its own built-in service"
        same = current.server_kind == "local"
    if same:
        return None
    ours = {"hosted": f"the hosted service at {current.hosted_endpoint}", "local": "its built-in service",
            None: "no server yet (the first-run screen asks)"}[current.server_kind]
    return (f"The exported station used {theirs}; this station keeps {ours}. The server is not imported: "
            "change it on purpose in Settings, Server, Change server (or on the first-run screen), with its "
            "client secret.")


def _shown(value: Any) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, tuple):
        return "x".join(str(part) for part in value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
