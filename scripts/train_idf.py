"""Document frequencies of words in Arabic news, for keyword ranking: models/idf.npz.

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
import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.core.enrich.keywords import IDF_PATH, term  # noqa: E402
from streams.core.enrich.tokens import TOKEN_RE  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
SOURCES = [
    (CORPORA / "saudinewsnet" / "articles.dev.jsonl", ("title", "content")),
    (CORPORA / "ant" / "ant_multisource.train.jsonl", ("title", "text")),
    (CORPORA / "ant" / "ant_jawharafm_v1.1.jsonl", ("title", "text")),
]
MIN_DF = 3


def main() -> None:
    frequencies: Counter[str] = Counter()
    documents = 0
    for path, fields in SOURCES:
        if not path.exists():
            raise SystemExit(f"{path} is absent: document frequencies are counted on ../shared")
        for line in path.read_bytes().splitlines():
            row = orjson.loads(line)
            text = " ".join(str(row.get(f) or "") for f in fields)
            frequencies.update({term(t) for t in TOKEN_RE.findall(text)})
            documents += 1
    words = sorted(w for w, df in frequencies.items() if df >= MIN_DF and w)
    idf = np.array([math.log((1 + documents) / (1 + frequencies[w])) for w in words], dtype=np.float32)
    np.savez_compressed(IDF_PATH, words=np.array(words), idf=idf, documents=np.array([documents]))
    print(f"{IDF_PATH.relative_to(ROOT)}: {len(words)} words from {documents} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
