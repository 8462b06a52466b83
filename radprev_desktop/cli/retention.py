"""`radprev retention`: files due for their review date, and the decision about each."""

from __future__ import annotations

import argparse
from typing import Any

from radprev_desktop.cli.arguments import add_paging, iso_date
from radprev_desktop.cli.common import command, emit, logged_in
from radprev_desktop.cli.output import as_json, cli
from radprev_desktop.cli.subjects import subject_by, subject_lines
from radprev_desktop.core.model import RetentionDecision
from radprev_desktop.core.services import rejected_retention, retention


def register(sub: Any) -> None:
    """Add `retention`."""
    ret = sub.add_parser("retention", help="review dates: keep, anonymise or erase files")
    tsub = ret.add_subparsers(dest="retention_command", metavar="ACTION")
    tsub.required = True
    p = command(tsub, "overdue", cmd_retention_overdue, "files due for review")
    add_paging(p)
    p = command(tsub, "decide", cmd_retention_decide, "decide about a file")
    p.add_argument("prison_number", metavar="N", help="prison number or id")
    p.add_argument(
        "--decision",
        required=True,
        choices=[d.value for d in RetentionDecision],
        help="keep the file, anonymise it or erase it",
    )
    p.add_argument("--reason", required=True, help="why (recorded in the audit log)")
    p.add_argument(
        "--new-review-date",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="with keep: the next review date",
    )
    p.add_argument("--keep-text", action="store_true", help="anonymise but keep free text")
    p = command(
        tsub, "rejected", cmd_retention_rejected, "erase rejected reports past their period"
    )
    p.add_argument("--dry-run", action="store_true", help="only list what would be erased")


def cmd_retention_overdue(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        page = retention.overdue(session, limit=args.limit, offset=args.offset)
        emit(args, as_json(page), lambda: subject_lines(page.items) + f"\n({page.total} due)")
    return 0


def cmd_retention_decide(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        s = subject_by(session, args.prison_number)
        out = retention.decide(
            session,
            s.id,
            args.decision,
            args.reason,
            new_review_due=args.new_review_date,
            keep_text=args.keep_text,
        )
        text = f"{cli.label(out.decision)}: {out.subject_id}"
        if out.new_review_due:
            text += " " + cli.tr("(next review %1)", cli.translator.date(out.new_review_due))
        emit(args, as_json(out), text)
    return 0


def cmd_retention_rejected(args: argparse.Namespace) -> int:
    """The retention job for rejected reports (a scheduled task may run it daily)."""
    with logged_in(args) as session:
        if args.dry_run:
            found = rejected_retention.expired(session)
            text = cli.tr(
                "%1 rejected report(s) rejected before %2 would be erased.",
                len(found.observation_ids),
                cli.translator.date(found.cutoff),
            )
        else:
            found = rejected_retention.erase_expired(session)
            text = cli.tr(
                "%1 rejected report(s) rejected before %2 erased.",
                len(found.observation_ids),
                cli.translator.date(found.cutoff),
            )
        emit(args, as_json(found), "\n".join([*found.observation_ids, text]))
    return 0
