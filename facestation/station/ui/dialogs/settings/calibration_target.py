"""Settings → Server: how many strangers a list may match by mistake at most (the target of the per-list
calibration, issue 19): "1 in 100 / 1 in 1,000 (recommended) / 1 in 10,000 / 1 in 100,000".

The setting lives on the server, per API client, so every station of a site shares it: it is read from the
service when the dialog opens (`client.lists.calibration_target()`) and written when the dialog is saved
(`set_calibration_target(1/N)`), before the station's own settings file. A server that cannot be reached, or
one without the extension (the hosted service), leaves the choice disabled with a one-line reason. The choices
come from `core.lists.calibration_target`; the texts are in the "SettingsDialog" context like the other sections'."""

from __future__ import annotations

from collections.abc import Awaitable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from facestation.api import CalibrationTarget, errors
from facestation.station.core.lists.calibration_target import (
    RECOMMENDED_ONE_IN,
    one_in,
    target_choices,
    target_of,
)
from facestation.station.core.session import Session
from facestation.station.ui.dialogs.settings.layout import touch_sized
from facestation.station.ui.kit import Problem, field_label, role_label, show_message
from facestation.station.ui.ops import LatestRequest, Operations
from facestation.station.ui.translations import number_locale

__all__ = ["CalibrationTargetField", "grouped_number"]

translate = QCoreApplication.translate


def grouped_number(number: int) -> str:
    """3000 -> "3,000" (English), "3.000" (Spanish): the station language's thousands separator."""
    locale = number_locale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # with the group separator
    return locale.toString(number)


class CalibrationTargetField(QWidget):
    """The choice, its explanation and why it is disabled (if it is). `changed` once the administrator picked
    another value than the server's; `save()` is the coroutine that writes it."""

    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationTargetField")
        self.session = session
        self.loaded: CalibrationTarget | None = None
        self.unavailable: str | None = None  # "signed_out", "no_extension", "error"
        self._problem_text = ""
        self._request = LatestRequest(ops)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = role_label("value", self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.choice = touch_sized(QComboBox(self))
        self.choice.setObjectName("calibrationTarget")
        self.choice.setMaximumWidth(360)
        field_label(self.label, self.choice)
        self.hint = role_label("hint", self)
        self.reason = role_label("hint", self)
        self.reason.setObjectName("calibrationTargetReason")
        for widget in (self.heading, self.label, self.choice, self.hint, self.reason):
            layout.addWidget(widget)
        self.retranslate_ui()
        self._show()

    # -- texts ---------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(translate("SettingsDialog", "Lists"))
        self.label.setText(translate("SettingsDialog", "Strangers matched by &mistake in a list, at most"))
        self.hint.setText(translate("SettingsDialog", "Saved on the server: every station of this site uses it."))
        self.choice.setToolTip(translate(
            "SettingsDialog", "Fewer mistakes means a list asks for a closer match, so now and then a member is "
            "asked to try again."))
        self._fill()
        self._show()

    def _choice_text(self, number: int) -> str:
        text = translate("SettingsDialog", "1 in {0}").format(grouped_number(number))
        if number == RECOMMENDED_ONE_IN:
            text = translate("SettingsDialog", "{0} (recommended)").format(text)
        return text

    def _fill(self) -> None:
        """The choices (the server's own when it is not a round one), the current one chosen."""
        current = self.choice.currentData()
        if current is None and self.loaded is not None:
            current = one_in(self.loaded.target)
        self.choice.blockSignals(True)
        self.choice.clear()
        for number in target_choices(self.loaded.target if self.loaded is not None else None):
            self.choice.addItem(self._choice_text(number), number)
        index = self.choice.findData(current if current is not None else RECOMMENDED_ONE_IN)
        self.choice.setCurrentIndex(max(0, index))
        self.choice.blockSignals(False)

    def _show(self) -> None:
        reasons = {
            "signed_out": translate("SettingsDialog", "Sign in to change this: it is kept on the server."),
            "no_extension": translate("SettingsDialog", "This service does not work out a confidence per list, so "
                                                        "there is nothing to set here."),
            "error": translate("SettingsDialog", "The server could not be asked: {0}").format(self._problem_text),
            "loading": translate("SettingsDialog", "Asking the server…"),
        }
        state = self.unavailable or ("loading" if self.loaded is None else None)
        show_message(self.reason, reasons.get(state or "", ""))
        self.choice.setEnabled(self.loaded is not None and self.unavailable is None)

    # -- reading and writing -------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the server's target (in the background)."""
        client = self.session.client
        if client is None or not self.session.signed_in:
            self.loaded, self.unavailable = None, "signed_out"
            self._show()
            return
        self.unavailable = None
        self._show()
        self._request.run(client.lists.calibration_target(), quiet=True, on_success=self._arrived,
                          on_error=self._failed)

    @property
    def loading(self) -> bool:
        return self._request.busy

    def _arrived(self, target: CalibrationTarget) -> None:
        self.loaded = target
        self.choice.setCurrentIndex(-1)  # choose the server's value, not what was shown before
        self._fill()
        self._show()

    def _failed(self, problem: Problem) -> None:
        self.loaded = None
        if isinstance(problem.error, errors.FeatureUnavailableError):
            self.unavailable = "no_extension"
        else:
            self.unavailable, self._problem_text = "error", problem.text
        self._show()

    @property
    def chosen_one_in(self) -> int | None:
        data = self.choice.currentData()
        return int(data) if data is not None else None

    @property
    def changed(self) -> bool:
        chosen = self.chosen_one_in
        return self.loaded is not None and chosen is not None and chosen != one_in(self.loaded.target)

    def save(self) -> Awaitable[CalibrationTarget]:
        """The coroutine that writes the chosen target to the server (call only when `changed`)."""
        client = self.session.client
        chosen = self.chosen_one_in
        assert client is not None and chosen is not None
        return client.lists.set_calibration_target(target_of(chosen))

    def saved(self, target: CalibrationTarget) -> None:
        self.loaded = target

    def set_saving(self, saving: bool) -> None:
        self.choice.setEnabled(not saving and self.loaded is not None and self.unavailable is None)

    def cancel(self) -> None:
        self._request.cancel()
