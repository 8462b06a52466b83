"""The person's data and the access report at the central office, once per store (issue 14
items 6 and 7): SQLCipher and PostgreSQL.

A workstation records a prisoner's file (an observation naming another prisoner, told by
a restricted source, written by an officer whose name is withheld; a RESTRICTED
observation) and sends it in a package; each test imports it into a fresh office of its
store, where the auditor exports the person's data (JSON validated against its schema,
the third parties absent) and prints the access report, and an analyst prints the
reports of counts, which keep the marking of aggregates (decision 0025).
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import jsonschema
import pypdf
import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.model import (
    Mode,
    PersonCategory,
    PersonInvolved,
    ReportKind,
    Role,
    SourceType,
)
from radprev_desktop.core.reports import subject_data
from radprev_desktop.core.reports.establishment_report import establishment_report
from radprev_desktop.core.reports.national_overview import national_overview
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.services import access_grants, central_access, observations, reviews
from radprev_desktop.core.services import subjects as subjects_service
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export, importer, keys
from tests.factories import (
    ADMIN,
    ADMIN_PASSWORD,
    FAST_KDF,
    add_account,
    create_vault,
    login,
    observation_input,
)
from tests.unit.test_central_store import central_database
from tests.unit.test_import_parity import copy_office

#: Third parties that must never reach the person's copy (canaries).
OTHER_FAMILY, OTHER_GIVEN = "Wróblewski", "Kanarko"
SOURCE = "INFORMANTCANARY"
OFFICER = "oficerka"
CANARIES = (OTHER_FAMILY, OTHER_GIVEN, SOURCE, OFFICER)
WHY = "data_subject_request: request of 3 November"
LEVELS = {"OFFICIAL", "OFFICIAL-SENSITIVE", "RESTRICTED"}


@dataclass(frozen=True)
class Work:
    """One workstation's exported package and the person's records in it."""

    central: Path  # the central office's SQLCipher vault, before any import (closed)
    package: bytes
    fingerprint: str
    person: str  # the person's subject id
    observations: tuple[str, ...]  # the person's observation ids


def _record_file(ws: Session) -> tuple[str, tuple[str, ...]]:
    add_account(ws, OFFICER, Role.OFFICER, units=["A"])
    add_account(ws, "stefan", Role.SUPERVISOR, units=["A"])
    officer, supervisor = login(ws.folder, OFFICER), login(ws.folder, "stefan")
    supervisor.justification = ("supervision", "review")
    try:
        person = subjects_service.create_subject(
            officer, prison_number="PL-1", family_name="Nowak", given_names="Anna", unit="A"
        )
        subjects_service.create_subject(
            officer, prison_number="PL-2", family_name=OTHER_FAMILY, given_names=OTHER_GIVEN,
            unit="A",
        )  # fmt: skip
        told = observation_input(
            person.id, f"Nowak argued with {OTHER_GIVEN} {OTHER_FAMILY} at the hatch about a debt."
        )
        first = observations.record(
            officer,
            replace(
                told,
                source_type=SourceType.TOLD_BY_PRISONER,
                source_identity=SOURCE,
                restricted=True,
                people=(PersonInvolved(PersonCategory.PRISONER, f"{OTHER_FAMILY}, cellmate"),),
            ),
            submit_now=True,
        ).id
        second = observations.record(
            officer,
            replace(
                observation_input(person.id, "Nowak passed a folded note at the visits hall."),
                classification="RESTRICTED",
            ),
            submit_now=True,
        ).id
        for made in (first, second):
            reviews.accept(supervisor, made, f"Checked with {OTHER_FAMILY}'s wing officer.")
        return person.id, (first, second)
    finally:
        officer.close()
        supervisor.close()


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Work:
    folder = tmp_path_factory.mktemp("person-data-on-both")
    central, _ = create_vault(folder / "central", Mode.CENTRAL, "PL-CO")
    cert, fp = keys.make_certificate(central)
    central.close()
    ws, _ = create_vault(folder / "waw", Mode.WORKSTATION, "PL-WAW1")
    try:
        keys.trust_central(ws, cert, keys.grouped_fingerprint(fp))
        person, made = _record_file(ws)
        usb = folder / "usb"
        usb.mkdir()
        package = export.export_package(ws, usb).path.read_bytes()
        fingerprint = keys.own_workstation_fingerprint(ws)
    finally:
        ws.close()
    return Work(folder / "central", package, fingerprint, person, made)


@pytest.fixture(params=["sqlcipher", "postgresql"])
def office(request: pytest.FixtureRequest, work: Work, tmp_path: Path) -> Iterator[VaultAccess]:
    """The central office on the parameter's store after importing the package; the
    auditor `aida` and the analyst `ana`, both assigned every establishment."""
    lite_folder = tmp_path / "central"
    shutil.copytree(work.central, lite_folder)
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
            establishment_code="PL-CO",
            establishment_name="Areszt Śledczy Testowo",
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        )
        lite = login(lite_folder, ADMIN, ADMIN_PASSWORD)
        copy_office(lite, created.session)  # the same office: its keys and certificate
        lite.close()
        created.session.close()
    door = VaultAccess(folder)
    admin = door.login(ADMIN, ADMIN_PASSWORD).session
    try:
        report = importer.import_package(admin, work.package, enrol_fingerprint=work.fingerprint)
        assert report.inserted > 0 and not report.quarantined
        for name, role in (("aida", Role.AUDITOR), ("ana", Role.ANALYST)):
            add_account(admin, name, role, units=[])
            access_grants.grant_establishment(admin, name, "national desk", establishment_code="*")
    finally:
        admin.close()
    yield door


def _as(office: VaultAccess, name: str) -> Session:
    session = login(office.folder, name)
    session.justification = ("data_subject_request", "request of 3 November")
    return session


def pages(pdf: bytes) -> list[str]:
    found = [
        " ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages
    ]
    assert found
    return found


def marked(pdf: bytes, level: str, *, counts_only: bool = False) -> str:
    """The PDF's text after checking every page carries `level` as its marking: drawn at
    the top after the watermark (the printing user's name) and last, at the foot. A
    report of counts prints no other level; a record report prints each record's own."""
    texts = pages(pdf)
    for text in texts:
        words = text.split()
        assert level in words[:4] and words[-1] == level, (level, text[:120], text[-80:])
        if counts_only:
            assert words.count(level) == 2 and not (LEVELS - {level}) & set(words), text[:200]
    return " ".join(texts)


def test_the_persons_data_is_exported_at_the_office(
    office: VaultAccess, work: Work, tmp_path: Path
) -> None:
    auditor = _as(office, "aida")
    try:
        stick = tmp_path / "stick"
        stick.mkdir()
        made = subject_data.export_subject_data(
            auditor, work.person, stick, justification=WHY, recipient="Anna Nowak (in person)",
            language="pl",
        )  # fmt: skip
        assert sorted(p.name for p in stick.iterdir()) == sorted(
            [made.json_path.name, made.pdf_path.name]
        )
        text = made.json_path.read_text("utf-8")
        found = json.loads(text)
        jsonschema.validate(found, subject_data.schema())
        assert found["schema"] == subject_data.SCHEMA_ID and found["language"] == "pl"
        assert found["subject"]["family_name"] == "Nowak"
        assert sorted(o["id"] for o in found["observations"]) == sorted(work.observations)
        levels = {o["versions"][-1]["classification"] for o in found["observations"]}
        assert levels == {"OFFICIAL", "RESTRICTED"}
        facts = [o["versions"][-1]["facts"] for o in found["observations"]]
        assert any("argued with [inny osadzony] at the hatch" in f for f in facts), facts
        assert all(o["reviews"] for o in found["observations"])
        # The office sent nothing of the file yet (the USB package was the workstation's).
        assert found["disclosures"] == []
        assert found["audit_trail"] and all(e["meaning"] for e in found["audit_trail"])
        assert found["redaction_log"]
        pdf = marked(made.pdf_path.read_bytes(), "RESTRICTED")
        assert CANARIES
        for canary in CANARIES:
            assert canary not in text, canary
            assert canary not in pdf, canary
        assert "Nowak" in pdf and made.document_id in pdf

        entry = audit.read_entries(auditor.con, action="subject_access_exported")[-1]
        assert entry.object_id == work.person and entry.justification == WHY
        assert entry.recipient == "Anna Nowak (in person)"
        again = generate(
            auditor, ReportRequest(ReportKind.ACCESS, WHY, subject_id=work.person, language="en")
        )
        assert "Copy of the person's data (JSON and PDF) given to Anna Nowak (in person)" in (
            marked(again.pdf, "RESTRICTED")
        )
        later = tmp_path / "later"
        later.mkdir()
        second = subject_data.export_subject_data(
            auditor, work.person, later, justification=WHY, recipient="Legal aid office"
        )
        listed = json.loads(second.json_path.read_text("utf-8"))["disclosures"]
        assert [(d["kind"], d["recipient"]) for d in listed] == [("data", "Anna Nowak (in person)")]
    finally:
        auditor.close()


@pytest.mark.parametrize("language", ["en", "mk", "sr_Cyrl"])
def test_the_access_report_at_the_office(office: VaultAccess, work: Work, language: str) -> None:
    auditor = _as(office, "aida")
    try:
        made = generate(
            auditor,
            ReportRequest(ReportKind.ACCESS, WHY, subject_id=work.person, language=language),
        )
        text = marked(made.pdf, "RESTRICTED")
        assert "Nowak" in text and "passed a folded note" in text and CANARIES
        for canary in CANARIES:
            assert canary not in text, canary
    finally:
        auditor.close()


def test_counts_keep_the_marking_of_aggregates(office: VaultAccess, work: Work) -> None:
    """A RESTRICTED record raises the subject summary printed at the office; the
    establishment report and the national overview count it and keep the office's
    marking."""
    analyst = _as(office, "ana")
    analyst.justification = ("supervision", "national figures")
    try:
        summary = subject_summary(analyst, work.person, justification="supervision").pdf
        assert "passed a folded note" in marked(summary, "RESTRICTED")
        period = {"date_from": "2000-01-01", "date_to": "2999-12-31"}
        printed = []
        for language in ("en", "pl", "sq"):
            one = establishment_report(analyst, "PL-WAW1", language=language, **period).pdf
            printed.append(marked(one, "OFFICIAL-SENSITIVE", counts_only=True))
            every = national_overview(analyst, language=language, **period).pdf
            printed.append(marked(every, "OFFICIAL-SENSITIVE", counts_only=True))
        assert len(printed) == 6 and all("PL-WAW1" in p for p in printed)
    finally:
        analyst.close()
