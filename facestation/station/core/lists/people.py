"""Finding people to add to a list: by name (or part of it) when the service can search records, else by their
exact member number or record id."""

from __future__ import annotations

from dataclasses import dataclass

from facestation.api import FaceCheckClient, FaceRecordSummary, errors

__all__ = ["SEARCH_LIMIT", "FoundPeople", "find_people"]

SEARCH_LIMIT = 50  # people shown per search


@dataclass(frozen=True)
class FoundPeople:
    """The people found (at most SEARCH_LIMIT) and how many matched in all."""

    records: list[FaceRecordSummary]
    total: int


async def find_people(client: FaceCheckClient, text: str, *, can_search: bool) -> FoundPeople:
    if can_search:
        page = await client.records.search(text, limit=SEARCH_LIMIT)
        return FoundPeople(list(page.records), page.total)
    # The member number first (what a receptionist has on the card), then the record id.
    for lookup in (client.records.get_by_external_id, client.records.get):
        try:
            return FoundPeople([await lookup(text)], 1)
        except (errors.NotFoundError, errors.ValidationError):
            continue
    return FoundPeople([], 0)
