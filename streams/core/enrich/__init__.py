"""Enrichment of a parsed article: entities, keywords, mentioned dates, quantities, duplicate keys.

Each enricher is a plain function of the article's text; ``enrich`` runs them in order and returns
one frozen ``Enrichment``. The story verdict (``story_id``, ``duplicate``) needs the stream's memory
of other articles: the dedupe stage adds it with a ``DuplicateIndex``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from streams.core.enrich.duplicates import Signature, fingerprint, signature
from streams.core.enrich.entities import Entity, extract_entities
from streams.core.enrich.keywords import Keyword, extract_keywords
from streams.core.enrich.mentions import DateMention, mentioned_dates
from streams.core.enrich.quantities import Quantity, extract_quantities
from streams.core.enrich.tokens import tokenize
from streams.core.enrich.topics import Topic, classify
from streams.core.text.sections import is_an_outlets_name
from streams.core.timing import Stopwatch


@dataclass(frozen=True, slots=True)
class Enrichment:
    entities: tuple[Entity, ...]
    keywords: tuple[Keyword, ...]
    mentioned_dates: tuple[DateMention, ...]
    quantities: tuple[Quantity, ...]
    fingerprint: str
    signature: Signature
    topics: tuple[Topic, ...] = ()


def enrich(
    title: str | None,
    body: str,
    tags: tuple[str, ...],
    reference: date | None,
    language: str,
    stopwatch: Stopwatch | None = None,
    credits: tuple[str, ...] = (),
) -> Enrichment:
    """``reference`` is the publication day: without one, relative dates ("أمس") stay unresolved. ``credits``:
    the article's sources, of which the news outlets are no keywords. Each enricher is a lap of ``stopwatch``,
    named as the ``stage`` label of the metrics."""
    laps = stopwatch or Stopwatch()
    tokens = tokenize(body)  # once, for every enricher that reads words
    laps.lap("tokens")
    entities = tuple(extract_entities(tokens, tags, language))
    laps.lap("entities")
    dates = tuple(mentioned_dates(body, reference))
    laps.lap("mentioned_dates")
    quantities = tuple(
        q for q in extract_quantities(body, tokens) if not any(q.start < d.end and d.start < q.end for d in dates)
    )  # "24 مارس" is a date, not the quantity 24
    laps.lap("quantities")
    outlets = tuple(credit for credit in credits if is_an_outlets_name(credit))  # (a ministry credited is a topic)
    keywords = tuple(extract_keywords(title, tokens, entities, tags, language, quantities, outlets))
    laps.lap("keywords")
    print_, sign = fingerprint(body), signature(tokens)
    laps.lap("duplicate_keys")
    topics = tuple(classify(title, tokens, language))
    laps.lap("topics")
    return Enrichment(entities, keywords, dates, quantities, print_, sign, topics)


__all__ = ["DateMention", "Enrichment", "Entity", "Keyword", "Quantity", "Topic", "enrich"]
