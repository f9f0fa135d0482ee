"""Render every screen of the station to PNG files (offscreen), for the README and for a look before shipping.

    python scripts/station_screenshots.py [--out docs/screenshots] [--no-panel-tests] [--liveness-only]
                                          [--lists-only] [--language en --language es]

Writes station-first-run.png (the two choices), station-first-run-local.png (the operator form),
station-first-run-done.png (ready, with the keyring warning) and station-sign-in.png (after a wrong password)
from a stand-in session; then starts a real built-in service in a temporary folder, enrols a few people and
writes the main window on each page in a realistic state: station-enrol.png (portrait auto-captured from a
replayed camera, form filled in), station-verify.png (a match), station-records.png, station-lists.png and
station-main-window-restarting.png (the service restarting, the hour's budget nearly used), and
station-enrol-WxH[-es].png (the Enrol page live at 1024x768, 1366x768 and 1920x1080, English and Spanish).
Then the liveness check on Verify (issue 18) at the three sizes, English and Spanish:
station-liveness-prompt-WxH[-es].png (a prompt on the banner), station-liveness-live-WxH[-es].png ("Live
person: confirmed") and station-liveness-refused-WxH[-es].png ("Could not confirm a live person: try again"),
driven by synthetic head landmarks placed on the captured face (tests.station.liveness_sitting); with
--liveness-only nothing else is written. Then the Lists page's side of per-list calibration (issue 19) at the
three sizes: station-lists-estimate-WxH[-es].png (a list chosen, the estimate in words under its name) and
station-lists-duplicates-WxH[-es].png (its possible duplicates: two people each enrolled twice) and
station-verify-list-review-WxH[-es].png (Verify against a list answered "Needs review", saying why); with
--lists-only nothing else is written (--language picks the languages, English and Spanish by default). Last, it runs the screenshot tests (pytest -k screenshot with
FACESTATION_SCREENSHOTS=1), which write panel-*.png,
settings-*.png and station-self-test-*.png (the camera self-test at the three sizes). Nothing real is touched:
settings, secrets and the service's data go to temporary folders.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from facestation.api import BudgetStatus  # noqa: E402
from facestation.station.core.config import StationConfig  # noqa: E402
from facestation.station.core.credentials import SecretStore  # noqa: E402
from facestation.station.core.local_service import LocalService, provision  # noqa: E402
from facestation.station.core.session import Session, SetupResult, secret_name  # noqa: E402
from facestation.station.ui.dialogs.first_run import FirstRunDialog  # noqa: E402
from facestation.station.ui.dialogs.sign_in import SignInDialog  # noqa: E402
from facestation.station.ui.main_window import MainWindow  # noqa: E402
from facestation.station.ui.ops import Operations  # noqa: E402
from facestation.station.ui.context import StationContext  # noqa: E402
from facestation.station.ui.theme import apply_theme  # noqa: E402
from facestation.station.ui.translations import install_translation  # noqa: E402
from tests.station.support import Stage  # noqa: E402
from tests.support import portraits  # noqa: E402

PASSWORD = "correct-horse-7"


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
    parser.add_argument("--no-panel-tests", action="store_true", help="skip the panels' screenshot tests")
    parser.add_argument("--liveness-only", action="store_true", help="only the liveness check's screenshots")
    parser.add_argument("--lists-only", action="store_true",
                        help="only the Lists page's estimate and possible-duplicates screenshots")
    parser.add_argument("--language", action="append", choices=("en", "es"), dest="languages",
                        help="a language of the lists screenshots (repeatable; default: en and es)")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # as in the station: closing a window must not end the event loop
    apply_theme(app, "light")

    if args.liveness_only:
        with tempfile.TemporaryDirectory() as scratch:
            real_station_pictures(out, Path(scratch), liveness_only=True)
        return 0
    languages = tuple(args.languages or ("en", "es"))
    if args.lists_only:
        with tempfile.TemporaryDirectory() as scratch:
            real_station_pictures(out, Path(scratch), lists_only=True, languages=languages)
        return 0

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

        ops.shutdown()

    with tempfile.TemporaryDirectory() as scratch:
        real_station_pictures(out, Path(scratch), languages=languages)
    if not args.no_panel_tests:
        environment = {**os.environ, "FACESTATION_SCREENSHOTS": "1"}
        completed = subprocess.run([sys.executable, "-m", "pytest", "-q", "-k", "screenshot", "tests/station"],
                                   cwd=ROOT, env=environment, check=False)
        if completed.returncode != 0:
            return completed.returncode
    return 0


def jpeg(image: object) -> bytes:
    ok, data = cv2.imencode(".jpg", image)
    assert ok
    return data.tobytes()


async def snap(widget: QWidget, out: Path, name: str) -> Path:
    """`save` for coroutines: let the loop paint instead of calling processEvents() from inside a coroutine
    (a nested event loop under qasync would leave the coroutine without a running loop)."""
    await asyncio.sleep(0.3)
    path = out / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)
    return path


async def until(predicate: Callable[[], object], timeout: float = 60.0) -> None:
    """Let Qt and the loop run (qasync) until `predicate()` holds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the station")
        await asyncio.sleep(0.05)


KIOSK_SIZES = ((1024, 768), (1366, 768), (1920, 1080))


async def kiosk_size_pictures(window: MainWindow, stage: Stage, out: Path) -> None:
    """The Enrol page at the common kiosk screen sizes, in English and Spanish, live (no photo yet): Grace
    about a metre from a 1280x720 webcam, so the preview shows its crop of the frame. Writes
    station-enrol-WxH.png and station-enrol-WxH-es.png and prints the face's width on screen."""
    enrol = window.page_widgets["enrol"]
    base = portraits.compliant_base()
    stage.show(portraits.webcam_frame(base.photo, base.face, eye_distance=110.0))
    enrol.capture.set_auto_capture(None)  # the live preview with its guidance, not a frozen photo
    enrol.capture.use_camera(stage.camera)  # auto-capture settings apply from the next source
    enrol.capture.retake()
    for language in ("en", "es"):
        install_translation(language)
        for width, height in KIOSK_SIZES:
            window.resize(width, height)
            await until(lambda: enrol.capture.bridge.last_result is not None
                        and enrol.capture.bridge.last_result.report.face is not None)
            await asyncio.sleep(1.0)  # the preview eases to the face
            result = enrol.capture.bridge.last_result
            if result is not None and result.report.face is not None:
                view, box = enrol.capture.view, result.report.face.box
                shown = view.frame_box_to_widget(box).width()
                frame_height, frame_width = result.frame.image.shape[:2]
                whole_frame = box.width * min(view.width() / frame_width, view.height() / frame_height)
                print(f"{width}x{height} {language}: the face is {shown:.0f} px wide on screen "
                      f"({whole_frame:.0f} px with the whole frame letterboxed in the same box)")
            suffix = "" if language == "en" else "-es"
            await snap(window, out, f"station-enrol-{width}x{height}{suffix}.png")
    install_translation("en")
    window.resize(1280, 800)
    stage.show(base.portrait)


async def liveness_pictures(window: MainWindow, stage: Stage, out: Path) -> None:
    """Verify with the liveness check (blink and turn) at the kiosk sizes, English and Spanish: the prompt on
    the banner, "Live person: confirmed" and "Could not confirm a live person: try again". The check's clock and
    prompt order are fixed (the prompt holds still for the pictures), and its frames are synthetic landmarks on
    Grace's captured face."""
    import numpy as np

    from facestation.station.ui.panels.verify.liveness import VerifyLiveness
    from tests.support.liveness_heads import Responder
    from tests.station.liveness_sitting import Clock, Sitting, seeded_prompts

    window.session.config.liveness_verify = "blink+turn"
    window.show_page("verify")
    verify = window.page_widgets["verify"]
    liveness: VerifyLiveness = verify.liveness
    clock = Clock()
    liveness.flow.clock = clock
    liveness.flow.rng_factory = seeded_prompts(1)
    sitting = Sitting(liveness.flow, verify.capture, clock, page=verify)

    async def photograph() -> None:
        verify.card.dismiss()  # the next person: a new photo
        await until(lambda: not verify.showing_result)
        verify.number_field.setText("M-1906")
        verify.look_up()
        await until(lambda: liveness.checking)

    async def shoot(state: str) -> None:
        for language in ("en", "es"):
            install_translation(language)
            for width, height in KIOSK_SIZES:
                window.resize(width, height)
                if state == "prompt":
                    started = liveness.flow.started_at
                    assert started is not None
                    clock.now = started + 2.2  # "4 s" left
                    verify.capture.banner.animation.freeze(0.5)
                    liveness.flow.tick()
                suffix = "" if language == "en" else "-es"
                await snap(window, out, f"station-liveness-{state}-{width}x{height}{suffix}.png")
        install_translation("en")

    await photograph()
    await shoot("prompt")
    sitting.answer(Responder(np.random.default_rng(7)))
    await until(lambda: verify.showing_result and verify.card.result is not None)
    await shoot("live")
    await photograph()
    sitting.answer(None)  # nobody answers: a photo held up
    await until(lambda: verify.card.liveness_refused)
    await shoot("refused")
    window.session.config.liveness_verify = None
    window.resize(1280, 800)


async def lists_pictures(window: MainWindow, out: Path, languages: tuple[str, ...]) -> None:
    """The Lists page with a list of four chosen (the estimate in words under its name) and that list's possible
    duplicates (Grace Hopper and Eileen Collins each enrolled twice, the second time from an edited photo), at
    the kiosk sizes in each language."""
    client = window.session.client
    assert client is not None
    grace, eileen = portraits.grace_hopper(), portraits.astronaut()
    desk = await client.lists.create(name="Front desk members",
                                     description="Members who may come in without a card")
    for photo, name, surname, number in ((grace, "Grace", "Hopper", "M-3106"),
                                         (portraits.edited_copies(grace)["darker"], "Grace", "Hopper", "M-3188"),
                                         (eileen, "Eileen", "Collins", "M-3210"),
                                         (portraits.edited_copies(eileen)["rotated5"], "Eileen", "Collins",
                                          "M-3277")):
        await client.records.create(face_image=jpeg(photo), name=name, surname1=surname,
                                    external_identifier=number, face_list_id=desk)
    window.show_page("lists")
    lists = window.page_widgets["lists"]
    await until(lambda: any(item.identifier == desk for item in lists.lists))
    lists.select_list(desk)
    await until(lambda: lists.members_total == 4 and lists.report_line.report is not None)
    for language in languages:
        install_translation(language)
        suffix = "" if language == "en" else "-es"
        for width, height in KIOSK_SIZES:
            window.resize(width, height)
            await snap(window, out, f"station-lists-estimate-{width}x{height}{suffix}.png")
    dialog = lists.show_duplicates()
    assert dialog is not None
    await until(lambda: dialog.loaded and len(dialog.rows) == 2)
    for language in languages:
        install_translation(language)
        suffix = "" if language == "en" else "-es"
        for width, height in KIOSK_SIZES:
            window.resize(width, height)
            dialog.fit_to(window.size())  # as the page opens it in a window of that size
            await snap(dialog, out, f"station-lists-duplicates-{width}x{height}{suffix}.png")
    dialog.reject()
    await list_review_pictures(window, out, languages, grace)
    install_translation("en")
    window.resize(1280, 800)


async def list_review_pictures(window: MainWindow, out: Path, languages: tuple[str, ...], grace: object) -> None:
    """Verify against a list answered "Needs review", as a list's own thresholds now answer a close but not close
    enough face (the sentence says why): the result card on the Verify page, filled as the page fills it."""
    from facestation.api import IdentifyResult, ResultCode
    from facestation.station.ui.images import bgr_to_qpixmap

    window.show_page("verify")
    verify = window.page_widgets["verify"]
    verify.capture.set_auto_capture(None)  # the camera's own face would be checked against the list at once
    verify.set_mode("list")
    await asyncio.sleep(1.0)
    result = IdentifyResult(ResultCode.WARNING, 88.0, "Possibly the same person: check by eye",
                            identifier="00000000-0000-4000-8000-000000003106", name="Grace", surname1="Hopper",
                            external_identifier="M-3106", face_image=jpeg(grace))
    probe = portraits.edited_copies(grace)["darker"]
    verify.card.show_result(result, mode="list", probe=bgr_to_qpixmap(probe))
    verify.main_stack.setCurrentWidget(verify.card)
    for language in languages:
        install_translation(language)
        suffix = "" if language == "en" else "-es"
        for width, height in KIOSK_SIZES:
            window.resize(width, height)
            await snap(window, out, f"station-verify-list-review-{width}x{height}{suffix}.png")
    verify.card.clear()


def real_station_pictures(out: Path, folder: Path, *, liveness_only: bool = False, lists_only: bool = False,
                          languages: tuple[str, ...] = ("en", "es")) -> None:
    """The main window on each page, signed in to a real built-in service with a few people enrolled."""
    import qasync

    qasync.run(_real_station(out, folder, liveness_only, lists_only, languages))


async def _real_station(out: Path, folder: Path, liveness_only: bool = False, lists_only: bool = False,
                        languages: tuple[str, ...] = ("en", "es")) -> None:
    data_dir = folder / "service"
    account = await asyncio.to_thread(provision, data_dir, client_id="facestation-station",
                                      operator_username="reception", operator_password=PASSWORD)
    service = LocalService(data_dir, workers=1)
    config = StationConfig(server_kind="local", client_id=account.client_id, local_data_dir=data_dir,
                           operator_username="reception")
    secrets = SecretStore(folder / "secrets", use_keyring=False)
    secrets.set(secret_name("local"), account.client_secret)
    session = Session(config, secrets, config_path=folder / "station.json", budget_dir=folder / "budget",
                      service_factory=lambda _data_dir: service)
    ops = Operations()
    try:
        await asyncio.to_thread(session.start_service)
        await session.sign_in("reception", PASSWORD)
        client = session.client
        assert client is not None
        base = portraits.compliant_base()
        members = await client.lists.create(name="Members", description="Gym members with a valid membership")
        await client.lists.create(name="Staff", description="Everyone who works at the front desk")
        grace = await client.records.create(face_image=jpeg(base.portrait), name="Grace", surname1="Hopper",
                                            external_identifier="M-1906", face_list_id=members,
                                            additional_data=b"%PDF-1.4 consent", additional_data_file_name=
                                            "consent-form.pdf")
        await client.records.create(face_image=jpeg(portraits.astronaut()), name="Eileen", surname1="Collins",
                                    external_identifier="M-1956", face_list_id=members)

        stage = Stage(base.portrait)  # Grace stands in front of the camera
        context = StationContext(session, ops, camera=lambda: stage.camera, catalogue_dir=folder / "catalogue")
        window = MainWindow(session, ops, context=context)
        window.resize(1280, 800)
        window.show()
        window.set_connection("ok")
        window.attach_budget()
        window.refresh_session_info()
        window.activate_current()

        if liveness_only or lists_only:
            if liveness_only:
                await liveness_pictures(window, stage, out)
            else:
                await lists_pictures(window, out, languages)
            window.clear_personal_data()
            window.allow_close()
            window.close()
            return
        enrol = window.page_widgets["enrol"]
        await until(lambda: enrol.capture.capture is not None and enrol.lists)
        await until(lambda: "fps" in window.camera_label.text())
        enrol.form.name.setText("Ada")
        enrol.form.surname1.setText("Lovelace")
        enrol.form.external_identifier.setText("M-1815")
        enrol.form.set_checked_lists([members])
        await snap(window, out, "station-enrol.png")
        await kiosk_size_pictures(window, stage, out)

        window.show_page("verify")
        verify = window.page_widgets["verify"]
        verify.number_field.setText("M-1906")
        verify.look_up()
        await until(lambda: verify.showing_result)
        await snap(window, out, "station-verify.png")
        await liveness_pictures(window, stage, out)

        window.show_page("records")
        records = window.page_widgets["records"]
        await until(lambda: not records.busy)
        records.select_record(grace)
        await until(lambda: records.record is not None and not records.busy)
        await snap(window, out, "station-records.png")

        window.show_page("lists")
        lists = window.page_widgets["lists"]
        await until(lambda: lists.lists)
        lists.select_list(members)
        await until(lambda: lists.members_total == 2 and lists.members)
        await snap(window, out, "station-lists.png")
        await lists_pictures(window, out, languages)

        window.set_connection("unreachable", "The built-in service stopped answering; the station is restarting it.")
        window.set_budget(BudgetStatus(limit=3600, used=3050, remaining=550, retry_after=0))
        await snap(window, out, "station-main-window-restarting.png")
        window.clear_personal_data()
        window.allow_close()
        window.close()
    finally:
        ops.shutdown()
        await session.sign_out()
        await session.close()
        await asyncio.to_thread(service.stop)


if __name__ == "__main__":
    raise SystemExit(main())
