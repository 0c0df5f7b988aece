"""Words the news writes with a conjunction or preposition glued on: streams/core/enrich/models/glued.npz.

"وممثل" is "و" + "ممثل", "بغرفة" is "ب" + "غرفة"; "وزير", "واشنطن", "بغداد" and "فيصل" begin with the same
letters and are words of their own. Counted on the unlabelled Arabic news in ../shared, a folded word of
four letters or more that opens on one of the letters (و ب ل ف ك) is a glued form when:
- its remainder is written alone more often than the word itself ("ممثل" 117 times, "وممثل" 13), and
- the word hardly ever takes the article or a conjunction itself ("الوزير", "ووزير": a word; "الفيصل"
  keeps "فيصل" a name although "يصل" is commoner), and
- its remainder is not a glued form itself ("لوكاس" would be "ل" + "وكاس", which is "و" + "كأس").
"ك" ("like") is glued far less often than the others: its remainder must be four times as common
("كرئيس", not the name "كويليام"). "لل" (ل + ال) is left out: its remainder is not the bare word.
Reproducible: no randomness.

    python scripts/train_glued_forms.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.core.enrich.tokens import PROCLITIC_LETTERS  # noqa: E402
from streams.core.lexicon import GLUED_FORMS_PATH, glued_forms  # noqa: E402
from streams.testing.corpora import folded_word_counts  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
MIN_COUNT = 3
MIN_LETTERS = 4
MAX_SHARE_TAKING_CLITICS = 0.02  # "الوممثل" never; "الوزير" 443 times for 2,941 "وزير"
MIN_REMAINDER_RATIO = {"ك": 4.0}  # how much commoner the remainder must be; 1 for the other letters


def is_glued(word: str, counts: Counter[str], remainder_checked: bool = True) -> bool:
    seen, remainder = counts[word], word[1:]
    with_clitics = counts["ال" + word] + (counts["و" + word] if word[0] == "و" else 0)  # ("ولمكافحة": و stacks on ل)
    return (
        counts[remainder] > MIN_REMAINDER_RATIO.get(word[0], 1.0) * seen
        and with_clitics <= MAX_SHARE_TAKING_CLITICS * seen
        and not (remainder_checked and remainder[:1] in PROCLITIC_LETTERS and is_glued(remainder, counts, False))
    )


def build(corpora: Path = CORPORA) -> dict[str, np.ndarray]:
    """The table's arrays, as ``main`` writes them (``tests/test_models.py`` checks the shipped file against them)."""
    counts = folded_word_counts(corpora)
    words = sorted(
        w
        for w, seen in counts.items()
        if seen >= MIN_COUNT
        and len(w) >= MIN_LETTERS
        and w[0] in PROCLITIC_LETTERS
        and not w.startswith("لل")
        and is_glued(w, counts)
    )
    return {"words": np.array(words, dtype=str)}


def main() -> None:
    np.savez_compressed(GLUED_FORMS_PATH, **build())
    glued_forms.cache_clear()
    print(f"{GLUED_FORMS_PATH.relative_to(ROOT)}: {len(glued_forms())} glued forms", file=sys.stderr)


if __name__ == "__main__":
    main()
