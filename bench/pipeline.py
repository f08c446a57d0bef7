"""The pipeline at scale: a synthetic corpus of seed sentences, 10 000 and 100 000 documents.

For each size it runs, each in a fresh process (so peak memory is that run's own):

- ``timeline dates`` and ``timeline build`` with one worker: MB/s per core;
- ``timeline build --jobs 2``: the speed-up over one worker, and whether the outputs are
  byte-identical;
- peak memory (``resource.getrusage`` max RSS of the run, its worker processes included);

then, in this process, ``dateparser.search.search_dates`` on a sample of the same documents
(MB/s, and the ratio to ``timeline dates``), and the start-up time of ``timeline dates`` on a
one-line file.

    python bench/pipeline.py                      # 10 000 and 100 000 documents (~10 minutes)
    python bench/pipeline.py --sizes 2000 20000   # a quicker look
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import filecmp
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
_SENTENCE = re.compile(r"(?<=[.!؟?])\s+|\n+")


# ---------------------------------------------------------------------------------------------
# the corpus
# ---------------------------------------------------------------------------------------------

def seed_sentences() -> dict[str, list[str]]:
    """Sentences of the seeds, by language (the Arabic seed is the one with Arabic yeh)."""
    pools: dict[str, list[str]] = {"fa": [], "ar": []}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n", 1)
        body = lines[1] if lines[0].strip().startswith("date ") else text
        lang = "ar" if body.count("ي") > body.count("ی") else "fa"
        pools[lang] += [s.strip() for s in _SENTENCE.split(body) if len(s.strip()) > 20]
    return pools


def write_corpus(path: Path, n_docs: int, seed: int = 1) -> float:
    """``n_docs`` JSONL documents of 3–12 seed sentences, published in 2024–2025; returns MB."""
    rng = random.Random(seed)
    pools = seed_sentences()
    first = dt.date(2024, 1, 1).toordinal()
    size = 0
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n_docs):
            pool = pools["ar"] if rng.random() < 0.2 else pools["fa"]
            text = " ".join(rng.choice(pool) for _ in range(rng.randint(3, 12)))
            published = dt.date.fromordinal(first + rng.randrange(730)).isoformat()
            line = json.dumps({"id": f"doc{i:06d}", "published": published, "text": text}, ensure_ascii=False)
            fh.write(line + "\n")
            size += len(text.encode("utf-8"))
    return size / 1e6


# ---------------------------------------------------------------------------------------------
# one measured run, in its own process
# ---------------------------------------------------------------------------------------------

def _worker(argv: list[str]) -> None:
    """Run ``timeline`` with ``argv`` (stdout to /dev/null) and print timing and peak memory."""
    from timeline.cli import main

    start, cpu = time.perf_counter(), time.process_time()
    with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
        code = main(argv)
    seconds = time.perf_counter() - start
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({"code": code, "seconds": seconds, "cpu": time.process_time() - cpu, "peak_mb": peak_kb / 1024}))


def measured(argv: list[str]) -> dict:
    done = subprocess.run([sys.executable, __file__, "--worker", *argv], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------------
# the report
# ---------------------------------------------------------------------------------------------

def dateparser_rate(corpus: Path, n_docs: int) -> tuple[float, float]:
    """MB/s of dateparser.search.search_dates on the first ``n_docs`` documents, and their MB."""
    from dateparser.search import search_dates

    warnings.filterwarnings("ignore")
    texts = []
    with open(corpus, encoding="utf-8") as fh:
        for _, line in zip(range(n_docs), fh):
            texts.append(json.loads(line)["text"])
    search_dates(texts[0])  # its caches warm
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    start = time.perf_counter()
    for text in texts:
        search_dates(text)
    return mb / (time.perf_counter() - start), mb


def startup_seconds(tmp: Path) -> float:
    one = tmp / "one.txt"
    one.write_text("پوتین دیروز با پزشکیان دیدار کرد.\n", encoding="utf-8")
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "timeline", "dates", str(one), "--published", "2024-07-04"],
                       capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return min(times)


def run_size(tmp: Path, n_docs: int) -> dict:
    corpus = tmp / f"corpus{n_docs}.jsonl"
    mb = write_corpus(corpus, n_docs)
    print(f"\n{n_docs} documents, {mb:.1f} MB of text ({corpus.stat().st_size / 1e6:.1f} MB of JSONL)", flush=True)
    out = {"n": n_docs, "mb": mb, "corpus": corpus}
    dates = measured(["dates", str(corpus), "--quiet"])
    print(f"  dates, 1 worker:   {dates['seconds']:7.1f} s  {mb / dates['seconds']:6.2f} MB/s  "
          f"peak {dates['peak_mb']:.0f} MB", flush=True)
    outputs = {}
    for jobs in (1, 2):
        target = tmp / f"t{n_docs}_{jobs}.csv"
        mentions = tmp / f"m{n_docs}_{jobs}.csv"
        outputs[jobs] = (target, mentions)
        run = measured(["build", str(corpus), "-o", str(target), "--mentions", str(mentions), "--quiet",
                        "--jobs", str(jobs)])
        out[f"build{jobs}"] = run
        print(f"  build, {jobs} worker{'s' if jobs > 1 else ' '}:  {run['seconds']:7.1f} s  "
              f"{mb / run['seconds']:6.2f} MB/s  peak {run['peak_mb']:.0f} MB", flush=True)
    same = all(filecmp.cmp(a, b, shallow=False) for a, b in zip(outputs[1], outputs[2]))
    out.update(dates=dates, same=same)
    print(f"  --jobs 2 speed-up: {out['build1']['seconds'] / out['build2']['seconds']:.2f}x   "
          f"outputs identical to --jobs 1: {'yes' if same else 'NO'}", flush=True)
    for path in (*outputs[1], *outputs[2]):
        path.unlink()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--sample", type=int, default=300, help="documents for the dateparser sample")
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        results = [run_size(tmp, n) for n in args.sizes]
        small, large = results[0], results[-1]
        rate, sample_mb = dateparser_rate(small["corpus"], args.sample)
        ours = small["mb"] / small["dates"]["seconds"]
        start = startup_seconds(tmp)
    print("\nsummary")
    for r in results:
        print(f"  {r['n']:>7} docs: dates {r['mb'] / r['dates']['seconds']:5.2f} MB/s per core, build "
              f"{r['mb'] / r['build1']['seconds']:5.2f} MB/s per core (bar >= 5), --jobs 2 "
              f"{r['build1']['seconds'] / r['build2']['seconds']:.2f}x, peak {r['build1']['peak_mb']:.0f} MB")
    if len(results) > 1:
        ratio = large["build1"]["peak_mb"] / small["build1"]["peak_mb"]
        print(f"  peak memory {large['n']} / {small['n']} docs: {ratio:.2f}x  (bar <= 1.5x)")
    print(f"  dateparser.search_dates: {rate:.3f} MB/s on {args.sample} documents ({sample_mb:.2f} MB); "
          f"timeline dates is {ours / rate:.0f}x faster")
    print(f"  start-up of 'timeline dates' on a one-line file: {start:.2f} s  (bar < 0.5 s)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        _worker(sys.argv[2:])
    else:
        raise SystemExit(main())
