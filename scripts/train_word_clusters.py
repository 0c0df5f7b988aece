"""Distributional word clusters for the entity tagger, from unlabelled Arabic news in ../shared.

Words that occur in the same contexts (names after "الرئيس", places after "في") fall into the same
cluster; the tagger then knows something about names it never saw labelled. Each word of the ANT and
SaudiNewsNet corpora seen at least MIN_COUNT times is described by how often each of the most
frequent words stands right before and right after it; those profiles are clustered with k-means.
Writes streams/core/enrich/models/clusters.npz (words and their cluster ids). Reproducible: fixed seed.

    python scripts/train_word_clusters.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.core.enrich.entities import CLUSTERS_PATH  # noqa: E402
from streams.core.enrich.tokens import tokenize  # noqa: E402
from streams.testing.corpora import unlabelled_news  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"  # not ANERCorp (its training part did not help)
CONTEXT_WORDS = 600
MIN_COUNT = 3
GRANULARITIES = (64, 300, 1000)  # coarse to fine: several views of the same neighbourhood
ITERATIONS = 20


def _sentences() -> list[list[str]]:
    return [list(tokenize(text).terms) for text in unlabelled_news(CORPORA)]


def main() -> None:
    sentences = _sentences()
    counts = Counter(w for s in sentences for w in s)
    vocabulary = [w for w, c in counts.most_common() if c >= MIN_COUNT]
    context = {w: i for i, w in enumerate(vocabulary[:CONTEXT_WORDS])}
    row_of = {w: i for i, w in enumerate(vocabulary)}
    profiles = np.zeros((len(vocabulary), 2 * CONTEXT_WORDS), dtype=np.float32)
    for sentence in sentences:
        for i, word in enumerate(sentence):
            row = row_of.get(word)
            if row is None:
                continue
            if i > 0 and (c := context.get(sentence[i - 1])) is not None:
                profiles[row, c] += 1
            if i + 1 < len(sentence) and (c := context.get(sentence[i + 1])) is not None:
                profiles[row, CONTEXT_WORDS + c] += 1
    profiles = np.sqrt(profiles)
    profiles /= np.linalg.norm(profiles, axis=1, keepdims=True) + 1e-9
    columns = [_kmeans(profiles, k, seed=7) for k in GRANULARITIES]
    np.savez_compressed(CLUSTERS_PATH, words=np.array(vocabulary), clusters=np.stack(columns, axis=1).astype(np.int16))
    print(f"{CLUSTERS_PATH.relative_to(ROOT)}: {len(vocabulary)} words, clusters {GRANULARITIES}", file=sys.stderr)


def _kmeans(profiles: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Spherical k-means (rows are unit vectors, similarity is the dot product)."""
    rng = np.random.default_rng(seed)
    centres = profiles[rng.choice(len(profiles), k, replace=False)]
    assignment = np.zeros(len(profiles), dtype=np.int64)
    for _ in range(ITERATIONS):
        assignment = (profiles @ centres.T).argmax(axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assignment, profiles)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centres = np.where(norms > 0, sums / (norms + 1e-9), centres)
    return assignment


if __name__ == "__main__":
    main()
