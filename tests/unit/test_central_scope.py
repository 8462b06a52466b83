"""Central office analysts reach the establishments they are assigned (issue #14): the
consolidated list, and every central-office function (access_central.py) on both stores."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from radprev_desktop.core import audit, policy
from radprev_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.services import (
    access_grants,
    central_access,
    central_overview,
    observations,
    search,
    subject_file,
    subject_links,
    subject_search,
    subjects,
)
from radprev_desktop.core.services.justification import make_justification
from radprev_desktop.core.services.search import ObservationFilter
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export as export_mod
from radprev_desktop.core.sync import importer, keys, transfer_bundles, views
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, add_account, create_vault, login
from tests.pg_cluster import Cluster
from tests.unit.access_central import (
    CENTRAL_CASES,
    CENTRAL_ROLES,
    CentralCase,
    CentralWorld,
    _pdf_text,
    build_central_world,
    open_central_world,
)
from tests.unit.access_central import REASON as REASON_AT_THE_OFFICE
from tests.unit.test_central_store import central_database, copy_central_folder
from tests.unit.test_import_parity import copy_office
from tests.unit.test_sync_support import Pair, make_pair, make_workstation

REASON = ("supervision", "central scope test")


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[Pair, Session]]:
    pair = make_pair(tmp_path)
    krakow = make_workstation(tmp_path / "krk", pair.central, "PL-KRK1")
    yield pair, krakow
    krakow.close()
    pair.ws.close()
    pair.central.close()


def _ship(ws: Session, central: Session, folder: Path) -> None:
    result = export_mod.export_package(ws, folder)
    importer.import_package(
        central,
        result.path.read_bytes(),
        file_name=result.path.name,
        enrol_fingerprint=keys.own_workstation_fingerprint(ws),
    )


def _analyst(central: Session, name: str, *grants: str) -> Session:
    add_account(central, name, Role.ANALYST, units=[])
    for code in grants:
        access_grants.grant_establishment(central, name, "assigned desk", establishment_code=code)
    session = login(central.folder, name)
    session.justification = REASON
    return session


def test_central_office_reaches_by_establishment(offices: tuple[Pair, Session]) -> None:
    pair, krakow = offices
    central = pair.central
    for ws, number, family in ((pair.ws, "W-1", "Warszawska"), (krakow, "K-1", "Krakowska")):
        subjects.create_subject(
            ws, prison_number=number, family_name=family, given_names="Anna", unit="A"
        )
        _ship(ws, central, pair.folder)
    waw = _analyst(central, "ana", "PL-WAW1")
    every = _analyst(central, "ewa", "*")
    nobody = _analyst(central, "nina")
    try:
        seen = {s.family_name for s in views.consolidated_subjects(waw)}
        assert seen == {"Warszawska"}
        assert {s.family_name for s in views.consolidated_subjects(every)} == {
            "Warszawska",
            "Krakowska",
        }
        assert views.consolidated_subjects(nobody) == []
        held = subjects.find_by_prison_number(every, "K-1", "PL-KRK1")
        with pytest.raises(NotFound):
            subjects.get_subject(waw, held.id)
        nobody.justification = None
        with pytest.raises(ValidationError, match="reason for access"):
            views.consolidated_subjects(nobody)
        entry = central.con.execute(
            "SELECT justification FROM audit WHERE action = 'consolidated_view' AND user = 'ana'"
        ).fetchone()
        assert entry == ("supervision: central scope test",)
    finally:
        for session in (waw, every, nobody):
            session.close()


# --- every central-office function, on both stores ----------------------------------------


def _build_office(tmp: Path, pg: tuple[Cluster, str] | None) -> Path:
    """The office of access_central.py's world on SQLCipher (`pg` None) or on PostgreSQL
    (that cluster's database); returns its folder, every session closed."""
    lite, _ = create_vault(tmp / "central", Mode.CENTRAL, "PL-CZ")
    cert, fingerprint = keys.make_certificate(lite)
    central = lite
    if pg is not None:
        created = central_access.create_central(
            tmp / "pg-central",
            central_database(*pg, tmp),
            establishment_code="PL-CZ",
            establishment_name="Areszt Śledczy Testowo",  # the same office, same keys
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        )
        copy_office(lite, created.session)
        created.session.close()
        lite.close()
        central = VaultAccess(tmp / "pg-central").login(ADMIN, ADMIN_PASSWORD).session
    build_central_world(tmp, central, cert, fingerprint).close()
    return central.folder


@pytest.fixture(scope="session")
def central_world_offices(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], tuple[Path, str]]:
    """Factory: `central_world_offices(store)` → the world's office on that store, built
    once per test process: (its folder, its PostgreSQL database or ""). Tests copy it."""
    made: dict[str, tuple[Path, str]] = {}

    def built(store: str) -> tuple[Path, str]:
        if store not in made:
            tmp = tmp_path_factory.mktemp(f"central-world-{store}")
            if store == "sqlcipher":
                made[store] = (_build_office(tmp, None), "")
            else:
                cluster: Cluster = request.getfixturevalue("pg_cluster")
                dbname = f"world_{new_id().replace('-', '')[-20:]}"
                cluster.create_database(dbname)
                made[store] = (_build_office(tmp, (cluster, dbname)), dbname)
        return made[store]

    return built


@pytest.fixture(params=["sqlcipher", "postgresql"])
def central_world(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    central_world_offices: Callable[[str], tuple[Path, str]],
) -> Iterator[CentralWorld]:
    """The two-prison world of access_central.py at a central office on the given store:
    a copy of this process's build for each test (on PostgreSQL also of its database)."""
    template, dbname = central_world_offices(request.param)
    if request.param == "sqlcipher":
        folder = tmp_path / "central"
        shutil.copytree(template, folder)
    else:
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        copy: Callable[[str], str] = request.getfixturevalue("pg_copy")
        folder = copy_central_folder(cluster, template, copy(dbname), tmp_path)
    world = open_central_world(tmp_path, VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session)
    yield world
    world.close()


def test_every_central_function_reaches_only_granted_establishments(
    central_world: CentralWorld,
) -> None:
    cases = sorted(CENTRAL_CASES.items())
    assert cases
    wrong: dict[str, dict[str, bool]] = {}
    for name, case in cases:
        in_scope = {
            role
            for role in CENTRAL_ROLES
            if policy.scope(central_world.sessions[role], case.permission).covers_establishment(
                "PL-B"
            )
        }
        assert case.expect <= in_scope, f"{name}: a probe expects a role outside the scope"
        outcome = {role: _reached(case, central_world, role) for role in CENTRAL_ROLES}
        if outcome != {role: role in case.expect for role in CENTRAL_ROLES}:
            wrong[name] = outcome
    assert not wrong, f"reached PL-B's data (role: reached) against the grants: {wrong}"


def _reached(case: CentralCase, world: CentralWorld, role: str) -> bool:
    try:
        return bool(case.probe(world, world.sessions[role]))
    except (NotFound, PermissionDenied):
        return False


def test_an_analyst_asking_for_another_establishment_is_told_why(
    central_world: CentralWorld,
) -> None:
    ana = central_world.sessions["ana"]
    with pytest.raises(NotFound, match="not among the establishments assigned to you"):
        central_overview.counts(
            ana, "2026-01-01", "2026-12-31", establishment="PL-B", today="2026-12-31"
        )
    assert set(central_overview.counts(ana, "2026-01-01", "2026-12-31", today="2026-12-31")) == {
        "PL-A"
    }


# --- the workstation's reads, as an analyst runs them at the office, on both stores -------


def _b2_observation(w: CentralWorld) -> str:
    [found] = [o.id for o in search.list_observations(w.ewa).items if o.subject_id == w.b2]
    return found


#: The reads the workstation world probes by unit (test_access_by_unit.py), run here by
#: the office's analysts on each store: each says whether it reached PL-B's Zebrowska.
READS_AT_THE_OFFICE: dict[str, Callable[[CentralWorld, Session], bool]] = {
    "subject_search.list_subjects": lambda w, s: (
        w.b2 in {x.id for x in subject_search.list_subjects(s, limit=100).items}
    ),
    "subject_search.search_subjects": lambda w, s: (
        w.b2 in {x.id for x in subject_search.search_subjects(s, "Zebrowska").items}
    ),
    "search.search": lambda w, s: (
        w.b2 in {o.subject_id for o in search.search(s, "Zebrowska hatch").observations.items}
    ),
    "search.list_observations": lambda w, s: (
        w.b2 in {o.subject_id for o in search.list_observations(s, limit=100).items}
    ),
    "search.observation_counts": lambda w, s: (
        sum(search.observation_counts(s, ObservationFilter(establishment="PL-B"))[0].values()) > 0
    ),
    "subjects.get_subject": lambda w, s: subjects.get_subject(s, w.b2).id == w.b2,
    "subject_file.open_subject_file": lambda w, s: bool(
        subject_file.open_subject_file(s, w.b2, make_justification(*REASON)).observations
    ),
    "observations.history": lambda w, s: bool(observations.history(s, _b2_observation(w))),
    "views.consolidated_subjects": lambda w, s: (
        "Zebrowska" in {c.family_name for c in views.consolidated_subjects(s)}
    ),
    "subject_summary.subject_summary": lambda w, s: (
        "Zebrowska" in _pdf_text(subject_summary(s, w.b2, justification="review").pdf)
    ),
}


def test_an_analyst_reads_only_granted_establishments_on_either_store(
    central_world: CentralWorld,
) -> None:
    reads = sorted(READS_AT_THE_OFFICE.items())
    assert reads
    wrong: dict[str, dict[str, bool]] = {}
    for name, probe in reads:
        outcome = {}
        for analyst in ("ana", "bart", "ewa", "nina"):
            try:
                outcome[analyst] = bool(probe(central_world, central_world.sessions[analyst]))
            except (NotFound, PermissionDenied):
                outcome[analyst] = False
        if outcome != {"ana": False, "bart": True, "ewa": True, "nina": False}:
            wrong[name] = outcome
    assert not wrong, f"analysts reached PL-B (analyst: reached) against their grants: {wrong}"


def test_the_office_s_work_queues_are_consultations_with_their_purpose(
    central_world: CentralWorld,
) -> None:
    """The link suggestions and the transfers awaiting a bundle show prisoners' names: each
    look is logged with the reason given, else the work queue's implied purpose (#14 item 2;
    the suggestions were logged with no purpose, the transfers not at all)."""
    ewa = central_world.ewa
    ewa.justification = None
    assert subject_links.suggestions(ewa) and transfer_bundles.transfers_to_issue(ewa)
    ewa.justification = REASON_AT_THE_OFFICE
    subject_links.suggestions(ewa)
    transfer_bundles.transfers_to_issue(ewa, include_issued=True)
    for action in ("link_suggestions_viewed", "transfers_to_issue_listed"):
        purposes = [
            e.justification for e in audit.read_entries(ewa.con, action=action) if e.user == "ewa"
        ]
        assert purposes == ["work_queue", "supervision: central access-by-establishment test"]
