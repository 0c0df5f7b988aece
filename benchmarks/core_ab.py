"""Parse + enrichment speed of two commits, measured in one run, alternating: an A/B on a noisy machine.

Single runs of ``core_speed.py`` on this shared 2-core machine swing by 20-30 % between sessions, so
a change to the core is judged by this script: it checks out ``--base`` (default: the previous
commit) into a temporary git worktree, then runs the same pass — every SaudiNewsNet article rendered
as scraped text (by this tree's renderer, for both trees), parsed and enriched once from empty caches,
in a fresh process — for the base and for this working tree in turn, ``--rounds`` times, and prints each
pass and the medians of both.

    python benchmarks/core_ab.py [--base COMMIT] [--rounds 3] [--articles 2000] [--json]
    python benchmarks/core_ab.py --instructions [--base COMMIT] [--articles 150]

``--instructions`` counts instead of timing: each tree parses and enriches the same articles under
valgrind's callgrind (Debian's ``valgrind``), once with and once without them after the same warm-up,
and the difference divided by their number is the instructions an article costs. Repeatable whatever
else the machine does (minutes, not seconds: valgrind runs Python ~50x slower).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet" / "articles.dev.jsonl"

# Runs inside the child process, with the tree under test first on sys.path. The articles come rendered by
# this tree's renderer (``_write_articles``): a base whose renderer drew other pages would time other input.
_PASS = """
import statistics, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import orjson, streams
from streams.core import parse_article
assert streams.__file__.startswith(sys.argv[1]), streams.__file__
texts = [text.encode() for text in orjson.loads(Path(sys.argv[2]).read_bytes())[: int(sys.argv[3])]]
timings = []
for text in texts:
    start = time.perf_counter()
    parse_article(text)
    timings.append(time.perf_counter() - start)
print(orjson.dumps({"median_ms": statistics.median(timings) * 1000, "per_second": len(timings) / sum(timings)}).decode())
"""


# The same articles rendered and the same warm-up in both counted passes: only the parsed articles differ.
_COUNTED_PASS = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import orjson, streams
from streams.core import parse_article
assert streams.__file__.startswith(sys.argv[1]), streams.__file__
articles, counted = int(sys.argv[3]), int(sys.argv[4])
texts = [text.encode() for text in orjson.loads(Path(sys.argv[2]).read_bytes())[: articles + 30]]
for text in texts[:30]:
    parse_article(text)
for text in texts[30 : 30 + counted]:
    parse_article(text)
"""
_COLLECTED_RE = re.compile(r"Collected\s*:\s*(\d+)")


def _write_articles(path: Path, articles: int) -> Path:
    """SaudiNewsNet rendered as scraped text by this tree's renderer, one JSON list of strings at ``path``."""
    from streams.testing.evaluation import rendered_saudinewsnet

    path.write_bytes(orjson.dumps([case.raw for case in rendered_saudinewsnet(CORPUS, limit=articles)]))
    return path


def _instructions_per_article(trees: dict[str, Path], texts: Path, articles: int) -> dict[str, float]:
    """Each tree's instructions an article, from four callgrind passes run at once (counts do not care)."""
    passes = [(name, tree, counted) for name, tree in trees.items() for counted in (0, articles)]
    runs = {(name, counted): _callgrind(tree, texts, articles, counted) for name, tree, counted in passes}
    totals = {key: _collected(process) for key, process in runs.items()}
    return {name: (totals[(name, articles)] - totals[(name, 0)]) / articles for name in trees}


def _callgrind(tree: Path, texts: Path, articles: int, counted: int) -> subprocess.Popen[str]:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", _COUNTED_PASS]
    arguments = [str(tree), str(texts), str(articles), str(counted)]
    return subprocess.Popen([*command, *arguments], stderr=subprocess.PIPE, text=True)


def _collected(process: subprocess.Popen[str]) -> int:
    _, errors = process.communicate()
    found = _COLLECTED_RE.search(errors)
    if process.returncode != 0 or found is None:
        raise SystemExit(f"callgrind failed: {errors[-2000:]}")
    return int(found[1])


def _one_pass(tree: Path, texts: Path, articles: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _PASS, str(tree), str(texts), str(articles)], capture_output=True, check=True, text=True
    )
    result: dict[str, float] = orjson.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="HEAD~1", help="the commit to compare this working tree with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    parser.add_argument("--instructions", action="store_true", help="count instructions under callgrind instead")
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} is absent: this benchmark reads SaudiNewsNet from ../shared")
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch) / "base"
        texts = _write_articles(Path(scratch) / "articles.json", args.articles + 30)
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), args.base], check=True)
        try:
            if args.instructions:
                _print_instructions(_instructions_per_article({"base": base, "this": ROOT}, texts, args.articles), args)
                return
            passes: dict[str, list[dict[str, float]]] = {"base": [], "this": []}
            for round_ in range(1, args.rounds + 1):
                for name, tree in (("base", base), ("this", ROOT)):
                    passes[name].append(_one_pass(tree, texts, args.articles))
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


def _print_instructions(per_article: dict[str, float], args: argparse.Namespace) -> None:
    ratio = per_article["this"] / per_article["base"]
    print(
        f"base {args.base}: {per_article['base'] / 1e6:.2f} M instructions an article; this tree: "
        f"{per_article['this'] / 1e6:.2f} M ({ratio:.3f}x the base's), {args.articles} articles"
    )
    if args.json:
        print(
            orjson.dumps(
                {
                    "base_instructions": per_article["base"],
                    "this_instructions": per_article["this"],
                    "this_vs_base_instructions": round(ratio, 4),
                }
            ).decode()
        )


if __name__ == "__main__":
    main()
