"""The chart: bidi-safe labels, Solar Hijri ticks, spans, footnote, thinning, determinism, font."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import jdatetime
import pandas as pd
import pytest

from timeline import chart
from timeline.chart import LRI, PDI, draw_chart, isolate_ltr, jalali_month_ticks, load_events, render

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
CONTROLS = {"\u2066", "\u2067", "\u2068", "\u2069"}

COLUMNS = ["event_id", "date_start", "date_end", "precision", "date_jalali", "date_basis", "date_note", "type",
           "status", "russia", "iran", "actors_raw", "place", "reported_on", "evidence", "doc", "sources",
           "n_sources", "confidence"]


def event(event_id: str, start: str = "", end: str = "", precision: str = "day", **kw) -> dict:
    row = dict.fromkeys(COLUMNS, "")
    row.update(event_id=event_id, date_start=start, date_end=end or start, precision=precision if start else "",
               type="meeting", status="occurred", russia="Vladimir Putin", iran="Masoud Pezeshkian",
               actors_raw="ولادیمیر پوتین; مسعود پزشکیان", doc="d.txt", sources="d.txt", n_sources=1,
               confidence=0.9, date_basis="explicit" if start else "unknown")
    row.update(kw)
    return row


def frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=COLUMNS)


@pytest.fixture(scope="module")
def seedlike() -> pd.DataFrame:
    """The shape of the seeds' chronology: Persian and Arabic spellings, a range, undated rows."""
    return frame(
        event("m1", "2024-11-21", actors_raw="پوتین; محمدباقر قالیباف; رئیس مجلس شورای اسلامی; ولادیمیر پوتین",
              iran="Mohammad Bagher Ghalibaf", confidence=0.99),
        event("s1", "2025-08-31", "2025-09-01", "days", type="summit", status="planned", confidence=0.55),
        event("s2", "2025-09-03", type="summit", status="planned", confidence=0.55),
        event("c1", "2025-03-10", type="phone_call", confidence=0.4, n_sources=3),
        event("x1", "2025-05-02", type="visit", status="cancelled"),
        event("mo", "2024-12-01", "2024-12-31", "month", type="agreement", n_sources=2),
        event("u1", date_note="planned, no date stated", status="planned"),
        event("u2", type="meeting", iran="Mohammad Mokhber",
              actors_raw="الرئيس الروسي; فلاديمير بوتين; القائم بأعمال الرئيس الإيراني; محمد مخبر",
              date_note="the date «اليوم الخميس» cannot be resolved: no document date to resolve against"),
        event("u3", type="message", actors_raw="پوتین", date_note="reported as earlier, no date stated",
              reported_on="2024-11-22"),
    )


@pytest.fixture(scope="module")
def seed_fig(seedlike):
    return render(seedlike)


def synthetic(n: int, undated_every: int = 25) -> pd.DataFrame:
    """A deterministic chronology of ``n`` events over three years, every kind and status."""
    types = ["meeting", "phone_call", "visit", "summit", "agreement", "message", "talks"]
    ru = [("Vladimir Putin", "ولادیمیر پوتین"), ("Sergei Lavrov", "سرگئی لاوروف"), ("Sergei Shoigu", "شویگو")]
    ir = [("Masoud Pezeshkian", "مسعود پزشکیان"), ("Abbas Araghchi", "عباس عراقچی"), ("Ali Larijani", "علی لاریجانی")]
    rows = []
    for k in range(n):
        a = (k * 7919) % 1000003
        d0 = dt.date(2022, 1, 1) + dt.timedelta(days=(a * 37) % 1095)
        precision = ["day", "day", "days", "day", "month", "day"][k % 6]
        d1 = d0 + dt.timedelta(days=2) if precision == "days" else d0
        if precision == "month":
            d0, d1 = d0.replace(day=1), chart._month_end(d0)
        dated = k % undated_every != 7
        rows.append(event(f"e{k:04d}", d0.isoformat() if dated else "", d1.isoformat() if dated else "", precision,
                          type=types[k % 7], status=["occurred", "planned", "occurred", "cancelled"][k % 4],
                          russia=ru[k % 3][0], iran=ir[(k // 3) % 3][0],
                          actors_raw=f"{ru[k % 3][1]}; {ir[(k // 3) % 3][1]}", n_sources=1 + a % 5,
                          confidence=round(0.3 + (a % 70) / 100, 2), date_note="" if dated else "no date stated"))
    return frame(*rows)


def main_axes(fig):
    return next(a for a in fig.axes if a.get_gid() == "timeline")


def labels(fig):
    return [t for t in main_axes(fig).texts if (t.get_gid() or "").startswith("label:")]


def markers(fig):
    return [c for c in main_axes(fig).collections if (c.get_gid() or "").startswith("events:")]


def spans(fig):
    return {p.get_gid().split(":", 1)[1]: p for p in main_axes(fig).patches if (p.get_gid() or "").startswith("span:")}


def visual(text: str) -> str:
    """The characters of ``text`` in display order (left to right) as matplotlib lays them out."""
    from matplotlib.ft2font import FT2Font, LoadFlags

    font = FT2Font(str(chart.font_files()[0]))
    if not hasattr(font, "_layout"):
        pytest.skip("this matplotlib has no libraqm layout")
    font.set_size(12, 72)
    items = [i for i in font._layout(text, LoadFlags.NO_HINTING) if i.char not in CONTROLS]
    return "".join(i.char for i in sorted(items, key=lambda i: i.x))


# ---------------------------------------------------------------------------------------------
# bidi
# ---------------------------------------------------------------------------------------------

def test_isolate_ltr_wraps_dates_latin_names_and_digits():
    assert isolate_ltr("دیدار پوتین در 2024-06-19") == f"دیدار پوتین در {LRI}2024-06-19{PDI}"
    assert isolate_ltr("پوتین – Masoud Pezeshkian · 2024-06-19") == \
        f"پوتین – {LRI}Masoud Pezeshkian · 2024-06-19{PDI}"
    assert isolate_ltr("دیدار ۱۹ مهر") == f"دیدار {LRI}۱۹{PDI} مهر"
    assert isolate_ltr("پوتین (Putin) و") == f"پوتین ({LRI}Putin{PDI}) و"
    assert isolate_ltr("پوتین – پزشکیان") == "پوتین – پزشکیان"  # nothing left-to-right: untouched
    once = isolate_ltr("پوتین · 2024-06-19")
    assert isolate_ltr(once) == once  # idempotent


def test_isolate_ltr_never_produces_presentation_forms():
    # a source already in presentation forms (ﻻ, ﺏ) is folded back to plain letters
    assert isolate_ltr("\ufefb\ufe8f 2024") == f"لاب {LRI}2024{PDI}"
    assert not PRESENTATION_FORMS.search(isolate_ltr("\ufefb\ufe8f 2024"))


def test_isolates_keep_iso_dates_in_order_inside_rtl_text():
    plain = "دیدار پوتین در 2024-06-19"
    assert "2024-06-19" not in visual(plain)  # the bidi algorithm reorders it to 19-06-2024
    assert "19-06-2024" in visual(plain)
    assert "2024-06-19" in visual(isolate_ltr(plain))
    # the Persian words are shaped and right to left: پوتین is drawn as ن ی ت و پ from the left
    assert "نیتوپ" in visual(isolate_ltr(plain))


def test_persian_letters_are_joined_not_isolated():
    from matplotlib.ft2font import FT2Font, LoadFlags

    font = FT2Font(str(chart.font_files()[0]))
    font.set_size(12, 72)
    alone = [i.glyph_index for i in font._layout("پ", LoadFlags.NO_HINTING)]
    in_word = {i.char: i.glyph_index for i in font._layout("پوتین", LoadFlags.NO_HINTING)}
    assert in_word["پ"] != alone[0]  # initial form chosen by the shaper


def test_labels_are_plain_logical_order_with_isolated_dates(seed_fig):
    texts = {t.get_gid(): t.get_text() for t in labels(seed_fig)}
    assert texts["label:m1"] == f"پوتین – محمدباقر قالیباف · {LRI}2024-11-21{PDI}"
    assert texts["label:s1"] == f"ولادیمیر پوتین – مسعود پزشکیان · {LRI}2025-08-31 – 09-01{PDI}"
    assert texts["label:mo"] == f"ولادیمیر پوتین – مسعود پزشکیان · {LRI}2024-12{PDI}"
    for text in texts.values():
        assert not PRESENTATION_FORMS.search(text)
        for m in ISO.finditer(text):  # every ISO date sits inside an LRI ... PDI isolate
            assert text.rfind(LRI, 0, m.start()) > text.rfind(PDI, 0, m.start())
        for run in re.findall(f"{LRI}(.*?){PDI}", text):  # and is drawn left to right, unreordered
            assert run in visual(text)


def test_who_label_uses_source_spelling_per_side():
    persian = event("a", actors_raw="رئیس جمهور روسیه; ولادیمیر پوتین; رئیسجمهور; مسعود پزشکیان")
    assert chart.who_label(persian) == "ولادیمیر پوتین – مسعود پزشکیان"
    arabic = event("b", iran="Mohammad Mokhber",
                   actors_raw="الرئيس الروسي; فلاديمير بوتين; القائم بأعمال الرئيس الإيراني; محمد مخبر")
    assert chart.who_label(arabic) == "فلاديمير بوتين – محمد مخبر"
    one_side = event("c", actors_raw="پوتین")
    assert chart.who_label(one_side) == "Vladimir Putin – Masoud Pezeshkian"


# ---------------------------------------------------------------------------------------------
# axes
# ---------------------------------------------------------------------------------------------

def test_jalali_month_ticks_are_jdatetime_month_starts():
    ticks = jalali_month_ticks(dt.date(2024, 9, 1), dt.date(2024, 12, 31))
    assert ticks == [(dt.date(2024, 9, 22), "مهر ۱۴۰۳"), (dt.date(2024, 10, 22), "آبان ۱۴۰۳"),
                     (dt.date(2024, 11, 21), "آذر ۱۴۰۳"), (dt.date(2024, 12, 21), "دی ۱۴۰۳")]
    for day, _ in ticks:
        j = jdatetime.date.fromgregorian(date=day)
        assert j.day == 1 and jdatetime.date(j.year, j.month, 1).togregorian() == day


def test_jalali_ticks_thin_out_on_long_ranges():
    for start, end in [(dt.date(2020, 1, 1), dt.date(2022, 6, 1)), (dt.date(2015, 1, 1), dt.date(2025, 1, 1)),
                       (dt.date(1990, 1, 1), dt.date(2025, 1, 1))]:
        ticks = jalali_month_ticks(start, end)
        assert 2 <= len(ticks) <= 14
        assert all(jdatetime.date.fromgregorian(date=d).day == 1 for d, _ in ticks)
        assert all(start <= d <= end for d, _ in ticks)
    assert jalali_month_ticks(dt.date(2024, 9, 1), dt.date(2024, 9, 10)) == []


def test_top_axis_carries_the_jalali_ticks(seed_fig):
    from matplotlib.dates import date2num, num2date

    ax = main_axes(seed_fig)
    top = next(a for a in ax.child_axes if a.get_gid() == "jalali-axis")
    lo, hi = (num2date(x).date() for x in ax.get_xlim())
    expected = jalali_month_ticks(lo, hi)
    assert len(expected) >= 3
    assert list(top.get_xticks()) == pytest.approx([date2num(dt.datetime.combine(d, dt.time())) for d, _ in expected])
    assert [t.get_text() for t in top.get_xticklabels()] == [label for _, label in expected]
    assert top.get_xaxis().get_ticks_position() == "top"


# ---------------------------------------------------------------------------------------------
# what is drawn
# ---------------------------------------------------------------------------------------------

def test_undated_rows_are_listed_not_plotted(seedlike, seed_fig):
    dated = seedlike[seedlike["date_start"] != ""]
    n_points = sum(len(c.get_offsets()) for c in markers(seed_fig))
    assert n_points + len(spans(seed_fig)) == len(dated)
    assert {t.get_gid() for t in labels(seed_fig)} <= {f"label:{i}" for i in dated["event_id"]}
    foot = {t.get_gid(): t.get_text() for t in seed_fig.texts if (t.get_gid() or "").startswith("undated")}
    assert "3 contacts without an established date" in foot["undated-header"]
    assert set(foot) == {"undated-header", "undated:u1", "undated:u2", "undated:u3"}
    assert "meeting, planned" in foot["undated:u1"] and "planned, no date stated" in foot["undated:u1"]
    assert "فلاديمير بوتين – محمد مخبر" in foot["undated:u2"] and "«\u2067اليوم الخميس\u2069»" in foot["undated:u2"]
    assert "message, occurred" in foot["undated:u3"] and "reported 2024-11-22" in foot["undated:u3"]


def test_footnote_is_truncated_after_twelve(seedlike):
    rows = [event(f"u{k:02d}", date_note="no date") for k in range(15)] + [event("d", "2024-01-01")]
    fig = render(frame(*rows))
    foot = [t for t in fig.texts if (t.get_gid() or "").startswith("undated")]
    assert len([t for t in foot if t.get_gid().startswith("undated:")]) == 12
    assert next(t for t in foot if t.get_gid() == "undated-more").get_text() == "… and 3 more"


def test_multi_day_and_month_precision_are_spans(seed_fig):
    from matplotlib.dates import date2num

    def num(day: str) -> float:
        return date2num(dt.datetime.fromisoformat(day))

    bars = spans(seed_fig)
    assert set(bars) == {"s1", "mo"}
    assert bars["s1"].get_x() == pytest.approx(num("2025-08-31"))
    assert bars["s1"].get_x() + bars["s1"].get_width() == pytest.approx(num("2025-09-02"))  # through 1 September
    assert bars["mo"].get_x() == pytest.approx(num("2024-12-01"))
    assert bars["mo"].get_x() + bars["mo"].get_width() == pytest.approx(num("2025-01-01"))
    # a month-precise date given as its first day alone still covers the month
    fig = render(frame(event("m", "2024-10-01", "", "month")))
    bar = spans(fig)["m"]
    assert bar.get_x() + bar.get_width() == pytest.approx(num("2024-11-01"))


def test_planned_is_hollow_occurred_filled_cancelled_crossed(seed_fig):
    by_style = {c.get_gid(): c for c in markers(seed_fig)}
    occurred, planned = by_style["events:occurred"], by_style["events:planned"]
    assert len(occurred.get_facecolors()) and occurred.get_facecolors()[0][3] == 1.0
    assert len(planned.get_facecolors()) == 0 or planned.get_facecolors()[0][3] == 0.0  # "none"
    assert by_style["events:uncertain"].get_facecolors().size == 0  # confidence 0.4: hollow
    assert "events:cancelled" in by_style
    assert spans(seed_fig)["s1"].get_facecolor()[3] == 0.0  # a planned span is hollow too
    assert spans(seed_fig)["mo"].get_facecolor()[3] > 0.0
    legend_texts = {t.get_text() for leg in seed_fig.legends for t in leg.get_texts()}
    assert {"occurred", "cancelled"} <= legend_texts and any(t.startswith("planned") for t in legend_texts)


def test_one_event_renders(tmp_path):
    fig = render(frame(event("only", "2024-06-19")))
    assert sum(len(c.get_offsets()) for c in markers(fig)) == 1
    assert [t.get_gid() for t in labels(fig)] == ["label:only"]
    assert not [t for t in fig.texts if (t.get_gid() or "").startswith("undated")]
    assert "2024-06-19" in next(t for t in fig.texts if t.get_gid() == "title").get_text()
    assert draw_chart(frame(event("only", "2024-06-19")), tmp_path / "one.png").stat().st_size > 0


def test_nothing_dated_still_renders():
    fig = render(frame(event("u", date_note="no date")))
    assert not markers(fig) and not spans(fig)
    assert any(t.get_gid() == "undated:u" for t in fig.texts)


def test_500_events_labels_never_overlap():
    """(How long 500 events take is measured by bench/chart.py, not here.)"""
    events = synthetic(500)
    fig = render(events)
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in labels(fig)]
    n_dated = int((events["date_start"] != "").sum())
    assert 20 <= len(boxes) < n_dated  # thinned, but not to nothing
    frame_box = main_axes(fig).get_window_extent(renderer)
    for k, a in enumerate(boxes):
        assert frame_box.x0 <= a.x0 and a.x1 <= frame_box.x1 and frame_box.y0 <= a.y0 and a.y1 <= frame_box.y1
        for b in boxes[k + 1:]:
            assert not a.overlaps(b), (a, b)
    # the most-sourced events are the labelled ones
    labelled = {t.get_gid().split(":", 1)[1] for t in labels(fig)}
    sources = dict(zip(events["event_id"], events["n_sources"]))
    assert sum(sources[i] for i in labelled) / len(labelled) > sum(sources.values()) / len(sources)
    subtitle = next(t for t in fig.texts if t.get_gid() == "subtitle").get_text()
    assert f"labels for {len(boxes)} of {n_dated}" in subtitle
    assert next(t for t in fig.texts if t.get_gid() == "undated-more").get_text() == "… and 8 more"


# ---------------------------------------------------------------------------------------------
# files
# ---------------------------------------------------------------------------------------------

def test_output_is_deterministic_and_atomic(seedlike, tmp_path):
    png1 = draw_chart(seedlike, tmp_path / "a.png")
    first = png1.read_bytes()
    assert first[:8] == b"\x89PNG\r\n\x1a\n" and b"Software" not in first
    assert draw_chart(seedlike, tmp_path / "a.png").read_bytes() == first  # replaced, same bytes
    assert draw_chart(seedlike, tmp_path / "b.png").read_bytes() == first
    svg1 = draw_chart(seedlike, tmp_path / "a.svg").read_bytes()
    assert svg1.lstrip().startswith(b"<?xml") and draw_chart(seedlike, tmp_path / "b.svg").read_bytes() == svg1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png", "a.svg", "b.png", "b.svg"]  # no temp files
    assert (png1.stat().st_mode & 0o777) == 0o644


def test_failed_write_leaves_previous_file(seedlike, tmp_path, monkeypatch):
    target = tmp_path / "c.png"
    target.write_bytes(b"old")

    def broken(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr("matplotlib.figure.Figure.savefig", broken)
    with pytest.raises(RuntimeError):
        draw_chart(seedlike, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["c.png"]


def test_load_events_reads_the_csv(seedlike, tmp_path):
    path = tmp_path / "t.csv"
    seedlike.to_csv(path, index=False, encoding="utf-8-sig")
    loaded = load_events(path)
    assert list(loaded.columns) == COLUMNS
    assert loaded.loc[0, "actors_raw"] == seedlike.loc[0, "actors_raw"]
    assert loaded.loc[6, "date_start"] == ""  # missing stays an empty string, not NaN
    assert loaded["n_sources"].tolist() == seedlike["n_sources"].tolist()
    assert loaded["confidence"].tolist() == pytest.approx(seedlike["confidence"].tolist())
    a = draw_chart(loaded, tmp_path / "from_csv.png").read_bytes()
    assert a == draw_chart(seedlike, tmp_path / "from_frame.png").read_bytes()


# ---------------------------------------------------------------------------------------------
# font
# ---------------------------------------------------------------------------------------------

def test_vazirmatn_is_shipped_registered_and_used(seed_fig):
    from matplotlib import font_manager

    files = chart.font_files()
    assert [f.name for f in files][:1] == ["Vazirmatn-Regular.ttf"]
    licence = (files[0].parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Vazirmatn" in licence
    label = labels(seed_fig)[0]
    assert label.get_fontfamily()[0] == "Vazirmatn"
    assert Path(font_manager.findfont(label.get_fontproperties())).resolve() == files[0].resolve()
    top = next(a for a in main_axes(seed_fig).child_axes if a.get_gid() == "jalali-axis")
    tick = top.get_xticklabels()[0]
    assert Path(font_manager.findfont(tick.get_fontproperties())).resolve() == files[0].resolve()


def test_falls_back_to_dejavu_without_the_font(monkeypatch):
    monkeypatch.setattr(chart, "font_files", lambda: [])
    fig = render(frame(event("only", "2024-06-19")))
    assert labels(fig)[0].get_fontfamily() == ["DejaVu Sans"]


def test_real_seeds_chronology_charts(seeds_dir):
    from timeline.chronology import build_chronology
    from timeline.documents import read_documents

    events = build_chronology(read_documents([str(seeds_dir)]))
    fig = render(events)
    dated = events[events["date_start"] != ""]
    assert sum(len(c.get_offsets()) for c in markers(fig)) + len(spans(fig)) == len(dated)
    n_undated = len(events) - len(dated)
    assert len([t for t in fig.texts if (t.get_gid() or "").startswith("undated:")]) == min(n_undated, 12)


def test_a_solar_hijri_month_is_labelled_by_its_name_not_by_invented_days():
    from timeline.chart import date_text

    assert date_text(dt.date(2024, 9, 22), dt.date(2024, 10, 21), "month") == "مهر ۱۴۰۳"
    assert date_text(dt.date(2024, 9, 1), dt.date(2024, 9, 30), "month") == "2024-09"
    assert date_text(dt.date(2024, 8, 31), dt.date(2024, 9, 1), "days") == "2024-08-31 – 09-01"


def test_dates_outside_the_charted_years_are_listed_as_undated_and_named():
    rows = frame(event("far", "9999-12-31", type="meeting"), event("m1", "2024-11-21"),
                 event("old", "0999-06-01", "0999-06-30", "month", type="agreement"))
    fig = render(rows)
    undated = {t.get_gid() for t in fig.texts if (t.get_gid() or "").startswith("undated:")}
    assert undated == {"undated:far", "undated:old"}
    assert sum(len(c.get_offsets()) for c in markers(fig)) == 1
    assert chart.bad_cells(rows.astype(str))[0] == ("line 2: date_start '9999-12-31' is outside the years "
                                                    "1000–9000 that charts draw (drawn as undated)")
