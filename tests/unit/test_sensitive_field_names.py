"""The sensitive-term question names each field in the reader's language (issue 13).

Core's refusal (SensitiveTermsNotConfirmed) is what the command line prints and the
screens' question is built from; it named the fields by their keys ("facts: mosque;
other_explanations: prayers") in every language.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from radprev_desktop.core import labels, languages
from radprev_desktop.core.errors import SensitiveTermsNotConfirmed
from radprev_desktop.core.i18n import translator
from radprev_desktop.core.services import observations
from radprev_desktop.core.session import Session
from tests.unit.records_support import observation_input, subject

TRANSLATED = [c for c in languages.OFFERED if c != languages.SOURCE]


def _refusal(officer: Session) -> SensitiveTermsNotConfirmed:
    s = subject(officer)
    data = replace(
        observation_input(s.id, "He shouted near the mosque poster in the corridor."),
        other_explanations="He may have been going to Friday prayers.",
    )
    with pytest.raises(SensitiveTermsNotConfirmed) as caught:
        observations.record(officer, data, submit_now=True)
    return caught.value


def test_the_refusal_names_the_fields_in_english(officer: Session) -> None:
    shown = str(_refusal(officer).text)
    assert "What was seen or heard: mosque" in shown
    assert "Other explanations considered: prayers" in shown
    assert "facts" not in shown and "other_explanations" not in shown


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_refusal_names_the_fields_in_each_language(officer: Session, code: str) -> None:
    exc = _refusal(officer)
    words = translator(code, "labels")
    shown = words.error(exc)
    facts = words.tr(labels.FIELDS["facts"])
    others = words.tr(labels.FIELDS["other_explanations"])
    assert words.has("labels", labels.FIELDS["facts"]), code
    assert facts != labels.FIELDS["facts"] and f"{facts}: mosque" in shown
    assert f"{others}: prayers" in shown
    assert "facts" not in shown and "other_explanations" not in shown
    assert "What was seen" not in shown


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_checklist_items_evidence_is_named_with_its_code(code: str) -> None:
    words = translator(code, "labels")
    shown = words.text(labels.field_word("answers.A3.4"))
    assert "A3.4" in shown and "Evidence for" not in shown and "answers." not in shown
    # Every field key of both forms has a name of its own.
    assert labels.FIELDS and all(words.has("labels", f) for f in labels.FIELDS.values())
