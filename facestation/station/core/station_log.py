"""The station's own log file, `station.log` (rotated) in the per-user log folder: owner-only from the first
byte and after every rollover, because it names operators and record numbers. Qt-free."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from facestation.private_files import make_private_dir, make_private_file
from facestation.station.core.session import LOG_FILE_NAME, default_log_dir

LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 3

_log_handler: logging.Handler | None = None


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The station's log handler: the new file a rollover opens is owner-only too, whatever the umask."""

    def doRollover(self) -> None:  # noqa: N802 - logging's name
        super().doRollover()
        make_private_file(Path(self.baseFilename))


def setup_logging(log_dir: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Log to `station.log` (rotated) in `log_dir` (default: the per-user log dir); returns the file's path.
    Calling it again moves the log (tests point it at a temporary folder)."""
    global _log_handler
    directory = log_dir if log_dir is not None else default_log_dir()
    make_private_dir(directory)
    path = directory / LOG_FILE_NAME
    make_private_file(path)  # a log names operators and record numbers: owner-only, as the files after a rollover
    root = logging.getLogger()
    if _log_handler is not None:
        root.removeHandler(_log_handler)
        _log_handler.close()
    handler = _PrivateRotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _log_handler = handler
    return path


def teardown_logging() -> None:
    """Close the log file (tests)."""
    global _log_handler
    if _log_handler is not None:
        logging.getLogger().removeHandler(_log_handler)
        _log_handler.close()
        _log_handler = None
