"""uvicorn as `facestation serve` runs it (facestation/service/server.py, issue 15 row 4): a request head that does
not complete within the deadline loses its connection (slowloris), past `max_connections` uvicorn answers 503, an
oversized head is refused, and whole requests are served as before. Raw sockets on loopback against the real
server in a thread."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from facestation.service.server import uvicorn_config
from facestation.service.settings import ServiceSettings

HEADER_TIMEOUT = 0.5
SOCKET_TIMEOUT = 30.0  # only a safety net: every answer the tests wait for comes far sooner


class RunningServer:
    def __init__(self, data_dir: Path, **overrides: Any) -> None:
        settings = ServiceSettings(data_dir=data_dir, engine_workers=1, warm_up_from=None, **overrides)
        self.server = uvicorn.Server(uvicorn_config(settings, host="127.0.0.1", port=0))
        self.thread = threading.Thread(target=self.server.run, name="service-under-test", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 120
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline, "the service did not start"
            time.sleep(0.02)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]

    def connect(self) -> socket.socket:
        connection = socket.create_connection(("127.0.0.1", self.port), timeout=SOCKET_TIMEOUT)
        return connection

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=60)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    running = RunningServer(tmp_path_factory.mktemp("server"), header_timeout_seconds=HEADER_TIMEOUT,
                            max_connections=4, keep_alive_seconds=60)
    yield running
    running.stop()


def read_all(connection: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    received = b""
    while chunk := connection.recv(65536):
        received += chunk
    return received


def read_response(connection: socket.socket) -> bytes:
    """One response on a connection that stays open (its length from Content-Length)."""
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = connection.recv(65536)
        assert chunk, f"the server closed the connection: {received!r}"
        received += chunk
    head, body = received.split(b"\r\n\r\n", 1)
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:"))
    while len(body) < length:
        body += connection.recv(65536)
    return head


HEALTH = b"GET /api/health HTTP/1.1\r\nHost: service\r\nConnection: close\r\n\r\n"


def test_a_whole_request_is_served(server: RunningServer) -> None:
    with server.connect() as connection:
        connection.sendall(HEALTH)
        answer = read_all(connection)
    assert answer.startswith(b"HTTP/1.1 200 "), answer[:200]
    assert b'"status":"ok"' in answer


def test_a_request_head_that_does_not_complete_in_time_loses_its_connection(server: RunningServer) -> None:
    with server.connect() as connection:
        connection.sendall(b"GET /api/health HTTP/1.1\r\nHost: service\r\n")  # ... and the rest never comes
        started = time.monotonic()
        answer = read_all(connection)  # returns when the server closes; raises socket.timeout if it never does
        waited = time.monotonic() - started
    assert answer == b""
    assert waited < SOCKET_TIMEOUT


def test_a_connection_that_sends_nothing_is_closed_too(server: RunningServer) -> None:
    with server.connect() as connection:
        assert read_all(connection) == b""


def test_an_oversized_request_head_is_refused(server: RunningServer) -> None:
    with server.connect() as connection:
        connection.sendall(b"GET /api/health HTTP/1.1\r\nHost: service\r\nX-Padding: " + b"a" * (64 * 1024))
        answer = read_all(connection)
    assert answer.startswith(b"HTTP/1.1 400 "), answer[:200]


def test_past_max_connections_the_server_answers_503(server: RunningServer) -> None:
    # uvicorn refuses a request once the open connections (its own included) reach the limit: 3 served + 1.
    idle = [server.connect() for _ in range(3)]
    try:
        for connection in idle:  # each asks once and keeps its connection alive (60 s) after the answer
            connection.sendall(b"GET /api/health HTTP/1.1\r\nHost: service\r\n\r\n")
            assert read_response(connection).startswith(b"HTTP/1.1 200 ")
        with server.connect() as extra:
            extra.sendall(HEALTH)
            answer = read_all(extra)
    finally:
        for connection in idle:
            connection.close()
    assert answer.startswith(b"HTTP/1.1 503 "), answer[:200]
