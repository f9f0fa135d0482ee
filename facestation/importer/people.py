"""Reading the people CSV of a bulk import: encoding, delimiter, columns, and the rows that cannot be sent.

    people = read_people(Path("people.csv"), default_list="Staff")
    people.rows        # PersonRow per data row, in file order
    people.problems    # line -> why that row is not sent (no name, duplicate number, ...)

The file may come from Excel or any spreadsheet: UTF-8 (with or without the BOM Excel writes), UTF-16 (Excel's
"Unicode text") or Windows-1252 (older Excel "CSV"); comma, semicolon (Excel in many European locales) or tab
separated. Column names are matched without regard to case, spaces or underscores ("External identifier" is
`externalIdentifier`). Whatever is wrong with the file as a whole raises `PeopleFileError` with a sentence that
says what to do; whatever is wrong with one row is kept in `problems`, so the other rows still go.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["COLUMNS", "REQUIRED_COLUMNS", "PeopleFile", "PeopleFileError", "PersonRow", "read_people"]

# The columns in the order the result CSV repeats them.
COLUMNS = ("name", "surname1", "surname2", "externalIdentifier", "photo", "list")
REQUIRED_COLUMNS = ("name", "surname1", "photo")
MAX_CSV_BYTES = 50 * 1024 * 1024  # ~500 000 people: far beyond a site, small enough to read at once
_ZIP_MAGIC = b"PK\x03\x04"  # an .xlsx workbook


class PeopleFileError(ValueError):
    """The CSV as a whole cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class PersonRow:
    """One data row. `line` is its line number in the file (the header is line 1), as a spreadsheet shows it."""

    line: int
    name: str
    surname1: str
    surname2: str
    external_identifier: str  # "" when the file gives none (the importer then makes one, see engine.py)
    photo: str  # file name relative to the photo folder
    list_name: str  # the row's own list, else the default list, else ""

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.name, self.surname1, self.surname2) if part)


@dataclass
class PeopleFile:
    """The rows of a people CSV, and the rows refused before anything was sent (line -> reason)."""

    path: Path
    rows: list[PersonRow]
    problems: dict[int, str] = field(default_factory=dict)
    delimiter: str = ","
    encoding: str = "utf-8"

    @property
    def list_names(self) -> list[str]:
        """The distinct lists the sendable rows go to, in order of first appearance."""
        seen: dict[str, None] = {}
        for row in self.rows:
            if row.list_name and row.line not in self.problems:
                seen.setdefault(row.list_name, None)
        return list(seen)


def read_people(path: Path, *, default_list: str | None = None) -> PeopleFile:
    """Read and check a people CSV (see the module docstring). Raises PeopleFileError."""
    path = Path(path)
    text, encoding = _read_text(path)
    delimiter = _delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise PeopleFileError(f"{path.name} is not a readable CSV file ({error}). Save it again from your "
                              "spreadsheet as \u201cCSV UTF-8\u201d and try again.") from None
    records = [record for record in records if any(cell.strip() for cell in record)]
    if not records:
        raise PeopleFileError(f"{path.name} is empty. It needs a first line with the column names "
                              f"({', '.join(COLUMNS)}) and one line per person.")
    header = [_column_key(cell) for cell in records[0]]
    positions = {key: header.index(key) for key in map(_column_key, COLUMNS) if key in header}
    missing = [column for column in REQUIRED_COLUMNS if _column_key(column) not in positions]
    if missing:
        found = ", ".join(cell.strip() for cell in records[0] if cell.strip()) or "none"
        raise PeopleFileError(
            f"{path.name} lacks the column(s) {', '.join(missing)}. The first line must name the columns: "
            f"{', '.join(COLUMNS)} (surname2, externalIdentifier and list may be left out). Columns found: {found}.")
    if len(records) == 1:
        raise PeopleFileError(f"{path.name} has the column names but no people: add one line per person.")

    rows: list[PersonRow] = []
    problems: dict[int, str] = {}
    first_line_of: dict[str, int] = {}
    line_numbers = _line_numbers(text, delimiter)
    for index, record in enumerate(records[1:], start=1):
        def cell(column: str, record: list[str] = record) -> str:
            position = positions.get(_column_key(column))
            return record[position].strip() if position is not None and position < len(record) else ""

        row = PersonRow(line=line_numbers[index] if index < len(line_numbers) else index + 1,
                        name=cell("name"), surname1=cell("surname1"), surname2=cell("surname2"),
                        external_identifier=cell("externalIdentifier"), photo=cell("photo"),
                        list_name=cell("list") or (default_list or "").strip())
        rows.append(row)
        reason = _row_problem(row)
        if reason is None and row.external_identifier:
            earlier = first_line_of.setdefault(row.external_identifier.casefold(), row.line)
            if earlier != row.line:
                reason = (f"the external identifier {row.external_identifier} is also on line {earlier}: "
                          f"each person needs their own, so only line {earlier} is imported")
        if reason is not None:
            problems[row.line] = reason
    return PeopleFile(path, rows, problems, delimiter, encoding)


def _row_problem(row: PersonRow) -> str | None:
    missing = [label for label, value in (("name", row.name), ("surname1", row.surname1), ("photo", row.photo))
               if not value]
    if missing:
        return f"no {' and no '.join(missing)}: fill in the line and run the import again"
    return None


def _read_text(path: Path) -> tuple[str, str]:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CSV_BYTES + 1)
    except FileNotFoundError:
        raise PeopleFileError(f"{path} was not found. Check the file name and folder.") from None
    except IsADirectoryError:
        raise PeopleFileError(f"{path} is a folder, not a CSV file.") from None
    except OSError as error:
        raise PeopleFileError(f"{path} cannot be opened ({error.strerror or error}). Close it in other "
                              "programs and check that you may read it.") from None
    if len(data) > MAX_CSV_BYTES:
        raise PeopleFileError(f"{path.name} is larger than {MAX_CSV_BYTES // (1024 * 1024)} MB: split it into "
                              "several files.")
    if data.startswith(_ZIP_MAGIC):
        raise PeopleFileError(f"{path.name} is a spreadsheet workbook, not a CSV file. In your spreadsheet, "
                              "choose Save as \u2192 \u201cCSV UTF-8\u201d and import that file.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates: tuple[str, ...] = ("utf-16",)
    else:
        candidates = ("utf-8-sig", "cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break  # a binary file that happens to decode
        return text, encoding
    raise PeopleFileError(f"{path.name} is not a text CSV file this program can read. Save it from your "
                          "spreadsheet as \u201cCSV UTF-8\u201d and try again.")


def _delimiter(text: str) -> str:
    """The separator of the header line: the most frequent of comma, semicolon and tab (comma on a tie)."""
    header = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t")}
    best = max(counts, key=lambda delimiter: (counts[delimiter], delimiter == ","))
    return best if counts[best] else ","


def _line_numbers(text: str, delimiter: str) -> list[int]:
    """The file line each non-blank record starts on (quoted cells may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbers: list[int] = []
    start = 1
    for record in reader:
        if any(cell.strip() for cell in record):
            numbers.append(start)
        start = reader.line_num + 1
    return numbers


def _column_key(name: str) -> str:
    return "".join(name.split()).replace("_", "").replace("-", "").lstrip("\ufeff").casefold()
