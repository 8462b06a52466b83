"""Access by unit for every `radprev` command (issue #14, Tests: "unit scoping across every
service and CLI command (a test enumerates them)").

The commands are enumerated from the parser itself: each is probed here (an outsider of
unit A must not reach the unit-B prisoner, an insider of unit B of the same role must),
or names the core function the core test probes, or says why it reaches no file by unit
(tests/cli/access_commands.py).
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.cli.main import build_parser
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import subjects
from tests.cli.access_commands import (
    B_FAMILY,
    COMMAND_CASES,
    MADE,
    REASON,
    YESTERDAY,
    CliWorld,
)
from tests.cli.conftest import Result, run_in_process
from tests.factories import ADMIN, ADMIN_PASSWORD, PASSWORD, add_account, login
from tests.unit.access_cases import CASES

STAFF = (
    ("olga", Role.OFFICER, ["A"]),
    ("piotr", Role.OFFICER, ["B"]),
    ("sara", Role.SUPERVISOR, ["A"]),
    ("bogdan", Role.SUPERVISOR, ["B"]),
    ("aida", Role.AUDITOR, []),
)


#: Commands whose set-up the command line cannot make here: the core function they call,
#: probed for every role by tests/unit/test_access_by_unit.py.
PROBED_IN_CORE: dict[str, str] = {
    "handover": "handover.make_handover",  # needs the probation service's public key
    "retention rejected": "rejected_retention.erase_expired",  # reports rejected months ago
}

#: Commands that do not reach a prisoner's file by unit, and why.
NOT_ABOUT_A_PRISONER: dict[str, str] = {
    "init": "creates a vault",
    "user add": "accounts (administrator)",
    "user list": "accounts",
    "user passwd": "accounts",
    "user disable": "accounts",
    "user enable": "accounts",
    "user remove": "accounts",
    "user units": "assigns units (administrator; audited)",
    "user grant": "the audited whole-establishment grant (administrator)",
    "user revoke": "ends a grant (administrator)",
    "user grants": "lists grants",
    "recover": "own password",
    "rekey": "the vault key",
    "audit verify": "checks the audit chain (data-protection officer)",
    "audit list": "the audit log: the data-protection officer's, whole vault by role",
    "audit export": "the audit log as a disclosure (data-protection officer)",
    "doctor": "database and key checks, no personal data shown",
    "backup": "an encrypted copy of the whole vault (administrator)",
    "restore": "replaces the whole vault (administrator)",
    "demo": "synthetic data",
    "template import": "checklist templates hold no personal data",
    "template list": "checklist templates",
    "template show": "checklist templates",
    "report establishment": "central office: by establishment (test_central_scope, both stores)",
    "report national": "central office: by establishment (test_central_scope, both stores)",
    "report blank-checklist": "an empty form",
    "report recovery-sheet": "the recovery code",
    "report enrolment-sheet": "the workstation's key fingerprint",
    "central certificate": "keys",
    "central trust": "keys",
    "central enrol": "keys",
    "central workstations": "workstation health (central office, test_central_scope)",
    "export": "the institutional USB transfer of the whole vault (decision 0012)",
    "import": "packages, receipts and bundles received (audited as intake)",
    "ack": "receipts (central office)",
    "bundle": "reference and transfer bundles (central office, test_central_scope)",
    "sync status": "counts of packages",
    "sync fingerprint": "keys",
    "sync quarantine": "rejected package files",
    "sync conflicts": "central office conflicts (test_central_scope)",
    "sync verify-audit": "checks workstations' audit chains",
    "settings list": "settings",
    "settings set": "settings (administrator)",
    "training init": "a training vault of synthetic people",
    "training list": "training scenarios",
    "training start": "training scenarios",
    "training feedback": "training scenarios",
    "training results": "trainees' scores in a training vault",
    "training report": "trainees' scores in a training vault",
    "transfer received": "bundles received: counts, no names",
    "referral programmes": "the programme list",
    "link suggest": "central office: subject_links.suggestions (test_central_scope)",
    "link list": "central office: subject_links.decisions (test_central_scope)",
    "link same": "central office: subject_links.decide (test_central_scope)",
    "link not-same": "central office: subject_links.decide (test_central_scope)",
    "link undo": "central office: subject_links.undo (test_central_scope)",
}


def _leaf_commands(parser: argparse.ArgumentParser, path: str = "") -> set[str]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return {path}
    found: set[str] = set()
    for action in subs:
        for name, child in action.choices.items():
            found |= _leaf_commands(child, f"{path} {name}".strip())
    return found


@pytest.fixture(scope="module")
def cli_world(
    tmp_path_factory: pytest.TempPathFactory, new_vault_files: tuple[Path, str]
) -> Iterator[tuple[Path, CliWorld]]:
    folder = tmp_path_factory.mktemp("cli-scope") / "vault"
    shutil.copytree(new_vault_files[0], folder)
    admin = login(folder, ADMIN, ADMIN_PASSWORD)
    admin.justification = REASON
    for name, role, units in STAFF:
        add_account(admin, name, role, units=units)
    sessions = {"admin": admin}
    for name, *_ in STAFF:
        sessions[name] = login(folder, name)
        sessions[name].justification = REASON
    subjects.create_subject(
        admin, prison_number="PL-A1", family_name="Abazi", given_names="Arben", unit="A"
    )
    b1 = subjects.create_subject(
        admin, prison_number="PL-B1", family_name=B_FAMILY, given_names="Ewa", unit="B"
    )
    subjects.update_subject(admin, b1.id, reason="file due for review", review_due=YESTERDAY)
    world = CliWorld(sessions, folder.parent / "out")
    world.submitted_on_b()  # something for the review queue
    yield folder, world
    for session in sessions.values():
        session.close()


def _run(folder: Path, user: str, argv: list[str], monkeypatch: pytest.MonkeyPatch) -> Result:
    password = folder.parent / f"pw-{user}"
    password.write_text((ADMIN_PASSWORD if user == ADMIN else PASSWORD) + "\n", encoding="utf-8")
    password.chmod(0o600)
    head = ["--vault", str(folder), "--user", user, "--password-file", str(password)]
    return run_in_process([*head, *argv], monkeypatch, None)


def test_every_command_is_classified() -> None:
    commands = _leaf_commands(build_parser())
    assert len(commands) > 80
    tables = (set(COMMAND_CASES), set(PROBED_IN_CORE), set(NOT_ABOUT_A_PRISONER))
    unclassified = commands - set.union(*tables)
    assert not unclassified, f"classify these commands for access by unit: {sorted(unclassified)}"
    assert sum(len(t) for t in tables) == len(set.union(*tables)), "a command in two tables"
    assert not set.union(*tables) - commands, "stale commands in the tables"
    assert set(PROBED_IN_CORE.values()) <= set(CASES), "the core probe named is not in CASES"


@pytest.mark.parametrize("command", sorted(COMMAND_CASES))
def test_unit_a_staff_cannot_reach_unit_b_from_the_command_line(
    command: str, cli_world: tuple[Path, CliWorld], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, world = cli_world
    case = COMMAND_CASES[command]
    assert case.outsider in {"olga", "sara"} and case.insider not in {"olga", "sara"}

    def reached(user: str, inside: bool) -> tuple[bool, Result]:
        done = _run(folder, user, case.argv(world, user, inside), monkeypatch)
        if case.marker:
            marker = world.marker if case.marker == MADE else case.marker
            return done.returncode == 0 and marker in done.stdout, done
        return done.returncode == 0, done

    inside, done = reached(case.insider, True)
    assert inside, f"the insider {case.insider} did not reach: the probe proves nothing: {done}"
    outside, done = reached(case.outsider, False)
    assert not outside, f"{case.outsider} (unit A) reached unit B: {done}"
    if not case.marker:
        assert B_FAMILY not in done.stderr, "the refusal names the prisoner"
