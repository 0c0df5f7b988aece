"""`newsstream feed`: raw articles from files onto the raw topic, one message each, unjudged."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from streams.inputs import RawItem
from streams.runtime.kafka import producer, start_client
from streams.settings import Settings

Coordinates = tuple[str, int, int]
_BATCH = 500  # sends in flight before we wait for their acknowledgements


@dataclass
class FeedReport:
    sent: int = 0
    seconds: float = 0.0
    coordinates: list[Coordinates] = field(default_factory=list)  # where each message landed


class Progress:
    """A one-line progress bar with the rate, redrawn at most five times a second."""

    def __init__(self, total: int, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.total, self.stream, self.width = total, stream, width
        self.started = time.monotonic()
        self._drawn = 0.0

    def update(self, done: int, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self._drawn < 0.2:
            return
        self._drawn = now
        rate = done / max(now - self.started, 1e-9)
        filled = int(self.width * done / self.total) if self.total else self.width
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\rfeed [{bar}] {done}/{self.total} {rate:,.0f} msg/s")
        if final:
            self.stream.write("\n")
        self.stream.flush()


async def feed(
    settings: Settings, items: Sequence[RawItem], rate: float | None = None, progress: Progress | None = None
) -> FeedReport:
    """Send every item to the raw topic, keyed by its envelope id when it has one."""
    client = producer(settings, acks="all")
    await start_client(client, settings)
    report = FeedReport()
    started = time.monotonic()
    try:
        pending: list[asyncio.Future[object]] = []
        for index, item in enumerate(items):
            if rate:
                await _throttle(started, index, rate)
            key = item.key.encode() if item.key is not None else None
            pending.append(await client.send(settings.raw_topic, item.data, key=key))
            if len(pending) >= _BATCH:
                await _settle(pending, report)
                if progress:
                    progress.update(report.sent)
        await _settle(pending, report)
    finally:
        await client.stop()
    report.seconds = time.monotonic() - started
    if progress:
        progress.update(report.sent, final=True)
    return report


async def _throttle(started: float, index: int, rate: float) -> None:
    due = started + index / rate
    delay = due - time.monotonic()
    if delay > 0:
        await asyncio.sleep(delay)


async def _settle(pending: list[asyncio.Future[object]], report: FeedReport) -> None:
    for metadata in await asyncio.gather(*pending):
        report.coordinates.append((metadata.topic, metadata.partition, metadata.offset))  # type: ignore[attr-defined]
    report.sent += len(pending)
    pending.clear()
