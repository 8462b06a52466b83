"""Many packages at once (files.import_packages) leave what importing them one by one leaves.

The central office is cloned before anything arrives; one clone imports a run of files
through `import_packages` (the next package read, authenticated and checked in a second
process while one applies, core/sync/prefetch.py), the other file by file through
`import_file`. Real packages of real workstations, and in the run: a file that is no
package, a forged package with refused record and audit lines, an audit log rewritten
at the package boundary, a second workstation enrolled in the middle, a file removed
(a USB stick pulled) mid-run, a cancel, a worker process that dies. The same reports,
refusals and their order, rows, quarantine and audit entries on both clones; and the
checking process was really used (or, where the rules say so, really not).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core import audit as audit_mod
from radprev_desktop.core import audit_schema
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.services import imported_audit
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import (
    container,
    export,
    files,
    importer,
    keys,
    prefetch,
    registry,
)
from radprev_desktop.core.sync.import_audit import AUDIT_PART, check_audit_lines, store_audit
from radprev_desktop.core.sync.import_report import ImportReport
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.pg_cluster import Cluster
from tests.unit.test_central_store import central_database
from tests.unit.test_import_bulk import content, line, offices, record  # noqa: F401  (offices: fixture)
from tests.unit.test_import_parity import COMPARED, fill, fill_many
from tests.unit.test_import_parity import _offices as parity_offices
from tests.unit.test_import_parity import rows as parity_rows
from tests.unit.test_sync_support import Pair, forge, make_workstation


@pytest.fixture(autouse=True)
def own_kinds_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the test kind that test_sync_support registers: a process started afresh
    (the checking worker) knows only the application's kinds, so import_packages checks
    ahead only then."""
    monkeypatch.setattr(registry, "_EXTRA", {})
    assert registry.only_own_kinds()


@pytest.fixture
def handed(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The packages (by hash) handed to the checking process and those whose checks came
    back from it and were used (the importing thread waits for late checks here)."""
    monkeypatch.setattr(prefetch, "WAIT_FOR_LATE_CHECKS", True)
    seen: dict[str, list[str]] = {"submitted": [], "taken": []}
    submit, take = prefetch.Prefetcher.submit, prefetch.Prefetcher.take

    def spy_submit(self: prefetch.Prefetcher, hash_: str, *rest: Any) -> bool:
        ok = submit(self, hash_, *rest)
        if ok:
            seen["submitted"].append(hash_)
        return ok

    def spy_take(self: prefetch.Prefetcher, hash_: str) -> prefetch.PackageChecks | None:
        got = take(self, hash_)
        if got is not None:
            seen["taken"].append(hash_)
        return got

    monkeypatch.setattr(prefetch.Prefetcher, "submit", spy_submit)
    monkeypatch.setattr(prefetch.Prefetcher, "take", spy_take)
    return seen


def _export(pair: Pair, rounds: range) -> list[Path]:
    made = []
    for n in rounds:
        fill_many(pair.ws, 3, n)
        made.append(export.export_package(pair.ws, pair.folder).path)
    return made


def _one_by_one(session: Session, paths: list[Path], fingerprints: dict[Path, str]) -> list[Any]:
    outcomes: list[Any] = []
    for path in paths:
        try:
            outcomes.append(
                files.import_file(session, path, enrol_fingerprint=fingerprints.get(path))
            )
        except RadprevError as exc:
            outcomes.append(exc)
    return outcomes


def _said(outcome: Any) -> Any:
    """What a user is told of one file: the report (its office clock aside) or the refusal."""
    if isinstance(outcome, RadprevError):
        return (type(outcome).__name__, str(outcome))
    assert isinstance(outcome, ImportReport)
    return str(outcome.summary()), outcome.status, outcome.audit_problem, outcome.quarantined


def _audit_actions(session: Session) -> list[tuple[str, str, str]]:
    """The office's own audit entries about files and packages, in order (details aside
    from the office's clock: the status, counts, reason)."""
    rows = session.con.execute(
        "SELECT action, object_id, details FROM audit WHERE object_type IN ('file', 'package') "
        "ORDER BY seq"
    ).fetchall()
    return [(str(a), str(o), str(d)) for a, o, d in rows]


def _same(many: Session, one: Session, got: list[Any], expected: list[Any]) -> None:
    assert expected, "nothing imported"
    assert [_said(o) for o in got] == [_said(o) for o in expected]
    assert content(many) == content(one)
    assert _audit_actions(many) == _audit_actions(one)
    ws_ids = [r[0] for r in one.con.execute("SELECT workstation_id FROM workstations")]
    assert ws_ids
    for ws_id in ws_ids:
        assert list(imported_audit.entries(many.con, ws_id)) == list(
            imported_audit.entries(one.con, ws_id)
        )


def _chain_after(session: Session, pair: Pair, seq_before: int) -> str:
    return str(
        session.con.execute(
            "SELECT package_hash FROM imports WHERE workstation_id = ? AND seq = ?",
            (pair.ws.workstation_id, seq_before),
        ).fetchone()[0]
    )


def _entries(data: bytes) -> list[dict[str, Any]]:
    return [json.loads(raw) for raw in data.splitlines()]


def _rewritten(entry: dict[str, Any], seq: int, prev_hash: str, **changes: Any) -> bytes:
    """An audit line with a valid hash that links to `prev_hash` (a rewritten log)."""
    new = dict(entry, seq=seq, prev_hash=prev_hash, **changes)
    new["hash"] = audit_mod.entry_hash(prev_hash, *(new[k] for k in audit_schema.HASHED))
    return json.dumps(new, ensure_ascii=False).encode() + b"\n"


def test_a_run_with_refusals_in_the_middle_imports_as_one_by_one(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    handed: dict[str, list[str]],
) -> None:
    pair, many, one = offices
    p1, p2, p3 = _export(pair, range(1, 4))
    # Not a package at all, in the middle of the run: refused in its turn, audited.
    broken = pair.folder / "zz-broken.age"
    broken.write_bytes(b"age-encryption.org/v1\n-> X25519 garbage\n" + os.urandom(300))
    # A forged package 4 (signed by the workstation's key) with refused record lines and a
    # malformed audit line: quarantined, the import FAILED, on both.
    opened3 = importer.open_package(one, p3.read_bytes())
    audit3 = container.check_parts(opened3.manifest, opened3.members)[AUDIT_PART]
    last = _entries(audit3)[-1]
    subject_id = pair.ws.con.execute("SELECT id, version FROM subjects").fetchone()
    good = record(pair.ws, "subject", *subject_id)
    records = [
        line("subject", dict(good, version=good["version"] + 5, family_name="Zmieniony")),
        b'{"kind": "subject", "id": 7}',
        line("nothing-known", dict(good)),
        line("subject", dict(good, birth_year="dawno")),
    ]
    audit4 = _rewritten(last, last["seq"] + 1, last["hash"]) + b'{"seq": "one"}\n' + b"[1, 2]\n"
    paths = [p1, p2, broken, p3]
    fingerprints = {p1: pair.ws_fingerprint}
    expected = _one_by_one(one, paths, fingerprints)
    p4 = pair.folder / "forged-4.age"
    p4.write_bytes(
        forge(
            pair,
            records=records,
            audit=audit4,
            sequence=4,
            previous_hash=_chain_after(one, pair, 3),
        )
    )
    expected += _one_by_one(one, [p4], {})
    got = list(files.import_packages(many, [*paths, p4], fingerprints=fingerprints))
    assert [path for path, _ in got] == [*paths, p4]
    _same(many, one, [o for _, o in got], expected)
    assert isinstance(expected[2], RadprevError)
    forged = expected[4]
    assert isinstance(forged, ImportReport) and forged.failed and len(forged.quarantined) >= 5
    # p2 was read before p1 enrolled its workstation: handled in its turn only. p3 and the
    # forged p4 were checked by the second process, and those checks were used.
    hashes = {p: importer.open_package(one, p.read_bytes()).hash for p in (p2, p3, p4)}
    assert hashes[p2] not in handed["submitted"]
    assert handed["taken"] == [hashes[p3], hashes[p4]]
    ahead = [o.checked_ahead for _, o in got if isinstance(o, ImportReport)]
    assert ahead == [False, False, True, True]
    assert not any(o.checked_ahead for o in expected if isinstance(o, ImportReport))


def test_an_audit_log_rewritten_at_the_package_boundary_is_caught_as_one_by_one(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    handed: dict[str, list[str]],
) -> None:
    """The checking process sees no held log: where the held entries around a package's
    range could change a verdict, the importing thread checks the lines again."""
    pair, many, one = offices
    p1, p2 = _export(pair, range(1, 3))
    opened = importer.open_package(one, p2.read_bytes())
    entries = _entries(container.check_parts(opened.manifest, opened.members)[AUDIT_PART])
    assert len(entries) >= 3
    last = entries[-1]
    previous = opened.hash
    forged = []
    # 3: continues the log but its first entry links to another entry than the held one
    # (checked ahead: p2 was imported when it was read); 4: sends held entries again (a
    # re-send), then one that continues the log.
    made = [
        _rewritten(last, last["seq"] + 1, "0" * 64) + _rewritten(last, last["seq"] + 2, "1" * 64),
        b"".join(json.dumps(e, ensure_ascii=False).encode() + b"\n" for e in entries[-2:])
        + _rewritten(last, last["seq"] + 3, "2" * 64),
    ]
    for n, audit in enumerate(made, start=3):
        data = forge(pair, records=[], audit=audit, sequence=n, previous_hash=previous)
        path = pair.folder / f"forged-{n}.age"
        path.write_bytes(data)
        forged.append(path)
        previous = importer.open_package(one, data).hash
    paths = [p1, p2, *forged]
    fingerprints = {p1: pair.ws_fingerprint}
    expected = _one_by_one(one, paths, fingerprints)
    got = [o for _, o in files.import_packages(many, paths, fingerprints=fingerprints)]
    _same(many, one, got, expected)
    rewritten = expected[2]
    assert isinstance(rewritten, ImportReport) and rewritten.failed
    assert "does not follow" in rewritten.audit_problem
    hashes = [importer.open_package(one, p.read_bytes()).hash for p in forged]
    assert handed["taken"] == hashes


def test_held_entries_change_the_verdict_only_through_the_importing_thread(
    offices: tuple[Pair, Session, Session],  # noqa: F811
) -> None:
    """store_audit with the checks made against an empty log equals store_audit alone,
    whatever the office holds around the package (boundary, inside, after)."""
    pair, many, one = offices
    (p1,) = _export(pair, range(1, 2))
    fingerprint = pair.ws_fingerprint
    for office in (many, one):
        importer.import_package(office, p1.read_bytes(), enrol_fingerprint=fingerprint)
    ws = pair.ws.workstation_id
    held = list(imported_audit.entries(one.con, ws))
    assert len(held) >= 4
    top = held[-1]
    cases = {
        "links to the held entry": _rewritten(top, top["seq"] + 1, top["hash"]),
        "links elsewhere": _rewritten(top, top["seq"] + 1, "a" * 64),
        "the held entry again": json.dumps(top, ensure_ascii=False).encode() + b"\n",
        "a held entry rewritten": _rewritten(
            held[1], held[1]["seq"], held[0]["hash"], user="someone-else"
        ),
        "before a held entry": _rewritten(held[2], held[2]["seq"] - 1, "b" * 64),
        "empty": b"",
    }
    assert cases
    for number, name in enumerate(cases, start=10):
        data, results = cases[name], []
        for office, checked in ((many, check_audit_lines(ws, number, data)), (one, None)):
            result = ImportReport("f", ws, "PL-WAW1", number, "imported")
            with office.transaction() as con:
                store_audit(con, ws, number, data, result, checked=checked)
            results.append((result.audit_problem, result.audit_entries, result.quarantined))
        assert results[0] == results[1], name
    assert content(many) == content(one)
    assert list(imported_audit.entries(many.con, ws)) == list(imported_audit.entries(one.con, ws))


def test_a_workstation_enrolled_in_the_middle_is_handled_after_its_enrolment(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    tmp_path: Path,
    handed: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pair, many, one = offices
    a1, a2, a3 = _export(pair, range(1, 4))
    other = make_workstation(tmp_path / "ws-b", many, "PL-KRK2")
    (tmp_path / "usb-b").mkdir()
    try:
        fill_many(other, 3, 1)
        b1 = export.export_package(other, tmp_path / "usb-b").path
        fill_many(other, 3, 2)
        b2 = export.export_package(other, tmp_path / "usb-b").path
        b_fingerprint = keys.own_workstation_fingerprint(other)
    finally:
        other.close()
    paths = [a1, a2, b1, b2, a3]
    fingerprints = {a1: pair.ws_fingerprint, b1: b_fingerprint}
    expected = _one_by_one(one, paths, fingerprints)
    enrolled_when_handed: list[bool] = []
    submit = prefetch.Prefetcher.submit

    def watch(self: prefetch.Prefetcher, hash_: str, ws: str, *rest: Any) -> bool:
        enrolled_when_handed.append(keys.enrolled(many, ws) is not None)
        return submit(self, hash_, ws, *rest)

    monkeypatch.setattr(prefetch.Prefetcher, "submit", watch)
    got = [o for _, o in files.import_packages(many, paths, fingerprints=fingerprints)]
    _same(many, one, got, expected)
    assert all(isinstance(o, ImportReport) and o.status == "imported" for o in got)
    # Handed out: b1 before its sender was enrolled (the fingerprint typed for it is its
    # key's: its turn enrols that key, decision 0038), and a3. Not b2, read while b1 was
    # still to enrol its workstation and typed no fingerprint, nor a2 (the same for a1).
    hashes = {p: importer.open_package(one, p.read_bytes()).hash for p in paths}
    assert handed["submitted"] == [hashes[b1], hashes[a3]]
    assert enrolled_when_handed == [False, True]
    assert handed["taken"] == [hashes[b1], hashes[a3]]
    assert [o.checked_ahead for o in got] == [False, False, True, False, True]


def test_an_enrolment_with_a_wrong_fingerprint_is_not_checked_ahead(
    offices: tuple[Pair, Session, Session],  # noqa: F811
    tmp_path: Path,
    handed: dict[str, list[str]],
) -> None:
    """Only the key the typed fingerprint names may have its package checked ahead; a wrong
    fingerprint leaves the package to its turn, which refuses it as import_file does."""
    pair, many, one = offices
    a1, a2 = _export(pair, range(1, 3))
    other = make_workstation(tmp_path / "ws-b", many, "PL-KRK2")
    (tmp_path / "usb-b").mkdir()
    try:
        fill_many(other, 3, 1)
        b1 = export.export_package(other, tmp_path / "usb-b").path
    finally:
        other.close()
    paths = [a1, a2, b1]
    fingerprints = {a1: pair.ws_fingerprint, b1: pair.ws_fingerprint}  # a's, not b's
    expected = _one_by_one(one, paths, fingerprints)
    got = [o for _, o in files.import_packages(many, paths, fingerprints=fingerprints)]
    _same(many, one, got, expected)
    assert isinstance(got[2], RadprevError) and "fingerprint does not match" in str(got[2])
    assert handed["submitted"] == []


def test_a_stick_pulled_mid_run_refuses_the_rest_in_their_turn(
    offices: tuple[Pair, Session, Session],  # noqa: F811
) -> None:
    pair, many, one = offices
    paths = _export(pair, range(1, 5))
    fingerprints = {paths[0]: pair.ws_fingerprint}
    kept = {p: p.read_bytes() for p in paths}
    outcomes: list[tuple[Path, Any]] = []

    def pulled(done: int, total: int, name: str) -> None:
        if done == 1:  # after the first package: the last two files are gone
            for path in paths[2:]:
                path.unlink()

    for path, outcome in files.import_packages(
        many, paths, fingerprints=fingerprints, progress=pulled
    ):
        outcomes.append((path, outcome))
    expected = _one_by_one(one, paths[:2], fingerprints) + _one_by_one(one, paths[2:], {})
    _same(many, one, [o for _, o in outcomes], expected)
    assert [type(o) for _, o in outcomes][2:] == [type(expected[2])] * 2
    assert isinstance(expected[2], RadprevError)
    for path, data in kept.items():
        path.write_bytes(data)
    # Put back, the rest imports.
    again = list(files.import_packages(many, paths[2:]))
    assert [o.status for _, o in again if isinstance(o, ImportReport)] == ["imported"] * 2


def test_many_packages_give_the_same_content_on_both_stores(
    tmp_path: Path, pg_cluster: Cluster, pg_database: str, handed: dict[str, list[str]]
) -> None:
    """The shared importer code with checks made ahead runs on PostgreSQL too."""
    lite, folder, ws = parity_offices(tmp_path, central_database(pg_cluster, pg_database, tmp_path))
    usb = tmp_path / "usb"
    usb.mkdir()
    made = []
    for n in (1, 2, 3, 4):
        fill(ws, n)
        made.append(export.export_package(ws, usb).path)
    fingerprints = {made[0]: keys.own_workstation_fingerprint(ws)}
    ws.close()
    pg = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        for store in (lite, pg):
            got = list(files.import_packages(store, made, fingerprints=fingerprints))
            assert [o.status for _, o in got if isinstance(o, ImportReport)] == ["imported"] * 4
        # Packages 3 and 4 were checked ahead, on each store.
        assert len(handed["taken"]) == 4 and handed["taken"][:2] == handed["taken"][2:]
        assert COMPARED
        for table in COMPARED:
            assert parity_rows(lite.con, table) == parity_rows(pg.con, table), table
        assert parity_rows(pg.con, "imported_audit") and parity_rows(pg.con, "observations")
        assert audit_mod.verify_chain(pg.con).ok
    finally:
        pg.close()
        lite.close()
