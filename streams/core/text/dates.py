"""Dates as publishers write them, read by compiled regular expressions.

dateparser reads almost anything but costs milliseconds per call, and seconds without a language
hint (field notes §3). Datelines come in a known family of shapes, so a handful of compiled
patterns cover them in microseconds:

* day-month-year with month names in English, French, Arabic (Egyptian/Gulf يناير…, Levantine
  كانون الثاني…, Maghrebi جانفي…/يناير… with نونبر, دجنبر…), dual forms "نوفمبر/تشرين الثاني",
  English ordinals "2nd", weekday prefixes;
* month-day-year (English "November 2, 2023");
* numerics: ISO 2023-11-02T10:30:00Z, day-first 02/11/2023 (month-first only when day-first is
  impossible);
* Hijri dates "18 ربيع الآخر 1445 هـ" or "1445/4/18هـ", converted with the Umm al-Qura calendar;
* a time anywhere in the line: 10:30, 10:30:15, 14h30, 14.30 before a zone or AM/PM, with ص/م,
  AM/PM and a zone: an offset (+03:00, GMT+3), a name (GMT, UTC, ET, CEST, BST…) or an Arabic
  "بتوقيت …" (مكة المكرمة, القاهرة, غرينتش…); zones with summer time are read with their rules.

A time without a zone is taken as UTC; ``parse_date`` takes the zone to assume instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from streams.core.model import Calendar, Precision
from streams.core.text.normalize import WORD_RE, alternation, ascii_digits, digit_runs, fold, windows_near

_GREGORIAN_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvier", "janv", "يناير", "كانون الثاني", "جانفي", "كانون2", "كانون 2"),
    2: ("february", "feb", "février", "fevrier", "févr", "فبراير", "شباط", "فيفري"),
    3: ("march", "mar", "mars", "مارس", "آذار", "اذار"),
    4: ("april", "apr", "avril", "avr", "أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "ابريل"),
    5: ("may", "mai", "مايو", "أيار", "ماي"),
    6: ("june", "jun", "juin", "يونيو", "يونيه", "حزيران", "جوان"),
    7: ("july", "jul", "juillet", "juil", "يوليو", "يوليه", "تموز", "جويلية", "يوليوز"),
    8: ("august", "aug", "août", "aout", "أغسطس", "اغسطس", "آب", "أوت", "غشت"),
    9: ("september", "sep", "sept", "septembre", "سبتمبر", "أيلول", "شتنبر"),
    10: ("october", "oct", "octobre", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين1", "تشرين 1"),
    11: ("november", "nov", "novembre", "نوفمبر", "تشرين الثاني", "نونبر", "تشرين2", "تشرين 2"),
    12: ("december", "dec", "décembre", "decembre", "déc", "ديسمبر", "كانون الأول", "دجنبر", "كانون1", "كانون 1"),
}
_HIJRI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("محرم", "المحرم"),
    2: ("صفر",),
    3: ("ربيع الأول", "ربيع أول"),
    4: ("ربيع الآخر", "ربيع الثاني", "ربيع آخر", "ربيع ثاني"),
    5: ("جمادى الأولى", "جمادى الأول", "جمادي الأولى"),
    6: ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادي الآخرة"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذو القعدة", "ذي القعدة"),
    12: ("ذو الحجة", "ذي الحجة"),
}
# The weekdays by ``date.weekday()``'s number, as written in full.
WEEKDAY_NAMES: dict[int, tuple[str, ...]] = {
    0: ("الإثنين", "الاثنين", "monday", "lundi"),
    1: ("الثلاثاء", "tuesday", "mardi"),
    2: ("الأربعاء", "الاربعاء", "wednesday", "mercredi"),
    3: ("الخميس", "thursday", "jeudi"),
    4: ("الجمعة", "friday", "vendredi"),
    5: ("السبت", "saturday", "samedi"),
    6: ("الأحد", "الاحد", "sunday", "dimanche"),
}
WEEKDAY_NUMBER = {fold(name): number for number, names in WEEKDAY_NAMES.items() for name in names}
WEEKDAY = alternation([name for names in WEEKDAY_NAMES.values() for name in names])
_WEEKDAYS = (*(name for names in WEEKDAY_NAMES.values() for name in names), "mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A month's days written as ordinal words: "الثالث من مارس", "الحادي والعشرين من شهر يونيو 2023".
_ORDINAL_UNITS = ("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
ORDINAL_DAYS: dict[str, int] = {
    "الأول": 1, **{unit: n for n, unit in enumerate(_ORDINAL_UNITS[1:], start=2)}, "العاشر": 10,
    **{f"{unit} عشر": 10 + n for n, unit in enumerate(_ORDINAL_UNITS, start=1)}, "العشرين": 20,
    **{f"{unit} والعشرين": 20 + n for n, unit in enumerate(_ORDINAL_UNITS, start=1)}, "الثلاثين": 30,
    "الحادي والثلاثين": 31, "الفاتح": 1,  # (the Maghreb's first: "الفاتح من نوفمبر")
}  # fmt: skip


def _lookup(table: dict[int, tuple[str, ...]]) -> dict[str, int]:
    return {fold(name): number for number, names in table.items() for name in names}


_MONTH_NUMBER = _lookup(_GREGORIAN_MONTHS)
_HIJRI_NUMBER = _lookup(_HIJRI_MONTHS)

_MONTH = alternation([n for names in _GREGORIAN_MONTHS.values() for n in names])
_HIJRI_MONTH = alternation([n for names in _HIJRI_MONTHS.values() for n in names])
# A Latin month name must not be the start of a longer word ("mars" in "marshal", "mai" in "main").
# Only an abbreviation takes a period ("Nov.", "janv."): after a full name it ends the sentence.
MONTH_ABBREVIATIONS = frozenset("jan janv feb févr mar apr avr jun jul juil aug sep sept oct nov dec déc".split())
_MONTH_WORD = (
    rf"(?<![^\W\d_])(?:{alternation(list(MONTH_ABBREVIATIONS))}\.?"
    rf"|{alternation([n for names in _GREGORIAN_MONTHS.values() for n in names if n not in MONTH_ABBREVIATIONS])})"
    r"(?![^\W\d_])"
)
# "نوفمبر/تشرين الثاني", "تشرين الثاني (نوفمبر)", "نوفمبر - تشرين الثاني": the second name only
# repeats the first one.
SECOND_MONTH_NAME = rf"(?:\s*[/\\(\-–|]\s*{_MONTH_WORD}(?:\s*\))?)?"
_DUAL = rf"(?P<month>{_MONTH_WORD}){SECOND_MONTH_NAME}"
# (the Maghreb writes the first of the month "فاتح": "فاتح دجنبر 2024", "الفاتح من نوفمبر 2024")
_DAY = r"(?P<day>\d{1,2}|(?:ال)?فاتح(?![^\W\d_]))(?:st|nd|rd|th|er|e|ème)?"
_YEAR = r"(?P<year>\d{4})"
_SEP = r"[\s,،.\-/]*"
_HIJRI_SUFFIX = r"(?:\s*(?:هـ|ه|هجري(?:ة)?)(?![^\W\d_]))"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "iso",
        re.compile(
            r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
            r"(?:[T\s](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\.\d+)?"
            r"(?P<zone>Z|\s?[+-]\d{2}:?\d{2}(?!\d))?)?"  # (a space may stand before an offset: "10:45:00 +03:00")
        ),
    ),
    ("dmy_named", re.compile(rf"{_DAY}{_SEP}(?:of\s+|من\s+)?{_DUAL}{_SEP}{_YEAR}", re.IGNORECASE)),  # "2 من نوفمبر 2023"
    ("mdy_named", re.compile(rf"{_DUAL}\s*{_DAY},?\s*{_YEAR}", re.IGNORECASE)),
    (
        "hijri_named",
        re.compile(rf"{_DAY}[\s/\-]*(?P<month>{_HIJRI_MONTH}){_SEP}{_YEAR}{_HIJRI_SUFFIX}?"),
    ),  # "16/جمادى الأولى/1445"
    (
        "hijri_ymd",
        re.compile(rf"(?P<year>1[34]\d\d)[/\-.](?P<month>\d{{1,2}})[/\-.](?P<day>\d{{1,2}}){_HIJRI_SUFFIX}"),
    ),
    (
        "hijri_dmy",
        re.compile(rf"(?P<day>\d{{1,2}})[/\-.](?P<month>\d{{1,2}})[/\-.](?P<year>1[34]\d\d){_HIJRI_SUFFIX}"),
    ),
    # A space may stand on either side of the separator: "2023 / 11 / 05", "02 - 11 - 2023".
    ("ymd", re.compile(r"(?<!\d)(?P<year>\d{4}) ?[/.] ?(?P<month>\d{1,2}) ?[/.] ?(?P<day>\d{1,2})(?!\d)")),
    # The year may run into the time when a scraper drops the space between them: "2/11/202315:40".
    (
        "dmy",
        re.compile(r"(?<!\d)(?P<day>\d{1,2}) ?[/.\-] ?(?P<month>\d{1,2}) ?[/.\-] ?(?P<year>\d{4})(?!\d(?!\d?:\d\d))"),
    ),
)

# Zone names a dateline may give after its time, and the zone each means. Latin abbreviations are
# matched in capitals only ("et" is French for "and"); summer-time zones are read with their rules.
_FIXED_ZONES: dict[str, float] = {
    "GMT": 0, "UTC": 0, "Z": 0, "بتوقيت غرينتش": 0, "بتوقيت جرينتش": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2,
    "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "PST": -8, "PDT": -7,
    "بتوقيت مكة المكرمة": 3, "بتوقيت مكة": 3, "بتوقيت السعودية": 3, "بتوقيت الرياض": 3, "بتوقيت بغداد": 3,
    "بتوقيت الكويت": 3, "بتوقيت الدوحة": 3, "بتوقيت قطر": 3, "بتوقيت البحرين": 3, "بتوقيت الإمارات": 4,
    "بتوقيت أبوظبي": 4, "بتوقيت دبي": 4, "بتوقيت مسقط": 4, "بتوقيت تونس": 1, "بتوقيت الجزائر": 1,
    "بتوقيت صنعاء": 3, "بتوقيت اليمن": 3, "بتوقيت الخرطوم": 2, "بتوقيت السودان": 2, "بتوقيت ليبيا": 2,
    "GST": 4,  # Gulf Standard Time, as Gulf pages write it ("09:44 م GST")
}  # fmt: skip
_RULED_ZONES: dict[str, str] = {
    "ET": "America/New_York", "CT": "America/Chicago", "PT": "America/Los_Angeles",
    "بتوقيت القاهرة": "Africa/Cairo", "بتوقيت مصر": "Africa/Cairo", "بتوقيت القدس": "Asia/Jerusalem",
    "بتوقيت بيروت": "Asia/Beirut", "بتوقيت دمشق": "Asia/Damascus", "بتوقيت الأردن": "Asia/Amman",
    "بتوقيت المغرب": "Africa/Casablanca", "بتوقيت الرباط": "Africa/Casablanca",
}  # fmt: skip
# "بتوقيت مكة" after a time, "(توقيت مكة)" in brackets: the same zone.
_ZONE_KEYS = {fold(key): name for name in (*_FIXED_ZONES, *_RULED_ZONES) for key in {name, name.removeprefix("ب")}}
# The zones' Latin abbreviations, longest first: "GMT", "CEST", "ET" (also how wire copy and entity
# rules tell a clock from a count or a name).
LATIN_ZONES = tuple(sorted((n for n in _ZONE_KEYS.values() if n.isascii()), key=len, reverse=True))
_ARABIC_ZONES = [n.removeprefix("ب") for n in _ZONE_KEYS.values() if not n.isascii()]
_ZONE = rf"(?-i:{'|'.join(LATIN_ZONES)})|ب?(?:{alternation(_ARABIC_ZONES)})"
# Longest first: "مساءً" before "مساء", or its tanween would stand between the time and its zone.
_AMPM = r"صباحاً|صباحًا|صباحا|مساءً|مساء|ص|م|am|pm|a\.m\.|p\.m\."
_TIME = re.compile(
    # "14.30" is a time only before a zone or AM/PM ("14.30 GMT"): elsewhere it is a decimal; El Watan spaces
    # its French hour: "10 h 45 min". The zone
    # may stand in parentheses: "14:00 (GMT+0400)".
    rf"(?<![\d:])(?P<hour>\d{{1,2}})(?:[:hH]| [hH] |\.(?=\d{{2}}\s*(?:{_ZONE}|{_AMPM})))(?P<minute>\d{{2}})"
    rf"(?::(?P<second>\d{{2}}))?(?![\d:])\s*(?P<ampm>{_AMPM})?(?![^\W\d_])"
    # (an offset is no count's first digits: "11:46 م - 2,345 مشاهدة")
    rf"(?:\s*(?:\((?=\s*(?:{_ZONE}|[+-]\s*\d)))?\s*(?P<zone>{_ZONE})?\s*(?P<offset>[+-]\s*\d{{1,2}}(?::?\d{{2}})?(?![,.٫٬]?\d))?)?",
    re.IGNORECASE,
)
_PM_WORDS = {"م", "مساء", "مساءً", "pm", "p.m."}
_AM_WORDS = {"ص", "صباحا", "صباحاً", "صباحًا", "am", "a.m."}


class StatedDay:
    """A stamp's calendar day as its publisher states it: where it was written, not in UTC ("2024-01-17T01:40+03:00"
    is the 17th, though the 16th in UTC). Shared by the dates read off text and off markup."""

    __slots__ = ()
    value: datetime
    local_day: date | None

    @property
    def day(self) -> date:
        return self.local_day or self.value.date()


@dataclass(frozen=True, slots=True)
class ParsedDate(StatedDay):
    """A date found in text: the instant in UTC, how precise it is, and where it was written."""

    value: datetime
    precision: Precision
    calendar: Calendar
    start: int
    end: int
    local_day: date | None = None  # the day as written, when its zone put the UTC instant on another


def parse_date(text: str, assume_tz: tzinfo = UTC) -> ParsedDate | None:
    """The first complete date in ``text`` (with its time, when one is written), or None."""
    plain = ascii_digits(text)  # same length as ``text``: offsets stay valid
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(plain):
            day = _resolve_day(kind, match)
            if day is None:
                continue
            found = _with_time(day, kind, match, plain, assume_tz)
            if found is not None:
                return found
    return None


def parse_timestamp(text: str) -> datetime | None:
    """An RFC 3339 / ISO 8601 timestamp that states its zone ("2023-11-02T10:30:00+03:00", "…Z"), else None:
    a moment without a zone is no moment."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def find_dates(text: str) -> list[ParsedDate]:
    """Every complete calendar date written in ``text`` (day precision), in text order."""
    plain = ascii_digits(text)
    found: list[ParsedDate] = []
    years = [(start, end) for start, end in digit_runs(plain) if end - start == 4]  # every pattern has one
    for low, high in windows_near(plain, years):
        for kind, pattern in _PATTERNS:
            for match in pattern.finditer(plain, low, high):
                if any(match.start() < f.end and f.start < match.end() for f in found):
                    continue  # a higher-priority pattern already read this stretch
                resolved = _resolve_day(kind, match)
                day, calendar = resolved if resolved is not None else (None, "gregorian")
                if day is None or not 1900 <= day.year <= 2100:
                    continue
                moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
                found.append(ParsedDate(moment, "day", calendar, match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)


def month_number(name: str) -> int | None:
    """1-12 for a Gregorian month name in any supported spelling, else None."""
    return _MONTH_NUMBER.get(fold(name).rstrip("."))


MONTH_NAME = _MONTH_WORD  # regex source matching one month name (for day-month mentions)
HIJRI_MONTH_NAME = _HIJRI_MONTH  # and one Hijri month's ("محرم", "ربيع الآخر")
HIJRI_SUFFIX = _HIJRI_SUFFIX  # "هـ", "هجري" after a Hijri year


# Words that surround dates in datelines: "الموافق" links a Hijri and a Gregorian date.
_DATE_FILLERS = frozenset(
    fold(w)
    for w in (
        "الموافق",
        "من",  # "2 من نوفمبر 2023"
        "هـ",
        "ه",
        "م",
        "ص",
        "gmt",
        "utc",
        "at",
        "on",
        "le",
        "à",
        "الساعة",
        "بتوقيت",
        "غرينتش",
    )
)
# Month and weekday names, folded ("نوفمبر", "الخميس", "november", "jeudi").
CALENDAR_NAMES = frozenset(_MONTH_NUMBER) | frozenset(_HIJRI_NUMBER) | frozenset(fold(w) for w in _WEEKDAYS)
_DATE_WORDS = CALENDAR_NAMES | _DATE_FILLERS


# How long ago, as pages that show no date write it: "منذ ساعتين", "قبل 3 أيام", "2 hours ago",
# "il y a 5 minutes". Minutes keep minute precision; hours and days only tell the day.
_RELATIVE_UNITS: dict[str, tuple[timedelta, int, Precision]] = {
    "دقيقة": (timedelta(minutes=1), 1, "minute"), "دقيقتين": (timedelta(minutes=1), 2, "minute"),
    "دقائق": (timedelta(minutes=1), 0, "minute"), "ساعة": (timedelta(hours=1), 1, "day"),
    "ساعتين": (timedelta(hours=1), 2, "day"), "ساعات": (timedelta(hours=1), 0, "day"),
    "يوم": (timedelta(days=1), 1, "day"), "يومين": (timedelta(days=1), 2, "day"), "أيام": (timedelta(days=1), 0, "day"),
    "minute": (timedelta(minutes=1), 0, "minute"), "hour": (timedelta(hours=1), 0, "day"),
    "day": (timedelta(days=1), 0, "day"), "heure": (timedelta(hours=1), 0, "day"), "jour": (timedelta(days=1), 0, "day"),
    "min": (timedelta(minutes=1), 0, "minute"), "hr": (timedelta(hours=1), 0, "day"),
}  # fmt: skip
_RELATIVE_UNIT_OF = {fold(unit): unit for unit in _RELATIVE_UNITS}
_RELATIVE_RE = re.compile(
    rf"^\s*(?:(?:منذ|قبل)\s+(?:(?P<ar_count>\d{{1,3}})\s+)?(?P<ar_unit>{alternation(list(_RELATIVE_UNITS))})"
    # (the minutes after the hours change no day: "3 hours 10 mins ago")
    r"|(?P<count>\d{1,3}|an?|one|une?)\s+(?P<unit>minute|min|hour|hr|day)s?(?:,?\s+(?:and\s+)?\d{1,2}\s+mins?(?:utes?)?)?\s+ago"
    r"|il y a\s+(?P<fr_count>\d{1,3}|une?)\s+(?P<fr_unit>minute|heure|jour)s?)\s*$",
    re.IGNORECASE,
)
_RELATIVE_MAX = timedelta(days=31)
# Today or yesterday, maybe at a time (then maybe followed by the update): "aujourd’hui à 08h15,
# modifié à 09h40", "Yesterday at 5:30", "اليوم الساعة 10:20". Only a time may follow the day alone:
# "اليوم - انطلاق القمة" is a headline.
_DAYS_AGO = {"today": 0, "aujourd'hui": 0, "aujourd’hui": 0, "اليوم": 0, "yesterday": 1, "hier": 1, "أمس": 1, "امس": 1}
_TODAY_RE = re.compile(
    rf"^\s*(?P<day>{alternation(list(_DAYS_AGO))})(?:\s*(?:,|،|à|at|الساعة|على الساعة)?\s*"
    rf"(?P<hour>[01]?\d|2[0-3])\s*[:hH.]\s*(?P<minute>[0-5]\d)(?:\s*(?P<ampm>{_AMPM})(?![^\W\d_]))?"
    r"(?:\s*[,،|\-–].*)?)?\s*$",
    re.IGNORECASE,
)


def parse_relative(text: str, reference: datetime) -> ParsedDate | None:
    """A dateline that says how long ago ("منذ ساعتين") or which day ("aujourd’hui à 08h15"), as the
    instant that long before ``reference``, or that day of it (at the time written, taken as UTC)."""
    text = ascii_digits(text)
    today = _TODAY_RE.match(text)
    if today is not None:
        day = (reference.astimezone(UTC) - timedelta(days=_DAYS_AGO[today["day"].lower()])).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        if today["hour"] is None:
            return ParsedDate(day, "day", "gregorian", today.start("day"), today.end("day"))
        moment = day.replace(hour=_clock_hour(int(today["hour"]), today["ampm"]), minute=int(today["minute"]))
        return ParsedDate(
            moment, "minute", "gregorian", today.start("day"), today.end("ampm" if today["ampm"] else "minute")
        )
    match = _RELATIVE_RE.match(text)
    if match is None:
        return None
    unit = match["ar_unit"] or match["unit"] or match["fr_unit"]
    written = match["ar_count"] or match["count"] or match["fr_count"]
    step, implied, precision = _RELATIVE_UNITS[_RELATIVE_UNIT_OF[fold(unit)]]
    count = int(written) if written and written.isdigit() else implied or 1
    if step * count > _RELATIVE_MAX:
        return None
    value = (reference - step * count).astimezone(UTC).replace(second=0, microsecond=0)  # (minutes at best)
    if precision == "day":
        value = value.replace(hour=0, minute=0)
    return ParsedDate(value, precision, "gregorian", match.start(), match.end())


def is_date_word(word: str) -> bool:
    """Is ``word`` part of how dates are written (a number, month, weekday or filler)?"""
    folded = fold(word)
    return not folded or folded.isdigit() or folded in _DATE_WORDS or folded.rstrip(".") in _DATE_WORDS


_MONTH_NAME_RE = re.compile(_MONTH_WORD, re.IGNORECASE)


def is_date_only(line: str) -> bool:
    """Is ``line`` nothing but a date, even one that names no day ("تشرين الثاني 2023", "Nov. 2023")?
    Archive pages print such a heading above the headline."""
    without_months = _MONTH_NAME_RE.sub(" ", line)
    words = WORD_RE.findall(without_months)
    named = bool(words) or without_months != line
    return named and len(words) <= 8 and all(is_date_word(word) for word in words)


def _resolve_day(kind: str, match: re.Match[str]) -> tuple[date | None, Calendar] | None:
    year, day = int(match["year"]), int(match["day"]) if match["day"].isdigit() else 1  # ("فاتح")
    month_text = match["month"]
    if kind.startswith("hijri"):
        month = _HIJRI_NUMBER.get(fold(month_text)) if kind == "hijri_named" else int(month_text)
        return (hijri_to_gregorian(year, month, day), "hijri") if month else None
    month = int(month_text) if month_text.isdigit() else _MONTH_NUMBER.get(fold(month_text).rstrip("."))
    if month is None:
        return None
    if kind == "dmy" and month > 12 >= day:  # 11/25/2023 can only be month-first
        day, month = month, day
    return _safe_date(year, month, day), "gregorian"


def _with_time(
    found: tuple[date | None, Calendar], kind: str, match: re.Match[str], text: str, assume_tz: tzinfo
) -> ParsedDate | None:
    day, calendar = found
    if day is None or not 1900 <= day.year <= 2100:
        return None
    if kind == "iso" and match["hour"] is not None:
        time_fields = match
        zone_text = (match["zone"] or "").strip()
        is_offset = zone_text[:1] in ("+", "-")
        zone = _zone(None if is_offset else zone_text or None, zone_text if is_offset else None, assume_tz)
    else:
        rest = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
        time_fields = _TIME.search(rest)  # type: ignore[assignment]
        if time_fields is None:
            return ParsedDate(
                datetime(day.year, day.month, day.day, tzinfo=UTC),
                "day",
                calendar,
                match.start(),
                match.end(),
            )
        zone = _zone(time_fields["zone"], time_fields["offset"], assume_tz)
    hour, minute = _clock_hour(int(time_fields["hour"]), time_fields.groupdict().get("ampm")), int(time_fields["minute"])
    second = time_fields["second"]
    if hour > 23 or minute > 59 or (second is not None and int(second) > 59):
        return ParsedDate(datetime(day.year, day.month, day.day, tzinfo=UTC), "day", calendar, match.start(), match.end())
    local = datetime(day.year, day.month, day.day, hour, minute, int(second or 0), tzinfo=zone)
    start = min(match.start(), time_fields.start())
    end = max(match.end(), time_fields.end())
    return ParsedDate(local.astimezone(UTC), "second" if second else "minute", calendar, start, end, local.date())


def _clock_hour(hour: int, ampm: str | None) -> int:
    """The hour on a 24-hour clock of ``hour`` written before "م"/"pm" or "ص"/"am", if either."""
    said = (ampm or "").lower()
    if said in _PM_WORDS and hour < 12:
        return hour + 12
    return 0 if said in _AM_WORDS and hour == 12 else hour


def _zone(name: str | None, offset: str | None, assume_tz: tzinfo) -> tzinfo:
    if offset:
        compact = offset.replace(" ", "").replace(":", "")
        sign = -1 if compact[0] == "-" else 1
        digits = compact[1:]
        hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
        if hours > 14 or minutes > 59:
            return assume_tz
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    if name:
        return _named_zone(name)
    return assume_tz


def _named_zone(name: str) -> tzinfo:
    written = _ZONE_KEYS.get(fold(name), "UTC")
    if written in _RULED_ZONES:
        return ZoneInfo(_RULED_ZONES[written])
    return timezone(timedelta(hours=_FIXED_ZONES[written]))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def hijri_month_number(name: str) -> int | None:
    return _HIJRI_NUMBER.get(fold(name))


# A Hijri month's name where a day is counted in it ("10 ذي الحجة"): not "صفر", which is also zero ("2 صفر").
HIJRI_MONTH_NAME = alternation([n for number, names in _HIJRI_MONTHS.items() if number != 2 for n in names])


def hijri_year_of(day: date) -> int:
    from hijridate import Gregorian

    year: int = Gregorian(day.year, day.month, day.day).to_hijri().year
    return year


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri date (Umm al-Qura). A month's 30th where the table gives the month 29 days is
    the day after its 29th: a sighting may add the day the table does not ("حتى 30 جمادى الأولى الجاري")."""
    from hijridate import Hijri  # imported lazily: most articles carry no Hijri date

    try:
        gregorian: date = Hijri(year, month, day).to_gregorian()
        return gregorian
    except (ValueError, OverflowError):
        if day != _LONG_MONTH_DAYS or (last := hijri_to_gregorian(year, month, day - 1)) is None:
            return None
        return last + timedelta(days=1)


_LONG_MONTH_DAYS = 30
