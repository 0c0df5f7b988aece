"""Every dateline form the parser supports, and where it must not see a dateline."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from streams.core import Article, parse_article
from streams.core.text.dates import parse_date
from streams.core.text.sections import read_dateline


def utc(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=UTC)  # type: ignore[misc]


CASES = [
    # (dateline as written, instant in UTC, precision, calendar)
    ("تاريخ النشر: 2nd, November 2023 GMT", utc(2023, 11, 2), "day", "gregorian"),
    ("نشر في: ٠٢ نوفمبر ٢٠٢٣", utc(2023, 11, 2), "day", "gregorian"),
    ("نُشر بتاريخ 02/11/2023", utc(2023, 11, 2), "day", "gregorian"),
    ("11/25/2023", utc(2023, 11, 25), "day", "gregorian"),
    ("التاريخ: الخميس 2 نوفمبر 2023", utc(2023, 11, 2), "day", "gregorian"),
    ("2 نوفمبر 2023 10:30 ص", utc(2023, 11, 2, 10, 30), "minute", "gregorian"),
    # Named zones: fixed offsets, and zones read with their summer-time rules.
    ("الخميس، 2 نوفمبر، 2023 - 14:30 بتوقيت مكة المكرمة", utc(2023, 11, 2, 11, 30), "minute", "gregorian"),
    ("2 نوفمبر 2023 14:30 بتوقيت القاهرة", utc(2023, 11, 2, 12, 30), "minute", "gregorian"),
    ("Nov 2, 2023 at 3:05 p.m. ET", utc(2023, 11, 2, 19, 5), "minute", "gregorian"),
    ("Published 2 December 2023 3:05 pm ET", utc(2023, 12, 2, 20, 5), "minute", "gregorian"),
    ("2 Nov 2023 10:00 CEST", utc(2023, 11, 2, 8, 0), "minute", "gregorian"),
    ("Thursday 2 November 2023 14.30 GMT", utc(2023, 11, 2, 14, 30), "minute", "gregorian"),
    ("Le 02/11/2023 à 14h30 et 15h", utc(2023, 11, 2, 14, 30), "minute", "gregorian"),  # "et" is no zone
    ("2 نوفمبر 2023 10:30 م", utc(2023, 11, 2, 22, 30), "minute", "gregorian"),
    ("2 نوفمبر 2023 12:15 ص", utc(2023, 11, 2, 0, 15), "minute", "gregorian"),
    ("2 تشرين الثاني 2023", utc(2023, 11, 2), "day", "gregorian"),
    ("بتاريخ 28 من يناير 2019", utc(2019, 1, 28), "day", "gregorian"),  # "من" between the day and its month
    ("نُشر في: 02/08/2015 11:46 م - 2,345 مشاهدة", utc(2015, 8, 2, 23, 46), "minute", "gregorian"),  # a count, no offset
    ("02/08/2015 11:46 م GMT-2", utc(2015, 8, 3, 1, 46), "minute", "gregorian"),
    ("2 كانون الثاني 2024", utc(2024, 1, 2), "day", "gregorian"),
    ("2 نوفمبر/تشرين الثاني 2023", utc(2023, 11, 2), "day", "gregorian"),
    ("2 تشرين الثاني (نوفمبر) 2023", utc(2023, 11, 2), "day", "gregorian"),
    ("3 نونبر 2023", utc(2023, 11, 3), "day", "gregorian"),
    ("الأحد فاتح دجنبر 2024 - 10:30", utc(2024, 12, 1, 10, 30), "minute", "gregorian"),  # the Maghreb's first
    ("12 جانفي 2024", utc(2024, 1, 12), "day", "gregorian"),
    ("5 جويلية 2023", utc(2023, 7, 5), "day", "gregorian"),
    ("18 ربيع الآخر 1445 هـ", utc(2023, 11, 2), "day", "hijri"),
    ("1445/4/18هـ", utc(2023, 11, 2), "day", "hijri"),
    ("الخميس 16/جمادى الأولى/1445 هـ", utc(2023, 11, 30), "day", "hijri"),  # the month's name between slashes
    ("30 جمادى الأولى 1445 هـ", utc(2023, 12, 14), "day", "hijri"),  # a 30th the table's 29-day month lacks: the day after
    ("الأربعاء 6 شوال 1436 هـ الموافق 22 يوليو 2015", utc(2015, 7, 22), "day", "gregorian"),
    ("2023-11-02T08:15:00+03:00", utc(2023, 11, 2, 5, 15), "second", "gregorian"),
    ("2023-11-02T08:15:00Z", utc(2023, 11, 2, 8, 15), "second", "gregorian"),
    ("نشر في: 2023-11-02 08:15:00 +03:00", utc(2023, 11, 2, 5, 15), "second", "gregorian"),  # a space before the offset
    ("Published: November 2, 2023 3:05 pm", utc(2023, 11, 2, 15, 5), "minute", "gregorian"),
    ("Publié le 26 octobre 2023 à 14h30", utc(2023, 10, 26, 14, 30), "minute", "gregorian"),
    (
        "آخر تحديث: الأحد 5 مارس 2023 - 16:40:12 بتوقيت غرينتش",
        utc(2023, 3, 5, 16, 40, 12),
        "second",
        "gregorian",
    ),
    ("2 نوفمبر 2023 10:30 +03:00", utc(2023, 11, 2, 7, 30), "minute", "gregorian"),
    ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", utc(2013, 8, 28, 10), "minute", "gregorian"),
    ("28 أغسطس 2013 - 14:00 (بتوقيت مكة المكرمة)", utc(2013, 8, 28, 11), "minute", "gregorian"),
    ("تاريخ النشر: 05 نوفمبر 2023, 14:30 (توقيت مكة)", utc(2023, 11, 5, 11, 30), "minute", "gregorian"),  # no "ب"
    # both calendars, the time glued to the day, a tatweel between them (Asharq Al-Awsat)
    ("نُشر: 16:20-2 تشرين الثاني 2023 م ـ 18 ربيع الآخر 1445 هـ", utc(2023, 11, 2, 16, 20), "minute", "gregorian"),
    # the year glued to the time, the update glued after the zone (Reuters pages scraped as text)
    ("November 2, 20233:45 PM GMT+3Updated an hour ago", utc(2023, 11, 2, 12, 45), "minute", "gregorian"),
    # a numeric date run into its time the same way (Al Jazeera's update line)
    ("آخر تحديث: 2/11/202315:40 (بتوقيت مكة المكرمة)", utc(2023, 11, 2, 12, 40), "minute", "gregorian"),
    # Levantine months written with a figure (Iraqi and Syrian sites)
    ("10 تشرين2 2023", utc(2023, 11, 10), "day", "gregorian"),
    ("5 كانون 2 2024 - 10:30", utc(2024, 1, 5, 10, 30), "minute", "gregorian"),
    # a space on either side of each separator
    ("نشر في : 02 - 11 - 2023 | 10:30", utc(2023, 11, 2, 10, 30), "minute", "gregorian"),
    ("2023 / 11 / 05", utc(2023, 11, 5), "day", "gregorian"),
    # Gulf Standard Time (Al Arabiya), the update after it; France 24's feminine label and its "edited in"
    (
        "نشر في: 02 نوفمبر ,2023: 09:44 م GST آخر تحديث: 02 نوفمبر ,2023: 10:50 م GST",
        utc(2023, 11, 2, 17, 44),
        "minute",
        "gregorian",
    ),
    ("نشرت في: 02/11/2023 - 10:45 تعديل في: 02/11/2023 - 12:30", utc(2023, 11, 2, 10, 45), "minute", "gregorian"),
    ("الخميس 2 نوفمبر 2023 - 11:00 بتوقيت صنعاء", utc(2023, 11, 2, 8), "minute", "gregorian"),
    # the tanween of "مساءً" / "صباحًا" between the time and its zone
    ("نشر في 2 نوفمبر 2023 الساعة 10:45 مساءً بتوقيت القدس", utc(2023, 11, 2, 20, 45), "minute", "gregorian"),
    ("2 نوفمبر 2023 10:45 صباحًا بتوقيت مكة", utc(2023, 11, 2, 7, 45), "minute", "gregorian"),
]


@pytest.mark.parametrize(("written", "instant", "precision", "calendar"), CASES, ids=[c[0] for c in CASES])
def test_dateline_forms(written: str, instant: datetime, precision: str, calendar: str) -> None:
    dateline = read_dateline(written)
    assert dateline is not None
    assert dateline.date.value == instant
    assert dateline.date.precision == precision
    assert dateline.date.calendar == calendar
    assert dateline.date.value.tzinfo is UTC


@pytest.mark.parametrize(
    "text",
    [
        "30 فبراير 2023",  # no such day
        "أكثر من 8 آلاف فلسطيني",
        "13/13/2023",
        "2 -  11 - 2023",  # two spaces: no longer one separator
        "The Marshal said 12 times that 2023 was hard",
    ],
)
def test_no_date_where_there_is_none(text: str) -> None:
    assert parse_date(text) is None


def test_a_sentence_that_mentions_a_date_is_not_a_dateline() -> None:
    sentence = "التقى الوزير في 1 نوفمبر 2023 مع رؤساء البعثات الدبلوماسية للدول العربية في موسكو"
    assert parse_date(sentence) is not None
    assert read_dateline(sentence) is None


FETCHED = datetime(2023, 11, 2, 14, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("written", "instant", "precision"),
    [
        ("منذ 5 دقائق", datetime(2023, 11, 2, 14, 25, tzinfo=UTC), "minute"),
        ("منذ دقيقتين", datetime(2023, 11, 2, 14, 28, tzinfo=UTC), "minute"),
        ("منذ ساعتين", datetime(2023, 11, 2, tzinfo=UTC), "day"),  # hours tell the day only
        ("قبل 3 أيام", datetime(2023, 10, 30, tzinfo=UTC), "day"),
        ("قبل يومين", datetime(2023, 10, 31, tzinfo=UTC), "day"),
        ("آخر تحديث: منذ ٤ دقائق", datetime(2023, 11, 2, 14, 26, tzinfo=UTC), "minute"),
        ("2 hours ago", datetime(2023, 11, 2, tzinfo=UTC), "day"),
        ("an hour ago", datetime(2023, 11, 2, tzinfo=UTC), "day"),
        ("il y a 20 minutes", datetime(2023, 11, 2, 14, 10, tzinfo=UTC), "minute"),
        ("5 mins ago", datetime(2023, 11, 2, 14, 25, tzinfo=UTC), "minute"),
        ("Last update: 3 hours 10 mins ago", datetime(2023, 11, 2, tzinfo=UTC), "day"),  # Middle East Eye's
        # Today or yesterday, at the time written (taken as UTC), the update after it left aside.
        ("Publié aujourd’hui à 08h15, modifié à 09h40", datetime(2023, 11, 2, 8, 15, tzinfo=UTC), "minute"),
        ("Yesterday at 17:05", datetime(2023, 11, 1, 17, 5, tzinfo=UTC), "minute"),
        ("نشر في: اليوم الساعة ١٠:٢٠", datetime(2023, 11, 2, 10, 20, tzinfo=UTC), "minute"),
        ("أمس", datetime(2023, 11, 1, tzinfo=UTC), "day"),
        ("أمس 10:30 م", datetime(2023, 11, 1, 22, 30, tzinfo=UTC), "minute"),  # the time's half of the day
        ("Yesterday at 5:30 pm", datetime(2023, 11, 1, 17, 30, tzinfo=UTC), "minute"),
    ],
)
def test_a_dateline_that_says_how_long_ago_counts_from_when_the_page_was_fetched(
    written: str, instant: datetime, precision: str
) -> None:
    dateline = read_dateline(written, FETCHED)
    assert dateline is not None and (dateline.date.value, dateline.date.precision) == (instant, precision)
    assert read_dateline(written) is None  # without a reference it says nothing
    fetched_within_the_minute = read_dateline(written, FETCHED.replace(second=42, microsecond=809168))
    assert fetched_within_the_minute is not None and fetched_within_the_minute.date.value == instant  # no seconds


@pytest.mark.parametrize(
    "text", ["منذ سنة", "منذ 500 يوم", "منذ ساعتين تقريبا قال الوزير إن", "قبل الظهر", "اليوم - انطلاق القمة العربية"]
)
def test_what_is_not_a_relative_dateline(text: str) -> None:
    assert read_dateline(text, FETCHED) is None


def test_a_relative_dateline_resolves_against_the_envelopes_fetched_at() -> None:
    body = "ضرب زلزال بقوة 6.3 درجات على مقياس ريختر غرب أفغانستان، دون ورود أنباء فورية عن وقوع إصابات في المنطقة."
    text = f"زلزال يضرب غرب أفغانستان\nمنذ 10 دقائق\n{body}"
    envelope = orjson.dumps({"text": text, "fetched_at": "2023-10-07T09:15:00Z"})
    article = parse_article(envelope, received_at=datetime(2026, 1, 1, tzinfo=UTC))
    assert isinstance(article, Article)
    assert (article.published_at, article.published_at_text) == (datetime(2023, 10, 7, 9, 5, tzinfo=UTC), "منذ 10 دقائق")
    assert article.body == body
    plain = parse_article(text.encode(), received_at=datetime(2026, 1, 1, 12, 0, tzinfo=UTC))  # no envelope: on arrival
    assert isinstance(plain, Article) and plain.published_at == datetime(2026, 1, 1, 11, 50, tzinfo=UTC)
