"""Organisations and places the Arabic news names every day, written out by hand.

The tagger learned from ANERCorp (news of 2006–2007) and misses or cuts short names it rarely saw
there: "صندوق النقد الدولي", "مجلس التعاون الخليجي", "الأونروا", "قوات الدعم السريع". These lists
name them once; ``entities`` matches them on the tokens' keys, so a glued conjunction or preposition,
the article and the spellings of hamza and ta marbuta all match.

Only names that mean the organisation wherever they stand: a word that is also a common noun
("حماس" is enthusiasm, "القاعدة" a base, "الجزيرة" an island, "أمازون" a river) is left to the tagger,
or listed only with the word that makes it a name ("تنظيم القاعدة", "حركة فتح"). Where ANERCorp names
the organisation without such a word ("حماس" of "حركة حماس", "الجزيرة" of "قناة الجزيرة") the tagger
already does as it does.

The towns of the datelines are listed too ("رام الله", "الأحساء"): the lexicon counts them among the places the
parser reads in a dateline ("رام الله - وكالات"), and ``entities`` matches a town only as written (its article
or its first letter kept: "منامة" is lodging). And Arab towns in Latin letters that no time zone names ("Abu
Dhabi", "Jeddah"), for English and French pages.
"""

from __future__ import annotations

KNOWN_ORGANISATIONS = (
    # the United Nations and its agencies
    "الأمم المتحدة", "منظمة الأمم المتحدة", "مجلس حقوق الإنسان", "صندوق النقد الدولي", "البنك الدولي",
    "منظمة الصحة العالمية", "منظمة التجارة العالمية", "منظمة العمل الدولية", "منظمة الأغذية والزراعة",
    "برنامج الأغذية العالمي", "برنامج الأمم المتحدة الإنمائي", "مفوضية الأمم المتحدة لشؤون اللاجئين",
    "مفوضية الأمم المتحدة السامية لشؤون اللاجئين", "المفوضية السامية لشؤون اللاجئين", "الأونروا",
    "وكالة غوث وتشغيل اللاجئين الفلسطينيين", "اليونيسف", "اليونسكو",
    "الوكالة الدولية للطاقة الذرية", "الوكالة الدولية للطاقة", "محكمة العدل الدولية", "المحكمة الجنائية الدولية",
    "الإنتربول", "مكتب تنسيق الشؤون الإنسانية",
    # alliances and regional bodies
    "حلف شمال الأطلسي", "الناتو", "الاتحاد الأوروبي", "الاتحاد الأوربي", "الاتحاد الأفريقي",
    "الاتحاد الإفريقي", "المفوضية الأوروبية", "البرلمان الأوروبي", "جامعة الدول العربية", "الجامعة العربية",
    "مجلس التعاون لدول الخليج العربية", "منظمة التعاون الإسلامي", "منظمة أوبك", "أوبك",
    "أوبك بلس", "مجموعة العشرين", "مجموعة السبع", "مجموعة بريكس", "البرلمان العربي", "صندوق النقد العربي",
    "البنك الإسلامي للتنمية", "رابطة العالم الإسلامي",
    # humanitarian and rights groups
    "اللجنة الدولية للصليب الأحمر", "الصليب الأحمر", "منظمة العفو الدولية", "هيومن رايتس ووتش", "أطباء بلا حدود",
    # central banks
    "البنك المركزي الأوروبي", "مجلس الاحتياطي الفيدرالي", "الاحتياطي الفيدرالي", "البنك الفيدرالي الأمريكي",
    "مؤسسة النقد العربي السعودي", "بنك المغرب", "مصرف لبنان", "بنك إنجلترا", "بنك اليابان",
    # governments' houses and agencies known by one name
    # ("البيت الأبيض" is MISC in ANERCorp, whose conventions these follow)
    "الكرملين", "البنتاغون", "الكونغرس", "الكونجرس", "الكنيست", "وكالة المخابرات المركزية",
    "مكتب التحقيقات الفيدرالي", "وكالة ناسا", "ناسا",
    # movements, parties and armed groups
    "حزب الله", "حركة فتح", "الجهاد الإسلامي", "منظمة التحرير الفلسطينية",
    "السلطة الفلسطينية", "كتائب القسام", "كتائب عز الدين القسام", "سرايا القدس", "قوات الدعم السريع",
    "جماعة الحوثي", "جماعة أنصار الله", "أنصار الله", "تنظيم داعش", "داعش", "تنظيم القاعدة",
    "جماعة الإخوان المسلمين", "الإخوان المسلمين", "الإخوان المسلمون", "قوات سوريا الديمقراطية",
    "الحزب الديمقراطي", "الحزب الجمهوري", "حزب العدالة والتنمية",
    # companies
    "أرامكو", "أرامكو السعودية", "سابك", "أدنوك", "قطر للطاقة", "طيران الإمارات", "الخطوط الجوية القطرية",
    "الخطوط السعودية", "موانئ دبي العالمية", "صندوق الاستثمارات العامة", "جهاز قطر للاستثمار", "غوغل", "جوجل",
    "مايكروسوفت", "شركة أبل", "شركة آبل", "شركة أمازون", "شركة ميتا", "تسلا", "سامسونغ", "سامسونج", "تويوتا",
    "بوينغ", "إيرباص", "نتفليكس", "هواوي", "إنفيديا", "أوبن إيه آي", "بنك الإمارات دبي الوطني", "بنك قطر الوطني",
    "البنك الأهلي السعودي", "مصرف الراجحي", "بورصة ناسداك", "ناسداك", "السوق المالية السعودية", "سوق دبي المالي",
    "البورصة المصرية",  # (a city's exchange, "بورصة نيويورك", names the city in ANERCorp: LOC)
    # news agencies and channels (bare agency names are credits: ``sections``)
    "بي بي سي", "سي إن إن", "وكالة الأنباء السعودية", "وكالة الأنباء الفلسطينية", "وكالة أنباء الإمارات",
    "وكالة الأنباء القطرية", "وكالة أنباء الشرق الأوسط",
    # sport
    "الاتحاد الدولي لكرة القدم", "الفيفا", "اللجنة الأولمبية الدولية", "الاتحاد الآسيوي لكرة القدم",
    "الاتحاد الأوروبي لكرة القدم", "ريال مدريد", "أتلتيكو مدريد", "باريس سان جيرمان", "مانشستر سيتي",
    "مانشستر يونايتد", "بايرن ميونخ", "بايرن ميونيخ", "إنتر ميلان", "إنتر ميامي", "يوفنتوس", "بوروسيا دورتموند",
)  # fmt: skip

# Places of several words the tagger cuts short ("شرم" of "شرم الشيخ") or misses ("مضيق هرمز").
KNOWN_PLACES = (
    "شرم الشيخ", "باب المندب", "مضيق باب المندب", "مضيق هرمز", "رأس الخيمة", "أم القيوين", "الدار البيضاء",
    "هضبة الجولان", "مرتفعات الجولان", "شبه جزيرة سيناء", "شبه الجزيرة العربية", "جنوب أفريقيا", "جنوب السودان",
    "كوريا الشمالية", "كوريا الجنوبية", "نيو دلهي", "هونغ كونغ", "لوس أنجلوس", "سان فرانسيسكو", "بوينس آيرس",
    # Arab towns and regions of the datelines, of several words ("بيت" alone, "خان" and "يونس" apart, "مكة" without
    # "المكرمة" were the tagger's) and of one the news seldom names as such ("الهفوف" was a person's name, "الأحساء"
    # and "المنامة" unknown). Not towns named with a common word: "حمص" chickpeas, "حماة" guardians, "العقبة" an
    # obstacle, "صور" pictures, "الخبر" the news, "جنين" a fetus, "حائل" a barrier, "ينبع" it springs, "الباحة" a
    # courtyard; nor those whose key is one ("الخرج" went out, "الرقة" of "برقة" gentleness). ANERCorp, whose
    # conventions the entity F1 follows, names "مكة" of "مكة المكرمة" and leaves "الطائف" of "اتفاق الطائف" unnamed.
    "رام الله", "بيت لحم", "خان يونس", "دير البلح", "بيت حانون", "بيت لاهيا", "تل أبيب", "بئر السبع", "أم الفحم",
    "القدس الشرقية", "دير الزور", "رأس العين", "عين العرب", "جسر الشغور", "معرة النعمان", "البوكمال", "بنت جبيل",
    "كفر الشيخ", "بني سويف", "مرسى مطروح", "شمال سيناء", "جنوب سيناء", "المدينة المنورة",
    "خميس مشيط", "حفر الباطن", "رأس تنورة", "وادي الدواسر", "أبو ظبي", "أم درمان", "ود مدني", "أديس أبابا",
    "دار السلام", "كوالالمبور", "كوالا لمبور", "سان بطرسبرغ", "ريو دي جانيرو",
    "المنامة", "الأحساء", "الهفوف", "بريدة", "عنيزة", "القطيف", "الظهران", "الجبيل", "القصيم",
    "سكاكا", "نيوم", "الموصل", "تكريت", "ديالى", "بعقوبة", "السليمانية", "الكرك", "مصراتة", "صفاقس",
    "الزقازيق", "دمياط", "الفاشر", "نيالا", "بورتسودان", "النبطية", "طولكرم", "سلفيت",
    "طوباس", "أريحا", "يافا", "عسقلان", "عجمان", "الفجيرة", "الشارقة",
    # governorates and provincial towns the tagger never saw (ANERCorp's news is seldom provincial). Not "الشرقية",
    # "الغربية", "البحيرة" (eastern, western, a lake: ``entities`` names them after "محافظة"), "معان" (meanings),
    # "الزرقاء" (blue), "المفرق" (a fork), "قنا" (canals), "الناصرية" (Nasserism), "الأقصر" (the shortest).
    "القليوبية", "الدقهلية", "المنوفية", "الإسماعيلية", "الجيزة", "السويس", "الغردقة", "شبين الكوم", "شبين القناطر",
    "المحلة الكبرى", "منيا القمح", "كفر الدوار", "برج العرب", "مرسى علم", "مادبا", "عجلون", "طرطوس", "القنيطرة",
    "عكار", "جونية", "الحديدة", "طبرق", "سبها", "عنابة", "تلمسان", "سطيف", "كادقلي",
)  # fmt: skip

# Arab towns and regions in Latin letters that the time-zone database does not name, as English and French pages
# write them ("Abu Dhabi announces …" opened a sentence as a person's name). Not "Hail" nor "Tyre": English words.
LATIN_PLACES = (
    "Abu Dhabi", "Sharjah", "Ajman", "Ras Al Khaimah", "Ras al-Khaimah", "Fujairah", "Umm Al Quwain", "Al Ain",
    "Jeddah", "Mecca", "Makkah", "Medina", "Madinah", "Dammam", "Khobar", "Al Khobar", "Dhahran", "Taif", "Tabuk",
    "Abha", "Jazan", "Najran", "Yanbu", "Jubail", "Qatif", "AlUla", "Al-Ula", "Neom", "NEOM", "Doha", "Manama",
    "Kuwait City", "Ramallah", "Gaza City", "Nablus", "Jenin", "Rafah", "Khan Younis", "Khan Yunis", "Deir al-Balah",
    "Tel Aviv", "Haifa", "Aleppo", "Homs", "Idlib", "Raqqa", "Deir ez-Zor", "Mosul", "Basra", "Erbil", "Kirkuk",
    "Najaf", "Karbala", "Fallujah", "Benghazi", "Misrata", "Sanaa", "Sana'a", "Hodeidah", "Marib", "Taiz",
    "Alexandria", "Luxor", "Aswan", "Giza", "Sharm el-Sheikh", "Sharm El-Sheikh", "Marrakech", "Marrakesh",
    "Tangier", "Fez", "Rabat", "Agadir", "Oran", "Sfax", "Sousse", "Port Sudan", "Omdurman",
    "Darfur", "Sidon", "Aqaba", "Zarqa", "Irbid",
)  # fmt: skip

# Bodies every country has, named by the country's adjective after them: "البنك المركزي المصري",
# "الهلال الأحمر الفلسطيني" (alone, "البنك المركزي" is not a name). ANERCorp, whose conventions the
# entity F1 follows, leaves a country's army, government, ministries and parliament unnamed
# ("الجيش الإسرائيلي", "الحكومة اللبنانية", "مجلس الوزراء"): so do these lists.
NATIONAL_BODIES = ("البنك المركزي", "البنك الأهلي", "الهلال الأحمر", "الحرس الثوري")  # ("البنك الأهلي المصري")

# Places whose one-word name the territory list lacks (it has "المملكة العربية السعودية"), for the
# adjectives made from them: "السعودي", "الأمريكية", "الإماراتي".
ADJECTIVE_PLACES = (
    "السعودية", "الإمارات", "أمريكا", "أميركا", "فلسطين", "بريطانيا", "ليبيا", "لبنان", "ألمانيا", "باكستان",
    "العرب", "أفريقيا", "إفريقيا", "آسيا", "الخليج",
)  # fmt: skip
