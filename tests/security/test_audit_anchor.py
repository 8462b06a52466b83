"""The audit log cannot be cut short, rolled back or rewritten unnoticed (issue #11 item 3).

Each test plays an attacker who holds the vault key and edits the database
directly (dropping the append-only triggers), then opens the vault the normal
way. The anchor sealed in vault.keys must show the damage before anything new is
appended, every later `verify` must report it, and `doctor` must fail.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from radprev_desktop.core import audit, doctor
from radprev_desktop.core.services import audit_log, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASSWORD


def fill(session: Session, n: int = 8) -> None:
    with session.transaction():
        for i in range(n):
            session.audit("test_event", object_type="thing", object_id=f"id-{i}", details={"i": i})


def drop_guards(session: Session) -> None:
    session.con.execute("DROP TRIGGER audit_no_update")
    session.con.execute("DROP TRIGGER audit_no_delete")


def anchored_seq(folder: Path) -> int:
    anchor = Vault(folder).recorded_anchor()
    assert anchor is not None
    return anchor.seq


def recompute_chain(session: Session, start: int) -> None:
    """What a careful insider does: rehash every entry from `start` on, fix meta too."""
    con = session.con
    rows = con.execute(
        "SELECT seq, at, user, workstation, action, object_type, object_id, justification, "
        "recipient, details FROM audit WHERE seq >= ? ORDER BY seq",
        (start,),
    ).fetchall()
    assert rows
    prev = con.execute("SELECT hash FROM audit WHERE seq = ?", (start - 1,)).fetchone()[0]
    for row in rows:
        digest = audit.entry_hash(prev, *row)
        con.execute(
            "UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row[0])
        )
        prev = digest
    con.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{rows[-1][0]}:{prev}",))


def test_every_commit_moves_the_anchor_to_the_head(admin: Session, vault_dir: Path) -> None:
    fill(admin, 3)
    head_seq, head_hash = audit.head(admin.con)
    held = Vault(vault_dir).anchor_reading(admin.vault_key)
    anchor = held.anchor
    assert (
        held.problem == ""
        and anchor is not None
        and (anchor.seq, anchor.hash) == (head_seq, head_hash)
    )


def test_cut_tail_is_found_at_the_next_open_and_by_every_verify(
    admin: Session, vault_dir: Path
) -> None:
    fill(admin)
    drop_guards(admin)
    written = anchored_seq(vault_dir)
    # Cut the last three entries and make meta agree, as a careful insider would.
    admin.con.execute("DELETE FROM audit WHERE seq > ?", (written - 3,))
    head_seq, head_hash = audit.head(admin.con)
    admin.con.execute(
        "UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{head_seq}:{head_hash}",)
    )
    assert audit.verify_chain(admin.con).ok  # the chain alone cannot tell
    admin.discard()  # leave without a logout entry

    # `audit verify` checks before its own login entry is appended.
    report = VaultAccess(vault_dir).verify_audit(ADMIN, ADMIN_PASSWORD).report
    assert not report.ok
    assert "3 entries are missing" in report.reason or "tampering" in report.reason
    result = VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)
    session = result.session
    try:
        incidents = audit.incidents(session.con)
        assert incidents, "the cut must be recorded in the log itself"
        assert incidents[0].details["kind"] == "cut"
        assert incidents[0].details["anchored_seq"] == written
        # It stays visible: verify and doctor keep failing, naming it.
        again = audit_log.verify(session)
        assert not again.ok and "tampering" in again.reason
        checks = {name: ok for name, ok, _ in doctor.run(session).checks}
        assert checks["audit chain"] is False
    finally:
        session.close()
    # Detected once, recorded once: the anchor moved on past the incident.
    later = VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)
    assert later.audit_check.ok
    assert len(audit.incidents(later.session.con)) == 1
    later.session.close()


def test_rewritten_and_rehashed_chain_is_found(admin: Session, vault_dir: Path) -> None:
    fill(admin)
    drop_guards(admin)
    admin.con.execute("UPDATE audit SET object_id = 'someone-else' WHERE seq = 4")
    recompute_chain(admin, 4)
    assert audit.verify_chain(admin.con).ok  # an unkeyed chain recomputed passes alone
    admin.discard()
    result = VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)
    assert not result.audit_check.ok and result.audit_check.kind == "rewritten"
    kinds = [e.details["kind"] for e in audit.incidents(result.session.con)]
    assert kinds == ["rewritten"]
    result.session.close()


def test_database_rolled_back_to_an_older_copy_is_found(admin: Session, vault_dir: Path) -> None:
    fill(admin, 2)
    admin.close()
    old_copy = vault_dir.parent / "old-vault.db"
    shutil.copyfile(vault_dir / "vault.db", old_copy)
    session = VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD).session
    fill(session, 5)  # consultations the insider wants to disappear
    session.close()
    for name in ("vault.db-wal", "vault.db-shm"):
        (vault_dir / name).unlink(missing_ok=True)
    shutil.copyfile(old_copy, vault_dir / "vault.db")
    result = VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)
    assert not result.audit_check.ok and result.audit_check.kind == "cut"
    assert result.audit_check.anchor_seq is not None
    assert result.audit_check.anchor_seq - result.audit_check.head_seq >= 5
    result.session.close()


def test_restore_of_an_older_backup_says_what_it_drops_and_logs_it(
    admin: Session, vault_dir: Path
) -> None:
    folder = vault_access.create_backup(admin)
    fill(admin, 6)
    admin.close()
    door = VaultAccess(vault_dir)
    check = door.check_backup(folder, ADMIN, ADMIN_PASSWORD)
    before = anchored_seq(vault_dir)
    assert check.vault_log_head == before
    assert check.entries_dropped == before - check.backup_log_head
    assert check.entries_dropped >= 6
    result = door.restore(folder, ADMIN, ADMIN_PASSWORD)
    assert result.check.entries_dropped == check.entries_dropped
    session = door.login(ADMIN, ADMIN_PASSWORD).session
    try:
        restored = audit.read_entries(session.con, action="vault_restored")
        assert len(restored) == 1
        assert restored[0].details["entries_dropped"] == check.entries_dropped
        # An announced restore is not an incident: the chain and anchor agree.
        assert audit_log.verify(session).ok
    finally:
        session.close()
