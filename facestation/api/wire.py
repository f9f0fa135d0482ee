"""Reading answers off the wire."""

from __future__ import annotations

from typing import Any

import httpx

from facestation.api import errors


def json_of(response: httpx.Response) -> Any:
    """The body of a successful answer; a page that is not JSON (a proxy's or captive portal's) is a ServerError."""
    try:
        return response.json()
    except ValueError:
        raise errors.ServerError(
            "The server answered with something that is not the FaceCheck API: check the service address.",
            status=response.status_code,
        ) from None
