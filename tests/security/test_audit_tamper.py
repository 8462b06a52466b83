"""`audit verify` names the first broken link for every kind of tampering.

An attacker with the vault key could drop the append-only triggers and edit
the table; these tests do exactly that and check the chain shows it.
"""

from __future__ import annotations

import pytest

from radprev_desktop.core.audit import verify_chain
from radprev_desktop.core.session import Session


def fill(session: Session, n: int = 8) -> None:
    with session.transaction():
        for i in range(n):
            session.audit("test_event", object_type="thing", object_id=f"id-{i}", details={"i": i})


def drop_guards(session: Session) -> None:
    session.con.execute("DROP TRIGGER audit_no_update")
    session.con.execute("DROP TRIGGER audit_no_delete")


def test_intact_chain_verifies(admin: Session) -> None:
    fill(admin)
    report = verify_chain(admin.con)
    assert report.ok and report.entries >= 8


def test_update_and_delete_are_refused_by_triggers(admin: Session) -> None:
    fill(admin)
    with pytest.raises(Exception, match="append-only"):
        admin.con.execute("UPDATE audit SET action = 'x' WHERE seq = 2")
    with pytest.raises(Exception, match="append-only"):
        admin.con.execute("DELETE FROM audit WHERE seq = 2")


def test_altered_entry_detected(admin: Session) -> None:
    fill(admin)
    drop_guards(admin)
    admin.con.execute("UPDATE audit SET object_id = 'other' WHERE seq = 5")
    report = verify_chain(admin.con)
    assert not report.ok and report.broken_at == 5 and "altered" in report.reason


def test_deleted_entry_detected(admin: Session) -> None:
    fill(admin)
    drop_guards(admin)
    admin.con.execute("DELETE FROM audit WHERE seq = 4")
    report = verify_chain(admin.con)
    assert not report.ok and report.broken_at == 5


def test_inserted_entry_detected(admin: Session) -> None:
    fill(admin)
    drop_guards(admin)
    row = admin.con.execute("SELECT * FROM audit WHERE seq = 3").fetchone()
    # Shift later entries up and insert a forged entry at 4 that copies entry 3's shape.
    last = admin.con.execute("SELECT max(seq) FROM audit").fetchone()[0]
    for seq in range(last, 3, -1):
        admin.con.execute("UPDATE audit SET seq = seq + 1 WHERE seq = ?", (seq,))
    admin.con.execute(
        "INSERT INTO audit VALUES (4,?,?,?,?,?,?,?,?,?,?,?)",
        (row[1], "intruder", *row[3:10], row[11], "f" * 64),
    )
    report = verify_chain(admin.con)
    assert not report.ok and report.broken_at == 4


def test_reordered_entries_detected(admin: Session) -> None:
    fill(admin)
    drop_guards(admin)
    # Swap the contents of entries 3 and 6 (keeping sequence numbers in place).
    cols = "at, user, workstation, action, object_type, object_id, justification, recipient, details, prev_hash, hash"
    a = admin.con.execute(f"SELECT {cols} FROM audit WHERE seq = 3").fetchone()
    b = admin.con.execute(f"SELECT {cols} FROM audit WHERE seq = 6").fetchone()
    sets = ", ".join(f"{c.strip()} = ?" for c in cols.split(","))
    admin.con.execute("UPDATE audit SET hash = 'tmp' WHERE seq = 3")
    admin.con.execute(f"UPDATE audit SET {sets} WHERE seq = 6", a)
    admin.con.execute(f"UPDATE audit SET {sets} WHERE seq = 3", b)
    report = verify_chain(admin.con)
    assert not report.ok and report.broken_at == 3


def test_cut_off_tail_detected(admin: Session) -> None:
    fill(admin)
    drop_guards(admin)
    last = admin.con.execute("SELECT max(seq) FROM audit").fetchone()[0]
    admin.con.execute("DELETE FROM audit WHERE seq >= ?", (last - 1,))
    report = verify_chain(admin.con)
    assert not report.ok and "removed from the end" in report.reason
