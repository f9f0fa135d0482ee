"""What several subcommands share on the command line: a plain-text table and a whole-number option."""

from __future__ import annotations

import argparse


def print_table(header: tuple[str, ...], rows: list[tuple[str, ...]], *, empty: str) -> None:
    """Left-aligned columns as wide as their longest cell; `empty` when there are no rows."""
    if not rows:
        print(empty)
        return
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    for row in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value
