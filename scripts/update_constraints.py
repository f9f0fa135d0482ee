"""Regenerate constraints.txt: the exact versions a fresh install of FaceStation gets today.

    python scripts/update_constraints.py                  # rewrites constraints.txt at the repository root
    python scripts/update_constraints.py --output /tmp/c.txt --python python3.12
    python scripts/update_constraints.py --no-check       # skip the per-platform installability check

What it does:

1. makes a throw-away virtual environment and runs `pip install -e .[test,packaging]` in it with no constraints,
   so pip picks the newest versions pyproject.toml's ranges allow (this is the "try the newest versions on
   purpose" path; `.ci/run --latest` is the other);
2. pins every package of its `pip freeze --all` (less pip and FaceStation itself) with `==`;
3. walks the dependency metadata from pyproject.toml's requirements once per target (Linux and Windows x86_64,
   CPython 3.11, 3.12 and 3.13) and gives an environment marker to every package that only some targets need
   (SecretStorage only on Linux, colorama only on Windows, backports.tarfile only before 3.12, ...). Packages this
   machine does not install (the other platform's) are fetched as wheels, without installing, to read their
   metadata;
4. checks that every pin has a wheel for every target that needs it (`pip install --dry-run --platform ...`).

Lines of the old file that start with `#:` are notes for humans (why a version is what it is); they are kept.
Then run `.ci/run` (it installs with the new pins) and commit constraints.txt with whatever the run needed.
"""

from __future__ import annotations

import argparse
import datetime
import email.parser
import importlib.metadata
import json
import platform
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
CONSTRAINTS = ROOT / "constraints.txt"
EXTRAS = ("test", "packaging")
NOTE_PREFIX = "#:"
# Never pinned: the installer itself.
UNPINNED = {"pip"}


@dataclass(frozen=True)
class Target:
    """One platform and Python version the pins must install on."""

    platform: str  # sys.platform
    python: str  # "3.12"

    @property
    def label(self) -> str:
        return f"{self.platform}/{self.python}"

    def marker_environment(self) -> dict[str, str]:
        windows = self.platform == "win32"
        return {
            "implementation_name": "cpython",
            "implementation_version": f"{self.python}.0",
            "os_name": "nt" if windows else "posix",
            "platform_machine": "AMD64" if windows else "x86_64",
            "platform_python_implementation": "CPython",
            "platform_release": "",
            "platform_system": "Windows" if windows else "Linux",
            "platform_version": "",
            "python_full_version": f"{self.python}.0",
            "python_version": self.python,
            "sys_platform": self.platform,
        }

    def wheel_platforms(self) -> list[str]:
        if self.platform == "win32":
            return ["win_amd64"]
        # pip does not widen a manylinux_2_N platform to older glibc versions by itself.
        return [f"manylinux_2_{minor}_x86_64" for minor in range(LINUX_GLIBC[1], 16, -1)] + ["manylinux2014_x86_64"]


PLATFORMS = ("linux", "win32")
# The oldest glibc a Linux station needs to install the pins from wheels (Ubuntu 22.04's; PySide6 6.11 needs 2.34).
LINUX_GLIBC = (2, 35)
PYTHONS = ("3.11", "3.12", "3.13")
TARGETS = tuple(Target(platform_name, python) for platform_name in PLATFORMS for python in PYTHONS)


@dataclass(frozen=True)
class Package:
    name: str  # as the distribution spells it (pip freeze's spelling)
    version: str
    requires: tuple[Requirement, ...]


def project_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    """FaceStation's own requirements: the dependencies and the test and packaging extras."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in EXTRAS:
        lines += project["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


def package_from_metadata(metadata: email.message.Message) -> Package:
    return Package(metadata["Name"], metadata["Version"],
                   tuple(Requirement(line) for line in metadata.get_all("Requires-Dist") or ()))


def installed_packages(site_packages: list[Path] | None = None) -> dict[str, Package]:
    """The distributions installed in these folders (default: this interpreter's), by canonical name."""
    distributions = importlib.metadata.distributions(path=[str(path) for path in site_packages]) \
        if site_packages is not None else importlib.metadata.distributions()
    packages: dict[str, Package] = {}
    for distribution in distributions:
        package = package_from_metadata(distribution.metadata)  # type: ignore[arg-type]
        packages.setdefault(canonicalize_name(package.name), package)
    return packages


def wheel_package(wheel: Path) -> Package:
    with zipfile.ZipFile(wheel) as archive:
        name = next(member for member in archive.namelist() if member.endswith(".dist-info/METADATA"))
        return package_from_metadata(email.parser.Parser().parsestr(archive.read(name).decode("utf-8")))


def applies(requirement: Requirement, environment: dict[str, str], extras: frozenset[str]) -> bool:
    """Whether a requirement counts in this environment, for a distribution asked for with these extras."""
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({**environment, "extra": extra}) for extra in (extras or {""}))


def needed_packages(roots: list[Requirement], packages: dict[str, Package],
                    environment: dict[str, str]) -> tuple[set[str], dict[str, SpecifierSet]]:
    """Canonical names of every package the roots pull in here, and those of them whose metadata is unknown
    (with the version ranges asked of them)."""
    needed: set[str] = set()
    missing: dict[str, SpecifierSet] = {}
    visited: set[tuple[str, frozenset[str]]] = set()
    queue = [root for root in roots if applies(root, environment, frozenset())]
    while queue:
        requirement = queue.pop()
        name = canonicalize_name(requirement.name)
        needed.add(name)
        package = packages.get(name)
        if package is None:
            missing[name] = missing.get(name, SpecifierSet()) & requirement.specifier
            continue
        key = (name, frozenset(requirement.extras))
        if key in visited:
            continue
        visited.add(key)
        queue += [child for child in package.requires if applies(child, environment, key[1])]
    return needed, missing


def marker_for(targets: set[Target]) -> str | None:
    """The shortest marker true on exactly these of TARGETS (None: all of them)."""
    if targets == set(TARGETS):
        return None
    by_platform = {name: {target.python for target in targets if target.platform == name} for name in PLATFORMS}
    python_sets = {frozenset(pythons) for pythons in by_platform.values() if pythons}
    if len(python_sets) == 1:
        platform_part = [f'sys_platform == "{name}"' for name, pythons in by_platform.items() if pythons]
        python_part = python_marker(set(next(iter(python_sets))))
        clauses = (["(" + " or ".join(platform_part) + ")" if len(platform_part) > 1 else platform_part[0]]
                   if len(platform_part) < len(PLATFORMS) else [])
        clauses += [python_part] if python_part else []
        return " and ".join(clauses)
    alternatives = []
    for name, pythons in by_platform.items():
        if pythons:
            python_part = python_marker(pythons)
            alternatives.append(f'(sys_platform == "{name}"' + (f" and {python_part})" if python_part else ")"))
    return " or ".join(alternatives)


def python_marker(pythons: set[str]) -> str | None:
    """A python_version condition true on exactly these of PYTHONS, open-ended past the first and last."""
    indices = sorted(PYTHONS.index(python) for python in pythons)
    if len(indices) == len(PYTHONS):
        return None
    if indices != list(range(indices[0], indices[-1] + 1)):
        return "(" + " or ".join(f'python_version == "{PYTHONS[index]}"' for index in indices) + ")"
    parts = []
    if indices[0] > 0:
        parts.append(f'python_version >= "{PYTHONS[indices[0]]}"')
    if indices[-1] < len(PYTHONS) - 1:
        parts.append(f'python_version < "{PYTHONS[indices[-1] + 1]}"')
    return " and ".join(parts)


def pip(venv_python: Path, *arguments: str, quiet: bool = True) -> str:
    command = [str(venv_python), "-m", "pip", *arguments] + (["-q"] if quiet else [])
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        details = "\n".join(line for line in result.stderr.splitlines() if "is ignored" not in line)
        raise SystemExit(f"update_constraints.py: `pip {' '.join(arguments)}` failed:\n{details}")
    return result.stdout


def make_environment(python: str, folder: Path) -> tuple[Path, list[Path], dict]:
    """A new venv with FaceStation installed, unconstrained. Returns its python, site-packages and pip's report."""
    venv = folder / "venv"
    print(f"update_constraints.py: a new virtual environment with {python}", flush=True)
    subprocess.run([python, "-m", "venv", "--upgrade-deps", str(venv)], check=True, capture_output=True)
    venv_python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    print(f"update_constraints.py: pip install -e .[{','.join(EXTRAS)}] (no constraints: the newest versions)",
          flush=True)
    report = folder / "install-report.json"
    pip(venv_python, "install", "--report", str(report), "-e", f"{ROOT}[{','.join(EXTRAS)}]")
    site_packages = json.loads(subprocess.run(
        [str(venv_python), "-c", "import json, site; print(json.dumps(site.getsitepackages()))"],
        check=True, capture_output=True, text=True).stdout)
    return venv_python, [Path(path) for path in site_packages], json.loads(report.read_text(encoding="utf-8"))


def built_from_source(report: dict) -> set[str]:
    """Canonical names pip built from an sdist (they have no wheel to check per platform), less editables."""
    names = set()
    for item in report["install"]:
        info = item["download_info"]
        if "dir_info" not in info and not info["url"].endswith(".whl"):
            names.add(canonicalize_name(item["metadata"]["name"]))
    return names


def fetch_missing(venv_python: Path, folder: Path, missing: dict[str, tuple[SpecifierSet, Target]],
                  packages: dict[str, Package]) -> None:
    """Download (no install) a wheel of each package this machine did not install, to read its metadata."""
    for name, (specifier, target) in sorted(missing.items()):
        destination = folder / "wheels" / name
        platforms = [option for tag in target.wheel_platforms() for option in ("--platform", tag)]
        print(f"update_constraints.py: reading {name}{specifier} for {target.label}", flush=True)
        pip(venv_python, "download", "--no-deps", "--only-binary=:all:", *platforms,
            "--python-version", target.python, "--implementation", "cp", "--dest", str(destination),
            f"{name}{specifier}")
        packages[name] = wheel_package(next(destination.glob("*.whl")))


def resolve_targets(venv_python: Path, folder: Path, roots: list[Requirement],
                    packages: dict[str, Package]) -> dict[str, set[Target]]:
    """For each needed package, the targets that need it (fetching other platforms' packages as it goes)."""
    for _ in range(20):
        needed_on: dict[str, set[Target]] = {}
        missing: dict[str, tuple[SpecifierSet, Target]] = {}
        for target in TARGETS:
            needed, unknown = needed_packages(roots, packages, target.marker_environment())
            for name in needed:
                needed_on.setdefault(name, set()).add(target)
            for name, specifier in unknown.items():
                missing.setdefault(name, (specifier, target))
        if not missing:
            return needed_on
        fetch_missing(venv_python, folder, missing, packages)
    raise SystemExit("update_constraints.py: the dependency walk did not settle after 20 rounds of downloads.")


def pin_lines(packages: dict[str, Package], needed_on: dict[str, set[Target]], frozen: dict[str, str]) -> list[str]:
    lines = []
    for name in sorted(set(needed_on) | set(frozen), key=str.lower):
        if name in UNPINNED:
            continue
        package = packages[name]
        if name not in needed_on:
            print(f"update_constraints.py: warning: {package.name} is installed but nothing requires it; "
                  "pinned for every platform", file=sys.stderr)
        marker = marker_for(needed_on.get(name, set(TARGETS)))
        lines.append(f"{package.name}=={package.version}" + (f" ; {marker}" if marker else ""))
    return lines


def header(python_version: str, notes: list[str]) -> list[str]:
    today = datetime.date.today().isoformat()
    return [
        "# Exact versions of everything FaceStation, its tests and its frozen build install (pip constraints).",
        "# Use it with pip's -c, as the README's commands, .ci/run and packaging/README.md do:",
        "#     pip install -c constraints.txt -e '.[test]'",
        "# pyproject.toml keeps its version ranges (the package's metadata); this file picks one version in them",
        "# so that a fresh install today and next month gets what the last green run tested.",
        "#",
        f"# Made by `python scripts/update_constraints.py` on {today} (CPython {python_version},"
        f" {platform.system()} {platform.machine()}):",
        "# a throw-away venv, `pip install -e .[test,packaging]` with no constraints (the newest versions), its",
        "# `pip freeze --all` less pip and facestation, plus environment markers for packages only some platforms",
        "# or Python versions need; every pin was checked to have a wheel for Linux (glibc"
        f" {LINUX_GLIBC[0]}.{LINUX_GLIBC[1]}+) and Windows",
        f"# x86_64 with CPython {PYTHONS[0]}-{PYTHONS[-1]} where it is needed (macOS-only packages are not pinned).",
        "#",
        "# To upgrade (a decision, not a surprise): `.ci/run --latest` tries the newest versions without this file;",
        "# to adopt them run `python scripts/update_constraints.py`, then `.ci/run`, and commit both. Do not edit",
        f"# pins by hand; lines starting with '{NOTE_PREFIX}' are notes that the script keeps.",
        *notes,
    ]


def old_notes(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(NOTE_PREFIX)]


def old_pins(path: Path) -> dict[str, str]:
    pins = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                requirement = Requirement(line)
                pins[canonicalize_name(requirement.name)] = str(requirement.specifier)
    return pins


def check_installable(venv_python: Path, folder: Path, constraints: Path, roots: list[Requirement],
                      from_source: set[str], lines: list[str]) -> None:
    """Every target resolves with these pins from wheels alone (what this machine's pip sees for that target).

    pip evaluates markers for the machine it runs on, not for --platform, so the resolution covers the packages
    this machine needs; each other pin is downloaded on its own for the targets its marker names.
    """
    root_lines = [str(root) for root in roots if canonicalize_name(root.name) not in from_source]
    requirements = folder / "requirements.txt"
    requirements.write_text("\n".join(root_lines) + "\n", encoding="utf-8")
    for target in TARGETS:
        platforms = [option for tag in target.wheel_platforms() for option in ("--platform", tag)]
        print(f"update_constraints.py: checking the pins install on {target.label}", flush=True)
        pip(venv_python, "install", "--dry-run", "--ignore-installed", "--only-binary=:all:", *platforms,
            "--python-version", target.python, "--implementation", "cp", "--target", str(folder / "target"),
            "-c", str(constraints), "-r", str(requirements))
        for line in lines:
            requirement = Requirement(line)
            marker = requirement.marker
            if (marker is None or marker.evaluate() or not marker.evaluate(target.marker_environment())
                    or canonicalize_name(requirement.name) in from_source):
                continue  # covered by the resolution above, or not needed on this target
            pip(venv_python, "download", "--no-deps", "--only-binary=:all:", *platforms, "--python-version",
                target.python, "--implementation", "cp", "--dest", str(folder / "check" / target.label),
                f"{requirement.name}{requirement.specifier}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=CONSTRAINTS, help="the file to write (default: %(default)s)")
    parser.add_argument("--python", default=sys.executable,
                        help="the Python to make the environment with (default: this one, %(default)s)")
    parser.add_argument("--no-check", action="store_true", help="skip checking that every target installs the pins")
    args = parser.parse_args(argv)

    roots = project_requirements()
    with tempfile.TemporaryDirectory(prefix="facestation-constraints-") as temporary:
        folder = Path(temporary)
        venv_python, site_packages, report = make_environment(args.python, folder)
        frozen = {canonicalize_name(Requirement(line).name): line for line in
                  pip(venv_python, "freeze", "--all", "--exclude-editable").splitlines() if "==" in line}
        packages = installed_packages(site_packages)
        python_version = subprocess.run([str(venv_python), "-c", "import platform; print(platform.python_version())"],
                                        check=True, capture_output=True, text=True).stdout.strip()
        needed_on = resolve_targets(venv_python, folder, roots, packages)
        lines = pin_lines(packages, needed_on, frozen)
        candidate = folder / "constraints.txt"
        candidate.write_text("\n".join(header(python_version, old_notes(args.output)) + lines) + "\n",
                             encoding="utf-8")
        if not args.no_check:
            check_installable(venv_python, folder, candidate, roots, built_from_source(report), lines)
        before = old_pins(args.output)
        after = old_pins(candidate)
        for name in sorted(set(before) | set(after)):
            if before.get(name) != after.get(name):
                print(f"update_constraints.py: {name}: {before.get(name, '(new)')} -> {after.get(name, '(gone)')}")
        args.output.write_text(candidate.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"update_constraints.py: wrote {args.output} ({len(lines)} pins); now run .ci/run and commit both")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
