"""The Verify page (`panel.VerifyPanel`, with the rows of `targets`). What a check compares, how it asks and what
is logged, without Qt, is `facestation.station.core.verification`; its public names are re-exported here."""

from facestation.station.core.verification import (
    ReferencePhoto,
    VerifyMode,
    prepare_reference,
)
from facestation.station.ui.panels.verify.panel import VerifyPanel

__all__ = ["ReferencePhoto", "VerifyMode", "VerifyPanel", "prepare_reference"]
