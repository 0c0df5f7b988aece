"""The Faust wiring: two agents, and nothing in them but decode, call, route, count.

* ``parse`` (raw topic, any number of partitions and workers): ``process_message`` parses and
  enriches; records go to the single-partition enriched topic, failures to the dead letters.
* ``dedupe`` (enriched topic, one partition, so one worker at a time holds it): ``assign_story``
  judges each record against the ``DuplicateIndex`` and publishes the final record.

At-least-once: Faust flushes its producer before it commits consumed offsets, so the outputs of
every processed message are acknowledged by the broker before that message counts as done; after a
crash the messages since the last commit are processed again and republished under the same key
(the index gives a replayed id its first verdict). At start, the dedupe index is rebuilt from the
parsed topic — the stage's own output is its changelog.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors

from streams.core import ParseOptions, warm_up
from streams.core.enrich.duplicates import DuplicateIndex
from streams.pipeline import Routed, Source, assign_story, process_message, restore_story
from streams.runtime import transport
from streams.runtime.kafka import consumer, ensure_topics, max_request_bytes, read_to_end, start_client
from streams.runtime.memory import return_large_blocks_to_os
from streams.runtime.metrics import PipelineMetrics, create_metrics
from streams.settings import ENV_PREFIX, Settings

LAG_INTERVAL = 5.0  # seconds between consumer-lag measurements
TAKE_WITHIN = 0.05  # seconds a batch of NEWS_TAKE_BATCH events may wait to fill


@dataclass(frozen=True)
class NewsApp:
    app: faust.App
    settings: Settings
    metrics: PipelineMetrics


def create_app(settings: Settings) -> NewsApp:
    app = faust_app(settings)
    metrics = create_metrics()
    # Faust's own sensors (messages, commits, rebalances, send latency) on the same registry; this
    # also serves /metrics on the worker's web port. Its histograms are in milliseconds (its choice).
    setup_prometheus_sensors(app, registry=metrics.registry, name_prefix="faust")
    _wire(app, settings, metrics)
    return NewsApp(app, settings, metrics)


def faust_app(settings: Settings) -> faust.App:
    """The Faust app with newsstream's configuration and no agents (the benchmark reuses it)."""
    os.makedirs(settings.data_dir, exist_ok=True)  # Faust makes only the last folder of its datadir
    app = transport.App(
        settings.app_id,
        broker=settings.broker_url,
        env_prefix=ENV_PREFIX,  # so Faust never picks up a stray BROKER_URL of another program
        broker_credentials=_credentials(settings),
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=min(3.0, settings.session_timeout / 3),
        consumer_auto_offset_reset="earliest",
        consumer_max_fetch_size=max_request_bytes(settings),
        producer_max_request_size=max_request_bytes(settings),
        producer_linger=settings.producer_linger,
        producer_max_batch_size=settings.producer_batch_bytes,
        broker_max_poll_records=settings.max_poll_records,
        stream_buffer_maxsize=settings.stream_buffer_maxsize,
        broker_commit_interval=settings.commit_interval,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_disable_leader=True,
        processing_guarantee="at_least_once",
        web_enabled=True,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        web_in_thread=False,
        store="memory://",
        datadir=os.path.join(settings.data_dir, settings.app_id),
    )
    app.fetch_max_wait_ms = round(settings.fetch_max_wait * 1000)
    return app


def _wire(app: faust.App, settings: Settings, metrics: PipelineMetrics) -> None:
    def topic(name: str) -> Any:
        return app.topic(name, key_serializer="raw", value_serializer="raw", partitions=settings.partitions)

    raw, parsed, deadletter = topic(settings.raw_topic), topic(settings.parsed_topic), topic(settings.deadletter_topic)
    enriched = app.topic(settings.enriched_topic, key_serializer="raw", value_serializer="raw", partitions=1)
    destinations = {"enriched": enriched, "parsed": parsed, "deadletter": deadletter}
    options = ParseOptions(max_bytes=settings.max_message_bytes)
    index = DuplicateIndex(timedelta(days=settings.dedupe_window_days), settings.dedupe_max_entries)
    index_ready = asyncio.Event()

    @app.agent(raw, name="parse")
    async def parse(stream: Any) -> None:
        async for event in events(stream, settings):
            message = event.message
            source = Source(message.topic, message.partition, message.offset, _timestamp(message.timestamp), message.key)
            metrics.consumed.inc()
            routed = process_message(message.value, source, options)
            await _send(destinations[routed.destination], routed, metrics)
            _count_parsed(routed, metrics)

    @app.agent(enriched, name="dedupe")
    async def dedupe(stream: Any) -> None:
        await index_ready.wait()
        async for event in stream.events():
            started = time.perf_counter()
            routed = assign_story(event.message.value, list(event.message.headers or []), index)
            metrics.stage_duration.labels(stage="dedupe").observe(time.perf_counter() - started)
            await _send(parsed, routed, metrics)
            _count_published(routed, metrics)

    @app.timer(interval=LAG_INTERVAL)  # type: ignore[untyped-decorator]
    async def measure_lag() -> None:
        await _measure_lag(app, metrics)

    @app.task  # type: ignore[untyped-decorator]
    async def rebuild_index() -> None:
        """Read the parsed topic back into the dedupe index before the first story is judged."""
        restored = await _rebuild(settings, index)
        app.log.info(f"dedupe index rebuilt from {restored} records")
        index_ready.set()


async def events(stream: Any, settings: Settings) -> AsyncIterator[Any]:
    """The stream's events, one at a time or taken in batches (``NEWS_TAKE_BATCH``); a batch's offsets
    are acknowledged after its last event, so at-least-once holds either way."""
    if not settings.take_batch:
        async for event in stream.events():
            yield event
        return
    async for batch in stream.take_events(settings.take_batch, within=TAKE_WITHIN):
        for event in batch:
            yield event


async def _send(topic: Any, routed: Routed, metrics: PipelineMetrics) -> None:
    started = time.perf_counter()
    await topic.send(key=routed.key, value=routed.value, headers=list(routed.headers))
    metrics.stage_duration.labels(stage="publish").observe(time.perf_counter() - started)


def _count_parsed(routed: Routed, metrics: PipelineMetrics) -> None:
    for stage, seconds in routed.timings:
        metrics.stage_duration.labels(stage=stage).observe(seconds)
    if routed.reason is not None:
        metrics.dead_lettered.labels(reason=routed.reason).inc()
    for entity_type in routed.entity_types:
        metrics.entities.labels(type=entity_type).inc()


def _count_published(routed: Routed, metrics: PipelineMetrics) -> None:
    metrics.published.inc()
    metrics.by_language.labels(language=routed.language or "und").inc()
    metrics.duplicates.labels(kind=routed.duplicate or "none").inc()
    if routed.received_at is not None:
        metrics.end_to_end.observe(max(0.0, (datetime.now(UTC) - routed.received_at).total_seconds()))


async def _measure_lag(app: faust.App, metrics: PipelineMetrics) -> None:
    """Lag per assigned partition: fetch high watermark (trustworthy on the embedded broker, unlike
    its end-offset lookup) minus the consumer's position."""
    consumer = app.consumer
    metrics.consumer_lag.clear()  # partitions handed to another worker must not linger
    for partition in consumer.assignment():
        highwater = consumer.highwater(partition)
        position = await consumer.position(partition)
        if highwater is None or position is None:
            continue
        metrics.consumer_lag.labels(topic=partition.topic, partition=str(partition.partition)).set(
            max(0, highwater - position)
        )


async def _rebuild(settings: Settings, index: DuplicateIndex) -> int:
    client = consumer(settings)
    await start_client(client, settings)
    restored = 0
    try:
        async for record in read_to_end(client, [settings.parsed_topic], idle_ms=1000):
            restore_story(record.value, list(record.headers or []), index)
            restored += 1
    finally:
        await client.stop()
    return restored


def _timestamp(seconds: float | None) -> datetime | None:
    return datetime.fromtimestamp(seconds, UTC) if seconds else None


def _credentials(settings: Settings) -> Any:
    if settings.uses_sasl:
        password = settings.sasl_password.get_secret_value() if settings.sasl_password else None
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=password,
            mechanism=settings.sasl_mechanism,
            ssl_context=settings.ssl_context(),
        )
    if settings.uses_tls:
        return faust.SSLCredentials(settings.ssl_context())
    return None


def run_worker(settings: Settings) -> int:
    """Create the topics, then run the Faust worker until SIGTERM or SIGINT (graceful: it commits).

    An unreachable broker ends here with one clear line (``BrokerUnreachable``), after retries with
    backoff, instead of Faust's endless reconnect loop: whoever starts the worker sees why at once.
    """
    client_log = logging.getLogger("aiokafka")
    level = client_log.level
    client_log.setLevel(logging.CRITICAL)  # its per-attempt errors would bury the one line that matters
    try:
        asyncio.run(ensure_topics(settings))
    finally:
        client_log.setLevel(level)
    warm_up()  # models loaded before the worker joins: its first article is not ~0.3 s late
    return serve(create_app(settings).app, settings)


def serve(app: faust.App, settings: Settings) -> int:
    return_large_blocks_to_os()  # see streams/runtime/memory.py: RSS then follows live memory
    if settings.event_loop == "uvloop":
        import mode.loop

        mode.loop.use("uvloop")  # installs uvloop's policy before the worker creates its loop
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
    return 0
