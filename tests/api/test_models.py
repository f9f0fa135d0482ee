"""Reading the service's JSON into typed models: camelCase to snake_case, unknown properties ignored, nulls,
ISO 8601 times, Base64 files, and values a server should not send but might (tolerated, never a crash)."""

from __future__ import annotations

import base64
import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from facestation.api import ResultCode
from facestation.api.models import (
    Capabilities,
    FaceList,
    FaceQA,
    FaceRecord,
    FaceRecordSummary,
    IdentifyResult,
    RecordPage,
    Tokens,
    decode_file,
    face_list_from_json,
    face_qa_from_json,
    identify_result_from_json,
    parse_time,
    record_from_json,
    record_page_from_json,
    record_summary_from_json,
)

GUID = "4a6c3e1e-0d0b-4c55-9a43-3f1f2c1d0e01"
LIST_GUID = "0f0e0d0c-0b0a-4900-8800-776655443322"
PHOTO = b"\xff\xd8\xff\xe0 a photo \x00\xff\xd9"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


FULL_RECORD = {
    "identifier": GUID,
    "faceImageBase64": b64(PHOTO),
    "name": "Grace",
    "surname1": "Hopper",
    "surname2": "Murray",
    "externalIdentifier": "EMP-7",
    "additionalDataFileBase64": b64(b"%PDF"),
    "additionalDataFileName": "cv.pdf",
    "enabled": False,
    "faceListId": LIST_GUID,
    "createdUtc": "2019-03-21T10:15:00Z",
}


# -- records ------------------------------------------------------------------------------------------------


def test_a_full_record() -> None:
    record = record_from_json(FULL_RECORD)
    assert record == FaceRecord(
        identifier=GUID, name="Grace", surname1="Hopper", surname2="Murray", external_identifier="EMP-7",
        additional_data_file_name="cv.pdf", enabled=False, face_list_id=LIST_GUID,
        created_utc=datetime(2019, 3, 21, 10, 15, tzinfo=UTC), face_image=PHOTO, additional_data=b"%PDF")
    assert record.full_name == "Grace Hopper Murray"
    assert dataclasses.is_dataclass(record) and isinstance(record, FaceRecordSummary)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.name = "Ada"  # type: ignore[misc]


def test_unknown_properties_are_ignored() -> None:
    extra = {**FULL_RECORD, "score": 5, "faceImageUrl": "https://x", "Name": "shadow", "nested": {"a": [1]}}
    assert record_from_json(extra) == record_from_json(FULL_RECORD)
    assert record_summary_from_json(extra) == record_summary_from_json(FULL_RECORD)


def test_nulls_and_missing_properties() -> None:
    nulls = {key: None for key in FULL_RECORD} | {"identifier": GUID, "name": "Grace", "surname1": "Hopper"}
    for data in (nulls, {"identifier": GUID, "name": "Grace", "surname1": "Hopper"}):
        record = record_from_json(data)
        assert (record.surname2, record.external_identifier, record.additional_data_file_name, record.face_list_id,
                record.created_utc, record.additional_data) == (None, None, None, None, None, None)
        assert record.face_image == b""
        assert record.enabled is True  # the guide's default
        assert record.full_name == "Grace Hopper"
    empty = record_from_json({})
    assert (empty.identifier, empty.name, empty.surname1) == ("", "", "")
    assert record_from_json({"identifier": None}).identifier == ""


def test_a_summary_has_no_files() -> None:
    summary = record_summary_from_json(FULL_RECORD)
    assert type(summary) is FaceRecordSummary
    assert not hasattr(summary, "face_image")
    assert summary.external_identifier == "EMP-7" and summary.enabled is False


@pytest.mark.parametrize(("value", "enabled"), [(True, True), (False, False), (None, True), ("yes", True),
                                                (0, False), (1, True)])
def test_enabled_values(value: Any, enabled: bool) -> None:
    assert record_from_json({"enabled": value}).enabled is enabled


def test_values_of_the_wrong_type_become_text() -> None:
    record = record_from_json({"identifier": 42, "name": 7, "surname1": True, "externalIdentifier": 1234,
                               "faceListId": 9})
    assert (record.identifier, record.name, record.surname1, record.external_identifier, record.face_list_id) == (
        "42", "7", "True", "1234", "9")


# -- times and files ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("2019-03-21T10:15:00Z", datetime(2019, 3, 21, 10, 15, tzinfo=UTC)),
    ("2019-03-21T10:15:00z", datetime(2019, 3, 21, 10, 15, tzinfo=UTC)),
    ("2019-03-21T10:15:00.5Z", datetime(2019, 3, 21, 10, 15, 0, 500000, tzinfo=UTC)),
    ("2019-03-21T10:15:00.1234567Z", datetime(2019, 3, 21, 10, 15, 0, 123456, tzinfo=UTC)),  # .NET's 7 digits
    ("2019-03-21T10:15:00+00:00", datetime(2019, 3, 21, 10, 15, tzinfo=UTC)),
    ("2019-03-21T12:15:00+02:00", datetime(2019, 3, 21, 12, 15, tzinfo=timezone(timedelta(hours=2)))),
    ("2019-03-21T10:15:00", datetime(2019, 3, 21, 10, 15, tzinfo=UTC)),  # no zone: the guide says UTC
])
def test_iso_times(text: str, expected: datetime) -> None:
    parsed = parse_time(text)
    assert parsed == expected and parsed is not None and parsed.tzinfo is not None
    assert record_from_json({"createdUtc": text}).created_utc == expected


@pytest.mark.parametrize("value", [None, "", "yesterday", "2019-13-45T99:00:00Z", 1553163300, [], {}])
def test_bad_times_are_none(value: Any) -> None:
    assert parse_time(value) is None
    assert record_from_json({"createdUtc": value}).created_utc is None
    assert face_list_from_json({"createdUtc": value}).created_utc is None


def test_base64_files() -> None:
    data = bytes(range(256))
    assert decode_file(b64(data)) == data
    assert decode_file(None) is None and decode_file("") is None and decode_file(123) is None
    assert decode_file("aGVsbG8") is None  # padding missing: not Base64
    record = record_from_json({"faceImageBase64": "%%% not base64 %%%=", "additionalDataFileBase64": "Zm9"})
    assert record.face_image == b"" and record.additional_data is None


# -- lists and pages ----------------------------------------------------------------------------------------


def test_a_face_list() -> None:
    data = {"identifier": LIST_GUID, "name": "Staff", "description": None, "createdUtc": "2019-03-21T10:15:00Z",
            "unknown": 1}
    assert face_list_from_json(data) == FaceList(LIST_GUID, "Staff", None, datetime(2019, 3, 21, 10, 15, tzinfo=UTC))
    assert face_list_from_json({**data, "recordCount": 12}).record_count == 12
    assert face_list_from_json({**data, "recordCount": "12"}).record_count is None
    assert face_list_from_json({**data, "recordCount": None}).record_count is None
    assert face_list_from_json({**data, "description": "Everyone"}).description == "Everyone"


def test_a_record_page() -> None:
    page = record_page_from_json({"total": 7, "offset": 5, "limit": 2, "records": [
        {k: v for k, v in FULL_RECORD.items() if "Base64" not in k}, "junk", None,
        {"identifier": "b", "name": "Ada", "surname1": "Lovelace"}]})
    assert (page.total, page.offset, page.limit) == (7, 5, 2)
    assert [record.identifier for record in page.records] == [GUID, "b"]
    assert all(type(record) is FaceRecordSummary for record in page.records)


@pytest.mark.parametrize("data", [{}, {"records": None}, {"total": None, "offset": None, "limit": None},
                                  {"total": "many", "offset": "x", "limit": [], "records": "nope"}])
def test_a_record_page_with_missing_or_bad_figures(data: dict[str, Any]) -> None:
    page = record_page_from_json(data)
    assert isinstance(page, RecordPage) and page.records == [] and page.total == 0 and page.offset == 0


# -- identification -----------------------------------------------------------------------------------------


QA = {
    "faceRectangle": {"x": 10, "y": 20, "width": 100, "height": 120},
    "landmarks": {"leftEye": {"x": 40, "y": 60}, "rightEye": {"x": 80, "y": 60}},
    "checks": {"goodExposure": True, "isFrontal": False, "overallPhotoQuality": True},
    "measures": {"interEyeDistance": 40.5, "yaw": -3, "label": "text is dropped", "nested": {"a": 1}},
    "score": 87.5,
    "futureProperty": [1, 2],
}


def test_an_identification_with_a_record_and_face_qa() -> None:
    result = identify_result_from_json({
        "identifier": GUID, "faceImageBase64": b64(PHOTO), "name": "Grace", "surname1": "Hopper", "surname2": None,
        "externalIdentifier": "EMP-7", "confidence": 93.25, "result": 0, "resultDescription": "Same person",
        "faceQA": QA, "somethingNew": True})
    assert result.result is ResultCode.OK and result.is_match
    assert (result.identifier, result.name, result.surname1, result.surname2, result.external_identifier) == (
        GUID, "Grace", "Hopper", None, "EMP-7")
    assert (result.confidence, result.description, result.face_image) == (93.25, "Same person", PHOTO)
    qa = result.face_qa
    assert qa == FaceQA(score=87.5, checks={"goodExposure": True, "isFrontal": False, "overallPhotoQuality": True},
                        measures={"interEyeDistance": 40.5, "yaw": -3}, face_rectangle=QA["faceRectangle"],
                        landmarks=QA["landmarks"], raw=QA)
    assert qa is not None and qa.passed and qa.raw["futureProperty"] == [1, 2]
    assert "face_image" not in repr(result) and PHOTO.hex() not in repr(result)


@pytest.mark.parametrize(("value", "code"), [(0, ResultCode.OK), (1, ResultCode.NOT_EXECUTED),
                                             (2, ResultCode.WARNING), (3, ResultCode.FAILED), ("3", ResultCode.FAILED),
                                             (2.0, ResultCode.WARNING)])
def test_result_codes(value: Any, code: ResultCode) -> None:
    result = identify_result_from_json({"result": value, "confidence": 50})
    assert result.result is code
    assert result.is_match is (code is ResultCode.OK)  # a warning is a person to check, not a match


@pytest.mark.parametrize("value", [None, 4, -1, "ok", "", [], {}])
def test_an_unknown_result_is_not_executed(value: Any) -> None:
    assert identify_result_from_json({"result": value}).result is ResultCode.NOT_EXECUTED


def test_result_code_is_the_guides_int_enum() -> None:
    assert [(code.name, int(code)) for code in ResultCode] == [("OK", 0), ("NOT_EXECUTED", 1), ("WARNING", 2),
                                                              ("FAILED", 3)]


def test_a_reference_image_identification_has_no_person() -> None:
    result = identify_result_from_json({"confidence": 12, "result": 3, "resultDescription": "Different people",
                                        "faceQA": None})
    assert result == IdentifyResult(result=ResultCode.FAILED, confidence=12.0, description="Different people")
    assert not result.is_match


@pytest.mark.parametrize(("value", "confidence"), [(None, 0.0), ("97.5", 97.5), (80, 80.0), ("high", 0.0),
                                                   ([], 0.0), (float("nan"), 0.0)])
def test_confidence_values(value: Any, confidence: float) -> None:
    assert identify_result_from_json({"result": 0, "confidence": value}).confidence == confidence


@pytest.mark.parametrize("value", [None, "", [], "not an object", 5])
def test_face_qa_absent_or_not_an_object(value: Any) -> None:
    assert face_qa_from_json(value) is None
    assert identify_result_from_json({"result": 0, "faceQA": value}).face_qa is None


def test_face_qa_with_bad_parts() -> None:
    qa = face_qa_from_json({"checks": ["not", "a", "map"], "measures": None, "score": "high",
                            "faceRectangle": "nope", "landmarks": 3})
    assert qa is not None
    assert (dict(qa.checks), dict(qa.measures), qa.score, qa.passed) == ({}, {}, None, False)
    assert qa.face_rectangle is None and qa.landmarks is None


def test_an_empty_face_qa() -> None:
    qa = face_qa_from_json({})
    assert qa == FaceQA(score=None, checks={}, measures={}, face_rectangle=None, landmarks=None, raw={})
    assert not qa.passed


# -- the rest -----------------------------------------------------------------------------------------------


def test_tokens_never_show_their_secrets() -> None:
    tokens = Tokens(access_token="eyJ.secret-access", refresh_token="secret-refresh", id_token="secret-id",
                    expires_at=1_700_000_000.4, lifetime=3600)
    for text in (repr(tokens), str(tokens), repr([tokens]), f"{tokens}"):
        assert "secret" not in text and "eyJ" not in text
    assert repr(tokens) == "Tokens(expires_at=1700000000)"


def test_capabilities_default_to_none() -> None:
    assert dataclasses.asdict(Capabilities()) == {"list_lists": False, "list_members": False,
                                                  "remove_from_list": False, "search_records": False,
                                                  "health": False, "version": None, "list_report": False}
