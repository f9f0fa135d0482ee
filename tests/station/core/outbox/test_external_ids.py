"""The external-identifier generator: the pattern's fields, its alphabet, and that identifiers do not repeat."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from facestation.station.core.outbox import (
    DEFAULT_PATTERN,
    PatternError,
    check_pattern,
    generate_external_identifier,
)
from facestation.station.core.outbox.external_ids import ALPHABET


def test_the_default_pattern_has_the_date_and_eight_unambiguous_characters() -> None:
    identifier = generate_external_identifier(DEFAULT_PATTERN, now=datetime(2025, 3, 14, 9, 30))
    assert re.fullmatch(r"FS-20250314-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}", identifier), identifier
    assert not set("01ILO") & set(ALPHABET)


def test_fields_formats_station_and_literal_braces() -> None:
    now = datetime(2024, 12, 31, 23, 59)
    assert re.fullmatch(r"DESK2-2412-[A-Z2-9]{6}",
                        generate_external_identifier("{station}-{date:%y%m}-{random:6}", now, station="Desk 2"))
    # Without a station the field goes, with one of its separators.
    assert re.fullmatch(r"FS-[A-Z2-9]{5}", generate_external_identifier("FS-{station}-{random:5}", now))
    assert re.fullmatch(r"[A-Z2-9]{5}", generate_external_identifier("{station}-{random:5}", now))
    assert re.fullmatch(r"\{x\}[A-Z2-9]{4}", generate_external_identifier("{{x}}{random:4}", now))


def test_ten_thousand_identifiers_are_all_different() -> None:
    made = {generate_external_identifier() for _ in range(10_000)}
    assert len(made) == 10_000


@pytest.mark.parametrize("pattern", ["FS-{date}", "FS-{random:3}", "FS-{random}", "{name}-{random:6}",
                                     "FS-{random:6", "FS/{random:6}", "{random:40}"])
def test_unusable_patterns_are_refused_with_a_reason(pattern: str) -> None:
    with pytest.raises(PatternError) as refused:
        check_pattern(pattern)
    assert str(refused.value)
