"""The per-language example corpora (timeline/lang/*.corpus.tsv) are tests: each sentence must
yield exactly the mentions listed, with exactly the values listed."""

from __future__ import annotations

from importlib import resources

import pytest

from timeline.dates import find_dates


def _load(code: str) -> list[tuple[str, str, str, list[tuple[str, str | None]]]]:
    text = resources.files("timeline.lang").joinpath(f"{code}.corpus.tsv").read_text(encoding="utf-8")
    cases = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("published\t"):
            continue
        published, sentence, expected = line.split("\t")
        pairs = []
        if expected.strip() != "-":
            for item in expected.split(" ; "):
                mention, value = item.rsplit(" => ", 1)
                pairs.append((mention.strip(), None if value.strip() == "null" else value.strip()))
        cases.append((f"{code}:{number}", published, sentence, pairs))
    return cases


CASES = _load("fa") + _load("ar")


@pytest.mark.parametrize("case_id,published,sentence,expected", CASES, ids=[c[0] for c in CASES])
def test_corpus_sentence(case_id, published, sentence, expected):
    found = [(m.text, m.value) for m in find_dates(sentence, published=published)]
    assert found == expected


def test_corpus_is_not_trivial():
    assert len(CASES) >= 100
    assert sum(1 for c in CASES if not c[3]) >= 8  # sentences with no date at all
