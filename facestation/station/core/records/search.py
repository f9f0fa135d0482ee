"""Finding stored people for the Records page, without Qt: the search strategy, the exact look-up, the
"newest first" sort and the paging of what was found.

With the local service's search extension the text finds parts of names and numbers; the hosted service has
no search, so the text is looked up exactly as a member number and (when it looks like one) as a record id.
The empty search lists the newest people first: the extension sorts by surname, so up to `RECENT_LIMIT`
summaries are fetched and sorted here; beyond that the service's order is shown, a page at a time.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from facestation.api import FaceCheckClient, FaceRecord, FaceRecordSummary, errors
from facestation.station.core.directory import ListDirectory

__all__ = ["FETCH_LIMIT", "PAGE_SIZE", "RECENT_LIMIT", "RecordSearch", "SearchResult", "looks_like_record_id",
           "summary"]

PAGE_SIZE = 50  # read at call time: tests page with a smaller one
# Summaries without photos are a few hundred bytes each: sorting this many here is cheap.
RECENT_LIMIT = 2000
FETCH_LIMIT = 500  # the search extension's largest page


@dataclass(frozen=True)
class SearchResult:
    """One page of what a search found. `exact`: the server has no search, the text was looked up exactly;
    `recent`: the empty search, newest first; `rest`: recent records fetched but not shown yet."""

    records: list[FaceRecordSummary]
    total: int
    exact: bool = False
    recent: bool = False
    rest: tuple[FaceRecordSummary, ...] = ()
    list_names: dict[str, str] | None = None
    whole: tuple[FaceRecord, ...] = ()  # records an exact lookup fetched whole (choosing them costs no call)


class RecordSearch:
    """The last search and what it shows. `find()` asks the service (no state changes); `take()` shows a first
    page, `add()` a further one, `show_more_fetched()` the next page of records fetched already.

    `client` and `directory` are looked up at call time (they change with sign-in)."""

    def __init__(self, client: Callable[[], FaceCheckClient], directory: Callable[[], ListDirectory]) -> None:
        self._client = client
        self._directory = directory
        self.query: str | None = None  # the last search run; None: none yet
        self.shown: list[FaceRecordSummary] = []
        self.total = 0
        self.exact = False
        self.recent = False
        self.list_names: dict[str, str] = {}
        self._rest: list[FaceRecordSummary] = []  # recent records fetched, not shown yet
        self._whole: dict[str, FaceRecord] = {}  # whole records of an exact lookup, not shown yet

    # -- asking the service -----------------------------------------------------------------------------

    async def find(self, text: str, offset: int = 0) -> SearchResult:
        """A page of the people `text` finds, from `offset` (the lists' names come with the first page)."""
        client = self._client()
        capabilities = await client.capabilities()
        list_names = await self._fetch_list_names() if offset == 0 else None
        if not capabilities.search_records:
            found = await self.exact_lookup(text)
            return SearchResult([summary(record) for record in found], 0, exact=True, list_names=list_names,
                                whole=tuple(found))
        if text:
            page = await client.records.search(text, offset=offset, limit=PAGE_SIZE)
            return SearchResult(list(page.records), page.total, list_names=list_names)
        first = await client.records.search("", offset=0, limit=FETCH_LIMIT)
        if first.total > RECENT_LIMIT:  # too many to sort here: the service's order, a page at a time
            return SearchResult(list(first.records[:PAGE_SIZE]), first.total, list_names=list_names)
        records = list(first.records)
        while len(records) < first.total:
            page = await client.records.search("", offset=len(records), limit=FETCH_LIMIT)
            if not page.records:
                break
            records.extend(page.records)
        records.sort(key=lambda record: record.created_utc.timestamp() if record.created_utc else 0.0,
                     reverse=True)
        return SearchResult(records[:PAGE_SIZE], len(records), recent=True, rest=tuple(records[PAGE_SIZE:]),
                            list_names=list_names)

    async def exact_lookup(self, text: str) -> list[FaceRecord]:
        """Without search: the text as a member number, and (if it looks like one) as a record id."""
        if not text:
            return []
        client = self._client()
        found: dict[str, FaceRecord] = {}
        try:
            record = await client.records.get_by_external_id(text)
            found[record.identifier] = record
        except errors.NotFoundError:
            pass
        if looks_like_record_id(text):
            try:
                record = await client.records.get(text)
                found.setdefault(record.identifier, record)
            except errors.NotFoundError:
                pass
        return list(found.values())

    async def _fetch_list_names(self) -> dict[str, str] | None:
        """The lists' names for the Main list line; a failure here must not fail the search."""
        try:
            return {face_list.identifier: face_list.name for face_list in await self._directory().all_lists()}
        except errors.FaceCheckError:
            return None

    async def person(self, record_id: str) -> tuple[FaceRecord, str | None]:
        """A person's whole record and their main list's name (None: no list, or it cannot be named).

        A record the exact lookup has just fetched is used once (the hosted service counts every call); a
        reload after a change asks the service again."""
        client = self._client()
        record = self._whole.pop(record_id, None) or await client.records.get(record_id)
        list_name = self.list_names.get(record.face_list_id) if record.face_list_id else None
        if record.face_list_id and list_name is None:
            try:  # a list this station has not seen (made elsewhere, or on the hosted service)
                list_name = (await client.lists.get(record.face_list_id)).name
            except errors.FaceCheckError:
                list_name = None
        return record, list_name

    # -- what is shown ---------------------------------------------------------------------------------

    def start(self, text: str) -> str:
        """Make `text` (stripped) the search to run; returns it."""
        self.query = text.strip()
        return self.query

    def take(self, result: SearchResult) -> None:
        """Show the first page of a search's result (replacing what was shown)."""
        self.exact, self.recent = result.exact, result.recent
        if result.list_names is not None:
            self.list_names = result.list_names
        self.shown = list(result.records)
        self._rest = list(result.rest)
        self._whole = {record.identifier: record for record in result.whole}
        self.total = len(self.shown) if result.exact else result.total

    def add(self, result: SearchResult) -> None:
        """Add a further page fetched from the service (people shown already are not repeated)."""
        known = {record.identifier for record in self.shown}
        self.shown.extend(record for record in result.records if record.identifier not in known)
        self.total = result.total

    @property
    def has_more(self) -> bool:
        return len(self.shown) < self.total

    def show_more_fetched(self) -> bool:
        """Show the next page of the records fetched already; False when the next page must be fetched."""
        if not self._rest:
            return False
        self.shown.extend(self._rest[:PAGE_SIZE])
        del self._rest[:PAGE_SIZE]
        return True

    def index_of(self, record_id: str) -> int | None:
        """The row of a person among those shown."""
        return next((row for row, record in enumerate(self.shown) if record.identifier == record_id), None)

    def clear(self) -> None:
        """Forget the search and everything it found (sign-out, idle lock)."""
        self.query = None
        self.shown, self._rest, self.total = [], [], 0
        self.exact = self.recent = False
        self.list_names = {}
        self._whole = {}


def looks_like_record_id(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def summary(record: FaceRecordSummary) -> FaceRecordSummary:
    """A record's summary (a whole record keeps its photo and file: not needed in the results)."""
    return FaceRecordSummary(record.identifier, record.name, record.surname1, record.surname2,
                             record.external_identifier, record.additional_data_file_name, record.enabled,
                             record.face_list_id, record.created_utc)
