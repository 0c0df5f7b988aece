"""Speed of the offline core on SaudiNewsNet articles rendered into raw scraped text, one core.

Prints, from one run on this machine, the median and p95 time per article of: parsing alone;
parsing plus all enrichment (also split into the first half of the articles, on empty word caches,
and the second half, on caches the first half filled); each enricher on its own; the same articles as minimal HTML through
newsstream's HTML path; and trafilatura's own `bare_extraction` on that HTML as the baseline.

    python benchmarks/core_speed.py [--articles N] [--json]
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

from streams.core import Article, ParseOptions, parse_article  # noqa: E402
from streams.core.enrich.duplicates import signature  # noqa: E402
from streams.core.enrich.entities import extract_entities  # noqa: E402
from streams.core.enrich.keywords import extract_keywords  # noqa: E402
from streams.core.enrich.mentions import mentioned_dates  # noqa: E402
from streams.core.enrich.quantities import extract_quantities  # noqa: E402
from streams.core.enrich.tokens import tokenize  # noqa: E402
from streams.core.enrich.topics import classify  # noqa: E402
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

    parse_only = ParseOptions(enrich=False)
    parsed = [a for a in (parse_article(t, options=parse_only) for t in texts) if isinstance(a, Article)]
    by_body = {a.body.encode(): a for a in parsed}
    bodies = list(by_body)
    tokens = {b: tokenize(b.decode()) for b in bodies}  # the enrichers below share one tokenization
    text = _timings(parse_article, texts)
    results = {
        "parse_only": _timings(lambda t: parse_article(t, options=parse_only), texts),
        "text": text,
        # The same pass split in two: word caches start empty, then hold what the first half taught them.
        "text_first_half": text[: len(text) // 2],
        "text_second_half": text[len(text) // 2 :],
        "tokens": _timings(lambda b: tokenize(b.decode()), bodies),
        "entities": _timings(lambda b: extract_entities(tokens[b], by_body[b].tags), bodies),
        "keywords": _timings(lambda b: extract_keywords(by_body[b].title, tokens[b], (), by_body[b].tags), bodies),
        "mentioned_dates": _timings(
            lambda b: mentioned_dates(b.decode(), by_body[b].published_at.date() if by_body[b].published_at else None),
            bodies,
        ),
        "quantities": _timings(lambda b: extract_quantities(b.decode(), tokens[b]), bodies),
        "signature": _timings(lambda b: signature(tokens[b]), bodies),
        "topics": _timings(lambda b: classify(by_body[b].title, tokens[b], by_body[b].language), bodies),
        "html": _timings(parse_article, pages),
        "trafilatura_html": _timings(
            lambda page: trafilatura.bare_extraction(orjson.loads(page)["html"], with_metadata=True), pages
        ),
    }
    figures = {
        "articles": len(texts),
        "parse_only_median_ms": statistics.median(results["parse_only"]) * 1000,
        "text_median_ms": statistics.median(results["text"]) * 1000,
        "text_p95_ms": statistics.quantiles(results["text"], n=20)[-1] * 1000,
        "text_second_half_median_ms": statistics.median(results["text_second_half"]) * 1000,
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
        f"parse + enrich of scraped text: {figures['text_articles_per_second']:.0f} articles/s on one core, "
        f"{figures['text_vs_trafilatura']:.2f}x trafilatura's time; HTML path {figures['html_vs_trafilatura']:.2f}x"
    )
    if args.json:
        print(orjson.dumps({k: round(v, 4) for k, v in figures.items()}).decode())


if __name__ == "__main__":
    main()
