"""`GET health` (extension): liveness without authentication, for the station and for monitoring."""

from __future__ import annotations

from fastapi import APIRouter

from facestation import __version__
from facestation.service.models import HealthResponse

router = APIRouter(tags=["Service"])


@router.get("/health", response_model=HealthResponse, summary="Is the service up?")
async def health() -> HealthResponse:
    return HealthResponse(status="ok", version=__version__)
