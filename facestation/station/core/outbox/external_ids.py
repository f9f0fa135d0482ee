"""External identifiers the station makes up when the operator leaves the field blank.

Every queued enrolment needs one: the hosted API has no idempotency keys, so the replay asks the server for the
record by its external identifier before creating it (see `facestation.station.core.outbox.replay`).

A pattern is text with fields in braces:

- `{date}` or `{date:FORMAT}`: the local date/time, `strftime` FORMAT (default `%Y%m%d`);
- `{random:N}`: N characters from uppercase letters and digits without look-alikes (no 0/O, 1/I/L), so an
  operator can read one out over the phone; at least one `{random:N}` with N >= 4 is required;
- `{station}`: the station's name (letters and digits only, uppercased); left out (with one neighbouring
  separator) when the station has no name;
- `{{` and `}}` for literal braces.

    generate_external_identifier("FS-{date:%Y%m%d}-{random:8}")   # 'FS-20250314-7KQ2MX9D'

With the default pattern, eight random characters from 31 give 8.5e11 identifiers per day: a desk enrolling a
thousand people a day meets a collision about once in four thousand years, and the server would refuse it
(ExternalIdentifierAlreadyExists) rather than mix two people up.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime

DEFAULT_PATTERN = "FS-{date:%Y%m%d}-{random:8}"
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0, 1, I, L, O
MIN_RANDOM = 4
MAX_LENGTH = 100

_FIELD = re.compile(r"\{\{|\}\}|\{([a-z]+)(?::([^{}]*))?\}|[{}]")


class PatternError(ValueError):
    """The external-identifier pattern cannot be used; the message says why, for the settings dialog."""


def check_pattern(pattern: str) -> None:
    """Raise PatternError unless `pattern` is usable (known fields, enough randomness, not too long)."""
    generate_external_identifier(pattern, now=datetime(2000, 1, 1), station="STATION")


def generate_external_identifier(pattern: str = DEFAULT_PATTERN, now: datetime | None = None, *,
                                 station: str | None = None) -> str:
    """A new external identifier following `pattern` (see the module docstring). Raises PatternError."""
    moment = now if now is not None else datetime.now()
    station_text = re.sub(r"[^0-9A-Za-z]", "", station or "").upper()
    parts: list[str] = []
    random_characters = 0
    position = 0
    for match in _FIELD.finditer(pattern):
        parts.append(pattern[position:match.start()])
        position = match.end()
        token = match.group(0)
        if token in ("{{", "}}"):
            parts.append(token[0])
            continue
        name, spec = match.group(1), match.group(2)
        if name is None:
            raise PatternError(f"The identifier pattern has a lone brace at position {match.start() + 1}; "
                               "write {{ or }} for a brace.")
        if name == "date":
            parts.append(moment.strftime(spec or "%Y%m%d"))
        elif name == "random":
            try:
                count = int(spec or "")
            except ValueError:
                raise PatternError("Write {random:N} with the number of random characters, e.g. {random:8}.") \
                    from None
            if not MIN_RANDOM <= count <= 32:
                raise PatternError(f"{{random:{count}}}: use between {MIN_RANDOM} and 32 random characters.")
            random_characters += count
            parts.append("".join(secrets.choice(ALPHABET) for _ in range(count)))
        elif name == "station":
            if station_text:
                parts.append(station_text)
            elif parts and parts[-1][-1:] in "-_." and parts[-1]:
                parts[-1] = parts[-1][:-1]  # "FS-{station}-..." without a station: no double separator
            elif pattern[position:position + 1] in ("-", "_", "."):
                position += 1
        else:
            raise PatternError(f"The identifier pattern has an unknown field {{{name}}}; use {{date}}, "
                               "{random:N} or {station}.")
    parts.append(pattern[position:])
    if random_characters < MIN_RANDOM:
        raise PatternError("The identifier pattern needs a {random:N} field (N at least 4), or identifiers "
                           "would repeat.")
    identifier = "".join(parts)
    if len(identifier) > MAX_LENGTH or any(character in identifier for character in "/?#\\") \
            or identifier != identifier.strip():
        raise PatternError("The identifier pattern makes identifiers that are too long or contain / ? # \\ "
                           "or spaces at either end.")
    return identifier
