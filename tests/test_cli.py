"""The command line: output formats, exit codes, and help with worked examples."""

from __future__ import annotations

import json

import pytest

from timeline.cli import main

from .conftest import SEED_GOLD, SEEDS


def test_dates_jsonl_on_the_seeds(capsys):
    assert main(["dates", str(SEEDS)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 22
    first = rows[0]
    assert {"doc", "start", "end", "text", "value", "calendar", "kind", "basis", "warnings"} <= set(first)
    assert (first["doc"], first["text"], first["value"]) == ("000_b969c91e66e45f26.txt", "روز پنجشنبه ۱۹ مهرماه ۱۴۰۳",
                                                            "2024-10-10")


def test_dates_published_and_csv(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("التقى بوتين اليوم الخميس مخبر", encoding="utf-8")
    assert main(["dates", str(f), "--published", "2024-07-04", "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("doc,start,end,text,value")
    assert "2024-07-04" in out[1]


def test_failed_input_gives_exit_code_1_and_a_named_message(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("دیروز", encoding="utf-8")
    assert main(["dates", str(good), str(tmp_path / "nope.txt"), "--format", "table"]) == 1
    captured = capsys.readouterr()
    assert "nope.txt" in captured.err and "no such file" in captured.err
    assert "good.txt" in captured.out


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["dates", "--published", "yesterday"])
    assert exc.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_eval_reports_strict_f1_one_on_the_seeds(capsys):
    assert main(["eval", str(SEED_GOLD), str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "strict     P 1.000  R 1.000  F1 1.000" in out


@pytest.mark.parametrize("command", ["dates", "eval"])
def test_help_shows_a_worked_example(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert f"timeline {command} " in capsys.readouterr().out


def test_build_writes_a_csv_with_a_byte_order_mark(tmp_path, capsys):
    out, mentions = tmp_path / "t.csv", tmp_path / "m.csv"
    assert main(["build", str(SEEDS), "-o", str(out), "--mentions", str(mentions)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("event_id,date_start,date_end,precision,date_jalali")
    assert "Vladimir Putin" in text and "Saint Petersburg" in text
    assert len(mentions.read_text(encoding="utf-8-sig").splitlines()) == 23  # header + 22 mentions


def test_build_refuses_to_overwrite_an_input(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("پوتین امروز با پزشکیان دیدار کرد", encoding="utf-8")
    assert main(["build", str(f), "-o", str(f)]) == 2
    assert "input" in capsys.readouterr().err
    assert f.read_text(encoding="utf-8") == "پوتین امروز با پزشکیان دیدار کرد"
