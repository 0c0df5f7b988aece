"""`newsstream parse` as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ARTICLE_VALIDATOR, REJECTION_VALIDATOR
from tests.golden_support import GOLDEN_DIR


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "streams.cli", *args], input=stdin, capture_output=True, timeout=120)


def test_parse_a_directory_records_on_stdout(tmp_path: Path) -> None:
    result = _run("parse", str(GOLDEN_DIR))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    inputs = [p for p in GOLDEN_DIR.iterdir() if ".expected." not in p.name]
    assert len(records) == len(inputs) + 1  # envelope_html.jsonl holds two envelopes
    for record in records:
        ARTICLE_VALIDATOR.validate(record)


def test_rejections_go_to_stderr_and_exit_is_zero(tmp_path: Path) -> None:
    lines = tmp_path / "mixed.jsonl"
    good = '{"id": "ok", "text": "عنوان\\nنص الخبر الأول طويل بما يكفي ليكون فقرة من فقرات المقال."}'
    lines.write_text(good + '\n{"id": "bad", "text": \n[1, 2]\n', encoding="utf-8")
    result = _run("parse", str(lines))
    assert result.returncode == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["ok"]
    rejections = [json.loads(line) for line in result.stderr.splitlines()]
    assert [r["reason"] for r in rejections] == ["invalid_json", "not_an_object"]
    for rejection in rejections:
        REJECTION_VALIDATOR.validate(rejection)


def test_stdin_and_gzipped_html(tmp_path: Path) -> None:
    import gzip

    page = tmp_path / "page.html.gz"
    html = b"<html><head><title>T</title></head><body><article><p>" + b"Some words here. " * 30 + b"</p></article>"
    page.write_bytes(gzip.compress(html + b"</body></html>"))
    result = _run(
        "parse",
        "-",
        str(page),
        stdin="عنوان\nنص الخبر الأول طويل بما يكفي ليكون فقرة من فقرات المقال.".encode(),
    )
    assert result.returncode == 0, result.stderr
    formats = [json.loads(line)["input_format"] for line in result.stdout.splitlines()]
    assert formats == ["text", "html"]


def test_missing_path_is_a_clear_error() -> None:
    result = _run("parse", "/no/such/file.txt")
    assert result.returncode == 2
    assert b"no such file or directory: /no/such/file.txt" in result.stderr
    assert b"Traceback" not in result.stderr


def test_parse_finds_duplicates_among_its_inputs(tmp_path: Path) -> None:
    text = (GOLDEN_DIR / "ar_levantine_dual.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("عاجل: " + text, encoding="utf-8")  # another title, the same body
    result = _run("parse", str(tmp_path))
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["duplicate"], second["duplicate"]) == (None, "exact")
    assert second["story_id"] == first["id"] == second["duplicate_of"]


def test_entities_command_gives_offsets_into_each_line() -> None:
    lines = "التقى وزير الخارجية سيرغي لافروف في موسكو\n\nThe Arab League met in Cairo.\n"
    result = _run("entities", "-", stdin=lines.encode())
    assert result.returncode == 0, result.stderr
    outputs = [json.loads(line)["entities"] for line in result.stdout.splitlines()]
    assert len(outputs) == 3 and outputs[1] == []
    for text, entities in zip(lines.splitlines(), outputs, strict=True):
        for entity in entities:
            assert text[entity["start"] : entity["end"]] == entity["text"]
    assert ("سيرغي لافروف", "PERSON") in [(e["text"], e["type"]) for e in outputs[0]]
    assert ("Cairo", "LOC") in [(e["text"], e["type"]) for e in outputs[2]]
