"""Access by unit for every `radprev` command (issue #14): the world and the probes.

The world: units A and B; Olga (officer, A), Piotr (officer, B), Sara (supervisor,
A), Bogdan (supervisor, B), the data-protection officer Aida and the administrator;
the prisoner PL-B1 (Zebrowska) in unit B. Each probe names an outsider (of unit A)
and an insider (of unit B) of the same role, and builds the command line for each
from fresh records, so a write by one does not spoil the other's case: the outsider
must not reach unit B's data, the insider must (else the probe proves nothing).

Commands that cannot reach a prisoner's file by unit are named with why; the few
whose set-up cannot be made from the command line (a handover key, a report erased
months later) name the core function the access-by-unit test probes for every role.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from radprev_desktop.core.model import Subject
from radprev_desktop.core.services import (
    checklists,
    data_requests,
    referrals,
    restriction,
    subjects,
)
from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections
from radprev_desktop.core.session import Session
from tests.factories import submitted

REASON = ("supervision", "CLI access-by-unit test")
B_FAMILY = "Zebrowska"
TODAY = date.today()
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()
LATER = (TODAY + timedelta(days=90)).isoformat()
#: A listing probe's marker: the id its set-up made (CliWorld.marker).
MADE = "<made>"
YEAR = (f"{TODAY.year - 1}-01-01", TODAY.isoformat())


@dataclass
class CliWorld:
    """Core sessions of the world's staff (reason given) and the folder for output files."""

    sessions: dict[str, Session]
    out: Path
    counter: list[int] = field(default_factory=lambda: [0])
    #: The id a probe made, for a listing probe whose marker is MADE.
    marker: str = ""

    def s(self, name: str) -> Session:
        return self.sessions[name]

    def folder(self) -> Path:
        self.counter[0] += 1
        made = self.out / f"out-{self.counter[0]}"
        made.mkdir(parents=True)
        return made

    def number(self) -> str:
        self.counter[0] += 1
        return f"PL-9{self.counter[0]:03d}"

    def prisoner(self, unit: str = "B") -> Subject:
        """A new prisoner of `unit` (one of A is moved to B by the probe that asks for it)."""
        return subjects.create_subject(
            self.s("admin"),
            prison_number=self.number(),
            family_name=B_FAMILY,
            given_names="Ewa",
            unit=unit,
        )

    def moved_to_b(self, prisoner: Subject) -> None:
        subjects.update_subject(self.s("admin"), prisoner.id, reason="moved", unit_code="B")

    def submitted_on_b(self) -> str:
        return submitted(self.s("piotr"), self.prisoner().id)

    def completed_run(self, author: str, prisoner: Subject) -> str:
        session = self.s(author)
        run = checklists.start_run(session, prisoner.id)
        checklists.save_answers(
            session,
            run.id,
            [AnswerInput("P2", Answer.OBSERVED, "Attends the carpentry course every day.")],
            Sections(other_explanations="A debt over tobacco may explain it."),
        )
        checklists.complete_run(session, run.id, "Keeps to himself at exercise.", LATER)
        return run.id


#: An argv builder: the world, the user it is for, and whether that user is the insider.
Argv = Callable[[CliWorld, str, bool], list[str]]


@dataclass(frozen=True)
class CommandCase:
    """`outsider` (unit A) must not reach unit B's data; `insider` (unit B) must."""

    outsider: str
    insider: str
    argv: Argv
    #: Listing commands succeed for both: reached means unit B's marker is in the output.
    marker: str = ""


def _own_draft_run(w: CliWorld, user: str, inside: bool) -> str:
    """The user's own draft run, on a unit-B prisoner (the outsider's was moved there)."""
    prisoner = w.prisoner("B" if inside else "A")
    run = checklists.start_run(w.s(user), prisoner.id).id
    if not inside:
        w.moved_to_b(prisoner)
    return run


def _own_completed_run(w: CliWorld, user: str, inside: bool) -> str:
    prisoner = w.prisoner("B" if inside else "A")
    run = w.completed_run(user, prisoner)
    if not inside:
        w.moved_to_b(prisoner)
    return run


def _drafts(w: CliWorld, user: str, inside: bool) -> list[str]:
    w.marker = _own_draft_run(w, user, inside)
    return ["checklist", "drafts"]


def _overdue_b(w: CliWorld) -> str:
    prisoner = w.prisoner()
    subjects.update_subject(w.s("admin"), prisoner.id, reason="due", review_due=YESTERDAY)
    return prisoner.prison_number


def _restricted_b(w: CliWorld) -> str:
    prisoner = w.prisoner()
    restriction.set_restriction(w.s("bogdan"), prisoner.id, True, "accuracy disputed")
    return prisoner.prison_number


def _open_request_b(w: CliWorld) -> str:
    prisoner = w.prisoner()
    note = data_requests.record_request(
        w.s("bogdan"), "subject", prisoner.id, "rectification", "The birth year is wrong."
    )
    return note.id


def _referral_b(w: CliWorld) -> str:
    prisoner = w.prisoner()
    return referrals.refer(
        w.s("piotr"),
        prisoner.id,
        programme="mentoring",
        reason_facts="Asked the officer for a mentor.",
    ).id


def _out(w: CliWorld, name: str) -> list[str]:
    return ["--out", str(w.folder() / name)]


def _report(kind: str, *rest: str) -> Argv:
    return lambda w, u, i: [
        "report",
        kind,
        *rest,
        *_out(w, "r.pdf"),
        "--reason",
        "review",
        "--recipient",
        "file",
    ]


SHOW = ("--reason", "review")
OBSERVE = (
    "--facts", "Shouted at staff in the corridor.",
    "--assessment", "Probably frustration over a refused visit.",
    "--none-identified",
)  # fmt: skip

COMMAND_CASES: dict[str, CommandCase] = {
    "subject list": CommandCase(
        "olga", "piotr", lambda w, u, i: ["subject", "list", *SHOW], B_FAMILY
    ),
    "subject find": CommandCase(
        "olga", "piotr", lambda w, u, i: ["subject", "find", "--family-name", B_FAMILY], B_FAMILY
    ),
    "subject show": CommandCase(
        "olga", "piotr", lambda w, u, i: ["subject", "show", "PL-B1", *SHOW]
    ),
    "subject add": CommandCase(
        "olga",
        "piotr",
        lambda w, u, i: [
            "subject",
            "add",
            "--prison-number",
            w.number(),
            "--family-name",
            B_FAMILY,
            "--given-names",
            "Adam",
            "--unit",
            "B",
        ],
    ),
    "subject restrict": CommandCase(
        "sara",
        "bogdan",
        lambda w, u, i: ["subject", "restrict", w.prisoner().prison_number, "--reason", "disputed"],
    ),
    "subject unrestrict": CommandCase(
        "sara",
        "bogdan",
        lambda w, u, i: ["subject", "unrestrict", _restricted_b(w), "--reason", "settled"],
    ),
    "subject rectification": CommandCase(
        "sara",
        "bogdan",
        lambda w, u, i: [
            "subject",
            "rectification",
            w.prisoner().prison_number,
            "--text",
            "Wrong birth year.",
        ],
    ),
    "subject dispute": CommandCase(
        "sara",
        "bogdan",
        lambda w, u, i: [
            "subject",
            "dispute",
            w.prisoner().prison_number,
            "--text",
            "He contests the file.",
        ],
    ),
    "subject decide": CommandCase(
        "sara",
        "bogdan",
        lambda w, u, i: [
            "subject",
            "decide",
            _open_request_b(w),
            "--outcome",
            "refused",
            "--reason",
            "The birth certificate confirms the year.",
        ],
    ),
    "subject export-data": CommandCase(
        "sara",
        "aida",
        lambda w, u, i: [
            "subject",
            "export-data",
            "PL-B1",
            "--out",
            str(w.folder()),
            "--reason",
            "data_subject_request",
            "--recipient",
            "the prisoner",
        ],
    ),
    "observe": CommandCase(
        "olga", "piotr", lambda w, u, i: ["observe", "--prison-number", "PL-B1", *OBSERVE]
    ),
    "search": CommandCase("olga", "piotr", lambda w, u, i: ["search", B_FAMILY, *SHOW], B_FAMILY),
    "review list": CommandCase(
        "sara", "bogdan", lambda w, u, i: ["review", "list"], "Shouted at another prisoner"
    ),
    "review accept": CommandCase(
        "sara", "bogdan", lambda w, u, i: ["review", "accept", w.submitted_on_b()]
    ),
    "review return": CommandCase(
        "sara",
        "bogdan",
        lambda w, u, i: ["review", "return", w.submitted_on_b(), "--comment", "Say which wall."],
    ),
    "review reject": CommandCase(
        "sara",
        "bogdan",
        lambda w, u, i: ["review", "reject", w.submitted_on_b(), "--reason", "Not about him."],
    ),
    "review regrade": CommandCase(
        "sara",
        "bogdan",
        lambda w, u, i: [
            "review",
            "regrade",
            w.submitted_on_b(),
            "--source-grade",
            "2",
            "--information-grade",
            "B",
            "--reason",
            "Seen by two officers.",
        ],
    ),
    "review reclassify": CommandCase(
        "sara",
        "bogdan",
        lambda w, u, i: [
            "review",
            "reclassify",
            w.submitted_on_b(),
            "--level",
            "RESTRICTED",
            "--reason",
            "Names a source.",
        ],
    ),
    "retention overdue": CommandCase(
        "sara", "bogdan", lambda w, u, i: ["retention", "overdue"], "PL-B1"
    ),
    "retention decide": CommandCase(
        "sara",
        "bogdan",
        lambda w, u, i: [
            "retention",
            "decide",
            _overdue_b(w),
            "--decision",
            "keep",
            "--reason",
            "Still relevant.",
            "--new-review-date",
            LATER,
        ],
    ),
    "checklist start": CommandCase(
        "olga", "piotr", lambda w, u, i: ["checklist", "start", "--prison-number", "PL-B1"]
    ),
    "checklist answer": CommandCase(
        "olga",
        "piotr",
        lambda w, u, i: [
            "checklist",
            "answer",
            _own_draft_run(w, u, i),
            "A1.1",
            "unknown",
        ],
    ),
    "checklist complete": CommandCase(
        "olga",
        "piotr",
        lambda w, u, i: [
            "checklist",
            "complete",
            _own_draft_run(w, u, i),
            "--summary",
            "Nothing of note.",
            "--next-review",
            LATER,
            "--protective-none",
            "--none-identified",
        ],
    ),
    "checklist amend": CommandCase(
        "olga",
        "piotr",
        lambda w, u, i: [
            "checklist",
            "amend",
            _own_completed_run(w, u, i),
            "--reason",
            "Wrong date.",
            "--next-review",
            LATER,
        ],
    ),
    "checklist show": CommandCase(
        "olga",
        "piotr",
        lambda w, u, i: ["checklist", "show", w.completed_run("piotr", w.prisoner()), *SHOW],
    ),
    "checklist list": CommandCase(
        "olga", "piotr", lambda w, u, i: ["checklist", "list", "--prison-number", "PL-B1", *SHOW]
    ),
    "checklist drafts": CommandCase("olga", "piotr", _drafts, MADE),
    "checklist discard": CommandCase(
        "olga", "piotr", lambda w, u, i: ["checklist", "discard", _own_draft_run(w, u, i)]
    ),
    "report subject": CommandCase("sara", "bogdan", _report("subject", "--prison-number", "PL-B1")),
    "report unit": CommandCase(
        "sara", "bogdan", _report("unit", "--unit", "B", "--from", YEAR[0], "--to", YEAR[1])
    ),
    "report observation": CommandCase(
        "olga", "piotr", lambda w, u, i: _report("observation", "--id", w.submitted_on_b())(w, u, i)
    ),
    "report access": CommandCase(
        "sara",
        "aida",
        lambda w, u, i: [
            "report",
            "access",
            "--prison-number",
            "PL-B1",
            *_out(w, "a.pdf"),
            "--reason",
            "data_subject_request",
            "--recipient",
            "the prisoner",
        ],
    ),
    "report data-protection": CommandCase(
        "sara",
        "aida",
        lambda w, u, i: [
            "report",
            "data-protection",
            "--question",
            "consulted",
            "--prison-number",
            "PL-B1",
            *_out(w, "d.pdf"),
            "--reason",
            "supervision",
            "--recipient",
            "the DPO's file",
        ],
    ),
    "transfer record": CommandCase(
        "olga",
        "piotr",
        lambda w, u, i: ["transfer", "record", w.prisoner().prison_number, "--to", "PL-KRK1"],
    ),
    "transfer list": CommandCase(
        "olga", "piotr", lambda w, u, i: ["transfer", "list", "PL-B1", *SHOW]
    ),
    "referral add": CommandCase(
        "olga",
        "piotr",
        lambda w, u, i: [
            "referral",
            "add",
            "PL-B1",
            "--programme",
            "mentoring",
            "--facts",
            "Asked the officer for a mentor.",
        ],
    ),
    "referral update": CommandCase(
        "olga",
        "piotr",
        lambda w, u, i: ["referral", "update", _referral_b(w), "--status", "accepted"],
    ),
    "referral list": CommandCase(
        "olga", "piotr", lambda w, u, i: ["referral", "list", "PL-B1", *SHOW]
    ),
}

__all__ = ["COMMAND_CASES", "CliWorld", "CommandCase"]
