"""HTML pages -> title, date and text lines, with trafilatura and htmldate.

trafilatura is the strongest general body extractor on public benchmarks (field notes §2) but it
keeps read-also blocks, appended articles, credits and tags in the text: the caller runs the same
cleanup on its lines as on scraped text.

The publication date is looked for from cheapest to dearest: htmldate on the markup (through
trafilatura, original date rather than last modification, without its "extensive search"); then a
dateline in the first lines of the text, read by the same fast parser as scraped text; only then
htmldate's extensive search, which ends in dateparser without a language hint and costs tens of
milliseconds a page (field notes §3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from streams.core.text.normalize import clean_lines
from streams.core.text.sections import Dateline, split_head

_MARKUP_DATE = {"original_date": True, "extensive_search": False}
_TAG_SEPARATORS = re.compile(r"[,،;؛]")
_DATELINE_SEARCH_LINES = 6


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    title: str | None
    published: datetime | None  # from the markup, day precision
    dateline: Dateline | None  # from the text, when the markup had no date
    lines: tuple[str, ...]
    sitename: str | None
    tags: tuple[str, ...]


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
    lines = tuple(clean_lines(document.text))
    published = _day(document.date)
    dateline = None
    if published is None:
        dateline = split_head(list(lines[:_DATELINE_SEARCH_LINES])).dateline
        if dateline is None:
            published = _extensive_date(html, url)
    return HtmlExtract(
        title=document.title or None,
        published=published,
        dateline=dateline,
        lines=lines,
        sitename=document.sitename or None,
        tags=_tags(document.tags),
    )


def _tags(found: list[str] | str | None) -> tuple[str, ...]:
    """The page's tags one by one: trafilatura hands a keywords meta over as one comma-joined string
    ("Venezuela,Donald Trump,Nike"), which would become one long tag and one long keyword."""
    values = [found] if isinstance(found, str) else found or []
    parts = (part.strip() for value in values if value for part in _TAG_SEPARATORS.split(value))
    return tuple(dict.fromkeys(part for part in parts if part))


def _extensive_date(html: str, url: str | None) -> datetime | None:
    from htmldate import find_date

    return _day(find_date(html, url=url, original_date=True, extensive_search=True))


def _day(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.strptime(text[:10], "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None
