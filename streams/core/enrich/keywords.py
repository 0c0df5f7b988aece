"""Keywords: what the article is about, ranked, offline and in well under a millisecond.

YAKE ranks fragments like "GMT أفادت" first on the seed (field notes §3): it has no idea which words
are common in news. Here every candidate is scored by how often the article uses it times how rare it
is in Arabic news at large (document frequencies counted on SaudiNewsNet and ANT by
``scripts/train_idf.py``), with the title counting double; multi-word candidates are the entities
the tagger found; and the publisher's tags, the strongest evidence, rank first.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from streams.core.enrich.entities import Entity
from streams.core.enrich.tokens import TOKEN_RE, Tokens, term

IDF_PATH = Path(__file__).parent / "models" / "idf.npz"
MAX_KEYWORDS = 10
_MIN_IDF = 2.5  # below this a word is in most articles: a function word, not a topic
_TITLE_WEIGHT = 2.0
_TAG_BOOST = 1.25
# The idf table is counted on Arabic news: English and French function words need naming.
_FUNCTION_WORDS = frozenset(
    """the a an and or but of to in on at for from by with as is are was were be been has have had it its this
    that these those he she they we you his her their our not no will would can could said says after before
    over into about than also more most new one two its which who what when where while there other some all
    across during against between under up out off just only very such so if then
    le la les un une des du de et ou mais à au aux en dans par pour sur avec est sont été a ont il elle ils
    elles nous vous leur leurs ce cette ces qui que quoi dont où ne pas plus moins très aussi selon après
    avant entre sous depuis lors comme son sa ses""".split()
)


@dataclass(frozen=True, slots=True)
class Keyword:
    text: str
    score: float


@cache
def _idf() -> tuple[dict[str, float], float]:
    with np.load(IDF_PATH, allow_pickle=False) as data:
        table = dict(zip((str(w) for w in data["words"]), (float(v) for v in data["idf"]), strict=True))
        unseen = math.log(1 + int(data["documents"][0]))
    return table, unseen


@lru_cache(maxsize=100_000)  # written forms repeat across articles: judge each once
def _candidate(token: str) -> tuple[str, str, float] | None:
    """(matching key, form shown, idf) of a word worth ranking; None for short, numeric, function
    and common words."""
    idf, unseen = _idf()
    key = term(token)
    rarity = idf.get(key, unseen)
    if len(key) < 3 or key[0].isdigit() or key in _FUNCTION_WORDS or rarity < _MIN_IDF:
        return None
    return key, _display(token), rarity


def extract_keywords(title: str | None, body: Tokens, entities: Iterable[Entity], tags: Iterable[str]) -> list[Keyword]:
    idf, unseen = _idf()
    counts: dict[str, float] = {}
    rarities: dict[str, float] = {}
    surface: dict[str, dict[str, int]] = {}  # key -> written forms and how often
    for weight, written in ((_TITLE_WEIGHT, Counter(TOKEN_RE.findall(title or ""))), (1.0, Counter(body.words))):
        for token, times in written.items():  # each written form once
            found = _candidate(token)
            if found is None:
                continue
            key, shown, rarities[key] = found
            counts[key] = counts.get(key, 0.0) + weight * times
            forms = surface.get(key)
            if forms is None:
                forms = surface[key] = {}
            forms[shown] = forms.get(shown, 0) + times
    scores: dict[str, tuple[float, str]] = {}  # folded text -> (score, display text)
    for key, count in counts.items():
        forms = surface[key]
        scores[key] = (count * rarities[key], max(forms, key=forms.__getitem__))
    for entity in entities:
        words = [term(w) for w in entity.canonical.split()]
        if len(words) > 1:
            # A named entity is one keyword: its mentions count for the full name, not its words.
            weight = sum(idf.get(w, unseen) for w in words)
            key = " ".join(words)
            previous = scores.get(key, (0.0, entity.canonical))[0]
            scores[key] = (previous + weight, entity.canonical)
            for word in words:
                scores.pop(word, None)
    top = max((s for s, _ in scores.values()), default=1.0)
    for tag in tags:
        key = " ".join(term(w) for w in tag.split())
        scores[key] = (top * _TAG_BOOST + scores.get(key, (0.0, tag))[0], tag)
    return _rank(scores)


def _rank(scores: dict[str, tuple[float, str]]) -> list[Keyword]:
    ranked = sorted(scores.items(), key=lambda item: -item[1][0])
    chosen: list[tuple[str, float, str]] = []
    for key, (score, text) in ranked:
        if any(f" {key} " in f" {other} " for other, _, _ in chosen):
            continue  # a word already inside a higher-ranked phrase
        chosen.append((key, score, text))
        if len(chosen) == MAX_KEYWORDS:
            break
    best = chosen[0][1] if chosen else 1.0
    return [Keyword(text, round(score / best, 4)) for _, score, text in chosen]


def _display(token: str) -> str:
    """The word as shown: without a leading conjunction و/ف glued to it."""
    if len(token) > 3 and token[0] in "وف" and token[1:3] in ("ال", "أل"):
        return token[1:]
    return token
