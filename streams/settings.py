"""The one settings object, and the only reader of the environment (prefix ``NEWS_``).

Every variable is listed in the README's settings table; ``newsstream settings`` prints the values
in force with secrets masked.
"""

from __future__ import annotations

import os
import ssl
import tempfile
import uuid
from typing import Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from streams.core.decode import DEFAULT_MAX_BYTES

ENV_PREFIX = "NEWS_"
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", frozen=True)

    broker_url: str = Field(
        "kafka://localhost:9092",
        description="Kafka bootstrap servers, `kafka://host:port[;host:port]`. `newsstream run` starts the "
        "embedded broker when this is unset.",
    )
    app_id: str = Field("newsstream", description="Faust app id: the consumer group and internal topic prefix.")
    raw_topic: str = Field("articles.raw", description="Input: one raw article per message.")
    parsed_topic: str = Field("articles.parsed", description="Output: article records keyed by id.")
    deadletter_topic: str = Field("articles.deadletter", description="Rejections with the original bytes.")
    enriched_topic: str = Field(
        "articles.enriched", description="Internal: enriched records on their way to the single dedupe partition."
    )
    dedupe_window_days: float = Field(7.0, gt=0, description="How far back near-duplicate stories are looked for.")
    dedupe_max_entries: int = Field(
        100_000, ge=100, description="At most this many articles in the dedupe index (770 bytes each, allocated at start)."
    )
    partitions: int = Field(4, ge=1, description="Partitions of the three topics when the worker creates them.")
    replication_factor: int = Field(1, ge=1, description="Replication of the topics the worker creates.")
    max_message_bytes: int = Field(
        DEFAULT_MAX_BYTES, ge=1024, description="Raw messages larger than this are dead-lettered unparsed."
    )
    web_host: str = Field("127.0.0.1", description="Address the worker's web server (/metrics) binds to.")
    web_port: int = Field(6066, ge=0, le=65535, description="Port of the worker's web server.")
    session_timeout: float = Field(
        6.0, gt=0, description="Consumer group session timeout, seconds (a join waits about half of it)."
    )
    producer_linger: float = Field(0.005, ge=0, description="Producer linger, seconds: batches sends.")
    max_poll_records: int | None = Field(
        500,
        ge=1,
        description="Records one consumer poll may return (Faust's broker_max_poll_records); 100, 500, 2,000 "
        "and unlimited measure alike once the fetch wait is short (`newsstream bench --levers`).",
    )
    stream_buffer_maxsize: int = Field(4096, ge=1, description="Events buffered per stream before back pressure.")
    fetch_max_wait: float = Field(
        0.1,
        gt=0,
        le=30,
        description="Seconds a consumer fetch may wait for new records. Faust's fixed 1.5 s stalled partitions "
        "that had records behind partitions that had none (`newsstream bench --levers`).",
    )
    take_batch: int = Field(
        0,
        ge=0,
        description="Events an agent takes from its stream at once (Faust's take_events, waiting at most "
        "50 ms for a batch to fill); 0 takes them one at a time.",
    )
    event_loop: Literal["asyncio", "uvloop"] = Field(
        "asyncio", description="The worker's event loop implementation (`newsstream bench --levers` measures both)."
    )
    producer_batch_bytes: int = Field(
        256 * 1024,
        ge=1024,
        description="Producer batch size, bytes. 256 KiB beat aiokafka's 16 KiB in every round of one "
        "`newsstream bench --levers` run, by margins within this machine's noise (an article is a few KiB: "
        "16 KiB batches held three).",
    )
    commit_interval: float = Field(
        1.0, gt=0, description="Seconds between offset commits (each first flushes the producer): what a crash replays."
    )
    log_level: str = Field("WARNING", description="Worker log level.")
    data_dir: str = Field(
        os.path.join(tempfile.gettempdir(), "newsstream"),
        description="Folder for the worker's local files, one sub-folder per app id (tables live in memory, so "
        "they stay empty). Faust's default, `{app id}-data` in the current folder, littered wherever a worker ran.",
    )
    # Security, passed through to Faust and to every Kafka client of the CLI.
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        "PLAINTEXT", description="Kafka security protocol."
    )
    sasl_mechanism: SaslMechanism = Field("SCRAM-SHA-256", description="SASL mechanism when SASL is on.")
    sasl_username: str | None = Field(None, description="SASL user.")
    sasl_password: SecretStr | None = Field(None, description="SASL password (masked when printed).")
    ssl_cafile: str | None = Field(None, description="CA bundle for TLS.")
    ssl_certfile: str | None = Field(None, description="Client certificate for mutual TLS.")
    ssl_keyfile: str | None = Field(None, description="Client key for mutual TLS.")

    @field_validator("broker_url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        if not value.startswith("kafka://"):
            raise ValueError("NEWS_BROKER_URL must look like kafka://host:port")
        return value

    @property
    def bootstrap_servers(self) -> list[str]:
        """``kafka://a:9092;b:9092`` -> ``["a:9092", "b:9092"]`` for aiokafka."""
        return [part for part in self.broker_url.removeprefix("kafka://").replace(",", ";").split(";") if part]

    @property
    def uses_tls(self) -> bool:
        return self.security_protocol in ("SSL", "SASL_SSL")

    @property
    def uses_sasl(self) -> bool:
        return self.security_protocol in ("SASL_PLAINTEXT", "SASL_SSL")

    def ssl_context(self) -> ssl.SSLContext | None:
        if not self.uses_tls:
            return None
        context = ssl.create_default_context(cafile=self.ssl_cafile)
        if self.ssl_certfile:
            context.load_cert_chain(self.ssl_certfile, self.ssl_keyfile)
        return context

    def kafka_client_options(self) -> dict[str, Any]:
        """Security options for aiokafka clients (feed, tail, admin)."""
        options: dict[str, Any] = {
            "bootstrap_servers": self.bootstrap_servers,
            "security_protocol": self.security_protocol,
        }
        if self.uses_tls:
            options["ssl_context"] = self.ssl_context()
        if self.uses_sasl:
            options["sasl_mechanism"] = self.sasl_mechanism
            options["sasl_plain_username"] = self.sasl_username
            options["sasl_plain_password"] = self.sasl_password.get_secret_value() if self.sasl_password else None
        return options

    def masked(self) -> dict[str, Any]:
        """Every setting, secrets replaced by ``**********``: the only form ever printed or logged."""
        return {
            name: ("**********" if isinstance(value, SecretStr) else value)
            for name, value in ((name, getattr(self, name)) for name in type(self).model_fields)
        }

    def environment(self) -> dict[str, str]:
        """This process's environment with every setting written as ``NEWS_*``: for child processes."""
        env = dict(os.environ)
        for name in type(self).model_fields:
            value = getattr(self, name)
            variable = ENV_PREFIX + name.upper()
            if value is None:
                env.pop(variable, None)
            else:
                env[variable] = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
        return env

    @property
    def broker_configured(self) -> bool:
        """Was a broker URL given (environment or override), rather than left at its default?"""
        return "broker_url" in self.model_fields_set


def isolated_settings(broker_url: str, prefix: str, **overrides: Any) -> Settings:
    """Settings whose topics, consumer group and web port are this run's alone (tests, benchmarks):
    runs sharing one broker never see each other's messages."""
    from streams.runtime.broker import free_port

    tag = f"{prefix}-{uuid.uuid4().hex[:10]}"
    values: dict[str, Any] = {
        "broker_url": broker_url,
        "app_id": tag,
        "raw_topic": f"{tag}-raw",
        "parsed_topic": f"{tag}-parsed",
        "deadletter_topic": f"{tag}-dead",
        "enriched_topic": f"{tag}-enriched",
        "web_port": free_port(),
        **overrides,
    }
    return Settings(**values)


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment, with explicit overrides (tests, `newsstream run`) on top."""
    return Settings(**overrides)
