"""Feedback in plain words, in the trainee's language.

The headline of each point is an English source string translated through the
report catalogue (`reports_<lang>.ts`, context "reports"), like every other
text core prints; the scenario's own explanation ("why") comes from the
scenario file in the same language. Nothing here rates the synthetic
prisoner: each sentence is about what the trainee wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from radprev_desktop.core.i18n import Translator, report_translator
from radprev_desktop.core.model import SourceType, Urgency
from radprev_desktop.core.services import grading
from radprev_desktop.core.templates.model import Template, pick
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.training.feedback import (
    Feedback,
    FeedbackPoint,
    Outcome,
    PointKind,
)
from radprev_desktop.core.training.scenarios import NonIndicator, Scenario, non_indicator_label

#: A word quoted from the trainee's answer, in the language's quotation marks („%1“, „%1”…).
QUOTED = QT_TRANSLATE_NOOP("reports", "“%1”")

#: The headline of each kind of point (English source; %1… are filled in).
HEADLINES: dict[PointKind, str] = {
    PointKind.FACTS_PLAIN: QT_TRANSLATE_NOOP(
        "reports", "Your facts say what was seen and heard, without words of opinion."
    ),
    PointKind.ASSESSMENT_WORDS_IN_FACTS: (
        QT_TRANSLATE_NOOP(
            "reports",
            "Your facts contain words of opinion: %1. Facts say what was seen or "
            "heard; put opinions in the assessment, and quote what people said in "
            "quotation marks.",
        )
    ),
    PointKind.INFORMANT_NAMED: (
        QT_TRANSLATE_NOOP(
            "reports",
            "You named the person who told you (%1) outside the restricted source "
            "field. Their safety depends on it: name them only in the source "
            "identity field, which is never printed.",
        )
    ),
    PointKind.SENSITIVE_WORDS_IN_FACTS: (
        QT_TRANSLATE_NOOP(
            "reports", "Your facts mention %1. Is this necessary to describe the behaviour?"
        )
    ),
    PointKind.INDICATOR_FOUND: QT_TRANSLATE_NOOP("reports", "You ticked %1 (%2): right."),
    PointKind.INDICATOR_MISSED: QT_TRANSLATE_NOOP(
        "reports", "You did not tick %1 (%2), which the facts support."
    ),
    PointKind.INDICATOR_ACCEPTABLE: (
        QT_TRANSLATE_NOOP(
            "reports",
            "You ticked %1 (%2). Here that is a matter of judgement: neither "
            "ticking nor leaving it is a mistake.",
        )
    ),
    PointKind.INDICATOR_WRONG: QT_TRANSLATE_NOOP(
        "reports", "You ticked %1 (%2), which the facts do not support."
    ),
    PointKind.NON_INDICATOR_TICKED: (
        QT_TRANSLATE_NOOP(
            "reports",
            "You ticked %1 (%2) on the strength of something that is never an indicator: %3.",
        )
    ),
    PointKind.NO_INDICATOR_RIGHTLY: (
        QT_TRANSLATE_NOOP(
            "reports", "You ticked no item: right, nothing in these facts is an indicator."
        )
    ),
    PointKind.EVIDENCE_ASSESSMENT_WORDS: (
        QT_TRANSLATE_NOOP(
            "reports",
            "The evidence for %1 contains words of opinion: %2. Evidence is a "
            "concrete, dated example of what was seen or heard.",
        )
    ),
    PointKind.URGENCY_RIGHT: QT_TRANSLATE_NOOP("reports", "Urgency: %1. Right."),
    PointKind.URGENCY_TOO_LOW: QT_TRANSLATE_NOOP(
        "reports", "You chose the urgency %1; this needs %2."
    ),
    PointKind.URGENCY_TOO_HIGH: QT_TRANSLATE_NOOP(
        "reports", "You chose the urgency %1; %2 is enough here."
    ),
    PointKind.SOURCE_TYPE_DIFFERS: (
        QT_TRANSLATE_NOOP("reports", "You recorded how you know it as “%1”; here it is “%2”.")
    ),
    PointKind.GRADING_RIGHT: QT_TRANSLATE_NOOP(
        "reports", "Grading: source %1, information %2. Right."
    ),
    PointKind.SOURCE_GRADE_DIFFERS: QT_TRANSLATE_NOOP(
        "reports", "You graded the source %1; here it should be %2."
    ),
    PointKind.INFORMATION_GRADE_DIFFERS: QT_TRANSLATE_NOOP(
        "reports", "You graded the information %1; here it should be %2."
    ),
    PointKind.GRADING_NOT_COMPARED: (
        QT_TRANSLATE_NOOP(
            "reports", "This vault grades with another scale (%1); your grading was not compared."
        )
    ),
    PointKind.SOURCE_IDENTITY_EMPTY: (
        QT_TRANSLATE_NOOP(
            "reports",
            "Someone told you this: record who, in the restricted source identity "
            "field (never printed), so the security unit can judge the source.",
        )
    ),
    PointKind.ALTERNATIVES_CONSIDERED: QT_TRANSLATE_NOOP(
        "reports", "Your assessment weighs other possible explanations."
    ),
    PointKind.ALTERNATIVES_MISSING: (
        QT_TRANSLATE_NOOP(
            "reports",
            "Your assessment weighs no other explanation. Before a behaviour is "
            "read as a sign, ask what else could explain it.",
        )
    ),
    PointKind.ALTERNATIVE_NOT_CONSIDERED: QT_TRANSLATE_NOOP("reports", "Also worth weighing:"),
    PointKind.CONTEXT_NOTED: QT_TRANSLATE_NOOP("reports", "You noted the context: %1 (%2)."),
    PointKind.CONTEXT_NOT_NOTED: (
        QT_TRANSLATE_NOOP(
            "reports", "Context worth recording, for support and never as a risk sign: %1 (%2)."
        )
    ),
    PointKind.PROTECTIVE_RECORDED: QT_TRANSLATE_NOOP(
        "reports", "You recorded the protective factor %1 (%2)."
    ),
    PointKind.PROTECTIVE_MISSED: QT_TRANSLATE_NOOP(
        "reports", "You did not record the protective factor %1 (%2)."
    ),
    PointKind.NON_INDICATOR_REMINDER: QT_TRANSLATE_NOOP("reports", "Not an indicator: %1."),
}

#: Short names of the points to improve, for the trainer's list of common mistakes.
MISTAKE_NAMES: dict[PointKind, str] = {
    PointKind.ASSESSMENT_WORDS_IN_FACTS: QT_TRANSLATE_NOOP(
        "reports", "Words of opinion in the facts"
    ),
    PointKind.INFORMANT_NAMED: QT_TRANSLATE_NOOP(
        "reports", "Informant named outside the restricted field"
    ),
    PointKind.INDICATOR_MISSED: QT_TRANSLATE_NOOP("reports", "Item missed"),
    PointKind.INDICATOR_WRONG: QT_TRANSLATE_NOOP(
        "reports", "Item ticked that the facts do not support"
    ),
    PointKind.NON_INDICATOR_TICKED: QT_TRANSLATE_NOOP(
        "reports", "Item ticked on the strength of a non-indicator"
    ),
    PointKind.EVIDENCE_ASSESSMENT_WORDS: QT_TRANSLATE_NOOP(
        "reports", "Words of opinion in the evidence"
    ),
    PointKind.URGENCY_TOO_LOW: QT_TRANSLATE_NOOP("reports", "Urgency too low"),
    PointKind.URGENCY_TOO_HIGH: QT_TRANSLATE_NOOP("reports", "Urgency too high"),
    PointKind.SOURCE_TYPE_DIFFERS: QT_TRANSLATE_NOOP("reports", "How it is known recorded wrongly"),
    PointKind.SOURCE_GRADE_DIFFERS: QT_TRANSLATE_NOOP("reports", "Source graded wrongly"),
    PointKind.INFORMATION_GRADE_DIFFERS: QT_TRANSLATE_NOOP("reports", "Information graded wrongly"),
    PointKind.ALTERNATIVES_MISSING: QT_TRANSLATE_NOOP("reports", "No other explanation weighed"),
    PointKind.PROTECTIVE_MISSED: QT_TRANSLATE_NOOP("reports", "Protective factor not recorded"),
}

IMMEDIATE_REMINDER = QT_TRANSLATE_NOOP(
    "reports",
    "Immediate means: tell your supervisor now, in person or by phone. Do "
    "not wait for a report, a review or an export.",
)

# The same English as the screens and reports use (already in the catalogue).
URGENCY_WORDS = {
    Urgency.ROUTINE: QT_TRANSLATE_NOOP("labels", "Routine"),
    Urgency.PRIORITY: QT_TRANSLATE_NOOP("labels", "Priority"),
    Urgency.IMMEDIATE: QT_TRANSLATE_NOOP("labels", "Immediate"),  # the short word
}
SOURCE_WORDS = {
    SourceType.OWN_OBSERVATION: QT_TRANSLATE_NOOP("labels", "I saw or heard it myself"),
    SourceType.OVERHEARD: QT_TRANSLATE_NOOP("labels", "Overheard"),
    SourceType.TOLD_BY_PRISONER: QT_TRANSLATE_NOOP("labels", "Told by a prisoner"),
    SourceType.TOLD_BY_STAFF: QT_TRANSLATE_NOOP("labels", "Told by staff"),
    SourceType.ITEM_FOUND: QT_TRANSLATE_NOOP("labels", "Item or document found"),
}
OUTCOME_WORDS = {
    Outcome.GOOD: QT_TRANSLATE_NOOP("reports", "Done well"),
    Outcome.IMPROVE: QT_TRANSLATE_NOOP("reports", "To improve"),
    Outcome.NOTE: QT_TRANSLATE_NOOP("reports", "Worth knowing"),
}

#: Every English source string of this module, for the translation check.
ALL_SOURCES: tuple[str, ...] = (
    *HEADLINES.values(),
    IMMEDIATE_REMINDER,
    *URGENCY_WORDS.values(),
    *SOURCE_WORDS.values(),
    *OUTCOME_WORDS.values(),
    *MISTAKE_NAMES.values(),
)


@dataclass(frozen=True)
class Explained:
    """One point in words: the headline and, when the scenario has one, the reason."""

    outcome: Outcome
    kind: PointKind
    headline: str
    why: str = ""


def item_label(template: Template, code: str, language: str) -> str:
    """An item's label in `language`, without its closing full stop (the code when unknown)."""
    item = template.item(code)
    return pick(item.label, language).rstrip(". ") if item is not None else code


def _grade_words(tr: Translator, axis: str, codes: str) -> str:
    """'2 (Untested)' — a grade with its plain words, each of several joined by ' / '."""
    table = getattr(grading.PRESET_3X5X2, axis)
    return " / ".join(f"{c} ({tr(table[c])})" if c in table else c for c in codes.split("/"))


def _urgency(tr: Translator, value: str) -> str:
    return tr(URGENCY_WORDS[Urgency(value)]).lower()


def _source(tr: Translator, value: str) -> str:
    return tr(SOURCE_WORDS[SourceType(value)])


def _non_indicator(template: Template, value: str, language: str) -> str:
    if value in {n.value for n in NonIndicator}:
        return non_indicator_label(template, NonIndicator(value), language)
    return value


def explain(
    point: FeedbackPoint, scenario: Scenario, template: Template, language: str, tr: Translator
) -> Explained:
    """Put one point into words (`tr` is the report translator of `language`)."""
    words = _Words(point, scenario, template, language, tr)
    if point.kind in _ABOUT_FACTS:
        line, why = words.about_facts()
    elif point.kind in _ABOUT_INDICATORS:
        line, why = words.about_indicators()
    elif point.kind in _ABOUT_URGENCY_AND_GRADING:
        line, why = words.about_urgency_and_grading()
    else:
        line, why = words.about_the_rest()
    return Explained(point.outcome, point.kind, line, why)


_ABOUT_FACTS = frozenset(
    {
        PointKind.ASSESSMENT_WORDS_IN_FACTS,
        PointKind.SENSITIVE_WORDS_IN_FACTS,
        PointKind.INFORMANT_NAMED,
        PointKind.EVIDENCE_ASSESSMENT_WORDS,
    }
)
_ABOUT_INDICATORS = frozenset(
    {
        PointKind.INDICATOR_FOUND,
        PointKind.INDICATOR_MISSED,
        PointKind.INDICATOR_ACCEPTABLE,
        PointKind.INDICATOR_WRONG,
        PointKind.NON_INDICATOR_TICKED,
    }
)
_ABOUT_URGENCY_AND_GRADING = frozenset(
    {
        PointKind.URGENCY_RIGHT,
        PointKind.URGENCY_TOO_LOW,
        PointKind.URGENCY_TOO_HIGH,
        PointKind.SOURCE_TYPE_DIFFERS,
        PointKind.GRADING_RIGHT,
        PointKind.SOURCE_GRADE_DIFFERS,
        PointKind.INFORMATION_GRADE_DIFFERS,
        PointKind.GRADING_NOT_COMPARED,
    }
)


class _Words:
    """One point's line and its reason ("why"), by the part of the record it is about."""

    def __init__(
        self,
        point: FeedbackPoint,
        scenario: Scenario,
        template: Template,
        language: str,
        tr: Translator,
    ) -> None:
        self.point, self.key, self.text = point, scenario.key, scenario.text
        self.template, self.language, self.tr = template, language, tr
        self.headline = HEADLINES[point.kind]
        self.item = item_label(template, point.code, language) if point.code else ""

    def _why(self, entry: Any) -> str:
        return self.text(entry.why, self.language) if entry else ""

    def about_facts(self) -> tuple[str, str]:
        point, tr, headline = self.point, self.tr, self.headline
        joined = ", ".join(tr(QUOTED, w) for w in point.detail)
        if point.kind is PointKind.INFORMANT_NAMED:
            return tr(headline, ", ".join(point.detail)), ""
        if point.kind is PointKind.EVIDENCE_ASSESSMENT_WORDS:
            return tr(headline, point.code, joined), ""
        return tr(headline, joined), ""

    def about_indicators(self) -> tuple[str, str]:
        point, key, tr, headline, item = self.point, self.key, self.tr, self.headline, self.item
        kind = point.kind
        if kind in (PointKind.INDICATOR_FOUND, PointKind.INDICATOR_MISSED):
            entry = next((i for i in key.indicators if i.code == point.code), None)
            return tr(headline, point.code, item), self._why(entry)
        if kind is PointKind.INDICATOR_ACCEPTABLE:
            entry = next((i for i in key.acceptable if i.code == point.code), None)
            return tr(headline, point.code, item), self._why(entry)
        why = self._why(key.tempting_for(point.code))
        if kind is PointKind.INDICATOR_WRONG:
            return tr(headline, point.code, item), why
        named = point.detail[0] if point.detail else ""
        words = ", ".join(tr(QUOTED, w) for w in point.detail[1:])
        what = _non_indicator(self.template, named, self.language) if named else words
        return tr(headline, point.code, item, what), why

    def about_urgency_and_grading(self) -> tuple[str, str]:
        point, key, tr, headline, kind = (
            self.point,
            self.key,
            self.tr,
            self.headline,
            self.point.kind,
        )
        if kind in (PointKind.URGENCY_RIGHT, PointKind.URGENCY_TOO_LOW, PointKind.URGENCY_TOO_HIGH):
            given, expected = point.detail
            line = (
                tr(headline, _urgency(tr, given))
                if kind is PointKind.URGENCY_RIGHT
                else tr(headline, _urgency(tr, given), _urgency(tr, expected))
            )
            why = self.text(key.urgency_why, self.language)
            if kind is PointKind.URGENCY_TOO_LOW and expected == Urgency.IMMEDIATE.value:
                why = f"{why} {tr(IMMEDIATE_REMINDER)}".strip()
            return line, why
        if kind is PointKind.SOURCE_TYPE_DIFFERS:
            return tr(headline, _source(tr, point.detail[0]), _source(tr, point.detail[1])), ""
        if kind is PointKind.GRADING_NOT_COMPARED:
            return tr(headline, point.detail[0] if point.detail else ""), ""
        axis = "information" if kind is PointKind.INFORMATION_GRADE_DIFFERS else "source"
        if kind is PointKind.GRADING_RIGHT:
            line = tr(
                headline,
                _grade_words(tr, "source", point.detail[0]),
                _grade_words(tr, "information", point.detail[1]),
            )
            return line, ""
        line = tr(
            headline,
            _grade_words(tr, axis, point.detail[0]),
            _grade_words(tr, axis, point.detail[1]),
        )
        return line, self.text(key.grading_why, self.language)

    def about_the_rest(self) -> tuple[str, str]:
        point, key, tr, headline, item = self.point, self.key, self.tr, self.headline, self.item
        kind = point.kind
        if kind is PointKind.ALTERNATIVES_MISSING:
            return tr(headline), " ".join(
                self.text(a.text, self.language) for a in key.alternatives
            )
        if kind is PointKind.ALTERNATIVE_NOT_CONSIDERED:
            alt = next((a for a in key.alternatives if a.kind == point.code), None)
            return tr(headline), self.text(alt.text, self.language) if alt else point.code
        if kind in (PointKind.CONTEXT_NOTED, PointKind.CONTEXT_NOT_NOTED):
            entry = next((i for i in key.context if i.code == point.code), None)
            missed = kind is PointKind.CONTEXT_NOT_NOTED
            return tr(headline, point.code, item), self._why(entry) if missed else ""
        if kind in (PointKind.PROTECTIVE_RECORDED, PointKind.PROTECTIVE_MISSED):
            entry = next((i for i in key.protective_factors if i.code == point.code), None)
            missed = kind is PointKind.PROTECTIVE_MISSED
            return tr(headline, point.code, item), self._why(entry) if missed else ""
        if kind is PointKind.NON_INDICATOR_REMINDER:
            value = point.detail[0] if point.detail else ""
            note = next((n for n in key.non_indicators if n.kind.value == value), None)
            line = tr(headline, _non_indicator(self.template, value, self.language))
            return line, self._why(note)
        return tr(headline), ""


def explain_all(
    feedback: Feedback, scenario: Scenario, template: Template, language: str
) -> list[Explained]:
    """Every point in words: what to improve first, then what was done well, then notes."""
    tr = report_translator(language)
    order = {Outcome.IMPROVE: 0, Outcome.GOOD: 1, Outcome.NOTE: 2}
    points = sorted(feedback.points, key=lambda p: order[p.outcome])
    return [explain(p, scenario, template, language, tr) for p in points]


def describe_mistake(
    kind: PointKind, code: str, detail: str, template: Template, language: str, tr: Translator
) -> str:
    """'Item missed — A4.2 Threatens …' in `language`, for the trainer's list."""
    name = tr(MISTAKE_NAMES.get(kind, kind.value))
    if code:
        name = f"{name} — {code} {item_label(template, code, language)}"
    if detail:
        name = f"{name} ({_non_indicator(template, detail, language)})"
    return name
