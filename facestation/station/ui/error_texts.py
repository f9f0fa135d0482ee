"""What the operator reads about the station's own errors (camera, configuration, keyring, built-in service,
set-up), registered in the kit's error-description registry so that `ops` needs none of these subsystems.

Imported once for its registrations by `facestation.station.ui` (the package), so every screen that shows
an error has them. The texts are those `Operations.describe` had, in the same (empty) translation context.
"""

from __future__ import annotations

from facestation.station.core.camera import CameraError
from facestation.station.core.config import ConfigError
from facestation.station.core.credentials import SecretStoreUnavailable
from facestation.station.core.local_service import LocalServiceError, ProvisioningError
from facestation.station.core.session import SetupError
from facestation.station.ui.kit.error_texts import Problem, first_line, register, tr

__all__ = ["register_station_errors"]


def _provisioning(error: BaseException) -> Problem:
    return Problem(tr("Setup did not finish"), tr(
        "The station could not create its accounts: {0} Fix this and press the button again.").format(
            first_line(str(error))), details=str(error))


def _local_service(error: BaseException) -> Problem:
    return Problem(tr("The built-in service did not start"), tr(
        "{0} Close the station and open it again; if it keeps happening, send the log to your "
        "administrator.").format(first_line(str(error))), details=str(error))


def _camera(error: BaseException) -> Problem:
    return Problem(tr("Camera problem"), tr(
        "{0} Check that the camera is plugged in and not used by another program, or use a photo or "
        "video file instead.").format(first_line(str(error))), severity="warning")


def _keyring(error: BaseException) -> Problem:
    return Problem(tr("The system keyring is not answering"), tr(
        "The station could not read its saved credentials because the system keyring did not answer. "
        "Nothing was lost: wait a moment and try again, or restart the station."), severity="warning",
        details=str(error))  # says what to do if the keyring is gone from this computer for good


def _check_details(error: BaseException) -> Problem:
    # Set-up and configuration errors are written for the operator already: their message is the text.
    return Problem(tr("Please check the details"), str(error), severity="warning")


def register_station_errors() -> None:
    """Register (again) the descriptions of the station's own errors."""
    register(ProvisioningError, _provisioning)
    register(LocalServiceError, _local_service)
    register(CameraError, _camera)
    register(SecretStoreUnavailable, _keyring)
    register(SetupError, _check_details)
    register(ConfigError, _check_details)


register_station_errors()
