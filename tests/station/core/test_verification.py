"""core.verification without Qt and without a service: which call a check makes per mode, what its result and a
review write to the activity log, what a failure means, when the target is ready, which next step the page
shows, and a reference photo file made ready to send."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from facestation.api import FaceList, FaceRecord, IdentifyResult, ResultCode, errors
from facestation.station.core.verification import (
    Failure,
    NextStep,
    PageFacts,
    ReferencePhoto,
    VerifyJob,
    VerifyMode,
    VerifyTargets,
    failure_of,
    next_step,
    prepare_reference,
    review_activity,
)

PROBE = b"\xff\xd8 probe"
STAFF = FaceList("list-staff", "Staff", None, None)


def record(identifier: str = "rec-1", face_image: bytes = b"enrolled") -> FaceRecord:
    return FaceRecord(identifier=identifier, name="Grace", surname1="Hopper", surname2=None,
                      external_identifier="G-1", additional_data_file_name=None, enabled=True,
                      face_list_id=None, created_utc=None, face_image=face_image)


def answer(code: ResultCode = ResultCode.OK, identifier: str | None = None, face_image: bytes | None = None,
           confidence: float = 91.23456) -> IdentifyResult:
    return IdentifyResult(result=code, confidence=confidence, description="", identifier=identifier,
                          face_image=face_image)


@dataclass
class FakeRecognition:
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    async def _answer(self, name: str, **arguments: Any) -> IdentifyResult:
        self.calls.append((name, arguments))
        return answer()

    def identify_record(self, **arguments: Any) -> Any:
        return self._answer("record", **arguments)

    def identify_reference_image(self, **arguments: Any) -> Any:
        return self._answer("reference", **arguments)

    def identify_in_list(self, **arguments: Any) -> Any:
        return self._answer("list", **arguments)


def reference() -> ReferencePhoto:
    return ReferencePhoto(jpeg=b"ref", preview=np.zeros((4, 4, 3), np.uint8), name="id.jpg")


def test_each_mode_asks_its_own_question() -> None:
    recognition = FakeRecognition()
    jobs = [VerifyJob(VerifyMode.PERSON, expected=record(), number="G-1"),
            VerifyJob(VerifyMode.PHOTO, reference=reference()),
            VerifyJob(VerifyMode.LIST, list_id=STAFF.identifier, list_name="Staff")]
    for job in jobs:
        asyncio.run(job.identify(recognition, PROBE))  # type: ignore[arg-type]
    assert recognition.calls == [
        ("record", {"face_image": PROBE, "external_identifier": "G-1"}),
        ("reference", {"face_image": PROBE, "reference_image": b"ref"}),
        ("list", {"face_image": PROBE, "list_id": STAFF.identifier}),
    ]


def test_a_result_is_logged_with_identifiers_and_a_rounded_confidence() -> None:
    by_person = VerifyJob(VerifyMode.PERSON, expected=record("rec-7"), number="G-1").activity(answer())
    assert (by_person.action, by_person.record_ids, by_person.list_ids) == ("verify", ["rec-7"], [])
    assert by_person.details == {"mode": "person", "result": "OK", "confidence": 91.235}
    in_list = VerifyJob(VerifyMode.LIST, list_id="l-1").activity(answer(ResultCode.FAILED, confidence=12.0))
    assert in_list.record_ids == [] and in_list.list_ids == ["l-1"] and in_list.details["result"] == "FAILED"
    found = VerifyJob(VerifyMode.LIST, list_id="l-1").activity(answer(identifier="rec-9"))
    assert found.record_ids == ["rec-9"]


def test_the_enrolled_photo_comes_from_the_answer_or_the_expected_person() -> None:
    person = VerifyJob(VerifyMode.PERSON, expected=record(face_image=b"looked up"))
    assert person.enrolled_photo(answer(face_image=b"answered")) == b"answered"
    assert person.enrolled_photo(answer()) == b"looked up"
    assert VerifyJob(VerifyMode.PHOTO, reference=reference()).enrolled_photo(answer(face_image=b"x")) is None


def test_a_review_is_logged_with_its_reason_cut_to_what_the_log_takes() -> None:
    entry = review_activity({"decision": "rejected", "reason": "not her " + "x" * 300, "mode": "list",
                             "confidence": 45.67891}, shown_identifier="rec-3")
    assert entry.action == "review" and entry.record_ids == ["rec-3"]
    assert entry.details["decision"] == "reject" and len(entry.details["reason"]) == 200
    assert entry.details["confidence"] == 45.679 and entry.details["mode"] == "list"
    confirmed = review_activity({"decision": "confirmed", "record_identifier": "rec-4"}, shown_identifier=None)
    assert confirmed.record_ids == ["rec-4"] and confirmed.details["confidence"] is None


def test_what_a_failure_means() -> None:
    person, in_list = VerifyJob(VerifyMode.PERSON), VerifyJob(VerifyMode.LIST, list_id="l")
    assert failure_of(person, errors.ServiceUnreachableError("down")) is Failure.OFFLINE
    assert failure_of(person, errors.NotFoundError("gone")) is Failure.PERSON_GONE
    assert failure_of(in_list, errors.NotFoundError("gone")) is Failure.LIST_GONE
    assert failure_of(VerifyJob(VerifyMode.PHOTO), errors.NotFoundError("?")) is Failure.OTHER
    assert failure_of(person, None) is Failure.OTHER


def test_the_target_is_ready_per_mode_and_makes_the_job() -> None:
    targets = VerifyTargets()
    assert not targets.ready(None)
    targets.set_expected(record(), "G-1")
    assert targets.ready(None) and targets.job(None) == VerifyJob(VerifyMode.PERSON, expected=record(), number="G-1")
    targets.set_expected(None, "G-1")
    assert targets.expected_number == ""
    targets.mode = VerifyMode.PHOTO
    targets.reference = reference()
    targets.awaiting_reference = True
    assert not targets.ready(None)
    targets.awaiting_reference = False
    assert targets.ready(None)
    targets.mode = VerifyMode.LIST
    targets.set_lists([STAFF])
    assert not targets.ready(None) and targets.ready(STAFF.identifier)
    assert targets.job(STAFF.identifier).list_name == "Staff"
    targets.forget_list(STAFF.identifier)
    assert targets.no_lists


def test_the_next_step() -> None:
    targets = VerifyTargets()
    assert next_step(targets, PageFacts()) is NextStep.TYPE_NUMBER
    assert next_step(targets, PageFacts(photo_taken=True)) is NextStep.PHOTO_TAKEN_TYPE_NUMBER
    assert next_step(targets, PageFacts(looking_up=True)) is NextStep.LOOKING_UP
    targets.set_expected(record(), "G-1")
    assert next_step(targets, PageFacts(has_camera=True)) is NextStep.LOOK_AT_CAMERA
    assert next_step(targets, PageFacts(has_camera=True, showing_file=True)) is NextStep.LOOK_AT_FILE
    assert next_step(targets, PageFacts()) is NextStep.LOAD_PHOTO
    assert next_step(targets, PageFacts(offline=True, photo_taken=True)) is NextStep.OFFLINE_READY
    assert next_step(targets, PageFacts(offline=True)) is NextStep.OFFLINE
    assert next_step(targets, PageFacts(verifying=True, offline=True)) is NextStep.CHECKING
    assert next_step(targets, PageFacts(showing_result=True, review_pending=True)) is NextStep.REVIEW
    assert next_step(targets, PageFacts(showing_result=True)) is NextStep.DONE
    assert next_step(targets, PageFacts(error_shown=True, cancelled=True)) is NextStep.FAILED
    assert next_step(targets, PageFacts(cancelled=True)) is NextStep.CANCELLED
    targets.mode = VerifyMode.PHOTO
    assert next_step(targets, PageFacts()) is NextStep.CHOOSE_REFERENCE
    assert next_step(targets, PageFacts(photo_taken=True)) is NextStep.PHOTO_TAKEN_CHOOSE_REFERENCE
    targets.awaiting_reference = True
    assert next_step(targets, PageFacts()) is NextStep.AWAITING_REFERENCE
    targets.mode = VerifyMode.LIST
    assert next_step(targets, PageFacts()) is NextStep.CHOOSE_LIST
    targets.set_lists([])
    assert next_step(targets, PageFacts()) is NextStep.NO_LISTS
    assert next_step(targets, PageFacts(chosen_list="l", has_camera=True)) is NextStep.LOOK_AT_CAMERA


def test_a_large_reference_file_is_shrunk_and_encoded(tmp_path: Path) -> None:
    image = np.full((2400, 1800, 3), 128, np.uint8)
    path = tmp_path / "document.png"
    assert cv2.imwrite(str(path), image)
    prepared = prepare_reference(path)
    assert prepared.name == "document.png" and prepared.jpeg[:2] == b"\xff\xd8"
    assert max(prepared.preview.shape[:2]) == 512
