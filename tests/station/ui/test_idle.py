"""The idle lock's watch: input anywhere keeps the station open; silence for the set time fires once."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from facestation.station.ui.idle import IdleWatch


def test_fires_once_after_the_set_time_without_input(qtbot: Any) -> None:
    watch = IdleWatch(1)
    fired: list[float] = []
    watch.idle.connect(lambda: fired.append(time.monotonic()))
    started = time.monotonic()
    watch.start()
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    assert 0.9 <= fired[0] - started < 2.5
    assert not watch.watching  # locked: nothing more until the next sign-in starts it again
    qtbot.wait(1300)
    assert len(fired) == 1


def test_key_presses_anywhere_keep_it_open(qtbot: Any) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watch = IdleWatch(1)
    fired: list[bool] = []
    watch.idle.connect(lambda: fired.append(True))
    watch.start()
    for _ in range(4):  # 4 x 0.5 s of typing: longer than the timeout
        qtbot.wait(500)
        qtbot.keyClick(field, Qt.Key.Key_A)
    assert fired == [] and field.text() == "aaaa"
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    watch.stop()


def test_zero_means_never_and_stop_ends_the_watch(qtbot: Any) -> None:
    watch = IdleWatch(0)
    fired: list[bool] = []
    watch.idle.connect(lambda: fired.append(True))
    watch.start()
    assert watch.remaining_ms() == -1
    watch.set_timeout(1)
    assert watch.remaining_ms() > 0
    watch.stop()
    qtbot.wait(1300)
    assert fired == []
