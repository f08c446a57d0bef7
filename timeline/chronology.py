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
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from . import calendars as cal
from .contacts import (CANCELLED, FAMILIES, OCCURRED, PLANNED, TYPES, Contact, actors, find_contacts,
                       place_contains)
from .dates import DateMention, read_dates
from .documents import Document

EVENT_COLUMNS = ["event_id", "date_start", "date_end", "precision", "date_jalali", "date_basis", "date_note",
                 "type", "status", "russia", "iran", "actors_raw", "place", "reported_on", "evidence", "doc",
                 "sources", "n_sources", "confidence"]
MENTION_COLUMNS = ["doc", "start", "end", "text", "value", "calendar", "kind", "precision", "first", "last",
                   "native", "basis", "anchor", "anchor_basis", "warnings"]
LIST_SEPARATOR = "; "
PUBLICATION_SLACK = dt.timedelta(days=7)  # a contact dated by its report happened up to a week before
_PRECISION_RANK = {"day": 0, "days": 1, "week": 2, "month": 3, "year": 4}
_BASIS_RANK = {"explicit": 0, "header-date": 2, "narrative-date": 2, "publication-date": 3, "unknown": 4}


@dataclass
class Tables:
    """The chronology (one row per event) and every date mention (one row per mention)."""

    events: Any  # pandas.DataFrame
    mentions: Any  # pandas.DataFrame


@dataclass
class Event:
    """Reports of one contact, merged."""

    reports: list[Contact] = field(default_factory=list)

    @property
    def best(self) -> Contact:
        return max(self.reports, key=lambda c: (c.confidence, -c.start))

    def dated(self) -> Contact | None:
        dated = [c for c in self.reports if c.date_start is not None]
        return min(dated, key=_date_rank) if dated else None


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


def read_document(doc: Document) -> tuple[list[Contact], list[DateMention]]:
    """The contacts and the date mentions of one document."""
    mentions, document_date = read_dates(doc.text, published=doc.published)
    contacts = find_contacts(doc.text, mentions, doc=doc.id, published=doc.published,
                             document_date=(document_date.date, document_date.basis))
    return contacts, mentions


def read_documents(documents: Iterable[Any]) -> Iterator[tuple[Document, list[Contact], list[DateMention]]]:
    for index, item in enumerate(documents):
        doc = _as_document(item, index)
        contacts, mentions = read_document(doc)
        yield doc, contacts, mentions


# ---------------------------------------------------------------------------------------------
# merging reports
# ---------------------------------------------------------------------------------------------

def _date_rank(c: Contact) -> tuple[int, int, dt.date]:
    basis = c.date_basis.split(" ")[0]
    return (_PRECISION_RANK.get(c.precision or "", 9), _BASIS_RANK.get(basis, 1), c.date_start or dt.date.max)


def _interval(c: Contact) -> tuple[dt.date, dt.date] | None:
    if c.date_start is None:
        return None
    if c.date_basis == "publication-date" or c.date_note == "no date stated: the document date":
        return c.date_start - PUBLICATION_SLACK, c.date_end or c.date_start
    return c.date_start, c.date_end or c.date_start


def _side_ids(ids: tuple[str, ...]) -> tuple[set[str], set[str]]:
    people = actors()[0]
    persons = {i for i in ids if i in people}
    return persons, set(ids) - persons


def _sides_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    pa, sa = _side_ids(a)
    pb, sb = _side_ids(b)
    if pa and pb:
        return bool(pa & pb)
    return True  # a state stands in for its people


def _compatible(event: Event, c: Contact) -> bool:
    head = event.reports[0]
    if FAMILIES[head.type] != c.family:
        return False
    if not all(_sides_compatible(r.russia_ids, c.russia_ids) and _sides_compatible(r.iran_ids, c.iran_ids)
               for r in event.reports):
        return False
    if not all(place_contains(r.place, c.place) for r in event.reports):
        return False
    dated = event.dated()
    a, b = (_interval(dated) if dated else None), _interval(c)
    statuses = {r.status for r in event.reports} | {c.status}
    if c.doc not in {r.doc for r in event.reports} and (a is None) != (b is None):
        return False  # across sources, an undated report cannot be told to be this dated event
    if c.doc not in {r.doc for r in event.reports} and a is None and b is None \
            and not (c.place and all(r.place and place_contains(r.place, c.place) for r in event.reports)):
        return False  # undated reports from different sources: one event only at one known place
    if len(statuses) > 1:
        # a plan and its happening are one event only when both give the same day
        return a is not None and b is not None and CANCELLED not in statuses and a[0] <= b[1] and b[0] <= a[1] \
            and dated.date_basis != "publication-date" and c.date_basis != "publication-date"
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def deduplicate(contacts: Iterable[Contact]) -> list[Event]:
    """Group reports of the same contact (the most specific reports seed the groups)."""
    events: list[Event] = []
    for c in sorted(contacts, key=lambda c: (_date_rank(c), -c.confidence, c.doc, c.start)):
        for event in events:
            if _compatible(event, c):
                event.reports.append(c)
                break
        else:
            events.append(Event([c]))
    return events


# ---------------------------------------------------------------------------------------------
# rows
# ---------------------------------------------------------------------------------------------

def _names(ids: Iterable[str]) -> str:
    people, _places = actors()
    return LIST_SEPARATOR.join(people[i].name if i in people else i.title() for i in ids)


def _jalali(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return ""
    y, m, d = cal.from_gregorian(cal.JALALI, start)
    first = f"{y:04d}-{m:02d}-{d:02d}"
    if end is None or end == start:
        return first
    y, m, d = cal.from_gregorian(cal.JALALI, end)
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
    reports = event.reports
    best, dated = event.best, event.dated()
    start = dated.date_start if dated else None
    end = dated.date_end if dated else None
    # why there is no date: a report's own unresolved date says most
    notes = [r.date_note for r in sorted(reports, key=lambda r: not r.date_text) if r.date_note]
    sources = list(dict.fromkeys(r.doc for r in reports))
    reported = [r.reported_on for r in reports if r.reported_on]
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
        "actors_raw": LIST_SEPARATOR.join(dict.fromkeys(a for r in reports for a in r.actors_raw)),
        "place": _place(reports) or "",
        "reported_on": min(reported).isoformat() if reported else "",
        "evidence": best.evidence,
        "doc": best.doc,
        "sources": LIST_SEPARATOR.join(sources),
        "n_sources": len(sources),
        "confidence": round(min(0.99, max(r.confidence for r in reports) + 0.05 * (len(reports) - 1)), 2),
    }
    row["event_id"] = _event_id(row)
    return {k: row[k] for k in EVENT_COLUMNS}


def mention_row(doc: str, m: DateMention) -> dict:
    d = m.to_dict()
    d["warnings"] = LIST_SEPARATOR.join(m.warnings)
    return {"doc": doc, **{k: ("" if d.get(k) is None else d[k]) for k in MENTION_COLUMNS if k != "doc"}}


def build_tables(documents: Iterable[Any]) -> Tables:
    """The chronology and the mention table of ``documents`` (Document objects, texts, or dicts
    with ``id``, ``text`` and ``published``)."""
    import pandas as pd

    contacts: list[Contact] = []
    mention_rows: list[dict] = []
    for doc, doc_contacts, mentions in read_documents(documents):
        contacts += doc_contacts
        mention_rows += [mention_row(doc.id, m) for m in mentions]
    rows = [event_row(e) for e in deduplicate(contacts)]
    rows.sort(key=lambda r: (r["date_start"] == "", r["date_start"], r["reported_on"], r["event_id"]))
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    return Tables(events, pd.DataFrame(mention_rows, columns=MENTION_COLUMNS))


def build_chronology(documents: Iterable[Any]) -> Any:
    """One row per deduplicated Russia–Iran contact, as a pandas DataFrame (see EVENT_COLUMNS)."""
    return build_tables(documents).events
