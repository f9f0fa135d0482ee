"""The station's settings in one typed place: `StationConfig`, a JSON file in the per-user config dir.

No secrets here (those live in `facestation.station.core.credentials`); the admin PIN is kept only as an argon2 hash.
Reading never fails: a missing file gives the defaults (the first run), a corrupt one gives the defaults with a
logged warning and is kept beside as `station.json.bak`, a bad value falls back to its default alone, and keys
this version does not know are kept and written back (a newer station's settings survive an older one).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

import platformdirs
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from facestation.api.transport_security import endpoint_problem
from facestation.files import write_atomically
from facestation.private_files import make_private_dir

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 1
CONFIG_FILE_NAME = "station.json"
DEFAULT_HOSTED_ENDPOINT = "https://neocheck.net/api"
MIN_PIN_LENGTH = 4

ServerKind = Literal["local", "hosted"]
Theme = Literal["light", "dark", "high-contrast"]
SERVER_KINDS: tuple[ServerKind, ...] = ("local", "hosted")
THEMES: tuple[Theme, ...] = ("light", "dark", "high-contrast")
# The liveness check per page (issue 18): the values of facestation.vision.liveness_challenge.Challenge the
# admin can choose, or off. facestation.station.core.liveness_settings resolves the defaults.
LivenessChoice = Literal["off", "blink", "blink+turn"]
LIVENESS_CHOICES: tuple[LivenessChoice, ...] = ("off", "blink", "blink+turn")

_pin_hasher = PasswordHasher()


class ConfigError(ValueError):
    """A setting has a value the station cannot use (raised by `validate` and `save`)."""


def default_config_path() -> Path:
    """`station.json` in the per-user config dir (e.g. ~/.config/FaceStation on Linux)."""
    return Path(platformdirs.user_config_dir("FaceStation", appauthor=False)) / CONFIG_FILE_NAME


def default_local_data_dir() -> Path:
    """Where the station's built-in service keeps its data: its own folder, apart from the data dir a
    hand-started `facestation serve` uses (…/FaceStation/service), so the two never share a database."""
    return Path(platformdirs.user_data_dir("FaceStation", appauthor=False)) / "station-service"


DEFAULT_CONSENT_TEXT = ("The person agrees that their photo and details are stored to recognise them at this "
                        "desk.")


@dataclass
class StationConfig:
    """Everything the station remembers between runs, except secrets."""

    # Server. None: not set up yet, the first-run screen asks.
    server_kind: ServerKind | None = None
    hosted_endpoint: str = DEFAULT_HOSTED_ENDPOINT
    # Other addresses of the same service (several service processes on one database, docs/deployment.md): the
    # client moves to the next one when its server does not answer. Set in the settings file; hosted kind only.
    failover_endpoints: tuple[str, ...] = ()
    client_id: str | None = None  # the API client (the station's own one for the built-in service)
    local_data_dir: Path | None = None  # None: default_local_data_dir()
    operator_username: str | None = None  # the last operator, offered at sign-in
    remember_operator_password: bool = False  # the password itself goes to the SecretStore
    # Camera: a device id (QtMultimedia id or OpenCV index as text), or a file source (image, folder, video).
    camera_id: str | None = None
    camera_path: str | None = None
    resolution: tuple[int, int] = (1280, 720)
    mirror_preview: bool = True  # people expect to see themselves as in a mirror; the photo is never mirrored
    # Auto-capture: this many passing frames in a row, while the face drifts less than `stillness` of its
    # width over them (facestation.station.core.camera.capture_settings says what the pipeline makes of it).
    auto_capture: bool = True
    auto_capture_frames: int = 8
    auto_capture_stillness: float = 0.075
    # Timeouts; 0 turns them off.
    idle_lock_seconds: int = 300
    result_clear_seconds: int = 15
    # Privacy: with `consent_required`, Enrol asks the operator to confirm `consent_text` (it is audited).
    consent_required: bool = False
    consent_text: str = DEFAULT_CONSENT_TEXT
    # The member number the station gives a person enrolled offline without one (the replay looks it up to
    # deliver exactly once): {date:...}, {random:N}, {station}.
    external_id_pattern: str = "FS-{date:%Y%m%d}-{random:8}"
    # Look and kiosk. language None: the system's.
    language: str | None = None
    theme: Theme = "light"
    kiosk: bool = False
    # Accessibility: a short tone when a result is shown (photo taken, match or not) and when the guidance for
    # the person in front of the camera changes. Off by default: a front desk is not always a quiet place.
    sound_on_result: bool = False
    sound_on_guidance: bool = False
    # Liveness (a photo or a screen held up to the camera does not pass): None for Verify means the default,
    # on in kiosk mode and off otherwise (liveness_settings.verify_challenge).
    liveness_verify: LivenessChoice | None = None
    liveness_enrol: LivenessChoice = "off"
    admin_pin_hash: str | None = None
    schema_version: int = SCHEMA_VERSION
    # Keys from a newer station, written back unchanged.
    unknown: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    # -- derived -----------------------------------------------------------------------------------------

    @property
    def configured(self) -> bool:
        """Whether a server was chosen (False: show the first-run screen)."""
        return self.server_kind is not None

    @property
    def effective_local_data_dir(self) -> Path:
        return self.local_data_dir if self.local_data_dir is not None else default_local_data_dir()

    # -- admin PIN ---------------------------------------------------------------------------------------
    #
    # The hash keeps the PIN from being read in clear, nothing more: a 4-6 digit PIN falls to a brute force of
    # the hash within minutes for anyone who can read this file. The PIN guards the kiosk's screens (settings,
    # leaving full screen, the activity log); every PIN prompt shares one persisted back-off on wrong tries
    # (facestation.station.core.pin_throttle), and the settings file itself is private to the OS account.

    @property
    def has_admin_pin(self) -> bool:
        return self.admin_pin_hash is not None

    def set_admin_pin(self, pin: str) -> None:
        """Set (or change) the admin PIN; at least MIN_PIN_LENGTH characters. Call `save` afterwards."""
        if not isinstance(pin, str) or len(pin) < MIN_PIN_LENGTH or not pin.strip():
            raise ConfigError(f"The admin PIN needs at least {MIN_PIN_LENGTH} characters.")
        self.admin_pin_hash = _pin_hasher.hash(pin)

    def check_admin_pin(self, pin: str) -> bool:
        """Whether `pin` is the admin PIN. False when no PIN is set (see `has_admin_pin`)."""
        if self.admin_pin_hash is None or not isinstance(pin, str) or not pin:
            return False
        try:
            _pin_hasher.verify(self.admin_pin_hash, pin)
        except (VerificationError, InvalidHashError):
            return False
        if _pin_hasher.check_needs_rehash(self.admin_pin_hash):
            self.admin_pin_hash = _pin_hasher.hash(pin)  # stronger parameters; saved with the next save()
        return True

    # -- JSON --------------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The JSON object written to the file (unknown keys included)."""
        data: dict[str, Any] = dict(self.unknown)
        for spec in dataclasses.fields(self):
            if spec.name == "unknown":
                continue
            value = getattr(self, spec.name)
            if isinstance(value, Path):
                value = str(value)
            elif isinstance(value, tuple):
                value = list(value)
            data[spec.name] = value
        data["schema_version"] = max(self.schema_version, SCHEMA_VERSION)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StationConfig:
        """A config from a JSON object: unknown keys kept aside, each bad value replaced by its default."""
        defaults = cls()
        values: dict[str, Any] = {}
        unknown: dict[str, Any] = {}
        version = data.get("schema_version", SCHEMA_VERSION)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            logger.warning("Station settings: schema_version %r is not valid; reading them as version %d",
                           version, SCHEMA_VERSION)
            version = SCHEMA_VERSION
        elif version > SCHEMA_VERSION:
            logger.warning("Station settings were written by a newer FaceStation (schema %d, this one knows %d); "
                           "using the settings this version understands", version, SCHEMA_VERSION)
        for key, raw in data.items():
            if key == "schema_version":
                continue
            convert = _CONVERTERS.get(key)
            if convert is None:
                unknown[key] = raw
                continue
            try:
                values[key] = convert(raw)
            except (TypeError, ValueError) as error:
                logger.warning("Station settings: %s = %r is not valid (%s); using the default %r",
                               key, raw, error, getattr(defaults, key))
        return cls(**values, schema_version=version, unknown=unknown)

    def validate(self) -> None:
        """Raise ConfigError naming every setting with a value the station cannot use."""
        problems = []
        for key, convert in _CONVERTERS.items():
            value = getattr(self, key)
            try:
                convert(str(value) if isinstance(value, Path) else list(value) if isinstance(value, tuple) else value)
            except (TypeError, ValueError) as error:
                problems.append(f"{key}: {error}")
        problems += self._address_problems()
        if problems:
            raise ConfigError("Invalid station settings: " + "; ".join(problems))

    def _address_problems(self) -> list[str]:
        """The addresses the API client would refuse (facestation.api.transport_security: http:// only to this
        computer, unless FACESTATION_ALLOW_INSECURE_HTTP=1 for a closed lab network), named by setting."""
        addresses = [("hosted_endpoint", self.hosted_endpoint)]
        if isinstance(self.failover_endpoints, tuple | list):
            addresses += [("failover_endpoints", address) for address in self.failover_endpoints]
        return [f"{key}: {problem}" for key, address in addresses
                # Values that are not web addresses at all: the converters named them already.
                if isinstance(address, str) and address.startswith(("https://", "http://"))
                and (problem := endpoint_problem(address)) is not None]

    # -- file --------------------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None) -> StationConfig:
        """Read the settings; never raises (see the module docstring for what happens to a bad file)."""
        path = path if path is not None else default_config_path()
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError) as error:
            return cls._set_aside(path, f"cannot be read ({error})")
        try:
            data = json.loads(text)
        except ValueError as error:
            return cls._set_aside(path, f"is not valid JSON ({error})")
        if not isinstance(data, dict):
            return cls._set_aside(path, "does not hold a JSON object")
        return cls.from_dict(data)

    @classmethod
    def _set_aside(cls, path: Path, problem: str) -> StationConfig:
        backup = path.with_name(path.name + ".bak")
        try:
            os.replace(path, backup)
            kept = f"kept as {backup}"
        except OSError:
            kept = "left in place"
        logger.warning("Station settings file %s %s; using the defaults (the file is %s)", path, problem, kept)
        return cls()

    def save(self, path: Path | None = None) -> None:
        """Write the settings atomically (a crash leaves the old file or the new one, never half of one)."""
        self.validate()
        path = path if path is not None else default_config_path()
        make_private_dir(path.parent)  # the secrets file lives here too when there is no keyring
        text = json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"
        write_atomically(path, text.encode("utf-8"))


# -- value checks: each takes the JSON value and returns the typed one, or raises ValueError/TypeError ------


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else convert(value)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected non-empty text")
    return value


def _choice(options: tuple[str, ...]) -> Callable[[Any], Any]:
    def convert(value: Any) -> str:
        if value not in options:
            raise ValueError(f"expected one of {', '.join(options)}")
        return cast(str, value)

    return convert


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _whole(low: int, high: int) -> Callable[[Any], int]:
    def convert(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("expected a whole number")
        if not low <= value <= high:
            raise ValueError(f"expected {low} to {high}")
        return value

    return convert


def _fraction(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("expected a number")
    if not 0 < value <= 1:
        raise ValueError("expected more than 0 and at most 1")
    return float(value)


def _url(value: Any) -> str:
    text = _text(value).strip().rstrip("/")
    if not text.startswith(("https://", "http://")):
        raise ValueError("expected an http:// or https:// address")
    return text


def _urls(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise TypeError("expected a list of addresses")
    return tuple(_url(item) for item in value)


def _pattern(value: Any) -> str:
    from facestation.station.core.outbox.external_ids import PatternError, check_pattern

    text = _text(value)
    try:
        check_pattern(text)
    except PatternError as error:
        raise ValueError(str(error)) from error
    return text


def _resolution(value: Any) -> tuple[int, int]:
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise TypeError("expected [width, height]")
    width, height = (_whole(16, 16384)(side) for side in value)
    return width, height


def _pin_hash(value: Any) -> str:
    if not isinstance(value, str) or not value.startswith("$argon2"):
        raise ValueError("expected an argon2 hash")
    return value


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "server_kind": _optional(_choice(SERVER_KINDS)),
    "hosted_endpoint": _url,
    "failover_endpoints": _urls,
    "client_id": _optional(_text),
    "local_data_dir": _optional(lambda value: Path(_text(value)).expanduser()),
    "operator_username": _optional(_text),
    "remember_operator_password": _boolean,
    "camera_id": _optional(_text),
    "camera_path": _optional(_text),
    "resolution": _resolution,
    "auto_capture": _boolean,
    "auto_capture_frames": _whole(1, 300),
    "auto_capture_stillness": _fraction,
    "mirror_preview": _boolean,
    "idle_lock_seconds": _whole(0, 86_400),
    "result_clear_seconds": _whole(0, 3_600),
    "consent_required": _boolean,
    "consent_text": _text,
    "external_id_pattern": _pattern,
    "language": _optional(_text),
    "theme": _choice(THEMES),
    "kiosk": _boolean,
    "sound_on_result": _boolean,
    "sound_on_guidance": _boolean,
    "liveness_verify": _optional(_choice(LIVENESS_CHOICES)),
    "liveness_enrol": _choice(LIVENESS_CHOICES),
    "admin_pin_hash": _optional(_pin_hash),
}
assert set(_CONVERTERS) == {f.name for f in dataclasses.fields(StationConfig)} - {"schema_version", "unknown"}
