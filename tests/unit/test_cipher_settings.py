"""Cipher settings of the vault database (decision 0030): new vaults use HMAC-SHA256 per
page, recorded in vault.keys (inside its HMAC); vaults without the record keep SQLCipher 4's
defaults and open as before; a rekey writes the new settings (the upgrade of an older vault);
backups, restores and worker connections follow the database's own settings."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from radprev_desktop.core import crypto
from radprev_desktop.core.errors import VaultDamaged, VaultTooNew, WrongPassword
from radprev_desktop.core.services import subjects, vault_access
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import backup
from radprev_desktop.core.vault import keys as slots
from radprev_desktop.core.vault.connection import (
    NEW_VAULTS,
    SQLCIPHER4_DEFAULTS,
    CipherSettings,
    attach_keyed,
    connect,
    settings_of,
)
from tests.factories import ADMIN, ADMIN_PASSWORD, login, subject


def _opens_with(db: Path, key: crypto.SecretBytes, cipher: CipherSettings) -> bool:
    try:
        connect(db, key, cipher=cipher).close()
    except WrongPassword:
        return False
    return True


def _raw_keys(folder: Path) -> dict[str, object]:
    data = json.loads((folder / "vault.keys").read_bytes())
    assert isinstance(data, dict)
    return data


def make_older_vault(session: Session) -> Path:
    """Turn the session's vault into one made before decision 0030: the database written
    with SQLCipher 4's defaults (HMAC-SHA512) and vault.keys without a cipher record."""
    vault = session.vault
    key = crypto.SecretBytes(bytearray(session.vault_key.view()))  # closing wipes the session's
    key_file, gen = vault.current_keys(key)
    old = vault.folder / "vault.db.old"
    con = session.con
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    attach_keyed(con, old, "old", key, SQLCIPHER4_DEFAULTS)
    con.execute("SELECT sqlcipher_export('old')")
    version = con.execute("PRAGMA user_version").fetchone()[0]
    con.execute(f"PRAGMA old.user_version = {int(version)}")
    con.execute("DETACH DATABASE old")
    folder = vault.folder
    session.close()
    for leftover in ("vault.db-wal", "vault.db-shm"):
        (folder / leftover).unlink(missing_ok=True)
    old.replace(folder / "vault.db")
    slots.write_key_file(
        vault.keys_path, replace(key_file, cipher=SQLCIPHER4_DEFAULTS).sealed_with({gen: key})
    )
    key.wipe()
    return folder


def test_a_new_vault_records_hmac_sha256_and_its_pages_use_it(admin: Session) -> None:
    raw = _raw_keys(admin.vault.folder)
    assert raw["cipher"] == {"hmac_algorithm": "HMAC_SHA256"}
    assert admin.vault.read_keys().cipher == NEW_VAULTS
    assert settings_of(admin.con) == NEW_VAULTS
    key = admin.vault_key
    assert _opens_with(admin.vault.db_path, key, NEW_VAULTS)
    assert not _opens_with(admin.vault.db_path, key, SQLCIPHER4_DEFAULTS)
    worker = admin.worker_connection()
    try:
        assert settings_of(worker) == NEW_VAULTS
        assert worker.execute("SELECT count(*) FROM users").fetchone()[0] >= 1
    finally:
        worker.close()


def test_worker_connections_are_opened_from_worker_threads(admin: Session) -> None:
    """The GUI opens a worker's connection in the worker thread, also while the window's own
    connection is closed (a rekey in a worker): the session must not touch its connection."""
    seen: list[object] = []

    def work() -> None:
        try:
            worker = admin.worker_copy()
        except Exception as exc:  # recorded and asserted below
            seen.append(exc)
            return
        try:
            seen.append(settings_of(worker.con))
        finally:
            worker.detach_connection()
            worker.close()

    for detached in (False, True):
        if detached:
            admin.detach_connection()
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
    admin.reconnect()
    assert seen == [NEW_VAULTS, NEW_VAULTS]
    assert settings_of(admin.con) == NEW_VAULTS


def test_an_older_vault_opens_with_sqlcipher4_defaults_and_a_rekey_upgrades_it(
    admin: Session,
) -> None:
    subject(admin)  # something to find again after the upgrade
    folder = make_older_vault(admin)
    assert "cipher" not in _raw_keys(folder)
    old = login(folder, ADMIN, ADMIN_PASSWORD)
    try:
        assert settings_of(old.con) == SQLCIPHER4_DEFAULTS
        assert not _opens_with(old.vault.db_path, old.vault_key, NEW_VAULTS)
        before = old.con.execute("SELECT count(*) FROM subjects").fetchone()[0]
        assert before == 1
        vault_access.rekey(old)
        assert settings_of(old.con) == NEW_VAULTS
        assert old.vault.read_keys().cipher == NEW_VAULTS
        assert old.con.execute("SELECT count(*) FROM subjects").fetchone()[0] == before
        assert not _opens_with(old.vault.db_path, old.vault_key, SQLCIPHER4_DEFAULTS)
        entry = old.con.execute(
            "SELECT details FROM audit WHERE action = 'vault_rekeyed' ORDER BY seq DESC"
        ).fetchone()
        assert entry is not None
        assert json.loads(entry[0])["page_hmac"] == "HMAC_SHA256"
    finally:
        old.close()
    again = login(folder, ADMIN, ADMIN_PASSWORD)
    try:
        assert settings_of(again.con) == NEW_VAULTS
        assert subjects.find_by_reference(again, "PL-1001").family_name == "Kowalski"
    finally:
        again.close()


def test_an_upgrade_cut_after_the_switch_still_opens(admin: Session) -> None:
    """A rekey that stopped after renaming the new database over vault.db but before
    rewriting vault.keys: the record says SHA512, the pages are SHA256; the key decides."""
    folder = admin.vault.folder
    key_file, gen = admin.vault.current_keys(admin.vault_key)
    slots.write_key_file(
        admin.vault.keys_path,
        replace(key_file, cipher=SQLCIPHER4_DEFAULTS).sealed_with({gen: admin.vault_key}),
    )
    admin.close()
    session = login(folder, ADMIN, ADMIN_PASSWORD)
    try:
        assert settings_of(session.con) == NEW_VAULTS
    finally:
        session.close()


def test_an_unknown_or_edited_cipher_record_is_refused_in_words(admin: Session) -> None:
    folder = admin.vault.folder
    admin.close()
    raw = _raw_keys(folder)
    raw["cipher"] = {"hmac_algorithm": "HMAC_MD5"}
    raw.pop("checksum")
    raw["checksum"] = crypto.sha256_hex(slots._canonical(raw))
    (folder / "vault.keys").write_bytes(json.dumps(raw).encode())
    # A page setting this version does not know was written by a later one (decision 0034).
    with pytest.raises(VaultTooNew) as refused:
        login(folder, ADMIN, ADMIN_PASSWORD)
    assert "made by a newer version of radprev" in str(refused.value)
    assert "HMAC_MD5" in str(refused.value)
    # A known value that is not the sealed one: the MAC of vault.keys shows the edit.
    raw["cipher"] = {"hmac_algorithm": "HMAC_SHA512"}
    raw.pop("checksum")
    raw["checksum"] = crypto.sha256_hex(slots._canonical(raw))
    (folder / "vault.keys").write_bytes(json.dumps(raw).encode())
    with pytest.raises(VaultDamaged) as edited:
        login(folder, ADMIN, ADMIN_PASSWORD)
    assert "changed outside radprev" in str(edited.value)


def test_backups_keep_the_databases_settings_and_restore(admin: Session, tmp_path: Path) -> None:
    subject(admin)
    written = backup.write_backup(admin.vault.folder, admin.vault_key)
    assert slots.read_key_file(written / "vault.keys").cipher == NEW_VAULTS
    assert _opens_with(written / "vault.db", admin.vault_key, NEW_VAULTS)
    assert not _opens_with(written / "vault.db", admin.vault_key, SQLCIPHER4_DEFAULTS)
    opened = backup.open_backup(written, ADMIN, crypto.secret_from_text(ADMIN_PASSWORD))
    try:
        assert opened.con.execute("SELECT count(*) FROM subjects").fetchone()[0] == 1
    finally:
        opened.close()
    # An older vault's backup stays an older vault (its vault.keys says so): it opens too.
    folder = make_older_vault(admin)
    old = login(folder, ADMIN, ADMIN_PASSWORD)
    try:
        old_backup = backup.write_backup(folder, old.vault_key, to=tmp_path / "old-backups")
    finally:
        old.close()
    assert slots.read_key_file(old_backup / "vault.keys").cipher == SQLCIPHER4_DEFAULTS
    opened = backup.open_backup(old_backup, ADMIN, crypto.secret_from_text(ADMIN_PASSWORD))
    try:
        assert settings_of(opened.con) == SQLCIPHER4_DEFAULTS
        assert opened.con.execute("SELECT count(*) FROM subjects").fetchone()[0] == 1
    finally:
        opened.close()
    backup.stage_restore(folder, written)
    restored = login(folder, ADMIN, ADMIN_PASSWORD)
    try:
        assert settings_of(restored.con) == NEW_VAULTS
    finally:
        restored.close()


def test_the_record_takes_known_settings_only() -> None:
    assert CipherSettings.from_json(None) == SQLCIPHER4_DEFAULTS
    assert CipherSettings.from_json(NEW_VAULTS.to_json()) == NEW_VAULTS
    bad_records: list[object] = [
        {"hmac_algorithm": "HMAC_SHA1"},
        {"hmac_algorithm": 1},
        [],
        {"x": 1},
    ]
    assert bad_records
    for bad in bad_records:
        with pytest.raises(ValueError):
            CipherSettings.from_json(bad)


def test_training_vaults_use_the_new_settings_too(training_vault_files: Path) -> None:
    key_file = slots.read_key_file(training_vault_files / "vault.keys")
    assert key_file.training
    assert key_file.cipher == NEW_VAULTS
