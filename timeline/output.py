"""Writing outputs atomically: a temporary file beside the target, then a rename.

An interrupted run leaves the previous output intact, and a reader never sees a half-written file.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Iterator


class OutputError(ValueError):
    """An output path that must not be written (for instance, one of the inputs)."""


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it replaces ``path``, else it is removed."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.chmod(tmp_path, _mode_for(target))  # mkstemp makes 0600; keep the usual permissions
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def _mode_for(target: Path) -> int:
    """The existing file's permissions, else the umask's default for a new file."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically (``newline`` untouched: what is given is written)."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())


def check_outputs(outputs: dict[str, str | None], inputs: list[str]) -> None:
    """Refuse output paths that are folders, inputs, or the same file twice (``{option: path}``)."""
    seen: dict[Path, str] = {}
    for option, path in outputs.items():
        if not path:
            continue
        if Path(path).is_dir():
            raise OutputError(f"{option} {path}: is a folder; give a file name")
        resolved = Path(path).resolve()
        if resolved in seen:
            raise OutputError(f"{option} {path}: {seen[resolved]} writes the same file")
        seen[resolved] = option
        check_not_input(path, inputs)


def check_not_input(output: str | Path, inputs: list[str]) -> None:
    """Refuse an output path that is one of the input files."""
    out = Path(output).resolve()
    for raw in inputs:
        if raw == "-":
            continue
        p = Path(raw)
        if p.is_file() and p.resolve() == out:
            raise OutputError(f"refusing to write {output}: it is an input file")
        if p.is_dir() and out.suffix.lower() in (".txt", ".jsonl") and p.resolve() in out.parents:
            raise OutputError(f"refusing to write {output}: it would be read as an input next time")


@contextlib.contextmanager
def csv_stream(path: str | Path | None, columns: list[str]) -> Iterator[Callable[[Iterable[dict]], None]]:
    """Rows written as they come to a CSV (UTF-8 with a byte-order mark), which appears at
    ``path`` only when the block ends without an error.  With ``path`` None, rows are dropped."""
    if path is None:
        yield lambda rows: None
        return
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        yield writer.writerows
        fh.flush()
        os.fsync(fh.fileno())
