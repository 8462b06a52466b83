"""The `radprev` contract for vault, accounts, audit, doctor, backup and restore."""

from __future__ import annotations

import json
from pathlib import Path

from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault.store import Vault
from tests.cli.conftest import Run
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD
from tests.unit.test_cipher_settings import make_older_vault


def test_init_prints_recovery_code_once_and_calibrates(tmp_path: Path, radprev: Run) -> None:
    folder = tmp_path / "fresh"
    result = radprev(
        "init",
        "--establishment",
        "PL-KRK2",
        "--admin",
        "boss",
        "--unit",
        "A=Wing A",
        user=None,
        vault=folder,
    )
    assert result.returncode == 0, result.stderr
    assert "Recovery code" in result.stdout
    keys = Vault(folder).read_keys()
    assert keys.kdf_default.memory_kib >= 64 * 1024
    again = radprev("--json", "user", "list", user="boss", vault=folder)
    assert again.returncode == 0, again.stderr
    assert [u["username"] for u in json.loads(again.stdout)] == ["boss"]


def test_user_lifecycle_and_json(radprev: Run, password_file) -> None:  # type: ignore[no-untyped-def]
    new_pw = password_file(PASSWORD)
    added = radprev("user", "add", "olga", "--role", "officer", "--new-password-file", str(new_pw))
    assert added.returncode == 0, added.stderr
    listed = json.loads(radprev("--json", "user", "list").stdout)
    olga = next(u for u in listed if u["username"] == "olga")
    assert olga["roles"] == ["officer"] and olga["must_change_password"]
    assert radprev("user", "disable", "olga").returncode == 0
    # Disabling removed the key slot: the password opens nothing at all.
    refused = radprev("user", "list", user="olga", password=PASSWORD)
    assert refused.returncode == 1 and "not right" in refused.stderr
    temporary = password_file("temporary-password-2")
    enabled = radprev("user", "enable", "olga", "--new-password-file", str(temporary))
    assert enabled.returncode == 0, enabled.stderr
    listed = json.loads(radprev("--json", "user", "list").stdout)
    assert next(u for u in listed if u["username"] == "olga")["must_change_password"]
    removed = radprev("user", "remove", "olga")
    assert removed.returncode == 0, removed.stderr
    gone = radprev("user", "list", user="olga", password=PASSWORD)
    assert gone.returncode == 1
    assert gone.stderr.count("\n") == 1 and gone.stderr.startswith("radprev: ")


def test_officer_cannot_manage_users(radprev: Run, password_file) -> None:  # type: ignore[no-untyped-def]
    pw = password_file(PASSWORD)
    radprev("user", "add", "olga", "--role", "officer", "--new-password-file", str(pw))
    result = radprev(
        "user",
        "add",
        "x1",
        "--role",
        "officer",
        "--new-password-file",
        str(pw),
        user="olga",
        password=PASSWORD,
    )
    assert result.returncode == 1 and "administrator" in result.stderr


def test_wrong_password_is_exit_1_one_line(radprev: Run, cli_vault: Path) -> None:
    before = (cli_vault / "vault.db").read_bytes()
    result = radprev("user", "list", password="wrong-password-1")
    assert result.returncode == 1
    assert result.stderr.strip() == "radprev: The username or password is not right."
    assert (cli_vault / "vault.db").read_bytes() == before


def test_bad_usage_is_exit_2(radprev: Run) -> None:
    assert radprev("no-such-command").returncode == 2
    assert radprev("user", "add", "x", "--role", "emperor").returncode == 2


def test_no_password_without_terminal_is_usage_error(radprev: Run) -> None:
    result = radprev("user", "list", password=None, stdin="")
    assert result.returncode == 2 and "--password-file" in result.stderr


def test_audit_verify_and_tamper(radprev: Run, cli_vault: Path) -> None:
    ok = radprev("--json", "audit", "verify")
    assert ok.returncode == 0 and json.loads(ok.stdout)["ok"]
    session = VaultAccess(cli_vault).login(ADMIN, ADMIN_PASSWORD).session
    session.con.execute("DROP TRIGGER audit_no_update")
    session.con.execute("UPDATE audit SET details = '{\"x\": 1}' WHERE seq = 2")
    session.close()
    broken = radprev("audit", "verify")
    assert broken.returncode == 3  # Exit.CHECK_FAILED: it ran, the log is broken
    assert "entry 2" in broken.stdout and "altered" in broken.stdout


def test_audit_list_is_for_auditors_and_is_logged(radprev: Run, password_file) -> None:  # type: ignore[no-untyped-def]
    pw = password_file(PASSWORD)
    radprev("user", "add", "aida", "--role", "auditor", "--new-password-file", str(pw))
    refused = radprev("audit", "list")
    assert refused.returncode == 1 and "auditor" in refused.stderr
    # The password an administrator set works for nothing but changing it.
    temporary = radprev("--json", "audit", "list", user="aida", password=PASSWORD)
    assert temporary.returncode == 1 and "choose a new one" in temporary.stderr
    assert temporary.stdout == ""
    unchecked = radprev("audit", "verify", user="aida", password=PASSWORD)
    assert unchecked.returncode == 1 and "choose a new one" in unchecked.stderr
    own = password_file("aida-own-password-5")
    changed = radprev(
        "user", "passwd", "aida", "--new-password-file", str(own), user="aida", password=PASSWORD
    )
    assert changed.returncode == 0, changed.stderr
    listed = radprev("--json", "audit", "list", user="aida", password="aida-own-password-5")
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    assert any(e["action"] == "user_added" for e in entries)
    second = json.loads(
        radprev("--json", "audit", "list", user="aida", password="aida-own-password-5").stdout
    )
    assert any(e["action"] == "audit_read" for e in second)


def test_doctor_reports_ok_then_finds_damage(radprev: Run, cli_vault: Path) -> None:
    ok = radprev("--json", "doctor")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    checks = json.loads(ok.stdout)["checks"]
    names = [c["name"] for c in checks]
    assert names == [
        "cipher",
        "page HMAC",
        "schema",
        "database integrity",
        "key file",
        "key slots",
        "key changes",
        "backups",
        "audit chain",
    ]
    assert next(c for c in checks if c["name"] == "page HMAC")["detail"] == "HMAC_SHA256"
    session = VaultAccess(cli_vault).login(ADMIN, ADMIN_PASSWORD).session
    session.con.execute("DROP TRIGGER audit_no_delete")
    session.con.execute("DELETE FROM audit WHERE seq = 1")
    session.close()
    bad = radprev("doctor")
    assert bad.returncode == 3 and "FAIL audit chain" in bad.stdout


def _page_hmac(radprev: Run) -> str:
    checks = json.loads(radprev("--json", "doctor").stdout)["checks"]
    found = [c["detail"] for c in checks if c["name"] == "page HMAC"]
    assert len(found) == 1
    return str(found[0])


def test_rekey_upgrades_an_older_vaults_pages(radprev: Run, cli_vault: Path) -> None:
    """IT's upgrade of a vault made before decision 0030: doctor tells, `radprev rekey` does it."""
    make_older_vault(VaultAccess(cli_vault).login(ADMIN, ADMIN_PASSWORD).session)
    assert _page_hmac(radprev).startswith("HMAC_SHA512 (older vault: `radprev rekey`")
    done = radprev("rekey")
    assert done.returncode == 0, done.stdout + done.stderr
    assert _page_hmac(radprev) == "HMAC_SHA256"
    assert Vault(cli_vault).read_keys().cipher.hmac_algorithm == "HMAC_SHA256"


def test_backup_and_restore(radprev: Run, cli_vault: Path, password_file) -> None:  # type: ignore[no-untyped-def]
    made = radprev("--json", "backup")
    assert made.returncode == 0, made.stderr
    folder = json.loads(made.stdout)["backup"]
    radprev(
        "user",
        "add",
        "later",
        "--role",
        "officer",
        "--new-password-file",
        str(password_file(PASSWORD)),
    )
    no_tty = radprev("restore", folder)
    assert no_tty.returncode == 2 and "--yes" in no_tty.stderr
    restored = radprev("--json", "restore", folder, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert json.loads(restored.stdout)["audit_entries_dropped"] >= 1
    users = json.loads(radprev("--json", "user", "list").stdout)
    assert [u["username"] for u in users] == [ADMIN]


def test_missing_key_file_is_a_clear_refusal(radprev: Run, cli_vault: Path) -> None:
    (cli_vault / "vault.keys").unlink()
    result = radprev("user", "list")
    assert result.returncode == 4 and "vault.keys is missing" in result.stderr  # DAMAGED


def test_recover_with_code_file(tmp_path: Path, radprev: Run, password_file) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import create_vault

    folder = tmp_path / "rec"
    session, code = create_vault(folder)
    session.close()
    code_file = tmp_path / "code"
    code_file.write_text(code + "\n")
    result = radprev(
        "recover",
        ADMIN,
        "--recovery-code-file",
        str(code_file),
        "--new-password-file",
        str(password_file("recovered-password-1")),
        user=None,
        password=None,
        vault=folder,
    )
    assert result.returncode == 0, result.stderr
    ok = radprev("user", "list", password="recovered-password-1", vault=folder)
    assert ok.returncode == 0


def test_init_without_a_terminal_names_its_own_password_option(
    tmp_path: Path, radprev: Run
) -> None:
    """`init` reads the new administrator's password from --password-file; the refusal
    without a terminal named --new-password-file, which init does not have (met by an
    IT administrator scripting `init --mode central`)."""
    result = radprev(
        "init", "--establishment", "PL-KRK2", "--admin", "boss", user=None, password=None,
        vault=tmp_path / "fresh",
    )  # fmt: skip
    assert result.returncode != 0
    assert "--password-file" in result.stderr
    assert "--new-password-file" not in result.stderr
    assert not (tmp_path / "fresh").exists()
