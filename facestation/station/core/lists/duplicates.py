"""The possible duplicates of one list, as the Lists page shows them, without Qt: the pairs the service reported
(most likely first), the people of each pair as they are fetched, and a pair marked "not the same person" gone.

A possible duplicate is two members whose faces are as close as two photos of one person: maybe one person
enrolled twice under two member numbers. The operator opens both records and deletes or merges the extra one,
or marks the pair "not the same person" so the service does not report it again."""

from __future__ import annotations

from dataclasses import dataclass

from facestation.api import (
    FaceCheckClient,
    FaceRecord,
    ListReport,
    PossibleDuplicate,
    errors,
)

__all__ = ["DUPLICATES_LIMIT", "DuplicatePairs", "fetch_report", "pair_key"]

DUPLICATES_LIMIT = 100  # pairs shown at once; the count on the button is the service's total


def pair_key(pair: PossibleDuplicate) -> tuple[str, str]:
    """One key per pair whatever its order."""
    first, second = sorted((pair.a, pair.b))
    return first, second


async def fetch_report(client: FaceCheckClient, list_id: str, limit: int = DUPLICATES_LIMIT) -> ListReport | None:
    """The list's report, or None when the server has no such extension (the hosted service)."""
    if not (await client.capabilities()).list_report:
        return None
    try:
        return await client.lists.report(list_id, limit=limit)
    except errors.FeatureUnavailableError:
        return None


@dataclass
class DuplicatePairs:
    """The pairs on screen, the people fetched so far (None: could not be fetched) and the service's total."""

    pairs: list[PossibleDuplicate]
    total: int
    people: dict[str, FaceRecord | None]

    @classmethod
    def of(cls, report: ListReport) -> DuplicatePairs:
        pairs = sorted(report.possible_duplicates, key=lambda pair: -pair.confidence)
        return cls(pairs, max(report.possible_duplicates_total, len(pairs)), {})

    def record_ids(self) -> list[str]:
        """Everyone in a pair, each once, in the order the pairs are shown (the first rows' photos come first)."""
        seen: dict[str, None] = {}
        for pair in self.pairs:
            seen.setdefault(pair.a)
            seen.setdefault(pair.b)
        return list(seen)

    def person_arrived(self, record_id: str, record: FaceRecord | None) -> None:
        self.people[record_id] = record

    def marked_not_same(self, pair: PossibleDuplicate) -> bool:
        """The operator said the two are different people: the pair goes. False when it was not shown."""
        key = pair_key(pair)
        kept = [shown for shown in self.pairs if pair_key(shown) != key]
        if len(kept) == len(self.pairs):
            return False
        self.pairs = kept
        self.total = max(len(kept), self.total - 1)
        return True
