"""The rules of a checklist run, without storage: answers, required sections, counts.

Kept apart from the service (core/services/checklists.py, which owns the
tables, roles and audit) so the rules read in one place and screens can check
input before saving. Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from radprev_desktop.core import safeguards
from radprev_desktop.core.clock import now
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.templates import ItemKind, Template
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Text

MAX_EVIDENCE = 2000
MAX_SECTION = 4000
MAX_SUMMARY = 4000
MAX_REASON = 1000
MAX_REVIEW_AHEAD_DAYS = 3 * 366


class Answer(StrEnum):
    """An officer's answer to one item. Never a number."""

    OBSERVED = "observed"
    NOT_OBSERVED = "not_observed"
    UNKNOWN = "unknown"


class RunStatus(StrEnum):
    """draft (editable by its author) → completed (sealed)."""

    DRAFT = "draft"
    COMPLETED = "completed"


@dataclass(frozen=True)
class AnswerInput:
    """What the officer sets for one item."""

    item_code: str
    answer: Answer | str
    evidence: str = ""
    evidence_date: str | None = None  # YYYY-MM-DD


@dataclass(frozen=True)
class ItemAnswer:
    """A stored answer."""

    item_code: str
    kind: ItemKind
    domain: str
    answer: Answer
    evidence: str
    evidence_date: str | None


@dataclass(frozen=True)
class ChecklistRun:
    """One version of a checklist run."""

    id: str
    version: int
    is_current: bool
    subject_id: str
    template_code: str
    template_version: int
    establishment_code: str
    origin_workstation: str
    status: RunStatus
    author: str
    author_code: str
    answers: tuple[ItemAnswer, ...]
    protective_none_observed: bool
    other_explanations: str
    other_explanations_none: bool
    context_notes: str
    summary: str
    next_review_date: str | None
    amendment_reason: str
    amended_by: str
    created_at: str
    updated_at: str
    completed_at: str | None
    #: The sensitive-term questions answered "necessary" when the run was sealed.
    sensitive_terms: tuple[object, ...] = ()

    @property
    def sealed(self) -> bool:
        """Completed runs are sealed: no edits, only amendments."""
        return self.status is RunStatus.COMPLETED

    def answer_for(self, item_code: str) -> ItemAnswer | None:
        """The stored answer for an item, or None if not answered yet."""
        for a in self.answers:
            if a.item_code == item_code:
                return a
        return None


@dataclass(frozen=True)
class DomainCounts:
    """How many items of one domain were answered which way. Counts, never a score."""

    domain: str
    kind: ItemKind
    observed: int
    not_observed: int
    unknown: int
    unanswered: int  # drafts only; a completed run stores "unknown" for these


@dataclass(frozen=True)
class Sections:
    """The free sections of a run; None leaves a field as it is."""

    protective_none_observed: bool | None = None
    other_explanations: str | None = None
    other_explanations_none: bool | None = None
    context_notes: str | None = None
    summary: str | None = None
    next_review_date: str | None = None


# --- cleaning input --------------------------------------------------------------------


def clean_text(value: str, field: str, limit: int, label: str | Text) -> str:
    """Trimmed text within a size limit; ValidationError naming the field otherwise."""
    if not isinstance(value, str):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The %1 must be text."), label, field=field
        )
    text = value.strip()
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The %1 is longer than %2 characters."),
            label,
            limit,
            field=field,
        )
    if "\x00" in text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The %1 contains a character that is not allowed."),
            label,
            field=field,
        )
    return text


def parse_date(value: str, field: str, label: str | Text) -> date:
    """A YYYY-MM-DD date, or ValidationError naming the field."""
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The %1 must be a date like 2026-11-25."),
            label,
            field=field,
        ) from None


def clean_evidence_date(value: str, field: str, code: str) -> str:
    """The date of an example: not in the future, not absurdly old."""
    day = parse_date(
        value, field, Text(QT_TRANSLATE_NOOP("errors", "date of the example for item %1"), code)
    )
    if day > now().date():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date of the example for item %1 is in the future."),
            code,
            field=field,
        )
    if day < now().date() - timedelta(days=50 * 366):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date of the example for item %1 is too far back."),
            code,
            field=field,
        )
    return day.isoformat()


def clean_review_date(value: str | None) -> str:
    """The next review date: required, not in the past, at most three years ahead."""
    if value is None or not str(value).strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Set the date of the next review."),
            field="next_review_date",
        )
    day = parse_date(
        str(value).strip(), "next_review_date", QT_TRANSLATE_NOOP("errors", "next review date")
    )
    today = now().date()
    if day < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The next review date cannot be in the past."),
            field="next_review_date",
        )
    if day > today + timedelta(days=MAX_REVIEW_AHEAD_DAYS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The next review date is more than three years ahead."),
            field="next_review_date",
        )
    return day.isoformat()


def clean_answer(template: Template, given: AnswerInput) -> ItemAnswer:
    """One answer checked against its item: observed needs a concrete (dated) example."""
    code = str(given.item_code).strip().upper()
    item = template.item(code)
    field = f"answers.{code}"
    if item is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Item %1 is not part of checklist %2 version %3."),
            code,
            template.code,
            template.version,
            field=field,
        )
    try:
        answer = Answer(given.answer)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The answer for item %1 must be observed, not observed or unknown."
            ),
            code,
            field=field,
        ) from None
    evidence = clean_text(
        given.evidence or "",
        f"{field}.evidence",
        MAX_EVIDENCE,
        Text(QT_TRANSLATE_NOOP("errors", "example for item %1"), code),
    )
    raw_date = (given.evidence_date or "").strip() if given.evidence_date is not None else ""
    if answer is not Answer.OBSERVED:
        if evidence or raw_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Item %1: an example and its date are recorded only when the item is "
                    "marked observed.",
                ),
                code,
                field=field,
            )
        return ItemAnswer(code, item.kind, item.domain, answer, "", None)
    if item.kind is not ItemKind.CONTEXT and not evidence:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Item %1 is marked observed: write a concrete example of what was seen or heard.",
            ),
            code,
            field=f"{field}.evidence",
        )
    if item.kind is ItemKind.INDICATOR and not raw_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Item %1 is marked observed: give the date of the example."
            ),
            code,
            field=f"{field}.evidence_date",
        )
    evidence_date = (
        clean_evidence_date(raw_date, f"{field}.evidence_date", code) if raw_date else None
    )
    return ItemAnswer(code, item.kind, item.domain, answer, evidence, evidence_date)


def clean_answers(template: Template, answers: Iterable[AnswerInput]) -> list[ItemAnswer]:
    """Every answer checked before anything is written; an item answered twice is refused."""
    cleaned: dict[str, ItemAnswer] = {}
    for given in answers:
        if not isinstance(given, AnswerInput):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "An answer must be an AnswerInput."), field="answers"
            )
        answer = clean_answer(template, given)
        if answer.item_code in cleaned:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Item %1 is answered twice."),
                answer.item_code,
                field=f"answers.{answer.item_code}",
            )
        cleaned[answer.item_code] = answer
    return list(cleaned.values())


def apply_sections(run: ChecklistRun, sections: Sections) -> ChecklistRun:
    """The run with the given free sections cleaned and applied (None leaves a field)."""
    changes: dict[str, Any] = {}
    if sections.protective_none_observed is not None:
        changes["protective_none_observed"] = bool(sections.protective_none_observed)
    if sections.other_explanations is not None:
        changes["other_explanations"] = clean_text(
            sections.other_explanations,
            "other_explanations",
            MAX_SECTION,
            QT_TRANSLATE_NOOP("errors", "other explanations"),
        )
    if sections.other_explanations_none is not None:
        changes["other_explanations_none"] = bool(sections.other_explanations_none)
    if sections.context_notes is not None:
        changes["context_notes"] = clean_text(
            sections.context_notes,
            "context_notes",
            MAX_SECTION,
            QT_TRANSLATE_NOOP("errors", "context notes"),
        )
    if sections.summary is not None:
        changes["summary"] = clean_text(
            sections.summary, "summary", MAX_SUMMARY, QT_TRANSLATE_NOOP("errors", "summary")
        )
    if sections.next_review_date is not None:
        changes["next_review_date"] = clean_review_date(sections.next_review_date)
    return replace(run, **changes)


def check_complete(run: ChecklistRun, template: Template) -> None:
    """The required sections of a run about to be sealed."""
    protective_seen = any(
        a.kind is ItemKind.PROTECTIVE and a.answer is Answer.OBSERVED for a in run.answers
    )
    if protective_seen and run.protective_none_observed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Protective factors are marked both observed and 'none observed'."
            ),
            field="protective_none_observed",
        )
    if not protective_seen and not run.protective_none_observed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Protective factors are a required section: mark at least one as "
                "observed, or answer 'none observed'.",
            ),
            field="protective_factors",
        )
    if not run.other_explanations and not run.other_explanations_none:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Other possible explanations are a required section: describe them, "
                "or answer 'none identified'.",
            ),
            field="other_explanations",
        )
    if run.other_explanations and run.other_explanations_none:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Other explanations are described and also marked 'none identified'."
            ),
            field="other_explanations_none",
        )
    if not run.summary:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write a short summary before completing the checklist."),
            field="summary",
        )
    if not run.next_review_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Set the date of the next review."),
            field="next_review_date",
        )
    known = {i.code for i in template.items()}
    for a in run.answers:
        if a.item_code not in known:  # cannot happen through this module; guards sync input
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Item %1 is not in the template."),
                a.item_code,
                field="answers",
            )
        if _evidence_is_not_own_words(template, a):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Write the example for item %1 in your own words: what you saw or heard, "
                    "when and where — not 'see above' and not the item's wording.",
                ),
                a.item_code,
                field=f"answers.{a.item_code}.evidence",
            )


def _evidence_is_not_own_words(template: Template, answer: ItemAnswer) -> bool:
    """An observed indicator's example that is a placeholder or the item's wording."""
    item = template.item(answer.item_code)
    if answer.answer is not Answer.OBSERVED or item is None or item.kind is not ItemKind.INDICATOR:
        return False
    return safeguards.evidence_problem(answer.evidence, tuple(item.label.values())) is not None


def sensitive_texts(run: ChecklistRun) -> dict[str, str]:
    """Every free-text field of a run, as the sensitive-term question reads it."""
    texts = {f"answers.{a.item_code}": a.evidence for a in run.answers if a.evidence}
    texts.update(
        {
            "other_explanations": run.other_explanations,
            "context_notes": run.context_notes,
            "summary": run.summary,
            "amendment_reason": run.amendment_reason,
        }
    )
    return texts


def fill_unknown(run: ChecklistRun, template: Template) -> ChecklistRun:
    """A sealed run answers every item: unanswered ones are recorded as unknown."""
    have = {a.item_code for a in run.answers}
    extra = tuple(
        ItemAnswer(i.code, i.kind, i.domain, Answer.UNKNOWN, "", None)
        for i in template.items()
        if i.code not in have
    )
    return replace(run, answers=tuple(sorted(run.answers + extra, key=lambda a: a.item_code)))


def domain_counts(run: ChecklistRun, template: Template) -> list[DomainCounts]:
    """Per domain: how many items were observed / not observed / unknown. Never a total."""
    by_code = {a.item_code: a.answer for a in run.answers}
    sections: list[tuple[str, ItemKind, list[str]]] = [
        (d.code, d.kind, [i.code for i in d.items]) for d in template.domains
    ]
    sections.append(("P", ItemKind.PROTECTIVE, [i.code for i in template.protective_factors]))
    result: list[DomainCounts] = []
    for code, kind, items in sections:
        answers = [by_code.get(c) for c in items]
        result.append(
            DomainCounts(
                domain=code,
                kind=kind,
                observed=sum(1 for a in answers if a is Answer.OBSERVED),
                not_observed=sum(1 for a in answers if a is Answer.NOT_OBSERVED),
                unknown=sum(1 for a in answers if a is Answer.UNKNOWN),
                unanswered=sum(1 for a in answers if a is None),
            )
        )
    return result


def answers_by_code(run: ChecklistRun) -> Mapping[str, ItemAnswer]:
    """The run's answers keyed by item code (for screens and reports)."""
    return {a.item_code: a for a in run.answers}
