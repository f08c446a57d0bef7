"""Tokens, tags and anchors: how a text is cut into the pieces the grammar reads.

* :class:`Tagset` tokenizes a window of text.  Words are looked up (after folding spelling
  variants, see :func:`timeline.textnorm.canon`) in the word classes of the language tables,
  multi-word phrases first (``کانون الثاني``, ``روز گذشته``), then the word alone, then the word
  without an Arabic proclitic (``والخميس``, ``للثاني``).  Each token gets one *tag* character:
  the same character for every token with the same set of word classes, ``a``/``b``/``c``/``e``
  for runs of 1–2, 3, 4 and 5+ digits, ``x`` for other words, ``|`` for a line break, ``$`` for
  the end of a line or text, and the (folded) punctuation mark itself.  Grammar rules are small
  regular expressions over the tag string; :meth:`Tagset.of` gives the character class of a
  word class.
* :class:`Anchors` finds, fast, where date phrases may be: runs of digits and the words that a
  date phrase cannot do without.  Only windows around anchors are tokenized.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import Any, Iterable

from ..lexicon import Lexicon
from ..textnorm import canon

# classes read from whole sentences, never as tokens
_SENTENCE_CLASSES = {"future", "future_weak", "past", "past_perfect", "past_not", "future_in_past", "scheduled",
                     "purpose", "since", "clause_opener", "reporting_verb", "range_moved"}
# classes whose words announce a date phrase on their own (the anchors)
ANCHOR_CLASSES = ("month", "weekday", "relative_day", "relative_word", "holiday", "decade_word", "latin_month", "season")
EXTRA_ANCHOR_CLASSES = ("duration_unit", "vague_counts", "vague_units", "vague_words", "set_prefixes",
                        "set_words", "count_unit")
# words that belong to a date only in company (numbers, units): read when cued, followed or near
CANDIDATE_CLASSES = ("number_word", "unit", "count_unit")

_WORD = r"[^\W\d_]+(?:\u200c[^\W\d_]+)*"
# Latin, Persian and Arabic-Indic digits (a class is faster to scan than \d)
DIGIT = "0-9\u06f0-\u06f9\u0660-\u0669"
_TOKEN_RE = re.compile(rf"(?P<d>[{DIGIT}]+)|(?P<w>{_WORD})|(?P<nl>\n)|(?P<p>[^\w\s\u200c])")
_PUNCT_FOLD = str.maketrans({"،": ",", "٬": ",", "٫": ".", "–": "-", "—": "-", "؛": ";", "٪": "%",
                             "«": '"', "»": '"', "[": "(", "]": ")", "\u2010": "-", "\u2011": "-"})
COPYRIGHT = "©"  # before a page's year, in every language
_PUNCT_KEEP = set("/-.,():%;\"" + COPYRIGHT)
_UNSEEN = object()


@dataclass(slots=True)
class Token:
    start: int  # cleaned-text offsets, proclitic included
    end: int
    text: str  # the word(s) without the proclitic (digits as written)
    tag: str
    info: dict[str, Any] | None = None  # word class -> payload, for known words
    clitic: str = ""

    @property
    def number(self) -> int:
        return int(self.text)

    def get(self, cls: str) -> Any:
        return self.info.get(cls) if self.info else None

    def is_(self, cls: str) -> bool:
        return bool(self.info) and cls in self.info


_YEAR_BEFORE = re.compile(rf"(?<![{DIGIT}])[{DIGIT}]{{4}}\s+$")
_NUMBER_AFTER = re.compile(rf"\s*[{DIGIT}]+(?![{DIGIT}])(?=\s*:|\s+[^\W\d])")  # (a day before its month, an hour)


def _spaced_mark(text: str, pos: int, ch: str) -> bool:
    """Is the colon or slash at ``pos`` (a space after it) a separator of phrases, not of a
    time or a numeric date?  «نشر في: 12 ديسمبر» (a label), «۲۸ دی‌ماه / ۱۷ ژانویه» (two
    calendars); a slash between numbers («۱۹ / ۰۷ / ۱۴۰۳») stays a date's, unless a year ends
    the date before it and no numeric date goes on after it («۲۹ فروردین ۱۴۰۴ / ۲۰ شوال ۱۴۴۶ / ۱۰:۲۰»)."""
    if ch == ":":
        return True
    before, after = text[max(0, pos - 4):pos].rstrip(), text[pos + 1:pos + 5].lstrip()
    if after[:1].isdigit() and before[-1:].isdigit():
        return bool(_YEAR_BEFORE.search(text, max(0, pos - 8), pos) and _NUMBER_AFTER.match(text, pos + 1))
    return (not before or not before[-1].isdigit()) and after[:1].isdigit()  # (سبتمبر / أيلول: a gloss)


def _full_stop_between_numbers(text: str, pos: int) -> bool:
    """Is the point at ``pos`` right after a year (four digits), with a space and then a number after
    it: a full stop («… 2005. 12:00»), not the point of «2005.12» or «۱۴۰۳.۰۷.۱۹»?"""
    return pos >= 4 and text[pos - 4:pos].isdigit() and not text[pos - 5:pos - 4].isdigit() \
        and text[pos + 1:pos + 2].isspace() and text[pos + 1:pos + 4].lstrip()[:1].isdigit()


class Tagset:
    """The tag characters of one language's word classes, and its tokenizer."""

    def __init__(self, lex: Lexicon, latin: Lexicon):
        self.lex = lex
        classes = {name: cls for name, cls in lex.classes.items() if name not in _SENTENCE_CLASSES}
        classes["latin_month"] = latin["month"]
        classes["latin_ordinal_suffix"] = latin["ordinal_suffix"]
        self.classes = classes
        info: dict[str, dict[str, Any]] = {}
        for name, cls in classes.items():
            for key, payload in cls.lookup.items():
                info.setdefault(key, {})[name] = payload
        self.info = info
        # first word of a phrase -> the word counts of the phrases it starts (longest first)
        self.phrase_lengths: dict[str, list[int]] = {}
        for cls in classes.values():
            for form in cls.forms:
                words = [w for w in re.split(r"[\s\u200c.]+", form.strip()) if w]
                if len(words) > 1:
                    lengths = self.phrase_lengths.setdefault(canon(words[0]), [])
                    if len(words) not in lengths:
                        lengths.append(len(words))
                        lengths.sort(reverse=True)
        self.clitics = sorted((canon(c) for c in lex.table["language"].get("clitics", [])), key=len, reverse=True)
        # the proclitics that are the language's «and» (والعشرين, والجمعة): a word carrying one is joined by it
        and_forms = {canon(f) for f in lex["range_and"].forms} if lex["range_and"] else set()
        self.and_clitics = tuple(c for c in self.clitics if len(c) == 1 and c in and_forms)
        self.article = lex.article
        self._tag_of_set: dict[frozenset[str], str] = {}
        self.tag_of: dict[str, str] = {}
        self.wa_tag_of: dict[str, str] = {}  # words carrying the conjunction و (والعشرين, والجمعة)
        for key in sorted(info):
            names = frozenset(info[key])
            self.tag_of[key] = self._tag(names)
            if lex.has_clitics:
                self.wa_tag_of[key] = self._tag(names | {"wa"})
        self._canon_cache: dict[str, str] = {}
        self._plans: dict[str, list | None] = {}

    def joined_by_and(self, clitic: str) -> bool:
        """Does a word's proclitic hold the language's «and» (و in وبال…, والسابع)?"""
        return any(c in clitic for c in self.and_clitics)

    def _tag(self, names: frozenset[str]) -> str:
        return self._tag_of_set.setdefault(names, chr(0xE000 + len(self._tag_of_set)))

    def chars_of(self, *names: str) -> set[str]:
        """The tag characters of every tag that carries one of ``names``."""
        return {tag for names_set, tag in self._tag_of_set.items() if names_set & set(names)}

    def of(self, *names: str, without: str | None = None) -> str:
        """A regex character class matching every tag that carries one of ``names``
        (and not the class ``without``)."""
        chars = sorted({tag for names_set, tag in self._tag_of_set.items()
                        if names_set & set(names) and without not in names_set})
        if not chars:
            return "(?!)"
        return "[" + "".join(re.escape(c) for c in chars) + "]"

    # -- tokenizing ----------------------------------------------------------------------
    def _canon(self, word: str) -> str:
        key = self._canon_cache.get(word)
        if key is None:
            key = self._canon_cache[word] = canon(word)
        return key

    def _readings(self, key: str) -> Iterable[tuple[str, str]]:
        """``(clitic, stem)`` readings of a folded word: whole first, then without a proclitic."""
        yield "", key
        for clitic in self.clitics:
            if len(key) > len(clitic) + 1 and key.startswith(clitic):
                stem = key[len(clitic):]
                yield clitic, stem
                if self.article and stem.startswith("ل") and not stem.startswith(self.article):
                    yield clitic + "ل", self.article + stem[1:]  # للثاني = ل + الثاني

    def tokenize(self, text: str, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]``; a ``$`` token marks the end of a line or of the text."""
        raw = list(_TOKEN_RE.finditer(text, start, end))
        tokens: list[Token] = []
        append = tokens.append
        plans = self._plans
        i, n = 0, len(raw)
        while i < n:
            m = raw[i]
            kind = m.lastgroup
            if kind == "w":
                word = m.group()
                plan = plans.get(word, _UNSEEN)
                if plan is None:
                    append(Token(m.start(), m.end(), word, "x"))
                    i += 1
                    continue
                if plan is _UNSEEN:
                    plan = plans[word] = self._plan(word)
                    if plan is None:
                        continue
                token, used = self._word_token(raw, i, plan)
                append(token)
                i += used
            elif kind == "d":
                s, e = m.span()
                size = e - s
                append(Token(s, e, m.group(), "a" if size <= 2 else "b" if size == 3 else "c" if size == 4 else "e"))
                i += 1
            elif kind == "p":
                ch = m.group().translate(_PUNCT_FOLD)
                tag = ch if ch in _PUNCT_KEEP else "?"
                if ch in ":/" and text[m.end():m.end() + 1].isspace() and _spaced_mark(text, m.start(), ch):
                    tag = ";"
                elif ch == "." and _full_stop_between_numbers(text, m.start()):
                    tag = ";"  # («… 2005. 12:00 صباحاً»: a sentence's end, not a numeric date's point)
                append(Token(m.start(), m.end(), ch, tag))
                i += 1
            else:
                append(Token(m.start(), m.end(), "\n", "|"))
                i += 1
        if end >= len(text) or text[end] == "\n":
            append(Token(end, end, "", "$"))
        return tokens

    def _plan(self, word: str) -> list[tuple[str, str, list[int], bool]] | None:
        """How a word may be read: ``(clitic, stem, phrase lengths, known alone)`` for each reading
        that could lead somewhere, or None for a word of no class (the common case, cached)."""
        plan = []
        for clitic, stem in self._readings(self._canon(word)):
            lengths = self.phrase_lengths.get(stem, [])
            known = stem in self.info
            if lengths or known:
                plan.append((clitic, stem, lengths, known))
        return plan or None

    def _word_token(self, raw: list, i: int, plan: list) -> tuple[Token, int]:
        """The longest known phrase or word starting at ``raw[i]``, and how many raw tokens it took."""
        s, e = raw[i].span()
        info = self.info
        for clitic, stem, lengths, known in plan:
            for length in lengths:
                words, j = [stem], i + 1
                while len(words) < length and j < len(raw):
                    kind = raw[j].lastgroup
                    if kind == "w":
                        words.append(self._canon(raw[j].group()))
                    elif not (kind == "p" and raw[j].group() == "."):
                        break
                    j += 1
                if len(words) == length and "".join(words) in info:
                    return self._known(s, raw[j - 1].end(), "".join(words), clitic, raw, i, j), j - i
            if known:
                return self._known(s, e, stem, clitic, raw, i, i + 1), 1
        return Token(s, e, raw[i].group(), "x"), 1

    def _known(self, s: int, e: int, key: str, clitic: str, raw: list, i: int, j: int) -> Token:
        wa = self.joined_by_and(clitic)
        tag = self.wa_tag_of.get(key, self.tag_of[key]) if wa else self.tag_of[key]
        text = raw[i].group()[len(clitic):] if j == i + 1 else key
        return Token(s, e, text, tag, self.info[key], clitic)


# ---------------------------------------------------------------------------------------------
# anchors
# ---------------------------------------------------------------------------------------------

_DIGITS = re.compile(f"[{DIGIT}]+")
# punctuation that may stick to a word: spaced out of the probe copy anchors are looked for in
_STUCK = ".,،:;؛!?؟()[]«»\"'/"
_MAX_SPELLINGS = 8
# classes whose word, right before a number or unit, makes it part of a date (سال ۱۴۰۳, في 2020, این هفته)
CUE_CLASSES = ("cue_year", "year_prepositions", "year_nouns", "cue_day", "cue_date", "cue_of",
               "month_cue_before", "range_from", "range_to", "range_between", "shift_before", "decade_cue",
               "century_word", "quarter_cue", "part", "season", "modifier_before", "weekday", "relative_day", "month")
# classes whose word, right after a number or unit, makes it part of a date (۱۴۰۳ هجری شمسی, ۱۵ام, هفته گذشته)
FOLLOWER_CLASSES = ("era", "ordinal_suffix", "latin_ordinal_suffix", "count_unit", "month", "modifier_after",
                    "modifier_counted", "shift_after")
NEAR = 40  # a number this close to an anchor word is worth reading


def _spaced(text: str) -> str:
    """``text`` with punctuation that sticks to words turned into spaces (offsets unchanged)."""
    for ch in _STUCK:
        if ch in text:
            text = text.replace(ch, " ")
    return text


CHUNK = 1 << 18  # characters split into words at a time: a 50 MB line is not one list of millions of words


def _word_chunks(probe: str, start: int) -> Iterable[list[str]]:
    """The whitespace-separated words of ``probe[start:]``, a chunk at a time (cut at a space)."""
    n = len(probe)
    while start < n:
        end = n if n - start <= CHUNK else probe.find(" ", start + CHUNK)
        end = n if end < 0 else end
        yield probe[start:end].split()
        start = end


def _spellings(word: str, variants: list[str]) -> set[str]:
    """The spellings of a word the press uses, from the language's loosely written letters."""
    options = []
    for ch in word:
        group = next((v for v in variants if ch in v), None)
        options.append(group or ch)
    out = {"".join(combo) for combo in itertools.islice(itertools.product(*options), _MAX_SPELLINGS)}
    out.add(word)
    return out


class Anchors:
    """Where a text may hold a date: anchor words and the numbers that have date words around them.

    Whitespace-separated words of a text are intersected with a set of anchor words in every
    spelling, proclitic and attached punctuation (a C-speed set operation); numbers are found
    with one regex and kept when an anchor word is near, when the word before them is a date
    cue (``سال``, ``في``) or when a date word, separator or era follows them.
    """

    def __init__(self, tags: Tagset, extras: bool = False):
        lex = tags.lex
        self.extras = extras
        variants = lex.spelling_variants
        # the proclitics anchors are looked for with: one letter, or "و" and one more (وبال…)
        clitics = [""] + [c for c in lex.table["language"].get("clitics", []) if len(c) == 1 or c.startswith("و")]
        names = ANCHOR_CLASSES + (EXTRA_ANCHOR_CLASSES if extras else ())
        words: set[str] = set()
        for w in self._class_words(tags, names, phrases=True):
            words |= self._attached(_spellings(w, variants), clitics)
        self.words = frozenset(words)
        cues: set[str] = set()
        for w in self._class_words(tags, CUE_CLASSES, phrases=False):
            for spelled in _spellings(w, variants):
                cues.update(c + spelled for c in clitics)
        self.cues = frozenset(cues | {COPYRIGHT})  # («© 2011»: a page's year)
        # numbers and units are read when cued, followed or near an anchor (في الحادي والعشرين, هفته گذشته)
        candidates: set[str] = set()
        for w in self._class_words(tags, CANDIDATE_CLASSES, phrases=False):
            candidates |= self._attached(_spellings(w, variants), clitics)
        self.candidates = frozenset(candidates)
        followers = [f for name in FOLLOWER_CLASSES if tags.classes.get(name)
                     for f in tags.classes[name].forms]
        from ..lexicon import alternation
        self._follower = re.compile(rf"[\s\u200c]*(?:[/.\-][\s\u200c]*\d|(?:{alternation(followers)})(?!\w))",
                                    re.IGNORECASE)

    @staticmethod
    def _attached(spellings: set[str], clitics: list[str]) -> set[str]:
        """A word as it stands between spaces in the probe: alone or with a proclitic."""
        return {c + spelled for spelled in spellings for c in clitics}

    @staticmethod
    def _class_words(tags: Tagset, names: Iterable[str], phrases: bool) -> set[str]:
        out: set[str] = set()
        for name in names:
            cls = tags.classes.get(name)
            if cls:
                for form in cls.forms:
                    out |= Anchors._anchor_words(form, tags) if phrases else {form.split()[-1]}
        return out

    @staticmethod
    def _anchor_words(form: str, tags: Tagset) -> set[str]:
        """The words of a form that announce it: all of a one-word form; of a phrase, the words
        that are not ordinary words of another class (كانون, not الثاني), and the phrase written
        joined or with ZWNJ."""
        words = [w for w in re.split(r"[\s\u200c]+", form.strip()) if w]
        if len(words) == 1:
            return {words[0], words[0].lower(), words[0].title()}
        out = {"".join(words), "\u200c".join(words)}
        announcing = [w for w in words if Anchors._announces(tags.info.get(canon(w), {}), w)]
        # a phrase of ordinary words only (شب گذشته: a time of day and a modifier) is announced by its first
        out.update(announcing or words[:1])
        return out

    @staticmethod
    def _announces(known: dict, word: str) -> bool:
        """Does a word of a phrase announce it: a word of an anchor class, or a longer word of none?"""
        return any(n in ANCHOR_CLASSES for n in known) if known else len(word) >= 3

    def find(self, text: str, start: int) -> list[tuple[int, int]]:
        """Spans of anchor words and of the numbers worth reading in ``text[start:]``, in order."""
        probe = _spaced(text)
        anchor_words: set[str] = set()
        found: set[str] = set()
        for words in _word_chunks(probe, start):
            anchor_words |= self.words.intersection(words)
            found |= self.candidates.intersection(words)
        spans = self._positions(probe, start, anchor_words)
        candidates = [m.span() for m in _DIGITS.finditer(text, start)]
        if found:
            candidates += self._positions(probe, start, found)
        if self.extras:
            return sorted(spans + candidates)
        starts = [s for s, _e in spans]
        follower, cued = self._follower.match, self._cued
        kept = []
        for s, e in candidates:
            k = bisect.bisect_left(starts, s - NEAR)
            if k < len(starts) and starts[k] <= e + NEAR or follower(text, e) or cued(text, s):
                kept.append((s, e))
        return sorted(spans + kept) if kept else spans

    @staticmethod
    def _positions(text: str, start: int, found: Iterable[str]) -> list[tuple[int, int]]:
        """Where whole whitespace-separated words of ``found`` occur, sorted."""
        spans = []
        n = len(text)
        for word in found:
            size = len(word)
            i = text.find(word, start)
            while i >= 0:
                j = i + size
                if (i == 0 or text[i - 1].isspace()) and (j == n or text[j].isspace()):
                    spans.append((i, j))
                i = text.find(word, j)
        spans.sort()
        return spans

    @staticmethod
    def _near(starts: list[int], s: int, e: int) -> bool:
        k = bisect.bisect_left(starts, s - NEAR)
        return k < len(starts) and starts[k] <= e + NEAR

    def _cued(self, text: str, pos: int) -> bool:
        """Is the word right before the number at ``pos`` a date cue (سال ۱۴۰۳, في 2020)?"""
        end = pos
        while end > 0 and text[end - 1] in " \t\u00a0\u200c":
            end -= 1
        floor = max(0, end - 24)
        begin = max(text.rfind(" ", floor, end), text.rfind("\n", floor, end)) + 1
        word = text[max(begin, floor):end].strip("(«\",،)")
        return word in self.cues or word.rsplit("/", 1)[-1].rsplit("(", 1)[-1] in self.cues
