"""Ruby's `Time#strftime`, which Jekyll's date formats are written for (`%B %-d, %Y`).

Unlike Python's `strftime` it depends on neither the platform (`%-d` is glibc's, not Windows')
nor the locale: names are always English. Flags `-` (no padding), `_` (spaces), `0` (zeros),
`^` (upper case) and `#` (upper case, but lower for `%p` and `%Z`), and a width, work as in
Ruby; an unknown directive is written as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import lru_cache, partial

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_DIRECTIVE = re.compile(r"%([-_0^#]*)(\d*)(:{0,2}z|[a-zA-Z%+])")
# Directives made of others, as Ruby expands them.
_COMBINED = {
    "c": "%a %b %e %H:%M:%S %Y",
    "D": "%m/%d/%y",
    "x": "%m/%d/%y",
    "F": "%Y-%m-%d",
    "T": "%H:%M:%S",
    "X": "%H:%M:%S",
    "R": "%H:%M",
    "r": "%I:%M:%S %p",
    "+": "%a %b %e %H:%M:%S %Z %Y",
}


def _iso_week(t: datetime) -> tuple[int, int]:
    year, week, _ = t.isocalendar()
    return year, week


def _week_from(t: datetime, first_weekday: int) -> int:
    """Week of the year, weeks starting on `first_weekday` (0 Monday, 6 Sunday); days before
    the first such day are in week 0."""
    yday = t.timetuple().tm_yday - 1
    weekday = (t.weekday() - first_weekday) % 7
    return (yday - weekday + 7) // 7


def _twelve_hour(t: datetime) -> int:
    return t.hour % 12 or 12


# Directive → (its value, the padding it has by default, its width).
_NUMBERS: dict[str, tuple[Callable[[datetime], int], str, int]] = {
    "Y": (lambda t: t.year, "0", 4),
    "C": (lambda t: t.year // 100, "0", 2),
    "y": (lambda t: t.year % 100, "0", 2),
    "m": (lambda t: t.month, "0", 2),
    "d": (lambda t: t.day, "0", 2),
    "e": (lambda t: t.day, " ", 2),
    "j": (lambda t: t.timetuple().tm_yday, "0", 3),
    "H": (lambda t: t.hour, "0", 2),
    "k": (lambda t: t.hour, " ", 2),
    "I": (_twelve_hour, "0", 2),
    "l": (_twelve_hour, " ", 2),
    "M": (lambda t: t.minute, "0", 2),
    "S": (lambda t: t.second, "0", 2),
    "L": (lambda t: t.microsecond // 1000, "0", 3),
    "u": (lambda t: t.isoweekday(), "0", 1),
    "w": (lambda t: t.isoweekday() % 7, "0", 1),
    "G": (lambda t: _iso_week(t)[0], "0", 4),
    "g": (lambda t: _iso_week(t)[0] % 100, "0", 2),
    "V": (lambda t: _iso_week(t)[1], "0", 2),
    "U": (lambda t: _week_from(t, 6), "0", 2),
    "W": (lambda t: _week_from(t, 0), "0", 2),
    "s": (lambda t: int(t.timestamp()), "0", 1),
}
_TEXTS: dict[str, Callable[[datetime], str]] = {
    "B": lambda t: MONTHS[t.month - 1],
    "b": lambda t: MONTHS[t.month - 1][:3],
    "h": lambda t: MONTHS[t.month - 1][:3],
    "A": lambda t: DAYS[t.weekday()],
    "a": lambda t: DAYS[t.weekday()][:3],
    "p": lambda t: "AM" if t.hour < 12 else "PM",
    "P": lambda t: "am" if t.hour < 12 else "pm",
    "Z": lambda t: t.tzname() or "",
    "n": lambda t: "\n",
    "t": lambda t: "\t",
    "%": lambda t: "%",
}


def ruby_strftime(t: datetime, format: str) -> str:
    """`t.strftime(format)` as Ruby writes it."""
    return "".join(piece if isinstance(piece, str) else piece(t) for piece in _pieces(format))


@lru_cache(maxsize=64)
def _pieces(format: str) -> tuple[str | Callable[[datetime], str], ...]:
    """The format as literal text and directives, read once: a build formats every post's date
    with the same few formats."""
    pieces: list[str | Callable[[datetime], str]] = []
    end = 0
    for match in _DIRECTIVE.finditer(format):
        pieces.append(format[end : match.start()])
        pieces.append(partial(_directive, match=match))
        end = match.end()
    pieces.append(format[end:])
    return tuple(piece for piece in pieces if piece != "")


def _directive(t: datetime, match: re.Match[str]) -> str:
    flags, width_text, name = match.groups()
    width = int(width_text) if width_text else None
    if name in _COMBINED:
        return _pad(ruby_strftime(t, _COMBINED[name]), flags, width, " ")
    if name in _NUMBERS:
        value, padding, default_width = _NUMBERS[name]
        number = value(t)
        digits = str(abs(number))
        sign = "-" if number < 0 else ""
        if "-" in flags:
            return sign + digits
        fill = " " if "_" in flags else "0" if "0" in flags else padding
        size = (width if width is not None else default_width) - len(sign)
        if fill == "0":
            return sign + digits.rjust(size, "0")
        return (sign + digits).rjust(size + len(sign), " ")
    if name.endswith("z"):
        return _pad(_offset(t, name.count(":")), flags, width, "0")
    if name in _TEXTS:
        text = _TEXTS[name](t)
        if "^" in flags:
            text = text.upper()
        elif "#" in flags:
            text = text.lower() if name in "pZ" else text.upper()
        return _pad(text, flags, width, " ")
    return match.group(0)


def _offset(t: datetime, colons: int) -> str:
    """`+0100`, `+01:00` or `+01:00:00` (0, 1 or 2 colons); `+0000` for a naive time."""
    offset = t.utcoffset() or timedelta(0)
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    if colons == 0:
        return f"{sign}{hours:02d}{minutes:02d}"
    if colons == 1:
        return f"{sign}{hours:02d}:{minutes:02d}"
    return f"{sign}{hours:02d}:{minutes:02d}:{seconds:02d}"


def _pad(text: str, flags: str, width: int | None, fill: str) -> str:
    if width is None or "-" in flags:
        return text
    fill = "0" if "0" in flags else " " if "_" in flags else fill
    return text.rjust(width, fill)
