"""The settings' camera section: the camera picker (QtMultimedia cameras, OpenCV cameras found by a probe in a
worker, or a photo or video file instead), the resolution and the mirrored preview. The picker and the resolution
are editors of the field table too (`CameraEditor`, `ResolutionEditor`), with entries that change at run time.
With a self-test host attached (`attach_self_test`, the station does it) the section also offers "Test this
camera" and shows the last test's summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from facestation.station.core.camera.sources import IMAGE_SUFFIXES, VIDEO_SUFFIXES
from facestation.station.core.settings_fields import (
    RESOLUTIONS,
    FieldValue,
    as_text,
    parse_size,
    size_key,
)
from facestation.station.ui.camera.choice import CameraChoice, CameraOption, OptionKind
from facestation.station.ui.dialogs.settings.fields import (
    FieldSet,
    build_fields,
    translated,
)
from facestation.station.ui.dialogs.settings.layout import add_row, grid, touch_sized
from facestation.station.ui.dialogs.settings.pages import SettingsSection
from facestation.station.ui.kit import role_label, show_message
from facestation.station.ui.ops import Operations, OpHandle

if TYPE_CHECKING:
    from facestation.station.ui.dialogs.self_test_host import SelfTestHost

__all__ = ["CameraEditor", "CameraPage", "ResolutionEditor"]

translate = QCoreApplication.translate

# What the resolution picker says about each of RESOLUTIONS.
RESOLUTION_NOTES = {(640, 480): QT_TRANSLATE_NOOP("SettingsDialog", "{0} \u00d7 {1} (fastest)"),
                    (1280, 720): QT_TRANSLATE_NOOP("SettingsDialog", "{0} \u00d7 {1} (recommended)"),
                    (1920, 1080): QT_TRANSLATE_NOOP("SettingsDialog", "{0} \u00d7 {1} (sharpest, slower)")}


class CameraEditor:
    """The camera picker as a field: its value is the chosen (kind, key), or None when nothing is chosen."""

    def __init__(self, widget: QComboBox, choice: CameraChoice) -> None:
        self.widget = widget
        self.choice = choice
        self.index_before_file = 0  # the entry chosen before "Photo or video file…" (back to it on Cancel)

    def options(self) -> list[CameraOption]:
        return [self.widget.itemData(index) for index in range(self.widget.count())]

    def show_value(self, value: FieldValue) -> None:
        """The picker's entries from the camera choice, `value` (kind, key) selected, else the default camera."""
        picker = self.widget
        picker.clear()
        options = self.choice.options()
        for option in options:
            picker.addItem(option.label, option)
        index = -1
        if isinstance(value, tuple):
            kind, key = value
            index = next((i for i, option in enumerate(options) if (option.kind, option.key) == value), -1)
            if index < 0 and kind in ("qt", "opencv"):
                # The chosen camera is not connected: keep it as an entry, so saving does not lose it.
                camera_kind: OptionKind = "qt" if kind == "qt" else "opencv"
                picker.insertItem(0, translate("SettingsDialog", "Chosen camera (not connected)"),
                                  CameraOption(camera_kind, key, ""))
                index = 0
        if index < 0:
            index = next((i for i, option in enumerate(options) if option.kind in ("qt", "opencv", "file")), 0)
            if options[index].kind == "choose-file":
                index = -1  # nothing to choose but a file: leave the picker empty rather than open a file dialog
        picker.setCurrentIndex(index)
        self.index_before_file = index

    def value(self) -> FieldValue:
        option = self.widget.currentData()
        if not isinstance(option, CameraOption) or option.kind == "choose-file":
            return None
        return option.kind, option.key


class ResolutionEditor:
    """The resolution picker as a field: its value is "1280x720"; a size the config has that is not one of
    `RESOLUTIONS` is added, so saving keeps it."""

    def __init__(self, widget: QComboBox) -> None:
        self.widget = widget

    def show_value(self, value: FieldValue) -> None:
        shown = as_text(value)
        keys = [size_key(size) for size in RESOLUTIONS]
        if shown not in keys:
            keys.append(shown)
        self.widget.clear()
        for key in keys:
            self.widget.addItem("", key)
        self.retranslate()
        self.widget.setCurrentIndex(keys.index(shown))

    def value(self) -> FieldValue:
        data: FieldValue = self.widget.currentData()
        return data

    def retranslate(self) -> None:
        for index in range(self.widget.count()):
            width, height = parse_size(self.widget.itemData(index))
            note = RESOLUTION_NOTES.get((width, height))
            template = translated(note) if note is not None else translate("SettingsDialog", "{0} \u00d7 {1}")
            self.widget.setItemText(index, template.format(width, height))


class CameraPage(SettingsSection):
    """The camera section. `fields` (the dialog's FieldSet) is told when a probe found cameras: the camera the
    settings already meant, now with its name, is not a change to save."""

    name = "camera"
    TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Camera")
    INTRO = QT_TRANSLATE_NOOP("SettingsDialog", "The camera that takes the portraits. Choose a photo or video file "
                                                "to try the station without a camera.")

    def __init__(self, choice: CameraChoice, ops: Operations, field_set: FieldSet,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.ops = ops
        self.field_set = field_set
        self._probe_handle: OpHandle | None = None
        self.file_dialog: QFileDialog | None = None
        rows = grid()
        self.camera_picker = touch_sized(QComboBox(self))
        self.camera_picker.setObjectName("cameraPicker")
        self.camera_picker.setMaximumWidth(520)
        self.resolution_picker = touch_sized(QComboBox(self))
        self.resolution_picker.setObjectName("resolutionPicker")
        self.resolution_picker.setMaximumWidth(520)
        self.camera_label, self.resolution_label = QLabel(self), QLabel(self)
        self.camera_state = role_label("hint", self)
        self.camera_state.setObjectName("cameraState")
        add_row(rows, self.camera_label, self.camera_picker, self.camera_state)
        add_row(rows, self.resolution_label, self.resolution_picker)
        self.body.addLayout(rows)
        self.body.addSpacing(8)
        self.camera = CameraEditor(self.camera_picker, choice)
        self.resolution = ResolutionEditor(self.resolution_picker)
        self.fields = build_fields(self, self.body, ("mirror",))
        self.fields.editors.update(camera=self.camera, resolution=self.resolution)
        self.mirror = self.fields.check("mirror")
        self.override_warning = role_label("warning", self)
        self.override_warning.setObjectName("cameraOverride")
        self.body.addWidget(self.override_warning)
        self.camera_picker.activated.connect(self._camera_picked)
        self._build_self_test()

    def _build_self_test(self) -> None:
        self.self_test: SelfTestHost | None = None
        self.self_test_row = QWidget(self)
        row = QHBoxLayout(self.self_test_row)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(16)
        self.test_camera_button = touch_sized(QPushButton(self.self_test_row))
        self.test_camera_button.setObjectName("testCameraButton")
        self.self_test_summary = role_label("hint", self.self_test_row)
        self.self_test_summary.setObjectName("selfTestSummary")
        row.addWidget(self.test_camera_button)
        row.addWidget(self.self_test_summary, 1)
        self.body.addWidget(self.self_test_row)
        self.self_test_row.hide()
        self.test_camera_button.clicked.connect(self._test_camera)

    def attach_self_test(self, host: SelfTestHost) -> None:
        """Offer the camera self-test through `host`, with the saved result's summary."""
        self.self_test = host
        host.savedChanged.connect(self.update_self_test_summary)
        self.self_test_row.show()
        self.update_self_test_summary()

    @Slot()
    def update_self_test_summary(self) -> None:
        if self.self_test is not None:
            self.self_test_summary.setText(self.self_test.summary())

    @Slot()
    def _test_camera(self) -> None:
        if self.self_test is not None:
            self.self_test.open_dialog(self.window())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.camera_label.setText(translate("SettingsDialog", "Camera to &use"))
        self.resolution_label.setText(translate("SettingsDialog", "&Resolution"))
        self.resolution.retranslate()
        self.test_camera_button.setText(translate("SettingsDialog", "&Test this camera"))
        self.test_camera_button.setToolTip(translate(
            "SettingsDialog", "Checks the camera as saved: the light, the sharpness, the colours and where people "
                              "should stand (15 seconds). Save a new choice first to test it."))
        self.update_self_test_summary()
        self.update_texts()

    def after_load(self) -> None:
        self.update_texts()

    @property
    def probing(self) -> bool:
        return self._probe_handle is not None and not self._probe_handle.done

    def update_texts(self) -> None:
        choice = self.choice
        show_message(self.override_warning, translate(
            "SettingsDialog",
            "This station was started with a camera of its own choosing ({0}): it uses that one until it is "
            "started without it. The choice here is kept for then.").format(choice.override)
            if choice.override else "")
        if self.probing:
            self.camera_state.setText(translate("SettingsDialog", "Looking for cameras\u2026"))
        elif not any(option.kind in ("qt", "opencv") for option in self.camera.options()):
            self.camera_state.setText(translate(
                "SettingsDialog",
                "No camera found. Connect a USB camera and open the settings again, or choose a photo or video "
                "file."))
        else:
            self.camera_state.setText(translate("SettingsDialog",
                                                "The camera starts again with the new choice when you save."))

    # -- the picker ------------------------------------------------------------------------------------------

    @Slot(int)
    def _camera_picked(self, index: int) -> None:
        option = self.camera_picker.itemData(index)
        if isinstance(option, CameraOption) and option.kind == "choose-file":
            self._ask_for_file()
        else:
            self.camera.index_before_file = index

    def _ask_for_file(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES | VIDEO_SUFFIXES))
        dialog = QFileDialog(self, translate("SettingsDialog", "Choose a photo or video"))
        dialog.setObjectName("cameraFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([translate("SettingsDialog", "Photos and videos ({0})").format(patterns),
                               translate("SettingsDialog", "All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.set_camera_file)
        dialog.rejected.connect(lambda: self.camera_picker.setCurrentIndex(self.camera.index_before_file))
        self.file_dialog = dialog
        dialog.open()

    @Slot(str)
    def set_camera_file(self, path: str) -> None:
        """Use a photo or video file instead of a camera (selected in the picker; saved with Save)."""
        for index, option in enumerate(self.camera.options()):
            if option.kind == "file":
                self.camera_picker.removeItem(index)
                break
        position = self.camera_picker.count() - 1  # before "Photo or video file…"
        label = CameraChoice.file_label(path)
        self.camera_picker.insertItem(position, label, CameraOption("file", path, label))
        self.camera_picker.setCurrentIndex(position)
        self.camera.index_before_file = position

    # -- looking for OpenCV cameras --------------------------------------------------------------------------

    def probe_opencv_if_needed(self) -> None:
        """QtMultimedia found no camera: ask OpenCV in a worker (it takes seconds), then fill the picker."""
        choice = self.choice
        if choice.override or choice.opencv_cameras is not None or choice.qt_cameras():
            return
        if self.probing:
            return
        self._probe_handle = self.ops.run_blocking(choice.probe_opencv_cameras, on_success=self._probed,
                                                   quiet=True)
        self._probe_handle.finished.connect(self.update_texts)
        self.update_texts()

    def cancel_probe(self) -> None:
        """Forget a probe still running (the dialog closes)."""
        if self._probe_handle is not None:
            self._probe_handle.cancel()

    def _probed(self, _found: object) -> None:
        selected = self.camera.value()
        untouched = self.field_set.untouched("camera")
        self.camera.show_value(selected if selected is not None else self.choice.current_key())
        if untouched:  # the camera the settings already mean, now with a name: not a change to save
            self.field_set.settle("camera")
        self.update_texts()
