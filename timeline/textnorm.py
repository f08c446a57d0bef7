"""Text normalisation that never loses the way back to the original offsets.

Matching runs on a *cleaned* copy of a document: diacritics, tatweel, ZWNJ and other joiners and
bidi controls are deleted (they may sit inside any word, and a ZWNJ typed or lost must not change
what is read: ``مهر‌ماه`` and ``مهرماه``, ``سه‌شنبه`` and ``سهشنبه``).  :class:`CleanText` remembers where the deletions were,
so every span found in the cleaned text maps back to the exact span of the original string.

Letter variants (Arabic and Persian yeh and kaf, the forms of alef, ta marbuta) and the three digit
sets are *not* rewritten: the patterns accept every variant, and :func:`canon` folds a matched
string into one key for dictionary look-ups.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

# Characters that may sit inside words and carry nothing for matching.
IGNORABLE = (
    "\u064b-\u065f"  # Arabic harakat, tanwin, shadda, sukun, hamza above/below
    "\u0670"  # superscript alef
    "\u0640"  # tatweel
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space, ZWNJ (kept or lost alike), ZWJ, LRM, RLM
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings and isolates
    "\ufeff\u00ad"  # BOM, soft hyphen
)
_IGNORABLE_RE = re.compile(f"[{IGNORABLE}]")
_IGNORABLE_BUT_ZWNJ_RE = re.compile(f"(?!\u200c)[{IGNORABLE}]")
_ATTACHED = re.compile("[\u064b-\u065f\u0670\u0640]")  # marks and tatweel belong to the letter before

ZWNJ = "\u200c"

# canonical letter -> every spelling the press uses for it
LETTER_VARIANTS = {
    "ی": "یيىئ",
    "ک": "کك",
    "ه": "هةۀ",
    "ا": "اأإآٱ",
    "و": "وؤ",
}
_DIGITS = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"


def _canon_table() -> dict[int, object]:
    table: dict[int, object] = {}
    for canonical, variants in LETTER_VARIANTS.items():
        for ch in variants:
            table[ord(ch)] = canonical
    for i, ch in enumerate(_DIGITS):
        table[ord(ch)] = str(i % 10)
    for ch in " \t\n\r\u00a0\u202f\u2009" + ZWNJ + ".":
        table[ord(ch)] = None
    return table


_CANON = _canon_table()


def canon(text: str) -> str:
    """Fold spelling variants, digits, spaces, ZWNJ and dots away: the key for look-ups."""
    return _IGNORABLE_RE.sub("", text).translate(_CANON).lower()


def fold_digits(text: str) -> str:
    """Persian and Arabic-Indic digits to ASCII (other characters untouched)."""
    return text.translate({ord(ch): str(i % 10) for i, ch in enumerate(_DIGITS)})


@dataclass(frozen=True)
class CleanText:
    """A document with ignorable characters removed, and the map back to the original."""

    original: str
    text: str
    _shifts: tuple[int, ...] = field(default=(), repr=False)
    _deleted: tuple[int, ...] = field(default=(), repr=False)

    def to_original(self, pos: int) -> int:
        """Original offset of the cleaned character at ``pos`` (or of the end, for ``len``)."""
        return pos + bisect.bisect_right(self._shifts, pos)

    def to_clean(self, pos: int) -> int:
        """Cleaned offset of the original offset ``pos`` (deleted characters map forward)."""
        return pos - bisect.bisect_left(self._deleted, pos)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of a cleaned half-open span; marks and tatweel that sit on
        the span's last letter (هـ, غداً) stay inside it."""
        if not self._shifts:
            return start, end
        if end <= start:
            o = self.to_original(start)
            return o, o
        o_end = self.to_original(end - 1) + 1
        while o_end < len(self.original) and _ATTACHED.match(self.original, o_end):
            o_end += 1
        return self.to_original(start), o_end


def clean(text: str, keep_zwnj: bool = False) -> CleanText:
    """Delete ignorable characters (ZWNJ too, unless ``keep_zwnj``), keeping the offset map."""
    rx = _IGNORABLE_BUT_ZWNJ_RE if keep_zwnj else _IGNORABLE_RE
    if rx.search(text) is None:
        return CleanText(text, text)
    deleted = [m.start() for m in rx.finditer(text)]
    shifts = tuple(d - k for k, d in enumerate(deleted))
    return CleanText(text, rx.sub("", text), shifts, tuple(deleted))
