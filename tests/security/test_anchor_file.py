"""vault.anchor (decision 0033): the audit anchor in its own file cannot be removed,
replaced, forged or rolled back unnoticed, survives a torn slot, an older vault's
upgrade, a rekey and two processes writing at once.

Each attack is made on the files with the vault closed, as someone with access to
the folder (but not the key) would; then the vault is opened the normal way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from radprev_desktop.core import audit, crypto
from radprev_desktop.core.errors import StorageError
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import users, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import anchor_file, database_file
from radprev_desktop.core.vault import keys as slots
from radprev_desktop.core.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD, create_vault
from tests.security.test_audit_anchor import drop_guards, fill

ROOT = Path(__file__).resolve().parents[2]


def anchor_of(folder: Path) -> Path:
    return folder / "vault.anchor"


def login_check(folder: Path) -> audit.AnchorCheck:
    """Log in, return what the opening found, log out."""
    result = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD)
    result.session.close()
    return result.audit_check


def assert_reported(folder: Path, kind: str) -> None:
    """`audit verify` and a login each report `kind`; recorded once, it stays visible."""
    copy = folder.parent / f"{folder.name}-copy"
    shutil.copytree(folder, copy)
    report = VaultAccess(copy).verify_audit(ADMIN, ADMIN_PASSWORD).report
    assert not report.ok and "vault.anchor" in report.reason
    result = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD)
    session = result.session
    try:
        assert result.audit_check.kind == kind and not result.audit_check.ok
        assert "vault.anchor" in result.audit_check.reason
        assert [e.details["kind"] for e in audit.incidents(session.con)] == [kind]
    finally:
        session.close()
    # The anchor restarted in a new file: the next opening is clean, the incident stays.
    assert anchor_of(folder).stat().st_size == anchor_file.FILE_BYTES
    later = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD)
    assert later.audit_check.ok
    assert not audit.verify_chain(later.session.con).ok  # past incidents stay visible
    later.session.close()


def test_a_commit_moves_the_anchor_file_and_leaves_vault_keys_alone(
    admin: Session, vault_dir: Path
) -> None:
    keys = vault_dir / "vault.keys"
    before = (keys.stat().st_ino, keys.read_bytes())
    assert Vault(vault_dir).read_keys().anchor_in_file
    for n in range(1, 4):
        fill(admin, n)
        held = Vault(vault_dir).anchor_reading(admin.vault_key)
        head_seq, head_hash = audit.head(admin.con)
        assert held.problem == "" and held.anchor == slots.AuditAnchor(head_seq, head_hash)
        assert (keys.stat().st_ino, keys.read_bytes()) == before
    # The two slots hold the last two anchors; the file stays two slots long.
    data = anchor_of(vault_dir).read_bytes()
    assert len(data) == anchor_file.FILE_BYTES
    seqs = sorted(s.anchor.seq for s in anchor_file.parse_slots(data))
    assert len(seqs) == 2 and seqs[1] == audit.head(admin.con)[0] and seqs[0] < seqs[1]
    # The close flushes the file and vault.keys records that anchor (the floor).
    admin.close()
    recorded = Vault(vault_dir).read_keys().audit_anchor
    assert recorded is not None and recorded == anchor_file.newest_unchecked(anchor_of(vault_dir))


def test_deleting_the_anchor_file_is_reported(admin: Session, vault_dir: Path) -> None:
    fill(admin)
    admin.close()
    anchor_of(vault_dir).unlink()
    assert_reported(vault_dir, "anchor_file_missing")


@pytest.mark.parametrize("size", [0, 100, anchor_file.SLOT_BYTES])
def test_truncating_the_anchor_file_is_reported(admin: Session, vault_dir: Path, size: int) -> None:
    fill(admin)
    admin.close()
    path = anchor_of(vault_dir)
    data = path.read_bytes()
    best = anchor_file.newest(anchor_file.parse_slots(data))
    assert best is not None
    # Keep the older slot's bytes when cutting at one slot: still behind vault.keys' record.
    kept = data[: anchor_file.SLOT_BYTES] if best.index == 1 else data[anchor_file.SLOT_BYTES :]
    path.write_bytes(kept[:size])
    assert_reported(vault_dir, "anchor_file_damaged" if size < 128 else "anchor_file_older")


def test_an_anchor_file_from_another_vault_is_reported(
    admin: Session, vault_dir: Path, tmp_path: Path
) -> None:
    other, _ = create_vault(tmp_path / "other")
    fill(other, 20)  # further on than this vault: it would hide a cut
    other.close()
    admin.close()
    shutil.copyfile(anchor_of(tmp_path / "other"), anchor_of(vault_dir))
    assert_reported(vault_dir, "anchor_file_damaged")


def test_an_older_copy_of_the_anchor_file_is_reported(admin: Session, vault_dir: Path) -> None:
    fill(admin, 2)
    admin.close()
    old = anchor_of(vault_dir).read_bytes()
    session = VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD).session
    fill(session, 5)
    session.close()
    anchor_of(vault_dir).write_bytes(old)
    assert_reported(vault_dir, "anchor_file_older")


def test_a_forged_slot_is_reported(admin: Session, vault_dir: Path) -> None:
    """Without the key, lowering the anchor (to hide a cut) breaks both slots' HMAC."""
    fill(admin)
    admin.close()
    path = anchor_of(vault_dir)
    data = bytearray(path.read_bytes())
    assert anchor_file.parse_slots(bytes(data))
    for slot in anchor_file.parse_slots(bytes(data)):
        at = (
            slot.index * anchor_file.SLOT_BYTES + 20
        )  # the anchored seq (after magic, counter, gen)
        data[at : at + 8] = (1).to_bytes(8, "big")
    path.write_bytes(bytes(data))
    assert_reported(vault_dir, "anchor_file_damaged")


def test_a_torn_slot_falls_back_to_the_other_slot(admin: Session, vault_dir: Path) -> None:
    fill(admin, 2)
    fill(admin, 2)
    admin.discard()  # a crash: no close, so nothing flushed or recorded since the login
    path = anchor_of(vault_dir)
    data = bytearray(path.read_bytes())
    found = anchor_file.parse_slots(bytes(data))
    assert len(found) == 2
    best = anchor_file.newest(found)
    assert best is not None
    other = next(s for s in found if s.index != best.index)
    end = (best.index + 1) * anchor_file.SLOT_BYTES
    data[end - 40 : end] = bytes(40)  # the end of the newest slot never reached the disk
    path.write_bytes(bytes(data))
    result = VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)
    assert result.audit_check.ok and result.audit_check.anchor_seq == other.anchor.seq
    result.session.close()


def test_an_older_vault_is_upgraded_at_its_first_opening(admin: Session, vault_dir: Path) -> None:
    """vault.keys as main's code wrote it (anchor inside, no anchor file) keeps its anchor."""
    fill(admin, 6)
    key = admin.vault_key
    vault = Vault(vault_dir)
    key_file = vault.read_keys()
    head = slots.AuditAnchor(*audit.head(admin.con))
    drop_guards(admin)
    admin.con.execute("DELETE FROM audit WHERE seq > ?", (head.seq - 2,))  # a cut meanwhile
    old_format = replace(key_file, anchor_in_file=False, audit_anchor=head).sealed_with({1: key})
    admin.discard()
    slots.write_key_file(vault_dir / "vault.keys", old_format)
    anchor_of(vault_dir).unlink()
    assert b"audit_anchor_file" not in (vault_dir / "vault.keys").read_bytes()
    result = VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)
    assert result.audit_check.kind == "cut" and result.audit_check.anchor_seq == head.seq
    result.session.close()
    upgraded = Vault(vault_dir).read_keys()
    assert upgraded.anchor_in_file and anchor_of(vault_dir).exists()
    assert login_check(vault_dir).ok
    # From now on the anchor file is required.
    anchor_of(vault_dir).unlink()
    assert login_check(vault_dir).kind == "anchor_file_missing"


def test_a_rekey_seals_the_anchor_under_the_new_key(admin: Session, vault_dir: Path) -> None:
    users.add_user(admin, "olga", PASSWORD, [Role.OFFICER], must_change_password=False)
    fill(admin, 3)
    before = anchor_of(vault_dir).read_bytes()
    vault_access.remove_user(admin, "olga")
    fill(admin, 2)
    key_file = Vault(vault_dir).read_keys()
    assert key_file.generations() == [2] and key_file.anchor_in_file
    held = Vault(vault_dir).anchor_reading(admin.vault_key)
    assert held.problem == "" and held.anchor == slots.AuditAnchor(*audit.head(admin.con))
    admin.close()
    assert login_check(vault_dir).ok
    # The file as it was before the rekey (the old key's slots) is not accepted now.
    anchor_of(vault_dir).write_bytes(before)
    assert_reported(vault_dir, "anchor_file_damaged")


def test_backups_carry_the_anchor_and_a_restore_puts_it_back(
    admin: Session, vault_dir: Path
) -> None:
    fill(admin, 2)
    folder = vault_access.create_backup(admin)
    fill(admin, 4)
    admin.close()
    copied = anchor_file.newest_unchecked(folder / "vault.anchor")
    assert copied is not None
    door = VaultAccess(vault_dir)
    result = door.restore(folder, ADMIN, ADMIN_PASSWORD)
    assert (result.replaced_copy / "vault.anchor").exists()
    assert copied.seq == result.check.backup_log_head  # the copy's own head
    after = door.login(ADMIN, ADMIN_PASSWORD)
    assert after.audit_check.ok
    assert audit.verify_chain(after.session.con).ok
    after.session.close()


def test_two_processes_writing_anchors_at_once(admin: Session, vault_dir: Path) -> None:
    """The command line and the app on one vault: every write locked, none lost or torn."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.security.anchor_writer", str(vault_dir), "60"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for _ in range(60):
        fill(admin, 1)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, (out, err)
    assert "wrote 60" in out
    fill(admin, 1)  # the last commit of all is this one
    held = Vault(vault_dir).anchor_reading(admin.vault_key)
    assert held.problem == "" and held.anchor == slots.AuditAnchor(*audit.head(admin.con))
    admin.close()
    assert login_check(vault_dir).ok


def test_a_rekey_that_fails_before_the_switch_puts_the_anchor_back(
    admin: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    users.add_user(admin, "olga", PASSWORD, [Role.OFFICER], must_change_password=False)

    def full_disk(*args: object, **kwargs: object) -> Path:
        raise StorageError("The disk is full: vault.db.rekey could not be written.")

    monkeypatch.setattr(database_file, "export_rekeyed", full_disk)
    with pytest.raises(StorageError):
        vault_access.remove_user(admin, "olga")
    monkeypatch.undo()
    # The old key's slot only: its writers are not held back by a key that never came.
    held = anchor_file.parse_slots(anchor_of(vault_dir).read_bytes())
    assert held and {s.generation for s in held} == {1}
    fill(admin, 2)
    reading = Vault(vault_dir).anchor_reading(admin.vault_key)
    assert reading.problem == "" and reading.anchor == slots.AuditAnchor(*audit.head(admin.con))
    admin.close()
    assert login_check(vault_dir).ok


def test_a_planted_slot_does_not_stop_the_anchor(admin: Session, vault_dir: Path) -> None:
    """Whoever can write the folder (no key) puts a slot of a 'newer generation' in the file:
    writers go by vault.keys, not by slots, so the anchor keeps moving."""
    fill(admin, 2)
    path = anchor_of(vault_dir)
    data = bytearray(path.read_bytes())
    best = anchor_file.newest(anchor_file.parse_slots(bytes(data)))
    assert best is not None
    other = 1 - best.index
    planted = bytearray(anchor_file.SLOT_BYTES)
    planted[:8] = anchor_file.MAGIC
    planted[8:16] = (best.counter + 5).to_bytes(8, "big")
    planted[16:20] = (99).to_bytes(4, "big")  # generation 99: "a rekey began"
    at = other * anchor_file.SLOT_BYTES
    data[at : at + anchor_file.SLOT_BYTES] = planted
    path.write_bytes(bytes(data))
    fill(admin, 3)
    held = Vault(vault_dir).anchor_reading(admin.vault_key)
    assert held.problem == "" and held.anchor == slots.AuditAnchor(*audit.head(admin.con))
    admin.close()
    assert login_check(vault_dir).ok


def test_a_session_derives_its_anchor_seal_once_and_still_seals_every_commit(
    admin: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key id and the slot HMAC key are derived once per key, not per audited commit
    (they were most of an anchor write's CPU); every commit still moves the anchor."""
    fill(admin, 1)  # the seal of this session's key is kept from here on
    derived: list[bytes] = []
    real_subkey = crypto.subkey

    def counting(key: crypto.SecretBytes, label: bytes) -> crypto.SecretBytes:
        derived.append(label)
        return real_subkey(key, label)

    for n in range(1, 6):
        monkeypatch.setattr(crypto, "subkey", counting)
        fill(admin, n)  # one audited commit: its anchor write derives nothing
        monkeypatch.undo()
        held = Vault(vault_dir).anchor_reading(admin.vault_key)
        assert held.problem == "" and held.anchor == slots.AuditAnchor(*audit.head(admin.con))
    assert derived == []
    monkeypatch.undo()
    admin.close()
    assert login_check(vault_dir).ok


def test_a_dropped_seal_wipes_its_key() -> None:
    seal = anchor_file.Seal(crypto.SecretBytes.random(), "vault-id")
    mac_key = seal._mac_key
    assert not mac_key.wiped
    del seal
    assert mac_key.wiped


def test_a_worker_thread_shares_the_kept_seal_and_its_close_breaks_no_writer(
    admin: Session, vault_dir: Path
) -> None:
    """A worker copy (the GUI's background jobs) shares the vault object, and so the kept
    seal, from another thread; its close drops the seal while the window's session is still
    writing, which must neither fail a commit nor seal a slot wrongly."""
    fill(admin, 1)
    # Dropped is not wiped while a writer still holds it (the drop happens under no file lock).
    held_seal = admin.vault.anchor._kept_seal(admin.vault_key)
    assert held_seal is not None
    admin.vault.anchor.forget_seal()
    assert len(held_seal.encode(0, 1, 1, slots.AuditAnchor(1, "00" * 32))) == anchor_file.SLOT_BYTES
    del held_seal
    failures: list[BaseException] = []

    def work() -> None:
        try:
            worker = admin.worker_copy()
            for _ in range(15):
                fill(worker, 1)
            worker.close()  # its logout entry, then settle: the kept seal is dropped
        except BaseException as exc:  # handed to the test thread
            failures.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    for _ in range(15):
        fill(admin, 1)
    thread.join()
    assert failures == []
    fill(admin, 1)  # a writer after the drop derives the seal again
    held = Vault(vault_dir).anchor_reading(admin.vault_key)
    assert held.problem == "" and held.anchor == slots.AuditAnchor(*audit.head(admin.con))
    admin.close()
    assert login_check(vault_dir).ok


def test_a_commit_seals_its_slot_without_checking_again_the_slot_it_wrote(
    admin: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One HMAC per audited commit, its own slot's (decision 0050): the file still holds the
    bytes this writer wrote last, so its newest slot is not checked again; every commit still
    reads the file under its lock and moves the anchor."""
    fill(admin, 1)  # the session's seal is kept and knows the file from here on
    macs: list[int] = []
    real_mac = anchor_file.Seal.mac

    def counting(seal: anchor_file.Seal, index: int, body: bytes) -> bytes:
        macs.append(index)
        return real_mac(seal, index, body)

    for n in range(1, 6):
        monkeypatch.setattr(anchor_file.Seal, "mac", counting)
        fill(admin, n)
        monkeypatch.undo()
        held = Vault(vault_dir).anchor_reading(admin.vault_key)
        assert held.problem == "" and held.anchor == slots.AuditAnchor(*audit.head(admin.con))
    assert len(macs) == 5
    admin.close()
    assert login_check(vault_dir).ok


@pytest.mark.parametrize("change", ["forged newer slot", "older copy", "other writer"])
def test_a_file_changed_under_a_writer_is_checked_whole_again(
    admin: Session, vault_dir: Path, change: str
) -> None:
    """What the writer knows is only ever the exact bytes it last checked or wrote: any other
    content (a slot forged without the key, an older copy put back, another process's write)
    is checked slot by slot, as before, and the anchor still ends at the log's head."""
    fill(admin, 1)
    path = anchor_of(vault_dir)
    older = path.read_bytes()
    fill(admin, 2)
    data = bytearray(path.read_bytes())
    best = anchor_file.newest(anchor_file.parse_slots(bytes(data)))
    assert best is not None
    if change == "forged newer slot":  # the key id is public; the HMAC cannot be made
        at = (1 - best.index) * anchor_file.SLOT_BYTES
        data[at + 8 : at + 16] = (best.counter + 7).to_bytes(8, "big")
        data[at + 20 : at + 28] = (10**6).to_bytes(8, "big")
        path.write_bytes(bytes(data))
    elif change == "older copy":
        path.write_bytes(older)
    else:  # the command line's session, in its own connection and seal, commits meanwhile
        other = VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD).session
        fill(other, 1)
        other.discard()
    checked: list[int] = []
    real_valid = anchor_file.Seal.newest_valid

    def watching(seal: anchor_file.Seal, data: bytes, generation: int) -> object:
        checked.append(generation)
        return real_valid(seal, data, generation)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(anchor_file.Seal, "newest_valid", watching)
        fill(admin, 1)
    assert checked  # the changed file was checked, not taken as known
    head = slots.AuditAnchor(*audit.head(admin.con))
    held = Vault(vault_dir).anchor_reading(admin.vault_key)
    assert held.problem == "" and held.anchor == head
    with pytest.MonkeyPatch.context() as patch:
        checked.clear()
        patch.setattr(anchor_file.Seal, "newest_valid", watching)
        fill(admin, 1)  # unchanged since this writer's own write: known
    assert checked == []
    admin.close()
    assert login_check(vault_dir).ok
