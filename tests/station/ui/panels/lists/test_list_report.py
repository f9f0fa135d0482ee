"""The Lists page's side of per-list calibration (issue 19) against the real built-in service: the estimate in
words (and its raised threshold under a strict target), the possible duplicates (the same photo enrolled twice:
shown, "Not the same person" removes it for good, "Open" reaches the record on Records), and a server without
the extension (the hosted service) showing neither."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import cv2
import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from facestation.api import Capabilities
from facestation.station.ui.main_window import MainWindow
from facestation.station.ui.panels.lists import ListsPanel
from facestation.station.ui.panels.lists.duplicates import DuplicatesDialog
from tests.station.fit_checks import FitChecks
from tests.station.support import wait_until
from tests.support import portraits


def jpeg(image: Any) -> bytes:
    ok, data = cv2.imencode(".jpg", image)
    assert ok
    return data.tobytes()


@pytest.fixture
def people(station_context: Any, run_coro: Any) -> dict[str, str]:
    """A list of three: Grace Hopper twice (one person under two member numbers) and Eileen Collins."""
    client, tag = station_context.client, uuid.uuid4().hex[:6]
    list_id = run_coro(client.lists.create(name=f"Pool {tag}", description=None))
    grace, eileen = jpeg(portraits.grace_hopper()), jpeg(portraits.astronaut())

    def enrol(photo: bytes, surname: str, number: str) -> str:
        return str(run_coro(client.records.create(face_image=photo, name="Grace" if photo is grace else "Eileen",
                                                  surname1=surname, external_identifier=f"{number}-{tag}",
                                                  face_list_id=list_id), timeout=30))

    return {"list": list_id, "grace": enrol(grace, "Hopper", "M-1906"),
            "grace again": enrol(grace, "Hopper", "M-2001"), "eileen": enrol(eileen, "Collins", "M-1956")}


@pytest.fixture
def strict_target(station_context: Any, run_coro: Any) -> Iterator[None]:
    """1 stranger in 10 million: the list's thresholds go up. The shared service's default comes back after."""
    run_coro(station_context.client.lists.set_calibration_target(1e-7))
    yield
    run_coro(station_context.client.lists.set_calibration_target(None))


@pytest.fixture
def loose_target(station_context: Any, run_coro: Any) -> Iterator[None]:
    """1 stranger in 10: three members keep the global thresholds. The default comes back after."""
    run_coro(station_context.client.lists.set_calibration_target(0.1))
    yield
    run_coro(station_context.client.lists.set_calibration_target(None))


@pytest.fixture
def panel(station_context: Any, qtbot: Any) -> ListsPanel:
    panel = ListsPanel(station_context)
    qtbot.addWidget(panel)
    panel.resize(1020, 760)
    panel.show()
    return panel


def chosen(panel: ListsPanel, list_id: str) -> None:
    """Load the lists, choose `list_id` and wait for its members and its report."""
    panel.refresh()
    wait_until(lambda: not panel.lists_loading)
    assert panel.select_list(list_id)
    wait_until(lambda: panel.members_loaded and not panel.report_line.loading, 30)


def test_the_estimate_is_said_in_plain_words(panel: ListsPanel, people: dict[str, str], loose_target: None) -> None:
    chosen(panel, people["list"])
    estimate = panel.report_line.estimate
    assert estimate.isVisible()
    assert "strangers would be matched to someone in this list." in estimate.text()
    assert "(Estimated from reference photos until the list has more members.)" in estimate.text()  # 3 members
    assert "needs a confidence" not in estimate.text()  # at 1 in 10, three members keep the global 75
    button = panel.report_line.duplicates_button
    assert button.isVisible() and button.isEnabled() and button.text() == "Possible &duplicates (1)"


def test_a_strict_target_raises_the_confidence_a_match_needs(panel: ListsPanel, people: dict[str, str],
                                                             strict_target: None) -> None:
    chosen(panel, people["list"])
    text = panel.report_line.estimate.text()
    assert "So a match here needs a confidence of " in text and " or more (75 elsewhere)." in text
    needed = int(text.split("needs a confidence of ")[1].split(" ")[0])
    assert needed > 75


def test_not_the_same_person_removes_the_pair_for_good(panel: ListsPanel, people: dict[str, str],
                                                       station_context: Any, run_coro: Any) -> None:
    logged: list[tuple[str, dict[str, Any]]] = []
    station_context.log_activity = lambda action, **entry: logged.append((action, entry))
    chosen(panel, people["list"])
    dialog = panel.show_duplicates()
    assert isinstance(dialog, DuplicatesDialog)
    wait_until(lambda: dialog.loaded, 30)
    pair = tuple(sorted((people["grace"], people["grace again"])))
    assert dialog.shown_pairs() == [pair]
    row = dialog.rows[pair]
    assert row.sureness.text().startswith("Very likely the same person (confidence ")
    cards = [row.cards[people["grace"]], row.cards[people["grace again"]]]
    assert [card.name.text() for card in cards] == ["Grace Hopper", "Grace Hopper"]
    assert cards[0].number.text().startswith("No. M-1906-") and cards[1].number.text().startswith("No. M-2001-")
    assert all(not card.photo.pixmap().isNull() for card in cards)
    assert cards[0].open_button.text() == "Open Grace Hopper"
    assert not dialog.empty.isVisible()

    row.not_same_button.click()
    wait_until(lambda: not dialog.rows)
    assert dialog.empty.isVisible() and dialog.empty.text() == "No one in this list looks enrolled twice."
    assert panel.report_line.duplicates_button.text() == "Possible &duplicates (0)"
    assert not panel.report_line.duplicates_button.isEnabled()
    assert logged == [("list_update", {"record_ids": list(pair), "list_ids": [people["list"]],
                                       "details": {"change": "not_same_person"}})]
    dialog.close_button.click()
    wait_until(lambda: not dialog.isVisible())

    report = run_coro(station_context.client.lists.report(people["list"]))
    assert report.possible_duplicates == [] and report.possible_duplicates_total == 0
    chosen(panel, people["list"])  # reloaded from the service: still gone
    assert panel.report_line.duplicates_button.text() == "Possible &duplicates (0)"
    again = DuplicatesDialog(panel.ops, station_context.client, panel.selected_list, parent=panel)
    wait_until(lambda: again.loaded, 30)
    assert not again.rows and again.empty.text() == "No one in this list looks enrolled twice."
    again.reject()


def test_open_shows_the_record_on_the_records_page(station_context: Any, people: dict[str, str],
                                                   qtbot: Any) -> None:
    window = MainWindow(station_context.session, station_context.ops, context=station_context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_page("lists")
    lists = window.page_widgets["lists"]
    assert isinstance(lists, ListsPanel)
    wait_until(lambda: bool(lists.lists), 20)
    lists.select_list(people["list"])
    wait_until(lambda: lists.members_loaded and lists.report_line.report is not None, 30)
    dialog = lists.show_duplicates()
    assert dialog is not None
    wait_until(lambda: dialog.loaded, 30)
    [row] = dialog.rows.values()
    row.cards[people["grace again"]].open_button.click()
    wait_until(lambda: not dialog.isVisible())
    records = window.page_widgets["records"]
    assert window.current_page_name == "records"
    wait_until(lambda: records.record is not None and records.record.identifier == people["grace again"]
               and not records.busy, 20)
    window.clear_personal_data()
    window.allow_close()


def test_a_server_without_the_extension_shows_neither(panel: ListsPanel, people: dict[str, str],
                                                      station_context: Any) -> None:
    station_context.client._capabilities = Capabilities(True, True, True, True, True)  # all but the report
    chosen(panel, people["list"])
    QApplication.processEvents()
    assert not panel.report_line.estimate.isVisible() and panel.report_line.estimate.text() == ""
    assert not panel.report_line.duplicates_button.isVisible()


def test_the_duplicates_view_fits_a_1024x768_screen(station_context: Any, people: dict[str, str], qtbot: Any,
                                                    themed: None, screenshots: Any) -> None:
    """Opened from a 1024x768 window: no larger than the screen, nothing clipped, overlapping or outside."""
    window = ListsPanel(station_context)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    chosen(window, people["list"])
    dialog = window.show_duplicates()
    assert dialog is not None
    wait_until(lambda: dialog.loaded, 30)
    assert dialog.width() <= 1024 and dialog.height() <= 768
    qtbot.wait(120)
    dialog.grab().save(str(screenshots / "panel-lists-duplicates-1024x768.png"))
    assert FitChecks().problems(dialog) == []
    dialog.fit_to(QSize(1920, 1080))
    assert dialog.width() > 1024  # a larger screen gets a larger view
    dialog.reject()
