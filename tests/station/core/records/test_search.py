"""RecordSearch without Qt or a service: the search strategy (search extension or exact look-up), the newest-first
sort of the empty search, paging, and a person's whole record with their list's name."""

from __future__ import annotations

import asyncio

import pytest

from facestation.api import FaceList
from facestation.station.core.records import search as search_module
from facestation.station.core.records.search import RecordSearch
from tests.station.core.records.fakes import FakeClient, FakeDirectory, person

STAFF = FaceList("list-staff", "Staff", None, None, 1)


def make(people: list, *, search: bool = True) -> tuple[RecordSearch, FakeClient]:
    client = FakeClient(people, search=search, lists=[STAFF])
    directory = FakeDirectory([STAFF], {})
    return RecordSearch(lambda: client, lambda: directory), client  # type: ignore[arg-type, return-value]


def test_the_empty_search_lists_the_newest_first_and_pages_what_it_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "PAGE_SIZE", 2)
    finder, _client = make([person(number) for number in range(1, 6)])
    finder.take(asyncio.run(finder.find(finder.start("  "))))
    assert finder.query == "" and finder.recent and finder.total == 5
    assert [record.name for record in finder.shown] == ["Name5", "Name4"]
    assert finder.list_names == {"list-staff": "Staff"}
    assert finder.has_more and finder.show_more_fetched()
    assert [record.name for record in finder.shown] == ["Name5", "Name4", "Name3", "Name2"]
    assert finder.show_more_fetched() and not finder.has_more and not finder.show_more_fetched()


def test_a_text_search_pages_through_the_service(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "PAGE_SIZE", 2)
    finder, _client = make([person(number) for number in range(1, 4)])
    finder.take(asyncio.run(finder.find(finder.start("surname"))))
    assert (len(finder.shown), finder.total, finder.recent, finder.exact) == (2, 3, False, False)
    assert not finder.show_more_fetched()  # nothing fetched ahead: the next page comes from the service
    finder.add(asyncio.run(finder.find("surname", offset=len(finder.shown))))
    assert [record.name for record in finder.shown] == ["Name1", "Name2", "Name3"] and not finder.has_more
    assert finder.index_of(person(3).identifier) == 2 and finder.index_of("nobody") is None


def test_without_search_the_text_is_looked_up_exactly_and_the_record_is_used_once() -> None:
    ada = person(7, list_id="list-staff")
    finder, client = make([ada, person(8)], search=False)
    finder.take(asyncio.run(finder.find(finder.start("M-7"))))
    assert finder.exact and [record.identifier for record in finder.shown] == [ada.identifier]
    assert finder.total == 1
    assert not hasattr(finder.shown[0], "face_image")  # the results keep summaries, not photos

    client.records.calls.clear()
    record, list_name = asyncio.run(finder.person(ada.identifier))
    assert record == ada and list_name == "Staff" and client.records.calls == []  # fetched whole already
    asyncio.run(finder.person(ada.identifier))
    assert client.records.calls == ["get"]  # a reload asks again

    finder.take(asyncio.run(finder.find(finder.start(ada.identifier))))  # a record id
    assert [record.identifier for record in finder.shown] == [ada.identifier]
    finder.take(asyncio.run(finder.find(finder.start("Name7"))))  # names are not looked up
    assert finder.shown == [] and finder.exact


def test_clear_forgets_everything() -> None:
    finder, _client = make([person(1)])
    finder.take(asyncio.run(finder.find(finder.start(""))))
    finder.clear()
    assert (finder.query, finder.shown, finder.total, finder.list_names) == (None, [], 0, {})
