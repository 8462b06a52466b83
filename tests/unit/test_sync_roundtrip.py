"""Export at a workstation, import at the central office: the core round trip."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.core import audit, i18n, outbox
from radprev_desktop.core.errors import Conflict, PackageRejected, PermissionDenied, ValidationError
from radprev_desktop.core.model import Mode
from radprev_desktop.core.services import deliveries
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.sync import (
    central_state,
    delivery,
    import_audit,
    import_records,
    importer,
    receipts,
)
from radprev_desktop.core.sync import export as export_mod
from radprev_desktop.core.vault.connection import DatabaseError
from tests.conftest import create_vault
from tests.unit.test_sync_support import (
    Pair,
    add_note,
    forge,
    note_line,
    notes,
    open_pair,
    vault_digest,
)


@pytest.fixture
def pair(tmp_path: Path, pair_files: Path) -> Iterator[Pair]:
    yield from open_pair(tmp_path, pair_files)


def test_export_then_import_gives_identical_records(pair: Pair) -> None:
    ids = [add_note(pair.ws, f"Notatka {i} — Ђорђе ąę") for i in range(5)]
    result = pair.export()
    assert result.sequence == 1
    assert result.records == 5
    assert result.path.exists() and result.path.name.endswith("_000001.age")
    assert delivery.pending_count(pair.ws) == 0
    report = pair.import_(result.path)
    assert report.status == "imported"
    assert report.inserted == 5
    assert report.audit_entries > 0
    assert notes(pair.central) == notes(pair.ws)
    assert {r[0] for r in notes(pair.central)} == set(ids)


def test_unknown_workstation_must_be_enrolled(pair: Pair) -> None:
    add_note(pair.ws, "x")
    result = pair.export()
    with pytest.raises(importer.EnrolmentRequired) as info:
        importer.import_package(pair.central, result.path.read_bytes())
    assert info.value.fingerprint == pair.ws_fingerprint
    with pytest.raises(ValidationError):
        pair.import_(result.path, enrol_fingerprint="00" * 32)
    report = pair.import_(result.path, enrol_fingerprint=pair.ws_fingerprint)
    assert report.inserted == 1


def test_reimport_is_a_noop(pair: Pair) -> None:
    add_note(pair.ws, "x")
    path = pair.export().path
    pair.import_(path)
    again = pair.import_(path)
    assert again.status == "already_imported"
    assert "already imported" in str(again.summary())


def test_chain_break_rejected(pair: Pair) -> None:
    add_note(pair.ws, "x")
    first = pair.export().path
    pair.import_(first)
    with pytest.raises(PackageRejected):
        pair.import_(first.read_bytes()[:-10])


def test_out_of_order_gaps_and_late_arrival(pair: Pair) -> None:
    paths = []
    for i in range(4):
        add_note(pair.ws, f"n{i}")
        paths.append(pair.export().path)
    first = pair.import_(paths[0])
    assert first.gaps == []
    fourth = pair.import_(paths[3])
    assert fourth.gaps == [2, 3]
    assert "Still missing from this workstation: 2–3" in str(fourth.summary())
    second = pair.import_(paths[1])
    assert second.late and second.gaps == [3]
    third = pair.import_(paths[2])
    assert third.gaps == []
    assert notes(pair.central) == notes(pair.ws)
    state = central_state.workstation_states(pair.central)[0]
    assert state.last_sequence == 4 and state.gaps == [] and state.packages == 4
    # The audit entries of every package arrived and chain together.
    chain = import_audit.verify_imported_audit(pair.central, pair.ws.workstation_id)
    assert chain.ok, chain.reason
    ws_audit = pair.ws.con.execute("SELECT count(*) FROM audit").fetchone()[0]
    imported = pair.central.con.execute("SELECT count(*) FROM imported_audit").fetchone()[0]
    assert 0 < imported <= ws_audit


def test_quarantine_keeps_bad_records_and_applies_the_rest(pair: Pair) -> None:
    good = add_note(pair.ws, "good")
    add_note(pair.ws, "x" * 2500)  # too long for the kind's validate
    add_note(pair.ws, "dangling", ref="0190-not-there")  # apply refuses the reference
    result = pair.export()
    report = pair.import_(result.path)
    assert report.inserted == 1
    assert len(report.quarantined) == 2
    reasons = " ".join(q.reason for q in report.quarantined)
    assert "2000 characters" in reasons and "does not hold" in reasons
    assert {q.field for q in report.quarantined} == {"body", "ref"}
    assert [r[0] for r in notes(pair.central)] == [good]
    items = central_state.quarantine_items(pair.central)
    assert len(items) == 2 and "quarantined line" in str(report.summary())


def test_the_report_gives_a_refusal_in_the_readers_language(pair: Pair) -> None:
    add_note(pair.ws, "dangling", ref="0190-not-there")  # apply refuses the reference
    report = pair.import_(pair.export().path)
    (kept,) = report.quarantined
    english = "The note refers to a note the office does not hold."
    assert kept.reason == english  # kept with the line, and what --json gives
    assert json.loads(json.dumps(report.to_json()))["quarantined"][0]["reason"] == english
    shown = report.summary().render(lambda context, source: f"<{context}: {source}>")
    assert f"<errors: {english}>" in shown  # a message of its own, translated where shown
    polish = i18n.translator("pl", "errors").lookup
    constraint = import_records._refusal(DatabaseError("CHECK constraint failed"))
    assert constraint.render(polish) == (
        "Zapis nie pasuje do sejfu (odrzuciło go ograniczenie bazy)."
    )
    assert str(constraint) == "The record does not fit the vault (a constraint refused it)."


def test_conflict_is_kept_never_overwritten(pair: Pair, tmp_path: Path) -> None:
    note_id = add_note(pair.ws, "original")
    pair.import_(pair.export().path)
    # The same id+version with other content (e.g. a restored workstation that
    # wrote the record again differently).
    with pair.ws.transaction() as con:
        con.execute("UPDATE sync_test_notes SET body = 'changed' WHERE id = ?", (note_id,))
        outbox.record_change(con, "sync_note", note_id, 1)
    report = pair.import_(pair.export().path)
    assert report.conflicts == 1
    assert (
        pair.central.con.execute(
            "SELECT body FROM sync_test_notes WHERE id = ?", (note_id,)
        ).fetchone()[0]
        == "original"
    )
    conflicts = central_state.conflict_items(pair.central)
    assert len(conflicts) == 1 and conflicts[0].object_id == note_id
    pair.central.justification = ("supervision", "checking a conflict")
    assert central_state.conflict_content(pair.central, conflicts[0].id)["body"] == "changed"
    viewed = audit.read_entries(pair.central.con, action="conflict_viewed")  # a consultation
    assert [e.justification for e in viewed] == ["supervision: checking a conflict"]
    central_state.resolve(pair.central, "sync_conflicts", conflicts[0].id, "checked by phone")
    assert central_state.conflict_items(pair.central) == []


def test_a_different_package_under_a_used_sequence_is_rejected(pair: Pair) -> None:
    add_note(pair.ws, "x")
    path = pair.export().path
    pair.import_(path)
    forged = forge(pair, records=[note_line("0190-aaaa", "other")], sequence=1)
    before = vault_digest(pair.central)
    with pytest.raises(PackageRejected, match="already imported"):
        pair.import_(forged)
    assert vault_digest(pair.central) == before


def test_receipt_marks_delivered_and_resend_carries_the_rest(pair: Pair) -> None:
    first_note = add_note(pair.ws, "one")
    first = pair.export().path
    add_note(pair.ws, "two")
    pair.export()  # package 2 is lost on the way
    pair.import_(first)
    receipt = receipts.write_receipt(pair.central, pair.folder)
    report = receipts.import_receipt(pair.ws, receipt.read_bytes())
    assert report.delivered_now == [1] and report.outstanding == [2]
    assert delivery.is_delivered(pair.ws.con, "sync_note", first_note)
    status = delivery.export_status(pair.ws)
    assert status.awaiting_receipt == [2]
    again = receipts.import_receipt(pair.ws, receipt.read_bytes())
    assert again.status == "already_imported" and again.delivered_now == []
    resent = pair.export(resend=True)
    assert resent.resend and resent.records == 1 and resent.sequence == 3
    out = pair.import_(resent.path)
    assert out.inserted == 1 and out.gaps == [2]
    receipt2 = receipts.write_receipt(pair.central, pair.folder)
    report2 = receipts.import_receipt(pair.ws, receipt2.read_bytes())
    assert report2.delivered_now == [3] and report2.outstanding == [2]
    assert notes(pair.central) == notes(pair.ws)


def test_receipt_from_another_office_is_refused(pair: Pair, tmp_path: Path) -> None:
    other, _ = create_vault(tmp_path / "other-central", Mode.CENTRAL, "RS-BG")
    try:
        receipt = receipts.write_receipt(other, pair.folder)
    finally:
        other.close()
    before = vault_digest(pair.ws)
    with pytest.raises(PackageRejected, match="not signed by the central office"):
        receipts.import_receipt(pair.ws, receipt.read_bytes())
    assert vault_digest(pair.ws) == before


def test_export_status_and_schedule(pair: Pair) -> None:
    from datetime import UTC, datetime, timedelta

    status = delivery.export_status(pair.ws)
    assert status.central_trusted and status.last_sequence is None and not status.overdue
    later = datetime.now(UTC) + timedelta(days=8)
    assert delivery.export_status(pair.ws, now=later).overdue
    delivery.set_schedule(pair.ws, export_interval_days=10, receipt_wait_days=3)
    assert not delivery.export_status(pair.ws, now=later).overdue
    pair.export()
    status = delivery.export_status(pair.ws, now=datetime.now(UTC) + timedelta(days=4))
    assert status.awaiting_receipt == [1] and status.overdue_receipts == [1]
    assert status.last_sequence == 1 and status.pending_changes == 0


def test_roles(pair: Pair, tmp_path: Path) -> None:
    from radprev_desktop.core.model import Role
    from radprev_desktop.core.services import users

    users.add_user(
        pair.ws,
        "olga",
        "officer-password-1",
        [Role.OFFICER],
        units=["A"],
        must_change_password=False,
    )
    officer = VaultAccess(pair.ws.folder).login("olga", "officer-password-1").session
    try:
        with pytest.raises(PermissionDenied):
            export_mod.export_package(officer, pair.folder)
    finally:
        officer.close()
    with pytest.raises(Conflict):
        importer.import_package(pair.ws, b"age-encryption.org/v1\n")
    with pytest.raises(Conflict):
        export_mod.export_package(pair.central, pair.folder)


def test_export_is_an_audited_disclosure(pair: Pair) -> None:
    add_note(pair.ws, "x")
    result = pair.export()
    row = pair.ws.con.execute(
        "SELECT recipient, details FROM audit WHERE action = 'export' ORDER BY seq DESC"
    ).fetchone()
    assert row[0].startswith("central office PL-CZ")
    assert f'"sequence": {result.sequence}' in row[1]


def test_central_without_trust_cannot_export(tmp_path: Path) -> None:
    ws, _ = create_vault(tmp_path / "lonely")
    try:
        with pytest.raises(Conflict, match="No central office certificate"):
            export_mod.export_package(ws, tmp_path)
    finally:
        ws.close()


def test_a_far_future_sequence_lists_a_bounded_gap(pair: Pair) -> None:
    report = pair.import_(forge(pair, records=[], sequence=10**9, previous_hash="ab" * 32))
    assert report.gaps[:3] == [1, 2, 3] and len(report.gaps) == central_state.MAX_GAPS_LISTED


def test_undecodable_file_name_on_the_stick(pair: Pair) -> None:
    import os

    add_note(pair.ws, "x")
    path = pair.export().path
    odd = pair.folder / os.fsdecode(b"paczka-\xff\xfe.age")
    path.rename(odd)
    report = pair.import_(odd)
    assert report.status == "imported" and report.inserted == 1


def test_each_package_carries_only_the_audit_entries_written_since_the_last(pair: Pair) -> None:
    """The exports row keeps the audit range a package carried (session 11, bun11: it kept
    0-0 because build() emptied the collected lines before record() read their range, so
    every package carried the whole log again from entry 1 and the Sync page and the
    export's own audit entry said 0 audit entries)."""
    add_note(pair.ws, "pierwsza")
    first = pair.export()
    assert first.audit_entries > 0
    assert deliveries.audit_carried_up_to(pair.ws.con) == first.audit_entries  # from entry 1
    assert pair.import_(first.path).audit_entries == first.audit_entries
    exported = pair.ws.con.execute(
        "SELECT details FROM audit WHERE action = 'export' ORDER BY seq DESC LIMIT 1"
    ).fetchone()[0]
    assert json.loads(exported)["audit_entries"] == first.audit_entries
    add_note(pair.ws, "druga")
    second = pair.export()
    assert 0 < second.audit_entries < first.audit_entries
    report = pair.import_(second.path)
    assert report.status == "imported"
    assert report.audit_entries == second.audit_entries
