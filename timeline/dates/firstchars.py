"""The characters a regular expression can start a match with (for fast-failing tag scans).

Rules run over tag strings where most positions cannot begin a date.  Prefixing a rule with a
look-ahead on the characters it can start with lets the regex engine reject those positions with
one character test.  The set is computed from the parsed pattern; when a construct is not
understood, None is returned and the rule runs unchanged.
"""

from __future__ import annotations

from re import _constants as C  # noqa: N812  (the parser's opcodes)
from re import _parser as P  # noqa: N812


class _Unknown(Exception):
    pass


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can begin with, or None if it may be empty or
    the pattern uses a construct this function does not follow."""
    try:
        chars, nullable = _seq(list(P.parse(pattern)))
    except (_Unknown, AttributeError, TypeError):
        return None
    return None if nullable else frozenset(chars)


def _seq(items) -> tuple[set[str], bool]:
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _item(op, av) -> tuple[set[str], bool]:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is C.LITERAL:
                chars.add(chr(sub_av))
            elif sub_op is C.RANGE:
                lo, hi = sub_av
                if hi - lo > 4096:
                    raise _Unknown
                chars.update(chr(c) for c in range(lo, hi + 1))
            else:
                raise _Unknown
        return chars, False
    if op is C.SUBPATTERN:
        return _seq(av[-1])
    if op is C.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in av[1]:
            chars, n = _seq(branch)
            out |= chars
            nullable |= n
        return out, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, _hi, body = av
        chars, nullable = _seq(body)
        return chars, nullable or lo == 0
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return set(), True  # zero-width: the next item decides
    raise _Unknown
