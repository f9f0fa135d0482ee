"""API clients (tenants), their users, refresh tokens, call counts, credits and the service's shared secrets.

Hashing is the caller's job (`facestation.service.passwords`): this module stores and compares hashes only.
Read-then-write methods lock the row they read (`with_for_update`), so on PostgreSQL concurrent calls from
several service processes count exactly like SQLite's one-writer-at-a-time (where the lock is a no-op).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    case,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from facestation.store.errors import AlreadyExistsError, NotFoundError
from facestation.store.schema import (
    api_calls,
    clients,
    face_lists,
    face_records,
    list_changes,
    list_members,
    refresh_tokens,
    service_secrets,
    users,
)

_READ = {"sqlite_begin": "DEFERRED"}


@dataclass(frozen=True)
class ClientRow:
    client_id: str
    secret_hash: str
    credits: int | None  # None: unlimited
    user_count: int = 0


@dataclass(frozen=True)
class UserRow:
    id: int
    client_id: str
    username: str
    password_hash: str
    failed_logins: int
    locked_until: float | None
    tokens_valid_after: float


@dataclass(frozen=True)
class TenantContents:
    """What a client's tenant holds: what `delete_client` removes with it."""

    users: int
    records: int
    attachments: int  # records with an additional data file
    lists: int


@dataclass(frozen=True)
class CallCount:
    """The outcome of counting one call against a sliding-window limit."""

    allowed: bool
    limit: int
    remaining: int
    retry_after: float  # seconds until one more call is allowed; 0 when allowed


class AccountStore:
    """Accounts of the local service; every method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- clients ---------------------------------------------------------------------------------------

    def create_client(self, client_id: str, secret_hash: str, now: float) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(insert(clients).values(client_id=client_id, secret_hash=secret_hash, created_at=now))
        except IntegrityError as error:
            raise AlreadyExistsError(f"client {client_id!r} already exists") from error

    def get_client(self, client_id: str) -> ClientRow | None:
        with self._engine.connect().execution_options(**_READ) as conn:
            row = conn.execute(select(clients).where(clients.c.client_id == client_id)).first()
        return None if row is None else ClientRow(row.client_id, row.secret_hash, row.credits)

    def list_clients(self) -> list[ClientRow]:
        user_count = (
            select(func.count()).select_from(users).where(users.c.client_id == clients.c.client_id).scalar_subquery()
        )
        query = select(clients, user_count.label("user_count")).order_by(clients.c.client_id)
        with self._engine.connect().execution_options(**_READ) as conn:
            return [ClientRow(r.client_id, r.secret_hash, r.credits, r.user_count) for r in conn.execute(query)]

    def set_credits(self, client_id: str, credits: int | None) -> None:
        with self._engine.begin() as conn:
            result = conn.execute(update(clients).where(clients.c.client_id == client_id).values(credits=credits))
        if result.rowcount == 0:
            raise NotFoundError(f"no client {client_id!r}")

    def spend_credit(self, client_id: str) -> bool:
        """Take one credit; False when the client has none left. Unlimited clients always succeed."""
        with self._engine.begin() as conn:
            row = conn.execute(
                select(clients.c.credits).where(clients.c.client_id == client_id).with_for_update()
            ).first()
            if row is None:
                return False
            if row.credits is None:
                return True
            if row.credits <= 0:
                return False
            conn.execute(
                update(clients).where(clients.c.client_id == client_id).values(credits=clients.c.credits - 1)
            )
            return True

    def refund_credit(self, client_id: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                update(clients)
                .where(clients.c.client_id == client_id, clients.c.credits.is_not(None))
                .values(credits=clients.c.credits + 1)
            )

    def rotate_client_secret(self, client_id: str, secret_hash: str, now: float) -> int:
        """Replace the client's secret and end the sessions of all its users, in one transaction (a leaked secret
        and the tokens obtained with it stop working together); returns how many users."""
        with self._engine.begin() as conn:
            result = conn.execute(update(clients).where(clients.c.client_id == client_id)
                                  .values(secret_hash=secret_hash))
            if result.rowcount == 0:
                raise NotFoundError(f"no client {client_id!r}")
            ended = conn.execute(update(users).where(users.c.client_id == client_id).values(tokens_valid_after=now))
            _delete_refresh_tokens(conn, client_id, None)
        return int(ended.rowcount)

    def tenant_contents(self, client_id: str) -> TenantContents:
        with self._engine.connect().execution_options(**_READ) as conn:
            return _tenant_contents(conn, client_id)

    def delete_client(self, client_id: str) -> TenantContents:
        """Delete the client and everything of its tenant (users, their tokens and call counts, records with their
        photos and files, lists and memberships) in one transaction; returns what was removed.

        Dependent rows are deleted explicitly, child tables first, rather than left to ON DELETE CASCADE: the
        result does not depend on a connection having foreign keys switched on.
        """
        tenant_users = select(users.c.id).where(users.c.client_id == client_id)
        tenant_lists = select(face_lists.c.id).where(face_lists.c.tenant == client_id)
        tenant_records = select(face_records.c.id).where(face_records.c.tenant == client_id)
        with self._engine.begin() as conn:
            if conn.execute(select(clients.c.client_id).where(clients.c.client_id == client_id)
                            .with_for_update()).first() is None:
                raise NotFoundError(f"no client {client_id!r}")
            removed = _tenant_contents(conn, client_id)
            conn.execute(delete(refresh_tokens).where(refresh_tokens.c.user_id.in_(tenant_users)))
            conn.execute(delete(api_calls).where(api_calls.c.user_id.in_(tenant_users)))
            conn.execute(delete(list_members).where(or_(list_members.c.list_id.in_(tenant_lists),
                                                        list_members.c.record_id.in_(tenant_records))))
            conn.execute(delete(list_changes).where(list_changes.c.list_id.in_(tenant_lists)))
            conn.execute(delete(face_records).where(face_records.c.tenant == client_id))
            conn.execute(delete(face_lists).where(face_lists.c.tenant == client_id))
            conn.execute(delete(users).where(users.c.client_id == client_id))
            conn.execute(delete(clients).where(clients.c.client_id == client_id))
        return removed

    # -- users -----------------------------------------------------------------------------------------

    def create_user(self, client_id: str, username: str, password_hash: str, now: float) -> None:
        if self.get_client(client_id) is None:
            raise NotFoundError(f"no client {client_id!r}")
        try:
            with self._engine.begin() as conn:
                conn.execute(
                    insert(users).values(
                        client_id=client_id,
                        username=username,
                        password_hash=password_hash,
                        failed_logins=0,
                        tokens_valid_after=0.0,
                        created_at=now,
                    )
                )
        except IntegrityError as error:
            raise AlreadyExistsError(f"user {username!r} already exists for client {client_id!r}") from error

    def find_user(self, client_id: str, username: str) -> UserRow | None:
        query = select(users).where(users.c.client_id == client_id, users.c.username == username)
        with self._engine.connect().execution_options(**_READ) as conn:
            return _user(conn.execute(query).first())

    def get_user(self, user_id: int) -> UserRow | None:
        with self._engine.connect().execution_options(**_READ) as conn:
            return _user(conn.execute(select(users).where(users.c.id == user_id)).first())

    def list_users(self, client_id: str | None = None) -> list[UserRow]:
        query = select(users).order_by(users.c.client_id, users.c.username)
        if client_id is not None:
            query = query.where(users.c.client_id == client_id)
        with self._engine.connect().execution_options(**_READ) as conn:
            return [u for u in map(_user, conn.execute(query)) if u is not None]

    def delete_user(self, client_id: str, username: str) -> None:
        with self._engine.begin() as conn:
            result = conn.execute(delete(users).where(users.c.client_id == client_id, users.c.username == username))
        if result.rowcount == 0:
            raise NotFoundError(f"no user {username!r} for client {client_id!r}")

    def set_password(self, client_id: str, username: str, password_hash: str, now: float) -> None:
        """Replace the password, lift any lock-out and end every session of the user."""
        with self._engine.begin() as conn:
            result = conn.execute(
                update(users)
                .where(users.c.client_id == client_id, users.c.username == username)
                .values(password_hash=password_hash, failed_logins=0, locked_until=None, tokens_valid_after=now)
            )
            if result.rowcount == 0:
                raise NotFoundError(f"no user {username!r} for client {client_id!r}")
            _delete_refresh_tokens(conn, client_id, username)

    def revoke_tokens(self, client_id: str, username: str | None, now: float) -> int:
        """End the sessions of one user, or of every user of the client; returns how many users."""
        where = [users.c.client_id == client_id]
        if username is not None:
            where.append(users.c.username == username)
        with self._engine.begin() as conn:
            result = conn.execute(update(users).where(*where).values(tokens_valid_after=now))
            _delete_refresh_tokens(conn, client_id, username)
        return int(result.rowcount)

    # -- logins ----------------------------------------------------------------------------------------

    def reserve_login_attempt(self, user_id: int, now: float, *, max_failures: int, lockout_seconds: float) -> bool:
        """Count a login attempt as a failure before its password is checked; False when the user is locked out.

        One UPDATE both checks the lock and counts, so parallel attempts cannot all pass the check: SQLite runs
        one writer at a time, and PostgreSQL re-evaluates the WHERE on the row it waited for. The
        `max_failures`-th reserved attempt locks the user for `lockout_seconds` (the count starts over); a right
        password then clears it (`record_successful_login`).
        """
        reaches_limit = users.c.failed_logins + 1 >= max_failures
        with self._engine.begin() as conn:
            result = conn.execute(
                update(users)
                .where(users.c.id == user_id, or_(users.c.locked_until.is_(None), users.c.locked_until <= now))
                .values(
                    failed_logins=case((reaches_limit, 0), else_=users.c.failed_logins + 1),
                    locked_until=case((reaches_limit, now + lockout_seconds), else_=None),
                )
            )
        return result.rowcount == 1

    def record_successful_login(self, user_id: int) -> None:
        with self._engine.begin() as conn:
            conn.execute(update(users).where(users.c.id == user_id).values(failed_logins=0, locked_until=None))

    def store_refresh_token(self, user_id: int, token_hash: str, issued_at: float, expires_at: float) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                insert(refresh_tokens).values(
                    token_hash=token_hash, user_id=user_id, issued_at=issued_at, expires_at=expires_at
                )
            )
            # Expired tokens are dead weight: clear them out as new ones are issued.
            conn.execute(delete(refresh_tokens).where(refresh_tokens.c.expires_at < issued_at))

    def find_refresh_token(self, token_hash: str, now: float) -> UserRow | None:
        """The user a live refresh token belongs to, or None when it is unknown, expired or revoked."""
        query = (
            select(users)
            .join(refresh_tokens, refresh_tokens.c.user_id == users.c.id)
            .where(refresh_tokens.c.token_hash == token_hash, refresh_tokens.c.expires_at > now)
        )
        with self._engine.connect().execution_options(**_READ) as conn:
            return _user(conn.execute(query).first())

    # -- rate limit ------------------------------------------------------------------------------------

    def count_call(self, user_id: int, now: float, *, limit: int, window_seconds: float = 3600.0) -> CallCount:
        """Count one call of the user over a sliding window, unless the window is already full.

        Refused calls are not counted, so a client that keeps trying regains access when its oldest counted
        call leaves the window, not never.
        """
        since = now - window_seconds
        with self._engine.begin() as conn:
            # The user's row is the lock that makes count-then-insert one step across processes: without it two
            # PostgreSQL transactions could both see limit - 1 calls and both insert.
            conn.execute(select(users.c.id).where(users.c.id == user_id).with_for_update())
            conn.execute(delete(api_calls).where(api_calls.c.user_id == user_id, api_calls.c.called_at <= since))
            used, oldest = conn.execute(
                select(func.count(), func.min(api_calls.c.called_at)).where(api_calls.c.user_id == user_id)
            ).one()
            if used >= limit:
                retry_after = max(0.0, (oldest or now) + window_seconds - now)
                return CallCount(allowed=False, limit=limit, remaining=0, retry_after=retry_after)
            conn.execute(insert(api_calls).values(user_id=user_id, called_at=now))
        return CallCount(allowed=True, limit=limit, remaining=limit - used - 1, retry_after=0.0)

    # -- shared secrets --------------------------------------------------------------------------------

    def shared_secret(self, name: str, candidate: bytes, now: float) -> bytes:
        """The secret stored under `name`; when there is none yet, `candidate` becomes it.

        Processes starting together may all offer a candidate: exactly one insert wins (the primary key) and
        every process returns the winner's value.
        """
        query = select(service_secrets.c.value).where(service_secrets.c.name == name)
        with self._engine.connect().execution_options(**_READ) as conn:
            stored = conn.execute(query).scalar_one_or_none()
        if stored is not None:
            return bytes(stored)
        try:
            with self._engine.begin() as conn:
                conn.execute(insert(service_secrets).values(name=name, value=candidate, created_at=now))
            return candidate
        except IntegrityError:
            pass  # another process stored it first
        with self._engine.connect().execution_options(**_READ) as conn:
            return bytes(conn.execute(query).scalar_one())

    def replace_shared_secret(self, name: str, expected: bytes, replacement: bytes, now: float) -> bytes:
        """Replace the secret stored under `name` by `replacement` if it is still `expected`; return the value
        stored afterwards.

        A compare-and-swap, for a stored secret found unusable (too short to be a secret): processes starting
        together may all find it and offer a replacement; the first update wins, the others match no row (the
        value is no longer `expected`), and every process returns the winner's value.
        """
        with self._engine.begin() as conn:
            conn.execute(
                update(service_secrets)
                .where(service_secrets.c.name == name, service_secrets.c.value == expected)
                .values(value=replacement, created_at=now)
            )
        query = select(service_secrets.c.value).where(service_secrets.c.name == name)
        with self._engine.connect().execution_options(**_READ) as conn:
            return bytes(conn.execute(query).scalar_one())


def _user(row: object) -> UserRow | None:
    if row is None:
        return None
    return UserRow(
        id=row.id,  # type: ignore[attr-defined]
        client_id=row.client_id,  # type: ignore[attr-defined]
        username=row.username,  # type: ignore[attr-defined]
        password_hash=row.password_hash,  # type: ignore[attr-defined]
        failed_logins=row.failed_logins,  # type: ignore[attr-defined]
        locked_until=row.locked_until,  # type: ignore[attr-defined]
        tokens_valid_after=row.tokens_valid_after,  # type: ignore[attr-defined]
    )


def _tenant_contents(conn: Connection, client_id: str) -> TenantContents:
    def count(query: Select[Any]) -> int:
        return int(conn.execute(query).scalar_one())

    records = select(func.count()).select_from(face_records).where(face_records.c.tenant == client_id)
    return TenantContents(
        users=count(select(func.count()).select_from(users).where(users.c.client_id == client_id)),
        records=count(records),
        attachments=count(records.where(face_records.c.additional_data.is_not(None))),
        lists=count(select(func.count()).select_from(face_lists).where(face_lists.c.tenant == client_id)),
    )


def _delete_refresh_tokens(conn: object, client_id: str, username: str | None) -> None:
    owners = select(users.c.id).where(users.c.client_id == client_id)
    if username is not None:
        owners = owners.where(users.c.username == username)
    conn.execute(delete(refresh_tokens).where(refresh_tokens.c.user_id.in_(owners)))  # type: ignore[attr-defined]
