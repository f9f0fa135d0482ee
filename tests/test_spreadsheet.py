"""The one spreadsheet-formula guard shared by every CSV the package writes (audit export, import results)."""

from __future__ import annotations

import pytest

from facestation.spreadsheet import inert_cell


@pytest.mark.parametrize("text", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_text_a_spreadsheet_would_run_gets_an_apostrophe(text: str) -> None:
    assert inert_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["", "Ada", "rec-1;rec-2", "a=b", "'=already quoted", " =1"])
def test_other_text_is_kept_as_it_is(text: str) -> None:
    assert inert_cell(text) == text
