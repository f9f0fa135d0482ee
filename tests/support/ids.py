"""Fixed identifiers for test parameters: the same on every run and in every pytest-xdist worker.

pytest-xdist has each worker collect the tests itself and refuses to run when their test ids differ, so a
value that ends up in a parametrize id (or is computed at import time) must not be random: `uuid.uuid4()` is
fine inside a test body, not in a parameter list.
"""

from __future__ import annotations

import uuid

# A namespace of our own, so these never coincide with identifiers the service hands out (random uuid4s).
_NAMESPACE = uuid.UUID("6f6b1c1e-5f0a-4d1e-9a51-0d6c8e7b2f10")


def fixed_uuid(label: str) -> str:
    """A well-formed GUID (a name-based UUID 5) that no record or list has: the same string for the same label."""
    return str(uuid.uuid5(_NAMESPACE, label))
