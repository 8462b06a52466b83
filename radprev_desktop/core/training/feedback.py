"""The feedback engine: a trainee's observation compared with a scenario's key.

Pure functions, no vault and no Qt: `review(scenario, answer, language)` gives
the points of feedback as plain values; `messages.py` puts them into words in
the trainee's language. Only the trainee's exercise is judged — never the
synthetic prisoner: nothing here totals, weighs or colours anyone's risk.

What is checked, in the order a trainer would go through an answer:
facts (words of opinion outside quotes, an informant's name, sensitive words),
items ticked (missed, wrongly chosen, ticked on the strength of a
non-indicator), urgency, how the information was obtained and its grading,
other explanations weighed in the assessment, context, protective factors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from radprev_desktop.core import safeguards
from radprev_desktop.core.model import URGENCY_ORDER, SourceType, Urgency
from radprev_desktop.core.safeguards import Category, fold
from radprev_desktop.core.training import wording
from radprev_desktop.core.training.scenarios import NonIndicator, Scenario
from radprev_desktop.core.training.wording import Wording

GRADED_PRESET = "3x5x2"  # the scale the scenario keys are written in
_IDENTITY = frozenset({Category.RELIGION, Category.ETHNICITY, Category.POLITICS})


class Outcome(StrEnum):
    """How a point of feedback counts for the trainee (never for the prisoner)."""

    GOOD = "good"
    IMPROVE = "improve"
    NOTE = "note"


class PointKind(StrEnum):
    """Every kind of feedback the engine gives."""

    FACTS_PLAIN = "facts_plain"
    ASSESSMENT_WORDS_IN_FACTS = "assessment_words_in_facts"
    INFORMANT_NAMED = "informant_named"
    SENSITIVE_WORDS_IN_FACTS = "sensitive_words_in_facts"
    INDICATOR_FOUND = "indicator_found"
    INDICATOR_MISSED = "indicator_missed"
    INDICATOR_ACCEPTABLE = "indicator_acceptable"
    INDICATOR_WRONG = "indicator_wrong"
    NON_INDICATOR_TICKED = "non_indicator_ticked"
    NO_INDICATOR_RIGHTLY = "no_indicator_rightly"
    EVIDENCE_ASSESSMENT_WORDS = "evidence_assessment_words"
    URGENCY_RIGHT = "urgency_right"
    URGENCY_TOO_LOW = "urgency_too_low"
    URGENCY_TOO_HIGH = "urgency_too_high"
    SOURCE_TYPE_DIFFERS = "source_type_differs"
    GRADING_RIGHT = "grading_right"
    SOURCE_GRADE_DIFFERS = "source_grade_differs"
    INFORMATION_GRADE_DIFFERS = "information_grade_differs"
    GRADING_NOT_COMPARED = "grading_not_compared"
    SOURCE_IDENTITY_EMPTY = "source_identity_empty"
    ALTERNATIVES_CONSIDERED = "alternatives_considered"
    ALTERNATIVES_MISSING = "alternatives_missing"
    ALTERNATIVE_NOT_CONSIDERED = "alternative_not_considered"
    CONTEXT_NOTED = "context_noted"
    CONTEXT_NOT_NOTED = "context_not_noted"
    PROTECTIVE_RECORDED = "protective_recorded"
    PROTECTIVE_MISSED = "protective_missed"
    NON_INDICATOR_REMINDER = "non_indicator_reminder"


@dataclass(frozen=True)
class Answer:
    """What the trainee recorded, as the engine compares it (built from an Observation)."""

    facts: str
    assessment: str = ""
    source_type: SourceType = SourceType.OWN_OBSERVATION
    source_identity: str = ""
    indicators: tuple[tuple[str, str], ...] = ()  # (code, evidence)
    protective_factors: tuple[str, ...] = ()
    preset: str = GRADED_PRESET
    source_grade: str = ""
    information_grade: str = ""
    handling: str = "P"
    urgency: Urgency = Urgency.ROUTINE
    action_taken: str = ""

    def to_json(self) -> dict[str, Any]:
        """A plain snapshot kept with the exercise (what the trainer is shown)."""
        return {
            "facts": self.facts,
            "assessment": self.assessment,
            "source_type": self.source_type.value,
            "source_identity_given": bool(self.source_identity.strip()),
            "indicators": [{"code": c, "evidence": e} for c, e in self.indicators],
            "protective_factors": list(self.protective_factors),
            "preset": self.preset,
            "source_grade": self.source_grade,
            "information_grade": self.information_grade,
            "handling": self.handling,
            "urgency": self.urgency.value,
            "action_taken": self.action_taken,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Answer:
        """An answer from its snapshot or from a test file (`source_identity` may be given)."""
        return cls(
            facts=str(data.get("facts", "")),
            assessment=str(data.get("assessment", "")),
            source_type=SourceType(data.get("source_type", SourceType.OWN_OBSERVATION.value)),
            source_identity=str(
                data.get("source_identity", "x" if data.get("source_identity_given") else "")
            ),
            indicators=tuple(
                (str(i["code"]).upper(), str(i.get("evidence", "")))
                for i in data.get("indicators", [])
            ),
            protective_factors=tuple(str(p) for p in data.get("protective_factors", [])),
            preset=str(data.get("preset", GRADED_PRESET)),
            source_grade=str(data.get("source_grade", "")),
            information_grade=str(data.get("information_grade", "")),
            handling=str(data.get("handling", "P")),
            urgency=Urgency(data.get("urgency", Urgency.ROUTINE.value)),
            action_taken=str(data.get("action_taken", "")),
        )


@dataclass(frozen=True)
class FeedbackPoint:
    """One thing the trainee did well or could do better. `detail` holds words or grades."""

    kind: PointKind
    outcome: Outcome
    code: str = ""
    detail: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "outcome": self.outcome.value,
            "code": self.code,
            "detail": list(self.detail),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeedbackPoint:
        return cls(
            PointKind(data["kind"]),
            Outcome(data["outcome"]),
            str(data.get("code", "")),
            tuple(str(d) for d in data.get("detail", [])),
        )


@dataclass(frozen=True)
class Feedback:
    """All points for one exercise, in the order they are explained."""

    points: tuple[FeedbackPoint, ...] = field(default_factory=tuple)

    def of(self, outcome: Outcome) -> tuple[FeedbackPoint, ...]:
        return tuple(p for p in self.points if p.outcome is outcome)

    @property
    def done_well(self) -> int:
        return len(self.of(Outcome.GOOD))

    @property
    def to_improve(self) -> int:
        return len(self.of(Outcome.IMPROVE))

    def kinds(self) -> set[tuple[PointKind, str]]:
        return {(p.kind, p.code) for p in self.points}

    def to_json(self) -> list[dict[str, Any]]:
        return [p.to_json() for p in self.points]

    @classmethod
    def from_json(cls, data: list[dict[str, Any]]) -> Feedback:
        return cls(tuple(FeedbackPoint.from_json(p) for p in data))


# --- the checks ----------------------------------------------------------------------------


def _sensitive(text: str, language: str) -> list[str]:
    """Religion, ethnicity or politics words outside quotes (none for a language without a list)."""
    try:
        found = safeguards.sensitive_matches(
            wording.without_quotes(text), [language], categories=_IDENTITY
        )
    except ValueError:
        return []
    words: list[str] = []
    for match in found:
        if match.word not in words:
            words.append(match.word)
    return words


def _names_in(text: str, names: tuple[str, ...]) -> list[str]:
    """Names that appear in `text`, each word of a name also in its inflected forms."""
    found = []
    for name in names:
        term = wording.parse_term(" ".join(f"{w}*" for w in name.split()))
        if wording.mentions(text, (term,)):
            found.append(name)
    return found


def _check_facts(scenario: Scenario, answer: Answer, words: Wording) -> list[FeedbackPoint]:
    out: list[FeedbackPoint] = []
    opinion = words.assessment_words_in(answer.facts)
    if opinion:
        out.append(
            FeedbackPoint(
                PointKind.ASSESSMENT_WORDS_IN_FACTS, Outcome.IMPROVE, detail=tuple(opinion)
            )
        )
    else:
        out.append(FeedbackPoint(PointKind.FACTS_PLAIN, Outcome.GOOD))
    shown = " ".join(
        [answer.facts, answer.assessment, answer.action_taken, *(e for _, e in answer.indicators)]
    )
    named = _names_in(shown, scenario.key.protect_names)
    if named:
        out.append(FeedbackPoint(PointKind.INFORMANT_NAMED, Outcome.IMPROVE, detail=tuple(named)))
    sensitive = _sensitive(answer.facts, words.language)
    if sensitive:
        out.append(
            FeedbackPoint(PointKind.SENSITIVE_WORDS_IN_FACTS, Outcome.NOTE, detail=tuple(sensitive))
        )
    return out


def _check_indicators(
    scenario: Scenario, answer: Answer, words: Wording
) -> tuple[list[FeedbackPoint], set[NonIndicator]]:
    key = scenario.key
    out: list[FeedbackPoint] = []
    flagged: set[NonIndicator] = set()
    ticked = dict(answer.indicators)
    for item in key.indicators:
        if item.code in ticked:
            out.append(FeedbackPoint(PointKind.INDICATOR_FOUND, Outcome.GOOD, item.code))
        else:
            out.append(FeedbackPoint(PointKind.INDICATOR_MISSED, Outcome.IMPROVE, item.code))
    for code, evidence in answer.indicators:
        if code in key.indicator_codes():
            pass
        elif code in key.acceptable_codes():
            out.append(FeedbackPoint(PointKind.INDICATOR_ACCEPTABLE, Outcome.NOTE, code))
        else:
            tempting = key.tempting_for(code)
            sensitive = _sensitive(evidence, words.language)
            if tempting is not None and tempting.non_indicator is not None:
                flagged.add(tempting.non_indicator)
                out.append(
                    FeedbackPoint(
                        PointKind.NON_INDICATOR_TICKED,
                        Outcome.IMPROVE,
                        code,
                        (tempting.non_indicator.value, *sensitive),
                    )
                )
            elif sensitive:
                out.append(
                    FeedbackPoint(
                        PointKind.NON_INDICATOR_TICKED, Outcome.IMPROVE, code, ("", *sensitive)
                    )
                )
            else:
                out.append(FeedbackPoint(PointKind.INDICATOR_WRONG, Outcome.IMPROVE, code))
        opinion = words.assessment_words_in(evidence)
        if opinion:
            out.append(
                FeedbackPoint(
                    PointKind.EVIDENCE_ASSESSMENT_WORDS, Outcome.IMPROVE, code, tuple(opinion)
                )
            )
    if not key.indicators and not answer.indicators:
        out.append(FeedbackPoint(PointKind.NO_INDICATOR_RIGHTLY, Outcome.GOOD))
    return out, flagged


def _check_urgency(scenario: Scenario, answer: Answer) -> FeedbackPoint:
    expected, given = scenario.key.urgency, answer.urgency
    detail = (given.value, expected.value)
    if given is expected:
        return FeedbackPoint(PointKind.URGENCY_RIGHT, Outcome.GOOD, detail=detail)
    # URGENCY_ORDER: immediate 0 < priority 1 < routine 2 (a larger number is less urgent).
    if URGENCY_ORDER[given] > URGENCY_ORDER[expected]:
        return FeedbackPoint(PointKind.URGENCY_TOO_LOW, Outcome.IMPROVE, detail=detail)
    return FeedbackPoint(PointKind.URGENCY_TOO_HIGH, Outcome.IMPROVE, detail=detail)


def _check_source(scenario: Scenario, answer: Answer) -> list[FeedbackPoint]:
    key = scenario.key
    out: list[FeedbackPoint] = []
    if answer.source_type is not scenario.source_type:
        out.append(
            FeedbackPoint(
                PointKind.SOURCE_TYPE_DIFFERS,
                Outcome.IMPROVE,
                detail=(answer.source_type.value, scenario.source_type.value),
            )
        )
    if answer.preset != GRADED_PRESET:
        out.append(
            FeedbackPoint(PointKind.GRADING_NOT_COMPARED, Outcome.NOTE, detail=(answer.preset,))
        )
    else:
        source_ok = answer.source_grade.upper() in key.sources
        information_ok = answer.information_grade.upper() in key.informations
        if source_ok and information_ok:
            out.append(
                FeedbackPoint(
                    PointKind.GRADING_RIGHT,
                    Outcome.GOOD,
                    detail=(answer.source_grade.upper(), answer.information_grade.upper()),
                )
            )
        if not source_ok:
            out.append(
                FeedbackPoint(
                    PointKind.SOURCE_GRADE_DIFFERS,
                    Outcome.IMPROVE,
                    detail=(answer.source_grade.upper() or "-", "/".join(key.sources)),
                )
            )
        if not information_ok:
            out.append(
                FeedbackPoint(
                    PointKind.INFORMATION_GRADE_DIFFERS,
                    Outcome.IMPROVE,
                    detail=(answer.information_grade.upper() or "-", "/".join(key.informations)),
                )
            )
    told = scenario.source_type in (SourceType.TOLD_BY_PRISONER, SourceType.TOLD_BY_STAFF)
    if told and not answer.source_identity.strip():
        out.append(FeedbackPoint(PointKind.SOURCE_IDENTITY_EMPTY, Outcome.NOTE))
    return out


def _check_alternatives(scenario: Scenario, answer: Answer, words: Wording) -> list[FeedbackPoint]:
    text = answer.assessment
    considered = [
        alt.kind
        for alt in scenario.key.alternatives
        if wording.mentions(text, words.alternatives.get(alt.kind, ()))
    ]
    if not considered and not wording.mentions(text, words.alternative_signals):
        return [FeedbackPoint(PointKind.ALTERNATIVES_MISSING, Outcome.IMPROVE)]
    out = [FeedbackPoint(PointKind.ALTERNATIVES_CONSIDERED, Outcome.GOOD, detail=tuple(considered))]
    for alt in scenario.key.alternatives:
        if alt.kind not in considered:
            out.append(FeedbackPoint(PointKind.ALTERNATIVE_NOT_CONSIDERED, Outcome.NOTE, alt.kind))
    return out


def _check_context(scenario: Scenario, answer: Answer, words: Wording) -> list[FeedbackPoint]:
    text = f"{answer.facts}\n{answer.assessment}"
    out = []
    for item in scenario.key.context:
        if wording.mentions(text, words.context.get(item.code, ())):
            out.append(FeedbackPoint(PointKind.CONTEXT_NOTED, Outcome.GOOD, item.code))
        else:
            out.append(FeedbackPoint(PointKind.CONTEXT_NOT_NOTED, Outcome.NOTE, item.code))
    return out


def recorded_factor_codes(lines: tuple[str, ...], words: Wording) -> set[str]:
    """Protective-factor codes a list of lines records: by code ("P1 …") or by its words."""
    found: set[str] = set()
    for line in lines:
        head = fold(line.strip())[:3].rstrip(" .:—-")
        if head[:1] == "p" and head[1:].isdigit():
            found.add(head.upper())
            continue
        for code, terms in words.protective.items():
            if wording.mentions(line, terms):
                found.add(code)
    return found


def _check_protective(scenario: Scenario, answer: Answer, words: Wording) -> list[FeedbackPoint]:
    recorded = recorded_factor_codes(answer.protective_factors, words)
    out = []
    for item in scenario.key.protective_factors:
        if item.code in recorded:
            out.append(FeedbackPoint(PointKind.PROTECTIVE_RECORDED, Outcome.GOOD, item.code))
        else:
            out.append(FeedbackPoint(PointKind.PROTECTIVE_MISSED, Outcome.IMPROVE, item.code))
    return out


def review(scenario: Scenario, answer: Answer, language: str) -> Feedback:
    """Compare `answer` with the scenario's key; the points explain, in order, what to keep and change.

    `language` is the language the trainee wrote in (its word lists are used);
    TrainingDataInvalid when there are none for it.
    """
    words = wording.wording_for(language)
    points: list[FeedbackPoint] = []
    points.extend(_check_facts(scenario, answer, words))
    indicator_points, flagged = _check_indicators(scenario, answer, words)
    points.extend(indicator_points)
    points.append(_check_urgency(scenario, answer))
    points.extend(_check_source(scenario, answer))
    points.extend(_check_alternatives(scenario, answer, words))
    points.extend(_check_context(scenario, answer, words))
    points.extend(_check_protective(scenario, answer, words))
    for note in scenario.key.non_indicators:
        if note.kind not in flagged:
            points.append(
                FeedbackPoint(
                    PointKind.NON_INDICATOR_REMINDER, Outcome.NOTE, detail=(note.kind.value,)
                )
            )
    return Feedback(tuple(points))


def model_answer(scenario: Scenario, language: str) -> Answer:
    """The scenario's model observation as an answer in `language` (it must pass its own key)."""
    model = scenario.model
    pick = scenario.text
    return Answer(
        facts=pick(model.facts, language),
        assessment=pick(model.assessment, language),
        source_type=scenario.source_type,
        source_identity=model.source_identity,
        indicators=tuple((code, pick(evidence, language)) for code, evidence in model.indicators),
        protective_factors=tuple(
            f"{code} — {pick(text, language)}" for code, text in model.protective_factors
        ),
        preset=GRADED_PRESET,
        source_grade=model.source,
        information_grade=model.information,
        handling=model.handling,
        urgency=model.urgency,
        action_taken=pick(model.action_taken, language),
    )
