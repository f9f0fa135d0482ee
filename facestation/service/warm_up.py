"""Building the galleries of large lists right after the service starts, before anyone searches them.

A list's first identification in a process builds its gallery from every member: ~3 s at 100 000 members, ~30 s
at a million (benchmarks/process_memory.py), about as long as a station waits for an answer. After a restart (an
upgrade, a crash, a new process behind the proxy) the first people at every desk would time out. So the service
builds the lists at or above `ServiceSettings.warm_up_from` members in the background as soon as it is up,
largest first; an identification arriving meanwhile waits for that build instead of starting its own.
"""

from __future__ import annotations

import logging
import time

from facestation.service.context import Services, in_thread
from facestation.service.galleries import loaders
from facestation.service.list_calibration import stored_calibration

logger = logging.getLogger(__name__)


async def warm_up_large_lists(shared: Services) -> None:
    """Build the gallery of every list with at least `warm_up_from` members (never raises: a list that fails
    is built on demand later, as without the warm-up)."""
    threshold = shared.settings.warm_up_from
    if threshold is None:
        return
    catalogue = shared.store.catalogue
    try:
        large = await in_thread(catalogue.large_lists, threshold)
    except Exception:  # noqa: BLE001 (the database may be down at start: searches then build on demand)
        logger.warning("warm-up skipped: the lists could not be read", exc_info=True)
        return
    for tenant, list_id, members in large:
        started = time.perf_counter()
        try:
            changes_since, everything = loaders(catalogue, tenant, list_id)
            await in_thread(shared.galleries.refresh, list_id, 0, changes_since, everything,
                            stored_calibration(shared, list_id))
        except Exception:  # noqa: BLE001 (deleted meanwhile, database gone: on demand later)
            logger.warning("warm-up of list %s failed; it is built at its first search", list_id, exc_info=True)
            continue
        logger.info("list %s ready for 1:N (%d members, %.1f s)", list_id, members, time.perf_counter() - started)
