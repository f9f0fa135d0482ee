"""Reading the people CSV: encodings, separators, column names, and the file and line problems in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from facestation.importer import PeopleFileError, read_people

HEADER = "name,surname1,surname2,externalIdentifier,photo,list\r\n"


def write(tmp_path: Path, data: bytes, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252", "utf-16"])
def test_excel_encodings_read_the_same(tmp_path: Path, encoding: str) -> None:
    text = HEADER + "José,Muñoz,Pérez,M-1,jose.jpg,Staff\r\n"
    people = read_people(write(tmp_path, text.encode(encoding)))
    [row] = people.rows
    assert (row.name, row.surname1, row.surname2, row.external_identifier, row.photo, row.list_name) == (
        "José", "Muñoz", "Pérez", "M-1", "jose.jpg", "Staff")
    assert row.line == 2 and people.problems == {}


def test_semicolons_loose_column_names_and_the_default_list(tmp_path: Path) -> None:
    text = ("Name; Surname 1 ;PHOTO;External_Identifier;List\n"
            "Ada;Lovelace;ada.jpg;A1;\n"
            "\n"
            "Alan;Turing;alan.jpg;A2;Scientists\n")
    people = read_people(write(tmp_path, text.encode()), default_list="Staff")
    assert people.delimiter == ";"
    assert [(r.line, r.name, r.list_name, r.surname2) for r in people.rows] == [
        (2, "Ada", "Staff", ""), (4, "Alan", "Scientists", "")]
    assert people.list_names == ["Staff", "Scientists"]


def test_line_problems_are_kept_per_line(tmp_path: Path) -> None:
    text = HEADER + ",Lovelace,,A1,ada.jpg,\nAlan,Turing,,A2,,\nGrace,Hopper,,a1,g.jpg,\nAda,Byron,,A1,b.jpg,\n"
    people = read_people(write(tmp_path, text.encode()))
    assert set(people.problems) == {2, 3, 5}
    assert "no name" in people.problems[2]
    assert "no photo" in people.problems[3]
    assert "also on line 4" in people.problems[5]  # numbers compare without case: a1 on line 4 came first
    assert len(people.rows) == 4


@pytest.mark.parametrize(("data", "words"), [
    (b"", "is empty"),
    (b"name,photo\nAda,ada.jpg\n", "lacks the column(s) surname1"),
    (HEADER.encode(), "no people"),
    (b"PK\x03\x04 workbook", "spreadsheet workbook"),
    (b"\x00\x01\x02\xff\xfe\x00" * 10, "not a text CSV"),
])
def test_unusable_files_say_why(tmp_path: Path, data: bytes, words: str) -> None:
    with pytest.raises(PeopleFileError, match=None) as raised:
        read_people(write(tmp_path, data))
    assert words in str(raised.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(PeopleFileError, match="was not found"):
        read_people(tmp_path / "nope.csv")
