"""Kafka clients for the CLI (feed, tail, run) and topic creation, configured from the settings."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError, TopicAlreadyExistsError

from streams.settings import Settings

CONNECT_ATTEMPTS = 3  # with backoff: a broker that is still starting gets a few seconds
REQUEST_TIMEOUT_MS = 10_000


class BrokerUnreachable(RuntimeError):
    """No broker answered at the configured address."""


def max_request_bytes(settings: Settings) -> int:
    """Producers must carry a too-large raw message to the worker, and its dead letter (base64) on."""
    return 4 * settings.max_message_bytes + 1024 * 1024


async def start_client(client: AIOKafkaProducer | AIOKafkaConsumer | AIOKafkaAdminClient, settings: Settings) -> None:
    """Start a client, retrying with backoff, or raise ``BrokerUnreachable`` with a one-line reason."""
    delay = 0.5
    for attempt in range(1, CONNECT_ATTEMPTS + 1):
        try:
            await client.start()
            return
        except (KafkaConnectionError, KafkaError, OSError) as error:
            await _close_quietly(client)
            if attempt == CONNECT_ATTEMPTS:
                raise BrokerUnreachable(f"cannot reach the Kafka broker at {settings.broker_url} ({error})") from error
            await asyncio.sleep(delay)
            delay *= 2


async def _close_quietly(client: AIOKafkaProducer | AIOKafkaConsumer | AIOKafkaAdminClient) -> None:
    try:
        await client.close() if isinstance(client, AIOKafkaAdminClient) else await client.stop()
    except Exception:
        return


def producer(settings: Settings, **options: Any) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        **settings.kafka_client_options(),
        max_request_size=max_request_bytes(settings),
        request_timeout_ms=REQUEST_TIMEOUT_MS,
        linger_ms=int(settings.producer_linger * 1000),
        **options,
    )


def consumer(settings: Settings, **options: Any) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        **settings.kafka_client_options(),
        max_partition_fetch_bytes=max_request_bytes(settings),
        fetch_max_bytes=max_request_bytes(settings),
        request_timeout_ms=REQUEST_TIMEOUT_MS,
        enable_auto_commit=False,
        **options,
    )


async def ensure_topics(settings: Settings) -> list[str]:
    """Create the raw, parsed and dead-letter topics unless they exist; the names it created."""
    admin = AIOKafkaAdminClient(**settings.kafka_client_options(), request_timeout_ms=REQUEST_TIMEOUT_MS)
    await start_client(admin, settings)
    try:
        existing = set(await admin.list_topics())
        wanted = {
            settings.raw_topic: settings.partitions,
            settings.parsed_topic: settings.partitions,
            settings.deadletter_topic: settings.partitions,
            settings.enriched_topic: 1,  # one partition: one dedupe index sees every article
        }
        missing = [name for name in wanted if name not in existing]
        if missing:
            topics = [
                NewTopic(name, wanted[name], settings.replication_factor, topic_configs=_topic_config(settings))
                for name in missing
            ]
            with contextlib.suppress(TopicAlreadyExistsError):  # another worker won the race
                await admin.create_topics(topics)
        return missing
    finally:
        await admin.close()


def _topic_config(settings: Settings) -> dict[str, str]:
    return {"max.message.bytes": str(max_request_bytes(settings))}


async def read_to_end(client: AIOKafkaConsumer, topics: list[str], idle_ms: int) -> AsyncIterator[Any]:
    """Every record of ``topics`` from the beginning, until a poll of ``idle_ms`` brings nothing: the
    embedded broker's end-offset lookup reads low (field notes §4), so the end is where the log goes quiet."""
    await assign_all(client, topics, from_beginning=True)
    while batches := await client.getmany(timeout_ms=idle_ms):
        for records in batches.values():
            for record in records:
                yield record


_TOPIC_METADATA_WAIT = 15.0  # seconds a topic may take to appear before it is reported missing


async def assign_all(client: AIOKafkaConsumer, topics: list[str], from_beginning: bool) -> None:
    """Read every partition of ``topics`` without a consumer group (for tail and counting)."""
    partitions = []
    for topic in topics:
        found: set[int] = set()
        # Metadata of a topic created a moment ago may lag, and so may a loaded broker's just resumed.
        deadline = asyncio.get_running_loop().time() + _TOPIC_METADATA_WAIT
        while not found and asyncio.get_running_loop().time() < deadline:
            # aiokafka (pinned) has no public call for a fresh partition list of a topic
            cluster = await client._client.fetch_all_metadata()
            found = cluster.partitions_for_topic(topic) or set()
            if not found:
                await asyncio.sleep(0.1)
        if not found:
            raise BrokerUnreachable(f"topic {topic} does not exist at {client._client._bootstrap_servers}")
        partitions += [TopicPartition(topic, p) for p in sorted(found)]
    client.assign(partitions)
    if from_beginning:
        await client.seek_to_beginning(*partitions)
        return
    # Resolve the end now, not lazily at the first fetch (what seek_to_end does): messages produced
    # in between would be skipped. On the embedded broker this lookup may read low, which only
    # means re-reading a few older messages.
    for partition, offset in (await client.end_offsets(partitions)).items():
        client.seek(partition, offset)
