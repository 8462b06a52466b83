"""The synthetic national office (core/demo_central.py) on both central stores: what it
writes is what it says, the central reports count it, and the services carry on after it
(keys written in bulk leave the next generated key free)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.core import demo_central
from radprev_desktop.core.errors import Conflict, PermissionDenied
from radprev_desktop.core.model import Mode, ReportKind, Role, Urgency
from radprev_desktop.core.services import (
    access_grants,
    central_access,
    central_overview,
    subjects,
    users,
)
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync.workstation_health import workstation_health
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, PASSWORD, create_vault
from tests.unit.test_central_store import central_database


@pytest.fixture(params=["sqlcipher", "postgresql"])
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Session]:
    """A central office's administrator on the store named by the parameter."""
    if request.param == "sqlcipher":
        session, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CZ")
    else:
        session = central_access.create_central(
            tmp_path / "central",
            central_database(
                request.getfixturevalue("pg_cluster"),
                request.getfixturevalue("pg_database"),
                tmp_path,
            ),
            establishment_code="PL-CZ",
            establishment_name="Centrala",
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        ).session
    yield session
    session.close()


def _one(session: Session, sql: str) -> int:
    return int(session.con.execute(sql).fetchone()[0])


def test_a_national_sample_is_what_it_says(office: Session) -> None:
    made = demo_central.generate_central(office, observations=900, establishments=4, seed=3)
    assert (made.establishments, made.subjects, made.observations) == (4, 18, 900)
    assert _one(office, "SELECT count(*) FROM observations WHERE is_current = 1") == 900
    assert _one(office, "SELECT count(*) FROM observations") == made.versions > 900
    assert _one(office, "SELECT count(*) FROM reviews") == made.reviews > 0
    assert _one(office, "SELECT count(*) FROM transfers") == made.transfers
    assert _one(office, "SELECT count(*) FROM observation_search") == 900
    # Every file is known under its number, a moved one under both.
    assert _one(office, "SELECT count(*) FROM subject_numbers") == 18 + made.transfers
    codes = {
        str(r[0]) for r in office.con.execute("SELECT DISTINCT establishment_code FROM subjects")
    }
    assert codes <= set(demo_central.establishment_codes(4)) and len(codes) >= 3
    # The national counts are the rows' counts (submitted, accepted and exported versions).
    users.add_user(
        office, "ana", PASSWORD, [Role.ANALYST], display_name="Ana", must_change_password=False
    )
    # An analyst reaches only the establishments assigned to her; this one the whole country.
    access_grants.grant_establishment(office, "ana", "national desk", establishment_code="*")
    analyst = VaultAccess(office.folder).login("ana", PASSWORD).session
    try:
        found = central_overview.counts(
            analyst, "2000-01-01", "2099-12-31", today="2026-11-30", kind=ReportKind.NATIONAL
        )
    finally:
        analyst.close()
    counted = _one(
        office,
        "SELECT count(*) FROM observations WHERE is_current = 1 "
        "AND status IN ('submitted', 'accepted', 'exported')",
    )
    assert sum(c.observations for c in found.values()) == counted > 0
    immediate = sum(c.by_urgency[Urgency.IMMEDIATE] for c in found.values())
    assert immediate == _one(
        office,
        "SELECT count(*) FROM observations WHERE is_current = 1 AND urgency = 'immediate' "
        "AND status IN ('submitted', 'accepted', 'exported')",
    )
    # By domain: each observation once per domain it cites, however many codes of it.
    by_domain = {
        (str(c), str(d), str(u)): int(n)
        for c, d, u, n in office.con.execute(
            "SELECT o.establishment_code, i.domain, o.urgency, count(DISTINCT o.row_no) "
            "FROM observations o JOIN observation_indicators i ON i.row_no = o.row_no "
            "WHERE o.is_current = 1 AND o.status IN ('submitted', 'accepted', 'exported') "
            "GROUP BY 1, 2, 3"
        )
    }
    assert by_domain
    assert {
        (c, d, u.value): n
        for c, counted in found.items()
        for d, per in counted.by_domain.items()
        for u, n in per.items()
        if n
    } == by_domain
    # The services read the bulk rows as their own; a new file is not made here: a central
    # office's prisoners come from the workstations' packages (policy.WORKSTATION_ONLY).
    some = str(office.con.execute("SELECT id FROM subjects ORDER BY id LIMIT 1").fetchone()[0])
    assert subjects.get_subject(office, some).id == some
    held = _one(office, "SELECT count(*) FROM subjects")
    with pytest.raises(PermissionDenied):
        subjects.create_subject(
            office, prison_number="CZ-1", family_name="Nowak", given_names="Jan", unit=None
        )
    assert _one(office, "SELECT count(*) FROM subjects") == held > 0


def test_only_at_the_central_office(tmp_path: Path) -> None:
    workstation, _ = create_vault(tmp_path / "ws", Mode.WORKSTATION, "PL-A")
    try:
        with pytest.raises(Conflict):
            demo_central.generate_central(workstation, observations=10)
    finally:
        workstation.close()


def _sequences(session: Session) -> dict[str, list[int]]:
    held: dict[str, list[int]] = {}
    for ws, seq in session.con.execute("SELECT workstation_id, seq FROM imports ORDER BY 1, 2"):
        held.setdefault(str(ws), []).append(int(seq))
    return held


def test_the_sample_enrols_workstations_the_health_view_reads(office: Session) -> None:
    made = demo_central.generate_central(office, observations=300, establishments=4, seed=3)
    assert made.workstations == 4 * demo_central.WORKSTATIONS_PER_ESTABLISHMENT
    assert _one(office, "SELECT count(*) FROM imports") == made.packages > 90 * made.workstations
    health = workstation_health(office)
    assert len(health) == made.workstations
    held = _sequences(office)
    for h in health:
        seqs = held[h.workstation_id]
        assert h.last_sequence == seqs[-1]
        assert h.gaps == sorted(set(range(1, seqs[-1] + 1)) - set(seqs))
        assert h.can_receive_transfers
    # What the health view has to find is there: packages missing, a stale workstation.
    assert any(h.gaps for h in health) and any(h.export_overdue for h in health)
    assert sum(h.quarantined for h in health) == _one(office, "SELECT count(*) FROM quarantine")


def test_the_health_view_asks_the_same_few_questions_for_any_number_of_workstations(
    tmp_path: Path,
) -> None:
    """No query per workstation (SQLCipher's statement trace counts them)."""
    asked: dict[int, int] = {}
    for establishments in (2, 8):
        session, _ = create_vault(tmp_path / str(establishments), Mode.CENTRAL, "PL-CZ")
        try:
            demo_central.generate_central(
                session, observations=50, establishments=establishments, seed=5
            )
            statements: list[str] = []
            session.con.set_trace_callback(statements.append)
            assert len(workstation_health(session)) == 3 * establishments
            session.con.set_trace_callback(None)
            asked[establishments] = len(statements)
        finally:
            session.close()
    assert asked[2] == asked[8] < 20, asked


def test_the_national_domain_count_sorts_nothing_on_sqlcipher(tmp_path: Path) -> None:
    """The plan of the overview's domain count (decision 0020): indexes read in order, no
    temporary B-tree (the sorts were most of the overview's time at a million rows)."""
    admin, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CZ")
    try:
        demo_central.generate_central(admin, observations=200, establishments=3, seed=7)
        users.add_user(
            admin, "ana", PASSWORD, [Role.ANALYST], display_name="Ana", must_change_password=False
        )
        access_grants.grant_establishment(admin, "ana", "national desk", establishment_code="*")
    finally:
        admin.close()
    analyst = VaultAccess(tmp_path / "central").login("ana", PASSWORD).session
    try:
        statements: list[str] = []
        analyst.con.set_trace_callback(statements.append)
        central_overview.counts(analyst, "2000-01-01", "2099-12-31", today="2026-11-30")
        analyst.con.set_trace_callback(None)
        joins = [s for s in statements if "observation_indicators" in s]
        assert len(joins) == 1
        plan = " | ".join(
            str(r[-1]) for r in analyst.con.execute("EXPLAIN QUERY PLAN " + joins[0]).fetchall()
        )
        assert "observations_counted" in plan and "observation_indicators_by_domain" in plan
        assert "TEMP B-TREE" not in plan, plan
    finally:
        analyst.close()
