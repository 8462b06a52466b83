"""Reports printed from the PostgreSQL central store: the PDF read back, the printing audited.

The store holds a real package (tests/unit/test_import_parity.py builds it); a
supervisor prints a prisoner's summary and an auditor the data-subject access
report through `radprev report …`, as on a vault.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from radprev_desktop.core import audit
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import access_grants, users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export, keys
from tests.cli.conftest import run_in_process
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.unit.test_import_parity import fill, import_into, offices  # noqa: F401  (fixture)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_reports_from_the_central_store(
    offices: tuple[Session, Path, Session],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lite, folder, ws = offices
    lite.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    fill(ws, 1)
    package = export.export_package(ws, usb)
    fingerprint = keys.own_workstation_fingerprint(ws)
    ws.close()
    admin = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    import_into(admin, package.path, fingerprint)
    for name, role in (("sara", Role.SUPERVISOR), ("aida", Role.AUDITOR)):
        users.add_user(admin, name, "central-pass-1", [role], must_change_password=False)
    # Central staff reach the establishments granted to them (access by unit, issue #14).
    access_grants.grant_establishment(admin, "sara", "central review desk", establishment_code="*")
    subject_id = admin.con.execute(
        "SELECT id FROM subjects WHERE family_name = 'Đorđević'"
    ).fetchone()[0]
    admin.close()
    password = tmp_path / "pw"
    password.write_text("central-pass-1\n")
    for user, kind, reason in (
        ("sara", "subject", "review"),
        ("aida", "access", "data_subject_request"),
    ):
        out = tmp_path / f"{kind}.pdf"
        done = run_in_process(
            ["--vault", str(folder), "--user", user, "--password-file", str(password), "report",
             kind, "--subject-id", subject_id, "--out", str(out), "--reason", reason,
             "--recipient", "Biuro"],
            monkeypatch, None,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        text = pdf_text(out)
        assert "Đorđević" in text or "Dordevic" in text.replace("đ", "d"), text[:300]
    check = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        printed = [e for e in audit.read_entries(check.con) if e.object_id == subject_id]
        assert printed, "printing was not audited"
        assert all(e.justification for e in printed if e.user in ("sara", "aida"))
    finally:
        check.close()
