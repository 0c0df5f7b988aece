"""Keywords: what the article is about, ranked, offline and in well under a millisecond.

YAKE ranks fragments like "GMT أفادت" first on the seed (field notes §3): it has no idea which words
are common in news. Here every candidate is scored by how often the article uses it times how rare it
is in Arabic news at large (document frequencies counted on SaudiNewsNet and ANT by
``scripts/train_idf.py``), with the title counting double; multi-word candidates are the entities
the tagger found and the runs of two or three words the article writes together again ("أسعار
الفائدة"); and the publisher's tags, the strongest evidence, rank first.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache

from streams.core.enrich.entities import Entity
from streams.core.enrich.quantities import COUNTING_WORDS, CURRENCY_CODES, MEASURE_WORDS, Quantity
from streams.core.enrich.tokens import PROCLITIC_LETTERS, TOKEN_RE, Tokens, positions, term
from streams.core.lexicon import never_definite, news_idf, news_labels, without_glued_letter
from streams.core.text.dates import CALENDAR_NAMES
from streams.core.text.function_words import (
    ARABIC_FUNCTION_WORDS,
    ARABIC_HONORIFICS,
    ARABIC_STYLE_WORDS,
    FUNCTION_WORDS,
    PRESENT_TENSE_VERB,
)
from streams.core.text.normalize import ARABIC_LETTER_RE, addresses, fold

MAX_KEYWORDS = 10
_SPARE_KEYWORDS = 3
_MIN_IDF = 2.5  # below this a word is in most articles: a function word, not a topic
_TITLE_WEIGHT = 2
_TAG_BOOST = 1.25
# The idf table is counted on Arabic news: English and French words in every article need naming —
# the function words, and the words of news at large (dates, saying, people).
_FUNCTION_WORDS = FUNCTION_WORDS | frozenset(
    """new first last next old one two year years day days time times week weeks month months people thing
    things mr mrs ms said say says tell told see seen know known think get gets got go goes went make makes
    made take takes took use used want like way ways well back
    second third fourth fifth percent per cent including according added adding announce announces announced
    announcing rise rises rose risen rising fall falls fell fallen falling aim aims aimed show shows showed
    shown expect expects expected come comes came give gives gave given call calls called open opens opened
    hold holds held lead leads led meet meets met reach reaches reached report reports reported seek seeks
    sought warn warns warned urge urges urged plan plans planned let lets allow allows allowed apply applies applied
    need needs needed keep keeps kept help helps helped continue continues continued remain remains remained
    include includes included become becomes became start starts started work works worked try tries tried
    ask asks asked move moves moved put puts run runs ran set sets part parts lot lots week's year's
    highness excellency majesty sheikh
    don doesn didn isn aren wasn weren couldn wouldn shouldn haven hasn hadn going found best high avoid different
    an ans année années jour jours fois hier demain aujourd avant-hier dit dire fait faire selon annoncé
    annonce a été ont sont sein tant cours afin ainsi alors cependant toutefois lors affirmé déclaré indiqué
    estimé souligné ajouté précisé expliqué""".split()
)  # ("don" of "don't", which the tokens cut at its apostrophe; "au sein de", "en tant que", "au cours de")


@dataclass(frozen=True, slots=True)
class Keyword:
    text: str
    score: float


@cache
def _counting_keys() -> frozenset[str]:
    """Number words, scales and units ("ألف", "مليون", "يورو", "متر") say how much, never what about; a measure
    with the article too, what a price is per ("للبرميل": "برميل" alone loses its "ب" as if glued, "البرميل"
    keeps it)."""
    return frozenset((*map(term, COUNTING_WORDS), *(term("ال" + word) for word in MEASURE_WORDS)))


@lru_cache(maxsize=100_000)  # words repeat across articles: judge each once
def _rarity(key: str) -> float | None:
    """The idf of a word's matching key if it is worth ranking; None for short, numeric, counting,
    function and common words."""
    idf, unseen = news_idf()
    rarity = idf.get(key, unseen)
    if len(key) < 3 or key[0].isdigit() or _is_number_with_a_prefix(key) or key in _FUNCTION_WORDS or rarity < _MIN_IDF:
        return None
    if _AMOUNT_IN_A_CODE_RE.match(key):
        return None  # "Dh2" of "Dh2.5 billion" in a headline (the body's amounts are left out by their spans)
    return None if key in _counting_keys() or key in _filler_keys() or key in _calendar_keys() else rarity


def _latin_names(body: Tokens, named: AbstractSet[str], title_words: list[str], title_keys: list[str]) -> set[str]:
    """The Latin words of an Arabic text and its title that may be keywords: those named, capitalised or holding a
    digit ("iPhone", "B777", "PSG"); not a quoted post's lower-case words ("really", "care"), which an idf counted on
    Arabic news cannot weigh."""
    found = {key for key in named if key.isascii()}
    found.update(key for word, key in zip(title_words, title_keys, strict=True) if key.isascii() and word != key)
    if _LATIN_LETTER_RE.search(body.text) is None:
        return found  # (most Arabic texts write no Latin word)
    latin = {key for key in body.vocabulary if key.isascii() and key[:1].isalpha()}
    found.update(body.terms[i] for i in positions(body, latin) if body.words[i] != body.terms[i])
    return found


_LATIN_LETTER_RE = re.compile("[A-Za-z]")


@lru_cache(maxsize=100_000)  # keys repeat across articles: judge each once
def _is_a_style(key: str) -> bool:
    """Is a keyword only the words of a style before a name ("صاحب السمو الملكي", "جلالة الملك", "معالي")?"""
    return all(word in _STYLE_KEYS for word in key.split())


_STYLE_KEYS = frozenset(map(term, ARABIC_STYLE_WORDS))
# Ordinals alone ("الخامسة", "التاسع") say which, not what about; in a phrase they name it ("الجيل الخامس").
_ORDINAL_KEYS = frozenset(
    map(
        term,
        """ثالث ثالثة رابع رابعة خامس خامسة سادس سادسة سابع سابعة ثامن ثامنة تاسع تاسعة عاشر عاشرة حادي حادية
        third fourth fifth sixth seventh eighth ninth tenth troisième quatrième cinquième sixième""".split(),
    )
)


@lru_cache(maxsize=100_000)  # forms repeat across articles: judge each once (~8 µs a form otherwise)
def _is_inflected(form: str) -> bool:
    """Is an Arabic word, as the text writes it, a commoner word inflected: with a pronoun on it ("وخططه",
    "عملياته", "تطبيقه", "نفقاتهم"), the accusative's alif ("بالغا", "انعداما", "مستهدفا") or the future's "س"
    ("سيخسرون", "سيصرف")? Whose, how or what will happen, not what about: each such form is rarer in the news
    than its stem, so it would rank above the words the story is about. (Only as written: the key folds "ة" into
    "ه", "منظمة" is no "منظم" with a pronoun; a country's "يا", "روسيا", is no accusative.)"""
    idf, unseen = news_idf()
    key = term(form)
    if " " in form or not ARABIC_LETTER_RE.match(key) or key in news_labels():
        return False  # (a name the news gives: "ناسا", "جيرونا", "سانا" end as an accusative does)
    rarity = idf.get(key, unseen)
    form = form.rstrip(_FATHATAN)  # the accusative's mark written over its alif: "بالغاً"
    stems = [key[: -len(end)] for end in _PRONOUN_ENDINGS if form.endswith(end)]
    if form.endswith("ا") and not form.endswith(("يا", "اا")):
        stems.append(key[:-1])  # the accusative's alif: "بالغا" of "بالغ"
    bare = form[1:] if form[:1] in "وف" else form  # (as written: the key of "السينما" is "سينما", of "بينما" "ينما")
    if bare[:1] == "س" and bare[1:2] in _PRESENT_TENSE_PREFIXES and len(bare) >= _FUTURE_MIN_LETTERS:
        stems.append(term(bare[1:]))  # the future: "سيصرف" of "يصرف"
    # (a pronoun after "ة" writes it "ت": "محصلته" is "محصلة"'s, whose key ends in "ه")
    stems += [stem[:-1] + "ه" for stem in stems if stem.endswith("ت")]
    return any(len(stem) >= _MIN_STEM_LETTERS and idf.get(stem, unseen) < rarity for stem in stems)


# Pronouns written on a word (never "ة": the key folds it into "ه"), longest first.
_PRONOUN_ENDINGS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه")
_PRESENT_TENSE_PREFIXES = ("ي", "ت", "ن")
_FATHATAN = "\u064b"
_FUTURE_MIN_LETTERS = 5  # "سيصرف"; not "سيدة", a lady, nor "ستين"
_MIN_STEM_LETTERS = 3


# A currency's code glued to its amount's first digits, as the region's English press writes it: "Dh2", "sr18".
_AMOUNT_IN_A_CODE_RE = re.compile(rf"(?:{'|'.join(sorted({re.escape(c.casefold()) for c in CURRENCY_CODES}))})\d")
_VERB_LIKE_RE = re.compile(PRESENT_TENSE_VERB)


def _reads_as_a_verb(word: str) -> bool:
    return _VERB_LIKE_RE.fullmatch(word) is not None


def _is_number_with_a_prefix(key: str) -> bool:
    """ "الـ3" (a number with the article, "the 3rd"), "و67" (and 67), "ب2023"."""
    return key.removeprefix("ال").isdigit() or (key[0] in PROCLITIC_LETTERS and key[1:].isdigit())


@cache
def _calendar_keys() -> frozenset[str]:
    """Month and weekday names as keys ("نوفمبر", "monday"; "الخميس" is "خميس"): when, not what about."""
    return frozenset(term(name) for name in CALENDAR_NAMES)


# Arabic words that are common in every kind of story but, unlike "في" or "الذي", not common enough for
# their document frequency to rule them out (idf 2.5-4.5 on the news counted): quantifiers, time words
# ("المقبل", "الماضي"), fillers ("أيضا", "أنحاء", "إطار") and the labels pages put on headlines ("عاجل").
# Compared by their matching keys, as counted words are.
_ARABIC_FILLERS = """إلا عندما مثل يمكن الآن فقط ثم جميع كافة بعض عدة أنحاء أكثر أقل مما أما ماذا لماذا شاهد
    المقبل المقبلة القادم القادمة الماضي الماضية الجاري الحالي الحالية المنصرم عاجل بالصور بالفيديو فيديو
    إطار جانب مدى صباح مساء مرة أول أولى ثاني ثانية آخر أخرى جديد جديدة كبير كبيرة عدم وفق وفقا بشأن
    تجاه عبر إزاء بحسب حسب بهذه بهذا لهذا لهذه لذلك بذلك كذلك أمس امس البارحة غدا غداً حاليا حالياً مؤخرا
    مؤخراً""".split()


@cache
def _filler_keys() -> frozenset[str]:
    """Their keys and the Arabic function words', and those of their forms with a conjunction glued on
    ("وبهذه" keeps its "ب")."""
    words = (*_ARABIC_FILLERS, *ARABIC_FUNCTION_WORDS, *ARABIC_HONORIFICS)
    return frozenset(term(form) for word in words for form in (word, "و" + word, "ف" + word))


# Languages whose words keywords can judge: Arabic by its document frequencies, English and French by
# their function words too. In any other language "und", "der", "den" would rank first: its articles
# get their publisher's tags and entities only.
KEYWORD_LANGUAGES = frozenset(("ar", "en", "fr", "und"))


def extract_keywords(
    title: str | None,
    body: Tokens,
    entities: Iterable[Entity],
    tags: Iterable[str],
    language: str = "und",
    quantities: Iterable[Quantity] = (),
    credits: Iterable[str] = (),
) -> list[Keyword]:
    """``quantities``: the body's; the words of a measured one are an amount, not a topic ("SR59.2 billion",
    "5 درجات مئوية"), those of people counted may well be one ("15 قتيلا", "3 آلاف لاجئ"). ``credits``: the
    outlets, agencies and writers the article credits, which its opening may name ("عمون - قال …") but which are
    not what it is about, unless its title names them."""
    idf, unseen = news_idf()
    tags = tuple(tags)  # (read twice: ranked, and kept from the credits)
    title_words = TOKEN_RE.findall(title or "")
    title_keys = list(map(term, title_words))
    counts: Counter[str] = Counter()
    named = {term(entity.canonical) for entity in entities if " " not in entity.canonical}
    if language in KEYWORD_LANGUAGES:  # elsewhere only entities and tags are keywords
        for word, key in zip(title_words, title_keys, strict=True):
            if key in named or not _reads_as_a_verb(word):  # "يلتقي", "تحذر": what happened, not what about
                counts[key] += _TITLE_WEIGHT
        counts.update(body.terms)  # counted in C: words are matched by their keys, shown by their forms
        measured = [(q.start, q.end) for q in quantities if q.unit not in _COUNTED_UNITS]
        counts = _without_spans(counts, body, [*_handles(body), *addresses(body.text), *measured])
    scores: dict[str, tuple[float, str | None]] = {}  # key -> (score, display text; None: its commonest form)
    untold = never_definite()  # "تصادق", "يرتقب", "عودته", "طفيفا": what happened or how, not what about ...
    kept_latin = _latin_names(body, named, title_words, title_keys) if language == "ar" else None
    rarities = {
        key: rarity
        for key in counts
        if (rarity := _rarity(key)) is not None
        and (key not in untold or key in named)  # ... unless it is named
        and (kept_latin is None or not key.isascii() or key in kept_latin)
    }
    recurring = {key for key, count in counts.items() if count >= _PHRASE_MIN_COUNT} & rarities.keys()
    phrases = _recurring_phrases(title_keys, body, recurring)  # (a phrase's words recur too)
    for key, phrase in phrases.items():
        counts.subtract(dict.fromkeys(phrase.keys, phrase.count))  # its words' mentions count for the phrase
        # (weighed as its rarest word: the phrase stands where that word would, not above the names around it)
        scores[key] = (phrase.count * max(rarities[k] for k in phrase.keys), None)
    scores.update((key, (counts[key] * rarity, None)) for key, rarity in rarities.items() if counts[key] > 0)
    title_line = f" {' '.join(title_keys)} "
    for entity in entities:
        words = [term(w) for w in entity.canonical.split()]
        if len(words) > 1:
            # A named entity is one keyword: its mentions count for the full name, not its words.
            weight = sum(idf.get(w, unseen) for w in words)
            key = " ".join(words)
            if key not in scores:  # its first mention also brings the title's, which counts double
                weight *= 1 + _TITLE_WEIGHT * title_line.count(f" {key} ")
            previous = scores.get(key, (0.0, entity.canonical))[0]
            scores[key] = (previous + weight, entity.canonical)
            for part in (*words, *(phrases.keys() & _pieces(words) if phrases else ())):
                scores.pop(part, None)  # its words, and phrases of its words ("البنك المركزي" of "… المصري")
    top = max((s for s, _ in scores.values()), default=1.0)
    for tag in _distinct_tags(tags):
        key = " ".join(term(w) for w in tag.split())
        scores[key] = (top * _TAG_BOOST + scores.get(key, (0.0, tag))[0], tag)
    chosen = _rank(scores, phrases.keys())
    forms = _commonest_forms(
        {key for key, _, text in chosen if text is None and key not in phrases}, title_words, title_keys, body
    )
    forms.update((key, _phrase_text(phrases[key], body.words)) for key, _, _ in chosen if key in phrases)
    tag_keys = {" ".join(map(term, tag.split())) for tag in tags}
    credited = {key for credit in credits if f" {(key := ' '.join(map(term, credit.split())))} " not in title_line}
    credited -= tag_keys  # (a publisher's tag is a topic, whoever it credits)
    chosen = [
        (key, score, text)
        for key, score, text in chosen
        if not (text is None and _is_inflected(forms[key]))
        and not _is_a_style(key)
        and key not in _ORDINAL_KEYS
        and key not in credited
    ]
    best = chosen[0][1] if chosen else 1.0
    shown: dict[str, Keyword] = {}  # two keys may show one word: "بريدة" (key "ريده") and "وبريدة" ("بريده")
    for key, score, text in chosen:
        keyword = Keyword(forms[key] if text is None else text, round(score / best, 4))
        shown.setdefault(fold(keyword.text), keyword)
    return list(shown.values())[:MAX_KEYWORDS]


@dataclass(frozen=True, slots=True)
class _Phrase:
    keys: tuple[str, ...]
    count: int  # the title's mention counting double
    starts: list[int]  # where the text writes it: the word each mention starts at


def _recurring_phrases(title_keys: list[str], body: Tokens, recurring: AbstractSet[str]) -> dict[str, _Phrase]:
    """Two or three ``recurring`` words (worth ranking, written twice or more, the title's counting double) side
    by side, in one script, that the article writes together again: a noun and its adjective or complement
    ("النظام الصحي", "أسعار الفائدة", "رؤساء البعثات الدبلوماسية", "interest rates"), one keyword as YAKE's
    n-grams are. Again: twice in the text, or in the title and once in the text. By key ("نظام صحي")."""
    found: dict[tuple[str, ...], list[int]] = {}  # phrase -> where each of its mentions in the text starts
    terms, words, starts, ends = body.terms, body.words, body.starts, body.ends
    run, before = 0, -2  # recurring words in a row (a space apart, in one script) ending at ``at``; the last one
    # (one script: "قمة المناخ COP28" names the summit, its words no phrase)
    for at in positions(body, recurring):
        if at == before + 1 and starts[at] - ends[before] == 1 and (words[before] < _LATIN_END) == (words[at] < _LATIN_END):
            run += 1
            found.setdefault(terms[before : at + 1], []).append(before)
            if run > 2:
                found.setdefault(terms[at - 2 : at + 1], []).append(at - 2)
        else:
            run = 1
        before = at
    in_title = Counter(
        tuple(title_keys[at : at + size])
        for size in range(2, _PHRASE_MAX_WORDS + 1)
        for at in range(len(title_keys) - size + 1)
    )
    counts = {
        phrase: count
        for phrase, mentions in found.items()
        if (count := len(mentions) + _TITLE_WEIGHT * in_title[phrase]) >= _PHRASE_MIN_COUNT
        and len(set(phrase)) == len(phrase)
    }
    # A pair inside a run of three written as often is a piece of that run.
    pieces = {(piece, counts[run]) for run in counts if len(run) == _PHRASE_MAX_WORDS for piece in (run[:-1], run[1:])}
    return {
        " ".join(phrase): _Phrase(phrase, count, found[phrase])
        for phrase, count in counts.items()
        if (phrase, count) not in pieces
    }


def _phrase_text(phrase: _Phrase, words: tuple[str, ...]) -> str:
    """How the text writes the phrase most often (a glued preposition or conjunction set aside)."""
    size = len(phrase.keys)
    return Counter(_phrase_form(words[start : start + size]) for start in phrase.starts).most_common(1)[0][0]


_PHRASE_MAX_WORDS = 3
_PHRASE_MIN_COUNT = 2


def _pieces(words: list[str]) -> set[str]:
    """The keys of the runs of two or more of ``words`` short of all of them (those a phrase may be)."""
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1) if j - i < len(words)}


_LATIN_END = "\u0600"  # a word sorting below it opens on a Latin letter, one above on an Arabic letter


def _phrase_form(words: tuple[str, ...]) -> str:
    """Words as a phrase is shown: the first without a preposition or conjunction glued before its article
    ("للطاقة الشمسية", "وأسعار الفائدة": "الطاقة الشمسية", "أسعار الفائدة")."""
    first = words[0]
    if first.startswith("لل") and len(first) > 3:
        first = "ال" + first[2:]
    elif first[:1] in PROCLITIC_LETTERS and first[1:3] in ("ال", "أل"):
        first = first[1:]
    else:
        first = without_glued_letter(first)
    return " ".join((first, *words[1:]))


def _handles(body: Tokens) -> list[tuple[int, int]]:
    """Where the accounts an embedded post names stand ("@SecBlinken"): not words of the story."""
    if "@" not in body.vocabulary:
        return []
    return [
        (body.starts[at + 1], body.ends[at + 1])
        for at in positions(body, _HANDLE_MARK)
        if at + 1 < len(body) and body.ends[at] == body.starts[at + 1]
    ]


_HANDLE_MARK = frozenset("@")
_COUNTED_UNITS = (None, "person")


# A web or mail address: "http://www.arriyadiyah.com/sites/default/files/…", "www.musaned.gov.sa", "info@kacst.sa".
def _without_spans(counts: Counter[str], body: Tokens, spans: list[tuple[int, int]]) -> Counter[str]:
    """``counts`` without the words inside ``spans`` (start and end offsets into the body)."""
    if not spans:
        return counts
    for start, end in spans:
        first = bisect.bisect_left(body.starts, start)
        for at in range(first, bisect.bisect_left(body.starts, end, first)):
            counts[body.terms[at]] -= 1
    return +counts  # unary +: only the positive counts stay


# Words pages add to their tags for search engines: "Prince Harry news", "Bhopal latest news", "أخبار السعودية".
_SEARCH_TAG_WORDS = frozenset(
    """news latest live today update updates comment comments breaking headlines top actualité actualités info
    infos direct أخبار اخبار عاجل اليوم الآن آخر""".split()
)


def _distinct_tags(tags: Iterable[str]) -> list[str]:
    """The tags without the search words pages add to them, once each: "Prince Harry news" and
    "Prince Harry latest" are "Prince Harry", "Bhopal latest news" is "Bhopal"; a tag of search words
    alone is none."""
    distinct: dict[str, str] = {}
    for tag in tags:
        core = " ".join(w for w in tag.split() if w.casefold() not in _SEARCH_TAG_WORDS)
        if core:
            distinct.setdefault(core.casefold(), core)
    return list(distinct.values())


def _commonest_forms(keys: set[str], title_words: list[str], title_keys: list[str], body: Tokens) -> dict[str, str]:
    """How each of ``keys`` is most often written (the title's forms first among equals)."""
    forms: dict[str, dict[str, int]] = {key: {} for key in keys}
    if keys:
        written = zip([*title_keys, *body.terms], [*title_words, *body.words], strict=True)
        for key, word in written:
            if key in forms:
                shown = _display(word)
                forms[key][shown] = forms[key].get(shown, 0) + 1
    return {key: _commonest(counted) for key, counted in forms.items()}


def _commonest(counted: dict[str, int]) -> str:
    """The form written most often; one written with a glued conjunction or preposition ("وآسيا", "لمتهمين")
    counts for its bare or definite form when the text has that too ("آسيا", "المتهمين"), and is shown bare
    when the news writes it glued ("وممثل" is "ممثل"; "وزير" stays)."""
    merged = dict(counted)
    for form, times in counted.items():
        if form[:1] not in PROCLITIC_LETTERS:
            continue
        bare = next((bare for bare in (form[1:], "ال" + form[1:]) if bare in counted), None)
        if bare is not None:  # ("لمتهمين" counts for "المتهمين": the same word, the article for the preposition)
            merged[bare] += times
            merged[form] = 0
    return without_glued_letter(max(merged, key=merged.__getitem__))


def _rank(scores: dict[str, tuple[float, str | None]], phrases: AbstractSet[str]) -> list[tuple[str, float, str | None]]:
    """The best (key, score, display text), none a word of a better phrase, no recurring ``phrases`` sharing a
    word (pieces of one longer run: "خطة طوارئ لمواجهة", "طوارئ لمواجهة أزمة"): a few more than MAX_KEYWORDS,
    for those that show the same word as a better one."""
    ranked = sorted(scores.items(), key=lambda item: -item[1][0])
    chosen: list[tuple[str, float, str | None]] = []
    taken: set[str] = set()  # the words of the phrases chosen
    for key, (score, text) in ranked:
        if any(f" {key} " in f" {other} " for other, _, _ in chosen):
            continue  # a word already inside a higher-ranked phrase
        if key in phrases:
            if taken & set(key.split()):
                continue
            taken.update(key.split())
        chosen.append((key, score, text))
        if len(chosen) == MAX_KEYWORDS + _SPARE_KEYWORDS:
            break
    return chosen


def _display(token: str) -> str:
    """The word as shown: without a leading conjunction و/ف glued to it."""
    if len(token) > 3 and token[0] in "وف" and token[1:3] in ("ال", "أل"):
        return token[1:]
    return token
