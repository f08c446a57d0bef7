"""The chronology: contacts from many documents, deduplicated into one row per event.

``build_chronology(documents)`` returns a pandas DataFrame, one row per event; ``build_tables``
also returns the table of every date mention.  Reports of one event merge when they have the same
pair (a state stands in for its people), a compatible kind of contact (meeting, talks, visit and
summit are reports of one gathering; a call, a signing and a message are each their own), dates
that overlap within their precision, and the same place when both know it.  The merged row keeps
the most specific date, place and kind, and lists every source.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Iterator

from . import calendars as cal
from .contacts import (CANCELLED, DOCUMENT_DATE_NOTE, OCCURRED, PLANNED, TYPES, Contact, actors,
                       place_contains)
from .dates import DateMention
from .documents import Document

EVENT_COLUMNS = ["event_id", "date_start", "date_end", "precision", "date_jalali", "date_basis", "date_note",
                 "type", "status", "russia", "iran", "actors_raw", "place", "reported_on", "evidence", "doc",
                 "sources", "n_sources", "confidence"]
MENTION_COLUMNS = ["doc", "start", "end", "text", "value", "calendar", "kind", "precision", "first", "last",
                   "native", "basis", "anchor", "anchor_basis", "warnings"]
LIST_SEPARATOR = "; "
PUBLICATION_SLACK = 7  # days: a contact dated by its report happened up to a week before
VISIT_DAYS = 2  # days: within one report, a visit's meetings may come this long after its first day
_PRECISION_RANK = {"day": 0, "days": 1, "week": 2, "month": 3, "year": 4}
_BASIS_RANK = {"explicit": 0, "relative": 1, "header-date": 2, "narrative-date": 2, "publication-date": 3,
               "unknown": 4}


@dataclass
class Tables:
    """The chronology (one row per event) and every date mention (one row per mention)."""

    events: Any  # pandas.DataFrame
    mentions: Any  # pandas.DataFrame


@dataclass(slots=True)
class Reports:
    """Reports that agree in everything merging looks at (kind, status, sides, place, date; and
    the sentence, for undated ones): kept once, with every source, so memory grows with the
    number of distinct reports, not with the number of articles."""

    contact: Contact  # the most confident of them (then the earliest in its document)
    docs: list[str] = field(default_factory=list)  # in input order (a document's reports come together)
    count: int = 0
    actors_raw: tuple[str, ...] = ()  # every spelling, in order of appearance
    reported_on: dt.date | None = None

    def add(self, c: Contact) -> None:
        if _best_key(c) < _best_key(self.contact):
            self.contact = c
        if not self.docs or self.docs[-1] != c.doc:
            self.docs.append(c.doc)
        self.count += 1
        if not self.actors_raw:
            self.actors_raw = c.actors_raw
        elif c.actors_raw != self.actors_raw and not set(c.actors_raw) <= set(self.actors_raw):
            self.actors_raw = tuple(dict.fromkeys(self.actors_raw + c.actors_raw))
        if c.reported_on and (self.reported_on is None or c.reported_on < self.reported_on):
            self.reported_on = c.reported_on


@dataclass
class Event:
    """Reports of one contact, merged; what merging checks is kept up to date as reports join,
    so a check costs the number of distinct sides and places, not the number of reports."""

    reports: list[Reports] = field(default_factory=list)
    sides: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)
    places: set[str | None] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    _dated: Contact | None = None

    def add(self, r: Reports) -> None:
        c = r.contact
        self.reports.append(r)
        self.sides.add((c.russia_ids, c.iran_ids))
        self.places.add(c.place)
        self.statuses.add(c.status)
        if c.date_start is not None and (self._dated is None or _date_rank(c) < _date_rank(self._dated)):
            self._dated = c

    @property
    def family(self) -> str:
        return self.reports[0].contact.family

    @property
    def best(self) -> Contact:
        return min((r.contact for r in self.reports), key=_best_key)

    def dated(self) -> Contact | None:
        return self._dated


def _best_key(c: Contact) -> tuple[float, int, str]:
    return -c.confidence, c.start, c.doc


def _group_key(c: Contact) -> tuple:
    """Reports with equal keys are one report.  An undated report stays its document's own unless
    another document carries the very same sentence (a reprint of the same news item)."""
    key = (c.type, c.status, c.russia_ids, c.iran_ids, c.place, c.date_start, c.date_end, c.precision,
           c.date_basis, c.date_note)
    return key if c.date_start is not None else key + (c.evidence,)


class Chronology:
    """Contacts added document by document; :meth:`events` merges them into events and
    :meth:`frame` gives the chronology table."""

    def __init__(self) -> None:
        # groups by the hash of their key (``_group_key``): a key is many fields, and the groups'
        # contacts can give it again, so only its hash is stored (equal hashes share a list)
        self._groups: dict[int, Reports | list[Reports]] = {}
        self.n_groups = 0
        self._shared: dict[Any, Any] = {}  # one copy of each name tuple and date

    def _share(self, value: Any) -> Any:
        return value if value is None else self._shared.setdefault(value, value)

    def add(self, contacts: Iterable[Contact]) -> None:
        for c in contacts:
            # reprinted sentences, names and dates are stored once however many articles carry them
            for name in ("evidence", "date_text", "date_basis", "date_note"):
                setattr(c, name, sys.intern(getattr(c, name)))
            c.actors_raw = self._share(tuple(sys.intern(a) for a in c.actors_raw))
            for name in ("russia_ids", "iran_ids", "date_start", "date_end", "reported_on", "published"):
                setattr(c, name, self._share(getattr(c, name)))
            self._group_of(c).add(c)

    def _group_of(self, c: Contact) -> Reports:
        """The group of reports ``c`` belongs to (made if it is the first of them)."""
        key = _group_key(c)
        slot = hash(key)
        held = self._groups.get(slot)
        if held is None:
            group = self._groups[slot] = Reports(c)
        elif isinstance(held, Reports):
            if _group_key(held.contact) == key:
                return held
            group = Reports(c)
            self._groups[slot] = [held, group]
        else:
            group = next((g for g in held if _group_key(g.contact) == key), None)
            if group is None:
                group = Reports(c)
                held.append(group)
        if group.count == 0:
            self.n_groups += 1
        return group

    def groups(self) -> list[Reports]:
        """Every group of reports, in no particular order."""
        out: list[Reports] = []
        for held in self._groups.values():
            if isinstance(held, Reports):
                out.append(held)
            else:
                out += held
        return out

    def events(self) -> list[Event]:
        """Group reports of the same contact (the most specific reports seed the groups)."""
        groups = self.groups()
        groups.sort(key=_group_order)
        return _merge(groups)

    def rows(self) -> list[dict]:
        """The chronology table's rows, undated ones last."""
        return list(self.iter_rows())

    def iter_rows(self) -> Iterator[dict]:
        """The rows in order, each made when it is asked for: a long chronology written to a file
        is never held in memory as rows (an event's row is made twice, once for its place in the
        order, which costs little beside reading the articles)."""
        events = self.events()
        order = sorted(((_row_order(row), i) for i in range(len(events)) for row in event_rows(events[i])))
        made: tuple[int, dict[tuple, dict]] | None = None  # (the rows of one event, made once for its rows)
        for key, i in order:
            if made is None or made[0] != i:
                made = (i, {_row_order(row): row for row in event_rows(events[i])})
            yield made[1][key]

    def frame(self) -> Any:
        import pandas as pd

        return pd.DataFrame(self.rows(), columns=EVENT_COLUMNS)


def _row_order(row: dict) -> tuple:
    return row["date_start"] == "", row["date_start"], row["reported_on"], row["event_id"]


def _group_order(r: Reports) -> tuple:
    c = r.contact
    return _date_rank(c), -c.confidence, c.doc, c.start


# ---------------------------------------------------------------------------------------------
# reading documents
# ---------------------------------------------------------------------------------------------

def _as_document(item: Any, index: int) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(f"doc{index}", item)
    if isinstance(item, dict):
        published = item.get("published")
        if isinstance(published, str):
            published = dt.date.fromisoformat(published[:10])
        return Document(str(item.get("id", f"doc{index}")), item["text"], published)
    raise TypeError(f"a document is a Document, a str or a dict with 'text', not {type(item).__name__}")


# ---------------------------------------------------------------------------------------------
# merging reports
# ---------------------------------------------------------------------------------------------

def _date_rank(c: Contact) -> tuple[int, int, bool, dt.date]:
    """How specific a report's date is: its precision, its basis, then a meeting's day before the day a
    visit it belongs to began (a trip lasts days: «وارد تهران شد» Monday, «دیدار» Tuesday)."""
    basis = c.date_basis.split(" ")[0]
    return (_PRECISION_RANK.get(c.precision or "", 9), _BASIS_RANK.get(basis, 1), c.type == "visit",
            c.date_start or dt.date.max)


def _interval(c: Contact, across: bool = True) -> tuple[dt.date, dt.date] | None:
    """The days a report's date may stand for: a date read from a publication date reaches back a week
    (the report may be a later reprint, or the contact it gives no day of happened before it); within
    its own document (``across`` False), a day stated relative to it («اليوم الخميس») is that day."""
    if c.date_start is None:
        return None
    if c.date_note == DOCUMENT_DATE_NOTE or c.date_basis == "publication-date" \
            or across and c.date_basis == "relative (publication-date)":
        return cal.add_days(c.date_start, -PUBLICATION_SLACK), c.date_end or c.date_start
    if not across and c.type == "visit":  # (a trip's day is its first: the meetings of its next days are in it)
        return c.date_start, cal.add_days(c.date_end or c.date_start, VISIT_DAYS)
    return c.date_start, c.date_end or c.date_start


@lru_cache(maxsize=4096)
def _side_ids(ids: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    people = actors()[0]
    persons = frozenset(i for i in ids if i in people)
    return persons, frozenset(ids) - persons


def _sides_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    pa, sa = _side_ids(a)
    pb, sb = _side_ids(b)
    if pa and pb:
        return bool(pa & pb)
    return True  # a state stands in for its people


def _compatible(event: Event, group: Reports, new_source: bool) -> bool:
    """May ``group`` join ``event``?  ``new_source``: none of its documents is in the event yet."""
    c = group.contact
    if event.family != c.family:
        return False
    if not all(_sides_compatible(r, c.russia_ids) and _sides_compatible(i, c.iran_ids) for r, i in event.sides):
        return False
    if not all(place_contains(p, c.place) for p in event.places):
        return False
    dated = event.dated()
    # (within one document, «اليوم الخميس» and «يوم السبت 19 شتنبر» are two days)
    across = dated is None or dated.doc != c.doc
    a, b = (_interval(dated, across) if dated else None), _interval(c, across)
    statuses = event.statuses | {c.status}
    if new_source and (a is None) != (b is None):
        return False  # across sources, an undated report cannot be told to be this dated event
    if new_source and a is None and b is None \
            and not (c.place and all(p and place_contains(p, c.place) for p in event.places)):
        return False  # undated reports from different sources: one event only at one known place
    if c.status not in event.statuses and len(statuses) > 1:
        # a plan and its happening are one event only when both state a day that agrees (a report
        # dated only by its document says nothing of the day); a report of a status the event
        # already holds joins as it would any event
        return a is not None and b is not None and CANCELLED not in statuses and a[0] <= b[1] and b[0] <= a[1] \
            and dated.date_note != DOCUMENT_DATE_NOTE and c.date_note != DOCUMENT_DATE_NOTE
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def _lookup_interval(c: Contact) -> tuple[dt.date, dt.date] | None:
    """The days an event is indexed and looked up by: every day a report may stand for, within its
    document or across documents (a visit's next days included)."""
    interval = _interval(c)
    if interval is None or c.type != "visit":
        return interval
    return interval[0], cal.add_days(interval[1], VISIT_DAYS)


def _weeks(interval: tuple[dt.date, dt.date]) -> range:
    return range(interval[0].toordinal() // 7, interval[1].toordinal() // 7 + 1)


class _Index:
    """Where a report may find its event: dated events by family and week; for undated reports
    (which come after every dated one), the events of their documents and undated events with a
    place, by family and country."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.by_week: dict[tuple[str, int], list[int]] = {}
        self.by_country: dict[tuple[str, str], list[int]] = {}
        # document -> its events (an index, or a list of them when there are several): made when
        # the first undated report comes, for the documents of undated reports only
        self.by_doc: dict[str, int | list[int] | None] | None = None

    def candidates(self, group: Reports) -> list[int]:
        """Earlier events ``group`` may join, in the order they were made."""
        c = group.contact
        interval = _lookup_interval(c)
        if interval is not None:
            return sorted({i for w in _weeks(interval) for i in self.by_week.get((c.family, w), ())})
        found = {i for doc in group.docs for i in self._events_of(doc)}
        if c.place:
            found.update(self.by_country.get((c.family, _country(c.place)), ()))
        return sorted(found)

    def _events_of(self, doc: str) -> tuple[int, ...] | list[int]:
        held = self.by_doc.get(doc) if self.by_doc is not None else None
        return () if held is None else (held,) if isinstance(held, int) else held

    def _note(self, doc: str, i: int) -> None:
        """Record that event ``i`` holds a report of ``doc`` (one int per document, the common case)."""
        held = self.by_doc.get(doc)
        if held is None:
            self.by_doc[doc] = i
        elif isinstance(held, int):
            if held != i:
                self.by_doc[doc] = [held, i]
        elif i not in held:
            held.append(i)

    def start_undated(self, groups: list[Reports]) -> None:
        """Index the events by the documents of the undated reports still to come."""
        self.by_doc = dict.fromkeys(doc for g in groups for doc in g.docs)
        for i, event in enumerate(self.events):
            for r in event.reports:
                for doc in r.docs:
                    if doc in self.by_doc:
                        self._note(doc, i)

    def holds_doc_of(self, i: int, group: Reports) -> bool:
        return self.by_doc is not None and any(i in self._events_of(doc) for doc in group.docs)

    def add(self, i: int, group: Reports, new: bool) -> None:
        c = group.contact
        if self.by_doc is not None:
            for doc in group.docs:
                self._note(doc, i)
        if not new:
            return
        interval = _lookup_interval(c)
        if interval is not None:
            for w in _weeks(interval):
                self.by_week.setdefault((c.family, w), []).append(i)
        elif c.place:
            self.by_country.setdefault((c.family, _country(c.place)), []).append(i)


def _country(place: str) -> str:
    known = actors()[1].get(place)
    return known.country if known else place


def _merge(groups: list[Reports]) -> list[Event]:
    """Each group joins the first earlier event it is compatible with, else starts one.

    Groups come most specific first, so an event's date is that of its first dated group and
    dated groups all come before undated ones: a dated group can only join an event whose
    interval overlaps its own, an undated one an event of one of its documents or, across
    documents, an undated event at a place in the same country (see :class:`_Index`)."""
    index = _Index()
    events = index.events
    for k, group in enumerate(groups):
        if index.by_doc is None and group.contact.date_start is None:
            index.start_undated(groups[k:])
        for i in index.candidates(group):
            if _compatible(events[i], group, new_source=not index.holds_doc_of(i, group)):
                events[i].add(group)
                index.add(i, group, new=False)
                break
        else:
            events.append(Event())
            events[-1].add(group)
            index.add(len(events) - 1, group, new=True)
    return events


def deduplicate(contacts: Iterable[Contact]) -> list[Event]:
    """Group reports of the same contact into events."""
    chronology = Chronology()
    chronology.add(contacts)
    return chronology.events()


# ---------------------------------------------------------------------------------------------
# rows
# ---------------------------------------------------------------------------------------------

def _names(ids: Iterable[str]) -> str:
    people, _places = actors()
    return LIST_SEPARATOR.join(people[i].name if i in people else i.title() for i in ids)


def _jalali(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return ""
    try:
        y, m, d = cal.from_gregorian(cal.JALALI, start)
        first = f"{y:04d}-{m:02d}-{d:02d}"
        if end is None or end == start:
            return first
        y, m, d = cal.from_gregorian(cal.JALALI, end)
    except cal.OutOfRange:  # (before AD 622 or past the Solar Hijri table)
        return ""
    return f"{first}/{y:04d}-{m:02d}-{d:02d}"


def _event_id(row: dict) -> str:
    key = "|".join(str(row[k]) for k in ("russia", "iran", "type", "date_start", "date_end", "place", "status"))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _merge_ids(reports: list[Contact], side: str) -> tuple[str, ...]:
    ids: list[str] = []
    for r in reports:
        ids += getattr(r, side)
    persons, states = _side_ids(tuple(ids))
    return tuple(i for i in dict.fromkeys(ids) if i in persons) if persons else tuple(dict.fromkeys(states))


def _place(reports: list[Contact]) -> str | None:
    places = actors()[1]
    known = [r.place for r in reports if r.place]
    if not known:
        return None
    cities = [p for p in known if places[p].id != places[p].country]
    return places[(cities or known)[0]].name


def _status(reports: list[Contact]) -> str:
    statuses = {r.status for r in reports}
    if CANCELLED in statuses:
        return CANCELLED
    if OCCURRED in statuses and (PLANNED not in statuses or any(r.date_start for r in reports)):
        return OCCURRED if not all(r.status == PLANNED for r in reports) else PLANNED
    return PLANNED


def event_row(event: Event) -> dict:
    """The chronology row of a merged event."""
    groups = event.reports
    reports = [g.contact for g in groups]
    best, dated = event.best, event.dated()
    start = dated.date_start if dated else None
    end = dated.date_end if dated else None
    # why there is no date: a report's own unresolved date says most
    notes = [r.date_note for r in sorted(reports, key=lambda r: not r.date_text) if r.date_note]
    sources = list(dict.fromkeys(doc for g in groups for doc in g.docs))
    reported = [g.reported_on for g in groups if g.reported_on]
    row = {
        "date_start": start.isoformat() if start else "",
        "date_end": end.isoformat() if end else "",
        "precision": dated.precision if dated else "",
        "date_jalali": _jalali(start, end),
        "date_basis": dated.date_basis if dated else "unknown",
        "date_note": (dated.date_note if dated else (notes[0] if notes else "")),
        "type": min((r.type for r in reports), key=TYPES.index),
        "status": _status(reports),
        "russia": _names(_merge_ids(reports, "russia_ids")),
        "iran": _names(_merge_ids(reports, "iran_ids")),
        "actors_raw": LIST_SEPARATOR.join(dict.fromkeys(a for g in groups for a in g.actors_raw)),
        "place": _place(reports) or "",
        "reported_on": min(reported).isoformat() if reported else "",
        "evidence": best.evidence,
        "doc": best.doc,
        "sources": LIST_SEPARATOR.join(sources),
        "n_sources": len(sources),
        "confidence": round(min(0.99, max(r.confidence for r in reports) + 0.05 * (sum(g.count for g in groups) - 1)),
                            2),
    }
    row["event_id"] = _event_id(row)
    return {k: row[k] for k in EVENT_COLUMNS}


ONE_ROW_PER_PAIR = ("meeting", "visit", "talks")


def event_rows(event: Event) -> list[dict]:
    """The chronology rows of a merged event: one, or one per pair of people when a meeting that took
    place had one person on a side and several on the other («لافروف با امیرعبداللهیان و رئیسی دیدار
    کرد», «التقى شويغو بزشكيان وأحمديان»): each pair met, and a row names who met whom."""
    row = event_row(event)
    russia, iran = row["russia"].split(LIST_SEPARATOR), row["iran"].split(LIST_SEPARATOR)
    if row["type"] not in ONE_ROW_PER_PAIR or row["status"] != OCCURRED or min(len(russia), len(iran)) != 1 \
            or max(len(russia), len(iran)) < 2:
        return [row]
    out = []
    for r in russia:
        for i in iran:
            pair = dict(row, russia=r, iran=i)
            pair["event_id"] = _event_id(pair)
            out.append(pair)
    return out


def mention_row(doc: str, m: DateMention) -> dict:
    d = m.to_dict()
    d["warnings"] = LIST_SEPARATOR.join(m.warnings)
    return {"doc": doc, **{k: ("" if d.get(k) is None else d[k]) for k in MENTION_COLUMNS if k != "doc"}}


def build_tables(documents: Iterable[Any]) -> Tables:
    """The chronology and the mention table of ``documents`` (Document objects, texts, or dicts
    with ``id``, ``text`` and ``published``)."""
    import pandas as pd

    from .engine import process

    chronology = Chronology()
    mention_rows: list[dict] = []
    for index, item in enumerate(documents):
        result = process(_as_document(item, index))
        chronology.add(result.contacts)
        mention_rows += [mention_row(result.id, m) for m in result.mentions]
    return Tables(chronology.frame(), pd.DataFrame(mention_rows, columns=MENTION_COLUMNS))


def build_chronology(documents: Iterable[Any]) -> Any:
    """One row per deduplicated Russia–Iran contact, as a pandas DataFrame (see EVENT_COLUMNS)."""
    return build_tables(documents).events
