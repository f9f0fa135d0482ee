"""Face records over HTTP: the guide's section 3 (create, update, delete, get), the record search extension,
every validation error code of records, and tenant isolation of records."""

from __future__ import annotations

import base64
import re
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from urllib.parse import quote

import httpx
import pytest

from tests.service.conftest import (
    GUID_PATTERN,
    RECORD_FIELDS,
    RunningService,
    Tenant,
    assert_create_errors,
    assert_update_errors,
    b64,
    create_list,
    enrol,
)
from tests.support.ids import fixed_uuid

ADDITIONAL_FILE = b"employee;badge\n1234;A-17\n"


def assert_not_found(response: httpx.Response, code: str = "FaceRecordNotFound") -> None:
    """404; the guide's 404 has no body, ours may name what was not found."""
    assert response.status_code == 404, response.text
    if response.content:
        assert response.json().get("code") == code


def get_record(http: httpx.Client, identifier: str) -> dict:
    response = http.get(f"/v1/face/{identifier}")
    assert response.status_code == 200, response.text
    return response.json()


def members(http: httpx.Client, list_id: str) -> list[str]:
    response = http.get(f"/v1/face/list/{list_id}/records")
    assert response.status_code == 200, response.text
    return [record["identifier"] for record in response.json()["records"]]


def search_total(http: httpx.Client, text: str = "") -> int:
    response = http.get("/v1/face", params={"search": text})
    assert response.status_code == 200, response.text
    return int(response.json()["total"])


# -- create and get ----------------------------------------------------------------------------------------


def test_create_answers_a_guid_and_get_returns_every_field(tenant: Tenant, grace_b64: str) -> None:
    list_id = create_list(tenant.http, "Staff")
    before = time.time()
    response = tenant.http.post("/v1/face", json={
        "faceImageBase64": grace_b64, "name": "Grace", "surname1": "Hopper", "surname2": "Murray",
        "externalIdentifier": "EMP-0001", "additionalDataFileBase64": b64(ADDITIONAL_FILE),
        "additionalDataFileName": "badge.csv", "faceListId": list_id, "enabled": True,
    })
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"identifier", "errors"} and body["errors"] == []
    assert re.match(GUID_PATTERN, body["identifier"])

    record = get_record(tenant.http, body["identifier"])
    assert set(record) == RECORD_FIELDS
    assert record["identifier"] == body["identifier"]
    assert (record["name"], record["surname1"], record["surname2"]) == ("Grace", "Hopper", "Murray")
    assert record["externalIdentifier"] == "EMP-0001"
    assert base64.b64decode(record["faceImageBase64"]) == base64.b64decode(grace_b64)
    assert base64.b64decode(record["additionalDataFileBase64"]) == ADDITIONAL_FILE
    assert record["additionalDataFileName"] == "badge.csv"
    assert record["enabled"] is True
    assert record["faceListId"] == list_id
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", record["createdUtc"])
    created = datetime.strptime(record["createdUtc"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()
    assert before - 2 <= created <= time.time() + 1
    # The primary list also contains the record (api-decisions: membership is many-to-many).
    assert members(tenant.http, list_id) == [body["identifier"]]

    by_external = tenant.http.get("/v1/face/externalIdentifier/EMP-0001")
    assert by_external.status_code == 200
    assert by_external.json() == record


def test_optional_properties_are_null_and_enabled_defaults_to_true(tenant: Tenant, grace_b64: str) -> None:
    record = get_record(tenant.http, enrol(tenant.http, grace_b64, "Grace", "Hopper"))
    assert set(record) == RECORD_FIELDS  # writers omit nothing the guide lists
    for name in ("surname2", "externalIdentifier", "additionalDataFileBase64", "additionalDataFileName", "faceListId"):
        assert record[name] is None, name
    assert record["enabled"] is True


def test_a_record_created_disabled_stays_disabled(tenant: Tenant, grace_b64: str) -> None:
    record = get_record(tenant.http, enrol(tenant.http, grace_b64, enabled=False))
    assert record["enabled"] is False


def test_data_url_prefix_line_breaks_and_unknown_properties_are_accepted(tenant: Tenant, grace_b64: str) -> None:
    wrapped = "data:image/jpeg;base64," + "\n".join(grace_b64[i : i + 76] for i in range(0, len(grace_b64), 76))
    identifier = enrol(tenant.http, wrapped, somethingNew={"a": 1}, comment="readers accept unknown properties")
    assert base64.b64decode(get_record(tenant.http, identifier)["faceImageBase64"]) == base64.b64decode(grace_b64)


def test_enrolment_takes_the_largest_face_when_the_other_is_much_smaller(
    tenant: Tenant, grace_with_small_astronaut_b64: str, grace_variant_b64: str, astronaut_variant_b64: str
) -> None:
    identifier = enrol(tenant.http, grace_with_small_astronaut_b64)
    grace = tenant.http.post("/v1/face/identifyRecord",
                             json={"faceImageBase64": grace_variant_b64, "faceRecordIdentifier": identifier})
    astronaut = tenant.http.post("/v1/face/identifyRecord",
                                 json={"faceImageBase64": astronaut_variant_b64, "faceRecordIdentifier": identifier})
    assert grace.json()["result"] == 0
    assert astronaut.json()["result"] == 3


def test_get_by_an_external_identifier_with_reserved_characters(tenant: Tenant, grace_b64: str) -> None:
    external = "Pérez & Co #7? 100%"
    identifier = enrol(tenant.http, grace_b64, externalIdentifier=external)
    response = tenant.http.get("/v1/face/externalIdentifier/" + quote(external, safe=""))
    assert response.status_code == 200, response.text
    assert response.json()["identifier"] == identifier
    assert response.json()["externalIdentifier"] == external


def test_a_guid_in_capitals_names_the_same_record(tenant: Tenant, grace_b64: str) -> None:
    """GUIDs are case-insensitive (.NET clients often send them in capitals); answers use the stored spelling."""
    identifier = enrol(tenant.http, grace_b64)
    response = tenant.http.get(f"/v1/face/{identifier.upper()}")
    assert response.status_code == 200
    assert response.json()["identifier"] == identifier
    assert tenant.http.delete(f"/v1/face/{identifier.upper()}").json() is True


@pytest.mark.parametrize("path", [
    f"/v1/face/{fixed_uuid('unknown')}",
    "/v1/face/not-a-guid",
    "/v1/face/externalIdentifier/nobody-has-this",
])
def test_get_of_an_unknown_record_is_404(module_tenant: Tenant, path: str) -> None:
    assert_not_found(module_tenant.http.get(path))


# -- create: every validation error ------------------------------------------------------------------------


@pytest.mark.parametrize(("fields", "codes"), [
    ({"surname1": "Hopper"}, ["NameRequired"]),
    ({"name": "", "surname1": "Hopper"}, ["NameRequired"]),
    ({"name": "   ", "surname1": "Hopper"}, ["NameRequired"]),
    ({"name": "Grace"}, ["Surname1Required"]),
    ({"name": "Grace", "surname1": " "}, ["Surname1Required"]),
    ({"name": None, "surname1": None}, ["NameRequired", "Surname1Required"]),
])
def test_names_are_required(module_tenant: Tenant, grace_b64: str, fields: dict, codes: list[str]) -> None:
    response = module_tenant.http.post("/v1/face", json={"faceImageBase64": grace_b64, **fields})
    assert_create_errors(response, *codes)


@pytest.mark.parametrize("image", [None, ""], ids=["missing", "empty"])
def test_face_image_is_required(module_tenant: Tenant, image: str | None) -> None:
    body = {"name": "Grace", "surname1": "Hopper"}
    if image is not None:
        body["faceImageBase64"] = image
    assert_create_errors(module_tenant.http.post("/v1/face", json=body), "FaceImageRequired")


@pytest.mark.parametrize(("image_fixture", "code"), [
    ("bad_base64", "InvalidBase64"),
    ("not_an_image_b64", "InvalidImage"),
    ("huge_header_b64", "ImageTooLarge"),
    ("no_face_b64", "NoFaceDetected"),
    ("noise_b64", "NoFaceDetected"),
    ("two_faces_b64", "MultipleFacesDetected"),
    ("tiny_face_b64", "FaceTooSmall"),
])
def test_unusable_face_images_are_refused_with_their_code(
    module_tenant: Tenant, request: pytest.FixtureRequest, image_fixture: str, code: str
) -> None:
    image = "this is not base64!" if image_fixture == "bad_base64" else request.getfixturevalue(image_fixture)
    response = module_tenant.http.post("/v1/face", json={"faceImageBase64": image, "name": "A", "surname1": "B"})
    assert_create_errors(response, code)


def test_additional_data_needs_a_file_name(module_tenant: Tenant, grace_b64: str) -> None:
    base = {"faceImageBase64": grace_b64, "name": "Grace", "surname1": "Hopper",
            "additionalDataFileBase64": b64(ADDITIONAL_FILE)}
    assert_create_errors(module_tenant.http.post("/v1/face", json=base), "AdditionalDataFileNameRequired")
    blank = {**base, "additionalDataFileName": "  "}
    assert_create_errors(module_tenant.http.post("/v1/face", json=blank), "AdditionalDataFileNameRequired")
    bad = {**base, "additionalDataFileBase64": "%%%", "additionalDataFileName": "x.csv"}
    assert_create_errors(module_tenant.http.post("/v1/face", json=bad), "InvalidBase64")


@pytest.mark.parametrize("list_id", [fixed_uuid("unknown"), "not-a-guid"])
def test_an_unknown_face_list_is_refused(module_tenant: Tenant, grace_b64: str, list_id: str) -> None:
    response = module_tenant.http.post(
        "/v1/face", json={"faceImageBase64": grace_b64, "name": "Grace", "surname1": "Hopper", "faceListId": list_id}
    )
    assert_create_errors(response, "FaceListNotFound")


def test_external_identifiers_are_unique_per_tenant(
    tenant: Tenant, service: RunningService, grace_b64: str, astronaut_b64: str
) -> None:
    enrol(tenant.http, grace_b64, externalIdentifier="EMP-7")
    response = tenant.http.post("/v1/face", json={
        "faceImageBase64": astronaut_b64, "name": "Eileen", "surname1": "Collins", "externalIdentifier": "EMP-7"})
    assert_create_errors(response, "ExternalIdentifierAlreadyExists")
    # Another tenant may use the same external identifier.
    other = service.new_tenant()
    try:
        enrol(other.http, astronaut_b64, "Eileen", "Collins", externalIdentifier="EMP-7")
    finally:
        other.http.close()


def test_concurrent_creates_with_one_external_identifier(tenant: Tenant, service: RunningService, grace_b64: str) -> None:
    """Requests racing past the uniqueness check: one wins, the others get the error code, never a 500."""
    body = {"faceImageBase64": grace_b64, "name": "Grace", "surname1": "Hopper", "externalIdentifier": "RACE-1"}
    headers = dict(tenant.http.headers)

    def create(_: int) -> httpx.Response:
        with service.client(headers=headers) as http:
            return http.post("/v1/face", json=body)

    with ThreadPoolExecutor(4) as pool:
        responses = list(pool.map(create, range(4)))
    assert sorted(r.status_code for r in responses) == [200, 400, 400, 400], [r.text for r in responses]
    for response in responses:
        if response.status_code == 400:
            assert_create_errors(response, "ExternalIdentifierAlreadyExists")
    assert search_total(tenant.http, "RACE-1") == 1


def test_every_problem_is_reported_at_once_and_nothing_is_stored(tenant: Tenant, no_face_b64: str) -> None:
    response = tenant.http.post("/v1/face", json={
        "faceImageBase64": no_face_b64, "surname1": "", "additionalDataFileBase64": b64(b"x"),
        "faceListId": str(uuid.uuid4()),
    })
    assert_create_errors(response, "NameRequired", "Surname1Required", "NoFaceDetected",
                         "AdditionalDataFileNameRequired", "FaceListNotFound")
    assert search_total(tenant.http) == 0


# -- update ------------------------------------------------------------------------------------------------


@pytest.fixture()
def stored(tenant: Tenant, grace_b64: str) -> dict:
    """A complete record of Grace Hopper in list "A" (with a second, empty list "B")."""
    list_a, list_b = create_list(tenant.http, "A"), create_list(tenant.http, "B")
    identifier = enrol(tenant.http, grace_b64, "Grace", "Hopper", surname2="Murray", externalIdentifier="GH-1",
                       additionalDataFileBase64=b64(ADDITIONAL_FILE), additionalDataFileName="badge.csv",
                       faceListId=list_a)
    return {"id": identifier, "list_a": list_a, "list_b": list_b, "record": get_record(tenant.http, identifier)}


def identify(http: httpx.Client, image_b64: str, identifier: str) -> dict:
    response = http.post("/v1/face/identifyRecord", json={"faceImageBase64": image_b64, "faceRecordIdentifier": identifier})
    assert response.status_code == 200, response.text
    return response.json()


def identify_in_list(http: httpx.Client, image_b64: str, list_id: str) -> dict:
    response = http.post("/v1/face/list/identify", json={"faceImageBase64": image_b64, "faceListId": list_id})
    assert response.status_code == 200, response.text
    return response.json()


def test_update_by_identifier_replaces_names_and_keeps_what_is_omitted(
    tenant: Tenant, stored: dict, grace_variant_b64: str
) -> None:
    response = tenant.http.put("/v1/face", json={
        "identifier": stored["id"], "name": "Amazing", "surname1": "Grace", "additionalDataFileName": "badge-2.csv"})
    assert response.status_code == 200, response.text
    assert response.json() == {"result": True, "errors": []}
    after = get_record(tenant.http, stored["id"])
    assert (after["name"], after["surname1"], after["additionalDataFileName"]) == ("Amazing", "Grace", "badge-2.csv")
    unchanged = ("identifier", "faceImageBase64", "surname2", "externalIdentifier", "additionalDataFileBase64",
                 "enabled", "faceListId", "createdUtc")
    assert {k: after[k] for k in unchanged} == {k: stored["record"][k] for k in unchanged}
    # The omitted image keeps its descriptor too: the same person is still recognised.
    assert identify(tenant.http, grace_variant_b64, stored["id"])["result"] == 0


def test_update_by_external_identifier(tenant: Tenant, stored: dict) -> None:
    response = tenant.http.put("/v1/face", json={
        "externalIdentifier": "GH-1", "name": "Grace B.", "surname1": "Hopper", "additionalDataFileName": "badge.csv"})
    assert response.status_code == 200, response.text
    assert response.json() == {"result": True, "errors": []}
    assert get_record(tenant.http, stored["id"])["name"] == "Grace B."


def test_update_can_change_the_external_identifier(tenant: Tenant, stored: dict) -> None:
    response = tenant.http.put("/v1/face", json={
        "identifier": stored["id"], "externalIdentifier": "GH-2", "name": "Grace", "surname1": "Hopper",
        "additionalDataFileName": "badge.csv"})
    assert response.json() == {"result": True, "errors": []}
    assert tenant.http.get("/v1/face/externalIdentifier/GH-2").json()["identifier"] == stored["id"]
    assert_not_found(tenant.http.get("/v1/face/externalIdentifier/GH-1"))


@pytest.mark.parametrize("address", [
    {"identifier": fixed_uuid("unknown")},
    {"identifier": "not-a-guid"},
    {"externalIdentifier": "nobody-has-this"},
    {},
], ids=["unknown-guid", "not-a-guid", "unknown-external", "no-address"])
def test_update_of_an_unknown_record(module_tenant: Tenant, address: dict) -> None:
    response = module_tenant.http.put("/v1/face", json={**address, "name": "A", "surname1": "B"})
    assert_update_errors(response, "FaceRecordNotFound")


def test_update_validation_errors_leave_the_record_unchanged(
    tenant: Tenant, stored: dict, grace_b64: str, no_face_b64: str, astronaut_b64: str
) -> None:
    enrol(tenant.http, astronaut_b64, "Eileen", "Collins", externalIdentifier="EC-1")
    key = {"identifier": stored["id"]}
    names = {"name": "Grace", "surname1": "Hopper", "additionalDataFileName": "badge.csv"}
    cases = [
        ({**key, "surname1": "Hopper", "additionalDataFileName": "badge.csv"}, ["NameRequired"]),
        ({**key, "name": "Grace", "surname1": "", "additionalDataFileName": "badge.csv"}, ["Surname1Required"]),
        ({**key, **names, "faceImageBase64": no_face_b64}, ["NoFaceDetected"]),
        ({**key, **names, "faceImageBase64": "###"}, ["InvalidBase64"]),
        ({**key, **names, "faceListId": str(uuid.uuid4())}, ["FaceListNotFound"]),
        ({**key, **names, "externalIdentifier": "EC-1"}, ["ExternalIdentifierAlreadyExists"]),
        # The record has a file: its name is required on update (the guide: "required if already has value").
        ({**key, "name": "Grace", "surname1": "Hopper"}, ["AdditionalDataFileNameRequired"]),
        ({**key, "name": "Grace", "surname1": "Hopper", "additionalDataFileBase64": b64(b"new")},
         ["AdditionalDataFileNameRequired"]),
    ]
    for body, codes in cases:
        assert_update_errors(tenant.http.put("/v1/face", json=body), *codes)
    assert get_record(tenant.http, stored["id"]) == stored["record"]


def test_additional_data_file_can_be_replaced(tenant: Tenant, stored: dict) -> None:
    response = tenant.http.put("/v1/face", json={
        "identifier": stored["id"], "name": "Grace", "surname1": "Hopper",
        "additionalDataFileBase64": b64(b"new contents"), "additionalDataFileName": "notes.txt"})
    assert response.json() == {"result": True, "errors": []}
    after = get_record(tenant.http, stored["id"])
    assert base64.b64decode(after["additionalDataFileBase64"]) == b"new contents"
    assert after["additionalDataFileName"] == "notes.txt"


def test_a_new_image_changes_identification_results(
    tenant: Tenant, stored: dict, astronaut_b64: str, grace_variant_b64: str, astronaut_variant_b64: str
) -> None:
    assert identify(tenant.http, astronaut_variant_b64, stored["id"])["result"] == 3
    assert identify_in_list(tenant.http, astronaut_variant_b64, stored["list_a"])["result"] == 3
    response = tenant.http.put("/v1/face", json={
        "identifier": stored["id"], "faceImageBase64": astronaut_b64, "name": "Eileen", "surname1": "Collins",
        "additionalDataFileName": "badge.csv"})
    assert response.json() == {"result": True, "errors": []}
    assert base64.b64decode(get_record(tenant.http, stored["id"])["faceImageBase64"]) == base64.b64decode(astronaut_b64)
    assert identify(tenant.http, astronaut_variant_b64, stored["id"])["result"] == 0
    assert identify(tenant.http, grace_variant_b64, stored["id"])["result"] == 3
    # 1:N follows the new descriptor as well (the cached list matrix is kept in step with the update).
    found = identify_in_list(tenant.http, astronaut_variant_b64, stored["list_a"])
    assert (found["result"], found["identifier"], found["name"]) == (0, stored["id"], "Eileen")
    assert identify_in_list(tenant.http, grace_variant_b64, stored["list_a"])["result"] == 3


def test_face_list_id_moves_the_record_between_lists(tenant: Tenant, stored: dict, grace_variant_b64: str) -> None:
    assert identify_in_list(tenant.http, grace_variant_b64, stored["list_a"])["identifier"] == stored["id"]
    response = tenant.http.put("/v1/face", json={
        "identifier": stored["id"], "name": "Grace", "surname1": "Hopper", "additionalDataFileName": "badge.csv",
        "faceListId": stored["list_b"]})
    assert response.json() == {"result": True, "errors": []}
    assert get_record(tenant.http, stored["id"])["faceListId"] == stored["list_b"]
    assert members(tenant.http, stored["list_a"]) == []
    assert members(tenant.http, stored["list_b"]) == [stored["id"]]
    assert identify_in_list(tenant.http, grace_variant_b64, stored["list_a"])["result"] == 1  # now empty
    assert identify_in_list(tenant.http, grace_variant_b64, stored["list_b"])["identifier"] == stored["id"]


def test_disabling_a_record_stops_it_matching(
    tenant: Tenant, stored: dict, grace_variant_b64: str, astronaut_b64: str
) -> None:
    other = enrol(tenant.http, astronaut_b64, "Eileen", "Collins", faceListId=stored["list_a"])
    disable = {"identifier": stored["id"], "name": "Grace", "surname1": "Hopper", "additionalDataFileName": "badge.csv",
               "enabled": False}
    assert tenant.http.put("/v1/face", json=disable).json() == {"result": True, "errors": []}
    assert get_record(tenant.http, stored["id"])["enabled"] is False

    one_to_one = identify(tenant.http, grace_variant_b64, stored["id"])
    assert one_to_one["result"] == 1
    assert "disabled" in one_to_one["resultDescription"].lower()
    assert one_to_one["identifier"] is None
    one_to_many = identify_in_list(tenant.http, grace_variant_b64, stored["list_a"])
    # Skipped: only the astronaut is left to compare with, a different person.
    assert (one_to_many["result"], one_to_many["identifier"]) == (3, None)
    assert set(members(tenant.http, stored["list_a"])) == {stored["id"], other}  # still a member, just not matched

    # Omitting `enabled` keeps it disabled; setting it back makes the record match again.
    keep = {k: v for k, v in disable.items() if k != "enabled"}
    assert tenant.http.put("/v1/face", json=keep).json()["result"] is True
    assert get_record(tenant.http, stored["id"])["enabled"] is False
    assert tenant.http.put("/v1/face", json={**disable, "enabled": True}).json()["result"] is True
    assert identify(tenant.http, grace_variant_b64, stored["id"])["result"] == 0
    assert identify_in_list(tenant.http, grace_variant_b64, stored["list_a"])["identifier"] == stored["id"]


# -- delete ------------------------------------------------------------------------------------------------


def test_delete_by_identifier(tenant: Tenant, stored: dict, grace_variant_b64: str) -> None:
    response = tenant.http.delete(f"/v1/face/{stored['id']}")
    assert response.status_code == 200
    assert response.json() is True
    assert_not_found(tenant.http.get(f"/v1/face/{stored['id']}"))
    assert_not_found(tenant.http.delete(f"/v1/face/{stored['id']}"))
    assert search_total(tenant.http) == 0
    # Gone from its list and from 1:N.
    assert members(tenant.http, stored["list_a"]) == []
    assert identify_in_list(tenant.http, grace_variant_b64, stored["list_a"])["result"] == 1


def test_delete_by_external_identifier_frees_it(tenant: Tenant, stored: dict, grace_b64: str) -> None:
    response = tenant.http.delete("/v1/face/externalIdentifier/GH-1")
    assert response.status_code == 200
    assert response.json() is True
    assert_not_found(tenant.http.get("/v1/face/externalIdentifier/GH-1"))
    assert_not_found(tenant.http.get(f"/v1/face/{stored['id']}"))
    assert_not_found(tenant.http.delete("/v1/face/externalIdentifier/GH-1"))
    enrol(tenant.http, grace_b64, externalIdentifier="GH-1")


@pytest.mark.parametrize("path", [
    f"/v1/face/{fixed_uuid('unknown')}",
    "/v1/face/not-a-guid",
    "/v1/face/externalIdentifier/nobody-has-this",
])
def test_delete_of_an_unknown_record_is_404(module_tenant: Tenant, path: str) -> None:
    assert_not_found(module_tenant.http.delete(path))


# -- search (extension) ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def people(module_tenant: Tenant, grace_b64: str) -> dict[str, str]:
    """Four records of the module's tenant, for searching (the photo does not matter here)."""
    http = module_tenant.http
    return {
        "ana": enrol(http, grace_b64, "Ana", "Pérez", surname2="García", externalIdentifier="EMP-001"),
        "bob": enrol(http, grace_b64, "Bob", "Smith", externalIdentifier="EMP-002"),
        "carla": enrol(http, grace_b64, "Carla", "Smithson"),
        "diego": enrol(http, grace_b64, "Diego", "ÁLVAREZ", externalIdentifier="x_100%"),
    }


def search(http: httpx.Client, **params: object) -> dict:
    response = http.get("/v1/face", params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(("text", "expected"), [
    ("smith", ["bob", "carla"]),
    ("SMITH", ["bob", "carla"]),
    ("  ana ", ["ana"]),
    ("garcía", ["ana"]),  # surname2
    ("emp-00", ["ana", "bob"]),  # external identifier
    ("x_1", ["diego"]),
    ("%", ["diego"]),  # a literal percent sign, not a wildcard
    ("_", ["diego"]),
    ("nobody", []),
])
def test_search_matches_names_surnames_and_external_identifiers(
    module_tenant: Tenant, people: dict[str, str], text: str, expected: list[str]
) -> None:
    page = search(module_tenant.http, search=text)
    assert sorted(r["identifier"] for r in page["records"]) == sorted(people[name] for name in expected)
    assert page["total"] == len(expected)


def test_search_is_case_insensitive_beyond_ascii(module_tenant: Tenant, people: dict[str, str]) -> None:
    # Spanish surnames are often stored in capitals: "álvarez" must find "ÁLVAREZ", "PÉREZ" must find "Pérez".
    assert [r["identifier"] for r in search(module_tenant.http, search="álvarez")["records"]] == [people["diego"]]
    assert [r["identifier"] for r in search(module_tenant.http, search="PÉREZ")["records"]] == [people["ana"]]


def test_search_pages_without_images(module_tenant: Tenant, people: dict[str, str]) -> None:
    everything = search(module_tenant.http)
    assert everything["total"] >= len(people)
    assert set(people.values()) <= {r["identifier"] for r in everything["records"]}
    page = search(module_tenant.http, search="smith", offset=1, limit=1)
    assert (page["total"], page["offset"], page["limit"]) == (2, 1, 1)
    assert [r["identifier"] for r in page["records"]] == [people["carla"]]  # ordered by surname1, name
    for record in everything["records"]:
        assert "faceImageBase64" not in record and "additionalDataFileBase64" not in record
        assert set(record) == RECORD_FIELDS - {"faceImageBase64", "additionalDataFileBase64"}


# Past 2**63 - 1 the offset does not fit SQLite's (or PostgreSQL's) integer: it was a 500 from the database.
@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 501}, {"offset": -1}, {"limit": "ten"},
                                    {"offset": 2**63}, {"offset": 219630892438521315328}, {"limit": 2**64}])
def test_search_refuses_bad_paging(module_tenant: Tenant, params: dict) -> None:
    response = module_tenant.http.get("/v1/face", params=params)
    assert response.status_code == 400
    assert response.json()["error"] == "Invalid content"


def test_search_takes_the_largest_offset_and_finds_nothing(module_tenant: Tenant) -> None:
    response = module_tenant.http.get("/v1/face", params={"offset": 2**63 - 1, "limit": 500})
    assert response.status_code == 200, response.text
    assert (response.json()["offset"], response.json()["records"]) == (2**63 - 1, [])


# -- tenant isolation --------------------------------------------------------------------------------------


def test_another_tenants_record_is_not_found_anywhere(
    tenant: Tenant, service: RunningService, grace_b64: str, grace_variant_b64: str
) -> None:
    owner = service.new_tenant()
    try:
        owner_list = create_list(owner.http, "Owners")
        record_id = enrol(owner.http, grace_b64, "Grace", "Hopper", externalIdentifier="SHARED-1",
                          faceListId=owner_list)
        my_list = create_list(tenant.http, "Mine")
        http = tenant.http
        for response in (
            http.get(f"/v1/face/{record_id}"),
            http.get("/v1/face/externalIdentifier/SHARED-1"),
            http.delete(f"/v1/face/{record_id}"),
            http.delete("/v1/face/externalIdentifier/SHARED-1"),
            http.post("/v1/face/identifyRecord", json={"faceImageBase64": grace_variant_b64,
                                                       "faceRecordIdentifier": record_id}),
            http.post("/v1/face/identifyRecord", json={"faceImageBase64": grace_variant_b64,
                                                       "faceRecordExternalIdentifier": "SHARED-1"}),
            http.post("/v1/face/list/AddFaceRecord", json={"faceRecordId": record_id, "faceListId": my_list}),
            http.post("/v1/face/list/AddFaceRecord", json={"faceRecordExternalIdentifier": "SHARED-1",
                                                           "faceListId": my_list}),
            http.post("/v1/face/list/RemoveFaceRecord", json={"faceRecordId": record_id, "faceListId": my_list}),
        ):
            assert_not_found(response)
        for body in ({"identifier": record_id}, {"externalIdentifier": "SHARED-1"}):
            assert_update_errors(http.put("/v1/face", json={**body, "name": "X", "surname1": "Y"}), "FaceRecordNotFound")
        assert search(http, search="hopper")["total"] == 0
        assert search(http)["total"] == 0
        # The owner still has the record, unchanged.
        assert get_record(owner.http, record_id)["name"] == "Grace"
        assert members(owner.http, owner_list) == [record_id]
        # And the external identifier is free in this tenant.
        enrol(http, grace_b64, externalIdentifier="SHARED-1")
    finally:
        owner.http.close()


@pytest.mark.parametrize(("field", "length"), [("name", 201), ("surname1", 201), ("surname2", 201),
                                                ("externalIdentifier", 201), ("additionalDataFileName", 256)])
def test_over_long_text_is_refused_with_400_not_stored(module_tenant: Tenant, field: str, length: int) -> None:
    body = {"name": "Ann", "surname1": "Lee", field: "x" * length}
    response = module_tenant.http.post("/v1/face", json=body)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert errors[0]["code"] == "InvalidRequest" and field in errors[0]["description"]
