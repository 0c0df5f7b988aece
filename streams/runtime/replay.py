"""`newsstream replay-deadletter`: send dead-lettered originals back to the raw topic.

Once a fix has shipped (a parser change, a higher size limit), the messages it would have saved are
still on the dead-letter topic with their exact original bytes. This reads that topic from the
beginning, picks the dead letters with the given reasons (all by default), and produces each
original again to the raw topic with its original key and a header naming where it was replayed
from. Replaying an article twice is harmless downstream: it comes out under the same record id.
"""

from __future__ import annotations

import base64
from collections import Counter
from dataclasses import dataclass, field

import orjson

from streams.runtime.kafka import consumer, producer, read_to_end, start_client
from streams.settings import Settings

HEADER_REPLAYED_FROM = "newsstream-replayed-from"
IDLE_POLL_MS = 2000  # the dead-letter topic is read until a poll this long brings nothing


@dataclass
class ReplayReport:
    read: int = 0
    replayed: Counter[str] = field(default_factory=Counter)  # by reason


async def replay_deadletter(settings: Settings, reasons: frozenset[str] | None = None) -> ReplayReport:
    source = consumer(settings)
    sink = producer(settings, acks="all")
    await start_client(source, settings)
    await start_client(sink, settings)
    report = ReplayReport()
    try:
        async for record in read_to_end(source, [settings.deadletter_topic], IDLE_POLL_MS):
            report.read += 1
            letter = orjson.loads(record.value)
            if reasons is not None and letter["reason"] not in reasons:
                continue
            key = letter.get("source_key_base64")
            origin = f"{record.topic}:{record.partition}:{record.offset}".encode()
            await sink.send(
                settings.raw_topic,
                base64.b64decode(letter["original_base64"]),
                key=base64.b64decode(key) if key else None,
                headers=[(HEADER_REPLAYED_FROM, origin)],
            )
            report.replayed[letter["reason"]] += 1
        await sink.flush()
    finally:
        await source.stop()
        await sink.stop()
    return report
