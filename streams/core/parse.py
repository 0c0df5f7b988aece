"""One raw message -> one outcome: an ``Article`` or a ``Rejection``. Never raises.

The steps, each a small function of its own:

1. ``decode``: bytes -> text or HTML plus envelope fields (or a rejection);
2. the head: title and dateline (scraped text) or trafilatura's metadata (HTML);
3. ``split_body``: the article's paragraphs apart from credits, tags and related blocks;
4. tags segmented, language identified, quality judged, id derived.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from streams import __version__
from streams.core.decode import DEFAULT_MAX_BYTES, DecodeError, RawInput, decode
from streams.core.enrich import enrich
from streams.core.html import MarkupDate, extract_html, without_site_name
from streams.core.ids import article_id
from streams.core.language import detect_language
from streams.core.model import (
    Article,
    Calendar,
    Outcome,
    Precision,
    Quality,
    Rejection,
    RejectReason,
    RelatedItem,
)
from streams.core.text.normalize import clean_lines, with_line_breaks_restored, word_count
from streams.core.text.sections import (
    FIRST_PUBLISHED_RE,
    Dateline,
    Sections,
    is_cut_off,
    read_dated_opening,
    read_todays_date,
    read_wire_dateline,
    split_body,
    split_head,
    split_tags,
    with_fields_apart,
    without_furniture,
)
from streams.core.timing import Stopwatch

SHORT_BODY_WORDS = 40


@dataclass(frozen=True, slots=True)
class ParseOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    pipeline_version: str = __version__
    enrich: bool = True  # entities, keywords, mentioned dates, quantities, duplicate keys


@dataclass(frozen=True, slots=True)
class _Page:
    """What the format-specific step found, before the shared cleanup."""

    title: str | None
    dateline: Dateline | None
    html_date: MarkupDate | None
    lines: tuple[str, ...]
    sitename: str | None
    html_tags: tuple[str, ...]
    authors: tuple[str, ...] = ()  # bylines read off the markup, or off the lines above the dateline


def parse_article(
    data: bytes,
    received_at: datetime | None = None,
    options: ParseOptions = ParseOptions(),
) -> Outcome:
    """Parse one raw message. Any bug inside becomes an ``internal_error`` rejection, never an exception."""
    received = received_at or datetime.now(UTC)
    stopwatch = Stopwatch()
    try:
        return replace(_parse(data, received, options, stopwatch), timings=stopwatch.timings())
    except Exception as error:  # the message must survive our bugs: it goes to the dead letters
        detail = f"{type(error).__name__}: {error} | " + " < ".join(
            f"{frame.name}:{frame.lineno}" for frame in reversed(traceback.extract_tb(error.__traceback__))
        )
        return _reject(data, RejectReason.INTERNAL_ERROR, detail[:2000], received, options)


def _parse(data: bytes, received: datetime, options: ParseOptions, stopwatch: Stopwatch) -> Outcome:
    decoded = decode(data, options.max_bytes)
    stopwatch.lap("decode")
    if isinstance(decoded, DecodeError):
        ident = decoded.id or (article_id(None, decoded.url, None, "") if decoded.url else None)
        return _reject(data, decoded.reason, decoded.detail, received, options, ident, decoded.url)
    page = _read_page(decoded, decoded.fetched_at or received)
    if page is None:
        detail = "the HTML page holds no extractable text"
        return _reject(data, RejectReason.NO_BODY, detail, received, options, decoded.id, decoded.url)
    sections = split_body(page.lines, page.title, scraped=decoded.content_format != "html")
    page = replace(page, title=_without_credited_outlet(page.title, (*page.authors, *sections.sources)))
    if not sections.paragraphs:
        detail = _no_body_detail(page, sections)
        return _reject(data, RejectReason.NO_BODY, detail, received, options, decoded.id, decoded.url)
    return _build_article(decoded, page, sections, received, options, stopwatch)


def _read_page(raw: RawInput, fetched: datetime) -> _Page | None:
    """``fetched``: when the page was scraped (the envelope's ``fetched_at``, else when it arrived),
    what a dateline that only says how long ago ("منذ ساعتين") counts from."""
    if raw.content_format == "html":
        extract = extract_html(raw.content, raw.url)
        if extract is None:
            return None
        title = raw.title or extract.title  # the scraper's headline, when it sends one, is the headline
        return _Page(
            title, extract.dateline, extract.published, extract.lines, extract.sitename, extract.tags, extract.authors
        )
    # A story scraped as one line: its breaks back where the scraper marked them, else its fields apart.
    lines = with_fields_apart(clean_lines(with_line_breaks_restored(raw.content)))
    head = split_head(without_furniture(lines), fetched, titled=raw.title is not None, page=lines)
    # A scraper that copied the page's <title> brings the site's name along ("… - الشرق الأوسط"): it
    # goes when the envelope names the source or the URL.
    title = without_site_name(raw.title or head.title, raw.source, raw.url)
    return _Page(title, head.dateline, None, head.rest, None, (), head.bylines)


def _each_once(credits: tuple[str, ...]) -> tuple[str, ...]:
    """Each credit once, as first written, however cased ("DAILY SABAH" under the headline is "Daily Sabah"), and
    not again with the writer's job glued on by markup that had them side by side ("Yolande KnellMiddle East
    correspondent, Jerusalem" after the markup's "Yolande Knell")."""
    first: dict[str, str] = {}
    for credit in credits:
        if not any(credit.startswith(kept) and credit[len(kept) : len(kept) + 1].isupper() for kept in first.values()):
            first.setdefault(credit.casefold(), credit)
    return tuple(first.values())


def _without_credited_outlet(title: str | None, sources: tuple[str, ...]) -> str | None:
    """The headline without an outlet the page credits beside it: "قمة الرياض … | الشرق الأوسط" under
    "الرياض: «الشرق الأوسط»" (with no envelope source or URL, the site's name had nothing to match)."""
    for source in sources:
        if (shorter := without_site_name(title, source, None)) != title:
            return shorter
    return title


def _build_article(
    raw: RawInput, page: _Page, sections: Sections, received: datetime, options: ParseOptions, stopwatch: Stopwatch
) -> Article:
    body = "\n\n".join(sections.paragraphs)
    sources = _each_once((*page.authors, *sections.sources))  # the byline first, as on the page
    evidence = "\n".join((page.title or "", body, *sources))
    tags = split_tags(sections.tag_lines, evidence) if sections.tag_lines else page.html_tags
    when = _published(raw, page, sections, raw.fetched_at or received)
    published = when.value if when else None
    words = word_count(body)
    last = len(sections.paragraphs) - 1
    quality = Quality(
        truncated=any(is_cut_off(p, i == last) for i, p in enumerate(sections.paragraphs)),
        appended_content=bool(sections.related),
        word_count=words,
        paragraph_count=len(sections.paragraphs),
        has_title=bool(page.title),
        has_date=published is not None,
        short_body=words < SHORT_BODY_WORDS,
    )
    article = Article(
        id=article_id(raw.id, raw.url, page.title, body),
        url=raw.url,
        source=raw.source or page.sitename,
        title=page.title,
        published_at=published,
        published_at_precision=when.precision if when else None,
        published_at_text=when.text if when else None,
        published_at_calendar=when.calendar if when else None,
        body=body,
        sources=sources,
        tags=tags,
        related=tuple(RelatedItem(r.title, r.text) for r in sections.related),
        language=raw.language or detect_language(f"{page.title or ''} {body}"),
        quality=quality,
        input_format=raw.input_format,
        fetched_at=raw.fetched_at,
        received_at=received,
        parsed_at=datetime.now(UTC),
        pipeline_version=options.pipeline_version,
    )
    stopwatch.lap("parse")
    if not options.enrich:
        return article
    reference = when.day if when else None  # what "اليوم" and "أمس" count from: the publisher's day
    return replace(
        article, enrichment=enrich(page.title, body, tags, reference, article.language, stopwatch, article.sources)
    )


@dataclass(frozen=True, slots=True)
class _Published:
    value: datetime
    precision: Precision
    text: str | None
    calendar: Calendar
    day: date  # the publisher's calendar day: where it was written ("01:40 بتوقيت مكة" is UTC's day before)


def _published(raw: RawInput, page: _Page, sections: Sections, fetched: datetime) -> _Published | None:
    """The envelope's ``published_at`` (what the scraper read off the page's metadata) first, then
    the dateline in the text, then the HTML's own date, then a date stamped below the article, then
    the day a wire story's opening paragraph states ("DUBAI, Sept 5 (Reuters) -"), its year the last
    before ``fetched``, then the date its first paragraph opens on ("November 29, 2026 (KADUGLI) –"), then the day
    its opening calls today ("اليوم الأحد (19 تشرين الثاني 2023)")."""
    if raw.published_at is not None and raw.published_precision is not None:
        return _Published(raw.published_at, raw.published_precision, None, "gregorian", raw.published_at.date())
    if page.html_date is not None and page.dateline is None:
        markup = page.html_date
        return _Published(markup.value, markup.precision, markup.text, "gregorian", markup.day)
    opening = sections.paragraphs[0]
    first = sections.stamp if sections.stamp is not None and FIRST_PUBLISHED_RE.match(sections.stamp.text) else None
    # (the Guardian's date at the head is the last update's; "First published on …" at the foot is the story's)
    dateline = (
        first
        or page.dateline
        or sections.stamp
        or read_wire_dateline(opening, fetched)
        or read_dated_opening(opening)
        or read_todays_date(opening)
    )
    if dateline is not None:
        found = dateline.date
        return _Published(found.value, found.precision, dateline.text, found.calendar, found.day)
    return None


def _no_body_detail(page: _Page, sections: Sections) -> str:
    if not page.lines:
        return "nothing below the title" if page.title else "no text at all"
    return (
        f"no article paragraphs remain after removing {len(sections.related)} related, "
        f"{len(sections.sources)} credit and {len(sections.tag_lines)} tag lines"
    )


def _reject(
    data: bytes,
    reason: RejectReason,
    detail: str,
    received: datetime,
    options: ParseOptions,
    ident: str | None = None,
    url: str | None = None,
) -> Rejection:
    return Rejection(reason, detail, data, received, datetime.now(UTC), options.pipeline_version, ident, url)


# One short article per language path: Arabic (the tagger, clusters, topic model, idf, Babel's
# territory names) and English (fastText's language model, the Latin entity rules).
_WARM_UP_ARTICLES = (
    "وزير الخارجية يلتقي نظيره في القاهرة\nالقاهرة - 12 مارس 2024\n"
    "التقى وزير الخارجية اليوم الثلاثاء نظيره الفرنسي في القاهرة لمدة ثلاث ساعات وبحثا الأوضاع في سوريا ولبنان"
    " والتعاون الاقتصادي مع البنك المركزي المصري وجامعة الدول العربية بقيمة 3 مليارات دولار.",
    "Minister meets his counterpart in Cairo\nMarch 12, 2024\n"
    "The foreign minister of Egypt met his French counterpart in Cairo on Tuesday to discuss trade worth $3 billion,"
    " said Ahmed Hassan, a spokesman.",
)


def warm_up() -> None:
    """Load every model and table the core reads lazily, by parsing two short built-in articles.

    A worker calls it before it joins its group: otherwise its first article pays ~0.3 s of loading
    (and every first use of a lazy table after it), a latency spike on the first message of every
    restart."""
    for text in _WARM_UP_ARTICLES:
        parse_article(text.encode())
