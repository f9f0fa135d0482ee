"""The station's secrets: the API client secret, and an operator's password when "remember me" is on.

`SecretStore` keeps them in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service on
Linux) under the service name "FaceStation". Where no usable keyring exists (a bare Linux kiosk without a
Secret Service, a headless test machine) it falls back to a file encrypted with Fernet, and says so through
`fallback_in_use`, so the station can show a visible warning. The admin PIN is not a secret in this sense:
only its argon2 hash is kept, in the station config (`facestation.station.core.config`).

A keyring that fails to answer a read is not a keyring that answered "no such secret": `get` retries a few
times, then raises SecretStoreUnavailable rather than answering None, so no caller mistakes a hiccup (a D-Bus
timeout, a Secret Service restarting, a keychain locked for a moment) for a lost secret and replaces it.
The same holds for a keyring that is missing at start on a station that has used one (a kiosk that signs in
before its Secret Service is up): the file `keyring-in-use` in the config dir remembers that secrets live in a
keyring, and while none is usable, a secret the encrypted file lacks is unavailable, not missing.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import stat
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import platformdirs
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from facestation.files import write_atomically
from facestation.private_files import make_private_dir

logger = logging.getLogger(__name__)

SERVICE_NAME = "FaceStation"
SECRETS_FILE_NAME = "secrets.enc"
KEY_FILE_NAME = "secrets.key"
# Written the first time a secret goes into the OS keyring; deleted by hand (the error message says so) only
# when a keyring is gone from this computer for good.
KEYRING_MARKER_NAME = "keyring-in-use"
_KEY_BYTES = 32
_HKDF_INFO = b"FaceStation secret store v1"
_WINDOWS = sys.platform == "win32"
# Pauses between reads of a keyring that did not answer: under a second in all, enough for a D-Bus call that
# timed out or a Secret Service being restarted, short enough for a worker thread to wait.
READ_RETRY_DELAYS: tuple[float, ...] = (0.2, 0.5)


class SecretStoreUnavailable(Exception):
    """The OS keyring did not answer a read (after retries), and the encrypted file does not hold the secret:
    whether it exists is unknown. Not "no such secret": never make a new one in its place; try again later."""

    def __init__(self, name: str, error: BaseException | None, *, marker: Path | None = None) -> None:
        if error is None:  # no keyring at all this time, on a station whose secrets live in one
            super().__init__(
                f"The system keyring is not available, so the station's secret “{name}” cannot be read right now; "
                "it is not lost. Restart the station once the computer has finished starting. If this computer's "
                f"keyring was removed for good, delete {marker} and restart: the station then keeps its secrets in "
                "its own encrypted file and asks for them again.")
            self.name = name
            self.error_type = "no keyring"
            return
        super().__init__(f"The system keyring did not answer ({type(error).__name__}), so the station's secret "
                         f"“{name}” cannot be read right now; it is not lost. Try again in a moment, or restart "
                         "the station.")
        self.name = name
        self.error_type = type(error).__name__


def default_config_dir() -> Path:
    """The per-user config dir of the station (e.g. ~/.config/FaceStation, %LOCALAPPDATA%\\FaceStation)."""
    return Path(platformdirs.user_config_dir("FaceStation", appauthor=False))


def keyring_is_usable(backend: keyring.backend.KeyringBackend) -> bool:
    """False for keyring's placeholders (fail, null, a chainer with nothing to chain) and for the plaintext
    file backends of keyrings.alt, which would store secrets less safely than our own encrypted file."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(keyring_is_usable(b) for b in backend.backends)
    if type(backend).__module__.startswith("keyrings.alt") and "Plaintext" in type(backend).__name__:
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # noqa: BLE001 - a backend reports "not viable here" by raising from priority
        return False


class SecretStore:
    """Named secrets in the OS keyring, else in an encrypted file; `set`, `get`, `delete`.

    The keyring is preferred and authoritative. If a write fails (locked, its daemon gone), the store writes
    to the file for the rest of the session and `fallback_in_use` turns True; reads then look in the file
    first and in the keyring after it. A read the keyring fails to answer is retried (`read_retry_delays`);
    if it still fails and the file does not hold the secret, `get` raises SecretStoreUnavailable. Secrets
    found in the file while the keyring works again move into the keyring.

    What the encrypted file protects against, honestly: casual reading (opening the folder, a screen share), a
    copy of the secrets file alone (sent along with a support request, a backup or sync that excludes the key
    file), and search tools indexing the disk. It does NOT protect against anyone who can read both files: the
    same user account, an administrator, malware running as that user, or a backup of the whole config
    folder, because the key sits next to it (`secrets.key`, readable by its owner only; on Windows the folder's
    per-user permissions do that job). The OS keyring is better only where it is unlocked by the user's login
    and guarded by the OS; on a kiosk that signs in automatically, neither is a vault.
    """

    def __init__(
        self,
        config_dir: Path | None = None,
        *,
        backend: keyring.backend.KeyringBackend | None = None,
        use_keyring: bool = True,
        service_name: str = SERVICE_NAME,
        read_retry_delays: Sequence[float] = READ_RETRY_DELAYS,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """`backend=None` uses the keyring the `keyring` package chooses for this machine; `use_keyring=False`
        forces the encrypted file (for tests, or a deployment that wants it). `read_retry_delays` are the
        pauses between reads of a keyring that did not answer, `sleep` waits them (tests pass a recorder)."""
        self.config_dir = Path(config_dir) if config_dir is not None else default_config_dir()
        self.service_name = service_name
        self.secrets_path = self.config_dir / SECRETS_FILE_NAME
        self.key_path = self.config_dir / KEY_FILE_NAME
        self.keyring_marker = self.config_dir / KEYRING_MARKER_NAME
        self._lock = threading.RLock()
        self._read_retry_delays = tuple(read_retry_delays)
        self._sleep = sleep
        # Where writes go (None: the file); `_keyring` stays set after a failed write, so secrets kept in the
        # keyring before it failed are still read from it.
        self._backend: keyring.backend.KeyringBackend | None = None
        self._keyring: keyring.backend.KeyringBackend | None = None
        self.fallback_reason: str | None = None
        if not use_keyring:
            self.fallback_reason = "the OS keyring is turned off for this station"
            return
        try:
            chosen = backend if backend is not None else keyring.get_keyring()
        except Exception as error:  # noqa: BLE001 - any failure to find a keyring means: use the file
            self.fallback_reason = f"the OS keyring could not be opened ({type(error).__name__})"
            return
        if keyring_is_usable(chosen):
            self._backend = self._keyring = chosen
        else:
            self.fallback_reason = "this computer has no OS keyring"

    @property
    def _keyring_expected(self) -> bool:
        """No usable keyring now, yet secrets were kept in one before: they are out of reach, not gone."""
        return self._keyring is None and self.fallback_reason != "the OS keyring is turned off for this station" \
            and self.keyring_marker.exists()

    # -- state -------------------------------------------------------------------------------------------

    @property
    def fallback_in_use(self) -> bool:
        """True when secrets go to the encrypted file: the station should show a warning."""
        return self._backend is None

    @property
    def backend_description(self) -> str:
        """For the settings dialog and the warning: where the secrets are kept, in words."""
        if self._backend is not None:
            return f"OS keyring ({type(self._backend).name})"
        return f"encrypted file {self.secrets_path} ({self.fallback_reason})"

    # -- operations --------------------------------------------------------------------------------------

    def set(self, name: str, value: str) -> None:
        """Store `value` under `name`, replacing any earlier value."""
        _check_name(name)
        if not isinstance(value, str):
            raise TypeError("secrets are strings")
        with self._lock:
            if self._backend is not None:
                try:
                    self._backend.set_password(self.service_name, name, value)
                except Exception as error:  # noqa: BLE001 - third-party backends raise anything
                    self._give_up_keyring(error)
                else:
                    self._file_delete(name)  # no stale copy left behind from an earlier fallback
                    self._mark_keyring_in_use()
                    return
            secrets = self._file_read()
            secrets[name] = value
            self._file_write(secrets)

    def get(self, name: str) -> str | None:
        """The secret stored under `name`, or None when there is none. Raises SecretStoreUnavailable when the
        keyring does not answer (after retries) and the file does not hold it: unknown, not None."""
        _check_name(name)
        with self._lock:
            if self._keyring is None:
                value = self._file_read().get(name)  # no keyring now: the file is all there is to read
                if value is None and self._keyring_expected:
                    raise SecretStoreUnavailable(name, None, marker=self.keyring_marker)
                return value
            if self._backend is None:
                # Writes failed over to the file this session: what was written since is there, and newer.
                in_file = self._file_read().get(name)
                if in_file is not None:
                    return in_file
            try:
                value = self._read_keyring(name)
            except SecretStoreUnavailable:
                # A copy the file holds (written during an earlier outage) is still a real answer.
                in_file = self._file_read().get(name) if self._backend is not None else None
                if in_file is not None:
                    return in_file
                raise
            if value is not None or self._backend is None:
                return value
            return self._migrate_from_file(name)

    def delete(self, name: str) -> None:
        """Forget the secret stored under `name` (no error if there is none)."""
        _check_name(name)
        with self._lock:
            if self._backend is not None:
                try:
                    if self._backend.get_password(self.service_name, name) is not None:
                        self._backend.delete_password(self.service_name, name)
                except keyring.errors.PasswordDeleteError:
                    pass  # gone already
                except Exception as error:  # noqa: BLE001
                    self._give_up_keyring(error)
            self._file_delete(name)

    # -- keyring -----------------------------------------------------------------------------------------

    def _read_keyring(self, name: str) -> str | None:
        """The keyring's answer (a value, or None: "no such secret"), retried while it fails to answer."""
        assert self._keyring is not None
        pauses = iter(self._read_retry_delays)
        while True:
            try:
                return self._keyring.get_password(self.service_name, name)
            except Exception as error:  # noqa: BLE001 - third-party backends raise anything
                pause = next(pauses, None)
                if pause is None:
                    # The error's type only: its text comes from a third party and we keep secrets out of logs.
                    logger.warning("The OS keyring did not answer a read of a station secret (%s); it is "
                                   "reported as unavailable, not as missing", type(error).__name__)
                    raise SecretStoreUnavailable(name, error) from None
                self._sleep(pause)

    def _mark_keyring_in_use(self) -> None:
        if not self.keyring_marker.exists():
            try:
                _write_private(self.keyring_marker, b"Secrets of this station are kept in the OS keyring.\n")
            except OSError as error:  # the secret itself is stored; only the start-up protection is missing
                logger.warning("Cannot write %s: %s", self.keyring_marker, error.strerror)

    def _give_up_keyring(self, error: Exception) -> None:
        # The error's type only: its text comes from a third party and we keep secrets out of logs.
        logger.warning("The OS keyring failed (%s); keeping the station's secrets in the encrypted file %s "
                       "from now on", type(error).__name__, self.secrets_path)
        self._backend = None
        self.fallback_reason = f"the OS keyring failed ({type(error).__name__})"

    def _migrate_from_file(self, name: str) -> str | None:
        if not self.secrets_path.exists():
            return None
        value = self._file_read().get(name)
        if value is not None:
            self.set(name, value)  # into the keyring, and out of the file
        return value

    # -- the encrypted file ------------------------------------------------------------------------------

    def _file_read(self) -> dict[str, str]:
        try:
            token = self.secrets_path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as error:
            logger.warning("Cannot read the station's secrets file %s: %s", self.secrets_path, error.strerror)
            return {}
        try:
            payload = json.loads(self._fernet(create=False).decrypt(token))
            secrets = payload["secrets"]
            if not isinstance(secrets, dict):
                raise TypeError("secrets")
        except (InvalidToken, ValueError, KeyError, TypeError, _NoKey):
            self._set_aside_unreadable()
            return {}
        return {str(k): str(v) for k, v in secrets.items()}

    def _file_write(self, secrets: dict[str, str]) -> None:
        token = self._fernet(create=True).encrypt(json.dumps({"version": 1, "secrets": secrets}).encode())
        _write_private(self.secrets_path, token)

    def _file_delete(self, name: str) -> None:
        if not self.secrets_path.exists():
            return
        secrets = self._file_read()
        if name in secrets:
            del secrets[name]
            if secrets:
                self._file_write(secrets)
            else:
                self.secrets_path.unlink(missing_ok=True)

    def _set_aside_unreadable(self) -> None:
        """The key file is missing or does not match: keep the file for an expert, start afresh, say so."""
        aside = self.secrets_path.with_name(self.secrets_path.name + ".unreadable")
        logger.warning("The station's secrets file %s cannot be decrypted (its key file %s is missing or was "
                       "changed); it is kept as %s and the station will ask for its credentials again",
                       self.secrets_path, self.key_path, aside)
        with contextlib.suppress(OSError):
            os.replace(self.secrets_path, aside)

    def _fernet(self, *, create: bool) -> Fernet:
        material = self._read_key(create=create)
        # HKDF: the file's bytes are key material, not the key; a future format can derive its own key.
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(material)
        return Fernet(base64.urlsafe_b64encode(key))

    def _read_key(self, *, create: bool) -> bytes:
        try:
            material = base64.b64decode(self.key_path.read_bytes().strip(), validate=True)
        except FileNotFoundError:
            material = None
        except (OSError, ValueError):
            material = b""
        if material is not None and len(material) >= _KEY_BYTES:
            _tighten_permissions(self.key_path)
            return material
        if not create:
            raise _NoKey
        if material is not None:
            # A damaged key opens nothing: set it, and what it locked, aside and start afresh.
            logger.warning("The station's key file %s is damaged; replacing it", self.key_path)
            with contextlib.suppress(OSError):
                os.replace(self.key_path, self.key_path.with_name(self.key_path.name + ".unreadable"))
            if self.secrets_path.exists():
                self._set_aside_unreadable()
        _write_private(self.key_path, base64.b64encode(os.urandom(_KEY_BYTES)) + b"\n", exclusive=True)
        return self._read_key(create=False)  # another process may have won the race to create it: use its key


class _NoKey(Exception):
    pass


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not name:
        raise ValueError("a secret needs a non-empty name")


def _write_private(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write a file only its owner can read (0600), atomically: never a half-written key or secrets file."""
    make_private_dir(path.parent)
    if exclusive:
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            return
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        return
    write_atomically(path, data)  # created 0600 before anything is written into it


def _tighten_permissions(path: Path) -> None:
    if _WINDOWS:
        return
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            logger.warning("The station's key file %s was readable by others; made it private", path)
            path.chmod(0o600)
