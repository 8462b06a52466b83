"""SQLite's wiping of freed memory: off by default, on where the machine asks (decision 0026).

`cipher_memory_security` is per process and cannot be turned off once on, so each case
opens a vault through the door in a fresh process with the machine setting as given.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import connection
from tests.conftest import create_vault

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import sys; from radprev_desktop.core.services.vault_access import VaultAccess; "
    "from tests.factories import ADMIN, ADMIN_PASSWORD; "
    "s = VaultAccess(sys.argv[1]).login(ADMIN, ADMIN_PASSWORD).session; "
    "print(s.con.execute('PRAGMA cipher_memory_security').fetchone()[0]); s.close()"
)


def _wiping_in_a_new_process(folder: Path, setting: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != connection.WIPE_FREED_MEMORY}
    if setting is not None:
        env[connection.WIPE_FREED_MEMORY] = setting
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("setting", "expected"), [(None, "0"), ("0", "0"), ("", "0"), ("1", "1"), ("on", "1")]
)
def test_machine_setting_decides_the_wiping(
    tmp_path: Path, setting: str | None, expected: str
) -> None:
    folder = tmp_path / "vault"
    session, _ = create_vault(folder)
    session.close()
    assert _wiping_in_a_new_process(folder, setting) == expected


def test_test_processes_run_as_production(admin: Session) -> None:
    # No override in tests/conftest.py any more: this process opened its vaults as the
    # application does, so the wiping is whatever the machine setting says (off here).
    expected = "1" if connection.wiping_requested() else "0"
    assert str(admin.con.execute("PRAGMA cipher_memory_security").fetchone()[0]) == expected
