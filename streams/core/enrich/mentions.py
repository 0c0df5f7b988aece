"""Dates mentioned in an article's body, resolved to calendar days against its publication date.

Several kinds, each found by compiled patterns:

* complete dates, in every form the dateline parser reads ("2 نوفمبر 2023", "18 ربيع الآخر 1445 هـ");
* day and month without a year ("في 1 نوفمبر", "on November 1"): the year that puts the day
  closest to the reference date, or the nearest past or coming one when the month is said to be
  ("نوفمبر الماضي", "مايو المقبل");
* days written as ordinal words ("الثالث من مارس", "الحادي عشر من سبتمبر 2001"), with their year or
  resolved as above;
* a day of a Hijri month without a year ("في 10 ذي الحجة", "الأول من رمضان الماضي"): the Hijri year
  that puts it closest to the reference, or as the words after it say;
* a day of the month the reference falls in, or of the month after or before it: "في 15 من الشهر
  الجاري", "الـ20 من الشهر المقبل", "العاشر من الشهر الماضي";
* relative days: اليوم / أمس / أمس الأول / غداً / يوم غد / بعد غد / قبل يومين, today / yesterday / tomorrow,
  aujourd'hui / hier / demain, and weekdays — "اليوم الخميس", "أمس الأربعاء", "الإثنين المقبل",
  "الأحد الماضي", "next Monday", "last Sunday", "lundi prochain", or a bare weekday: the coming one
  when its sentence announces it ("سيعقد", "المقرر", "will", "doit"), else the nearest, the past
  one on a near tie.

The reference is the publication day (else the day the message was received). Offsets index the
record's ``body``.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import chain

from streams.core.text.dates import (
    HIJRI_MONTH_NAME,
    MONTH_NAME,
    ORDINAL_DAYS,
    SECOND_MONTH_NAME,
    WEEKDAY,
    WEEKDAY_NUMBER,
    find_dates,
    hijri_month_number,
    hijri_to_gregorian,
    hijri_year_of,
    month_number,
)
from streams.core.text.normalize import alternation, ascii_digits, digit_runs, fold, occurrences, windows_near


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    date: date
    start: int
    end: int


# Day offsets of relative words; "أمس الأول" (the day before yesterday) before "أمس".
_RELATIVE_DAYS: dict[str, int] = {
    "أمس الأول": -2, "أول أمس": -2, "أول من أمس": -2, "بعد غد": 2, "اليوم": 0, "أمس": -1, "الأمس": -1, "البارحة": -1,
    "غدا": 1, "غداً": 1, "today": 0, "yesterday": -1, "tomorrow": 1, "aujourd'hui": 0, "hier": -1, "demain": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2, "avant-hier": -2, "après-demain": 2,
    "الليلة الماضية": -1, "ليلة أمس": -1, "last night": -1, "tonight": 0,  # ("الليلة" alone may be a festival's)
    # (not "الغد" alone: the Jordanian paper, "جيل الغد")
    "يوم غد": 1, "صباح غد": 1, "مساء غد": 1, "صباح الغد": 1, "مساء الغد": 1, "ظهر الغد": 1, "فجر الغد": 1,
    # (not "بعد يومين": "two days after" something, nearly always: "بعد يومين من زيارة الوزير")
    "قبل يومين": -2, "two days ago": -2, "il y a deux jours": -2,
}  # fmt: skip
_RELATIVE_OFFSET = {fold(word): offset for word, offset in _RELATIVE_DAYS.items()}
_RELATIVE = alternation(list(_RELATIVE_DAYS))
# Arabic words after a day or month that say it is the coming one or a past one; a weekday is said feminine too,
# as the day's name is ("الجمعة الماضية", "الأحد المقبلة").
_COMING = ("المقبل", "القادم", "المقبلة", "القادمة")
_GONE = ("الماضي", "المنصرم", "الفائت", "الماضية", "المنصرمة", "الفائتة")
_NEXT = alternation((*_COMING, "next", "prochain"))
_LAST = alternation((*_GONE, "last", "dernier"))
_DAY_WORD = r"(?:(?:يوم|نهار)\s+)?"

_WEEKDAY_RE = re.compile(
    rf"(?<![^\W\d_])(?:(?P<relative>{_RELATIVE})\s+{_DAY_WORD})?(?:(?P<before>{_NEXT}|{_LAST})\s+)?{_DAY_WORD}"
    rf"(?P<weekday>{WEEKDAY})(?:\s+(?P<after>{_NEXT}|{_LAST}))?(?![^\W\d_])",
    re.IGNORECASE,
)
# Pieces of the weekday and relative words: where to look at all, found by plain substring search (a
# scan of the body by a pattern of them cost 0.14 ms an article, more than the patterns beside them).
# "امس"/"أمس" stand for every "أمس"; "احد"/"أحد" open a window in "واحدة" too, which costs little.
_ANCHOR_PIECES = (
    "أمس", "امس", "أحد", "احد", "يوم", "غد", "ثنين", "ثلاثاء", "ربعاء", "خميس", "جمعة", "جمعه", "سبت", "بارحة",
    "ليلة", "ليله",
)  # fmt: skip
_LATIN_LETTER_RE = re.compile("[A-Za-z]")
_LATIN_ANCHOR_PIECES = tuple(
    form
    for piece in ("day", "tomorrow", "night", "hier", "demain", "aujourd", "jours", "lundi", "mardi", "mercredi", "jeudi",
                  "vendredi", "samedi", "dimanche")
    for form in (piece, piece.capitalize(), piece.upper())
)  # fmt: skip
_RELATIVE_RE = re.compile(rf"(?<![^\W\d_])(?P<relative>{_RELATIVE})(?![^\W\d_])", re.IGNORECASE)

# (French says it after the date too: "le 15 novembre dernier", "le 3 mars prochain")
_PAST_WORDS = frozenset((*_GONE, "dernier"))
_PAST_OR_NEXT_RE = re.compile(rf"\s+({'|'.join((*_GONE, *_COMING, 'dernier', 'prochain'))})(?![^\W\d_])")
# "Since" before a day: it has passed ("منذ 15 أبريل", "since April 15", "depuis le 15 avril").
_SINCE_RE = re.compile(r"(?<![^\W\d_])(?:منذ|مذ|since|depuis(?: le)?)\s+(?:يوم\s+|في\s+)?$", re.IGNORECASE)
_SINCE_LOOKBACK = 20

# Days written as ordinal words (``ORDINAL_DAYS``): "الثالث من مارس", "الحادي والعشرين من شهر يونيو 2023".
_ORDINAL_NUMBER = {fold(word): day for word, day in ORDINAL_DAYS.items()} | {fold("أول"): 1, fold("فاتح"): 1}
# And the first of a month, ordinal before it with no "من": "أول مارس المقبل", "اعتبارا من أول يناير 2025", the
# Maghreb's "فاتح يناير".
_FIRST_OF_MONTH_RE = re.compile(
    rf"(?<![^\W\d_])[وب]?(?P<ordinal>أول|اول|فاتح|الفاتح)\s+(?:شهر\s+)?(?P<month>{MONTH_NAME})(?:\s+(?:(?:عام|سنة)\s+)?(?P<year>\d{{4}})(?!\d))?",
    re.IGNORECASE,
)
_OF_MONTH = rf"من\s+(?:شهر\s+)?(?P<month>{MONTH_NAME})"
_OF_MONTH_RE = re.compile(_OF_MONTH, re.IGNORECASE)  # the anchor: "من" is where the engine looks first
_ORDINAL_DAY_RE = re.compile(
    rf"(?<![^\W\d_])(?P<ordinal>{alternation(list(ORDINAL_DAYS))})\s+{_OF_MONTH}"
    r"(?:\s+(?:(?:عام|سنة)\s+)?(?P<year>\d{4})(?!\d))?",
    re.IGNORECASE,
)
_DAY_MONTH_RE = re.compile(
    rf"(?<![\d.])(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:of\s+|من\s+(?:شهر\s+)?)?(?P<month>{MONTH_NAME}){SECOND_MONTH_NAME}"
    rf"|(?P<month2>{MONTH_NAME})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d])",
    re.IGNORECASE,
)


# A day of a Hijri month with no year: "في 10 ذي الحجة", "العاشر من شهر رمضان المقبل" (with its year, the
# dateline's patterns read it: "18 ربيع الآخر 1445 هـ").
_HIJRI_DAY_MONTH_RE = re.compile(
    rf"(?:(?<![\d.])(?P<day>\d{{1,2}})|(?<![^\W\d_])(?P<ordinal>{alternation(list(ORDINAL_DAYS))}))"
    rf"\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{HIJRI_MONTH_NAME})(?![^\W\d_])(?!\s*(?:عام\s+|سنة\s+)?\d)"
)
# Where to look: beside a piece of a month's name, found by plain substring search (a scan of the body by the
# pattern's alternation costs more than the pattern itself near the few places it may match).
_HIJRI_MONTH_CORES = ("محرم", "ربيع", "جماد", "رجب", "شعبان", "رمضان", "شوال", "القعد", "الحج")


# "15 من الشهر الجاري", "الـ20 من الشهر المقبل", "العاشر من الشهر الماضي": which month, from the reference's.
_MONTH_OFFSETS = {
    **dict.fromkeys(("الجاري", "الحالي", "نفسه", "ذاته"), 0),
    **dict.fromkeys(_COMING, 1),
    **dict.fromkeys(_GONE, -1),
}
_MONTH_OFFSET = {fold(word): offset for word, offset in _MONTH_OFFSETS.items()}
_OF_SAID_MONTH_RE = re.compile(
    rf"(?:(?<![\d.])(?:الـ\s?|ال)?(?P<day>\d{{1,2}})|(?<![^\W\d_])(?P<ordinal>{alternation(list(ORDINAL_DAYS))}))"
    rf"\s+(?:من\s+)?(?:هذا\s+)?الشهر\s+(?P<which>{alternation(list(_MONTH_OFFSETS))})(?![^\W\d_])"
)


def mentioned_dates(body: str, reference: date | None) -> list[DateMention]:
    """Dates mentioned in ``body``; relative and year-less ones only when there is a reference day."""
    mentions = [DateMention(body[d.start : d.end], d.value.date(), d.start, d.end) for d in find_dates(body)]
    plain = ascii_digits(body)
    mentions += _ordinal_days(body, plain, reference, mentions)
    if reference is not None:
        mentions += _days_of_said_months(body, plain, reference, mentions)
        mentions += _day_months(body, plain, reference, mentions)
        mentions += _hijri_day_months(body, plain, reference, mentions)
        mentions += _relative(body, reference, mentions)
    ranges = [*_range_openings(body, plain, mentions), *_range_closings(body, plain, mentions)]
    return _joined(body, sorted([*mentions, *ranges], key=lambda m: m.start))


# The first day of a range whose month is written once, after the last: "من 10 إلى 15 نوفمبر",
# "بين 10 و15 نوفمبر", "يومي 24 و25 مارس", "في 15 و16 نوفمبر", "الموافقين 25 و26 فبراير", "from 10 to 15
# November", "du 10 au 15 novembre" (the same month, or the one before).
_RANGE_OPENING_RE = re.compile(
    r"(?:من|بين|يومي|في|الموافق|الموافقين|الموافقة|الموافقتين|from|between|on|du|les)\s+(?P<day>\d{1,2})\s*"
    r"(?:[-–]|إلى|الى|حتى|لغاية|و|to|and|au|et)\s*$",
    re.IGNORECASE,
)
# The last day of a range whose month is written once, before the first: "March 3 to 5", "Nov. 10-12" (not a
# count after it: "March 3 to 5 percent").
_RANGE_CLOSING_RE = re.compile(
    r"\s*(?:[-–]|to|through|thru)\s*(?P<day>\d{1,2})(?![\d:/]|\.\d|\s*(?:%|percent|per cent|million|billion))",
    re.IGNORECASE,
)
_RANGE_LOOKBACK = 30


def _range_openings(body: str, plain: str, mentions: list[DateMention]) -> list[DateMention]:
    found = []
    for mention in mentions:
        if not mention.text[:1].isdigit():
            continue
        opening = _RANGE_OPENING_RE.search(plain, max(0, mention.start - _RANGE_LOOKBACK), mention.start)
        if opening is None or not 1 <= (day := int(opening["day"])) <= 31:
            continue
        start, end = opening.span("day")
        # The written day counts back on either calendar ("من 19 إلى 21 شوال"); into the month before, only a
        # Gregorian one, whose length is known (its written day is its date's).
        text = plain[mention.start : mention.end]
        written = int(text[: len(text) - len(text.lstrip("0123456789"))])  # (the loop took digit-led mentions only)
        if day <= written:
            found.append(DateMention(body[start:end], mention.date - timedelta(days=written - day), start, end))
        elif written == mention.date.day:
            with suppress(ValueError):  # "من 31 إلى 5 ..." after a month of 30 days: no such day
                previous = mention.date.replace(day=1) - timedelta(days=1)
                found.append(DateMention(body[start:end], previous.replace(day=day), start, end))
    return found


def _range_closings(body: str, plain: str, mentions: list[DateMention]) -> list[DateMention]:
    found = []
    for mention in mentions:
        if mention.text[:1].isdigit() or not mention.text[-1:].isdigit():
            continue  # only a month before its day: "March 3"
        closing = _RANGE_CLOSING_RE.match(plain, mention.end)
        if closing is None or (day := int(closing["day"])) <= mention.date.day:
            continue
        with suppress(ValueError):  # "March 30 to 31" of a month of 30 days: no such day
            start, end = closing.span("day")
            found.append(DateMention(body[start:end], mention.date.replace(day=day), start, end))
    return found


# "الخميس 2 نوفمبر", "Thursday, November 2", the date in brackets: "اليوم الأحد (19 تشرين الثاني 2023)"
_BETWEEN_PARTS_RE = re.compile(r"[\s,،]*(?P<bracket>\(\s*)?")


def _joined(body: str, mentions: list[DateMention]) -> list[DateMention]:
    """One mention for one day written in two parts side by side: a weekday and its date. The date
    decides which week: "تنطلق الأحد 5 نوفمبر" in Thursday's paper is the coming Sunday, though a bare
    "الأحد" read alone would be the last."""
    joined: list[DateMention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        between = _BETWEEN_PARTS_RE.fullmatch(body, last.end, mention.start) if last else None
        bracketed = between is not None and between["bracket"] is not None
        if (
            last
            and between
            and (not bracketed or body[mention.end : mention.end + 1] == ")")
            and _names_its_weekday(last, mention)
        ):
            end = mention.end + bracketed  # (with its closing bracket)
            joined[-1] = DateMention(body[last.start : end], mention.date, last.start, end)
        else:
            joined.append(mention)
    return joined


def _names_its_weekday(weekday: DateMention, dated: DateMention) -> bool:
    if weekday.date == dated.date:
        return True
    named = _WEEKDAY_RE.search(weekday.text)
    return named is not None and WEEKDAY_NUMBER[fold(named["weekday"])] == dated.date.weekday()


def _free(start: int, end: int, taken: list[DateMention]) -> bool:
    return not any(start < m.end and m.start < end for m in taken)


def _day_months(body: str, plain: str, reference: date, taken: list[DateMention]) -> list[DateMention]:
    found: list[DateMention] = []
    matches = (
        match
        for low, high in windows_near(plain, [(s, e) for s, e in digit_runs(plain) if e - s <= 2], margin=30)
        for match in _DAY_MONTH_RE.finditer(plain, low, high)
    )
    for match in matches:
        if not _free(match.start(), match.end(), taken + found):
            continue
        month = month_number(match["month"] or match["month2"])
        day = int(match["day"] or match["day2"])
        closest = _closest(reference, month, day, plain, match.start(), match.end()) if month is not None else None
        if closest is not None:
            found.append(DateMention(body[match.start() : match.end()], closest, match.start(), match.end()))
    return found


def _hijri_day_months(body: str, plain: str, reference: date, taken: list[DateMention]) -> list[DateMention]:
    """ "في 10 ذي الحجة": in the Hijri year that puts the day closest to the reference, or the past or the
    coming one when the month is said to be ("رمضان الماضي")."""
    found: list[DateMention] = []
    windows = windows_near(plain, _spans_of(plain, _HIJRI_MONTH_CORES), margin=30)
    for match in (m for low, high in windows for m in _HIJRI_DAY_MONTH_RE.finditer(plain, low, high)):
        day = int(match["day"]) if match["day"] else _ORDINAL_NUMBER.get(fold(match["ordinal"]))
        month = hijri_month_number(match["month"])
        if day is None or month is None or not _free(match.start(), match.end(), taken + found):
            continue
        year = hijri_year_of(reference)
        days = [hijri_to_gregorian(y, month, day) for y in (year - 1, year, year + 1)]
        resolved = _nearest(reference, [d for d in days if d is not None], plain, match.start(), match.end())
        if resolved is not None:
            found.append(DateMention(body[match.start() : match.end()], resolved, match.start(), match.end()))
    return found


def _spans_of(text: str, pieces: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each of ``pieces`` stands in ``text``."""
    return [(at, at + len(piece)) for piece in pieces for at in occurrences(text, piece)]


def _ordinal_days(body: str, plain: str, reference: date | None, taken: list[DateMention]) -> list[DateMention]:
    """ "الثالث من مارس": with its year when one is written, else the one closest to the reference."""
    found: list[DateMention] = []
    windows = windows_near(plain, [m.span() for m in _OF_MONTH_RE.finditer(plain)], margin=30)
    firsts = _FIRST_OF_MONTH_RE.finditer(plain) if "ول " in plain or "فاتح" in plain else ()
    for match in chain((m for low, high in windows for m in _ORDINAL_DAY_RE.finditer(plain, low, high)), firsts):
        month = month_number(match["month"])
        day = _ORDINAL_NUMBER.get(fold(match["ordinal"]))
        if month is None or day is None or not _free(match.start(), match.end(), taken + found):
            continue
        if match["year"] is None:
            resolved = _closest(reference, month, day, plain, match.start(), match.end())
        else:
            resolved = _safe(int(match["year"]), month, day)
        if resolved is not None:
            found.append(DateMention(body[match.start() : match.end()], resolved, match.start(), match.end()))
    return found


def _days_of_said_months(body: str, plain: str, reference: date, taken: list[DateMention]) -> list[DateMention]:
    """ "في 15 من الشهر الجاري": the day of the reference's month, or of the month after or before it."""
    found: list[DateMention] = []
    if "الشهر" not in plain:
        return found  # the word every such mention holds: most bodies are skipped here
    for match in _OF_SAID_MONTH_RE.finditer(plain):
        day = int(match["day"]) if match["day"] else _ORDINAL_NUMBER.get(fold(match["ordinal"]))
        months = reference.year * 12 + reference.month - 1 + _MONTH_OFFSET[fold(match["which"])]
        resolved = _safe(months // 12, months % 12 + 1, day) if day else None
        if resolved is not None and _free(match.start(), match.end(), taken + found):
            found.append(DateMention(body[match.start() : match.end()], resolved, match.start(), match.end()))
    return found


def _closest(reference: date | None, month: int, day: int, plain: str, start: int, end: int) -> date | None:
    """The day and month in the year that puts them closest to ``reference`` (none without one); in
    the past or the future when the month says so ("يونيو الماضي", "مارس المقبل"), in the past after
    "since" ("منذ 15 أبريل")."""
    if reference is None:
        return None
    candidates = [_safe(year, month, day) for year in (reference.year - 1, reference.year, reference.year + 1)]
    return _nearest(reference, [c for c in candidates if c is not None], plain, start, end)


def _nearest(reference: date, dates: list[date], plain: str, start: int, end: int) -> date | None:
    """Of the same day in three years, the one closest to ``reference``: past or coming as the words after
    it say, past after "since"."""
    said = _PAST_OR_NEXT_RE.match(plain, end)
    if said or _SINCE_RE.search(plain, max(0, start - _SINCE_LOOKBACK), start):
        past = said is None or said[1] in _PAST_WORDS
        dates = [d for d in dates if (d <= reference if past else d >= reference)]
    return min(dates, key=lambda d: abs((d - reference).days)) if dates else None


def _relative(body: str, reference: date, taken: list[DateMention]) -> list[DateMention]:
    found: list[DateMention] = []
    windows = windows_near(body, _anchors(body), margin=20)
    for low, high in windows:
        for match in _WEEKDAY_RE.finditer(body, low, high):
            if _free(match.start(), match.end(), taken + found):
                day = _weekday_date(match, reference)
                found.append(DateMention(match.group(), day, match.start(), match.end()))
    for match in (m for low, high in windows for m in _RELATIVE_RE.finditer(body, low, high)):
        if _free(match.start(), match.end(), taken + found) and not _names_another_day(body, match):
            offset = _RELATIVE_OFFSET[fold(match["relative"])]
            found.append(DateMention(match.group(), reference + timedelta(days=offset), match.start(), match.end()))
    return found


def _names_another_day(body: str, match: re.Match[str]) -> bool:
    """Is "اليوم" the day of something else, not today: an ordinal or an occasion after it ("اليوم الأول",
    "اليوم التالي", "اليوم الوطني"), "that", "the same" or "all" before it ("ذلك اليوم", "نفس اليوم", "طوال
    اليوم"), or a paper's name ("عين اليوم", «اليوم», "روسيا اليوم" in quotes: "وزير الخارجية المصري اليوم" is
    today)? Are two days before something said after them ("قبل يومين من الانتخابات")?"""
    if fold(match["relative"]) == _TWO_DAYS_AGO:
        return _BEFORE_SOMETHING_RE.match(body, match.end()) is not None
    if fold(match["relative"]) != _TODAY:
        return False
    after = _NEXT_WORD_RE.match(body, match.end())
    before = _LAST_WORD_RE.search(body, max(0, match.start() - _WORD_REACH), match.start())
    quoted = body[match.end() : match.end() + 1] in _CLOSING_QUOTES
    said = fold(before[1]) if before is not None else ""
    said = said[1:] if said[:1] in "وف" and said[1:] in _NOT_TODAY_BEFORE else said  # "وطوال اليوم"
    named = said in _NOT_TODAY_BEFORE or (quoted and said in _PAPERS_BEFORE)
    return (
        named
        or (after is not None and fold(after[1]) in _DAY_OF_SOMETHING)
        or (quoted and body[match.start() - 1 : match.start()] in _OPENING_QUOTES)
    )


_TODAY = fold("اليوم")
_TWO_DAYS_AGO = fold("قبل يومين")
_BEFORE_SOMETHING_RE = re.compile(r"\s+(?:فقط\s+)?(?:من|على)(?![^\W\d_])")
_DAY_OF_SOMETHING = frozenset(
    fold(w)
    for w in """الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الأخير التالي السابق ذاته نفسه
    الوطني العالمي الدولي الختامي الافتتاحي الموعود المحدد الواحد الكامل""".split()
)
# (and all of a day, any day: "طوال اليوم", "طيلة اليوم", "على مدار اليوم")
_NOT_TODAY_BEFORE = frozenset(fold(w) for w in "ذلك تلك نفس ذات عين أخبار صحيفة جريدة طوال طيلة مدار".split())
_PAPERS_BEFORE = frozenset(fold(w) for w in "المصري روسيا".split())
_NEXT_WORD_RE = re.compile(r"\s*[(«\"“]?([^\W\d_]+)")
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)[»\"”]?\s*[«\"“]?$")
_WORD_REACH = 20
_OPENING_QUOTES = ("«", '"', "“")
_CLOSING_QUOTES = ("»", '"', "”")


def _anchors(body: str) -> list[tuple[int, int]]:
    spans = _spans_of(body, _ANCHOR_PIECES)
    if _LATIN_LETTER_RE.search(body) is not None:
        spans += _spans_of(body, _LATIN_ANCHOR_PIECES)  # as written: "monday", "Monday", "MONDAY"
    return spans


def _weekday_date(match: re.Match[str], reference: date) -> date:
    weekday = WEEKDAY_NUMBER[fold(match["weekday"])]
    direction = fold(match["before"] or match["after"] or "")
    relative = match["relative"]
    if relative:  # "اليوم الخميس", "أمس الأربعاء": the relative word fixes the day ...
        said = reference + timedelta(days=_RELATIVE_OFFSET[fold(relative)])
        # ... and the weekday, when the page's date is not the day it was written: the day of that name a day
        # ahead of it (a zone behind the newsroom's) or the last before (a Sunday night's story dated Monday,
        # a page dated days after it was written).
        back = (said.weekday() - weekday) % 7
        return said + timedelta(days=1 if back == 6 else -back)
    ahead = (weekday - reference.weekday()) % 7
    if direction and re.fullmatch(_NEXT, direction, re.IGNORECASE):
        return reference + timedelta(days=ahead or 7)
    if direction and re.fullmatch(_LAST, direction, re.IGNORECASE):
        return reference - timedelta(days=(reference.weekday() - weekday) % 7 or 7)
    behind = (reference.weekday() - weekday) % 7
    tense = _tense_before(match)
    if tense == "future":
        return reference + timedelta(days=ahead)
    if tense == "past":
        return reference - timedelta(days=behind)  # "struck on Friday" in Thursday's paper: last Friday
    # News mostly reports what happened: on a near tie ("said on Friday" in Tuesday's paper: four days
    # back, three ahead) the past day wins.
    return reference - timedelta(days=behind) if behind <= ahead + 1 else reference + timedelta(days=ahead)


# Words that put a bare weekday ahead when they stand before it in its sentence: "سيعقد الاجتماع يوم
# الخميس", "من المقرر … الأحد", "will meet on Friday", "doit se rendre jeudi".
_FUTURE_CUE_RE = re.compile(
    r"(?<![^\W\d_])(?:[وف]?(?:سوف|المقرر|المزمع|المرتقب|المنتظر|المتوقع|يعتزم|تعتزم|يتوقع|تتوقع)"
    r"|[وف]?س[يتنأ](?:عقد|جري|زور|صل|توجه|لتقي|بدأ|نطلق|علن|ستضيف|شارك|قوم|كون|تم|عود|صوت|ناقش|بحث|جتمع|قام|نظر)"
    r"|will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|planning|going)|to\s+be\s+held|scheduled|plans?\s+to"
    r"|sera|seront|doit|doivent|prévu|prévue|devrait|devraient|va|vont)(?![^\W\d_])",
    re.IGNORECASE,
)
_CUE_REACH = 80  # characters before the weekday, within its sentence
_SENTENCE_BREAK_RE = re.compile(r"[.!?؟\n]")


def _tense_before(match: re.Match[str]) -> str | None:
    """What the weekday's sentence says of it, by the cue nearest before it: "future" ("سيعقد … يوم الخميس",
    "will meet on Friday"), "past" in English or French ("A quake struck … on Friday", "Le Qatar a annoncé,
    mercredi"; Arabic writes no tense a pattern could tell from a name), or None. The nearest decides: "is set to
    host … after Australia announced on Tuesday" tells of last Tuesday."""
    start = match.start()
    before = match.string[max(0, start - _CUE_REACH) : start]
    sentence = _SENTENCE_BREAK_RE.split(before)[-1]
    # (how far before the weekday each cue ends: the two sentence splits may start the sentence apart)
    future_gap = min((len(sentence) - cue.end() for cue in _FUTURE_CUE_RE.finditer(sentence)), default=None)
    if not match["weekday"].isascii():
        return "future" if future_gap is not None else None
    latin = _LATIN_SENTENCE_BREAK_RE.split(before)[-1]
    past_gap = min((len(latin) - cue.end() for cue in _PAST_TENSE_RE.finditer(latin)), default=None)
    if future_gap is not None and (past_gap is None or future_gap <= past_gap):  # ("est prévu": both, the future)
        return "future"
    return "past" if past_gap is not None else None


_LATIN_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+(?=[A-Z])|\n")  # not the points of "a.m." or "U.S."


# Past tenses the news writes: regular ones ("killed", "announced"; not "scheduled", a future cue first) and the
# irregular ones of its verbs.
_PAST_TENSE_RE = re.compile(
    r"\b(?:[a-z]{3,}ed|said|struck|met|held|told|took|made|gave|fell|rose|won|lost|left|sent|began|spoke|saw|"
    r"found|came|went|hit|shot|fought|fled|led|ran|sold|bought|paid|put|set|cut|quit|shut|wrote|broke|froze|drew|"
    r"grew|threw|flew|swore|stood|became|brought|caught|taught|thought|sought|kept|slept|felt|dealt|meant)\b"
    # French's compound past: "a annoncé", "ont été tués", "est arrivé", "a pris" (its future's "est prévu" is a
    # future cue, read first)
    r"|\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:(?:été|déjà|également|aussi|toutefois)\s+)?"
    r"[a-zàâçéèêëîïôûù]{2,}(?:é|ée|és|ées|is|ise|it|ert|u|ue|us)\b"
)


def _safe(year: int, month: int | None, day: int) -> date | None:
    try:
        return date(year, month or 0, day)
    except ValueError:
        return None
