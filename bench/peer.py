"""Score timeline's date resolver on the public peer suites in ../shared/peer/.

Each case's ``reference`` is its publication date.  One line per suite; the bars of the
date-resolver issue are printed beside the suites they apply to.  Values are scored without the
few cases the suites' README flags ``meta.questionable`` (it allows leaving them out); the score
with them is printed beside it.  With ``--errors SUITE`` every
miss and wrong value of that suite is listed.

    python bench/peer.py [--shared ../shared] [--errors duckling-ar]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from timeline.dates import find_dates
from timeline.evaluate import values_agree

# suite -> (what is scored, which value key, prefer, bar).  Recognizers-Text resolves every
# expression both ways whatever the sentence's tense ("سأعود" + past value), so its suite is run
# with tense cues off (find_dates(..., tense=False)).
TENSE_BLIND = {"rt-ar"}
# Hengam and parstdex mark durations (سفری سه روزه), sets (هر شب) and vague times (چند سال پیش)
# as date spans, and Hengam's Duration/Set sentence flags miss most of them; these suites are
# scored with find_dates(..., extras=True), which reports such expressions (with null values).
# The dates-only figure is printed beside it.
WITH_EXTRAS = {"hengam-gold-fa", "parstdex-fa"}
SUITES = {
    "duckling-ar": ("values", "value", "future", 0.95),
    "rt-ar": ("values", "value_past", "past", 0.85),
    "hengam-gold-fa": ("spans", None, "past", 0.85),
    "dateparser-jalali-fa": ("values", "value", "past", 0.95),
    "dateparser-hijri-ar": ("values", "value", "past", None),
    "maha-ar": ("values", "value", "past", None),
    "parstdex-fa": ("spans", None, "past", None),
}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def predictions(case: dict, prefer: str, extras: bool | None = None) -> list:
    published = dt.date.fromisoformat(case["reference"]) if case.get("reference") else None
    if extras is None:
        extras = case["suite"] in WITH_EXTRAS
    return find_dates(case["text"], published=published, lang=case["lang"], prefer=case.get("prefer") or prefer,
                      tense=case["suite"] not in TENSE_BLIND, extras=extras)


def match(gold: list[dict], preds: list) -> list[tuple[dict, object]]:
    """Greedy one-to-one overlap matching, longest overlap first."""
    pairs = sorted(((min(g["end"], p.end) - max(g["start"], p.start), gi, pi)
                    for gi, g in enumerate(gold) for pi, p in enumerate(preds)
                    if p.start < g["end"] and g["start"] < p.end), reverse=True)
    used_g, used_p, out = set(), set(), []
    for _o, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gold[gi], preds[pi]))
    return out


def score_values(cases: list[dict], key: str, prefer: str, errors: list[str]) -> tuple[int, int]:
    right = total = 0
    for case in cases:
        gold = [m for m in case["mentions"] if m.get(key)]
        if not gold:
            continue
        preds = predictions(case, prefer)
        matched = {id(g): p for g, p in match(gold, preds)}
        tolerance = 1 if case["suite"].startswith(("dateparser-hijri", "maha")) else 0
        for g in gold:
            total += 1
            p = matched.get(id(g))
            if p is not None and values_agree(g[key], p.value, tolerance if "hijri" in case["suite"] else 0):
                right += 1
            elif p is not None and values_agree(g[key], p.value, 1) and "meta" in case and case["meta"].get("holiday"):
                right += 1  # Islamic holidays: scorers accept ±1 day
            else:
                got = f"{p.text!r} -> {p.value}" if p is not None else "nothing"
                errors.append(f"{case['id']}: {case['text']!r} [{case['text'][g['start']:g['end']]}] "
                              f"want {g[key]}, got {got}")
    return right, total


def score_spans(cases: list[dict], prefer: str, errors: list[str],
                extras: bool | None = None) -> tuple[int, int, int]:
    tp = n_gold = n_pred = 0
    for case in cases:
        preds = [p for p in predictions(case, prefer, extras)
                 if not any(p.start < i["end"] and i["start"] < p.end for i in case.get("ignore", []))
                 or any(p.start < m["end"] and m["start"] < p.end for m in case["mentions"])]
        pairs = match(case["mentions"], preds)
        tp += len(pairs)
        n_gold += len(case["mentions"])
        n_pred += len(preds)
        got = {id(p) for _g, p in pairs}
        gold_hit = {id(g) for g, _p in pairs}
        for g in case["mentions"]:
            if id(g) not in gold_hit:
                errors.append(f"{case['id']}: missed [{case['text'][g['start']:g['end']]}] in {case['text']!r}")
        for p in preds:
            if id(p) not in got:
                errors.append(f"{case['id']}: spurious [{p.text}] in {case['text']!r}")
    return tp, n_gold, n_pred


def _f1(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    parser.add_argument("--errors", metavar="SUITE", help="list the errors of one suite")
    args = parser.parse_args(argv)
    peer = Path(args.shared) / "peer"
    if not peer.is_dir():
        print(f"no peer suites at {peer}", file=sys.stderr)
        return 2
    failed = False
    for suite, (what, key, prefer, bar) in SUITES.items():
        cases = load(peer / f"{suite}.jsonl")
        if suite == "hengam-gold-fa":
            cases = [c for c in cases if not (c["meta"]["flags"].get("Duration") or c["meta"]["flags"].get("Set"))]
        errors: list[str] = []
        if what == "values":
            sure = [c for c in cases if not c.get("meta", {}).get("questionable")]
            right, total = score_values(sure, key, prefer, errors)
            share = right / total if total else 0.0
            line = f"{suite:22s} values right {right}/{total} = {share:.3f}"
            if len(sure) < len(cases):
                all_right, all_total = score_values(cases, key, prefer, [])
                line += f" ({len(cases) - len(sure)} questionable left out; with them {all_right}/{all_total})"
            figure = share
        else:
            tp, n_gold, n_pred = score_spans(cases, prefer, errors)
            figure, p, r = _f1(tp, n_gold, n_pred)
            line = f"{suite:22s} span P {p:.3f} R {r:.3f} F1 {figure:.3f} ({len(cases)} sentences"
            if suite in WITH_EXTRAS:
                dates_only, _p, _r = _f1(*score_spans(cases, prefer, [], extras=False))
                line += f"; with extras; dates only F1 {dates_only:.3f}"
            line += ")"
        if bar is not None:
            ok = figure >= bar
            failed |= not ok
            line += f"   bar {bar:.2f}: {'met' if ok else 'NOT MET'}"
        else:
            line += "   (reference only)"
        print(line)
        if args.errors == suite:
            for e in errors:
                print("   ", e)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
