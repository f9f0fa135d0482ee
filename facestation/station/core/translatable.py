"""Marks English texts of the Qt-free core for translation without importing Qt.

Qt's lupdate reads Python source and collects every call named `QT_TRANSLATE_NOOP("Context", "literal")`,
whatever the function is. This module defines a function of that name that returns the text unchanged: the core
keeps plain English (the command line and JSON print it), and the Qt screens look the same literal up with
`QCoreApplication.translate("Context", text)`. Only literal arguments are collected, so call it with literals.
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """`text` unchanged; lupdate files it under `context` for the translators."""
    del context  # only lupdate reads it
    return text
