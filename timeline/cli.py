"""The ``timeline`` command line: a thin shell over the library.

Exit codes: 0 every input was processed; 1 some inputs failed (each named on stderr) but the
outputs hold the rest; 2 a usage error.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import sys
from typing import Iterable, Sequence

from . import __version__
from .documents import Document, InputProblem, read_documents

EXAMPLES_DATES = """\
examples:
  timeline dates seeds/
  timeline dates article.txt --published 2024-07-04 --format table
  echo 'بوتين يزور طهران الخميس المقبل' | timeline dates --published 2024-07-01
  timeline dates corpus.jsonl --format csv > mentions.csv
"""

EXAMPLES_BUILD = """\
examples:
  timeline build seeds/ -o out/timeline.csv --mentions out/mentions.csv
  timeline build corpus.jsonl -o timeline.csv --published 2024-07-04
"""

EXAMPLES_EVAL = """\
examples:
  timeline eval tests/data/seeds.dates.jsonl seeds/
  timeline eval tests/data/seeds.dates.jsonl seeds/ --errors
"""


class _Reporter:
    """Prints input problems to stderr and remembers whether any input failed."""

    def __init__(self, quiet: bool = False):
        self.failed = 0
        self.quiet = quiet

    def __call__(self, problem: InputProblem) -> None:
        if problem.fatal:
            self.failed += 1
        print(f"timeline: {problem}", file=sys.stderr)


def _date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _paths(values: Sequence[str]) -> list[str]:
    return list(values) if values else ["-"]


# -- dates ------------------------------------------------------------------------------------

_MENTION_FIELDS = ["doc", "start", "end", "text", "value", "calendar", "kind", "precision", "native", "basis",
                   "anchor", "anchor_basis", "warnings"]


def _mention_rows(docs: Iterable[Document], args: argparse.Namespace) -> Iterable[dict]:
    from .dates import find_dates

    for doc in docs:
        for m in find_dates(doc.text, published=doc.published, lang=args.lang, prefer=args.prefer):
            row = {"doc": doc.id, **m.to_dict()}
            yield row


def cmd_dates(args: argparse.Namespace) -> int:
    reporter = _Reporter()
    docs = read_documents(_paths(args.paths), published=args.published, on_error=reporter)
    rows = _mention_rows(docs, args)
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

def cmd_build(args: argparse.Namespace) -> int:
    from .chronology import build_tables
    from .output import OutputError, check_not_input, write_csv

    try:
        for target in (args.output, args.mentions):
            if target:
                check_not_input(target, args.paths)
    except OutputError as exc:
        print(f"timeline: {exc}", file=sys.stderr)
        return 2
    reporter = _Reporter()
    docs = read_documents(args.paths, published=args.published, on_error=reporter)
    tables = build_tables(docs)
    try:
        write_csv(args.output, tables.events)
        if args.mentions:
            write_csv(args.mentions, tables.mentions)
    except OSError as exc:
        print(f"timeline: cannot write output: {exc}", file=sys.stderr)
        return 1
    print(f"timeline: {len(tables.events)} events, {len(tables.mentions)} date mentions -> {args.output}",
          file=sys.stderr)
    return 1 if reporter.failed else 0


# -- eval -------------------------------------------------------------------------------------

def cmd_eval(args: argparse.Namespace) -> int:
    from .dates import find_dates
    from .evaluate import Predicted, load_gold, score

    try:
        gold = load_gold(args.gold)
    except (OSError, ValueError) as exc:
        print(f"timeline: {exc}", file=sys.stderr)
        return 2
    reporter = _Reporter()
    predicted: list[Predicted] = []
    docs: list[str] = []
    for doc in read_documents(args.paths, published=args.published, on_error=reporter):
        docs.append(doc.id)
        for m in find_dates(doc.text, published=doc.published, lang=args.lang, prefer=args.prefer):
            predicted.append(Predicted(doc.id, m.start, m.end, m.text, m.value))
    gold_docs = {g.doc for g in gold}
    missing = sorted(gold_docs - set(docs))
    for name in missing:
        print(f"timeline: gold names {name}, which is not among the inputs", file=sys.stderr)
    result = score(gold, predicted, [d for d in docs if d in gold_docs])
    print(result.summary())
    if args.errors:
        for err in result.errors:
            print(err)
    return 1 if reporter.failed or missing else 0


# -- parser -----------------------------------------------------------------------------------

def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD",
                   help="publication date for inputs that carry none")
    p.add_argument("--prefer", choices=("past", "future"), default="past",
                   help="direction for bare weekdays and named days when the sentence has no tense cue "
                        "(default: past)")
    p.add_argument("--lang", choices=("fa", "ar"), help="language of the inputs (default: detected)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Dates and Russia–Iran contacts from Persian and Arabic news.",
        epilog="examples:\n  timeline dates seeds/ --format table\n"
               "  timeline eval tests/data/seeds.dates.jsonl seeds/",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("dates", help="find and normalise every date mention",
                       description="Find every date mention in .txt files, folders, JSONL files "
                                   "({id, text, published?}) or standard input, normalised to ISO 8601.",
                       epilog=EXAMPLES_DATES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH", help=".txt, folder, .jsonl or - (default: stdin)")
    _common(p)
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    p.set_defaults(func=cmd_dates)

    p = sub.add_parser("build", help="build the chronology of Russia–Iran contacts",
                       description="Read articles, find Russia–Iran contacts and write the deduplicated "
                                   "chronology as CSV (UTF-8 with a byte-order mark).",
                       epilog=EXAMPLES_BUILD, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, folder, .jsonl or -")
    p.add_argument("-o", "--output", required=True, metavar="CSV", help="the chronology, one row per event")
    p.add_argument("--mentions", metavar="CSV", help="also write every date mention, one row each")
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD",
                   help="publication date for inputs that carry none")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("eval", help="score date mentions against gold",
                       description="Score find_dates against a gold JSONL file (detection P/R/F1, value "
                                   "accuracy, strict F1), as ../shared/gold/README.md defines.",
                       epilog=EXAMPLES_EVAL, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _common(p)
    p.add_argument("--errors", action="store_true", help="list every miss, spurious mention and wrong value")
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
        print("timeline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
