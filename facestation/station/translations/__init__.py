"""The station's translations: Qt Linguist files (`facestation_<language>.ts`, compiled to `.qm`) next to this
module. Every visible string goes through `tr()`; `scripts/update_translations.py` collects them into
`facestation.ts` (the template a translator starts from) and compiles the `.qm` files.

English is built in (the source strings); a language is offered when its `.qm` file ships here."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

logger = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent
_installed: list[QTranslator] = []


def available_languages(directory: Path = TRANSLATIONS_DIR) -> dict[str, str]:
    """Language code → the language's own name, English first."""
    languages = {"en": "English"}
    for path in sorted(directory.glob("facestation_*.qm")):
        code = path.stem.removeprefix("facestation_")
        name = QLocale(code).nativeLanguageName() or code
        languages[code] = name[:1].upper() + name[1:]
    return languages


def install_translation(language: str | None, directory: Path = TRANSLATIONS_DIR) -> bool:
    """Use `language` for every `tr()` from now on (None or "en": the built-in English). Returns whether a
    translation was loaded; a missing or broken file leaves English and logs why. Widgets retranslate on the
    LanguageChange event that installing sends."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _installed:
        app.removeTranslator(_installed.pop())
    if not language or language == "en":
        return False
    translator = QTranslator(app)
    if not translator.load(str(directory / f"facestation_{language}.qm")):
        logger.warning("No usable translation for %r in %s; the station stays in English", language, directory)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
