"""`facestation liveness SOURCE`: the station's liveness check (issue 18) on a camera number, a video file or a
photo, paced in real time like a camera. It prints each prompt as it comes up ("Blink now", "Turn your head to
your left now") and then the verdict: a live person, or refused and why.

The check starts when the station would take the photo (auto-capture), or once a face has been found steadily
for 1.5 s, whichever comes first: so a dim or unusual source is judged on its answers, not on photo quality.
Once every prompt is answered, the face at the end must be the face at the start, and the start frame must not
show the outline of a printed photo or a phone around the face (reason screen).
Each prompt has 6 s to be answered; a source that never answers (a photo, a screen, a video of someone who does
not react) is refused 6 s after the first prompt, at most 7.5 s after its face is first found.
No face found steadily within --wait seconds (10 s unless given): refused, reason no_face. A video that ends
before the decision: refused, reason source_ended. A photo is shown like a camera: it never answers.

Exit code: 0 a live person, 1 refused (and Ctrl+C: reason cancelled), 2 the source cannot be used (missing
file, unreadable video, no camera); the reason goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
from typing import TYPE_CHECKING, Any, TextIO

from facestation.cli.capture import open_source, positive_seconds, station_config

if TYPE_CHECKING:
    from facestation.station.core.camera.liveness_field_run import (
        LivenessEvent,
        LivenessFieldResult,
    )

EXIT_LIVE = 0
EXIT_REFUSED = 1
EXIT_SOURCE_ERROR = 2

CHALLENGES = ("blink", "turn", "blink+turn")
DEFAULT_WAIT_SECONDS = 10.0

PROMPT_TEXTS = {
    "blink": "Blink now",
    "turn_left": "Turn your head to your left now",
    "turn_right": "Turn your head to your right now",
}
START_TEXTS = {
    "capture": "the photo was taken: the check starts",
    "steady_face": "a face is in view: the check starts",
}
# Why a source was refused, in plain words (the codes are `--json`'s `reason`).
REASON_TEXTS = {
    "timed_out": "a prompt was not answered in time",
    "flat": "the head turned like a flat picture (a photo or a screen turned in the hand)",
    "wrong_way": "the head turned the other way first",
    "face_lost": "the face left the picture, or another face took its place",
    "other_person": "the face at the end is not the face at the start",
    "screen": "the edges of a phone, tablet or card were seen around the face",
    "cancelled": "the check was stopped before a decision",
    "no_face": "no face was found steadily in time",
    "source_ended": "the video ended before the check was done",
}


def register(subcommands: Any) -> None:
    parser = subcommands.add_parser(
        "liveness",
        help="check that a live person is in front of the camera (blink, turn the head), not a photo or a screen",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("source", metavar="SOURCE", help="a camera number (0, 1, ...), a video file or a photo")
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per line: the start, each prompt, the details, then "
                             '{"live": ..., "reason": ..., "time": ...} as the last line')
    parser.add_argument("--challenge", choices=CHALLENGES, default="blink+turn",
                        help="what the person is asked to do (default: blink+turn, in a random order)")
    parser.add_argument("--seed", type=int, metavar="N",
                        help="draw the prompts from this seed, for repeatable runs (default: unpredictable)")
    parser.add_argument("--wait", type=positive_seconds, default=DEFAULT_WAIT_SECONDS, metavar="S",
                        help="refuse (no_face) when the check has not started within S seconds: it needs 1.5 s "
                             "of a steadily found face, or the photo taken (default: 10)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return liveness(args.source, challenge=args.challenge, seed=args.seed, wait_seconds=args.wait,
                    as_json=args.json, out=sys.stdout, err=sys.stderr)


def liveness(source_text: str, *, challenge: str = "blink+turn", seed: int | None = None,
             wait_seconds: float = DEFAULT_WAIT_SECONDS, as_json: bool = False, out: TextIO, err: TextIO,
             realtime: bool = True, stop: threading.Event | None = None) -> int:
    """The command's work, callable from tests and benchmarks: returns the exit code."""
    # The camera stack (OpenCV, dlib models) loads only when this command runs: `facestation --help` stays quick.
    from facestation.station.core.camera.capture_settings import auto_capture_settings
    from facestation.station.core.camera.liveness_field_run import run_liveness
    from facestation.vision.liveness_challenge import Challenge
    from facestation.vision.presentation_cues import presentation_cue

    config = station_config()
    source = open_source(source_text, config, command="liveness", realtime=realtime, err=err)
    if source is None:
        return EXIT_SOURCE_ERROR
    if not as_json:
        print(f"{source.name}: liveness check ({challenge}); look at the camera (Ctrl+C stops)", file=out, flush=True)

    def show(event: LivenessEvent) -> None:
        if as_json:
            print(json.dumps(event.to_json()), file=out, flush=True)
        elif event.kind == "start":
            print(f"{event.time:6.1f} s  {START_TEXTS.get(event.trigger or '', 'the check starts')}",
                  file=out, flush=True)
        elif event.prompt is not None:
            print(f"{event.time:6.1f} s  {PROMPT_TEXTS[event.prompt.value]} ({event.index} of {event.count}, "
                  f"{event.seconds:g} s to answer)", file=out, flush=True)

    # Unpredictable prompts unless a seed is asked for: a recording must not know them in advance.
    rng = random.Random(seed) if seed is not None else random.SystemRandom()
    result = run_liveness(source, Challenge(challenge), rng=rng, wait_seconds=wait_seconds, drop_frames=realtime,
                          auto_capture_settings=auto_capture_settings(config), presentation_cue=presentation_cue,
                          on_event=show, stop=stop)
    for message in result.errors:
        print(f"facestation liveness: {message}", file=err)
    if result.source_failed:
        return EXIT_SOURCE_ERROR
    if as_json:
        print(json.dumps(result.details_json()), file=out)
        print(json.dumps(result.to_json()), file=out, flush=True)
    else:
        print(verdict(result), file=out, flush=True)
    return EXIT_LIVE if result.live else EXIT_REFUSED


def verdict(result: LivenessFieldResult) -> str:
    """One line for the person at the desk."""
    if result.live:
        return f"Live person: confirmed in {result.time:.1f} s."
    why = REASON_TEXTS.get(result.reason, result.reason)
    return f"Refused: {why} ({result.time:.1f} s) [{result.reason}]."
