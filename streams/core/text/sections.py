"""Cutting scraped text into the article and what the page wrapped around it.

A scraped news page is the article's own paragraphs followed, and sometimes interrupted, by the
page's furniture: credit lines (المصدر: …), publisher tags (كلمات دلالية: …), "read also" blocks
with related headlines, and whole unrelated articles appended after such a marker. This module
finds each of them by its label, in every spelling the field notes list, and returns the parts.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from streams.core.lexicon import (
    arabic_place_names,
    ever,
    is_common_in_the_news,
    is_glued,
    is_rare_in_the_news,
    latin_place_names,
    mostly,
)
from streams.core.text.dates import (
    MONTH_NAME,
    WEEKDAY,
    WEEKDAY_NUMBER,
    ParsedDate,
    is_date_only,
    is_date_word,
    month_number,
    parse_date,
    parse_relative,
)
from streams.core.text.function_words import (
    ARABIC_FUNCTION_KEYS,
    ARABIC_NAME_LINKS,
    ARABIC_SMALL_WORD_KEYS,
    FUNCTION_WORDS,
    PRESENT_TENSE_VERB,
)
from streams.core.text.normalize import WORD_RE, alternation, fold, strip_clitics, word_count

_SEPARATOR = r"[:：\-–—»>|]"
_LIST_BULLETS = "•·▪►◄●-–—*"  # what opens a list's item
_BULLETS = _LIST_BULLETS + ">| "  # what a headline under a read-also marker loses besides
_BULLET = r"(?:[«»\"'\-–—•*>▪►◄|]\s*)?"
_HASHTAGS_RE = re.compile(r"^\s*(?:#[^\s#]+\s*)+(?<![:：])$")  # a line of hashtags only: the publisher's tags

# Markers that read naturally glued to the headline they introduce ("اقرأ أيضاًترامب: …"): a verb of
# reading or watching, then "too" or "more" (written as folded keys; the pattern takes every spelling).
# And a column's list of the writer's other columns, its headlines often glued on: "مقالات أخرى للكاتب3 أفكار …".
_WRITERS_COLUMNS = tuple(
    f"{items} {how}" for items in ("مقالات", "اخر مقالات", "المزيد من مقالات") for how in ("اخري للكاتب", "للكاتب", "الكاتب")
)
_STRONG_READ_ALSO = (
    *(f"{verb} {then}" for verb in ("اقرا", "طالع", "شاهد") for then in ("ايضا", "كذلك", "المزيد")),
    *(f"{verb} المزيد من {items}" for verb in ("اقرا", "طالع") for items in ("الاخبار", "المقالات", "المواضيع")),
    *_WRITERS_COLUMNS,
    # French pages put the headline right after it, with no colon: "À lire aussi Guerre Israël-Hamas : …"
    "à lire aussi", "a lire aussi", "lire aussi", "à lire également", "lire également",
)  # fmt: skip
# The related block's heading: a kind of item, then how it relates ("مواضيع قد تهمك", "أخبار ذات علاقة").
_RELATED_ITEMS = ("مواضيع", "موضوعات", "اخبار", "مقالات", "قصص", "تقارير", "مواد", "روابط", "فيديوهات")
_RELATED_HOW = (
    "ذات صله", "ذات علاقه", "متعلقه", "مرتبطه", "مشابهه", "مقترحه", "مختاره", "اخري", "قد تهمك", "قد تعجبك",
    "تهمك", "ذات صله بالموضوع",
)  # fmt: skip
# Headings that name a list of links, not one ("الأكثر قراءة", "Most read"; ``_names_a_list``).
_LIST_HEADINGS = (
    "ذات صله", "اخترنا لك", "اخترنا لكم", "مختارات", "الاكثر قراءه", "الاكثر مشاهده", "الاكثر تداولا",
    "الاكثر تعليقا", "الاكثر شعبيه", "الاكثر زياره", "الاكثر قراءه اليوم", "المزيد من الاخبار", "اخر الاخبار",
    "احدث الاخبار", "الاكثر متابعه", "الاكثر مشاركه", "الاكثر قراءه هذا الاسبوع", "في نفس القسم", "من نفس القسم",
    "trending", "trending now", "latest news", "most read", "most popular", "most viewed", "most shared",
    "related articles", "related stories", "related news", "related posts", "related topics", "top stories",
    "editor's picks", "editors' picks",
    "les plus lus", "le plus lu", "les plus partagés", "les plus consultés", "nos abonnés ont lu",
    "dans la même rubrique", "dans la meme rubrique", "les dernières actualités", "à lire sur le même sujet",
)  # fmt: skip
# Markers that could also open an ordinary sentence: they count only alone or before a separator.
_WEAK_READ_ALSO = (
    *_LIST_HEADINGS,
    "قد يهمك ايضا", "قد يهمك", "يهمك ايضا", "قد تهمك", "ربما تهمك", "قد يعجبك ايضا", "قد يعجبك",
    "ربما يعجبك ايضا", "ربما يعجبك", "قد تعجبك", "ننصحك بقراءه", "ننصحكم بقراءه", "لمزيد من الاخبار",
    "للمزيد", "المزيد",
    "تابع ايضا", "تابع كذلك", "اقرا في هذا الملف", "المقال التالي", "المقال السابق", "الخبر التالي", "الخبر السابق",
    "next article", "previous article", "next story", "article suivant", "article précédent",
    "read next", "up next", "what to read next", "more from", "recommended", "recommended for you",
    "you may also like", "you might also like", "vous aimerez aussi", "read also", "also read", "read more",
    "see also", "related", "related coverage", "more coverage", "related content", "more on this story",
    "more stories", "voir aussi", "à voir aussi",
    "sur le même sujet", "sur le meme sujet", "sur le même thème", "pour mémoire", "pour aller plus loin",
    "further reading", "شاهد", "شاهد بالفيديو", "شاهد الفيديو", "بالفيديو", "watch",
)  # fmt: skip
_STRONG_RE = re.compile(rf"^\s*{_BULLET}(?P<marker>{alternation(_STRONG_READ_ALSO)})(?P<rest>.*)$", re.IGNORECASE)
_WEAK_RE = re.compile(
    rf"^\s*{_BULLET}(?P<marker>{alternation(_RELATED_ITEMS)}\s+{alternation(_RELATED_HOW)}|{alternation(_WEAK_READ_ALSO)})"
    rf"\s*(?:{_SEPARATOR}+(?P<rest>.*))?$",
    re.IGNORECASE,
)

# Credit labels: on the credited name's line, or alone above it (``_CREDIT_LABEL_ALONE_RE``).
_CREDIT_LABELS = ("المصدر", "المصادر", "مصدر الخبر")
_LATIN_CREDIT_LABELS = ("source", "sources")
_CREDIT_RE = re.compile(
    # (its separator a colon, a dash, a bar, a slash or a comma: "المصدر:- د ب أ", "المصدر | رويترز", "المصدر/ واس",
    # "المصدر، رويترز")
    rf"^\s*(?P<bracket>\(\s*)?(?:{alternation((*_CREDIT_LABELS, 'مصدر'))}\s*(?:[:：|/]\s*[-–—]?|[-–—]|\s?[،,])"
    # a column reprinted from elsewhere: '* نقلاً عن "الشرق الأوسط"'
    r"|\*?\s*(?:نقلا|نقلاً|نقلًا)\s+عن\s*:?"
    rf"|{alternation((*_LATIN_CREDIT_LABELS, 'quelle', 'fuente'))}\s*[:：])\s*(?P<value>.+?)\s*$",
    re.IGNORECASE,
)
_ARABIC_TAG_LABELS = (
    "كلمات دلالية",
    "الكلمات الدلالية",
    "كلمات دالة",
    "الكلمات الدالة",
    "كلمات مفتاحية",
    "الكلمات المفتاحية",
    "الكلمات الرئيسية",
    "كلمات البحث",
    "الوسوم",
    "وسوم",
    "الوسم",
    "العلامات",
    "التاغات",
    "الهاشتاغات",
)
# Words that head a page's tags only before a colon: "مواضيع ذات صلة" heads related stories.
_COLON_TAG_LABELS = ("مواضيع", "المواضيع", "موضوعات", "الموضوعات")
_LATIN_TAG_LABELS = (
    "tags",
    "tagged",
    "filed under",
    "keywords",
    "topics",
    "related topics",
    "mots-clés",
    "mots clés",
    "mots-cles",
    "étiquettes",
    "thèmes",
    "sujets",
    "explore more on these topics",
)
_TAG_RE = re.compile(
    rf"^\s*(?:{alternation(_ARABIC_TAG_LABELS)}\s*[:：\-–—]?|{alternation(_LATIN_TAG_LABELS)}\s*(?:[:：]|$)"
    rf"|{alternation(_COLON_TAG_LABELS)}\s*[:：])"
    r"\s*(?P<value>.*?)\s*$",
    re.IGNORECASE,
)
_TAG_SEPARATORS_RE = re.compile(r"\s*(?:[,،؛;|#•/]|\s[-–—]\s)\s*")

# A byline is a credit too: "كتب: أحمد محمد", "بقلم سارة علي", "By Jane Smith", "Par Jean Dupont".
# ("تقرير:" is no label of a byline: headlines open on it, "تقرير: السعودية تخطط …")
_BYLINE_LABELS = (
    "كتب", "كتبت", "كتبه", "الكاتب", "الكاتبة", "المحرر", "محرر الخبر", "بواسطة", "إعداد", "اعداد", "تحرير", "بقلم",
    "تصوير", "ترجمة", "حاوره", "حاورته", "حاورها", "أجرى الحوار", "أجرت الحوار", "حوار",
)  # fmt: skip
# Labels that also head a headline ("تقرير: 95% من سكان العالم …", "رصد: الأمطار تغرق جدة"): a byline only before
# a person's name ("تقرير: خالد المطيري", "متابعة: فهد الدوسري").
_REPORTER_RE = re.compile(r"^\s*(?:تقرير|متابعة|رصد|تغطية)\s*[:：\-–—/]\s*(?P<value>[^\d.!?؟:،,()]{4,40}?)\s*$")
_BYLINE_RE = re.compile(
    rf"^\s*(?:{alternation(_BYLINE_LABELS)}\s*[:：\-–—/ـ]|بقلم\s"
    r"|(?:(?:Story|Written|Words|Text) by|By|BY|Par|PAR)\s*[:：]?\s+(?=[A-ZÀ-Ý])|Author\s*[,،:：]\s*)"
    # (the dot of a title's abbreviation or an initial is no sentence's end: "بقلم: د. محمد الغامدي", "By Dr. Jane
    # Smith", "Par Karim B.")
    r"\s*(?P<value>(?:[^.!?؟:]|(?<=[\s:][\u0621-\u064aA-Z])\.|(?<=\s(?:Dr|Mr|Ms))\.){2,60}?)\s*[:：]?\s*$"
    # "كتب - محمد الخالدي:" closes on the colon that led into the text
)
_BYLINE_MAX_WORDS = 6
_BYLINE_LABEL_RE = re.compile(
    rf"^\s*(?:{alternation(_BYLINE_LABELS)}|(?:story |written |words |text )?by|par)\s*[:：\-–—]?\s+", re.IGNORECASE
)


def credited_names(authors: str | None) -> tuple[str, ...]:
    """The names of a page's author metadata, without a byline's label: trafilatura hands over
    "كتب فهد التركي" or "By Jane Smith; John Doe" as the page's markup had them."""
    names = (without_job_title(_BYLINE_LABEL_RE.sub("", name, count=1).strip()) for name in (authors or "").split(";"))
    return tuple(dict.fromkeys(name for name in names if name))


# Wire-service credits at the foot of the story: "Reporting by X in London; Editing by Y",
# "(Additional reporting by Z)"; and a byline naming the agency: "Le Monde avec AFP".
_REPORTING_RE = re.compile(
    r"^\s*\(?(?P<value>(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|reported)\s+by\s+[^()]{2,200}?)\)?\s*$"
    # Reuters' Arabic service, always in parentheses (bare, "تحرير …" opens sentences about liberation):
    # "(تغطية صحفية أليكس لولر - إعداد مروة سلام للنشرة العربية - تحرير أحمد إلهامي)"
    r"|^\s*\((?P<arabic>(?:تغطية صحفية|شارك في التغطية|إعداد|اعداد|تحرير)\s+[^()]{2,200}?)\)\s*$",
    re.IGNORECASE,
)
# AP's foot line: "Associated Press writers Zeke Miller and Aamer Madhani contributed to this report."
_CONTRIBUTED_RE = re.compile(
    r"^\s*(?:[A-Z][\w.'’ ]{0,40}?\s(?:writers?|reporters?|journalists?|correspondents?)\s+)?"
    r"(?P<value>[^.!?]{2,150}?)\s+contributed(?:\s+reporting)?(?:\s+(?:to|for)\s+(?:this|the)\s+(?:report|story))?\s*\.?\s*$"
)
# News agencies (and the networks credited like them), as credit lines name them.
NEWS_AGENCIES = tuple(
    name.strip()
    for name in """رويترز|فرانس برس|أ ف ب|ا ف ب|أ.ف.ب|د ب أ|د.ب.أ|أ ب|أسوشيتد برس|اسوشيتد برس|واس|الأناضول|
    وكالات|متابعات|سبوتنيك|شينخوا|بترا|قنا|وام|كونا|سانا|بنا|العمانية|إرنا|يو بي آي|أ ش أ|وأج|ماب|لاماب|وفا|سبأ|واع|وات|
    سي إن إن|بي بي سي|سكاي نيوز عربية|الجزيرة|الجزيرة نت|العربية|العربية نت|روسيا اليوم|فرانس 24|فرانس24|عربي21|عربي 21|
    بي بي سي عربي|بي بي سي نيوز عربي|العربية.نت|الجزيرة.نت|RT عربي|RT Arabic|سي إن إن بالعربية|CNN بالعربية|
    الحرة|يورونيوز|دويتشه فيله|DW عربية|مونت كارلو الدولية|اندبندنت عربية|العربي الجديد|اليوم السابع|
    المصري اليوم|هسبريس|القدس العربي|الشرق الأوسط|Arab News|Al Jazeera|Gulf News|The National|Al Arabiya|
    Al Arabiya English|Middle East Eye|Al-Monitor|France 24|FRANCE 24|Saudi Gazette|Khaleej Times|Asharq Al-Awsat|
    BBC News|BBC Arabic|Sky News|Sky News Arabia|Associated Press|سبق|عكاظ|شفق نيوز|السومرية نيوز|المسلة|القبس|وطنية|
    الوكالة الوطنية للإعلام|
    إيلاف|معا|صفا|شهاب|قدس برس|كوردستان 24|كوردستان24|كردستان 24|Kurdistan24|سونا|وال|ومع|و.م.ع|نينا|فارس|تسنيم|
    إيسنا|مهر|تاس|نوفوستي|كيودو|يونهاب|
    سبوتنيك عربي|Sputnik Arabic|TRT عربي|TRT Arabi|CNBC عربية|عمون|هلا أخبار|السوسنة|خبرني|جو 24|جو24|عرب 48|عرب48|
    دنيا الوطن|لبنان 24|لبنان24|ليبانون ديبايت|عنب بلدي|زمان الوصل|أورينت نت|تلفزيون سوريا|باسنيوز|بغداد اليوم|الغد برس|
    عدن الغد|المشهد اليمني|يمن مونيتور|الموقع بوست|العين الإخبارية|الخليج أونلاين|أخبار الآن|القاهرة 24|مصراوي|صدى البلد|
    البوابة نيوز|بوابة الأهرام|تحيا مصر|الراكوبة|سودان تربيون|عين ليبيا|ليبيا المستقبل|بوابة الوسط|موزاييك|باب نات|
    الشروق أونلاين|العمق المغربي|
    LBCI|Hespress|Le360|Médias24|Medias24|TelQuel|Sudan Tribune|Libya Herald|Libya Observer|Morocco World News|
    Egypt Today|Daily News Egypt|Mada Masr|Alhurra|Al Mayadeen English|Roya News|Ammon News|La Presse|
    La Presse de Tunisie|The Peninsula|Gulf Today|Bahrain News Agency|El Watan|Le Matin|Kapitalis|Oman Observer|
    Times News Service|بلومبرغ|بلومبيرغ|بلومبيرج|
    The Guardian|The New York Times|The Washington Post|The Wall Street Journal|Financial Times|The Independent|
    The Telegraph|Le Monde|Le Figaro|Libération|Jeune Afrique|L'Orient-Le Jour|The New Arab|Daily Sabah|
    Jordan Times|The Jordan Times|Times of Oman|Kuwait Times|Ahram Online|Egypt Independent|Rudaw|Euronews|
    Deutsche Welle|Al-Quds Al-Arabi|The Arab Weekly|Saudi Press Agency|Emirates News Agency|
    Reuters|AFP|AP|dpa|Xinhua|Anadolu|Bloomberg|PA|UPI|ANSA|EFE|CNN|BBC|RT|
    WAM|SPA|KUNA|QNA|BNA|ONA|MENA|SANA|WAFA|APS|MAP|TAP|NINA|IRNA|IRNA English|Sputnik|TASS|Kyodo|Yonhap""".split("|")
)
AGENCY_KEYS = frozenset(fold(name) for name in NEWS_AGENCIES)  # as the agencies are matched: folded
_LATIN_AGENCIES = alternation([name for name in NEWS_AGENCIES if name.isascii()])
_WITH_AGENCY_RE = re.compile(
    rf"^\s*\(?(?:par\s+)?(?P<value>(?:[^.!?:()]{{2,40}}?\s+\(?)?avec\s+(?:l['’])?(?:{_LATIN_AGENCIES}|agences"
    r"|(?-i:[A-Z]{2,5})))\s*\)?\s*$",
    re.IGNORECASE,
)  # "Le Monde avec AFP", "(Avec AFP)", "Avec agences", any agency's acronym after "avec": "Avec MAP", "avec APS",
# the wire in brackets: "Le360 (avec MAP)"

# News agencies credited in parentheses on a line of their own, where agency copy ends: "(رويترز)",
# "(الوكالة الوطنية للإعلام، رويترز)", "(AFP)".
# The initials an agency's editors sign its copy with: "ع ح/ر ق", "م ع ه", "م.ع / س.ص".
# (an initial is one or two letters standing alone: "المصدر/ واس" is no editor's "ال مص در/ وا س")
_INITIAL = r"[\u0621-\u064a]{1,2}(?![\u0621-\u064a])\.?\s*"
_INITIALS = rf"(?:{_INITIAL}){{1,4}}(?:/\s*(?:{_INITIAL}){{1,4}})?"
# Petra's "--(بترا)", and signed: "--(بترا) ع ح/ر ق"; DW's initials come first: "ح.ز/ ع.ج.م (أ ف ب، رويترز)".
_PARENTHESISED_RE = re.compile(
    rf"^\s*(?:{_INITIALS})?[-–—]*\s*[(\[](?P<value>[^()\[\]]{{2,80}})[)\]]\s*\.?\s*(?:{_INITIALS})?$"
    # or between slashes, as Oman's agency signs: "/العمانية/"
    rf"|^\s*/\s*(?P<slashed>[^/()\d]{{2,40}}?)\s*/\s*(?:{_INITIALS})?$"
)
_AGENCY_PARTS_RE = re.compile(r"\s*(?:[،,/+]|\s-\s|\sو(?=\S))\s*")
_AGENCY_NAME_MAX_CHARS = max(map(len, NEWS_AGENCIES))
_AGENCY_HEADS = frozenset(fold(w) for w in ("وكالة", "الوكالة", "agence", "agency"))

# Page furniture, neither article nor credit: a line of share buttons ("شارك فيسبوك تويتر"), a
# newsletter or follow prompt, a copyright notice.
_SHARE_WORDS = frozenset(
    fold(w)
    for w in """شارك شاركها مشاركة المشاركة تغريد غرد فيسبوك فيس بوك تويتر واتساب واتس اب تيليجرام تلغرام تليجرام
    لينكدإن لينكدين انستغرام انستجرام إنستغرام يوتيوب طباعة اطبع إرسال ارسل البريد الإلكتروني بريد نسخ الرابط رابط
    share facebook twitter whatsapp telegram linkedin instagram youtube email print tweet pinterest reddit
    messenger copy link partager imprimer envoyer on via sur عبر على جوجل نيوز google news نبض""".split()
)
_SHARE_LINE_MAX_WORDS = 4
_SHARE_LINE_MAX_CHARS = 60
# What a page counts under an article (views, reads, comments), and the count itself: "1,245", "١٢٤٥".
_COUNTED = "المشاهدات|مشاهدات|مشاهدة|القراءات|قراءات|قراءة|الزيارات|زيارات|زيارة|views?|vues?|lectures?"
_COUNT = r"[\d٠-٩][\d٠-٩,.٬]*\s*[kK]?"
_PHOTO_LABEL = r"(?:مصدر الصورة|التعليق على الصورة|image source|image caption)\s*[،,:：]"
_PHOTO_CAPTION_LABEL_RE = re.compile(r"^\s*(?:التعليق على الصورة|image caption)\s*[،,:：]?\s*$", re.IGNORECASE)
# The page's link to the story, maybe naming the paper it ran in: "رابط الخبر بصحيفة الوئام: داعش يعدم …" (its
# headline after the colon) credits the paper (``_STORY_LINK_RE``); "رابط الخبر: https://…" is furniture.
_STORY_LINK = r"(?:ال)?رابط\s+(?:ال)?(?:خبر|مقال|مقالة|موضوع|دائم)(?:\s+(?:ال)?(?:أصلي|اصلي))?"
_GALLERY_COUNTER = r"(?:صورة\s+)?\d{1,3}\s*(?:/|من)\s*\d{1,3}$"
_GALLERY_COUNTER_RE = re.compile(rf"^\s*{_GALLERY_COUNTER}")
# What a column's writer does, said under the text: "كاتب وأكاديمي سعودي", "أستاذ الاقتصاد في الجامعة الأردنية".
_WRITERS_JOB = (
    r"(?:كاتب|كاتبة|أكاديمي|أكاديمية|صحفي|صحفية|صحافي|صحافية|إعلامي|إعلامية|باحث|باحثة|محلل|محللة|أستاذ|أستاذة"
    r"|خبير|خبيرة|مستشار|مستشارة|رئيس تحرير|دبلوماسي|سفير)(?![^\W\d_])[^.!?؟*]{0,80}$"
)
_FURNITURE_RE = re.compile(
    r"^\s*(?:اشترك (?:في|الآن|معنا)|اشترك بالنشرة|جميع الحقوق محفوظة|حقوق النشر|©"
    r"|اشترك(?:وا)? (?:لتصلك|ليصلك|لتصلكم|ليصلكم|لتلقي|لتحصل)"  # "اشترك لتصلك أهم الأخبار"
    # a newsletter's box and a label over the text: "أدخل بريدك الإلكتروني", "اشتراك", "تفاصيل الخبر"
    r"|(?:أدخل|ادخل) بريدك|(?:ال)?بريد(?:ك)? الإلكتروني\s*$|(?:اشتراك|subscribe|s['’]abonner)\s*$"
    r"|(?:ال)?نشرة (?:ال)?(?:إخبارية|اخبارية|بريدية)\s*$|(?:la |our )?newsletters?\s*$"
    r"|(?:تفاصيل الخبر|نص الخبر|التفاصيل)\s*[:：]?\s*$|acquire licensing rights|[^.!?]{0,80}, opens new tab\s*$"
    # a breaking story's promise: "التفاصيل لاحقاً..", "More to follow."
    r"|(?:ال)?تفاصيل\s+(?:لاحقا|لاحقاً|بعد قليل|تتبع|تباعا|تباعاً)[.…\s]*$|(?:more|details) to follow[.…\s]*$"
    # a photo's label, with its agency or not: "صورة أرشيفية", "صورة أرشيفية - رويترز", "صورة تعبيرية (رويترز)",
    # "File photo - AFP", "Photo d'illustration"
    r"|شارك (?:هذا|الخبر|المقال)|\(?(?:(?:ال)?صورة\s*(?:أرشيفية|ارشيفية|تعبيرية|توضيحية|رمزية|من الأرشيف)"
    r"|file photo|archive photo|illustrative (?:image|photo)|(?:photo|image) d['’](?:illustration|archives?))\)?"
    r"\s*(?:[-–—/]\s*[^.!?؟]{2,30}|\([^()]{2,30}\))?$"
    # a photo's caption or credit: "الصورة: عناصر من الدفاع المدني … (أ ف ب)", "Photo: Reuters", "(الصورة: واس)",
    # and a picture agency's name alone: "Getty Images", "AFP/Getty Images"
    r"|\(?\s*(?:ال)?صورة\s*[:：]|\(?\s*(?:photo|image|photograph|picture|légende)\s*[:：]"
    r"|(?:[^.!?]{0,30}/\s*)?(?:getty images|shutterstock|istock(?:photo)?)\s*$"
    # BBC's labels: "مصدر الصورة،Getty Images", "التعليق على الصورة، …", "Image source, Reuters"
    rf"|{_PHOTO_LABEL}"
    r"|all rights reserved|copyright|subscribe to|sign up for|follow us on|share this|tous droits réservés"
    # the site's prompts: "Keep up with the latest news on Daily Sabah's Google News channel.", "Get the latest news
    # updates straight to your inbox", "Lire la suite sur El Watan", "Vous avez aimé cet article ? Partagez-le avec
    # vos amis."
    r"|(?:keep up with|get the latest) [^.!?]{0,80}(?:channel|app|newsletter|inbox)"
    r"|lire la suite(?: sur [^.!?]{2,40})?\s*$"
    r"|read (?:the )?(?:full|rest of the) (?:story|article)(?: (?:on|at) [^.!?]{2,40})?\s*$"
    r"|vous avez aimé cet article|partagez-le avec"
    # the story in the outlet's other languages: "This article is available in French on Middle East Eye French
    # edition.", "Cet article est également disponible en anglais", "هذا المقال متوفر أيضا باللغة الإنجليزية"
    r"|this (?:article|story) is (?:also )?available in [^.!?]{2,60}\.?\s*$"
    r"|cet article est (?:aussi |également )?disponible en [^.!?]{2,60}\.?\s*$"
    r"|(?:هذا |هذه )?(?:المقال|المقالة|التقرير|القصة) (?:متوفر|متوفرة|متاح|متاحة) (?:أيضا |أيضاً )?"
    r"(?:باللغة|بالل)[^.!?؟]{2,60}\.?\s*$"
    r"|abonnez-vous|suivez-nous|partager cet|our standards:|temps de lecture|lecture\s*:?\s*\d+\s*min|(?:مدة|وقت) القراءة"
    r"|reading time\s*:?\s*\d"
    # an Arabic page's reading time, a clock's sign before it at times: "⏱ 3 دقائق للقراءة", "قراءة 4 دقائق"
    r"|(?:[^\w\s]\s*)?(?:\d+\s*)?(?:دقائق|دقيقة|دقيقتان|دقيقتين)\s*(?:لل|من ال)?قراءة\s*$"
    r"|قراءة\s*:?\s*\d+\s*(?:دقائق|دقيقة)\s*$"
    # a paywall's notice: "Article réservé aux abonnés", "Subscribers only", "هذا المحتوى للمشتركين فقط"
    r"|(?:article\s+)?réservé aux abonnés\s*$|(?:for\s+)?subscribers only\s*$|(?:[^.!?؟]{0,30})?للمشتركين فقط\s*$"
    r"|cet article est réservé aux abonnés|il vous reste \d+\s*% (?:de l['’]article )?à (?:lire|découvrir)"
    # an advertisement's skip button: "Passer la publicité", "Skip advertisement"
    r"|passer la publicité\s*$|skip advertisement\s*$"
    # advertisement slots and reading aids: "Advertisement", "Story continues below advertisement", "3 min read"
    r"|(?:إعلان|advertisement|publicité|sponsored)\s*$|story continues below|continue reading|listen to this article"
    r"|\d+\s*(?:min|minutes?) read\s*$|\d+\s*(?:mn|min\.?)\s*$|حمل تطبيق|حمّل تطبيق|تابعوا آخر الأخبار"
    # a page's label alone, its date on the next line ("Published", "3 days ago" under BBC's related stories)
    r"|(?:published|updated|publié|mis à jour)\s*$"
    # the boxes under the story: readers' comments, a video section ("تعليقات الزوار", "صوت وصورة", "أضف تعليق")
    r"|(?:تعليقات (?:الزوار|القراء)|التعليقات|أضف تعليقك?|اترك تعليقا|شارك برأيك|صوت وصورة|comments|commentaires)\s*$"
    r"|like this:\s*$"  # WordPress's like button, under "Share this:"
    r"|من ملف\s*:[^.!?؟]{0,60}$"  # the paper's file the story belongs to: Al-Akhbar's "من ملف : الانتخابات الرئاسية"
    r"|vous souhaitez (?:réagir|commenter)[^.!?]{0,40}\?\s*$|(?:connectez-vous|réagir|commenter)\s*$"  # El Watan's
    # a link's prompt: "لمتابعة المباراة على الحواسيب اللوحية، اضغط هنا", "To watch the video, click here"
    r"|[^.!?؟]{0,60}?(?:اضغط|انقر) هنا|[^.!?]{0,60}?click here"
    # follow prompts: "للمزيد من الأخبار تابعونا على تويتر", "تابعوا آخر أخبار سكاي نيوز عربية عبر Google News",
    # "لمتابعة آخر الأخبار اشترك في قناتنا على تليجرام", "انضموا إلى قناتنا على واتساب"
    r"|(?:(?:للمزيد|لمزيد|لمتابعة|ولمتابعة|لمعرفة)\s[^.!?؟]{0,30}?)?"
    r"(?:تابعونا|تابعنا|تابعوا|تابع|اشترك|اشتركوا|انضم|انضموا|(?:يمكنكم|يمكنك|بإمكانكم|بإمكانك)\s+متابعة)\s[^.!?؟]{0,60}?(?:على|عبر|في|إلى|الى)\s[^.!?؟]{0,30}?"
    r"(?:تطبيق|قناة|قناتنا|حساب|حسابنا|صفحة|صفحتنا|منصة|موقع|نبض|تويتر|فيسبوك|فيس بوك|يوتيوب|تلغرام|تليجرام|تيليجرام"
    r"|تليغرام|تيليغرام|واتساب|انستغرام|إنستغرام|انستجرام|تيك توك|غوغل|جوجل|لينكدإن|لينكدين"
    r"|google|twitter|facebook|youtube|telegram|whatsapp|instagram|x\b)"
    # the same prompt whose platforms were links the scraper dropped: "تابعوا RT على", "تابعوا أخبار سانا على و"
    # (the "and" between two lost links), "Follow us on"
    r"|(?:تابعونا|تابعنا|تابعوا)(?:\s[^.!?؟]{0,30}?)?\s(?:على|عبر)(?:\s+و)*\s*$|follow (?:us|[^.!?]{1,30}?) on\s*$"
    r"|follow (?:us|[^.!?]{1,30}?) on (?:x|twitter|facebook|instagram|linkedin|youtube|tiktok|threads|whatsapp|telegram"
    r"|google news)\s*\.?\s*$"
    r"|(?:suivre|follow|تابعنا|تابعونا)\s*$"
    # the outlet's app: "Download our app for the latest news", "Suivez toute l'actualité sur notre application"
    r"|(?:download|get)\s+(?:our|the\s[^.!?]{1,30}?)\s+app\b[^.!?]{0,60}$"
    r"|(?:téléchargez|suivez)\s[^.!?]{0,50}?(?:notre|l['’])\s?application\b[^.!?]{0,40}$"
    # a rating box: "هل أعجبك المقال؟", "قيّم هذا الخبر", "Was this article helpful?"
    r"|(?:هل\s+(?:أعجبك|اعجبك|أفادك|افادك)|قيم|قيّم)\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:مقال|مقالة|خبر|موضوع)\s*[?؟]?\s*$"
    r"|(?:rate\s+this|was\s+this\s+(?:article|story)\s+helpful|did\s+you\s+(?:like|enjoy)\s+this)\s*(?:article|story)?\s*\??\s*$"
    # breadcrumbs: "الرئيسية > أخبار > عربي ودولي", "Home / World / Europe"
    # (separators between spaces: "«حماس» تعلن «هدنة»" quotes, "02 / 11 / 2023" is a date)
    r"|(?:الرئيسية|الصفحة الرئيسية|home|accueil)\s*[>»›/|]|[^\d.!?؟>»›/|]{1,40}(?:\s[>»›/]\s[^\d.!?؟>»›/|]{1,40}){2,}$"
    # reading tools and counters: "حجم الخط: A A A", "A+ A-", "عدد المشاهدات: 1,245", "3,400 views"
    r"|(?:حجم|تكبير|تصغير) الخط|font size|taille du texte|(?:a\s*[+\-–]?\s*){2,}$"
    r"|(?:استمع|استمعوا) (?:إلى |الى |لل)(?:ال)?(?:خبر|مقال|مقالة|مقاله|تقرير)"
    rf"|(?:عدد\s+)?(?:{_COUNTED})\s*[:：]?\s*{_COUNT}$|{_COUNT}\s*(?:{_COUNTED})$"
    # a short link, or a bare address: "رابط مختصر: https://…"
    r"|(?:ال)?رابط (?:ال)?مختصر|short (?:link|url)|lien court|permalink|https?://\S+$|تم نسخ الرابط"
    # a prompt to the outlet's other pages, its address last: "Find more of AP's coverage at https://…"
    r"|[^.!?؟]{0,80}\s(?:at|on|sur|على|عبر)\s*:?\s*https?://\S+\s*$"
    rf"|{_STORY_LINK}\s*[:：]"
    # a French page's reader tools: "Réutiliser ce contenu", "Contribuer", "Ajouter à vos sélections"
    r"|réutiliser ce contenu|contribuer\s*$|ajouter à vos sélections|offrir (?:cet |l['’])article|lire plus tard\s*$"
    # an audio player and the Guardian's and the New York Times' own lines: "Écouter cet article", "00:00/03:12",
    # "Reuse this content", "Reporting from Washington", an update that gives only its time ("Updated 2:32 p.m. ET")
    r"|écouter cet article|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}\s*$|reuse this content|reporting from [^.!?]{2,40}$"
    r"|(?:updated|mis à jour)\s*:?\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{1,4})?\s*$"
    # BBC's box over the article: "Article information" ("معلومات عن المقال"), then "Author, …" (a byline) and
    # "Role, بي بي سي نيوز عربي" (the writer's job)
    r"|article information\s*$|معلومات (?:عن )?المقال\s*$|role\s*[,،:]\s*[^.!?؟]{2,60}$"
    # a column's note on its writer, under the text: "* كاتب وأكاديمي سعودي", "* أستاذ الإعلام بجامعة الملك سعود"
    rf"|\*\s*{_WRITERS_JOB}"
    # a gallery's counter between its captions: "1 / 12", "صورة 3 من 12"
    rf"|{_GALLERY_COUNTER}"
    # a page's own links and placeholders: "العودة للأعلى", "Back to top", "[صورة]", "(فيديو)", "(شاهد الفيديو)"
    r"|(?:العودة|عودة|الرجوع) (?:للأعلى|إلى الأعلى|الى الاعلى|لأعلى الصفحة)|back to top|retour en haut"
    r"|[\[(]\s*(?:(?:شاهد|شاهدوا|شاهدي)\s+(?:ال|بال)?)?(?:صورة|صور|فيديو|إنفوجراف|انفوجراف|image|photo|video|vidéo"
    r"|infographic)\s*[\])]\s*$"
    # the editors' initials an agency signs its copy with: "ع ح/ر ق", "م.ع / س.ص", "ع.ف" and "/ي.ط/" (WAFA's), and
    # the rule drawn above them or before them: "ــــ", "* * *", "-----", "============ ر.ا" (NNA's)
    rf"|(?:{_INITIAL}){{1,3}}/\s*(?:{_INITIAL}){{1,3}}$|/?\s*(?:[\u0621-\u064a]\.){{1,3}}[\u0621-\u064a]\.?\s*/?$"
    rf"|[ـ\-–—_*=~•·\s]{{3,}}(?:{_INITIALS})?$"
    # the editor's initials alone, under the agency's signature: "ع خ", "م. ع. ح"
    r"|(?:[\u0621-\u064a]\.?\s+){1,3}[\u0621-\u064a]\.?\s*$"
    # the editors' initials and name an English wire signs with: WAM's "TR/MOHD AAMIR", "HM/Hatem Mohamed"
    r"|(?-i:[A-Z]{1,4}/[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})\s*$"
    # the end an agency marks, signed or not: "/انتهى/", "(النهاية) م ع ه"
    rf"|[/(]*\s*(?:انتهى|النهاية)\s*[/)]*\s*(?:{_INITIALS})?$"
    # SPA's foot: the time it was filed and the editor's initials, "18:07 ت م" ("18:07ت م" on its own site), and
    # the story's serial on the line below, "0139" (three digits or more alone: a list's numbers and scores have fewer)
    r"|\d{1,2}:\d{2}\s*[\u0621-\u064a]{1,2}(?:\s+[\u0621-\u064a]{1,2}){1,3}$|\d{3,6}\s*$"
    # an embedded post's frame: a tweet's signature "— وزارة الخارجية (@KSAmofaAR) November 2, 2023",
    # Instagram's "View this post on Instagram" and "A post shared by …", YouTube's "Watch on YouTube"
    r"|[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)[^.!?؟]{0,40}$|view this post on instagram|a post shared by"
    r"|عرض هذا المنشور على|(?:تمت )?مشاركة منشور (?:من|بواسطة)|watch on youtube|(?:مشاهدة|شاهد) على (?:يوتيوب|youtube)"
    # a video's prompt on a line of its own: "شاهد الفيديو:", "شاهد:", "فيديو:", "Watch:", "Watch the video"
    r"|(?:شاهد|شاهدوا|watch)(?:\s+(?:ال)?(?:فيديو|بالفيديو)|\s+(?:the\s+)?video)?\s*[:：.]*\s*$"
    r"|(?:ال)?(?:فيديو|video|vidéo)\s*[:：]\s*$"
    # a machine's token the page prints for itself, an id or an encoded address: "aXA6IDE4NS4xMDcuNTYuMTM1IA=="
    r"|(?=\S*\d)[A-Za-z0-9+/_-]{20,}={0,2}\s*$"
    # a video's length: "مدة الفيديو 02:35", "Duration 2:35"
    r"|(?:مدة (?:ال)?(?:فيديو|مقطع)|duration|durée)\s*[:：]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*$)",
    re.IGNORECASE,
)
_COPYRIGHT_OPENINGS = frozenset("©(cCجح")  # where a notice can start: most lines are skipped by one look
# An agency's notice that its site shows part of what its subscribers get, longer than furniture runs: "الأخبار
# المنشورة على الصفحة الرسمية لوكالة الأناضول، هي مقتطف من الأخبار التي تُقدَّم لمشتركي نظام تدفق الأخبار (HAS)".
_SUBSCRIBERS_NOTICE_RE = re.compile(
    r"^(?:[^.!?؟]{0,120}(?:مقتطف|مختصر|ملخص|جزء)[^.!?؟]{0,80}(?:لمشتركي|للمشتركين|المشتركين)"
    r"|[^.!?]{0,120}(?:portion|summary|summarized)[^.!?]{0,80}subscribers)[^.!?؟]{0,120}[.!?؟]?"
    r"(?:\s*[^.!?؟]{0,100}[.!?؟]?)?\s*$",  # and its invitation to subscribe, when it has one
    re.IGNORECASE,
)
# The site's terms for taking its story, after a line on what it covers at times: "Middle East Eye delivers
# independent … coverage … To learn more about republishing this content …, please fill out this form.", "يمنع
# إعادة نشر هذا المحتوى دون إذن". (Of this or our content only: "refused to republish the cartoons" is news.)
_REPUBLISHING_NOTICE_RE = re.compile(
    r"^(?:[^.!?؟]{0,200}[.!?؟]\s+)?[^.!?؟]{0,120}"
    r"(?:republish(?:ing)?\s+(?:this|our)\s+(?:content|article|story)|إعادة نشر\s+(?:هذا|هذه|المحتوى|المادة|المقال))"
    r"[^.!?؟]{0,120}[.!?؟]?(?:\s+[^.!?؟]{0,80}[.!?؟]?)?\s*$",  # (a sentence after it: "More about MEE can be found here.")
    re.IGNORECASE,
)
# The outlet's disclaimer of a writer's views, under an opinion piece or a feed's story: "المقالات المنشورة تعبر
# عن رأي كتابها ولا تعبر بالضرورة عن رأي الموقع", "… لايعبّر بالضرورة عن وجهة نظر المسلة", "The views expressed
# in this article are the author's own and do not necessarily reflect …". Of a writer's or an article's views
# only: a spokesman's "لا تعبر بالضرورة عن موقف الحكومة" is news. (Matched folded: "لايعبّر" has a shadda.)
_DISCLAIMER_RE = re.compile(
    r"^[^.!?؟]{0,200}(?:"
    r"(?:لا\s*|ليس(?:ت)?\s+)(?:ي|ت)?(?:عبر|عكس|مثل)\w*\s+(?:بالضروره\s+)?"
    # (or its note, however it goes on: "تنويه: جميع المقالات المنشورة تعبر عن رأي كتابها …")
    r"|^(?:تنويه|ملاحظه|اخلاء مسؤوليه)\s*:[^.!?؟]{0,40}(?:تعبر|يعبر)\s+عن\s+(?:راي|اراء).*"
    r"|(?:do|does)\s+not\s+necessarily\s+|(?:views|opinions)\s+expressed\s+[^.!?]{0,60}(?:are|is)\s+(?:those|the)\s+"
    r"|ne\s+(?:reflète|reflètent)\w*\s+pas\s+|n['’]engagent?\s+que\s+)"
    r"[^.!?؟]{0,120}[.!?؟]?\s*$",
    re.IGNORECASE,
)
_DISCLAIMER_CUES = ("بالضرور", "تعبر عن", "يعبر عن", "necessarily", "expressed", "nécessairement", "reflète", "engage")
_DISCLAIMED_WORDS_RE = re.compile(
    r"كاتب|كتاب|المقال|الموقع|الصحيف|الجريد|المحتوي|الناشر|author|writer|article|contributor|auteur"
)
_FURNITURE_MAX_WORDS = 14
_FURNITURE_MAX_CHARS = 160  # 14 long words

_DATE_LABELS = (
    "تاريخ النشر", "نشر في", "نشر بتاريخ", "نشرت في", "نشرت بتاريخ", "تم النشر في", "تم النشر", "تاريخ الخبر",
    "التاريخ", "بتاريخ",
    "published", "published on", "published at", "posted", "posted on", "date", "publié le", "publié",
    "first published on", "first published",
)  # fmt: skip
_UPDATE_LABELS = (
    "اخر تحديث",
    "تاريخ التحديث",
    "تحديث",
    "اخر تعديل",
    "تعديل في",
    "عدل في",
    "updated",
    "last updated",
    "last update",
    "mis à jour le",
    "mis à jour",
    "modifié le",
    "modifié",
)
_UPDATE_INSIDE_RE = re.compile(alternation(_UPDATE_LABELS), re.IGNORECASE)  # the update after the date, same line
_DATE_LABEL_RE = re.compile(rf"^\s*(?P<label>{alternation(_DATE_LABELS)})\s*[:：\-–]?\s*", re.IGNORECASE)
_UPDATE_LABEL_RE = re.compile(rf"^\s*(?P<label>{alternation(_UPDATE_LABELS)})\s*[:：\-–]?\s*", re.IGNORECASE)

_SENTENCE_END = ".!?؟…"
_TITLE_MAX_WORDS = 40
_DATELINE_MAX_WORDS = 16
_HEAD_SEARCH_LINES = 4

# Function words that cannot end a finished sentence: a paragraph ending on one was cut off.
# Words no sentence ends on. Arabic ones, punctuation or not ("… في." cannot end one); English and French
# ones only where no punctuation follows ("He was sworn in." ends a sentence).
_DANGLING_WORDS = frozenset(
    fold(w)
    for w in (
        "و", "في", "من", "على", "إلى", "الى", "عن", "أن", "ان", "إن", "التي", "الذي", "الذين", "مع", "بين",
        "أو", "او", "ثم", "لكن", "حتى", "خلال", "بعد", "قبل", "منذ", "عند", "لدى", "نحو", "ضمن", "بأن",
        # a verb of saying that its quote should follow: "… وقال", "… مضيفا"
        "قال", "وقال", "وقالت", "وأضاف", "وأضافت", "وأكد", "وأكدت", "وأوضح", "وأوضحت", "وتابع", "مضيفا", "مشيرا",
        "موضحا", "مؤكدا",
    )
)  # fmt: skip
_DANGLING_LATIN_WORDS = frozenset(
    """the a an and or of to in on at for with by from into about as that which its their our will would
    de du des la le les et à au aux en pour par sur dans avec un une que son sa ses leur""".split()
)
_SENTENCE_PUNCTUATION = (".", "!", "?", "؟", '"', "”", "»", "'", "’", ")", ":")
# "… أكثر من 8 آلاف فلسطيني و1." : a number glued to a conjunction, then the cut.
# What a scraper leaves of a number it cut, glued to "و" or "ف" at a paragraph's end: a digit and its decimal
# mark ("… 8 آلاف فلسطيني و1."), or up to three digits and no stop ("… مع 11 متابعة و13"). Not a whole number
# ending its sentence ("بين عامي 568 و645.", "في الدقيقتين 49 و75.") nor a year ("في 2000 و2001").
CUT_NUMBER = r"[وف](?:\d[.,٫]|\d{1,3})\s*"
_CUT_NUMBER_RE = re.compile(rf"(?:^|\s){CUT_NUMBER}$")
_ELLIPSIS_END_RE = re.compile(r"(?:\.\.\.|…)\s*$")


@dataclass(frozen=True, slots=True)
class RelatedBlock:
    """One read-also headline or appended article cut off the page."""

    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Dateline:
    text: str
    date: ParsedDate
    is_update: bool


@dataclass(frozen=True, slots=True)
class Head:
    """What stands above the body of scraped text."""

    title: str | None
    dateline: Dateline | None
    rest: tuple[str, ...]
    bylines: tuple[str, ...] = ()  # a writer's name alone between the headline and the dateline


@dataclass(frozen=True, slots=True)
class Sections:
    """The body region of a page, taken apart."""

    paragraphs: tuple[str, ...]
    sources: tuple[str, ...]
    tag_lines: tuple[str, ...]
    related: tuple[RelatedBlock, ...]
    stamp: Dateline | None = None  # a date on a line of its own below the article (Petra: "26/11/2023 12:15:20")


# --- head: title and dateline -------------------------------------------------------------------


def split_head(lines: list[str], reference: datetime | None = None, titled: bool = False, page: Sequence[str] = ()) -> Head:
    """Title (the first line, when it reads as one) and the dateline just below it. ``reference`` is
    when the page was fetched: a dateline that only says how long ago ("منذ ساعتين") counts from it.
    ``titled``: the headline came apart from the text (an envelope's "title"), so the first line is
    already the article's (or the dateline). ``page``: the page's lines with its furniture, whose copyright
    or terms may name the site again (``_names_the_site_above``)."""
    # A scraper that copied the headline twice (the page's <h1> and its social title): once is the title.
    lines = [line for i, line in enumerate(lines) if not (0 < i <= _HEAD_SEARCH_LINES and _repeats_a_headline(lines, i))]
    lines = _without_tickers(lines)
    with_menu, lines = lines, _without_the_sites_menu(lines)
    site = _outlets_credit(with_menu[0]) if len(lines) < len(with_menu) else ()  # ("TSA", "Actualité", headline)
    if not lines:
        return Head(None, None, ())
    at = None if titled else _title_index(lines, reference, page)
    published: Dateline | None = None
    updated: Dateline | None = None
    # Lines the head takes: the title, datelines, and a bare date heading above the title. A byline
    # beside a dateline on one line ("Par X | Publié le …") keeps its other parts.
    kept_parts: dict[int, list[str]] = {index: [] for index in range(at + 1)} if at is not None else {}
    for index in range(at or 0):
        if _credit(lines[index]) is not None or _opening_credits(lines[index]):
            kept_parts[index] = [lines[index]]  # a byline above the headline: the body's credits read it
    start = 0 if at is None else at + 1
    beside: list[str] = []  # writers named on a dateline's line with no label: "سامي العتيبي - 14 نوفمبر 2023"
    for index in [*range(at or 0), *range(start, min(len(lines), start + _HEAD_SEARCH_LINES))]:
        datelines, others = _datelines_of(lines[index], reference)
        if not datelines:
            continue
        kept_parts[index] = others
        if len(datelines) == 1 and (timed := _with_time_below(lines, index, datelines[0])) is not None:
            datelines = [timed]
            kept_parts[index + 1] = []
        beside += _writers_beside_date(lines[index])
        for dateline in datelines:
            if dateline.is_update:
                updated = updated or dateline
            elif FIRST_PUBLISHED_RE.match(dateline.text):
                published = dateline  # the Guardian's: the date above it is the last update's
            else:
                published = published or dateline
    bylines = (
        *site,
        *beside,
        *_bylines_above_dateline(lines, at, kept_parts),
        *_site_named_again(lines, at, kept_parts),
    )
    if at == 2 and _is_column_head(lines, reference):
        bylines = (_name_of_byline(lines[1]) or "", *bylines)  # the column's writer, above its headline
    rest = [part for i, line in enumerate(lines) for part in kept_parts.get(i, [line])]
    title = None if at is None else lines[at]
    if title is not None and not (published or updated) and (dated := _dated_title(title, reference)) is not None:
        title, published = dated  # "وزير الخارجية يلتقي نظيره الفرنسي - 02 نوفمبر 2023"
    return Head(title, published or updated, tuple(rest), bylines)


def _with_time_below(lines: list[str], index: int, dateline: Dateline) -> Dateline | None:
    """The day's dateline with its time, when the page prints the time alone on the line below it (Okaz's "22
    نوفمبر 2023", then "04:10")."""
    if dateline.date.precision != "day" or index + 1 >= len(lines) or _BARE_TIME_RE.match(lines[index + 1]) is None:
        return None
    timed = read_dateline(f"{lines[index]} {lines[index + 1].strip()}")
    return timed if timed is not None and timed.date.precision != "day" else None


_BARE_TIME_RE = re.compile(r"^\s*\d{1,2}:\d{2}\s*(?:ص|م|صباحا|مساء|صباحاً|مساءً|am|pm|AM|PM)?\s*$")


def _bylines_above_dateline(lines: list[str], at: int | None, kept_parts: dict[int, list[str]]) -> tuple[str, ...]:
    """A writer's name alone on the lines between the headline and the dateline, and the job written
    under it ("أحمد الخطيب", "صحافي متخصص في الشؤون الدولية", then the date): both leave the text
    (``kept_parts`` takes them), the name is the byline; a kicker of a word or two leaves too, with a
    name or alone ("الأسواق العربية"). Only above a dateline: under a headline with none, a short line is
    as often a photo's caption."""
    dated = [index for index in kept_parts if at is not None and index > at]
    if at is None or not dated:
        return ()
    # "كتب …", "By …" and a standfirst stay the body's (it credits the one, opens on the other).
    between = [i for i in range(at + 1, min(dated)) if _credit(lines[i]) is None and not _is_paragraph(lines[i])]
    # (or where from and who: "الجزائر- واج", two words, is no kicker; "ISTANBUL" alone is)
    names = {i: credits for i in between if (credits := _byline_alone(lines[i]) or _place_and_who(lines[i]))}
    jobs = [i for i in between if i - 1 in names and _JOB_LINE_RE.match(lines[i])]
    # Beside a name, a word or two is the page's kicker, where from or what about: "Dubai", then "Nick Webster".
    kickers = [i for i in between if i not in names and _is_kicker_line(lines[i])]
    # Anything else there (a standfirst, a line of running text) may be the article's: it stays, and only above the
    # writer's name (the Guardian's headline, standfirst, "Peter Beaumont", the date).
    others = [i for i in between if i not in names and i not in jobs and i not in kickers]
    if others and (not names or max(others) > min(names)):
        return ()
    kept_parts.update((i, []) for i in between if i not in others)  # a kicker alone too: "الأسواق العربية", the date
    return (
        *(name for credits in names.values() for name in credits),
        *_byline_under_dateline(lines, max(dated), kept_parts),
    )


def _byline_under_dateline(lines: list[str], dated: int, kept_parts: dict[int, list[str]]) -> tuple[str, ...]:
    """A writer's name alone under the dateline, right above the story's first paragraph, a photo's short caption
    above it at times (Al-Dostor's date, "محافظ الجيزة", "محمد عبد الرحمن", the story): the name is the byline, both
    leave the text. Only a name the news gives as a person's: a short line there is as often a subtitle."""
    story = next((i for i in range(dated + 2, min(len(lines), dated + 4)) if _is_paragraph(lines[i])), None)
    if story is None or not all(_is_kicker_line(lines[i]) for i in range(dated + 1, story - 1)):
        return ()
    name = story - 1
    if not _reads_as_a_persons_name(lines[name]) or _credit(lines[name]) is not None or _DASH_BETWEEN_RE.search(lines[name]):
        return ()  # (a name and a place, "عبدالعزيز الشيخ ـ جدة", opens the story: its credits read it)
    kept_parts.update((i, []) for i in range(dated + 1, name + 1))
    return (lines[name].strip(),)


def _place_and_who(line: str) -> tuple[str, ...]:
    return _opening_credits(line) if _OPENING_CREDIT_RE.match(line) is not None else ()


def _site_named_again(lines: list[str], at: int | None, kept_parts: dict[int, list[str]]) -> tuple[str, ...]:
    """The site's name above the headline, said again below it where a byline stands ("Rudaw", headline,
    "Rudaw"): the site signs the story, and the line leaves the text (``kept_parts`` takes it); or opening the
    story before a dash or a colon, as an agency's name does ("عمون", headline, "عمون - توقعت إدارة …")."""
    if not at or _is_section_name(above := lines[at - 1].strip()):
        return ()
    for index in range(at + 1, min(len(lines), at + 1 + _HEAD_SEARCH_LINES)):
        line = lines[index].strip()
        if line == above:
            kept_parts[index] = []
            return (above,)
        if line.startswith(above) and line[len(above) :].lstrip()[:1] in ("-", "–", "—", ":"):
            return (above,)
    if len(lines) > at + 2 and lines[-1].strip() == above and word_count(above) <= _OUTLET_NAME_MAX_WORDS:
        kept_parts[len(lines) - 1] = []  # or signing it at the foot: "الدستور", headline, …, "الدستور"
        return (above,)
    return ()


def _byline_alone(line: str) -> tuple[str, ...]:
    """Who a line under the headline names alone: a writer, an outlet ("القبس الإلكتروني"), or an outlet and the
    wire it ran ("DAILY SABAH WITH AA")."""
    if _OUTLET_WITH_AGENCY_RE.search(line) is not None and _OUTLET_LINE_RE.match(line) is not None:
        return _opening_credits(line)
    name = _name_of_byline(line) or (line.strip() if _names_an_outlet(line) else None)
    return (name,) if name is not None else ()


def _is_kicker_line(line: str) -> bool:
    return len(line) <= _KICKER_MAX_CHARS and word_count(line) <= _KICKER_MAX_WORDS


def _name_of_byline(line: str) -> str | None:
    """The writer a line names alone ("أحمد الخطيب"), with the place written from ("Peter Beaumont in
    Jerusalem"), or with the job and account after the name ("مصطفى عيد صحافي @mostafaeid")."""
    placed = _NAME_IN_PLACE_RE.match(line)
    name = placed["name"] if placed is not None else line.strip()
    bare = _JOB_AND_ACCOUNT_RE.sub("", name)  # (a surname may be a job's word too: "محمد كاتب")
    if bare != name and _reads_as_name(bare):
        return bare
    # A writer's degree before the name stays, as the credits keep it: "د. خالد العتيبي", "Dr. Jane Smith".
    return name if _reads_as_name(_WRITERS_DEGREE_RE.sub("", name, count=1)) else None


_WRITERS_DEGREE_RE = re.compile(r"^(?:أ\.\s?د\.|د\.|أ\.|م\.|الدكتور|الدكتورة|المهندس|المهندسة|Dr\.|Prof\.)\s*")


_PLACE_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}"
# (and the country after the town, as AP writes it: "Matthew Lee in Ankara, Turkey,")
_NAME_IN_PLACE_RE = re.compile(
    rf"^\s*(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,3}}) in {_PLACE_NAME}(?:,\s*{_PLACE_NAME})?,?\s*$"
)


_NAME_WORDS = range(2, 5)
_NAME_LINE_RE = re.compile(r"^\s*[^\W\d_]+(?:[ .'’-][^\W\d_]+)*\s*$")


def _reads_as_name(line: str) -> bool:
    """Two to four words, letters only, none a particle or a section's; the first neither definite nor
    joined by "و" ("التحول الرقمي ومستقبل التعليم" is a headline)."""
    return (
        word_count(line) in _NAME_WORDS
        and _NAME_LINE_RE.match(line) is not None
        and not fold(line.lstrip()).startswith(("ال", "و"))
        and not any(
            (_is_particle(word) and word != _ALI) or strip_clitics(fold(word)) in _SECTION_WORDS for word in line.split()
        )
    )


# Words of a section's name, which may stand where a byline does: "أخبار محلية", "شؤون دولية", "World News".
_SECTION_WORDS = frozenset(
    strip_clitics(fold(word))
    for word in """أخبار اخبار خبر شؤون سياسة اقتصاد رياضة منوعات ثقافة فن فنون صحة تكنولوجيا تقنية علوم مقالات
    مقال رأي آراء تقارير تقرير حوارات حوار تحقيقات تحقيق محلية محليات دولية دولي عربية عربي عالمية عالم مجتمع
    حوادث برلمان اقتصادية سياسية رياضية عاجل أمن أمنية قضايا قضاء تعليم بيئة سياحة طاقة أسواق بورصة عقارات سيارات
    ثقافية فنية news world business sport sports politics opinion analysis culture tech health economy local
    international science environment lifestyle travel markets energy middle east africa asia europe americas
    monde économie economie société societe sport politique actualité actualités actualite actualites national
    régions regions santé sante sciences""".split()
)


FIRST_PUBLISHED_RE = re.compile(r"\s*first published", re.IGNORECASE)


def _repeats_a_headline(lines: list[str], index: int) -> bool:
    """The line above again, or with the site's name after it ("… - صحيفة الوطن": the page's <title>)."""
    line, above = lines[index], lines[index - 1]
    if not line.startswith(above) or _is_paragraph(line):
        return False
    return len(line) == len(above) or _SITE_NAME_AFTER_RE.fullmatch(line, len(above)) is not None


_SITE_NAME_AFTER_RE = re.compile(r"\s+[-–—|]\s+[^\d\s.!?؟:]+(?:\s+[^\d\s.!?؟:]+){0,3}\s*")


_TITLE_AND_DATE_RE = re.compile(r"^(?P<title>.+?)\s+[-–—|]\s+(?P<date>[^-–—|]+)$")


def _dated_title(line: str, reference: datetime | None) -> tuple[str, Dateline] | None:
    """A headline with its date after a dash or a bar, when the page gives no other date."""
    split = _TITLE_AND_DATE_RE.match(line)
    if split is None or word_count(split["title"]) < _TITLE_MIN_WORDS_BELOW_DATE:
        return None
    dated = read_dateline(split["date"], reference)
    return (split["title"], dated) if dated is not None else None


_DATE_HEADINGS_ABOVE_TITLE = 3
_TITLE_MIN_WORDS_BELOW_DATE = 3
_PLACE_AND_AGENCY_MAX_WORDS = 5  # "القاهرة - أ ش أ", "Paris – AFP": the body's opening, not a headline
_DASH_BETWEEN_RE = re.compile(r"\s[-–—ـ]\s")  # (the tatweel too: "الرياضي ـ جدة")


def _without_the_sites_menu(lines: list[str]) -> list[str]:
    """The page without the site's menu a scraper copied above the headline: lines in a row at the top, each a
    section's name or a label ("أخبار", "اقتصاد", "رياضة", "فيديو"). The last of them stays, read as any section's
    name above a headline is (``_is_kicker``, ``_is_column_head``)."""
    end = 0
    if len(lines) > 2 and _may_name_the_site(lines[0]):
        if _is_menu_item(lines[1]):
            end = 1  # the site's name heads its menu: "السومرية نيوز", "أمن", headline
        elif _is_a_place(lines[1]):
            end = 2  # or the country it files the story under: "النهار", "لبنان", headline
    while end < min(len(lines) - 1, _MENU_MAX_LINES) and _is_menu_item(lines[end]):
        end += 1
    if end and _is_a_place(lines[end - 1]) and _is_date_line(lines[end], None):
        end -= 1  # a place after the sections, then the date: where the story is from ("سياسة", "الرياض", date)
    if end < _MENU_MIN_LINES or lines[end].strip() == lines[0].strip():
        return lines  # (the site's name said again under a headline of such words: "بوابة الأهرام", "ثقافة حوار", …)
    return lines[end - 1 :]


def _without_tickers(lines: list[str]) -> list[str]:
    """The page without the tickers a scraper copied above its head: two lines or more in a row at the top, each
    a breaking headline ("عاجل: …", "Breaking: …") or a price or the weather ("الدولار 3.75", "الرياض 28°")."""
    end = 0
    while end < min(len(lines) - 1, _MENU_MAX_LINES) and _is_ticker_line(lines[end]):
        end += 1
    return lines[end:] if end >= _TICKER_MIN_LINES else lines


def _without_foot_quotes(lines: list[str]) -> list[str]:
    """The page without the prices a widget lists under the story, two lines or more, its heading above them at times
    ("أسعار العملات", "الدولار 49.75", "اليورو 52.30"); not a list the story announces ("… كالتالي:")."""
    start = len(lines)
    while start and _is_ticker_line(lines[start - 1]):
        start -= 1
    if len(lines) - start < _TICKER_MIN_LINES or not start:
        return lines
    heading = lines[start - 1].rstrip()
    if heading.endswith((":", "：")):
        return lines  # a list the story announces: "درجات الحرارة المتوقعة:", "الرياض 27", "جدة 31"
    if start > 1 and word_count(heading) <= _QUOTE_MAX_WORDS and not _ends_a_sentence(heading):
        start -= 1  # the widget's heading
    return lines[:start] if _is_paragraph(lines[start - 1]) and not lines[start - 1].rstrip().endswith(":") else lines


def _without_foot_table(lines: list[str]) -> list[str]:
    """The page without a table under the story that the scraper flattened into one cell a line (Argaam's "أبرز
    البيانات المالية", "البند", "2025", "2026", "الإيرادات", "1.12 تريليون", …): six short lines or more after the
    last paragraph, a third of them figures, its heading above them at times; a credit under the table stays."""
    end = len(lines)
    while end and _is_credit_line(lines[end - 1]):
        end -= 1
    start = end
    while start and _is_table_cell(lines[start - 1]):
        start -= 1
    cells = lines[start:end]
    if len(cells) < _TABLE_MIN_CELLS or 3 * sum(any(map(str.isdigit, cell)) for cell in cells) < len(cells):
        return lines
    if start > 1 and word_count(lines[start - 1]) <= _TABLE_HEADING_MAX_WORDS and not _ends_a_sentence(lines[start - 1]):
        start -= 1  # the table's heading
    return lines[:start] + lines[end:] if start and _is_paragraph(lines[start - 1]) else lines


def _is_table_cell(line: str) -> bool:
    """A line as short as a price's in a widget, no sentence: "البند", "1.12 تريليون", "(3.6 %)"."""
    return len(line) <= _QUOTE_MAX_CHARS and 0 < word_count(line) <= _QUOTE_MAX_WORDS and not _ends_a_sentence(line)


_TABLE_MIN_CELLS = 6
_TABLE_HEADING_MAX_WORDS = 5


def _without_press_boilerplate(lines: list[str]) -> list[str]:
    """The story without what a press release appends under it: the company's "about" and the contacts for the
    press ("نبذة عن stc:", "للاستفسارات الإعلامية:", "About Aramco", "Media contact:"), from that heading on, among
    the last lines (a sub-heading higher up is the story's)."""
    for index in range(max(1, len(lines) - _BOILERPLATE_MAX_LINES), len(lines)):
        line = lines[index].lstrip()
        if line.startswith(_BOILERPLATE_OPENINGS) and _BOILERPLATE_HEADING_RE.match(line) is not None:
            return lines[:index] if _ends_the_story(lines[index - 1]) else lines
    return lines


_BOILERPLATE_MAX_LINES = 6
_BOILERPLATE_OPENINGS = ("نبذة", "للاستفسار", "للتواصل", "About", "ABOUT", "À propos", "A propos", "Media", "For media")
_BOILERPLATE_HEADING_RE = re.compile(
    r"نبذة عن\s+\S+(?:\s+\S+){0,3}\s*:\s*$|(?:للاستفسارات|للتواصل)(?: الإعلامية| الإعلامي| الصحفية)?\s*:?\s*$"
    r"|(?:about|à propos de|a propos de)\s+[^\s.!?:]+(?:\s+[^\s.!?:]+){0,4}\s*:?\s*$"
    r"|(?:media|for media)\s+(?:contacts?|inquiries|enquiries)\s*:?\s*$",
    re.IGNORECASE,
)


def _is_ticker_line(line: str) -> bool:
    if _BREAKING_RE.match(line) is not None:
        return True
    words = line.split()
    return (
        0 < len(words) <= _QUOTE_MAX_WORDS
        and len(line) <= _QUOTE_MAX_CHARS  # (a paragraph of a script that writes no spaces is one "word")
        and any(map(str.isdigit, line))
        and any(word[:1].isalpha() for word in words)
        and not _is_date_line(line, _ANY_MOMENT)  # (nor a time ago: "منذ 25 دقيقة" under the headline)
    )


_BREAKING_RE = re.compile(r"^\s*(?:عاجل|breaking(?: news)?|urgent|flash)\s*[:：|\-–—]", re.IGNORECASE)
_QUOTE_MAX_WORDS = 3  # "الدولار 3.75", "الذهب 245.50 ▲", "الرياض 28°"
_QUOTE_MAX_CHARS = 30
_TICKER_MIN_LINES = 2


def _outlets_credit(line: str) -> tuple[str, ...]:
    """The outlet a line above the menu names, as the credits read one: "TSA", "السومرية نيوز", "Arab News"."""
    return _opening_credits(line) or ((line.strip(),) if is_an_outlets_name(line) else ())


def _may_name_the_site(line: str) -> bool:
    """A short line of plain words above the menu: "الشرق الأوسط", "مصراوي", "السومرية نيوز", "Le360"."""
    if is_an_outlets_name(line) or _OUTLET_LINE_RE.match(line) is not None:
        return True
    if _CAPITALISED_NAME_RE.match(line.strip()) is not None and not _is_menu_item(line):
        return True  # "La Presse de Tunisie", "The Peninsula"
    letters = "".join(char for char in line if not char.isdigit()).strip()  # (a name may hold digits: "Le360")
    return 0 < word_count(line) <= _OUTLET_MAX_WORDS and _are_plain_words(letters)


def _is_menu_item(line: str) -> bool:
    """A section's or a label's name, or a country's a site files its news under ("السعودية", "Saudi Arabia")."""
    words = line.split()
    if not 0 < len(words) <= _KICKER_MAX_WORDS:
        return False
    if all(strip_clitics(fold(w)) in _MENU_WORDS for w in words) or _is_a_place(line):
        return True
    return strip_clitics(fold(words[0])) in _SECTION_WORDS and _is_a_place(" ".join(words[1:]))  # "أخبار الإمارات"


_MENU_MIN_LINES = 2
_MENU_MAX_LINES = 20


def _title_index(lines: list[str], reference: datetime | None, page: Sequence[str] = ()) -> int | None:
    """Where the headline stands: the first line, unless it is only a date or a section's name. A page
    may open with its dateline or an archive heading ("تشرين الثاني 2023"): then the headline is the
    line below them, when it reads as one, and the article goes on after it."""
    below = 0
    while below < min(len(lines), _DATE_HEADINGS_ABOVE_TITLE) and (
        _is_date_line(lines[below], reference)
        or (below and _credit(lines[below]) is not None)
        or (not below and _BYLINE_RE.match(lines[below]) is not None)
        or (not below and len(lines) > 2 and _bare_byline_above(lines[0], lines[1]))
        or (
            not below
            and len(lines) > 1
            and (_credits_where_from(lines[0]) or is_an_outlets_name(lines[0]))
            and (_is_date_line(lines[1], reference) or _headline_then_story(lines, reference))
        )
    ):
        below += 1  # a byline may stand between that dateline and the headline: "نشر في: …", "بقلم: …", headline;
        # or above both, labelled: "بقلم: د. محمد الغامدي", headline; or where from and who: "أبوظبي - سكاي نيوز عربية"
    if not below:
        if _is_column_head(lines, reference):
            return 2
        if _is_kicker(lines, reference, page):
            # A series' name may stand under the section's: "World news", "Israel-Gaza war", headline (not a short
            # headline above the site's name said again: "صحيفة سبق الإلكترونية", "كواليس", the site's name).
            series = _is_kicker(lines[1:], reference, page) and not _says_where_from_or_who(lines[2], False)
            return 2 if series else 1
        if _is_paragraph(lines[0]) and len(lines) > 1 and _GOES_ON_RE.match(lines[1]) is not None:
            return None  # no headline: the text opens on its paragraph ("…", then "وأوضحت الوزارة أن …")
        if len(lines) == 1 and _INNER_SENTENCE_END_RE.search(lines[0]) is not None:
            return None  # one line of sentences: a story scraped without its line breaks, its headline run in
        if len(lines) > 1 and _is_paragraph(lines[1]) and (_opens_on_where_from_and_who(lines[0]) or _is_a_place(lines[0])):
            return None  # no headline: the story opens on where from and who ("لندن- “القدس العربي”:"), or where alone
        if is_an_outlets_name(lines[0]) and word_count(lines[0]) <= _OUTLET_NAME_MAX_WORDS:
            return None  # the site's name above a page with no headline ("مصراوي", a byline, the date): no title
        return 0 if word_count(lines[0]) <= _TITLE_MAX_WORDS else None
    if below + 1 >= len(lines) or _is_date_line(lines[below], reference):
        return None  # (a third date line, "آخر تحديث: …" below "نشر في: …" and a byline, is no headline either)
    return below if _reads_as_the_pages_headline(lines[below]) else None


_INNER_SENTENCE_END_RE = re.compile(r"[^\W\d_]{2}[.!?؟]\s+\S")


def _headline_then_story(lines: list[str], reference: datetime | None) -> bool:
    """Under where from and who ("الدوحة - الشرق"), the headline, then its date or its first paragraph."""
    return (
        len(lines) > 2
        and _reads_as_the_pages_headline(lines[1])
        and (_is_date_line(lines[2], reference) or _is_paragraph(lines[2]))
    )


def _bare_byline_above(line: str, below: str) -> bool:
    """A byline with no colon above the headline, framed by bars at times: Al-Rai's "| كتب محمد الجاسم |". (Only
    above a line that reads as a headline: "كتب الأطفال الممنوعة", books, may head its own text.)"""
    return _bare_byline(line.strip(" |")) is not None and _reads_as_the_pages_headline(below)


def _credits_where_from(line: str) -> bool:
    """A line above the dateline that says where from and who ("أبوظبي - سكاي نيوز عربية"), not the headline
    with the site's name after it ("حتمية توطين الوظائف | سبق"); an outlet writing from a place ("هسبريس من
    الرباط") or naming its writer ("عربي21- أحمد صقر") reads as a short headline would."""
    if _outlet_from_place(line, alone=True) is not None:
        return True
    if not _opening_credits(line):
        return False
    opening = _OPENING_CREDIT_RE.match(line)
    return not _reads_as_the_pages_headline(line) or (opening is not None and is_an_outlets_name(opening["place"]))


def _opens_on_where_from_and_who(line: str) -> bool:
    """A place and the agency or the outlet in quotes, or the outlet and a place, the story's first line:
    "لندن- “القدس العربي”:", "لندن: «الشرق الأوسط»", "السومرية نيوز/ بغداد" (a name and a quote is a headline:
    "ترامب: «سنفوز»")."""
    opening = _OPENING_CREDIT_RE.match(line)
    if opening is None:
        return False
    if _outlet_then_place(opening["place"], opening["agency"]):
        return bool(_opening_credits(line))  # an outlet no list names: "عنب بلدي – دمشق"
    if not (_is_a_place(opening["place"]) or fold(opening["agency"]) in AGENCY_KEYS or is_an_outlets_name(opening["place"])):
        return False  # (the outlet first, then where from: "السومرية نيوز/ بغداد")
    if _QUOTED_OUTLET_RE.fullmatch(opening["agency"]) is not None:
        return bool(_opening_credits(line))  # (it may read as a headline: "لندن: «الشرق الأوسط»")
    return _credits_where_from(line)


def _outlet_then_place(first: str, then: str) -> bool:
    """A name of a few words, then a place: an outlet saying where it writes from, not a headline (which runs
    longer than the name of an outlet, and seldom ends on a dash and a town)."""
    return word_count(first) <= _OUTLET_MAX_WORDS and _is_a_place(then) and not _is_a_place(first)


def _reads_as_headline(line: str, asks: bool = False) -> bool:
    """A short line of several words: no sentence, no credit or read-also link, no "القاهرة - أ ش أ".
    ``asks``: it may end as a question or an exclamation ("القاتل الخفي.. هل ظهر؟", "ممنوع التصوير!")."""
    words = len(WORD_RE.findall(line))
    ends = (".", "…", ":") if asks else (*_SENTENCE_END, ":")
    return (
        _TITLE_MIN_WORDS_BELOW_DATE <= words <= _TITLE_MAX_WORDS
        and not _is_paragraph(line)
        and not line.rstrip().endswith(ends)
        and not (words <= _PLACE_AND_AGENCY_MAX_WORDS and _DASH_BETWEEN_RE.search(line))
        and _credit(line) is None
        and read_also(line) is None
    )


_KICKER_MAX_WORDS = 2
_KICKER_MAX_CHARS = 25
# The site's own name, above the headline or after it ("صحيفة سبق الإلكترونية", "… - بوابة الأهرام").
OUTLET_NAME_RE = re.compile(r"^\s*(?:صحيفة|جريدة|موقع|بوابة|شبكة)\s")
_OUTLET_NAME_MAX_WORDS = 4


def _is_kicker(lines: list[str], reference: datetime | None, page: Sequence[str] = ()) -> bool:
    """Is the first line the name of the page's section ("سياسة", "عربي ودولي", "World") or of the site
    ("صحيفة سبق الإلكترونية", "Middle East Eye") above the headline? One or two words with no digit, or the
    site's; a headline below it, then the dateline or the article. Below the site's or a section's name a
    standfirst may come between ("Khaleej Times", headline, "Petrol prices drop for second consecutive month", the
    date), and under a section or a name the credits know, anything may follow the headline."""
    kicker = lines[0]
    outlet = _names_the_site_above(lines, page)
    if len(lines) < 3 or (not outlet and not _is_kicker_line(kicker)):
        return False
    if (not outlet and any(c.isdigit() for c in kicker)) or kicker.rstrip().endswith(tuple(_SENTENCE_END)):
        return False  # (a site's name may hold digits: "Kurdistan24")
    headline = lines[1]
    if _is_date_line(headline, reference) or _are_crumbs(headline):
        return False  # ("الرياض | الاقتصاد | الطاقة" below a one-word headline is the page's crumbs)
    # Under the site's or the section's name, a short line is the headline too ("كواليس"), and any line with the
    # story right under it: its dateline ("أبو نؤاس", then "نشر بتاريخ 1 آب 2015"), the site's name again, its first
    # paragraph ("بالفيديو: الفوزان …", whose label reads as a link's elsewhere). Not a line that says where from or
    # who: a byline, a place, an outlet, or under a section a person's name ("سياسة", "محمد العلي").
    # (a country's name above the page's headline is its section too: "السعودية", "Saudi Arabia"; not above the
    # story's first paragraph, where it says where from)
    section = _is_section_name(kicker) or (
        _is_a_place(kicker)
        and not _is_paragraph(headline)
        and (_reads_as_the_pages_headline(headline) or _opens_the_story(lines, 2, reference))
    )
    named = outlet or section
    story_below = _opens_the_story(lines, 2, reference) or _standfirst_then_credits(lines, reference)
    opens = named and story_below and not _says_where_from_or_who(headline, section)
    if not (_reads_as_the_pages_headline(headline) or (named and _is_short_headline(headline)) or opens):
        return False
    if story_below:
        return True
    if (section or is_an_outlets_name(kicker)) and _reads_as_the_pages_headline(headline):
        return True  # (a section's or a name the credits know is never the title, whatever follows: "Arab News")
    return named and len(lines) > 3 and _reads_as_headline(lines[2]) and _opens_the_story(lines, 3, reference)


def _says_where_from_or_who(line: str, under_a_section: bool) -> bool:
    if _credit(line) is not None or _is_a_place(line) or is_an_outlets_name(line):
        return True
    return under_a_section and _reads_as_a_persons_name(line)


def _names_the_site_above(lines: list[str], page: Sequence[str]) -> bool:
    """Is the first line the site's own name: its kind said ("صحيفة سبق الإلكترونية"), or a name in capitals
    the page writes again below, in a credit, a writer's note or its foot, furniture included ("Middle East
    Eye", "Rudaw", "© 2023 Khaleej Times")?"""
    kicker = lines[0].strip()
    if is_an_outlets_name(kicker):
        return word_count(kicker) <= _OUTLET_NAME_MAX_WORDS
    if word_count(kicker) <= _OUTLET_NAME_MAX_WORDS and any(line.strip() == kicker for line in lines[2:]):
        return True  # said again alone: "عمون", headline, "عمون"
    if _CAPITALISED_NAME_RE.match(kicker) is None:
        return False
    return any(kicker in line for line in lines[2:]) or sum(kicker in line for line in page) > 1


# A name of a few capitalised words, as a site's is written: "Khaleej Times", "L'Orient-Le Jour", "The Times of Israel",
# "La Presse de Tunisie".
_CAPITALISED_NAME_RE = re.compile(r"^[A-Z][\w'’.\-]*(?: (?:[A-Z][\w'’.\-]*|of|the|and|&|de|du|des)){0,3}$")


def _opens_the_story(lines: list[str], index: int, reference: datetime | None) -> bool:
    """Does the story start at ``lines[index]``, under its headline: its dateline, its first paragraph, a byline
    ("الرياض - خالد المطيري"), the site's name said again as one ("Rudaw"), or the writer's name alone then the
    dateline ("The National", headline, "Sarah Townsend", "Nov 14, 2023")?"""
    line = lines[index]
    if _is_date_line(line, reference) or _is_paragraph(line):
        return True
    if _credit(line) is not None or _opening_credits(line) or line.strip() == lines[0].strip():
        return True
    return len(lines) > index + 1 and _name_of_byline(line) is not None and _is_date_line(lines[index + 1], reference)


def _standfirst_then_credits(lines: list[str], reference: datetime | None) -> bool:
    """A standfirst under the headline, then the byline or the date ("Israel-Palestine conflict", headline, "Most of
    the victims were women and children, according to rescuers", "By MEE staff"): the head of the story."""
    if len(lines) < 4 or _is_paragraph(lines[2]) or word_count(lines[2]) > _TITLE_MAX_WORDS:
        return False
    below = lines[3]
    return _is_date_line(below, reference) or _credit(below) is not None


def _is_short_headline(line: str) -> bool:
    """A headline of one or two words under a section's name ("كواليس", "أمطار الرياض" under "محليات"): plain
    words, none a section's, a label's or a particle (``_are_plain_words``), and no place, outlet or person's name
    alone ("الرياض" under "محليات" says where from)."""
    line = _headline_itself(line)
    words = line.split()
    return (
        0 < len(words) <= _KICKER_MAX_WORDS
        and _are_plain_words(line)
        and not _is_a_place(line)
        and not is_an_outlets_name(line)
        and not _reads_as_a_persons_name(line)  # "محمد العلي" under "سياسة": the writer, unlabelled
        and _credit(line) is None
    )


def _reads_as_the_pages_headline(line: str) -> bool:
    """The page's own headline may ask or exclaim ("هل ينجح الاتفاق؟", "عيد إلكتروني!"; a line inside the
    text that does is weighed as a sentence, ``_reads_as_headline``), and carry the site's name after a dash
    or a bar ("الحناكي.. شكراً لكم - صحيفة الوطن", no "القاهرة - أ ش أ" then)."""
    return _reads_as_headline(_headline_itself(line))


def _headline_itself(line: str) -> str:
    """A headline without the site's name after it and its question or exclamation marks."""
    if (site := _site_named_after(line)) is not None:
        line = line[: site.start()]
    return _ASKS_OR_EXCLAIMS_RE.sub("", line)


def _site_named_after(line: str) -> re.Match[str] | None:
    """The site's name a headline carries after a dash or a bar ("… - صحيفة الوطن"), if it carries one."""
    site = _LAST_PART_RE.search(line)
    return site if site is not None and is_an_outlets_name(site["name"]) else None


_ASKS_OR_EXCLAIMS_RE = re.compile(r"[\s.!?؟]*[!?؟][\s.!?؟]*$")  # "..!!", "؟!", " !"
_LAST_PART_RE = re.compile(r"\s[-–—|]\s+(?P<name>[^-–—|]{2,40})$")


def _are_crumbs(line: str) -> bool:
    """Short parts between bars ("الرياض | الاقتصاد | الطاقة"); a headline and the site's name after it
    ("عروض عيد المدينة المسرحية | صحيفة المدينة") are not."""
    parts = _HEAD_PART_SEPARATOR_RE.split(line)
    return len(parts) > 2 or (len(parts) == 2 and all(word_count(part) <= _KICKER_MAX_WORDS for part in parts))


def _is_column_head(lines: list[str], reference: datetime | None) -> bool:
    """An opinion column's head: the section, the writer, the headline, then the date or the text
    ("مقالات", "عبدالرحمن الراشد", "غزة وحسابات ما بعد الحرب", "نشر في: 02 نوفمبر 2023")."""
    if len(lines) < 4 or not _is_section_name(lines[0]) or _name_of_byline(lines[1]) is None:
        return False
    if _is_date_line(lines[2], reference) or not _reads_as_the_pages_headline(lines[2]):
        return False
    return _is_date_line(lines[3], reference) or _is_paragraph(lines[3])


def _is_section_name(line: str) -> bool:
    words = line.split()
    return len(words) <= _KICKER_MAX_WORDS and all(strip_clitics(fold(w)) in _SECTION_WORDS for w in words)


def _is_date_line(line: str, reference: datetime | None) -> bool:
    return bool(_datelines_of(line, reference)[0]) or is_date_only(line)


_HEAD_PART_SEPARATOR_RE = re.compile(r"\s+[|•·]\s+")
_TRAILING_PARENTHESES_RE = re.compile(r"\([^()]{2,40}\)\s*$")


def _datelines_of(line: str, reference: datetime | None) -> tuple[list[Dateline], list[str]]:
    """The datelines of a head line, and its other parts: the whole line as one dateline, or its
    parts between bars ("Par Jean Dupont | Publié le 26/10/2023 à 14h30 | Mis à jour le …"; always
    when one part is a credit: "المصدر: واس | التاريخ: 02/11/2023")."""
    parts = _HEAD_PART_SEPARATOR_RE.split(line)
    if len(parts) == 1 and reference is not None and (ago := _how_long_ago_after(line, reference)) is not None:
        parts = [line[:ago].rstrip(_DATE_SEPARATORS + " "), line[ago:].strip()]  # "By Kurdistan24 2 hours ago"
    credited = len(parts) > 1 and any(_credit(part) is not None for part in parts)
    whole = None if credited else read_dateline(line, reference)
    if whole is not None and whole.is_update and len(parts) > 1:
        whole = None  # the update first, the publication after a bar: "آخر تحديث: … | نشر في: …"
    if whole is not None:  # an agency closing it stays, as a credit line: "الجزائر في 12 جانفي 2024 (وأج)"
        agency = _TRAILING_PARENTHESES_RE.search(line)
        credits = [_byline_before_date(line), agency[0] if agency is not None and _agency_credit(agency[0]) else None]
        # and an outlet beside the date, between bars: "بوابة الوسط | 13 سبتمبر 2023"
        if len(parts) > 1:
            credits += [part for part in parts if parse_date(part) is None and _opening_credits(part)]
        return [whole], [credit for credit in (*credits, _closing_agency(line)) if credit is not None]
    if len(parts) < 2:
        return [], []
    read = [(part, read_dateline(part, reference)) for part in parts]
    datelines = [found for _, found in read if found is not None]
    # (a counter beside the date is the page's: "… 10:30 صباحا | عدد القراءات: 1523")
    return datelines, [part for part, found in read if found is None and not _is_furniture(part)] if datelines else []


def _how_long_ago_after(line: str, reference: datetime) -> int | None:
    """Where a line's closing "how long ago" starts, after other words that are no date's label: a byline's "2 hours
    ago", "منذ ساعتين" (not "آخر تحديث: منذ ساعتين", a dateline whole). Its last two to five words, as the
    relative dates' reader reads them."""
    if not ("ago" in line or "منذ" in line or "il y a" in line):
        return None
    if _DATE_LABEL_RE.match(line) is not None or _UPDATE_LABEL_RE.match(line) is not None:
        return None
    starts = [word.start() for word in re.finditer(r"\S+", line)]
    tails = (starts[-n] for n in range(_AGO_MIN_WORDS, _AGO_MAX_WORDS + 1) if n < len(starts))
    return next((at for at in tails if parse_relative(line[at:], reference) is not None), None)


_AGO_MIN_WORDS = 2  # "منذ ساعتين"
_AGO_MAX_WORDS = 5  # "il y a 20 minutes"


def _closing_agency(line: str) -> str | None:
    """An agency named bare after the date: SPA's "الرياض 18 ربيع الآخر 1445 هـ الموافق 02 نوفمبر 2023 م واس"."""
    words = line.split()
    return next((" ".join(words[-n:]) for n in (1, 2, 3) if fold(" ".join(words[-n:])) in AGENCY_KEYS), None)


def _byline_before_date(line: str) -> str | None:
    """The byline a dateline opens with, as a line of its own: "كتب: أحمد علي الخميس، 02 نوفمبر 2023 04:30 م"
    gives "كتب: أحمد علي" (the weekday and separators before the date are the date's); after the outlet's name
    and a slash too: "OLJ / Par Julien ABI RAMIA, le 05 novembre 2023 à 18h12"."""
    if (slash := line.find(" / ")) != -1 and word_count(line[:slash]) <= _OUTLET_NAME_MAX_WORDS:
        line = line[slash + 3 :]
    if _BYLINE_LABEL_RE.match(line) is None or (found := parse_date(line)) is None:
        return None
    byline = _before_the_date(line[: found.start])
    return byline if _credit(byline) is not None else None


def _before_the_date(head: str) -> str:
    """What stands before a date, without the weekday and separators, which are the date's."""
    words = head.split()
    while words and (is_date_word(words[-1].strip(_DATE_SEPARATORS)) or not words[-1].strip(_DATE_SEPARATORS)):
        words.pop()
    return " ".join(words).strip(_DATE_SEPARATORS + " ")


_DATE_SEPARATORS = "،,-–—|:"


def _writers_beside_date(line: str) -> tuple[str, ...]:
    """A writer a dateline names with no label before the date ("سامي العتيبي - 14 نوفمبر 2023 - 10:30 ص"),
    or after it, by "بواسطة" or "by" ("نشر في 14 نوفمبر 2023 بواسطة سامي العتيبي")."""
    if _BYLINE_LABEL_RE.match(line) is not None:
        return ()  # a labelled byline stays a credit line of the text (``_byline_before_date``)
    before = _before_the_date(line[: _first_digit(line)])
    named = before if before and (_reads_as_a_persons_name(before) or _names_an_outlet(before)) else None
    if named is None and before and _reads_as_a_latin_name(before):
        named = before  # Anadolu's "Ahmet Gencturk |30.11.2026 - Update : 30.11.2026"
    after = _WRITER_AFTER_DATE_RE.search(line)
    if (named is None and after is None) or (found := parse_date(line)) is None:
        return ()  # (most datelines: the date patterns run only when a name stands beside the digits)
    names = (named, after["name"] if after and after.start() >= found.end else None)
    return tuple(name for name in names if name and _reads_as_name(name))


def _reads_as_a_latin_name(text: str) -> bool:
    """Two or three capitalised words of Latin letters, none a section's, a place's or a newsroom's ("Ahmet
    Gencturk"; not "Breaking News", "Staff Reporter", "Saudi Arabia")."""
    words = text.split()
    return (
        len(words) in _LATIN_NAME_WORDS
        and all(word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() for word in words)
        and text.isascii()
        and not any(fold(word) in _NOT_IN_A_LATIN_NAME for word in words)
        and not _is_a_place(text)
    )


_LATIN_NAME_WORDS = (2, 3)


def _first_digit(line: str) -> int:
    return next((i for i, char in enumerate(line) if char.isdigit()), len(line))


_WRITER_AFTER_DATE_RE = re.compile(r"\s(?:بواسطة|by|par)\s+(?P<name>[^\d|،,:.]{4,40}?)\s*$", re.IGNORECASE)


def read_dateline(line: str, reference: datetime | None = None) -> Dateline | None:
    """The line as a dateline: a date label and a date, or a short line that is only a date (or, with
    a ``reference``, only how long before it: "منذ ساعتين", "2 hours ago")."""
    opening = _DATE_LABEL_RE.match(line)
    # The publication's date ends where its update begins: "Publié le : 02/11/2023 - 14:32Modifié le : …".
    inner = _UPDATE_INSIDE_RE.search(line, opening.end()) if opening is not None else None
    published_end = inner.start() if inner is not None else len(line)
    if word_count(line[:published_end]) > _DATELINE_MAX_WORDS:
        return None  # (the update after the date may run long: "Publié le … à 09:30 - Mis à jour le … à 10:02")
    for label, is_update in ((_UPDATE_LABEL_RE.match(line), True), (opening, False)):
        if label is not None:
            rest = line[label.end() : len(line) if is_update else published_end]
            found = parse_date(rest) or (parse_relative(rest, reference) if reference else None)
            if found is not None:
                return Dateline(line, found, is_update)
    if reference is not None and (relative := parse_relative(line, reference)) is not None:
        return Dateline(line, relative, False)
    found = parse_date(line)
    if found is None:
        return None
    leftover = line[: found.start] + " " + line[found.end :]
    if (equivalent := parse_date(leftover)) is not None:  # the other calendar's: "2 نوفمبر 2023 م ـ 18 ربيع الآخر 1445 هـ"
        leftover = leftover[: equivalent.start] + " " + leftover[equivalent.end :]
    if (update := _UPDATE_INSIDE_RE.search(leftover)) is not None:  # "November 2, 20233:45 PM GMT+3Updated an hour ago"
        leftover = leftover[: update.start()]
    if _is_wordy(leftover):
        # The outlet may head its writer and the date, before a slash: "OLJ / Par Jeanine JALKH, le 02 novembre
        # 2023 à 14h35" (a slash between spaces, before the date: no date's own; a name's few words before it).
        slash = leftover.rfind(" / ", 0, found.start)
        if slash == -1 or word_count(leftover[:slash]) > _OUTLET_NAME_MAX_WORDS:
            return None  # a sentence that merely mentions a date
        if _is_wordy(leftover[slash + 3 :]) and _byline_before_date(line[slash + 3 :]) is None:
            return None  # (a writer's name of three words after "Par" is no sentence: "Par Julien ABI RAMIA, le …")
    return Dateline(line, found, False)


def _is_wordy(leftover: str) -> bool:
    """Does what a line says beside its date hold more than three words that are no date's?"""
    return sum(1 for word in WORD_RE.findall(leftover) if not is_date_word(word)) > 3


def with_fields_apart(lines: list[str]) -> list[str]:
    """A story scraped without its line breaks, one long line, with its labelled fields on lines of their
    own, as the page had them: the headline before its dateline, the text after the date, the credits, the
    tags and what a read-also marker heads ("… لدى موسكو تاريخ النشر: 2nd, November 2023 GMT أفادت الخارجية
    … المصدر: RT Arabic كلمات دلالية: …"). Other text is left as it is."""
    if len(lines) != 1 or len(lines[0]) < _RUN_IN_MIN_CHARS:
        return lines
    apart: list[str] = []
    for piece in filter(None, map(str.strip, _RUN_IN_FIELD_RE.split(lines[0]))):
        dated = _DATE_LABEL_RE.match(piece) or _UPDATE_LABEL_RE.match(piece)
        found = parse_date(piece[:_RUN_IN_DATE_MAX_CHARS]) if dated else None
        if apart and ((dated and found is None) or _runs_on_after_a_credit_label(piece)):
            apart[-1] += " " + piece  # a label in a sentence: "وأضاف المصدر: إن الحكومة …", "التاريخ: حافل"
        elif found is None:
            apart.append(piece)
        else:
            after = _ZONE_AFTER_RE.match(piece, found.end)
            cut = after.end() if after else found.end
            apart.extend(filter(None, (piece[:cut].strip(), piece[cut:].strip())))
    return apart


def _runs_on_after_a_credit_label(piece: str) -> bool:
    """Does a sentence, not a credited name, follow the credit label ("المصدر: إن الحكومة ستعلن …", a source
    quoted)?"""
    credit = _CREDIT_RE.match(piece) if piece.startswith(_CREDIT_LABELS) else None
    return credit is not None and not _reads_as_a_credited_name(credit["value"])


_RUN_IN_MIN_CHARS = 300
_RUN_IN_DATE_MAX_CHARS = 80
_RUN_IN_FIELD_RE = re.compile(
    rf"\s+(?=(?:{alternation((*_DATE_LABELS, *_UPDATE_LABELS, *_CREDIT_LABELS, *_ARABIC_TAG_LABELS))})\s*[:：]"
    rf"|{alternation(_STRONG_READ_ALSO)})",
    re.IGNORECASE,
)
_ZONE_AFTER_RE = re.compile(r"\s*(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2})?(?![^\W\d_])", re.IGNORECASE)


# --- body region: paragraphs, credits, tags, read-also and appended articles --------------------


def without_furniture(lines: list[str] | tuple[str, ...]) -> list[str]:
    """The lines without share buttons, newsletter and follow prompts and copyright notices, and
    without the links an embedded post leaves inside its text ("… pic.twitter.com/AbCdEf123")."""
    kept: list[str] = []
    caption_follows = counted = readers = False  # readers: inside the readers' comments or poll, or the writer's box
    for line in lines:
        readers = readers and not _ends_readers_part(line)
        if readers:
            continue
        if len(line) <= _READERS_HEADING_MAX_CHARS and _READERS_HEADING_RE.match(line) is not None:
            # Under the article, the readers' part follows; above its first paragraph, the heading only
            # counts the comments ("التعليقات (3)" under the headline) and goes alone.
            readers = any(map(_is_paragraph, kept))
            continue
        if "t.co/" in line or "twitter.com/" in line:
            line = _EMBED_LINK_RE.sub("", line).strip()
        if (gallery := _GALLERY_BUTTONS_RE.match(line)) is not None:
            line = line[gallery.end() :]  # a photo gallery's buttons, before the credit the line goes on to
        if caption_follows and word_count(line) <= _CAPTION_WORDS.stop and not (counted and _ends_a_sentence(line)):
            caption_follows = False
            continue  # the caption a label or a gallery's counter announced ("التعليق على الصورة،", "1 / 6")
        counted = _GALLERY_COUNTER_RE.match(line) is not None  # (a sentence after it is the story going on)
        caption_follows = counted or _PHOTO_CAPTION_LABEL_RE.match(line) is not None
        if line and not _is_furniture(line):
            kept.append(line)
    while kept and _is_video_teaser(kept[-1]):
        kept.pop()  # the page's last lines invite to a video the scraper dropped: "شاهد أهداف المباراة"
    return kept


# An invitation to watch, with no sentence: only at the page's end ("شاهد عيان" may head a paragraph).
_VIDEO_TEASER_RE = re.compile(r"^\s*(?:شاهد|شاهدوا|شاهدي|watch)\s+[^.!?؟:،,]{2,60}$", re.IGNORECASE)
_VIDEO_TEASER_MAX_WORDS = 7


def _is_video_teaser(line: str) -> bool:
    """ "شاهد أهداف المباراة", not a read-also link ("شاهد أيضاً لرئاسة الحرمين …")."""
    return (
        _VIDEO_TEASER_RE.match(line) is not None and word_count(line) <= _VIDEO_TEASER_MAX_WORDS and read_also(line) is None
    )


_EMBED_LINK_RE = re.compile(r"(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+")
_GALLERY_BUTTONS_RE = re.compile(
    r"[«‹<]?\s*(?:next\s+previous|previous\s+next|السابق\s+التالي|التالي\s+السابق|précédent\s+suivant)\s*[»›>]?(?:\s+|$)",
    re.IGNORECASE,
)

# The readers' part of a page: their comments or a poll, under a heading ("التعليقات (3)", "أضف تعليقك",
# "Leave a comment", "استطلاع رأي"); and the box on the writer under the text ("عن الكاتب", "About the
# author"). It runs to the page's tags or related links, or to its end.
_READERS_HEADING_RE = re.compile(
    rf"^\s*(?:(?:ال)?تعليقات(?: القراء)?\s*(?:\(\s*\d+\s*\)|{_COUNT})?|{_COUNT}\s*(?:تعليقا?ت?|comments?|commentaires?)"
    r"|(?:أضف|اضف|اترك|أكتب|اكتب) (?:تعليقك|تعليقا|تعليقاً|تعليق|رأيك)[^.!?؟]{0,25}|شاركنا رأيك"
    r"|(?:leave|add|post|write) (?:a |your )?(?:comment|reply)|comments?\s*(?:\(\s*\d+\s*\))?"
    r"|(?:laisser|ajouter) un commentaire|commentaires?\s*(?:\(\s*\d+\s*\))?"
    r"|استطلاع (?:ال)?رأي|poll|sondage"
    r"|(?:نبذة )?عن (?:ال)?(?:كاتب|كاتبة|مؤلف|محرر)|about the (?:author|writer)|à propos de l['’]auteur)\s*[:：]?\s*$",
    re.IGNORECASE,
)


def _ends_readers_part(line: str) -> bool:
    """The page's tags or related links end the readers' part, and so does a line longer than readers
    write: the article's again."""
    return (
        word_count(line) > _COMMENT_MAX_WORDS
        or _TAG_RE.match(line) is not None
        or _HASHTAGS_RE.match(line) is not None
        or read_also(line) is not None
    )


def _is_disclaimer(line: str) -> bool:
    return (
        len(line) <= _DISCLAIMER_MAX_CHARS
        and _DISCLAIMER_RE.match(folded := fold(line)) is not None
        and _DISCLAIMED_WORDS_RE.search(folded) is not None
    )


_DISCLAIMER_MAX_CHARS = 400


def _disclaimers_writer(line: str) -> str | None:
    """The writer a disclaimer names: "هذا المقال بقلم بشار جرار، متحدث …، والآراء الواردة أدناه تعبر عن رأي الكاتب
    ولا تعكس بالضرورة وجهة نظر شبكة CNN." (CNN Arabic's, above its opinion pieces)."""
    named = _DISCLAIMERS_WRITER_RE.match(line)
    return named["value"] if named is not None and _is_disclaimer(line) else None


_DISCLAIMERS_WRITER_RE = re.compile(
    r"^\s*(?:هذا|هذه)\s+(?:ال)?(?:مقال|مقالة|تحليل)\s+بقلم\s*:?\s*(?P<value>[^،,.()]{4,40}?)\s*[،,(]"
)
_DISCLAIMER_BYLINE_CHARS = 30
_READERS_HEADING_MAX_CHARS = 40
_COMMENT_MAX_WORDS = 60


def _is_furniture(line: str) -> bool:
    if line[:1] in _COPYRIGHT_OPENINGS and _COPYRIGHT_RE.match(line) is not None:
        return True
    if ("شترك" in line or "subscriber" in line) and _SUBSCRIBERS_NOTICE_RE.match(line) is not None:
        return True
    if ("republish" in line or "إعادة نشر" in line) and _REPUBLISHING_NOTICE_RE.match(line) is not None:
        return True
    if any(cue in line for cue in _DISCLAIMER_CUES) and _is_disclaimer(line):
        return _DISCLAIMERS_WRITER_RE.match(line) is None  # (one naming its writer is a credit)
    if len(line) > _FURNITURE_MAX_CHARS:
        return False  # most lines are paragraphs: skipped at the cost of len()
    if len(line) <= _MARKS_ONLY_MAX_CHARS and not any(map(str.isalnum, line)):
        return True  # a separator the page drew between its parts: "|", "—", "* * *"
    if len(line) <= _SHARE_LINE_MAX_CHARS:
        words = WORD_RE.findall(line)
        if len(words) <= _SHARE_LINE_MAX_WORDS and words and all(fold(w) in _SHARE_WORDS for w in words):
            return True
        if len(words) <= _CHROME_MAX_WORDS and fold(line.strip(_CHROME_MARKS)) in _SITE_CHROME_KEYS:
            return True
    if _mentions_cookies(line) and _COOKIE_NOTICE_RE.match(line) is not None:
        return True
    if _signs_off(line):
        return True  # the desk's or the writer's initials signing off the story: "(ST)", "(SG/MA)", "I. B.", "S H", "kt"
    if "=" in line and _ENCODED_TOKEN_RE.search(line) is not None and word_count(line) <= _ENCODED_LINE_MAX_WORDS:
        return True  # a tracking code the page prints under the story: "aXA6IDE5My4yMjcuMTIxLjE2IA== جزيرة ام اند امز"
    return (
        _FURNITURE_RE.match(line) is not None
        and word_count(line) <= _FURNITURE_MAX_WORDS
        and _TAG_RE.match(line) is None  # tags between slashes look like crumbs: "الوسوم: الرياض / الطقس / أمطار"
        and fold(line.strip()) not in AGENCY_KEYS  # an agency by its initials is a credit: "أ ش أ", "أ ف ب"
    )


def _signs_off(line: str) -> bool:
    if len(line) <= _LOWER_INITIALS_MAX_CHARS:  # (most lines: one look at their length)
        stripped = line.strip()
        if len(stripped) > 1 and stripped.isascii() and stripped.isalpha() and stripped.islower():
            return True  # Kuwait Times' "kt"
    signed = (line[:1] == "(" or line[1:2] in (".", " ")) and _SIGNED_INITIALS_RE.match(line) is not None
    return signed and _agency_credit(line) is None


_LOWER_INITIALS_MAX_CHARS = 3
_SIGNED_INITIALS_RE = re.compile(r"\([A-Z]{1,5}(?:\s*/\s*[A-Z]{1,5})*\)\s*$|(?:[A-Z]\.\s?){2,3}$|(?:[A-Z] ){1,3}[A-Z]\s*$")


# The site's own chrome a scraper copies with the page, one item a line: navigation, account and legal
# links, a cookie banner's buttons, reading tools. Whole lines only: "بحث" alone is the search box.
_SITE_CHROME_KEYS = frozenset(
    fold(item.strip())
    for item in """تخطى إلى المحتوى|تخطي إلى المحتوى|انتقل إلى المحتوى|القائمة|القائمة الرئيسية|بحث|ابحث|تسجيل الدخول|
    تسجيل الخروج|إنشاء حساب|الرئيسية|الصفحة الرئيسية|سياسة الخصوصية|شروط الاستخدام|اتصل بنا|من نحن|أعلن معنا|خريطة الموقع|
    موافق|أوافق|قبول|حفظ|أضف للمفضلة|إضافة للمفضلة|طباعة|إرسال|نسخ الرابط|تكبير الخط|تصغير الخط|A+|A-|
    skip to content|skip to main content|menu|search|sign in|log in|login|register|subscribe|home|privacy policy|
    terms of use|terms of service|terms and conditions|cookie policy|cookie settings|contact us|about us|advertise|
    sitemap|accept|accept all|accept all cookies|reject all|i agree|got it|print|email|copy link|
    aller au contenu|rechercher|se connecter|connexion|accueil|politique de confidentialité|mentions légales|
    nous contacter|accepter|tout accepter|tout refuser|loading|chargement|جار التحميل|جاري التحميل""".split("|")
)
_CHROME_MARKS = " :|•·>».…"  # ("Loading...")
_CHROME_MAX_WORDS = 4  # "skip to main content"
_MARKS_ONLY_MAX_CHARS = 12
# A base64 code: letters of both cases and digits, padded with "=" (no word of any language is written so).
_ENCODED_TOKEN_RE = re.compile(
    r"(?<![\w+/])(?=[\w+/]*[A-Z])(?=[\w+/]*[a-z])(?=[\w+/]*\d)[A-Za-z0-9+/]{16,}={1,2}(?![\w+/=])"
)
_ENCODED_LINE_MAX_WORDS = 8


def _mentions_cookies(line: str) -> bool:
    return "ارتباط" in line or "كوكيز" in line or "ookie" in line  # (three substring searches, not the pattern)


# A cookie banner's sentence: "نستخدم ملفات تعريف الارتباط لتحسين تجربتك …", "We use cookies to …".
_COOKIE_NOTICE_RE = re.compile(
    r"^\s*(?:نستخدم|يستخدم (?:هذا )?الموقع|هذا الموقع يستخدم|we use|this (?:web)?site uses|nous utilisons|ce site utilise)"
    r"[^\n]{0,40}?(?:ملفات (?:تعريف )?الارتباط|الكوكيز|cookies)",
    re.IGNORECASE,
)


# A wire service's copyright notice runs longer than other furniture: "Copyright 2023 The Associated
# Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed …"
# (a year near its opening: "Copyright lawyers say … all rights reserved …" is a sentence).
_COPYRIGHT_RE = re.compile(
    r"^\s*(?:(?:©|\(c\)|copyright)(?=[^\n]{0,30}?(?<!\d)(?:19|20)\d\d(?!\d))|حقوق (?:النشر|الطبع)|جميع الحقوق)[^\n]{0,200}?"
    r"(?:rights reserved|droits réservés|محفوظة)[^\n]{0,200}$",
    re.IGNORECASE,
)


# A photo's caption: a few words describing the picture, no sentence, and its credit at the end
# ("الرئيس الأمريكي جو بايدن في البيت الأبيض، 2 نوفمبر (رويترز)", "Rescuers search the rubble - AFP").
# An agency's own copy ends on a sentence first ("… بين البلدين. (واس)").
_CAPTION_CREDIT_RE = re.compile(
    rf"(?:\s[-–—/|]\s*|\s*[(\[]\s*)(?:{alternation((*NEWS_AGENCIES, 'Getty Images', 'EPA', 'أرشيفية', 'ارشيفية'))})"
    r"\s*[)\]]?\s*$"
    # or says whose photo it is, in brackets: "وزير الصحة خلال المؤتمر الصحفي (صورة من الوزارة)", "(Photo by …)"
    r"|\s*[(\[]\s*(?:(?:file|archive|handout|stock|press)\s+)?(?:ال)?(?:صورة|تصوير|photo|image)(?![^\W\d_])[^()\[\]]{0,40}[)\]]\s*$"
    # or what kind of photo after a dash: Egypt Today's "… Dubravka Šuica - Press photo", "- File photo"
    r"|\s[-–—/|]\s*(?:press|file|handout|archive|stock)\s+(?:photo|image)s?\s*$",
    re.IGNORECASE,
)
_CAPTION_WORDS = range(4, 21)
_SHORT_CAPTION_MIN_WORDS = 2
_SAYS_PHOTO_RE = re.compile(r"صورة|تصوير|photo|image", re.IGNORECASE)
_SENTENCE_MARK_RE = re.compile(r"[.!?؟:]")


def _is_caption_above_dateline(line: str, below: str) -> bool:
    """A photo's caption with no credit, between the head and the story's dateline: Masrawy's "وزير التعليم العالي
    خلال الاجتماع", then "القاهرة - (مصراوي):". A few words and no sentence."""
    if word_count(line) > _CAPTION_ABOVE_DATELINE_MAX_WORDS or _ends_a_sentence(line) or not _describes_a_photo(line):
        return False  # (a longer line there is the standfirst: "روتانا تعيد ترميم 1650 فيلماً وسفير … يحضر الاحتفال")
    if len(below) > _PLACE_DATELINE_MAX_CHARS:
        return False
    return bool(_opening_credits(below)) or bool(_place_dateline(below))


_CAPTION_ABOVE_DATELINE_MAX_WORDS = 7


def _is_caption(line: str) -> bool:
    if len(line) > _FURNITURE_MAX_CHARS:
        return False
    if (credit := _CAPTION_CREDIT_RE.search(line)) is None:
        return _is_dated_caption(line)
    described = line[: credit.start()]
    if _SAYS_PHOTO_RE.search(credit[0]) is not None:  # "Qatar Airways aircraft (file photo)": a short one will do
        return _describes_a_photo(described, _SHORT_CAPTION_MIN_WORDS)
    return _describes_a_photo(described)


def _describes_a_photo(described: str, min_words: int = _CAPTION_WORDS.start) -> bool:
    """What a caption says before its credit (or its day): a few words and no sentence."""
    words = word_count(described)
    return min_words <= words < _CAPTION_WORDS.stop and _SENTENCE_MARK_RE.search(described) is None


def _is_dated_caption(line: str) -> bool:
    """A caption that ends on the day its photo was taken, then its credit in brackets, whoever took it: AP's
    "… in Gaza City, Thursday, Nov. 2, 2023. (AP Photo/Abed Khaled)", Al-Wasat's "… في طرابلس، 2 نوفمبر 2023.
    (حكومتنا)". (No sentence before the date: a paragraph may end on a date and its agency.)"""
    if not line.endswith(")") or (bracket := line.rfind("(")) == -1:
        return False
    before = line[:bracket].rstrip(" .")
    tail = before[-_CAPTION_DATE_MAX_CHARS:]
    found = parse_date(tail)
    if found is None or found.end != len(tail):
        return False
    return _describes_a_photo(before[: len(before) - len(tail) + found.start])


_CAPTION_DATE_MAX_CHARS = 40


_QUOTES = " \"'«»“”„"


def _credit(line: str) -> str | None:
    """The credited name of a credit line (المصدر: …), a byline (كتب: …, By …) or a link to the story
    in the paper it ran in. (Bars may frame it: Al-Rai's "| كتب محمد الجاسم |".)"""
    if line.startswith("|"):
        line = line.strip(" |")
    credit = _CREDIT_RE.match(line)
    if credit is not None:
        value = credit["value"]
        if credit["bracket"] and value.endswith(")") and value.count(")") > value.count("("):
            value = value[:-1].rstrip()  # "(المصدر: وكالات)"
        return value.strip(_QUOTES) or value  # 'نقلاً عن "الشرق الأوسط"'
    if line.startswith(_CREDIT_LABELS) and (outlet := _credited_without_separator(line)) is not None:
        return outlet
    if "رابط" in line[:_STORY_LINK_HEAD_CHARS] and (link := _STORY_LINK_RE.match(line)) is not None:
        return link["value"]
    if (desk := _DESK_CREDIT_RE.match(line)) is not None:
        return desk["outlet"] or desk["named"]
    if "بقلم" in line[:_DISCLAIMER_BYLINE_CHARS] and (writer := _disclaimers_writer(line)) is not None:
        return writer
    if (reporter := _REPORTER_RE.match(line)) is not None and _reads_as_a_persons_name(reporter["value"]):
        return reporter["value"]
    byline = _BYLINE_RE.match(line) or _bare_byline(line) or _bracketed_byline(line)
    if byline is not None:
        value = without_job_title(_FOLLOW_BUTTON_RE.sub("", byline["value"]))
        wire = _WIRE_AFTER_NAMES_RE.search(value)
        names = value[: wire.start()] if wire else value
        if word_count(names) <= _BYLINE_MAX_WORDS or _NAMES_LISTED_RE.fullmatch(names) is not None:
            # A joined wire is credited too ("…, Reuters"); a bare one is dropped: "By SAMY MAGDY and LEE KEATH
            # Associated Press" opens a story whose dateline's "(AP)" credits it.
            return value if wire and wire["join"] else names
    if len(line) <= _NAME_AND_JOB_MAX_CHARS and (job := _JOB_TITLE_RE.search(line)) and _names_a_writer(line[: job.start()]):
        return line[: job.start()].strip()  # a writer's name and job, no label: "Sajila Saseendran, Senior Reporter"
    return _foot_credit(line)


_NAME_AND_JOB_MAX_CHARS = 80  # (a paragraph is no byline: the job pattern is dear on its every comma)


def _names_a_writer(words: str) -> bool:
    """A person's name: in Latin letters, each word capitalised ("Sajila Saseendran"; not "The minister"); in Arabic,
    opening on a given name ("أحمد علي")."""
    if not words.isascii():
        return _reads_as_a_persons_name(words)
    split = words.split()
    return _reads_as_name(words) and all(w[:1].isupper() for w in split) and split[0].casefold() not in _ARTICLES


_ARTICLES = frozenset(("the", "a", "an", "le", "la", "les", "un", "une"))


# The button a page puts after its writer's name: "Par : FRANCE 24 Suivre", "By Jane Doe Follow".
_FOLLOW_BUTTON_RE = re.compile(r"(?<=\w)\s+(?:Suivre|Follow)\s*$")


# The outlet's newsroom, signing with no "By": "Staff Report, Gulf News", "Web Desk, Gulf News"; or its name first,
# with "By" or not: "MEE staff", "Guardian staff and agencies", "By Reuters Staff" (the name as written, capitalised).
_DESK_CREDIT_RE = re.compile(
    r"^\s*(?:(?:staff|senior|special)\s+(?:writer|reporter|report|correspondent)|(?:web|news|online|digital) desk)"
    r"\s*[,،|]\s*(?P<outlet>[A-Z][\w&'’.]*(?: [A-Z][\w&'’.]*){0,3})\s*$"
    r"|^\s*(?:(?:by|par)\s+)?(?-i:(?!(?:By|Par|BY|PAR)\b)(?P<named>[A-Z][\w&'’.\-]*(?: (?:[A-Z][\w&'’.\-]*|\d+)){0,3}))"
    r"\s+staff(?:\s+(?:and|&)\s+agencies)?\s*$",
    re.IGNORECASE,
)


def _bracketed_byline(line: str) -> re.Match[str] | None:
    """A byline in brackets on its own line, as a photo's credit stands between paragraphs: "(تصوير: محمد عابد -
    أ ف ب)"."""
    stripped = line.strip()
    if not (stripped.startswith("(") and stripped.endswith(")")):
        return None
    return _BYLINE_RE.match(stripped[1:-1])


def _credited_without_separator(line: str) -> str | None:
    """The outlet of a credit line whose label's colon the scraper lost ("المصدر رويترز", "المصدر العربية.نت"):
    only an agency's or an outlet's name may follow the label then ("المصدر الرئيسي للدخل" is a sentence)."""
    label = next((label for label in _CREDIT_LABELS_LONGEST_FIRST if line.startswith(label + " ")), None)
    value = line[len(label) :].strip() if label else ""
    if not value or len(value) > _AGENCY_NAME_MAX_CHARS:
        return None
    name = value.split(" (", 1)[0]  # "وكالة الأنباء السعودية (واس)"
    return value if fold(name) in AGENCY_KEYS or is_an_outlets_name(name) else None


_CREDIT_LABELS_LONGEST_FIRST = sorted(_CREDIT_LABELS, key=len, reverse=True)


# The wire a byline names after its writers: "…, Reuters", "Le Monde avec AFP", "… LEE KEATH Associated Press".
_WIRE_AFTER_NAMES_RE = re.compile(
    rf"(?<=\w)(?P<join>\s*,|\s+(?:avec|with|and|et)(?=\s))?\s+(?:l['’])?(?P<wire>{_LATIN_AGENCIES})\s*$", re.IGNORECASE
)


def _names_in_credit(credit: str) -> list[str]:
    """The names one credit gives: "الجزيرة + وكالات" two, a byline's "Samy Magdy and Lee Keath" two, "Le Monde
    avec AFP" and "Jane Doe, Reuters" two (the writer or outlet, and the wire), "Joseph
    Krauss in Jerusalem" the writer; a wire foot's "Reporting by X and Y; Editing by Z" stays whole (who did what)."""
    if _REPORTING_RE.match(credit) is not None:
        return [credit]
    if len(agencies := _agencies_listed(credit)) > 1:
        return agencies  # "رويترز، أ ف ب": each agency
    if _NAMES_LISTED_RE.fullmatch(credit) is not None:
        return _LIST_JOINS_RE.split(credit)  # "NAJIB JOBAIN, JACK JEFFERY and SAMY MAGDY": each writer
    credit = _BRACKETED_JOIN_RE.sub(r" \g<join> \g<wire>", credit)  # "Le360 (avec MAP)": "Le360 avec MAP"
    wire = _WIRE_AFTER_NAMES_RE.search(credit)
    wire = wire if wire and wire["join"] else None
    names = _CREDIT_JOINS_RE.split(credit[: wire.start()] if wire else credit)
    found = [name for part in names if part for name in _without_place(part)]
    return [*found, wire["wire"]] if wire else found


_BRACKETED_JOIN_RE = re.compile(r"\s*\(\s*(?P<join>avec|with|and|et)\s+(?P<wire>[^()]{2,40}?)\s*\)\s*$", re.IGNORECASE)


def _without_place(name: str) -> tuple[str, ...]:
    """A credited name without where it was written from: "Joseph Krauss in Jerusalem", "دبي - الإمارات اليوم"."""
    if (placed := _NAME_IN_PLACE_RE.match(name)) is not None:
        return (placed["name"],)
    if _PLACE_DASH_RE.search(name) is not None and (opening := _opening_credits(name)):
        return opening
    return (name,)


_PLACE_DASH_RE = re.compile(r"\s[-–—]\s|[:/]")  # (the opening credit pattern is dear: only where it may match)


# Three writers or more, listed the English or French way: "Aya Batrawy, Jon Gambrell and Isabel DeBre".
_LISTED_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,3}"
_NAMES_LISTED_RE = re.compile(rf"{_LISTED_NAME}(?:, {_LISTED_NAME}){{1,4}},? (?:and|et|&) {_LISTED_NAME}")
_LIST_JOINS_RE = re.compile(r",? (?:and|et|&) |, ")
_CREDIT_JOINS_RE = re.compile(r"(?:\s+(?:\+|and|et|&|avec|مع)(?=\s)|^\s*avec\b)\s*(?:(?<=avec )l['’])?", re.IGNORECASE)


_PAPER = r"(?:صحيفة|جريدة|موقع|بوابة|مجلة)\s+[^:：]{2,30}?"
_STORY_LINK_CREDIT = rf"{_STORY_LINK}\s+(?:ب|في\s+|على\s+)(?P<value>{_PAPER})\s*[:：]"
_STORY_LINK_RE = re.compile(rf"^\s*{_STORY_LINK_CREDIT}")
_STORY_LINK_HEAD_CHARS = 8


def _credit_under_its_label(lines: list[str] | tuple[str, ...], index: int) -> str | None:
    """The credit on the line under a credit label alone ("المصدر:", then "وكالة الأنباء السعودية")."""
    label = lines[index]
    if index + 1 >= len(lines) or len(label) > _CREDIT_LABEL_MAX_CHARS or _CREDIT_LABEL_ALONE_RE.match(label) is None:
        return None
    value = lines[index + 1].strip()
    return value if _reads_as_a_credited_name(value) else None


def _reads_as_a_credited_name(value: str) -> bool:
    """What follows a credit label is a name credited, not a sentence: a few words, no sentence's end."""
    return word_count(value) <= _CREDIT_VALUE_MAX_WORDS and not _ends_a_sentence(value)


_CREDIT_LABEL_ALONE_RE = re.compile(
    rf"^\s*(?:{alternation(_CREDIT_LABELS)}|{alternation(_LATIN_CREDIT_LABELS)})\s*[:：]?\s*$", re.IGNORECASE
)
_CREDIT_VALUE_MAX_WORDS = 8
_CREDIT_LABEL_MAX_CHARS = 14  # "مصدر الخبر :"


def _repeats_a_credit(line: str, sources: list[str]) -> bool:
    """The byline again at the article's foot, unlabelled: "Benjamin Barthe (Beyrouth, correspondant)"."""
    return bool(sources) and len(line) <= _REPEATED_CREDIT_MAX_CHARS and without_job_title(line) in sources


_REPEATED_CREDIT_MAX_CHARS = 80


def _is_writers_note(line: str, sources: list[str]) -> bool:
    """A line on a credited writer under the story, opening on one of the writer's names: "Nasreen is a Senior
    Reporter with Khaleej Times.", "Julien Abi Ramia est journaliste à L'Orient-Le Jour"."""
    note = _WRITERS_NOTE_RE.match(line)
    return note is not None and any(note["name"] in source.split() for source in sources)


_WRITERS_NOTE_RE = re.compile(
    r"^\s*(?P<name>[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+){0,2} (?:is|was|has|covers|writes|joined|est|a rejoint|couvre)\s"
    r"[^\n]{0,300}$"
)


def without_job_title(name: str) -> str:
    """A byline's name without what the writer does or where from: "Sajila Saseendran, Senior Reporter",
    "Benjamin Barthe (Beyrouth, correspondant)", "Staff Writer, Gulf News" (the outlet is who wrote it)."""
    return _JOB_TITLE_RE.sub("", _LEADING_JOB_RE.sub("", name)).strip() or name


_JOB_WORDS = (
    "reporter", "correspondent", "editor", "writer", "journalist", "columnist", "analyst", "bureau chief", "staff",
    "contributor", "correspondant", "correspondante", "envoyé spécial", "envoyée spéciale", "journaliste",
    "rédacteur", "rédactrice", "مراسل", "مراسلة", "محرر", "محررة", "صحفي", "صحفية", "صحافي", "صحافية", "كاتب",
    "كاتبة", "senior reporter", "senior correspondent",
)  # fmt: skip
# A writer's job on a line of its own, under the name: "صحافي متخصص في الشؤون الدولية", "Senior Reporter".
_JOB_LINE_RE = re.compile(
    rf"^\s*(?:{alternation(_JOB_WORDS)})(?![^\W\d_])[^.!?؟\d]{{0,60}}$"
    # or the job last, after the outlet and the beat, and where from: "BBC Middle East correspondent, Jerusalem"
    rf"|^\s*[A-Z][^.!?\d]{{0,50}}\s(?:{alternation([job for job in _JOB_WORDS if job.isascii()])})"
    r"(?:,\s*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})?\s*$",
    re.IGNORECASE,
)
_WRITERS_JOB_RE = re.compile(rf"^\s*{_WRITERS_JOB}")


def _is_writers_job(line: str) -> bool:
    """The writer's job under the byline: a reporter's ("Senior Reporter"), a column's writer's ("أستاذ الاقتصاد في
    الجامعة الأردنية")."""
    return _JOB_LINE_RE.match(line) is not None or _WRITERS_JOB_RE.match(line) is not None


# Or after the name, with the writer's account: "مصطفى عيد صحافي @mostafaeid".
_JOB_AND_ACCOUNT_RE = re.compile(rf"(?:\s+(?:{alternation(_JOB_WORDS)}))?\s*(?:@\w{{1,30}})?\s*$", re.IGNORECASE)
_LEADING_JOB_RE = re.compile(
    r"^\s*(?:staff|senior|special)?\s*(?:writer|reporter|correspondent)\s*[,،]\s*(?=\S)", re.IGNORECASE
)
_JOB_TITLE_RE = re.compile(
    rf"\s*(?:\([^()]{{0,40}}?{alternation(_JOB_WORDS)}[^()]{{0,40}}\)|[,،]\s*[^,،()]{{0,30}}?{alternation(_JOB_WORDS)}[^,،()]{{0,30}})\s*$",
    re.IGNORECASE,
)


def _bare_byline(line: str) -> re.Match[str] | None:
    bare = _BARE_BYLINE_RE.match(line)
    if bare is None or any(_is_particle(word) for word in bare["value"].split()):
        return None  # "كتبت الصحيفة أن الوزير استقال": a sentence
    return bare


def _is_particle(word: str) -> bool:
    """A particle, alone or after a conjunction or preposition ("وعلى", "فإن"); never after the article: "العلي"
    is a family's name, not "على"."""
    folded = fold(word)
    stem = strip_clitics(folded)
    return stem in ARABIC_SMALL_WORD_KEYS and (stem == folded or not folded[: len(folded) - len(stem)].endswith("ال"))


# Egyptian pages write the byline without a colon, alone on its line: "كتب محمد أحمد" (two to four
# words after "كتب", none a particle, nothing else: "كتب الرئيس رسالة إلى نظيره …" is a sentence).
_BARE_BYLINE_RE = re.compile(r"^\s*(?:كتب|كتبت)\s+(?P<value>[^\d\s.!?؟:،,]+(?:\s+[^\d\s.!?؟:،,]+){1,3})\s*[:：]?\s*$")


def _foot_credit(line: str) -> str | None:
    """The credit of a line that closes a story: a wire service's "Reporting by …", "Le Monde avec
    AFP", agencies in parentheses, an agency's name alone ("الأناضول"), or the outlet a feed took it from."""
    if (outlet := _republished_from(line)) is not None:
        return outlet
    with_agency = _WITH_AGENCY_RE.match(line) if "vec " in line else None  # (the pattern is dear to try everywhere)
    contributed = _CONTRIBUTED_RE.match(line) if "contributed" in line else None
    reporting = _REPORTING_RE.match(line) or with_agency or contributed
    if reporting is not None:
        return (reporting["value"] or reporting["arabic"]).replace("(", "")  # ("Le360 (avec MAP)": its bracket goes)
    alone = line.strip(" .-–—")  # "— AFP"
    if len(alone) <= _AGENCY_NAME_MAX_CHARS and fold(alone) in AGENCY_KEYS:  # (folding every paragraph is dear)
        return alone
    quoted = _QUOTED_OUTLET_RE.fullmatch(line) if len(line) <= _AGENCY_NAME_MAX_CHARS + 4 else None
    if quoted is not None and (fold(quoted["name"]) in AGENCY_KEYS or fold(quoted["name"]) in _PAPER_KEYS):
        return quoted["name"]  # the paper alone in quotes, where its own story ends: "«الخليج»"
    # The outlet and its section: "هسبريس - رياضة". (A place first, "الرياض - واس", may open a story glued on
    # below: only the article's opening credits that way; with its writer, "هسبريس - عبد الرحيم العسري", an
    # opening credits both.)
    # Two agencies, the outlet and the wire it ran ("فرانس24/ رويترز"), credit both; an agency signed by its
    # editor's initials ("العمانية/ ع خ") credits the agency.
    dashed = _OPENING_CREDIT_RE.match(line) if len(line) <= _DASHED_CREDIT_MAX_CHARS else None
    if dashed is not None and fold(dashed["place"]) in AGENCY_KEYS:
        if fold(dashed["agency"]) in AGENCY_KEYS:
            return line.strip(" :-–—")
        if not _reads_as_name(dashed["agency"]) or _INITIALS_RE.fullmatch(dashed["agency"]):
            return dashed["place"]
    return _agency_credit(line)


def _compiled_credit(line: str) -> str | None:
    """A foot line saying who compiled the story from the wires: "المسلة – متابعة – وكالات" credits the outlet
    and the agencies ("متابعة", following up, is the desk's word, not a name), "متابعة - وكالات" the agencies."""
    if len(line) > _DASHED_CREDIT_MAX_CHARS or not line.rstrip(" .:").endswith(_COMPILED_ENDINGS):
        return None
    parts = [part for part in _DASHES_RE.split(line.strip(" .:-–—")) if fold(part) not in _FOLLOW_UP_KEYS]
    if not 1 <= len(parts) <= 2 or fold(parts[-1]) not in _COMPILED_KEYS or word_count(parts[0]) > 3:
        return None
    return " – ".join(parts)


_COMPILED_ENDINGS = ("وكالات", "متابعات")  # who compiled a story from the wires: "agencies", "follow-ups"
_FOLLOW_UP_KEYS = frozenset(map(fold, ("متابعة", "متابعات خاصة", "خاص")))
_DASHES_RE = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")


_INITIALS_RE = re.compile(_INITIALS)


def _republished_from(line: str) -> str | None:
    """The outlet a feed's foot line says the story first ran in: WordPress's "The post … appeared first on
    Energy Daily." and "ظهرت المقالة … أولاً على موقع الأسواق.", an aggregator's "هذا الخبر منقول من : بوابة
    الأهرام", "This article was originally published by …", "Cet article est paru dans …"."""
    if not any(cue in line for cue in _REPUBLISHED_CUES):
        return None  # (most lines: a few substring searches)
    found = _REPUBLISHED_RE.match(line)
    return found["outlet"].strip(_QUOTES) if found else None


_REPUBLISHED_CUES = ("أولا", "أولاً", "اولا", "منقول", "first on", "originally", "first published", "paru", "publié")
_REPUBLISHED_RE = re.compile(
    r"^\s*(?:(?:ظهرت|ظهر)\s+(?:ال)?(?:مقالة|مقال|خبر|تدوينة|منشور)\s+.{1,300}?\s+(?:أولاً|أولا|اولا|أولًا)\s+على"
    r"|(?:هذا|هذه)\s+(?:ال)?(?:خبر|مقال|مقالة|مادة|محتوى|موضوع)\s+(?:منقول|منقولة)\s+(?:من|عن)"
    r"|the\s+post\s+.{1,300}?\s+appeared\s+first\s+on"
    r"|(?:this|the)\s+(?:article|story|post|piece)\s+(?:was\s+)?(?:originally\s+|first\s+)+(?:published|appeared)"
    r"\s+(?:by|on|in|at)"
    r"|cet\s+article\s+(?:a\s+été\s+|est\s+)?(?:initialement\s+|d['’]abord\s+)?(?:publié|paru)\s+(?:sur|dans|par))"
    r"\s*[:：]?\s*(?:موقع\s+|le\s+site\s+)?(?P<outlet>[^!?؟\n]{2,60}?)\s*\.?\s*$",
    re.IGNORECASE,
)


_DASHED_CREDIT_MAX_CHARS = 60


def _agency_credit(line: str) -> str | None:
    """The agencies of a line that is only agencies in parentheses ("(رويترز، أ ف ب)")."""
    enclosed = _PARENTHESISED_RE.match(line)
    if enclosed is None:
        return None
    value = enclosed["value"] or enclosed["slashed"]
    return value.strip() if _agencies_listed(value) else None


def _agencies_listed(text: str) -> list[str]:
    """The agencies of a list of agencies ("رويترز، أ ف ب", "الوكالة الوطنية للإعلام/ رويترز"); none unless each
    part is one."""
    parts = [part.strip() for part in _AGENCY_PARTS_RE.split(text)]
    keys = [fold(part) for part in parts]
    is_agency = (key in AGENCY_KEYS or key.split(" ", 1)[0] in _AGENCY_HEADS for key in keys)
    return parts if all(is_agency) else []


# A wire story's opening names its agency: "LONDON, Nov 30 (Reuters) - …", "دمشق، سوريا (CNN) -- …",
# "القاهرة - أ ش أ - قال …", "الرياض - واس: وجه …".
_OPENING_AGENCY_RE = re.compile(r"^[^()\n]{0,60}?(?P<agency>\([^()]{2,40}\))\s*[-–—]")
# A place or an agency: no digit, bracket, sentence or list mark, dash; a dot only inside a word ("العربية.نت").
# (Digits only glued to a name's letters: "فرانس24", "عربي21"; a date's are not a name's.)
_NAME_PART = r"(?:[^\d()\n.!?؟:،,|/\-–—]|(?<=\w)\.(?=\w)|(?<=[^\W\d_])\d|(?<=[^\W\d_]\d)\d)"
# Or a line of its own before it says where from and who: "الرياض - واس", "Paris – AFP", "بغداد/ الأناضول",
# "نيويورك ـ (أ ف ب):". (A tatweel between spaces is a dash too: "عمان ـ العربي الجديد"; the colon that leads
# into the text, or the dash the scraper cut the paragraph after, "عمّان - بترا -", may close it.)
_OPENING_CREDIT_RE = re.compile(
    rf"^\s*(?P<place>{_NAME_PART}{{2,40}}?)(?:\s*[-–—|/:]\s*|\s+ـ+\s+)"
    rf"(?P<agency>{_NAME_PART}{{2,40}}?|\([^()]{{2,40}}\))\s*[:：\-–—]?\s*$"
)


def _place_dateline(line: str) -> tuple[str, ...] | None:
    """The credits of a line that only says where the story was written, marked by a dash, brackets or
    "خاص" (exclusive), or alone: "الرياض (واس) -" the agency's, "الحديدة (اليمن) - سبأ" the agency after the dash,
    "الحديدة (اليمن) - خاص", "خاص - الرياض" and "الرياض" none; None for any other line."""
    dateline = _PLACE_DATELINE_RE.match(line) if len(line) <= _PLACE_DATELINE_MAX_CHARS else None
    if dateline is None:
        return None
    if not (dateline["inner"] or dateline["dash"] or dateline["label"]):
        return () if _is_a_place(line.strip()) else None  # the place alone above the story: "الرياض", "RIYADH"
    after, inner = dateline["after"], dateline["inner"]
    credits: tuple[str, ...] = ()
    if after is not None and fold(after.strip()) not in _EXCLUSIVE_KEYS:
        if fold(after.strip()) not in AGENCY_KEYS:
            return None  # "عدن - الأيام": ``_opening_credits`` reads such pairs
        credits = (after.strip(),)
    if inner is None:
        return credits if _is_a_place(dateline["place"]) else None
    if (agency := _credited_agency(inner.strip())) is not None:
        return (agency, *credits) if _is_a_place(dateline["place"]) else None
    # A town the word table may not know, in its country: "الحديدة (اليمن) - خاص"; not "عدن (الأيام) - خاص",
    # whose "الأيام" (a paper, the days) this line does not explain.
    return credits if _is_a_place(inner) else None


_EXCLUSIVE = ("خاص", "حصري", "exclusive")
_EXCLUSIVE_KEYS = frozenset(map(fold, _EXCLUSIVE))
_PLACE_DATELINE_RE = re.compile(
    rf"^\s*(?:(?P<label>{'|'.join(_EXCLUSIVE)})\s*[-–—:|]\s*)?(?P<place>{_NAME_PART}{{2,30}}?)"
    rf"\s*(?:\((?P<inner>[^()]{{2,30}})\))?\s*(?:(?P<dash>[-–—:])\s*(?P<after>{_NAME_PART}{{2,30}}?)?)?\s*[:：\-–—]?\s*$",
    re.IGNORECASE,
)
_PLACE_DATELINE_MAX_CHARS = 60


def _opening_agencies(paragraph: str) -> tuple[str, ...]:
    opening = _OPENING_AGENCY_RE.match(paragraph)
    if opening is not None:
        agency = _agency_credit(opening["agency"])
        return (agency,) if agency is not None else ()
    if (outlet := _outlet_from_place(paragraph)) is not None:
        return (outlet,)  # "إيلاف من لندن: تستضيف …"
    if (wire := _wire_opening(paragraph)) is not None:
        return (wire[1],) if wire[1] is not None else ()
    return _dashed_agencies(paragraph)


def _dashed_agencies(paragraph: str) -> tuple[str, ...]:
    """The agencies among the dashed parts that open a story, up to its colon: "القاهرة - أ ش أ - قال …",
    "الرياض - واس: …", Sabq's "مهنا التميمي- سبق- الجوف:" (writer, outlet, place; the dash may touch the
    name before it), "سبق- وكالات:" (the outlet and the agencies it took the story from)."""
    head = paragraph[:_DASHED_OPENING_MAX_CHARS]
    if not any(dash in head for dash in "-–—/"):
        return ()
    colon = head.find(":")
    parts = [part.strip() for part in _DASH_RE.split(head[:colon] if colon != -1 else head)[:_DASHED_OPENING_PARTS]]
    if len(parts) < 2:
        return ()
    found = tuple(p for p in parts if len(p) <= _AGENCY_NAME_MAX_CHARS and fold(p) in AGENCY_KEYS)
    if not found and colon != -1 and (quoted := _QUOTED_OUTLET_RE.fullmatch(parts[1])) is not None:
        return (quoted["name"],) if _is_a_place(parts[0]) else ()  # the outlet's own: "لندن- “القدس العربي”: قالت …"
    if found or colon != -1:
        return found
    # No dash or colon after the agency: the story runs on after its name, "دمشق-سانا أعلن وزير …".
    words = parts[1].split()[:_AGENCY_NAME_MAX_WORDS]
    return next(((name,) for n in range(len(words), 0, -1) if fold(name := " ".join(words[:n])) in AGENCY_KEYS), ())


_DASHED_OPENING_MAX_CHARS = 100
_AGENCY_NAME_MAX_WORDS = 3  # "سكاي نيوز عربية"
_DASHED_OPENING_PARTS = 4  # two writers, the outlet, the place: "دعاء بهاء الدين- ريم سليمان- سبق- جدة:"
_DASH_RE = re.compile(r"\s*[-–—/]+\s*")  # ("شفق نيوز/ وقعت الوزارة …": a slash too)


# A wire story's opening: where, the day (its year at times), the agency, then the story.
# "DUBAI, Sept 5 (Reuters) -", "PARIS, 12 mars (AFP) -", "دبي 5 سبتمبر أيلول (رويترز) -" (a Levantine
# name may follow the month's), "بكين 2 نوفمبر 2023 (شينخوا)", "أبوظبي في 2 نوفمبر / وام /", "الدوحة في
# 01 نوفمبر /قنا/", "القاهرة في 1 نوفمبر /أ ش أ/", "الكويت - 28 - 10 (كونا) --".
_WIRE_OPENING_RE = re.compile(
    rf"^[^()\n\d/]{{2,60}}?[,،]?\s*(?:[-–—]\s*)?(?:في\s+)?"
    rf"(?:(?P<month>{MONTH_NAME})\s+(?P<day>\d{{1,2}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_NAME})(?:\s*/?\s*{MONTH_NAME})?"
    r"|(?P<day3>\d{1,2})\s*[-/]\s*(?P<month3>\d{1,2}))"
    r"(?:(?:,?\s+|\s*[-/]\s*)(?P<year>\d{4}))?"
    # the agency in brackets, between slashes, or bare before a dash: WAFA's "رام الله 2-11-2023 وفا-"
    r"\s*(?:(?P<agency>\([^()]{2,40}\))|/\s*(?P<slashed>[^/\n]{2,20}?)\s*/|(?P<bare>[^\s\d()/-][^\d()/\n-]{0,20}?)\s*[-–—]"
    r"|(?P<dash>(?=[-–—]\s)))",  # or no agency, the place in capitals: the Oman Observer's "MUSCAT, NOV 30 - The …"
    re.IGNORECASE,
)
_WIRE_DAY_MAX_AGE = timedelta(days=40)  # a wire story is scraped within days of its dateline
_WIRE_OPENING_MAX_CHARS = 120  # place, day, year and agency
_DIGIT_RE = re.compile(r"\d")


def _wire_opening(paragraph: str) -> tuple[re.Match[str], str | None] | None:
    """The opening and its agency, when the brackets or slashes hold one; or no agency, when the place is in Latin
    capitals ("MUSCAT, NOV 30 -")."""
    head = paragraph[:_WIRE_OPENING_MAX_CHARS]
    if not ("(" in head or "/" in head or "-" in head) or _DIGIT_RE.search(head) is None:
        return None  # most paragraphs: the pattern, dear to try at every place before a month, never runs
    opening = _WIRE_OPENING_RE.match(paragraph)
    if opening is None:
        return None
    if opening["dash"] is not None:
        place = paragraph[: _first_date_group(opening)].strip(" ,،-–—")
        return (opening, None) if place.isupper() and place.isascii() else None
    if opening["agency"] is not None:
        agency = _agency_credit(opening["agency"])
    else:
        named = (opening["slashed"] or opening["bare"]).strip()
        agency = named if fold(named) in AGENCY_KEYS else None
    return (opening, agency) if agency is not None else None


def _first_date_group(opening: re.Match[str]) -> int:
    return min(opening.start(group) for group in ("month", "day2", "day3") if opening[group] is not None)


def read_wire_dateline(paragraph: str, reference: datetime) -> Dateline | None:
    """The publication day a wire story's opening states: with its year when written, else the last
    such day on or before ``reference`` (when the page was fetched), if recent. Only when the brackets
    or slashes credit an agency."""
    wire = _wire_opening(paragraph)
    if wire is None:
        return None
    opening = wire[0]
    month = month_number(opening["month"] or opening["month2"] or "") or int(opening["month3"] or 0)
    day = int(opening["day"] or opening["day2"] or opening["day3"])
    if opening["year"] is not None:
        value = _day_or_none(int(opening["year"]), month, day)
    else:
        latest = reference.astimezone(UTC) + timedelta(days=1)  # the newsroom may be a zone ahead
        days = [_day_or_none(year, month, day) for year in (latest.year, latest.year - 1)]
        value = max((d for d in days if d is not None and d <= latest), default=None)
        value = value if value is not None and latest - value <= _WIRE_DAY_MAX_AGE else None
    if value is None:
        return None
    first = _first_date_group(opening)
    return Dateline(
        paragraph[: opening.end()].rstrip(" -–—"), ParsedDate(value, "day", "gregorian", first, opening.end()), False
    )


def read_todays_date(paragraph: str) -> Dateline | None:
    """The day a story's opening says is today, its date beside the weekday: Rudaw's "أعلنت الحكومة، اليوم الأحد
    (19 تشرين الثاني 2023)، …", "said today, Sunday, November 19, 2023". Only when the weekday is the date's."""
    head = paragraph[:_TODAY_SEARCH_CHARS]
    today = _TODAY_WEEKDAY_RE.search(head) if any(word in head for word in _TODAY_WORDS) else None
    if today is None:
        return None
    after = head[today.end() : today.end() + _TODAY_DATE_MAX_CHARS]
    found = parse_date(after)
    if found is None or found.start > _TODAY_DATE_MAX_GAP or found.value.weekday() != WEEKDAY_NUMBER[fold(today["day"])]:
        return None
    return Dateline(after[: found.end], found, False)


def read_dated_opening(paragraph: str) -> Dateline | None:
    """The date a story's first paragraph opens on, its year written, then where from in brackets or a dash: Sudan
    Tribune's "November 29, 2026 (KADUGLI) – The …", "29 نوفمبر 2026 (الخرطوم) - …"."""
    if not paragraph[:1].isalnum():
        return None
    found = parse_date(paragraph[:_DATED_OPENING_MAX_CHARS])
    if found is None or found.start:
        return None
    after = _AFTER_DATED_OPENING_RE.match(paragraph, found.end)
    return Dateline(paragraph[: found.end], found, False) if after is not None else None


_DATED_OPENING_MAX_CHARS = 40
_AFTER_DATED_OPENING_RE = re.compile(r"\s*(?:\([^()\d]{2,30}\)\s*)?[-–—]\s")


_TODAY_WORDS = ("اليوم", "today", "Today", "aujourd")
_TODAY_WEEKDAY_RE = re.compile(
    rf"(?<![^\W\d_])(?:اليوم|today|aujourd['’]hui)\s*[,،(]?\s*(?P<day>{WEEKDAY})(?![^\W\d_])", re.IGNORECASE
)
_TODAY_SEARCH_CHARS = 200  # the opening sentence's first clause
_TODAY_DATE_MAX_CHARS = 60
_TODAY_DATE_MAX_GAP = 3  # " (", ", ": the date stands right after the weekday


def _day_or_none(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None


def _opening_credits(line: str) -> tuple[str, ...]:
    """The agency of a line that only names the story's place and agency, either way round, or an outlet
    and its writer ("هسبريس - عبد الرحيم العسري"); or the outlet, in capitals on its own line above the
    story ("ARAB NEWS")."""
    if _OUTLET_LINE_RE.match(line) and line.strip().casefold() not in _STORY_LABELS and not _is_a_place(line):
        return tuple(_OUTLET_WITH_AGENCY_RE.split(line.strip()))  # "DAILY SABAH WITH AA": the outlet and the wire
    if _names_an_outlet(line):
        return (line.strip(),)  # "رووداو ديجيتال", "الشروق أونلاين", "السومرية نيوز"
    if (outlet := _outlet_from_place(line, alone=True)) is not None:
        return (outlet,)  # Hespress's byline: "هسبريس من الرباط"
    placed = _WRITER_AND_PLACE_RE.match(line)
    if placed is not None and _reads_as_name(placed["name"]) and _is_a_place(placed["place"]):
        return (placed["name"],)  # Okaz's byline: "أحمد الشمراني (الرياض) okaz_online@"
    if (three := _THREE_PART_CREDIT_RE.match(line)) is not None:
        return _place_outlet_and_writer(three["place"], three["outlet"], three["writer"])
    opening = _OPENING_CREDIT_RE.match(line)
    if opening is None or word_count(line) > _PLACE_AND_AGENCY_MAX_WORDS + 1:
        return ()
    if (quoted := _QUOTED_OUTLET_RE.fullmatch(opening["agency"])) is not None:
        return (quoted["name"],)  # the outlet's own correspondent: "بيروت - «الشرق الأوسط»", "لندن: «الشرق الأوسط»"
    if (agency := _credited_agency(opening["agency"])) is not None:
        if fold(agency) in _COMPILED_KEYS and not _is_a_place(opening["place"]):
            return (opening["place"], agency)  # who compiled it from the wires: "عين اليوم – متابعات", "سلوى سعد – متابعات"
        if fold(opening["place"]) in AGENCY_KEYS:
            return (opening["place"], agency)  # an outlet and the wire it ran: "فرانس24/ أ ف ب"
        return (agency,)
    if fold(opening["agency"]) in _NEWSROOM_KEYS and (
        is_an_outlets_name(opening["place"]) or fold(opening["place"]) in _PAPER_KEYS
    ):
        return (opening["place"],)  # the outlet and its newsroom: "صحيفة سبق - فريق التحرير", "Gulf News - Staff"
    if fold(opening["place"]) in AGENCY_KEYS:  # the outlet first: a place, or its writer, after it
        return (opening["place"], opening["agency"]) if _reads_as_name(opening["agency"]) else (opening["place"],)
    if _names_a_place_and_a_person(opening["place"], opening["agency"]):
        return (opening["agency"],)  # the Gulf papers' byline: "دبي: محمد إبراهيم"
    if fold(paper := opening["agency"].strip("() ")) in _PAPER_KEYS and _is_a_place(opening["place"]):
        return (paper,)  # a paper, where it writes from: "عمان - الغد", "الخرطوم - السوداني", "القاهرة - (مصراوي):"
    return _unknown_outlets_opening(opening["place"], opening["agency"])


def _outlet_from_place(text: str, alone: bool = False) -> str | None:
    """The outlet of a story that opens saying it writes from a place, "إيلاف من لندن: تستضيف …", or of a line
    that says only that (``alone``): "هسبريس من الرباط". Only an outlet the credits know or one by its name's
    words: a person from a place is a headline's ("ترامب من الرياض")."""
    match = _OUTLET_FROM_PLACE_RE.match(text)
    if match is None or not _is_a_place(match["place"]) or (alone and match["colon"]):
        return None
    return match["outlet"] if _is_a_known_outlet(match["outlet"]) else None


def _is_a_known_outlet(name: str) -> bool:
    """An agency or a paper the credits know, or an outlet by its name's words ("السومرية نيوز")."""
    return fold(name) in AGENCY_KEYS or fold(name) in _PAPER_KEYS or _names_an_outlet(name)


_OUTLET_FROM_PLACE_RE = re.compile(
    r"^\s*(?P<outlet>[^\d\s:]{2,20}(?: [^\d\s:]{2,20})?) من (?P<place>[^\W\d_]+(?: [^\W\d_]+)?)\s*(?:(?P<colon>:)|$)"
)


# An outlet's newsroom, signing for no one writer: "فريق التحرير", "Staff".
_NEWSROOM_KEYS = frozenset(
    map(fold, ("فريق التحرير", "هيئة التحرير", "أسرة التحرير", "التحرير", "قسم الأخبار", "staff", "editorial team"))
)


def _place_outlet_and_writer(place: str, outlet: str, writer: str) -> tuple[str, ...]:
    """ "عمان - الدستور - ليث العساف", "القاهرة - بوابة الوسط: محمد الصادق": where from, the paper, its writer; the
    paper and the writer are credited."""
    if fold(writer) in AGENCY_KEYS and _is_a_place(place) and _reads_as_a_persons_name(outlet):
        return (writer, outlet)  # Anadolu's: where from, the writer, then the agency ("أنقرة/ محمد شيخ يوسف/ الأناضول")
    return (outlet, writer) if _is_a_known_outlet(outlet) and _is_a_place(place) and _reads_as_name(writer) else ()


_THREE_PART_CREDIT_RE = re.compile(
    rf"^\s*(?P<place>{_NAME_PART}{{2,30}}?)(?:\s+[-–—]\s+|\s*/\s*)(?P<outlet>{_NAME_PART}{{2,30}}?)"
    rf"(?:\s+[-–—]\s+|\s*[:：/]\s*)(?P<writer>{_NAME_PART}{{2,40}}?)\s*[:：\-–—]?\s*$"
)
# A writer and, in brackets, where from; the paper's account may follow: "أحمد الشمراني (الرياض) okaz_online@".
_WRITER_AND_PLACE_RE = re.compile(
    r"^\s*(?P<name>[^\W\d_]+(?: [^\W\d_]+){1,3})\s*\((?P<place>[^()\d]{2,25})\)\s*(?:@?[\w.]{2,30}@?)?\s*$"
)


def _unknown_outlets_opening(first: str, then: str) -> tuple[str, ...]:
    """An outlet or writer no list names, by what stands after it: where it writes from ("عنب بلدي – دمشق",
    "السومرية نيوز/ بغداد"; after a writer's name any town, which the word table may not know: "حاتم النجيمي –
    الخرمة") or its writer ("أخبارنا المغربية - محمد الإدريسي"). Not a place ("الرياض - جدة"), a section
    ("رياضة - محمد علي") or a label ("خاص - …") before them."""
    if _is_a_place(first):
        return (then,) if _names_an_unknown_outlet(then) or _names_an_outlet(then) else ()  # "أبوظبي - العين الإخبارية"
    if not _are_plain_words(first):
        return ()
    if _is_a_place(then) or (" " not in then and ever(then, "LOC")):
        return (first,)  # (a one-word town, named as a place however seldom: "عين اليوم – الباحة")
    if _reads_as_a_persons_name(first) and " " not in then and _are_plain_words(then):
        return (first,)
    if _reads_as_a_persons_name(then):
        return (first, then)
    # A name (a writer's the news may not know as one, "رغد عشميل", or the outlet's), then two or three plain words:
    # where from, a town of two words ("أحمد الغامدي - مكة المكرمة", "عين اليوم – ليل الفرنسية"), or the outlet the
    # writer writes for, of words no list names ("نايف عبدالله – عين اليوم"); not an office or a body ("رئيس
    # التحرير", "وزارة الصحة").
    if not (_reads_as_name(first) and not _is_a_place(first.split()[0])):
        return ()
    words = then.split()
    if len(words) < 2 or not _are_plain_words(then):
        return ()
    if _is_a_place(words[0]) or is_nisba_adjective(fold(words[-1])):
        return (first,)
    return (first, then) if strip_clitics(fold(words[0])) not in _OFFICE_HEAD_KEYS else ()


# The first words of an office, a job or a body, which a writer's name may stand before as an outlet's does not.
_OFFICE_HEAD_KEYS = frozenset(
    strip_clitics(fold(word))
    for word in """رئيس رئيسة مدير مديرة نائب أمين مستشار وزير وزيرة عضو مدرب محافظ أمير سفير قائد مساعد وكيل
    مسؤول متحدث الناطق ناطق مراسل مراسلة محرر محررة صحفي صحفية صحافي صحافية كاتب كاتبة باحث خبير أستاذ طالب
    وزارة هيئة جامعة مستشفى شركة مجلس قسم إدارة""".split()
)


def _names_an_unknown_outlet(word: str) -> bool:
    """One plain word after a place that the news seldom writes, "صنعاء - سبأنت": the outlet that writes from there;
    not a word of the news ("غزة - الحرب": a subtitle) nor a place ("الرياض - جدة")."""
    return " " not in word and _are_plain_words(word) and is_rare_in_the_news(word) and not _is_a_place(word)


def _reads_as_a_persons_name(words: str) -> bool:
    """A name whose first word is mostly a person's, or at times one when its last is mostly a family's
    ("فيصل محفوظ": "فيصل" names a university and a city too)."""
    split = words.split()
    first, last = split[0], split[-1]
    if not _reads_as_name(words):
        return False
    return first == _ALI or mostly(first, "PERS") or (len(split) > 1 and ever(first, "PERS") and mostly(last, "PERS"))


# Ali as written: the preposition "على" folds onto it, so the word tables and the particles know it as that.
_ALI = "علي"


def _are_plain_words(words: str) -> bool:
    """A few words of letters that may name an outlet, a writer or a town: none an honorific, a particle,
    a section's or a label's."""
    split = words.split()
    return (
        0 < len(split) <= _OUTLET_MAX_WORDS
        and all(word.isalpha() for word in split)
        and fold(split[0]) not in _HONORIFIC_KEYS  # "الملك عبدالعزيز - رحمة الله -" is a person and a blessing
        and not any(
            # (a particle by its own letters or after و/ف: "بلدي" is no "لدى")
            ((folded := fold(word)) in ARABIC_SMALL_WORD_KEYS and word != _ALI)
            or (folded[:1] in "وف" and folded[1:] in ARABIC_SMALL_WORD_KEYS)
            or (key := strip_clitics(folded)) in _SECTION_WORDS
            or key in _LABEL_KEYS
            for word in split
        )
    )


def _names_an_outlet(line: str) -> bool:
    """A line of an outlet's name alone, by a word outlets' names hold ("نيوز", "أونلاين", "ديجيتال", "بوابة",
    "الإلكتروني"), not a newsletter's heading ("النشرة الإخبارية")."""
    words = line.replace(".", " ").split()
    return (
        len(words) <= _OUTLET_MAX_WORDS
        and any(fold(word) in _OUTLET_WORD_KEYS for word in words)
        and fold(words[0]) not in _NEWSLETTER_KEYS
        and _are_plain_words(" ".join(words))
    )


def is_an_outlets_name(text: str) -> bool:
    """Is ``text`` only an outlet's name: a site's ("صحيفة سبق الإلكترونية"), an agency's or a network's the
    credits know ("سكاي نيوز عربية", "Reuters"), or one by the words such names hold ("رووداو ديجيتال")? What
    pages put after a headline they copied into the text ("… - سكاي نيوز عربية")."""
    stripped = text.strip()
    if OUTLET_NAME_RE.match(stripped) is not None:
        return word_count(stripped) <= _SITE_NAME_MAX_WORDS
    key = fold(stripped)
    return (key in AGENCY_KEYS and key not in _PLACE_OR_WORD_OUTLET_KEYS) or _names_an_outlet(stripped)


_SITE_NAME_MAX_WORDS = 5  # "صحيفة سبق الإلكترونية"
# Outlets named as a region or a word is: "جولة بلينكن - الشرق الأوسط" may be about the Middle East.
_PLACE_OR_WORD_OUTLET_KEYS = frozenset(map(fold, ("الشرق الأوسط", "العربية", "الجزيرة", "الحرة", "وطنية", "العمانية")))


_OUTLET_MAX_WORDS = 3
_OUTLET_WORD_KEYS = frozenset(
    fold(word)
    for word in """نيوز ديجيتال أونلاين اونلاين نت بوابة موقع صحيفة جريدة وكالة قناة شبكة راديو إذاعة تلفزيون تي
    في بوست تايمز الإلكتروني الالكتروني الإلكترونية الالكترونية الإخباري الاخباري الإخبارية الاخبارية
    online times gazette tribune herald daily post journal""".split()
)
_NEWSLETTER_KEYS = frozenset(fold(w) for w in "النشرة نشرة نشرتنا newsletter".split())
_HONORIFIC_KEYS = frozenset(fold(w) for w in "الملك الأمير الشيخ الرئيس السيد الدكتور الإمام السلطان".split())
# Labels that stand where a credit does, above the story: exclusive, breaking, report, video …
_LABEL_KEYS = frozenset(
    strip_clitics(fold(word)) for word in "خاص حصري عاجل تقرير حوار فيديو صور مباشر تحليل رأي متابعة".split()
)
# What a site's menu lists besides its sections and labels.
_MENU_WORDS = (
    _SECTION_WORDS
    | _LABEL_KEYS
    | frozenset(
        strip_clitics(fold(word))
        for word in """فيديوهات بودكاست إنفوجراف انفوجراف ملفات كتاب الكتاب مواقف وثائقيات برامج الرئيسية video videos
        podcasts home accueil""".split()
    )
)


_NOT_IN_A_LATIN_NAME = _MENU_WORDS | frozenset(
    fold(word) for word in "staff reporter correspondent editor desk team writer contributor agency service press".split()
)


def _is_a_place(words: str) -> bool:
    """Is ``words`` a place the news names as such ("دبي", "عمان"), by the entity tagger's word table, or one
    CLDR names ("مسقط", which that table does not know; "Saudi Arabia", "Gaza" in Latin letters)?"""
    split = words.split()
    if split and split[0][:1].isupper():  # Latin capitals: "Saudi Arabia", "Gaza"
        return len(split) <= _PLACE_MAX_WORDS and words.strip().casefold() in latin_place_names()
    return len(split) <= _PLACE_MAX_WORDS and (
        all(mostly(word, "LOC") for word in split) or fold(words.strip()) in arabic_place_names()
    )


# Arab dailies whose names are common words ("الغد" is tomorrow, "الأيام" the days): credits only after the
# place they write from, on the opening line, never alone like an agency (``NEWS_AGENCIES``). Papers named
# for a city ("الرياض", "المدينة", "عمان") are left out: "جدة - الرياض" may be two places.
_PAPERS = """الغد|الرأي|الدستور|الأنباط|العرب اليوم|النهار|السفير|الأخبار|اللواء|الديار|نداء الوطن|الجمهورية|الأهرام|
    الشروق|الوطن|الوفد|الفجر|البوابة|مصراوي|صدى البلد|الاقتصادية|البلاد|المواطن|الخليج|البيان|الاتحاد|الرؤية|
    الإمارات اليوم|الراية|العرب|الراي|الأنباء|الجريدة|السياسة|أخبار الخليج|الشبيبة|الصباح|المدى|الزمان|
    الصباح الجديد|الثورة|تشرين|البعث|الأيام|القدس|الحياة الجديدة|الحياة|الخبر|المساء|الأحداث المغربية|العمق|
    اليوم 24|الصيحة|السوداني|التيار|الانتباهة|الوسط|المصري اليوم|الشرق|عكاظ|سبق|القبس|الرياضية""".split("|")
_PAPER_KEYS = frozenset(fold(name.strip()) for name in _PAPERS)


def _credited_agency(part: str) -> str | None:
    """The agency ``part`` names, bare ("واس") or in parentheses ("(أ ف ب)")."""
    if part.startswith("("):
        return _agency_credit(part)
    return part if fold(part) in AGENCY_KEYS else None


def _names_a_place_and_a_person(place: str, name: str) -> bool:
    """Is ``place`` one the news names as such and ``name`` a person's, by the words the unlabelled news
    shows as places and people ("دبي", "محمد"; "غزة: قصف متواصل" is a subtitle)?"""
    return _is_a_place(place) and _reads_as_a_persons_name(name)


_PLACE_MAX_WORDS = 2
# Credits that say the story was compiled from others' reports, not who compiled it.
_COMPILED_KEYS = frozenset(map(fold, _COMPILED_ENDINGS))


_QUOTED_OUTLET_RE = re.compile(r"\s*[«“\"](?P<name>[^«»“”\"]{2,30})[»”\"]\s*")


_OUTLET_LINE_RE = re.compile(r"^\s*[A-Z][A-Z&'’.\-]*(?: [A-Z&'’.\-]+){0,3}\s*$")
_OUTLET_WITH_AGENCY_RE = re.compile(r"\s+WITH\s+")
# What an English page prints in capitals above a story that is not who wrote it.
_STORY_LABELS = frozenset(
    "analysis exclusive opinion breaking update updated live editorial comment interview factbox explainer "
    "review feature watch video photos special report".split()
)


def _is_credit_line(line: str) -> bool:
    """A labelled credit or a foot credit: either closes the article above it (a byline may open
    an appended article)."""
    return _CREDIT_RE.match(line) is not None or _foot_credit(line) is not None


def split_body(lines: list[str] | tuple[str, ...], title: str | None, scraped: bool = True) -> Sections:
    """Separate the article's paragraphs from the credits, tags and related blocks around them.
    ``lines`` are the page's without its furniture (``without_furniture``). ``scraped``: plain text
    scraped off a page, where the next story may be glued on with no marker; an HTML extractor keeps
    the page's own article apart, and its sub-headings and live-blog entries read like such headlines."""
    lines = [part for line in lines for part in _split_at_inline_marker(line)]
    if lines and title is not None and fold(lines[0]) == fold(title):
        lines = lines[1:]  # HTML extractors repeat the headline as the first line: the story opens below it
    lines, foot_tags = (
        _without_unlabelled_tags(
            _without_foot_sections(_without_foot_quotes(_without_foot_table(_without_press_boilerplate(lines))))
        )
        if scraped
        else (lines, [])
    )
    title_key = _headline_key(title) if title is not None else ""  # (once: each line after the first paragraph asks)
    paragraphs: list[str] = []
    sources: list[str] = []
    tag_lines: list[str] = foot_tags
    related: list[RelatedBlock] = []
    trailer_seen = False  # a credit or tag line after the body: headlines that follow are not ours
    stamp: Dateline | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if (credit := _credit(line)) is not None or _repeats_a_credit(line, sources):
            sources.extend(_names_in_credit(credit) if credit else (without_job_title(line),))
            trailer_seen = trailer_seen or bool(paragraphs)
            index += 1
            if index < len(lines) and _BYLINE_RE.match(line) and _is_writers_job(lines[index]):
                index += 1  # the writer's job under the byline: "BBC Middle East correspondent", "أستاذ الاقتصاد في …"
            continue
        if (labelled := _credit_under_its_label(lines, index)) is not None:
            sources.append(labelled)  # "المصدر:" alone, the source on the line below
            trailer_seen = trailer_seen or bool(paragraphs)
            index += 2
            continue
        if (tags := _tag_line(lines, index)) is not None:
            value, index = tags
            tag_lines.append(value)
            trailer_seen = trailer_seen or bool(paragraphs)
            continue
        if paragraphs and title and _repeats_the_title(line, title, title_key) and _at_the_foot(lines, index):
            if (site := _site_named_after(line)) is not None:
                sources.append(site["name"].strip())  # "… - صحيفة الوطن": the site signs it
            index += 1  # the headline said again under the story, the site's name after it at times
            continue
        if paragraphs and (outlet := _foot_outlet(lines, index)) is not None:
            sources.extend(outlet)  # "الشروق أونلاين" under the story: the site signs it
            trailer_seen = True
            index += 1
            continue
        if paragraphs and (dated := _foot_stamp(lines, index)) is not None:
            stamp = stamp or dated
            trailer_seen = True
            index += 1
            continue
        if (glued := read_also(line)) is not None:  # the headline on the marker's line ("" if none)
            headline, after = _headline_after_marker(lines, index)
            marker_alone = not glued and _STRONG_RE.match(line) is not None
            # After the article's own credits or tags, a marker heads the page's tail: the credits below it
            # are the appended story's ("المصدر: الجزيرة", tags, "إقرأ أيضاً:", a story, "المصدر: رويترز").
            # Before the first paragraph it can only be a link: the article is still to come.
            numbered = _goes_on_with_its_numbering(paragraphs, lines, after)
            inline = not trailer_seen and (
                not paragraphs
                or _goes_on_from_before(lines, after)
                or numbered
                or (
                    _interrupts_article(lines, after, marker_alone)
                    and not _opens_an_appended_article(headline, lines, after, title, paragraphs, marker_alone)
                )
            )
            if inline:
                # A marker heading its own line ("Read more:") may head a list of headlines.
                # (not the article's list going on: "3- …", the link, "4- …")
                listed, index = ([], after) if glued or numbered else _listed_headlines(lines, after, _names_a_list(line))
                related.extend(RelatedBlock(_without_bullet(h), "") for h in (headline, *listed) if h)
                continue
            related.extend(_page_tail(lines[index:], tag_lines, sources, closed=trailer_seen))
            break
        if trailer_seen and _is_writers_note(line, sources):
            index += 1  # under the byline said again: "Nasreen is a Senior Reporter with Khaleej Times."
            continue
        if trailer_seen and not _is_paragraph(line):
            # headlines after credits, tags
            related.extend(_page_tail(lines[index:], tag_lines, sources, closed=trailer_seen))
            break
        if scraped and paragraphs and _appended_without_marker(lines, index, title, paragraphs):
            related.extend(_page_tail(lines[index:], tag_lines, sources, closed=trailer_seen))
            break
        if _is_caption(line):  # a photo's caption between paragraphs: "فلسطينيون يتفقدون الدمار في جباليا - رويترز"
            index += 1
            continue
        trailer_seen = False  # running text after a credit: a photo credit inside the article
        if not paragraphs and (
            (index + 1 < len(lines) and _is_caption_above_dateline(line, lines[index + 1]))
            or (title is not None and fold(line) == fold(title))  # the headline again under a credit and the date
        ):
            index += 1
            continue
        if not paragraphs and (opening := _opening_credits(line) or _place_dateline(line)) is not None:
            sources.extend(opening)  # ("الحديدة (اليمن) - خاص": a dateline crediting no one)
            index += 1
            continue
        if len(paragraphs) == 1 and line.isupper() and _place_dateline(line) == ():
            index += 1  # the place in capitals under a standfirst, above the story: Anadolu's "ANKARA"
            continue
        if not paragraphs:
            sources.extend(_opening_agencies(line))
        paragraphs.append(line)
        index += 1
    # One credit once: a story opening "سبق – وكالات:" may end "المصدر: وكالات" too.
    # A headline linked inside the article and again in the page's tail is one related item.
    return Sections(tuple(paragraphs), tuple(dict.fromkeys(sources)), tuple(tag_lines), tuple(dict.fromkeys(related)), stamp)


# A read-also marker after the end of a sentence, on the paragraph's line, a space between or none: "… مليار دينار.
# اقرأ أيضاً: …", "… nouveaux otages.Lire aussi : …"; the page's own lines that no sentence opens on, after any
# word: "… الخلود رابط الخبر بصحيفة الوئام: …", "… وش يبوح مقالات أخرى للكاتبرصدٌ …". (No capturing group:
# ``re.split`` would return what it took.)
_INLINE_MARKER_WORDS = ("يضا", "كذلك", "المزيد", "كاتب", "رابط", "aussi", "également")  # a word of each, as written
_INLINE_MARKER_RE = re.compile(
    rf"(?<=\S[.!?؟…»\"”])\s*(?={alternation(_STRONG_READ_ALSO)})"  # (a "»" opening the line is its bullet)
    rf"|\s+(?={alternation(_WRITERS_COLUMNS)}|{_STORY_LINK_CREDIT.replace('(?P<value>', '(?:')})",
    re.IGNORECASE,
)


def _at_the_foot(lines: list[str] | tuple[str, ...], index: int) -> bool:
    """Only credits and tags after ``index``, or the page's tail from the next line: no more of the story (a poem's
    first verse, its title, may come again inside it)."""
    return _only_credits_after(lines, index) or (index + 1 < len(lines) and read_also(lines[index + 1]) is not None)


def _repeats_the_title(line: str, title: str, title_key: str) -> bool:
    """Is ``line`` the headline again (``title_key``: ``_headline_key(title)``), the site's name after it at times?"""
    return len(line) < len(title) + _SITE_NAME_MAX_CHARS and _headline_key(line) == title_key


def _headline_key(headline: str) -> str:
    return fold(_headline_itself(headline))


_SITE_NAME_MAX_CHARS = 45


def _split_at_inline_marker(line: str) -> list[str]:
    """The line, cut where a strong read-also marker follows a sentence's end, or the story's link or the
    writer's columns follow any word: each then heads a line of its own, as scrapers that keep the page's
    blocks write it."""
    if not any(word in line for word in _INLINE_MARKER_WORDS):
        return [line]  # most lines: five substring searches, not the pattern
    return _INLINE_MARKER_RE.split(line)


def _foot_stamp(lines: list[str] | tuple[str, ...], index: int) -> Dateline | None:
    """The date of a line that is only a date, at the foot of the page: only credits follow it (a
    dated heading inside the article or a live blog, "2 نوفمبر 2023", has its story below)."""
    line = lines[index]
    if len(line) > _STAMP_MAX_CHARS or not any(map(str.isdigit, line[:_STAMP_MAX_CHARS])):
        return None  # a paragraph: most lines, ruled out before the date patterns run
    dated = read_dateline(line)
    if dated is None or not _only_credits_after(lines, index):
        return None
    return dated


_STAMP_MAX_CHARS = 60  # "الخميس 02 نوفمبر 2023 - 10:30 صباحاً بتوقيت مكة المكرمة"


def _only_credits_after(lines: list[str] | tuple[str, ...], index: int) -> bool:
    """Is every line after ``index`` a credit line or the page's tags (or none left): the foot of the page? (The
    Guardian's "First published on …" stands above "Explore more on these topics" and the tags.)"""
    after = index + 1
    while after < len(lines):
        if (tags := _tag_line(lines, after)) is not None:
            after = tags[1]
        elif _is_credit_line(lines[after]):
            after += 1
        else:
            return False
    return True


def _foot_outlet(lines: list[str] | tuple[str, ...], index: int) -> list[str] | None:
    """The outlet of a line that is only an outlet's name ("الشروق أونلاين", "— بوابة الأهرام"), or who compiled
    the story from the wires ("المسلة – متابعة – وكالات": the outlet and the agencies), at the foot of the page:
    only credits follow it (a name inside the article, "قناة السويس", has text below; an appended story may open
    on "عين اليوم – متابعات"), and it is no sentence the scraper cut short ("وذكر تلفزيون النهار")."""
    compiled = _compiled_credit(lines[index])
    name = lines[index].strip(" .-–—")
    if compiled is None and (len(name) > _AGENCY_NAME_MAX_CHARS or not is_an_outlets_name(name) or _GOES_ON_RE.match(name)):
        return None
    if not _only_credits_after(lines, index):
        return None
    return _names_in_credit(compiled) if compiled else [name]


def _tag_line(lines: list[str] | tuple[str, ...], index: int) -> tuple[str, int] | None:
    """The tags of a tag line (labelled, or only hashtags: "#جنين #فلسطين") and the line after them.
    A line of hashtags that running text follows is a heading of the article ("#ثمانٍ_وأربعون_قانوناً")."""
    line = lines[index]
    if _HASHTAGS_RE.match(line):
        heading = index + 1 < len(lines) and _is_paragraph(lines[index + 1])
        return None if heading else (line, index + 1)
    tags = _TAG_RE.match(line)
    if tags is None:
        return None
    if not tags["value"] and index + 1 < len(lines):  # label alone: tags on the next line, or one a line
        end = index + 2
        while end < len(lines) and _is_listed_tag(lines[end]):
            end += 1
        return "، ".join(lines[index + 1 : end]), end
    return tags["value"], index + 1


_LISTED_TAG_MAX_WORDS = 4  # "البحر الأحمر"; a related headline below the tags is longer


def _is_listed_tag(line: str) -> bool:
    return word_count(line) <= _LISTED_TAG_MAX_WORDS and read_also(line) is None and not _is_trailer(line)


def _page_tail(
    lines: list[str] | tuple[str, ...], tag_lines: list[str], sources: list[str], closed: bool
) -> list[RelatedBlock]:
    """Related blocks of the page's tail. Its tag lines are the page's own ("اقرأ أيضاً", an appended
    article, then "الكلمات الدلالية: …"): they join ``tag_lines``, unless the page has tagged its article
    already. When the article was ``closed`` by its own credits or tags above the tail, the tail's credit
    lines are its appended stories' too ("… المصدر: الجزيرة", tags, "إقرأ أيضاً:", a story, "المصدر: رويترز").
    Else a credit line under an appended story's paragraph is that story's, and one under headlines alone
    the page's own, at its foot: it joins ``sources``."""
    kept: list[str] = []
    tagged = bool(tag_lines)
    index = 0
    while index < len(lines):
        if (tags := _tag_line(lines, index)) is not None:
            value, index = tags
            if not tagged:
                tag_lines.append(value)
            continue
        line = lines[index]
        if not _is_credit_line(line):
            kept.append(line)
        elif not closed and not (kept and _is_paragraph(kept[-1])) and (credit := _credit(line)) is not None:
            sources.extend(_names_in_credit(credit))
        index += 1
    return group_related(kept)


# How a paragraph opens that can only go on from the one before it: "وأضاف أن …", "من جهته، …",
# "He added …". No article starts so, appended or not: after a read-also link, the article goes on.
_GOES_ON_OPENINGS = (
    "وأضاف", "وأضافت", "وتابع", "وتابعت", "وأشار", "وأشارت", "وأوضح", "وأوضحت", "ولفت", "ولفتت", "وأكد", "وأكدت",
    "واختتم", "واختتمت", "وبين", "وبينت", "ومضى", "ومضت", "واستطرد", "واستطردت", "وشدد", "وشددت", "من جهته",
    "من جهتها", "من جانبه", "من جانبها", "من ناحيته", "من ناحيتها", "وفي السياق ذاته", "وفي السياق نفسه",
    "وفي سياق متصل", "وقال", "وقالت", "وتوقع", "وتوقعت", "وكشف", "وكشفت", "وذكر", "وذكرت", "وأفاد", "وأفادت",
    "ونقل", "ونقلت", "وأعرب", "وأعربت", "ودعا", "ودعت", "وطالب", "وطالبت", "ويأتي", "وتأتي", "وجاء", "ويذكر أن",
    "يذكر أن", "وتجدر الإشارة", "يشار إلى", "ومن المقرر", "ومن المتوقع", "وبحسب", "ووفقا", "ووفقاً",
    "وصرح", "وصرحت", "وأعلن", "وأعلنت", "وأردف", "وأردفت", "ونوه", "ونوهت", "وكان", "وكانت",
    "he added", "she added", "they added", "he said", "she said", "il a ajouté", "elle a ajouté",
)  # fmt: skip
_GOES_ON_RE = re.compile(alternation(_GOES_ON_OPENINGS) + r"(?=[\s،,])", re.IGNORECASE)


def _goes_on_from_before(lines: list[str] | tuple[str, ...], after: int) -> bool:
    """Does the line at ``after`` go on from the text before it: such an opening, and a paragraph or at
    least a sentence ("وتوقع البنك أن يتباطأ التضخم تدريجيا."), or the page's last line, cut short ("وصرح
    الرئيس الفرنسي")?"""
    if after >= len(lines) or _GOES_ON_RE.match(lines[after]) is None:
        return False
    return after + 1 == len(lines) or _is_paragraph(lines[after]) or _ends_a_sentence(lines[after])


def _goes_on_with_its_numbering(paragraphs: list[str], lines: list[str] | tuple[str, ...], after: int) -> bool:
    """Does the line at ``after`` carry the number after the article's last numbered one ("3- تجنب المقليات", a
    read-also link, "4- ممارسة الرياضة"): the article's list goes on past the link?"""
    following = _LIST_NUMBER_RE.match(lines[after]) if after < len(lines) else None
    if following is None:
        return False
    last = next((ranked for paragraph in reversed(paragraphs) if (ranked := _LIST_NUMBER_RE.match(paragraph))), None)
    return last is not None and int(following["rank"]) == int(last["rank"]) + 1


def _opens_an_appended_article(
    headline: str,
    lines: list[str] | tuple[str, ...],
    after: int,
    title: str | None,
    paragraphs: list[str],
    marker_alone: bool,
) -> bool:
    """Does the paragraph after a read-also headline tell that headline's story rather than the
    article's? It repeats two of the headline's words or more, and at least as many as of the words of
    the article so far (its title and paragraphs): an appended article starts there, whatever the page
    puts after it, its own credit line included. A related link inside the article is followed by more
    of the article, which shares the article's words more than the link's. (The marker says a story may
    follow: the weighing asks less than a headline with none, ``_tells_the_headlines_story``.) Under a
    marker alone, a paragraph of eight content words or more that shares none with the article is another
    story too, and so is running text down to the page's credits that shares no more of the article's words
    than chance would (``_shares_only_by_chance``). (``streams.testing.evaluation.read_also_pairs``: appended
    stories with a credit line below leak 29 of 400, 88 without that last weighing, 383 when the credit line
    made the marker a link; same-topic links cut 4 of 156, 3.)"""
    if not headline or after >= len(lines) or not _is_paragraph(lines[after]):
        return False
    headline_words, following = _content_words(headline), _content_words(lines[after])
    shared = len(headline_words & following)
    article = _content_words(" ".join((title or "", *paragraphs)))
    of_the_article = len(following & article)
    if shared >= _SHARED_WORDS_OF_ONE_STORY and shared >= of_the_article:
        return True
    # Under a marker alone on its line, its headline on the next (an appended story's shape), a paragraph
    # with none of the article's words is another story ("Read more: …" inline is followed by more of ours).
    if not marker_alone:
        return False
    return (of_the_article == 0 and len(following) >= _UNRELATED_PARAGRAPH_MIN_WORDS) or _shares_only_by_chance(
        _content_words(" ".join(_running_text(lines, after))), article
    )


def _running_text(lines: list[str] | tuple[str, ...], start: int) -> list[str]:
    """The lines from ``start`` down to the next credit, tag or read-also line (or the page's end)."""
    end = start
    while end < len(lines) and not _is_trailer(lines[end]) and read_also(lines[end]) is None:
        end += 1
    return list(lines[start:end])


_CHANCE_SHARE = 0.007
_VERBLESS_CHANCE_SHARE = 0.75 * _CHANCE_SHARE


def _shares_only_by_chance(text: set[str], article: set[str], chance: float = _CHANCE_SHARE) -> bool:
    """Do the content words of ``text`` (eight or more) repeat the article's no more often than an unrelated
    story's would? The share two stories hold by chance grows with the article's vocabulary: below
    ``_CHANCE_SHARE`` times the square root of its size (7 % of a hundred words, 14 % of four hundred), the
    text is another story. (Fitted on SaudiNewsNet pairs other than the gate's: appended stories a credit
    line follows leaked 92 of 400, 28 after; links inside an article whose titles share two words cut 22 of
    600 of their rest, 23 after.)"""
    if len(text) < _UNRELATED_PARAGRAPH_MIN_WORDS:
        return False
    return len(text & article) < chance * math.sqrt(len(article)) * len(text)


def _tells_the_headlines_story(headline: set[str], following: set[str], title: str | None, paragraphs: list[str]) -> bool:
    """The weighing itself, on content words: ``following`` repeats at least half of ``headline``'s
    (two or more), and more of them than of the article so far."""
    shared = len(headline & following)
    if shared < max(_SHARED_WORDS_OF_ONE_STORY, len(headline) / 2):
        return False
    return shared > len(following & _content_words(" ".join((title or "", *paragraphs))))


_SHARED_WORDS_OF_ONE_STORY = 2
_UNRELATED_PARAGRAPH_MIN_WORDS = 8  # content words of a paragraph that shares none with the article


def _appended_without_marker(
    lines: list[str] | tuple[str, ...], index: int, title: str | None, paragraphs: list[str]
) -> bool:
    """Does another story start at this line with no read-also marker before it? Pages glue the next
    article on: its headline, then paragraphs that tell the headline's story rather than the article's
    (``_tells_the_headlines_story``, stricter than after a marker). A sub-heading of the article is
    followed by more of the article. (A credit line further down is no sign either way: the glued story
    may carry its own.)"""
    line = lines[index]
    # Cheapest first: most lines are paragraphs, and a headline needs a paragraph under it.
    if _is_paragraph(line) or index + 1 >= len(lines):
        return False
    if not _is_paragraph(lines[index + 1]):
        return _dated_headline(lines, index)
    if not _reads_as_headline(line, asks=True) or line.startswith(_SUBHEADING_MARKS):
        return False
    # A sub-heading or live-blog entry names what the headline names (its own words first: they are few).
    title_words, headline_words = _content_words(title or ""), _content_words(line)
    if title_words & headline_words:
        return False
    following = _content_words(lines[index + 1])
    if _names_what_the_title_names(title_words & following):  # (words every story writes are no sign)
        return False
    return _tells_the_headlines_story(headline_words, following, title, paragraphs) or _tells_another_story(
        lines, index, headline_words, following, title, paragraphs
    )


def _names_what_the_title_names(shared: set[str]) -> bool:
    """Do words the title and the paragraph under a headline share name one thing: one word or more that the
    news writes in fewer than a thirtieth of its stories ("الجبير"; not "عام", "رئيس", "المنطقة", "السعودية")?"""
    return any(not is_common_in_the_news(word) for word in shared)


def _tells_another_story(
    lines: list[str] | tuple[str, ...],
    index: int,
    headline: set[str],
    following: set[str],
    title: str | None,
    paragraphs: list[str],
) -> bool:
    """A news headline, which says what someone does or who says what ("وزير الصحة يفتتح مستشفى …", "الكهرباء:
    …"), over text that tells of it (one of its words again) and shares with the article no more than chance
    would (``_shares_only_by_chance``). A column's sub-headings name no doer ("جماعة التكفير والهجرة في مصر",
    "هذا هو محترف الأهلي الرابع") and its later parts may well share little with its opening: a headline with
    no doer ("ارتفاع أسعار الذهب وتراجع الفضة …") is weighed so only when the paragraph right under it says two
    of its words again, as a news story's first does. (Glued on with neither marker nor date, SaudiNewsNet
    stories leaked 135 of 300, 88 after the news headlines' weighing; of 400 others, 140, 109 after the verbless
    ones', 100 after those that ask or exclaim, 92 after common words stopped deciding, 73 after a verbless one
    said again once was weighed on a page of no other part. Weighed like news headlines, four of the corpora's
    columns lost their second half; so, none of the 4,980 pages lost text.)"""
    names_a_doer = _NEWS_HEADLINE_RE.search(lines[index]) is not None
    said_again = len(headline & following)
    # With no doer named, its story's first paragraph (``following``) must say it again: a column's parts seldom do.
    if not names_a_doer and not said_again:
        return False
    running = _running_text(lines, index + 1)
    below = _content_words(" ".join(running))
    if names_a_doer and not headline & below:
        return False
    article = _content_words(" ".join((title or "", *paragraphs)))
    if names_a_doer or said_again >= _SHARED_WORDS_OF_ONE_STORY:
        return _shares_only_by_chance(below, article)
    # Said again once only ("على شاطئ البحر" over "حين تنطلق بسيارتك صوب البحر …"): a column's part may too, so
    # the page must show no other part (no short line among the article's paragraphs or the text below, as
    # "(قذائف هادفة)", "تقف خلف نشأة الجماعة أسباب عدة أهمها:"), and the text share even less than chance would.
    if not all(map(_is_paragraph, (*paragraphs, *running))):
        return False
    return _shares_only_by_chance(below, article, _VERBLESS_CHANCE_SHARE)


# A line marked so ("** الطرق البرية..", "# Background") is the article's own sub-heading.
_SUBHEADING_MARKS = ("*", "#", "•", "■")
_NEWS_HEADLINE_RE = re.compile(rf"(?<![^\W\d_]){PRESENT_TENSE_VERB}(?![^\W\d_])|[\u0621-\u064a]\s*:")


def _dated_headline(lines: list[str] | tuple[str, ...], index: int) -> bool:
    """A headline, its story's date (a day: "الأحد 12 نوفمبر 2023"; a live blog's "14:30" is no such
    date) and a paragraph: another story, however its words compare."""
    if index + 2 >= len(lines) or len(lines[index + 1]) > _STAMP_MAX_CHARS or not _is_paragraph(lines[index + 2]):
        return False
    return _reads_as_headline(lines[index]) and read_dateline(lines[index + 1]) is not None


def most_are_named(tags: Sequence[str], article: str) -> bool:
    """Do half of ``tags`` or more share a word with the article: its tags, not the site's links or sections? The
    story's section among them ("العالم", "روسيا", "فلاديمير بوتين") is neither, when it is not most of them."""
    words = _content_words(article)
    sections = sum(map(_is_section_name, tags))
    named = sum(1 for tag in tags if _content_words(tag) & words)
    return 2 * sections < len(tags) and 2 * named >= len(tags) - sections


def _content_words(text: str) -> set[str]:
    words = (strip_clitics(w) for w in WORD_RE.findall(fold(text)))
    return {w for w in words if len(w) >= 3 and w not in _NOT_CONTENT and not w.isdigit()}


_NOT_CONTENT = FUNCTION_WORDS | ARABIC_FUNCTION_KEYS


_LIST_NUMBER_RE = re.compile(r"^\s*(?P<rank>\d{1,2})\s*[.)\-–]\s+")  # "1. …", "2) …", "3 - …": a list's rank


def _without_bullet(headline: str) -> str:
    return _LIST_NUMBER_RE.sub("", headline.lstrip(_BULLETS), count=1).strip()


def read_also(line: str) -> str | None:
    """The headline glued to or following a read-also marker ("" when the marker stands alone)."""
    strong = _STRONG_RE.match(line)
    if strong is not None:
        return strong["rest"].lstrip(" :：-–—»>|.…").strip()  # "اقرأ أيضا.. البنك المركزي …"
    weak = _WEAK_RE.match(line)
    if weak is not None:
        return (weak["rest"] or "").strip()
    return "" if _MORE_FROM_RE.match(line) else None  # a heading over the section's other stories


# "More from UAE", "More in Business", "Plus d'actualités": a heading naming the section it links to.
_MORE_FROM_RE = re.compile(
    r"^\s*(?:(?:more|also) (?:from|in|on)|plus d['’]actualités?|plus de|المزيد من|المزيد عن|المزيد حول) [^.!?؟:]{1,30}$",
    re.IGNORECASE,
)  # ("Also In Gulf News": the outlet's other stories)


_ANY_MOMENT = datetime(2000, 1, 1, tzinfo=UTC)  # lets a relative time ("منذ 3 ساعات") read as a date line
# What a link's time has and most headlines lack (a digit, "منذ", "ago"): the date parsers, dear on every
# headline of a long tail, only read these.
_LINK_TIME_RE = re.compile(r"\d|^\s*(?:منذ|قبل|il y a)\s|\sago\s*$", re.IGNORECASE)
_LINK_TIME_MAX_WORDS = _DATELINE_MAX_WORDS  # "منذ 3 ساعات", or an appended story's dateline "أبها 26 شوال … واس"


def group_related(lines: list[str] | tuple[str, ...]) -> list[RelatedBlock]:
    """Read-also tails: headlines, each with the paragraphs of its appended article if any."""
    blocks: list[tuple[str, list[str]]] = []
    current: tuple[str, list[str]] | None = None
    listing = False  # under a heading alone or a listed link: a bulleted or ranked line is one more link
    for index, line in enumerate(lines):
        if _LINK_TIME_RE.search(line) and word_count(line) <= _LINK_TIME_MAX_WORDS and _is_date_line(line, _ANY_MOMENT):
            continue  # a headline's time in a list of links ("منذ 3 ساعات"): not a headline of its own
        headline = read_also(line)
        was_listing, listing = listing, headline == ""
        if headline is not None:
            current = None
            for title in _joined_headlines(headline) if headline else ():
                current = (title, [])
                blocks.append(current)
        elif current is not None and not current[1] and _story_follows(lines, index) and _heads_a_story(line):
            continue  # an appended story's dateline or "كييف - أ ف ب" under its headline: not a headline
        elif (was_listing or current is None) and _is_listed_link(line):
            current, listing = (_without_bullet(line), []), True  # "1- … مليون!": a ranked link, though it exclaims
            blocks.append(current)
        elif current is not None and (_is_paragraph(line) or (current[1] and _ends_a_sentence(line))):
            current[1].append(line)  # (a short last paragraph too: "وأرجع التقرير الارتفاع إلى زيادة الطلب.")
        elif _is_paragraph(line):
            blocks.append(("", [line]))
            current = blocks[-1]
        else:
            current = (_without_bullet(line), [])
            blocks.append(current)
    return [RelatedBlock(title, "\n\n".join(text)) for title, text in blocks]


def _joined_headlines(headline: str) -> list[str]:
    """Headlines a read-also link joins with bars ("اقرأ أيضا: … | … | …"), each one; a headline and the
    site's name after it stay one."""
    parts = [part.strip() for part in _HEAD_PART_SEPARATOR_RE.split(headline)]
    joined = len(parts) > 1 and all(word_count(part) >= _JOINED_HEADLINE_MIN_WORDS for part in parts)
    return parts if joined and not is_an_outlets_name(parts[-1]) else [headline]


_JOINED_HEADLINE_MIN_WORDS = 2  # "ثقافة حوار"


def _story_follows(lines: list[str] | tuple[str, ...], index: int) -> bool:
    """Does text stand within the two lines after ``index`` (a story's head has it below): a paragraph, or
    a line longer than headlines run?"""
    return any(_is_paragraph(line) or word_count(line) > _HEADLINE_MAX_WORDS for line in lines[index + 1 : index + 3])


_HEADLINE_MAX_WORDS = 15


def _heads_a_story(line: str) -> bool:
    """A story's dateline or its place-and-agency line: short (most headlines are longer, and the checks
    fold and parse dates)."""
    return word_count(line) <= _STORY_HEAD_MAX_WORDS and (_is_date_line(line, _ANY_MOMENT) or bool(_opening_credits(line)))


_STORY_HEAD_MAX_WORDS = 8  # "تاريخ النشر : 11 نوفمبر 2023 - 10:30 ص"


def _headline_after_marker(lines: list[str] | tuple[str, ...], index: int) -> tuple[str, int]:
    """The headline a marker introduces (on its own line or the next) and where the block goes on."""
    headline = read_also(lines[index]) or ""
    after = index + 1
    if not headline and after < len(lines):
        following = lines[after]
        if _may_be_listed(following) and read_also(following) is None and not _is_trailer(following):
            headline, after = following, after + 1
    return headline, after


def _listed_headlines(lines: list[str] | tuple[str, ...], after: int, names_a_list: bool = False) -> tuple[list[str], int]:
    """More headlines under a read-also heading, and where the page goes on after them.

    The block counts as a list of headlines only when the page's credits or tags (or its end)
    follow it directly, when each of its lines is bulleted like the link above it ("• …"), or when its
    heading names a list ("الأكثر قراءة", "أخبار ذات صلة": ``names_a_list``): other lines that lead into
    running text are the article's sub-headings."""
    end = after
    # (under a heading that names a list, a headline that exclaims, asks or runs long is one of its links too)
    while (
        end < len(lines)
        and not _is_trailer(lines[end])
        and (_may_be_listed(lines[end]) or (names_a_list and _may_be_a_lists_headline(lines[end])))
    ):
        if read_also(lines[end]) is not None:
            return [], after
        end += 1
    bulleted = after > 0 and end > after and all(_is_bulleted(line) for line in lines[after - 1 : end])
    if end < len(lines) and not _is_trailer(lines[end]) and not bulleted and not names_a_list:
        return [], after
    return list(lines[after:end]), end


def _may_be_a_lists_headline(line: str) -> bool:
    """Under a heading that names a list, a headline that exclaims or asks, or a long one that runs no sentence to
    its end ("'This new search box does not mean …': Google's Search makeover …, but Google promises …", 30 words)."""
    if _reads_as_the_pages_headline(line):
        return True
    return (
        word_count(line) <= _TITLE_MAX_WORDS and not _ends_a_sentence(line) and _INNER_SENTENCE_END_RE.search(line) is None
    )


def _names_a_list(line: str) -> bool:
    """Does a read-also heading alone on its line name a list of links ("الأكثر قراءة", "أخبار ذات صلة",
    "اخترنا لك", "Most read"), not one link ("اقرأ أيضاً:", "شاهد")?"""
    return _LIST_HEADING_RE.match(line) is not None


_LIST_HEADING_RE = re.compile(
    rf"^\s*{_BULLET}(?:{alternation(_LIST_HEADINGS)}|{alternation(_RELATED_ITEMS)}\s+{alternation(_RELATED_HOW)})"
    rf"\s*{_SEPARATOR}*\s*$",
    re.IGNORECASE,
)


def _is_bulleted(line: str) -> bool:
    return line.lstrip()[:1] in _LIST_BULLETS


def _may_be_listed(line: str) -> bool:
    """A line that may be a link under a read-also heading: no paragraph, or a listed link."""
    return not _is_paragraph(line) or _is_listed_link(line)


def _is_listed_link(line: str) -> bool:
    """A bulleted or ranked line no longer than headlines run, which under a read-also heading is a link even
    when it exclaims or asks ("1- … وتعاقدات ب100 مليون!", "• هل ينجح الاتفاق؟")."""
    return (_is_bulleted(line) or _LIST_NUMBER_RE.match(line) is not None) and word_count(line) <= _HEADLINE_MAX_WORDS


def _interrupts_article(lines: list[str] | tuple[str, ...], after: int, marker_alone: bool) -> bool:
    """Is this read-also link inside the article, which goes on after it?

    "اقرأ أيضاً:" alone on its line heads the page's tail (related headlines, appended articles)
    unless the page's credits or tags come later: those close the main article. A marker with its
    headline on the same line ("Read more: …", "اقرأ أيضاًترامب: …") is an inline link when running
    text follows it, possibly after more such links or a sub-heading.
    """
    if marker_alone:
        return any(_is_trailer(line) for line in lines[after:])
    while after < len(lines) and read_also(lines[after]):
        after += 1
    if after >= len(lines):
        return False
    if _is_paragraph(lines[after]) or any(_is_trailer(line) for line in lines[after:]):
        return True
    return after + 1 < len(lines) and _is_paragraph(lines[after + 1])


def _is_trailer(line: str) -> bool:
    return _is_credit_line(line) or _TAG_RE.match(line) is not None


def _before_foot_credits(lines: list[str]) -> int:
    """Where the credit lines at the foot of the page begin (``len(lines)`` when there are none)."""
    end = len(lines)
    while end and _credit(lines[end - 1]) is not None:  # the writer's byline too: "بقلم: أحمد فؤاد"
        end -= 1
    return end


def _without_foot_sections(lines: list[str]) -> list[str]:
    """The lines without the site's sections listed under the article ("محليات", "اقتصاد"), above its credits."""
    start = end = _before_foot_credits(lines)
    while start > 1 and _is_section_name(lines[start - 1]):
        start -= 1
    return lines[:start] + lines[end:] if start < end and _is_paragraph(lines[start - 1]) else lines


def _without_unlabelled_tags(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines without the tags a page lists one a line under the article with no label, and those
    tags as one tag line ("الإمارات", "غزة", "مساعدات إنسانية", then only credits, if anything). Three
    or more short lines, no sentence or date among them, after a paragraph that ends a sentence (a
    list its paragraph announces, "… كالتالي:", is the article's), and most of them naming what the
    article does: a page's links are other stories. The tags stand either at the foot or above the page's tail,
    a read-also heading and its links ("المزيد من الاقتصاد", headlines)."""
    if (found := _without_unlabelled_tags_above(lines, _before_foot_credits(lines)))[1]:
        return found
    tail = _tails_heading(lines)  # (only when the foot held none: it reads every line)
    return _without_unlabelled_tags_above(lines, tail) if tail is not None else (lines, [])


def _tails_heading(lines: list[str]) -> int | None:
    """Where a read-also heading alone on its line stands after the first line, if one does."""
    return next((index for index in range(1, len(lines)) if read_also(lines[index]) == ""), None)


def _without_unlabelled_tags_above(lines: list[str], end: int) -> tuple[list[str], list[str]]:
    start = end
    while start and _is_unlabelled_tag(lines[start - 1]):
        start -= 1
    tags, above = lines[start:end], _ends_the_story
    if len(tags) < _UNLABELLED_TAGS_MIN and end and len(parts := _COMMA_RE.split(lines[end - 1])) >= _UNLABELLED_TAGS_MIN:
        # Or one line of them between commas or bars, under a sentence: "كويت، مخدرات، الداخلية".
        start, tags, above = end - 1, parts, _ends_a_sentence
        if not all(map(_is_tag_between_commas, tags)):
            return lines, []
    if (
        len(tags) < _UNLABELLED_TAGS_MIN
        or not start
        or not (above(lines[start - 1]) or _under_the_tails_links(lines, start))
    ):
        return lines, []
    if lines[start - 1].rstrip().endswith((":", "：")):
        return lines, []  # a list its paragraph announces, however long the paragraph
    if not most_are_named(tags, " ".join(lines[:start])):
        return lines, []
    return lines[:start] + lines[end:], ["، ".join(tags)]


_UNLABELLED_TAGS_MIN = 3


def _ends_the_story(line: str) -> bool:
    """A paragraph, or a short sentence closing the story ("وأضاف أن جدول أعمال الاجتماع سيعلن في وقت لاحق.")."""
    return _is_paragraph(line) or (_ends_a_sentence(line) and word_count(line) >= _CLOSING_SENTENCE_MIN_WORDS)


_CLOSING_SENTENCE_MIN_WORDS = 5


def _under_the_tails_links(lines: list[str], start: int) -> bool:
    """Does a read-also heading stand above ``start``, under the article's last paragraph, with only its links
    between ("موضوعات متعلقة", two headlines, then the tags one a line: "وزير الري", "تطهير الترع")?"""
    index = start - 1
    while index > 0 and not _is_paragraph(lines[index]) and read_also(lines[index]) != "":
        index -= 1
    return index > 0 and read_also(lines[index]) == "" and _is_paragraph(lines[index - 1])


def _is_tag_between_commas(item: str) -> bool:
    """A tag of a one-line list, not a clause of a sentence cut short: "وقال فيكتوراس بابادوبولوس، نائب
    المتحدث باسم الحكومة، … إن السفينة كانت متجهة" opens its parts on "و" and holds particles."""
    words = item.split()
    return (
        0 < len(words) <= _TAG_BETWEEN_COMMAS_MAX_WORDS
        and _is_unlabelled_tag(item)
        and not is_glued(words[0])
        and not any(map(_is_particle, words))
    )


_TAG_BETWEEN_COMMAS_MAX_WORDS = 2  # clauses between commas run longer: "وفي الموقع نفسه، قال فيل نيفيل، لاعب"


_COMMA_RE = re.compile(r"\s*[،,]\s*|\s+[|•]\s+")  # (or bars: "الذهب | أسعار الذهب | عيار 21")


def _is_unlabelled_tag(line: str) -> bool:
    """Short, and no sentence, date, label or price: "عيار 21: 3200 جنيه" is a list's item."""
    return (
        _is_listed_tag(line)
        and _NOT_IN_A_TAG_RE.search(line) is None
        and _LIST_NUMBER_RE.match(line) is None  # a ranked list's item: "1. الهلال 60"
        and not line.rstrip().endswith((*_SENTENCE_END, "؛", "،", ","))
        and parse_date(line) is None
    )


_NOT_IN_A_TAG_RE = re.compile(r"[:：]|\d{3}")


def _is_paragraph(line: str) -> bool:
    """A paragraph of running text, as opposed to a headline."""
    words = word_count(line)
    return words > 25 or (words >= 10 and _ends_a_sentence(line))


def _ends_a_sentence(line: str) -> bool:
    return line.rstrip("\"'»”)] ").endswith(tuple(_SENTENCE_END))


# --- tags --------------------------------------------------------------------------------------


def split_tags(tag_lines: tuple[str, ...] | list[str], evidence: str) -> tuple[str, ...]:
    """The publisher's tags, each whole.

    With separators (commas, ،, |, #, dashes) the publisher already split them. Joined by plain
    spaces ("القدس جامعة الدول العربية سيرغي لافروف"), tags are segmented by evidence: the
    segmentation with the fewest tags in which every multi-word tag occurs in ``evidence`` (the
    title, body and credits), since publishers tag what the article names.
    """
    tags: list[str] = []
    folded_evidence = ""  # folded only when a line needs segmenting: it is the costly part
    for line in tag_lines:
        pieces = [p.strip(" #-–—").replace("_", " ") for p in _TAG_SEPARATORS_RE.split(line)]  # "#الضفة_الغربية"
        pieces = [p for p in pieces if p]
        if len(pieces) > 1:
            tags.extend(pieces)
        elif pieces:
            folded_evidence = folded_evidence or " " + fold(evidence) + " "
            tags.extend(_segment_by_evidence(pieces[0].split(), folded_evidence))
    unique: dict[str, str] = {}
    for tag in tags:
        unique.setdefault(fold(tag), tag)
    return tuple(unique.values())


_MAX_TAG_WORDS = 6
_NAME_LINKS = frozenset(fold(w) for w in (*ARABIC_NAME_LINKS, "al", "bin", "de", "el"))


def _segment_by_evidence(words: list[str], folded_evidence: str) -> list[str]:
    count = len(words)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * count  # (cost, start of last tag)
    for end in range(1, count + 1):
        for start in range(max(0, end - _MAX_TAG_WORDS), end):
            cost = _span_cost(words[start:end], folded_evidence)
            if cost is not None and best[start][0] + cost < best[end][0]:
                best[end] = (best[start][0] + cost, start)
    spans: list[str] = []
    end = count
    while end > 0:
        start = best[end][1]
        spans.append(" ".join(words[start:end]))
        end = start
    return spans[::-1]


def _span_cost(span: list[str], folded_evidence: str) -> float | None:
    """Cost of taking ``span`` as one tag: 1 when attested, None when it may not be one tag."""
    folded = fold(" ".join(span))
    if len(span) == 1:
        if _is_small_word(folded):
            return _SMALL_WORD_ALONE  # "على" is hardly a tag: it joins its neighbours ("الحرب على غزة")
        return 1.0 if _occurs(folded, folded_evidence) else 1.1
    if _is_small_word(fold(span[0])) or _is_small_word(fold(span[-1])):
        return None  # nor does a tag start or end on one
    if _occurs(folded, folded_evidence):
        return 1.0
    # Unattested: join only words that cannot stand alone (name links, nisba adjectives, prepositions),
    # or a construct whose first noun the text never writes without the article ("أسعار الفائدة" in an
    # article saying "الأسعار" and "الفائدة": a tag "أسعار" alone would be a bare plural).
    for index, (left, right) in enumerate(itertools.pairwise(span)):
        left_f, right_f = fold(left), fold(right)
        if left_f in _NAME_LINKS or right_f in _NAME_LINKS or is_nisba_adjective(right_f):
            continue
        if _is_small_word(left_f) or _is_small_word(right_f):
            continue
        if index == 0 and _heads_a_construct(left_f, right_f, folded_evidence):
            continue
        return None
    return 1.2


_SMALL_WORD_ALONE = 3.0  # dearer than three tags; not forbidden, so that every line still segments


def _is_small_word(folded_word: str) -> bool:
    """An Arabic preposition, particle or pronoun-bearing function word ("على", "في", "من", "عن")."""
    return folded_word in ARABIC_SMALL_WORD_KEYS


def _heads_a_construct(left: str, right: str, folded_evidence: str) -> bool:
    """An indefinite common noun before a definite one: the text writes it only with the article (a
    name, "مصر", "غزة", stands bare in it)."""
    return (
        right.startswith("ال")
        and not left.startswith("ال")
        and len(left) >= _CONSTRUCT_HEAD_MIN_LETTERS
        and _occurs(left, folded_evidence)
        and not _occurs(left, folded_evidence, _PROCLITIC_LETTERS)
    )


_CONSTRUCT_HEAD_MIN_LETTERS = 3


_PROCLITIC_LETTERS = tuple("وفبلك")
_PREFIXES = ("ال", "وال", "بال", "لل", *_PROCLITIC_LETTERS)


def _occurs(folded_phrase: str, folded_evidence: str, prefixes: tuple[str, ...] = _PREFIXES) -> bool:
    """Does the phrase occur as whole words, allowing one of ``prefixes``: by default one Arabic
    proclitic (و ف ب ل ك) or ال; without the article when given the proclitics only?"""
    start = folded_evidence.find(folded_phrase)
    while start != -1:
        end = start + len(folded_phrase)
        if not folded_evidence[end : end + 1].isalnum() and _word_starts_at(folded_evidence, start, prefixes):
            return True
        start = folded_evidence.find(folded_phrase, start + 1)
    return False


def _word_starts_at(text: str, start: int, prefixes: tuple[str, ...]) -> bool:
    before = text[max(0, start - 3) : start]
    if not before[-1:].isalnum():
        return True
    for prefix in prefixes:
        if before.endswith(prefix) and not text[start - len(prefix) - 1 : start - len(prefix)].isalnum():
            return True
    return False


def is_nisba_adjective(folded_word: str) -> bool:
    """A folded adjective in ي with the article: "السعودي", "العربيه", "المصريين"."""
    return folded_word.startswith("ال") and folded_word.endswith(("ي", "يه", "يين", "يون"))


# --- quality -----------------------------------------------------------------------------------


def is_cut_off(paragraph: str, last: bool) -> bool:
    """Does the paragraph stop mid-sentence?

    Strong signals only: a number cut short after a conjunction at the end ("و1."), a final
    function word ("… في"), or — for the last paragraph — a trailing ellipsis.
    """
    stripped = paragraph.strip()[-60:]  # only the end matters
    if _CUT_NUMBER_RE.search(stripped):
        return True
    if "@" in stripped.rpartition(" ")[2]:
        return False  # an address ends it: "Twasul@okaz.com.sa" ("sa" is no French word there)
    words = WORD_RE.findall(fold(stripped))
    # (a stop after the last word ends the sentence: "لم نشهدها من قبل.", "لم يحسم بعد.", "… بن علي.")
    dangling = bool(words) and (words[-1] in _DANGLING_WORDS or words[-1] in _DANGLING_LATIN_WORDS)
    if dangling and not stripped.endswith(_SENTENCE_PUNCTUATION):
        return True
    return last and _ELLIPSIS_END_RE.search(stripped) is not None
