"""Core operations declare what they change, and the declaration covers what they do.

Each operation below runs on a real vault; the tables it wrote are mapped to
the kinds of data a screen shows, and that set must lie within the operation's
declared `Change`. A table the map does not know fails the test, so a new table
is placed before a screen can miss its changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core import change_set
from radprev_desktop.core.change_set import Change, Operation
from radprev_desktop.core.model import Justification, JustificationReason, Role
from radprev_desktop.core.services import (
    checklists,
    observations,
    retention,
    reviews,
    settings,
    subject_file,
    subjects,
    templates,
    training,
    users,
    vault_access,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export, files, importer, keys, receipts
from tests.factories import observation_input, subject

#: Which kind of data each table holds (as the screens see it).
TABLES: dict[str, Change] = {
    "subjects": Change.SUBJECTS,
    "subject_history": Change.SUBJECTS,
    "subject_aliases": Change.SUBJECTS,
    "subject_search": Change.SUBJECTS,
    "retention_decisions": Change.SUBJECTS,
    "tombstones": Change.SUBJECTS,
    "observations": Change.OBSERVATIONS,
    "observation_indicators": Change.OBSERVATIONS,
    "observation_search": Change.OBSERVATIONS,
    "grade_history": Change.OBSERVATIONS,  # the grading an observation has, then re-grades
    "reviews": Change.REVIEWS,
    "checklist_runs": Change.CHECKLISTS,
    "checklist_answers": Change.CHECKLISTS,
    "checklist_templates": Change.TEMPLATES,
    "settings": Change.SETTINGS,
    "users": Change.ACCOUNTS,
    "user_units": Change.ACCOUNTS,
    "key_slots": Change.ACCOUNTS,
    "changes": Change.SYNC,
    "exports": Change.SYNC,
    "imports": Change.SYNC,
    "imported_audit": Change.SYNC,
    "received_files": Change.SYNC,
    "quarantine": Change.SYNC,
    "sync_conflicts": Change.SYNC,
    "trusted_central": Change.SYNC,
    "workstations": Change.SYNC,
    "meta": Change.NOTHING,  # the vault's own bookkeeping (keys, counters)
    "audit": Change.NOTHING,  # every operation and every consultation writes it
    "establishments": Change.SETTINGS,
    "units": Change.SETTINGS,
    "training_exercises": Change.TRAINING,
    # Records follow the prisoner (issue #15).
    "subject_numbers": Change.SUBJECTS,
    "subject_links": Change.SUBJECTS,
    "transfers": Change.SUBJECTS,
    "handovers": Change.SUBJECTS,
    "referrals": Change.REFERRALS,
    "transfer_bundles": Change.SYNC,
    "received_transfers": Change.SYNC,
}


def snapshot(session: Session) -> dict[str, str]:
    """A digest of every table's rows."""
    con = session.con
    names = [
        str(r[0])
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_data' AND name NOT LIKE '%_idx' AND name NOT LIKE '%_docsize' "
            "AND name NOT LIKE '%_config' AND name NOT LIKE '%_content'"
        )
    ]
    digests = {}
    for name in names:
        rows = con.execute(f"SELECT * FROM {name}").fetchall()
        digests[name] = hashlib.sha256(repr(sorted(map(repr, rows))).encode()).hexdigest()
    return digests


def changed(before: dict[str, str], after: dict[str, str]) -> Change:
    found = Change.NOTHING
    for table in sorted(set(before) | set(after)):
        if before.get(table) != after.get(table):
            assert table in TABLES, f"table {table} is not mapped to a kind of data"
            found |= TABLES[table]
    return found


def check(session: Session, op: Operation[Any, Any], call: Callable[[], object]) -> object:
    """Run `call` (which runs `op`); what it changed must be declared by `op`."""
    assert isinstance(op, Operation), f"{op!r} is not declared an operation"
    before = snapshot(session)
    result = call()
    did = changed(before, snapshot(session))
    assert did, f"{op!r} changed nothing"
    assert did & ~op.changes == Change.NOTHING, f"{op!r} also changed {did & ~op.changes}"
    return result


def test_operations_declare_what_they_change(
    officer: Session, supervisor: Session, admin: Session
) -> None:
    # The first reader of templates installs the shipped sample; do that before measuring.
    templates.ensure_sample_installed(admin)
    prisoner = check(officer, subjects.create_subject, lambda: subject(officer))
    assert isinstance(prisoner, subjects.Subject)
    check(
        officer,
        subjects.update_subject,
        lambda: subjects.update_subject(officer, prisoner.id, reason="Typo.", given_names="Janek"),
    )
    draft = check(
        officer,
        observations.create_draft,
        lambda: observations.create_draft(officer, observation_input(prisoner.id)),
    )
    assert isinstance(draft, observations.Observation)
    check(officer, observations.submit, lambda: observations.submit(officer, draft.id))
    check(supervisor, reviews.accept, lambda: reviews.accept(supervisor, draft.id, "Seen."))
    run = check(officer, checklists.start_run, lambda: checklists.start_run(officer, prisoner.id))
    assert isinstance(run, checklists.ChecklistRun)
    check(officer, checklists.discard_draft, lambda: checklists.discard_draft(officer, run.id))
    check(
        admin,
        settings.set_settings,
        lambda: settings.set_settings(admin, {"auto_lock_minutes": 9}),
    )
    check(
        admin,
        users.add_user,
        lambda: users.add_user(
            admin, "milica", "a-long-password-1", [Role.OFFICER], display_name="Milica Ilić"
        ),
    )
    exported = export.export_package
    assert exported.changes & Change.SYNC


def test_erasing_a_file_is_declared(officer: Session, admin: Session) -> None:
    prisoner = subject(officer, number="PL-1002", family="Wiśniewska", given="Łucja")
    # The central office never saw this file: erasure waits for delivery on a
    # workstation, so mark it delivered the way an import of a receipt would.
    with officer.transaction() as con:
        retention.mark_delivered(con, "subject", prisoner.id, 1)
    check(
        admin,
        retention.erase_subject,
        lambda: retention.erase_subject(admin, prisoner.id, "Court order."),
    )


def test_run_returns_the_result_with_its_change_set(officer: Session) -> None:
    outcome = subjects.create_subject.run(
        officer, prison_number="PL-1003", family_name="Petrović", given_names="Đorđe", unit="A"
    )
    assert outcome.value.family_name == "Petrović"
    assert outcome.changes is subjects.create_subject.changes
    assert subjects.create_subject.__doc__ and subjects.create_subject.__name__ == "create_subject"


MODULES = (
    checklists,
    observations,
    retention,
    reviews,
    settings,
    subject_file,
    subjects,
    templates,
    training,
    users,
    vault_access,
    export,
    files,
    importer,
    keys,
    receipts,
)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_every_operation_declares_something(module: Any) -> None:
    ops = [v for v in vars(module).values() if isinstance(v, Operation)]
    local = [op for op in ops if op.__module__ == module.__name__]
    if module in (subject_file,):
        assert not local  # opening a file reads (and audits) only
        return
    assert local, f"{module.__name__} declares no operation"
    for op in local:
        assert op.changes != Change.NOTHING, op


def test_a_reader_is_not_an_operation(officer: Session, tmp_path: Path) -> None:
    prisoner = subject(officer, number="PL-1004", family="Јовановић", given="Милош")
    why = Justification(JustificationReason.REVIEW)
    assert not isinstance(subject_file.open_subject_file, Operation)
    assert subject_file.open_subject_file(officer, prisoner.id, why).subject.id == prisoner.id
    assert change_set.Change.RECORDS & Change.CHECKLISTS
