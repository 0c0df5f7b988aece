"""ANERCorp: loading, the train / held-out split, and exact-span entity F1 through the public API.

The held-out part is the last fifth of the sentences of ``ANERCorp.train-dev.txt``: training
(``scripts/train_ner.py``) never sees it; the quality gate scores on it alone.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from streams.core.enrich.entities import TYPE_NAMES, extract_entities, spans_from_labels
from streams.core.enrich.tokens import tokenize

Sentence = list[tuple[str, str]]
SCORED_TYPES = ("PERSON", "ORG", "LOC")


def load_sentences(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        current.append((parts[0], parts[-1]))
        if parts[0] == ".":
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def split(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """(first four fifths for training, last fifth held out)."""
    cut = len(sentences) * 4 // 5
    return sentences[:cut], sentences[cut:]


def gold_spans(sentence: Sentence) -> tuple[str, set[tuple[int, int, str]]]:
    """The sentence as one line (tokens joined by spaces) and its entities as character spans."""
    offsets, position = [], 0
    for word, _ in sentence:
        offsets.append((position, position + len(word)))
        position += len(word) + 1
    line = " ".join(word for word, _ in sentence)
    spans = {
        (offsets[first][0], offsets[last - 1][1], TYPE_NAMES[kind])
        for first, last, kind in spans_from_labels(tag for _, tag in sentence)
    }
    return line, spans


def entity_f1(sentences: list[Sentence]) -> dict[str, dict[str, float]]:
    """Exact-span precision, recall and F1 per type (PERSON, ORG, LOC) and overall (micro)."""
    counts: Counter[tuple[str, str]] = Counter()
    for sentence in sentences:
        line, gold = gold_spans(sentence)
        predicted = {(e.start, e.end, e.type) for e in extract_entities(tokenize(line))}
        for kind in SCORED_TYPES:
            gold_k = {s for s in gold if s[2] == kind}
            predicted_k = {s for s in predicted if s[2] == kind}
            counts[(kind, "tp")] += len(gold_k & predicted_k)
            counts[(kind, "fp")] += len(predicted_k - gold_k)
            counts[(kind, "fn")] += len(gold_k - predicted_k)
    report: dict[str, dict[str, float]] = {}
    for kind in (*SCORED_TYPES, "ALL"):
        kinds = SCORED_TYPES if kind == "ALL" else (kind,)
        tp = sum(counts[(k, "tp")] for k in kinds)
        fp = sum(counts[(k, "fp")] for k in kinds)
        fn = sum(counts[(k, "fn")] for k in kinds)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        report[kind] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "gold": tp + fn,
        }
    return report
