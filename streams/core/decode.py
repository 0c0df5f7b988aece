"""Raw message bytes -> a typed input, or a rejection saying what is wrong with them.

The shape is detected from the content, since producers do not label it: a JSON envelope object,
HTML, or plain scraped text; and so is the encoding: UTF-8; for older sites' pages Windows-1256
(Arabic) or Windows-1252 (French, English); UTF-16 after its byte-order mark. Everything that can be
wrong with the bytes themselves is decided here, before any parsing, so that the parser only ever sees
text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import orjson

from streams.core.model import InputFormat, RejectReason
from streams.core.text.dates import parse_timestamp
from streams.core.text.encoding import as_text
from streams.core.text.normalize import control_character_count

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
_CONTROL_SHARE_LIMIT = 0.01  # beyond 1 % control characters the payload is not scraped text
_ENVELOPE_STRINGS = ("id", "url", "text", "html", "source", "fetched_at", "language", "title", "published_at")
_DATE_ONLY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HTML_START_RE = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml|<!--|<article|<div|<meta)", re.I)
_HTML_TAG_RE = re.compile(r"</?(?:p|div|br|span|a|article|section|h[1-6]|body|html)\b[^>]*>", re.I)
_LANGUAGE_RE = re.compile(r"^[a-z]{2}$")
_JSON_ARRAY_START_RE = re.compile(r'\[\s*(?:[\[{"\]\d-]|true|false|null)')


@dataclass(frozen=True, slots=True)
class RawInput:
    """One raw article as received, its content decoded and its shape known."""

    content_format: InputFormat  # "text" or "html": what ``content`` is
    content: str
    input_format: InputFormat  # what arrived: "json" for an envelope, else the content's format
    id: str | None = None
    url: str | None = None
    source: str | None = None
    fetched_at: datetime | None = None
    language: str | None = None
    # What the scraper already knew, when it sends it: the headline apart from the text, and when the
    # page says it was published (with "day" or "second" precision: a date alone or a timestamp).
    title: str | None = None
    published_at: datetime | None = None
    published_precision: Literal["day", "second"] | None = None


@dataclass(frozen=True, slots=True)
class DecodeError:
    reason: RejectReason
    detail: str
    id: str | None = None
    url: str | None = None


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> RawInput | DecodeError:
    if len(data) > max_bytes:
        return DecodeError(RejectReason.TOO_LARGE, f"{len(data)} bytes, over the limit of {max_bytes}")
    text = as_text(data)
    if text is None:
        return DecodeError(RejectReason.INVALID_UTF8, f"not UTF-8: {_utf8_problem(data)}")
    if problem := _binary_problem(text):
        return DecodeError(RejectReason.BINARY_CONTENT, problem)
    stripped = text.strip()
    if not stripped:
        return DecodeError(RejectReason.EMPTY_CONTENT, "the message holds only white space")
    if stripped[0] in "{[":
        envelope = _decode_json(stripped)
        if envelope is not None:
            return envelope
    return RawInput(_content_format(stripped), stripped, _content_format(stripped))


def _utf8_problem(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"{error.reason} at byte {error.start}"
    return "no text"  # (``as_text`` reads all UTF-8)


def _binary_problem(text: str) -> str | None:
    if "\x00" in text:
        return "NUL bytes: binary data, not text"
    controls = control_character_count(text)
    if controls and controls > _CONTROL_SHARE_LIMIT * len(text):
        return f"{controls} control characters in {len(text)}: binary data, not text"
    return None


def _decode_json(stripped: str) -> RawInput | DecodeError | None:
    """An envelope, an error, or None when text merely starts with a bracket."""
    try:
        value = orjson.loads(stripped)
    except orjson.JSONDecodeError as error:
        if stripped[0] == "[" and not _JSON_ARRAY_START_RE.match(stripped):
            return None  # "[Breaking] …" is a headline, not broken JSON
        return DecodeError(RejectReason.INVALID_JSON, f"invalid JSON: {error}")
    if not isinstance(value, dict):
        return DecodeError(RejectReason.NOT_AN_OBJECT, f"JSON {type(value).__name__}, expected an object")
    return _envelope(value)


def _no_content_detail(value: dict[str, object]) -> str:
    """Why the envelope holds no content, naming the field a scraper put it under instead when there is one
    ("content", "body", "article"): the producer's fix is then to rename it."""
    detail = 'the envelope has neither "text" nor "html"'
    misplaced = [name for name in _CONTENT_ELSEWHERE if isinstance(value.get(name), str)]
    if misplaced:
        detail += f' (it has "{misplaced[0]}": send its text as "text", or a page as "html")'
    return detail


_CONTENT_ELSEWHERE = ("content", "body", "article", "article_text", "full_text", "raw", "page")


def _envelope(value: dict[str, object]) -> RawInput | DecodeError:
    raw_id = value.get("id")
    ident = str(raw_id) if isinstance(raw_id, int | str) and not isinstance(raw_id, bool) else None
    raw_url = value.get("url")
    url = raw_url if isinstance(raw_url, str) else None
    for name in _ENVELOPE_STRINGS:
        field_value = value.get(name)
        if name == "id" and isinstance(field_value, int) and not isinstance(field_value, bool):
            continue
        if field_value is not None and not isinstance(field_value, str):
            return DecodeError(
                RejectReason.INVALID_FIELD,
                f'"{name}" must be a string, not {type(field_value).__name__}',
                ident,
            )
    content_format: InputFormat
    if value.get("text") is not None:
        content, content_format = str(value["text"]), "text"
    elif value.get("html") is not None:
        content, content_format = str(value["html"]), "html"
    else:
        return DecodeError(RejectReason.NO_CONTENT, _no_content_detail(value), ident, url)
    if not content.strip():
        return DecodeError(RejectReason.EMPTY_CONTENT, f'the envelope\'s "{content_format}" is empty', ident, url)
    if problem := _binary_problem(content):
        return DecodeError(RejectReason.BINARY_CONTENT, problem, ident, url)
    fetched_at = None
    if isinstance(value.get("fetched_at"), str):
        fetched_at = parse_timestamp(str(value["fetched_at"]))
        if fetched_at is None:
            return DecodeError(
                RejectReason.INVALID_FIELD,
                f'"fetched_at" is not an RFC 3339 timestamp: {value["fetched_at"]!r}',
                ident,
            )
    language = str(value["language"]).lower() if value.get("language") else None
    if language is not None and not _LANGUAGE_RE.match(language):
        return DecodeError(RejectReason.INVALID_FIELD, f'"language" is not ISO 639-1: {language!r}', ident, url)
    source = str(value["source"]) if value.get("source") else None
    title = " ".join(str(value["title"]).split()) if value.get("title") else None
    published_at, precision = None, None
    if isinstance(value.get("published_at"), str):
        published_at, precision = _published(str(value["published_at"]))
        if published_at is None:
            detail = f'"published_at" is not an RFC 3339 timestamp nor a YYYY-MM-DD date: {value["published_at"]!r}'
            return DecodeError(RejectReason.INVALID_FIELD, detail, ident, url)
    return RawInput(
        content_format,
        content.strip(),
        "json",
        ident,
        url,
        source,
        fetched_at,
        language,
        title=title or None,
        published_at=published_at,
        published_precision=precision,
    )


def _published(text: str) -> tuple[datetime | None, Literal["day", "second"] | None]:
    if _DATE_ONLY_RE.match(text):
        try:
            return datetime.fromisoformat(text).replace(tzinfo=UTC), "day"
        except ValueError:
            return None, None
    moment = parse_timestamp(text)
    return (moment.astimezone(UTC), "second") if moment is not None else (None, None)


def _content_format(text: str) -> InputFormat:
    """HTML when it opens as a page does, or is mostly markup from its first tag on; a headline above markup a
    scraper left in, on a line of its own or ending in a break ("عنوان الخبر<br>", then "<p>…</p>"), is scraped
    text (``clean_text`` mends it)."""
    if _HTML_START_RE.match(text):
        return "html"
    head = text[:4000]
    if len(_HTML_TAG_RE.findall(head)) < 5:
        return "text"
    return "html" if head.lstrip().startswith("<") else "text"
