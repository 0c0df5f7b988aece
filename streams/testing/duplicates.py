"""Constructed duplicate pairs from SaudiNewsNet, to score the near-duplicate detection.

Each article yields variants that real outlets produce — the same text with a read-also tail,
under another title, with paragraphs reordered, with a paragraph dropped, truncated to its first
60 % — and unrelated pairs are formed from different articles. Everything goes through the real
parser and enrichers before the ``DuplicateIndex`` judges it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from streams.core import Article, parse_article
from streams.core.enrich.duplicates import DuplicateIndex, shingles
from streams.core.enrich.tokens import tokenize
from streams.testing.render import CleanArticle, paragraphs_of

VARIANTS = ("read_also_tail", "other_title", "reordered", "dropped_paragraph", "truncated")
UNRELATED_OVERLAP = 0.2  # at most this share of the shorter text's shingles in common


@dataclass(frozen=True)
class DuplicateScores:
    true_positives: int
    false_positives: int
    false_negatives: int
    by_variant: dict[str, float]

    @property
    def precision(self) -> float:
        return self.true_positives / max(1, self.true_positives + self.false_positives)

    @property
    def recall(self) -> float:
        return self.true_positives / max(1, self.true_positives + self.false_negatives)


def _raw(title: str, paragraphs: list[str], tail: str = "") -> bytes:
    return ("\n".join([title, "تاريخ النشر: 2nd, November 2023", *paragraphs]) + tail).encode()


def _variant(kind: str, article: CleanArticle, other: CleanArticle, rng: random.Random) -> bytes:
    paragraphs = paragraphs_of(article.content)
    if kind == "read_also_tail":
        tail = f"\nإقرأ أيضاً:\n{other.title}\n" + "\n".join(paragraphs_of(other.content))
        return _raw(article.title, paragraphs, tail)
    if kind == "other_title":
        return _raw("عاجل: " + other.title, paragraphs)
    if kind == "reordered":
        shuffled = paragraphs[:]
        while len(shuffled) > 1 and shuffled == paragraphs:
            rng.shuffle(shuffled)
        return _raw(article.title, shuffled)
    if kind == "dropped_paragraph":
        kept = paragraphs[:]
        kept.pop(rng.randrange(len(kept)))
        return _raw(article.title, kept)
    words = " ".join(paragraphs).split()
    return _raw(article.title, [" ".join(words[: max(20, int(len(words) * 0.6))])])


def _unrelated(originals: list[CleanArticle], candidates: list[CleanArticle]) -> list[CleanArticle]:
    """Candidates that share little text with every original (the corpus holds the same story from
    several outlets: those are true duplicates, not unrelated pairs). Exact shingle overlap decides."""
    owners: dict[str, set[int]] = {}
    sizes = []
    for number, article in enumerate(originals):
        own = shingles(tokenize(article.content))
        sizes.append(len(own))
        for shingle in own:
            owners.setdefault(shingle, set()).add(number)
    kept = []
    for article in candidates:
        own = shingles(tokenize(article.content))
        shared: dict[int, int] = {}
        for shingle in own:
            for number in owners.get(shingle, ()):
                shared[number] = shared.get(number, 0) + 1
        if all(count / max(1, min(len(own), sizes[n])) < UNRELATED_OVERLAP for n, count in shared.items()):
            kept.append(article)
    return kept


def _parsed(data: bytes) -> Article:
    outcome = parse_article(data)
    assert isinstance(outcome, Article), outcome
    return outcome


def evaluate_duplicates(articles: list[CleanArticle], seed: int = 11) -> DuplicateScores:
    """Originals first, then one variant of each (duplicates) and unrelated articles (not)."""
    rng = random.Random(seed)
    eligible = [a for a in articles if len(paragraphs_of(a.content)) >= 3 and len(a.content.split()) >= 80]
    originals, candidates = eligible[: len(eligible) // 2], eligible[len(eligible) // 2 :]
    strangers = _unrelated(originals, candidates)
    index = DuplicateIndex()
    clock = datetime(2023, 11, 2, tzinfo=UTC)
    for article in originals:
        record = _parsed(_raw(article.title, paragraphs_of(article.content)))
        assert record.enrichment is not None
        index.observe(record.id, record.enrichment.fingerprint, record.enrichment.signature, clock)
        clock += timedelta(seconds=1)
    tp = fn = fp = 0
    hits: dict[str, list[bool]] = {kind: [] for kind in VARIANTS}
    for number, article in enumerate(originals):
        kind = VARIANTS[number % len(VARIANTS)]
        record = _parsed(_variant(kind, article, strangers[number % len(strangers)], rng))
        assert record.enrichment is not None
        verdict = index.observe(f"variant-{number}", record.enrichment.fingerprint, record.enrichment.signature, clock)
        found = verdict.duplicate is not None
        hits[kind].append(found)
        tp, fn = tp + found, fn + (not found)
    for number, article in enumerate(strangers):
        record = _parsed(_raw(article.title, paragraphs_of(article.content)))
        assert record.enrichment is not None
        verdict = index.observe(f"stranger-{number}", record.enrichment.fingerprint, record.enrichment.signature, clock)
        fp += verdict.duplicate is not None
    return DuplicateScores(tp, fp, fn, {kind: sum(v) / max(1, len(v)) for kind, v in hits.items()})
