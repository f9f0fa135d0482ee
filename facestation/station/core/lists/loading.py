"""Loading the Lists page: the lists themselves and what the service can do with them."""

from __future__ import annotations

from dataclasses import dataclass

from facestation.api import FaceList
from facestation.station.core.directory import ListDirectory

__all__ = ["LoadedLists", "load_lists"]


@dataclass(frozen=True)
class LoadedLists:
    """The lists as the service (or the station's catalogue) has them. `server_has_lists`: the service can list
    its lists (else only what this station made or opened is known); `can_search`: it finds people by name."""

    server_has_lists: bool
    can_search: bool
    lists: list[FaceList]


async def load_lists(directory: ListDirectory) -> LoadedLists:
    has_lists = await directory.server_has_lists()
    can_search = (await directory.client.capabilities()).search_records
    return LoadedLists(has_lists, can_search, await directory.all_lists())
