"""Build the frozen FaceStation (and, on Windows, its installer).

    python packaging/build.py                    # dist/FaceStation/ (PyInstaller one-folder build)
    python packaging/build.py --installer        # then dist/installer/FaceStation-Setup-<version>.exe (Windows)
    python packaging/build.py --dist /tmp/out --work /tmp/work

Run it with the Python of an environment where FaceStation is installed with its `packaging` extra and the
repository's pins (`pip install -c constraints.txt -e '.[packaging]'`): the build bundles that environment's
packages, so it warns when their versions differ from constraints.txt's. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import shutil
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "facestation.spec"
CONSTRAINTS = ROOT / "constraints.txt"
INSTALLER_SCRIPT = PACKAGING / "installer.iss"
INNO_COMPILER_LOCATIONS = (
    Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"),
    Path(r"C:\Program Files\Inno Setup 6\ISCC.exe"),
)


def constraint_mismatches(constraints: Path = CONSTRAINTS) -> list[str]:
    """Installed packages whose version is not the one constraints.txt pins, one sentence each.

    Pins for other platforms (their marker is false here) and packages not installed (the tests' own, in a
    packaging-only environment) are skipped: only what the build would bundle at another version counts.
    """
    from packaging.requirements import Requirement  # PyInstaller depends on `packaging`

    mismatches = []
    for line in constraints.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pin = Requirement(line)
        if pin.marker is not None and not pin.marker.evaluate():
            continue
        try:
            installed = importlib.metadata.version(pin.name)
        except importlib.metadata.PackageNotFoundError:
            continue
        if not pin.specifier.contains(installed, prereleases=True):
            mismatches.append(f"{pin.name} {installed} is installed, constraints.txt pins {pin.specifier}")
    return mismatches


def build_frozen(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the one-folder build (DIST/FaceStation)."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print("build.py:", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / "FaceStation"


def build_installer(frozen: Path, version: str) -> None:
    """Compile installer.iss with Inno Setup 6 (Windows only)."""
    compiler = shutil.which("iscc") or next((str(path) for path in INNO_COMPILER_LOCATIONS if path.is_file()), None)
    if compiler is None:
        raise SystemExit("build.py: Inno Setup 6 (ISCC.exe) was not found: install it from jrsoftware.org, or put "
                         "ISCC.exe on the PATH.")
    command = [compiler, f"/DAppVersion={version}", f"/DDistDir={frozen}", str(INSTALLER_SCRIPT)]
    print("build.py:", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=PACKAGING)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: %(default)s)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: %(default)s)")
    parser.add_argument("--installer", action="store_true", help="also build the Windows installer (Inno Setup 6)")
    args = parser.parse_args(argv)

    from facestation import __version__

    mismatches = constraint_mismatches()
    if mismatches:
        print("build.py: warning: this environment is not the tested one, the build bundles other versions:\n  "
              + "\n  ".join(mismatches) + "\nbuild.py: to bundle the tested versions, run "
              "`pip install -c constraints.txt -e '.[packaging]'` first.", file=sys.stderr, flush=True)
    started = time.monotonic()
    frozen = build_frozen(args.dist.resolve(), args.work.resolve())
    print(f"build.py: {frozen} ({folder_size(frozen) / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s")
    if args.installer:
        build_installer(frozen, __version__)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
