"""The one rule for where the client secret, passwords and photos may be sent: an https:// address, or an
http:// one on this computer (loopback), unless a lab network was opted into with `allow_insecure_http`.

The station checks addresses with it when they are typed or read from the settings, and `FaceCheckClient`
checks every address again before it sends anything, so a script or the importer cannot go around it.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from facestation.api.errors import FaceCheckError

HTTPS_EXAMPLE = "https://neocheck.net/api"


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


def endpoint_problem(url: str, *, allow_insecure_http: bool = False) -> str | None:
    """Why the service address `url` must not be used, as a sentence for the user, or None when it may."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:  # e.g. an unclosed [IPv6 bracket
        parts, host = None, ""
    scheme = parts.scheme.lower() if parts is not None else ""
    if scheme not in ("https", "http") or not host:
        return f"The service address must start with https:// (for example {HTTPS_EXAMPLE})."
    if scheme == "http" and not allow_insecure_http and not is_loopback_host(host):
        return (f"{url.strip()} is not encrypted: the client secret, passwords and photos would travel in clear. "
                "Use an https:// address (http:// is only for this computer: localhost, 127.0.0.1, ::1).")
    return None


def insecure_http_warning(url: str) -> str | None:
    """The warning for an http:// address to another machine that was allowed on purpose (a lab network)."""
    if endpoint_problem(url) is not None and endpoint_problem(url, allow_insecure_http=True) is None:
        return (f"Unencrypted connection to {url}: allow_insecure_http is on, so the client secret, passwords "
                "and photos travel in clear on this network. Use https:// outside a closed lab network.")
    return None
