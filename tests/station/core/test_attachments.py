"""attachments: which attached files the station opens (inert types whose content matches their name), the safe
local names, the private copy and the downloaded mark. Every allowed type is checked with real bytes."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import pytest
from PIL import Image

from facestation.station.core import attachments
from facestation.station.core.attachments import (
    FileKind,
    check_attachment,
    mark_as_downloaded,
    safe_file_name,
    save_copy,
    write_private_copy,
    zone_identifier_text,
)

# The first bytes of a real Windows program (DOS stub header and the start of its message).
MZ_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + \
    b"\x80\x00\x00\x00This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64
ELF_PROGRAM = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56


def picture_bytes(image_format: str) -> bytes:
    """A small real picture (seeded content: a gradient) saved by Pillow in `image_format`."""
    image = Image.new("RGB", (16, 12))
    image.putdata([(x * 16, y * 20, (x + y) * 8) for y in range(12) for x in range(16)])
    buffer = io.BytesIO()
    image.save(buffer, format=image_format)
    return buffer.getvalue()


@pytest.mark.parametrize(("image_format", "name", "kind"), [
    ("PDF", "Consent Form.PDF", FileKind.PDF),
    ("PNG", "photo.png", FileKind.PICTURE),
    ("JPEG", "photo.jpg", FileKind.PICTURE),
    ("JPEG", "photo.jpeg", FileKind.PICTURE),
    ("GIF", "photo.gif", FileKind.PICTURE),
    ("BMP", "photo.bmp", FileKind.PICTURE),
    ("WEBP", "photo.webp", FileKind.PICTURE),
    ("TIFF", "photo.tif", FileKind.PICTURE),
    ("TIFF", "photo.TIFF", FileKind.PICTURE),
])
def test_every_allowed_type_opens_when_name_and_content_agree(image_format: str, name: str,
                                                              kind: FileKind) -> None:
    check = check_attachment(picture_bytes(image_format), name)
    assert check.kind is kind and check.may_open
    stem, extension = name.rsplit(".", 1)
    assert check.open_name == f"{stem}.{extension.lower()}"  # the allowlisted extension, written as allowed


@pytest.mark.parametrize("text", [
    "Consent given on 3 May.\r\nSigned: Ada Lovelace\n",
    "\ufeffNotes with a byte order mark, accents (é, ñ) and a tab\there.",
    "Zahlen: 1,2,3\n=1+1 is only text in a text editor\n",
])
def test_plain_text_opens_as_txt(text: str) -> None:
    check = check_attachment(text.encode("utf-8"), "notes.txt")
    assert check.kind is FileKind.TEXT and check.open_name == "notes.txt"


@pytest.mark.parametrize(("data", "name", "kind"), [
    (MZ_PROGRAM, "setup.exe", FileKind.PROGRAM),
    (MZ_PROGRAM, "screensaver.scr", FileKind.PROGRAM),
    (MZ_PROGRAM, "consent.pdf", FileKind.PROGRAM),  # a .pdf that is really a Windows program
    (MZ_PROGRAM, "photo.jpg", FileKind.PROGRAM),
    (MZ_PROGRAM, "notes.txt", FileKind.PROGRAM),
    (ELF_PROGRAM, "consent.pdf", FileKind.PROGRAM),
    (MZ_PROGRAM, "a.pdf.exe", FileKind.PROGRAM),
    (b"%PDF-1.7\n", "a.pdf.exe", FileKind.PROGRAM),  # PDF content, but Windows runs the name's .exe
    (b"@echo off\r\nformat c: /q\r\n", "run.bat", FileKind.SCRIPT),
    (b"@echo off\r\n", "run.cmd", FileKind.SCRIPT),
    (b"Start-Process calc\n", "x.ps1", FileKind.SCRIPT),
    (b"WScript.CreateObject('WScript.Shell').Run('calc')", "x.js", FileKind.SCRIPT),
    (b"CreateObject(\"WScript.Shell\").Run \"calc\"", "x.vbs", FileKind.SCRIPT),
    (b"<html><script>new ActiveXObject('WScript.Shell')</script></html>", "x.hta", FileKind.SCRIPT),
    (b"#!/bin/sh\nrm -rf ~\n", "notes.txt", FileKind.SCRIPT),  # a shell script named as text
    (b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F", "x.lnk",
     FileKind.SHORTCUT),
    (b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F", "scan.jpg",
     FileKind.SHORTCUT),
    (b"[InternetShortcut]\r\nURL=file://attacker/share/x.exe\r\n", "x.url", FileKind.SHORTCUT),
    (b"<!DOCTYPE html><html><body><script>alert(1)</script>", "page.html", FileKind.WEB_PAGE),
    (b"<html><script>alert(1)</script></html>", "notes.txt", FileKind.WEB_PAGE),  # markup named as text
    (b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "logo.svg", FileKind.WEB_PAGE),
    (b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "logo.png", FileKind.WEB_PAGE),
    (b"name,amount\r\n=cmd|'/c calc'!A1,1\r\n", "list.csv", FileKind.SPREADSHEET),
    (b"PK\x03\x04\x14\x00\x00\x00", "documents.zip", FileKind.ARCHIVE),
    (b"PK\x03\x04\x14\x00\x00\x00", "scan.jpg", FileKind.ARCHIVE),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24, "installer.pdf", FileKind.ARCHIVE),
    (bytes(range(256)) * 4, "consent.pdf", FileKind.MISMATCHED),  # not a PDF at all
    (b"", "consent.pdf", FileKind.MISMATCHED),
])
def test_programs_scripts_pages_and_mismatches_are_never_opened(data: bytes, name: str, kind: FileKind) -> None:
    check = check_attachment(data, name)
    assert check.kind is kind
    assert not check.may_open and check.open_name is None


@pytest.mark.parametrize(("content_format", "name"), [
    ("PNG", "photo.jpg"),  # a picture under another picture's name: a viewer trusts the name
    ("JPEG", "consent.pdf"),
    ("PDF", "photo.png"),
    ("PDF", "notes.txt"),
    ("PNG", "picture"),  # no extension: nothing tells the system which program, so do not guess
])
def test_an_allowed_content_under_a_wrong_name_is_not_opened(content_format: str, name: str) -> None:
    check = check_attachment(picture_bytes(content_format), name)
    assert check.kind is FileKind.MISMATCHED and not check.may_open


def test_a_binary_file_named_txt_is_not_text() -> None:
    assert check_attachment(b"abc\x00def", "notes.txt").kind is FileKind.MISMATCHED
    assert check_attachment(b"\xff\xfe\x00\x01bad utf-8", "notes.txt").kind is FileKind.MISMATCHED
    assert check_attachment(b"escape \x1b[31m codes", "notes.txt").kind is FileKind.MISMATCHED


def test_a_long_text_is_judged_by_its_head() -> None:
    line = "Línea de texto: ñandú\n".encode()
    text = line * (attachments.TEXT_CHECK_BYTES // len(line) + 10)
    limit = attachments.TEXT_CHECK_BYTES

    def continues(byte: int) -> bool:  # the second byte of a two-byte character
        return 0x80 <= byte < 0xC0

    start = next(skip for skip in range(len(line)) if not continues(text[skip]) and continues(text[skip + limit]))
    text = text[start:]  # starts on a whole character; a two-byte "í", "ñ" or "ú" is cut in half at the limit
    with pytest.raises(UnicodeDecodeError):
        text[:limit].decode("utf-8")
    assert check_attachment(text, "notes.txt").kind is FileKind.TEXT
    assert check_attachment(b"\x00" + text, "notes.txt").kind is FileKind.MISMATCHED


def test_an_unknown_type_can_only_be_saved() -> None:
    check = check_attachment(b"some data", "report.xyz")
    assert check.kind is FileKind.OTHER and not check.may_open and check.save_name == "report.xyz"


@pytest.mark.parametrize(("name", "safe"), [
    ("..\\..\\x.exe", "x.exe"),
    ("../../etc/passwd", "passwd"),
    ("C:\\Windows\\System32\\evil.dll", "evil.dll"),
    ("CON.txt", "_CON.txt"),
    ("con", "_con"),
    ("Lpt1.pdf", "_Lpt1.pdf"),
    ("nul .txt", "_nul .txt"),
    ("COM¹.txt", "_COM¹.txt"),
    ("x.txt ", "x.txt"),
    ("x.exe.", "x.exe"),
    ("x.exe . . ", "x.exe"),
    (".hidden.pdf", "hidden.pdf"),
    ("a.pdf.exe", "a.pdf.exe"),
    ("report\u202efdp.exe", "reportfdp.exe"),  # the right-to-left override that shows it as "...exe.pdf"
    ("line\nbreak\ttab\x00nul.pdf", "linebreaktabnul.pdf"),
    ("x.txt:hidden.exe", "x.txt_hidden.exe"),  # an NTFS stream name
    ('what<>"|?*.pdf', "what______.pdf"),
    ("", "attached-file"),
    (None, "attached-file"),
    ("..", "attached-file"),
    (" . ", "attached-file"),
    ("Cafe\u0301.pdf", "Café.pdf"),  # one form of é (NFC), so the same name is the same file
])
def test_hostile_names_become_safe_local_names(name: str | None, safe: str) -> None:
    assert safe_file_name(name) == safe


def test_a_long_name_is_shortened_and_keeps_its_extension() -> None:
    name = safe_file_name("a" * 300 + ".pdf")
    assert len(name) == 120 and name.endswith("a.pdf")


@pytest.mark.parametrize(("name", "opened_as"), [
    ("..\\..\\CON.pdf", "_CON.pdf"),
    ("consent.PDF . ", "consent.pdf"),
    ("report\u202efdp.pdf", "reportfdp.pdf"),
])
def test_the_open_name_is_safe_and_ends_in_the_allowed_extension(name: str, opened_as: str) -> None:
    assert check_attachment(picture_bytes("PDF"), name).open_name == opened_as


def test_hostile_names_with_program_content_are_not_opened() -> None:
    for name in ("..\\..\\x.exe", "CON.txt", "a.pdf.exe", "x.txt ", "x.exe.", "report\u202efdp.exe"):
        assert not check_attachment(MZ_PROGRAM, name).may_open, name


def test_the_private_copy_is_fresh_and_readable_by_this_user_only(tmp_path: Path) -> None:
    folder = tmp_path / "private"
    first = write_private_copy(folder, "consent.pdf", b"%PDF-1.4 first")
    second = write_private_copy(folder, "consent.pdf", b"%PDF-1.4 second")
    assert isinstance(first, Path) and isinstance(second, Path)
    assert first != second and first.parent != second.parent  # a viewer holding the first keeps it
    assert first.read_bytes() == b"%PDF-1.4 first" and second.read_bytes() == b"%PDF-1.4 second"
    assert first.parent.parent == folder and first.name == "consent.pdf"
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600
        assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_private_copy_that_cannot_be_written_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "private"
    reason = write_private_copy(folder, "x" * 300 + ".pdf", b"%PDF-1.4")  # longer than any file system allows
    assert isinstance(reason, str) and "too long" in reason.lower()
    assert list(folder.iterdir()) == []  # its folder is gone too
    blocked = tmp_path / "a file"
    blocked.write_bytes(b"")
    assert isinstance(write_private_copy(blocked, "x.pdf", b"%PDF"), str)


def test_the_downloaded_mark_is_what_windows_browsers_write() -> None:
    assert zone_identifier_text() == "[ZoneTransfer]\r\nZoneId=3\r\n"


def test_marking_as_downloaded_writes_the_stream_on_windows_only(tmp_path: Path) -> None:
    saved = tmp_path / "x.pdf"
    saved.write_bytes(b"%PDF-1.4")
    stream = tmp_path / "x.pdf:Zone.Identifier"
    if sys.platform != "win32":
        assert mark_as_downloaded(saved) is False  # elsewhere: nothing written
        assert sorted(path.name for path in tmp_path.iterdir()) == ["x.pdf"]
        # The Windows branch forced here: off Windows the stream name is a plain file, which shows the bytes
        # an NTFS alternate data stream would get. (The real stream write can only run on Windows.)
        assert mark_as_downloaded(saved, windows=True) is True
        assert stream.read_bytes() == b"[ZoneTransfer]\r\nZoneId=3\r\n"
    assert saved.read_bytes() == b"%PDF-1.4"


def test_a_file_system_without_streams_keeps_the_file(tmp_path: Path) -> None:
    # Where the stream cannot be created (here: its folder is missing) the mark is skipped, not an error.
    assert mark_as_downloaded(tmp_path / "missing" / "x.pdf", windows=True) is False


def test_save_copy_writes_and_reports_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marked: list[Path] = []
    monkeypatch.setattr(attachments, "mark_as_downloaded", lambda path: marked.append(path) or True)
    target = tmp_path / "setup.exe"
    assert save_copy(target, MZ_PROGRAM) is None
    assert target.read_bytes() == MZ_PROGRAM and marked == [target]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600  # personal data: this user only
    failure = save_copy(tmp_path / "no such folder" / "x.pdf", b"%PDF")
    assert failure is not None and "No such file" in failure and marked == [target]
    assert not (tmp_path / "no such folder").exists()  # the operator's folder choice is not invented
    assert save_copy(tmp_path / "setup.exe" / "x.pdf", b"%PDF") is not None and marked == [target]


def test_save_copy_replaces_a_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "consent.pdf"
    target.write_bytes(b"old")
    assert save_copy(target, b"%PDF-1.4 new") is None
    assert target.read_bytes() == b"%PDF-1.4 new" and [path.name for path in tmp_path.iterdir()] == ["consent.pdf"]
