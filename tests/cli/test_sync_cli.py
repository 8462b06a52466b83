"""The `radprev` sync commands on a workstation and a central vault (in-process)."""

from __future__ import annotations

import json
from pathlib import Path

from radprev_desktop.core.model import Mode
from tests.cli.conftest import Run
from tests.conftest import create_vault


def test_certificate_trust_export_enrol_import_ack_bundle(tmp_path: Path, radprev: Run) -> None:
    central_dir = tmp_path / "central"
    session, _ = create_vault(central_dir, Mode.CENTRAL, "PL-CZ")
    session.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    cert = tmp_path / "central-cert.json"

    made = radprev("--json", "central", "certificate", "--out", str(cert), vault=central_dir)
    assert made.returncode == 0, made.stderr
    fingerprint = json.loads(made.stdout)["fingerprint"]

    # A workstation cannot export before it trusts the central office.
    early = radprev("export", "--to", str(usb))
    assert early.returncode == 1
    assert "No central office certificate" in early.stderr

    wrong = radprev("central", "trust", str(cert), "--fingerprint", "0" * 64)
    assert wrong.returncode == 1
    assert "does not match" in wrong.stderr
    grouped = " ".join(fingerprint[i : i + 4] for i in range(0, 64, 4)).upper()
    trusted = radprev("central", "trust", str(cert), "--fingerprint", grouped)
    assert trusted.returncode == 0, trusted.stderr

    exported = radprev("export", "--to", str(usb))
    assert exported.returncode == 0, exported.stderr
    package = Path(exported.stdout.strip())
    assert package.parent == usb and package.exists() and package.name.endswith("_000001.age")

    unknown = radprev("--json", "import", str(package), vault=central_dir)
    assert unknown.returncode == 1
    ws_fp = json.loads(radprev("--json", "sync", "fingerprint").stdout)["fingerprint"]
    assert json.loads(unknown.stdout)[0]["fingerprint"] == ws_fp
    assert "not enrolled" in unknown.stderr

    enrolled = radprev("import", str(usb), "--enrol", ws_fp, vault=central_dir)
    assert enrolled.returncode == 0, enrolled.stderr
    assert "imported" in enrolled.stdout
    again = radprev("import", str(package), vault=central_dir)
    assert again.returncode == 0, again.stderr
    assert "already imported" in again.stdout

    verified = radprev("sync", "verify-audit", vault=central_dir)
    assert verified.returncode == 0, verified.stderr
    assert "chain intact" in verified.stdout
    listed = json.loads(radprev("--json", "central", "workstations", vault=central_dir).stdout)
    assert listed[0]["last_sequence"] == 1 and listed[0]["gaps"] == []

    status = json.loads(radprev("--json", "sync", "status").stdout)
    assert status["awaiting_receipt"] == [1]

    ack = radprev("ack", "--to", str(usb), vault=central_dir)
    assert ack.returncode == 0, ack.stderr
    receipt = Path(ack.stdout.strip())
    applied = radprev("import", str(receipt))
    assert applied.returncode == 0, applied.stderr
    assert "1 packages newly confirmed" in applied.stdout
    status = json.loads(radprev("--json", "sync", "status").stdout)
    assert status["awaiting_receipt"] == []

    bundle = radprev("bundle", "--to", str(usb), vault=central_dir)
    assert bundle.returncode == 0, bundle.stderr
    taken = radprev("--json", "import", bundle.stdout.strip())
    assert taken.returncode == 0, taken.stderr
    assert json.loads(taken.stdout)[0]["kind"] == "bundle"

    # A receipt cannot be imported at the central office, a package not at a workstation.
    refused = radprev("import", str(package))
    assert refused.returncode == 1


def test_bad_usage_and_missing_file(radprev: Run, tmp_path: Path) -> None:
    missing = radprev("import", str(tmp_path / "nope.age"))
    assert missing.returncode == 2
    garbage = tmp_path / "garbage.age"
    garbage.write_bytes(b"not a package at all")
    bad = radprev("import", str(garbage))
    assert bad.returncode == 1
    assert "rejected" in bad.stderr
