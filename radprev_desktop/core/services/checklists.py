"""Checklist runs: an officer goes through a template's items for one prisoner.

Rules that never bend (DESIGN §5, domain notes f):
- an item is "observed" only with a concrete example AND its date (indicators);
  protective factors need the example, context items may carry a note;
- protective factors and other possible explanations are required sections at
  completion ("none observed" / "none identified" are answers, silence is not);
- a draft is saved partially and edited by its author only; completing seals
  it (triggers in 0003 enforce that too); a correction is a new version with a
  reason, linked to the sealed one, and history shows every version;
- results are shown as counts of items observed / not observed / unknown per
  domain — never a score, a total or a risk level.

Sync record (kind "checklist_run", one per sealed version)::

    {"id", "version", "subject_id", "template_code", "template_version",
     "template_sha256", "establishment_code", "author", "author_code",
     "protective_none_observed", "other_explanations", "other_explanations_none",
     "context_notes", "summary", "next_review_date", "amendment_reason",
     "amended_by", "created_at", "completed_at",
     "answers": [{"item_code", "answer", "evidence", "evidence_date"}]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace

from radprev_desktop.core import labels, policy, safeguards
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    SensitiveTermsNotConfirmed,
    ValidationError,
)
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import JustificationReason, ReportKind
from radprev_desktop.core.outbox import record_change
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import checklist_rows as run_rows
from radprev_desktop.core.services import consultation, record_notes, subjects
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.services.checklist_rules import (
    MAX_EVIDENCE,
    MAX_REASON,
    MAX_SECTION,
    MAX_SUMMARY,
    Answer,
    AnswerInput,
    ChecklistRun,
    DomainCounts,
    ItemAnswer,
    RunStatus,
    Sections,
    answers_by_code,
    apply_sections,
    check_complete,
    clean_answers,
    clean_text,
    domain_counts,
    fill_unknown,
    sensitive_texts,
)
from radprev_desktop.core.services.subject_scope import in_scope_sql
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates import Template
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

__all__ = [
    "KIND",
    "MAX_EVIDENCE",
    "MAX_REASON",
    "MAX_SECTION",
    "MAX_SUMMARY",
    "Answer",
    "AnswerInput",
    "ChecklistRun",
    "DomainCounts",
    "ItemAnswer",
    "RunStatus",
    "Sections",
    "amend_run",
    "answers_by_code",
    "check_completion",
    "complete_run",
    "discard_draft",
    "domain_counts",
    "get_run",
    "my_drafts",
    "run_history",
    "run_summary",
    "runs_for_subject",
    "save_answer",
    "save_answers",
    "start_run",
    "update_sections",
]

KIND = run_rows.KIND


def _visible(
    session: Session, run: ChecklistRun, permission: Permission = Permission.READ_CHECKLISTS
) -> None:
    """Drafts are their author's; every run is its prisoner's unit's (access by unit)."""
    if run.status is RunStatus.DRAFT and run.author != session.user.username:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such checklist run in the vault."))
    subjects.get_subject(session, run.subject_id, permission)


def _own_draft(session: Session, run_id: str) -> tuple[int, ChecklistRun]:
    row = run_rows.load_row(session.con, run_id)
    run = run_rows.run_from_row(session.con, row)
    _visible(session, run, Permission.RUN_CHECKLISTS)
    if run.sealed:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "This checklist run is completed and sealed; amend it with a reason instead.",
            )
        )
    if run.author != session.user.username:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Only the author can change a draft checklist run.")
        )
    return int(row[0]), run


def _confirmed_findings(run: ChecklistRun, confirmed: bool, before: tuple[object, ...] = ()) -> str:
    """The run's sensitive-term findings as stored; asked about until confirmed.

    `before`: the findings confirmed for the version an amendment corrects.
    """
    findings = safeguards.sensitive_findings(sensitive_texts(run))
    if safeguards.unconfirmed(findings, before) and not confirmed:
        raise SensitiveTermsNotConfirmed(tuple(findings), labels.field_word)
    return json.dumps([f.as_json() for f in findings], ensure_ascii=False)


# --- public API: drafts ------------------------------------------------------------------


@operation(Change.CHECKLISTS)
def start_run(
    session: Session,
    subject_id: str,
    template_code: str | None = None,
    template_version: int | None = None,
) -> ChecklistRun:
    """Begin a draft run for a prisoner with the active (or a named) template version."""
    policy.require(session, Permission.RUN_CHECKLISTS)
    subject = subjects.get_subject(session, subject_id, Permission.RUN_CHECKLISTS)
    if template_code is None:
        template = template_service.active_template(session)
    else:
        template = template_service.get_template(session, template_code, template_version)
    at = now_iso()
    run = ChecklistRun(
        id=new_id(),
        version=1,
        is_current=True,
        subject_id=subject.id,
        template_code=template.code,
        template_version=template.version,
        establishment_code=session.establishment_code,
        origin_workstation=session.workstation_id,
        status=RunStatus.DRAFT,
        author=session.user.username,
        author_code=session.user.staff_code,
        answers=(),
        protective_none_observed=False,
        other_explanations="",
        other_explanations_none=False,
        context_notes="",
        summary="",
        next_review_date=None,
        amendment_reason="",
        amended_by="",
        created_at=at,
        updated_at=at,
        completed_at=None,
    )
    with session.transaction() as con:
        run_rows.insert_row(con, run, RunStatus.DRAFT)
        session.audit(
            "checklist_started",
            object_type=KIND,
            object_id=run.id,
            details={
                "subject_id": subject.id,
                "template": template.code,
                "template_version": template.version,
            },
        )
    return run


@operation(Change.CHECKLISTS)
def save_answers(
    session: Session, run_id: str, answers: Iterable[AnswerInput], sections: Sections | None = None
) -> ChecklistRun:
    """Partial save of a draft (author only): every answer is checked before anything is written."""
    policy.require(session, Permission.RUN_CHECKLISTS)
    with session.transaction() as con:
        row_no, run = _own_draft(session, run_id)
        template = run_rows.template_of(con, run.template_code, run.template_version)
        cleaned = clean_answers(template, answers)
        updated = apply_sections(run, sections or Sections())
        run_rows.write_answers(con, row_no, cleaned)
        run_rows.write_sections(con, row_no, updated)
        session.audit(
            "checklist_saved",
            object_type=KIND,
            object_id=run.id,
            details={"answers": len(cleaned), "version": run.version},
        )
    return get_run(session, run_id, audit=False)


@operation(Change.CHECKLISTS)
def save_answer(
    session: Session,
    run_id: str,
    item_code: str,
    answer: Answer | str,
    evidence: str = "",
    evidence_date: str | None = None,
) -> ChecklistRun:
    """Save one item's answer in a draft (see `save_answers`)."""
    return save_answers(session, run_id, [AnswerInput(item_code, answer, evidence, evidence_date)])


@operation(Change.CHECKLISTS)
def update_sections(session: Session, run_id: str, sections: Sections) -> ChecklistRun:
    """Save the free sections of a draft (protective 'none observed', explanations, notes)."""
    return save_answers(session, run_id, [], sections)


@operation(Change.CHECKLISTS)
def discard_draft(session: Session, run_id: str) -> None:
    """Delete one's own draft (drafts never left the workstation)."""
    policy.require(session, Permission.RUN_CHECKLISTS)
    with session.transaction() as con:
        row_no, run = _own_draft(session, run_id)
        con.execute("DELETE FROM checklist_runs WHERE row_no = ?", (row_no,))
        session.audit("checklist_discarded", object_type=KIND, object_id=run.id)


@operation(Change.CHECKLISTS | Change.SYNC)
def complete_run(
    session: Session,
    run_id: str,
    summary: str,
    next_review_date: str,
    sections: Sections | None = None,
    *,
    confirm_sensitive: bool = False,
) -> ChecklistRun:
    """Seal a draft (author only) and queue it for export; nothing can be edited afterwards.

    Like an observation: free text about religion, ethnicity or politics is asked
    about first (SensitiveTermsNotConfirmed until `confirm_sensitive=True`).
    """
    policy.require(session, Permission.RUN_CHECKLISTS)
    with session.transaction() as con:
        row_no, run, template = _checked(session, run_id, summary, next_review_date, sections)
        findings = _confirmed_findings(run, confirm_sensitive)
        run = fill_unknown(run, template)
        run_rows.write_answers(con, row_no, run.answers)
        run_rows.write_sections(con, row_no, run)
        con.execute(
            "UPDATE checklist_runs SET status = 'completed', completed_at = ?, sensitive_terms = ? "
            "WHERE row_no = ?",
            (now_iso(), findings, row_no),
        )
        record_change(con, KIND, run.id, run.version)
        session.audit(
            "checklist_completed",
            object_type=KIND,
            object_id=run.id,
            details={"version": run.version, "subject_id": run.subject_id},
        )
    return get_run(session, run_id, audit=False)


def _checked(
    session: Session, run_id: str, summary: str, review: str, sections: Sections | None
) -> tuple[int, ChecklistRun, Template]:
    row_no, run = _own_draft(session, run_id)
    template = run_rows.template_of(session.con, run.template_code, run.template_version)
    given = replace(sections or Sections(), summary=summary, next_review_date=review)
    run = apply_sections(run, given)
    check_complete(run, template)
    return row_no, run, template


def check_completion(
    session: Session, run_id: str, summary: str, review: str, sections: Sections | None = None
) -> None:
    """What `complete_run` would refuse, raised before the officer is asked; writes nothing."""
    policy.require(session, Permission.RUN_CHECKLISTS)
    _checked(session, run_id, summary, review, sections)


@operation(Change.CHECKLISTS | Change.SYNC)
def amend_run(
    session: Session,
    run_id: str,
    reason: str,
    answers: Iterable[AnswerInput] = (),
    sections: Sections | None = None,
    *,
    confirm_sensitive: bool = False,
) -> ChecklistRun:
    """Correct a completed run: a new sealed version with a reason, linked to the old one.

    The author or a supervisor may amend. The old version stays as it was and
    is shown in `run_history`.
    """
    policy.require(session, Permission.RUN_CHECKLISTS)
    why = clean_text(
        reason, "reason", MAX_REASON, QT_TRANSLATE_NOOP("errors", "reason for the amendment")
    )
    if not why:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the reason for the amendment."), field="reason"
        )
    with session.transaction() as con:
        old_row = run_rows.load_row(con, run_id)
        old = run_rows.run_from_row(con, old_row)
        _visible(session, old, Permission.RUN_CHECKLISTS)
        if not old.sealed:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors", "This checklist run is still a draft: edit it instead of amending it."
                )
            )
        policy.require_made_here(session, old.establishment_code)
        held = subjects.load_subject(con, old.subject_id)
        record_notes.require_changeable(
            con, held is not None and held.restricted, "checklist_run", old.id
        )
        if not policy.may_amend_checklist(session, old.author):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "Only the author or a supervisor can amend a checklist run."
                )
            )
        template = run_rows.template_of(con, old.template_code, old.template_version)
        changed = {a.item_code: a for a in clean_answers(template, answers)}
        merged = tuple(changed.pop(a.item_code, a) for a in old.answers) + tuple(changed.values())
        at = now_iso()
        new = replace(
            old,
            version=old.version + 1,
            answers=merged,
            amendment_reason=why,
            amended_by=session.user.username,
            updated_at=at,
            completed_at=at,
        )
        new = apply_sections(new, sections or Sections())
        check_complete(new, template)
        findings = _confirmed_findings(new, confirm_sensitive, old.sensitive_terms)
        new = fill_unknown(new, template)
        con.execute("UPDATE checklist_runs SET is_current = 0 WHERE row_no = ?", (old_row[0],))
        row_no = run_rows.insert_row(con, replace(new, completed_at=None), RunStatus.DRAFT)
        run_rows.write_answers(con, row_no, new.answers)
        con.execute(
            "UPDATE checklist_runs SET status = 'completed', completed_at = ?, sensitive_terms = ? "
            "WHERE row_no = ?",
            (at, findings, row_no),
        )
        record_change(con, KIND, new.id, new.version)
        session.audit(
            "checklist_amended",
            object_type=KIND,
            object_id=new.id,
            details={"version": new.version, "amends": old.version},
        )
    return get_run(session, run_id, audit=False)


# --- public API: reading -------------------------------------------------------------------


def _as_read_by(session: Session, runs: list[ChecklistRun]) -> list[ChecklistRun]:
    """What the reader may see: an auditor gets the metadata, never what was written.

    The same rule as for observations: answers, dates and counts stay; evidence,
    other explanations, context notes and the summary are blank.
    """
    if policy.allows(session, Permission.READ_RECORD_TEXT):
        return runs
    return [
        replace(
            r,
            answers=tuple(replace(a, evidence="") for a in r.answers),
            other_explanations="",
            context_notes="",
            summary="",
        )
        for r in runs
    ]


def get_run(
    session: Session, run_id: str, version: int | None = None, *, audit: bool = True
) -> ChecklistRun:
    """One run (current version unless `version`); opening it is audited as a consultation."""
    policy.require(session, Permission.READ_CHECKLISTS)
    run = run_rows.run_from_row(session.con, run_rows.load_row(session.con, run_id, version))
    _visible(session, run)
    if audit:
        consultation.record(
            session,
            "checklist_opened",
            object_type=KIND,
            object_id=run.id,
            implied=JustificationReason.WORK_QUEUE if run.author == session.user.username else None,
            details={"version": run.version, "subject_id": run.subject_id},
        )
    return _as_read_by(session, [run])[0]


def run_history(session: Session, run_id: str) -> list[ChecklistRun]:
    """Every version of a run, oldest first (drafts of others are not shown)."""
    policy.require(session, Permission.READ_CHECKLISTS)
    rows = session.con.execute(
        f"SELECT {run_rows.RUN_COLUMNS} FROM checklist_runs WHERE id = ? ORDER BY version",
        (run_id,),
    ).fetchall()
    runs = [run_rows.run_from_row(session.con, r) for r in rows]
    visible = [r for r in runs if r.sealed or r.author == session.user.username]
    if not visible:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no such checklist run in the vault."))
    _visible(session, visible[-1])
    return _as_read_by(session, visible)


def runs_for_access_request(session: Session, subject_id: str) -> list[ChecklistRun]:
    """A prisoner's completed runs as written, newest first, for the data-subject access report.

    The auditor browses runs as metadata only (`_as_read_by`); the person a file is
    about is entitled to what was written about them, so the formal access report
    (audited with its reason by the report) reads the text. Only who may make it.
    """
    policy.require_report(session, ReportKind.ACCESS)
    subject_id = subjects.get_subject(session, subject_id).id
    rows = session.con.execute(
        f"SELECT {run_rows.RUN_COLUMNS} FROM checklist_runs WHERE subject_id = ? AND is_current = 1 "
        "AND status = 'completed' ORDER BY created_at DESC, row_no DESC",
        (subject_id,),
    ).fetchall()
    return [run_rows.run_from_row(session.con, r) for r in rows]


def runs_for_subject(
    session: Session, subject_id: str, *, include_drafts: bool = True, audit: bool = False
) -> list[ChecklistRun]:
    """Current versions of a prisoner's runs, newest first (drafts: own only).

    Screens call it within a consultation already audited by
    subject_file.open_subject_file; a caller outside one (the CLI) passes audit=True.
    """
    policy.require(session, Permission.READ_CHECKLISTS)
    subject_id = subjects.get_subject(session, subject_id, Permission.READ_CHECKLISTS).id
    if audit:
        consultation.record(
            session, "checklists_listed", object_type="subject", object_id=subject_id
        )
    rows = session.con.execute(
        f"SELECT {run_rows.RUN_COLUMNS} FROM checklist_runs WHERE subject_id = ? AND is_current = 1 "
        "AND (status = 'completed' OR (? = 1 AND author = ?)) ORDER BY created_at DESC, row_no DESC",
        (subject_id, 1 if include_drafts else 0, session.user.username),
    ).fetchall()
    return _as_read_by(session, [run_rows.run_from_row(session.con, r) for r in rows])


def my_drafts(session: Session) -> list[ChecklistRun]:
    """The logged-in officer's unfinished runs, newest first."""
    policy.require(session, Permission.RUN_CHECKLISTS)
    reach, reach_params = in_scope_sql(session, "subject_id", Permission.RUN_CHECKLISTS)
    rows = session.con.execute(
        f"SELECT {run_rows.RUN_COLUMNS} FROM checklist_runs WHERE author = ? AND status = 'draft' "
        f"AND {reach} ORDER BY updated_at DESC",
        (session.user.username, *reach_params),
    ).fetchall()
    return [run_rows.run_from_row(session.con, r) for r in rows]


def run_summary(session: Session, run: ChecklistRun) -> list[DomainCounts]:
    """`domain_counts` with the run's own template version looked up."""
    return domain_counts(
        run, run_rows.template_of(session.con, run.template_code, run.template_version)
    )
