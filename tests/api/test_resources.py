"""Every method of `client.records`, `client.lists` and `client.recognition` (with the local service's extensions
and `capabilities()`) against the real local service on loopback: no mocks."""

from __future__ import annotations

import base64
import dataclasses
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from facestation import __version__
from facestation.api import UNCHANGED, CallBudget, FaceCheckClient, ResultCode, errors
from facestation.api.models import (
    FaceList,
    FaceQA,
    FaceRecord,
    FaceRecordSummary,
    IdentifyResult,
    RecordPage,
)
from facestation.vision.faces import BGRImage
from tests.api.conftest import RecordingTransport, jpeg, run, signed_in, variant
from tests.service.conftest import LiveService, Tenant

GUID_LENGTH = 36
QA_CHECKS = {"goodVerticalFacePosition", "horizontallyCenteredFace", "goodExposure", "eyesNotRed", "resolution",
             "onlyOneFaceVisible", "isFrontal", "overallPhotoQuality"}


def assert_recent(moment: datetime | None) -> None:
    assert moment is not None and moment.tzinfo is not None
    assert moment.utcoffset() == UTC.utcoffset(None)
    assert abs(moment.timestamp() - time.time()) < 120


@pytest.fixture(scope="module")
def module_tenant(live: LiveService) -> Iterator[Tenant]:
    """A tenant shared by the tests of this module that only read or are refused."""
    created = live.new_tenant(sign_in=False)
    yield created
    created.http.close()


# -- records ------------------------------------------------------------------------------------------------


def test_create_from_an_array_a_path_and_bytes_then_get(
    live: LiveService, tenant: Tenant, budget: CallBudget, grace_hopper: BGRImage, astronaut: BGRImage,
    tmp_path: Path,
) -> None:
    photo = tmp_path / "eileen.jpg"
    photo.write_bytes(jpeg(astronaut))

    async def scenario() -> tuple[list[str], list[FaceRecord]]:
        async with signed_in(live, tenant, budget) as client:
            from_array = await client.records.create(face_image=grace_hopper, name="Grace", surname1="Hopper")
            from_path = await client.records.create(
                face_image=str(photo), name="Eileen", surname1="Collins", surname2="Marie",
                external_identifier="E-1", additional_data=b"%PDF-1.4 \x00\xff", additional_data_file_name="cv.pdf")
            from_path_object = await client.records.create(face_image=photo, name="Eileen", surname1="Twice",
                                                           enabled=False)
            from_bytes = await client.records.create(face_image=jpeg(grace_hopper), name="Grace", surname1="Bytes")
            from_bytearray = await client.records.create(face_image=bytearray(jpeg(grace_hopper)), name="Grace",
                                                         surname1="Bytearray")
            ids = [from_array, from_path, from_path_object, from_bytes, from_bytearray]
            return ids, [await client.records.get(identifier) for identifier in ids]

    ids, records = run(scenario())
    assert len(set(ids)) == 5 and all(len(identifier) == GUID_LENGTH for identifier in ids)
    grace, eileen, disabled, from_bytes, from_bytearray = records
    assert [record.identifier for record in records] == ids
    assert isinstance(grace, FaceRecord) and isinstance(grace, FaceRecordSummary)
    assert (grace.name, grace.surname1, grace.surname2, grace.external_identifier) == ("Grace", "Hopper", None, None)
    assert grace.enabled and grace.face_list_id is None and grace.additional_data is None
    assert grace.additional_data_file_name is None
    assert grace.face_image.startswith(b"\xff\xd8")  # the array went as a JPEG and comes back as bytes
    assert_recent(grace.created_utc)
    assert (eileen.surname2, eileen.external_identifier) == ("Marie", "E-1")
    assert eileen.full_name == "Eileen Collins Marie"
    assert (eileen.additional_data, eileen.additional_data_file_name) == (b"%PDF-1.4 \x00\xff", "cv.pdf")
    assert eileen.face_image == jpeg(astronaut)  # the file's bytes, sent untouched
    assert disabled.enabled is False
    assert from_bytes.face_image == jpeg(grace_hopper) == from_bytearray.face_image


def test_get_by_external_id_with_characters_that_mean_something_in_a_url(
    live: LiveService, tenant: Tenant, budget: CallBudget, grace_hopper: BGRImage
) -> None:
    external = "Pérez García?#1 & 50%"

    async def scenario() -> tuple[str, FaceRecord]:
        async with signed_in(live, tenant, budget) as client:
            created = await client.records.create(face_image=grace_hopper, name="Ana", surname1="Pérez",
                                                  external_identifier=external)
            return created, await client.records.get_by_external_id(external)

    created, record = run(scenario())
    assert record.identifier == created and record.external_identifier == external


def test_an_external_identifier_with_a_slash(live: LiveService, tenant: Tenant, budget: CallBudget,
                                             grace_hopper: BGRImage) -> None:
    async def scenario() -> tuple[str, FaceRecord, bool]:
        async with signed_in(live, tenant, budget) as client:
            created = await client.records.create(face_image=grace_hopper, name="A", surname1="B",
                                                  external_identifier="DEPT/42")
            return (created, await client.records.get_by_external_id("DEPT/42"),
                    await client.records.delete_by_external_id("DEPT/42"))

    created, record, deleted = run(scenario())
    assert record.identifier == created and deleted


@pytest.mark.parametrize("external", [".", "..", "...", "%2E%2E"])
def test_dot_external_identifiers_reach_their_own_record(live: LiveService, tenant: Tenant, budget: CallBudget,
                                                         grace_hopper: BGRImage, external: str) -> None:
    # httpx removes "." and ".." path segments: quoted as themselves, ".." would GET/DELETE v1/face instead.
    transport = RecordingTransport()

    async def scenario() -> tuple[str, FaceRecord, bool, int]:
        async with signed_in(live, tenant, budget, transport=transport) as client:
            created = await client.records.create(face_image=grace_hopper, name="Dot", surname1="Segment",
                                                  external_identifier=external)
            other = await client.records.create(face_image=grace_hopper, name="Must", surname1="Stay")
            record = await client.records.get_by_external_id(external)
            deleted = await client.records.delete_by_external_id(external)
            with pytest.raises(errors.NotFoundError):
                await client.records.get_by_external_id(external)
            await client.records.get(other)  # a misrouted delete must not have touched anything else
            return created, record, deleted, (await client.records.search()).total

    created, record, deleted, left = run(scenario())
    assert record.identifier == created and record.external_identifier == external
    assert deleted and left == 1
    by_external = [path for path in transport.paths if "externalIdentifier" in path]
    assert len(by_external) == 3 and all(path.startswith(("GET v1/face/externalIdentifier/",
                                                          "DELETE v1/face/externalIdentifier/"))
                                         for path in by_external)


@pytest.mark.parametrize("identifier", [".", ".."])
def test_dot_identifiers_are_not_found_not_another_endpoint(live: LiveService, module_tenant: Tenant,
                                                            budget: CallBudget, identifier: str) -> None:
    transport = RecordingTransport()

    async def scenario() -> None:
        async with signed_in(live, module_tenant, budget, transport=transport) as client:
            for call in (client.records.get, client.records.delete, client.lists.get, client.lists.delete,
                         client.lists.members):
                with pytest.raises(errors.NotFoundError):
                    await call(identifier)

    run(scenario())
    sent = [request.url.raw_path.partition(b"?")[0] for request, _ in transport.exchanges
            if request.url.path.startswith("/api/v1/")]
    assert len(sent) == 5 and all(path.endswith((b"/%2E", b"/%2E%2E", b"/%2E/records", b"/%2E%2E/records"))
                                  for path in sent), sent


def test_a_missing_record_is_not_found(live: LiveService, module_tenant: Tenant, budget: CallBudget) -> None:
    async def scenario() -> list[errors.NotFoundError]:
        raised = []
        async with signed_in(live, module_tenant, budget) as client:
            for call in (client.records.get("00000000-0000-0000-0000-000000000000"),
                         client.records.get("not-a-guid"),
                         client.records.get_by_external_id("nobody"),
                         client.records.delete("00000000-0000-0000-0000-000000000000"),
                         client.records.delete_by_external_id("nobody")):
                with pytest.raises(errors.NotFoundError) as caught:
                    await call
                raised.append(caught.value)
        return raised

    for error in run(scenario()):
        assert error.status == 404 and error.code == "FaceRecordNotFound"
        assert not error.may_have_landed


def test_update_keeps_what_is_left_unchanged_and_clears_what_is_none(
    live: LiveService, tenant: Tenant, budget: CallBudget, grace_hopper: BGRImage, astronaut: BGRImage
) -> None:
    async def scenario() -> dict[str, Any]:
        seen: dict[str, Any] = {}
        async with signed_in(live, tenant, budget) as client:
            list_id = await client.lists.create(name="Staff")
            rid = await client.records.create(face_image=grace_hopper, name="Grace", surname1="Hopper",
                                              surname2="Murray", external_identifier="G-1", face_list_id=list_id)
            seen["list_id"], seen["original"] = list_id, await client.records.get(rid)

            await client.records.update(rid, name="Amazing", surname1="Grace")  # everything else UNCHANGED
            seen["renamed"] = await client.records.get(rid)

            await client.records.update(rid, name="Amazing", surname1="Grace", surname2=None,
                                        external_identifier=UNCHANGED, face_list_id=None)
            seen["cleared"] = await client.records.get(rid)

            await client.records.update(rid, name="Amazing", surname1="Grace", external_identifier=None)
            seen["no_external"] = await client.records.get(rid)

            await client.records.update(rid, name="Eileen", surname1="Collins", face_image=astronaut,
                                        external_identifier="E-1")
            seen["replaced"] = await client.records.get(rid)
            seen["astronaut_now"] = await client.recognition.identify_record(face_image=variant(astronaut),
                                                                             record_id=rid)

            await client.records.update(rid, name="Eileen", surname1="Collins", enabled=False)
            seen["disabled"] = await client.records.get(rid)
            seen["disabled_result"] = await client.recognition.identify_record(face_image=astronaut,
                                                                               external_identifier="E-1")
            await client.records.update(rid, name="Eileen", surname1="Collins", enabled=True)
            seen["enabled_again"] = await client.records.get(rid)
        return seen

    seen = run(scenario())
    original, renamed, cleared = seen["original"], seen["renamed"], seen["cleared"]
    assert original.face_list_id == seen["list_id"]
    assert (renamed.name, renamed.surname1) == ("Amazing", "Grace")
    # Left UNCHANGED (or None for the image): kept as stored.
    assert (renamed.surname2, renamed.external_identifier, renamed.face_list_id) == ("Murray", "G-1", seen["list_id"])
    assert renamed.face_image == original.face_image and renamed.created_utc == original.created_utc
    # None clears.
    assert (cleared.surname2, cleared.face_list_id, cleared.external_identifier) == (None, None, "G-1")
    assert seen["no_external"].external_identifier is None
    assert seen["no_external"].face_image == original.face_image
    replaced = seen["replaced"]
    assert replaced.face_image != original.face_image and replaced.external_identifier == "E-1"
    assert seen["astronaut_now"].result is ResultCode.OK  # the new photo is the one matched
    assert seen["disabled"].enabled is False
    assert seen["disabled_result"].result is ResultCode.NOT_EXECUTED and seen["disabled_result"].description
    assert seen["enabled_again"].enabled is True


def test_update_an_additional_data_file(
    live: LiveService, tenant: Tenant, budget: CallBudget, grace_hopper: BGRImage
) -> None:
    async def scenario() -> tuple[FaceRecord, FaceRecord, errors.ValidationError]:
        async with signed_in(live, tenant, budget) as client:
            rid = await client.records.create(face_image=grace_hopper, name="Grace", surname1="Hopper")
            await client.records.update(rid, name="Grace", surname1="Hopper", additional_data=b"first",
                                        additional_data_file_name="a.txt")
            first = await client.records.get(rid)
            # The guide: the file name is required while the record has a file, even when the file is kept.
            with pytest.raises(errors.ValidationError) as caught:
                await client.records.update(rid, name="Grace", surname1="Hopper")
            await client.records.update(rid, name="Grace", surname1="Hopper", additional_data_file_name="b.txt")
            return first, await client.records.get(rid), caught.value

    first, renamed, refused = run(scenario())
    assert (first.additional_data, first.additional_data_file_name) == (b"first", "a.txt")
    assert (renamed.additional_data, renamed.additional_data_file_name) == (b"first", "b.txt")
    assert refused.codes == ["AdditionalDataFileNameRequired"]


def test_update_of_an_unknown_record_is_refused_with_its_code(
    live: LiveService, module_tenant: Tenant, budget: CallBudget
) -> None:
    async def scenario() -> errors.ValidationError:
        async with signed_in(live, module_tenant, budget) as client:
            with pytest.raises(errors.ValidationError) as caught:
                await client.records.update("00000000-0000-0000-0000-000000000000", name="A", surname1="B")
            return caught.value

    refused = run(scenario())
    # The service answers the guide's UpdateFaceRecordResponse (400, result false), not a 404.
    assert refused.status == 400 and refused.codes == ["FaceRecordNotFound"]


def test_delete_and_delete_by_external_id(
    live: LiveService, tenant: Tenant, budget: CallBudget, grace_hopper: BGRImage
) -> None:
    async def scenario() -> list[Any]:
        async with signed_in(live, tenant, budget) as client:
            first = await client.records.create(face_image=grace_hopper, name="A", surname1="B")
            second = await client.records.create(face_image=grace_hopper, name="C", surname1="D",
                                                 external_identifier="X Y:1")
            outcome: list[Any] = [await client.records.delete(first),
                                  await client.records.delete_by_external_id("X Y:1")]
            for identifier in (first, second):
                with pytest.raises(errors.NotFoundError):
                    await client.records.get(identifier)
            with pytest.raises(errors.NotFoundError):  # a delete that finds nothing on its first attempt
                await client.records.delete(first)
            outcome.append((await client.records.search()).total)
            return outcome

    assert run(scenario()) == [True, True, 0]


@pytest.mark.parametrize(
    ("fields", "codes"),
    [
        ({"name": "", "surname1": " "}, ["NameRequired", "Surname1Required"]),
        ({"image": "no_face"}, ["NoFaceDetected"]),
        ({"image": "two_faces"}, ["MultipleFacesDetected"]),
        ({"image": "not_an_image"}, ["InvalidImage"]),
        ({"face_list_id": "00000000-0000-0000-0000-000000000000"}, ["FaceListNotFound"]),
        ({"additional_data": b"data"}, ["AdditionalDataFileNameRequired"]),
        ({"external_identifier": "TAKEN"}, ["ExternalIdentifierAlreadyExists"]),
    ],
)
def test_create_validation_codes(
    live: LiveService, module_tenant: Tenant, budget: CallBudget, grace_hopper: BGRImage, astronaut: BGRImage,
    no_face: BGRImage, fields: dict[str, Any], codes: list[str],
) -> None:
    images = {"no_face": no_face, "two_faces": np.hstack([astronaut, astronaut]),
              "not_an_image": b"This is a text file, not a photo.\n" * 10}
    arguments = {"face_image": grace_hopper, "name": "Grace", "surname1": "Hopper"}
    arguments.update({key: value for key, value in fields.items() if key != "image"})
    if "image" in fields:
        arguments["face_image"] = images[fields["image"]]

    async def scenario() -> errors.ValidationError:
        async with signed_in(live, module_tenant, budget) as client:
            if "external_identifier" in fields:
                await client.records.create(face_image=grace_hopper, name="First", surname1="Owner",
                                            external_identifier="TAKEN")
            with pytest.raises(errors.ValidationError) as caught:
                await client.records.create(**arguments)
            return caught.value

    refused = run(scenario())
    assert refused.status == 400
    assert sorted(refused.codes) == sorted(codes)
    assert all(error.description for error in refused.errors)
    assert not refused.may_have_landed


def test_create_sends_every_property_of_the_guide(
    live: LiveService, tenant: Tenant, budget: CallBudget, grace_hopper: BGRImage
) -> None:
    transport = RecordingTransport()

    async def scenario() -> None:
        async with signed_in(live, tenant, budget, transport=transport) as client:
            await client.records.create(face_image=jpeg(grace_hopper), name="Grace", surname1="Hopper")

    run(scenario())
    request = transport.exchanges[-1][0]
    body = json.loads(request.content)
    assert set(body) == {"faceImageBase64", "name", "surname1", "surname2", "externalIdentifier",
                         "additionalDataFileBase64", "additionalDataFileName", "faceListId", "enabled"}
    assert base64.b64decode(body["faceImageBase64"]) == jpeg(grace_hopper)
    assert body["surname2"] is None and body["enabled"] is True
    assert request.headers["Authorization"].startswith("Bearer ")
    assert request.headers["User-Agent"] == f"FaceStation/{__version__}"


def test_search_records(live: LiveService, tenant: Tenant, budget: CallBudget, grace_hopper: BGRImage) -> None:
    async def scenario() -> dict[str, RecordPage]:
        async with signed_in(live, tenant, budget) as client:
            for number in range(5):
                await client.records.create(face_image=grace_hopper, name=f"Grace{number}", surname1="Hopper",
                                            external_identifier=f"EMP-{number}")
            await client.records.create(face_image=grace_hopper, name="Íñigo", surname1="Muñoz")
            return {
                "all": await client.records.search(),
                "hopper": await client.records.search("hopper"),
                "page": await client.records.search("Hopper", offset=3, limit=2),
                "external": await client.records.search("EMP-3"),
                "unicode": await client.records.search("ÍÑIGO"),
                "none": await client.records.search("nobody"),
            }

    pages = run(scenario())
    assert pages["all"].total == 6 and len(pages["all"].records) == 6
    assert pages["hopper"].total == 5
    page = pages["page"]
    assert (page.total, page.offset, page.limit, len(page.records)) == (5, 3, 2, 2)
    assert [r.external_identifier for r in pages["external"].records] == ["EMP-3"]
    assert [r.full_name for r in pages["unicode"].records] == ["Íñigo Muñoz"]
    assert pages["none"] == RecordPage(total=0, offset=0, limit=50, records=[])
    summary = pages["external"].records[0]
    assert type(summary) is FaceRecordSummary  # search results carry no images
    assert_recent(summary.created_utc)


# -- lists --------------------------------------------------------------------------------------------------


def test_lists_create_get_update_all_and_delete(live: LiveService, tenant: Tenant, budget: CallBudget,
                                                grace_hopper: BGRImage) -> None:
    async def scenario() -> dict[str, Any]:
        seen: dict[str, Any] = {}
        async with signed_in(live, tenant, budget) as client:
            staff = await client.lists.create(name="Staff", description="Everyone on the payroll")
            visitors = await client.lists.create(name="Visitors")
            member = await client.records.create(face_image=grace_hopper, name="Grace", surname1="Hopper",
                                                 face_list_id=staff)
            seen["ids"] = (staff, visitors, member)
            seen["staff"] = await client.lists.get(staff)
            seen["visitors"] = await client.lists.get(visitors)
            await client.lists.update(staff, name="Employees", description="Renamed")
            seen["renamed"] = await client.lists.get(staff)
            await client.lists.update(visitors, name="Guests")  # description None clears it
            seen["all"] = sorted(await client.lists.all(), key=lambda face_list: face_list.name)
            seen["deleted"] = await client.lists.delete(staff)
            with pytest.raises(errors.NotFoundError) as caught:
                await client.lists.get(staff)
            seen["not_found"] = caught.value
            with pytest.raises(errors.NotFoundError):
                await client.lists.delete(staff)
            seen["member_after"] = await client.records.get(member)  # deleting a list keeps its records
            seen["all_after"] = await client.lists.all()
        return seen

    seen = run(scenario())
    staff, visitors, member = seen["ids"]
    assert isinstance(seen["staff"], FaceList)
    assert (seen["staff"].identifier, seen["staff"].name, seen["staff"].description) == (
        staff, "Staff", "Everyone on the payroll")
    assert seen["staff"].record_count is None  # only the list-all extension counts members
    assert_recent(seen["staff"].created_utc)
    assert seen["visitors"].description is None
    assert (seen["renamed"].name, seen["renamed"].description) == ("Employees", "Renamed")
    assert [(f.name, f.description, f.record_count) for f in seen["all"]] == [
        ("Employees", "Renamed", 1), ("Guests", None, 0)]
    assert seen["deleted"] is True
    assert seen["not_found"].code == "FaceListNotFound"
    assert seen["member_after"].identifier == member and seen["member_after"].face_list_id is None
    assert [f.identifier for f in seen["all_after"]] == [visitors]


def test_list_validation_codes(live: LiveService, tenant: Tenant, budget: CallBudget) -> None:
    async def scenario() -> list[list[str]]:
        codes = []
        async with signed_in(live, tenant, budget) as client:
            first = await client.lists.create(name="Staff")
            second = await client.lists.create(name="Other")
            for call in (client.lists.create(name="Staff"), client.lists.create(name="  "),
                         client.lists.update(second, name="Staff"), client.lists.update(first, name="")):
                with pytest.raises(errors.ValidationError) as caught:
                    await call
                codes.append(caught.value.codes)
        return codes

    assert run(scenario()) == [["FaceListNameAlreadyExists"], ["FaceListNameRequired"],
                               ["FaceListNameAlreadyExists"], ["FaceListNameRequired"]]


def test_membership_add_remove_and_members(live: LiveService, tenant: Tenant, budget: CallBudget,
                                           grace_hopper: BGRImage) -> None:
    async def scenario() -> dict[str, Any]:
        seen: dict[str, Any] = {}
        async with signed_in(live, tenant, budget) as client:
            staff = await client.lists.create(name="Staff")
            ids = [await client.records.create(face_image=grace_hopper, name=f"P{n}", surname1="S",
                                               external_identifier=f"EXT-{n}") for n in range(3)]
            seen["by_ids"] = await client.lists.add_record(record_id=ids[0], list_id=staff)
            seen["by_names"] = await client.lists.add_record(external_identifier="EXT-1", list_name="Staff")
            seen["again"] = await client.lists.add_record(record_id=ids[0], list_name="Staff")
            await client.lists.add_record(record_id=ids[2], list_id=staff)
            seen["members"] = await client.lists.members(staff)
            seen["page"] = await client.lists.members(staff, offset=1, limit=1)
            seen["removed"] = await client.lists.remove_record(record_id=ids[0], list_id=staff)
            seen["removed_again"] = await client.lists.remove_record(external_identifier="EXT-0", list_name="Staff")
            seen["members_after"] = await client.lists.members(staff)
            for call in (client.lists.add_record(record_id="00000000-0000-0000-0000-000000000000", list_id=staff),
                         client.lists.add_record(record_id=ids[0], list_name="No such list"),
                         client.lists.remove_record(external_identifier="nobody", list_id=staff),
                         client.lists.members("00000000-0000-0000-0000-000000000000")):
                with pytest.raises(errors.NotFoundError) as caught:
                    await call
                seen.setdefault("not_found", []).append(caught.value.code)
            seen["ids"] = ids
        return seen

    seen = run(scenario())
    ids = seen["ids"]
    assert (seen["by_ids"], seen["by_names"], seen["again"]) == (True, True, True)
    assert seen["members"].total == 3 and {r.identifier for r in seen["members"].records} == set(ids)
    assert (seen["page"].total, seen["page"].offset, seen["page"].limit, len(seen["page"].records)) == (3, 1, 1, 1)
    assert (seen["removed"], seen["removed_again"]) == (True, False)
    assert {r.identifier for r in seen["members_after"].records} == {ids[1], ids[2]}
    assert seen["not_found"] == ["FaceRecordNotFound", "FaceListNotFound", "FaceRecordNotFound", "FaceListNotFound"]


@pytest.mark.parametrize(
    "arguments",
    [{"list_id": "L"}, {"record_id": "R"}, {"external_identifier": "E"}, {"list_name": "N"}, {}],
)
def test_membership_needs_a_record_and_a_list_before_anything_is_sent(budget: CallBudget,
                                                                      arguments: dict[str, str]) -> None:
    async def scenario() -> None:
        async with FaceCheckClient("http://127.0.0.1:9/api", "c", "s", budget=budget) as client:
            for method in (client.lists.add_record, client.lists.remove_record):
                with pytest.raises(ValueError):
                    await method(**arguments)

    run(scenario())
    assert budget.status.used == 0


# -- per-list calibration (extension) -----------------------------------------------------------------------


def test_list_report_duplicates_and_target(live: LiveService, tenant: Tenant, budget: CallBudget,
                                           grace_hopper: BGRImage, astronaut: BGRImage) -> None:
    async def scenario() -> dict[str, Any]:
        seen: dict[str, Any] = {}
        async with signed_in(live, tenant, budget) as client:
            staff = await client.lists.create(name="Staff")
            grace = await client.records.create(face_image=grace_hopper, name="Grace", surname1="H", face_list_id=staff)
            again = await client.records.create(face_image=grace_hopper, name="Grace", surname1="A", face_list_id=staff)
            await client.records.create(face_image=astronaut, name="Eileen", surname1="C", face_list_id=staff)
            seen["report"] = await client.lists.report(staff)
            seen["limited"] = await client.lists.report(staff, limit=0)
            seen["marked"] = await client.lists.mark_not_same_person(staff, record_a=again, record_b=grace)
            seen["after"] = await client.lists.report(staff)
            seen["target"] = await client.lists.calibration_target()
            seen["set"] = await client.lists.set_calibration_target(1e-4)
            seen["strict"] = await client.lists.report(staff)
            with pytest.raises(errors.ValidationError) as caught:
                await client.lists.set_calibration_target(0.9)
            seen["refused"] = caught.value.codes
            seen["reset"] = await client.lists.set_calibration_target(None)
            with pytest.raises(errors.NotFoundError):
                await client.lists.report("00000000-0000-0000-0000-000000000000")
            seen["ids"] = {grace, again}
        return seen

    seen = run(scenario())
    report = seen["report"]
    assert report.members == 3 and report.possible_duplicates_total == 1
    [pair] = report.possible_duplicates
    assert {pair.a, pair.b} == seen["ids"] and pair.confidence > 99
    calibration = report.calibration
    assert calibration.basis == "reference" and calibration.impostor_pairs == 3 and calibration.target == 1e-3
    assert calibration.ok_threshold >= 75 and 0 <= calibration.estimated_false_match_rate <= 1e-3
    assert seen["limited"].possible_duplicates == [] and seen["limited"].possible_duplicates_total == 1
    assert seen["marked"] is True and seen["after"].possible_duplicates == []
    assert (seen["target"].target, seen["target"].default_target) == (1e-3, 1e-3)
    assert seen["set"].target == 1e-4 and seen["strict"].calibration.target == 1e-4
    assert seen["strict"].calibration.ok_threshold >= calibration.ok_threshold
    assert seen["refused"] == ["InvalidTarget"] and seen["reset"].target == 1e-3


# -- recognition --------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Gallery:
    tenant: Tenant
    grace: str
    eileen: str
    crew: str
    empty: str


@pytest.fixture(scope="module")
def gallery(live: LiveService, grace_hopper: BGRImage, astronaut: BGRImage,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gallery]:
    """One tenant for the module: Grace and Eileen in the list "Crew", and an empty list."""
    tenant = live.new_tenant(sign_in=False)
    budget = CallBudget(state_dir=tmp_path_factory.mktemp("gallery-budget"))

    async def enrol() -> Gallery:
        async with signed_in(live, tenant, budget) as client:
            crew, empty = await client.lists.create(name="Crew"), await client.lists.create(name="Empty")
            grace = await client.records.create(face_image=grace_hopper, name="Grace", surname1="Hopper",
                                                surname2="Murray", external_identifier="R-GRACE", face_list_id=crew)
            eileen = await client.records.create(face_image=astronaut, name="Eileen", surname1="Collins",
                                                 external_identifier="R-EILEEN", face_list_id=crew)
            return Gallery(tenant, grace, eileen, crew, empty)

    yield run(enrol())
    tenant.http.close()


def identify(live: LiveService, gallery: Gallery, budget: CallBudget, method: str, **arguments: Any
             ) -> IdentifyResult:
    async def scenario() -> IdentifyResult:
        async with signed_in(live, gallery.tenant, budget) as client:
            return await getattr(client.recognition, method)(**arguments)  # type: ignore[no-any-return]

    return run(scenario())


def test_identify_record_ok_with_the_record_and_face_qa(live: LiveService, gallery: Gallery, budget: CallBudget,
                                                         grace_hopper: BGRImage, tmp_path: Path) -> None:
    probe = tmp_path / "probe.jpg"
    probe.write_bytes(jpeg(variant(grace_hopper)))
    result = identify(live, gallery, budget, "identify_record", face_image=probe, record_id=gallery.grace,
                      do_face_qa=True)
    assert result.result is ResultCode.OK and result.is_match
    assert 0 <= result.confidence <= 100 and result.confidence > 50
    assert result.description
    assert (result.identifier, result.name, result.surname1, result.surname2, result.external_identifier) == (
        gallery.grace, "Grace", "Hopper", "Murray", "R-GRACE")
    assert result.face_image is not None and result.face_image.startswith(b"\xff\xd8")
    qa = result.face_qa
    assert isinstance(qa, FaceQA)
    assert set(qa.checks) == QA_CHECKS and all(isinstance(value, bool) for value in qa.checks.values())
    assert qa.passed == qa.checks["overallPhotoQuality"]
    assert isinstance(qa.score, (int, float)) and 0 <= qa.score <= 100
    assert {"interEyeDistance", "yaw", "pitch", "roll"} <= set(qa.measures)
    assert all(isinstance(value, (int, float)) for value in qa.measures.values())
    assert qa.face_rectangle is not None and {"x", "y", "width", "height"} <= set(qa.face_rectangle)
    assert qa.landmarks is not None and "leftEye" in qa.landmarks
    assert qa.raw["checks"] == dict(qa.checks)


def test_identify_record_by_external_identifier_fails_for_another_person(
    live: LiveService, gallery: Gallery, budget: CallBudget, astronaut: BGRImage
) -> None:
    result = identify(live, gallery, budget, "identify_record", face_image=jpeg(astronaut),
                      external_identifier="R-GRACE")
    assert result.result is ResultCode.FAILED and not result.is_match
    assert result.confidence < 50 and result.description
    assert result.identifier is None and result.name is None and result.face_image is None
    assert result.face_qa is None  # not asked for


def test_identify_record_without_a_face_is_not_executed(live: LiveService, gallery: Gallery, budget: CallBudget,
                                                        no_face: BGRImage) -> None:
    result = identify(live, gallery, budget, "identify_record", face_image=no_face, record_id=gallery.eileen,
                      do_face_qa=True)
    assert result.result is ResultCode.NOT_EXECUTED and result.description
    assert result.confidence == 0 and result.identifier is None


def test_identify_reference_image(live: LiveService, gallery: Gallery, budget: CallBudget, grace_hopper: BGRImage,
                                  astronaut: BGRImage, no_face: BGRImage) -> None:
    async def scenario() -> list[IdentifyResult]:
        async with signed_in(live, gallery.tenant, budget) as client:
            same = await client.recognition.identify_reference_image(
                face_image=variant(grace_hopper), reference_image=jpeg(grace_hopper), do_face_qa=True)
            other = await client.recognition.identify_reference_image(face_image=astronaut,
                                                                      reference_image=grace_hopper)
            no_probe_face = await client.recognition.identify_reference_image(face_image=no_face,
                                                                              reference_image=grace_hopper)
            no_reference_face = await client.recognition.identify_reference_image(face_image=grace_hopper,
                                                                                  reference_image=no_face)
            return [same, other, no_probe_face, no_reference_face]

    same, other, no_probe_face, no_reference_face = run(scenario())
    assert same.result is ResultCode.OK and same.face_qa is not None and same.identifier is None
    assert other.result is ResultCode.FAILED and other.face_qa is None and other.confidence < same.confidence
    assert no_probe_face.result is ResultCode.NOT_EXECUTED
    assert no_reference_face.result is ResultCode.NOT_EXECUTED
    assert no_probe_face.description != no_reference_face.description


def test_identify_in_list_by_id_and_by_name(live: LiveService, gallery: Gallery, budget: CallBudget,
                                           grace_hopper: BGRImage, astronaut: BGRImage,
                                           compliant_portrait: BGRImage) -> None:
    async def scenario() -> list[IdentifyResult]:
        async with signed_in(live, gallery.tenant, budget) as client:
            return [
                await client.recognition.identify_in_list(face_image=variant(astronaut), list_id=gallery.crew),
                await client.recognition.identify_in_list(face_image=compliant_portrait, list_name="Crew",
                                                          do_face_qa=True),
                await client.recognition.identify_in_list(face_image=grace_hopper, list_name="Empty"),
            ]

    eileen, grace, empty = run(scenario())
    assert eileen.result is ResultCode.OK
    assert (eileen.identifier, eileen.name, eileen.external_identifier) == (gallery.eileen, "Eileen", "R-EILEEN")
    assert grace.result is ResultCode.OK and grace.identifier == gallery.grace
    assert grace.face_qa is not None and grace.face_qa.passed  # the compliant portrait passes every check
    assert empty.result is ResultCode.NOT_EXECUTED and empty.identifier is None


def test_identify_in_a_list_without_that_person_fails(live: LiveService, tenant: Tenant, budget: CallBudget,
                                                      grace_hopper: BGRImage, astronaut: BGRImage) -> None:
    async def scenario() -> IdentifyResult:
        async with signed_in(live, tenant, budget) as client:
            only_grace = await client.lists.create(name="Only Grace")
            await client.records.create(face_image=grace_hopper, name="G", surname1="H", face_list_id=only_grace)
            return await client.recognition.identify_in_list(face_image=astronaut, list_id=only_grace)

    result = run(scenario())
    assert result.result is ResultCode.FAILED
    assert result.identifier is None and result.name is None and result.face_image is None


def test_identification_errors(live: LiveService, gallery: Gallery, budget: CallBudget,
                               grace_hopper: BGRImage) -> None:
    async def scenario() -> list[errors.FaceCheckError]:
        raised: list[errors.FaceCheckError] = []
        async with signed_in(live, gallery.tenant, budget) as client:
            recognition = client.recognition
            for call in (
                recognition.identify_record(face_image=grace_hopper, record_id="00000000-0000-0000-0000-000000000000"),
                recognition.identify_record(face_image=grace_hopper, external_identifier="nobody"),
                recognition.identify_in_list(face_image=grace_hopper, list_name="No such list"),
                recognition.identify_record(face_image=b"not an image at all", record_id=gallery.grace),
                recognition.identify_record(face_image=grace_hopper),
                recognition.identify_in_list(face_image=grace_hopper),
                recognition.identify_reference_image(face_image=grace_hopper, reference_image=b"garbage"),
            ):
                with pytest.raises(errors.FaceCheckError) as caught:
                    await call
                raised.append(caught.value)
        return raised

    raised = run(scenario())
    assert [type(error) for error in raised] == [errors.NotFoundError] * 3 + [errors.ValidationError] * 4
    assert [error.code for error in raised[:3]] == ["FaceRecordNotFound", "FaceRecordNotFound", "FaceListNotFound"]
    assert [error.codes for error in raised[3:]] == [["InvalidImage"], ["TargetRequired"], ["TargetRequired"],
                                                    ["InvalidImage"]]
    assert all(str(error) for error in raised)


# -- extensions and capabilities ----------------------------------------------------------------------------


def test_the_local_service_has_every_extension(live: LiveService, tenant: Tenant, budget: CallBudget) -> None:
    transport = RecordingTransport()

    async def scenario() -> list[Any]:
        async with signed_in(live, tenant, budget, transport=transport) as client:
            first = await client.capabilities()
            await client.lists.all()
            await client.records.search("x")
            return [first, await client.capabilities()]

    first, again = run(scenario())
    assert dataclasses.asdict(first) == {"list_lists": True, "list_members": True, "remove_from_list": True,
                                         "search_records": True, "health": True, "version": __version__,
                                         "list_report": True}
    assert again is first
    assert transport.paths.count("GET health") == 1  # asked once per client
    assert budget.status.used == 2  # health is not an API call: it is not counted


# -- tenants and credits ------------------------------------------------------------------------------------


def test_a_tenant_sees_nothing_of_another(live: LiveService, gallery: Gallery, tenant: Tenant, tmp_path: Path,
                                          grace_hopper: BGRImage) -> None:
    async def scenario() -> tuple[list[str | None], RecordPage, list[FaceList]]:
        codes: list[str | None] = []
        async with signed_in(live, tenant, CallBudget(state_dir=tmp_path / "b")) as other:
            for call in (
                other.records.get(gallery.grace),
                other.records.get_by_external_id("R-GRACE"),
                other.records.delete(gallery.grace),
                other.records.delete_by_external_id("R-EILEEN"),
                other.lists.get(gallery.crew),
                other.lists.members(gallery.crew),
                other.lists.delete(gallery.crew),
                other.lists.add_record(record_id=gallery.grace, list_name="Crew"),
                other.recognition.identify_record(face_image=grace_hopper, record_id=gallery.grace),
                other.recognition.identify_in_list(face_image=grace_hopper, list_id=gallery.crew),
            ):
                with pytest.raises(errors.NotFoundError) as caught:
                    await call
                codes.append(caught.value.code)
            with pytest.raises(errors.ValidationError) as refused:
                await other.records.update(gallery.grace, name="Mallory", surname1="X")
            codes.append(refused.value.codes[0])
            return codes, await other.records.search(), await other.lists.all()

    codes, search, lists = run(scenario())
    assert codes == ["FaceRecordNotFound"] * 4 + ["FaceListNotFound"] * 3 + ["FaceRecordNotFound"] * 2 + [
        "FaceListNotFound", "FaceRecordNotFound"]
    assert search.total == 0 and lists == []

    async def still_there() -> FaceRecord:
        async with signed_in(live, gallery.tenant, CallBudget(state_dir=tmp_path / "a")) as owner:
            return await owner.records.get(gallery.grace)

    assert run(still_there()).name == "Grace"


def test_no_credits_left(live: LiveService, grace_hopper: BGRImage, budget: CallBudget) -> None:
    tenant = live.new_tenant(credits=0, sign_in=False)
    transport = RecordingTransport()

    async def scenario() -> list[errors.FaceCheckError]:
        raised = []
        async with signed_in(live, tenant, budget, transport=transport) as client:
            rid = await client.records.create(face_image=grace_hopper, name="G", surname1="H")
            for call in (client.recognition.identify_record(face_image=grace_hopper, record_id=rid),
                         client.recognition.identify_reference_image(face_image=grace_hopper,
                                                                     reference_image=grace_hopper)):
                with pytest.raises(errors.InsufficientCreditsError) as caught:
                    await call
                raised.append(caught.value)
        return raised

    try:
        raised = run(scenario())
    finally:
        tenant.http.close()
    assert all(error.status == 400 and "credits" in str(error) for error in raised)
    # Not retried: asking again cannot help.
    assert transport.paths.count("POST v1/face/identifyRecord") == 1
