"""Helpers for the outbox tests: JPEG bytes of real faces, and a TCP relay whose port can really close."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import cv2
import numpy as np

from facestation.api import FaceCheckClient
from facestation.vision.faces import BGRImage
from tests.support.ports import free_port


def jpeg(image: BGRImage, quality: int = 90) -> bytes:
    ok, encoded = cv2.imencode(".jpg", np.ascontiguousarray(image), [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return encoded.tobytes()


def blank_jpeg() -> bytes:
    """A grey picture without a face: the service answers NoFaceDetected."""
    return jpeg(np.full((480, 360, 3), 128, np.uint8))


def unique(prefix: str = "") -> str:
    return f"{prefix}{uuid.uuid4().hex[:10]}"


class Relay:
    """A loopback TCP relay to the shared service. `close()` closes its listening port and every connection
    through it, so a client pointed at it gets a real "connection refused"; `open()` serves the port again."""

    def __init__(self, target_port: int, port: int | None = None) -> None:
        self.target_port = target_port
        self.port = port or free_port()
        self._server: asyncio.AbstractServer | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    async def open(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._writers):
            writer.close()
        self._writers.clear()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            target_reader, target_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return
        if self._server is None:
            # Closed while this connection was being made to the target: `close()` could not see it, and it
            # would carry the client's later requests through a relay that is meant to be cut.
            writer.close()
            target_writer.close()
            return
        self._writers |= {writer, target_writer}
        await asyncio.gather(self._pipe(reader, target_writer), self._pipe(target_reader, writer))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (OSError, asyncio.CancelledError):
            pass
        finally:
            writer.close()
            self._writers.discard(writer)


async def signed_in_client(base_url: str, service: dict[str, Any], **options: Any) -> FaceCheckClient:
    client = FaceCheckClient(base_url, service["client_id"], service["client_secret"], **options)
    await client.login(service["username"], service["password"])
    return client
