"""The main window: big navigation on the left (Enrol, Verify, Records, Lists, Settings, Sign out), the pages on
the right, and the status bar (connection, operator, token expiry, calls this hour, camera frame rate).

The window shows one page at a time and tells it when it is shown or hidden (`Panel.activate` / `deactivate`:
the camera runs only on the page in front). The `Station` controller (app.py) decides and drives the session.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from facestation.api import BudgetStatus, CallBudget
from facestation.station.core.session import BudgetLevel, Session, budget_level
from facestation.station.ui.context import StationContext
from facestation.station.ui.kit import RetranslateMixin, SideNavigation, role_label
from facestation.station.ui.ops import BusyBar, Operations
from facestation.station.ui.panels.base import Panel
from facestation.station.ui.theme import restyle

EXPIRY_REFRESH_MS = 15_000


class BudgetRelay(QObject):
    """Carries CallBudget notifications (from whichever thread made the call) to the GUI thread.

    The relay lives in the GUI thread; a signal emitted from another thread is queued to its receivers."""

    changed = Signal(object)  # BudgetStatus

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = None

    def attach(self, budget: CallBudget) -> None:
        self.detach()
        self._unsubscribe = budget.add_listener(self.changed.emit)
        self.changed.emit(budget.status)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


PanelFactory = Callable[[StationContext], Panel]


def default_panels() -> dict[str, PanelFactory]:
    """The station's four pages (imported here: each pulls in its widgets)."""
    from facestation.station.ui.panels.enrol import EnrolPanel
    from facestation.station.ui.panels.lists import ListsPanel
    from facestation.station.ui.panels.records import RecordsPanel
    from facestation.station.ui.panels.verify import VerifyPanel

    return {"enrol": EnrolPanel, "verify": VerifyPanel, "records": RecordsPanel, "lists": ListsPanel}


class MainWindow(RetranslateMixin, QMainWindow):
    """The station's main window. `signOutRequested` and `quitRequested` go to the controller; closing the
    window only asks (`quitRequested`) until the controller calls `allow_close()`."""

    signOutRequested = Signal()
    quitRequested = Signal()
    settingsRequested = Signal()
    activityRequested = Signal()
    pendingRequested = Signal()

    PAGES = ("enrol", "verify", "records", "lists")

    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None, *,
                 context: StationContext | None = None, panels: Mapping[str, PanelFactory] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.ops = ops
        self.context = context if context is not None else StationContext(session, ops)
        factories = dict(panels) if panels is not None else default_panels()
        self._current_page: Panel | None = None
        self._close_allowed = False
        self._connection_state = "connecting"
        self._connection_detail = ""
        self.resize(1280, 800)
        self.setMinimumSize(960, 640)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        # The page buttons come first in the column (and in the Tab order), the pages after them.
        self.navigation = SideNavigation(self.PAGES, central)
        self.brand = self.navigation.title
        self.nav_buttons: dict[str, QPushButton] = self.navigation.buttons
        self.pages = QStackedWidget(central)
        self.page_widgets: dict[str, Panel] = {}
        for index, name in enumerate(self.PAGES):
            page = factories[name](self.context)
            page.setObjectName(f"page_{name}")
            page.statusMessage.connect(self.show_status_message)
            capture = getattr(page, "capture", None)
            if capture is not None:
                capture.bridge.shownFpsChanged.connect(self._camera_fps_from_page)
            self.pages.addWidget(page)
            self.page_widgets[name] = page
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(self.nav_buttons[name].click)
        self.operator_name = self.navigation.add_bottom(role_label("hint"))
        self.operator_name.setObjectName("navOperator")
        self.activity_button = self.navigation.add_bottom(QPushButton())
        self.activity_button.setObjectName("activityButton")
        self.settings_button = self.navigation.add_bottom(QPushButton())
        self.settings_button.setObjectName("settingsButton")
        self.sign_out_button = self.navigation.add_bottom(QPushButton())
        self.sign_out_button.setObjectName("signOutButton")
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.chosen.connect(self.show_page)
        self.navigation.set_current("enrol")
        self.sign_out_button.clicked.connect(self.signOutRequested)
        self.settings_button.clicked.connect(self.settingsRequested)
        self.activity_button.clicked.connect(self.activityRequested)

        self._build_status_bar()
        self.budget_relay = BudgetRelay(self)
        self.budget_relay.changed.connect(self.set_budget)
        self._expiry_timer = QTimer(self)
        self._expiry_timer.setInterval(EXPIRY_REFRESH_MS)
        self._expiry_timer.timeout.connect(self.refresh_session_info)
        self._expiry_timer.start()
        self.retranslate_ui()
        self.refresh_session_info()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.busy_bar = BusyBar(self.ops, bar)
        bar.addWidget(self.busy_bar, 1)
        self.connection_label = QLabel(bar)
        self.connection_label.setObjectName("connectionLabel")
        self.operator_label = QLabel(bar)
        self.operator_label.setObjectName("operatorLabel")
        self.expiry_label = QLabel(bar)
        self.expiry_label.setObjectName("expiryLabel")
        self.budget_gauge = QProgressBar(bar)
        self.budget_gauge.setObjectName("budgetGauge")
        self.budget_gauge.setFixedWidth(280)
        self.budget_gauge.setRange(0, 1)
        self.budget_gauge.setValue(0)
        self.budget_gauge.setProperty("level", BudgetLevel.OK.value)
        self.camera_label = QLabel(bar)
        self.camera_label.setObjectName("cameraFpsLabel")
        # Changes kept on this station while the service cannot be reached: hidden while there are none.
        self.pending_button = QPushButton(bar)
        self.pending_button.setObjectName("pendingButton")
        self.pending_button.setProperty("level", BudgetLevel.OK.value)
        self.pending_button.clicked.connect(self.pendingRequested)
        self.pending_button.setVisible(False)
        self._outbox_counts = (0, 0)
        for widget in (self.pending_button, self.connection_label, self.operator_label, self.expiry_label,
                       self.budget_gauge, self.camera_label):
            bar.addPermanentWidget(widget)
        self.ops.statusMessage.connect(self.show_status_message)

    # -- texts -------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("FaceStation"))
        self.brand.setText(self.tr("FaceStation"))
        labels = {"enrol": self.tr("&Enrol"), "verify": self.tr("&Verify"), "records": self.tr("&Records"),
                  "lists": self.tr("&Lists")}
        self.navigation.set_texts(labels)
        self.sign_out_button.setText(self.tr("&Sign out"))
        self.sign_out_button.setToolTip(self.tr("Sign out and clear this operator's data from the screen"))
        self.activity_button.setText(self.tr("Activit&y"))
        self.activity_button.setToolTip(self.tr("Who did what at this station, and when (admin PIN)"))
        self.settings_button.setText(self.tr("Se&ttings"))
        self.settings_button.setToolTip(self.tr("Server, camera, photo checks, times and appearance (admin PIN)"))
        self.budget_gauge.setFormat(self.tr("Calls this hour: %v of %m"))
        self.camera_label.setText(self.tr("Camera: not started"))
        self.camera_label.setToolTip(self.tr("The camera starts with the Enrol and Verify screens."))
        self._show_connection()
        self.refresh_session_info()
        self.set_outbox_counts(*self._outbox_counts)

    # -- pages -------------------------------------------------------------------------------------------

    @property
    def current_page_name(self) -> str:
        return self.PAGES[self.pages.currentIndex()]

    def show_page(self, name: str) -> None:
        """Bring a page to the front: the one behind stops its camera, the new one starts and refreshes."""
        page = self.page_widgets[name]
        self.navigation.set_current(name)
        if page is self._current_page:
            return
        if self._current_page is not None:
            self._current_page.deactivate()
            self.set_camera_fps(None)
        self.pages.setCurrentWidget(page)
        self._current_page = page
        capture = getattr(page, "capture", None)
        if capture is not None:
            capture.apply_config(self.session.config)  # mirrored preview and the auto-capture settings
        page.activate()  # every page refreshes what it shows when it comes to the front

    def activate_current(self) -> None:
        """After sign-in: start the page in front (its camera, its lists)."""
        self._current_page = None
        self.show_page(self.current_page_name)

    def deactivate_current(self) -> None:
        if self._current_page is not None:
            self._current_page.deactivate()
            self._current_page = None
        self.set_camera_fps(None)

    @Slot(float)
    def _camera_fps_from_page(self, fps: float) -> None:
        page = self._current_page
        capture = getattr(page, "capture", None) if page is not None else None
        if capture is not None and capture.bridge is self.sender():
            self.set_camera_fps(fps)

    # -- status bar --------------------------------------------------------------------------------------

    def set_connection(self, state: str, detail: str = "") -> None:
        """`state`: "ok", "connecting" (first contact) or "unreachable" (the station is reconnecting: for the
        built-in service, restarting it); `detail` goes to the tooltip."""
        self._connection_state = state
        self._connection_detail = detail
        self._show_connection()

    @property
    def connection_state(self) -> str:
        return self._connection_state

    def _show_connection(self) -> None:
        local = self.session.kind == "local"
        where = self.tr("Built-in service") if local else self.tr("FaceCheck service")
        state = self._connection_state
        if state == "ok":
            text = self.tr("● {0}: connected").format(where)
        elif state == "connecting":
            text = self.tr("● {0}: connecting…").format(where)
        elif local:
            text = self.tr("● {0}: restarting…").format(where)
        else:
            text = self.tr("● {0}: no connection, retrying…").format(where)
        self.connection_label.setText(text)
        self.connection_label.setToolTip(self._connection_detail or (self.session.base_url or ""))
        if self.connection_label.property("state") != state:
            self.connection_label.setProperty("state", state)
            restyle(self.connection_label)

    @Slot()
    def refresh_session_info(self) -> None:
        """Operator and token expiry, from the session."""
        operator = self.session.operator
        self.operator_label.setText(self.tr("Operator: {0}").format(operator) if operator else
                                    self.tr("Not signed in"))
        self.operator_name.setText(self.tr("Signed in as\n{0}").format(operator) if operator else "")
        expires = self.session.token_expires_at()
        if expires is None:
            self.expiry_label.setText("")
            self.expiry_label.setVisible(False)
            return
        self.expiry_label.setVisible(True)
        clock = time.strftime("%H:%M", time.localtime(expires))
        self.expiry_label.setText(self.tr("Sign-in renews itself at {0}").format(clock))
        self.expiry_label.setToolTip(self.tr(
            "The sign-in (access token) is valid until {0}; the station renews it by itself while you work."
        ).format(clock))

    @Slot(object)
    def set_budget(self, status: BudgetStatus) -> None:
        """Calls used this hour against the limit; amber from 80 %, red from 95 %."""
        self.budget_gauge.setRange(0, max(1, status.limit))
        self.budget_gauge.setValue(min(status.used, status.limit))
        level = budget_level(status.used, status.limit).value
        if self.budget_gauge.property("level") != level:
            self.budget_gauge.setProperty("level", level)
            restyle(self.budget_gauge)
        tip = self.tr("{0} of {1} calls used in the last hour; {2} left.").format(
            status.used, status.limit, status.remaining)
        if status.remaining == 0:
            tip += " " + self.tr("The next call is possible in {0} s.").format(int(status.retry_after) + 1)
        self.budget_gauge.setToolTip(tip)

    @property
    def budget_level(self) -> str:
        return str(self.budget_gauge.property("level"))

    @Slot(object)
    def set_camera_fps(self, fps: float | None) -> None:
        """The preview's frame rate (the camera panel reports it; None: no camera running)."""
        if fps is None:
            self.camera_label.setText(self.tr("Camera: not started"))
        else:
            self.camera_label.setText(self.tr("Camera: {0:.0f} fps").format(fps))

    @Slot(int, int)
    def set_outbox_counts(self, pending: int, attention: int) -> None:
        """The "Pending" badge: changes waiting to be sent, and those the service refused (amber)."""
        self._outbox_counts = (pending, attention)
        self.pending_button.setVisible(bool(pending or attention))
        if attention:
            text = self.tr("Pending: {0} · needs attention: {1}").format(pending, attention)
        else:
            text = self.tr("Pending: {0}").format(pending)
        self.pending_button.setText(text)
        self.pending_button.setToolTip(self.tr(
            "Changes kept on this station until the service answers; they are sent by themselves. Click to see "
            "them, and to correct those the service refused."))
        level = BudgetLevel.AMBER.value if attention else BudgetLevel.OK.value
        if self.pending_button.property("level") != level:
            self.pending_button.setProperty("level", level)
            restyle(self.pending_button)

    @property
    def outbox_counts(self) -> tuple[int, int]:
        return self._outbox_counts

    @Slot(str, int)
    def show_status_message(self, text: str, milliseconds: int) -> None:
        self.statusBar().showMessage(text, milliseconds)

    # -- session -----------------------------------------------------------------------------------------

    def attach_budget(self) -> None:
        """Follow the session's call budget (after sign-in)."""
        if self.session.budget is not None:
            self.budget_relay.attach(self.session.budget)

    def clear_personal_data(self) -> None:
        """Sign-out and idle lock: nothing of the operator or of the people they handled stays on the screen."""
        self.budget_relay.detach()
        self.deactivate_current()
        for page in self.page_widgets.values():
            page.clear_personal_data()
        self.statusBar().clearMessage()
        self.pages.setCurrentWidget(self.page_widgets["enrol"])
        self.navigation.set_current("enrol")
        self.refresh_session_info()

    def allow_close(self) -> None:
        self._close_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._close_allowed:
            self._expiry_timer.stop()
            self.deactivate_current()
            self.budget_relay.detach()
            event.accept()
            return
        event.ignore()
        self.quitRequested.emit()
