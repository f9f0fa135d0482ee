"""`facestation admin`: every action, in-process against a real data dir, and its error exits."""

from __future__ import annotations

from pathlib import Path

import pytest

from facestation.cli import main
from facestation.service import passwords
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
