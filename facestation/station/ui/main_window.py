"""The main window: big navigation on the left (Enrol, Verify, Records, Lists, Settings, Sign out), the pages on
the right, and the status bar (connection, operator, token expiry, calls this hour, camera frame rate).

The window shows one page at a time and tells it when it is shown or hidden (`Panel.activate` / `deactivate`:
the camera runs only on the page in front). The `Station` controller (app.py) decides and drives the session.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
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
PREFERRED_SIZE = QSize(1280, 800)
# The smallest window the pages are laid out for: a 1024x768 panel less a task bar and a title bar.
SMALLEST_SIZE = QSize(1024, 700)
# What a window manager adds around the window (title bar, borders): a window whose preferred size plus this
# does not fit the screen's free area opens maximised instead of running off the screen.
FRAME_ALLOWANCE = QSize(16, 48)
NARROW_WIDTH = 1200  # below it the navigation narrows and the pages give room (a 1024-pixel screen)
NAVIGATION_WIDTH = 260
NARROW_NAVIGATION_WIDTH = 216  # the brand still fits
BUDGET_GAUGE_WIDTH = {False: 280, True: 130}  # full texts / compact texts (the words go to the tooltip)
# Room the status bar keeps for its temporary messages and the busy bar, besides its permanent items.
STATUS_BAR_RESERVE = 60


def opens_maximised(available: QSize) -> bool:
    """Whether the main window opens maximised on a screen with this free area (screen less task bars)."""
    return (available.width() < PREFERRED_SIZE.width() + FRAME_ALLOWANCE.width()
            or available.height() < PREFERRED_SIZE.height() + FRAME_ALLOWANCE.height())


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
        self.resize(PREFERRED_SIZE)
        self.setMinimumSize(SMALLEST_SIZE)
        # Status bar texts, full and compact: the compact ones (details in tooltips) when the full ones do not
        # fit the window's width; then the sign-in expiry is dropped (it stays in the operator's tooltip).
        self._status_texts: dict[QWidget, tuple[str, str]] = {}
        self._compact_status = False

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        # The page buttons come first in the column (and in the Tab order), the pages after them.
        self.navigation = SideNavigation(self.PAGES, central, width=NAVIGATION_WIDTH)
        self._narrow = False
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
        record_requested = getattr(self.page_widgets["lists"], "recordRequested", None)
        if record_requested is not None:  # the Lists page's possible duplicates open a record on Records
            record_requested.connect(self.open_record)
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
        self.budget_gauge.setFixedWidth(BUDGET_GAUGE_WIDTH[False])
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
        tips = {"enrol": self.tr("Add a new person with their photo (Ctrl+1)"),
                "verify": self.tr("Check that the person in front of the camera is who they say (Ctrl+2)"),
                "records": self.tr("Find, correct or delete the people already enrolled (Ctrl+3)"),
                "lists": self.tr("Groups of people, such as members or staff (Ctrl+4)")}
        for name, tip in tips.items():
            self.nav_buttons[name].setToolTip(tip)
        self.sign_out_button.setText(self.tr("&Sign out"))
        self.sign_out_button.setToolTip(self.tr("Sign out and clear this operator's data from the screen"))
        self.activity_button.setText(self.tr("Activit&y"))
        self.activity_button.setToolTip(self.tr("Who did what at this station, and when (admin PIN)"))
        self.settings_button.setText(self.tr("Se&ttings"))
        self.settings_button.setToolTip(self.tr("Server, camera, photo checks, times, appearance and accessibility (admin PIN)"))
        self._gauge_formats = (self.tr("Calls this hour: %v of %m"), "%v / %m")
        self.set_camera_fps(None)
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
        self._tab_stop_on(name)
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

    def open_record(self, record_id: str) -> None:
        """Show one person on the Records page (another page asked for them)."""
        self.show_page("records")
        opener = getattr(self.page_widgets["records"], "open_record", None)
        if opener is not None:
            opener(record_id)

    def _tab_stop_on(self, name: str) -> None:
        """Tab stops on the navigation button of the page shown, the arrow keys move between them (what Qt's
        exclusive button group does once a button has had the focus; a page opened by Ctrl+number has not)."""
        for key, button in self.nav_buttons.items():
            policy = Qt.FocusPolicy.StrongFocus if key == name else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

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
        detail = self._connection_detail or (self.session.base_url or "")
        self.connection_label.setToolTip(f"{text}\n{detail}" if detail else text)
        self._set_status_text(self.connection_label, text, text)  # the first thing to read: never shortened
        if self.connection_label.property("state") != state:
            self.connection_label.setProperty("state", state)
            restyle(self.connection_label)

    @Slot()
    def refresh_session_info(self) -> None:
        """Operator and token expiry, from the session."""
        operator = self.session.operator
        text = self.tr("Operator: {0}").format(operator) if operator else self.tr("Not signed in")
        self._set_status_text(self.operator_label, text, text, fit=False)
        self.operator_name.setText(self.tr("Signed in as\n{0}").format(operator) if operator else "")
        expires = self.session.token_expires_at()
        if expires is None:
            self._set_status_text(self.expiry_label, "", "", fit=False)
            self.expiry_label.setToolTip("")
            self.operator_label.setToolTip("")
        else:
            clock = time.strftime("%H:%M", time.localtime(expires))
            self._set_status_text(self.expiry_label, self.tr("Sign-in renews itself at {0}").format(clock),
                                  self.tr("Sign-in renews at {0}").format(clock), fit=False)
            tip = self.tr("The sign-in (access token) is valid until {0}; the station renews it by itself while "
                          "you work.").format(clock)
            self.expiry_label.setToolTip(tip)
            self.operator_label.setToolTip(tip)  # still told when the expiry itself had to make room
        self.fit_status_bar()

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
        text = self.tr("Camera: not started") if fps is None else self.tr("Camera: {0:.0f} fps").format(fps)
        self._set_status_text(self.camera_label, text, text)

    @Slot(int, int)
    def set_outbox_counts(self, pending: int, attention: int) -> None:
        """The "Pending" badge: changes waiting to be sent, and those the service refused (amber)."""
        self._outbox_counts = (pending, attention)
        self.pending_button.setVisible(bool(pending or attention))
        if attention:
            text = self.tr("Pending: {0} · needs attention: {1}").format(pending, attention)
            compact = self.tr("Pending: {0} · ⚠ {1}").format(pending, attention)
        else:
            text = compact = self.tr("Pending: {0}").format(pending)
        self._set_status_text(self.pending_button, text, compact)
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

    # -- fitting the screen ------------------------------------------------------------------------------

    def _set_status_text(self, widget: QLabel | QPushButton, full: str, compact: str, *, fit: bool = True) -> None:
        self._status_texts[widget] = (full, compact)
        widget.setText(compact if self._compact_status else full)
        if fit:
            self.fit_status_bar()

    @property
    def compact_status(self) -> bool:
        return self._compact_status

    def fit_status_bar(self) -> None:
        """Full texts when they fit the window's width, else the compact ones; if even those do not fit, the
        sign-in expiry (the least needed at the desk) makes room."""
        room = self.width() - STATUS_BAR_RESERVE
        compact = self._status_width(compact=False, with_expiry=True) > room
        self._compact_status = compact
        for widget, (full, short) in self._status_texts.items():
            widget.setText(short if compact else full)
        self.budget_gauge.setFixedWidth(BUDGET_GAUGE_WIDTH[compact])
        if getattr(self, "_gauge_formats", None):
            self.budget_gauge.setFormat(self._gauge_formats[compact])
        has_expiry = bool(self._status_texts.get(self.expiry_label, ("", ""))[0])
        self.expiry_label.setVisible(has_expiry and self._status_width(compact=compact, with_expiry=True) <= room)

    def _status_width(self, *, compact: bool, with_expiry: bool) -> int:
        """The width the status bar's permanent items need with these texts."""
        spacing = 8
        total = BUDGET_GAUGE_WIDTH[compact] + spacing
        for widget, texts in self._status_texts.items():
            if widget is self.expiry_label and not with_expiry or not texts[0]:
                continue
            if widget is self.pending_button and not any(self._outbox_counts):
                continue
            metrics = widget.fontMetrics()
            padding = widget.sizeHint().width() - metrics.horizontalAdvance(widget.text().replace("&", ""))
            total += metrics.horizontalAdvance(texts[compact]) + max(0, padding) + spacing
        return total

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_status_bar()
        self._fit_pages(event.size().width() < NARROW_WIDTH)

    def _fit_pages(self, narrow: bool) -> None:
        """A 1024-pixel window: a narrower navigation, and the pages that can give room do (`set_narrow`)."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.navigation.setFixedWidth(NARROW_NAVIGATION_WIDTH if narrow else NAVIGATION_WIDTH)
        for page in self.page_widgets.values():
            page.set_narrow(narrow)

    def show_fitted(self, available: QRect | None = None) -> None:
        """Show the window at its preferred size, or maximised when the screen's free area (`available`; by
        default the window's screen's) is smaller than that."""
        if available is None:
            screen = self.screen()
            available = screen.availableGeometry() if screen is not None else QRect(QPoint(0, 0), PREFERRED_SIZE)
        if opens_maximised(available.size()):
            self.showMaximized()
        else:
            self.resize(PREFERRED_SIZE)
            self.show()

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
