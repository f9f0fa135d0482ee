"""Collect the station's `tr()` strings for translators and compile the translations.

    python scripts/update_translations.py [--no-compile]

Qt Linguist sources live in resources/translations/ (committed; translators edit them):

* facestation.ts: every source string, untranslated; the template for a new language. To add one, copy it to
  facestation_<code>.ts (e.g. facestation_fr.ts), set `language="fr_FR"` on its <TS> element, translate it in
  Qt Linguist and run this script again.
* facestation_<code>.ts: one per language; this script adds new strings to each (marked unfinished) and drops
  strings that are no longer in the code.

Each facestation_<code>.ts is then compiled to facestation/station/ui/translations/facestation_<code>.qm (committed
too, so `pip install` and the frozen build ship it); the station offers every language whose .qm is there
(Settings → Appearance → Language). Unfinished messages are left out of the .qm, so they show in English.
`python scripts/translation_status.py` lists what is left to translate. Uses PySide6's own lupdate and lrelease.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
STATION = ROOT / "facestation" / "station"
SOURCES = ROOT / "resources" / "translations"  # the .ts files
COMPILED = STATION / "ui" / "translations"  # the .qm files, shipped inside the package
TEMPLATE = SOURCES / "facestation.ts"


def tool(name: str) -> str:
    return str(Path(PySide6.__path__[0]) / name)


def languages() -> list[Path]:
    """The translations (facestation_<code>.ts), without the template."""
    return sorted(SOURCES.glob("facestation_*.ts"))


def collect() -> None:
    """Refresh the template and every language's .ts from the station's Python sources."""
    sources = sorted(str(path.relative_to(ROOT)) for path in STATION.rglob("*.py"))
    SOURCES.mkdir(parents=True, exist_ok=True)
    for target in (TEMPLATE, *languages()):
        subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "absolute", *sources,
                        "-ts", str(target.relative_to(ROOT))], cwd=ROOT, check=True)


def compile_all() -> list[Path]:
    """Compile every language's .ts into the package; the .qm files written."""
    written = []
    for source in languages():
        target = COMPILED / source.with_suffix(".qm").name
        subprocess.run([tool("lrelease"), "-silent", "-removeidentical", str(source), "-qm", str(target)],
                       check=True)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-compile", action="store_true", help="only collect the strings, write no .qm")
    args = parser.parse_args(argv)
    collect()
    if not args.no_compile:
        for path in compile_all():
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
