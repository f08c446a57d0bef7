"""The command line: output formats, exit codes, and help with worked examples."""

from __future__ import annotations

import json
import sys

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


@pytest.mark.parametrize("command", ["dates", "build", "chart", "eval"])
def test_help_shows_a_worked_example(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert f"timeline {command} " in capsys.readouterr().out


def test_top_level_help_shows_every_command_with_an_example(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("dates", "build", "chart", "eval"):
        assert f"timeline {command} " in out


def test_the_help_examples_work(tmp_path, monkeypatch, capsys):
    """The examples in the help run as written (from the project folder, outputs in tmp)."""
    monkeypatch.chdir(SEEDS.parents[2])
    out = tmp_path / "out"
    assert main(["build", "seeds/", "-o", str(out / "timeline.csv"), "--mentions", str(out / "mentions.csv"),
                 "--chart", str(out / "timeline.png")]) == 0
    assert main(["chart", str(out / "timeline.csv"), "-o", str(out / "timeline.svg")]) == 0
    assert main(["dates", "seeds/", "--format", "table"]) == 0
    assert main(["eval", "tests/data/seeds.dates.jsonl", "seeds/"]) == 0
    assert (out / "timeline.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (out / "timeline.svg").read_bytes()[:400]


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


def test_build_writes_timelinejs_and_a_chart(tmp_path, capsys):
    out, chart = tmp_path / "t.json", tmp_path / "c.png"
    assert main(["build", str(SEEDS), "-o", str(out), "--chart", str(chart), "--quiet"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    groups = {e["group"] for e in doc["events"]}
    assert groups and groups <= {"ملاقات", "دیدار", "meeting", "summit", "اجلاس", "phone_call", "تماس تلفنی"} | groups
    assert all("display_date" in e for e in doc["events"])
    assert chart.read_bytes()[:4] == b"\x89PNG"
    assert capsys.readouterr().err == ""  # --quiet: no summary, no progress


def test_build_format_flag_overrides_the_extension(tmp_path, capsys):
    out = tmp_path / "timeline.txt.out"
    assert main(["build", str(SEEDS), "-o", str(out), "--format", "timelinejs", "--quiet"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["events"]


def test_chart_command_from_the_csv(tmp_path, capsys):
    csv_path, png = tmp_path / "t.csv", tmp_path / "t.png"
    assert main(["build", str(SEEDS), "-o", str(csv_path), "--quiet"]) == 0
    assert main(["chart", str(csv_path), "-o", str(png)]) == 0
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert "events ->" in capsys.readouterr().err


def test_chart_command_names_bad_inputs(tmp_path, capsys):
    not_csv = tmp_path / "notes.csv"
    not_csv.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["chart", str(not_csv), "-o", str(tmp_path / "c.png")]) == 1
    assert "notes.csv: not a chronology CSV" in capsys.readouterr().err
    assert main(["chart", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "c.png")]) == 1
    assert "missing.csv: cannot read the chronology" in capsys.readouterr().err
    assert main(["chart", str(not_csv), "-o", str(tmp_path / "c.pdf")]) == 2
    assert ".png or .svg" in capsys.readouterr().err
    assert not (tmp_path / "c.png").exists()


def test_progress_bar_only_on_a_terminal(tmp_path, monkeypatch, capsys):
    out = tmp_path / "t.csv"
    assert main(["build", str(SEEDS), "-o", str(out)]) == 0
    assert "docs" not in capsys.readouterr().err  # stderr is not a terminal here
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert main(["build", str(SEEDS), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert " docs [" in err and "5 documents: 9 events, 22 date mentions" in err
    assert main(["build", str(SEEDS), "-o", str(out), "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_missing_dask_extra_is_a_usage_error(monkeypatch, capsys, tmp_path):
    import builtins

    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name.startswith(("dask", "distributed")):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    assert main(["dates", str(SEEDS), "--engine", "dask"]) == 2
    assert "pip install 'timeline[dask]'" in capsys.readouterr().err


def test_outputs_that_are_folders_or_the_same_file_are_usage_errors(tmp_path, capsys):
    folder = tmp_path / "outdir"
    folder.mkdir()
    assert main(["build", str(SEEDS), "-o", str(folder)]) == 2
    assert "is a folder" in capsys.readouterr().err
    same = tmp_path / "x.csv"
    assert main(["build", str(SEEDS), "-o", str(same), "--mentions", str(same)]) == 2
    assert "writes the same file" in capsys.readouterr().err
    assert not same.exists()
    (tmp_path / "d.png").mkdir()
    assert main(["chart", str(same), "-o", str(tmp_path / "d.png")]) == 2
    assert "-o " in capsys.readouterr().err


def test_a_missing_gold_file_is_a_failed_input(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "nope.jsonl"), str(SEEDS)]) == 1
    assert "nope.jsonl: cannot read the gold file" in capsys.readouterr().err


def test_chart_names_rows_it_cannot_read_and_still_draws(tmp_path, capsys):
    csv_path, png = tmp_path / "t.csv", tmp_path / "t.png"
    assert main(["build", str(SEEDS), "-o", str(csv_path), "--quiet"]) == 0
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index("date_start")] = "2024-13-45"
    lines[1] = ",".join(cells)
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    assert main(["chart", str(csv_path), "-o", str(png)]) == 1
    assert "line 2: date_start '2024-13-45' is not a date" in capsys.readouterr().err
    assert png.read_bytes()[:4] == b"\x89PNG"
