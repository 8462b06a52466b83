"""Central office reports by establishment and period, the national overview and the
workstation health view, read back from the PDF."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pypdf
import pytest

from radprev_desktop.core.clock import now
from radprev_desktop.core.errors import PermissionDenied
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import (
    IndicatorEvidence,
    ReferralStatus,
    ReportKind,
    Role,
    Urgency,
)
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services import (
    central_access,
    central_overview,
    referrals,
    reviews,
    transfers,
)
from radprev_desktop.core.sync import receipts
from radprev_desktop.core.sync.workstation_health import workstation_health
from tests.factories import (
    ADMIN,
    ADMIN_PASSWORD,
    FAST_KDF,
    add_account,
    login,
    subject,
    submitted,
)
from tests.pg_cluster import Cluster
from tests.transfers_support import CENTRAL, Network, copy_network, make_network
from tests.unit.test_central_store import central_database, copy_central_folder


def pdf_text(pdf: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split()
    )


def _build_net(tmp_path: Path, pg: tuple[Cluster, str] | None) -> None:
    """October's work of two establishments delivered to a central office in `tmp_path`,
    on SQLCipher (`pg` None) or on that PostgreSQL database; every session closed."""
    office = None
    if pg is not None:
        office = central_access.create_central(
            tmp_path / "central",
            central_database(*pg, tmp_path),
            establishment_code=CENTRAL,
            establishment_name="Centrala Testowa",
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        ).session
    network = make_network(tmp_path, "PL-A", "PL-B", central=office)
    fill_october(network)
    network.close()


@pytest.fixture(scope="session")
def built_nets(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], tuple[Path, str]]:
    """Factory: `built_nets(store)` → `_build_net`'s folder on that store, made once per
    test process, and its PostgreSQL database (or ""). Tests copy both."""
    made: dict[str, tuple[Path, str]] = {}

    def built(store: str) -> tuple[Path, str]:
        if store not in made:
            tmp = tmp_path_factory.mktemp(f"central-reports-{store}")
            dbname = ""
            if store == "postgresql":
                cluster: Cluster = request.getfixturevalue("pg_cluster")
                dbname = f"reports_{new_id().replace('-', '')[-20:]}"
                cluster.create_database(dbname)
            _build_net(tmp, (cluster, dbname) if dbname else None)
            made[store] = (tmp, dbname)
        return made[store]

    return built


@pytest.fixture(params=["sqlcipher", "postgresql"])
def net(
    request: pytest.FixtureRequest, tmp_path: Path, built_nets: Callable[[str], tuple[Path, str]]
) -> Iterator[Network]:
    """October's work of two establishments delivered to a central office on the
    parameter's store (issue 16: the same reports on SQLCipher and PostgreSQL): a copy of
    this process's build for each test (on PostgreSQL also of its database)."""
    template, dbname = built_nets(request.param)
    copy_central: Callable[[Path, Path], object] = shutil.copytree
    if dbname:
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        copied = request.getfixturevalue("pg_copy")(dbname)

        def copy_central(source: Path, target: Path) -> object:
            return copy_central_folder(cluster, source, copied, target.parent, target.name)

    network = copy_network(template, tmp_path, "PL-A", "PL-B", copy_central=copy_central)
    yield network
    network.close()


def fill_october(network: Network) -> None:
    """October 2026 at PL-A (three observations, one rejected; two referrals; a transfer
    out to PL-B) and PL-B (one observation), delivered to the office."""
    a, b = network.prisons["PL-A"], network.prisons["PL-B"]
    first = subject(a.officer, "A-1", "Kowalski", "Jan")
    second = subject(a.officer, "A-2", "Hoxha", "Ëndrit")
    threat = (IndicatorEvidence("A4.2", "Said he would hurt the officer on duty."),)
    submitted(a.officer, first.id, urgency=Urgency.IMMEDIATE, indicators=threat)
    submitted(a.officer, first.id, urgency=Urgency.PRIORITY, event_start="2026-10-02T09:00")
    refused = submitted(a.officer, second.id, event_start="2026-10-03T09:00")
    reviews.reject(a.supervisor, refused, "Hearsay only, nothing seen.")
    made = referrals.refer(
        a.officer,
        first.id,
        programme="education",
        reason_facts="Asked for classes.",
        referred_on="2026-10-05",
    )
    referrals.update_referral(a.officer, made.id, status=ReferralStatus.ACCEPTED, on="2026-10-06")
    referrals.refer(
        a.officer,
        second.id,
        programme="mentoring",
        reason_facts="Asked for a mentor.",
        referred_on="2026-10-07",
    )
    transfers.record_transfer(
        a.officer, second.id, to_establishment="PL-B", transfer_date="2026-10-20"
    )
    network.deliver("PL-A")
    other = subject(b.officer, "B-1", "Petrović", "Đorđe")
    submitted(b.officer, other.id, event_start="2026-10-04T08:00")
    network.deliver("PL-B")


def test_counts_by_establishment(net: Network) -> None:
    found = central_overview.counts(net.analyst, "2026-10-01", "2026-10-31", today="2026-11-01")
    a, b = found["PL-A"], found["PL-B"]
    assert a.by_urgency == {Urgency.ROUTINE: 0, Urgency.PRIORITY: 1, Urgency.IMMEDIATE: 1}
    assert a.by_domain == {"A4": {Urgency.ROUTINE: 0, Urgency.PRIORITY: 0, Urgency.IMMEDIATE: 1}}
    assert a.referrals[ReferralStatus.ACCEPTED] == 1 and a.referrals[ReferralStatus.PROPOSED] == 1
    assert (a.transfers_out, a.transfers_in, b.transfers_in) == (1, 0, 1)
    assert b.observations == 1 and b.files == 1
    outside = central_overview.counts(
        net.analyst, "2026-11-01", "2026-11-30", establishment="PL-A", today="2026-11-01"
    )
    assert outside["PL-A"].observations == 0 and outside["PL-A"].transfers_out == 0


# On PostgreSQL its counts are test_counts_by_establishment's and its PDF is printed in
# test_records_on_both.py: here once, to keep the suite short.
@pytest.mark.parametrize("net", ["sqlcipher"], indirect=True)
def test_establishment_report_reads_back(net: Network) -> None:
    report = generate(
        net.analyst,
        ReportRequest(
            ReportKind.ESTABLISHMENT,
            establishment="pl-a",
            date_from="2026-10-01",
            date_to="2026-10-31",
        ),
    )
    assert report.contains_personal_data is False
    text = pdf_text(report.pdf)
    assert "Establishment report" in text and "PL-A — 2026-10-01 – 2026-10-31" in text
    assert "Routine 0" in text and "Priority 1" in text and "Immediate 1" in text
    assert "A4" in text
    assert "Accepted by the programme 1" in text and "Proposed 1" in text
    assert "Prisoners transferred out 1" in text and "Prisoners transferred in 0" in text
    for name in ("Kowalski", "Hoxha", "A-1"):
        assert name not in text  # counts only: nobody is named
    assert "Observation record — not a risk assessment" in text
    logged = net.analyst.con.execute(
        "SELECT details FROM audit WHERE action = 'report_generated' ORDER BY seq DESC LIMIT 1"
    ).fetchone()[0]
    assert '"establishment": "PL-A"' in logged


def test_national_overview_reads_back(net: Network) -> None:
    report = generate(
        net.analyst,
        ReportRequest(ReportKind.NATIONAL, date_from="2026-10-01", date_to="2026-10-31"),
    )
    text = pdf_text(report.pdf)
    assert "National overview" in text
    assert "PL-A 0 1 1 2" in text and "PL-B 1 0 0 1" in text  # routine priority immediate all
    assert "All 1 1 1 3" in text
    assert "PL-A 2 0 0 1 0" in text  # referrals open, closed, transfers in, out, reviews due
    assert "PL-B 0 0 1 0 0" in text and "All 2 0 1 1 0" in text
    assert "Observations per establishment" in text
    assert "Workstations" in text and "need attention" in text


def test_workstation_health(net: Network) -> None:
    health = {h.establishment: h for h in workstation_health(net.analyst)}
    a = health["PL-A"]
    assert a.last_sequence == 2 and a.gaps == [] and a.can_receive_transfers
    assert a.awaiting_receipt == 2 and not a.receipt_overdue
    later = workstation_health(net.analyst, at=now() + timedelta(days=30))
    assert all(h.receipt_overdue and h.export_overdue and h.needs_attention for h in later)
    receipts.write_receipt(net.analyst, net.usb)
    after = {h.establishment: h for h in workstation_health(net.analyst)}
    assert after["PL-A"].awaiting_receipt == 0


@pytest.mark.parametrize("net", ["sqlcipher"], indirect=True)  # a rule of core, not of the store
def test_only_the_central_office_roles_print_them(net: Network) -> None:
    add_account(net.central, "auditor", Role.AUDITOR)
    auditor = login(net.central.folder, "auditor")
    try:
        with pytest.raises(PermissionDenied):
            generate(
                auditor,
                ReportRequest(ReportKind.NATIONAL, date_from="2026-10-01", date_to="2026-10-31"),
            )
    finally:
        auditor.close()
    with pytest.raises(PermissionDenied):
        generate(
            net.prisons["PL-A"].supervisor,
            ReportRequest(ReportKind.NATIONAL, date_from="2026-10-01", date_to="2026-10-31"),
        )
