"""The officer-side services as the central office runs them, once per store (issue 16).

A PostgreSQL store is always a central office: officers record on workstations
(SQLCipher) and their work reaches the office in packages. So the services that
make records (create a prisoner, record, submit, review, complete a checklist,
refer) run at a workstation only; what the office does with the records — read
files, versions, grades and reviews, find a prisoner again by name or number,
read checklist runs and referrals, print the prisoner summary, decide retention
(anonymise, erase) — runs here against a SQLCipher central vault and a
PostgreSQL store holding the same imported package (`office` is parametrised).

The workstation's work is made and exported once per module (`work`); each test
imports it into a fresh office of its store.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.model import (
    Mode,
    ObservationStatus,
    ReferralStatus,
    RetentionDecision,
    Role,
)
from radprev_desktop.core.reports.establishment_report import establishment_report
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.reports.unit_summary import unit_summary
from radprev_desktop.core.services import (
    access_grants,
    central_access,
    checklists,
    observations,
    referrals,
    retention,
    reviews,
    search,
    subject_duplicates,
    subject_file,
    subjects,
)
from radprev_desktop.core.services.justification import make_justification
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export, importer, keys, views
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, add_account, create_vault, login
from tests.unit.checklist_support import complete
from tests.unit.test_central_store import central_database
from tests.unit.test_import_parity import NAMES, copy_office, fill_many


@dataclass(frozen=True)
class Work:
    """One workstation's exported package and what it holds."""

    central: Path  # the central office's SQLCipher vault, before any import (closed)
    package: bytes
    fingerprint: str
    prisoners: dict[str, str]  # family name → subject id
    run_id: str  # a completed checklist run of NAMES[0], amended once
    referral_id: str  # a referral of NAMES[0], accepted


def _workstation_work(ws: Session) -> tuple[str, str]:
    """A completed (then amended) checklist run and an accepted referral, made by the
    workstation's officer and supervisor; (run id, referral id)."""
    officer, supervisor = login(ws.folder, "olga"), login(ws.folder, "stefan")
    try:
        ids = dict(ws.con.execute("SELECT family_name, id FROM subjects").fetchall())
        run = checklists.start_run(officer, ids[NAMES[0][0]])
        complete(officer, run.id)
        checklists.amend_run(officer, run.id, "Typo in the date of the example.")
        made = referrals.refer(
            officer,
            ids[NAMES[0][0]],
            programme="mentoring",
            reason_facts="Asked twice about the mentoring group.",
        )
        referrals.update_referral(supervisor, made.id, status=ReferralStatus.ACCEPTED)
        return run.id, made.id
    finally:
        officer.close()
        supervisor.close()


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Work:
    folder = tmp_path_factory.mktemp("records-on-both")
    central, _ = create_vault(folder / "central", Mode.CENTRAL, "PL-CO")
    cert, fp = keys.make_certificate(central)
    central.close()
    ws, _ = create_vault(folder / "waw", Mode.WORKSTATION, "PL-WAW1")
    try:
        keys.trust_central(ws, cert, keys.grouped_fingerprint(fp))
        fill_many(ws, 3)
        run_id, referral_id = _workstation_work(ws)
        prisoners = dict(ws.con.execute("SELECT family_name, id FROM subjects").fetchall())
        usb = folder / "usb"
        usb.mkdir()
        package = export.export_package(ws, usb).path.read_bytes()
        fingerprint = keys.own_workstation_fingerprint(ws)
    finally:
        ws.close()
    return Work(folder / "central", package, fingerprint, prisoners, run_id, referral_id)


@pytest.fixture(params=["sqlcipher", "postgresql"])
def office(request: pytest.FixtureRequest, work: Work, tmp_path: Path) -> Iterator[VaultAccess]:
    """The central office on the parameter's store after importing the package; accounts
    `ana` (analyst) and `sven` (supervisor), both assigned every establishment."""
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
        for name, role in (("ana", Role.ANALYST), ("sven", Role.SUPERVISOR)):
            add_account(admin, name, role, units=[])
            access_grants.grant_establishment(admin, name, "national desk", establishment_code="*")
    finally:
        admin.close()
    yield door


def _as(office: VaultAccess, name: str) -> Session:
    session = login(office.folder, name)
    session.justification = ("supervision", "records on both stores")
    return session


def test_files_found_again_by_name_and_number(office: VaultAccess, work: Work) -> None:
    analyst = _as(office, "ana")
    try:
        file = subjects.get_subject(analyst, work.prisoners["Đorđević"])
        assert (file.family_name, file.given_names, file.establishment_code) == (
            "Đorđević",
            "Đorđe",
            "PL-WAW1",
        )
        # Folded names, another script, a prefix: the duplicate check before a new file.
        for family, given in (("Dordevic", ""), ("djordjevic", "dorde"), ("Đorđ", "")):
            found = subject_duplicates.find_similar(analyst, family_name=family, given_names=given)
            assert [s.id for s in found] == [file.id], (family, given)
        cyrillic = subject_duplicates.find_similar(analyst, family_name="Petrovic")
        assert [s.family_name for s in cyrillic] == ["Петровић"]
        # The consolidated view: every file with its current observations, in the same order
        # on both stores (code point order: the test cluster's database is C.UTF-8).
        listed = views.consolidated_subjects(analyst, establishment="PL-WAW1")
        assert [(c.family_name, c.observations) for c in listed] == [
            ("Đorđević", 2),
            ("Łukasiewicz", 2),
            ("Петровић", 2),
        ]
        by_number = subject_duplicates.find_similar(analyst, prison_number=file.prison_number)
        assert [s.id for s in by_number] == [file.id]
        # Only names count: a word of the prison number is not a name.
        assert subject_duplicates.find_similar(analyst, family_name="PL") == []
        assert subject_duplicates.find_similar(analyst, family_name="Kowalczyk") == []
    finally:
        analyst.close()


def test_versions_grades_and_reviews_of_imported_observations(
    office: VaultAccess, work: Work
) -> None:
    analyst = _as(office, "ana")
    try:
        items = observations.list_for_subject(analyst, work.prisoners["Đorđević"])
        assert sorted(o.version for o in items) == [1, 2]
        first = next(o for o in items if o.version == 1)
        amended = next(o for o in items if o.version == 2)
        assert [o.version for o in observations.history(analyst, amended.id)] == [1, 2]
        # The supervisor re-graded the first one: the office holds the re-grade with the
        # review (the proposed grading is the version's own).
        regrades = observations.grade_history(analyst, first.id)
        assert [(g.kind, g.by_user, g.reason) for g in regrades] == [
            ("regraded", "stefan", "potwierdzone")
        ]
        assert first.status is ObservationStatus.ACCEPTED
        assert [r.reviewer for r in reviews.reviews_of(analyst, first.id)] == ["stefan"]
        words = search.search(analyst, "odmowil posilku")
        assert len(words.observations.items) == 3
    finally:
        analyst.close()


def test_checklist_runs_and_referrals_at_the_office(office: VaultAccess, work: Work) -> None:
    analyst = _as(office, "ana")
    try:
        runs = checklists.runs_for_subject(analyst, work.prisoners["Łukasiewicz"], audit=True)
        assert [(r.id, r.version) for r in runs] == [(work.run_id, 2)]
        assert [r.version for r in checklists.run_history(analyst, work.run_id)] == [1, 2]
        run = checklists.get_run(analyst, work.run_id)
        assert {a.item_code for a in run.answers} >= {"A2.2", "A1.1", "P2"}
        assert "Leading role at exercise." in run.summary
        made = referrals.referrals_for_subject(analyst, work.prisoners["Łukasiewicz"])
        assert [(r.id, r.status) for r in made] == [(work.referral_id, ReferralStatus.ACCEPTED)]
        assert [r.version for r in referrals.referral_history(analyst, work.referral_id)] == [
            1,
            2,
        ]
        counted = referrals.counts_by_status(analyst, "2000-01-01", "2999-12-31")
        assert counted[ReferralStatus.ACCEPTED] == 1 and sum(counted.values()) == 1
    finally:
        analyst.close()


def _text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) > 0
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def test_reports_printed_at_the_office(office: VaultAccess, work: Work) -> None:
    analyst = _as(office, "ana")
    try:
        opened = subject_file.open_subject_file(
            analyst,
            work.prisoners["Łukasiewicz"],
            make_justification("supervision", "records on both stores"),
        )
        assert sorted(o.version for o in opened.observations) == [1, 2]
        summary = _text(
            subject_summary(
                analyst, work.prisoners["Łukasiewicz"], justification="supervision", language="en"
            ).pdf
        )
        assert "Łukasiewicz" in summary and "rozmawiał przy kracie" in summary
        assert "Leading role at exercise." in summary
        period = {"date_from": "2000-01-01", "date_to": "2999-12-31", "language": "en"}
        # The whole office's summary (the PostgreSQL office was made without units).
        units = _text(unit_summary(analyst, justification="supervision", **period).pdf)
        assert "Łukasiewicz, Łukasz PL-100000" in units  # a new file of the period
        establishment = _text(establishment_report(analyst, "PL-WAW1", **period).pdf)
        assert "PL-WAW1" in establishment
    finally:
        analyst.close()


def test_retention_decisions_at_the_office(office: VaultAccess, work: Work) -> None:
    supervisor = _as(office, "sven")
    try:
        anonymised = retention.decide(
            supervisor, work.prisoners["Łukasiewicz"], RetentionDecision.ANONYMISE, "retention due"
        )
        assert anonymised.observations_affected == 3  # two observations, one amended
        file = subjects.get_subject(supervisor, work.prisoners["Łukasiewicz"])
        assert file.anonymised and file.family_name == "Anonymised"
        scrubbed = observations.list_for_subject(supervisor, file.id)
        assert len(scrubbed) == 2
        assert all(o.facts == retention.REMOVED for o in scrubbed)
        assert not search.search(supervisor, "Łukasiewicz").subjects.items
        run = checklists.get_run(supervisor, work.run_id)
        assert run.summary == retention.REMOVED and run.answers
        assert {a.evidence for a in run.answers} <= {"", retention.REMOVED}
        referral = referrals.get_referral(supervisor, work.referral_id)
        assert (referral.reason_facts, referral.status) == (
            retention.REMOVED,
            ReferralStatus.ACCEPTED,
        )
        assert [step.note for step in referral.history] == ["", ""]
        due = retention.overdue(supervisor, today="2999-12-31")
        assert {s.id for s in due.items} >= {work.prisoners["Đorđević"]}
        erased = retention.decide(supervisor, work.prisoners["Đorđević"], "erase", "court order")
        assert erased.observations_affected == 2 and erased.tombstone_id
        with pytest.raises(NotFound):
            subjects.get_subject(supervisor, work.prisoners["Đorđević"])
        assert not subject_duplicates.find_similar(supervisor, family_name="Dordevic")
        assert not search.search(supervisor, "Đorđe").observations.items
        assert audit.verify_chain(supervisor.con).ok
    finally:
        supervisor.close()
