"""Translations: every station string is collected by lupdate, and an installed translation changes the texts
of open windows at once (LanguageChange → retranslate_ui)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import PySide6
import pytest
from PySide6.QtWidgets import QPushButton

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
