"""The five seed articles against their date gold (../shared/gold, copied into tests/data)."""

from __future__ import annotations

from timeline.dates import find_dates
from timeline.documents import read_documents
from timeline.evaluate import Predicted, load_gold, score

from .conftest import SEED_GOLD, SEEDS, seed_text


def _score():
    gold = load_gold(SEED_GOLD)
    predicted, docs = [], []
    for doc in read_documents([str(SEEDS)]):
        docs.append(doc.id)
        predicted += [Predicted(doc.id, m.start, m.end, m.text, m.value) for m in find_dates(doc.text)]
    return score(gold, predicted, docs)


def test_seed_gold_strict_f1_is_one():
    result = _score()
    assert result.errors == []
    assert result.strict_f1 == 1.0
    assert result.gold == 21 and result.matched == 21


def test_seed_offsets_point_into_the_original_text():
    for doc in read_documents([str(SEEDS)]):
        for m in find_dates(doc.text):
            assert doc.text[m.start:m.end] == m.text


def test_seed_002_resolves_today_thursday_once_published():
    text = seed_text("002")
    unpublished = {m.text: m.value for m in find_dates(text)}
    assert unpublished["اليوم الخميس"] is None
    published = {m.text: m.value for m in find_dates(text, published="2024-07-04")}
    assert published["اليوم الخميس"] == "2024-07-04"


def test_seed_004_header_date_is_the_document_date():
    mentions = find_dates(seed_text("004"))
    header = mentions[0]
    assert (header.text, header.value, header.basis) == ("جمعه ۲ آذر ۱۴۰۳", "2024-11-22", "explicit")
    thursday = mentions[1]
    assert (thursday.text, thursday.value, thursday.basis) == ("روز پنجشنبه", "2024-11-21", "header-date")
    assert thursday.anchor.isoformat() == "2024-11-22"


def test_seed_000_relative_dates_follow_the_narrative_date():
    mentions = {m.text: m for m in find_dates(seed_text("000"))}
    today = mentions["عصر امروز پنجشنبه"]
    assert today.value == "2024-10-10" and today.basis == "narrative-date"
    partial = mentions["۱۶ مهرماه"]
    assert partial.value == "2024-10-07" and partial.basis == "year-inferred" and partial.native == "1403-07-16"


def test_seed_001_metadata_line_is_the_publication_date_not_a_mention():
    mentions = find_dates(seed_text("001"))
    assert all(m.start > 16 for m in mentions)
    assert mentions[0].text == "جمعه هفتم شهریور ۱۴۰۴"
    parenthetical = {m.text: m for m in mentions}["۱۲ شهریور"]
    assert parenthetical.value == "2025-09-03" and not parenthetical.warnings
