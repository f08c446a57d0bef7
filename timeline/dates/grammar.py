"""The date grammar: phrase shapes written once for every language, filled from the tables.

A rule is a small regular expression over the *tag string* of a window of text (see
:mod:`timeline.dates.tokens`: one character per token, the same character for the same word
classes) plus a builder that reads the matched tokens into an expression.  The rules know the
shapes of date phrases — "weekday day month year", "weekday of last week", "from day to day
month" — and nothing of any language: which words fill the shapes comes from
``lang/<code>.toml``.

Only windows around *anchors* (digits and date words, found by one fast scan) are tokenized, so
a long article costs little more than the scan.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterator

from .. import calendars as cal
from ..lexicon import SAME_DAY, Lexicon, alternation, lexicon
from ..textnorm import canon
from .expressions import (
    FUTURE,
    PAST,
    WEEK_PARTS,
    CalendarDate,
    DayOfMonth,
    DayOfMonthRange,
    DayOfSameMonth,
    Expr,
    FirstConsistent,
    Holiday,
    LatinDate,
    MonthDay,
    NthDay,
    NthWeekday,
    Range,
    RelativeDay,
    Rolling,
    RelativeUnit,
    SameDay,
    Season,
    Shift,
    Untimed,
    WeekdayDay,
    WeekdayRef,
)
from .firstchars import first_chars
from .tokens import Anchors, Tagset, Token

WINDOW = 30  # characters of context on each side of an anchor (a date phrase's other words are anchors too)

# standalone runs of digits in the tag string: not inside a decimal, a time or a percentage
A = r"(?<![:/])(?<![abce]\.)a(?![:%]|[./]a)"  # (a day after a word and a full stop: «انتهى. 15 مارس»; not «1.5»)
C = r"(?<![:/])c(?![:%]|[./][ac])"


# a stretch of anchors this long is cut into overlapping windows (a page with no line breaks
# would otherwise be one window, tokenized at once); each anchor keeps its context either side
MAX_WINDOW = 20_000
BATCH_TOKENS = 20_000  # tokens of windows read by the rules at once (rules never span two windows)
MAX_CLAUSE = 1500  # how far a clause's tense is looked for around a date (bounded: long lines stay linear)
DATELINE_REACH = 400  # characters from the text's start where a dateline may stand (a headline and header before it)
SAID_BEFORE = 40  # characters before a clause where a past perfect says it was reported back then
POSTPONED_AFTER = 30  # characters after a date where «postponed to» (موکول شد) makes it the new, coming one
SUBORDINATE_REACH = 12  # characters before a clause where its «before» / «after» (قبل أن, بعد أن) stands
VERB_REACH = 30  # characters before a position where a verb ending there is looked for
OBJECT_BEFORE = 60  # characters before a date where the word opening a verb's object is looked for
MARKER_BEFORE = 60  # how far before a date a «since» or «scheduled» word governs it alone
STRICT_PART = "part_of_a_strict_month"  # «اواخر سرطان»: a month only where the document dates such months
PURPOSE_BEFORE = 45  # … and a purpose («برای حضور در», «لحضور»): the gathering's name and place, then its date
QUARTERS = 4  # in a year
OUTLET_NAME_WORDS = 3  # words at most of an outlet's name that ends with a relative day («روزنامه وطن امروز»)
MAX_DAY_OF_HOLIDAY = 13  # («روز سیزدهم نوروز»: the longest feast counted by its days)
EARLIEST_YEAR_WITHOUT_ERA = 1000  # a year after a volume's cue («السنة») below this needs its era written (م, هـ)
PLANNED_FOR_BEFORE = 30  # characters before a date where its «was to» stands («كانت مقررة في 20 مايو»)
FUTURE_IN_PAST_BEFORE = 30  # «كان من المقرر» may stand just before the «أن» that opens the date's clause
STATED_RULES = ("date", "numeric")  # the rules read again after a relative day (امروز ۱۴ خرداد)
RuleSpec = tuple[str, str, "Callable[[Match], list[Parse] | None]", tuple[str, ...]]  # name, pattern, build, gate


@dataclass
class Parse:
    """An expression read from ``text[start:end]`` (cleaned-text offsets)."""

    start: int
    end: int
    expr: Expr
    rule: str


class Match:
    """A rule match over a window's tokens, read by group name."""

    __slots__ = ("m", "tokens", "text")

    def __init__(self, m: re.Match, tokens: list[Token], text: str):
        self.m = m
        self.tokens = tokens
        self.text = text

    def has(self, group: str) -> bool:
        index = self.m.re.groupindex.get(group)
        return index is not None and self.m.start(index) >= 0

    def toks(self, group: str | None = None) -> list[Token]:
        if group is None:
            return self.tokens[self.m.start():self.m.end()]
        return self.tokens[self.m.start(group):self.m.end(group)]

    def tok(self, group: str) -> Token:
        return self.tokens[self.m.start(group)]

    def start(self, group: str | None = None) -> int:
        return self.tokens[self.m.start(group) if group else self.m.start()].start

    def end(self, group: str | None = None) -> int:
        return self.tokens[(self.m.end(group) if group else self.m.end()) - 1].end

    def before(self) -> Token | None:
        i = self.m.start()
        return self.tokens[i - 1] if i > 0 else None

    def after(self, group: str | None = None) -> Token | None:
        i = self.m.end(group) if group else self.m.end()
        return self.tokens[i] if i < len(self.tokens) else None


@dataclass
class Rule:
    name: str
    pattern: str
    build: Callable[[Match], list[Parse] | None]
    gate: frozenset[str]  # the rule cannot match a tag string without one of these tags
    extra: bool = False  # a duration, set or vague time: read only when extras are asked for
    _regex: re.Pattern | None = None

    @property
    def regex(self) -> re.Pattern:
        """Compiled on first use: a short run compiles only the rules its texts can reach."""
        if self._regex is None:
            self._regex = _compile_rule(self.pattern)
        return self._regex


class Grammar:
    """The compiled rules of one language."""

    def __init__(self, lex: Lexicon, latin: Lexicon):
        self.L = lex
        self.tags = Tagset(lex, latin)
        self.anchors = Anchors(self.tags)
        self._anchors_extra: Anchors | None = None
        rules = self._rules()
        self.rules = [Rule(name, rx, build, self._gate(needs)) for name, rx, build, needs in rules + self._stated(rules)]
        self.rules += [Rule(name, rx, build, self._gate(needs), True)
                       for name, rx, build, needs in self._extra_rules()]
        tense_table, not_dates = lex.table.get("tense", {}), lex.table.get("not_dates", {})
        # («موسكو - 25 - 9 (كونا) --»: a place, the day and month, the agency in brackets)
        self._dateline_rx = re.compile(
            r"(?m)^[^\d\n]{2,40}?[ \t]+-[ \t]+(?P<d>\d{1,2})[ \t]+-[ \t]+(?P<m>\d{1,2})[ \t]*\(") \
            if lex.table.get("datelines", {}).get("day_month_before_agency") else None
        self._future_rx = re.compile(lex["future"].rx()) if lex["future"] else None
        # (an imperfect after «قبل أن», «بعد أن» is the subjunctive of a told past: «قبل أن يصادق عليها الدوما»)
        subordinate = tense_table.get("not_future_after", [])
        not_after = "".join(rf"(?<!{re.escape(f)} )" for f in subordinate)
        self._future_weak_rx = re.compile(not_after + lex["future_weak"].rx()) if lex["future_weak"] else None
        # (and the clause they open hangs on the one before: see _clause_hung_on)
        self._subordinate_rx = re.compile(rf"(?<!\w)(?:{alternation(subordinate)})[\s\u200c]*$") if subordinate else None
        self._past_perfect_rx = re.compile(lex["past_perfect"].rx()) if lex["past_perfect"] else None
        self._future_in_past_rx = re.compile(lex["future_in_past"].rx()) if lex["future_in_past"] else None
        self._postponed_rx = re.compile(lex["postponed_to"].rx()) if lex["postponed_to"] else None
        self._scheduled_rx = re.compile(lex["scheduled"].rx()) if lex["scheduled"] else None
        self._purpose_rx = re.compile(lex["purpose"].rx()) if lex["purpose"] else None
        self._invited_to_rx = re.compile(lex["invited_to"].rx()) if lex["invited_to"] else None
        self._ongoing_rx = re.compile(lex["ongoing"].rx()) if lex["ongoing"] else None
        self._ongoing_from_rx = re.compile(lex["ongoing_from"].rx() + r"[\s\u200c]*$") if lex["ongoing_from"] else None
        self._invitation_rx = re.compile(lex["invitation"].rx()) if lex["invitation"] else None
        self._since_rx = re.compile(lex["since"].rx()) if lex["since"] else None
        # a weekday's own «next» or «last» (الماضي, المقبل): a weekday so told that a date after it does not fall
        # on is a mention of its own
        self._modifier_rx = re.compile(lex["modifier_after"].rx()) if lex["modifier_after"] else re.compile("(?!)")
        self._compared_rx = re.compile(lex["compared_to"].rx() + r"[\s\u200c]*$") if lex["compared_to"] else None
        not_past = rf"(?!(?:{lex['past_not'].pattern})(?!\w))" if lex["past_not"] else ""
        # (a phrase that ends in a past marker: «به گفته», according to, is no past tense)
        past_words = set(lex["past"].forms) if lex["past"] else set()
        not_past_after = "".join(
            rf"(?!(?<=(?<!\w){re.escape(' '.join(f.split()[:-1]))}[ \u200c]){re.escape(f.split()[-1])}(?!\w))"
            for f in (lex["past_not"].forms if lex["past_not"] else [])
            if len(f.split()) > 1 and f.split()[-1] in past_words)
        # (a participle before «and»: the present perfect, its auxiliary left out: «آغاز شده و …»)
        and_word = lex["range_and"].pattern if lex["range_and"] else "(?!)"
        participle = rf"|(?:{lex['participle'].pattern})(?=[\s\u200c]+(?:{and_word})(?!\w)|[\s\u200c]*[،,])" \
            if lex["participle"] else ""  # (or before a comma: «لیخاچف که از ۱۴ مهر جانشین کرینکو شده، …»)
        # (nor the start of a word joined by ZWNJ: «گفت» in «گفت‌وگو», talks)
        self._past_rx = re.compile(rf"(?<!\w){not_past_after}{not_past}{lex.verb_clitic_rx}"
                                   rf"(?:(?:{lex['past'].pattern})(?![\w\u200c]){participle})") if lex["past"] else None
        # (with a conjunction only: «وكان», «لان» are no «ان»)
        opener = rf"(?<!\w){lex.verb_clitic_rx}(?:{lex['clause_opener'].pattern})(?!\w)" if lex["clause_opener"] else "(?!)"
        # (and a comma before «and» and a verb: «أعلنت … في 15 نوفمبر، ويتوقع … العام المقبل» is two clauses;
        # «، وزير الخارجية» is not: «and» as a word of its own, or joined to a past marker or to a verb's
        # present-tense prefix)
        verb_start = rf"|(?=[{lex.future_prefix_letters}]\w{{2,}})" if lex.future_prefix_letters else ""
        past_next = rf"|(?=(?:{lex['past'].pattern})(?!\w))" if lex["past"] else ""
        coordinated = rf"|[,،][\s\u200c]*(?=(?:{lex['range_and'].pattern})(?:(?!\w){past_next}{verb_start}))" \
            if lex["range_and"] and not lex.verb_final else ""
        # (not in a verb-final language, where the verb before the comma ends a clause, and a clause without
        # one shares the verb to come: «پنجشنبه با بگلوف، فرماندار سن‌پترزبورگ، و جمعه با رشتنیکوف … دیدار کرد»)
        # («and» right before a future marker opens a clause of its own: «… انجام شد و قرار است …»,
        # «التقى … الخميس، ومن المقرر أن …»: the planned part does not make the date before it future)
        and_future = rf"|(?<!\w)(?=(?:{lex['range_and'].pattern})[\s\u200c]*(?:{lex['future'].pattern})(?!\w))" \
            if lex["range_and"] and lex["future"] else ""
        self._clause_rx = re.compile(rf"[:؛;«»\"]|{opener}{coordinated}{and_future}")
        # a statement reported in the past perfect right before a clause (گفته بود, كان قد أعلن)
        said = tense_table.get("said_in_past_perfect", [])
        # (then at most one word, the «that» after it: «گفته بود که», «كان قد أعلن أن»)
        self._said_rx = re.compile(rf"(?<!\w)(?:{alternation(said)})[\s\u200c]*(?:\w+[\s\u200c]*)?$") \
            if said else None
        verbs = "|".join(f"(?:{lex[k].pattern})" for k in ("past", "future", "participle", "subjunctive", "copula")
                         if lex[k])
        self._verb_then_and_rx = re.compile(
            rf"(?<!\w)(?:{verbs})[\s\u200c]+(?:{lex['range_and'].pattern})(?!\w)") \
            if lex.verb_final and verbs and lex["range_and"] else None
        self._verb_rx = re.compile(rf"(?<!\w)(?:{verbs})") if self._verb_then_and_rx is not None else None
        # (a comma after the verb ends its clause too: «سوکولوف که روز یکشنبه وارد تهران شده بود، فردا … دیدار
        # خواهد کرد»: Sunday is the arrival's, told in the past)
        self._verb_ends_clause_rx = re.compile(
            rf"(?<!\w)(?:{verbs})(?:[\s\u200c]+(?:{lex['range_and'].pattern})(?!\w)|[\s\u200c]*[,،])") \
            if self._verb_then_and_rx is not None else None
        # a verb whose object is opened by a word before it («… از بارش برف از بعدازظهر پنجشنبه خبر داد»): a
        # date after that word is in what was announced, and the verb's tense is not its own
        objects = tense_table.get("reported_object", {})
        self._object_verbs = frozenset(canon(v) for v in objects.get("verbs", []))
        # (the word alone: not in «پس از», «یکی از», «از سوی»)
        not_after = "".join(rf"(?<!{re.escape(w)} )" for w in objects.get("not_after", []))
        not_before = rf"(?![\s\u200c]+(?:{alternation(objects['not_before'])})(?!\w))" if objects.get("not_before") else ""
        self._object_opener_rx = re.compile(
            rf"{not_after}(?<!\w)(?:{alternation(objects['before'])})(?!\w){not_before}") if objects.get("before") else None
        # a reporting verb ends the clause of a date before it and opens what was said after it
        self._reporting_rx = re.compile(rf"(?<!\w)(?:{lex['reporting_verb'].rx()})(?!\w)") \
            if lex["reporting_verb"] else None
        prefix = lex.future_prefix
        self._event_ordinal_joints = frozenset(canon(w) for w in not_dates.get("ordinal_of_event_before", []))
        # «بار دوم آذر ۱۳۹۴», «للمرة الثانية في …»: an ordinal after one of these counts times, not days
        self._times_counters = frozenset(canon(w) for w in not_dates.get("times_before", []))
        self._times_counters_fixed = frozenset(canon(w) for w in not_dates.get("times_fixed_by", []))
        self._future_verb_rx = re.compile(
            rf"(?<!\w){lex.verb_clitic_rx}(?P<w>{prefix}[{lex.future_prefix_letters}]\w{{2,}})") if prefix else None
        # «was» before such a verb: the future in the past («كان … سيقوم بها»)
        was = tense_table.get("was", [])
        self._was_rx = re.compile(rf"(?<!\w){lex.verb_clitic_rx}(?:{alternation(was)})(?!\w)") if was else None

    # =======================================================================================
    # scanning
    # =======================================================================================
    def windows(self, text: str, start: int, extras: bool = False) -> Iterator[tuple[int, int]]:
        """Merged stretches of text around anchors, cut at line ends and word boundaries."""
        ws0 = we0 = -1
        if extras and self._anchors_extra is None:
            self._anchors_extra = Anchors(self.tags, extras=True)
        anchors = self._anchors_extra if extras else self.anchors
        for a_start, a_end in anchors.find(text, start):
            ws = max(start, a_start - WINDOW)
            we = min(len(text), a_end + WINDOW)
            nl = text.rfind("\n", ws, a_start)
            if nl >= 0:
                ws = nl + 1
            nl = text.find("\n", a_end, we)
            if nl >= 0:
                we = nl
            ws = max(start, text.rfind(" ", start, ws) + 1)  # whole words only
            space = text.find(" ", we)
            we = len(text) if space < 0 or space > we + 30 else space
            if ws <= we0 and we0 - ws0 < MAX_WINDOW:
                we0 = max(we0, we)
            else:
                if we0 >= 0:
                    yield ws0, we0
                ws0, we0 = ws, we
        if we0 >= 0:
            yield ws0, we0

    def parse(self, text: str, start: int = 0, extras: bool = False) -> list[Parse]:
        """Every date expression in ``text[start:]``; the longest reading wins, no overlaps.

        With ``extras``, durations, repeating sets and vague times are read too.
        """
        found: list[tuple[int, int, int, list[Parse]]] = []
        tokens: list[Token] = []
        for ws, we in self.windows(text, start, extras):  # windows in one tag string, | between
            tokens += self.tags.tokenize(text, ws, we)
            tokens.append(Token(we, we, "", "|"))
            if len(tokens) >= BATCH_TOKENS:  # a huge text is read a stretch at a time: memory stays flat
                self._read(tokens, text, extras, found)
                tokens = []
        self._read(tokens, text, extras, found)
        found += [(p.start, p.end, -1, [p]) for p in self._datelines(text, start)]
        return _select(found)

    def _datelines(self, text: str, start: int) -> list[Parse]:
        """A dateline's day and month before the agency's name in brackets, at a line's start
        («موسكو - 25 - 9 (كونا) --»): the day of that month nearest the document date."""
        if self._dateline_rx is None:
            return []
        out = []
        for m in self._dateline_rx.finditer(text, start, min(len(text), start + DATELINE_REACH)):
            day, month = int(m.group("d")), int(m.group("m"))
            # (a leap year: 29 February may be a dateline's day)
            if 1 <= month <= 12 and 1 <= day <= cal.days_in_month(cal.GREGORIAN, 2000, month):
                out.append(Parse(m.start("d"), m.end("m"), CalendarDate(cal.GREGORIAN, month=month, day=day), "dateline"))
        return out

    def _read(self, tokens: list[Token], text: str, extras: bool, found: list) -> None:
        """Run the rules over the tag string of ``tokens``; what they read goes to ``found``."""
        tagstr = "".join(t.tag for t in tokens)
        present = set(tagstr)
        for order, rule in enumerate(self.rules):
            if rule.gate.isdisjoint(present) or rule.extra and not extras:
                continue
            for m in rule.regex.finditer(tagstr):
                parses = rule.build(Match(m, tokens, text))
                if parses:
                    found.append((min(p.start for p in parses), max(p.end for p in parses), order, parses))

    # =======================================================================================
    # tense
    # =======================================================================================
    def direction(self, text: str, start: int, end: int, within: tuple[int, int] | None = None) -> int:
        """Which way the clause around ``text[start:end]`` points: FUTURE, PAST or 0 (the clause cut
        to ``within`` when given: a relative clause the caller has found)."""
        s0, s1 = self._clause(text, start, end)
        if within is not None:
            s0, s1 = max(s0, within[0]), min(s1, within[1])
        return self._direction_in(text, start, s0, s1)

    def tense(self, text: str, start: int, end: int) -> tuple[int, bool]:
        """The direction of the clause around ``text[start:end]``, and whether that clause, when it
        points back, is told in the past perfect (``داده بود``, ``وكان قد``: background, its past firm)."""
        s0, s1 = self._clause(text, start, end)
        direction = self._direction_in(text, start, s0, s1)
        hangs_on = self._clause_hung_on(text, s0) if direction == 0 else None
        if hangs_on is not None:
            m0, m1 = self._clause(text, hangs_on - 1, hangs_on)
            direction = self._direction_in(text, m0, m0, m1)
        return direction, direction == PAST and self.in_past_perfect(text, s0, s1)

    def _clause_hung_on(self, text: str, s0: int) -> int | None:
        """Where the clause a tenseless clause starting at ``s0`` hangs on ends, if it does: after «before» /
        «after» + the subjunctive («… لافروف، قبل أن يتوجه يوم الأحد إلى بكين»: as far in time as its main
        clause) or after a colon that lists what was told («… دو بار دیدار کرده بودند: ۲۵ خرداد … و ۲۵
        شهریور …»; not what someone said: «گفت: …»)."""
        opener = self._subordinate_rx.search(text, max(0, s0 - SUBORDINATE_REACH), s0) if self._subordinate_rx else None
        if opener and opener.start() > 0:
            return opener.start()
        colon = text.rfind(":", max(0, s0 - 3), s0)
        if colon > 0 and not (self._reporting_rx and self._reporting_rx.search(text, max(0, colon - SAID_BEFORE), colon)):
            return colon
        return None

    def was_planned_for(self, text: str, start: int) -> bool:
        """Does «was to» (``قرار بود``, ``كان مقرراً``) stand just before the date at ``start``: the day
        something had been planned for?"""
        rx = self._future_in_past_rx
        return bool(rx and rx.search(text, max(0, start - PLANNED_FOR_BEFORE), start))

    def in_past_perfect(self, text: str, s0: int, s1: int) -> bool:
        """Is ``text[s0:s1]`` told in the past perfect (``دیدار کرده بودند``, ``كان قد التقى``): background?"""
        return bool(self._past_perfect_rx and self._past_perfect_rx.search(text, s0, s1))

    def verb_before(self, text: str, pos: int) -> bool:
        """Does a tense-marked verb end right before ``pos`` (``… گفت‌وگو کرد که …``)?"""
        lo = max(0, pos - VERB_REACH)
        for rx in (self._past_rx, self._future_rx, self._future_weak_rx):
            if rx is not None and any(pos - 2 <= m.end() <= pos for m in rx.finditer(text, lo, pos)):
                return True
        return False

    def clause_end_after(self, text: str, start: int, end: int, first_verb: bool = False) -> int | None:
        """In a verb-final language, where the clause going on at ``start`` ends: after its first
        tense-marked verb that «and» follows, or with ``first_verb`` only if that verb is the clause's first
        («… که از ۲۰ ژانویه اجرایی می‌شود و …»); None when there is none or the language is not verb-final."""
        if not self._verb_then_and_rx:
            return None
        if first_verb:
            verb = self._verb_rx.search(text, start, end)
            m = self._verb_then_and_rx.match(text, verb.start(), end) if verb else None
        else:
            m = self._verb_then_and_rx.search(text, start, end)
        return m.end() if m else None

    def since_before(self, text: str, start: int, s0: int = 0) -> int | None:
        """Where the "since" (``منذ``, ``از زمان``) that makes the date at ``start`` a period's
        anchor, not an event's day, begins; None if there is none."""
        m = self._since_rx.search(text, max(s0, start - MARKER_BEFORE), start) if self._since_rx else None
        return m.start() if m else None

    def _direction_in(self, text: str, start: int, s0: int, s1: int) -> int:
        """The direction of the clause ``text[s0:s1]`` for a date starting at ``start``."""
        if self._future_in_past_rx and self._future_in_past_rx.search(text, max(0, s0 - FUTURE_IN_PAST_BEFORE), s1):
            return 0  # «قرار بود اواسط آذر انجام شود», «كان من المقرر أن …»: planned, now either way
        if self._postponed_rx and self._postponed_rx.search(text, start, min(s1, start + POSTPONED_AFTER)):
            return FUTURE  # «نشست کمیسیون … به بهمن‌ماه موکول شد»: put off to a time to come
        near = max(s0, start - MARKER_BEFORE)
        if self._scheduled_rx and self._scheduled_rx.search(text, near, start):
            # «القمة المقررة في أكتوبر»: the date of something scheduled — unless, where the verb comes last,
            # the date's own verb after it is past («خاموشی‌های برنامه‌ریزی‌شده … از ۲۰ اردیبهشت آغاز شده است»)
            return 0 if self._past_verb_after(text, start, s1) else FUTURE
        if self.since_before(text, start, s0) is not None or self._ongoing_since(text, start, s0, s1) \
                or self._compared_rx and self._compared_rx.search(text, max(s0, start - MARKER_BEFORE), start):
            return PAST  # «منذ بدء العملية … في 24 فبراير», «… از ۲۷ دسامبر ادامه دارد»
        if self._future_verb_after_was(text, s0, s1):
            return 0  # («زيارة كان وزير الخارجية سيقوم بها … في أكتوبر»: was going to, now either way)
        if self._future_rx and self._future_rx.search(text, s0, s1) or self._future_verb(text, s0, s1):
            # (what was to come when someone had said it: «جلالی … گفته بود این موافقت‌نامه تا اواسط مه امضا
            # خواهد شد» is the future in the past, now either way)
            said = self._said_rx.search(text, max(0, s0 - SAID_BEFORE), s0) if self._said_rx else None
            marked_before = self._future_rx is not None and not self._future_verb(text, s0, s1) \
                and all(m.end() <= start for m in self._future_rx.finditer(text, s0, s1))
            return 0 if said or marked_before and self._past_verb_after(text, start, s1) else FUTURE
        past = bool(self._past_rx and self._past_rx.search(text, s0, s1)
                    or self._past_perfect_rx and self._past_perfect_rx.search(text, s0, s1))
        if self._future_weak_rx and self._future_weak_rx.search(text, s0, s1):
            return 0 if past else FUTURE  # "the coming trip" in a past sentence: undecided
        if past and self._purpose_rx and self._purpose_rx.search(text, max(s0, start - PURPOSE_BEFORE), start):
            return 0  # (invited to attend a summit on a day: the invitation is past, the summit either way)
        if past and self._invited_to(text, start, s0, s1):
            return 0  # (invited for a trip in a month: likewise)
        return PAST if past else 0

    def _ongoing_since(self, text: str, start: int, s0: int, s1: int) -> bool:
        """Is the date at ``start``, right after «از», the start of what the clause's ongoing present
        (``ادامه دارد``) says still goes on?"""
        if not (self._ongoing_rx and self._ongoing_from_rx):
            return False
        return bool(self._ongoing_from_rx.search(text, max(s0, start - 6), start) and self._ongoing_rx.search(text, start, s1))

    def _invited_to(self, text: str, start: int, s0: int, s1: int) -> bool:
        """Is the date at ``start`` the time of a trip someone is invited for: a trip word right before it
        in a clause ``text[s0:s1]`` that holds an invitation?"""
        if not (self._invited_to_rx and self._invitation_rx):
            return False
        return bool(self._invited_to_rx.search(text, max(s0, start - PURPOSE_BEFORE), start)
                    and self._invitation_rx.search(text, s0, s1))

    def _past_verb_after(self, text: str, start: int, s1: int) -> bool:
        """Where the verb comes last, is the verb after the date at ``start`` (to ``s1``) past?"""
        return self.L.verb_final and bool(self._past_rx and self._past_rx.search(text, start, s1))

    def _clause(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The clause around ``text[start:end]``: the sentence, cut at colons, quotes and the "that"
        after a reporting verb (``گفت که``, ``قال إن``), so that the reporting verb's tense does not count."""
        while end > start and text[end - 1] in ".!?؟\n \u200c":
            end -= 1  # a whole sentence, its full stop included: its own end, not the next one's
        floor, ceiling = max(0, start - MAX_CLAUSE), min(len(text), end + MAX_CLAUSE)
        s0 = max(floor - 1, *(text.rfind(ch, floor, start) for ch in ".!?؟\n")) + 1
        ends = [i for i in (text.find(ch, end, ceiling) for ch in ".!?؟\n") if i >= 0]
        s1 = min(ends) if ends else ceiling
        relative = False
        for m in self._clause_rx.finditer(text, s0, s1):
            if _short_quote(text, m):
                continue  # («گفت‌وگوی تلفنی دو رئیس‌جمهور «در روزهای آینده» انجام می‌شود»: a phrase quoted, no clause)
            if m.end() <= start:
                s0, relative = m.end(), self._relative_opener(m.group())
            elif m.start() >= end:
                s1 = m.start()
                break
        if relative:  # (a relative clause ends at its comma)
            comma = next((i for i in (text.find(ch, end, s1) for ch in ",،") if i >= 0), None)
            s1 = min(s1, comma) if comma is not None else s1
        if self._verb_ends_clause_rx is not None:  # (verb-final: «… از ۳۰ آبان آغاز شده و تا ۱۵ آذر ادامه خواهد داشت»)
            for m in self._verb_ends_clause_rx.finditer(text, s0, s1):
                if m.end() <= start:
                    s0 = m.end()
                elif m.start() >= end:
                    s1 = m.end()
                    break
        if self._reporting_rx is not None:  # «عراقچی اعلام کرد دور دوم … روز شنبه … برگزار می‌شود»
            for m in self._reporting_rx.finditer(text, s0, s1):
                if m.end() <= start:
                    s0 = m.end()
                elif m.start() >= end:
                    # «روز یکشنبه … خبر داد»: the verb is the date's clause's own, unless the date is in its object
                    in_object = canon(m.group()) in self._object_verbs and self._object_opener_rx is not None \
                        and self._object_opener_rx.search(text, max(s0, start - OBJECT_BEFORE), start) is not None
                    s1 = m.start() if in_object else m.end()
                    break
        return s0, s1

    def _relative_opener(self, word: str) -> bool:
        """Is this clause opener (its proclitic left out: «والتي») a relative pronoun?"""
        word = canon(word.strip())
        return word in self.L.relative_openers or any(word.startswith(c) and word[len(c):] in self.L.relative_openers
                                                      for c in self.tags.clitics)

    def _future_verb_after_was(self, text: str, s0: int, s1: int) -> bool:
        """Is the clause's verb with the future prefix told after «was» (كان … سيقوم): the future in the past?"""
        verb = next(self._future_verbs(text, s0, s1), None) if self._was_rx is not None else None
        return verb is not None and self._was_rx.search(text, s0, verb.start()) is not None

    def _future_verb(self, text: str, s0: int, s1: int) -> bool:
        """Does ``text[s0:s1]`` hold a verb with the future prefix?"""
        return next(self._future_verbs(text, s0, s1), None) is not None

    def _future_verbs(self, text: str, s0: int, s1: int) -> Iterator[re.Match]:
        """The Arabic verbs with the future prefix سـ (سيزور), not a noun that starts alike nor a quoted name."""
        if self._future_verb_rx is None:
            return
        for m in self._future_verb_rx.finditer(text, s0, s1):
            if canon(m.group("w")) not in self.L.future_prefix_not and not _quoted_name(text, m):
                yield m

    # =======================================================================================
    # rule shapes
    # =======================================================================================
    def _gate(self, needs: tuple[str, ...]) -> frozenset[str]:
        """The tags a rule cannot do without (one of them must be in a tag string)."""
        chars = {n for n in needs if len(n) == 1}
        classes = [n for n in needs if len(n) > 1]
        return frozenset(chars | self.tags.chars_of(*classes)) if classes else frozenset(chars)

    def T(self, *names: str, without: str | None = None) -> str:
        return self.tags.of(*names, without=without)

    def _stated(self, rules: list[RuleSpec]) -> list[RuleSpec]:
        """A day said relative to the document date, then its date: one mention (``امروز ۱۳۹۶/۰۱/۰۸``,
        ``دیروز جمعه ۲۸ دی ۱۴۰۳``, ``أمس 16 يناير 2025``), the relative day checked against the date."""
        tod = self.T("time_of_day")
        # (a comma may stand between: «بامداد امروز، شنبه ۵ آبان»)
        prefix = f"(?P<stod>{tod})?(?P<srel>{self.T('relative_day')})(?P<stod2>{tod})?,?"

        def stated(build: Callable[[Match], list[Parse] | None]) -> Callable[[Match], list[Parse] | None]:
            def read(x: Match) -> list[Parse] | None:
                offset = x.tok("srel").get("relative_day")
                parses = build(x)
                if offset == SAME_DAY or not parses or len(parses) != 1 or not isinstance(parses[0].expr, CalendarDate):
                    return None
                p = parses[0]
                return self._said_then_dated(x, "srel", offset, p) or [
                    Parse(x.start(), p.end, replace(p.expr, stated_offset=offset), p.rule)]
            return read

        return [(name, prefix + rx, stated(build), ("relative_day",)) for name, rx, build, _needs in rules
                if name in STATED_RULES]

    def _rules(self) -> list[RuleSpec]:
        T = self.T
        N = T("number_word")
        # number words: joined by "و" (بیست و یکم, والعشرين), or a teen or scale word (ثلاثة عشر, دو هزار)
        NUMW = f"(?:{N}(?:{T('conjunction')}{N}|{T('wa')}|{T('number_teen')}|{T('number_scale')})*)"
        ORDSUF = T("ordinal_suffix")
        OF, CB = T("cue_of"), T("month_cue_before")
        CUE_DAY, CUE_YEAR, ERA = T("cue_day"), T("cue_year"), T("era")
        WD, WDB = T("weekday"), T("weekday_bare")
        MB, MA, UNIT, RW = T("modifier_before"), T("modifier_after"), T("unit"), T("relative_word")
        AND = T("range_and")
        self.NUMW = NUMW

        def DAY(p: str) -> str:
            return f"(?:(?P<{p}d>{A}){ORDSUF}?|(?P<{p}w>{NUMW}))"

        def YEAR(p: str, two: bool = False) -> str:
            y2 = f"|(?P<{p}y2>{A})" if two else ""
            # a year in words may come in two halves: تسعة عشر تسعة وتسعون
            return f"(?:(?P<{p}y4>{C}){y2}|(?P<{p}yw>{NUMW}{NUMW}?))"

        def YEARPART(p: str, two: bool = False) -> str:
            return f"(?:[,.]?(?P<{p}cue>{OF}?{CUE_YEAR}|{OF}(?={N}))?{YEAR(p, two)}(?P<{p}era>{ERA})?)"

        def MONTH(p: str) -> str:
            # يوليو (تموز), أغسطس/آب: a month named twice, in two naming systems
            return (f"(?:(?:(?P<{p}cb>{CB}){OF}?)?(?P<{p}>{T('month')})(?:[/(](?P<{p}tw>{T('month')})\\)?)?"
                    f"|(?P<{p}cbn>{CB})(?:(?P<{p}nd>{A})|(?P<{p}nw>{NUMW})))")

        def WDP(p: str) -> str:  # (a dash too: «الاثنين - 26 محرم 1447 هـ», a dateline)
            # (a time of day before the weekday is the same day's: «بعدازظهر پنجشنبه ۲ دی»; not an eve)
            # (and its last/next before a day: «يوم الجمعة الماضي 7 أيلول», «يوم الخميس المقبل الموافق 14 …»)
            # (or a slash or colon, spaced: «سه‌شنبه / ۲۵ تیر ۱۳۹۸ / ۰۸:۱۰», an agency's header)
            last_next = f"(?:{MA}(?=[,-]?(?:{T('cue_equivalent')})?(?:[ac]|{N})))?"
            return (f"(?:(?:(?P<{p}wc>{CUE_DAY})|{T('time_of_day', without='eve')})?(?P<{p}wd>{WD}){last_next}[,;/-]?"
                    f"(?:{T('cue_equivalent', 'cue_of', 'cue_date')})?)")

        def UNITREL(p: str) -> str:
            return f"(?:(?P<{p}pre>{MB})?(?P<{p}u>{UNIT})(?P<{p}post>{MA})?)"

        def MONTHEXPR(p: str) -> str:
            return (f"(?:{MONTH(p + 'm')}{YEARPART(p + 'y')}?(?:{OF}?(?P<{p}yu>{UNIT})(?P<{p}yum>{MA}))?"
                    f"|{UNITREL(p + 'r')}|(?P<{p}bare>{CB}))")

        WEEKDAY_AND = f"(?:{AND}|(?={T('wa')}))"
        ONE = f"(?:(?:[abc]|{NUMW})?{T('count_unit')})"
        AMOUNTS = f"(?:{ONE}(?:,?{T('conjunction')}?{ONE})*)"
        def RELYEAR(p: str = "r") -> str:  # امسال, سال گذشته, العام الماضي
            return f"(?:(?P<{p}w>{RW})|(?P<{p}u>{UNIT})(?P<{p}um>{MA}))"

        REL_YEAR = RELYEAR()
        # after a month: الجاري, الماضي, or the year relative to the document (امسال, من العام الماضي)
        MONTH_MOD = f"(?P<mod>(?P<post>{MA})|{OF}?{RELYEAR('q')}|{OF}?(?P<same>{T('same_year')}))"
        DAYX = f"(?:{A}{ORDSUF}?|{NUMW})"

        rules = [
            # «۶ ماه نخست سال جاری میلادی», «الأشهر العشرة الأولى من 2019»: months 1 … N of a year
            # (first: «۱۰ ماه نخست امسال» is ten months, not the 10th of the first month)
            ("first_months", f"(?P<n>[abc]|{NUMW})?(?P<u>{T('count_unit')})(?P<n2>{NUMW})?(?P<first>{T('months_first')})"
                             f"{OF}?(?:(?P<ycue>{CUE_YEAR})?(?P<yy4>{C})|(?P<rpre>{MB})?(?P<ru>{UNIT})(?P<rera>{ERA})?(?P<rpost>{MA})?"
                             f"|(?P<rw>{RW}))(?P<era>{ERA})?",
             self._first_months, ('months_first',)),
            ("date", f"{WDP('a')}?(?P<dc>{CUE_DAY})?{DAY('d')}{CUE_DAY}?(?:[-/.]|{OF})?{MONTH('m')}"
                     f"(?:{YEARPART('y', True)}|{MONTH_MOD})?", self._date, ('month', 'month_cue_before')),
            ("month_year", f"{MONTH('m')}{YEARPART('y', True)}", self._month_year, ('month', 'month_cue_before')),
            ("month", f"(?P<pre>{MB})?{MONTH('m')}(?:(?P<post>{MA})|{OF}?{REL_YEAR}|{OF}?(?P<same>{T('same_year')}))?",
             self._month_alone, ('month', 'month_cue_before')),
            ("year", f"{OF}?(?P<cue>{CUE_YEAR})(?:{YEAR('y', True)}|(?P<yb>b))(?P<yera>{ERA})?", self._year_cue, ('cue_year',)),
            ("year", f"{YEAR('y')}(?P<yera>{ERA})", self._year_era, ('era',)),
            # («العام الإيراني الجديد 1390»: the era between the cue and the year)
            ("year", f"{OF}?(?P<cue>{CUE_YEAR})(?P<yera>{ERA})(?:{T('cue_new')})?{YEAR('y')}", self._year_cue,
             ('cue_year', 'era')),
            ("year", f"(?P<prep>{T('year_prepositions')})(?:(?P<yy4>{C})|(?P<yyw>{NUMW}))", self._year_prep, ('year_prepositions',)),
            ("year", f"(?P<noun>{T('year_nouns')}){YEAR('y', True)}", self._year_noun, ('year_nouns',)),
            # «© 2011», «جميع الحقوق محفوظة © ٢٠١٨»: the year a page's copyright names (not a span of years)
            ("year", "©(?P<yy4>c)(?![-/]c)", self._year_copyright, ('©',)),
            ("numeric", f"{WDP('w')}?(?<![./])(?P<a>[ac])(?P<s>[/.-])(?P<b>a)(?P=s)(?P<c>[ac])(?!(?P=s)[ac])"
                        f"(?P<era>{ERA})?", self._numeric3, ('/', '.', '-')),
            ("numeric", "(?<![./-])(?P<a>c)(?P<s>[/.-])(?P<b>a)(?![./-][ac])", self._numeric_ym, ('/', '.', '-')),
            ("numeric", "(?<![./-])(?P<a>a)(?P<s>[/.-])(?P<b>c)(?![./-][ac])", self._numeric_my, ('/', '.', '-')),
            ("date", f"(?P<yy4>{C})(?P<yera>{ERA}){DAY('d')}{MONTH('m')}(?P<awd>{WD})?", self._date_year_first, ('era',)),
            ("century", f"(?P<cw>{T('century_word')})(?:(?P<ord>{NUMW})(?P<era>{ERA})?|(?P<mod>{MA}))", self._century, ('century_word',)),
            ("month_relative_day", f"(?P<dd>{A}){ORDSUF}(?P<bare>{CB})", self._day_of_this_month, ('ordinal_suffix',)),
            ("season", f"(?P<season>{T('season')})(?:{YEARPART('y', True)}|{REL_YEAR}|(?P<post>{MA}))", self._season, ('season',)),
            ("numeric", f"(?:{WDP('w')}|{T('cue_day', 'cue_date', 'cue_of')})(?P<a>a)(?P<s>[/.-])(?P<b>a)(?![./-][ac]|%)",
             self._numeric_dm, ('/', '.', '-')),
            ("relative_day", f"(?P<tod>{T('time_of_day')})?(?P<rel>{T('relative_day')})(?P<tod2>{T('time_of_day')})?"
                             f"(?:,?{CUE_DAY}?(?P<wd>{WD})|\\({CUE_DAY}?(?P<wdp>{WD})\\))?", self._relative_day, ('relative_day',)),
            ("same_month", f"{WDP('a')}?(?P<dc>{CUE_DAY})?{DAY('d')}{OF}?(?P<sm>{T('same_month')})", self._same_month,
             ('same_month',)),
            ("relative_unit", f"{UNITREL('r')}(?P<era1>{ERA})?(?P<post2>{MA})?(?P<era2>{ERA})?", self._relative_unit, ('unit',)),
            ("relative_word", f"(?P<rw>{RW})(?P<era>{ERA})?", self._relative_word, ('relative_word',)),
            ("weekday", f"(?:(?P<cue>{CUE_DAY})|{T('time_of_day', without='eve')})?(?:(?P<pre>{MB}){CUE_DAY}?)?"
                        f"(?P<wd>{WD})(?P<post>{MA})?"
                        f"(?:{OF}?{UNITREL('k')})?", self._weekday, ('weekday',)),
            ("weekday", f"{UNITREL('k')}{CUE_DAY}?(?P<wd>{WD})", self._week_weekday, ('weekday',)),
            ("weekday", f"(?P<wdb>{WDB}){OF}?{UNITREL('k')}", self._bare_weekday_week, ('weekday_bare',)),
            ("weekday_day", f"(?P<cue>{CUE_DAY})?(?P<wd>{WD}),?(?P<in>{OF})?(?:(?P<dd>{A})|(?P<dw>{NUMW}))",
             self._weekday_day, ('weekday',)),
            ("shift", f"(?P<amounts>{AMOUNTS})(?P<era>{ERA})?(?P<dir>{T('shift_after')})", self._shift_after, ('shift_after',)),
            ("shift", f"(?P<dir>{T('shift_before')})(?P<amounts>{AMOUNTS})(?P<era>{ERA})?(?P<now>{T('shift_after')})?",
             self._shift_before, ('shift_before',)),
            ("part", f"(?P<part>{T('part')}){OF}?{MONTH('m')}{YEARPART('y', True)}?"
                     f"(?:{OF}?{REL_YEAR}|(?P<post>{MA})|{OF}?(?P<same>{T('same_year')}))?",
             self._part_month, ('part',)),
            ("part", f"(?P<part>{T('part')}){OF}?(?:{UNITREL('r')}(?:(?P<era1>{ERA})(?P<post2>{MA}))?(?P<era2>{ERA})?|(?P<rw>{RW}))",
             self._part_unit, ('part',)),
            # «هفته سوم بهمن», «الأسبوع الأول من أكتوبر المقبل», «هفته اول ماه آینده»: a week of a month
            ("week_of_month", f"(?P<wu>{UNIT})(?P<wn>{N}|{T('ordinal_last')}){OF}?{MONTH('m')}{YEARPART('y', True)}?"
                              f"(?:{OF}?{REL_YEAR}|(?P<post>{MA}))?", self._week_of_month, ('unit',)),
            ("week_of_month", f"(?P<wu>{UNIT})(?P<wn>{N}|{T('ordinal_last')}){OF}?{UNITREL('r')}", self._week_of_month, ('unit',)),
            ("part", f"(?P<part>{T('part')}){OF}?(?P<cue>{CUE_YEAR}){YEAR('y', True)}(?P<yera>{ERA})?",
             self._part_year, ('part',)),
            # «أواخر 2019», «منتصف 2025», «اوایل ۱۴۰۳»: a stretch of a year written as a bare four-digit number
            ("part", f"(?P<part>{T('part')}){OF}?(?P<yy4>{C})(?P<yera>{ERA})?", self._part_bare_year, ('part',)),
            ("holiday", f"(?P<cue>{CUE_DAY})?(?P<h>{T('holiday')}){YEARPART('y', True)}?(?:{REL_YEAR}|(?P<post>{MA})(?!{UNIT}))?", self._holiday, ('holiday',)),
            # a day counted within a feast of several: «ثالث أيام عيد الأضحى», «اليوم الثاني من عيد الفطر», «روز دوم نوروز»
            # (or before a feast whose name starts with a day: «سومین روز عید فطر»)
            # (a weekday before it is that day, and a mention of its own: «الثلاثاء أول أيام عيد الفطر»)
            ("holiday", f"{WDP('a')}?(?:(?P<ord>{T('ordinal_adjective')}|{NUMW}){CUE_DAY}|{CUE_DAY}(?P<ord2>{NUMW})"
                        f"|(?P<ord3>{T('ordinal_adjective')})){OF}?"
                        f"(?P<h>{T('holiday')}){YEARPART('y', True)}?(?:{REL_YEAR}|(?P<post>{MA})(?!{UNIT}))?",
             self._day_of_holiday, ('holiday',)),
            ("nth_weekday", f"(?P<ord>{T('ordinal_adjective')}|{NUMW}){CUE_DAY}?(?P<wd>{WD}|{WDB}){OF}?{MONTHEXPR('x')}",
             self._nth_weekday, ('weekday', 'weekday_bare')),
            ("nth_weekday", f"{CUE_DAY}?(?P<wd>{WD})(?P<ord>{T('ordinal_last')}|{NUMW})(?:{OF}?{MONTHEXPR('x')})?",
             self._weekday_nth, ('weekday',)),
            ("nth_day", f"(?:(?P<ord>{T('ordinal_adjective')}|{NUMW}){CUE_DAY}|{CUE_DAY}(?P<ord2>{T('ordinal_last')}|{NUMW}))"
                        f"{OF}?{MONTHEXPR('x')}", self._nth_day, ('cue_day',)),
            ("day_of_month", f"(?:(?P<cue>{T('cue_of', 'cue_day')})(?:(?P<dd>{A})|(?P<dw>{NUMW}))"
                             f"|(?P<to>{T('range_to')})?(?P<ow>{NUMW}))(?=[.?;|$])", self._day_of_month, ('cue_of', 'cue_day', 'range_to', 'number_word')),
            ("month_relative_day", f"{WDP('a')}?{DAY('d')}{OF}?{UNITREL('r')}", self._month_relative_day, ('unit',)),
            ("range", f"(?:(?P<from>{T('range_from')})|{CUE_DAY})?{DAY('d1')}(?:-|(?P<to>{T('range_to')})){CUE_DAY}?"
                      f"{DAY('d2')}{OF}?(?:{MONTH('m')}(?:{YEARPART('y', True)}|{MONTH_MOD})?|{UNITREL('r')})", self._range_days, ('range_from', 'range_to', 'range_between', '-')),
            ("range", f"(?P<bw>{T('range_between')}){DAY('d1')}(?:{WEEKDAY_AND}|-){DAY('d2')}{OF}?"
                      f"(?:{MONTH('m')}(?:{YEARPART('y', True)}|{MONTH_MOD})?|{UNITREL('r')})", self._range_days, ('range_from', 'range_to', 'range_between', '-')),
            ("range", f"(?P<from>{T('range_from')})?{MONTH('m')}{DAY('d1')}(?:-|(?P<to>{T('range_to')})){DAY('d2')}"
                      f"(?!{OF}?{CB}?{T('month')}){YEARPART('y')}?", self._range_days, ('range_from', 'range_to', 'range_between', '-')),
            ("range", f"(?P<from>{T('range_from', 'range_between')})?(?P<cue>{CUE_YEAR})?{YEAR('a')}"
                      f"(?:-|(?P<to>{T('range_to')}){CUE_YEAR}?|(?P<and>{AND})){YEAR('b', True)}(?P<yera>{ERA})?",
             self._range_years, ('range_from', 'range_to', 'range_between', 'range_and', '-')),
            ("decade", f"(?:(?P<cue>{T('decade_cue')})(?P<n>[ac]|{NUMW})|(?P<w>{T('decade_word')}))(?P<era>{ERA})?"
                       f"(?:{OF}?(?P<cc>{T('century_cue')})(?:(?P<cn>{NUMW})|(?P<cm>{MA})))?", self._decade, ('decade_cue', 'decade_word')),
            ("quarter", f"(?P<q>{T('quarter_cue')})(?P<ord>{NUMW}|{T('ordinal_last')}){OF}?(?:(?P<ycue>{CUE_YEAR})?(?P<yy4>{C})"
                        f"|(?P<yyw>{NUMW})|{UNITREL('r')}|(?P<rw>{RW}))", self._quarter, ('quarter_cue',)),
            ("rolling", f"(?P<last>{T('ordinal_last', 'ordinal_adjective')})?(?P<n>[abc]|{NUMW})?(?P<u>{T('count_unit')})(?P<n2>{NUMW})?"
                        f"(?P<mod>{T('modifier_after', 'modifier_counted')})?", self._rolling, ('count_unit',)),
            # a night named by the two weekdays it joins: the first («ليل الخميس الجمعة», «ليل الجمعة – السبت»);
            # («ليلة 13-14 أبريل» stays the two days: the probe sets disagree on it)
            ("night", f"(?P<eve>{T('eve')}){CUE_DAY}?(?P<w1>{WD})(?:-|{T('range_to')})?(?P<w2>{WD})", self._night_of_weekdays,
             ('eve',)),
            ("range", f"{UNITREL('k')}(?:(?P<bw>{T('range_between')})|(?P<from>{T('range_from')}))?(?P<w1>{WD})"
                      f"(?:{WEEKDAY_AND}|(?P<to>{T('range_to')}))(?P<w2>{WD})", self._week_range, ('unit',)),
            # («يومي السادس والسابع من تموز»: «and» joined to the second day's word)
            # (a weekday before each day, «روزهای چهارشنبه ۱۱ و پنجشنبه ۱۲ مرداد», goes with it)
            ("date", f"(?:{WDP('a')}|{CUE_DAY})?{DAY('d1')}(?P<more>(?:{WEEKDAY_AND}(?:{WD})?{DAYX})+){OF}?"
                     f"(?:{MONTH('m')}(?:{YEARPART('y', True)}|{MONTH_MOD})?|{UNITREL('r')})",
             self._coordinated, ('range_and', 'wa')),
            ("month", f"{MONTH('m')}(?P<more>(?:{WEEKDAY_AND}{T('month')})+)(?:{YEARPART('y', True)}|{MONTH_MOD})?",
             self._coordinated_months, ('month',)),
            ("latin", f"(?:(?P<d1>{A}){T('latin_ordinal_suffix')}?,?)?(?P<mon>{T('latin_month')})\\.?"
                      f"(?:(?P<d2>{A}){T('latin_ordinal_suffix')}?)?(?:,?(?P<y>{C}))?", self._latin, ('latin_month',)),
        ]
        if self.L.month_first:
            rules.append(("date", f"{WDP('a')}?{MONTH('m')}-?{DAY('d')}{YEARPART('y', True)}?", self._date_mdy, ('month', 'month_cue_before')))
        else:  # the English order in a page header, «دی ۰۹, ۱۳۹۸»: with the comma and a full year, a day
            rules.append(("date", f"{WDP('a')}?{MONTH('m')}(?P<dd>{A}),(?P<yy4>{C})(?P<yera>{ERA})?", self._date,
                          ('month',)))
        return rules

    def _extra_rules(self) -> list[RuleSpec]:
        T = self.T
        NUMW = self.NUMW
        COUNT = f"(?:[abc]|{NUMW})"
        UNIT = T("duration_unit", "count_unit")
        AFTER = T("vague_words", "shift_after", "modifier_after", "modifier_counted")
        return [
            ("duration", f"(?:(?P<n>{COUNT})(?:{T('range_to')}(?P<n2>{COUNT}))?|(?P<vc>{T('vague_counts')}))"
                         f"(?:{T('conjunction')}(?P<half>{T('half')}))?(?P<u>{UNIT})(?:{T('conjunction')}(?P<half2>{T('half')}))?"
                         f"(?P<w>{AFTER})?", self._duration, ('duration_unit', 'count_unit')),
            ("vague", f"{T('shift_before')}(?P<vc>{T('vague_counts')})(?P<u>{UNIT})", self._vague, ('vague_counts', 'vague_units', 'century_word')),
            ("vague", f"(?:(?P<vu>{T('vague_units')})|{T('century_word')}(?={AFTER}))(?P<w>{AFTER})?", self._vague, ('vague_counts', 'vague_units', 'century_word')),
            ("set", f"(?:{T('set_prefixes')}(?:{UNIT}|{T('unit')}|{T('time_of_day')}|{T('weekday')})"
                    f"|{T('set_words')})", self._set, ('set_prefixes', 'set_words')),
        ]

    def _count(self, toks: list[Token]) -> int | None:
        """A count written in digits or in number words (not an ordinal); None if it is neither."""
        if toks[0].tag in "abc":
            return toks[0].number
        parsed = self.number(toks)
        return parsed[0] if parsed and not parsed[1] else None

    def _duration(self, x: Match) -> list[Parse] | None:
        if x.has("vc") or x.has("w") or x.has("n2"):
            return self._vague(x)
        unit = x.tok("u").get("duration_unit") or x.tok("u").get("count_unit")[0]
        n = self._count(x.toks("n"))
        if n is None:
            return None
        half = ".5" if x.has("half") or x.has("half2") else ""
        letter = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y", "century": "Y"}[unit]
        n *= {"decade": 10, "century": 100}.get(unit, 1)
        return [Parse(x.start(), x.end(), Untimed(kind="duration", iso=f"P{n}{half}{letter}"), "duration")]

    def _vague(self, x: Match) -> list[Parse] | None:
        return [Parse(x.start(), x.end(), Untimed(kind="vague"), "vague")]

    def _set(self, x: Match) -> list[Parse] | None:
        return [Parse(x.start(), x.end(), Untimed(kind="set"), "set")]

    # =======================================================================================
    # reading tokens
    # =======================================================================================
    def number(self, tokens: list[Token]) -> tuple[int, bool] | None:
        """Value and ordinal-ness of number words (``بیست و یکم``, ``ألفين وثمانية عشر``)."""
        values: list[tuple[int, bool, bool]] = []
        joined = False
        for t in tokens:
            if t.is_("number_word"):
                value, ordinal = t.get("number_word")
                values.append((value, ordinal, joined or self.tags.joined_by_and(t.clitic)))
                joined = False
            elif t.is_("conjunction"):
                joined = True
        return _combine_number(values, self.L.two_part_year) if values else None

    def day_of(self, x: Match, p: str) -> tuple[int, str] | None:
        """The day of the month in groups ``{p}d``/``{p}w``, and how it was written."""
        if x.has(p + "d"):
            value, how = x.tok(p + "d").number, "digits"
        else:
            parsed = self.number(x.toks(p + "w"))
            if parsed is None:
                return None
            value, how = parsed[0], "ordinal" if parsed[1] else "cardinal"
        return (value, how) if 1 <= value <= 31 else None

    def month_of(self, x: Match, p: str) -> tuple[str, int, Token | None, bool] | None:
        """``(calendar, number, month token, cued)`` of a MONTH group."""
        if x.has(p):
            t = x.tok(p)
            calendar, number = t.get("month")
            # (a month glossed by its twin, «آب/أغسطس», is a month, as one cued is)
            cued = x.has(p + "cb") or x.has(p + "tw") or t.is_("month_cued")
            return calendar, number, t, cued
        if x.has(p + "cbn"):
            if x.has(p + "nd"):
                number = x.tok(p + "nd").number
            else:
                parsed = self.number(x.toks(p + "nw"))
                number = parsed[0] if parsed else 0
            if 1 <= number <= 12:
                return self.L.relative_calendar, number, None, True
        return None

    def year_of(self, x: Match, p: str, month_calendar: str | None,
                cued: bool = False) -> tuple[int, str, bool] | None:
        """``(year, calendar of the year, two-digit)``, or None if it is no plausible year.

        After a year cue (``عام``, ``سال``) a year may have three digits or small number words.
        """
        era = x.tok(p + "era").get("era") if x.has(p + "era") else None
        if x.has(p + "y4"):
            year, two = x.tok(p + "y4").number, False
        elif x.has(p + "y2"):
            year, two = x.tok(p + "y2").number, True
        elif cued and x.has(p + "b"):
            year, two = x.tok(p + "b").number, False
        elif x.has(p + "yw"):
            parsed = self.number(x.toks(p + "yw"))
            if not parsed or parsed[1] or not (100 if cued else 1000) <= parsed[0] <= 2200:
                return None
            year, two = parsed[0], False
        else:
            return None
        calendar = self._year_calendar(year, era, month_calendar, two)
        if two:
            year = _expand_two_digit_year(year, calendar)
        if not 1 <= year <= 2999:
            return None
        return year, calendar, two

    def _year_calendar(self, year: int, era: str | None, month_calendar: str | None, two: bool) -> str:
        if era == "hegira":
            era = month_calendar if month_calendar in (cal.JALALI, cal.HIJRI) else self.L.native_year_calendar
        if era and not (era in (cal.JALALI, cal.HIJRI) and year >= 1700):
            return era  # (not a Gregorian year before an adjective: «معاهدة عام 2001 الإيرانية الروسية»)
        if two:
            return month_calendar or self.L.two_digit_year_calendar
        if year >= 1700 or month_calendar == cal.GREGORIAN:
            return cal.GREGORIAN
        if month_calendar in (cal.JALALI, cal.HIJRI):
            return month_calendar
        return self.L.native_year_calendar if 1300 <= year <= 1500 else cal.GREGORIAN

    def _year_or_trim(self, x: Match, p: str, month_calendar: str | None) -> tuple[tuple[int, str, bool] | None, int]:
        """The year of an optional YEARPART, and where the phrase ends (before a bad year)."""
        if not (x.has(p + "y4") or x.has(p + "y2") or x.has(p + "yw")):
            return None, x.end()
        year = self.year_of(x, p, month_calendar)
        nxt = x.after()
        # "روز عاشورا، ۲۶ تیر": a two-digit number before a month is that month's day, not a year;
        # «خبرگزاری مهر، ۱۲ پژوهشگر»: nor is a two-digit number after a comma the month's year
        if year is None or nxt is not None and (nxt.is_("after_number") or year[2] and nxt.is_("month")) \
                or year[2] and self._after_comma(x, p):
            first = min(x.m.start(g) for g in (p + "cue", p + "y4", p + "y2", p + "yw") if x.has(g))
            while first - 1 > x.m.start() and x.tokens[first - 1].tag in ",.":
                first -= 1  # the comma before the number is not part of the phrase either
            return None, x.tokens[first - 1].end
        return year, x.end()

    @staticmethod
    def _after_comma(x: Match, p: str) -> bool:
        """Does a comma stand right before the YEARPART ``p`` (its cue or number)?"""
        first = min(x.m.start(g) for g in (p + "cue", p + "y4", p + "y2", p + "yw") if x.has(g))
        return first > x.m.start() and x.tokens[first - 1].tag == ","

    def _month_ok(self, token: Token | None, day_how: str | None, x: Match) -> bool:
        """May this month word be read as a month here?"""
        if token is None:
            return True
        if day_how is None and self.L.month_needs_day(token.text):
            return False
        if self.L.month_needs_context(token.text):
            if day_how == "cardinal":
                return False
            if self._verb_prefix(token, x) or self._common_noun(token, x):
                return False
        return True

    def _common_noun(self, token: Token, x: Match) -> bool:
        """Is an ambiguous month word a common noun by the word after or before it (تیر هشدار, شلیک ۲ تیر)?"""
        i = next((k for k in range(x.m.start(), x.m.end()) if x.tokens[k] is token), None)
        if i is None:
            return False
        after = x.tokens[i + 1] if i + 1 < len(x.tokens) else None
        before = [t for t in x.tokens[max(0, i - 3):i] if t.tag not in "abc"]
        return bool(after and canon(after.text) in self.L.month_noun_after
                    or before and canon(before[-1].text) in self.L.month_noun_before)

    def _verb_prefix(self, token: Token, x: Match) -> bool:
        """The verb prefix that is also a month (``می`` followed by a present stem: می شود), not May."""
        if not self.L.month_verb_prefix or canon(token.text) != self.L.month_verb_prefix:
            return False
        nxt = next((t for t in x.tokens[x.m.start():x.m.end() + 2] if t.start >= token.end), None)
        if nxt is None or nxt.tag != "x" and not nxt.is_("subjunctive"):
            return False
        word = canon(nxt.text)
        return any(word.startswith(stem) for stem in self.L.verb_stems_after_mi)

    @staticmethod
    def _weekday_in(x: Match, group: str) -> int | None:
        return x.tok(group).get("weekday") if x.has(group) else None

    def _unit_offset(self, x: Match, p: str) -> tuple[str, int] | None:
        if not x.has(p + "u"):
            return None
        unit = x.tok(p + "u").get("unit")
        if x.has(p + "post"):
            return unit, x.tok(p + "post").get("modifier_after")
        if x.has(p + "pre"):
            return unit, x.tok(p + "pre").get("modifier_before")
        return None

    # =======================================================================================
    # builders
    # =======================================================================================
    def _date(self, x: Match) -> list[Parse] | None:
        day = self.day_of(x, "d") or self._impossible_day(x)
        month = self.month_of(x, "m")
        if not day or not month:
            return None
        calendar, number, token, cued = month
        if not self._month_ok(token, day[1], x) or self._ordinal_of_event(x):
            return None
        if self._named_place(x):
            return None
        year, end = self._year_or_trim(x, "y", calendar)
        if year and year[2] and not x.has("yera") and not (x.has("ycue") or token is not None):
            year, end = None, x.end("m")
        if year is None and end == x.end("m"):
            year, end = self._era_year_after(x, calendar) or (None, end)
        weekday = self._weekday_in(x, "awd")
        date = CalendarDate(calendar, year=year[0] if year else None, month=number, day=day[0],
                            year_calendar=year[1] if year else None, weekday=weekday,
                            two_digit_year=bool(year and year[2]))
        end = self._month_modifier(x, [date], end)  # 28 مايو الماضي, ۱۸ شهریور امسال, 18 مارس من العام الماضي
        expr: Expr = date
        if weekday is not None and day[1] == "ordinal" and day[0] <= 5 and x.m.end("awd") == x.m.start("dw"):
            # الثلاثاء الثالث من أيلول: the third Tuesday, unless the 3rd is a Tuesday
            month_expr = CalendarDate(calendar, year=date.year, month=number, year_calendar=date.year_calendar)
            expr = FirstConsistent((expr, NthWeekday(n=day[0], weekday=weekday, month=month_expr)))
        parse = Parse(x.start(), end, expr, "date")
        if x.has("awc") and x.tok("awc").is_("relative_day") and isinstance(expr, CalendarDate):
            return self._said_then_dated(x, "awc", x.tok("awc").get("relative_day"), parse) or [parse]
        return [parse]

    def _said_then_dated(self, x: Match, group: str, offset: int, p: Parse) -> list[Parse] | None:
        """A relative day, «الموافق», then a date (``p``): two mentions, the day as said and the date it
        falls on («اليوم الاثنين الموافق 22 تشرين الأول», «أمس الجمعة الموافق 18 شعبان»), the date checked
        against the day; None when no such word stands between."""
        cue = next((i for i in range(x.m.end(group), x.m.end()) if x.tokens[i].is_("cue_equivalent")), None)
        if cue is None or offset == SAME_DAY or not isinstance(p.expr, CalendarDate):
            return None
        said = RelativeDay(offset=offset, weekday=self._weekday_in(x, "awd"))
        return [Parse(x.start(), x.tokens[cue - 1].end, said, "relative_day"),
                Parse(x.tokens[cue + 1].start, p.end, replace(p.expr, stated_offset=offset), p.rule)]

    def _ordinal_of_event(self, x: Match) -> bool:
        """«اجتماع أستانا الرابع في أيار»: an ordinal word joined to the month by a word that does not
        make it a day (the fourth meeting, in May)."""
        if not x.has("dw"):
            return False
        before = x.text[max(0, x.start("dw") - 30):x.start("dw")].split()
        if len(x.toks("dw")) == 1 and before and canon(before[-1]) in self._times_counters \
                and not (len(before) > 1 and canon(before[-2]) in self._times_counters_fixed):
            return True  # (the second time, in Azar; not «آخرین بار ۲۸ تیر», the last time, on a day)
        if not self._event_ordinal_joints:
            return False
        joint = x.text[x.end("dw"):x.start("m") if x.has("m") else x.end("dw")]
        return canon(joint.strip()) in self._event_ordinal_joints

    @staticmethod
    def _impossible_day(x: Match) -> tuple[int, str] | None:
        """A day no month has (۰, ۳۲) in a date with a four-digit year: kept, so that the date is
        reported as invalid rather than read as the month alone."""
        if x.has("dd") and x.has("yy4"):
            value = x.tok("dd").number
            if value == 0 or 32 <= value <= 99:
                return value, "digits"
        return None

    def _era_year_after(self, x: Match, month_calendar: str) -> tuple[tuple[int, str, bool], int] | None:
        """A three-digit year with an era marker right after a day and month (١٥ رمضان ١٣٠ هـ): read,
        so that a year no calendar table covers is reported, not replaced by an inferred year."""
        i, toks = x.m.end(), x.tokens
        if i + 1 < len(toks) and toks[i].tag == "b" and toks[i + 1].is_("era"):
            year = toks[i].number
            return (year, self._year_calendar(year, toks[i + 1].get("era"), month_calendar, False), False), toks[i + 1].end
        return None

    def _date_mdy(self, x: Match) -> list[Parse] | None:
        if not (x.has("yy4") or x.has("yy2") or x.has("yyw")) and _counts(x.after()):
            return None
        return self._date(x)

    def _month_without_day(self, x: Match, year_written: bool = False) -> tuple | None:
        """The month of a match that names no day, unless its word needs one here (``می`` as a
        verb prefix, ``مه`` as fog; a Dari month needs a month cue or a written year: ماه حوت,
        حوت ۱۴۰۳): ``(calendar, number, token, cued)``."""
        month = self.month_of(x, "m")
        if not month:
            return None
        token, cued = month[2], month[3]
        if token is not None and (self.L.month_needs_day(token.text) and not (cued or year_written)
                                  or self._verb_prefix(token, x)):
            return None
        if token is not None and not cued and self._named_place(x):
            return None  # (a place named after a month: «میدان‌های آبان و پایدار غرب», the oil fields)
        return month

    @staticmethod
    def _named_place(x: Match) -> bool:
        """Does a place noun stand right before the match, or before the number just before it («میدان ۱۵
        خرداد», «مدينة 6 أكتوبر», whose day was refused with it): the date names the place?"""
        i = x.m.start()
        if i > 0 and x.tokens[i - 1].tag in "abce":
            i -= 1
        return i > 0 and x.tokens[i - 1].is_("place_before")

    def _month_year(self, x: Match) -> list[Parse] | None:
        month = self._month_without_day(x, year_written=x.has("yy4"))
        if not month:
            return None
        calendar, number, token, cued = month
        year, end = self._year_or_trim(x, "y", calendar)
        if year is None or year[2] and (token is None or _counts(x.after()) or self.L.month_needs_context(token.text)
                                        and not (cued or self._after_preposition(x)
                                                 or self.L.month_takes_two_digit_year(token.text))):
            return None  # (آذر ۹۴ after «در», «ماه آذر ۹۴»: the month of 1394)
        return [Parse(x.start(), end, CalendarDate(calendar, year=year[0], month=number, year_calendar=year[1]),
                      "month_year")]

    def _after_preposition(self, x: Match) -> bool:
        """Does a preposition that may stand before a date come right before the match (در, في, از, تا)?"""
        before = x.before()
        return before is not None and any(before.is_(c) for c in ("year_prepositions", "cue_of", "range_from",
                                                                 "range_to"))

    def _month_alone(self, x: Match) -> list[Parse] | None:
        month = self._month_without_day(x)
        if not month:
            return None
        calendar, number, token, cued = month
        expr = CalendarDate(calendar, month=number)
        if x.has("post"):
            self._apply_post(x, [expr])
        elif x.has("rw") or x.has("ru"):
            if not self._relative_year(x, expr):
                return None
        elif x.has("pre"):
            expr.year_offset = 0
        elif x.has("same"):  # «اسفند همان سال»: in the year of the date told before
            expr.same_year = True
        elif not cued:
            if token is not None and self.L.month_needs_context(token.text) and not self._postponed_to(x) \
                    and not self._and_a_cued_month(x):
                return None
        return [Parse(x.start(), x.end(), expr, "month")]

    @staticmethod
    def _and_a_cued_month(x: Match) -> bool:
        """Does «and» and a month with its cue follow («برای خرداد و تیر ماه»: the cue is both months')?"""
        i, toks = x.m.end(), x.tokens
        return i + 1 < len(toks) and toks[i].is_("range_and") and toks[i + 1].is_("month_cued")

    def _postponed_to(self, x: Match) -> bool:
        """Is the phrase followed by «put off to» («… به آذر موکول شده است»): a time, not a name?"""
        if self._postponed_rx is None:
            return False
        after = x.text[x.end():x.end() + POSTPONED_AFTER]
        m = self._postponed_rx.search(after)
        return m is not None and not after[:m.start()].strip(" \u200c")

    def _relative_year(self, x: Match, expr: CalendarDate | Holiday, p: str = "r") -> bool:
        """``شهریور امسال``, ``يونيو العام المقبل``: the year relative to the document date (the
        groups ``{p}w`` or ``{p}u`` and ``{p}um`` of the rule)."""
        if x.has(p + "w"):
            unit, offset = x.tok(p + "w").get("relative_word")
        else:
            unit, offset = x.tok(p + "u").get("unit"), x.tok(p + "um").get("modifier_after")
        if unit != "year":
            return False
        # (counted in the language's calendar, as the gold conventions say: العام الحالي is Gregorian)
        expr.year_offset, expr.year_offset_calendar = offset, self.L.relative_calendar
        if isinstance(expr, CalendarDate) and x.has(p + "um") and canon(x.tok(p + "um").text) in self.L.following:
            expr.following = True  # («۷ مهر سال بعد»: from the story's year, when it told one)
        return True

    @staticmethod
    def _apply_post(x: Match, exprs: list[CalendarDate]) -> None:
        """A modifier after a month (the rule's ``post`` group) on each date: الماضي, المقبل a
        direction; الجاري this year."""
        offset = x.tok("post").get("modifier_after")
        for e in exprs:
            if offset:
                e.direction = offset
            else:
                e.year_offset = 0

    def _month_modifier(self, x: Match, exprs: list[CalendarDate], end: int) -> int:
        """«۱۶ - ۱۷ ديسمبر الجاري», «۲۵ و ۲۶ آذر امسال»: the modifier or relative year after the
        month (the rule's MONTH_MOD groups) applied to each date; where the phrase ends (before a
        modifier that is not the year's: «۲۲ و۲۴ أكتوبر الأسبوع الماضي»)."""
        if x.has("post"):
            self._apply_post(x, exprs)
            return x.end()
        if x.has("same"):  # «۲۴ شهریور همان سال», «18 مارس من العام نفسه»
            for e in exprs:
                e.same_year = True
            return x.end()
        group = "qw" if x.has("qw") else "qu" if x.has("qu") else None
        if group is None:
            return end
        if all(self._relative_year(x, e, "q") for e in exprs):
            return x.end()
        return x.tokens[x.m.start("mod") - 1].end

    def _year_span(self, x: Match, start: int, need_plausible: bool = False,
                   cued: bool = False) -> list[Parse] | None:
        year = self.year_of(x, "y", None, cued)
        nxt = x.after()
        if year is None or nxt is not None and nxt.is_("after_number"):
            return None
        value, calendar, two = year
        if need_plausible and not _plausible_year(value, calendar) or cued and two and not self.L.two_digit_year_after_cue:
            return None  # («الخميس 07 حزيران 2012 - السنة 79 - العدد …»: the paper's volume)
        if cued and not two and not x.has("yera") and value < EARLIEST_YEAR_WITHOUT_ERA \
                and canon(x.tok("cue").text) in self.L.volume_cues:
            return None  # («… ٢٠ يونيو ٢٠٢١ السنة ١٤٥ العدد ٤٩١٥٤»: the volume again; «السنة 622 م» has its era)
        end = x.end()
        if x.has("yera") and x.tok("yera").get("era") not in (calendar, "hegira"):
            end = x.end("yy4") if x.has("yy4") else end  # (an adjective, not the year's era: «عام 2001 الإيرانية»)
        return [Parse(start, end, CalendarDate(calendar, year=value), "year")]

    def _year_cue(self, x: Match) -> list[Parse] | None:
        return self._year_span(x, x.start(), cued=True)

    def _year_era(self, x: Match) -> list[Parse] | None:
        return self._year_span(x, x.start())

    def _year_noun(self, x: Match) -> list[Parse] | None:
        first = next(g for g in ("yy4", "yy2", "yyw") if x.has(g))
        return self._year_span(x, x.start(first), need_plausible=True)

    def _year_copyright(self, x: Match) -> list[Parse] | None:
        value = x.tok("yy4").number
        calendar = self._year_calendar(value, None, None, False)
        if not _plausible_year(value, calendar):
            return None
        return [Parse(x.start(), x.end(), CalendarDate(calendar, year=value), "year")]

    def _year_prep(self, x: Match) -> list[Parse] | None:
        if x.has("yy4"):
            value = x.tok("yy4").number
        else:  # في ألف وسبعمائة وتسعة وثمانين; a round number (ألفين) is more often a count
            parsed = self.number(x.toks("yyw"))
            if not parsed or parsed[1] or not 1000 < parsed[0] <= 2100 or parsed[0] % 100 == 0:
                return None
            value = parsed[0]
        calendar = self._year_calendar(value, None, None, False)
        nxt, before = x.after(), x.before()
        if not _plausible_year(value, calendar) or nxt is not None and (nxt.is_("after_number") or nxt.tag in "/-:"):
            return None
        if nxt is not None and nxt.tag == "." and x.text[nxt.end:nxt.end + 1].isdigit():
            return None  # 2023.5, 1400.12: a number, not a year before a full stop
        if before is not None and before.is_("quantity_before"):
            return None
        return [Parse(x.start("yy4" if x.has("yy4") else "yyw"), x.end(), CalendarDate(calendar, year=value), "year")]

    def _numeric3(self, x: Match) -> list[Parse] | None:
        a, b, c_ = x.tok("a"), x.tok("b"), x.tok("c")
        era = x.tok("era").get("era") if x.has("era") else None
        if a.tag == "c" and c_.tag == "a":
            y, mo, d, two = a.number, b.number, c_.number, False
        elif c_.tag == "c" and a.tag == "a":
            d, mo, y, two = a.number, b.number, c_.number, False
        elif a.tag == "a" and c_.tag == "a" and len(c_.text) == 2:
            d, mo, y, two = a.number, b.number, c_.number, True
        else:
            return None
        if two and x.tok("s").text == ".":
            return None
        if mo > 12 and d <= 12:
            d, mo = mo, d
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        if two:
            calendar = era if era in cal.CALENDARS else self.L.two_digit_year_calendar
            y = _expand_two_digit_year(y, calendar)
        else:
            calendar = era if era in cal.CALENDARS else (
                self.L.native_year_calendar if 1300 <= y <= 1500 else cal.GREGORIAN)
        nxt = x.after()
        if nxt is not None and nxt.is_("after_number"):
            return None
        weekday = self._weekday_in(x, "wwd")  # «روز دوشنبه ۱۴۰۳/۰۹/۱۲»: one mention, the weekday checked
        either = era is None and not two and 1300 <= y <= 1500
        start = x.start()
        if weekday is not None and self._modifier_rx.search(x.text, x.end("wwd"), x.start("a")) and not either \
                and not _falls_on(calendar, y, mo, d, weekday):
            # a weekday with its own «next» or «last» that the date does not fall on is a mention of its own
            # («أمطار رعدية على بغداد يوم الاثنين المقبل 2019/06/14»: a related link's date after the forecast)
            start, weekday = x.start("a"), None
        return [Parse(start, x.end(), CalendarDate(calendar, year=y, month=mo, day=d, weekday=weekday,
                                                   either_calendar=either), "numeric")]

    def _numeric_year_month(self, x: Match, y: int, mo: int) -> list[Parse] | None:
        calendar = self.L.native_year_calendar if 1300 <= y <= 1500 else cal.GREGORIAN
        nxt = x.after()
        if not (1 <= mo <= 12 and _plausible_year(y, calendar)) or nxt is not None and nxt.is_("after_number"):
            return None
        return [Parse(x.start(), x.end(), CalendarDate(calendar, year=y, month=mo), "numeric")]

    def _numeric_ym(self, x: Match) -> list[Parse] | None:
        return self._numeric_year_month(x, x.tok("a").number, x.tok("b").number)

    def _numeric_my(self, x: Match) -> list[Parse] | None:
        return self._numeric_year_month(x, x.tok("b").number, x.tok("a").number)

    def _numeric_dm(self, x: Match) -> list[Parse] | None:
        d, mo = x.tok("a").number, x.tok("b").number
        if mo > 12 and d <= 12:
            d, mo = mo, d
        if not (1 <= mo <= 12 and 1 <= d <= 31) or _counts(x.after()):
            return None
        weekday = self._weekday_in(x, "wwd")
        start = x.start() if weekday is not None else x.start("a")
        return [Parse(start, x.end(), CalendarDate(cal.GREGORIAN, month=mo, day=d, weekday=weekday), "numeric")]

    def _relative_day(self, x: Match) -> list[Parse] | None:
        nxt = x.after()
        weekday = self._weekday_in(x, "wd" if x.has("wd") else "wdp")  # (or in brackets: «أمس (الخميس)»)
        if weekday is None and not x.has("tod2") and nxt is not None and nxt.is_("day_not_before"):
            return None
        if weekday is None and nxt is not None and nxt.text == "|" and (x.before() is None or x.before().tag == "|"):
            return None  # a line's first field before «|»: a newspaper's name («الغد | السبت 14 أيلول 2013»)
        before = x.before() if not x.has("tod") else None
        i = x.m.start()
        if before is not None and before.tag == '"' and i > 1:
            if weekday is None and not x.has("tod") and not x.has("tod2") and nxt is not None and nxt.tag == '"':
                return None  # (a name alone in quotes: «الدمام - «اليوم»: …», the daily Al-Yaum)
            before = x.tokens[i - 2]  # (a name in quotes: «صحيفة «الغد»»)
        if before is not None and before.is_("day_not_after"):
            return None
        if weekday is None and not x.has("tod2") and self._outlet_name(x, before, nxt):
            return None
        offset = x.tok("rel").get("relative_day")
        if offset == SAME_DAY:
            return [Parse(x.start(), x.end(), SameDay(), "same_day")]
        return [Parse(x.start(), x.end(), RelativeDay(offset=offset, weekday=weekday), "relative_day")]

    def _outlet_name(self, x: Match, before: Token | None, nxt: Token | None) -> bool:
        """Is a relative day with the article an outlet's name in a dateline or header: alone between
        dashes («موسكو - الغد - دعت …», the daily Al-Ghad), or after the line's first word, a dash or a
        bar after it («بغداد اليوم - متابعة | …», Baghdad Today; «تهران امروز | یکشنبه …» where no article is)?"""
        if self.L.article and not x.tok("rel").text.startswith(self.L.article) or nxt is None \
                or not _dash_or_bar(nxt):
            return False
        if before is None:  # (the page's first word: «الغد - السبت 14 حزيران 2025»)
            return x.m.start() == 0 and nxt.tag == "-" and x.start() == 0
        if before.tag == "-":
            return nxt.tag == "-"
        # (a name of a few words: «روزنامه وطن امروز | پنجشنبه ۲۶ خرداد ۱۳۹۰»)
        i = k = x.m.start()
        while k > 0 and i - k < OUTLET_NAME_WORDS and (x.tokens[k - 1].tag == "x" or x.tokens[k - 1].is_("day_not_after")):
            k -= 1
        return i > k and (k == 0 or _dash_or_bar(x.tokens[k - 1]) and x.tokens[k - 1].tag != "-")

    def _relative_unit(self, x: Match) -> list[Parse] | None:
        got = self._unit_offset(x, "r")
        if got is None:
            if not x.has("post2"):
                return None
            got = (x.tok("ru").get("unit"), x.tok("post2").get("modifier_after"))
        unit, offset = got
        before, nxt = x.before(), x.after("ru")
        if before is not None and (before.tag in "abce" or before.is_("number_word") and not before.get("number_word")[1]):
            return None  # "دو سال گذشته": the past two years, not last year («محموله دوم هفته آینده» is next week)
        if not x.has("rpost") and not x.has("era1") and not x.has("post2") and nxt is not None \
                and nxt.is_("plural_after_unit"):
            return None
        era_tok = x.tok("era1") if x.has("era1") else x.tok("era2") if x.has("era2") else None
        calendar = era_tok.get("era") if era_tok else None
        if calendar == "hegira":
            calendar = cal.HIJRI
        return [Parse(x.start(), x.end(), RelativeUnit(unit=unit, offset=offset, calendar=calendar), "relative_unit")]

    def _relative_word(self, x: Match) -> list[Parse] | None:
        unit, offset = x.tok("rw").get("relative_word")
        return [Parse(x.start(), x.end(), RelativeUnit(unit=unit, offset=offset, calendar=self._era(x)), "relative_word")]

    def _weekday_excluded(self, x: Match, group: str) -> bool:
        i, j = x.m.start(group), x.m.end(group)
        before = x.tokens[i - 1] if i > 0 else None
        after = x.tokens[j] if j < len(x.tokens) else None
        if after is not None and after.tag == "," and j + 1 < len(x.tokens):
            after = x.tokens[j + 1]  # an apposition: «دوشنبه، پایتخت تاجیکستان»
        return bool(before and before.is_("weekday_not_after") or after and after.is_("weekday_not_before"))

    def _weekday_is_a_city(self, x: Match) -> bool:
        """A bare weekday that names a city, right after a place preposition: «در دوشنبه» (in Dushanbe)."""
        i = x.m.start("wd")
        alone = x.m.start() == i and x.m.end() == x.m.end("wd")  # (no cue, no «last», no week with it)
        if not self.L.city_weekdays or i == 0 or not alone or canon(x.tokens[i].text) not in self.L.city_weekdays:
            return False
        return canon(x.tokens[i - 1].text) in self.L.city_prepositions

    def _weekday(self, x: Match) -> list[Parse] | None:
        if self._weekday_excluded(x, "wd") or self._weekday_is_a_city(x):
            return None
        expr = WeekdayRef(weekday=x.tok("wd").get("weekday"))
        end = x.end()
        if x.has("post"):
            expr.offset = x.tok("post").get("modifier_after")
        elif x.has("pre"):
            expr.offset = 0
        if x.has("ku"):
            week = self._unit_offset(x, "k")
            if week is None or week[0] != "week":
                end = x.end("post") if x.has("post") else x.end("wd")
            else:
                expr.offset, expr.week_offset = None, week[1]
        return [Parse(x.start(), end, expr, "weekday")]

    def _week_weekday(self, x: Match) -> list[Parse] | None:
        week = self._unit_offset(x, "k")
        if week is None or week[0] != "week":
            return None
        return [Parse(x.start(), x.end(), WeekdayRef(weekday=x.tok("wd").get("weekday"), week_offset=week[1]),
                      "weekday")]

    def _bare_weekday_week(self, x: Match) -> list[Parse] | None:
        week = self._unit_offset(x, "k")
        if week is None or week[0] != "week":
            return None
        weekday = x.tok("wdb").get("weekday_bare")
        return [Parse(x.start(), x.end(), WeekdayRef(weekday=weekday, week_offset=week[1]), "weekday")]

    def _weekday_day(self, x: Match) -> list[Parse] | None:
        if self._weekday_excluded(x, "wd"):
            return None
        weekday = x.tok("wd").get("weekday")
        if x.has("dd"):
            day, how = x.tok("dd").number, "digits"
        else:
            parsed = self.number(x.toks("dw"))
            if not parsed:
                return None
            day, how = parsed[0], "ordinal" if parsed[1] else "cardinal"
        nxt = x.after()
        if not 1 <= day <= 31 or _counts(nxt) or nxt is not None and nxt.tag in "/-.:x":
            return None
        if how == "ordinal" and day <= 5 and not x.has("in"):
            if _before_a_noun(x):
                return None  # (as in _weekday_nth)
            return [Parse(x.start(), x.end(), NthWeekday(n=day, weekday=weekday), "nth_weekday")]
        if how == "cardinal" and not x.has("in"):
            return None
        return [Parse(x.start(), x.end(), WeekdayDay(day=day, weekday=weekday), "weekday_day")]

    def _amounts(self, tokens: list[Token]) -> list[tuple[str, int]] | None:
        amounts: list[tuple[str, int]] = []
        pending: list[Token] = []
        for t in tokens:
            if t.is_("count_unit"):
                unit, implied = t.get("count_unit")
                if pending:
                    n = self._count(pending)
                    if n is None:
                        return None
                elif implied == 0:
                    return None  # a plural needs its number: «قبل أيام» is vague
                else:
                    n = implied or 1
                amounts.append((unit, n))
                pending = []
            elif t.tag in "abc" or t.is_("number_word"):
                pending.append(t)
        return amounts or None

    def _shift_after(self, x: Match) -> list[Parse] | None:
        toks = x.toks("amounts")
        if not (toks[0].tag in "abc" or toks[0].is_("number_word")):
            return None
        amounts = self._amounts(toks)
        nxt = x.after()
        if not amounts or nxt is not None and nxt.is_("shift_event_marker"):
            return None
        sign = x.tok("dir").get("shift_after")
        return [Parse(x.start(), x.end(), Shift(amounts=tuple(amounts), sign=sign, calendar=self._era(x)), "shift")]

    def _shift_before(self, x: Match) -> list[Parse] | None:
        amounts = self._amounts(x.toks("amounts"))
        nxt = x.after()
        if nxt is not None and nxt.is_("number_word") and x.m.end() + 1 < len(x.tokens):
            nxt = x.tokens[x.m.end() + 1]  # («بعد يوم واحد من مشاورات …»: the count's word, then its event)
        if not amounts or nxt is not None and nxt.is_("shift_event_marker"):
            return None
        sign = x.tok("dir").get("shift_before")
        return [Parse(x.start(), x.end(), Shift(amounts=tuple(amounts), sign=sign, calendar=self._era(x)), "shift")]

    def _era(self, x: Match, group: str = "era") -> str | None:
        """The calendar an era word names (سنة هجرية), if any."""
        if not x.has(group):
            return None
        era = x.tok(group).get("era")
        return self.L.native_year_calendar if era == "hegira" else era

    def _week_of_month(self, x: Match) -> list[Parse] | None:
        """The n-th (or the last) week of a month: a part of it."""
        if x.tok("wu").get("unit") != "week":
            return None
        last = x.tok("wn").get("ordinal_last")
        number = None if last else self.number(x.toks("wn"))
        if not last and not (number and number[1] and 1 <= number[0] <= 4):
            return None  # (an ordinal: «هفته سوم», not «هفته سه»)
        part = "last_week" if last else f"week_{number[0]}"
        return self._part_month(x, part) if x.has("m") else self._part_unit(x, part)

    def _part_month(self, x: Match, part: str | None = None) -> list[Parse] | None:
        month = self.month_of(x, "m")
        if not month:
            return None
        calendar, number, token, cued = month
        year, end = self._year_or_trim(x, "y", calendar)
        if year and year[2] and not self._solar_two_digit_year(x, year):
            year, end = None, x.end("m")
        rule = "part"
        if token is not None and self.L.month_needs_day(token.text) and not (year or x.has("rw") or x.has("ru")) \
                and not self.L.month_after_part(token.text) and not cued:
            # (اواخر سرطان سال جاری: the year says it is the month; «اواسط جوزا» needs none; «اواخر سرطان» alone
            # only in a document that writes such months as dates elsewhere: the finder decides)
            rule = STRICT_PART
        expr = CalendarDate(calendar, year=year[0] if year else None, month=number,
                            year_calendar=year[1] if year else None, part=part or x.tok("part").get("part"))
        if (x.has("rw") or x.has("ru")) and self._relative_year(x, expr):
            end = x.end()
        elif x.has("post"):  # بداية رمضان القادم
            self._apply_post(x, [expr])
            end = x.end()
        elif x.has("same"):  # «أواسط تشرين الأول من العام نفسه»
            expr.same_year = True
            end = x.end()
        return [Parse(x.start(), end, expr, rule)]

    def _solar_two_digit_year(self, x: Match, year: tuple[int, str, bool]) -> bool:
        """Is the two-digit number after a part of a month its Solar Hijri year (اواخر آذر ۹۶ is 1396;
        «اواخر آذر ۹۶ نفر» counts people)?"""
        return (self.L.two_digit_year_calendar == cal.JALALI and year[1] == cal.JALALI
                and sum(ch.isdigit() for ch in x.tok("yy2").text) == 2 and not _counts(x.after()))

    def _part_unit(self, x: Match, part: str | None = None) -> list[Parse] | None:
        part = part or x.tok("part").get("part")
        if x.has("rw"):
            unit, offset = x.tok("rw").get("relative_word")
        else:
            got = self._unit_offset(x, "r")
            if got is None and x.has("post2"):  # «النصف الأول من العام الميلادي الجاري»: the era between
                got = (x.tok("ru").get("unit"), x.tok("post2").get("modifier_after"))
            if got is None and part == "rest":  # باقي الشهر: the rest of this month
                got = (x.tok("ru").get("unit"), 0)
            if got is None:
                return None
            unit, offset = got
        if unit not in ("month", "year", "week") or part in WEEK_PARTS and unit != "month":
            return None  # (a week is a part of a month only)
        era = next((x.tok(g) for g in ("era1", "era2") if x.has(g)), None)
        calendar = cal.HIJRI if era is not None and era.get("era") == "hegira" else era.get("era") if era else None
        return [Parse(x.start(), x.end(), RelativeUnit(unit=unit, offset=offset, part=part, calendar=calendar), "part")]

    def _part_year(self, x: Match) -> list[Parse] | None:
        year = self.year_of(x, "y", None)
        nxt = x.after()
        if year is None or nxt is not None and nxt.is_("after_number"):
            return None
        return [Parse(x.start(), x.end(), CalendarDate(year[1], year=year[0], part=x.tok("part").get("part")), "part")]

    def _part_bare_year(self, x: Match) -> list[Parse] | None:
        """A part of a year with no year word: only a stretch (early, mid, late, a half), since a
        first or last day («بداية 2025») or the rest of a bare number reads as a deadline or a count."""
        if x.tok("part").get("part") in ("first_day", "last_day", "rest"):
            return None
        return self._part_year(x)

    def _holiday(self, x: Match) -> list[Parse] | None:
        _key, rule = x.tok("h").get("holiday")
        expr = Holiday(rule=rule)
        year, end = self._year_or_trim(x, "y", None)
        if year:
            expr.year, expr.year_calendar = year[0], year[1]
        else:
            nxt = x.after("h")
            if nxt is not None and nxt.tag in "abce":
                return None  # عيد الميلاد الـ70: a birthday, not Christmas
        if (x.has("rw") or x.has("ru")) and self._relative_year(x, expr):
            end = x.end()
        elif x.has("post") and not year:  # عيد الفطر الماضي, نوروز آینده
            offset = x.tok("post").get("modifier_after")
            if offset:
                expr.direction = FUTURE if offset > 0 else PAST
            else:
                expr.year_offset, expr.year_offset_calendar = 0, self.L.relative_calendar
            end = x.end()
        before = x.before()
        if before is not None and before.is_("approaching"):
            expr.near = True  # در آستانه نوروز, فرا رسیدن نوروز, عشية عيد الفطر: the one at hand
        if x.has("cue") and x.tok("cue").is_("relative_day"):
            # («يحتفل السودانيون اليوم بعيد الأضحى»: today, and the feast it is; two mentions)
            today = RelativeDay(offset=x.tok("cue").get("relative_day"), weekday=None)
            return [Parse(x.start("cue"), x.end("cue"), today, "relative_day"), Parse(x.start("h"), end, expr, "holiday")]
        return [Parse(x.start(), end, expr, "holiday")]

    def _day_of_holiday(self, x: Match) -> list[Parse] | None:
        group = next(g for g in ("ord", "ord2", "ord3") if x.has(g))
        name = x.tok("h")
        if group == "ord3" and "cue_day" not in self.tags.info.get(canon(x.text[name.start:name.end].split()[0]), {}):
            return None  # («سومین عید فطر»: no day counted)
        n = self._ordinal(x.toks(group))
        parses = self._holiday(x) if n and 1 <= n <= MAX_DAY_OF_HOLIDAY else None
        if not parses:
            return None
        feast = parses[-1]
        feast.expr.nth_day = n
        weekday = self._weekday_in(x, "awd")
        if weekday is None:
            return parses
        feast.expr.weekday = weekday
        # (the feast's mention starts at its day word when the number follows it: «چهارشنبه روز دوم عید فطر»)
        begin = x.tokens[x.m.start(group) - 1].start if group == "ord2" else x.start(group)
        own = Parse(begin, feast.end, feast.expr, feast.rule)
        before = x.before()
        if before is not None and before.is_("relative_day"):
            return [own]  # («صباح أمس الخميس أول أيام عيد الأضحى»: the weekday is its relative day's)
        told = replace(feast.expr)
        told.weekday = weekday
        said = Parse(x.start(), x.end("awd"), told, "weekday")
        return [said, own]

    def _has_month_expr(self, x: Match, p: str) -> bool:
        return any(x.has(p + k) for k in ("bare", "ru", "m", "mcbn"))

    def _month_expr(self, x: Match, p: str) -> Expr | None:
        """The month an ordinal weekday or day is counted in."""
        if x.has(p + "bare"):
            return RelativeUnit(unit="month", offset=0)
        if x.has(p + "ru"):
            got = self._unit_offset(x, p + "r")
            if got is None or got[0] != "month":
                return None
            return RelativeUnit(unit="month", offset=got[1])
        month = self.month_of(x, p + "m")
        if not month:
            return None
        calendar, number, _token, _cued = month
        expr = CalendarDate(calendar, month=number)
        if x.has(p + "yy4") or x.has(p + "yyw"):
            year = self.year_of(x, p + "y", calendar)
            if year is None:
                return None
            expr.year, expr.year_calendar = year[0], year[1]
        if x.has(p + "yu"):
            if x.tok(p + "yu").get("unit") != "year":
                return None
            expr.year_offset = x.tok(p + "yum").get("modifier_after")
            expr.year_offset_calendar = self.L.relative_calendar
        return expr

    def _ordinal(self, tokens: list[Token]) -> int | None:
        if len(tokens) == 1:
            for name in ("ordinal_adjective", "ordinal_last"):
                if tokens[0].is_(name):
                    return tokens[0].get(name)
        parsed = self.number(tokens)
        return parsed[0] if parsed and parsed[1] else None

    def _nth_weekday(self, x: Match) -> list[Parse] | None:
        n = self._ordinal(x.toks("ord"))
        if not n or n > 5:
            return None
        wd = x.tok("wd")
        weekday = wd.get("weekday") if wd.is_("weekday") else wd.get("weekday_bare")
        month = self._month_expr(x, "x")
        if month is None:
            return None
        return [Parse(x.start(), x.end(), NthWeekday(n=n, weekday=weekday, month=month), "nth_weekday")]

    def _weekday_nth(self, x: Match) -> list[Parse] | None:
        n = self._ordinal(x.toks("ord"))
        if not n or n > 5:
            return None
        month = None
        if self._has_month_expr(x, "x"):
            month = self._month_expr(x, "x")
            if month is None:
                return None
        elif _before_a_noun(x):
            return None  # «اليوم الجمعة أول لقاء بينهما»: the first meeting, not the first Friday
        return [Parse(x.start(), x.end(), NthWeekday(n=n, weekday=x.tok("wd").get("weekday"), month=month),
                      "nth_weekday")]

    def _nth_day(self, x: Match) -> list[Parse] | None:
        n = self._ordinal(x.toks("ord" if x.has("ord") else "ord2"))
        month = self._month_expr(x, "x") if n else None
        if month is None:
            return None
        return [Parse(x.start(), x.end(), NthDay(n=n, month=month), "nth_day")]

    def _day_of_month(self, x: Match) -> list[Parse] | None:
        """A bare day of the month ending a sentence: ``عدت يوم 27.``, ``عدت للثاني``."""
        if x.has("dd"):
            day = x.tok("dd").number
        else:
            words = x.toks("dw" if x.has("dw") else "ow")
            if x.has("dw") and x.tok("cue").is_("relative_day") and words[0].is_("day_not_before"):
                return None  # («اليوم السابع»: the seventh day of something, or a newspaper, not the 7th)
            parsed = self.number(words)
            if not parsed or x.has("ow") and not (parsed[1] and (x.has("to") or _after_lam(words[0]))):
                return None
            day = parsed[0]
        if not 1 <= day <= 31:
            return None
        return [Parse(x.start(), x.end(), DayOfMonth(day=day), "day_of_month")]

    def _month_relative_day(self, x: Match) -> list[Parse] | None:
        day = self.day_of(x, "d")
        got = self._unit_offset(x, "r")
        if not day or day[1] == "cardinal" or got is None or got[0] != "month":
            return None
        expr = MonthDay(day=day[0], month_offset=got[1], weekday=self._weekday_in(x, "awd"))
        return [Parse(x.start(), x.end(), expr, "month_relative_day")]

    def _range_days(self, x: Match) -> list[Parse] | None:
        d1, d2 = self.day_of(x, "d1"), self.day_of(x, "d2")
        if not d1 or not d2 or self._one_number(x, "d1w", "d2w"):
            return None
        if x.has("ru"):
            got = self._unit_offset(x, "r")
            if got is None or got[0] != "month":
                return None
            first, last = MonthDay(day=d1[0], month_offset=got[1]), MonthDay(day=d2[0], month_offset=got[1])
            return [Parse(x.start(), x.end(), Range(first, last), "range")]
        month = self.month_of(x, "m")
        if not month:
            return None
        calendar, number, token, _cued = month
        if not self._month_ok(token, d2[1], x):
            return None
        year, end = self._year_or_trim(x, "y", calendar)
        last = CalendarDate(calendar, year=year[0] if year else None, month=number, day=d2[0],
                            year_calendar=year[1] if year else None)
        end = self._month_modifier(x, [last], end)
        return [Parse(x.start(), end, DayOfMonthRange(first_day=d1[0], last=last), "range")]

    def _night_of_weekdays(self, x: Match) -> list[Parse] | None:
        first, second = x.tok("w1").get("weekday"), x.tok("w2").get("weekday")
        if second != (first + 1) % 7:
            return None
        return [Parse(x.start(), x.end(), WeekdayRef(weekday=first), "night")]

    def _range_years(self, x: Match) -> list[Parse] | None:
        a, b = self.year_of(x, "a", None), self.year_of(x, "b", None)
        if a is None or b is None:
            return None
        if b[2]:  # ۱۳۹۸ تا ۹۹
            b = (a[0] // 100 * 100 + x.tok("by2").number, a[1], False)
        calendar = a[1]
        if x.has("yera"):
            era = x.tok("yera").get("era")
            calendar = self.L.native_year_calendar if era == "hegira" else era
        if not (_plausible_year(a[0], calendar) and _plausible_year(b[0], calendar)):
            return None
        nxt = x.after()
        if nxt is not None and nxt.is_("after_number"):
            return None
        first, last = CalendarDate(calendar, year=a[0]), CalendarDate(calendar, year=b[0])
        if x.has("and") and not (x.has("from") and x.tok("from").is_("range_between")):
            if not x.has("cue") or a[0] == b[0]:
                return None
            # «سال‌های ۲۰۰۷ و ۲۰۱۵», «عامي 2015 و2016»: two years, a mention each
            a_end = x.end(next(g for g in ("ay4", "ayw") if x.has(g)))
            b_start = x.start(next(g for g in ("by4", "by2", "byw") if x.has(g)))
            return [Parse(x.start(), a_end, first, "year"), Parse(b_start, x.end(), last, "year")]
        if not a[0] < b[0]:
            return None
        return [Parse(x.start(), x.end(), Range(first, last), "range")]

    def _coordinated_months(self, x: Match) -> list[Parse] | None:
        """«در فروردین و اردیبهشت امسال», «في يناير وفبراير 2025»: months joined by «و», the year (or
        modifier) after the last one shared by all; each month a mention of its own."""
        month = self.month_of(x, "m")
        if not month:
            return None
        calendar = month[0]
        others = [t for t in x.tokens[x.m.start("more"):x.m.end("more")] if t.is_("month")]
        tokens = [(x.start(), month[2].end if month[2] else x.end("m"), month[1])]
        for t in others:
            cal_t, number = t.get("month")
            if cal_t != calendar:
                return None
            tokens.append((t.start + len(t.clitic), t.end, number))  # (وفبراير: the mention is فبراير)
        year, end = self._year_or_trim(x, "y", calendar)
        exprs = [CalendarDate(calendar, year=year[0] if year else None, month=number,
                              year_calendar=year[1] if year else None) for _s, _e, number in tokens]
        end = self._month_modifier(x, exprs, end)
        if end <= tokens[-1][1] and not x.has("mcb"):
            return None  # no year, modifier nor cue («شهري تموز وآب»): each month is read on its own
        return [Parse(s, end if i == len(tokens) - 1 else e, expr, "month")
                for i, ((s, e, _n), expr) in enumerate(zip(tokens, exprs))]

    def _inside_number(self, group: list[Token], and_word: Token, after: Token) -> bool:
        """Is a separate «و» part of the number words around it («بیست و پنجم»), not a list of days
        («بیست و پنجم و بیست و ششم»: an ordinal ends its number)?"""
        if not group or not group[-1].is_("number_word") or group[-1].get("number_word")[1]:
            return False
        return after.is_("number_word") and self.number(group + [and_word, after]) is not None

    def _coordinated(self, x: Match) -> list[Parse] | None:
        before = x.before()
        if before is not None and before.is_("range_between"):
            return None
        if x.has("ru"):  # يومي 6 و7 من الشهر الجاري
            got = self._unit_offset(x, "r")
            if got is None or got[0] != "month":
                return None
            token, end = None, x.end()
        else:
            month = self.month_of(x, "m")
            if not month:
                return None
            calendar, number, token, _cued = month
            year, end = self._year_or_trim(x, "y", calendar)
        days: list[tuple[int, int, int, str]] = []
        weekdays: list[int | None] = []  # (the weekday written before each day)
        pending = self._weekday_in(x, "awd")
        group: list[Token] = []
        first_day = x.m.start("d1d") if x.has("d1d") else x.m.start("d1w")
        listed = x.tokens[first_day:x.m.end("more")] + [Token(0, 0, "", "")]
        day_from: int | None = None  # (where a day's own weekday starts, «و پنجشنبه ۱۲»)
        for i, t in enumerate(listed):
            # (a word with «and» joined to it that makes no compound with the day so far is the next day:
            # «السادس والسابع», not «الحادي والعشرين»)
            next_day = group and self.tags.joined_by_and(t.clitic) and not self.number(group + [t])
            weekday = t.is_("weekday")
            if t.tag == "" or weekday or (t.is_("range_and") and not t.is_("number_word")
                                          and not self._inside_number(group, t, listed[i + 1])) or next_day:
                if group:
                    day = self._listed_day(group)
                    if day is None:
                        return None
                    days.append(day if day_from is None else (day_from,) + day[1:])
                    weekdays.append(pending)
                    day_from = pending = None
                if weekday:
                    if pending is not None and days:
                        return None  # (two weekdays in a row: no list of days)
                    pending, day_from = t.get("weekday"), t.start + len(t.clitic)
                group = [t] if next_day else []
            else:
                group.append(t)
        if len(days) < 2 or not self._month_ok(token, days[-1][3], x):
            return None
        days[0] = (x.start(),) + days[0][1:]  # a leading cue (يومي 22 و23 أكتوبر) goes with the first day
        exprs: list[Expr]
        if x.has("ru"):
            exprs = [MonthDay(day=value, month_offset=got[1]) for _s, _e, value, _how in days]
        else:
            exprs = [CalendarDate(calendar, year=year[0] if year else None, month=number, day=value, weekday=weekday,
                                  year_calendar=year[1] if year else None)
                     for (_s, _e, value, _how), weekday in zip(days, weekdays)]
            end = self._month_modifier(x, exprs, end)
        return [Parse(s, end if i == len(days) - 1 else e, expr, "date")
                for i, ((s, e, _value, _how), expr) in enumerate(zip(days, exprs))]

    def _one_number(self, x: Match, first: str, second: str) -> bool:
        """Are the number words of two groups, the second joined by «and», one number (الحادي والعشرين)?"""
        if not (x.has(first) and x.has(second)) or not self.tags.joined_by_and(x.toks(second)[0].clitic):
            return False
        return self.number(x.toks(first) + x.toks(second)) is not None

    def _listed_day(self, group: list[Token]) -> tuple[int, int, int, str] | None:
        """One day of a list (its digits or number words): ``(start, end, day, how written)``."""
        if group[0].tag == "a":
            value, how = group[0].number, "digits"
        else:
            parsed = self.number(group)
            if not parsed:
                return None
            value, how = parsed[0], "ordinal" if parsed[1] else "cardinal"
        start = group[0].start + len(group[0].clitic)  # (not the «and» joined to it)
        return (start, group[-1].end, value, how) if 1 <= value <= 31 else None

    def _date_year_first(self, x: Match) -> list[Parse] | None:
        """``۱۴۰۱ هجری شمسی ۲۳ فروردین چهارشنبه``: the year (with its era) before the day."""
        day, month = self.day_of(x, "d"), self.month_of(x, "m")
        year = self.year_of(x, "y", month[0] if month else None)
        if not day or not month or not year:
            return None
        calendar, number, token, _cued = month
        if not self._month_ok(token, day[1], x):
            return None
        expr = CalendarDate(calendar, year=year[0], month=number, day=day[0], year_calendar=year[1],
                            weekday=self._weekday_in(x, "awd"))
        return [Parse(x.start(), x.end(), expr, "date")]

    def _century(self, x: Match) -> list[Parse] | None:
        """``قرن هفتم میلادی``, ``القرن التاسع عشر``, ``القرن الماضي``: a hundred years."""
        if x.has("mod"):
            offset = x.tok("mod").get("modifier_after")
            return [Parse(x.start(), x.end(), RelativeUnit(unit="century", offset=offset), "century")]
        parsed = self.number(x.toks("ord"))
        if not parsed or not 1 <= parsed[0] <= 21:
            return None
        era = x.tok("era").get("era") if x.has("era") else None
        calendar = era if era in cal.CALENDARS else self.L.decade_calendar
        if era is None and parsed[0] > cal.CURRENT_CENTURY[calendar]:
            calendar = cal.GREGORIAN
        start = (parsed[0] - 1) * 100 + 1
        first, last = CalendarDate(calendar, year=start), CalendarDate(calendar, year=start + 99)
        return [Parse(x.start(), x.end(), Range(first, last), "century")]

    def _day_of_this_month(self, x: Match) -> list[Parse] | None:
        """``۱۴ ام ماه``: a day of the current month."""
        day = x.tok("dd").number
        if not 1 <= day <= 31:
            return None
        return [Parse(x.start(), x.end(), MonthDay(day=day, month_offset=0), "month_relative_day")]

    def _season(self, x: Match) -> list[Parse] | None:
        """``تابستان ۱۴۰۳``, ``پاییز امسال``: the three months of a season."""
        m1, m2 = x.tok("season").get("season")
        calendar = self.L.relative_calendar
        first, last = CalendarDate(calendar, month=m1), CalendarDate(calendar, month=m2)
        if x.has("yy4") or x.has("yy2") or x.has("yyw"):
            year = self.year_of(x, "y", calendar)
            if year is None:
                return None
            for e in (first, last):  # پاییز 2023: the season that begins in that year
                e.year, e.year_calendar = year[0], year[1]
        elif x.has("post"):  # «زمستان گذشته», «تابستان آینده»: the last or the next one
            offset = x.tok("post").get("modifier_after")
            if offset not in (-1, 1):
                return None
            return [Parse(x.start(), x.end(), Season(first_month=m1, last_month=m2, direction=PAST if offset < 0
                                                     else FUTURE), "season")]
        elif not (self._relative_year(x, first) and self._relative_year(x, last)):
            return None
        return [Parse(x.start(), x.end(), Range(first, last), "season")]

    def _decade(self, x: Match) -> list[Parse] | None:
        L = self.L
        era = x.tok("era").get("era") if x.has("era") else None
        calendar = era if era in cal.CALENDARS else L.decade_calendar
        century = 1900 if calendar == cal.GREGORIAN and calendar != L.decade_calendar else L.decade_century
        if x.has("w"):
            value = x.tok("w").get("decade_word")
        elif x.tok("n").tag in "ac":
            value = x.tok("n").number
        else:
            parsed = self.number(x.toks("n"))
            value = parsed[0] if parsed and not parsed[1] else -1
        if value % 10 or not 10 <= value <= 2090 or 100 <= value < 1000:
            return None
        if x.has("cn"):
            parsed = self.number(x.toks("cn"))
            if not parsed or not 1 <= parsed[0] <= 21:
                return None
            century = (parsed[0] - 1) * 100
        if value < 100:
            value += century
        if not _plausible_year(value, calendar) and not x.has("cn"):
            return None
        first, last = CalendarDate(calendar, year=value), CalendarDate(calendar, year=value + 9)
        return [Parse(x.start(), x.end(), Range(first, last), "decade")]

    def _quarter(self, x: Match) -> list[Parse] | None:
        # («الربع الأخير من العام الجاري»: the last, the fourth)
        n = QUARTERS if x.tok("ord").get("ordinal_last") else self._ordinal(x.toks("ord"))
        if not n or not 1 <= n <= QUARTERS:
            return None
        return self._months_of_year(x, 3 * n - 2, 3 * n, self.L.relative_calendar, "quarter")

    def _months_of_year(self, x: Match, first_month: int, last_month: int, calendar: str,
                        rule: str) -> list[Parse] | None:
        """Months ``first_month`` … ``last_month`` of the year the match names: written
        (``yy4``/``yyw``), or relative to the document (``rw`` or the unit in ``r``)."""
        first, last = CalendarDate(calendar, month=first_month), CalendarDate(calendar, month=last_month)
        if x.has("yy4") or x.has("yyw"):
            year = self.year_of(x, "y", None)
            if year is None:
                return None
            for e in (first, last):
                e.calendar, e.year = year[1], year[0]
        else:
            got = x.tok("rw").get("relative_word") if x.has("rw") else self._unit_offset(x, "r")
            if got is None or got[0] != "year":
                return None
            for e in (first, last):
                e.year_offset, e.year_offset_calendar = got[1], calendar
        return [Parse(x.start(), x.end(), Range(first, last), rule)]

    def _same_month(self, x: Match) -> list[Parse] | None:
        """A day of «the same month» (22 من الشهر نفسه, يوم الاثنين الثاني من الشهر نفسه)."""
        day = self.day_of(x, "d")
        if not day or not 1 <= day[0] <= 31:
            return None
        pronoun = len(x.text[x.start("sm"):x.end("sm")].split()) == 1  # «منه», of it: «12 منه» may be a count
        before = x.before()
        cued = x.has("dc") or x.has("awd") or before is not None and any(
            before.is_(c) for c in ("cue_day", "year_prepositions", "range_to", "range_from"))
        if pronoun and x.has("dd") and not cued:
            return None  # (a day in digits needs its cue: «وغادر في 15 منه»; not «وتسلمت إيران 12 منه»)
        return [Parse(x.start(), x.end(), DayOfSameMonth(day=day[0], weekday=self._weekday_in(x, "awd")),
                      "same_month")]

    def _first_months(self, x: Match) -> list[Parse] | None:
        """The first N months of a year: from its first month to the end of its Nth."""
        unit, _implied = x.tok("u").get("count_unit")
        if unit != "month" or x.has("n") == x.has("n2"):
            return None
        count_toks = x.toks("n") if x.has("n") else x.toks("n2")
        parsed = (count_toks[0].number, False) if count_toks[0].tag in "abc" else self.number(count_toks)
        if not parsed or not 1 <= parsed[0] <= 12 or parsed[1] and not x.has("n2"):
            return None
        # («الأشهر الستة الأولى من العام الإيراني الجاري»: the era between the year and its modifier)
        calendar = self._era(x) or self._era(x, "rera") or self.L.relative_calendar
        return self._months_of_year(x, 1, parsed[0], calendar, "first_months")

    def _rolling(self, x: Match) -> list[Parse] | None:
        unit, implied = x.tok("u").get("count_unit")
        count_toks = x.toks("n") if x.has("n") else x.toks("n2") if x.has("n2") else []
        if count_toks and count_toks[0].tag in "abc":
            count = count_toks[0].number
        elif count_toks:
            parsed = self.number(count_toks)
            # after the unit, the article makes a cardinal look ordinal: الأشهر الثلاثة
            if not parsed or parsed[1] and not x.has("n2"):
                return None
            count = parsed[0]
        else:
            count = implied or 0
        if not count or x.has("n") and x.has("n2"):
            return None
        if x.has("mod"):
            mod = x.tok("mod")
            sign = mod.get("modifier_after") if mod.is_("modifier_after") else mod.get("modifier_counted")
            if sign not in (1, -1) or x.has("last"):
                return None
        elif x.has("last") and (x.tok("last").get("ordinal_last") or x.tok("last").get("ordinal_adjective")) == -1:
            sign = -1
        else:
            return None
        return [Parse(x.start(), x.end(), Rolling(unit=unit, count=count, sign=sign), "rolling")]

    def _week_range(self, x: Match) -> list[Parse] | None:
        week = self._unit_offset(x, "k")
        if week is None or week[0] != "week":
            return None
        if x.has("bw") and x.has("to") or not (x.has("bw") or x.has("from") or x.has("to")):
            return None
        a = WeekdayRef(weekday=x.tok("w1").get("weekday"), week_offset=week[1])
        b = WeekdayRef(weekday=x.tok("w2").get("weekday"), week_offset=week[1])
        return [Parse(x.start(), x.end(), Range(a, b), "range")]

    def _latin(self, x: Match) -> list[Parse] | None:
        has_day, has_year = x.has("d1") or x.has("d2"), x.has("y")
        if not (has_day or has_year) or x.has("d1") and x.has("d2"):
            return None
        start, end = x.start(), x.end()
        return [Parse(start, end, LatinDate(text=x.text[start:end], has_day=has_day, has_year=has_year), "latin")]


# =============================================================================================
# helpers
# =============================================================================================

def _compile_rule(rx: str) -> re.Pattern:
    """A rule's regex, led by a look-ahead on the tags it can start with: most positions of a
    tag string (unknown words, punctuation) then fail at one character test."""
    first = first_chars(rx)
    if not first:
        return re.compile(rx)
    return re.compile("(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])" + rx)


def _after_lam(token: Token) -> bool:
    """Does the word carry the preposition ل (للثاني, لعام)?"""
    return token.clitic.endswith("ل") or canon(token.text).startswith("لل")


QUOTED_NAME = 16  # characters: a quotation no longer is a name («سيكا», «سناب باك»)
SHORT_QUOTE = 30  # characters: a quotation no longer is a phrase of the clause, not a clause of its own


def _closes_within(text: str, pos: int, reach: int) -> bool:
    """Does a quotation opened right before ``pos`` close within ``reach`` characters, none opened between?"""
    close = text.find("»", pos, pos + reach)
    return close >= 0 and "«" not in text[pos:close]


def _quoted_name(text: str, m: re.Match) -> bool:
    """Is the word ``m`` a short quotation of its own («سيكا», «سناب باك»): a name, not a verb («سيسهم في …»)?"""
    return m.start() > 0 and text[m.start() - 1] == "«" and _closes_within(text, m.start(), QUOTED_NAME)


def _short_quote(text: str, m: re.Match) -> bool:
    """Is the quotation mark ``m`` one of a short quoted phrase («در روزهای آینده»)?"""
    if m.group() == "«":
        return _closes_within(text, m.end(), SHORT_QUOTE)
    if m.group() == "»":
        return text.rfind("«", max(0, m.start() - SHORT_QUOTE), m.start()) >= 0
    return False


def _before_a_noun(x: Match) -> bool:
    """Is the match followed by a word no table knows (an ordinal then qualifies it: «أول لقاء»)?"""
    nxt = x.after()
    return nxt is not None and nxt.tag == "x"


def _dash_or_bar(token: Token) -> bool:
    """Is the token a dash or a bar («|», tagged as any other punctuation)?"""
    return token.tag == "-" or token.text == "|"


def _counts(token: Token | None) -> bool:
    """Does a number followed by ``token`` count or measure something (۲ روزه, ۱۰ دقیقه)?"""
    return token is not None and (token.is_("after_number") or token.is_("after_number_time"))


def _plausible_year(year: int, calendar: str) -> bool:
    if calendar == cal.GREGORIAN:
        return 1500 <= year <= 2100
    if calendar == cal.JALALI:
        return 1200 <= year <= 1480
    return 1300 <= year <= 1500


def _falls_on(calendar: str, year: int, month: int, day: int, weekday: int) -> bool:
    """Does the day fall on ``weekday`` (an invalid day falls on none)?"""
    try:
        return cal.to_gregorian(calendar, year, month, day).weekday() == weekday
    except cal.InvalidDate:
        return False


def _expand_two_digit_year(yy: int, calendar: str) -> int:
    if calendar == cal.JALALI:
        return 1300 + yy if yy >= 50 else 1400 + yy
    if calendar == cal.HIJRI:
        return 1300 + yy if yy >= 60 else 1400 + yy
    return 1900 + yy if yy > 50 else 2000 + yy


def _combine_number(tokens: list[tuple[int, bool, bool]], two_part_year: bool) -> tuple[int, bool] | None:
    """Add up number words: units and tens joined by "و", teens, hundreds, thousands, split years."""
    total = current = 0
    century: int | None = None
    last_unit = 0
    for i, (value, _ordinal, joined) in enumerate(tokens):
        if value == 1000:
            current = (current or 1) * 1000
            total += current
            current = 0
        elif value == 100 and 1 <= current <= 9 and not joined:
            current *= 100
        elif value == 10 and 1 <= last_unit <= 9 and not joined and i > 0:
            current += 10
        elif i > 0 and not joined:
            if two_part_year and century is None and total == 0 and 10 <= current <= 99:
                century, current = current, value
            else:
                return None
        else:
            if current and not _adds_up(current, value):
                return None  # «چهارم و پنجم»: two numbers (4th and 5th), not 9
            current += value
        last_unit = value if value < 10 else 0
    value = total + current
    if century is not None:
        value = century * 100 + value
    return value, any(o for _v, o, _j in tokens)


def _adds_up(current: int, value: int) -> bool:
    """Does a number word joined by «و» add to the number so far: units where there are none yet,
    tens where there are none yet, in either order (بیست و یکم, الحادي والعشرين, سبعمائة وتسعة
    وثمانين)?  «چهارم و پنجم» are two numbers."""
    below = current % 100
    if value < 10:
        return below % 10 == 0
    if value < 100:
        return value % 10 == 0 and below < 10
    return False


def _select(found: list[tuple[int, int, int, list[Parse]]]) -> list[Parse]:
    """Longest readings win; overlapping shorter ones are dropped."""
    starts: list[int] = []  # the taken spans, disjoint, sorted by start
    ends: list[int] = []
    chosen: list[tuple[int, list[Parse]]] = []
    for start, end, _order, parses in sorted(found, key=lambda f: (f[0] - f[1], f[2])):
        j = bisect.bisect_left(starts, end) - 1  # the last taken span starting before this one ends
        if j >= 0 and ends[j] > start:
            continue
        starts.insert(j + 1, start)
        ends.insert(j + 1, end)
        chosen.append((start, parses))
    return [p for _s, parses in sorted(chosen, key=lambda c: c[0]) for p in parses]


@lru_cache(maxsize=None)
def grammar(code: str) -> Grammar:
    """The compiled grammar of a language, built once per process."""
    return Grammar(lexicon(code), lexicon("en"))
