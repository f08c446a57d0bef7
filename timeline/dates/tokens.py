"""Tokens and tags: a window of text as a string of one-character tags.

The tokenizer reads every word the language tables know (multi-word phrases included, with
Arabic proclitics), digit runs, other words and punctuation.  Each token gets one *tag*
character: the same character for every token with the same set of word classes, ``a``/``b``/
``c``/``e`` for runs of 1–2, 3, 4 and 5+ digits, ``x`` for other words, ``|`` for a line break
and the (folded) punctuation mark itself.  Grammar rules are small regular expressions over the
tag string; :meth:`Tagset.of` turns a class name into the character class that matches it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..lexicon import Lexicon
from ..textnorm import canon

# classes read from whole sentences, never as tokens
_SENTENCE_CLASSES = {"future", "past"}

_LETTER = r"[^\W\d_]"
_PUNCT_FOLD = str.maketrans({"،": ",", "٬": ",", "٫": ".", "–": "-", "—": "-", "؛": ";", "٪": "%",
                             "«": '"', "»": '"', "[": "(", "]": ")", "\u2010": "-", "\u2011": "-"})
_PUNCT_KEEP = set("/-.,():%;\"")


@dataclass(slots=True)
class Token:
    start: int  # cleaned-text offsets, proclitic included
    end: int
    text: str  # the word without its proclitic (digits as written)
    tag: str
    info: dict[str, Any] | None = None  # word class -> payload, for known words
    clitic: str = ""

    @property
    def number(self) -> int:
        return int(self.text)

    def get(self, cls: str) -> Any:
        return self.info.get(cls) if self.info else None

    def is_(self, cls: str) -> bool:
        return bool(self.info) and cls in self.info


class Tagset:
    """The tag characters of one language's word classes, and its tokenizer."""

    def __init__(self, lex: Lexicon, latin: Lexicon):
        self.lex = lex
        classes = {name: cls for name, cls in lex.classes.items() if name not in _SENTENCE_CLASSES}
        classes["latin_month"] = latin["month"]
        classes["latin_ordinal_suffix"] = latin["ordinal_suffix"]
        info: dict[str, dict[str, Any]] = {}
        forms: list[str] = []
        for name, cls in classes.items():
            for key, payload in cls.lookup.items():
                info.setdefault(key, {})[name] = payload
            forms.extend(cls.forms)
        self.info = info
        self._tag_of_set: dict[frozenset[str], str] = {}
        self.tag_of: dict[str, str] = {}
        self.wa_tag_of: dict[str, str] = {}  # words carrying the conjunction و (والعشرين, والجمعة)
        for key in sorted(info):
            names = frozenset(info[key])
            self.tag_of[key] = self._tag(names)
            if lex.has_clitics:
                self.wa_tag_of[key] = self._tag(names | {"wa"})
        from ..lexicon import alternation

        clitics = lex["month"].clitics
        self.regex = re.compile(
            rf"(?P<lex>(?<!{_LETTER})(?<!\u200c)(?P<cl>{clitics})(?P<w>{alternation(forms)})(?!{_LETTER}|\u200c))"
            rf"|(?P<d>\d+)|(?P<x>{_LETTER}+(?:\u200c{_LETTER}+)*)|(?P<nl>\n)|(?P<p>[^\w\s\u200c])",
            re.IGNORECASE)
        self._cache: dict[tuple[str, bool], tuple[str, dict[str, Any]]] = {}

    def _tag(self, names: frozenset[str]) -> str:
        return self._tag_of_set.setdefault(names, chr(0xE000 + len(self._tag_of_set)))

    def of(self, *names: str) -> str:
        """A regex character class matching every tag that carries one of ``names``."""
        chars = sorted({tag for names_set, tag in self._tag_of_set.items() if names_set & set(names)})
        if not chars:
            return "(?!)"
        return "[" + "".join(re.escape(c) for c in chars) + "]"

    def tokenize(self, text: str, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]``; a ``$`` token marks the end of a line or of the text."""
        tokens: list[Token] = []
        append = tokens.append
        cache = self._cache
        for m in self.regex.finditer(text, start, end):
            kind = m.lastgroup
            if kind == "lex":
                word, clitic = m.group("w"), m.group("cl") or ""
                wa = "و" in clitic
                known = cache.get((word, wa))
                if known is None:
                    key = canon(word)
                    tag = self.wa_tag_of.get(key, self.tag_of[key]) if wa else self.tag_of[key]
                    known = cache[(word, wa)] = (tag, self.info[key])
                append(Token(m.start(), m.end(), word, known[0], known[1], clitic))
            elif kind == "d":
                digits = m.group()
                n = len(digits)
                tag = "a" if n <= 2 else "b" if n == 3 else "c" if n == 4 else "e"
                append(Token(m.start(), m.end(), digits, tag))
            elif kind == "x":
                append(Token(m.start(), m.end(), m.group(), "x"))
            elif kind == "nl":
                append(Token(m.start(), m.end(), "\n", "|"))
            else:
                ch = m.group().translate(_PUNCT_FOLD)
                append(Token(m.start(), m.end(), ch, ch if ch in _PUNCT_KEEP else "?"))
        if end >= len(text) or text[end] == "\n":
            append(Token(end, end, "", "$"))
        return tokens
