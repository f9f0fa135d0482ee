"""The choices of the site's target for the lists' calibration ("strangers matched by mistake in a list, at
most 1 in N"), without Qt. The service keeps the target per API client (so every station of a site shares it);
it accepts any share from 1e-7 to 0.1, the station offers four round ones and keeps one set elsewhere."""

from __future__ import annotations

__all__ = ["RECOMMENDED_ONE_IN", "TARGET_CHOICES", "one_in", "target_choices", "target_of"]

TARGET_CHOICES = (100, 1_000, 10_000, 100_000)  # "1 in N strangers"
RECOMMENDED_ONE_IN = 1_000  # the service's default target, 0.001


def one_in(target: float) -> int:
    """The target as "1 in N" (0.001 -> 1000)."""
    return max(1, round(1.0 / target)) if target > 0 else RECOMMENDED_ONE_IN


def target_of(one_in_n: int) -> float:
    """The share the service stores for "1 in N"."""
    return 1.0 / one_in_n


def target_choices(current: float | None) -> list[int]:
    """The N to offer, smallest first: the four round ones, plus the current one when it was set elsewhere (a
    script, the API), so opening and saving the settings does not change it."""
    choices = list(TARGET_CHOICES)
    if current is not None and one_in(current) not in choices:
        choices.append(one_in(current))
    return sorted(choices)
