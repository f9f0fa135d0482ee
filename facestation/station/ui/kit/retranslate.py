"""Texts that follow the language: a widget mixin that calls `retranslate_ui()` when Qt announces a new language.

Qt sends a `LanguageChange` event to every widget after a translator is installed or removed; each station widget
sets its texts in `retranslate_ui()` and needs that event turned into the call. The mixin goes before the Qt base
class (`class SignInDialog(RetranslateMixin, QDialog)`) so its `changeEvent` comes first in the method order.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent

__all__ = ["RetranslateMixin"]


class RetranslateMixin:
    """Calls `self.retranslate_ui()` on every `LanguageChange`, then lets the Qt base class see the event."""

    def retranslate_ui(self) -> None:
        """Set every visible text through `self.tr()` (override it)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]  # the Qt widget class that follows in the order
