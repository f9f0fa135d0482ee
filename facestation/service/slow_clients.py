"""A request-head deadline for uvicorn's h11 protocol (slowloris).

uvicorn closes idle keep-alive connections, but a client that opens a connection and sends its request line and
headers a byte at a time is never timed out: enough of them hold every connection the service allows. This
protocol gives each request head `header_timeout` seconds from its first byte (or from the connection's opening)
and closes the connection when the head is not complete by then.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol


class HeaderDeadlineH11Protocol(H11Protocol):
    header_timeout: float = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_deadline()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is h11.IDLE:
            self._arm_header_deadline()  # a request head has begun (or the next one, on a kept-alive connection)
        else:
            self._disarm_header_deadline()  # the head is complete: the request runs

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_deadline()
        super().connection_lost(exc)

    def _arm_header_deadline(self) -> None:
        if self._header_deadline is None:
            self._header_deadline = self.loop.call_later(self.header_timeout, self._header_deadline_passed)

    def _disarm_header_deadline(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _header_deadline_passed(self) -> None:
        self._header_deadline = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.logger.info("closed a connection whose request head was not complete within %g s",
                             self.header_timeout)
            self.transport.close()


def header_deadline_protocol(seconds: float) -> type[HeaderDeadlineH11Protocol]:
    """The protocol class with its deadline (uvicorn takes a class, and makes one instance per connection)."""
    return type("HeaderDeadlineH11Protocol", (HeaderDeadlineH11Protocol,), {"header_timeout": seconds})
