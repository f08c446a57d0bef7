"""The chronology as a chart: one lane per kind of contact, time running left to right.

Design
------
* **Data.** Rows of the chronology (``build_chronology`` or its CSV, see :func:`load_events`) become
  ``_Item`` records in :func:`_prepare`: parsed dates, the label, the visual style.  A row whose
  ``date_start`` is empty (or unreadable) is *not* plotted: it is listed in a footnote under the
  plot with its type, who met whom, its status and the reason it has no date (``date_note``).
* **Encoding.** Lanes (y) are contact types.  Colour and fill say what happened: filled = occurred,
  hollow = planned, or occurred but with confidence below 0.5 (hollow in the occurred colour),
  a red cross (or a cross-hatched span) = cancelled.  Marker area grows with ``n_sources``.
  Multi-day events and month- or year-precise dates are drawn as spans (``Rectangle``) over the
  days they cover rather than as a fake single day.  The legend explains all of it.
* **Layout.** Sizes are fixed in inches up front (:class:`_Layout`): the figure grows with the
  number of lanes and footnote lines, and the axes never move after labels are placed.
* **Labels** say who met whom in the source's own script: the first Russian-side and the first
  Iranian-side spelling of ``actors_raw``, recognised with the language tables
  (``lang/*.contacts.toml``); the English names when a side cannot be told.  Strings go to
  matplotlib in plain logical order: matplotlib >= 3.11 shapes Arabic script and runs the
  Unicode bidi algorithm itself (libraqm), so nothing is reshaped or reversed here and no
  presentation-form characters are ever produced.  Left-to-right runs (ISO dates, Latin names,
  digits) are wrapped in isolates (U+2066 ... U+2069, :func:`isolate_ltr`), else ``2024-06-19``
  would show as ``19-06-2024`` inside right-to-left text.
* **Placement** is greedy, in pixels, with extents measured by the renderer: events in priority
  order (most sources, then highest confidence) try a slot beside their marker, then staggered
  rows above and below within their lane, on either side.  A slot is taken only when its box
  clears every marker, span, stem and label already there; an event that fits nowhere goes
  unlabelled (the subtitle says how many are labelled).  Drawn label boxes never overlap.
* **Axes.** Gregorian dates at the bottom; Solar Hijri month starts on a secondary axis on top
  (:func:`jalali_month_ticks`, via jdatetime), every 1, 3 or 6 months or every few years
  depending on the range.
* **Font.** The bundled Vazirmatn (SIL OFL 1.1, ``fonts/OFL.txt``) is registered with
  matplotlib's font manager at draw time and used for all text, with DejaVu Sans as per-glyph
  fallback (and as the only font if the files are missing).
* **Determinism.** No randomness, stable sorts, PNG without the ``Software`` entry, SVG with a
  fixed hash salt and no date: the same input gives byte-identical files.  Files are written
  through :func:`timeline.output.atomic_path`.

matplotlib and pandas are imported inside the functions that need them, so importing this module
is cheap; the non-interactive Agg canvas is used directly (no pyplot, no global backend switch).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .output import atomic_path

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["draw_chart", "load_events", "render", "isolate_ltr", "jalali_month_ticks", "font_files",
           "persian_digits", "who_label", "date_text", "PERSIAN_MONTHS"]

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_ISOLATES = frozenset((LRI, RLI, FSI, PDI))
PERSIAN_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                  "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

FONT_FAMILY = "Vazirmatn"
FALLBACK_FAMILY = "DejaVu Sans"
FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")

LANE_ORDER = ("meeting", "talks", "visit", "summit", "phone_call", "message", "agreement")
LOW_CONFIDENCE = 0.5
MAX_UNDATED_LINES = 12
DPI = 150
CHARTED_YEARS = (1000, 9000)  # dates outside are drawn as undated: the Solar Hijri axis and its margins stay in range
SVG_HASH_SALT = "timeline-chart"

# visual styles, keyed by what happened
_COLORS = {"occurred": "#1d5fa6", "uncertain": "#1d5fa6", "planned": "#d9730d", "cancelled": "#c0262d"}
_STYLE_LABELS = {
    "occurred": "occurred",
    "planned": "planned / announced (hollow)",
    "uncertain": f"occurred, confidence < {LOW_CONFIDENCE:g} (hollow)",
    "cancelled": "cancelled",
}
_STYLE_ORDER = ("occurred", "uncertain", "planned", "cancelled")
_TEXT_COLOR = "#222222"
_MUTED = "#666666"

# sizes (points, inches)
_LABEL_SIZE = 8.0
_FIG_WIDTH = 13.0
_LANE_HEIGHT = 1.25  # inches per lane, at most (see _lane_height)
_LEFT, _RIGHT = 1.25, 0.35
_TITLE_H, _TOP_AXIS_H, _BOTTOM_AXIS_H, _LEGEND_H = 0.8, 0.4, 0.5, 0.7
_FOOT_HEADER_H, _FOOT_LINE_H, _MARGIN = 0.3, 0.21, 0.15


# ---------------------------------------------------------------------------------------------
# bidi helpers
# ---------------------------------------------------------------------------------------------

def _is_arabic_block(ch: str) -> bool:
    o = ord(ch)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF


def _starts_ltr(ch: str) -> bool:
    """A strong left-to-right character (Latin, Cyrillic, ...) or a digit of any script."""
    return unicodedata.bidirectional(ch) == "L" or unicodedata.decimal(ch, None) is not None


def _inside_ltr(ch: str) -> bool:
    """May sit inside a left-to-right run: LTR characters and neutrals between them."""
    if _starts_ltr(ch):
        return True
    if ch in _ISOLATES or _is_arabic_block(ch):
        return False
    return unicodedata.bidirectional(ch) in ("ES", "ET", "CS", "WS", "ON", "NSM", "BN")


def _starts_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _inside_rtl(ch: str) -> bool:
    """May sit inside a right-to-left run: Arabic-script characters, digits and neutrals."""
    if ch in _ISOLATES:
        return False
    if _starts_rtl(ch) or _is_arabic_block(ch) or unicodedata.decimal(ch, None) is not None:
        return True
    return unicodedata.bidirectional(ch) in ("ES", "ET", "CS", "WS", "ON", "NSM", "BN")


def _isolate_runs(text: str, starts: Callable[[str], bool], inside: Callable[[str], bool], opener: str) -> str:
    """Wrap every maximal run that begins and ends with a ``starts`` character (and has only
    ``inside`` characters between) in ``opener`` ... PDI; runs already isolated stay as they are."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if not starts(text[i]):
            out.append(text[i])
            i += 1
            continue
        j = last = i + 1
        while j < n and inside(text[j]):
            if starts(text[j]):
                last = j + 1
            j += 1
        run = text[i:last]
        if run.count("(") > run.count(")") and text[last:last + 1] == ")":
            last += 1
            run = text[i:last]
        already = i > 0 and text[i - 1] == opener and text[last:last + 1] == PDI
        out.append(run if already else f"{opener}{run}{PDI}")
        i = last
    return "".join(out)


def isolate_ltr(text: str) -> str:
    """``text`` with every left-to-right run (Latin words, ISO dates, digits) wrapped in the
    Unicode isolates LRI (U+2066) ... PDI (U+2069).

    Inside right-to-left text the bidi algorithm would otherwise reorder ``2024-06-19`` to
    ``19-06-2024`` (digits after Arabic letters become Arabic numbers, and the hyphens between them
    take the right-to-left direction).  The text stays in logical order; nothing is reshaped.
    Idempotent: runs already wrapped are left alone."""
    return _isolate_runs(_plain(text), _starts_ltr, _inside_ltr, LRI)


def _isolate_rtl(text: str) -> str:
    """Right-to-left runs wrapped in RLI ... PDI, for Persian or Arabic inside an English line."""
    return _isolate_runs(text, _starts_rtl, _inside_rtl, RLI)


def _plain(text: str) -> str:
    """Presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) folded to the base letters, BOM dropped:
    labels are plain logical-order text, shaped by matplotlib."""
    out = []
    for ch in text:
        o = ord(ch)
        if o == 0xFEFF:
            continue
        if 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFE:
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(ch)
    return "".join(out)


def persian_digits(value: int | str) -> str:
    """ASCII digits as Persian digits: ``1403`` -> ``۱۴۰۳``."""
    return str(value).translate(_PERSIAN_DIGITS)


# ---------------------------------------------------------------------------------------------
# Solar Hijri ticks
# ---------------------------------------------------------------------------------------------

def _month_step(n_months: int) -> int:
    """Months between Solar Hijri ticks for a range holding ``n_months`` month starts."""
    if n_months <= 14:
        return 1
    if n_months <= 36:
        return 3
    if n_months <= 72:
        return 6
    return 12 * math.ceil(n_months / 144)


def jalali_month_ticks(start: dt.date, end: dt.date, *, step: int | None = None) -> list[tuple[dt.date, str]]:
    """Ticks at the first day of the Solar Hijri months that begin within ``start`` .. ``end``
    (inclusive), as ``(gregorian_date, "مهر ۱۴۰۳")`` pairs.

    ``step`` months between ticks defaults to a readable density: every month up to 14 months,
    every 3 months (the seasons: فروردین, تیر, مهر, دی) up to 3 years, every 6 months up to 6 years,
    else every few years at فروردین."""
    import jdatetime

    if end < start:
        return []
    j = jdatetime.date.fromgregorian(date=start)
    year, month = j.year, j.month
    if j.day != 1:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    months: list[tuple[int, int, dt.date]] = []
    while True:
        first = jdatetime.date(year, month, 1).togregorian()
        if first > end:
            break
        months.append((year, month, first))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    step = step or _month_step(len(months))
    if step < 12:
        kept = [(y, m, g) for y, m, g in months if (m - 1) % step == 0]
    else:
        kept = [(y, m, g) for y, m, g in months if m == 1 and y % (step // 12) == 0]
    return [(g, f"{PERSIAN_MONTHS[m - 1]} {persian_digits(y)}") for y, m, g in kept]


# ---------------------------------------------------------------------------------------------
# reading the chronology
# ---------------------------------------------------------------------------------------------

def load_events(csv_path: str | Path) -> "pd.DataFrame":
    """The chronology CSV written by ``timeline build`` as a DataFrame: every column a string
    (empty string = missing), ``n_sources`` an int and ``confidence`` a float."""
    import pandas as pd

    frame = pd.read_csv(csv_path, encoding="utf-8-sig", keep_default_na=False, dtype=str)
    frame.attrs["problems"] = bad_cells(frame)  # before the numbers are converted
    if "n_sources" in frame:
        frame["n_sources"] = [_int(v, 1) for v in frame["n_sources"]]
    if "confidence" in frame:
        frame["confidence"] = [_float(v, 1.0) for v in frame["confidence"]]
    return frame


def bad_cells(frame: "pd.DataFrame") -> list[str]:
    """What is wrong with a chronology's rows as read (strings): dates that are not ISO dates,
    source counts that are not numbers (line numbers as in the CSV file, the header being line 1)."""
    problems = []
    for index, row in enumerate(frame.to_dict("records"), start=2):
        for column in ("date_start", "date_end", "reported_on"):
            text = cell_text(row.get(column))
            if text and _iso_date(text) is None:
                problems.append(f"line {index}: {column} {text!r} is not a date (drawn as undated)")
            elif text and cell_date(text) is None:
                first, last = CHARTED_YEARS
                problems.append(f"line {index}: {column} {text!r} is outside the years {first}–{last} that charts "
                                "draw (drawn as undated)")
        count = cell_text(row.get("n_sources"))
        if count and not count.isdigit():
            problems.append(f"line {index}: n_sources {count!r} is not a number (taken as 1)")
    return problems


def cell_text(value: Any) -> str:
    """A CSV or DataFrame cell as a stripped string (missing: "")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _int(value: Any, default: int) -> int:
    try:
        return int(float(cell_text(value)))
    except ValueError:
        return default


def _float(value: Any, default: float) -> float:
    try:
        result = float(cell_text(value))
    except ValueError:
        return default
    return default if math.isnan(result) else result


def cell_date(value: Any) -> dt.date | None:
    """A CSV cell as a date (its first ten characters) of the years charts draw, or None."""
    day = _iso_date(value)
    return day if day is not None and CHARTED_YEARS[0] <= day.year <= CHARTED_YEARS[1] else None


def _iso_date(value: Any) -> dt.date | None:
    text = cell_text(value)
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _pieces(spelling: str) -> list[tuple[str, str, str, str]]:
    """The parties named inside one ``actors_raw`` entry (``ولادیمیر پوتین رئیس جمهور روسیه`` holds
    a person and a title): ``(text, kind, country, English name or "")`` each, found with the
    Persian and Arabic contact tables."""
    from .contacts import actors, contact_words

    people = actors()[0]
    found = []
    for code in ("fa", "ar"):
        for _s, _e, text, (kind, country, actor_id, _role) in contact_words(code).parties.find(spelling):
            found.append((text, kind, country, people[actor_id].name if actor_id in people else ""))
        if found:
            break
    return found


_KIND_RANK = {"person": 1, "title": 2, "counterpart": 3, "state": 4}


def _pick_spelling(raw: list[str], country: str, names: list[str]) -> str | None:
    """The spelling of ``country``'s side to show: a name of one of ``names`` first, then any
    person, title, counterpart, state; the first in source order within each."""
    best: tuple[int, int, str] | None = None
    index = 0
    for spelling in raw:
        for text, kind, side, name in _pieces(spelling):
            index += 1
            if side != country:
                continue
            rank = 0 if kind == "person" and name in names else _KIND_RANK.get(kind, 5)
            if best is None or (rank, index) < best[:2]:
                best = (rank, index, text)
    return best[2] if best else None


def who_label(row: dict) -> str:
    """Who met whom, Russian side first: source spellings when both sides are recognised in
    ``actors_raw``, else the English names."""
    russia = [n.strip() for n in cell_text(row.get("russia")).split(";") if n.strip()]
    iran = [n.strip() for n in cell_text(row.get("iran")).split(";") if n.strip()]
    raw = [s.strip() for s in cell_text(row.get("actors_raw")).split(";") if s.strip()]
    ru, ir = _pick_spelling(raw, "russia", russia), _pick_spelling(raw, "iran", iran)
    if ru and ir:
        return _plain(f"{ru} – {ir}")
    return f"{russia[0] if russia else 'Russia'} – {iran[0] if iran else 'Iran'}"


@dataclass(frozen=True)
class _Item:
    """One chronology row, ready to draw."""

    event_id: str
    type: str
    status: str
    style: str  # occurred | uncertain | planned | cancelled
    start: dt.date | None
    end: dt.date | None  # inclusive
    precision: str
    n_sources: int
    confidence: float
    who: str
    note: str
    reported_on: str
    label: str  # who – whom · date, left-to-right runs isolated

    @property
    def span(self) -> bool:
        return self.start is not None and self.end is not None and self.end > self.start


def date_text(start: dt.date, end: dt.date | None, precision: str = "day") -> str:
    """A date as shown in a label: the ISO day, ``YYYY-MM`` or ``YYYY`` for a whole month or year
    at that precision, ``start – end`` (end shortened within a year) for a range."""
    s, e = start, end or start
    if precision == "year" and (s.month, s.day) == (1, 1) and e == dt.date(s.year, 12, 31):
        return f"{s.year}"
    if precision == "month" and s.day == 1 and e == _month_end(s):
        return f"{s:%Y-%m}"
    if precision == "month":  # a Solar Hijri month (مهر ۱۴۰۳ = 2024-09-22 … 2024-10-21) by its name
        from .timelinejs import jalali_display_date

        shown = jalali_display_date(s, e, "month")
        if "–" not in shown:
            return shown
    if e == s:
        return s.isoformat()
    if e.year == s.year:
        return f"{s.isoformat()} – {e:%m-%d}"
    return f"{s.isoformat()} – {e.isoformat()}"


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _style(status: str, confidence: float) -> str:
    if status == "cancelled":
        return "cancelled"
    if status == "planned":
        return "planned"
    return "uncertain" if confidence < LOW_CONFIDENCE else "occurred"


def _item(row: dict) -> _Item:
    start, end = cell_date(row.get("date_start")), cell_date(row.get("date_end"))
    precision = cell_text(row.get("precision"))
    if start is not None:
        if precision == "month" and (end is None or end == start):
            start, end = start.replace(day=1), _month_end(start)
        elif precision == "year" and (end is None or end == start):
            start, end = dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)
        if end is None or end < start:
            end = start
    status = cell_text(row.get("status")) or "occurred"
    confidence = _float(row.get("confidence"), 1.0)
    who = who_label(row)
    label = isolate_ltr(f"{who} · {date_text(start, end, precision)}" if start else who)
    return _Item(event_id=cell_text(row.get("event_id")), type=cell_text(row.get("type")) or "contact", status=status,
                 style=_style(status, confidence), start=start, end=end, precision=precision,
                 n_sources=max(1, _int(row.get("n_sources"), 1)), confidence=confidence, who=who,
                 note=cell_text(row.get("date_note")), reported_on=cell_text(row.get("reported_on")), label=label)


def _prepare(events: Any) -> tuple[list[_Item], list[_Item]]:
    """Dated items (sorted by date, then type and id) and undated ones (in input order)."""
    rows = events.to_dict("records") if hasattr(events, "to_dict") else list(events)
    items = [_item(r) for r in rows]
    dated = sorted((i for i in items if i.start is not None), key=lambda i: (i.start, i.end, i.type, i.event_id))
    return dated, [i for i in items if i.start is None]


def _lanes(dated: list[_Item]) -> list[str]:
    present = {i.type for i in dated}
    known = [t for t in LANE_ORDER if t in present]
    return known + sorted(present - set(known))


# ---------------------------------------------------------------------------------------------
# font and style
# ---------------------------------------------------------------------------------------------

def font_files() -> list[Path]:
    """The bundled Vazirmatn files that exist (empty when the package ships none)."""
    folder = resources.files("timeline") / "fonts"
    paths = [Path(str(folder / name)) for name in FONT_FILES]
    return [p for p in paths if p.is_file()]


def _register_fonts() -> list[str]:
    """Register the bundled fonts with matplotlib (once) and return the font family list."""
    from matplotlib import font_manager

    files = font_files()
    known = {Path(f.fname) for f in font_manager.fontManager.ttflist}
    for path in files:
        if path not in known:
            font_manager.fontManager.addfont(str(path))
    return [FONT_FAMILY, FALLBACK_FAMILY] if files else [FALLBACK_FAMILY]


@contextmanager
def _style_context() -> Iterator[None]:
    """rcParams for one chart, restored afterwards: fonts, sizes and the SVG hash salt."""
    import matplotlib

    rc = {"font.family": _register_fonts(), "font.size": 8, "axes.edgecolor": "#888888",
          "axes.linewidth": 0.8, "xtick.color": "#444444", "ytick.color": "#444444",
          "svg.hashsalt": SVG_HASH_SALT, "svg.fonttype": "path", "axes.unicode_minus": False}
    with matplotlib.rc_context(rc):
        yield


# ---------------------------------------------------------------------------------------------
# layout
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Layout:
    """Figure geometry in inches, fixed before anything is drawn."""

    n_lanes: int
    n_foot_lines: int
    lane_h: float = _LANE_HEIGHT

    @property
    def foot_h(self) -> float:
        return _FOOT_HEADER_H + _FOOT_LINE_H * self.n_foot_lines if self.n_foot_lines else 0.0

    @property
    def axes_h(self) -> float:
        return self.lane_h * self.n_lanes

    @property
    def height(self) -> float:
        return (_MARGIN + _TITLE_H + _TOP_AXIS_H + self.axes_h + _BOTTOM_AXIS_H + _LEGEND_H
                + self.foot_h + _MARGIN)

    @property
    def axes_rect(self) -> tuple[float, float, float, float]:
        bottom = _MARGIN + self.foot_h + _LEGEND_H + _BOTTOM_AXIS_H
        return (_LEFT / _FIG_WIDTH, bottom / self.height, (_FIG_WIDTH - _LEFT - _RIGHT) / _FIG_WIDTH,
                self.axes_h / self.height)

    def y(self, inches_from_top: float) -> float:
        """A figure y coordinate ``inches_from_top`` below the top edge."""
        return 1.0 - inches_from_top / self.height

    def y_from_bottom(self, inches: float) -> float:
        return inches / self.height


def _lane_height(dated: list[_Item]) -> float:
    """Inches per lane: room for a label beside each marker and one row either side when lanes
    are sparse, up to three staggered rows either side when they are crowded."""
    busiest = max((sum(1 for i in dated if i.type == t) for t in {i.type for i in dated}), default=0)
    return min(_LANE_HEIGHT, 0.8 + 0.03 * busiest)


def _marker_area(n_sources: int) -> float:
    """Marker area in points² for ``n_sources`` (1 -> 30, growing up to 8 sources)."""
    return 30.0 + 24.0 * (min(n_sources, 8) - 1)


def _span_height(n_sources: int) -> float:
    """Span height in lanes for ``n_sources``."""
    return 0.10 + 0.025 * (min(n_sources, 5) - 1)


# ---------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------

def render(events: Any, *, title: str | None = None) -> "Figure":
    """The chart of ``events`` (a chronology DataFrame) as a matplotlib Figure on an Agg canvas,
    already drawn once (so text extents can be read back)."""
    with _style_context():
        return _render(events, title)


def _render(events: Any, title: str | None, draw: bool = True) -> "Figure":
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    dated, undated = _prepare(events)
    lanes = _lanes(dated)
    foot_lines = _footnote_lines(undated)
    layout = _Layout(max(1, len(lanes)), max(0, len(foot_lines) - 1), _lane_height(dated))
    fig = Figure(figsize=(_FIG_WIDTH, layout.height), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes(layout.axes_rect, gid="timeline")
    _draw_lanes(ax, lanes, dated)
    if dated:
        lo, hi = _x_range(dated)
        ax.set_xlim(_num(lo), _num(hi))
        _draw_events(ax, lanes, dated)
        _gregorian_axis(ax)
        _jalali_axis(ax, lo, hi)
        n_labelled = _place_labels(fig, ax, lanes, dated)
    else:
        ax.set_xticks([])
        ax.text(0.5, 0.5, "No dated contacts to plot", transform=ax.transAxes, ha="center", va="center",
                fontsize=11, color=_MUTED)
        n_labelled = 0
    _draw_titles(fig, layout, dated, undated, n_labelled, title)
    _draw_legend(fig, layout)
    _draw_footnote(fig, layout, foot_lines)
    if draw:  # creates the tick labels while the chart's rcParams (fonts) are in force
        fig.canvas.draw()
    return fig


def _num(day: dt.date) -> float:
    """A date as a matplotlib date number (midnight at the start of ``day``)."""
    from matplotlib.dates import date2num

    return float(date2num(dt.datetime(day.year, day.month, day.day)))


def _x_range(dated: list[_Item]) -> tuple[dt.date, dt.date]:
    """The plotted date range: every event with a margin (at least 12 days either side)."""
    lo = min(i.start for i in dated)
    hi = max(i.end for i in dated) + dt.timedelta(days=1)
    pad = dt.timedelta(days=max(12, round((hi - lo).days * 0.03)))
    return lo - pad, hi + pad


def _draw_lanes(ax: "Axes", lanes: list[str], dated: list[_Item]) -> None:
    """Alternating lane bands, lane names with counts on the left, lane 0 at the top."""
    n = max(1, len(lanes))
    ax.set_ylim(n - 0.5, -0.5)
    for k in range(n):
        if k % 2 == 1:
            ax.axhspan(k - 0.5, k + 0.5, color="#f3f4f6", zorder=0, lw=0)
    counts = {lane: sum(1 for i in dated if i.type == lane) for lane in lanes}
    ax.set_yticks(range(len(lanes)), labels=[f"{lane.replace('_', ' ').capitalize()} ({counts[lane]})"
                                             for lane in lanes])
    ax.tick_params(axis="y", length=0, labelsize=9, labelcolor=_TEXT_COLOR)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _draw_events(ax: "Axes", lanes: list[str], dated: list[_Item]) -> None:
    """Markers (one scatter per style) for single days, a Rectangle per span."""
    from matplotlib.patches import Rectangle

    lane_of = {lane: k for k, lane in enumerate(lanes)}
    for style in _STYLE_ORDER:
        points = [i for i in dated if i.style == style and not i.span]
        if points:
            _scatter(ax, style, [_num(i.start) for i in points], [lane_of[i.type] for i in points],
                     [_marker_area(i.n_sources) for i in points])
    for i in dated:
        if not i.span:
            continue
        color = _COLORS[i.style]
        h = _span_height(i.n_sources)
        x0 = _num(i.start)
        rect = Rectangle((x0, lane_of[i.type] - h / 2), _num(i.end + dt.timedelta(days=1)) - x0, h,
                         facecolor=color if i.style == "occurred" else "none", edgecolor=color,
                         alpha=0.85, lw=1.4, hatch="xxxx" if i.style == "cancelled" else None,
                         zorder=3, gid=f"span:{i.event_id}")
        ax.add_patch(rect)


def _scatter(ax: "Axes", style: str, xs: list[float], ys: list[int], sizes: list[float]) -> None:
    color = _COLORS[style]
    if style == "cancelled":
        ax.scatter(xs, ys, s=sizes, marker="x", c=color, linewidths=2.0, zorder=4, gid=f"events:{style}")
    elif style == "occurred":
        ax.scatter(xs, ys, s=sizes, marker="o", facecolors=color, edgecolors=color, linewidths=1.0,
                   zorder=4, gid=f"events:{style}")
    else:
        ax.scatter(xs, ys, s=sizes, marker="o", facecolors="none", edgecolors=color, linewidths=1.6,
                   zorder=4, gid=f"events:{style}")


def _gregorian_axis(ax: "Axes") -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=4, maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#e2e2e2", lw=0.6, zorder=1)
    ax.set_axisbelow(True)
    ax.text(-0.008, -0.012, "Gregorian", transform=ax.transAxes, ha="right", va="top", fontsize=7.5,
            color=_MUTED)


def _jalali_axis(ax: "Axes", lo: dt.date, hi: dt.date) -> None:
    """A secondary x axis on top with Solar Hijri month starts."""
    ticks = jalali_month_ticks(lo, hi)
    top = ax.secondary_xaxis("top")
    top.set_gid("jalali-axis")
    top.set_xticks([_num(d) for d, _ in ticks], labels=[label for _, label in ticks])
    top.tick_params(axis="x", labelsize=8.5, length=4, color="#888888")
    ax.text(-0.008, 1.012, "Solar Hijri", transform=ax.transAxes, ha="right", va="bottom", fontsize=7.5,
            color=_MUTED)


# ---------------------------------------------------------------------------------------------
# label placement
# ---------------------------------------------------------------------------------------------

_Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in display pixels


class _Boxes:
    """Boxes in display pixels with a uniform grid for fast overlap queries."""

    def __init__(self, cell: float = 48.0):
        self.cell = cell
        self.grid: dict[tuple[int, int], list[tuple[_Box, str]]] = {}

    def _cells(self, box: _Box) -> Iterator[tuple[int, int]]:
        c = self.cell
        for gx in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1):
            for gy in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1):
                yield gx, gy

    def add(self, box: _Box, kind: str) -> None:
        for cell in self._cells(box):
            self.grid.setdefault(cell, []).append((box, kind))

    def hits(self, box: _Box, kinds: Iterable[str], pad: float = 0.0) -> bool:
        kinds = set(kinds)
        x0, y0, x1, y1 = box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad
        for cell in self._cells((x0, y0, x1, y1)):
            for (b0, b1, b2, b3), kind in self.grid.get(cell, ()):
                if kind in kinds and b0 < x1 and x0 < b2 and b1 < y1 and y0 < b3:
                    return True
        return False


@dataclass(frozen=True)
class _Placement:
    item: _Item
    x: float  # anchor in pixels (left edge for ha=left, right edge for ha=right)
    y: float  # vertical centre in pixels
    ha: str
    stem: tuple[float, float, float] | None  # x, y_from, y_to in pixels


_ROWS = (0, 1, -1, 2, -2, 3, -3)
_GAP = 3.0  # pixels between a marker and its label
_PAD = 1.5  # pixels kept clear around every label


def _priority(item: _Item) -> tuple:
    """Labels go to the most-sourced, then most confident, then occurred events first."""
    return (-item.n_sources, -item.confidence, _STYLE_ORDER.index(item.style), item.start, item.event_id)


def _place_labels(fig: "Figure", ax: "Axes", lanes: list[str], dated: list[_Item]) -> int:
    """Place labels greedily without overlaps; return how many were placed."""
    renderer = fig.canvas.get_renderer()
    to_px = ax.transData.transform
    scale = fig.dpi / 72.0
    lane_of = {lane: k for k, lane in enumerate(lanes)}
    lane_px = abs(to_px((0, 0))[1] - to_px((0, 1))[1])
    frame = ax.get_window_extent(renderer)
    boxes = _Boxes()
    anchors: list[tuple[float, float, float]] = []
    for i in dated:  # every marker and span is an obstacle
        yc = to_px((0, lane_of[i.type]))[1]
        if i.span:
            x0 = to_px((_num(i.start), 0))[0]
            x1 = to_px((_num(i.end + dt.timedelta(days=1)), 0))[0]
            half = _span_height(i.n_sources) * lane_px / 2 + 1
        else:
            x = to_px((_num(i.start), 0))[0]
            half = math.sqrt(_marker_area(i.n_sources)) * scale / 2 + 1.5
            x0, x1 = x - half, x + half
        boxes.add((x0, yc - half, x1, yc + half), "mark")
        anchors.append((x0, x1, yc))
    sizes = _measure(fig, renderer, dated)
    placements: list[_Placement] = []
    for k in sorted(range(len(dated)), key=lambda k: _priority(dated[k])):
        item = dated[k]
        x0, x1, yc = anchors[k]
        place = _first_fit(item, sizes[item.label], x0, x1, yc, lane_px, frame, boxes)
        if place is not None:
            placements.append(place)
    _draw_labels(ax, placements)
    return len(placements)


def _measure(fig: "Figure", renderer: Any, dated: list[_Item]) -> dict[str, tuple[float, float, float, float]]:
    """Per label text: its box (x0, x1, y0, y1) in pixels relative to a left / centre anchor."""
    probe = fig.text(0, 0, "", fontsize=_LABEL_SIZE, ha="left", va="center")
    origin = fig.transFigure.transform((0, 0))
    sizes: dict[str, tuple[float, float, float, float]] = {}
    for item in dated:
        label = item.label
        if label in sizes:
            continue
        probe.set_text(label)
        ext = probe.get_window_extent(renderer)
        sizes[label] = (ext.x0 - origin[0], ext.x1 - origin[0], ext.y0 - origin[1], ext.y1 - origin[1])
    probe.remove()
    return sizes


def _rtl_first(text: str) -> bool:
    """Is the paragraph direction of ``text`` right-to-left (first strong character outside
    isolates is Arabic-script)?"""
    depth = 0
    for ch in text:
        if ch in (LRI, RLI, FSI):
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            bidi = unicodedata.bidirectional(ch)
            if bidi in ("R", "AL"):
                return True
            if bidi == "L":
                return False
    return False


def _first_fit(item: _Item, size: tuple[float, float, float, float], x0: float, x1: float, yc: float,
               lane_px: float, frame: Any, boxes: _Boxes) -> _Placement | None:
    """The first free slot for ``item``'s label, or None; a taken slot is added to ``boxes``."""
    left_off, right_off, bottom_off, top_off = size
    width = right_off - left_off
    height = top_off - bottom_off
    pitch = height + 2 * _PAD + 1
    stem_x = (x0 + x1) / 2
    # a right-to-left label reads from its right end: put that end next to the marker first
    sides = ("left", "right") if _rtl_first(item.label) else ("right", "left")
    lane_lo, lane_hi = yc - lane_px / 2 + 1, yc + lane_px / 2 - 1
    for row in _ROWS:
        y = yc + row * pitch
        for side in sides:
            if row == 0:
                anchor = x1 + _GAP if side == "right" else x0 - _GAP
            else:
                anchor = stem_x + 2 if side == "right" else stem_x - 2
            ha = "left" if side == "right" else "right"
            bx0 = anchor + left_off if ha == "left" else anchor - width + left_off
            box = (bx0, y + bottom_off, bx0 + width, y + top_off)
            if box[0] < frame.x0 + 2 or box[2] > frame.x1 - 2 or box[1] < lane_lo or box[3] > lane_hi:
                continue
            if boxes.hits(box, ("mark", "label", "stem"), pad=_PAD):
                continue
            stem = None
            if row != 0:
                y_from = yc + (1 if row > 0 else -1) * 2
                stem_box = (stem_x - 1, min(y_from, y), stem_x + 1, max(y_from, y))
                if boxes.hits(stem_box, ("label", "stem")):
                    continue
                stem = (stem_x, y_from, y)
                boxes.add(stem_box, "stem")
            boxes.add(box, "label")
            return _Placement(item, anchor, y, ha, stem)
    return None


def _draw_labels(ax: "Axes", placements: list[_Placement]) -> None:
    """Text artists (gid ``label:<event_id>``) and one LineCollection of stems."""
    from matplotlib.collections import LineCollection

    inverse = ax.transData.inverted()
    stems = []
    for p in sorted(placements, key=lambda p: (p.item.start, p.item.event_id)):
        x, y = inverse.transform((p.x, p.y))
        ax.text(x, y, p.item.label, ha=p.ha, va="center", fontsize=_LABEL_SIZE, color=_TEXT_COLOR,
                zorder=6, clip_on=False, gid=f"label:{p.item.event_id}")
        if p.stem is not None:
            sx, y0, y1 = p.stem
            stems.append([tuple(inverse.transform((sx, y0))), tuple(inverse.transform((sx, y1)))])
    if stems:
        ax.add_collection(LineCollection(stems, colors="#9a9a9a", linewidths=0.7, zorder=2,
                                         gid="label-stems"), autolim=False)


# ---------------------------------------------------------------------------------------------
# titles, legend, footnote
# ---------------------------------------------------------------------------------------------

def _draw_titles(fig: "Figure", layout: _Layout, dated: list[_Item], undated: list[_Item], n_labelled: int,
                 title: str | None) -> None:
    if title is None:
        title = "Russia–Iran contacts"
        if dated:
            lo, hi = min(i.start for i in dated), max(i.end for i in dated)
            title += f", {lo.isoformat()}" + (f" – {hi.isoformat()}" if hi != lo else "")
    elif any(_starts_rtl(ch) for ch in title):
        title = isolate_ltr(title)
    x = _LEFT / _FIG_WIDTH
    fig.text(x, layout.y(_MARGIN), title, fontsize=13, fontweight="bold", va="top", color=_TEXT_COLOR,
             gid="title")
    parts = [f"{len(dated)} dated contact{'s' if len(dated) != 1 else ''} plotted"]
    if undated:
        parts.append(f"{len(undated)} without a date, listed below")
    if dated and n_labelled < len(dated):
        parts.append(f"labels for {n_labelled} of {len(dated)} (most sources and highest confidence first)")
    parts.append("marker size = number of sources")
    fig.text(x, layout.y(_MARGIN + 0.36), " · ".join(parts), fontsize=8.5, va="top", color=_MUTED,
             gid="subtitle")


def _draw_legend(fig: "Figure", layout: _Layout) -> None:
    """What markers and spans mean (left) and what their size means (right), under the date axis."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    def marker(style: str) -> Line2D:
        color = _COLORS[style]
        if style == "cancelled":
            return Line2D([], [], ls="none", marker="x", color=color, mew=2.0, ms=7, label=_STYLE_LABELS[style])
        return Line2D([], [], ls="none", marker="o", ms=7, mec=color, mew=1.4,
                      mfc=color if style == "occurred" else "none", label=_STYLE_LABELS[style])

    span = Patch(facecolor=_COLORS["occurred"], edgecolor=_COLORS["occurred"], alpha=0.85,
                 label="span: several days, or a date known to the month / year")
    # filled column by column: row 1 occurred, planned, cancelled; row 2 low confidence, span
    status = [marker("occurred"), marker("uncertain"), marker("planned"), span, marker("cancelled")]
    y = layout.y_from_bottom(_MARGIN + layout.foot_h + _LEGEND_H - 0.05)
    common = dict(frameon=False, fontsize=8, handletextpad=0.5, labelspacing=0.7, borderaxespad=0.0)
    fig.legend(handles=status, loc="upper left", bbox_to_anchor=(_LEFT / _FIG_WIDTH - 0.008, y), ncol=3,
               columnspacing=2.0, **common).set_gid("legend-status")
    sizes = [Line2D([], [], ls="none", marker="o", ms=math.sqrt(_marker_area(n)), mfc="#9a9a9a", mec="#9a9a9a",
                    label=text) for n, text in ((1, "1 source"), (3, "3"), (8, "8 or more"))]
    fig.legend(handles=sizes, loc="upper right", bbox_to_anchor=(1 - _RIGHT / _FIG_WIDTH, y), ncol=3,
               columnspacing=1.2, title="Marker size: sources", title_fontsize=8, **common).set_gid("legend-sizes")


def _footnote_lines(undated: list[_Item]) -> list[tuple[str, str]]:
    """(gid, text) of the header and of one line per undated event (at most MAX_UNDATED_LINES,
    then "… and N more").  Lines are English with the names isolated as right-to-left runs."""
    if not undated:
        return []
    lines = [("undated-header", f"Not on the chart: {len(undated)} contact{'s' if len(undated) != 1 else ''} "
                                f"without an established date")]
    for item in undated[:MAX_UNDATED_LINES]:
        text = f"•  {item.type.replace('_', ' ')}, {item.status}: {RLI}{isolate_ltr(item.who)}{PDI}"
        text += f" — {_isolate_rtl(item.note or 'no date in the source')}"
        if item.reported_on:
            text += f" (reported {item.reported_on})"
        lines.append((f"undated:{item.event_id}", text))
    if len(undated) > MAX_UNDATED_LINES:
        lines.append(("undated-more", f"… and {len(undated) - MAX_UNDATED_LINES} more"))
    return lines


def _draw_footnote(fig: "Figure", layout: _Layout, lines: list[tuple[str, str]]) -> None:
    """The undated events under the legend, one Text per line at a fixed pitch."""
    x = _LEFT / _FIG_WIDTH
    top = _MARGIN + layout.foot_h
    for k, (gid, text) in enumerate(lines):
        header = k == 0
        y = top if header else top - _FOOT_HEADER_H - _FOOT_LINE_H * (k - 1)
        fig.text(x, layout.y_from_bottom(y), text, fontsize=8.5 if header else 8, va="top", ha="left",
                 fontweight="bold" if header else "normal", color=_TEXT_COLOR, gid=gid)


# ---------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------

def draw_chart(events: Any, path: str | Path, *, title: str | None = None) -> Path:
    """Draw the chart of ``events`` (a chronology DataFrame) to ``path``: SVG when the name ends
    with ``.svg``, else PNG.  Written atomically; the same input gives byte-identical files."""
    target = Path(path)
    fmt = "svg" if target.suffix.lower() == ".svg" else "png"
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    with _style_context():
        fig = _render(events, title, draw=False)  # savefig draws it, still inside the context
        with atomic_path(target) as tmp:
            fig.savefig(tmp, format=fmt, dpi=DPI, metadata=metadata, facecolor="white")
    return target
