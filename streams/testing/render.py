"""Render clean articles into raw scraped text, with the truth kept beside it.

Real scraped pages vary in dateline labels and formats, credit and tag lines, read-also markers
(glued, with or without colon) and the unrelated articles appended after them (field notes §1).
This generator reproduces that family from clean articles (SaudiNewsNet in the tests and the
benchmark) so that the parser can be scored against known answers. Seeded: the same seed renders
the same texts.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from streams.core.text.normalize import WORD_RE


@dataclass(frozen=True, slots=True)
class CleanArticle:
    title: str
    content: str
    published: datetime  # UTC
    source: str = ""


@dataclass(frozen=True, slots=True)
class RenderedArticle:
    raw: str
    title: str
    published: datetime
    precision: str
    dateline_written: bool
    paragraphs: tuple[str, ...]
    sources: tuple[str, ...]
    tags: tuple[str, ...]
    tags_separated: bool  # joined by commas or dashes, not by bare spaces
    related_titles: tuple[str, ...]
    foreign_text: tuple[str, ...]  # appended paragraphs that must never reach the body


_AR_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
_LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
              "تشرين الثاني", "كانون الأول"]  # fmt: skip
_MAGHREBI = [
    "جانفي",
    "فيفري",
    "مارس",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
_MOROCCAN = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
]
_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
                 "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]  # fmt: skip
_WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
_DATE_LABELS = [
    "تاريخ النشر: ",
    "تاريخ النشر : ",
    "نشر في ",
    "نُشر في: ",
    "نشر بتاريخ ",
    "نُشر بتاريخ: ",
    "التاريخ: ",
    "تم النشر في: ",
    "بتاريخ ",
    "تاريخ النشر - ",
    "",
]
_CREDIT_LABELS = ["المصدر: ", "المصدر : ", "المصدر:", "مصدر الخبر: ", "المصدر - ", "المصدر:- ", "المصدر/ ", "المصدر | ",
                  "مصدر: ", "المصدر، ", "المصدر "]  # fmt: skip
_AGENCIES = ["واس", "وكالة الأنباء السعودية", "رويترز", "فرانس برس", "وكالات", "RT Arabic", "سكاي نيوز عربية", "د ب أ",
             "أ ف ب", "الأناضول"]  # fmt: skip
_TAG_LABELS = ["كلمات دلالية: ", "كلمات دلالية ", "الوسوم: ", "كلمات مفتاحية: ", "الكلمات الدلالية: ", "وسوم: ", "الوسم: ",
               "كلمات دالة: ", "كلمات مفتاحية - ", "العلامات: ", "كلمات البحث: "]  # fmt: skip
_TAG_JOINERS = [" ", " ", "، ", ", ", " - ", " | ", " / ", "؛ "]
_MARKERS = ["إقرأ أيضاً", "اقرأ أيضاً", "اقرأ أيضًا", "اقرأ أيضا", "اقرا ايضا", "إقرأ ايضاً", "شاهد أيضاً", "اقرأ كذلك",
            "طالع أيضا", "اقرأ المزيد"]  # fmt: skip
_BLOCK_MARKERS = ["مواضيع ذات صلة", "أخبار ذات صلة", "قد يهمك أيضاً", "أخبار متعلقة", "مقالات ذات صلة", "المزيد من الأخبار",
                  "اخترنا لك"]  # fmt: skip
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_SENTENCE_RE = re.compile(r"(?<=[.!؟?])\s+")


_SPA_DATELINE_RE = re.compile(r"^[^.!?؟\n]{0,80}\d{4}\s*م?\s+واس\s*$")
_SPA_OPENING_RE = re.compile(r"^\s*واس\s*[-–—]")
_SABQ_OPENING_RE = re.compile(r"^(?:[^.!?؟:\n]{0,80}?[-–—]\s*)?سبق\s*(?:[-–—]|:)")
# Or on the outlet or the writer and where from: "عين اليوم – الرياض", "منيف الشهراني – الرياض", "الرياضي ـ جدة".
_PLACED_OPENING_RE = re.compile(
    r"^\s*(?P<who>[\u0621-\u064a ]{2,30}?)\s*[-–—ـ]\s*(?P<where>[^\s.!?؟:\d\n-]{2,20}(?: [^\s.!?؟:\d\n-]{2,20})?)\s*$"
)  # (a town of two words too: "عين اليوم – المدينة المنورة")
# Reuters' Arabic copy opens on its place, day and name: "سان فرانسيسكو 20 يوليو تموز (رويترز) -".
_REUTERS_OPENING_RE = re.compile(r"^[^()\n]{2,80}\((?P<agency>رويترز)\)\s*[-–—]")
_AIN_ALYOUM = "عين اليوم"
# Ain Alyoum's copy opens on a line of the outlet or the writer and "compiled": "عين اليوم – متابعات".
_COMPILED_OPENING_RE = re.compile(r"^\s*(?P<who>[^.!?؟:\d\n]{2,30}?)\s*[-–—]\s*متابعات\s*$")
# What SaudiNewsNet keeps of SPA's copy that is not the article: its dateline, its end mark and its
# filing time with the editor's initials ("// انتهى //", "18:07 ت م").
_AGENCY_MARK_RE = re.compile(rf"{_SPA_DATELINE_RE.pattern}|^/+\s*انتهى\s*/+$|^\d{{1,2}}:\d{{2}}(?:\s+\w{{1,2}}){{2,4}}$")

# And what Al-Weeam's pages end on: the link to the story, naming the paper ("رابط الخبر بصحيفة الوئام: …"), a
# credit; and a column's list of the writer's other columns ("مقالات أخرى للكاتب…"), its headlines glued on.
# (The link may close the last paragraph's line: "… في أفغانستان. رابط الخبر بصحيفة الوئام: …".)
_STORY_LINK_RE = re.compile(r"(?:^|\s)رابط الخبر ب(?P<paper>صحيفة [^:]+?)\s*:.*$")
_WRITERS_COLUMNS_RE = re.compile(r"(?:^|\s)مقالات أخرى للكاتب.*$")
# Ain Alyoum's photo gallery leaves its buttons before the article's first line: "Next Previous عين اليوم - جدة".
_GALLERY_BUTTONS_RE = re.compile(r"^Next Previous\s*")


def _credited_by_its_opening(first: str) -> tuple[tuple[str, ...], bool]:
    """What an article's own first line credits, and whether the line is that credit alone (no paragraph of
    the article then). Sabq's copy opens "بدر الجبل –سبق- تبوك:", or "سبق- وكالات:" for the agencies' stories;
    Ain Alyoum's "عين اليوم – متابعات", "عين اليوم – الرياض" or "نايف عبدالله – عين اليوم" (a line of its own);
    Reuters' "… (رويترز) -";
    SPA's opens on its dateline ("أبها 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس") or "واس- الرياض:"."""
    first = _GALLERY_BUTTONS_RE.sub("", first)
    if opening := _SABQ_OPENING_RE.match(first):
        then = first[opening.end() :].split(":", 1)[0].strip(" -–—")  # a place, or the wires it compiled from
        return (("سبق", then) if then in ("وكالات", "متابعات") else ("سبق",)), False
    if compiled := _COMPILED_OPENING_RE.match(first):
        return (compiled["who"], "متابعات"), True
    placed = _PLACED_OPENING_RE.match(first)
    if placed and placed["where"] == _AIN_ALYOUM:
        return (placed["who"], _AIN_ALYOUM), True  # its writer, then the outlet: "نايف عبدالله – عين اليوم"
    if placed:
        return (placed["who"],), True  # where from: "الرياض", "مكة المكرمة", "ليل الفرنسية"
    if wire := _REUTERS_OPENING_RE.match(first):
        return (wire["agency"],), False
    return (("واس",) if _SPA_DATELINE_RE.match(first) or _SPA_OPENING_RE.match(first) else ()), False


def kept_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs a parser keeps in the body: without the story's link, the writer's list of columns, a
    gallery's buttons and SPA's dateline and foot marks (credits and furniture, not the article)."""
    cleaned = (_WRITERS_COLUMNS_RE.sub("", _STORY_LINK_RE.sub("", _GALLERY_BUTTONS_RE.sub("", p))) for p in paragraphs)
    return [p for p in cleaned if p and not _AGENCY_MARK_RE.match(p)]


def paragraphs_of(content: str) -> list[str]:
    """The article's paragraphs: its own line breaks, else groups of about three sentences."""
    lines = [" ".join(line.split()) for line in content.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) > 1:
        return lines
    sentences = _SENTENCE_RE.split(lines[0]) if lines else []
    return [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]


def render(article: CleanArticle, others: Sequence[CleanArticle], rng: random.Random) -> RenderedArticle:
    """One raw text for ``article``; ``others`` supply read-also headlines and appended articles."""
    title = " ".join(article.title.split())
    paragraphs = paragraphs_of(article.content)
    lines = [title]
    dateline, published, precision = _dateline(article.published, rng)
    # With no dateline rendered, SPA's copy still states its day on its first line (SaudiNewsNet's date is that day).
    dated_by_agency = not dateline and bool(paragraphs) and _SPA_DATELINE_RE.match(paragraphs[0]) is not None
    if dated_by_agency:
        published, precision = published.replace(hour=0, minute=0, second=0, microsecond=0), "day"
    if dateline:
        lines.append(dateline)
    related_titles: list[str] = []
    body_lines = list(paragraphs)
    if len(body_lines) >= 3 and rng.random() < 0.15:  # a read-also link in the middle of the article
        other = rng.choice(others)
        other_title = " ".join(other.title.split())
        body_lines.insert(rng.randint(1, len(body_lines) - 1), f"{rng.choice(_MARKERS)}: {other_title}")
        related_titles.append(other_title)
    lines.extend(body_lines)
    credited = tuple(rng.sample(_AGENCIES, rng.choice([0, 1, 1, 2])))
    lines.extend(f"{rng.choice(_CREDIT_LABELS)}{s}" for s in credited)
    own, opening_alone = _credited_by_its_opening(paragraphs[0]) if paragraphs else ((), False)
    linked = tuple(link["paper"] for p in paragraphs if (link := _STORY_LINK_RE.search(p)))
    sources = tuple(dict.fromkeys((*own, *linked, *credited)))  # the article's own credits first, as the page has them
    tags = _tags(title, paragraphs, rng)
    joiner = rng.choice(_TAG_JOINERS)
    if tags:
        lines.append(rng.choice(_TAG_LABELS) + joiner.join(tags))
    foreign: list[str] = []
    tail, tail_titles, foreign = _tail(others, rng)
    lines.extend(tail)
    related_titles.extend(tail_titles)
    return RenderedArticle(
        raw="\n".join(lines) + "\n",
        title=title,
        published=published,
        precision=precision,
        dateline_written=bool(dateline) or dated_by_agency,
        paragraphs=tuple(kept_paragraphs(paragraphs[1:] if opening_alone else paragraphs)),
        sources=sources,
        tags=tags,
        tags_separated=joiner.strip() != "",
        related_titles=tuple(related_titles),
        foreign_text=tuple(foreign),
    )


# The site's own lines a scraper copies around the article: its name, its sections, its menu, its feet.
@dataclass(frozen=True, slots=True)
class SiteKit:
    sites: tuple[str, ...]
    sections: tuple[str, ...]
    home: str
    share: tuple[str, ...]  # the share buttons, one a line
    follow: str  # "{site}" stands for the site's name
    most_read: str
    copyright: str
    staff: str  # the newsroom's byline under the headline, "{site}" for the name; "" to say the name again
    bylines: tuple[str, ...]  # a writer's, labelled as the site labels it


ARABIC_SITE_KIT = SiteKit(
    sites=("صحيفة سبق الإلكترونية", "العين الإخبارية", "السومرية نيوز", "عكاظ", "الشرق الأوسط", "اليوم السابع", "عمون",
           "هسبريس", "روسيا اليوم", "الجزيرة نت", "سكاي نيوز عربية", "مصراوي", "بوابة الأهرام", "القدس العربي",
           "إرم نيوز"),
    sections=("أخبار", "سياسة", "اقتصاد", "محليات", "عربي ودولي", "رياضة", "منوعات", "السعودية"),
    home="الرئيسية",
    share=("شارك", "فيسبوك", "تويتر", "واتساب"),
    follow="تابعونا على تويتر",
    most_read="الأكثر قراءة",
    copyright="© 2015 {site}. جميع الحقوق محفوظة",
    staff="",
    bylines=("كتب: محمد العلي", "بقلم: د. سامي الحربي", "الرياض - محمد العلي", "كتبت: نورة السالم",
             "متابعة: فهد الدوسري", "تقرير: خالد المطيري", "حوار: سارة الأحمد"),
)  # fmt: skip
ENGLISH_SITE_KIT = SiteKit(
    sites=("The Guardian", "Middle East Eye", "Arab News", "Khaleej Times", "The National", "Le Monde", "France 24",
           "Al-Monitor", "Daily Sabah", "Gulf News"),
    sections=("World", "Business", "Sport", "Politics", "Opinion", "Middle East", "Saudi Arabia"),
    home="Home",
    share=("Share", "Facebook", "Twitter", "WhatsApp"),
    follow="Follow {site} on X",
    most_read="Most read",
    copyright="© 2024 {site}. All rights reserved.",
    staff="{site} staff",
    bylines=("By Jane Smith", "By Ahmed Al-Omran and Sarah Dadouch", "Par Jean Dupont", "By Nadine Awadalla, Reuters"),
)  # fmt: skip
SITE_CHROME = ("site", "site+section", "section", "site+repeat", "menu", "byline", "foot", "foot+list")


def with_site_chrome(
    raw: str, chrome: str, more_headlines: Sequence[str], rng: random.Random, kit: SiteKit = ARABIC_SITE_KIT
) -> str:
    """``raw`` inside the site's lines that ``chrome`` names (one of ``SITE_CHROME``): its name above the headline,
    with its section, said again below the headline (or its newsroom's byline there), its menu, a writer's byline
    under the headline, or its feet (share buttons, follow prompts, a list of its most read headlines, its
    copyright). None of them is the article's text."""
    lines = raw.rstrip("\n").split("\n")
    site, section = rng.choice(kit.sites), rng.choice(kit.sections)
    signed = kit.staff.format(site=site) if kit.staff else site
    chromed = {
        "site": [site, *lines],
        "site+section": [site, section, *lines],
        "section": [section, *lines],
        "site+repeat": [site, lines[0], signed, *lines[1:]],
        "menu": [kit.home, *rng.sample(kit.sections, 4), *lines],
        "byline": [lines[0], rng.choice(kit.bylines), *lines[1:]],
        "foot": [*lines, *kit.share, kit.copyright.format(site=site)],
        "foot+list": [*lines, kit.follow.format(site=site), kit.most_read, *more_headlines, kit.copyright.format(site=site)],
    }[chrome]
    return "\n".join(chromed) + "\n"


def _dateline(moment: datetime, rng: random.Random) -> tuple[str, datetime, str]:
    """A dateline in one of the family's shapes, and the instant and precision it states."""
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    d, m, y = moment.day, moment.month, moment.year
    shape = rng.randrange(12)
    label = rng.choice(_DATE_LABELS)
    hhmm = f"{(moment.hour % 12) or 12:02d}:{moment.minute:02d} {'ص' if moment.hour < 12 else 'م'}"
    minute = moment.replace(second=0, microsecond=0)
    if shape == 0:
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th")
        return f"{label}{d}{suffix}, {_EN_MONTHS[m - 1]} {y} GMT", day, "day"
    if shape == 1:
        return f"{label}{f'{d} {_AR_MONTHS[m - 1]} {y}'.translate(_ARABIC_INDIC)}", day, "day"
    if shape == 2:
        return f"{label}{d:02d}/{m:02d}/{y} {hhmm}", minute, "minute"
    if shape == 3:
        return f"{label}{_WEEKDAYS[moment.weekday()]} {d} {_AR_MONTHS[m - 1]} {y}", day, "day"
    if shape == 4:
        return f"{label}{d} {_LEVANTINE[m - 1]} {y}", day, "day"
    if shape == 5:
        months = rng.choice([_MAGHREBI, _MOROCCAN])
        return f"{label}{d} {months[m - 1]} {y}", day, "day"
    if shape == 6:
        return f"{label}{d} {_AR_MONTHS[m - 1]}/{_LEVANTINE[m - 1]} {y} - {hhmm}", minute, "minute"
    if shape == 7:
        return f"{label}{_hijri_text(moment)}", day, "day"
    if shape == 8:
        local = moment.astimezone(timezone(timedelta(hours=3))).replace(microsecond=0)
        return f"{label}{local.isoformat()}", moment.replace(microsecond=0), "second"
    if shape == 9:
        return (
            f"{label}{_WEEKDAYS[moment.weekday()]}، {d:02d}-{m:02d}-{y}".translate(_ARABIC_INDIC),
            day,
            "day",
        )
    if shape == 10:
        return (
            f"{label}{_WEEKDAYS[moment.weekday()]} {_hijri_text(moment)} الموافق {d} {_AR_MONTHS[m - 1]} {y}",
            day,
            "day",
        )
    return "", moment, "none"


def _hijri_text(moment: datetime) -> str:
    from hijridate import Gregorian

    hijri = Gregorian(moment.year, moment.month, moment.day).to_hijri()
    return f"{hijri.day} {_HIJRI_MONTHS[hijri.month - 1]} {hijri.year} هـ"


def _tags(title: str, paragraphs: list[str], rng: random.Random) -> tuple[str, ...]:
    """Two to five phrases of the article itself, as publishers tag what they name."""
    if rng.random() < 0.25:
        return ()
    words = WORD_RE.findall(" ".join(paragraphs[:2]) + " " + title)
    candidates = [w for w in words if len(w) > 3 and not w.isdigit()]
    tags: list[str] = []
    for _ in range(rng.randint(2, 5)):
        if not candidates:
            break
        start = rng.randrange(len(candidates))
        size = rng.choice([1, 1, 2, 2, 3])
        phrase = " ".join(words[words.index(candidates[start]) :][:size])
        if phrase not in tags and all(phrase not in t and t not in phrase for t in tags):
            tags.append(phrase)
    return tuple(tags)


def _tail(others: Sequence[CleanArticle], rng: random.Random) -> tuple[list[str], list[str], list[str]]:
    """A read-also tail: lines, the related titles it names, and appended paragraphs."""
    kind = rng.randrange(5)
    if kind == 0 or not others:
        return [], [], []
    picks = [rng.choice(others) for _ in range(4)]
    titles = [" ".join(p.title.split()) for p in picks]
    marker = rng.choice(_MARKERS)
    colon = rng.choice([":", ": ", " :", ""])
    lines: list[str] = []
    foreign: list[str] = []
    if kind in (1, 2):  # a marker alone, then a whole appended article
        appended = paragraphs_of(picks[0].content)[:4]
        lines += [f"{marker}{colon}".strip(), titles[0], *appended]
        foreign += appended
        titles_used = [titles[0]]
        if kind == 2:  # then glued headlines, as in the seed
            lines.append(f"{rng.choice(_MARKERS)}{titles[1]}")
            lines += titles[2:]
            titles_used += titles[1:]
        return lines, titles_used, foreign
    if kind == 3:  # a block of headlines under a heading
        lines += [rng.choice(_BLOCK_MARKERS), *titles[:3]]
        return lines, titles[:3], []
    glue = rng.choice(["", " ", ": "])  # markers glued to their headlines, one per line
    lines += [f"{rng.choice(_MARKERS)}{glue}{t}" for t in titles[:2]]
    return lines, titles[:2], []


def load_saudinewsnet(path: str, limit: int | None = None) -> list[CleanArticle]:
    """Articles of the SaudiNewsNet sample (``../shared/corpora/saudinewsnet/articles.dev.jsonl``)."""
    import orjson

    articles = []
    with open(path, "rb") as handle:
        for line in handle:
            row = orjson.loads(line)
            if not row.get("title", "").strip() or len(row.get("content", "").split()) < 20:
                continue
            published = datetime.strptime(row["date_extracted"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
            articles.append(CleanArticle(row["title"], row["content"], published, row.get("source", "")))
            if limit is not None and len(articles) >= limit:
                break
    return articles
