"""Prometheus metrics of the pipeline, on one registry with Faust's own sensors, served at /metrics.

The names are a contract with the dashboard and the alert rules in ``deploy/``: base units,
``_total`` on counters (prometheus_client appends it), low-cardinality labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from streams import __version__

# Core stages take tens of microseconds to milliseconds: the buckets start at 25 µs.
STAGE_BUCKETS = (0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0)
STAGES = (
    "decode",
    "parse",
    "tokens",
    "entities",
    "keywords",
    "mentioned_dates",
    "quantities",
    "duplicate_keys",
    "topics",
    "dedupe",
    "publish",
)


@dataclass(frozen=True)
class PipelineMetrics:
    registry: CollectorRegistry
    consumed: Counter
    published: Counter
    dead_lettered: Counter
    by_language: Counter
    entities: Counter
    duplicates: Counter
    stage_duration: Histogram
    end_to_end: Histogram
    consumer_lag: Gauge


def create_metrics() -> PipelineMetrics:
    registry = CollectorRegistry()
    build = Gauge("newsstream_build_info", "Build information: the version, as a label.", ["version"], registry=registry)
    build.labels(version=__version__).set(1)
    metrics = PipelineMetrics(
        registry=registry,
        consumed=Counter("newsstream_articles_consumed", "Raw messages consumed.", registry=registry),
        published=Counter("newsstream_articles_published", "Article records published.", registry=registry),
        dead_lettered=Counter(
            "newsstream_articles_dead_lettered", "Raw messages dead-lettered, by reason.", ["reason"], registry=registry
        ),
        by_language=Counter(
            "newsstream_articles_by_language",
            "Article records published, by language.",
            ["language"],
            registry=registry,
        ),
        entities=Counter("newsstream_entities", "Entities found, by type.", ["type"], registry=registry),
        duplicates=Counter(
            "newsstream_duplicates",
            "Published records by duplicate verdict (exact, near, none).",
            ["kind"],
            registry=registry,
        ),
        stage_duration=Histogram(
            "newsstream_stage_duration_seconds",
            "Time spent per article in each pipeline stage.",
            ["stage"],
            buckets=STAGE_BUCKETS,
            registry=registry,
        ),
        end_to_end=Histogram(
            "newsstream_end_to_end_latency_seconds",
            "From the raw message's timestamp to the publication of its record.",
            buckets=LATENCY_BUCKETS,
            registry=registry,
        ),
        consumer_lag=Gauge(
            "newsstream_consumer_lag",
            "Messages behind: fetch high watermark minus the consumer's position, per assigned partition.",
            ["topic", "partition"],
            registry=registry,
        ),
    )
    for stage in STAGES:  # every stage shows up from the first scrape, with zero observations
        metrics.stage_duration.labels(stage=stage)
    for kind in ("exact", "near", "none"):
        metrics.duplicates.labels(kind=kind)
    return metrics
