"""Scores used by the quality gates and the evaluation scripts."""

from __future__ import annotations

from collections import Counter

from streams.core.text.normalize import WORD_RE, fold


def tokens(text: str) -> list[str]:
    return WORD_RE.findall(fold(text))


def token_f1(predicted: str, expected: str) -> float:
    """Bag-of-tokens F1, as in extraction benchmarks (ScrapingHub, trafilatura's own)."""
    got, want = Counter(tokens(predicted)), Counter(tokens(expected))
    overlap = sum((got & want).values())
    if not got and not want:
        return 1.0
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)
