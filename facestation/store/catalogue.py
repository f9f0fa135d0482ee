"""Face records and face lists of each tenant, with list memberships and descriptor galleries.

Every public method is one transaction: a record's row, image and descriptor are written together or not at
all. Every change to who is matchable in a list bumps that list's `revision` in the same transaction and is
reported back as a `GalleryChange`, so the service keeps its cached 1:N matrices in step (see
`facestation.service.galleries`).

Concurrent writers (several service processes on PostgreSQL) are ordered by row locks taken up front, always
in the same order: the record's row first, then the rows of the lists it touches, sorted by id. So membership
checks cannot race (two "add" calls cannot both insert), each list's revisions follow one another without
gaps, and the order rules out deadlocks between record writes; deleting a list locks its members' records before
the list for the same reason. Should PostgreSQL still pick a transaction as a deadlock victim, `retry_on_conflict`
runs it again. On SQLite the locks are no-ops: BEGIN IMMEDIATE already admits one writer at a time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import Connection, Engine, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from facestation.store.database import retry_on_conflict, snapshot_options
from facestation.store.errors import AlreadyExistsError, NotFoundError
from facestation.store.schema import (
    face_lists,
    face_records,
    list_changes,
    list_members,
)

_READ: Final = {"sqlite_begin": "DEFERRED"}

RECORD_NOT_FOUND: Final = "FaceRecordNotFound"
LIST_NOT_FOUND: Final = "FaceListNotFound"
EXTERNAL_ID_TAKEN: Final = "ExternalIdentifierAlreadyExists"
LIST_NAME_TAKEN: Final = "FaceListNameAlreadyExists"

# How many revisions of each list's change log are kept (pruned every PRUNE_EVERY revisions): a process whose
# gallery is further behind rebuilds it instead of catching up.
CHANGES_KEPT: Final = 10_000
_GALLERY_CHUNK: Final = 10_000  # rows fetched at a time when reading a whole gallery
PRUNE_EVERY: Final = 1_000

# Columns a summary carries: everything but the files, which can be megabytes each.
_SUMMARY_COLUMNS: Final = (
    face_records.c.id,
    face_records.c.name,
    face_records.c.surname1,
    face_records.c.surname2,
    face_records.c.external_identifier,
    face_records.c.enabled,
    face_records.c.face_list_id,
    face_records.c.created_at,
    face_records.c.additional_data_file_name,
)


@dataclass(frozen=True)
class FaceListRow:
    id: str
    name: str
    description: str | None
    created_at: float
    revision: int
    record_count: int = 0


@dataclass(frozen=True)
class FaceRecordRow:
    """A record without its files (lists, searches)."""

    id: str
    name: str
    surname1: str
    surname2: str | None
    external_identifier: str | None
    enabled: bool
    face_list_id: str | None
    created_at: float
    additional_data_file_name: str | None


@dataclass(frozen=True)
class FaceRecord(FaceRecordRow):
    """A whole record: the summary plus the face image, its descriptor and the additional data file."""

    face_image: bytes = b""
    descriptor: bytes = b""
    additional_data: bytes | None = None


@dataclass(frozen=True)
class RecordRef:
    """A record addressed by its GUID or, when that is absent, by its external identifier."""

    id: str | None = None
    external_identifier: str | None = None


@dataclass(frozen=True)
class ListRef:
    """A list addressed by its GUID or, when that is absent, by its name."""

    id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class GalleryChange:
    """How one list's matchable set changed in a write, and the list's revision after it."""

    list_id: str
    revision: int
    upserts: Mapping[str, bytes] = field(default_factory=dict)  # record id -> descriptor
    removals: tuple[str, ...] = ()


@dataclass(frozen=True)
class PackedGallery:
    """A list's matchable members as `CatalogueStore.gallery_packed` reads them: `ids[i]`'s descriptor is
    `buffer[i * width:(i + 1) * width]`; rows after the last id are zero, room to grow."""

    face_list: FaceListRow
    ids: list[str]
    buffer: bytearray
    width: int  # bytes per descriptor (0 when the list has no matchable member)


@dataclass(frozen=True)
class Page:
    total: int
    records: list[FaceRecordRow]


class CatalogueStore:
    """Face records and lists, always scoped to one tenant (the API client id)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- lists -----------------------------------------------------------------------------------------

    @retry_on_conflict
    def create_list(self, tenant: str, name: str, description: str | None, now: float) -> str:
        list_id = str(uuid.uuid4())
        try:
            with self._engine.begin() as conn:
                conn.execute(
                    insert(face_lists).values(
                        id=list_id, tenant=tenant, name=name, description=description, created_at=now, revision=0
                    )
                )
        except IntegrityError as error:
            raise AlreadyExistsError(f"a face list named {name!r} already exists", LIST_NAME_TAKEN) from error
        return list_id

    @retry_on_conflict
    def update_list(self, tenant: str, list_id: str, name: str, description: str | None) -> None:
        try:
            with self._engine.begin() as conn:
                result = conn.execute(
                    update(face_lists)
                    .where(face_lists.c.id == list_id, face_lists.c.tenant == tenant)
                    .values(name=name, description=description)
                )
        except IntegrityError as error:
            raise AlreadyExistsError(f"a face list named {name!r} already exists", LIST_NAME_TAKEN) from error
        if result.rowcount == 0:
            raise NotFoundError("face list not found", LIST_NOT_FOUND)

    @retry_on_conflict
    def delete_list(self, tenant: str, list_id: str) -> None:
        """Delete the list and its memberships; the records stay (their primary list becomes none)."""
        with self._engine.begin() as conn:
            # The delete cascades to the members' rows: lock them first, records before the list as everywhere.
            members = select(list_members.c.record_id).where(list_members.c.list_id == list_id)
            conn.execute(
                select(face_records.c.id)
                .where(face_records.c.tenant == tenant,
                       or_(face_records.c.id.in_(members), face_records.c.face_list_id == list_id))
                .order_by(face_records.c.id)
                .with_for_update()
            )
            result = conn.execute(delete(face_lists).where(face_lists.c.id == list_id, face_lists.c.tenant == tenant))
        if result.rowcount == 0:
            raise NotFoundError("face list not found", LIST_NOT_FOUND)

    def get_list(self, tenant: str, ref: ListRef) -> FaceListRow | None:
        with self._engine.connect().execution_options(**_READ) as conn:
            return _find_list(conn, tenant, ref)

    def all_lists(self, tenant: str) -> list[FaceListRow]:
        members = (
            select(func.count())
            .select_from(list_members)
            .where(list_members.c.list_id == face_lists.c.id)
            .scalar_subquery()
        )
        query = select(face_lists, members.label("record_count")).where(face_lists.c.tenant == tenant)
        with self._engine.connect().execution_options(**_READ) as conn:
            rows = conn.execute(query.order_by(face_lists.c.name)).all()
        return [_list_row(row, row.record_count) for row in rows]

    def list_members(self, tenant: str, list_id: str, offset: int, limit: int) -> Page:
        with self._engine.connect().execution_options(**_READ) as conn:
            if _find_list(conn, tenant, ListRef(id=list_id)) is None:
                raise NotFoundError("face list not found", LIST_NOT_FOUND)
            membership = list_members.c.list_id == list_id
            joined = face_records.join(list_members, list_members.c.record_id == face_records.c.id)
            total = conn.execute(select(func.count()).select_from(list_members).where(membership)).scalar_one()
            rows = conn.execute(
                select(*_SUMMARY_COLUMNS)
                .select_from(joined)
                .where(membership)
                .order_by(face_records.c.surname1, face_records.c.name, face_records.c.id)
                .offset(offset)
                .limit(limit)
            ).all()
        return Page(total, [_record_row(row) for row in rows])

    def gallery(self, tenant: str, ref: ListRef) -> tuple[FaceListRow, list[tuple[str, bytes]]]:
        """The list and the descriptors of its enabled members, read in one consistent snapshot."""
        packed = self.gallery_packed(tenant, ref)
        width = packed.width
        return packed.face_list, [(key, bytes(packed.buffer[i * width:(i + 1) * width]))
                                  for i, key in enumerate(packed.ids)]

    def gallery_packed(self, tenant: str, ref: ListRef, spare_fraction: float = 0.0) -> PackedGallery:
        """`gallery` for large lists: the member ids, and their descriptors end to end in one buffer (row i at
        i * width), read in chunks, with room for `spare_fraction` more rows after them. A million members as a
        million bytes objects would take ~0.6 GB on top of the index built from them; this way the buffer itself
        becomes the index's matrix, and the spare rows let it take new members without a copy."""
        # One snapshot: the revision read must describe exactly the members read, or a cache built from it could
        # hold a record that a later change (applied on top) removes twice or adds once too many.
        with self._engine.connect().execution_options(**snapshot_options(self._engine)) as conn, conn.begin():
            face_list = _find_list(conn, tenant, ref)
            if face_list is None:
                raise NotFoundError("face list not found", LIST_NOT_FOUND)
            matchable = (list_members.c.list_id == face_list.id, face_records.c.enabled.is_(True))
            joined = face_records.join(list_members, list_members.c.record_id == face_records.c.id)
            count = conn.execute(select(func.count()).select_from(joined).where(*matchable)).scalar_one()
            ids: list[str] = []
            packed = bytearray()
            width = 0
            result = conn.execution_options(yield_per=_GALLERY_CHUNK).execute(
                select(face_records.c.id, face_records.c.descriptor).select_from(joined).where(*matchable))
            for chunk in result.partitions():
                for key, descriptor in chunk:
                    if not width:
                        width = len(descriptor)
                        packed = bytearray((count + int(count * spare_fraction)) * width)
                    if len(descriptor) != width:
                        raise ValueError(f"face record {key} has a descriptor of {len(descriptor)} bytes, not {width}")
                    start = len(ids) * width
                    packed[start:start + width] = descriptor
                    ids.append(key)
        del packed[(len(ids) + int(len(ids) * spare_fraction)) * width:]  # nothing, unless count and rows disagreed
        return PackedGallery(face_list, ids, packed, width)

    def large_lists(self, min_members: int) -> list[tuple[str, str, int]]:
        """(tenant, list id, members) of every tenant's lists with at least `min_members` members, largest
        first: the galleries worth building before anyone searches them."""
        members = func.count(list_members.c.record_id)
        query = (
            select(face_lists.c.tenant, face_lists.c.id, members.label("members"))
            .join(list_members, list_members.c.list_id == face_lists.c.id)
            .group_by(face_lists.c.tenant, face_lists.c.id)
            .having(members >= min_members)
            .order_by(members.desc())
        )
        with self._engine.connect().execution_options(**_READ) as conn:
            return [(row.tenant, row.id, int(row.members)) for row in conn.execute(query)]

    def gallery_changes(self, tenant: str, list_id: str, since: int) -> tuple[FaceListRow, GalleryChange | None]:
        """The list now, and how its matchable set changed after revision `since`, as one GalleryChange (the
        records whose standing changed, each as it stands now). None: the log no longer reaches back that far
        (or `since` is not one of this list's revisions): rebuild from `gallery` instead."""
        with self._engine.connect().execution_options(**snapshot_options(self._engine)) as conn, conn.begin():
            face_list = _find_list(conn, tenant, ListRef(id=list_id))
            if face_list is None:
                raise NotFoundError("face list not found", LIST_NOT_FOUND)
            if since > face_list.revision:
                return face_list, None
            logged = conn.execute(
                select(list_changes.c.revision, list_changes.c.record_id)
                .where(list_changes.c.list_id == list_id, list_changes.c.revision > since)
            ).all()
            if len(logged) != face_list.revision - since:
                return face_list, None  # pruned (or written before the log existed)
            changed = {row.record_id for row in logged}
            rows = conn.execute(
                select(face_records.c.id, face_records.c.descriptor)
                .join(list_members, list_members.c.record_id == face_records.c.id)
                .where(list_members.c.list_id == list_id, face_records.c.enabled.is_(True),
                       face_records.c.id.in_(changed))
            ).all()
        matchable = {row.id: row.descriptor for row in rows}
        removals = tuple(sorted(changed - set(matchable)))
        return face_list, GalleryChange(list_id, face_list.revision, upserts=matchable, removals=removals)

    # -- records ---------------------------------------------------------------------------------------

    @retry_on_conflict
    def create_record(
        self, tenant: str, values: Mapping[str, Any], primary_list_id: str | None, now: float
    ) -> tuple[str, list[GalleryChange]]:
        """Insert a record (columns of `face_records` in `values`) and put it in its primary list."""
        record_id = str(uuid.uuid4())
        try:
            with self._engine.begin() as conn:
                if primary_list_id is not None:
                    _require_list(conn, tenant, primary_list_id)
                conn.execute(
                    insert(face_records).values(
                        **values, id=record_id, tenant=tenant, face_list_id=primary_list_id, created_at=now, updated_at=now
                    )
                )
                lists = []
                if primary_list_id is not None:
                    conn.execute(insert(list_members).values(list_id=primary_list_id, record_id=record_id, added_at=now))
                    lists.append(primary_list_id)
                changes = _touch_lists(conn, record_id, lists)
        except IntegrityError as error:
            raise AlreadyExistsError("that external identifier is already in use", EXTERNAL_ID_TAKEN) from error
        return record_id, changes

    @retry_on_conflict
    def update_record(
        self, tenant: str, record_id: str, values: Mapping[str, Any], primary_list_id: str | None, now: float
    ) -> list[GalleryChange]:
        """Replace the given columns; a new primary list moves the record out of the old one into the new one."""
        try:
            with self._engine.begin() as conn:
                current = conn.execute(
                    select(face_records.c.face_list_id)
                    .where(face_records.c.id == record_id, face_records.c.tenant == tenant)
                    .with_for_update()
                ).first()
                if current is None:
                    raise NotFoundError("face record not found", RECORD_NOT_FOUND)
                affected = set(_lists_of(conn, record_id))
                old_primary = current.face_list_id
                _lock_lists(conn, affected | ({primary_list_id} if primary_list_id else set()))
                if primary_list_id != old_primary:
                    if primary_list_id is not None:
                        _require_list(conn, tenant, primary_list_id)
                    if old_primary is not None:
                        conn.execute(
                            delete(list_members).where(
                                list_members.c.list_id == old_primary, list_members.c.record_id == record_id
                            )
                        )
                    if primary_list_id is not None:
                        _add_member(conn, primary_list_id, record_id, now)
                        affected.add(primary_list_id)
                conn.execute(
                    update(face_records)
                    .where(face_records.c.id == record_id)
                    .values(**values, face_list_id=primary_list_id, updated_at=now)
                )
                return _touch_lists(conn, record_id, sorted(affected))
        except IntegrityError as error:
            raise AlreadyExistsError("that external identifier is already in use", EXTERNAL_ID_TAKEN) from error

    @retry_on_conflict
    def delete_record(self, tenant: str, ref: RecordRef) -> list[GalleryChange]:
        with self._engine.begin() as conn:
            record_id = _find_record_id(conn, tenant, ref, lock=True)
            if record_id is None:
                raise NotFoundError("face record not found", RECORD_NOT_FOUND)
            lists = _lists_of(conn, record_id)
            _lock_lists(conn, lists)
            conn.execute(delete(face_records).where(face_records.c.id == record_id))
            return _touch_lists(conn, record_id, lists)

    def get_record(self, tenant: str, ref: RecordRef) -> FaceRecord | None:
        with self._engine.connect().execution_options(**_READ) as conn:
            record_id = _find_record_id(conn, tenant, ref)
            if record_id is None:
                return None
            row = conn.execute(select(face_records).where(face_records.c.id == record_id)).one()
        return FaceRecord(
            **_record_row(row).__dict__,
            face_image=row.face_image,
            descriptor=row.descriptor,
            additional_data=row.additional_data,
        )

    def external_identifier_owner(self, tenant: str, external_identifier: str) -> str | None:
        with self._engine.connect().execution_options(**_READ) as conn:
            return _find_record_id(conn, tenant, RecordRef(external_identifier=external_identifier))

    def search_records(self, tenant: str, search: str, offset: int, limit: int) -> Page:
        """Records whose name, surnames or external identifier contain `search` (case-insensitive)."""
        where = [face_records.c.tenant == tenant]
        if search:
            pattern = "%" + search.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append(
                or_(
                    *(
                        func.lower(column).like(pattern, escape="\\")
                        for column in (
                            face_records.c.name,
                            face_records.c.surname1,
                            face_records.c.surname2,
                            face_records.c.external_identifier,
                        )
                    )
                )
            )
        with self._engine.connect().execution_options(**_READ) as conn:
            total = conn.execute(select(func.count()).select_from(face_records).where(*where)).scalar_one()
            rows = conn.execute(
                select(*_SUMMARY_COLUMNS)
                .where(*where)
                .order_by(face_records.c.surname1, face_records.c.name, face_records.c.id)
                .offset(offset)
                .limit(limit)
            ).all()
        return Page(total, [_record_row(row) for row in rows])

    # -- memberships -----------------------------------------------------------------------------------

    @retry_on_conflict
    def add_to_list(self, tenant: str, record: RecordRef, face_list: ListRef, now: float) -> list[GalleryChange]:
        """Make the record a member of the list (idempotent)."""
        with self._engine.begin() as conn:
            record_id, list_id = _resolve_pair(conn, tenant, record, face_list)
            if not _add_member(conn, list_id, record_id, now):
                return []
            return _touch_lists(conn, record_id, [list_id])

    @retry_on_conflict
    def remove_from_list(self, tenant: str, record: RecordRef, face_list: ListRef) -> tuple[bool, list[GalleryChange]]:
        """End a membership; False when the record was not in the list. Leaving its primary list clears it."""
        with self._engine.begin() as conn:
            record_id, list_id = _resolve_pair(conn, tenant, record, face_list)
            result = conn.execute(
                delete(list_members).where(list_members.c.list_id == list_id, list_members.c.record_id == record_id)
            )
            if result.rowcount == 0:
                return False, []
            conn.execute(
                update(face_records)
                .where(face_records.c.id == record_id, face_records.c.face_list_id == list_id)
                .values(face_list_id=None)
            )
            return True, _touch_lists(conn, record_id, [list_id])


def _list_row(row: Any, record_count: int = 0) -> FaceListRow:
    return FaceListRow(row.id, row.name, row.description, row.created_at, row.revision, record_count)


def _record_row(row: Any) -> FaceRecordRow:
    return FaceRecordRow(
        id=row.id,
        name=row.name,
        surname1=row.surname1,
        surname2=row.surname2,
        external_identifier=row.external_identifier,
        enabled=bool(row.enabled),
        face_list_id=row.face_list_id,
        created_at=row.created_at,
        additional_data_file_name=row.additional_data_file_name,
    )


def _find_list(conn: Connection, tenant: str, ref: ListRef, *, lock: bool = False) -> FaceListRow | None:
    if ref.id is not None:
        where = face_lists.c.id == ref.id
    elif ref.name is not None:
        where = face_lists.c.name == ref.name
    else:
        return None
    query = select(face_lists).where(where, face_lists.c.tenant == tenant)
    row = conn.execute(query.with_for_update() if lock else query).first()
    return None if row is None else _list_row(row)


def _require_list(conn: Connection, tenant: str, list_id: str) -> None:
    """The list must exist; its row stays locked until the transaction ends (it is about to change)."""
    if _find_list(conn, tenant, ListRef(id=list_id), lock=True) is None:
        raise NotFoundError("face list not found", LIST_NOT_FOUND)


def _lock_lists(conn: Connection, list_ids: Iterable[str]) -> None:
    """Lock the rows of lists this transaction will change, in id order (see the module docstring)."""
    ids = sorted(set(list_ids))
    if ids:
        conn.execute(select(face_lists.c.id).where(face_lists.c.id.in_(ids)).order_by(face_lists.c.id).with_for_update())


def _find_record_id(conn: Connection, tenant: str, ref: RecordRef, *, lock: bool = False) -> str | None:
    if ref.id is not None:
        where = face_records.c.id == ref.id
    elif ref.external_identifier is not None:
        where = face_records.c.external_identifier == ref.external_identifier
    else:
        return None
    query = select(face_records.c.id).where(where, face_records.c.tenant == tenant)
    return conn.execute(query.with_for_update() if lock else query).scalar_one_or_none()


def _resolve_pair(conn: Connection, tenant: str, record: RecordRef, face_list: ListRef) -> tuple[str, str]:
    """The ids of a record and a list whose membership is about to change; both rows stay locked."""
    record_id = _find_record_id(conn, tenant, record, lock=True)
    if record_id is None:
        raise NotFoundError("face record not found", RECORD_NOT_FOUND)
    found = _find_list(conn, tenant, face_list, lock=True)
    if found is None:
        raise NotFoundError("face list not found", LIST_NOT_FOUND)
    return record_id, found.id


def _lists_of(conn: Connection, record_id: str) -> list[str]:
    return list(conn.execute(select(list_members.c.list_id).where(list_members.c.record_id == record_id)).scalars())


def _add_member(conn: Connection, list_id: str, record_id: str, now: float) -> bool:
    exists = conn.execute(
        select(list_members.c.list_id).where(list_members.c.list_id == list_id, list_members.c.record_id == record_id)
    ).first()
    if exists is not None:
        return False
    conn.execute(insert(list_members).values(list_id=list_id, record_id=record_id, added_at=now))
    return True


def _touch_lists(conn: Connection, record_id: str, list_ids: Iterable[str]) -> list[GalleryChange]:
    """Bump each list's revision and describe how the record now stands in it (matchable or not)."""
    list_ids = list(list_ids)
    if not list_ids:
        return []
    record = conn.execute(
        select(face_records.c.descriptor, face_records.c.enabled).where(face_records.c.id == record_id)
    ).first()
    member_of = set(_lists_of(conn, record_id)) if record is not None else set()
    changes = []
    for list_id in list_ids:
        revision = conn.execute(
            update(face_lists)
            .where(face_lists.c.id == list_id)
            .values(revision=face_lists.c.revision + 1)
            .returning(face_lists.c.revision)
        ).scalar_one_or_none()
        if revision is None:
            continue  # the list went away in this same transaction
        conn.execute(insert(list_changes).values(list_id=list_id, revision=revision, record_id=record_id))
        if revision % PRUNE_EVERY == 0:
            conn.execute(delete(list_changes).where(list_changes.c.list_id == list_id,
                                                    list_changes.c.revision <= revision - CHANGES_KEPT))
        if record is not None and record.enabled and list_id in member_of:
            changes.append(GalleryChange(list_id, revision, upserts={record_id: record.descriptor}))
        else:
            changes.append(GalleryChange(list_id, revision, removals=(record_id,)))
    return changes


__all__ = [
    "CatalogueStore",
    "FaceListRow",
    "FaceRecord",
    "FaceRecordRow",
    "GalleryChange",
    "ListRef",
    "PackedGallery",
    "Page",
    "RecordRef",
]
