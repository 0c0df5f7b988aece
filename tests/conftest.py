"""Shared fixtures: the read-only third-party data in ../shared, and schema validation."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource

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


def _schemas() -> dict[str, dict[str, Any]]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (ROOT / "schemas").glob("*.json")}


def _validator(name: str) -> jsonschema.Draft202012Validator:
    """A validator for schemas/<name>, resolving references between the schema files."""
    schemas = _schemas()
    registry: Registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )
    jsonschema.Draft202012Validator.check_schema(schemas[name])
    return jsonschema.Draft202012Validator(schemas[name], registry=registry, format_checker=jsonschema.FormatChecker())


ARTICLE_VALIDATOR = _validator("article.v3.json")
REJECTION_VALIDATOR = _validator("rejection.v1.json")
DEADLETTER_VALIDATOR = _validator("deadletter.v1.json")


@pytest.fixture(autouse=True)
def no_worker_outlives_its_test() -> Iterator[None]:
    """Whatever a test did or failed to do, the worker processes it started are stopped. Workers of
    module-scoped fixtures (set up before this fixture) are theirs to stop."""
    from streams.runtime.run import WorkerProcess

    before = set(WorkerProcess.running)
    yield
    for worker in WorkerProcess.running - before:
        worker.stop()


@pytest.fixture
def validate_record() -> Callable[[dict[str, Any]], None]:
    """Validate an article or rejection record against its schema file."""

    def validate(record: dict[str, Any]) -> None:
        validator = REJECTION_VALIDATOR if "reason" in record else ARTICLE_VALIDATOR
        validator.validate(record)

    return validate
