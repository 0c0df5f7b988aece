"""The body region's furniture, bylines and tag labels, line by line (golden files cover whole pages)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.core import Article, ParseOptions, parse_article
from streams.core.text.sections import (
    credited_names,
    group_related,
    is_cut_off,
    read_dateline,
    read_wire_dateline,
    split_body,
    split_head,
    split_tags,
    without_furniture,
)

PARAGRAPH = "أقر مجلس الوزراء في جلسته اليوم مشروع قانون الموازنة العامة للسنة المالية المقبلة بعجز يبلغ مليار دينار."


def test_share_buttons_newsletter_prompts_and_copyright_lines_are_not_the_article() -> None:
    lines = [
        "شارك",
        "فيسبوك تويتر واتساب",
        PARAGRAPH,
        "اشترك في نشرتنا البريدية",
        "Share on Facebook",
        "جميع الحقوق محفوظة © 2023",
    ]
    assert without_furniture(lines) == [PARAGRAPH]
    assert without_furniture(["Share this article", "صورة أرشيفية", "(صورة تعبيرية)", PARAGRAPH]) == [PARAGRAPH]
    ads = ["Advertisement", "إعلان", "Story continues below advertisement", "3 min read", "للمزيد اضغط هنا", PARAGRAPH]
    ads += ["لمتابعة المباراة على الحواسيب اللوحية، اضغط هنا...", "To watch the video, click here"]
    assert without_furniture(ads) == [PARAGRAPH]
    crumbs = ["الرئيسية > أخبار > عربي ودولي", "Home / World / Europe", "أخبار » اقتصاد » أسواق", PARAGRAPH]
    assert without_furniture(crumbs) == [PARAGRAPH]
    quoted = ["«حماس» تعلن «هدنة» لمدة «يومين»", "02 / 11 / 2023", "Home and away: a review"]
    assert without_furniture(quoted) == quoted
    announcement = "إعلان نتائج الانتخابات البلدية في المملكة يوم الخميس المقبل"  # a subtitle, not an ad slot
    assert without_furniture([announcement]) == [announcement]
    # A sentence that starts with a share word is running text.
    sentence = "شارك الرئيس في القمة العربية التي عقدت في الرياض أمس بحضور عدد من القادة."
    assert without_furniture([sentence]) == [sentence]


def test_reading_tools_counters_short_links_and_the_comment_box_are_not_the_article() -> None:
    tools = ["حجم الخط: A A A", "A+ A-", "عدد المشاهدات: 1,245", "٣٤٠٠ مشاهدة", "3.4K views", "استمع إلى الخبر"]
    links = ["رابط مختصر: https://saba.ye/n/12345", "https://example.com/news/2023/11/21/story", "Short link"]
    comments = ["التعليقات (0)", "تعليقات", "أضف تعليقك", "اترك تعليقاً", "شاركنا رأيك", "Leave a Reply", "12 comments"]
    assert without_furniture([*tools, PARAGRAPH, *links, *comments]) == [PARAGRAPH]
    assert without_furniture(["[صورة]", "(فيديو)", "(شاهد الفيديو)", PARAGRAPH, "العودة للأعلى", "Back to top"]) == [
        PARAGRAPH
    ]
    # Running text that opens with the same words stays.
    kept = [
        "التعليقات التي نشرها الوزير على حسابه أثارت جدلاً واسعاً بين المتابعين في البلاد.",
        "Comments from the minister drew sharp criticism from the opposition on Tuesday.",
        "عدد المشاهدات تجاوز مليون مشاهدة خلال يومين من نشر المقطع على المنصة.",
        "استمع الحضور إلى كلمة الرئيس في افتتاح الدورة الجديدة للمجلس.",
    ]
    assert without_furniture(kept) == kept


def test_a_page_of_furniture_around_an_agency_story() -> None:
    page = [
        "وزير الصحة يفتتح مستشفى جديداً في صنعاء",
        "الثلاثاء 21 نوفمبر 2023 - الساعة 11:20 صباحاً",
        "حجم الخط: A A A",
        "طباعة",
        "عدد المشاهدات: 1,245",
        "صنعاء - سبأ",
        PARAGRAPH,
        "شارك هذا الخبر",
        "رابط مختصر: https://saba.ye/n/12345",
        "التعليقات (0)",
        "أضف تعليقك",
    ]
    article = parse_article("\n".join(page).encode(), options=ParseOptions(enrich=False))
    assert isinstance(article, Article)
    assert (article.body, article.sources, article.quality.truncated) == (PARAGRAPH, ("سبأ",), False)


def test_share_lines_do_not_push_the_dateline_out_of_the_head() -> None:
    text = "\n".join(["عنوان الخبر هنا", "شارك", "فيسبوك", "تويتر", "واتساب", "نشر في 02 نونبر 2023", PARAGRAPH])
    article = parse_article(text.encode(), options=ParseOptions(enrich=False))
    assert isinstance(article, Article)
    assert (article.title, article.published_at_text, article.body) == ("عنوان الخبر هنا", "نشر في 02 نونبر 2023", PARAGRAPH)


def test_a_bylines_job_under_it_a_follow_button_and_bbcs_labels_are_no_text() -> None:
    story = "The World Health Organization says hospitals in northern Gaza are close to collapse as fuel runs out."
    lines = without_furniture(["By Yolande Knell", "BBC Middle East correspondent", story, "3 mn"])
    assert (split_body(lines, None).sources, split_body(lines, None).paragraphs) == (("Yolande Knell",), (story,))
    assert split_body([story, "Par : FRANCE 24 Suivre"], None).sources == ("FRANCE 24",)
    # Gulf News' newsroom signs with no "By", and heads the outlet's other stories "Also In Gulf News".
    gulf = split_body(["Staff Report, Gulf News", story, "Also In Gulf News", "Dubai Metro to extend Blue Line"], None)
    assert (gulf.sources, gulf.paragraphs, [r.title for r in gulf.related]) == (
        ("Gulf News",),
        (story,),
        ["Dubai Metro to extend Blue Line"],
    )
    related = ["More on this story", "Why is Gaza running out of fuel?", "Published", "3 days ago"]
    assert [r.title for r in split_body(without_furniture([story, *related]), None).related] == [related[1]]


def test_le_figaros_inline_read_also_its_ad_buttons_and_paywall_are_no_text() -> None:
    story = "Israël a accepté des pauses humanitaires quotidiennes de quatre heures, a annoncé jeudi la Maison-Blanche."
    more = "Le porte-parole du Conseil de sécurité nationale, John Kirby, a précisé que la première pause serait annoncée."
    lines = [story, "Passer la publicité", "À lire aussi Guerre Israël-Hamas : le point sur la situation", more]
    lines += ["Cet article est réservé aux abonnés. Il vous reste 60% à découvrir."]
    sections = split_body(without_furniture(lines), None)
    assert sections.paragraphs == (story, more)
    assert [r.title for r in sections.related] == ["Guerre Israël-Hamas : le point sur la situation"]


def test_an_agencys_byline_names_each_writer_and_its_foot_the_contributors() -> None:
    story = "CAIRO (AP) — Egypt opened its Rafah border crossing on Wednesday, officials said."
    lines = ["By SAMY MAGDY and LEE KEATH Associated Press", story, "___"]
    lines.append("Associated Press writers Joseph Krauss in Jerusalem and Zeke Miller contributed to this report.")
    lines += ["Associated Press writer Matthew Lee in Ankara, Turkey, contributed to this report."]
    lines += ["Find more of AP's coverage at https://apnews.com/hub/israel-hamas-war"]  # its prompt: furniture
    sections = split_body(without_furniture(lines), None)
    assert sections.sources == ("SAMY MAGDY", "LEE KEATH", "AP", "Joseph Krauss", "Zeke Miller", "Matthew Lee")
    assert (sections.paragraphs, sections.related) == ((story,), ())
    reuters = split_body([story, "Reporting by Jane Doe and John Roe; Editing by Alex Smith"], None)
    assert reuters.sources == ("AP", "Reporting by Jane Doe and John Roe; Editing by Alex Smith")  # who did what: whole


def test_a_bylines_title_abbreviation_and_a_byline_above_the_headline() -> None:
    assert split_body(["بقلم: د. محمد بن سعيد الغامدي", PARAGRAPH], None).sources == ("د. محمد بن سعيد الغامدي",)
    assert split_body(["By Dr. Jane Smith", PARAGRAPH], None).sources == ("Dr. Jane Smith",)
    title = "التعليم في عصر الذكاء الاصطناعي"
    head = split_head(["بقلم: د. محمد بن سعيد الغامدي", title, PARAGRAPH])
    assert head.title == title and split_body(list(head.rest), title).sources == ("د. محمد بن سعيد الغامدي",)


def test_bylines_are_credits() -> None:
    lines = ["كتب: أحمد محمد", "بقلم سارة علي", PARAGRAPH, "تصوير: خالد سعيد", "By Jane Smith", "Par Jean Dupont"]
    lines.insert(1, "كتب - محمد الخالدي:")  # the colon that leads into the text
    lines.insert(2, "الكاتب: سمير عطا الله")
    lines.insert(3, "كتب محمود عبد الراضي")  # no colon, alone on its line: an Egyptian page's byline
    sections = split_body(lines, None)
    expected = ("أحمد محمد", "محمد الخالدي", "سمير عطا الله", "محمود عبد الراضي", "سارة علي", "خالد سعيد")
    expected += ("Jane Smith", "Jean Dupont")
    assert sections.sources == expected
    assert sections.paragraphs == (PARAGRAPH,)


def test_lines_that_only_look_like_bylines_stay_in_the_article() -> None:
    lines = [
        "by the way, the minister said nothing",  # lower case: not a name
        "كتب الرئيس رسالة إلى نظيره الفرنسي يدعوه فيها إلى زيارة البلاد في أقرب وقت ممكن.",  # no colon
        "كتبت الصحيفة أن الوزير استقال",  # five words: a sentence
        "By then the storm had reached the coast and thousands of homes were without power.",  # a sentence
    ]
    assert split_body(lines, None).sources == ()


def test_a_tag_label_followed_by_a_dash() -> None:
    sections = split_body([PARAGRAPH, "كلمات مفتاحية - طنجة - الهجرة - الأمن الوطني"], None)
    assert sections.tag_lines == ("طنجة - الهجرة - الأمن الوطني",)


def test_a_line_of_hashtags_is_the_publishers_tags_unless_running_text_follows_it() -> None:
    sections = split_body([PARAGRAPH, "#جنين #الضفة_الغربية #فلسطين"], None)
    assert sections.tag_lines == ("#جنين #الضفة_الغربية #فلسطين",) and sections.paragraphs == (PARAGRAPH,)
    heading = split_body(["#ثمانٍ_وأربعون_قانوناً_للقوة", PARAGRAPH], None)  # a column's heading
    assert heading.tag_lines == () and heading.paragraphs == ("#ثمانٍ_وأربعون_قانوناً_للقوة", PARAGRAPH)


def test_related_headlines_lose_their_bullets() -> None:
    sections = split_body([PARAGRAPH, "اقرأ أيضاً:", "• ارتفاع حصيلة الضحايا", "- مجلس الأمن يجتمع"], None)
    assert [r.title for r in sections.related] == ["ارتفاع حصيلة الضحايا", "مجلس الأمن يجتمع"]


APPENDED = "أقر البنك المركزي الأوروبي اليوم رفع أسعار الفائدة بمقدار ربع نقطة مئوية في خطوة كانت متوقعة على نطاق واسع."


def test_an_article_appended_after_a_read_also_headline_stays_out_even_before_the_pages_tags() -> None:
    lines = [PARAGRAPH, "اقرأ أيضاً", "البنك المركزي يرفع الفائدة", APPENDED, "الكلمات الدلالية: الموازنة، الأردن"]
    sections = split_body(lines, "الحكومة تقر الموازنة")
    assert sections.paragraphs == (PARAGRAPH,)
    assert [(r.title, r.text) for r in sections.related] == [("البنك المركزي يرفع الفائدة", APPENDED)]
    assert sections.tag_lines == ("الموازنة، الأردن",)


def test_a_read_also_link_inside_the_article_keeps_the_article_going_to_its_credit() -> None:
    # The paragraph after the link goes on with the article's words: the article goes on to its credit.
    going_on = "ويبلغ عجز الموازنة العامة المقبلة مليار دينار بحسب مشروع القانون الذي أقره مجلس الوزراء في جلسته."
    lines = [PARAGRAPH, "اقرأ أيضاً", "البنك المركزي يرفع الفائدة", going_on, "المصدر: بترا"]
    sections = split_body(lines, "الحكومة تقر الموازنة")
    assert sections.paragraphs == (PARAGRAPH, going_on) and sections.sources == ("بترا",)
    assert [r.title for r in sections.related] == ["البنك المركزي يرفع الفائدة"]


def test_an_appended_article_with_its_own_credit_and_the_pages_credits_at_its_foot() -> None:
    # The paragraph after the link tells the link's story: an appended article, its credit line its own.
    lines = [PARAGRAPH, "اقرأ أيضاً", "البنك المركزي يرفع الفائدة", APPENDED, "المصدر: بترا"]
    sections = split_body(lines, "الحكومة تقر الموازنة")
    assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), ())
    assert [(r.title, r.text) for r in sections.related] == [("البنك المركزي يرفع الفائدة", APPENDED)]
    # The page's own credits under the related headlines, at its foot, are the article's.
    gold = "ارتفاع أسعار الذهب محلياً اليوم"
    lines = [PARAGRAPH, "اقرأ أيضاً", "البنك المركزي يرفع الفائدة", APPENDED, gold, "المصدر: بترا"]
    sections = split_body(lines, "الحكومة تقر الموازنة")
    assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), ("بترا",))
    # A link before the article's first paragraph: the article is still to come.
    assert split_body(["اقرأ أيضاً:", "البنك المركزي يرفع الفائدة", PARAGRAPH], None).paragraphs == (PARAGRAPH,)


def test_an_appended_story_that_shares_a_word_with_the_article_by_chance_stays_out() -> None:
    # The story under the lone marker names "الحكومة" as the article does, and tells of its headline in other
    # words: one shared word of thirty is chance, not the article going on to its credit.
    article = [
        "أقرت الحكومة الأردنية مشروع قانون الموازنة العامة للسنة المالية المقبلة بعجز يبلغ مليار دينار.",
        "وتتوقع وزارة المالية نمو الإيرادات الضريبية بنسبة خمسة بالمئة مع تحسن النشاط الاقتصادي والسياحة.",
    ]
    appended = [
        "تعاقد نادي الفيصلي مع مدرب تونسي جديد لقيادة الفريق الأول لكرة القدم خلفا للمدرب المستقيل،"
        " بعد سلسلة نتائج مخيبة في الدوري والكأس دفعت الحكومة إلى التدخل في ملف الأندية.",
        "ويستعد الفريق لمواجهة الوحدات في قمة الأسبوع المقبل على ستاد عمان الدولي وسط حضور جماهيري متوقع.",
    ]
    lines = [*article, "اقرأ أيضاً:", "الفيصلي يعين مدربا تونسيا", *appended, "المصدر: بترا"]
    sections = split_body(lines, "الحكومة تقر الموازنة العامة")
    assert sections.paragraphs == tuple(article)
    assert [(r.title, r.text) for r in sections.related] == [("الفيصلي يعين مدربا تونسيا", "\n\n".join(appended))]
    # The article going on under the same marker shares its words far more often: it stays, to its credit.
    going_on = "وقال وزير المالية إن عجز الموازنة العامة سيتراجع مع نمو الإيرادات الضريبية وتحسن النشاط الاقتصادي."
    lines = [*article, "اقرأ أيضاً:", "الفيصلي يعين مدربا تونسيا", going_on, "المصدر: بترا"]
    sections = split_body(lines, "الحكومة تقر الموازنة العامة")
    assert sections.paragraphs == (*article, going_on) and sections.sources == ("بترا",)


def test_a_list_of_headlines_under_a_read_also_heading_stays_out_when_the_pages_tags_follow() -> None:
    headlines = ["الملك يستقبل رئيس الوزراء في قصر الحسينية", "ارتفاع أسعار الذهب محلياً اليوم"]
    for heading in ("اقرأ أيضاً:", "مواضيع ذات صلة", "Read more:"):
        sections = split_body([PARAGRAPH, heading, *headlines, "كلمات مفتاحية: الأردن - فرنسا"], None)
        assert sections.paragraphs == (PARAGRAPH,), heading
        assert [r.title for r in sections.related] == headlines
        assert sections.tag_lines == ("الأردن - فرنسا",)
    # A link with its headline on the marker's line is one link: what follows is the article's.
    sub_heading = "تفاصيل القرار"
    lines = [PARAGRAPH, "اقرأ أيضاً: " + headlines[0], sub_heading, PARAGRAPH, "المصدر: بترا"]
    assert split_body(lines, None).paragraphs == (PARAGRAPH, sub_heading, PARAGRAPH)


def test_tags_listed_one_a_line_under_their_label() -> None:
    lines = [PARAGRAPH, "الوسوم", "السعودية", "البحر الأحمر", "السياحة", "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية"]
    sections = split_body(lines, None)
    assert sections.tag_lines == ("السعودية، البحر الأحمر، السياحة",)
    assert [r.title for r in sections.related] == ["ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية"]


def test_a_byline_and_datelines_on_one_line_between_bars() -> None:
    head = split_head(
        [
            "La BCE maintient ses taux",
            "Par Jean Dupont | Publié le 26/10/2023 à 14h30 | Mis à jour le 26/10/2023 à 16h05",
            PARAGRAPH,
        ]
    )
    assert head.dateline is not None and head.dateline.text == "Publié le 26/10/2023 à 14h30"
    assert head.rest == ("Par Jean Dupont", PARAGRAPH)
    assert split_body(head.rest, head.title).sources == ("Jean Dupont",)
    plain = split_head(["عنوان", "الرياض | الاقتصاد | الطاقة", PARAGRAPH])  # bars without a date: not a dateline
    assert plain.dateline is None and plain.rest == ("الرياض | الاقتصاد | الطاقة", PARAGRAPH)


def test_a_byline_opening_the_dateline_is_credited() -> None:
    for line, name in [
        ("كتب: أحمد علي الخميس، 02 نوفمبر 2023 04:30 م", "أحمد علي"),
        ("By Jane Smith, Nov. 2, 2023 4:30 p.m. ET", "Jane Smith"),
        ("Par Jean Dupont le 26/10/2023 à 14h30", "Jean Dupont"),
    ]:
        for lines in (["عنوان الخبر عن الاحتياطي", line, PARAGRAPH], [line, "عنوان الخبر عن الاحتياطي", PARAGRAPH]):
            head = split_head(lines)
            assert head.title == "عنوان الخبر عن الاحتياطي" and head.dateline is not None
            sections = split_body(head.rest, head.title)
            assert (sections.sources, sections.paragraphs) == ((name,), (PARAGRAPH,))
    # A sentence that has a date in it is no byline.
    head = split_head(["عنوان الخبر عن الاحتياطي", "كتب الرئيس في 02/11/2023", PARAGRAPH])
    assert split_body(head.rest, head.title).sources == ()


def test_an_agency_foot_with_editors_initials_and_a_time_stamp() -> None:
    """Petra signs its copy "--(بترا)", the editors' initials, then the time it was filed."""
    opening = "عمان 26 تشرين الثاني (بترا) - دانت وزارة الخارجية وشؤون المغتربين اقتحام المستوطنين باحات المسجد الأقصى."
    page = ["الأردن يدين اقتحام المستوطنين للمسجد الأقصى", opening, PARAGRAPH, "--(بترا)", "ع ح/ر ق", "26/11/2023 12:15:20"]
    article = parse_article("\n".join(page).encode(), options=ParseOptions(enrich=False))
    assert isinstance(article, Article)
    assert (article.body, article.sources) == (f"{opening}\n\n{PARAGRAPH}", ("بترا",))
    filed = datetime(2023, 11, 26, 12, 15, 20, tzinfo=UTC)
    assert (article.published_at, article.published_at_precision) == (filed, "second")
    # A dated heading with its story below stays in the article.
    dated = split_body(["2 نوفمبر 2023", PARAGRAPH, "3 نوفمبر 2023", PARAGRAPH], None)
    assert dated.paragraphs == ("2 نوفمبر 2023", PARAGRAPH, "3 نوفمبر 2023", PARAGRAPH) and dated.stamp is None


def test_a_date_after_the_headline_and_a_credit_beside_the_dateline() -> None:
    headline = "وزير الخارجية يلتقي نظيره الفرنسي في باريس"
    head = split_head([f"{headline} - 02 نوفمبر 2023", PARAGRAPH])
    assert head.title == headline and head.dateline is not None and head.dateline.text == "02 نوفمبر 2023"
    kept = split_head(["قمة الرياض - 2023 عام الحسم", PARAGRAPH])  # no date after the dash: all headline
    assert kept.title == "قمة الرياض - 2023 عام الحسم" and kept.dateline is None
    credited = split_head([headline, "المصدر: واس | التاريخ: 02/11/2023", PARAGRAPH])
    assert credited.dateline is not None and credited.dateline.text == "التاريخ: 02/11/2023"
    assert split_body(credited.rest, credited.title).sources == ("واس",)


def test_a_read_also_marker_after_a_sentence_on_the_paragraphs_line() -> None:
    glued = f"{PARAGRAPH} اقرأ أيضاً: ترامب يهاجم بايدن بسبب الحرب"
    after = "وأضاف الوزير أن الحكومة ستعمل على خفض العجز خلال السنوات المقبلة عبر إصلاحات ضريبية."
    sections = split_body([glued, after], None)
    assert sections.paragraphs == (PARAGRAPH, after)
    assert [r.title for r in sections.related] == ["ترامب يهاجم بايدن بسبب الحرب"]
    sentence = "وقال إن على الجميع أن يقرأ أيضاً ما كتبه الوزير في مقاله الأخير عن الموازنة."  # no sentence end before
    assert split_body([sentence], None).paragraphs == (sentence,)


def test_a_gallerys_counters_the_outlet_under_the_headline_and_the_sites_sections_at_the_foot() -> None:
    assert without_furniture([PARAGRAPH, "1 / 12", PARAGRAPH, "صورة 2 من 12"]) == [PARAGRAPH, PARAGRAPH]
    title = "«المركزي» يبقي على سعر الخصم دون تغيير"
    head = split_head([title, "القبس الإلكتروني", "2 نوفمبر 2023", PARAGRAPH, "محليات", "اقتصاد"])
    assert head.bylines == ("القبس الإلكتروني",) and head.rest == (PARAGRAPH, "محليات", "اقتصاد")
    sections = split_body(list(head.rest), title)
    assert sections.paragraphs == (PARAGRAPH,)
    # A paragraph's list of topics is the article's, and so is a section's word inside it.
    assert split_body([PARAGRAPH, "محليات", PARAGRAPH], title).paragraphs == (PARAGRAPH, "محليات", PARAGRAPH)


def test_bbcs_article_information_box_and_an_agencys_rule_and_initials() -> None:
    lines = ["معلومات عن المقال", "Author, أحمد نور", "Role, بي بي سي نيوز عربي", PARAGRAPH, "ــــ", "ع.ف"]
    sections = split_body(without_furniture(lines), None)
    assert sections.sources == ("أحمد نور",) and sections.paragraphs == (PARAGRAPH,)
    for rule in ("***", "* * *", "-----", "ـــــــ"):  # a section break is no paragraph
        assert without_furniture([PARAGRAPH, rule, PARAGRAPH]) == [PARAGRAPH, PARAGRAPH]
    assert without_furniture([PARAGRAPH, "د. محمد"]) == [PARAGRAPH, "د. محمد"]


def test_a_link_to_the_story_credits_the_paper_it_names_and_is_furniture_without_one() -> None:
    link = "رابط الخبر بصحيفة الوئام: مجلس الوزراء يقر الموازنة"
    for lines in ([PARAGRAPH, link, "المصدر: واس"], [f"{PARAGRAPH} {link}", "المصدر: واس"]):  # its own line, or glued on
        sections = split_body(lines, None)
        assert sections.paragraphs == (PARAGRAPH,)
        assert sections.sources == ("صحيفة الوئام", "واس")
    for bare in ("رابط الخبر: https://example.com/a/1", "الرابط المختصر: https://example.com/a/1", "رابط دائم:"):
        assert without_furniture([PARAGRAPH, bare]) == [PARAGRAPH]
    sentence = "وقال الوزير إن رابط الخبر بالموقع لم يعد يعمل منذ أمس بسبب عطل فني أصاب الخوادم."  # no colon: a sentence
    assert split_body([sentence], None).paragraphs == (sentence,)


def test_the_writers_other_columns_are_related_even_glued_to_the_last_line() -> None:
    columns = "مقالات أخرى للكاتب3 أفكار خاطئة عن الصحةلحظة صدفة تسبق سنيناً من البحث"
    verse = "ليت حبك كلمة قالها لك واستراح"  # a poem's last line: no sentence end before the list
    for lines in ([PARAGRAPH, columns], [f"{PARAGRAPH} {columns}"], [f"{verse} {columns}"]):
        sections = split_body(lines, None)
        assert sections.paragraphs == (lines[0].removesuffix(f" {columns}"),)
        assert [r.title for r in sections.related] == ["3 أفكار خاطئة عن الصحةلحظة صدفة تسبق سنيناً من البحث"]


def test_more_read_also_headings_and_a_filed_under_tag_line() -> None:
    for marker in ("ذات صلة", "قد يعجبك أيضاً", "الأكثر مشاهدة", "الأكثر تداولاً", "أخبار أخرى", "Read Next", "Most read"):
        sections = split_body([PARAGRAPH, marker, "ارتفاع أسعار النفط مع تراجع المخزونات"], None)
        assert sections.paragraphs == (PARAGRAPH,), marker
        assert [r.title for r in sections.related] == ["ارتفاع أسعار النفط مع تراجع المخزونات"], marker
    sentence = "ذات صلة بالموضوع، قال الوزير إن الحكومة ستعلن خطتها الأسبوع المقبل بعد التشاور مع النواب."
    assert split_body([PARAGRAPH, sentence], None).paragraphs == (PARAGRAPH, sentence)  # running text
    assert split_body([PARAGRAPH, "Filed under: Politics, Gaza"], None).tag_lines == ("Politics, Gaza",)


def test_a_page_that_opens_with_its_date_has_its_headline_below_it() -> None:
    headline = "لبنان: توتر على الحدود الجنوبية وقصف متبادل"
    dateline = "السبت، 18 تشرين الثاني 2023 - 09:15 ص"
    for top in ([dateline], ["تشرين الثاني 2023", dateline], ["Nov. 2023"]):  # an archive heading above
        head = split_head([*top, headline, PARAGRAPH])
        assert (head.title, head.rest) == (headline, (PARAGRAPH,)), top
    assert split_head([dateline, headline, PARAGRAPH]).dateline is not None
    # Below the date, a place-and-agency line or a sentence opens the body: the page has no headline.
    for opening in ("القاهرة - أ ش أ", "دبي - رويترز:", PARAGRAPH):
        head = split_head([dateline, opening, PARAGRAPH])
        assert (head.title, head.rest) == (None, (opening, PARAGRAPH)), opening
    # Nor is a third date line below a byline and the dateline (the page's update) a headline.
    updated = "آخر تحديث: 05 نوفمبر ,2023: 04:40 م GMT"
    assert (
        split_head(["العربية.نت - أحمد الغامدي", "نشر في: 05 نوفمبر ,2023: 02:15 م GMT", updated, PARAGRAPH]).title is None
    )


def test_a_story_with_no_headline_opening_on_where_from_and_who() -> None:
    for opening, credit in (("لندن- “القدس العربي”:", "القدس العربي"), ("لندن: «الشرق الأوسط»", "الشرق الأوسط")):
        head = split_head([opening, PARAGRAPH])
        assert (head.title, split_body(head.rest, head.title).sources) == (None, (credit,)), opening
    for headline in ("ترامب: «سنفوز»", "حتمية توطين الوظائف | سبق"):  # a name and a quote; the site's name after
        assert split_head([headline, PARAGRAPH]).title == headline
    # The boxes under a story: readers' comments and a video section.
    assert without_furniture([PARAGRAPH, "تعليقات الزوار", "صوت وصورة", "أضف تعليق"]) == [PARAGRAPH]
    # Oman's agency signs its copy between slashes, its editor's initials alone below.
    oman = split_body(without_furniture([PARAGRAPH, "/العمانية/", "ع خ"]), None)
    assert (oman.paragraphs, oman.sources) == ((PARAGRAPH,), ("العمانية",))


def test_agencies_in_parentheses_on_their_own_line_are_credits() -> None:
    for line, credits in (
        ("(الوكالة الوطنية للإعلام، رويترز)", ("الوكالة الوطنية للإعلام", "رويترز")),  # each agency of the list
        ("(AFP)", ("AFP",)),
        ("ح.ز/ ع.ج.م (أ ف ب، رويترز)", ("أ ف ب", "رويترز")),  # DW's: the editors' initials first
        ("--(بترا) ع ع/أ أ", ("بترا",)),  # Petra's: after
    ):
        sections = split_body([PARAGRAPH, line], None)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), credits), line
    # Other short lines in parentheses are the article's.
    aside = "(إنا لله وإنا إليه راجعون)"
    assert split_body([PARAGRAPH, aside], None).paragraphs == (PARAGRAPH, aside)


def test_wire_service_credits_close_the_story_and_reading_aids_are_furniture() -> None:
    reporting = "Reporting by Alex Lawler in London; Editing by Jason Neely"
    lines = [PARAGRAPH, reporting, "Our Standards: The Thomson Reuters Trust Principles.", "Related Stories", "Oil slips"]
    sections = split_body(without_furniture(lines), None)
    assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), (reporting,))
    assert [r.title for r in sections.related] == ["Oil slips"]
    assert split_body(["Le Monde avec AFP", PARAGRAPH], None).sources == ("Le Monde", "AFP")
    assert without_furniture(["Temps de Lecture 2 min.", "وقت القراءة: 3 دقائق", PARAGRAPH]) == [PARAGRAPH]


def test_a_wire_storys_opening_names_its_agency() -> None:
    opening = "LONDON, Nov 30 (Reuters) - Oil prices rose on Thursday after producers agreed to deeper output cuts."
    sections = split_body([opening, PARAGRAPH, "المصدر: الشرق الأوسط"], None)
    assert sections.sources == ("Reuters", "الشرق الأوسط") and sections.paragraphs == (opening, PARAGRAPH)
    arabic = "سان فرانسيسكو 20 يوليو (رويترز) - " + PARAGRAPH
    assert split_body([arabic], None).sources == ("رويترز",)
    aside = "قال الوزير (في تصريح صحفي) - وهو يغادر القاعة - إن " + PARAGRAPH  # not an agency: no credit
    assert split_body([aside], None).sources == ()


def test_an_opening_line_of_place_and_agency_is_a_credit() -> None:
    credits = (("الرياض - واس", "واس"), ("أبوظبي - سكاي نيوز عربية", "سكاي نيوز عربية"), ("Paris – AFP", "AFP"))
    for opening, agency in credits:
        sections = split_body([opening, PARAGRAPH, PARAGRAPH], None)
        assert sections.sources == (agency,) and sections.paragraphs == (PARAGRAPH, PARAGRAPH)
    # The same shape without an agency, or below the opening paragraph, stays in the article.
    for lines in (["الرياض – جدة", PARAGRAPH], [PARAGRAPH, "الرياض - واس", PARAGRAPH]):
        assert split_body(lines, None).paragraphs == tuple(lines)
    dashed = "القاهرة - أ ش أ - " + PARAGRAPH  # glued to the paragraph: credited, the words kept
    assert split_body([dashed], None).sources == ("أ ش أ",) and split_body([dashed], None).paragraphs == (dashed,)
    glued = "الرياض - واس: " + PARAGRAPH
    assert split_body([glued], None).sources == ("واس",)
    aside = "غزة - خاص - " + PARAGRAPH  # "خاص" (exclusive) is no agency
    assert split_body([aside], None).sources == ()
    # An outlet whose name has a figure, with the wire it ran or its writer: both credited.
    for opening, both in (("فرانس24/ أ ف ب", ("فرانس24", "أ ف ب")), ("عربي21- أحمد صبحي", ("عربي21", "أحمد صبحي"))):
        sections = split_body([opening, PARAGRAPH], None)
        assert sections.sources == both and sections.paragraphs == (PARAGRAPH,)
    assert split_body(["الرياض 12 - جدة", PARAGRAPH], None).paragraphs == ("الرياض 12 - جدة", PARAGRAPH)
    # A writer with the place in brackets and the paper's account (Okaz); an outlet "from" a place (Elaph), or
    # an agency whose name is a common word between dashes (Maan's "معا", "together").
    okaz = split_body(["أحمد الشمراني (الرياض) okaz_online@", PARAGRAPH], None)
    assert okaz.sources == ("أحمد الشمراني",) and okaz.paragraphs == (PARAGRAPH,)
    for glued, credited in (("إيلاف من لندن: " + PARAGRAPH, "إيلاف"), ("بيت لحم- معا- " + PARAGRAPH, "معا")):
        assert split_body([glued], None).sources == (credited,) and split_body([glued], None).paragraphs == (glued,)
    # Levant and Iraq: an outlet in brackets after the place, an agency named with a common word, a newsroom.
    for first, credited in (("أربيل (كوردستان 24)- " + PARAGRAPH, "كوردستان 24"), ("غزة - صفا", "صفا")):
        assert split_body([first, PARAGRAPH], None).sources == (credited,)
    assert split_body(["رؤيا الإخباري", PARAGRAPH], None).sources == ("رؤيا الإخباري",)
    # Two credits in one line: "الجزيرة + وكالات".
    assert split_body([PARAGRAPH, "المصدر : الجزيرة + وكالات"], None).sources == ("الجزيرة", "وكالات")


def test_follow_prompts_are_furniture_and_a_read_also_headline_loses_its_dots() -> None:
    prompts = ["للمزيد من الأخبار تابعونا على تويتر @spagov", "تابعوا آخر أخبار سكاي نيوز عربية عبر Google News"]
    assert without_furniture([*prompts, PARAGRAPH]) == [PARAGRAPH]
    followed = "تابعوا المباراة من المدرجات حتى صافرة النهاية"  # they followed the match: no platform
    assert without_furniture([followed]) == [followed]
    link = "اقرأ أيضا.. البنك المركزي يثبت أسعار الفائدة"
    sections = split_body([PARAGRAPH, link, PARAGRAPH], None)
    assert [r.title for r in sections.related] == ["البنك المركزي يثبت أسعار الفائدة"]


def test_a_source_credited_twice_is_listed_once() -> None:
    opening = "سبق – وكالات: " + PARAGRAPH
    # (Sabq credits itself and the agencies it took the story from.)
    assert split_body([opening, "المصدر: وكالات", "المصدر: واس"], None).sources == ("سبق", "وكالات", "واس")


def test_an_agency_closing_the_dateline_is_a_credit() -> None:
    head = split_head(["تبون يستقبل وزير الخارجية الإيطالي", "الجزائر في 12 جانفي 2024 (وأج)", PARAGRAPH])
    assert head.dateline is not None and head.dateline.date.value.month == 1
    assert split_body(head.rest, head.title).sources == ("وأج",)
    aside = split_head(["عنوان الخبر في سطر واحد", "12 يناير 2024 (بتوقيت القاهرة)", PARAGRAPH])
    assert aside.rest == (PARAGRAPH,)


def test_captions_video_teasers_and_a_lone_agency_at_the_foot() -> None:
    caption = "الصورة: عناصر من الدفاع المدني السوري يبحثون عن ناجين (أ ف ب)"
    assert without_furniture([caption, "Photo: Reuters", "تابع أحدث الأخبار عبر تطبيق Google news", PARAGRAPH]) == [
        PARAGRAPH
    ]
    teaser = "شاهد: لحظة انتشال طفلة من تحت الأنقاض"
    sections = split_body(["بغداد/ الأناضول", PARAGRAPH, teaser, PARAGRAPH, "الأناضول"], None)
    assert sections.paragraphs == (PARAGRAPH, PARAGRAPH) and sections.sources == ("الأناضول",)
    assert [r.title for r in sections.related] == ["لحظة انتشال طفلة من تحت الأنقاض"]
    assert split_body(["الرياض: واس", PARAGRAPH], None).sources == ("واس",)  # or with a colon
    assert split_body(["ARAB NEWS", PARAGRAPH], None).sources == ("ARAB NEWS",)  # an outlet in capitals
    assert split_body(["ANALYSIS", PARAGRAPH], None) == split_body(["ANALYSIS", PARAGRAPH], None, scraped=False)
    assert split_body(["ANALYSIS", PARAGRAPH], None).sources == ()
    assert split_body(["غزة: قصف متواصل", PARAGRAPH], None).sources == ()  # no agency: a subtitle


def test_a_latin_tag_label_alone_on_its_line_and_a_foot_credit_after_a_read_also_link() -> None:
    english = "The truce between Israel and Hamas has been extended for another two days, mediator Qatar has announced."
    lines = [
        english,
        "More on this story",
        "Who are the hostages held by Hamas?",
        "Related Topics",
        "Israel-Gaza war",
        "Qatar",
    ]
    sections = split_body(lines, None)
    assert sections.paragraphs == (english,) and sections.tag_lines == ("Israel-Gaza war، Qatar",)
    assert [r.title for r in sections.related] == ["Who are the hostages held by Hamas?"]
    french = "Le roi Mohammed VI avait appelé en octobre à accélérer la construction d'usines de dessalement."
    lines = [french, "Lire aussi | Au Maroc, la sécheresse pousse les agriculteurs à l'exode", "Le Monde avec AFP"]
    assert split_body(lines, None).sources == ("Le Monde", "AFP")


def test_author_metadata_is_credited_without_its_byline_label() -> None:
    assert credited_names("كتب فهد التركي") == ("فهد التركي",)
    assert credited_names("By Jane Smith; John Doe; Jane Smith") == ("Jane Smith", "John Doe")
    assert credited_names("Bertrand Bissuel") == ("Bertrand Bissuel",)  # "Ber…" is no label
    assert credited_names(None) == ()


def test_the_outlets_name_above_the_headline_the_writer_and_the_dateline_below() -> None:
    headline = "Dubai rents rise 20% as demand outstrips supply"
    head = split_head(["The National", headline, "Sarah Townsend", "Nov 14, 2023", PARAGRAPH])
    assert (head.title, head.bylines) == (headline, ("Sarah Townsend",))
    sections = split_body(head.rest, head.title)
    assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), ("The National",))


def test_a_section_name_above_the_headline_is_not_the_title() -> None:
    lines = ["سياسة", "مجلس النواب الأردني يقر قانون الموازنة العامة لسنة 2024", "الأحد 14/01/2024 الساعة 16:45", PARAGRAPH]
    head = split_head(lines)
    assert head.title == lines[1] and head.dateline is not None and head.rest == (PARAGRAPH,)
    assert split_head(["عربي ودولي", lines[1], PARAGRAPH]).title == lines[1]  # the article right below
    assert split_head(["صحيفة سبق الإلكترونية", lines[1], PARAGRAPH]).title == lines[1]  # or the site's name
    # A short headline with a subtitle that a sentence-less line follows keeps its place.
    short = ["قمة الرياض", "القادة العرب يطالبون بوقف فوري لإطلاق النار", "صورة جماعية للقادة"]
    assert split_head(short).title == "قمة الرياض"
    # A scraper that copied the headline twice (<h1> and the social title) under the "عاجل" kicker.
    urgent = ["عاجل", lines[1], lines[1], "التاريخ: 2024/01/14", PARAGRAPH]
    head = split_head(urgent)
    assert head.title == lines[1] and head.dateline is not None and head.rest == (PARAGRAPH,)


def test_a_wire_copyright_notice_and_a_bare_avec_afp() -> None:
    notice = (
        "Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast,"
        " rewritten or redistributed without permission."
    )
    assert without_furniture([PARAGRAPH, notice, "© 2024 جميع الحقوق محفوظة لصحيفة الشرق الأوسط"]) == [PARAGRAPH]
    claim = "Copyright lawyers say the ruling leaves all rights reserved to the authors, not to the publishers who paid."
    assert without_furniture([claim]) == [claim]  # no year after "Copyright": a sentence
    assert split_body([PARAGRAPH, "Avec AFP"], None).sources == ("AFP",)


def test_a_tail_of_ranked_headlines_with_their_times() -> None:
    tail = ["الأكثر قراءة", "1. ارتفاع أسعار النفط لأعلى مستوى في شهرين", "منذ 3 ساعات", "2) مصر تعلن موعد التوقيت الشتوي"]
    sections = split_body([PARAGRAPH, "المصدر: وكالات", *tail], None)
    assert [r.title for r in sections.related] == ["ارتفاع أسعار النفط لأعلى مستوى في شهرين", "مصر تعلن موعد التوقيت الشتوي"]
    linked = "اقرأ أيضاً: صندوق النقد يخفض توقعاته"  # linked inside the article and again in the tail: once
    sections = split_body([PARAGRAPH, linked, PARAGRAPH, "المصدر: وكالات", "ذات صلة", "صندوق النقد يخفض توقعاته"], None)
    assert [r.title for r in sections.related] == ["صندوق النقد يخفض توقعاته"]


def test_another_story_glued_on_without_a_marker_is_cut_off() -> None:
    title = "الحكومة المغربية تصادق على مشروع قانون المالية لسنة 2024"
    article = [
        "صادق مجلس الحكومة اليوم الخميس على مشروع قانون المالية لسنة 2024 الذي يتوقع نسبة نمو تبلغ 3.7 في المائة.",
        "ويرتقب أن يحال المشروع على البرلمان قبل 20 أكتوبر الجاري وفق ما ينص عليه القانون التنظيمي لقانون المالية.",
    ]
    glued = [
        "المنتخب المغربي يواجه ليبيريا في تصفيات كأس أمم أفريقيا",
        "يواجه المنتخب المغربي لكرة القدم نظيره الليبيري مساء الثلاثاء في إطار الجولة الأخيرة من تصفيات كأس أمم أفريقيا.",
    ]
    sections = split_body([*article, *glued], title)
    assert sections.paragraphs == tuple(article)
    assert [(r.title, r.text) for r in sections.related] == [(glued[0], glued[1])]
    assert split_body([*article, *glued], title, scraped=False).paragraphs == (*article, *glued)  # HTML keeps it
    # A sub-heading names what the headline names.
    heading = [
        "مشروع قانون المالية أمام البرلمان",
        "يناقش البرلمان مشروع قانون المالية في جلسات تمتد أسبوعين قبل التصويت عليه.",
    ]
    assert split_body([*article, *heading, "المصدر: وكالات"], title).paragraphs == (*article, *heading)
    # A credit line below the glued story is that story's: it does not make the story the article's.
    credited = split_body([*article, *glued, "المصدر: وكالات"], title)
    assert (credited.paragraphs, credited.sources) == (tuple(article), ())


def test_a_wire_storys_opening_dates_it_when_nothing_else_does() -> None:
    opening = "DUBAI, Sept 5 (Reuters) - Saudi Aramco raised the October official selling price for Arab Light crude."
    wire = read_wire_dateline(opening, datetime(2023, 9, 6, 8, tzinfo=UTC))
    assert wire is not None and wire.date.value == datetime(2023, 9, 5, tzinfo=UTC)
    assert wire.text == "DUBAI, Sept 5 (Reuters)"
    paris = "PARIS, 3 janvier (AFP) - Le gouvernement a annoncé un plan."
    french = read_wire_dateline(paris, datetime(2024, 1, 4, tzinfo=UTC))
    assert french is not None and french.date.value == datetime(2024, 1, 3, tzinfo=UTC)
    arabic = read_wire_dateline("دبي 5 سبتمبر أيلول (رويترز) - " + PARAGRAPH, datetime(2023, 9, 5, 20, tzinfo=UTC))
    assert arabic is not None and arabic.date.value == datetime(2023, 9, 5, tzinfo=UTC)
    # Late December's story fetched in January is last year's; a day months back is no wire's dateline.
    december = read_wire_dateline(opening.replace("Sept 5", "Dec 30"), datetime(2024, 1, 2, tzinfo=UTC))
    assert december is not None and december.date.value == datetime(2023, 12, 30, tzinfo=UTC)
    assert read_wire_dateline(opening, datetime(2024, 3, 1, tzinfo=UTC)) is None
    statement = "DUBAI, Sept 5 (in a statement) - the ministry said."  # no agency in the parentheses
    assert read_wire_dateline(statement, datetime(2023, 9, 6, tzinfo=UTC)) is None
    assert split_body([PARAGRAPH, "— AFP"], None).sources == ("AFP",)


def test_today_counts_from_the_datelines_own_day_when_its_zone_puts_utc_on_another() -> None:
    text = (
        "الحكومة تقر الموازنة\nآخر تحديث: الاثنين 13 نوفمبر 2023 - 01:35 بتوقيت القدس\nأقرت الحكومة اليوم الاثنين "
        + PARAGRAPH
    )
    record = parse_article(text.encode())
    assert isinstance(record, Article) and record.published_at is not None and record.published_at.day == 12  # in UTC
    assert record.enrichment is not None
    assert {m.date.isoformat() for m in record.enrichment.mentioned_dates} == {"2023-11-13"}  # "اليوم", twice


def test_a_paragraph_cut_mid_sentence_and_sentences_that_only_end_on_a_small_word() -> None:
    cut = ["بلغت القيمة 23.19 مليار دولار و1.", "وقال إن المفاوضات ستستأنف في", "He said the talks would resume on"]
    cut += ["ورحب الوزير بالقرار وقال", "وأشاد الوزير بالقرار، مضيفا"]  # a verb of saying, its quote gone
    assert all(is_cut_off(p, last=False) for p in cut)
    cut += ["مسجلا 26 نقطة مع 11 متابعة و13"]  # a number cut with no stop after it
    whole = ["He was sworn in.", "There may be something to that.", "I didn't ask you to.", 'وتابع: "سنواصل العمل"']
    whole += ["ترجع الوثيقة للفترة بين عامي 568 و645.", "سجل هدفين في الدقيقتين 49 و75.", "توج باللقب في 2000 و2001"]
    whole += ["وهي أزمة لم نشهدها من قبل.", "فإن شيئا لم يتم حسمه بعد.", "للتواصل: Twasul@okaz.com.sa"]  # a stop, an address
    assert not any(is_cut_off(p, last=True) for p in whole)


def test_an_appended_story_after_the_articles_own_credits_keeps_its_credit_and_tags() -> None:
    appended = "وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى تل أبيب في جولة جديدة هي الرابعة منذ بدء الحرب."
    lines = [
        PARAGRAPH,
        "اقرأ أيضاً: الإفراج عن الدفعة الرابعة من الأسرى",  # a link inside the article: the article goes on
        PARAGRAPH,
        "المصدر: الجزيرة",
        "كلمات دلالية: قطر غزة الهدنة",
        "إقرأ أيضاً:",
        "بلينكن يزور المنطقة للمرة الرابعة",
        appended,
        "المصدر: رويترز",
        "كلمات دلالية: بلينكن إسرائيل",
    ]
    sections = split_body(lines, "قطر تعلن تمديد الهدنة في غزة يومين إضافيين")
    assert (sections.paragraphs, sections.sources, sections.tag_lines) == (
        (PARAGRAPH, PARAGRAPH),
        ("الجزيرة",),
        ("قطر غزة الهدنة",),
    )
    assert [(r.title, r.text) for r in sections.related][-1] == ("بلينكن يزور المنطقة للمرة الرابعة", appended)


def test_an_embedded_posts_frame_is_furniture_and_its_text_loses_the_link() -> None:
    tweet = "الأمير فيصل بن فرحان يلتقي وزير الخارجية الأمريكي في الرياض. pic.twitter.com/AbCdEf123"
    lines = [
        PARAGRAPH,
        tweet,
        "— وزارة الخارجية 🇸🇦 (@KSAmofaAR) November 2, 2023",
        "View this post on Instagram",
        "A post shared by Leo Messi (@leomessi)",
        "شاهد الفيديو:",
        "Watch:",
        "فيديو:",
        "Watch on YouTube",
        PARAGRAPH,
    ]
    assert without_furniture(lines) == [PARAGRAPH, tweet.removesuffix(" pic.twitter.com/AbCdEf123"), PARAGRAPH]
    teaser = "شاهد الفيديو: لحظة انتشال طفلة من تحت الأنقاض"  # a teaser's headline stays for the read-also reader
    assert without_furniture([teaser]) == [teaser]
    quoted = "— قال الوزير (@وزارة) إن المفاوضات مستمرة منذ أسابيع طويلة بين الطرفين بوساطة قطرية ومصرية."
    assert without_furniture([quoted]) == [quoted]  # a sentence after the handle: not a signature


def test_a_photo_caption_credited_to_an_agency_is_not_a_paragraph() -> None:
    captions = ["فلسطينيون يتفقدون الدمار في مخيم جباليا - رويترز", "Rescuers search the rubble in Derna (AFP)"]
    captions += ["وزير الصحة خلال المؤتمر الصحفي (صورة من الوزارة)", "Firefighters at the scene (Photo by Jane Doe)"]
    sections = split_body(["غزة - رويترز", PARAGRAPH, *captions, PARAGRAPH], None)
    assert sections.paragraphs == (PARAGRAPH, PARAGRAPH) and sections.sources == ("رويترز",)
    closing = "وأكد الوزير أهمية التعاون بين البلدين. (واس)"  # an agency's copy ends on a sentence first
    assert split_body([PARAGRAPH, closing], None).paragraphs == (PARAGRAPH, closing)
    short = "الوزير يصل - رويترز"  # too few words to describe a picture
    assert split_body([PARAGRAPH, short, PARAGRAPH], None).paragraphs == (PARAGRAPH, short, PARAGRAPH)


def test_after_a_read_also_link_a_paragraph_that_goes_on_from_before_is_the_articles() -> None:
    going_on = "وأضاف أن الطلب على المشغولات الذهبية تراجع بنسبة 30% خلال الشهر الماضي بسبب ارتفاع الأسعار."
    lines = [PARAGRAPH, "اقرأ أيضا..", "أسعار الحديد والأسمنت اليوم الخميس", going_on]
    sections = split_body(lines, "ارتفاع أسعار الذهب في مصر اليوم")
    assert sections.paragraphs == (PARAGRAPH, going_on)
    assert [(r.title, r.text) for r in sections.related] == [("أسعار الحديد والأسمنت اليوم الخميس", "")]
    fresh = "أعلنت وزارة التجارة ارتفاع أسعار الحديد والأسمنت في الأسواق المحلية خلال تعاملات اليوم الخميس."
    appended = split_body([PARAGRAPH, "اقرأ أيضا..", "أسعار الحديد والأسمنت اليوم الخميس", fresh], None)
    assert appended.paragraphs == (PARAGRAPH,) and appended.related[0].text == fresh  # another story starts


def test_a_correspondents_line_credits_the_outlet_in_guillemets() -> None:
    assert split_body(["بيروت - «الشرق الأوسط»", PARAGRAPH], None).sources == ("الشرق الأوسط",)
    assert split_body(["لندن: «الشرق الأوسط»", PARAGRAPH], None).sources == ("الشرق الأوسط",)


def test_an_interviewers_byline() -> None:
    assert split_body(["حاوره: خالد محمود", PARAGRAPH], None).sources == ("خالد محمود",)
    assert split_body(["أجرى الحوار - سارة علي", PARAGRAPH], None).sources == ("سارة علي",)


def test_the_outlet_a_page_credits_leaves_its_headline() -> None:
    page = "\n".join(
        [
            "قمة الرياض تطالب بوقف فوري للحرب على غزة | الشرق الأوسط",
            "الرياض: «الشرق الأوسط»",
            "السبت - 27 شهر ربيع الآخر 1445 هـ - 11 نوفمبر 2023 مـ",
            PARAGRAPH,
        ]
    )
    article = parse_article(page.encode())
    assert isinstance(article, Article)
    assert (article.title, article.sources) == ("قمة الرياض تطالب بوقف فوري للحرب على غزة", ("الشرق الأوسط",))
    assert article.published_at == datetime(2023, 11, 11, tzinfo=UTC)
    uncredited = parse_article(page.replace("الرياض: «الشرق الأوسط»\n", "").encode())
    assert isinstance(uncredited, Article) and uncredited.title == page.split("\n")[0]  # nothing to match: it stays


def test_space_joined_tags_keep_a_construct_whose_first_noun_the_text_writes_only_with_the_article() -> None:
    evidence = "قرر البنك رفع الفائدة لكبح التضخم في مصر، وتحقيق استقرار الأسعار."
    assert split_tags(["مصر التضخم أسعار الفائدة"], evidence) == ("مصر", "التضخم", "أسعار الفائدة")
    # A name the text writes bare ("مصر") heads no construct: "مصر التضخم" stays two tags.
    assert split_tags(["أسعار مصر التضخم"], evidence + " أسعار") == ("أسعار", "مصر", "التضخم")


def test_a_bylines_job_title_goes_and_the_byline_repeated_at_the_foot_is_a_credit() -> None:
    english = "The new rules come as the country seeks to attract talent and boost its economy this year."
    sections = split_body(["By Sajila Saseendran, Senior Reporter", english, "More from UAE", "Abu Dhabi metro opens"], None)
    assert sections.sources == ("Sajila Saseendran",) and sections.paragraphs == (english,)
    assert [r.title for r in sections.related] == ["Abu Dhabi metro opens"]  # "More from UAE" heads them
    french = "Le secrétaire général des Nations unies a réclamé jeudi une pause humanitaire immédiate à Gaza."
    lines = ["Par Benjamin Barthe (Beyrouth, correspondant)", french, "Benjamin Barthe (Beyrouth, correspondant)"]
    lines += ["Contribuer", "Réutiliser ce contenu"]
    sections = split_body(without_furniture(lines), None)
    assert (sections.sources, sections.paragraphs) == (("Benjamin Barthe",), (french,))
    assert split_body(["Par Jean Dupont (AFP)", french], None).sources == ("Jean Dupont (AFP)",)  # no job named


def test_a_preposition_in_space_joined_tags_joins_its_neighbours_and_never_ends_a_tag() -> None:
    evidence = "شنت إسرائيل غارات جديدة على قطاع غزة، فيما أعلنت حركة حماس استهداف مواقع عسكرية."
    assert split_tags(["الحرب على غزة إسرائيل حماس"], evidence) == ("الحرب على غزة", "إسرائيل", "حماس")
    # Written in the text ("غارات جديدة على"), a phrase ending on the preposition is still no tag.
    assert split_tags(["غارات جديدة على قطاع غزة"], evidence) == ("غارات جديدة على قطاع غزة",)


def test_bbc_photo_labels_and_the_caption_a_label_alone_announces_are_furniture() -> None:
    lines = ["مصدر الصورة،Getty Images", "التعليق على الصورة،", "جيروم باول خلال مؤتمر صحفي في واشنطن", PARAGRAPH]
    assert without_furniture(lines) == [PARAGRAPH]
    assert without_furniture(["Image caption, Rescuers at the site", PARAGRAPH]) == [PARAGRAPH]
    # Without the label, the same short line stays (a sub-heading reads so too).
    assert without_furniture(["جيروم باول خلال مؤتمر صحفي في واشنطن", PARAGRAPH])[0].startswith("جيروم")


def test_a_follow_prompt_whose_platform_links_were_dropped_is_furniture() -> None:
    assert without_furniture([PARAGRAPH, "تابعوا RT على", "Follow us on"]) == [PARAGRAPH]
    going_on = "وتابع الوزير على مدى يومين أعمال المؤتمر الذي عقد في العاصمة بحضور عدد من المسؤولين."
    assert without_furniture([going_on]) == [going_on]  # "تابع … على" inside a sentence


def test_outlets_credited_alone_by_place_or_with_their_writer() -> None:
    sections = split_body(["دبي - العربية.نت", PARAGRAPH, "اليوم السابع"], None)
    assert sections.sources == ("العربية.نت", "اليوم السابع") and sections.paragraphs == (PARAGRAPH,)
    assert split_body(["بي بي سي نيوز عربي", PARAGRAPH], None).sources == ("بي بي سي نيوز عربي",)
    assert split_body(["هسبريس - عبد الرحيم العسري", PARAGRAPH], None).sources == ("هسبريس", "عبد الرحيم العسري")
    assert split_body(["هسبريس - الرباط", PARAGRAPH], None).sources == ("هسبريس",)  # a place after it: no writer
    tail = split_body([PARAGRAPH, "المزيد من العربية", "أسعار النفط تتراجع مع تزايد المخاوف من الطلب"], None)
    assert [r.title for r in tail.related] == ["أسعار النفط تتراجع مع تزايد المخاوف من الطلب"]


def test_a_writers_name_and_job_between_the_headline_and_the_dateline_are_the_byline() -> None:
    title = "هل تنجح الوساطة القطرية في إطلاق سراح الرهائن؟"
    lines = [title, "أحمد الخطيب", "صحافي متخصص في الشؤون الدولية", "الخميس 2 نوفمبر 2023 11:30", PARAGRAPH]
    head = split_head(lines)
    assert (head.title, head.bylines, head.rest) == (title, ("أحمد الخطيب",), (PARAGRAPH,))
    assert head.dateline is not None
    # A headline-like line there (definite, joined) or a section's name is no byline; nor is any line
    # without a dateline below it (a photo's caption reads so).
    for between in ("التحول الرقمي ومستقبل التعليم", "أخبار محلية"):
        assert split_head([title, between, "الخميس 2 نوفمبر 2023 11:30", PARAGRAPH]).bylines == ()
    assert split_head([title, "أحمد الخطيب", PARAGRAPH]).bylines == ()
    # The job and the writer's account on the name's line (Independent Arabia); a surname that is a job's word stays.
    for byline, name in (("مصطفى عيد صحافي @mostafaeid", "مصطفى عيد"), ("مصطفى عيد صحافي", "مصطفى عيد")):
        assert split_head([title, byline, "الخميس 2 نوفمبر 2023 10:45", PARAGRAPH]).bylines == (name,)
    assert split_head([title, "محمد كاتب", "الخميس 2 نوفمبر 2023 10:45", PARAGRAPH]).bylines == ("محمد كاتب",)
    # Beside the name, the page's kicker ("Dubai", The National) goes with it.
    english = ["UAE announces $30bn climate fund", "Dubai", "Nick Webster", "Dec 01, 2023", "The UAE has announced a fund."]
    assert split_head(english).bylines == ("Nick Webster",) and split_head(english).rest == (english[-1],)
    # A labelled byline there stays the body's to credit, label removed.
    labelled = parse_article("\n".join([title, "كتب محمود عبد الراضي", "الخميس 2 نوفمبر 2023 11:30", PARAGRAPH]).encode())
    assert isinstance(labelled, Article) and labelled.sources == ("محمود عبد الراضي",)


def test_tags_listed_one_a_line_without_a_label_under_the_article() -> None:
    story = "أعلنت دولة الإمارات إرسال مستشفى ميداني إلى قطاع غزة في إطار عملية الفارس الشهم 3 الإنسانية."
    lines = [story, PARAGRAPH, "الإمارات", "غزة", "الفارس الشهم 3", "المصدر: وام"]
    sections = split_body(lines, None)
    assert sections.paragraphs == (story, PARAGRAPH) and sections.sources == ("وام",)
    assert split_tags(sections.tag_lines, story) == ("الإمارات", "غزة", "الفارس الشهم 3")
    # A list the paragraph announces, a price list, a page's links to other stories: the article's or related.
    announced = story.removesuffix(".") + " كالتالي:"
    assert split_body([announced, "الإمارات", "غزة", "مصر"], None).tag_lines == ()
    prices = [story, "عيار 24: 3657 جنيها", "عيار 21: 3200 جنيه", "عيار 18: 2743 جنيها"]
    assert split_body(prices, None).tag_lines == ()
    assert split_body([story, "كأس العالم للأندية", "نتائج الدوري الإنجليزي", "سوق الانتقالات"], None).tag_lines == ()
    ranked = [story, "ترتيب الفرق", "1. الإمارات 60", "2. غزة 48", "3. الفارس 42"]  # a ranked list: a table's
    assert split_body(ranked, None).tag_lines == ()
    assert split_body(lines, None, scraped=False).tag_lines == ()  # an HTML page's tags come from its markup


def test_wire_and_french_outlets_credits_and_a_publication_line_that_runs_into_its_update() -> None:
    english = "President Joe Biden on Wednesday called for a pause in the war to allow humanitarian aid into Gaza."
    contributed = "Associated Press writers Zeke Miller and Aamer Madhani contributed to this report."
    sections = split_body(["Arab News", english, contributed], None)
    assert sections.sources == ("Arab News", "Zeke Miller", "Aamer Madhani") and sections.paragraphs == (english,)
    french = "Le secrétaire général de l'ONU a réclamé jeudi une pause humanitaire immédiate à Gaza."
    sections = split_body(without_furniture([french, "Par : FRANCE 24", "Suivre"]), None)
    assert (sections.paragraphs, sections.sources) == ((french,), ("FRANCE 24",))
    dateline = read_dateline("Publié le : 02/11/2023 - 14:32Modifié le : 02/11/2023 - 16:05")
    assert dateline is not None and dateline.date.value == datetime(2023, 11, 2, 14, 32, tzinfo=UTC)


def test_an_outlet_in_curly_quotes_or_after_a_tatweel_dash_credits_the_outlet() -> None:
    assert split_body(["لندن- “القدس العربي”:", PARAGRAPH], None).sources == ("القدس العربي",)
    assert split_body(["عمان ـ العربي الجديد", PARAGRAPH], None).sources == ("العربي الجديد",)
    assert split_body(["غزة ـ قصف متواصل", PARAGRAPH], None).sources == ()  # no outlet: a subtitle


def test_arab_agencies_openings_date_and_credit_the_story_and_their_end_marks_are_furniture() -> None:
    fetched = datetime(2023, 11, 3, 9, tzinfo=UTC)
    openings = {
        "أبوظبي في 2 نوفمبر / وام / دعت دولة الإمارات إلى هدنة إنسانية فورية.": ("وام", datetime(2023, 11, 2, tzinfo=UTC)),
        "الدوحة في 01 نوفمبر /قنا/ أدانت دولة قطر استهداف المخيم.": ("قنا", datetime(2023, 11, 1, tzinfo=UTC)),
        "القاهرة في 1 نوفمبر /أ ش أ/ أعلنت وزارة الصحة استقبال الجرحى.": ("أ ش أ", datetime(2023, 11, 1, tzinfo=UTC)),
        "الكويت - 28 - 10 (كونا) -- رحبت دولة الكويت بالقرار.": ("كونا", datetime(2023, 10, 28, tzinfo=UTC)),
        "بكين 2 نوفمبر 2023 (شينخوا) دعا المتحدث إلى وقف النار.": ("شينخوا", datetime(2023, 11, 2, tzinfo=UTC)),
    }
    for paragraph, (agency, day) in openings.items():
        wire = read_wire_dateline(paragraph, fetched)
        assert wire is not None and wire.date.value == day, paragraph
        assert split_body([paragraph, PARAGRAPH], None).sources == (agency,), paragraph
    # A year written is the year, however old; slashes around no agency are no opening.
    old = read_wire_dateline("بكين 2 نوفمبر 2019 (شينخوا) دعا المتحدث إلى الحوار.", fetched)
    assert old is not None and old.date.value == datetime(2019, 11, 2, tzinfo=UTC)
    assert read_wire_dateline("الدوحة في 01 نوفمبر /مصدر/ أدانت قطر الهجوم.", fetched) is None
    ends = ["/انتهى/", "// انتهى //", "(النهاية) م ع ه", "18:07 ت م", "--(بترا) ع ح/ر ق"]
    sections = split_body(without_furniture([PARAGRAPH, *ends]), None)
    assert sections.paragraphs == (PARAGRAPH,) and sections.sources == ("بترا",)
    assert without_furniture(["12:00 م"]) == ["12:00 م"]  # a time, not a time and initials


def test_spas_dateline_credits_the_agency_named_after_the_date() -> None:
    spa = "الرياض 18 ربيع الآخر 1445 هـ الموافق 02 نوفمبر 2023 م واس"
    head = split_head(["سمو ولي العهد يستقبل وزير الخارجية الفرنسي", spa, PARAGRAPH])
    assert head.dateline is not None and head.rest == ("واس", PARAGRAPH)


def test_a_text_that_opens_on_its_paragraph_has_no_headline_and_an_interviewers_label() -> None:
    opening = "أطلقت وزارة الموارد البشرية اليوم الخميس برنامجا جديدا لدعم توظيف الشباب في القطاع الخاص."
    head = split_head([opening, "وأوضحت الوزارة أن البرنامج يشمل:", PARAGRAPH])
    assert head.title is None and head.rest[0] == opening
    # A headline above a paragraph that goes on is still the headline.
    assert split_head(["الوزارة تطلق برنامجا لتوظيف الشباب", "وأوضحت الوزارة أن البرنامج يشمل:"]).title is not None
    assert split_body(["حوار: سارة المطيري", PARAGRAPH], None).sources == ("سارة المطيري",)


def test_an_appended_storys_dateline_is_not_a_headline_of_its_own() -> None:
    story = "ضبط مراقبو الأمانة عددا من المواقع التي تعمل بها عمالة مخالفة، وحولتها إلى معامل للخياطة."
    blocks = group_related(
        ["أمانة عسير تضبط مصانع داخل غرف سكنية", "أبها 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", story]
    )
    assert [(b.title, b.text) for b in blocks] == [("أمانة عسير تضبط مصانع داخل غرف سكنية", story)]


def test_english_and_french_page_lines_the_guardian_the_new_york_times_le_figaro_and_the_bbc_print() -> None:
    standfirst = "Israeli troops have surrounded Gaza City, the military says, as it presses on with its offensive."
    story = "The Israeli military said on Thursday its forces had completed the encirclement of Gaza City."
    guardian = ["Gaza City encircled, Israeli military says", standfirst, "Peter Beaumont in Jerusalem"]
    guardian += ["Thu 2 Nov 2023 14.32 GMT", "First published on Thu 2 Nov 2023 10.05 GMT", story]
    head = split_head(guardian)
    assert head.bylines == ("Peter Beaumont",) and head.rest == (standfirst, story)
    assert head.dateline is not None and head.dateline.date.value == datetime(2023, 11, 2, 10, 5, tzinfo=UTC)
    sections = split_body(
        without_furniture([story, "Explore more on these topics", "Gaza", "Israel", "Reuse this content"]), None
    )
    assert sections.paragraphs == (story,) and sections.tag_lines == ("Gaza، Israel",)
    nyt = without_furniture(["Updated 2:32 p.m. ET", "By Jeanna Smialek", "Reporting from Washington", story])
    assert split_body(nyt, None).paragraphs == (story,)
    figaro = without_furniture(["Écouter cet article", "00:00/03:12", story, "Sujets", "Israël", "Hamas"])
    assert split_body(figaro, None).paragraphs == (story,)
    assert split_body(["By David Gritten", "BBC News", story], None).sources == ("David Gritten", "BBC News")


def test_an_opinion_columns_head_and_sabqs_openings_credit_the_writer_and_the_outlet() -> None:
    column = ["مقالات", "عبدالرحمن الراشد", "غزة وحسابات ما بعد الحرب", "نشر في: 02 نوفمبر 2023", PARAGRAPH]
    head = split_head(column)
    assert (head.title, head.bylines, head.rest) == ("غزة وحسابات ما بعد الحرب", ("عبدالرحمن الراشد",), (PARAGRAPH,))
    foot = ['* نقلاً عن "الشرق الأوسط"', "تنويه: جميع المقالات المنشورة تعبر عن رأي كتابها ولا تعبر عن رأي الموقع."]
    sections = split_body(without_furniture([PARAGRAPH, *foot]), None)
    assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), ("الشرق الأوسط",))
    for opening, credits in (
        ("مهنا التميمي- سبق- الجوف: ", ("سبق",)),
        ("دعاء بهاء الدين- ريم سليمان- سبق- جدة: ", ("سبق",)),
        ("واس- الرياض: ", ("واس",)),
        ("القاهرة - أ ش أ - ", ("أ ش أ",)),
    ):
        assert split_body([opening + PARAGRAPH], None).sources == credits, opening
    assert split_body(["الرياض - سبق", PARAGRAPH], None).sources == ("سبق",)


def test_more_arabic_read_also_headings() -> None:
    for marker in ("روابط ذات صلة", "أخبار ذات علاقة", "ربما يعجبك أيضا", "قصص ذات صلة", "موضوعات متعلقة"):
        sections = split_body([PARAGRAPH, marker, "الذهب يرتفع إلى أعلى مستوى في ستة أشهر"], None)
        assert [r.title for r in sections.related] == ["الذهب يرتفع إلى أعلى مستوى في ستة أشهر"], marker
    assert [r.title for r in split_body([PARAGRAPH, "تابع أيضا: الذهب يرتفع"], None).related] == ["الذهب يرتفع"]
    going_on = "تابع الوزير أيضا جولته في المنطقة الشرقية واطلع على سير العمل في المشاريع الجديدة."
    assert split_body([PARAGRAPH, going_on], None).paragraphs == (PARAGRAPH, going_on)


def test_more_arab_outlets_openings_gulf_bylines_and_a_colon_after_a_bare_byline() -> None:
    fetched = datetime(2023, 11, 3, tzinfo=UTC)
    wafa = "رام الله 2-11-2023 وفا- استقبل رئيس دولة فلسطين محمود عباس وفدا من الاتحاد الأوروبي."
    wire = read_wire_dateline(wafa, fetched)
    assert wire is not None and wire.date.value == datetime(2023, 11, 2, tzinfo=UTC)
    assert split_body([wafa], None).sources == ("وفا",)
    for opening, credit in (("شفق نيوز/ ", "شفق نيوز"), ("وطنية - ", "وطنية")):
        assert split_body([opening + PARAGRAPH], None).sources == (credit,), opening
    assert split_body(["كتب محمد إبراهيم:", PARAGRAPH, "القبس"], None).sources == ("محمد إبراهيم", "القبس")
    # A place and a person the news names as such: the Gulf papers' byline; a place and a subtitle: no credit.
    assert split_body(["دبي: محمد إبراهيم", PARAGRAPH], None).sources == ("محمد إبراهيم",)
    assert split_body(["القاهرة: أحمد علي", PARAGRAPH], None).sources == ("أحمد علي",)
    for subtitle in ("غزة: قصف متواصل", "بيروت: قصف إسرائيلي"):
        assert split_body([subtitle, PARAGRAPH], None).sources == (), subtitle


def test_related_headings_of_any_kind_of_item_and_relation() -> None:
    markers = ("مواضيع قد تهمك", "أخبار مشابهة", "مقالات مرتبطة", "فيديوهات ذات صلة", "الأكثر شعبية", "طالع كذلك")
    for marker in (*markers, "الخبر التالي", "المقال السابق:", "Next article"):  # and the next or previous story
        sections = split_body([PARAGRAPH, marker, "الذهب يرتفع إلى أعلى مستوى في ستة أشهر"], None)
        assert sections.paragraphs == (PARAGRAPH,), marker
        assert [r.title for r in sections.related] == ["الذهب يرتفع إلى أعلى مستوى في ستة أشهر"], marker
    sentence = "مقالات ذات صلة بالحرب نشرتها الصحف الغربية أثارت جدلا واسعا في الأوساط السياسية."
    assert split_body([PARAGRAPH, sentence], None).paragraphs == (PARAGRAPH, sentence)


def test_place_and_agency_lines_with_a_trailing_dash_or_the_agency_in_parentheses() -> None:
    for opening, credit in (("عمّان - بترا - ", "بترا"), ("نيويورك ـ (أ ف ب):", "أ ف ب"), ("القاهرة - (رويترز)", "رويترز")):
        sections = split_body([opening, PARAGRAPH], None)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), (credit,)), opening
    # An outlet and its section at the foot, and Reuters' Arabic service's credits in parentheses.
    footer = "(تغطية صحفية أليكس لولر - إعداد مروة سلام للنشرة العربية - تحرير أحمد إلهامي)"
    sections = split_body([PARAGRAPH, "هسبريس - رياضة", footer], None)
    assert sections.paragraphs == (PARAGRAPH,)
    assert sections.sources == ("هسبريس", footer.strip("()"))
    liberation = "(تحرير الأسرى كان مطلبا رئيسيا للمفاوضين طوال الأسابيع الماضية)"
    assert split_body([PARAGRAPH, "تحرير الأسرى كان مطلبا رئيسيا للمفاوضين"], None).sources == ()
    assert split_body([PARAGRAPH, liberation], None).sources != ()  # parenthesised: the service's form


def test_a_byline_between_a_dateline_on_top_and_the_headline() -> None:
    lines = ["نشر في : 02 - 11 - 2023 | 10:30", "بقلم: سامي العلي", "الذكاء الاصطناعي يغير وجه الصحافة العربية", PARAGRAPH]
    head = split_head(lines, None)
    assert head.title == "الذكاء الاصطناعي يغير وجه الصحافة العربية"
    assert head.dateline is not None and head.dateline.date.value == datetime(2023, 11, 2, 10, 30, tzinfo=UTC)
    sections = split_body(head.rest, head.title)
    assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), ("سامي العلي",))
    for label in ("الكلمات الدالة", "كلمات البحث", "التاغات"):
        tags = split_body([PARAGRAPH, f"{label}: الذكاء الاصطناعي - الصحافة"], None).tag_lines
        assert tags == ("الذكاء الاصطناعي - الصحافة",), label


def test_an_appended_storys_dateline_credit_and_short_last_paragraph_stay_with_it() -> None:
    story = "طالب الرئيس الأوكراني فولوديمير زيلينسكي الدول الغربية بتزويد بلاده بمزيد من أنظمة الدفاع الجوي قبل الشتاء."
    head = ["زيلينسكي يطالب الغرب بمزيد من أنظمة الدفاع", "كييف - أ ف ب", "تاريخ النشر : 11 نوفمبر 2023"]
    lines = [PARAGRAPH, "إقرأ أيضاً:", *head]
    related = split_body([*lines, story, "وأرجع ذلك إلى اقتراب فصل الشتاء."], None).related
    assert [(r.title, r.text) for r in related] == [
        ("زيلينسكي يطالب الغرب بمزيد من أنظمة الدفاع", f"{story}\n\nوأرجع ذلك إلى اقتراب فصل الشتاء.")
    ]


def test_a_paper_named_with_a_common_word_after_its_place_and_a_tweet_button() -> None:
    for opening, paper in (("عمان - الغد", "الغد"), ("بيروت - النهار", "النهار")):
        sections = split_body([opening, PARAGRAPH], None)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), (paper,)), opening
    for subtitle in ("غزة - الحرب", "الرياض - جدة"):  # no paper, or no place first
        assert split_body([subtitle, PARAGRAPH], None).sources == (), subtitle
    assert without_furniture([PARAGRAPH, "شارك", "تغريد", "واتساب"]) == [PARAGRAPH]


def test_the_readers_comments_and_poll_under_the_article_and_a_newsletter_box_are_furniture() -> None:
    comments = ["التعليقات (3)", "أضف تعليقك", "محمد: خبر جيد للاقتصاد الوطني", "سعيد: نتمنى أن ينعكس ذلك على المواطن"]
    assert without_furniture([PARAGRAPH, *comments, "الوسوم: المغرب، الفوسفات"]) == [PARAGRAPH, "الوسوم: المغرب، الفوسفات"]
    assert without_furniture([PARAGRAPH, "استطلاع رأي", "هل تتوقع صمود الهدنة؟", "نعم", "لا"]) == [PARAGRAPH]
    # Above the article the heading only counts the comments; a line longer than a reader's is the article's.
    assert without_furniture(["التعليقات (3)", PARAGRAPH]) == [PARAGRAPH]
    long = " ".join([PARAGRAPH] * 4)
    assert without_furniture([PARAGRAPH, "تعليقات", "أحمد: رائع", long]) == [PARAGRAPH, long]
    box = ["تفاصيل الخبر", PARAGRAPH, "اشترك في نشرتنا البريدية", "أدخل بريدك الإلكتروني", "اشتراك"]
    assert without_furniture(box) == [PARAGRAPH]


def test_more_byline_labels_and_compiled_from_follow_ups() -> None:
    for line in ("ترجمة: محمد علي", "بقلم / محمد علي", "محرر الخبر: محمد علي", "الكاتبة: منى علي"):
        assert split_body([PARAGRAPH, line], None).sources[0].endswith("علي"), line
    assert split_body([PARAGRAPH, "متابعات"], None).sources == ("متابعات",)
    # Who compiled it from the wires, above the story: the outlet or the writer, then "compiled".
    for opening in ("عين اليوم – متابعات", "سلوى سعد – متابعات"):
        sections = split_body([opening, PARAGRAPH], None)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), (opening.split(" – ")[0], "متابعات"))
    for place in ("الرياض", "رام الله", "بيت لحم"):  # a place, which the word table may not know: no compiler
        assert split_body([f"{place} - وكالات", PARAGRAPH], None).sources == ("وكالات",), place
    report = "تقرير: أزمة المياه في العراق"  # a headline's opening, not a byline
    assert split_body([PARAGRAPH, report], None).sources == ()


def test_english_and_french_bylines_an_agency_in_parentheses_and_related_coverage() -> None:
    paragraph = "Oil prices rose more than 2% on Tuesday as investors bet that OPEC+ would agree to deepen cuts."
    for byline, name in (("Story by Jane Doe", "Jane Doe"), ("By Staff Writer, Gulf News", "Gulf News")):
        assert split_body([byline, paragraph], None).sources == (name,), byline
    sections = split_body([paragraph, "(Avec AFP)", "Related Coverage", "World leaders gather in Dubai"], None)
    assert sections.sources == ("AFP",)
    assert [r.title for r in sections.related] == ["World leaders gather in Dubai"]


def test_after_a_read_also_link_a_short_sentence_that_goes_on_is_the_articles() -> None:
    going_on = "وتوقع البنك أن يتباطأ التضخم تدريجيا خلال العام المقبل."  # nine words: no paragraph by length
    sections = split_body([PARAGRAPH, "اقرأ أيضًا: صندوق النقد يؤجل مراجعة برنامج مصر", going_on], None)
    assert sections.paragraphs == (PARAGRAPH, going_on)
    assert [r.title for r in sections.related] == ["صندوق النقد يؤجل مراجعة برنامج مصر"]


def test_an_outlet_or_writer_no_list_names_by_what_stands_beside_it() -> None:
    credits = (
        ("رووداو ديجيتال", ("رووداو ديجيتال",)),  # a word outlets' names hold
        ("الشروق أونلاين", ("الشروق أونلاين",)),
        ("عنب بلدي – دمشق", ("عنب بلدي",)),  # where it writes from
        ("عين اليوم – الرياض", ("عين اليوم",)),
        ("حاتم النجيمي – الخرمة", ("حاتم النجيمي",)),  # a writer, then any town
        ("أخبارنا المغربية - محمد الإدريسي", ("أخبارنا المغربية", "محمد الإدريسي")),  # and its writer
        ("رغد عشميل – عين اليوم", ("رغد عشميل", "عين اليوم")),  # a writer, then the outlet
        ("أحمد الغامدي - مكة المكرمة", ("أحمد الغامدي",)),  # a writer, then a town of two words
        ("عين اليوم – ليل الفرنسية", ("عين اليوم",)),  # the outlet, then a town and its country's adjective
    )
    for opening, sources in credits:
        sections = split_body([opening, PARAGRAPH], None)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), sources), opening
    offices = ("محمد علي - رئيس التحرير", "خالد سعد - وزارة الصحة")  # a writer's office or body: no outlet
    for line in ("الرياض - جدة", "خاص - الرياض", "رياضة - محمد علي", "الملك عبدالعزيز - رحمة الله -", "عاجل", *offices):
        assert split_body([line, PARAGRAPH], None).sources == (), line


def test_an_outlet_beside_the_date_between_bars_is_credited() -> None:
    for dateline in ("بوابة الوسط | 13 سبتمبر 2023", "13 سبتمبر 2023 | بوابة الوسط"):
        head = split_head(["فيضانات درنة تخلف آلاف الضحايا", dateline, PARAGRAPH], None)
        assert head.dateline is not None and head.dateline.date.value == datetime(2023, 9, 13, tzinfo=UTC)
        sections = split_body(head.rest, head.title)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), ("بوابة الوسط",)), dateline
    assert split_head(["فيضانات درنة", "اقتصاد | 13 سبتمبر 2023", PARAGRAPH], None).rest == (PARAGRAPH,)


def test_a_bulleted_list_of_links_under_a_marker_is_related_though_the_article_goes_on() -> None:
    links = ["• الدولار يتراجع أمام العملات الرئيسية", "• النفط يرتفع بعد بيانات المخزونات"]
    sections = split_body([PARAGRAPH, "اقرأ أيضا:", *links, PARAGRAPH, "المصدر: رويترز"], None)
    assert sections.paragraphs == (PARAGRAPH, PARAGRAPH)
    assert [r.title for r in sections.related] == [link.lstrip("• ") for link in links]
    # Unbulleted lines that lead into running text stay the article's sub-headings.
    headings = ["دعم السلع الأساسية", "ضبط الأسواق"]
    kept = split_body([PARAGRAPH, "اقرأ أيضا:", *headings, PARAGRAPH, "المصدر: رويترز"], None)
    assert kept.paragraphs == (PARAGRAPH, headings[1], PARAGRAPH)


def test_a_credit_label_alone_credits_the_line_below_it() -> None:
    for label, source in (("المصدر:", "رويترز"), ("المصدر :", "وكالة الأنباء السعودية"), ("Source", "AFP")):
        sections = split_body([PARAGRAPH, label, source], None)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), (source,)), label
    assert split_body([PARAGRAPH, "المصدر", PARAGRAPH], None).sources == ()  # a paragraph below: no credit


def test_persian_yeh_and_keheh_typed_for_arabic_letters_match_like_them() -> None:
    dateline = read_dateline("تاریخ النشر: 2 دیسمبر 2023")  # "ی" for "ي"
    assert dateline is not None and dateline.date.value == datetime(2023, 12, 2, tzinfo=UTC)
    assert split_body([PARAGRAPH, "کلمات دلالیة: غزة، القدس"], None).tag_lines == ("غزة، القدس",)  # "ک" for "ك"


def test_the_sites_chrome_and_a_cookie_banner_are_furniture() -> None:
    chrome = ["تخطى إلى المحتوى", "القائمة", "بحث", "تسجيل الدخول", "Skip to content", "Menu", "A+", "سياسة الخصوصية"]
    banner = "نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا. بمتابعتك التصفح فإنك توافق على ذلك."
    assert without_furniture([*chrome, PARAGRAPH, banner, "موافق", "We use cookies to improve your experience."]) == [
        PARAGRAPH
    ]
    news = "حذرت الهيئة من ملفات تعريف الارتباط التي تجمع بيانات المستخدمين دون علمهم."  # about cookies: text
    assert without_furniture([news]) == [news]


def test_an_invitation_to_watch_at_the_pages_end_is_furniture() -> None:
    assert without_furniture([PARAGRAPH, "شاهد أهداف المباراة", "[فيديو]"]) == [PARAGRAPH]
    link = "شاهد أيضاً لرئاسة الحرمين مع التحية"  # a read-also link: the tail's, not furniture
    assert without_furniture([PARAGRAPH, link]) == [PARAGRAPH, link]
    witness = "شاهد عيان يروي تفاصيل الحادث"  # not at the end: a sub-heading
    assert without_furniture([witness, PARAGRAPH]) == [witness, PARAGRAPH]


def test_where_from_and_who_above_the_dateline_and_headline_credit_the_outlet() -> None:
    lines = [
        "أبوظبي - سكاي نيوز عربية",
        "نشر في: 05-11-2023 | 14:30",
        "الإمارات تطلق مبادرة جديدة لدعم الشركات الناشئة",
        PARAGRAPH,
    ]
    head = split_head(lines)
    assert head.title == lines[2] and head.dateline is not None
    assert split_body(head.rest, head.title).sources == ("سكاي نيوز عربية",)
    # Without a dateline below it, a first line is the headline, whatever it reads like.
    assert split_head([lines[2], *lines[1:2], PARAGRAPH]).title == lines[2]


def test_topics_labelled_with_a_colon_are_tags_and_end_the_readers_part() -> None:
    lines = [PARAGRAPH, "التعليقات (0)", "مواضيع:", "قانون المالية", "الحكومة", "عزيز أخنوش"]
    sections = split_body(without_furniture(lines), None)
    assert sections.paragraphs == (PARAGRAPH,)
    assert split_tags(sections.tag_lines, PARAGRAPH) == ("قانون المالية", "الحكومة", "عزيز أخنوش")
    # Without the colon the word heads related stories ("مواضيع ذات صلة"), not tags.
    related = split_body([PARAGRAPH, "مواضيع ذات صلة", "الذهب يرتفع مع تراجع الدولار"], None)
    assert related.tag_lines == () and [r.title for r in related.related] == ["الذهب يرتفع مع تراجع الدولار"]


def test_subscription_prompts_and_an_agencys_subscribers_notice_are_furniture() -> None:
    prompts = [
        "لمتابعة آخر الأخبار اشترك في قناتنا على تليجرام",
        "انضموا إلى قناتنا على واتساب",
        "الأخبار المنشورة على الصفحة الرسمية لوكالة الأناضول، هي مقتطف من الأخبار التي تُقدَّم لمشتركي نظام تدفق"
        " الأخبار (HAS).",
        "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News"
        " Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.",
    ]
    assert without_furniture([PARAGRAPH, *prompts]) == [PARAGRAPH]
    news = "وقال المتحدث إن المشتركين في الخدمة سيحصلون على جزء من المبلغ المدفوع خلال الأسبوع المقبل بعد مراجعة الطلبات."
    assert without_furniture([news]) == [news]  # subscribers in a sentence of the news: text


def test_a_wire_after_the_writers_and_a_tatweel_after_the_label_of_a_byline() -> None:
    for byline, credits in (
        ("By Jane Doe and Ahmad Ghaddar, Reuters", ("Jane Doe", "Ahmad Ghaddar", "Reuters")),
        ("Par Le Monde avec AFP et Reuters", ("Le Monde", "AFP", "Reuters")),
        ("Avec l’AFP", ("AFP",)),
        ("كتب ـ محمد السيد", ("محمد السيد",)),
        ("By Pet Andersson", ("Pet Andersson",)),  # "and" inside a name joins nothing
    ):
        assert split_body([byline, PARAGRAPH], None).sources == credits, byline


def test_one_line_of_unlabelled_tags_and_a_bulleted_list_above_a_foot_byline() -> None:
    sentence = "وأحيل المتهمون إلى النيابة العامة."
    sections = split_body(
        without_furniture([PARAGRAPH, sentence, "مجلس الوزراء، الموازنة، النيابة العامة", "شارك الخبر"]), None
    )
    assert sections.paragraphs == (PARAGRAPH, sentence) and sections.tag_lines == ("مجلس الوزراء، الموازنة، النيابة العامة",)
    for cut in ("قال الوزير، في مؤتمر صحفي، إن", "وفي الموقع نفسه، قال فيل نيفيل، لاعب"):  # a sentence's commas
        assert split_body([PARAGRAPH, cut], None).tag_lines == (), cut
    # Bulleted lines under the last sentence with no marker: related links or the article's own list ("ينصح الأطباء
    # باتباع عدة إرشادات للوقاية." then "- ممارسة الرياضة …"); nothing tells them apart, so they stay the article's.
    points = ["- ممارسة الرياضة بانتظام داخل المنزل", "- تناول الخضروات والفواكه الطازجة", "- الابتعاد عن التدخين"]
    listed = split_body([PARAGRAPH, *points, "بقلم: أحمد فؤاد"], None)
    assert (listed.paragraphs, listed.sources, listed.related) == ((PARAGRAPH, *points), ("أحمد فؤاد",), ())


def test_a_credits_place_is_not_credited() -> None:
    for credit, names in (("المصدر: دبي - الإمارات اليوم", ("الإمارات اليوم",)), ("المصدر: غزة/ الأناضول", ("الأناضول",))):
        assert split_body([PARAGRAPH, credit], None).sources == names, credit


def test_a_line_that_only_says_where_from_leaves_the_body_and_credits_its_agency() -> None:
    for line, credits in (
        ("الحديدة (اليمن) - خاص", ()),  # the country in brackets, "exclusive" after the dash
        ("خاص - الرياض", ()),
        ("الرياض (واس) -", ("واس",)),
        ("الحديدة (اليمن) - سبأ", ("سبأ",)),
    ):
        sections = split_body([line, PARAGRAPH], None)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), credits), line
    for line in ("عدن (الأيام) - خاص", "الرياض - جدة", "خاص - التحول الرقمي"):  # unexplained, two places, a topic
        assert split_body([line, PARAGRAPH], None).paragraphs == (line, PARAGRAPH), line


def test_a_paper_in_quotes_at_the_foot_where_from_paper_and_writer_and_a_kicker_above_the_dateline() -> None:
    assert split_body([PARAGRAPH, "«الخليج»"], None) == split_body([PARAGRAPH, "المصدر: الخليج"], None)
    assert split_body([PARAGRAPH, "«لن نتراجع»"], None).paragraphs == (PARAGRAPH, "«لن نتراجع»")  # a quote
    sections = split_body(["عمان - الدستور - ليث العساف", PARAGRAPH], None)
    assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), ("الدستور", "ليث العساف"))
    assert split_body(["الرياض - جدة - مكة", PARAGRAPH], None).sources == ()  # three places
    head = split_head(["تراجع أسعار الذهب عالميا مع صعود الدولار", "الأسواق العربية", "2024-03-15 | 10:20", PARAGRAPH])
    assert head.title is not None and head.dateline is not None and head.rest == (PARAGRAPH,)


def test_a_story_glued_on_with_its_own_date_and_a_more_link_inside_the_article() -> None:
    headline = "تراجع أسعار النفط مع ارتفاع المخزونات الأمريكية"
    story = "تراجعت أسعار النفط في التعاملات الآسيوية اليوم بعد أن أظهرت بيانات ارتفاع مخزونات الخام بأكثر من المتوقع."
    sections = split_body([PARAGRAPH, headline, "الأحد 12 نوفمبر 2023", story], None)
    assert sections.paragraphs == (PARAGRAPH,) and [r.title for r in sections.related] == [headline]
    # A live blog's entry under its time is the article's: no day there.
    assert split_body([PARAGRAPH, headline, "14:30", story], None).paragraphs == (PARAGRAPH, headline, "14:30", story)
    sections = split_body([PARAGRAPH, f"للمزيد: {headline}", PARAGRAPH, "المصدر: واس"], None)
    assert sections.paragraphs == (PARAGRAPH, PARAGRAPH) and [r.title for r in sections.related] == [headline]
    # The page's last line going on from the article, cut short by the scraper, is the article's.
    cut = split_body([PARAGRAPH, f"للمزيد: {headline}", "وصرح الرئيس الفرنسي"], None)
    assert cut.paragraphs == (PARAGRAPH, "وصرح الرئيس الفرنسي") and [r.title for r in cut.related] == [headline]
    more = "للمزيد من المعلومات يمكن زيارة موقع الوزارة الذي يعرض تفاصيل البرنامج كاملة للمواطنين."
    assert split_body([PARAGRAPH, more], None).paragraphs == (PARAGRAPH, more)


def test_a_writer_beside_the_date_a_counter_in_the_dateline_and_the_headline_again_with_the_sites_name() -> None:
    title = "خطة مرورية جديدة خلال الأعياد"
    for dateline in ("سامي العتيبي - 14 نوفمبر 2023 - 10:30 ص", "نشر في 14 نوفمبر 2023 بواسطة سامي العتيبي"):
        head = split_head([title, dateline, PARAGRAPH])
        assert (head.dateline is not None, head.bylines, head.rest) == (True, ("سامي العتيبي",), (PARAGRAPH,)), dateline
    assert split_head([title, "الرياض - 14 نوفمبر 2023", PARAGRAPH]).bylines == ()  # a place, not a writer
    head = split_head([title, "تاريخ الإضافة 14 نوفمبر 2023 - 10:30 صباحا | عدد القراءات: 1523", PARAGRAPH])
    assert head.dateline is not None and head.rest == (PARAGRAPH,)
    head = split_head([title, f"{title} - صحيفة الوطن", "14.11.2023", PARAGRAPH])
    assert (head.title, head.rest) == (title, (PARAGRAPH,))


def test_more_arab_agencies_in_their_openings_and_one_whose_story_runs_on_after_its_name() -> None:
    story = "أعلن وزير المالية اليوم الإثنين عن ملامح موازنة العام المقبل التي تتضمن زيادة في الإنفاق الرأسمالي."
    for opening, agency in (
        ("الخرطوم (سونا) -", "سونا"),
        ("الرباط - (ومع) -", "ومع"),
        ("طرابلس 20 نوفمبر 2023 (وال) -", "وال"),
        ("دمشق-سانا", "سانا"),  # no dash or colon after it
    ):
        assert split_body([f"{opening} {story}"], None).sources == (agency,), opening


def test_credit_labels_before_a_bar_a_slash_or_a_colon_and_dash() -> None:
    for line, agency in (("المصدر | رويترز", "رويترز"), ("المصدر/ واس", "واس"), ("المصدر:- د ب أ", "د ب أ")):
        sections = split_body([PARAGRAPH, line], None)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), (agency,)), line
    more = [("المصدر، رويترز", "رويترز"), ("(المصدر: وكالة الأنباء السعودية (واس))", "وكالة الأنباء السعودية (واس)")]
    # The label's colon lost: only an agency's or an outlet's name may follow.
    more += [
        ("المصدر رويترز", "رويترز"),
        ("مصدر الخبر العربية.نت", "العربية.نت"),
        ("المصدر الشروق أونلاين", "الشروق أونلاين"),
    ]
    for line, agency in more:
        sections = split_body([PARAGRAPH, line], None)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), (agency,)), line
    sentence = "المصدر الرئيسي للدخل في البلاد هو النفط"
    assert split_body([PARAGRAPH, sentence], None).paragraphs == (PARAGRAPH, sentence)
    # An editor's initials stand alone, one or two letters each: "المصدر/ واس" is none, "ع ح/ر ق" is.
    assert without_furniture([PARAGRAPH, "ع ح/ر ق", "المصدر/ واس"]) == [PARAGRAPH, "المصدر/ واس"]


def test_tags_between_slashes_are_tags_not_the_pages_crumbs() -> None:
    sections = split_body([PARAGRAPH, "الوسوم: الرياض / الطقس / أمطار"], None)
    assert (sections.paragraphs, sections.tag_lines) == ((PARAGRAPH,), ("الرياض / الطقس / أمطار",))
    assert without_furniture(["الرئيسية / أخبار / محليات", PARAGRAPH]) == [PARAGRAPH]


def test_a_writer_or_outlet_and_the_town_it_writes_from_however_seldom_the_news_names_the_town() -> None:
    for opening, sources in (
        ("عين اليوم – الباحة", ("عين اليوم",)),  # a town the news names as a place only now and then
        ("عين اليوم – مسقط", ("عين اليوم",)),  # a city CLDR names
        ("علي السحاري – القنفذة", ("علي السحاري",)),  # Ali, whose key is the preposition's
        ("الرياض – محمد العلي", ("محمد العلي",)),  # a family's name with the article is no "على"
    ):
        sections = split_body([opening, PARAGRAPH], None)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), sources), opening
    assert split_body(["على الحدود - الرياض", PARAGRAPH], None).sources == ()


def test_a_section_above_a_headline_that_carries_the_sites_name_or_exclaims() -> None:
    for headline, title in (
        ("عروض عيد المدينة المسرحية | صحيفة المدينة", "عروض عيد المدينة المسرحية"),
        ("الحناكي.. شكراً لكم - صحيفة الوطن", "الحناكي.. شكراً لكم"),
        ("جدارك قصير يا اتحاد..!!", "جدارك قصير يا اتحاد..!!"),
    ):
        for after in ("تاريخ النشر: 21 يوليو 2015", "الرياض - خالد المطيري", PARAGRAPH):
            article = parse_article(f"أخبار محلية\n{headline}\n{after}\n{PARAGRAPH}\n".encode())
            assert isinstance(article, Article) and article.title == title, (headline, after)
    # Short parts between bars under a section are the page's crumbs, not a headline.
    assert split_head(["اقتصاد", "الرياض | الاقتصاد", "تاريخ النشر: 21 يوليو 2015", PARAGRAPH]).title == "اقتصاد"


def test_a_one_or_two_word_headline_under_a_sections_name() -> None:
    for section, headline, title in (
        ("أخبار محلية", "كواليس", "كواليس"),
        ("محليات", "أمطار الرياض", "أمطار الرياض"),
        ("أخبار محلية", "ظل - صحيفة الوطن", "ظل"),
        ("منوعات", "عيد إلكتروني!", "عيد إلكتروني!"),
    ):
        article = parse_article(f"{section}\n{headline}\nتاريخ النشر: 21 يوليو 2015\n{PARAGRAPH}\n".encode())
        assert isinstance(article, Article) and article.title == title, (section, headline)
    # A place, an outlet or a person's name alone under the section says where from or who: the section stays.
    for line in ("الرياض", "سبق", "محمد العلي"):
        assert split_head(["سياسة", line, "تاريخ النشر: 21 يوليو 2015", PARAGRAPH]).title == "سياسة", line


def test_a_headline_with_the_sites_name_above_the_dateline_is_no_credit_of_where_from() -> None:
    head = split_head(["حتمية توطين الوظائف | سبق", "تم النشر في: 25 شوال 1436 هـ", PARAGRAPH])
    assert head.title == "حتمية توطين الوظائف | سبق" and head.dateline is not None
    headline = "عيادة الغذاء والتغذية في الرياض"
    assert split_head(["أبوظبي - سكاي نيوز عربية", "تاريخ النشر: 7 أغسطس 2015", headline, PARAGRAPH]).title == headline


def test_links_under_a_heading_that_exclaim_are_ranked_bulleted_or_joined_by_bars() -> None:
    exclaims = "الاتحاد في تناقضات القرض.. وديون ال241 مليون ريال.. وتعاقدات ب100 مليون!"  # ten words and "!"
    other = "وظائف إدارية بجامعة الأمير سطام بالخرج"
    for tail in (
        ["الأكثر قراءة", f"1- {exclaims}", f"2- {other}"],
        ["مواضيع ذات صلة:", f"• {exclaims}", f"• {other}"],
        [f"» اقرأ أيضا: {exclaims}", f"» اقرأ أيضا: {other}"],
        [f"اقرأ أيضا: {exclaims} | {other}"],
    ):
        sections = split_body([PARAGRAPH, *tail], None)
        assert sections.paragraphs == (PARAGRAPH,), tail
        assert [(r.title, r.text) for r in sections.related] == [(exclaims, ""), (other, "")], tail
    more = split_body([PARAGRAPH, "اقرأ المزيد من الأخبار:", other, "حريق مبنى قيد الإنشاء بمكة"], None).related
    assert [r.title for r in more] == [other, "حريق مبنى قيد الإنشاء بمكة"]
    # A headline and the site's name after a bar stay one link.
    assert [r.title for r in split_body([PARAGRAPH, f"اقرأ أيضا: {other} | صحيفة سبق الإلكترونية"], None).related] == [
        f"{other} | صحيفة سبق الإلكترونية"
    ]


def test_spas_filing_time_glued_to_its_initials_and_the_storys_serial_are_furniture() -> None:
    assert without_furniture([PARAGRAPH, "// انتهى //", "18:40ت م", "0139"]) == [PARAGRAPH]
    assert without_furniture([PARAGRAPH, "12:02 ت م"]) == [PARAGRAPH]
    kept = [PARAGRAPH, "12", "2 - 1"]  # a list's number or a score: fewer than three digits
    assert without_furniture(kept) == kept


def test_an_outlets_name_alone_under_the_story_signs_it() -> None:
    for foot in ("الشروق أونلاين", "— بوابة الأهرام"):
        sections = split_body([PARAGRAPH, foot], None)
        assert sections.paragraphs == (PARAGRAPH,) and sections.sources == (foot.strip(" —"),), foot
    # Text below it, or a sentence the scraper cut short, is the article's.
    inside = split_body([PARAGRAPH, "قناة الجزيرة الإخبارية", PARAGRAPH], None)
    assert inside.sources == () and len(inside.paragraphs) == 3
    cut = split_body([PARAGRAPH, "وذكر تلفزيون النهار"], None)
    assert cut.sources == () and cut.paragraphs == (PARAGRAPH, "وذكر تلفزيون النهار")


def test_a_french_foot_crediting_any_agencys_acronym_and_a_photo_credit_in_brackets() -> None:
    paragraph = "Le Maroc et l'Espagne ont signé lundi à Rabat six accords de coopération dans l'énergie et l'eau."
    for foot, names in (("Avec MAP", ("MAP",)), ("Le360 avec APS", ("Le360", "APS")), ("avec agences", ("agences",))):
        sections = split_body([paragraph, foot], None)
        assert (sections.paragraphs, sections.sources) == ((paragraph,), names), foot
    assert split_body([paragraph, "Il est reparti avec lui"], None).sources == ()  # a sentence, no acronym
    # A photographer's credit between paragraphs, in brackets: credited, and out of the body.
    sections = split_body([PARAGRAPH, "(تصوير: محمد سكيك)", PARAGRAPH], None)
    assert sections.paragraphs == (PARAGRAPH, PARAGRAPH) and sections.sources == ("محمد سكيك",)


def test_a_columns_note_on_its_writer_under_the_text_is_furniture() -> None:
    notes = ["* كاتب وأكاديمي سعودي", "*أكاديمي مغربي", "* أستاذ الإعلام بجامعة الملك سعود"]
    assert without_furniture([PARAGRAPH, *notes]) == [PARAGRAPH]
    sentence = "* كاتب الرواية الفائزة هو محمد."  # a sentence in a list: the article's
    assert without_furniture([PARAGRAPH, sentence]) == [PARAGRAPH, sentence]


def test_the_sites_menu_above_the_headline_is_not_the_title() -> None:
    headline = "البنك المركزي المصري يرفع أسعار الفائدة 200 نقطة أساس"
    lines = ["أخبار", "اقتصاد", "رياضة", "فيديو", headline, "الخميس 1 فبراير 2024 - 08:45 م", PARAGRAPH, PARAGRAPH]
    head = split_head(lines)
    assert head.title == headline and head.dateline is not None and head.rest == (PARAGRAPH, PARAGRAPH)
    # One section's name above the headline was already read so; a menu item alone is no menu.
    assert split_head(["اقتصاد", headline, "الخميس 1 فبراير 2024", PARAGRAPH]).title == headline


def test_headlines_under_a_heading_that_names_a_list_are_links_though_the_article_goes_on() -> None:
    links = ["أسعار الذهب اليوم في مصر", "سعر الدولار في البنوك"]
    for heading in ("الأكثر قراءة", "أخبار ذات صلة", "Most read"):
        sections = split_body([PARAGRAPH, heading, *links, PARAGRAPH], None)
        assert sections.paragraphs == (PARAGRAPH, PARAGRAPH), heading
        assert [r.title for r in sections.related] == links, heading
    # "اقرأ أيضاً: …" names one link: a short line after it leads into the article's text, its sub-heading.
    sections = split_body([PARAGRAPH, f"اقرأ أيضاً: {links[0]}", "تفاصيل القرار", PARAGRAPH, "المصدر: بترا"], None)
    assert sections.paragraphs == (PARAGRAPH, "تفاصيل القرار", PARAGRAPH)


def test_agency_feet_signed_with_initials_and_outlets_named_only_after_their_place() -> None:
    # WAFA's initials between slashes, NNA's rule with the editor's initials, SANA's follow prompt whose two links
    # were lost (the "and" between them left): furniture.
    for line in ("/ي.ط/", "================ ر.ا", "تابعوا أخبار سانا على و"):
        assert without_furniture([PARAGRAPH, line]) == [PARAGRAPH], line
    # Omani News Agency's foot signed by its editor credits the agency; France 24's foot credits it and the wire.
    for line, credits in (("العمانية/ ع خ", ("العمانية",)), ("فرانس24/ رويترز", ("فرانس24", "رويترز"))):
        sections = split_body([PARAGRAPH, line], None)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), credits), line
    # Saba's site opens with its place and its own name, which no list of outlets need hold: a word the news
    # seldom writes, after a place, names the outlet; a word it writes often is a subtitle ("غزة - الحرب").
    for opening, outlet in (("صنعاء - سبأنت", "سبأنت"), ("القاهرة - مصراوي", "مصراوي")):
        sections = split_body([opening, PARAGRAPH], None)
        assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), (outlet,)), opening


def test_a_french_dateline_under_its_outlet_a_framed_byline_and_a_papers_writer_after_its_colon() -> None:
    dateline = read_dateline("OLJ / Par Jeanine JALKH, le 02 novembre 2023 à 14h35")
    assert dateline is not None and dateline.date.value == datetime(2023, 11, 2, 14, 35, tzinfo=UTC)
    assert read_dateline("الحكومة تعلن خطة جديدة للإسكان / 2 نوفمبر 2023") is None  # a headline's words before it
    # Al-Rai's byline, framed by bars, above the headline; a bare "كتب" heading a text is no byline.
    headline = "مجلس الأمة يقر قانون المناقصات العامة في المداولة الثانية"
    assert split_head(["| كتب محمد الجاسم |", headline, PARAGRAPH]).title == headline
    assert split_head(["كتب الأطفال الممنوعة", PARAGRAPH, PARAGRAPH]).title == "كتب الأطفال الممنوعة"
    # Al-Wasat's opening: where from, the outlet, a colon, its writer.
    sections = split_body(["القاهرة - بوابة الوسط: محمد الصادق", PARAGRAPH], None)
    assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), ("بوابة الوسط", "محمد الصادق"))


def test_captions_that_end_on_their_day_and_credit_and_more_follow_prompts() -> None:
    for caption in (
        "Palestinians look at the destruction in Gaza City, Thursday, Nov. 2, 2023. (AP Photo/Abed Khaled)",
        "رئيس حكومة الوحدة الوطنية عبدالحميد الدبيبة خلال لقاء باتيلي في طرابلس، 2 نوفمبر 2023. (حكومتنا)",
    ):
        assert split_body([PARAGRAPH, caption, PARAGRAPH], None).paragraphs == (PARAGRAPH, PARAGRAPH), caption
    ending = "وقال الوزير إن الاتفاق سيوقع في الرياض. وذلك يوم الخميس 2 نوفمبر 2023. (واس)"  # a sentence before the date
    assert ending in split_body([PARAGRAPH, ending], None).paragraphs
    prompts = ["تابعوا المصري اليوم على", "جوجل نيوز", "اشترك لتصلك أهم الأخبار"]
    assert without_furniture([PARAGRAPH, *prompts]) == [PARAGRAPH]


def test_the_publication_after_the_update_the_box_on_the_writer_a_videos_length_and_a_wire_in_brackets() -> None:
    # Shafaq's head gives the update first: the publication after the bar is the article's date.
    head = split_head(["عنوان الخبر", "آخر تحديث: 02/11/2023 - 13:10 | نشر في: 02/11/2023 - 11:05", PARAGRAPH])
    assert head.dateline is not None and head.dateline.date.value == datetime(2023, 11, 2, 11, 5, tzinfo=UTC)
    assert not head.dateline.is_update
    # The box on the writer under the text, and a video's length, are the page's.
    box = ["عن الكاتب", "محمد العتيبي صحفي متخصص في شؤون الطاقة، عمل في عدة صحف خليجية."]
    assert without_furniture([PARAGRAPH, *box]) == [PARAGRAPH]
    assert without_furniture(["About the author", PARAGRAPH]) == [PARAGRAPH]  # above the text: the heading only
    assert without_furniture(["مدة الفيديو 02:35", PARAGRAPH]) == [PARAGRAPH]
    # Le360 credits itself and, in brackets, the wire it ran.
    assert split_body([PARAGRAPH, "Par Le360 (avec MAP)"], None).sources == ("Le360", "MAP")


def test_a_news_story_glued_on_without_a_marker_goes_and_a_columns_sub_heading_stays() -> None:
    article = [
        "افتتح وزير الصحة اليوم مستشفى جديدا في محافظة جدة بسعة 300 سرير ضمن خطة الوزارة لرفع الطاقة الاستيعابية.",
        "وأوضح الوزير أن المستشفى يضم أقساما متخصصة في أمراض القلب والأورام وجراحة الأطفال وطب الطوارئ.",
    ]
    glued = [
        "الهلال يتعادل مع النصر في ديربي الرياض",  # a news headline: someone does something
        "تعادل الهلال مع ضيفه النصر بهدف لمثله في المباراة التي جمعتهما مساء أمس على ملعب المملكة أرينا ضمن الجولة 12.",
        "وتقدم النصر عن طريق كريستيانو رونالدو قبل أن يعادل ألكسندر ميتروفيتش للهلال في الشوط الثاني من اللقاء.",
    ]
    sections = split_body([*article, *glued], "وزير الصحة يفتتح مستشفى جديدا في جدة")
    assert sections.paragraphs == tuple(article)
    assert [r.title for r in sections.related] == [glued[0]]
    # The same text under a column's sub-heading, which names no doer: the column's next part.
    column = [*article, "جماعة التكفير والهجرة في مصر", *glued[1:]]
    assert split_body(column, "وزير الصحة يفتتح مستشفى جديدا في جدة").paragraphs == tuple(column)


def test_a_story_glued_on_under_a_verbless_headline_goes_when_its_lede_says_the_headline_again() -> None:
    article = [
        "افتتح وزير الصحة اليوم مستشفى جديدا في محافظة جدة بسعة 300 سرير ضمن خطة الوزارة لرفع الطاقة الاستيعابية.",
        "وأوضح الوزير أن المستشفى يضم أقساما متخصصة في أمراض القلب والأورام وجراحة الأطفال وطب الطوارئ.",
    ]
    headline = "ارتفاع أسعار الذهب وتراجع الفضة في البورصات الخليجية"  # no doer: nouns, no verb, no colon
    story = [  # its lede says two of its seven words again: fewer than half
        "سجلت أسعار الذهب ارتفاعا ملحوظا خلال تعاملات الأسبوع مدفوعة بضعف الدولار عالميا وتوقعات خفض الفائدة.",
        "وقال تجار إن الطلب على السبائك والمشغولات زاد مع اقتراب موسم الأعراس ونهاية العام الدراسي الحالي.",
    ]
    title = "وزير الصحة يفتتح مستشفى جديدا في جدة"
    sections = split_body([*article, headline, *story], title)
    assert sections.paragraphs == tuple(article)
    assert [r.title for r in sections.related] == [headline]
    # Marked as a sub-heading, the same line is the article's own: its text stays.
    marked = [*article, f"** {headline}", *story]
    assert split_body(marked, title).paragraphs == tuple(marked)
    # Its lede saying one word again ("الذهب"), the text below must share even less with the article than
    # chance, and the page show no other part: so a column's part stays when the column has another.
    loose = split_body([*article, "الذهب والمدخرات العائلية", *story], title)
    assert (loose.paragraphs, [r.title for r in loose.related]) == (tuple(article), ["الذهب والمدخرات العائلية"])
    column = [article[0], "(قذائف هادفة)", article[1], "الذهب والمدخرات العائلية", *story]
    assert split_body(column, title).paragraphs == tuple(column)


def test_a_story_glued_on_under_a_headline_that_asks_or_exclaims_goes_too() -> None:
    article = [
        "افتتح وزير الصحة اليوم مستشفى جديدا في محافظة جدة بسعة 300 سرير ضمن خطة الوزارة لرفع الطاقة الاستيعابية.",
        "وأوضح الوزير أن المستشفى يضم أقساما متخصصة في أمراض القلب والأورام وجراحة الأطفال وطب الطوارئ.",
    ]
    headline = "الطاقة الشمسية في الصحراء.. هل يوقفها الغبار؟"
    story = [
        "يرى خبراء أن الغبار في الصحراء يخفض إنتاج ألواح الطاقة الشمسية بنسبة قد تصل إلى الربع إذا لم تنظف دوريا.",
        "وتجرب شركات ناشئة روبوتات تنظيف تعمل ليلا دون ماء لتقليل الكلفة في المحطات الكبيرة.",
    ]
    sections = split_body([*article, headline, *story], "وزير الصحة يفتتح مستشفى جديدا في جدة")
    assert sections.paragraphs == tuple(article)
    assert [r.title for r in sections.related] == [headline]
    # Its first paragraph shares a word with the title that every story writes ("وزير"): no sign it is ours.
    story[0] = "قال وزير إن " + story[0]
    sections = split_body([*article, headline, *story], "وزير الصحة يفتتح مستشفى جديدا في جدة")
    assert sections.paragraphs == tuple(article)


@pytest.mark.parametrize(
    ("foot", "outlet"),
    [
        ("ظهرت المقالة ارتفاع أسعار الذهب أولاً على موقع الأسواق.", "الأسواق"),
        ("هذا الخبر منقول من : بوابة الأهرام", "بوابة الأهرام"),
        ("The post Oil prices climb as tensions mount appeared first on Energy Daily.", "Energy Daily"),
        ("This article was originally published by The Conversation.", "The Conversation"),
        ("Cet article est paru dans Le Monde.", "Le Monde"),
    ],
)
def test_a_feeds_foot_line_credits_the_outlet_the_story_first_ran_in(foot: str, outlet: str) -> None:
    sections = split_body([PARAGRAPH, foot], None)
    assert sections.paragraphs == (PARAGRAPH,) and sections.sources == (outlet,)


def test_photo_credits_picture_agencies_reading_times_and_paywalls_are_furniture() -> None:
    furniture = ["(الصورة: واس)", "صورة أرشيفية - رويترز", "Getty Images", "AFP/Getty Images", "Reading time: 3 min"]
    furniture += ["Article réservé aux abonnés", "Subscribers only", "هذا المحتوى للمشتركين فقط"]  # paywalls
    furniture += ["⏱ 3 دقائق للقراءة", "قراءة 4 دقائق", "دقيقتان للقراءة", "تابعونا على تليغرام"]
    assert without_furniture([PARAGRAPH, *furniture, PARAGRAPH]) == [PARAGRAPH, PARAGRAPH]
    assert without_furniture(["Reading time is what the survey measured in 3 schools."]) != []
    assert without_furniture(["خصص الطلاب 3 دقائق للقراءة يوميا."]) != []


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("صحيفة سبق - فريق التحرير", "صحيفة سبق"),
        ("الغد - هيئة التحرير", "الغد"),
        ("Gulf News - Staff", "Gulf News"),
        ("By Reuters Staff", "Reuters"),
        ("Guardian staff and agencies", "Guardian"),
        ("France 24 staff", "France 24"),
    ],
)
def test_an_outlet_and_its_newsroom_credit_the_outlet(opening: str, outlet: str) -> None:
    sections = split_body([opening, PARAGRAPH], None)
    assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), (outlet,))


def test_a_galleries_buttons_are_furniture_and_the_credit_after_them_is_read() -> None:
    lines = ["Next Previous عين اليوم - جدة", PARAGRAPH, "السابق التالي", "« Précédent Suivant »"]
    assert without_furniture(lines) == ["عين اليوم - جدة", PARAGRAPH]
    sections = split_body(without_furniture(lines), None)
    assert sections.sources == ("عين اليوم",) and sections.paragraphs == (PARAGRAPH,)
    assert without_furniture(["Next steps for the plan were agreed."]) == ["Next steps for the plan were agreed."]
    # The writer and a town the word tables do not know, his first name also a university's ("جامعة الملك فيصل").
    assert split_body(without_furniture(["Next Previous فيصل محفوظ – القنفذة", PARAGRAPH]), None).sources == ("فيصل محفوظ",)


def test_a_one_line_story_is_parted_at_its_fields_but_not_where_a_source_is_quoted() -> None:
    text = (
        "الحكومة تعلن خطة جديدة للإسكان تاريخ النشر: 2 نوفمبر 2023 أعلنت الحكومة اليوم عن خطة جديدة للإسكان تشمل بناء"
        " عشرة آلاف وحدة سكنية في مختلف المناطق خلال السنوات الثلاث المقبلة. وأضاف المصدر: إن الحكومة ستعلن التفاصيل"
        " الأسبوع المقبل بعد اجتماع مجلس الوزراء، مشيرا إلى أن الأولوية ستكون للأسر محدودة الدخل."
        " المصدر: وكالة الأنباء الرسمية"
    )
    article = parse_article(text.encode(), options=ParseOptions(enrich=False))
    assert isinstance(article, Article)
    assert (article.title, article.published_at) == ("الحكومة تعلن خطة جديدة للإسكان", datetime(2023, 11, 2, tzinfo=UTC))
    assert article.body.startswith("أعلنت الحكومة") and article.body.endswith("للأسر محدودة الدخل.")
    assert "وأضاف المصدر: إن الحكومة" in article.body  # a source quoted, no credit
    assert article.sources == ("وكالة الأنباء الرسمية",)


def _parsed(page: str) -> Article:
    article = parse_article(page.encode(), options=ParseOptions(enrich=False))
    assert isinstance(article, Article)
    return article


_SITES_NAMES_ABOVE_HEADLINES = [
    # Its standfirst between the headline and the date; the writer's note at the foot names the site again.
    (
        "Khaleej Times\nUAE: Fuel prices for December announced\nPetrol prices drop for second consecutive month\n"
        "Published: Thu 30 Nov 2023, 3:46 PM\nBy Nasreen Abdulla\n"
        "The fuel price committee on Thursday announced the petrol and diesel rates for December.\n"
        "Super 98 petrol will cost Dh2.96 a litre, compared to Dh3.03 in November.\n"
        "Nasreen Abdulla\nNasreen is a Senior Reporter with Khaleej Times.\n",
        "UAE: Fuel prices for December announced",
        ("Khaleej Times", "Nasreen Abdulla"),
        "Petrol prices drop",
        "in November.",
    ),
    # Its name signs the story under the headline.
    (
        "Rudaw\nOil exports remain halted as talks between Erbil and Baghdad stall\nRudaw\n"
        "ERBIL, Kurdistan Region - Talks over the resumption of oil exports have stalled, an official told Rudaw.\n"
        "Exports have been halted since March 25.\n",
        "Oil exports remain halted as talks between Erbil and Baghdad stall",
        ("Rudaw",),
        "ERBIL",
        "March 25.",
    ),
    # A newsroom's credit; the site's terms for republishing at the foot.
    (
        "Middle East Eye\nGaza death toll passes 11,000, health ministry says\nMEE staff\n"
        "Published date: 10 November 2023 13:05 GMT\n"
        "The death toll in Gaza has passed 11,000, the health ministry said on Friday.\n"
        "More than 27,000 people have been wounded, it added.\n"
        "Middle East Eye delivers independent coverage of the region. To learn more about republishing this content"
        " and the associated fees, please fill out this form.\n",
        "Gaza death toll passes 11,000, health ministry says",
        ("Middle East Eye", "MEE"),
        "The death toll",
        "it added.",
    ),
    # An outlet named by its words ("الإخبارية") after the place in the dateline; a machine's token at the foot.
    (
        "العين الإخبارية\nالإمارات تطلق أكبر محطة للطاقة الشمسية في العالم\nأبوظبي - العين الإخبارية\n"
        "الخميس 2023/11/16 05:12 م بتوقيت أبوظبي\n"
        "أطلقت دولة الإمارات، الخميس، محطة للطاقة الشمسية بقدرة 2 غيغاواط في منطقة الظفرة.\n"
        "وتضم المحطة نحو 4 ملايين لوح شمسي، وتكفي لتزويد 160 ألف منزل بالكهرباء.\n"
        "aXA6IDE4NS4xMDcuNTYuMTM1IA==\n",
        "الإمارات تطلق أكبر محطة للطاقة الشمسية في العالم",
        ("العين الإخبارية",),
        "أطلقت",
        "بالكهرباء.",
    ),
    # The site's name heading its menu's section.
    (
        "السومرية نيوز\nأمن\nإحباط محاولة لتهريب ملايين الحبوب المخدرة عبر منفذ حدودي\nالسومرية نيوز / بغداد\n"
        "أعلنت خلية الإعلام الأمني، اليوم الاثنين، عن إحباط محاولة لتهريب 5 ملايين حبة مخدرة.\n"
        "وأضاف البيان أنه تم القبض على سائق الشاحنة.\n",
        "إحباط محاولة لتهريب ملايين الحبوب المخدرة عبر منفذ حدودي",
        ("السومرية نيوز",),
        "أعلنت",
        "سائق الشاحنة.",
    ),
]


_SITES_NAMES_ABOVE_HEADLINES += [
    # The site's name over the country it files the story under.
    (
        'النهار\nلبنان\nجلسة لمجلس الوزراء الاثنين لبحث ملف النازحين\nالمصدر: "النهار"\n16-11-2023 | 10:45\n'
        "يعقد مجلس الوزراء جلسة الاثنين المقبل في السرايا الحكومية لبحث ملف النازحين السوريين.\n",
        "جلسة لمجلس الوزراء الاثنين لبحث ملف النازحين",
        ("النهار",),
        "يعقد",
        "السوريين.",
    ),
    # A name with digits over a French section; the site and its wire in brackets at the foot.
    (
        "Le360\nPolitique\nMaroc: le Parlement adopte le projet de loi de finances 2024\nPar Mohamed Chakir\n"
        "Le 18/11/2023 à 12h05\nLa Chambre des représentants a adopté, vendredi, le projet de loi de finances.\n"
        "Le360 (avec MAP)\n",
        "Maroc: le Parlement adopte le projet de loi de finances 2024",
        ("Le360", "Mohamed Chakir", "MAP"),  # the site first, a name the credits know
        "La Chambre",
        "loi de finances.",
    ),
    # An outlet in capitals over its section: it signs the story.
    (
        "TSA\nActualité\nAlgérie : le prix de la pomme de terre flambe sur les marchés\nPar Karim Kebir\n"
        "23 Nov. 2023 à 17:45\nLe prix de la pomme de terre a atteint 120 dinars le kilogramme dans la capitale.\n",
        "Algérie : le prix de la pomme de terre flambe sur les marchés",
        ("TSA", "Karim Kebir"),
        "Le prix",
        "la capitale.",
    ),
]


@pytest.mark.parametrize(("page", "title", "sources", "opens", "ends"), _SITES_NAMES_ABOVE_HEADLINES)
def test_the_sites_name_above_the_headline_is_no_title_when_the_page_names_it_again(
    page: str, title: str, sources: tuple[str, ...], opens: str, ends: str
) -> None:
    article = _parsed(page)
    assert (article.title, article.sources, article.related) == (title, sources, ())
    assert article.body.startswith(opens) and article.body.endswith(ends)


def test_a_short_headline_the_page_never_says_again_stays_the_title() -> None:
    plain = _parsed(
        "Gaza Truce Holds\nA four-day pause in the fighting entered its second day\nNov 25, 2023\n"
        "The truce between Israel and Hamas held on Saturday, officials said.\n"
    )
    assert plain.title == "Gaza Truce Holds"


def test_a_time_alone_under_the_date_a_byline_after_the_outlets_slash_and_french_markers() -> None:
    okaz = _parsed(
        "«الموارد البشرية» تطلق 5 مبادرات لدعم توظيف السعوديين\nعبدالله الحارثي (جدة) okaz_online@\n22 نوفمبر 2023\n"
        "04:10\nأطلقت وزارة الموارد البشرية 5 مبادرات جديدة تستهدف رفع نسب توطين الوظائف.\n"
    )
    assert okaz.published_at == datetime(2023, 11, 22, 4, 10, tzinfo=UTC) and okaz.body.startswith("أطلقت")
    olj = _parsed(
        "Liban : trois morts dans une frappe au Liban-Sud\nOLJ / Par Julien ABI RAMIA, le 05 novembre 2023 à 18h12\n"
        "Trois personnes ont été tuées dimanche dans une frappe contre une voiture, a rapporté l'ANI.\n"
        "Pour mémoire\nNasrallah : « Toutes les options sont ouvertes »\n"
    )
    assert olj.published_at == datetime(2023, 11, 5, 18, 12, tzinfo=UTC)
    assert olj.sources == ("Julien ABI RAMIA",)
    assert [item.title for item in olj.related] == ["Nasrallah : « Toutes les options sont ouvertes »"]


def test_a_page_with_no_dateline_is_dated_by_the_day_its_opening_calls_today_when_the_weekday_agrees() -> None:
    page = (
        "حكومة الإقليم ترسل وفداً إلى بغداد لبحث رواتب الموظفين\n"
        "أعلنت حكومة الإقليم، اليوم {weekday} (19 تشرين الثاني 2023)، إرسال وفد رفيع المستوى إلى بغداد.\n"
        "وقال المتحدث باسم الحكومة إن الوفد سيلتقي وزيرة المالية يوم غد.\n"
    )
    assert _parsed(page.format(weekday="الأحد")).published_at == datetime(2023, 11, 19, tzinfo=UTC)
    assert _parsed(page.format(weekday="الخميس")).published_at is None  # 19 November 2023 was a Sunday
    english = _parsed(
        "Erbil sends delegation to Baghdad over salaries\n"
        "The regional government said today, Sunday, November 19, 2023, that it had sent a delegation to Baghdad.\n"
    )
    assert english.published_at == datetime(2023, 11, 19, tzinfo=UTC)


def test_more_sites_shapes_bylines_with_their_wire_or_their_time_and_the_sites_prompts() -> None:
    kurdistan24 = parse_article(
        "Kurdistan24\nKRG and Baghdad agree on salary payments for November\nBy Kurdistan24 2 hours ago\n"
        "ERBIL (Kurdistan24) – The Ministry of Finance announced on Thursday an agreement with Baghdad.\n".encode(),
        received_at=datetime(2023, 11, 30, 12, tzinfo=UTC),
        options=ParseOptions(enrich=False),
    )
    assert isinstance(kurdistan24, Article)
    assert kurdistan24.title == "KRG and Baghdad agree on salary payments for November"
    assert kurdistan24.sources == ("Kurdistan24",) and kurdistan24.published_at is not None
    assert kurdistan24.published_at.date().isoformat() == "2023-11-30"
    sabah = _parsed(
        "Daily Sabah\nTürkiye, Egypt agree to boost trade to $15B\nDAILY SABAH WITH AA\nISTANBUL\n"
        "Published Nov 25, 2023 - 2:37 pm GMT+3\nTürkiye and Egypt have agreed to increase bilateral trade.\n"
        "Keep up with the latest news on Daily Sabah's Google News channel.\n"
    )
    assert (
        sabah.sources == ("DAILY SABAH", "AA") and sabah.body == "Türkiye and Egypt have agreed to increase bilateral trade."
    )
    watan = _parsed(
        "Algérie : le prix du lait reste inchangé\nPar Samir Benmalek\nPublié le 24/11/2023 à 10:05\n"
        "Le ministère du Commerce a démenti jeudi toute augmentation du prix du lait.\n"
        "Lire la suite sur El Watan\nVous avez aimé cet article ? Partagez-le avec vos amis.\n"
    )
    assert watan.body == "Le ministère du Commerce a démenti jeudi toute augmentation du prix du lait."
    ammon = _parsed(
        "عمون\nالأرصاد: أجواء باردة وأمطار متفرقة الأحد\n"
        "عمون - توقعت إدارة الأرصاد الجوية انخفاضا ملموسا على درجات الحرارة اليوم السبت.\n"
    )
    assert ammon.title == "الأرصاد: أجواء باردة وأمطار متفرقة الأحد" and ammon.sources == ("عمون",)
    ahram = _parsed(
        "Egypt's non-oil exports rise 5% in October: Minister\nAhram Online , Sunday 26 Nov 2023\n"
        "Egypt's non-oil exports increased by 5 percent in October, the minister said on Sunday.\n"
    )
    assert ahram.sources == ("Ahram Online",) and ahram.published_at == datetime(2023, 11, 26, tzinfo=UTC)


def test_a_sections_name_above_a_headline_of_any_length_and_a_most_read_list_that_exclaims() -> None:
    short = _parsed(
        "سكاي نيوز عربية\nأبو نؤاس\nسكاي نيوز عربية\nنشر بتاريخ 1 آب 2015\nيتأرجح تمثال أبو نؤاس المطل على دجلة.\n"
    )
    assert short.title == "أبو نؤاس" and short.body == "يتأرجح تمثال أبو نؤاس المطل على دجلة."
    labelled = _parsed(
        "منوعات\nبالفيديو: الفوزان يفتي بعدم جواز الجمع بين الصيامين\n"
        "عبدالحكيم شار- سبق- متابعة: أفتى عضو هيئة كبار العلماء الدكتور صالح الفوزان بعدم جواز الجمع.\n"
    )
    assert labelled.title == "بالفيديو: الفوزان يفتي بعدم جواز الجمع بين الصيامين"
    placed = _parsed("محليات\nاحتفاء فرنسي بعبده خال\nالرياضي ـ جدة\nاحتفى القسم الثقافي في القنصلية الفرنسية بجدة.\n")
    assert placed.title == "احتفاء فرنسي بعبده خال" and placed.body.startswith("احتفى")  # no column's writer
    menu_words = _parsed("بوابة الأهرام\nثقافة حوار\nبوابة الأهرام\nتاريخ النشر : 01/08/2015\nمن المفارقات العجيبة.\n")
    assert menu_words.title == "ثقافة حوار"
    listed = _parsed(
        "وزارة العمل تعلق نشاط شركة استقدام\nعلقت وزارة العمل نشاط إحدى كبرى شركات الاستقدام بالمملكة.\n"
        "الأكثر قراءة\nأسواق الأسهم الخليجية ترتفع بعد صعود النفط\nالاتحاد في تناقضات القرض.. وتعاقدات ب100 مليون!\n"
        "جميع الحقوق محفوظة © عكاظ\n"
    )
    assert listed.body == "علقت وزارة العمل نشاط إحدى كبرى شركات الاستقدام بالمملكة." and len(listed.related) == 2


def test_an_english_sites_menu_section_newsroom_and_follow_prompt_are_no_part_of_the_article() -> None:
    page = (
        "Home\nWorld\nOpinion\nMiddle East\nSocialist critic of NATO and EU poised to win Ireland's presidency\n"
        "Her coolness to Brussels puts her at odds with the Irish government\nAl-Monitor staff\n"
        "DUBLIN — She has slammed NATO and voted against EU treaties, and she is poised to win the presidency.\n"
        "Follow Arab News on X\n"
    )
    article = _parsed(page)
    assert article.title == "Socialist critic of NATO and EU poised to win Ireland's presidency"
    assert article.sources == ("Al-Monitor",) and article.body.endswith("poised to win the presidency.")
    assert article.body.startswith("Her coolness")  # the standfirst stays the article's


def test_a_reporters_label_credits_a_person_and_heads_a_headline_otherwise() -> None:
    page = "عودة الأمطار إلى الرياض\n{line}\nتاريخ النشر: 2 أغسطس 2015\nتوقعت الهيئة العامة للأرصاد هطول أمطار غزيرة.\n"
    for line, name in (("تقرير: خالد المطيري", "خالد المطيري"), ("متابعة: فهد الدوسري", "فهد الدوسري")):
        article = _parsed(page.format(line=line))
        assert article.sources == (name,) and article.body.startswith("توقعت"), line
    headline = _parsed("تقرير: الجزائر تتخلى عن 13 ألف مهاجر في الصحراء\nتركت السلطات الجزائرية المهاجرين في الصحراء.\n")
    assert headline.title == "تقرير: الجزائر تتخلى عن 13 ألف مهاجر في الصحراء"


_STORY = (
    "الحكومة العراقية تدرس رفع رواتب المتقاعدين\n"
    "كشف مصدر حكومي، الخميس، أن مجلس الوزراء يدرس مقترحاً لرفع الحد الأدنى لرواتب المتقاعدين إلى 600 ألف دينار.\n"
    "وقال المتحدث إن تصريحات النائب لا تعبر بالضرورة عن موقف الحكومة، وإنها تمثل رأيه الشخصي.\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "المقالات المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي الموقع",
        "النص الذي يتضمن اسم الكاتب او الجهة او الوكالة، لايعبّر بالضرورة عن وجهة نظر المسلة، والمصدر هو المسؤول عن المحتوى.",
        "The views expressed in this article are the author's own and do not necessarily reflect Al Jazeera's stance.",
        "Les opinions exprimées dans cet article n'engagent que leur auteur.",
        "تنويه: جميع المقالات المنشورة تعبر عن رأي كتابها. والموقع غير مسؤول عن ذلك.",
        # the outlet's app prompts and rating boxes
        "يمكنكم متابعة آخر الأخبار عبر حسابنا على تطبيق X",
        "Download our app for the latest news",
        "Suivez toute l'actualité sur notre application",
        "هل أعجبك المقال؟",
        "قيّم هذا الخبر",
        "Was this article helpful?",
    ],
)
def test_the_outlets_disclaimers_prompts_and_rating_boxes_go_and_a_spokesmans_words_stay(furniture: str) -> None:
    article = _parsed(_STORY + furniture + "\n")
    assert article.body.endswith("وإنها تمثل رأيه الشخصي."), furniture  # the spokesman's "لا تعبر بالضرورة" is news


def test_a_disclaimer_naming_its_writer_credits_the_writer() -> None:
    note = (
        "هذا المقال بقلم بشار جرار، متحدث ومدرب، والآراء الواردة أدناه تعبر عن رأي الكاتب ولا تعكس بالضرورة وجهة نظر"
        " شبكة CNN."
    )
    article = _parsed(_STORY.replace("\n", f"\n{note}\n", 1))
    assert article.sources == ("بشار جرار",) and article.body.startswith("كشف مصدر حكومي")


@pytest.mark.parametrize(
    ("foot", "sources"),
    [
        ("المسلة – متابعة – وكالات", ("المسلة", "وكالات")),
        ("متابعة – وكالات", ("وكالات",)),
        ("عين اليوم – متابعات", ("عين اليوم", "متابعات")),
    ],
)
def test_who_compiled_the_story_from_the_wires_signs_its_foot(foot: str, sources: tuple[str, ...]) -> None:
    article = _parsed(_STORY + foot + "\n")
    assert article.sources == sources and article.body.endswith("رأيه الشخصي."), foot


def test_a_story_appended_under_who_compiled_it_keeps_its_text_and_credits_nothing() -> None:
    appended = (
        "إقرأ أيضاً:\nلاعبة بحرينية تسعى للحصول على الجنسية البرتغالية\nعين اليوم – متابعات\n"
        "تداول ناشطون مقطع فيديو يوضح مسيرة لاعبة كمال الأجسام البحرينية هيفاء الموسوي، التي تسعى للحصول على الجنسية.\n"
    )
    article = _parsed(_STORY + appended)
    assert article.sources == () and article.body.endswith("رأيه الشخصي.")
    assert [item.text[:10] for item in article.related] == ["تداول ناشط"]


def test_a_read_also_marker_glued_to_the_sentence_before_it_is_a_link() -> None:
    for body, marker in (
        ("La trêve entre Israël et le Hamas a été prolongée de deux jours, a annoncé le Qatar lundi.", "Lire aussi : "),
        ("أعلنت الحكومة رفع الحد الأدنى لرواتب المتقاعدين إلى 600 ألف دينار اعتباراً من الشهر المقبل.", "اقرأ أيضاً: "),
    ):
        article = _parsed(f"Titre du jour sur la trêve\n{body}{marker}Otages à Gaza : qui sont les détenus ?\n")
        assert article.body == body and [item.title for item in article.related] == [
            "Otages à Gaza : qui sont les détenus ?"
        ]


@pytest.mark.parametrize("heading", ["Nos abonnés ont lu", "Les plus partagés", "Most viewed", "الأكثر متابعة"])
def test_a_list_of_other_stories_under_its_heading_is_no_part_of_the_article(heading: str) -> None:
    page = (
        "Liban : trois morts dans une frappe au sud du pays\nLe 30 novembre 2023 à 08h12\n"
        "Au moins trois personnes ont été tuées jeudi dans une frappe sur un village du sud du Liban, selon l'agence.\n"
        f"{heading}\nGuerre Israël-Hamas : ce que l'on sait de la trêve\n"
    )
    article = _parsed(page)
    assert article.body.endswith("selon l'agence.") and [r.title for r in article.related] == [
        "Guerre Israël-Hamas : ce que l'on sait de la trêve"
    ], heading


def test_an_english_wires_list_of_writers_its_opening_date_and_its_editors_sign_off() -> None:
    ap = _parsed(
        "Israel, Hamas extend truce for seventh day\nBy NAJIB JOBAIN, JACK JEFFERY and SAMY MAGDY\n"
        "KHAN YOUNIS, Gaza Strip (AP) — Israel and Hamas agreed to extend their cease-fire for a seventh day, Qatar said.\n"
    )
    assert ap.sources[:3] == ("NAJIB JOBAIN", "JACK JEFFERY", "SAMY MAGDY") and ap.body.startswith("KHAN YOUNIS")
    wam = _parsed(
        "UAE announces 2024 public holidays\n"
        "Dubai, 30 November 2023 (WAM) -- The UAE Cabinet has approved the list of official holidays for 2024.\n"
        "Commemoration Day falls on December 1, and National Day on December 2 and 3.\nTR/MOHD AAMIR\n"
    )
    assert wam.published_at == datetime(2023, 11, 30, tzinfo=UTC) and wam.sources == ("WAM",)
    assert wam.body.endswith("December 2 and 3.")


def test_a_countrys_name_above_the_headline_is_the_sites_section_and_heads_no_paragraph() -> None:
    english = _parsed(
        "Arab News\nSaudi Arabia\nSaudi Arabia sets up new authority to regulate real estate sector\nAFP\n"
        "November 30, 2023 11:20\nRIYADH: Saudi Arabia's Cabinet on Tuesday approved the establishment of a new "
        "authority to regulate the real estate sector, the Saudi Press Agency reported.\n"
    )
    assert english.title == "Saudi Arabia sets up new authority to regulate real estate sector"
    assert english.published_at == datetime(2023, 11, 30, 11, 20, tzinfo=UTC)
    for head in ("السعودية\n", "الرئيسية\nمحليات\nاقتصاد\nالسعودية\n"):  # alone, or last of the site's menu
        arabic = _parsed(f"{head}ظل\nنشر في الخميس 23 يوليو 2015\nواجب على المسلم طريقه يدله قبل العمر يقضي ويطوى سجله.\n")
        assert (arabic.title, arabic.body) == ("ظل", "واجب على المسلم طريقه يدله قبل العمر يقضي ويطوى سجله."), head
    # above the story's first paragraph and the next, it heads no paragraph
    story = "أطلقت أمانة منطقة الرياض اليوم مبادرة لزراعة مليون شجرة في الأحياء السكنية خلال عامين.\n"
    opening = _parsed(f"الرياض\n{story}وأوضحت الأمانة أن المرحلة الأولى تشمل خمسة وأربعين حياً في شمال المدينة وشرقها.\n")
    assert opening.body.startswith(story.strip()), opening


def test_a_long_headline_in_a_most_read_list_is_one_of_its_links() -> None:
    long = (
        "'This new search box does not mean that you'll only get AI responses': Google's Search makeover incorporates"
        " yet more AI, but Google promises to leave room for classic results"
    )
    page = _STORY + f"Most read\nMexico to fight steel tariffs\n{long}\n© 2024 Gulf News. All rights reserved.\n"
    article = _parsed(page)
    assert article.body.endswith("رأيه الشخصي.") and [item.title for item in article.related][-1] == long


def test_an_outlet_writing_from_a_place_is_a_credit_above_the_headline_or_the_story() -> None:
    title = "بنك المغرب يبقي سعر الفائدة الرئيسي دون تغيير"
    article = parse_article("\n".join(["هسبريس من الرباط", "الجمعة 8 مارس 2024 - 14:20", title, PARAGRAPH]).encode())
    assert isinstance(article, Article) and (article.title, article.sources) == (title, ("هسبريس",))
    assert split_body(["هسبريس من الرباط", PARAGRAPH], None).sources == ("هسبريس",)
    # A person from a place is a short headline's ("ترامب من الرياض"), not a credit.
    assert split_body(["ترامب من الرياض", PARAGRAPH], None).paragraphs[0] == "ترامب من الرياض"


def test_anadolus_place_writer_and_agency_between_slashes_credit_the_writer_and_the_agency() -> None:
    sections = split_body(["إسطنبول/ محمد شيخ يوسف/ الأناضول", PARAGRAPH], None)
    assert (sections.sources, sections.paragraphs) == (("الأناضول", "محمد شيخ يوسف"), (PARAGRAPH,))


def test_a_story_opening_on_its_place_and_the_outlet_in_quotes_credits_the_outlet() -> None:
    opening = "لندن- “القدس العربي”: قالت صحيفة الغارديان إن الحكومة تدرس فرض قيود جديدة على صادرات الأسلحة."
    assert split_body([opening, PARAGRAPH], None).sources == ("القدس العربي",)
    quote = "ترامب: “سنفوز”: قال الرئيس السابق في تجمع انتخابي إن حملته ستفوز بالولايات المتأرجحة كلها."
    assert split_body([quote, PARAGRAPH], None).sources == ()  # a name and a quote: no place


def test_tags_one_a_line_above_the_pages_tail_are_tags() -> None:
    lines = [PARAGRAPH, "مجلس الوزراء", "الموازنة العامة", "عجز", "المزيد من الاقتصاد", "الحكومة ترفع أسعار غاز البوتان"]
    sections = split_body(lines, None)
    assert sections.paragraphs == (PARAGRAPH,) and sections.tag_lines == ("مجلس الوزراء، الموازنة العامة، عجز",)
    assert [r.title for r in sections.related] == ["الحكومة ترفع أسعار غاز البوتان"]


def test_an_outlets_name_above_the_date_is_no_headline_and_its_byline_with_its_writer_neither() -> None:
    page = ["الوكالة الوطنية للإعلام", "الأحد 10 آذار 2024 الساعة 12:30", "وطنية - " + PARAGRAPH]
    article = parse_article("\n".join(page).encode())
    assert isinstance(article, Article) and article.title is None, article
    assert article.sources[0] == "الوكالة الوطنية للإعلام" and article.published_at == datetime(
        2024, 3, 10, 12, 30, tzinfo=UTC
    )
    title = "احتجاجات في تل أبيب للمطالبة بصفقة تبادل أسرى فورية"
    article = parse_article("\n".join(["عربي21- أحمد صقر", "الأربعاء، 06 مارس 2024 10:14", title, PARAGRAPH]).encode())
    assert isinstance(article, Article) and (article.title, article.sources) == (title, ("عربي21", "أحمد صقر"))


def test_separators_loading_notices_and_the_story_in_other_languages_are_furniture() -> None:
    lines = ["|", "— —", "Loading...", "جاري التحميل...", PARAGRAPH]
    lines += [
        "This article is available in French on Middle East Eye French edition.",
        "Cet article est également disponible en anglais",
    ]
    assert without_furniture(lines) == [PARAGRAPH]
    said = "The report is available in French and in English, the ministry said on Tuesday after the meeting."
    assert without_furniture([said]) == [said]


def test_the_guardians_section_and_series_above_the_headline_its_writer_under_the_standfirst_and_first_date() -> None:
    english = "Famine is imminent in northern Gaza, according to a UN-backed report released on Monday in Rome."
    standfirst = "Report finds 1.1 million people face catastrophic hunger as aid deliveries remain restricted"
    page = ["World news", "Israel-Gaza war", "UN says famine in northern Gaza is imminent", standfirst, "Peter Beaumont"]
    page += ["Mon 18 Mar 2024 13.51 GMT", english, "First published on Mon 18 Mar 2024 10.02 GMT"]
    page += ["Explore more on these topics", "Israel-Gaza war", "Gaza", "Reuse this content"]
    article = parse_article("\n".join(page).encode())
    assert isinstance(article, Article)
    assert (article.title, article.sources, article.body) == (page[2], ("Peter Beaumont",), f"{standfirst}\n\n{english}")
    assert article.published_at == datetime(2024, 3, 18, 10, 2, tzinfo=UTC)  # the first publication, not the update
    assert article.tags == ("Israel-Gaza war", "Gaza")
    # A one-word headline under the site's name, the name said again below it: the headline, no series.
    sabq = ["صحيفة سبق الإلكترونية", "كواليس", "صحيفة سبق الإلكترونية", "تاريخ النشر : 7 أغسطس 2015 - 06:44 ص", PARAGRAPH]
    article = parse_article("\n".join(sabq).encode())
    assert isinstance(article, Article) and article.title == "كواليس"


def test_a_bbc_correspondents_job_and_place_under_the_byline_leave_the_text() -> None:
    english = "A ship carrying 200 tonnes of food aid has set off from Cyprus for Gaza in a trial run of a corridor."
    sections = split_body(["By Yolande Knell", "BBC Middle East correspondent, Jerusalem", english], None)
    assert (sections.sources, sections.paragraphs) == (("Yolande Knell",), (english,))


def test_tickers_above_the_head_and_the_headline_said_again_under_the_story_are_the_pages() -> None:
    title = "السعودية تطلق برنامجاً لتمويل المنشآت الصغيرة بقيمة 10 مليارات ريال"
    tickers = ["عاجل: زلزال بقوة 5.2 درجات يضرب جنوب إيران", "عاجل: وزير الخارجية يصل إلى القاهرة", "الدولار 3.75"]
    page = [*tickers, "الرياض 28°", title, "الرياض - واس", "الأحد 17 مارس 2024", PARAGRAPH, f"{title} - صحيفة الوطن"]
    article = parse_article("\n".join(page).encode())
    assert isinstance(article, Article)
    assert (article.title, article.body, article.sources) == (title, PARAGRAPH, ("واس", "صحيفة الوطن"))
    assert article.published_at == datetime(2024, 3, 17, tzinfo=UTC)
    # A script that writes no spaces makes a paragraph one "word": no ticker for its length.
    japanese = [
        "東京女子医大の新校舎建設工事を巡って、約1億2000万円を支払わせたとして逮捕した。",
        "捜査2課は13日、元理事長を逮捕した。",
    ]
    japanese[1] = "警視庁捜査2課は13日、背任の疑いで、東京女子医大の元理事長の岩本絹子容疑者を逮捕した。"
    japanese.append("岩本容疑者は2014年に副理事長、2019年に理事長に就任した。")
    assert split_head(japanese, titled=True).rest == tuple(japanese)  # (the headline came apart, as in HTML)
    # Inside the story (a poem's first verse is its title and may come again), the line stays.
    poem = split_body([PARAGRAPH, title, PARAGRAPH.replace("أقر", "ناقش")], title)
    assert title in poem.paragraphs
    # One breaking headline above the dateline is the page's own headline.
    article = parse_article("\n".join([tickers[0], "الأحد 17 مارس 2024", PARAGRAPH]).encode())
    assert isinstance(article, Article) and article.title == tickers[0]


def test_a_writers_degree_before_the_name_between_headline_and_dateline() -> None:
    title = "كيف تغير الذكاء الاصطناعي صناعة الأخبار؟"
    head = split_head([title, "د. خالد العتيبي", "الخميس 14 مارس 2024", PARAGRAPH])
    assert (head.title, head.bylines, head.rest) == (title, ("د. خالد العتيبي",), (PARAGRAPH,))
    # A king is no writer: the line stays.
    assert split_head([title, "الملك سلمان", "الخميس 14 مارس 2024", PARAGRAPH]).bylines == ()


def test_a_story_opening_on_its_outlet_and_place_has_no_headline_and_a_place_and_agency_under_it_credit() -> None:
    article = parse_article("\n".join(["السومرية نيوز/ بغداد", PARAGRAPH, PARAGRAPH.replace("أقر", "ناقش")]).encode())
    assert isinstance(article, Article) and (article.title, article.sources) == (None, ("السومرية نيوز",))
    title = "الجزائر: إطلاق مشروع لإنتاج الهيدروجين الأخضر"
    article = parse_article("\n".join([title, "الجزائر- واج", "الثلاثاء, 12 مارس 2024 15:31", PARAGRAPH]).encode())
    assert isinstance(article, Article) and (article.title, article.sources, article.body) == (title, ("واج",), PARAGRAPH)


def test_a_read_also_link_inside_a_numbered_list_leaves_the_list_going_on() -> None:
    lines = ["وفيما يلي أبرز النصائح التي يقدمها الأطباء للحفاظ على صحة القلب خلال الشهر الكريم:", "3- تجنب المقليات"]
    lines += ["تحتوي المقليات على نسبة عالية من الدهون المشبعة.", "اقرأ أيضا:", "فوائد التمر على الإفطار"]
    lines += ["4- ممارسة الرياضة", "يفضل المشي لمدة 30 دقيقة بعد الإفطار.", "5- النوم الكافي", "يحتاج الجسم إلى 7 ساعات."]
    sections = split_body(lines, None)
    assert [r.title for r in sections.related] == ["فوائد التمر على الإفطار"]
    assert sections.paragraphs == tuple(lines[:3] + lines[5:])


def test_a_country_in_capitals_above_the_headline_is_the_section_and_a_reading_time_in_minutes_is_furniture() -> None:
    english = "Dubai's Roads and Transport Authority announced on Friday that the Blue Line of the Metro will open in 2029."
    page = ["The National", "UAE", "Dubai Metro Blue Line to open in 2029 with 14 stations", "Nick Webster", "Nov 24, 2023"]
    article = parse_article("\n".join([*page, "2 min", english]).encode())
    assert isinstance(article, Article) and (article.sources, article.body) == (("The National", "Nick Webster"), english)


def test_a_place_alone_above_the_story_is_where_from_not_its_headline() -> None:
    for place in ("الرياض", "RIYADH"):
        article = parse_article("\n".join([place, PARAGRAPH, PARAGRAPH.replace("أقر", "ناقش")]).encode())
        assert isinstance(article, Article) and article.title is None and article.body.startswith(PARAGRAPH[:20])
    # A one-word headline that is no place stays the headline.
    article = parse_article("\n".join(["كواليس", PARAGRAPH, PARAGRAPH.replace("أقر", "ناقش")]).encode())
    assert isinstance(article, Article) and article.title == "كواليس"


def test_tags_one_a_line_under_the_links_of_a_read_also_heading_are_tags_not_headlines() -> None:
    story = [PARAGRAPH, "وأشار الوزير إلى أن الموازنة الجديدة تتضمن زيادة في الإنفاق على التعليم والصحة بنسبة كبيرة."]
    links = ["الموازنة العامة: عجز متوقع بنحو ملياري دينار العام المقبل", "مجلس الأمة يناقش الحساب الختامي للدولة"]
    tags = ["مجلس الوزراء", "الموازنة العامة", "عجز الموازنة"]
    sections = split_body([*story, "موضوعات متعلقة", *links, *tags], None)
    assert [r.title for r in sections.related] == links
    assert sections.tag_lines == ("، ".join(tags),)
    # Right under the heading ("المزيد"), with no link between.
    sections = split_body([*story, "المزيد", *tags], None)
    assert (sections.related, sections.tag_lines) == ((), ("، ".join(tags),))
    # Short links the article does not name are links still.
    others = ["أسعار الذهب اليوم", "حالة الطقس غدا", "نتائج الدوري"]
    assert [r.title for r in split_body([*story, "موضوعات متعلقة", *links, *others], None).related] == links + others


def test_a_stock_photos_label_with_its_credit_and_a_tracking_code_under_the_story_are_furniture() -> None:
    for label in ("صورة تعبيرية (رويترز)", "(صورة أرشيفية)", "File photo - AFP", "Photo d'illustration"):
        assert without_furniture([PARAGRAPH, label]) == [PARAGRAPH]
    # A paragraph that opens on such words is the story's.
    opening = "صورة أرشيفية لاجتماع سابق. وقال الوزير إن الاجتماع المقبل سيبحث الموازنة العامة للدولة."
    assert without_furniture([PARAGRAPH, opening]) == [PARAGRAPH, opening]
    code = "aXA6IDE5My4yMjcuMTIxLjE2IA== جزيرة ام اند امز GR"
    assert without_furniture([PARAGRAPH, code]) == [PARAGRAPH]
    # A code the story quotes stays, as does a line of words with "=" in it.
    quoted = (
        "وأرسل المخترقون رسالة تحمل الرمز aXA6IDE5My4yMjcuMTIxLjE2IA== إلى آلاف الحسابات في المنطقة خلال الأسبوع الماضي."
    )
    assert without_furniture([PARAGRAPH, quoted, "E = mc2"]) == [PARAGRAPH, quoted, "E = mc2"]


def test_a_story_opening_on_an_outlet_no_list_names_and_its_place_has_no_headline() -> None:
    rest = [PARAGRAPH, PARAGRAPH.replace("أقر", "ناقش")]
    article = parse_article("\n".join(["عنب بلدي – دمشق", *rest]).encode())
    assert isinstance(article, Article) and (article.title, article.sources) == (None, ("عنب بلدي",))
    # A headline that ends on a dash and a place runs longer than an outlet's name.
    title = "ارتفاع أسعار الخضار والفواكه في الأسواق – دمشق"
    article = parse_article("\n".join([title, *rest]).encode())
    assert isinstance(article, Article) and article.title == title


def test_a_breaking_headline_over_its_time_ago_is_the_headline_and_its_promise_of_details_furniture() -> None:
    story = "أفادت إدارة الكوارث والطوارئ التركية بأن زلزالاً بقوة 5.8 درجة ضرب ولاية ملاطية ظهر اليوم الأحد."
    title = "عاجل | زلزال بقوة 5.8 درجة يضرب جنوب تركيا"
    received = datetime(2024, 12, 1, 12, 0, tzinfo=UTC)
    page = "\n".join([title, "منذ 25 دقيقة", story, "التفاصيل لاحقاً.."]).encode()
    article = parse_article(page, received_at=received)
    assert isinstance(article, Article) and (article.title, article.body) == (title, story)
    assert article.published_at == datetime(2024, 12, 1, 11, 35, tzinfo=UTC)


def test_a_column_writers_job_under_the_byline_at_its_foot_leaves_the_page() -> None:
    foot = ["بقلم: د. سامي الخطيب", "أستاذ الاقتصاد في الجامعة الأردنية"]
    sections = split_body([PARAGRAPH, *foot], None)
    assert (sections.paragraphs, sections.sources, sections.related) == ((PARAGRAPH,), ("د. سامي الخطيب",), ())


def test_tags_between_bars_on_one_line_under_the_story_are_tags() -> None:
    sections = split_body([PARAGRAPH, "الموازنة | مجلس الوزراء | عجز الموازنة"], None)
    assert (sections.paragraphs, sections.tag_lines) == ((PARAGRAPH,), ("الموازنة، مجلس الوزراء، عجز الموازنة",))
    # A site's breadcrumbs the story does not name stay where they are.
    crumbs = "الرئيسية | أخبار | رياضة"
    assert split_body([PARAGRAPH, crumbs], None).tag_lines == ()


def test_an_agency_by_its_initials_alone_under_the_headline_is_a_credit_not_an_editors_initials() -> None:
    title = "البنك المركزي المصري يثبت أسعار الفائدة للاجتماع السادس على التوالي"
    article = parse_article("\n".join([title, "أ ش أ", "الخميس 21 نوفمبر 2024", PARAGRAPH]).encode())
    assert isinstance(article, Article) and (article.sources, article.body) == (("أ ش أ",), PARAGRAPH)
    assert without_furniture([PARAGRAPH, "ع خ"]) == [PARAGRAPH]  # an editor's initials stay furniture


def test_a_writers_name_and_job_without_a_label_and_an_outlet_with_its_wire_in_arabic_are_credits() -> None:
    english = "Dubai: Parkin on Sunday announced 12 new paid parking zones that will come into effect from January."
    foot = ["Get the latest news updates straight to your inbox"]
    sections = split_body(without_furniture(["Sajila Saseendran, Senior Reporter", english, *foot]), None)
    assert (sections.sources, sections.paragraphs) == (("Sajila Saseendran",), (english,))
    assert split_body(["بقلم: يورونيوز عربي مع أ ف ب", PARAGRAPH], None).sources == ("يورونيوز عربي", "أ ف ب")
    # A line with no name before its job is no credit.
    assert split_body([english, "The minister, a former journalist"], None).sources == ()


def test_a_long_french_dateline_with_its_update_and_a_byline_ending_on_an_initial() -> None:
    title = "Algérie : le prix du carburant inchangé en 2025, assure le gouvernement"
    dateline = "Publié le 01 déc. 2024 à 09:30 - Mis à jour le 01 déc. 2024 à 10:02"
    french = "Le gouvernement algérien a assuré dimanche que les prix des carburants resteront inchangés en 2025."
    article = parse_article("\n".join([title, "Par Karim B.", dateline, french]).encode())
    assert isinstance(article, Article) and (article.sources, article.body) == (("Karim B.",), french)
    assert article.published_at == datetime(2024, 12, 1, 9, 30, tzinfo=UTC)


def test_a_topic_kicker_over_the_headline_its_standfirst_and_byline_and_the_sites_terms_at_the_foot() -> None:
    title = "Gaza: At least 40 killed in Israeli strikes on Nuseirat, says civil defence"
    standfirst = "Most of the victims were women and children, according to rescuers"
    story = "At least 40 Palestinians were killed on Sunday in Israeli air strikes on the Nuseirat refugee camp."
    terms = (
        "Middle East Eye delivers independent coverage of the Middle East. To learn more about republishing this"
        " content and the associated fees, please fill out this form. More about MEE can be found here."
    )
    head = ["Israel-Palestine conflict", title, standfirst, "By MEE staff", "Published date: 1 December 2024 12:30 GMT"]
    article = parse_article("\n".join([*head, story, terms]).encode())
    assert isinstance(article, Article) and (article.title, article.sources) == (title, ("MEE",))
    assert article.body == f"{standfirst}\n\n{story}"


def test_a_gallerys_captions_under_its_counters_and_a_price_widget_under_the_story_leave_the_text() -> None:
    rest = "ويستمر المعرض حتى 17 نوفمبر الجاري، ويتضمن أكثر من 1300 فعالية ثقافية وفنية."
    lines = [PARAGRAPH, "1 / 6", "سموه يتجول في أجنحة المعرض", "2 / 6", "جانب من الحضور", rest]
    assert without_furniture(lines) == [PARAGRAPH, rest]
    assert without_furniture([PARAGRAPH, "1 / 6", rest]) == [PARAGRAPH, rest]  # (no caption: the story goes on)
    widget = ["أسعار العملات", "الدولار 49.75", "اليورو 52.30", "الريال السعودي 13.22"]
    assert split_body([PARAGRAPH, *widget], None).paragraphs == (PARAGRAPH,)
    # Prices the story announces are its own.
    announced = PARAGRAPH.replace(".", "، وجاءت الأسعار كالتالي:")
    assert split_body([announced, *widget[1:]], None).paragraphs == (announced, *widget[1:])


def test_a_home_crumb_and_a_sections_news_over_the_headline_and_a_follow_prompt_on_google_news_leave() -> None:
    title = "محمد بن راشد يعتمد الخطة الاستراتيجية لهيئة الطرق والمواصلات 2030"
    foot = ["تابعوا أخبار الإمارات من البيان عبر غوغل نيوز", "فيسبوك", "لينكدين"]
    page = ["البيان", "الرئيسية", "الإمارات", "أخبار الإمارات", title, "دبي - البيان", "التاريخ: 28 نوفمبر 2026"]
    article = _parsed("\n".join([*page, PARAGRAPH, *foot]))
    assert (article.title, article.sources, article.body) == (title, ("البيان",), PARAGRAPH)


def test_outlets_and_agencies_opening_the_first_paragraph_are_credited() -> None:
    story = "قال وزير الاستثمار إن حجم الاستثمارات المستفيدة من القانون بلغ نحو 1.2 مليار دينار."
    for opening, credit in (("عمون - ", "عمون"), ("(بترا) - ", "بترا"), ("عمون – ", "عمون")):
        assert split_body([opening + story], None).sources == (credit,), opening
    assert split_body(["الطفيلة - " + story], None).sources == ()  # a town is no outlet


def test_the_outlets_wire_and_two_datelines_above_the_headline_and_a_newsletter_heading_at_the_foot() -> None:
    title = "الاتحاد الأوروبي يفرض حزمة عقوبات جديدة على روسيا"
    head = ["فرانس24 / أ ف ب", "نشرت في: 30/11/2026 - 09:14", "آخر تحديث: 30/11/2026 - 11:02", title, "© رويترز"]
    foot = ["النشرة الإخبارية", "اشترك في النشرة الإخبارية لفرانس24"]
    article = _parsed("\n".join([*head, PARAGRAPH, *foot]))
    assert (article.title, article.sources, article.body) == (title, ("فرانس24", "أ ف ب"), PARAGRAPH)


def test_a_table_flattened_one_cell_a_line_under_the_story_leaves_and_its_credit_stays() -> None:
    table = ["أبرز البيانات المالية", "البند", "التغير", "الإيرادات", "1.12 تريليون", "1.08 تريليون", "(3.6 %)"]
    sections = split_body([PARAGRAPH, *table, "المصدر: أرقام"], None)
    assert (sections.paragraphs, sections.sources) == ((PARAGRAPH,), ("أرقام",))
    # A list of words under the story is no table: no figures among them.
    words = ["الرياض", "جدة", "الدمام", "مكة", "المدينة", "تبوك"]
    assert split_body([PARAGRAPH, *words], None).paragraphs[:2] == (PARAGRAPH, "الرياض")


def test_a_caption_above_the_dateline_and_the_outlet_in_brackets_after_its_place() -> None:
    title = "وزير التعليم العالي يجتمع برؤساء الجامعات الأهلية لمتابعة الامتحانات"
    head = ["مصراوي", title, "كتب- محمد سامي:", "09:12 م الإثنين 30 نوفمبر 2026", "وزير التعليم العالي خلال الاجتماع"]
    article = _parsed("\n".join([*head, "القاهرة - (مصراوي):", PARAGRAPH]))
    assert (article.title, article.body) == (title, PARAGRAPH)
    assert set(article.sources) == {"محمد سامي", "مصراوي"}
    # A page with no headline under the site's name has no title: not the site's name.
    assert _parsed("\n".join(["مصراوي", *head[2:], "القاهرة - (مصراوي):", PARAGRAPH])).title is None


def test_a_date_opening_the_first_paragraph_dates_the_story_and_the_desks_initials_sign_it_off() -> None:
    story = (
        "November 29, 2026 (KADUGLI) – The movement said on Sunday it was ready to take part in peace talks if the"
        " warring parties agree on a humanitarian truce."
    )
    article = _parsed("\n".join(["SPLM-N says ready for talks if humanitarian truce agreed", story, "(ST)"]))
    assert (article.published_at, article.body) == (datetime(2026, 11, 29, tzinfo=UTC), story)
    assert _parsed("\n".join(["Tunisie : la BCT maintient son taux directeur", PARAGRAPH, "I. B."])).body == PARAGRAPH


def test_unlabelled_tags_under_a_short_closing_sentence_with_the_stories_section_among_them() -> None:
    closing = "وأضاف أن جدول أعمال الاجتماع سيعلن في وقت لاحق."
    story = "أعلن المتحدث باسم الكرملين أن الرئيس الروسي فلاديمير بوتين سيعقد اجتماعا مع مجلس الأمن."
    sections = split_body([story, closing, "العالم", "روسيا", "فلاديمير بوتين"], None)
    assert (sections.paragraphs, sections.tag_lines) == ((story, closing), ("العالم، روسيا، فلاديمير بوتين",))
    # The site's sections alone are no tags.
    assert split_body([story, closing, "العالم", "اقتصاد", "رياضة"], None).tag_lines == ()


def test_where_from_and_who_above_the_headline_said_twice_and_the_sites_name_signing_the_foot() -> None:
    title = "وزير الدولة للشؤون الخارجية يجتمع مع نائب وزير خارجية كوريا"
    article = _parsed("\n".join(["الدوحة - الشرق", title, "30 نوفمبر 2026 , 09:30ص", title, PARAGRAPH]))
    assert (article.title, article.sources, article.body) == (title, ("الشرق",), PARAGRAPH)
    title = "محافظ الجيزة يتفقد أعمال رصف طريق الواحات"
    page = ["الدستور", title, "الإثنين 30/نوفمبر/2026 - 05:12 م", "محافظ الجيزة", "محمد عبد الرحمن", PARAGRAPH, "الدستور"]
    article = _parsed("\n".join(page))
    assert (article.title, set(article.sources), article.body) == (title, {"محمد عبد الرحمن", "الدستور"}, PARAGRAPH)


def test_a_photos_kind_after_a_dash_marks_its_caption() -> None:
    caption = "Egyptian Minister of Planning Rania Al-Mashat and EU Commissioner Dubravka Šuica - Press photo"
    english = "CAIRO - 30 November 2026: Egypt and the European Union signed on Monday a memorandum of understanding."
    assert split_body([caption, english], None).paragraphs == (english,)


def test_a_latin_sites_name_with_de_over_its_home_and_section_and_its_opening_credit() -> None:
    title = "Le déficit budgétaire à 4,1% du PIB à fin septembre"
    french = "La Presse — Le déficit budgétaire de la Tunisie s’est établi à 4,1% du PIB à fin septembre 2026."
    article = _parsed("\n".join(["La Presse de Tunisie", "Accueil", "Economie", title, "Publié le 30/11/2026", french]))
    assert (article.title, article.sources, article.body) == (title, ("La Presse de Tunisie", "La Presse"), french)


def test_a_short_caption_saying_its_a_photo_the_desks_spaced_initials_and_a_french_comment_prompt_leave() -> None:
    english = "Doha: Qatar Airways has announced the launch of three new destinations starting June 2027."
    lines = ["Qatar Airways aircraft (file photo)", english, "S H", "Vous souhaitez réagir à cet article ?"]
    assert split_body(without_furniture([*lines, "Connectez-vous"]), None).paragraphs == (english,)
    # One word is no description of a photo.
    assert split_body(["Grounded (file photo)", english], None).paragraphs == ("Grounded (file photo)", english)


def test_a_list_the_story_announces_under_a_heading_with_a_colon_stays() -> None:
    listed = ["درجات الحرارة المتوقعة:", "الرياض 27", "جدة 31", "أبها 18"]
    assert split_body([PARAGRAPH, *listed], None).paragraphs == (PARAGRAPH, *listed)


def test_a_french_hour_written_apart_is_the_datelines_time() -> None:
    title = "Sonatrach signe un accord gazier avec l’italien ENI"
    french = "Le groupe Sonatrach et la compagnie italienne ENI ont signé hier à Alger un accord gazier, a-t-on appris."
    article = _parsed("\n".join([title, "30 novembre 2026 à 10 h 45 min", "Par Salim Mesbah", french]))
    assert article.published_at == datetime(2026, 11, 30, 10, 45, tzinfo=UTC)


def test_a_press_releases_about_and_media_contacts_leave_and_a_sub_heading_higher_up_stays() -> None:
    closing = "وقال الرئيس التنفيذي للمجموعة إن هذا الإطلاق يمثل خطوة مهمة في رحلة التحول الرقمي."
    foot = [
        "نبذة عن stc:",
        "تعد مجموعة stc من أكبر شركات الاتصالات في المنطقة.",
        "للاستفسارات الإعلامية:",
        "media@stc.com.sa",
    ]
    assert split_body([PARAGRAPH, closing, *foot], None).paragraphs == (PARAGRAPH, closing)
    english = "Aramco said on Monday that its third-quarter net income fell to $27.6 billion, below forecasts."
    assert split_body(
        [english, "About Aramco", "Aramco is one of the world's largest energy companies."], None
    ).paragraphs == (english,)
    # Far from the foot, such a heading is the story's own.
    story = [english, "نبذة عن الشركة:", *[PARAGRAPH] * 8]
    assert len(split_body(story, None).paragraphs) == len(story)


def test_a_wire_opening_in_latin_capitals_dates_the_story_without_an_agency() -> None:
    story = "MUSCAT, NOV 30 - The Sultanate of Oman will host the 47th GCC Summit on December 14, officials said."
    article = parse_article(
        "\n".join(
            ["Oman to host GCC summit in December", story, "Related Posts", "Muscat launches winter campaign"]
        ).encode(),
        datetime(2026, 12, 1, tzinfo=UTC),
        ParseOptions(enrich=False),
    )
    assert isinstance(article, Article) and article.published_at == datetime(2026, 11, 30, tzinfo=UTC)
    assert (article.body, [item.title for item in article.related]) == (story, ["Muscat launches winter campaign"])


def test_a_latin_writers_name_beside_the_date_a_papers_file_and_bloomberg_in_arabic() -> None:
    title = "Türkiye, Iraq agree to boost trade, energy cooperation"
    english = "Turkish Foreign Minister Hakan Fidan and his Iraqi counterpart agreed on Monday to strengthen trade ties."
    article = _parsed("\n".join([title, "Ahmet Gencturk  |30.11.2026 - Update : 30.11.2026", english]))
    assert (article.sources, article.body) == (("Ahmet Gencturk",), english)
    assert _parsed("\n".join([title, "Staff Reporter | 30.11.2026", english])).sources == ()
    assert without_furniture([PARAGRAPH, "من ملف : الانتخابات الرئاسية"]) == [PARAGRAPH]
    assert split_body(["المصدر: الشرق", "بلومبرغ", PARAGRAPH], None).sources == ("الشرق", "بلومبرغ")


def test_lower_case_initials_and_wordpress_like_button_at_the_foot_leave() -> None:
    english = "KUWAIT: The ministry will raise electricity tariffs for residential units occupied by expatriates."
    assert without_furniture([english, "kt"]) == [english]
    assert without_furniture([english, "Share this:", "Like this:"]) == [english]
    assert without_furniture([english, "Yes"]) == [english, "Yes"]  # (a capitalised word is no initials)


def test_the_place_in_capitals_under_a_standfirst_is_the_datelines_not_the_storys() -> None:
    standfirst = "Turkish, Iraqi foreign ministers meet in Ankara, discuss Development Road project"
    english = "Turkish Foreign Minister Hakan Fidan and his Iraqi counterpart agreed on Monday to strengthen trade ties."
    assert split_body([standfirst, "ANKARA", english], None).paragraphs == (standfirst, english)
    assert split_body([standfirst, "NATO", english], None).paragraphs == (standfirst, "NATO", english)  # no place
