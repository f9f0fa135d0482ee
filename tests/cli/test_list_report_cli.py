"""`facestation admin list-report`: the list report for the server's operator, from the database alone."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from facestation.cli import main
from facestation.store import open_data_dir_store
from tests.cli.test_admin import admin, record_values
from tests.recognition.synthetic_descriptors import people, same_person


@pytest.fixture
def gym(tmp_path: Path) -> dict[str, str]:
    """Client "gym" with a list "Members" of 40 people, one of them enrolled twice (Ada, as A-1 and A-2)."""
    assert admin(tmp_path, "create-client", "--client-id", "gym", "--client-secret", "s") == 0
    descriptors = people(40, seed=11)
    store = open_data_dir_store(tmp_path)
    try:
        list_id = store.catalogue.create_list("gym", "Members", None, 1.0)
        ids = {}
        for number, descriptor in enumerate(descriptors):
            values = record_values(f"P{number}") | {"descriptor": descriptor.tobytes()}
            ids[f"P{number}"], _ = store.catalogue.create_record("gym", values, list_id, 1.0)
        twin = same_person(descriptors[0], 0.2, seed=1)
        values = record_values("Ada") | {"descriptor": twin.astype(np.float32).tobytes(), "external_identifier": "A-2"}
        ids["twin"], _ = store.catalogue.create_record("gym", values, list_id, 1.0)
    finally:
        store.close()
    return {"list": list_id, "data_dir": str(tmp_path), **ids}


def test_the_report_in_words(gym: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert admin(Path(gym["data_dir"]), "list-report", "--client-id", "gym", "Members") == 0
    out = capsys.readouterr().out
    assert "'Members'" in out and "41 member(s)" in out
    assert "A stranger is matched to someone in it: " in out and "(target: at most 1 in 1,000)" in out
    assert "OK from confidence" in out and "(global: 75 and 25)" in out
    assert "820 member pair(s): the built-in reference" in out
    assert "Possible duplicates: 1" in out and "Ada Lovelace" in out and "A-2" in out


def test_the_report_as_json_is_the_apis(gym: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert admin(Path(gym["data_dir"]), "list-report", "--client-id", "gym", gym["list"], "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["members"] == 41 and report["possibleDuplicatesTotal"] == 1
    [pair] = report["possibleDuplicates"]
    assert {pair["a"], pair["b"]} == {gym["P0"], gym["twin"]} and pair["confidence"] > 95
    assert set(report["calibration"]) == {"estimatedFalseMatchRate", "estimatedWarningRate", "okThreshold",
                                          "warningThreshold", "target", "impostorPairs", "basis"}
    # What it counted is stored with the list: the service (or the next report) reads it back.
    store = open_data_dir_store(Path(gym["data_dir"]))
    try:
        stored = store.calibrations.load(gym["list"])
    finally:
        store.close()
    assert stored is not None


def test_marked_pairs_and_the_tenants_target_are_honoured(gym: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    store = open_data_dir_store(Path(gym["data_dir"]))
    try:
        store.calibrations.mark_distinct("gym", gym["twin"], gym["P0"], 2.0)
        store.calibrations.set_target("gym", 1e-5)
    finally:
        store.close()
    assert admin(Path(gym["data_dir"]), "list-report", "--client-id", "gym", "Members", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["possibleDuplicates"] == [] and report["calibration"]["target"] == 1e-5


@pytest.mark.parametrize(("client", "name"), [("gym", "No such list"), ("nobody", "Members")])
def test_an_unknown_list_or_client_exits_1(gym: dict[str, str], capsys: pytest.CaptureFixture[str], client: str,
                                           name: str) -> None:
    assert admin(Path(gym["data_dir"]), "list-report", "--client-id", client, name) == 1
    assert f"has no list {name!r}" in capsys.readouterr().err


def test_the_limit_must_be_a_whole_number(gym: dict[str, str]) -> None:
    with pytest.raises(SystemExit):
        main(["admin", "--data-dir", gym["data_dir"], "list-report", "--client-id", "gym", "Members", "--limit", "0"])
