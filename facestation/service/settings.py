"""The service's settings, in one typed place; the command line and tests build them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from facestation.recognition.calibration import DEFAULT_TARGET
from facestation.recognition.gallery import APPROXIMATE_FROM
from facestation.recognition.matching import DEFAULT_THRESHOLDS, MatchThresholds
from facestation.service.datadir import default_data_dir
from facestation.vision.imageio import DEFAULT_MAX_PIXELS


@dataclass(frozen=True)
class ServiceSettings:
    data_dir: Path = field(default_factory=default_data_dir)
    # None: the embedded SQLite database in the data dir. A postgresql:// URL keeps everything in PostgreSQL, where
    # several service processes can share it (the data dir then holds nothing they must share). Not in the
    # repr: the URL may carry a password.
    database_url: str | None = field(default=None, repr=False)
    rate_limit_per_hour: int = 3600
    access_token_ttl: int = 3600  # seconds
    refresh_token_ttl: int = 30 * 24 * 3600
    match_thresholds: MatchThresholds = DEFAULT_THRESHOLDS
    # 1:N: the share of strangers a list may match to someone (facestation.recognition.calibration), unless the
    # tenant set its own (PUT v1/face/list/calibration).
    list_false_match_target: float = DEFAULT_TARGET
    max_body_bytes: int = 20 * 1024 * 1024
    max_image_pixels: int = DEFAULT_MAX_PIXELS
    # Processes for decode/detect/describe; None: one per CPU core.
    engine_workers: int | None = None
    # Lists with at least this many members get their 1:N gallery built right after the start, before anyone
    # searches them (a million members take ~30 s, longer than a station waits); None: only on demand.
    warm_up_from: int | None = APPROXIMATE_FROM
    login_max_failures: int = 5
    login_lockout_seconds: float = 300.0
    # connect/token needs no authentication and each argon2 check takes 64 MiB and a core for a moment: at most
    # this many run at once (None: one per CPU core); the other logins wait their turn without holding a thread.
    login_hashing_concurrency: int | None = None
    # Failed logins (unknown client, wrong secret, wrong password, unknown refresh token) from one client address
    # within the window, after which that address is answered 429 until the oldest leaves the window; 0: off.
    login_address_max_failures: int = 30
    login_address_window_seconds: float = 300.0
    # uvicorn: connections (and requests) at once before it answers 503; idle keep-alive and request-header
    # deadlines (slow clients, slowloris); the largest request head (request line and headers) it buffers.
    max_connections: int = 512
    keep_alive_seconds: int = 5
    header_timeout_seconds: float = 10.0
    max_header_bytes: int = 16 * 1024
    issuer: str = "facestation-local"
    audience: str = "facecheck-api"
