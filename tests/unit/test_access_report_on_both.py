"""The subject-access report made at the central office, on both stores (issue #14 item 6).

A person may ask the central office, which holds the copy of the file the workstation
sent: the office's data-protection officer makes the access report there, on a
SQLCipher central vault or on the PostgreSQL store. The same third parties must be
withheld (another prisoner named in the facts, the restricted source, the officer),
with the redaction log and the Art. 14 information, on either store.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.model import ReportKind, Role
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services import central_access, subject_search
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import importer
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, add_account, login
from tests.unit.test_access_report_redaction import (
    OFFICER,
    OTHER_FAMILY,
    OTHER_GIVEN,
    SOURCE,
    dsar_files,
    pdf_text,
)
from tests.unit.test_central_store import central_database
from tests.unit.test_import_parity import copy_office

__all__ = ["dsar_files"]  # the module fixture, shared with the workstation's tests


@pytest.fixture(params=["sqlcipher", "postgresql"])
def office_auditor(
    request: pytest.FixtureRequest, tmp_path: Path, dsar_files: tuple[Path, str]
) -> Iterator[Session]:
    """The data-protection officer of a central office that imported the person's file."""
    made, _ = dsar_files
    lite_folder = tmp_path / "central"
    shutil.copytree(made / "central", lite_folder)
    folder = lite_folder
    if request.param == "postgresql":
        folder = tmp_path / "pg-central"
        created = central_access.create_central(
            folder,
            central_database(
                request.getfixturevalue("pg_cluster"),
                request.getfixturevalue("pg_database"),
                tmp_path,
            ),
            establishment_code="PL-CZ",
            establishment_name="Areszt Śledczy Testowo",  # the same office, same keys
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        )
        lite = login(lite_folder, ADMIN, ADMIN_PASSWORD)
        copy_office(lite, created.session)
        lite.close()
        created.session.close()
    admin = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        [package] = sorted((made / "usb").glob("radprev-*"))
        fingerprint = (made / "ws-fingerprint").read_text(encoding="utf-8")
        done = importer.import_package(
            admin, package.read_bytes(), file_name=package.name, enrol_fingerprint=fingerprint
        )
        assert done.inserted > 0 and not done.quarantined
        add_account(admin, "aida", Role.AUDITOR, units=[])
    finally:
        admin.close()
    auditor = login(folder, "aida")
    auditor.justification = ("data_subject_request", "the person asked the central office")
    yield auditor
    auditor.close()


def test_the_central_office_s_access_report_withholds_third_parties(
    office_auditor: Session,
) -> None:
    [person] = [
        s
        for s in subject_search.list_subjects(office_auditor, limit=100).items
        if s.family_name == "Nowak"
    ]
    made = generate(
        office_auditor,
        ReportRequest(
            ReportKind.ACCESS, subject_id=person.id, justification="subject access request"
        ),
    )
    text = pdf_text(made.pdf)
    assert "Nowak" in text and "argued with [another prisoner] at the hatch" in text
    for canary in (OTHER_FAMILY, OTHER_GIVEN, SOURCE, OFFICER):
        assert canary not in text, canary
    assert "Information for the person (Directive (EU) 2016/680, Art. 14)" in text
    assert "Redaction log" in text and "Another prisoner's name" in text
    entry = [e for e in audit.read_entries(office_auditor.con) if e.action == "report_generated"]
    assert entry and entry[-1].details["redacted"]["Another prisoner's name"] >= 1
