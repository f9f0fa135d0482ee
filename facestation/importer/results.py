"""The result CSV of a bulk import: one line per line of the people file, with what happened and the record id.

Written in UTF-8 with a BOM (so Excel shows accents right) with the people file's own separator (so a
spreadsheet that wrote semicolons opens it in columns too), atomically: a result file is whole or absent.
Every text cell goes through the package's formula guard (`facestation.spreadsheet.inert_cell`): names, numbers
and file names come from whoever wrote the people file, and a spreadsheet must show them, never run them.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from facestation.files import write_atomically
from facestation.importer.engine import ImportReport, RowOutcome
from facestation.spreadsheet import inert_cell

__all__ = ["RESULT_COLUMNS", "default_result_path", "result_csv_text", "write_result_csv"]

RESULT_COLUMNS = ("line", "name", "surname1", "surname2", "externalIdentifier", "photo", "list", "status",
                  "reason", "recordId")


def default_result_path(people_csv: Path) -> Path:
    """`people.csv` -> `people-result.csv`, beside it."""
    return people_csv.with_name(f"{people_csv.stem}-result.csv")


def result_csv_text(report: ImportReport, *, delimiter: str = ",") -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(RESULT_COLUMNS)
    for outcome in report.outcomes:
        writer.writerow(_cells(outcome))
    return buffer.getvalue()


def write_result_csv(path: Path, report: ImportReport, *, delimiter: str = ",") -> None:
    """Write the result file (replacing an earlier one). Raises OSError when the folder is not writable."""
    write_atomically(Path(path), result_csv_text(report, delimiter=delimiter).encode("utf-8-sig"), durable=False)


def _cells(outcome: RowOutcome) -> list[str]:
    row = outcome.row
    # The line number and the status are the importer's own (digits, a fixed word); the rest is text from the
    # file, a reason that may quote it, or an id the server chose.
    return [str(row.line), *map(inert_cell, (row.name, row.surname1, row.surname2,
                                             outcome.external_identifier or row.external_identifier, row.photo,
                                             row.list_name)),
            outcome.status.value, inert_cell(outcome.reason), inert_cell(outcome.record_id or "")]
