"""The store's own errors: what callers can act on, independent of the database back end.

Each carries the API error `code` (docs/local-service.md, "Errors") that it stands for, so the service maps
them to responses without guessing.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base of every refusal the store reports on purpose."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class NotFoundError(StoreError):
    """The addressed row does not exist (or belongs to another tenant, which is the same to the caller)."""


class AlreadyExistsError(StoreError):
    """A unique name or identifier is taken."""
