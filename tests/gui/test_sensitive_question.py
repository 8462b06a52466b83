"""The sensitive-term question names the fields in the screen's language (issue 13).

It named them by their keys (facts, other_explanations, answers.A3.4) in every
language. The real question box, in Macedonian and in Serbian Cyrillic, with the
findings core raises for an observation and a checklist.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from radprev_desktop.core import labels
from radprev_desktop.core.errors import SensitiveTermsNotConfirmed
from radprev_desktop.core.i18n import translator
from radprev_desktop.core.safeguards import Category, SensitiveFinding
from radprev_desktop.gui import i18n
from radprev_desktop.gui.sensitive_question import ask_sensitive
from tests.gui.modal import respond_to_modal


@pytest.mark.parametrize("code", ["mk", "sr_Cyrl", "sq"])
def test_the_question_names_each_field_in_the_language(qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install_language(code)
    parent = QWidget()
    qtbot.addWidget(parent)
    findings = (
        SensitiveFinding("facts", (Category.RELIGION,), ("mosque",)),
        SensitiveFinding("other_explanations", (Category.RELIGION,), ("prayers",)),
        SensitiveFinding("answers.A3.4", (Category.POLITICS,), ("party",)),
    )
    words = translator(code, "labels")
    change = translator(code, "SensitiveQuestion").tr("Change the wording")
    seen: list[str] = []
    respond_to_modal(button=change.replace("&", ""), seen=seen)
    kept = ask_sensitive(parent, SensitiveTermsNotConfirmed(findings, labels.field_word))
    assert not kept
    [question] = [t for t in seen if "mosque" in t]
    assert f"{words.tr(labels.FIELDS['facts'])}: mosque" in question
    assert f"{words.tr(labels.FIELDS['other_explanations'])}: prayers" in question
    assert f"{words.text(labels.field_word('answers.A3.4'))}: party" in question
    for key in ("facts", "other_explanations", "answers.", "What was seen", "Evidence for"):
        assert key not in question, key
