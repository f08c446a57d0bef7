"""Reading documents: ``.txt`` files, folders of them, JSONL files and standard input.

Documents are produced one at a time (a generator), so memory does not grow with the corpus.
A bad input never stops the run: it is reported through the ``on_error`` callback as an
:class:`InputProblem` naming the file (and line) and what is wrong, and reading goes on.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

# Share of Arabic-script letters above which a Windows-1256 reading is believed.
_ARABIC_SCRIPT_SHARE = 0.3


@dataclass(frozen=True)
class Document:
    """One article: an identifier, its text exactly as decoded, and its publication date if known."""

    id: str
    text: str
    published: dt.date | None = None
    source: str = ""  # the file it came from
    warning: str | None = None  # e.g. "decoded as Windows-1256"


@dataclass(frozen=True)
class InputProblem:
    """A file or line that could not be read, or was read with a caveat."""

    source: str
    message: str
    fatal: bool = True  # False: read anyway, with a warning

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


ErrorHandler = Callable[[InputProblem], None]


class DecodeError(ValueError):
    """The bytes are not text this tool can read."""


def decode(data: bytes) -> tuple[str, str | None]:
    """Text from raw bytes: UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1256 Arabic script.

    Returns the text and a warning (or None).  Raises :class:`DecodeError` for binary data and
    for bytes that no supported encoding reads as Persian or Arabic text.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), None
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    letters = [ch for ch in text if ch.isalpha()]
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    if letters and arabic / len(letters) >= _ARABIC_SCRIPT_SHARE:
        return text, "not UTF-8; decoded as Windows-1256 (Arabic)"
    raise DecodeError(f"not valid UTF-8 (byte {utf8_error.start}) and not Windows-1256 Arabic text")


def _strict(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid {encoding} at byte {exc.start}") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def read_text_file(path: Path) -> tuple[str, str | None]:
    """The decoded text of a file and a decoding warning; raises DecodeError or OSError."""
    data = path.read_bytes()
    text, warning = decode(data)
    if not text.strip():
        raise DecodeError("empty file")
    return text, warning


def _parse_date(value: object, source: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"{source}: 'published' must be a YYYY-MM-DD string")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"{source}: 'published' is not a date: {value!r}") from None


def _json_object(line: str) -> object:
    """The JSON value of one line; a syntax error says where in the line it is."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON (column {exc.colno}: {exc.msg.lower().removesuffix(' at')})") from None


def read_jsonl(lines: Iterable[str], source: str, on_error: ErrorHandler,
               published: dt.date | None = None, first_line: int = 1) -> Iterator[Document]:
    """Documents from JSONL lines of ``{"id", "text", "published"?}``; bad lines are reported."""
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        try:
            obj = _json_object(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            text = obj.get("text")
            if not isinstance(text, str):
                raise ValueError("no 'text' string")
            if not text.strip():
                raise ValueError("empty 'text'")
            doc_id = str(obj.get("id", f"{Path(source).name}:{number}"))
            date = _parse_date(obj.get("published"), where) or published
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            message = str(exc)
            if message.startswith(where + ": "):
                message = message[len(where) + 2:]
            on_error(InputProblem(where, f"skipped: {message}"))
            continue
        yield Document(doc_id, text, date, source)


def _txt_document(path: Path, published: dt.date | None, on_error: ErrorHandler) -> Document | None:
    try:
        text, warning = read_text_file(path)
    except DecodeError as exc:
        on_error(InputProblem(str(path), f"skipped: {exc}"))
        return None
    except OSError as exc:
        on_error(InputProblem(str(path), f"skipped: cannot read ({exc.strerror or exc})"))
        return None
    if warning:
        on_error(InputProblem(str(path), warning, fatal=False))
    return Document(path.name, text, published, str(path), warning)


def _decode_line(raw: bytes, where: str, first: bool, on_error: ErrorHandler) -> str:
    try:
        return raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError:
        on_error(InputProblem(where, "skipped: not valid UTF-8"))
        return ""


# ---------------------------------------------------------------------------------------------
# sources: the units of reading, planned first and read one by one (here, or on a worker)
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Source:
    """One unit of reading: a ``.txt`` file, the lines of a ``.jsonl`` file between two byte
    offsets (a whole file by default), or documents already read (standard input)."""

    path: str
    kind: str  # "txt", "jsonl" or "docs"
    start: int = 0  # jsonl: first byte and first line number of the part
    end: int | None = None
    first_line: int = 1
    docs: tuple[Document, ...] = ()


def plan_sources(paths: Iterable[str], on_error: ErrorHandler | None = None, stdin=None,
                 published: dt.date | None = None, jsonl_part_bytes: int | None = None) -> Iterator[Source]:
    """The sources of ``paths`` in reading order: files as given, folders' ``.txt`` and ``.jsonl``
    files sorted, ``-`` (standard input, read now).  Paths that do not exist are reported.
    With ``jsonl_part_bytes``, large JSONL files are cut into parts at line ends."""
    report = on_error or (lambda problem: None)
    for raw in paths:
        if raw == "-":
            docs = tuple(_stdin_documents(stdin or sys.stdin, published, report))
            if docs:
                yield Source("<stdin>", "docs", docs=docs)
            continue
        path = Path(raw)
        if path.is_dir():
            files, empty_folders = _folder_inputs(path)
            for folder in empty_folders:
                shown = raw if folder == path else str(folder)
                report(InputProblem(shown, "skipped: folder has no .txt or .jsonl files"))
            for file in files:
                yield from _file_sources(file, jsonl_part_bytes)
        elif path.is_file():
            yield from _file_sources(path, jsonl_part_bytes)
        elif os.path.lexists(raw):
            report(InputProblem(raw, "skipped: not a regular file or folder"))
        else:
            report(InputProblem(raw, "skipped: no such file or folder"))


def _folder_inputs(root: Path) -> tuple[list[Path], list[Path]]:
    """A folder's ``.txt`` and ``.jsonl`` files (sorted, subfolders included) and the folders
    (the root, or subfolders holding something) in which none stands at any depth."""
    files: list[Path] = []
    readable: dict[str, bool] = {}
    empty: list[Path] = []
    for folder, subfolders, names in os.walk(root, topdown=False):
        mine = [p for p in (Path(folder, n) for n in names) if p.suffix.lower() in (".txt", ".jsonl") and p.is_file()]
        files += mine
        below = any(readable.get(os.path.join(folder, s), False) for s in subfolders)
        readable[folder] = bool(mine) or below
        if not readable[folder] and (names or subfolders or Path(folder) == root):
            empty.append(Path(folder))
    # report the outermost such folders only
    empty = [f for f in empty if not any(f != g and g in f.parents for g in empty)]
    return sorted(files), sorted(empty)


def _file_sources(path: Path, part_bytes: int | None) -> Iterator[Source]:
    if path.suffix.lower() != ".jsonl":
        yield Source(str(path), "txt")
    elif not part_bytes:
        yield Source(str(path), "jsonl")
    else:
        for start, end, line in jsonl_parts(path, part_bytes):
            yield Source(str(path), "jsonl", start, end, line)


def jsonl_parts(path: Path, part_bytes: int) -> Iterator[tuple[int, int | None, int]]:
    """``(first byte, end byte, first line number)`` of parts of about ``part_bytes`` each, cut
    at line ends; the last part runs to the end of the file (end None)."""
    start = position = 0
    first = line = 1
    try:
        with open(path, "rb") as handle:
            for raw in handle:
                position += len(raw)
                line += 1
                if position - start >= part_bytes:
                    yield start, position, first
                    start, first = position, line
    except OSError:
        pass  # reading the part will say what is wrong
    if position > start or start == 0:
        yield start, None, first


def read_source(source: Source, published: dt.date | None = None,
                on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """The documents of one source; what cannot be read is reported and skipped."""
    report = on_error or (lambda problem: None)
    if source.kind == "docs":
        yield from source.docs
    elif source.kind == "txt":
        doc = _txt_document(Path(source.path), published, report)
        if doc is not None:
            yield doc
    else:
        yield from _jsonl_part(source, published, report)


def _jsonl_part(source: Source, published: dt.date | None, report: ErrorHandler) -> Iterator[Document]:
    try:
        handle = open(source.path, "rb")
    except OSError as exc:
        report(InputProblem(source.path, f"skipped: cannot read ({exc.strerror or exc})"))
        return
    with handle:
        handle.seek(source.start)
        limit = source.end

        def lines() -> Iterator[str]:
            position = source.start
            for number, raw in enumerate(handle, start=source.first_line):
                if limit is not None and position >= limit:
                    return
                position += len(raw)
                yield _decode_line(raw, f"{source.path} line {number}", number == 1, report)

        yield from read_jsonl(lines(), source.path, report, published, first_line=source.first_line)


def read_documents(paths: Iterable[str], published: dt.date | None = None,
                   on_error: ErrorHandler | None = None, stdin=None) -> Iterator[Document]:
    """Documents from ``.txt`` files, folders (their ``.txt`` and ``.jsonl`` files, sorted),
    ``.jsonl`` files and ``-`` (standard input: JSONL if it looks like JSON, else one text)."""
    for source in plan_sources(paths, on_error, stdin, published):
        yield from read_source(source, published, on_error)


def _stdin_documents(stream, published: dt.date | None, report: ErrorHandler) -> Iterator[Document]:
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    try:
        text, warning = decode(data)
    except DecodeError as exc:
        report(InputProblem("<stdin>", f"skipped: {exc}"))
        return
    if not text.strip():
        report(InputProblem("<stdin>", "skipped: empty input"))
        return
    if text.lstrip().startswith("{"):
        yield from read_jsonl(text.splitlines(), "<stdin>", report, published)
    else:
        yield Document("<stdin>", text, published, "<stdin>", warning)
