"""The services a central office uses, tested once per store: a SQLCipher central vault and
a PostgreSQL central store of the same office (the `office` fixture runs each test on both).

Two workstations of two establishments record real work through the services and
export it; the office imports both packages, then analysts, an auditor and the
administrator use it: imported observations (versions, reviews, re-grades), search
with folded names, the files of one person in two establishments (link suggestions,
a decision and its undoing), report queries, and the audit log.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Mode, ObservationStatus, Role
from radprev_desktop.core.services import (
    access_grants,
    audit_log,
    central_access,
    search,
    subject_links,
    subject_search,
    subjects,
)
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
)
from tests.pg_cluster import Cluster
from tests.unit.test_central_store import central_database, copy_central_folder
from tests.unit.test_import_parity import NAMES, copy_office, fill_many

SAME_PERSON = ("Đorđević", "Marko", 1990)


def _workstation(tmp: Path, name: str, establishment: str, cert: bytes, fp: str) -> Session:
    ws, _ = create_vault(tmp / name, Mode.WORKSTATION, establishment)
    keys.trust_central(ws, cert, keys.grouped_fingerprint(fp))
    return ws


def _one_person_here(ws: Session, number: str) -> None:
    """The same synthetic person registered at this establishment too."""
    add_account(ws, "olga", Role.OFFICER, units=["A"])
    officer = login(ws.folder, "olga")
    family, given, year = SAME_PERSON
    subjects.create_subject(
        officer,
        prison_number=number,
        family_name=family,
        given_names=given,
        birth_year=year,
        unit="A",
    )
    officer.close()


def _build_office(tmp_path: Path, store: str, pg: tuple[Cluster, str] | None) -> Path:
    """A central office on `store` after importing one package from PL-WAW1 (three
    prisoners' real work) and one from PL-KRK1; accounts `ana` (analyst, every
    establishment) and `audrey` (auditor). Returns its folder (closed)."""
    lite, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CO")
    cert, fp = keys.make_certificate(lite)
    waw = _workstation(tmp_path, "waw", "PL-WAW1", cert, fp)
    krk = _workstation(tmp_path, "krk", "PL-KRK1", cert, fp)
    fill_many(waw, 3)
    _one_person_here(waw, "W-77")
    _one_person_here(krk, "K-12")
    packages = []
    for ws in (waw, krk):
        usb = tmp_path / f"usb-{ws.establishment_code}"
        usb.mkdir()
        packages.append(
            (export.export_package(ws, usb).path.read_bytes(), keys.own_workstation_fingerprint(ws))
        )
        ws.close()
    if pg is None:
        folder = tmp_path / "central"
        lite.close()
    else:
        folder = tmp_path / "pg-central"
        created = central_access.create_central(
            folder,
            central_database(*pg, tmp_path),
            establishment_code="PL-CO",
            establishment_name="Areszt Śledczy Testowo",  # the same office: same certificate
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        )
        copy_office(lite, created.session)
        created.session.close()
        lite.close()
    admin = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        for data, ws_fp in packages:
            report = importer.import_package(admin, data, enrol_fingerprint=ws_fp)
            assert report.inserted > 0 and not report.quarantined
        add_account(admin, "ana", Role.ANALYST, units=[])
        # The national desk: every establishment (access by establishment, issue #14).
        access_grants.grant_establishment(admin, "ana", "national desk", establishment_code="*")
        add_account(admin, "audrey", Role.AUDITOR, units=[])
    finally:
        admin.close()
    return folder


@pytest.fixture(scope="session")
def built_offices(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], tuple[Path, str]]:
    """Factory: `built_offices(store)` → the office of `_build_office` on that store, made
    once per test process: (its folder, its PostgreSQL database or ""). Tests copy it."""
    made: dict[str, tuple[Path, str]] = {}

    def built(store: str) -> tuple[Path, str]:
        if store not in made:
            tmp = tmp_path_factory.mktemp(f"office-{store}")
            if store == "sqlcipher":
                made[store] = (_build_office(tmp, store, None), "")
            else:
                cluster: Cluster = request.getfixturevalue("pg_cluster")
                dbname = f"office_{new_id().replace('-', '')[-20:]}"
                cluster.create_database(dbname)
                made[store] = (_build_office(tmp, store, (cluster, dbname)), dbname)
        return made[store]

    return built


@pytest.fixture(params=["sqlcipher", "postgresql"])
def office(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    built_offices: Callable[[str], tuple[Path, str]],
) -> VaultAccess:
    """The office of `_build_office` on the store named by the parameter, a copy of this
    process's build for each test (the folder; on PostgreSQL also the database); its door."""
    template, dbname = built_offices(request.param)
    if request.param == "sqlcipher":
        folder = tmp_path / "central"
        shutil.copytree(template, folder)
    else:
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        copy: Callable[[str], str] = request.getfixturevalue("pg_copy")
        folder = copy_central_folder(cluster, template, copy(dbname), tmp_path)
    return VaultAccess(folder)


def _analyst(office: VaultAccess) -> Session:
    """Ana, with her reason for access (every consultation is logged with its purpose)."""
    analyst = login(office.folder, "ana")
    analyst.justification = ("supervision", "central services test")
    return analyst


def test_imported_observations_current_versions_and_reviews(office: VaultAccess) -> None:
    analyst = _analyst(office)
    try:
        page = search.list_observations(analyst, limit=100)
        # Three prisoners, two observations each; the amended one shows its newest version.
        assert page.total == 6 and len(page.items) == 6
        assert sorted(o.version for o in page.items) == [1, 1, 1, 2, 2, 2]
        statuses = {o.status for o in page.items if o.version == 1}
        assert statuses == {ObservationStatus.ACCEPTED}
        assert {o.subject_name.split(",")[0] for o in page.items} == {f for f, _ in NAMES[:3]}
    finally:
        analyst.close()


def test_search_finds_folded_names_and_words(office: VaultAccess) -> None:
    analyst = _analyst(office)
    try:
        found = search.search(analyst, "dordevic")
        names = {(s.family_name, s.given_names) for s in found.subjects.items}
        assert ("Đorđević", "Đorđe") in names and ("Đorđević", "Marko") in names
        words = search.search(analyst, "rozmawial kraci")
        assert words.observations.items
        assert len(words.observations.items) == 3
        assert all("rozmawiał przy kracie" in o.excerpt for o in words.observations.items)
        assert not search.search(analyst, "nieistniejace slowo").observations.items
    finally:
        analyst.close()


def test_one_person_in_two_establishments(office: VaultAccess) -> None:
    analyst = _analyst(office)
    try:
        pairs = subject_links.suggestions(analyst)
        assert len(pairs) == 1
        pair = pairs[0]
        assert {pair.first.establishment_code, pair.second.establishment_code} == {
            "PL-WAW1",
            "PL-KRK1",
        }
        decision = subject_links.decide(
            analyst, pair.first.id, pair.second.id, same=True, reason="ten sam PESEL w aktach"
        )
        linked = subject_links.linked_files(analyst.con, pair.first.id)
        assert linked == [pair.first.id, pair.second.id]
        assert subject_links.suggestions(analyst) == []
        subject_links.undo(analyst, decision.id, reason="pomyłka")
        assert subject_links.linked_files(analyst.con, pair.first.id) == [pair.first.id]
        assert [d.active for d in subject_links.decisions(analyst)] == [False]
    finally:
        analyst.close()


def test_report_queries(office: VaultAccess) -> None:
    admin = office.login(ADMIN, ADMIN_PASSWORD).session
    try:
        today = date.today().isoformat()
        total, first = subject_search.new_subjects(admin, "2000-01-01", today, None, limit=2)
        assert total == 5 and len(first) == 2
        total_a, _ = subject_search.new_subjects(admin, "2000-01-01", today, "A", limit=10)
        assert total_a == 5
        assert subject_search.new_subjects(admin, "1990-01-01", "1990-12-31", None, limit=5)[0] == 0
    finally:
        admin.close()


def test_audit_log_of_the_imports(office: VaultAccess) -> None:
    auditor = login(office.folder, "audrey")
    try:
        imported = audit_log.read(auditor, action="package_imported")
        assert len(imported) == 2
        assert {e.details["workstation"] for e in imported} == {
            e.object_id.split(":")[0] for e in imported
        }
        assert all(e.user == ADMIN for e in imported)
        assert audit_log.verify(auditor).ok
    finally:
        auditor.close()
