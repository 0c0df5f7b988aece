"""The records the core produces: an article, or a rejection that says why there is none.

Both are frozen dataclasses; ``to_dict`` gives the JSON shape described by ``schemas/``. The field
names are a contract with downstream consumers: change them only with a new schema version.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from streams.core.text.encoding import lenient_text
from streams.core.timing import Timings

if TYPE_CHECKING:
    from streams.core.enrich import Enrichment
    from streams.core.enrich.duplicates import Verdict

ARTICLE_SCHEMA_VERSION = 3  # v2 added enrichment and story fields, v3 topics; older consumers keep working
REJECTION_SCHEMA_VERSION = 1

InputFormat = Literal["text", "html", "json"]
Precision = Literal["day", "minute", "second"]
Calendar = Literal["gregorian", "hijri"]


class RejectReason(StrEnum):
    """Why a raw message could not become an article. Documented in README and the schema."""

    TOO_LARGE = "too_large"  # over the configured size limit, checked before anything else
    INVALID_UTF8 = "invalid_utf8"  # the bytes are not UTF-8
    BINARY_CONTENT = "binary_content"  # NUL bytes or many control characters: not text
    EMPTY_CONTENT = "empty_content"  # nothing but white space
    INVALID_JSON = "invalid_json"  # starts like a JSON object but does not parse (or nests too deep)
    NOT_AN_OBJECT = "not_an_object"  # valid JSON, but an array, string or number
    NO_CONTENT = "no_content"  # an envelope with neither "text" nor "html"
    INVALID_FIELD = "invalid_field"  # an envelope field of the wrong type or form
    NO_BODY = "no_body"  # parsed, but no article paragraphs remain
    INTERNAL_ERROR = "internal_error"  # a bug in the parser: the message is kept for replay


@dataclass(frozen=True, slots=True)
class RelatedItem:
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Quality:
    """What a consumer needs to decide whether to trust a record."""

    truncated: bool  # the body stops mid-sentence somewhere
    appended_content: bool  # read-also blocks or appended articles were cut off
    word_count: int
    paragraph_count: int
    has_title: bool
    has_date: bool
    short_body: bool  # under 40 words: probably a teaser or a failed scrape


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    url: str | None
    source: str | None
    title: str | None
    published_at: datetime | None
    published_at_precision: Precision | None
    published_at_text: str | None
    published_at_calendar: Calendar | None
    body: str
    sources: tuple[str, ...]
    tags: tuple[str, ...]
    related: tuple[RelatedItem, ...]
    language: str
    quality: Quality
    input_format: InputFormat
    fetched_at: datetime | None
    received_at: datetime
    parsed_at: datetime
    pipeline_version: str
    enrichment: Enrichment | None = None
    story: Verdict | None = None  # set by the dedupe stage; None: not compared with other articles
    timings: Timings = ()  # seconds per core stage, for the metrics; not part of the record

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": ARTICLE_SCHEMA_VERSION,
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "title": self.title,
            "published_at": rfc3339(self.published_at),
            "published_at_precision": self.published_at_precision,
            "published_at_text": self.published_at_text,
            "published_at_calendar": self.published_at_calendar,
            "body": self.body,
            "sources": list(self.sources),
            "tags": list(self.tags),
            "related": [{"title": r.title, "text": r.text} for r in self.related],
            "language": self.language,
            "quality": {
                "truncated": self.quality.truncated,
                "appended_content": self.quality.appended_content,
                "word_count": self.quality.word_count,
                "paragraph_count": self.quality.paragraph_count,
                "has_title": self.quality.has_title,
                "has_date": self.quality.has_date,
                "short_body": self.quality.short_body,
            },
            "input_format": self.input_format,
            "fetched_at": rfc3339(self.fetched_at),
            "received_at": rfc3339(self.received_at),
            "parsed_at": rfc3339(self.parsed_at),
            "pipeline_version": self.pipeline_version,
            **self._enrichment_dict(),
        }

    def _enrichment_dict(self) -> dict[str, Any]:
        found = self.enrichment
        story = self.story
        return {
            "entities": [e.to_dict() for e in (found.entities if found else ())],
            "keywords": [{"text": k.text, "score": k.score} for k in (found.keywords if found else ())],
            "mentioned_dates": [
                {"text": m.text, "date": m.date.isoformat(), "start": m.start, "end": m.end}
                for m in (found.mentioned_dates if found else ())
            ],
            "quantities": [
                {"text": q.text, "value": q.value, "unit": q.unit, "start": q.start, "end": q.end}
                for q in (found.quantities if found else ())
            ],
            "fingerprint": found.fingerprint if found else None,
            "story_id": story.story_id if story else self.id,
            "duplicate": story.duplicate if story else None,
            "duplicate_of": story.duplicate_of if story else None,
            "topics": [{"label": t.label, "score": t.score} for t in (found.topics if found else ())],
        }


_EXCERPT_BYTES = 300


@dataclass(frozen=True, slots=True)
class Rejection:
    """A raw message that did not become an article, with everything needed to replay it."""

    reason: RejectReason
    detail: str
    original: bytes = field(repr=False)
    received_at: datetime
    rejected_at: datetime
    pipeline_version: str
    id: str | None = None
    url: str | None = None
    timings: Timings = ()  # seconds per core stage reached, for the metrics; not part of the record

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": REJECTION_SCHEMA_VERSION,
            "reason": str(self.reason),
            "detail": self.detail,
            "id": self.id,
            "url": self.url,
            "original_size": len(self.original),
            "original_sha256": hashlib.sha256(self.original).hexdigest(),
            "original_excerpt": lenient_text(self.original[:_EXCERPT_BYTES]),
            "original_base64": base64.b64encode(self.original).decode("ascii"),
            "received_at": rfc3339(self.received_at),
            "rejected_at": rfc3339(self.rejected_at),
            "pipeline_version": self.pipeline_version,
        }


Outcome = Article | Rejection


def rfc3339(moment: datetime | None) -> str | None:
    """RFC 3339 in UTC with a ``Z``; naive datetimes are a bug and are refused."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetime: newsstream only handles UTC-aware datetimes")
    utc = moment.astimezone(UTC)
    text = utc.strftime("%Y-%m-%dT%H:%M:%S")
    if utc.microsecond:
        text += f".{utc.microsecond:06d}".rstrip("0")
    return text + "Z"


def from_rfc3339(text: str) -> datetime:
    """A timestamp of a record (written by ``rfc3339``) read back, UTC-aware."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
