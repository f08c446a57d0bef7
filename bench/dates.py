"""Throughput of find_dates against dateparser.search.search_dates and a bare digit scan.

All three run in this process on the same corpus: the five seed articles repeated until the
corpus holds at least 5 MB of UTF-8.  Prints MB/s for each and the ratios.

    python bench/dates.py            # the full 5 MB corpus for all three (dateparser takes ~1 min)
    python bench/dates.py --mb 1     # a smaller corpus, for a quick look
"""

from __future__ import annotations

import argparse
import re
import time
import warnings
from pathlib import Path

from timeline.dates import find_dates
from timeline.dates.grammar import grammar

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def corpus(min_mb: float) -> list[str]:
    docs = [p.read_bytes().decode("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out: list[str] = []
    size = 0
    while size < min_mb * 1e6:
        for d in docs:
            out.append(d)
            size += len(d.encode("utf-8"))
    return out


def timed(fn, docs: list[str]) -> float:
    start = time.perf_counter()
    for d in docs:
        fn(d)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    args = parser.parse_args(argv)
    docs = corpus(args.mb)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {mb:.2f} MB (the seeds repeated)")

    t0 = time.perf_counter()
    grammar("fa"), grammar("ar")
    print(f"grammar compilation (once per process): {time.perf_counter() - t0:.2f} s")

    digit = re.compile(r"\d+")
    floor = timed(lambda d: sum(1 for _ in digit.finditer(d)), docs)
    ours = timed(find_dates, docs)
    from dateparser.search import search_dates

    warnings.filterwarnings("ignore")
    search_dates(docs[0])  # warm dateparser's caches too
    theirs = timed(search_dates, docs)

    rate = {name: mb / t for name, t in (("digit scan", floor), ("find_dates", ours), ("dateparser", theirs))}
    for name, r in rate.items():
        print(f"{name:12s} {r:9.2f} MB/s")
    print(f"find_dates / dateparser  = {rate['find_dates'] / rate['dateparser']:.0f}x  (bar: >= 100x)")
    print(f"digit scan / find_dates  = {rate['digit scan'] / rate['find_dates']:.1f}x  (bar: <= 10x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
