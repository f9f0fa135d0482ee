"""Which attached files the station may open, under what local name, and how a saved copy is marked.

A record's attached file and its name come from the service, so anyone who can write records in the tenant
chooses them. Opening a file hands it to whatever program the operating system picks from its name (and on
some systems its content): an attached `x.exe`, `.bat`, `.js`, `.hta`, `.lnk` or `.html` would run with one
click. So the station opens only inert types from an allowlist (PDF, common pictures, plain text), and only
when the file's content is what its name says; everything else can only be saved, and the operator decides.

No Qt here: the Records panel asks `check_attachment` what a file is and maps the answer to its own texts.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from facestation.files import write_atomically


class FileKind(Enum):
    """What an attached file is, as far as opening it goes."""

    PDF = "pdf"
    PICTURE = "picture"
    TEXT = "text"
    PROGRAM = "program"  # Windows, Linux or macOS executable, installer, library
    SCRIPT = "script"  # batch, PowerShell, JavaScript, HTA, shell, registry file...
    SHORTCUT = "shortcut"  # .lnk, .url, .desktop...: point at and start anything
    WEB_PAGE = "web page"  # HTML, SVG, XML: run scripts in the browser
    SPREADSHEET = "spreadsheet"  # CSV and office files: formulas and macros
    ARCHIVE = "archive"  # zip, disc images...: carry any of the above, some lose the downloaded mark
    MISMATCHED = "mismatched"  # the name says an openable type, the content is something else
    OTHER = "other"


OPENABLE_KINDS = frozenset({FileKind.PDF, FileKind.PICTURE, FileKind.TEXT})

# The allowlist: each inert content type and the extensions that may carry it (lower case, with the dot).
_PDF = frozenset({".pdf"})
_PNG = frozenset({".png"})
_JPEG = frozenset({".jpg", ".jpeg"})
_GIF = frozenset({".gif"})
_BMP = frozenset({".bmp"})
_WEBP = frozenset({".webp"})
_TIFF = frozenset({".tif", ".tiff"})
_TEXT = frozenset({".txt"})  # not .csv: a spreadsheet program runs formulas in it (=HYPERLINK, DDE)
ALLOWED_EXTENSIONS = _PDF | _PNG | _JPEG | _GIF | _BMP | _WEBP | _TIFF | _TEXT

# Extensions that say what a file that may not be opened is (to tell the operator; never to allow anything).
_EXTENSION_KINDS: dict[FileKind, frozenset[str]] = {
    FileKind.PROGRAM: frozenset({
        ".exe", ".com", ".scr", ".pif", ".msi", ".msp", ".msix", ".msixbundle", ".appx", ".appxbundle", ".dll",
        ".cpl", ".ocx", ".sys", ".drv", ".jar", ".app", ".dmg", ".pkg", ".deb", ".rpm", ".apk", ".run", ".bin",
        ".elf", ".gadget", ".application", ".xbap", ".chm", ".xll", ".appimage"}),
    FileKind.SCRIPT: frozenset({
        ".bat", ".cmd", ".ps1", ".psm1", ".psd1", ".ps1xml", ".vbs", ".vbe", ".vb", ".js", ".jse", ".mjs",
        ".wsf", ".wsh", ".wsc", ".ws", ".hta", ".sct", ".sh", ".bash", ".zsh", ".csh", ".ksh", ".command",
        ".py", ".pyw", ".pyz", ".pl", ".rb", ".php", ".lua", ".tcl", ".reg", ".inf", ".msc", ".msh", ".ahk",
        ".applescript", ".scpt", ".jnlp", ".cer", ".crt", ".der"}),
    FileKind.SHORTCUT: frozenset({
        ".lnk", ".url", ".scf", ".desktop", ".website", ".webloc", ".appref-ms", ".library-ms",
        ".searchconnector-ms", ".settingcontent-ms", ".theme", ".themepack", ".rdp", ".ica", ".vhd", ".vhdx"}),
    FileKind.WEB_PAGE: frozenset({
        ".html", ".htm", ".xhtml", ".xht", ".shtml", ".mht", ".mhtml", ".svg", ".svgz", ".xml", ".xsl",
        ".xslt", ".hta"}),
    FileKind.SPREADSHEET: frozenset({
        ".csv", ".tsv", ".xls", ".xlsx", ".xlsm", ".xlsb", ".xlt", ".xltm", ".xla", ".xlam", ".iqy", ".slk",
        ".dif", ".ods", ".doc", ".docx", ".docm", ".dot", ".dotm", ".rtf", ".odt", ".ppt", ".pptx", ".pptm",
        ".pps", ".ppsm", ".one", ".pub", ".odp"}),
    FileKind.ARCHIVE: frozenset({
        ".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".cab", ".iso", ".img", ".udf", ".arj",
        ".lzh", ".ace"}),
}

# Content signatures of things that must never be opened, whatever their name says.
_PROGRAM_MAGIC = (b"MZ", b"\x7fELF", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe",
                  b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
_SHORTCUT_MAGIC = b"L\x00\x00\x00\x01\x14\x02\x00"  # a Windows .lnk, whatever its name
_ARCHIVE_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b",
                  b"MSCF", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # last: OLE (old Office, .msi)
# C0 and C1 control characters other than tab, line feed, form feed and carriage return (a regular expression:
# an attached file may be megabytes, and the check runs when a person is shown).
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
TEXT_CHECK_BYTES = 1024 * 1024
_MARKUP_STARTS = (b"<!doctype", b"<html", b"<head", b"<body", b"<script", b"<svg", b"<?xml", b"<iframe",
                  b"<object", b"<a ", b"<meta", b"<!--")

# Windows refuses these as file names (with any extension) or gives them to a device.
_RESERVED_STEMS = frozenset({"con", "prn", "aux", "nul", "conin$", "conout$", "clock$"}
                            | {f"{device}{digit}" for device in ("com", "lpt") for digit in "0123456789¹²³"})
_FORBIDDEN_CHARACTERS = frozenset('<>:"/\\|?*')
_FALLBACK_STEM = "attached-file"
_MAX_NAME_LENGTH = 120  # well under every file system's 255, leaves room for the folder

ZONE_IDENTIFIER_STREAM = "Zone.Identifier"
_INTERNET_ZONE = 3


@dataclass(frozen=True)
class AttachmentCheck:
    """The verdict on one attached file: what it is, whether it may be opened, and the local names to use."""

    kind: FileKind
    open_name: str | None  # the safe name to open it under; None: it may only be saved
    save_name: str  # a safe name to offer in the save dialog (the operator may change it)

    @property
    def may_open(self) -> bool:
        return self.open_name is not None


def check_attachment(data: bytes, name: str | None) -> AttachmentCheck:
    """Decide from the content and the name together whether the file is inert and may be opened."""
    save_name = safe_file_name(name)
    extension = _extension(save_name)
    sniffed = _sniff_openable(data)
    if sniffed is not None:
        content_kind, extensions = sniffed
        if extension in extensions:
            # The name and the content agree; the name keeps its (lower-cased) allowlisted extension.
            return AttachmentCheck(content_kind, _with_extension(save_name, extension), save_name)
    return AttachmentCheck(_blocked_kind(data, extension, sniffed[0] if sniffed is not None else None), None, save_name)


def safe_file_name(name: str | None) -> str:
    """A name that is safe to create on every system: no folder part, no control or bidirectional-override
    characters, no characters Windows forbids, no reserved device name, no trailing dots or spaces."""
    text = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    # Control characters (C*) and format characters such as U+202E, which shows "x\u202Efdp.exe" as "xexe.pdf".
    text = "".join(character for character in text if unicodedata.category(character)[0] != "C")
    text = "".join("_" if character in _FORBIDDEN_CHARACTERS else character for character in text)
    # Windows drops trailing dots and spaces ("x.exe." is x.exe); a leading dot hides the file elsewhere.
    text = text.strip(" .")
    if text.partition(".")[0].rstrip(" ").lower() in _RESERVED_STEMS:
        text = f"_{text}"
    if not text:
        return _FALLBACK_STEM
    if len(text) > _MAX_NAME_LENGTH:
        extension = _extension(text)
        extension = extension if len(extension) <= 16 else ""
        text = text[:_MAX_NAME_LENGTH - len(extension)].rstrip(" .") + extension
    return text


def write_private_copy(folder: Path, name: str, data: bytes) -> Path | str:
    """Write `data` as `name` in a new folder inside `folder` (0700), readable by this user only (0600), and
    mark it as downloaded: the copy's path, or the system's reason it could not be written (then nothing is
    left behind). Each copy gets its own folder, so an earlier copy a viewer still holds is never touched."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        copy_folder = Path(tempfile.mkdtemp(prefix="open-", dir=folder))
    except OSError as error:
        return _reason(error)
    path = copy_folder / name
    try:
        # O_EXCL: a new file, never one put there before; 0600 from the start, not after a chmod.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
    except OSError as error:
        shutil.rmtree(copy_folder, ignore_errors=True)  # no half-written copy for a viewer to open
        return _reason(error)
    mark_as_downloaded(path)
    return path


def save_copy(path: Path, data: bytes) -> str | None:
    """Write a copy where the operator chose (a folder that exists) and mark it as downloaded; None when done,
    else the system's reason. Written next to the target and renamed: a full disk leaves no half file."""
    if not path.parent.is_dir():
        return os.strerror(errno.ENOENT)
    try:
        write_atomically(path, data, durable=False)
    except OSError as error:
        return _reason(error)
    mark_as_downloaded(path)
    return None


def zone_identifier_text() -> str:
    """What Windows' browsers write into a downloaded file's Zone.Identifier stream: zone 3 is the Internet,
    so SmartScreen and Office's Protected View treat the file as coming from outside."""
    return f"[ZoneTransfer]\r\nZoneId={_INTERNET_ZONE}\r\n"


def mark_as_downloaded(path: Path, *, windows: bool | None = None) -> bool:
    """On Windows, write the Zone.Identifier alternate data stream (the "mark of the web"); elsewhere nothing.

    True when the mark was written. A file system without alternate streams (FAT, some network shares) cannot
    carry it: the file is kept and False says so. `windows` is for tests only: off Windows the same write
    creates a plain file named "<file>:Zone.Identifier", which shows the bytes Windows would get.
    """
    if not (sys.platform == "win32" if windows is None else windows):
        return False
    try:
        with open(f"{path}:{ZONE_IDENTIFIER_STREAM}", "wb") as stream:
            stream.write(zone_identifier_text().encode("ascii"))
    except OSError:
        return False
    return True


# -- content sniffing ------------------------------------------------------------------------------------


def _sniff_openable(data: bytes) -> tuple[FileKind, frozenset[str]] | None:
    """The allowlisted type the content really is, with the extensions that may carry it; else None."""
    if data.startswith(b"%PDF-"):
        return FileKind.PDF, _PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileKind.PICTURE, _PNG
    if data.startswith(b"\xff\xd8\xff"):
        return FileKind.PICTURE, _JPEG
    if data.startswith((b"GIF87a", b"GIF89a")):
        return FileKind.PICTURE, _GIF
    if _is_bmp(data):
        return FileKind.PICTURE, _BMP
    if len(data) >= 12 and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return FileKind.PICTURE, _WEBP
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return FileKind.PICTURE, _TIFF
    if _is_plain_text(data):
        return FileKind.TEXT, _TEXT
    return None


def _is_bmp(data: bytes) -> bool:
    # "BM" alone is two letters any text may start with: the info header's size must be a known one too.
    return len(data) >= 18 and data.startswith(b"BM") and int.from_bytes(data[14:18], "little") in (
        12, 40, 52, 56, 64, 108, 124)


def _is_plain_text(data: bytes) -> bool:
    """UTF-8 (or ASCII) text without NUL or other control bytes, that is not a script or markup in disguise."""
    if not data or data.startswith(_PROGRAM_MAGIC):
        return False
    try:
        # The head decides (a content-sniffing opener reads only the start; the name forces a text editor): a
        # person is shown at once even with a file of megabytes. final=False: a character cut at the end is fine.
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(data[:TEXT_CHECK_BYTES], final=False)
    except UnicodeDecodeError:
        return False
    if _CONTROL_CHARACTERS.search(text):
        return False
    start = text.lstrip().encode("utf-8")[:16].lower()
    # A system that looks at content (a desktop's xdg-open) could hand these to a browser or a shell.
    return not start.startswith((b"#!", *_MARKUP_STARTS))


def _blocked_kind(data: bytes, extension: str, content_kind: FileKind | None) -> FileKind:
    """Why a file may not be opened: a program or archive by its content first, then by its name."""
    if data.startswith(_PROGRAM_MAGIC):
        return FileKind.PROGRAM
    if data.startswith(_SHORTCUT_MAGIC):
        return FileKind.SHORTCUT
    for kind, extensions in _EXTENSION_KINDS.items():
        if extension in extensions:
            return kind
    if data.startswith(_ARCHIVE_MAGIC):
        return FileKind.ARCHIVE
    head = data[:512].lstrip().lower()
    if head.startswith(b"#!"):
        return FileKind.SCRIPT
    if head.startswith(_MARKUP_STARTS):
        return FileKind.WEB_PAGE
    if extension in ALLOWED_EXTENSIONS or content_kind in (FileKind.PDF, FileKind.PICTURE):
        # The name and the content disagree (even two allowlisted types: a viewer trusts the name, not the
        # bytes), or a PDF or picture has a name that does not say so. (Text under another name: OTHER.)
        return FileKind.MISMATCHED
    return FileKind.OTHER


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).rstrip(".")


def _extension(name: str) -> str:
    suffix = Path(name).suffix
    return suffix.lower() if suffix != name else ""


def _with_extension(name: str, extension: str) -> str:
    """`name` with its last extension written as `extension` (the allowlisted, lower-case one)."""
    return name[: len(name) - len(extension)] + extension
