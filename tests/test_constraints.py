"""constraints.txt: exact pins inside pyproject.toml's ranges, the right platform markers, and used by the README's
commands, .ci/run and the frozen build. No network: everything here reads files and installed metadata."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import itertools
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from packaging.markers import Marker, default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
CONSTRAINTS = ROOT / "constraints.txt"
README = ROOT / "README.md"


def load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


update_constraints = load(ROOT / "scripts" / "update_constraints.py", "facestation_update_constraints")
build = load(ROOT / "packaging" / "build.py", "facestation_packaging_build")
TARGETS = update_constraints.TARGETS


def pins() -> list[Requirement]:
    return [Requirement(line) for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def applicable(pin: Requirement, environment: dict[str, str] | None = None) -> bool:
    return pin.marker is None or pin.marker.evaluate(environment)


def test_every_line_is_one_exact_pin() -> None:
    seen = set()
    for pin in pins():
        specifiers = list(pin.specifier)
        assert len(specifiers) == 1 and specifiers[0].operator == "==", f"{pin}: not an exact pin"
        assert "*" not in specifiers[0].version and not pin.extras and pin.url is None, f"{pin}: not an exact pin"
        name = canonicalize_name(pin.name)
        assert name not in seen, f"{pin.name} is pinned twice"
        seen.add(name)
    assert "pip" not in seen and "facestation" not in seen


@pytest.mark.parametrize("target", TARGETS, ids=[target.label for target in TARGETS])
def test_every_project_requirement_has_a_pin_within_its_range(target) -> None:
    environment = target.marker_environment()
    by_name = {canonicalize_name(pin.name): pin for pin in pins() if applicable(pin, environment)}
    problems = []
    for requirement in update_constraints.project_requirements(ROOT / "pyproject.toml"):
        if not applicable(requirement, environment):
            continue
        pin = by_name.get(canonicalize_name(requirement.name))
        if pin is None:
            problems.append(f"{requirement} has no pin for {target.label}")
        elif not requirement.specifier.contains(next(iter(pin.specifier)).version, prereleases=True):
            problems.append(f"{pin} is outside pyproject.toml's {requirement}")
    assert not problems, "\n".join(problems)


def test_the_vision_stack_is_pinned() -> None:
    # The drift that made this file: a fresh install picked up a new OpenCV and verdicts moved.
    names = {canonicalize_name(pin.name) for pin in pins() if pin.marker is None}
    assert {"opencv-python-headless", "numpy", "dlib-bin", "pyside6"} <= names


def installed_from_constraints() -> list[str]:
    """Installed packages whose version differs from their pin (empty when installed with -c constraints.txt)."""
    return build.constraint_mismatches(CONSTRAINTS)


@pytest.mark.parametrize("target", TARGETS, ids=[target.label for target in TARGETS])
def test_markers_match_the_dependency_metadata(target) -> None:
    """Each target's pins are exactly what pyproject.toml's requirements pull in there, per the metadata of the
    packages installed here (a plain `pip freeze` would pin SecretStorage for Windows and colorama for nobody)."""
    mismatches = installed_from_constraints()
    if mismatches:
        pytest.skip("not installed with -c constraints.txt (.ci/run --latest, or an older venv): "
                    + "; ".join(mismatches))
    installed = update_constraints.installed_packages()
    roots = update_constraints.project_requirements(ROOT / "pyproject.toml")
    needed, unknown = update_constraints.needed_packages(roots, installed, target.marker_environment())
    pinned = {canonicalize_name(pin.name) for pin in pins() if applicable(pin, target.marker_environment())}
    assert needed - pinned == set(), f"needed on {target.label} but not pinned"
    # A pin nothing here leads to must be another platform's package's own dependency (unknown here).
    assert {name for name in pinned - needed if name in installed} == set(), f"pinned on {target.label}, not needed"
    environment = default_environment()
    if (target.platform, target.python) == (environment["sys_platform"], environment["python_version"]):
        assert unknown == {}, "needed on this machine but not installed"


@pytest.mark.parametrize("size", range(1, len(TARGETS) + 1))
def test_marker_for_is_true_on_exactly_its_targets(size: int) -> None:
    for chosen in itertools.combinations(TARGETS, size):
        text = update_constraints.marker_for(set(chosen))
        marker = Marker(text) if text else None
        for target in TARGETS:
            expected = target in chosen
            got = marker is None or marker.evaluate(target.marker_environment())
            assert got == expected, f"{text!r} for {[t.label for t in chosen]} on {target.label}"


def test_the_walk_follows_markers_and_extras() -> None:
    def package(name: str, *requires: str) -> update_constraints.Package:
        return update_constraints.Package(name, "1.0", tuple(Requirement(line) for line in requires))

    packages = {canonicalize_name(item.name): item for item in (
        package("keyring", 'jeepney; sys_platform == "linux"', 'pywin32-ctypes; sys_platform == "win32"',
                'zipp; python_version < "3.12"', 'sphinx; extra == "docs"'),
        package("tool", "keyring", 'zipp; extra == "full"'),
        package("jeepney"), package("zipp"))}
    roots = [Requirement("tool[full]")]
    on = {target.label: update_constraints.needed_packages(roots, packages, target.marker_environment())
          for target in TARGETS}
    linux, windows = on["linux/3.13"], on["win32/3.13"]
    assert linux == ({"tool", "keyring", "jeepney", "zipp"}, {})
    assert windows[0] == {"tool", "keyring", "pywin32-ctypes", "zipp"} and set(windows[1]) == {"pywin32-ctypes"}
    without_extra = update_constraints.needed_packages([Requirement("tool")], packages,
                                                       TARGETS[-1].marker_environment())
    assert without_extra[0] == {"tool", "keyring", "pywin32-ctypes"}


def code_line_after(marker: str) -> str:
    """The first non-empty line of the first fenced code block after MARKER in the README (as .ci/run reads)."""
    text = README.read_text(encoding="utf-8")
    assert text.count(marker) == 1, f"{marker!r} is not in README.md exactly once"
    block = re.search(r"^```[^\n]*\n(.*?)^```", text[text.index(marker):], re.S | re.M)
    assert block is not None, f"no code block after {marker!r}"
    return next(line for line in block.group(1).splitlines() if line.strip())


@pytest.mark.parametrize("marker", ["**1. Install and run the station**", "<!-- ci:test-command -->"])
def test_the_readme_commands_install_with_the_constraints(marker: str) -> None:
    command = code_line_after(marker)
    assert re.search(r"\bpip install -c constraints\.txt -e ", command), command


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash, as .ci/run does")
def test_ci_run_latest_leaves_out_only_the_constraints(tmp_path: Path) -> None:
    # A copy, with a README whose command is harmless: even a broken option parser cannot install anything.
    (tmp_path / ".ci").mkdir()
    shutil.copy(ROOT / ".ci" / "run", tmp_path / ".ci" / "run")
    pinned = "true pip install -c constraints.txt -e '.[test]' && true pytest"
    (tmp_path / "README.md").write_text(f"# x\n\n<!-- ci:test-command -->\n```sh\n{pinned}\n```\n", encoding="utf-8")

    def run(*options: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["bash", str(tmp_path / ".ci" / "run"), *options], capture_output=True, text=True,
                              timeout=60)

    assert run("--print-command").stdout.strip() == pinned
    assert run("--latest", "--print-command").stdout.strip() == "true pip install -e '.[test]' && true pytest"
    unknown = run("--newest")
    assert unknown.returncode == 2 and "unknown option --newest" in unknown.stderr


def test_the_frozen_build_names_packages_that_differ_from_their_pins(tmp_path: Path) -> None:
    pytest_version = importlib.metadata.version("pytest")
    constraints = tmp_path / "constraints.txt"
    constraints.write_text("\n".join([
        "# a comment",
        f"pytest=={pytest_version}",
        "pluggy==0.0.1",  # installed, at another version
        'iniconfig==0.0.1 ; sys_platform == "no-such-platform"',  # another platform's pin: skipped
        "no-such-package-for-facestation==1.0",  # not installed (the tests' own, in a packaging venv): skipped
    ]) + "\n", encoding="utf-8")
    mismatches = build.constraint_mismatches(constraints)
    assert len(mismatches) == 1 and mismatches[0].startswith("pluggy "), mismatches
    assert "==0.0.1" in mismatches[0]
