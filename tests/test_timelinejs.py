"""The TimelineJS3 export: slides grouped by type, Solar Hijri display dates, honest precision."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from timeline.timelinejs import jalali_display_date, to_timelinejs, write_timelinejs

from .test_chart import event, frame


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return frame(
        event("day", "2024-10-10", evidence="پوتین با پزشکیان دیدار کرد", sources="a.txt; b.txt", n_sources=2),
        event("range", "2025-08-31", "2025-09-01", "days", type="summit", status="planned"),
        event("month", "2024-10-01", "2024-10-31", "month", type="agreement"),
        event("jmonth", "2024-09-22", "2024-10-21", "month", type="phone_call"),
        event("year", "2024-01-01", "2024-12-31", "year", type="message"),
        event("undated", type="talks", date_note="the date «روز گذشته» cannot be resolved"),
    )


@pytest.fixture(scope="module")
def doc(events) -> dict:
    return to_timelinejs(events)


def slide(doc: dict, unique_id: str) -> dict:
    return next(s for s in doc["events"] if s["unique_id"] == unique_id)


def test_slides_are_grouped_by_type_and_undated_rows_go_to_the_title(doc):
    assert [s["unique_id"] for s in doc["events"]] == ["year", "jmonth", "month", "day", "range"]  # by date
    assert {s["unique_id"]: s["group"] for s in doc["events"]} == {
        "day": "meeting", "range": "summit", "month": "agreement", "jmonth": "phone_call", "year": "message"}
    title = doc["title"]["text"]
    assert "undated" not in {s["unique_id"] for s in doc["events"]}
    assert "Not on the timeline: 1 contact" in title["text"] and "روز گذشته" in title["text"]
    assert "talks" in title["text"]


def test_display_date_is_solar_hijri(doc):
    assert slide(doc, "day")["display_date"] == "۱۹ مهر ۱۴۰۳"
    assert slide(doc, "range")["display_date"] == "۹–۱۰ شهریور ۱۴۰۴"
    assert slide(doc, "jmonth")["display_date"] == "مهر ۱۴۰۳"  # a whole Solar Hijri month
    assert slide(doc, "month")["display_date"] == "مهر–آبان ۱۴۰۳"  # October 2024: no invented days
    assert slide(doc, "year")["display_date"] == "۱۴۰۲–۱۴۰۳"


def test_day_and_multi_day_dates(doc):
    assert slide(doc, "day")["start_date"] == {"year": 2024, "month": 10, "day": 10}
    assert "end_date" not in slide(doc, "day")
    assert slide(doc, "range")["start_date"] == {"year": 2025, "month": 8, "day": 31}
    assert slide(doc, "range")["end_date"] == {"year": 2025, "month": 9, "day": 1}


def test_month_and_year_precision_omit_what_is_not_known(doc):
    assert slide(doc, "month")["start_date"] == {"year": 2024, "month": 10}
    assert "end_date" not in slide(doc, "month")
    assert slide(doc, "jmonth")["start_date"] == {"year": 2024, "month": 9}
    assert slide(doc, "jmonth")["end_date"] == {"year": 2024, "month": 10}
    assert slide(doc, "year")["start_date"] == {"year": 2024}


def test_text_has_who_whom_type_evidence_and_sources(doc):
    text = slide(doc, "day")["text"]
    assert "ولادیمیر پوتین – مسعود پزشکیان" in text["headline"] and "(meeting)" in text["headline"]
    assert "(summit, planned)" in slide(doc, "range")["text"]["headline"]
    assert '<p dir="rtl">پوتین با پزشکیان دیدار کرد</p>' in text["text"]
    assert "a.txt; b.txt" in text["text"]


def test_text_is_escaped():
    doc = to_timelinejs(frame(event("x", "2024-01-02", evidence="<script>alert(1)</script>")))
    assert "<script>" not in doc["events"][0]["text"]["text"]


def test_jalali_display_date_across_months_and_years():
    assert jalali_display_date(dt.date(2024, 9, 20), dt.date(2024, 9, 23)) == "۳۰ شهریور – ۲ مهر ۱۴۰۳"
    assert jalali_display_date(dt.date(2025, 3, 19), dt.date(2025, 3, 22)) == "۲۹ اسفند ۱۴۰۳ – ۲ فروردین ۱۴۰۴"
    assert jalali_display_date(dt.date(2024, 3, 20), dt.date(2025, 3, 20), "year") == "۱۴۰۳"


def test_write_is_utf8_unescaped_and_atomic(events, tmp_path):
    path = write_timelinejs(events, tmp_path / "timeline.json")
    raw = path.read_bytes()
    assert "مهر ۱۴۰۳".encode("utf-8") in raw and b"\\u06" not in raw
    assert json.loads(raw.decode("utf-8")) == to_timelinejs(events)
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.json"]
