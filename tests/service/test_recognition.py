"""Face recognition over HTTP: the guide's section 5 (identifyRecord, identifyReferenceImage, list identify),
the faceQA object, the credits, and 1:N kept in step with writes."""

from __future__ import annotations

import base64
import csv
import dataclasses
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from facestation.recognition.matching import MatchThresholds
from facestation.store.catalogue import ListRef, RecordRef
from tests.service.conftest import (
    IDENTIFY_RECORD_FIELDS,
    RECORD_PERSON_FIELDS,
    LiveService,
    RunningService,
    Tenant,
    assert_invalid_content,
    b64,
    create_list,
    enrol,
)

QA_CHECKS = {"goodVerticalFacePosition", "horizontallyCenteredFace", "goodExposure", "eyesNotRed", "resolution",
             "onlyOneFaceVisible", "isFrontal", "overallPhotoQuality"}
QA_LANDMARKS = {"leftEye", "rightEye", "noseTip", "mouthLeft", "mouthRight"}
QA_MEASURES = {"interEyeDistance", "yaw", "pitch", "roll", "sharpness", "brightness"}


@dataclasses.dataclass(frozen=True)
class Gallery:
    """The module's enrolments: two people, a list with both, a list with one, an empty list."""

    tenant: Tenant
    grace: str
    eileen: str
    both: str
    only_eileen: str
    empty: str


@pytest.fixture(scope="module")
def gallery(module_tenant: Tenant, grace_b64: str, astronaut_b64: str) -> Gallery:
    http = module_tenant.http
    both, only_eileen, empty = create_list(http, "Both"), create_list(http, "Only Eileen"), create_list(http, "Empty")
    grace = enrol(http, grace_b64, "Grace", "Hopper", surname2="Murray", externalIdentifier="R-GRACE", faceListId=both)
    eileen = enrol(http, astronaut_b64, "Eileen", "Collins", externalIdentifier="R-EILEEN", faceListId=both)
    assert http.post("/v1/face/list/AddFaceRecord", json={"faceRecordId": eileen, "faceListId": only_eileen}).json()
    return Gallery(module_tenant, grace, eileen, both, only_eileen, empty)


def post(http: httpx.Client, path: str, **body: Any) -> dict[str, Any]:
    response = http.post(path, json=body)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def assert_identified(body: dict[str, Any], service: RunningService, record_id: str, name: str, image_b64: str) -> None:
    """result ok with the record's fields filled in, as the guide's IdentifyRecordResponse."""
    assert IDENTIFY_RECORD_FIELDS - {"faceQA"} <= set(body)
    assert body["result"] == 0, body
    assert service.settings.match_thresholds.ok <= body["confidence"] <= 100
    assert isinstance(body["resultDescription"], str) and body["resultDescription"]
    assert body["identifier"] == record_id
    assert body["name"] == name
    assert base64.b64decode(body["faceImageBase64"]) == base64.b64decode(image_b64)


def assert_no_person(body: dict[str, Any]) -> None:
    for field in RECORD_PERSON_FIELDS:
        assert body.get(field) is None, field


# -- 1:1 against a record ----------------------------------------------------------------------------------


def test_same_person_is_ok_with_the_record(
    gallery: Gallery, service: RunningService, grace_b64: str, grace_variant_b64: str
) -> None:
    body = post(gallery.tenant.http, "/v1/face/identifyRecord",
                faceImageBase64=grace_variant_b64, faceRecordIdentifier=gallery.grace)
    assert_identified(body, service, gallery.grace, "Grace", grace_b64)
    assert (body["surname1"], body["surname2"], body["externalIdentifier"]) == ("Hopper", "Murray", "R-GRACE")
    assert body.get("faceQA") is None  # only with doFaceQA


def test_the_record_can_be_named_by_external_identifier(
    gallery: Gallery, service: RunningService, astronaut_b64: str, astronaut_variant_b64: str
) -> None:
    body = post(gallery.tenant.http, "/v1/face/identifyRecord",
                faceImageBase64=astronaut_variant_b64, faceRecordExternalIdentifier="R-EILEEN")
    assert_identified(body, service, gallery.eileen, "Eileen", astronaut_b64)


def test_different_person_fails_without_record_fields(
    gallery: Gallery, service: RunningService, astronaut_variant_b64: str
) -> None:
    body = post(gallery.tenant.http, "/v1/face/identifyRecord",
                faceImageBase64=astronaut_variant_b64, faceRecordIdentifier=gallery.grace)
    assert body["result"] == 3
    assert 0 <= body["confidence"] < service.settings.match_thresholds.warning
    assert body["resultDescription"]
    assert_no_person(body)


@pytest.mark.parametrize("probe", ["no_face_b64", "noise_b64"])
def test_a_probe_without_a_face_is_not_executed(gallery: Gallery, request: pytest.FixtureRequest, probe: str) -> None:
    body = post(gallery.tenant.http, "/v1/face/identifyRecord",
                faceImageBase64=request.getfixturevalue(probe), faceRecordIdentifier=gallery.grace)
    assert body["result"] == 1
    assert body["confidence"] == 0
    assert "face" in body["resultDescription"].lower()
    assert_no_person(body)


def test_a_probe_with_several_faces_uses_the_largest(gallery: Gallery, grace_with_small_astronaut_b64: str) -> None:
    http = gallery.tenant.http
    grace = post(http, "/v1/face/identifyRecord",
                 faceImageBase64=grace_with_small_astronaut_b64, faceRecordIdentifier=gallery.grace)
    eileen = post(http, "/v1/face/identifyRecord",
                  faceImageBase64=grace_with_small_astronaut_b64, faceRecordIdentifier=gallery.eileen)
    assert (grace["result"], eileen["result"]) == (0, 3)


def assert_face_qa(face_qa: Any, width: int, height: int) -> None:
    """The faceQA object of api-decisions, for a probe of `width` x `height` with one clear face."""
    assert isinstance(face_qa, dict)
    assert {"faceRectangle", "landmarks", "checks", "measures", "score"} <= set(face_qa)
    box = face_qa["faceRectangle"]
    assert set(box) == {"x", "y", "width", "height"}
    assert 0 <= box["x"] and 0 <= box["y"] and box["width"] > 40 and box["height"] > 40
    assert box["x"] + box["width"] <= width + 2 and box["y"] + box["height"] <= height + 2
    assert set(face_qa["landmarks"]) == QA_LANDMARKS
    for point in face_qa["landmarks"].values():
        assert set(point) == {"x", "y"}
        # Every landmark lies in (or next to) the face rectangle.
        assert box["x"] - box["width"] * 0.25 <= point["x"] <= box["x"] + box["width"] * 1.25
        assert box["y"] - box["height"] * 0.25 <= point["y"] <= box["y"] + box["height"] * 1.25
    assert face_qa["landmarks"]["leftEye"]["x"] < face_qa["landmarks"]["rightEye"]["x"]
    assert set(face_qa["checks"]) == QA_CHECKS
    assert all(isinstance(value, bool) for value in face_qa["checks"].values())
    assert QA_MEASURES <= set(face_qa["measures"])
    assert face_qa["measures"]["interEyeDistance"] > 20
    assert 0 <= face_qa["score"] <= 100


def test_do_face_qa_adds_the_face_qa_object(gallery: Gallery, grace_hopper: Any, grace_b64: str) -> None:
    body = post(gallery.tenant.http, "/v1/face/identifyRecord",
                faceImageBase64=grace_b64, faceRecordIdentifier=gallery.grace, doFaceQA=True)
    assert body["result"] == 0
    height, width = grace_hopper.shape[:2]
    assert_face_qa(body["faceQA"], width, height)


def test_null_optional_properties_are_taken_as_absent(
    gallery: Gallery, grace_b64: str, grace_variant_b64: str
) -> None:
    """Clients that write null for every unset property (api-decisions: writers send null where there is no
    value) must be understood: null doFaceQA is false, a null alternative target is ignored."""
    http = gallery.tenant.http
    for path, body in [
        ("/v1/face/identifyRecord", {"faceImageBase64": grace_variant_b64, "faceRecordIdentifier": gallery.grace,
                                     "faceRecordExternalIdentifier": None, "doFaceQA": None}),
        ("/v1/face/identifyReferenceImage", {"faceImageBase64": grace_variant_b64,
                                             "referenceImageBase64": grace_b64, "doFaceQA": None}),
        ("/v1/face/list/identify", {"faceImageBase64": grace_variant_b64, "faceListId": None,
                                    "faceListName": "Both", "doFaceQA": None}),
    ]:
        response = http.post(path, json=body)
        assert response.status_code == 200, (path, response.text)
        assert response.json()["result"] == 0
        assert response.json().get("faceQA") is None


def test_identify_record_errors(gallery: Gallery, grace_b64: str, not_an_image_b64: str,
                                huge_header_b64: str) -> None:
    http = gallery.tenant.http
    target = {"faceRecordIdentifier": gallery.grace}
    for body, code in [
        (target, "FaceImageRequired"),
        ({**target, "faceImageBase64": ""}, "FaceImageRequired"),
        ({**target, "faceImageBase64": "!!not base64!!"}, "InvalidBase64"),
        ({**target, "faceImageBase64": not_an_image_b64}, "InvalidImage"),
        ({**target, "faceImageBase64": huge_header_b64}, "ImageTooLarge"),
        ({"faceImageBase64": grace_b64}, "TargetRequired"),
    ]:
        assert_invalid_content(http.post("/v1/face/identifyRecord", json=body), code)
    for target in ({"faceRecordIdentifier": str(uuid.uuid4())}, {"faceRecordIdentifier": "not-a-guid"},
                   {"faceRecordExternalIdentifier": "nobody"}):
        response = http.post("/v1/face/identifyRecord", json={"faceImageBase64": grace_b64, **target})
        assert response.status_code == 404, response.text


# -- 1:1 against a reference image -------------------------------------------------------------------------


def test_reference_image_same_and_different_person(
    module_tenant: Tenant, service: RunningService, grace_b64: str, grace_variant_b64: str, astronaut_b64: str
) -> None:
    http = module_tenant.http
    same = post(http, "/v1/face/identifyReferenceImage",
                faceImageBase64=grace_variant_b64, referenceImageBase64=grace_b64)
    assert {"confidence", "result", "resultDescription"} <= set(same) <= {"confidence", "result",
                                                                           "resultDescription", "faceQA"}
    assert same["result"] == 0
    assert service.settings.match_thresholds.ok <= same["confidence"] <= 100
    assert same.get("faceQA") is None
    different = post(http, "/v1/face/identifyReferenceImage",
                     faceImageBase64=grace_variant_b64, referenceImageBase64=astronaut_b64)
    assert different["result"] == 3
    assert different["confidence"] < service.settings.match_thresholds.warning


def test_reference_image_without_a_face_on_either_side(
    module_tenant: Tenant, grace_b64: str, no_face_b64: str
) -> None:
    http = module_tenant.http
    for probe, reference in ((no_face_b64, grace_b64), (grace_b64, no_face_b64)):
        body = post(http, "/v1/face/identifyReferenceImage", faceImageBase64=probe, referenceImageBase64=reference)
        assert body["result"] == 1
        assert body["resultDescription"]
    assert "reference" in body["resultDescription"].lower()  # says which image had no face


def test_reference_image_face_qa_describes_the_probe(
    module_tenant: Tenant, grace_hopper: Any, grace_b64: str, astronaut_b64: str
) -> None:
    body = post(module_tenant.http, "/v1/face/identifyReferenceImage",
                faceImageBase64=grace_b64, referenceImageBase64=astronaut_b64, doFaceQA=True)
    height, width = grace_hopper.shape[:2]
    assert_face_qa(body["faceQA"], width, height)
    # The astronaut's face is ~97 px wide; Grace Hopper's, the probe's, about twice that.
    assert body["faceQA"]["faceRectangle"]["width"] > 150


def test_reference_image_errors(module_tenant: Tenant, grace_b64: str, not_an_image_b64: str) -> None:
    http = module_tenant.http
    for body, code in [
        ({"referenceImageBase64": grace_b64}, "FaceImageRequired"),
        ({"faceImageBase64": grace_b64}, "FaceImageRequired"),
        ({"faceImageBase64": grace_b64, "referenceImageBase64": "%%%"}, "InvalidBase64"),
        ({"faceImageBase64": grace_b64, "referenceImageBase64": not_an_image_b64}, "InvalidImage"),
    ]:
        assert_invalid_content(http.post("/v1/face/identifyReferenceImage", json=body), code)


# -- 1:N ---------------------------------------------------------------------------------------------------


def test_one_to_many_picks_the_right_person(
    gallery: Gallery, service: RunningService, grace_b64: str, astronaut_b64: str,
    grace_variant_b64: str, astronaut_variant_b64: str,
) -> None:
    http = gallery.tenant.http
    grace = post(http, "/v1/face/list/identify", faceImageBase64=grace_variant_b64, faceListId=gallery.both)
    assert_identified(grace, service, gallery.grace, "Grace", grace_b64)
    assert (grace["surname1"], grace["surname2"], grace["externalIdentifier"]) == ("Hopper", "Murray", "R-GRACE")
    eileen = post(http, "/v1/face/list/identify", faceImageBase64=astronaut_variant_b64, faceListName="Both")
    assert_identified(eileen, service, gallery.eileen, "Eileen", astronaut_b64)


def test_one_to_many_without_a_match_fails_without_record_fields(gallery: Gallery, grace_variant_b64: str) -> None:
    body = post(gallery.tenant.http, "/v1/face/list/identify",
                faceImageBase64=grace_variant_b64, faceListId=gallery.only_eileen)
    assert body["result"] == 3
    assert_no_person(body)


def test_one_to_many_not_executed(gallery: Gallery, grace_variant_b64: str, no_face_b64: str) -> None:
    http = gallery.tenant.http
    empty = post(http, "/v1/face/list/identify", faceImageBase64=grace_variant_b64, faceListId=gallery.empty)
    no_face = post(http, "/v1/face/list/identify", faceImageBase64=no_face_b64, faceListId=gallery.both)
    for body in (empty, no_face):
        assert body["result"] == 1
        assert body["resultDescription"]
        assert_no_person(body)
    assert empty["resultDescription"] != no_face["resultDescription"]


def test_one_to_many_face_qa(gallery: Gallery, grace_hopper: Any, grace_b64: str) -> None:
    body = post(gallery.tenant.http, "/v1/face/list/identify",
                faceImageBase64=grace_b64, faceListId=gallery.both, doFaceQA=True)
    assert body["identifier"] == gallery.grace
    height, width = grace_hopper.shape[:2]
    assert_face_qa(body["faceQA"], width, height)


def test_one_to_many_errors(gallery: Gallery, grace_b64: str, not_an_image_b64: str) -> None:
    http = gallery.tenant.http
    for body, code in [
        ({"faceListId": gallery.both}, "FaceImageRequired"),
        ({"faceListId": gallery.both, "faceImageBase64": "@@@"}, "InvalidBase64"),
        ({"faceListId": gallery.both, "faceImageBase64": not_an_image_b64}, "InvalidImage"),
        ({"faceImageBase64": grace_b64}, "TargetRequired"),
    ]:
        assert_invalid_content(http.post("/v1/face/list/identify", json=body), code)
    for target in ({"faceListId": str(uuid.uuid4())}, {"faceListId": "not-a-guid"}, {"faceListName": "No such"}):
        response = http.post("/v1/face/list/identify", json={"faceImageBase64": grace_b64, **target})
        assert response.status_code == 404, response.text


def test_the_warning_band_answers_the_candidate(
    gallery: Gallery, in_process: LiveService, monkeypatch: pytest.MonkeyPatch, astronaut_variant_b64: str,
    grace_b64: str,
) -> None:
    """Thresholds are settings of the service: put them around a measured confidence and get `warning`."""
    http = gallery.tenant.http
    measured = post(http, "/v1/face/identifyRecord",
                    faceImageBase64=astronaut_variant_b64, faceRecordIdentifier=gallery.grace)["confidence"]
    shared = in_process.app.state.services
    thresholds = MatchThresholds(ok=min(100.0, measured + 1), warning=max(0.0, measured - 1))
    monkeypatch.setattr(shared, "settings", dataclasses.replace(shared.settings, match_thresholds=thresholds))
    one_to_one = post(http, "/v1/face/identifyRecord",
                      faceImageBase64=astronaut_variant_b64, faceRecordIdentifier=gallery.grace)
    assert (one_to_one["result"], one_to_one["confidence"]) == (2, measured)
    assert one_to_one["identifier"] == gallery.grace  # "possibly the same person": the record is shown
    assert base64.b64decode(one_to_one["faceImageBase64"]) == base64.b64decode(grace_b64)
    one_to_many = post(http, "/v1/face/list/identify", faceImageBase64=astronaut_variant_b64,
                       faceListId=gallery.both)
    assert one_to_many["identifier"] == gallery.eileen  # the best candidate is still the right one
    assert one_to_many["result"] == 0
    reference = post(http, "/v1/face/identifyReferenceImage", faceImageBase64=astronaut_variant_b64,
                     referenceImageBase64=grace_b64)
    assert reference["result"] == 2


def test_one_to_many_follows_writes_made_by_another_process(
    tenant: Tenant, service: RunningService, grace_b64: str, grace_variant_b64: str
) -> None:
    """A second service process or the admin command writes the same database: the cached matrix must notice."""
    list_id = create_list(tenant.http, "Shared")
    record_id = enrol(tenant.http, grace_b64)
    identify = {"faceImageBase64": grace_variant_b64, "faceListId": list_id}
    assert post(tenant.http, "/v1/face/list/identify", **identify)["result"] == 1  # empty: builds the gallery
    catalogue = service.store.catalogue  # the test's own connection, not the service's
    catalogue.add_to_list(tenant.client_id, RecordRef(id=record_id), ListRef(id=list_id), time.time())
    assert post(tenant.http, "/v1/face/list/identify", **identify)["identifier"] == record_id
    catalogue.remove_from_list(tenant.client_id, RecordRef(id=record_id), ListRef(id=list_id))
    assert post(tenant.http, "/v1/face/list/identify", **identify)["result"] == 1


def test_writes_by_another_process_are_caught_up_in_place_not_rebuilt(
    tenant: Tenant, in_process: LiveService, grace_b64: str, grace_variant_b64: str, astronaut_b64: str
) -> None:
    """The cached gallery reads only the records another process changed (the list's change log)."""
    galleries = in_process.app.state.services.galleries
    list_id = create_list(tenant.http, "Caught up")
    enrol(tenant.http, astronaut_b64, "Eileen", "Collins", faceListId=list_id)
    grace_id = enrol(tenant.http, grace_b64)
    identify = {"faceImageBase64": grace_variant_b64, "faceListId": list_id}
    assert post(tenant.http, "/v1/face/list/identify", **identify)["result"] == 3  # no match; builds the gallery
    builds, catch_ups = galleries.builds, galleries.catch_ups
    catalogue = in_process.store.catalogue  # the test's own connection: "another process"
    catalogue.add_to_list(tenant.client_id, RecordRef(id=grace_id), ListRef(id=list_id), time.time())
    assert post(tenant.http, "/v1/face/list/identify", **identify)["identifier"] == grace_id
    catalogue.update_record(tenant.client_id, grace_id, {"enabled": False}, list_id, time.time())
    catalogue.update_record(tenant.client_id, grace_id, {"enabled": True}, list_id, time.time())
    catalogue.remove_from_list(tenant.client_id, RecordRef(id=grace_id), ListRef(id=list_id))
    assert post(tenant.http, "/v1/face/list/identify", **identify)["result"] == 3  # three revisions at once
    assert (galleries.builds, galleries.catch_ups) == (builds, catch_ups + 2)


def test_concurrent_identifications_get_their_own_answers_while_health_stays_quick(
    gallery: Gallery, service: RunningService, grace_variant_b64: str, astronaut_variant_b64: str
) -> None:
    probes = [(grace_variant_b64, gallery.grace), (astronaut_variant_b64, gallery.eileen)] * 4
    headers = dict(gallery.tenant.http.headers)

    def one(probe: tuple[str, str]) -> str | None:
        with service.client(headers=headers) as http:
            return post(http, "/v1/face/list/identify", faceImageBase64=probe[0], faceListId=gallery.both)["identifier"]

    health_times = []
    with ThreadPoolExecutor(len(probes)) as pool, service.client() as health:
        futures = [pool.submit(one, probe) for probe in probes]
        while not all(future.done() for future in futures):
            started = time.perf_counter()
            assert health.get("/health").status_code == 200
            health_times.append(time.perf_counter() - started)
        answers = [future.result() for future in futures]
    assert answers == [expected for _, expected in probes]
    assert health_times and max(health_times) < 1.0


# -- credits -----------------------------------------------------------------------------------------------


def test_identifications_spend_credits_only_when_they_compare(
    service: RunningService, grace_b64: str, grace_variant_b64: str, no_face_b64: str, not_an_image_b64: str
) -> None:
    tenant = service.new_tenant(credits=3)
    try:
        http = tenant.http

        def credits() -> int | None:
            client = service.store.accounts.get_client(tenant.client_id)
            assert client is not None
            return client.credits

        list_id, empty_list = create_list(http, "Paid"), create_list(http, "Nobody")
        enabled = enrol(http, grace_b64, faceListId=list_id)
        disabled = enrol(http, grace_b64, enabled=False)
        assert credits() == 3  # enrolments are free
        assert post(http, "/v1/face/identifyRecord", faceImageBase64=grace_variant_b64,
                    faceRecordIdentifier=enabled)["result"] == 0
        assert credits() == 2
        # Nothing compared: no charge.
        assert post(http, "/v1/face/identifyRecord", faceImageBase64=no_face_b64,
                    faceRecordIdentifier=enabled)["result"] == 1
        assert post(http, "/v1/face/identifyRecord", faceImageBase64=grace_variant_b64,
                    faceRecordIdentifier=disabled)["result"] == 1
        assert post(http, "/v1/face/list/identify", faceImageBase64=grace_variant_b64,
                    faceListId=empty_list)["result"] == 1
        assert post(http, "/v1/face/identifyReferenceImage", faceImageBase64=grace_variant_b64,
                    referenceImageBase64=no_face_b64)["result"] == 1
        # Refused requests: no charge either.
        assert http.post("/v1/face/identifyRecord", json={"faceImageBase64": not_an_image_b64,
                                                          "faceRecordIdentifier": enabled}).status_code == 400
        assert http.post("/v1/face/identifyRecord", json={"faceImageBase64": grace_b64,
                                                          "faceRecordIdentifier": str(uuid.uuid4())}).status_code == 404
        assert credits() == 2
        assert post(http, "/v1/face/identifyReferenceImage", faceImageBase64=grace_variant_b64,
                    referenceImageBase64=grace_b64)["result"] == 0
        assert post(http, "/v1/face/list/identify", faceImageBase64=grace_variant_b64,
                    faceListId=list_id)["result"] == 0
        assert credits() == 0
        for path, body in [
            ("/v1/face/identifyRecord", {"faceImageBase64": grace_variant_b64, "faceRecordIdentifier": enabled}),
            ("/v1/face/identifyReferenceImage", {"faceImageBase64": grace_variant_b64,
                                                 "referenceImageBase64": grace_b64}),
            ("/v1/face/list/identify", {"faceImageBase64": grace_variant_b64, "faceListId": list_id}),
        ]:
            response = http.post(path, json=body)
            assert response.status_code == 400, response.text
            assert response.json()["error"] == "Insufficient credits"
        assert credits() == 0
        # Other calls need no credits.
        assert http.get(f"/v1/face/{enabled}").status_code == 200
        service.store.accounts.set_credits(tenant.client_id, 1)
        assert post(http, "/v1/face/identifyRecord", faceImageBase64=grace_variant_b64,
                    faceRecordIdentifier=enabled)["result"] == 0
        assert credits() == 0
    finally:
        tenant.http.close()


def test_concurrent_identifications_cannot_overspend(
    service: RunningService, grace_b64: str, grace_variant_b64: str
) -> None:
    tenant = service.new_tenant(credits=2)
    try:
        headers = dict(tenant.http.headers)
        body = {"faceImageBase64": grace_variant_b64, "referenceImageBase64": grace_b64}

        def identify(_: int) -> httpx.Response:
            with service.client(headers=headers) as http:
                return http.post("/v1/face/identifyReferenceImage", json=body)

        with ThreadPoolExecutor(5) as pool:
            responses = list(pool.map(identify, range(5)))
        assert sorted(r.status_code for r in responses) == [200, 200, 400, 400, 400]
        assert all(r.json() == {"error": "Insufficient credits"} for r in responses if r.status_code == 400)
        client = service.store.accounts.get_client(tenant.client_id)
        assert client is not None and client.credits == 0
    finally:
        tenant.http.close()


def test_clients_without_a_credit_balance_are_unlimited(
    gallery: Gallery, service: RunningService, grace_variant_b64: str
) -> None:
    for _ in range(2):
        post(gallery.tenant.http, "/v1/face/identifyRecord", faceImageBase64=grace_variant_b64,
             faceRecordIdentifier=gallery.grace)
    client = service.store.accounts.get_client(gallery.tenant.client_id)
    assert client is not None and client.credits is None


# -- many people (shared/datasets) -------------------------------------------------------------------------


def genuine_groups(root: Path) -> list[list[str]]:
    """The people of faces-pairs/master.csv: photos joined by a Yes pair are one person."""
    groups: list[set[str]] = []
    with (root / "master.csv").open(newline="") as file:
        for row in csv.DictReader(file):
            if row["Decision"].strip() != "Yes":
                continue
            pair = {row["file_x"].strip(), row["file_y"].strip()}
            joined = [group for group in groups if group & pair]
            for group in joined:
                groups.remove(group)
                pair |= group
            groups.append(pair)
    return [sorted(group, key=lambda name: int("".join(filter(str.isdigit, name)))) for group in groups]


@pytest.mark.dataset
def test_one_to_many_among_many_people(datasets: Path, tenant: Tenant, service: RunningService) -> None:
    root = datasets / "faces-pairs"
    people = genuine_groups(root)
    assert len(people) >= 8
    photo = {name: b64((root / name).read_bytes()) for group in people for name in group}
    everyone, all_but_first = create_list(tenant.http, "Everyone"), create_list(tenant.http, "All but the first")
    enrolled = {}
    for index, group in enumerate(people):
        record_id = enrol(tenant.http, photo[group[0]], f"Person {index}", group[0], faceListId=everyone)
        if index > 0:
            tenant.http.post("/v1/face/list/AddFaceRecord", json={"faceRecordId": record_id,
                                                                   "faceListId": all_but_first})
        enrolled[group[0]] = record_id
    # At the default target (1 stranger in 1,000) a list of ~10 people asks for more than the global 75
    # (facestation/recognition/calibration.py): the answers follow the list's own thresholds, and an OK is always
    # the right person.
    strict = tenant.http.get(f"/v1/face/list/{everyone}/report").json()["calibration"]
    assert strict["okThreshold"] > 75
    for group in people:
        for probe in group[1:]:
            body = post(tenant.http, "/v1/face/list/identify", faceImageBase64=photo[probe], faceListId=everyone)
            expected = 0 if body["confidence"] >= strict["okThreshold"] else (
                2 if body["confidence"] >= strict["warningThreshold"] else 3)
            assert body["result"] == expected, (probe, body["confidence"], strict)
            if body["result"] == 0:
                assert body["identifier"] == enrolled[group[0]], probe
    # A site that accepts 1 stranger in 10 keeps the global thresholds for a list this size: then the goal of
    # issue 3 holds, the right person for every probe and >= 97 % of them OK.
    assert tenant.http.put("/v1/face/list/calibration", json={"target": 0.1}).status_code == 200
    assert tenant.http.get(f"/v1/face/list/{everyone}/report").json()["calibration"]["okThreshold"] == 75
    wrong, not_ok = [], []
    for group in people:
        for probe in group[1:]:
            body = post(tenant.http, "/v1/face/list/identify", faceImageBase64=photo[probe], faceListId=everyone)
            if body["identifier"] != enrolled[group[0]]:
                wrong.append(probe)
            elif body["result"] != 0:
                not_ok.append(probe)
    assert wrong == []
    # master.csv has one hard genuine pair (a young and an older photo); the goal is >= 97 % ok.
    assert len(not_ok) <= 1, not_ok
    # The first person's other photos against a list without them: every enrolled photo is labelled a
    # different person in master.csv, so nobody may be answered as a match.
    for probe in people[0][1:]:
        body = post(tenant.http, "/v1/face/list/identify", faceImageBase64=photo[probe], faceListId=all_but_first)
        assert body["result"] != 0, (probe, body["name"])
