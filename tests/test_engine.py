"""Engines: worker processes and Dask give the same output, in the same order, as one process;
reading is streamed; the chronology keeps one group per distinct report, not one per article."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.chronology import Chronology
from timeline.cli import main
from timeline.contacts import Contact
from timeline.documents import Source, jsonl_parts, plan_sources, read_source
from timeline.engine import Options, run

from .conftest import DATA, SEEDS

ROOT = Path(__file__).resolve().parents[1]


def _corpus(tmp_path: Path, n: int = 60) -> Path:
    """A JSONL corpus of seed paragraphs with publication dates, plus a broken line."""
    paragraphs = [p for f in sorted(SEEDS.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n") if
                  len(p) > 80]
    lines = [json.dumps({"id": f"d{i:03d}", "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                         "text": paragraphs[i % len(paragraphs)] + "\n" + paragraphs[(i * 7) % len(paragraphs)]},
                        ensure_ascii=False) for i in range(n)]
    lines.insert(n // 2, "{not json")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _build(tmp_path: Path, name: str, inputs: list[str], *extra: str) -> tuple[int, bytes, bytes]:
    out, mentions = tmp_path / f"{name}.csv", tmp_path / f"{name}.mentions.csv"
    code = main(["build", *inputs, "-o", str(out), "--mentions", str(mentions), "--quiet", *extra])
    return code, out.read_bytes(), mentions.read_bytes()


def test_jobs_2_gives_byte_identical_outputs(tmp_path, capsys):
    inputs = [str(SEEDS), str(_corpus(tmp_path)), str(DATA / "bad_inputs")]
    one = _build(tmp_path, "one", inputs)
    two = _build(tmp_path, "two", inputs, "--jobs", "2")
    assert one[0] == two[0] == 1  # the bad inputs fail in both
    assert one[1] == two[1] and one[2] == two[2]
    assert one[1].count(b"\n") > 10


def test_dates_with_jobs_keeps_input_order(tmp_path, capsys):
    corpus = str(_corpus(tmp_path, n=80))
    main(["dates", corpus, "--format", "csv", "--quiet"])
    one = capsys.readouterr().out
    main(["dates", corpus, "--format", "csv", "--quiet", "--jobs", "2"])
    assert capsys.readouterr().out == one
    docs = [line.split(",")[0] for line in one.splitlines()[1:]]
    assert docs == sorted(docs)  # the corpus ids are in order, and so are the rows


def test_dask_local_cluster_gives_the_same_output(tmp_path, capsys):
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    inputs = [str(SEEDS), str(_corpus(tmp_path, n=30)), str(DATA / "bad_inputs" / "broken_lines.jsonl")]
    one = _build(tmp_path, "one", inputs)
    err_one = capsys.readouterr().err
    dask = _build(tmp_path, "dask", inputs, "--engine", "dask", "--jobs", "2")
    err_dask = capsys.readouterr().err
    assert one == dask
    assert err_one == err_dask  # the same problems, named the same way, in the same order


def test_jsonl_parts_cut_at_line_ends_and_keep_line_numbers(tmp_path):
    path = _corpus(tmp_path, n=40)
    whole = [d.id for d in read_source(Source(str(path), "jsonl"))]
    for size in (1, 500, 4000, 10**9):
        parts = list(jsonl_parts(path, size))
        assert parts[0][0] == 0 and parts[-1][1] in (None, path.stat().st_size)
        assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
        problems: list = []
        ids = [d.id for s, e, line in parts for d in read_source(Source(str(path), "jsonl", s, e, line), None,
                                                                  problems.append)]
        assert ids == whole
        assert [p.source.rsplit(" ", 1)[-1] for p in problems] == ["21"]  # the broken line, by its number


def test_sources_are_planned_lazily_in_reading_order(tmp_path):
    (tmp_path / "b.txt").write_text("متن", encoding="utf-8")
    (tmp_path / "a.txt").write_text("متن", encoding="utf-8")
    problems: list = []
    sources = plan_sources([str(tmp_path), str(tmp_path / "missing.txt")], problems.append)
    assert not problems  # nothing is looked at before it is asked for
    assert [Path(s.path).name for s in sources] == ["a.txt", "b.txt"]
    assert "missing.txt" in str(problems[0])


def test_run_streams_results_one_document_at_a_time(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("پوتین دیروز با پزشکیان دیدار کرد.", encoding="utf-8")
    problems: list = []
    results = run([str(tmp_path)], Options(), published=None, on_error=problems.append)
    first = next(results)
    assert first.id == "a.txt" and [m.text for m in first.mentions] == ["دیروز"] and first.contacts
    (tmp_path / "c.txt").unlink()  # not read yet: its absence shows when its turn comes
    assert [r.id for r in results] == ["b.txt"]
    assert "c.txt" in problems[0].source and "cannot read" in problems[0].message


def _contact(doc: str, day: int) -> Contact:
    import datetime as dt

    return Contact(doc=doc, evidence="…", start=0, end=1, type="meeting", status="occurred",
                   russia_ids=("putin",), iran_ids=("pezeshkian",), actors_raw=("پوتین", "پزشکیان"),
                   date_start=dt.date(2024, 10, day), date_end=dt.date(2024, 10, day), precision="day",
                   date_basis="explicit", confidence=0.8)


def test_the_chronology_grows_with_distinct_reports_not_articles():
    chronology = Chronology()
    for i in range(2000):
        chronology.add([_contact(f"doc{i}", 10), _contact(f"doc{i}", 10 + i % 2)])
    assert chronology.n_groups == 2
    rows = chronology.rows()
    assert len(rows) == 2  # the 10th and the 11th are different days
    assert [r["n_sources"] for r in rows] == [2000, 1000]
    assert rows[0]["sources"].split("; ")[:3] == ["doc0", "doc1", "doc2"]


def test_timeline_dates_imports_neither_pandas_nor_matplotlib():
    code = ("import sys, io\n"
            "from timeline.cli import main\n"
            f"main(['dates', {str(SEEDS)!r}, '--quiet'])\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'matplotlib', 'dask'))\n"
            "print('HEAVY', heavy, file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "HEAVY []" in done.stderr
    assert len(done.stdout.splitlines()) == 22


def test_timeline_build_without_a_chart_needs_no_pandas(tmp_path):
    code = ("import sys\n"
            "from timeline.cli import main\n"
            f"main(['build', {str(SEEDS)!r}, '-o', {str(tmp_path / 't.csv')!r}, '--quiet'])\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'matplotlib'))\n"
            "print('HEAVY', heavy)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "HEAVY []" in done.stdout
    assert (tmp_path / "t.csv").read_text(encoding="utf-8-sig").count("\n") == 10  # header + 9 events


def test_groups_whose_keys_share_a_hash_stay_apart(monkeypatch):
    import timeline.chronology as chronology_module

    def build() -> list[dict]:
        chronology = Chronology()
        for i in range(40):
            chronology.add([_contact(f"doc{i}", 10 + i % 3), _contact(f"doc{i}", 20)])
        return chronology.rows()

    apart = build()
    monkeypatch.setattr(chronology_module, "hash", lambda key: 0, raising=False)  # every key collides
    together = build()
    assert together == apart
    assert [r["date_start"] for r in together] == ["2024-10-10", "2024-10-11", "2024-10-12", "2024-10-20"]
    assert [r["n_sources"] for r in together] == [14, 13, 13, 40]


def test_a_document_s_language_is_detected_once_for_dates_and_contacts(monkeypatch):
    import timeline.lexicon as lexicon_module
    from timeline.documents import Document
    from timeline.engine import process

    import timeline.dates.finder as finder_module

    calls = []
    detect = lexicon_module.detect_language

    def counted(text: str, default: str = "fa") -> str:
        calls.append(text)
        return detect(text, default)

    monkeypatch.setattr(lexicon_module, "detect_language", counted)  # what contacts call
    monkeypatch.setattr(finder_module, "detect_language", counted)  # what dates call
    result = process(Document("x", "التقى لافروف عراقجي في موسكو أمس.", dt.date(2024, 9, 20)))
    assert len(calls) == 1
    assert [(c.type, c.date_start) for c in result.contacts] == [("meeting", dt.date(2024, 9, 19))]
