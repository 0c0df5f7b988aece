"""Text normalisation shared by every parsing step.

Two different jobs live here and must not be confused:

* ``clean_text`` changes what is *output*: it only repairs what scraping breaks (line endings,
  stray control characters, non-breaking spaces) and never rewrites letters.
* ``fold`` and ``tolerant`` exist for *matching*: they erase the spelling variation of Arabic
  (hamza seats on alef, alef maqsura, ta marbuta, diacritics, tatweel), Arabic-Indic digits and
  case, so that one written pattern matches every spelling a publisher uses. Folded text is never
  emitted.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

# Arabic-Indic (U+0660..) and Eastern Arabic-Indic / Persian (U+06F0..) digits -> ASCII.
_DIGIT_PAIRS = tuple(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789", strict=True))
DIGITS = str.maketrans(dict(_DIGIT_PAIRS))

_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"
_TATWEEL = "\u0640"
# ``str.translate`` with a dict table walks a Python mapping per character; fold runs on whole
# bodies, so it uses C-speed ``replace`` calls and one regex instead.
# (The Persian yeh and keheh, "ی" and "ک", stand for Arabic's in text typed on Persian or Kurdish keyboards.)
_FOLD_LETTERS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ی", "ي"), ("ک", "ك"), ("ة", "ه"))
_MARKS_RE = re.compile(f"[{_DIACRITICS}{_TATWEEL}]")
_EASTERN_DIGIT_RE = re.compile("[٠-٩۰-۹]")

# Characters a folded pattern letter may be written as, in raw text.
_VARIANTS = {"ا": "اأإآٱ", "ي": "يىی", "ك": "كک", "ه": "هة"}
_OPTIONAL_MARKS = f"[{_DIACRITICS}{_TATWEEL}]*"

# C0/C1 control characters except TAB, LF and CR: never part of text, a sign of binary data.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Zero-width and bidi formatting marks that scrapers copy from the page's markup: legitimate in
# Arabic pages, but they break matching, so cleaned text drops them too.
_INVISIBLE_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
WORD_RE = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Matching key of ``text``: Arabic spelling variants, digits and case erased."""
    return _fold_short(text) if len(text) <= _SHORT_CHARS else _fold(text)


# Words and names are folded again and again (each rule asks of the same mention, and the news of the same
# names): a cache answers those in a tenth of the time. Paragraphs are folded once each and stay out of it;
# 16,384 entries hold about 4 MB (the worker's memory must stay flat over a long stream).
_SHORT_CHARS = 40


@lru_cache(maxsize=16_384)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    folded = _MARKS_RE.sub("", unicodedata.normalize("NFKC", text))
    for variant, plain in _FOLD_LETTERS:
        folded = folded.replace(variant, plain)
    return " ".join(ascii_digits(folded).casefold().split())


def ascii_digits(text: str) -> str:
    """``text`` with Arabic-Indic digits as ASCII; same length, so offsets stay valid.

    ``str.translate`` walks a dict per character (150 µs on a 2,500-character article) and even
    searching for the digits costs 12 µs there, so long text gets one C-speed ``replace`` per digit
    (20 of them: 4 µs); a word, where the search is cheaper than twenty calls, is searched first."""
    if len(text) < 100:
        return text.translate(DIGITS) if _EASTERN_DIGIT_RE.search(text) else text
    for eastern, western in _DIGIT_PAIRS:
        text = text.replace(eastern, western)
    return text


def control_character_count(text: str) -> int:
    """How many control characters ``text`` holds (TAB, LF and CR excepted)."""
    return len(_CONTROL_RE.findall(text.replace("\r", "")))


# Proclitics glued to Arabic words: conjunctions, prepositions and the article, longest first.
_CLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")


@lru_cache(maxsize=100_000)  # words repeat: the parser compares paragraphs word by word
def strip_clitics(folded: str) -> str:
    """A folded Arabic word without the conjunction, preposition or article glued to its front."""
    for clitic in _CLITICS:
        if folded.startswith(clitic) and len(folded) - len(clitic) >= 3:
            return folded[len(clitic) :]
    return folded


# Markup a scraper left in the text ("<p>…</p>", "<br>", "<a href=…>"): a block's tags end a line, others go.
_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|figure)\b[^<>]{0,300}>", re.I
)
_INLINE_TAG_RE = re.compile(r"</?(?:span|a|b|i|u|em|strong|font|small|sup|sub|mark|img|figcaption)\b[^<>]{0,300}>", re.I)


def clean_text(text: str) -> str:
    """Repair scraping damage without rewriting any letter: markup and entities left in, line ends,
    invisible marks."""
    if "<" in text:
        text = _INLINE_TAG_RE.sub("", _BLOCK_TAG_RE.sub("\n", text))
    if "&" in text:
        text = html.unescape(text)  # scrapers copy "&quot;" out of the markup
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE_RE.sub("", text)
    return _SPACES_RE.sub(" ", text)


def addresses(text: str) -> list[tuple[int, int]]:
    """Where the text writes web and mail addresses: neither their words ("arriyadiyah", "default", "i8Mkd7oN"
    from an image's address) nor their figures ("/2015/06/01/") are the story's."""
    if not any(mark in text for mark in _ADDRESS_MARKS):
        return []
    return [address.span() for address in _ADDRESS_RE.finditer(text)]


_ADDRESS_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_ADDRESS_MARKS = ("://", "www.", "WWW.", "@")


def with_line_breaks_restored(text: str) -> str:
    """A story a scraper flattened to one line gets its line breaks back where it wrote them otherwise: as
    the two characters "\\n" (its JSON escaped twice), or as runs of spaces or a tab between the page's
    lines (text nodes joined with "  " or "\\t"). A text with a line break, or short, is left as it is: a
    double space there is a typing slip."""
    if len(text) < _FLATTENED_MIN_CHARS or _LINE_BREAK_RE.search(text.strip()) is not None:
        return text
    if "\\n" in text:
        return text.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\\t", " ")
    if len(_WIDE_GAP_RE.findall(text)) >= _FLATTENED_MIN_GAPS:
        return _WIDE_GAP_RE.sub("\n", text)
    return text


_FLATTENED_MIN_CHARS = 200
_FLATTENED_MIN_GAPS = 2
_LINE_BREAK_RE = re.compile(r"[\n\r\u2028\u2029]")
_WIDE_GAP_RE = re.compile(r"(?<=\S)(?:[ \u00a0]{2,}|[ \u00a0]*\t)[ \t\u00a0]*(?=\S)")  # two spaces or more, or a tab


def clean_lines(text: str) -> list[str]:
    """The non-blank lines of ``text``, each stripped, emoji and pictographs around them too ("🔴 عاجل",
    "📌 وقال …", "👇👇"): decoration, no letter of the text."""
    return [stripped for line in clean_text(text).split("\n") if (stripped := _without_decoration(line))]


# Emoji, pictographs, dingbats and arrows with their modifiers; not "©" or "°", which carry meaning.
_DECORATION = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3"
_DECORATION_RE = re.compile(f"^[{_DECORATION}\\s]+|[{_DECORATION}\\s]+$")


# Every decoration character but the joiner and the keycap mark is at or above this code point; Arabic and
# Latin letters are below it.
_FIRST_DECORATION = 0x2600
_LOW_DECORATION = "\u200d\u20e3"


def _is_decoration(char: str) -> bool:
    return ord(char) >= _FIRST_DECORATION or char in _LOW_DECORATION


def _without_decoration(line: str) -> str:
    stripped = line.strip()
    if stripped and (_is_decoration(stripped[0]) or _is_decoration(stripped[-1])):
        return _DECORATION_RE.sub("", stripped)  # (most lines: two comparisons, no scan)
    return stripped


_DIGIT_RUN_RE = re.compile(r"\d+")


def windows_near(text: str, anchors: Iterable[tuple[int, int]], margin: int = 60) -> list[tuple[int, int]]:
    """Stretches of ``text`` within ``margin`` characters of the anchors, merged, widened to whole words.

    Patterns that can only match near a digit (dates, quantities) run on these stretches instead of
    the whole body: most of an article has no digit, and large alternations are slow to try at every
    position.
    """
    windows: list[tuple[int, int]] = []
    for start, end in sorted(anchors):
        low = max(0, start - margin)
        low = text.rfind(" ", 0, low) + 1 if low else 0  # never start inside a word
        high = text.find(" ", min(len(text), end + margin))
        high = len(text) if high == -1 else high
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], high))
        else:
            windows.append((low, high))
    return windows


def occurrences(text: str, piece: str) -> list[int]:
    """Where ``piece`` starts in ``text``, every time (overlapping too), by plain substring search: cheaper
    than a pattern's scan when only a few fixed strings say where to look."""
    found = []
    at = text.find(piece)
    while at != -1:
        found.append(at)
        at = text.find(piece, at + 1)
    return found


@lru_cache(maxsize=8)
def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """Where the digits stand. Dates, mentioned dates and quantities all anchor on them, in the same
    body: the last few answers are kept (a scan costs ~35 µs on an article, a hit well under one)."""
    return tuple(m.span() for m in _DIGIT_RUN_RE.finditer(text))


def word_count(text: str) -> int:
    """White-space separated words, as word processors count them."""
    return len(text.split())


_LETTER_RE = re.compile(r"[^\W\d_]")


def is_arabic(text: str, threshold: float = 0.5) -> bool:
    """Are at least ``threshold`` of the letters Arabic?"""
    # Every character of ARABIC_LETTER_RE is a letter: count those with the cheap range class, and run
    # the Unicode-category class only on what is left (half the time on Arabic text).
    rest, arabic = ARABIC_LETTER_RE.subn("", text)
    letters = arabic + len(_LETTER_RE.findall(rest))
    return letters > 0 and arabic >= threshold * letters


@cache
def tolerant(phrase: str) -> str:
    """A regex source matching ``phrase`` in any spelling that ``fold`` would erase.

    ``tolerant("اقرا ايضا")`` matches "اقرأ أيضاً", "إقرأ أيضًا", "اقرا ايضا" …; spaces match any
    run of white space. Latin letters match case-insensitively only if the caller compiles with
    ``re.IGNORECASE``.
    """
    return "".join(map(_tolerant_letter, fold(phrase)))


@cache
def _tolerant_letter(char: str) -> str:
    """A regex source matching one folded letter in any spelling ``fold`` erases."""
    if char == " ":
        return r"\s+"
    if char in _VARIANTS:
        return f"[{_VARIANTS[char]}]{_OPTIONAL_MARKS}"
    if ARABIC_LETTER_RE.match(char):
        return re.escape(char) + _OPTIONAL_MARKS
    return re.escape(char)


def alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """One regex group matching any of ``phrases`` in any spelling ``fold`` erases (``tolerant``), the longest
    that matches winning. Built as a trie of their folded letters: a prefix the phrases share is written once
    ("دولار", "دولارا", "دولارات" are "دولار(?:ا(?:ت)?)?"), which the regex compiler reads in a fraction of the
    time a flat list of thousands of letter classes takes, and which matches without retrying each phrase."""
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for char in fold(phrase):
            node = node.setdefault(char, {})
        node[_END] = {}
    return "(?:" + _trie_source(trie) + ")"


_END = ""  # the key that marks a phrase ending at a node (no folded letter is empty)
_Trie = dict[str, "_Trie"]


def _trie_source(node: _Trie) -> str:
    branches = [_tolerant_letter(char) + _trie_source(child) for char, child in node.items() if char != _END]
    if not branches:
        return ""
    joined = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{joined})?" if _END in node else joined  # (greedy: the longer phrase is tried first)
