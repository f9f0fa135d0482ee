"""Layering: the vision and testing packages run headless and offline, so they must not pull in Qt or HTTP.

Checked in a fresh interpreter, so whatever other tests have imported into this process does not matter.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
import textwrap

import facestation.testing
import facestation.vision

FORBIDDEN = ("PySide6", "httpx", "fastapi")
PACKAGES = ("facestation.vision", "facestation.testing")

PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    imported = []
    for package_name in sys.argv[1:]:
        package = importlib.import_module(package_name)
        for module in pkgutil.walk_packages(package.__path__, package_name + "."):
            importlib.import_module(module.name)
            imported.append(module.name)
    print(json.dumps({"imported": imported, "modules": sorted(sys.modules)}))
    """
)


def module_names(package) -> set[str]:
    return {module.name for module in pkgutil.walk_packages(package.__path__, package.__name__ + ".")}


def probe() -> dict[str, list[str]]:
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, *PACKAGES], capture_output=True, text=True, timeout=120, check=False
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


def test_vision_and_testing_import_no_gui_or_http() -> None:
    result = probe()
    expected = module_names(facestation.vision) | module_names(facestation.testing)
    # Every module was really imported, including ones added later.
    assert set(result["imported"]) == expected
    assert {"facestation.vision.quality", "facestation.vision.faces", "facestation.testing.degrade"} <= expected
    leaked = sorted(
        name for name in result["modules"] if any(name == root or name.startswith(root + ".") for root in FORBIDDEN)
    )
    assert leaked == []
    # The probe is able to see third-party imports at all.
    assert "cv2" in result["modules"] and "numpy" in result["modules"]
