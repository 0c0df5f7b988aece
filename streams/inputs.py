"""Raw articles from files, directories and stdin, for `newsstream parse` and `newsstream feed`.

``.txt`` is one article, ``.html``/``.htm`` one page (either may be gzipped), ``.jsonl`` one
envelope a line. Items are passed on as bytes, unjudged: a malformed JSONL line is still an item,
so that the parser (or the worker) rejects it with its reason instead of it vanishing here.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json")


@dataclass(frozen=True, slots=True)
class RawItem:
    origin: str  # "path" or "path:line", for messages to people
    data: bytes
    key: str | None  # the envelope's id, when the item is an envelope that has one


class InputError(Exception):
    """A path that cannot be read at all (missing, unreadable)."""


def iter_items(paths: Iterable[str]) -> Iterator[RawItem]:
    for name in paths:
        if name == "-":
            yield from _split(sys.stdin.buffer.read(), "<stdin>", jsonl=None)
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and _is_article_file(p)):
                yield from _read_file(child)
        elif path.is_file():
            yield from _read_file(path)
        else:
            raise InputError(f"no such file or directory: {name}")


def _is_article_file(path: Path) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return name.endswith(ARTICLE_SUFFIXES)


def _read_file(path: Path) -> Iterator[RawItem]:
    try:
        data = path.read_bytes()
        if path.suffix.lower() == ".gz":
            data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise InputError(f"cannot read {path}: {error}") from error
    name = path.name.lower().removesuffix(".gz")
    yield from _split(data, str(path), jsonl=name.endswith(".jsonl"))


def _split(data: bytes, origin: str, jsonl: bool | None) -> Iterator[RawItem]:
    """One item, or one per line for JSON Lines (``jsonl=None``: decide from the content)."""
    if jsonl is None:
        lines = [line for line in data.splitlines() if line.strip()]
        jsonl = len(lines) > 1 and all(line.lstrip().startswith(b"{") for line in lines)
    if not jsonl:
        yield RawItem(origin, data, _envelope_id(data))
        return
    for number, line in enumerate(data.splitlines(), 1):
        if line.strip():
            yield RawItem(f"{origin}:{number}", line, _envelope_id(line))


def _envelope_id(data: bytes) -> str | None:
    if not data.lstrip().startswith(b"{"):
        return None
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    ident = value.get("id") if isinstance(value, dict) else None
    return str(ident) if isinstance(ident, str | int) and not isinstance(ident, bool) else None
