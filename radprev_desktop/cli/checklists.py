"""Checklist template and checklist run commands: `radprev template …`, `radprev checklist …`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from radprev_desktop.cli.arguments import VERSION, add_reason, iso_date
from radprev_desktop.cli.common import (
    command,
    emit,
    eprint,
    logged_in,
    non_indicator_banner,
    use_reason,
)
from radprev_desktop.cli.output import cli
from radprev_desktop.core.errors import NotFound, TemplateInvalid
from radprev_desktop.core.safeguards import NUDGE, sensitive_terms
from radprev_desktop.core.services import checklists, subjects
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.services.checklists import Answer, AnswerInput, ChecklistRun, Sections
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates import Template, pick
from radprev_desktop.core.templates.model import in_language

STATES = [a.value for a in Answer]


def register(sub: Any) -> None:
    """Add this area's sub-commands."""
    template = sub.add_parser("template", help="checklist templates")
    tsub = template.add_subparsers(dest="template_command", metavar="ACTION")
    tsub.required = True
    p = command(tsub, "import", cmd_template_import, "import a template file (administrator)")
    p.add_argument("file", metavar="FILE", help="the template JSON file")
    command(tsub, "list", cmd_template_list, "list stored templates and versions")
    p = command(tsub, "show", cmd_template_show, "show a template's items")
    p.add_argument("code", nargs="?", help="template code (default: the active template)")
    p.add_argument(
        "--version",
        dest="template_version",
        type=VERSION,
        help="template version (default: the newest)",
    )
    _register_runs(sub)


def _register_runs(sub: Any) -> None:
    """`radprev checklist …`: start, answer, complete, amend, show, list, drafts, discard."""
    checklist = sub.add_parser("checklist", help="checklist runs")
    csub = checklist.add_subparsers(dest="checklist_command", metavar="ACTION")
    csub.required = True
    p = command(csub, "start", cmd_start, "start a checklist for a prisoner (prints the run id)")
    p.add_argument("--prison-number", required=True, help="prison number or subject id")
    p.add_argument(
        "--template",
        dest="template_code",
        metavar="CODE",
        help="template code (default: the active template)",
    )
    p.add_argument(
        "--template-version",
        type=VERSION,
        metavar="N",
        help="template version (default: the newest)",
    )
    p = command(csub, "answer", cmd_answer, "answer one item of a draft run")
    p.add_argument("run_id", metavar="RUN", help="the run's id")
    p.add_argument("item", metavar="ITEM", help="item code, e.g. A3.2 or P1")
    p.add_argument("state", choices=STATES, help="the item's state")
    p.add_argument("--evidence", default="", help="what was seen or heard (observed only)")
    p.add_argument(
        "--date",
        dest="evidence_date",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="when it was observed",
    )
    p = command(csub, "complete", cmd_complete, "complete (seal) a draft run")
    p.add_argument("run_id", metavar="RUN", help="the run's id")
    p.add_argument("--summary", required=True, help="the summary in words")
    p.add_argument(
        "--next-review",
        required=True,
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="when the checklist is to be reviewed",
    )
    _section_options(p)
    p = command(csub, "amend", cmd_amend, "correct a completed run (new version, reason)")
    p.add_argument("run_id", metavar="RUN", help="the run's id")
    p.add_argument(
        "--reason", required=True, help="why it is corrected (kept with the new version)"
    )
    p.add_argument("--item", metavar="ITEM", help="item code to change")
    p.add_argument("--state", choices=STATES, help="the item's new state")
    p.add_argument("--evidence", default="", help="what was seen or heard")
    p.add_argument(
        "--date",
        dest="evidence_date",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="when it was observed",
    )
    p.add_argument("--summary", help="a new summary")
    p.add_argument("--next-review", metavar="YYYY-MM-DD", type=iso_date, help="a new review date")
    _section_options(p)
    p = command(csub, "show", cmd_show, "show a run with counts per domain (audited)")
    p.add_argument("run_id", metavar="RUN", help="the run's id")
    p.add_argument(
        "--version",
        dest="run_version",
        type=VERSION,
        help="version of the run (default: the newest)",
    )
    add_reason(p)
    p = command(csub, "list", cmd_list, "a prisoner's checklist runs (audited)")
    p.add_argument("--prison-number", required=True, help="prison number or subject id")
    add_reason(p)
    command(csub, "drafts", cmd_drafts, "your unfinished checklist runs")
    p = command(csub, "discard", cmd_discard, "delete one of your drafts")
    p.add_argument("run_id", metavar="RUN", help="the draft run's id")


def _section_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--protective-none", action="store_true", help="no protective factor seen")
    p.add_argument("--other-explanations", metavar="TEXT", help="other explanations considered")
    p.add_argument("--none-identified", action="store_true", help="no other explanation identified")
    p.add_argument("--context-notes", metavar="TEXT", help="context and vulnerability notes")
    p.add_argument(
        "--terms-necessary",
        action="store_true",
        help="confirm that words about religion, ethnicity or politics are needed to describe "
        "the behaviour (asked when the run is sealed; recorded for the supervisor)",
    )


def _sections(args: argparse.Namespace) -> Sections:
    return Sections(
        protective_none_observed=True if args.protective_none else None,
        other_explanations=args.other_explanations,
        other_explanations_none=True if args.none_identified else None,
        context_notes=args.context_notes,
    )


def _nudge(*texts: str | None) -> None:
    """The gentle question, never a refusal."""
    words: list[str] = []
    for text in texts:
        for word in sensitive_terms(text or ""):
            if word not in words:
                words.append(word)
    if words:
        eprint(cli.tr("note: %1 (%2)", NUDGE, ", ".join(words)))


def _subject_id(session: Session, ref: str) -> str:
    try:
        return subjects.find_by_prison_number(session, ref).id
    except NotFound:
        return subjects.get_subject(session, ref).id


# --- templates -------------------------------------------------------------------------


def cmd_template_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with logged_in(args) as session:
        try:
            result = template_service.import_template(session, path)
        except TemplateInvalid as exc:
            if args.json:
                problems = [[path, cli.text(reason)] for path, reason in exc.problems]
                print(json.dumps({"problems": problems}, ensure_ascii=False, indent=1))
            raise
    t = result.template
    data = {
        "code": t.code,
        "version": t.version,
        "status": result.status,
        "active": result.active,
        "sha256": t.sha256,
    }
    if result.status == "imported":
        text = cli.tr("Imported: %1 version %2", t.code, t.version)
    else:
        text = cli.tr("Already stored: %1 version %2", t.code, t.version)
    state = cli.tr("active") if result.active else cli.tr("stored, not active")
    emit(args, data, f"{text} ({state})")
    return 0


def cmd_template_list(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        stored = template_service.list_templates(session)
    data = [
        {
            "code": t.code,
            "version": t.version,
            "title": t.title,
            "languages": list(t.languages),
            "origin": t.origin,
            "active": t.active,
            "imported_at": t.imported_at,
            "sha256": t.sha256,
        }
        for t in stored
    ]

    def text() -> str:
        return "\n".join(
            f"{'*' if t.active else ' '} {t.code} v{t.version}  {pick(t.title, cli.code)}  "
            f"[{', '.join(t.languages)}; {t.origin}]"
            for t in stored
        )

    emit(args, data, text)
    return 0


def _template_text(t: Template, lang: str) -> str:
    lines = [f"{pick(t.title, lang)} — {t.code} v{t.version}"]
    if t.sample:
        lines.append(pick(t.sample_notice, lang))
    for d in t.domains:
        lines.append(f"{d.code}  {pick(d.title, lang)}")
        lines.extend(f"  {i.code}  {pick(i.label, lang)}" for i in d.items)
    lines.append(pick(t.protective_title, lang))
    lines.extend(f"  {i.code}  {pick(i.label, lang)}" for i in t.protective_factors)
    lines.append(cli.tr("Never indicators:"))
    listed = in_language(t.non_indicators, lang) or t.non_indicators[t.languages[0]]
    lines.extend(f"  - {x}" for x in listed)
    return "\n".join(lines)


def cmd_template_show(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        if args.code:
            t = template_service.get_template(session, args.code, args.template_version)
        else:
            t = template_service.active_template(session)
    emit(args, t.definition, lambda: _template_text(t, cli.code))
    return 0


# --- runs --------------------------------------------------------------------------------


def _run_json(run: ChecklistRun, counts: list[checklists.DomainCounts]) -> dict[str, Any]:
    return {
        "id": run.id,
        "version": run.version,
        "status": run.status.value,
        "subject_id": run.subject_id,
        "template": run.template_code,
        "template_version": run.template_version,
        "author": run.author,
        "created_at": run.created_at,
        "completed_at": run.completed_at,
        "protective_none_observed": run.protective_none_observed,
        "other_explanations": run.other_explanations,
        "other_explanations_none": run.other_explanations_none,
        "context_notes": run.context_notes,
        "summary": run.summary,
        "next_review_date": run.next_review_date,
        "amendment_reason": run.amendment_reason,
        "answers": [
            {
                "item": a.item_code,
                "kind": a.kind.value,
                "answer": a.answer.value,
                "evidence": a.evidence,
                "evidence_date": a.evidence_date,
            }
            for a in run.answers
        ],
        "domains": [
            {
                "domain": c.domain,
                "kind": c.kind.value,
                "observed": c.observed,
                "not_observed": c.not_observed,
                "unknown": c.unknown,
                "unanswered": c.unanswered,
            }
            for c in counts
        ],
    }


def _run_text(run: ChecklistRun, template: Template, lang: str) -> str:
    counts = checklists.domain_counts(run, template)
    lines = [
        cli.tr(
            "%1 v%2 — run %3 v%4 (%5, by %6)",
            pick(template.title, lang),
            template.version,
            run.id,
            run.version,
            cli.label(run.status),
            run.author,
        ),
        cli.tr("Observation record — not a risk assessment."),
        cli.tr("domain  observed  not observed  unknown  unanswered"),
    ]
    lines.extend(
        f"{c.domain:<7} {c.observed:>8} {c.not_observed:>13} {c.unknown:>8} {c.unanswered:>11}"
        for c in counts
    )
    for a in run.answers:
        if a.answer is Answer.OBSERVED:
            when = f" [{a.evidence_date}]" if a.evidence_date else ""
            lines.append(f"  {a.item_code}: {a.evidence}{when}")
    if run.summary:
        lines.append(cli.tr("Summary: %1", run.summary))
    if run.next_review_date:
        lines.append(cli.tr("Next review: %1", cli.translator.date(run.next_review_date)))
    return "\n".join(lines)


def cmd_start(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        eprint(non_indicator_banner(session))  # as the checklist runner shows it
        run = checklists.start_run(
            session,
            _subject_id(session, args.prison_number),
            args.template_code,
            args.template_version,
        )
    emit(
        args, {"id": run.id, "template": run.template_code, "version": run.template_version}, run.id
    )
    return 0


def cmd_answer(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        run = checklists.save_answer(
            session, args.run_id, args.item, args.state, args.evidence, args.evidence_date
        )
    _nudge(args.evidence)
    emit(args, {"id": run.id, "answers": len(run.answers)}, cli.tr("Saved %1.", args.item.upper()))
    return 0


def cmd_complete(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        run = checklists.complete_run(
            session,
            args.run_id,
            args.summary,
            args.next_review,
            _sections(args),
            confirm_sensitive=args.terms_necessary,
        )
    _nudge(args.summary, args.other_explanations, args.context_notes)
    emit(
        args,
        {"id": run.id, "version": run.version, "status": run.status.value},
        cli.tr("Completed."),
    )
    return 0


def cmd_amend(args: argparse.Namespace) -> int:
    answers = []
    if args.item:
        answers.append(AnswerInput(args.item, args.state or "", args.evidence, args.evidence_date))
    sections = Sections(
        protective_none_observed=True if args.protective_none else None,
        other_explanations=args.other_explanations,
        other_explanations_none=True if args.none_identified else None,
        context_notes=args.context_notes,
        summary=args.summary,
        next_review_date=args.next_review,
    )
    with logged_in(args) as session:
        run = checklists.amend_run(
            session,
            args.run_id,
            args.reason,
            answers,
            sections,
            confirm_sensitive=args.terms_necessary,
        )
    _nudge(args.evidence, args.summary, args.other_explanations, args.context_notes)
    emit(args, {"id": run.id, "version": run.version}, cli.tr("Amended: version %1.", run.version))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        use_reason(session, args)
        run = checklists.get_run(session, args.run_id, args.run_version)
        template = template_service.get_template(session, run.template_code, run.template_version)
    counts = checklists.domain_counts(run, template)
    emit(args, _run_json(run, counts), lambda: _run_text(run, template, cli.code))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        use_reason(session, args)
        runs = checklists.runs_for_subject(
            session, _subject_id(session, args.prison_number), audit=True
        )
    data = [
        {
            "id": r.id,
            "version": r.version,
            "status": r.status.value,
            "template": r.template_code,
            "template_version": r.template_version,
            "author": r.author,
            "created_at": r.created_at,
            "completed_at": r.completed_at,
        }
        for r in runs
    ]
    emit(
        args,
        data,
        lambda: (
            "\n".join(
                f"{r.id}  v{r.version}  {r.status.value:<9}  {r.template_code} v{r.template_version}  "
                f"{r.author}  {(r.completed_at or r.created_at)[:10]}"
                for r in runs
            )
            or cli.tr("No checklist runs.")
        ),
    )
    return 0


def cmd_drafts(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        runs = checklists.my_drafts(session)
    data = [
        {
            "id": r.id,
            "subject_id": r.subject_id,
            "answers": len(r.answers),
            "updated_at": r.updated_at,
        }
        for r in runs
    ]
    emit(
        args,
        data,
        lambda: (
            "\n".join(
                cli.tr("%1  %2 answered  %3", r.id, len(r.answers), r.updated_at[:16]) for r in runs
            )
            or cli.tr("No drafts.")
        ),
    )
    return 0


def cmd_discard(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        checklists.discard_draft(session, args.run_id)
    emit(args, {"id": args.run_id, "discarded": True}, cli.tr("Draft discarded."))
    return 0
