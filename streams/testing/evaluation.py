"""Side-by-side evaluations of the parser against established tools, on the corpora in ../shared.

Each function returns the scores of newsstream and of the baseline measured in the same run, so
that the quality-gate tests and the benchmark print the same figures.
"""

from __future__ import annotations

import gzip
import itertools
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from streams.core import Article, ParseOptions, parse_article
from streams.core.text.normalize import clean_lines, clean_text, fold
from streams.testing.metrics import token_f1
from streams.testing.render import (
    ARABIC_SITE_KIT,
    SITE_CHROME,
    RenderedArticle,
    SiteKit,
    load_saudinewsnet,
    render,
    with_site_chrome,
)


@dataclass
class Scores:
    count: int = 0
    titles: int = 0
    dates: int = 0
    f1_sum: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def title_accuracy(self) -> float:
        return self.titles / self.count if self.count else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates / self.count if self.count else 0.0

    @property
    def body_f1(self) -> float:
        return self.f1_sum / self.count if self.count else 0.0

    def summary(self) -> dict[str, float]:
        return {"articles": self.count, "title_exact": round(self.title_accuracy, 4),
                "date_accuracy": round(self.date_accuracy, 4), "body_token_f1": round(self.body_f1, 4),
                **{k: round(v, 4) for k, v in self.extra.items()}}  # fmt: skip


def _envelope(html: bytes, url: str) -> bytes:
    return orjson.dumps({"html": html.decode("utf-8", errors="replace"), "url": url})


# --- fundus: per-publisher ground truth ---------------------------------------------------------


def fundus_pages(root: Path) -> Iterator[tuple[str, bytes, dict[str, Any]]]:
    """(url, html, truth) for each fundus page whose truth matches its crawl."""
    for line in (root / "index.jsonl").read_bytes().splitlines():
        row = orjson.loads(line)
        truth = orjson.loads((root / row["gt_file"]).read_bytes())[row["gt_version_guess"]]
        yield row["url"], gzip.decompress((root / row["html"]).read_bytes()), truth


def fundus_body(truth: dict[str, Any]) -> str:
    body = truth.get("body") or {}
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return "\n".join(parts)


def same_title(found: str | None, truth: str) -> bool:
    """Equal once spacing is: fundus keeps the page's no-break and ideographic spaces, soft hyphens and
    zero-width spaces ("Babiš a\xa0Hrad"), which no reader sees and clean text does not keep."""
    return _spacing_erased(found or "") == _spacing_erased(truth)


def _spacing_erased(text: str) -> str:
    return " ".join(clean_text(text.replace("\xad", "")).split())


def evaluate_fundus(root: Path) -> tuple[Scores, Scores]:
    """newsstream vs trafilatura (bare_extraction with metadata) on every fundus page."""
    import trafilatura

    ours, theirs = Scores(extra={"author_recall": 0.0}), Scores(extra={"author_recall": 0.0})
    authors_total = 0
    for url, html, truth in fundus_pages(root):
        authors = {a.casefold() for a in truth.get("authors") or []}
        authors_total += len(authors)
        title, date, body = (
            (truth.get("title") or "").strip(),
            (truth.get("publishing_date") or "")[:10],
            fundus_body(truth),
        )
        outcome = parse_article(_envelope(html, url))
        ours.count += 1
        if isinstance(outcome, Article):
            ours.titles += same_title(outcome.title, title)
            ours.dates += _same_publication(outcome, truth.get("publishing_date") or "")
            ours.f1_sum += token_f1(outcome.body, body)
            ours.extra["author_recall"] += len(authors & {s.casefold() for s in outcome.sources})
        document: Any = trafilatura.bare_extraction(html.decode("utf-8", errors="replace"), url=url, with_metadata=True)
        theirs.count += 1
        if document is not None:
            theirs.titles += same_title(document.title, title)
            theirs.dates += bool(date) and document.date == date
            theirs.f1_sum += token_f1(document.text or "", body)
            theirs.extra["author_recall"] += len(
                authors & {a.strip().casefold() for a in (document.author or "").split(";")}
            )
    for scores in (ours, theirs):  # the share of the pages' credited authors named, as written
        scores.extra["author_recall"] /= max(1, authors_total)
    return ours, theirs


def _same_publication(outcome: Article, truth: str) -> bool:
    """Our date against fundus's ``publishing_date`` ("2023-11-07 02:00:00-05:00"): the same minute
    when both state an instant, else the same day of the publisher's calendar."""
    if not truth or outcome.published_at is None:
        return False
    try:
        stated: datetime | None = datetime.fromisoformat(truth)
    except ValueError:
        stated = None
    if outcome.published_at_precision != "day" and stated is not None and stated.tzinfo is not None:
        return abs(outcome.published_at - stated) < timedelta(minutes=1)
    return truth[:10] in _publisher_days(outcome)


_STAMPED_DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")
_UTC_STAMP_RE = re.compile(r"(?:Z|[+-]00:?00)$")
_EARLIEST_ZONE, _LATEST_ZONE = timedelta(hours=-12), timedelta(hours=14)


def _publisher_days(outcome: Article) -> set[str]:
    """The calendar days the publisher may call the publication's: the day of the page's own timestamp
    ("2023-11-07T02:00:00-05:00" is the 7th in New York, whatever UTC says); for an instant stamped in
    UTC, any day it falls on in some time zone (the newsroom's is not said); else the record's day."""
    written, value = (outcome.published_at_text or "").strip(), outcome.published_at
    if value is None:
        return set()
    if _STAMPED_DAY_RE.match(written) and _UTC_STAMP_RE.search(written):
        first, last = (value + _EARLIEST_ZONE).date(), (value + _LATEST_ZONE).date()
        return {(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)}
    if _STAMPED_DAY_RE.match(written):
        return {written[:10]}
    return {value.date().isoformat()}


# --- htmldate: true publication dates ------------------------------------------------------------


def evaluate_htmldate(root: Path, every: int = 1) -> tuple[Scores, Scores]:
    """newsstream vs htmldate's find_date (its defaults) on the htmldate evaluation pages."""
    from htmldate import find_date

    ours, theirs = Scores(), Scores()
    for name in ("eval_mediacloud_2020_with_paths.json", "eval_default_with_paths.json"):
        # json, not orjson: these files hold NaN, which strict JSON parsers refuse
        cases = list(json.loads((root / name).read_text(encoding="utf-8")).items())
        for url, case in cases[:: every if name.startswith("eval_default") else 1]:
            html = gzip.decompress((root / case["html_gz"]).read_bytes())
            outcome = parse_article(_envelope(html, url))
            ours.count += 1
            ours.dates += isinstance(outcome, Article) and case["date"] in _publisher_days(outcome)
            theirs.count += 1
            theirs.dates += find_date(html.decode("utf-8", errors="replace"), url=url) == case["date"]
    return ours, theirs


# --- SaudiNewsNet rendered into raw scraped text ---------------------------------------------------


def rendered_saudinewsnet(path: Path, seed: int = 7, limit: int | None = None) -> list[RenderedArticle]:
    articles = load_saudinewsnet(str(path), limit)
    rng = random.Random(seed)
    rendered = []
    for index, article in enumerate(articles):
        others = articles[max(0, index - 10) : index] + articles[index + 1 : index + 11]
        rendered.append(render(article, others, rng))
    return rendered


def _expected_instant(case: RenderedArticle) -> datetime | None:
    if not case.dateline_written:
        return None
    if case.precision == "day":
        return case.published.replace(hour=0, minute=0, second=0, microsecond=0)
    if case.precision == "minute":
        return case.published.replace(second=0, microsecond=0)
    return case.published.replace(microsecond=0)


def evaluate_rendered(cases: list[RenderedArticle]) -> Scores:
    """Titles, dates, bodies, leaks, credits and tags on rendered raw texts with known truth."""
    scores = Scores(extra={"leaks": 0, "rejected": 0, "sources_exact": 0.0, "separated_tags_exact": 0.0})
    separated = 0
    for case in cases:
        outcome = parse_article(case.raw.encode("utf-8"))
        scores.count += 1
        if not isinstance(outcome, Article):
            scores.extra["rejected"] += 1
            continue
        scores.titles += outcome.title == clean_text(case.title).strip()
        scores.dates += outcome.published_at == _expected_instant(case)
        scores.f1_sum += token_f1(outcome.body, "\n".join(case.paragraphs))
        body = fold(outcome.body)
        scores.extra["leaks"] += any(len(p.split()) >= 8 and fold(p)[:80] in body for p in case.foreign_text)
        scores.extra["sources_exact"] += outcome.sources == case.sources
        if case.tags and case.tags_separated:
            separated += 1
            scores.extra["separated_tags_exact"] += outcome.tags == case.tags
    scores.extra["sources_exact"] /= max(1, scores.count)
    scores.extra["separated_tags_exact"] /= max(1, separated)
    return scores


def site_chrome_changes(
    pages: list[tuple[str, str]], seed: int = 11, kit: SiteKit = ARABIC_SITE_KIT
) -> dict[str, tuple[int, int]]:
    """Per kind of the site's chrome (``SITE_CHROME``): (pages, pages whose title, date or body the chrome
    changed), each page, given as (raw text, headline), parsed bare and inside the chrome (the headlines of three
    other pages fill a most-read list)."""
    rng = random.Random(seed)
    options = ParseOptions(enrich=False)
    counts = {chrome: [0, 0] for chrome in SITE_CHROME}
    for raw, _headline in pages:
        bare = parse_article(raw.encode("utf-8"), options=options)
        if not isinstance(bare, Article):
            continue
        for chrome in SITE_CHROME:
            headlines = [headline for _, headline in rng.sample(pages, 3)]
            dressed = parse_article(with_site_chrome(raw, chrome, headlines, rng, kit).encode("utf-8"), options=options)
            same = isinstance(dressed, Article) and (dressed.title, dressed.published_at, dressed.body) == (
                bare.title,
                bare.published_at,
                bare.body,
            )
            counts[chrome][0] += 1
            counts[chrome][1] += not same
    return {chrome: (count, changed) for chrome, (count, changed) in counts.items()}


# --- stories glued on without a marker: false alarms on single articles ------------------------------


def glued_story_false_alarms(articles: Iterator[tuple[str, str]]) -> tuple[int, int]:
    """(articles of three lines or more, articles the scraped-text rules cut short) for single articles
    given as (title, text): every cut is a false alarm of the rule that cuts off a story glued on with no
    read-also marker (the only rule that can cut a page with no marker, credit or tag)."""
    from streams.core.text.sections import split_body, without_furniture

    counted = cut = 0
    for title, text in articles:
        lines = without_furniture(clean_lines(text))
        if len(lines) < 3:
            continue
        counted += 1
        cut += split_body(lines, title or None).paragraphs != split_body(lines, title or None, scraped=False).paragraphs
    return counted, cut


def fundus_articles_as_text(root: Path) -> Iterator[tuple[str, str]]:
    """fundus's true articles written out as scraped text: summary, section headlines and paragraphs."""
    for _url, _html, truth in fundus_pages(root):
        yield (truth.get("title") or "").strip(), fundus_body(truth)


def ant_articles(path: Path, limit: int) -> Iterator[tuple[str, str]]:
    for line in path.read_bytes().splitlines()[:limit]:
        row = orjson.loads(line)
        yield str(row.get("title") or ""), str(row.get("text") or "")


# --- stories appended under a read-also link, and links inside an article ---------------------------


def read_also_pairs(path: Path, pairs: int = 400, seed: int = 4) -> dict[str, tuple[int, int]]:
    """Three counts on SaudiNewsNet pairs, each (cases, failures). ``appended``: an unrelated article, then
    "اقرأ أيضاً:" alone, another article's headline and paragraphs, then a credit line (which may be the
    appended story's or the page's): the appended paragraphs that reach the body. ``glued``: the same with
    neither marker nor credit, the other headline right under the article. ``same_topic``: an article with
    a headline linked in its middle whose title shares three words or more with its own, then the rest of
    the article and its credit: the articles whose rest is cut off."""
    from streams.testing.render import kept_paragraphs, paragraphs_of

    rng = random.Random(seed)
    articles = [a for a in load_saudinewsnet(str(path)) if len(paragraphs_of(a.content)) >= 3]
    titles = [" ".join(a.title.split()) for a in articles]
    words = [{fold(w) for w in t.split() if len(w) > 3} for t in titles]
    leaks = glued = cuts = same = 0
    for _ in range(pairs):
        first, second = rng.sample(range(len(articles)), 2)
        appended = [p for p in paragraphs_of(articles[second].content) if len(p.split()) >= 8][:3]
        article = titles[first], paragraphs_of(articles[first].content), titles[second], appended
        body = _folded_body(*article, "وكالات")
        leaks += any(fold(p)[:60] in body for p in appended)
        body = _folded_body(*article, None)
        glued += any(fold(p)[:60] in body for p in appended)
    everyone = range(len(articles))
    linked = ((i, j) for i in everyone for j in everyone if i != j and len(words[i] & words[j]) >= 3)
    for i, j in itertools.islice(linked, pairs):
        paragraphs = [p for p in paragraphs_of(articles[i].content) if len(p.split()) > 5]
        if len(paragraphs) < 2:
            continue
        same += 1
        at = rng.randint(1, len(paragraphs) - 1)
        body = _folded_body(titles[i], paragraphs[:at], titles[j], paragraphs[at:], "واس")
        cuts += any(fold(p)[:60] not in body for p in kept_paragraphs(paragraphs[at:]))
    return {"appended": (pairs, leaks), "glued": (pairs, glued), "same_topic": (same, cuts)}


def _folded_body(title: str, before: list[str], linked: str, after: list[str], credit: str | None) -> str:
    """The folded body parsed from a page: headline, dateline, paragraphs, a lone read-also marker and the
    linked headline, more paragraphs, a credit line ("" when the page is rejected). With no credit, no
    marker either: the other headline glued right under the paragraphs."""
    marked = ["اقرأ أيضاً:", linked, *after, f"المصدر: {credit}"] if credit is not None else [linked, *after]
    lines = [title, "2 نوفمبر 2023", *before, *marked]
    outcome = parse_article("\n".join(lines).encode())
    return fold(outcome.body) if isinstance(outcome, Article) else ""
