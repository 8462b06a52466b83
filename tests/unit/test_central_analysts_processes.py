"""Two analysts' programs read while a third program imports, on the PostgreSQL store.

Issue 16's Tests paragraph as it happens at an office: separate programs (processes,
each with its own server connection, logged in through the login door as its own
analyst account, so bound to it for row security), not threads of one program. The
analysts list observations and open files (each opening an audited consultation)
in a loop; a third program logs in as the administrator and imports a package.
Every read sees the store before or after the package, never half of it; every
audit entry each analyst wrote is in the one chain (no lost update); and
`radprev audit verify` finds the chain intact.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.model import Justification, JustificationReason, Role
from radprev_desktop.core.services import access_grants, search, subject_file, users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export, keys
from tests.cli.conftest import run_in_process
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.unit.test_import_parity import fill, import_into, offices  # noqa: F401

ANALYSTS = ("ana.kowal", "besa.hoxha")
ANALYST_PASSWORD = "analyst-password-42"
WHY = Justification(JustificationReason.SUPERVISION, "concurrency test")


def analyst_reads(folder: str, username: str, out: str, stop: str) -> None:
    """One analyst's program: read and consult files until told to stop; write what it saw."""
    session = VaultAccess(Path(folder)).login(username, ANALYST_PASSWORD).session
    session.justification = (WHY.reason.value, WHY.text)  # the purpose asked once per session
    seen: list[tuple[float, int]] = []
    opened = 0
    try:
        while not Path(stop).exists():
            started = time.time()
            listing = search.list_observations(session, limit=1000).items
            seen.append((started, len(listing)))
            subject_file.open_subject_file(session, listing[opened % len(listing)].subject_id, WHY)
            opened += 1
            Path(out + ".ready").touch()
    finally:
        session.close()
    Path(out).write_text(json.dumps({"seen": seen, "opened": opened}))


def admin_imports(folder: str, package: str, fingerprint: str, out: str) -> None:
    """The importing program: the administrator imports one package (one transaction)."""
    session = VaultAccess(Path(folder)).login(ADMIN, ADMIN_PASSWORD).session
    try:
        began = time.time()
        report = import_into(session, Path(package), fingerprint)
        Path(out).write_text(json.dumps({"began": began, "ended": time.time(),
                                         "status": report.status}))  # fmt: skip
    finally:
        session.close()


def wait_for(paths: list[Path], processes: list[Any], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not all(p.exists() for p in paths):
        assert all(p.is_alive() for p in processes), "an analyst's program stopped"
        assert time.monotonic() < deadline, f"not there in time: {paths}"
        time.sleep(0.05)


@pytest.fixture
def office(offices: tuple[Session, Path, Session], tmp_path: Path) -> tuple[Path, Path, str]:  # noqa: F811
    """A PostgreSQL office holding a first package, two analysts granted its sender, and
    the sender's second package (the folder, the package, the sender's fingerprint)."""
    lite, folder, ws = offices
    lite.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    fill(ws, 1)
    first = export.export_package(ws, usb)
    for round_no in (2, 3):
        fill(ws, round_no)
    second = export.export_package(ws, usb)
    fingerprint = keys.own_workstation_fingerprint(ws)
    ws.close()
    admin = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        assert import_into(admin, first.path, fingerprint).status == "imported"
        for name in ANALYSTS:
            users.add_user(admin, name, ANALYST_PASSWORD, [Role.ANALYST],
                           must_change_password=False)  # fmt: skip
            access_grants.grant_establishment(admin, name, "Concurrency test.", "PL-WAW1")
    finally:
        admin.close()
    return folder, second.path, fingerprint


def test_two_analyst_programs_read_while_a_third_imports(
    office: tuple[Path, Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, package, fingerprint = office
    context = multiprocessing.get_context("spawn")
    stop = tmp_path / "stop"
    outs = [tmp_path / f"{name}.json" for name in ANALYSTS]
    readers = [
        context.Process(target=analyst_reads, args=(str(folder), name, str(out), str(stop)))
        for name, out in zip(ANALYSTS, outs, strict=True)
    ]
    imported = tmp_path / "import.json"
    importer = context.Process(
        target=admin_imports, args=(str(folder), str(package), fingerprint, str(imported))
    )
    try:
        for reader in readers:
            reader.start()
        wait_for([Path(str(out) + ".ready") for out in outs], readers, 120)
        importer.start()
        importer.join(timeout=300)
        time.sleep(0.5)  # a few reads after the package
    finally:
        stop.touch()
        for reader in readers:
            reader.join(timeout=120)
        for process in (*readers, importer):
            if process.is_alive():
                process.kill()
    assert [p.exitcode for p in (*readers, importer)] == [0, 0, 0]
    done = json.loads(imported.read_text())
    assert done["status"] == "imported"
    results = [json.loads(out.read_text()) for out in outs]

    analyst = VaultAccess(folder).login(ANALYSTS[0], ANALYST_PASSWORD).session
    analyst.justification = (WHY.reason.value, WHY.text)
    try:
        after = len(search.list_observations(analyst, limit=1000).items)
    finally:
        analyst.close()
    admin = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        counts = [n for result in results for _, n in result["seen"]]
        assert counts
        before = min(counts)
        # Each read saw the store before or after the package, never part of it.
        assert set(counts) <= {before, after} and after > before
        during = [t for result in results for t, _ in result["seen"]
                  if done["began"] <= t <= done["ended"]]  # fmt: skip
        assert during, "no analyst read while the package imported"
        # No lost update: every consultation each analyst's program made is in the chain.
        assert len(results) == len(ANALYSTS) == 2
        for index, name in enumerate(ANALYSTS):
            logged = audit.read_entries(admin.con, user=name, action="subject_file_opened")
            opened = results[index]["opened"]
            assert opened > 0 and len(logged) == opened, name
    finally:
        admin.close()
    password_file = tmp_path / "admin-pw"
    password_file.write_text(ADMIN_PASSWORD + "\n")
    verified = run_in_process(
        ["--json", "--vault", str(folder), "--user", ADMIN, "--password-file",
         str(password_file), "audit", "verify"],
        monkeypatch, None,
    )  # fmt: skip
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["ok"] is True
