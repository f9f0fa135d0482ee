"""The import engine against the real built-in service: statuses, the result CSV, resuming, stopping, the budget."""

from __future__ import annotations

import asyncio
import csv
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import cv2
import numpy as np
import pytest

from facestation.api import CallBudget, FaceCheckClient, errors
from facestation.importer import (
    Importer,
    ImportProgress,
    ImportReport,
    RowOutcome,
    RowStatus,
    read_people,
    write_result_csv,
)
from facestation.importer.people import PersonRow
from facestation.vision.faces import BGRImage
from tests.importer.photos import (
    ImportCase,
    good_photo,
    make_case,
    read_result,
    write_jpeg,
)
from tests.support.portraits import CompliantBase

T = TypeVar("T")


def signed_in(service: dict[str, Any], budget: CallBudget) -> Callable[[Callable[[FaceCheckClient], Awaitable[T]]], T]:
    """run(work): sign in to the shared service with `budget`, run work(client), close."""

    def run(work: Callable[[FaceCheckClient], Awaitable[T]]) -> T:
        async def main() -> T:
            async with FaceCheckClient(service["base_url"], service["client_id"], service["client_secret"],
                                       budget=budget) as client:
                await client.login(service["username"], service["password"])
                return await work(client)

        return asyncio.run(main())

    return run


@pytest.fixture
def budget(tmp_path: Path) -> CallBudget:
    return CallBudget(state_dir=tmp_path / "budget")


@pytest.fixture
def case(tmp_path: Path, compliant_base: CompliantBase, astronaut: BGRImage) -> ImportCase:
    return make_case(tmp_path / "import", compliant_base, astronaut)


def test_import_reports_every_line_and_a_rerun_imports_nothing_new(
        shared_service: dict[str, Any], budget: CallBudget, case: ImportCase, tmp_path: Path) -> None:
    people = read_people(case.csv_path, default_list=case.list_name)
    progress: list[ImportProgress] = []
    run = signed_in(shared_service, budget)
    report = run(lambda client: Importer(client, people, case.photos, workers=3, on_progress=progress.append).run())

    statuses = [(o.row.photo, o.status) for o in report.outcomes]
    assert statuses == [("good0.jpg", RowStatus.IMPORTED), ("good1.jpg", RowStatus.IMPORTED),
                        ("good2.jpg", RowStatus.IMPORTED), ("nonumber.jpg", RowStatus.IMPORTED),
                        ("smile.jpg", RowStatus.FAILED_QA), ("missing.jpg", RowStatus.ERROR),
                        ("broken.jpg", RowStatus.ERROR), ("huge.png", RowStatus.ERROR),
                        ("good1.jpg", RowStatus.ERROR)]
    reasons = [o.reason for o in report.outcomes]
    assert "mouth is open" in reasons[4] and "(overallPhotoQuality)" in reasons[4]
    assert "not in the photo folder" in reasons[5]
    assert "corrupt" in reasons[6] or "cannot be used" in reasons[6]
    assert "megapixels" in reasons[7]
    assert "also on line 2" in reasons[8]
    assert report.stopped is None and not report.complete
    generated = report.outcomes[3].external_identifier
    assert generated.startswith("IMP-") and len(generated) == 20
    assert progress[-1].done == 9 and progress[-1].imported == 4 and progress[-1].failed_qa == 1
    assert progress[-1].errors == 4 and progress[-1].current == ()
    assert any(p.current for p in progress)  # the names being worked on were shown

    # What the service holds: the station's portrait (480x640 token crop), in the list made by name.
    async def stored(client: FaceCheckClient) -> list[Any]:
        lists = {face_list.name: face_list for face_list in await client.lists.all()}
        records = [await client.records.get(o.record_id) for o in report.outcomes[:4] if o.record_id]
        return [lists[case.list_name], records]

    face_list, records = run(stored)
    assert len(records) == 4 and face_list.record_count == 4
    for record in records:
        assert record.face_list_id == face_list.identifier
        image = cv2.imdecode(np.frombuffer(record.face_image, np.uint8), cv2.IMREAD_COLOR)
        assert image.shape[:2] == (640, 480)
    assert records[3].external_identifier == generated and records[3].name == "Núria"

    result = tmp_path / "result.csv"
    write_result_csv(result, report)
    lines = read_result(result)
    assert [line["status"] for line in lines] == [o.status.value for o in report.outcomes]
    assert lines[0]["recordId"] == report.outcomes[0].record_id and lines[0]["line"] == "2"
    assert lines[3]["externalIdentifier"] == generated
    assert lines[4]["status"] == "failed QA" and "mouth is open" in lines[4]["reason"]

    again = run(lambda client: Importer(client, read_people(case.csv_path, default_list=case.list_name),
                                        case.photos).run())
    assert [o.status for o in again.outcomes[:4]] == [RowStatus.ALREADY_THERE] * 4
    assert [o.record_id for o in again.outcomes[:4]] == [o.record_id for o in report.outcomes[:4]]
    assert again.outcomes[0].reason == "already there"
    assert again.counts[RowStatus.IMPORTED] == 0
    assert [o.status for o in again.outcomes[4:]] == [o.status for o in report.outcomes[4:]]


def test_a_stopped_import_leaves_the_rest_not_done_and_a_rerun_resumes(
        shared_service: dict[str, Any], budget: CallBudget, tmp_path: Path, compliant_base: CompliantBase,
        astronaut: BGRImage) -> None:
    case = make_case(tmp_path, compliant_base, astronaut, good=5, with_generated=False, extra_bad=False)
    people = read_people(case.csv_path)
    run = signed_in(shared_service, budget)
    holder: dict[str, Importer] = {}

    def stop_after_first(progress: ImportProgress) -> None:
        if progress.imported >= 1:
            holder["importer"].stop()

    async def first(client: FaceCheckClient) -> Any:
        holder["importer"] = Importer(client, people, case.photos, workers=1, on_progress=stop_after_first)
        return await holder["importer"].run()

    report = run(first)
    assert report.cancelled and report.stopped == "The import was cancelled."
    assert [o.status for o in report.outcomes] == [RowStatus.IMPORTED] + [RowStatus.NOT_DONE] * 4
    assert "run it again" in report.outcomes[1].reason

    resumed = run(lambda client: Importer(client, read_people(case.csv_path), case.photos, workers=2).run())
    assert [o.status for o in resumed.outcomes] == [RowStatus.ALREADY_THERE] + [RowStatus.IMPORTED] * 4
    assert resumed.complete and resumed.stopped is None


def test_a_spent_call_budget_is_waited_for_never_exceeded(
        shared_service: dict[str, Any], tmp_path: Path, compliant_base: CompliantBase, astronaut: BGRImage) -> None:
    """The hour is already full when the import starts: it waits the budget's Retry-After (a clock moved by
    the test's sleep) and then imports everyone; no call is ever made while the budget is spent."""
    case = make_case(tmp_path, compliant_base, astronaut, good=2, with_generated=False, extra_bad=False)
    now = [1_000_000.0]
    budget = CallBudget(state_dir=tmp_path / "budget", clock=lambda: now[0])
    waits: list[float] = []
    refused_sends: list[int] = []
    budget.add_listener(lambda status: refused_sends.append(status.used) if status.used > status.limit else None)

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds
        await asyncio.sleep(0)

    async def work(client: FaceCheckClient) -> Any:
        budget.observe_server(None, 0)  # another station of this operator used the whole hour
        return await Importer(client, read_people(case.csv_path), case.photos, workers=2, sleep=sleep).run()

    report = signed_in(shared_service, budget)(work)
    assert report.complete, [o.reason for o in report.outcomes]
    assert waits and max(waits) == pytest.approx(3600, abs=1)
    assert refused_sends == []


def test_a_service_that_goes_away_stops_the_import_with_the_reason(
        shared_service: dict[str, Any], budget: CallBudget, tmp_path: Path, compliant_base: CompliantBase,
        astronaut: BGRImage) -> None:
    case = make_case(tmp_path, compliant_base, astronaut, good=2, with_generated=False, extra_bad=False)

    async def work(client: FaceCheckClient) -> Any:
        await client.logout()  # the session ended (e.g. the password was changed elsewhere)
        return await Importer(client, read_people(case.csv_path), case.photos).run()

    report = signed_in(shared_service, budget)(work)
    assert report.stopped is not None and "Sign in again" in report.stopped
    assert not report.cancelled
    assert [o.status for o in report.outcomes] == [RowStatus.NOT_DONE] * 2


def test_generated_identifiers_depend_on_name_and_photo_only() -> None:
    from facestation.importer import generated_identifier

    row = PersonRow(2, "Núria", "Puig", "", "", "a.jpg", "")
    same = PersonRow(9, "NÚRIA", "puig", "", "", "b.jpg", "Staff")
    assert generated_identifier(row, b"photo") == generated_identifier(same, b"photo")
    assert generated_identifier(row, b"photo") != generated_identifier(row, b"other photo")
    assert generated_identifier(row, b"photo") != generated_identifier(PersonRow(2, "Nuria", "Puig", "", "", "", ""),
                                                                       b"photo")


def test_the_client_refuses_rather_than_exceeds(tmp_path: Path) -> None:
    budget = CallBudget(1, state_dir=tmp_path)
    budget.reserve()
    with pytest.raises(errors.RateLimitError):
        budget.reserve()


# -- issue 15 row 13: the result CSV, a number already taken by someone else, photos outside the folder ---------

def write_people(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["name", "surname1", "surname2", "externalIdentifier", "photo",
                                                    "list"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_the_result_csv_never_holds_a_formula(tmp_path: Path) -> None:
    """Names, numbers, photo and list names come from whoever wrote the people file: opened in a spreadsheet,
    the result file must show them, never run them."""
    row = PersonRow(2, "=cmd|' /C calc'!A0", "+SUM(A1)", "-1+2", "@HYPERLINK(\"x\")", "\t=1.jpg", "\r=list")
    report = ImportReport([RowOutcome(row, RowStatus.ERROR, "=the reason", external_identifier="@id")])
    write_result_csv(tmp_path / "result.csv", report)
    [line] = read_result(tmp_path / "result.csv")
    assert line["name"] == "'=cmd|' /C calc'!A0"
    assert line["surname1"] == "'+SUM(A1)" and line["surname2"] == "'-1+2"
    assert line["externalIdentifier"] == "'@id"
    assert line["photo"] == "'\t=1.jpg" and line["list"] == "'\r=list"
    assert line["reason"] == "'=the reason"
    assert line["line"] == "2" and line["status"] == "error"


def test_a_number_already_held_by_a_different_person_is_an_error_not_a_skip(
        shared_service: dict[str, Any], budget: CallBudget, tmp_path: Path, compliant_base: CompliantBase,
        astronaut: BGRImage) -> None:
    case = make_case(tmp_path, compliant_base, astronaut, good=1, with_generated=False, extra_bad=False)
    run = signed_in(shared_service, budget)
    first = run(lambda client: Importer(client, read_people(case.csv_path), case.photos).run())
    assert [o.status for o in first.outcomes] == [RowStatus.IMPORTED]

    number = case.good[0]
    again = write_people(tmp_path / "again.csv", [
        # the same person, written in capitals: still the same person, skipped
        {"name": "GRACE", "surname1": "HOPPER0", "surname2": case.tag.upper(), "externalIdentifier": number,
         "photo": "good0.jpg", "list": ""},
    ])
    other = write_people(tmp_path / "other.csv", [
        {"name": "Margaret", "surname1": "Hamilton", "surname2": case.tag, "externalIdentifier": number,
         "photo": "good0.jpg", "list": ""},
    ])
    same = run(lambda client: Importer(client, read_people(again), case.photos).run())
    assert [o.status for o in same.outcomes] == [RowStatus.ALREADY_THERE]
    assert same.outcomes[0].record_id == first.outcomes[0].record_id

    clash = run(lambda client: Importer(client, read_people(other), case.photos).run())
    [outcome] = clash.outcomes
    assert outcome.status is RowStatus.ERROR
    assert "a different person already has this number" in outcome.reason
    assert outcome.record_id is None  # the stored record is not this person's

    async def stored(client: FaceCheckClient) -> Any:
        return await client.records.get(first.outcomes[0].record_id or "")

    assert run(stored).name == "Grace"  # left as it was


def test_a_photo_outside_the_photo_folder_is_refused(
        shared_service: dict[str, Any], budget: CallBudget, tmp_path: Path, compliant_base: CompliantBase,
        astronaut: BGRImage) -> None:
    """The photo column names a file in the photo folder (or a folder inside it), nothing else: not ../, not an
    absolute path, not a link that leads out, even when the file there is a perfectly good portrait."""
    case = make_case(tmp_path / "case", compliant_base, astronaut, good=1, with_generated=False, extra_bad=False)
    outside = write_jpeg(tmp_path / "outside.jpg", good_photo(compliant_base, 7))
    (case.photos / "sub").mkdir()
    write_jpeg(case.photos / "sub" / "inside.jpg", good_photo(compliant_base, 8))
    (case.photos / "link.jpg").symlink_to(outside)
    tag = case.tag
    photos = ["../../outside.jpg", str(outside), "sub/../../../outside.jpg", "link.jpg", "..\\..\\outside.jpg",
              "sub/inside.jpg"]
    people = write_people(tmp_path / "people.csv", [
        {"name": "Path", "surname1": f"Case{index}", "surname2": tag, "externalIdentifier": f"IMPT-{tag}-p{index}",
         "photo": photo, "list": ""} for index, photo in enumerate(photos)])

    report = signed_in(shared_service, budget)(
        lambda client: Importer(client, read_people(people), case.photos).run())
    statuses = [o.status for o in report.outcomes]
    assert statuses == [RowStatus.ERROR] * 5 + [RowStatus.IMPORTED], [o.reason for o in report.outcomes]
    for outcome in report.outcomes[:5]:
        assert "outside the photo folder" in outcome.reason, outcome.reason
        assert outcome.record_id is None
