"""The station's UI kit: the pieces every screen is built from, so each screen states only what is its own.

- `labels`: role labels, the primary button, password fields, form labels, invalid fields, messages;
- `navigation.SideNavigation`: the column of big page buttons (main window, settings);
- `retranslate.RetranslateMixin`: `retranslate_ui()` on every language change;
- `page`: the page scaffold (margins, title and hint);
- `error_texts`: the registry of what the operator reads about an error (`ops.Operations.describe` asks it).

Colours and sizes live in `theme.py`'s one style sheet; the kit only sets the object names and roles it selects.
"""

from facestation.station.ui.kit.error_texts import Problem
from facestation.station.ui.kit.labels import (
    field_label,
    mark_invalid,
    password_field,
    primary_button,
    role_label,
    show_message,
    styled,
)
from facestation.station.ui.kit.navigation import SideNavigation
from facestation.station.ui.kit.page import page_header, page_layout
from facestation.station.ui.kit.retranslate import RetranslateMixin

__all__ = [
    "Problem",
    "RetranslateMixin",
    "SideNavigation",
    "field_label",
    "mark_invalid",
    "page_header",
    "page_layout",
    "password_field",
    "primary_button",
    "role_label",
    "show_message",
    "styled",
]
