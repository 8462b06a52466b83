"""No plaintext of the vault's contents in any file of the vault folder."""

from __future__ import annotations

from pathlib import Path

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import users
from radprev_desktop.core.services.vault_access import create_backup
from radprev_desktop.core.session import Session

CANARY = "Canary-Żółć-Ђорђе-7f3a9c"


def all_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def test_canary_display_name_is_in_no_file(admin: Session, vault_dir: Path) -> None:
    users.add_user(admin, "canary", "canary-password-1", [Role.OFFICER], display_name=CANARY)
    create_backup(admin)
    admin.con.execute("PRAGMA wal_checkpoint(PASSIVE)")
    needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), b"Canary-"]
    files = all_bytes(vault_dir)
    assert any(p.name == "vault.db" for p, _ in files)
    assert any("backups" in p.parts for p, _ in files)
    for path, data in files:
        assert needles, "nothing to check"
        for needle in needles:
            assert needle not in data, f"plaintext found in {path}"


def test_no_key_material_outside_wrapped_form(admin: Session, vault_dir: Path) -> None:
    key = bytes(admin.vault_key.view())
    files = list(all_bytes(vault_dir))
    assert files
    for path, data in files:
        assert key not in data and key.hex().encode() not in data, path
