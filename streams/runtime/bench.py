"""`newsstream bench`: the pipeline against its baselines, measured in one run on the embedded broker.

Every figure comes from this run, on this machine, on the same raw articles (SaudiNewsNet rendered
as scraped text when ``../shared`` is there, else the packaged demo articles under new ids):

* a bare aiokafka consume -> produce loop: what Python and Kafka cost by themselves;
* a bare Faust pass-through agent with newsstream's app settings: the framework's ceiling;
* the full pipeline (parse, enrich, dedupe), one worker process, then two;
* the offline core (parse and enrich in this process, no Kafka) on one core;
* worker memory at start and after the run, and end-to-end latency at a steady rate of about half
  the measured throughput.

Throughput is counted by consuming the output topic: the rate between the first and the last output
message, so start-up and group joins are not in it.
"""

from __future__ import annotations

import asyncio
import socket
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer

from streams.core import parse_article
from streams.core.model import from_rfc3339
from streams.inputs import RawItem, iter_items
from streams.runtime.broker import EmbeddedBroker, free_port
from streams.runtime.feed import feed
from streams.runtime.kafka import assign_all, consumer, ensure_topics, producer, start_client
from streams.runtime.memory import rss_mb
from streams.runtime.run import DEMO_DIR, WorkerProcess
from streams.settings import Settings, isolated_settings

CORPUS_CANDIDATES = (
    "../shared/corpora/saudinewsnet/articles.dev.jsonl",
    "../../shared/corpora/saudinewsnet/articles.dev.jsonl",
)


@dataclass(frozen=True)
class Throughput:
    messages: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.messages / self.seconds if self.seconds > 0 else 0.0


def articles(count: int) -> tuple[list[bytes], str]:
    """``count`` raw articles, and where they came from."""
    for candidate in (Path.cwd() / c for c in CORPUS_CANDIDATES):
        if candidate.exists():
            from streams.testing.evaluation import rendered_saudinewsnet

            texts = [case.raw.encode() for case in rendered_saudinewsnet(candidate)]
            return _cycle(texts, count), f"SaudiNewsNet rendered as scraped text ({candidate.resolve()})"
    demo = [item.data for item in iter_items([str(DEMO_DIR)])]
    return _cycle(demo, count), "the packaged demo articles, repeated under new ids"


def _cycle(texts: list[bytes], count: int) -> list[bytes]:
    """``count`` messages: the texts again and again, each time as an envelope with a new id."""
    out = []
    for number in range(count):
        text = texts[number % len(texts)]
        if number >= len(texts):  # a repeat: a new id, so it is a new article to the pipeline
            text = orjson.dumps({"id": f"bench-{number}", "text": text.decode("utf-8", errors="replace")})
        out.append(text)
    return out


def _settings(broker: EmbeddedBroker, **overrides: Any) -> Settings:
    return isolated_settings(broker.url, "bench", **overrides)


async def _count_outputs(
    settings: Settings, topics: list[str], expected: int, timeout: float, records: bool = False
) -> Throughput:
    """Consume ``topics`` until ``expected`` messages came out; the rate between the first and the
    last output's timestamp (set by the worker's producer when it sent it).

    With ``records`` the outputs are newsstream records, and the window opens at the earliest moment
    one was parsed (``parsed_at``, or ``rejected_at`` for dead letters): the pipeline's stages are
    decoupled by a topic, so its first *output* can come long after its work began."""
    client = consumer(settings)
    await start_client(client, settings)
    stamps: list[int] = []
    starts: list[float] = []
    try:
        await assign_all(client, topics, from_beginning=True)
        deadline = time.monotonic() + timeout
        while len(stamps) < expected and time.monotonic() < deadline:
            for batch in (await client.getmany(timeout_ms=200)).values():
                stamps += [record.timestamp for record in batch]
                starts += [_parsed_at_ms(record.value) for record in batch] if records else []
    finally:
        await client.stop()
    if len(stamps) < 2:
        return Throughput(0, 0.0)
    first = min(starts) if starts else min(stamps)
    return Throughput(len(stamps) - 1, (max(stamps) - first) / 1000)


def _parsed_at_ms(value: bytes) -> float:
    record = orjson.loads(value)
    moment = record.get("parsed_at") or record["rejected_at"]
    return from_rfc3339(moment).timestamp() * 1000


async def _produce(settings: Settings, topic: str, values: list[bytes], rate: float | None = None) -> None:
    items = [RawItem(str(i), value, None) for i, value in enumerate(values)]
    await feed(settings.model_copy(update={"raw_topic": topic}), items, rate)


# --- the measurements ---------------------------------------------------------------------------------


async def aiokafka_loop(settings: Settings, values: list[bytes]) -> Throughput:
    """A hand-written consume -> produce loop: the floor of what any Python stream processor pays."""
    await ensure_topics(settings)
    await _produce(settings, settings.raw_topic, values)
    source = consumer(settings, group_id=f"{settings.app_id}-loop", auto_offset_reset="earliest")
    sink = producer(settings)
    await start_client(source, settings)
    await start_client(sink, settings)
    source.subscribe([settings.raw_topic])
    moved = 0
    started = 0.0
    try:
        while moved < len(values):
            batches = await source.getmany(timeout_ms=200, max_records=500)
            started = started or (time.monotonic() if batches else 0.0)  # the clock starts with the first message
            for records in batches.values():
                for record in records:
                    await sink.send(settings.parsed_topic, record.value, key=record.key)
                    moved += 1
        await sink.flush()  # every output acknowledged by the broker
        return Throughput(moved, time.monotonic() - started)
    finally:
        await source.stop()
        await sink.stop()


def _worker_rate(
    settings: Settings, values: list[bytes], processes: int, command: list[str] | None, output: str
) -> tuple[Throughput, list[float]]:
    """Start worker processes, let them form their group, feed, count outputs; RSS (MB) of the first.

    One worker is fed its backlog before it starts, so it runs at its own pace even when it is faster
    than the feeder; several are started first, so that no rebalance falls in the middle of the count.
    """
    asyncio.run(ensure_topics(settings))
    if processes == 1:
        asyncio.run(_produce(settings, settings.raw_topic, values))
    workers = [WorkerProcess(settings.model_copy(update={"web_port": free_port()}), command) for _ in range(processes)]
    try:
        _wait_until_serving(settings, workers)
        rss = [rss_mb(workers[0].process.pid)]  # serving, nothing or little processed yet
        if processes > 1:
            time.sleep(settings.session_timeout / 2 + 1)  # the group forms: a join waits about half of it
            asyncio.run(_produce(settings, settings.raw_topic, values))
        topics = [output, settings.deadletter_topic]
        rate = asyncio.run(_count_outputs(settings, topics, len(values), 600, records=command is None))
        rss.append(rss_mb(workers[0].process.pid))
    finally:
        for worker in workers:
            worker.stop()
    return rate, rss


def _wait_until_serving(settings: Settings, workers: list[WorkerProcess], timeout: float = 60) -> None:
    """Until every worker process answers on its web port."""
    deadline = time.monotonic() + timeout
    for worker in workers:
        port = int(worker.settings.web_port)
        while time.monotonic() < deadline:
            worker.check_alive()
            with socket.socket() as probe:
                if probe.connect_ex((settings.web_host, port)) == 0:
                    break
            time.sleep(0.2)


def faust_passthrough(settings: Settings, values: list[bytes]) -> Throughput:
    command = [sys.executable, "-m", "streams.runtime.bench", "passthrough-worker"]
    return _worker_rate(settings, values, 1, command, settings.parsed_topic)[0]


def pipeline(settings: Settings, values: list[bytes], processes: int) -> tuple[Throughput, list[float]]:
    return _worker_rate(settings, values, processes, None, settings.parsed_topic)


def core(values: list[bytes]) -> Throughput:
    for value in values[:20]:  # models loaded, caches primed as in a running worker
        parse_article(value)
    started = time.perf_counter()
    for value in values:
        parse_article(value)
    return Throughput(len(values), time.perf_counter() - started)


def latency(settings: Settings, values: list[bytes], rate: float) -> list[float]:
    """End-to-end seconds (raw timestamp -> record consumed downstream) at a steady feed rate."""
    asyncio.run(ensure_topics(settings))
    worker = WorkerProcess(settings)
    try:
        time.sleep(settings.session_timeout)  # let the worker join before the clock starts
        return asyncio.run(_steady(settings, values, rate))
    finally:
        worker.stop()


_WARM_UP_ARTICLES = 5


async def _steady(settings: Settings, values: list[bytes], rate: float) -> list[float]:
    client = consumer(settings)
    await start_client(client, settings)
    latencies: list[float] = []
    try:
        await assign_all(client, [settings.parsed_topic], from_beginning=True)
        # The clock starts once the worker has served: a worker still importing, loading its models or
        # joining its group would put its start-up into the first articles' latency (and the p99).
        await _produce(settings, settings.raw_topic, values[:_WARM_UP_ARTICLES], rate)
        await _consume_count(client, _WARM_UP_ARTICLES, time.monotonic() + 60)
        values = values[_WARM_UP_ARTICLES:]
        feeding = asyncio.create_task(_produce(settings, settings.raw_topic, values, rate))
        deadline = time.monotonic() + len(values) / rate + 60
        while len(latencies) < len(values) * 0.95 and time.monotonic() < deadline:
            for records in (await client.getmany(timeout_ms=200)).values():
                now = time.time()
                for record in records:
                    received = orjson.loads(record.value)["received_at"]  # the raw message's timestamp
                    latencies.append(now - from_rfc3339(received).timestamp())
        await feeding
    finally:
        await client.stop()
    return latencies


async def _consume_count(client: AIOKafkaConsumer, count: int, deadline: float) -> None:
    seen = 0
    while seen < count and time.monotonic() < deadline:
        seen += sum(len(records) for records in (await client.getmany(timeout_ms=200)).values())


# --- the command --------------------------------------------------------------------------------------


def run_bench(count: int, say: Callable[[str], None]) -> dict[str, Any]:
    values, origin = articles(count)
    say(f"{count} raw articles from {origin}")
    figures: dict[str, Any] = {"articles": count}
    with EmbeddedBroker() as broker:
        say("bare aiokafka consume->produce loop ...")
        figures["aiokafka_loop_per_second"] = asyncio.run(aiokafka_loop(_settings(broker), values)).per_second
        say("bare Faust pass-through agent, newsstream's app settings ...")
        figures["faust_passthrough_per_second"] = faust_passthrough(_settings(broker), values).per_second
        say("full pipeline, one worker process ...")
        one, rss = pipeline(_settings(broker), values, 1)
        figures["pipeline_per_second"] = one.per_second
        figures["rss_mb_start"], figures["rss_mb_end"] = rss
        say("full pipeline, two worker processes ...")
        two, _ = pipeline(_settings(broker), values, 2)
        figures["pipeline_2_workers_per_second"] = two.per_second
        steady = max(1.0, one.per_second / 2)
        say(f"end-to-end latency at a steady {steady:.0f} articles/s ...")
        samples = latency(_settings(broker), values[: max(50, int(steady * 15))], steady)
    say("offline core, one core ...")
    figures["core_articles_per_second"] = core(values).per_second
    figures["pipeline_vs_faust_passthrough"] = figures["pipeline_per_second"] / max(
        1e-9, figures["faust_passthrough_per_second"]
    )
    figures["scaling_2_workers"] = figures["pipeline_2_workers_per_second"] / max(1e-9, figures["pipeline_per_second"])
    figures["latency_rate_per_second"] = steady
    figures["latency_p50_seconds"] = statistics.median(samples) if samples else None
    figures["latency_p99_seconds"] = statistics.quantiles(samples, n=100)[-1] if len(samples) > 2 else None
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}


LEVERS: dict[str, dict[str, Any]] = {
    "defaults": {},
    "fetch wait 1.5 s (Faust's own)": {"fetch_max_wait": 1.5},
    "fetch wait 500 ms": {"fetch_max_wait": 0.5},
    "fetch wait 20 ms": {"fetch_max_wait": 0.02},
    "linger 0": {"producer_linger": 0.0},
    "linger 50 ms": {"producer_linger": 0.05},
    "batch 256 KiB": {"producer_batch_bytes": 256 * 1024},
    "max poll 100": {"max_poll_records": 100},
    "max poll 2000": {"max_poll_records": 2000},
    "max poll unlimited": {"max_poll_records": None},
    "stream buffer 256": {"stream_buffer_maxsize": 256},
    "stream buffer 16384": {"stream_buffer_maxsize": 16384},
    "uvloop": {"event_loop": "uvloop"},
    "take 100 (within 50 ms)": {"take_batch": 100},
}


def run_levers(count: int, say: Callable[[str], None], repeats: int = 3) -> dict[str, float]:
    """The Faust pass-through ceiling under each documented lever, one at a time, same articles; the
    median of ``repeats`` interleaved rounds (single runs on this machine vary by a factor of two)."""
    values, origin = articles(count)
    say(f"levers on the Faust pass-through agent, {count} raw articles from {origin}, median of {repeats}")
    samples: dict[str, list[float]] = {name: [] for name in LEVERS}
    with EmbeddedBroker() as broker:
        for round_number in range(repeats):
            for name, overrides in LEVERS.items():
                samples[name].append(faust_passthrough(_settings(broker, **overrides), values).per_second)
            say(f"round {round_number + 1}: " + ", ".join(f"{n} {s[-1]:.0f}" for n, s in samples.items()))
    return {name: round(statistics.median(rates), 1) for name, rates in samples.items()}


def _passthrough_worker() -> int:
    """A Faust worker whose only agent forwards raw messages unchanged: the framework's ceiling."""
    from streams.runtime.app import events, faust_app, serve
    from streams.settings import load_settings

    settings = load_settings()
    app = faust_app(settings)
    source = app.topic(settings.raw_topic, key_serializer="raw", value_serializer="raw")
    sink = app.topic(settings.parsed_topic, key_serializer="raw", value_serializer="raw")

    @app.agent(source, name="passthrough")
    async def passthrough(stream: Any) -> None:
        async for event in events(stream, settings):
            await sink.send(key=event.message.key, value=event.message.value)

    return serve(app, settings)


if __name__ == "__main__" and sys.argv[1:] == ["passthrough-worker"]:
    raise SystemExit(_passthrough_worker())
