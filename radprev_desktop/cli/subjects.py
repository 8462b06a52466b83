"""`radprev subject`: add, list, find and open prisoners' files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from radprev_desktop.cli.arguments import VERSION, YEAR, add_paging, add_reason
from radprev_desktop.cli.common import command, emit, eprint, logged_in, use_reason
from radprev_desktop.cli.output import as_json, cli
from radprev_desktop.core.model import Subject, SubjectStatus
from radprev_desktop.core.reports import note_words, subject_data
from radprev_desktop.core.services import (
    data_requests,
    restriction,
    search,
    subject_duplicates,
    subject_file,
    subject_search,
    subjects,
)
from radprev_desktop.core.services.justification import make_justification
from radprev_desktop.core.services.record_notes import RecordNote
from radprev_desktop.core.session import Session


def register(sub: Any) -> None:
    """Add `subject`."""
    subject = sub.add_parser("subject", help="prisoners (subjects)")
    ssub = subject.add_subparsers(dest="subject_command", metavar="ACTION")
    ssub.required = True
    p = command(ssub, "add", cmd_subject_add, "add a prisoner (prints the id)")
    p.add_argument(
        "--prison-number", required=True, help="the prison number (unique in the establishment)"
    )
    p.add_argument("--family-name", required=True, help="family name")
    p.add_argument("--given-names", required=True, help="given names")
    p.add_argument("--birth-year", type=YEAR, help="year of birth")
    p.add_argument("--unit", help="unit code, e.g. A")
    p.add_argument("--cell", default="", help="cell")
    p = command(ssub, "list", cmd_subject_list, "list prisoners (audited)")
    add_reason(p)
    p.add_argument("--unit", help="only prisoners of this unit")
    p.add_argument(
        "--status", choices=[s.value for s in SubjectStatus], help="only prisoners with this status"
    )
    add_paging(p)
    p = command(ssub, "find", cmd_subject_find, "look for a prisoner before adding one")
    p.add_argument("--prison-number", default="", help="prison number to look for")
    p.add_argument(
        "--family-name", default="", help="family name to look for (accents and case ignored)"
    )
    p.add_argument("--given-names", default="", help="given names to look for")
    p = command(ssub, "show", cmd_subject_show, "open a prisoner's file (audited)")
    p.add_argument("prison_number", metavar="N", help="prison number or id")
    add_reason(p)
    for name, handler, what in (
        ("restrict", cmd_subject_restrict, "restrict processing of a file (accuracy disputed)"),
        ("unrestrict", cmd_subject_unrestrict, "lift the restriction of a file"),
    ):
        p = command(ssub, name, handler, what)
        p.add_argument("prison_number", metavar="N", help="prison number or id")
        p.add_argument("--reason", required=True, help="why (kept in the file and the audit log)")
    _register_requests(ssub)
    p = command(
        ssub, "export-data", cmd_subject_export_data, "the person's data as JSON + PDF (auditor)"
    )
    p.add_argument("prison_number", metavar="N", help="prison number or id")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write the two files into")
    add_reason(p)
    p.add_argument("--recipient", required=True, metavar="TEXT", help="who the files are given to")


def _outcome_options(p: argparse.ArgumentParser, *, with_open: bool) -> None:
    choices = (["open"] if with_open else []) + ["rectified", "refused", "noted"]
    p.add_argument(
        "--outcome",
        choices=choices,
        default="open" if with_open else None,
        required=not with_open,
        help="rectified (by amendment --version N), refused or noted (a dispute) with --reason"
        + ("; default: open, to decide later" if with_open else ""),
    )
    p.add_argument(
        "--version",
        type=VERSION,
        metavar="N",
        help="rectified: the amended version of the record that made the correction",
    )
    p.add_argument("--reason", default="", help="refused or noted: why (kept with the request)")


def _register_requests(ssub: Any) -> None:
    """Rectification requests and disputes (LED Art. 16), and their outcome."""
    for name, handler, what in (
        ("rectification", cmd_subject_rectification, "record a rectification request"),
        ("dispute", cmd_subject_dispute, "record that the prisoner disputes a record"),
    ):
        p = command(ssub, name, handler, what + " (supervisor; details: also administrator)")
        p.add_argument("prison_number", metavar="N", help="prison number or id")
        about = p.add_mutually_exclusive_group()
        about.add_argument(
            "--observation",
            metavar="ID",
            help="the observation it is about (default: the prisoner's details)",
        )
        about.add_argument(
            "--checklist-run",
            metavar="ID",
            help="the checklist run it is about (default: the prisoner's details)",
        )
        p.add_argument("--text", required=True, help="what the prisoner asks or contests")
        _outcome_options(p, with_open=True)
    p = command(ssub, "decide", cmd_subject_decide, "decide an open rectification or dispute")
    p.add_argument("note_id", metavar="REQUEST", help="the request's id (printed when recorded)")
    _outcome_options(p, with_open=False)


def subject_by(session: Session, ref: str) -> Subject:
    """A prison number here, a subject id, or EST:NUMBER (central office)."""
    return subjects.find_by_reference(session, ref)


# --- subjects -----------------------------------------------------------------------


def cmd_subject_add(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        similar = subject_duplicates.find_similar(
            session, family_name=args.family_name, given_names=args.given_names
        )
        s = subjects.create_subject(
            session,
            prison_number=args.prison_number,
            family_name=args.family_name,
            given_names=args.given_names,
            birth_year=args.birth_year,
            unit=args.unit,
            cell=args.cell,
        )
        if similar:
            eprint(
                cli.tr(
                    "note: %1 prisoner(s) with a similar name are already recorded", len(similar)
                )
            )
        emit(args, as_json(s), s.id)
    return 0


def subject_lines(items: list[search.SubjectSummary]) -> str:
    head = (
        cli.tr("PRISON NO"),
        cli.tr("NAME"),
        cli.tr("UNIT"),
        cli.tr("STATUS"),
        cli.tr("REVIEW DUE"),
    )
    lines = [f"{head[0]:<14} {head[1]:<36} {head[2]:<5} {head[3]:<12} {head[4]}"]
    for s in items:
        name = f"{s.family_name}, {s.given_names}"
        flag = " " + cli.tr("(restricted)") if s.restricted else ""
        lines.append(
            f"{s.prison_number:<14} {name:<36} {s.unit_code:<5} {cli.label(s.status):<12} "
            f"{cli.translator.date(s.review_due)}{flag}"
        )
    return "\n".join(lines)


def cmd_subject_list(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        use_reason(session, args)
        page = subject_search.list_subjects(
            session, unit=args.unit, status=args.status, limit=args.limit, offset=args.offset
        )
        emit(
            args,
            as_json(page),
            lambda: subject_lines(page.items) + "\n" + cli.tr("(%1 in all)", page.total),
        )
    return 0


def cmd_subject_find(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        found = subject_duplicates.find_similar(
            session,
            prison_number=args.prison_number,
            family_name=args.family_name,
            given_names=args.given_names,
        )
        emit(
            args,
            as_json(found),
            lambda: (
                "\n".join(f"{s.prison_number}  {s.display_name}  {s.id}" for s in found)
                or cli.tr("no similar prisoner recorded")
            ),
        )
    return 0


def cmd_subject_show(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        justification = make_justification(args.reason_code, args.reason_text)
        s = subject_by(session, args.prison_number)
        opened = subject_file.open_subject_file(session, s.id, justification)

        def text() -> str:
            subj = opened.subject
            lines = [
                cli.tr(
                    "%1  (%2, born %3)",
                    subj.display_name,
                    subj.prison_number,
                    subj.birth_year or "?",
                ),
                cli.tr(
                    "unit %1 cell %2, %3, review due %4",
                    subj.unit_code or "-",
                    subj.cell or "-",
                    cli.label(subj.status),
                    cli.translator.date(subj.review_due),
                )
                + (cli.tr(", RESTRICTED") if subj.restricted else ""),
                cli.tr("Observations: %1", len(opened.observations)),
            ]
            for o in opened.observations:
                g = o.effective_grading
                lines.append(
                    cli.tr(
                        "- %1 [%2, %3, v%4, grade %5] %6",
                        cli.translator.datetime(o.event_start),
                        cli.label(o.urgency),
                        cli.label(o.status),
                        o.version,
                        f"{g.source}/{g.information}/{g.handling}",
                        o.facts,
                    )
                )
            lines += _note_lines(data_requests.notes_of(session, subj.id))
            return "\n".join(lines)

        emit(args, as_json(opened), text)
    return 0


def _note_lines(notes: list[RecordNote]) -> list[str]:
    """Requests, disputes and restrictions of the file, each with its outcome."""
    if not notes:
        return []
    lines = [cli.tr("Rectification, disputes and restriction: %1", len(notes))]
    for n in notes:
        outcome = cli.text(note_words.outcome(n)) if n.outcome else ""
        lines.append(
            cli.tr(
                "- %1 %2 (%3): %4 %5",
                cli.translator.datetime(n.at),
                cli.text(note_words.KINDS[n.kind]),
                cli.text(note_words.ABOUT[n.object_kind]),
                n.text,
                f"[{outcome}, {n.id}]" if outcome else "",
            ).rstrip()
        )
    return lines


def _restriction(args: argparse.Namespace, restricted: bool) -> int:
    with logged_in(args) as session:
        s = subject_by(session, args.prison_number)
        changed = restriction.set_restriction(session, s.id, restricted, args.reason)
        text = (
            cli.tr("Processing of %1 is restricted.", changed.prison_number)
            if restricted
            else cli.tr("The restriction of %1 is lifted.", changed.prison_number)
        )
        emit(args, as_json(changed), text)
    return 0


def cmd_subject_restrict(args: argparse.Namespace) -> int:
    return _restriction(args, True)


def cmd_subject_unrestrict(args: argparse.Namespace) -> int:
    return _restriction(args, False)


def _request(args: argparse.Namespace, kind: str) -> int:
    with logged_in(args) as session:
        s = subject_by(session, args.prison_number)
        about, object_id = (
            ("observation", args.observation)
            if args.observation
            else ("checklist_run", args.checklist_run)
            if args.checklist_run
            else ("subject", s.id)
        )
        note = data_requests.record_request(
            session,
            about,
            object_id,
            kind,
            args.text,
            outcome=args.outcome,
            version=args.version,
            reason=args.reason,
        )
        emit(
            args,
            as_json(note),
            cli.tr("Recorded as %1 (%2).", note.id, cli.text(note_words.outcome(note))),
        )
    return 0


def cmd_subject_rectification(args: argparse.Namespace) -> int:
    return _request(args, "rectification")


def cmd_subject_dispute(args: argparse.Namespace) -> int:
    return _request(args, "dispute")


def cmd_subject_decide(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        note = data_requests.decide(
            session, args.note_id, args.outcome, version=args.version, reason=args.reason
        )
        emit(args, as_json(note), cli.tr("Decided: %1.", cli.text(note_words.outcome(note))))
    return 0


def cmd_subject_export_data(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        s = subject_by(session, args.prison_number)
        checked = make_justification(args.reason_code, args.reason_text)
        made = subject_data.export_subject_data(
            session,
            s.id,
            Path(args.out),
            justification=checked.audit_text(),
            recipient=args.recipient,
            language=cli.code,  # --language, else the user's or the workstation's
        )
        emit(
            args,
            {
                "json": str(made.json_path),
                "pdf": str(made.pdf_path),
                "document_id": made.document_id,
                "pages": made.pages,
                "counts": made.counts,
            },
            cli.tr(
                "%1\n%2  (pages: %3, document %4)",
                made.json_path,
                made.pdf_path,
                made.pages,
                made.document_id,
            ),
        )
    return 0
