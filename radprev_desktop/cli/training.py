"""`radprev training init|list|start|feedback|results|report`: practise on synthetic scenarios.

Every training command works on the training vault — `--vault DIR`, else the
training folder (`RADPREV_TRAINING_VAULT`, else the user's own data folder) —
and never on the real vault that `RADPREV_VAULT` names. The services refuse a
real vault anyway.
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import Any

from radprev_desktop.cli.common import (
    UsageError,
    admin_password_from,
    command,
    emit,
    logged_in,
)
from radprev_desktop.cli.output import cli
from radprev_desktop.core.errors import TrainingRefused
from radprev_desktop.core.i18n import report_translator
from radprev_desktop.core.model import Mode, ReportKind
from radprev_desktop.core.reports.disclosure import save_report
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services import training
from radprev_desktop.core.services.vault_access import VaultAccess, default_training_folder
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.training import library, messages
from radprev_desktop.core.training.scenarios import Scenario

TRAINING_UNIT = ("TR", "Training wing")


def register(sub: Any) -> None:
    """Add `radprev training …`."""
    area = sub.add_parser("training", help="practise on synthetic scenarios (training vault)")
    tsub = area.add_subparsers(dest="training_command", metavar="ACTION")
    tsub.required = True
    p = command(tsub, "init", cmd_init, "create the training vault (never the real one)")
    p.add_argument(
        "--admin", required=True, metavar="USER", help="the training vault's administrator"
    )
    p.add_argument("--display-name", default="", help="the administrator's full name")
    # --language (a global option) chooses the language of titles, exercises and reports.
    command(tsub, "list", cmd_list, "list the scenarios (and your exercises)")
    p = command(tsub, "start", cmd_start, "start an exercise on one scenario")
    p.add_argument("scenario", metavar="SCENARIO", help="a scenario code, e.g. S01")
    p = command(tsub, "feedback", cmd_feedback, "compare your submitted observation with the key")
    p.add_argument("exercise", nargs="?", metavar="EXERCISE", help="default: your newest open one")
    p = command(tsub, "results", cmd_results, "trainer: every trainee's progress and mistakes")
    p.add_argument("--trainee", metavar="USER", help="one trainee's mistakes only")
    p = command(tsub, "report", cmd_report, "training record PDF of a trainee")
    p.add_argument("--trainee", metavar="USER", help="default: yourself")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")


def _training_vault(args: argparse.Namespace) -> VaultAccess:
    """--vault, else the training folder; never RADPREV_VAULT (the real vault)."""
    return VaultAccess(Path(args.vault) if args.vault else default_training_folder())


def _session(args: argparse.Namespace) -> Any:
    folder = _training_vault(args).folder
    return logged_in(argparse.Namespace(**{**vars(args), "vault": str(folder)}))


def cmd_init(args: argparse.Namespace) -> int:
    vault = _training_vault(args)
    password = admin_password_from(args)
    created = vault.create(
        mode=Mode.WORKSTATION,
        establishment_code="TRAINING",
        establishment_name=cli.tr("Training"),
        admin_username=args.admin,
        admin_password=password,
        admin_display_name=args.display_name,
        units=[(TRAINING_UNIT[0], cli.tr("Training wing"))],
        training=True,
    )
    session = created.session
    try:
        training.initialise(session)
    finally:
        session.close()
    emit(
        args,
        {"vault": str(vault.folder), "training": True, "recovery_code": created.recovery_code},
        lambda: cli.tr(
            "Training vault created in %1\n"
            "Add trainees (role officer) and a trainer (role trainer) with\n"
            "  %2\n"
            "Recovery code of the training vault:\n\n    %3\n",
            vault.folder,
            f"radprev --vault {vault.folder} user add NAME --role officer --unit TR",
            created.recovery_code,
        ),
    )
    return 0


def _scenario_json(scenario: Scenario, language: str) -> dict[str, Any]:
    return {
        "code": scenario.code,
        "title": scenario.text(scenario.title, language),
        "theme": scenario.theme,
        "languages": list(scenario.languages),
    }


def cmd_list(args: argparse.Namespace) -> int:
    language = cli.code
    scenarios = library.shipped_library().in_language(language)
    data: dict[str, Any] = {"scenarios": [_scenario_json(s, language) for s in scenarios]}
    lines = [f"{s.code:<28} {s.text(s.title, language)}" for s in scenarios]
    if args.user or args.password_file:
        with _session(args) as session:
            exercises = training.list_exercises(session)
        data["exercises"] = [_exercise_json(e) for e in exercises]
        if exercises:
            lines.append("")
            lines.append("Your exercises:")
            lines += [
                f"  {e.id}  {e.scenario_code:<28} "
                + ("completed" if e.completed else "open — record and submit, then `feedback`")
                for e in exercises
            ]
    emit(args, data, "\n".join(lines))
    return 0


def _exercise_json(exercise: training.Exercise) -> dict[str, Any]:
    return {
        "id": exercise.id,
        "trainee": exercise.trainee,
        "scenario": exercise.scenario_code,
        "language": exercise.language,
        "subject_id": exercise.subject_id,
        "started_at": exercise.started_at,
        "completed_at": exercise.completed_at,
        "done_well": exercise.done_well,
        "to_improve": exercise.to_improve,
    }


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent)


def cmd_start(args: argparse.Namespace) -> int:
    with _session(args) as session:
        exercise = training.start_exercise(session, args.scenario, cli.code if cli.chosen else None)
        scenario = training.scenario_of(exercise)
        number = _prison_number(session, exercise)
        folder = session.folder
    lang = exercise.language
    text = "\n".join(
        [
            f"{scenario.code} — {scenario.text(scenario.title, lang)}",
            f"{scenario.text(scenario.place, lang)}; "
            f"{scenario.text(scenario.duty, lang)}; {training.event_day(scenario)}",
            "",
            _wrap(scenario.text(scenario.vignette, lang)),
            "",
            cli.tr(
                "Prisoner: %1, %2 — prison number %3",
                scenario.family_name,
                scenario.given_names,
                number,
            ),
            cli.tr("Record your observation as you would on duty, then ask for feedback:"),
            f"  radprev --vault {folder} observe --prison-number {number} --facts '…' "
            "--assessment '…' [--indicator CODE=EVIDENCE …] [--protective-factor '…'] "
            "--urgency … --submit",
            f"  radprev --vault {folder} training feedback {exercise.id}",
        ]
    )
    emit(
        args,
        {
            **_exercise_json(exercise),
            "prison_number": number,
            "title": scenario.text(scenario.title, lang),
            "vignette": scenario.text(scenario.vignette, lang),
            "event_start": training.event_day(scenario),
        },
        text,
    )
    return 0


def _prison_number(session: Session, exercise: training.Exercise) -> str:
    return training.prison_number_of(session, exercise)


def _open_exercise(session: Session, wanted: str | None) -> training.Exercise:
    if wanted:
        return training.get_exercise(session, wanted)
    mine = [e for e in training.list_exercises(session, session.user.username) if not e.completed]
    if not mine:
        raise UsageError(
            cli.tr("you have no open exercise: start one with `radprev training start`")
        )
    return mine[0]


def cmd_feedback(args: argparse.Namespace) -> int:
    with _session(args) as session:
        exercise = training.complete_exercise(session, _open_exercise(session, args.exercise).id)
    scenario = training.scenario_of(exercise)
    assert exercise.feedback is not None
    lang = exercise.language
    explained = messages.explain_all(exercise.feedback, scenario, library.sample_template(), lang)
    reports = report_translator(lang)
    lines = [f"{scenario.code} — {scenario.text(scenario.title, lang)}", ""]
    for point in explained:
        lines.append(
            _wrap(f"[{reports.tr(messages.OUTCOME_WORDS[point.outcome])}] {point.headline}")
        )
        if point.why:
            lines.append(_wrap(point.why, "    "))
    lines += [
        "",
        reports.tr("Model observation") + ":",
        _wrap(scenario.text(scenario.model.facts, lang), "  "),
    ]
    emit(
        args,
        {
            **_exercise_json(exercise),
            "points": [
                {"outcome": p.outcome.value, "kind": p.kind.value, "text": p.headline, "why": p.why}
                for p in explained
            ],
        },
        "\n".join(lines),
    )
    return 0


def cmd_results(args: argparse.Namespace) -> int:
    lang = cli.code
    reports = report_translator(lang)
    template = library.sample_template()
    with _session(args) as session:
        progress = training.trainee_progress(session)
        mistakes = training.common_mistakes(session, args.trainee)
    data = {
        "trainees": [vars(p) for p in progress],
        "common_mistakes": [
            {
                "kind": m.kind.value,
                "code": m.code,
                "detail": m.detail,
                "times": m.times,
                "trainees": m.trainees,
                "scenarios": list(m.scenarios),
            }
            for m in mistakes
        ],
    }
    lines = [
        f"{p.display_name} ({p.username}): {p.completed}/{p.started} completed, "
        f"{p.done_well} done well, {p.to_improve} to improve"
        for p in progress
    ]
    if mistakes:
        lines += ["", reports.tr("Common mistakes") + ":"]
        lines += [
            f"  {m.times}× "
            + messages.describe_mistake(m.kind, m.code, m.detail, template, lang, reports)
            + f" ({', '.join(m.scenarios)})"
            for m in mistakes
        ]
    emit(args, data, "\n".join(lines) or "No exercise yet.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and out.is_dir():
        raise UsageError(cli.tr("%1 is a folder: give a file name for the PDF", out))
    with _session(args) as session:
        if not session.training:
            raise TrainingRefused(
                QT_TRANSLATE_NOOP(
                    "errors", "This is a real vault: training records come from a training vault."
                )
            )
        request = ReportRequest(
            kind=ReportKind.TRAINING_RECORD, trainee=args.trainee, language=cli.code
        )
        report = generate(session, request)
        save_report(session, report, out, justification="training record", recipient="")
    emit(
        args,
        {"path": str(out), "document_id": report.document_id, "pages": report.pages},
        cli.tr("%1  (pages: %2, document %3)", out, report.pages, report.document_id),
    )
    return 0
