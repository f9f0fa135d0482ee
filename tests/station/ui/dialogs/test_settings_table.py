"""The settings dialog's field table against the widgets: every setting of the Qt-free table has exactly one
editor, on the page of its section; loading a config changes nothing; a changed widget is a changed field."""

from __future__ import annotations

from typing import Any

from facestation.station.core.settings_fields import FIELDS, field
from facestation.station.ui.dialogs.settings import SettingsDialog
from facestation.station.ui.dialogs.settings.fields import FIELD_SPECS
from facestation.station.ui.ops import Operations


def test_every_setting_has_one_editor_on_its_section(qtbot: Any, ops: Operations, session: Any) -> None:
    dialog = SettingsDialog(session, ops)
    qtbot.addWidget(dialog)
    assert set(dialog.field_set.editors) == {entry.key for entry in FIELDS}
    assert {spec.key for spec in FIELD_SPECS} <= set(dialog.field_set.editors)
    for name, page in dialog.section_pages.items():
        for key in page.fields.editors:
            assert field(key).section == name


def test_loading_changes_nothing_and_a_widget_change_is_a_field_change(qtbot: Any, ops: Operations,
                                                                        session: Any) -> None:
    dialog = SettingsDialog(session, ops)
    qtbot.addWidget(dialog)
    dialog.load_from_config()
    assert dialog.changed_fields() == set()
    assert dialog.settings_from_fields() == session.config
    dialog.result_clear.setValue(session.config.result_clear_seconds + 5)
    dialog.consent_text.setText("  Agreed.  ")
    assert dialog.changed_fields() == {"result_clear", "consent_text"}
    written = dialog.settings_from_fields()
    assert written.result_clear_seconds == session.config.result_clear_seconds + 5
    assert written.consent_text == "Agreed."  # as the field shows it, without the spaces around it
