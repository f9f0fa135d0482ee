"""Translations: every station string is collected by lupdate, and an installed translation changes the texts
of open windows at once (LanguageChange → retranslate_ui)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import PySide6
import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from facestation.station.ops import BusyBar, Operations
from facestation.station.translations import available_languages, install_translation

ROOT = Path(__file__).resolve().parents[2]


def qt_tool(name: str) -> str:
    return str(Path(PySide6.__path__[0]) / name)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every tr() string of the station, as scripts/update_translations.py collects them."""
    target = tmp_path_factory.mktemp("ts") / "facestation.ts"
    sources = sorted(str(p) for p in (ROOT / "facestation" / "station").rglob("*.py"))
    subprocess.run([qt_tool("lupdate"), "-silent", *sources, "-ts", str(target)], check=True, timeout=120)
    return target


def test_lupdate_finds_the_station_strings(template: Path) -> None:
    contexts = {c.findtext("name"): [m.findtext("source") for m in c.iter("message")]
                for c in ElementTree.parse(template).getroot().iter("context")}
    assert "Cancel" in contexts["BusyBar"]
    assert sum(len(sources) for sources in contexts.values()) > 150


def test_an_installed_translation_retranslates_open_widgets(template: Path, tmp_path: Path, qtbot: Any) -> None:
    tree = ElementTree.parse(template)
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "BusyBar":
            for message in context.iter("message"):
                if message.findtext("source") == "Cancel":
                    translation = message.find("translation")
                    translation.text = "Abbrechen"
                    translation.attrib.pop("type", None)
    tree.write(tmp_path / "facestation_de.ts", encoding="utf-8", xml_declaration=True)
    subprocess.run([qt_tool("lrelease"), "-silent", str(tmp_path / "facestation_de.ts"), "-qm",
                    str(tmp_path / "facestation_de.qm")], check=True, timeout=60)
    assert available_languages(tmp_path) == {"en": "English", "de": "Deutsch"}
    (tmp_path / "facestation_fr.qm").write_bytes(b"")
    assert list(available_languages(tmp_path).values()) == ["English", "Deutsch", "Fran\u00e7ais"]

    ops = Operations()
    bar = BusyBar(ops)
    qtbot.addWidget(bar)
    button = bar.findChild(QPushButton, "busyCancel")
    assert button.text() == "Cancel"
    try:
        assert install_translation("de", tmp_path)
        qtbot.waitUntil(lambda: button.text() == "Abbrechen", timeout=2000)
    finally:
        install_translation("en", tmp_path)
    qtbot.waitUntil(lambda: button.text() == "Cancel", timeout=2000)
    assert not install_translation("xx", tmp_path)  # no such file: English stays, no error
    ops.shutdown()


def pseudo_translation(template: Path, folder: Path, code: str = "eo") -> Path:
    """Every string of the template translated as ⟦source⟧, compiled: a text on screen without the brackets
    did not go through tr()."""
    tree = ElementTree.parse(template)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = f"⟦{source}⟧"
        if not forms:
            translation.text = f"⟦{source}⟧"
    ts = folder / f"facestation_{code}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                   timeout=60)
    return folder


def untranslated_texts(window: QWidget) -> list[str]:
    """The visible labels and buttons of `window` whose text did not come through tr()."""
    found = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisibleTo(window):
            text = widget.text().strip()
            # Texts without letters (icons, "—", counters) and pixmap labels are not for translators.
            if any(character.isalpha() for character in text) and "⟦" not in text:
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return found


def test_every_text_of_the_windows_goes_through_tr(template: Path, tmp_path: Path, qtbot: Any,
                                                       make_session: Any, qloop: Any) -> None:
    from facestation.station.dialogs.first_run import FirstRunDialog
    from facestation.station.dialogs.settings import SettingsDialog
    from facestation.station.dialogs.sign_in import SignInDialog
    from facestation.station.main_window import MainWindow

    folder = pseudo_translation(template, tmp_path)
    ops = Operations()
    window = MainWindow(make_session(), ops)
    qtbot.addWidget(window)
    try:
        assert install_translation("eo", folder)
        window.show()
        qtbot.waitUntil(lambda: window.sign_out_button.text().startswith("⟦"), timeout=3000)
        for name in window.PAGES:
            window.pages.setCurrentWidget(window.page_widgets[name])  # shown, not activated: no service here
            qtbot.wait(50)
        assert untranslated_texts(window) == []
        session = make_session()
        first_run, sign_in = FirstRunDialog(session, ops), SignInDialog(session, ops)
        settings = SettingsDialog(session, ops)
        for dialog in (first_run, sign_in, settings):
            qtbot.addWidget(dialog)
            dialog.show()
        assert untranslated_texts(first_run) == []
        first_run.choose_local()
        assert untranslated_texts(first_run) == []
        first_run.choose_hosted()
        assert untranslated_texts(first_run) == []
        assert untranslated_texts(sign_in) == []
        assert untranslated_texts(settings) == []
    finally:
        install_translation("en", folder)
        window.allow_close()
        window.close()
        ops.shutdown()
