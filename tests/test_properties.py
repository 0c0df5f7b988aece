"""Hostile and arbitrary input: the core always returns a record or a rejection, never raises."""

from __future__ import annotations

import base64

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streams.core import Article, Rejection, parse_article
from tests.conftest import ARTICLE_VALIDATOR, REJECTION_VALIDATOR

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=20,
)
envelopes = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=20), st.integers(-(2**63), 2**63 - 1), st.none()),
        "url": st.one_of(st.text(max_size=40), st.none()),
        "text": st.one_of(st.text(max_size=400), st.integers(0, 10)),
        "html": st.text(max_size=400),
        "source": st.text(max_size=20),
        "fetched_at": st.one_of(st.text(max_size=30), st.just("2023-11-02T10:00:00Z")),
        "language": st.sampled_from(["ar", "en", "arabic", "", "xx"]),
    },
)
scraped_lines = st.lists(
    st.one_of(
        st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ًٌٍَُِّْأإآىة٠١٢٣0123456789:.،", max_size=120),
        st.sampled_from(
            [
                "إقرأ أيضاً:",
                "اقرأ أيضاً",
                "المصدر: واس",
                "كلمات دلالية: أ ب ج",
                "تاريخ النشر: 2nd, November 2023",
                "18 ربيع الآخر 1445 هـ",
                "مواضيع ذات صلة",
                "Read more:",
                "Tags:",
                "الوسوم",
            ]
        ),
    ),
    max_size=15,
)


def _check(data: bytes) -> None:
    outcome = parse_article(data)
    assert isinstance(outcome, Article | Rejection)
    record = outcome.to_dict()
    if isinstance(outcome, Rejection):
        REJECTION_VALIDATOR.validate(record)
        assert outcome.reason != "internal_error", outcome.detail
        assert base64.b64decode(record["original_base64"]) == data
    else:
        ARTICLE_VALIDATOR.validate(record)


@_SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    _check(data)


@_SETTINGS
@given(json_values)
def test_arbitrary_json(value: object) -> None:
    import orjson

    _check(orjson.dumps(value))


@_SETTINGS
@given(envelopes)
def test_arbitrary_envelopes(value: dict[str, object]) -> None:
    import orjson

    _check(orjson.dumps(value))


@_SETTINGS
@given(scraped_lines)
def test_arbitrary_scraped_text(lines: list[str]) -> None:
    _check("\n".join(lines).encode())


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="<>/pdivabody\"'= \nاب", max_size=600))
def test_arbitrary_html_like_text(text: str) -> None:
    _check(("<html><body>" + text).encode())


@given(st.text(st.one_of(st.characters(), st.sampled_from("كتب الرئيسُ ـ٣٤۵٫ Ab é_9۰پ")), max_size=300))
def test_text_helpers_match_their_plain_definitions(text: str) -> None:
    """The fast paths of ascii_digits and is_arabic give what their one-line definitions give."""
    import re

    from streams.core.text.normalize import ARABIC_LETTER_RE, DIGITS, ascii_digits, is_arabic

    long_text = text * 3 + "٣٤ ۵۶ ٫"  # past the length where ascii_digits changes method
    for sample in (text, long_text):
        assert ascii_digits(sample) == sample.translate(DIGITS)
        letters = re.findall(r"[^\W\d_]", sample)
        arabic = ARABIC_LETTER_RE.findall(sample)
        for threshold in (0.5, 0.8):
            assert is_arabic(sample, threshold) == (bool(letters) and len(arabic) >= threshold * len(letters))
