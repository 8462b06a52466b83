"""`radprev report …`: PDFs written atomically, read back, every one audited."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.model import Role, SourceType, Urgency
from radprev_desktop.core.services import observations, subjects, users
from radprev_desktop.core.services.vault_access import VaultAccess
from tests.cli.conftest import Run
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD

CANARY = "CLI-SOURCE-CANARY-55"


@pytest.fixture
def filled(cli_vault: Path) -> dict[str, str]:
    """Officer olga, supervisor stefan, auditor aida; one prisoner with one observation."""
    admin = VaultAccess(cli_vault).login(ADMIN, ADMIN_PASSWORD).session
    for name, role in (("olga", Role.OFFICER), ("stefan", Role.SUPERVISOR), ("aida", Role.AUDITOR)):
        users.add_user(admin, name, PASSWORD, [role], units=["A"], must_change_password=False)
    admin.close()
    olga = VaultAccess(cli_vault).login("olga", PASSWORD).session
    person = subjects.create_subject(
        olga, prison_number="PL-77", family_name="Ќосевски", given_names="Ѓорѓи", unit="A"
    )
    obs = observations.record(
        olga,
        observations.ObservationInput(
            subject_id=person.id,
            facts="Handed over a note in the corridor.",
            assessment="Possibly about a debt.",
            other_explanations="A debt over tobacco.",
            source_type=SourceType.TOLD_BY_STAFF,
            source_identity=CANARY,
            urgency=Urgency.PRIORITY,
        ),
        submit_now=True,
    )
    olga.close()
    return {"subject": person.id, "observation": obs.id}


def read(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def last_audit(vault: Path) -> audit.AuditEntry:
    session = VaultAccess(vault).login(ADMIN, ADMIN_PASSWORD).session
    try:
        entries = audit.read_entries(session.con)
        return next(e for e in reversed(entries) if e.action.startswith("report_"))
    finally:
        session.close()


def test_subject_summary_to_a_file(
    radprev: Run, cli_vault: Path, filled: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "subject.pdf"
    result = radprev(
        "--json",
        "report",
        "subject",
        "--prison-number",
        "PL-77",
        "--out",
        str(out),
        "--reason",
        "review",
        "--reason-text",
        "case conference",
        "--recipient",
        "Security department",
        user="stefan",
        password=PASSWORD,
    )
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    text = read(out)
    assert "Ќосевски, Ѓорѓи" in text and "Handed over a note in the corridor." in text
    assert f"Page 1 of {info['pages']}" in text and info["document_id"] in text
    assert CANARY not in text
    assert not list(tmp_path.glob("*.tmp"))
    entry = last_audit(cli_vault)
    assert (entry.action, entry.user, entry.object_id) == (
        "report_saved",
        "stefan",
        filled["subject"],
    )
    assert entry.justification == "review: case conference"
    assert entry.recipient == "Security department"
    assert entry.details["document_id"] == info["document_id"]


def test_observation_and_blank_checklist(
    radprev: Run, filled: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "obs.pdf"
    result = radprev(
        "report",
        "observation",
        "--id",
        filled["observation"],
        "--out",
        str(out),
        "--reason",
        "review",
        "--recipient",
        "file",
        "--language",
        "pl",
        user="olga",
        password=PASSWORD,
    )
    assert result.returncode == 0, result.stderr
    text = read(out)
    assert "Co widziano lub słyszano (fakty)" in text and "Possibly about a debt." in text
    assert CANARY not in text
    blank = tmp_path / "blank.pdf"
    result = radprev(
        "report", "blank-checklist", "--out", str(blank), user="olga", password=PASSWORD
    )
    assert result.returncode == 0, result.stderr
    assert "☐ observed" in read(blank)


def test_refusals_are_one_line_and_write_nothing(
    radprev: Run, filled: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    denied = radprev(
        "report",
        "subject",
        "--prison-number",
        "PL-77",
        "--out",
        str(out),
        "--reason",
        "review",
        "--recipient",
        "me",
        user="olga",
        password=PASSWORD,
    )
    assert denied.returncode == 1 and denied.stderr.startswith("radprev: ")
    assert denied.stderr.count("\n") == 1 and not out.exists()
    missing_reason = radprev(
        "report",
        "subject",
        "--prison-number",
        "PL-77",
        "--out",
        str(out),
        user="stefan",
        password=PASSWORD,
    )
    assert missing_reason.returncode == 2
    folder_gone = tmp_path / "no-such-folder" / "x.pdf"
    unwritable = radprev(
        "report",
        "unit",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--out",
        str(folder_gone),
        "--reason",
        "supervision",
        "--recipient",
        "me",
        user="stefan",
        password=PASSWORD,
    )
    assert unwritable.returncode == 1
    assert "no-such-folder does not exist" in unwritable.stderr
    assert "Nothing was changed" in unwritable.stderr and "USB" not in unwritable.stderr
    assert not folder_gone.parent.exists()
    auditor_only = radprev(
        "report",
        "access",
        "--subject-id",
        filled["subject"],
        "--out",
        str(out),
        "--reason",
        "data_subject_request",
        "--recipient",
        "the prisoner",
        user="stefan",
        password=PASSWORD,
    )
    assert auditor_only.returncode == 1 and not out.exists()


def test_sheets_for_the_administrator(
    radprev: Run,
    cli_vault: Path,
    tmp_path: Path,
    password_file,  # type: ignore[no-untyped-def]
) -> None:
    session = VaultAccess(cli_vault).login(ADMIN, ADMIN_PASSWORD).session
    signing = session.meta("signing_public") or ""
    session.close()
    enrol = tmp_path / "enrol.pdf"
    result = radprev("report", "enrolment-sheet", "--out", str(enrol))
    assert result.returncode == 0, result.stderr
    from radprev_desktop.core import crypto

    assert crypto.group_fingerprint(crypto.fingerprint(bytes.fromhex(signing))) in read(enrol)
    wrong = password_file("AAAAA-BBBBB")
    sheet = tmp_path / "recovery.pdf"
    bad = radprev(
        "report", "recovery-sheet", "--recovery-code-file", str(wrong), "--out", str(sheet)
    )
    assert bad.returncode == 1 and "recovery code" in bad.stderr and not sheet.exists()


def test_without_a_language_of_reports_a_report_speaks_the_workstations_language(
    radprev: Run, filled: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decision 0031, session 9: no --language, no preference, no language of reports set
    (a new vault stores ""): the CLI reads like the workstation's login window (its
    desktop.ini, chosen there), not English; it never guesses from the terminal's locale."""
    ini = tmp_path / "desktop.ini"
    ini.write_text("[General]\nlanguage=pl\n", encoding="utf-8")
    monkeypatch.setenv("RADPREV_CONFIG", str(ini))
    monkeypatch.setenv("LANG", "sq_AL.UTF-8")  # the terminal's locale is not asked
    out = tmp_path / "summary.pdf"
    result = radprev(
        "report", "subject", "--prison-number", "PL-77", "--out", str(out),
        "--reason", "review", "--recipient", "Security department",
        user="stefan", password=PASSWORD,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Podsumowanie teczki osadzonego" in read(out)
    assert "Strona 1 z" in read(out) and "Page 1 of" not in read(out)
    assert "(strony: " in result.stdout  # and the message after login, as before it
    ini.write_text("[General]\n", encoding="utf-8")  # nothing chosen here: English
    result = radprev(
        "report", "subject", "--prison-number", "PL-77", "--out", str(out),
        "--reason", "review", "--recipient", "Security department",
        user="stefan", password=PASSWORD,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Subject summary" in read(out)
