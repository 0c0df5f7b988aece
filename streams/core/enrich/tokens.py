"""Tokens with their offsets into the text they come from: the unit of every enricher."""

from __future__ import annotations

import re

# A number (inner dots/commas kept: 23.19, 1,200), a word (letters, digits, Arabic marks), or one
# punctuation character.
TOKEN_RE = re.compile(r"\d+(?:[.,٫٬]\d+)*|[^\W\d_](?:[^\W_]|[\u064b-\u0652\u0670\u0640])*|[^\w\s]")


def tokenize(text: str) -> list[re.Match[str]]:
    """Token matches: ``m.group()`` is the token, ``m.start()``/``m.end()`` its offsets in ``text``."""
    return list(TOKEN_RE.finditer(text))
