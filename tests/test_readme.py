"""The README's examples say what the code does."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from timeline.dates import find_dates

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_the_python_example_prints_what_its_comment_says():
    code = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    expected = re.search(r"#\s*(.+)$", code.strip().splitlines()[-1]).group(1).strip()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, {})  # noqa: S102  (our own README)
    assert out.getvalue().strip() == expected


def test_the_value_table_holds():
    published = {"۱۶ مهرماه": "2024-10-10", "سال گذشته": "2024-10-10", "اليوم الخميس": "2024-07-04",
                 "بين 22 و24 أكتوبر": "2024-07-01"}
    rows = re.findall(r"^\| `([^`]+)`[^|]*\| `([^`]+)`", README, re.M)
    assert len(rows) >= 6
    for written, value in rows:
        (m,) = find_dates(written, published=published.get(written, "2024-07-04"))
        assert m.value == value.replace("…", "2024"), written
