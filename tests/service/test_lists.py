"""Face lists over HTTP: the guide's section 4 (create, update, delete, get, AddFaceRecord), the list
extensions (all lists, members, RemoveFaceRecord), every list error code, and tenant isolation of lists."""

from __future__ import annotations

import re
import time
import uuid
from datetime import UTC, datetime

import httpx
import pytest

from tests.service.conftest import (
    GUID_PATTERN,
    RunningService,
    Tenant,
    assert_create_errors,
    assert_update_errors,
    create_list,
    enrol,
)
from tests.support.ids import fixed_uuid

LIST_FIELDS = {"identifier", "name", "description", "createdUtc"}


def assert_not_found(response: httpx.Response, code: str = "FaceListNotFound") -> None:
    assert response.status_code == 404, response.text
    if response.content:
        assert response.json().get("code") == code


def get_list(http: httpx.Client, identifier: str) -> dict:
    response = http.get(f"/v1/face/list/{identifier}")
    assert response.status_code == 200, response.text
    return response.json()


def member_ids(http: httpx.Client, list_id: str) -> list[str]:
    response = http.get(f"/v1/face/list/{list_id}/records")
    assert response.status_code == 200, response.text
    return [record["identifier"] for record in response.json()["records"]]


def add(http: httpx.Client, **body: str) -> httpx.Response:
    return http.post("/v1/face/list/AddFaceRecord", json=body)


def remove(http: httpx.Client, **body: str) -> httpx.Response:
    return http.post("/v1/face/list/RemoveFaceRecord", json=body)


@pytest.fixture(scope="module")
def two_records(module_tenant: Tenant, grace_b64: str, astronaut_b64: str) -> dict[str, str]:
    """Two records of the module's tenant, in no list, for the membership tests."""
    return {
        "grace": enrol(module_tenant.http, grace_b64, "Grace", "Hopper", externalIdentifier="L-GRACE"),
        "eileen": enrol(module_tenant.http, astronaut_b64, "Eileen", "Collins", externalIdentifier="L-EILEEN"),
    }


# -- create, get, update, delete ---------------------------------------------------------------------------


def test_create_and_get_a_list(tenant: Tenant) -> None:
    before = time.time()
    response = tenant.http.post("/v1/face/list", json={"name": "Visitors", "description": "Front desk"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"identifier", "errors"} and body["errors"] == []
    assert re.match(GUID_PATTERN, body["identifier"])
    face_list = get_list(tenant.http, body["identifier"])
    assert set(face_list) == LIST_FIELDS
    assert (face_list["identifier"], face_list["name"], face_list["description"]) == (
        body["identifier"], "Visitors", "Front desk")
    created = datetime.strptime(face_list["createdUtc"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()
    assert before - 2 <= created <= time.time() + 1


def test_description_is_optional(tenant: Tenant) -> None:
    identifier = tenant.http.post("/v1/face/list", json={"name": "No description"}).json()["identifier"]
    assert get_list(tenant.http, identifier)["description"] is None


@pytest.mark.parametrize("body", [{}, {"name": ""}, {"name": "   "}, {"name": None, "description": "x"}])
def test_a_list_needs_a_name(module_tenant: Tenant, body: dict) -> None:
    assert_create_errors(module_tenant.http.post("/v1/face/list", json=body), "FaceListNameRequired")


def test_list_names_are_unique_per_tenant(tenant: Tenant, service: RunningService) -> None:
    create_list(tenant.http, "Staff")
    assert_create_errors(tenant.http.post("/v1/face/list", json={"name": "Staff"}), "FaceListNameAlreadyExists")
    other = service.new_tenant()
    try:
        create_list(other.http, "Staff")  # another tenant's namespace
    finally:
        other.http.close()


def test_update_replaces_name_and_description(tenant: Tenant) -> None:
    identifier = create_list(tenant.http, "Old", "old description")
    before = get_list(tenant.http, identifier)
    response = tenant.http.put("/v1/face/list", json={"identifier": identifier, "name": "New", "description": "new"})
    assert response.status_code == 200, response.text
    assert response.json() == {"result": True, "errors": []}
    after = get_list(tenant.http, identifier)
    assert (after["name"], after["description"]) == ("New", "new")
    assert after["createdUtc"] == before["createdUtc"]
    # Keeping its own name is not a clash.
    same = tenant.http.put("/v1/face/list", json={"identifier": identifier, "name": "New", "description": None})
    assert same.json() == {"result": True, "errors": []}
    assert get_list(tenant.http, identifier)["description"] is None


def test_update_errors(tenant: Tenant) -> None:
    identifier = create_list(tenant.http, "Mine")
    create_list(tenant.http, "Taken")
    cases = [
        ({"identifier": identifier, "name": ""}, ["FaceListNameRequired"]),
        ({"identifier": identifier}, ["FaceListNameRequired"]),
        ({"identifier": identifier, "name": "Taken"}, ["FaceListNameAlreadyExists"]),
        ({"identifier": str(uuid.uuid4()), "name": "Whatever"}, ["FaceListNotFound"]),
        ({"identifier": "not-a-guid", "name": "Whatever"}, ["FaceListNotFound"]),
        ({"name": "Whatever"}, ["FaceListNotFound"]),
    ]
    for body, codes in cases:
        assert_update_errors(tenant.http.put("/v1/face/list", json=body), *codes)
    assert get_list(tenant.http, identifier)["name"] == "Mine"


def test_delete_removes_the_list_but_never_its_records(tenant: Tenant, grace_b64: str) -> None:
    list_id = create_list(tenant.http, "Temporary")
    record_id = enrol(tenant.http, grace_b64, faceListId=list_id)
    response = tenant.http.delete(f"/v1/face/list/{list_id}")
    assert response.status_code == 200
    assert response.json() is True
    assert_not_found(tenant.http.get(f"/v1/face/list/{list_id}"))
    assert_not_found(tenant.http.delete(f"/v1/face/list/{list_id}"))
    assert_not_found(tenant.http.get(f"/v1/face/list/{list_id}/records"))
    record = tenant.http.get(f"/v1/face/{record_id}")
    assert record.status_code == 200
    assert record.json()["faceListId"] is None  # its primary list is gone
    # The name is free again.
    create_list(tenant.http, "Temporary")


@pytest.mark.parametrize("identifier", [fixed_uuid("unknown"), "not-a-guid"])
def test_unknown_lists_are_404(module_tenant: Tenant, identifier: str) -> None:
    http = module_tenant.http
    assert_not_found(http.get(f"/v1/face/list/{identifier}"))
    assert_not_found(http.delete(f"/v1/face/list/{identifier}"))
    assert_not_found(http.get(f"/v1/face/list/{identifier}/records"))


# -- memberships -------------------------------------------------------------------------------------------


def test_add_face_record_by_identifiers_and_by_names(module_tenant: Tenant, two_records: dict[str, str]) -> None:
    http = module_tenant.http
    list_id = create_list(http, "Add-by-both")
    response = add(http, faceRecordId=two_records["grace"], faceListId=list_id)
    assert response.status_code == 200, response.text
    assert response.json() is True
    response = add(http, faceRecordExternalIdentifier="L-EILEEN", faceListName="Add-by-both")
    assert response.json() is True
    assert sorted(member_ids(http, list_id)) == sorted(two_records.values())
    # Adding again changes nothing.
    assert add(http, faceRecordId=two_records["grace"], faceListId=list_id).json() is True
    assert len(member_ids(http, list_id)) == 2
    # AddFaceRecord adds further lists: the record's primary list stays as it was (none).
    assert http.get(f"/v1/face/{two_records['grace']}").json()["faceListId"] is None


def test_a_record_can_be_in_several_lists(module_tenant: Tenant, two_records: dict[str, str]) -> None:
    http = module_tenant.http
    first, second = create_list(http, "Several-1"), create_list(http, "Several-2")
    for list_id in (first, second):
        assert add(http, faceRecordId=two_records["grace"], faceListId=list_id).json() is True
    assert member_ids(http, first) == member_ids(http, second) == [two_records["grace"]]


def test_remove_face_record(module_tenant: Tenant, two_records: dict[str, str]) -> None:
    http = module_tenant.http
    list_id = create_list(http, "Remove")
    add(http, faceRecordId=two_records["grace"], faceListId=list_id)
    add(http, faceRecordId=two_records["eileen"], faceListId=list_id)
    response = remove(http, faceRecordExternalIdentifier="L-GRACE", faceListName="Remove")
    assert response.status_code == 200, response.text
    assert response.json() is True
    assert member_ids(http, list_id) == [two_records["eileen"]]
    assert remove(http, faceRecordId=two_records["grace"], faceListId=list_id).json() is False  # not a member now
    assert http.get(f"/v1/face/{two_records['grace']}").status_code == 200  # the record stays


def test_leaving_the_primary_list_clears_face_list_id(tenant: Tenant, grace_b64: str) -> None:
    list_id = create_list(tenant.http, "Primary")
    record_id = enrol(tenant.http, grace_b64, faceListId=list_id)
    assert remove(tenant.http, faceRecordId=record_id, faceListId=list_id).json() is True
    assert tenant.http.get(f"/v1/face/{record_id}").json()["faceListId"] is None
    assert member_ids(tenant.http, list_id) == []


@pytest.mark.parametrize("endpoint", ["AddFaceRecord", "RemoveFaceRecord"])
def test_membership_errors(module_tenant: Tenant, two_records: dict[str, str], endpoint: str) -> None:
    http = module_tenant.http
    list_id = create_list(http, f"Errors-{endpoint}")
    path = f"/v1/face/list/{endpoint}"
    grace = two_records["grace"]
    not_found = [
        ({"faceRecordId": str(uuid.uuid4()), "faceListId": list_id}, "FaceRecordNotFound"),
        ({"faceRecordId": "not-a-guid", "faceListId": list_id}, "FaceRecordNotFound"),
        ({"faceRecordExternalIdentifier": "nobody", "faceListId": list_id}, "FaceRecordNotFound"),
        ({"faceRecordId": grace, "faceListId": str(uuid.uuid4())}, "FaceListNotFound"),
        ({"faceRecordId": grace, "faceListId": "not-a-guid"}, "FaceListNotFound"),
        ({"faceRecordId": grace, "faceListName": "No such list"}, "FaceListNotFound"),
    ]
    for body, code in not_found:
        assert_not_found(http.post(path, json=body), code)
    # Naming neither a record nor a list is an invalid request, not a missing one.
    for body in ({"faceListId": list_id}, {"faceRecordId": grace}, {}):
        response = http.post(path, json=body)
        assert response.status_code == 400, response.text
        assert response.json()["error"] == "Invalid content"
    assert member_ids(http, list_id) == []


# -- extensions: all lists, members ------------------------------------------------------------------------


def test_all_lists_of_the_tenant_with_their_record_counts(tenant: Tenant, grace_b64: str) -> None:
    assert tenant.http.get("/v1/face/list").json() == []
    zebra, alpha = create_list(tenant.http, "Zebra", "last"), create_list(tenant.http, "Alpha")
    enrol(tenant.http, grace_b64, faceListId=zebra)
    enrol(tenant.http, grace_b64, faceListId=zebra)
    response = tenant.http.get("/v1/face/list")
    assert response.status_code == 200, response.text
    lists = response.json()
    assert [item["identifier"] for item in lists] == [alpha, zebra]  # by name
    assert [item["recordCount"] for item in lists] == [0, 2]
    assert {key: lists[1][key] for key in LIST_FIELDS} == get_list(tenant.http, zebra)


def test_members_are_paged(tenant: Tenant, grace_b64: str) -> None:
    list_id = create_list(tenant.http, "Paged")
    ids = [enrol(tenant.http, grace_b64, "Person", f"Surname{i}", faceListId=list_id) for i in range(3)]
    enrol(tenant.http, grace_b64, "Not", "Member")
    response = tenant.http.get(f"/v1/face/list/{list_id}/records", params={"offset": 1, "limit": 1})
    assert response.status_code == 200, response.text
    page = response.json()
    assert (page["total"], page["offset"], page["limit"]) == (3, 1, 1)
    assert [r["identifier"] for r in page["records"]] == [ids[1]]  # ordered by surname1
    assert "faceImageBase64" not in page["records"][0]
    assert member_ids(tenant.http, list_id) == ids
    # Past 2**63 - 1 the offset does not fit the database's integer: it was a 500 from SQLite.
    for params in ({"limit": 0}, {"limit": 501}, {"offset": -1}, {"offset": 2**63},
                   {"offset": 3821498771563708153856}):
        refused = tenant.http.get(f"/v1/face/list/{list_id}/records", params=params)
        assert (refused.status_code, refused.json()["error"]) == (400, "Invalid content"), refused.text
    last = tenant.http.get(f"/v1/face/list/{list_id}/records", params={"offset": 2**63 - 1, "limit": 500})
    assert (last.status_code, last.json()["total"], last.json()["records"]) == (200, 3, []), last.text


# -- tenant isolation --------------------------------------------------------------------------------------


def test_another_tenants_list_is_not_found_anywhere(
    tenant: Tenant, service: RunningService, grace_b64: str, grace_variant_b64: str
) -> None:
    owner = service.new_tenant()
    try:
        list_id = create_list(owner.http, "Owners only")
        owner_record = enrol(owner.http, grace_b64, faceListId=list_id)
        mine = enrol(tenant.http, grace_b64, externalIdentifier="MINE")
        http = tenant.http
        for response in (
            http.get(f"/v1/face/list/{list_id}"),
            http.delete(f"/v1/face/list/{list_id}"),
            http.get(f"/v1/face/list/{list_id}/records"),
            add(http, faceRecordId=mine, faceListId=list_id),
            add(http, faceRecordId=mine, faceListName="Owners only"),  # names do not resolve across tenants
            remove(http, faceRecordId=mine, faceListId=list_id),
            remove(http, faceRecordId=mine, faceListName="Owners only"),
            http.post("/v1/face/list/identify", json={"faceImageBase64": grace_variant_b64, "faceListId": list_id}),
            http.post("/v1/face/list/identify", json={"faceImageBase64": grace_variant_b64,
                                                      "faceListName": "Owners only"}),
        ):
            assert_not_found(response)
        assert_update_errors(http.put("/v1/face/list", json={"identifier": list_id, "name": "Hijacked"}),
                             "FaceListNotFound")
        assert_create_errors(http.post("/v1/face", json={
            "faceImageBase64": grace_b64, "name": "A", "surname1": "B", "faceListId": list_id}), "FaceListNotFound")
        assert_update_errors(http.put("/v1/face", json={"identifier": mine, "name": "A", "surname1": "B",
                                                        "faceListId": list_id}), "FaceListNotFound")
        assert http.get("/v1/face/list").json() == []
        # The same name is free in this tenant, and the owner's list is untouched.
        create_list(http, "Owners only")
        assert get_list(owner.http, list_id)["name"] == "Owners only"
        assert member_ids(owner.http, list_id) == [owner_record]
    finally:
        owner.http.close()
