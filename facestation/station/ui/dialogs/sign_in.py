"""Sign in: user name and password, checked by the service through `FaceCheckClient.login` (via Operations).

A wrong password or an unreachable service is said on the dialog itself, with what to do; the dialog stays
open. While the built-in service starts, the operator can already type; the Sign in button waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facestation.api import errors
from facestation.station.core.session import Session
from facestation.station.ui.kit import (
    RetranslateMixin,
    field_label,
    mark_invalid,
    password_field,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.ops import BusyBar, Operations, OpHandle, Problem


class SignInDialog(RetranslateMixin, QDialog):
    """`signedIn(username)` then `accepted` when the service accepted the operator."""

    signedIn = Signal(str)
    retryRequested = Signal()  # the operator asks to start the built-in service again

    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.session = session
        self.ops = ops
        self._handle: OpHandle | None = None
        self._connecting = False
        self._start_problem_shown = False
        self.resize(620, 520)
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 20)
        layout.setSpacing(12)
        self.title = role_label("title", self)
        self.server_line = role_label("subtitle", self)
        self.server_line.setObjectName("serverLine")
        self.service_state = role_label("hint", self)
        self.service_state.setObjectName("serviceState")
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.username = QLineEdit(self)
        self.username.setObjectName("signInUsername")
        self.username.setMaxLength(64)
        self.password = password_field(self)
        self.password.setObjectName("signInPassword")
        self.username_label, self.password_label = QLabel(self), QLabel(self)
        field_label(self.username_label, self.username)
        field_label(self.password_label, self.password)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        self.message = role_label("error", self)
        self.message.setObjectName("signInMessage")
        self.next_hint = role_label("hint", self)
        layout.addWidget(self.title)
        layout.addWidget(self.server_line)
        layout.addWidget(self.service_state)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.next_hint)
        self.busy_bar = BusyBar(ops, self)
        layout.addWidget(self.busy_bar)
        row = QHBoxLayout()
        self.quit_button = QPushButton(self)
        self.quit_button.setObjectName("signInQuit")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryService")
        self.retry_button.setVisible(False)
        self.sign_in_button = primary_button(self)
        self.sign_in_button.setObjectName("signInButton")
        row.addWidget(self.quit_button)
        row.addStretch(1)
        row.addWidget(self.retry_button)
        row.addWidget(self.sign_in_button)
        layout.addLayout(row)

        self.quit_button.clicked.connect(self.reject)
        self.retry_button.clicked.connect(self.retryRequested)
        self.sign_in_button.clicked.connect(self.submit)
        self.retranslate_ui()
        self.reset()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("FaceStation: sign in"))
        self.title.setText(self.tr("Sign in"))
        self.username_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.next_hint.setText(self.tr(
            "Next: the station's main window opens. Forgot your password? Your administrator can set a new one."))
        self.quit_button.setText(self.tr("Quit"))
        self.retry_button.setText(self.tr("Start the service again"))
        self.sign_in_button.setText(self.tr("Sign in"))
        if self.session.kind == "hosted":
            self.server_line.setText(self.tr("Service: FaceCheck hosted service ({0})").format(
                self.session.config.hosted_endpoint))
        else:
            self.server_line.setText(self.tr("Service: the built-in service on this computer"))
        self._update_state_text()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Escape must not close the station by accident at the front desk: the Quit button does that.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    # -- state -------------------------------------------------------------------------------------------

    def reset(self, message: str = "") -> None:
        """Ready for the next operator: the last user name, an empty password, and optionally a message
        (e.g. "You were signed out")."""
        self.username.setText(self.session.config.operator_username or "")
        self.password.clear()
        show_message(self.message, message)
        (self.password if self.username.text() else self.username).setFocus()

    def set_connecting(self, connecting: bool) -> None:
        """The built-in service is starting (the Sign in button waits for it)."""
        self._connecting = connecting
        if connecting:
            self.retry_button.setVisible(False)
            if self._start_problem_shown:  # the old reason would contradict the new attempt
                show_message(self.message, "")
                self._start_problem_shown = False
        self._update_state_text()
        self._update_enabled()

    def set_start_failed(self, problem: Problem) -> None:
        """Starting the service failed: say why and offer to try again."""
        self._connecting = False
        self._start_problem_shown = True
        show_message(self.message, problem.text)
        self.retry_button.setVisible(True)
        self._update_state_text()
        self._update_enabled()

    def _update_state_text(self) -> None:
        if self._connecting:
            text = self.tr("Starting the built-in service… You can already type your user name and password.")
        elif self.session.ready:
            text = self.tr("Connected. Type your user name and password.")
        else:
            text = self.tr("Not connected to the service yet.")
        show_message(self.service_state, text)

    def _update_enabled(self) -> None:
        signing_in = self._handle is not None and not self._handle.done
        self.sign_in_button.setEnabled(not signing_in and self.session.ready and not self._connecting)
        self.username.setEnabled(not signing_in)
        self.password.setEnabled(not signing_in)

    # -- signing in --------------------------------------------------------------------------------------

    @Slot()
    def submit(self) -> None:
        name = self.username.text().strip()
        password = self.password.text()
        mark_invalid(self.username, not name)
        if not name:
            show_message(self.message, self.tr("Type your user name."))
            return
        mark_invalid(self.password, not password)
        if not password:
            show_message(self.message, self.tr("Type your password."))
            return
        if not self.session.ready:
            show_message(self.message, self.tr("The station is still connecting to the service: wait a moment, "
                                               "then press Sign in again."))
            return
        show_message(self.message, "")
        self._handle = self.ops.run_async(self.session.sign_in(name, password), on_success=self._signed_in,
                                          on_error=self._failed, busy=self.tr("Signing in…"))
        self._handle.finished.connect(self._update_enabled)
        self._update_enabled()

    def _signed_in(self, username: str) -> None:
        self.password.clear()
        self.signedIn.emit(username)
        self.accept()

    def _failed(self, problem: Problem) -> None:
        error = problem.error
        if isinstance(error, errors.AuthenticationError):
            text = self.tr("The user name or password is not right. Check them (capital letters count) and "
                           "try again.")
            if self.session.kind == "hosted":
                text += " " + self.tr("If they are right, the station's client id or secret may be wrong: ask "
                                      "your administrator to check the settings.")
            self.password.clear()
            mark_invalid(self.password, True)
        else:
            text = problem.text
        show_message(self.message, text)
        self._update_enabled()
