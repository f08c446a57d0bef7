"""Score find_dates and build_chronology on the hand-annotated probe sets in bench/probes/.

Each set (``bench/probes/setN.py``, a list ``CASES``) holds news snippets and short articles
written and annotated for this project, following ``../shared/gold/README.md`` (each set's
header states the few conventions it adds).  The sets were written one after another during
development and the tool was then fixed on what each showed, so only a set's first run was an
unseen measurement: these scores are regression figures, not a held-out estimate.

Dates are scored strictly (a predicted span overlapping a gold span, one to one, with the gold
value; a day either way for Hijri dates; spans on ``ignore`` lines count neither way).  Contacts
are scored per case: a row matches a gold contact when it shares a Russian and an Iranian party
with it, its kind is of the gold family and its date lies inside the gold interval (``"pub"``:
the week up to publication; ``None``: undated; ``"any"``: anything); optional gold rows neither
reward nor penalise.

    python bench/probes.py            # one line per set
    python bench/probes.py -v 7       # set 7, every case that fails and why
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import importlib.util
import sys
from pathlib import Path

from timeline.chronology import build_chronology
from timeline.dates import find_dates

SETS = Path(__file__).resolve().parent / "probes"
FAMILY = {"meeting": "meet", "talks": "meet", "summit": "meet", "visit": "meet",
          "phone_call": "phone_call", "agreement": "agreement", "message": "message"}
D = dt.date.fromisoformat


def C(ru, ir, fam, date, optional=False) -> dict:  # noqa: N802  (the sets' shorthand)
    """One gold contact of a probe set: acceptable names of each side (a name or a list), the
    families of contact it may be, its date (a value, None, "pub" or "any"), and whether it is optional."""
    def as_list(x):  # (a list may hold lists of names: [TSI, RU])
        return [n for item in x for n in as_list(item)] if isinstance(x, list) else [x]
    return dict(ru=as_list(ru), ir=as_list(ir), fam=as_list(fam), date=date, optional=optional)


def load(path: Path) -> list[dict]:
    """A set's cases (the module is given ``C`` before it runs)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    module.C = C
    spec.loader.exec_module(module)
    return module.CASES


def interval(value: str) -> tuple[dt.date, dt.date]:
    if "/" in value:
        a, b = value.split("/")
        return interval(a)[0], interval(b)[1]
    parts = value.split("-")
    if len(parts) == 3:
        return D(value), D(value)
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    y = int(parts[0])
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def value_ok(gold: str | None, got: str | None, cal: str) -> bool:
    if gold == got:
        return True
    if cal != "h" or gold is None or got is None:
        return False
    g, p = interval(gold), interval(got)
    return abs((g[0] - p[0]).days) <= 1 and abs((g[1] - p[1]).days) <= 1


def score_dates(case: dict) -> tuple[int, int, int, list[str]]:
    gold, ignored = [], []
    seen: dict[str, int] = {}  # a span listed k times is its text's first k occurrences, in order
    for span, value, cal in case["dates"]:
        start = case["text"].index(span, seen.get(span, 0))
        seen[span] = start + 1
        (ignored if cal == "ignore" else gold).append(((start, start + len(span)), value, cal, span))
    preds = [m for m in find_dates(case["text"], published=case["pub"])
             if not any(m.start < e and s < m.end for (s, e), *_x in ignored)]
    pairs = sorted(((min(e, m.end) - max(s, m.start), gi, pi) for gi, ((s, e), *_x) in enumerate(gold)
                    for pi, m in enumerate(preds) if min(e, m.end) > max(s, m.start)), reverse=True)
    used_g, used_p, match = set(), set(), {}
    for _overlap, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            match[gi] = pi
    errors, tp = [], 0
    for gi, (_span, value, cal, text) in enumerate(gold):
        if gi not in match:
            errors.append(f"MISS   «{text}» want {value}")
        elif value_ok(value, preds[match[gi]].value, cal):
            tp += 1
        else:
            m = preds[match[gi]]
            errors.append(f"WRONG  «{text}» want {value} got «{m.text}»={m.value} ({m.basis})")
    errors += [f"SPUR   «{m.text}»={m.value} ({m.basis})" for pi, m in enumerate(preds) if pi not in used_p]
    return tp, len(preds), len(gold), errors


def row_interval(row: dict) -> tuple[dt.date, dt.date] | None:
    start, end = row["date_start"], row["date_end"]
    if not start:
        return None
    return D(start), D(end or start)


def spelling(name: str) -> str:
    """A name with its romanisation's usual variants folded (Alexey/Alexei, Sergey/Sergei, Ghalibaf/
    Qalibaf, Amir-Abdollahian/Amirabdollahian, Dzhagaryan/Jagarian, Dietrich/Ditrich, Belozyorov/Belozerov):
    the same person either way."""
    key = name.lower().replace("dzh", "j").replace("yo", "e").replace("gh", "q").replace("y", "i").replace("ie", "i")
    return "".join(ch for ch in key if ch.isalpha())


def spellings(name: str) -> set[str]:
    """The name folded, its first and last word alone (Bijan Namdar Zanganeh is Bijan Zanganeh), and a
    double surname's first half alone (Fereydoun Abbasi-Davani is Fereydoun Abbasi)."""
    words = name.split()
    out = {spelling(name)} | ({spelling(words[0] + words[-1])} if len(words) > 2 else set())
    if len(words) > 1 and "-" in words[-1]:
        out.add(spelling(" ".join(words[:-1] + [words[-1].split("-")[0]])))
    return out


def same_side(gold_names: list[str], row_names: str) -> bool:
    return bool(set().union(*(spellings(n) for n in gold_names))
                & set().union(*(spellings(n) for n in row_names.split("; "))))


def matches(gold: dict, row: dict, published: str) -> bool:
    if not (same_side(gold["ru"], row["russia"]) and same_side(gold["ir"], row["iran"])):
        return False
    if FAMILY[row["type"]] not in gold["fam"]:
        return False
    if gold["date"] == "any":
        return True
    got = row_interval(row)
    if gold["date"] is None:
        return got is None
    want = (D(published) - dt.timedelta(days=7), D(published)) if gold["date"] == "pub" else interval(gold["date"])
    return got is not None and want[0] <= got[0] and got[1] <= want[1]


def score_contacts(case: dict) -> tuple[int, int, int, list[str]]:
    rows = build_chronology([{"id": case["id"], "text": case["text"], "published": case["pub"]}]).to_dict("records")
    gold = case["contacts"]
    used_rows, used_gold = set(), set()
    for optional in (False, True):  # required rows first; optional ones soak up what is left
        for gi, g in enumerate(gold):
            if g["optional"] != optional:
                continue
            ri = next((ri for ri, r in enumerate(rows) if ri not in used_rows and matches(g, r, case["pub"])), None)
            if ri is not None:
                used_rows.add(ri)
                used_gold.add(gi)
    required = [gi for gi, g in enumerate(gold) if not g["optional"]]
    tp = sum(1 for gi in required if gi in used_gold)
    errors = [f"C-MISS {'|'.join(gold[gi]['ru'])} – {'|'.join(gold[gi]['ir'])} {gold[gi]['fam']} {gold[gi]['date']}"
              for gi in required if gi not in used_gold]
    spurious = [r for ri, r in enumerate(rows) if ri not in used_rows]
    errors += [f"C-SPUR {r['russia']} – {r['iran']} {r['type']}/{r['status']} {r['date_start']} {r['date_end']}"
               for r in spurious]
    return tp, tp + len(spurious), len(required), errors


def f1(tp: int, predicted: int, gold: int) -> float:
    p = tp / predicted if predicted else 1.0
    r = tp / gold if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="set numbers (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every failing case")
    args = parser.parse_args(argv)
    paths = sorted(SETS.glob("set*.py"), key=lambda p: int(p.stem[3:]))
    if args.sets:
        paths = [p for p in paths if p.stem[3:] in args.sets]
    for path in paths:
        totals = [0] * 6
        passed = 0
        cases = load(path)
        for case in cases:
            d = score_dates(case)
            c = score_contacts(case)
            totals = [a + b for a, b in zip(totals, d[:3] + c[:3])]
            errors = d[3] + c[3]
            passed += not errors
            if args.verbose and errors:
                print(f"FAIL {path.stem} {case['id']} pub={case['pub']}: {case['text'][:120]}")
                print("\n".join("     " + e for e in errors))
        print(f"{path.stem}: {len(cases)} cases, {passed} fully right; dates strict F1 {f1(*totals[:3]):.3f} "
              f"({totals[0]}/{totals[2]} gold); contacts F1 {f1(*totals[3:]):.3f} ({totals[3]}/{totals[5]} gold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
