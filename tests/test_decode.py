"""Every rejection reason, with its detail and the original bytes kept for replay."""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import orjson
import pytest

from streams.core import Article, ParseOptions, Rejection, RejectReason, parse_article
from streams.core.html import MarkupDate, _structured_date, extract_html, without_site_name

ARTICLE = "عنوان الخبر\nنص الخبر الأول يتحدث عن افتتاح معرض الكتاب في العاصمة بمشاركة أكثر من 500 دار نشر."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xff\xfe\x00garbage", RejectReason.INVALID_UTF8),
        (b"abc\x00def" * 10, RejectReason.BINARY_CONTENT),
        (("\x01\x02\x03" * 50 + ARTICLE).encode(), RejectReason.BINARY_CONTENT),
        (b"   \n\t  ", RejectReason.EMPTY_CONTENT),
        (b"", RejectReason.EMPTY_CONTENT),
        (b'{"text": "unterminated', RejectReason.INVALID_JSON),
        (b"[" * 5000 + b"]" * 5000, RejectReason.INVALID_JSON),
        (b'{"a":' * 2000 + b"1" + b"}" * 2000, RejectReason.INVALID_JSON),
        (b"[1, 2, 3]", RejectReason.NOT_AN_OBJECT),
        (b'{"id": "x1", "url": "https://e.com/a"}', RejectReason.NO_CONTENT),
        (b'{"id": "x1", "text": "   "}', RejectReason.EMPTY_CONTENT),
        (b'{"id": "x1", "text": 42}', RejectReason.INVALID_FIELD),
        (b'{"text": "a\\nb", "fetched_at": "yesterday"}', RejectReason.INVALID_FIELD),
        (b'{"text": "a\\nb", "language": "arabic"}', RejectReason.INVALID_FIELD),
        (b'{"text": "a\\nb", "published_at": "last Tuesday"}', RejectReason.INVALID_FIELD),
        (b'{"text": "a\\nb", "title": ["a", "list"]}', RejectReason.INVALID_FIELD),
        ("عنوان فقط".encode(), RejectReason.NO_BODY),
        (b"<html><body><script>var a = 1;</script></body></html>", RejectReason.NO_BODY),
    ],
    ids=lambda value: value.value if isinstance(value, RejectReason) else "",
)
def test_rejections(data: bytes, reason: RejectReason, validate_record: Callable[[dict[str, Any]], None]) -> None:
    outcome = parse_article(data)
    assert isinstance(outcome, Rejection), outcome
    assert outcome.reason == reason, outcome.detail
    assert outcome.detail
    record = outcome.to_dict()
    validate_record(record)
    assert base64.b64decode(record["original_base64"]) == data  # nothing is lost


def test_an_envelope_with_its_text_under_another_name_says_which_field_to_rename() -> None:
    outcome = parse_article(
        b'{"id": "x1", "title": "t", "content": "\xd9\x86\xd8\xb5 \xd8\xa7\xd9\x84\xd8\xae\xd8\xa8\xd8\xb1"}'
    )
    assert isinstance(outcome, Rejection) and outcome.reason == RejectReason.NO_CONTENT
    assert '"content"' in outcome.detail and '"text"' in outcome.detail, outcome.detail


def test_arabic_in_windows_1256_is_read_and_other_bytes_that_are_not_utf8_are_rejected() -> None:
    article = parse_article(ARTICLE.encode("cp1256"))
    assert isinstance(article, Article) and article.title == "عنوان الخبر" and "500 دار نشر" in article.body
    page = (
        '<html><head><meta charset="windows-1256"><script>var settings = "layout-grid-columns";</script></head>'
        "<body><article><h1>عنوان الخبر</h1><p>نص الخبر الأول يتحدث عن افتتاح معرض الكتاب في العاصمة.</p>"
        "<p>وتشارك في المعرض أكثر من 500 دار نشر من الدول العربية والأجنبية.</p></article></body></html>"
    )
    declared = parse_article(page.encode("cp1256"))  # its markup's Latin letters outnumber the Arabic ones
    assert isinstance(declared, Article) and declared.title == "عنوان الخبر"
    # UTF-8 Arabic with a broken byte reads as Arabic in Windows-1256 too ("ظ‚ط§ظ„"): broken UTF-8, rejected.
    broken = ARTICLE.encode()[:40] + b"\xff" + ARTICLE.encode()[40:]
    for data in b"\xc3\x28 broken", bytes(range(128, 256)) * 4, broken:
        outcome = parse_article(data)
        assert isinstance(outcome, Rejection) and outcome.reason == RejectReason.INVALID_UTF8, data[:20]
    # A rejected Windows-1256 message is recognisable in the dead letter's excerpt.
    rejected = parse_article("عنوان فقط بلا نص تحته على الإطلاق في هذه الرسالة".encode("cp1256"))
    assert isinstance(rejected, Rejection) and rejected.to_dict()["original_excerpt"].startswith("عنوان فقط")


def test_latin_text_in_windows_1252_and_utf16_with_its_mark_are_read() -> None:
    french = (
        "Le gouvernement annonce des mesures pour l’hiver\n"
        "Le Premier ministre a présenté jeudi un plan d’aide aux ménages, qui prévoit une hausse des allocations."
    )
    latin_1 = french.replace("’", "'")  # (Latin-1 has no curly apostrophe)
    for text, data in (
        (french, french.encode("cp1252")),
        (latin_1, latin_1.encode("latin-1")),
        (french, french.encode("utf-16")),
    ):
        article = parse_article(data)
        assert isinstance(article, Article) and (article.title, article.body) == tuple(text.split("\n")), data[:20]
    arabic = parse_article(ARTICLE.encode("utf-16-be").join((b"\xfe\xff", b"")))
    assert isinstance(arabic, Article) and arabic.title == "عنوان الخبر"
    # UTF-8 French with one stray Latin-1 byte is broken UTF-8, not Windows-1252: rejected, not read as mojibake.
    mixed = french.encode() + " é".encode("latin-1")
    outcome = parse_article(mixed)
    assert isinstance(outcome, Rejection) and outcome.reason == RejectReason.INVALID_UTF8


def test_size_limit_is_checked_before_anything_else() -> None:
    outcome = parse_article(ARTICLE.encode() * 100, options=ParseOptions(max_bytes=1000))
    assert isinstance(outcome, Rejection)
    assert outcome.reason == RejectReason.TOO_LARGE
    assert "over the limit of 1000" in outcome.detail


def test_envelope_id_is_kept_on_rejection() -> None:
    outcome = parse_article(b'{"id": "abc-1", "url": "https://e.com/x"}')
    assert isinstance(outcome, Rejection)
    assert outcome.id == "abc-1"


def test_envelope_fields_reach_the_record() -> None:
    envelope = {
        "id": 7,
        "url": "https://www.Example.com/a/?utm_source=t",
        "text": ARTICLE,
        "source": "Example",
        "fetched_at": "2023-11-02T10:00:00+02:00",
        "language": "ar",
    }
    outcome = parse_article(orjson.dumps(envelope))
    assert isinstance(outcome, Article)
    record = outcome.to_dict()
    assert record["id"] == "7"
    assert record["source"] == "Example"
    assert record["fetched_at"] == "2023-11-02T08:00:00Z"
    assert record["input_format"] == "json"


def test_id_from_url_ignores_tracking_parameters() -> None:
    first = parse_article(orjson.dumps({"url": "https://www.example.com/a/?utm_source=x", "text": ARTICLE}))
    second = parse_article(orjson.dumps({"url": "https://example.com/a", "text": ARTICLE + " مختلف"}))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id


BODY = "أعلن صندوق الاستثمارات العامة، اليوم الخميس، عن إطلاق مشروع سياحي جديد على ساحل البحر الأحمر."


@pytest.mark.parametrize(
    ("published", "instant", "precision"),
    [("2023-11-02T10:30:00+03:00", "2023-11-02T07:30:00Z", "second"), ("2023-11-02", "2023-11-02T00:00:00Z", "day")],
)
def test_an_envelopes_title_and_published_at_are_the_articles(published: str, instant: str, precision: str) -> None:
    envelope = {
        "title": "السعودية  تعلن عن مشروع سياحي",
        "text": f"{BODY}\nتاريخ النشر: 2023-10-01",
        "published_at": published,
    }
    outcome = parse_article(orjson.dumps(envelope))
    assert isinstance(outcome, Article)
    record = outcome.to_dict()
    assert record["title"] == "السعودية تعلن عن مشروع سياحي"  # the text's first line is the body's
    assert record["body"] == BODY
    assert (record["published_at"], record["published_at_precision"]) == (instant, precision)  # not the dateline's


def test_a_scraped_titles_site_name_goes_when_the_envelope_names_the_site() -> None:
    text = f"السعودية تعلن عن مشروع سياحي - الشرق الأوسط\n{BODY}"
    named = parse_article(orjson.dumps({"text": text, "source": "الشرق الأوسط"}))
    assert isinstance(named, Article) and named.title == "السعودية تعلن عن مشروع سياحي"
    by_url = parse_article(
        orjson.dumps({"title": "Oil climbs | Arab News", "text": BODY, "url": "https://www.arabnews.com/a"})
    )
    assert isinstance(by_url, Article) and by_url.title == "Oil climbs"
    plain = parse_article(text.encode())  # nothing names the site: the headline stays whole
    assert isinstance(plain, Article) and plain.title == "السعودية تعلن عن مشروع سياحي - الشرق الأوسط"


def test_envelopes_that_parse_follow_the_envelope_schema_and_broken_ones_do_not() -> None:
    from tests.conftest import _validator

    validator = _validator("envelope.v1.json")
    good = {"id": 7, "text": BODY, "title": "t", "published_at": "2023-11-02", "fetched_at": "2023-11-02T10:00:00Z"}
    assert isinstance(parse_article(orjson.dumps(good)), Article)
    validator.validate(good)
    for broken in ({"id": 7}, {"text": BODY, "published_at": "last Tuesday"}, {"html": "<p>x</p>", "language": "arabic"}):
        assert not validator.is_valid(broken), broken
        assert isinstance(parse_article(orjson.dumps(broken)), Rejection), broken


def test_text_starting_with_a_bracket_is_an_article() -> None:
    outcome = parse_article(("[عاجل] " + ARTICLE).encode())
    assert isinstance(outcome, Article)
    assert outcome.title == "[عاجل] عنوان الخبر"


def test_zero_width_marks_are_cleaned_not_rejected() -> None:
    outcome = parse_article(ARTICLE.replace("الخبر", "الخبر\u200f\u200b").encode())
    assert isinstance(outcome, Article)
    assert "\u200f" not in outcome.body


def test_emoji_around_a_line_are_decoration_and_a_line_of_them_goes() -> None:
    lines = ARTICLE.split("\n")
    decorated = "\n".join([f"🔴 {lines[0]}", "👇👇", *(f"📌 {line}" for line in lines[1:])])
    outcome = parse_article(decorated.encode())
    plain = parse_article(ARTICLE.encode())
    assert isinstance(outcome, Article) and isinstance(plain, Article)
    assert (outcome.title, outcome.body) == (plain.title, plain.body)


def test_markup_a_scraper_left_under_the_headline_is_mended_and_the_headline_kept() -> None:
    lines = ARTICLE.split("\n")
    marked = lines[0] + "\n" + "".join(f"<p>{line.replace(' ', '&nbsp;', 1)}<br></p>" for line in lines[1:])
    outcome, plain = parse_article(marked.encode()), parse_article(ARTICLE.encode())
    assert isinstance(outcome, Article) and isinstance(plain, Article)
    assert (outcome.title, outcome.body, outcome.input_format) == (plain.title, plain.body, "text")
    page = "<h1>" + lines[0] + "</h1>" + "".join(f"<p>{line}</p>" for line in lines[1:]) * 3  # markup from the start
    assert isinstance(html := parse_article(page.encode()), Article) and html.input_format == "html"


def test_one_line_of_sentences_is_a_body_without_a_headline() -> None:
    line = "عاجل: زلزال بقوة 6 درجات يضرب جنوب تركيا ضرب زلزال جنوب تركيا صباح اليوم. ولم ترد أنباء عن وقوع إصابات."
    outcome = parse_article(line.encode())
    assert isinstance(outcome, Article) and (outcome.title, outcome.body) == (None, line)


def test_a_pages_keywords_meta_becomes_one_tag_per_keyword() -> None:
    """trafilatura returns the keywords meta as one comma-joined string; each keyword is its own tag."""
    paragraph = "<p>" + "Le président a parlé longuement de la situation économique du pays. " * 3 + "</p>"
    head = '<title>Un titre</title><meta name="keywords" content="Venezuela,Donald Trump, Nike;Mode,Nike">'
    page = f"<html><head>{head}</head><body><article><h1>Un titre</h1>{paragraph * 4}</article></body></html>"
    article = parse_article(orjson.dumps({"html": page}), options=ParseOptions(enrich=False))
    assert isinstance(article, Article)
    assert article.tags == ("Venezuela", "Donald Trump", "Nike", "Mode")


@pytest.mark.parametrize(
    ("title", "sitename", "url", "headline"),
    [
        (
            "Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung",
            None,
            "https://www.boersen-zeitung.de/a",
            "Steigende US-Zinsen setzen Dax zu",
        ),
        ("Ziele, Chancen, Risiken | DW | 28.04.2023", "DW", "https://www.dw.com/de/a", "Ziele, Chancen, Risiken"),
        ("Ceasefire talks could fail | CBC News", "CBC", "https://www.cbc.ca/news/a", "Ceasefire talks could fail"),
        ("Smartphones zerstören - Golem.de", None, "https://www.golem.de/a", "Smartphones zerstören"),
        (
            "最終案に双方同意か｜日刊ゲンダイDIGITAL",
            "日刊ゲンダイDIGITAL",
            "https://www.nikkan-gendai.com/a",
            "最終案に双方同意か",
        ),
        ("Al Jazeera - Gaza talks resume", "Al Jazeera", "https://www.aljazeera.net/a", "Gaza talks resume"),
        ("اجتماع طارئ لمجلس الأمن - الجزيرة نت", "الجزيرة نت", "https://www.aljazeera.net/a", "اجتماع طارئ لمجلس الأمن"),
        (
            "Agrees to Interview with Kohberger's Defense Lawyers | The Gateway Pundit | by Cristina Laila",
            None,
            "https://www.thegatewaypundit.com/a",
            "Agrees to Interview with Kohberger's Defense Lawyers",
        ),
        (
            "Firing Top General Syrsky * The Gateway Pundit * by Paul Serran",
            None,
            "https://www.thegatewaypundit.com/a",
            "Firing Top General Syrsky",
        ),
        ("Army raises spectre - Times of India", None, "https://timesofindia.indiatimes.com/a", "Army raises spectre"),
        ("Takeaways from the trial | CNN Politics", "CNN", "https://www.cnn.com/a", "Takeaways from the trial"),  # + section
        (  # the site's sections between the headline and its name
            "Anticorrupción decidirá si recurre » Local » Noticias » Ultima Hora Mallorca",
            "UHmallorca",
            "http://ultimahora.es/a",
            "Anticorrupción decidirá si recurre",
        ),
        (
            "Court files expose security team -- Sott.net",
            "Sott.net",
            "https://www.sott.net/a",
            "Court files expose security team",
        ),
        # With no site name or URL to go by, a last segment calling itself the site ("صحيفة", "بوابة" …).
        ("أمير الرياض يدشن مشروعات - صحيفة سبق الإلكترونية", None, None, "أمير الرياض يدشن مشروعات"),
        ("الرئيس يلتقي وفداً | بوابة الأهرام", None, None, "الرئيس يلتقي وفداً"),
        # … or an agency or network the credits know, or an outlet by the words such names hold.
        ("الأمم المتحدة تحذر من المجاعة - سكاي نيوز عربية", None, None, "الأمم المتحدة تحذر من المجاعة"),
        ("UN warns of famine | Reuters", None, None, "UN warns of famine"),
        ("إقليم كوردستان يستأنف تصدير النفط | رووداو ديجيتال", None, None, "إقليم كوردستان يستأنف تصدير النفط"),
        ("الحرب على غزة - اليوم الثلاثين", None, None, None),
        # Not the site's name: the headline stays whole.
        ("Crime in 2024 - by the numbers", None, "https://example.com/a", None),
        ("Bericht: Aktivistin getötet - Irans Justiz dementiert", "Mitteldeutsche Zeitung", "https://www.mz.de/a", None),
        ("Markets rally - 12.03.2024", None, "https://example.com/a", None),
        ("Gaza truce - Live updates", "CNN", "https://www.cnn.com/a", None),  # short parts, but no site name
        ("الرياض تستضيف القمة - الرياض", None, "https://www.spa.gov.sa/a", None),
        ("قناة السويس - إيرادات قياسية", None, None, None),  # a canal, at the start
    ],
)
def test_html_titles_lose_the_site_name_pages_put_beside_them(
    title: str, sitename: str | None, url: str | None, headline: str | None
) -> None:
    assert without_site_name(title, sitename, url) == (headline or title)


def test_a_country_domains_second_level_label_is_not_the_sites_name() -> None:
    assert without_site_name("Trade rebounds - Commerce", None, "https://www.spa.gov.sa/a") == "Trade rebounds - Commerce"
    assert without_site_name("Labor on track - The West", None, "https://thewest.com.au/a") == "Labor on track"


def _page_with_json_ld(*objects: str) -> str:
    scripts = "".join(f'<script type="application/ld+json">{o}</script>' for o in objects)
    return f"<html><head>{scripts}</head><body></body></html>"


def test_the_articles_json_ld_date_published_is_its_date() -> None:
    image = '{"@type": "ImageObject", "datePublished": "2024-08-01T10:00Z"}'
    article = '{"@graph": [{"@type": ["NewsArticle"], "datePublished": "2024-04-25T19:30:04+02:00"}]}'
    found = _structured_date(_page_with_json_ld(image, "{not json", article), None)
    instant = datetime(2024, 4, 25, 17, 30, 4, tzinfo=UTC)
    assert found == MarkupDate(instant, "second", "2024-04-25T19:30:04+02:00", date(2024, 4, 25))
    assert _structured_date(_page_with_json_ld(image), None) is None  # an image's date is not the article's


def test_without_json_ld_the_meta_tags_publication_time_is_its_date() -> None:
    stamp = datetime(2023, 11, 26, 17, 30, tzinfo=UTC)
    for meta in (
        '<meta property="article:published_time" content="2023-11-26T19:30:00+02:00">',
        "<meta content='2023-11-26T19:30:00+02:00' itemprop='datePublished'>",  # attributes the other way round
    ):
        found = _structured_date(f"<html><head>{meta}</head><body></body></html>", None)
        assert found == MarkupDate(stamp, "minute", "2023-11-26T19:30:00+02:00", date(2023, 11, 26)), meta
    modified = '<meta property="article:modified_time" content="2023-11-27T10:00:00+02:00">'
    assert _structured_date(f"<html><head>{modified}</head></html>", None) is None  # a change is not the publication


def test_a_stamp_with_its_time_and_zone_is_the_instant_a_day_alone_is_the_day() -> None:
    stamped = _page_with_json_ld('{"@type": "NewsArticle", "datePublished": "2023-11-07T02:00-05:00"}')
    assert _structured_date(stamped, None) == MarkupDate(
        datetime(2023, 11, 7, 7, tzinfo=UTC), "minute", "2023-11-07T02:00-05:00", date(2023, 11, 7)
    )
    for written in ("2023-11-07", "2023-11-07T00:00:00+03:00", "2023-11-07T14:20:00"):  # no time, midnight, no zone
        page = _page_with_json_ld(f'{{"@type": "NewsArticle", "datePublished": "{written}"}}')
        assert _structured_date(page, None) == MarkupDate(datetime(2023, 11, 7, tzinfo=UTC), "day"), written


def test_a_record_from_html_keeps_the_markups_instant_and_its_stamp() -> None:
    stamp = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-01-17T15:40:00+03:00"}</script>'
    )
    body = "<p>" + "صدر مرسوم اليوم الأربعاء بتشكيل الحكومة الجديدة التي تضم ثلاثة عشر وزيرا بينهم وجوه جديدة. " * 4 + "</p>"
    page = f"<html><head>{stamp}</head><body><article><h1>تشكيل حكومة جديدة</h1>{body}</article></body></html>"
    record = parse_article(orjson.dumps({"html": page}))
    assert isinstance(record, Article) and record.published_at == datetime(2024, 1, 17, 12, 40, tzinfo=UTC)
    assert (record.published_at_precision, record.published_at_text) == ("minute", "2024-01-17T15:40:00+03:00")


def test_a_dateline_in_an_html_pages_text_is_no_paragraph_even_when_the_markup_dates_it() -> None:
    stamp = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-11-02"}</script>'
    body = "<div>" + "أعلن رئيس مجلس الوزراء اليوم حزمة دعم جديدة للقطاع الخاص بقيمة كبيرة تشمل تيسيرات ضريبية. " * 4
    page = f"<html><head>{stamp}</head><body><article><h1>الحكومة تعلن حزمة دعم</h1><div>2-11-2023 | 15:45</div>"
    page += f"{body}</div></article></body></html>"
    record = parse_article(orjson.dumps({"html": page}))
    assert isinstance(record, Article) and not record.body.startswith("2-11-2023")
    assert (record.published_at, record.published_at_precision) == (datetime(2023, 11, 2, tzinfo=UTC), "day")


def test_a_byline_the_markup_glued_to_the_writers_job_credits_the_writer_once() -> None:
    stamp = '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Yolande Knell"}]}'
    body = "<p>" + "Hospitals in Gaza are running out of fuel and could shut down within days, the WHO warned. " * 3
    byline = "<div><span>By Yolande Knell</span><span>Middle East correspondent, Jerusalem</span></div>"
    head = f'<head><script type="application/ld+json">{stamp}</script></head>'
    page = (
        f"<html>{head}<body><article><h1>Gaza hospitals running out of fuel</h1>{byline}{body}</p></article></body></html>"
    )
    record = parse_article(orjson.dumps({"html": page}))
    assert isinstance(record, Article) and record.sources == ("Yolande Knell",)
    assert record.body.startswith("Hospitals")


def test_the_h1_is_the_headline_when_the_metadata_adds_an_unknown_sites_name_after_a_bar_or_a_dash() -> None:
    body = "<p>" + "The former prime minister said he would not be drawn into the quarrel over the coalition. " * 3
    for meta, h1, title in (
        (
            "Bennett: I am nobody's punching ball - Israel Nachrichten - Chadashoth",
            "Bennett: I am nobody's punching ball",
            "Bennett: I am nobody's punching ball",
        ),
        (
            "Ski jumping | Insults and accusations: a row over suits",
            "Insults and accusations: a row over suits",
            "Insults and accusations: a row over suits",
        ),
        # a kicker after a colon is the headline's, and an h1 saying more than the title is its kicker's span
        (
            "After the withdrawal: a lawyer to be justice minister",
            "a lawyer to be justice minister",
            "After the withdrawal: a lawyer to be justice minister",
        ),
        (
            "Druze ask for a share in power",
            "Minority in Syria - Druze ask for a share in power",
            "Druze ask for a share in power",
        ),
        # the metadata cut where its markup left a quote unescaped: content="… and "royal visit""
        (
            'Marathon 2024: a clear winner and "royal visit"',
            'Marathon 2024: a clear winner and "royal visit"',
            'Marathon 2024: a clear winner and "royal visit"',
        ),
    ):
        page = f'<html><head><meta property="og:title" content="{meta}"></head><body><article><h1>{h1}</h1>{body}</p>'
        record = parse_article(orjson.dumps({"html": page + "</article></body></html>"}))
        assert isinstance(record, Article) and record.title == title, (meta, record)


def test_today_in_the_text_is_the_publishers_day_not_utcs() -> None:
    stamp = '{"@type": "NewsArticle", "datePublished": "2024-01-17T01:40:00+03:00"}'  # 22:40 UTC the day before
    body = "<p>" + "صدر مرسوم اليوم الأربعاء بتشكيل الحكومة الجديدة التي تضم ثلاثة عشر وزيرا بينهم وجوه جديدة. " * 4 + "</p>"
    head = f'<head><script type="application/ld+json">{stamp}</script></head>'
    page = f"<html>{head}<body><article>{body}</article></body></html>"
    record = parse_article(orjson.dumps({"html": page}))
    assert isinstance(record, Article) and record.published_at == datetime(2024, 1, 16, 22, 40, tzinfo=UTC)
    assert record.enrichment is not None
    assert {m.date.isoformat() for m in record.enrichment.mentioned_dates} == {"2024-01-17"}


def test_a_utc_day_a_day_off_the_urls_date_takes_the_urls_day() -> None:
    page = _page_with_json_ld('{"@type": "NewsArticle", "datePublished": "2020-02-18T00:00:00Z"}')
    found = _structured_date(page, "https://example.com/2020/02/17/story/")
    assert found == MarkupDate(datetime(2020, 2, 17, tzinfo=UTC), "day")  # the newsroom's day, west of UTC
    assert _structured_date(page, "https://example.com/story/") == MarkupDate(datetime(2020, 2, 18, tzinfo=UTC), "day")


def test_a_lone_year_in_the_markup_is_no_publication_day() -> None:
    # htmldate reads "© 2013" as 2013-01-01: only a URL that says January 1st too makes it the day.
    body = "<p>" + "The council approved the new budget after a long debate about schools and roads. " * 5 + "</p>"
    page = f"<html><body><article><h1>Council approves budget</h1>{body}</article><footer>© 2013 News</footer></body></html>"
    for url, day in ((None, None), ("https://example.com/news/budget", None), ("https://example.com/2013/01/01/b/", 1)):
        extract = extract_html(page, url)
        assert extract is not None
        assert (extract.published.value.day if extract.published else None) == day, url


def test_the_json_ld_author_and_a_wire_opening_below_the_repeated_headline_are_credits() -> None:
    author = {"@type": "Person", "name": "Jane Doe"}
    ld = orjson.dumps({"@type": "NewsArticle", "datePublished": "2023-11-02T14:05:00Z", "author": [author]}).decode()
    opening = "<p>LONDON, Nov 2 (Reuters) - Oil prices fell on Thursday as worries about weak demand outweighed supply.</p>"
    rest = "<p>Brent crude futures fell 60 cents, or 0.7%, to $84.03 a barrel by 1405 GMT, traders said on Thursday.</p>" * 3
    page = f'<html><head><script type="application/ld+json">{ld}</script></head><body><article><h1>Oil falls</h1>'
    record = parse_article(orjson.dumps({"html": f"{page}{opening}{rest}</article></body></html>"}))
    assert isinstance(record, Article) and record.sources[:2] == ("Jane Doe", "Reuters"), record.sources


def test_an_arabic_bylines_name_after_its_place_is_the_author() -> None:
    paragraph = "<p>أكد وزير الطاقة أن المملكة ملتزمة بالعمل مع شركائها لضمان استقرار أسواق النفط العالمية وتوازنها.</p>"

    def page(byline: str) -> str:
        meta = f'<div class="meta"><span class="author">{byline}</span></div>'
        return f"<html><body><article><h1>وزير الطاقة يؤكد التزام المملكة</h1>{meta}{paragraph * 3}</article></body></html>"

    extract = extract_html(page("الرياض - محمد العتيبي"), None)
    assert extract is not None and extract.authors == ("محمد العتيبي",)
    english = extract_html(page("John Smith - Reuters"), None)  # trafilatura's reading stands for Latin bylines
    assert english is not None and english.authors == ("John Smith",)


STORY = (
    "افتتاح معرض الكتاب في العاصمة بمشاركة واسعة\n"
    "تاريخ النشر: 2 نوفمبر 2023\n"
    "افتتح وزير الثقافة اليوم معرض الكتاب في العاصمة بمشاركة أكثر من 500 دار نشر من الدول العربية والأجنبية.\n"
    "ويستمر المعرض عشرة أيام تقام خلالها ندوات وأمسيات شعرية وورش عمل للأطفال في قاعات المعرض.\n"
    "المصدر: وكالة الأنباء الرسمية"
)


@pytest.mark.parametrize(
    "flattened",
    [
        STORY.replace("\n", "\\n"),  # the feeder escaped its JSON twice: the breaks came as two characters
        STORY.replace("\n", "  "),  # text nodes joined with two spaces
        STORY.replace("\n", "\t"),  # or with a tab
        # the headline's line ends in a break tag, markup under it
        STORY.split("\n")[0] + "<br>\n" + "".join(f"<p>{line}</p>" for line in STORY.split("\n")[1:]),
    ],
    ids=["escaped-breaks", "double-spaces", "tabs", "break-tag"],
)
def test_a_story_flattened_by_its_scraper_parses_as_the_story(flattened: str) -> None:
    outcome, plain = parse_article(flattened.encode()), parse_article(STORY.encode())
    assert isinstance(outcome, Article) and isinstance(plain, Article)
    fields = ("title", "published_at", "body", "sources", "input_format")
    assert [getattr(outcome, f) for f in fields] == [getattr(plain, f) for f in fields]


def test_a_double_space_in_a_line_of_text_is_a_slip_not_a_break() -> None:
    one_line = STORY.replace("\n", " ").replace("الكتاب في العاصمة بمشاركة أكثر", "الكتاب  في العاصمة بمشاركة أكثر")
    outcome = parse_article(one_line.encode(), options=ParseOptions(enrich=False))
    assert isinstance(outcome, Article) and "معرض الكتاب في العاصمة بمشاركة أكثر" in outcome.body


def test_an_html_pages_tags_linked_to_their_pages_are_its_tags_and_a_menu_of_topics_none() -> None:
    body = "<p>" + "حقق فريق الهلال فوزاً مهماً على غريمه النصر في ديربي الرياض ضمن دوري روشن للمحترفين. " * 3 + "</p>"
    tags = '<a href="/tag/alhilal" rel="tag">الهلال</a> <a href="/tag/alnassr">النصر</a> <a href="/tags/r">دوري روشن</a>'
    page = f"<html><body><article><h1>الهلال يهزم النصر</h1>{body}<div>{tags}</div></article></body></html>"
    record = parse_article(orjson.dumps({"html": page}))
    assert isinstance(record, Article) and record.tags == ("الهلال", "النصر", "دوري روشن")
    menu = '<a href="/tag/a">أسعار الذهب</a> <a href="/tag/b">حالة الطقس</a> <a href="/tag/c">وظائف شاغرة</a>'
    record = parse_article(orjson.dumps({"html": page.replace(tags, menu)}))
    assert isinstance(record, Article) and record.tags == ()
