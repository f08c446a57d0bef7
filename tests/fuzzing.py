"""Input generators shared by the property tests and bench/fuzz.py: text that looks like this
press (date words, digits in three scripts, ZWNJ, bidi controls, diacritics) and text that is
anything at all."""

from __future__ import annotations

import random

FRAGMENTS = [
    "۱۹ مهر ۱۴۰۳", "روز پنجشنبه", "امروز", "دیروز", "هفته گذشته", "سال ۲۰۲۴ میلادی", "۳۰ اسفند ۱۴۰۴",
    "۱۴۰۳/۰۷/۱۹", "از ۷ تا ۹ فوریه", "۹ و ۱۰ شهریورماه", "کووید ۱۹", "۲ روزه", "می شود", "مه", "اوایل آبان",
    "اليوم الخميس", "أمس", "يناير 2020", "١٥ رمضان ١٤٤٥ هـ", "٣ أيلول ٢٠٢٤", "بين 22 و24 أكتوبر",
    "الأسبوع الماضي", "في يوليو الماضي", "30 فبراير", "10/03/2026", "05. 08 . 2024", "عيد الفطر",
    "اخر اثنين من شهر اذار", "قبل اسبوع", "August 11, 2021", "7th, October 2024", "پوتین", "بوتين",
    "دیدار کرد", "التقى", "(", ")", "،", ".", "\n", " ", "-", "/", ":", "%",
]
ODD = ["\u200c", "\u200d", "\u200e", "\u200f", "\u202b", "\u202c", "\u2066", "\u2069", "\u0640", "\u064b",
       "\u0651", "\u0654", "\ufeff", "\u00a0", "\u0000", "\ud7ff", "\U0001f600", "\u0301", "ـ"]
ALPHABET = "".join(chr(c) for c in range(0x0600, 0x06FF)) + "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩ abcXYZ.,:/-()\n"


def press_like(rng: random.Random, pieces: int = 8) -> str:
    """A string of date phrases, words and punctuation, with odd characters sprinkled in."""
    out = []
    for _ in range(rng.randint(1, pieces)):
        roll = rng.random()
        if roll < 0.6:
            out.append(rng.choice(FRAGMENTS))
        elif roll < 0.8:
            out.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12))))
        else:
            out.append(rng.choice(ODD))
        out.append(rng.choice([" ", " ", "", "\u200c", "\n"]))
    return "".join(out)


TABLE_GLUE = ["۱۴۰۳", "۱۲", "3", "2025", "١٤٤٥", "۹۴", "31", "0", "۱۴۰۳/۰۷/۱۹", "۵۰۰۰", "٩٩٩٩٩", "10000", "-", "تا", "و",
              "(", ")", "،"]


def table_words(rng: random.Random, lang: str, size: int = 5) -> str:
    """Words of the language tables (months, parts, units, eras, relative words …) and numbers,
    in any order: the combinations no sentence shows (نیمه نخست سال ۲۰۲۵, پارسال هجری)."""
    forms = _table_forms(lang)
    return " ".join(rng.choice(forms) if rng.random() < 0.7 else rng.choice(TABLE_GLUE)
                    for _ in range(rng.randint(2, size)))


_FORMS: dict[str, list[str]] = {}


def _table_forms(lang: str) -> list[str]:
    if lang not in _FORMS:
        from timeline.lexicon import lexicon
        _FORMS[lang] = sorted({f for cls in lexicon(lang).classes.values() for f in cls.forms})
    return _FORMS[lang]


def any_text(rng: random.Random, size: int = 40) -> str:
    """Any code points at all (surrogates and unassigned ones included)."""
    return "".join(chr(rng.randrange(0, 0x110000)) for _ in range(rng.randint(0, size)))


def insert_zwnj(rng: random.Random, text: str, count: int = 3) -> str:
    """ZWNJ put at random places inside words."""
    chars = list(text)
    for _ in range(count):
        positions = [i for i in range(1, len(chars)) if chars[i - 1].isalpha() and chars[i].isalpha()]
        if not positions:
            break
        chars.insert(rng.choice(positions), "\u200c")
    return "".join(chars)
