"""Prometheus metrics of the pipeline, on a registry of its own, served at /metrics by the worker."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, generate_latest

from streams import __version__


@dataclass(frozen=True)
class PipelineMetrics:
    registry: CollectorRegistry
    consumed: Counter
    published: Counter
    dead_lettered: Counter
    by_language: Counter

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def create_metrics() -> PipelineMetrics:
    registry = CollectorRegistry()
    build = Gauge("newsstream_build_info", "Build information.", ["version"], registry=registry)
    build.labels(version=__version__).set(1)
    return PipelineMetrics(
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
    )
