"""What FastAPI cannot say by itself in the OpenAPI document: the real 400 bodies and the links.

The document must be exact (issue 15 row 14): a fuzzer reading it (schemathesis, in tests/service) finds
every answer of the service documented, and can follow a created record or list to the operations that take
its identifier.
"""

from __future__ import annotations

from typing import Any, Final

# -- links: from the create operations to the operations that take the identifier they answer -----------------

_IDENTIFIER: Final = "$response.body#/identifier"
# A record's member number is not in the create's answer: it is the one the request gave.
_EXTERNAL_IDENTIFIER: Final = "$request.body#/externalIdentifier"
# (source path, method) -> [(link name, target path, method, path parameter or None, body property or None)];
# the value is the created identifier unless the name says "ByExternalIdentifier".
_LINKS: Final[dict[tuple[str, str], list[tuple[str, str, str, str | None, str | None]]]] = {
    ("/v1/face", "post"): [
        ("GetFaceRecordByExternalIdentifier", "/v1/face/externalIdentifier/{identifier}", "get", "identifier", None),
        ("DeleteFaceRecordByExternalIdentifier", "/v1/face/externalIdentifier/{identifier}", "delete", "identifier",
         None),
        ("GetFaceRecord", "/v1/face/{identifier}", "get", "identifier", None),
        ("DeleteFaceRecord", "/v1/face/{identifier}", "delete", "identifier", None),
        ("UpdateFaceRecord", "/v1/face", "put", None, "identifier"),
        ("IdentifyAgainstFaceRecord", "/v1/face/identifyRecord", "post", None, "faceRecordIdentifier"),
        ("AddFaceRecordToList", "/v1/face/list/AddFaceRecord", "post", None, "faceRecordId"),
        ("RemoveFaceRecordFromList", "/v1/face/list/RemoveFaceRecord", "post", None, "faceRecordId"),
    ],
    ("/v1/face/list", "post"): [
        ("GetFaceList", "/v1/face/list/{identifier}", "get", "identifier", None),
        ("DeleteFaceList", "/v1/face/list/{identifier}", "delete", "identifier", None),
        ("FaceListMembers", "/v1/face/list/{identifier}/records", "get", "identifier", None),
        ("UpdateFaceList", "/v1/face/list", "put", None, "identifier"),
        ("IdentifyInFaceList", "/v1/face/list/identify", "post", None, "faceListId"),
        ("CreateFaceRecordInList", "/v1/face", "post", None, "faceListId"),
    ],
}


def add_links(document: dict[str, Any], prefix: str) -> None:
    """OpenAPI links on the 200 answers of POST v1/face and POST v1/face/list (by operationId)."""
    paths = document["paths"]
    for (source_path, source_method), targets in _LINKS.items():
        links: dict[str, Any] = {}
        for name, target_path, target_method, parameter, body_property in targets:
            link: dict[str, Any] = {"operationId": paths[prefix + target_path][target_method]["operationId"]}
            value = _EXTERNAL_IDENTIFIER if name.endswith("ByExternalIdentifier") else _IDENTIFIER
            if parameter is not None:
                link["parameters"] = {parameter: value}
            if body_property is not None:
                link["requestBody"] = {body_property: value}
            links[name] = link
        paths[prefix + source_path][source_method]["responses"]["200"]["links"] = links


def document_rate_limit_400(document: dict[str, Any], operations: list[tuple[str, str]], error_schema: str) -> None:
    """The create/update endpoints answer 400 with their own response object (the guide), and also with the
    ErrorMessage object of the hourly limit, which applies to every v1 call (the guide's section 2.3).

    `operations` are (METHOD, full path) pairs."""
    for method, path in operations:
        answer = document["paths"][path][method.lower()]["responses"]["400"]
        own = answer["content"]["application/json"]["schema"]
        answer["content"]["application/json"]["schema"] = {
            "anyOf": [own, {"$ref": f"#/components/schemas/{error_schema}"}]
        }
        answer["description"] += "; or the ErrorMessage object when the hourly call limit is reached"
