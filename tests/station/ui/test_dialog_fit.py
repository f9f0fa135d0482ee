"""Dialogs that fit a 1024x768 screen, in English and Spanish: the ones a receptionist meets (first run, sign-in,
Settings with its PIN gate and every section, the pending changes, importing people). Each opens no larger than
the screen, and at that size has no clipped or cut text, no overlapping siblings and nothing sticking out of its
parent (the same checks as the main window's: tests/station/fit_checks.py). The pictures go to the
`screenshots` folder (dialog-fit-<language>-<dialog>.png) to look at."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QWidget

from facestation.station.core.audit import AuditLog
from facestation.station.core.outbox import Outbox
from facestation.station.core.session import SetupResult
from facestation.station.ui.dialogs.first_run import FirstRunDialog
from facestation.station.ui.dialogs.import_people import ImportPeopleDialog
from facestation.station.ui.dialogs.pending import PendingDialog
from facestation.station.ui.dialogs.settings import SettingsDialog
from facestation.station.ui.dialogs.sign_in import SignInDialog
from facestation.station.ui.translations import install_translation
from tests.station.fit_checks import FitChecks

SCREEN = QSize(1024, 768)

# Named exclusions, each with why (faults in files this slice does not own are listed for their owners).
CLIPPING_EXCLUSIONS: dict[str, str] = {}
OVERLAP_EXCLUSIONS: dict[str, str] = {}
OUTSIDE_EXCLUSIONS: dict[str, str] = {}
CHECKS = FitChecks(clipping=CLIPPING_EXCLUSIONS, overlap=OVERLAP_EXCLUSIONS, outside=OUTSIDE_EXCLUSIONS)


@pytest.fixture
def english_then_back(qapp: Any) -> Iterator[None]:
    yield
    install_translation("en")


@pytest.fixture
def desk_context(station_context: Any, tmp_path: Path) -> Iterator[Any]:
    """The signed-in station with a queue file and an activity log of its own (the pending dialog reads them)."""
    outbox = Outbox(tmp_path / "queue.sqlite3", os.urandom(32))
    audit = AuditLog(tmp_path / "audit.sqlite3")
    station_context.outbox, station_context.audit = outbox, audit
    yield station_context
    outbox.close()
    audit.close()


class Looker:
    """Shows a dialog as a 1024x768 screen would, saves its picture and collects what does not fit."""

    def __init__(self, qtbot: Any, language: str, screenshots: Path) -> None:
        self.qtbot, self.language, self.screenshots = qtbot, language, screenshots
        self.problems: list[str] = []

    def open(self, dialog: QDialog) -> QDialog:
        self.qtbot.addWidget(dialog)
        dialog.show()
        if dialog.width() > SCREEN.width() or dialog.height() > SCREEN.height():
            self.problems.append(f"{type(dialog).__name__} opens at {dialog.width()}x{dialog.height()}, larger "
                                 f"than a {SCREEN.width()}x{SCREEN.height()} screen")
        dialog.resize(dialog.size().boundedTo(SCREEN))
        return dialog

    def look(self, dialog: QWidget, name: str) -> None:
        self.qtbot.wait(120)
        dialog.grab().save(str(self.screenshots / f"dialog-fit-{self.language}-{name}.png"))
        where = f"{self.language} {name} {dialog.width()}x{dialog.height()}"
        self.problems += [f"{where}: {problem}" for problem in CHECKS.problems(dialog)]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_desk_dialogs_fit_a_1024x768_screen(language: str, english_then_back: None, themed: None, qtbot: Any,
                                                 desk_context: Any, make_session: Callable[..., Any],
                                                 screenshots: Path) -> None:
    assert install_translation(language) or language == "en"
    looker = Looker(qtbot, language, screenshots)
    context, session, ops = desk_context, desk_context.session, desk_context.ops

    first_run = looker.open(FirstRunDialog(make_session(), ops))
    looker.look(first_run, "first-run-choice")
    first_run.choose_local()
    looker.look(first_run, "first-run-local")
    first_run.choose_hosted()
    looker.look(first_run, "first-run-hosted")
    # The longest "ready" page: set up, with the warning that the secret is kept in a file (no keyring).
    first_run._setup_done(SetupResult(kind="local", base_url="http://127.0.0.1:8000/api", secrets_fallback=True,
                                      secrets_location="/home/reception/.config/facestation/secrets.enc"))
    looker.look(first_run, "first-run-done")
    first_run.close()

    sign_in = looker.open(SignInDialog(session, ops))
    looker.look(sign_in, "sign-in")
    sign_in.close()

    settings = looker.open(SettingsDialog(session, ops))
    looker.look(settings, "settings-pin")
    settings.unlock()  # as a right PIN does
    for section in settings.section_pages:
        settings.show_section(section)
        looker.look(settings, f"settings-{section}")
    settings.close()

    pending = PendingDialog(context)
    with qtbot.waitSignal(pending.loaded, timeout=10_000):
        looker.open(pending)
    looker.look(pending, "pending")
    pending.close()

    importer = looker.open(ImportPeopleDialog(context))
    looker.look(importer, "import-people")
    importer.close()

    assert not looker.problems, "\n".join(looker.problems)
