"""Language tables (``timeline/lang/*.toml``) compiled into word classes.

A :class:`WordClass` is a set of spellings with a payload each.  It offers a regular expression
that accepts every spelling variant the press uses (see :mod:`timeline.textnorm`) and a look-up
from a matched string back to its payload.  The engine that uses these classes knows no language;
everything language-specific is in the tables.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from .textnorm import LETTER_VARIANTS, canon

# Horizontal space inside a phrase: spaces, no-break spaces and ZWNJ, never a line break.
SP = "[ \t\u00a0\u2000-\u200a\u200c\u202f\u3000]"
GAP = SP + "+"
GAP0 = SP + "*"

_LETTER_CLASS = {c: "[" + v + "]" for c, v in LETTER_VARIANTS.items()}
_CANON_OF = {ch: c for c, v in LETTER_VARIANTS.items() for ch in v}

LANGUAGES = ("fa", "ar")


def _pieces(form: str) -> tuple[str, ...]:
    """A spelling as a sequence of regex pieces: letter classes, optional gaps and dots."""
    out: list[str] = []
    for ch in form:
        if ch in " \u200c":
            piece = "GAP"
        elif ch == ".":
            piece = "DOT"
        else:
            piece = _CANON_OF.get(ch, ch.lower())
        if piece in ("GAP", "DOT") and out and out[-1] in ("GAP", "DOT"):
            out[-1] = "DOT" if "DOT" in (piece, out[-1]) else "GAP"
            continue
        out.append(piece)
    return tuple(out)


def _piece_regex(piece: str) -> str:
    if piece == "GAP":
        return GAP0
    if piece == "DOT":
        return r"\.?" + GAP0
    return _LETTER_CLASS.get(piece) or re.escape(piece)


def inflected(stems: Iterable[str], endings: Iterable[str], prefixes: Iterable[str] = ("",)) -> list[str]:
    """Every stem with every prefix and ending: the forms of regular verbs a table lists once
    (قرر → قرر, قررت, قررا, قررتا, قرروا; شهد → يشهد, تشهد, يشهدان)."""
    endings, prefixes = list(endings), list(prefixes)
    return [prefix + stem + ending for stem in stems for prefix in prefixes for ending in endings]


def alternation(forms: Iterable[str]) -> str:
    """A trie-shaped, variant-tolerant alternation of ``forms`` (no boundaries, no groups)."""
    trie: dict = {}
    for form in forms:
        node = trie
        for piece in _pieces(form.strip()):
            node = node.setdefault(piece, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends_here = "" in node
    branches = [_piece_regex(p) + _trie_regex(child) for p, child in sorted(node.items()) if p != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?"
    return body


@dataclass(frozen=True)
class WordClass:
    """Spellings with payloads, as a regex and a look-up."""

    name: str
    lookup: dict[str, Any]
    pattern: str  # alternation, no boundaries
    clitics: str  # optional proclitic prefix regex ("" when the language has none)
    forms: tuple[str, ...] = ()

    def rx(self, group: str | None = None, clitics: bool = True) -> str:
        """The class as a bounded regex, capturing the word (without proclitics) in ``group``."""
        word = f"(?P<{group}>{self.pattern})" if group else f"(?:{self.pattern})"
        prefix = self.clitics if clitics else ""
        return rf"(?<!\w){prefix}{word}(?!\w)"

    def get(self, text: str) -> Any:
        return self.lookup.get(canon(text))

    def __contains__(self, text: str) -> bool:
        return canon(text) in self.lookup

    def __bool__(self) -> bool:
        return bool(self.lookup)


def _load_table(code: str) -> dict:
    with resources.files("timeline.lang").joinpath(f"{code}.toml").open("rb") as fh:
        return tomllib.load(fh)


class Lexicon:
    """The compiled word classes of one language."""

    def __init__(self, code: str):
        self.code = code
        self.table = table = _load_table(code)
        info = table["language"]
        self.name: str = info["name"]
        self.week_start: int = _weekday_index(info.get("week_start", "monday"))
        self.relative_calendar: str = info.get("relative_calendar", "gregorian")
        self.two_digit_year_calendar: str = info.get("two_digit_year_calendar", "gregorian")
        self.detect_letters: str = info.get("detect_letters", "")
        # spaced, to be counted as whole words in a spaced text
        self.detect_words: tuple[str, ...] = tuple(f" {_fold_yeh_kaf(w)} " for w in info.get("detect_words", []))
        self.spelling_variants: list[str] = info.get("spelling_variants", [])
        self.month_first: bool = bool(info.get("month_first", False))
        self.native_year_calendar: str = info.get("native_year_calendar", "gregorian")
        self._clitic_rx = self._clitic_regex(info.get("clitics", []))
        self.has_clitics = bool(info.get("clitics"))
        self.article: str = info.get("article", "")
        self.classes: dict[str, WordClass] = {}
        self._build(table)

    # -- building ---------------------------------------------------------------------------
    @staticmethod
    def _clitic_regex(clitics: list[str]) -> str:
        if not clitics:
            return ""
        # lazy: a whole word of the tables wins over proclitic + word (واحد is one, not و + احد)
        return "(?:" + "|".join(sorted((re.escape(c) for c in clitics), key=len, reverse=True)) + ")??"

    def _expand(self, form: str) -> list[str]:
        """A spelling and its contracted forms (ل + ال → لل)."""
        forms = [form]
        if self.article and form.startswith(self.article) and self._clitic_rx:
            forms.append("ل" + form[1:])
        return forms

    def add(self, name: str, items: Iterable[tuple[str, Any]]) -> WordClass:
        """Register a word class from ``(spelling, payload)`` pairs."""
        lookup: dict[str, Any] = {}
        forms: list[str] = []
        for form, payload in items:
            for variant in self._expand(form):
                key = canon(variant)
                if key in lookup and lookup[key] != payload:
                    raise ValueError(f"{self.code}.toml: {variant!r} has two meanings in {name}")
                lookup[key] = payload
                forms.append(variant)
        cls = WordClass(name, lookup, alternation(forms), self._clitic_rx, tuple(forms))
        self.classes[name] = cls
        return cls

    def words(self, name: str, forms: Iterable[str], payload: Any = True) -> WordClass:
        return self.add(name, ((f, payload) for f in forms))

    def _build(self, t: dict) -> None:
        months = t.get("months", {})
        cues = months.get("cues", {})
        glued = cues.get("after", [])  # مهرماه, مهر ماه: a month with its cue is one word
        month_items, cued_items = [], []
        for calendar_key, calendar in (("jalali", "jalali"), ("afghan", "jalali"),
                                       ("gregorian", "gregorian"), ("hijri", "hijri")):
            for number, spellings in enumerate(months.get(calendar_key, []), start=1):
                month_items += [(s, (calendar, number)) for s in spellings]
                cued_items += [(f"{s} {cue}", (calendar, number)) for s in spellings for cue in glued]
        self.add("month", month_items + cued_items)
        self.add("month_cued", cued_items)
        self.ambiguous_months = {canon(f) for f in months.get("ambiguous", [])}
        self.two_digit_year_months = {canon(f) for f in months.get("two_digit_year_alone", [])}
        self.part_months = {canon(f) for f in months.get("strict_after_part", [])}
        self.strict_months = {canon(f) for f in months.get("strict", [])}
        # words beside an ambiguous month word that make it a common noun (۲ تیر هشدار: warning shots)
        self.month_noun_after = {canon(f) for f in months.get("noun_if_followed_by", [])}
        self.month_noun_before = {canon(f) for f in months.get("noun_if_after", [])}
        self.month_verb_prefix = canon(months.get("verb_prefix", ""))
        self.verb_stems_after_mi = {canon(f) for f in months.get("verb_stems_after_mi", [])}
        self.words("month_cue_before", cues.get("before", []))

        weekdays = t.get("weekdays", {})
        self.add("weekday", [(f, _weekday_index(day)) for day in _WEEKDAY_NAMES
                             for f in weekdays.get(day, [])])
        bare = weekdays.get("bare", {})
        self.add("weekday_bare", [(f, _weekday_index(day)) for day in _WEEKDAY_NAMES
                                  for f in bare.get(day, [])])
        exclusions = weekdays.get("exclusions", {})
        self.words("weekday_not_after", exclusions.get("not_after", []))
        self.words("weekday_not_before", exclusions.get("not_before", []))
        # (plain sets, not word classes: a word class would give «در» a tag of its own everywhere)
        self.city_weekdays = frozenset(canon(f) for f in exclusions.get("city", []))
        self.city_prepositions = frozenset(canon(f) for f in exclusions.get("city_after", []))

        numbers = t.get("numbers", {})
        cardinals = numbers.get("cardinal", {})
        ordinal_forms = dict(numbers.get("ordinal", {}))
        if numbers.get("article_makes_ordinal") and self.article:
            for f, v in cardinals.items():
                ordinal_forms.setdefault(self.article + f, v)
        self.add("number_word", [(f, (v, False)) for f, v in cardinals.items()]
                 + [(f, (v, True)) for f, v in ordinal_forms.items()])
        self.add("number_scale", list(numbers.get("scale", {}).items()))
        self.words("number_teen", numbers.get("teen", []))
        self.add("ordinal_adjective", list(numbers.get("ordinal_adjective", {}).items()))
        self.words("ordinal_last", numbers.get("ordinal_last", []), -1)
        self.words("ordinal_suffix", numbers.get("ordinal_suffixes", []))
        self.words("conjunction", numbers.get("conjunction", []))
        self.two_part_year = bool(numbers.get("two_part_year", False))

        cues = t.get("cues", {})
        for key in ("day", "year", "date", "equivalent", "of", "new"):
            self.words(f"cue_{key}", cues.get(key, []))
        # a year cue and two digits: a year (سال ۹۶), or in a language that writes years in full a count (السنة 79)
        self.two_digit_year_after_cue: bool = bool(cues.get("two_digit_year", True))
        self.volume_cues: frozenset[str] = frozenset(canon(w) for w in cues.get("volume", []))

        eras = t.get("eras", {})
        self.add("era", [(f, cal) for cal in ("gregorian", "jalali", "hijri", "hegira")
                         for f in eras.get(cal, [])])

        rel = t.get("relative", {})
        self.add("relative_day", list(rel.get("days", {}).items())
                 + [(f, SAME_DAY) for f in rel.get("same_day", [])])
        self.words("same_month", rel.get("same_month", []))
        self.words("same_year", rel.get("same_year", []))
        self.add("relative_word", [(f, tuple(v)) for f, v in rel.get("words", {}).items()])
        self.add("unit", [(f, unit) for unit, forms in rel.get("units", {}).items() for f in forms])
        self.add("modifier_after", list(rel.get("after", {}).items()))
        # (of those, the ones that count from the story, not from now: «۷ مهر سال بعد» after «۲۲ شهریور ۱۳۹۲»)
        self.following = frozenset(canon(f) for f in rel.get("following", []))
        self.add("modifier_before", list(rel.get("before", {}).items()))
        self.add("modifier_counted", list(rel.get("after_counted", {}).items()))
        self.add("count_unit", [(f, (unit, None)) for unit, forms in rel.get("count_units", {}).items()
                                for f in forms]
                 + [(f, (unit, 2)) for unit, forms in rel.get("count_units_dual", {}).items() for f in forms]
                 + [(f, (unit, 0)) for unit, forms in rel.get("count_units_plural", {}).items() for f in forms])
        self.words("shift_event_marker", rel.get("shift_event_markers", []))
        self.add("shift_after", [(f, -1) for f in rel.get("ago_after", [])]
                 + [(f, 1) for f in rel.get("later_after", [])])
        self.add("shift_before", [(f, -1) for f in rel.get("ago_before", [])]
                 + [(f, 1) for f in rel.get("later_before", [])])
        self.words("time_of_day", rel.get("time_of_day", []))
        self.words("eve", rel.get("eve", []))
        self.words("approaching", rel.get("approaching", []))
        self.words("day_not_before", rel.get("day_not_before", []))
        self.words("day_not_after", rel.get("day_not_after", []))
        self.words("plural_after_unit", rel.get("plural_after_unit", []))

        parts = t.get("parts", {})
        self.add("part", [(f, kind) for kind in ("early", "mid", "midpoint", "late", "first_day", "last_day",
                                                   "rest", "first_half", "second_half")
                          for f in parts.get(kind, [])])

        decades = t.get("decades", {})
        self.decade_calendar: str = decades.get("calendar", "gregorian")
        self.decade_century: int = int(decades.get("century", 1900))
        words = decades.get("words", {})
        bare = {f[len(self.article):]: v for f, v in words.items() if self.article and f.startswith(self.article)}
        self.add("decade_word", list(words.items()) + list(bare.items()))
        self.words("decade_cue", decades.get("cue", []))
        self.words("century_cue", decades.get("century_cue", []))
        self.words("quarter_cue", t.get("quarters", {}).get("cue", []))
        self.words("months_first", t.get("quarters", {}).get("first_months", []))
        self.words("century_word", t.get("centuries", {}).get("cue", []))
        self.add("season", [(f, tuple(spec["months"])) for spec in t.get("seasons", {}).values() for f in spec["forms"]])

        ranges = t.get("ranges", {})
        for key in ("from", "to", "to_end", "between", "and", "moved"):
            self.words(f"range_{key}", ranges.get(key, []))

        tense = t.get("tense", {})
        self.words("future", tense.get("future", []))
        self.words("future_weak", tense.get("future_weak", []) + inflected(
            tense.get("present_stems", []), tense.get("present_endings", [""]), tense.get("present_prefixes", [""])))
        self.words("past", tense.get("past", []) + inflected(tense.get("past_stems", []), tense.get("past_endings", [""]))
                   + inflected(tense.get("participles", []), tense.get("perfect_auxiliaries", [])))
        self.words("participle", tense.get("participles", []))
        self.words("copula", tense.get("copulas", []))
        # (without «می»: the subjunctive, «… دیدار کند و فردا …», which ends its clause before «و» too)
        self.words("subjunctive", inflected(tense.get("present_stems", []), tense.get("present_endings", [""])))
        self.words("past_perfect", tense.get("past_perfect", []))
        self.words("past_not", tense.get("past_not", []))
        self.words("future_in_past", tense.get("future_in_past", []))
        self.words("postponed_to", tense.get("postponed_to", []))
        self.words("scheduled", tense.get("scheduled", []))
        self.words("purpose", tense.get("purpose", []))
        self.words("invited_to", tense.get("invited_to", []))
        self.words("ongoing", tense.get("ongoing", []))
        self.words("ongoing_from", tense.get("ongoing_from", []))
        self.words("invitation", tense.get("invitation", []))
        self.words("since", tense.get("since", []))
        self.words("compared_to", tense.get("compared_to", []))
        # the proclitics a past verb may carry (وبحث, فالتقى; not لبحث, "to discuss")
        self.verb_clitic_rx = self._clitic_regex(tense.get("verb_clitics", t["language"].get("clitics", [])))
        self.words("clause_opener", tense.get("clause_openers", []))
        self.words("reporting_verb", tense.get("reporting_verbs", []))
        self.verb_final = bool(tense.get("verb_final", False))
        self.tenseless_weekday_nearest = bool(tense.get("tenseless_weekday_nearest", False))
        self.future_prefix = tense.get("future_prefix", "")
        self.future_prefix_letters = tense.get("future_prefix_letters", "")
        self.future_prefix_not = {canon(f) for f in tense.get("future_prefix_not", [])}
        # the clause openers that open a relative clause: closed by a comma, the main clause goes on after it
        self.relative_openers = {canon(f) for f in tense.get("relative_openers", [])}

        holidays = t.get("holidays", {})
        self.add("holiday", [(f, (key, spec["date"])) for key, spec in holidays.items()
                             for f in spec["forms"]])

        extras = t.get("extras", {})
        self.add("duration_unit", [(f, unit) for unit, forms in extras.get("duration_units", {}).items()
                                   for f in forms])
        for key in ("vague_counts", "vague_units", "vague_words", "set_prefixes", "set_words", "half"):
            self.words(key, extras.get(key, []))

        nd = t.get("not_dates", {})
        for key in ("after_number", "after_number_time", "quantity_before", "place_before", "year_nouns", "year_prepositions"):
            self.words(key, nd.get(key, []))

    # -- use --------------------------------------------------------------------------------
    def __getitem__(self, name: str) -> WordClass:
        return self.classes[name]

    def month_needs_context(self, word: str) -> bool:
        return canon(word) in self.ambiguous_months

    def month_takes_two_digit_year(self, word: str) -> bool:
        """May this ambiguous month word take a two-digit year with no cue before it (سیل فروردین ۹۸)?"""
        return canon(word) in self.two_digit_year_months

    def month_after_part(self, word: str) -> bool:
        """Is this month word that needs a day a month after a part word alone (اواسط جوزا)?"""
        return canon(word) in self.part_months

    def month_needs_day(self, word: str) -> bool:
        return canon(word) in self.strict_months


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_index(name: str) -> int:
    return _WEEKDAY_NAMES.index(name)


@lru_cache(maxsize=None)
def lexicon(code: str) -> Lexicon:
    """The compiled lexicon of a language (``fa``, ``ar`` or ``en``), built once."""
    return Lexicon(code)


SAME_DAY = "same"  # the relative_day payload of "the same day" (the day of the date before it)
def _fold_yeh_kaf(text: str) -> str:
    """Arabic yeh and kaf as Persian writes them (str.replace: far faster than translate here)."""
    return text.replace("ي", "ی").replace("ك", "ک")


def detect_language(text: str, default: str = "fa") -> str:
    """``fa`` or ``ar``, from the letters only one of them uses (tables' ``detect_letters``),
    the yeh and kaf the text is written with, the article ال (Arabic) and the function words
    only one of them uses (``detect_words``: Persian typed with Arabic ي and ك is still Persian).
    ZWNJ is not a signal: typed or lost, it must not change the reading."""
    sample = text[:1000].replace("\u200c", "")
    fa_lex, ar_lex = lexicon("fa"), lexicon("ar")
    spaced = f" {_fold_yeh_kaf(sample)} ".replace("\n", " ")
    fa = (3 * sum(sample.count(ch) for ch in fa_lex.detect_letters)
          + sample.count("ی") + sample.count("ک") + 4 * sum(map(spaced.count, fa_lex.detect_words)))
    ar = (3 * sum(sample.count(ch) for ch in ar_lex.detect_letters)
          + sample.count("ي") + sample.count("ك") + spaced.count(" ال")
          + 4 * sum(map(spaced.count, ar_lex.detect_words)))
    if fa == ar:
        return default
    return "fa" if fa > ar else "ar"
