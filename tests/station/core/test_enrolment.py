"""core.enrolment without Qt and without a service: the duplicate check (one row per person, best verdict, the
enrolled photo fetched when missing, skipped without credits), the create-and-join coroutine, and what a failure
or a cancel means (queue it? may the record exist?), with small fakes of the client and the directory."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import pytest

from facestation.api import FaceList, FaceRecord, IdentifyResult, ResultCode, errors
from facestation.station.core.actions import AddMember, CreateRecord
from facestation.station.core.enrolment import (
    CheckSkipped,
    DuplicatesFound,
    Enrolled,
    EnrolProgress,
    EnrolRequest,
    ListFailure,
    Stopped,
    can_keep_offline,
    create_record_action,
    enrol_audit_details,
    enrol_person,
    find_possible_duplicates,
    join_later,
    may_have_landed,
    stopped,
)

STAFF = FaceList("list-staff", "Staff", None, None)
GUESTS = FaceList("list-guests", "Guests", None, None)
JPEG = b"\xff\xd8 the new photo"


@dataclass
class Details:
    name: str = "Ada"
    surname1: str = "Lovelace"
    surname2: str | None = "Byron"
    external_identifier: str | None = "EN-1"
    enabled: bool = True
    attachment: bytes | None = None
    attachment_name: str | None = None


def result(code: ResultCode, identifier: str | None = None, confidence: float = 0.0,
           face_image: bytes | None = None) -> IdentifyResult:
    return IdentifyResult(result=code, confidence=confidence, description="", identifier=identifier,
                          name="Grace", surname1="Hopper", external_identifier="G-1", face_image=face_image)


@dataclass
class FakeRecognition:
    answers: dict[str, Any]  # list id -> IdentifyResult, or an exception to raise
    asked: list[str] = field(default_factory=list)

    async def identify_in_list(self, *, face_image: bytes, list_id: str) -> IdentifyResult:
        self.asked.append(list_id)
        answer = self.answers[list_id]
        if isinstance(answer, BaseException):
            raise answer
        return answer


@dataclass
class FakeRecords:
    stored: dict[str, FaceRecord] = field(default_factory=dict)
    created: list[dict[str, Any]] = field(default_factory=list)
    fail_create: BaseException | None = None

    async def get(self, identifier: str) -> FaceRecord:
        if identifier not in self.stored:
            raise errors.NotFoundError("gone")
        return self.stored[identifier]

    async def create(self, **fields: Any) -> str:
        self.created.append(fields)
        if self.fail_create is not None:
            raise self.fail_create
        return "rec-new"


@dataclass
class FakeClient:
    recognition: FakeRecognition
    records: FakeRecords = field(default_factory=FakeRecords)


@dataclass
class FakeCatalogue:
    members: list[tuple[str, str, str]] = field(default_factory=list)

    def add_member(self, list_id: str, record_id: str, label: str) -> None:
        self.members.append((list_id, record_id, label))


@dataclass
class FakeDirectory:
    lists: list[FaceList] = field(default_factory=list)
    catalogue: FakeCatalogue = field(default_factory=FakeCatalogue)
    failing: dict[str, BaseException] = field(default_factory=dict)
    joined: list[tuple[str, str, str]] = field(default_factory=list)

    async def all_lists(self) -> list[FaceList]:
        return list(self.lists)

    async def add_member(self, list_id: str, record_id: str, *, label: str = "") -> None:
        if list_id in self.failing:
            raise self.failing[list_id]
        self.joined.append((list_id, record_id, label))


def record(identifier: str, face_image: bytes = b"", *, enabled: bool = True) -> FaceRecord:
    return FaceRecord(identifier=identifier, name="Grace", surname1="Hopper", surname2=None,
                      external_identifier="G-1", additional_data_file_name=None, enabled=enabled,
                      face_list_id=None, created_utc=None, face_image=face_image)


def check(client: FakeClient, directory: FakeDirectory, chosen: list[FaceList]) -> Any:
    return asyncio.run(find_possible_duplicates(client, directory, JPEG, chosen))  # type: ignore[arg-type]


def test_one_possible_duplicate_per_person_with_the_best_verdict_and_every_list_named() -> None:
    client = FakeClient(FakeRecognition({
        STAFF.identifier: result(ResultCode.WARNING, "rec-1", 61.0, b"photo-1"),
        GUESTS.identifier: result(ResultCode.OK, "rec-1", 92.0),
    }))
    found = check(client, FakeDirectory(), [STAFF, GUESTS])
    assert found.skipped is None and found.lists_checked == 2
    (duplicate,) = found.duplicates
    assert duplicate.identifier == "rec-1" and duplicate.confidence == 92.0 and duplicate.same_person
    assert duplicate.list_names == ("Staff", "Guests") and duplicate.full_name == "Grace Hopper"
    assert duplicate.face_image == b"photo-1"  # kept from the answer that had it


def test_without_a_chosen_list_every_list_is_looked_in_and_a_missing_photo_is_fetched() -> None:
    client = FakeClient(FakeRecognition({STAFF.identifier: result(ResultCode.OK, "rec-2", 88.0),
                                         GUESTS.identifier: result(ResultCode.FAILED)}))
    client.records.stored["rec-2"] = record("rec-2", b"fetched")
    found = check(client, FakeDirectory([STAFF, GUESTS]), [])
    assert client.recognition.asked == [STAFF.identifier, GUESTS.identifier]
    assert [d.face_image for d in found.duplicates] == [b"fetched"]


def test_a_person_deleted_meanwhile_is_no_duplicate_and_a_deleted_list_is_skipped() -> None:
    client = FakeClient(FakeRecognition({STAFF.identifier: errors.NotFoundError("list gone"),
                                         GUESTS.identifier: result(ResultCode.WARNING, "rec-gone", 70.0)}))
    found = check(client, FakeDirectory(), [STAFF, GUESTS])
    assert found.duplicates == () and found.lists_checked == 1


@pytest.mark.parametrize(("error", "reason"), [(errors.InsufficientCreditsError("none left"), CheckSkipped.NO_CREDITS),
                                               (errors.FeatureUnavailableError("no"), CheckSkipped.UNAVAILABLE)])
def test_the_check_is_skipped_without_credits_or_the_feature(error: BaseException, reason: CheckSkipped) -> None:
    found = check(FakeClient(FakeRecognition({STAFF.identifier: error})), FakeDirectory(), [STAFF, GUESTS])
    assert found.skipped is reason and found.duplicates == ()


def test_no_lists_at_all_skips_the_check() -> None:
    found = check(FakeClient(FakeRecognition({})), FakeDirectory(), [])
    assert found.skipped is CheckSkipped.NO_LISTS and found.lists_checked == 0


def request(details: Details | None = None, lists: tuple[FaceList, ...] = (STAFF, GUESTS),
            duplicates_shown: int = 0) -> EnrolRequest:
    return EnrolRequest(JPEG, details or Details(), lists, consent_given=True, duplicates_shown=duplicates_shown)


def test_enrol_person_creates_in_the_first_list_and_joins_the_others_saying_which_failed() -> None:
    client = FakeClient(FakeRecognition({}))
    gone = errors.NotFoundError("deleted")
    directory = FakeDirectory(failing={GUESTS.identifier: gone})
    progress = EnrolProgress()
    outcome = asyncio.run(enrol_person(client, directory, request(), progress,  # type: ignore[arg-type]
                                       check_duplicates=False))
    assert outcome == Enrolled("rec-new", "Ada Lovelace Byron", None, (ListFailure(GUESTS, gone),))
    assert progress == EnrolProgress(create_sent=True, record_id="rec-new")
    (created,) = client.records.created
    assert created["face_list_id"] == STAFF.identifier and created["external_identifier"] == "EN-1"
    assert directory.catalogue.members == [(STAFF.identifier, "rec-new", "Ada Lovelace Byron")]


def test_enrol_person_stops_at_possible_duplicates_and_creates_nothing() -> None:
    client = FakeClient(FakeRecognition({STAFF.identifier: result(ResultCode.OK, "rec-1", 95.0, b"p"),
                                         GUESTS.identifier: result(ResultCode.FAILED)}))
    progress = EnrolProgress()
    outcome = asyncio.run(enrol_person(client, FakeDirectory(), request(), progress))  # type: ignore[arg-type]
    assert isinstance(outcome, DuplicatesFound) and outcome.check.duplicates[0].identifier == "rec-1"
    assert client.records.created == [] and stopped(progress) is Stopped.NOTHING_SAVED


def landed_timeout() -> errors.FaceCheckError:
    error = errors.RequestTimeoutError("no answer")
    error.may_have_landed = True
    return error


def test_what_a_failure_means_for_the_offline_queue() -> None:
    offline = errors.ServiceUnreachableError("down")
    nothing_sent = EnrolProgress()
    assert can_keep_offline(offline, nothing_sent, request(), can_queue=True)
    assert not can_keep_offline(offline, nothing_sent, request(), can_queue=False)
    assert not can_keep_offline(errors.NotFoundError("x"), nothing_sent, request(), can_queue=True)
    # The create may have landed: queued only under its member number, which the replay looks up first.
    sent = EnrolProgress(create_sent=True)
    assert may_have_landed(landed_timeout(), sent) and not may_have_landed(landed_timeout(), nothing_sent)
    assert can_keep_offline(landed_timeout(), sent, request(), can_queue=True)
    assert not can_keep_offline(landed_timeout(), sent, request(Details(external_identifier=None)), can_queue=True)
    # The record exists: nothing to queue.
    assert not can_keep_offline(offline, EnrolProgress(True, "rec-1"), request(), can_queue=True)


def test_what_a_cancel_left_behind() -> None:
    assert stopped(EnrolProgress()) is Stopped.NOTHING_SAVED
    assert stopped(EnrolProgress(create_sent=True)) is Stopped.MAY_EXIST
    assert stopped(EnrolProgress(create_sent=True, record_id="r")) is Stopped.ENROLLED


def test_the_queued_enrolment_is_a_create_record_action_with_its_audit_details() -> None:
    details = Details(surname2=None, external_identifier=None, attachment=b"%PDF", attachment_name=None)
    action = create_record_action(request(details, duplicates_shown=2))
    assert isinstance(action, CreateRecord) and action.list_ids_to_join == (STAFF.identifier, GUESTS.identifier)
    payload = action.payload()
    assert payload["external_identifier"] == "" and "surname2" not in payload
    assert payload["additional_data_file_name"] == "attachment"
    assert payload["face_list_id"] == STAFF.identifier and payload["extra_list_ids"] == [GUESTS.identifier]
    assert action.audit_details() == enrol_audit_details(request(details, duplicates_shown=2)) == {
        "consent": True, "lists": 2, "duplicates_shown": 2, "enrolled_anyway": True}


def test_only_the_lists_missed_for_want_of_a_connection_are_joined_later() -> None:
    outcome = Enrolled("rec-1", "Ada Lovelace", None, (ListFailure(STAFF, errors.ServiceUnreachableError("down")),
                                                       ListFailure(GUESTS, errors.NotFoundError("gone"))))
    assert join_later(outcome) == [AddMember(STAFF.identifier, "rec-1", label="Ada Lovelace", list_name="Staff")]
