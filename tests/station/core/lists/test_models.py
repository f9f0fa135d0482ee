"""The Lists page's models without Qt and without a service: what waits offline, the members page by page,
finding people, loading the lists."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from facestation.api import (
    Capabilities,
    FaceList,
    FaceRecordSummary,
    RecordPage,
    errors,
)
from facestation.station.core.directory import Members
from facestation.station.core.lists import (
    SEARCH_LIMIT,
    FoundPeople,
    LoadedLists,
    MemberPages,
    WaitingChanges,
    find_people,
    load_lists,
    waiting_person,
)


def person(record_id: str, name: str = "Ada", **values: Any) -> FaceRecordSummary:
    fields: dict[str, Any] = {"surname1": "Lovelace", "surname2": None, "external_identifier": None,
                              "additional_data_file_name": None, "enabled": True, "face_list_id": None,
                              "created_utc": None} | values
    return FaceRecordSummary(record_id, name, **fields)


def face_list(identifier: str, name: str, description: str | None = None, count: int | None = None) -> FaceList:
    return FaceList(identifier, name, description, None, count)


# -- what waits offline --------------------------------------------------------------------------------------


def test_the_lists_shown_are_the_loaded_ones_with_what_waits() -> None:
    waiting = WaitingChanges()
    staff, pool, old = face_list("l1", "Staff", count=3), face_list("l2", "Pool"), face_list("l3", "Old")
    assert not waiting.any
    made = waiting.list_created("outbox:7", "Gym", "")
    assert made == FaceList("outbox:7", "Gym", None, None, None)
    renamed = waiting.list_changed(staff, "Crew", "everyone at work")
    assert (renamed.identifier, renamed.name, renamed.description, renamed.record_count) == (
        "l1", "Crew", "everyone at work", 3)
    waiting.list_deleted("l3")
    assert waiting.any
    assert waiting.merge([staff, pool, old]) == [renamed, pool, made]  # renamed in place, deleted gone, made last
    assert waiting.is_created("outbox:7") and not waiting.is_created("l1")
    assert waiting.is_changed("l1") and not waiting.is_changed("l2")

    # A list made offline and then renamed or deleted offline shows that too.
    waiting.list_changed(made, "Gym and pool", None)
    assert [item.name for item in waiting.merge([])] == ["Gym and pool"]
    waiting.list_deleted("outbox:7")
    assert waiting.merge([]) == []

    waiting.clear()
    assert not waiting.any and waiting.merge([staff, old]) == [staff, old]


def test_people_waiting_to_join_a_list() -> None:
    waiting = WaitingChanges()
    shown = waiting.member_added("l1", "r1", "Ada Lovelace")
    assert shown == waiting_person("r1", "Ada Lovelace") and shown.full_name == "Ada Lovelace" and shown.enabled
    waiting.member_added("l1", "r2", "Grace Hopper")
    waiting.member_added("l2", "r1", "Ada Lovelace")
    assert waiting.waiting_members("l1") == {"r1": "Ada Lovelace", "r2": "Grace Hopper"}
    assert [item.identifier for item in waiting.waiting_people("l1")] == ["r1", "r2"]
    assert waiting.waiting_members(None) == {} and waiting.waiting_people("l9") == []
    waiting.member_removed("l1", "r1")
    waiting.member_removed("l9", "r1")  # nothing waited there: nothing happens
    assert waiting.waiting_members("l1") == {"r2": "Grace Hopper"}

    # Sign-out forgets the names, not the lists waiting (they carry no person's name).
    waiting.list_created("outbox:3", "Gym", None)
    waiting.forget_names()
    assert waiting.waiting_members("l1") == {} and waiting.is_created("outbox:3")


# -- the members, page by page -------------------------------------------------------------------------------


def test_members_arrive_page_by_page() -> None:
    pages = MemberPages(page_size=2)
    assert not pages.loaded and pages.next_offset == 0
    pages.arrived(0, Members(3, [person("r1"), person("r2")], exact=True))
    assert pages.loaded and pages.total == 3 and pages.more_possible and pages.next_offset == 2
    pages.arrived(2, Members(3, [person("r3")], exact=True))
    assert [item.identifier for item in pages.members] == ["r1", "r2", "r3"] and not pages.more_possible
    pages.arrived(0, Members(3, [person("r1")], exact=True))  # a reload starts again from the first page
    assert pages.identifiers == {"r1"}

    # An empty page (the list shrank meanwhile) stops "Show more" however large the total said it was.
    pages.arrived(1, Members(10, [], exact=True))
    assert not pages.more_possible

    pages.reset()
    assert (pages.members, pages.total, pages.loaded) == ([], 0, False)


def test_people_added_offline_follow_the_page_once() -> None:
    pages = MemberPages()
    waiting = [waiting_person("r2", "Grace"), waiting_person("r9", "Alan")]
    pages.arrived(0, Members(2, [person("r1"), person("r2")], exact=False), waiting)
    assert [item.identifier for item in pages.members] == ["r1", "r2", "r9"]  # r2 is in the list already
    assert not pages.exact and pages.total == 2

    pages.added(waiting_person("r5", "Katherine"))
    pages.added(waiting_person("r5", "Katherine"))  # shown once
    assert pages.next_offset == 4 and pages.total == 3
    pages.removed(["r1", "r5"])
    assert pages.identifiers == {"r2", "r9"} and pages.total == 1
    pages.removed(["r2", "r9", "gone"])
    assert pages.total == 0  # never below nobody


def test_a_list_made_offline_shows_who_waits_to_join_it() -> None:
    pages = MemberPages()
    pages.arrived(0, Members(80, [person("r1")], exact=False))
    pages.show_waiting([waiting_person("r7", "Ada")])
    assert pages.loaded and pages.exact and pages.total == 1 and not pages.more_possible
    assert [item.identifier for item in pages.members] == ["r7"]


# -- finding people ------------------------------------------------------------------------------------------


class FakeRecords:
    """The records API as finding people uses it: a search, and the two exact look-ups."""

    def __init__(self, people: list[FaceRecordSummary], *, total: int | None = None) -> None:
        self.people = people
        self.total = total
        self.calls: list[tuple[str, ...]] = []

    async def search(self, text: str, *, limit: int) -> RecordPage:
        self.calls.append(("search", text, str(limit)))
        found = [item for item in self.people if text.lower() in item.full_name.lower()][:limit]
        return RecordPage(self.total if self.total is not None else len(found), 0, limit, found)

    async def get_by_external_id(self, number: str) -> FaceRecordSummary:
        self.calls.append(("number", number))
        for item in self.people:
            if item.external_identifier == number:
                return item
        raise errors.NotFoundError("no such number")

    async def get(self, record_id: str) -> FaceRecordSummary:
        self.calls.append(("id", record_id))
        for item in self.people:
            if item.identifier == record_id:
                return item
        raise errors.ValidationError("not an id", [])


class FakeClient:
    def __init__(self, records: FakeRecords, capabilities: Capabilities | None = None) -> None:
        self.records = records
        self._capabilities = capabilities or Capabilities()

    async def capabilities(self) -> Capabilities:
        return self._capabilities


PEOPLE = [person("r1", "Ada", external_identifier="M-1"), person("r2", "Grace", surname1="Hopper")]


def test_a_service_that_searches_finds_people_by_part_of_the_name() -> None:
    records = FakeRecords(PEOPLE, total=120)
    found = asyncio.run(find_people(FakeClient(records), "grace", can_search=True))  # type: ignore[arg-type]
    assert found == FoundPeople([PEOPLE[1]], 120)
    assert records.calls == [("search", "grace", str(SEARCH_LIMIT))]


@pytest.mark.parametrize(("text", "wanted", "calls"), [
    ("M-1", ["r1"], [("number", "M-1")]),  # the member number first: what the card shows
    ("r2", ["r2"], [("number", "r2"), ("id", "r2")]),  # then the record id
    ("nobody", [], [("number", "nobody"), ("id", "nobody")]),
])
def test_without_search_the_exact_number_or_id_finds_the_person(text: str, wanted: list[str],
                                                                   calls: list[tuple[str, ...]]) -> None:
    records = FakeRecords(PEOPLE)
    found = asyncio.run(find_people(FakeClient(records), text, can_search=False))  # type: ignore[arg-type]
    assert [item.identifier for item in found.records] == wanted and found.total == len(wanted)
    assert records.calls == calls


def test_other_errors_of_a_look_up_are_not_hidden() -> None:
    class Down(FakeRecords):
        async def get_by_external_id(self, number: str) -> FaceRecordSummary:
            raise errors.ServiceUnreachableError("down")

    with pytest.raises(errors.ServiceUnreachableError):
        asyncio.run(find_people(FakeClient(Down(PEOPLE)), "M-1", can_search=False))  # type: ignore[arg-type]


# -- loading the lists ---------------------------------------------------------------------------------------


def test_loading_says_what_the_service_can_do_and_gives_its_lists() -> None:
    class Directory:
        def __init__(self) -> None:
            self.client = FakeClient(FakeRecords([]), Capabilities(search_records=True))

        async def server_has_lists(self) -> bool:
            return False

        async def all_lists(self) -> list[FaceList]:
            return [face_list("l1", "Staff")]

    loaded = asyncio.run(load_lists(Directory()))  # type: ignore[arg-type]
    assert loaded == LoadedLists(server_has_lists=False, can_search=True, lists=[face_list("l1", "Staff")])
