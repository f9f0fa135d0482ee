"""The frozen build: PyInstaller builds packaging/facestation.spec into a temporary folder (about a minute on two
cores), then the frozen programs run for real: `--version`, `check` on photos, and the built-in service
(provisioned with the frozen `admin`, started by LocalService as a frozen station does, with a recognition call
that runs in its spawned worker processes).

Needs PyInstaller (the `packaging` extra; the `test` extra has it too) and, on Linux, binutils (objdump).
FACESTATION_FROZEN_BUILD=0 skips it; FACESTATION_FROZEN_DIST=DIR tests an existing build instead of making one.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

import facestation
from facestation.api import FaceCheckClient, ResultCode
from facestation.station.core import local_service
from facestation.station.core.local_service import LocalService, provision
from facestation.vision.faces import BGRImage

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "facestation.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
BUILD_TIMEOUT = 900

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(BUILD_TIMEOUT + 300),
    pytest.mark.skipif(os.environ.get("FACESTATION_FROZEN_BUILD") == "0", reason="FACESTATION_FROZEN_BUILD=0"),
]


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """dist/FaceStation of a fresh build (or of FACESTATION_FROZEN_DIST)."""
    existing = os.environ.get("FACESTATION_FROZEN_DIST")
    if existing:
        yield Path(existing)
        return
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e '.[packaging]')")
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        pytest.skip("PyInstaller needs objdump on Linux: apt-get install binutils")
    folder = tmp_path_factory.mktemp("frozen")
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
         str(folder / "dist"), "--workpath", str(folder / "work"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False)
    assert completed.returncode == 0, completed.stderr[-5000:]
    dist = folder / "dist" / "FaceStation"
    size = sum(path.stat().st_size for path in dist.rglob("*") if path.is_file() and not path.is_symlink())
    print(f"\nfrozen build: {time.monotonic() - started:.0f} s, {size / 1e6:.0f} MB in {dist}")
    shutil.rmtree(folder / "work", ignore_errors=True)  # intermediate files
    yield dist
    shutil.rmtree(folder, ignore_errors=True)  # 600 MB: pytest would keep the last three runs' copies


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory, compliant_portrait: BGRImage) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("photos")
    gradient = np.linspace(90, 170, 640, dtype=np.float32)[None, :, None]
    empty_room = np.ascontiguousarray(np.broadcast_to(gradient, (480, 640, 3)).astype(np.uint8))
    files = {"portrait": folder / "portrait.jpg", "empty": folder / "empty room.png"}
    assert cv2.imwrite(str(files["portrait"]), compliant_portrait)
    assert cv2.imwrite(str(files["empty"]), empty_room)
    return files


def run_frozen(program: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], capture_output=True, text=True, timeout=timeout, check=False,
                          stdin=subprocess.DEVNULL)


def test_the_build_holds_what_the_station_loads(frozen: Path) -> None:
    assert (frozen / f"facestation{EXE_SUFFIX}").is_file()
    assert (frozen / f"facestation-station{EXE_SUFFIX}").is_file()
    internal = frozen / "_internal"
    models = internal / "face_recognition_models" / "models"
    assert sorted(path.name for path in models.iterdir()) == [
        "dlib_face_recognition_resnet_model_v1.dat", "shape_predictor_68_face_landmarks.dat"]
    migrations = internal / "facestation" / "store" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    source_versions = sorted(path.name for path in (ROOT / "facestation/store/migrations/versions").glob("*.py"))
    assert source_versions and sorted(path.name for path in (migrations / "versions").glob("*.py")) == source_versions
    translations = sorted(path.name for path in (ROOT / "facestation/station/ui/translations").glob("*.qm"))
    shipped = internal / "facestation" / "station" / "ui" / "translations"
    assert all((shipped / name).is_file() for name in translations)
    qt = internal / "PySide6" / "Qt"
    qt_files = {path.relative_to(qt).as_posix() for path in qt.rglob("*") if path.is_file()}

    def has(prefix: str, part: str) -> bool:
        return any(name.startswith(prefix) and part in name.lower() for name in qt_files)

    assert has("plugins/multimedia/", "ffmpegmediaplugin")  # the camera
    assert has("plugins/imageformats/", "qsvg") and has("plugins/iconengines/", "qsvgicon")  # the theme's icons
    assert has("plugins/imageformats/", "qjpeg")
    assert has("plugins/platforms/", "offscreen")
    assert has("translations/", "qtbase_es")  # Qt's own strings (buttons of standard dialogs) in Spanish
    assert not any("webengine" in name.lower() or "virtualkeyboard" in name.lower() or "3dcore" in name.lower()
                   for name in qt_files)


def test_version(frozen: Path) -> None:
    completed = run_frozen(frozen / "facestation", "--version")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == f"facestation {facestation.__version__}"


def test_check_runs_the_quality_rules_with_the_bundled_models(frozen: Path, photos: dict[str, Path]) -> None:
    passing = run_frozen(frozen / "facestation", "check", str(photos["portrait"]))
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert f"{photos['portrait']}: PASS" in passing.stdout
    assert "isFrontal" in passing.stdout  # the 68-point landmarks were loaded: head pose is measured

    failing = run_frozen(frozen / "facestation", "check", "--json", str(photos["empty"]), str(photos["portrait"]))
    assert failing.returncode == 1, failing.stderr
    reports = [json.loads(line) for line in failing.stdout.splitlines()]
    assert [report["faces"] for report in reports] == [0, 1]
    assert not reports[0]["checks"]["onlyOneFaceVisible"]["passed"] and reports[0]["guidance"]

    missing = run_frozen(frozen / "facestation", "check", str(photos["portrait"].with_name("nobody.jpg")))
    assert missing.returncode == 2 and "nobody.jpg" in missing.stderr and "Traceback" not in missing.stderr


@pytest.fixture
def frozen_station(frozen: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """This process as a frozen station sees itself: `sys.frozen`, and the windowed executable as its program."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    return str(frozen / f"facestation-station{EXE_SUFFIX}")


def test_the_frozen_service_provisions_starts_and_recognises(frozen_station: str, tmp_path: Path,
                                                            grace_hopper: BGRImage) -> None:
    service_dir = tmp_path / "station-service"
    account = provision(service_dir, operator_username="reception", operator_password="front desk 7",
                        python=frozen_station)
    service = LocalService(service_dir, python=frozen_station, workers=1)
    assert service.command(1)[0] == str(Path(frozen_station).with_name(f"facestation{EXE_SUFFIX}"))
    started = time.monotonic()
    try:
        base_url = service.start(timeout=120)
        print(f"\nfrozen service answered after {time.monotonic() - started:.1f} s")

        async def verify() -> tuple[ResultCode, float]:
            async with FaceCheckClient(base_url, account.client_id, account.client_secret) as client:
                await client.login("reception", "front desk 7")
                # Runs in the service's recognition worker: a spawned process of the frozen executable.
                result = await client.recognition.identify_reference_image(face_image=grace_hopper,
                                                                           reference_image=grace_hopper)
                return result.result, result.confidence

        code, confidence = asyncio.run(verify())
        assert code == ResultCode.OK and confidence > 0.9
    finally:
        service.stop()
    log = (service_dir / local_service.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Application shutdown complete" in log
    assert "Traceback" not in log
    assert local_service.facestation_command(frozen_station) == [service.command(1)[0]]
