"""Bytes -> text: UTF-8; Arabic in Windows-1256, the code page older Arabic sites serve and a scraper
may pass on as it came; French or English in Windows-1252 (Latin-1), older European and Maghrebi sites'
code page; or UTF-16 that says so by its byte-order mark (what Windows tools write)."""

from __future__ import annotations

import re
from contextlib import suppress


def as_text(data: bytes) -> str | None:
    """The text of ``data``: UTF-8 (a byte-order mark dropped), UTF-16 after its byte-order mark, else
    Arabic in Windows-1256 or Latin text in Windows-1252; None when it is none of them."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if data.startswith(_UTF16_BOMS):
        with suppress(UnicodeDecodeError):
            text = data.decode("utf-16")
            return text if " " in text else None  # (bytes after a stray mark read as UTF-16 give no spaces)
        return None
    return windows_arabic(data) or windows_latin(data)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


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
    if _is_broken_utf8(sample):
        return None
    text = sample.decode("cp1256")
    letters, arabic = len(_LETTER_RE.findall(text)), len(_ARABIC_LETTER_RE.findall(text))
    if letters < _MIN_LETTERS or arabic < _ARABIC_SHARE * letters:
        return None
    return text if len(data) <= _SAMPLE_BYTES else data.decode("cp1256")  # (most messages: decoded once)


def _is_broken_utf8(sample: bytes) -> bool:
    """Are most of the bytes over 127 valid UTF-8 (a few broken: a cut character, a stray byte), as in no
    other code page, where nearly every such byte is invalid UTF-8?"""
    non_ascii = len(_NON_ASCII_RE.findall(sample))
    return sample.decode("utf-8", errors="replace").count("\ufffd") < _BROKEN_UTF8_SHARE * non_ascii


_DECLARED_RE = re.compile(rb"charset\s*=\s*[\"']?\s*(?:windows-1256|cp1256)", re.IGNORECASE)
_DECLARATION_SEARCH_BYTES = 4096
_SAMPLE_BYTES = 65_536
_NON_ASCII_RE = re.compile(rb"[\x80-\xff]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_ARABIC_LETTER_RE = re.compile("[\u0621-\u064a]")
_BROKEN_UTF8_SHARE = 0.5  # Windows-1256 Arabic, Windows-1252 French: nearly every byte over 127 is invalid UTF-8
_MIN_LETTERS = 20
_ARABIC_SHARE = 0.6


def windows_latin(data: bytes) -> str | None:
    """``data`` read as Windows-1252, when the page declares it (or Latin-1, which browsers read as it), or
    when that gives Latin text: a few accented letters among plain ones ("café", "à", "l’État"), as no other
    code page read so does (Windows-1256 Arabic gives mostly accented letters: "ÇáÞÏÓ")."""
    if _LATIN_DECLARED_RE.search(data, 0, _DECLARATION_SEARCH_BYTES) is not None:
        return data.decode("cp1252", errors="replace")
    sample = data[:_SAMPLE_BYTES]
    if _is_broken_utf8(sample):
        return None
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return None  # a byte Windows-1252 leaves undefined: another code page
    letters = len(_LETTER_RE.findall(text))
    if letters < _MIN_LETTERS or len(_ASCII_LETTER_RE.findall(text)) < _LATIN_ASCII_SHARE * letters:
        return None
    return text if len(data) <= _SAMPLE_BYTES else data.decode("cp1252", errors="replace")


_LATIN_DECLARED_RE = re.compile(
    rb"charset\s*=\s*[\"']?\s*(?:windows-1252|cp1252|iso-8859-1|iso-8859-15|latin-?1)", re.IGNORECASE
)
_ASCII_LETTER_RE = re.compile("[A-Za-z]")
_LATIN_ASCII_SHARE = 0.7  # French: about one letter in thirty accented; Arabic read so, almost every one
