"""Quantities mentioned in a body: a number, its scale and its unit, as one value.

"8 آلاف" -> 8000; "23.19 مليار دولار" -> 23,190,000,000 USD; "ثلاثة ملايين يورو" -> 3,000,000 EUR;
"38 في المئة" -> 38 percent; "$1.2bn" -> 1,200,000,000 USD. Numbers are digits (ASCII or Arabic-Indic,
with thousands separators and decimal points) or Arabic, English and French number words. One
compiled pattern over the text; offsets index the record's ``body``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from streams.core.enrich.tokens import Tokens, positions, term, tokenize
from streams.core.lexicon import mostly
from streams.core.text.dates import CALENDAR_NAMES, HIJRI_MONTH_NAME, HIJRI_SUFFIX, LATIN_ZONES, MONTH_NAME, ORDINAL_DAYS
from streams.core.text.normalize import (
    addresses,
    alternation,
    ascii_digits,
    digit_runs,
    fold,
    strip_clitics,
    windows_near,
)
from streams.core.text.sections import CUT_NUMBER


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    value: float
    unit: str | None
    start: int
    end: int


_NUMBER_WORDS: dict[str, float] = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4,
    "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8,
    "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30,
    "أربعون": 40, "أربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90, "مئة": 100, "مائة": 100, "مئات": 100,
    "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200, "مائتي": 200, "مئتي": 200, "مائتا": 200, "مئتا": 200,
    "نصف": 0.5, "ربع": 0.25, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,  # (of twelve: "اثنا عشر")
    "أحد عشر": 11, "إحدى عشرة": 11, "احدى عشرة": 11,  # ("أحد" alone is "one of": "أحد المواطنين")
    "ثلاثمائة": 300, "ثلاثمئة": 300, "أربعمائة": 400, "أربعمئة": 400, "خمسمائة": 500, "خمسمئة": 500,
    "ستمائة": 600, "ستمئة": 600, "سبعمائة": 700, "سبعمئة": 700, "ثمانمائة": 800, "ثمانمئة": 800,
    "تسعمائة": 900, "تسعمئة": 900,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twenty": 20, "hundred": 100, "hundreds": 100, "dozens": 12,
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six ": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "vingt": 20, "cent": 100, "centaines": 100,
}  # fmt: skip
_SCALES: dict[str, float] = {
    "ألف": 1e3, "آلاف": 1e3, "ألفا": 1e3, "ألفاً": 1e3, "الاف": 1e3, "ألفين": 2e3, "ألفان": 2e3, "ألفي": 2e3,
    "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6, "مليونين": 2e6, "مليونان": 2e6,
    "مليار": 1e9, "مليارات": 1e9, "مليارا": 1e9, "ملايير": 1e9, "بليون": 1e9, "مليارين": 2e9, "ملياري": 2e9,
    "ملياران": 2e9,
    "مليوني": 2e6,
    "تريليون": 1e12, "ترليون": 1e12,
    "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "mille": 1e3, "milliers": 1e3, "milliard": 1e9, "milliards": 1e9,
}  # fmt: skip
# Scale words that carry their own count: "ألفين" is 2,000 even without a number before it.
_SELF_COUNTED = {
    fold(w): v
    for w, v in _SCALES.items()
    if fold(w)
    in {fold(x) for x in ("ألفين", "ألفان", "ألفي", "مليونين", "مليونان", "مليوني", "مليارين", "ملياري", "ملياران")}
}
# The nominative dual before what it counts ("مليونا مستفيد", "ألفا شخص") is written as the accusative after a
# number is ("عشرين مليونا"): two of the scale only alone before a unit.
_DUALS_IN_CONSTRUCT = {fold(w): 2 * _SCALES[w] for w in ("ألفا", "مليونا", "مليارا")}
_SELF_COUNTED |= _DUALS_IN_CONSTRUCT
_UNITS: dict[str, str] = {
    "دولار أمريكي": "USD", "دولار أميركي": "USD", "دولار": "USD", "دولارا": "USD", "دولاراً": "USD", "دولارات": "USD",
    "يورو": "EUR", "جنيه استرليني": "GBP", "جنيه إسترليني": "GBP", "استرليني": "GBP", "إسترليني": "GBP",
    "جنيه مصري": "EGP", "جنيه": "EGP", "جنيها": "EGP", "جنيهاً": "EGP", "جنيهات": "EGP",
    "ريال سعودي": "SAR", "ريال قطري": "QAR", "ريال عماني": "OMR", "ريال يمني": "YER", "ريال": "SAR", "ريالا": "SAR",
    "درهم إماراتي": "AED", "درهم مغربي": "MAD", "درهم": "dirham", "درهما": "dirham", "درهماً": "dirham",
    "دراهم": "dirham", "دينار كويتي": "KWD", "دينار أردني": "JOD", "جنيه سوداني": "SDG", "شيكل": "ILS",
    "شيقل": "ILS", "شواكل": "ILS", "روبل": "RUB", "روبلات": "RUB", "يوان": "CNY", "ين ياباني": "JPY", "ين": "JPY",
    "ريال إيراني": "IRR", "فرنك سويسري": "CHF", "yuan": "CNY", "yen": "JPY", "roubles": "RUB", "rubles": "RUB",
    "dirhams": "dirham", "dinars": "dinar", "riyals": "SAR", "francs": "franc", "rupees": "rupee",
    "دينار بحريني": "BHD", "دينار عراقي": "IQD", "دينار جزائري": "DZD", "دينار تونسي": "TND", "دينار ليبي": "LYD",
    "دينار": "dinar", "دنانير": "dinar", "دنانير كويتية": "KWD", "دنانير أردنية": "JOD", "دنانير بحرينية": "BHD",
    "ريالات": "SAR", "ريالات سعودية": "SAR", "ريالات قطرية": "QAR", "ريالات عمانية": "OMR",
    "ليرة لبنانية": "LBP", "ليرة تركية": "TRY", "ليرة سورية": "SYP", "ليرة": "lira",
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "dollars américains": "USD",
    "في المئة": "percent", "في المائة": "percent", "بالمئة": "percent", "بالمائة": "percent", "%": "percent",
    "percent": "percent", "per cent": "percent", "pour cent": "percent",
    "كيلومتر": "km", "كيلومترات": "km", "كيلومترا": "km", "كيلومتراً": "km",
    "مترا": "m", "متراً": "m", "كلم": "km", "كم": "km", "km": "km", "متر": "m", "أمتار": "m",
    "كيلوغرام": "kg", "كيلوجرام": "kg", "كغ": "kg", "kg": "kg", "طن": "t", "طنا": "t", "طناً": "t", "أطنان": "t",
    "tonnes": "t", "tons": "t",
    "برميل": "barrel", "براميل": "barrel", "barrels": "barrel", "barils": "barrel", "نقطة": "point", "نقاط": "point",
    "أوقية": "ounce", "أوقيات": "ounce", "أونصة": "ounce", "أونصات": "ounce", "ounces": "ounce", "onces": "ounce",
    "نقطة أساس": "bp", "نقاط أساس": "bp", "basis points": "bp", "basis point": "bp", "bps": "bp", "points de base": "bp",
    "points": "point", "ميغاواط": "MW", "ميجاوات": "MW", "ميجاواط": "MW", "ميغاوات": "MW", "MW": "MW",
    "جيجاواط": "GW", "غيغاواط": "GW", "جيجاوات": "GW", "غيغاوات": "GW", "GW": "GW", "كيلوواط": "kW",
    "ميغاواط ساعة": "MWh", "ميجاواط ساعة": "MWh", "MWh": "MWh", "GWh": "GWh", "kWh": "kWh",
    "متر مكعب": "m3",
    "mètres cubes": "m3", "mètre cube": "m3", "cubic metres": "m3", "cubic meters": "m3",
    "متر مربع": "m2", "مترا مربعا": "m2", "متراً مربعاً": "m2", "أمتار مربعة": "m2", "كيلومتر مربع": "km2",
    "كيلومترا مربعا": "km2", "كيلومتراً مربعاً": "km2", "كيلومترات مربعة": "km2", "كلم مربع": "km2", "km2": "km2",
    "km²": "km2", "m²": "m2", "square kilometres": "km2", "square kilometers": "km2", "square miles": "mi2",
    "هكتار": "ha", "هكتارات": "ha", "hectares": "ha", "دونم": "dunam", "دونما": "dunam", "دونمات": "dunam",
    "فدان": "feddan", "فدانا": "feddan", "أفدنة": "feddan", "ميل": "mi", "ميلا": "mi", "أميال": "mi", "miles": "mi",
    "kilometres": "km", "kilometers": "km", "kilomètres": "km", "metres": "m", "meters": "m", "mètres": "m",
    "درجة مئوية": "celsius", "درجات مئوية": "celsius", "درجة فهرنهايت": "fahrenheit", "degrees Celsius": "celsius",
    "degrees Fahrenheit": "fahrenheit", "degrés Celsius": "celsius", "degrés": "celsius",
    "قدم": "ft", "أقدام": "ft", "feet": "ft",
    "cents": "cent", "سنتا": "cent", "سنتات": "cent", "centimes": "cent",
    "ملم": "mm", "مم": "mm", "مليمتر": "mm", "ملليمتر": "mm", "مليمترا": "mm", "ملليمترا": "mm", "مليمترات": "mm",
    "ملليمترات": "mm", "mm": "mm", "millimetres": "mm", "millimeters": "mm", "millimètres": "mm",
    "سم": "cm", "سنتيمتر": "cm", "سنتيمترا": "cm", "سنتيمترات": "cm", "سنتمتر": "cm", "سنتمترا": "cm", "cm": "cm",
    "centimetres": "cm", "centimeters": "cm", "centimètres": "cm",
    "لتر": "L", "لترات": "L", "litres": "L", "liters": "L",  # (not "لترا", "ليتر": their keys are Petra's, Peter's)
    "غرام": "g", "غراما": "g", "جرام": "g", "جراما": "g", "grams": "g", "grammes": "g",
    "عام": "year", "عاما": "year", "عاماً": "year", "أعوام": "year", "سنة": "year", "سنوات": "year", "سنين": "year",
    "شهر": "month", "شهرا": "month", "شهراً": "month", "أشهر": "month", "شهور": "month",
    "أسبوع": "week", "أسبوعا": "week", "أسبوعاً": "week", "أسابيع": "week",
    "يوم": "day", "يوما": "day", "يوماً": "day", "أيام": "day", "ساعة": "hour", "ساعات": "hour",
    "دقيقة": "minute", "دقائق": "minute", "ثانية": "second", "ثوان": "second", "ثوانٍ": "second", "ثواني": "second",
    "seconds": "second", "secondes": "second", "years": "year", "months": "month", "weeks": "week", "days": "day",
    "hours": "hour", "minutes": "minute", "ans": "year", "mois": "month", "semaines": "week", "jours": "day",
    "heures": "hour", "km/h": "km/h", "كم/ساعة": "km/h", "كلم/ساعة": "km/h", "كيلومترا في الساعة": "km/h",
    "كيلومتر في الساعة": "km/h", "mph": "mph",
}  # fmt: skip
# A currency and its country in the accusative that counts ending in 11 to 99 put them in, as the news writes them:
# "250 درهما إماراتيا", "50 جنيها إسترلينيا", "40 ريالا عمانيا" (a feminine noun's "ة" takes no alef: "ليرة تركية").
_UNITS |= {
    f"{noun}ا {adjective}ا": unit
    for name, unit in list(_UNITS.items())
    if len(parts := name.split()) == 2
    and (noun := parts[0]).isalpha()
    and (adjective := parts[1]).endswith("ي")
    and not noun.endswith(("ة", "ا"))
}
# National currencies in English and French, the country's adjective before or after the noun: "198.9 trillion Iraqi
# dinars", "500 millions de livres libanaises", "10 dinars algériens".
_NATIONAL_CURRENCIES = {
    "IQD": ("Iraqi dinar", "dinar irakien"), "JOD": ("Jordanian dinar", "dinar jordanien"),
    "KWD": ("Kuwaiti dinar", "dinar koweïtien"), "BHD": ("Bahraini dinar", "dinar bahreïni"),
    "DZD": ("Algerian dinar", "dinar algérien"), "TND": ("Tunisian dinar", "dinar tunisien"),
    "LYD": ("Libyan dinar", "dinar libyen"), "EGP": ("Egyptian pound", "livre égyptienne"),
    "LBP": ("Lebanese pound", "livre libanaise"), "SYP": ("Syrian pound", "livre syrienne"),
    "SDG": ("Sudanese pound", "livre soudanaise"), "SAR": ("Saudi riyal", "riyal saoudien"),
    "QAR": ("Qatari riyal", "riyal qatari"), "OMR": ("Omani rial", "rial omanais"),
    "YER": ("Yemeni rial", "rial yéménite"), "IRR": ("Iranian rial", "rial iranien"),
    "AED": ("UAE dirham", "dirham émirati"), "MAD": ("Moroccan dirham", "dirham marocain"),
    "TRY": ("Turkish lira", "livre turque"), "ILS": ("Israeli shekel", "shekel israélien"),
    "GBP": ("pound sterling", "livre sterling"), "CHF": ("Swiss franc", "franc suisse"),
}  # fmt: skip
_UNITS |= {
    form: code
    for code, (english, french) in _NATIONAL_CURRENCIES.items()
    for form in (english, f"{english}s", french, " ".join(f"{word}s" for word in french.split()))
}
_UNITS |= {"pounds sterling": "GBP", "livres sterling": "GBP", "shekels": "ILS", "francs CFA": "XOF"}
# People counted: casualties, the displaced, those held, visitors, students, workers, voters ("مقتل 12 شخصا",
# "400 ألف لاجئ", "مليوني مستفيد", "30 prisoners").
# Not units of measure: they stay keywords and entities (UNIT_WORDS leaves them out). Nationalities
# are left out too: "8 آلاف فلسطيني" is how the seed counts, as "8 آلاف".
_PEOPLE = """شخص أشخاص شخصا شخصاً قتيل قتلى قتيلا قتيلاً جريح جرحى جريحا جريحاً مصاب مصابين مصابا مصاباً
    طفل أطفال طفلا طفلاً مدني مدنيين مدنيا مدنياً لاجئ لاجئين لاجئا لاجئاً نازح نازحين نازحا نازحاً مهاجر
    مهاجرين مهاجرا مهاجراً شهيد شهداء شهيدا شهيداً أسير أسرى أسيرا أسيراً معتقل معتقلين معتقلا معتقلاً جندي جنود
    جنديا جندياً إصابة إصابات وفاة وفيات نسمة مواطن مواطنين مواطنا مواطناً حاج حجاج حاجا حاجاً موظف موظفين موظفا
    موظفاً رهينة رهائن ضحية ضحايا مفقود مفقودين مفقودا مفقوداً زائر زوار زائرا زائراً سائح سياح سائحا سائحاً
    مسافر مسافرين مسافرا مسافراً معتمر معتمرين معتمرا معتمراً طالب طلاب طالبا طالباً طالبة طالبات عامل عمال عاملا
    عاملاً متطوع متطوعين متطوعا متطوعاً مستفيد مستفيدين مستفيدا مستفيداً مريض مرضى مريضا مريضاً لاعب لاعبين لاعبا
    لاعباً مشارك مشاركين مشاركا مشاركاً ناخب ناخبين ناخبا ناخباً مقاتل مقاتلين مقاتلا مقاتلاً مسلح مسلحين مسلحا
    مسلحاً متظاهر متظاهرين متظاهرا متظاهراً امرأة امرأه نساء سيدة سيدات رجل رجال رجلا رجلاً فتاة فتيات آخرين آخرون
    متفرج متفرجين متفرجا متفرجاً مشجع مشجعين مشجعا مشجعاً مشاهد مشاهدين مصل مصلين معلم معلمين معلما معلماً
    طبيب أطباء طبيبا طبيباً ممرض ممرضين مقيم مقيمين مقيما مقيماً وافد وافدين وافدا وافداً عضو أعضاء عضوا عضواً
    people persons children women men civilians soldiers refugees migrants hostages prisoners pilgrims residents victims
    visitors tourists passengers students workers patients players voters fighters protesters volunteers
    spectators fans teachers doctors nurses members
    personnes enfants civils soldats réfugiés migrants otages prisonniers victimes visiteurs touristes passagers
    étudiants travailleurs patients joueurs électeurs combattants manifestants bénévoles femmes hommes""".split()
# Shares traded, counted the same way: "210 ملايين سهم" (and "الأسهم" stays a keyword of market news).
_SHARES = "سهم أسهم سهما سهماً shares".split()
_COUNTED_THINGS = {fold(k): "person" for k in _PEOPLE} | {fold(k): "share" for k in _SHARES}
_UNIT_OF = {fold(k): v for k, v in _UNITS.items()} | _COUNTED_THINGS
UNIT_WORDS = tuple(k for k in _UNITS if k.isalpha())
# Every word that only counts or measures: a number word, a scale, a one-word unit.
COUNTING_WORDS = (*_NUMBER_WORDS, *_SCALES, *UNIT_WORDS)
# The units that are no money ("برميل", "أوقية", "طن"): a price is per one of them ("80 دولارا للبرميل"); money
# may be what a story is about ("الليرة التركية").
_MONEY = frozenset(v for v in _UNITS.values() if len(v) == 3 and v.isupper()) | {
    "dinar",
    "dirham",
    "lira",
    "franc",
    "rupee",
    "cent",
}
MEASURE_WORDS = tuple(word for word in UNIT_WORDS if _UNITS[word] not in _MONEY)
_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}
# Currencies written as a code or abbreviation before the number, as the region's English press does:
# "SR18.7 billion", "AED 5 million", "Dh250", "QR1.2bn", "US$3m".
CURRENCY_CODES = {
    "US$": "USD", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "SR": "SAR", "SAR": "SAR", "AED": "AED", "Dh": "AED",
    "Dhs": "AED", "DH": "AED", "QR": "QAR", "QAR": "QAR", "KD": "KWD", "KWD": "KWD", "BD": "BHD", "BHD": "BHD",
    "OMR": "OMR", "JD": "JOD", "JOD": "JOD", "EGP": "EGP", "E£": "EGP", "MAD": "MAD", "TND": "TND", "DZD": "DZD",
    "LBP": "LBP", "IQD": "IQD",
}  # fmt: skip
# As written, capitals and all (case-sensitive inside the otherwise case-blind pattern: quick to rule out).
_CODE = "(?-i:" + "|".join(map(re.escape, sorted(CURRENCY_CODES, key=len, reverse=True))) + ")"
_DEGREES = {"C": "celsius", "F": "fahrenheit", "م": "celsius"}  # "45°C", "45°م" (مئوية)
_NUMBER_OF = {fold(k): v for k, v in _NUMBER_WORDS.items()}
_SCALE_OF = {fold(k): v for k, v in _SCALES.items()}

_SCALE = alternation(list(_SCALES))
# Thousands grouped by commas ("1,200") or, the French way, by spaces with a decimal comma ("5 000,50":
# non-breaking spaces are plain ones once the text is cleaned); a decimal comma before a word or a
# percent sign ("2,5 مليار", "3,5%": Maghrebi and French writing); else plain digits with a decimal point.
_DIGITS_NUMBER = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d.]\d)"
    r"|\d+,\d{1,2}(?=\s*(?:[^\W\d_]|[%٪]))"  # (a word after it: a scale, a unit)
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d,])|\d+(?:[.٫]\d+)?"  # thousands grouped by dots: "1.200.000"
)
# One group of three zeros after a dot is thousands too ("297.000 postes", "15.000 شخص"): nobody writes
# a decimal that way. Before a scale word it stays a decimal point ("2.000 مليار" is rare either way).
_DOTTED_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}\.000")
_ONE_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}\.\d{3}")
_DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")
_WORD_NUMBER = alternation(list(_NUMBER_WORDS))
_UNIT = alternation([*(u for u in _UNITS if u != "%"), *_PEOPLE, *_SHARES])
_OF = r"(?:(?:de|d['’])\s*)?"  # French counts its units: "10 milliards de dirhams", "920 millions d'euros"
# A half after the scale: "3 ملايين ونصف", "مليون ونصف المليون زائر" (the scale may be said again).
_AND_A_HALF = rf"\s+و\s?نصف(?:\s+(?:ال)?(?:{_SCALE}))?(?![^\W\d_])"
_DIGIT_BRANCH = (
    rf"(?<![\w.,])(?<!\d:)(?:(?P<sign>[$€£])|(?P<code>{_CODE})(?=\s?\d))?\s?(?:الـ|[وفبل]ـ?)?"
    rf"(?P<number>{_DIGITS_NUMBER})(?!\d)(?!:\d)(?P<kilo>(?<=\d)[kK](?![^\W\d_]))?"  # "$750K"
    rf"(?:(?<=\d)\)?\s*(?P<scale>{_SCALE})(?![^\W\d_])(?P<half>{_AND_A_HALF})?)?"
    rf"(?:\s*(?P<percent>[%٪])|(?P<pc>pc)(?![^\W\d_])|\s?(?P<degree>°\s?[CFم])(?![^\W\d_])|\s+{_OF}(?P<unit>{_UNIT})(?![^\W\d_]))?"
)
# One scale word alone is one of it when a unit or "و" and a number follows: "مليار ريال", "ألف و500 شخص"
# (not "ألف كتابا", he wrote a book).
_SINGLE_SCALES = ("ألف", "مليون", "مليار", "بليون", "تريليون", "ترليون")
_WORD_BRANCHES = (
    # a number in words, maybe of several ("خمسة عشر مليون", "سبعمائة وخمسة عشر مليون"), then its scale
    rf"(?<![^\W\d_])(?:[وب])?(?P<word>{_WORD_NUMBER}(?:\s+عشرة?|\s+و\s?{_WORD_NUMBER}){{0,3}})\s+(?P<wscale>{_SCALE})(?![^\W\d_])"
    rf"(?P<whalf>{_AND_A_HALF})?"
    rf"(?:\s+{_OF}(?P<wunit>{_UNIT})(?![^\W\d_]))?"
    rf"|(?<![^\W\d_])(?:[وب])?(?P<counted>{alternation(list(_SELF_COUNTED))})(?![^\W\d_])(?:\s+(?P<cunit>{_UNIT})(?![^\W\d_]))?"
    rf"|(?<![^\W\d_])(?:[وب])?(?P<single>{alternation(_SINGLE_SCALES)})(?P<shalf>{_AND_A_HALF})?"
    rf"(?:\s+{_OF}(?P<sunit>{_UNIT})(?![^\W\d_])|(?(shalf)|(?=\s*و\s?\d)))"  # (with a half, no unit needed)
)
# One pattern, read by one ``_read``, compiled twice with one side switched off by "(?!)" (a lookahead
# that never holds): near digits only the digits' branch can start a match, and a number word always
# stands before a scale word ("ثلاثة ملايين"), so the words' branches only run near those. Trying the
# 70 number words at every position near every digit cost three times the digits' branch alone.
# Compiled on first use (about 0.5 s each on the dev machine: every unit in every spelling, written as a trie by
# ``alternation``; 1.1 s each as a flat list), so that importing the core stays quick; a worker compiles them in
# ``warm_up`` before it serves.


@cache
def _near_digits_re() -> re.Pattern[str]:
    return re.compile(rf"{_DIGIT_BRANCH}|(?!)(?:{_WORD_BRANCHES})", re.IGNORECASE)


@cache
def _near_scales_re() -> re.Pattern[str]:
    return re.compile(rf"(?!)(?:{_DIGIT_BRANCH})|{_WORD_BRANCHES}", re.IGNORECASE)


_YEAR_LIKE = re.compile(r"^(1[89]|20)\d\d$")
_HIJRI_YEAR_LIKE = re.compile(r"^1[34]\d\d$")
# A day beside its month ("27 مايو", "10 من يونيو", "May 27") is a date, not a count, even when the
# article has no publication day to resolve it against (mentioned dates then skip it).
_MONTH_AFTER_RE = re.compile(rf"\s+(?:من\s+|of\s+)?(?:{MONTH_NAME}|{HIJRI_MONTH_NAME})", re.IGNORECASE)
_MONTH_BEFORE_RE = re.compile(rf"(?:{MONTH_NAME}|{HIJRI_MONTH_NAME})\s+$", re.IGNORECASE)
# A wire service's clock: "by 1412 GMT", "0930 ET" (the zone's capitals as written), "الساعة 1438 بتوقيت جرينتش".
_CLOCK_AFTER_RE = re.compile(rf"\s+(?:(?:{'|'.join(LATIN_ZONES)})\b|بتوقيت\s+[جغ]رينت?[شتس])")
# Where a scale word written without digits may stand ("ثلاثة ملايين", "ألفين", "two million"): the
# cores all spellings share, a short alternation that is quick to search; the full pattern then reads
# every spelling around it. (Scales after digits — "1.2bn" — are already near a digit anchor.)
# The thousand words must end a word ("ألف", "آلاف", "ألفين", "ألفي قتيل"), or every "الفريق" would open a window.
# The lookahead of first letters lets the engine skip other characters quickly (see mentions.py).
_SCALE_ANCHOR_RE = re.compile(
    r"(?=[لtTmMbB])(?:(?:لفا?|لفين|لفان|لفي|لاف)(?![^\W\d_])|ليون|لايين|ليار"
    "|(?i:thousand|million|billion|trillion|mille|milliard))"
)


def extract_quantities(body: str, tokens: Tokens | None = None) -> list[Quantity]:
    """The quantities of ``body``; ``tokens``: its tokens, when the caller has them (``enrich`` does)."""
    plain = ascii_digits(body)
    # A quantity has digits or a scale word ("ثلاثة ملايين", "ألفين"): look only near those — the first
    # few thousand of them (a table or a page of figures would otherwise cost seconds: 1 MB of "1 " took 14 s).
    scales = [m.span() for m in itertools.islice(_SCALE_ANCHOR_RE.finditer(plain), _MAX_ANCHORS)]
    matches = [
        m
        for low, high in windows_near(plain, digit_runs(plain)[:_MAX_ANCHORS], margin=40)
        for m in _near_digits_re().finditer(plain, low, high)
    ]
    matches += [
        m for low, high in windows_near(plain, scales, margin=40) for m in _near_scales_re().finditer(plain, low, high)
    ]
    found = []
    end = -1
    for match in sorted(matches, key=lambda m: m.start()):
        if match.start() < end:
            continue  # the stretch is read already: one reading of it, as one scan would give
        end = match.end()
        quantity = _read(match, body)
        if quantity is not None:
            found.append(quantity)
    found += _counted_in_words(body, tokens or tokenize(body), found)
    if links := addresses(body):  # the figures of a link ("/2015/06/01/", "cutt.us/8JU5") count nothing
        found = [q for q in found if not any(start <= q.start < end for start, end in links)]
    return _ranges_completed(body, _compounds_joined(body, sorted(found, key=lambda q: q.start)))


_CUT_SHORT_RE = re.compile(rf"(?<!\S){CUT_NUMBER}(?:\n|$)")  # what is left of a number the scraper cut
_MAX_ANCHORS = 2_000  # numbers (and scale words) read in one body; an article holds a few dozen


# A range writes its scale and unit once, after its upper end: "بين 20 و30 ألف دولار" is 20,000 to
# 30,000 USD, "من 3 إلى 5 ملايين برميل", "between 5.25 and 5.5 per cent", "10-15%". "و" and "and" make
# a range only after "بين"/"between" ("أصيب 3 و12 شخصا" counts two groups).
_RANGE_TO_RE = re.compile(r"\s*(?:[-–]|(?:إلى|الى|حتى|to|à)\s)\s*", re.IGNORECASE)
_RANGE_AND_RE = re.compile(r"\s*(?:و|and\s|et\s)\s*", re.IGNORECASE)
_RANGE_OPENER_RE = re.compile(r"(?:بين|between|entre)\s*$", re.IGNORECASE)
_RANGE_GAP_MAX_CHARS = 7  # " إلى ", " and ", " و"
_BARE_NUMBER_RE = re.compile(r"[\d٠-٩][\d٠-٩.,٫٬]*")


def _ranges_completed(body: str, found: list[Quantity]) -> list[Quantity]:
    completed = list(found)
    for i, (low, high) in enumerate(itertools.pairwise(found)):
        if high.start - low.end > _RANGE_GAP_MAX_CHARS or low.unit is not None:
            continue  # most pairs: far apart, or the first already has its unit
        scale = _scale_in(high.text)
        if low.value * scale > high.value:
            scale = 1.0  # "بين 100 وخمسة آلاف نسمة": the scale was the upper end's own (100 to 5,000)
        shares = high.unit is not None or scale != 1.0
        if shares and _BARE_NUMBER_RE.fullmatch(low.text) is not None and _joins_a_range(body, low, high):
            completed[i] = Quantity(low.text, round(low.value * scale, 6), high.unit, low.start, low.end)
    return completed


def _joins_a_range(body: str, low: Quantity, high: Quantity) -> bool:
    if _RANGE_TO_RE.fullmatch(body, low.end, high.start):
        return True
    opened = _RANGE_OPENER_RE.search(body, max(0, low.start - 12), low.start) is not None
    return opened and _RANGE_AND_RE.fullmatch(body, low.end, high.start) is not None


def _scale_in(text: str) -> float:
    """The scale word a quantity's text holds ("30 ألف دولار": 1,000), 1 if none."""
    return next((_SCALE_OF[word] for word in map(fold, text.split()[1:]) if word in _SCALE_OF), 1.0)


# "12 ألفاً و300 شهيد", "3 ملايين وخمسة آلاف": a scaled count and the smaller count "و" adds to it.
_AND_RE = re.compile(r"\s*و\s*")


def _compounds_joined(body: str, found: list[Quantity]) -> list[Quantity]:
    joined: list[Quantity] = []
    for quantity in found:
        last = joined[-1] if joined else None
        scale = _SCALE_OF.get(fold(last.text.split()[-1]), 0.0) if last else 0.0
        if (
            last is not None
            and scale > 1
            and quantity.value < scale
            and last.unit in (None, quantity.unit)
            and _AND_RE.fullmatch(body, last.end, quantity.start)
        ):
            joined[-1] = Quantity(
                body[last.start : quantity.end], last.value + quantity.value, quantity.unit, last.start, quantity.end
            )
        else:
            joined.append(quantity)
    return joined


# A small count written as a word before its unit: "ثلاثة أشخاص", "خمس سنوات", "ثلاثمائة شخص", "five people".
# From three up: one and two follow their noun in Arabic ("يوم واحد", or the dual "يومين"), and "مئات"
# ("hundreds") is no number. Compounds add up: "خمسة عشر يوما" is 15, "أربعة وعشرين ساعة" 24. Read off the
# tokens (a set lookup per word, then the word or two after a number word): the pattern of every number word
# and unit, tried at each, cost a hundred µs an article.
_VAGUE_COUNTS = ("dozens", "مئات", "hundreds", "centaines")
_COUNT_WORD_KEYS = frozenset(
    term(w) for w, v in _NUMBER_WORDS.items() if 3 <= v < 1000 and w == w.strip() and w not in _VAGUE_COUNTS
)
_GLUED = ("و", "ب")  # "وثلاثة أيام", "بخمس سنوات"


def _counted_in_words(body: str, tokens: Tokens, taken: list[Quantity]) -> list[Quantity]:
    found: list[Quantity] = []
    words, starts = tokens.words, tokens.starts
    for i in positions(tokens, _COUNT_WORD_KEYS):
        word = words[i]
        value = _NUMBER_OF.get(fold(word))
        glued = value is None and word[:1] in _GLUED
        if glued:
            value = _NUMBER_OF.get(fold(word[1:]))
        unit = _unit_after(body, tokens, i)
        if value is None or unit is None:
            continue
        start, (end, name) = starts[i] + glued, unit
        if (before := _count_word_before(body, tokens, i, value, glued)) is not None:
            start, value = starts[i - 1], value + before  # "خمسة عشر", "أربعة وعشرين", "ثلاثمائة وخمسين"
        if not any(q.start < end and start < q.end for q in taken):
            found.append(Quantity(body[start:end], float(value), name, start, end))
    return found


_ONE_OF_ELEVEN = frozenset(map(fold, ("أحد", "إحدى")))  # before "عشر" only: "أحد" alone is "one of"


def _count_word_before(body: str, tokens: Tokens, i: int, value: float, glued: bool) -> float | None:
    """The count word that token ``i`` completes: the units before "عشر" (a teen), or the units or
    hundreds before a glued "و" and the tens or units ("أربعة وعشرين", "مائة وخمسة")."""
    if i == 0 or not body[tokens.ends[i - 1] : tokens.starts[i]].isspace():
        return None
    before = _NUMBER_OF.get(previous := fold(tokens.words[i - 1]), 1 if previous in _ONE_OF_ELEVEN else None)
    if before is None or before < 1 or before == value:
        return None
    teen = value == 10 and not glued and before < 10
    units_and_tens = before < 10 and value >= 20 and value % 10 == 0  # Arabic writes the units first
    return before if teen or (glued and (before > value or units_and_tens)) else None


def _unit_after(body: str, tokens: Tokens, i: int) -> tuple[int, str] | None:
    """Where the unit right after token ``i`` ends (one or two words: "درجة مئوية"), and its name."""
    starts, ends = tokens.starts, tokens.ends
    if i + 1 >= len(tokens) or not body[ends[i] : starts[i + 1]].isspace():
        return None
    for last in (i + 2, i + 1):
        if last < len(tokens) and (name := _unit(body[starts[i + 1] : ends[last]])) is not None:
            return ends[last], name
    return None


def _names_someone(body: str, end: int) -> bool:
    """Is the dual before ``end`` a name: no counted word after it, or a person's name?"""
    after = _NEXT_WORD_RE.match(body, end)
    return after is None or mostly(after[1], "PERS")


_ALFIE = fold("ألفي")  # the one dual that is also a name


def _read(match: re.Match[str], body: str) -> Quantity | None:
    if match["number"] is not None:
        digits = match["number"]
        if match["kilo"] and not (match["sign"] or match["code"]):
            return None  # thousands of an amount only: "4K" is a screen's resolution, "10K" a race
        bare = not any(match[group] for group in ("scale", "unit", "percent", "pc", "sign", "code", "degree"))
        if bare and _YEAR_LIKE.match(digits):
            return None  # "عام 1967": a year, not a quantity
        if bare and _HIJRI_YEAR_LIKE.match(digits) and _is_a_hijri_year(body, match.start("number"), match.end("number")):
            return None
        if bare and digits.isdigit() and 1 <= int(digits) <= 31 and _next_to_month(body, match.start("number"), match.end()):
            return None
        if bare and digits.isdigit() and _in_a_numeric_date(body, match.start("number"), match.end("number")):
            return None  # "28/10/2023", "1445/4/18هـ": a day and a month, not counts
        if bare and len(digits) == 4 and _CLOCK_AFTER_RE.match(body, match.end()):
            return None
        if bare and _is_list_rank(body, match.start("number"), match.end()):
            return None
        if bare and (counted := _counted_with_the_article(body, match.start("number"), match.end("number"))):
            return counted  # "الساعات الـ24": 24 hours, the unit before
        if bare and _names_or_ranks(body, match.start("number"), match.end("number")):
            return None
        if bare and _is_a_score(body, match.start("number"), match.end("number")):
            return None
        if bare and _CUT_SHORT_RE.match(body, match.start("number") - 1):
            return None  # "… أكثر من 8 آلاف فلسطيني و1.": the scraper cut the number off (the seed's paragraph)
        if " " in digits or _DECIMAL_COMMA_RE.fullmatch(digits):  # a comma before decimals
            value = float(digits.replace(" ", "").replace(",", "."))
        elif _DOTTED_THOUSANDS_RE.fullmatch(digits) and (not match["scale"] or digits.count(".") > 1):
            value = float(digits.replace(".", ""))
        elif _ONE_DOT_THOUSANDS_RE.fullmatch(digits) and not match["scale"] and _unit(match["unit"]) == "person":
            value = float(digits.replace(".", ""))  # "10.800 personnes": people come whole, the dot groups thousands
        else:
            value = float(digits.replace(",", "").replace("٫", "."))
        value += 0.5 if match["half"] else 0.0
        scale = _SCALE_OF.get(fold(match["scale"])) if match["scale"] else 1e3 if match["kilo"] else 1.0
        unit = (
            _unit(match["unit"])
            or ("percent" if match["percent"] or match["pc"] else None)
            or _DEGREES.get(match["degree"][-1:] if match["degree"] else "")
            or _CURRENCY_SIGNS.get(match["sign"] or "")
            or CURRENCY_CODES.get(match["code"] or "")
        )
        if unit == "day" and not match["scale"] and _is_a_named_day(body, match.end()):
            # "وإصابة 173 يوم الأحد": the day named, not a count of days ("فاز 2-1 يوم الجمعة": a score)
            start, end = match.start("number"), match.end("number")
            if _YEAR_LIKE.match(digits) or _is_a_score(body, start, end):
                return None  # "في 2010 يوم الخامس من سبتمبر": a year
            return Quantity(digits, round(value, 6), None, start, end)
    elif match["word"] is not None:
        value = _words_value(match["word"]) + (0.5 if match["whalf"] else 0.0)
        scale = _SCALE_OF.get(fold(match["wscale"]), 1.0)
        unit = _unit(match["wunit"])
    elif match["counted"] is not None:
        word = fold(match["counted"])
        if word == _ALFIE and not match["cunit"] and _names_someone(body, match.end()):
            return None  # "الرضيع ألفي إيفانز", "عن ألفي،": the name Alfie, not two thousand
        if word in _DUALS_IN_CONSTRUCT and (not match["cunit"] or _number_before(body, match.start("counted"))):
            return None  # "عشرين مليونا": the accusative after a number, read with it or not at all
        value, scale = 1.0, _SELF_COUNTED[word]
        unit = _unit(match["cunit"])
    else:
        if _number_before(body, match.start("single")):
            return None  # "بـ30 تريليون قدم", "الخمسين مليون نسمة", "5ر3 مليون": the number before was not read
        value, scale = 1.5 if match["shalf"] else 1.0, _SCALE_OF[fold(match["single"])]
        unit = _unit(match["sunit"])
    # The quantity starts at its sign or its number: not at the space or the glued "و" the pattern reads.
    opening = ("sign", "code", "number", "word", "counted", "single")
    start, end = match.start(next(group for group in opening if match[group])), match.end()
    degrees = _TEMPERATURE_DEGREES_RE.match(body, end) if unit is None else None
    if degrees is not None and _TEMPERATURE_WORD in body[max(0, start - _TEMPERATURE_REACH) : start]:
        unit, end = "celsius", degrees.end()  # "درجات الحرارة العظمى على القاهرة 26 درجة": the weather's degrees
    return Quantity(body[start:end], round(value * (scale or 1.0), 6), unit, start, end)


# Degrees with no scale named, in a sentence about the temperature ("الحرارة", "حرارة"): Celsius, as Arab weather
# reports give them. (Elsewhere a degree may be a rank or the Richter scale's: "6.8 درجة".)
_TEMPERATURE_DEGREES_RE = re.compile(r"\s*(?:درجة|درجات)(?![^\W\d_])")
_TEMPERATURE_WORD = "حرار"
_TEMPERATURE_REACH = 80  # characters before the number


def _number_before(body: str, start: int) -> bool:
    """Does a number stand right before ``start``: digits (past a bracket or a tatweel) or a number word?"""
    words = body[max(0, start - _NUMBER_BEFORE_CHARS) : start].rstrip(" )(ـ").split()
    return bool(words) and (words[-1][-1].isdigit() or strip_clitics(fold(words[-1])) in _NUMBER_KEYS)


_NUMBER_BEFORE_CHARS = 16
_NUMBER_KEYS = frozenset(strip_clitics(fold(word)) for word in _NUMBER_WORDS)


def _words_value(words: str) -> float:
    """The value of a number in words, its parts added up ("خمسة عشر": 15, "ثلاثة وعشرين": 23)."""
    if (whole := _NUMBER_OF.get(fold(words))) is not None:
        return whole  # "أحد عشر"
    parts = map(fold, words.split())  # ("وعشرين": the glued "و" goes when the rest is the number)
    return sum(_NUMBER_OF.get(part, _NUMBER_OF.get(part.removeprefix("و"), 0.0)) for part in parts)


def _is_a_named_day(body: str, end: int) -> bool:
    """Does a weekday, a month, an ordinal or "أمس" name the "يوم" just read ("يوم الجمعة", "يوم أمس", "يوم 26 مايو",
    "يوم الخامس من سبتمبر")?"""
    following = _NEXT_WORD_RE.match(body, end)
    return following is not None and (following[1][0].isdigit() or fold(following[1]) in _DAY_NAMES)


_NEXT_WORD_RE = re.compile(r"\s+(\w+)")
# (and the first word of an ordinal day: "يوم الخامس من سبتمبر", the fifth named, after "في 2010")
_DAY_NAMES = CALENDAR_NAMES | {fold("أمس")} | {fold(ordinal.split()[0]) for ordinal in ORDINAL_DAYS}


# A rank opening a line of a list: "1- زيادة الاستثمارات …", "2) …", "3. …".
_RANK_MARK_RE = re.compile(r"\s*[-–.)]\s")
_RANK_MAX_DIGITS = 2


def _counted_with_the_article(body: str, start: int, end: int) -> Quantity | None:
    """A count written after its unit and the article: "خلال الساعات الـ24 الماضية" (a rank elsewhere: "الـ15")."""
    written = _UNIT_THEN_THE_RE.search(body, max(0, start - _UNIT_THEN_THE_MAX_CHARS), start)
    unit = _unit(written["unit"].removeprefix("ال")) if written is not None else None
    if written is None or unit is None:
        return None
    value = float(ascii_digits(body[start:end]))
    return Quantity(body[written.start() : end], value, unit, written.start(), end)


_UNIT_THEN_THE_RE = re.compile(r"(?<![^\W\d_])(?P<unit>ال[^\W\d_]{3,12})\s+الـ\s?$")
_UNIT_THEN_THE_MAX_CHARS = 20


def _names_or_ranks(body: str, start: int, end: int) -> bool:
    """A number that is part of a name or a rank, not a count: "F-16", "كوفيد-19", "Resolution 2216",
    "المادة 51", "بالقرار الدولي 1701", "في الدقيقة 75", "الـ 15", "162nd", "21st", "le 2e tour", a model's
    "بوينغ 787", "777X", "A320", gold's "عيار 21"."""
    return (
        _ORDINAL_SUFFIX_RE.match(body, end) is not None
        or _LABELLED_BEFORE_RE.search(body, max(0, start - _LABELLED_BEFORE_MAX_CHARS), start) is not None
        or (end < len(body) and body[end].isascii() and body[end].isalpha())  # a model's code: "777X", "5G"
        or (start > 0 and body[start - 1].isascii() and body[start - 1].isalpha())  # "A320", "COP28"
        or _STOPPAGE_TIME_RE.match(body, end) is not None  # a match's minute and its added time: "45+2"
        or (start > 1 and body[start - 1] == "+" and body[start - 2].isdigit())
        or _SECOND_OF_TWO_MARKS_RE.search(body, max(0, start - _LABELLED_BEFORE_MAX_CHARS), start) is not None
    )


_STOPPAGE_TIME_RE = re.compile(r"\+\d")
# The second of two marks a dual numbers: "في الدقيقتين 12 و45".
_SECOND_OF_TWO_MARKS_RE = re.compile(r"(?:الدقيقتين|المركزين|الجولتين)\s+\d+\s*و\s*$")


_ORDINAL_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th|e|er|ère|ème)(?![^\W\d_])", re.IGNORECASE)
# (Most Arabic labels after a conjunction or preposition, "بالقرار", and before a nisba adjective, "القرار
# الدولي"; not "رقم", whose "برقم 36 عقارا" says how many.)
_LABELLED_BEFORE_RE = re.compile(
    r"(?:[^\W\d_]-|الـ\s?|(?<![^\W\d_])(?:article|resolution|résolution|no\.|number|flight|vol)\s+"
    r"|(?<![^\W\d_])(?:رقم|الرقم|رحلة)\s+"
    # a maker's model ("بوينغ 787", "Boeing 737", "آيفون 15") and gold's grade ("عيار 21")
    r"|(?<![^\W\d_])[وفبلك]{0,2}(?:بوينغ|بوينج|إيرباص|ايرباص|boeing|airbus|آيفون|ايفون|iphone|galaxy|غالاكسي|جالاكسي|عيار)\s+"
    # a rank or a mark a definite noun numbers: "في الدقيقة 75", "الجولة 15", "المركز 3", "الحلقة 20"
    r"|(?<![^\W\d_])[وفبلك]{0,2}(?:الدقيقة|الدقيقتين|الجولة|المركز|المرتبة|الحلقة|الصفحة|الطابق|الشوط|المجموعة)\s+"
    r"|(?<![^\W\d_])[وفبلك]{0,2}(?:قرار|القرار|المادة|مادة|البند|بند|الرحلة)(?:\s+ال[^\W\d_]{2,12}ي[ةه]?)?\s+)$",
    re.IGNORECASE,
)
_LABELLED_BEFORE_MAX_CHARS = 30  # "بالقرار الأممي رقم "


def _is_a_score(body: str, start: int, end: int) -> bool:
    """Either side of a match's score, "الهلال 3 - 1 النصر", "won 2-1": two small numbers joined by a dash,
    no unit or scale after the second (then it is a range, "10-15%", "3 - 5 أيام", "4 - 5 آلاف سهم")."""
    after = _SCORE_AFTER_RE.match(body, end)
    if after is not None:
        return not _measure_follows(body, after.end())
    before = _SCORE_BEFORE_RE.search(body, max(0, start - 8), start)
    return before is not None and end - start <= 2 and not _measure_follows(body, end)


_SCORE_AFTER_RE = re.compile(r"\s*[-–]\s*(?:\d{1,2}(?![\d.,%٪])|صفر)")  # "2-1", "2 - صفر"
_SCORE_BEFORE_RE = re.compile(r"(?:(?<![\d.,])\d{1,2}|صفر)\s*[-–]\s*$")


def _measure_follows(body: str, end: int) -> bool:
    """Is the next word a scale ("5 آلاف") or a unit ("5 أيام"), not a day that a weekday names ("2-1 يوم الجمعة")?"""
    following = _NEXT_WORD_RE.match(body, end)
    if following is None:
        return False
    if fold(following[1]) in _SCALE_OF:
        return True
    unit = _unit(following[1])
    return unit is not None and not (unit == "day" and _is_a_named_day(body, following.end()))


def _is_list_rank(body: str, start: int, end: int) -> bool:
    return (
        end - start <= _RANK_MAX_DIGITS
        and (start == 0 or body[start - 1] == "\n")
        and _RANK_MARK_RE.match(body, end) is not None
    )


def _next_to_month(body: str, start: int, end: int) -> bool:
    return bool(_MONTH_AFTER_RE.match(body, end) or _MONTH_BEFORE_RE.search(body, max(0, start - 16), start))


def _is_a_hijri_year(body: str, start: int, end: int) -> bool:
    """ "1445 هـ", "العام الدراسي 1436", "1435-1436" or "1435/1436هـ" (an academic year): a Hijri year, not a count."""
    plain = ascii_digits(body[max(0, start - _YEAR_WORD_REACH) : end + _PAIRED_YEAR_REACH])
    at = start - max(0, start - _YEAR_WORD_REACH)
    return bool(
        _HIJRI_YEAR_AFTER_RE.match(plain, at + end - start)
        or _YEAR_WORD_BEFORE_RE.search(plain, 0, at)
        or _PAIRED_YEARS_RE.match(plain, at + end - start)
        or _PAIRED_YEARS_BEFORE_RE.search(plain, 0, at)
    )


_YEAR_WORD_REACH = 30  # "للعام الدراسي الحالي " before the year
_PAIRED_YEAR_REACH = 8  # " / 1437" after it
_HIJRI_YEAR_AFTER_RE = re.compile(HIJRI_SUFFIX)
# "العام 1428", "للعام الدراسي الحالي 1436": the year's word and what kind of year.
_YEAR_WORD_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])[وب]?(?:ال|لل|ل)?(?:عام|سنة)(?:\s+ال(?:دراسي|جامعي|ماضي|حالي|جديد|مالي|مقبل|هجري)){0,2}\s+$"
)
_PAIRED_YEARS_RE = re.compile(r"\s*[-/]\s*1[34]\d\d(?!\d)")
_PAIRED_YEARS_BEFORE_RE = re.compile(r"(?<!\d)1[34]\d\d\s*[-/]\s*$")


def _in_a_numeric_date(body: str, start: int, end: int) -> bool:
    """Is the number a part of a date written in figures ("28/10/2023", "2023-10-28", "1445/4/18")?"""
    around = ascii_digits(body[max(0, start - _DATE_REACH) : end + _DATE_REACH])
    offset = start - max(0, start - _DATE_REACH)
    return any(m.start() <= offset and offset + end - start <= m.end() for m in _NUMERIC_DATE_RE.finditer(around))


_DATE_REACH = 15  # characters a numeric date may run on either side of one of its numbers ("8 / 10 / 1436")
# One separator twice ("0-0.25%" is a range of percentages).
_NUMERIC_DATE_RE = re.compile(
    r"(?<![\d.,])(?:\d{1,2} ?(?P<s>[/.-]) ?\d{1,2} ?(?P=s) ?(?:\d{4}|\d{2})"
    r"|\d{4} ?(?P<t>[/.-]) ?\d{1,2} ?(?P=t) ?\d{1,2})(?![\d%])"
)


def _unit(text: str | None) -> str | None:
    return _UNIT_OF.get(fold(text)) if text else None
