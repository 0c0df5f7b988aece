"""Shared fixtures: the read-only third-party data in ../shared, and schema validation."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_45e66460cca4ecb8.txt"
CORPORA = SHARED / "corpora"


def shared_file(relative: str) -> Path:
    """A file of ../shared, or a skip saying it is absent (it is never copied into the repo)."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests read third-party data from ../shared")
    return path


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


ARTICLE_VALIDATOR = _validator("article.v1.json")
REJECTION_VALIDATOR = _validator("rejection.v1.json")


@pytest.fixture
def validate_record() -> Callable[[dict[str, Any]], None]:
    """Validate an article or rejection record against its schema file."""

    def validate(record: dict[str, Any]) -> None:
        validator = REJECTION_VALIDATOR if "reason" in record else ARTICLE_VALIDATOR
        validator.validate(record)

    return validate
