"""Checking a face on the Verify page, without Qt: what one check compares (`VerifyTargets`, `VerifyJob`), how it
asks the service, what a failure means, what goes to the activity log, and which next step the page shows.

The page keeps a `VerifyTargets` (the mode, the person looked up by number, the reference photo, the lists),
asks it for a `VerifyJob` once the photo of the person is there, runs `job.identify(...)` through `Operations`
and shows the answer; `NextStep` says what the operator does next, the page says it in words.
"""

from __future__ import annotations

from collections.abc import Coroutine, Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

import cv2

from facestation.api import FaceList, FaceRecord, IdentifyResult, errors
from facestation.api.images import FRAME_JPEG_BUDGET
from facestation.api.resources import RecognitionResource
from facestation.station.core.outbox import is_offline_error
from facestation.vision.faces import BGRImage
from facestation.vision.imageio import load_image
from facestation.vision.jpeg import encode_jpeg

__all__ = [
    "Activity",
    "Failure",
    "NextStep",
    "PageFacts",
    "ReferencePhoto",
    "VerifyJob",
    "VerifyMode",
    "VerifyTargets",
    "failure_of",
    "next_step",
    "prepare_reference",
    "review_activity",
]

_REFERENCE_MAX_SIDE = 1600  # plenty for a face on an ID document; keeps the upload light
_PREVIEW_MAX_SIDE = 512
AUDIT_TEXT_LIMIT = 200  # the activity log refuses longer texts


class VerifyMode(StrEnum):
    """What the photo just taken is compared with."""

    PERSON = "person"
    PHOTO = "photo"
    LIST = "list"


@dataclass(frozen=True)
class ReferencePhoto:
    """A reference image ready to send, with a small copy to show."""

    jpeg: bytes
    preview: BGRImage
    name: str  # the file name, or "" when taken with the camera


def prepare_reference(path: str | Path) -> ReferencePhoto:
    """Read a reference photo file (upright by its EXIF orientation, size limits), shrink it to a sensible size
    and encode it as a JPEG. Blocking (disk and OpenCV): run it in a worker."""
    path = Path(path)
    image = load_image(path)
    longest = max(image.shape[:2])
    if longest > _REFERENCE_MAX_SIDE:
        factor = _REFERENCE_MAX_SIDE / longest
        image = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    jpeg = encode_jpeg(image, max_bytes=FRAME_JPEG_BUDGET, min_width=min(240, image.shape[1]))
    factor = min(1.0, _PREVIEW_MAX_SIDE / max(image.shape[:2]))
    preview = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else image
    return ReferencePhoto(jpeg=jpeg, preview=preview, name=path.name)


@dataclass(frozen=True)
class Activity:
    """One activity-log entry: identifiers and details only, never a name or a photo."""

    action: str
    record_ids: list[str] = field(default_factory=list)
    list_ids: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class VerifyJob:
    """What one check compares, kept as it was when it started (the result shows exactly that)."""

    mode: VerifyMode
    expected: FaceRecord | None = None
    number: str = ""
    reference: ReferencePhoto | None = None
    list_id: str = ""
    list_name: str = ""

    def identify(self, recognition: RecognitionResource, probe_jpeg: bytes) -> Coroutine[Any, Any, IdentifyResult]:
        """The service call that answers this check."""
        if self.mode is VerifyMode.PERSON:
            return recognition.identify_record(face_image=probe_jpeg, external_identifier=self.number)
        if self.mode is VerifyMode.PHOTO:
            assert self.reference is not None
            return recognition.identify_reference_image(face_image=probe_jpeg, reference_image=self.reference.jpeg)
        return recognition.identify_in_list(face_image=probe_jpeg, list_id=self.list_id)

    def activity(self, result: IdentifyResult) -> Activity:
        """The activity-log entry of its result: mode, result code, rounded confidence, the record's id."""
        record_id = self.expected.identifier if self.expected is not None else result.identifier
        return Activity("verify", record_ids=[record_id] if record_id else [],
                        list_ids=[self.list_id] if self.list_id else [],
                        details={"mode": self.mode.value, "result": result.result.name,
                                 "confidence": round(float(result.confidence), 3)})

    def enrolled_photo(self, result: IdentifyResult) -> bytes | None:
        """The enrolled person's photo to show beside the probe (a photo check shows its reference instead)."""
        if self.mode is VerifyMode.PHOTO:
            return None
        return result.face_image or (self.expected.face_image if self.expected is not None else None)


class Failure(Enum):
    """What a failed check means for the page."""

    OFFLINE = "offline"  # the service could not be reached: wait for it, never queue
    PERSON_GONE = "person gone"  # the expected person was deleted since the look-up
    LIST_GONE = "list gone"  # the list was deleted elsewhere
    OTHER = "other"  # say it, offer "Try again"


def failure_of(job: VerifyJob, error: BaseException | None) -> Failure:
    if error is not None and is_offline_error(error):
        return Failure.OFFLINE
    if isinstance(error, errors.NotFoundError) and job.mode is VerifyMode.PERSON:
        return Failure.PERSON_GONE
    if isinstance(error, errors.NotFoundError) and job.mode is VerifyMode.LIST:
        return Failure.LIST_GONE
    return Failure.OTHER


def review_activity(decision: Mapping[str, Any], shown_identifier: str | None) -> Activity:
    """The operator's review decision for the activity log: identifiers, the reason as typed (cut to what the
    log takes), never a name or a photo. `shown_identifier`: the record of the result on the card."""
    record_id = decision.get("record_identifier") or shown_identifier
    verdict = {"confirmed": "confirm", "rejected": "reject"}.get(str(decision.get("decision")),
                                                                str(decision.get("decision")))
    confidence = decision.get("confidence")
    return Activity("review", record_ids=[str(record_id)] if record_id else [], details={
        "decision": verdict, "reason": str(decision.get("reason") or "")[:AUDIT_TEXT_LIMIT],
        "mode": str(decision.get("mode") or ""),
        "confidence": round(float(confidence), 3) if isinstance(confidence, int | float) else None})


@dataclass
class VerifyTargets:
    """What the photo of the person can be compared with: the mode, the person looked up by number, the
    reference photo (or that the camera's next photo becomes it), and the lists. The chosen list is the page's
    (its combo), passed in."""

    mode: VerifyMode = VerifyMode.PERSON
    expected: FaceRecord | None = None
    expected_number: str = ""
    reference: ReferencePhoto | None = None
    awaiting_reference: bool = False
    lists: list[FaceList] = field(default_factory=list)
    lists_loaded: bool = False

    def set_expected(self, record: FaceRecord | None, number: str = "") -> None:
        self.expected = record
        self.expected_number = number if record is not None else ""

    def set_lists(self, lists: list[FaceList]) -> None:
        self.lists = list(lists)
        self.lists_loaded = True

    def forget_list(self, list_id: str) -> None:
        """A list deleted elsewhere leaves (no other list is chosen in its place)."""
        self.lists = [item for item in self.lists if item.identifier != list_id]

    def list_name(self, list_id: str) -> str:
        return next((item.name for item in self.lists if item.identifier == list_id), "")

    @property
    def no_lists(self) -> bool:
        """The lists are in, and there are none."""
        return self.lists_loaded and not self.lists

    def ready(self, chosen_list: str | None) -> bool:
        """Whether there is something to compare the photo with in the current mode."""
        if self.mode is VerifyMode.PERSON:
            return self.expected is not None
        if self.mode is VerifyMode.PHOTO:
            return self.reference is not None and not self.awaiting_reference
        return chosen_list is not None

    def job(self, chosen_list: str | None) -> VerifyJob:
        """The check of the current mode (call it when `ready`)."""
        if self.mode is VerifyMode.PERSON:
            return VerifyJob(VerifyMode.PERSON, expected=self.expected, number=self.expected_number)
        if self.mode is VerifyMode.PHOTO:
            return VerifyJob(VerifyMode.PHOTO, reference=self.reference)
        list_id = str(chosen_list)
        return VerifyJob(VerifyMode.LIST, list_id=list_id, list_name=self.list_name(list_id))


class NextStep(Enum):
    """What the page tells the operator to do next."""

    REVIEW = "review"
    DONE = "done"
    CHECKING = "checking"
    OFFLINE_READY = "offline ready"
    OFFLINE = "offline"
    FAILED = "failed"
    CANCELLED = "cancelled"
    LOOKING_UP = "looking up"
    PHOTO_TAKEN_TYPE_NUMBER = "photo taken, type number"
    TYPE_NUMBER = "type number"
    AWAITING_REFERENCE = "awaiting reference"
    PHOTO_TAKEN_CHOOSE_REFERENCE = "photo taken, choose reference"
    CHOOSE_REFERENCE = "choose reference"
    NO_LISTS = "no lists"
    CHOOSE_LIST = "choose list"
    LOOK_AT_FILE = "look at file"
    LOOK_AT_CAMERA = "look at camera"
    LOAD_PHOTO = "load photo"


@dataclass(frozen=True)
class PageFacts:
    """What the page shows right now, as far as the next step depends on it."""

    showing_result: bool = False
    review_pending: bool = False
    verifying: bool = False
    offline: bool = False
    error_shown: bool = False
    cancelled: bool = False
    photo_taken: bool = False
    showing_file: bool = False
    has_camera: bool = False
    looking_up: bool = False
    chosen_list: str | None = None


def next_step(targets: VerifyTargets, facts: PageFacts) -> NextStep:
    if facts.showing_result:
        return NextStep.REVIEW if facts.review_pending else NextStep.DONE
    if facts.verifying:
        return NextStep.CHECKING
    if facts.offline:
        return NextStep.OFFLINE_READY if facts.photo_taken and targets.ready(facts.chosen_list) else NextStep.OFFLINE
    if facts.error_shown:
        return NextStep.FAILED
    if facts.cancelled:
        return NextStep.CANCELLED
    if facts.showing_file:
        look = NextStep.LOOK_AT_FILE
    elif facts.has_camera:
        look = NextStep.LOOK_AT_CAMERA
    else:
        look = NextStep.LOAD_PHOTO
    if targets.mode is VerifyMode.PERSON:
        if facts.looking_up:
            return NextStep.LOOKING_UP
        if targets.expected is None:
            return NextStep.PHOTO_TAKEN_TYPE_NUMBER if facts.photo_taken else NextStep.TYPE_NUMBER
        return look
    if targets.mode is VerifyMode.PHOTO:
        if targets.awaiting_reference:
            return NextStep.AWAITING_REFERENCE
        if targets.reference is None:
            return NextStep.PHOTO_TAKEN_CHOOSE_REFERENCE if facts.photo_taken else NextStep.CHOOSE_REFERENCE
        return look
    if facts.chosen_list is None:
        return NextStep.NO_LISTS if targets.no_lists else NextStep.CHOOSE_LIST
    return look
