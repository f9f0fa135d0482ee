"""The station's look: large type and touch-sized controls for a front desk, in a light, dark or high-contrast
theme.

One style sheet for the whole application; widgets opt into roles with object names and dynamic properties
(`role="title"`, `level="amber"`, `verdict="match"`) instead of setting colours themselves, so a theme change is
one call. The application palette follows the theme too: what Qt draws from the palette (check marks, scroll
bars, item views, `palette(text)` in a widget's own style sheet) matches the style sheet's colours.

Roles for labels: title, subtitle, heading, hint, error, warning, success, fieldError, pageTitle, pageText,
photo (a portrait's frame; `empty="true"` while there is none); `tone="ok|amber|red"` colours a label's text
by meaning. Buttons: primary, choice, nav, a segmented
control (`segment="first|middle|last"`), `primary="true"` (the capture panel's next step), `tone="ok|red"`.
Verdicts (`verdict="match|review|no_match|not_checked"`) colour the result card; `outcome="pass|fail"` a
captured photo's verdict. The camera widgets: the guidance banner (`state="idle|guidance|all_good|captured|
problem"`), the checklist's marks and names (`passed="true|false"`), the capture buttons (`captureSize="full|
compact"`). Dialogs with forms for the desk get touch-sized controls by their object names. No widget sets a
style sheet of its own: every style is here.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["BASE_POINT_SIZE", "SIGNAL_COLOURS", "THEME_NAMES", "apply_theme", "colour", "palette_for", "restyle", "set_style_property",
           "style_sheet"]

BASE_POINT_SIZE = 12

# ok / amber / red fill marks, gauges and borders; *_text are the same meanings as text on the panel or on the
# matching tint (success_bg, warning_bg, error_bg); on_status is text on an ok / amber / red / neutral fill.
_LIGHT = {
    "window": "#f4f6f8", "panel": "#ffffff", "text": "#1b1f24", "muted": "#4a5560", "border": "#c5ccd3",
    "accent": "#1f6feb", "accent_text": "#ffffff", "nav": "#e8ecf0", "nav_checked": "#1f6feb",
    "ok": "#1a7f37", "amber": "#b76e00", "red": "#c62828", "neutral": "#455a64",
    "ok_text": "#1a7f37", "amber_text": "#8a5300", "red_text": "#c62828", "on_status": "#ffffff",
    "success_bg": "#e6f4ea", "warning_bg": "#fff4d6", "error_bg": "#fde7e7", "neutral_bg": "#eceff1",
    "focus": "#0b4fc4", "focus_on_accent": "#ffca28", "pressed": "#dde3ea",
    "disabled": "#6b7580", "disabled_bg": "#dfe3e8",
}
_PALETTES: dict[str, dict[str, str]] = {
    "light": _LIGHT,
    "dark": {
        **_LIGHT, "window": "#1e2227", "panel": "#272c33", "text": "#eef1f4", "muted": "#b8c0c8",
        "border": "#5a646f", "nav": "#272c33",
        "ok": "#3fb950", "amber": "#d29922", "red": "#f85149", "neutral": "#8b98a5",
        "ok_text": "#56d364", "amber_text": "#e3b341", "red_text": "#ff7b72", "on_status": "#0d1117",
        "success_bg": "#12301c", "warning_bg": "#3b3000", "error_bg": "#3d1414", "neutral_bg": "#2f353d",
        "focus": "#79c0ff", "pressed": "#353c45", "disabled": "#8a939c", "disabled_bg": "#353c45",
    },
    "high-contrast": {
        "window": "#000000", "panel": "#000000", "text": "#ffffff", "muted": "#ffffff", "border": "#ffffff",
        "accent": "#ffff00", "accent_text": "#000000", "nav": "#000000", "nav_checked": "#ffff00",
        "ok": "#00ff66", "amber": "#ffbf00", "red": "#ff5c5c", "neutral": "#ffffff",
        "ok_text": "#00ff66", "amber_text": "#ffbf00", "red_text": "#ff7070", "on_status": "#000000",
        "success_bg": "#002b12", "warning_bg": "#332b00", "error_bg": "#330000", "neutral_bg": "#000000",
        "focus": "#00ffff", "focus_on_accent": "#00ffff", "pressed": "#333333",
        "disabled": "#a6a6a6", "disabled_bg": "#000000",
    },
}
THEME_NAMES = tuple(_PALETTES)

# Drawn by the style sheet instead of the platform style: a native (light) check box or arrow would not follow
# the theme, and Fusion outlines a check box in a darker window colour, invisible on black.
_ICONS = {
    "check": '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">'
             '<path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="{colour}" stroke-width="3" '
             'stroke-linecap="round" stroke-linejoin="round"/></svg>',
    "down": '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">'
            '<path d="M2.5 5.5L8 11l5.5-5.5" fill="none" stroke="{colour}" stroke-width="2.2" '
            'stroke-linecap="round" stroke-linejoin="round"/></svg>',
    "up": '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">'
          '<path d="M2.5 10.5L8 5l5.5 5.5" fill="none" stroke="{colour}" stroke-width="2.2" '
          'stroke-linecap="round" stroke-linejoin="round"/></svg>',
}
_icon_dir: tempfile.TemporaryDirectory[str] | None = None

_SHEET = """
QWidget {{ color: {text}; }}
QMainWindow, QDialog {{ background: {window}; }}
QToolTip {{ color: {text}; background: {panel}; border: 1px solid {border}; padding: 4px; }}
QLabel[role="title"] {{ font-size: 20pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: 13pt; color: {muted}; }}
QLabel[role="heading"] {{ font-size: 15pt; font-weight: 600; }}
QLabel[role="hint"] {{ color: {muted}; }}
QLabel[role="error"] {{ color: {red_text}; background: {error_bg}; border: 1px solid {red}; border-radius: 6px;
                       padding: 8px; }}
QLabel[role="warning"] {{ background: {warning_bg}; border: 1px solid {amber}; border-radius: 6px; padding: 10px; }}
QLabel[role="success"] {{ color: {ok_text}; background: {success_bg}; border: 2px solid {ok}; border-radius: 8px;
                         padding: 10px; font-size: 15pt; font-weight: 600; }}
QLabel[role="fieldError"] {{ color: {red_text}; font-weight: 600; }}
QLabel[role="pageTitle"] {{ font-size: 22pt; font-weight: 600; }}
QLabel[role="pageText"] {{ font-size: 14pt; color: {muted}; }}
QLabel[role="photo"] {{ background: {panel}; border: 1px solid {border}; color: {muted}; }}
QLabel[role="photo"][empty="true"] {{ border: 2px dashed {muted}; border-radius: 6px; }}
QLabel[role="value"] {{ font-weight: 600; }}

QLineEdit, QComboBox, QAbstractSpinBox {{ min-height: 36px; padding: 2px 8px; border: 1px solid {border};
    border-radius: 6px; background: {panel}; color: {text}; selection-background-color: {accent};
    selection-color: {accent_text}; }}
QComboBox, QAbstractSpinBox {{ min-height: 40px; }}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus {{ border: 2px solid {focus}; }}
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled {{ color: {disabled}; border-style: dashed; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QAbstractSpinBox[invalid="true"] {{ border: 2px solid {red}; }}
QComboBox QLineEdit, QAbstractSpinBox QLineEdit {{ min-height: 0; padding: 0; border: none; background: transparent; }}
QComboBox {{ padding-right: 40px; }}
QComboBox::drop-down {{ subcontrol-origin: border; subcontrol-position: center right; width: 40px; border: none; }}
QComboBox::down-arrow {{ image: url({icon_down}); width: 16px; height: 16px; }}
QComboBox::down-arrow:disabled {{ image: url({icon_down_disabled}); }}
QComboBox QAbstractItemView {{ background: {panel}; color: {text}; border: 1px solid {border};
    selection-background-color: {accent}; selection-color: {accent_text}; }}
QAbstractSpinBox {{ padding-right: 80px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border; width: 40px;
    border: none; border-left: 1px solid {border}; background: transparent; }}
QAbstractSpinBox::up-button {{ subcontrol-position: center right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: center right; right: 40px; }}
QAbstractSpinBox::up-button:pressed, QAbstractSpinBox::down-button:pressed {{ background: {pressed}; }}
QAbstractSpinBox::up-arrow {{ image: url({icon_up}); width: 16px; height: 16px; }}
QAbstractSpinBox::down-arrow {{ image: url({icon_down}); width: 16px; height: 16px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{ image: url({icon_up_disabled}); }}
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{ image: url({icon_down_disabled}); }}

QCheckBox {{ spacing: 12px; min-height: 32px; }}
QCheckBox:disabled {{ color: {disabled}; }}
QCheckBox::indicator, QAbstractItemView::indicator {{ width: 24px; height: 24px; border: 2px solid {muted};
    border-radius: 5px; background: {panel}; }}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {{ background: {accent}; border-color: {accent};
    image: url({icon_check}); }}
QCheckBox::indicator:disabled {{ border-color: {disabled}; }}
QCheckBox::indicator:checked:disabled {{ background: {disabled_bg}; image: url({icon_check_disabled}); }}
QCheckBox:focus {{ outline: none; }}
QCheckBox::indicator:focus {{ border: 2px solid {focus}; }}
QCheckBox::indicator:checked:focus {{ border: 3px solid {focus_on_accent}; }}

QListView, QTreeView, QTableView {{ background: {panel}; color: {text}; border: 1px solid {border};
    border-radius: 6px; alternate-background-color: {window}; selection-background-color: {accent};
    selection-color: {accent_text}; gridline-color: {border}; }}
QListView:focus, QTreeView:focus, QTableView:focus {{ border: 2px solid {focus}; }}
QListView:disabled, QTreeView:disabled, QTableView:disabled {{ color: {disabled}; }}
QHeaderView {{ background: {window}; }}
QHeaderView::section {{ background: {window}; color: {text}; border: none; border-bottom: 1px solid {border};
    border-right: 1px solid {border}; padding: 6px 8px; font-weight: 600; }}
QTableCornerButton::section {{ background: {window}; border: none; border-bottom: 1px solid {border}; }}

/* A focused button's border is wider (2-3 px) than its resting one (1 px). So that focus never narrows the
   room for the text (a button laid out at its size hint would clip it), every button keeps a transparent
   margin of the difference to a 3 px border: resting 1 px border + 2 px margin, focused 2 + 1 or 3 + 0.
   Segments touch each other, so they trade padding instead. */
QPushButton {{ min-height: 40px; padding: 4px 18px; border: 1px solid {border}; border-radius: 6px;
              background: {panel}; margin: 2px; }}
QPushButton:focus {{ border: 2px solid {focus}; margin: 1px; }}
QPushButton:pressed {{ background: {pressed}; }}
QPushButton:disabled {{ color: {disabled}; border-style: dashed; }}
QPushButton[role="primary"], QPushButton[primary="true"] {{ background: {accent}; color: {accent_text};
    border: 1px solid {accent}; font-weight: 600; }}
QPushButton[role="primary"]:focus, QPushButton[primary="true"]:focus {{ border: 3px solid {focus_on_accent};
    margin: 0; }}
QPushButton[role="primary"]:disabled, QPushButton[primary="true"]:disabled {{ background: {disabled_bg};
    border: 1px dashed {disabled}; color: {disabled}; }}
QPushButton[tone="ok"] {{ background: {ok}; color: {on_status}; border: 1px solid {ok}; font-weight: 600; }}
QPushButton[tone="red"] {{ background: {red}; color: {on_status}; border: 1px solid {red}; font-weight: 600; }}
QPushButton[tone]:focus {{ border: 3px solid {focus}; margin: 0; }}
QPushButton[tone]:disabled {{ background: {disabled_bg}; border: 1px dashed {disabled}; color: {disabled}; }}
QPushButton[role="choice"] {{ text-align: left; padding: 16px 20px; min-height: 96px; font-size: 13pt; }}
QPushButton[role="choice"]:focus {{ border: 3px solid {focus}; margin: 0; }}
QPushButton[segment] {{ border: 1px solid {border}; border-radius: 0; background: {panel}; padding: 4px 12px;
    margin: 0; }}
QPushButton[segment="first"] {{ border-top-left-radius: 10px; border-bottom-left-radius: 10px; }}
QPushButton[segment="last"] {{ border-top-right-radius: 10px; border-bottom-right-radius: 10px; }}
QPushButton[segment]:checked {{ background: {accent}; color: {accent_text}; font-weight: 600; border-color: {accent}; }}
QPushButton[segment]:focus {{ border: 3px solid {focus}; margin: 0; padding: 2px 10px; }}
QPushButton[segment]:checked:focus {{ border: 3px solid {focus_on_accent}; }}
QWidget#navigation {{ background: {nav}; }}
QDialog#settingsDialog QComboBox, QDialog#settingsDialog QComboBox QAbstractItemView,
QDialog#settingsDialog QAbstractSpinBox {{ color: palette(text); }}
QPushButton[role="nav"] {{ min-height: 72px; font-size: 15pt; text-align: left; padding-left: 22px;
                          border: none; border-radius: 10px; background: transparent; margin: 2px; }}
QPushButton[role="nav"]:checked {{ background: {nav_checked}; color: {accent_text}; font-weight: 600; }}
QPushButton[role="nav"]:focus {{ border: 2px dashed {focus}; margin: 0; }}
/* Nine sections in Settings' 700-pixel column (a 1024x768 screen): lower than the main window's (still a
   finger's height), so none overlaps and "Copy settings" stays on screen. */
QDialog#settingsDialog QPushButton[role="nav"] {{ min-height: 40px; font-size: 14pt; }}

QStatusBar {{ background: {panel}; border-top: 1px solid {border}; min-height: 36px; }}
QStatusBar QLabel {{ padding: 0 6px; }}
QLabel#connectionLabel[state="ok"] {{ color: {ok_text}; font-weight: 600; }}
QLabel#connectionLabel[state="connecting"] {{ color: {amber_text}; font-weight: 600; }}
QLabel#connectionLabel[state="unreachable"] {{ color: {red_text}; font-weight: 600; }}
QProgressBar#budgetGauge {{ border: 1px solid {border}; border-radius: 4px; text-align: center;
                           min-height: 20px; background: {panel}; }}
QProgressBar#budgetGauge::chunk {{ background: {ok}; }}
QProgressBar#budgetGauge[level="amber"]::chunk {{ background: {amber}; }}
QProgressBar#budgetGauge[level="red"]::chunk {{ background: {red}; }}
/* The Pending badge sits in the status bar: as tall as the bar, not as a page's buttons. */
QStatusBar QPushButton#pendingButton {{ min-height: 26px; max-height: 30px; padding: 1px 10px; margin: 0; }}
QStatusBar QPushButton#pendingButton:focus {{ padding: 0 9px; }}  /* its 2 px focus border */

QLabel[outcome="pass"], QLabel[tone="ok"] {{ color: {ok_text}; font-weight: 600; }}
QLabel[outcome="fail"], QLabel[tone="red"] {{ color: {red_text}; font-weight: 600; }}
QLabel[tone="amber"] {{ color: {amber_text}; font-weight: 600; }}

QFrame#CapturedPhotoCard, QFrame#duplicateRow {{ background: {panel}; border: 1px solid {border};
    border-radius: 8px; }}
QFrame#ResultCard {{ background: {panel}; border: 2px solid {border}; border-radius: 12px; }}
QFrame#ResultCard[verdict="match"] {{ background: {success_bg}; border-color: {ok}; }}
QFrame#ResultCard[verdict="review"] {{ background: {warning_bg}; border-color: {amber}; }}
QFrame#ResultCard[verdict="no_match"] {{ background: {error_bg}; border-color: {red}; }}
QFrame#ResultCard[verdict="not_checked"] {{ background: {neutral_bg}; border-color: {neutral}; }}
QLabel#verdictMark {{ background: {neutral}; color: {on_status}; border-radius: 38px; font-size: 44px;
                     font-weight: bold; }}
QLabel#verdictMark[verdict="match"] {{ background: {ok}; }}
QLabel#verdictMark[verdict="review"] {{ background: {amber}; }}
QLabel#verdictMark[verdict="no_match"] {{ background: {red}; }}
QLabel#verdictWord {{ font-size: 40px; font-weight: bold; }}
QLabel#verdictWord[narrow="true"] {{ font-size: 30px; }}
QLabel#verdictWord[verdict="match"] {{ color: {ok_text}; }}
QLabel#verdictWord[verdict="review"] {{ color: {amber_text}; }}
QLabel#verdictWord[verdict="no_match"] {{ color: {red_text}; }}
QProgressBar#confidenceGauge {{ border: 1px solid {border}; border-radius: 6px; background: {panel};
                               min-height: 26px; max-height: 26px; }}
QProgressBar#confidenceGauge::chunk {{ background: {neutral}; border-radius: 5px; }}
QProgressBar#confidenceGauge[verdict="match"]::chunk {{ background: {ok}; }}
QProgressBar#confidenceGauge[verdict="review"]::chunk {{ background: {amber}; }}
QProgressBar#confidenceGauge[verdict="no_match"]::chunk {{ background: {red}; }}
QFrame#reviewBox {{ background: {panel}; border: 2px solid {amber}; border-radius: 8px; }}
QLabel#countdownLabel {{ color: {muted}; }}
QFrame#ResultCard QLabel#verdictSentence {{ font-size: 18px; }}
QFrame#ResultCard QLabel#personName {{ font-size: 24px; font-weight: 600; }}
QFrame#ResultCard QLabel#personNumber {{ font-size: 17px; }}
QFrame#ResultCard QLabel#confidenceLabel {{ font-size: 16px; }}
QFrame#ResultCard QLabel#confidenceValue {{ font-size: 20px; font-weight: 700; }}
QFrame#ResultCard QLabel#enrolledPhoto, QFrame#ResultCard QLabel#probePhoto {{ font-size: 15px; }}
QFrame#ResultCard QFrame#reviewBox QLabel {{ font-size: 16px; }}
QFrame#ResultCard QPushButton#confirmButton, QFrame#ResultCard QPushButton#rejectButton {{ font-size: 16px;
    padding: 4px 10px; min-height: 46px; }}
QFrame#ResultCard QPushButton#nextPersonButton, QFrame#ResultCard QPushButton#livenessRetryButton {{ font-size: 18px;
    padding: 4px 28px; min-height: 54px; }}
QFrame#ResultCard QLabel#decisionLabel {{ font-size: 17px; font-weight: 600; }}
QFrame#ResultCard QLabel#countdownLabel {{ font-size: 16px; }}

QLabel#capturedPhoto {{ font-size: 15px; }}
QLabel#captureVerdict, QLabel#captureNotice {{ font-size: 16px; }}
QLabel#captureHow {{ font-size: 14px; }}
QPushButton[captureSize="full"] {{ min-height: 54px; }}
QPushButton[captureSize="compact"] {{ min-height: 42px; padding: 4px 12px; }}
QLabel#duplicateName {{ font-size: 17pt; font-weight: 600; }}
QLabel#duplicateVerdict {{ font-size: 14pt; }}
QLabel[role="choiceTitle"] {{ font-size: 15pt; font-weight: 600; }}

/* The pages' sizes: Enrol's primary action is large; Verify's controls are sized for a touch screen. */
QPushButton#enrolButton {{ min-height: 54px; font-size: 16pt; }}
VerifyPanel QPushButton[segment] {{ font-size: 17px; min-height: 46px; }}
VerifyPanel QLabel#nextStep {{ font-size: 18px; font-weight: 600; }}
VerifyPanel QLabel#expectedName {{ font-size: 19px; font-weight: 600; }}
VerifyPanel QLabel#expectedPhoto, VerifyPanel QLabel#referencePhoto {{ font-size: 11px; }}
VerifyPanel QLineEdit#numberField {{ font-size: 20px; min-height: 46px; }}
VerifyPanel QComboBox#listCombo {{ font-size: 17px; min-height: 46px; }}

/* The camera's signals keep their colours in every theme: they sit on their own coloured band. */
QFrame#GuidanceBanner {{ border-radius: 10px; }}
QFrame#GuidanceBanner[state="idle"] {{ background: {signal_neutral_dark}; }}
QFrame#GuidanceBanner[state="guidance"] {{ background: {signal_fail}; }}
QFrame#GuidanceBanner[state="all_good"] {{ background: {signal_pass_dark}; }}
QFrame#GuidanceBanner[state="captured"] {{ background: {signal_capture}; }}
QFrame#GuidanceBanner[state="problem"] {{ background: {signal_fail_dark}; }}
QLabel#GuidanceBannerText {{ color: #ffffff; font-weight: bold; background: transparent; }}
QLabel#GuidanceBannerText[state="guidance"] {{ color: #1a1a1a; }}
QLabel#qaTitle {{ font-size: 19px; font-weight: bold; }}
QLabel#qaMark {{ background: {signal_neutral_dark}; color: white; border-radius: 15px; font-size: 19px;
    font-weight: bold; }}
QLabel#qaMark[passed="true"] {{ background: {signal_pass_dark}; }}
QLabel#qaMark[passed="false"] {{ background: {signal_fail_dark}; }}
QLabel#qaName {{ font-size: 16px; color: palette(text); }}
QLabel#qaName[passed="false"] {{ font-weight: bold; color: {text}; }}

/* Dialogs filled in at the desk: controls a finger can hit (the theme's min-height wins over
   setMinimumHeight, so their heights are here). Combo and spin boxes keep the palette's text colour. */
QDialog#auditViewer QComboBox, QDialog#auditViewer QComboBox QAbstractItemView,
QDialog#auditViewer QAbstractSpinBox {{ color: palette(text); }}
QDialog#auditViewer QComboBox, QDialog#auditViewer QAbstractSpinBox, QDialog#auditViewer QLineEdit {{
    min-height: 42px; }}
QDialog#auditViewer QDateEdit {{ padding-right: 40px; }}
QDialog#auditViewer QDateEdit::drop-down {{ subcontrol-origin: border; subcontrol-position: center right;
    width: 36px; border: none; border-left: 1px solid palette(mid); }}
QDialog#auditViewer QPushButton {{ min-height: 40px; }}
QDialog#auditViewer QPushButton[big="true"] {{ min-height: 54px; }}
QDialog#importPeopleDialog QComboBox, QDialog#importPeopleDialog QComboBox QAbstractItemView {{
    color: palette(text); }}
QDialog#importPeopleDialog QComboBox, QDialog#importPeopleDialog QLineEdit {{ min-height: 42px; }}
QDialog#importPeopleDialog QPushButton {{ min-height: 40px; }}
QDialog#importPeopleDialog QPushButton[big="true"] {{ min-height: 54px; }}
QDialog#pendingDialog QTabBar::tab, QDialog#correctionDialog QTabBar::tab {{ min-height: 44px; padding: 4px 22px;
    font-size: 12pt; }}
QDialog#pendingDialog QTabBar::tab:selected, QDialog#correctionDialog QTabBar::tab:selected {{ font-weight: 600; }}
QDialog#pendingDialog QPushButton, QDialog#correctionDialog QPushButton {{ min-height: 46px; }}
QDialog#pendingDialog QPushButton[big="true"], QDialog#correctionDialog QPushButton[big="true"] {{
    min-height: 60px; }}
QDialog#pendingDialog QLineEdit, QDialog#correctionDialog QLineEdit {{ min-height: 42px; }}
QDialog#pendingDialog QTableView::item, QDialog#correctionDialog QTableView::item {{ padding: 6px 4px; }}
"""

# The camera's signal colours (overlay, checklist, banner), the same in every theme: picked to stay apart for
# the common colour-vision deficiencies; shapes carry the meaning too (tick, cross, ring).
SIGNAL_COLOURS = {
    "pass": "#2fd26b",  # on video: bright enough over dark clothes
    "pass_dark": "#1b7f3b",  # on light panels: white text stays readable on it
    "fail": "#ffb020",  # amber on video: "not yet", not alarm
    "fail_dark": "#c62828",
    "capture": "#1565c0",
    "neutral_dark": "#37474f",
    "background": "#14181c",
}


def palette_for(theme: str) -> dict[str, str]:
    """The named colours of a theme (unknown: light)."""
    return _PALETTES.get(theme, _PALETTES["light"])


def colour(theme: str, name: str) -> QColor:
    """One of a theme's named colours ("ok", "red", "text", …), e.g. for painting."""
    return QColor(palette_for(theme)[name])


def _icon_files(colours: dict[str, str]) -> dict[str, str]:
    """The theme's icons as small SVG files (the style sheet takes file names), written once per colour."""
    global _icon_dir
    if _icon_dir is None:
        _icon_dir = tempfile.TemporaryDirectory(prefix="facestation-theme-")
    folder = Path(_icon_dir.name)
    files = {}
    for key, (icon, colour_name) in {
        "icon_check": ("check", "accent_text"), "icon_check_disabled": ("check", "disabled"),
        "icon_down": ("down", "text"), "icon_down_disabled": ("down", "disabled"),
        "icon_up": ("up", "text"), "icon_up_disabled": ("up", "disabled"),
    }.items():
        svg = _ICONS[icon].format(colour=colours[colour_name])
        path = folder / f"{icon}-{hashlib.sha1(svg.encode()).hexdigest()[:10]}.svg"
        if not path.exists():
            path.write_text(svg, encoding="utf-8")
        files[key] = path.as_posix()
    return files


def style_sheet(theme: str = "light") -> str:
    """The application style sheet for a theme ("light", "dark", "high-contrast"; unknown: light)."""
    colours = palette_for(theme)
    signals = {f"signal_{name}": value for name, value in SIGNAL_COLOURS.items()}
    return _SHEET.format(**colours, **_icon_files(colours), **signals)


def qpalette(theme: str = "light") -> QPalette:
    """The Qt palette of a theme: what the platform style draws itself uses the theme's colours."""
    colours = {name: QColor(value) for name, value in palette_for(theme).items()}
    palette = QPalette()
    role = QPalette.ColorRole
    for roles, name in (((role.Window, role.AlternateBase, role.Midlight), "window"),
                        ((role.Base, role.Button, role.ToolTipBase), "panel"),
                        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText), "text"),
                        ((role.PlaceholderText,), "muted"), ((role.Mid, role.Dark, role.Shadow), "border"),
                        ((role.Highlight, role.Link, role.LinkVisited), "accent"),
                        ((role.HighlightedText,), "accent_text"), ((role.Light,), "panel")):
        for item in roles:
            palette.setColor(item, colours[name])
    group = QPalette.ColorGroup.Disabled
    for item in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group, item, colours["disabled"])
    return palette


def apply_theme(app: QApplication, theme: str = "light") -> None:
    """Large type and the theme's colours (style sheet and palette) for the whole application."""
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setPalette(qpalette(theme))
    app.setStyleSheet(style_sheet(theme))


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property (`level`, `state`, `invalid`) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_style_property(name: str, value: object, *widgets: QWidget) -> None:
    """Set a dynamic property the style sheet selects on (`verdict`, `outcome`, `empty`) and restyle the widgets
    whose value really changed."""
    for widget in widgets:
        if widget.property(name) != value:
            widget.setProperty(name, value)
            restyle(widget)
