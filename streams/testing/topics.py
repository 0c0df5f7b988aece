"""ANT (Arabic News Texts): loading with the taxonomy mapping, and accuracy / macro-F1 on an outlet."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import orjson

from streams.core.enrich.tokens import tokenize
from streams.core.enrich.topics import SECTION_TO_TOPIC, TopicModel, terms

ANT_FILES = ("ant_multisource.train.jsonl", "ant_jawharafm_v1.1.jsonl")
HELD_OUT_OUTLET = "Alarabia"  # never trained on: the quality gate scores on it


@dataclass(frozen=True)
class LabelledArticle:
    title: str
    text: str
    topic: str
    outlet: str


def load_ant(directory: Path) -> list[LabelledArticle]:
    articles = []
    for name in ANT_FILES:
        for line in (directory / name).read_bytes().splitlines():
            row = orjson.loads(line)
            articles.append(
                LabelledArticle(row.get("title") or "", row["text"], SECTION_TO_TOPIC[row["label"]], row["source"])
            )
    return articles


def evaluate(model: TopicModel, articles: list[LabelledArticle], labels: tuple[str, ...]) -> dict[str, object]:
    """Accuracy, macro-F1 over the labels the gold uses, per-label F1, and the calibration error of the top score."""
    counts: Counter[tuple[str, str]] = Counter()
    correct = 0
    top_scores: list[tuple[float, bool]] = []
    for article in articles:
        probabilities = model.probabilities(terms(article.title, tokenize(article.text)))
        predicted = labels[int(probabilities.argmax())]
        top_scores.append((float(probabilities.max()), predicted == article.topic))
        correct += predicted == article.topic
        counts[(predicted, "predicted")] += 1
        counts[(article.topic, "gold")] += 1
        counts[(article.topic, "hit")] += predicted == article.topic
    per_label = {}
    for label in sorted({a.topic for a in articles}):
        precision = counts[(label, "hit")] / max(1, counts[(label, "predicted")])
        recall = counts[(label, "hit")] / max(1, counts[(label, "gold")])
        per_label[label] = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return {
        "articles": len(articles),
        "accuracy": round(correct / max(1, len(articles)), 4),
        "macro_f1": round(sum(per_label.values()) / max(1, len(per_label)), 4),
        "f1": per_label,
        "calibration_error": round(expected_calibration_error(top_scores), 4),
    }


def expected_calibration_error(top_scores: list[tuple[float, bool]], bins: int = 10) -> float:
    """How far the top score is from the accuracy it claims: |mean score - accuracy| per score decile, weighted."""
    by_bin: dict[int, list[tuple[float, bool]]] = {}
    for score, hit in top_scores:
        by_bin.setdefault(min(int(score * bins), bins - 1), []).append((score, hit))
    gaps = (abs(sum(s for s, _ in members) - sum(h for _, h in members)) for members in by_bin.values())
    return sum(gaps) / max(1, len(top_scores))
