"""Exact and near-duplicate stories: fingerprints, similarity signatures, and a bounded index.

* ``fingerprint``: a hash of the folded body — equal for copies that differ only in spelling
  variants, white space, title, read-also tail (the tail never reaches the body).
* ``signature``: one-permutation MinHash over word 3-shingles of the folded body (48 bins, each the
  minimum hash of the shingles that fall in it, empty bins filled from their neighbours). Equal bins
  estimate the Jaccard similarity of the shingle sets; with the set sizes that gives containment too,
  so a truncated copy (half the text, Jaccard 0.5, containment 1) is still a near duplicate.
* ``DuplicateIndex``: what the dedupe stage keeps — the articles of the last window (7 days by
  default, and at most ``max_entries``), their story, and locality-sensitive buckets (24 bands of 2
  bins) so that a new article is compared only with the few that share a band.

One hash of each shingle (crc32, stable across processes unlike ``hash()``), no per-permutation
hashing: about 0.1 ms an article.
"""

from __future__ import annotations

import hashlib
import zlib
from array import array
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from streams.core.enrich.tokens import Tokens
from streams.core.text.normalize import fold

BINS = 48
ROWS = 2
BANDS = BINS // ROWS
SHINGLE = 3
_EMPTY = 0xFFFFFFFF
_BIN_BYTES = array("I").itemsize  # 4 on every platform newsstream runs on
NEAR_JACCARD = 0.5
NEAR_CONTAINMENT = 0.8
MIN_SHINGLES_FOR_CONTAINMENT = 12

DuplicateKind = Literal["exact", "near"]


@dataclass(frozen=True, slots=True)
class Signature:
    """``bins`` packed as unsigned 32-bit integers: 192 bytes, where a tuple of Python ints took about
    2 KB, and the dedupe index holds up to a hundred thousand signatures."""

    bins: bytes
    shingles: int

    def values(self) -> memoryview:
        return memoryview(self.bins).cast("I")

    def bands(self) -> list[int]:
        """One integer key per band: its bins' bytes, then the band's number."""
        width = ROWS * _BIN_BYTES
        return [int.from_bytes(self.bins[b * width : (b + 1) * width], "little") << 8 | b for b in range(BANDS)]

    def to_bytes(self) -> bytes:
        return array("I", [self.shingles]).tobytes() + self.bins

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        return cls(data[_BIN_BYTES:], array("I", data[:_BIN_BYTES])[0])


def fingerprint(body: str) -> str:
    return hashlib.blake2b(fold(body).encode("utf-8"), digest_size=16).hexdigest()


def shingles(body: Tokens) -> set[str]:
    """Word 3-grams of the folded, clitic-stripped body."""
    words = [key for word, key in zip(body.words, body.terms, strict=True) if word[0].isalnum()]
    return {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def signature(body: Tokens) -> Signature:
    return signature_of(shingles(body))


def signature_of(shingle_set: set[str]) -> Signature:
    bins = [_EMPTY] * BINS
    for shingle in shingle_set:
        hashed = zlib.crc32(shingle.encode("utf-8"))
        slot, value = hashed % BINS, hashed // BINS
        if value < bins[slot]:
            bins[slot] = value
    return Signature(array("I", _densify(bins)).tobytes(), len(shingle_set))


def _densify(bins: list[int]) -> tuple[int, ...]:
    """Fill each empty bin from the next non-empty one (rotation), offset so it cannot collide by chance."""
    if all(b == _EMPTY for b in bins):
        return tuple(bins)
    filled = []
    for i in range(BINS):
        distance = 0
        while bins[(i + distance) % BINS] == _EMPTY:
            distance += 1
        filled.append((bins[(i + distance) % BINS] + distance * 0x01000193) & 0xFFFFFFFF)
    return tuple(filled)


def jaccard(a: Signature, b: Signature) -> float:
    return sum(1 for x, y in zip(a.values(), b.values(), strict=True) if x == y) / BINS


def is_near(a: Signature, b: Signature) -> bool:
    similarity = jaccard(a, b)
    if similarity >= NEAR_JACCARD:
        return True
    smaller = min(a.shingles, b.shingles)
    if smaller < MIN_SHINGLES_FOR_CONTAINMENT or similarity == 0:
        return False
    containment = similarity * (a.shingles + b.shingles) / ((1 + similarity) * smaller)
    return containment >= NEAR_CONTAINMENT


@dataclass(frozen=True, slots=True)
class Verdict:
    story_id: str
    duplicate: DuplicateKind | None
    duplicate_of: str | None


@dataclass(slots=True)
class _Entry:
    article_id: str
    fingerprint: str
    signature: Signature
    seen_at: datetime
    verdict: Verdict


class DuplicateIndex:
    """Stories seen in the last ``window``, at most ``max_entries`` of them (oldest dropped first)."""

    def __init__(self, window: timedelta = timedelta(days=7), max_entries: int = 100_000) -> None:
        self.window = window
        self.max_entries = max_entries
        self._entries: deque[_Entry] = deque()
        self._by_id: dict[str, _Entry] = {}
        self._by_fingerprint: dict[str, _Entry] = {}
        # band key -> the entries sharing it: one entry as itself (most bands of most articles are
        # unique, and a list per band would triple the index's memory), several as a list.
        self._buckets: dict[int, _Entry | list[_Entry]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def observe(self, article_id: str, print_: str, sign: Signature, seen_at: datetime) -> Verdict:
        """The story of this article, remembering it. Idempotent: a replayed id gets its first verdict."""
        known = self._by_id.get(article_id)
        if known is not None:
            return known.verdict
        self._evict(seen_at)
        verdict = self._judge(print_, sign)
        entry = _Entry(article_id, print_, sign, seen_at, verdict if verdict else Verdict(article_id, None, None))
        self._remember(entry)
        return entry.verdict

    def restore(self, article_id: str, print_: str, sign: Signature, seen_at: datetime, verdict: Verdict) -> None:
        """Take back an article judged before (rebuilding the index after a restart)."""
        if article_id not in self._by_id:
            self._evict(seen_at)
            self._remember(_Entry(article_id, print_, sign, seen_at, verdict))

    def _judge(self, print_: str, sign: Signature) -> Verdict | None:
        exact = self._by_fingerprint.get(print_)
        if exact is not None:
            return Verdict(exact.verdict.story_id, "exact", exact.article_id)
        best: _Entry | None = None
        best_similarity = -1.0
        for band in sign.bands():
            for candidate in self._bucket(band):
                if candidate is best:
                    continue
                similarity = jaccard(sign, candidate.signature)
                if similarity > best_similarity and is_near(sign, candidate.signature):
                    best, best_similarity = candidate, similarity
        if best is None:
            return None
        return Verdict(best.verdict.story_id, "near", best.article_id)

    def _remember(self, entry: _Entry) -> None:
        self._entries.append(entry)
        self._by_id[entry.article_id] = entry
        self._by_fingerprint.setdefault(entry.fingerprint, entry)
        for band in entry.signature.bands():
            sharing = self._buckets.get(band)
            if sharing is None:
                self._buckets[band] = entry
            elif isinstance(sharing, list):
                sharing.append(entry)
            else:
                self._buckets[band] = [sharing, entry]

    def _bucket(self, band: int) -> list[_Entry] | tuple[_Entry, ...]:
        sharing = self._buckets.get(band)
        if sharing is None:
            return ()
        return sharing if isinstance(sharing, list) else (sharing,)

    def _evict(self, now: datetime) -> None:
        while self._entries and (len(self._entries) >= self.max_entries or now - self._entries[0].seen_at > self.window):
            self._forget(self._entries.popleft())

    def _forget(self, entry: _Entry) -> None:
        self._by_id.pop(entry.article_id, None)
        if self._by_fingerprint.get(entry.fingerprint) is entry:
            del self._by_fingerprint[entry.fingerprint]
        for band in entry.signature.bands():
            sharing = self._buckets.get(band)
            if sharing is entry:
                del self._buckets[band]
            elif isinstance(sharing, list):
                sharing.remove(entry)
                if len(sharing) == 1:
                    self._buckets[band] = sharing[0]
