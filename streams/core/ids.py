"""Stable record ids: the same article gets the same id on every replay."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from streams.core.text.normalize import fold

_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "ref", "at_", "__twitter")


def stable_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    parts = urlsplit(url.strip())
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower() or "http", host, path, urlencode(sorted(query)), ""))


def article_id(envelope_id: str | None, url: str | None, title: str | None, body: str) -> str:
    if envelope_id:
        return envelope_id
    if url:
        return stable_hash(canonical_url(url))
    return stable_hash(fold(title or "") + "\n" + fold(body))
