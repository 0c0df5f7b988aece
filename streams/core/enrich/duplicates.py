"""Exact and near-duplicate stories: fingerprints, similarity signatures, and a bounded index.

* ``fingerprint``: a hash of the folded body — equal for copies that differ only in spelling
  variants, white space, title, read-also tail (the tail never reaches the body).
* ``signature``: one-permutation MinHash over word 3-shingles of the folded body (48 bins, each the
  minimum hash of the shingles that fall in it, empty bins filled from their neighbours). Equal bins
  estimate the Jaccard similarity of the shingle sets; with the set sizes that gives containment too,
  so a truncated copy (half the text, Jaccard 0.5, containment 1) is still a near duplicate.
* ``DuplicateIndex``: what the dedupe stage keeps — the articles of the last window (7 days by
  default, and at most ``max_entries``), their story, and locality-sensitive keys (24 bands of 2
  bins) so that a new article is compared only with the few that share a band. Its arrays are
  allocated for ``max_entries`` when it is made (about 770 bytes an entry).

One hash of each shingle (crc32, stable across processes unlike ``hash()``), no per-permutation
hashing: about 0.1 ms an article.
"""

from __future__ import annotations

import hashlib
import zlib
from array import array
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

import numpy as np

from streams.core.enrich.tokens import Tokens
from streams.core.ids import stable_hash
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
    """``bins`` packed as unsigned 32-bit integers (192 bytes): what a record's header carries and
    what the dedupe index copies into its arrays."""

    bins: bytes
    shingles: int

    @staticmethod
    def packed_size() -> int:
        """Length of ``to_bytes()``: the shingle count and the bins."""
        return _BIN_BYTES * (BINS + 1)

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
    if len(words) < SHINGLE:
        return {" ".join(words)}
    return set(map(" ".join, zip(*(words[i:] for i in range(SHINGLE)), strict=False)))  # joined in C


def signature(body: Tokens) -> Signature:
    return signature_of(shingles(body))


def signature_of(shingle_set: set[str]) -> Signature:
    # Hashed by map over C functions and binned by numpy: no Python step per shingle.
    hashed = np.fromiter(map(zlib.crc32, map(str.encode, shingle_set)), dtype=np.uint64, count=len(shingle_set))
    bins = np.full(BINS, _EMPTY, dtype=np.uint64)
    np.minimum.at(bins, hashed % BINS, hashed // BINS)
    return Signature(array("I", _densify(bins.tolist())).tobytes(), len(shingle_set))


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


def near(similarity: np.ndarray, shingles: int, others: np.ndarray) -> np.ndarray:
    """Which of the ``others`` (their Jaccard ``similarity`` to an article of ``shingles`` shingles,
    and their own shingle counts) are near duplicates of it: similar, or one contained in the other."""
    smaller = np.minimum(shingles, others)
    with np.errstate(divide="ignore", invalid="ignore"):
        containment = similarity * (shingles + others) / ((1 + similarity) * smaller)
    contained = (smaller >= MIN_SHINGLES_FOR_CONTAINMENT) & (similarity > 0) & (containment >= NEAR_CONTAINMENT)
    return np.asarray((similarity >= NEAR_JACCARD) | contained)


@dataclass(frozen=True, slots=True)
class Verdict:
    story_id: str
    duplicate: DuplicateKind | None
    duplicate_of: str | None


_KINDS: tuple[DuplicateKind | None, ...] = (None, "exact", "near")
_NO_KEY = np.uint64(0xFFFFFFFFFFFFFFFF)  # pads the sorted keys: sorts after every real key


def text_key(text: str) -> int:
    """The record ids' 64-bit hash of ``text``, as an integer key."""
    return int(stable_hash(text), 16)


# One key per band: its two bins (64 bits) xor a constant of its own, so equal bins in different
# bands make different keys. Keys only need to be distinct, not well mixed: they are sorted, not hashed.
_BAND_SALTS = np.array([0x9E3779B97F4A7C15 * (b + 1) % 2**64 for b in range(BANDS)], dtype=np.uint64)


def band_keys(bands: np.ndarray) -> np.ndarray:
    return np.asarray(bands ^ _BAND_SALTS)


class _SortedRun:
    """Keys sorted in a preallocated array, with the sequence number of the entry each came from."""

    def __init__(self, capacity: int) -> None:
        self.keys = np.full(capacity, _NO_KEY, dtype=np.uint64)
        self.seqs = np.full(capacity, -1, dtype=np.int64)
        self.size = 0

    def find(self, keys: np.ndarray) -> list[tuple[int, int]]:
        if not self.size:
            return []
        # One binary search per key (each step a cache miss in a large run); equal keys follow it.
        first = np.minimum(np.searchsorted(self.keys[: self.size], keys), self.size - 1)
        found = []
        for q in np.flatnonzero(self.keys[first] == keys).tolist():
            position = int(first[q])
            while position < self.size and self.keys[position] == keys[q]:
                found.append((q, int(self.seqs[position])))
                position += 1
        return found

    def absorb(self, keys: np.ndarray, seqs: np.ndarray, oldest_live: int) -> None:
        """Take ``keys`` in, and drop every entry (old or new) older than ``oldest_live``."""
        keys = np.concatenate([self.keys[: self.size], keys])
        seqs = np.concatenate([self.seqs[: self.size], seqs])
        live = seqs >= oldest_live
        keys, seqs = keys[live], seqs[live]
        order = np.argsort(keys, kind="stable")  # mostly two sorted runs: a merge (timsort)
        self.size = len(order)
        np.take(keys, order, out=self.keys[: self.size])
        np.take(seqs, order, out=self.seqs[: self.size])
        self.keys[self.size :] = _NO_KEY

    def clear(self) -> None:
        self.keys[: self.size] = _NO_KEY
        self.size = 0


class _KeyIndex:
    """64-bit keys -> sequence numbers of the entries that had them, in preallocated arrays.

    A small log-structured merge: keys added lately sit in a dict; every ``merge_every`` of them move
    into a small sorted run, which moves into the large one when ten times fuller — so a merge
    seldom touches the large run. Entries leave lazily: callers skip sequence numbers that are no
    longer live, and merges drop them for good, so no array ever holds more than ``capacity`` keys.
    """

    def __init__(self, capacity: int, merge_every: int) -> None:
        self._recent: dict[int, int] = {}  # key -> sequence number of the first entry added with it
        self._recent_more: dict[int, list[int]] = {}  # keys added again since the last merge
        self._merge_every = merge_every
        self._pending = 0  # keys added since the last merge
        self._small = _SortedRun(min(capacity, 11 * merge_every))
        self._large = _SortedRun(capacity)

    @property
    def nbytes(self) -> int:
        return sum(run.keys.nbytes + run.seqs.nbytes for run in (self._small, self._large))

    def find(self, keys: np.ndarray) -> list[tuple[int, int]]:
        """(position in ``keys``, sequence number) of every entry that had one of ``keys``."""
        found = self._large.find(keys) + self._small.find(keys)
        for q, key in enumerate(keys.tolist()):
            seq = self._recent.get(key)
            if seq is not None:
                found.append((q, seq))
                found.extend((q, more) for more in self._recent_more.get(key, ()))
        return found

    def __len__(self) -> int:
        """Keys held, live or not yet dropped."""
        return self._large.size + self._small.size + self._pending

    def add(self, keys: list[int], seq: int, oldest_live: int) -> None:
        shared = self._recent.keys() & keys  # a band of an article added since the merge (a copy's)
        for key in shared:
            self._recent_more.setdefault(key, []).append(seq)
        self._recent.update(dict.fromkeys((key for key in keys if key not in shared), seq))
        self._pending += len(keys)  # shared ones too: a stream of copies must merge like any other
        if self._pending >= self._merge_every:
            self._merge(oldest_live)

    def _merge(self, oldest_live: int) -> None:
        more = [(key, seq) for key, seqs in self._recent_more.items() for seq in seqs]
        keys = np.fromiter([*self._recent.keys(), *(k for k, _ in more)], dtype=np.uint64)
        seqs = np.fromiter([*self._recent.values(), *(s for _, s in more)], dtype=np.int64)
        self._recent.clear()
        self._recent_more.clear()
        self._pending = 0
        if self._small.size + len(keys) > len(self._small.keys) - self._merge_every:
            self._large.absorb(self._small.keys[: self._small.size], self._small.seqs[: self._small.size], oldest_live)
            self._small.clear()
        self._small.absorb(keys, seqs, oldest_live)


@dataclass(frozen=True, slots=True)
class _ArticleKeys:
    """What the index looks an article up by and files it under, computed once per article."""

    id_key: int
    print_key: int
    encoded_print: bytes
    bands: np.ndarray  # (BANDS,) the band values
    band_keys: np.ndarray

    @classmethod
    def of(cls, article_id: str, print_: str, sign: Signature) -> _ArticleKeys:
        bands = np.frombuffer(sign.bins, dtype=np.uint64)
        return cls(text_key(article_id), text_key(print_), print_.encode("ascii", "replace"), bands, band_keys(bands))


class DuplicateIndex:
    """Stories seen in the last ``window``, at most ``max_entries`` of them (oldest dropped first).

    A ring of ``max_entries`` slots in arrays allocated (and touched) when the index is made: about
    770 bytes an entry, so a worker's memory is known when it starts and does not grow with the
    stream (a pod too small for the index fails at start, not after a week). Only the ids themselves
    are Python strings. Entries are numbered in arrival order; the live ones are ``[oldest, next)``.
    """

    def __init__(self, window: timedelta = timedelta(days=7), max_entries: int = 100_000) -> None:
        self.window = window
        self.max_entries = max_entries
        self._oldest = 0
        self._next = 0
        self._bins = np.full((max_entries, BINS), 0, dtype=np.uint32)
        self._bands = self._bins.view(np.uint64)  # (entries, BANDS): two 32-bit bins make one band
        self._shingles = np.full(max_entries, 0, dtype=np.uint32)
        self._seen = np.full(max_entries, 0.0)  # POSIX seconds
        self._fingerprints = np.full(max_entries, b"", dtype="S32")
        self._kinds = np.full(max_entries, 0, dtype=np.uint8)  # index into _KINDS
        self._ids: list[str | None] = [None] * max_entries
        self._stories: list[str | None] = [None] * max_entries
        self._duplicate_of: list[str | None] = [None] * max_entries
        merge_every = max(64, max_entries // 50) * BANDS
        self._by_band = _KeyIndex(max_entries * BANDS, merge_every)
        self._by_id = _KeyIndex(max_entries, merge_every // BANDS)
        self._by_fingerprint = _KeyIndex(max_entries, merge_every // BANDS)

    def __len__(self) -> int:
        return self._next - self._oldest

    @property
    def nbytes(self) -> int:
        """What the arrays hold, all allocated up front (the ids' strings come on top)."""
        arrays = (self._bins, self._shingles, self._seen, self._fingerprints, self._kinds)
        keys = (self._by_band, self._by_id, self._by_fingerprint)
        return sum(a.nbytes for a in arrays) + sum(k.nbytes for k in keys) + 3 * 8 * self.max_entries

    def observe(self, article_id: str, print_: str, sign: Signature, seen_at: datetime) -> Verdict:
        """The story of this article, remembering it. Idempotent: a replayed id gets its first verdict."""
        keys = _ArticleKeys.of(article_id, print_, sign)
        known = self._slot_of(article_id, keys)
        if known is not None:
            return self._verdict(known)
        self._evict(seen_at)
        verdict = self._judge(keys, sign) or Verdict(article_id, None, None)
        self._remember(article_id, keys, sign, seen_at, verdict)
        return verdict

    def restore(self, article_id: str, print_: str, sign: Signature, seen_at: datetime, verdict: Verdict) -> None:
        """Take back an article judged before (rebuilding the index after a restart)."""
        keys = _ArticleKeys.of(article_id, print_, sign)
        if self._slot_of(article_id, keys) is None:
            self._evict(seen_at)
            self._remember(article_id, keys, sign, seen_at, verdict)

    def _live_slots(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """(query position, slot) of the live entries among ``found``, oldest first."""
        return [(q, seq % self.max_entries) for q, seq in sorted(found, key=lambda f: f[1]) if seq >= self._oldest]

    def _slot_of(self, article_id: str, keys: _ArticleKeys) -> int | None:
        found = self._by_id.find(np.array([keys.id_key], dtype=np.uint64))
        return next((slot for _, slot in self._live_slots(found) if self._ids[slot] == article_id), None)

    def _verdict(self, slot: int) -> Verdict:
        return Verdict(self._stories[slot] or "", _KINDS[self._kinds[slot]], self._duplicate_of[slot])

    def _judge(self, keys: _ArticleKeys, sign: Signature) -> Verdict | None:
        found = self._by_fingerprint.find(np.array([keys.print_key], dtype=np.uint64))
        for _, slot in self._live_slots(found):
            if self._fingerprints[slot] == keys.encoded_print:
                return Verdict(self._verdict(slot).story_id, "exact", self._ids[slot])
        found = self._by_band.find(keys.band_keys)
        slots = sorted({slot for band, slot in self._live_slots(found) if self._bands[slot, band] == keys.bands[band]})
        if not slots:
            return None
        values = np.frombuffer(sign.bins, dtype=np.uint32)
        similarity = (self._bins[slots] == values).sum(axis=1) / BINS
        candidates = near(similarity, sign.shingles, self._shingles[slots].astype(np.float64))
        if not candidates.any():
            return None
        # The most similar; among equals the oldest (slots are in arrival order within one lap of the ring).
        ranked = sorted(np.flatnonzero(candidates).tolist(), key=lambda i: (-similarity[i], self._age_rank(slots[i])))
        best = slots[ranked[0]]
        return Verdict(self._verdict(best).story_id, "near", self._ids[best])

    def _age_rank(self, slot: int) -> int:
        """Position of the entry in ``slot`` in arrival order (0 is the oldest live one)."""
        return (slot - self._oldest) % self.max_entries

    def _remember(self, article_id: str, keys: _ArticleKeys, sign: Signature, seen_at: datetime, verdict: Verdict) -> None:
        seq = self._next
        slot = seq % self.max_entries
        self._next += 1
        self._bins[slot] = np.frombuffer(sign.bins, dtype=np.uint32)
        self._shingles[slot] = sign.shingles
        self._seen[slot] = seen_at.timestamp()
        self._fingerprints[slot] = keys.encoded_print
        self._kinds[slot] = _KINDS.index(verdict.duplicate)
        self._ids[slot], self._stories[slot], self._duplicate_of[slot] = article_id, verdict.story_id, verdict.duplicate_of
        self._by_id.add([keys.id_key], seq, self._oldest)
        self._by_fingerprint.add([keys.print_key], seq, self._oldest)
        self._by_band.add(keys.band_keys.tolist(), seq, self._oldest)

    def _evict(self, now: datetime) -> None:
        horizon = (now - self.window).timestamp()
        while len(self) and (len(self) >= self.max_entries or self._seen[self._oldest % self.max_entries] < horizon):
            slot = self._oldest % self.max_entries
            self._ids[slot] = self._stories[slot] = self._duplicate_of[slot] = None
            self._oldest += 1
