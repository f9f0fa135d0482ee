"""`facestation admin`: API clients and users of the local service, straight in its database (and the 1:N report
of a list: `list_report`).

Safe while the service runs: every command is one short transaction, and the service checks users and
token revocations on every call, so a deleted user or revoked session is refused from the next request on.
"""

from __future__ import annotations

import argparse
import getpass
import secrets
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facestation.cli import list_report
from facestation.cli.output import print_table
from facestation.cli.serve import add_database_option, database_url
from facestation.service.datadir import default_data_dir

if TYPE_CHECKING:
    from facestation.store import Store
    from facestation.store.accounts import TenantContents

EXIT_OK = 0
EXIT_FAILED = 1


def register(subcommands: Any) -> None:
    parser: argparse.ArgumentParser = subcommands.add_parser(
        "admin",
        help="manage API clients and users of the local service",
        description="Manage the API clients (one per tenant) and users of the local FaceCheck service.",
    )
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="the service's data dir (default: $FACESTATION_DATA_DIR, else "
                        f"{default_data_dir()})")
    add_database_option(parser)
    commands = parser.add_subparsers(dest="admin_command", metavar="ACTION", required=True)

    def command(name: str, help_text: str, action: Callable[[Store, argparse.Namespace], int],
                *, client: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if client:
            sub.add_argument("--client-id", required=True, metavar="ID")
        sub.set_defaults(run=_with_store(action))
        return sub

    sub = command("create-client", "create an API client (a tenant); prints the secret it generates", _create_client)
    sub.add_argument("--client-secret", metavar="SECRET", help="use this secret instead of generating one")
    sub = command("create-user", "create a user of a client (prompts for the password when not given)", _create_user)
    sub.add_argument("--username", required=True, metavar="U")
    sub.add_argument("--password", metavar="P")
    sub = command("rotate-secret", "give a client a new secret (printed once) and end the sessions of all its users: "
                  "the old secret and every token obtained with it stop working", _rotate_secret)
    sub.add_argument("--client-secret", metavar="SECRET", help="use this secret instead of generating one")
    sub = command("delete-client", "delete a client with everything of its tenant: users, face records with their "
                  "photos and files, lists (asks to type the client id; --yes for scripts)", _delete_client)
    sub.add_argument("--yes", action="store_true", help="delete without asking")
    command("list-clients", "list the API clients, their credits and user counts", _list_clients, client=False)
    sub = command("list-users", "list users (of one client, or of all)", _list_users, client=False)
    sub.add_argument("--client-id", metavar="ID")
    sub = command("delete-user", "delete a user; their sessions end at once", _delete_user)
    sub.add_argument("--username", required=True, metavar="U")
    sub = command("reset-password", "set a new password, lift a lock-out and end the user's sessions", _reset_password)
    sub.add_argument("--username", required=True, metavar="U")
    sub.add_argument("--password", metavar="P")
    sub = command("revoke-tokens", "end the sessions of a user, or of every user of the client", _revoke_tokens)
    sub.add_argument("--username", metavar="U", help="only this user (default: all users of the client)")
    sub = command("set-credits", "set the identification credits of a client: a number, or 'unlimited'",
                  _set_credits)
    sub.add_argument("credits", type=_credits, metavar="N|unlimited")
    sub = command("list-report", "how likely a stranger is matched to someone in a list, the thresholds 1:N uses "
                  "in it, and the members who may be one person enrolled twice", list_report.run)
    list_report.add_arguments(sub)


def _with_store(action: Callable[[Store, argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from facestation.store import (  # loads SQLAlchemy only for admin commands
            open_data_dir_store,
            open_store,
        )
        from facestation.store.errors import StoreError

        url = database_url(args)
        if url is not None:
            from facestation.cli.serve import database_problem

            problem = database_problem(url)
            if problem:
                print(f"facestation admin: {problem}", file=sys.stderr)
                return EXIT_FAILED
        store = open_store(url) if url is not None else open_data_dir_store(args.data_dir or default_data_dir())
        try:
            return action(store, args)
        except StoreError as error:
            print(f"facestation admin: {error}", file=sys.stderr)
            return EXIT_FAILED
        finally:
            store.close()

    return run


def _hash(secret: str) -> str:
    from facestation.service import passwords

    return passwords.hash_secret(secret)


def _create_client(store: Store, args: argparse.Namespace) -> int:
    secret = args.client_secret or secrets.token_urlsafe(32)
    store.accounts.create_client(args.client_id, _hash(secret), time.time())
    if args.client_secret:
        print(f"Created client {args.client_id}.")
    else:
        print(f"Created client {args.client_id}. Its secret (shown only now, keep it safe):\n{secret}")
    return EXIT_OK


def _rotate_secret(store: Store, args: argparse.Namespace) -> int:
    secret = args.client_secret or secrets.token_urlsafe(32)
    ended = store.accounts.rotate_client_secret(args.client_id, _hash(secret), time.time())
    sessions = f"the sessions of its {ended} user(s) have ended; they sign in again with the new secret"
    if args.client_secret:
        print(f"New secret set for client {args.client_id}; {sessions}.")
    else:
        print(f"New secret for client {args.client_id}; {sessions}. The secret (shown only now, keep it safe):\n"
              f"{secret}")
    return EXIT_OK


def _delete_client(store: Store, args: argparse.Namespace) -> int:
    """Says what goes, then deletes it all in one transaction: with --yes, or when the operator types the client
    id at the terminal. Without a terminal and without --yes nothing is deleted (a script must say --yes)."""
    client_id = args.client_id
    if store.accounts.get_client(client_id) is None:
        print(f"facestation admin: no client {client_id!r}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Client {client_id} has {_contents(store.accounts.tenant_contents(client_id))}.")
    if not args.yes:
        if not sys.stdin.isatty():
            print("facestation admin: give --yes to delete it (there is no terminal to ask). Nothing was deleted.",
                  file=sys.stderr)
            return EXIT_FAILED
        typed = input(f"This cannot be undone. Type the client id ({client_id}) to delete it all: ").strip()
        if typed != client_id:
            print("facestation admin: that is not the client id. Nothing was deleted.", file=sys.stderr)
            return EXIT_FAILED
    removed = store.accounts.delete_client(client_id)
    print(f"Deleted client {client_id}: {_contents(removed)}.")
    return EXIT_OK


def _contents(contents: TenantContents) -> str:
    return (f"{contents.users} user(s), {contents.records} face record(s) with their photos "
            f"({contents.attachments} with an attached file) and {contents.lists} list(s)")


def _create_user(store: Store, args: argparse.Namespace) -> int:
    password = args.password or _prompt_password()
    if password is None:
        return EXIT_FAILED
    store.accounts.create_user(args.client_id, args.username, _hash(password), time.time())
    print(f"Created user {args.username} of client {args.client_id}.")
    return EXIT_OK


def _list_clients(store: Store, _args: argparse.Namespace) -> int:
    rows = [(c.client_id, "unlimited" if c.credits is None else str(c.credits), str(c.user_count))
            for c in store.accounts.list_clients()]
    print_table(("CLIENT", "CREDITS", "USERS"), rows, empty="No clients yet: create one with admin create-client.")
    return EXIT_OK


def _list_users(store: Store, args: argparse.Namespace) -> int:
    now = time.time()
    rows = [(u.client_id, u.username, "locked" if u.locked_until and u.locked_until > now else "active")
            for u in store.accounts.list_users(args.client_id)]
    print_table(("CLIENT", "USER", "STATE"), rows, empty="No users yet: create one with admin create-user.")
    return EXIT_OK


def _delete_user(store: Store, args: argparse.Namespace) -> int:
    store.accounts.delete_user(args.client_id, args.username)
    print(f"Deleted user {args.username} of client {args.client_id}.")
    return EXIT_OK


def _reset_password(store: Store, args: argparse.Namespace) -> int:
    password = args.password or _prompt_password()
    if password is None:
        return EXIT_FAILED
    store.accounts.set_password(args.client_id, args.username, _hash(password), time.time())
    print(f"New password set for {args.username}; their open sessions have ended.")
    return EXIT_OK


def _revoke_tokens(store: Store, args: argparse.Namespace) -> int:
    count = store.accounts.revoke_tokens(args.client_id, args.username, time.time())
    if count == 0:
        who = f"user {args.username} of client {args.client_id}" if args.username else f"client {args.client_id}"
        print(f"facestation admin: no {who}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Ended the sessions of {count} user(s); they must sign in again.")
    return EXIT_OK


def _set_credits(store: Store, args: argparse.Namespace) -> int:
    store.accounts.set_credits(args.client_id, args.credits)
    shown = "unlimited" if args.credits is None else str(args.credits)
    print(f"Client {args.client_id} now has {shown} credits.")
    return EXIT_OK


def _credits(text: str) -> int | None:
    if text.lower() == "unlimited":
        return None
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is neither a number nor 'unlimited'") from None
    if value < 0:
        raise argparse.ArgumentTypeError("credits cannot be negative")
    return value


def _prompt_password() -> str | None:
    if not sys.stdin.isatty():
        print("facestation admin: give --password (there is no terminal to ask for it)", file=sys.stderr)
        return None
    first = getpass.getpass("Password: ")
    if not first or getpass.getpass("Repeat password: ") != first:
        print("facestation admin: the passwords are empty or do not match", file=sys.stderr)
        return None
    return first
