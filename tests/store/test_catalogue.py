"""Face records and lists: tenant scoping, memberships, atomic writes and the gallery changes they report."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from facestation.store import Store
from facestation.store import catalogue as catalogue_module
from facestation.store.catalogue import GalleryChange, ListRef, RecordRef
from facestation.store.errors import AlreadyExistsError, NotFoundError
from facestation.store.schema import face_records
from tests.store.conftest import descriptor, record_values


@pytest.fixture()
def tenants(store: Store) -> tuple[str, str]:
    store.accounts.create_client("t1", "h", 0.0)
    store.accounts.create_client("t2", "h", 0.0)
    return "t1", "t2"


def record_count(store: Store) -> int:
    with store.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(face_records)).scalar_one()


def test_record_round_trip_and_tenant_scope(store: Store, tenants: tuple[str, str]) -> None:
    record_id, changes = store.catalogue.create_record("t1", record_values(external="E-1"), None, 5.0)
    assert changes == []  # in no list: no gallery changes
    record = store.catalogue.get_record("t1", RecordRef(id=record_id))
    assert record is not None
    assert (record.name, record.external_identifier, record.enabled, record.created_at) == ("Ada", "E-1", True, 5.0)
    assert record.descriptor == descriptor(1)
    assert store.catalogue.get_record("t1", RecordRef(external_identifier="E-1")) == record
    assert store.catalogue.get_record("t2", RecordRef(id=record_id)) is None
    assert store.catalogue.get_record("t2", RecordRef(external_identifier="E-1")) is None
    with pytest.raises(NotFoundError):
        store.catalogue.delete_record("t2", RecordRef(id=record_id))
    assert store.catalogue.search_records("t2", "", 0, 10).total == 0


def test_external_identifiers_are_unique_per_tenant_and_a_refused_write_leaves_nothing(
    store: Store, tenants: tuple[str, str]
) -> None:
    store.catalogue.create_record("t1", record_values(external="E-1"), None, 0.0)
    store.catalogue.create_record("t2", record_values(external="E-1"), None, 0.0)  # other tenant: fine
    with pytest.raises(AlreadyExistsError) as refused:
        store.catalogue.create_record("t1", record_values("Bob", external="E-1"), None, 0.0)
    assert refused.value.code == "ExternalIdentifierAlreadyExists"
    with pytest.raises(NotFoundError) as missing:
        store.catalogue.create_record("t1", record_values("Cy"), "00000000-0000-0000-0000-000000000000", 0.0)
    assert missing.value.code == "FaceListNotFound"
    assert record_count(store) == 2


def test_list_names_are_unique_per_tenant(store: Store, tenants: tuple[str, str]) -> None:
    first = store.catalogue.create_list("t1", "Staff", "all staff", 0.0)
    store.catalogue.create_list("t2", "Staff", None, 0.0)
    with pytest.raises(AlreadyExistsError):
        store.catalogue.create_list("t1", "Staff", None, 0.0)
    second = store.catalogue.create_list("t1", "Guests", None, 0.0)
    with pytest.raises(AlreadyExistsError):
        store.catalogue.update_list("t1", second, "Staff", None)
    with pytest.raises(NotFoundError):
        store.catalogue.update_list("t2", first, "Renamed", None)
    assert store.catalogue.get_list("t1", ListRef(name="Staff")).id == first  # type: ignore[union-attr]
    assert [face_list.name for face_list in store.catalogue.all_lists("t1")] == ["Guests", "Staff"]


def test_memberships_and_gallery_changes(store: Store, tenants: tuple[str, str]) -> None:
    staff = store.catalogue.create_list("t1", "Staff", None, 0.0)
    vip = store.catalogue.create_list("t1", "VIP", None, 0.0)
    record_id, changes = store.catalogue.create_record("t1", record_values(), staff, 0.0)
    assert [(c.list_id, c.revision, dict(c.upserts)) for c in changes] == [(staff, 1, {record_id: descriptor(1)})]

    changes = store.catalogue.add_to_list("t1", RecordRef(id=record_id), ListRef(name="VIP"), 1.0)
    assert [(c.list_id, c.revision) for c in changes] == [(vip, 1)]
    assert store.catalogue.add_to_list("t1", RecordRef(id=record_id), ListRef(id=vip), 1.0) == []  # idempotent

    # Disabling reports a removal from every list the record is in.
    changes = store.catalogue.update_record("t1", record_id, {"enabled": False}, staff, 2.0)
    assert sorted((c.list_id, c.revision, c.removals) for c in changes) == sorted(
        [(staff, 2, (record_id,)), (vip, 2, (record_id,))])
    _, gallery = store.catalogue.gallery("t1", ListRef(id=staff))
    assert gallery == []

    # Re-enabling with a new primary list moves the record out of Staff (its old primary) into... VIP.
    changes = store.catalogue.update_record("t1", record_id, {"enabled": True, "descriptor": descriptor(2)}, vip, 3.0)
    by_list = {c.list_id: c for c in changes}
    assert by_list[staff].removals == (record_id,)
    assert dict(by_list[vip].upserts) == {record_id: descriptor(2)}
    assert store.catalogue.list_members("t1", staff, 0, 10).total == 0
    face_list, gallery = store.catalogue.gallery("t1", ListRef(id=vip))
    assert gallery == [(record_id, descriptor(2))] and face_list.revision == 3

    removed, changes = store.catalogue.remove_from_list("t1", RecordRef(id=record_id), ListRef(id=vip))
    assert removed and changes[0].removals == (record_id,)
    assert store.catalogue.get_record("t1", RecordRef(id=record_id)).face_list_id is None  # type: ignore[union-attr]
    assert store.catalogue.remove_from_list("t1", RecordRef(id=record_id), ListRef(id=vip)) == (False, [])


def test_deleting_a_list_keeps_its_records(store: Store, tenants: tuple[str, str]) -> None:
    staff = store.catalogue.create_list("t1", "Staff", None, 0.0)
    record_id, _ = store.catalogue.create_record("t1", record_values(), staff, 0.0)
    store.catalogue.delete_list("t1", staff)
    record = store.catalogue.get_record("t1", RecordRef(id=record_id))
    assert record is not None and record.face_list_id is None
    with pytest.raises(NotFoundError):
        store.catalogue.gallery("t1", ListRef(id=staff))


def test_deleting_a_record_reports_its_removal_from_each_list(store: Store, tenants: tuple[str, str]) -> None:
    staff = store.catalogue.create_list("t1", "Staff", None, 0.0)
    record_id, _ = store.catalogue.create_record("t1", record_values(external="X"), staff, 0.0)
    changes = store.catalogue.delete_record("t1", RecordRef(external_identifier="X"))
    assert [(c.list_id, c.removals) for c in changes] == [(staff, (record_id,))]
    assert store.catalogue.list_members("t1", staff, 0, 10).total == 0


def test_search_matches_names_and_identifiers_case_insensitively_and_pages(
    store: Store, tenants: tuple[str, str]
) -> None:
    for index, name in enumerate(["Ana", "Bea", "Cruz", "100%_Dan"]):
        store.catalogue.create_record("t1", record_values(name, external=f"EMP-{index}"), None, 0.0)
    assert [r.name for r in store.catalogue.search_records("t1", "bE", 0, 10).records] == ["Bea"]
    assert store.catalogue.search_records("t1", "emp-", 0, 10).total == 4
    assert [r.name for r in store.catalogue.search_records("t1", "%_", 0, 10).records] == ["100%_Dan"]
    page = store.catalogue.search_records("t1", "", 1, 2)
    assert page.total == 4 and len(page.records) == 2


def test_the_change_log_tells_a_process_behind_which_records_changed(
        store: Store, tenants: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    tenant, _ = tenants
    catalogue = store.catalogue
    list_id = catalogue.create_list(tenant, "L", None, 1.0)
    ada, _ = catalogue.create_record(tenant, record_values("Ada", seed=1), list_id, 1.0)  # revision 1
    bob, _ = catalogue.create_record(tenant, record_values("Bob", seed=2), list_id, 1.0)  # 2
    cid, _ = catalogue.create_record(tenant, record_values("Cid", seed=3), None, 1.0)
    catalogue.add_to_list(tenant, RecordRef(id=cid), ListRef(id=list_id), 2.0)  # 3
    catalogue.update_record(tenant, bob, {"enabled": False}, list_id, 2.0)  # 4
    catalogue.delete_record(tenant, RecordRef(id=ada))  # 5

    current, change = catalogue.gallery_changes(tenant, list_id, 2)
    assert current.revision == 5 and change is not None and change.revision == 5
    assert change.upserts == {cid: descriptor(3)}  # as it stands now
    assert sorted(change.removals) == sorted([ada, bob])  # deleted; disabled
    assert catalogue.gallery_changes(tenant, list_id, 5)[1] == GalleryChange(list_id, 5)  # nothing new
    assert catalogue.gallery_changes(tenant, list_id, 6)[1] is None  # not a revision of this list
    # Applied to the gallery at revision 2 (Ada, Bob), the change gives exactly the gallery at revision 5.
    assert {cid} == {key for key, _ in catalogue.gallery(tenant, ListRef(id=list_id))[1]}

    # The log is pruned: a process behind what is kept must rebuild.
    monkeypatch.setattr(catalogue_module, "PRUNE_EVERY", 6)
    monkeypatch.setattr(catalogue_module, "CHANGES_KEPT", 2)
    catalogue.update_record(tenant, cid, {"name": "Cid 2"}, list_id, 3.0)  # 6: prunes revisions up to 4
    assert catalogue.gallery_changes(tenant, list_id, 2)[1] is None
    assert catalogue.gallery_changes(tenant, list_id, 4)[1] == GalleryChange(list_id, 6, upserts={cid: descriptor(3)},
                                                                              removals=(ada,))


def test_a_packed_gallery_holds_the_same_descriptors_end_to_end_with_room_to_grow(
        store: Store, tenants: tuple[str, str]) -> None:
    tenant, _ = tenants
    list_id = store.catalogue.create_list(tenant, "Packed", None, 1.0)
    for seed in range(1, 33):
        store.catalogue.create_record(tenant, record_values(f"P{seed}", seed=seed), list_id, 1.0)
    _, rows = store.catalogue.gallery(tenant, ListRef(id=list_id))
    packed = store.catalogue.gallery_packed(tenant, ListRef(id=list_id), spare_fraction=0.25)
    width = packed.width
    assert width == len(descriptor(1)) and len(packed.buffer) == (32 + 8) * width
    assert dict(rows) == {key: bytes(packed.buffer[i * width:(i + 1) * width]) for i, key in enumerate(packed.ids)}
    assert not any(packed.buffer[32 * width:])  # the spare rows
    empty = store.catalogue.create_list(tenant, "Empty", None, 1.0)
    assert store.catalogue.gallery_packed(tenant, ListRef(id=empty), 0.25).ids == []
