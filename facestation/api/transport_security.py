"""The one rule for where the client secret, passwords and photos may be sent: an https:// address, or an
http:// one on this computer (loopback), unless a closed lab network was opted into on purpose: the environment
variable FACESTATION_ALLOW_INSECURE_HTTP=1 on that computer (or `allow_insecure_http=True` from a script).

The opt-in is an environment variable rather than a station setting on purpose: a settings file copied from
another station, or a first-run form, can never switch encryption off; whoever sets it has the OS account.

The station checks addresses with it when they are typed or read from the settings, and `FaceCheckClient`
checks every address again before it sends anything, so a script or the importer cannot go around it.
"""

from __future__ import annotations

import enum
import ipaddress
import os
from urllib.parse import urlsplit

from facestation.api.errors import FaceCheckError

HTTPS_EXAMPLE = "https://neocheck.net/api"
ALLOW_INSECURE_HTTP_VARIABLE = "FACESTATION_ALLOW_INSECURE_HTTP"


class InsecureConnectionError(FaceCheckError):
    """The address would send credentials and photos unencrypted to another machine; nothing was sent."""


def is_loopback_host(host: str) -> bool:
    """True for this computer only: 127.0.0.0/8, ::1 and the name localhost (which resolvers keep local)."""
    name = host.strip().removeprefix("[").removesuffix("]").rstrip(".").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False  # any other name may resolve to another machine


class AddressProblem(enum.Enum):
    """What is wrong with a service address (the station words each one in the user's language)."""

    NOT_A_WEB_ADDRESS = "not-a-web-address"  # no http(s):// scheme, or no host
    UNENCRYPTED = "unencrypted"  # http:// to another machine


def insecure_http_allowed() -> bool:
    """Whether this computer opted into http:// to other machines (FACESTATION_ALLOW_INSECURE_HTTP=1)."""
    return os.environ.get(ALLOW_INSECURE_HTTP_VARIABLE, "").strip().lower() in ("1", "true", "yes")


def address_problem(url: str, *, allow_insecure_http: bool | None = None) -> AddressProblem | None:
    """The rule itself: None when `url` may receive the credentials and photos. `allow_insecure_http` None:
    as the environment says (`insecure_http_allowed`)."""
    if allow_insecure_http is None:
        allow_insecure_http = insecure_http_allowed()
    try:
        parts = urlsplit(url.strip())
        scheme, host = parts.scheme.lower(), parts.hostname or ""
    except ValueError:  # e.g. an unclosed [IPv6 bracket
        scheme, host = "", ""
    if scheme not in ("https", "http") or not host:
        return AddressProblem.NOT_A_WEB_ADDRESS
    if scheme == "http" and not allow_insecure_http and not is_loopback_host(host):
        return AddressProblem.UNENCRYPTED
    return None


def endpoint_problem(url: str, *, allow_insecure_http: bool | None = None) -> str | None:
    """Why the service address `url` must not be used, as a sentence for the user, or None when it may."""
    problem = address_problem(url, allow_insecure_http=allow_insecure_http)
    if problem is AddressProblem.NOT_A_WEB_ADDRESS:
        return f"The service address must start with https:// (for example {HTTPS_EXAMPLE})."
    if problem is AddressProblem.UNENCRYPTED:
        return (f"{url.strip()} is not encrypted: the client secret, passwords and photos would travel in clear. "
                "Use an https:// address (http:// is only for this computer: localhost, 127.0.0.1, ::1).")
    return None


def insecure_http_warning(url: str) -> str | None:
    """The warning for an http:// address to another machine (to log when it was allowed on purpose)."""
    if address_problem(url, allow_insecure_http=False) is AddressProblem.UNENCRYPTED:
        return (f"Unencrypted connection to {url}: http:// to another machine was allowed on purpose "
                f"({ALLOW_INSECURE_HTTP_VARIABLE}), so the client secret, passwords and photos travel in clear on "
                "this network. Use https:// outside a closed lab network.")
    return None
