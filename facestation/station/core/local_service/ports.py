"""The built-in service's loopback port: a free one, whether one is still free, and whether the service
behind a URL answers its health check."""

from __future__ import annotations

import http.client
import json
import socket
import sys
import urllib.request

__all__ = ["answers_health", "free_port", "port_is_free"]


def family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def free_port(host: str) -> int:
    with socket.socket(family(host), socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(family(host), socket.SOCK_STREAM) as probe:
        if sys.platform != "win32":
            # As uvicorn binds: a port held only by closing connections (TIME_WAIT) is free to it.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def answers_health(opener: urllib.request.OpenerDirector, url: str, *, timeout: float = 2) -> bool:
    try:
        with opener.open(url, timeout=timeout) as response:
            if response.status != 200:
                return False
            body = json.loads(response.read() or b"null")
    except (OSError, ValueError, http.client.HTTPException):
        return False
    return isinstance(body, dict) and body.get("status") == "ok"
