"""The pipeline's pure routing: raw message -> enriched record -> story verdict, and the index
rebuilt from published records (with and without the signature header), without a broker."""

from __future__ import annotations

from streams.core.enrich.duplicates import DuplicateIndex
from streams.pipeline import HEADER_SIGNATURE, Routed, Source, assign_story, process_message, restore_story

BODY = (
    "أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية بطاقة استيعابية "
    "تبلغ ألف سرير، وقالت إن المستشفيات ستبدأ استقبال المرضى مطلع الشهر المقبل."
)


def _raw(title: str, body: str) -> bytes:
    return f"{title}\n\n{body}\n".encode()


def _enriched(title: str, offset: int) -> Routed:
    routed = process_message(_raw(title, BODY), Source("raw", 0, offset))
    assert routed.destination == "enriched", routed.reason
    return routed


def test_a_story_is_found_again_after_the_index_is_rebuilt_from_published_records() -> None:
    enriched = _enriched("الصحة تفتتح ثلاثة مستشفيات", 0)
    first = assign_story(enriched.value, list(enriched.headers), DuplicateIndex())
    assert first.destination == "parsed"
    for signature_header in ("kept", "absent", "truncated"):  # older records carry none; a damaged one is ignored
        rebuilt = DuplicateIndex()
        headers = [h for h in first.headers if h[0] != HEADER_SIGNATURE]
        carried = dict(first.headers)[HEADER_SIGNATURE]
        headers += {"kept": [(HEADER_SIGNATURE, carried)], "absent": [], "truncated": [(HEADER_SIGNATURE, carried[:50])]}[
            signature_header
        ]
        restore_story(first.value, headers, rebuilt)
        again = _enriched("ثلاثة مستشفيات جديدة في الشرقية", 1)
        verdict = assign_story(again.value, list(again.headers), rebuilt)
        assert verdict.duplicate == "exact", signature_header
