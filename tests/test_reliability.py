"""Messy corpora: every good file is processed, every bad one named once, outputs are never
half-written, impossible dates are flagged and never shifted."""

from __future__ import annotations

import csv
import io

import pytest

from timeline.cli import main
from timeline.dates import find_dates
from timeline.output import atomic_path, write_text

from .conftest import DATA

BAD = DATA / "bad_inputs"
GOOD_DOCS = {"utf8.txt", "utf8_bom.txt", "utf16_bom.txt", "crlf.txt", "windows1256.txt", "jsonl-ok-1", "jsonl-ok-2"}
# (where, what) for each bad input; the message must name both
BAD_LINES = [
    ("binary_nul.txt", "binary file"),
    ("empty.txt", "empty file"),
    ("whitespace_only.txt", "empty file"),
    ("latin1_not_arabic.txt", "not valid UTF-8"),
    ("broken_lines.jsonl line 2", "not valid JSON"),
    ("broken_lines.jsonl line 3", "no 'text'"),
    ("broken_lines.jsonl line 4", "not a date"),
    ("broken_lines.jsonl line 5", "not valid UTF-8"),
    ("folder_without_txt", "no .txt or .jsonl files"),
    ("missing.txt", "no such file"),
]


def _rows(path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


@pytest.fixture
def bad_run(tmp_path, capsys):
    out, mentions = tmp_path / "t.csv", tmp_path / "m.csv"
    # the folder without .txt files inside bad_inputs/ is found and named on its own
    code = main(["build", str(BAD), str(BAD / "missing.txt"),
                 "-o", str(out), "--mentions", str(mentions)])
    return code, capsys.readouterr().err.splitlines(), _rows(out), _rows(mentions)


def test_build_names_each_bad_input_once_and_exits_1(bad_run):
    code, err, _events, _mentions = bad_run
    assert code == 1
    for where, what in BAD_LINES:
        lines = [line for line in err if f"{where}:" in line]
        assert len(lines) == 1, (where, err)
        assert what in lines[0]
    # the Windows-1256 file is read, with a warning that says so
    assert any("windows1256.txt: not UTF-8; decoded as Windows-1256" in line for line in err)


def test_build_keeps_every_good_files_rows(bad_run):
    _code, _err, events, mentions = bad_run
    assert {e["doc"] for e in events} == GOOD_DOCS
    assert {m["doc"] for m in mentions} == GOOD_DOCS
    by_doc = {e["doc"]: e for e in events}
    # decoded right: UTF-16, CRLF and Windows-1256 files give their Arabic names and dates
    assert by_doc["utf16_bom.txt"]["date_start"] == "2024-10-23" and by_doc["utf16_bom.txt"]["place"] == "Kazan"
    assert by_doc["crlf.txt"]["type"] == "phone_call" and by_doc["crlf.txt"]["date_start"] == "2025-01-15"
    assert by_doc["windows1256.txt"]["russia"] == "Sergei Lavrov" and "عباس عراقجي" in by_doc["windows1256.txt"]["actors_raw"]
    assert by_doc["utf8.txt"]["date_jalali"] == "1403-07-19"
    # the JSONL lines around the broken ones keep their publication dates
    assert by_doc["jsonl-ok-1"]["date_start"] == "2024-06-19" and by_doc["jsonl-ok-2"]["date_start"] == "2024-06-24"
    # CRLF leaves no carriage return in offsets or text
    crlf = [m for m in mentions if m["doc"] == "crlf.txt"]
    assert [m["text"] for m in crlf] == ["يوم 15 يناير 2025"]


def test_a_single_huge_line_is_read(tmp_path, capsys):
    sentence = "ولادیمیر پوتین روز پنجشنبه ۱۹ مهر ۱۴۰۳ با مسعود پزشکیان دیدار کرد و "
    repeats = 1_000_000 // len(sentence.encode("utf-8"))
    f = tmp_path / "one_line.txt"
    f.write_text(sentence * repeats, encoding="utf-8")
    mentions = tmp_path / "m.csv"
    assert main(["build", str(f), "-o", str(tmp_path / "t.csv"), "--mentions", str(mentions)]) == 0
    rows = _rows(mentions)
    assert len(rows) == repeats
    assert {r["value"] for r in rows} == {"2024-10-10"}


@pytest.mark.parametrize("text, day, month, calendar", [
    ("وزیر ۳۰ اسفند ۱۴۰۴ را روز تعطیل اعلام کرد.", 30, 12, "jalali"),  # 1404 is not a leap year
    ("این دیدار در ۳۱ مهر ۱۴۰۳ انجام خواهد شد.", 31, 7, "jalali"),
    ("تأسست المنظمة في 30 فبراير 2001.", 30, 2, "gregorian"),
    ("وقعت الاتفاقية في 31 نوفمبر 2024.", 31, 11, "gregorian"),
    # three-digit years with an era, days no month has: null, not read as another date
    ("وتعود الرسالة إلى ١٥ رمضان ١٣٠ هـ.", None, None, "Umm al-Qura"),
    ("این سند در ۳۲ فروردین ۱۴۰۳ امضا شد.", 32, 1, "jalali"),
])
def test_impossible_dates_are_flagged_never_shifted(text, day, month, calendar):
    (m,) = find_dates(text, published="2024-07-04")
    assert m.value is None and m.first is None
    if day is not None:
        assert m.warnings and m.warnings[0].startswith(f"invalid date: day {day} does not exist in month {month}")
    assert calendar in m.warnings[0]


@pytest.mark.parametrize("text, lang, year", [("31 أبريل", "ar", 2024), ("۳۱ مهر", "fa", 1403)])
def test_an_impossible_yearless_date_names_the_documents_year(text, lang, year):
    (m,) = find_dates(text, published="2024-07-04", lang=lang)
    assert m.value is None and f" of {year} " in m.warnings[0]


def test_hijri_outside_the_table_is_flagged():
    (m,) = find_dates("وتعود العلاقات إلى ١٥ رمضان ١٦٠٠ هـ.", published="2024-07-04")
    assert m.value is None and "outside the Umm al-Qura table" in m.warnings[0]


@pytest.mark.parametrize("text, bound", [("پنج هزار سال پیش مردمانی در این سرزمین زندگی می‌کردند.", "Solar Hijri year -3597"),
                                         ("قبل 5000 عام سكن الناس هذه الأرض.", "year -2976")])
def test_a_shift_beyond_the_calendars_range_is_flagged_not_raised(text, bound):
    (m,) = find_dates(text, published="2024-05-01")
    assert m.value is None and m.warnings[0].startswith(f"invalid date: {bound} is outside")


@pytest.mark.parametrize("text, published, warning", [
    ("روز آینده", "9999-12-31", "it falls outside the years 1–9999"),
    ("بعد 3 أسابيع", "9999-12-25", "it falls outside the years 1–9999"),
    ("خلال ۱۰۰ قرن المقبلة", "9999-01-01", "it falls outside the years 1–9999"),
    ("پنج هزار سال پیش", "0001-06-01", "0001-06-01 is outside the Solar Hijri years jdatetime covers"),
    ("في يوليو الماضي", "0001-01-03", "no such day within the years 1–9999"),
    ("عيد الفصح المقبل", "9999-12-29", "year 10000 is outside 1–9999")])
def test_counting_past_the_years_1_to_9999_is_flagged_not_raised(text, published, warning):
    (m,) = find_dates(text, published=published)
    assert m.value is None and m.warnings == (f"invalid date: {warning}",)


def test_the_cli_names_the_file_of_an_impossible_date(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("وزیر ۳۰ اسفند ۱۴۰۴ را روز تعطیل اعلام کرد.", encoding="utf-8")
    assert main(["dates", str(f), "--published", "2024-07-04"]) == 0
    err = capsys.readouterr().err
    assert f"{f}: offset 5: ۳۰ اسفند ۱۴۰۴: invalid date: day 30 does not exist" in err


def test_an_interrupted_write_leaves_the_old_output(tmp_path):
    target = tmp_path / "timeline.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with atomic_path(target) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.csv"]
    write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "new"


def test_an_interrupted_build_leaves_the_old_outputs(tmp_path, monkeypatch, capsys):
    good = tmp_path / "in"
    good.mkdir()
    for name in ("a.txt", "b.txt"):
        (good / name).write_text("پوتین امروز با پزشکیان دیدار کرد.", encoding="utf-8")
    out, mentions = tmp_path / "t.csv", tmp_path / "m.csv"
    out.write_text("old events", encoding="utf-8")
    mentions.write_text("old mentions", encoding="utf-8")
    import timeline.engine as engine

    calls = {"n": 0}
    real = engine.process

    def interrupted(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "process", interrupted)
    assert main(["build", str(good), "-o", str(out), "--mentions", str(mentions), "--published", "2024-07-04"]) == 130
    assert out.read_text(encoding="utf-8") == "old events"
    assert mentions.read_text(encoding="utf-8") == "old mentions"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "m.csv", "t.csv"]


def test_a_page_with_no_line_breaks_or_full_stops_is_read_a_stretch_at_a_time():
    from timeline.contacts import MAX_SENTENCE, sentences
    from timeline.dates import find_dates
    from timeline.dates.grammar import MAX_WINDOW, WINDOW, grammar

    unit = "پوتین روز پنجشنبه ۱۹ مهر ۱۴۰۳ با پزشکیان در عشق‌آباد دیدار کرد و یک بیانیه منتشر شد "
    text = unit * 4000  # about 340 000 characters on one line, no full stop
    windows = list(grammar("fa").windows(text, 0))
    assert len(windows) > 1 and max(e - s for s, e in windows) <= MAX_WINDOW + 2 * WINDOW + 60
    assert max(e - s for s, e in sentences(text)) <= MAX_SENTENCE
    mentions = find_dates(text)
    assert len(mentions) == 4000  # none lost or doubled where the windows overlap
    assert {m.value for m in mentions} == {"2024-10-10"}
    assert all(text[m.start:m.end] == "روز پنجشنبه ۱۹ مهر ۱۴۰۳" for m in mentions)
