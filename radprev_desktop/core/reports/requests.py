"""One entry point for every report, shared by the CLI and the GUI.

`generate(session, ReportRequest(...))` picks the report module; each module
checks the user's role itself against core/policy.py, the table that also
tells a screen which reports to offer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import ReportKind, User
from radprev_desktop.core.reports.access_report import access_report
from radprev_desktop.core.reports.blank_checklist import blank_checklist, stored_template
from radprev_desktop.core.reports.dpo_report import dpo_report
from radprev_desktop.core.reports.enrolment_sheet import enrolment_sheet
from radprev_desktop.core.reports.establishment_report import establishment_report
from radprev_desktop.core.reports.furniture import Report
from radprev_desktop.core.reports.national_overview import national_overview
from radprev_desktop.core.reports.observation_record import observation_record
from radprev_desktop.core.reports.recovery_sheet import recovery_sheet
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.reports.training_record import training_record
from radprev_desktop.core.reports.unit_summary import unit_summary
from radprev_desktop.core.services import observations, restriction
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

#: Reports that hold a prisoner's data: they need a reason and (to print) a recipient.
PERSONAL = policy.PERSONAL_REPORTS


def available_kinds(user: User) -> list[ReportKind]:
    """The reports this user may produce, in menu order (asked of core/policy.py)."""
    return policy.report_kinds(user)


@dataclass(frozen=True)
class ReportRequest:
    """What to print; only the fields the kind needs are read."""

    kind: ReportKind
    justification: str = ""
    language: str | None = None
    subject_id: str | None = None
    observation_id: str | None = None
    observation_version: int | None = None
    unit_code: str | None = None
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None  # YYYY-MM-DD, inclusive
    template: Mapping[str, Any] | Path | None = None
    template_code: str | None = None
    template_version: int | None = None
    recovery_code: str | None = None
    central_fingerprint: str | None = None
    trainee: str | None = None  # training record: default the logged-in user
    establishment: str | None = None  # establishment report (central office)
    dpo_question: str | None = None  # data-protection report: core/services/dpo_questions.py


def _need(value: Any, message: str, field: str) -> Any:
    if value in (None, ""):
        raise ValidationError(message, field=field)
    return value


def generate(
    session: Session,
    request: ReportRequest,
    progress: Callable[[int, int, str], None] | None = None,
) -> Report:
    """Build the requested report in memory (role checked inside the report function)."""
    kind = ReportKind(request.kind)
    if kind is ReportKind.TRAINING_RECORD:
        # A trainee prints their own record, a trainer anyone's (checked inside).
        trainee = request.trainee or session.user.username
        return training_record(session, trainee, language=request.language)
    policy.require_report(session, kind)
    if kind in (ReportKind.HANDOVER, ReportKind.ESTABLISHMENT, ReportKind.NATIONAL):
        return _records_follow_the_prisoner(session, kind, request)
    if kind is ReportKind.DATA_PROTECTION:
        return _data_protection(session, request)
    if kind is ReportKind.RECOVERY_SHEET:
        code = _need(
            request.recovery_code,
            QT_TRANSLATE_NOOP("errors", "Give the recovery code."),
            "recovery_code",
        )
        return recovery_sheet(session, code, language=request.language)
    if kind is ReportKind.ENROLMENT_SHEET:
        return enrolment_sheet(
            session, central_fingerprint=request.central_fingerprint, language=request.language
        )
    if kind is ReportKind.BLANK_CHECKLIST:
        template = request.template
        if template is None:
            template = stored_template(session, request.template_code, request.template_version)
        return blank_checklist(session, template, language=request.language)
    if kind is ReportKind.OBSERVATION:
        return _observation(session, request)
    if kind is ReportKind.SUBJECT:
        subject_id = _need(
            request.subject_id, QT_TRANSLATE_NOOP("errors", "Choose a prisoner."), "subject"
        )
        restriction.refuse_report_if_restricted(session, subject_id)
        return subject_summary(
            session,
            subject_id,
            justification=request.justification,
            language=request.language,
            progress=progress,
        )
    if kind is ReportKind.UNIT:
        return unit_summary(
            session,
            unit_code=request.unit_code,
            date_from=_need(
                request.date_from,
                QT_TRANSLATE_NOOP("errors", "Give the first day of the period."),
                "date_from",
            ),
            date_to=_need(
                request.date_to,
                QT_TRANSLATE_NOOP("errors", "Give the last day of the period."),
                "date_to",
            ),
            justification=request.justification,
            language=request.language,
            progress=progress,
        )
    subject_id = _need(
        request.subject_id, QT_TRANSLATE_NOOP("errors", "Choose a prisoner."), "subject"
    )
    return access_report(
        session, subject_id, justification=request.justification, language=request.language
    )


def _records_follow_the_prisoner(
    session: Session, kind: ReportKind, request: ReportRequest
) -> Report:
    """The central office's reports by establishment; a handover is refused here."""
    if kind is ReportKind.HANDOVER:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A release handover is made together with its package: use Release handover "
                "in the prisoner's file, or `radprev handover`.",
            ),
            field="kind",
        )
    date_from = _need(
        request.date_from,
        QT_TRANSLATE_NOOP("errors", "Give the first day of the period."),
        "date_from",
    )
    date_to = _need(
        request.date_to, QT_TRANSLATE_NOOP("errors", "Give the last day of the period."), "date_to"
    )
    if kind is ReportKind.NATIONAL:
        return national_overview(
            session, date_from=date_from, date_to=date_to, language=request.language
        )
    establishment = _need(
        request.establishment,
        QT_TRANSLATE_NOOP("errors", "Choose an establishment."),
        "establishment",
    )
    return establishment_report(
        session, establishment, date_from=date_from, date_to=date_to, language=request.language
    )


def _data_protection(session: Session, request: ReportRequest) -> Report:
    """The DPO's question on paper (core/reports/dpo_report.py)."""
    return dpo_report(
        session,
        _need(
            request.dpo_question,
            QT_TRANSLATE_NOOP("errors", "Choose the question."),
            "dpo_question",
        ),
        justification=request.justification,
        subject_id=request.subject_id,
        date_from=request.date_from,
        date_to=request.date_to,
        language=request.language,
    )


def _observation(session: Session, request: ReportRequest) -> Report:
    """One observation record (refused for a restricted file, decision 0023)."""
    obs_id = _need(
        request.observation_id,
        QT_TRANSLATE_NOOP("errors", "Choose an observation."),
        "observation",
    )
    restriction.refuse_report_if_restricted(
        session, observations.get_observation(session, obs_id, audited=False).subject_id
    )
    return observation_record(
        session,
        obs_id,
        version=request.observation_version,
        justification=request.justification,
        language=request.language,
    )
