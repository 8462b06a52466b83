"""Reference bundles, receipts and the central certificate: signatures and replays."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.core import crypto
from radprev_desktop.core.errors import PackageRejected, ValidationError
from radprev_desktop.core.services import settings
from radprev_desktop.core.sync import bundles, container, keys, receipts
from tests.unit.test_sync_support import Pair, open_pair, raw_tar, tar_members, vault_digest


@pytest.fixture
def pair(tmp_path: Path, pair_files: Path) -> Iterator[Pair]:
    yield from open_pair(tmp_path, pair_files)


def test_bundle_carries_templates_profile_and_code_lists(pair: Pair) -> None:
    settings.set_setting(pair.central, "grading_preset", "6x6")
    settings.set_setting(pair.central, "code_lists", {"symbols": ["SYM-1", "SYM-2"]})
    path = bundles.write_bundle(pair.central, pair.folder)
    report = bundles.import_bundle(pair.ws, path.read_bytes())
    assert report.status == "imported"
    assert report.templates, "the central vault's templates travel"
    assert "grading_preset" in report.settings_changed
    assert pair.ws.setting("grading_preset") == "6x6"
    assert pair.ws.setting("code_lists") == {"symbols": ["SYM-1", "SYM-2"]}
    assert bundles.import_bundle(pair.ws, path.read_bytes()).status == "already_imported"
    newer = bundles.write_bundle(pair.central, pair.folder)
    assert bundles.import_bundle(pair.ws, newer.read_bytes()).status == "imported"
    with pytest.raises(PackageRejected, match="older"):
        bundles.import_bundle(pair.ws, path.read_bytes())


def test_tampered_bundle_or_receipt_changes_nothing(pair: Pair) -> None:
    bundle = bundles.write_bundle(pair.central, pair.folder).read_bytes()
    receipt = receipts.write_receipt(pair.central, pair.folder).read_bytes()
    for data, part in ((bundle, "profile.json"), (receipt, "receipt.json")):
        members = tar_members(data)
        members[part] = members[part].replace(b"3x5x2", b"6x6xx") + b" "
        forged = raw_tar(list(members.items()))
        before = vault_digest(pair.ws)
        with pytest.raises(PackageRejected):
            if part == "profile.json":
                bundles.import_bundle(pair.ws, forged)
            else:
                receipts.import_receipt(pair.ws, forged)
        assert vault_digest(pair.ws) == before
    # A bundle re-signed with a key the workstation does not trust.
    members = tar_members(bundle)
    wrong, _ = crypto.ed25519_generate()
    members["manifest.sig"] = crypto.sign(wrong, members["manifest.json"]).hex().encode()
    with pytest.raises(PackageRejected, match="signature"):
        bundles.import_bundle(pair.ws, raw_tar(list(members.items())))


def test_receipt_is_not_a_bundle(pair: Pair) -> None:
    receipt = receipts.write_receipt(pair.central, pair.folder).read_bytes()
    with pytest.raises(PackageRejected, match="not a bundle"):
        bundles.import_bundle(pair.ws, receipt)


def test_receipt_holds_no_personal_data(pair: Pair) -> None:
    from tests.unit.test_sync_support import add_note

    add_note(pair.ws, "Kowalski Jan — tajne")
    pair.import_(pair.export().path)
    data = receipts.write_receipt(pair.central, pair.folder).read_bytes()
    content = json.loads(tar_members(data)["receipt.json"])
    entry = content["workstations"][0]
    assert set(entry) == {"workstation_id", "establishment", "packages", "last_sequence", "missing"}
    assert set(entry["packages"][0]) == {"sequence", "hash", "records", "audit"}
    assert b"Kowalski" not in data


def test_certificate_tampering_and_fingerprint(pair: Pair, tmp_path: Path) -> None:
    data, fp = keys.make_certificate(pair.central)
    cert = keys.parse_certificate(data)
    assert cert.fingerprint == fp == keys.own_certificate_fingerprint(pair.central)
    document = json.loads(data)
    document["age_recipient"] = str(__import__("pyrage").x25519.Identity.generate().to_public())
    with pytest.raises(PackageRejected, match="altered"):
        keys.parse_certificate(json.dumps(document).encode())
    with pytest.raises(PackageRejected):
        keys.parse_certificate(b"\xff" * 10)
    with pytest.raises(PackageRejected):
        keys.parse_certificate(b"{" * (keys.MAX_CERT_BYTES + 1))
    with pytest.raises(ValidationError, match="does not match"):
        keys.trust_central(pair.ws, data, fp[:-1] + ("0" if fp[-1] != "0" else "1"))
    grouped = crypto.group_fingerprint(fp)
    assert len(grouped.split()) == 16
    assert keys.trust_central(pair.ws, data, grouped.lower()).fingerprint == fp


def test_backup_recipient_can_decrypt_packages(pair: Pair) -> None:
    from pyrage import x25519

    from tests.unit.test_sync_support import add_note

    add_note(pair.ws, "in transit")
    in_transit = pair.export().path  # made for the certificate before the change
    backup = x25519.Identity.generate()
    keys.set_backup_recipient(pair.central, str(backup.to_public()))
    data, fp = keys.make_certificate(pair.central)
    keys.trust_central(pair.ws, data, fp)
    path = pair.export().path
    plain = container.age_decrypt(path.read_bytes(), backup)
    assert container.open_signed(plain)[0]["recipient_fingerprint"] == fp
    assert pair.import_(path).status == "imported"
    assert pair.import_(in_transit).inserted == 1
    with pytest.raises(ValidationError):
        keys.set_backup_recipient(pair.central, "not-a-key")
