"""The bench's generated packages are what the product's export writes (issue 16 item 3).

Reduced scale: four workstations of four establishments, six packages. The real
importer must take every package (no line quarantined, the audit chains verify), and
the office, holding the records, must serialise each one back to exactly the record
that travelled — what the product's export writes for a vault with those records
(`kind.serialize` is the export's own serialiser). The container (manifest, sender,
parts, line envelopes) must have the form of a package the product exported itself.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from radprev_desktop.core.model import Mode
from radprev_desktop.core.services import imported_audit
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export, import_audit, importer, keys
from radprev_desktop.core.sync.registry import sync_kinds
from tests.bench import real_packages
from tests.factories import ADMIN, ADMIN_PASSWORD, create_vault, subject


def _lines(part: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in part.split(b"\n")[:-1]]


def _opened(office: Session, path: Path) -> importer.OpenedPackage:
    return importer.open_package(office, path.read_bytes())


def _product_export(tmp_path: Path, office: Session, folder: Path) -> importer.OpenedPackage:
    """A package the product exports from a workstation holding one prisoner."""
    ws, _ = create_vault(tmp_path / "ws", Mode.WORKSTATION, "PL-POZ1")
    cert = (folder / "central.crt").read_bytes()
    fp = (folder / "central.fp").read_text()
    keys.trust_central(ws, cert, keys.grouped_fingerprint(fp))
    subject(ws)
    (tmp_path / "usb").mkdir()
    made = export.export_package(ws, tmp_path / "usb")
    ws.close()
    return _opened(office, made.path)


def test_generated_packages_import_and_serialise_back(tmp_path: Path) -> None:
    folder, made = real_packages.cached(tmp_path / "cache", 3000, 6, 4, seed=11)
    assert made["packages"] == 6 and len(made["fingerprints"]) == 4
    assert set(made["by_kind"]) == {"subject", "observation", "review", "checklist_run", "audit"}
    order = real_packages.import_order(folder, made)
    office = VaultAccess(folder / "central").login(ADMIN, ADMIN_PASSWORD).session
    sent: list[dict[str, Any]] = []
    audit_sent: dict[str, list[dict[str, Any]]] = {}
    assert order
    for path, ws_id, fingerprint in order:
        opened = _opened(office, path)
        sent.extend(_lines(opened.members[export.RECORDS_PART]))
        audit_sent.setdefault(ws_id, []).extend(_lines(opened.members[export.AUDIT_PART]))
        report = importer.import_package(
            office, path.read_bytes(), file_name=path.name, enrol_fingerprint=fingerprint
        )
        assert report.status == "imported", (path.name, report.audit_problem)
        assert not report.quarantined, report.quarantined[:3]
    assert len(sent) + sum(map(len, audit_sent.values())) == made["records"]
    kinds = sync_kinds()
    versions = {(line["kind"], line["id"], line["version"]) for line in sent}
    assert len(versions) == len(sent) > 0
    for line in sent:
        back = kinds[line["kind"]].serialize(office.con, line["id"], line["version"])
        assert back == line["record"], line["kind"]
    assert audit_sent
    for ws_id, entries in audit_sent.items():
        assert list(imported_audit.entries(office.con, ws_id)) == entries
        assert import_audit.verify_imported_audit(office, ws_id).ok
    product = _product_export(tmp_path, office, folder)
    office.close()
    generated = _opened_again(folder, order[0][0])
    assert _form(generated.manifest) == _form(product.manifest)
    assert set(generated.members) == set(product.members)
    for part in (export.RECORDS_PART, export.AUDIT_PART):
        assert set(_lines(generated.members[part])[0]) == set(_lines(product.members[part])[0])


def _opened_again(folder: Path, path: Path) -> importer.OpenedPackage:
    office = VaultAccess(folder / "central").login(ADMIN, ADMIN_PASSWORD).session
    try:
        return _opened(office, path)
    finally:
        office.close()


def _form(value: Any) -> Any:
    """The shape of a manifest: keys (nested) and value types, not the values."""
    if isinstance(value, dict):
        return {k: _form(v) for k, v in value.items() if k != "by_kind"}
    return type(value).__name__


def test_same_seed_same_records(tmp_path: Path) -> None:
    """Deterministic by seed: two sets of the same parameters carry the same records."""
    records = []
    for name in ("one", "two"):
        folder, made = real_packages.cached(tmp_path / name, 400, 2, 2, seed=5)
        office = VaultAccess(folder / "central").login(ADMIN, ADMIN_PASSWORD).session
        lines = [
            _lines(_opened(office, path).members[export.RECORDS_PART])
            for path, _, _ in real_packages.import_order(folder, made)
        ]
        office.close()
        records.append([[line["record"] for line in package] for package in lines])
    assert records[0] and records[0] == records[1]
