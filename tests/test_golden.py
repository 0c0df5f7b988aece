"""Golden files: each hand-written raw article in tests/golden parses to its reviewed record.

Regenerate with ``python scripts/regenerate_golden.py`` after a deliberate change, and review the diff.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.core import parse_article
from streams.inputs import iter_items
from tests.golden_support import expected_path, golden_inputs, stable_view


@pytest.mark.parametrize("path", golden_inputs(), ids=lambda p: p.name)
def test_golden(path: Path, validate_record: Callable[[dict[str, Any]], None]) -> None:
    outcomes = [parse_article(item.data) for item in iter_items([str(path)])]
    expected = [orjson.loads(line) for line in expected_path(path).read_bytes().splitlines()]
    assert [stable_view(o) for o in outcomes] == expected
    for outcome in outcomes:
        validate_record(outcome.to_dict())


def test_every_family_is_covered() -> None:
    """The golden set spans the families of the field notes; a missing file fails loudly."""
    names = {p.stem for p in golden_inputs()}
    assert {
        "ar_levantine_dual", "ar_hijri_glued", "ar_maghrebi_indic", "ar_no_dateline",
        "ar_update_numeric_inline", "en_article", "fr_article", "envelope_html",
    } <= names  # fmt: skip
