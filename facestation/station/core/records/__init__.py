"""The Records page's models, without Qt: finding people (`search`) and changing them (`changes`)."""

from facestation.station.core.records.changes import RecordChanges
from facestation.station.core.records.search import RecordSearch, SearchResult

__all__ = ["RecordChanges", "RecordSearch", "SearchResult"]
