"""Layering (docs/architecture.md, "Layers"): dependencies point one way and each layer pulls in only its own stack.

Checked in a fresh interpreter per layer, so whatever other tests have imported into this process does not matter.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

GUI_AND_HTTP = ("PySide6", "httpx", "fastapi", "starlette", "uvicorn")
DATABASE = ("sqlalchemy", "alembic")

# layer packages -> modules they must not import (directly or through anything they import)
LAYERS = {
    ("facestation.vision", "tests.support", "facestation.recognition"): GUI_AND_HTTP + DATABASE
    + ("facestation.service", "facestation.store"),
    ("facestation.store",): GUI_AND_HTTP + ("dlib", "cv2", "facestation.vision", "facestation.recognition",
                                            "facestation.service"),
    ("facestation.service",): ("PySide6", "facestation.station", "facestation.api"),
    # The client is a library for scripts too: HTTP and image encoding only, no face models, no server parts.
    ("facestation.api",): ("PySide6", "fastapi", "starlette", "uvicorn") + DATABASE
    + ("dlib", "facestation.service", "facestation.store", "facestation.recognition", "facestation.station"),
    # The station talks to every server, its own built-in one included, through facestation.api over HTTP.
    ("facestation.station",): ("fastapi", "starlette", "uvicorn") + DATABASE
    + ("facestation.service", "facestation.store", "facestation.recognition"),
    # The station's core is plain Python that tests drive without widgets: no Qt, no qasync, no UI module.
    ("facestation.station.core",): ("PySide6", "shiboken6", "qasync", "facestation.station.ui", "fastapi",
                                    "starlette", "uvicorn") + DATABASE
    + ("facestation.service", "facestation.store", "facestation.recognition"),
    # The wheel that goes to kiosks carries no test infrastructure (initdb, throw-away servers).
    ("facestation.api", "facestation.cli", "facestation.importer", "facestation.recognition",
     "facestation.service", "facestation.station", "facestation.store", "facestation.vision"): ("tests",),
}

PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    imported = []
    for package_name in sys.argv[1:]:
        package = importlib.import_module(package_name)
        imported.append(package_name)
        for module in pkgutil.walk_packages(package.__path__, package_name + "."):
            importlib.import_module(module.name)
            imported.append(module.name)
    print(json.dumps({"imported": imported, "modules": sorted(sys.modules)}))
    """
)


def module_names(package_name: str) -> set[str]:
    package = importlib.import_module(package_name)
    return {package_name} | {m.name for m in pkgutil.walk_packages(package.__path__, package_name + ".")}


def probe(*packages: str) -> dict[str, list[str]]:
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, *packages], capture_output=True, text=True, timeout=120, check=False
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


def leaked(modules: list[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(name for name in modules if any(name == root or name.startswith(root + ".") for root in forbidden))


@pytest.mark.parametrize(("packages", "forbidden"), list(LAYERS.items()), ids=lambda v: "+".join(v)[:60])
def test_layer_imports_only_its_own_stack(packages: tuple[str, ...], forbidden: tuple[str, ...]) -> None:
    result = probe(*packages)
    expected = set().union(*(module_names(p) for p in packages))
    # Every module was really imported, including ones added later.
    assert set(result["imported"]) == expected
    assert leaked(result["modules"], forbidden) == []


def test_the_probe_sees_third_party_imports() -> None:
    result = probe("facestation.vision", "facestation.store")
    assert {"cv2", "numpy", "sqlalchemy"} <= set(result["modules"])


def test_command_line_starts_without_the_service_stack() -> None:
    """`facestation check` and `--help` stay quick: the service and database load only for their commands."""
    result = probe("facestation.cli")
    assert leaked(result["modules"], ("fastapi", "sqlalchemy", "uvicorn", "argon2", "facestation.service.app")) == []


PACKAGE = Path(__file__).resolve().parents[1] / "facestation"
MODULE_LINE_LIMIT = 700  # docs/architecture.md: a module past 700 lines is two modules


def test_no_module_is_past_the_line_limit() -> None:
    too_long = {str(path.relative_to(PACKAGE.parent)): lines for path in sorted(PACKAGE.rglob("*.py"))
                if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MODULE_LINE_LIMIT}
    assert too_long == {}


def imported_modules(path: Path) -> set[str]:
    """Every module a source file imports, at the top or inside a function (`from x import y` gives x and x.y)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


UI = "facestation.station.ui"
# Inside the station's UI, pages are built from dialogs and widgets, dialogs from widgets, and never the other way:
# a widget that opened a dialog, or a dialog that reached into a page, would tie them together.
UI_DIRECTIONS = {
    "widgets": (f"{UI}.dialogs", f"{UI}.panels", f"{UI}.main_window", f"{UI}.app"),
    "dialogs": (f"{UI}.panels", f"{UI}.main_window", f"{UI}.app"),
    "kit": (f"{UI}.dialogs", f"{UI}.panels", f"{UI}.widgets", f"{UI}.main_window", f"{UI}.app"),
    "panels": (f"{UI}.main_window", f"{UI}.app"),
}


@pytest.mark.parametrize("folder", sorted(UI_DIRECTIONS))
def test_station_ui_parts_depend_one_way(folder: str) -> None:
    forbidden = UI_DIRECTIONS[folder]
    wrong = {str(path.relative_to(PACKAGE.parent)): sorted(leaked(sorted(imported_modules(path)), forbidden))
             for path in sorted((PACKAGE / "station" / "ui" / folder).rglob("*.py"))}
    assert {path: names for path, names in wrong.items() if names} == {}


def test_ops_names_no_subsystem_to_describe_its_errors() -> None:
    """`ops` routes every error to one place; the texts for each subsystem's errors are registered from outside
    (ui/error_texts.py), so ops depends on the API client's errors only."""
    imported = imported_modules(PACKAGE / "station" / "ui" / "ops.py")
    assert leaked(sorted(imported), ("facestation.station.core",)) == []
