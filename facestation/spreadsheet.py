"""Text for CSV files people open in a spreadsheet: the one formula guard of the package (audit export, import
results). Plain Python, no dependencies, so every layer may use it."""

from __future__ import annotations

__all__ = ["FORMULA_STARTS", "inert_cell"]

# What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP "CSV injection"): a cell
# such as =HYPERLINK(...) or =cmd|' /C calc'!A0 runs, or leaks data, when the file is opened. Tab and CR
# are on the list because some spreadsheets strip them and then see the formula behind them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(text: str) -> str:
    """`text` as a spreadsheet shows it and never runs it: a leading apostrophe when it starts like a formula.

    The apostrophe is what a spreadsheet user types to mean "this is text"; the value stays readable."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
