"""Session.beside_next_commit: store-free work run in a second thread while the outermost
COMMIT runs (decision 0048: the many-package import readies the next package meanwhile)."""

from __future__ import annotations

import threading

import pytest

from radprev_desktop.core.session import Session


class Work:
    """Records the threads it ran in and whether the transaction was still open then."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ran: list[tuple[str, int]] = []

    def __call__(self) -> None:
        # _depth is 0 once the outermost block ended: the COMMIT is under way.
        self.ran.append((threading.current_thread().name, self.session._depth))


def _held(session: Session, key: str) -> str | None:
    row = session.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def test_work_runs_once_in_a_second_thread_at_the_outermost_commit(admin: Session) -> None:
    work = Work(admin)
    admin.beside_next_commit(work)
    with admin.transaction() as con:
        with admin.transaction():
            con.execute("INSERT INTO meta (key, value) VALUES ('beside', 'inner')")
        assert work.ran == []  # the inner block commits nothing
    assert work.ran == [("radprev-beside-commit", 0)]
    assert _held(admin, "beside") == "inner"  # committed as without it
    with admin.transaction() as con:
        con.execute("UPDATE meta SET value = 'again' WHERE key = 'beside'")
    assert len(work.ran) == 1  # once
    assert not any(t.name == "radprev-beside-commit" for t in threading.enumerate())


def test_a_rollback_keeps_the_work_for_the_next_commit_and_none_withdraws_it(
    admin: Session,
) -> None:
    work = Work(admin)
    admin.beside_next_commit(work)
    with pytest.raises(RuntimeError), admin.transaction() as con:
        con.execute("INSERT INTO meta (key, value) VALUES ('beside', 'undone')")
        raise RuntimeError("refused")
    assert work.ran == [] and _held(admin, "beside") is None
    with admin.transaction() as con:
        con.execute("INSERT INTO meta (key, value) VALUES ('beside', 'kept')")
    assert work.ran == [("radprev-beside-commit", 0)]
    withdrawn = Work(admin)
    admin.beside_next_commit(withdrawn)
    admin.beside_next_commit(None)
    with admin.transaction() as con:
        con.execute("UPDATE meta SET value = 'later' WHERE key = 'beside'")
    assert withdrawn.ran == [] and _held(admin, "beside") == "later"
