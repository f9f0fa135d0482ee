"""The offline outbox: changes made while the server cannot be reached wait here, encrypted, and are sent in
order, exactly once, as soon as it answers again. No Qt here; the panels use it through `Operations`.

Opening (after sign-in, in a worker thread: it reads the keyring and the disk)::

    opened = Outbox.open(session.secrets, None, session.base_url, session.config.client_id)
    outbox = opened.outbox            # a damaged file was set aside and a new queue started:
    if opened.message:                # show this sentence to the operator (it names the backup file)
        window.show_status_message(opened.message, 0)

The queue file is per server and API client (`default_outbox_path`), key "outbox-key" in the SecretStore.

Queuing (a panel, when the call failed with `is_offline_error(error)`; in `ops.run_blocking`)::

    if not external_id:               # every queued enrolment needs one: the replay looks it up first
        external_id = generate_external_identifier(config_pattern)
    item = outbox.enqueue("create_record", {"face_image": jpeg, "name": "Ada", "surname1": "Lovelace",
                                            "external_identifier": external_id, "face_list_id": list_id})
    scheduler.poke()

Payload of each kind (bytes for images and files; ids may be placeholders, see below):

==============  =================================================================================================
create_record   face_image, name, surname1, external_identifier (required); surname2, additional_data,
                additional_data_file_name, face_list_id (the primary list), extra_list_ids (more lists), enabled
update_record   record_id or record_external_id; name, surname1 (required, as PUT v1/face); optional, left
                out = unchanged: surname2, face_image, external_identifier (new value), additional_data,
                additional_data_file_name, face_list_id, enabled
delete_record   record_id or record_external_id
create_list     name; description
update_list     list_id, name; description
delete_list     list_id
add_member      list_id; record_id or record_external_id; label (the person's name, for the catalogue)
remove_member   list_id; record_id or record_external_id
==============  =================================================================================================

Every kind may also carry `list_name` / `label`, shown by the Pending view only. A list made offline is named
in later items by its item's placeholder, `item.placeholder` ("outbox:17"); a record made offline by its
`record_external_id` (or its placeholder). `outbox.resolve(identifier)` / `outbox.real_id(placeholder)` give
the server id once replayed (`ReplayReport.new_ids` lists those learned by a replay).

Reading and editing (Pending view, status bar; all blocking, all thread-safe)::

    outbox.counts()                    # OutboxCounts(pending, attention): "Pending: N"
    outbox.pending(); outbox.attention(); outbox.items(); outbox.get(item_id)   # OutboxItem, decrypted
    item.describe()                    # "Enrol Ada Lovelace (FS-...)": personal, for the screen only
    item.last_error, item.error_codes  # the server's reason and codes (e.g. ("NoFaceDetected",))
    outbox.update_payload(item_id, payload)   # corrected, then
    outbox.resubmit(item_id)           # back to pending, in its old place in the order
    removed = outbox.discard(item_id)  # returns the item: write it to the audit trail
    remove = outbox.add_listener(fn)   # fn(OutboxCounts) after every change, ON THE THREAD THAT MADE IT

Replaying (coroutines, on the qasync loop)::

    replayer = Replayer(outbox, session.client, context.directory)
    report = await replayer.replay()  # ReplayReport: done, attention {id: reason}, waiting, stopped, offline
    scheduler = ReplayScheduler(replayer, session.check_connection, on_report=...)
    scheduler.start(); scheduler.poke(); await scheduler.stop()

When to replay: the scheduler checks the server's health every second while items are pending and the last
replay stopped because the server did not answer, and replays at once when poked. Poke it after enqueue and
resubmit, and when the station's own connection check succeeds. Verifications are never queued.
"""

from facestation.station.core.outbox.external_ids import (
    DEFAULT_PATTERN,
    PatternError,
    check_pattern,
    generate_external_identifier,
)
from facestation.station.core.outbox.replay import (
    Replayer,
    ReplayReport,
    ReplayScheduler,
    is_offline_error,
)
from facestation.station.core.outbox.store import (
    ATTENTION,
    KINDS,
    PENDING,
    SECRET_NAME,
    OpenResult,
    Outbox,
    OutboxCounts,
    OutboxDamagedError,
    OutboxError,
    OutboxItem,
    default_outbox_path,
    is_placeholder,
    outbox_key,
    placeholder_for,
    set_aside,
)

__all__ = [
    "ATTENTION",
    "DEFAULT_PATTERN",
    "KINDS",
    "PENDING",
    "SECRET_NAME",
    "OpenResult",
    "Outbox",
    "OutboxCounts",
    "OutboxDamagedError",
    "OutboxError",
    "OutboxItem",
    "PatternError",
    "ReplayReport",
    "ReplayScheduler",
    "Replayer",
    "check_pattern",
    "default_outbox_path",
    "generate_external_identifier",
    "is_offline_error",
    "is_placeholder",
    "outbox_key",
    "placeholder_for",
    "set_aside",
]
