"""The set-based import leaves exactly what applying every record one by one leaves.

One central office is cloned before anything arrives; one clone imports with the
record kinds as registered (set-based batches: `SyncKind.apply_many`), the other
with the same kinds stripped of it (every record through `apply`). A real package
(prisoners, observations with amendments, reviews and re-grades) and then a
package built by hand with every case the set-based step must leave alone —
newer versions of held files and observations, a second file under a held
prison number, two new files under one number, one observation id twice with one
version, an unknown prisoner, another establishment's records, two reviews of one
version, a review of nothing — must give the same rows, the same report and the
same quarantine on both, compared logically (row numbers aside).
"""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core import demo_checklists
from radprev_desktop.core.errors import PackageRejected
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import access_grants
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export, importer
from radprev_desktop.core.sync.registry import sync_kinds
from tests.factories import ADMIN, ADMIN_PASSWORD, add_account, login
from tests.unit.test_import_parity import fill_many
from tests.unit.test_sync_support import Pair, forge, make_pair

ONE_BY_ONE = {name: dataclasses.replace(k, apply_many=None) for name, k in sync_kinds().items()}

# Logical content: what each table holds, keyed by ids rather than row numbers, without
# the central office's own clock.
QUERIES = {
    "subjects": "SELECT id, establishment_code, prison_number, prison_number_key, family_name, "
    "given_names, names_key, birth_year, unit_code, cell, status, review_due, restricted, "
    "anonymised, version, created_at, created_by, origin_workstation FROM subjects",
    "subject_numbers": "SELECT establishment_code, prison_number_key, prison_number, subject_id "
    "FROM subject_numbers",
    "subject_aliases": "SELECT alias_id, subject_id FROM subject_aliases",
    "subject_history": "SELECT subject_id, version, by_user, reason, changed_fields, old_values "
    "FROM subject_history",
    "subject_search": "SELECT s.id, x.names, x.prison_number FROM subject_search x "
    "JOIN subjects s ON s.rowid = x.rowid",
    "observations": "SELECT id, version, is_current, subject_id, establishment_code, "
    "origin_workstation, event_start, facts, assessment, people, indicators, "
    "protective_factors, grading_preset, source_grade, information_grade, handling, status, "
    "restricted, amendment_reason, created_at, submitted_at FROM observations",
    "observation_indicators": "SELECT o.id, o.version, i.domain, i.code "
    "FROM observation_indicators i JOIN observations o ON o.row_no = i.row_no",
    # The index keeps no copy of its text (0026): its words, column and position per row.
    "observation_search": "SELECT o.id, o.version, w.col, w.offset, w.term "
    "FROM temp.observation_words w JOIN observations o ON o.row_no = w.doc",
    "grade_history": "SELECT observation_id, observation_version, at, by_user, kind, preset, "
    "source_grade, information_grade, handling, handling_conditions, reason FROM grade_history",
    "reviews": "SELECT id, observation_id, observation_version, reviewer, decision, comment, at, "
    "grading_preset, source_grade, establishment_code, origin_workstation FROM reviews",
    "checklist_runs": "SELECT id, version, is_current, subject_id, template_code, "
    "template_version, establishment_code, origin_workstation, status, author, author_code, "
    "protective_none_observed, other_explanations, other_explanations_none, context_notes, "
    "summary, next_review_date, amendment_reason, amended_by, created_at, completed_at, "
    "sensitive_terms FROM checklist_runs",
    "checklist_answers": "SELECT r.id, r.version, a.item_code, a.kind, a.domain, a.answer, "
    "a.evidence, a.evidence_date FROM checklist_answers a "
    "JOIN checklist_runs r ON r.row_no = a.row_no",
    "quarantine": "SELECT package_seq, line, kind, object_id, reason, field FROM quarantine",
    "sync_conflicts": "SELECT package_seq, kind, object_id, version, content FROM sync_conflicts",
    "imports": "SELECT workstation_id, seq, records, inserted, duplicates, conflicts, "
    "quarantined FROM imports",
}


def content(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    session.con.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.observation_words "
        "USING fts5vocab(main, observation_search, instance)"
    )
    return {
        table: sorted(
            (tuple(r) for r in session.con.execute(sql).fetchall()),
            key=lambda row: tuple(str(v) for v in row),
        )
        for table, sql in QUERIES.items()
    }


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[Pair, Session, Session]]:
    pair = make_pair(tmp_path)
    central_folder = Path(pair.central.folder)
    pair.central.close()
    twin = tmp_path / "central-twin"
    shutil.copytree(central_folder, twin)
    bulk = VaultAccess(central_folder).login(ADMIN, ADMIN_PASSWORD).session
    one = VaultAccess(twin).login(ADMIN, ADMIN_PASSWORD).session
    yield pair, bulk, one
    bulk.close()
    one.close()
    pair.ws.close()


def record(ws: Session, kind: str, object_id: str, version: int) -> dict[str, Any]:
    return dict(sync_kinds()[kind].serialize(ws.con, object_id, version))


def line(kind: str, rec: dict[str, Any]) -> dict[str, Any]:
    return {
        "change": 1,
        "kind": kind,
        "op": "upsert",
        "id": rec["id"],
        "version": rec["version"],
        "at": "2026-11-25T10:00:00.000000Z",
        "record": rec,
    }


def awkward_lines(ws: Session) -> tuple[list[dict[str, Any]], str]:
    """Every case the set-based step must hand to `apply`, beside plain new records; and
    the id of the new observation that arrives as version 2, then version 1."""
    subjects = ws.con.execute("SELECT id, version FROM subjects ORDER BY rowid").fetchall()
    obs = ws.con.execute(
        "SELECT id, version FROM observations WHERE is_current = 1 ORDER BY row_no"
    ).fetchall()
    assert len(subjects) >= 3 and len(obs) >= 2
    held, other = record(ws, "subject", *subjects[0]), record(ws, "subject", *subjects[1])
    fresh = dict(held, id=new_id(), version=1, prison_number="PL-NEW-1", family_name="Nowak")
    twin_a = dict(fresh, id=new_id(), prison_number="PL-TWIN-7")
    twin_b = dict(twin_a, id=new_id(), family_name="Kowalska")
    base = record(ws, "observation", *obs[0])
    x1 = dict(base, id=new_id(), version=1, subject_id=fresh["id"], facts="Rozmawiał przy kracie.")
    x2 = dict(x1, version=2, facts="Rozmawiał przy kracie długo.", amendment_reason="czas")
    y1 = dict(x1, id=new_id(), facts="Pierwsza treść.")
    y1b = dict(y1, facts="Inna treść pod tą samą wersją.")
    review = record(
        ws, "review", *ws.con.execute("SELECT id, 1 FROM reviews ORDER BY at").fetchone()
    )
    grading = {
        "preset": "3x5x2",
        "source": "2",
        "information": "B",
        "handling": "P",
        "conditions": "",
    }
    lines = [
        line("subject", dict(held, version=held["version"] + 1, family_name="Zmieniony")),
        line("subject", fresh),
        line("subject", dict(other, id=new_id(), version=1)),  # a held prison number
        line("subject", twin_a),
        line("subject", twin_b),  # the same new number twice
        line("subject", dict(fresh, id=new_id(), establishment_code="PL-KRK1", prison_number="X9")),
        line("observation", dict(record(ws, "observation", *obs[1]), version=obs[1][1] + 1)),
        line("observation", x2),
        line("observation", x1),
        line("observation", y1),
        line("observation", y1b),  # one id, one version, two contents
        line("observation", dict(x1, id=new_id(), subject_id=new_id())),  # unknown prisoner
        line("observation", dict(x1, id=new_id(), establishment_code="PL-KRK1")),
        line("review", dict(review, id=new_id(), observation_id=x1["id"], observation_version=1)),
        line(
            "review",
            dict(
                review,
                id=new_id(),
                observation_id=x1["id"],
                observation_version=1,
                decision="reject",
            ),
        ),
        line(
            "review",
            dict(
                review,
                id=new_id(),
                observation_id=x2["id"],
                observation_version=2,
                decision="regrade",
                grading=grading,
            ),
        ),
        line("review", dict(review, id=new_id(), observation_id=new_id())),  # of nothing
    ]
    return lines, x1["id"]


def test_set_based_import_equals_one_by_one(offices: tuple[Pair, Session, Session]) -> None:
    pair, bulk, one = offices
    fill_many(pair.ws, 6)
    first = export.export_package(pair.ws, pair.folder).path.read_bytes()
    fp = pair.ws_fingerprint
    a = importer.import_package(bulk, first, file_name="1", enrol_fingerprint=fp)
    b = importer.import_package(one, first, file_name="1", enrol_fingerprint=fp, kinds=ONE_BY_ONE)
    assert a.inserted > 20 and not a.quarantined
    assert str(a.summary()) == str(b.summary())
    assert content(bulk) == content(one)

    previous = str(bulk.con.execute("SELECT package_hash FROM imports WHERE seq = 1").fetchone()[0])
    lines, x_id = awkward_lines(pair.ws)
    second = forge(pair, records=lines, sequence=2, previous_hash=previous)
    a = importer.import_package(bulk, second, file_name="2")
    b = importer.import_package(one, second, file_name="2", kinds=ONE_BY_ONE)
    assert str(a.summary()) == str(b.summary())
    assert (a.inserted, a.duplicates, a.conflicts, a.foreign) == (
        b.inserted,
        b.duplicates,
        b.conflicts,
        b.foreign,
    )
    # The awkward cases did what they do one by one: refusals, an alias, a conflict, updates.
    reasons = [q.kind for q in a.quarantined]
    assert reasons.count("observation") == 2 and reasons.count("review") == 1
    assert reasons.count("subject") == 1 and a.foreign >= 2
    assert a.conflicts == 1 and a.inserted >= 8
    got, expected = content(bulk), content(one)
    assert expected["subject_aliases"] and expected["grade_history"]
    assert QUERIES
    for table in QUERIES:
        assert got[table] == expected[table], table
    # Only the newest version of the new observation is current, indexed and coded.
    current = bulk.con.execute(
        "SELECT version FROM observations o JOIN observation_search x ON x.rowid = o.row_no "
        "WHERE o.id = ?",
        (x_id,),
    ).fetchall()
    assert current == [(2,)]


def _completed_runs(pair: Pair) -> None:
    """Completed checklist runs (some amended) by an officer, through the service."""
    officer = login(pair.ws.folder, "olga")
    try:
        ids = [r[0] for r in pair.ws.con.execute("SELECT id FROM subjects ORDER BY rowid")]
        demo_checklists.generate_runs(officer, random.Random(4), ids * 3, fraction=1.0)
    finally:
        officer.close()


def awkward_runs(ws: Session) -> list[dict[str, Any]]:
    """Every checklist case the set-based step must hand to `apply`, beside new runs."""
    held = ws.con.execute(
        "SELECT id, version FROM checklist_runs WHERE status = 'completed' AND is_current = 1 "
        "ORDER BY row_no"
    ).fetchall()
    assert held
    base = record(ws, "checklist_run", *held[0])
    fresh = dict(base, id=new_id(), version=1)
    item = base["answers"][0]
    return [
        line("checklist_run", dict(fresh, version=2, summary="Druga wersja.", amended_by="olga")),
        line("checklist_run", fresh),  # version 2 arrived first
        line("checklist_run", dict(base, version=base["version"] + 1, summary="Nowsza.")),
        line("checklist_run", dict(base, summary="Inna treść tej samej wersji.")),  # conflict
        line("checklist_run", dict(fresh, id=new_id(), subject_id=new_id())),  # unknown prisoner
        line("checklist_run", dict(fresh, id=new_id(), establishment_code="PL-KRK1")),
        line("checklist_run", dict(fresh, id=new_id(), template_sha256="0" * 64)),
        line("checklist_run", dict(fresh, id=new_id(), template_code="NO-SUCH-TEMPLATE")),
        line(
            "checklist_run",
            dict(fresh, id=new_id(), answers=[dict(item, item_code="Z9.9")]),  # not in template
        ),
    ]


def test_set_based_checklist_runs_equal_one_by_one(
    offices: tuple[Pair, Session, Session],
) -> None:
    pair, bulk, one = offices
    fill_many(pair.ws, 4)
    _completed_runs(pair)
    first = export.export_package(pair.ws, pair.folder)
    assert first.by_kind.get("checklist_run", 0) >= 3
    fp = pair.ws_fingerprint
    data = first.path.read_bytes()
    a = importer.import_package(bulk, data, file_name="1", enrol_fingerprint=fp)
    b = importer.import_package(one, data, file_name="1", enrol_fingerprint=fp, kinds=ONE_BY_ONE)
    assert not a.quarantined and str(a.summary()) == str(b.summary())
    assert content(bulk) == content(one)
    assert content(bulk)["checklist_answers"]

    previous = str(bulk.con.execute("SELECT package_hash FROM imports WHERE seq = 1").fetchone()[0])
    second = forge(pair, records=awkward_runs(pair.ws), sequence=2, previous_hash=previous)
    a = importer.import_package(bulk, second, file_name="2")
    b = importer.import_package(one, second, file_name="2", kinds=ONE_BY_ONE)
    assert str(a.summary()) == str(b.summary())
    reasons = [q.kind for q in a.quarantined]
    assert reasons.count("checklist_run") == 5 and a.conflicts == 1 and a.inserted == 3
    got, expected = content(bulk), content(one)
    assert QUERIES
    for table in QUERIES:
        assert got[table] == expected[table], table
    current = bulk.con.execute(
        "SELECT version FROM checklist_runs WHERE id = ? AND is_current = 1",
        (awkward_runs_first_id(second, bulk),),
    ).fetchall()
    assert current == [(2,)]


def awkward_runs_first_id(data: bytes, office: Session) -> str:
    """The id of the new run that arrived as version 2, then version 1 (line 1)."""
    opened = importer.open_package(office, data)
    first = opened.members[export.RECORDS_PART].split(b"\n")[0]
    return str(json.loads(first)["id"])


def test_an_analyst_imports_only_granted_establishments(
    offices: tuple[Pair, Session, Session],
) -> None:
    pair, central, _ = offices
    fill_many(pair.ws, 1)
    data = export.export_package(pair.ws, pair.folder).path.read_bytes()
    importer.enrol_from_package(central, data, pair.ws_fingerprint)
    add_account(central, "ana", Role.ANALYST, units=[])
    access_grants.grant_establishment(central, "ana", "southern desk", "PL-KRK1")
    analyst = login(Path(central.folder), "ana")
    try:
        with pytest.raises(PackageRejected, match="PL-WAW1"):
            importer.import_package(analyst, data)
        assert analyst.con.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
        access_grants.grant_establishment(central, "ana", "northern desk", "PL-WAW1")
    finally:
        analyst.close()
    analyst = login(Path(central.folder), "ana")
    try:
        report = importer.import_package(analyst, data)
        assert report.inserted > 0 and not report.quarantined
    finally:
        analyst.close()
