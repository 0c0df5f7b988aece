"""The unlabelled Arabic news in ../shared that the learned word statistics are counted on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import orjson

from streams.core.enrich.tokens import TOKEN_RE
from streams.core.text.normalize import fold

# Not ANERCorp: its held-out fifth must stay unseen by anything learned.
UNLABELLED_NEWS = (
    ("saudinewsnet/articles.dev.jsonl", ("title", "content")),
    ("ant/ant_multisource.train.jsonl", ("title", "text")),
    ("ant/ant_jawharafm_v1.1.jsonl", ("title", "text")),
)


def unlabelled_news(corpora: Path) -> Iterator[str]:
    """Title and text of every article, one string each; a clear error when ../shared is absent."""
    for relative, fields in UNLABELLED_NEWS:
        path = corpora / relative
        if not path.exists():
            raise SystemExit(f"{path} is absent: word statistics are learned from ../shared")
        for line in path.read_bytes().splitlines():
            row = orjson.loads(line)
            yield " ".join(str(row.get(field) or "") for field in fields)


def folded_word_counts(corpora: Path) -> Counter[str]:
    """How often the unlabelled news writes each token, folded ("وممثل", "الوزير" as written): what the
    glued-forms and never-definite tables are counted from."""
    counts: Counter[str] = Counter()
    for text in unlabelled_news(corpora):
        counts.update(map(fold, TOKEN_RE.findall(text)))
    return counts
