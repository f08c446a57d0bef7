"""Russia–Iran contacts: sentences in which a Russian and an Iranian party meet, call, visit, sign,
write or talk, with the date that governs the contact, its place and whether it happened.

Every word this module reacts to is in ``lang/<code>.contacts.toml`` (names, titles, states,
places, contact and status words) and ``lang/actors.toml`` (who held which office when).

A contact needs a Russian and an Iranian party joined by a contact word in one sentence; a
following sentence that goes on with ``این دیدار``, ``وی`` or ``الجانبان`` carries the parties on.
A sentence that only says both were invited to, or take part in, a gathering is linked to the
gatherings (summits, forums, parades) named in the sentences just before it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterable, Iterator

from . import calendars as cal
from .dates import DateMention
from .dates.expressions import FUTURE
from .dates.grammar import grammar
from .lexicon import GAP0, alternation
from .textnorm import LETTER_VARIANTS, CleanText, canon, clean

RUSSIA, IRAN, OTHER = "russia", "iran", "other"
# what a sentence with several kinds of contact word reports, most specific first: a call or a
# signing (a phone call is a phone call even when called "talks"); a meeting, visit or summit (a
# message handed over in a meeting is part of it); a message
TYPES = ("phone_call", "agreement", "meeting", "visit", "summit", "message", "talks")
DOCUMENT_DATE_NOTE = "no date stated: the document date"  # the date of a contact dated by its document
PLANNED_UNDATED_NOTE = "planned, no date stated"
REGIONAL_HEAD = "regional_head"  # the role of a province's head («استاندار اصفهان»): a side that stands for a person
OCCASION_DATE_NOTE = "no date stated: the day of the contact reported just before"
# kinds of contact that may be reports of one event
FAMILIES = {"meeting": "meeting", "talks": "meeting", "summit": "meeting", "visit": "meeting",
            "phone_call": "phone_call", "agreement": "agreement", "message": "message"}
OCCURRED, PLANNED, CANCELLED = "occurred", "planned", "cancelled"
# kinds of mention find_dates reports besides dates (durations, sets, vague times): never a contact's day
EXTRA_KINDS = ("duration", "set", "vague")
# people who speak about contacts and are not parties to them
SPEAKER_ROLES = {"kremlin_spokesman", "foreign_ministry_spokesperson"}
# the titles that name whoever the document has named in such an office, not an office's holder
# («الوزير الإيراني», «المسؤول الروسي»): a minister of any portfolio, an official of any rank
NAMED_MINISTER, NAMED_OFFICIAL = "named_minister", "named_official"
GATHERING_WINDOW = 3  # sentences before an invitation in which its gathering may be named


# ---------------------------------------------------------------------------------------------
# the facts: actors and their offices, places
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Office:
    role: str
    start: dt.date
    end: dt.date | None
    acting: bool = False

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    country: str
    offices: tuple[Office, ...] = ()
    died: dt.date | None = None

    def roles(self, day: dt.date | None) -> set[str]:
        return {o.role for o in self.offices if day is None or o.covers(day)}

    def fits(self, role: str, day: dt.date | None) -> bool:
        """Does this person hold ``role`` on ``day`` (a named minister's or official's title: any such office)?"""
        roles = self.roles(day)
        if role == NAMED_OFFICIAL:
            return bool(roles)
        if role == NAMED_MINISTER:
            return any(r.endswith("minister") for r in roles)
        return role in roles


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    country: str


@lru_cache(maxsize=None)
def actors() -> tuple[dict[str, Actor], dict[str, Place]]:
    """The people and places of ``lang/actors.toml``."""
    with resources.files("timeline.lang").joinpath("actors.toml").open("rb") as fh:
        table = tomllib.load(fh)
    people = {}
    for p in table["person"]:
        offices = tuple(Office(o["role"], dt.date.fromisoformat(o["from"]),
                               dt.date.fromisoformat(o["to"]) if o.get("to") else None, bool(o.get("acting")))
                        for o in p.get("offices", []))
        died = dt.date.fromisoformat(p["died"]) if p.get("died") else None
        people[p["id"]] = Actor(p["id"], p["name"], p["country"], offices, died)
    places = {key: Place(key, v["name"], v["country"]) for key, v in table["places"].items()}
    return people, places


def holder(country: str, role: str, day: dt.date | None, prefer: Iterable[str] = ()) -> Actor | None:
    """Who held ``role`` in ``country`` on ``day``; else one of ``prefer`` (people the document
    names) that ever held it; without a day, else the latest holder.  On a day no one in the
    tables held the office, None: the tables do not reach every year."""
    candidates = _office_holders().get((country, role), [])
    if day is not None:
        on_day = [a for a in candidates if role in a.roles(day)]
        if on_day:
            return on_day[0]
    named = set(prefer)
    preferred = [a for a in candidates if a.id in named]
    if preferred:
        return preferred[0]
    if not candidates or day is not None:
        return None
    return max(candidates, key=lambda a: max(o.start for o in a.offices if o.role == role))


@lru_cache(maxsize=None)
def served_office() -> dict[str, str]:
    """The office each adviser's or aide's office serves (``[serves]`` of ``lang/actors.toml``)."""
    with resources.files("timeline.lang").joinpath("actors.toml").open("rb") as fh:
        return dict(tomllib.load(fh).get("serves", {}))


@lru_cache(maxsize=None)
def _office_holders() -> dict[tuple[str, str], list[Actor]]:
    """Everyone who ever held an office, by ``(country, role)``, in the tables' order."""
    out: dict[tuple[str, str], list[Actor]] = {}
    for a in actors()[0].values():
        for role in dict.fromkeys(o.role for o in a.offices):
            out.setdefault((a.country, role), []).append(a)
    return out


def place_contains(a: str | None, b: str | None) -> bool:
    """Are two places compatible: the same, or one lies in the other (Ashgabat, Turkmenistan)?"""
    if a is None or b is None or a == b:
        return True
    places = actors()[1]
    pa, pb = places.get(a), places.get(b)
    if pa is None or pb is None:
        return False
    return pa.country == pb.country and (pa.id == pa.country or pb.id == pb.country
                                         or {pa.id, pb.id} <= {pa.country, pb.country})


# ---------------------------------------------------------------------------------------------
# the language tables, compiled
# ---------------------------------------------------------------------------------------------

class _Words:
    """Spellings with payloads: a variant-tolerant regex and a look-up (as in timeline.lexicon).

    For whole documents, :class:`Scan` finds them faster: ``heads`` holds every way a match can
    begin as a whole whitespace-separated token of the probe text (:func:`_probe`), so only the
    places where such a token stands are tried with the regex."""

    def __init__(self, items: Iterable[tuple[str, Any]], clitic_rx: str, clitics: list[str],
                 word_end: str = r"(?!\w)"):
        self.lookup: dict[str, Any] = {}
        forms = []
        for form, payload in items:
            self.lookup.setdefault(canon(form), payload)
            forms.append(form)
        self._body = rf"{clitic_rx}(?P<w>{alternation(forms)}){word_end}" if forms else None
        self._regex: re.Pattern | None = None
        self.at = re.compile(self._body) if forms else None  # at a token start
        self.heads = frozenset(c + h for h in _heads(forms) for c in [""] + clitics)
        self.keys = frozenset(c + k for k in _keys(forms) for c in [""] + clitics)
        self._payloads: dict[str, Any] = {}  # matched spelling -> payload

    @property
    def regex(self) -> re.Pattern | None:
        """The words anywhere in a text (compiled when first asked for: a document scan uses
        :attr:`at` only, and compiling these alternations costs more than reading a corpus)."""
        if self._regex is None and self._body is not None:
            self._regex = re.compile(r"(?<!\w)" + self._body)
        return self._regex

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, Any]]:
        if self.regex is None:
            return []
        end = len(text) if end is None else end
        return [self.item(m) for m in self.regex.finditer(text, start, end)]

    def item(self, m: re.Match) -> tuple[int, int, str, Any]:
        """``(start, end, word, payload)`` of a match (proclitics left out)."""
        word = m.group("w")
        payload = self._payloads.get(word, _MISSING)
        if payload is _MISSING:
            payload = self._payloads[word] = self.lookup.get(canon(word))
        return m.start("w"), m.end("w"), word, payload

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return self.regex is not None and self.regex.search(text, start, len(text) if end is None else end) is not None


_MISSING = object()

# the probe text: letter variants folded, ZWNJ and punctuation made spaces (one character each,
# so offsets stay those of the original)
_FOLD = [(ch, base) for base, variants in LETTER_VARIANTS.items() for ch in variants if ch != base]
_SPACED = "\u200c«»()[]{}\"'،,.:؛;!?؟/\\-–—…*|<>"


def _fold(text: str) -> str:
    for ch, base in _FOLD:
        if ch in text:
            text = text.replace(ch, base)
    return text


def _probe(text: str) -> str:
    text = _fold(text)
    for ch in _SPACED:
        if ch in text:
            text = text.replace(ch, " ")
    return text


def _words(form: str) -> list[str]:
    return [w for w in re.split(r"[\s\u200c.]+", _fold(form.lower())) if w]


def _heads(forms: Iterable[str]) -> set[str]:
    """The tokens a match of ``forms`` can start with: the first word, or the first words written
    together (a gap in a phrase may be left out: رئیسجمهور)."""
    out: set[str] = set()
    for form in forms:
        words = _words(form)
        out.update("".join(words[:k]) for k in range(1, len(words) + 1))
    return out


def _keys(forms: Iterable[str]) -> set[str]:
    """A token every match of a form holds: its longest word (the rarest, as a rule: دیدار, not
    در), alone or written together with the words beside it."""
    out: set[str] = set()
    for form in forms:
        words = _words(form)
        key = max(range(len(words)), key=lambda i: len(words[i]))
        out.update("".join(words[i:j]) for i in range(key + 1) for j in range(key + 1, len(words) + 1))
    return out


class _Found:
    """The matches of one word class in one document, found sentence by sentence when first
    asked for, answered by range."""

    def __init__(self, words: _Words, scan: "Scan"):
        self._words, self._scan = words, scan
        self._by_sentence: dict[int, list[tuple[int, int, str, Any]]] = {}

    def _in_sentence(self, k: int) -> list[tuple[int, int, str, Any]]:
        found = self._by_sentence.get(k)
        if found is None:
            found = self._by_sentence[k] = self._scan.matches(self._words, k)
        return found

    def find(self, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, Any]]:
        end = len(self._scan.text) if end is None else end
        whole = self._scan.sentence_at.get((start, end))
        if whole is not None:  # the common question: one whole sentence
            return list(self._in_sentence(whole))
        out = []
        for k in self._scan.sentences_between(start, end):
            out += [item for item in self._in_sentence(k) if start <= item[0] and item[1] <= end]
        return out

    def search(self, start: int = 0, end: int | None = None) -> bool:
        return bool(self.find(start, end))


class _FoundParties(_Found):
    """The parties of one document: a surname alone (``surnames``: موسوي) counts only when the
    document names its bearer in full somewhere."""

    def __init__(self, words: _Words, scan: "Scan", surnames: dict[str, dict[str, tuple]]):
        super().__init__(words, scan)
        self._surnames = surnames
        self._in_full: set[str] | None = None
        self._kept: dict[int, list[tuple[int, int, str, Any]]] = {}

    def _in_sentence(self, k: int) -> list[tuple[int, int, str, Any]]:
        kept = self._kept.get(k)
        if kept is None:
            kept = self._kept[k] = self._without_lone_surnames(super()._in_sentence(k))
        return kept

    def _without_lone_surnames(self, found: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, str, Any]]:
        if not self._surnames or not any(canon(item[2]) in self._surnames for item in found):
            return found
        if self._in_full is None:
            every = (item for j in range(len(self._scan.spans)) for item in _Found._in_sentence(self, j))
            self._in_full = {item[3][2] for item in every if item[3] and canon(item[2]) not in self._surnames}
        kept = []
        for item in found:
            bearers = self._surnames.get(canon(item[2]))
            if bearers is None:
                kept.append(item)
                continue
            named = [payload for actor_id, payload in bearers.items() if actor_id in self._in_full]
            if len(named) == 1:
                kept.append((*item[:3], named[0]))
        return kept


class Scan:
    """One document's contact vocabulary (parties, contact words, places, status words).

    Each sentence's tokens are intersected once with the tokens any word of the vocabulary can
    start with (``heads``) and with each word's rarest part (``keys``: دیدار in در این دیدار); a
    class is looked for only in sentences holding one of its keys, where its heads stand."""

    def __init__(self, words: "ContactWords", text: str, spans: list[tuple[int, int]],
                 cleaned: CleanText | None = None):
        self.text = text
        self.cleaned = cleaned  # the original document, when ``text`` is its cleaned copy
        self.words = words
        self.spans = spans
        self._sentence_starts = [s for s, _e in spans]
        self.sentence_at = {span: k for k, span in enumerate(spans)}
        self._probe = probe = _probe(text)
        self._keys: list[frozenset[str]] = []
        self._heads: list[frozenset[str]] = []
        for s, e in spans:  # a sentence's words at a time: a long text is never one list of words
            tokens = probe[s:e].split()
            keys = words.keys.intersection(tokens)
            self._keys.append(keys)
            self._heads.append(words.heads.intersection(tokens) if keys else keys)
        self.parties = _FoundParties(words.parties, self, words.surnames)
        self.places = _Found(words.places, self)
        self._relative: dict[tuple[int, int, bool], list[tuple[int, int]]] = {}  # relative clauses by span
        self.contacts = _Found(words.contacts, self)
        self.pair_titles = _Found(words.pair_titles, self)
        self.adjectives = _Found(words.adjectives, self)
        self.status = {key: _Found(w, self) for key, w in words.status.items()}

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence that holds ``pos``."""
        return self.spans[max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)]

    def sentences_between(self, start: int, end: int) -> range:
        """The indexes of the sentences that overlap ``text[start:end]``."""
        first = max(0, bisect.bisect_right(self._sentence_starts, start) - 1)
        last = bisect.bisect_left(self._sentence_starts, end)
        return range(first, last)

    def matches(self, words: _Words, k: int) -> list[tuple[int, int, str, Any]]:
        """The matches of ``words`` in sentence ``k``, leftmost first, not overlapping."""
        if words.at is None or words.keys.isdisjoint(self._keys[k]):
            return []
        s0, s1 = self.spans[k]
        heads = words.heads.intersection(self._heads[k])
        out: list[tuple[int, int, str, Any]] = []
        last_end = 0
        for start in sorted(i for head in heads for i in _token_starts(self._probe, head, s0, s1)):
            # (not inside a word joined by ZWNJ: «نامه» in «موافقت‌نامه» is no letter)
            if start >= last_end and not (start > 0 and self.text[start - 1] == "\u200c"):
                m = words.at.match(self.text, start, s1)
                if m:
                    out.append(words.item(m))
                    last_end = m.end()
        return out

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Where ``text[start:end]`` stands in the original document."""
        return self.cleaned.span(start, end) if self.cleaned is not None else (start, end)

    def quote(self, start: int, end: int) -> str:
        """``text[start:end]`` as the original document writes it (marks and ZWNJ included)."""
        if self.cleaned is None:
            return self.text[start:end]
        s, e = self.cleaned.span(start, end)
        return self.cleaned.original[s:e]

    def _seen(self, rx: re.Pattern | None, start: int, end: int) -> bool:
        return rx is not None and rx.search(self.text, max(0, start), end) is not None

    def after_the_contact(self, pos: int) -> bool:
        """Does the continuation marker at ``pos`` point at the contact before in time («پس از این دیدار»)?"""
        return self._seen(self.words.occasion_before, pos - 12, pos)

    def on_the_occasion(self, s0: int, s1: int) -> bool:
        """Is a new contact in ``text[s0:s1]`` on the occasion of the one before («also», «then»,
        «after this meeting»)?"""
        return self.status["additive"].search(s0, s1) or any(
            self.after_the_contact(s) for s, *_x in self.status["continuation"].find(s0, s1))

    def contrast_break(self, start: int, end: int) -> bool:
        """Does a clause of another event begin between ``start`` and ``end`` (فيما, در حالی که, ;)?"""
        return self._seen(self.words.contrast_breaks, start, end)

    def clause_break(self, start: int, end: int) -> bool:
        """Does a clause end between ``start`` and ``end`` (``;``, فيما, در حالی که)?"""
        return self._seen(self.words.clause_breaks, start, end)

    def pair_of_others(self, pairs: list) -> bool:
        """Is a pair word followed by another country's adjective («الرئيسان الروسي والتركي»)?"""
        rx = self.words.pair_of_others
        return rx is not None and any(rx.match(self.text, e, min(len(self.text), e + 40)) for _s, e, _w, _k in pairs)

    def other_contact_phrases(self, start: int, end: int) -> list[tuple[int, int]]:
        """Stretches that tell another contact as a time («بعد زيارة سلفه إلى طهران في نونبر 2022»)."""
        rx = self.words.other_contact_phrase
        return [m.span() for m in rx.finditer(self.text, start, end)] if rx is not None else []

    def recipient(self, cues: list, parties: list["Party"]) -> tuple[tuple, "Party"] | None:
        """A message word and the party named right after it as its recipient («پیامی به …», «برقية
        تهنئة إلى …»), if the sentence has one."""
        rx = self.words.message_recipient
        if rx is None:
            return None
        for cue in cues:
            if cue[3] != "message":
                continue
            m = rx.match(self.text, cue[1])
            if m is None:
                continue
            # (a title the tables do not know may stand before the name: «إلى المرشد علي خامنئي»)
            party = next((p for p in parties if p.start == m.end() or m.end() < p.start
                          and len(self.text[m.end():p.start].split()) == 1 and self.text[p.start - 1].isspace()), None)
            if party is not None and party.kind != "state":
                return cue, party
        return None

    def named_as_occasion(self, pos: int) -> bool:
        """Is the date at ``pos`` named as an occasion («بمناسبة عيد النوروز», «به مناسبت نوروز»)?"""
        return any(0 <= pos - e <= OCCASION_REACH for _s, e, _w, _k
                   in self.status["occasion"].find(max(0, pos - 60), pos))

    def witnessed(self, pos: int, end: int) -> bool:
        """Do the people named at ``pos`` attend («با حضور رؤسای جمهور دو کشور», «بحضور الرئيسين»): named
        within WITNESS_REACH after «in the presence of», before the next comma (``end``: the sentence's)?"""
        for _s, e, _w, _k in self.status["witness"].find(max(0, pos - WITNESS_REACH), min(end, pos + 1)):
            comma = min((i for i in (self.text.find(ch, e, end) for ch in ",،") if i >= 0), default=end)
            if e <= pos < min(comma, e + WITNESS_REACH):
                return True
        return False

    def purpose(self, pos: int) -> bool:
        """Is the contact word at ``pos`` named as a purpose (برای امضای, لتوقيع)?"""
        return self._seen(self.words.purpose_before, pos - 20, pos)

    def named_as_time(self, pos: int) -> bool:
        """Is the contact word at ``pos`` named as the time of another («پیش از امضای معاهده»)?"""
        return self._seen(self.words.time_before, pos - 20, pos)

    def plural_message(self, cue: tuple) -> bool:
        """Does the message word ``cue`` name several messages («پیام‌های», «رسالتين»)?"""
        w = self.words
        return canon(cue[2]) in w.plural_messages or bool(w.plural_message_suffix
                                                           and w.plural_message_suffix.match(self.text, cue[1]))

    def authors(self, cues: list, parties: list["Party"]) -> set[int]:
        """Where the parties named as a message's author start (پیام رهبر انقلاب, رسالة من المرشد)."""
        out = set()
        for s, e, _w, kind in cues:
            if kind != "message":
                continue
            after = sorted((p for p in parties if p.start >= e), key=lambda p: p.start)
            if not after or after[0].start - e > AUTHOR_REACH \
                    or not self.words.message_author.match(self.text, e, after[0].start):
                continue
            last = after[0]
            out.add(last.start)
            for p in after[1:]:  # the author's name after the title: المرشد الإيراني علي خامنئي, and
                # a second author («پیام‌هایی از آیت‌الله خامنه‌ای و مسعود پزشکیان»)
                # (or the author's name after honorifics: «رسالة من قائد الثورة آية الله السيد علي خامنئي»)
                # («… خامنئي ورئيس الجمهورية الشيخ حسن روحاني»: «and», then a title and honorifics)
                gap = self.text[last.end:p.start].strip(" \u200c\u00a0")
                joined = self.words.and_start.match(self.text, last.end, p.start)
                honorifics = joined.end() if joined else last.end
                if p.country != last.country or gap and not self.words.pair_next.fullmatch(self.text, last.end, p.start) \
                        and not self.words.message_author.match(self.text, honorifics, p.start):
                    break
                out.add(p.start)
                last = p
        return out

    def background(self, parties: list["Party"], end: int) -> list[tuple[int, int]]:
        """Relative clauses about a party, closed by a comma before ``end`` («روحانی که … شده بود،»)."""
        rx = self.words.relative_clause
        if rx is None:
            return []
        # (one telling a signing right after a person is theirs: «… أوفرتشوك، الذي وقع مع … صادق بروتوكولا»; after
        # anything else, the signing of the document named before: no background)
        found = [(m, p.kind == "person") for m, p in ((rx.match(self.text, p.end, end), p) for p in parties) if m]
        # (or after a person's office set off by commas: «بروجردی، رئیس کمیسیون … مجلس، که دوشنبه … شد،»)
        offices = [o for o in (APPOSITION.match(self.text, p.end, end) for p in parties if p.kind == "person") if o]
        found += [(m, True) for m in (rx.match(self.text, o.end(), end) for o in offices) if m]
        return [(m.start(), m.end()) for m, of_a_person in found
                if of_a_person or not self.about_a_document(m.start(), m.end())]

    def topic_clauses(self, start: int, end: int, comma: bool = False) -> list[tuple[int, int]]:
        """The relative clauses of ``text[start:end]`` with no contact word in them: they tell of
        something else («درباره دور تازه مذاکرات که قرار است ۲۹ خرداد … برگزار شود،»)."""
        return [(a, b) for a, b in self.relative_clauses(start, end, comma) if not self.contacts.search(a, b)]

    def cancels_no_contact(self, end: int) -> bool:
        """Does a cancelling word ending at ``end`` take an object that is no contact (sanctions, visas)?"""
        rx = self.words.cancelled_object
        return bool(rx and rx.match(self.text, end))

    def relative_clauses(self, start: int, end: int, comma: bool = False) -> list[tuple[int, int]]:
        """Every relative clause in ``text[start:end]`` (about a party or not), closed by a comma or, in a
        language whose verb does not come last, by the sentence's end (``comma``: by a comma only)."""
        key = (start, end, comma)
        found = self._relative.get(key)
        if found is not None:
            return found
        rx = self.words.comma_relative_clause if comma else self.words.any_relative_clause
        found = [(m.start(), m.end()) for m in rx.finditer(self.text, start, end)] if rx else []
        if found and self.words.verb_final:  # (to the end only after the main verb: «… گفت‌وگو کرد که …»)
            found = [c for c in (self._verb_final_clause(a, b) for a, b in found) if c]
        self._relative[key] = found
        return found

    def _verb_final_clause(self, start: int, end: int) -> tuple[int, int] | None:
        """A clause found to run to ``end`` where the verb comes last: as found when a comma closes it or
        the main verb is before it; else up to its first verb when «و» follows it («توافق ژنو که از ۲۰ ژانویه
        اجرایی می‌شود و …»), or none."""
        g = grammar(self.words.code)
        if self.text[end - 1] in ",،" or g.verb_before(self.text, start):
            return start, end
        cut = g.clause_end_after(self.text, start, end, first_verb=True)
        return (start, cut) if cut is not None else None

    def about_a_document(self, start: int, end: int) -> bool:
        """Does a relative clause open with a signing word («…، التي وقعها الرئيسان …»)? Then it is
        about the document named before the party, and tells its signing: no background."""
        first = next(iter(self.contacts.find(start, end)), None)
        if first is None or first[3] != "agreement":
            return False
        return not self.text[start:first[0]].strip(" \u200c\u00a0,،").split()[1:]  # right after the opener

    def starting_from(self, pos: int) -> bool:
        """Is the date at ``pos`` the one something starts from («اعتباراً من العام المقبل»)?"""
        return self._seen(self.words.starting_from_before, pos - 16, pos)

    def period_of_a_document(self, m: DateMention) -> bool:
        """Is the date ``m`` (offsets into this text) the years a document is for («برای سال ۲۰۲۱», «لعام 2021»)?"""
        glued = self.words.period_for_glued
        return m.first is not None and m.last is not None and (m.last - m.first).days >= YEAR_DAYS and (
            self._seen(self.words.period_for_before, m.start - 16, m.start)
            or glued is not None and glued.match(self.text, m.start) is not None)

    def counted_from(self, cue: int) -> int | None:
        """Where a «some hours after» right before the contact word at ``cue`` starts («بعد ساعات من اجتماع …»): the
        contact is the time another event is counted from."""
        rx = self.words.counted_from
        m = rx.search(self.text, max(0, cue - COUNTED_FROM_REACH), cue) if rx else None
        return m.start() if m else None

    def event_of_a_document(self, pos: int) -> bool:
        """Does an event's word (تجميد, تعليق) stand a word or two before the document named at ``pos``?"""
        last = _last_match(self.words.event_before, self.text, max(0, pos - EVENT_REACH), pos)
        gap = self.text[last.end():pos] if last else ""
        return last is not None and len(gap.split()) <= 2 and not any(ch in SENTENCE_MARKS for ch in gap)

    def day_in_force(self, m: DateMention) -> bool:
        """Is ``m`` the day a document took effect («از ۱۰ مهر پارسال لازم‌الاجرا شده است», «ستدخل حيز التنفيذ في 2
        أكتوبر»): an in-force word a few words after or before it, no clause mark between?"""
        rx = self.words.in_force
        if rx is None:
            return False
        # (the in-force verb after its date where the verb comes last, before it elsewhere: «وقعت روسيا وإيران في 5 مايو
        # اتفاقية تدخل حيز التنفيذ فورا» is signed on 5 May)
        if self.words.verb_final:
            found = rx.search(self.text, m.end, min(len(self.text), m.end + IN_FORCE_REACH))
            gap = self.text[m.end:found.start()] if found else None
        else:
            found = _last_match(rx, self.text, max(0, m.start - IN_FORCE_REACH), m.start)
            gap = self.text[found.end():m.start] if found else None
        return gap is not None and not any(ch in SENTENCE_MARKS for ch in gap) and len(gap.split()) <= IN_FORCE_WORDS

    def year_of_a_document(self, m: DateMention) -> bool:
        """Is the year ``m`` part of a document's name, right after it («لتحل محل معاهدة عام 2001»)?"""
        if m.first is None or m.last is None or (m.last - m.first).days < YEAR_DAYS \
                or not any(c[0] == m.start for c in self.status["recalled_year"].find(m.start, m.end)):
            return False
        return any(not self.text[c[1]:m.start].split() for c in self.documents(max(0, m.start - RECALLED_AFTER), m.start))

    def documents(self, start: int, end: int) -> list[tuple[int, int, str, Any]]:
        """The documents named in ``text[start:end]`` (a treaty's word, or a contract's recalled by its signing), in order."""
        return sorted([c for c in self.contacts.find(start, end) if c[3] == "agreement_document"]
                      + self.status["recalled_documents"].find(start, end))

    def date_of_an_event(self, pos: int) -> bool:
        """Is the date at ``pos`` that of an event named right before it (اغتيال, تحطم, ترور), no contact word
        or clause mark between?"""
        rx = self.words.event_before
        m = rx.search(self.text, max(0, pos - EVENT_REACH), pos) if rx else None
        return m is not None and not self.contacts.find(m.end(), pos) \
            and not any(ch in SENTENCE_MARKS for ch in self.text[m.end():pos])  # (a name in quotes may come between)

    def bound_of_a_series(self, cue: tuple, pos: int) -> bool:
        """Is the date at ``pos`` the day after or before which the contact word ``cue`` is the first or last
        of its kind («نخستین دیدار دو رئیس‌جمهور پس از مراسم تنفیذ ۱۲ مرداد»), in the same clause? Not when
        the date has a preposition of its own («أول اتصال هاتفي بعد تنصيبه في 16 أغسطس»: the call's day)."""
        w = self.words
        ordinal = self._seen(w.first_or_last_before, cue[0] - SERIES_REACH, cue[0]) \
            or bool(w.first_or_last_after and w.first_or_last_after.match(self.text, cue[1]))
        if not (ordinal and w.bound_word) or pos < cue[1] or w.clause_mark.search(self.text, cue[1], pos) \
                or self._seen(w.series_date_preposition, pos - SERIES_REACH, pos):
            return False
        return w.bound_word.search(self.text, max(cue[1], pos - SERIES_BOUND_REACH), pos) is not None

    def mourned(self, pos: int) -> bool:
        """Is the person or title at ``pos`` the one a funeral or condolence is for (تشييع, درگذشت)?"""
        return self._seen(self.words.mourned_before, pos - 40, pos)

    def predecessor(self, pos: int) -> bool:
        """Is the person or title at ``pos`` the one someone succeeded in office (خلفاً لـ, جایگزین)?"""
        return self._seen(self.words.predecessor_before, pos - 40, pos)

    def not_the_holder(self, end: int) -> bool:
        """Does the title ending at ``end`` name someone not yet in office (the president-elect)?"""
        rx = self.words.not_holder_after
        return bool(rx and rx.match(self.text, end))

    def subordinate_before(self, pos: int) -> bool:
        """Is the title at ``pos`` someone's deputy or adviser's (معاون, نائب right before it)?"""
        return self._seen(self.words.subordinate_before, pos - 20, pos)

    def homograph(self, pos: int, word: str) -> bool:
        """Is the contact word ``word`` at ``pos`` another word spelt alike, by the word before it?"""
        if canon(word) not in self.words.homographs or not self._seen(self.words.homograph_before, pos - 20, pos):
            return False
        # (but «… أوفرتشوك، الذي وقع مع وزيرة الطرق …»: «with» someone right after it, a signing)
        with_someone = self.words.homograph_unless_next
        return with_someone is None or with_someone.match(self.text, pos + len(word)) is None

    def signs_a_decree(self, pos: int, end: int) -> bool:
        """Is the signing word at ``pos`` (to ``end``) a decree's («وقّع بوتين أمس مرسوماً …», «بعد المرسوم
        الذي وقعه …»): a decree word after it in its sentence, or just before it?"""
        decree = self.words.decree_words
        sentence_end = self.sentence_of(pos)[1]
        return self._seen(decree, end, min(sentence_end, end + DECREE_REACH)) \
            or self._seen(decree, pos - DECREE_BEFORE, pos)

    def topic_phrases(self, s0: int, s1: int, cues: list) -> list[tuple[int, int]]:
        """What a contact was about: from a topic word («درباره», «بشأن») to the next contact word or
        clause mark."""
        rx = self.words.topic_of_talks
        if rx is None:
            return []
        out = []
        for m in rx.finditer(self.text, s0, s1):
            ends = [c[0] for c in cues if c[0] > m.end() and c[3] != "agreement_document"] + [s1]  # (a treaty named is topic)
            stop = self.words.clause_mark.search(self.text, m.end(), min(ends))
            out.append((m.end(), stop.start() if stop else min(ends)))
        return out

    def topic_before(self, pos: int) -> bool:
        """Is the name at ``pos`` the topic of a sentence (a topic word a few words before it)?"""
        return self._seen(self.words.topic_before, pos - 40, pos)

    def is_venue(self, pos: int) -> bool:
        """Is the place at ``pos`` named as where a contact took place (في موسكو, در تهران; not إلى موسكو)?"""
        return self._seen(self.words.place_at, pos - 30, pos)

    def origin_of_a_trip(self, start: int, end: int) -> bool:
        """Is the place at ``text[start:end]`` where a trip sets out for a third country («من موسكو إلى روما»,
        «از مسکو به رم»; not «من روسيا إلى إيران»: the two sides)?"""
        if not (self.words.place_from and self.words.to_word_next and self._seen(self.words.place_from, start - 30, start)):
            return False
        to = self.words.to_word_next.match(self.text, end, min(len(self.text), end + 12))
        if to is None:
            return False
        after = self.parties.find(to.end(), min(len(self.text), to.end() + 30))
        return not (after and not self.text[to.end():after[0][0]].strip())

    def venue(self, start: int, end: int, outside: list[tuple[int, int]] = ()) -> str | None:
        """The first place in ``text[start:end]`` named as a venue (در مسکو, به میزبانی ترکمنستان), not in
        the stretches ``outside`` (another contact told as a time: «قبيل جولة المحادثات … في موسكو»)."""
        trip = any(c[3] == "visit" for c in self.contacts.find(start, end))
        return next((key for s, _e, _w, key in self.places.find(start, end)
                     if not _inside(s, outside) and self._seen(self.words.place_before, s - 30, s)
                     and not self._seen(self.words.place_post, s - 60, s)
                     and (trip or not self._seen(self.words.place_to, s - 30, s))), None)


def _next_mark(text: str, marks: str, start: int, end: int) -> int:
    """Where the first of ``marks`` (commas, semicolons) stands in ``text[start:end]``; ``end`` if none does."""
    return min([i for i in (text.find(ch, start, end) for ch in marks) if i >= 0], default=end)


def _last_match(rx: re.Pattern | None, text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``rx`` in ``text[start:end]``, if any."""
    last = None
    for last in rx.finditer(text, start, end) if rx else ():
        pass
    return last


def _token_starts(probe: str, token: str, start: int, end: int) -> list[int]:
    """Where ``token`` stands as a whole whitespace-separated token of ``probe[start:end]``."""
    out = []
    size = len(token)
    i = probe.find(token, start, end)
    while i >= 0:
        j = i + size
        if (i == start or probe[i - 1].isspace()) and (j == end or probe[j].isspace()):
            out.append(i)
        i = probe.find(token, j, end)
    return out


@dataclass(frozen=True)
class Party:
    """A Russian, Iranian or other party named in a sentence."""

    start: int
    end: int
    text: str
    country: str
    kind: str  # person, title, counterpart, state
    actor: str | None = None
    role: str | None = None
    # a name right after «adviser to the Leader» (مستشار قائد الثورة علي خامنئي): the office it may
    # be given for, whose holder on the day is the one advised, no party
    advised: str | None = None


def _spelling_variants(spellings: list[str], country: str, t: dict) -> list[str]:
    """A person's spellings and the other ways a language writes names of that country: an ending of the
    last word (``name_endings``: «میخائیل بوگدانوف» → «میخائیل بوگدانف»), a first name (``first_names``:
    «دميتري مدفيديف» → «ديمتري مدفيديف») or a letter (``name_letters``: «بيجن زنغنه» → «بيجن زنكنه», «سيرغي شويغو»
    → «سيرجي شويجو»)."""
    endings, letters = t.get("name_endings", {}), t.get("name_letters", {})
    out = list(spellings)

    def add(variant: str) -> None:
        if variant not in out:
            out.append(variant)
    for group in t.get("first_names", {}).get(country, []):
        for s in spellings:
            first, _, rest = s.partition(" ")
            if first in group and rest:
                for other in group:
                    add(f"{other} {rest}")
    for written, other in endings.get(country, []):
        for s in spellings:
            head, _, last = s.rpartition(" ")
            if last.endswith(written) and len(last) >= endings.get("min_length", 0):
                add(f"{head} {last[:-len(written)]}{other}".strip())
    for written, other in letters.get(country, []):
        for s in list(out):
            if written in s:
                add(s.replace(written, other))
    return out


class ContactWords:
    """The compiled contact vocabulary of one language."""

    def _derived_surnames(self, t: dict, people: dict[str, Actor]) -> list[tuple[str, Any]]:
        """The last word of each person's full name as a surname that counts once the document names
        them in full («صفری» after «مهدی صفری»), unless it is a form of its own, or a word of any other
        form the tables hold: a title's, a state's, a place's or another name's first words («اسلامی»
        of «جمهوری اسلامی ایران», never Eslami)."""
        alone = {canon(s) for forms in [*t["actors"].values(), *t.get("surnames", {}).values()]
                 for s in forms if " " not in s.strip()}
        elsewhere: set[str] = set()
        for section in ("titles", "bare_titles", "counterparts", "states", "provinces", "places"):
            for forms in t.get(section, {}).values():
                elsewhere |= {canon(w) for s in forms if isinstance(s, str) for w in s.split()}
        for forms in t["actors"].values():
            elsewhere |= {canon(w) for s in forms for w in s.split()[:-1]}
        out = []
        for actor_id, spellings in t["actors"].items():
            payload = ("person", people[actor_id].country, actor_id, None)
            for s in spellings:
                words = s.split()
                last = canon(words[-1]) if len(words) > 1 else ""
                if len(last) < 3 or last in alone or last in elsewhere:
                    continue
                if actor_id not in self.surnames.setdefault(last, {}):
                    self.surnames[last][actor_id] = payload
                    out.append((words[-1], payload))
        return out

    def __init__(self, code: str):
        with resources.files("timeline.lang").joinpath(f"{code}.contacts.toml").open("rb") as fh:
            t = tomllib.load(fh)
        self.code = code
        lex = grammar(code).L
        clitic_rx, clitics = lex["month"].clitics, lex.table["language"].get("clitics", [])
        people, _places = actors()
        items: list[tuple[str, Any]] = []
        for actor_id, spellings in t["actors"].items():
            a = people[actor_id]
            items += [(s, ("person", a.country, actor_id, None)) for s in _spelling_variants(spellings, a.country, t)]
        # a surname many people bear names the person only in a document that names them in full
        # (a surname several of them bear, the one the document names in full)
        self.surnames: dict[str, dict[str, tuple]] = {}
        for actor_id, spellings in t.get("surnames", {}).items():
            payload = ("person", people[actor_id].country, actor_id, None)
            items += [(s, payload) for s in spellings]
            for s in spellings:
                self.surnames.setdefault(canon(s), {})[actor_id] = payload
        items += self._derived_surnames(t, people)
        bare = t.get("bare_titles", {})
        for key, spellings in [*t["titles"].items(), *bare.items()]:
            country, role = key.split(".", 1)
            items += [(s, ("title", country, None, role)) for s in spellings]
        self.bare_titles = frozenset(canon(s) for spellings in bare.values() for s in spellings)
        for country, spellings in t.get("counterparts", {}).items():
            items += [(s, ("counterpart", country, None, None)) for s in spellings]
        for country, spellings in t["states"].items():
            items += [(s, ("state", country, None, None)) for s in spellings]
        # (a province's head, «استاندار فارس», is its side like the province, but stands for a person: REGIONAL_HEAD)
        provinces = t.get("provinces", {})
        officers = {canon(w) for w in provinces.get("officers", [])}
        for country, names in provinces.items():
            if country not in ("heads", "officers"):
                items += [(f"{head} {name}", ("state", country, None, REGIONAL_HEAD if canon(head) in officers else None))
                          for head in provinces["heads"] for name in names]
        # a word ends at a space or punctuation; at a ZWNJ only before a suffix (گفت‌وگو is not گفت)
        suffixes = t.get("zwnj_suffixes", [])
        word_end = rf"(?!\w)(?!\u200c(?!(?:{alternation(suffixes)})(?![\w\u200c])))" if suffixes else r"(?!\w)"
        self.parties = _Words(items, clitic_rx, clitics, word_end)
        self.places = _Words([(s, key) for key, spellings in t["places"].items() if key != "before"
                              for s in spellings], clitic_rx, clitics, word_end)
        self.clause_breaks = _word_rx(t.get("clause_breaks", []), r"[;؛]|(?<!\w)(?:{})(?!\w)")
        # the heading of a list of links to other articles («اخبار مرتبط», «أخبار ذات صلة»)
        self.related_headings = frozenset(_heading_key(h) for h in t.get("related_headings", []))
        self.tag_headings = frozenset(_heading_key(h) for h in t.get("tag_headings", []))
        self.leaders_summit = frozenset(canon(w) for w in t["status"].get("leaders_summit", []))
        self.contrast_breaks = _word_rx(t.get("contrast_breaks", []), r"[;؛]|(?<!\w)(?:{})(?!\w)")
        cuts = [r"[;؛]"] + ([rf"[,،][\s\u200c]*(?:{alternation(t['clause_cuts'])})(?!\w)"] if t.get("clause_cuts") else [])
        if t.get("background_was") and t.get("background_then"):  # («…، وكان ظريف قد زار موسكو …»: a subject between)
            cuts.append(rf"[,،][\s\u200c]*(?:{alternation(t['background_was'])})(?:[\s\u200c]+[^\s,،.]+){{1,4}}"
                        rf"[\s\u200c]+(?:{alternation(t['background_then'])})(?!\w)")
        self.clause_cuts = re.compile("|".join(cuts))
        self.cuts_before_contact = frozenset(canon(w) for w in t.get("clause_cuts_before_contact", []))
        # what happens to a gathering, named between such a cut and the gathering's word («عشية افتتاح القمة»)
        self.gathering_event = _word_rx(t.get("gathering_events", []), r"(?<!\w)(?:{})(?!\w)") \
            or re.compile(r"(?!x)x")
        purpose = [rf"(?<!\w)(?:{alternation(t['purpose_before'])})[\s\u200c]+"] if t.get("purpose_before") else []
        purpose += [rf"(?<!\w)(?:{alternation(t['purpose_clitics'])})"] if t.get("purpose_clitics") else []
        self.purpose_before = re.compile(rf"(?:{'|'.join(purpose)})$") if purpose else None
        # «and» is the language table's conjunction (و)
        conj = alternation(lex["range_and"].forms) if lex["range_and"] else "(?!)"
        # «and», perhaps with a title the tables do not know, a noun with the article (والقائم بأعمال الرئيس)
        article = lex.table["language"].get("article", "")
        titled = rf"|(?:{conj})[\s\u200c]*{article}[^\s,،.]+(?:[\s\u200c]+[^\s,،.]+){{0,2}}" if article else ""
        self.conjunction = re.compile(rf"(?:{conj}){titled}")
        # «… متمرکز بود و دو وزیر قرار است …»: «and» before a pair word opens a clause of its own
        self.and_before = re.compile(rf"(?<!\w)(?:{conj})[\s\u200c]*$")
        self.and_start = re.compile(rf"[\s\u200c]*(?:{conj})[\s\u200c]*")
        # «…، وأجرى ظريف … اتصالاً بلافروف»: a comma and a word joined to «and» may open a clause of its own
        self.comma_and = re.compile(rf"[,،][\s\u200c]*(?:{conj})(?=\w)") if not lex.verb_final else None
        self.pair_of_others = _word_rx(t["status"].get("pair_of_others", []),
                                       rf"[^.،,]*?(?<!\w)(?:{conj})?(?:{{}})(?!\w)")
        # between two countries a title of two names: «and», a comma, and a name after an adjective
        # («الروسي فلاديمير بوتين و»)
        self.pair_next = re.compile(rf"(?:[\s\u200c]+[^\s,،.:؛;]+){{0,3}}[\s\u200c]*"
                                    rf"(?:[,،][\s\u200c]*(?:(?:{conj})[\s\u200c]*)?|(?:{conj})[\s\u200c]*)")
        # (after the message word's suffix: «پیام‌هایی از …»)
        suffix = rf"(?:\u200c?(?:{alternation(suffixes)}))?" if suffixes else ""
        # «در پیامی به آیت‌الله خامنه‌ای», «برقية تهنئة إلى نظيره»: the party right after is the recipient
        to_words = t.get("to_words", [])
        # («رسالة … من روحاني إلى بوتين»: the one it is addressed to, after its author)
        self.addressed_after = _word_rx(to_words, r"[\s\u200c]*(?:{})[\s\u200c]+(?:[^\s]+[\s\u200c]+){0,2}$")
        self.message_recipient = re.compile(
            rf"{suffix}[\s\u200c]+(?:(?:[^\s]+[\s\u200c]+)?(?:{alternation(to_words)}))[\s\u200c]+") \
            if to_words else None
        # several messages, not one of several authors («پیام‌های رهبر انقلاب و رئیس‌جمهور», «رسالتين من …»)
        self.plural_messages = frozenset(canon(w) for w in t.get("plural_messages", []))
        plural_suffixes = t.get("plural_message_suffixes", [])
        self.plural_message_suffix = re.compile(rf"\u200c?(?:{alternation(plural_suffixes)})(?!\w)") \
            if plural_suffixes else None
        author = t.get("message_author_before", [])
        # (a word quoted may qualify the message before its author: «رسالة «مهمة» من الرئيس روحاني»)
        quoted = r"(?:«[^»]{1,20}»[\s\u200c]*)?"
        self.message_author = re.compile(rf"{suffix}[\s\u200c]*{quoted}(?:(?:{alternation(author)})[\s\u200c]+)*$"
                                         if author else rf"{suffix}[\s\u200c]*{quoted}$")
        # right after a party: a relative clause, running to the next comma
        # (a point inside an abbreviation, ه‍.ش, does not end it), or to the sentence's end where the verb
        # comes first («استقبل رئيسي … لافروف، الذي وصل إلى طهران مساء أمس.»; in Persian the main verb follows)
        end = r"[،,]" if lex.verb_final else r"(?:[،,]|(?=[.!?؟\n])|$)"
        self.relative_clause = _word_rx(t.get("relative_openers", []),
                                        r"[\s\u200c,،]*(?:{})(?!\w)(?:[^،,.!?؟\n]|\.(?=\S))*" + end)
        # what a cancelling word may cancel that is no contact («لغو تحریم‌ها», «إلغاء العقوبات»): right after it
        self.cancelled_object = _word_rx(t["status"].get("cancelled_objects", []),
                                         r"[\s\u200c]+(?:{})(?!\w)")
        # anywhere: a relative clause about anything («توافق ژنو که ۳ آذر … حاصل شد،»), to the next comma or
        # the sentence's end
        # (in a verb-final language a clause without its comma would swallow the main verb: «… که قرار بود
        # ۱۰ خرداد برگزار شود لغو شد»; the status reads only the comma-closed ones in every language)
        clause = r"(?<!\w)(?:{})(?!\w)(?:[^،,.!?؟\n]|\.(?=\S))*"
        self.comma_relative_clause = _word_rx(t.get("relative_openers", []), clause + "[،,]")
        self.any_relative_clause = _word_rx(t.get("relative_openers", []), clause + r"(?:[،,]|(?=[.!?؟\n])|$)")
        self.verb_final = lex.verb_final
        # (the title may carry a proclitic: المبعوث الخاص للرئيس الروسي)
        proclitic = f"(?:{alternation(clitics)})?" if clitics else ""
        # («مراسم تشييع الرئيس الإيراني الشهيد السيد إبراهيم رئيسي»: the one mourned is no party)
        # (within the sentence: «… به شهادت رسید. احمدیان و شویگو …» mourns no one in the next one)
        self.mourned_before = _word_rx(t.get("mourned_before", []),
                                       rf"(?<!\w){proclitic}(?:{{}})(?:[\s\u200c]+{WORD_IN_SENTENCE}){{0,2}}[\s\u200c]+$")
        # events whose date a date right after is (a killing, a crash): never a contact's
        self.event_before = _word_rx(t.get("events", []), rf"(?<!\w){proclitic}(?:{{}})(?!\w)")
        self.starting_from_before = _word_rx(t.get("starting_from", []), RIGHT_BEFORE)
        self.in_force = _word_rx(t.get("in_force", []), rf"(?<!\w){proclitic}(?:{{}})(?!\w)")
        self.counted_from = _word_rx(t.get("counted_from", []), rf"(?<!\w){proclitic}(?:{{}})[\s\u200c]+$")
        # (and the years a document is for: «برنامه رایزنی‌ها برای سال ۲۰۲۱», «خطة المشاورات لعام 2021», the «for»
        # written apart or glued to the date)
        self.period_for_before = _word_rx(t.get("period_for", []), RIGHT_BEFORE)
        self.period_for_glued = _word_rx(t.get("period_for_glued", []), r"(?:{})(?!\w)")
        # (nor the one whose taking office is the time told: «منذ تولي الرئيس حسن روحاني منصبه»)
        self.predecessor_before = _word_rx(t.get("predecessor_before", []) + t.get("office_taken_before", []),
                                           rf"(?<!\w){proclitic}(?:{{}})(?:[\s\u200c]+{WORD_IN_SENTENCE}){{0,2}}[\s\u200c]+$")
        # («رئیس‌جمهور منتخب», «الرئيس المنتخب»: the one elected, not the office holder of the day)
        self.not_holder_after = _word_rx(t.get("not_holder_after", []), r"[\s\u200c]+(?:{})(?!\w)")
        self.subordinate_before = _word_rx(t.get("subordinate_before", []),
                                           rf"(?<!\w){proclitic}(?:{{}})[\s\u200c]+{proclitic}$")
        # a topic word, then at most three words, then the name
        self.topic_before = _word_rx(t.get("topic_before", []), rf"(?<!\w)(?:{{}})(?:[\s\u200c]+{WORD_IN_SENTENCE}){{0,3}}[\s\u200c]+$")
        self.topic_of_talks = _word_rx(t["status"].get("topic_of_talks", []), rf"(?<!\w){proclitic}(?:{{}})(?!\w)")
        # «سيزور طهران بعد عيد الفطر», «قبل نهاية العام الجاري»: a contact to come after or before a day, not on it
        self.bound_of_a_day = _word_rx(t["status"].get("bound_of_a_day", []), rf"(?<!\w){proclitic}(?:{{}})[\s\u200c]+$")
        self.bound_word = _word_rx(t["status"].get("bound_of_a_day", []), rf"(?<!\w){proclitic}(?:{{}})(?!\w)")
        # («نخستین دیدار … پس از …», «اللقاء الأول … بعد …»: the first or last of a series after or before a day)
        self.first_or_last_before = _word_rx(t["status"].get("first_or_last", []),
                                             rf"(?<!\w){proclitic}(?:{{}})[\s\u200c]+$")
        self.first_or_last_after = _word_rx(t["status"].get("first_or_last_after", []), r"[\s\u200c]+(?:{})(?!\w)")
        self.series_date_preposition = _word_rx(t["status"].get("series_date_preposition", []),
                                                rf"(?<!\w){proclitic}(?:{{}})[\s\u200c]+$")
        self.time_of_day = re.compile(lex["time_of_day"].rx()) if lex["time_of_day"].pattern else None
        self.clause_mark = re.compile(f"[{re.escape(CLAUSE_MARKS)}]")
        self.with_word = _word_rx(t.get("with_words", []), rf"(?<!\w){proclitic}(?:{{}})(?!\w)")
        before = t["places"].get("before", {})
        city = rf"(?:{GAP0}(?:{alternation(before['city'])}))?" if before.get("city") else ""
        self.place_before = _word_rx(before.get("words", []), rf"(?<!\w)(?:{{}}){city}{GAP0}$")
        self.place_at = _word_rx(before.get("at", []), rf"(?<!\w)(?:{{}}){city}{GAP0}$")
        self.place_from = _word_rx(before.get("from", []), rf"(?<!\w)(?:{{}}){city}{GAP0}$")
        self.place_to = _word_rx(before.get("to", []), rf"(?<!\w)(?:{{}}){city}{GAP0}$")
        # (an ambassador's post, two words between at most: «السفير الروسي لدى أنقرة», «سفیر ایران در آنکارا»)
        self.place_post = _word_rx(before.get("post", []),
                                   rf"(?<!\w)(?:{{}})(?:[\s\u200c]+{WORD_IN_SENTENCE}){{0,2}}[\s\u200c]+"
                                   rf"(?:{alternation(before.get('words', ['-']))}){city}{GAP0}$")
        self.to_word_next = _word_rx(t.get("to_words", []), rf"{GAP0}(?:{{}})(?!\w)")
        self.contacts = _Words([(s, kind) for kind, spellings in t["contacts"].items() for s in spellings],
                               clitic_rx, clitics, word_end)
        homographs = t.get("contact_words_not_after", {})
        self.homographs = frozenset(canon(w) for w in homographs.get("words", []))
        # contact words that say whose contact it was («عقب لقائه …»: his, the speaker's)
        self.own_contact = frozenset(canon(w) for w in t["status"].get("own_contact", []))
        # the openers of a reported clause whose subject is the speaker («… أنه سيلتقي …»): at the clause's start
        self.speaker_subject = _word_rx(t["status"].get("speaker_subject", []), r"(?<!\w)(?:{})[\s\u200c]*$")
        # contact words that say it was the pair's («بعد لقائهما في عشق آباد»: the two the sentence names)
        self.their_contact = frozenset(canon(w) for w in t["status"].get("their_contact", []))
        # the pair words that name ministers («دو وزیر», «الوزيران»): never a pair of heads of state
        self.pair_ministers = frozenset(canon(w) for w in t["status"].get("pair_ministers", []))
        self.homograph_before = _word_rx(homographs.get("after", []), RIGHT_BEFORE)
        self.homograph_unless_next = _word_rx(homographs.get("unless_next", []), r"[\s\u200c]+(?:{})(?!\w)")
        # (and the words that follow a signing word that signs no agreement: «وقع … مرسوما», «با امضای فرمانی»)
        self.decree_words = _word_rx(homographs.get("before", []), r"(?<!\w)(?:{})(?!\w)")
        status = t["status"]
        self.status = {key: _Words([(s, key) for s in status.get(key, [])], clitic_rx, clitics, word_end)
                       for key in ("planned", "cancelled", "earlier", "participation",
                                   "not_contact", "denied", "source_after", "additive", "witness", "route",
                                   "follow_up", "separately", "no_contact", "then", "occasion", "ratified",
                                   "handed_over", "invitation", "hope", "recalled", "recalled_relative",
                                   "recalled_documents", "recalled_year", "multilateral", "both_countries", "but",
                                   "during_visit", "occasion_told_before", "postponed", "call_for", "message_content", "at_invitation",
                                   "drafted", "next_day")}
        # «the two sides» (role None), «the two presidents» (the office they name)
        self.status["pair"] = _Words([(s, None) for s in status.get("pair", [])]
                                     + [(s, role) for role, forms in status.get("pair_roles", {}).items()
                                        for s in forms], clitic_rx, clitics, word_end)
        # the «that» after a reporting verb: what is said begins after it (the speaker stands before it)
        self.clause_opener = re.compile(lex["clause_opener"].rx()) if lex["clause_opener"] else None
        # the reporting verbs of the language table, which bound the tense of a clause too
        self.status["reporting"] = _Words([(s, "reporting") for s in lex["reporting_verb"].forms], clitic_rx, clitics,
                                          word_end)
        self.status["signed"] = _Words([(s, "signed") for s in t.get("signed", [])], clitic_rx, clitics, word_end)
        self.death = _word_rx(t["status"].get("death", []), r"(?<!\w)(?:{})(?!\w)")
        self.route_joiners = frozenset(canon(w) for w in t["status"].get("route_joiners", []))
        # continuation markers, each with the kind of contact it names ("any" for وی, او)
        continuation = dict(t.get("continuation", {}))
        not_after = continuation.pop("not_after", [])
        self.occasion_before = _word_rx(not_after, RIGHT_BEFORE)
        # («پیش از امضای معاهده», «بعد توقيع الاتفاق»: a signing named as the time of another contact)
        self.time_before = _word_rx(not_after, rf"(?<!\w){proclitic}(?:{{}})[\s\u200c]+$")
        # «روحانی پیش از دیدار با پوتین، عصر دوشنبه با مدودف دیدار کرده بود»: the person of another
        # contact, named as its time
        # (or the place of a trip: «پیش از سفر به مسکو، … در وین با … دیدار کرده بود»)
        meeting_words = [w for kind, forms in t["contacts"].items() if kind in ("meeting", "talks", "visit", "summit")
                         for w in forms]
        with_words = t.get("with_words", []) + t.get("to_words", [])
        article = f"(?:{re.escape(lex.article)})?" if lex.article else ""

        def told_as_time(between: str = "", article: str = "") -> str:
            return rf"(?<!\w){proclitic}(?:{alternation(not_after)})[\s\u200c]+{between}{proclitic}" \
                   rf"{article}(?:{alternation(meeting_words)})"
        # «… وبعد زيارة سلفه إلى طهران في نونبر 2022»: another contact told as a time, to the next comma
        # («قبيل جولة المحادثات … المقررة في موسكو يومي 18 و19 يونيو»: a word, the article may stand between)
        far = told_as_time(r"(?:\w+[\s\u200c]+)?", article)
        self.other_contact_phrase = re.compile(rf"{far}(?!\w)[^,،;؛]*") if not_after else None
        # («وبعد زيارة سلفه نيكولاي باتروشيف»: a word or two between)
        self.other_contact_before = re.compile(
            rf"{told_as_time()}[\s\u200c]+(?:(?:{alternation(with_words)})[\s\u200c]*)?(?:\S+[\s\u200c]+){{0,2}}$") \
            if not_after and with_words else None
        self.status["continuation"] = _Words([(s, kind) for kind, forms in continuation.items()
                                              for s in forms], clitic_rx, clitics, word_end)
        # a title of two followed by both countries names both office holders («الرئيسان الروسي والإيراني»)
        self.pair_titles = _Words([(s, role) for role, forms in t.get("pair_titles", {}).items() for s in forms],
                                  clitic_rx, clitics, word_end)
        self.adjectives = _Words([(s, country) for country, forms in t.get("country_adjectives", {}).items()
                                  for s in forms], clitic_rx, clitics, word_end)
        every = [self.parties, self.places, self.contacts, self.pair_titles, self.adjectives, *self.status.values()]
        self.heads = frozenset().union(*(w.heads for w in every))
        self.keys = frozenset().union(*(w.keys for w in every))

    def scan(self, text: str, spans: list[tuple[int, int]], cleaned: CleanText | None = None) -> Scan:
        """The vocabulary found in one document, split into sentences at ``spans`` (``cleaned``:
        the original, when ``text`` is its cleaned copy)."""
        return Scan(self, text, spans, cleaned)


# a word, not one that ends a sentence
WORD_IN_SENTENCE = r"[^\s.!?؟;؛]+"
# one of the words, then the spaces before the position it is tested at
RIGHT_BEFORE = r"(?<!\w)(?:{})[\s\u200c]+$"
IN_FORCE_REACH = 40  # characters between a date and an in-force word («… حيز التنفيذ في», «… لازم‌الاجرا شده»)
IN_FORCE_WORDS = 3  # words at most between them («ستدخل حيز التنفيذ في الثاني من أكتوبر»)
COUNTED_FROM_REACH = 40  # characters: «بعد ساعات قليلة من» right before a contact word
DECREE_BEFORE = 15  # characters before it («المرسوم الذي وقعه»)
DECREE_REACH = 50  # characters after a signing word where the decree it signs may stand («وقّع بوتين أمس الاثنين مرسوما»)


def _word_rx(words: list[str], template: str) -> re.Pattern | None:
    """``template`` with ``{}`` replaced by the words' variant-tolerant alternation, compiled; None if
    the table lists no words."""
    return re.compile(template.replace("{}", alternation(words))) if words else None


@lru_cache(maxsize=None)
def contact_words(code: str) -> ContactWords:
    return ContactWords(code)


# ---------------------------------------------------------------------------------------------
# sentences
# ---------------------------------------------------------------------------------------------

# a sentence ends at . ! ? ؟ or a line break; a dot between digits or after a one-letter
# abbreviation (ه.ش) does not end one
# (the pattern starts with one character class, so the regex engine skips to those characters fast)
_SENTENCE_END = re.compile(r"[.!?؟\n](?:(?<=\n)\n*|(?<=[^\W\d_]{2}[.!?؟])(?=\s|[^\W\d_]|$)|(?<=[^\W\d_][!?؟])"
                           r"|(?<=[.])(?=\s))")


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, trimmed of surrounding space."""
    out = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() == "." and _inside_number(text, m.start()):
            continue
        _add_sentence(text, start, m.end(), out)
        start = m.end()
    _add_sentence(text, start, len(text), out)
    return out


def _inside_number(text: str, dot: int) -> bool:
    """Is the dot at ``dot`` a separator between digits (``05. 08 . 2024``), spaces allowed?"""
    before = text[max(0, dot - 3):dot].rstrip()
    after = text[dot + 1:dot + 4].lstrip()
    return bool(before) and bool(after) and before[-1].isdigit() and after[0].isdigit()


MAX_SENTENCE = 1200  # characters: a page with no full stops is cut at spaces, not read as one sentence


def _add_sentence(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = start + MAX_SENTENCE if cut < 0 else cut
        _add_sentence(text, start, cut, out)
        start = cut
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


# ---------------------------------------------------------------------------------------------
# contacts
# ---------------------------------------------------------------------------------------------

@dataclass(slots=True)
class Contact:
    """One report of a Russia–Iran contact, from one sentence of one document."""

    doc: str
    evidence: str
    start: int  # the evidence sentence in the document
    end: int
    type: str
    status: str
    russia_ids: tuple[str, ...]
    iran_ids: tuple[str, ...]
    actors_raw: tuple[str, ...]
    place: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    precision: str | None = None
    date_basis: str = "unknown"
    date_note: str = ""
    date_text: str = ""
    reported_on: dt.date | None = None
    published: dt.date | None = None
    confidence: float = 0.5

    @property
    def family(self) -> str:
        return FAMILIES[self.type]


def find_contacts(text: str, mentions: list[DateMention], doc: str = "", published: dt.date | None = None,
                  lang: str | None = None, document_date: tuple[dt.date | None, str | None] | None = None
                  ) -> list[Contact]:
    """The Russia–Iran contacts a document reports: one per reporting sentence (two when a
    sentence reports a signing at a meeting or by video link, or a message carried to a meeting).

    ``mentions`` are the document's date mentions (``find_dates``); ``document_date`` is the date
    the document is read against and where it came from (publication, header), for contacts that
    state no date.
    """
    from .lexicon import detect_language

    code = lang or detect_language(text)
    headline_end = _headline_end(text)  # (an offset into the original, as the contacts' own are)
    # matching runs on the text without marks (اتصالاً, وقّع), tatweel and bidi controls; ZWNJ stays
    # (it tells پیام‌های from the reporting verb in گفت‌وگو)
    cleaned: CleanText | None = clean(text, keep_zwnj=True)
    if cleaned.text is text:
        cleaned = None
    else:
        text = cleaned.text
        mentions = [replace(m, start=cleaned.to_clean(m.start), end=cleaned.to_clean(m.end)) for m in mentions]
    spans = sentences(text)
    words = contact_words(code).scan(text, spans, cleaned)
    g = grammar(code)
    doc_date, doc_basis = document_date or (published, "publication-date" if published else None)
    if published is None and doc_basis == "publication-date":
        published = doc_date  # a leading "date" line
    # the people the document names (a title resolves to one of them first); _parties never
    # drops a person, so the matches say it without its checks
    named = {payload[2] for *_x, payload in words.parties.find(0, len(text)) if payload[2]}
    reading = _Document(text, words, g, mentions, doc, published, doc_date, doc_basis, named)
    found: list[Contact] = []
    recent: list[tuple[int, Contact]] = []  # contacts of the last sentences, for continuations
    pair: Contact | None = None  # the last contact between named people: «the two presidents»
    told_in_sentence: list[Contact] = []  # the contacts of the sentence being read, all its parts
    links = _related_links(text, words.words.related_headings)
    tags = _tag_lists(text, words.words.tag_headings)
    # (a day of its own: not a message's occasion, «به مناسبت ۲۲ بهمن»)
    for index, s0, s1, part in _parts(words, spans, lambda a, b: any(not words.named_as_occasion(m.start)
                                                                      for m in reading.mentions_in(a, b))):
        if _inside(s0, links):
            continue  # the headline of another article, dated by its own publication: that article's
        s0 = next((b for a, b in tags if a <= s0 < b), s0)  # (a page's tags are topics: read what follows them)
        if s0 >= s1:
            continue
        cues = words.contacts.find(s0, s1)
        if not cues and not words.status["participation"].search(s0, s1):
            continue
        if _about_sport(words, s0, s1, cues, reading.parties(s0, s1)) or words.status["denied"].search(s0, s1):
            continue  # a football match between the two countries, a denied meeting: no contact
        if cues and words.status["ratified"].search(s0, s1) and (
                all(k == "agreement_document" for *_x, k in cues)
                or all(k in ("agreement", "agreement_document") for *_x, k in cues)
                and not _people_of_both(reading.parties(s0, s1)) and not words.status["signed"].search(s0, s1)):
            continue  # a parliament ratifying the treaty, a president signing the law: no contact between the two
        if cues and all(k in ("agreement", "agreement_document") for *_x, k in cues) \
                and words.status["drafted"].search(s0, s1) and not words.status["signed"].search(s0, s1):
            continue  # (a document's text finalized: «متن معاهده … قرار است تا پایان سال ۲۰۲۴ میلادی نهایی شود»)
        parties = reading.parties(s0, s1)
        found_cues, cues = cues, _contact_words(cues, parties, words, s0, s1)
        parties = _without_owners_of_purposes(words, parties, [c for c in found_cues if c not in cues])
        if cues and all(_addressed_to_a_third(words, c, parties, s1) for c in cues):
            continue  # (a call with another country's minister: «أجرى لافروف اتصالاً هاتفياً بنظيره الأمريكي …»)
        if {k for *_x, k in cues} <= {"visit", "summit"}:
            # "both invited to visit": the gatherings named just before, not a visit to each other
            gatherings = _gathering_contacts(index, spans, text, parties, words, g, reading.mentions_in, doc, published,
                                             named)
            if gatherings:
                found += gatherings
                pair = next((c for c in reversed(gatherings) if _names_a_person(c.russia_ids)
                             and _names_a_person(c.iran_ids)), pair)
                continue
        recent = [(i, c) for i, c in recent if index - i <= 2]
        last = pair or (found[-1] if found else None)
        if last is not None and not _ministers(last) and any(
                canon(w) in words.words.pair_ministers for _s, _e, w, _k in words.status["pair"].find(s0, s1)):
            # («دو وزیر» after a minister's meeting with a governor: the two ministers told before)
            last = next((c for c in reversed(found) if _ministers(c) and _names_a_person(c.russia_ids)
                         and _names_a_person(c.iran_ids)), last)
        told = _read_sentence(reading, s0, s1, parties, cues, recent, index, last, part)
        earlier_parts = told_in_sentence if part == CLAUSE else []
        told_in_sentence = told_in_sentence + told if part is not None else told
        for contact in told:
            # («این سند را … و … امضا کردند»: the people who signed the document just reported, on its day)
            if contact.date_note == DOCUMENT_DATE_NOTE and (words.on_the_occasion(s0, s1)
                                                           or words.status["continuation"].search(s0, s1)
                                                           or _same_people_just_before(contact, recent, index)
                                                           or g.in_past_perfect(text, s0, s1)):
                # («وكان بوتين قد التقى …» with no day of its own: not after the story it is told in)
                _date_of_occasion(contact, _occasions_for(recent, spans, index, text, words, g, reading.mentions_in))
            elif contact.date_note == PLANNED_UNDATED_NOTE:
                _date_of_visit(contact, [(i, c) for i, c in recent if i >= index - 1])
                _day_of_the_plan(contact, reading, spans, index, s0, s1)
            if contact.date_note == DOCUMENT_DATE_NOTE:
                _day_of_the_story(contact, reading, spans, index, s0)
            found.append(contact)
            recent.append((index, contact))
            if _names_a_person(contact.russia_ids) and _names_a_person(contact.iran_ids) and contact.status != CANCELLED:
                pair = contact  # (not a meeting called off: «وأُلغي لقاء … بين باقري كني وسلوتسكي … واتفق الجانبان»)
        _one_occasion(told)
        if earlier_parts:  # «التقى قاليباف … فولودين أمس، وسلّمه رسالة …»: a later part, the day of an earlier one
            # (where the verb comes last, an earlier part shares the later one's verb and day: «پوتین با ارسال پیامی به
            # روحانی و لاوروف در تماسی تلفنی با ظریف، روز گذشته … تسلیت گفتند»)
            _one_occasion(earlier_parts + told, after=0 if words.words.verb_final else len(earlier_parts))
            if _opens_the_next_day(words, s0, s1):
                for contact in told:
                    _on_the_next_day(contact)
            _same_day_as_an_earlier_part(told, earlier_parts, reading.mentions_in(s0, s1))
        found += _contacts_told_as_times(reading, s0, s1, cues, index, recent)
    found += [c for s0, s1 in spans if not _inside(s0, links) for c in _recalled_agreements(reading, s0, s1, found)]
    return _without_headline_repeats([c for c in found if not _after_a_death(c, words.words)], headline_end)


def _after_a_death(contact: Contact, words: "ContactWords") -> bool:
    """Is the contact dated on or after the day one of its people died?  Others on their side stay its parties and
    the dead one was what it was about («… بوفاة الرئيس إبراهيم رئيسي»); alone on a side, on a day the
    text states or in a sentence that tells a death, it is no contact («بحث لافروف مع بومبيو … اغتيال
    قاسم سليماني»); alone on a side, on the day of the document or of the story, it happened earlier, on
    a day not told («وكان بوتين قد التقى رئيسي …»).  True: drop it."""
    if contact.status != OCCURRED or contact.date_start is None:
        return False
    people = actors()[0]
    dead = {i: people[i] for i in contact.russia_ids + contact.iran_ids
            if i in people and people[i].died and people[i].died <= contact.date_start}
    if not dead:
        return False
    russia = tuple(i for i in contact.russia_ids if i not in dead)
    iran = tuple(i for i in contact.iran_ids if i not in dead)
    if russia and iran:
        contact.russia_ids, contact.iran_ids = russia, iran
        return False
    if contact.date_note not in (DOCUMENT_DATE_NOTE, OCCASION_DATE_NOTE) \
            or words.death is not None and words.death.search(contact.evidence):
        return True
    first = min(dead.values(), key=lambda a: a.died)
    contact.date_start = contact.date_end = contact.precision = None
    contact.date_basis, contact.date_text = "unknown", ""
    contact.date_note = f"no date stated: before {first.name} died on {first.died.isoformat()}"
    return False


def _one_occasion(told: list[Contact], after: int = 0) -> None:
    """Contacts one sentence tells together («والتقى بوتين على هامش القمة روحاني، ووقّع وزراء البلدين بحضور
    الرئيسين …»): one with no date of its own (from ``after`` on: a later part of the sentence) is on the day
    another was given."""
    dated = next((c for c in told if c.date_start and c.date_note != DOCUMENT_DATE_NOTE and c.status == OCCURRED), None)
    if dated is None:
        return
    for contact in told[after:]:
        if contact.date_note == DOCUMENT_DATE_NOTE and contact.status == OCCURRED:
            _date_of_occasion(contact, [(0, dated)])


def _same_day_as_an_earlier_part(told: list[Contact], earlier: list[Contact], mentions: list[DateMention]) -> None:
    """A later part of a sentence dated «the same day» is on the day of the contact an earlier part told («بحث … مع
    لافروف أمس الأربعاء … الاتفاق … الذي وقع في 10 آذار، ثم التقى في اليوم نفسه فولودين»: Wednesday, not the 10th)."""
    dated = next((c for c in reversed(earlier) if c.date_start and c.date_note != DOCUMENT_DATE_NOTE
                  and c.precision == "day"), None)  # (the nearest part before that states a day)
    same_day = {(m.text, m.first) for m in mentions if m.rule == "same_day"}
    for contact in told if dated is not None else ():
        if (contact.date_text, contact.date_start) in same_day and contact.date_start != dated.date_start:
            text = contact.date_text
            _on_the_day_of(contact, dated)
            contact.date_text, contact.date_note = text, SAME_DAY_NOTE


def _contacts_told_as_times(d: "_Document", s0: int, s1: int, cues: list, index: int,
                            recent: list[tuple[int, "Contact"]]) -> list[Contact]:
    """A contact told, with a date of its own, as the time of another («این دومین دیدار … پس از سفر
    رئیسی به مسکو در ۲۹ دی است»): a contact too, on that date (read from its own word on)."""
    out = []
    for a, b in d.words.other_contact_phrases(s0, s1):
        own = d.words.contacts.find(a, b)
        if not cues or not own or a <= cues[0][0] < b or not any(m.first is not None for m in d.mentions_in(a, b)):
            continue  # (the sentence's own contact; a phrase with no day)
        a = own[0][0]
        parties = d.parties(a, b)
        if not parties and _bound_of_a_series(d, cues, a, b) \
                and not any(canon(w) in d.words.words.their_contact for _s, _e, w, k in own):
            continue  # («نخستین دیدار دو رئیس‌جمهور پس از مراسم تنفیذ ۱۲ مرداد»: where the series starts, no one's contact)
        theirs = all(k == "summit" or canon(w) in d.words.words.their_contact for _s, _e, w, k in own)
        # («هنأ بوتين … بزشكيان …، بعدما كان قد بعث إليه ببرقية تهنئة يوم السبت»: the two; not a trip naming no one,
        # «قبل أن يتوجه إلى روما … السبت», which goes elsewhere)
        unnamed = not parties and all(k != "visit" for *_x, k in own)
        # (a place right after their word is its venue too: «… بعد لقاءي موسكو في 17 يناير وتيانجين في …»)
        theirs_at = theirs and (_only_venues(d.words, parties) or _only_places(d.words, parties))
        if theirs_at or unnamed:
            # («… بعد قمة باكو التي عقدت في 8 آب 2016», «… بعد لقائهما في طهران في 19 تموز»: the sentence's two)
            sentence = d.parties(s0, s1)
            parties = [p for p in sentence if not _only_places(d.words, [p])] or sentence
        # («…، وذلك بعد محادثات أجراها في اليوم نفسه مع نظيره الروسي سيرغي لافروف»: «his counterpart» of the one the
        # sentence opens with)
        parties = parties + _subject_of_a_counterpart(d, s0, a, parties)
        # («…؛ این دیدار … پس از دیدارشان در تهران در ۲۸ تیر انجام شد»: the two just told)
        part = CLAUSE if theirs_at or unnamed else None
        out += [c for c in _read_sentence(d, a, b, parties, own, recent if part else [], index, part=part)
                if c.date_start is not None]
    return out


def _subject_of_a_counterpart(d: "_Document", s0: int, a: int, parties: list[Party]) -> list[Party]:
    """When a phrase names one side only, with «his counterpart» (نظيره, همتای خود), the first person of the other
    side the sentence names before it: whose counterpart that is (none when the phrase names both sides)."""
    countries = {p.country for p in parties if p.country in (RUSSIA, IRAN)}
    if len(countries) != 1 or not any(p.kind == "counterpart" for p in parties):
        return []
    other = IRAN if RUSSIA in countries else RUSSIA
    first = next((p for p in d.parties(s0, a) if p.country == other and p.kind == "person"), None)
    return [first] if first else []


def _bound_of_a_series(d: "_Document", cues: list, a: int, b: int) -> bool:
    """Is a dated phrase ``text[a:b]`` the day after or before which a contact word of the sentence is the
    first or last of its kind?"""
    return any(d.words.bound_of_a_series(c, m.start) for m in d.mentions_in(a, b) if m.first is not None
               for c in cues if c[1] <= a)


RECALLED_AFTER = 80  # characters from an agreement's word to the «signed» that recalls it
RECALLED_DATE_REACH = 45  # characters after that «signed» where its date may stand
RECALLED_BEFORE_NOW = 7  # days: a signing recalled ended at least this long before the document


def _recalled_agreements(d: "_Document", s0: int, s1: int, found: list[Contact]) -> list[Contact]:
    """Agreements a sentence recalls by the date they were signed («العقد الموقع مع طهران عام 2007», «معاهدة
    أسس العلاقات … الموقعة في 12 آذار/مارس 2001», «قراردادی که در سال ۲۰۰۷ میان دو کشور امضا شده بود»): each a
    contact on that date, between the sides the phrase names or else the two countries, when the sentence
    names one of them in a document about the two (one that reports a contact: ``found``), and no
    signing ``found`` is on that date."""
    words = d.words
    recalled = [m for k in ("recalled", "recalled_relative", "recalled_year") for m in words.status[k].find(s0, s1)]
    if not recalled or any(words.status[k].search(s0, s1) for k in ("not_contact", "ratified")):
        return []
    sentence = {p.country for p in d.parties(s0, s1)}
    both = words.status["pair"].search(s0, s1) or words.status["both_countries"].search(s0, s1)
    if not ({RUSSIA, IRAN} <= sentence or found and (sentence & {RUSSIA, IRAN} or both)):
        return []
    documents = words.documents(s0, s1)
    told = [c for c in found if c.family == "agreement" and c.date_start is not None]
    out: list[Contact] = []
    for fs, fe, _w, kind in sorted(recalled):
        document = next((c for c in reversed(documents) if c[1] <= fs and fs - c[1] <= RECALLED_AFTER), None)
        if document is None or kind == "recalled_relative" \
                and not any(document[1] <= a < fs for a, _b in words.relative_clauses(document[1], s1)):
            continue  # («… که … امضا شده بود»: the verb recalls the document only in a clause about it)
        if kind == "recalled_year" and not _few_words(d.text[document[1]:fs]):
            continue  # («معاهدة عام 2001»: the year right after the document's name)
        if words.status["multilateral"].search(document[0], fe):
            continue  # (the nuclear deal with the six powers is no agreement between the two)
        if words.event_of_a_document(document[0]):
            continue  # («إثر تجميد موسكو صفقة الصواريخ عام 2010»: the year of the freeze, not of a signing)
        mark = words.words.clause_mark.search(d.text, fe, min(s1, fe + RECALLED_DATE_REACH))
        reach = mark.start() if mark else min(s1, fe + RECALLED_DATE_REACH)
        if words.status["denied"].search(document[0], reach):
            continue  # (a signing denied)
        signed_on = _date_recalled(d, document[1], reach)
        if signed_on is None or any(c.date_start <= signed_on.last and signed_on.first <= (c.date_end or c.date_start)
                                    for c in told + out):
            continue  # (the sentence's own signing, or this one told twice)
        parties = d.parties(document[0], reach)
        if any(p.country not in (RUSSIA, IRAN) for p in parties):
            continue  # («اتفاق موسكو الموقع مع أنقرة»: with another country)
        out.append(_recalled_contact(d, s0, signed_on, parties, document[0], reach))
    return out


def _date_recalled(d: "_Document", start: int, end: int) -> DateMention | None:
    """The first date starting in ``text[start:end]`` well before the document date: the day of a signing recalled
    (it may end past ``end``: «… التي وقعها الرئيسان في موسكو في 17 يناير (كانون الثاني) الماضي»)."""
    now = d.published or d.doc_date
    for m in d.mentions_in(start, end + RECALLED_DATE_REACH):
        if m.start < end and m.first is not None and m.kind not in EXTRA_KINDS \
                and (now is None or m.last is not None and m.last <= cal.add_days(now, -RECALLED_BEFORE_NOW)):
            return m
    return None


def _recalled_contact(d: "_Document", s0: int, signed_on: DateMention, parties: list[Party], start: int,
                      end: int) -> Contact:
    """The contact of an agreement recalled by its date: the sides named, each country where none is."""
    # (a pair word names both sides' office: «التي وقعها الرئيسان في موسكو في 17 يناير» is the presidents then)
    role = next((k for _s, _e, _w, k in d.words.status["pair"].find(start, end) if k), None)
    def side(country: str) -> list[Party]:
        named = [p for p in parties if p.country == country]
        if role and not any(p.kind != "state" for p in named):
            return [Party(start, end, "", country, "title", role=role)]  # (not «في موسكو», the venue)
        return named or [Party(start, end, "", country, "state")]
    russia, iran = side(RUSSIA), side(IRAN)
    day = signed_on.first
    e0, e1 = d.words.sentence_of(s0)
    o0, o1 = d.words.original_span(e0, e1)
    contact = Contact(doc=d.doc, evidence=d.words.quote(e0, e1), start=o0, end=o1, type="agreement",
                      status=OCCURRED, russia_ids=_resolve_side(russia, iran, day, d.named),
                      iran_ids=_resolve_side(iran, russia, day, d.named),
                      actors_raw=_names_as_written(d.words, [p for p in parties if p.text]),
                      published=d.published, reported_on=d.published or d.doc_date)
    _dated_by(contact, signed_on, "the day an agreement recalled was signed")
    contact.confidence = _confidence(contact, russia, iran, None)
    return contact


STATUS_CONTEXT = 400  # characters around a contact's part its tense is read in, when some is blanked out
LINK_LINE_MAX = 160  # characters: a longer line after a «related news» heading is text again
HEADING_MAX = 40  # characters: a «related news» heading is no longer


def _heading_key(line: str) -> str:
    """A line as a heading is compared: letters folded, without the colon or bar that may end it."""
    return canon(line.strip().rstrip(":：|-–—").strip())


def _related_links(text: str, headings: frozenset[str]) -> list[tuple[int, int]]:
    """The lines that link to other articles: the short lines after a heading line («اخبار مرتبط»),
    and a line that starts with such a heading and a colon («اقرأ أيضاً: …»)."""
    links: list[tuple[int, int]] = []
    if not headings:
        return links
    listing = linked = False
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        heading = len(line) <= HEADING_MAX and _heading_key(line) in headings  # (a heading is short)
        if heading:
            listing, linked = True, False
            links.append((start, start + len(line)))
        elif listing and not line.strip():
            listing = not linked  # (a blank line after the links ends them)
        elif listing and len(line.strip()) <= LINK_LINE_MAX and line.strip()[-1] not in ".!?؟":
            links.append((start, start + len(line)))
            linked = True
        elif _colon_heading(line, headings):
            links.append((start, start + len(line)))
        elif line.strip():
            listing = False
    return links


def _colon_heading(line: str, headings: frozenset[str]) -> bool:
    """Does the line start with one of ``headings`` and a colon («اقرأ أيضاً: …», «برچسب‌ها: …»)?"""
    return ":" in line[:HEADING_MAX + 1] and _heading_key(line.split(":", 1)[0]) in headings


def _tag_lists(text: str, headings: frozenset[str]) -> list[tuple[int, int]]:
    """A page's tags after a heading and a colon («برچسب‌ها: روسیه، اجلاس خزر، پوتین»), up to a bar: topics, no contact."""
    spans: list[tuple[int, int]] = []
    if not headings:
        return spans
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if _colon_heading(line, headings):
            bar = line.find("|")
            spans.append((start, start + (bar if bar >= 0 else len(line))))
    return spans


OCCASION_REACH = 25  # characters from «on the occasion of» to the date it names
HEADLINE_MAX = 200  # characters: a longer first line is a paragraph, not a headline
HEADLINE_LINES = 3  # a date line, a kicker and a headline may stand above the body


def _headline_end(text: str) -> int:
    """Where the document's headline ends: its first lines (up to HEADLINE_LINES) while they are
    short, have no full stop of their own and text follows (0 when there is none)."""
    head = 0
    start = len(text) - len(text.lstrip())
    for _ in range(HEADLINE_LINES):
        end = text.find("\n", start)
        line = text[start:end].rstrip() if end > 0 else ""
        if not line or len(line) > HEADLINE_MAX or line[-1] in ".!?؟" or not text[end:].strip():
            break
        head, start = end, end + 1
    return head


def _without_headline_repeats(found: list[Contact], headline_end: int) -> list[Contact]:
    """A headline's contact that the body reports too (same kind, the same people or the headline naming a
    side by its country only) is the body's, which tells its day: when the headline has no date of its own,
    or one the body's contact shares («… ويلتقي لافروف اليوم»)."""
    if not headline_end:
        return found
    body = [c for c in found if c.start >= headline_end]

    def same_day(c: Contact, b: Contact) -> bool:
        return not c.date_text or c.date_start is not None and b.date_start is not None \
            and b.date_start <= (c.date_end or c.date_start) and c.date_start <= (b.date_end or b.date_start)

    def told_again(c: Contact) -> bool:
        return any(b.family == c.family and _same_side(c.russia_ids, b.russia_ids) and _same_side(c.iran_ids, b.iran_ids)
                   and same_day(c, b) for b in body)
    return [c for c in found if c.start >= headline_end or not told_again(c)]


def _same_side(headline: tuple[str, ...], body: tuple[str, ...]) -> bool:
    """Does a body contact's side hold the headline's (a side of a country only holds anyone)?"""
    return not _names_a_person(headline) or bool(set(headline) & set(body))


# the kinds of sentence part after a cut: a follow-up still to come and a clause of the same contact's
# people take the sides they do not name from the contact before; a clause after a semicolon does not
# («… به تهران سفر کرد؛ این سومین نشست سران … از نوامبر ۲۰۱۷ است» names no contact of its own)
FOLLOW_UP, CLAUSE, SEMICOLON = "follow-up", "clause", "semicolon"


PLAN_OPENS = 20  # characters after a verb and «and» in which a hope or plan word opens a clause of its own


def _parts(words: Scan, spans: list[tuple[int, int]],
           dated: Callable[[int, int], bool]) -> Iterator[tuple[int, int, int, str | None]]:
    """``(sentence index, start, end, part)`` of each sentence, or of its parts: a sentence is cut
    where contact words stand on both sides of a follow-up marker («التقى … شويغو، على أن يستقبله
    بوتين اليوم»: ``part`` FOLLOW_UP, a second contact still to come) or of a clause cut (a semicolon,
    «، وإن الوزيرين سيلتقيان», «، بعد لقائهما الأول …»: ``part`` CLAUSE or SEMICOLON).  ``part`` is
    None for a whole sentence or its first part; ``dated(start, end)`` says whether a stretch
    states a date."""
    clause_cuts = words.words.clause_cuts
    g = grammar(words.words.code)
    for index, (s0, s1) in enumerate(spans):
        cuts = [(s, FOLLOW_UP) for s, *_x in words.status["follow_up"].find(s0, s1)]
        # (a clause of its own subject, «…، فيما …», is a part of its own only when each side names both
        # countries' parties: «وعقد بوتين وروحاني اجتماعاً …، فيما التقى … لافروف وظريف»)
        breaks = words.words.clause_breaks
        for m in clause_cuts.finditer(words.text, s0, s1):
            if m.group()[0] in ";؛":
                cuts.append((m.start(), SEMICOLON))
            elif _cut_needs_a_contact(words, m) and not any(
                    c[0] < m.end() + CONTACT_AFTER_CUT and not words.words.gathering_event.search(words.text, m.end(), c[0])
                    for c in words.contacts.find(m.end(), s1)):
                # («، بعد ساعات من أدائه اليمين …»: «after» a time, not after another contact; «، عشية افتتاح القمة»:
                # on the eve of the summit's opening, the time of the meeting told before)
                continue
            elif breaks is None or not breaks.search(m.group()) or _cut_needs_a_contact(words, m):
                # (one before a contact word cuts whoever it names: «…، بعدما كانا قد بحثا هاتفيا في 15 تشرين الأول …»)
                cuts.append((m.start(), CLAUSE))
            elif (_both_sides(words, s0, m.start()) or words.status["pair"].search(s0, m.start())) \
                    and (_both_sides(words, m.start(), s1) or words.status["pair"].search(m.start(), s1)):
                # (or the pair named by a pair word: «هنأ بوتين روحاني في برقية …، قبل أن يجري الرئيسان أول اتصال …»)
                cuts.append((m.start(), SEMICOLON))
        # «… دیدار کرده بود و پوتین نیز ۱۶ تیر … تبریک گفته بود»: «and», a party, «also» open another contact
        cuts += [(cut, CLAUSE) for cut in _and_someone_also(words, s0, s1)]
        # («او روز چهارشنبه با لاوروف دیدار کرده بود و قرار است امروز با اوشاکوف گفت‌وگو کند»: a verb, «and»,
        # a clause with a day of its own, naming no side the first part does not)
        cut = g.clause_end_after(words.text, s0, s1)
        named = _countries(words, cut, s1) if cut is not None else set()
        # (or the day after the first, «… رایزنی کرد و روز بعد با بوگدانوف نیز دیدار کرد»)
        if cut is not None and dated(s0, cut) and (dated(cut, s1) or _opens_the_next_day(words, cut, s1)) \
                and named <= _countries(words, s0, cut) and (named or words.status["additive"].search(cut, s1)):
            cuts.append((cut, CLAUSE))  # (not when the clause names the other side: «… وارد کازان شد و قرار است … با پوتین دیدار کند»)
        # («… تبریک گفت و ابراز امیدواری کرد دو رئیس‌جمهور به زودی … دیدار کنند»: a verb, «and», a hope or a
        # plan right after it: what is hoped is a contact of its own, still to come)
        if cut is not None and _both_sides(words, s0, cut) and words.status["planned"].find(cut, min(s1, cut + PLAN_OPENS)):
            cuts.append((cut, CLAUSE))
        # («… با امضای بذرپاش و ساولیف نهایی شد و رئیسی و پوتین مراسم را … دنبال کردند»: a verb, «and», a new
        # subject, and each side of them names people of both countries: two contacts; not «… دیدار کرد و سپس …
        # با پوتین دیدار کرد», the same subject)
        if cut is not None and _opens_with_a_party(words, cut, s1) and _both_sides_named(words, s0, cut) \
                and _both_sides_named(words, cut, s1):
            cuts.append((cut, CLAUSE))
        # («وكان روحاني قد بعث … برقية إلى بوتين …، وأجرى ظريف في اليوم نفسه اتصالاً بلافروف»: each side of
        # «، و» + a contact word names both countries: two contacts)
        # (or the first names the two by a pair word: «وكان الرئيسان قد بحثا في اتصال هاتفي …، وأعرب بوتين عن أمله
        # بلقاء نظيره الإيراني …»)
        for m in words.words.comma_and.finditer(words.text, s0, s1) if words.words.comma_and else ():
            if (_both_sides_named(words, s0, m.start()) or words.status["pair"].search(s0, m.start())) \
                    and _both_sides_named(words, m.start(), s1):
                cuts.append((m.start(), CLAUSE))
            elif _both_sides_named(words, s0, m.start()) and _opens_with_a_report(words, s0, m.start(), m.end(), s1):
                # («أجرى رئيسي … محادثات مع … بوتين …، وأعلن … أوشاكوف أن البلدين سيوقعان قريباً المعاهدة»: a report
                # of its own, whose people are not the talks')
                cuts.append((m.start(), SEMICOLON))
        # («پوتین با ارسال پیامی به روحانی و لاوروف در تماسی تلفنی با ظریف … تسلیت گفتند»: «and», a new subject and a
        # contact word of its own, each side naming people of both countries: two contacts)
        # (two contact words at least, one each side of the cut: only then are the parties worth reading)
        named = _parties(words, words.text, s0, s1) if len(words.contacts.find(s0, s1)) > 1 else []
        for k, p in enumerate(named):
            # (of the other country than the party before «and»: not a list of one side's people, «با مخبر … و قالیباف»)
            if p.kind != "person" or k == 0 or named[k - 1].country in (p.country, OTHER):
                continue
            conj = words.words.and_before.search(words.text, max(s0, p.start - 6), p.start)
            if conj and any(c[0] - p.end <= NEW_SUBJECT_CUE for c in words.contacts.find(p.end, s1)) \
                    and _both_sides_named(words, s0, p.start) and _both_sides_named(words, p.start, s1):
                cuts.append((conj.start(), CLAUSE))
        # («وكان لافروف وظريف قد عقدا … ليل 23 تشرين الثاني لقاء ثنائيا، … ثم تحادثا هاتفيا في 3 كانون الأول»:
        # «then» and a contact word of its own, each side dated: two contacts of the same people)
        cuts += [(s, CLAUSE) for s, e, *_x in words.status["then"].find(s0, s1)
                 if _then_a_contact_of_its_own(words, s0, s, e, s1, dated)]
        # («أجرى ظريف … محادثات مع نظيره الروسي سيرغي لافروف، كما أجرى اتصالا هاتفيا بالرئيس فلاديمير بوتين»:
        # «also» after a comma, a contact word of another family and someone the part before did not name)
        cuts += [(s, CLAUSE) for s, e, *_x in words.status["additive"].find(s0, s1)
                 if _also_another_contact(words, s0, s, e, s1, dated)]
        # («… تأکید کردند و دو وزیر قرار است دو هفته دیگر … دیدار کنند»: a pair with a day of its own)
        cuts += [(s, CLAUSE) for s, *_x in words.status["pair"].find(s0, s1)
                 if words.words.and_before.search(words.text, max(s0, s - 8), s) and dated(s, s1)]
        start, part = s0, None
        for cut, kind in sorted(cuts):
            if cut > start and words.contacts.find(start, cut) and words.contacts.find(cut, s1):
                yield index, start, cut, part
                start, part = cut, kind
        yield index, start, s1, part


def _then_a_contact_of_its_own(words: Scan, s0: int, then: int, after: int, s1: int,
                               dated: Callable[[int, int], bool]) -> bool:
    """Does the «then» at ``then``–``after`` open a contact of its own: the part before it dated and naming
    people of both sides, a contact word of another family soon after it and a date in that word's clause
    («… لقاء ثنائيا، … ثم تحادثا هاتفيا في 3 كانون الأول»; not «ثم استقبله الرئيس …، وذلك بعد … اغتيال … فجر 31
    يوليو», a date of another event, nor «التقيا في 11 أكتوبر …، ثم في قازان … على هامش قمة بريكس», the same
    people meeting again)?"""
    cue = next((c for c in words.contacts.find(after, s1) if c[0] - after <= CONTACT_AFTER_CUT), None)
    if cue is None or not dated(s0, then) or not _both_sides_named(words, s0, then):
        return False
    if FAMILIES.get(cue[3]) in {FAMILIES.get(c[3]) for c in words.contacts.find(s0, then)}:
        return False
    return dated(after, _next_mark(words.text, ",،;؛", cue[1], s1))


def _also_another_contact(words: Scan, s0: int, also: int, after: int, s1: int,
                          dated: Callable[[int, int], bool]) -> bool:
    """Does the «also» at ``also``–``after``, right after a comma, open another contact: a contact word soon after
    it, and either a date of its own in its clause, the part before dated too and naming the pair («وكان الرئيسان
    قد التقيا في 12 سبتمبر …، كما عقدا أول لقاء بينهما في بيشكيك في 13 سبتمبر 2013»), or, the part before naming
    people of both sides, a word of another family and in its clause a person the part before did not name
    («…، كما أجرى اتصالا هاتفيا بالرئيس فلاديمير بوتين» after talks with Lavrov)?"""
    if not words.text[max(s0, also - 3):also].strip(" \u200c\u00a0").endswith((",", "،")):
        return False
    cue = next((c for c in words.contacts.find(after, s1) if c[0] - after <= CONTACT_AFTER_CUT), None)
    if cue is None:
        return False
    clause_end = _next_mark(words.text, ",،;؛", cue[1], s1)
    named_before = _both_sides_named(words, s0, also)
    if dated(s0, also) and dated(after, clause_end) and (named_before or words.status["pair"].search(s0, also)) \
            and not words.status["then"].search(also, after):  # (a «then» is read by its own rule)
        return True
    if not named_before or FAMILIES.get(cue[3]) in {FAMILIES.get(c[3]) for c in words.contacts.find(s0, also)}:
        return False
    before = _actors_named(words, s0, also)
    return any(p.kind == "person" and p.actor and p.actor not in before
               for p in _parties(words, words.text, after, clause_end))


NEW_SUBJECT_CUE = 30  # characters from a new subject after «and» to its own contact word («و لاوروف در تماسی تلفنی»)
CONTACT_AFTER_CUT = 45  # characters after a cut word like «بعد» where the contact word it needs stands


def _actors_named(words: Scan, start: int, end: int) -> set[str]:
    """The actors (people, offices) the parties of ``text[start:end]`` name."""
    return {p.actor for p in _parties(words, words.text, start, end) if p.actor}


def _opens_with_a_report(words: Scan, s0: int, cut: int, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with a reporting verb and a speaker the part before (from ``s0`` to ``cut``)
    does not name, a contact word after them («، وأعلن مساعد الرئيس الروسي يوري أوشاكوف أن البلدين سيوقعان …»; not
    «، وقال إن …», the same speaker, nor «، واتفق الرؤساء الثلاثة على …»)?"""
    said = words.status["reporting"].find(start, end)
    if not said or words.text[start:said[0][0]].strip(" \u200c\u00a0"):
        return False
    cue = next(iter(words.contacts.find(said[0][1], end)), None)
    if cue is None:
        return False
    before = _actors_named(words, s0, cut)
    return any(p.kind in ("person", "title") and p.actor not in before
               for p in _parties(words, words.text, said[0][1], cue[0]))



def _opens_the_next_day(words: Scan, start: int, end: int) -> bool:
    """Does the clause ``text[start:end]`` open with «the next day» («روز بعد», «في اليوم التالي»)?"""
    found = words.status["next_day"].find(start, end)
    return bool(found) and not words.text[start:found[0][0]].strip(" \u200c\u00a0,،")


def _cut_needs_a_contact(words: Scan, m: re.Match) -> bool:
    """Does the cut word matched (its comma included) open a part only before a contact word («، بعد لقائهما»)?"""
    needy = words.words.cuts_before_contact
    return bool(needy) and canon(m.group().lstrip(",، \u200c")) in needy


def _countries(words: Scan, start: int, end: int) -> set[str]:
    """The countries of the people and offices named in ``text[start:end]`` (not of places)."""
    return {payload[1] for *_x, payload in words.parties.find(start, end) if payload[0] != "state"}


def _and_someone_also(words: Scan, s0: int, s1: int) -> list[int]:
    """Where «and» stands before a party followed by «also» («و پوتین نیز», «كما» after «و» …)."""
    also = words.status["additive"].find(s0, s1)
    if not also:
        return []
    out = []
    parties = words.parties.find(s0, s1)
    # (or a pronoun: «… برگزار شده بود و آنان ۲ هفته پیش نیز تلفنی … گفت‌وگو کرده بودند»)
    pronouns = [(s, e, w, ("person",)) for s, e, w, k in words.status["continuation"].find(s0, s1) if k == "pronoun"]
    for a, *_x in also:
        before = [p for p in parties if p[1] <= a and not words.text[p[1]:a].strip(" \u200c\u00a0")] \
            + [p for p in pronouns if p[1] <= a and _near_enough(words.text[p[1]:a])]
        before.sort(key=lambda p: p[1])
        if not before or before[-1][3][0] not in ("person", "title"):
            continue  # (a company or a state: «گازپروم و شرکت ملی نفت نیز» is a list)
        start = before[-1][0]
        m = words.words.and_before.search(words.text, max(s0, start - 6), start)
        # (back to the first of the people listed: «… گفت‌وگو کردند و عباس عراقچی و سرگئی لاوروف نیز … امضا کردند»)
        while m is not None and m.start() > s0:
            listed = next((p for p in parties if p[1] <= m.start() and p[3][0] in ("person", "title")
                           and not words.text[p[1]:m.start()].strip(" \u200c\u00a0،,")), None)
            if listed is None:
                break
            m = words.words.and_before.search(words.text, max(s0, listed[0] - 6), listed[0])
        if m is None or m.start() <= s0:
            continue  # («پوتین و پزشکیان نیز»: two people of one report)
        out.append(m.start())
    return out


def _near_enough(gap: str) -> bool:
    """Is ``gap`` at most a few words (a time: «آنان ۲ هفته پیش نیز»), so that the «also» is the
    pronoun's?"""
    return len(gap.split()) <= 4


def _both_sides(words: Scan, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name a Russian and an Iranian party?"""
    countries = {payload[1] for *_x, payload in words.parties.find(start, end)}
    return {RUSSIA, IRAN} <= countries


def _about_sport(words: Scan, s0: int, s1: int, cues: list, parties: list[Party]) -> bool:
    """Is the sentence about a match, not a contact: a sport word in it, unless people of both sides are
    named and the word stands in another clause than the contact words, past a semicolon («… دیدار و سند
    همکاری ورزشی را امضا کردند؛ … تیم‌های فوتبال …»; but «دیدار فوتبال ایران و روسیه»)?"""
    people = _people_of_both(parties)
    for start, end, *_x in words.status["not_contact"].find(s0, s1):
        if not people:
            return True
        clause_start = max([s0] + [words.text.rfind(mark, s0, start) for mark in SEMICOLONS])
        clause_end = min([s1] + [i for i in (words.text.find(mark, end, s1) for mark in SEMICOLONS) if i >= 0])
        if not cues or any(clause_start <= c[0] < clause_end for c in cues):
            return True
    return False


def _people_of_both(parties: list[Party]) -> bool:
    """Do ``parties`` hold a person or office of each side (not only a parliament and a state)?"""
    return {RUSSIA, IRAN} <= {p.country for p in parties if p.kind != "state"}


def _pair_across_a_contrast(words: Scan, pairs: list, cues: list) -> bool:
    """Does a contrast break («فيما», «در حالی که») stand between every pair word and every contact word
    («واتفق الوزيران …، فيما كان وفد من حماس قد زار موسكو والتقى … بوغدانوف»: the pair is not the visit's)?"""
    return all(words.contrast_break(min(p[1], c[0]), max(p[1], c[0])) for p in pairs for c in cues)


def _opens_with_a_party(words: Scan, start: int, end: int) -> bool:
    """Does the clause ``text[start:end]`` open with a party, its subject (only spaces before it)?"""
    found = _parties(words, words.text, start, end)
    return bool(found) and not words.text[start:min(p.start for p in found)].strip()


def _both_sides_named(words: Scan, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name a Russian and an Iranian person or office that may be a party (not the one
    mourned: «نقل إليه تعازي بوتين باستشهاد الرئيس رئيسي», nor the one it is told according to: «…، وفق ما أعلن
    المتحدث باسم الكرملين …»)?"""
    # (not a source the stretch opens with: «به گزارش کیهان، ولادیمیر پوتین …»)
    source = [f for f in words.status["source_after"].find(start, end) if words.text[start:f[0]].strip()]
    end = source[0][0] if source else end
    return _both_sides(words, start, end) and _people_of_both(_parties(words, words.text, start, end))


def _same_people_just_before(contact: Contact, recent: list[tuple[int, Contact]], index: int) -> bool:
    """Did one of the two sentences just before report a contact of these same people that happened
    («استقبل بوتين … عراقجي أمس. … فيما نقل إليه عراقجي رسالة من المرشد»: the same occasion; a
    statement may stand between)?"""
    if contact.status != OCCURRED or not recent or recent[-1][0] < index - 2:
        return False
    before = recent[-1][1]
    people = actors()[0]
    sides = ((contact.russia_ids, before.russia_ids), (contact.iran_ids, before.iran_ids))
    shared = [set(a) & set(b) for a, b in sides]
    return before.status == OCCURRED and all(ids and any(i in people for i in ids) for ids in shared)


def _someone_new(side: list[Party], before: tuple[str, ...]) -> bool:
    """Does a side name a person other than the one the contact before names (not merely someone
    where it named only a country: «وارد مسکو شد. وی … با پوتین دیدار می‌کند» goes on)?"""
    people = actors()[0]
    named = [people[i] for i in before if i in people]
    if not named:
        return False
    return any(p.kind == "person" and p.actor and p.actor not in before
               or p.kind == "title" and p.role and not any(a.fits(p.role, None) for a in named) for p in side)


def _names_a_person(ids: tuple[str, ...]) -> bool:
    """Does a side's list of ids hold a person (not only a country)?"""
    people = actors()[0]
    return any(i in people for i in ids)


def _with_sides_of(contact: Contact, last: Contact, dated_here: bool, words: Scan, s0: int, s1: int,
                   new: bool = False, role: str | None = None) -> list[Contact]:
    """«دو رئیس‌جمهور …», «الرئيسان …», «وی …»: a contact whose unnamed sides are those of ``last`` —
    one of its own when the sentence dates it, reports another kind of contact or (``new``)
    names someone new (then on the same day as ``last``); else ``last`` going on, which adds no row.
    With the ``role`` a pair word names, a side of ``last`` whose people do not hold it on the day
    is that office's holder then (someone new)."""
    day = contact.date_start if dated_here else last.date_start
    sides = [contact.russia_ids if _names_a_person(contact.russia_ids) else  # a venue (في موسكو) is not the side
             _holder_side(last.russia_ids, RUSSIA, role, day),
             contact.iran_ids if _names_a_person(contact.iran_ids) else _holder_side(last.iran_ids, IRAN, role, day)]
    new = new or sides != [last.russia_ids, last.iran_ids] and not (
        _names_a_person(contact.russia_ids) or _names_a_person(contact.iran_ids))
    if not new and not dated_here and (contact.family == last.family or contact.type == "talks"):
        return []  # (talks, «وبحث الجانبان …», are what any contact holds)
    contact.russia_ids, contact.iran_ids = sides
    pair = words.status["pair"].find(s0, s1)
    contact.actors_raw = tuple(dict.fromkeys(contact.actors_raw + tuple(words.quote(s, e) for s, e, _w, _k in pair)))
    if not dated_here and (contact.date_note == DOCUMENT_DATE_NOTE or new and contact.date_start is None) \
            and not _planned_after(contact, last):
        _date_of_occasion(contact, [(0, last)])  # «وی قرار است … دیدار کند»: on this occasion
    contact.confidence = round(max(0.05, contact.confidence - 0.1), 2)
    return [contact]


def _planned_after(contact: Contact, last: Contact) -> bool:
    """Is ``contact`` still to come while ``last`` is over before the report («… ماه گذشته … دیدار کرده بود و
    قرار است دور بعدی گفت‌وگوها در مسکو برگزار شود»): not on its day?"""
    now = contact.published or contact.reported_on
    return contact.status == PLANNED and now is not None and last.date_end is not None and last.date_end < now


def _holder_side(ids: tuple[str, ...], country: str, role: str | None, day: dt.date | None) -> tuple[str, ...]:
    """A side taken from the contact before: its people, unless a pair word names an office
    (``role``) none of them holds on ``day`` — then who held it that day (when the tables know)."""
    people = actors()[0]
    if role is None or day is None or any(role in people[i].roles(day) for i in ids if i in people):
        return ids
    office = holder(country, role, day)
    return (office.id,) if office else ids


def _named_in_report(words: Scan, side: list[Party], content: int) -> list[Party]:
    """The parties of a side that the reported part names as people or titles (not the speaker
    before a reporting verb, not a venue)."""
    return [p for p in side if p.start >= content and not (p.kind == "state" and words.is_venue(p.start))]


def _date_of_visit(contact: Contact, recent: list[tuple[int, Contact]]) -> None:
    """«يصل بوتين إلى طهران اليوم الثلاثاء … ويلتقي بوتين المرشد …»: a planned contact with no date of
    its own, of someone whose visit still to come (or under way) was reported just before, is on the
    visit's days."""
    people = actors()[0]

    def coming(c: Contact) -> bool:
        now = c.published or c.reported_on
        return c.type == "visit" and c.date_end is not None and c.date_note != DOCUMENT_DATE_NOTE \
            and (c.status == PLANNED or now is not None and c.date_end >= now)
    own = {i for i in contact.russia_ids + contact.iran_ids if i in people}
    visit = next((c for _k, c in reversed(recent) if coming(c) and own & set(c.russia_ids + c.iran_ids)), None)
    if visit is not None:
        _date_of_occasion(contact, [(0, visit)])
        contact.date_note = "no date stated: the days of the visit reported just before"


def _occasions_for(recent: list[tuple[int, Contact]], spans: list[tuple[int, int]], index: int, text: str,
                   words: Scan, g, mentions_in: Callable[[int, int], list[DateMention]]) -> list[tuple[int, Contact]]:
    """The contacts just before that sentence ``index`` may be an occasion of: none told in the past
    perfect, or before one, when it is not («دو رئیس‌جمهور پیش از آن ۱۸ تیر ۹۴ … دیدار کرده بودند. ظریف و لاوروف نیز …
    دیداری کوتاه داشتند»: the background is over, the story is back on its own day)."""
    def background(i: int) -> bool:
        # (its own verb, not one of a relative clause: «… که … آمده بود، … دیدار کرد»; and a day of its own:
        # «پوتین پیش از این دیدار … گفت‌وگو کرده بود» is the same occasion)
        s0, s1 = spans[i]
        if not mentions_in(s0, s1):
            return False
        pieces, at = [], s0
        for a, b in words.relative_clauses(s0, s1, comma=True):
            pieces.append((at, a))
            at = b
        return any(g.in_past_perfect(text, a, b) for a, b in pieces + [(at, s1)])

    if background(index):
        return recent
    since = [i for i, _c in recent if background(i)]  # (none before the background either)
    return [(i, c) for i, c in recent if not since or i > max(since)]


STORY_DAY_REACH = 7  # days before the document date a story's «yesterday» («أمس», «the past Friday») may be
STORY_SENTENCES = 2  # sentences back where the day of the story is looked for
STORY_DAY_NOTE = "no date stated: the day of the events told just before"


def _day_of_the_story(contact: Contact, d: "_Document", spans: list[tuple[int, int]], index: int,
                      part_start: int) -> None:
    """«بدأ خبراء روس وإيرانيون أمس السبت تحميل الوقود … . وعقد صالحي وكيريينكو جلسة محادثات …»: a contact
    that happened, with no day of its own, told right after a sentence whose one day of the last week is
    before the document's («أمس», «the past Friday») is on that day, not on the document's."""
    if contact.status != OCCURRED or d.doc_date is None:
        return
    # (the sentence's part before the contact's first: «وزیران … روز سه‌شنبه … نشستی سه‌جانبه … برگزار کردند؛ ظریف پیش از
    # این نشست با لاوروف دیداری دوجانبه هم داشت»)
    before = [(spans[index][0], part_start)] if part_start > spans[index][0] else []
    for a, b in before + [spans[i] for i in range(index - 1, max(-1, index - 1 - STORY_SENTENCES), -1)]:
        told = [m for m in d.mentions_in(a, b) if m.first is not None and m.kind not in EXTRA_KINDS]
        if not told:
            continue
        # («وكان لافروف قد بحث … مساء أمس»: background, not the story's day; but only the clause of the day told:
        # «… روز چهارشنبه … برگزار شد و طالبان به آن دعوت نشده بودند»)
        told = [m for m in told if not d.g.tense(d.text, m.start, m.end)[1]]
        if not told:
            return
        # (not when the sentence names the document's own day too: «استقبل … صباح اليوم … لافروف، الذي وصل
        # … مساء أمس»: today's is the story, yesterday's a relative clause's)
        days = {m.first: m for m in told if m.first == m.last and 0 <= (d.doc_date - m.first).days <= STORY_DAY_REACH}
        # (a day told relative to the document, «أمس الثلاثاء», is the news's; a date written out beside it,
        # «… إعلان فوزه في انتخابات 12 يونيو», another event's)
        relative = {day: m for day, m in days.items() if m.kind == "relative"}
        days = relative or days
        if len(days) == 1 and d.doc_date not in days:
            m = next(iter(days.values()))
            contact.date_start = contact.date_end = m.first
            contact.precision, contact.date_basis, contact.date_text = "day", "narrative-date", m.text
            contact.date_note = STORY_DAY_NOTE
        return


PLAN_DAY_NOTE = "no date stated: the day of the occasion announced just before"


def _day_of_the_plan(contact: Contact, d: "_Document", spans: list[tuple[int, int]], index: int, s0: int, s1: int) -> None:
    """«… سيتوجه إلى طهران يوم الثلاثاء المقبل للمشاركة في القمة … . وأوضح مصدر أن بوتين سيعقد على هامش القمة
    محادثات مع …»: a planned contact with no day of its own, told at an occasion named again, is on the one day
    still to come that the sentence before tells, with a trip or a summit."""
    if contact.date_note != PLANNED_UNDATED_NOTE or index == 0 or d.doc_date is None \
            or not d.words.status["occasion_told_before"].search(s0, s1) \
            or not any(k in ("visit", "summit") for *_x, k in d.words.contacts.find(*spans[index - 1])):
        return
    told = [m for m in d.mentions_in(*spans[index - 1]) if m.first is not None and m.kind not in EXTRA_KINDS]
    coming = {(m.first, m.last): m for m in told if m.first > d.doc_date}
    if len(coming) == 1:
        _dated_by(contact, next(iter(coming.values())), PLAN_DAY_NOTE)
        contact.date_basis = "narrative-date"


def _on_the_next_day(contact: Contact) -> None:
    """A contact dated by the one before it in its sentence, told «the next day», is on the day after that one's."""
    if contact.date_note != OCCASION_DATE_NOTE or contact.precision != "day" or contact.date_start is None:
        return
    contact.date_start += dt.timedelta(days=1)
    contact.date_end = contact.date_start
    contact.date_note = NEXT_DAY_NOTE


NEXT_DAY_NOTE = "no date stated: the day after the contact reported just before"
SAME_DAY_NOTE = "«the same day»: the day of the contact an earlier part of the sentence told"
DAY_AFTER_NOTE = "«the next day»: the day after the date told just before it"


def _the_day_after_the_one_told(contact: Contact, event_dates: list[DateMention], words: Scan,
                                day_before: Callable[[int], dt.date | None]) -> None:
    """A contact dated «the next day» («والتقى … في اليوم التالي …», read by the date tagger as the day after the
    document date) is on the day after the date the story told just before it («… أول أمس …», «في 19 أيار»)."""
    m = next((m for m in event_dates if m.text == contact.date_text and m.first == contact.date_start), None)
    if m is None or not _told_as_the_next_day(words, m):
        return
    anchor = day_before(m.start)
    if anchor is None:
        return
    contact.date_start = contact.date_end = anchor + dt.timedelta(days=1)
    contact.precision, contact.date_basis, contact.date_note = "day", "narrative-date", DAY_AFTER_NOTE


def _told_as_the_next_day(words: Scan, m: DateMention) -> bool:
    """Is the date mention ``m`` «the next day» («في اليوم التالي»)?"""
    return any(e == m.end for _s, e, *_x in words.status["next_day"].find(max(0, m.start - 4), m.end))


def _date_of_occasion(contact: Contact, recent: list[tuple[int, Contact]]) -> None:
    """"Also met …" with no date of its own: the day of the last contact reported just before."""
    dated = next((c for _i, c in reversed(recent) if c.date_start and c.date_note != DOCUMENT_DATE_NOTE
                  and (contact.status != OCCURRED or c.status == OCCURRED)), None)  # (what happened: not a plan's day)
    if dated is None:
        return
    contact.date_start, contact.date_end, contact.precision = dated.date_start, dated.date_end, dated.precision
    contact.date_basis = "narrative-date"
    contact.date_note = OCCASION_DATE_NOTE
    contact.date_text = dated.date_text


def _parties(words: Scan, text: str, start: int, end: int) -> list[Party]:
    """The parties named in ``text[start:end]``: a title with no country followed by another
    country's name is that country's (وزیر خارجه عربستان, رئیس‌جمهور ترکیه), and a state named as a topic
    (درباره برنامه هسته‌ای ایران, حول الملف النووي الإيراني) is no party, and a title after
    "deputy" (معاون, نائب) is the country's, not the office holder's."""
    found = [Party(s, e, w, payload[1], payload[0], payload[2], payload[3])
             for s, e, w, payload in words.parties.find(start, end)]
    found = _pair_titles(words, text, found, start, end)
    out: list[Party] = []
    mourned: Party | None = None
    superior: Party | None = None  # the last title named as someone's superior (معاون …, مستشار …)
    for i, p in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if p.kind == "title" and nxt is not None and nxt.kind == "state" and nxt.country != p.country \
                and canon(p.text) in words.words.bare_titles and not text[p.end:nxt.start].strip(" \u200c\u00a0"):
            p = Party(p.start, p.end, p.text, nxt.country, p.kind)
        if p.kind == "state" and (words.topic_before(p.start) or words.origin_of_a_trip(p.start, p.end)):
            continue
        if _apposition_of_other_country(words, text, out[-1] if out else None, p):
            continue  # («با سرگئی لاوروف، وزیر امور خارجه، …»: Lavrov's title, not Iran's minister)
        if p.kind in ("person", "title") and (words.mourned(p.start) or words.predecessor(p.start)
                                              or mourned is not None and _named_next(text, mourned, p)):
            mourned = p  # (and the name after the title: «تشييع الرئيس الإيراني الشهيد السيد إبراهيم رئيسي»)
            continue  # (the one succeeded in office is no party either: «خلفاً للواء محمد باقري»)
        if p.kind == "person" and superior is not None and _named_next(text, superior, p):
            p = replace(p, advised=superior.role)  # («كبير مستشاري قائد الثورة السيد علي خامنئي»)
        elif p.kind == "person" and out and out[-1].kind == "title" and out[-1].role in served_office() \
                and _named_next(text, out[-1], p):
            p = replace(p, advised=served_office()[out[-1].role])  # («مستشار قائد الثورة علي خامنئي»)
        # (a person named by an office after «adviser to», «aide to» too: «لاریجانی، مشاور رهبر جمهوری اسلامی»)
        subordinate = p.kind in ("title", "person") and words.subordinate_before(p.start)
        if subordinate:
            superior = p
        if subordinate or p.kind == "title" and words.not_the_holder(p.end):
            # معاون وزیر خارجه روسیه, نائب وزير الخارجية الروسي: a deputy, not the minister (the
            # country stands in, unless the deputy is named)
            p = Party(p.start, p.end, p.text, p.country, "state")
        out.append(p)
    return out


# a person's office right after the name, set off by commas (the comma that closes it not taken)
APPOSITION = re.compile(r"[\s\u200c]*[,،][^,،.!?؟\n«»()]{1,80}?(?=[,،])")
CLAUSE_MARKS = ",،;؛:.«»()"  # punctuation that closes a phrase: a topic, a name after its title
SENTENCE_MARKS = ",،;؛:."  # of them, those no quoted name or bracket stands in


def _apposition_of_other_country(words: Scan, text: str, before: Party | None, p: Party) -> bool:
    """Is ``p`` a bare title (one the tables give to the writer's own country) set off by a comma right
    after a person of the other country: that person's office, not its holder here?"""
    return before is not None and before.kind == "person" and p.kind == "title" and before.country != p.country \
        and canon(p.text) in words.words.bare_titles and text[before.end:p.start].strip(" \u200c\u00a0") in (",", "،")


def _named_next(text: str, before: Party, p: Party) -> bool:
    """Does ``p`` follow ``before`` as its name (at most three words between, no punctuation)?"""
    gap = text[before.end:p.start]
    return len(gap.split()) <= 3 and not any(ch in gap for ch in CLAUSE_MARKS)


def _pair_titles(words: Scan, text: str, found: list[Party], start: int, end: int) -> list[Party]:
    """«الرئيسان الروسي والإيراني», «وزيرا خارجية روسيا وإيران», «وزرای خارجه ایران و روسیه»: a title of
    two (or more) followed by the countries, by name or adjective, is each country's office holder."""
    titles = words.pair_titles.find(start, end)
    if not titles:
        return found
    countries = sorted([(p.start, p.end, p.text, p.country) for p in found if p.kind == "state"]
                       + words.adjectives.find(start, end))
    made: dict[int, Party] = {}
    for s, e, _w, role in titles:
        if words.subordinate_before(s):
            continue  # «نواب وزراء خارجية روسيا وإيران»: their deputies
        named = _countries_after(text, e, countries, words.words.pair_next)
        if {RUSSIA, IRAN} <= {c[3] for c in named}:
            made.update((c[0], Party(c[0], c[1], c[2], c[3], "title", None, role)) for c in named
                        if c[3] in (RUSSIA, IRAN))
    if not made:
        return found
    return sorted([p for p in found if p.start not in made] + list(made.values()), key=lambda p: p.start)


def _countries_after(text: str, pos: int, countries: list[tuple], joint: re.Pattern) -> list[tuple]:
    """The countries named one after another right after ``pos``, each ``joint`` from the one
    before («و», a comma)."""
    out: list[tuple] = []
    for c in countries:
        if c[0] < pos:
            continue
        gap = text[pos:c[0]]
        if not (joint.fullmatch(gap) if out else not gap.strip(" \u200c\u00a0")):
            break
        out.append(c)
        pos = c[1]
    return out


def _sides(parties: list[Party]) -> tuple[list[Party], list[Party], list[Party]]:
    """Russian, Iranian and other parties; spokespeople left out."""
    people = actors()[0]
    russia, iran, other = [], [], []
    for p in parties:
        if p.kind == "person" and p.actor and p.country != OTHER:
            if any(o.role in SPEAKER_ROLES for o in people[p.actor].offices):
                continue
        if p.kind == "title" and p.role in SPEAKER_ROLES:
            continue
        {RUSSIA: russia, IRAN: iran}.get(p.country, other).append(p)
    return russia, iran, other


REPORTED_AFTER = 150  # characters after a reporting verb where its «that» (أن, که) may stand
AUTHOR_REACH = 40  # characters between a message word and its author («پیام مکتوب حضرت آیت‌الله خامنه‌ای»)


def _reporting_split(text: str, s0: int, cue_start: int, words: Scan) -> int:
    """Where the reported content begins: after the last reporting verb before the contact word
    (``پسکوف روز پنجشنبه اعلام کرد: …``), else the sentence start."""
    split = s0
    for _s, e, _w, _k in words.status["reporting"].find(s0, cue_start):
        split = e
    opener = words.words.clause_opener
    if split > s0 and opener is not None:  # «أعلن مساعد الرئيس الروسي يوري أوشاكوف … أن بوتين سيلتقي»
        m = opener.search(text, split, min(cue_start, split + REPORTED_AFTER))
        if m:
            split = m.end()
    return split


def _kind(kinds: set[str]) -> str:
    """The kind of contact a sentence's contact words give (talks at a summit are a meeting; a
    treaty named beside a meeting is its topic, alone it is an agreement)."""
    if "agreement_document" in kinds:
        kinds = kinds - {"agreement_document"} or {"agreement"}
    if "summit" in kinds and "talks" in kinds and "phone_call" not in kinds:
        return "meeting"  # (talks in a call about a coming summit are the call)
    if kinds == {"message", "summit"}:
        return "message"  # («در پیامی به روحانی حمله … به رژه … را محکوم کرد»: a message about a gathering)
    return next(t for t in TYPES if t in kinds)


def _shares_party(previous: Contact, russia: list[Party], iran: list[Party]) -> bool:
    """Does a sentence name no person, or one of the previous contact's people?"""
    ids = {p.actor for p in russia + iran if p.actor}
    return not ids or bool(ids & set(previous.russia_ids + previous.iran_ids))


def _beside(side: list[Party], party: Party, words: Scan) -> list[Party]:
    """``party`` and the parties of its side written right beside it: a title and its name
    («آیت‌الله خامنه‌ای، رهبر انقلاب», «نظيره الإيراني مسعود بزشكيان»), others joined by «and»."""
    ordered = sorted(side, key=lambda p: p.start)
    at = next(i for i, p in enumerate(ordered) if p is party)

    def joined(a: Party, b: Party) -> bool:
        gap = words.text[a.end:b.start].strip(" \u200c\u00a0،,")
        return not gap or bool(words.words.conjunction.fullmatch(gap))
    lo = hi = at
    while lo > 0 and joined(ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
        hi += 1
    return ordered[lo:hi + 1]


NEAREST_REACH = 60  # characters from the party nearest the contact word to others of its side taken with it
SEMICOLONS = (";", "؛")


def _nearest(side: list[Party], cue: int, words: Scan | None = None) -> list[Party]:
    """The parties of a side the contact word is about: the nearest person or title (a state only
    when no one is named), those standing near it, and those joined to them by "and" however long
    the titles between («… مسعود بزشكيان وأمين المجلس الأعلى للأمن القومي علي أكبر أحمديان»)."""
    if len(side) <= 1:
        return side
    named = [p for p in side if p.kind != "state"] or side
    if words is not None:  # (not across a clause of another event: «… بعث … برقية تعزية …، فيما شارك فولودين …»)
        named = [p for p in named if not words.contrast_break(min(p.start, cue), max(p.end, cue))] or named
    best = min(named, key=lambda p: abs(p.start - cue))
    if words is None:
        return [p for p in named if abs(p.start - best.start) <= NEAREST_REACH]
    # (near the title or the name after it: «مع رئيس هيئة الأركان العامة … اللواء محمد باقري، ووزير الدفاع العميد
    # محمد رضا آشتياني»)
    kept = [p for p in named if abs(p.start - best.start) <= NEAREST_REACH]
    name = next((p for p in sorted(named, key=lambda p: p.start) if p.start >= best.end), None)
    if name is not None and not words.text[best.end:name.start].strip():
        kept += [p for p in named if p not in kept and p.start > name.end and p.start - name.start <= NEAREST_REACH
                 and not words.contacts.search(name.end, p.start)]  # (no contact word of another clause between)
        kept.sort(key=lambda p: p.start)
    chained = _beside(named, kept[-1], words)
    return kept + [p for p in chained if p.start > kept[-1].start]


@dataclass
class _Document:
    """A document being read for contacts: what each of its contacts is made with."""

    text: str
    words: Scan
    g: Any  # the language's date grammar (for the tense of a clause)
    mentions: list[DateMention]
    doc: str
    published: dt.date | None
    doc_date: dt.date | None
    doc_basis: str | None
    named: set[str]  # the people the document names
    starts: list[int] = field(default_factory=list)  # where each mention starts (they come in order)
    _parties: dict[tuple[int, int], list[Party]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.mentions]

    def parties(self, s0: int, s1: int) -> list[Party]:
        """The parties named in ``text[s0:s1]`` (read once per sentence or part)."""
        found = self._parties.get((s0, s1))
        if found is None:
            found = self._parties[(s0, s1)] = _parties(self.words, self.text, s0, s1)
        return found

    def mentions_in(self, s0: int, s1: int) -> list[DateMention]:
        """The date mentions inside ``text[s0:s1]`` (found by bisection: a long page stays linear)."""
        return _mentions_in(self.mentions, self.starts, s0, s1)

    def contact(self, s0: int, s1: int, content: int, russia: list[Party], iran: list[Party], cues: list,
                previous: Contact | None = None) -> Contact:
        """The contact sentence ``text[s0:s1]`` reports (``previous``: the one it goes on with)."""
        return _make(self.text, s0, s1, content, russia, iran, cues, self.words, self.g, self.mentions_in(s0, s1),
                     self.doc, self.published, self.doc_date, self.doc_basis, self.named, previous,
                     self.parties(s0, s1), self.day_told_before)

    def day_told_before(self, pos: int) -> dt.date | None:
        """The day the last date mention ending before ``pos`` names, when it names one day."""
        for m in reversed(self.mentions[:bisect.bisect_left(self.starts, pos)]):
            # (not the start of a «since»: «… في أول زيارة له منذ توليه المنصب في 9 آذار 2004»)
            if m.end <= pos and m.first is not None and m.kind not in EXTRA_KINDS \
                    and self.g.since_before(self.text, m.start) is None:
                return m.first if m.first == m.last else None
        return None

    def dated(self, s0: int, s1: int, content: int) -> bool:
        """Does the sentence's reported part state a date of its own (not one inside a relative clause
        with no contact word: «درباره نشست بریکس که از ۱ تا ۳ آبان برگزار می‌شود،» is the topic's)?"""
        topics = self.words.topic_clauses(s0, s1)
        return any(m.first is not None and m.start >= content and m.kind not in EXTRA_KINDS
                   and not any(a <= m.start < b for a, b in topics) for m in self.mentions_in(s0, s1))


def _mentions_in(mentions: list[DateMention], starts: list[int], s0: int, s1: int) -> list[DateMention]:
    """The mentions of ``mentions`` (sorted, starting at ``starts``) inside ``[s0, s1)``."""
    return [m for m in mentions[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s1)] if m.end <= s1]


def _read_sentence(d: _Document, s0: int, s1: int, parties: list[Party], cues: list,
                   recent: list[tuple[int, Contact]], index: int, last: Contact | None = None,
                   part: str | None = None) -> list[Contact]:
    """The contacts one sentence reports: none when it goes on with one before, else one, or two
    (a signing and the meeting it was signed at, a meeting and the message carried to it);
    ``last`` is the document's contact whose pair «the two presidents» names; a later ``part`` of a
    sentence («على أن يجتمعا …», «، بعد لقائهما …») takes the sides it does not name from the contact
    just before."""
    if not cues:
        return []
    words = d.words
    content = _reporting_split(d.text, s0, cues[0][0], words)
    russia, iran, other, reported, authors, pairs = _sentence_sides(d, s0, s1, content, parties, cues)
    # («پس از این دیدار»: after the contact before, not in it — a new contact on its occasion)
    # (nor a marker inside a relative clause about a party: «عراقچی، که پزشکیان را در این سفر همراهی می‌کرد،
    # … با لاوروف دیدار کرده بود» is a meeting of its own)
    background = words.background(parties, s1)
    # (nor one that names the sentence's own contact word before it: «وكان شويغو قد زار طهران … 2015، ووقع خلال
    # الزيارة مع دهقان …» is that visit)
    markers = {k for s, *_x, k in words.status["continuation"].find(s0, s1)
               if not words.after_the_contact(s) and not _inside(s, background)
               and not any(c[0] < s and c[3] == k and (s < content or c[0] >= content) for c in cues)}
    dated_here = d.dated(s0, s1, content)
    previous = _going_on_with(cues, markers, russia, iran, recent, index, dated_here,
                              bool(words.status["additive"].search(s0, s1)))
    if previous is not None:
        # (a message carried to the meeting goes on with it too)
        carried = _message_maker(d, s0, s1, content, russia, iran, previous)
        going_on = d.contact(s0, s1, content, russia, iran, cues, previous)
        signed = []
        if previous.family != "agreement" and not dated_here and words.status["signed"].search(s0, s1) \
                and any(c[3] == "agreement" for c in cues) and not russia + iran \
                and (words.status["pair"].search(s0, s1) or words.status["both_countries"].search(s0, s1)):
            # («در پایان این دیدار، تفاهم‌نامه همکاری … میان دیوان‌های عالی دو کشور به امضا رسید»: a signing at the
            # meeting between the two, a contact of its own; not companies or a group of countries signing there)
            signed = [d.contact(s0, s1, content, russia, iran, [c for c in cues if c[3] == "agreement"], previous)]
            signed[0].type = "agreement"
        return [going_on] + signed + _message_carried(words, authors, reported, cues, previous, russia, iran, carried)
    one_side = _one_side_named(words, russia, iran)
    if "pronoun" in markers and recent and one_side and russia + iran:
        # «وی سپس به دیدار رهبر انقلاب رفت»: وی is the side of the contact just before, meeting someone new
        return _with_sides_of(d.contact(s0, s1, content, russia, iran, cues), recent[-1][1], dated_here, words,
                              s0, s1, new=True)
    role = next((k for s, _e, _w, k in pairs if k and s >= content and not words.witnessed(s, s1)), None)
    if role:  # «… به امضای رؤسای جمهور دو کشور رسید»: the office holders, not the speaker or a venue
        russia, iran = _named_in_report(words, russia, content), _named_in_report(words, iran, content)
        one_side = _one_side_named(words, russia, iran)
    if pairs and content > s0:  # («وأعلن عراقجي … أن الجانبين وقعا …»: the two sides of the speaker's contact)
        last = _told_with_speaker(recent, parties, content) or last
    if one_side and last is not None and pairs and not other and not words.pair_of_others(pairs) \
            and not _pair_across_a_contrast(words, pairs, cues) \
            and any(k != "agreement_document" for *_x, k in cues):
        # («الرئيسان … التقيا … حين وقعا معاهدة»: the meeting and the signing, each a contact of its own)
        return [c for own in _met_and_signed(cues, background)
                for c in _with_sides_of(d.contact(s0, s1, content, russia, iran, own), last, dated_here, words,
                                        s0, s1, role=role)]
    # («…، كما أجرى اتصالا هاتفيا بالرئيس فلاديمير بوتين …، نقل خلاله رسالة هامة من الرئيس حسن روحاني»: the side
    # named only by a message's author is the caller of the part before, and the message is carried on the call)
    if part == CLAUSE and recent and not other and any(c[3] != "message" for c in cues) \
            and _a_side_of_authors_only(russia, iran, authors):
        told = _read_sentence(d, s0, s1, [p for p in parties if p.start not in authors], cues, recent, index, last,
                              part)
        carried = _message_maker(d, s0, s1, content, russia, iran)
        return told + (_message_carried(words, authors, reported, cues, told[0], russia, iran, carried) if told else [])
    # (a call has no venue: another country it names is its topic, «… بحثا هاتفيا … التطورات في لبنان»)
    third = [p for p in other if not (p.kind == "state" and any(c[3] == "phone_call" for c in cues))]
    if part in (FOLLOW_UP, CLAUSE) and recent and not third and not (_names_someone(russia) and _names_someone(iran)):
        contact = d.contact(s0, s1, content, russia, iran, cues)
        if part == FOLLOW_UP and contact.status == OCCURRED:
            contact.status = PLANNED  # «على أن يستقبله …»: still to come
        # (a summit's unnamed sides are the heads of state: «…، على أن تستضيف طهران القمة الثلاثية المقبلة»; a conference
        # is no one's: «… و قرار است روز جمعه در همایش بین‌المللی امنیت در مسکو سخنرانی کند»)
        if contact.type == "summit" and not any(canon(w) in words.words.leaders_summit for _s, _e, w, _k in cues):
            return []
        if contact.family == "agreement" and not russia + iran and words.status["both_countries"].search(s0, s1):
            # («…، وأن البلدين يدرسان توقيع عقد …»: the two countries sign, not the people of the contact before)
            return [d.contact(s0, s1, content, [Party(s0, s0, "", RUSSIA, "state")], [Party(s0, s0, "", IRAN, "state")],
                              cues)]
        role = "president" if contact.type == "summit" else None
        told = _with_sides_of(contact, _told_last(recent, contact), dated_here, words, s0, s1, new=True, role=role)
        return [one for c in told for one in _each_met_in_turn(c, words, russia, iran)]
    if recent and recent[-1][0] >= index - 1 and not other \
            and _signed_by_the_two_countries(words, s0, s1, content, parties, cues):
        # («وأعلن روحاني أن البلدين وقعا ست وثائق للتعاون» after Putin's talks in Tehran: the two countries signed)
        signed = d.contact(s0, s1, content, [Party(s0, s0, "", RUSSIA, "state")], [Party(s0, s0, "", IRAN, "state")],
                           cues)
        if signed.date_note == DOCUMENT_DATE_NOTE and recent[-1][1].status == OCCURRED:
            _date_of_occasion(signed, recent[-1:])
        return [signed]
    if not russia or not iran or not _two_parties(words, russia, iran, other):
        return []
    return _contacts_between(d, s0, s1, content, cues, russia, iran, other, reported, authors)


def _signed_by_the_two_countries(words: Scan, s0: int, s1: int, content: int, parties: list[Party], cues: list) -> bool:
    """Does the sentence tell «the two countries» signed a document («أن البلدين وقعا ست وثائق»; not «وقعا في فخ …»),
    naming no side in what it reports?"""
    return any(c[3] == "agreement" for c in cues) and bool(words.status["signed"].search(content, s1)) \
        and bool(words.documents(content, s1)) \
        and bool(words.status["both_countries"].search(content, s1)) \
        and not any(p.start >= content and p.country in (RUSSIA, IRAN) for p in parties)


def _a_side_of_authors_only(russia: list[Party], iran: list[Party], authors: set[int]) -> bool:
    """Is one side named only by the author of a message, while the other names someone else?"""
    return any(side and all(p.start in authors for p in side) and any(p.start not in authors for p in other)
               for side, other in ((russia, iran), (iran, russia)))


def _message_maker(d: _Document, s0: int, s1: int, content: int, russia: list[Party], iran: list[Party],
                   previous: Contact | None = None) -> Callable[[list], Contact]:
    """What makes the message a sentence's message words tell, carried on another contact."""
    def carried(own: list) -> Contact:
        contact = d.contact(s0, s1, content, russia, iran, own, previous)
        contact.type = "message"
        return contact
    return carried


def _one_side_named(words: Scan, russia: list[Party], iran: list[Party]) -> bool:
    """Does a sentence leave one side unnamed, or name it only by a place beside a person of the other
    («دو وزیر … در سفر امیرعبداللهیان به مسکو …», «أن يستقبله روحاني … قبل عودته إلى موسكو»)?"""
    return not russia or not iran or _names_someone(russia) and _only_places(words, iran) \
        or _names_someone(iran) and _only_places(words, russia)


def _ministers(contact: Contact) -> bool:
    """Are the contact's people, all of them, ministers on its day (a side may be a state)?"""
    people, day = actors()[0], contact.date_start or contact.reported_on
    return all(people[a].fits(NAMED_MINISTER, day) for a in contact.russia_ids + contact.iran_ids if a in people)


def _told_with_speaker(recent: list[tuple[int, Contact]], parties: list[Party], content: int) -> Contact | None:
    """The contact just told that the one who speaks before ``content`` took part in, if any."""
    speakers = {p.actor for p in parties if p.start < content and p.actor}
    return next((c for _i, c in reversed(recent) if speakers & set(c.russia_ids + c.iran_ids)), None) \
        if speakers else None


def _told_last(recent: list[tuple[int, Contact]], contact: Contact) -> Contact:
    """The contact just told whose sides a later part takes: of the last sentence's, the last of the
    part's own family, or else not a message (the envoy who met, not the Leader whose letter he carried:
    «سلّم ولايتي بوتين … رسالة من خامنئي …، وكان قد التقى أمس … باتروشيف»)."""
    index = recent[-1][0]
    told = [c for i, c in recent if i == index]
    return next((c for c in reversed(told) if c.family == contact.family), None) \
        or next((c for c in reversed(told) if c.family != "message"), told[-1])


def _met_and_signed(cues: list, background: list[tuple[int, int]]) -> list[list]:
    """The contact words of a sentence as one contact, or two when it tells a meeting, visit or call
    and a signing («met … and signed»): the signing's words, then the gathering's."""
    signing = [c for c in cues if c[3] == "agreement"]
    gathering = [c for c in cues if FAMILIES.get(c[3]) in ("meeting", "phone_call") and c[3] != "talks"
                 and not _inside(c[0], background)]  # (talks, «گفت‌وگو کردند», are what any contact holds)
    return [signing, gathering] if signing and gathering else [cues]


def _sentence_sides(d: _Document, s0: int, s1: int, content: int, parties: list[Party], cues: list) -> tuple:
    """The Russian, Iranian and other parties of what a sentence reports; also every party
    after the reporting verb, the starts of a message's authors, and the «two presidents» words."""
    words = d.words
    source = words.status["source_after"].find(cues[0][0], s1)
    if source:  # "يزور بوتين طهران …، وفق ما أعلنه السفير الإيراني": who says it is no party
        parties = [p for p in parties if p.start < source[0][0]]
    # («… در سال ۲۰۰۷ میان تهران و مسکو امضا شده بود، اما دیمیتری مدودف در سپتامبر ۲۰۱۰ … متوقف کرد»: who acts in
    # a clause after «but» with no contact word of its own is no party)
    but = words.status["but"].find(cues[-1][1], s1)
    if but:
        parties = [p for p in parties if p.start < but[0][0]]
    parties = _without_sources(words, parties, s0)
    parties = [p for p in parties if not (p.kind == "state" and _a_route(words, p, s0))]
    # (a country named only in what was said after the contact, no contact word there, is its topic:
    # «پوتین … پس از دیدار با جورج بوش گفت موضوع هسته‌ای ایران … در صدر دستور کار قرار دارد»)
    said = words.status["reporting"].find(cues[-1][1], s1)
    if said:
        parties = [p for p in parties if not (p.kind == "state" and p.start >= said[0][1])]
    pairs = words.status["pair"].find(s0, s1)
    if pairs:  # «دو رئیس‌جمهور»: the title inside names no one side
        parties = [p for p in parties if not any(s <= p.start < e for s, e, _w, _k in pairs)]
        # (nor does a body named in a relative clause about something else: «وكان الرئيسان قد وقعا … معاهدة …، التي
        # صادق عليها مجلس الدوما … ومجلس الشورى الإيراني …»)
        others = [c for c in words.relative_clauses(s0, s1) if not any(c[0] <= cue[0] < c[1] for cue in cues)]
        parties = [p for p in parties if p.kind == "person" or not _inside(p.start, others)]
    reported = [p for p in parties if p.start >= content] or parties
    if all(k in ("agreement", "agreement_document") for *_x, k in cues):  # (attending by video is a call)
        reported = _without_witnesses(words, reported, s1)
    russia, iran, other = _sides(reported)
    # (who says that «the two leaders» agreed is no party of theirs: «وقال أوشاكوف إن الزعيمين اتفقا على اللقاء»)
    speakers = [p.end for p in parties if p.start < content]
    paired = bool(speakers) and any(s >= max(speakers) and not words.witnessed(s, s1) for s, *_x in pairs)
    authors = words.authors(cues, reported)
    if paired and content > s0:
        russia, iran = [p for p in russia if p.start >= content], [p for p in iran if p.start >= content]
    elif reported is not parties:
        # "رئیس‌جمهور روسیه گفت امیدوار است در اجلاس … در تهران شرکت کند": the speaker is the party,
        # also where the reported clause names the speaker's country only as a venue («… عقب لقائه
        # إسلامي في موسكو»)
        russia_before, iran_before, _other = _sides([p for p in parties if p.start < content])
        own = any(canon(w) in words.words.own_contact for _s, _e, w, _k in cues)  # «لقائه»: the speaker's
        own = own or _speaker_is_subject(words, s0, content)  # «أنه سيلتقي …»: he will

        def others(side: list[Party]) -> bool:  # (or only by its message's author: «أنه سلّم … رسالة من روحاني …»)
            return _only_venues(words, side) or all(p.start in authors for p in side)
        russia = russia_before if (not russia or own and others(russia)) and russia_before else russia
        iran = iran_before if (not iran or own and others(iran)) and iran_before else iran
    russia, iran = _without_other_contacts(words, russia, s0), _without_other_contacts(words, iran, s0)
    return _without_authors(russia, authors), _without_authors(iran, authors), other, reported, authors, pairs


EVENT_REACH = 70  # characters from an event's word (اغتيال) to the date it has
SERIES_REACH = 12  # characters before a contact word where its «first» or «last» (نخستین, أول) stands
SERIES_BOUND_REACH = 60  # characters before a date where the «after» or «before» of such a series stands
SOURCE_REACH = 50  # characters from «according to» (به گفته, بحسب) to the one it names
SOURCE_WORDS = 5  # words between them at most


ROUTE_REACH = 30  # characters from «از طریق», «عبر» to the country it names (another one and «و» may stand between)


def _a_route(words: Scan, p: Party, s0: int) -> bool:
    """Is the state ``p`` named as a route («از طریق ترکمنستان و ایران», «عبر إيران»), not a side?"""
    for _s, e, _w, _k in words.status["route"].find(max(s0, p.start - ROUTE_REACH), p.start):
        between = words.text[e:p.start].split()
        if not between or len(between) == 2 and canon(between[-1]) in words.words.route_joiners:
            return True
    return False


def _speaker_is_subject(words: Scan, s0: int, content: int) -> bool:
    """Does the reported clause starting at ``content`` open with a pronoun for the speaker («أنه»)?"""
    rx = words.words.speaker_subject
    return rx is not None and content > s0 and rx.search(words.text, max(s0, content - 12), content) is not None


def _without_sources(words: Scan, parties: list[Party], s0: int) -> list[Party]:
    """Without the one the report is according to («به گفته جلالی، سفر رئیس‌جمهور به مسکو …»), when someone
    else of their country is named: the source is no party."""
    if not parties:
        return parties
    according = words.status["source_after"].find(s0, parties[-1].start)  # (once per sentence)

    def source(p: Party) -> bool:
        before = [e for s, e, *_x in according if max(s0, p.start - SOURCE_REACH) <= s and e <= p.start]
        return bool(before) and _few_words(words.text[before[-1]:p.start])
    return _unless_alone(parties, [p for p in parties if p.country in (RUSSIA, IRAN) and source(p)])


def _unless_alone(parties: list[Party], dropped: list[Party]) -> list[Party]:
    """``parties`` without ``dropped``, but for one who alone names their country (a third party stays)."""
    if not dropped:
        return parties
    kept = [p for p in parties if p not in dropped]
    return [p for p in parties if p not in dropped or not any(k.country == p.country for k in kept)]


def _few_words(gap: str) -> bool:
    """Is ``gap`` a few words (a verb and a title: «ووفق ما أعلنه مساعد الرئيس الروسي …»), no punctuation?"""
    return len(gap.split()) <= SOURCE_WORDS and not any(ch in gap for ch in CLAUSE_MARKS)


def _without_other_contacts(words: Scan, side: list[Party], s0: int) -> list[Party]:
    """A side without the person of another contact named as a time («پیش از دیدار با پوتین»),
    when someone else stands for it, and without a state named only so («پیش از سفر به مسکو»);
    ``s0``: where the text read starts."""
    rx = words.words.other_contact_before
    if rx is None:
        return side
    kept = [p for p in side if not rx.search(words.text, max(s0, p.start - 50), p.start)]
    if any(p.kind != "state" for p in kept) or all(p.kind == "state" and p.role != REGIONAL_HEAD for p in side):
        return kept  # (a state named only there is no side: the sentence's contact is someone else's)
    return side  # (a province's head is someone: «… پس از دیدار او با استاندار اصفهان، تفاهم‌نامه … به امضا رسید»)


WITNESS_REACH = 80  # characters after «بحضور», «با حضور» where the people named attend, not act


def _without_witnesses(words: Scan, parties: list[Party], s1: int) -> list[Party]:
    """«ووقع الاتفاقية … الجانب الروسي، بحضور الرئيسين رئيسي وبوتين»: the people named after «in the
    presence of» (up to the next comma) attend a signing; they are its parties only when no one else is."""
    kept = [p for p in parties if not words.witnessed(p.start, s1)]
    russia, iran, _other = _sides(kept)
    return kept if russia and iran else parties


def _only_places(words: Scan, side: list[Party]) -> bool:
    """Is a side named only by places (مسکو, طهران), not by a person, an office or an institution (a place's
    name inside it is not enough: «شرکت ملی نفت ایران»)?"""
    return all(p.kind == "state" and any(s == p.start and e == p.end for s, e, *_x in words.places.find(p.start, p.end))
               for p in side)


def _only_venues(words: Scan, side: list[Party]) -> bool:
    """Does a side hold nothing but places named as venues (في موسكو, در تهران), or nothing at all?"""
    return all(p.kind == "state" and words.is_venue(p.start) for p in side)


def _going_on_with(cues: list, markers: set[str], russia: list[Party], iran: list[Party],
                   recent: list[tuple[int, Contact]], index: int, dated_here: bool, additive: bool = False) -> Contact | None:
    """The contact of the sentences just before that this one goes on with, if it does: named by
    its marker («در این دیدار», «خلال المكالمة»: whatever the sentence's own words), by a pronoun
    (وی, with no one new and no day of its own), or the same kind of contact in the sentence
    just before with one side named only by its country."""
    kind = _kind({k for *_x, k in cues})
    same = next(((i, c) for i, c in reversed(recent) if c.family == FAMILIES[kind]), None)
    named_kinds = {FAMILIES[k] for k in markers if k in FAMILIES} | ({"phone_call"} if "talks" in markers else set())
    if named_kinds:
        same = next(((i, c) for i, c in reversed(recent) if c.family in named_kinds), same)
    if same is None or not _shares_party(same[1], russia, iran):
        return None
    if named_kinds and dated_here and FAMILIES[kind] in ("phone_call", "message") and FAMILIES[kind] not in named_kinds:
        return None  # «… پریروز در گفت‌وگویی تلفنی بر سر زمان جدید این سفر توافق کردند»: a call of its own day about it
    one_side = not (any(p.kind != "state" for p in russia) and any(p.kind != "state" for p in iran))
    new_people = _someone_new(russia, same[1].russia_ids) or _someone_new(iran, same[1].iran_ids)
    if "visit" in markers and kind in ("meeting", "talks") and new_people and not one_side and additive:
        return None  # («قرار است پوتین در این سفر با رهبر معظم انقلاب نیز دیدار کند»: «also», a meeting of its own on the trip)
    if named_kinds or markers & {"any", "pronoun"} and not dated_here and not new_people \
            or same[1].type == kind and same[0] == index - 1 and one_side and not dated_here and not new_people:
        return same[1]
    return None


def _two_parties(words: Scan, russia: list[Party], iran: list[Party], other: list[Party]) -> bool:
    """Are Russia and Iran the parties, not a topic or parties of two clauses?"""
    a_side_is_states = all(p.kind == "state" for p in iran) or all(p.kind == "state" for p in russia)
    if a_side_is_states and any(p.kind != "state" for p in other):
        return False  # "Putin and Trump talked about Iran": Iran is a topic, not a party (but Russia,
        # Iran and Turkey signing in Astana are three parties)
    # "محادثات بين إيران والسعودية، فيما رحبت موسكو": the two are in different clauses
    return not (a_side_is_states and all(words.clause_break(min(r.end, i.end), max(r.start, i.start))
                                         for r in russia for i in iran))


def _contacts_between(d: _Document, s0: int, s1: int, content: int, cues: list, russia: list[Party],
                      iran: list[Party], other: list[Party], reported: list[Party], authors: set[int]) -> list[Contact]:
    """The contacts between the two sides a sentence reports, each read around its own word."""
    words = d.words
    background = words.background(russia + iran, s1)
    third = [p for p in other if p.kind != "state"]

    addressed_to_third = {c[0] for c in cues if _addressed_to_a_third(words, c, russia + iran + other, s1)}

    def with_third_party(cue: int) -> bool:
        """Does the cue's clause pair one side with a third party (and not with the other side), or is the cue
        addressed to one («عقب لقائه نظيرته الأميركية …، ثم بحثها هاتفياً مع نظيره الإيراني»)?"""
        def near(side: list[Party]) -> bool:
            return any(not words.clause_break(min(p.start, cue), max(p.end, cue)) for p in side)
        return cue in addressed_to_third or near(third) and not (near(russia) and near(iran))

    # (a word in any relative clause tells background: «… والوفد المرافق له، الذي وصل إلى طهران مساء أمس»)
    # (where the verb comes first: a Persian relative clause may hold the sentence's own verb)
    clauses = background if words.words.verb_final else background + [
        c for c in words.relative_clauses(s0, s1) if c not in background and not words.about_a_document(*c)]
    cues = _governing_first(cues, russia, iran, clauses, with_third_party)
    recipient = words.recipient(cues, russia + iran)
    if recipient is not None:
        # «پوتین در پیامی به خامنه‌ای، شهادت رئیسی را تسلیت گفت»: the message is the recipient's, read
        # around its own word (the late president is its topic)
        cue, party = recipient
        cues = [cue] + [c for c in cues if c is not cue]
        if party.country == RUSSIA:
            russia = _beside(russia, party, words)
        else:
            iran = _beside(iran, party, words)

    def contact_of(own: list) -> Contact:
        """The contact read around the first of ``own`` contact words (not with a party named only in a
        relative clause the word stands outside: «عراقچی، که پزشکیان را همراهی می‌کرد، با لاوروف …»)."""
        cue = own[0][0]
        clause = next(((a, b) for a, b in background if a <= cue < b), None)

        def outside(side: list[Party]) -> list[Party]:
            if clause is not None:  # a word inside the clause: its own parties and the one it is about
                kept = [p for p in side if clause[0] <= p.start < clause[1] or 0 <= clause[0] - p.end <= 3]
            else:
                kept = [p for p in side if not _inside(p.start, background)]
            return kept if any(p.kind != "state" for p in kept) else side
        return d.contact(s0, s1, content, _nearest(outside(russia), cue, words),
                         _nearest(outside(iran), cue, words), own)

    if words.status["separately"].search(s0, s1) or _one_after_another(words, russia) or _one_after_another(words, iran):
        alone = _met_separately(d, s0, s1, content, cues, russia, iran)
        if alone:  # (and a message handed over at the last: «… و سپس در دیدار با روحانی، پیام کتبی پوتین را … تسلیم کرد»)
            carried = [c for c in _message_carried(words, authors, reported, cues, alone[-1], russia, iran, contact_of)
                       if c.type == "message"]
            for c in carried:  # (to the one met last, not to everyone met; the author's side is the one that differs)
                if c.russia_ids != alone[-1].russia_ids:
                    c.iran_ids = alone[-1].iran_ids
                else:
                    c.russia_ids = alone[-1].russia_ids
            return alone + carried
    signing = [c for c in cues if c[3] == "agreement"]
    if recipient is not None and signing and words.status["signed"].search(s0, s1):
        # «در پیامی به پوتین … ابراز امیدواری کرد پیمانی که دی‌ماه گذشته امضا شد …»: the message, and the
        # signing it recalls on its own day
        message = [c for c in cues if c[3] == "message"]
        signed_at = _dated_in_own_part(contact_of(signing), d.mentions_in(s0, s1), signing[0][0], d.text)
        now = d.published or d.doc_date
        if signed_at.date_end is not None and now is not None and signed_at.date_end < now:
            signed_at.status = OCCURRED  # (the hope the message voices is not the signing's)
        return [contact_of(message), signed_at]
    # (a signing told in a relative clause about a party is that clause's contact, read below: «استقبل عارف …
    # أوفرتشوك، الذي وقع مع … صادق بروتوكولا» is a meeting, and Overchuk's signing with Sadegh)
    told_apart = [c for c in signing if _inside(c[0], background)] if len(signing) < len(cues) else []
    signing = [c for c in signing if c not in told_apart]
    out = [contact_of([c for c in cues if c not in told_apart])]
    gathering = [c for c in cues if FAMILIES.get(c[3]) in ("meeting", "phone_call") and not _inside(c[0], background)]
    if out[0].type == "agreement" and gathering:
        # "met … and signed": the meeting is a contact of its own, read around its own word
        if signing:
            out[0] = _dated_in_own_part(out[0], d.mentions_in(s0, s1), signing[0][0], d.text)
        out.append(contact_of(_governing_first(gathering, russia, iran, background)))
    elif out[0].family in ("meeting", "phone_call") and signing and words.status["signed"].search(s0, s1):
        # "… signed by video link", "met … and the documents were signed": the signing too
        out.append(_dated_in_own_part(contact_of(signing), d.mentions_in(s0, s1), signing[0][0], d.text))
    out += _later_occasions(d, s0, s1, out[0])
    recalled = _told_in_relative_clauses(cues, background, russia + iran, out[0], contact_of)
    if recalled and not _inside(cues[0][0], background) \
            and not (_named_outside(russia, background) and _named_outside(iran, background)):
        # («روحانی که روز جمعه … با پوتین دیدار کرده بود، امروز … وارد دوشنبه شد»: the clause's meeting; the trip
        # after it names no Russian side of its own)
        out = out[1:]
    out += recalled
    carried = _message_carried(words, authors, reported, cues, out[0], russia, iran, contact_of)
    if out[0].type == "message" and carried and _handed_over_in_person(words, s0, s1, cues, out[0], carried):
        out = out[:1]
        out[0].type = "meeting"  # «سلّم السفير … رسالة من بوتين إلى بزشكيان»: the envoy met him
    if out[0].type == "message":
        return carried or out
    if carried and out[0].family == "meeting":
        addressees = _addressees(words, authors, reported)
        out[0] = _without_addressees(out[0], addressees)
        carried = _to_addressees(carried, addressees)
    return out + carried


def _named_outside(side: list[Party], clauses: list[tuple[int, int]]) -> bool:
    """Is a party of ``side`` named outside the relative ``clauses``?"""
    return any(not _inside(p.start, clauses) for p in side)


def _told_in_relative_clauses(cues: list, background: list[tuple[int, int]], parties: list[Party], main: Contact,
                              contact_of: Callable[[list], Contact]) -> list[Contact]:
    """«عراقچی که دوشنبه ۲ تیر در کرملین با پوتین دیدار کرده بود، امروز در تماس تلفنی با لاوروف …»: a
    contact told in a relative clause about a party, naming a party of its own, is a contact too (on
    the clause's day), besides the sentence's."""
    out = []
    for a, b in background:
        if a <= cues[0][0] < b:
            continue  # (the sentence's own contact is told there)
        # (a meeting, call, message or signing: an arrival or a ceremony in the clause is the same trip's)
        own = [c for c in cues if a <= c[0] < b and c[3] in ("meeting", "talks", "phone_call", "message", "agreement")]
        subject = max((p for p in parties if p.end <= a), key=lambda p: p.end, default=None)
        if not own or subject is None or not any(a <= p.start < b and p.kind != "state" and p.country != subject.country
                                                 and p.country in (RUSSIA, IRAN) for p in parties):
            continue  # (the clause must name the other side: «… که پزشکیان را همراهی می‌کرد» does not)
        contact = contact_of(own)
        if contact.type == "agreement" and contact.date_note == DOCUMENT_DATE_NOTE and main.status == OCCURRED \
                and main.date_start is not None and main.date_note != DOCUMENT_DATE_NOTE:
            # («استقبل عارف أمس … أوفرتشوك، الذي وقع مع … فرزانة صادق بروتوكولا»: signed on the visit, its day)
            _on_the_day_of(contact, main)
        if contact.date_start is not None and contact.date_note != DOCUMENT_DATE_NOTE \
                and (contact.russia_ids, contact.iran_ids, contact.date_start) != (main.russia_ids, main.iran_ids,
                                                                                 main.date_start):
            out.append(contact)
    return out


def _dated_in_own_part(contact: Contact, mentions: list[DateMention], cue: int, text: str) -> Contact:
    """A second contact read around its own word takes a date after that word in its own part of
    the sentence, where there is one («يبدأ … اليوم زيارة …، يوقع خلالها … معاهدة … يوم الجمعة»)."""
    end = _next_mark(text, ",،;؛", cue, len(text))
    own = [m for m in mentions if cue < m.start < end and m.first is not None and m.kind not in EXTRA_KINDS]
    now = contact.published or contact.reported_on
    if contact.status == OCCURRED and now is not None:
        # (a signing told in the past is not on a day still to come: «ووقع الجانبان بروتوكولا لبدء أعمال التصميم
        # … مطلع أيار المقبل», the work's start)
        own = [m for m in own if m.first <= now]
    if not own or contact.date_text in {m.text for m in own}:
        return contact
    _dated_by(contact, own[0])
    return contact


THEN_REACH = 80  # characters from one occasion's date to the next's
CONSECUTIVE_DAYS = 2  # days apart at most that «and» joins as the days of one event («۹ و ۱۰ شهریور»)


def _later_occasions(d: _Document, s0: int, s1: int, contact: Contact) -> list[Contact]:
    """«التقيا في 11 أكتوبر 2024 في عشق آباد، ثم في قازان في 23 أكتوبر»: dates joined by «then»
    to the meeting's own date are other meetings of the same people (each at the place named after
    its «then», if any)."""
    if contact.family != "meeting" or contact.date_start is None or not contact.date_text:
        return []
    mentions = [m for m in d.mentions_in(s0, s1) if m.first is not None and m.kind not in EXTRA_KINDS]
    at = next((i for i, m in enumerate(mentions) if m.text == contact.date_text and m.first == contact.date_start), None)
    if at is None:
        return []
    joined = [_then_between(d.words, a, b) for a, b in zip(mentions, mentions[1:])]  # joined[i]: i to i + 1
    first = at
    while first > 0 and joined[first - 1] is not None:
        first -= 1
    last = at
    while last < len(joined) and joined[last] is not None:
        last += 1
    if first == last:
        return []

    def place_of(i: int) -> str | None:
        """The venue of the i-th occasion: before the first «then», after each later one."""
        if i == first:
            return d.words.venue(s0, joined[i])
        return d.words.venue(joined[i - 1], mentions[i + 1].start if i < last else s1)

    now = contact.published or contact.reported_on
    out = []
    for i in range(first, last + 1):
        m = mentions[i]
        if i == at:
            contact.place = place_of(i)
            continue
        first_day, last_day, basis = m.first, m.last, _date_basis(m)
        if i > first and _told_as_the_next_day(d.words, m) and mentions[i - 1].first == mentions[i - 1].last:
            # («التقيا في بيشكك يوم الجمعة 14 حزيران …، ثم شاركا في قمة … في اليوم التالي»: the 15th)
            first_day = last_day = mentions[i - 1].first + dt.timedelta(days=1)
            basis = "narrative-date"
        out.append(replace(contact, date_start=first_day, date_end=last_day, precision=m.precision, date_text=m.text,
                           date_basis=basis, status=PLANNED if now and first_day > now else contact.status,
                           place=place_of(i)))
    return out


def _then_between(words: Scan, a: DateMention, b: DateMention) -> int | None:
    """Where the «then» that joins two dates of one contact ends (None when they are not so joined:
    too far apart, across a clause break or a reporting verb — «ثم قال في 20 أبريل»)."""
    if b.start - a.end > THEN_REACH or words.clause_break(a.end, b.start) or words.status["reporting"].search(a.end, b.start):
        return None
    then = words.status["then"].find(a.end, b.start)
    if then:
        return then[-1][1]
    if _and_another_venue(words, a, b):
        return b.start
    # («۲۹ دی ۱۴۰۰ در کرملین و ۲۸ تیر در تهران»: two days joined by «and», each at its own venue or far apart;
    # not the days of one event, «۹ و ۱۰ شهریور»)
    joined = words.words.and_before.search(words.text, a.end, b.start)
    if joined is None or a.precision != "day" or b.precision != "day":
        return None
    apart = a.last is not None and b.first is not None and abs((b.first - a.last).days) > CONSECUTIVE_DAYS
    if apart and len(words.text[a.end:b.start].split()) <= 1:
        return b.start
    # (or only a venue between, «در کرملین و»: not «… وارد پکن شد و روز گذشته»)
    places = words.places.find(a.end, joined.start())
    if places and words.venue(a.end, b.start) and len(words.text[a.end:places[0][0]].split()) <= 1 \
            and not words.text[places[-1][1]:joined.start()].strip(" \u200c\u00a0,،"):
        return b.start
    return None


def _and_another_venue(words: Scan, a: DateMention, b: DateMention) -> bool:
    """Are two days joined by «and», a place and its «at» word, each the day of its own venue («… موسكو في 17 يناير
    وتيانجين في الأول من سبتمبر»)?"""
    places = words.places.find(a.end, b.start)
    if a.precision != "day" or b.precision != "day" or len(places) != 1 or words.words.and_before is None \
            or words.words.place_at is None:
        return False
    before, after = words.text[a.end:places[0][0]], words.text[places[0][1]:b.start]
    return bool(words.words.and_before.fullmatch(before.strip() or "-")) and len(after.split()) == 1 \
        and bool(words.words.place_at.search(after))


def _met_separately(d: _Document, s0: int, s1: int, content: int, cues: list, russia: list[Party],
                    iran: list[Party]) -> list[Contact]:
    """«… جداگانه با احمدیان و پزشکیان دیدار کرد»: one contact with each person a side names (none
    when neither side names two people)."""
    ru, ir = _people(russia), _people(iran)
    if len(ru) < 2 and len(ir) < 2:
        return []
    ru_sides = [[p] for p in ru] if len(ru) > 1 else [_nearest(russia, cues[0][0])]
    ir_sides = [[p] for p in ir] if len(ir) > 1 else [_nearest(iran, cues[0][0])]
    return [d.contact(s0, s1, content, r, i, cues) for r in ru_sides for i in ir_sides]


def _each_met_in_turn(contact: Contact, words: Scan, russia: list[Party], iran: list[Party]) -> list[Contact]:
    """A contact whose side names people met one after the other («… با عباس عراقچی و سپس با مسعود پزشکیان دیدار
    خواهد کرد»): one contact with each of them."""
    for attr, side in (("russia_ids", russia), ("iran_ids", iran)):
        ids = [p.actor for p in _people(side) if p.actor in getattr(contact, attr)]
        if len(ids) > 1 and _one_after_another(words, side):
            return [replace(contact, **{attr: (i,)}) for i in dict.fromkeys(ids)]
    return [contact]


def _one_after_another(words: Scan, side: list[Party]) -> bool:
    """Are two people of a side met one after the other («التقى … خامنئي ثم الرئيس إبراهيم رئيسي»)?"""
    people = _people(side)
    return any(words.status["then"].search(a.end, b.start) and b.start - a.end <= THEN_REACH
               for a, b in zip(people, people[1:]))


def _people(side: list[Party]) -> list[Party]:
    """The distinct people a side names (by name), in order."""
    return list({p.actor: p for p in side if p.kind == "person" and p.actor}.values())


def _message_carried(words: Scan, authors: set[int], parties: list[Party], cues: list, main: Contact, russia: list[Party],
                     iran: list[Party], contact_of: Callable[[list], Contact]) -> list[Contact]:
    """«… با پوتین دیدار و پیام رهبر انقلاب را به وی تحویل داد»: besides the meeting, a message
    from its author to the other side; where ``main`` is that message («عراقچی پیام رهبر انقلاب را به
    پوتین تسلیم کرد»), its author is the side, not the envoy who carries it."""
    message = [c for c in cues if c[3] == "message"]
    author = [p for p in parties if p.start in authors]
    if not message or not author or main.family not in ("meeting", "message", "phone_call"):
        return []
    country = author[0].country
    sides = {RUSSIA: russia, IRAN: iran}
    if country not in sides or not sides[RUSSIA if country == IRAN else IRAN]:
        return []
    first = contact_of(message)
    written_by = _authors_resolved(author, first.date_start or first.reported_on)
    if main.family == "phone_call" and (author[0].kind == "state" or set(written_by) & set(main.russia_ids + main.iran_ids)):
        return []  # (a call's own congratulations: only another's letter read out is carried: «نقل ظريف رسالة من
        # روحاني إلى بوتين خلال اتصال هاتفي»)
    out = []
    # a message from each author, or one of them all («پیامی از سوی رهبر انقلاب و رئیس‌جمهور»)
    each = [(by,) for by in written_by] if any(words.plural_message(c) for c in message) else [written_by]
    for i, by in enumerate([by for by in each if by] or [None]):
        contact = first if i == 0 else contact_of(message)
        if by is not None and country == RUSSIA:
            contact.russia_ids = by
        elif by is not None:
            contact.iran_ids = by
        if main.family == "meeting" and main.status == OCCURRED and main.date_start and contact.status == OCCURRED \
                and _told_after(contact.date_text, main.date_text, contact.evidence):
            # handed over at the meeting: the date after the meeting's is what the message was about («استقبل … اليوم
            # الاثنين السفير …، الذي سلمه رسالة … تتناول نتائج جولة المحادثات … التي عقدت يومي 21 و22 …»)
            _on_the_day_of(contact, main)
        out.append(contact)
    return out


def _authors_resolved(author: list[Party], day: dt.date | None) -> tuple[str, ...]:
    """The people who wrote a message, each title resolved on its own («پیام‌های رهبر انقلاب و رئیس‌جمهور»: the
    Leader and the president; a title beside its holder's name is that one person)."""
    ids = [i for p in author for i in _resolve_side([p], [], day, set())]
    people = [i for i in ids if i not in (RUSSIA, IRAN)]
    return tuple(dict.fromkeys(people or ids))


def _told_after(text_a: str, text_b: str, sentence: str) -> bool:
    """Is date ``text_a`` told after date ``text_b`` in ``sentence`` (both there, and not the same)?"""
    a, b = sentence.find(text_a) if text_a else -1, sentence.find(text_b) if text_b else -1
    return a > b >= 0


def _on_the_day_of(contact: Contact, other: Contact) -> None:
    """Give ``contact`` the date ``other`` has, and the reason it has it."""
    for field_name in ("date_start", "date_end", "precision", "date_basis", "date_note", "date_text"):
        setattr(contact, field_name, getattr(other, field_name))


def _addressees(words: Scan, authors: set[int], parties: list[Party]) -> dict[str, tuple[str, ...]]:
    """The people a message is addressed to right after its author («من روحاني إلى بوتين»), by side."""
    rx = words.words.addressed_after
    written_by = [p for p in parties if p.start in authors]
    out: dict[str, tuple[str, ...]] = {}
    for p in parties:
        if p.actor and rx is not None and any(0 < p.start - a.end <= 30 and rx.match(words.text, a.end, p.start)
                                              for a in written_by):
            out[p.country] = out.get(p.country, ()) + (p.actor,)
    return out


def _without_addressees(meeting: Contact, addressees: dict[str, tuple[str, ...]]) -> Contact:
    """The meeting at which a message was handed over, without the one the message is addressed to,
    when someone else was met («التقى لافروف وسلمه رسالة شفهية من روحاني إلى بوتين»: Lavrov, not Putin)."""
    for side, country in (("russia_ids", RUSSIA), ("iran_ids", IRAN)):
        met = tuple(i for i in getattr(meeting, side) if i not in addressees.get(country, ()))
        setattr(meeting, side, met or getattr(meeting, side))
    return meeting


def _to_addressees(messages: list[Contact], addressees: dict[str, tuple[str, ...]]) -> list[Contact]:
    """Messages carried by an envoy go to the one they are addressed to, not to whom he handed them
    («سلّم سنائي بوغدانوف رسالة من ظريف إلى نظيره الروسي سيرغي لافروف»: Zarif's message to Lavrov)."""
    for c in messages:
        for side, country in (("russia_ids", RUSSIA), ("iran_ids", IRAN)):
            if addressees.get(country):
                setattr(c, side, addressees[country])
    return messages


def _handed_over_in_person(words: Scan, s0: int, s1: int, cues: list, envoy: Contact, carried: list[Contact]) -> bool:
    """Was the message handed over by someone other than its author, in person (no call named)?"""
    if not words.status["handed_over"].search(s0, s1) or any(c[3] == "phone_call" for c in cues):
        return False
    return all(set(envoy.russia_ids) != set(c.russia_ids) or set(envoy.iran_ids) != set(c.iran_ids) for c in carried) \
        and _names_a_person(envoy.russia_ids) and _names_a_person(envoy.iran_ids)


def _without_authors(side: list[Party], authors: set[int]) -> list[Party]:
    """A side without the message's author, when someone else stands for it (the envoy who carries
    the Leader's message and meets Putin is the party, not the Leader)."""
    kept = [p for p in side if p.start not in authors]
    return kept if any(p.kind != "state" for p in kept) else side


def _contact_words(cues: list, parties: list[Party], words: Scan, s0: int, s1: int) -> list:
    """A sentence's contact words, without those inside a name (صادق), those that are another word
    («اللذين وقعا»: "happened", not "signed"; «سالگرد امضای معاهده»: an anniversary, treaty
    included), a signing named as a trip's purpose, and a signing that is what a message is about
    («در پیامی … تصویب پیمان را تبریک گفت»: no verb says a signing took place)."""
    cues = [c for c in cues if not any(p.start <= c[0] < p.end for p in parties)]
    press = words.status["no_contact"].find(s0, s1)  # «مؤتمر صحفي», «نشست خبری»: a press conference
    cues = [c for c in cues if not any(s <= c[0] < e for s, e, _w, _k in press)]
    other_words = [c for c in cues if words.homograph(c[0], c[2])
                   or c[3] == "agreement" and words.signs_a_decree(c[0], c[1])]
    cues = [c for c in cues if c not in other_words and not (
        c[3] == "agreement_document" and any(0 < c[0] - o[1] <= 30 for o in other_words))]
    # (the nuclear deal named, «نعمل على إحياء الاتفاق النووي», is no document of the two)
    deals = words.status["multilateral"].find(s0, s1)
    cues = [c for c in cues if c[3] != "agreement_document" or not any(s <= c[0] < e for s, e, _w, _k in deals)]
    # (nor one named by a city, «لن يتأثر باتفاق جنيف»: a deal known by its place, not a signing told)
    cues = [c for c in cues if c[3] != "agreement_document" or not _named_by_a_place(words, c[1], s1)]
    if any(c[3] == "message" for c in cues) and not words.status["signed"].search(s0, s1):
        cues = [c for c in cues if c[3] not in ("agreement", "agreement_document")]
    if any(c[3] == "message" for c in cues):
        # «در پیامی … تبریک گفت و او را به سفر به مسکو دعوت کرد»: the trip he is invited to is what the
        # message says, not a contact of its own
        invited = words.status["invitation"].find(s0, s1)
        cues = [c for c in cues if c[3] not in ("visit", "summit")
                or not any(abs(c[0] - i) <= INVITATION_REACH for i, *_x in invited)]
        # (nor a meeting it hopes for: «… برقية تهنئة إلى روحاني، أعرب فيها … عن أمله في لقائه»)
        hoped = words.status["hope"].find(s0, s1)
        cues = [c for c in cues if c[3] == "message" or not any(0 < c[0] - e <= INVITATION_REACH for _s, e, *_x in hoped)]
    return _without_purposes(cues, words)


def _named_by_a_place(words: Scan, end: int, s1: int) -> bool:
    """Does a third country's city stand right after a document word ending at ``end`` («اتفاق جنيف», «توافق
    ژنو»; not a country, «معاهده ایران و روسیه», nor a side's capital, «اتفاقية طهران مع روسيا»)?"""
    places = actors()[1]
    return any(p[0] - end <= 3 and not words.text[end:p[0]].strip(" \u200c\u00a0«\"") and p[3] in places
               and places[p[3]].country not in (p[3], RUSSIA, IRAN) for p in words.places.find(end, s1))


INVITATION_REACH = 40  # characters between an invitation and the trip it invites to
OWNER_REACH = 25  # characters from a trip named as a purpose to the one whose trip it is


def _addressed_to_a_third(words: Scan, cue: tuple, parties: list[Party], s1: int) -> bool:
    """Is the contact word's addressee, named right after it, of a third country, with neither side named
    beside it in its phrase («أجرى لافروف اتصالاً هاتفياً بنظيره الأمريكي ريكس تيلرسون، ووصف الرئيس الإيراني …»,
    «لاوروف در تماس تلفنی با همتای آمریکایی خود»)? Then the contact is with that country."""
    after = sorted((p for p in parties if p.start >= cue[1]), key=lambda p: p.start)
    if not after or after[0].country != OTHER or after[0].kind == "state":
        return False
    gap = words.text[cue[1]:after[0].start]
    if len(gap.split()) > 1 or any(ch in gap for ch in CLAUSE_MARKS):
        return False  # (a preposition at most: «ب», «مع», «با»)
    mark = next((i for i in range(after[0].end, s1) if words.text[i] in CLAUSE_MARKS), s1)
    return not any(p.country in (RUSSIA, IRAN) for p in after if p.start < mark)


def _without_owners_of_purposes(words: Scan, parties: list[Party], dropped: list) -> list[Party]:
    """Without the one whose trip or signing is named as a purpose («وبحثا التحضيرات لزيارة أوفرتشوك»), when
    someone else of their side is named: what was prepared is the topic, the one who travels no party."""
    purposes = [c for c in dropped if words.purpose(c[0])]
    if not purposes:
        return parties

    def owner(p: Party) -> bool:
        return p.kind == "person" and p.country in (RUSSIA, IRAN) and any(
            0 <= p.start - c[1] <= OWNER_REACH and not words.words.clause_mark.search(words.text, c[1], p.start)
            and not (with_word and with_word.search(words.text, c[1], p.start)) for c in purposes)
    with_word = words.words.with_word  # («برای شرکت در نشست سه‌جانبه با حسن روحانی»: with whom, not whose)
    return _unless_alone(parties, [p for p in parties if owner(p)])


def _without_purposes(cues: list, words: Scan) -> list:
    """A signing, a summit or a trip named as a purpose («برای امضای پیمان به مسکو سفر کند», «وصل …
    لتوقيع المعاهدة», «از او برای شرکت در اجلاس سران دعوت کرد», «برای سفری دوروزه وارد تهران می‌شود و …
    گفت‌وگو خواهد کرد») is no contact word: the trip, the message, the talks are the contact (unless
    nothing else is named)."""
    kept = [c for c in cues if c[3] not in ("agreement", "summit", "visit") or not words.purpose(c[0])]
    kept = kept if any(c[3] != "agreement_document" for c in kept) else cues
    # (nor a signing named as a time: «دیروز پیش از امضای معاهده با میشوستین … دیدار کرد» is the meeting,
    # «دهقان پس از امضای تفاهم‌نامه در جمع خبرنگاران گفت» a statement after the signing reported before)
    timed = [c for c in kept if c[3] == "agreement" and words.named_as_time(c[0])]
    if timed:
        kept = [c for c in kept if c not in timed and c[3] != "agreement_document"]
    return kept


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _governing_first(cues: list, russia: list[Party], iran: list[Party], background: list[tuple[int, int]] = (),
                     with_third_party: Callable[[int], bool] = lambda cue: False) -> list:
    """The contact words of a sentence, the one standing closest to both sides first: in
    "بوتين التقى كيم …، فيما أجرى لافروف اتصالا مع باقري كني" the call, not the meeting, is
    the Russia–Iran contact (its parties and its date are read around it).  A word in a
    relative clause about a party (``background``) governs only when no other does, and a word
    whose clause names a third party (``with_third_party``: بوتين التقى أردوغان …، فيما كان قد
    التقى بزشكيان) only when no other does."""
    if len(cues) < 2:
        return cues

    def distance(cue: tuple) -> tuple[bool, bool, int]:
        return (_inside(cue[0], background), with_third_party(cue[0]),
                min(abs(p.start - cue[0]) for p in russia) + min(abs(p.start - cue[0]) for p in iran))

    best = min(cues, key=distance)
    return [best] + [c for c in cues if c is not best]


def _make(text: str, s0: int, s1: int, content: int, russia: list[Party], iran: list[Party], cues: list,
          words: Scan, g, mentions: list[DateMention], doc: str, published: dt.date | None,
          doc_date: dt.date | None, doc_basis: str | None, named: set[str],
          previous: Contact | None = None, sentence_parties: list[Party] = (),
          day_before: Callable[[int], dt.date | None] = lambda _pos: None) -> Contact:
    # (the kind the governing word's clause tells: «التقى رئيسي … لافروف …، فيما شارك بوتين في أشغالها عبر تقنية
    # الفيديو» is a meeting; the video link is another clause's)
    kind = _kind({k for c0, _e, _w, k in cues if not words.contrast_break(min(c0, cues[0][0]), max(c0, cues[0][0]))})
    speech = _statement_after(words, cues[0][0], russia + iran, s1)
    background = words.background(sentence_parties, s1)
    # the contact told in a relative clause about a party («رئیسی که دیروز … با پوتین دیدار کرد، امروز …»):
    # its tense and its date are that clause's
    # (and the tense of one told in a relative clause about a thing: «… ابراز امیدواری کرد پیمانی که دی‌ماه
    # گذشته در مسکو امضا شد، هرچه زودتر اجرا شود» — the treaty was signed)
    own = next(((a, b) for a, b in background if a <= cues[0][0] < b), None) \
        or next(((a, b) for a, b in words.relative_clauses(s0, s1) if a <= cues[0][0] < b), None)
    told_from, told_to = (max(content, own[0]), min(speech, own[1])) if own else (content, speech)
    told_to = _before_a_clause_of_its_own(text, words, max(c[1] for c in cues), told_to)
    # (nor the tense of a clause of another event after the governing word: «أجرى … اتصالاً هاتفياً …، فيما تقرر
    # إرجاء اجتماعات اللجنة … التي كانت مقررة …»)
    contrast = words.words.contrast_breaks.search(text, cues[0][1], s1) if words.words.contrast_breaks else None
    told_to = min(told_to, contrast.start()) if contrast and contrast.start() > told_from else told_to
    says = speech
    if kind == "message":  # (what the message says is not its tense or day: «نقل … رسالة … يدعوه فيها إلى … العام المقبل»)
        content_words = words.status["message_content"].find(cues[0][1], told_to)
        says = told_to = content_words[0][0] if content_words else told_to
    status = _status(text, told_to, told_from, words, g, own or (s0, s1))  # (a part of a sentence: its own tense)
    if previous is not None and status != CANCELLED:
        status = previous.status  # (a sentence going on about it may speak of another event to come)
    in_sentence = [m for m in mentions if s0 <= m.start and m.end <= s1]
    reported = [m for m in in_sentence if m.end <= content and m.first is not None]
    event_dates = [m for m in in_sentence if (m.start >= content or content == s0) and m.start < min(speech, says)]
    # not a date in a relative clause about a party («غریب‌آبادی، که ۲۴ اسفند در پکن … شرکت کرده بود، امروز …»)
    if event_dates and own:
        event_dates = [m for m in event_dates if own[0] <= m.start < own[1]] or event_dates
    elif event_dates:
        event_dates = [m for m in event_dates if not _inside(m.start, background)] or event_dates
    # not the occasion of a message («برقية تهنئة … بمناسبة عيد النوروز»): the message is sent before it
    if kind == "message":
        event_dates = [m for m in event_dates if not words.named_as_occasion(m.start)]
    # not the start of a "since" («منذ تعيينه في منصبه في ماي الماضي»), nor the day of another contact told
    # as a time («وبعد زيارة سلفه إلى طهران في نونبر 2022»), when the sentence has another date
    others = [(a, b) for a, b in words.other_contact_phrases(s0, s1) if not a <= cues[0][0] < b]  # (not its own)
    event_dates = [m for m in event_dates if not _inside(m.start, others)]
    # (never a «since», unless the contact is what it starts from: «منذ زيارة روحاني لموسكو في 28 مارس»)
    event_dates = [m for m in event_dates if not _a_since_of_another(g, text, m.start, s0, cues[0][0])]
    # (nor the day a first or last of its kind is told after or before: «نخستین دیدار … پس از مراسم تنفیذ ۱۲ مرداد»)
    event_dates = [m for m in event_dates if not words.bound_of_a_series(cues[0], m.start)]
    e0, e1 = words.sentence_of(s0)  # (a part of a sentence is quoted with the whole sentence)
    o0, o1 = words.original_span(e0, e1)
    contact = Contact(doc=doc, evidence=words.quote(e0, e1), start=o0, end=o1, type=kind, status=status,
                      russia_ids=(), iran_ids=(), actors_raw=(), published=published)
    contact.reported_on = reported[-1].first if reported else (published or doc_date)
    _date(contact, event_dates, cues, text, s0, s1, words, doc_date, doc_basis, g)
    if contact.date_note == DOCUMENT_DATE_NOTE and reported and words.after_the_contact(cues[0][0]) \
            and canon(cues[0][2]) in words.words.own_contact:
        # «أعلن ليخاتشوف، أمس، أن …، وذلك عقب لقائه إسلامي»: right after his meeting, on the day he spoke
        _dated_by(contact, reported[-1], "no date stated: the day of the statement made right after it")
    if previous is not None and (not event_dates or previous.date_start is not None
                                 and previous.date_note != DOCUMENT_DATE_NOTE):
        # the day (or the reason for none) of the contact this sentence goes on with (a date the
        # sentence names besides is another event's: «این سفر … پس از آغاز جنگ در ۲۴ فوریه»)
        for attr in ("date_start", "date_end", "precision", "date_basis", "date_note", "date_text"):
            setattr(contact, attr, getattr(previous, attr))
    _the_day_after_the_one_told(contact, event_dates, words, day_before)
    now = published or doc_date
    if contact.status == OCCURRED and now is not None and contact.date_start is not None \
            and contact.date_start > now:
        contact.status = PLANNED  # "يزور … من 22 إلى 24 أكتوبر": a date still to come is planned
    day = contact.date_start or contact.reported_on or doc_date
    if previous is not None:
        # a side named again by a person or a title (با رئیس‌جمهور کشورمان) is read anew
        # (where the contact before names no one: «خلال اللقاء … بوفاة الرئيس إبراهيم رئيسي» keeps its people)
        contact.russia_ids = _resolve_side(russia, iran, day, named) \
            if _names_someone(russia) and not _names_a_person(previous.russia_ids) else ()
        contact.russia_ids = contact.russia_ids or previous.russia_ids
        contact.iran_ids = _resolve_side(iran, russia, day, named) \
            if _names_someone(iran) and not _names_a_person(previous.iran_ids) else ()
        contact.iran_ids = contact.iran_ids or previous.iran_ids
        contact.actors_raw = tuple(dict.fromkeys(previous.actors_raw + _names_as_written(words, russia + iran)))
        if contact.type in ("visit", "summit", "talks") and previous.type not in ("visit", "summit", "talks") \
                or contact.family != previous.family:
            contact.type = previous.type
    else:
        contact.russia_ids = _resolve_side(russia, iran, day, named)
        contact.iran_ids = _resolve_side(iran, russia, day, named)
        contact.actors_raw = _names_as_written(words, russia + iran)
        _host_of_a_state_visit(contact, day)
    # (going on with a contact, a place named is another event's: «… نشست بعدی … در مسکو»)
    # (nor where a clause of another event is: «… على انفراد قبيل القمة، فيما يستقبل … في سانت بطرسبرغ …»)
    contact.place = previous.place if previous is not None else words.venue(s0, contrast.start() if contrast else s1,
                                                                            others)
    if contact.family == "phone_call":
        contact.place = None  # (a call is held nowhere: «… درباره روند مذاکرات در وین تلفنی گفتگو کردند» is its topic)
    contact.confidence = _confidence(contact, russia, iran, previous)
    return contact


def _before_a_clause_of_its_own(text: str, words: Scan, after: int, end: int) -> int:
    """Where the contact's words end: at a semicolon after its last contact word, when no contact word
    follows («… یادداشت تفاهم … را امضا کردند؛ ایران در سال ۲۰۲۲ … وارد خواهد کرد»: the future is the
    imports', not the signing's); else ``end``."""
    semicolon = min((i for i in (text.find(ch, after, end) for ch in ";؛") if i >= 0), default=None)
    if semicolon is None or words.contacts.search(semicolon, end):
        return end
    return semicolon


def _statement_after(words: Scan, cue: int, parties: list[Party], s1: int) -> int:
    """Where a statement made after the contact begins: a reporting verb after the contact word and
    both sides («میلر پس از دیدار با پاک‌نژاد اعلام کرد صادرات … از سال ۲۰۲۶ آغاز می‌شود»: 2026 is
    what he said, not the day they met); the sentence end when there is none."""
    after = max([cue] + [p.end for p in parties])
    found = words.status["reporting"].find(after, s1)
    return found[0][0] if found else s1


def _names_someone(side: list[Party]) -> bool:
    return any(p.actor or p.kind in ("title", "counterpart") for p in side)


def _names_as_written(words: Scan, parties: list[Party]) -> tuple[str, ...]:
    """The parties as the source names them: a title and the name right after it are one
    (``الرئيس الروسي فلاديمير بوتين``), in order of appearance, each once."""
    spans: list[list] = []
    for p in sorted(parties, key=lambda p: p.start):
        last = spans[-1] if spans else None
        if last and last[2] == p.country and p.start >= last[1] \
                and not words.text[last[1]:p.start].strip(" \u200c\u00a0"):
            last[1] = max(last[1], p.end)
        else:
            spans.append([p.start, p.end, p.country])
    return tuple(dict.fromkeys(words.quote(s, e) for s, e, _c in spans))


def _status(text: str, s1: int, content: int, words: Scan, g, clause: tuple[int, int] | None = None) -> str:
    """Cancelled, planned or occurred, by the words and the tense after ``content`` (in ``clause`` only, if given)."""
    # (not the words of a relative clause with no contact word: «… درباره دور تازه مذاکرات که قرار است ۲۹ خرداد
    # برگزار شود، رایزنی کرد» happened; the round it is about is to come)
    topics = words.topic_clauses(content, s1, comma=True)

    calls = [(a, b) for a, b, _w, _k in words.status["call_for"].find(content, s1)]  # («ودعا الجانبان إلى رفع …»)
    # (nor is a contact «at the invitation of» someone one still to come: «زار رئيسي موسكو أمس بدعوة من بوتين»)
    calls += [(a, b) for a, b, _w, _k in words.status["at_invitation"].find(content, s1)]

    def said(key: str) -> bool:
        return any(not _inside(item[0], topics) and not (key == "cancelled" and words.cancels_no_contact(item[1]))
                   and not (key == "planned" and _inside(item[0], calls))
                   for item in words.status[key].find(content, s1))
    if said("cancelled"):
        return CANCELLED
    if said("planned") or said("postponed"):
        return PLANNED
    if g.direction(text, content, s1, clause) != FUTURE:
        return OCCURRED
    if topics:  # the future may be those clauses': read again with them blanked out (offsets kept)
        lo = max(0, content - STATUS_CONTEXT)
        local = list(text[lo:min(len(text), s1 + STATUS_CONTEXT)])
        for a, b in topics:
            local[a - lo:b - lo] = " " * (b - a)
        within = (clause[0] - lo, clause[1] - lo) if clause else None
        return PLANNED if g.direction("".join(local), content - lo, s1 - lo, within) == FUTURE else OCCURRED
    return PLANNED


BOUND_REACH = 12  # characters before a date where its «after» or «before» (بعد, قبل, پس از) stands


def _bounded_by(words: Scan, m: DateMention) -> bool:
    """Does «after» or «before» stand right before the mention («بعد عيد الفطر», «قبل نهاية العام»: some day
    after or before it), not as a time of day («بعد ظهر اليوم»: this afternoon)?"""
    rx, tod = words.words.bound_of_a_day, words.words.time_of_day
    return bool(rx and rx.search(words.text, max(0, m.start - BOUND_REACH), m.start)
                and not (tod and tod.match(words.text, m.start)))


def _date(contact: Contact, dates: list[DateMention], cues: list, text: str, s0: int, s1: int,
          words: Scan, doc_date: dt.date | None, doc_basis: str | None, g) -> None:
    """The date that governs the contact: the mention nearest its contact word; else, for a
    contact that happened, the document date; else none, with the reason."""
    usable = [m for m in dates if m.kind not in EXTRA_KINDS]
    cue = cues[0][0]
    if usable:
        # a date of the contact word's own clause (not across فيما, در حالی که, ;) if there is one; one
        # across «while» is another clause's event, never this one's («وعقد بوتين وروحاني اجتماعاً …، فيما
        # التقى … لافروف وظريف، أمس»)
        usable = [m for m in usable if not words.contrast_break(min(m.start, cue), max(m.end, cue))]
        usable = [m for m in usable if not words.clause_break(min(m.start, cue), max(m.end, cue))] or usable
        # not a date before a colon (or «|», «--») before the contact word: a page header's, a dateline's or a
        # statement's («الاثنين - 26 محرم 1447 هـ - 21 يوليو 2025 مـ موسكو: استقبل بوتين … أمس»)
        usable = [m for m in usable if not (m.end <= cue and any(mark in text[m.end:cue] for mark in DATELINE_ENDS))] \
            or usable
        # not a date inside a relative clause the contact word stands outside, when there is another
        # («… با لاوروف دیدار و درباره توافق ژنو که ۳ آذر … حاصل شد، گفت‌وگو کرد»: the Geneva deal's day)
        clauses = words.relative_clauses(s0, s1)
        others = [(a, b) for a, b in clauses if not any(a <= c[0] < b for c in cues)]
        usable = [m for m in usable if not any(a <= m.start < b for a, b in others)] or usable
        # (and a date of the relative clause the contact word stands in, when it has one: «…، التي وقعها
        # الرئيسان … في 17 جانفي الماضي»)
        own = [(a, b) for a, b in clauses if a <= cue < b]
        usable = [m for m in usable if any(a <= m.start < b for a, b in own)] or usable
        # not a date of what was talked about («… دیدار و درباره آینده برجام پس از انتخابات ۳ نوامبر آمریکا
        # گفت‌وگو کرد», «بحثا … بشأن …»), when there is another
        topics = words.topic_phrases(s0, s1, cues)
        usable = [m for m in usable if not _inside(m.start, topics)] or usable
        # never the date of another event named as a time («… بعد أقل من أسبوع من اغتيال هنية في طهران فجر
        # الأربعاء الماضي»: the killing's day)
        # (nor the day something starts from: «… لتوريد الغاز … اعتباراً من العام المقبل», the supplies', not the signing's)
        usable = [m for m in usable if not words.date_of_an_event(m.start) and not words.starting_from(m.start)]
        # (nor a date of the event counted from the contact: «دخلت الفصائل دمشق فجر اليوم الأحد، بعد ساعات من اجتماع
        # عقده … مساء أمس السبت»)
        counted = words.counted_from(cue)
        if counted is not None:
            usable = [m for m in usable if m.end > counted] or usable
        # (nor the year in a document's name: «… معاهدة الشراكة … في ختام محادثات موسعة، لتحل محل معاهدة عام 2001»)
        usable = [m for m in usable if not words.year_of_a_document(m)]
        if contact.family == "agreement":  # (nor the years the signed plan is for, nor the day it took effect)
            usable = [m for m in usable if not words.period_of_a_document(m) and not words.day_in_force(m)]
        # (nor, in another clause, the first months of a year a figure is counted over: «ووقع … مذكرة تفاهم، بعد
        # أن ارتفع حجم التبادل … خلال الأشهر الثمانية الأولى من العام», a statistic's period)
        usable = [m for m in usable if m.rule not in STATISTIC_RULES
                  or not words.clause_break(min(m.start, cue), max(m.end, cue))]
        # not a date after the contact's own verb and «and» in a verb-final language, in a clause with no
        # contact word: another event's («… با پوتین دیدار کرده بود و امروز بعدازظهر به تهران بازمی‌گردد»)
        # (nor in a clause of its own contact word that names no side: «… امروز با مسعود پزشکیان دیدار می‌کند و
        # فردا چهارشنبه از بندر انزلی بازدید خواهد کرد», a tour)
        cut = g.clause_end_after(text, cue, s1)
        if cut is not None and (not words.contacts.search(cut, s1) or not _countries(words, cut, s1)):
            usable = [m for m in usable if m.start < cut] or usable
    if contact.status == PLANNED:
        usable = [m for m in usable if not _bounded_by(words, m)]
        if words.status["postponed"].search(s0, s1):  # (put off to a day told: not the one it had been planned for)
            usable = [m for m in usable if not g.was_planned_for(text, m.start)] or usable
    if usable:
        cue = _met_during_the_visit(cues, words) or cues[0]
        best = min(usable, key=lambda m: (_distance(m, cue, words.words.verb_final), m.start))
        contact.date_text = best.text
        if best.first is None:
            contact.date_note = f"the date «{best.text}» cannot be resolved: " + "; ".join(best.warnings)
            contact.date_basis = "unknown"
            return
        _dated_by(contact, best)
        return
    if contact.status != OCCURRED:
        contact.date_note = PLANNED_UNDATED_NOTE
        return
    # («پیش از این»: previously; not «پیش از این دیدار», before this meeting, the same occasion)
    markers = [m[0] for m in words.status["continuation"].find(s0, s1)]
    # (not in a clause of another event after the contact's word: «وعقد بوتين وروحاني لقاءً ثنائياً …، بعدما كان الرئيس
    # الروسي قد التقى أردوغان في وقت سابق»)
    earlier = [e for e in words.status["earlier"].find(s0, s1) if not words.clause_break(cues[0][1], e[0])]
    if any(not any(e[0] <= m <= e[1] for m in markers) for e in earlier):
        contact.date_note = "reported as earlier, no date stated"
        return
    if doc_date is None:
        contact.date_note = "no date stated and the document carries no publication date"
        return
    contact.date_start = contact.date_end = doc_date
    contact.precision = "day"
    contact.date_basis = doc_basis or "publication-date"
    contact.date_note = DOCUMENT_DATE_NOTE


YEAR_DAYS = 364  # days a date spans at least to be a year a document is for
STATISTIC_RULES = ("first_months",)  # date rules whose mentions are periods figures are counted over


# what closes a header or dateline («موسكو - 20 - 8 (كونا) -- بحث …», «طهران/ 24 دي/ إرنا- بحث …», «موسكو، 6 أغسطس/آب
# (تاس) - وقّع …»: an agency's name in brackets, then a dash)
DATELINE_ENDS = (":", "|", "--", "/", ") -", ")-")


def _met_during_the_visit(cues: list, words: Scan) -> tuple | None:
    """The meeting word of a visit «during which» it is held («وصل … أمس في زيارة …، يلتقي خلالها اليوم
    السبت …»), or in a clause of its own after it («…، والتقى صباح اليوم …»), when the visit's word leads:
    the meeting's date is the one nearest it, not the arrival's."""
    if cues[0][3] != "visit":
        return None
    return next((c for c in cues[1:] if c[3] in ("meeting", "talks")
                 and (words.status["during_visit"].search(cues[0][1], c[1] + DURING_AFTER_MEETING)
                      or _after_comma_and(words, c[0]))), None)


def _after_comma_and(words: Scan, pos: int) -> bool:
    """Does «، و» open the clause of the word at ``pos`` («وصل … مساء أمس الاثنين …، والتقى صباح اليوم …»)?"""
    rx = words.words.comma_and
    return rx is not None and any(m.end() >= pos - 1 for m in rx.finditer(words.text, max(0, pos - 4), pos + 1))


DURING_AFTER_MEETING = 12  # characters: «يلتقي خلالها»: the «during which» may stand right after the meeting's word


def _distance(m: DateMention, cue: tuple, verb_final: bool) -> int:
    """How far a date is from a contact word: from its start, where the verb ends the clause (a verb's
    date stands before it); else the gap between the two («… أمس، والتقى اليوم الخميس …»: today's)."""
    if verb_final:
        return abs(m.start - cue[0])
    return cue[0] - m.end if m.end <= cue[0] else max(0, m.start - cue[1])


def _dated_by(contact: Contact, m: DateMention, note: str = "") -> None:
    """Give ``contact`` the day(s) of mention ``m`` (resolved), with how they were read."""
    contact.date_start, contact.date_end, contact.precision = m.first, m.last, m.precision
    contact.date_text, contact.date_basis, contact.date_note = m.text, _date_basis(m), note


def _a_since_of_another(g, text: str, start: int, s0: int, cue: int) -> bool:
    """Is the date at ``start`` the start of a «since» whose contact word is not ``cue``?"""
    since = g.since_before(text, start, s0)
    return since is not None and not since < cue < start


def _date_basis(m: DateMention) -> str:
    """How a contact's date was read from its mention: ``explicit``, ``header-date`` (the page
    header was the anchor), ``year-inferred (publication-date)``, ``relative (publication-date)``
    (اليوم الخميس, read against the publication date: stated, not the document-date fallback)."""
    if "header-date" in (m.basis, m.anchor_basis):
        return "header-date"
    if m.basis == "year-inferred":
        return f"year-inferred ({m.anchor_basis})"
    if m.basis in ("publication-date", "narrative-date"):
        return f"relative ({m.basis})"
    return m.basis


def _host_of_a_state_visit(contact: Contact, day: dt.date | None) -> None:
    """A president's visit to the other country, no host named («سفر رئیسی به مسکو»): the host is
    that country's president on the day (a state visit is the head of state's to receive)."""
    if contact.type != "visit" or day is None:
        return
    people = actors()[0]

    def president(ids: tuple[str, ...]) -> bool:
        return any(i in people and "president" in people[i].roles(day) for i in ids)
    for host, guest in (("russia_ids", "iran_ids"), ("iran_ids", "russia_ids")):
        country = getattr(contact, host)
        if len(country) == 1 and country[0] in (RUSSIA, IRAN) and president(getattr(contact, guest)):
            head = holder(country[0], "president", day)
            if head is not None:
                setattr(contact, host, (head.id,))


def _resolve_side(side: list[Party], other_side: list[Party], day: dt.date | None, named: set[str]) -> tuple[str, ...]:
    """Actor ids for a side: people as named, titles resolved to the holder on ``day``, states kept."""
    people = actors()[0]
    out: list[str] = []
    advised = {p.actor for p in side if p.kind == "person" and p.actor and p.advised
               and p.actor in people and p.advised in people[p.actor].roles(day)}
    side = [p for p in side if p.actor not in advised]
    for p in side:
        if p.kind == "person" and p.actor:
            out.append(p.actor)
        elif p.kind == "title" and p.role in (NAMED_MINISTER, NAMED_OFFICIAL):
            fitting = [i for i in sorted(named) if i in people and people[i].country == p.country
                       and people[i].fits(p.role, day)]
            out.append(fitting[0] if len(fitting) == 1 else p.country)  # (two such named: the country)
        elif p.kind == "title" and p.role:
            a = holder(p.country, p.role, day, named)
            if a:
                out.append(a.id)
        elif p.kind == "counterpart":
            roles = set()
            for q in other_side:
                if q.kind == "person" and q.actor:
                    roles |= people[q.actor].roles(day)
                elif q.role:
                    roles.add(q.role)
            for role in sorted(roles):
                a = holder(p.country, role, day, named)
                if a:
                    out.append(a.id)
                    break
        elif p.kind == "state":
            out.append(p.country)
    named_here = [p.actor for p in side if p.kind == "person" and p.actor]
    if named_here:
        out = named_here  # a name beside a title or a state is the party (الرئيس الإيراني محمد مخبر)
    if not out:  # a title no one in the tables holds (an adviser): the country stands in
        out = [p.country for p in side if p.country in (RUSSIA, IRAN)][:1]
    return tuple(dict.fromkeys(out))


def _confidence(contact: Contact, russia: list[Party], iran: list[Party], previous: Contact | None) -> float:
    score = 0.5
    if previous is None and any(p.kind != "state" for p in russia) and any(p.kind != "state" for p in iran):
        score += 0.2
    if contact.date_basis in ("explicit",) or contact.date_basis.startswith("year-inferred"):
        score += 0.1
    if contact.place:
        score += 0.05
    if previous is not None:
        score -= 0.1
    if contact.date_start is None:
        score -= 0.05
    return round(min(max(score, 0.05), 0.95), 2)


# ---------------------------------------------------------------------------------------------
# gatherings: both invited to, or taking part in, a summit named nearby
# ---------------------------------------------------------------------------------------------

def _trip_to_a_side(words: Scan, s0: int, s1: int) -> bool:
    """Does a visit word name Russia or Iran as where it goes («قبل دعوة … لزيارة طهران مجدداً»): a trip of one
    side to the other, not a gathering both are invited to?"""
    places = actors()[1]
    for _s, e, _w, kind in words.contacts.find(s0, s1):
        if kind == "visit" and any(places[key].country in (RUSSIA, IRAN) for a, _b, _x, key in
                                   words.places.find(e, min(s1, e + TRIP_REACH)) if key in places and a - e <= TRIP_REACH):
            return True
    return False


TRIP_REACH = 12  # characters from a visit word to the place it goes to


def _gathering_contacts(index: int, spans: list[tuple[int, int]], text: str, parties: list[Party],
                        words: Scan, g, mentions_in: Callable[[int, int], list[DateMention]], doc: str,
                        published: dt.date | None, named: set[str]) -> list[Contact]:
    s0, s1 = spans[index]
    russia, iran, other = _sides(parties)
    if not russia or not iran or not words.status["participation"].search(s0, s1) or _trip_to_a_side(words, s0, s1):
        return []
    if words.status["cancelled"].search(s0, s1):
        return []  # («سفر شویگو … که برای دوشنبه آینده برنامه‌ریزی شده بود، لغو شد»: no one goes to the gathering before)
    if other and any(k == "summit" for *_x, k in words.contacts.find(s0, s1)):
        return []  # («سفر ولایتی چهار روز پیش از نشست سران روسیه و آمریکا …»: a gathering of its own, with others)
    planned = words.status["planned"].search(s0, s1) or g.direction(text, s0, s1) == FUTURE
    out = []
    for j in range(max(0, index - GATHERING_WINDOW), index):
        g0, g1 = spans[j]
        gatherings = [c for c in words.contacts.find(g0, g1) if c[3] == "summit"]
        if not gatherings:
            continue
        dates = [m for m in mentions_in(g0, g1) if m.first is not None and m.kind not in EXTRA_KINDS]
        place = words.venue(g0, g1)
        if not dates and not place:
            continue
        o0, o1 = words.original_span(g0, s1)
        contact = Contact(doc=doc, evidence=f"{words.quote(g0, g1)} … {words.quote(s0, s1)}", start=o0, end=o1,
                          type="summit",
                          status=PLANNED if planned or words.status["planned"].search(g0, g1) else OCCURRED,
                          russia_ids=(), iran_ids=(), actors_raw=_names_as_written(words, russia + iran),
                          place=place, published=published)
        if dates:
            contact.date_start = min(m.first for m in dates)
            contact.date_end = max(m.last for m in dates)
            contact.precision = "day" if contact.date_start == contact.date_end else "days"
            contact.date_text = " ; ".join(m.text for m in dates)
            contact.date_basis = "header-date" if any("header-date" in (m.basis, m.anchor_basis) for m in dates) \
                else "explicit" if all(m.basis == "explicit" for m in dates) else "year-inferred"
        else:
            contact.date_note = "the gathering's date is not stated"
        contact.reported_on = published
        day = contact.date_start or published
        contact.russia_ids = _resolve_side(russia, iran, day, named)
        contact.iran_ids = _resolve_side(iran, russia, day, named)
        contact.confidence = 0.55
        out.append(contact)
    return out
