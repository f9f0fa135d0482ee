"""Property-based fuzzing of the service against its own OpenAPI document (schemathesis, in process).

Every operation of /api/openapi.json gets generated requests, signed in as a real user, and every answer must
be what the document promises: never a 5xx, only documented status codes and content types, bodies that
match the documented schemas. The ASGI app runs in this process with its real lifespan (SQLite in a temporary
data dir, the real dlib recognition workers); generation is deterministic (a fixed seed, no example database),
so a failure here is a failure every time.

Select it alone with `-k schemathesis`; it runs in the normal suite too.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck
from hypothesis.stateful import run_state_machine_as_test
from schemathesis.checks import not_a_server_error
from schemathesis.python import asgi as schemathesis_asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from facestation.service import passwords
from facestation.service.app import create_app
from facestation.service.settings import ServiceSettings
from facestation.store import open_data_dir_store

pytestmark = [pytest.mark.slow, pytest.mark.fuzz]

SEED = 7
# Examples per operation and phase: enough to reach every documented constraint and error path (~1 min on
# two cores for all 20 operations); the one-off run used 23,117 requests.
MAX_EXAMPLES = 25
# Scenarios of the stateful phase (create, then follow the document's links), a few steps each.
STATEFUL_SCENARIOS = 15
STATEFUL_STEPS = 6
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
CLIENT_ID, CLIENT_SECRET = "fuzz-client", "fuzz-secret"
USERNAME, PASSWORD = "fuzz-user", "fuzz-password"


def fuzz_config() -> schemathesis.Config:
    return schemathesis.Config.from_dict({
        "seed": SEED,
        "suppress-health-check": ["too_slow", "filter_too_much", "data_too_large", "large_base_example"],
        "generation": {
            "max-examples": MAX_EXAMPLES,
            "deterministic": True,
            "database": "none",
            # The bearer token is ours (a real sign-in); generated Authorization headers would only test 401.
            "with-security-parameters": False,
        },
        # Only the links the document declares: schemathesis would otherwise infer some by itself, and this
        # test is about the document.
        "phases": {"stateful": {"inference": {"algorithms": []}}},
    })


class SignedIn:
    """The app under test and the bearer token of its one user."""

    def __init__(self, app: FastAPI, token: str) -> None:
        self.app = app
        self.headers = {"Authorization": f"Bearer {token}"}

    def delete_everything(self) -> None:
        """Delete the tenant's lists and records through the API, so the next scenario starts from nothing.

        A scenario's answers decide which steps come next (a list that could not be created has no links to
        follow); one that met a list left by the last scenario (same generated name: 400) would take another
        path than the same draws took before, and hypothesis stops with FlakyStrategyDefinition."""
        client = schemathesis_asgi.get_client(self.app)  # to the app already running (its lifespan is started)
        api = "http://testserver/api"
        for face_list in client.get(f"{api}/v1/face/list", headers=self.headers).json():
            client.delete(f"{api}/v1/face/list/{face_list['identifier']}", headers=self.headers)
        while records := client.get(f"{api}/v1/face", params={"limit": 500}, headers=self.headers).json()["records"]:
            for record in records:
                assert client.delete(f"{api}/v1/face/{record['identifier']}", headers=self.headers).status_code == 200


@pytest.fixture(scope="module")
def signed_in(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SignedIn]:
    data_dir: Path = tmp_path_factory.mktemp("fuzz-data")
    # Thousands of calls by one user in a minute: the hourly limit is not what is under test here.
    settings = ServiceSettings(data_dir=data_dir, engine_workers=1, rate_limit_per_hour=1_000_000)
    store = open_data_dir_store(data_dir)
    try:
        now = time.time()
        store.accounts.create_client(CLIENT_ID, passwords.hash_secret(CLIENT_SECRET), now)
        store.accounts.create_user(CLIENT_ID, USERNAME, passwords.hash_secret(PASSWORD), now)
    finally:
        store.close()
    app = create_app(settings)
    with schemathesis_asgi.get_client(app) as client:  # starts the app's lifespan once, for the whole module
        response = client.post("/api/connect/token", data={
            "grant_type": "password", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
            "username": USERNAME, "password": PASSWORD,
        })
        assert response.status_code == 200, response.text
        yield SignedIn(app, response.json()["access_token"])
    schemathesis_asgi.shutdown_lifespans()  # the recognition workers end with the module, not at exit


# The document does not depend on the data dir (the app only opens it in its lifespan), so it is read from an
# app that never starts; the requests go to the module's running app (`app=` below). schemathesis's lazy
# `from_fixture` loader would avoid this second app, but 4.32 sets `request.node._nodeid`, gone in pytest 9.
schema = schemathesis.openapi.from_dict(
    create_app(ServiceSettings(data_dir=Path("never-opened"))).openapi(), config=fuzz_config()
)


@schema.parametrize()
@hypothesis.settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_answers_as_documented(case: schemathesis.Case, signed_in: SignedIn) -> None:
    case.call_and_validate(app=signed_in.app, headers=signed_in.headers, checks=CHECKS)


def test_created_records_and_lists_are_followed_through_the_documents_links(signed_in: SignedIn) -> None:
    """The stateful phase: POST v1/face/list (and v1/face) then the operations their links lead to, with the
    identifier the create answered. Most enrolments fail (generated photos are not photos), lists do not."""
    reached: set[tuple[str, str, int]] = set()

    class Scenarios(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            signed_in.delete_everything()  # every scenario starts from the same (empty) tenant

        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            return {"app": signed_in.app, "headers": signed_in.headers}

        def after_call(self, response: schemathesis.Response, case: schemathesis.Case) -> None:
            super().after_call(response, case)
            reached.add((case.method, case.path, response.status_code))

        def validate_response(self, response: schemathesis.Response, case: schemathesis.Case,
                              additional_checks: Any = None, **kwargs: Any) -> None:
            case.validate_response(response, checks=CHECKS)

    run_state_machine_as_test(Scenarios, settings=hypothesis.settings(
        max_examples=STATEFUL_SCENARIOS, stateful_step_count=STATEFUL_STEPS, derandomize=True, database=None,
        deadline=None, suppress_health_check=list(HealthCheck),
    ))
    # The links were followed: an operation that needs an existing list found the one just created.
    followed = {(method, path) for method, path, status in reached if status == 200 and "{identifier}" in path}
    assert followed & {("GET", "/api/v1/face/list/{identifier}"), ("DELETE", "/api/v1/face/list/{identifier}"),
                       ("GET", "/api/v1/face/list/{identifier}/records")}, sorted(reached)
