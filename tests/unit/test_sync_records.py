"""The real record kinds (subjects, observations, reviews, tombstones) travel intact."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core import outbox
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import reviews, subjects, users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import delivery, importer, receipts, views
from radprev_desktop.core.sync.registry import sync_kinds
from tests.unit.records_support import subject, submitted
from tests.unit.test_sync_support import Pair, open_pair


@pytest.fixture
def pair(tmp_path: Path, pair_files: Path) -> Iterator[Pair]:
    yield from open_pair(tmp_path, pair_files)


def _login(pair: Pair, name: str, role: Role) -> Session:
    users.add_user(
        pair.ws, name, "officer-password-1", [role], units=["A", "B"], must_change_password=False
    )
    return VaultAccess(pair.ws.folder).login(name, "officer-password-1").session


def _fill(pair: Pair) -> list[str]:
    people = [
        ("PL-1001", "Kowalski", "Jan"),
        ("PL-1002", "Wiśniewska", "Zofia Łucja"),
        ("PL-1003", "Петровић", "Ђорђе"),
        ("PL-1004", "Hoxha", "Arbër"),
        ("PL-1005", "Стојановски", "Горан"),
    ]
    officer = _login(pair, "olga", Role.OFFICER)
    supervisor = _login(pair, "stefan", Role.SUPERVISOR)
    obs: list[str] = []
    try:
        for number, family, given in people:
            s = subject(officer, number, family, given)
            obs.append(submitted(officer, s.id))
            obs.append(
                submitted(officer, s.id, facts="Refused food tray; quiet in cell afterwards.")
            )
        reviews.accept(supervisor, obs[0], "Seen.")
        reviews.return_to_author(supervisor, obs[1], "Please add the place.")
    finally:
        officer.close()
        supervisor.close()
    return obs


def _outbox(pair: Pair) -> list[tuple[str, str, int]]:
    rows = pair.ws.con.execute("SELECT DISTINCT kind, object_id, version FROM changes").fetchall()
    return [(str(k), str(i), int(v)) for k, i, v in rows]


def test_real_records_arrive_field_by_field(pair: Pair) -> None:
    _fill(pair)
    outbox = _outbox(pair)
    assert {k for k, _, _ in outbox} >= {"subject", "observation", "review"}
    result = pair.export()
    assert result.records == len(outbox)
    report = pair.import_(result.path)
    assert report.quarantined == [], report.summary()
    assert report.inserted == len(outbox)
    kinds = sync_kinds()
    for kind, object_id, version in outbox:
        sent = kinds[kind].serialize(pair.ws.con, object_id, version)
        held = kinds[kind].serialize(pair.central.con, object_id, version)
        assert held == sent, (kind, object_id)
    again = pair.import_(result.path)
    assert again.status == "already_imported"
    pair.central.justification = ("supervision", "checking an import")
    table = views.consolidated_subjects(pair.central)
    assert len(table) == 5
    assert {s.prison_number for s in table} == {f"PL-100{i}" for i in range(1, 6)}
    assert all(s.observations == 2 for s in table)


def test_prisoner_changed_before_the_first_export_arrives_without_quarantine(pair: Pair) -> None:
    officer = _login(pair, "olga", Role.OFFICER)
    try:
        s = subject(officer, "PL-2001", "Nowak", "Ewa")
        subjects.update_subject(officer, s.id, reason="cell change", cell="B-12")
    finally:
        officer.close()
    assert ("subject", s.id, 1) in _outbox(pair) and ("subject", s.id, 2) in _outbox(pair)
    result = pair.export()
    report = pair.import_(result.path)
    assert report.quarantined == [], report.summary()
    held = sync_kinds()["subject"].serialize(pair.central.con, s.id, 2)
    assert (held["version"], held["cell"]) == (2, "B-12")
    assert delivery.pending_count(pair.ws) == 0


def test_receipt_marks_records_delivered_for_retention(pair: Pair) -> None:
    _fill(pair)
    pair.import_(pair.export().path)
    before = pair.ws.con.execute(
        "SELECT count(*) FROM subjects WHERE delivered_at IS NULL"
    ).fetchone()[0]
    assert before == 5
    receipt = receipts.write_receipt(pair.central, pair.folder)
    receipts.import_receipt(pair.ws, receipt.read_bytes())
    after: Any = pair.ws.con.execute(
        "SELECT count(*) FROM subjects WHERE delivered_at IS NULL"
    ).fetchone()[0]
    assert after == 0


def test_same_prisoner_from_two_establishments_stays_apart(pair: Pair, tmp_path: Path) -> None:
    from radprev_desktop.core.sync import export as export_mod
    from radprev_desktop.core.sync import keys
    from tests.unit.test_sync_support import make_workstation

    officer = _login(pair, "olga", Role.OFFICER)
    subject(officer, "1001", "Kowalski", "Jan")
    officer.close()
    pair.import_(pair.export().path)
    other = make_workstation(tmp_path / "krk", pair.central, "PL-KRK2")
    try:
        users.add_user(
            other,
            "ivo",
            "officer-password-1",
            [Role.OFFICER],
            units=["A"],
            must_change_password=False,
        )
        krk = VaultAccess(other.folder).login("ivo", "officer-password-1").session
        subject(krk, "1001", "Nowak", "Piotr")
        krk.close()
        data = export_mod.export_package(other, pair.folder).path.read_bytes()
        report = importer.import_package(
            pair.central, data, enrol_fingerprint=keys.own_workstation_fingerprint(other)
        )
        assert report.inserted == 1
    finally:
        other.close()
    rows = pair.central.con.execute(
        "SELECT establishment_code, family_name FROM subjects ORDER BY establishment_code"
    ).fetchall()
    assert [tuple(r) for r in rows] == [("PL-KRK2", "Nowak"), ("PL-WAW1", "Kowalski")]


def test_demo_vault_exported_and_imported_gives_identical_records(pair: Pair) -> None:
    from radprev_desktop.core import demo

    demo.generate(pair.ws, subjects=15, observations=80, seed=7)
    queued = {i for k, i, _ in _outbox(pair) if k == "subject"}
    with pair.ws.transaction() as con:
        # The demo's bulk writer queues observations only; queue its subjects as the
        # subjects service would, so the observations' references resolve centrally.
        for subject_id, version in con.execute("SELECT id, version FROM subjects").fetchall():
            if subject_id not in queued:
                outbox.record_change(con, "subject", subject_id, version)
    queue = _outbox(pair)
    assert {k for k, _, _ in queue} >= {"subject", "observation"}
    result = pair.export()
    report = pair.import_(result.path)
    assert report.quarantined == [], report.summary()
    kinds = sync_kinds()
    for kind, object_id, version in queue:
        assert kinds[kind].serialize(pair.central.con, object_id, version) == kinds[kind].serialize(
            pair.ws.con, object_id, version
        ), (kind, object_id, version)
    assert pair.import_(result.path).status == "already_imported"


def test_same_prisoner_from_two_workstations_of_one_prison_is_one_file(
    pair: Pair, tmp_path: Path
) -> None:
    from radprev_desktop.core.sync import export as export_mod
    from radprev_desktop.core.sync import keys
    from tests.unit.test_sync_support import make_workstation

    officer = _login(pair, "olga", Role.OFFICER)
    first = subject(officer, "WAW 0042", "Kowalski", "Jan")
    officer.close()
    pair.import_(pair.export().path)
    other = make_workstation(tmp_path / "waw-b", pair.central, "PL-WAW1")
    try:
        users.add_user(
            other,
            "ivo",
            "officer-password-1",
            [Role.OFFICER],
            units=["A"],
            must_change_password=False,
        )
        second_officer = VaultAccess(other.folder).login("ivo", "officer-password-1").session
        second = subject(second_officer, "waw-0042", "Kowalski", "Jan")
        second_officer.close()
        data = export_mod.export_package(other, pair.folder).path.read_bytes()
        importer.import_package(
            pair.central, data, enrol_fingerprint=keys.own_workstation_fingerprint(other)
        )
    finally:
        other.close()
    assert first.id != second.id
    rows = pair.central.con.execute("SELECT id FROM subjects").fetchall()
    assert [r[0] for r in rows] == [first.id]
    alias = pair.central.con.execute(
        "SELECT subject_id FROM subject_aliases WHERE alias_id = ?", (second.id,)
    ).fetchone()
    assert alias[0] == first.id


def test_checklist_run_travels_and_is_marked_delivered(pair: Pair) -> None:
    from radprev_desktop.core.services import checklists
    from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections

    officer = _login(pair, "olga", Role.OFFICER)
    try:
        prisoner = subject(officer, "PL-2001", "Nowak", "Łukasz")
        run = checklists.start_run(officer, prisoner.id)
        checklists.save_answers(
            officer,
            run.id,
            [AnswerInput("P2", Answer.OBSERVED, "Attends the carpentry course every day.")],
            Sections(
                other_explanations="Possibly a debt dispute over tobacco.",
                summary="Calm month.",
            ),
        )
        checklists.complete_run(officer, run.id, "Calm month.", "2027-01-15")
    finally:
        officer.close()
    outbox = _outbox(pair)
    assert ("checklist_run", run.id, 1) in outbox
    report = pair.import_(pair.export().path)
    assert report.quarantined == [], report.summary()
    kinds = sync_kinds()
    assert kinds["checklist_run"].serialize(pair.central.con, run.id, 1) == kinds[
        "checklist_run"
    ].serialize(pair.ws.con, run.id, 1)
    receipt = receipts.write_receipt(pair.central, pair.folder)
    receipts.import_receipt(pair.ws, receipt.read_bytes())
    delivered = pair.ws.con.execute(
        "SELECT delivered_at FROM checklist_runs WHERE id = ?", (run.id,)
    ).fetchone()[0]
    assert delivered is not None


def test_erasure_travels_as_a_tombstone_after_delivery(pair: Pair) -> None:
    from radprev_desktop.core.services import retention

    officer = _login(pair, "olga", Role.OFFICER)
    try:
        prisoner = subject(officer, "PL-3001", "Zieliński", "Marek")
        submitted(officer, prisoner.id)
    finally:
        officer.close()
    pair.import_(pair.export().path)
    assert pair.central.con.execute("SELECT count(*) FROM subjects").fetchone()[0] == 1
    receipts.import_receipt(pair.ws, receipts.write_receipt(pair.central, pair.folder).read_bytes())
    outcome = retention.erase_subject(pair.ws, prisoner.id, "Recorded in error: wrong prisoner.")
    assert outcome.tombstone_id
    result = pair.export()
    assert result.by_kind.get("tombstone") == 1
    report = pair.import_(result.path)
    assert report.quarantined == [], report.summary()
    assert pair.central.con.execute("SELECT count(*) FROM subjects").fetchone()[0] == 0
    assert pair.central.con.execute("SELECT count(*) FROM observations").fetchone()[0] == 0
    assert pair.central.con.execute("SELECT count(*) FROM tombstones").fetchone()[0] == 1
