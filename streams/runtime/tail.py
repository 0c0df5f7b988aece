"""`newsstream tail` and the output counting of `newsstream run`: reading topics without a group."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable

from aiokafka import AIOKafkaConsumer

from streams.pipeline import source_of
from streams.runtime.kafka import assign_all, consumer, start_client
from streams.settings import Settings

Coordinates = tuple[str, int, int]


async def tail(settings: Settings, topic: str, from_beginning: bool, limit: int | None) -> int:
    """Print message values of ``topic`` as JSON Lines; stop after ``limit`` messages if given."""
    client = consumer(settings)
    await start_client(client, settings)
    printed = 0
    try:
        await assign_all(client, [topic], from_beginning)
        out = sys.stdout.buffer
        while limit is None or printed < limit:
            batches = await client.getmany(timeout_ms=500, max_records=limit - printed if limit else None)
            for records in batches.values():
                for record in records:
                    out.write((record.value or b"") + b"\n")
                    printed += 1
            out.flush()
    finally:
        await client.stop()
    return printed


class OutputCounter:
    """Which raw messages have come out on the parsed and the dead-letter topics (by coordinates).

    Counting by consuming, not by end offsets: the embedded broker's offset lookups under-report
    (field notes §4). Redelivered duplicates count once.
    """

    def __init__(self, settings: Settings, from_beginning: bool = True) -> None:
        self.settings = settings
        self.from_beginning = from_beginning
        self.parsed: set[Coordinates] = set()
        self.dead_lettered: set[Coordinates] = set()
        self.client: AIOKafkaConsumer = consumer(settings)

    async def start(self) -> None:
        await start_client(self.client, self.settings)
        topics = [self.settings.parsed_topic, self.settings.deadletter_topic]
        await assign_all(self.client, topics, self.from_beginning)

    async def stop(self) -> None:
        await self.client.stop()

    async def poll(self) -> None:
        batches = await self.client.getmany(timeout_ms=200)
        for partition, records in batches.items():
            seen = self.parsed if partition.topic == self.settings.parsed_topic else self.dead_lettered
            for record in records:
                coordinates = source_of(list(record.headers or []))
                if coordinates is not None:
                    seen.add(coordinates)

    async def wait_for(
        self, expected: Iterable[Coordinates], timeout: float, on_poll: Callable[[], None] | None = None
    ) -> bool:
        """Poll until every expected raw message has an output; False on timeout."""
        wanted = set(expected)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            await self.poll()
            if on_poll:
                on_poll()
            if wanted <= self.parsed | self.dead_lettered:
                return True
        return False
