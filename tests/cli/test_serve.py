"""`facestation serve` as a real process: it serves /api, logs one safe line per request and stops cleanly."""

from __future__ import annotations

import base64
import os
import re
import signal
import stat
from pathlib import Path

import cv2
import httpx
import pytest

from facestation.cli import main
from facestation.vision.faces import BGRImage
from tests.support.serve import start_serve

pytestmark = pytest.mark.slow


def test_serve_help_names_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    text = capsys.readouterr().out
    for option in ("--host", "--port", "--data-dir", "--rate-limit-per-hour", "--access-token-ttl", "--warm-up-from"):
        assert option in text


def test_serve_answers_logs_safely_and_stops_on_sigterm(tmp_path: Path, grace_hopper: BGRImage) -> None:
    grace_b64 = base64.b64encode(cv2.imencode(".jpg", grace_hopper)[1].tobytes()).decode()
    data_dir = tmp_path / "data"
    assert main(["admin", "--data-dir", str(data_dir), "create-client", "--client-id", "desk",
                 "--client-secret", "desk-secret"]) == 0
    assert main(["admin", "--data-dir", str(data_dir), "create-user", "--client-id", "desk", "--username",
                 "ann", "--password", "ann-password"]) == 0
    log_path = tmp_path / "service.log"
    serve = start_serve(None, data_dir, log_path, "--rate-limit-per-hour", "100", "--access-token-ttl", "600")
    process, base = serve.process, serve.base_url
    try:
        serve.wait_until_healthy(timeout=90)
        with httpx.Client(base_url=base, timeout=60) as http:
            token = http.post("/connect/token", data={
                "grant_type": "password", "client_id": "desk", "client_secret": "desk-secret",
                "username": "ann", "password": "ann-password"}).json()
            assert token["expires_in"] == 600
            http.headers["Authorization"] = f"Bearer {token['access_token']}"
            created = http.post("/v1/face", json={"faceImageBase64": grace_b64, "name": "Zebedee",
                                                   "surname1": "Quuxley", "externalIdentifier": "BADGE-98765"})
            assert created.status_code == 200, created.text
            fetched = http.get("/v1/face/externalIdentifier/BADGE-98765")
            assert fetched.status_code == 200
            assert fetched.headers["X-RateLimit-Limit"] == "100"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=30)
        finally:
            process.kill()
    log_text = log_path.read_text()
    # uvicorn shuts down gracefully, then re-raises the signal so the parent sees how the process ended.
    assert code in (0, -signal.SIGTERM), log_text
    assert "Application shutdown complete" in log_text
    access = [line for line in log_text.splitlines() if "facestation.service.access" in line]
    assert len(access) == 4, log_text
    assert re.search(r"POST /api/connect/token 200 \d+\.\d ms$", access[1])
    assert re.search(r"GET /api/v1/face/externalIdentifier/\{identifier\} 200 \d+\.\d ms$", access[3])
    for secret in ("BADGE-98765", "Zebedee", "Quuxley", "ann-password", "desk-secret", token["access_token"][:20]):
        assert secret not in log_text
    key = data_dir / "jwt-signing.key"
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
