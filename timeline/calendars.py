"""Calendar arithmetic: Solar Hijri (jdatetime), Islamic Umm al-Qura (hijridate), Gregorian.

Every function takes and returns plain ``datetime.date`` values for the Gregorian side and
``(year, month, day)`` tuples for the native side.  Impossible dates raise :class:`InvalidDate`;
Hijri dates outside hijridate's table raise :class:`OutOfRange` (a subclass), so callers can
turn both into a warning and a null value instead of a crash.
"""

from __future__ import annotations

import calendar as _gregorian_calendar
import datetime as _dt
from functools import lru_cache

import jdatetime
from hijridate import Gregorian as _HGregorian
from hijridate import Hijri as _Hijri

GREGORIAN = "gregorian"
JALALI = "jalali"
HIJRI = "hijri"
CALENDARS = (GREGORIAN, JALALI, HIJRI)
# the century each calendar is in (1401–1500 in both Hijri calendars): a later century is no
# century of that calendar (قرن بیست و یکم is the Gregorian 21st)
CURRENT_CENTURY = {GREGORIAN: 21, JALALI: 15, HIJRI: 15}

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class InvalidDate(ValueError):
    """A date that does not exist in its calendar (e.g. 30 Esfand of a common year)."""


class OutOfRange(InvalidDate):
    """A date outside the range a conversion table covers (hijridate: 1343–1500 AH)."""


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise InvalidDate(f"month {month} does not exist")


def days_in_month(calendar: str, year: int, month: int) -> int:
    """Number of days in ``month`` of ``year`` in ``calendar``."""
    _check_month(month)
    if calendar == GREGORIAN:
        if not 1 <= year <= 9999:
            raise OutOfRange(f"year {year} is outside 1–9999")
        return _gregorian_calendar.monthrange(year, month)[1]
    if calendar == JALALI:
        _check_jalali_year(year)
        if month <= 6:
            return 31
        if month <= 11:
            return 30
        return 30 if jalali_is_leap(year) else 29
    if calendar == HIJRI:
        try:
            return _Hijri(year, month, 1).month_length()
        except OverflowError as exc:
            raise OutOfRange(f"Hijri year {year} is outside the Umm al-Qura table (1343–1500)") from exc
    raise ValueError(f"unknown calendar {calendar!r}")


def _check_jalali_year(year: int) -> None:
    if not 1 <= year <= 3177:
        raise OutOfRange(f"Solar Hijri year {year} is outside the supported range")


@lru_cache(maxsize=4096)
def jalali_is_leap(year: int) -> bool:
    """True when the Solar Hijri ``year`` has 366 days (Esfand has 30 days)."""
    _check_jalali_year(year)
    return jdatetime.date(year, 1, 1).isleap()


@lru_cache(maxsize=65536)
def to_gregorian(calendar: str, year: int, month: int, day: int) -> _dt.date:
    """Convert a native date to a Gregorian ``date``; raises InvalidDate for impossible dates."""
    length = days_in_month(calendar, year, month)
    if not 1 <= day <= length:
        raise InvalidDate(f"day {day} does not exist in month {month} of {year} ({calendar}, {length} days)")
    if calendar == GREGORIAN:
        return _dt.date(year, month, day)
    if calendar == JALALI:
        return jdatetime.date(year, month, day).togregorian()
    try:
        g = _Hijri(year, month, day).to_gregorian()
    except OverflowError as exc:
        raise OutOfRange(str(exc)) from exc
    except ValueError as exc:
        raise InvalidDate(str(exc)) from exc
    return _dt.date(g.year, g.month, g.day)


@lru_cache(maxsize=65536)
def from_gregorian(calendar: str, date: _dt.date) -> tuple[int, int, int]:
    """The native ``(year, month, day)`` of a Gregorian date."""
    if calendar == GREGORIAN:
        return date.year, date.month, date.day
    if calendar == JALALI:
        try:
            j = jdatetime.date.fromgregorian(date=date)
        except ValueError as exc:  # before 1 Farvardin 1 (AD 622), or past jdatetime's last year
            raise OutOfRange(f"{date} is outside the Solar Hijri years jdatetime covers") from exc
        return j.year, j.month, j.day
    if calendar == HIJRI:
        try:
            h = _HGregorian(date.year, date.month, date.day).to_hijri()
        except OverflowError as exc:
            raise OutOfRange(str(exc)) from exc
        return h.year, h.month, h.day
    raise ValueError(f"unknown calendar {calendar!r}")


def month_range(calendar: str, year: int, month: int) -> tuple[_dt.date, _dt.date]:
    """First and last Gregorian day of a native month."""
    first = to_gregorian(calendar, year, month, 1)
    return first, first + _dt.timedelta(days=days_in_month(calendar, year, month) - 1)


def year_range(calendar: str, year: int) -> tuple[_dt.date, _dt.date]:
    """First and last Gregorian day of a native year."""
    return month_range(calendar, year, 1)[0], month_range(calendar, year, 12)[1]


def add_months(calendar: str, year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` shifted by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_months(calendar: str, date: _dt.date, delta: int) -> _dt.date:
    """The same day-of-month ``delta`` native months away (clamped to the month's length)."""
    y, m, d = from_gregorian(calendar, date)
    y, m = add_months(calendar, y, m, delta)
    return to_gregorian(calendar, y, m, min(d, days_in_month(calendar, y, m)))


def shift_years(calendar: str, date: _dt.date, delta: int) -> _dt.date:
    """The same native month and day ``delta`` years away (clamped)."""
    return shift_months(calendar, date, 12 * delta)


def add_days(day: _dt.date, days: int) -> _dt.date:
    """``day`` moved by ``days``, held at the first or last day Python's dates reach (1-01-01, 9999-12-31)."""
    ordinal = min(max(day.toordinal() + days, 1), _dt.date.max.toordinal())
    return _dt.date.fromordinal(ordinal)


def nth_weekday(calendar: str, year: int, month: int, weekday: int, n: int) -> _dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a native month; ``n = -1`` is the last one."""
    first, last = month_range(calendar, year, month)
    if n > 0:
        day = first + _dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    else:
        day = last - _dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))
    if not first <= day <= last:
        raise InvalidDate(f"month {month} of {year} has no weekday number {n}")
    return day


def easter(year: int) -> _dt.date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday_step = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_step) // 451
    month = (h + weekday_step - 7 * m + 114) // 31
    day = (h + weekday_step - 7 * m + 114) % 31 + 1
    return to_gregorian(GREGORIAN, year, month, day)  # (OutOfRange past the year 9999)


def native_years_overlapping(calendar: str, gregorian_year: int) -> list[int]:
    """Native years that share days with a Gregorian year (for Hijri months named with a Gregorian year)."""
    first = from_gregorian(calendar, _dt.date(gregorian_year, 1, 1))[0]
    last = from_gregorian(calendar, _dt.date(gregorian_year, 12, 31))[0]
    return list(range(first, last + 1))
