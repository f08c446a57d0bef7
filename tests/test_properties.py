"""Property tests: find_dates never raises, offsets always point at the mention's text, and a
ZWNJ typed or lost changes nothing."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import find_dates

from .fuzzing import FRAGMENTS, ODD, insert_zwnj, press_like

press = st.lists(st.sampled_from(FRAGMENTS + ODD + [" ", " ", "\u200c"]), max_size=12).map("".join)
texts = st.one_of(st.text(max_size=200), press, st.text(alphabet=st.sampled_from(ODD + list("۰۱۹مهر ")), max_size=60))


def _check_offsets(text: str) -> list:
    mentions = find_dates(text, published="2024-07-04")
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
    return mentions


@settings(max_examples=400, deadline=None)
@given(texts)
def test_never_raises_and_offsets_are_exact(text):
    _check_offsets(text)


@settings(max_examples=200, deadline=None)
@given(texts, st.sampled_from(["fa", "ar"]), st.sampled_from(["past", "future"]), st.booleans())
def test_every_option_never_raises(text, lang, prefer, extras):
    for m in find_dates(text, lang=lang, prefer=prefer, extras=extras):
        assert text[m.start:m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(press, st.integers(min_value=0, max_value=2**32 - 1))
def test_zwnj_inserted_or_removed_changes_no_value(text, seed):
    values = [m.value for m in find_dates(text, published="2024-07-04")]
    with_zwnj = insert_zwnj(random.Random(seed), text)
    assert [m.value for m in _check_offsets(with_zwnj)] == values
    without = text.replace("\u200c", "")
    assert [m.value for m in _check_offsets(without)] == [m.value for m in find_dates(without, published="2024-07-04")]


def test_zwnj_variants_of_real_phrases_read_alike():
    for a, b in [("۱۹ مهر\u200cماه ۱۴۰۳", "۱۹ مهرماه ۱۴۰۳"), ("سه\u200cشنبه گذشته", "سهشنبه گذشته"),
                 ("هفته\u200c گذشته", "هفته گذشته")]:
        assert [m.value for m in find_dates(a, published="2024-07-04")] == \
               [m.value for m in find_dates(b, published="2024-07-04")] != []


def test_generated_press_like_text_keeps_offsets():
    rng = random.Random(7)
    for _ in range(300):
        _check_offsets(press_like(rng))


# every part of a month or year («نیمه نخست», «باقی», «أواخر») before every kind of unit it may qualify
PART_TARGETS = {
    "fa": ["سال ۱۴۰۳", "آذر ۱۴۰۳", "آذر", "سال گذشته", "ماه آینده", "امسال", "هفته جاری", "سال ۲۰۲۵"],
    "ar": ["عام 2025", "ديسمبر 2024", "ديسمبر", "العام الماضي", "الشهر المقبل", "هذا الأسبوع", "رمضان 1445 هـ"],
}


def test_every_part_word_before_every_unit_resolves_without_raising():
    from timeline.lexicon import lexicon

    for lang, targets in PART_TARGETS.items():
        for part in lexicon(lang)["part"].forms:
            for target in targets:
                text = f"{part} {target}"
                for m in find_dates(text, published="2024-12-12", lang=lang):
                    assert text[m.start:m.end] == m.text


def test_words_of_the_tables_in_any_order_never_raise():
    """Table words side by side in orders no sentence shows (a part before a year, an era after a
    relative word): find_dates reads or refuses them, it never raises."""
    from .fuzzing import table_words

    rng = random.Random(13)  # (this seed met «پیرارسال هجری», whose era once raised)
    for lang in ("fa", "ar"):
        for _ in range(3000):
            text = table_words(rng, lang)
            for m in find_dates(text, published="2024-12-12", lang=lang, extras=rng.random() < 0.3):
                assert text[m.start:m.end] == m.text
