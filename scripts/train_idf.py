"""Document frequencies of words in Arabic news, for keyword ranking: streams/core/enrich/models/idf.npz.

Counts, for each word (folded, clitics stripped), how many articles of SaudiNewsNet and ANT in
../shared use it, and stores its inverse document frequency. Words in fewer than MIN_DF articles
are left out (they get the highest idf at run time). Reproducible: no randomness.

    python scripts/train_idf.py
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.core.enrich.tokens import tokenize  # noqa: E402
from streams.core.lexicon import IDF_PATH  # noqa: E402
from streams.testing.corpora import unlabelled_news  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
MIN_DF = 3


def build(corpora: Path = CORPORA) -> dict[str, np.ndarray]:
    """The table's arrays, as ``main`` writes them (``tests/test_models.py`` checks the shipped file against them)."""
    frequencies: Counter[str] = Counter()
    documents = 0
    for text in unlabelled_news(corpora):
        frequencies.update(set(tokenize(text).terms))
        documents += 1
    words = sorted(w for w, df in frequencies.items() if df >= MIN_DF and w)
    idf = np.array([math.log((1 + documents) / (1 + frequencies[w])) for w in words], dtype=np.float32)
    return {"words": np.array(words), "idf": idf, "documents": np.array([documents])}


def main() -> None:
    table = build()
    np.savez_compressed(IDF_PATH, **table)
    print(
        f"{IDF_PATH.relative_to(ROOT)}: {len(table['words'])} words from {table['documents'][0]} articles", file=sys.stderr
    )


if __name__ == "__main__":
    main()
