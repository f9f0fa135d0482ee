"""First run: where does this station check faces? Two big choices, then one short form, then "sign in".

"Built-in local service" (the default) starts the service on this computer in a worker thread, creates the
station's API client and the operator the user types, keeps the client secret in the SecretStore and sets the
admin PIN. "FaceCheck hosted service" asks for the endpoint (prefilled), client id and secret, and the PIN.
Every page says what happens next. The work runs through `Operations`, never on the GUI thread. Once the server
is set up, the last page offers the camera self-test (`camera_test`, skippable: "Later" goes on to sign in).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facestation.api.transport_security import AddressProblem, address_problem
from facestation.station.core.config import DEFAULT_HOSTED_ENDPOINT, MIN_PIN_LENGTH
from facestation.station.core.session import Session, SetupError, SetupResult
from facestation.station.ui.kit import (
    RetranslateMixin,
    field_label,
    mark_invalid,
    password_field,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.ops import BusyBar, Operations, Problem

MIN_PASSWORD_LENGTH = 8
# The theme draws a focused button's border thicker (3 px) than the 1 px its size hint counts, which pressed a
# long label ("Continue to sign in") against the button's edge: reserve the difference and a little air.
FOCUS_BORDER_ROOM = 2 * (3 - 1) + 2 * 6


class ChoiceButton(QPushButton):
    """A large button with a bold title and a line of explanation under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "choice")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(4)
        self.title = role_label("choiceTitle", self, wrap=False)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        for label in (self.title, self.description):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def set_texts(self, title: str, description: str) -> None:
        self.title.setText(title)
        self.description.setText(description)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setVerticalSpacing(10)
    form.setHorizontalSpacing(16)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


def _pin_field(parent: QWidget) -> QLineEdit:
    field = password_field(parent)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setMaxLength(12)
    return field


def _fit_width_to_text(button: QPushButton) -> None:
    """A minimum width that follows the (translated) text, with room for the focused border."""
    button.setMinimumWidth(0)
    button.ensurePolished()  # the style sheet's padding and bold font count in the size hint
    button.setMinimumWidth(button.sizeHint().width() + FOCUS_BORDER_ROOM)


class FirstRunDialog(RetranslateMixin, QDialog):
    """The first-run wizard. `accepted` once the server is set up and the user chose to go on to sign in."""

    PAGE_CHOICE, PAGE_LOCAL, PAGE_HOSTED, PAGE_DONE = range(4)

    setupFinished = Signal(object)  # SetupResult, when the setup worked (before the user presses Continue)

    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None, *,
                 camera_test: Callable[[QWidget], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.session = session
        self.ops = ops
        self.camera_test = camera_test  # opens the camera self-test over this dialog; None: not offered
        self.result_of_setup: SetupResult | None = None
        self._handle = None
        self.resize(760, 640)
        self.setMinimumWidth(640)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 20)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)
        self.busy_bar = BusyBar(ops, self)
        # "Setting up the built-in service… this takes up to a minute." is longer than the room beside the bar
        # at the dialog's minimum width (and longer still in Spanish): wrap rather than cut it.
        self.busy_bar.label.setWordWrap(True)
        layout.addWidget(self.busy_bar)
        self._row_buttons: list[QPushButton] = []

        self._build_choice_page()
        self._build_local_page()
        self._build_hosted_page()
        self._build_done_page()
        self.retranslate_ui()
        self.show_page(self.PAGE_CHOICE)

    # -- pages -------------------------------------------------------------------------------------------

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.pages.addWidget(page)
        return page, layout

    def _buttons(self, layout: QVBoxLayout, *buttons: QPushButton) -> None:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        self._row_buttons.extend(buttons)
        layout.addLayout(row)

    def _build_choice_page(self) -> None:
        page, layout = self._page()
        self.choice_title = role_label("title", page)
        self.choice_intro = role_label("subtitle", page)
        self.local_choice = ChoiceButton(page)
        self.local_choice.setObjectName("chooseLocal")
        self.hosted_choice = ChoiceButton(page)
        self.hosted_choice.setObjectName("chooseHosted")
        self.choice_hint = role_label("hint", page)
        layout.addWidget(self.choice_title)
        layout.addWidget(self.choice_intro)
        layout.addSpacing(8)
        layout.addWidget(self.local_choice)
        layout.addWidget(self.hosted_choice)
        layout.addWidget(self.choice_hint)
        layout.addStretch(1)
        self.quit_button = QPushButton(page)
        self._buttons(layout, self.quit_button)
        self.local_choice.clicked.connect(self.choose_local)
        self.hosted_choice.clicked.connect(self.choose_hosted)
        self.quit_button.clicked.connect(self.reject)

    def _build_local_page(self) -> None:
        page, layout = self._page()
        self.local_title = role_label("title", page)
        self.local_intro = role_label("subtitle", page)
        form = _form()
        self.username = QLineEdit(page)
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.password = password_field(page)
        self.password.setObjectName("password")
        self.password_repeat = password_field(page)
        self.password_repeat.setObjectName("passwordRepeat")
        self.local_pin = _pin_field(page)
        self.local_pin.setObjectName("localPin")
        self.local_pin_repeat = _pin_field(page)
        self.local_pin_repeat.setObjectName("localPinRepeat")
        self.username_label, self.password_label, self.repeat_label = QLabel(page), QLabel(page), QLabel(page)
        self.local_pin_label, self.local_pin_repeat_label = QLabel(page), QLabel(page)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.password_repeat)
        self.local_pin_hint = role_label("hint", page)
        # A gap above it as a spacer, not as the label's margin: a word-wrapped label's height leaves its
        # margin out, which cut the last line off.
        form.addItem(QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed))
        form.addRow(self.local_pin_hint)
        form.addRow(self.local_pin_label, self.local_pin)
        form.addRow(self.local_pin_repeat_label, self.local_pin_repeat)
        for label, field in ((self.username_label, self.username), (self.password_label, self.password),
                             (self.repeat_label, self.password_repeat), (self.local_pin_label, self.local_pin),
                             (self.local_pin_repeat_label, self.local_pin_repeat)):
            field_label(label, field)
        self.local_error = role_label("error", page)
        self.local_error.setObjectName("localError")
        self.local_next_hint = role_label("hint", page)
        layout.addWidget(self.local_title)
        layout.addWidget(self.local_intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.local_error)
        layout.addStretch(1)
        layout.addWidget(self.local_next_hint)
        self.local_back = QPushButton(page)
        self.local_submit = primary_button(page)
        self.local_submit.setObjectName("localSubmit")
        self._buttons(layout, self.local_back, self.local_submit)
        self.local_back.clicked.connect(lambda: self.show_page(self.PAGE_CHOICE))
        self.local_submit.clicked.connect(self.submit_local)
        self.local_form = (self.username, self.password, self.password_repeat, self.local_pin,
                           self.local_pin_repeat, self.local_back, self.local_submit)

    def _build_hosted_page(self) -> None:
        page, layout = self._page()
        self.hosted_title = role_label("title", page)
        self.hosted_intro = role_label("subtitle", page)
        form = _form()
        self.endpoint = QLineEdit(DEFAULT_HOSTED_ENDPOINT, page)
        self.endpoint.setObjectName("endpoint")
        self.client_id = QLineEdit(page)
        self.client_id.setObjectName("clientId")
        self.client_secret = password_field(page)
        self.client_secret.setObjectName("clientSecret")
        self.hosted_pin = _pin_field(page)
        self.hosted_pin.setObjectName("hostedPin")
        self.hosted_pin_repeat = _pin_field(page)
        self.hosted_pin_repeat.setObjectName("hostedPinRepeat")
        self.endpoint_label, self.client_id_label, self.client_secret_label = QLabel(page), QLabel(page), QLabel(page)
        self.hosted_pin_label, self.hosted_pin_repeat_label = QLabel(page), QLabel(page)
        form.addRow(self.endpoint_label, self.endpoint)
        form.addRow(self.client_id_label, self.client_id)
        form.addRow(self.client_secret_label, self.client_secret)
        self.hosted_pin_hint = role_label("hint", page)
        # A gap above it as a spacer, not as the label's margin: a word-wrapped label's height leaves its
        # margin out, which cut the last line off.
        form.addItem(QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed))
        form.addRow(self.hosted_pin_hint)
        form.addRow(self.hosted_pin_label, self.hosted_pin)
        form.addRow(self.hosted_pin_repeat_label, self.hosted_pin_repeat)
        for label, field in ((self.endpoint_label, self.endpoint), (self.client_id_label, self.client_id),
                             (self.client_secret_label, self.client_secret), (self.hosted_pin_label, self.hosted_pin),
                             (self.hosted_pin_repeat_label, self.hosted_pin_repeat)):
            field_label(label, field)
        self.hosted_error = role_label("error", page)
        self.hosted_error.setObjectName("hostedError")
        self.hosted_next_hint = role_label("hint", page)
        layout.addWidget(self.hosted_title)
        layout.addWidget(self.hosted_intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.hosted_error)
        layout.addStretch(1)
        layout.addWidget(self.hosted_next_hint)
        self.hosted_back = QPushButton(page)
        self.hosted_submit = primary_button(page)
        self.hosted_submit.setObjectName("hostedSubmit")
        self._buttons(layout, self.hosted_back, self.hosted_submit)
        self.hosted_back.clicked.connect(lambda: self.show_page(self.PAGE_CHOICE))
        self.hosted_submit.clicked.connect(self.submit_hosted)
        self.hosted_form = (self.endpoint, self.client_id, self.client_secret, self.hosted_pin,
                            self.hosted_pin_repeat, self.hosted_back, self.hosted_submit)

    def _build_done_page(self) -> None:
        page, layout = self._page()
        self.done_title = role_label("title", page)
        self.done_text = role_label("subtitle", page)
        self.done_text.setObjectName("doneText")
        self.secrets_warning = role_label("warning", page)
        self.secrets_warning.setObjectName("secretsWarning")
        self.secrets_warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_text)
        layout.addWidget(self.secrets_warning)
        layout.addWidget(line)
        self.camera_offer = role_label("heading", page)
        self.camera_offer.setObjectName("cameraTestOffer")
        self.camera_offer_text = role_label("hint", page)
        layout.addWidget(self.camera_offer)
        layout.addWidget(self.camera_offer_text)
        layout.addStretch(1)
        self.test_camera_button = QPushButton(page)
        self.test_camera_button.setObjectName("testCameraNow")
        self.continue_button = primary_button(page)
        self.continue_button.setObjectName("continueToSignIn")
        self._buttons(layout, self.test_camera_button, self.continue_button)
        self.continue_button.clicked.connect(self.accept)
        self.test_camera_button.clicked.connect(self.test_camera)
        for widget in (self.camera_offer, self.camera_offer_text, self.test_camera_button):
            widget.setVisible(self.camera_test is not None)

    # -- texts -------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("FaceStation: first start"))
        self.choice_title.setText(self.tr("Welcome to FaceStation"))
        self.choice_intro.setText(self.tr(
            "First, choose where this station checks faces. If you are not sure, choose the first option."))
        self.local_choice.set_texts(
            self.tr("Built-in local service (recommended)"),
            self.tr("Everything stays on this computer. No account and no internet needed."))
        self.hosted_choice.set_texts(
            self.tr("FaceCheck hosted service"),
            self.tr("Use a FaceCheck account over the internet. You need the client id and client secret that "
                    "FaceCheck gave you."))
        self.choice_hint.setText(self.tr("Click one of the two options to continue. You can change this later "
                                         "in the settings, with the admin PIN."))
        self.quit_button.setText(self.tr("Quit"))

        self.local_title.setText(self.tr("Create the first operator"))
        self.local_intro.setText(self.tr(
            "Operators sign in to use the station. Choose a user name and a password for the person who works "
            "at this desk."))
        self.username_label.setText(self.tr("&User name"))
        self.username.setPlaceholderText(self.tr("for example: reception"))
        self.password_label.setText(self.tr("&Password"))
        self.password.setPlaceholderText(self.tr("at least {0} characters").format(MIN_PASSWORD_LENGTH))
        self.repeat_label.setText(self.tr("&Repeat password"))
        self.local_pin_label.setText(self.tr("&Admin PIN"))
        self.local_pin.setPlaceholderText(self.tr("at least {0} digits").format(MIN_PIN_LENGTH))
        self.local_pin_repeat_label.setText(self.tr("Repeat PIN"))
        pin_hint = self.tr("The admin PIN protects the settings and leaving full-screen mode. Choose at least {0} "
                           "digits and keep it somewhere safe.").format(MIN_PIN_LENGTH)
        self.local_pin_hint.setText(pin_hint)
        self.local_next_hint.setText(self.tr(
            "Next: the station prepares its built-in service (about a minute at most), then you sign in."))
        self.local_back.setText(self.tr("Back"))
        self.local_submit.setText(self.tr("Set up the station"))

        self.hosted_title.setText(self.tr("Connect to FaceCheck"))
        self.hosted_intro.setText(self.tr(
            "Type the details FaceCheck gave you. If you do not have them, ask your administrator."))
        self.endpoint_label.setText(self.tr("Service &address"))
        self.client_id_label.setText(self.tr("&Client id"))
        self.client_secret_label.setText(self.tr("Client &secret"))
        self.hosted_pin_label.setText(self.tr("&Admin PIN"))
        self.hosted_pin.setPlaceholderText(self.tr("at least {0} digits").format(MIN_PIN_LENGTH))
        self.hosted_pin_repeat_label.setText(self.tr("Repeat PIN"))
        self.hosted_pin_hint.setText(pin_hint)
        self.hosted_next_hint.setText(self.tr(
            "Next: you sign in with your FaceCheck operator account; the station checks these details then."))
        self.hosted_back.setText(self.tr("Back"))
        self.hosted_submit.setText(self.tr("Save and continue"))

        self.done_title.setText(self.tr("The station is ready"))
        self.camera_offer.setText(self.tr("Test the camera?"))
        self.camera_offer_text.setText(self.tr(
            "Ask someone to sit where people will stand: in 15 seconds the station checks the light, the sharpness "
            "and where people should stand. You can also do it later in Settings \u2192 Camera."))
        self.test_camera_button.setText(self.tr("&Test the camera now"))
        self.continue_button.setText(self.tr("Later: continue to sign in") if self.camera_test is not None
                                     else self.tr("Continue to sign in"))
        for button in self._row_buttons:
            _fit_width_to_text(button)
        self._update_done_texts()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Escape goes back a page; it never quits the station from the middle of a form (Quit does that).
        if event.key() == Qt.Key.Key_Escape:
            if self.pages.currentIndex() in (self.PAGE_LOCAL, self.PAGE_HOSTED) and self.local_back.isEnabled() \
                    and self.hosted_back.isEnabled():
                self.show_page(self.PAGE_CHOICE)
            event.accept()
            return
        super().keyPressEvent(event)

    def _update_done_texts(self) -> None:
        result = self.result_of_setup
        if result is None:
            return
        if result.kind == "local":
            self.done_text.setText(self.tr(
                "The built-in service is running on this computer.\n\nNext: sign in with the operator account you "
                "just created ({0}).").format(self.session.config.operator_username or ""))
        else:
            self.done_text.setText(self.tr(
                "The station will use the FaceCheck service at {0}.\n\nNext: sign in with your FaceCheck operator "
                "user name and password.").format(result.base_url))
        show_message(self.secrets_warning, self.tr(
            "Warning: this computer has no secure password store (OS keyring), so the station keeps its secret "
            "in an encrypted file instead:\n{0}\nAnyone who can use this computer account could read it. Ask "
            "your administrator whether to set up a keyring.").format(result.secrets_location)
            if result.secrets_fallback else "")

    @Slot()
    def test_camera(self) -> None:
        """The camera self-test, over this dialog; the page stays so the user goes on to sign in after it."""
        if self.camera_test is not None:
            self.camera_test(self)

    # -- navigation --------------------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        for button, page in ((self.local_submit, self.PAGE_LOCAL), (self.hosted_submit, self.PAGE_HOSTED),
                             (self.continue_button, self.PAGE_DONE)):
            button.setDefault(index == page)
        focus = {self.PAGE_CHOICE: self.local_choice, self.PAGE_LOCAL: self.username,
                 self.PAGE_HOSTED: self.client_id, self.PAGE_DONE: self.continue_button}[index]
        focus.setFocus()

    @Slot()
    def choose_local(self) -> None:
        show_message(self.local_error, "")
        self.show_page(self.PAGE_LOCAL)

    @Slot()
    def choose_hosted(self) -> None:
        show_message(self.hosted_error, "")
        self.show_page(self.PAGE_HOSTED)

    # -- submitting --------------------------------------------------------------------------------------

    def _check(self, fields: list[tuple[QLineEdit, str | None]], error_label: QLabel) -> bool:
        """Mark the first field with a problem; True when there is none."""
        for field, _ in fields:
            mark_invalid(field, False)
        for field, problem in fields:
            if problem:
                mark_invalid(field, True)
                show_message(error_label, problem)
                return False
        show_message(error_label, "")
        return True

    def _pin_problems(self, pin: QLineEdit, repeat: QLineEdit) -> list[tuple[QLineEdit, str | None]]:
        text = pin.text()
        return [
            (pin, self.tr("The admin PIN needs at least {0} digits (numbers only).").format(MIN_PIN_LENGTH)
             if len(text) < MIN_PIN_LENGTH or not text.isdigit() else None),
            (repeat, self.tr("The two PINs are not the same: type the PIN again in both boxes.")
             if repeat.text() != text else None),
        ]

    @Slot()
    def submit_local(self) -> None:
        name = self.username.text().strip()
        password = self.password.text()
        ok = self._check([
            (self.username, self.tr("Type a user name for the operator.") if not name else
             self.tr("The user name cannot contain spaces.") if any(c.isspace() for c in name) else None),
            (self.password, self.tr("The password needs at least {0} characters.").format(MIN_PASSWORD_LENGTH)
             if len(password) < MIN_PASSWORD_LENGTH else None),
            (self.password_repeat, self.tr("The two passwords are not the same: type the password again in "
                                           "both boxes.") if self.password_repeat.text() != password else None),
            *self._pin_problems(self.local_pin, self.local_pin_repeat),
        ], self.local_error)
        if not ok:
            return
        self._set_working(self.local_form, True)
        self._handle = self.ops.run_blocking(
            functools.partial(self.session.setup_local, name, password, admin_pin=self.local_pin.text()),
            on_success=self._setup_done, on_error=self._local_failed,
            busy=self.tr("Setting up the built-in service… this takes up to a minute."),
            on_cancel=self.session.cancel_start)
        self._handle.finished.connect(lambda: self._set_working(self.local_form, False))

    def _endpoint_problem(self, endpoint: str) -> str | None:
        """The rule of facestation.api.transport_security, in the user's language."""
        problem = address_problem(endpoint)
        if problem is AddressProblem.NOT_A_WEB_ADDRESS:
            return self.tr("The service address must start with https:// (for example {0}).").format(
                DEFAULT_HOSTED_ENDPOINT)
        if problem is AddressProblem.UNENCRYPTED:
            return self.tr("{0} is not encrypted: the client secret, passwords and photos would travel in clear. "
                           "Use an https:// address (http:// is only for this computer).").format(endpoint)
        return None

    @Slot()
    def submit_hosted(self) -> None:
        endpoint = self.endpoint.text().strip()
        ok = self._check([
            (self.endpoint, self._endpoint_problem(endpoint)),
            (self.client_id, self.tr("Type the client id FaceCheck gave you.")
             if not self.client_id.text().strip() else None),
            (self.client_secret, self.tr("Type the client secret FaceCheck gave you.")
             if not self.client_secret.text().strip() else None),
            *self._pin_problems(self.hosted_pin, self.hosted_pin_repeat),
        ], self.hosted_error)
        if not ok:
            return
        self._set_working(self.hosted_form, True)
        self._handle = self.ops.run_blocking(
            functools.partial(self.session.setup_hosted, endpoint, self.client_id.text(),
                              self.client_secret.text(), admin_pin=self.hosted_pin.text()),
            on_success=self._setup_done, on_error=self._hosted_failed,
            busy=self.tr("Saving the connection details…"))
        self._handle.finished.connect(lambda: self._set_working(self.hosted_form, False))

    def _set_working(self, widgets: tuple[QWidget, ...], working: bool) -> None:
        for widget in widgets:
            widget.setEnabled(not working)

    def _setup_done(self, result: SetupResult) -> None:
        self.result_of_setup = result
        for field in (self.password, self.password_repeat, self.local_pin, self.local_pin_repeat,
                      self.client_secret, self.hosted_pin, self.hosted_pin_repeat):
            field.clear()  # nothing secret stays in the widgets
        self._update_done_texts()
        self.show_page(self.PAGE_DONE)
        self.setupFinished.emit(result)

    def _local_failed(self, problem: Problem) -> None:
        self._failed(problem, self.local_error, {"username": self.username, "password": self.password,
                                                 "pin": self.local_pin})

    def _hosted_failed(self, problem: Problem) -> None:
        self._failed(problem, self.hosted_error, {"endpoint": self.endpoint, "client_id": self.client_id,
                                                  "client_secret": self.client_secret, "pin": self.hosted_pin})

    def _failed(self, problem: Problem, label: QLabel, fields: dict[str, QLineEdit]) -> None:
        show_message(label, problem.text)
        error = problem.error
        if isinstance(error, SetupError) and error.field in fields:
            mark_invalid(fields[error.field], True)
        elif "operator named" in str(error):
            mark_invalid(self.username, True)
