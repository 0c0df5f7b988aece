"""The newsstream Grafana dashboard, generated from code: deploy/grafana/dashboards/newsstream.json.

Built with grafana-foundation-sdk (Grafana's own typed builders) so that panels are code, reviewed
like code, and every query is listed in one place (``PANELS``) that the tests evaluate against a
real Prometheus. Regenerate after a change:

    python deploy/grafana/dashboard.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from grafana_foundation_sdk.builders.dashboard import Dashboard, Row
from grafana_foundation_sdk.builders.prometheus import Dataquery
from grafana_foundation_sdk.builders.timeseries import Panel
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models.dashboard import DataSourceRef

OUTPUT = Path(__file__).parent / "dashboards" / "newsstream.json"
DATASOURCE = DataSourceRef(type_val="prometheus", uid="prometheus")
RATE = "[1m]"
QUANTILE_WINDOW = "[5m]"


@dataclass(frozen=True)
class PanelSpec:
    row: str
    title: str
    unit: str
    queries: tuple[tuple[str, str], ...]  # (PromQL, legend)
    width: int = 8


def _quantiles(metric: str, by: str = "") -> tuple[tuple[str, str], ...]:
    group = f"le, {by}" if by else "le"
    legend = f"{{{{{by}}}}} " if by else ""
    return tuple(
        (
            f"histogram_quantile({q}, sum by ({group}) (rate({metric}_bucket{QUANTILE_WINDOW})))",
            f"{legend}p{int(q * 100)}",
        )
        for q in (0.5, 0.95, 0.99)
    )


def _rate(metric: str, by: str = "", legend: str = "") -> tuple[tuple[str, str], ...]:
    """Per-second rate of a counter, summed (by a label, when given)."""
    if by:
        return ((f"sum by ({by}) (rate({metric}{QUANTILE_WINDOW}))", f"{{{{{by}}}}}"),)
    return ((f"sum(rate({metric}{RATE}))", legend),)


PANELS: tuple[PanelSpec, ...] = (
    PanelSpec("Throughput", "Articles in (consumed)", "ops", _rate("newsstream_articles_consumed_total", legend="in")),
    PanelSpec("Throughput", "Records out (published)", "ops", _rate("newsstream_articles_published_total", legend="out")),
    PanelSpec("Throughput", "Dead-lettered", "ops", _rate("newsstream_articles_dead_lettered_total", legend="dead")),
    PanelSpec("Throughput", "Dead letters by reason", "ops", _rate("newsstream_articles_dead_lettered_total", "reason"), 12),
    PanelSpec("Throughput", "Languages", "ops", _rate("newsstream_articles_by_language_total", "language"), 12),
    PanelSpec("Latency", "Stage latency p50 / p95 / p99", "s", _quantiles("newsstream_stage_duration_seconds", "stage"), 12),
    PanelSpec("Latency", "End-to-end latency p50 / p95 / p99", "s", _quantiles("newsstream_end_to_end_latency_seconds"), 12),
    PanelSpec(
        "Lag",
        "Consumer lag per partition",
        "short",
        (("sum by (topic, partition) (newsstream_consumer_lag)", "{{topic}}/{{partition}}"),),
        12,
    ),
    PanelSpec("Lag", "Consumer lag, total", "short", (("sum(newsstream_consumer_lag)", "total"),), 12),
    PanelSpec("Enrichment", "Duplicates", "ops", _rate("newsstream_duplicates_total", "kind"), 12),
    PanelSpec("Enrichment", "Entities by type", "ops", _rate("newsstream_entities_total", "type"), 12),
    PanelSpec("Workers", "Workers up", "short", (('count(up{job="newsstream"} == 1)', "workers"),), 12),
    PanelSpec("Workers", "Rebalances", "short", (("sum(faust_total_rebalances)", "rebalances"),), 12),
)


def build() -> dict[str, object]:
    dashboard = (
        Dashboard("newsstream")
        .uid("newsstream")
        .tags(["newsstream", "kafka", "faust"])
        .refresh("10s")
        .time("now-30m", "now")
        .timezone("utc")
    )
    current_row = None
    for spec in PANELS:
        if spec.row != current_row:
            dashboard = dashboard.with_row(Row(spec.row))
            current_row = spec.row
        panel = Panel().title(spec.title).unit(spec.unit).datasource(DATASOURCE).span(spec.width).height(8)
        for ref, (expr, legend) in zip("ABCDEFGH", spec.queries, strict=False):
            panel = panel.with_target(Dataquery().expr(expr).legend_format(legend).ref_id(ref).datasource(DATASOURCE))
        dashboard = dashboard.with_panel(panel)
    result: dict[str, object] = json.loads(JSONEncoder(sort_keys=True, indent=2).encode(dashboard.build()))
    for number, panel in enumerate(result["panels"], 1):  # type: ignore[arg-type]
        panel["id"] = number  # unique ids: Grafana links and edits panels by id
    return result


def render() -> str:
    return json.dumps(build(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUTPUT}")
