"""A crash at any point of a rekey or slot write leaves the vault openable."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from radprev_desktop.core.errors import WrongPassword
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault import anchor_file
from radprev_desktop.core.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD, create_vault

ROOT = Path(__file__).resolve().parents[2]


def prepare(folder: Path, filler_mib: int = 0) -> None:
    session, _ = create_vault(folder)
    for name, role in (("olga", Role.OFFICER), ("stefan", Role.SUPERVISOR)):
        users.add_user(session, name, PASSWORD, [role], must_change_password=False)
    if filler_mib:
        # Bulk so the rekey takes long enough to be killed in the middle.
        with session.transaction() as con:
            con.execute("CREATE TABLE filler (blob BLOB)")
            con.executemany(
                "INSERT INTO filler VALUES (?)",
                [(os.urandom(4096),) for _ in range(256 * filler_mib)],
            )
    session.close()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed vault as `prepare` leaves it, made once per module and process, to copy."""
    folder = tmp_path_factory.mktemp("crash") / "vault"
    prepare(folder)
    return folder


def run_child(folder: Path, point: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.security.crash_helper", str(folder), point],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def assert_openable(folder: Path, olga_removed: bool | None) -> None:
    vault = VaultAccess(folder)
    for name, password in ((ADMIN, ADMIN_PASSWORD), ("stefan", PASSWORD)):
        result = vault.login(name, password)
        # A crash is never mistaken for tampering: the audit anchor (vault.anchor) opens
        # with whichever key won and is never ahead of the log.
        assert result.audit_check.ok, result.audit_check.reason
        session = result.session
        assert session.con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        session.close()
    if olga_removed is True:
        with pytest.raises(WrongPassword):
            vault.login("olga", PASSWORD)
    assert not (folder / "vault.db.rekey").exists()
    # After recovery exactly one key generation remains.
    assert len(Vault(folder).read_keys().generations()) == 1
    # ...and the anchor moved on under it after those logins (none left behind for good).
    held = anchor_file.parse_slots((folder / "vault.anchor").read_bytes())
    assert held and {s.generation for s in held} == set(Vault(folder).read_keys().generations())


@pytest.mark.parametrize(
    ("point", "olga_removed"),
    [
        ("keys-pending", True),
        ("keys-half-written", None),
        ("before-rename", True),
        ("after-rename", True),
        ("final-keys", True),
        ("anchor-new-key", True),
        ("slot-before-keys", None),
    ],
)
def test_crash_at_each_step(
    tmp_path: Path, prepared: Path, point: str, olga_removed: bool | None
) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(prepared, folder)
    child = run_child(folder, point)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 9, (out, err)
    assert "finished" not in out
    assert_openable(folder, olga_removed)


def test_killed_at_random_moments_during_rekey(tmp_path: Path) -> None:
    outcomes = set()
    template = tmp_path / "template"
    prepare(template, filler_mib=24)  # made once (24 MiB encrypted), copied for each kill
    for delay in (0.05, 0.2, 0.4, 0.7, 1.0):
        folder = tmp_path / f"vault-{delay}"
        shutil.copytree(template, folder)
        child = run_child(folder, "none")
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=120)
        outcomes.add("finished" in out)
        assert_openable(folder, None)
        # Whatever happened, the vault now opens with exactly one key set.
        generation = Vault(folder).read_keys().generations()[0]
        assert generation in (1, 2)


def test_an_officer_opening_first_after_a_crash_in_the_anchor_step(
    tmp_path: Path, prepared: Path
) -> None:
    """Killed once the new key's anchor slot is written: the old key wins at the next
    opening, and vault.anchor keeps only its slot, so the anchor moves on again even
    before an administrator finishes the removal (no writer waits for a key that lost)."""
    folder = tmp_path / "vault"
    shutil.copytree(prepared, folder)
    child = run_child(folder, "anchor-new-key")
    out, err = child.communicate(timeout=120)
    assert child.returncode == 9, (out, err)
    assert {
        s.generation for s in anchor_file.parse_slots((folder / "vault.anchor").read_bytes())
    } == {1, 2}
    vault = VaultAccess(folder)
    for _ in range(2):
        result = vault.login("stefan", PASSWORD)
        assert result.audit_check.ok, result.audit_check.reason
        head = result.session.con.execute("SELECT max(seq) FROM audit").fetchone()[0]
        result.session.close()
    held = anchor_file.parse_slots((folder / "vault.anchor").read_bytes())
    assert held and {s.generation for s in held} == {1}
    assert max(s.anchor.seq for s in held) == head + 1  # the logout's entry
