"""Parsing speed on SaudiNewsNet articles rendered into raw scraped text.

Prints, from one run on this machine: the median and p95 time per article of `parse_article` on
scraped text, the same articles as minimal HTML through newsstream's HTML path, and trafilatura's
own `bare_extraction` on that HTML as the baseline, with the ratios.

    python benchmarks/parse_speed.py [--articles N] [--json]
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.core import parse_article  # noqa: E402
from streams.testing.evaluation import rendered_saudinewsnet  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet" / "articles.dev.jsonl"


def _as_html(raw: str) -> bytes:
    lines = raw.strip().split("\n")
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    title = html.escape(lines[0])
    head = f"<html><head><title>{title}</title></head>"
    return f"{head}<body><article><h1>{title}</h1>{paragraphs}</article></body></html>".encode()


def _timings(function: Callable[[bytes], object], items: list[bytes]) -> list[float]:
    for item in items[:20]:  # warm caches and lazy imports
        function(item)
    timings = []
    for item in items:
        start = time.perf_counter()
        function(item)
        timings.append(time.perf_counter() - start)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} is absent: this benchmark reads SaudiNewsNet from ../shared")
    cases = rendered_saudinewsnet(CORPUS, limit=args.articles)
    texts = [case.raw.encode() for case in cases]
    pages = [orjson.dumps({"html": _as_html(case.raw).decode()}) for case in cases[:300]]

    import trafilatura

    results = {
        "text": _timings(parse_article, texts),
        "html": _timings(parse_article, pages),
        "trafilatura_html": _timings(
            lambda page: trafilatura.bare_extraction(orjson.loads(page)["html"], with_metadata=True), pages
        ),
    }
    figures = {
        "articles": len(texts),
        "text_median_ms": statistics.median(results["text"]) * 1000,
        "text_p95_ms": statistics.quantiles(results["text"], n=20)[-1] * 1000,
        "text_articles_per_second": len(texts) / sum(results["text"]),
        "html_median_ms": statistics.median(results["html"]) * 1000,
        "trafilatura_html_median_ms": statistics.median(results["trafilatura_html"]) * 1000,
    }
    figures["html_vs_trafilatura"] = figures["html_median_ms"] / figures["trafilatura_html_median_ms"]
    figures["text_vs_trafilatura"] = figures["text_median_ms"] / figures["trafilatura_html_median_ms"]
    print(f"{'what':<42}{'median ms':>12}{'p95 ms':>10}")
    for name, timings in results.items():
        median, p95 = statistics.median(timings) * 1000, statistics.quantiles(timings, n=20)[-1] * 1000
        print(f"{name:<42}{median:>12.3f}{p95:>10.3f}")
    print(
        f"scraped text: {figures['text_articles_per_second']:.0f} articles/s on one core, "
        f"{figures['text_vs_trafilatura']:.2f}x trafilatura's time; HTML path {figures['html_vs_trafilatura']:.2f}x"
    )
    if args.json:
        print(orjson.dumps({k: round(v, 4) for k, v in figures.items()}).decode())


if __name__ == "__main__":
    main()
