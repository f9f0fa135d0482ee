"""The OpenAPI document at /api/openapi.json matches the guide, the extensions and what the service serves."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute

from facestation import __version__
from tests.service.conftest import (
    IDENTIFY_RECORD_FIELDS,
    RECORD_FIELDS,
    LiveService,
    RunningService,
)

# The guide's endpoints (sections 2 to 5) and the extensions of api-decisions, with their methods.
GUIDE = {
    ("/api/connect/token", "post"),
    ("/api/v1/face", "post"),
    ("/api/v1/face", "put"),
    ("/api/v1/face/{identifier}", "get"),
    ("/api/v1/face/{identifier}", "delete"),
    ("/api/v1/face/externalIdentifier/{identifier}", "get"),
    ("/api/v1/face/externalIdentifier/{identifier}", "delete"),
    ("/api/v1/face/list", "post"),
    ("/api/v1/face/list", "put"),
    ("/api/v1/face/list/{identifier}", "get"),
    ("/api/v1/face/list/{identifier}", "delete"),
    ("/api/v1/face/list/AddFaceRecord", "post"),
    ("/api/v1/face/identifyRecord", "post"),
    ("/api/v1/face/identifyReferenceImage", "post"),
    ("/api/v1/face/list/identify", "post"),
}
EXTENSIONS = {
    ("/api/v1/face/list", "get"),
    ("/api/v1/face/list/{identifier}/records", "get"),
    ("/api/v1/face/list/RemoveFaceRecord", "post"),
    ("/api/v1/face", "get"),
    ("/api/health", "get"),
    # Per-list calibration (issue 19, docs/local-service.md).
    ("/api/v1/face/list/{identifier}/report", "get"),
    ("/api/v1/face/list/{identifier}/notSamePerson", "post"),
    ("/api/v1/face/list/calibration", "get"),
    ("/api/v1/face/list/calibration", "put"),
}
UNAUTHENTICATED = {("/api/connect/token", "post"), ("/api/health", "get")}
# Routes that serve the documentation itself.
DOCUMENTATION_ROUTES = {"/api/openapi.json", "/api/docs", "/api/docs/oauth2-redirect"}

RECORD_REQUEST = {"faceImageBase64", "name", "surname1", "surname2", "externalIdentifier",
                  "additionalDataFileBase64", "additionalDataFileName", "faceListId", "enabled"}
MEMBERSHIP_REQUEST = {"faceRecordId", "faceRecordExternalIdentifier", "faceListId", "faceListName"}
REQUEST_PROPERTIES = {
    ("/api/v1/face", "post"): RECORD_REQUEST,
    ("/api/v1/face", "put"): RECORD_REQUEST | {"identifier"},
    ("/api/v1/face/list", "post"): {"name", "description"},
    ("/api/v1/face/list", "put"): {"name", "description", "identifier"},
    ("/api/v1/face/list/AddFaceRecord", "post"): MEMBERSHIP_REQUEST,
    ("/api/v1/face/list/RemoveFaceRecord", "post"): MEMBERSHIP_REQUEST,
    ("/api/v1/face/identifyRecord", "post"): {"faceImageBase64", "faceRecordIdentifier",
                                              "faceRecordExternalIdentifier", "doFaceQA"},
    ("/api/v1/face/identifyReferenceImage", "post"): {"faceImageBase64", "referenceImageBase64", "doFaceQA"},
    ("/api/v1/face/list/identify", "post"): {"faceImageBase64", "faceListId", "faceListName", "doFaceQA"},
}
LIST_RESPONSE = {"identifier", "name", "description", "createdUtc"}
RESPONSE_PROPERTIES = {
    ("/api/connect/token", "post"): {"token_type", "access_token", "expires_in", "id_token", "refresh_token"},
    ("/api/v1/face", "post"): {"identifier", "errors"},
    ("/api/v1/face", "put"): {"result", "errors"},
    ("/api/v1/face/{identifier}", "get"): RECORD_FIELDS,
    ("/api/v1/face/externalIdentifier/{identifier}", "get"): RECORD_FIELDS,
    ("/api/v1/face/list", "post"): {"identifier", "errors"},
    ("/api/v1/face/list", "put"): {"result", "errors"},
    ("/api/v1/face/list/{identifier}", "get"): LIST_RESPONSE,
    ("/api/v1/face/identifyRecord", "post"): IDENTIFY_RECORD_FIELDS,
    ("/api/v1/face/identifyReferenceImage", "post"): {"confidence", "result", "resultDescription", "faceQA"},
    ("/api/v1/face/list/identify", "post"): IDENTIFY_RECORD_FIELDS,
    ("/api/health", "get"): {"status", "version"},
}
BOOLEAN_RESPONSES = {
    ("/api/v1/face/{identifier}", "delete"), ("/api/v1/face/externalIdentifier/{identifier}", "delete"),
    ("/api/v1/face/list/{identifier}", "delete"), ("/api/v1/face/list/AddFaceRecord", "post"),
    ("/api/v1/face/list/RemoveFaceRecord", "post"),
}
# The guide's documented status codes per endpoint, beyond 200 (401 and 500 apply to every protected one).
GUIDE_ERRORS = {
    ("/api/connect/token", "post"): {"400", "500"},
    ("/api/v1/face", "post"): {"400"},
    ("/api/v1/face", "put"): {"400"},
    ("/api/v1/face/{identifier}", "get"): {"404"},
    ("/api/v1/face/{identifier}", "delete"): {"404"},
    ("/api/v1/face/externalIdentifier/{identifier}", "get"): {"404"},
    ("/api/v1/face/externalIdentifier/{identifier}", "delete"): {"404"},
    ("/api/v1/face/list", "post"): {"400"},
    ("/api/v1/face/list", "put"): {"400"},
    ("/api/v1/face/list/{identifier}", "get"): {"404"},
    ("/api/v1/face/list/{identifier}", "delete"): {"404"},
    ("/api/v1/face/list/AddFaceRecord", "post"): {"404"},
    ("/api/v1/face/identifyRecord", "post"): {"400"},
    ("/api/v1/face/identifyReferenceImage", "post"): {"400"},
    ("/api/v1/face/list/identify", "post"): {"400"},
}


@pytest.fixture(scope="module")
def document(service: RunningService) -> dict[str, Any]:
    with service.client() as http:  # no token needed
        response = http.get("/openapi.json")
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def operations(document: dict[str, Any]) -> set[tuple[str, str]]:
    methods = {"get", "put", "post", "delete", "patch", "head", "options"}
    return {(path, method) for path, item in document["paths"].items() for method in item if method in methods}


def resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follow $ref (and a single-entry allOf/anyOf wrapper) to the schema object."""
    while True:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            schema = document["components"]["schemas"][name]
        elif len(schema.get("allOf", [])) == 1:
            schema = schema["allOf"][0]
        else:
            return schema


def operation(document: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    return document["paths"][path][method]  # type: ignore[no-any-return]


def test_the_document_is_served_without_a_token(document: dict[str, Any]) -> None:
    assert document["openapi"].startswith("3.")
    assert document["info"]["version"] == __version__
    assert document["info"]["title"]


def test_every_endpoint_of_the_guide_and_the_extensions_is_documented(document: dict[str, Any]) -> None:
    documented = operations(document)
    assert GUIDE - documented == set(), "guide endpoints missing"
    assert EXTENSIONS - documented == set(), "extensions missing"
    assert documented - GUIDE - EXTENSIONS == set(), "documented operations the guide and decisions do not know"


def served_routes(routes: list[Any], prefix: str = "", in_schema: bool = True) -> Iterator[tuple[str, Any, bool]]:
    """(full path, route, included in the schema) of every route, through included routers.

    FastAPI before 0.120 copies included routes into the app with the prefix applied; later versions keep an
    included router as one entry (`original_router` + `include_context`). Both are walked here.
    """
    for route in routes:
        included = getattr(route, "original_router", None)
        context = getattr(route, "include_context", None)
        if included is not None and context is not None:
            yield from served_routes(included.routes, prefix + context.prefix,
                                     in_schema and context.include_in_schema)
        else:
            yield prefix + getattr(route, "path", "?"), route, in_schema and getattr(route, "include_in_schema", True)


def test_every_route_the_app_serves_is_documented(in_process: LiveService, document: dict[str, Any]) -> None:
    served = set()
    for path, route, in_schema in served_routes(in_process.app.routes):
        if path in DOCUMENTATION_ROUTES:
            continue
        assert isinstance(route, APIRoute), f"undocumentable route {path}"
        assert in_schema, f"{path} is hidden from the document"
        path = re.sub(r":\w+}", "}", path)  # "{identifier:path}" is documented as "{identifier}"
        served |= {(path, method.lower()) for method in route.methods - {"HEAD"}}
    assert served == operations(document)
    # Everything is under the API prefix, documentation included.
    assert all(path.startswith("/api/") for path, _, _ in served_routes(in_process.app.routes))


def test_every_documented_operation_answers(service: RunningService, document: dict[str, Any]) -> None:
    """No documented operation is a 404 or 405 for lack of a route: each reaches its handler (or the auth)."""
    base = service.base_url.removesuffix("/api")
    with httpx.Client(base_url=base, timeout=30) as http:
        for path, method in sorted(operations(document)):
            url = path.replace("{identifier}", str(uuid.uuid4()))
            response = http.request(method.upper(), url, json={} if method in ("post", "put") else None)
            if (path, method) in UNAUTHENTICATED:
                assert response.status_code in (200, 400), (path, method, response.status_code)
            else:
                assert response.status_code == 401, (path, method, response.status_code)


def test_request_bodies_have_the_guides_properties(document: dict[str, Any]) -> None:
    for (path, method), expected in REQUEST_PROPERTIES.items():
        content = operation(document, path, method)["requestBody"]["content"]
        schema = resolve(document, content["application/json"]["schema"])
        assert set(schema["properties"]) == expected, (path, method)


def test_the_token_request_is_form_encoded(document: dict[str, Any]) -> None:
    content = operation(document, "/api/connect/token", "post")["requestBody"]["content"]
    assert set(content) == {"application/x-www-form-urlencoded"}
    schema = resolve(document, content["application/x-www-form-urlencoded"]["schema"])
    assert set(schema["properties"]) == {"grant_type", "client_id", "client_secret", "username", "password",
                                         "refresh_token"}


def test_responses_have_the_guides_properties(document: dict[str, Any]) -> None:
    for (path, method), expected in RESPONSE_PROPERTIES.items():
        schema = resolve(document, operation(document, path, method)["responses"]["200"]["content"]
                         ["application/json"]["schema"])
        assert set(schema["properties"]) == expected, (path, method)
    for path, method in BOOLEAN_RESPONSES:
        schema = operation(document, path, method)["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema["type"] == "boolean", (path, method)


def test_query_parameters_of_the_extensions(document: dict[str, Any]) -> None:
    def names(path: str) -> set[str]:
        return {p["name"] for p in operation(document, path, "get").get("parameters", []) if p["in"] == "query"}

    assert names("/api/v1/face") == {"search", "offset", "limit"}
    assert names("/api/v1/face/list/{identifier}/records") == {"offset", "limit"}


def test_documented_status_codes_are_those_the_service_answers(document: dict[str, Any]) -> None:
    for (path, method), codes in GUIDE_ERRORS.items():
        documented = set(operation(document, path, method)["responses"])
        assert codes <= documented, (path, method, codes - documented)
    for path, method in operations(document):
        documented = set(operation(document, path, method)["responses"])
        assert "422" not in documented, (path, method)  # invalid requests are answered 400
        if (path, method) not in UNAUTHENTICATED:
            assert {"200", "400", "401", "500"} <= documented, (path, method)


def test_security_is_declared_where_a_token_is_needed(document: dict[str, Any]) -> None:
    schemes = document["components"]["securitySchemes"]
    bearer_schemes = {name for name, scheme in schemes.items()
                      if scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "bearer"}
    assert bearer_schemes
    for path, method in operations(document):
        security = operation(document, path, method).get("security") or []
        named = {name for requirement in security for name in requirement}
        if (path, method) in UNAUTHENTICATED:
            assert not named, (path, method)
        else:
            assert named & bearer_schemes, (path, method)


# -- the document is exact: what the service answers and refuses is what the document says (issue 15 row 14) ----

NUL_PATTERN = r"^[^\x00]*$"
# Every operation whose 400 comes from the body: the body below is not UTF-8, so not JSON text at all.
BODY_OPERATIONS = sorted(op for op in REQUEST_PROPERTIES)


def validator(document: dict[str, Any], schema: dict[str, Any]) -> Any:
    import jsonschema_rs  # installed with schemathesis

    return jsonschema_rs.validator_for({**schema, "components": document["components"]})


@pytest.mark.parametrize(("path", "method"), BODY_OPERATIONS, ids=[f"{m.upper()} {p}" for p, m in BODY_OPERATIONS])
def test_a_body_that_is_not_utf8_is_answered_with_the_documented_400(
    module_tenant: Any, document: dict[str, Any], path: str, method: str
) -> None:
    response = module_tenant.http.request(method.upper(), path.removeprefix("/api"), content=b"\x80\x81{",
                                          headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    documented = operation(document, path, method)["responses"]["400"]["content"]["application/json"]["schema"]
    errors = list(validator(document, documented).iter_errors(response.json()))
    assert errors == [], (response.json(), [str(error) for error in errors])
    assert "UTF-8" in response.text  # says what is wrong, not FastAPI's "There was an error parsing the body"


def test_a_body_that_is_not_utf8_still_needs_a_token(service: RunningService) -> None:
    with service.client() as http:
        response = http.post("/v1/face", content=b"\x80\x81{", headers={"Content-Type": "application/json"})
    assert response.status_code == 401 and response.content == b""


def string_schemas(document: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The string members of a property (`anyOf: [string, null]` included)."""
    schema = resolve(document, schema)
    return [member for member in schema.get("anyOf", [schema]) if member.get("type") == "string"]


def test_every_request_string_is_documented_without_nul_characters(document: dict[str, Any]) -> None:
    for (path, method) in REQUEST_PROPERTIES:
        body = resolve(document, operation(document, path, method)["requestBody"]["content"]["application/json"]
                       ["schema"])
        for name, property_schema in body["properties"].items():
            for member in string_schemas(document, property_schema):
                assert member.get("pattern") == NUL_PATTERN, (path, method, name)
    for path, method in operations(document) - UNAUTHENTICATED:
        for parameter in operation(document, path, method).get("parameters", []):
            if parameter["schema"].get("type") == "string":
                assert parameter["schema"].get("pattern") == NUL_PATTERN, (path, method, parameter["name"])


# Names and external identifiers are at most 200 characters where they are stored; the lookups by them refuse
# a longer one too (it cannot name anything), so every place that takes one documents the same limit.
LOOKUP_LIMITS = {
    ("/api/v1/face/list/AddFaceRecord", "post"): {"faceRecordExternalIdentifier": 200, "faceListName": 200},
    ("/api/v1/face/list/RemoveFaceRecord", "post"): {"faceRecordExternalIdentifier": 200, "faceListName": 200},
    ("/api/v1/face/identifyRecord", "post"): {"faceRecordExternalIdentifier": 200},
    ("/api/v1/face/list/identify", "post"): {"faceListName": 200},
}


def test_lookups_by_name_document_the_stored_length(document: dict[str, Any]) -> None:
    for (path, method), limits in LOOKUP_LIMITS.items():
        body = resolve(document, operation(document, path, method)["requestBody"]["content"]["application/json"]
                       ["schema"])
        for name, limit in limits.items():
            assert [m.get("maxLength") for m in string_schemas(document, body["properties"][name])] == [limit]
    for method in ("get", "delete"):
        (parameter,) = operation(document, "/api/v1/face/externalIdentifier/{identifier}", method)["parameters"]
        assert parameter["schema"].get("maxLength") == 200


@pytest.mark.parametrize(("method", "path", "body"), [
    ("POST", "/v1/face/list/AddFaceRecord", {"faceRecordExternalIdentifier": "x" * 201, "faceListName": "L"}),
    ("POST", "/v1/face/identifyRecord", {"faceImageBase64": "AAAA", "faceRecordExternalIdentifier": "x" * 201}),
    ("POST", "/v1/face/list/identify", {"faceImageBase64": "AAAA", "faceListName": "x" * 201}),
    ("GET", "/v1/face/externalIdentifier/" + "x" * 201, None),
])
def test_a_lookup_longer_than_documented_is_400(module_tenant: Any, method: str, path: str,
                                                body: dict[str, Any] | None) -> None:
    response = module_tenant.http.request(method, path, json=body)
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "InvalidRequest"


def links(document: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    return operation(document, path, method)["responses"]["200"].get("links", {})  # type: ignore[no-any-return]


def test_create_operations_link_to_the_operations_that_take_their_identifier(document: dict[str, Any]) -> None:
    by_id = {operation(document, p, m)["operationId"]: (p, m) for p, m in operations(document)}
    expected = {
        ("/api/v1/face", "post"): {
            ("/api/v1/face/{identifier}", "get"), ("/api/v1/face/{identifier}", "delete"),
            ("/api/v1/face", "put"), ("/api/v1/face/identifyRecord", "post"),
            ("/api/v1/face/list/AddFaceRecord", "post"), ("/api/v1/face/list/RemoveFaceRecord", "post"),
            ("/api/v1/face/externalIdentifier/{identifier}", "get"),
            ("/api/v1/face/externalIdentifier/{identifier}", "delete"),
        },
        ("/api/v1/face/list", "post"): {
            ("/api/v1/face/list/{identifier}", "get"), ("/api/v1/face/list/{identifier}", "delete"),
            ("/api/v1/face/list/{identifier}/records", "get"), ("/api/v1/face/list", "put"),
            ("/api/v1/face/list/identify", "post"), ("/api/v1/face", "post"),
        },
    }
    for source, targets in expected.items():
        found = links(document, *source)
        assert {by_id[link["operationId"]] for link in found.values()} == targets, source
        for link in found.values():
            values = list(link.get("parameters", {}).values()) + list(link.get("requestBody", {}).values())
            by_member_number = "externalIdentifier" in by_id[link["operationId"]][0]
            # The member number is the one the create request gave; everything else takes the created identifier.
            assert values == ["$request.body#/externalIdentifier" if by_member_number
                              else "$response.body#/identifier"], link


@pytest.mark.parametrize("path", ["/api/v1/face/identifyRecord", "/api/v1/face/identifyReferenceImage",
                                  "/api/v1/face/list/identify"])
def test_do_face_qa_is_documented_as_the_service_takes_it(document: dict[str, Any], path: str) -> None:
    """A boolean, false when absent, and null taken as false (clients that write null for unset properties)."""
    body = resolve(document, operation(document, path, "post")["requestBody"]["content"]["application/json"]
                   ["schema"])
    schema = body["properties"]["doFaceQA"]
    assert {member["type"] for member in schema["anyOf"]} == {"boolean", "null"}
    assert schema["default"] is False
