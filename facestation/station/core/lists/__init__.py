"""The Lists page's logic without Qt: loading the lists, the members of the chosen list page by page, what waits
in the offline queue, finding people to add, and adding or removing several people in one go.

The Qt page (`facestation.station.ui.panels.lists`) only wraps these: it builds the widgets, forwards the
operator's input and shows what the models hold.
"""

from facestation.station.core.lists.loading import LoadedLists, load_lists
from facestation.station.core.lists.member_changes import (
    MemberChanges,
    change_members,
    refusal_error,
)
from facestation.station.core.lists.members import MemberPages
from facestation.station.core.lists.people import SEARCH_LIMIT, FoundPeople, find_people
from facestation.station.core.lists.waiting import WaitingChanges, waiting_person

__all__ = [
    "SEARCH_LIMIT",
    "FoundPeople",
    "LoadedLists",
    "MemberChanges",
    "MemberPages",
    "WaitingChanges",
    "change_members",
    "find_people",
    "load_lists",
    "refusal_error",
    "waiting_person",
]
