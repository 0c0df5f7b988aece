"""HTML pages -> title, date and text lines, with trafilatura and htmldate.

trafilatura is the strongest general body extractor on public benchmarks (field notes §2) but it
keeps read-also blocks, appended articles, credits and tags in the text: the caller runs the same
cleanup on its lines as on scraped text.

The publication date is looked for from surest and cheapest to dearest: the ``datePublished`` the
page's JSON-LD gives its article; htmldate on the markup (through trafilatura, original date rather
than last modification, without its "extensive search"); then a
dateline in the first lines of the text, read by the same fast parser as scraped text; only then
htmldate's extensive search, which ends in dateparser without a language hint and costs tens of
milliseconds a page (field notes §3).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from html import unescape
from typing import Any
from urllib.parse import urlsplit

import orjson

from streams.core.model import Precision
from streams.core.text.dates import StatedDay, parse_timestamp
from streams.core.text.normalize import ARABIC_LETTER_RE, clean_lines, word_count
from streams.core.text.sections import (
    Dateline,
    credited_names,
    is_an_outlets_name,
    most_are_named,
    split_head,
    without_furniture,
)

_MARKUP_DATE = {"original_date": True, "extensive_search": False}
_TAG_SEPARATORS = re.compile(r"[,،;؛]")
_DATELINE_SEARCH_LINES = 6


@dataclass(frozen=True, slots=True)
class MarkupDate(StatedDay):
    """A publication date read off the markup: the instant when the page states its time and zone
    ("2023-11-07T02:00:00-05:00"), else the calendar day."""

    value: datetime
    precision: Precision
    text: str | None = None  # the timestamp as written, when it gave the instant
    local_day: date | None = None  # the stamp's own date ("2024-01-17T01:40+03:00": the 17th, the 16th in UTC)


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    title: str | None
    published: MarkupDate | None  # from the markup
    dateline: Dateline | None  # from the text, when the markup had no date
    lines: tuple[str, ...]
    sitename: str | None
    tags: tuple[str, ...]
    authors: tuple[str, ...] = ()  # the markup's bylines: credits, as bylines in the text are


def extract_html(html: str, url: str | None) -> HtmlExtract | None:
    """None when the page holds no extractable text."""
    import trafilatura  # imported lazily: it costs ~0.5 s and text-only deployments never need it

    document: Any = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=_MARKUP_DATE,
    )
    if document is None or not document.text:
        return None
    lines = tuple(without_furniture(clean_lines(document.text)))  # before the dateline is looked for in them
    # A dateline in the text's first lines is no paragraph, whatever the markup says ("2-11-2023 | 15:45").
    head = split_head(list(lines[:_DATELINE_SEARCH_LINES]), titled=True)
    lines = (*head.rest, *lines[_DATELINE_SEARCH_LINES:])
    published = _structured_date(html, url) or _on_day(_unless_year_only(_day(document.date), url))
    # (Not to refine the markup's day with the text's time: a time without its zone, "20:59 Uhr", would
    # be a wrong instant where the day was right; one of fundus's pages lost its date so.)
    dateline = head.dateline if published is None else None
    if published is None and dateline is None:
        published = _on_day(_extensive_date(html, url))
    return HtmlExtract(
        title=_as_the_page_heads_it(without_site_name(document.title, document.sitename, url) or None, html),
        published=published,
        dateline=dateline,
        lines=lines,
        sitename=document.sitename or None,
        tags=_tags(document.tags) or _linked_tags(html, " ".join((document.title or "", *lines))),
        authors=tuple(_name_after_the_place(html, author) for author in credited_names(document.author))
        or _json_ld_authors(html),
    )


def _as_the_page_heads_it(title: str | None, html: str) -> str | None:
    """The headline as the page's <h1> writes it, when the metadata's title is that and more beside it after a
    bar or a dash, a section's or a site's name the first step did not know ("Vierschanzentournee | Beleidigen und
    beschuldigen: …", "Bennett: … - Israel Nachrichten - Chadashoth Israel"). Not a kicker after a colon ("Nach
    Gaetz-Rückzug: Trump-Anwältin …"), which the headline keeps, nor an h1 that says more than the title (its
    kicker's span: "Minderheit in Syrien - Drusen fordern …")."""
    heading = _H1_RE.search(html) if title else None
    if title is None or heading is None:
        return title
    h1 = " ".join(unescape(_TAG_RE.sub(" ", heading["text"])).split())
    if h1.startswith(title) and h1[len(title) :].lstrip()[:1] == '"':
        return h1  # the metadata cut at a quote its markup left unescaped: content="… Sieger und "royaler Besuch""
    if not _H1_MIN_CHARS <= len(h1) < len(title) or (at := title.find(h1)) == -1:
        return title
    before, after = title[:at], title[at + len(h1) :]
    beside = (before == "" or _ENDS_ON_A_SEPARATOR_RE.search(before)) and (
        after == "" or _OPENS_ON_A_SEPARATOR_RE.match(after)
    )
    return h1 if beside else title


_H1_RE = re.compile(r"<h1\b[^>]*>(?P<text>.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")
_H1_MIN_CHARS = 12  # not a logo's or a section's word
_ENDS_ON_A_SEPARATOR_RE = re.compile(r"\s(?:\||-|–|—|·|•)\s*$")
_OPENS_ON_A_SEPARATOR_RE = re.compile(r"\s*(?:\||-|–|—|·|•)\s")


# An Arabic byline names the place first: "الرياض - محمد العتيبي", "القاهرة: أحمد علي". trafilatura cuts
# a byline at its dash ("John Smith - Reuters" is John Smith) and so keeps the place.
_BYLINE_NAME_MAX_WORDS = 5


def _name_after_the_place(html: str, author: str) -> str:
    if ARABIC_LETTER_RE.search(author) is None:
        return author
    written = re.search(re.escape(author) + r"\s*[-–—:]\s*(?P<name>[^<>\n\d:|]{2,50}?)\s*<", html)
    if written is None or not 1 < word_count(written["name"]) <= _BYLINE_NAME_MAX_WORDS:
        return author
    return written["name"]


# What pages put between a headline and their own name: "Title | Site", "Title - Site", "Site – Title",
# "タイトル：サイト". A colon alone is not one: headlines use it ("Iran: talks resume").
_TITLE_SEPARATOR_RE = re.compile(r"\s+(?:--|[|\-–—·•*»])\s+|\s*[｜：]\s*")
_DATE_SEGMENT_RE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}")
_BYLINE_SEGMENT_RE = re.compile(r"(?:by|par|von|por|di|door)\s+\w[\w.' -]*", re.IGNORECASE)  # "by Cristina Laila"
_GERMAN_SPELLINGS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_SECOND_LEVEL_LABELS = frozenset("co com gov org net edu ac ne or go gob gouv".split())  # "spa.gov.sa"


def without_site_name(title: str | None, sitename: str | None, url: str | None) -> str | None:
    """The headline without the site's name that pages append or prepend to it in their metadata:
    "Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung" -> "Steigende US-Zinsen setzen Dax zu";
    "Ziele, Chancen, Risiken | DW | 28.04.2023" -> "Ziele, Chancen, Risiken". A segment goes only when
    it names the site (its name, or a label of its host: "Golem.de", "CBC News" on cbc.ca, "Times of
    India" on timesofindia.indiatimes.com) or is a date or a byline ("by Cristina Laila") beside such a
    name; whatever else the headline says stays."""
    if not title:
        return title
    names = _site_keys(sitename, url)
    segments = _TITLE_SEPARATOR_RE.split(title)
    if len(segments) < 2:
        return title
    if not names:  # no name to look for: only a segment calling itself the site, at the end
        return _without_outlet_at_the_end(title, segments[-1])
    first, last = 0, len(segments)
    while last - first > 1 and _is_beside_the_headline(segments[last - 1], names):
        last -= 1
    while last < len(segments) and last - first > 1 and _is_section_crumb(segments[last - 1]):
        last -= 1  # "… » Local » Noticias » Ultima Hora Mallorca": the site's sections before its name
    while last - first > 1 and _is_beside_the_headline(segments[first], names):
        first += 1
    kept = segments[first:last]
    if not any(_names_the_site(s, names) for s in segments if s not in kept):
        return title  # nothing named the site (a date or a "by ..." alone may be part of the headline)
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip()


def _without_outlet_at_the_end(title: str, segment: str) -> str:
    """ "أمير الرياض يدشن مشروعات - صحيفة سبق الإلكترونية" -> "أمير الرياض يدشن مشروعات", "… | سكاي نيوز عربية",
    "… | Reuters"."""
    if not is_an_outlets_name(segment):
        return title
    return title[: title.rfind(segment)].rstrip(" -–—|:")


def _site_keys(sitename: str | None, url: str | None) -> set[str]:
    keys = set(_squashed(sitename)) if sitename else set()
    host = urlsplit(url).hostname or "" if url else ""
    labels = [label for label in host.removeprefix("www.").split(".") if label]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL_LABELS:
        labels = labels[:-1]  # "thewest.com.au" is named "thewest", "spa.gov.sa" "spa"
    if len(labels) >= 2:
        keys.update(_squashed(label)[0] for label in labels[:-1])  # "boersen-zeitung", "timesofindia" (.indiatimes.com)
        keys.add(_squashed(".".join(labels[-2:]))[0])  # "golem.de"
    return {key for key in keys if len(key) >= 2}


def _squashed(text: str) -> tuple[str, ...]:
    """Letters and digits only, case and accents erased; German umlauts also spelled out ("oe")."""
    lowered = text.casefold()
    spellings = (lowered, lowered.translate(_GERMAN_SPELLINGS))
    return tuple(
        "".join(c for c in unicodedata.normalize("NFKD", spelling) if c.isalnum() and not unicodedata.combining(c))
        for spelling in spellings
    )


def _is_beside_the_headline(segment: str, names: set[str]) -> bool:
    """The site's name, a date or a byline: what pages put around a headline in their metadata."""
    stripped = segment.strip()
    return bool(_DATE_SEGMENT_RE.fullmatch(stripped) or _BYLINE_SEGMENT_RE.fullmatch(stripped)) or _names_the_site(
        segment, names
    )


def _names_the_site(segment: str, names: set[str]) -> bool:
    for key in _squashed(segment):
        if key and any(key == name or (len(name) >= 3 and name in key and len(key) <= 3 * len(name)) for name in names):
            return True
    words = segment.split()  # the site's name and its section: "CNN Politics", "BBC News Arabic"
    return len(words) <= _SITE_SECTION_MAX_WORDS and any(_squashed(word)[0] in names for word in words)


_SITE_SECTION_MAX_WORDS = 3
_CRUMB_MAX_WORDS = 2


def _is_section_crumb(segment: str) -> bool:
    return len(segment.split()) <= _CRUMB_MAX_WORDS and not any(c.isdigit() for c in segment)


def _tags(found: list[str] | str | None) -> tuple[str, ...]:
    """The page's tags one by one: trafilatura hands a keywords meta over as one comma-joined string
    ("Venezuela,Donald Trump,Nike"), which would become one long tag and one long keyword."""
    values = [found] if isinstance(found, str) else found or []
    parts = (part.strip() for value in values if value for part in _TAG_SEPARATORS.split(value))
    return tuple(dict.fromkeys(part for part in parts if part))


def _linked_tags(html: str, article: str) -> tuple[str, ...]:
    """The tags a page links to their own pages when no meta names them (trafilatura leaves their list out of the
    text): its links marked ``rel="tag"`` or to a tag's address ("/tag/…", "/tags/…", "/keyword/…"), when most of
    them name what the ``article`` does (a site's menu of topics links so too: "Sprachquiz", "Seiler kocht")."""
    found = (" ".join(unescape(_TAG_RE.sub(" ", link["text"])).split()) for link in _TAG_LINK_RE.finditer(html))
    tags = tuple(dict.fromkeys(tag for tag in found if tag and len(tag.split()) <= _LINKED_TAG_MAX_WORDS))
    return tags[:_LINKED_TAGS_MAX] if tags and most_are_named(tags, article) else ()


_TAG_LINK_RE = re.compile(
    r"<a\b(?=[^>]*(?:\brel=[\"']?tag\b|\bhref=[\"'][^\"']*/(?:tag|tags|keyword|keywords|hashtag)/))[^>]*>(?P<text>.*?)</a\s*>",
    re.IGNORECASE | re.DOTALL,
)
_LINKED_TAG_MAX_WORDS = 6
_LINKED_TAGS_MAX = 20


_JSON_LD_RE = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "LiveBlogPosting")


def _structured_date(html: str, url: str | None) -> MarkupDate | None:
    """The ``datePublished`` the page states for its article in JSON-LD (schema.org), else in its meta
    tags: the instant when it states a time with its zone (215 of fundus's 258 pages do), else the day
    as written.

    Publishers fill it for search engines, so it is the date they stand by; htmldate also reads the
    markup's other dates (print editions, modifications, images) and on fundus picked the next day's
    print date or a day-month swap where this one was right. Only an object typed as an article counts:
    images carry their own ``datePublished``. A day written as UTC midnight may be the next or previous
    day of the newsroom's own calendar: a date in the URL a day away from it is that calendar's day."""
    written = _json_ld_date_published(html) or _meta_date_published(html)
    if written is None:
        return None
    instant = _instant(written)
    if instant is not None:
        precision: Precision = "second" if instant.second or instant.microsecond else "minute"
        return MarkupDate(instant.astimezone(UTC), precision, written.strip(), instant.date())
    day, in_url = _day(written), _day(_url_date(url))
    stamped_in_utc = written.rstrip().endswith(("Z", "+00:00"))
    if day is not None and in_url is not None and stamped_in_utc and abs((in_url - day).days) == 1:
        return MarkupDate(in_url, "day")
    return _on_day(day)


def _instant(written: str) -> datetime | None:
    """The moment a timestamp states, when it gives both a time and its zone. Midnight is how many
    pages write a day alone ("2023-11-07T00:00:00+00:00"): a day, not an instant."""
    moment = parse_timestamp(written)
    return None if moment is None or moment.time() == time(0) else moment


def _on_day(day: datetime | None) -> MarkupDate | None:
    return MarkupDate(day, "day") if day is not None else None


_URL_DATE_RE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|$)")


def _url_date(url: str | None) -> str | None:
    found = _URL_DATE_RE.search(url or "")
    return f"{found[1]}-{int(found[2]):02d}-{int(found[3]):02d}" if found else None


def _json_ld_date_published(html: str) -> str | None:
    return next(
        (item["datePublished"] for item in _json_ld_articles(html) if isinstance(item.get("datePublished"), str)), None
    )


def _json_ld_authors(html: str) -> tuple[str, ...]:
    """The names the page's JSON-LD article gives as its author: one, or a list, each a name or an object
    with one ({"@type": "Person", "name": "Jane Doe"}); trafilatura reads only some of these shapes."""
    for item in _json_ld_articles(html):
        written = item.get("author")
        authors = written if isinstance(written, list) else [written]
        names = [a.get("name") if isinstance(a, dict) else a for a in authors]
        if found := tuple(n.strip() for n in names if isinstance(n, str) and n.strip()):
            return found
    return ()


def _json_ld_articles(html: str) -> list[dict[str, Any]]:
    """The article objects of the page's JSON-LD blocks (NewsArticle, Article, …)."""
    articles = []
    for block in _JSON_LD_RE.findall(html):
        try:
            data = orjson.loads(block.strip())
        except orjson.JSONDecodeError:
            continue
        for item in _json_ld_items(data):
            kinds = item.get("@type")
            if any(kind in _ARTICLE_TYPES for kind in (kinds if isinstance(kinds, list) else [kinds])):
                articles.append(item)
    return articles


# The same statement in a page's meta tags, where it has no JSON-LD: OpenGraph's article namespace and
# schema.org's microdata ("<meta property="article:published_time" content="2023-11-26T19:30:00+02:00">").
_META_PUBLISHED_NAMES = r"(?:article:published_time|og:published_time|datePublished)"
_META_PUBLISHED_RE = re.compile(
    rf"<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*[\"']{_META_PUBLISHED_NAMES}[\"'][^>]*?content\s*=\s*[\"']([^\"'<>]+)"
    rf"|<meta\s[^>]*?content\s*=\s*[\"']([^\"'<>]+)[\"'][^>]*?(?:property|name|itemprop)\s*=\s*[\"']{_META_PUBLISHED_NAMES}[\"']",
    re.IGNORECASE,
)


def _meta_date_published(html: str) -> str | None:
    found = _META_PUBLISHED_RE.search(html)
    return (found[1] or found[2]) if found else None


def _json_ld_items(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD block: itself, its list, or its ``@graph``."""
    items = data if isinstance(data, list) else [data]
    found: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            found += [node for node in graph if isinstance(node, dict)] if isinstance(graph, list) else []
    return found


def _extensive_date(html: str, url: str | None) -> datetime | None:
    from htmldate import find_date

    return _unless_year_only(_day(find_date(html, url=url, original_date=True, extensive_search=True)), url)


def _unless_year_only(day: datetime | None, url: str | None) -> datetime | None:
    """None for htmldate's January 1st, unless the URL says so too: htmldate reads a lone year ("©
    2013") as that day, and on its own evaluation pages 8 of the 10 such days were wrong."""
    if day is None or (day.month, day.day) != (1, 1) or _day(_url_date(url)) == day:
        return day
    return None


def _day(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.strptime(text[:10], "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None
