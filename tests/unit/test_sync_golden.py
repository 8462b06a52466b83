"""The golden files of format version 1 (tests/data/sync) are still read by this code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyrage import x25519

from radprev_desktop.core import audit, crypto
from radprev_desktop.core.model import Mode
from radprev_desktop.core.services import observation_rows, referrals, subjects, transfers
from radprev_desktop.core.sync import (
    bundles,
    container,
    import_audit,
    importer,
    keys,
    receipts,
    transfer_intake,
)
from tests.conftest import create_vault
from tests.data import make_golden as golden
from tests.data import make_golden_transfers as gt

DATA = Path(__file__).resolve().parents[1] / "data" / "sync"
EXPECTED = json.loads((DATA / "v1-expected.json").read_text(encoding="utf-8"))
PACKAGE = DATA / "v1-export_PL-WAW1_000000a1_000001.age"


def _ws_public() -> bytes:
    return crypto.ed25519_public(bytes.fromhex(golden.WORKSTATION_SIGNING_PRIVATE))


def test_golden_certificate() -> None:
    cert = keys.parse_certificate((DATA / "v1-central-certificate.json").read_bytes())
    assert cert.fingerprint == EXPECTED["certificate_fingerprint"]
    assert cert.establishment == "PL-CZ"


def test_golden_package_reads_and_verifies() -> None:
    identity = x25519.Identity.from_str(golden.CENTRAL_AGE_IDENTITY)
    plain = container.age_decrypt(PACKAGE.read_bytes(), identity)
    checked = container.verify_container(plain, _ws_public(), "the golden workstation key")
    manifest = checked.manifest
    assert manifest["kind"] == "export" and manifest["format_version"] == 1
    assert manifest["recipient_fingerprint"] == EXPECTED["certificate_fingerprint"]
    records = [json.loads(raw) for _, raw in checked.lines("records.jsonl")]
    assert records == EXPECTED["records"]
    lines = [json.loads(raw) for _, raw in checked.lines("audit.jsonl")]
    assert lines == EXPECTED["audit"]
    prev = audit.GENESIS
    for e in lines:
        fields = [
            e[k]
            for k in (
                "seq",
                "at",
                "user",
                "workstation",
                "action",
                "object_type",
                "object_id",
                "justification",
                "recipient",
                "details",
            )
        ]
        assert e["prev_hash"] == prev
        assert audit.entry_hash(prev, *fields) == e["hash"]
        prev = e["hash"]


def test_golden_package_through_the_central_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CZ")
    try:
        identity = x25519.Identity.from_str(golden.CENTRAL_AGE_IDENTITY)
        monkeypatch.setattr(keys, "central_identity", lambda session: identity)
        monkeypatch.setattr(
            keys, "own_certificate_fingerprint", lambda s: EXPECTED["certificate_fingerprint"]
        )
        fp = keys.workstation_fingerprint(_ws_public())
        report = importer.import_package(
            central, PACKAGE.read_bytes(), file_name=PACKAGE.name, enrol_fingerprint=fp
        )
        assert report.status == "imported" and report.records == 2
        assert report.audit_entries == 2 and not report.audit_problem
        assert import_audit.verify_imported_audit(central, golden.WORKSTATION_ID).ok
        again = importer.import_package(central, PACKAGE.read_bytes())
        assert again.status == "already_imported"
    finally:
        central.close()


def test_golden_receipt_and_bundle_at_a_workstation(tmp_path: Path) -> None:
    ws, _ = create_vault(tmp_path / "ws")
    try:
        keys.trust_central(
            ws,
            (DATA / "v1-central-certificate.json").read_bytes(),
            crypto.group_fingerprint(EXPECTED["certificate_fingerprint"]),
        )
        report = receipts.import_receipt(ws, (DATA / "v1-receipt_PL-CZ_000001.tar").read_bytes())
        assert report.status == "imported" and report.delivered_now == []
        taken = bundles.import_bundle(ws, (DATA / "v1-bundle_PL-CZ_000001.tar").read_bytes())
        assert taken.code_lists == ["symbols"]
        assert ws.setting("code_lists") == {"symbols": ["SYM-001", "SYM-002"]}
        again = bundles.import_bundle(ws, (DATA / "v1-bundle_PL-CZ_000001.tar").read_bytes())
        assert again.status == "already_imported"
    finally:
        ws.close()


def test_golden_transfer_bundle_is_taken_in(tmp_path: Path) -> None:
    """The transfer bundle of version 1 (tests/data/make_golden_transfers.py) still reads."""
    expected = json.loads((DATA / "v1-transfer-expected.json").read_text(encoding="utf-8"))
    assert [line["kind"] for line in expected["records"]] == [
        "subject",
        "transfer",
        "observation",
        "review",
        "referral",
    ]
    ws, _ = create_vault(tmp_path / "ws", Mode.WORKSTATION, "PL-B")
    try:
        keys.trust_central(
            ws,
            (DATA / "v1-central-certificate.json").read_bytes(),
            EXPECTED["certificate_fingerprint"],
        )
        with ws.transaction() as con:  # the golden workstation's TEST-ONLY transfer key
            con.execute(
                "INSERT INTO meta(key, value) VALUES ('transfer_age_identity', ?)",
                (gt.RECEIVING_TRANSFER_IDENTITY,),
            )
        data = (DATA / gt.FILE_NAME).read_bytes()
        report = transfer_intake.import_transfer_bundle(ws, data, prison_number="B-1")
        assert report.inserted == 5 and report.from_establishment == "PL-WAW1"
        here = subjects.get_subject(ws, gt.SUBJECT)
        assert (here.establishment_code, here.prison_number, here.version) == ("PL-B", "B-1", 3)
        assert [t.id for t in transfers.subject_transfers(ws.con, gt.SUBJECT)] == [gt.TRANSFER]
        stored = ws.con.execute(
            "SELECT establishment_code, status, origin_workstation FROM observations WHERE id = ?",
            (gt.OBSERVATION,),
        ).fetchall()
        assert stored == [("PL-WAW1", "accepted", gt.SENDING_WORKSTATION)]
        assert referrals.subject_referrals(ws.con, gt.SUBJECT)[0].status.value == "accepted"
        assert (
            observation_rows.load(ws.con, gt.OBSERVATION)[1].facts
            == (expected["records"][2]["record"]["facts"])
        )
        again = transfer_intake.import_transfer_bundle(ws, data)
        assert again.status == "already_imported"
    finally:
        ws.close()
