"""What the Faust agents do besides sending, as plain functions: testable without a broker.

Two stages:

1. ``process_message``: one raw message -> an enriched record for the dedupe stage, or a dead
   letter. Never raises: whatever cannot become a record (including a bug anywhere below) becomes
   a dead-letter record carrying the reason, the original bytes and where they came from.
2. ``assign_story``: one enriched record -> the final record with its story verdict, judged against
   the ``DuplicateIndex`` of the single dedupe partition.

Every published message carries the raw message's coordinates in headers, and enriched or final
records their similarity signature, so the dedupe stage can rebuild its index from its own output.
"""

from __future__ import annotations

import base64
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import orjson

from streams.core import Article, ParseOptions, Rejection, RejectReason, parse_article
from streams.core.enrich.duplicates import DuplicateIndex, Signature, Verdict, signature
from streams.core.enrich.tokens import tokenize
from streams.core.model import from_rfc3339
from streams.core.timing import Timings

DEADLETTER_SCHEMA_VERSION = 1
Destination = Literal["enriched", "parsed", "deadletter"]

# Headers every published message carries: where its raw message was consumed. Consumers use them
# to trace a record back, `newsstream run` to count conservation exactly under redelivery.
HEADER_TOPIC = "newsstream-source-topic"
HEADER_PARTITION = "newsstream-source-partition"
HEADER_OFFSET = "newsstream-source-offset"
HEADER_REASON = "newsstream-reject-reason"
HEADER_SIGNATURE = "newsstream-signature"


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
    """A message to publish, and what the metrics need to know about it."""

    destination: Destination
    key: bytes
    value: bytes
    headers: tuple[tuple[str, bytes], ...]
    reason: str | None = None  # the rejection reason, for dead letters
    language: str | None = None  # the article's language, for records
    timings: Timings = ()  # seconds per core stage
    entity_types: tuple[str, ...] = ()  # one per entity found
    duplicate: str | None = None  # the dedupe stage's verdict: exact, near, or None
    received_at: datetime | None = None  # the raw message's timestamp, for end-to-end latency


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
    headers = _source_headers(source)
    entity_types: tuple[str, ...] = ()
    if article.enrichment is not None:
        headers += ((HEADER_SIGNATURE, article.enrichment.signature.to_bytes()),)
        entity_types = tuple(e.type for e in article.enrichment.entities)
    return Routed(
        "enriched",
        article.id.encode(),
        value,
        headers,
        language=article.language,
        timings=article.timings,
        entity_types=entity_types,
    )


def assign_story(value: bytes, headers: list[tuple[str, bytes]], index: DuplicateIndex) -> Routed:
    """Judge an enriched record against the stories seen so far and finalise it."""
    record = orjson.loads(value)
    seen_at = from_rfc3339(record["received_at"])
    verdict = index.observe(record["id"], record["fingerprint"], _signature(record, headers), seen_at)
    record.update(story_id=verdict.story_id, duplicate=verdict.duplicate, duplicate_of=verdict.duplicate_of)
    return Routed(
        "parsed",
        record["id"].encode(),
        orjson.dumps(record),
        tuple(headers),
        language=record["language"],
        duplicate=verdict.duplicate,
        received_at=seen_at,
    )


def restore_story(value: bytes, headers: list[tuple[str, bytes]], index: DuplicateIndex) -> None:
    """Put a final record read back from the output topic into the index (after a restart)."""
    record = orjson.loads(value)
    verdict = Verdict(record["story_id"], record["duplicate"], record["duplicate_of"])
    seen_at = from_rfc3339(record["received_at"])
    index.restore(record["id"], record["fingerprint"], _signature(record, headers), seen_at, verdict)


def _signature(record: dict[str, Any], headers: list[tuple[str, bytes]]) -> Signature:
    carried = dict(headers).get(HEADER_SIGNATURE)
    if carried is not None and len(carried) == Signature.packed_size():
        return Signature.from_bytes(carried)
    return signature(tokenize(record["body"]))  # older records carry none; a damaged one is not trusted


def _dead_letter(rejection: Rejection, source: Source) -> Routed:
    record = deadletter_record(rejection, source)
    key = source.key or (rejection.id or f"{source.topic}:{source.partition}:{source.offset}").encode()
    headers = (*_source_headers(source), (HEADER_REASON, str(rejection.reason).encode()))
    return Routed("deadletter", key, orjson.dumps(record), headers, str(rejection.reason), timings=rejection.timings)


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
