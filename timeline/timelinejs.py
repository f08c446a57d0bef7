"""The chronology as a TimelineJS3 document (https://timeline.knightlab.com/docs/json-format.html).

Each dated event becomes a slide: ``start_date`` (and ``end_date`` for a range) as Gregorian
``{year, month, day}`` objects, with the day left out for month precision and day and month left
out for year precision, so TimelineJS shows no made-up day.  TimelineJS has no Solar Hijri
calendar, so the Solar Hijri date goes in the slide's ``display_date`` (``"۱۹ مهر ۱۴۰۳"``,
``"مهر ۱۴۰۳"`` for a month, ``"۹–۱۰ شهریور ۱۴۰۴"`` for a range), which TimelineJS shows in place
of the Gregorian one.  ``group`` is the contact type (one row of the time navigator per type),
``unique_id`` the event id.

Undated events cannot be placed on a time axis: they are **not** slides.  They are listed on the
title slide (``title.text.text``), one line each with type, who met whom, status and why there is
no date, so nothing the chronology found is silently lost.

All text is HTML-escaped; Persian and Arabic passages are wrapped in ``dir="rtl"`` elements.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

from .chart import PERSIAN_MONTHS, cell_date, cell_text, persian_digits, who_label
from .output import atomic_path

__all__ = ["to_timelinejs", "write_timelinejs", "jalali_display_date"]

TITLE = "Russia–Iran contacts"
_TYPE_NAMES = {"phone_call": "phone call"}


def _jalali(day: dt.date) -> tuple[int, int, int]:
    import jdatetime

    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day


def _month_name(month: int) -> str:
    return PERSIAN_MONTHS[month - 1]


def _is_month_end(day: dt.date) -> bool:
    return _jalali(day + dt.timedelta(days=1))[2] == 1


def _ym(y: int, m: int) -> str:
    return f"{_month_name(m)} {persian_digits(y)}"


def jalali_display_date(start: dt.date, end: dt.date | None = None, precision: str = "day") -> str:
    """The Solar Hijri date of an event in Persian: ``۱۹ مهر ۱۴۰۳`` for a day, ``مهر ۱۴۰۳`` for
    a month, ``۱۴۰۳`` for a year, ``۹–۱۰ شهریور ۱۴۰۴`` (or ``۳۰ شهریور – ۲ مهر ۱۴۰۴``) for a range.

    A coarse date (month or year precision) that is not made of whole Solar Hijri months (a
    Gregorian month, say) is shown as the Solar Hijri months (or, for a year, years) it overlaps,
    ``مهر–آبان ۱۴۰۳``: never with invented days."""
    end = end or start
    (y0, m0, d0), (y1, m1, d1) = _jalali(start), _jalali(end)
    if precision in ("month", "year"):
        whole_months = d0 == 1 and _is_month_end(end)
        if whole_months and (m0, m1, y0) == (1, 12, y1):
            return persian_digits(y0)
        if precision == "year" and not whole_months:
            return persian_digits(y0) if y0 == y1 else f"{persian_digits(y0)}–{persian_digits(y1)}"
        if (y0, m0) == (y1, m1):
            return _ym(y0, m0)
        if y0 == y1:
            return f"{_month_name(m0)}–{_ym(y1, m1)}"
        return f"{_ym(y0, m0)} – {_ym(y1, m1)}"
    day0, day1 = persian_digits(d0), persian_digits(d1)
    if (y0, m0, d0) == (y1, m1, d1):
        return f"{day0} {_ym(y0, m0)}"
    if (y0, m0) == (y1, m1):
        return f"{day0}–{day1} {_ym(y0, m0)}"
    if y0 == y1:
        return f"{day0} {_month_name(m0)} – {day1} {_ym(y1, m1)}"
    return f"{day0} {_ym(y0, m0)} – {day1} {_ym(y1, m1)}"


def _date_object(day: dt.date, precision: str) -> dict[str, int]:
    """A TimelineJS date: the day left out for month precision, day and month for year precision."""
    obj = {"year": day.year}
    if precision != "year":
        obj["month"] = day.month
        if precision != "month":
            obj["day"] = day.day
    return obj


def _span(row: dict) -> tuple[dt.date, dt.date, str] | None:
    """(start, inclusive end, precision) of a dated row, None for an undated one."""
    start = cell_date(row.get("date_start"))
    if start is None:
        return None
    end = cell_date(row.get("date_end")) or start
    precision = cell_text(row.get("precision")) or "day"
    if precision == "month" and end == start:
        start = start.replace(day=1)
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    elif precision == "year" and end == start:
        start, end = dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)
    return start, max(start, end), precision


def _auto(text: str) -> str:
    """Text of either direction, escaped, in an element that takes the direction of its content."""
    return f'<span dir="auto">{html.escape(text)}</span>'


def _headline(row: dict) -> str:
    """Who met whom and the kind of contact, with the status when it did not (yet) happen."""
    kind = _TYPE_NAMES.get(cell_text(row.get("type")), cell_text(row.get("type")) or "contact")
    status = cell_text(row.get("status"))
    if status and status != "occurred":
        kind += f", {status}"
    return f"{_auto(who_label(row))} ({html.escape(kind)})"


def _body(row: dict) -> str:
    """The slide text: the evidence sentence, then status, place, confidence and sources."""
    parts = []
    evidence = cell_text(row.get("evidence"))
    if evidence:
        parts.append(f'<p dir="rtl">{html.escape(evidence)}</p>')
    facts = [f"Status: {html.escape(cell_text(row.get('status')) or 'occurred')}"]
    if cell_text(row.get("place")):
        facts.append(f"Place: {html.escape(cell_text(row.get('place')))}")
    if cell_text(row.get("date_start")):
        facts.append(f"Date: {html.escape(cell_text(row.get('date_start')))}"
                     + (f" – {html.escape(cell_text(row.get('date_end')))}"
                        if cell_text(row.get("date_end")) not in ("", cell_text(row.get("date_start"))) else "")
                     + f" ({html.escape(cell_text(row.get('date_basis')) or 'unknown')})")
    if cell_text(row.get("confidence")):
        facts.append(f"Confidence: {html.escape(cell_text(row.get('confidence')))}")
    parts.append("<p>" + " · ".join(facts) + "</p>")
    sources = cell_text(row.get("sources")) or cell_text(row.get("doc"))
    if sources:
        parts.append(f"<p>Sources ({html.escape(cell_text(row.get('n_sources')) or '1')}): "
                     f"{html.escape(sources)}</p>")
    return "".join(parts)


def _slide(row: dict, span: tuple[dt.date, dt.date, str]) -> dict:
    start, end, precision = span
    slide: dict[str, Any] = {"start_date": _date_object(start, precision)}
    end_object = _date_object(end, precision)
    if end > start and end_object != slide["start_date"]:
        slide["end_date"] = end_object
    slide["display_date"] = jalali_display_date(start, end, precision)
    slide["text"] = {"headline": _headline(row), "text": _body(row)}
    slide["group"] = cell_text(row.get("type")) or "contact"
    if cell_text(row.get("event_id")):
        slide["unique_id"] = cell_text(row.get("event_id"))
    return slide


def _undated_line(row: dict) -> str:
    kind = _TYPE_NAMES.get(cell_text(row.get("type")), cell_text(row.get("type")) or "contact")
    reason = cell_text(row.get("date_note")) or "no date in the source"
    return (f"<li>{html.escape(kind)}, {html.escape(cell_text(row.get('status')) or 'occurred')}: "
            f"{_auto(who_label(row))} — {_auto(reason)}</li>")


def to_timelinejs(events: Any, *, title: str = TITLE) -> dict:
    """A TimelineJS3 document ``{"title": ..., "events": [...]}`` of a chronology DataFrame.

    Dated rows become slides in date order; undated rows are listed on the title slide (they are
    not slides).  TimelineJS needs at least one slide to show anything."""
    rows = events.to_dict("records") if hasattr(events, "to_dict") else list(events)
    dated, undated = [], []
    for row in rows:
        span = _span(row)
        if span is None:
            undated.append(row)
        else:
            dated.append((span, row))
    dated.sort(key=lambda item: (item[0][0], item[0][1], cell_text(item[1].get("event_id"))))
    slides = [_slide(row, span) for span, row in dated]
    summary = f"<p>{len(slides)} dated contact{'s' if len(slides) != 1 else ''} on the timeline"
    if dated:
        summary += f", {dated[0][0][0].isoformat()} – {max(s[1] for s, _ in dated).isoformat()}"
    summary += ". Dates are shown in the Solar Hijri calendar.</p>"
    if undated:
        summary += (f"<p>Not on the timeline: {len(undated)} contact{'s' if len(undated) != 1 else ''} "
                    f"without an established date:</p><ul>" + "".join(_undated_line(r) for r in undated) + "</ul>")
    return {"title": {"text": {"headline": html.escape(title), "text": summary}}, "events": slides}


def write_timelinejs(events: Any, path: str | Path, *, title: str = TITLE) -> Path:
    """Write :func:`to_timelinejs` of ``events`` to ``path`` as UTF-8 JSON (Persian and Arabic
    unescaped), atomically."""
    target = Path(path)
    text = json.dumps(to_timelinejs(events, title=title), ensure_ascii=False, indent=2) + "\n"
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="\n")
    return target


