"""Golden files: hand-written raw articles in tests/golden and the records expected of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core import Outcome

GOLDEN_DIR = Path(__file__).parent / "golden"
# Fields that change on every run; everything else must match the expected file exactly.
VOLATILE = ("received_at", "parsed_at", "rejected_at", "pipeline_version")


def golden_inputs() -> list[Path]:
    return sorted(p for p in GOLDEN_DIR.iterdir() if ".expected." not in p.name and p.suffix in (".txt", ".jsonl", ".html"))


def expected_path(path: Path) -> Path:
    return path.with_name(path.name.split(".")[0] + ".expected.jsonl")


def stable_view(outcome: Outcome) -> dict[str, Any]:
    record = outcome.to_dict()
    for name in VOLATILE:
        record.pop(name, None)
    return record
