"""A small dialog that asks for the admin PIN before something only an administrator may do (the activity log,
closing a kiosk). The PIN check itself is `settings.PinGate`'s: argon2 in a worker, and the wrong tries counted
in the station's one `PinThrottle`, so closing this dialog and opening it again gives no free tries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from facestation.station.core.config import StationConfig
from facestation.station.core.pin_throttle import PinThrottle
from facestation.station.ui.dialogs.settings import PinGate
from facestation.station.ui.kit import RetranslateMixin
from facestation.station.ui.ops import Operations


class PinDialog(RetranslateMixin, QDialog):
    """`accepted` once the right PIN was typed, `rejected` on Cancel or close. Open it with `open()`."""

    def __init__(self, config: StationConfig, ops: Operations, purpose: str, parent: QWidget | None = None, *,
                 settings_path: Path | None = None, throttle: PinThrottle | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        self.purpose = purpose
        # settings_path: where the station's settings live (the throttle's file is next to them); None: the default.
        self.gate = PinGate(config, ops, self, settings_path=settings_path, throttle=throttle,
                            wording=lambda: (self.tr("Admin PIN"), self.purpose, self.tr("Continue")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(self.gate)
        self.gate.unlocked.connect(self.accept)
        self.gate.cancelled.connect(self.reject)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Admin PIN"))
        self.gate.retranslate_ui()

    def done(self, result: int) -> None:
        self.gate.cancel_check()  # a check still running must not unlock a closed dialog
        super().done(result)
