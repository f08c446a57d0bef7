"""How long the chart takes: 1, 50 and 500 synthetic events (the chart tests' chronology), render
and PNG, each the best of three runs, with the ratio to one event in the same run.

    python bench/chart.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_chart import synthetic  # noqa: E402
from timeline.chart import draw_chart  # noqa: E402

BAR_SECONDS = 10.0  # issue 4: 500 events under 10 s


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "chart.png"
        draw_chart(synthetic(1), target)  # fonts registered, matplotlib imported
        results = {n: best_of(3, lambda n=n: draw_chart(synthetic(n), target)) for n in (1, 50, 500)}
    base = results[1]
    for n, seconds in results.items():
        print(f"{n:4d} events: {seconds:6.2f} s  ({seconds / base:5.1f}x one event)")
    verdict = "met" if results[500] < BAR_SECONDS else "NOT MET"
    print(f"500 events in {results[500]:.2f} s   bar < {BAR_SECONDS:.0f} s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
