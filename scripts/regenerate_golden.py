"""Regenerate the expected records of the golden files: tests/golden/<name>.expected.jsonl.

Run after a deliberate change of parser behaviour, then read the diff: a golden file is only as
good as the review of its expected output.

    python scripts/regenerate_golden.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.golden_support import GOLDEN_DIR, golden_inputs, stable_view


def main() -> None:
    for path in golden_inputs():
        records = [stable_view(outcome) for outcome in golden_outcomes(path)]
        target = path.with_name(path.name.split(".")[0] + ".expected.jsonl")
        target.write_bytes(b"".join(orjson.dumps(r, option=orjson.OPT_SORT_KEYS) + b"\n" for r in records))
        print(f"{target.relative_to(GOLDEN_DIR.parent.parent)}: {len(records)} record(s)")


def golden_outcomes(path: Path):  # type: ignore[no-untyped-def]
    from streams.core import parse_article
    from streams.inputs import iter_items

    return [parse_article(item.data) for item in iter_items([str(path)])]


if __name__ == "__main__":
    main()
