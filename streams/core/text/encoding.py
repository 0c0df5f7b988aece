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
    text = data.decode("cp1256")
    if _DECLARED_RE.search(data, 0, _DECLARATION_SEARCH_BYTES) is not None:
        return text  # (its markup's Latin letters may outnumber the Arabic ones)
    non_ascii = sum(1 for byte in data if byte >= 0x80)
    if data.decode("utf-8", errors="replace").count("\ufffd") < _BROKEN_UTF8_SHARE * non_ascii:
        return None  # mostly valid UTF-8: broken, not another code page
    letters = [char for char in text if char.isalpha()]
    arabic = sum(1 for char in letters if "\u0621" <= char <= "\u064a")
    return text if len(letters) >= _MIN_LETTERS and arabic >= _ARABIC_SHARE * len(letters) else None


_DECLARED_RE = re.compile(rb"charset\s*=\s*[\"']?\s*(?:windows-1256|cp1256)", re.IGNORECASE)
_DECLARATION_SEARCH_BYTES = 4096
_BROKEN_UTF8_SHARE = 0.5  # Windows-1256 Arabic: nearly every byte over 127 is invalid UTF-8
_MIN_LETTERS = 20
_ARABIC_SHARE = 0.6
