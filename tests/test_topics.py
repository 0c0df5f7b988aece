"""Topic labels: the taxonomy, non-Arabic articles, the command, and the cross-outlet quality gate."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from streams.core.enrich.tokens import tokenize
from streams.core.enrich.topics import TAXONOMY, TopicModel, classify
from streams.testing.topics import HELD_OUT_OUTLET, evaluate, load_ant
from tests.conftest import ROOT, shared_file


def test_arabic_articles_get_ranked_calibrated_topics() -> None:
    topics = classify("الهلال يفوز على النصر", tokenize("حقق فريق الهلال فوزا مثيرا على النصر بهدفين لهدف في الدوري"), "ar")
    assert topics[0].label == "sports" and topics[0].score > 0.5
    assert [t.score for t in topics] == sorted((t.score for t in topics), reverse=True)
    assert all(t.label in TAXONOMY for t in topics) and sum(t.score for t in topics) <= 1.0001


def test_non_arabic_articles_get_other_with_a_low_score() -> None:
    for language in ("en", "fr", "und"):
        topics = classify("Central bank raises rates", tokenize("The central bank raised its rates."), language)
        assert [t.label for t in topics] == ["other"] and topics[0].score < 0.2


def test_topics_command() -> None:
    lines = (
        '{"title": "ارتفاع أسعار النفط", "text": "ارتفعت أسعار النفط اليوم مع تراجع المخزونات الأمريكية"}\nplain text line\n'
    )
    result = subprocess.run(
        [sys.executable, "-m", "streams.cli", "topics"], input=lines, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line)["topics"] for line in result.stdout.splitlines())
    assert first[0]["label"] == "economy"
    assert second[0]["label"] == "other"


@pytest.mark.corpus
def test_macro_f1_on_an_outlet_never_trained_on() -> None:
    articles = load_ant(shared_file("corpora/ant/ant_multisource.train.jsonl").parent)
    held_out = [a for a in articles if a.outlet == HELD_OUT_OUTLET]
    report = evaluate(TopicModel.load(), held_out, TAXONOMY)
    print(f"\ntopics on {HELD_OUT_OUTLET} (never trained on): {report}")
    assert report["articles"] == 4702
    assert float(report["macro_f1"]) >= 0.87  # pinned floor: 0.883 when pinned (goal 0.85)
    assert float(report["accuracy"]) >= 0.89
    assert float(report["calibration_error"]) <= 0.05  # "scores are calibrated probabilities": 0.028 when pinned
