"""`radprev report …`: PDF reports written atomically, every one audited as a disclosure."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from radprev_desktop.cli.arguments import VERSION, iso_date
from radprev_desktop.cli.common import UsageError, command, emit, logged_in, read_secret_file
from radprev_desktop.cli.output import cli
from radprev_desktop.core.model import JustificationReason, ReportKind
from radprev_desktop.core.reports.disclosure import save_report
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services import justification as justification_service
from radprev_desktop.core.services import subjects
from radprev_desktop.core.services.dpo_questions import DpoQuestion
from radprev_desktop.core.session import Session


def _common(p: argparse.ArgumentParser, *, personal: bool) -> None:
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument(
        "--reason",
        required=personal,
        metavar="CODE",
        help="reason for access: " + ", ".join(r.value for r in JustificationReason),
    )
    p.add_argument("--reason-text", default="", metavar="TEXT", help="a few words more")
    p.add_argument(
        "--recipient", required=personal, default="", metavar="TEXT", help="who the PDF is for"
    )


def _period(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--from",
        dest="date_from",
        required=True,
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="first day of the period",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        required=True,
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="last day of the period",
    )


def _subject_options(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--prison-number",
        metavar="N",
        help="the prisoner's prison number (at the central office: EST:NUMBER)",
    )
    group.add_argument("--subject-id", metavar="ID", help="the prisoner's id")


def register(sub: Any) -> None:
    """Add `radprev report …`."""
    report = sub.add_parser("report", help="PDF reports (audited as disclosures)")
    rsub = report.add_subparsers(dest="report_kind", metavar="KIND")
    rsub.required = True
    _register_record_reports(rsub)
    _register_sheets(rsub)


def _register_record_reports(rsub: Any) -> None:
    """Reports about prisoners and their observations (personal data: a reason is asked)."""
    p = command(rsub, "subject", cmd_report, "subject summary (supervisor)")
    _subject_options(p)
    _common(p, personal=True)
    p.set_defaults(kind=ReportKind.SUBJECT)

    p = command(rsub, "unit", cmd_report, "unit and period summary (supervisor)")
    p.add_argument("--unit", metavar="CODE", help="one unit (default: the whole establishment)")
    _period(p)
    _common(p, personal=True)
    p.set_defaults(kind=ReportKind.UNIT)

    p = command(rsub, "establishment", cmd_report, "one establishment's counts (central office)")
    p.add_argument("--establishment", required=True, metavar="EST", help="the establishment's code")
    _period(p)
    _common(p, personal=False)
    p.set_defaults(kind=ReportKind.ESTABLISHMENT)

    p = command(rsub, "national", cmd_report, "every establishment side by side (central office)")
    _period(p)
    _common(p, personal=False)
    p.set_defaults(kind=ReportKind.NATIONAL)

    p = command(rsub, "observation", cmd_report, "one observation record")
    p.add_argument(
        "--id", dest="observation_id", required=True, metavar="ID", help="the observation's id"
    )
    p.add_argument(
        "--version",
        dest="observation_version",
        type=VERSION,
        metavar="N",
        help="version of the observation (default: the newest)",
    )
    _common(p, personal=True)
    p.set_defaults(kind=ReportKind.OBSERVATION)


def _register_sheets(rsub: Any) -> None:
    """Sheets and the access report."""
    p = command(rsub, "blank-checklist", cmd_report, "a blank checklist for paper use")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--template", metavar="FILE", help="a template JSON file")
    group.add_argument("--template-code", metavar="CODE", help="a template stored in the vault")
    p.add_argument(
        "--template-version",
        type=VERSION,
        metavar="N",
        help="template version (default: the newest)",
    )
    _common(p, personal=False)
    p.set_defaults(kind=ReportKind.BLANK_CHECKLIST)

    p = command(rsub, "recovery-sheet", cmd_report, "the recovery code sheet (administrator)")
    p.add_argument(
        "--recovery-code-file",
        required=True,
        metavar="FILE",
        help="file whose first line is the recovery code",
    )
    _common(p, personal=False)
    p.set_defaults(kind=ReportKind.RECOVERY_SHEET)

    p = command(rsub, "enrolment-sheet", cmd_report, "key fingerprints to confirm (administrator)")
    p.add_argument(
        "--central-fingerprint",
        metavar="HEX",
        help="the central office's fingerprint to print on the sheet",
    )
    _common(p, personal=False)
    p.set_defaults(kind=ReportKind.ENROLMENT_SHEET)

    p = command(rsub, "access", cmd_report, "data-subject access report (auditor)")
    _subject_options(p)
    _common(p, personal=True)
    p.set_defaults(kind=ReportKind.ACCESS)

    p = command(rsub, "data-protection", cmd_report, "the DPO's questions (auditor)")
    p.add_argument(
        "--question",
        dest="dpo_question",
        required=True,
        choices=[q.value for q in DpoQuestion],
        help="who consulted a file, consultations without a purpose, exports, overdue reviews",
    )
    p.add_argument("--prison-number", metavar="N", help="with consulted: the prisoner")
    p.add_argument(
        "--from",
        dest="date_from",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="first day of the period the question covers",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="last day of the period the question covers",
    )
    _common(p, personal=True)
    p.set_defaults(kind=ReportKind.DATA_PROTECTION)


def _subject_id(session: Session, args: argparse.Namespace) -> str | None:
    if getattr(args, "subject_id", None):
        return str(subjects.get_subject(session, args.subject_id).id)
    if getattr(args, "prison_number", None):
        return str(subjects.find_by_reference(session, args.prison_number).id)
    return None


def _justification(args: argparse.Namespace) -> str:
    if not args.reason:
        return args.reason_text.strip()
    checked = justification_service.make_justification(args.reason, args.reason_text)
    return checked.audit_text()


def cmd_report(args: argparse.Namespace) -> int:
    kind = ReportKind(args.kind)
    out = Path(args.out)
    if out.exists() and out.is_dir():
        raise UsageError(cli.tr("%1 is a folder: give a file name for the PDF", out))
    recovery_code = (
        read_secret_file(args.recovery_code_file) if kind is ReportKind.RECOVERY_SHEET else None
    )
    justification = _justification(args)
    with logged_in(args) as session:
        request = ReportRequest(
            kind=kind,
            justification=justification,
            language=cli.code,  # --language, else the user's or the workstation's
            subject_id=_subject_id(session, args),
            observation_id=getattr(args, "observation_id", None),
            observation_version=getattr(args, "observation_version", None),
            unit_code=getattr(args, "unit", None),
            date_from=getattr(args, "date_from", None),
            date_to=getattr(args, "date_to", None),
            template=Path(args.template) if getattr(args, "template", None) else None,
            template_code=getattr(args, "template_code", None),
            template_version=getattr(args, "template_version", None),
            recovery_code=recovery_code,
            central_fingerprint=getattr(args, "central_fingerprint", None),
            establishment=getattr(args, "establishment", None),
            dpo_question=getattr(args, "dpo_question", None),
        )
        report = generate(session, request)
        save_report(
            session,
            report,
            out,
            justification=justification,
            recipient=args.recipient,
        )
    emit(
        args,
        {
            "path": str(out),
            "document_id": report.document_id,
            "kind": kind.value,
            "pages": report.pages,
        },
        # One wording for any number of pages (no English plural built from pieces).
        cli.tr("%1  (pages: %2, document %3)", out, report.pages, report.document_id),
    )
    return 0
