"""Collect the station's `tr()` strings for translators and compile the translations.

    python scripts/update_translations.py

Writes facestation/station/translations/facestation.ts (every source string, untranslated: the template for a new
language; copy it to facestation_<code>.ts and translate it in Qt Linguist), updates every existing
facestation_<code>.ts with new strings, and compiles each to facestation_<code>.qm, which the station offers in
Settings → Appearance. Uses PySide6's own lupdate and lrelease (installed with PySide6).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
STATION = ROOT / "facestation" / "station"
TRANSLATIONS = STATION / "translations"


def tool(name: str) -> str:
    return str(Path(PySide6.__path__[0]) / name)


def main() -> int:
    sources = sorted(str(path.relative_to(ROOT)) for path in STATION.rglob("*.py"))
    targets = [TRANSLATIONS / "facestation.ts", *sorted(TRANSLATIONS.glob("facestation_*.ts"))]
    for target in targets:
        subprocess.run([tool("lupdate"), "-no-obsolete", *sources, "-ts", str(target.relative_to(ROOT))],
                       cwd=ROOT, check=True)
    for target in targets[1:]:
        subprocess.run([tool("lrelease"), str(target), "-qm", str(target.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
