"""Post dates as Jekyll computes them: `Time.parse(value.to_s).localtime` in the site's time zone.

Ruby's Time.parse is lenient in its own ways: `2016-06-17 12:00-400` and `10:00 -5` are local
times (their offsets are not ones Time.zone_offset knows), `18:30:22 2023 -0800` loses its offset
to the second year, `2016-02-30` rolls over to March 1, `EDT` is -4 but `CEST` is ignored (unless
it is the site zone's own abbreviation), and `2014` alone is an error. python-dateutil reads all
of these differently, so the parts of Ruby 3.1's Date._parse (ext/date/date_parse.c) and
Time.parse (lib/time.rb) that Time.parse uses are ported here instead.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from fractions import Fraction
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .problems import RuleError
from .ruby import ruby_str


def load_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise RuleError(f"unknown time zone {name!r}") from exc


def parse_front_matter_date(value: object, zone: ZoneInfo) -> datetime:
    """A front matter `date`, as PyYAML typed it, as the aware instant Jekyll gives it in `zone`.

    A YAML date is local midnight; a YAML timestamp without offset is UTC (SafeYAML) and loses
    its fraction of a second (Jekyll reparses `Time#to_s`); anything else is parsed from its text.
    """
    if isinstance(value, datetime):
        instant = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
        return instant.replace(microsecond=0).astimezone(zone)
    if isinstance(value, date):
        return _local(datetime(value.year, value.month, value.day), zone)
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        try:
            return _time_parse(value if isinstance(value, str) else ruby_str(value), zone)
        except (ValueError, OverflowError):
            pass
    raise RuleError(f"invalid date {value!r}")


def parse_filename_date(text: str, zone: ZoneInfo) -> datetime:
    """The date in a post's file name (`2017-2-5`, `99-1-9` is 1999) as local midnight in `zone`.

    Jekyll only reads it when the front matter has no `date`.
    """
    try:
        return _time_parse(text, zone)
    except (ValueError, OverflowError):
        raise RuleError(f"invalid date {text!r} in the file name") from None


# --- Date._parse ----------------------------------------------------------------------------

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_ERA = r"c(?:e|\.e\.)|b(?:ce|\.c\.e\.)|a(?:d|\.d\.)|b(?:c|\.c\.)"
_ALPHA = r"[^\W\d_]"  # Ruby's [[:alpha:]]; Ruby's \d is ASCII, hence the [0-9] below
_DATE_PARSE_LIMIT = 128  # Date._parse refuses longer strings
_C_INT_MAX = 2**31 - 1


def _compile(pattern: str, ignore_case: bool = True) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


_JUNK = re.compile(r"(?:[^\w\-+',./:@\[\]]|_)+")  # all but [-+',./:@[:alnum:]\[\]]
_DAY = _compile(r"\b(sun|mon|tue|wed|thu|fri|sat)[^-/0-9\s]*")
_TIME = _compile(
    r"((?:[0-9]+\s*:\s*[0-9]+(?:\s*:\s*[0-9]+(?:[,.][0-9]*)?)?|[0-9]+\s*h(?:\s*[0-9]+m?"
    r"(?:\s*[0-9]+s?)?)?)(?:\s*[ap](?:m\b|\.m\.))?|[0-9]+\s*[ap](?:m\b|\.m\.))"
    r"(?:\s*((?:gmt|utc?)?[-+][0-9]+(?:[,.:][0-9]+(?::[0-9]+)?)?"
    rf"|(?-i:(?:{_ALPHA}|[.\s])+)(?:standard|daylight)\stime\b"
    rf"|(?-i:{_ALPHA}+)(?:\sdst)?\b))?"
)
_TIME_PARTS = _compile(
    r"\A([0-9]+)h?(?:\s*:?\s*([0-9]+)m?(?:\s*:?\s*([0-9]+)(?:[,.]([0-9]+))?s?)?)?"
    r"(?:\s*([ap])(?:m\b|\.m\.))?"
)
_EU = _compile(
    rf"('?[0-9]+)[^-0-9\s]*\s*({_MONTHS})[^-0-9\s']*"
    rf"(?:\s*({_ERA})?\s*('?-?[0-9]+(?:(?:st|nd|rd|th)\b)?))?"
)
_US = _compile(
    rf"\b({_MONTHS})[^-0-9\s']*\s*('?[0-9]+)[^-0-9\s']*(?:\s*,?\s*({_ERA})?\s*('?-?[0-9]+))?"
)
_ISO = _compile(r"('?[-+]?[0-9]+)-([0-9]+)-('?-?[0-9]+)", ignore_case=False)
_JIS = _compile(r"\b([mtsh])([0-9]+)\.([0-9]+)\.([0-9]+)")
_VMS_DAY_FIRST = _compile(rf"('?-?[0-9]+)-({_MONTHS})[^-/.]*-('?-?[0-9]+)")
_VMS_MONTH_FIRST = _compile(rf"\b({_MONTHS})[^-/.]*-('?-?[0-9]+)(?:-('?-?[0-9]+))?")
_SLASH = _compile(r"('?-?[0-9]+)/\s*('?[0-9]+)(?:[^0-9]\s*('?-?[0-9]+))?")
_DOT = _compile(r"('?-?[0-9]+)\.\s*('?[0-9]+)\.\s*('?-?[0-9]+)")
_ISO_WEEK = _compile(r"\b([0-9]{2}|[0-9]{4})?-?w([0-9]{2})(?:-?([0-9]))?\b")
_ISO_WEEKDAY = _compile(r"-w-([0-9])\b")
_ISO_MONTH_DAY = _compile(r"--([0-9]{2})?-([0-9]{2})\b", ignore_case=False)
_ISO_MONTH = _compile(r"--([0-9]{2})([0-9]{2})?\b", ignore_case=False)
_ISO_ORDINAL_NOT = _compile(r"[,.]([0-9]{2}|[0-9]{4})-[0-9]{3}\b", ignore_case=False)
_ISO_ORDINAL = _compile(r"\b([0-9]{2}|[0-9]{4})-([0-9]{3})\b", ignore_case=False)
_ISO_YDAY_NOT = _compile(r"[0-9]-[0-9]{3}\b", ignore_case=False)
_ISO_YDAY = _compile(r"\b-([0-9]{3})\b", ignore_case=False)
_APOSTROPHE_YEAR = _compile(r"'([0-9]+)\b", ignore_case=False)
_MONTH_NAME = _compile(rf"\b({_MONTHS})\S*")
_ORDINAL_DAY = _compile(r"([0-9]+)(st|nd|rd|th)\b")
_DIGITS = _compile(
    r"([-+]?)([0-9]{2,14})(?:\s*t?\s*([0-9]{2,6})?(?:[,.]([0-9]*))?)?"
    r"(?:\s*(z\b|[-+][0-9]{1,4}\b|\[[-+]?[0-9][^\]]*\]))?"
)
_BC = _compile(r"\b(bc\b|bce\b|b\.c\.|b\.c\.e\.)")
_FRAGMENT = _compile(r"\A\s*([0-9]{1,2})\s*\Z")

_HAVE_ALPHA, _HAVE_DIGIT, _HAVE_DASH, _HAVE_DOT, _HAVE_SLASH = 1, 2, 4, 8, 16


@dataclass
class _Parsed:
    """The parts of Date._parse's hash that Time.parse uses."""

    year: int | None = None
    mon: int | None = None
    mday: int | None = None
    yday: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    fraction: Fraction | None = None
    zone: str | None = None
    bc: bool = False
    comp: bool = True  # a 2-digit year is completed to 19xx/20xx


class _Scan:
    """The string Date._parse works on: each sub-parser replaces what it matched by a space."""

    def __init__(self, text: str) -> None:
        self.text = text

    def has(self, kinds: int) -> bool:
        found = 0
        for char in self.text:
            if char.isascii() and char.isalpha():
                found |= _HAVE_ALPHA
            elif char.isascii() and char.isdigit():
                found |= _HAVE_DIGIT
            else:
                found |= {"-": _HAVE_DASH, ".": _HAVE_DOT, "/": _HAVE_SLASH}.get(char, 0)
        return found & kinds == kinds

    def sub(self, pattern: re.Pattern[str], fill: Callable[[re.Match[str]], object]) -> bool:
        match = pattern.search(self.text)
        if match is None:
            return False
        self.text = self.text[: match.start()] + " " + self.text[match.end() :]
        fill(match)
        return True


def _num(text: str) -> int:
    """rb_cstr_to_inum: a lone sign reads as 0."""
    return int(text) if text.lstrip("+-") else 0


def _mon_num(name: str) -> str:
    return str(_MONTHS.split("|").index(name[:3].lower()) + 1)


def _digit_run(text: str, start: int) -> int:
    end = start
    while end < len(text) and "0" <= text[end] <= "9":
        end += 1
    return end


def _first(text: str, chars: str) -> int | None:
    return next((i for i, char in enumerate(text) if char in chars), None)


def _s3e(p: _Parsed, y: str | None, m: str | None, d: str | None, bc: bool = False) -> None:
    """Date._parse's s3e: decide which of three numbers is the year, month and day."""
    comp: bool | None = None
    if y is not None and m is not None and d is None:
        y, m, d = None, y, m
    if y is None:
        if d is not None and len(d) > 2:
            y, d = d, None
        if d is not None and d.startswith("'"):
            y, d = d, None
    if y is not None:
        start = _first(y, "+-0123456789")
        if start is not None:
            end = _digit_run(y, start + 1 if y[start] in "+-" else start)
            if end < len(y):  # trailing text after the number: it was the day, not the year
                number = y[start:end]
                y, d = d, number
    if m is not None and (m.startswith("'") or len(m) > 2):
        y, m, d = m, d, y
    if d is not None and (d.startswith("'") or len(d) > 2):
        y, d = d, y
    if y is not None:
        start = _first(y, "+-0123456789")
        if start is not None:
            signed = y[start] in "+-"
            digits = start + 1 if signed else start
            end = _digit_run(y, digits)
            if signed or end - digits > 2:
                comp = False
            p.year = _num(y[start:end])
    p.bc = p.bc or bc
    if m is not None and (start := _first(m, "0123456789")) is not None:
        p.mon = int(m[start : _digit_run(m, start)])
    if d is not None and (start := _first(d, "0123456789")) is not None:
        p.mday = int(d[start : _digit_run(d, start)])
    if comp is not None:
        p.comp = comp


def _time(p: _Parsed, match: re.Match[str]) -> None:
    if match.group(2) is not None:
        p.zone = match.group(2)
    parts = _TIME_PARTS.match(match.group(1))
    if parts is None:
        return
    hour, minute, second, fraction, meridian = parts.groups()
    p.hour = int(hour)
    if meridian is not None:
        if p.hour > _C_INT_MAX:  # Ruby's NUM2INT raises RangeError, which Jekyll does not rescue
            raise ValueError("hour too big")
        p.hour = p.hour % 12 + (12 if meridian in "pP" else 0)
    if minute is not None:
        p.minute = int(minute)
    if second is not None:
        p.second = int(second)
    if fraction is not None:
        p.fraction = Fraction(int(fraction), 10 ** len(fraction))


def _era_is_bc(era: str | None) -> bool:
    return era is not None and era[0] in "bB"


def _eu(p: _Parsed, m: re.Match[str]) -> None:
    _s3e(p, m.group(4), _mon_num(m.group(2)), m.group(1), _era_is_bc(m.group(3)))


def _us(p: _Parsed, m: re.Match[str]) -> None:
    _s3e(p, m.group(4), _mon_num(m.group(1)), m.group(2), _era_is_bc(m.group(3)))


def _jis(p: _Parsed, m: re.Match[str]) -> None:
    era = {"m": 1867, "t": 1911, "s": 1925, "h": 1988}[m.group(1).lower()]
    p.year, p.mon, p.mday = int(m.group(2)) + era, int(m.group(3)), int(m.group(4))


def _month_day(p: _Parsed, mon: str | None, mday: str | None) -> None:
    if mon is not None:
        p.mon = int(mon)
    if mday is not None:
        p.mday = int(mday)


def _set_year(p: _Parsed, year: str) -> None:
    p.year = int(year)


def _set_yday(p: _Parsed, yday: str) -> None:
    p.yday = int(yday)


def _digits(p: _Parsed, m: re.Match[str]) -> None:
    """Date._parse's parse_ddd: runs of digits such as 20190108, 20190108T1030 or 1030."""
    sign, run, clock, fraction, zone = m.groups()

    def n(start: int, width: int) -> int:
        return int(run[start : start + width])

    def signed(value: int) -> int:
        return -value if sign == "-" else value

    size = len(run)
    time_only = clock is None and fraction is not None
    if time_only:
        if size not in (9, 11, 13):
            # Read from the end in 2-digit fields, second first; an odd run up to 7 digits has a
            # 1-digit head field.
            p.second = n(size - 2, 2)
            if size >= 3:
                p.minute = n(size - 4, 2) if size >= 4 else n(0, 1)
            if size >= 5:
                p.hour = n(size - 6, 2) if size >= 6 else n(0, 1)
            if size >= 7:
                p.mday = n(size - 8, 2) if size >= 8 else n(0, 1)
            if size >= 10:
                p.mon = n(size - 10, 2)
            if size == 12:
                p.year = signed(n(0, 2))
            if size == 14:
                p.year = signed(n(0, 4))
                p.comp = False
    elif size == 2:
        p.mday = n(0, 2)
    elif size == 3:
        p.yday = n(0, 3)
    elif size == 4:
        p.mon, p.mday = n(0, 2), n(2, 2)
    elif size == 5:
        p.year, p.yday = signed(n(0, 2)), n(2, 3)
    elif size == 6:
        p.year, p.mon, p.mday = signed(n(0, 2)), n(2, 2), n(4, 2)
    elif size == 7:
        p.year, p.yday = signed(n(0, 4)), n(4, 3)
    elif size % 2 == 0:  # 8, 10, 12 or 14 digits: yyyymmdd[hh[mm[ss]]]
        p.year, p.mon, p.mday = signed(n(0, 4)), n(4, 2), n(6, 2)
        if size >= 10:
            p.hour = n(8, 2)
        if size >= 12:
            p.minute = n(10, 2)
        if size >= 14:
            p.second = n(12, 2)
        p.comp = False
    if clock is not None and len(clock) in (2, 4, 6):
        size = len(clock)
        if fraction is not None:  # read from the end: [[hh]mm]ss
            p.second = int(clock[size - 2 :])
            if size >= 4:
                p.minute = int(clock[size - 4 : size - 2])
            if size >= 6:
                p.hour = int(clock[:2])
        else:  # read from the start: hh[mm[ss]]
            p.hour = int(clock[:2])
            if size >= 4:
                p.minute = int(clock[2:4])
            if size >= 6:
                p.second = int(clock[4:6])
    if fraction is not None:
        p.fraction = Fraction(int(fraction or "0"), 10 ** len(fraction))
    if zone is not None:
        p.zone = zone.strip("[]").rpartition(":")[2] if zone.startswith("[") else zone


def _fragment(p: _Parsed, m: re.Match[str]) -> None:
    number = int(m.group(1))
    if p.hour is not None and p.mday is None and 1 <= number <= 31:
        p.mday = number
    if p.mday is not None and p.hour is None and 0 <= number <= 24:
        p.hour = number


def _ignore(_: re.Match[str]) -> None:
    """For sub-parsers whose result (weekday, ISO week) Time.parse does not use."""


# The form nearly every post's date has ("2014-02-11", "2014-02-11 13:40", "2014-02-11 13:40:00
# +0100"): read directly, to the same result as the full parse (tested), for a fraction of its
# time.
_COMMON_FORM = re.compile(
    r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r"(?: ([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?: ([+-](?:0\d|1[0-4]):?[0-5]\d))?)?"
)


def _date_parse(text: str) -> _Parsed:
    """Ruby's Date._parse(text, true), reduced to what Time.parse reads."""
    return _common_form(text) or _full_date_parse(text)


def _common_form(text: str) -> _Parsed | None:
    m = _COMMON_FORM.fullmatch(text)
    if m is None:
        return None
    year, mon, mday, hour, minute, second, zone = m.groups()
    return _Parsed(
        year=int(year),
        mon=int(mon),
        mday=int(mday),
        hour=None if hour is None else int(hour),
        minute=None if minute is None else int(minute),
        second=None if second is None else int(second),
        zone=zone,
        comp=False,  # a four-digit year
    )


def _full_date_parse(text: str) -> _Parsed:
    if len(text) > _DATE_PARSE_LIMIT:
        raise ValueError("string too long for Date._parse")
    p = _Parsed()
    scan = _Scan(_JUNK.sub(" ", text))
    if scan.has(_HAVE_ALPHA):
        scan.sub(_DAY, _ignore)
    if scan.has(_HAVE_DIGIT):
        scan.sub(_TIME, lambda m: _time(p, m))
    # The first of these that matches is the date; the rest of the string is then ignored.
    date_parsers: list[tuple[int, Callable[[], bool]]] = [
        (_HAVE_ALPHA | _HAVE_DIGIT, lambda: scan.sub(_EU, lambda m: _eu(p, m))),
        (_HAVE_ALPHA | _HAVE_DIGIT, lambda: scan.sub(_US, lambda m: _us(p, m))),
        (_HAVE_DIGIT | _HAVE_DASH, lambda: scan.sub(_ISO, lambda m: _s3e(p, m[1], m[2], m[3]))),
        (_HAVE_DIGIT | _HAVE_DOT, lambda: scan.sub(_JIS, lambda m: _jis(p, m))),
        (
            _HAVE_ALPHA | _HAVE_DIGIT | _HAVE_DASH,
            lambda: (
                scan.sub(
                    _VMS_DAY_FIRST, lambda m: _s3e(p, m.group(3), _mon_num(m.group(2)), m.group(1))
                )
                or scan.sub(
                    _VMS_MONTH_FIRST,
                    lambda m: _s3e(p, m.group(3), _mon_num(m.group(1)), m.group(2)),
                )
            ),
        ),
        (_HAVE_DIGIT | _HAVE_SLASH, lambda: scan.sub(_SLASH, lambda m: _s3e(p, m[1], m[2], m[3]))),
        (_HAVE_DIGIT | _HAVE_DOT, lambda: scan.sub(_DOT, lambda m: _s3e(p, m[1], m[2], m[3]))),
        (_HAVE_DIGIT, lambda: scan.sub(_ISO_WEEK, _ignore)),
        (_HAVE_DIGIT, lambda: scan.sub(_ISO_WEEKDAY, _ignore)),
        (_HAVE_DIGIT, lambda: scan.sub(_ISO_MONTH_DAY, lambda m: _month_day(p, *m.groups()))),
        (_HAVE_DIGIT, lambda: scan.sub(_ISO_MONTH, lambda m: _month_day(p, *m.groups()))),
        (
            _HAVE_DIGIT,
            lambda: (
                _ISO_ORDINAL_NOT.search(scan.text) is None
                and scan.sub(_ISO_ORDINAL, lambda m: _ordinal(p, m))
            ),
        ),
        (
            _HAVE_DIGIT,
            lambda: (
                _ISO_YDAY_NOT.search(scan.text) is None
                and scan.sub(_ISO_YDAY, lambda m: _set_yday(p, m.group(1)))
            ),
        ),
        (_HAVE_DIGIT, lambda: scan.sub(_APOSTROPHE_YEAR, lambda m: _set_year(p, m.group(1)))),
        (_HAVE_ALPHA, lambda: scan.sub(_MONTH_NAME, lambda m: _set_mon(p, m.group(1)))),
        (_HAVE_DIGIT, lambda: scan.sub(_ORDINAL_DAY, lambda m: _set_mday(p, m.group(1)))),
        (_HAVE_DIGIT, lambda: scan.sub(_DIGITS, lambda m: _digits(p, m))),
    ]
    for kinds, parser in date_parsers:
        if scan.has(kinds) and parser():
            break
    if scan.has(_HAVE_ALPHA):
        scan.sub(_BC, lambda m: _set_bc(p))
    if scan.has(_HAVE_DIGIT):
        scan.sub(_FRAGMENT, lambda m: _fragment(p, m))
    if p.year is not None:
        if p.bc:
            p.year = 1 - p.year
        if p.comp and 0 <= p.year <= 99:
            p.year += 1900 if p.year >= 69 else 2000
    return p


def _ordinal(p: _Parsed, m: re.Match[str]) -> None:
    p.year, p.yday = int(m.group(1)), int(m.group(2))


def _set_mon(p: _Parsed, name: str) -> None:
    p.mon = int(_mon_num(name))


def _set_mday(p: _Parsed, mday: str) -> None:
    p.mday = int(mday)


def _set_bc(p: _Parsed) -> None:
    p.bc = True


# --- Time.parse -----------------------------------------------------------------------------

# Time::ZoneOffset: the only zone names Time.parse knows besides the site zone's own.
_ZONE_HOURS = {
    "UTC": 0, "Z": 0, "UT": 0, "GMT": 0,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "I": 9, "K": 10, "L": 11,
    "M": 12, "N": -1, "O": -2, "P": -3, "Q": -4, "R": -5, "S": -6, "T": -7, "U": -8, "V": -9,
    "W": -10, "X": -11, "Y": -12,
}  # fmt: skip
_NUMERIC_ZONE = re.compile(r"([+-])([0-9]{2})(:?)([0-9]{2})(?:\3([0-9]{2}))?")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_SECONDS = 86400


def _zone_offset(name: str, year: int, site: ZoneInfo) -> int | None:
    """Time.zone_offset: seconds east of UTC, or None for a zone Ruby does not know."""
    upper = name.upper()
    if match := _NUMERIC_ZONE.fullmatch(upper):
        sign = -1 if match.group(1) == "-" else 1
        hours, minutes, seconds = match.group(2), match.group(4), match.group(5) or "0"
        return sign * ((int(hours) * 60 + int(minutes)) * 60 + int(seconds))
    if re.fullmatch(r"[+-][0-9]{2}", upper):
        return int(upper) * 3600
    if upper in _ZONE_HOURS:
        return _ZONE_HOURS[upper] * 3600
    for month in (1, 7):  # the site zone's own abbreviations, winter then summer
        try:
            local = datetime(year, month, 1, tzinfo=site)
        except ValueError:
            return None
        if (local.tzname() or "").upper() == upper:
            offset = local.utcoffset()
            return None if offset is None else int(offset.total_seconds())
    return None


def _month_days(year: int, mon: int) -> int | None:
    """Time.month_days, with Ruby's array indexing: month 0 reads December, 13 reads nil."""
    if not -12 <= mon - 1 < 12:
        return None
    leap = (year % 4 == 0 and year % 100 != 0) or year % 400 == 0
    return 29 if leap and mon % 12 == 2 else _MONTH_DAYS[mon - 1]


def _apply_offset(
    year: int, mon: int, day: int, hour: int, minute: int, second: int, off: int
) -> tuple[int, int, int, int, int, int]:
    """Time.apply_offset: wall time at UTC offset `off` to UTC, carrying at most one day."""
    if off < 0:
        off, rest = divmod(-off, 60)
        if rest:
            carry, second = divmod(second + rest, 60)
            off += carry
        off, rest = divmod(off, 60)
        if rest:
            carry, minute = divmod(minute + rest, 60)
            off += carry
        off, rest = divmod(off, 24)
        if rest:
            carry, hour = divmod(hour + rest, 24)
            off += carry
        if off:
            day += off
            days = _month_days(year, mon)
            if days is not None and days < day:
                mon, day = mon + 1, 1
                if mon > 12:
                    year, mon = year + 1, 1
    elif off > 0:
        off, rest = divmod(off, 60)
        if rest:
            carry, second = divmod(second - rest, 60)
            off -= carry
        off, rest = divmod(off, 60)
        if rest:
            carry, minute = divmod(minute - rest, 60)
            off -= carry
        off, rest = divmod(off, 24)
        if rest:
            carry, hour = divmod(hour - rest, 24)
            off -= carry
        if off:
            day -= off
            if day < 1:
                mon -= 1
                if mon < 1:
                    year, mon = year - 1, 12
                day = _month_days(year, mon) or day
    return year, mon, day, hour, minute, second


def _wall(
    year: int, mon: int, day: int, hour: int, minute: int, second: int, micro: Fraction
) -> datetime:
    """Time.utc/Time.local's arguments: checked as Ruby does, a day past the month's end rolls."""
    in_range = 1 <= mon <= 12 and 1 <= day <= 31 and 0 <= minute <= 59 and 0 <= second <= 60
    if not in_range or not 0 <= hour <= 24 or (hour == 24 and (minute or second)):
        raise ValueError("argument out of range")
    return datetime(year, mon, 1) + timedelta(
        days=day - 1, hours=hour, minutes=minute, seconds=second, microseconds=math.floor(micro)
    )


def _local(wall: datetime, zone: ZoneInfo) -> datetime:
    """Time.local: a wall time skipped by DST moves forward; a repeated one is the later one."""
    later = wall.replace(tzinfo=zone, fold=1)
    round_trip = later.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None)
    chosen = later if round_trip == wall else wall.replace(tzinfo=zone, fold=0)
    return chosen.astimezone(timezone.utc).astimezone(zone)


def _time_parse(text: str, zone: ZoneInfo) -> datetime:
    """Ruby's `Time.parse(text).localtime` with ENV["TZ"] = zone."""
    p = _date_parse(text)
    parts = (p.year, p.yday, p.mon, p.mday, p.hour, p.minute, p.second, p.fraction)
    if all(part is None for part in parts):
        raise ValueError("no time information")
    if p.yday is None:
        return _make_time(p, p.mon, p.mday, zone).astimezone(zone)
    # Time.make_time guesses the month from the day of the year, then corrects by the yday of
    # the time it made (so `2020-153 24:00` is June 1 at 00:00, as in Ruby).
    if not 1 <= p.yday <= 366:
        raise ValueError("yday out of range")
    mon, mday = divmod(p.yday - 1, 31)
    mon, mday = mon + 1, mday + 1
    diff = p.yday - _make_time(p, mon, mday, zone).timetuple().tm_yday
    if diff:
        mday += diff
        days = _month_days(datetime.now(zone).year if p.year is None else p.year, mon)
        if mday > 28 and days is not None and mday > days:
            mon, mday = mon + 1, mday - days
            if mon > 12:
                raise ValueError("yday out of range")
    return _make_time(p, mon, mday, zone).astimezone(zone)


def _make_time(p: _Parsed, mon: int | None, mday: int | None, zone: ZoneInfo) -> datetime:
    """Time.make_time: the time in the zone Ruby gives it (the given offset, else `zone`)."""
    now = datetime.now(zone)
    off_year = now.year if p.year is None else p.year
    off = None if p.zone is None else _zone_offset(p.zone, off_year, zone)
    if off is not None:
        now = now.astimezone(_fixed(off))
    # Parts missing before the first given one come from now; those after it default to 0/1.
    given = [p.year, mon, mday, p.hour, p.minute, p.second]
    current = [now.year, now.month, now.day, now.hour, now.minute, now.second]
    micro = Fraction(0) if p.fraction is None else p.fraction * 1_000_000
    for index, part in enumerate(given):
        if part is not None:
            break
        given[index] = current[index]
    else:
        if p.fraction is None:
            micro = Fraction(now.microsecond)
    year, mon, mday, hour, minute, second = (
        default if part is None else part
        for part, default in zip(given, (now.year, 1, 1, 0, 0, 0), strict=True)
    )
    if year != off_year and p.zone is not None:
        off = _zone_offset(p.zone, year, zone)
    if off is None:
        return _local(_wall(year, mon, mday, hour, minute, second, micro), zone)
    utc = _apply_offset(year, mon, mday, hour, minute, second, off)
    return _wall(*utc, micro).replace(tzinfo=timezone.utc).astimezone(_fixed(off))


def _fixed(off: int) -> timezone:
    if not -_DAY_SECONDS < off < _DAY_SECONDS:
        raise ValueError("utc_offset out of range")
    return timezone(timedelta(seconds=off))
