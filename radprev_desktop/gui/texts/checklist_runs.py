"""Checklist runs as lines of a subject's file (no SQL: core.services.checklists)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from radprev_desktop.core.services import checklists
from radprev_desktop.core.services.checklists import ChecklistRun, RunStatus
from radprev_desktop.core.session import Session
from radprev_desktop.gui.i18n import format_datetime


def runs_for_subject(session: Session, subject_id: str) -> list[ChecklistRun]:
    """Current versions of the subject's runs, newest first (own drafts included)."""
    return checklists.runs_for_subject(session, subject_id)


def run_line(run: ChecklistRun) -> str:
    """One line of the file's checklist list: when, template, state, version, next review."""
    state = (
        QCoreApplication.translate("ChecklistRunnerPage", "completed and sealed")
        if run.status is RunStatus.COMPLETED
        else QCoreApplication.translate("DashboardPage", "draft")
    )
    version = QCoreApplication.translate("records", "Version")
    at = format_datetime(run.completed_at or run.created_at)
    text = f"{at} — {run.template_code} v{run.template_version} — {state}, {version} {run.version}"
    if run.next_review_date:
        review = QCoreApplication.translate("ChecklistRunnerPage", "Next review date")
        text += f" — {review}: {run.next_review_date}"
    return text
