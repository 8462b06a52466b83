"""Subjects, observations, search, review, retention and demo commands (DESIGN.md §10)."""

from __future__ import annotations

import argparse
import dataclasses
from enum import Enum
from typing import Any

from radprev_desktop.cli.arguments import COUNT, LIMIT, YEAR, iso_date, iso_date_or_time
from radprev_desktop.cli.common import (
    UsageError,
    command,
    emit,
    eprint,
    logged_in,
    read_text_file,
)
from radprev_desktop.core import demo as demo_mod
from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.model import (
    Grading,
    IndicatorEvidence,
    JustificationReason,
    ObservationStatus,
    RetentionDecision,
    SourceType,
    Subject,
    SubjectStatus,
    Urgency,
)
from radprev_desktop.core.services import (
    grading,
    observation_fields,
    observations,
    retention,
    reviews,
    search,
    subject_file,
    subjects,
)
from radprev_desktop.core.services.justification import make_justification
from radprev_desktop.core.session import Session


def register(sub: Any) -> None:
    """Add this area's sub-commands."""
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
    p = command(ssub, "list", cmd_subject_list, "list prisoners")
    p.add_argument("--unit", help="only prisoners of this unit")
    p.add_argument(
        "--status", choices=[s.value for s in SubjectStatus], help="only prisoners with this status"
    )
    _paging(p)
    p = command(ssub, "find", cmd_subject_find, "look for a prisoner before adding one")
    p.add_argument("--prison-number", default="", help="prison number to look for")
    p.add_argument(
        "--family-name", default="", help="family name to look for (accents and case ignored)"
    )
    p.add_argument("--given-names", default="", help="given names to look for")
    p = command(ssub, "show", cmd_subject_show, "open a prisoner's file (audited)")
    p.add_argument("prison_number", metavar="N", help="prison number or id")
    _reason(p)

    p = command(sub, "observe", cmd_observe, "record an observation (prints the id)")
    p.add_argument("--prison-number", required=True, help="prison number or subject id")
    facts = p.add_mutually_exclusive_group(required=True)
    facts.add_argument("--facts", help="what was seen or heard")
    facts.add_argument(
        "--facts-file",
        metavar="FILE",
        help="read the facts from FILE (UTF-8; '-': standard input), so they stay off the "
        "command line and out of the shell history",
    )
    assessment = p.add_mutually_exclusive_group()
    assessment.add_argument(
        "--assessment", default="", help="the officer's assessment, kept apart from the facts"
    )
    assessment.add_argument(
        "--assessment-file",
        metavar="FILE",
        help="read the assessment from FILE (UTF-8; '-': standard input)",
    )
    p.add_argument(
        "--when",
        dest="event_start",
        metavar="YYYY-MM-DD[THH:MM]",
        type=iso_date_or_time,
        help="when it happened",
    )
    p.add_argument(
        "--until",
        dest="event_end",
        metavar="YYYY-MM-DD[THH:MM]",
        type=iso_date_or_time,
        help="when it ended",
    )
    p.add_argument("--place", default="", help="where it happened")
    p.add_argument("--duty", default="", help="the duty the officer was on")
    p.add_argument(
        "--urgency",
        choices=[u.value for u in Urgency],
        default="routine",
        help="how soon a supervisor must see it",
    )
    p.add_argument(
        "--source-type",
        choices=[s.value for s in SourceType],
        default="own_observation",
        help="where the information comes from",
    )
    p.add_argument("--source-grade", help="reliability of the source (grading preset), e.g. B")
    p.add_argument("--information-grade", help="credibility of the information, e.g. 2")
    p.add_argument(
        "--handling", choices=["P", "C"], help="handling code: P (permitted) or C (conditions)"
    )
    p.add_argument("--handling-conditions", default="", help="conditions when --handling C")
    p.add_argument(
        "--indicator",
        action="append",
        default=[],
        metavar="CODE[=EVIDENCE]",
        help="indicator code with its evidence sentence (default: 'see the facts')",
    )
    p.add_argument(
        "--protective-factor",
        action="append",
        default=[],
        help="a protective factor seen; repeat for several",
    )
    p.add_argument("--action-taken", default="", help="what the officer did")
    p.add_argument("--submit", action="store_true", help="seal and submit at once")

    p = command(sub, "search", cmd_search, "full-text search")
    p.add_argument("query", help="words to look for (accents and case ignored)")
    p.add_argument("--unit", help="only this unit")
    p.add_argument(
        "--from",
        dest="date_from",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="only events on or after this date",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="only events on or before this date",
    )
    p.add_argument("--urgency", choices=[u.value for u in Urgency], help="only this urgency")
    p.add_argument(
        "--status", choices=[s.value for s in ObservationStatus], help="only this status"
    )
    p.add_argument("--domain", help="indicator domain, e.g. A3")
    _paging(p)

    review = sub.add_parser("review", help="supervisor review of observations")
    rsub = review.add_subparsers(dest="review_command", metavar="ACTION")
    rsub.required = True
    p = command(rsub, "list", cmd_review_list, "observations awaiting review")
    _paging(p)
    p = command(rsub, "accept", cmd_review_accept, "accept an observation")
    p.add_argument("observation_id", help="the observation's id")
    p.add_argument("--comment", default="", help="a comment for the author")
    p = command(rsub, "return", cmd_review_return, "return it to the author")
    p.add_argument("observation_id", help="the observation's id")
    p.add_argument("--comment", required=True, help="what the author must change")
    p = command(rsub, "reject", cmd_review_reject, "reject it with a reason")
    p.add_argument("observation_id", help="the observation's id")
    p.add_argument("--reason", required=True, help="why it is rejected")
    p = command(rsub, "regrade", cmd_review_regrade, "re-grade and accept")
    p.add_argument("observation_id", help="the observation's id")
    p.add_argument("--source-grade", required=True, help="the new source grade")
    p.add_argument("--information-grade", required=True, help="the new information grade")
    p.add_argument("--handling", choices=["P", "C"], default="P", help="the new handling code")
    p.add_argument("--handling-conditions", default="", help="conditions when --handling C")
    p.add_argument("--reason", required=True, help="why the grading changes")

    ret = sub.add_parser("retention", help="review dates: keep, anonymise or erase files")
    tsub = ret.add_subparsers(dest="retention_command", metavar="ACTION")
    tsub.required = True
    p = command(tsub, "overdue", cmd_retention_overdue, "files due for review")
    _paging(p)
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

    p = command(sub, "demo", cmd_demo, "fill the vault with synthetic demo data")
    p.add_argument("--subjects", type=COUNT, default=200, help="how many synthetic prisoners")
    p.add_argument(
        "--observations", type=COUNT, default=5000, help="how many synthetic observations"
    )
    p.add_argument(
        "--seed", type=COUNT, default=1, help="random seed (the same seed gives the same data)"
    )
    p.add_argument("--no-accounts", action="store_true", help="do not add the demo accounts")


def _paging(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=LIMIT, default=50, help="at most this many rows")
    p.add_argument("--offset", type=COUNT, default=0, help="skip this many rows first")


def _reason(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--reason",
        dest="reason_code",
        choices=[r.value for r in JustificationReason],
        default="other",
        help="reason for access (audited)",
    )
    p.add_argument(
        "--reason-text",
        default="opened from the command line",
        help="reason for access in words (audited)",
    )


def as_json(value: Any) -> Any:
    """Dataclasses and enums as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    return value


def _subject_by(session: Session, ref: str) -> Subject:
    try:
        return subjects.find_by_prison_number(session, ref)
    except NotFound:
        return subjects.get_subject(session, ref)


# --- subjects -----------------------------------------------------------------------


def cmd_subject_add(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        similar = subjects.find_similar(
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
            eprint(f"note: {len(similar)} prisoner(s) with a similar name are already recorded")
        emit(args, as_json(s), s.id)
    return 0


def _subject_lines(items: list[search.SubjectSummary]) -> str:
    lines = [f"{'PRISON NO':<14} {'NAME':<36} {'UNIT':<5} {'STATUS':<12} REVIEW DUE"]
    for s in items:
        name = f"{s.family_name}, {s.given_names}"
        flag = " (restricted)" if s.restricted else ""
        lines.append(
            f"{s.prison_number:<14} {name:<36} {s.unit_code:<5} {s.status.value:<12} "
            f"{s.review_due}{flag}"
        )
    return "\n".join(lines)


def cmd_subject_list(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        page = search.list_subjects(
            session, unit=args.unit, status=args.status, limit=args.limit, offset=args.offset
        )
        emit(args, as_json(page), lambda: _subject_lines(page.items) + f"\n({page.total} in all)")
    return 0


def cmd_subject_find(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        found = subjects.find_similar(
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
                or "no similar prisoner recorded"
            ),
        )
    return 0


def cmd_subject_show(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        justification = make_justification(args.reason_code, args.reason_text)
        s = _subject_by(session, args.prison_number)
        opened = subject_file.open_subject_file(session, s.id, justification)

        def text() -> str:
            subj = opened.subject
            lines = [
                f"{subj.display_name}  ({subj.prison_number}, born {subj.birth_year or '?'})",
                f"unit {subj.unit_code or '-'} cell {subj.cell or '-'}, {subj.status.value}, "
                f"review due {subj.review_due}" + (", RESTRICTED" if subj.restricted else ""),
                f"{len(opened.observations)} observation(s):",
            ]
            for o in opened.observations:
                g = o.effective_grading
                lines.append(
                    f"- {o.event_start} [{o.urgency.value}, {o.status.value}, v{o.version}, "
                    f"grade {g.source}/{g.information}/{g.handling}] {o.facts}"
                )
            return "\n".join(lines)

        emit(args, as_json(opened), text)
    return 0


# --- observations ---------------------------------------------------------------------


def _texts(args: argparse.Namespace) -> tuple[str, str]:
    """The facts and the assessment, from the options or their files (read before login)."""
    if args.facts_file == "-" and args.assessment_file == "-":
        raise UsageError("only one of --facts-file and --assessment-file can be '-'")
    if "-" in (args.facts_file, args.assessment_file) and args.password_file == "-":
        raise UsageError("standard input cannot hold both the password and a text")
    facts = read_text_file(args.facts_file, "facts") if args.facts_file else args.facts
    assessment = (
        read_text_file(args.assessment_file, "assessment")
        if args.assessment_file
        else args.assessment
    )
    return facts, assessment


def cmd_observe(args: argparse.Namespace) -> int:
    facts, assessment = _texts(args)
    with logged_in(args) as session:
        s = subjects.find_by_prison_number(session, args.prison_number)
        indicators = []
        for item in args.indicator:
            code, _, evidence = item.partition("=")
            indicators.append(IndicatorEvidence(code, evidence or "See the facts."))
        proposal = grading.propose_grading(
            args.source_type, observation_fields.current_preset(session)
        )
        chosen = None
        if args.source_grade or args.information_grade or args.handling:
            chosen = Grading(
                proposal.preset,
                args.source_grade or proposal.source,
                args.information_grade or proposal.information,
                args.handling or proposal.handling,
                args.handling_conditions,
            )
        data = observations.ObservationInput(
            subject_id=s.id,
            facts=facts,
            assessment=assessment,
            event_start=args.event_start,
            event_end=args.event_end,
            place=args.place,
            officer_duty=args.duty,
            source_type=SourceType(args.source_type),
            indicators=tuple(indicators),
            protective_factors=tuple(args.protective_factor),
            grading=chosen,
            urgency=Urgency(args.urgency),
            action_taken=args.action_taken,
        )
        obs = observations.record(session, data, submit_now=args.submit)
        if obs.urgency is Urgency.IMMEDIATE:
            eprint("IMMEDIATE: escalate now in person or by phone; do not wait for an export.")
        emit(args, as_json(obs), obs.id)
    return 0


def _obs_lines(items: list[search.ObservationSummary]) -> str:
    lines = []
    for o in items:
        lines.append(
            f"{o.id}  {o.event_start:<16} {o.prison_number:<12} {o.subject_name:<30} "
            f"{o.urgency.value:<9} {o.status.value:<9} {o.excerpt[:60]}"
        )
    return "\n".join(lines) or "nothing found"


def cmd_search(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        filters = search.ObservationFilter(
            unit=args.unit,
            date_from=args.date_from,
            date_to=args.date_to,
            urgency=Urgency(args.urgency) if args.urgency else None,
            status=ObservationStatus(args.status) if args.status else None,
            domain=args.domain,
        )
        results = search.search(
            session, args.query, filters, limit=args.limit, offset=args.offset, with_total=True
        )

        def text() -> str:
            out = []
            if results.subjects.items:
                out.append("Prisoners:\n" + _subject_lines(results.subjects.items))
            out.append(
                f"Observations ({results.observations.total}):\n"
                + _obs_lines(results.observations.items)
            )
            return "\n\n".join(out)

        emit(args, as_json(results), text)
    return 0


# --- review -----------------------------------------------------------------------------


def cmd_review_list(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        page = reviews.review_queue(session, limit=args.limit, offset=args.offset)
        emit(args, as_json(page), lambda: _obs_lines(page.items) + f"\n({page.total} waiting)")
    return 0


def _review_out(args: argparse.Namespace, review: Any) -> int:
    emit(args, as_json(review), f"{review.decision.value}: {review.observation_id}")
    return 0


def cmd_review_accept(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        return _review_out(args, reviews.accept(session, args.observation_id, args.comment))


def cmd_review_return(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        return _review_out(
            args, reviews.return_to_author(session, args.observation_id, args.comment)
        )


def cmd_review_reject(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        return _review_out(args, reviews.reject(session, args.observation_id, args.reason))


def cmd_review_regrade(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        obs = observations.get_observation(session, args.observation_id)
        new = Grading(
            obs.grading.preset,
            args.source_grade,
            args.information_grade,
            args.handling,
            args.handling_conditions,
        )
        return _review_out(args, reviews.regrade(session, args.observation_id, new, args.reason))


# --- retention -----------------------------------------------------------------------------


def cmd_retention_overdue(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        page = retention.overdue(session, limit=args.limit, offset=args.offset)
        emit(args, as_json(page), lambda: _subject_lines(page.items) + f"\n({page.total} due)")
    return 0


def cmd_retention_decide(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        s = _subject_by(session, args.prison_number)
        out = retention.decide(
            session,
            s.id,
            args.decision,
            args.reason,
            new_review_due=args.new_review_date,
            keep_text=args.keep_text,
        )
        text = f"{out.decision.value}: {out.subject_id}"
        if out.new_review_due:
            text += f" (next review {out.new_review_due})"
        emit(args, as_json(out), text)
    return 0


# --- demo ------------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        accounts = [] if args.no_accounts else demo_mod.create_demo_accounts(session)

        def progress(done: int, total: int, what: str) -> None:
            if not args.json and total >= 50_000:
                eprint(f"{what}: {done}/{total}")

        summary = demo_mod.generate(
            session,
            subjects=args.subjects,
            observations=args.observations,
            seed=args.seed,
            progress=progress,
        )
        data = {
            "summary": as_json(summary),
            "demo_accounts": [
                {"username": u, "password": p, "roles": [r.value for r in roles]}
                for u, p, roles in accounts
            ],
        }

        def text() -> str:
            lines = [
                f"{summary.subjects} prisoners, {summary.observations} observations "
                f"({summary.versions} versions), {summary.reviews} reviews written."
            ]
            if accounts:
                lines.append("Demo accounts (for demonstrations only):")
                lines += [
                    f"  {u} / {p} ({', '.join(r.value for r in roles)})" for u, p, roles in accounts
                ]
            return "\n".join(lines)

        emit(args, data, text)
    return 0
