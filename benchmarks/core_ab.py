"""Parse + enrichment speed of two commits, measured in one run, alternating: an A/B on a noisy machine.

Single runs of ``core_speed.py`` on this shared 2-core machine swing by 20-30 % between sessions, so
a change to the core is judged by this script: it checks out ``--base`` (default: the previous
commit) into a temporary git worktree, then runs the same pass — every SaudiNewsNet article rendered
as scraped text, parsed and enriched once from empty caches, in a fresh process — for the base and
for this working tree in turn, ``--rounds`` times, and prints each pass and the medians of both.

    python benchmarks/core_ab.py [--base COMMIT] [--rounds 3] [--articles 2000] [--json]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet" / "articles.dev.jsonl"

# Runs inside the child process, with the tree under test first on sys.path.
_PASS = """
import statistics, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import orjson, streams
from streams.core import parse_article
from streams.testing.evaluation import rendered_saudinewsnet
assert streams.__file__.startswith(sys.argv[1]), streams.__file__
texts = [case.raw.encode() for case in rendered_saudinewsnet(Path(sys.argv[2]), limit=int(sys.argv[3]))]
timings = []
for text in texts:
    start = time.perf_counter()
    parse_article(text)
    timings.append(time.perf_counter() - start)
print(orjson.dumps({"median_ms": statistics.median(timings) * 1000, "per_second": len(timings) / sum(timings)}).decode())
"""


def _one_pass(tree: Path, articles: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _PASS, str(tree), str(CORPUS), str(articles)], capture_output=True, check=True, text=True
    )
    result: dict[str, float] = orjson.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="HEAD~1", help="the commit to compare this working tree with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} is absent: this benchmark reads SaudiNewsNet from ../shared")
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), args.base], check=True)
        try:
            passes: dict[str, list[dict[str, float]]] = {"base": [], "this": []}
            for round_ in range(1, args.rounds + 1):
                for name, tree in (("base", base), ("this", ROOT)):
                    passes[name].append(_one_pass(tree, args.articles))
                    median, rate = passes[name][-1]["median_ms"], passes[name][-1]["per_second"]
                    print(f"round {round_} {name:<5} median {median:.3f} ms, {rate:.0f} articles/s")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=True)
    summary = {
        f"{name}_{figure}": statistics.median(p[figure] for p in runs)
        for name, runs in passes.items()
        for figure in ("median_ms", "per_second")
    }
    summary["this_vs_base_time"] = summary["this_median_ms"] / summary["base_median_ms"]
    print(
        f"base {args.base}: {summary['base_median_ms']:.3f} ms; this tree: {summary['this_median_ms']:.3f} ms "
        f"({summary['this_vs_base_time']:.2f}x the base's time)"
    )
    if args.json:
        print(orjson.dumps({k: round(v, 4) for k, v in summary.items()}).decode())


if __name__ == "__main__":
    main()
