"""Records follow the prisoner with the central office on either store: a SQLCipher
central vault or a PostgreSQL central store (throw-away cluster, TLS, SCRAM).

The transfer code paths at the central office (transfers arriving in packages,
transfers waiting for a bundle, the bundle issued, the file's numbers, the
analyst's link between two files) run on both; the workstations are SQLCipher
vaults as in the field.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.model import Mode
from radprev_desktop.core.services import (
    central_access,
    observations,
    subject_holders,
    subject_links,
    subjects,
    transfers,
)
from radprev_desktop.core.sync import files, transfer_bundles, transfer_intake
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, create_vault, subject, submitted
from tests.transfers_support import CENTRAL, Network, make_network
from tests.unit.test_central_store import central_database
from tests.unit.test_transfers import TODAY


@pytest.fixture(params=["sqlcipher", "postgresql"])
def net(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Network]:
    """Two establishments and a central office on the store named by the parameter."""
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
    yield network
    network.close()


def test_a_transfer_through_the_central_office(net: Network) -> None:
    a, b = net.prisons["PL-A"], net.prisons["PL-B"]
    prisoner = subject(a.officer, "A-123", "Đorđević", "Miloš")
    submitted(a.officer, prisoner.id, facts="Seen at A: handed leaflets round in the yard.")
    assert net.deliver("PL-A").quarantined == []
    transfers.record_transfer(
        a.officer, prisoner.id, to_establishment="PL-B", transfer_date=TODAY, note="Court order."
    )
    assert net.deliver("PL-A").quarantined == []
    waiting = transfer_bundles.transfers_to_issue(net.analyst)
    assert [(w.transfer.subject_id, w.transfer.to_establishment) for w in waiting] == [
        (prisoner.id, "PL-B")
    ]
    issued = transfer_bundles.issue_transfer_bundle(net.analyst, "PL-A:A-123", net.usb)
    assert transfer_bundles.transfers_to_issue(net.analyst) == []
    report = files.import_file(b.admin, issued.path, prison_number="B-77", unit="A")
    assert isinstance(report, transfer_intake.TransferReport) and report.status == "imported"
    again = files.import_file(b.admin, issued.path, prison_number="B-99")
    assert again.status == "already_imported"  # type: ignore[attr-defined]
    submitted(b.officer, prisoner.id, facts="Seen at B: refused to attend education.")
    assert net.deliver("PL-B").quarantined == []

    at_central = subjects.find_by_reference(net.analyst, "PL-A:A-123")
    assert at_central.id == subjects.find_by_reference(net.analyst, "PL-B:B-77").id
    assert (at_central.establishment_code, at_central.prison_number) == ("PL-B", "B-77")
    assert subject_holders.known_numbers(net.analyst, prisoner.id) == [
        ("PL-A", "A-123"),
        ("PL-B", "B-77"),
    ]
    held = sorted(
        o.establishment_code for o in observations.list_for_subject(net.analyst, prisoner.id)
    )
    assert held == ["PL-A", "PL-B"]
    chain = transfers.transfers_of(net.analyst, prisoner.id)
    assert [(t.from_establishment, t.to_establishment, t.note) for t in chain] == [
        ("PL-A", "PL-B", "Court order.")
    ]


def test_an_analyst_links_two_files_of_one_person(net: Network) -> None:
    a, b = net.prisons["PL-A"], net.prisons["PL-B"]
    first, second = (
        subjects.create_subject(
            who.officer,
            prison_number=number,
            family_name="Krasniqi",
            given_names="Arben",
            birth_year=1990,
            unit="A",
        )
        for who, number in ((a, "A-5"), (b, "B-9"))
    )
    net.deliver("PL-A")
    net.deliver("PL-B")
    suggested = subject_links.suggestions(net.analyst)
    assert {frozenset((s.first.id, s.second.id)) for s in suggested} == {
        frozenset((first.id, second.id))
    }
    link = subject_links.decide(net.analyst, first.id, second.id, same=True, reason="Same birth.")
    assert sorted(subject_links.linked_files(net.analyst.con, first.id)) == sorted(
        [first.id, second.id]
    )
    assert subject_links.suggestions(net.analyst) == []
    undone = subject_links.undo(net.analyst, link.id, reason="A different person after all.")
    assert not undone.active
    assert subject_links.linked_files(net.analyst.con, first.id) == [first.id]
    assert [d.active for d in subject_links.decisions(net.analyst)] == [False]
    actions = [e.action for e in audit.read_entries(net.analyst.con)]
    assert "subject_files_linked" in actions and "subject_link_undone" in actions
