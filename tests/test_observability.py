"""Metrics, dashboard, alerts and deployment files, proven against a real Prometheus.

A real Prometheus (Debian's package; installed here when missing, as root) scrapes a live worker on
the embedded broker while articles flow; every dashboard query and every alert rule is evaluated
through its HTTP API. No mocks. The compose and Kubernetes files are checked as far as a machine
without a Docker engine allows: they parse, the files they mount exist, and their settings and
ports agree with the code.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import orjson
import pytest
import yaml

from streams.inputs import RawItem
from streams.runtime.broker import EmbeddedBroker, free_port
from streams.runtime.kafka import max_request_bytes
from streams.runtime.metrics import STAGES
from streams.runtime.run import WorkerProcess
from streams.settings import ENV_PREFIX, Settings
from tests.conftest import ROOT
from tests.golden_support import golden_inputs
from tests.stream_support import collect_outputs, feed_items, unique_settings

DEPLOY = ROOT / "deploy"
ALERTS = DEPLOY / "prometheus" / "alerts.yml"
SETTING_NAMES = {ENV_PREFIX + name.upper() for name in Settings.model_fields}


def _dashboard_module() -> ModuleType:
    if "newsstream_dashboard" in sys.modules:
        return sys.modules["newsstream_dashboard"]
    spec = importlib.util.spec_from_file_location("newsstream_dashboard", DEPLOY / "grafana" / "dashboard.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["newsstream_dashboard"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _ensure_prometheus() -> tuple[str, str]:
    """The test setup installs Debian's prometheus (with promtool) when the machine lacks it."""
    if not (shutil.which("prometheus") and shutil.which("promtool")):
        subprocess.run(["apt-get", "update", "-qq"], check=True, capture_output=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "prometheus"],
            check=True,
            capture_output=True,
            env={"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
        )
    prometheus, promtool = shutil.which("prometheus"), shutil.which("promtool")
    assert prometheus and promtool, "Debian's prometheus package did not install"
    return prometheus, promtool


@pytest.fixture(scope="module")
def promtool() -> str:
    return _ensure_prometheus()[1]


def test_promtool_checks_the_alert_rules(promtool: str) -> None:
    result = subprocess.run([promtool, "check", "rules", str(ALERTS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 rules found" in result.stdout


def test_promtool_checks_the_scrape_config(promtool: str) -> None:
    result = subprocess.run(
        [promtool, "check", "config", str(DEPLOY / "prometheus" / "prometheus.yml")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_dashboard_json_is_what_the_generator_builds() -> None:
    committed = (DEPLOY / "grafana" / "dashboards" / "newsstream.json").read_text(encoding="utf-8")
    assert committed == _dashboard_module().render(), "run: python deploy/grafana/dashboard.py"
    dashboard = json.loads(committed)
    titles = {panel["title"] for panel in dashboard["panels"]}
    assert set(NON_EMPTY_PANELS) | {"Dead letters by reason", "Rebalances", "Duplicates"} <= titles


# --- a live worker scraped by a real Prometheus ------------------------------------------------------


@pytest.fixture(scope="module")
def live_prometheus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prometheus scraping a worker on the embedded broker while articles flow; yields its API URL."""
    prometheus, _ = _ensure_prometheus()
    directory = tmp_path_factory.mktemp("prometheus")
    with EmbeddedBroker() as broker:
        settings = unique_settings(broker.url)
        worker = WorkerProcess(settings)
        port = free_port()
        config = {
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": [str(ALERTS)],
            "scrape_configs": [
                {"job_name": "newsstream", "static_configs": [{"targets": [f"127.0.0.1:{settings.web_port}"]}]}
            ],
        }
        (directory / "prometheus.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
        command = [
            prometheus,
            f"--config.file={directory / 'prometheus.yml'}",
            f"--storage.tsdb.path={directory / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
        ]
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _flow_articles(settings, seconds=25)
            api = f"http://127.0.0.1:{port}/api/v1"
            _wait_for(api, "sum(rate(newsstream_articles_consumed_total[1m])) > 0")
            yield api
        finally:
            server.terminate()
            server.wait(10)
            worker.stop()


def _flow_articles(settings: Settings, seconds: float) -> None:
    """A steady stream for a while: the golden articles again and again under new ids, some bad."""
    texts = [p.read_bytes() for p in golden_inputs() if p.suffix == ".txt"]
    deadline = time.monotonic() + seconds
    number = 0
    coordinates = []
    while time.monotonic() < deadline:
        batch = [RawItem("bad", b'{"id": "broken", ', None)]
        for ident in (f"a{number + i}" for i in range(20)):
            text = texts[(number + len(batch)) % len(texts)].decode()
            batch.append(RawItem(ident, orjson.dumps({"id": ident, "text": text}), ident))
        number += 20
        coordinates += feed_items(settings, batch).coordinates
        time.sleep(1)
    collect_outputs(settings, coordinates, timeout=60)


def _query(api: str, expr: str) -> dict[str, Any]:
    url = f"{api}/query?{urllib.parse.urlencode({'query': expr})}"
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())  # type: ignore[no-any-return]


def _wait_for(api: str, expr: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if _query(api, expr)["data"]["result"]:
                return
        except OSError:
            pass  # Prometheus still starting
        time.sleep(1)
    raise AssertionError(f"never true: {expr}")


def _dashboard_queries() -> list[tuple[str, str]]:
    return [(panel.title, expr) for panel in _dashboard_module().PANELS for expr, _ in panel.queries]


def _alert_expressions() -> list[tuple[str, str]]:
    groups = yaml.safe_load(ALERTS.read_text(encoding="utf-8"))["groups"]
    return [(rule["alert"], rule["expr"]) for group in groups for rule in group["rules"]]


def test_every_dashboard_query_and_alert_evaluates(live_prometheus: str) -> None:
    for name, expr in _dashboard_queries() + _alert_expressions():
        answer = _query(live_prometheus, expr)
        assert answer["status"] == "success", (name, expr, answer)


NON_EMPTY_PANELS = (
    "Articles in (consumed)",
    "Records out (published)",
    "Dead-lettered",
    "Stage latency p50 / p95 / p99",
    "End-to-end latency p50 / p95 / p99",
    "Consumer lag per partition",
    "Consumer lag, total",
    "Languages",
    "Workers up",
)


@pytest.mark.parametrize("title", NON_EMPTY_PANELS)
def test_panels_show_data_while_articles_flow(live_prometheus: str, title: str) -> None:
    expressions = [expr for panel_title, expr in _dashboard_queries() if panel_title == title]
    assert expressions
    for expr in expressions:
        result = _query(live_prometheus, expr)["data"]["result"]
        assert result, f"{title}: {expr} returned no series"


def test_stage_latency_covers_every_stage(live_prometheus: str) -> None:
    expr = "sum by (stage) (rate(newsstream_stage_duration_seconds_count[1m])) > 0"
    stages = {series["metric"]["stage"] for series in _query(live_prometheus, expr)["data"]["result"]}
    assert set(STAGES) <= stages


def test_alert_rules_are_healthy(live_prometheus: str) -> None:
    with urllib.request.urlopen(f"{live_prometheus}/rules", timeout=10) as response:
        groups = json.loads(response.read())["data"]["groups"]
    rules = [rule for group in groups for rule in group["rules"]]
    assert len(rules) == 4
    assert all(rule["health"] == "ok" for rule in rules), rules
    firing = {rule["name"] for rule in rules if rule["state"] == "firing"}
    assert "NewsstreamWorkerDown" not in firing


def test_faust_sensors_share_the_registry(live_prometheus: str) -> None:
    assert _query(live_prometheus, "faust_messages_received_total")["data"]["result"]
    assert _query(live_prometheus, 'newsstream_build_info{version!=""}')["data"]["result"]


# --- deployment files ---------------------------------------------------------------------------------


def _yaml_documents(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


def test_compose_file_agrees_with_the_code() -> None:
    compose = _yaml_documents(DEPLOY / "compose.yaml")[0]
    services = compose["services"]
    assert {"kafka", "topics", "worker", "feeder", "prometheus", "grafana"} <= set(services)
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"  # KRaft
    environment = services["worker"]["environment"]
    assert set(environment) <= SETTING_NAMES
    settings = Settings(**{name.removeprefix(ENV_PREFIX).lower(): value for name, value in environment.items()})
    assert services["worker"]["expose"] == [str(settings.web_port)]
    assert services["kafka"]["environment"]["KAFKA_MESSAGE_MAX_BYTES"] == str(max_request_bytes(settings))
    assert (DEPLOY / services["worker"]["build"]["dockerfile"].removeprefix("deploy/")).exists()
    for service in ("prometheus", "grafana"):
        for volume in services[service]["volumes"]:
            source = volume.split(":")[0]
            assert (DEPLOY / source).exists(), volume
    scrape = _yaml_documents(DEPLOY / "prometheus" / "prometheus.yml")[0]["scrape_configs"][0]
    assert scrape["job_name"] == "newsstream"
    assert scrape["dns_sd_configs"][0]["port"] == settings.web_port
    topics = services["topics"]["command"][0]
    for name in (settings.raw_topic, settings.parsed_topic, settings.deadletter_topic, f"{settings.enriched_topic}:1"):
        assert name in topics


def test_kubernetes_files_agree_with_the_code() -> None:
    kinds: dict[str, dict[str, Any]] = {}
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        for document in _yaml_documents(path):
            kinds[document["kind"]] = document
    assert {"ConfigMap", "Deployment", "Service", "ServiceMonitor", "PodDisruptionBudget", "ScaledObject"} <= set(kinds)
    config = kinds["ConfigMap"]["data"]
    assert set(config) <= SETTING_NAMES
    container = kinds["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    assert container["ports"][0]["containerPort"] == int(config["NEWS_WEB_PORT"])
    assert {e["name"] for e in container["env"]} <= SETTING_NAMES
    assert kinds["Service"]["spec"]["ports"][0]["port"] == int(config["NEWS_WEB_PORT"])
    trigger = kinds["ScaledObject"]["spec"]["triggers"][0]["metadata"]
    assert trigger["consumerGroup"] == config["NEWS_APP_ID"]
    assert trigger["topic"] == Settings().raw_topic
    assert kinds["ScaledObject"]["spec"]["maxReplicaCount"] == int(config["NEWS_PARTITIONS"])
    labels = kinds["Deployment"]["spec"]["template"]["metadata"]["labels"]
    selectors = (
        kinds["Service"]["spec"]["selector"],
        kinds["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"],
        kinds["ServiceMonitor"]["spec"]["selector"]["matchLabels"],
    )
    for selector in selectors:
        assert selector.items() <= labels.items()
