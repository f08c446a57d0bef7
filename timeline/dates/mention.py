"""The public record of one date mention."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DateMention:
    """A date found in a text.

    ``start``/``end`` are offsets into the original string (end exclusive) and ``text`` is
    ``original[start:end]``.  ``value`` is the normalised date in the gold format (a day
    ``2024-10-10``, a Gregorian month ``2024-10`` or year ``2024``, or an interval
    ``first/last``), or None when it cannot be resolved.  ``first``/``last`` are the same value
    as ``datetime.date`` objects; ``native`` is the value in the calendar the text used
    (``1403-07-19``).  ``basis`` says how the value was obtained: ``explicit``, ``year-inferred``,
    ``publication-date``, ``header-date``, ``narrative-date`` or ``unanchored``; ``anchor`` and
    ``anchor_basis`` name the document date a relative or partial mention was resolved against.
    """

    start: int
    end: int
    text: str
    value: str | None
    calendar: str | None
    kind: str
    precision: str | None
    first: dt.date | None
    last: dt.date | None
    native: str | None
    basis: str
    anchor: dt.date | None = None
    anchor_basis: str | None = None
    warnings: tuple[str, ...] = ()
    rule: str = ""

    @property
    def resolved(self) -> bool:
        return self.value is not None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO strings)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "calendar": self.calendar,
            "kind": self.kind,
            "precision": self.precision,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "native": self.native,
            "basis": self.basis,
            "anchor": self.anchor.isoformat() if self.anchor else None,
            "anchor_basis": self.anchor_basis,
            "warnings": list(self.warnings),
        }
