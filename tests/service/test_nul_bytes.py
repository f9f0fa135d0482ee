"""A NUL character (U+0000) in any string of a request is refused at the edge with the usual 400.

SQLite stores it; PostgreSQL's text types refuse it, which reached the database as a 500 (issue 15 row 12).
The service now refuses it the same way on every database, before any lookup: the create/update endpoints
with their errors list (code InvalidRequest), the others with "Invalid content". Runs against the embedded
service (SQLite) and the PostgreSQL pair.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.service.conftest import Tenant, assert_invalid_request

GUID = "0f8fad5b-d9cb-469f-a165-70867728950e"
NUL = "\x00"

# (method, path, JSON body or None, the answer's shape)
BODIES: list[tuple[str, str, dict[str, Any] | None, str]] = [
    ("POST", "/v1/face", {"name": f"Gr{NUL}ace", "surname1": "Hopper"}, "create"),
    ("POST", "/v1/face", {"name": "Grace", "surname1": "Hopper", "externalIdentifier": f"E{NUL}1"}, "create"),
    ("POST", "/v1/face", {"name": "Grace", "surname1": "Hopper", "faceImageBase64": f"AA{NUL}A"}, "create"),
    ("POST", "/v1/face", {"name": "Grace", "surname1": "Hopper", "faceListId": f"{GUID}{NUL}"}, "create"),
    ("PUT", "/v1/face", {"identifier": GUID, "name": "Grace", "surname1": f"Hop{NUL}per"}, "update"),
    ("PUT", "/v1/face", {"externalIdentifier": f"E{NUL}", "name": "Grace", "surname1": "Hopper"}, "update"),
    ("POST", "/v1/face/list", {"name": f"Visitors{NUL}"}, "create"),
    ("POST", "/v1/face/list", {"name": "Visitors", "description": f"a{NUL}b"}, "create"),
    ("PUT", "/v1/face/list", {"identifier": GUID, "name": "Visitors", "description": f"a{NUL}b"}, "update"),
    ("POST", "/v1/face/list/AddFaceRecord", {"faceRecordExternalIdentifier": f"E{NUL}", "faceListName": "L"}, "plain"),
    ("POST", "/v1/face/list/RemoveFaceRecord", {"faceRecordId": GUID, "faceListName": f"L{NUL}"}, "plain"),
    ("POST", "/v1/face/identifyRecord", {"faceImageBase64": "AAAA", "faceRecordExternalIdentifier": f"E{NUL}"},
     "plain"),
    ("POST", "/v1/face/identifyReferenceImage", {"faceImageBase64": "AAAA", "referenceImageBase64": f"A{NUL}AA"},
     "plain"),
    ("POST", "/v1/face/list/identify", {"faceImageBase64": "AAAA", "faceListName": f"L{NUL}"}, "plain"),
    ("GET", "/v1/face?search=Gr%00ace", None, "plain"),
    ("GET", "/v1/face/externalIdentifier/E%001", None, "plain"),
    ("DELETE", "/v1/face/externalIdentifier/E%001", None, "plain"),
    ("GET", f"/v1/face/{GUID}%00", None, "plain"),
    ("DELETE", f"/v1/face/{GUID}%00", None, "plain"),
    ("GET", f"/v1/face/list/{GUID}%00", None, "plain"),
    ("DELETE", f"/v1/face/list/{GUID}%00", None, "plain"),
    ("GET", f"/v1/face/list/{GUID}%00/records", None, "plain"),
]


@pytest.mark.parametrize(("method", "path", "body", "shape"), BODIES,
                         ids=[f"{method} {path.split('?')[0]} {i}" for i, (method, path, _, _) in enumerate(BODIES)])
def test_a_nul_character_is_400_invalid_request(
    tenant: Tenant, method: str, path: str, body: dict[str, Any] | None, shape: str
) -> None:
    response = tenant.http.request(method, path, json=body)
    description = assert_invalid_request(response, shape)
    assert "NUL character" in description, description


def test_nothing_was_written(tenant: Tenant) -> None:
    tenant.http.post("/v1/face/list", json={"name": "Visitors", "description": f"a{NUL}b"})
    assert tenant.http.get("/v1/face/list").json() == []


def test_a_nul_character_still_needs_a_token(tenant: Tenant) -> None:
    with httpx.Client(base_url=str(tenant.http.base_url), timeout=30) as anonymous:
        response = anonymous.get("/v1/face?search=Gr%00ace")
    assert response.status_code == 401
