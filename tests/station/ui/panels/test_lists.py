"""ListsPanel against the real built-in service: make, rename and delete lists; add and remove people; the
station's catalogue when the server cannot list its lists; sign-out clearing; a screenshot for the docs."""

from __future__ import annotations

import random
import uuid
from pathlib import Path
from typing import Any

import cv2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facestation.api import Capabilities, errors
from facestation.station.ui.panels.lists import (
    ID_ROLE,
    AddPeopleDialog,
    ListDetailsDialog,
    ListsPanel,
)
from facestation.station.ui.theme import BASE_POINT_SIZE, apply_theme, style_sheet
from tests.station.support import wait_until


def unique(text: str) -> str:
    return f"{text} {uuid.uuid4().hex[:8]}"


@pytest.fixture
def portrait_jpeg(compliant_file: Path) -> bytes:
    ok, data = cv2.imencode(".jpg", cv2.imread(str(compliant_file)))
    assert ok
    return data.tobytes()


@pytest.fixture
def panel(station_context: Any, qtbot: Any) -> ListsPanel:
    panel = ListsPanel(station_context)
    qtbot.addWidget(panel)
    panel.resize(1020, 760)
    panel.show()
    return panel


def enrol(run_coro: Any, client: Any, photo: bytes, name: str, surname: str = "Tester",
          number: str | None = None) -> str:
    return run_coro(client.records.create(face_image=photo, name=name, surname1=surname,
                                          external_identifier=number), timeout=30)


def loaded(panel: ListsPanel) -> None:
    """Refresh and wait until the lists (and the chosen list's members) are on screen."""
    panel.refresh()
    wait_until(lambda: not panel.lists_loading)
    wait_until(lambda: panel.selected_id is None or panel.members_loaded)


def list_texts(panel: ListsPanel) -> dict[str, str]:
    view = panel.lists_view
    return {str(view.item(row).data(ID_ROLE)): view.item(row).text() for row in range(view.count())}


def member_texts(panel: ListsPanel) -> list[str]:
    return [panel.members_view.item(row).text() for row in range(panel.members_view.count())]


def create_through_dialog(panel: ListsPanel, name: str, description: str = "") -> str:
    dialog = panel.new_list()
    assert isinstance(dialog, ListDetailsDialog) and dialog.isVisible()
    dialog.name.setText(name)
    dialog.description.setText(description)
    dialog.ok_button.click()
    wait_until(lambda: not dialog.isVisible())
    wait_until(lambda: panel.selected_list is not None and panel.selected_list.name == name
               and panel.members_loaded)
    assert panel.selected_id is not None
    return panel.selected_id


def add_through_dialog(panel: ListsPanel, text: str) -> AddPeopleDialog:
    dialog = panel.add_people()
    assert isinstance(dialog, AddPeopleDialog) and dialog.isVisible()
    dialog.search_field.setText(text)
    dialog.search_button.click()
    wait_until(lambda: dialog.searched)
    return dialog


def test_a_new_list_is_shown_with_nobody_in_it(panel: ListsPanel, station_context: Any, run_coro: Any) -> None:
    loaded(panel)
    assert not panel.catalogue_box.isVisible()  # the built-in service lists its lists
    assert not panel.rename_button.isEnabled() and not panel.add_button.isEnabled()  # nothing chosen yet
    changed: list[bool] = []
    panel.dataChanged.connect(lambda: changed.append(True))
    name = unique("Pool members")
    list_id = create_through_dialog(panel, name, "Members who may use the pool")
    assert changed
    assert list_texts(panel)[list_id] == f"{name}\nnobody yet  ·  Members who may use the pool"
    assert panel.members_view.count() == 0
    assert "Nobody is in this list yet" in panel.members_hint.text()
    assert panel.members_heading.text() == f"Members of “{name}”"
    assert panel.rename_button.isEnabled() and panel.add_button.isEnabled() and not panel.remove_button.isEnabled()
    stored = run_coro(station_context.client.lists.get(list_id))
    assert (stored.name, stored.description) == (name, "Members who may use the pool")


def test_a_name_in_use_or_no_name_is_said_on_the_name_field(panel: ListsPanel, station_context: Any,
                                                            run_coro: Any) -> None:
    name = unique("Staff")
    run_coro(station_context.directory.create_list(name, None))
    loaded(panel)
    dialog = panel.new_list()
    assert dialog is not None
    dialog.ok_button.click()  # no name: said at once, nothing sent
    assert dialog.name_error.isVisible() and dialog.name_error.text() == "Type a name for the list."
    assert dialog.name.property("invalid") is True and not dialog.working
    dialog.name.setText(name)
    dialog.ok_button.click()
    wait_until(lambda: not dialog.working)
    assert dialog.isVisible()  # stays open to try another name
    assert dialog.name_error.text() == f"Another list is already called “{name}”. Choose a different name."
    assert dialog.name.property("invalid") is True
    assert not dialog.error.isVisible()
    dialog.name.textEdited.emit("x")  # typing clears the complaint
    assert not dialog.name_error.isVisible()
    dialog.reject()
    assert [item.name for item in panel.lists].count(name) == 1


def test_rename_and_describe_are_saved_on_the_server(panel: ListsPanel, station_context: Any,
                                                     run_coro: Any) -> None:
    list_id = run_coro(station_context.directory.create_list(unique("Visitors"), None))
    loaded(panel)
    assert panel.select_list(list_id)
    dialog = panel.rename_list()
    assert dialog is not None and dialog.name.text() == panel.selected_list.name
    assert dialog.description.text() == "" and dialog.ok_button.text() == "Save"
    new_name = unique("Day visitors")
    dialog.name.setText(new_name)
    dialog.description.setText("Signed in at the front desk today")
    dialog.ok_button.click()
    wait_until(lambda: not dialog.isVisible())
    stored = run_coro(station_context.client.lists.get(list_id))
    assert (stored.name, stored.description) == (new_name, "Signed in at the front desk today")
    wait_until(lambda: list_texts(panel).get(list_id, "").startswith(new_name + "\n"))
    assert panel.selected_id == list_id and panel.members_heading.text() == f"Members of “{new_name}”"
    assert panel.list_description.text() == "Signed in at the front desk today"

    # Only the description: the unchanged name is no clash with itself; an empty description clears it.
    dialog = panel.rename_list()
    assert dialog is not None and dialog.description.text() == "Signed in at the front desk today"
    dialog.description.setText("")
    dialog.ok_button.click()
    wait_until(lambda: not dialog.isVisible())
    assert run_coro(station_context.client.lists.get(list_id)).description in (None, "")
    wait_until(lambda: not panel.list_description.isVisible())


def test_add_a_person_then_remove_them(panel: ListsPanel, station_context: Any, run_coro: Any,
                                       portrait_jpeg: bytes) -> None:
    client = station_context.client
    surname = unique("Lovelace").replace(" ", "")
    number = unique("M").replace(" ", "-")
    record_id = enrol(run_coro, client, portrait_jpeg, "Ada", surname, number)
    list_id = run_coro(station_context.directory.create_list(unique("Staff"), None))
    loaded(panel)
    assert panel.select_list(list_id)
    wait_until(lambda: panel.members_loaded)
    changed: list[bool] = []
    panel.dataChanged.connect(lambda: changed.append(True))

    dialog = add_through_dialog(panel, surname)  # by name: the built-in service can search
    assert dialog.can_search and dialog.results.count() == 1
    item = dialog.results.item(0)
    assert item.text() == f"Ada {surname}   ·   No. {number}"
    assert item.isSelected()  # the only one found is chosen already
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    wait_until(lambda: not dialog.isVisible())
    wait_until(lambda: member_texts(panel) == [f"Ada {surname}   ·   No. {number}"])
    assert changed
    wait_until(lambda: "1 person" in list_texts(panel)[list_id])
    assert panel.members_hint.text().startswith("1 person in this list.")
    assert [r.identifier for r in run_coro(client.lists.members(list_id)).records] == [record_id]

    # Someone already in the list cannot be chosen again.
    again = add_through_dialog(panel, surname)
    assert "(already in this list)" in again.results.item(0).text()
    assert not again.ok_button.isEnabled()
    again.reject()

    assert not panel.remove_button.isEnabled()
    panel.members_view.item(0).setSelected(True)
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    wait_until(lambda: panel.members_loaded and panel.members_view.count() == 0)
    wait_until(lambda: "nobody yet" in list_texts(panel)[list_id])
    assert run_coro(client.lists.members(list_id)).total == 0
    assert run_coro(client.records.get(record_id)).identifier == record_id  # still enrolled


def test_nobody_found_is_said_in_the_dialog(panel: ListsPanel, station_context: Any, run_coro: Any) -> None:
    list_id = run_coro(station_context.directory.create_list(unique("Empty search"), None))
    loaded(panel)
    assert panel.select_list(list_id)
    dialog = add_through_dialog(panel, unique("Nobody-called"))
    assert dialog.results.count() == 0
    assert dialog.found.text().startswith("Nobody found.")
    dialog.ok_button.click()  # disabled: nothing happens
    assert dialog.isVisible()
    dialog.reject()


def test_delete_asks_first_and_the_people_stay(panel: ListsPanel, station_context: Any, run_coro: Any,
                                               portrait_jpeg: bytes) -> None:
    client = station_context.client
    name = unique("Old members")
    list_id = run_coro(station_context.directory.create_list(name, None))
    record_id = enrol(run_coro, client, portrait_jpeg, "Grace", unique("Hopper"))
    run_coro(station_context.directory.add_member(list_id, record_id, label="Grace"))
    loaded(panel)
    assert panel.select_list(list_id)
    wait_until(lambda: panel.members_loaded and panel.members_view.count() == 1)

    box = panel.delete_list()  # first "Keep it": nothing happens
    assert box is not None and box.isVisible()
    assert box.text() == f"Delete the list “{name}”?"
    assert "The person in it stays enrolled: only the list goes." in box.informativeText()
    assert box.defaultButton() is not panel.delete_button  # Enter keeps the list
    box.defaultButton().click()
    wait_until(lambda: not box.isVisible())
    QApplication.processEvents()
    assert run_coro(client.lists.get(list_id)).name == name

    box = panel.delete_list()
    assert box is not None and panel.delete_button is not None
    panel.delete_button.click()
    wait_until(lambda: list_id not in list_texts(panel))
    with pytest.raises(errors.NotFoundError):
        run_coro(client.lists.get(list_id))
    assert run_coro(client.records.get(record_id)).identifier == record_id
    assert panel.selected_id is None and panel.members_view.count() == 0
    assert panel.members_heading.text() == "Members"


def test_show_more_pages_through_the_members(panel: ListsPanel, station_context: Any, run_coro: Any,
                                             portrait_jpeg: bytes) -> None:
    list_id = run_coro(station_context.directory.create_list(unique("Big list"), None))
    for index in range(3):
        record_id = enrol(run_coro, station_context.client, portrait_jpeg, f"Person{index}", unique("Paged"))
        run_coro(station_context.directory.add_member(list_id, record_id))
    panel.page_size = 2
    loaded(panel)
    assert panel.select_list(list_id)
    wait_until(lambda: panel.members_loaded)
    assert panel.members_view.count() == 2 and panel.more_button.isVisible()
    assert panel.members_hint.text().startswith("Showing 2 of 3 people.")
    panel.more_button.click()
    wait_until(lambda: panel.members_view.count() == 3)
    assert not panel.more_button.isVisible()
    assert len({record.identifier for record in panel.members}) == 3


def test_without_list_extensions_the_station_shows_what_it_made(panel: ListsPanel, station_context: Any,
                                                                run_coro: Any, portrait_jpeg: bytes) -> None:
    client = station_context.client
    elsewhere = run_coro(client.lists.create(name=unique("Made elsewhere")))  # not in this station's catalogue
    client._capabilities = Capabilities()  # a server without the extensions, like the hosted service
    loaded(panel)
    assert panel.catalogue_box.isVisible()
    assert panel.catalogue_note.text() == ("This service cannot list its lists: shown are the lists this station "
                                           "created or opened, and the people this station added.")
    assert elsewhere not in list_texts(panel)
    name = unique("Front desk")
    list_id = create_through_dialog(panel, name)
    assert list_id in list_texts(panel) and elsewhere not in list_texts(panel)

    # No search: the exact member number finds the person.
    number = unique("C").replace(" ", "-")
    record_id = enrol(run_coro, client, portrait_jpeg, "Katherine", unique("Johnson"), number)
    dialog = panel.add_people()
    assert dialog is not None and not dialog.can_search
    assert dialog.search_button.text() == "&Find"
    dialog.search_field.setText("no-such-number-" + uuid.uuid4().hex)
    dialog.search_button.click()
    wait_until(lambda: dialog.searched)
    assert dialog.found.text().startswith("Nobody has this member number")
    dialog.search_field.setText(number)
    dialog.search_button.click()
    wait_until(lambda: dialog.results.count() == 1)
    dialog.ok_button.click()
    wait_until(lambda: not dialog.isVisible())
    wait_until(lambda: len(panel.members) == 1 and panel.members[0].identifier == record_id)
    assert "Only the people added at this station are shown." in panel.members_hint.text()
    wait_until(lambda: "1 person" in list_texts(panel)[list_id])

    # Removing needs an extension this server lacks: a readable sentence, the person stays shown.
    panel.members_view.item(0).setSelected(True)
    panel.remove_button.click()
    wait_until(lambda: panel.members_error.isVisible())
    assert panel.members_error.text().startswith("People cannot be taken out of a list on this service.")
    assert "does not offer this feature" in panel.members_error.text()
    assert panel.members_view.count() == 1

    # A delete that fails (here: the session ended) says so, and the station keeps the list in its catalogue.
    tokens, client._tokens = client._tokens, None
    try:
        box = panel.delete_list()
        assert box is not None and panel.delete_button is not None
        panel.delete_button.click()
        wait_until(lambda: panel.lists_error.isVisible())
    finally:
        client._tokens = tokens
    assert panel.lists_error.text().startswith("The list was not deleted.")
    assert station_context.directory.catalogue.get(list_id) is not None
    loaded(panel)
    assert list_id in list_texts(panel) and not panel.lists_error.isVisible()

    # A list made elsewhere comes in by its id; a wrong id is said on the field.
    opener = panel.open_list_by_id()
    assert opener is not None
    opener.identifier.setText(str(uuid.uuid4()))
    opener.ok_button.click()
    wait_until(lambda: opener.identifier_error.isVisible())
    assert opener.identifier_error.text().startswith("The service has no list with this id.")
    opener.identifier.setText(elsewhere)
    opener.ok_button.click()
    wait_until(lambda: not opener.isVisible())
    wait_until(lambda: elsewhere in list_texts(panel) and panel.selected_id == elsewhere)


def test_clear_personal_data_leaves_no_member_on_screen(panel: ListsPanel, station_context: Any, run_coro: Any,
                                                        portrait_jpeg: bytes) -> None:
    list_id = run_coro(station_context.directory.create_list(unique("Private"), None))
    surname = unique("Secret").replace(" ", "")
    record_id = enrol(run_coro, station_context.client, portrait_jpeg, "Alan", surname, unique("S").replace(" ", ""))
    run_coro(station_context.directory.add_member(list_id, record_id))
    loaded(panel)
    assert panel.select_list(list_id)
    wait_until(lambda: panel.members_view.count() == 1)
    dialog = add_through_dialog(panel, surname)
    panel.clear_personal_data()
    assert not dialog.isVisible() and panel.add_dialog is None
    assert panel.members_view.count() == 0 and panel.members == []
    assert panel.selected_id is None and panel.lists_view.currentItem() is None
    assert not panel.lists_view.selectedItems()
    assert panel.members_heading.text() == "Members" and not panel.list_description.isVisible()
    for label in (panel.members_hint, panel.members_error, panel.members_heading, panel.list_description):
        assert surname not in label.text()
    assert not panel.more_button.isVisible() and not panel.remove_button.isEnabled()
    # Refreshing after the lock shows the lists again, nothing chosen.
    loaded(panel)
    assert list_id in list_texts(panel) and panel.selected_id is None and panel.members_view.count() == 0


# -- screenshot ---------------------------------------------------------------------------------------------


def test_screenshot_of_a_list_with_members(station_context: Any, run_coro: Any, portrait_jpeg: bytes,
                                           screenshots: Path, qtbot: Any) -> None:
    directory = station_context.directory
    existing = {item.name for item in run_coro(directory.all_lists())}

    def fresh(name: str) -> str:
        return name if name not in existing else unique(name)

    lists = {}
    for name, description in (("Pool members", "Members who may use the pool and sauna"),
                              ("Staff", "Everyone who works at the club"),
                              ("Personal trainers", None)):
        lists[name] = run_coro(directory.create_list(fresh(name), description))
    people = [("Ada", "Lovelace"), ("Grace", "Hopper"), ("Katherine", "Johnson"), ("Alan", "Turing"),
              ("Margaret", "Hamilton")]
    for index, (first, surname) in enumerate(people):
        record_id = enrol(run_coro, station_context.client, portrait_jpeg, first, surname,
                          f"M-{random.randint(10000, 99999)}")
        run_coro(directory.add_member(lists["Pool members"], record_id, label=first))
        if index < 2:
            run_coro(directory.add_member(lists["Staff"], record_id, label=first))

    app_font = QApplication.font()
    font = QApplication.font()
    font.setPointSize(BASE_POINT_SIZE)  # the station's type size, as apply_theme sets it (restored below)
    QApplication.setFont(font)
    try:
        take_screenshots(station_context, screenshots, qtbot, lists, len(people))
    finally:
        QApplication.setFont(app_font)


def save_high_contrast(panel: ListsPanel, path: Path) -> None:
    """The panel in the application's high-contrast theme (its own light sheet set aside meanwhile)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    own, app_sheet, app_font = panel.styleSheet(), app.styleSheet(), app.font()
    panel.setStyleSheet("")
    apply_theme(app, "high-contrast")
    try:
        QApplication.processEvents()
        panel.grab().save(str(path))
        assert path.stat().st_size > 10_000
    finally:
        apply_theme(app, "light")
        app.setStyleSheet(app_sheet)
        app.setFont(app_font)
        panel.setStyleSheet(own)
        QApplication.processEvents()


def take_screenshots(station_context: Any, screenshots: Path, qtbot: Any, lists: dict[str, str],
                     people: int) -> None:
    panel = ListsPanel(station_context)
    qtbot.addWidget(panel)
    panel.setStyleSheet(style_sheet("light"))
    panel.setAutoFillBackground(True)
    panel.resize(1020, 760)
    panel.show()
    loaded(panel)
    assert panel.select_list(lists["Pool members"])
    wait_until(lambda: panel.members_loaded and panel.members_view.count() == people)
    panel.members_view.item(1).setSelected(True)
    QApplication.processEvents()
    panel.grab().save(str(screenshots / "panel-lists.png"))
    assert panel.lists_heading.property("role") == "heading" and panel.lists_heading.font().bold()
    save_high_contrast(panel, screenshots / "panel-lists-high-contrast.png")

    assert panel.select_list(lists["Staff"])
    wait_until(lambda: panel.members_loaded and panel.members_view.count() == 2)
    dialog = add_through_dialog(panel, "a")
    assert dialog.results.count() >= 3
    for row in range(dialog.results.count()):
        item = dialog.results.item(row)
        if item.text().startswith("Katherine Johnson"):
            item.setSelected(True)
    dialog.resize(700, 620)
    QApplication.processEvents()
    dialog.grab().save(str(screenshots / "panel-lists-add-person.png"))
    dialog.reject()

    details = panel.new_list()
    assert details is not None
    details.name.setText(panel.selected_list.name)
    details.ok_button.click()
    wait_until(lambda: details.name_error.isVisible())
    QApplication.processEvents()
    details.grab().save(str(screenshots / "panel-lists-name-taken.png"))
    details.reject()

    station_context.client._capabilities = Capabilities()  # the hosted service's view
    loaded(panel)
    wait_until(lambda: panel.catalogue_box.isVisible() and panel.members_loaded and not panel.members_exact)
    QApplication.processEvents()
    panel.grab().save(str(screenshots / "panel-lists-catalogue.png"))


def test_tab_goes_through_the_page_in_reading_order(panel: ListsPanel) -> None:
    chain, widget = [], panel.lists_view
    while len(chain) < 30:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and panel.isAncestorOf(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is panel.lists_view:
            break
    wanted = [panel.lists_view, panel.new_button, panel.rename_button, panel.delete_list_button,
              panel.members_view, panel.more_button, panel.remove_button, panel.add_button, panel.open_button]
    assert [item for item in chain if item in wanted] == wanted
    for button in (panel.new_button, panel.add_button):
        assert button.minimumHeight() >= 64
    for button in (panel.rename_button, panel.delete_list_button, panel.remove_button, panel.more_button):
        assert button.minimumHeight() >= 48
