"""The client example of docs/api-client.md runs as written against the real local service (only the placeholders
change)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import cv2

from facestation.vision.faces import BGRImage
from tests.service.conftest import LiveService, Tenant

API_CLIENT_GUIDE = Path(__file__).resolve().parents[2] / "docs" / "api-client.md"


def guide_client_example() -> str:
    match = re.search(r"```python\n(.*?)```", API_CLIENT_GUIDE.read_text(encoding="utf-8"), re.DOTALL)
    assert match, "docs/api-client.md has no Python example"
    return match.group(1)


def test_readme_example_enrols_and_verifies(live: LiveService, tenant: Tenant, grace_hopper: BGRImage,
                                            tmp_path: Path) -> None:
    code = guide_client_example()
    for placeholder, value in {"http://127.0.0.1:8080/api": live.base_url, '"frontdesk"': repr(tenant.client_id),
                               '"CLIENT-SECRET"': repr(tenant.client_secret), '"reception"': repr(tenant.username),
                               '"PASSWORD"': repr(tenant.password)}.items():
        assert placeholder in code, placeholder
        code = code.replace(placeholder, value)
    cv2.imwrite(str(tmp_path / "ada.jpg"), grace_hopper)
    cv2.imwrite(str(tmp_path / "at-the-door.jpg"), cv2.flip(grace_hopper, 1))
    # The example's client keeps its call budget in the user's state dir: point that at the test's folder.
    environment = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    completed = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                               timeout=120, check=False, env=environment)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("Ada Lovelace: same person ("), completed.stdout
