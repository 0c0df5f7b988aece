"""The tables that ship in the package are what the scripts in the repo make of ../shared.

Anything learned ships as a file in ``streams/core/enrich/models`` and must be reproducible by a script in
``scripts/``: a table that drifts from its script (a normalisation changed, the file was not rebuilt) is
caught here. The three word tables rebuild in seconds; the tagger and the topic model take minutes and
are rebuilt by hand (their scripts print what they wrote).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from tests.conftest import ROOT, shared_file

MODELS = ROOT / "streams" / "core" / "enrich" / "models"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("script", "table"),
    [("train_idf", "idf.npz"), ("train_glued_forms", "glued.npz"), ("train_never_definite", "never_definite.npz")],
)
def test_a_shipped_word_table_is_what_its_script_builds(script: str, table: str) -> None:
    corpora: Path = shared_file("corpora/saudinewsnet").parent
    built = _script(script).build(corpora)
    with np.load(MODELS / table, allow_pickle=False) as shipped:
        assert sorted(shipped.files) == sorted(built)
        for name in shipped.files:
            assert np.array_equal(shipped[name], built[name]), f"{table}: {name} differs; run scripts/{script}.py"
