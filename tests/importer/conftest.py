"""The import tests use the station tests' real built-in service (one per session) and private user dirs."""

from tests.station import conftest as _station

shared_service = _station.shared_service
_private_user_dirs = _station._private_user_dirs
