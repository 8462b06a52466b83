"""`radprev doctor`: before login for support staff, and on a vault with a damaged page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Run

PAGE = 4096


def _checks(stdout: str) -> dict[str, dict[str, object]]:
    report = json.loads(stdout)
    checks = {c["name"]: c for c in report["checks"]}
    assert checks
    return checks


def test_pre_login_needs_no_password(radprev: Run, cli_vault: Path) -> None:
    result = radprev("--json", "doctor", "--pre-login", user=None, password=None)
    checks = _checks(result.stdout)
    for name in (
        "versions",
        "folder permissions",
        "disk space",
        "vault files",
        "backup age",
        "key file",
        "key generations",
        "audit anchor",
        "leftover files",
    ):
        assert name in checks, name
    assert "SQLCipher" in str(checks["versions"]["detail"])
    assert checks["vault files"]["ok"] is True
    assert checks["audit anchor"]["ok"] is True
    assert checks["backup age"]["ok"] is False  # no backup yet
    assert result.returncode == 3  # Exit.CHECK_FAILED
    assert radprev("backup").returncode == 0
    after = radprev("--json", "doctor", "--pre-login", user=None, password=None)
    assert _checks(after.stdout)["backup age"]["ok"] is True
    assert after.returncode == 0, after.stdout


def test_pre_login_names_an_unreadable_key_file(radprev: Run, cli_vault: Path) -> None:
    (cli_vault / "vault.keys").unlink()
    result = radprev("--json", "doctor", "--pre-login", user=None, password=None)
    checks = _checks(result.stdout)
    assert checks["vault files"]["ok"] is False
    assert "vault.keys is missing" in str(checks["vault files"]["detail"])
    assert result.returncode == 3


def test_pre_login_names_a_missing_anchor_file(radprev: Run, cli_vault: Path) -> None:
    (cli_vault / "vault.anchor").unlink()
    result = radprev("--json", "doctor", "--pre-login", user=None, password=None)
    checks = _checks(result.stdout)
    assert checks["audit anchor"]["ok"] is False
    assert "vault.anchor is missing" in str(checks["audit anchor"]["detail"])
    assert result.returncode == 3


@pytest.mark.parametrize("page", [5, 12, 40])
def test_doctor_on_a_vault_with_one_zeroed_page(
    radprev: Run, cli_vault: Path, page: int, _logs_in_tmp: Path
) -> None:
    assert radprev("demo", "--subjects", "20", "--observations", "60").returncode == 0
    db = cli_vault / "vault.db"
    assert db.stat().st_size > page * PAGE
    with open(db, "r+b") as fh:
        fh.seek((page - 1) * PAGE)
        fh.write(b"\0" * PAGE)
    result = radprev("--json", "doctor")
    assert "Traceback" not in result.stderr and result.stderr.count("\n") <= 1
    assert result.returncode == 3
    failed = {n: c for n, c in _checks(result.stdout).items() if not c["ok"]}
    assert failed
    assert any("damaged" in str(c["detail"]) for c in failed.values()), failed
    assert list(_logs_in_tmp.glob("crash-*")) == []
