"""`facestation admin`: every action, in-process against a real data dir, and its error exits."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from facestation.cli import main
from facestation.service import passwords
from facestation.service.app import create_app
from facestation.service.settings import ServiceSettings
from facestation.store import open_data_dir_store


def admin(data_dir: Path, *args: str) -> int:
    return main(["admin", "--data-dir", str(data_dir), *args])


def test_create_client_prints_a_generated_secret_that_verifies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert admin(tmp_path, "create-client", "--client-id", "gym") == 0
    secret = capsys.readouterr().out.strip().splitlines()[-1]
    store = open_data_dir_store(tmp_path)
    client = store.accounts.get_client("gym")
    store.close()
    assert client is not None and len(secret) >= 32
    assert passwords.verify_secret(client.secret_hash, secret)
    assert not passwords.verify_secret(client.secret_hash, secret + "x")


def test_user_lifecycle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert admin(tmp_path, "create-client", "--client-id", "gym", "--client-secret", "s3cret") == 0
    assert admin(tmp_path, "create-user", "--client-id", "gym", "--username", "ann", "--password", "pw1") == 0
    assert admin(tmp_path, "set-credits", "--client-id", "gym", "10") == 0
    capsys.readouterr()
    assert admin(tmp_path, "list-clients") == 0
    assert capsys.readouterr().out.splitlines()[1].split() == ["gym", "10", "1"]
    assert admin(tmp_path, "list-users", "--client-id", "gym") == 0
    assert capsys.readouterr().out.splitlines()[1].split() == ["gym", "ann", "active"]
    assert admin(tmp_path, "reset-password", "--client-id", "gym", "--username", "ann", "--password", "pw2") == 0
    assert admin(tmp_path, "revoke-tokens", "--client-id", "gym") == 0
    assert admin(tmp_path, "set-credits", "--client-id", "gym", "unlimited") == 0
    store = open_data_dir_store(tmp_path)
    user = store.accounts.find_user("gym", "ann")
    assert user is not None and passwords.verify_secret(user.password_hash, "pw2")
    assert store.accounts.get_client("gym").credits is None  # type: ignore[union-attr]
    store.close()
    assert admin(tmp_path, "delete-user", "--client-id", "gym", "--username", "ann") == 0
    capsys.readouterr()
    assert admin(tmp_path, "list-users") == 0
    assert "No users yet" in capsys.readouterr().out


def test_errors_exit_1_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert admin(tmp_path, "create-client", "--client-id", "gym", "--client-secret", "s") == 0
    assert admin(tmp_path, "create-client", "--client-id", "gym") == 1
    assert "already exists" in capsys.readouterr().err
    assert admin(tmp_path, "create-user", "--client-id", "nope", "--username", "u", "--password", "p") == 1
    assert admin(tmp_path, "delete-user", "--client-id", "gym", "--username", "ghost") == 1
    assert admin(tmp_path, "revoke-tokens", "--client-id", "gym", "--username", "ghost") == 1
    assert admin(tmp_path, "set-credits", "--client-id", "nope", "5") == 1
    assert "no client" in capsys.readouterr().err


def test_password_prompt_needs_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert admin(tmp_path, "create-client", "--client-id", "gym", "--client-secret", "s") == 0
    assert admin(tmp_path, "create-user", "--client-id", "gym", "--username", "ann") == 1
    assert "--password" in capsys.readouterr().err


@pytest.mark.parametrize("credits", ["-1", "lots"])
def test_bad_credit_values_are_usage_errors(tmp_path: Path, credits: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        admin(tmp_path, "set-credits", "--client-id", "gym", credits)
    assert exit_info.value.code == 2


def test_data_dir_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACESTATION_DATA_DIR", str(tmp_path / "from-env"))
    assert main(["admin", "create-client", "--client-id", "gym", "--client-secret", "s"]) == 0
    assert (tmp_path / "from-env" / "facecheck.sqlite3").is_file()


# -- rotate-secret and delete-client (issue 15 row 7) ----------------------------------------------------------


def record_values(name: str, *, attachment: bool = False) -> dict[str, object]:
    return {"name": name, "surname1": "Lovelace", "surname2": None, "external_identifier": None,
            "face_image": b"jpeg bytes of " + name.encode(), "descriptor": b"\0" * 512, "enabled": True,
            "additional_data": b"%PDF-1.4" if attachment else None,
            "additional_data_file_name": "card.pdf" if attachment else None}


def populate(data_dir: Path, client_id: str, *, users: int, records: int, lists: int) -> None:
    """A client with users (each signed in once: a refresh token and a counted call), lists and records in them."""
    assert admin(data_dir, "create-client", "--client-id", client_id, "--client-secret", f"{client_id}-secret") == 0
    store = open_data_dir_store(data_dir)
    try:
        for number in range(users):
            username = f"user-{number}"
            store.accounts.create_user(client_id, username, passwords.hash_secret("pw"), 1.0)
            user = store.accounts.find_user(client_id, username)
            assert user is not None
            store.accounts.store_refresh_token(user.id, f"{client_id}-{number}".ljust(64, "0"), 1.0, 1e12)
            store.accounts.count_call(user.id, 2.0, limit=100)
        list_ids = [store.catalogue.create_list(client_id, f"list-{n}", None, 1.0) for n in range(lists)]
        for number in range(records):
            primary = list_ids[number % lists] if lists else None
            store.catalogue.create_record(client_id, record_values(f"P{number}", attachment=number == 0), primary, 1.0)
    finally:
        store.close()


def table_counts(data_dir: Path) -> dict[str, int]:
    store = open_data_dir_store(data_dir)
    try:
        with store.engine.connect() as conn:
            return {name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one()  # fixed table names
                    for name in ("clients", "users", "refresh_tokens", "api_calls", "face_lists", "face_records",
                                 "list_members", "list_changes")}
    finally:
        store.close()


def test_rotate_secret_prints_a_new_secret_once_and_ends_every_session(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    populate(tmp_path, "gym", users=2, records=0, lists=0)
    populate(tmp_path, "spa", users=1, records=0, lists=0)
    capsys.readouterr()
    before = time.time()
    assert admin(tmp_path, "rotate-secret", "--client-id", "gym") == 0
    output = capsys.readouterr().out
    secret = output.strip().splitlines()[-1]
    assert "2 user(s)" in output
    store = open_data_dir_store(tmp_path)
    try:
        client = store.accounts.get_client("gym")
        assert client is not None and len(secret) >= 32
        assert passwords.verify_secret(client.secret_hash, secret)
        assert not passwords.verify_secret(client.secret_hash, "gym-secret")  # the leaked one no longer works
        for username in ("user-0", "user-1"):
            user = store.accounts.find_user("gym", username)
            assert user is not None and user.tokens_valid_after >= before  # access tokens issued before: refused
            assert store.accounts.find_refresh_token(f"gym-{username[-1]}".ljust(64, "0"), 10.0) is None
        other = store.accounts.find_user("spa", "user-0")
        assert other is not None and other.tokens_valid_after == 0.0  # another client is untouched
        assert store.accounts.find_refresh_token("spa-0".ljust(64, "0"), 10.0) is not None
        assert passwords.verify_secret(store.accounts.get_client("spa").secret_hash, "spa-secret")  # type: ignore[union-attr]
    finally:
        store.close()


def test_rotate_secret_of_an_unknown_client_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert admin(tmp_path, "rotate-secret", "--client-id", "ghost") == 1
    captured = capsys.readouterr()
    assert "no client 'ghost'" in captured.err and captured.out == ""


def test_delete_client_with_yes_removes_the_whole_tenant_and_says_what(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    populate(tmp_path, "gym", users=2, records=3, lists=2)
    populate(tmp_path, "spa", users=1, records=1, lists=1)
    before = table_counts(tmp_path)
    capsys.readouterr()
    assert admin(tmp_path, "delete-client", "--client-id", "gym", "--yes") == 0
    output = capsys.readouterr().out
    assert "2 user(s), 3 face record(s) with their photos (1 with an attached file) and 2 list(s)" in output
    after = table_counts(tmp_path)
    assert after == {"clients": 1, "users": 1, "refresh_tokens": 1, "api_calls": 1, "face_lists": 1,
                     "face_records": 1, "list_members": 1, "list_changes": 1}  # what spa has
    assert before["face_records"] == 4 and before["list_changes"] == 4  # gym's share was there
    store = open_data_dir_store(tmp_path)
    try:
        assert store.accounts.get_client("gym") is None
        assert store.catalogue.all_lists("gym") == []
        assert [lst.name for lst in store.catalogue.all_lists("spa")] == ["list-0"]
    finally:
        store.close()


def test_delete_client_without_yes_and_without_a_terminal_deletes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    populate(tmp_path, "gym", users=1, records=1, lists=1)
    before = table_counts(tmp_path)
    capsys.readouterr()
    assert admin(tmp_path, "delete-client", "--client-id", "gym") == 1
    captured = capsys.readouterr()
    assert "1 user(s), 1 face record(s)" in captured.out  # what it would remove
    assert "--yes" in captured.err
    assert table_counts(tmp_path) == before


@pytest.mark.parametrize(("typed", "deleted"), [("gym", True), ("GYM", False), ("", False), ("yes", False)])
def test_delete_client_asks_to_type_the_client_id(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        typed: str, deleted: bool) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    prompts: list[str] = []

    def answer(prompt: str) -> str:
        prompts.append(prompt)
        return typed

    monkeypatch.setattr("builtins.input", answer)
    populate(tmp_path, "gym", users=1, records=2, lists=1)
    capsys.readouterr()
    assert admin(tmp_path, "delete-client", "--client-id", "gym") == (0 if deleted else 1)
    captured = capsys.readouterr()
    assert len(prompts) == 1 and "gym" in prompts[0]
    counts = table_counts(tmp_path)
    assert (counts["clients"], counts["face_records"]) == ((0, 0) if deleted else (1, 2))
    if not deleted:
        assert "Nothing was deleted" in captured.err


def test_delete_client_of_an_unknown_client_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert admin(tmp_path, "delete-client", "--client-id", "ghost", "--yes") == 1
    assert "no client 'ghost'" in capsys.readouterr().err


def test_after_rotate_secret_the_running_service_refuses_the_old_secret_and_its_tokens(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Against the real service app (its lifespan, the same data dir), as an operator would rotate a leaked secret
    while the service runs."""
    populate(tmp_path, "gym", users=0, records=0, lists=0)
    assert admin(tmp_path, "create-user", "--client-id", "gym", "--username", "ann", "--password", "pw") == 0
    app = create_app(ServiceSettings(data_dir=tmp_path, engine_workers=1, warm_up_from=None))

    def login(secret: str) -> dict[str, str]:
        return {"grant_type": "password", "client_id": "gym", "client_secret": secret, "username": "ann",
                "password": "pw"}

    async def scenario() -> tuple[int, int, int, int, int]:
        async with app.router.lifespan_context(app), httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://service/api") as http:
            token = (await http.post("/connect/token", data=login("gym-secret"))).json()
            bearer = {"Authorization": f"Bearer {token['access_token']}"}
            before = (await http.get("/v1/face/list", headers=bearer)).status_code
            capsys.readouterr()
            assert admin(tmp_path, "rotate-secret", "--client-id", "gym") == 0
            new_secret = capsys.readouterr().out.strip().splitlines()[-1]
            old_token = (await http.get("/v1/face/list", headers=bearer)).status_code
            refresh = (await http.post("/connect/token", data={
                "grant_type": "refresh_token", "client_id": "gym", "client_secret": new_secret,
                "refresh_token": token["refresh_token"]})).status_code
            old_secret = (await http.post("/connect/token", data=login("gym-secret"))).status_code
            new_login = (await http.post("/connect/token", data=login(new_secret))).status_code
            return before, old_token, refresh, old_secret, new_login

    assert asyncio.run(scenario()) == (200, 401, 400, 400, 200)
