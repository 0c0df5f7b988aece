"""What the unlabelled news says about Arabic words: how a first entity tagger labelled each one
across it (``scripts/train_ner.py`` writes the table). The entity tagger reads it as a feature; the
parser asks it whether a short line names a place and a person ("دبي: محمد إبراهيم" is a byline).
And which words it writes with a conjunction or preposition glued on (``scripts/train_glued_forms.py``):
"وممثل" is "ممثل" for keywords and entity names, "وزير" and "واشنطن" are words of their own. And which it
never makes definite (``scripts/train_never_definite.py``): verbs, nouns with a pronoun on them, adverbial
accusatives ("تصادق", "عودته", "طفيفا"), which keywords skip. And the places CLDR names in Arabic
(territories and the time-zone database's cities), which both the parser and the entity tagger consult.
And how many of its articles write each word (``scripts/train_idf.py``): keywords are ranked by it, and
the parser reads a word the news seldom writes, after a place, as an outlet's name ("صنعاء - سبأنت").
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

import numpy as np

from streams.core.gazetteer import KNOWN_PLACES, LATIN_PLACES
from streams.core.text.normalize import fold, strip_clitics

NEWS_LABELS_PATH = Path(__file__).parent / "enrich" / "models" / "news_labels.npz"
GLUED_FORMS_PATH = Path(__file__).parent / "enrich" / "models" / "glued.npz"
NEVER_DEFINITE_PATH = Path(__file__).parent / "enrich" / "models" / "never_definite.npz"
IDF_PATH = Path(__file__).parent / "enrich" / "models" / "idf.npz"


@cache
def news_labels() -> dict[str, str]:
    """Word (folded, clitics stripped) -> how a first tagger labelled it across unlabelled news: the
    type it gave most often and how often, in three levels ("PERS3": a person at least 60 % of the
    time, 2: 30 %, 1: 10 %; scripts/train_ner.py). A name seen once in ANERCorp, or never, is often
    seen many times in the news corpus, mostly where the tagger is sure of it."""
    with np.load(NEWS_LABELS_PATH, allow_pickle=False) as data:
        return {str(w): str(v) for w, v in zip(data["words"], data["labels"], strict=True)}


def mostly(word: str, kind: str) -> bool:
    """Did the first tagger give ``word`` the type ``kind`` ("PERS", "LOC", "ORG") most of the time it
    saw it, 30 % of its occurrences or more?"""
    return news_labels().get(strip_clitics(fold(word)), "") in (f"{kind}3", f"{kind}2")


def ever(word: str, kind: str) -> bool:
    """Is ``kind`` the type the first tagger gave ``word`` most often, however seldom (10 % of the time or
    more): a town the news names now and then ("الباحة", "القطيف")."""
    return news_labels().get(strip_clitics(fold(word)), "").startswith(kind)


@cache
def news_idf() -> tuple[dict[str, float], float]:
    """Word (folded, clitics stripped) -> its inverse document frequency in the unlabelled news, for words three
    articles or more use (``scripts/train_idf.py``); and the idf of a word it does not hold."""
    with np.load(IDF_PATH, allow_pickle=False) as data:
        table = dict(zip((str(w) for w in data["words"]), (float(v) for v in data["idf"]), strict=True))
        unseen = math.log(1 + int(data["documents"][0]))
    return table, unseen


def is_rare_in_the_news(word: str) -> bool:
    """Did fewer than three articles of the unlabelled news write ``word`` (a name the news seldom gives,
    "سبأنت", "مصراوي"; not "الحرب", "النهار")?"""
    return strip_clitics(fold(word)) not in news_idf()[0]


def is_common_in_the_news(word: str) -> bool:
    """Does one article of the unlabelled news in thirty or more write ``word`` ("عام", "رئيس", "السعودية")?"""
    idf, _ = news_idf()
    return idf.get(strip_clitics(fold(word)), math.inf) < _COMMON_IDF


_COMMON_IDF = math.log(30)


@cache
def glued_forms() -> frozenset[str]:
    """Folded words that the news writes as a conjunction or preposition glued to a word ("وممثل",
    "بغرفه", "لمكافحه"); a word it does not know is not one."""
    with np.load(GLUED_FORMS_PATH, allow_pickle=False) as data:
        return frozenset(str(w) for w in data["words"])


def is_glued(word: str) -> bool:
    """Does the news write ``word`` as a letter glued to a word ("وممثل", "بغرفة"; not "وزير", "فيصل", nor any
    word the news never wrote)?"""
    return fold(word) in glued_forms()


def without_glued_letter(word: str) -> str:
    """``word`` without the letter glued to its front when the news writes it glued ("وممثل" -> "ممثل"),
    else as written; a letter joined on by a tatweel goes with it ("لـCNN" -> "CNN")."""
    if len(word) > 1 and word[1].isalpha() and is_glued(word):
        return word[1:].lstrip("\u0640") or word
    return word


@cache
def never_definite() -> frozenset[str]:
    """Matching keys (``term``) of words the news writes often and never with the article, and never
    labelled a name: verbs and other words that say what happened or how, not what about."""
    with np.load(NEVER_DEFINITE_PATH, allow_pickle=False) as data:
        return frozenset(str(w) for w in data["words"])


# --- places CLDR names (through Babel) --------------------------------------------------------------


@cache
def arabic_territories() -> tuple[str, ...]:
    """Babel's (CLDR's) Arabic names of the world's territories, as written."""
    from babel import Locale

    return tuple(Locale("ar").territories.values())


def cldr_cities(language: str) -> tuple[str, ...]:
    """CLDR's names, in ``language``, of the cities it names differently from the time-zone id."""
    from babel import Locale

    return tuple(zone["city"] for zone in Locale(language).time_zones.values() if "city" in zone)


@cache
def arabic_place_names() -> frozenset[str]:
    """The Arabic names of territories, of the time-zone database's cities and of the towns the gazetteer lists
    (``KNOWN_PLACES``: "رام الله", "الأحساء"), folded, article kept
    ("اليمن", "روما"): unlike the tagger's stems, "فرنسا" stays "فرنسا" here, so "رنسا" is not mistaken
    for a name."""
    return frozenset(fold(n) for n in (*arabic_territories(), *_arabic_cities(), *KNOWN_PLACES))


@cache
def _arabic_cities() -> tuple[str, ...]:
    """CLDR's Arabic names of the time-zone cities ("روما", "دمشق", "شيكاغو"); the three-letter ones
    ("بلم") and the placeholder for an unknown city are left out: too easily another word."""
    return tuple(n for n in cldr_cities("ar") if len(n) >= 4 and "معروف" not in n)


_NOT_PLACES = frozenset(("EU", "EZ", "UN"))  # CLDR's "territories" that are organisations: European Union, UN


@cache
def latin_place_names() -> frozenset[str]:
    """Places in Latin letters, casefolded: CLDR's territories and time-zone cities in English and French, the
    gazetteer's Arab towns (``LATIN_PLACES``) and what the news calls places Babel names otherwise."""
    from babel import Locale

    names: set[str] = {*_COMMON_PLACE_NAMES, *(name.casefold() for name in LATIN_PLACES)}
    for language in ("en", "fr"):
        locale = Locale(language)
        names.update(n.casefold() for code, n in locale.territories.items() if code not in _NOT_PLACES)
        # Cities: the ~420 of the time-zone database ("Europe/Paris", "Asia/Riyadh") and CLDR's names
        # for them in each language ("Londres", "Le Caire", "Kyiv").
        names.update(n.casefold() for n in cldr_cities(language))
    names.update(zone.rsplit("/", 1)[1].replace("_", " ").casefold() for zone in _time_zones() if "/" in zone)
    names.update([name.removeprefix("le ") for name in names if name.startswith("le ")])  # "au Caire": "Le Caire"
    return frozenset(names)


def _time_zones() -> list[str]:
    from babel.core import get_global

    return [zone for zone in get_global("zone_territories") if not zone.startswith("Etc/")]


# What the news calls places that Babel names otherwise ("United Kingdom") or not at all.
_COMMON_PLACE_NAMES = (
    "us, u.s., usa, uk, u.k., uae, u.a.e., ksa, britain, great britain, england, scotland, wales, america, latin america, "
    "middle east, the gulf, persian gulf, red sea, levant, maghreb, sinai, golan heights, "
    "gaza, west bank, washington, beijing, ankara, kiev, the hague, palestine, congo, "
    "grande-bretagne, angleterre, écosse, amérique, moyen-orient, proche-orient, cisjordanie"
).split(", ")
