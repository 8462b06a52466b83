"""The subject-access report withholds third parties and speaks to the person (issue #14
item 6): other prisoners, a restricted source and officers below the chosen rank are
redacted and logged; the Art. 14 information is there in every offered language; every
disclosure (USB packages to the central office included) is listed; actions in words.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from radprev_desktop.core import audit, audit_words, languages
from radprev_desktop.core.i18n import report_translator
from radprev_desktop.core.model import (
    PersonCategory,
    PersonInvolved,
    ReportKind,
    Role,
    SourceType,
)
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services import observations, reviews, settings, subjects
from radprev_desktop.core.session import Session
from tests.audit_codes import written_codes
from tests.factories import add_account, login, observation_input
from tests.unit.test_sync_support import Pair, copy_pair, make_pair

#: Third parties that must never reach the person's report (canaries).
OTHER_FAMILY, OTHER_GIVEN = "Wróblewski", "Kanarko"
SOURCE = "INFORMANTCANARY"
OFFICER = "oficerka"


def pdf_text(pdf: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split()
    )


def _make_dsar(folder: Path) -> str:
    """A person with an observation naming another prisoner and a restricted source, a
    supervisor's review, one USB package to the central office; the vaults closed after.
    Returns the person's id."""
    pair = make_pair(folder)
    admin = pair.ws
    add_account(admin, OFFICER, Role.OFFICER, units=["A"])
    add_account(admin, "stefan", Role.SUPERVISOR, units=["A"])
    add_account(admin, "aida", Role.AUDITOR, units=[])
    officer, supervisor = login(admin.folder, OFFICER), login(admin.folder, "stefan")
    person = subjects.create_subject(
        officer, prison_number="PL-1", family_name="Nowak", given_names="Anna", unit="A"
    )
    subjects.create_subject(
        officer,
        prison_number="PL-2",
        family_name=OTHER_FAMILY,
        given_names=OTHER_GIVEN,
        unit="A",
    )
    told = observation_input(
        person.id, f"Nowak argued with {OTHER_GIVEN} {OTHER_FAMILY} at the hatch about a debt."
    )
    made = observations.record(
        officer,
        replace(
            told,
            source_type=SourceType.TOLD_BY_PRISONER,
            source_identity=SOURCE,
            restricted=True,
            people=(PersonInvolved(PersonCategory.PRISONER, f"{OTHER_FAMILY}, his cellmate"),),
        ),
        submit_now=True,
    ).id
    supervisor.justification = ("supervision", "review")
    reviews.accept(supervisor, made, f"Checked with {OTHER_FAMILY}'s wing officer.")
    pair.export()
    # The central office's own tests import this package (test_access_report_on_both.py).
    (folder / "ws-fingerprint").write_text(pair.ws_fingerprint, encoding="utf-8")
    officer.close()
    supervisor.close()
    pair.ws.close()
    pair.central.close()
    return person.id


@pytest.fixture(scope="module")
def dsar_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """`_make_dsar` once per module and test process (~1.3 s of CPU); each test copies it."""
    folder = tmp_path_factory.mktemp("dsar")
    return folder, _make_dsar(folder)


@pytest.fixture
def dsar(tmp_path: Path, dsar_files: tuple[Path, str]) -> Iterator[tuple[Pair, Session, str]]:
    """A copy of `_make_dsar`'s vaults; the auditor's session."""
    template, person_id = dsar_files
    pair = copy_pair(template, tmp_path)
    auditor = login(pair.ws.folder, "aida")
    yield pair, auditor, person_id
    auditor.close()
    pair.ws.close()
    pair.central.close()


def _report(auditor: Session, subject_id: str, language: str | None = None) -> str:
    made = generate(
        auditor,
        ReportRequest(
            ReportKind.ACCESS,
            subject_id=subject_id,
            justification="subject access request",
            language=language,
        ),
    )
    return pdf_text(made.pdf)


def test_third_parties_are_withheld_and_logged(dsar: tuple[Pair, Session, str]) -> None:
    _, auditor, subject_id = dsar
    text = _report(auditor, subject_id)
    for canary in (OTHER_FAMILY, OTHER_GIVEN, SOURCE, OFFICER):
        assert canary not in text, canary
    assert "Nowak" in text and "argued with [another prisoner] at the hatch" in text
    assert "Officer 1" in text and "stefan" in text  # supervisors are named by default
    assert "Redaction log" in text
    for kind in (
        "Another prisoner's name",
        "Identity of a restricted source",
        "Name of an officer",
    ):
        assert kind in text, kind
    entry = [e for e in audit.read_entries(auditor.con) if e.action == "report_generated"][-1]
    redacted = entry.details["redacted"]
    assert redacted["Another prisoner's name"] >= 3 and redacted["Name of an officer"] >= 1


def test_every_disclosure_and_no_raw_audit_codes(dsar: tuple[Pair, Session, str]) -> None:
    _, auditor, subject_id = dsar
    text = _report(auditor, subject_id)
    assert "Disclosures: where this data was sent" in text
    assert "USB package radprev-" in text and "to the central office" in text
    for code in ("subject_created", "observation_created", "report_generated", "subject_"):
        assert code not in text, code
    assert "Wrote or corrected an observation" in text and "Made a report" in text


def test_officers_named_or_not_as_the_establishment_chose(
    dsar: tuple[Pair, Session, str],
) -> None:
    pair, auditor, subject_id = dsar
    settings.set_setting(pair.ws, "access_report_staff_named", "everyone")
    assert OFFICER in _report(auditor, subject_id)
    settings.set_setting(pair.ws, "access_report_staff_named", "nobody")
    text = _report(auditor, subject_id)
    assert OFFICER not in text and "stefan" not in text


@pytest.mark.parametrize("language", [lang.code for lang in languages.offered()])
def test_art_14_information_in_every_offered_language(
    dsar: tuple[Pair, Session, str], language: str
) -> None:
    _, auditor, subject_id = dsar
    text = _report(auditor, subject_id, language)
    tr = report_translator(language)
    heading = "Information for the person (Directive (EU) 2016/680, Art. 14)"
    for source in (heading, "Legal basis", "Your rights", "Retention", "Redaction log"):
        if language != "en":
            assert tr.has("reports", source), f"{language} lacks {source!r}"
        assert " ".join(tr.tr(source).split()) in text, (language, source)
    assert OTHER_FAMILY not in text


def test_an_establishment_s_own_information_replaces_the_default(
    dsar: tuple[Pair, Session, str],
) -> None:
    pair, auditor, subject_id = dsar
    own = "Complaints: Urząd Ochrony Danych Osobowych, ul. Stawki 2, Warszawa."
    settings.set_setting(pair.ws, "access_report_information", own)
    text = _report(auditor, subject_id)
    assert own in text and "Legal basis" not in text and "Controller" in text
    settings.set_setting(pair.ws, "access_report_information", "")
    assert "Legal basis" in _report(auditor, subject_id)


#: Codes that never concern a prisoner's file (accounts, keys, the vault itself).
NOT_ABOUT_A_FILE = {
    "login",
    "logout",
    "lock",
    "recovery_session_end",
    "audit_log_tampering_detected",
    "user_disabled",
    "user_removed",
    "user_disable_started",
    "user_removal_started",
    "template_installed",
    "template_imported",
    "login_failed_attempts",
    "login_failed_unknown_user",
    "password_changed",
    "password_reset",
    "recovery_code_used",
    "user_added",
    "user_changed",
    "user_enabled",
    "access_granted",
    "access_revoked",
    "vault_created",
    "vault_rekeyed",
    "vault_restored",
    "backup_created",
    "backups_purged",
    "doctor_run",
    "audit_read",
    "audit_verified",
    "audit_exported",
    "settings_changed",
    "template_activated",
    "training_vault_ready",
    "training_exercise_started",
    "training_exercise_completed",
    "demo_generated",
    "central_backup_recipient_set",
    "central_certificate_written",
    "central_keys_created",
    "central_trusted",
    "workstation_enrolled",
    "transfer_key_created",
    "bundle_written",
    "bundle_imported",
    "receipt_written",
    "receipt_imported",
    "sync_item_resolved",
}


def test_every_audit_code_about_a_file_reads_in_words() -> None:
    found = written_codes()
    assert len(found.codes) > 30 and not found.unresolved
    unexplained = {
        c for c in found.codes - NOT_ABOUT_A_FILE if audit_words.meaning(c) is audit_words.OTHER
    }
    assert not unexplained, f"give these a group in core/audit_words.py: {unexplained}"
