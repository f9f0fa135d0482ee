"""The Records page, split by job: `panel` (RecordsPanel: the search and its results), `person_pane` (the
person on the right: details, actions, edit form), `person_actions` (the changes to that person, through the
station's typed actions) and `files` (photos and attached files). The search and the changes themselves are
Qt-free models in facestation.station.core.records."""

from facestation.station.ui.panels.records.panel import RecordsPanel

__all__ = ["RecordsPanel"]
