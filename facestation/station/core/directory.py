"""Which face lists exist and who is in them, whatever the server offers. No Qt here.

The guide has no endpoint that lists the lists or their members; the local service has both as extensions. Against
a server without them (the hosted service), the station keeps its own catalogue: the lists it created or opened by
id, and the records it added to them, in a small JSON file per server and API client under the user's data dir.
The catalogue is a memory aid, not the truth: a list someone deleted elsewhere is dropped when the server says 404.

    directory = ListDirectory(session.client, StationCatalogue.for_server(base_url, client_id))
    lists = await directory.all_lists()
    members = await directory.members(list_id)         # RecordPage-like: total + summaries
    new_id = await directory.create_list("Staff", "Everyone who works here")
    await directory.add_member(new_id, record_id, label="Ada Lovelace")
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from facestation.api import FaceCheckClient, FaceList, FaceRecordSummary, errors
from facestation.files import write_atomically

logger = logging.getLogger(__name__)

CATALOGUE_VERSION = 1


@dataclass(frozen=True)
class CatalogueEntry:
    """A list the station knows of, with the records it put in it (id -> shown name)."""

    identifier: str
    name: str
    description: str | None
    members: dict[str, str]


class StationCatalogue:
    """The station's own record of lists and memberships, for servers without the list extensions.

    Thread-safe; every change is written at once (atomically), so a crash loses nothing already shown."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._entries: dict[str, CatalogueEntry] = self._load()

    @classmethod
    def for_server(cls, base_url: str, client_id: str, *, data_dir: Path | None = None) -> StationCatalogue:
        """The catalogue of one server and API client (a second server or client gets its own file)."""
        base = data_dir if data_dir is not None else Path(platformdirs.user_data_dir("FaceStation",
                                                                                     appauthor=False))
        key = hashlib.sha256(f"{base_url.rstrip('/')}|{client_id}".encode()).hexdigest()[:16]
        return cls(base / "catalogue" / f"lists-{key}.json")

    def _load(self) -> dict[str, CatalogueEntry]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            entries = {}
            for item in data.get("lists", []):
                entry = CatalogueEntry(str(item["identifier"]), str(item["name"]), item.get("description"),
                                       {str(k): str(v) for k, v in dict(item.get("members", {})).items()})
                entries[entry.identifier] = entry
            return entries
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            # A damaged catalogue is set aside, not fatal: it only helps the operator find lists again.
            logger.warning("The list catalogue %s cannot be read (%s); starting a new one", self.path, error)
            try:
                self.path.replace(self.path.with_suffix(".damaged"))
            except OSError:
                pass
            return {}

    def _save(self) -> None:
        data = {"version": CATALOGUE_VERSION, "lists": [
            {"identifier": e.identifier, "name": e.name, "description": e.description, "members": e.members}
            for e in self._entries.values()]}
        write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),
                         durable=False)

    def entries(self) -> list[CatalogueEntry]:
        with self._lock:
            return sorted(self._entries.values(), key=lambda e: e.name.casefold())

    def get(self, identifier: str) -> CatalogueEntry | None:
        with self._lock:
            return self._entries.get(identifier)

    def remember_list(self, identifier: str, name: str, description: str | None) -> None:
        with self._lock:
            old = self._entries.get(identifier)
            self._entries[identifier] = CatalogueEntry(identifier, name, description,
                                                       dict(old.members) if old else {})
            self._save()

    def forget_list(self, identifier: str) -> None:
        with self._lock:
            if self._entries.pop(identifier, None) is not None:
                self._save()

    def add_member(self, list_id: str, record_id: str, label: str) -> None:
        with self._lock:
            entry = self._entries.get(list_id)
            if entry is None:
                return
            entry.members[record_id] = label
            self._save()

    def remove_member(self, list_id: str, record_id: str) -> None:
        with self._lock:
            entry = self._entries.get(list_id)
            if entry is not None and entry.members.pop(record_id, None) is not None:
                self._save()

    def forget_record(self, record_id: str) -> None:
        """A deleted record leaves every list of the catalogue."""
        with self._lock:
            changed = False
            for entry in self._entries.values():
                changed |= entry.members.pop(record_id, None) is not None
            if changed:
                self._save()


@dataclass(frozen=True)
class Members:
    """One page of a list's members. `exact` is False when the station's catalogue answered (it knows only
    the records this station added)."""

    total: int
    records: list[FaceRecordSummary]
    exact: bool


class ListDirectory:
    """Lists and memberships through the server's extensions when it has them, else the station's catalogue.
    Every method is a coroutine for the event loop; errors are the client's (`facestation.api.errors`)."""

    def __init__(self, client: FaceCheckClient, catalogue: StationCatalogue) -> None:
        self.client = client
        self.catalogue = catalogue

    async def server_has_lists(self) -> bool:
        """Whether the server lists lists and members itself (False: the catalogue stands in)."""
        capabilities = await self.client.capabilities()
        return capabilities.list_lists and capabilities.list_members

    async def all_lists(self) -> list[FaceList]:
        if await self.server_has_lists():
            lists = await self.client.lists.all()
            return sorted(lists, key=lambda item: item.name.casefold())
        return [FaceList(e.identifier, e.name, e.description, None, len(e.members))
                for e in self.catalogue.entries()]

    async def create_list(self, name: str, description: str | None = None) -> str:
        identifier = await self.client.lists.create(name=name, description=description or None)
        self.catalogue.remember_list(identifier, name, description or None)
        return identifier

    async def open_list(self, identifier: str) -> FaceList:
        """Look a list up by id (a list made elsewhere) and remember it in the catalogue."""
        face_list = await self.client.lists.get(identifier)
        self.catalogue.remember_list(face_list.identifier, face_list.name, face_list.description)
        return face_list

    async def update_list(self, identifier: str, name: str, description: str | None) -> None:
        await self.client.lists.update(identifier, name=name, description=description or None)
        if self.catalogue.get(identifier) is not None:
            self.catalogue.remember_list(identifier, name, description or None)

    async def delete_list(self, identifier: str) -> None:
        # Forgotten only once the list is gone: a delete that failed (no connection, session ended) must not
        # make the catalogue lose a list that still exists, or the operator could never find it again.
        try:
            await self.client.lists.delete(identifier)
        except errors.NotFoundError:
            self.catalogue.forget_list(identifier)
            raise
        self.catalogue.forget_list(identifier)

    async def members(self, identifier: str, *, offset: int = 0, limit: int = 50) -> Members:
        if await self.server_has_lists():
            page = await self.client.lists.members(identifier, offset=offset, limit=limit)
            return Members(page.total, list(page.records), exact=True)
        entry = self.catalogue.get(identifier)
        if entry is None:
            return Members(0, [], exact=False)
        ids = list(entry.members)[offset:offset + limit]
        records: list[FaceRecordSummary] = []
        for record_id in ids:
            try:
                records.append(await self.client.records.get(record_id))
            except errors.NotFoundError:
                self.catalogue.forget_record(record_id)  # deleted elsewhere
        return Members(len(entry.members), records, exact=False)

    async def add_member(self, list_id: str, record_id: str, *, label: str = "") -> None:
        await self.client.lists.add_record(record_id=record_id, list_id=list_id)
        self.catalogue.add_member(list_id, record_id, label)

    async def remove_member(self, list_id: str, record_id: str) -> None:
        await self.client.lists.remove_record(record_id=record_id, list_id=list_id)
        self.catalogue.remove_member(list_id, record_id)

    def record_deleted(self, record_id: str) -> None:
        self.catalogue.forget_record(record_id)

