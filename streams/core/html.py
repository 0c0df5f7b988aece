"""HTML pages -> title, date and text lines, with trafilatura and htmldate.

trafilatura is the strongest general body extractor on public benchmarks (field notes §2) but it
keeps read-also blocks, appended articles, credits and tags in the text: the caller runs the same
cleanup on its lines as on scraped text. Dates come from htmldate (which trafilatura itself uses),
asked for the original publication date rather than the last modification.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from streams.core.text.normalize import clean_lines


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    title: str | None
    published: datetime | None
    lines: tuple[str, ...]
    sitename: str | None
    tags: tuple[str, ...]


def extract_html(html: str, url: str | None) -> HtmlExtract | None:
    """None when the page holds no extractable text."""
    import trafilatura  # imported lazily: it costs ~0.5 s and text-only deployments never need it
    from htmldate import find_date

    document: Any = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    if document is None or not document.text:
        return None
    found = find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
    published = datetime.strptime(found, "%Y-%m-%d").replace(tzinfo=UTC) if found else None
    tags = tuple(t.strip() for t in (document.tags or []) if t and t.strip())
    return HtmlExtract(
        title=document.title or None,
        published=published,
        lines=tuple(clean_lines(document.text)),
        sitename=document.sitename or None,
        tags=tags,
    )
