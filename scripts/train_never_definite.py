"""Words the news never makes definite: streams/core/enrich/models/never_definite.npz.

An Arabic noun takes the article: "قانون" and "القانون", "مشروع" and "المشروع". A verb never does ("تصادق",
"يرتقب", "أعلن"), nor a noun with a pronoun on it ("عودته", "مهامه") or an adverbial accusative ("طفيفا",
"ارتفاعا"): what happened or how, not what a story is about. Counted on the unlabelled Arabic news in
../shared, a word's matching key (``term``: folded, clitics stripped) is listed when the news writes it
at least MIN_COUNT times, its definite forms ("ال", "وال", "بال", "لل" before it) at most
MAX_DEFINITE_SHARE of those, with a preposition glued on ("ب", "ل": "بمسقط", "لخامنئي"; a verb takes
neither, but for "ل" of purpose) at most MAX_PREPOSITION_SHARE, and the first entity tagger never
labelled it a name (``news_labels``: "محمد", "ترامب", "دبي" take no article either). Names it did not
know mostly pass the preposition test ("غولن", "مسقط", "خامنئي"); some do not ("برنت"), and are
kept when the article's entities name them. Keywords skip these words (``keywords.extract_keywords``).
Reproducible: no randomness.

    python scripts/train_never_definite.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.core.enrich.tokens import term  # noqa: E402
from streams.core.lexicon import NEVER_DEFINITE_PATH, never_definite, news_labels  # noqa: E402
from streams.testing.corpora import folded_word_counts  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
MIN_COUNT = 20  # enough sightings for "never" to mean something; rarer words are left to idf ...
MAX_DEFINITE_SHARE = 0.01
MAX_PREPOSITION_SHARE = 0.02
# ... unless they read as a present-tense verb (ي or ت and three to five letters: "تصادق" 4 times, "يرتقب" 6)
# and were never seen definite ("تقرير" and "تعاون" are, often): 2,908 such forms, nearly all verbs.
MIN_COUNT_VERB_LIKE = 3
_VERB_LIKE_RE = re.compile(r"[يت][\u0621-\u064a]{3,5}")
MIN_LETTERS = 3
_ARABIC_WORD_RE = re.compile(r"[\u0621-\u064a]+")
_DEFINITE_RE = re.compile(r"(?:[وف]?[بك]?ال|[وف]?لل)")
_ARTICLES = ("ال", "وال", "بال", "لل")


def build(corpora: Path = CORPORA) -> dict[str, np.ndarray]:
    """The table's arrays, as ``main`` writes them (``tests/test_models.py`` checks the shipped file against them)."""
    forms = folded_word_counts(corpora)
    seen: Counter[str] = Counter()
    definite: Counter[str] = Counter()
    after_a_preposition: Counter[str] = Counter()
    for form, times in forms.items():
        if _ARABIC_WORD_RE.fullmatch(form) is None:
            continue
        key = term(form)
        seen[key] += times
        # A definite form keys like its bare one; and a bare form's key may have lost a first letter that was
        # the word's own ("برنامج"): its definite forms are counted through the form as written too.
        if _DEFINITE_RE.match(form):
            definite[key] += times
        else:
            definite[key] += sum(forms[article + form] for article in _ARTICLES)
            after_a_preposition[key] += forms["ب" + form] + forms["ل" + form]
    labelled = news_labels()
    common = {
        key
        for key, times in seen.items()
        if times >= MIN_COUNT
        and definite[key] <= MAX_DEFINITE_SHARE * times
        and after_a_preposition[key] <= MAX_PREPOSITION_SHARE * times
    }
    verb_like = {
        term(form)
        for form, times in forms.items()
        if MIN_COUNT_VERB_LIKE <= times < MIN_COUNT
        and _VERB_LIKE_RE.fullmatch(form)
        and not any(forms[article + form] for article in _ARTICLES)
    }
    keys = sorted(key for key in common | verb_like if len(key) >= MIN_LETTERS and key not in labelled)
    return {"words": np.array(keys, dtype=str)}


def main() -> None:
    np.savez_compressed(NEVER_DEFINITE_PATH, **build())
    never_definite.cache_clear()
    print(f"{NEVER_DEFINITE_PATH.relative_to(ROOT)}: {len(never_definite())} words", file=sys.stderr)


if __name__ == "__main__":
    main()
