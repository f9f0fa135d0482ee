"""The station's look: large type and touch-sized controls for a front desk, in a light or high-contrast theme.

One style sheet for the whole application; widgets opt into roles with object names and dynamic properties
(`role="title"`, `level="amber"`) instead of setting colours themselves, so a theme change is one call.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 12

_PALETTES = {
    "light": {
        "window": "#f4f6f8", "panel": "#ffffff", "text": "#1b1f24", "muted": "#4a5560", "border": "#c5ccd3",
        "accent": "#1f6feb", "accent_text": "#ffffff", "nav": "#e8ecf0", "nav_checked": "#1f6feb",
        "ok": "#1a7f37", "amber": "#b76e00", "red": "#c62828", "warning_bg": "#fff4d6", "error_bg": "#fde7e7",
        "focus": "#0b4fc4",
    },
    "high-contrast": {
        "window": "#000000", "panel": "#000000", "text": "#ffffff", "muted": "#ffffff", "border": "#ffffff",
        "accent": "#ffff00", "accent_text": "#000000", "nav": "#000000", "nav_checked": "#ffff00",
        "ok": "#00ff66", "amber": "#ffbf00", "red": "#ff5c5c", "warning_bg": "#332b00", "error_bg": "#330000",
        "focus": "#00ffff",
    },
}
_PALETTES["dark"] = {
    **_PALETTES["light"], "window": "#1e2227", "panel": "#272c33", "text": "#eef1f4", "muted": "#b8c0c8",
    "border": "#48515b", "nav": "#272c33", "warning_bg": "#3b3000", "error_bg": "#3d1414",
}

_SHEET = """
QWidget {{ color: {text}; }}
QMainWindow, QDialog {{ background: {window}; }}
QLabel[role="title"] {{ font-size: 20pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: 13pt; color: {muted}; }}
QLabel[role="hint"] {{ color: {muted}; }}
QLabel[role="error"] {{ color: {red}; background: {error_bg}; border: 1px solid {red}; border-radius: 6px;
                       padding: 8px; }}
QLabel[role="warning"] {{ background: {warning_bg}; border: 1px solid {amber}; border-radius: 6px; padding: 10px; }}
QLabel[role="fieldError"] {{ color: {red}; font-weight: 600; }}
QLabel[role="pageTitle"] {{ font-size: 22pt; font-weight: 600; }}
QLabel[role="pageText"] {{ font-size: 14pt; color: {muted}; }}
QLineEdit {{ min-height: 36px; padding: 2px 8px; border: 1px solid {border}; border-radius: 6px;
            background: {panel}; }}
QLineEdit:focus {{ border: 2px solid {focus}; }}
QLineEdit[invalid="true"] {{ border: 2px solid {red}; }}
QPushButton {{ min-height: 40px; padding: 4px 18px; border: 1px solid {border}; border-radius: 6px;
              background: {panel}; }}
QPushButton:focus {{ border: 2px solid {focus}; }}
QPushButton:disabled {{ color: {muted}; }}
QPushButton[role="primary"] {{ background: {accent}; color: {accent_text}; border: 1px solid {accent};
                              font-weight: 600; }}
QPushButton[role="primary"]:disabled {{ background: {border}; border-color: {border}; color: {muted}; }}
QPushButton[role="choice"] {{ text-align: left; padding: 16px 20px; min-height: 96px; font-size: 13pt; }}
QPushButton[role="choice"]:focus {{ border: 3px solid {focus}; }}
QWidget#navigation {{ background: {nav}; }}
QPushButton[role="nav"] {{ min-height: 72px; font-size: 15pt; text-align: left; padding-left: 22px;
                          border: none; border-radius: 10px; background: transparent; }}
QPushButton[role="nav"]:checked {{ background: {nav_checked}; color: {accent_text}; font-weight: 600; }}
QPushButton[role="nav"]:focus {{ border: 2px dashed {focus}; }}
QStatusBar {{ background: {panel}; border-top: 1px solid {border}; min-height: 36px; }}
QStatusBar QLabel {{ padding: 0 6px; }}
QLabel#connectionLabel[state="ok"] {{ color: {ok}; font-weight: 600; }}
QLabel#connectionLabel[state="connecting"] {{ color: {amber}; font-weight: 600; }}
QLabel#connectionLabel[state="unreachable"] {{ color: {red}; font-weight: 600; }}
QProgressBar#budgetGauge {{ border: 1px solid {border}; border-radius: 4px; text-align: center;
                           min-height: 20px; background: {panel}; }}
QProgressBar#budgetGauge::chunk {{ background: {ok}; }}
QProgressBar#budgetGauge[level="amber"]::chunk {{ background: {amber}; }}
QProgressBar#budgetGauge[level="red"]::chunk {{ background: {red}; }}
"""


def style_sheet(theme: str = "light") -> str:
    """The application style sheet for a theme ("light", "dark", "high-contrast"; unknown: light)."""
    return _SHEET.format(**_PALETTES.get(theme, _PALETTES["light"]))


def apply_theme(app: QApplication, theme: str = "light") -> None:
    """Large type and the theme's colours for the whole application."""
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme))


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property (`level`, `state`, `invalid`) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
