"""Tokens with their offsets into the text they come from: the unit of every enricher.

A body is cut into tokens once per article (``tokenize``) and every enricher reads the same
``Tokens``: entities need the words and offsets, keywords, topics and duplicate shingles need each
word's matching key (``term``).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from streams.core.text.normalize import fold, strip_clitics

# A number (inner dots/commas kept: 23.19, 1,200), a word (letters, digits, Arabic marks), or one
# punctuation character. Possessive repeats: a word's letters are taken in runs, never backtracked.
TOKEN_RE = re.compile(r"\d+(?:[.,٫٬]\d+)*|[^\W\d_](?:[^\W_]++|[\u064b-\u0652\u0670\u0640]++)*+|[^\w\s]")
# The same pattern as one group, for ``re.split``: text between tokens, token, text between, ...
_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")
# One letter glued before a word: and, with, for, so, as ("وآسيا", "بغزة"). Also the first letter of
# many names ("بغداد", "لبنان"): strip one only with evidence that the bare word exists.
PROCLITIC_LETTERS = ("و", "ب", "ل", "ف", "ك")


@dataclass(frozen=True, slots=True)
class Tokens:
    """``words[i]`` is ``text[starts[i]:ends[i]]``; ``terms[i]`` is its matching key; ``vocabulary``
    the set of the terms, for enrichers that look up a few words of their own ("is any number word
    here?" is then a lookup per word of theirs, not per word of the text)."""

    text: str
    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    terms: tuple[str, ...]
    vocabulary: frozenset[str]

    def __len__(self) -> int:
        return len(self.words)


def tokenize(text: str) -> Tokens:
    # Splitting gives the gaps and tokens in turn, and the running sum of their lengths every
    # offset, all in C: no match object per token.
    pieces = _SPLIT_RE.split(text)
    offsets = tuple(accumulate(map(len, pieces)))
    words = tuple(pieces[1::2])
    terms = tuple(map(term, words))
    return Tokens(text, words, offsets[0:-1:2], offsets[1::2], terms, frozenset(terms))


def positions(tokens: Tokens, keys: AbstractSet[str]) -> list[int]:
    """Where any of ``keys`` stands in ``tokens``, in order. The vocabulary answers first, in C,
    whether any does at all (for most keys, in most articles, none)."""
    present = keys & tokens.vocabulary
    return [i for i, key in enumerate(tokens.terms) if key in present] if present else []


@lru_cache(maxsize=100_000)  # words repeat across articles: fold each spelling once
def term(token: str) -> str:
    """The matching key of a word: folded, clitics stripped."""
    return strip_clitics(fold(token))
