"""The members of the chosen list as the page shows them: page by page from the service (or the station's
catalogue), with the people added offline who are not in the list on the service yet."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from facestation.api import FaceRecordSummary
from facestation.station.core.directory import Members

__all__ = ["MemberPages"]

PAGE_SIZE = 50  # members fetched per "Show more"


class MemberPages:
    """The people shown for one list. `loaded`: at least one page (or the waiting people) is in; `exact`: False
    when the station's catalogue answered (it knows only the people this station added)."""

    def __init__(self, page_size: int = PAGE_SIZE) -> None:
        self.page_size = page_size
        self.members: list[FaceRecordSummary] = []
        self.total = 0
        self.exact = True
        self.loaded = False
        self.more_possible = False  # the service has more than is shown: "Show more" can fetch them

    def reset(self) -> None:
        """Another list (or none) is chosen: nothing shown until its first page arrives."""
        self.members, self.total, self.loaded = [], 0, False

    @property
    def next_offset(self) -> int:
        return len(self.members)

    @property
    def identifiers(self) -> set[str]:
        return {record.identifier for record in self.members}

    def show_waiting(self, people: Sequence[FaceRecordSummary]) -> None:
        """A list made offline (the service does not know it yet): its members are the people waiting to join."""
        self.members = list(people)
        self.total, self.exact, self.loaded = len(self.members), True, True
        self.more_possible = False

    def arrived(self, offset: int, page: Members, waiting: Iterable[FaceRecordSummary] = ()) -> None:
        """A page from `offset` came in; `waiting`: people added offline, shown after it when not in it."""
        self.members = (self.members[:offset] if offset else []) + list(page.records)
        known = self.identifiers
        self.members += [person for person in waiting if person.identifier not in known]
        self.total, self.exact, self.loaded = page.total, page.exact, True
        self.more_possible = bool(page.records) and len(self.members) < page.total

    def added(self, person: FaceRecordSummary) -> None:
        """Someone was added offline: shown at once (once)."""
        if person.identifier not in self.identifiers:
            self.members.append(person)
            self.total += 1

    def removed(self, record_ids: Iterable[str]) -> None:
        """People were taken out offline: no longer shown."""
        gone = set(record_ids)
        self.members = [record for record in self.members if record.identifier not in gone]
        self.total = max(0, self.total - len(gone))
