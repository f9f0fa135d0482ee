"""The active liveness challenge as a state machine (issue 18): which prompt is up, how long it has left, and
the outcome. Plain Python on what the live pipeline already gives for each analysed frame (the time, the
68 landmarks or none, the smoothed yaw); no Qt, no camera, no clock of its own, so tests and the benchmark feed
it recorded or synthetic frames at any pace.

The prompts come in a random order (`rng`, seeded by the caller) so a recording cannot know them in advance:

* **blink**: `BlinkJudge` (the eyes close and reopen within 0.8 s, after the prompt);
* **turn left / turn right** (the person's own side, as the prompt says it): `TurnJudge` (15° towards that
  side, and the landmarks across the turn must not fit one homography, which a photo or screen always does),
  then back to within `return_degrees` of where the head started. A turn the other way first ends the check
  (`Reason.WRONG_WAY`): a looping video that turns both ways would otherwise answer either prompt.

Throughout, the face must stay in the frame (missing for longer than `max_missing_seconds` ends it) and stay
the same face (a jump of the eyes by more than `max_jump_eye_distances` inter-eye distances between two
analysed frames is another face or a cut). The same-person descriptor check and the passive cues need images
and live in `facestation.station.core.camera.liveness_run`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from facestation.vision.faces import Points
from facestation.vision.liveness import (
    DEFAULT_LIMITS,
    BlinkJudge,
    LivenessLimits,
    TurnJudge,
    inter_eye_distance,
)

__all__ = [
    "Challenge",
    "ChallengeLimits",
    "LivenessCheck",
    "LivenessOutcome",
    "LivenessState",
    "Prompt",
    "PromptResult",
    "Reason",
    "prompts_for",
]


class Challenge(StrEnum):
    """What the admin chose in Settings → Liveness (or `--challenge`)."""

    BLINK = "blink"
    TURN = "turn"
    BLINK_TURN = "blink+turn"


class Prompt(StrEnum):
    BLINK = "blink"
    TURN_LEFT = "turn_left"  # the person's own left: positive yaw (the face turns towards the image right)
    TURN_RIGHT = "turn_right"


class Reason(StrEnum):
    """Why a check ended. Stable codes: the activity log and `facestation liveness --json` carry them."""

    LIVE = "live"  # every prompt answered as a real head answers it
    TIMED_OUT = "timed_out"  # a prompt was not answered in time (a photo never blinks, never turns)
    FLAT = "flat"  # the head turned like a flat picture: a photo or a screen turned in the hand
    WRONG_WAY = "wrong_way"  # turned the other way first
    FACE_LOST = "face_lost"  # the face left the frame, or another face took its place
    OTHER_PERSON = "other_person"  # the face at the end is not the face at the start (descriptors)
    SCREEN = "screen"  # a passive cue: the edges of a phone, tablet or card around the face
    CANCELLED = "cancelled"  # the operator or the station stopped it


@dataclass(frozen=True)
class ChallengeLimits:
    judges: LivenessLimits = DEFAULT_LIMITS
    return_degrees: float = 8.0  # a turn is over once the head is back within this of its starting yaw
    max_missing_seconds: float = 0.6  # no face for longer than this ends the check
    max_jump_eye_distances: float = 1.5  # the eyes moving more than this between two frames: another face
    pause_seconds: float = 0.4  # between one answered prompt and the next, so the new prompt is seen


@dataclass(frozen=True)
class PromptResult:
    prompt: Prompt
    answered: bool
    seconds: float | None  # from the prompt to its answer (a turn: to the head back), None when unanswered
    planar_residual: float | None = None  # a turn's largest residual (over the limit for a real head)


@dataclass(frozen=True)
class LivenessOutcome:
    live: bool
    reason: Reason
    seconds: float  # from the first prompt to the decision
    prompts: tuple[PromptResult, ...]
    same_person_distance: float | None = None  # set by the run when it compared descriptors

    def to_json(self) -> dict[str, object]:
        """The summary `facestation liveness --json` prints last and the activity log keeps (no images)."""
        return {
            "live": self.live,
            "reason": self.reason.value,
            "time": round(self.seconds, 2),
            "prompts": [
                {"prompt": p.prompt.value, "answered": p.answered,
                 "seconds": None if p.seconds is None else round(p.seconds, 2),
                 **({"planarResidual": round(p.planar_residual, 4)} if p.planar_residual is not None else {})}
                for p in self.prompts
            ],
            **({"samePersonDistance": round(self.same_person_distance, 3)}
               if self.same_person_distance is not None else {}),
        }


@dataclass(frozen=True)
class LivenessState:
    """What the banner shows: the prompt up now (None in a pause or once decided), which of how many, and the
    seconds it has left; `outcome` once decided."""

    prompt: Prompt | None
    index: int  # 0-based index of the prompt up (or of the next one during a pause)
    count: int
    seconds_left: float
    answer_seconds: float
    outcome: LivenessOutcome | None = None


def prompts_for(challenge: Challenge, rng: random.Random) -> tuple[Prompt, ...]:
    """The prompts of one check, in a random order with a random turn side."""
    turn = rng.choice((Prompt.TURN_LEFT, Prompt.TURN_RIGHT))
    if challenge is Challenge.BLINK:
        return (Prompt.BLINK,)
    if challenge is Challenge.TURN:
        return (turn,)
    prompts = [Prompt.BLINK, turn]
    rng.shuffle(prompts)
    return tuple(prompts)


@dataclass
class _Turn:
    judge: TurnJudge
    start_yaw: float | None = None
    start_yaws: list[float] = field(default_factory=list)


class LivenessCheck:
    """Feed `update(t, landmarks, yaw)` with every analysed frame from `started_at` on (landmarks None when no
    face was found, yaw None when the pose could not be read); read the returned `LivenessState`. The first
    prompt is up at `started_at`; each has `limits.judges.answer_seconds`. Once decided, `update` returns the
    same final state; `cancel(t)` ends it early."""

    def __init__(self, challenge: Challenge, *, started_at: float, rng: random.Random,
                 limits: ChallengeLimits | None = None) -> None:
        self.challenge = challenge
        self.limits = limits or ChallengeLimits()
        self.prompts = prompts_for(challenge, rng)
        self.started_at = started_at
        self._index = 0
        self._prompted_at = started_at
        self._results: list[PromptResult] = []
        self._blink: BlinkJudge | None = None
        self._turn: _Turn | None = None
        self._last_seen = started_at
        self._last_eyes: np.ndarray | None = None
        self._outcome: LivenessOutcome | None = None
        self._start_prompt(started_at)

    @property
    def outcome(self) -> LivenessOutcome | None:
        return self._outcome

    @property
    def current_prompt(self) -> Prompt | None:
        return None if self._outcome is not None or self._index >= len(self.prompts) else self.prompts[self._index]

    def state(self, t: float) -> LivenessState:
        answer = self.limits.judges.answer_seconds
        prompt = self.current_prompt if t >= self._prompted_at else None
        left = max(0.0, answer - max(0.0, t - self._prompted_at)) if self._outcome is None else 0.0
        return LivenessState(prompt=prompt, index=min(self._index, len(self.prompts) - 1), count=len(self.prompts),
                             seconds_left=left, answer_seconds=answer, outcome=self._outcome)

    def cancel(self, t: float) -> LivenessOutcome:
        if self._outcome is None:
            self._finish(t, Reason.CANCELLED)
        assert self._outcome is not None
        return self._outcome

    def update(self, t: float, landmarks: Points | None, yaw: float | None) -> LivenessState:
        if self._outcome is not None:
            return self.state(t)
        if landmarks is None:
            if t - self._last_seen > self.limits.max_missing_seconds:
                self._finish(t, Reason.FACE_LOST)
            elif t - self._prompted_at > self.limits.judges.answer_seconds:
                self._fail_prompt(t, Reason.TIMED_OUT)
            return self.state(t)
        points = np.asarray(landmarks, dtype=np.float64)
        eyes = (points[36:42].mean(axis=0) + points[42:48].mean(axis=0)) / 2
        if self._last_eyes is not None:
            jump = float(np.linalg.norm(eyes - self._last_eyes))
            if jump > self.limits.max_jump_eye_distances * max(inter_eye_distance(points), 1.0):
                self._finish(t, Reason.FACE_LOST)
                return self.state(t)
        self._last_eyes = eyes
        self._last_seen = t
        if t < self._prompted_at:
            return self.state(t)  # a pause between prompts: nothing counts yet
        prompt = self.prompts[self._index]
        if prompt is Prompt.BLINK:
            assert self._blink is not None
            if self._blink.update(t, points):
                self._answer(t, None)
        else:
            self._update_turn(t, points, yaw)
        if self._outcome is None and t - self._prompted_at > self.limits.judges.answer_seconds:
            self._fail_prompt(t, Reason.TIMED_OUT)
        return self.state(t)

    # -- prompts ------------------------------------------------------------------------------------------------

    def _start_prompt(self, at: float) -> None:
        self._prompted_at = at
        prompt = self.prompts[self._index]
        self._blink = BlinkJudge(prompted_at=at, limits=self.limits.judges) if prompt is Prompt.BLINK else None
        self._turn = None
        if prompt is not Prompt.BLINK:
            direction = 1 if prompt is Prompt.TURN_LEFT else -1
            self._turn = _Turn(TurnJudge(prompted_at=at, direction=direction, limits=self.limits.judges))

    def _update_turn(self, t: float, points: np.ndarray, yaw: float | None) -> None:
        assert self._turn is not None
        turn = self._turn
        if yaw is None or not np.isfinite(yaw):
            return
        judge = turn.judge
        if len(turn.start_yaws) < TurnJudge.SMOOTHING_FRAMES:
            turn.start_yaws.append(yaw)
            turn.start_yaw = float(np.mean(turn.start_yaws))
        assert turn.start_yaw is not None
        moved = judge.direction * (yaw - turn.start_yaw)
        if judge.answered_at is None:
            if moved <= -self.limits.judges.min_turn_degrees:
                self._fail_prompt(t, Reason.WRONG_WAY)
                return
            judge.update(t, points, yaw)
        elif abs(yaw - turn.start_yaw) <= self.limits.return_degrees:
            self._answer(t, max(judge.residuals) if judge.residuals else None)

    def _answer(self, t: float, residual: float | None) -> None:
        prompt = self.prompts[self._index]
        self._results.append(PromptResult(prompt, True, t - self._prompted_at, residual))
        self._index += 1
        if self._index >= len(self.prompts):
            self._finish(t, Reason.LIVE)
        else:
            self._start_prompt(t + self.limits.pause_seconds)

    def _fail_prompt(self, t: float, reason: Reason) -> None:
        prompt = self.prompts[self._index]
        residual = None
        if self._turn is not None and self._turn.judge.residuals:
            residual = max(self._turn.judge.residuals)
            if reason is Reason.TIMED_OUT and self._turn.judge.planar and self._turn.judge.answered_at is None:
                reason = Reason.FLAT  # it did turn far enough, but as a flat picture turns
        self._results.append(PromptResult(prompt, False, None, residual))
        self._finish(t, reason)

    def _finish(self, t: float, reason: Reason) -> None:
        self._outcome = LivenessOutcome(live=reason is Reason.LIVE, reason=reason,
                                        seconds=max(0.0, t - self.started_at), prompts=tuple(self._results))
