"""Typed results of the FaceCheck API, with snake_case attributes; the wire stays camelCase.

Readers take what the guide lists and ignore anything else a server adds, so a newer server never breaks
an older client. Images arrive Base64-encoded and are handed out as bytes.
"""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any


class ResultCode(IntEnum):
    """The `result` of an identification."""

    OK = 0
    NOT_EXECUTED = 1
    WARNING = 2
    FAILED = 3


@dataclass(frozen=True)
class Tokens:
    """What connect/token answered; `expires_at` is on the client's clock (seconds since the epoch)."""

    access_token: str
    refresh_token: str
    id_token: str | None
    expires_at: float
    lifetime: float

    def __repr__(self) -> str:  # never print tokens, even in a debugger or a traceback
        return f"Tokens(expires_at={self.expires_at:.0f})"


@dataclass(frozen=True)
class FaceRecordSummary:
    """A face record without its files (search results, list members)."""

    identifier: str
    name: str
    surname1: str
    surname2: str | None
    external_identifier: str | None
    additional_data_file_name: str | None
    enabled: bool
    face_list_id: str | None
    created_utc: datetime | None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.name, self.surname1, self.surname2) if part)


@dataclass(frozen=True)
class FaceRecord(FaceRecordSummary):
    """A whole face record: the summary plus the face image and the additional data file."""

    face_image: bytes = b""
    additional_data: bytes | None = None


@dataclass(frozen=True)
class FaceList:
    identifier: str
    name: str
    description: str | None
    created_utc: datetime | None
    record_count: int | None = None  # only from the local service's list-all extension


@dataclass(frozen=True)
class RecordPage:
    total: int
    offset: int
    limit: int
    records: list[FaceRecordSummary]


@dataclass(frozen=True)
class FaceQA:
    """The ICAO quality report of the probe image (`doFaceQA`)."""

    score: float | None
    checks: Mapping[str, bool]
    measures: Mapping[str, float]
    face_rectangle: Mapping[str, float] | None
    landmarks: Mapping[str, Mapping[str, float]] | None
    raw: Mapping[str, Any] = field(repr=False, default_factory=dict)

    @property
    def passed(self) -> bool:
        return bool(self.checks.get("overallPhotoQuality", False))


@dataclass(frozen=True)
class IdentifyResult:
    """The answer of an identification; the person's fields are set when a record was identified."""

    result: ResultCode
    confidence: float
    description: str
    face_qa: FaceQA | None = None
    identifier: str | None = None
    name: str | None = None
    surname1: str | None = None
    surname2: str | None = None
    external_identifier: str | None = None
    face_image: bytes | None = field(default=None, repr=False)

    @property
    def is_match(self) -> bool:
        """Same person (ok). A warning is a possible match for a person to check, not a match."""
        return self.result is ResultCode.OK


@dataclass(frozen=True)
class ListCalibration:
    """How 1:N behaves in one list at the tenant's target (`GET v1/face/list/{id}/report`)."""

    estimated_false_match_rate: float  # share of strangers answered OK with someone of the list
    estimated_warning_rate: float  # share of strangers answered with a warning
    ok_threshold: float  # confidence from which the list answers OK
    warning_threshold: float
    target: float
    impostor_pairs: int
    basis: str  # "list" (the list's own pairs) or "reference" (too few members yet)


@dataclass(frozen=True)
class PossibleDuplicate:
    """Two members whose faces are as close as one person's: maybe one person enrolled twice."""

    a: str
    b: str
    confidence: float


@dataclass(frozen=True)
class ListReport:
    members: int
    calibration: ListCalibration
    possible_duplicates: list[PossibleDuplicate]
    possible_duplicates_total: int  # before the request's limit


@dataclass(frozen=True)
class CalibrationTarget:
    target: float  # the share of strangers a list may match (0.001: 1 in 1,000)
    default_target: float


@dataclass(frozen=True)
class Capabilities:
    """Which of the local service's extensions the server has (the hosted service has none of them)."""

    list_lists: bool = False
    list_members: bool = False
    remove_from_list: bool = False
    search_records: bool = False
    health: bool = False
    version: str | None = None
    list_report: bool = False  # per-list calibration: report, "not the same person", target


# -- readers ------------------------------------------------------------------------------------------------


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 as the guide's servers write it (`2019-03-21T10:15:00Z`, with or without fractions or offset)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def decode_file(value: Any) -> bytes | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return base64.b64decode(value)
    except (binascii.Error, ValueError):
        return None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


# Tolerant readers for figures: a null or a value of the wrong type from a server must give the default, not a
# TypeError / ValueError out of a call that otherwise succeeded.
def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return default


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _mapping(value: Any) -> Any:
    return value if isinstance(value, Mapping) else None


def record_summary_from_json(data: Mapping[str, Any]) -> FaceRecordSummary:
    return FaceRecordSummary(**_summary_fields(data))


def record_from_json(data: Mapping[str, Any]) -> FaceRecord:
    return FaceRecord(
        **_summary_fields(data),
        face_image=decode_file(data.get("faceImageBase64")) or b"",
        additional_data=decode_file(data.get("additionalDataFileBase64")),
    )


def _summary_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "identifier": str(data.get("identifier") or ""),  # null is "", not "None"
        "name": str(data.get("name") or ""),
        "surname1": str(data.get("surname1") or ""),
        "surname2": _text(data.get("surname2")),
        "external_identifier": _text(data.get("externalIdentifier")),
        "additional_data_file_name": _text(data.get("additionalDataFileName")),
        "enabled": data.get("enabled") is None or bool(data.get("enabled")),  # null: the guide's default, true
        "face_list_id": _text(data.get("faceListId")),
        "created_utc": parse_time(data.get("createdUtc")),
    }


def face_list_from_json(data: Mapping[str, Any]) -> FaceList:
    count = data.get("recordCount")
    return FaceList(
        identifier=str(data.get("identifier") or ""),
        name=str(data.get("name") or ""),
        description=_text(data.get("description")),
        created_utc=parse_time(data.get("createdUtc")),
        record_count=count if isinstance(count, int) else None,
    )


def list_report_from_json(data: Mapping[str, Any]) -> ListReport:
    calibration = _mapping(data.get("calibration")) or {}
    pairs = data.get("possibleDuplicates")
    pairs = [pair for pair in pairs if isinstance(pair, Mapping)] if isinstance(pairs, list) else []
    return ListReport(
        members=_int(data.get("members"), 0),
        calibration=ListCalibration(
            estimated_false_match_rate=_number(calibration.get("estimatedFalseMatchRate")) or 0.0,
            estimated_warning_rate=_number(calibration.get("estimatedWarningRate")) or 0.0,
            ok_threshold=_number(calibration.get("okThreshold")) or 0.0,
            warning_threshold=_number(calibration.get("warningThreshold")) or 0.0,
            target=_number(calibration.get("target")) or 0.0,
            impostor_pairs=_int(calibration.get("impostorPairs"), 0),
            basis=str(calibration.get("basis") or ""),
        ),
        possible_duplicates=[
            PossibleDuplicate(a=str(pair.get("a") or ""), b=str(pair.get("b") or ""),
                              confidence=_number(pair.get("confidence")) or 0.0)
            for pair in pairs
        ],
        possible_duplicates_total=_int(data.get("possibleDuplicatesTotal"), len(pairs)),
    )


def calibration_target_from_json(data: Mapping[str, Any]) -> CalibrationTarget:
    return CalibrationTarget(target=_number(data.get("target")) or 0.0,
                             default_target=_number(data.get("defaultTarget")) or 0.0)


def record_page_from_json(data: Mapping[str, Any]) -> RecordPage:
    records = data.get("records")
    records = records if isinstance(records, list) else []
    return RecordPage(
        total=_int(data.get("total"), len(records)),
        offset=_int(data.get("offset"), 0),
        limit=_int(data.get("limit"), len(records)),
        records=[record_summary_from_json(item) for item in records if isinstance(item, Mapping)],
    )


def face_qa_from_json(data: Any) -> FaceQA | None:
    if not isinstance(data, Mapping):
        return None
    checks = data.get("checks") if isinstance(data.get("checks"), Mapping) else {}
    measures = data.get("measures") if isinstance(data.get("measures"), Mapping) else {}
    return FaceQA(
        score=_number(data.get("score")),
        checks={str(k): bool(v) for k, v in checks.items()},
        measures={str(k): v for k, v in measures.items() if isinstance(v, (int, float))},
        face_rectangle=_mapping(data.get("faceRectangle")),
        landmarks=_mapping(data.get("landmarks")),
        raw=dict(data),
    )


def identify_result_from_json(data: Mapping[str, Any]) -> IdentifyResult:
    try:
        result = ResultCode(int(data.get("result", ResultCode.NOT_EXECUTED)))
    except (TypeError, ValueError):  # null, a list, text: not a verdict anyone can act on
        result = ResultCode.NOT_EXECUTED
    return IdentifyResult(
        result=result,
        confidence=_number(data.get("confidence")) or 0.0,
        description=str(data.get("resultDescription") or ""),
        face_qa=face_qa_from_json(data.get("faceQA")),
        identifier=_text(data.get("identifier")),
        name=_text(data.get("name")),
        surname1=_text(data.get("surname1")),
        surname2=_text(data.get("surname2")),
        external_identifier=_text(data.get("externalIdentifier")),
        face_image=decode_file(data.get("faceImageBase64")),
    )
