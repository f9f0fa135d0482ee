"""The Verify page's sentences about the state it is in: what to do next (one per `core.verification.NextStep`)
and the offline line.

The texts keep the page's translation context ("VerifyPanel"), so their translations stay where they were. Each
call names the context literally: lupdate only collects `QCoreApplication.translate("Context", "text")` as written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facestation.station.core.verification import NextStep

__all__ = ["liveness_step_text", "next_step_text", "offline_text"]

def next_step_text(step: NextStep) -> str:
    texts = {
        NextStep.REVIEW: lambda: QCoreApplication.translate("VerifyPanel", "Compare the two photos, then confirm or reject."),
        NextStep.DONE: lambda: QCoreApplication.translate("VerifyPanel", "Press “Next person” when you are done, or wait: the result clears by itself."),
        NextStep.CHECKING: lambda: QCoreApplication.translate("VerifyPanel", "Checking the face… The camera keeps running."),
        NextStep.OFFLINE_READY: lambda: QCoreApplication.translate("VerifyPanel", "Wait for the connection: the check starts by itself when the service "
                                            "answers, or press “Try again”."),
        NextStep.OFFLINE: lambda: QCoreApplication.translate("VerifyPanel", "Checks wait for the connection. Meanwhile you can enrol people and change "
                                      "records."),
        NextStep.FAILED: lambda: QCoreApplication.translate("VerifyPanel", "The check did not work. See below, then press “Try again”."),
        NextStep.CANCELLED: lambda: QCoreApplication.translate("VerifyPanel", "The check was cancelled. Press “Try again”, or retake the photo."),
        NextStep.LOOK_AT_FILE: lambda: QCoreApplication.translate("VerifyPanel", "Checking the photo file: it is taken by itself when the face is clear, "
                                           "or press “Take photo now”."),
        NextStep.LOOK_AT_CAMERA: lambda: QCoreApplication.translate("VerifyPanel", "Ask the person to look at the camera. The photo is taken by itself."),
        NextStep.LOAD_PHOTO: lambda: QCoreApplication.translate("VerifyPanel", "No camera: load the person's photo with “Load photo from file…”."),
        NextStep.LOOKING_UP: lambda: QCoreApplication.translate("VerifyPanel", "Looking up the person…"),
        NextStep.PHOTO_TAKEN_TYPE_NUMBER: lambda: QCoreApplication.translate("VerifyPanel", "Photo taken. Now type or scan the person's number and press "
                                                      "Enter."),
        NextStep.TYPE_NUMBER: lambda: QCoreApplication.translate("VerifyPanel", "Type or scan the person's number and press Enter."),
        NextStep.AWAITING_REFERENCE: lambda: QCoreApplication.translate("VerifyPanel", "First the reference: hold the ID document's photo up to the "
                                                 "camera."),
        NextStep.PHOTO_TAKEN_CHOOSE_REFERENCE: lambda: QCoreApplication.translate("VerifyPanel", "Photo taken. Now choose the reference photo: a file, or "
                                                           "with the camera."),
        NextStep.CHOOSE_REFERENCE: lambda: QCoreApplication.translate("VerifyPanel", "First choose the reference photo (for example from the ID "
                                               "document)."),
        NextStep.NO_LISTS: lambda: QCoreApplication.translate("VerifyPanel", "There is no list to check against yet."),
        NextStep.CHOOSE_LIST: lambda: QCoreApplication.translate("VerifyPanel", "Choose the list to check against."),
    }
    return texts[step]()


def liveness_step_text(*, refused: bool, retry: bool) -> str:
    """While the person answers the liveness prompts (the check's answer waits for them), or after a refusal."""
    if not refused:
        return QCoreApplication.translate("VerifyPanel", "The person follows the instructions on the screen. The "
                                          "result shows once a live person is confirmed.")
    if retry:
        return QCoreApplication.translate("VerifyPanel", "Press “Try again” while the person is still at the camera, "
                                          "or “Next person”.")
    return QCoreApplication.translate("VerifyPanel", "The station could not confirm a live person. Check the "
                                      "person yourself, or press “Next person”.")


def offline_text(keeps_changes: bool) -> str:
    """The line shown while the service cannot be reached (`keeps_changes`: the station has an offline queue)."""
    if keeps_changes:
        return QCoreApplication.translate("VerifyPanel", "No connection: checking a face needs the service. Enrolments and changes made now are kept and "
                   "sent later.")
    return QCoreApplication.translate("VerifyPanel", "No connection: checking a face needs the service. Wait until the connection is back.")
