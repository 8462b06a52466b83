"""Records follow the prisoner: `transfer`, `referral`, `link`, `handover`, `bundle --transfer`.

The same core as the screens (services/transfers.py, services/referrals.py,
services/subject_links.py, sync/transfer_bundles.py, sync/handover.py); a prisoner is named by
prison number (this establishment), by subject id, or at the central office by
EST:NUMBER.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from radprev_desktop.cli.arguments import add_reason, iso_date
from radprev_desktop.cli.common import (
    UsageError,
    command,
    emit,
    logged_in,
    read_text_file,
    use_reason,
)
from radprev_desktop.cli.output import cli
from radprev_desktop.core.model import Referral, ReferralStatus, Transfer
from radprev_desktop.core.services import referrals, subject_links, subjects, transfers
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import handover, transfer_bundles, transfer_intake

PRISONER_HELP = "prison number, subject id, or EST:NUMBER at the central office"


def register(sub: Any) -> None:
    """Add `transfer`, `referral`, `link` and `handover` (bundle --transfer: cli/sync.py)."""
    _register_transfer(sub)
    _register_referral(sub)
    _register_link(sub)
    _register_handover(sub)


def _register_transfer(sub: Any) -> None:
    transfer = sub.add_parser("transfer", help="transfers of prisoners between establishments")
    tsub = transfer.add_subparsers(dest="transfer_command", metavar="ACTION")
    tsub.required = True
    p = command(tsub, "record", cmd_transfer_record, "record that a prisoner moved (workstation)")
    p.add_argument("prisoner", metavar="PRISONER", help=PRISONER_HELP)
    p.add_argument("--to", required=True, metavar="EST", help="the establishment they go to")
    p.add_argument(
        "--date", type=iso_date, metavar="YYYY-MM-DD", help="day of the move (default: today)"
    )
    p.add_argument("--note", default="", help="a short note (no names of others)")
    p = command(tsub, "list", cmd_transfer_list, "a prisoner's transfers, or those to issue")
    p.add_argument(
        "prisoner",
        nargs="?",
        metavar="PRISONER",
        help=PRISONER_HELP + "; without it, at the central office: transfers awaiting a bundle",
    )
    p.add_argument("--all", action="store_true", help="also transfers already issued (central)")
    add_reason(p)
    command(tsub, "received", cmd_transfer_received, "transfer bundles imported here")


def _register_referral(sub: Any) -> None:
    referral = sub.add_parser("referral", help="programme referrals and their outcomes")
    rsub = referral.add_subparsers(dest="referral_command", metavar="ACTION")
    rsub.required = True
    p = command(rsub, "add", cmd_referral_add, "refer a prisoner to a programme (prints the id)")
    p.add_argument("prisoner", metavar="PRISONER", help=PRISONER_HELP)
    p.add_argument(
        "--programme", required=True, metavar="CODE", help="a code of the programmes list"
    )
    facts = p.add_mutually_exclusive_group(required=True)
    facts.add_argument("--facts", help="the reason: what was seen or heard")
    facts.add_argument("--facts-file", metavar="FILE", help="read the facts from FILE (UTF-8)")
    p.add_argument("--assessment", default="", help="why the programme may help (kept apart)")
    p.add_argument(
        "--date", type=iso_date, metavar="YYYY-MM-DD", help="day of referral (default: today)"
    )
    p = command(rsub, "update", cmd_referral_update, "next status and/or outcome (a new version)")
    p.add_argument("referral_id", metavar="ID", help="the referral's id")
    p.add_argument(
        "--status", choices=[s.value for s in ReferralStatus], help="the status it reached"
    )
    p.add_argument(
        "--date", type=iso_date, metavar="YYYY-MM-DD", help="day it was reached (default: today)"
    )
    p.add_argument("--note", default="", help="a short note on this step")
    p.add_argument("--outcome", help="outcome notes (replace the earlier ones)")
    p = command(rsub, "list", cmd_referral_list, "a prisoner's referrals")
    p.add_argument("prisoner", metavar="PRISONER", help=PRISONER_HELP)
    add_reason(p)
    command(rsub, "programmes", cmd_referral_programmes, "the programmes one may refer to")


def _register_link(sub: Any) -> None:
    link = sub.add_parser("link", help="one person's files in two establishments (central)")
    lsub = link.add_subparsers(dest="link_command", metavar="ACTION")
    lsub.required = True
    command(lsub, "suggest", cmd_links, "files that may be one person (same names, birth year)")
    command(lsub, "list", cmd_link_list, "the decisions made, with who and why")
    for name, handler, text in (
        ("same", cmd_link, "decide that two files are one person (audited)"),
        ("not-same", cmd_not_same, "decide that two files are two people (audited)"),
    ):
        p = command(lsub, name, handler, text)
        p.add_argument("first", metavar="PRISONER", help=PRISONER_HELP)
        p.add_argument("second", metavar="PRISONER", help=PRISONER_HELP)
        p.add_argument("--reason", required=True, help="why (kept in the audit log)")
    p = command(lsub, "undo", cmd_unlink, "undo a decision (audited)")
    p.add_argument("link_id", metavar="ID", help="the decision's id (link list)")
    p.add_argument("--reason", required=True, help="why (kept in the audit log)")


def _register_handover(sub: Any) -> None:
    p = command(
        sub,
        "handover",
        cmd_handover,
        "release handover to probation (PDF + package)",
    )
    p.add_argument("--subject", required=True, metavar="PRISONER", help=PRISONER_HELP)
    p.add_argument(
        "--recipient-key",
        required=True,
        metavar="FILE",
        help="the probation service's age public key (a file holding one age1… line)",
    )
    p.add_argument(
        "--recipient", required=True, metavar="TEXT", help="who it is for (the probation office)"
    )
    p.add_argument("--reason", required=True, metavar="TEXT", help="why (kept in the audit log)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the PDF and package")
    p.add_argument(
        "--due-for-release",
        action="store_true",
        help="the prisoner is still in custody but due for release (otherwise only a "
        "released prisoner's file is handed over)",
    )


def _prisoner(session: Session, reference: str) -> subjects.Subject:
    return subjects.find_by_reference(session, reference)


def _transfer_json(t: Transfer) -> dict[str, Any]:
    return dict(t.__dict__)


def cmd_transfer_record(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        prisoner = _prisoner(session, args.prisoner)
        done = transfers.record_transfer(
            session,
            prisoner.id,
            to_establishment=args.to,
            transfer_date=args.date or transfers.today(),
            note=args.note,
        )
        emit(
            args,
            _transfer_json(done),
            f"{done.id}\nTransfer to {done.to_establishment} on {done.transfer_date} recorded; "
            "it travels in the next export, then the central office issues the file.",
        )
    return 0


def cmd_transfer_list(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        use_reason(session, args)
        if args.prisoner:
            chain = transfers.transfers_of(
                session, _prisoner(session, args.prisoner).id, audit=True
            )
            emit(
                args,
                [_transfer_json(t) for t in chain],
                lambda: (
                    "\n".join(
                        f"{t.transfer_date}  {t.from_establishment} → {t.to_establishment}  "
                        f"{t.recorded_by}  {t.note}".rstrip()
                        for t in chain
                    )
                    or "No transfer is recorded for this prisoner."
                ),
            )
            return 0
        waiting = transfer_bundles.transfers_to_issue(session, include_issued=args.all)
        emit(
            args,
            [w.to_json() for w in waiting],
            lambda: (
                "\n".join(
                    f"{w.transfer.transfer_date}  {w.transfer.from_establishment}:{w.prison_number}  "
                    f"{w.family_name}, {w.given_names}  → {w.transfer.to_establishment}  "
                    f"bundles issued {w.bundles_issued}, receiving workstations "
                    f"{w.receiving_workstations}"
                    for w in waiting
                )
                or "No transfer is waiting for a bundle."
            ),
        )
    return 0


def cmd_transfer_received(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        rows = list(transfer_intake.received(session))
        emit(
            args,
            rows,
            lambda: (
                "\n".join(
                    f"{r['imported_at'][:16]}  bundle {r['sequence']} from {r['from']}: "
                    f"{r['records']} records ({r['imported_by']})"
                    for r in rows
                )
                or "No transfer bundle was imported here."
            ),
        )
    return 0


def _referral_json(r: Referral) -> dict[str, Any]:
    return {
        **{k: v for k, v in r.__dict__.items() if k not in ("status", "history")},
        "status": r.status.value,
        "history": [{**s.__dict__, "status": s.status.value} for s in r.history],
    }


def _referral_line(r: Referral) -> str:
    steps = ", ".join(f"{s.status.value} {s.date}" for s in r.history)
    head = f"{r.id}  {r.programme}  {r.status.value}  (v{r.version}; {steps})"
    if r.establishment_code:
        head += f"  [{r.establishment_code}]"
    body = [f"  Facts: {r.reason_facts}"]
    if r.reason_assessment:
        body.append(f"  Assessment: {r.reason_assessment}")
    if r.outcome:
        body.append(f"  Outcome: {r.outcome}")
    return "\n".join([head, *body])


def cmd_referral_add(args: argparse.Namespace) -> int:
    facts = args.facts if args.facts is not None else read_text_file(args.facts_file, "facts")
    with logged_in(args) as session:
        made = referrals.refer(
            session,
            _prisoner(session, args.prisoner).id,
            programme=args.programme,
            reason_facts=facts,
            reason_assessment=args.assessment,
            referred_on=args.date,
        )
        emit(args, _referral_json(made), made.id)
    return 0


def cmd_referral_update(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        updated = referrals.update_referral(
            session,
            args.referral_id,
            status=args.status,
            on=args.date,
            note=args.note,
            outcome=args.outcome,
        )
        emit(args, _referral_json(updated), _referral_line(updated))
    return 0


def cmd_referral_list(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        use_reason(session, args)
        items = referrals.referrals_for_subject(
            session, _prisoner(session, args.prisoner).id, audit=True
        )
        emit(
            args,
            [_referral_json(r) for r in items],
            lambda: "\n".join(_referral_line(r) for r in items) or "No referral is recorded.",
        )
    return 0


def cmd_referral_programmes(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        codes = referrals.programmes(session)
        emit(args, codes, "\n".join(codes))
    return 0


def cmd_link_list(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        decided = subject_links.decisions(session)
        emit(
            args,
            [d.to_json() for d in decided],
            lambda: (
                "\n".join(
                    f"{d.id}  {d.decision}  {d.first}  {d.second}  {d.decided_by} "
                    f"{d.decided_at[:10]}{'' if d.active else '  (undone)'}  {d.reason}"
                    for d in decided
                )
                or "No decision has been made."
            ),
        )
    return 0


def cmd_links(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        found = subject_links.suggestions(session)
        emit(
            args,
            [s.to_json() for s in found],
            lambda: (
                "\n".join(
                    f"{s.first.establishment_code}:{s.first.prison_number}  "
                    f"{s.second.establishment_code}:{s.second.prison_number}  "
                    f"{s.first.family_name}, {s.first.given_names} ({s.first.birth_year or '?'})"
                    for s in found
                )
                or "No two files look like one person."
            ),
        )
    return 0


def _decide(args: argparse.Namespace, same: bool) -> int:
    with logged_in(args) as session:
        first = _prisoner(session, args.first)
        second = _prisoner(session, args.second)
        decided = subject_links.decide(session, first.id, second.id, same=same, reason=args.reason)
        emit(args, decided.to_json(), decided.id)
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    return _decide(args, True)


def cmd_not_same(args: argparse.Namespace) -> int:
    return _decide(args, False)


def cmd_unlink(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        undone = subject_links.undo(session, args.link_id, reason=args.reason)
        emit(args, undone.to_json(), f"Decision {undone.id} undone.")
    return 0


def issue_bundle(session: Session, prisoner: str, folder: Path) -> dict[str, Any]:
    """`bundle --transfer PRISONER --to DIR` (called from cli/sync.py)."""
    return transfer_bundles.issue_transfer_bundle(session, prisoner, folder).to_json()


def _key_file(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(handover.MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc


def cmd_handover(args: argparse.Namespace) -> int:
    key = _key_file(args.recipient_key)
    with logged_in(args) as session:
        made = handover.make_handover(
            session,
            args.subject,
            recipient_key=key,
            recipient=args.recipient,
            reason=args.reason,
            folder=Path(args.out),
            language=cli.code,  # --language, else the user's, the administrator's or the workstation's
            due_for_release=args.due_for_release,
        )
    counts = made.handover.counts
    emit(
        args,
        {
            "pdf": str(made.pdf_path),
            "package": str(made.package_path),
            "document_id": made.handover.document_id,
            "sequence": made.handover.sequence,
            "counts": counts,
        },
        f"{made.pdf_path}\n{made.package_path}\nHandover {made.handover.sequence} for "
        f"{made.handover.recipient}: {counts['referrals']} referral(s), "
        f"{counts['observations']} observation(s), {counts['protective_factors']} protective "
        "factor(s); encrypted to the probation key only, recorded in the audit log.",
    )
    return 0
