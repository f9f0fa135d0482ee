"""The Lists page, split by job:

- `panel.ListsPanel`: the page (the lists on the left, the chosen list's members on the right);
- `dialogs`: a list's name and description (`ListDetailsDialog`), opening a list by id (`OpenListDialog`);
- `add_people.AddPeopleDialog`: finding people and adding them to a list;
- `delegate.TwoLineDelegate`: the two-line look of the items;
- `common`: sizes, item roles, buttons, how a person reads, an action's outcome handed on.

The logic without Qt (loading, paging, what waits offline, finding people, adding and removing several) lives in
`facestation.station.core.lists`.
"""

from facestation.station.ui.panels.lists.add_people import AddPeopleDialog
from facestation.station.ui.panels.lists.common import ID_ROLE, NAME_ROLE
from facestation.station.ui.panels.lists.dialogs import (
    ListDetailsDialog,
    OpenListDialog,
)
from facestation.station.ui.panels.lists.panel import ListsPanel

__all__ = ["ID_ROLE", "NAME_ROLE", "AddPeopleDialog", "ListDetailsDialog", "ListsPanel", "OpenListDialog"]
