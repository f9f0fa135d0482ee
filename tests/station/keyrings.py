"""A keyring backend for tests: a real `keyring.backend.KeyringBackend` (keyring backends are pluggable) that
keeps its entries in memory and can fail the way a locked keyring or a restarting Secret Service does."""

from __future__ import annotations

import keyring.backend
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    """In-memory entries. `broken` makes every call fail (a locked or vanished keyring); `failing_reads = N`
    makes the next N reads fail and later ones answer again (a hiccup: D-Bus timeout, daemon restarting)."""

    priority = 1  # type: ignore[assignment]  # viable, so the chainer and keyring_is_usable accept it

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.broken = False
        self.failing_reads = 0
        self.reads = 0

    def _check(self) -> None:
        if self.broken:
            raise keyring.errors.KeyringLocked("the keyring is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        self._check()
        if self.failing_reads > 0:
            self.failing_reads -= 1
            raise keyring.errors.KeyringError("the Secret Service did not answer in time")
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.entries[(service, username)]
