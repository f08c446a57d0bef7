"""The ``timeline`` command line: a thin shell over the library.

Exit codes: 0 every input was processed; 1 some inputs failed (each named on stderr) but the
outputs hold the rest; 2 a usage error.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from . import __version__
from .documents import InputProblem
from .engine import EngineError

EXAMPLES_MAIN = """\
examples:
  timeline build seeds/ -o out/timeline.csv --mentions out/mentions.csv --chart charts/timeline.png
  timeline dates seeds/ --format table
  timeline chart out/timeline.csv -o out/timeline.svg
  timeline eval tests/data/seeds.dates.jsonl seeds/

'timeline COMMAND --help' shows each command's options and more examples.
"""

EXAMPLES_DATES = """\
examples:
  timeline dates seeds/
  timeline dates seeds/ --format table
  timeline dates article.txt --published 2024-07-04 --format csv > mentions.csv
  echo 'بوتين يزور طهران الخميس المقبل' | timeline dates --published 2024-07-01 --format table
  timeline dates corpus.jsonl --jobs 2 > mentions.jsonl
"""

EXAMPLES_BUILD = """\
examples:
  timeline build seeds/ -o out/timeline.csv --mentions out/mentions.csv --chart charts/timeline.png
  timeline build seeds/ -o out/timeline.json --format timelinejs
  timeline build corpus.jsonl -o timeline.csv --published 2024-07-04 --jobs 2
  timeline build corpus/ -o timeline.csv --engine dask --scheduler tcp://10.0.0.5:8786
"""

EXAMPLES_CHART = """\
examples:
  timeline build seeds/ -o out/timeline.csv
  timeline chart out/timeline.csv -o charts/timeline.png
  timeline chart out/timeline.csv -o out/timeline.svg --title "تماس‌های ایران و روسیه"
"""

EXAMPLES_EVAL = """\
examples:
  timeline eval tests/data/seeds.dates.jsonl seeds/
  timeline eval tests/data/seeds.dates.jsonl seeds/ --errors
"""


class _Reporter:
    """Prints input problems to stderr and remembers whether any input failed."""

    def __init__(self) -> None:
        self.failed = 0

    def __call__(self, problem: InputProblem) -> None:
        if problem.fatal:
            self.failed += 1
        _say(str(problem))

    def invalid_dates(self, result) -> None:
        """Name the file and the place of every date that cannot exist (``۳۰ اسفند ۱۴۰۴``)."""
        for m in result.mentions:
            for warning in m.warnings:
                if warning.startswith("invalid date"):
                    _say(f"{result.where}: offset {m.start}: {m.text}: {warning}")


def _say(message: str) -> None:
    print(f"timeline: {message}", file=sys.stderr)


def _date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _jobs_arg(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"not a number of workers: {value!r}")
    return jobs or os.cpu_count() or 1


def _paths(values: Sequence[str]) -> list[str]:
    return list(values) if values else ["-"]


def _progress(results: Iterable, quiet: bool) -> Iterable:
    """A progress bar on stderr, only when stderr is a terminal and not ``--quiet``."""
    if quiet or not sys.stderr.isatty():
        return results
    from tqdm import tqdm

    return tqdm(results, unit=" docs", file=sys.stderr, dynamic_ncols=True, leave=False)


def _results(args: argparse.Namespace, reporter: _Reporter, contacts: bool) -> Iterator:
    from .engine import Options, run

    options = Options(prefer=args.prefer, lang=args.lang, contacts=contacts)
    results = run(_paths(args.paths), options, published=args.published, on_error=reporter, jobs=args.jobs,
                  engine=args.engine, scheduler=args.scheduler)
    for result in _progress(results, args.quiet):
        reporter.invalid_dates(result)
        yield result


# -- dates ------------------------------------------------------------------------------------

_MENTION_FIELDS = ["doc", "start", "end", "text", "value", "calendar", "kind", "precision", "native", "basis",
                   "anchor", "anchor_basis", "warnings"]


def _mention_rows(results: Iterable) -> Iterator[dict]:
    for result in results:
        for m in result.mentions:
            yield {"doc": result.id, **m.to_dict()}


def cmd_dates(args: argparse.Namespace) -> int:
    reporter = _Reporter()
    rows = _mention_rows(_results(args, reporter, contacts=False))
    out = sys.stdout
    if args.format == "jsonl":
        for row in rows:
            out.write(json.dumps({k: row[k] for k in _MENTION_FIELDS}, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=_MENTION_FIELDS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "warnings": "; ".join(row["warnings"])})
    else:
        for row in rows:
            warn = f"  ! {'; '.join(row['warnings'])}" if row["warnings"] else ""
            out.write(f"{row['doc']}\t{row['start']}-{row['end']}\t{row['value'] or '—'}\t{row['basis']}\t"
                      f"{row['text']}{warn}\n")
    return 1 if reporter.failed else 0


# -- build ------------------------------------------------------------------------------------

def _output_format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    return "timelinejs" if Path(args.output).suffix.lower() == ".json" else "csv"


def cmd_build(args: argparse.Namespace) -> int:
    from .chronology import EVENT_COLUMNS, MENTION_COLUMNS, Chronology, mention_row
    from .output import OutputError, check_outputs, csv_stream

    try:
        check_outputs({"-o": args.output, "--mentions": args.mentions, "--chart": args.chart}, args.paths)
        _check_chart_suffix(args.chart, "--chart")
    except OutputError as exc:
        _say(str(exc))
        return 2
    reporter = _Reporter()
    chronology = Chronology()
    n_docs = n_mentions = 0
    with csv_stream(args.mentions, MENTION_COLUMNS) as write_mentions:
        for result in _results(args, reporter, contacts=True):
            n_docs += 1
            chronology.add(result.contacts)
            write_mentions(mention_row(result.id, m) for m in result.mentions)
            n_mentions += len(result.mentions)
    # plain rows (the command line has no need of pandas), streamed to the CSV unless a chart or
    # TimelineJS needs them all at once
    timelinejs = _output_format(args) == "timelinejs"
    events = chronology.rows() if timelinejs or args.chart else None
    n_events = 0
    if timelinejs:
        from .timelinejs import write_timelinejs

        write_timelinejs(events, args.output)
        n_events = len(events)
    else:
        with csv_stream(args.output, EVENT_COLUMNS) as write_events:
            for row in events if events is not None else chronology.iter_rows():
                write_events([row])
                n_events += 1
    if args.chart:
        from .chart import draw_chart

        draw_chart(events, args.chart)
    if not args.quiet:
        written = ", ".join(p for p in (args.output, args.mentions, args.chart) if p)
        _say(f"{n_docs} documents: {n_events} events, {n_mentions} date mentions -> {written}")
    return 1 if reporter.failed else 0


def _check_chart_suffix(path: str | None, option: str) -> None:
    from .output import OutputError

    if path and Path(path).suffix.lower() not in (".png", ".svg"):
        raise OutputError(f"{option} {path}: the chart is written as .png or .svg")


# -- chart ------------------------------------------------------------------------------------

def cmd_chart(args: argparse.Namespace) -> int:
    from .chart import draw_chart, load_events
    from .chronology import EVENT_COLUMNS
    from .output import OutputError, check_outputs

    try:
        check_outputs({"-o": args.output}, [args.csv])
        _check_chart_suffix(args.output, "-o")
    except OutputError as exc:
        _say(str(exc))
        return 2
    try:
        events = load_events(args.csv)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        _say(f"{args.csv}: cannot read the chronology ({exc})")
        return 1
    missing = [c for c in ("date_start", "type", "status") if c not in events.columns]
    if missing:
        _say(f"{args.csv}: not a chronology CSV (no column {', '.join(missing)}; expected {', '.join(EVENT_COLUMNS)})")
        return 1
    problems = events.attrs.get("problems", [])
    for problem in problems:
        _say(f"{args.csv} {problem}")
    draw_chart(events, args.output, title=args.title)
    if not args.quiet:
        _say(f"{len(events)} events -> {args.output}")
    return 1 if problems else 0


# -- eval -------------------------------------------------------------------------------------

def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import Predicted, load_gold, score

    try:
        gold = load_gold(args.gold)
    except OSError as exc:
        _say(f"{args.gold}: cannot read the gold file ({exc.strerror or exc})")
        return 1
    except ValueError as exc:
        _say(str(exc))
        return 1
    reporter = _Reporter()
    predicted: list[Predicted] = []
    docs: list[str] = []
    for result in _results(args, reporter, contacts=False):
        docs.append(result.id)
        predicted += [Predicted(result.id, m.start, m.end, m.text, m.value) for m in result.mentions]
    gold_docs = {g.doc for g in gold}
    missing = sorted(gold_docs - set(docs))
    for name in missing:
        _say(f"gold names {name}, which is not among the inputs")
    result = score(gold, predicted, [d for d in docs if d in gold_docs])
    print(result.summary())
    if args.errors:
        for err in result.errors:
            print(err)
    return 1 if reporter.failed or missing else 0


# -- parser -----------------------------------------------------------------------------------

def _reading(p: argparse.ArgumentParser) -> None:
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD",
                   help="publication date for inputs that carry none")
    p.add_argument("--prefer", choices=("past", "future"), default="past",
                   help="direction for bare weekdays when the sentence has no tense cue; future also "
                        "looks forward for year-less dates and named days (default: past)")
    p.add_argument("--lang", choices=("fa", "ar"), help="language of the inputs (default: detected per document)")


def _running(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jobs", "-j", type=_jobs_arg, default=1, metavar="N",
                   help="worker processes (0: one per core; default 1); same output, same order")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="'dask' runs on a Dask cluster (needs: pip install 'timeline[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: a running scheduler (tcp://host:8786); default: a local "
                        "cluster of --jobs workers")
    _quiet(p)


def _quiet(p: argparse.ArgumentParser) -> None:
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary (errors still show)")


def _subparser(sub, name: str, help: str, description: str, epilog: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=help, description=description, epilog=epilog,
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline", description="Dates and Russia–Iran contacts from Persian and Arabic news.",
        epilog=EXAMPLES_MAIN, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = _subparser(sub, "dates", "find and normalise every date mention",
                   "Find every date mention in .txt files, folders, JSONL files ({id, text, published?}) "
                   "or standard input, normalised to ISO 8601, with offsets into the original text.",
                   EXAMPLES_DATES)
    p.add_argument("paths", nargs="*", metavar="PATH", help=".txt, folder, .jsonl or - (default: stdin)")
    _reading(p)
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    _running(p)
    p.set_defaults(func=cmd_dates)

    p = _subparser(sub, "build", "build the chronology of Russia–Iran contacts",
                   "Read articles, find Russia–Iran contacts and write the deduplicated chronology: CSV "
                   "(UTF-8 with a byte-order mark) or TimelineJS JSON, and optionally a chart.",
                   EXAMPLES_BUILD)
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, folder, .jsonl or -")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the chronology, one row per event")
    p.add_argument("--format", choices=("csv", "timelinejs"),
                   help="format of --output (default: timelinejs for a .json name, else csv)")
    p.add_argument("--mentions", metavar="CSV", help="also write every date mention, one row each")
    p.add_argument("--chart", metavar="PNG|SVG", help="also draw the chart (.png, or .svg)")
    _reading(p)
    _running(p)
    p.set_defaults(func=cmd_build)

    p = _subparser(sub, "chart", "draw the chart of a chronology CSV",
                   "Draw a chronology CSV (from 'timeline build') as a timeline chart: lanes by kind of "
                   "contact, Gregorian dates below and Solar Hijri months above.", EXAMPLES_CHART)
    p.add_argument("csv", metavar="CSV", help="a chronology written by 'timeline build'")
    p.add_argument("-o", "--output", required=True, metavar="PNG|SVG", help="the chart (.png, or .svg)")
    p.add_argument("--title", help="the chart's title")
    _quiet(p)
    p.set_defaults(func=cmd_chart)

    p = _subparser(sub, "eval", "score date mentions against gold",
                   "Score find_dates against a gold JSONL file (detection P/R/F1, value accuracy, strict "
                   "F1), as ../shared/gold/README.md defines.", EXAMPLES_EVAL)
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _reading(p)
    p.add_argument("--errors", action="store_true", help="list every miss, spurious mention and wrong value")
    _running(p)
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _say("interrupted; outputs not written (earlier ones are left as they were)")
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except EngineError as exc:  # e.g. the Dask extra is not installed
        _say(str(exc))
        return 2
