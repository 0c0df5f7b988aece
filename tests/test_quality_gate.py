"""Quality gates on real data: extraction scores may not fall below pinned floors.

Each gate runs newsstream and the established tool side by side in the same test, on third-party
corpora read from ../shared (skipped with a message when absent). The floors are pinned a little
under today's scores so that a regression fails CI; the printed figures are the ones to report.
"""

from __future__ import annotations

import pytest

from streams.core.language import detect_language
from streams.testing.evaluation import (
    ant_articles,
    evaluate_fundus,
    evaluate_htmldate,
    evaluate_rendered,
    fundus_articles_as_text,
    glued_story_false_alarms,
    read_also_pairs,
    rendered_saudinewsnet,
    site_chrome_changes,
)
from streams.testing.render import ENGLISH_SITE_KIT
from tests.conftest import shared_file

pytestmark = pytest.mark.corpus


def test_fundus_pages_at_least_as_good_as_trafilatura() -> None:
    root = shared_file("corpora/fundus/index.jsonl").parent
    ours, trafilatura = evaluate_fundus(root)
    print("\nfundus newsstream:", ours.summary(), "\nfundus trafilatura:", trafilatura.summary())
    assert ours.count == trafilatura.count >= 250
    assert ours.title_accuracy >= trafilatura.title_accuracy
    assert ours.date_accuracy >= trafilatura.date_accuracy
    assert ours.body_f1 >= trafilatura.body_f1
    assert ours.body_f1 >= 0.945  # pinned floor (0.952 when pinned)
    assert ours.title_accuracy >= 0.82  # pinned floor (0.830 when pinned; trafilatura 0.678)
    assert ours.date_accuracy >= 0.975  # pinned floor (0.981 when pinned; trafilatura 0.965)
    # The markup's bylines are credits: the share of the pages' authors among the record's sources.
    assert ours.extra["author_recall"] >= 0.78  # pinned floor (0.811 when pinned, trafilatura's own author field)


def test_htmldate_pages_at_least_as_good_as_htmldate() -> None:
    root = shared_file("corpora/htmldate/eval_mediacloud_2020_with_paths.json").parent
    ours, htmldate = evaluate_htmldate(root, every=4)  # all 200 news pages of 2020, a quarter of the rest
    print("\nhtmldate newsstream:", ours.summary(), "\nhtmldate find_date:", htmldate.summary())
    assert ours.count == htmldate.count >= 390
    assert ours.date_accuracy >= htmldate.date_accuracy
    assert ours.date_accuracy >= 0.88  # pinned floor


def test_saudinewsnet_rendered_as_scraped_text() -> None:
    cases = rendered_saudinewsnet(shared_file("corpora/saudinewsnet/articles.dev.jsonl"))
    scores = evaluate_rendered(cases)
    print("\nSaudiNewsNet rendered:", scores.summary())
    assert scores.count >= 1900
    assert scores.extra["rejected"] == 0
    assert scores.title_accuracy >= 0.98
    assert scores.date_accuracy >= 0.97
    assert scores.body_f1 >= 0.98
    assert scores.extra["leaks"] == 0  # no appended article may reach a body
    assert scores.extra["sources_exact"] >= 0.99
    assert scores.extra["separated_tags_exact"] >= 0.98


def test_the_sites_name_sections_menu_and_feet_around_a_page_leave_its_title_date_and_body() -> None:
    """The same SaudiNewsNet pages, bare and inside the lines of a site a scraper copies with them: its name
    above the headline (said again below it, or with its section), its menu, a writer's byline under the headline,
    its share buttons, follow prompts, most-read list and copyright. (Where the name is a word no list knows and
    the headline has two words, "عمون" then "وردة الهيئة..!!", or the headline is a person's name under a section,
    "رياضة" then "أبو نؤاس", which the page may as well name as its writer, a page cannot tell which is which: a
    few pages may change.)"""
    cases = rendered_saudinewsnet(shared_file("corpora/saudinewsnet/articles.dev.jsonl"), limit=600)
    changed = site_chrome_changes([(case.raw, case.title) for case in cases])
    print("\nsite chrome (pages, changed):", changed)
    assert all(pages >= 550 for pages, _ in changed.values())
    # 4 of 4,800 when pinned, a country among the sections (984 at cd2dcc1; 207 menus holding "السعودية" changed
    # before a country's name was read as a menu's item)
    assert sum(n for _, n in changed.values()) <= 12
    # fundus's English and French articles as text, inside an English-language site's chrome ("Khaleej Times",
    # "World", "Al-Monitor staff", "Follow Arab News on X", "Most read", "© 2024 …").
    fundus = fundus_articles_as_text(shared_file("corpora/fundus/index.jsonl").parent)
    pages = [(f"{title}\n{text}", title) for title, text in fundus if title and detect_language(text) in ("en", "fr")]
    changed = site_chrome_changes(pages, kit=ENGLISH_SITE_KIT)
    print("site chrome, fundus in English and French (pages, changed):", changed)
    assert all(count >= 90 for count, _ in changed.values())
    assert sum(n for _, n in changed.values()) <= 12  # 4 of 752 when pinned (408 at cd2dcc1; 9 before a 30-word headline
    # in the most-read list was one of its links)

    """The marker-less cut on true single articles written as text, with their titles: fundus's pages
    (sub-headings, live blogs) and ANT's first 6,000 articles (listicles)."""
    fundus = glued_story_false_alarms(fundus_articles_as_text(shared_file("corpora/fundus/index.jsonl").parent))
    ant = glued_story_false_alarms(ant_articles(shared_file("corpora/ant/ant_multisource.train.jsonl"), 6000))
    print("\nglued-story false alarms: fundus", fundus, "ANT", ant)
    assert fundus[0] >= 250 and fundus[1] <= 5  # 3 when pinned
    assert ant[0] >= 5000 and ant[1] <= 6  # 2 when pinned


def test_stories_appended_under_a_read_also_link_stay_out_and_links_inside_an_article_keep_it_whole() -> None:
    """SaudiNewsNet pairs: an unrelated story under a lone "اقرأ أيضاً:" with a credit line below it (383 of 400
    leaked into the body at e52ff89, when any credit below made the marker an inline link), and a same-topic
    headline linked inside an article that goes on to its credit (3 of 156 cut then); and the unrelated story
    glued on with neither marker nor credit (197 of 400 leaked before a news headline's story was weighed by
    chance too, 144 before a verbless headline's whose lede says it again, 111 before one that asks, 102
    before a title's common word stopped deciding, 91 before a lede saying one word again counted on a page
    of no other part)."""
    found = read_also_pairs(shared_file("corpora/saudinewsnet/articles.dev.jsonl"))
    print("\nread-also pairs (cases, failures):", found)
    appended, glued, same_topic = found["appended"], found["glued"], found["same_topic"]
    assert appended[0] == 400 and appended[1] <= 45  # 29 when pinned (88 before the chance weighing)
    assert glued[0] == 400 and glued[1] <= 90  # 76 when pinned
    assert same_topic[0] >= 150 and same_topic[1] <= 8  # 4 when pinned
