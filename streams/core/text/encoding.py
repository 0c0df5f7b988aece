"""Bytes -> text: UTF-8, or Arabic in Windows-1256, the code page older Arabic sites serve and a scraper
may pass on as it came."""

from __future__ import annotations

import re


def as_text(data: bytes) -> str | None:
    """The text of ``data``: UTF-8 (a byte-order mark dropped), else Arabic in Windows-1256; None when
    it is neither."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return windows_arabic(data)


def lenient_text(data: bytes) -> str:
    """Any bytes as text, to recognise them at a glance: as ``as_text`` reads them, else UTF-8 with
    replacement marks (a multi-byte character cut at the end is dropped)."""
    text = as_text(data)
    return text if text is not None else data.decode("utf-8", errors="replace").rstrip("\ufffd")


def windows_arabic(data: bytes) -> str | None:
    """``data`` read as Windows-1256, when that gives Arabic: the page declares the code page ("<meta
    charset=windows-1256>"), or most of the letters it gives are Arabic and its bytes are not UTF-8 with a
    few broken (UTF-8 Arabic read as Windows-1256 gives Arabic letters too: "ظ‚ط§ظ„")."""
    if _DECLARED_RE.search(data, 0, _DECLARATION_SEARCH_BYTES) is not None:
        return data.decode("cp1256")  # (its markup's Latin letters may outnumber the Arabic ones)
    # Judged on the first 64 KB, by counts the regex engine makes: 4 MB of junk is turned away in 20 ms
    # (counting every character in Python took half a second).
    sample = data[:_SAMPLE_BYTES]
    non_ascii = len(_NON_ASCII_RE.findall(sample))
    if sample.decode("utf-8", errors="replace").count("\ufffd") < _BROKEN_UTF8_SHARE * non_ascii:
        return None  # mostly valid UTF-8: broken, not another code page
    text = sample.decode("cp1256")
    letters, arabic = len(_LETTER_RE.findall(text)), len(_ARABIC_LETTER_RE.findall(text))
    if letters < _MIN_LETTERS or arabic < _ARABIC_SHARE * letters:
        return None
    return text if len(data) <= _SAMPLE_BYTES else data.decode("cp1256")  # (most messages: decoded once)


_DECLARED_RE = re.compile(rb"charset\s*=\s*[\"']?\s*(?:windows-1256|cp1256)", re.IGNORECASE)
_DECLARATION_SEARCH_BYTES = 4096
_SAMPLE_BYTES = 65_536
_NON_ASCII_RE = re.compile(rb"[\x80-\xff]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_ARABIC_LETTER_RE = re.compile("[\u0621-\u064a]")
_BROKEN_UTF8_SHARE = 0.5  # Windows-1256 Arabic: nearly every byte over 127 is invalid UTF-8
_MIN_LETTERS = 20
_ARABIC_SHARE = 0.6
