"""The dedupe index alone: memory and time per article as it fills, in one process, no Kafka.

Feeds ``--articles`` articles to a fresh ``DuplicateIndex`` and prints, every tenth of the run, the
process's RSS and the mean time to judge and remember one article. ``--unique`` gives every article
random bins (every band key new, as in a stream of distinct stories: the index's worst case for
memory); otherwise the signatures of 2,000 SaudiNewsNet articles repeat under new ids (the soak's
stream: exact copies, shared band keys).

    python benchmarks/dedupe_index.py [--articles 100000] [--unique] [--json]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.core.enrich.duplicates import BINS, DuplicateIndex, Signature, fingerprint, signature  # noqa: E402
from streams.core.enrich.tokens import tokenize  # noqa: E402
from streams.runtime.memory import return_large_blocks_to_os, rss_mb  # noqa: E402
from streams.testing.render import load_saudinewsnet  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet" / "articles.dev.jsonl"


def _stream(count: int, unique: bool) -> list[tuple[str, Signature]]:
    if unique:
        rng = np.random.default_rng(1)
        return [
            (f"{number:032x}", Signature(rng.integers(0, 2**32, BINS, dtype=np.uint32).tobytes(), 300))
            for number in range(count)
        ]
    texts = [article.content for article in load_saudinewsnet(str(CORPUS), limit=2000)]
    distinct = [(fingerprint(text), signature(tokenize(text))) for text in texts]
    # A new bytes object per article, as a worker decodes each record's signature header.
    return [
        (print_, Signature(bytes(sign.bins), sign.shingles)) for print_, sign in distinct * (count // len(distinct) + 1)
    ][:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--unique", action="store_true", help="every article a new story (random bins)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    return_large_blocks_to_os()  # as the worker does
    stream = _stream(args.articles, args.unique)
    rss_before = rss_mb(os.getpid())
    index = DuplicateIndex(max_entries=100_000)
    rss_allocated = rss_mb(os.getpid())
    start = datetime(2024, 1, 1, tzinfo=UTC)
    step = max(1, args.articles // 10)
    marks = []
    began = time.perf_counter()
    for number, (print_, sign) in enumerate(stream, 1):
        index.observe(f"article-{number}", print_, sign, start + timedelta(seconds=number))
        if number % step == 0:
            now = time.perf_counter()
            marks.append(
                {
                    "articles": number,
                    "rss_mb": round(rss_mb(os.getpid())),
                    "us_per_article": round((now - began) / step * 1e6, 1),
                }
            )
            began = now
    result = {
        "unique": args.unique,
        "index_bytes": getattr(index, "nbytes", None),  # absent before the preallocated index
        "rss_mb_before": round(rss_before),
        "rss_mb_allocated": round(rss_allocated),
        "marks": marks,
    }
    for mark in marks:
        print(f"{mark['articles']:>8} articles  RSS {mark['rss_mb']:>4} MB  {mark['us_per_article']:>6} µs an article")
    print(f"RSS {round(rss_before)} MB before the index, {round(rss_allocated)} MB once made")
    if args.json:
        print(orjson.dumps(result).decode())


if __name__ == "__main__":
    main()
