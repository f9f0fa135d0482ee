"""The station's settings behind the admin PIN: server, camera, photo checks, times, privacy, appearance, kiosk
mode, and copying the settings to other stations.

- `dialog.SettingsDialog`: the dialog (PIN first, then the sections; Save, Cancel, `settingsChanged`);
- `pin_gate.PinGate`: the admin PIN prompt (the dialog's first page, and `PinDialog`'s);
- `fields`: the settings' widgets as a table over the Qt-free `facestation.station.core.settings_fields`;
- `pages`, `camera_page`, `transfer_page`: one page class per section;
- `layout`: touch-sized controls, the label/field grid.
"""

from facestation.station.ui.dialogs.settings.dialog import SettingsDialog
from facestation.station.ui.dialogs.settings.pin_gate import PinGate

__all__ = ["PinGate", "SettingsDialog"]
