"""Fuzz run: find_dates on many generated inputs must never raise, and every mention's offsets
must point at its text in the original string.

The inputs come from ``tests/fuzzing.py`` (the same generators the Hypothesis tests use): text
that looks like this press (date phrases, digits in three scripts, ZWNJ, bidi controls,
diacritics, glued words) and arbitrary code points.  Each input is run with a publication date
and without, in both languages and both directions, with extras on for a share of them.

    python bench/fuzz.py                 # 100 000 inputs (a few minutes)
    python bench/fuzz.py -n 5000 --seed 3

Exit status 1 when anything raised or an offset was wrong; the first failures are printed
with the input (as a Python literal) so they can be replayed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzzing import any_text, insert_zwnj, press_like, table_words  # noqa: E402
from timeline.dates import find_dates  # noqa: E402

PUBLISHED = [None, "2024-07-04", "1999-12-31", "2031-03-20", "0001-01-03", "9999-12-29"]  # (and the ends of dates)


def generate(rng: random.Random) -> str:
    """One input: mostly press-like, some with extra ZWNJ, some anything at all."""
    roll = rng.random()
    if roll < 0.45:
        return press_like(rng, pieces=rng.choice([4, 8, 24]))
    if roll < 0.65:
        return table_words(rng, rng.choice(["fa", "ar"]))
    if roll < 0.8:
        return insert_zwnj(rng, press_like(rng), count=rng.randint(1, 6))
    return any_text(rng, size=rng.choice([10, 40, 200]))


def check(text: str, rng: random.Random) -> str | None:
    """None when the run is clean, else what went wrong."""
    options = dict(published=rng.choice(PUBLISHED), lang=rng.choice([None, "fa", "ar"]),
                   prefer=rng.choice(["past", "future"]), extras=rng.random() < 0.3)
    try:
        mentions = find_dates(text, **options)
    except Exception:  # the point of the run: report whatever escapes
        return f"raised with {options}:\n{traceback.format_exc()}"
    for m in mentions:
        if not (0 <= m.start <= m.end <= len(text)) or text[m.start:m.end] != m.text:
            return f"bad offsets {m.start}:{m.end} for {m.text!r} with {options}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=100_000, help="number of inputs (default 100000)")
    parser.add_argument("--seed", type=int, default=2024, help="random seed (default 2024)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    failures: list[tuple[str, str]] = []
    chars = 0
    start = time.perf_counter()
    for _ in range(args.n):
        text = generate(rng)
        chars += len(text)
        problem = check(text, rng)
        if problem:
            failures.append((text, problem))
    elapsed = time.perf_counter() - start
    print(f"fuzz: {args.n} inputs ({chars / 1e6:.1f} M characters, seed {args.seed}) in {elapsed:.0f} s: "
          f"{len(failures)} failures")
    for text, problem in failures[:5]:
        print(f"\ninput: {text!r}\n{problem}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
