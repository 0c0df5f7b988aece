"""`newsstream run`: the zero-setup main job.

Starts the embedded broker unless NEWS_BROKER_URL is set, creates the topics, starts a worker
process, feeds the given paths (or the packaged demo articles), and then either waits until every
fed article has come out on the parsed or dead-letter topic (``--exit-when-done``) or serves with a
live summary until Ctrl-C.
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any, ClassVar

import orjson

from streams.inputs import RawItem, iter_items
from streams.runtime.broker import EmbeddedBroker, free_port
from streams.runtime.feed import FeedReport, Progress, feed
from streams.runtime.kafka import ensure_topics
from streams.runtime.tail import OutputCounter
from streams.settings import Settings

DEMO_DIR = Path(__file__).resolve().parents[1] / "demo"
WORKER_STOP_TIMEOUT = 30.0


@dataclass(frozen=True)
class RunOptions:
    paths: tuple[str, ...]
    exit_when_done: bool
    timeout: float
    rate: float | None


class WorkerProcess:
    """`newsstream worker` as a child process, its log in a file, stopped by its PID."""

    running: ClassVar[set[WorkerProcess]] = set()  # every worker not yet stopped (tests stop leftovers)

    def __init__(self, settings: Settings, command: list[str] | None = None) -> None:
        self.log = tempfile.NamedTemporaryFile(prefix="newsstream-worker-", suffix=".log", delete=False)  # noqa: SIM115
        self.settings = settings
        self.killed = False
        command = command or [sys.executable, "-m", "streams.cli", "worker"]
        self.process = subprocess.Popen(command, env=settings.environment(), stdout=self.log, stderr=subprocess.STDOUT)
        WorkerProcess.running.add(self)

    def check_alive(self) -> None:
        if self.process.poll() is not None:
            raise RuntimeError(f"the worker exited with code {self.process.returncode}; its log: {self.log.name}")

    def kill(self) -> None:
        """SIGKILL, as a crash would end it (fault tests): no commit, no goodbye; the exit was asked for."""
        self.killed = True
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        """Stop the worker; its log is removed when it ran and stopped cleanly (or was killed on purpose), kept and
        named when it did not."""
        WorkerProcess.running.discard(self)
        died_by_itself = self.process.poll() not in (None, 0) and not self.killed
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # graceful: Faust commits and leaves the group
            try:
                self.process.wait(WORKER_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        if died_by_itself or (self.process.returncode not in (0, -signal.SIGTERM) and not self.killed):
            print(f"newsstream: the worker exited with code {self.process.returncode}; its log: {self.log.name}",
                  file=sys.stderr)  # fmt: skip
        else:
            Path(self.log.name).unlink(missing_ok=True)  # a clean run's log would pile up in the temp folder


def run(settings: Settings, options: RunOptions) -> int:
    items = list(iter_items(options.paths or [str(DEMO_DIR)]))
    broker = None if settings.broker_configured else EmbeddedBroker().start()
    if broker is not None:
        settings = settings.model_copy(update={"broker_url": broker.url})
    if not settings.web_port or _port_taken(settings.web_host, settings.web_port):
        settings = settings.model_copy(update={"web_port": free_port(settings.web_host)})
    _stop_on_sigterm()
    worker: WorkerProcess | None = None
    try:
        asyncio.run(ensure_topics(settings))
        worker = WorkerProcess(settings)
        return asyncio.run(_feed_and_watch(settings, options, items, worker, embedded=broker is not None))
    except KeyboardInterrupt:
        return 130
    finally:
        if worker is not None:
            worker.stop()
        if broker is not None:
            broker.stop()


async def _feed_and_watch(
    settings: Settings, options: RunOptions, items: list[RawItem], worker: WorkerProcess, embedded: bool
) -> int:
    metrics_url = f"http://{settings.web_host}:{settings.web_port}/metrics"
    print(f"newsstream run: broker {settings.broker_url}{' (embedded)' if embedded else ''}, "
          f"metrics {metrics_url}", file=sys.stderr)  # fmt: skip
    counter = OutputCounter(settings, from_beginning=embedded)  # a real cluster's topics hold history
    await counter.start()
    try:
        started = time.monotonic()
        report = await feed(settings, items, options.rate, Progress(len(items)))
        if options.exit_when_done:
            done = await counter.wait_for(report.coordinates, options.timeout, worker.check_alive)
            summary = _summary(report, counter, started, settings, metrics_url, embedded, done)
            print(orjson.dumps(summary).decode())
            return 0 if done and summary["fed"] == summary["parsed"] + summary["dead_lettered"] else 1
        await _serve(counter, report, started, metrics_url, worker)
        return 0
    finally:
        await counter.stop()


def _summary(
    report: FeedReport, counter: OutputCounter, started: float, settings: Settings, metrics_url: str, embedded: bool,
    done: bool,
) -> dict[str, Any]:  # fmt: skip
    fed = set(report.coordinates)
    seconds = time.monotonic() - started
    parsed, dead = len(fed & counter.parsed), len(fed & counter.dead_lettered)
    return {
        "fed": report.sent,
        "parsed": parsed,
        "dead_lettered": dead,
        "seconds": round(seconds, 3),
        "articles_per_second": round((parsed + dead) / seconds, 1) if seconds else None,
        "complete": done,
        "broker": settings.broker_url,
        "embedded_broker": embedded,
        "metrics_url": metrics_url,
    }


async def _serve(
    counter: OutputCounter, report: FeedReport, started: float, metrics_url: str, worker: WorkerProcess
) -> None:
    """Keep serving, with a live summary line, until Ctrl-C or SIGTERM."""
    while True:
        await counter.poll()
        worker.check_alive()
        out = len(counter.parsed) + len(counter.dead_lettered)
        rate = out / max(time.monotonic() - started, 1e-9)
        sys.stderr.write(
            f"\rfed {report.sent} | parsed {len(counter.parsed)} | dead-lettered {len(counter.dead_lettered)}"
            f" | {rate:,.0f} articles/s | metrics {metrics_url} | Ctrl-C to stop "
        )
        sys.stderr.flush()
        await asyncio.sleep(1)


def _port_taken(host: str, port: int) -> bool:
    import socket

    with socket.socket() as probe:
        return probe.connect_ex((host, port)) == 0


def _stop_on_sigterm() -> None:
    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
