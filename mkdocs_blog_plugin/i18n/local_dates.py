"""Dates as the blog's language writes them (Babel, from the Unicode CLDR), or as the user's
`date_format` (Ruby's strftime, English names, as Jekyll) says."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton

from ..jekyll.problems import RuleError
from ..jekyll.strftime import ruby_strftime


def locale_of(language: str) -> Locale:
    """`de`, `pt-BR`, `pt_BR` or `zh-Hans`; a RuleError for a language Babel does not know."""
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as e:
        raise RuleError(f"language: {language!r} is not a language Babel knows ({e})") from e


@dataclass(frozen=True)
class LocalDates:
    locale: Locale
    date_format: str | None = None  # strftime, as Jekyll; None: the language's long date

    @property
    def direction(self) -> str:
        return "rtl" if self.locale.character_order == "right-to-left" else "ltr"

    def shown(self, moment: datetime) -> str:
        """A post's date on pages: "February 11, 2014", "11. Februar 2014", "2014年2月11日"."""
        if self.date_format is not None:
            return ruby_strftime(moment, self.date_format)
        return self.day(moment.date())

    def day(self, day: date) -> str:
        return format_date(day, "long", locale=self.locale)

    def month(self, year: int, month: int) -> str:
        """ "February 2014", "Februar 2014", "2014年2月"."""
        return format_skeleton("yMMMM", date(year, month, 1), locale=self.locale)

    def year(self, year: int) -> str:
        return format_skeleton("y", date(year, 1, 1), locale=self.locale)

    def title(self, year: int, month: int | None = None, day: int | None = None) -> str:
        """A date page's title, by how much of the date names it."""
        if month is None:
            return self.year(year)
        if day is None:
            return self.month(year, month)
        return self.day(date(year, month, day))


ENGLISH_DATES = LocalDates(locale_of("en"))
