"""Settings: the NEWS_ prefix, masked secrets, security options reaching the Kafka clients."""

from __future__ import annotations

import subprocess
import sys

import pytest

from streams.settings import Settings
from tests.conftest import ROOT

SECRET = "s3cr3t-value-never-printed"


def test_secrets_never_appear_when_settings_are_printed() -> None:
    settings = Settings(security_protocol="SASL_PLAINTEXT", sasl_username="news", sasl_password=SECRET)
    assert SECRET not in repr(settings) and SECRET not in str(settings.masked())
    env = settings.environment()
    result = subprocess.run(
        [sys.executable, "-m", "streams.cli", "settings"], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert SECRET not in result.stdout + result.stderr
    assert '"sasl_password": "**********"' in result.stdout


def test_sasl_and_tls_reach_the_kafka_clients() -> None:
    settings = Settings(
        broker_url="kafka://a:9093;b:9093",
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_username="news",
        sasl_password=SECRET,
    )
    options = settings.kafka_client_options()
    assert options["bootstrap_servers"] == ["a:9093", "b:9093"]
    assert options["security_protocol"] == "SASL_SSL"
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert options["sasl_plain_password"] == SECRET
    assert options["ssl_context"] is not None


def test_environment_is_read_with_the_news_prefix_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWS_RAW_TOPIC", "custom.raw")
    monkeypatch.setenv("BROKER_URL", "kafka://elsewhere:9092")  # another program's variable: ignored
    settings = Settings()
    assert settings.raw_topic == "custom.raw"
    assert settings.broker_url == "kafka://localhost:9092" and not settings.broker_configured


@pytest.mark.parametrize("seconds", [0.1, 1.5])
def test_fetch_wait_reaches_the_worker_consumer(seconds: float) -> None:
    """Faust hard-codes a 1.5 s fetch wait; the worker's aiokafka consumer must get the setting instead."""
    import asyncio

    from streams.runtime.app import faust_app

    app = faust_app(Settings(broker_url="kafka://127.0.0.1:9", fetch_max_wait=seconds))

    async def created_consumer_wait() -> int:
        client = app.consumer._thread._create_worker_consumer(app.transport)
        try:
            return int(client._fetch_max_wait_ms)
        finally:
            await client.stop()  # never started: closes its client without a broker

    assert asyncio.run(created_consumer_wait()) == round(seconds * 1000)
