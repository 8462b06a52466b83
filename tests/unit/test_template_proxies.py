"""The template checker against a corpus of good and bad item texts (issue #14).

`tests/data/template_proxies.json` holds ~120 item texts in the region's languages:
proxies for religion, identity or lawful opinion that must be refused as indicators
("Became very devout…", "Attends Friday gatherings", "Expresses strong political
views…"), behaviour that must be accepted, and protective factors that may name
religious support ("contact with the prison chaplain or imam"). Each text is put into
a copy of the shipped sample template and run through the real import check.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.templates import validation
from radprev_desktop.core.templates.proxies import ProxyKind, proxies_in

DATA = Path(__file__).resolve().parents[1] / "data" / "template_proxies.json"
SAMPLE = resource_path("templates", "frontline-observation-sample.json")
CORPUS: list[dict[str, str]] = json.loads(DATA.read_text("utf-8"))["items"]


def _sample() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text("utf-8"))


def _placed(text: str, lang: str, where: str) -> tuple[dict[str, Any], str]:
    """The sample with one item's wording in `lang` replaced by `text`; the label's path."""
    data = copy.deepcopy(_sample())
    if where == "indicator":
        item, path = data["domains"][0]["items"][0], "$.domains[0].items[0].label"
    else:
        item, path = data["protective_factors"]["items"][0], "$.protective_factors.items[0].label"
    item["label"] = {**item["label"], lang: text}
    return data, f"{path}.{lang}"


def _refusals(text: str, lang: str, where: str) -> list[str]:
    """What the checker says about the text (identity words and proxies), nothing else."""
    data, path = _placed(text, lang, where)
    return [
        why
        for at, why in validation.semantic_problems(data)
        if at == path and "non_indicators" in str(why)
    ]


def test_the_corpus_is_large_and_balanced() -> None:
    assert len(CORPUS) >= 100
    refused = [c for c in CORPUS if c["expect"] == "refused"]
    accepted = [c for c in CORPUS if c["expect"] == "accepted"]
    assert len(refused) >= 40 and len(accepted) >= 40
    assert {c["lang"] for c in refused} >= {"en", "pl", "sr", "sq", "mk"}


def test_the_shipped_sample_passes() -> None:
    assert validation.semantic_problems(_sample()) == []


@pytest.mark.parametrize("case", CORPUS, ids=lambda c: f"{c['where']}-{c['lang']}-{c['text'][:40]}")
def test_each_text_is_refused_or_accepted_as_the_corpus_says(case: dict[str, str]) -> None:
    refusals = _refusals(case["text"], case["lang"], case["where"])
    if case["expect"] == "refused":
        assert refusals, f"let through: {case['text']!r}"
    else:
        assert refusals == [], refusals


def test_the_issues_examples_name_what_they_stand_for() -> None:
    kinds = {
        text: {m.kind for m in proxies_in(text)}
        for text in (
            "Became very devout and reads holy texts all day",
            "Attends Friday gatherings",
            "Expresses strong political views about the government",
        )
    }
    assert kinds == {
        "Became very devout and reads holy texts all day": {ProxyKind.DEVOTION},
        "Attends Friday gatherings": {ProxyKind.FRIDAY},
        "Expresses strong political views about the government": {ProxyKind.POLITICS},
    }
    assert proxies_in("Regular, constructive contact with the prison chaplain or imam") == []


def test_help_texts_may_name_innocent_explanations() -> None:
    data = copy.deepcopy(_sample())
    data["domains"][0]["items"][0]["help"] = {
        "en": "Fasting, prayer times and religious holidays are practical reasons too.",
        "pl": "Post, pory modlitwy i święta religijne to także praktyczne powody.",
    }
    refused = [p for p in validation.semantic_problems(data) if "non_indicators" in str(p[1])]
    assert refused == []
