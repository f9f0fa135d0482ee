"""Render the station's first slice to PNG files (offscreen), for the README and for a look before shipping.

    python scripts/station_screenshots.py [--out docs/screenshots]

Writes station-first-run.png (the two choices), station-first-run-local.png (the operator form),
station-first-run-done.png (ready, with the keyring warning), station-sign-in.png (after a wrong password),
station-main-window.png (signed in, connected) and station-main-window-restarting.png (the service restarting,
the hour's budget nearly used). Nothing real is touched: settings and secrets go to a temporary folder, and no
service is started (the session is a stand-in that reports a signed-in operator).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from facestation.api import BudgetStatus  # noqa: E402
from facestation.station.config import StationConfig  # noqa: E402
from facestation.station.credentials import SecretStore  # noqa: E402
from facestation.station.dialogs.first_run import FirstRunDialog  # noqa: E402
from facestation.station.dialogs.sign_in import SignInDialog  # noqa: E402
from facestation.station.main_window import MainWindow  # noqa: E402
from facestation.station.ops import Operations  # noqa: E402
from facestation.station.session import Session, SetupResult  # noqa: E402
from facestation.station.theme import apply_theme  # noqa: E402


class PictureSession(Session):
    """A session that looks signed in to a running built-in service, without one."""

    signed_in_as: str | None = None
    expires_at: float | None = None

    @property
    def ready(self) -> bool:
        return True

    @property
    def operator(self) -> str | None:
        return self.signed_in_as

    @property
    def base_url(self) -> str | None:
        return "http://127.0.0.1:51234/api" if self.kind == "local" else self.config.hosted_endpoint

    def token_expires_at(self) -> float | None:
        return self.expires_at


def settle(widget: QWidget) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, out: Path, name: str) -> Path:
    settle(widget)
    path = out / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, "light")

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        config = StationConfig()
        session = PictureSession(config, SecretStore(folder / "secrets", use_keyring=False),
                                 config_path=folder / "station.json", budget_dir=folder / "budget")
        ops = Operations()

        first_run = FirstRunDialog(session, ops)
        save(first_run, out, "station-first-run.png")

        first_run.choose_local()
        first_run.username.setText("reception")
        for field in (first_run.password, first_run.password_repeat):
            field.setText("correct-horse-7")
        for field in (first_run.local_pin, first_run.local_pin_repeat):
            field.setText("2468")
        save(first_run, out, "station-first-run-local.png")

        config.server_kind, config.client_id, config.operator_username = "local", "facestation-station", "reception"
        first_run._setup_done(SetupResult("local", "http://127.0.0.1:51234/api", True,
                                          str(session.secrets.secrets_path)))
        save(first_run, out, "station-first-run-done.png")
        first_run.close()

        sign_in = SignInDialog(session, ops)
        sign_in.reset()
        sign_in.password.setText("wrong")
        sign_in.password.clear()
        sign_in.message.setText(sign_in.tr(
            "The user name or password is not right. Check them (capital letters count) and try again."))
        sign_in.message.setVisible(True)
        save(sign_in, out, "station-sign-in.png")
        sign_in.close()

        session.signed_in_as = "reception"
        session.expires_at = time.time() + 3300
        window = MainWindow(session, ops)
        window.set_connection("ok")
        window.set_budget(BudgetStatus(limit=3600, used=412, remaining=3188, retry_after=0))
        window.refresh_session_info()
        save(window, out, "station-main-window.png")

        window.set_connection("unreachable", "The built-in service stopped answering; the station is restarting it.")
        window.set_budget(BudgetStatus(limit=3600, used=3050, remaining=550, retry_after=0))
        window.nav_buttons["verify"].click()
        window.nav_buttons["verify"].setFocus()  # as a real click leaves it
        save(window, out, "station-main-window-restarting.png")
        window.allow_close()
        window.close()
        ops.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
