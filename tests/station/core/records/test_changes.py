"""RecordChanges without Qt or a service: an edit becomes an UpdateRecord naming the changed fields (never their
values) and the stored file, then one AddMember / RemoveMember per list joined or left; the lists a person is in
come from the server's members or the station's catalogue."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from facestation.api import UNCHANGED, FaceList, errors
from facestation.station.core.actions import AddMember, DeleteRecord, RemoveMember
from facestation.station.core.records import changes
from facestation.station.core.records.changes import RecordChanges
from tests.station.core.records.fakes import FakeClient, FakeDirectory, person


@dataclass
class Edited:
    name: str
    surname1: str
    surname2: str | None = None
    external_identifier: str | None = None
    enabled: bool = True
    list_ids: list[str] = field(default_factory=list)
    attachment: bytes | None = None
    attachment_name: str | None = None


def test_an_edit_is_an_update_then_the_list_changes() -> None:
    record = person(1, additional_data_file_name="consent.pdf", external_identifier="M-1")
    edit = RecordChanges(record, Edited("Augusta", record.surname1, "King", "M-1", False, ["b", "c"]), ("a", "b"))
    assert edit.fields == ["name", "surname2", "enabled", "lists"]
    update = edit.update()
    assert (update.record_id, update.name, update.surname2, update.enabled) == (record.identifier, "Augusta", "King",
                                                                                False)
    assert update.additional_data_file_name == "consent.pdf" and update.additional_data is None  # the file stays
    assert update.audit_details() == {"fields": ["name", "surname2", "enabled", "lists"]}
    assert update.label == record.full_name
    assert [(type(action), action.list_id, action.label) for action in edit.memberships()] == [
        (AddMember, "c", f"Augusta {record.surname1} King"), (RemoveMember, "a", f"Augusta {record.surname1} King")]
    shown = edit.shown()
    assert (shown.name, shown.surname2, shown.enabled, shown.additional_data_file_name) == \
        ("Augusta", "King", False, "consent.pdf")


def test_a_new_file_is_sent_with_its_name() -> None:
    record = person(1, additional_data_file_name="old.txt")
    edit = RecordChanges(record, Edited(record.name, record.surname1, external_identifier="M-1",
                                        attachment=b"new", attachment_name="new.pdf"), ())
    assert edit.fields == ["attachment"] and edit.memberships() == []
    assert (edit.update().additional_data, edit.update().additional_data_file_name) == (b"new", "new.pdf")


def test_turning_off_a_new_photo_and_deleting() -> None:
    record = person(2, additional_data_file_name="badge.txt")
    off = changes.set_enabled(record, False)
    assert off.enabled is False and off.fields == ("enabled",) and off.surname2 is UNCHANGED
    assert off.payload()["additional_data_file_name"] == "badge.txt"
    photo = changes.new_photo(record, b"jpeg")
    assert photo.face_image == b"jpeg" and photo.fields == ("photo",) and photo.enabled is None
    assert changes.delete(record) == DeleteRecord(record.identifier, label=record.full_name)


def test_a_record_gone() -> None:
    assert changes.is_record_gone(errors.NotFoundError("gone"))
    assert not changes.is_record_gone(errors.ServiceUnreachableError("offline"))
    assert not changes.is_record_gone(None)


def test_the_lists_a_person_is_in() -> None:
    record = person(3, list_id="main")
    lists = [FaceList("a", "A", None, None, 1), FaceList("b", "B", None, None, 0), FaceList("c", "C", None, None, 2)]
    client = FakeClient([record], lists=[FaceList("main", "Main", None, None)])
    on_server = FakeDirectory(lists, {"a": ["someone", record.identifier], "c": ["someone"]})
    all_lists, member_of = asyncio.run(changes.current_lists(client, on_server, record))  # type: ignore[arg-type]
    assert [face_list.identifier for face_list in all_lists] == ["a", "b", "c", "main"]  # their main list added
    assert member_of == ["a", "main"]

    in_catalogue = FakeDirectory(lists, {"c": [record.identifier]}, server=False)
    gone_main = person(3, list_id="deleted")
    _lists, member_of = asyncio.run(changes.current_lists(client, in_catalogue, gone_main))  # type: ignore[arg-type]
    assert member_of == ["c"]
