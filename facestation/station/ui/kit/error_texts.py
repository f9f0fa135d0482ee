"""The error-description registry: what the operator reads about an error, registered by the code that knows
the error instead of by the one helper (`ops.Operations`) that shows it.

    register(CameraError, lambda error: Problem(title, text, severity="warning"))
    describe(error)  # the Problem of the nearest registered class of `error` (its own first), or None

A subclass registered on its own wins over its base (`ProvisioningError` over `LocalServiceError`): the look-up
walks the error's class order. The station's own errors are registered in `facestation.station.ui.error_texts`.
Describers translate with this module's `tr` (see there why).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

__all__ = ["Describe", "Problem", "describe", "first_line", "register", "registered", "tr", "unregister"]


@dataclass(frozen=True)
class Problem:
    """An error as the operator reads it: a title, a sentence with what to do next, optional details."""

    title: str
    text: str
    details: str = ""
    severity: str = "error"  # "error" (a message box) or "warning" (the status bar suffices for background work)
    expected: bool = True  # False: a bug, logged with its traceback
    error: BaseException | None = field(default=None, compare=False, repr=False)  # for callers that tailor

    def __str__(self) -> str:
        return self.text


Describe = Callable[[BaseException], Problem]

_describers: dict[type[BaseException], Describe] = {}


def register(error_type: type[BaseException], describe_error: Describe) -> None:
    """Describe errors of `error_type` (and its subclasses without their own entry) with `describe_error`;
    registering a type again replaces its entry."""
    _describers[error_type] = describe_error


def unregister(error_type: type[BaseException]) -> None:
    _describers.pop(error_type, None)


def registered(error_type: type[BaseException]) -> bool:
    return error_type in _describers


def describe(error: BaseException) -> Problem | None:
    """The Problem for `error` from the nearest registered class, or None when none of its classes is."""
    for cls in type(error).__mro__:
        describe_error = _describers.get(cls)
        if describe_error is not None:
            return describe_error(error)
    return None


def tr(text: str) -> str:
    """Translate an error text. The shipped translations hold the error texts in the empty context, where
    lupdate files a bare `tr("…")` call: so describers call this `tr` by that name, with the text literally."""
    return QCoreApplication.translate("", text)


def first_line(text: str) -> str:
    """The first line of an error's message (the rest goes to the details)."""
    return text.strip().splitlines()[0] if text.strip() else ""
