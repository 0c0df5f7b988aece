"""Named entities, offline: PERSON, ORG, LOC, MISC with offsets into the text.

Arabic: two stacked averaged perceptrons trained on ANERCorp (``scripts/train_ner.py``, shipped as
``models/ner.npz``). Their word features are chosen so that a token's score is a sum of vectors that
each depend on one word only (the word itself, and the words one and two places before and after),
so every word's contribution is computed once, cached, and a whole text is scored with a few numpy
additions. The second stage adds the first stage's labels of the neighbouring tokens, which is what
keeps "طومي هامس" one person instead of two. Both stages also read ``news_labels``: how a first,
plainer tagger labelled each word across ~25,000 unlabelled news articles, which tells them about
names ANERCorp shows once or never.

Latin script (English, French): capitalised sequences, typed by cue words and Babel's territory names.

Mentions of one entity are tied to one ``canonical`` form: a bare surname ("لافروف") to the full
name seen in the same text ("سيرغي لافروف").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from itertools import chain, repeat
from pathlib import Path

import numpy as np

from streams.core.enrich.quantities import CURRENCY_CODES
from streams.core.enrich.tokens import PROCLITIC_LETTERS, Tokens, positions, term
from streams.core.gazetteer import ADJECTIVE_PLACES, KNOWN_ORGANISATIONS, KNOWN_PLACES, NATIONAL_BODIES
from streams.core.lexicon import (
    arabic_place_names,
    arabic_territories,
    ever,
    is_common_in_the_news,
    is_glued,
    is_rare_in_the_news,
    latin_place_names,
    mostly,
    never_definite,
    news_labels,
)
from streams.core.text.dates import LATIN_ZONES, MONTH_ABBREVIATIONS, MONTH_NAME, month_number
from streams.core.text.function_words import (
    ARABIC_HONORIFICS,
    ARABIC_NAME_LINKS,
    ARABIC_PIOUS_FORMULAS,
    ARABIC_SMALL_WORD_KEYS,
    FUNCTION_WORDS,
)
from streams.core.text.normalize import ARABIC_LETTER_RE, fold, occurrences, strip_clitics
from streams.core.text.sections import AGENCY_KEYS, NEWS_AGENCIES, is_an_outlets_name, is_nisba_adjective

LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
TYPE_NAMES = {"PERS": "PERSON", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
ROLES = ("self", "prev1", "prev2", "next1", "next2")
MODEL_PATH = Path(__file__).parent / "models" / "ner.npz"
CLUSTERS_PATH = Path(__file__).parent / "models" / "clusters.npz"
PAD_BEFORE, PAD_AFTER = "<s>", "</s>"
CACHE_WORDS = 100_000  # word vectors kept, 360 bytes each (36 MB at most)
CLUSTER_LEVELS = 3  # clusters per word, coarse to fine (GRANULARITIES in scripts/train_word_clusters.py)


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    type: str
    start: int
    end: int
    canonical: str

    def to_dict(self) -> dict[str, str | int]:
        return {"text": self.text, "type": self.type, "start": self.start, "end": self.end, "canonical": self.canonical}


def _shape(word: str) -> str:
    if word.isdigit():
        return "digit"
    if ARABIC_LETTER_RE.match(word):
        return "arabic"
    if word[:1].isupper():
        return "Cap"
    if word[:1].isalpha():
        return "low"
    return "punct"


@cache
def _clusters() -> dict[str, tuple[str, ...]]:
    """Word (folded, clitics stripped) -> its distributional clusters, coarse to fine
    (scripts/train_word_clusters.py)."""
    with np.load(CLUSTERS_PATH, allow_pickle=False) as data:
        if data["clusters"].shape[1] != CLUSTER_LEVELS:
            raise ValueError(f"{CLUSTERS_PATH} has {data['clusters'].shape[1]} cluster levels, not {CLUSTER_LEVELS}")
        return {str(w): tuple(str(c) for c in row) for w, row in zip(data["words"], data["clusters"], strict=True)}


@cache
def _arabic_places() -> frozenset[str]:
    """One-word Arabic territory names, as the tagger's stems: folded, without the article."""
    return frozenset(term(n) for n in arabic_territories() if " " not in n)


# --- features: what a word tells about the tokens around it -------------------------------------------

# Every feature a word contributes, as one column (role, template): the role is the place the word
# holds for the token being tagged — the token itself, or its neighbour one or two places before or
# after. Columns are grouped by role, in ROLES order. A feature is named "template=value" in the
# model ("bias" has no value); the sentence pads have one feature per role, named after the role.
_LEVELS = range(CLUSTER_LEVELS)
COLUMNS: tuple[tuple[str, str], ...] = (
    *[("self", t) for t in ("bias", "w", "s", "p2", "p3", "x2", "x3", "sh", "gaz", "clitic", "news", "c")],
    *[("self", f"c{n}") for n in _LEVELS],
    ("self", "self"),
    *[("prev1", t) for t in ("w-1", "s-1", "x2-1", "news-1", *[f"c{n}-1" for n in _LEVELS], "prev1")],
    *[("prev2", t) for t in ("w-2", "c0-2", "prev2")],
    *[("next1", t) for t in ("w+1", "s+1", "news+1", *[f"c{n}+1" for n in _LEVELS], "next1")],
    *[("next2", t) for t in ("w+2", "c0+2", "next2")],
)
_NO_CLUSTERS = (None,) * CLUSTER_LEVELS
# Which role each column belongs to: multiplying a word's gathered feature weights by it sums them per role.
_ROLE_OF_COLUMN = np.array([[c_role == role for c_role, _ in COLUMNS] for role in ROLES], dtype=np.float32)
_PADS = frozenset((PAD_BEFORE, PAD_AFTER))


def word_values(word: str) -> tuple[str | None, ...]:
    """``word``'s value in each of ``COLUMNS``, None where it lacks the feature. One flat tuple, so that
    inference looks a new word's features up column by column, building no name and no list (a
    stream meets ~25 new words an article)."""
    if word in _PADS:
        return tuple(word if template == role else None for role, template in COLUMNS)
    folded = fold(word)
    stem = strip_clitics(folded)
    x2 = folded[-2:]
    found = _clusters().get(stem)
    levels = found or _NO_CLUSTERS
    coarse = levels[0]
    clitic = folded[: len(folded) - len(stem)] or None
    place = "place" if stem in _arabic_places() else None
    news = news_labels().get(stem)
    return (
        *("", folded, stem, stem[:2], stem[:3], x2, folded[-3:], _shape(word), place, clitic, news),
        *(None if found else "none", *levels, None),  # self
        *(folded, stem, x2, news, *levels, None),  # prev1
        *(stem, coarse, None),  # prev2
        *(folded, stem, news, *levels, None),  # next1
        *(stem, coarse, None),  # next2
    )


def feature_name(template: str, value: str) -> str:
    return template if template == "bias" else f"{template}={value}"  # the bias fires on every token


def word_features(word: str) -> dict[str, list[str]]:
    """``word``'s feature names per role: what training indexes."""
    features: dict[str, list[str]] = {role: [] for role in ROLES}
    for (role, template), value in zip(COLUMNS, word_values(word), strict=True):
        if value is not None:
            features[role].append(feature_name(template, value))
    return features


def label_features(labels: list[str], i: int) -> list[str]:
    """Second-stage features of token ``i``: the first stage's labels of its neighbours."""
    before = labels[i - 1] if i > 0 else PAD_BEFORE
    after = labels[i + 1] if i + 1 < len(labels) else PAD_AFTER
    return [f"L-1={before}", f"L+1={after}", f"L-1+1={before}|{after}"]


def token_feature_ids(words: list[str], index: dict[str, int], first_stage: list[str] | None = None) -> list[list[int]]:
    """Feature ids of every token (training uses this; inference sums cached vectors instead)."""
    padded = [PAD_BEFORE, PAD_BEFORE, *words, PAD_AFTER, PAD_AFTER]
    per_word = [word_features(w) for w in padded]
    rows = []
    for i in range(2, len(padded) - 2):
        names = per_word[i]["self"] + per_word[i - 1]["prev1"] + per_word[i - 2]["prev2"]
        names += per_word[i + 1]["next1"] + per_word[i + 2]["next2"]
        if first_stage is not None:
            names += label_features(first_stage, i - 2)
        rows.append([index[n] for n in names if n in index])
    return rows


class _VectorTable:
    """Vectors of strings (the tagger's words) computed once and kept as rows of one numpy table.

    Bounded: when it fills, the strings used since the last compaction stay (at most half the table)
    and the rest go — the common words of the news survive every round, a week's rare names do not."""

    def __init__(self, shape: tuple[int, ...], capacity: int) -> None:
        self.capacity = capacity
        self.table = np.zeros((1024, *shape), dtype=np.float32)
        self._rows: dict[str, int] = {}
        self._used = np.zeros(len(self.table), dtype=bool)  # rows asked for since the last compaction

    def __len__(self) -> int:
        return len(self._rows)

    def rows(self, keys: list[str], compute: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """The rows of ``keys``; the missing ones are computed together, by one call of ``compute``.
        Looked up with ``map`` and marked used with one numpy assignment: no Python step per key."""
        found = list(map(self._rows.get, keys))
        if None in found:
            missing = list(dict.fromkeys(k for k, row in zip(keys, found, strict=True) if row is None))
            if len(self._rows) + len(missing) > self.capacity:
                self._used[[row for row in found if row is not None]] = True  # this text's known keys stay
                self._compact()  # bounded memory: a stream's vocabulary never stops growing
                missing = [k for k in dict.fromkeys(keys) if k not in self._rows]
            if missing:
                self._store(missing, compute(missing))
            found = list(map(self._rows.__getitem__, keys))
        rows = np.array(found, dtype=np.intp)
        self._used[rows] = True
        return rows

    def _compact(self) -> None:
        kept = [k for k, row in self._rows.items() if self._used[row]][: self.capacity // 2]
        self.table[: len(kept)] = self.table[[self._rows[k] for k in kept]]
        self._rows = dict(zip(kept, range(len(kept)), strict=True))
        self._used[:] = False

    def _store(self, keys: list[str], vectors: np.ndarray) -> None:
        first = len(self._rows)
        needed = first + len(keys)
        if needed > len(self.table):
            size = max(needed, 2 * len(self.table))
            grown = np.zeros((size, *self.table.shape[1:]), dtype=np.float32)
            grown[: len(self.table)] = self.table
            self.table = grown
            self._used = np.concatenate([self._used, np.zeros(size - len(self._used), dtype=bool)])
        self.table[first:needed] = vectors
        self._rows.update(zip(keys, range(first, needed), strict=True))


class Tagger:
    """The trained stages: one feature index, one weight matrix (features × labels) per stage."""

    def __init__(self, features: list[str], first: np.ndarray, second: np.ndarray) -> None:
        self.index = {name: i for i, name in enumerate(features)}
        self._by_template: dict[str, dict[str | None, int]] = {}  # template -> value -> feature id
        for name, i in self.index.items():
            template, _, value = name.partition("=")
            self._by_template.setdefault(template, {})[value] = i  # "bias" under ""
        self.stages = (first.astype(np.float32), second.astype(np.float32))
        # Both stages side by side, and a zero row last: what a feature the model never saw adds.
        self._weights = np.vstack([np.concatenate(self.stages, axis=1), np.zeros((1, 2 * len(LABELS)), np.float32)])
        self._columns = [self._by_template.get(template, {}) for _, template in COLUMNS]  # value -> feature id
        # Each word's contribution per stage and role, shape (stages, roles, labels), computed once, so
        # a text is gathered with one fancy index.
        self._words = _VectorTable((2, len(ROLES), len(LABELS)), CACHE_WORDS)
        # The second stage's label-context scores, as a table over (label before, label after).
        context = [*LABELS, PAD_BEFORE, PAD_AFTER]
        self._context_id = {label: i for i, label in enumerate(context)}
        self._context = np.zeros((len(context), len(context), len(LABELS)), dtype=np.float32)
        for b, before in enumerate(context):
            for a, after in enumerate(context):
                names = (f"L-1={before}", f"L+1={after}", f"L-1+1={before}|{after}")
                ids = [self.index[n] for n in names if n in self.index]
                if ids:
                    self._context[b, a] = self.stages[1][ids].sum(axis=0)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Tagger:
        with np.load(path, allow_pickle=False) as data:
            return cls([str(f) for f in data["features"]], data["first"], data["second"])

    def _word_vectors(self, words: list[str]) -> np.ndarray:
        """New words' contributions, shape (words, stages, roles, labels): every feature's weights
        gathered with one fancy index, then summed role by role with one matrix product."""
        zero_row = len(self._weights) - 1  # what a feature the model never saw adds
        columns = self._columns
        zeros = [zero_row] * len(columns)
        looked_up = chain.from_iterable(map(dict.get, columns, word_values(w), zeros) for w in words)  # in C
        ids = np.fromiter(looked_up, dtype=np.intp, count=len(words) * len(columns)).reshape(len(words), len(columns))
        sums = _ROLE_OF_COLUMN @ self._weights[ids]  # (roles, columns) @ (words, columns, stages × labels)
        return sums.reshape(len(words), len(ROLES), 2, len(LABELS)).transpose(0, 2, 1, 3)

    def tag(self, words: list[str]) -> list[str]:
        if not words:
            return []
        rows = self._words.rows([PAD_BEFORE, PAD_BEFORE, *words, PAD_AFTER, PAD_AFTER], self._word_vectors)
        stacked = self._words.table[rows]
        n = len(words)
        word_scores = (
            stacked[2 : n + 2, :, 0]
            + stacked[1 : n + 1, :, 1]
            + stacked[0:n, :, 2]
            + stacked[3 : n + 3, :, 3]
            + stacked[4 : n + 4, :, 4]
        )  # (tokens, stages, labels)
        first = best_valid_labels(word_scores[:, 0])
        padded = np.concatenate(([self._context_id[PAD_BEFORE]], first, [self._context_id[PAD_AFTER]]))
        second = word_scores[:, 1] + self._context[padded[:-2], padded[2:]]
        return [LABELS[i] for i in best_valid_labels(second)]


# --- decoding: the best label sequence in which every I-X continues a B-X or I-X ------------------------

_INSIDE = np.array([label.startswith("I-") for label in LABELS])
# _TRANSITION[before, after]: 0 where "after" may follow "before", -inf where it may not.
_TRANSITION = np.array(
    [[0.0 if not after.startswith("I-") or before[2:] == after[2:] else -np.inf for after in LABELS] for before in LABELS]
)
_OUTSIDE = LABELS.index("O")


def best_valid_labels(scores: np.ndarray) -> np.ndarray:
    """Label ids maximising the summed ``scores`` (tokens × labels) over valid BIO sequences.

    Where the per-token best labels already form a valid sequence they are the answer (most texts).
    Only the run around an orphan I- (after O or another type) is decoded again, by Viterbi over the
    run and the token before it, entered from the label before that: the run can become a B-, join
    the entity before it across one token, or drop out. Exact on short texts; on long ones it misses
    only repairs that would rewrite two or more O tokens, at a fraction of a full Viterbi's cost."""
    best: np.ndarray = scores.argmax(axis=1)
    before = np.concatenate(([_OUTSIDE], best[:-1]))
    orphans = np.flatnonzero(_INSIDE[best] & (_TRANSITION[before, best] < 0))
    for orphan in orphans.tolist():
        if not _INSIDE[best[orphan]] or _TRANSITION[best[orphan - 1] if orphan else _OUTSIDE, best[orphan]] == 0:
            continue  # an earlier window repaired it
        start = orphan
        while start > 0 and best[start - 1] != _OUTSIDE:
            start -= 1
        start = max(0, start - 1)  # the token before the run may become its B-
        end = orphan + 1
        while end < len(best) and best[end] != _OUTSIDE:
            end += 1
        best[start:end] = _viterbi(scores[start:end], int(best[start - 1]) if start else _OUTSIDE)
    return best


def _viterbi(scores: np.ndarray, entering: int = _OUTSIDE) -> np.ndarray:
    """Best valid path through ``scores`` after the label ``entering``, left into O."""
    total = scores[0] + _TRANSITION[entering]
    back = np.zeros(scores.shape, dtype=np.intp)
    for t in range(1, len(scores)):
        candidates = total[:, None] + _TRANSITION + scores[t][None, :]
        back[t] = candidates.argmax(axis=0)
        total = candidates.max(axis=0)
    path = [int(total.argmax())]
    for t in range(len(scores) - 1, 0, -1):
        path.append(int(back[t][path[-1]]))
    return np.array(path[::-1])


@cache
def _tagger() -> Tagger:
    return Tagger.load()


def spans_from_labels(labels: Iterable[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, type) of each entity; an I- without its B- starts one.

    Only the labelled tokens are visited (a text is mostly O): an I- continues the span that ends
    right before it with the same type, anything else starts a new one."""
    labels = list(labels)
    spans: list[list[int | str]] = []
    for i in [i for i, label in enumerate(labels) if label != "O"]:
        label = labels[i]
        kind = label[2:]
        last = spans[-1] if spans else None
        if last is not None and label.startswith("I-") and last[1] == i and last[2] == kind:
            last[1] = i + 1
        else:
            spans.append([i, i + 1, kind])
    return [(int(first), int(end), str(kind)) for first, end, kind in spans]


# Where the capitalised-run rules for Latin names hold: English and French text, and Latin names
# inside Arabic text. In German every noun is capitalised; other languages have their own cues.
LATIN_NAME_LANGUAGES = frozenset(("ar", "en", "fr", "und"))


def extract_entities(tokens: Tokens, hints: Iterable[str] = (), language: str = "und") -> list[Entity]:
    """Entities of ``tokens.text``, offsets into that text (Python str indices).

    ``hints`` are phrases known to name entities — the publisher's tags: a predicted entity inside
    one grows to the whole phrase ("غزة" -> "قطاع غزة"), and a hinted phrase the tagger missed is
    added when its words or a cue word say what it is. ``language`` is the article's ("und" when not
    known): Latin names are only looked for where their rules hold (``LATIN_NAME_LANGUAGES``).
    """
    if not tokens:
        return []
    text, words = tokens.text, list(tokens.words)
    labels = _tagger().tag(words)
    spans = [_before_line_break(span, tokens) for span in spans_from_labels(labels)]
    spans = _places_a_cue_names(_organisations_named_for_places(_without_bare_heads(spans, words), words), tokens)
    spans = _countrysides_of_places(spans, tokens)
    spans = _organisations_named_for_people(_persons_without_a_glued_place(spans, words), words)
    spans = _coordinated_names_apart(_with_family_names(_without_adjectives_taken_for_names(spans, words), words), words)
    spans = _persons_an_office_names(spans, tokens)
    found = [
        (tokens.starts[first], tokens.ends[last - 1], TYPE_NAMES[kind])
        for first, last, kind in map(_mended_edges, spans, repeat(words))
        if first < last and all(map(_in_arabic_letters, words[first:last]))
    ]
    found = _agencies_as_organisations(_with_clubs(_with_known_names(found, tokens), tokens), text)
    found = _letters_as_acronyms(found, text)
    found = [
        s
        for s in _apply_hints(text, found, hints)
        if not _names_nothing(text[s[0] : s[1]]) and not _is_a_places_common_noun(s, text)
    ]
    found = [kept for span in found if (kept := _without_indefinite_words(span, text)) is not None]
    found = [span for span in found if not _is_a_month_written_as_one(span, text)]
    if language in LATIN_NAME_LANGUAGES:
        found += _latin_entities(text, in_arabic=language == "ar")
    found.sort()
    return _canonicalise(text, _drop_overlaps(found))


# --- organisations and places the news names every day (``gazetteer``) ----------------------------------

# The words' keys, what each word has glued before its key (the article, "ب" of "بعقوبة"), whether a country's
# adjective must follow, the type.
_KnownName = tuple[tuple[str, ...], tuple[str, ...], bool, str]


@cache
def _known_names() -> dict[str, tuple[_KnownName, ...]]:
    """First word's key -> the names starting with it, longest first."""
    names: list[_KnownName] = [(*_keys_and_prefixes(n, False), False, "ORG") for n in KNOWN_ORGANISATIONS]
    names += [(*_keys_and_prefixes(n, False), True, "ORG") for n in NATIONAL_BODIES]
    names += [(*_keys_and_prefixes(n, True), False, "LOC") for n in KNOWN_PLACES]
    index: dict[str, list[_KnownName]] = {}
    for name in names:
        index.setdefault(name[0][0], []).append(name)
    return {first: tuple(sorted(found, key=lambda name: -len(name[0]))) for first, found in index.items()}


def _keys_and_prefixes(name: str, as_written: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys of ``name``'s words and, ``as_written``, what each glues before its key (else nothing: an
    organisation's name is no common word, "أونروا" is "الأونروا"; a town's may be, "منامة" is lodging)."""
    keys = tuple(map(term, name.split()))
    if not as_written:
        return keys, ("",) * len(keys)
    return keys, tuple(_glued_before(word, key) for word, key in zip(name.split(), keys, strict=True))


def _glued_before(word: str, key: str) -> str:
    """What ``word`` has glued before its ``key``, "لل" read as the article it holds ("للمنامة": "ال")."""
    prefix = fold(word)[: -len(key)]
    return prefix[:-2] + "ال" if prefix.endswith("لل") else prefix


def _known_name_spans(tokens: Tokens) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, type) of each listed name, longest name first at each place."""
    index, terms = _known_names(), tokens.terms
    spans: list[tuple[int, int, str]] = []
    for i in positions(tokens, index.keys()):  # most words start no name
        if spans and i < spans[-1][1]:
            continue  # inside the name before
        for keys, prefixes, national, kind in index[terms[i]]:
            if _names(tokens, i, keys, prefixes, national):
                spans.append((i, i + len(keys) + national, kind))  # a national body takes in its country's adjective
                break
    return spans


def _names(tokens: Tokens, at: int, keys: tuple[str, ...], prefixes: tuple[str, ...], national: bool) -> bool:
    """Do the tokens from ``at`` write the name: its keys, each word keeping what the name glues before it (with a
    conjunction or preposition before that): "بالمنامة" and "للمنامة" name Manama, "منامة" is lodging; "وبعقوبة"
    names Baqubah, "العقوبة" is the punishment."""
    end = at + len(keys)
    if tokens.terms[at:end] != keys:
        return False
    written = (_glued_before(word, key) for word, key in zip(tokens.words[at:end], keys, strict=True))
    if not all(glued.endswith(prefix) for glued, prefix in zip(written, prefixes, strict=True)):
        return False
    return not national or (end < len(tokens) and _is_country_adjective(tokens.words[end]))


def _is_country_adjective(word: str) -> bool:
    """A place's name made an adjective with ي, after the article: "المصري", "السعودية", "الأمريكية"."""
    folded = fold(word)
    if not is_nisba_adjective(folded):
        return False
    adjective = folded[2:-1] if folded.endswith("يه") else folded[2:]
    if len(adjective) < 3 or not adjective.endswith("ي"):
        return False  # a plural ("المصريين") names people, not a country's body
    stem = adjective[:-1]  # "مصري" -> "مصر"; "روسي" -> "روسيا", "سعودي" -> "سعوديه", "أمريكي" -> "امريكا"
    places = _adjective_places()
    return any(term(place) in places for place in (stem, "ال" + stem, adjective + "ا", stem + "ا", adjective + "ه"))


@cache
def _adjective_places() -> frozenset[str]:
    return _arabic_places() | frozenset(map(term, ADJECTIVE_PLACES))


def _with_known_names(found: list[tuple[int, int, str]], tokens: Tokens) -> list[tuple[int, int, str]]:
    """The tagger's spans with the listed organisations and places put in: a listed name replaces the spans
    it overlaps, unless the tagger's span holds it whole and more ("مفوضية الأمم المتحدة" keeps its head)."""
    for first, last, kind in _known_name_spans(tokens):
        start, end = tokens.starts[first], tokens.ends[last - 1]
        if any(s <= start and end <= e and e - s > end - start for s, e, _ in found):
            continue
        found = [span for span in found if span[1] <= start or end <= span[0]] + [(start, end, kind)]
    return found


# Clubs named with a common word ("الهلال" a crescent, "النصر" a victory, "الأهلي" "national"): in a match
# report, the club. (Names that are also a place, "الرياض", "العين", "الكويت", or a word every story
# uses, "الاتحاد", "الشباب", "الاتفاق", "التعاون", "الوحدة", are left to the tagger.)
_CLUB_NAMES = (
    "الهلال النصر الأهلي الزمالك الفيصلي الترجي الوداد الرجاء السد الدحيل الريان الوصل القادسية الإسماعيلي "
    "الفيحاء الطائي الحزم الأخدود الفتح الرائد".split()
)
_CLUB_KEYS = frozenset(map(term, _CLUB_NAMES))
_MATCH_WORDS = frozenset(
    map(term, "مباراة المباراة الدوري دوري فاز تعادل خسر تغلب هدف هدفين أهداف ملعب الجولة كأس بطولة مدرب لاعب".split())
)
_MATCH_REPORT_MIN_WORDS = 2


def _with_clubs(found: list[tuple[int, int, str]], tokens: Tokens) -> list[tuple[int, int, str]]:
    """Listed clubs as organisations, in a text with two words of a match report ("فاز الهلال على النصر
    في مباراة …"): standing with the article, in no other name, and not after a definite noun, whose
    adjective it would be ("المستشفى الأهلي"), unless that noun is a club too ("الهلال والنصر")."""
    if len(_MATCH_WORDS & tokens.vocabulary) < _MATCH_REPORT_MIN_WORDS:
        return found
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    with_clubs = list(found)
    for i in positions(tokens, _CLUB_KEYS):
        after_noun = i > 0 and _is_definite(words[i - 1]) and tokens.terms[i - 1] not in _CLUB_KEYS
        start, end = starts[i], ends[i]
        if after_noun or not _is_definite(words[i]) or any(s < end and start < e for s, e, _ in with_clubs):
            continue
        with_clubs.append((start, end, "ORG"))
    return with_clubs


def _letters_as_acronyms(found: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Latin letters' names between dots are one acronym, a company's or a body's ("بي.بي.سي", "دي.إي.إيه": the
    tagger named the letters apart), or a person's initials before the name ("إتش.آر مكماستر"); a letter's name
    alone names nothing ("الالتهاب الكبدي سي", hepatitis C)."""
    if not any(end - start <= _LETTER_NAME_MAX_CHARS and text[start:end] in _LETTER_NAMES for start, end, _ in found):
        return found  # nearly every text
    acronyms = [m.span() for m in _DOTTED_ACRONYM_RE.finditer(text)]
    kept = [
        span
        for span in found
        if text[span[0] : span[1]] not in _LONE_LETTERS and not any(a < span[1] and span[0] < b for a, b in acronyms)
    ]
    named = []
    for a, b in acronyms:
        touching = [(start, end, kind) for start, end, kind in found if a < end and start < b]
        if touching:  # a name going on after the initials keeps its type: "إتش.آر مكماستر" is a person
            longest = max(touching, key=lambda span: span[1])
            named.append((min(a, longest[0]), longest[1], longest[2]) if longest[1] > b else (a, b, "ORG"))
    return sorted(kept + named)


_LETTER_NAMES = frozenset(
    "بي سي دي إف اف جي إتش اتش آي اي إي كي إل إم ام إن ان أو او كيو آر ار إس اس تي يو في إكس اكس واي زد إيه ايه".split()
)
_LONE_LETTERS = _LETTER_NAMES - {"إكس", "اكس"}  # ("منصة إكس": X, the platform, is a name)
_LETTER_NAME_MAX_CHARS = 3
_LETTER_NAME = "|".join(sorted(_LETTER_NAMES, key=len, reverse=True))  # the longest first: "إيه" before "إي"
_DOTTED_ACRONYM_RE = re.compile(rf"(?<![^\W\d_])(?:{_LETTER_NAME})(?:\.(?:{_LETTER_NAME})){{1,5}}(?![^\W\d_])")


def _agencies_as_organisations(found: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """A news agency credited in brackets, or opening a paragraph before a dash, is the agency: "(بترا)" is not
    the city of Petra, "(سبأ)" not the kingdom of Sheba, "عمون - قال …" not Amman's ancient name; an outlet's word
    alone ("نيوز") takes in the name before it ("السومرية نيوز")."""
    return [
        (start, end, "ORG")
        if _is_credited(text, start, end) and fold(text[start:end]) in AGENCY_KEYS
        else _with_the_outlets_name(start, end, kind, text)
        for start, end, kind in found
    ]


def _is_credited(text: str, start: int, end: int) -> bool:
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True
    return (start == 0 or text[start - 1] == "\n") and _CREDIT_DASH_RE.match(text, end) is not None


_CREDIT_DASH_RE = re.compile(r"\s*[-–—/]")


def _with_the_outlets_name(start: int, end: int, kind: str, text: str) -> tuple[int, int, str]:
    """ "نيوز" of "تلقته السومرية نيوز": the outlet whose name the word ends, when the word before it is one the
    news seldom writes or gives as an organisation's (not "شارع" of "شارع تايمز", Times Square)."""
    word = text[start:end]
    if " " in word or not is_an_outlets_name(word) or fold(word) in AGENCY_KEYS:
        return start, end, kind
    before = _WORD_BEFORE_RE.search(text, max(0, start - _WORD_BEFORE_MAX_CHARS), start)
    if before is None or is_an_outlets_name(before[1]) or not (is_rare_in_the_news(before[1]) or ever(before[1], "ORG")):
        return start, end, kind
    return before.start(), end, "ORG"


_WORD_BEFORE_RE = re.compile(r"(\w+) $")
_WORD_BEFORE_MAX_CHARS = 30


def _before_line_break(span: tuple[int, int, str], tokens: Tokens) -> tuple[int, int, str]:
    """The span up to the first line break inside it: the tagger reads a text as one run of words,
    and a byline's name ("كتب: أحمد محمد") must not take in the next paragraph's first word."""
    first, last, kind = span
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    for k in range(first + 1, last):
        if "\n" in text[ends[k - 1] : starts[k]]:
            return first, k, kind
    return span


# A proclitic written apart with a tatweel before a quote or bracket: "لـ(الوطن)", "بـ"الصدمة"".
_GLUE_TOKENS = frozenset(f"{letter}\u0640" for letter in (*PROCLITIC_LETTERS, "ال"))


def _mended_edges(span: tuple[int, int, str], words: list[str]) -> tuple[int, int, str]:
    """The span without such tokens at its edges ("محمد الدويش لـ" is "محمد الدويش"), and with the
    second half of a construct its organisation name stopped inside ("الاتحاد السعودي لكرة القدم")."""
    first, last, kind = span
    while first < last and words[first].rstrip("\u0640") + "\u0640" in _GLUE_TOKENS:
        first += 1
    while last > first and words[last - 1].rstrip("\u0640") + "\u0640" in _GLUE_TOKENS:
        last -= 1
    while last > first and (term(words[last - 1]) in _NEVER_END_A_NAME or (kind != "MISC" and words[last - 1].isdigit())):
        last -= 1  # "الهيئة إن", "السعودية تحت": what follows the name; "الأمم المتحدة 2216": a resolution's number
    if first == last:
        return span[0], span[0], kind  # nothing of a name: dropped by the caller
    if kind == "PERS" and last - first > _GIVEN_AND_FAMILY and _is_a_possessed_noun(words[last - 1]):
        last -= 1  # "محمد صلاح فريقه": his team, after the name
    if kind == "PERS" and last < len(words) and term(words[last - 1]) in _NAME_LINKS and _may_end_a_name(words[last]):
        last += 1  # "عبدالله بن" + "مساعد": a name never ends on "son of" ("شينزو ابي" + "لكن": Abe, then "but")
    if kind == "PERS" and last + 1 < len(words) and words[last] == _HOUSE and _may_end_a_name(words[last + 1]):
        last += 2  # "تميم بن حمد" + "آل ثاني": the house ends the name ("ثاني" is "second" too)
    if kind == "ORG" and last < len(words) and _ends_on_half_a_construct(words[first:last], words[last]):
        last += 1  # "الاتحاد السعودي لكرة" + "القدم"
    elif kind == "ORG" and last < len(words) and _heads_what_it_does(words[first:last], words[last]):
        last += 1  # "منظمة حظر" + "الأسلحة"
        while last < len(words) and fold(words[last]) not in _NO_COMPLEMENT_KEYS and _is_definite_nisba(words[last]):
            last += 1  # + "الكيماوية"
    if kind == "ORG" and last < len(words) and words[last] in _INTERNATIONAL:
        last += 1  # "مجلس الأمن" + "الدولي": inside the name 14 times out of 15 in ANERCorp's training part
    if kind in ("ORG", "MISC") and last < len(words) and _is_for_what(words[first:last], words[last], kind):
        last = _after_what_it_is_for(words, last)  # "الهيئة العامة" + "للمنشآت الصغيرة والمتوسطة"
    return first, last, kind


def _is_a_possessed_noun(word: str) -> bool:
    """A common noun with a pronoun glued on ("فريقه", "منصبها", "بلادهم"): no name's last word (which ends on
    "ة", not "ه": "سلامة"), unless the tagger's table holds it mostly for names ("عبدالله")."""
    for suffix in _POSSESSIVE_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _POSSESSED_STEM_MIN_CHARS:
            return is_common_in_the_news(word[: -len(suffix)]) and not mostly(word, "PERS")
    return False


_HOUSE = "آل"
_POSSESSIVE_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
_POSSESSED_STEM_MIN_CHARS = 3
_GIVEN_AND_FAMILY = 2


def _is_for_what(name: list[str], following: str, kind: str) -> bool:
    """A body named by a definite head and its adjective ("الهيئة العامة", "الجهاز المركزي") and what it is for
    after "لل" ("للاستثمار"): ANERCorp's names take it in ("الهيئة العامة للتأمين الصحي", "البنك الآسيوي
    للتنمية"), and so an event's named for its place ("طهران الدولي للكتاب", its "معرض" left out). Not a time or a
    purpose ("للمرة", "للعام"), nor a name of its own ("للأمم المتحدة")."""
    if len(name) != 2 or not following.startswith("لل") or len(following) < _FOR_WHAT_MIN_CHARS:
        return False
    head, adjective = name
    noun = "ال" + following[2:]
    headed = term(head) in _ORG_HEAD_KEYS and head.startswith("ال") if kind == "ORG" else _is_definite_nisba(adjective)
    return (
        not _is_a_known_name(name)  # a whole name already: "مفوضة الاتحاد الأوروبي للشؤون الخارجية" is her office
        and headed
        and adjective.startswith("ال")
        and following.isalpha()
        and strip_clitics(fold(following)) not in _NOT_WHAT_A_BODY_IS_FOR
        and not _mostly_a_names_word(noun)
    )


def _after_what_it_is_for(words: list[str], at: int) -> int:
    """Past the "لل" noun, its adjectives, and one noun joined by "و" with its own ("للتعبئة العامة والإحصاء",
    "للمنشآت الصغيرة والمتوسطة")."""
    end, joined = at + 1, False
    while end < len(words) and end - at <= _FOR_WHAT_MAX_WORDS:
        word = words[end]
        if fold(word) in _NO_COMPLEMENT_KEYS:
            break  # "التي", "الذي": what is said of the name
        if _is_definite_nisba(word) or fold(word) in _ADJECTIVE_KEYS:
            end += 1
        elif not joined and word.startswith("وال") and word.isalpha() and fold(word[1:]) not in _NO_COMPLEMENT_KEYS:
            end, joined = end + 1, True
        else:
            break
    return end


def _is_a_known_name(words: list[str]) -> bool:
    """Are ``words`` one of the gazetteer's names, whole ("الاتحاد الأوروبي", "الأمم المتحدة")?"""
    keys = _keys_and_prefixes(" ".join(words), False)[0]
    return any(known[0] == keys for known in _known_names().get(keys[0], ()))


_FOR_WHAT_MIN_CHARS = 5  # "للنفط"
_FOR_WHAT_MAX_WORDS = 4
_NOT_WHAT_A_BODY_IS_FOR = frozenset(
    strip_clitics(fold(w))
    for w in "المرة العام السنة الشهر اليوم الأسبوع الموسم الحصول القيام المزيد الغاية الحديث الصحفيين الصحافيين".split()
)
# Adjectives that are no nisba, common after such a noun: "الصغيرة والمتوسطة", "العامة", "العليا".
_ADJECTIVE_KEYS = frozenset(
    fold(w) for w in "العامة العام الصغيرة الصغرى الكبيرة الكبرى المتوسطة العليا الحرة الخاصة المتجددة المتقدمة".split()
)


# Particles, prepositions and other small words no name ends on, as keys; not those whose key is a
# name's too: "على" is "علي"'s, "أمام" "إمام"'s, "هنا" is "Hana".
_NEVER_END_A_NAME = ARABIC_SMALL_WORD_KEYS - frozenset(map(term, ("على", "أمام", "هنا"))) | frozenset(
    map(term, "بشأن ضد عبر وفق إثر جراء بسبب عقب تجاه".split())  # what is said of the name: "كوريا بشأن تجنب …"
)


def _may_end_a_name(word: str) -> bool:
    return word.isalpha() and term(word) not in _NEVER_END_A_NAME


# The words that join a name to its next part, which no person's name ends on ("ابن" is left out:
# "زيان ابن أخيه" is Zayan, his nephew).
_NAME_LINKS = frozenset(term(w) for w in ARABIC_NAME_LINKS if w != "ابن")

# The generic first words of organisation names: what a name starting with one of them is.
ORG_HEADS = (
    "جامعة مجلس وزارة منظمة حزب شركة هيئة الأمم بنك مصرف اتحاد حركة جمعية وكالة مؤسسة نادي محكمة معهد لجنة"
    " برنامج صندوق مكتب مفوضية رابطة غرفة سلطة جهاز تحالف جبهة ائتلاف نقابة قوات صحيفة قناة مركز"
).split()
_ORG_HEAD_KEYS = frozenset(term(w) for w in ORG_HEADS)
# ... except "الاتحاد", alone the name of a club (Al-Ittihad) in Saudi and Egyptian sports news.
_BARE_HEADS = _ORG_HEAD_KEYS - {term("اتحاد")}
# Heads an organisation named for its place has ("جامعة القاهرة"); not "قناة" ("قناة السويس" is the
# canal), "قوات" or "سلطة" (forces or authorities of a country, not one body), …
_PLACE_NAMED_HEADS = _ORG_HEAD_KEYS - {
    term(w) for w in ("قناة", "قوات", "سلطة", "الأمم", "برنامج", "مكتب", "جبهة")
}  # ("برنامج إيران النووي" is Iran's programme, "مكتب الشرق الأوسط" an office's region, "جبهة الجفينة" a front line)


def _without_bare_heads(spans: list[tuple[int, int, str]], words: list[str]) -> list[tuple[int, int, str]]:
    """An organisation that is only a generic head ("مجلس", "جامعة", "المنظمة") takes in the entity
    right after it ("نادي" + "برشلونة", "جامعة" + "القاهرة") or is dropped: ANERCorp's training part
    marks such a head alone 5 times, as the first word of a longer name 380 times."""
    kept: list[tuple[int, int, str]] = []
    for (first, last, kind), after in zip(spans, [*spans[1:], (-1, -1, "")][: len(spans)], strict=True):
        if kept and kept[-1][1] > first:
            continue  # taken in by the bare head before it
        if kind == "ORG" and last - first == 1 and term(words[first]) in _BARE_HEADS:
            if after[0] == last and after[2] != "PERS":  # "المتحدث باسم المنظمة" + a person: the person
                kept.append((first, after[1], "ORG"))
            continue
        if kind == "ORG" and _names_its_head_s_person(words, first, last):
            kept.append((first + 1, last, "PERS"))  # "للمنظمة تيدروس أدهانوم غيبريسوس": its director
            continue
        kept.append((first, last, kind))
    return kept


def _persons_without_a_glued_place(spans: list[tuple[int, int, str]], words: list[str]) -> list[tuple[int, int, str]]:
    """A person's name does not end on a preposition glued to what follows it: "فهد بالدمام" is Fahd in Dammam,
    "عبدالعزيز للعلوم" Abdulaziz for the sciences (in ANERCorp's training part no person's name ends on a word
    of "لل", and on one of "بال" only in "بالله"). A word of "بال" ends it only where the news writes the word
    glued ("بالرياض"; not "بالمر", Palmer) or names a place ("مستشفى الملك فهد بالهفوف"); a bare "ب" is a name's
    own letter too often ("باول", "بشارة")."""
    return [
        (first, last - 1, kind)
        if kind == "PERS" and last - first > 1 and _is_glued_after_a_name(words[last - 1])
        else (first, last, kind)
        for first, last, kind in spans
    ]


def _is_glued_after_a_name(word: str) -> bool:
    folded = fold(word)
    if folded.startswith("لل"):
        return True
    return folded.startswith("بال") and folded != "بالله" and (is_glued(word) or folded[1:] in arabic_place_names())


def _organisations_named_for_people(spans: list[tuple[int, int, str]], words: list[str]) -> list[tuple[int, int, str]]:
    """An organisation of a head and a title ("جامعة الأمير", "جامعة الملك") takes in the person right after it:
    "جامعة الأمير سطام بن عبدالعزيز", "جامعة الملك سعود" are one body each (ANERCorp: "جامعة الملك فهد"). Not
    a definite head ("رئيس الهيئة الأمير فيصل …": its president) or a longer name ("الاتحاد السعودي للفروسية
    الأمير …")."""
    merged: list[tuple[int, int, str]] = []
    for first, last, kind in spans:
        if merged and kind == "PERS" and _ends_on_a_title(merged[-1], words) and merged[-1][1] == first:
            merged[-1] = (merged[-1][0], last, "ORG")
            continue
        merged.append((first, last, kind))
    return merged


def _ends_on_a_title(span: tuple[int, int, str], words: list[str]) -> bool:
    first, last, kind = span
    return (
        kind == "ORG"
        and last - first == 2
        and term(words[first]) in _NAMED_AFTER_PEOPLE
        and not _is_definite(words[first])
        and term(words[first + 1]) in _TITLE_KEYS
    )


_TITLE_KEYS = frozenset(term(w) for w in "الملك الأمير الأميرة الشيخ الشيخة السلطان الإمام".split())


def _names_its_head_s_person(words: list[str], first: int, last: int) -> bool:
    """Does a definite bare head ("المنظمة") run into a person's name ("تيدروس")? Before a word without
    the article it ends its phrase (an organisation's name goes on in a construct, "منظمة الصحة", or with
    an adjective, "المنظمة العربية"), and the person the tagger ran on to is the name's own entity."""
    if not (
        last - first > 1
        and term(words[first]) in _ORG_HEAD_KEYS
        and _is_definite(words[first])
        and not _is_definite(words[first + 1])
    ):
        return False
    led = any(term(word) in _LEADER_KEYS for word in words[max(0, first - _LEADER_REACH) : first])
    return led or news_labels().get(term(words[first + 1]), "") in ("PERS3", "PERS2")


# Who leads or speaks for a body, before its head and the person's name: "المدير العام للمنظمة تيدروس …".
_LEADER_KEYS = frozenset(
    term(w)
    for w in "مدير رئيس رئيسة أمين الأمين متحدث ناطق ممثل مبعوث سفير مؤسس زعيم قائد نائب مستشار وزير مسؤول مسؤولة".split()
)
_LEADER_REACH = 4  # "مسؤولة السياسة الخارجية في الاتحاد كايا كالاس"


# What a person's name may stand inside, a few words before it: "مطار الملك خالد الدولي", "مستشفى الملك
# عبدالله التخصصي", "مركز الأمير سلطان الحضاري" (the adjective is the place's, not a family name).
_NAMED_AFTER_PEOPLE = _ORG_HEAD_KEYS | frozenset(
    term(w)
    for w in """مستشفى مطار مجمع مدينة مسجد شارع طريق قاعة جائزة كلية ملعب استاد مشروع جسر ميناء قصر حي مدرسة
    كرسي مهرجان بطولة كأس دورة حكومة عهد""".split()
)
_NAME_REACH = 3  # words before a name where such a place's head stands: "مطار" + "الملك" + "خالد"
# Words after a name that say what the person does, not who: "هشام بركات المدعي العام", "المحامي".
_DESCRIPTORS = frozenset(
    fold(w) for w in "المدعي المحامي الحقوقي الموالي الاستراتيجي الصحفي السياسي الإعلامي التخصصي".split()
)


def _with_family_names(spans: list[tuple[int, int, str]], words: list[str]) -> list[tuple[int, int, str]]:
    """A person's name takes in the family name of the form "ال…ي" right after it: "محمد شياع السوداني",
    "مشهور بن ناشي المطرفي" (the tagger often stops before it: the form is also an adjective's). In
    ANERCorp's training part such a word after a person is inside the name 129 times, outside it 8.
    Not a country's adjective ("مورجيس السويسري"), a descriptor, or inside a place named for the person."""
    starts = {first for first, _, _ in spans}
    extended: list[tuple[int, int, str]] = []
    for first, last, kind in spans:
        if extended and kind == "PERS" and extended[-1][1:] == (first, "PERS") and term(words[first]) in _KUNYAS:
            extended[-1] = (extended[-1][0], last, kind)  # a family name "أبو …": "عبد الرحمن" + "أبو زهرة"
            continue
        if kind == "PERS" and last - first > 1 and words[last - 1] in _INTERNATIONAL:
            last -= 1  # "مطار الملك خالد الدولي": the airport is international, not the king
        elif kind == "PERS" and last not in starts and _family_name_follows(words, first, last):
            last += 1
        extended.append((first, last, kind))
    return extended


_KUNYAS = frozenset(term(w) for w in ("أبو", "ابو"))


def _coordinated_names_apart(spans: list[tuple[int, int, str]], words: list[str]) -> list[tuple[int, int, str]]:
    """Two persons or two places joined by "و" are two names ("أسامة وسالم", "محمد وعبدالله السبيعي",
    "الولايات المتحدة وفرنسا"): a word after a name's first opens a name of its own when it is "و" glued to
    a word (as the news writes it; not "وليد", "وائل") that the news names as one of that type."""
    apart = []
    for first, last, kind in spans:
        if kind in _COORDINATED_KINDS:
            for at in range(first + 1, last):
                if words[at].startswith("و") and is_glued(words[at]) and mostly(words[at], kind):
                    apart.append((first, at, kind))
                    first = at
        apart.append((first, last, kind))
    return apart


_COORDINATED_KINDS = ("PERS", "LOC")  # organisations keep theirs: "منظمة الأغذية والزراعة"


def _without_adjectives_taken_for_names(spans: list[tuple[int, int, str]], words: list[str]) -> list[tuple[int, int, str]]:
    """A lone "ال…ي" after a definite noun is its adjective ("والموقف الصدامي"), not a person: in
    ANERCorp's training part such a word is outside any name 1,403 times, a person 7 (after a title:
    "الشيخ الخراساني")."""
    ended = {last for _, last, _ in spans}
    return [
        (first, last, kind)
        for first, last, kind in spans
        if not (
            kind == "PERS"
            and last - first == 1
            and first > 0
            and first not in ended
            and _is_family_name(words[first])
            and _is_definite(words[first - 1])
            and words[first - 1].lstrip("وفبل") not in _TITLES
        )
    ]


def _persons_an_office_names(spans: list[tuple[int, int, str]], tokens: Tokens) -> list[tuple[int, int, str]]:
    """A person the tagger does not know, named right after an office and what it is of: "المتحدث باسم الحكومة
    بيشوا هوراماني", "وزيرة المالية الاتحادية طيف سامي". What the office is of is definite ("الحكومة", "المالية
    الاتحادية") or "باسم"; the name after it is not: two or three words the news seldom writes ("هوراماني") or
    gives as a person's ("سامي")."""
    offices = positions(tokens, _OFFICE_KEYS)
    if not offices:
        return spans
    words, keys, taken = tokens.words, tokens.terms, {i for first, last, _ in spans for i in range(first, last)}
    found: list[tuple[int, int, str]] = []
    for office in offices:
        if office in taken:
            continue
        start = office + 1
        while start < len(words) and start - office <= _OFFICE_OF_MAX_WORDS and _goes_on(tokens, start):
            if not (_is_definite(words[start]) or keys[start] in _OFFICE_OF_KEYS or _heads_a_construct(tokens, start)):
                break
            start += 1
        end = start
        while end < len(words) and end - start < _UNKNOWN_NAME_MAX_WORDS and end not in taken and _goes_on(tokens, end):
            if _is_definite(words[end]) or not _may_be_an_unknown_name(words[end], keys[end]):
                break
            end += 1
        if end - start == 1 and mostly(words[start], "PERS") and _may_be_a_family_name(tokens, end, taken):
            end += 1  # a first name's family name may be a common word: "المتحدث باسم الوزارة عاصم جهاد"
        if start > office + 1 and end - start >= 2:
            found.append((start, end, "PERS"))
    return sorted([*spans, *found]) if found else spans


def _may_be_a_family_name(tokens: Tokens, index: int, taken: AbstractSet[int]) -> bool:
    """Can the word at ``index`` end a name after a first name: a plain word, neither definite nor glued to a
    preposition, nor a particle or a verb ("عاصم" then "جهاد"; not "عاصم" then "إن", "قال", "لوكالة")?"""
    if index >= len(tokens) or index in taken or not _goes_on(tokens, index):
        return False
    word, key = tokens.words[index], tokens.terms[index]
    return (
        word.isalpha()
        and not _is_definite(word)
        and key not in ARABIC_SMALL_WORD_KEYS
        and key not in never_definite()
        and not is_glued(word)
    )


def _heads_a_construct(tokens: Tokens, index: int) -> bool:
    """The word opens a chain of common nouns that a definite one closes: "وزارة إدارة الكوارث" (what an office
    is of, however many nouns its name strings together: "المتحدث باسم وزارة إدارة الكوارث جانان صايق")."""
    words, end = tokens.words, min(len(tokens.words), index + _OFFICE_OF_MAX_WORDS)
    while index < end and not _is_definite(words[index]) and words[index].isalpha():
        if _may_be_an_unknown_name(words[index], tokens.terms[index]) or not _goes_on(tokens, index):
            return False
        index += 1
    return index < end and _is_definite(words[index])


def _goes_on(tokens: Tokens, index: int) -> bool:
    """Is ``tokens.words[index]`` in the same phrase as the word before it: only a space between?"""
    return index > 0 and tokens.text[tokens.ends[index - 1] : tokens.starts[index]].isspace()


def _may_be_an_unknown_name(word: str, key: str) -> bool:
    if not word.isalpha() or key in ARABIC_SMALL_WORD_KEYS:
        return False
    return ever(word, "PERS") or is_rare_in_the_news(word)


_OFFICE_KEYS = frozenset(
    term(w)
    for w in """المتحدث الناطق متحدث ناطق وزير وزيرة الوزير الوزيرة رئيس رئيسة مدير مديرة سفير سفيرة السفير قائد
    محافظ مستشار مستشارة مبعوث المبعوث مساعد""".split()
)
_OFFICE_OF_KEYS = frozenset(term(w) for w in "باسم لشؤون".split())
_OFFICE_OF_MAX_WORDS = 4
_UNKNOWN_NAME_MAX_WORDS = 3


def _is_definite(word: str) -> bool:
    """Has ``word`` the article, after one conjunction or preposition at most ("والمنظمة", "للمنظمة";
    not "وكالة", whose first letters are the word's own)."""
    folded = fold(word)
    return folded.startswith(_THE) or (folded[:1] in "وفبك" and folded[1:].startswith(_THE))


_THE = ("ال", "لل")


def _family_name_follows(words: list[str], first: int, last: int) -> bool:
    return last < len(words) and _is_family_name(words[last]) and not _inside_a_place_named_for(words, first)


def _inside_a_place_named_for(words: list[str], first: int) -> bool:
    return any(term(word) in _NAMED_AFTER_PEOPLE for word in words[max(0, first - _NAME_REACH) : first])


def _is_family_name(word: str) -> bool:
    folded = fold(word)
    return (
        word.endswith("ي")  # not "ى": "الكبرى", "الأولى"
        and len(folded) >= _FAMILY_NAME_MIN_LETTERS
        and folded.startswith("ال")
        and folded not in _DESCRIPTORS
        and not _is_country_adjective(word)
    )


_FAMILY_NAME_MIN_LETTERS = 5


def _organisations_named_for_places(spans: list[tuple[int, int, str]], words: list[str]) -> list[tuple[int, int, str]]:
    """A place right after an organisation's head names the organisation: "جامعة القاهرة", "بنك مصر",
    "مركز القاهرة للدراسات الاقتصادية والاستراتيجية" (the tagger saw the city, not the centre). The
    organisation takes in what describes it: a word with "لل" and the definite adjectives after it."""
    mended: list[tuple[int, int, str]] = []
    for first, last, kind in spans:
        head = first - 1
        taken = head < 0 or (bool(mended) and mended[-1][1] > head)
        if (
            kind != "LOC"
            or taken
            or term(words[head]) not in _PLACE_NAMED_HEADS
            or not _names_after(words[head], words[first])
        ):
            mended.append((first, last, kind))
            continue
        if last < len(words) and words[last].startswith("لل") and len(words[last]) > 3:
            last += 1
            while last < len(words) and words[last].startswith(("ال", "وال")) and words[last] not in _NOT_DESCRIBING:
                last += 1
        mended.append((head, last, "ORG"))
    return mended


def _places_a_cue_names(spans: list[tuple[int, int, str]], tokens: Tokens) -> list[tuple[int, int, str]]:
    """One word the tagger read as an organisation right after a place's head is that place: "ولاية
    الجزيرة", "محافظة الجيزة" (Al Jazeera, a channel, is also a Sudanese state). Not a person: "مدينة
    الملك عبدالله" names a city for him. And a governorate the tagger left unnamed (``_governorates``)."""
    words = tokens.words
    mended = [
        (first, last, "LOC")
        if kind == "ORG" and last - first == 1 and first > 0 and term(words[first - 1]) in _PLACE_HEAD_KEYS
        else (first, last, kind)
        for first, last, kind in spans
    ]
    governorates = _governorates(mended, tokens) if _GOVERNORATE_KEY in tokens.vocabulary else []  # (most texts)
    return sorted(mended + governorates) if governorates else mended


def _governorates(spans: list[tuple[int, int, str]], tokens: Tokens) -> list[tuple[int, int, str]]:
    """A definite word the tagger left unnamed after an indefinite "محافظة" names the governorate: a definite
    adjective cannot agree with an indefinite noun, so the two are a construct ("بمحافظة القليوبية", "محافظة
    الشرقية"; ANERCorp writes "محافظة الأنبار" so). Not the capital's ("محافظة العاصمة"), nor a place of two
    words whose second is definite too ("محافظة البحر الأحمر": the tagger's to name whole)."""
    words = tokens.words
    heads = [at for at in positions(tokens, _GOVERNORATE_KEYS) if at + 1 < len(words) and not _is_definite(words[at])]
    named = {i for first, last, _ in spans for i in range(first, last)}
    found = []
    for at, word in ((head + 1, words[head + 1]) for head in heads):
        if (
            fold(word).startswith(_THE)
            and len(word) >= 5
            and at not in named
            and fold(word) != _CAPITALS_GOVERNORATE
            and not (at + 1 < len(words) and _is_definite(words[at + 1]))
        ):
            found.append((at, at + 1, "LOC"))
    return found


def _countrysides_of_places(spans: list[tuple[int, int, str]], tokens: Tokens) -> list[tuple[int, int, str]]:
    """ "ريف" before a place is that place's countryside, one place ("ريف دمشق" is a governorate, "ريف حلب
    الشمالي" a front line), which the tagger cuts in two, or reads without its first word; alone it is a
    countryside, no name."""
    if _COUNTRYSIDE_KEY not in tokens.vocabulary:
        return spans  # (most texts)
    words = tokens.words
    mended: list[tuple[int, int, str]] = []
    for first, last, kind in spans:
        if kind == "LOC" and first and _is_a_countryside(words[first - 1]):
            if mended and mended[-1][:2] == (first - 1, first):
                mended.pop()  # "ريف" read as a place of its own
            mended.append((first - 1, last, kind))
        elif not (last - first == 1 and _is_a_countryside(words[first])):
            mended.append((first, last, kind))
    return mended


def _is_a_countryside(word: str) -> bool:
    return term(word) == _COUNTRYSIDE_KEY and not _is_definite(word)  # ("الريف" may be the Rif of Morocco)


_COUNTRYSIDE_KEY = term("ريف")
_GOVERNORATE_KEY = term("محافظة")
_GOVERNORATE_KEYS = frozenset((_GOVERNORATE_KEY,))
_CAPITALS_GOVERNORATE = fold("العاصمة")


_PLACE_HEAD_KEYS = frozenset(term(w) for w in ("ولاية", "محافظة", "مدينة", "إقليم", "منطقة", "جزيرة", "بلدة", "قرية"))
_RELATIVE_PRONOUNS = frozenset("الذي التي الذين اللذان اللتان اللواتي اللاتي".split())
# Definite words after an organisation's name that do not describe it: a relative pronoun, or the title
# of the person named next ("مركز القاهرة للدراسات الاقتصادية الدكتور عبدالمنعم السيد").
_NOT_DESCRIBING = _RELATIVE_PRONOUNS | frozenset(
    """الدكتور الدكتورة المهندس الشيخ الأمير الرئيس السيد السيدة اللواء العميد العقيد الوزير الأستاذ
    الأستاذة المستشار السفير النائب الفريق""".split()
)
# Definite words a lone family name follows as a person's: "الشيخ الخراساني", "الإمام الخميني".
_TITLES = (_NOT_DESCRIBING - _RELATIVE_PRONOUNS) | frozenset(
    "الإمام الشاعر الحاكم الكاتب الفنان اللاعب المدرب الملك الأمين الجنرال".split()
)
_NO_COMPLEMENT_KEYS = frozenset(map(fold, _NOT_DESCRIBING | _TITLES))


def _names_after(head: str, place: str) -> bool:
    """Can ``place`` name the organisation ``head`` starts? A definite head takes an adjective that agrees
    ("الجمعية السعودية", not "مقر الجمعية بجدة"); an indefinite one a place's name, not a nisba adjective
    ("جامعة القاهرة", not "من جامعة سعودية"); neither takes a place after "و" ("دول المجلس واليمن")."""
    folded_place = fold(place)
    if folded_place.startswith("و"):
        return False
    if _is_definite(head):
        return folded_place.startswith("ال")
    return not folded_place.endswith("يه")  # "ية" folded


_INTERNATIONAL = frozenset(("الدولي", "الدولية"))


def _mostly_a_names_word(word: str) -> bool:
    """Is ``word`` mostly part of a person's, a place's or a body's name in the tagger's word table?"""
    return any(mostly(word, kind) for kind in ("PERS", "LOC", "ORG"))


def _is_definite_nisba(word: str) -> bool:
    return word.startswith("ال") and is_nisba_adjective(fold(word))


def _heads_what_it_does(name: list[str], following: str) -> bool:
    """An organisation's head and an indefinite noun that says what it does ("منظمة حظر", "هيئة تنظيم"): the
    construct goes on into the definite noun after it ("منظمة حظر الأسلحة الكيماوية")."""
    head, noun = name if len(name) == 2 else ("", "")
    return (
        term(head) in _ORG_HEAD_KEYS
        and not _is_definite(head)
        and noun.isalpha()
        and not _is_definite(noun)
        and len(noun) >= 3  # (not "هي")
        and not is_nisba_adjective(fold(noun))  # "معهد تقني": an adjective, the phrase is whole
        and not is_rare_in_the_news(noun)  # a common noun, not a name ("جامعة هارفارد", "نادي ليفربول")
        and not _mostly_a_names_word(noun)
        and following.startswith("ال")
        and fold(following) not in _NO_COMPLEMENT_KEYS  # "الذي", "التى", "الدكتور": what follows the name
    )


def _ends_on_half_a_construct(name: list[str], following: str) -> bool:
    """An organisation named by a definite head ("الاتحاد السعودي") cannot end on an indefinite noun
    after ل ("لكرة"): it is the first half of a construct whose second half follows ("لكرة القدم").
    ("للرياضة" is definite and complete; "باير ليفركوزن" has no definite head: a name, not a construct.)"""
    word = name[-1]
    return (
        len(name) >= 2
        and any(w.startswith("ال") for w in name[:-1])
        and word.startswith("ل")
        and not word.startswith("لل")
        and len(word) > 2
        and following.startswith("ال")
        and following not in _RELATIVE_PRONOUNS
    )


@cache
def _unit_words() -> frozenset[str]:
    from streams.core.enrich.quantities import UNIT_WORDS

    return frozenset(term(w) for w in UNIT_WORDS)


def _names_nothing(mention: str) -> bool:
    """Words the tagger may take for a name that name nothing: currencies and measures ("ريال", "دولار"), what
    quantities are counted in; an honorific standing for the person it was said of ("سموه", his Highness;
    "معاليه", his Excellency); a pious formula ("رحمه الله"); a common noun alone ("بطولة", "ميليشيا")."""
    if " " in mention:
        return fold(mention) in _PIOUS_FORMULA_KEYS
    key = term(mention)
    return key in _unit_words() or key in _HONORIFIC_KEYS or key in _COMMON_NOUNS_TAKEN_FOR_NAMES


_HONORIFIC_KEYS = frozenset(map(term, ARABIC_HONORIFICS))
_PIOUS_FORMULA_KEYS = frozenset(map(fold, ARABIC_PIOUS_FORMULAS))
# Common nouns the tagger names alone, mostly MISC (its training news wrote them in names: "ميليشيا الحوثي",
# "بطولة كأس العالم", "فجر ليبيا"): alone they name nothing. (181 lone mentions in the corpora's 5,008 articles.)
_COMMON_NOUNS_TAKEN_FOR_NAMES = frozenset(
    map(term, "ميليشيا ميليشيات بطولة بيت اليورانيوم فجر هاتريك مافيا أرخبيل تسونامي فرنك درون".split())
)


def _is_a_places_common_noun(span: tuple[int, int, str], text: str) -> bool:
    """A place's name that is a common noun too, written as the noun: with the article, which the place never
    takes, or with the noun's adjective after it ("السيول" and "سيول جارفة" are floods; Seoul is "سيول")."""
    start, end, kind = span
    if kind != "LOC" or (describing := _PLACES_COMMON_NOUNS.get(term(text[start:end]))) is None:
        return False
    folded = fold(text[start:end])
    after = text[end : end + _DESCRIBING_WORD_CHARS].split(maxsplit=1)
    return "ال" in folded[: len(folded) - len(strip_clitics(folded))] or (
        bool(after) and fold(after[0]).startswith(describing)
    )


# A place's name -> how the common noun it also is gets described right after it.
_PLACES_COMMON_NOUNS = {"سيول": tuple(map(fold, ("جارف", "عارم", "غزير", "مفاجئ", "شديد", "الأمطار", "الامطار")))}
_DESCRIBING_WORD_CHARS = 16


def _without_indefinite_words(span: tuple[int, int, str], text: str) -> tuple[int, int, str] | None:
    """A word written with tanween ("سابقاً", "مبتسماً", "فكرياً") is an indefinite adverb or adjective,
    never a name: trailing ones are cut off ("جامعة الملك سعود سابقاً"), and a mention holding one
    elsewhere is no name ("عبداً حبشياً"). (86 such mentions in the corpora's 5,008 articles, all wrong.)"""
    start, end, kind = span
    mention = text[start:end]
    if _TANWEEN_RE.search(mention) is None:
        return span  # nearly every mention: one scan
    words = list(_NON_SPACE_RE.finditer(mention))
    while words and _TANWEEN_RE.search(words[-1].group()):
        words.pop()
    if not words or any(_TANWEEN_RE.search(word.group()) for word in words):
        return None
    return start, start + words[-1].end(), kind


_TANWEEN_RE = re.compile("[\u064b-\u064d]")


def _is_a_month_written_as_one(span: tuple[int, int, str], text: str) -> bool:
    """A month's name where the text dates something: beside its other name in brackets or a figure ("أبريل
    (نيسان)", "في نيسان (أبريل) 2014", "5 ماي"); "شركة نيسان موتور" names the carmaker."""
    mention = text[span[0] : span[1]]
    if " " in mention or month_number(mention) is None:
        return False
    around = text[max(0, span[0] - _MONTH_CONTEXT) : span[1] + _MONTH_CONTEXT]
    return any(c.isdigit() for c in around) or len(_MONTH_WORD_RE.findall(around)) > 1


_MONTH_CONTEXT = 12  # characters either side: "في 5 نيسان", "أبريل (نيسان)"
_MONTH_WORD_RE = re.compile(MONTH_NAME, re.IGNORECASE)


# --- publisher tags as evidence ----------------------------------------------------------------------

# A place's kind before its name, and the features a name may follow (a tag opening on one is a place).
_LOC_CUES = _PLACE_HEAD_KEYS | frozenset(term(w) for w in ("قطاع", "بحر", "نهر", "جبل", "الضفة"))


def _apply_hints(text: str, found: list[tuple[int, int, str]], hints: Iterable[str]) -> list[tuple[int, int, str]]:
    spans = list(found)
    for hint in hints:
        last = hint.rsplit(maxsplit=1)[-1] if hint.strip() else ""
        if len(hint) < 3 or (" " in hint and (not _may_end_a_name(last) or last == "على")):
            continue  # a tag cut in the wrong place ("فوزي على", "الشركة بحوالي 10") names nothing
        for start, end in _whole_word_occurrences(text, hint):
            inside = [s for s in spans if start <= s[0] and s[1] <= end]
            # A name inside gives its type, unless the tag opens on a word that says what it names:
            # "مركز الملك سلمان للإغاثة" holds a person and is an organisation.
            kind = (
                (_cued_type(hint) or ("MISC" if _names_an_event(hint) else inside[0][2]))
                if inside
                else _hint_type(hint, text)
            )
            if kind is None or any(s[0] < end and start < s[1] and s not in inside for s in spans):
                continue  # untypable, or it would cut through another entity
            spans = [s for s in spans if s not in inside] + [(start, end, kind)]
    return spans


def _whole_word_occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where ``phrase`` stands in ``text`` as whole words (a plain search: tags are not patterns)."""
    found = []
    for start in occurrences(text, phrase):
        end = start + len(phrase)
        if not (start and _is_word_char(text[start - 1])) and not (end < len(text) and _is_word_char(text[end])):
            found.append((start, end))
    return found


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what the regex ``\w`` matches


def _hint_type(hint: str, text: str) -> str | None:
    if (cued := _cued_type(hint)) is not None:
        return cued
    if _named_as_a_team(hint, text):
        return "ORG"
    words = hint.split()
    if len(words) == 1:
        return "LOC" if term(words[0]) in _arabic_places() else None
    return "PERSON" if _tags_a_person(words) else None


def _tags_a_person(words: list[str]) -> bool:
    """A tag of two to four words, the first a name the news gives people and none a place or the
    article: the publisher tagged a person the tagger did not know ("عزيز أخنوش", "أحمد عطاف")."""
    return (
        len(words) <= _HINTED_NAME_MAX_WORDS
        and mostly(words[0], "PERS")
        and all(
            ARABIC_LETTER_RE.match(w) and not w.startswith("ال") and not is_glued(w) and term(w) not in _arabic_places()
            for w in words
        )
    )


_HINTED_NAME_MAX_WORDS = 4


def _cued_type(hint: str) -> str | None:
    """The type the first word of a name of several words says: "وزارة …" an organisation, "قطاع …" a place."""
    first, _, rest = hint.partition(" ")
    if not rest:
        return None
    if (key := term(first)) in _ORG_HEAD_KEYS:
        return "ORG"
    return "LOC" if key in _LOC_CUES else None


def _names_an_event(hint: str) -> bool:
    """Does a tag holding a name open on an event's word: a cup, a league, a festival ("كأس آسيا" holds a place and
    is an event, "دوري عبداللطيف جميل" a person)?"""
    first, _, rest = hint.partition(" ")
    return bool(rest) and term(first) in _EVENT_HEAD_KEYS


_EVENT_HEAD_KEYS = frozenset(
    map(term, "كأس دوري بطولة أولمبياد مونديال مهرجان معرض جائزة قمة مؤتمر منتدى حرب عملية اتفاق اتفاقية".split())
)


# Words before a club's name that say it is one: "فريق الهلال", "لاعب النصر", "مدرب الاتحاد".
_TEAM_WORDS = "فريق نادي ناد منتخب لاعب لاعبو لاعبي مدرب جماهير ضيفه مضيفه تشكيلة".split()
_TEAM_CUES = frozenset(map(term, _TEAM_WORDS))


def _named_as_a_team(hint: str, text: str) -> bool:
    """Does the text name the tag ("الهلال") as a team anywhere ("فريق الهلال")? A tag is a name; the
    word alone is also a crescent, a victory, a union."""
    words = hint.split()
    if len(words) > _TEAM_NAME_MAX_WORDS or any(_is_not_in_a_teams_name(word) for word in words):
        return False  # a phrase that runs on ("الوحدة على"), or the team itself ("الفريق")
    return any(
        (before := text[max(0, start - 12) : start].split()) and _is_team_cue(before[-1])
        for start, _ in _whole_word_occurrences(text, hint)
    )


_TEAM_NAME_MAX_WORDS = 2  # "الهلال", "ريال مدريد" (longer club names are listed: ``gazetteer``)
_TEAM_WORD_FORMS = frozenset(map(fold, _TEAM_WORDS))


def _is_not_in_a_teams_name(word: str) -> bool:
    return term(word) in ARABIC_SMALL_WORD_KEYS or fold(word).removeprefix("ال") in _TEAM_WORD_FORMS


def _is_team_cue(word: str) -> bool:
    """The first noun of a construct ("فريق الهلال"): indefinite ("المدرب الهولندي" is the Dutch coach)."""
    return term(word) in _TEAM_CUES and not _is_definite(word)


# --- Latin script ----------------------------------------------------------------------------------

_PERSON_CUES = frozenset(
    [
        "president",
        "minister",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "prime",
        "chancellor",
        "king",
        "queen",
        "prince",
        "emir",
        "sheikh",
        "sultan",
        "eng",  # an engineer's honorific in the Gulf's English: "Eng. Badr Mohammed Al Meer"
        "pope",
        "ambassador",
        "envoy",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "pm",
        "mp",
        "lt",
        "gen",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "brig",
        "senator",
        "governor",
        "mayor",
        "secretary",
        "secretary-general",
        "m.",
        "mme",
        "président",
        "ministre",
        "monsieur",
        "madame",
        "roi",
        "reine",
        "premier",
        # a ruler's style: "His Highness Sheikh Mohamed bin Zayed", "His Excellency", "Her Majesty"
        "highness",
        "excellency",
        "majesty",
        # a company's officers: "Chief Executive Amin Nasser", "CEO Sam Altman", "Chairman Yasir Al-Rumayyan"
        "chief",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "chairman",
        "chairwoman",
        # officers of a house, a court, a force or a newsroom: "House Speaker Tim Moore", "US District Judge Loretta
        # Preska", "Wing Commander Vyomika Singh", "Reuters Editor-in-Chief Alessandra Galloni"
        "speaker",
        "leader",
        "judge",
        "commissioner",
        "commander",
        "admiral",
        "brigadier",
        "representative",
        "editor-in-chief",
        "founder",
        "co-founder",
        "councillor",
        "councilman",
        "councilwoman",
        "prof",
        "professor",
    ]
)
# The words of an officer's title after its first, dropped with it: "Chief Financial Officer Ziad Al-Murshed",
# "Chief of Army Staff General Asim Munir", "Secretary General Antonio Guterres".
_OFFICER_WORDS = frozenset(
    "executive financial operating technology investment officer economist strategist general".split()
)
# Words that make a title of the title after them, and are none alone ("Vice Media", "Acting Out").
_CUE_PREFIXES = frozenset(("crown", "rear", "vice", "deputy", "acting", "interim", "former"))
_ORG_WORDS = frozenset(
    [
        "ministry",
        "council",
        "bank",
        "university",
        "party",
        "organization",
        "organisation",
        "programme",
        "program",
        "agency",
        "company",
        "inc",
        "ltd",
        "corp",
        "union",
        "parliament",
        "police",
        "court",
        "office",
        "commission",
        "committee",
        "army",
        "forces",
        "brigades",
        "brigade",
        "command",
        "movement",
        "guard",
        "corps",
        "front",
        "resistance",
        "league",
        "nations",
        "fund",
        "association",
        "group",
        "government",
        "service",
        "services",
        "department",
        "centre",
        "center",
        "institute",
        "authority",
        "board",
        "foundation",
        "observatory",
        "federation",
        "administration",
        "bureau",
        "congress",
        "senate",
        "assembly",
        "cabinet",
        "tribunal",
        "college",
        "school",
        "hospital",
        "museum",
        "times",
        "news",
        "press",
        "club",
        "airlines",
        "airways",
        "motors",
        "holdings",
        "resorts",
        "industries",
        "technologies",
        "petroleum",
        "exchange",
        "market",
        "corporation",
        "plc",
        "llc",
        "reserve",
        "journal",
        "herald",
        "post",
        "tribune",
        "gazette",
        "gouvernement",
        "ministère",
        "conseil",
        "banque",
        "université",
        "parti",
        "organisation",
        "agence",
        "société",
        "assemblée",
        "commission",
        "comité",
        "armée",
        "ligue",
        "fonds",
        "association",
        "groupe",
        "institut",
        "fédération",
        "entreprise",
        "syndicat",
        "parlement",
        "sénat",
        "cour",
    ]
)
# Lower-case words that may join the capitalised words of one name ("Bank of England", "Ahmed bin Salman").
_CONNECTORS = ("of", "the", "de", "la", "du", "des", "for", "al", "el", "bin")
# ... of them, those inside a person's name as much as an organisation's ("Mohammed bin Salman").
_NAME_INNER_WORDS = frozenset(("al", "el", "bin", "de", "la", "du"))


# Capital letters of English and French ("États-Unis", "l'Élysée"), and of the names Latin Extended-A writes: "Šuica",
# "Łukaszenka", "Erdoğan"'s "Ğ" (its capitals, one by one: the block alternates capital and small letters).
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(char for char in map(chr, range(0x100, 0x180)) if char.isupper())
# Arabic names written in Latin letters glue the article to the next word: "Majed al-Ansari", "el-Sisi".
_GLUED_ARTICLES = ("al-", "el-")


def _without_glued_article(word: str) -> str:
    """A Latin name without the Arabic article glued on: "el-Sisi" -> "Sisi", "Al-Sabah" -> "Sabah"."""
    return word[3:] if word[:3].casefold() in _GLUED_ARTICLES and len(word) > 4 else word


_GLUED_ARTICLE = f"(?:{'|'.join(map(re.escape, _GLUED_ARTICLES))})"
_CAPITALISED_RUN_RE = re.compile(
    rf"(?:(?<![\w])|(?<=\u0640))(?:[{_UPPER}][\w'’-]*|[{_UPPER}]\.)"  # (after a preposition's tatweel: "لـCNN")
    rf"(?:[^\S\n]+(?:(?:{'|'.join(_CONNECTORS)})[^\S\n]+)*(?:{_GLUED_ARTICLE})?(?:[{_UPPER}][\w'’-]*|[{_UPPER}]\.))*"
)
_CALENDAR_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ]
)
# Dates and clocks in capitals: "Nov 30", "1412 GMT".
# (Zones of three letters or more: "ET" and "PT" may be a name's initials.)
_CLOCK_WORDS = MONTH_ABBREVIATIONS | frozenset(zone.casefold() for zone in LATIN_ZONES if len(zone) >= 3)
# Organisations the news names without a telling word: agencies, alliances, movements, companies.
_KNOWN_ORGS = frozenset(name.casefold() for name in NEWS_AGENCIES if name.isascii()) | frozenset(
    name.strip()
    for name in """associated press|al jazeera|opec|opec+|nato|hamas|hezbollah|houthis|pentagon|kremlin|white house|
    maison blanche|élysée|elysee|
    taliban|isis|unicef|unesco|unrwa|fifa|uefa|google|apple|microsoft|amazon|meta|tesla|nvidia|samsung|aramco|
    saudi aramco|goldman sachs|morgan stanley|jpmorgan|jpmorgan chase|citigroup|blackrock|boeing|airbus|toyota|openai|
    hsbc|barclays|deutsche bank|credit suisse|ubs|visa|mastercard|paypal|netflix|spotify|uber|
    united nations|nations unies|european union|union européenne|
    real madrid|manchester city|manchester united|bayern munich|paris saint-germain|inter milan|ac milan|
    atletico madrid|borussia dortmund|juventus|arsenal|chelsea|tottenham hotspur|al hilal|al nassr|al ahly|zamalek""".split(
        "|"
    )
)
_PLACE_FIRST_WORDS = frozenset(
    "New North South East West Northern Southern Eastern Western Central Upper Lower San Santa Los Las Saint St. "
    "Port Fort Mount Lake Cape Nouvelle Nouveau Haute Basse".split()
)
# The first word of an Arabic place's name in Latin letters: palace, gate, valley, mount, cape, hill, well, spring,
# monastery, caravanserai, house, village (not "Umm", which opens women's names too: "Umm Kulthum").
_ARABIC_PLACE_FIRST_WORDS = frozenset("qasr bab wadi jabal jebel ras tal tel bir ain deir khan beit kafr".split())
_ARABIC_PLACE_NAME_MAX_WORDS = 4


def _names_an_arabic_place(words: list[str]) -> bool:
    """Such a first word and a name after it, not an acronym ("Tell MAMA" is a charity)."""
    return (
        2 <= len(words) <= _ARABIC_PLACE_NAME_MAX_WORDS
        and words[0].casefold() in _ARABIC_PLACE_FIRST_WORDS
        and not any(len(word) > 1 and word.isupper() for word in words[1:])
    )


_PLACE_WORDS = frozenset(
    """strip bank sea river island islands city province region valley gulf mountains mountain park lake street
    road avenue square bridge airport station hills canyon forest desert coast peninsula county district bay
    rockies alps house lodge cabin hotel resort palace tower stadium arena mosque church cathedral temple synagogue
    shrine memorial coliseum terminal nord sud est ouest nord-est nord-ouest sud-est sud-ouest republic harbour harbor
    marina creek port""".split()
)
_PARTS_OF_A_PLACE = frozenset("gulf sea strait straits bay isle island islands coast lake cape".split())
_STATES = frozenset("republic sultanate emirate kingdom state province region city".split())
# Events and works: "World War III", "World Cup", "Olympic Games", "Nobel Prize".
_EVENT_WORDS = frozenset(
    "war cup games olympics prize award awards festival championship championships airshow expo summit exhibition "
    "marathon season sommet conférence coupe championnat réunion eid day year".split()
)  # (feasts and days: "Eid Al Fitr", "National Day", "Arafat Day", "New Year")
# The Hijri months as English pages spell them: dates, not names ("from Ramadan 29 to Shawwal 3").
_HIJRI_MONTHS_LATIN = frozenset(
    name.strip()
    for name in """muharram|safar|rabi al-awwal|rabi al awwal|rabi al-thani|rabi al thani|rabi al-akhir|
    jumada al-awwal|jumada al awwal|jumada al-ula|jumada al-thani|jumada al thani|jumada al-akhirah|rajab|shaban|
    sha'ban|ramadan|ramadhan|shawwal|dhu al-qadah|dhu al qadah|dhul qadah|dhu al-qidah|dhu al-hijjah|dhu al hijjah|
    dhul hijjah|dhu al-hijja|zul hijjah""".split("|")
)
# What an office is of, between the office and the name: "Secretary of State Antony Blinken", "Minister
# of Foreign Affairs Ayman Safadi".
_OFFICE_COMPLEMENTS = frozenset(
    """of the state defense defence foreign affairs interior finance health energy economy justice education commerce
    trade labor labour agriculture transport treasury homeland security information culture tourism investment
    industry planning environment housing army staff""".split()
)
# What an office or a body is of, joined by "and": "Trade and Industry", "Statistics and Information".
_WHAT_AN_OFFICE_IS_OF = _OFFICE_COMPLEMENTS | frozenset(
    "statistics development research technology science sciences sports youth water communications media".split()
)
# What a portfolio's words are: "Planning", "International Cooperation", "the Mediterranean", "Economic Development".
_PORTFOLIO_WORDS = _WHAT_AN_OFFICE_IS_OF | frozenset(
    """international cooperation economic social affairs mediterranean public works higher human resources rights
    renewable electricity climate digital local administration religious endowments national heritage civil aviation
    petroleum oil gas mineral irrigation and""".split()
)
# What may follow an office and go with it: what it is of, or the rest of an officer's title.
_AFTER_AN_OFFICE = _PORTFOLIO_WORDS | _OFFICER_WORDS
# Portfolios a French page capitalises after "ministre des", "ministère de l'": "Affaires étrangères".
_FRENCH_PORTFOLIOS = frozenset(
    "affaires intérieur économie finances justice santé défense éducation culture agriculture transports travail "
    "environnement armées industrie énergie budget logement commerce tourisme sports emploi enseignement "
    "numérique".split()
)


def _follows_a_french_office(text: str, start: int) -> bool:
    """Does an office stand just before ``start``: "ministre de l'", "ministre du", "ministère de la"?"""
    return _FRENCH_OFFICE_BEFORE_RE.search(text, max(0, start - _FRENCH_OFFICE_MAX_CHARS), start) is not None


_FRENCH_OFFICE_BEFORE_RE = re.compile(
    r"(?:ministre|ministère|secrétaire d['’]État)\s+(?:de\s+l['’]|du\s+|de\s+la\s+|des\s+)$"
)
_FRENCH_OFFICE_MAX_CHARS = 30
# French organisations whose name goes on in lower-case adjectives: "Banque centrale européenne",
# "Fonds monétaire international", "Cour pénale internationale".
_FRENCH_ORG_HEADS = frozenset(
    "banque fonds cour organisation agence union commission conseil ligue nations assemblée parlement fédération "
    "institut syndicat".split()
)
_FRENCH_ORG_PURPOSE = (
    r"\s+(?:de la|du|de|de l['’])\s*(?:santé|commerce|développement|justice|travail|alimentation|sécurité"
    r"|coopération|reconstruction|tourisme|énergie|football)(?![\w'’-])"
)
_FRENCH_ADJECTIVE_RE = re.compile(
    r"(?:(?:\s+(?:[a-zàâçéèêëîïôûù]{2,}(?:ale|al|aux|ienne|ien|aine|ain|ique|elle|el|aire|ère|ée|ive|if|aise|ais|enne)"
    r"|unies|unis))"  # "Nations unies"
    r"{1,3}(?![\w'’-])"
    # and what it is for: "Organisation mondiale de la santé", "Banque africaine de développement", or only
    # that: "Conseil de sécurité", "Cour de justice"
    rf"(?:{_FRENCH_ORG_PURPOSE})?|{_FRENCH_ORG_PURPOSE})"
)
_PLACE_PREPOSITIONS = frozenset("in at from near to into across through throughout à au aux en dans de depuis vers".split())
_IN_A_PLACE = frozenset("in near à au dans".split())


def _latin_entities(text: str, in_arabic: bool) -> list[tuple[int, int, str]]:
    """Names written in Latin capitals. ``in_arabic``: the text is Arabic, where people are named in
    Arabic script and a Latin run of capitalised words is mostly a product, a show or a company
    ("Apple Watch", "Chrome OS", "Ready Player One": 66 of 76 such runs typed PERSON in 4,000 ANT
    articles were not people): MISC unless a cue says otherwise."""
    if not re.search(f"[{_UPPER}]", text):
        return []
    if "@" in text or "/" in text:  # a link's or a handle's letters name nothing: blanked, offsets kept
        text = _ADDRESS_RE.sub(lambda address: " " * len(address[0]), text)
    found: list[tuple[int, int, str]] = []
    surnames: set[str] = set()
    for start, end in _capitalised_runs(text):
        placed = [(word.start(), word.group()) for word in _NON_SPACE_RE.finditer(text, start, end)]
        for run in _split_runs(placed, text):
            span = _latin_span(text, run, surnames, in_arabic)
            if span is not None:
                found.append(span)
    return found


def _capitalised_runs(text: str) -> Iterator[tuple[int, int]]:
    """Where the runs of capitalised words stand; two joined by "and" as one when both sides name what an office
    or a body is of: "Ministry of Trade and Industry", "Centre for Statistics and Information" (not "Israel and
    Hamas")."""
    pending: tuple[int, int] | None = None
    for match in _CAPITALISED_RUN_RE.finditer(text):
        if pending is not None and _joined_by_and(text, pending, match):
            pending = (pending[0], match.end())
            continue
        if pending is not None:
            yield pending
        pending = match.span()
    if pending is not None:
        yield pending


def _joined_by_and(text: str, before: tuple[int, int], after: re.Match[str]) -> bool:
    if text[before[1] : after.start()] not in (" and ", " & "):
        return False
    # The acronym after them spells both (the place the body is of may go unspelled): "Central Agency for Public
    # Mobilization and Statistics (CAPMAS)", "Dubai Roads and Transport Authority (RTA)".
    if (acronym := _ACRONYM_AFTER_RE.match(text, after.end())) is not None:
        starts = [word.start() for word in _NON_SPACE_RE.finditer(text, *before)]
        return any(_spells(acronym["acronym"], text, start, after.end()) for start in starts)
    if _OF_OR_FOR_RE.search(text, *before) is None:
        return False
    last, first = text[before[0] : before[1]].rsplit(maxsplit=1)[-1], after.group().split(maxsplit=1)[0]
    return last.casefold() in _WHAT_AN_OFFICE_IS_OF and first.casefold() in _WHAT_AN_OFFICE_IS_OF


_OF_OR_FOR_RE = re.compile(r" (?:of|for) ")
_ACRONYM_AFTER_RE = re.compile(r"\s*\((?P<acronym>[A-Z]{2,8})\)")
_ADDRESS_RE = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+|@\w+")
_NON_SPACE_RE = re.compile(r"\S+")  # a word of a run, punctuation attached
_POSSESSIVE = ("'s", "’s")
# Possessors inside a body's own name: "People's Republic", "Sudan People's Liberation Movement", "Women's Union".
_COLLECTIVE_POSSESSORS = frozenset(("people", "women", "children", "workers"))
_CLOSING_QUOTES = ("'", "’")


# Offices that stand between a place and a name ("US President Joe Biden"), never at a name's end.
_OFFICES = frozenset(
    "president minister prime chancellor senator governor mayor secretary director ambassador envoy spokesman "
    "spokeswoman secretary-general président ministre mp speaker leader judge commissioner commander "
    "editor-in-chief co-founder founder".split()
)


def _starts_a_name(word: str, run: list[tuple[int, str]]) -> bool:
    """An office starts a name inside a run of capitalised words, and so does a ruler's style after an office
    ("Minister of Sports Prince Abdulaziz …"; not a surname's: "Martin Luther King Jr", "Erik Prince")."""
    folded = word.casefold()
    return folded in _OFFICES or (folded in _STYLES and any(w.casefold() in _OFFICES for _, w in run))


_STYLES = frozenset("prince princess king queen sheikh sheikha emir sultan".split())
_ELIDED_ARTICLES = frozenset(("L'", "L’", "D'", "D’"))
_REGNAL_NUMBERS = frozenset("II III IV V VI VII VIII".split())


def _split_runs(placed: list[tuple[int, str]], text: str) -> list[list[tuple[int, str]]]:
    """A possessive ends a name ("Russia's President Vladimir Putin" is "Russia's" and the rest), an
    office starts one ("US President Joe Biden" is "US" and "President Joe Biden"), and a king's number
    ends his ("King Abdullah II of Jordan" is "King Abdullah II" and "Jordan"), and a person's name ends
    before "of" and the organisation he speaks for (``_person_of_organisation_apart``)."""
    runs: list[list[tuple[int, str]]] = [[]]
    for position, word in placed:
        if not runs[-1] and word[:2] in _ELIDED_ARTICLES and word[2:3].isupper():
            position, word = position + 2, word[2:]  # "L'Organisation …" opening a sentence: the article goes
        if runs[-1] and _starts_a_name(word, runs[-1]) and not _is_cue([runs[-1][-1][1], word]):
            runs.append([])
        if runs[-1] and word.casefold() in ("of", "de") and runs[-1][-1][1] in _REGNAL_NUMBERS:
            runs.append([])  # "King Abdullah II of Jordan", "Abdallah II de Jordanie": the king, then his country
            continue
        if (compound := _NAMED_BY_RE.fullmatch(word)) is not None:  # "Hamas-run Gaza": "Hamas", then "Gaza"
            runs[-1].append((position, compound["name"]))  # (the name's last word: "Fianna Fáil-led")
            runs.append([])
            continue
        if word.endswith(_CLOSING_QUOTES) and not word.endswith(_POSSESSIVE):  # "‘Butcher’ Oleksandr Syrsky"
            runs[-1].append((position, word[:-1]))
            runs.append([])
            continue
        runs[-1].append((position, word))
        if word.endswith(_POSSESSIVE) and word[: -len(_POSSESSIVE[0])].casefold() not in _COLLECTIVE_POSSESSORS:
            runs.append([])  # (not "People's" of "Sudan People's Liberation Movement": the name goes on)
    apart = [part for run in runs if run for part in _acronym_apart(run) for part in _places_apart(part)]
    return [
        name
        for part in apart
        for officed in _officer_of_organisation_apart(part)
        for name in _person_of_organisation_apart(officed, text)
    ]


def _places_apart(run: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Two places "for" stands between are two names: "from Cyprus for Gaza" (where "of" joins one: "Gulf of Oman")."""
    places = latin_place_names()
    for index, (_, word) in enumerate(run[1:-1], start=1):
        if word == "for":
            before, after = run[:index], run[index + 1 :]
            if " ".join(w for _, w in before).casefold() in places and " ".join(w for _, w in after).casefold() in places:
                return [before, after]
    return [run]


# A name made an adjective by what it did to the name after it: "Hamas-run Gaza", "Iran-backed Houthi rebels",
# "London-based Syrian Observatory for Human Rights", "Israeli-occupied West Bank". Two names.
# (after the participles of a held territory, the name is a place: "Indian-controlled Kashmir")
_HELD_PARTICIPLES = ("controlled", "occupied", "administered", "annexed", "held")
_NAMED_BY_RE = re.compile(
    rf"(?P<name>[^\W\d_][\w'’.]*)-(?:{'|'.join(_HELD_PARTICIPLES)}|run|led|backed|based|owned|funded|sponsored|"
    r"allied|linked|aligned|affiliated|dominated|brokered|mediated|supported|born|made)"
)
_HELD_TERRITORY_RE = re.compile(rf"\w-(?:{'|'.join(_HELD_PARTICIPLES)})\s+$")


def _acronym_apart(run: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """An organisation's acronym before a person's name is two names: "de l'ONU Antonio Guterres" is
    "ONU" and "Antonio Guterres". Not before a name the acronym is part of ("UAE Central Bank")."""
    words = [word for _, word in run]
    rest = words[1:]
    if (
        len(rest) >= 2
        and words[0].casefold() in _ORG_ACRONYMS
        and all(w[:1].isupper() and not w.isupper() for w in rest)
        and not any(w.casefold().removesuffix("'s").removesuffix("’s").strip(".,") in _TELLING_WORDS for w in rest)
    ):
        return [run[:1], run[1:]]
    return [run]


def _person_of_organisation_apart(run: list[tuple[int, str]], text: str) -> list[list[tuple[int, str]]]:
    """ "Andrew Hencic of TD Economics" is a person and the organisation he speaks for: two names or more
    before "of", none telling what the whole is ("Bank of England", "Minister of Foreign Affairs") or
    written in lower case too ("State Opening of Parliament"), and an organisation after it."""
    words = [word.casefold().strip(".,") for _, word in run]
    if "of" not in words[2:-1]:
        return [run]
    at = words.index("of", 2)
    before, after = words[:at], [w for w in words[at + 1 :] if w != "the"]
    if any(w in _TELLING_WORDS or w in _PERSON_CUES or w in _CONNECTORS or w in FUNCTION_WORDS for w in before):
        return [run]
    if not after or any(_written_lower_case(text, word) for _, word in run[:at]):
        return [run]
    if any(w in _ORG_WORDS for w in after) or _ends_like_an_organisation(after) or " ".join(after) in _KNOWN_ORGS:
        return [run[:at], run[at + 1 + (words[at + 1] == "the") :]]
    return [run]


def _officer_of_organisation_apart(run: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """ "Qatar Airways Group Chief Executive Officer Eng. Badr Al Meer": a company, then an officer's title that
    opens the person's name (the title goes with ``_without_leading_titles``); only where the words before the title
    end as a body's do ("Group", "Airways"), not a nationality or a portfolio ("Saudi Energy Minister …")."""
    words = [word.casefold().strip(".,") for _, word in run]
    for at in range(1, len(words) - 1):
        if words[at] in _PERSON_CUES and words[at - 1] not in _CUE_PREFIXES:
            before = words[:at]
            if before[-1] in _ORG_WORDS or _ends_like_an_organisation(before) or " ".join(before) in _KNOWN_ORGS:
                return [run[:at], run[at:]]
            return [run]
    return [run]


# Organisations the news names by acronym before their officials: "CIA Director William Burns".
_ORG_ACRONYMS = frozenset(
    "un onu fbi cia nsa imf fmi who oms nato otan eu ue afp ap idf iaea aiea icc cpi unrwa unicef opec ecb bce fifa "
    "uefa ioc cio bbc cnn".split()
)


def _latin_span(text: str, run: list[tuple[int, str]], surnames: set[str], in_arabic: bool) -> tuple[int, int, str] | None:
    """(start, end, type) of the name in one run of capitalised words (given with their offsets)."""
    run = _without_leading_titles(_without_a_portfolios_words(run, text))
    run = _known_name_after_connector(run)
    if len(run) > 2 and run[0][1].casefold() in _FRENCH_PORTFOLIOS and _follows_a_french_office(text, run[0][0]):
        run = run[1:]  # the portfolio before the minister's name: "ministre de l'Intérieur Gérald Darmanin"
    words = [w for _, w in run]
    if not words or all(_is_calendar_word(w) for w in words) or (len(words) == 1 and len(words[0]) == 1):
        return None  # nothing left, a date or a clock, or one letter ("F" of a temperature)
    if " ".join(words).casefold() in _HIJRI_MONTHS_LATIN:
        return None  # a Hijri month: a date ("Ramadan 29")
    if len(words) == 1 and (words[0].casefold() in _FRENCH_PORTFOLIOS or words[0].casefold() in _COMMON_NOUNS_ALONE):
        return None  # "ministre des Affaires étrangères"; "the Kingdom", "the Ministry": a name said before
    if len(words) == 1 and (amount := _AMOUNT_RE.fullmatch(words[0])) is not None and amount["code"] in CURRENCY_CODES:
        return None  # an amount: "SR23.5 billion"
    if len(words) >= 3 and all(w.isupper() for w in words):
        return None  # a headline in capitals ("CLICK HERE TO GET THE APP"), not a name
    start, end = run[0][0], run[-1][0] + len(run[-1][1])
    if words[-1].endswith(_POSSESSIVE):  # Russia's -> Russia
        end -= 2
        words[-1] = words[-1][:-2]
    kind = "PERSON" if _is_a_surname_seen(words, surnames) else _latin_type(text, start, end, words, in_arabic)
    if _names_a_french_organisation(kind, words) and (adjectives := _FRENCH_ADJECTIVE_RE.match(text, end)) is not None:
        end = adjectives.end()  # "Banque centrale européenne"
    if (spelled := _spelled_out_before_its_acronym(text, start, end)) is not None:
        end, kind = spelled, "ORG"  # "Programme alimentaire mondial (PAM)", "Forces de soutien rapide (FSR)"
    if kind in ("PERSON", "MISC") and _office_follows(text, end):
        return None  # what the office is of ("Saudi Energy Minister …"), not a name
    if kind == "PERSON" and len(words) > 1:
        surnames.update({words[-1], _without_glued_article(words[-1])})  # "el-Sisi", then "Sisi" alone
    if kind == "MISC" and len(words) == 1 and _written_lower_case(text, words[0]):
        return None  # "Best", "Most", "Her" opening a heading: common words, not names
    return None if kind is None else (start, end, kind)


def _spelled_out_before_its_acronym(text: str, start: int, end: int) -> int | None:
    """Where a name that goes on in lower case ends, when the acronym in brackets after it spells its words'
    initials: French writes a body's name so ("Programme alimentaire mondial (PAM)"), whose capitalised run
    is its first word alone; not at a sentence's start. The initials of its words, or of those that are no
    connector ("Forces de soutien rapide (FSR)")."""
    after = _LOWER_CASE_WORDS_BEFORE_ACRONYM_RE.match(text, end)
    if after is None or _opens_a_sentence(text, start):
        return None  # (a sentence's first word is capitalised whatever it is: "Robotic process automation (RPA)")
    return after.end("words") if _spells(after["acronym"], text, start, after.end("words")) else None


def _spells(acronym: str, text: str, start: int, end: int) -> bool:
    """Does ``acronym`` spell the initials of the words of ``text[start:end]``, a connector's or not ("CAPMAS": "…
    for Public Mobilization and Statistics" keeps "and", drops "for")?"""
    letters = acronym.casefold()
    spelled = 0
    for word in _SPELLED_WORD_RE.findall(text, start, end):
        if spelled < len(letters) and word[0].casefold() == letters[spelled]:
            spelled += 1
        elif word.casefold() not in _SPELLING_CONNECTORS:
            return False
    return spelled == len(letters)


_LOWER_CASE_WORDS_BEFORE_ACRONYM_RE = re.compile(r"(?P<words>(?:\s+[a-zà-öø-ÿ’'-]+){1,6})\s*\((?P<acronym>[A-Z]{2,6})\)")
_SPELLED_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")
_SPELLING_CONNECTORS = frozenset("de du des la le l d of the for and et pour à".split())


_AMOUNT_RE = re.compile(r"(?P<code>[A-Z][A-Za-z]{0,2})\d[\d.,]*")
# Common nouns the news capitalises alone, for a name it gave before ("the Kingdom": Saudi Arabia; "the Region":
# Kurdistan's; "the Ministry": of Health) or for the state itself (French "l'État"); not "Congress" or
# "Parliament", which name one body.
_COMMON_NOUNS_ALONE = frozenset(
    "kingdom region ministry department province company authority agency committee état etat council government "
    "day year".split()
)  # (not French "Conseil", "Commission": their name's adjective follows in lower case, "Commission européenne"; "Day"
# of "New Year's Day", cut at its "'s")


def _is_a_surname_seen(words: list[str], surnames: set[str]) -> bool:
    """One word that ended a person's name before ("Huang" after "Jensen Huang"); a country or an acronym
    stays what it is ("Jordan" after "Michael Jordan", "AI" after a run typed a person)."""
    return len(words) == 1 and words[0] in surnames and not words[0].isupper() and words[0].casefold() not in _countries()


def _names_a_french_organisation(kind: str | None, words: list[str]) -> bool:
    return kind == "ORG" and len(words) == 1 and words[0].casefold() in _FRENCH_ORG_HEADS


def _without_leading_titles(run: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Leading function words, titles and nationality words dropped: "Although US" -> "US", "Foreign
    Minister Sergei Lavrov" -> "Sergei Lavrov", and what an office is of after it: "Secretary of State
    Antony Blinken" -> "Antony Blinken"; not from a known place ("The Hague", "Le Caire")."""
    after_office = False
    if len(run) >= 3 and run[0][1] == "République":  # "le président de la République Emmanuel Macron"
        run = run[1:]
    while run and not _is_place(run):
        word = run[0][1]
        if len(run) > 1 and run[1][1].casefold() in _SONS_OF:
            break  # a title that is the first name: "Sheikh Sultan Bin Muhammad Al Qasimi", "Prince Sultan bin Salman"
        if _is_cue([w for _, w in run[:4]]):
            after_office = True
        elif after_office and word.casefold() in ("of", "de", "du") and not _office_complement_follows(run[1:]):
            return []  # "Director of (the) Athena Advisers": what the office is of, no person
        elif not (_is_function_word(word) or (after_office and word.casefold() in _AFTER_AN_OFFICE)):
            break
        run = run[1:]
    return run


_SONS_OF = frozenset(("bin", "ibn", "bint"))


def _without_a_portfolios_words(run: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    """A run that goes on with an office's portfolio after "of … and" or "for the" starts on the portfolio's last
    words, then the person: "Minister of Planning and International Cooperation Zeina Toukan" -> "Zeina Toukan",
    "Commissioner for the Mediterranean Dubravka Šuica" -> "Dubravka Šuica"; a run of portfolio words alone
    ("…, Economic Development and …") is no name."""
    if not run or run[0][1].casefold() not in _PORTFOLIO_WORDS:
        return run
    if _OFFICE_OF_BEFORE_RE.search(text, max(0, run[0][0] - _OFFICE_OF_MAX_CHARS), run[0][0]) is None:
        return run
    at = 0
    while at < len(run) and run[at][1].casefold() in _PORTFOLIO_WORDS:
        at += 1
    # A person's two names or more after the portfolio, or nothing: "Human Services" of "Department of Health and
    # Human Services" is the body's name going on.
    return run[at:] if len(run) - at != 1 else run


# An office and what it is of, before the run, in the same sentence ("Minister of Planning and ", "Commissioner for
# the ", "Minister of Planning, ").
_OFFICE_OF_BEFORE_RE = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Commissioner|Ambassador|Director|Envoy|Commission|Department)(?:\s+General)?"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+(?:and\s+)?)*$"  # only the portfolio's words between
)
_OFFICE_OF_MAX_CHARS = 90


def _office_complement_follows(run: list[tuple[int, str]]) -> bool:
    """Does a portfolio follow "of" ("Secretary of State", "Minister of the Interior")?"""
    words = [w.casefold() for _, w in run if w.casefold() not in ("the", "la", "le", "l'")]
    return bool(words) and words[0] in _PORTFOLIO_WORDS


# Words that make "X of Y" one name: "Bank of England", "Gulf of Aden", "Port of Jeddah", "Cup of Nations".
_TELLING_WORDS = _ORG_WORDS | _PLACE_WORDS | _EVENT_WORDS | _STATES | {w.casefold() for w in _PLACE_FIRST_WORDS}


def _known_name_after_connector(run: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The known organisation or place a run ends on after "of" when what comes before names nothing:
    "Shares of Saudi Aramco" -> "Saudi Aramco" ("Bank of England", "Gulf of Aden" stay whole); after what a company
    has, any name: "Shares of Apple Inc." -> "Apple Inc"."""
    words = [w.casefold() for _, w in run]
    for k in range(1, len(words) - 1):
        if words[k] not in ("of", "de", "des", "du"):
            continue
        rest = k + 1 + (words[k + 1] in ("the", "la", "le", "l'"))
        suffix, prefix = " ".join(words[rest:]), words[:k]
        known = suffix in _KNOWN_ORGS or (suffix in latin_place_names() and suffix != "world")  # not "Rest of World"
        known = known or (len(prefix) == 1 and prefix[0] in _WHAT_A_COMPANY_HAS)  # "Shares of Apple Inc."
        told = any(w.strip(".,") in _TELLING_WORDS for w in prefix)
        if known and not told and " ".join(prefix) not in latin_place_names():
            return run[rest:]
        break
    return run


# What a company is, written before its name.
# (Not what a person may be too: "publisher Rupert Murdoch", "filmmaker", "lawmaker", "producer".)
_KINDS_OF_COMPANY = frozenset(
    "company firm startup start-up conglomerate lender insurer retailer carrier airline manufacturer supplier "
    "distributor broadcaster maker carmaker automaker chipmaker drugmaker planemaker steelmaker".split()
)
_WHAT_A_COMPANY_HAS = frozenset(
    "shares stock stocks units sales profits profit revenue executives employees investors customers".split()
)


def _is_calendar_word(word: str) -> bool:
    folded = word.casefold().strip(".,")
    return folded in _CALENDAR_WORDS or folded in _CLOCK_WORDS


def _office_follows(text: str, end: int) -> bool:
    following = text[end : end + 20].split(None, 1)
    return bool(following) and following[0].casefold() in _OFFICES


def _is_function_word(word: str) -> bool:
    """ "Although", "Will", "I'd", "S'il", a lede's shouted first word ("THOUSANDS"); never an acronym
    ("US", "IT")."""
    acronym = word.isupper() and 1 < len(word) <= _ACRONYM_MAX_LETTERS
    return not acronym and word.casefold().replace("’", "'") in FUNCTION_WORDS


_ACRONYM_MAX_LETTERS = 5


def _is_place(run: list[tuple[int, str]]) -> bool:
    return " ".join(w for _, w in run).casefold() in latin_place_names()


def _is_whole_line(text: str, start: int, words: list[str]) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return text[line_start:start].strip() == "" and text[start : len(text) if line_end < 0 else line_end].split() == words


def _written_lower_case(text: str, word: str) -> bool:
    """Does the text also use ``word`` in lower case, as a whole word?"""
    return bool(_whole_word_occurrences(text, word.lower()))


def _is_cue(words: list[str]) -> bool:
    """A title word, or a nationality/office word standing before one ("Russian Foreign Minister"); not
    a name that merely ends like a nationality ("Promethean Technologies Group")."""
    first = words[0].casefold().strip(".")
    if first in _PERSON_CUES:
        return True
    if first in _CUE_PREFIXES:  # "Crown Prince …", "Rear Adm. …", "Vice President …"; not "Crown Resorts"
        return len(words) > 1 and words[1].casefold().strip(".") in _PERSON_CUES
    return (
        len(words) > 1
        and words[1][:1].isupper()
        and words[0].endswith(("ian", "ese", "ish", "an", "ign", "i"))  # "Saudi", "Iraqi", "Israeli", "Emirati"
        and any(w.casefold().strip(".") in _PERSON_CUES for w in words[1:])
    )


# What a sentence starts after: its end, a colon, a wire story's opening "ABUJA, Nov 2 (Reuters) -".
_SENTENCE_OPENERS = (".", "!", "?", ":", ") -", ") –", ") —", ")--", ") --")
# A wire story's opening, its places in capitals: "ABUJA, Nov 2 (Reuters) -", "CAIRO/JERUSALEM, Nov 27",
# "PARIS (AFP) -", "OTTAWA — The federal …", "GAZA CITY, Gaza Strip (AP) —".
_WIRE_PLACES_RE = re.compile(
    rf"[{_UPPER}][{_UPPER}/ .'’-]*(?=,\s*(?i:{MONTH_NAME})\s*\d"
    rf"|(?:,(?:\s+[{_UPPER}][\w.'’-]*){{1,3}})?\s*(?:\([^()\n]{{2,40}}\)\s*)?(?:[–—]|--?)\s)"
)
_DATED_WIRE_PLACE_RE = re.compile(rf"[^()\n]{{6,30}}?\d{{4}}\s*\((?P<place>[{_UPPER}][{_UPPER} .'’-]*)\)\s*(?:[–—]|--?)\s")
# Nouns after a place's name that say what kind of place it is: "Zamfara state", "Idlib province".
_PLACE_NOUNS = frozenset(
    "state province region governorate district county city town village ville localité commune région "
    "camp quartier gouvernorat strait crossing détroit".split()
)
_OF_A_PLACE = frozenset(("of", "de", "d'", "d’"))  # "la localité d'Aïta al-Chaab", "la ville de Khan Younès"


def _is_wire_place(text: str, start: int, end: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    opening = _WIRE_PLACES_RE.match(text, line)
    if opening is not None and opening.end() >= end:
        return True
    dated = _DATED_WIRE_PLACE_RE.match(text, line)  # "November 29, 2026 (KADUGLI) – …"
    return dated is not None and dated.start("place") <= start and end <= dated.end("place")


def _opens_a_sentence_in_a_place(text: str, start: int) -> bool:
    """ "In Khan Younis, …": a sentence's first word "In", "At" or "Near" before the name."""
    opening = _SENTENCE_IN_A_PLACE_RE.search(text, max(0, start - 12), start)
    return opening is not None and (opening.start() == 0 or text[: opening.start()].rstrip().endswith((".", "\n", ":")))


_SENTENCE_IN_A_PLACE_RE = re.compile(r"(?:^|(?<=\s))(?:In|At|Near|Dans|À)\s+$")


def _place_noun_follows(text: str, end: int) -> bool:
    following = text[end : end + 20].split(None, 1)
    return bool(following) and following[0].strip(".,;") in _PLACE_NOUNS  # lower case: "state", not "State Department"


def _capitalised_parts_name_an_organisation(word: str) -> bool:
    """ "Movement-North" of "Sudan People's Liberation Movement-North": each part capitalised, one a body's word (not
    "Post-it" or "Return-to-office", a compound's small words)."""
    parts = word.split("-")
    return all(part[:1].isupper() for part in parts) and any(part.casefold() in _ORG_WORDS for part in parts)


def _latin_type(text: str, start: int, end: int, words: list[str], in_arabic: bool) -> str | None:
    lowered = [w.casefold().strip(".") for w in words]
    phrase = " ".join(w.casefold() for w in words)
    if phrase in latin_place_names() or (words[0].isupper() and _is_wire_place(text, start, end)):
        return "LOC"
    if len(words) == 1 and words[0] in _COMMON_ACRONYMS:
        return None  # "AI", "GDP", "CEO": no one's name
    if (
        phrase in _KNOWN_ORGS
        or any(w in _ORG_WORDS for w in lowered)
        or any(_capitalised_parts_name_an_organisation(w) for w in words if "-" in w)
        or (len(words) == 1 and _is_an_acronym(words[0]))
        or (len(words) >= 2 and _ends_like_an_organisation(lowered))
    ):
        return "ORG"
    if len(words) >= 3 and lowered[1] == "of" and _names_a_part_of_a_place_or_a_state(lowered[0], phrase):
        return "LOC"  # "Gulf of Oman", "Strait of Hormuz", "Republic of Congo", "Sultanate of Oman"
    if len(words) >= 4 and lowered[0].startswith("people") and lowered[2] == "of":
        return _latin_type(text, start, end, words[1:], in_arabic)  # "People's Republic of China": as its state
    if lowered[0] in _PERSON_CUES and not (len(lowered) > 2 and lowered[1] in _SONS_OF):
        return None  # the cue itself; the name after it is its own run (not a first name: "Sultan bin Salman")
    if 2 <= len(words) <= 3 and _a_job_follows(text, end):
        return "PERSON"  # "Sarah House, senior economist at …": a person, whatever her name's last word says
    if len(words) >= 2 and _WORKS_AT_RE.search(text, max(0, start - 40), start) is not None:
        return "ORG"  # "… senior economist at Wells Fargo": where someone works
    before = text[max(0, start - 25) : start].split()
    previous = before[-1].casefold().strip(".,") if before else ""
    if previous in _PERSON_CUES:
        return "PERSON"
    if previous in _KINDS_OF_COMPANY:
        return "ORG"  # "Chinese electric vehicle maker Human Horizons", "US chipmaker Nvidia", "the lender Barclays"
    if text.startswith("-", end):
        previous = ""  # the name of a compound ("in Indian-controlled Kashmir"): what stands before is the compound's
    if (
        lowered[-1] in _PLACE_WORDS
        or _HELD_TERRITORY_RE.search(text, max(0, start - 16), start) is not None  # "Indian-controlled Kashmir"
        or (previous in _PLACE_PREPOSITIONS and len(words) == 1 and not _is_a_demonym(lowered[0]))
        or (previous in _IN_A_PLACE and before[-1] == previous and len(words) == 2)  # "in Tel Aviv"; not "… in. Cue"
        or (
            previous in _OF_A_PLACE and len(before) > 1 and before[-2].casefold() in _PLACE_NOUNS
        )  # "the city of Khan Younis"
        or (len(words) == 2 and _opens_a_sentence_in_a_place(text, start))  # "In Khan Younis, …"
        or _place_noun_follows(text, end)
    ):
        return "LOC"
    if any(w in _EVENT_WORDS for w in lowered):
        return "MISC"
    if _names_an_arabic_place(words):
        return "LOC"  # Arabic names of places in Latin letters: "Qasr Al Watan", "Bab el-Mandeb", "Deir el-Balah"
    if len(words) == 2 and words[0] in _PLACE_FIRST_WORDS:
        return "LOC"  # "New York", "North Carolina", "San Francisco": two capitalised words, not a person
    if len(words) >= 2 and _is_a_demonym(lowered[-1]) and _LOWER_CASE_WORD_RE.match(text, end) is not None:
        return "MISC"  # who the people are, before what they are: "Gulf Arab monarchies", "Saudi Arabian officials"
    if len(words) >= 2 and all(w[:1].isupper() or w in _NAME_INNER_WORDS or w.startswith(_GLUED_ARTICLES) for w in words):
        # Unless it is a heading in title case ("Best Sleeping Pads", "Camp Cooking"): a whole line, or
        # every word also written in lower case.
        if _is_whole_line(text, start, words) or all(_written_lower_case(text, w) for w in words):
            return None
        if in_arabic or lowered[-1] in _DOCUMENT_WORDS or words[-1] in _COMMON_ACRONYMS:
            return "MISC"  # "Information Act", "Paris Agreement"; "Generative AI", "Apple TV"
        if _heads_with_an_acronym(words[0]) and not words[-1].isupper() and not _names_an_office(lowered):
            return "MISC"  # a body's acronym before what it names: "UNESCO World Heritage Site"; no one's first name
        return "PERSON"
    return None if _opens_a_sentence(text, start) else "MISC"


def _is_an_acronym(word: str) -> bool:
    return word.isupper() and len(word) >= 2


def _heads_with_an_acronym(word: str) -> bool:
    """An acronym opening a name that is no person's: a body's ("UNESCO", "RIA"), a country's ("US", "UN"); not a
    person's initials ("JD Vance") nor a first name in capitals ("REBECCA Cooke")."""
    if not (_is_an_acronym(word) and word.isalpha()):
        return False
    return (
        word in _COUNTRY_ACRONYMS if len(word) == 2 else len(word) <= _ACRONYM_MAX_LETTERS or word.casefold() in _KNOWN_ORGS
    )


def _names_an_office(lowered: list[str]) -> bool:
    """A title or a job among the words: "US Attorney General John Ashcroft" names the man who holds it."""
    return not _PERSON_CUES.isdisjoint(lowered) or not _JOBS.isdisjoint(lowered)


_COUNTRY_ACRONYMS = frozenset("US UN EU UK".split())
_ACRONYM_MAX_LETTERS = 4


def _opens_a_sentence(text: str, start: int) -> bool:
    """Does the word at ``start`` open a sentence or a line, where any word is capitalised? (A quotation may open
    the sentence: '"People are …'.)"""
    preceding = text[:start].rstrip(" \t\"“«'‘(").rstrip(" \t")
    return not preceding or preceding.endswith(("\n", *_SENTENCE_OPENERS))


def _is_a_demonym(word: str) -> bool:
    """A country's people, casefolded, by the country's name and an English or French suffix ("syrian", "iraqi",
    "chinese", "soudanais", "marocains", "algériens"), or one of the few that do not read so ("arab", "lebanese");
    not a name that ends alike ("hassan", "ryan", "calais")."""
    if word in _DEMONYMS_APART:
        return True
    places = latin_place_names()
    return any(
        word.endswith(suffix)
        and len(stem := word[: -len(suffix)]) >= _DEMONYM_STEM_MIN_CHARS
        and not places.isdisjoint(stem + ending for ending in endings)
        for suffix, endings in _DEMONYM_ENDINGS
    )


_DEMONYMS_APART = frozenset("arab arabs arabian saudi emirati lebanese british turkish gulf western european".split())
# Each suffix and how the country's name may end where it stands: "syrian" of "syria", "iraqi" of "iraq", "chinese"
# of "china", "algériens" of "algérie".
_FRENCH_ENDINGS = ("", "e", "ie")
_DEMONYM_ENDINGS = (
    ("ian", ("", "a", "e")), ("an", ("", "a", "o")), ("ese", ("", "a")), ("i", ("",)),
    *((suffix, _FRENCH_ENDINGS) for suffix in ("ais", "aise", "aises", "ain", "ains", "aine", "aines")),
    *((suffix, _FRENCH_ENDINGS) for suffix in ("ien", "iens", "ienne", "iennes", "ois", "oise", "oises")),
)  # fmt: skip
_DEMONYM_STEM_MIN_CHARS = 3
_LOWER_CASE_WORD_RE = re.compile(r"\s+[a-z]")


def _names_a_part_of_a_place_or_a_state(first: str, phrase: str) -> bool:
    """A water, a coast or an island of a name ("Strait of Hormuz", "Bay of Bengal"), or a state of a place the
    news names ("State of Palestine"; "State of Law" is a party)."""
    if first in _PARTS_OF_A_PLACE:
        return True
    return first in _STATES and phrase.split(" of ", 1)[1].removeprefix("the ") in latin_place_names()


def _ends_like_an_organisation(lowered: list[str]) -> bool:
    """A company's last word ("Mubadala Capital", "Vice Media", "TD Economics"), or a country's after words
    that are not a place ("Statistics Canada", "Air Canada", "Tehrik-e-Taliban Pakistan"): a person's
    family name is seldom a country's ("Michael Jordan" aside)."""
    last = lowered[-1]
    if last in _ORGANISATION_LAST_WORDS:
        return True
    return (
        last in _countries()
        and last not in _COUNTRIES_NAMING_PEOPLE
        and lowered[0] not in _PLACE_FIRST_KEYS  # "New Mexico", "Northern Ireland", "Port Sudan"
        and not any(w in _CONNECTORS for w in lowered)  # "Veterans of Ireland", "Speaking for Ireland"
    )


@cache
def _countries() -> frozenset[str]:
    from babel import Locale

    return frozenset(n.casefold() for code, n in Locale("en").territories.items() if code.isalpha() and len(code) == 2)


_PLACE_FIRST_KEYS = frozenset(w.casefold().strip(".") for w in _PLACE_FIRST_WORDS)
_COUNTRIES_NAMING_PEOPLE = frozenset(("jordan", "chad", "georgia", "israel", "england", "france"))
# Last words of companies' (and forces') names, none a portfolio ("Energy Minister …" names an office).
_ORGANISATION_LAST_WORDS = frozenset(
    """force capital media economics properties advisers advisors partners investments ventures consulting consultants
    securities insurance logistics shipping telecom telecoms pharmaceuticals pharma brands systems networks labs
    solutions electronics""".split()
)
# Last words of laws, treaties and the like: "Information Act", "Paris Agreement", "Geneva Convention".
_DOCUMENT_WORDS = frozenset(
    "act bill law treaty accord accords charter convention protocol declaration agreement amendment".split()
)
# Acronyms the news writes as words, naming no one: alone nothing, after a capitalised word a thing.
_COMMON_ACRONYMS = frozenset(
    """AI CEO CFO COO CTO GDP TV IPO VAT ESG EV EVs LNG DNA HIV AIDS COVID SUV GPS CCTV VIP PC NGO NGOs LGBT LGBTQ
    ATM USB SMS PDF CO2 UFO MMDH MDH""".split()  # (the Moroccan press's billions and millions of dirhams)
)


def _a_job_follows(text: str, end: int) -> bool:
    """Does a job somewhere stand after the name, set off by a comma ("…, senior economist at Wells Fargo")?"""
    job = _APPOSITIVE_JOB_RE.match(text, end)
    return job is not None and job["job"].casefold() in _JOBS


_JOBS = frozenset(
    """economist analyst strategist professor researcher executive official lawyer attorney adviser advisor
    correspondent reporter editor founder chairman chairwoman ceo partner fellow scientist director manager head
    president research""".split()  # ("head of research at CBRE Middle East": where the research is done)
)
_APPOSITIVE_JOB_RE = re.compile(
    r",\s*(?:(?:a|an|the)\s+)?(?:(?:senior|chief|lead|deputy|managing|former|top|head|political|legal)\s+)*"
    r"(?P<job>[A-Za-z]+)\s+(?:at|of|with|for)\s"  # (", an official said" after a place is no appositive)
)
_WORKS_AT_RE = re.compile(rf"(?i:\b(?:{'|'.join(sorted(_JOBS))})s?\s+(?:at|with))\s+(?:the\s+)?$")


# --- overlaps and canonical forms ------------------------------------------------------------------


def _drop_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            if span[1] - span[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


def _canonicalise(text: str, spans: list[tuple[int, int, str]]) -> list[Entity]:
    """Tie each mention to the fullest form of the same entity in the text."""
    full_names: dict[str, str] = {}  # folded last word of a multi-word person -> that full name
    first_names: dict[str, set[str]] = {}  # folded first word -> the full names it opens
    lineages: dict[str, set[str]] = {}  # folded words before a lineage word -> the full names they open
    forms: dict[tuple[str, str], str] = {}
    bare = [_without_proclitic(text, text[start:end]) for start, end, _ in spans]
    folded = [fold(form) for form in bare]
    for (_, _, kind), form, key in zip(spans, bare, folded, strict=True):
        words = form.split()
        if kind == "PERSON" and len(words) > 1:
            # "… بن عبدالعزيز" names his father, "… آل سعود" his house: no surname (two words: "بن ديفيز" is Ben Davies)
            if len(words) == 2 or words[-2] not in _LINEAGE_WORDS:
                full_names.setdefault(term(words[-1]), form)
                full_names.setdefault(term(_without_glued_article(words[-1])), form)  # "Sisi" of "… el-Sisi"
            if len(words) > 2 and words[-2] in _COMPOUND_FAMILY_HEADS and words[-3] not in _LINEAGE_WORDS:
                # "أشرف عبد الغفور", said later "عبد الغفور" (not a father's: "سلطان بن عبد العزيز")
                full_names.setdefault(term(" ".join(words[-2:])), form)
            first_names.setdefault(fold(words[0]), set()).add(form)  # (as written: "الحسن" is not "حسن")
            for cut in range(2, len(words) - 1):  # (a lineage word last is the tagger's slip: "إيلي داغر ابن")
                if words[cut] in _LINEAGE_WORDS:  # "عبدالله بن زايد" of "عبدالله بن زايد آل نهيان"
                    lineages.setdefault(fold(" ".join(words[:cut])), set()).add(form)
        if forms.setdefault((kind, key), form).isupper() and not form.isupper():
            forms[(kind, key)] = form  # "Ottawa" names the wire's "OTTAWA —" too
    entities = []
    for (start, end, kind), key in zip(spans, folded, strict=True):
        mention = text[start:end]
        canonical = forms[(kind, key)]
        if kind == "PERSON" and (" " not in mention or mention.split()[0] in _COMPOUND_FAMILY_HEADS):
            # By the family name ("لافروف"), else by a first name only one full name opens ("Sheikh Mohamed")
            opened = first_names.get(key, set())
            canonical = full_names.get(term(mention)) or (next(iter(opened)) if len(opened) == 1 else canonical)
        elif kind == "PERSON" and len(longer := lineages.get(key, set())) == 1:
            canonical = next(iter(longer))  # said without his house or grandfather, after or before in full
        entities.append(Entity(mention, kind, start, end, canonical))
    return entities


_LINEAGE_WORDS = frozenset(("بن", "بنت", "ابن", "آل", "bin", "bint", "ibn", "Al"))
# A family name of two words, its first one of these: "عبد الغفور", "أبو الغيط".
_COMPOUND_FAMILY_HEADS = frozenset(("عبد", "أبو", "ابو", "Abdel", "Abdul", "Abu"))


def _in_arabic_letters(word: str) -> bool:
    """Punctuation and digits aside, whether ``word`` is written in Arabic letters: the tagger's span holding a
    Latin word is dropped ("مصدران لـCNN", "وHorner"), the Latin names are found as such."""
    if not word.isalpha():
        return True
    return ARABIC_LETTER_RE.match(word) is not None and ARABIC_LETTER_RE.match(word[-1]) is not None


def _without_proclitic(text: str, mention: str) -> str:
    """The mention without a conjunction or preposition glued to it ("وآسيا" -> "آسيا", "لليمن" ->
    "اليمن", "بمجلس الأمن" -> "مجلس الأمن"), when the bare form stands as its own words in the text or
    is a territory's name or a listed organisation's, or the news writes its first word glued; else as
    written. The evidence matters: "بغداد", "لبنان", "فرنسا" and "واشنطن" begin with the same letters. A letter
    joined on by a tatweel is the preposition ("لـسكاي نيوز عربية", "لـCNN") on the same evidence, or before Latin."""
    if mention[1:2] == "\u0640" and mention[:1] in PROCLITIC_LETTERS and len(mention) > 3:
        candidate = mention[2:].lstrip("\u0640")  # (or a name's own tatweel, "بـدر الجبل": evidence below)
        if not ARABIC_LETTER_RE.match(candidate):
            return candidate  # "لـCNN", "بـ2000"
    elif mention.startswith("لل") and len(mention) > 4:
        candidate = "ال" + mention[2:]  # ل + ال is written لل
    elif mention[:1] in PROCLITIC_LETTERS and len(mention) > 3:
        candidate = mention[1:]
    else:
        return mention
    if _whole_word_occurrences(text, candidate) or fold(candidate) in arabic_place_names():
        return candidate
    if _opens_a_definite_construct(mention, candidate):
        return candidate  # "بالبنك المركزي المصري": "ب" + "ال"
    if fold(candidate) in _known_organisation_names():
        return candidate
    # The news writes its first word glued: "وسالم الدوسري", "بغرفة نجران".
    return candidate if is_glued(mention.partition(" ")[0]) else mention


_ARTICLE_AND_LA_MIN_CHARS = 6


def _opens_a_definite_construct(mention: str, candidate: str) -> bool:
    """Before the article, "و", "ب" and "ف" are the conjunction or preposition ("والخليج العربي",
    "بالبنك المركزي"), in a name of several words whose first has three letters after "ال" ("بالون",
    "والدة" are words of their own). One word alone may be a foreign name after "ب" or "ف" ("فالنسيا",
    "بالوتيلي"), hardly after "و" ("والسعودية"; "والتر", "والاس" have two letters after it); "كال" opens
    such names ("كاليفورنيا") and "لل" hides which "ل" went ("للجنة" is "اللجنة", "للنيل" "النيل"): in a name of
    several words it is the preposition ("للسومرية نيوز", "للجزيرة نت") when the word with its own "ل" is one the
    news seldom writes ("اللجنة" is common: "للجنة الدولية" stays as written), unless a short foreign name opens on
    "لا" ("للارس لاغرباك" is to Lars, "للاند روفر" to Land Rover; "للاتحاد" is longer)."""
    first, _, rest = candidate.partition(" ")
    if mention.startswith("لل") and rest:
        short_foreign = first.startswith("الا") and len(first) < _ARTICLE_AND_LA_MIN_CHARS
        return not short_foreign and is_rare_in_the_news("الل" + first[2:])
    return (
        (bool(rest) or mention[:1] == "و")
        and mention[:1] in _DEFINITE_PROCLITICS
        and first.startswith("ال")
        and len(first) >= 5
    )


_DEFINITE_PROCLITICS = ("و", "ب", "ف")


@cache
def _known_organisation_names() -> frozenset[str]:
    """The listed organisations' names, folded: "وجامعة الدول العربية" is "جامعة الدول العربية"."""
    return frozenset(map(fold, KNOWN_ORGANISATIONS))
