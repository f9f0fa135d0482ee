"""Small fakes of FaceCheckClient and ListDirectory for the Records models (no service, no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from facestation.api import Capabilities, FaceList, FaceRecord, RecordPage, errors


def person(number: int, *, list_id: str | None = None, **changes: Any) -> FaceRecord:
    values: dict[str, Any] = {
        "identifier": f"00000000-0000-0000-0000-{number:012d}", "name": f"Name{number}",
        "surname1": f"Surname{number}", "surname2": None, "external_identifier": f"M-{number}",
        "additional_data_file_name": None, "enabled": True, "face_list_id": list_id,
        "created_utc": datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=number)}
    return FaceRecord(**(values | changes))


class FakeRecords:
    def __init__(self, people: list[FaceRecord]) -> None:
        self.people = {record.identifier: record for record in people}
        self.calls: list[str] = []

    async def search(self, text: str = "", *, offset: int = 0, limit: int = 50) -> RecordPage:
        self.calls.append("search")
        found = sorted((r for r in self.people.values() if text.casefold() in r.full_name.casefold()
                        or text.casefold() in (r.external_identifier or "").casefold()), key=lambda r: r.surname1)
        return RecordPage(len(found), offset, limit, list(found[offset:offset + limit]))

    async def get(self, identifier: str) -> FaceRecord:
        self.calls.append("get")
        if identifier not in self.people:
            raise errors.NotFoundError("no such record")
        return self.people[identifier]

    async def get_by_external_id(self, number: str) -> FaceRecord:
        self.calls.append("get_by_external_id")
        for record in self.people.values():
            if record.external_identifier == number:
                return record
        raise errors.NotFoundError("no such number")


class FakeClient:
    def __init__(self, people: list[FaceRecord], *, search: bool = True, lists: list[FaceList] = ()) -> None:
        self.records = FakeRecords(people)
        self._capabilities = Capabilities(search_records=search, list_lists=search, list_members=search)
        self._lists = {face_list.identifier: face_list for face_list in lists}
        self.lists = SimpleNamespace(get=self._get_list)

    async def capabilities(self) -> Capabilities:
        return self._capabilities

    async def _get_list(self, identifier: str) -> FaceList:
        if identifier not in self._lists:
            raise errors.NotFoundError("no such list")
        return self._lists[identifier]


class FakeDirectory:
    """Lists with members on the server (`members`: list id -> record ids) or only in the station's catalogue."""

    def __init__(self, lists: list[FaceList], members: dict[str, list[str]], *, server: bool = True) -> None:
        self.lists, self.member_ids, self.server = lists, members, server
        self.catalogue = SimpleNamespace(entries=lambda: [
            SimpleNamespace(identifier=list_id, members=set(ids)) for list_id, ids in members.items()])

    async def all_lists(self) -> list[FaceList]:
        return list(self.lists)

    async def server_has_lists(self) -> bool:
        return self.server

    async def members(self, identifier: str, *, offset: int = 0, limit: int = 50) -> Any:
        ids = self.member_ids.get(identifier, [])
        return SimpleNamespace(total=len(ids), records=[person(0, identifier=i) for i in ids[offset:offset + limit]])
