"""Central counts limited to an analyst's granted establishments (issue 15 with issue 14's
access by establishment), on a SQLCipher central vault and a PostgreSQL central store: the
national overview and the establishment report count only the granted establishment and
the overview says so; a whole-office analyst's overview counts both and says nothing of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.model import Mode, ReportKind, Role, Urgency
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services import access_grants, central_access, central_overview
from radprev_desktop.core.session import Session
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, add_account, create_vault, login
from tests.transfers_support import CENTRAL, Network, make_network
from tests.unit.test_central_reports import fill_october, pdf_text
from tests.unit.test_central_store import central_database

OCTOBER = {"date_from": "2026-10-01", "date_to": "2026-10-31"}
LIMITED = "This overview covers only the establishments assigned to you"


@pytest.fixture(params=["sqlcipher", "postgresql"])
def net(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Network]:
    """PL-A and PL-B delivered to a central office on the store named by the parameter."""
    if request.param == "sqlcipher":
        office, _ = create_vault(tmp_path / "central", Mode.CENTRAL, CENTRAL)
    else:
        office = central_access.create_central(
            tmp_path / "central",
            central_database(
                request.getfixturevalue("pg_cluster"),
                request.getfixturevalue("pg_database"),
                tmp_path,
            ),
            establishment_code=CENTRAL,
            establishment_name="Centrala Testowa",
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        ).session
    network = make_network(tmp_path, "PL-A", "PL-B", central=office)
    fill_october(network)
    yield network
    network.close()


@pytest.fixture
def desk_a(net: Network) -> Iterator[Session]:
    """An analyst granted PL-A only."""
    add_account(net.central, "desk_a", Role.ANALYST, units=[])
    access_grants.grant_establishment(net.central, "desk_a", "PL-A desk", establishment_code="PL-A")
    session = login(net.central.folder, "desk_a")
    session.justification = ("supervision", "PL-A desk")
    yield session
    session.close()


def test_counts_cover_only_the_granted_establishment(net: Network, desk_a: Session) -> None:
    mine = central_overview.counts(desk_a, **OCTOBER, today="2026-11-01")
    everything = central_overview.counts(net.analyst, **OCTOBER, today="2026-11-01")
    assert set(mine) == {"PL-A"} and set(everything) == {"PL-A", "PL-B"}
    assert mine["PL-A"].to_json() == everything["PL-A"].to_json()
    assert mine["PL-A"].by_urgency[Urgency.IMMEDIATE] == 1
    assert central_overview.granted_only(desk_a) == ["PL-A"]
    assert central_overview.granted_only(net.analyst) is None
    with pytest.raises(NotFound, match="not among the establishments assigned to you"):
        central_overview.counts(desk_a, **OCTOBER, establishment="PL-B", today="2026-11-01")


def test_national_overview_of_a_granted_establishment(net: Network, desk_a: Session) -> None:
    text = pdf_text(generate(desk_a, ReportRequest(ReportKind.NATIONAL, **OCTOBER)).pdf)
    assert f"{LIMITED} (PL-A); the other establishments are not counted." in text
    assert "Establishments 1" in text and "Observations counted 2" in text
    assert "PL-A 0 1 1 2" in text and "All 0 1 1 2" in text  # routine priority immediate all
    assert "PL-B" not in text  # neither its row nor its transfer in
    whole = pdf_text(generate(net.analyst, ReportRequest(ReportKind.NATIONAL, **OCTOBER)).pdf)
    assert LIMITED not in whole
    assert "Establishments 2" in whole and "PL-B 1 0 0 1" in whole and "All 1 1 1 3" in whole


def test_establishment_report_of_a_granted_establishment(net: Network, desk_a: Session) -> None:
    request = ReportRequest(ReportKind.ESTABLISHMENT, establishment="PL-A", **OCTOBER)
    text = pdf_text(generate(desk_a, request).pdf)
    assert "PL-A — 2026-10-01 – 2026-10-31" in text and "Immediate 1" in text
    with pytest.raises(NotFound):
        generate(desk_a, ReportRequest(ReportKind.ESTABLISHMENT, establishment="PL-B", **OCTOBER))
