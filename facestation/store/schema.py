"""The database schema, as SQLAlchemy Core tables.

Portable on purpose: only types and constraints that SQLite and PostgreSQL both have, so the PostgreSQL back
end (issue 8) reuses these tables unchanged. Alembic migrations under `migrations/` create them; this module
is what the code queries against and what `alembic check` compares the migrations with.

Times are stored as UTC epoch seconds (`Float`): one representation for comparisons in both dialects, no
time-zone ambiguity, and the sliding-hour rate limit compares them directly.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Deterministic constraint names, so later migrations can address them on every back end.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# One API client is one tenant: every face record and list belongs to exactly one client.
clients = Table(
    "clients",
    metadata,
    Column("client_id", String(200), primary_key=True),
    Column("secret_hash", String(200), nullable=False),
    # NULL means unlimited; identify calls spend one credit each.
    Column("credits", Integer, nullable=True),
    Column("created_at", Float, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client_id", String(200), ForeignKey("clients.client_id", ondelete="CASCADE"), nullable=False),
    Column("username", String(200), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", Float, nullable=True),
    # Access tokens issued before this instant are refused: how `admin revoke-tokens` ends live sessions.
    Column("tokens_valid_after", Float, nullable=False, default=0.0),
    Column("created_at", Float, nullable=False),
    UniqueConstraint("client_id", "username", name="uq_users_client_username"),
)

refresh_tokens = Table(
    "refresh_tokens",
    metadata,
    # SHA-256 of the token: the token itself is 256 random bits, so a fast hash is enough to make a stolen
    # database useless for replay, and lookups stay an index probe.
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("issued_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
)

# One row per counted call; rows older than an hour are pruned as calls arrive.
api_calls = Table(
    "api_calls",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("called_at", Float, nullable=False),
    Index("ix_api_calls_user_called_at", "user_id", "called_at"),
)

face_lists = Table(
    "face_lists",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("tenant", String(200), ForeignKey("clients.client_id", ondelete="CASCADE"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("description", Text, nullable=True),
    Column("created_at", Float, nullable=False),
    # Bumped in the same transaction as any change to who is matchable in the list, so every process can
    # tell whether its cached descriptor matrix is current.
    Column("revision", Integer, nullable=False, default=0),
    UniqueConstraint("tenant", "name", name="uq_face_lists_tenant_name"),
)

face_records = Table(
    "face_records",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("tenant", String(200), ForeignKey("clients.client_id", ondelete="CASCADE"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("surname1", String(200), nullable=False),
    Column("surname2", String(200), nullable=True),
    Column("external_identifier", String(200), nullable=True),
    Column("face_image", LargeBinary, nullable=False),
    Column("descriptor", LargeBinary, nullable=False),
    Column("additional_data", LargeBinary, nullable=True),
    Column("additional_data_file_name", String(255), nullable=True),
    Column("enabled", Boolean, nullable=False, default=True),
    Column("face_list_id", String(36), ForeignKey("face_lists.id", ondelete="SET NULL"), nullable=True),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    # NULLs never collide in a unique constraint (SQLite and PostgreSQL alike): only set identifiers are unique.
    UniqueConstraint("tenant", "external_identifier", name="uq_face_records_tenant_external_identifier"),
    Index("ix_face_records_tenant_name", "tenant", "name"),
)

# Secrets every service process of one database must share, above all the access-token signing key: with
# PostgreSQL, several processes (on several machines) serve one installation, and a token one of them issues
# must verify on the others. Written once (first process wins); replaced only when the stored value is unusable
# (a signing key shorter than 32 bytes: see AccountStore.replace_shared_secret).
service_secrets = Table(
    "service_secrets",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("value", LargeBinary, nullable=False),
    Column("created_at", Float, nullable=False),
)

# One row per list revision: which record's standing in the list changed with it. A process whose cached gallery
# is a few revisions behind (another process wrote) reads the rows since its revision and applies just those
# records, instead of rebuilding a large index from every member. Old rows are pruned; a process further behind
# than what is kept rebuilds.
list_changes = Table(
    "list_changes",
    metadata,
    Column("list_id", String(36), ForeignKey("face_lists.id", ondelete="CASCADE"), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("record_id", String(36), nullable=False),  # no foreign key: a deleted record's change stays
    PrimaryKeyConstraint("list_id", "revision"),
)

list_members = Table(
    "list_members",
    metadata,
    Column("list_id", String(36), ForeignKey("face_lists.id", ondelete="CASCADE"), nullable=False),
    Column("record_id", String(36), ForeignKey("face_records.id", ondelete="CASCADE"), nullable=False),
    Column("added_at", Float, nullable=False),
    PrimaryKeyConstraint("list_id", "record_id"),
    Index("ix_list_members_record_id", "record_id"),
)

# Each list's 1:N calibration (facestation.recognition.calibration): its member-pair distance counts and near
# pairs at `revision`, so a restarted process need not count every pair again. A process that finds it behind
# the list's revision counts from scratch.
list_calibrations = Table(
    "list_calibrations",
    metadata,
    Column("list_id", String(36), ForeignKey("face_lists.id", ondelete="CASCADE"), primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("state", LargeBinary, nullable=False),
    Column("updated_at", Float, nullable=False),
)

# Record pairs an operator marked "not the same person": never again shown as possible duplicates.
# `record_a` < `record_b`, so a pair has one row.
distinct_pairs = Table(
    "distinct_pairs",
    metadata,
    Column("tenant", String(200), ForeignKey("clients.client_id", ondelete="CASCADE"), nullable=False),
    Column("record_a", String(36), ForeignKey("face_records.id", ondelete="CASCADE"), nullable=False),
    Column("record_b", String(36), ForeignKey("face_records.id", ondelete="CASCADE"), nullable=False),
    Column("marked_at", Float, nullable=False),
    PrimaryKeyConstraint("tenant", "record_a", "record_b"),
)

# The share of strangers a tenant accepts being matched to someone in a list (NULL row: the default).
calibration_targets = Table(
    "calibration_targets",
    metadata,
    Column("tenant", String(200), ForeignKey("clients.client_id", ondelete="CASCADE"), primary_key=True),
    Column("target", Float, nullable=False),
)
