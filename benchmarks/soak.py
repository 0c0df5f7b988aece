"""Soak: a steady stream for several minutes, to show that nothing grows without bound.

Starts the embedded broker and one worker, feeds raw articles at a steady rate, and every ten
seconds prints the worker's memory (RSS), the throughput out, and the consumer lag read from the
worker's own /metrics. Not a CI test: run it by hand and read the trend.

    python benchmarks/soak.py [--minutes 5] [--rate 60] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import threading
import time
import urllib.request
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.inputs import RawItem  # noqa: E402
from streams.runtime.bench import _settings, articles  # noqa: E402
from streams.runtime.broker import EmbeddedBroker  # noqa: E402
from streams.runtime.feed import feed  # noqa: E402
from streams.runtime.kafka import ensure_topics  # noqa: E402
from streams.runtime.memory import rss_mb  # noqa: E402
from streams.runtime.run import WorkerProcess  # noqa: E402
from streams.settings import Settings  # noqa: E402

SAMPLE_SECONDS = 10


def _scrape(settings: Settings) -> dict[str, float]:
    url = f"http://{settings.web_host}:{settings.web_port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as response:
        text = response.read().decode()
    published = re.search(r"^newsstream_articles_published_total (\S+)$", text, re.M)
    lag = sum(float(v) for v in re.findall(r"^newsstream_consumer_lag\{[^}]*\} (\S+)$", text, re.M))
    return {"published": float(published.group(1)) if published else 0.0, "lag": lag}


async def _feed_steadily(settings: Settings, values: list[bytes], rate: float, seconds: float) -> None:
    count = int(rate * seconds)
    items = [RawItem(str(n), values[n % len(values)], None) for n in range(count)]
    await feed(settings, items, rate)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--rate", type=float, default=60.0, help="articles a second fed")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    seconds = args.minutes * 60
    values, origin = articles(int(args.rate * seconds))
    print(f"soak: {args.minutes} min at {args.rate}/s of {origin}", file=sys.stderr)
    samples = []
    with EmbeddedBroker() as broker:
        settings = _settings(broker)
        asyncio.run(ensure_topics(settings))
        worker = WorkerProcess(settings)
        try:
            time.sleep(settings.session_timeout)
            feeding = asyncio.new_event_loop()
            thread = threading.Thread(
                target=feeding.run_until_complete, args=(_feed_steadily(settings, values, args.rate, seconds),)
            )
            thread.start()
            started, previous = time.monotonic(), 0.0
            while thread.is_alive() or (samples and samples[-1]["lag"] > 0):
                time.sleep(SAMPLE_SECONDS)
                metrics = _scrape(settings)
                sample = {
                    "t": round(time.monotonic() - started),
                    "rss_mb": round(rss_mb(worker.process.pid), 1),
                    "out_per_second": round((metrics["published"] - previous) / SAMPLE_SECONDS, 1),
                    "lag": metrics["lag"],
                }
                previous = metrics["published"]
                samples.append(sample)
                print("t={t:>4}s rss={rss_mb:>7} MB out={out_per_second:>7}/s lag={lag:>6}".format(**sample))
                if time.monotonic() - started > seconds + 120:
                    break
            thread.join()
        finally:
            worker.stop()
    if args.json:
        print(orjson.dumps(samples).decode())


if __name__ == "__main__":
    main()
