"""Where find_dates spends its time: each stage timed alone on the seeds repeated (default 1 MB).

Stages, in the order find_dates runs them: cleaning the text, detecting the language, finding
anchors, cutting and tokenizing the windows around them, running the rules over the tag strings,
and resolving the parses into mentions (the clause's tense included).  Prints ms per document and
each stage's share of a whole find_dates call, measured in the same run.

    python bench/stages.py [--mb 1]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dates import corpus  # noqa: E402

from timeline.dates import find_dates  # noqa: E402
from timeline.dates import finder  # noqa: E402
from timeline.dates.grammar import Token, grammar  # noqa: E402
from timeline.lexicon import detect_language  # noqa: E402
from timeline.textnorm import clean  # noqa: E402


def per_doc(fn, items: list) -> float:
    """Milliseconds per item of ``fn`` over ``items`` (best of three runs)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for item in items:
            fn(item)
        best = min(best, time.perf_counter() - start)
    return best / len(items) * 1e3


def tokens_of(c: str, g) -> list:
    out = []
    for ws, we in g.windows(c, 0):
        out += g.tags.tokenize(c, ws, we)
        out.append(Token(we, we, "", "|"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=1.0)
    args = parser.parse_args(argv)
    docs = corpus(args.mb)
    for d in docs[:10]:
        find_dates(d)  # tables and rules compiled
    langs = [detect_language(d, default="") for d in docs]
    cleaned = [clean(d) for d in docs]
    items = list(zip(cleaned, langs))
    toks = [(c.text, grammar(lang), tokens_of(c.text, grammar(lang))) for c, lang in items]
    parses = [(c, grammar(lang), finder._merge_ranges(grammar(lang).parse(c.text, 0), c.text, grammar(lang)))
              for c, lang in items]
    total = per_doc(find_dates, docs)
    anchors = per_doc(lambda cl: grammar(cl[1]).anchors.find(cl[0].text, 0), items)
    stages = {
        "clean": per_doc(clean, docs),
        "detect language": per_doc(lambda d: detect_language(d, default=""), docs),
        "anchors": anchors,
        "windows + tokens": per_doc(lambda cl: tokens_of(cl[0].text, grammar(cl[1])), items) - anchors,
        "rules": per_doc(lambda t: t[1]._read(t[2], t[0], False, []), toks),
        "resolve + mentions": per_doc(lambda p: finder._Resolver(p[1], p[0], p[2], None, finder.PAST).run(), parses),
    }
    kb = sum(len(d.encode("utf-8")) for d in docs) / len(docs) / 1e3
    print(f"{len(docs)} documents of {kb:.1f} KB on average; find_dates {total:.3f} ms per document")
    for name, ms in stages.items():
        print(f"  {name:20s} {ms:6.3f} ms  {ms / total:5.0%}")
    rest = total - sum(stages.values())
    print(f"  {'the rest':20s} {rest:6.3f} ms  {rest / total:5.0%}  (ranges, selection, calls between stages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
