"""Scoring follows ../shared/gold/README.md: ignore lines, greedy one-to-one overlap, Hijri ±1 day."""

from __future__ import annotations

from timeline.evaluate import GoldMention, Predicted, score, score_document, values_agree


def gold(start, end, value, calendar="gregorian", ignore=False):
    return GoldMention("d", start, end, "", value, calendar, ignore)


def pred(start, end, value):
    return Predicted("d", start, end, "", value)


def test_perfect_match():
    s = score_document([gold(0, 5, "2024-01-01")], [pred(0, 5, "2024-01-01")])
    assert (s.f1, s.value_accuracy, s.strict_f1) == (1.0, 1.0, 1.0)


def test_overlap_counts_as_a_match_but_the_value_must_agree():
    s = score_document([gold(0, 5, "2024-01-01")], [pred(2, 9, "2024-01-02")])
    assert (s.matched, s.correct, s.f1, s.strict_f1) == (1, 0, 1.0, 0.0)
    assert [e.kind for e in s.errors] == ["wrong value"]


def test_matching_is_one_to_one_by_largest_overlap():
    s = score_document([gold(0, 10, "2024-01-01")], [pred(0, 2, "2024-01-01"), pred(1, 10, "2024-01-01")])
    assert (s.matched, s.predicted) == (1, 2)
    assert [e.kind for e in s.errors] == ["spurious"] and s.errors[0].start == 0


def test_predictions_on_ignored_spans_are_dropped():
    s = score_document([gold(0, 5, None, ignore=True), gold(10, 15, "2024")], [pred(1, 3, "x"), pred(10, 15, "2024")])
    assert (s.gold, s.predicted, s.strict_f1) == (1, 1, 1.0)


def test_misses_and_spurious_lower_recall_and_precision():
    s = score_document([gold(0, 5, "2024"), gold(10, 15, "2025")], [pred(0, 5, "2024"), pred(20, 25, "2026")])
    assert (s.precision, s.recall) == (0.5, 0.5)
    assert sorted(e.kind for e in s.errors) == ["missed", "spurious"]


def test_hijri_values_may_differ_by_a_day():
    assert values_agree("2024-03-25", "2024-03-24", 1)
    assert values_agree("2024-03-11/2024-04-09", "2024-03-10/2024-04-08", 1)
    assert not values_agree("2024-03-25", "2024-03-23", 1)
    assert not values_agree("2024-03-25", "2024-03-24", 0)
    s = score_document([gold(0, 5, "2024-03-25", "hijri")], [pred(0, 5, "2024-03-26")])
    assert s.correct == 1


def test_null_gold_values_match_null_predictions():
    assert score_document([gold(0, 5, None)], [pred(0, 5, None)]).strict_f1 == 1.0


def test_score_over_documents_only_counts_the_listed_ones():
    total = score([gold(0, 5, "2024"), GoldMention("other", 0, 5, "", "2024")], [pred(0, 5, "2024")], ["d"])
    assert (total.gold, total.strict_f1) == (1, 1.0)
