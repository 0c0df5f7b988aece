"""Helpers for integration tests against the real embedded broker: no mocks of Kafka anywhere."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from dataclasses import dataclass

from streams.inputs import RawItem, iter_items
from streams.pipeline import source_of
from streams.runtime.feed import FeedReport, feed
from streams.runtime.kafka import assign_all, consumer, start_client
from streams.settings import Settings, isolated_settings

Coordinates = tuple[str, int, int]


def unique_settings(broker_url: str, **overrides: object) -> Settings:
    """Settings with topics and group of their own, so tests never see each other's messages."""
    return isolated_settings(broker_url, "test", **overrides)


def feed_items(settings: Settings, items: Iterable[RawItem]) -> FeedReport:
    return asyncio.run(feed(settings, list(items)))


def feed_paths(settings: Settings, *paths: str) -> FeedReport:
    return feed_items(settings, iter_items(paths))


@dataclass(frozen=True)
class Output:
    topic: str
    key: bytes | None
    value: bytes
    source: Coordinates | None


def collect_outputs(settings: Settings, expected: Iterable[Coordinates], timeout: float = 90.0) -> list[Output]:
    """Consume the parsed and dead-letter topics from the beginning until every expected raw
    message has an output (or the timeout passes); every output read, duplicates included."""
    return asyncio.run(_collect(settings, set(expected), timeout))


def outputs_so_far(settings: Settings, seconds: float = 1.0) -> list[Output]:
    """Everything on the parsed and dead-letter topics, read for ``seconds``."""
    return asyncio.run(_collect(settings, None, seconds))


async def _collect(settings: Settings, expected: set[Coordinates] | None, timeout: float) -> list[Output]:
    client = consumer(settings)
    await start_client(client, settings)
    outputs: list[Output] = []
    try:
        await assign_all(client, [settings.parsed_topic, settings.deadletter_topic], from_beginning=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and (expected is None or not expected <= {o.source for o in outputs}):
            for partition, records in (await client.getmany(timeout_ms=300)).items():
                outputs += [
                    Output(partition.topic, r.key, r.value or b"", source_of(list(r.headers or []))) for r in records
                ]
    finally:
        await client.stop()
    return outputs
