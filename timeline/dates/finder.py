"""``find_dates``: read every date in a document and resolve it against the document date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import calendars as cal
from ..lexicon import GAP0, detect_language
from ..textnorm import CleanText, clean
from .expressions import (
    EXPLICIT,
    FUTURE,
    HEADER,
    NARRATIVE,
    PAST,
    PUBLICATION,
    RELATIVE,
    UNANCHORED,
    YEAR_INFERRED,
    CalendarDate,
    Context,
    DayOfMonth,
    DayOfSameMonth,
    Expr,
    LatinDate,
    Range,
    RelativeUnit,
    Resolution,
    SameDay,
    WeekdayDay,
    WeekdayRef,
)
from .grammar import STRICT_PART, Grammar, Parse, grammar
from .mention import DateMention
from .values import YEAR, Span

# " date 2025-08-29 …": a publication date some scrapers put before the text (metadata, not text)
METADATA_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?!\d)")

_SENTENCE_END = re.compile(r"[.!?؟\n]")
MOVED_BEFORE = 120  # characters before a date where «postponed» makes «X إلى Y» a move, not a range
HEADER_LINES = 6  # a page header or dateline sits in the first lines …
HEADER_LINE_LENGTH = 60  # … on a short line of its own
NEAR_FULL_DATE = 300  # characters after a full date within which a tenseless bare weekday leans its way …
NEAR_FULL_DATE_DAYS = 7  # … when that date lies within a week of the document date
NEAR_DAY_TOLD = 80  # characters after a day within which a bare weekday of that day's weekday is that day
SENTENCE_ENDS = ".!?؟\n"  # (a stated year goes on to the end of its sentence)
OUTSIDE_THE_YEARS = "invalid date: it falls outside the years 1–9999"


@dataclass(frozen=True)
class DocumentDate:
    """The date a document's relative expressions are read against, and where it came from."""

    date: dt.date | None
    basis: str | None
    lang: str | None = None  # the language the text was read in (given or detected)


def metadata_date(text: str) -> tuple[dt.date | None, int]:
    """A leading ``date YYYY-MM-DD`` line: the date and where the article text starts."""
    m = METADATA_DATE.match(text)
    if not m:
        return None, 0
    try:
        return dt.date.fromisoformat(m.group(1)), m.end()
    except ValueError:
        return None, m.end()


def find_dates(text: str, published: dt.date | str | None = None, lang: str | None = None,
               prefer: str = "past", *, tense: bool = True, extras: bool = False) -> list[DateMention]:
    """Every date mention in ``text``, normalised, with offsets into ``text``.

    ``published`` is the document date (a ``date`` or ISO string); without it a leading
    ``date YYYY-MM-DD`` line, a page-header date, or the latest full date stated earlier in the
    text is used, in that order.  ``lang`` is ``"fa"`` or ``"ar"`` (detected when None);
    ``prefer`` (``"past"`` or ``"future"``) is the direction for bare weekdays when the sentence
    gives no tense cue (with ``"past"``, in a language whose verbs always mark tense, a Persian
    clause with none is nominal and its bare weekday is the nearest); a year-less day or a named
    day takes the nearest year (looking forward with ``"future"``).  ``tense=False`` ignores the sentence's tense and lets
    ``prefer`` decide every direction (the convention of suites that resolve each expression
    both ways, like Recognizers-Text).  ``extras=True`` also reports durations (``سفری ۲ روزه``,
    kind ``duration``, ISO duration in ``native``), repeating sets (``هر شب``, kind ``set``) and
    vague times (``چند سال پیش``, kind ``vague``), all with a null value.
    """
    return read_dates(text, published, lang, prefer, tense=tense, extras=extras)[0]


def read_dates(text: str, published: dt.date | str | None = None, lang: str | None = None,
               prefer: str = "past", *, tense: bool = True,
               extras: bool = False) -> tuple[list[DateMention], DocumentDate]:
    """``find_dates`` and the document date it read the text against (publication, a leading
    ``date`` line or the page header; None when there is none), with the language it was read in."""
    if prefer not in ("past", "future"):
        raise ValueError(f"prefer must be 'past' or 'future', not {prefer!r}")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    meta, body_start = metadata_date(text)
    if published is None:
        published = meta
    code = lang or detect_language(text, default="")
    if code not in ("fa", "ar", ""):
        raise ValueError(f"unsupported language {code!r} (expected 'fa' or 'ar')")
    cleaned = clean(text)
    start = cleaned.to_clean(body_start)
    if code:
        g = grammar(code)
        parses = g.parse(cleaned.text, start, extras)
    else:  # no letter tells (a short snippet): the language whose grammar reads more of it
        g, parses = max(((grammar(c), grammar(c).parse(cleaned.text, start, extras)) for c in ("fa", "ar")),
                        key=lambda gp: sum(p.end - p.start for p in gp[1]))
    parses = _strict_parts_kept(_merge_ranges(parses, cleaned.text, g), cleaned.text, g)
    resolver = _Resolver(g, cleaned, parses, published, FUTURE if prefer == "future" else PAST, tense)
    mentions = resolver.run()
    read_in = g.L.code
    if published is not None:
        return mentions, DocumentDate(published, PUBLICATION, read_in)
    if resolver.header is not None and resolver.results[resolver.header].span is not None:
        return mentions, DocumentDate(resolver.results[resolver.header].span.first, HEADER, read_in)
    return mentions, DocumentDate(None, None, read_in)


# ---------------------------------------------------------------------------------------------
# phrases that combine mentions: ranges across two dates, equivalents in another calendar
# ---------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _joints(code: str) -> dict[str, re.Pattern]:
    """Regexes for the text between two mentions of a language: a range, a list, an equivalent."""
    L = grammar(code).L
    return {
        # (to the end of a year: «من مايو وحتى نهاية 2023»)
        "to": re.compile(rf"{GAP0}(?:[-–—]|{L['range_to'].rx()}){GAP0}"
                         + (rf"(?:{L['range_to_end'].rx()}{GAP0})?" if L["range_to_end"] else "")),
        "and": re.compile(rf"{GAP0}{L['range_and'].rx()}{GAP0}"),
        "from": re.compile(rf"(?P<w>{L['range_from'].rx()}|{L['range_between'].rx()}){GAP0}$"),
        "list": re.compile(rf"{GAP0}(?:{L['range_and'].rx()}|[,،]){GAP0}"),
        "equivalent": re.compile(rf"{GAP0}(?:\(|\[|{L['cue_equivalent'].rx()}){GAP0}"),
        "moved": re.compile(L["range_moved"].rx()) if L["range_moved"] else re.compile("(?!)"),
    }


def _merge_ranges(parses: list[Parse], text: str, g: Grammar) -> list[Parse]:
    """``از ۷ فوریه تا ۹ مارس``, ``بين 4 سبتمبر و 8 سبتمبر``: two mentions become one range."""
    if len(parses) < 2:
        return parses
    joints = _joints(g.L.code)
    to_rx, and_rx, from_rx, moved_rx = joints["to"], joints["and"], joints["from"], joints["moved"]
    out: list[Parse] = []
    i = 0
    while i < len(parses):
        a = parses[i]
        if i + 1 < len(parses):
            b = parses[i + 1]
            joint = text[a.end:b.start]
            head = from_rx.search(text, max(0, a.start - 30), a.start)
            is_between = bool(head and head.group("w") in g.L["range_between"])
            joined = to_rx.fullmatch(joint) or is_between and and_rx.fullmatch(joint)
            if joined and not _two_calendars(a, b, joint) and not _day_then_year(a, b, joint) \
                    and not moved_rx.search(text, max(0, a.start - MOVED_BEFORE), a.start):  # «أرجئ … X إلى Y»
                start = head.start() if head else a.start
                out.append(Parse(start, b.end, Range(_in_month_of(a.expr, b.expr), _of_first_month(b.expr, a.expr)),
                                 "range"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _strict_parts_kept(parses: list[Parse], text: str, g: Grammar) -> list[Parse]:
    """A part of a month whose name is also a common word and a month only with a day («اواخر سرطان»:
    cancer too) is kept in a document that writes such a month as a date elsewhere («۲۵ حمل ۱۳۹۴»), and
    read as a part of any month there."""
    if not any(p.rule == STRICT_PART for p in parses):
        return parses
    dated = any(p.rule != STRICT_PART and any(g.L.month_needs_day(w) for w in text[p.start:p.end].split())
                for p in parses)
    return [replace(p, rule="part") if p.rule == STRICT_PART else p for p in parses if dated or p.rule != STRICT_PART]


def _in_month_of(first: Expr, last: Expr) -> Expr:
    """A range's first day told without its month («از شنبه ۴ تا دوشنبه ۶ دی»): in the last one's month."""
    if isinstance(first, (DayOfMonth, WeekdayDay)) and isinstance(last, CalendarDate) and last.month is not None \
            and last.day is not None:
        return CalendarDate(last.calendar, year=last.year, month=last.month, day=first.day,
                            year_calendar=last.year_calendar, weekday=getattr(first, "weekday", None))
    return first


def _of_first_month(last: Expr, first: Expr) -> Expr:
    """A range's last day told as «of it» («من 12 كانون الثاني إلى 15 منه»): in the first one's month."""
    if isinstance(last, DayOfSameMonth) and isinstance(first, CalendarDate) and first.month is not None:
        return replace(first, day=last.day, weekday=last.weekday)
    return last


def _two_calendars(a: Parse, b: Parse, joint: str) -> bool:
    """«۱۳ فروردین ۱۴۰۳ - ۲۲ رمضان ۱۴۴۵»: full dates in two calendars joined by a dash are one day
    said twice (a page header), not a range."""
    return _dash(joint) and _states_a_day(a) and _states_a_day(b) and a.expr.calendar != b.expr.calendar


def _day_then_year(a: Parse, b: Parse, joint: str) -> bool:
    """«الخميس 07 حزيران 2012 - السنة 79 - العدد …»: a full date and a bare year after a dash are a page
    header's date and the paper's volume, not a range."""
    e = b.expr
    return _dash(joint) and _states_a_day(a) and isinstance(e, CalendarDate) and e.month is None


def _dash(joint: str) -> bool:
    return joint.strip() in ("-", "–", "—")


def _states_a_day(p: Parse) -> bool:
    """A full date, in the page's script or in Latin letters («2 December 2017»)?"""
    e = p.expr
    return _is_full_date(p) or isinstance(e, LatinDate) and e.has_day and e.has_year


def _groups(parses: list[Parse], text: str, g: Grammar) -> list[list[int]]:
    """Runs of mentions joined by "and" or commas (``۳۱ اوت و اول سپتامبر``)."""
    joint_rx = _joints(g.L.code)["list"]
    groups: list[list[int]] = []
    for i, p in enumerate(parses):
        if groups and joint_rx.fullmatch(text[parses[groups[-1][-1]].end:p.start]):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _equivalents(parses: list[Parse], text: str, g: Grammar) -> dict[int, int]:
    """Mentions that restate an earlier one in another calendar: ``سوم سپتامبر (۱۲ شهریور)``."""
    if len(parses) < 2:
        return {}
    link_rx = _joints(g.L.code)["equivalent"]
    groups = _groups(parses, text, g)
    pairs: dict[int, int] = {}
    for g1, g2 in zip(groups, groups[1:]):
        if not link_rx.fullmatch(text[parses[g1[-1]].end:parses[g2[0]].start]):
            continue
        if len(g1) == len(g2):
            pairs.update(zip(g2, g1))
        else:
            pairs.update((b, g1[-1]) for b in g2)
    return pairs


# ---------------------------------------------------------------------------------------------
# resolution
# ---------------------------------------------------------------------------------------------

def _is_full_date(p: Parse) -> bool:
    e = p.expr
    return isinstance(e, CalendarDate) and e.year is not None and e.month is not None and e.day is not None


def _day_without_year(e: object) -> bool:
    return isinstance(e, CalendarDate) and e.year is None and e.month is not None and e.day is not None \
        and e.first_day is None


def _header_index(parses: list[Parse], text: str) -> int | None:
    """The page-header or dateline date at the top of a page, if there is one."""
    for i, p in enumerate(parses):
        if not _is_full_date(p):
            continue
        if p.start > HEADER_LINES * 200 + HEADER_LINE_LENGTH:
            return None
        line_start = text.rfind("\n", 0, p.start) + 1
        if line_start > HEADER_LINES * 200:
            return None
        limit = line_start + HEADER_LINE_LENGTH + 1  # a longer line is no header: no need to see its end
        line_end = text.find("\n", p.end, limit)
        line = text[line_start:line_end if line_end >= 0 else min(len(text), max(limit, p.end))]
        lines_before = sum(1 for ln in text[:line_start].split("\n") if ln.strip())
        if lines_before >= HEADER_LINES:
            return None
        if len(line.strip()) <= HEADER_LINE_LENGTH:
            return i
        dateline = re.match(r"\s*[-–—:|]", text[p.end:p.end + 4])
        if lines_before <= 1 and p.start - line_start <= 40 and dateline:
            return i
        return None
    return None


class _Resolver:
    """Resolves parses in reading order, keeping the document and narrative dates."""

    def __init__(self, g: Grammar, cleaned: CleanText, parses: list[Parse], published: dt.date | None,
                 prefer: int, tense: bool = True):
        self.g = g
        self.cleaned = cleaned
        self.parses = parses
        self.published = published
        self.prefer = prefer
        self.tense = tense
        self.equivalent_of = _equivalents(parses, cleaned.text, g)
        self.header = None if published else _header_index(parses, cleaned.text)
        self.results: list[Resolution | None] = [None] * len(parses)
        self.anchors: list[tuple[dt.date | None, str | None]] = [(None, None)] * len(parses)

    def run(self) -> list[DateMention]:
        if self.header is not None:
            header = self.parses[self.header]  # (in whichever Hijri calendar has its day: «١٣٩٣/١٠/٣٠»)
            self.results[self.header] = self._nearer_calendar(self.header, header, header.expr.resolve(Context()),
                                                              Context())
        narrative: dt.date | None = None
        year_told: dt.date | None = None  # a day of the last calendar date told (its year stated or read)
        days: list[dt.date] = []  # the days of the mentions of one day so far: what «the same day» is
        full_end = -1  # where the last full date ends
        months: list[tuple[str, dt.date]] = []  # the calendar and a day of each month named so far
        for i, p in enumerate(self.parses):
            if self.results[i] is None and isinstance(p.expr, DayOfSameMonth):
                calendar, anchor = months[-1] if months else (self.g.L.relative_calendar, None)
                self.results[i] = p.expr.resolve(Context(anchor, NARRATIVE, relative_calendar=calendar))
                self.anchors[i] = (anchor, NARRATIVE)
            elif self.results[i] is None and (told := self._weekday_of_a_day_just_told(i, p)) is not None:
                self.results[i] = told  # («غداً الثلاثاء …، وقررت الحكومة تعطيل الدوام يومي الثلاثاء والأربعاء»)
                self.anchors[i] = (told.span.first, NARRATIVE)
            elif self.results[i] is None:
                same_year = isinstance(p.expr, CalendarDate) and (p.expr.same_year or p.expr.following) \
                    and year_told is not None
                anchor, basis = (self._same_day(p, days) or narrative, NARRATIVE) if isinstance(p.expr, SameDay) \
                    else (year_told, NARRATIVE) if same_year else self._document_date(narrative)
                near = narrative if 0 <= p.start - full_end <= NEAR_FULL_DATE else None
                self.results[i] = self._resolve(i, p, anchor, basis, near)
                self.anchors[i] = (anchor, basis)
            res = self.results[i]
            if res.span is not None and res.span.precision in ("day", "days", "month") and p.expr.calendar:
                months.append((p.expr.calendar, res.span.last))  # (a range's calendar is its end's)
            if _is_full_date(p) and res.span is not None:
                narrative = res.span.first
                full_end = p.end
            if isinstance(p.expr, CalendarDate) and not p.expr.same_year and res.span is not None:
                # («تیرماه ۹۹ … و ۲۵ آذر همان سال», «وقّعا … في 17 كانون الثاني الماضي، ودخلت حيز التنفيذ في 2
                # تشرين الأول من العام نفسه»: the year of the date told last, stated or read)
                year_told = res.span.first
            # (not the start of a "since": «… منذ بدء الحرب في أوكرانيا يوم 24 فبراير. ووقعت … في اليوم ذاته …»)
            if res.span is not None and res.span.first == res.span.last \
                    and self.g.since_before(self.cleaned.text, p.start) is None:
                days.append(res.span.first)
        self._share_listed_years()
        self._share_stated_year()
        self._check_equivalents()
        # "the same day" with no date before it refers to no date: not a mention
        return [self._mention(i, p) for i, p in enumerate(self.parses)
                if not (isinstance(p.expr, SameDay) and self.results[i].span is None)]

    def _weekday_of_a_day_just_told(self, i: int, p: Parse) -> Resolution | None:
        """A bare weekday right after a day told as that weekday is that day («غداً الثلاثاء 20 صفر …، وقررت … تعطيل
        الدوام يومي الثلاثاء …»: tomorrow, whatever the decision's tense); one joined by «and» to a weekday so read
        is the first such day after it («… الثلاثاء والأربعاء»)."""
        if not (isinstance(p.expr, WeekdayRef) and p.expr.bare) or i == 0 or self.results[i - 1] is None:
            return None
        before, told = self.parses[i - 1], self.results[i - 1].span
        if told is None or told.first != told.last or p.start - before.end > NEAR_DAY_TOLD:
            return None
        if getattr(before.expr, "weekday", None) == p.expr.weekday == told.first.weekday() \
                and self.anchors[i - 1][1] != NARRATIVE \
                and not any(ch in SENTENCE_ENDS for ch in self.cleaned.text[before.end:p.start]):
            # (a day told as that weekday, in the same sentence: not «دور نخست ۲۳ فروردین … و دور دوم روز شنبه»)
            return Resolution(Span.day(told.first), NARRATIVE)
        gap = self.cleaned.text[before.end:p.start]  # (the «and» may be the mention's own: «والأربعاء»)
        if isinstance(before.expr, WeekdayRef) and self.anchors[i - 1][1] == NARRATIVE \
                and (not gap.strip() or _joints(self.g.L.code)["list"].fullmatch(gap)):
            return Resolution(Span.day(told.first + dt.timedelta(days=(p.expr.weekday - told.first.weekday()) % 7
                                                                  or 7)), NARRATIVE)
        return None

    def _share_listed_years(self) -> None:
        """Days of one month listed with no year («يومي 16 و17 سبتمبر», «۲۵ و ۲۶ آذر») share the year the
        last of them was given: a summit's first day is not a year after its second."""
        for group in _groups(self.parses, self.cleaned.text, self.g):
            days = [i for i in group if _day_without_year(self.parses[i].expr) and self.results[i].span is not None]
            for k, i in enumerate(days):
                expr, res = self.parses[i].expr, self.results[i]
                last = next((j for j in reversed(days[k + 1:])
                             if (self.parses[j].expr.calendar, self.parses[j].expr.month) == (expr.calendar, expr.month)),
                            None)
                if last is None:
                    continue
                year = cal.from_gregorian(expr.calendar, self.results[last].span.first)[0]
                if cal.from_gregorian(expr.calendar, res.span.first)[0] != year:
                    try:
                        self.results[i] = Resolution(expr.in_year(year), res.basis, res.warnings)
                    except cal.InvalidDate:
                        pass  # (a 30th of a month that year has not: left as read)

    def _share_stated_year(self) -> None:
        """Dates with no year told after «this year» in the same sentence are of that year («الثالثة بينهما هذا
        العام بعد لقاءي موسكو في كانون الثاني وطهران في تموز»: not next January, however near)."""
        text = self.cleaned.text
        this_year: tuple[int, str, int] | None = None  # (where it ends, its calendar, its year)
        for i, p in enumerate(self.parses):
            res = self.results[i]
            if this_year is not None and any(ch in SENTENCE_ENDS for ch in text[this_year[0]:p.start]):
                this_year = None
            if isinstance(p.expr, RelativeUnit) and p.expr.unit == YEAR and p.expr.offset == 0 and res.span is not None:
                this_year = (p.end, res.span.calendar, cal.from_gregorian(res.span.calendar, res.span.first)[0])
            elif this_year is not None and isinstance(p.expr, CalendarDate) and p.expr.year is None \
                    and p.expr.calendar == this_year[1] and res.span is not None and res.basis == YEAR_INFERRED \
                    and cal.from_gregorian(p.expr.calendar, res.span.first)[0] != this_year[2]:
                try:
                    self.results[i] = Resolution(p.expr.in_year(this_year[2]), res.basis, res.warnings)
                except cal.InvalidDate:
                    pass  # (a day that year has not: left as read)

    def _same_day(self, p: Parse, days: list[dt.date]) -> dt.date | None:
        """The day «the same day» (اليوم ذاته, همان روز) names: the last one-day mention before it, the last
        on or before the document date when its clause tells the past («… غداً (السبت). وعقد عراقجي في وقت لاحق
        من اليوم ذاته محادثات …» is the day of the visit, not tomorrow), after it when the clause tells the future."""
        now = self._document_date(None)[0]
        if now is not None and self.tense and days:
            direction, _perfect = self.g.tense(self.cleaned.text, p.start, p.end)
            fitting = [d for d in days if direction == PAST and d <= now or direction == FUTURE and d >= now]
            if direction and fitting:
                return fitting[-1]
        return days[-1] if days else None

    def _document_date(self, narrative: dt.date | None) -> tuple[dt.date | None, str | None]:
        if self.published is not None:
            return self.published, PUBLICATION
        if self.header is not None:
            told = self.results[self.header]  # (None while the header itself is read)
            return told.span.first if told is not None and told.span else None, HEADER
        if narrative is not None:
            return narrative, NARRATIVE
        return None, None

    def _resolve(self, i: int, p: Parse, anchor: dt.date | None, basis: str | None,
                 near: dt.date | None = None) -> Resolution:
        """Resolve parse ``i`` against ``anchor``; ``near`` is a full date stated just before it."""
        L = self.g.L
        direction, before = self.g.tense(self.cleaned.text, p.start, p.end) \
            if self.tense and p.expr.needs_anchor() else (0, False)
        if direction == 0 and self.tense and near is not None and anchor is not None and basis == PUBLICATION \
                and isinstance(p.expr, WeekdayRef) and p.expr.bare and 0 < abs((near - anchor).days) <= NEAR_FULL_DATE_DAYS:
            # «… يوم الخميس 9 ذي الحجة، الموافق 31 أغسطس، هو يوم عرفة، وأن أول أيام العيد يوم الجمعة»: a tenseless
            # weekday right after a date of this week leans that date's way
            direction = FUTURE if near > anchor else PAST
        ctx = Context(anchor, basis, direction, self.prefer, L.relative_calendar, L.week_start, not self.tense, before,
                      nearest_when_tenseless=self.tense and self.prefer == PAST and L.tenseless_weekday_nearest)
        source = self.equivalent_of.get(i)
        if source is not None and p.expr.needs_anchor() and isinstance(p.expr, CalendarDate):
            first = self.results[source]
            if first is not None and first.span is not None:
                ctx = Context(first.span.first, basis or NARRATIVE, 0, self.prefer, L.relative_calendar, L.week_start)
        try:
            return self._nearer_calendar(i, p, p.expr.resolve(ctx), ctx)
        except (cal.InvalidDate, OverflowError):  # counted so far from the anchor that it leaves the years 1–9999
            return Resolution(None, ctx.anchor_basis or basis or UNANCHORED, [OUTSIDE_THE_YEARS])

    def _nearer_calendar(self, i: int, p: Parse, res: Resolution, ctx: Context) -> Resolution:
        """A numeric date whose 13xx/14xx year names no calendar («١٤٠١/٠٩/٢٢» in an Iranian outlet's Arabic)
        is read in the language's own calendar unless the other Hijri one puts it nearer the document date, or
        the day exists only in the other («١٣٩٣/١٠/٣٠»: Dey has 30 days, Shawwal 29)."""
        if not getattr(p.expr, "either_calendar", False):
            return res
        now = self._document_date(None)[0]
        if now is None and res.span is not None:
            return res
        other = cal.JALALI if p.expr.calendar == cal.HIJRI else cal.HIJRI
        try:
            alt = replace(p.expr, calendar=other).resolve(ctx)
        except (cal.InvalidDate, OverflowError):
            return res
        if alt.span is not None and (res.span is None or now is not None
                                     and abs((alt.span.first - now).days) < abs((res.span.first - now).days)):
            self.parses[i] = replace(p, expr=replace(p.expr, calendar=other))
            return alt
        return res

    def _check_equivalents(self) -> None:
        for b, a in self.equivalent_of.items():
            ra, rb = self.results[a], self.results[b]
            if ra is None or rb is None or ra.span is None or rb.span is None:
                continue
            if ra.span.value == rb.span.value:
                continue
            hijri = cal.HIJRI in (self.parses[a].expr.calendar, self.parses[b].expr.calendar)
            if hijri and ra.span.precision == rb.span.precision == "day" \
                    and abs((ra.span.first - rb.span.first).days) <= 1:
                continue
            note = f"equivalent dates disagree: {ra.span.value} vs {rb.span.value}"
            ra.warnings.append(note)
            rb.warnings.append(note)

    def _mention(self, i: int, p: Parse) -> DateMention:
        res = self.results[i]
        assert res is not None
        start, end = self.cleaned.span(p.start, p.end)
        span = res.span
        expr = p.expr
        anchor, anchor_basis = self.anchors[i]
        basis = res.basis
        if basis == EXPLICIT and expr.kind != "absolute" and span is not None:
            basis = YEAR_INFERRED
        calendar = None if expr.kind == RELATIVE else expr.calendar
        return DateMention(
            start=start, end=end, text=self.cleaned.original[start:end],
            value=span.value if span else None,
            calendar=calendar,
            kind=expr.kind,
            precision=span.precision if span else None,
            first=span.first if span else None,
            last=span.last if span else None,
            native=span.native(expr.calendar or cal.GREGORIAN) if span else getattr(expr, "iso", None),
            basis=basis,
            anchor=anchor if expr.needs_anchor() else None,
            anchor_basis=anchor_basis if expr.needs_anchor() else None,
            warnings=tuple(dict.fromkeys(res.warnings)),
            rule=p.rule,
        )
