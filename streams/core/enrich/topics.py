"""Topic labels over a fixed taxonomy, offline, Arabic first.

A complement naive Bayes over the article's words (folded, clitics stripped; the title counts
twice), trained by ``scripts/train_topics.py`` on the ANT corpora in ``../shared`` with their outlets'
section labels mapped to the taxonomy below (each outlet's section weighing the same), and
calibrated with a temperature fitted on articles the model did not train on. Uniform class priors:
an outlet's section sizes say nothing about the news. About 0.05 ms an article: a sum over the rows of one small matrix.

Articles that are not Arabic get ``other`` first and a flat distribution: a model trained on Arabic
must not make a confident guess about English or French.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from streams.core.enrich.tokens import TOKEN_RE, Tokens, term

MODEL_PATH = Path(__file__).parent / "models" / "topics.npz"
TAXONOMY = ("world", "local", "economy", "sports", "technology", "culture", "other")
# The outlets' section names -> the taxonomy (documented in the README).
SECTION_TO_TOPIC = {
    "internationalNews": "world",
    "middleEast": "world",
    "localNews": "local",
    "society": "local",
    "politic": "local",
    "economy": "economy",
    "sport": "sports",
    "technology": "technology",
    "culture": "culture",
    "diverse": "other",
}
TITLE_WEIGHT = 2
MAX_TOPICS = 3


@dataclass(frozen=True, slots=True)
class Topic:
    label: str
    score: float


def terms(title: str | None, body: Tokens) -> list[str]:
    """The words the model reads: title words repeated, then the body's. (Unfiltered: the model only
    knows words that ``is_modelled``, and looks the others up in vain, quicker than a filter would run.)"""
    return [term(t) for t in TOKEN_RE.findall(title or "")] * TITLE_WEIGHT + list(body.terms)


def is_modelled(word: str) -> bool:
    """Words the model learns: two letters or more, not a number."""
    return len(word) >= 2 and not word[0].isdigit()


@dataclass(frozen=True)
class TopicModel:
    index: dict[str, int]
    weights: np.ndarray  # (words, labels): evidence each word brings to each label
    temperature: float

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> TopicModel:
        with np.load(path, allow_pickle=False) as data:
            words = [str(w) for w in data["words"]]
            return cls({w: i for i, w in enumerate(words)}, data["weights"].astype(np.float32), float(data["temperature"]))

    def probabilities(self, words: list[str]) -> np.ndarray:
        ids = [i for i in map(self.index.get, words) if i is not None]
        if not ids:
            return np.full(len(TAXONOMY), 1 / len(TAXONOMY))
        scores = self.weights[ids].sum(axis=0) / (self.temperature * len(ids) ** 0.5)
        scores = np.exp(scores - scores.max())
        return np.asarray(scores / scores.sum())


@cache
def _model() -> TopicModel:
    return TopicModel.load()


def classify(title: str | None, body: Tokens, language: str) -> list[Topic]:
    """Best first, at most three, scores are probabilities over the taxonomy."""
    if language != "ar":
        flat = round(1 / len(TAXONOMY), 4)
        return [Topic("other", flat)]
    probabilities = _model().probabilities(terms(title, body))
    ranked = sorted(zip(TAXONOMY, probabilities, strict=True), key=lambda pair: -pair[1])[:MAX_TOPICS]
    return [Topic(label, round(float(p), 4)) for label, p in ranked]
