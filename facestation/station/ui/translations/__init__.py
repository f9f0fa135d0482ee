"""The station's translations: compiled Qt Linguist files (`facestation_<language>.qm`) next to this module.

Every visible string goes through `tr()`. The translators' sources (`facestation.ts`, the template, and one
`facestation_<language>.ts` per language) live in resources/translations/; `scripts/update_translations.py`
collects the strings into them and compiles the `.qm` files here (committed, so an install ships them).

English is built in (the source strings); a language is offered when its `.qm` file ships here. Installing one
also installs Qt's own translation of that language (`qtbase_<language>.qm`: the standard buttons of message
boxes and dialogs, the file dialog, the context menus of text fields) from Qt's translations folder."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

logger = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent
# Names Qt gets wrong for a menu of languages: for "es" it gives "español de España" (the territory's variant).
NATIVE_NAMES = {"es": "Español"}
_installed: list[QTranslator] = []
_language = "en"  # the station's language, as last installed


def available_languages(directory: Path = TRANSLATIONS_DIR) -> dict[str, str]:
    """Language code → the language's own name, English first."""
    languages = {"en": "English"}
    for path in sorted(directory.glob("facestation_*.qm")):
        code = path.stem.removeprefix("facestation_")
        name = NATIVE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code
        languages[code] = name[:1].upper() + name[1:]
    return languages


def system_language(directory: Path = TRANSLATIONS_DIR) -> str:
    """The language of this computer's user interface if the station has it (e.g. "es" on a Spanish Windows),
    else English."""
    offered = available_languages(directory)
    for name in QLocale.system().uiLanguages():  # most preferred first, e.g. ["es-ES", "es", "en-US"]
        code = name.replace("-", "_")
        for candidate in (code, code.split("_")[0]):
            if candidate in offered:
                return candidate
    return "en"


def qt_translations_dir() -> Path:
    """Where Qt's own translations are (PySide6's Qt/translations; in a frozen build, where it put them)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _load_qt_translation(language: str, directory: Path) -> QTranslator | None:
    """Qt's own strings in `language`: qtbase_<language>.qm from next to ours (a build may bundle it there)
    or from Qt's translations folder. None when Qt has no such translation (the standard buttons stay in
    English; the station's own texts are translated all the same)."""
    translator = QTranslator(QCoreApplication.instance())
    for folder in (directory, qt_translations_dir()):
        if translator.load(f"qtbase_{language}", str(folder)):
            return translator
    logger.info("Qt has no translation of its own texts into %r; its standard buttons stay in English", language)
    return None


def number_locale() -> QLocale:
    """The locale numbers are written in: the station's language ("3,000" in English, "3.000" in Spanish), not
    this computer's, so a Spanish station on an English computer reads like the rest of its texts."""
    if _language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(_language)


def install_translation(language: str | None, directory: Path = TRANSLATIONS_DIR) -> bool:
    """Use `language` for every `tr()` from now on ("en": the built-in English; None: this computer's
    language if the station has it, else English). Returns whether a translation was loaded; a missing or
    broken file leaves English and logs why. Widgets retranslate on the LanguageChange event that installing
    sends, so the switch needs no restart."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    if not language:
        language = system_language(directory)
    global _language
    _language = language
    if language == "en":
        return False
    translator = QTranslator(app)
    if not translator.load(str(directory / f"facestation_{language}.qm")):
        logger.warning("No usable translation for %r in %s; the station stays in English", language, directory)
        return False
    # Qt's own translation first: the translator installed last is asked first, and ours must win where
    # both have a text.
    qt_translator = _load_qt_translation(language, directory)
    for installed in (qt_translator, translator):
        if installed is not None:
            app.installTranslator(installed)
            _installed.append(installed)
    return True
