"""The reference raw article (field notes §1) must parse exactly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from streams.core import Article, parse_article
from tests.conftest import SEED, shared_file


@pytest.fixture(scope="module")
def seed() -> Article:
    outcome = parse_article(shared_file("seed/000_45e66460cca4ecb8.txt").read_bytes())
    assert isinstance(outcome, Article), outcome
    return outcome


def test_title(seed: Article) -> None:
    assert seed.title == "لافروف يلتقى رؤساء البعثات الدبلوماسية العربية وممثل جامعة الدول العربية لدى موسكو"


def test_published_at_is_the_day_of_the_english_ordinal_dateline(seed: Article) -> None:
    assert seed.published_at == datetime(2023, 11, 2, tzinfo=UTC)
    assert seed.published_at_precision == "day"
    assert seed.published_at_text == "تاريخ النشر: 2nd, November 2023 GMT"
    assert seed.to_dict()["published_at"] == "2023-11-02T00:00:00Z"


def test_credits_in_order(seed: Article) -> None:
    assert seed.sources == ("وزارة الخارجية الروسية", "RT Arabic")


def test_tags_are_segmented_into_the_six_publisher_tags(seed: Article) -> None:
    assert seed.tags == (
        "القدس",
        "جامعة الدول العربية",
        "سيرغي لافروف",
        "قطاع غزة",
        "مجلس الأمن الدولي",
        "وزارة الخارجية الروسية",
    )


def test_body_ends_with_the_article_and_holds_nothing_of_the_tail(seed: Article) -> None:
    assert seed.body.startswith("أفادت الخارجية الروسية بأن وزير الخارجية سيرغي لافروف")
    assert seed.body.endswith("مع الدور القيادي لدول الشرق الأوسط.")
    raw = SEED.read_text(encoding="utf-8")
    tail = raw[raw.index("إقرأ أيضاً") :]
    for line in (line for line in tail.splitlines() if len(line.split()) > 3):
        assert line not in seed.body
    for furniture in ("المصدر", "كلمات دلالية", "أوشاكوف", "ترامب", "زيلينسكي"):
        assert furniture not in seed.body
    assert seed.quality.paragraph_count == 5
    assert "\n\n" in seed.body


def test_four_related_items(seed: Article) -> None:
    titles = [item.title for item in seed.related]
    assert titles == [
        "موسكو: المحادثات الروسية الأمريكية بشأن أوكرانيا تستضيفها الرياض 24 مارس",
        'ترامب: مكالمتي مع بوتين "جيدة للغاية"',
        "ترامب: المحادثة المقبلة مع بوتين ستكون في غاية الأهمية",
        "«بوتين»: مستعدون لوقف القتال في أوكرانيا بشرط ضمان سلام طويل الأمد",
    ]
    appended = seed.related[0].text
    assert appended.startswith("أكد مساعد الرئيس الروسي، يوري أوشاكوف")
    assert appended.endswith("لكنه رفض دعم هدنة كاملة لمدة 30 يومًا.")
    assert all(item.text == "" for item in seed.related[1:])


def _seed_rearranged(arrange: Callable[[list[str], int, int, int], list[str]]) -> Article:
    """The seed's lines put in another order a page may have: ``arrange(lines, credits, marker, glued)`` gets
    where the credits, the lone marker and the glued marker stand."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    credits, marker = lines.index("المصدر: وزارة الخارجية الروسية"), lines.index("إقرأ أيضاً:")
    glued = next(i for i, line in enumerate(lines) if line.startswith("اقرأ أيضاًترامب"))
    outcome = parse_article("\n".join(arrange(lines, credits, marker, glued)).encode())
    assert isinstance(outcome, Article), outcome
    return outcome


def test_the_seed_with_its_credits_and_tags_at_the_pages_foot_below_the_tail() -> None:
    article = _seed_rearranged(lambda lines, credits, marker, _: [*lines[:credits], *lines[marker:], *lines[credits:marker]])
    assert "أوشاكوف" not in article.body and article.body.endswith("مع الدور القيادي لدول الشرق الأوسط.")
    assert article.sources == ("وزارة الخارجية الروسية", "RT Arabic")
    assert len(article.tags) == 6 and len(article.related) == 4


def test_the_seed_whose_appended_story_carries_its_own_credit() -> None:
    article = _seed_rearranged(
        lambda lines, credits, marker, glued: [*lines[:credits], *lines[marker:glued], "المصدر: سبوتنيك", *lines[glued:]]
    )
    assert "أوشاكوف" not in article.body and article.body.endswith("مع الدور القيادي لدول الشرق الأوسط.")
    assert article.sources == () and article.related[0].text.startswith("أكد مساعد الرئيس الروسي")


def test_the_seed_scraped_without_its_line_breaks_keeps_its_fields(seed: Article) -> None:
    # A scraper that joins the page's text with spaces: the labelled fields still part the headline, the
    # dateline, the text, the credits, the tags and the tail.
    one_line = " ".join(shared_file("seed/000_45e66460cca4ecb8.txt").read_text(encoding="utf-8").split())
    article = parse_article(one_line.encode())
    assert isinstance(article, Article), article
    assert (article.title, article.published_at) == (seed.title, seed.published_at)
    assert (article.sources, article.tags) == (seed.sources, seed.tags)
    assert article.body == " ".join(seed.body.split())  # its paragraphs run together, as scraped
    assert article.related and "أوشاكوف" in article.related[0].title + article.related[0].text


def test_language_and_quality(seed: Article) -> None:
    assert seed.language == "ar"
    assert seed.quality.truncated is True
    assert seed.quality.appended_content is True
    assert seed.quality.word_count == len(seed.body.split())


def test_record_validates_against_schema(seed: Article, validate_record: Callable[[dict[str, Any]], None]) -> None:
    validate_record(seed.to_dict())


def test_same_input_same_id(seed: Article) -> None:
    again = parse_article(SEED.read_bytes())
    assert isinstance(again, Article)
    assert again.id == seed.id
