"""Records follow the prisoner: two (and three) establishments with real vaults.

A prisoner is observed at A, transferred; the central office issues the file to
B; B takes it in, observes, exports; the central office holds one continuous
file. Wrong recipients, replays, a second transfer and late changes from the
prison the prisoner left are covered too.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest

from radprev_desktop.core.errors import Conflict, PackageRejected, PermissionDenied
from radprev_desktop.core.model import Grading, ReportKind, SubjectStatus
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services import (
    observation_amendments,
    observations,
    reviews,
    subject_holders,
    subjects,
    transfers,
)
from radprev_desktop.core.sync import (
    central_state,
    container,
    files,
    keys,
    transfer_bundles,
    transfer_intake,
    transfer_keys,
)
from radprev_desktop.core.sync.receipts import central_sender
from tests.factories import observation_input, subject, submitted
from tests.transfers_support import Network
from tests.unit.test_sync_support import records_digest

TODAY = "2026-01-15"


def pdf_text(pdf: bytes) -> str:
    """Every page's text, as a reader would copy it."""
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def net(tmp_path: Path, copied_network: Callable[..., Network]) -> Iterator[Network]:
    network = copied_network(tmp_path, "PL-A", "PL-B", "PL-C")
    yield network
    network.close()


def _observed_at_a(net: Network) -> str:
    """A prisoner at A with an accepted observation, delivered to the central office."""
    a = net.prisons["PL-A"]
    prisoner = subject(a.officer, "A-123", "Kowalski", "Jan")
    obs_id = submitted(
        a.officer, prisoner.id, facts="Seen at A: handed leaflets round in the yard."
    )
    reviews.accept(a.supervisor, obs_id, "Seen.")
    net.deliver("PL-A")
    return prisoner.id


def _transfer(net: Network, code: str, subject_id: str, to: str) -> Path:
    """Record the transfer at `code`, deliver it, issue the bundle: its path."""
    transfers.record_transfer(
        net.prisons[code].officer, subject_id, to_establishment=to, transfer_date=TODAY
    )
    net.deliver(code)
    waiting = transfer_bundles.transfers_to_issue(net.analyst)
    assert [w.transfer.subject_id for w in waiting] == [subject_id]
    issued = transfer_bundles.issue_transfer_bundle(net.analyst, subject_id, net.usb)
    assert issued.to_establishment == to
    return issued.path


def test_the_file_follows_the_prisoner_and_the_central_office_holds_one_file(
    net: Network,
) -> None:
    a, b = net.prisons["PL-A"], net.prisons["PL-B"]
    subject_id = _observed_at_a(net)
    bundle = _transfer(net, "PL-A", subject_id, "PL-B")
    assert subjects.get_subject(a.officer, subject_id).status is SubjectStatus.TRANSFERRED

    report = files.import_file(b.admin, bundle, prison_number="B-77", unit="A")
    assert isinstance(report, transfer_intake.TransferReport)
    assert report.status == "imported"
    assert report.by_kind["observation"] == 1 and report.by_kind["review"] == 1
    here = subjects.find_by_prison_number(b.officer, "B-77")
    assert here.id == subject_id
    assert (here.establishment_code, here.status) == ("PL-B", SubjectStatus.IN_CUSTODY)
    # The history is read-only here, marked with the establishment that recorded it.
    history = observations.list_for_subject(b.officer, subject_id)
    assert [o.establishment_code for o in history] == ["PL-A"]
    with pytest.raises((Conflict, PermissionDenied)):
        observation_amendments.amend(b.supervisor, history[0].id, "typo", {"place": "Yard 3"})
    # New records continue the same file.
    submitted(b.officer, subject_id, facts="Seen at B: refused to attend education.")
    delivered = net.deliver("PL-B")
    assert delivered.quarantined == [] and delivered.foreign == 0

    central = subjects.find_by_reference(net.analyst, "PL-A:A-123")
    assert central.id == subject_id == subjects.find_by_reference(net.analyst, "PL-B:B-77").id
    assert (central.establishment_code, central.prison_number) == ("PL-B", "B-77")
    at_central = observations.list_for_subject(net.analyst, subject_id)
    assert sorted(o.establishment_code for o in at_central) == ["PL-A", "PL-B"]
    assert subject_holders.known_numbers(net.analyst, subject_id) == [
        ("PL-A", "A-123"),
        ("PL-B", "B-77"),
    ]
    # The central subject summary reads as one continuous file (PDF text read back).
    report = generate(
        net.analyst,
        ReportRequest(ReportKind.SUBJECT, justification="review", subject_id=central.id),
    )
    text = " ".join(pdf_text(report.pdf).split())
    assert "Seen at A: handed leaflets round in the yard." in text
    assert "Seen at B: refused to attend education." in text
    assert text.index("Seen at A") < text.index("Seen at B")
    assert "Known as: PL-A A-123, PL-B B-77" in text
    assert "Transfers between establishments" in text
    assert "2026-01-15 PL-A PL-B olga" in text


def test_a_bundle_for_another_establishment_is_refused(net: Network) -> None:
    subject_id = _observed_at_a(net)
    bundle = _transfer(net, "PL-A", subject_id, "PL-B")
    c = net.prisons["PL-C"]
    before = records_digest(c.admin)
    with pytest.raises(PackageRejected, match="not addressed to this workstation"):
        files.import_file(c.admin, bundle)
    assert records_digest(c.admin) == before
    last = c.admin.con.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert last == ("package_rejected",)


def test_a_bundle_naming_another_establishment_is_refused_even_if_it_decrypts(
    net: Network,
) -> None:
    """A bundle signed by the central office for B but encrypted to C (a mistake or a
    re-addressing) is refused by C: the signed manifest names B."""
    subject_id = _observed_at_a(net)
    bundle = _transfer(net, "PL-A", subject_id, "PL-B")
    b, c = net.prisons["PL-B"], net.prisons["PL-C"]
    plain = container.age_decrypt(bundle.read_bytes(), transfer_keys.transfer_identity(b.admin))
    readdressed = container.age_encrypt(
        plain, [container.parse_recipient(transfer_keys.transfer_recipient(c.admin))]
    )
    before = records_digest(c.admin)
    with pytest.raises(PackageRejected, match="for establishment PL-B, not for PL-C"):
        transfer_intake.import_transfer_bundle(c.admin, readdressed)
    assert records_digest(c.admin) == before


def test_a_forged_bundle_is_refused(net: Network) -> None:
    """Signed by a key that is not the trusted central one (a workstation's, here)."""
    subject_id = _observed_at_a(net)
    bundle = _transfer(net, "PL-A", subject_id, "PL-B")
    b = net.prisons["PL-B"]
    plain = container.age_decrypt(bundle.read_bytes(), transfer_keys.transfer_identity(b.admin))
    members = container.read_members(plain)
    manifest, _, _ = container.parse_manifest(members)
    forger_private, _ = keys.signing_keys(net.prisons["PL-A"].admin)
    manifest["sender"] = central_sender(net.central)
    parts = {k: v for k, v in members.items() if k not in ("manifest.json", "manifest.sig")}
    forged = container.age_encrypt(
        container.build(manifest, parts, forger_private),
        [container.parse_recipient(transfer_keys.transfer_recipient(b.admin))],
    )
    before = records_digest(b.admin)
    with pytest.raises(PackageRejected, match="signature"):
        transfer_intake.import_transfer_bundle(b.admin, forged)
    assert records_digest(b.admin) == before


def test_the_same_bundle_again_changes_nothing(net: Network) -> None:
    subject_id = _observed_at_a(net)
    bundle = _transfer(net, "PL-A", subject_id, "PL-B")
    b = net.prisons["PL-B"]
    # Placed in unit A: staff reach a transferred prisoner once placed in their unit (issue #14).
    first = files.import_file(b.admin, bundle, prison_number="B-77", unit="A")
    assert first.status == "imported"  # type: ignore[attr-defined]
    before = records_digest(b.admin)
    again = files.import_file(b.admin, bundle, prison_number="B-99")
    assert again.status == "already_imported"  # type: ignore[attr-defined]
    assert "already imported" in str(again.summary())
    assert records_digest(b.admin) == before
    # Issued again (e.g. for a new workstation): the records are known, the header is not
    # written twice.
    reissued = transfer_bundles.issue_transfer_bundle(net.analyst, "PL-A:A-123", net.usb)
    report = files.import_file(b.admin, reissued.path)
    assert report.status == "imported" and report.inserted == 0  # type: ignore[attr-defined]
    assert subjects.get_subject(b.officer, subject_id).prison_number == "B-77"
    pending = b.admin.con.execute(
        "SELECT count(*) FROM changes WHERE kind = 'subject' AND package_seq IS NULL"
    ).fetchone()[0]
    assert pending == 1


def test_transferred_again_carries_the_whole_chain(net: Network) -> None:
    b, c = net.prisons["PL-B"], net.prisons["PL-C"]
    subject_id = _observed_at_a(net)
    files.import_file(
        b.admin, _transfer(net, "PL-A", subject_id, "PL-B"), prison_number="B-77", unit="A"
    )
    submitted(b.officer, subject_id, facts="Seen at B: kept to the regime.")
    net.deliver("PL-B")
    bundle = _transfer(net, "PL-B", subject_id, "PL-C")
    report = files.import_file(c.admin, bundle, prison_number="C-5", unit="A")
    assert report.by_kind["transfer"] == 2  # type: ignore[attr-defined]
    chain = transfers.transfers_of(c.officer, subject_id)
    assert [(t.from_establishment, t.to_establishment) for t in chain] == [
        ("PL-A", "PL-B"),
        ("PL-B", "PL-C"),
    ]
    facts = sorted(
        o.facts.split(":")[0] for o in observations.list_for_subject(c.officer, subject_id)
    )
    assert facts == ["Seen at A", "Seen at B"]
    submitted(c.officer, subject_id, facts="Seen at C: joined the workshop.")
    assert net.deliver("PL-C").quarantined == []
    held = net.analyst.con.execute(
        "SELECT establishment_code FROM observations WHERE subject_id = ? ORDER BY 1",
        (subject_id,),
    ).fetchall()
    assert held == [("PL-A",), ("PL-B",), ("PL-C",)]


def test_the_prison_left_behind_sends_late_records_but_no_longer_changes_the_file(
    net: Network,
) -> None:
    a, b = net.prisons["PL-A"], net.prisons["PL-B"]
    subject_id = _observed_at_a(net)
    late = observations.create_draft(a.officer, observation_input(subject_id, facts="Late note."))
    files.import_file(b.admin, _transfer(net, "PL-A", subject_id, "PL-B"), prison_number="B-77")
    observations.submit(a.officer, late.id)
    subjects.update_subject(a.supervisor, subject_id, reason="Wrong cell.", cell="12")
    report = net.deliver("PL-A")
    assert [q.kind for q in report.quarantined] == ["subject"]
    assert "transferred from PL-A to PL-B" in report.quarantined[0].reason
    assert report.foreign == 1
    assert net.analyst.con.execute(
        "SELECT count(*) FROM observations WHERE id = ?", (late.id,)
    ).fetchone() == (1,)
    assert [q.kind for q in central_state.quarantine_items(net.analyst)] == ["subject"]


def test_a_review_of_history_is_refused_here(net: Network) -> None:
    a, b = net.prisons["PL-A"], net.prisons["PL-B"]
    prisoner = subject(a.officer, "A-9", "Hoxha", "Ëndrit")
    waiting = submitted(a.officer, prisoner.id)  # submitted, never reviewed at A
    net.deliver("PL-A")
    files.import_file(b.admin, _transfer(net, "PL-A", prisoner.id, "PL-B"), unit="A")
    with pytest.raises(Conflict, match="arrived with"):
        reviews.regrade(b.supervisor, waiting, Grading("3x5x2", "1", "A", "P"), "corroborated")
    assert reviews.review_queue(b.supervisor).items == []


def test_transfer_rules(net: Network) -> None:
    a = net.prisons["PL-A"]
    prisoner = subject(a.officer, "A-1", "Petrović", "Đorđe")
    with pytest.raises(Exception, match="already in this establishment"):
        transfers.record_transfer(
            a.officer, prisoner.id, to_establishment="pl-a", transfer_date=TODAY
        )
    with pytest.raises(Exception, match="not before"):
        transfers.record_transfer(
            a.officer, prisoner.id, to_establishment="PL-B", transfer_date="2999-01-01"
        )
    with pytest.raises(PermissionDenied):
        transfers.record_transfer(
            a.admin, prisoner.id, to_establishment="PL-B", transfer_date=TODAY
        )
    transfers.record_transfer(a.officer, prisoner.id, to_establishment="pl-b", transfer_date=TODAY)
    with pytest.raises(Conflict, match="not in custody"):
        transfers.record_transfer(
            a.officer, prisoner.id, to_establishment="PL-C", transfer_date=TODAY
        )


def test_no_bundle_without_a_receiving_workstation(net: Network) -> None:
    subject_id = _observed_at_a(net)
    transfers.record_transfer(
        net.prisons["PL-A"].officer, subject_id, to_establishment="PL-Z", transfer_date=TODAY
    )
    net.deliver("PL-A")
    with pytest.raises(Conflict, match="No workstation of PL-Z"):
        transfer_bundles.issue_transfer_bundle(net.analyst, subject_id, net.usb)
    assert list(net.usb.glob("radprev-transfer_*")) == []
