"""One consumed Kafka message -> the one message to publish for it: a record or a dead letter.

This is everything the Faust agent does besides sending, as a plain function: testable without a
broker, and the single place where the routing rules live. It never raises: whatever cannot
become an article record (including a bug anywhere below) becomes a dead-letter record that
carries the reason, the original bytes and where they came from.
"""

from __future__ import annotations

import base64
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import orjson

from streams.core import Article, ParseOptions, Rejection, RejectReason, parse_article

DEADLETTER_SCHEMA_VERSION = 1
Destination = Literal["parsed", "deadletter"]

# Headers every published message carries: where its raw message was consumed. Consumers use them
# to trace a record back, `newsstream run` to count conservation exactly under redelivery.
HEADER_TOPIC = "newsstream-source-topic"
HEADER_PARTITION = "newsstream-source-partition"
HEADER_OFFSET = "newsstream-source-offset"
HEADER_REASON = "newsstream-reject-reason"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a raw message was consumed."""

    topic: str
    partition: int
    offset: int
    timestamp: datetime | None = None
    key: bytes | None = None

    def coordinates(self) -> tuple[str, int, int]:
        return self.topic, self.partition, self.offset


@dataclass(frozen=True, slots=True)
class Routed:
    destination: Destination
    key: bytes
    value: bytes
    headers: tuple[tuple[str, bytes], ...]
    reason: str | None  # the rejection reason, for dead letters
    language: str | None  # the article's language, for records


def process_message(value: bytes | None, source: Source, options: ParseOptions = ParseOptions()) -> Routed:  # noqa: B008
    """Parse one raw message and say where its outcome goes. Never raises."""
    received_at = source.timestamp or datetime.now(UTC)
    try:
        outcome = parse_article(value or b"", received_at, options)
        if isinstance(outcome, Article):
            return _published(outcome, source)
        return _dead_letter(outcome, source)
    except Exception as error:  # serialisation or a bug: the message still goes somewhere
        rejection = Rejection(
            RejectReason.INTERNAL_ERROR,
            f"{type(error).__name__}: {error} | {traceback.format_exc(limit=3)[-1500:]}",
            value or b"",
            received_at,
            datetime.now(UTC),
            options.pipeline_version,
        )
        return _dead_letter(rejection, source)


def _published(article: Article, source: Source) -> Routed:
    value = orjson.dumps(article.to_dict())
    return Routed("parsed", article.id.encode(), value, _source_headers(source), None, article.language)


def _dead_letter(rejection: Rejection, source: Source) -> Routed:
    record = deadletter_record(rejection, source)
    key = source.key or (rejection.id or f"{source.topic}:{source.partition}:{source.offset}").encode()
    headers = (*_source_headers(source), (HEADER_REASON, str(rejection.reason).encode()))
    return Routed("deadletter", key, orjson.dumps(record), headers, str(rejection.reason), None)


def deadletter_record(rejection: Rejection, source: Source) -> dict[str, Any]:
    """The rejection record plus where the message was consumed (``schemas/deadletter.v1.json``)."""
    return {
        **rejection.to_dict(),
        "schema_version": DEADLETTER_SCHEMA_VERSION,
        "error": f"{rejection.reason}: {rejection.detail}",
        "source_topic": source.topic,
        "source_partition": source.partition,
        "source_offset": source.offset,
        "source_key_base64": None if source.key is None else base64.b64encode(source.key).decode("ascii"),
    }


def _source_headers(source: Source) -> tuple[tuple[str, bytes], ...]:
    return (
        (HEADER_TOPIC, source.topic.encode()),
        (HEADER_PARTITION, str(source.partition).encode()),
        (HEADER_OFFSET, str(source.offset).encode()),
    )


def source_of(headers: dict[str, bytes] | list[tuple[str, bytes]] | None) -> tuple[str, int, int] | None:
    """The raw message's coordinates, read back from a published message's headers."""
    found = dict(headers or [])
    try:
        return found[HEADER_TOPIC].decode(), int(found[HEADER_PARTITION]), int(found[HEADER_OFFSET])
    except (KeyError, ValueError, UnicodeDecodeError):
        return None
