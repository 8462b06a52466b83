"""`radprev observe`, `search` and `review`: recording observations, finding and reviewing them."""

from __future__ import annotations

import argparse
from typing import Any

from radprev_desktop.cli.arguments import add_paging, add_reason, iso_date, iso_date_or_time
from radprev_desktop.cli.common import (
    UsageError,
    command,
    emit,
    eprint,
    logged_in,
    non_indicator_banner,
    read_text_file,
    use_reason,
)
from radprev_desktop.cli.output import as_json, cli
from radprev_desktop.cli.subjects import subject_by, subject_lines
from radprev_desktop.core.model import (
    Grading,
    IndicatorEvidence,
    JustificationReason,
    ObservationStatus,
    SourceType,
    Urgency,
)
from radprev_desktop.core.services import (
    classification,
    grading,
    observation_fields,
    observations,
    reviews,
    search,
)


def register(sub: Any) -> None:
    """Add `observe`, `search` and `review`."""
    _register_observe(sub)
    _register_search(sub)
    _register_review(sub)


def _add_observe_texts(p: Any) -> None:
    """The free-text options of `observe`: facts, assessment, other explanations, and the
    confirmation the sensitive-term question asks for."""
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
    other = p.add_mutually_exclusive_group()
    other.add_argument(
        "--other-explanations",
        default="",
        metavar="TEXT",
        help="other explanations considered (debt, conflict, illness, bad news…); "
        "required with --submit unless --none-identified",
    )
    other.add_argument(
        "--none-identified",
        action="store_true",
        help="no other explanation was found after considering them",
    )
    p.add_argument(
        "--terms-necessary",
        action="store_true",
        help="confirm that words about religion, ethnicity or politics are needed to "
        "describe the behaviour (asked when the record is sealed; recorded for the supervisor)",
    )


def _register_observe(sub: Any) -> None:
    p = command(sub, "observe", cmd_observe, "record an observation (prints the id)")
    p.add_argument("--prison-number", required=True, help="prison number or subject id")
    _add_observe_texts(p)
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
        help="indicator code with its evidence: a sentence in your own words of what you "
        "saw or heard (required with --submit)",
    )
    p.add_argument(
        "--protective-factor",
        action="append",
        default=[],
        help="a protective factor seen; repeat for several",
    )
    p.add_argument("--action-taken", default="", help="what the officer did")
    p.add_argument(
        "--classification",
        default="",
        metavar="LEVEL",
        help="a level of the establishment's list (radprev settings list); default the lowest",
    )
    p.add_argument("--submit", action="store_true", help="seal and submit at once")


def _register_search(sub: Any) -> None:
    p = command(sub, "search", cmd_search, "full-text search (audited)")
    p.add_argument("query", help="words to look for (accents and case ignored)")
    add_reason(p)
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
    add_paging(p)


def _register_review(sub: Any) -> None:
    review = sub.add_parser("review", help="supervisor review of observations")
    rsub = review.add_subparsers(dest="review_command", metavar="ACTION")
    rsub.required = True
    p = command(rsub, "list", cmd_review_list, "observations awaiting review")
    add_paging(p)
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
    p = command(rsub, "reclassify", cmd_review_reclassify, "change a record's classification")
    p.add_argument("observation_id", help="the observation's id")
    p.add_argument("--level", required=True, help="a level of the establishment's list")
    p.add_argument("--reason", required=True, help="why the classification changes (audited)")


# --- observations ---------------------------------------------------------------------


def _texts(args: argparse.Namespace) -> tuple[str, str]:
    """The facts and the assessment, from the options or their files (read before login)."""
    if args.facts_file == "-" and args.assessment_file == "-":
        raise UsageError(cli.tr("only one of --facts-file and --assessment-file can be '-'"))
    if "-" in (args.facts_file, args.assessment_file) and args.password_file == "-":
        raise UsageError(cli.tr("standard input cannot hold both the password and a text"))
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
        s = subject_by(session, args.prison_number)
        indicators = []
        for item in args.indicator:
            code, _, evidence = item.partition("=")
            # No filler: the evidence is the officer's own sentence (core checks it on sealing).
            indicators.append(IndicatorEvidence(code, evidence))
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
            classification=args.classification,
            protective_factors=tuple(args.protective_factor),
            grading=chosen,
            urgency=Urgency(args.urgency),
            action_taken=args.action_taken,
            other_explanations=args.other_explanations,
            other_explanations_none=args.none_identified,
        )
        eprint(non_indicator_banner(session))  # before sealing, as the editor shows it
        obs = observations.record(
            session, data, submit_now=args.submit, confirm_sensitive=args.terms_necessary
        )
        if obs.urgency is Urgency.IMMEDIATE:
            eprint(
                cli.tr("IMMEDIATE: escalate now in person or by phone; do not wait for an export.")
            )
        emit(args, as_json(obs), obs.id)
    return 0


def observation_lines(items: list[search.ObservationSummary]) -> str:
    lines = []
    for o in items:
        lines.append(
            f"{o.id}  {o.event_start:<16} {o.prison_number:<12} {o.subject_name:<30} "
            f"{cli.label(o.urgency):<9} {cli.label(o.status):<9} {o.excerpt[:60]}"
        )
    return "\n".join(lines) or cli.tr("nothing found")


def cmd_search(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        use_reason(session, args)
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
                out.append("Prisoners:\n" + subject_lines(results.subjects.items))
            out.append(
                f"Observations ({results.observations.total}):\n"
                + observation_lines(results.observations.items)
            )
            return "\n\n".join(out)

        emit(args, as_json(results), text)
    return 0


# --- review -----------------------------------------------------------------------------


def cmd_review_list(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        page = reviews.review_queue(session, limit=args.limit, offset=args.offset)
        emit(
            args, as_json(page), lambda: observation_lines(page.items) + f"\n({page.total} waiting)"
        )
    return 0


def _review_out(args: argparse.Namespace, review: Any) -> int:
    emit(args, as_json(review), f"{cli.label(review.decision)}: {review.observation_id}")
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
        # Reading the record to re-grade it is the review itself.
        session.justification = (JustificationReason.REVIEW.value, "re-grading")
        obs = observations.get_observation(session, args.observation_id)
        new = Grading(
            obs.grading.preset,
            args.source_grade,
            args.information_grade,
            args.handling,
            args.handling_conditions,
        )
        return _review_out(args, reviews.regrade(session, args.observation_id, new, args.reason))


def cmd_review_reclassify(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        obs = classification.reclassify(session, args.observation_id, args.level, args.reason)
        emit(
            args,
            {"id": obs.id, "version": obs.version, "classification": obs.classification},
            cli.tr("%1: classification %2", obs.id, obs.classification),
        )
    return 0
