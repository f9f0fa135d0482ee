"""Restart persistence: stop a service and start a new one on the same data dir. Records (with their images and
descriptors), lists and memberships, users and their refresh tokens, the signing key (an access token issued
before the restart stays valid), credits and the calls-per-hour count all survive."""

from __future__ import annotations

import base64
from pathlib import Path

from facestation.service.tokens import SIGNING_KEY_FILE_NAME
from tests.service.conftest import (
    LiveService,
    RunningService,
    b64,
    create_list,
    enrol,
    start_service,
)

RATE_LIMIT = 20


def test_everything_survives_a_restart(
    tmp_path: Path, grace_b64: str, astronaut_b64: str, grace_variant_b64: str, astronaut_variant_b64: str
) -> None:
    first: LiveService | None = start_service(tmp_path, engine_workers=1, rate_limit_per_hour=RATE_LIMIT)
    assert first is not None
    second: LiveService | None = None
    try:
        tenant = first.new_tenant(credits=5)
        http = tenant.http
        staff = create_list(http, "Staff", "Everyone on site")
        visitors = create_list(http, "Visitors")
        grace = enrol(http, grace_b64, "Grace", "Hopper", surname2="Murray", externalIdentifier="P-1",
                      additionalDataFileBase64=b64(b"notes"), additionalDataFileName="notes.txt", faceListId=staff)
        eileen = enrol(http, astronaut_b64, "Eileen", "Collins", faceListId=staff, enabled=False)
        assert http.post("/v1/face/list/AddFaceRecord", json={"faceRecordId": grace, "faceListId": visitors}).json()
        # Warm the 1:N cache before the restart, and spend a credit.
        found = http.post("/v1/face/list/identify", json={"faceImageBase64": grace_variant_b64, "faceListId": staff})
        assert found.json()["identifier"] == grace
        before = {
            "grace": http.get(f"/v1/face/{grace}").json(),
            "eileen": http.get(f"/v1/face/{eileen}").json(),
            "lists": http.get("/v1/face/list").json(),
        }
        last = http.get("/v1/face/list")
        remaining_before = int(last.headers["X-RateLimit-Remaining"])
        assert remaining_before == RATE_LIMIT - 10
        key_before = (tmp_path / SIGNING_KEY_FILE_NAME).read_bytes()
        old_token = dict(tenant.token)

        first.stop()
        first = None
        second = start_service(tmp_path, engine_workers=1, rate_limit_per_hour=RATE_LIMIT)
        http.base_url = second.base_url  # a new port; the same bearer header

        # The access token issued by the first service is still valid, and the count went on.
        response = http.get("/v1/face/list")
        assert response.status_code == 200, response.text
        assert int(response.headers["X-RateLimit-Remaining"]) == remaining_before - 1
        assert response.json() == before["lists"]
        assert (tmp_path / SIGNING_KEY_FILE_NAME).read_bytes() == key_before
        assert http.get(f"/v1/face/{grace}").json() == before["grace"]
        assert http.get(f"/v1/face/{eileen}").json() == before["eileen"]
        assert base64.b64decode(before["grace"]["faceImageBase64"]) == base64.b64decode(grace_b64)
        assert http.get("/v1/face/externalIdentifier/P-1").json()["identifier"] == grace
        assert [r["identifier"] for r in http.get(f"/v1/face/list/{visitors}/records").json()["records"]] == [grace]

        # Descriptors survive: 1:1 and 1:N recognise the same people; the disabled record stays disabled.
        one_to_one = http.post("/v1/face/identifyRecord",
                               json={"faceImageBase64": grace_variant_b64, "faceRecordExternalIdentifier": "P-1"})
        assert one_to_one.json()["result"] == 0
        one_to_many = http.post("/v1/face/list/identify",
                                json={"faceImageBase64": grace_variant_b64, "faceListName": "Staff"})
        assert one_to_many.json()["identifier"] == grace
        disabled = http.post("/v1/face/list/identify",
                             json={"faceImageBase64": astronaut_variant_b64, "faceListId": staff})
        assert disabled.json()["identifier"] is None
        client = second.store.accounts.get_client(tenant.client_id)
        assert client is not None and client.credits == 5 - 4

        # Users, passwords and refresh tokens survive.
        refreshed = http.post("/connect/token", data={
            "grant_type": "refresh_token", "client_id": tenant.client_id, "client_secret": tenant.client_secret,
            "refresh_token": old_token["refresh_token"]})
        assert refreshed.status_code == 200, refreshed.text
        assert refreshed.json()["refresh_token"] == old_token["refresh_token"]
        assert tenant.sign_in()["access_token"]
    finally:
        for live in (first, second):
            if live is not None:
                live.stop()


def test_a_new_data_dir_gets_its_own_signing_key(tmp_path: Path, service: RunningService) -> None:
    """Tokens of one installation mean nothing to another."""
    other = start_service(tmp_path, engine_workers=1)
    try:
        tenant = service.new_tenant()
        try:
            assert (tmp_path / SIGNING_KEY_FILE_NAME).read_bytes() != service.signing_key()
            with other.client(headers={"Authorization": f"Bearer {tenant.token['access_token']}"}) as http:
                response = http.get("/v1/face/list")
                assert response.status_code == 401
                assert response.content == b""
        finally:
            tenant.http.close()
    finally:
        other.stop()

