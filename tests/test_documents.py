"""Reading inputs: encodings, folders, JSONL, and clear messages for what cannot be read."""

from __future__ import annotations

import codecs
import datetime as dt
import io

from timeline.documents import decode, read_documents


def read_all(paths, **kw):
    problems = []
    docs = list(read_documents([str(p) for p in paths], on_error=problems.append, **kw))
    return docs, problems


def test_utf8_bom_and_utf16_are_decoded_exactly():
    text = "پوتین امروز\r\nدیدار کرد"
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"))[0] == text
    assert decode(text.encode("utf-16"))[0] == text
    assert decode(text.encode("utf-8"))[0] == text  # CRLF kept: offsets refer to the file as it is


def test_windows_1256_arabic_is_decoded_with_a_warning():
    text, warning = decode("التقى الرئيسان في موسكو".encode("cp1256"))
    assert text == "التقى الرئيسان في موسكو" and "Windows-1256" in warning


def test_folder_of_txt_and_jsonl(tmp_path):
    (tmp_path / "b.txt").write_text("متن دوم", encoding="utf-8")
    (tmp_path / "a.txt").write_text("متن اول", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "x1", "text": "نص", "published": "2024-07-04"}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    docs, problems = read_all([tmp_path])
    assert [d.id for d in docs] == ["a.txt", "b.txt", "x1"]
    assert docs[2].published == dt.date(2024, 7, 4) and problems == []


def test_bad_inputs_are_named_and_skipped(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin.txt").write_bytes("café crème".encode("latin-1"))
    (tmp_path / "good.txt").write_text("خبر", encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text('{"id": "ok", "text": "خبر"}\n{broken\n{"id": "no-text"}\n', encoding="utf-8")
    docs, problems = read_all([tmp_path, tmp_path / "missing.txt"])
    assert [d.id for d in docs] == ["good.txt", "ok"]
    messages = [str(p) for p in problems]
    assert any("empty.txt" in m and "empty" in m for m in messages)
    assert any("binary.txt" in m and "NUL" in m for m in messages)
    assert any("latin.txt" in m and "UTF-8" in m for m in messages)
    assert any("lines.jsonl line 2" in m for m in messages)
    assert any("lines.jsonl line 3" in m and "text" in m for m in messages)
    assert any("missing.txt" in m and "no such file" in m for m in messages)


def test_stdin_text_and_jsonl():
    class Stdin(io.StringIO):
        @property
        def buffer(self):
            return io.BytesIO(self.getvalue().encode("utf-8"))

    docs = list(read_documents(["-"], stdin=Stdin("بوتين يزور طهران")))
    assert [(d.id, d.text) for d in docs] == [("<stdin>", "بوتين يزور طهران")]
    docs = list(read_documents(["-"], stdin=Stdin('{"id": "a", "text": "نص"}\n{"id": "b", "text": "نص"}\n')))
    assert [d.id for d in docs] == ["a", "b"]
