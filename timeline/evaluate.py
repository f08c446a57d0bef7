"""Scoring date mentions against gold, as ``../shared/gold/README.md`` defines it.

* predictions overlapping an ``ignore`` gold line are dropped;
* a prediction matches a gold mention when their spans overlap (one-to-one, greedy by overlap);
* detection precision/recall/F1 count matches; value accuracy is the share of matches whose value
  equals the gold value (Islamic dates within a day); strict F1 counts a prediction only when it
  is matched *and* its value is right.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .dates.values import parse_value


@dataclass(frozen=True)
class GoldMention:
    doc: str
    start: int
    end: int
    text: str
    value: str | None
    calendar: str | None = None
    ignore: bool = False


@dataclass(frozen=True)
class Predicted:
    doc: str
    start: int
    end: int
    text: str
    value: str | None


@dataclass(frozen=True)
class ScoreError:
    kind: str  # "missed", "spurious", "wrong value"
    doc: str
    start: int
    end: int
    text: str
    gold: str | None = None
    predicted: str | None = None

    def __str__(self) -> str:
        where = f"{self.doc} [{self.start}:{self.end}] {self.text!r}"
        if self.kind == "wrong value":
            return f"wrong value  {where}: gold {self.gold}, got {self.predicted}"
        if self.kind == "missed":
            return f"missed       {where}: gold {self.gold}"
        return f"spurious     {where}: got {self.predicted}"


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    correct: int = 0
    errors: list[ScoreError] = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return self._f1(self.precision, self.recall)

    @property
    def value_accuracy(self) -> float:
        return self.correct / self.matched if self.matched else 0.0

    @property
    def strict_precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def strict_recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def strict_f1(self) -> float:
        return self._f1(self.strict_precision, self.strict_recall)

    def add(self, other: "Score") -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.correct += other.correct
        self.errors.extend(other.errors)

    def summary(self) -> str:
        return (f"gold {self.gold}  predicted {self.predicted}  matched {self.matched}\n"
                f"detection  P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}\n"
                f"value accuracy {self.value_accuracy:.3f} ({self.correct}/{self.matched})\n"
                f"strict     P {self.strict_precision:.3f}  R {self.strict_recall:.3f}  F1 {self.strict_f1:.3f}")


def load_gold(path: str | Path) -> list[GoldMention]:
    """Gold mentions from a JSONL file in the seeds' gold format."""
    items = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                items.append(GoldMention(obj["doc"], int(obj["start"]), int(obj["end"]), obj.get("text", ""),
                                         obj.get("value"), obj.get("calendar"), bool(obj.get("ignore", False))))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path} line {number}: not a gold mention ({exc})") from None
    return items


def values_agree(gold: str | None, predicted: str | None, tolerance_days: int = 0) -> bool:
    """Equal values; with a tolerance, day and interval ends may differ by that many days."""
    if gold == predicted:
        return True
    if not tolerance_days or gold is None or predicted is None:
        return False
    g, p = parse_value(gold), parse_value(predicted)
    if g is None or p is None or ("/" in gold) != ("/" in predicted) or gold.count("-") != predicted.count("-"):
        return False
    tol = dt.timedelta(days=tolerance_days)
    return abs(g[0] - p[0]) <= tol and abs(g[1] - p[1]) <= tol


def score_document(gold: Sequence[GoldMention], predicted: Sequence[Predicted]) -> Score:
    """Score one document's predictions against its gold mentions."""
    ignored = [g for g in gold if g.ignore]
    targets = [g for g in gold if not g.ignore]
    preds = [p for p in predicted if not any(p.start < g.end and g.start < p.end for g in ignored)]
    pairs = sorted(((min(g.end, p.end) - max(g.start, p.start), gi, pi)
                    for gi, g in enumerate(targets) for pi, p in enumerate(preds)
                    if p.start < g.end and g.start < p.end), reverse=True)
    score = Score(gold=len(targets), predicted=len(preds))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _overlap, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = targets[gi], preds[pi]
        score.matched += 1
        if values_agree(g.value, p.value, 1 if g.calendar == "hijri" else 0):
            score.correct += 1
        else:
            score.errors.append(ScoreError("wrong value", g.doc, g.start, g.end, g.text, g.value, p.value))
    for gi, g in enumerate(targets):
        if gi not in used_g:
            score.errors.append(ScoreError("missed", g.doc, g.start, g.end, g.text, gold=g.value))
    for pi, p in enumerate(preds):
        if pi not in used_p:
            score.errors.append(ScoreError("spurious", p.doc, p.start, p.end, p.text, predicted=p.value))
    return score


def score(gold: Iterable[GoldMention], predicted: Iterable[Predicted], docs: Iterable[str]) -> Score:
    """Score predictions for the documents in ``docs`` (gold lines of other documents are left out)."""
    by_doc_gold: dict[str, list[GoldMention]] = {}
    for g in gold:
        by_doc_gold.setdefault(g.doc, []).append(g)
    by_doc_pred: dict[str, list[Predicted]] = {}
    for p in predicted:
        by_doc_pred.setdefault(p.doc, []).append(p)
    total = Score()
    for doc in docs:
        total.add(score_document(by_doc_gold.get(doc, []), by_doc_pred.get(doc, [])))
    return total
