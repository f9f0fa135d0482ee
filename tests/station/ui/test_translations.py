"""Translations: every station string is collected by lupdate, an installed translation changes the texts of
open windows at once (LanguageChange → retranslate_ui), and the shipped Spanish translation is complete: every
message finished, its placeholders kept, Qt's own strings in Spanish too, the station switching between English
and Spanish while it runs."""

from __future__ import annotations

import ast
import re
import subprocess
import uuid
from collections import Counter
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import PySide6
import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from facestation.station.ui.ops import BusyBar, Operations
from facestation.station.ui.translations import (
    TRANSLATIONS_DIR,
    available_languages,
    install_translation,
    qt_translations_dir,
)

ROOT = Path(__file__).resolve().parents[3]
SPANISH_TS = ROOT / "resources" / "translations" / "facestation_es.ts"
SPANISH_QM = TRANSLATIONS_DIR / "facestation_es.qm"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:n|s|v|m|\d+)")


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
    from facestation.station.ui.dialogs.first_run import FirstRunDialog
    from facestation.station.ui.dialogs.settings import SettingsDialog
    from facestation.station.ui.dialogs.sign_in import SignInDialog
    from facestation.station.ui.main_window import MainWindow

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


# --- The shipped Spanish translation -------------------------------------------------------------------------


def ts_messages(path: Path) -> list[tuple[str, ElementTree.Element]]:
    """(context name, <message>) for every message of a .ts file."""
    return [(context.findtext("name") or "", message)
            for context in ElementTree.parse(path).getroot().iter("context") for message in context.iter("message")]


def translated_texts(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture
def spanish(qapp: Any) -> Any:
    """The station in Spanish for the test, back in English after it."""
    assert install_translation("es")
    yield
    install_translation("en")


def test_spanish_is_offered_next_to_english() -> None:
    assert SPANISH_QM.is_file()
    assert available_languages() == {"en": "English", "es": "Español"}
    assert not (TRANSLATIONS_DIR / "facestation.ts").exists()  # the translators' sources live in resources/


def test_every_spanish_message_is_finished_and_keeps_its_placeholders() -> None:
    messages = ts_messages(SPANISH_TS)
    assert len(messages) > 800
    assert ElementTree.parse(SPANISH_TS).getroot().get("language") == "es_ES"
    problems = []
    for context, message in messages:
        source = message.findtext("source") or ""
        where = f"[{context}] {source[:60]!r}"
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: not finished")
        numerus = message.get("numerus") == "yes"
        expected = Counter(p for p in PLACEHOLDER.findall(source) if not (numerus and p == "%n"))
        for text in translated_texts(message):
            if not text.strip():
                problems.append(f"{where}: empty")
                continue
            found = Counter(p for p in PLACEHOLDER.findall(text) if not (numerus and p == "%n"))
            if found != expected:
                problems.append(f"{where}: placeholders {sorted(expected)} became {sorted(found)}")
            if text.count("\n") != source.count("\n"):
                problems.append(f"{where}: line breaks differ")
            # A mnemonic (Alt+letter) in English needs one in Spanish, on a letter of the Spanish text.
            if re.search(r"&\w", source) and not re.search(r"&\w", text):
                problems.append(f"{where}: the & mnemonic is missing")
            words = re.findall(r"[A-Za-z]{3,}", PLACEHOLDER.sub("", source))  # not "KB", "no", "{0}"
            if text.strip() == source.strip() and set(words) - {"FaceStation"}:
                problems.append(f"{where}: left in English")
    assert problems == []


def test_the_spanish_translation_covers_every_string_of_the_code(template: Path) -> None:
    """A string added to the code without a Spanish translation would show in English: run
    scripts/update_translations.py, translate what scripts/translation_status.py lists, run it again."""
    in_code = {(context, message.findtext("source")) for context, message in ts_messages(template)}
    translated = {(context, message.findtext("source")) for context, message in ts_messages(SPANISH_TS)}
    assert sorted(in_code - translated) == []


def test_the_committed_qm_is_built_from_the_committed_ts(tmp_path: Path) -> None:
    """The package ships the .qm: it must hold what the .ts says (scripts/update_translations.py builds it)."""
    built = tmp_path / "facestation_es.qm"
    subprocess.run([qt_tool("lrelease"), "-silent", "-removeidentical", str(SPANISH_TS), "-qm", str(built)],
                   check=True, timeout=60)
    assert built.read_bytes() == SPANISH_QM.read_bytes()


def test_qt_own_buttons_are_in_spanish_too(spanish: None, qtbot: Any) -> None:
    assert (qt_translations_dir() / "qtbase_es.qm").is_file()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    texts = {box.button(b).text().replace("&", "") for b in (QDialogButtonBox.StandardButton.Cancel,
                                                             QDialogButtonBox.StandardButton.Save)}
    assert texts == {"Cancelar", "Guardar"}
    message = QMessageBox(QMessageBox.Icon.Question, "FaceStation", "?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Sí"


def test_the_main_window_switches_between_english_and_spanish_without_restart(qtbot: Any, make_session: Any,
                                                                                  qloop: Any) -> None:
    from facestation.station.ui.main_window import MainWindow

    ops = Operations()
    window = MainWindow(make_session(), ops)
    qtbot.addWidget(window)
    english = {"signOut": "&Sign out", "enrol": "&Enrol", "verify": "&Verify", "records": "&Records",
               "lists": "&Lists"}
    spanish = {"signOut": "&Cerrar sesión", "enrol": "&Alta", "verify": "&Verificar", "records": "&Fichas",
               "lists": "&Listas"}

    def texts() -> dict[str, str]:
        return {"signOut": window.sign_out_button.text(),
                **{name: button.text() for name, button in window.nav_buttons.items()}}

    try:
        window.show()
        assert texts() == english
        assert install_translation("es")
        qtbot.waitUntil(lambda: texts() == spanish, timeout=3000)
        retake = window.page_widgets["enrol"].findChild(QPushButton, "retakePhotoButton")
        assert retake.text() == "Repetir la foto"  # a page's texts too, not only the window's
        install_translation("en")
        qtbot.waitUntil(lambda: texts() == english, timeout=3000)
        install_translation("es")  # and once more: switching is not a one-way street
        qtbot.waitUntil(lambda: texts() == spanish, timeout=3000)
    finally:
        install_translation("en")
        window.allow_close()
        window.close()
        ops.shutdown()


def test_screenshot_the_station_in_spanish(spanish: None, themed: None, station_context: Any, qtbot: Any,
                                           run_coro: Any, compliant_file: Path, screenshots: Path) -> None:
    """The main window on each page and the settings, in Spanish (~20 % longer than English), to look at for
    cut-off texts: docs/screenshots/station-es-*.png."""
    from facestation.station.ui.dialogs.settings import SettingsDialog
    from facestation.station.ui.main_window import MainWindow

    suffix = uuid.uuid4().hex[:6]
    run_coro(station_context.client.lists.create(name=f"Socios de la piscina {suffix}",
                                                 description="Pueden usar la piscina"))
    window = MainWindow(station_context.session, station_context.ops, context=station_context)
    qtbot.addWidget(window)
    try:
        window.resize(1280, 800)
        window.show()
        window.attach_budget()
        window.set_connection("ok")
        window.refresh_session_info()
        window.show_page("enrol")
        enrol = window.page_widgets["enrol"]
        with qtbot.waitSignal(enrol.capture.portraitCaptured, timeout=15_000):
            enrol.capture.load_photo(compliant_file)
        enrol.form.name.setText("María José")
        enrol.form.surname1.setText("Fernández")
        enrol.form.surname2.setText("de la Fuente")
        qtbot.wait(1500)
        window.grab().save(str(screenshots / "station-es-enrol.png"))
        for name in ("verify", "records", "lists"):
            window.show_page(name)
            qtbot.wait(1500)
            window.grab().save(str(screenshots / f"station-es-{name}.png"))
        assert window.nav_buttons["lists"].text() == "&Listas"
    finally:
        window.deactivate_current()
        window.allow_close()
        window.close()
    settings = SettingsDialog(station_context.session, station_context.ops)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.wait(300)
    settings.grab().save(str(screenshots / "station-es-settings.png"))
    assert "Cancelar" in {button.text().replace("&", "") for button in settings.findChildren(QPushButton)}
    settings.close()


TRANSLATING_CALLS = {"tr", "_tr", "translate", "translated"}


def translated_literals(path: Path) -> set[str]:
    """The literal texts a source file passes to anything that translates (`self.tr("…")`, a module's own
    `_tr("…")` wrapper, `QCoreApplication.translate("Context", "…")`)."""
    texts: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        if name not in TRANSLATING_CALLS:
            continue
        position = 1 if name == "translate" and len(node.args) >= 2 else 0
        if len(node.args) > position and isinstance(node.args[position], ast.Constant) \
                and isinstance(node.args[position].value, str):
            texts.add(node.args[position].value)
    return texts


def test_every_translated_literal_reaches_the_translators(template: Path) -> None:
    """A wrapper lupdate cannot read (`_tr("…")`, a context held in a variable) hides its texts from the .ts
    files: regenerating them then drops their translations without a word. Every literal the code translates
    must be in what lupdate collects."""
    collected = {message.findtext("source") for message in ElementTree.parse(template).iter("message")}
    hidden = {str(path.relative_to(ROOT)): sorted(texts - collected)
              for path in sorted((ROOT / "facestation" / "station").rglob("*.py"))
              if (texts := translated_literals(path))}
    assert {path: texts for path, texts in hidden.items() if texts} == {}
