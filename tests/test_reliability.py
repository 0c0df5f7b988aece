"""Faults against the real embedded broker: killed workers, a frozen broker, an unreachable one,
hostile input, and replaying dead letters once a fix has shipped. Counting is by consuming, by the
raw messages' coordinates: every article fed must come out on the parsed or the dead-letter topic.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator

import orjson
import pytest

from streams.core import ParseOptions, Rejection, RejectReason, parse_article
from streams.inputs import RawItem
from streams.runtime.broker import EmbeddedBroker, free_port
from streams.runtime.run import WorkerProcess
from streams.settings import Settings
from tests.conftest import ROOT
from tests.stream_support import Output, collect_outputs, feed_items, outputs_so_far, unique_settings

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def broker() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker() as running:
        yield running


def _articles(count: int, start: int = 0) -> list[RawItem]:
    body = "هذا نص الخبر وهو طويل بما يكفي ليكون فقرة كاملة من فقرات المقال المنشور اليوم في الصحيفة."
    return [
        RawItem(f"a{n}", orjson.dumps({"id": f"article-{n}", "text": f"خبر رقم {n}\n{body} رقم {n}."}), f"article-{n}")
        for n in range(start, start + count)
    ]


def _wait_for_outputs(settings: Settings, at_least: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(outputs_so_far(settings)) >= at_least:
            return
    raise AssertionError(f"fewer than {at_least} outputs after {timeout} s")


def _assert_conserved(outputs: list[Output], fed: list[tuple[str, int, int]]) -> Counter[tuple[str, int, int] | None]:
    """Every fed message came out; duplicates (replays) carry the same key as their first copy."""
    assert {o.source for o in outputs} >= set(fed)
    keys: dict[tuple[str, int, int] | None, set[bytes | None]] = {}
    for output in outputs:
        keys.setdefault(output.source, set()).add(output.key)
    assert all(len(k) == 1 for k in keys.values()), "a replayed article must come out under its first id"
    return Counter(o.source for o in outputs)


def test_worker_killed_mid_stream_and_restarted_loses_nothing(broker: EmbeddedBroker) -> None:
    settings = unique_settings(broker.url)
    workers = [WorkerProcess(settings)]
    try:
        report = feed_items(settings, _articles(400))
        _wait_for_outputs(settings, 40)
        workers[0].kill()  # SIGKILL: no commit, no goodbye
        workers.append(WorkerProcess(settings))
        outputs = collect_outputs(settings, report.coordinates, timeout=120)
    finally:
        for worker in workers:  # no worker outlives the test, whatever failed
            worker.stop()
    copies = _assert_conserved(outputs, report.coordinates)
    replayed = sum(n - 1 for n in copies.values())
    print(f"\nSIGKILL: {len(report.coordinates)} fed, {replayed} replayed after restart")
    assert replayed < len(report.coordinates)  # only what was not committed yet


def test_two_workers_one_killed_the_other_finishes(broker: EmbeddedBroker) -> None:
    settings = unique_settings(broker.url)
    workers = [WorkerProcess(settings), WorkerProcess(settings.model_copy(update={"web_port": free_port()}))]
    try:
        time.sleep(settings.session_timeout)  # both in the group
        report = feed_items(settings, _articles(300))
        _wait_for_outputs(settings, 20)
        workers[0].kill()
        outputs = collect_outputs(settings, report.coordinates, timeout=120)
    finally:
        for worker in workers:
            worker.stop()
    _assert_conserved(outputs, report.coordinates)


def test_broker_frozen_for_20_seconds_then_resumed(broker: EmbeddedBroker) -> None:
    settings = unique_settings(broker.url)
    worker = WorkerProcess(settings)
    try:
        before = feed_items(settings, _articles(100))
        collect_outputs(settings, before.coordinates)
        assert broker.pid is not None
        os.kill(broker.pid, signal.SIGSTOP)
        try:
            time.sleep(20)
        finally:
            os.kill(broker.pid, signal.SIGCONT)
        after = feed_items(settings, _articles(100, start=100))
        outputs = collect_outputs(settings, before.coordinates + after.coordinates, timeout=120)
        worker.check_alive()  # it recovered by itself
    finally:
        worker.stop()
    _assert_conserved(outputs, before.coordinates + after.coordinates)


def test_worker_against_an_unreachable_broker_fails_clearly() -> None:
    settings = Settings(broker_url=f"kafka://127.0.0.1:{free_port()}")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "streams.cli", "worker"],
        env=settings.environment(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot reach the Kafka broker" in lines[0], result.stderr
    assert time.monotonic() - started < 30  # retried with backoff, then gave up


def test_hostile_messages_are_dead_lettered_with_their_reason(broker: EmbeddedBroker) -> None:
    settings = unique_settings(broker.url, max_message_bytes=64 * 1024)
    hostile = {
        "invalid_utf8": b"\xc3\x28 broken",
        "binary_content": b"\x01\x02\x03\x04" * 100,
        "invalid_json": b'{"a":' * 3000 + b"1" + b"}" * 3000,  # nested deeper than the parser allows
        "not_an_object": b'["a", "b"]',
        "empty_content": b" \n\t ",
        "too_large": ("كلمة " * 20000).encode(),
    }
    items = [RawItem(reason, data, None) for reason, data in hostile.items()]
    worker = WorkerProcess(settings)
    try:
        report = feed_items(settings, items)
        outputs = collect_outputs(settings, report.coordinates)
    finally:
        worker.stop()
    by_source = {o.source: o for o in outputs}
    for item, coordinates in zip(items, report.coordinates, strict=True):
        letter = orjson.loads(by_source[coordinates].value)
        assert by_source[coordinates].topic == settings.deadletter_topic
        assert letter["reason"] == item.origin
        assert letter["original_size"] == len(item.data)


def test_replay_deadletter_after_a_fix(broker: EmbeddedBroker) -> None:
    strict = unique_settings(broker.url, max_message_bytes=2048)
    big = RawItem("big", orjson.dumps({"id": "long-read", "text": "عنوان طويل\n" + "نص طويل جدا. " * 400}), "long-read")
    worker = WorkerProcess(strict)
    try:
        report = feed_items(strict, [big, *_articles(3)])
        outputs = collect_outputs(strict, report.coordinates)
    finally:
        worker.stop()  # before the fixed worker joins the same group
    assert orjson.loads(next(o.value for o in outputs if o.source == report.coordinates[0]))["reason"] == "too_large"
    fixed = strict.model_copy(update={"max_message_bytes": 4 * 1024 * 1024})  # the fix: a higher limit
    worker = WorkerProcess(fixed)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "streams.cli", "replay-deadletter", "--reason", "too_large"],
            env=fixed.environment(),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "replayed 1 of 1 dead letters" in result.stderr
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            parsed = [orjson.loads(o.value) for o in outputs_so_far(fixed) if o.topic == fixed.parsed_topic]
            if any(record["id"] == "long-read" for record in parsed):
                break
        else:
            raise AssertionError("the replayed article never came out")
    finally:
        worker.stop()


PATHOLOGICAL = {
    "one 1 MB line of words": ("كلمة " * 200_000).encode(),
    "1 MB run of one letter": ("ا" * 1_000_000).encode(),
    "1 MB of digits and spaces": ("1 " * 500_000).encode(),
    "a digit then 1 MB of dots": ("1" + "." * 999_999).encode(),
    "10,000 nested tags": ("<div>" * 5_000 + "نص" + "</div>" * 5_000).encode(),
    "100,000 short lines": ("سطر قصير\n" * 100_000).encode(),
    "1 MB of capitalised words": ("Aa " * 330_000).encode(),
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_inputs_finish_in_bounded_time(name: str) -> None:
    started = time.monotonic()
    outcome = parse_article(PATHOLOGICAL[name], options=ParseOptions(max_bytes=8 * 1024 * 1024))
    elapsed = time.monotonic() - started
    assert elapsed < 30, f"{name}: {elapsed:.1f} s"  # generous: about 6 s at worst on the dev machine
    assert not (isinstance(outcome, Rejection) and outcome.reason == RejectReason.INTERNAL_ERROR)
