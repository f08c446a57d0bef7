"""Date expressions as the grammar reads them, and how each one resolves to a value.

An expression is what a phrase *says* (a Solar Hijri day without its year, "last Thursday",
"the third Tuesday of September 2014"); :meth:`Expr.resolve` turns it into a :class:`Span`
given a :class:`Context` — the document date, where that date came from, and which way the
sentence points.  Nothing here reads text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Callable

from .. import calendars as cal
from .values import DAY, DECADE, MONTH, WEEK, YEAR, Span

# How a value was obtained (DateMention.basis).
EXPLICIT = "explicit"
YEAR_INFERRED = "year-inferred"
PUBLICATION = "publication-date"
HEADER = "header-date"
NARRATIVE = "narrative-date"
UNANCHORED = "unanchored"

# Mention kinds (the gold's vocabulary).
ABSOLUTE, PARTIAL, RELATIVE = "absolute", "partial", "relative"

FUTURE, PAST = 1, -1

_WEEKDAY_NAMES = cal.WEEKDAYS


@dataclass(frozen=True)
class Context:
    """What a relative or partial expression is resolved against."""

    anchor: dt.date | None = None
    anchor_basis: str | None = None
    direction: int = 0  # the sentence's tense: FUTURE, PAST or 0
    prefer: int = PAST  # used when the sentence gives no direction
    relative_calendar: str = cal.GREGORIAN
    week_start: int = 0  # 0 = Monday
    # tense cues off: ``prefer`` decides every open direction, year-less dates included
    strict: bool = False
    told_before: bool = False  # the clause is in the past perfect (background): its past is firm
    nearest_when_tenseless: bool = False  # a bare weekday in a clause with no tense: the nearest one
    # True when the anchor is "now" for the writer (publication or header date), so that the
    # sentence's tense may pick a direction; a narrative date is not "now".
    @property
    def anchor_is_now(self) -> bool:
        return self.anchor_basis in (PUBLICATION, HEADER)

    @property
    def lean(self) -> int:
        """The direction to take for bare weekdays."""
        return self.direction or self.prefer


@dataclass
class Resolution:
    span: Span | None
    basis: str
    warnings: list[str] = field(default_factory=list)


class Expr:
    """A date expression; subclasses say what they mean and how to resolve it."""

    kind: str = RELATIVE
    calendar: str | None = None
    weekday: int | None = None  # a weekday the text states alongside the date

    def resolve(self, ctx: Context) -> Resolution:  # pragma: no cover - interface
        raise NotImplementedError

    def needs_anchor(self) -> bool:
        return True

    # shared helpers --------------------------------------------------------------------
    def _unanchored(self) -> Resolution:
        return Resolution(None, UNANCHORED, ["no document date to resolve against"])

    def _check_weekday(self, res: Resolution) -> Resolution:
        if self.weekday is not None and res.span is not None and res.span.precision == DAY:
            actual = res.span.first.weekday()
            if actual != self.weekday:
                res.warnings.append(
                    f"stated weekday {_WEEKDAY_NAMES[self.weekday]} does not match "
                    f"{res.span.first.isoformat()} ({_WEEKDAY_NAMES[actual]})")
        return res


def _invalid(exc: Exception, basis: str = EXPLICIT) -> Resolution:
    return Resolution(None, basis, [f"invalid date: {exc}"])


# ---------------------------------------------------------------------------------------------
# Calendar dates: any of day, month and year written, the rest inferred
# ---------------------------------------------------------------------------------------------

@dataclass
class CalendarDate(Expr):
    """A date in one calendar: year only, month (+ year), or day + month (+ year).

    ``year_calendar`` is the calendar of the written year when it differs from the month's
    (``رمضان 2019``); ``year_offset`` is a year relative to the document date (``امسال``,
    ``العام المقبل``) counted in ``year_offset_calendar``; ``direction`` is an explicit
    last/next on the month or day (``سبتمبر الماضي`` = -1, ``بعد القادم`` = +2); ``part`` is a
    part of the month or year (early, mid, late, first_day, last_day).
    """

    calendar: str = cal.GREGORIAN
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_calendar: str | None = None
    year_offset: int | None = None
    year_offset_calendar: str | None = None
    direction: int = 0
    part: str | None = None
    weekday: int | None = None
    two_digit_year: bool = False
    first_day: int | None = None  # days first_day … day of the month (a range: از ۷ تا ۹ فوریه)
    stated_offset: int | None = None  # a relative day said with it (امروز ۱۴ خرداد = 0), checked against it
    same_year: bool = False  # «۲۴ شهریور همان سال»: in the year of the anchor (the calendar date told before it)
    following: bool = False  # «۷ مهر سال بعد»: ``year_offset`` counted from the calendar date told before it
    either_calendar: bool = False  # «١٤٠١/٠٩/٢٢» with no era: Solar or Islamic, whichever is nearer the document

    @property
    def kind(self) -> str:  # type: ignore[override]
        if self.year is not None:
            return ABSOLUTE
        if self.year_offset is not None or self.direction:
            return RELATIVE
        return PARTIAL

    def needs_anchor(self) -> bool:
        return self.year is None

    # -- resolution ---------------------------------------------------------------------
    def resolve(self, ctx: Context) -> Resolution:
        if self.stated_offset is not None and self.year is None and self.year_offset is None \
                and ctx.anchor is not None and ctx.anchor_is_now:
            # («امروز ۱۱ ذی‌الحجه»: the year that puts the date nearest the day said, whatever the tense)
            said = ctx.anchor + dt.timedelta(days=self.stated_offset)
            res = self._resolve(replace(ctx, anchor=said, direction=0, strict=False))
            return self._check_stated(res, ctx)
        res = self._check_stated(self._resolve(ctx), ctx)
        if self.part == "rest" and res.span is not None and ctx.anchor is not None \
                and res.span.first <= ctx.anchor <= res.span.last:  # باقی سال ۱۴۰۳: from the document date
            res.span = Span.days(ctx.anchor, res.span.last)
        return res

    def _check_stated(self, res: Resolution, ctx: Context) -> Resolution:
        """Warn when «today», «yesterday» … said with the date is not that date's day."""
        if self.stated_offset is None or res.span is None or res.span.precision != DAY \
                or ctx.anchor is None or not ctx.anchor_is_now:
            return res
        said = ctx.anchor + dt.timedelta(days=self.stated_offset)
        if self.calendar == cal.HIJRI and abs((said - res.span.first).days) == 1:
            res.span = Span.day(said)  # (a Hijri day a day off the tables: the page follows another sighting)
        elif said != res.span.first:
            res.warnings.append(f"the relative day said with it falls on {said.isoformat()} by the document date, "
                                f"not {res.span.first.isoformat()}")
        return res

    def _resolve(self, ctx: Context) -> Resolution:
        try:
            if self.year is not None:
                years = self._years_from_written()
                basis = EXPLICIT
            elif self.year_offset is not None:
                if ctx.anchor is None:
                    return self._unanchored()
                years = self._years_from_offset(ctx)
                basis = ctx.anchor_basis or UNANCHORED
            elif self.same_year and ctx.anchor_basis == NARRATIVE:
                assert ctx.anchor is not None
                years, basis = [cal.from_gregorian(self.calendar, ctx.anchor)[0]], NARRATIVE
            else:
                if ctx.anchor is None:
                    return self._unanchored()
                return self._check_weekday(self._infer_year(ctx))
            span = self._pick([self.in_year(y) for y in years], self.year_calendar_or_own())
            return self._check_weekday(Resolution(span, basis))
        except cal.InvalidDate as exc:
            return _invalid(exc)

    def year_calendar_or_own(self) -> str:
        return self.year_calendar or self.calendar

    def _years_from_written(self) -> list[int]:
        assert self.year is not None
        if self.year_calendar in (None, self.calendar) or self.month is None:
            return [self.year]
        # a month of one calendar named with a year of another: رمضان 2019, عيد الفطر 2013
        return cal.native_years_overlapping(self.calendar, self.year) if self.year_calendar == cal.GREGORIAN \
            else [self._convert_year(self.year, self.year_calendar)]

    def _convert_year(self, year: int, calendar: str) -> int:
        first = cal.year_range(calendar, year)[0]
        return cal.from_gregorian(self.calendar, first)[0]

    def _years_from_offset(self, ctx: Context) -> list[int]:
        assert ctx.anchor is not None and self.year_offset is not None
        offset_calendar = self.year_offset_calendar or self.calendar
        target = cal.from_gregorian(offset_calendar, ctx.anchor)[0] + self.year_offset
        if offset_calendar == self.calendar or self.month is None:
            return [target]
        if offset_calendar == cal.GREGORIAN:
            return cal.native_years_overlapping(self.calendar, target)
        return [self._convert_year(target, offset_calendar)]

    def _pick(self, spans: list[Span], written_calendar: str) -> Span:
        """Among candidate spans for a written year, the one that lies in that year."""
        if len(spans) == 1 or self.year is None and self.year_offset is None:
            return spans[0]
        year = self.year
        if year is None:  # offset in another calendar: keep the first that starts in it
            return spans[0]
        inside = [s for s in spans if s.first.year == year]
        return (inside or spans)[0]

    def in_year(self, year: int) -> Span:
        """The value in one native year (``year`` of its own calendar; raises InvalidDate)."""
        if self.month is None:
            return _year_part(self.calendar, year, self.part)
        if self.day is None:
            return _month_part(self.calendar, year, self.month, self.part)
        last = cal.to_gregorian(self.calendar, year, self.month, self.day)
        if self.first_day is None:
            return Span.day(last)
        return Span.days(cal.to_gregorian(self.calendar, year, self.month, self.first_day), last)

    def _infer_year(self, ctx: Context) -> Resolution:
        """Choose the year that puts the date nearest the document date, unless told otherwise."""
        assert ctx.anchor is not None
        anchor = ctx.anchor
        base = cal.from_gregorian(self.calendar, anchor)[0]
        candidates: list[Span] = []
        errors: list[cal.InvalidDate] = []
        for year in range(base - 2, base + 3):
            try:
                candidates.append(self.in_year(year))
            except cal.InvalidDate as exc:
                errors.append(exc)
        if not candidates:  # no year has that day: say so of the document's own year
            return _invalid(errors[2], YEAR_INFERRED)
        if self.direction:
            return Resolution(_kth_in_direction(candidates, anchor, self.direction), YEAR_INFERRED)
        month_last = None
        if self.month is not None:
            def month_last(span: Span) -> dt.date:
                year = cal.from_gregorian(self.calendar, span.first)[0]
                return cal.month_range(self.calendar, year, self.month)[1]
        chosen = _choose(candidates, anchor, ctx, month_last)
        if self.weekday is not None and self.day is not None and chosen.first.weekday() != self.weekday \
                and chosen.distance(anchor) > WEEKDAY_PICKS_BEYOND:
            # a stated weekday picks the year of a date far from the document date; near it, a
            # mismatch is the writer's slip (a warning), not a year away
            near = [s for s in candidates if s.distance(anchor) <= 366]
            matching = [s for s in near if s.first.weekday() == self.weekday]
            if len(matching) == 1:
                return Resolution(matching[0], YEAR_INFERRED)
        return Resolution(chosen, YEAR_INFERRED)


# A stated weekday that does not fit the year chosen for a year-less date picks another year only
# when the chosen day is more than this many days from the document date.
WEEKDAY_PICKS_BEYOND = 90

# A tense gives way to the occurrence of a year-less date the other way when that is at most
# TENSE_YIELDS_WITHIN days off and the one its own way more than TENSE_YIELDS_BEYOND days: the verb is then
# the report's, not the event's (past: «توافق کردند … در ۹ اسفند», a few weeks ahead; future: «سترد على
# اغتيال هنية … فجر 31 تموز», a few days back).
TENSE_YIELDS_WITHIN = 30
TENSE_YIELDS_BEYOND = 300


def _tense_yields(own_way: int, other_way: int) -> bool:
    """Does a tense give way: its own way's occurrence ``own_way`` days off, the other way's ``other_way``?"""
    return other_way <= TENSE_YIELDS_WITHIN and own_way > TENSE_YIELDS_BEYOND


def lean_from_tense(ctx: Context) -> bool:
    """Whether the direction in force comes from a simple past tense, not from ``prefer`` or the past perfect."""
    return not ctx.strict and bool(ctx.direction) and not ctx.told_before


def _year_lean(ctx: Context) -> int:
    """The direction that picks the year of a year-less date or named day, or 0 for the nearest:
    against "now" the clause's tense, else ``prefer="future"``; with tense cues off, ``prefer``."""
    if ctx.strict:
        return ctx.prefer
    if not ctx.anchor_is_now:
        return 0
    return ctx.direction or (FUTURE if ctx.prefer == FUTURE else 0)


def _choose(candidates: list[Span], anchor: dt.date, ctx: Context,
            month_last: Callable[[Span], dt.date] | None = None) -> Span:
    """The year of a year-less date: the nearest one, unless a direction applies.

    A direction applies only against "now" (a publication or header date): the tense of the
    clause (a past event is never after the document date, a future one never before it),
    ``prefer="future"``, or — with tense cues off — ``prefer`` itself.  Looking forward, a day of
    the current month still counts (Duckling's reading of "the 1st of February").
    """
    lean = _year_lean(ctx)
    if lean == FUTURE:
        ahead = [s for s in candidates if (month_last(s) if month_last and ctx.prefer == FUTURE else s.last) >= anchor]
        if ahead:
            coming = min(ahead, key=lambda s: s.first)
            last = max((s for s in candidates if s.last < anchor), key=lambda s: s.first, default=None)
            if last is not None and lean_from_tense(ctx) \
                    and _tense_yields((coming.first - anchor).days, (anchor - last.last).days):
                return last  # «سترد على اغتيال هنية … فجر 31 تموز»: a future verb about a day a few days back
            return coming
    if lean == PAST:
        behind = [s for s in candidates if s.first <= anchor]
        if behind:
            latest = max(behind, key=lambda s: s.first)
            coming = next((s for s in candidates if s.first > anchor), None)  # (candidates run in year order)
            if coming is not None and lean_from_tense(ctx) \
                    and _tense_yields(latest.distance(anchor), (coming.first - anchor).days):
                return coming  # «توافق کردند … در ۹ اسفند»: a past verb about a date a few weeks ahead
            return latest
    return min(candidates, key=lambda s: (s.distance(anchor), s.first if ctx.prefer == FUTURE else -s.first.toordinal()))


def _kth_in_direction(candidates: list[Span], anchor: dt.date, direction: int) -> Span:
    """The |direction|-th candidate strictly before (negative) or after (positive) the anchor."""
    if direction < 0:
        side = sorted((s for s in candidates if s.last < anchor), key=lambda s: s.first, reverse=True)
    else:
        side = sorted((s for s in candidates if s.first > anchor), key=lambda s: s.first)
    if not side:  # (an anchor at the very start or end of Python's dates)
        raise cal.OutOfRange("no such day within the years 1–9999")
    return side[min(abs(direction), len(side)) - 1]


def _month_part(calendar: str, year: int, month: int, part: str | None) -> Span:
    span = Span.month(calendar, year, month)
    if part is None:
        return span
    last_day = cal.days_in_month(calendar, year, month)
    if part == "early":
        return Span.days(span.first, span.first + dt.timedelta(days=9))
    if part == "mid":  # the middle ten days, as early and late are the first and last
        return Span.days(span.first + dt.timedelta(days=10), span.first + dt.timedelta(days=19))
    if part == "midpoint":  # «منتصف», «نیمه»: the month's middle day
        return Span.day(span.first + dt.timedelta(days=14))
    if part == "late":
        return Span.days(span.first + dt.timedelta(days=20), span.last)
    if part == "first_half":
        return Span.days(span.first, span.first + dt.timedelta(days=14))
    if part == "second_half":
        return Span.days(span.first + dt.timedelta(days=15), span.last)
    if part == "first_day":
        return Span.day(span.first)
    if part == "last_day":
        return Span.day(span.first + dt.timedelta(days=last_day - 1))
    if part == "rest":  # the rest of it: cut at the document date by CalendarDate.resolve
        return span
    if part in WEEK_PARTS:  # «هفته سوم بهمن», «الأسبوع الأول من أكتوبر»: days 7n-6 … 7n; the last: its last 7
        n = WEEK_PARTS[part]
        first = span.first + dt.timedelta(days=7 * (n - 1)) if n else span.last - dt.timedelta(days=6)
        return Span.days(first, min(first + dt.timedelta(days=6), span.last))
    raise ValueError(part)


# the weeks of a month, by their number (0: the last one)
WEEK_PARTS = {"week_1": 1, "week_2": 2, "week_3": 3, "week_4": 4, "last_week": 0}


# parts of a year: early = the first half, late = the second, mid (and its midpoint) = the middle half
_YEAR_PARTS = {"early": (1, 6), "mid": (4, 9), "midpoint": (4, 9), "late": (7, 12),
               "first_half": (1, 6), "second_half": (7, 12)}


def _year_part(calendar: str, year: int, part: str | None) -> Span:
    span = Span.year(calendar, year)
    if part is None:
        return span
    if part == "first_day":
        return Span.day(span.first)
    if part == "last_day":
        return Span.day(span.last)
    if part == "rest":
        return span
    m1, m2 = _YEAR_PARTS[part]
    return Span.days(cal.month_range(calendar, year, m1)[0], cal.month_range(calendar, year, m2)[1])


# ---------------------------------------------------------------------------------------------
# Relative expressions
# ---------------------------------------------------------------------------------------------

@dataclass
class RelativeDay(Expr):
    """Today, yesterday, tomorrow … (an offset in days from the document date)."""

    offset: int = 0
    weekday: int | None = None

    def resolve(self, ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return self._unanchored()
        span = Span.day(ctx.anchor + dt.timedelta(days=self.offset))
        return self._check_weekday(Resolution(span, ctx.anchor_basis or UNANCHORED))


@dataclass
class SameDay(Expr):
    """"The same day" (``في اليوم نفسه``, ``همان روز``): the day of the last full date stated before
    it, whatever the document date (resolved with the narrative date as the anchor)."""

    def resolve(self, ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return Resolution(None, UNANCHORED, ["no earlier date for «the same day» to refer to"])
        return Resolution(Span.day(ctx.anchor), NARRATIVE)


@dataclass
class DayOfSameMonth(Expr):
    """A day of "the same month" (``22 من الشهر نفسه``): that day of the month of the
    last date stated before it, in that date's calendar (the anchor and ``relative_calendar``)."""

    day: int = 1
    weekday: int | None = None

    def resolve(self, ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return Resolution(None, UNANCHORED, ["no earlier month for «the same month» to refer to"])
        calendar = ctx.relative_calendar
        year, month, _day = cal.from_gregorian(calendar, ctx.anchor)
        try:
            return self._check_weekday(Resolution(Span.day(cal.to_gregorian(calendar, year, month, self.day)),
                                                  NARRATIVE))
        except cal.InvalidDate as exc:
            return _invalid(exc, NARRATIVE)


@dataclass
class Season(Expr):
    """The last or the next season (``زمستان گذشته``, ``تابستان آینده``): its months of the language's
    relative calendar, the whole one nearest before or after the document date."""

    first_month: int = 1
    last_month: int = 3
    direction: int = PAST
    calendar: str | None = None  # None: the language's relative calendar

    def resolve(self, ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return self._unanchored()
        calendar = self.calendar or ctx.relative_calendar
        year = cal.from_gregorian(calendar, ctx.anchor)[0]
        seasons = [Span.days(cal.month_range(calendar, y, self.first_month)[0],
                             cal.month_range(calendar, y, self.last_month)[1]) for y in range(year - 2, year + 3)]
        if self.direction == PAST:
            chosen = [s for s in seasons if s.last < ctx.anchor][-1]
        else:
            chosen = [s for s in seasons if s.first > ctx.anchor][0]
        return Resolution(chosen, ctx.anchor_basis or UNANCHORED)


@dataclass
class RelativeUnit(Expr):
    """This / last / next week, month or year (``هفته گذشته``, ``العام المقبل``)."""

    unit: str = YEAR
    offset: int = 0
    calendar: str | None = None  # None: the language's relative calendar
    part: str | None = None

    def resolve(self, ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return self._unanchored()
        calendar = self.calendar or ctx.relative_calendar
        span = unit_span(self.unit, self.offset, ctx.anchor, calendar, ctx.week_start)
        if self.part == "rest":  # باقي الشهر: from the document date to the end of the unit
            span = Span.days(ctx.anchor, span.last)
        elif self.part is not None:
            span = _apply_part(span, self.unit, calendar, self.part)
        return Resolution(span, ctx.anchor_basis or UNANCHORED)


def unit_span(unit: str, offset: int, anchor: dt.date, calendar: str, week_start: int) -> Span:
    """The week, month or year ``offset`` units from the one containing ``anchor``."""
    if unit == WEEK:
        start = anchor - dt.timedelta(days=(anchor.weekday() - week_start) % 7) + dt.timedelta(weeks=offset)
        return Span(start, start + dt.timedelta(days=6), WEEK, cal.GREGORIAN)
    y, m, _ = cal.from_gregorian(calendar, anchor)
    if unit == MONTH:
        y, m = cal.add_months(calendar, y, m, offset)
        return Span.month(calendar, y, m)
    if unit == YEAR:
        return Span.year(calendar, y + offset)
    if unit == DECADE:
        start = y // 10 * 10 + 10 * offset
        return Span(cal.year_range(calendar, start)[0], cal.year_range(calendar, start + 9)[1], DECADE, calendar)
    if unit == "century":
        start = (y - 1) // 100 * 100 + 1 + 100 * offset
        return Span(cal.year_range(calendar, start)[0], cal.year_range(calendar, start + 99)[1], "century", calendar)
    raise ValueError(unit)


def _apply_part(span: Span, unit: str, calendar: str, part: str) -> Span:
    y, m, _ = cal.from_gregorian(calendar, span.first)
    if unit == MONTH:
        return _month_part(calendar, y, m, part)
    if unit == YEAR:
        return _year_part(calendar, y, part)
    return span


@dataclass
class MonthDay(Expr):
    """A day of a month given relatively: ``20 من الشهر القادم``, ``۱۵ ام ماه``."""

    day: int = 1
    month_offset: int = 0
    calendar: str | None = None
    weekday: int | None = None

    def resolve(self, ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return self._unanchored()
        calendar = self.calendar or ctx.relative_calendar
        month = unit_span(MONTH, self.month_offset, ctx.anchor, calendar, ctx.week_start)
        y, m, _ = cal.from_gregorian(calendar, month.first)
        try:
            span = Span.day(cal.to_gregorian(calendar, y, m, self.day))
        except cal.InvalidDate as exc:
            return _invalid(exc, ctx.anchor_basis or UNANCHORED)
        return self._check_weekday(Resolution(span, ctx.anchor_basis or UNANCHORED))


@dataclass
class DayOfMonth(Expr):
    """A day of the month alone: ``عدت يوم 27`` → the 27th of the month nearest in direction."""

    day: int = 1

    def resolve(self, ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return self._unanchored()
        a = ctx.anchor
        candidates = []
        for delta in range(-2, 3):
            y, m = cal.add_months(cal.GREGORIAN, a.year, a.month, delta)
            if self.day <= cal.days_in_month(cal.GREGORIAN, y, m):
                candidates.append(Span.day(dt.date(y, m, self.day)))
        return Resolution(_choose(candidates, a, replace(ctx, strict=True, prefer=ctx.lean)),
                          ctx.anchor_basis or UNANCHORED)


@dataclass
class WeekdayDay(Expr):
    """A weekday with a day of the month and no month: ``الخميس 21`` → the nearest such Thursday."""

    day: int = 1
    weekday: int = 0

    def resolve(self, ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return self._unanchored()
        a = ctx.anchor
        candidates = []
        for delta in range(-7, 8):
            y, m = cal.add_months(cal.GREGORIAN, a.year, a.month, delta)
            if self.day <= cal.days_in_month(cal.GREGORIAN, y, m):
                d = dt.date(y, m, self.day)
                if d.weekday() == self.weekday:
                    candidates.append(Span.day(d))
        if not candidates:
            return Resolution(None, ctx.anchor_basis or UNANCHORED,
                              [f"no {_WEEKDAY_NAMES[self.weekday]} falls on day {self.day} near the document date"])
        return Resolution(_choose(candidates, a, ctx), ctx.anchor_basis or UNANCHORED)


@dataclass
class WeekdayRef(Expr):
    """A weekday: bare (``الخميس``), with last/next/this (``الأحد الماضي``), or in a given week."""

    weekday: int = 0
    offset: int | None = None  # -1 last, +1 next, 0 this, ±2 before last / after next; None bare
    week_offset: int | None = None  # the weekday of this (0) / last (-1) / next (+1) week

    @property
    def bare(self) -> bool:
        """A weekday with no last/next and no week (``الخميس``, ``روز سه‌شنبه``)."""
        return self.offset is None and self.week_offset is None

    def resolve(self, ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return self._unanchored()
        a = ctx.anchor
        if self.week_offset is not None:
            week = unit_span(WEEK, self.week_offset, a, cal.GREGORIAN, ctx.week_start)
            day = week.first + dt.timedelta(days=(self.weekday - week.first.weekday()) % 7)
        elif self.offset is None and ctx.nearest_when_tenseless and not ctx.direction and ctx.anchor_is_now:
            back = _weekday_near(a, self.weekday, PAST, inclusive=True)
            ahead = _weekday_near(a, self.weekday, FUTURE, inclusive=True)
            day = ahead if ahead - a < a - back else back
        elif self.offset is None:  # past: on or before the document date; future: after it
            day = _weekday_near(a, self.weekday, ctx.lean, inclusive=ctx.lean < 0)
        elif self.offset == 0:
            day = _weekday_near(a, self.weekday, FUTURE, inclusive=True)
        else:
            day = _weekday_near(a, self.weekday, 1 if self.offset > 0 else -1, inclusive=False)
            day += dt.timedelta(weeks=(abs(self.offset) - 1) * (1 if self.offset > 0 else -1))
        return Resolution(Span.day(day), ctx.anchor_basis or UNANCHORED)


def _weekday_near(anchor: dt.date, weekday: int, direction: int, inclusive: bool) -> dt.date:
    """The nearest ``weekday`` on/before (direction < 0) or on/after the anchor."""
    if direction < 0:
        back = (anchor.weekday() - weekday) % 7
        if back == 0 and not inclusive:
            back = 7
        return anchor - dt.timedelta(days=back)
    ahead = (weekday - anchor.weekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


@dataclass
class Rolling(Expr):
    """The next or last N units, counted from the document date: ``3 أيام القادمة``, ``دو سال گذشته``."""

    unit: str = "day"
    count: int = 1
    sign: int = 1
    calendar: str | None = None

    def resolve(self, ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return self._unanchored()
        a = ctx.anchor
        far = Shift(amounts=((self.unit, self.count),), sign=self.sign, calendar=self.calendar).resolve(ctx)
        if far.span is None:
            return far
        if self.sign > 0:
            span = Span.days(a + dt.timedelta(days=1), far.span.first)
        else:
            span = Span.days(far.span.first, a - dt.timedelta(days=1))
        return Resolution(span, ctx.anchor_basis or UNANCHORED)


@dataclass
class Shift(Expr):
    """A day some units away from the document date: ``یک هفته پیش``, ``بعد 3 أيام``."""

    amounts: tuple[tuple[str, int], ...] = ()
    sign: int = -1
    calendar: str | None = None

    def resolve(self, ctx: Context) -> Resolution:
        if ctx.anchor is None:
            return self._unanchored()
        calendar = self.calendar or ctx.relative_calendar
        day = ctx.anchor
        try:
            for unit, n in self.amounts:
                n *= self.sign
                if unit == "day":
                    day += dt.timedelta(days=n)
                elif unit == "week":
                    day += dt.timedelta(weeks=n)
                elif unit == "month":
                    day = cal.shift_months(calendar, day, n)
                elif unit == "year":
                    day = cal.shift_years(calendar, day, n)
        except cal.InvalidDate as exc:  # (past the years 1–9999: the finder says so)
            return _invalid(exc, ctx.anchor_basis or UNANCHORED)
        return Resolution(Span.day(day), ctx.anchor_basis or UNANCHORED)


# ---------------------------------------------------------------------------------------------
# Named days, ordinal weekdays, ranges
# ---------------------------------------------------------------------------------------------

@dataclass
class Holiday(Expr):
    """A named day (``نوروز``, ``عيد الفطر``, ``عيد الفصح``), in a given or the nearest year."""

    rule: str = ""
    year: int | None = None
    year_calendar: str | None = None
    year_offset: int | None = None
    year_offset_calendar: str | None = None
    direction: int = 0  # last or next, said of it (عيد الفطر الماضي)
    near: bool = False  # on its eve (در آستانه, فرا رسیدن, عشية): the occurrence nearest the anchor, whatever the tense
    nth_day: int = 1  # the day counted within a feast of several days (ثالث أيام عيد الأضحى: 3)

    @property
    def kind(self) -> str:  # type: ignore[override]
        return ABSOLUTE if self.year is not None else RELATIVE

    @property
    def calendar(self) -> str | None:  # type: ignore[override]
        head = self.rule.split()[0]
        return head if head in cal.CALENDARS else cal.GREGORIAN

    def needs_anchor(self) -> bool:
        return self.year is None

    def resolve(self, ctx: Context) -> Resolution:
        return self._on_its_weekday(self._resolve_by_year(ctx))

    def _resolve_by_year(self, ctx: Context) -> Resolution:
        try:
            if self.year is not None:
                return Resolution(self._in_year(self.year, self.year_calendar or self.calendar), EXPLICIT)
            if ctx.anchor is None:
                return self._unanchored()
            basis = ctx.anchor_basis or UNANCHORED
            if self.year_offset is not None:
                ycal = self.year_offset_calendar or ctx.relative_calendar
                target = cal.from_gregorian(ycal, ctx.anchor)[0] + self.year_offset
                return Resolution(self._in_year(target, ycal), basis)
            lean = self.direction or _year_lean(ctx)
            if not lean or self.near and not self.direction:
                return Resolution(self._nearest(ctx.anchor), basis)
            may_yield = not self.direction and ctx.anchor_is_now and lean_from_tense(ctx)
            return Resolution(self._around(ctx.anchor, lean, may_yield), basis)
        except cal.InvalidDate as exc:
            return _invalid(exc)

    def occurrence(self, native_year: int) -> dt.date:
        """The day in a year of the holiday's own calendar (Gregorian for computed ones)."""
        return self._first_day(native_year) + dt.timedelta(days=self.nth_day - 1)

    def _first_day(self, native_year: int) -> dt.date:
        parts = self.rule.split()
        if parts[0] == "easter":
            return cal.easter(native_year)
        if parts[0] == "nth":
            month, weekday, n = int(parts[1]), _WEEKDAY_NAMES.index(parts[2]), int(parts[3])
            return cal.nth_weekday(cal.GREGORIAN, native_year, month, weekday, n)
        month, day = (int(x) for x in parts[1].split("-"))
        return cal.to_gregorian(parts[0], native_year, month, day)

    def _own_calendar(self) -> str:
        head = self.rule.split()[0]
        return head if head in cal.CALENDARS else cal.GREGORIAN

    def _on_its_weekday(self, res: Resolution) -> Resolution:
        """The day moved to the weekday the text states with it, one day either way (a Hijri feast
        follows the moon's sighting, not the tables); any other mismatch is reported."""
        if self.weekday is None or res.span is None or res.span.first.weekday() == self.weekday:
            return res
        if self.calendar == cal.HIJRI:
            for shift in (-1, 1):
                day = res.span.first + dt.timedelta(days=shift)
                if day.weekday() == self.weekday:
                    return Resolution(Span.day(day), res.basis, res.warnings)
        return self._check_weekday(res)

    def _in_year(self, year: int, year_calendar: str) -> Span:
        own = self._own_calendar()
        if year_calendar == own:
            return Span.day(self.occurrence(year))
        first, last = cal.year_range(year_calendar, year)
        for native in range(cal.from_gregorian(own, first)[0], cal.from_gregorian(own, last)[0] + 1):
            day = self.occurrence(native)
            if first <= day <= last:
                return Span.day(day)
        raise cal.InvalidDate(f"no {self.rule} in year {year}")

    def _nearest(self, anchor: dt.date) -> Span:
        base = cal.from_gregorian(self._own_calendar(), anchor)[0]
        days = [self.occurrence(y) for y in range(base - 1, base + 2)]
        return Span.day(min(days, key=lambda d: (abs((d - anchor).days), d < anchor)))

    def _around(self, anchor: dt.date, lean: int, may_yield: bool = False) -> Span:
        """The occurrence on or after (FUTURE) or on/before the anchor; a past tense may yield to one a few
        weeks ahead, as for year-less dates («اتفقا على عقد اجتماع بعد عيد الأضحى», the day before it)."""
        own = self._own_calendar()
        base = cal.from_gregorian(own, anchor)[0]
        days = sorted(self.occurrence(y) for y in range(base - 1, base + 2))
        if lean == FUTURE:  # (today's counts: «نیمه شعبان امروز … برگزار می‌شود»)
            return Span.day(next(d for d in days if d >= anchor))
        coming = next(d for d in days if d > anchor)
        latest = max(d for d in days if d <= anchor)
        if may_yield and lean == PAST and _tense_yields((anchor - latest).days, (coming - anchor).days):
            return Span.day(coming)
        return Span.day(latest)


@dataclass
class _InMonth(Expr):
    """A day counted within a month (the month resolves to a month span; none: the current one)."""

    n: int = 1
    month: Expr | None = None

    @property
    def kind(self) -> str:  # type: ignore[override]
        return self.month.kind if self.month is not None else RELATIVE

    def needs_anchor(self) -> bool:
        return self.month is None or self.month.needs_anchor()


@dataclass
class NthWeekday(_InMonth):
    """The n-th (or last, n = -1) weekday of a month: ``ثالث ثلاثاء في أيلول 2014``."""

    weekday: int = 0

    def resolve(self, ctx: Context) -> Resolution:
        res = _month_of(self.month, ctx)
        if res.span is None:
            return res
        days = [res.span.first + dt.timedelta(days=i)
                for i in range((res.span.last - res.span.first).days + 1)]
        hits = [d for d in days if d.weekday() == self.weekday]
        index = self.n - 1 if self.n > 0 else self.n
        if not -len(hits) <= index < len(hits):
            return Resolution(None, res.basis, [f"that month has no {_WEEKDAY_NAMES[self.weekday]} number {self.n}"])
        return Resolution(Span.day(hits[index]), res.basis, res.warnings)


@dataclass
class NthDay(_InMonth):
    """The n-th (or last, n = -1) day of a month: ``ثالث يوم من شهر عشرة``."""

    def resolve(self, ctx: Context) -> Resolution:
        res = _month_of(self.month, ctx)
        if res.span is None:
            return res
        length = (res.span.last - res.span.first).days + 1
        index = self.n - 1 if self.n > 0 else length + self.n
        if not 0 <= index < length:
            return Resolution(None, res.basis, [f"that month has no day {self.n}"])
        return Resolution(Span.day(res.span.first + dt.timedelta(days=index)), res.basis, res.warnings)


def _month_of(expr: Expr | None, ctx: Context) -> Resolution:
    if expr is None:
        return RelativeUnit(unit=MONTH, offset=0).resolve(ctx)
    return expr.resolve(ctx)


@dataclass
class FirstConsistent(Expr):
    """Readings of one phrase in order of preference; the first whose stated weekday agrees wins."""

    options: tuple[Expr, ...] = ()

    @property
    def kind(self) -> str:  # type: ignore[override]
        return self.options[0].kind

    @property
    def calendar(self) -> str | None:  # type: ignore[override]
        return self.options[0].calendar

    def needs_anchor(self) -> bool:
        return any(o.needs_anchor() for o in self.options)

    def resolve(self, ctx: Context) -> Resolution:
        results = [o.resolve(ctx) for o in self.options]
        for res in results:
            if res.span is not None and not any("weekday" in w for w in res.warnings):
                return res
        return results[0]


@dataclass
class Range(Expr):
    """From one date to another, inclusive: ``از ۷ تا ۹ فوریه``, ``بين 22 و24 أكتوبر``."""

    start: Expr | None = None
    end: Expr | None = None

    @property
    def kind(self) -> str:  # type: ignore[override]
        kinds = {self.start.kind, self.end.kind} if self.start and self.end else {RELATIVE}
        for k in (RELATIVE, PARTIAL):
            if k in kinds:
                return k
        return ABSOLUTE

    @property
    def calendar(self) -> str | None:  # type: ignore[override]
        return self.end.calendar if self.end is not None else None

    def needs_anchor(self) -> bool:
        return bool(self.start and self.start.needs_anchor() or self.end and self.end.needs_anchor())

    def resolve(self, ctx: Context) -> Resolution:
        assert self.start is not None and self.end is not None
        told_start = isinstance(self.start, RelativeDay) \
            or isinstance(self.start, WeekdayRef) and not self.start.bare and isinstance(self.end, WeekdayRef) \
            and self.end.bare
        if told_start and isinstance(self.end, (WeekdayRef, CalendarDate)) and self.end.needs_anchor():
            # «از امروز تا چهارشنبه», «از یکشنبه گذشته تا پنجشنبه»: the end is the first such day after the start
            start = self.start.resolve(ctx)
            end = self.end.resolve(replace(_with_anchor(ctx, start), strict=True, prefer=FUTURE)) \
                if start.span is not None else start
            end.basis = start.basis
        else:
            end = self.end.resolve(ctx)
            start_ctx = ctx
            # («من يوم الثلاثاء إلى الخميس 6 يونيو»: the Tuesday before that Thursday — when the end is a
            # day that names its weekday, the range lies in one week)
            bare_weekday = isinstance(self.start, WeekdayRef) and self.start.bare \
                and getattr(self.end, "weekday", None) is not None
            if (isinstance(self.start, CalendarDate) and self.start.kind == PARTIAL or bare_weekday) \
                    and end.span is not None:
                # a year-less start is the last such day on or before the end (از اول فروردین تا پایان آذر امسال)
                start_ctx = replace(_with_anchor(ctx, end), anchor=end.span.last, strict=True, prefer=PAST)
            start = self.start.resolve(start_ctx)
        if start.span is None or end.span is None:
            return Resolution(None, end.basis if end.span is None else start.basis, start.warnings + end.warnings)
        warnings = start.warnings + end.warnings
        first, last = start.span.first, end.span.last
        if first > last:
            warnings.append(f"range runs backwards ({first.isoformat()} after {last.isoformat()})")
            first, last = last, first
        basis = end.basis if end.basis != EXPLICIT else start.basis
        return Resolution(Span.days(first, last) if (start.span.unit, end.span.unit) != (YEAR, YEAR)
                          or start.span.calendar != cal.GREGORIAN else Span(first, last, "days"), basis, warnings)


def _with_anchor(ctx: Context, res: Resolution) -> Context:
    """A context anchored on a resolved value (for the start of a range or an equivalent)."""
    if res.span is None:
        return ctx
    return replace(ctx, anchor=res.span.first, anchor_basis=NARRATIVE, direction=0, prefer=PAST, strict=False)


@dataclass
class DayOfMonthRange(Expr):
    """Days of one month: ``از ۷ تا ۹ فوریه``; the month and year are found once, for the end."""

    first_day: int = 1
    last: CalendarDate | None = None

    @property
    def kind(self) -> str:  # type: ignore[override]
        return self.last.kind if self.last else PARTIAL

    @property
    def calendar(self) -> str | None:  # type: ignore[override]
        return self.last.calendar if self.last else None

    def needs_anchor(self) -> bool:
        return self.last is None or self.last.needs_anchor()

    def resolve(self, ctx: Context) -> Resolution:
        """The days as one span, its year chosen for the whole range (an event under way on the
        document date is neither past nor to come)."""
        assert self.last is not None
        if self.last.day is not None and self.first_day > self.last.day:
            end = self.last.resolve(ctx)
            return Resolution(None, end.basis, [f"range runs backwards (day {self.first_day} after {self.last.day})"])
        return replace(self.last, first_day=self.first_day).resolve(ctx)


@dataclass
class Untimed(Expr):
    """A temporal expression that is not a date: a duration, a repeating set or a vague time."""

    kind: str = "duration"  # type: ignore[assignment]
    iso: str | None = None  # an ISO 8601 duration (P3D) when the expression is one

    def needs_anchor(self) -> bool:
        return False

    def resolve(self, ctx: Context) -> Resolution:
        return Resolution(None, EXPLICIT)


@dataclass
class LatinDate(Expr):
    """A Latin-script date inside the page, read by dateparser."""

    text: str = ""
    has_day: bool = True
    has_year: bool = True

    @property
    def kind(self) -> str:  # type: ignore[override]
        return ABSOLUTE if self.has_year else PARTIAL

    calendar = cal.GREGORIAN

    def needs_anchor(self) -> bool:
        return not self.has_year

    def resolve(self, ctx: Context) -> Resolution:
        import dateparser  # imported on first use: it is slow to load

        base = dt.datetime.combine(ctx.anchor, dt.time()) if ctx.anchor else dt.datetime(2000, 1, 1)
        settings = {"PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"}
        parsed = dateparser.parse(self.text, languages=["en"], settings=settings)
        if parsed is None:
            return Resolution(None, EXPLICIT, [f"dateparser could not read {self.text!r}"])
        day = parsed.date()
        if not self.has_year and ctx.anchor is None:
            return self._unanchored()
        basis = EXPLICIT if self.has_year else YEAR_INFERRED
        if self.has_day:
            if not self.has_year:
                return CalendarDate(cal.GREGORIAN, None, day.month, day.day).resolve(ctx)
            return Resolution(Span.day(day), basis)
        if not self.has_year:
            return CalendarDate(cal.GREGORIAN, None, day.month).resolve(ctx)
        return Resolution(Span.month(cal.GREGORIAN, day.year, day.month), basis)
