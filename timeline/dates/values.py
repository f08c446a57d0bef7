"""Resolved date values and their string form (``../shared/gold/README.md``).

A value is a Gregorian interval ``[first, last]`` with the unit it was expressed in.  Its string
form is a day (``2024-10-10``), a Gregorian month (``2024-10``) or year (``2024``), or an inclusive
interval ``first/last`` for spans of days and for Solar Hijri and Islamic months and years, which
do not line up with Gregorian ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import calendars as cal

DAY, DAYS, WEEK, MONTH, YEAR, DECADE, QUARTER = "day", "days", "week", "month", "year", "decade", "quarter"


@dataclass(frozen=True)
class Span:
    """A resolved date: Gregorian first and last day, the unit and the calendar of that unit."""

    first: dt.date
    last: dt.date
    unit: str = DAY
    calendar: str = cal.GREGORIAN

    @classmethod
    def day(cls, date: dt.date) -> "Span":
        return cls(date, date, DAY, cal.GREGORIAN)

    @classmethod
    def month(cls, calendar: str, year: int, month: int) -> "Span":
        first, last = cal.month_range(calendar, year, month)
        return cls(first, last, MONTH, calendar)

    @classmethod
    def year(cls, calendar: str, year: int) -> "Span":
        first, last = cal.year_range(calendar, year)
        return cls(first, last, YEAR, calendar)

    @classmethod
    def days(cls, first: dt.date, last: dt.date) -> "Span":
        if first == last:
            return cls.day(first)
        return cls(first, last, DAYS, cal.GREGORIAN)

    @property
    def value(self) -> str:
        """The gold-format string of this value."""
        if self.unit == DAY or self.first == self.last:
            return self.first.isoformat()
        if self.calendar == cal.GREGORIAN and self.unit == MONTH:
            return f"{self.first.year:04d}-{self.first.month:02d}"
        if self.calendar == cal.GREGORIAN and self.unit == YEAR:
            return f"{self.first.year:04d}"
        return f"{self.first.isoformat()}/{self.last.isoformat()}"

    @property
    def precision(self) -> str:
        return DAY if self.first == self.last else self.unit

    def native(self, calendar: str) -> str | None:
        """The value written in ``calendar`` (``1403-07-19``, ``1403-07``, ``1403``), if it can be."""
        try:
            y, m, d = cal.from_gregorian(calendar, self.first)
        except cal.InvalidDate:
            return None
        if self.precision == DAY:
            return f"{y:04d}-{m:02d}-{d:02d}"
        if self.calendar == calendar and self.unit == MONTH:
            return f"{y:04d}-{m:02d}"
        if self.calendar == calendar and self.unit == YEAR:
            return f"{y:04d}"
        try:
            y2, m2, d2 = cal.from_gregorian(calendar, self.last)
        except cal.InvalidDate:
            return None
        return f"{y:04d}-{m:02d}-{d:02d}/{y2:04d}-{m2:02d}-{d2:02d}"

    def distance(self, date: dt.date) -> int:
        """Days from ``date`` to this span (0 when inside)."""
        if date < self.first:
            return (self.first - date).days
        if date > self.last:
            return (date - self.last).days
        return 0


def parse_value(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of a gold-format value string (``None`` for a null value)."""
    if not value:
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    parts = value.split("-")
    if len(parts) == 3:
        d = dt.date.fromisoformat(value)
        return d, d
    year = int(parts[0])
    if len(parts) == 2:
        month = int(parts[1])
        return cal.month_range(cal.GREGORIAN, year, month)
    return cal.year_range(cal.GREGORIAN, year)
