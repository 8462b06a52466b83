"""`radprev subject rectification|dispute|decide` and the restriction's refusals, in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import checklists, subjects, users
from radprev_desktop.core.services.vault_access import VaultAccess
from tests.cli.conftest import Run
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD
from tests.factories import subject, submitted
from tests.unit.checklist_support import complete


@pytest.fixture
def held(cli_vault: Path) -> tuple[Path, str]:
    """The CLI vault with officer olga, supervisor stefan, auditor aida, prisoner PL-88
    and one submitted observation (its id is returned)."""
    session = VaultAccess(cli_vault).login(ADMIN, ADMIN_PASSWORD).session
    for name, role in (("olga", Role.OFFICER), ("stefan", Role.SUPERVISOR)):
        users.add_user(session, name, PASSWORD, [role], units=["A"], must_change_password=False)
    users.add_user(session, "aida", PASSWORD, [Role.AUDITOR], must_change_password=False)
    session.close()
    officer = VaultAccess(cli_vault).login("olga", PASSWORD).session
    prisoner = subject(officer, number="PL-88", family="Nowak", given="Ewa")
    obs_id = submitted(officer, prisoner.id)
    officer.close()
    return cli_vault, obs_id


def test_requests_are_recorded_decided_and_shown(radprev: Run, held: tuple[Path, str]) -> None:
    _, obs_id = held
    refused = radprev(
        "subject", "dispute", "PL-88", "--text", "Not me.", user="olga", password=PASSWORD
    )
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    asked = radprev(
        "--json", "subject", "dispute", "PL-88", "--observation", obs_id,
        "--text", "She says she was in the library.", user="stefan", password=PASSWORD,
    )  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    note = json.loads(asked.stdout)
    assert note["outcome"] == "open" and note["object_id"] == obs_id
    missing = radprev(
        "subject", "decide", note["id"], "--outcome", "refused", user="stefan", password=PASSWORD
    )
    assert missing.returncode != 0 and "reason" in missing.stderr
    decided = radprev(
        "subject", "decide", note["id"], "--outcome", "noted", "--reason", "Her view is kept.",
        user="stefan", password=PASSWORD,
    )  # fmt: skip
    assert decided.returncode == 0, decided.stderr
    assert "Decided: noted beside the record: Her view is kept." in decided.stdout
    details = radprev(
        "subject", "rectification", "PL-88", "--text", "Born 1990.", "--outcome", "refused",
        "--reason", "Court record says 1989.", user="stefan", password=PASSWORD,
    )  # fmt: skip
    assert details.returncode == 0, details.stderr
    shown = radprev(
        "subject",
        "show",
        "PL-88",
        "--reason",
        "data_subject_request",
        user="stefan",
        password=PASSWORD,
    )
    assert shown.returncode == 0, shown.stderr
    assert "Rectification, disputes and restriction: 2" in shown.stdout
    assert "Dispute (an observation): She says she was in the library." in shown.stdout
    assert "refused: Court record says 1989." in shown.stdout


def test_a_restricted_file_refuses_reports_in_the_users_language(
    radprev: Run, held: tuple[Path, str], tmp_path: Path
) -> None:
    done = radprev(
        "subject", "restrict", "PL-88", "--reason", "Accuracy disputed.",
        user="stefan", password=PASSWORD,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = tmp_path / "summary.pdf"
    report = radprev(
        "--language", "pl", "report", "subject", "--prison-number", "PL-88", "--out", str(out),
        "--reason", "supervision", "--recipient", "Kierownik", user="stefan", password=PASSWORD,
    )  # fmt: skip
    assert report.returncode != 0 and not out.exists()
    assert "ograniczon" in report.stderr and "Traceback" not in report.stderr


def test_export_data_writes_json_and_pdf_and_says_why_not(
    radprev: Run, held: tuple[Path, str], tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    args = ("subject", "export-data", "PL-88", "--reason", "data_subject_request")
    refused = radprev(*args, "--out", str(stick), "--recipient", "Ewa Nowak",
                      user="stefan", password=PASSWORD)  # fmt: skip
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    missing = radprev(
        "--language", "pl", *args, "--out", str(tmp_path / "gone"), "--recipient", "Ewa Nowak",
        user="aida", password=PASSWORD,
    )  # fmt: skip
    assert (
        missing.returncode != 0 and "Folder" in missing.stderr and "nie istnieje" in missing.stderr
    )
    done = radprev("--json", *args, "--out", str(stick), "--recipient", "Ewa Nowak",
                   user="aida", password=PASSWORD)  # fmt: skip
    assert done.returncode == 0, done.stderr
    made = json.loads(done.stdout)
    assert sorted(p.name for p in stick.iterdir()) == sorted(
        [Path(made["json"]).name, Path(made["pdf"]).name]
    )
    data = json.loads(Path(made["json"]).read_text("utf-8"))
    assert (
        data["subject"]["prison_number"] == "PL-88" and data["document_id"] == made["document_id"]
    )
    assert Path(made["pdf"]).read_bytes().startswith(b"%PDF")


def test_a_checklist_run_is_rectified_on_a_restricted_file(
    radprev: Run, held: tuple[Path, str]
) -> None:
    vault, _ = held
    officer = VaultAccess(vault).login("olga", PASSWORD).session
    prisoner = subjects.find_by_reference(officer, "PL-88")
    run = checklists.start_run(officer, prisoner.id)
    complete(officer, run.id)
    officer.close()
    as_stefan = {"user": "stefan", "password": PASSWORD}
    assert (
        radprev("subject", "restrict", "PL-88", "--reason", "Disputed.", **as_stefan).returncode
        == 0
    )
    asked = radprev(
        "--json", "subject", "rectification", "PL-88", "--checklist-run", run.id,
        "--text", "Two men, not three.", **as_stefan,
    )  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    note = json.loads(asked.stdout)
    assert (note["object_kind"], note["object_id"], note["outcome"]) == (
        "checklist_run", run.id, "open",
    )  # fmt: skip
    both = radprev(
        "subject", "dispute", "PL-88", "--checklist-run", run.id, "--observation", "x",
        "--text", "Both.", **as_stefan,
    )  # fmt: skip
    assert both.returncode != 0 and "not allowed with" in both.stderr
    supervisor = VaultAccess(vault).login("stefan", PASSWORD).session
    amended = checklists.amend_run(supervisor, run.id, "As the prisoner asked.", [])
    supervisor.close()
    decided = radprev(
        "subject", "decide", note["id"], "--outcome", "rectified", "--version",
        str(amended.version), **as_stefan,
    )  # fmt: skip
    assert decided.returncode == 0, decided.stderr
    assert "Decided: rectified by version 2." in decided.stdout
