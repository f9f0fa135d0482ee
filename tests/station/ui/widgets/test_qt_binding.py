"""The Qt binding must not corrupt reference counts: the camera preview calls Python from Qt dozens of times a
second, so a binding that drops one reference per call aborts the station within minutes ("Fatal Python
error: bool_dealloc / none_dealloc"). PySide6 6.12.0 does both; 6.11.3 does neither.

Each test makes a few dozen calls, measures, and gives back what a broken binding took, so that a failing
check reports the problem instead of crashing the test run."""

from __future__ import annotations

import ctypes
import sys

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

CALLS = 40
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Sender(QObject):
    ping = Signal(object)


def _give_back(obj: object, lost: int) -> None:
    for _ in range(max(0, lost)):
        _incref(obj)


def test_emit_keeps_the_reference_count_of_its_result(qapp) -> None:
    sender = _Sender()
    received: list[object] = []
    sender.ping.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        sender.ping.emit(1)
    lost = before - sys.getrefcount(True)
    _give_back(True, lost)
    assert lost < CALLS // 2, (
        f"PySide6 {PySide6.__version__}: SignalInstance.emit() dropped {lost} references to True in {CALLS} "
        "emits; a running station aborts with 'bool_dealloc'. Install another PySide6 (6.11.3 works).")


def test_calls_from_qt_keep_the_reference_count_of_the_slot_result(qapp) -> None:
    calls = [0]
    timer = QTimer()
    timer.setInterval(0)

    def tick() -> None:  # returns None, like every slot
        calls[0] += 1
        if calls[0] >= CALLS:
            timer.stop()

    timer.timeout.connect(tick)
    before = sys.getrefcount(None)
    timer.start()
    while calls[0] < CALLS:
        QCoreApplication.processEvents()
    lost = before - sys.getrefcount(None)
    _give_back(None, lost)
    assert lost < CALLS // 2, (
        f"PySide6 {PySide6.__version__}: {CALLS} calls from Qt into Python dropped {lost} references to None; "
        "a running station aborts with 'none_dealloc'. Install another PySide6 (6.11.3 works).")
