"""Faust's aiokafka driver with the one consumer knob Faust hard-codes: how long a fetch may wait.

faust-streaming 0.15 creates its worker consumer with ``fetch_max_wait_ms=1500``. aiokafka keeps one
fetch in flight per broker, built from the partitions whose buffered records have been handed out;
when that fetch names only partitions with nothing new, the broker holds it for the whole wait, and
the records that meanwhile arrive on the other partitions wait behind it. Measured on the embedded
broker (Faust pass-through, 3,000 queued articles, six runs each): with 1.5 s, five runs stalled for
about a second near the end (about 1,500 msg/s); with 100 ms, none did (2,900–3,800 msg/s). In a
live stream the same wait shows up as end-to-end latency. ``NEWS_FETCH_MAX_WAIT`` sets it.
"""

from __future__ import annotations

from typing import Any

import aiokafka
import faust
from faust.transport.drivers import aiokafka as driver


class App(faust.App):
    """A Faust app whose worker consumer fetches with ``fetch_max_wait_ms``."""

    fetch_max_wait_ms: int = 1500  # Faust's own value until the settings say otherwise

    def _new_transport(self) -> Any:
        return Transport(self.conf.broker_consumer, self)


class _ConsumerThread(driver.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: driver.Transport) -> aiokafka.AIOKafkaConsumer:
        client = super()._create_worker_consumer(transport)
        # aiokafka (pinned) reads this attribute when the consumer starts and builds its fetcher.
        client._fetch_max_wait_ms = getattr(self.app, "fetch_max_wait_ms", App.fetch_max_wait_ms)
        return client


class _Consumer(driver.Consumer):
    def _new_consumer_thread(self) -> _ConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class Transport(driver.Transport):
    Consumer = _Consumer
