"""Work no draft can hold, kept in memory across the lock (never written to disk).

A correction (amendment) is sealed with a reason or not at all, and core refuses
an "observed" checklist answer without its example — so neither can be saved as
a draft when the screen locks. The lock takes their values out of the widgets
into these plain records (the widgets are then cleared, the session closed); after
unlock the page reopens its record and puts the values back. Nothing here is
written anywhere: quitting or switching user from the lock screen asks first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate

if TYPE_CHECKING:  # the pages import this module; only their types are needed here
    from radprev_desktop.gui.pages.checklist_runner import ChecklistRunnerPage
    from radprev_desktop.gui.pages.observation_editor import ObservationEditorPage

ISO = "yyyy-MM-dd"


@dataclass(frozen=True)
class HeldObservation:
    """The observation form as it was at the lock."""

    observation_id: str | None
    subject_id: str
    correcting: bool
    values: dict[str, Any]
    reason: str


@dataclass(frozen=True)
class HeldAnswer:
    code: str
    answer: Any  # checklists.Answer or None
    evidence: str
    day: str


@dataclass(frozen=True)
class HeldChecklist:
    """A checklist run's screen as it was at the lock (answers as ticked, sections)."""

    run_id: str
    correcting: bool
    reason: str
    answers: tuple[HeldAnswer, ...]
    protective_none: bool
    other_explanations: str
    other_none: bool
    context_notes: str
    summary: str
    next_review: str


@dataclass(frozen=True)
class HeldFile:
    """A prisoner's file with its embedded editor's or checklist's held work."""

    subject_id: str
    editor: HeldObservation | None
    runner: HeldChecklist | None
    dialog: object | None = None  # gui/held_dialogs.py: the details or requests dialog


def hold_observation(page: ObservationEditorPage) -> HeldObservation | None:
    """The editor's unsaved values (a correction, or a draft the vault refused)."""
    if not page.has_unsaved_changes() or page.read_only or page.subject_id is None:
        return None
    return HeldObservation(
        observation_id=page.observation_id,
        subject_id=page.subject_id,
        correcting=page.amend_of is not None,
        values=page.fields(),
        reason=page.amend_reason.value(),
    )


def resume_observation(page: ObservationEditorPage, held: HeldObservation) -> None:
    """Reopen the record (unless unlock already did) and put the held values back."""
    if held.correcting:
        assert held.observation_id is not None
        if page.observation_id != held.observation_id or page.amend_of is None:
            page.load(held.observation_id, amend=True)
        elif page.read_only:
            page.start_amend()
    elif held.observation_id is not None:
        if page.observation_id != held.observation_id:
            page.load(held.observation_id)
    else:
        page.new_for_subject(held.subject_id)
    page.put_back(held.values, held.reason)


def hold_file(
    subject_id: str,
    editor: ObservationEditorPage,
    runner: ChecklistRunnerPage,
    dialog: object | None = None,
) -> HeldFile | None:
    """A prisoner's file page's held work: its editor's, its checklist's and the words
    typed in its details or requests dialog, if any."""
    held_editor = hold_observation(editor)
    held_runner = hold_checklist(runner)
    if held_editor is None and held_runner is None and dialog is None:
        return None
    return HeldFile(subject_id, held_editor, held_runner, dialog)


def hold_checklist(page: ChecklistRunnerPage) -> HeldChecklist | None:
    """The runner's answers and sections as ticked and typed, kept or not."""
    if page.run is None or not page.has_unsaved_answers():
        return None
    answers = tuple(
        HeldAnswer(code, row.answer(), row.evidence.text(), row.date.date().toString(ISO))
        for code, row in page.rows.items()
    )
    return HeldChecklist(
        run_id=page.run.id,
        correcting=page.amending,
        reason=page.amend_reason.text(),
        answers=answers,
        protective_none=page.protective_none.isChecked(),
        other_explanations=page.other_explanations.toPlainText(),
        other_none=page.other_none.isChecked(),
        context_notes=page.context_notes.toPlainText(),
        summary=page.summary.toPlainText(),
        next_review=page.next_review.date().toString(ISO),
    )


def resume_checklist(page: ChecklistRunnerPage, held: HeldChecklist) -> None:
    """Reopen the run (unless unlock already did) and tick and type everything again."""
    if page.run is None or page.run.id != held.run_id:
        page.load(held.run_id)
    if held.correcting and not page.amending:
        page.start_amend()
    with page.loading():
        for answer in held.answers:
            row = page.rows.get(answer.code)
            if row is not None:
                row.set_answer(answer.answer, answer.evidence, answer.day)
        page.protective_none.setChecked(held.protective_none)
        page.other_explanations.setPlainText(held.other_explanations)
        page.other_none.setChecked(held.other_none)
        page.context_notes.setPlainText(held.context_notes)
        page.summary.setPlainText(held.summary)
        page.next_review.setDate(QDate.fromString(held.next_review, ISO))
        page.amend_reason.setText(held.reason)
    page.mark_changed()
