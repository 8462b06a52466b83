"""An import whose audit entries contradict what the central office holds is a FAILED import.

An insider at a workstation holds the vault key and can rewrite the workstation's audit
log with a recomputed hash chain; `audit verify` there cannot tell. The central office
already holds the entries it received: a later package whose entries differ from them,
or do not link to them, imports its records (nothing is lost) but is marked failed —
the contradicting lines kept in quarantine, `sync verify-audit` broken, the CLI exiting
non-zero, the Sync page showing it. Refused files leave a `package_rejected` entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.cli.main import main
from radprev_desktop.core import audit as audit_mod
from radprev_desktop.core import audit_schema
from radprev_desktop.core.errors import PackageRejected
from radprev_desktop.core.sync import (
    central_state,
    container,
    files,
    import_audit,
    import_report,
    importer,
)
from tests.conftest import ADMIN_PASSWORD
from tests.unit.test_sync_support import (
    Pair,
    add_note,
    forge,
    last_audit_action,
    note_line,
    open_pair,
    records_digest,
)


@pytest.fixture
def pair(tmp_path: Path, pair_files: Path) -> Iterator[Pair]:
    yield from open_pair(tmp_path, pair_files)


def _held(pair: Pair) -> list[dict[str, Any]]:
    rows = pair.central.con.execute(
        f"SELECT {audit_schema.COLUMNS} FROM imported_audit WHERE workstation_id = ? ORDER BY seq",
        (pair.ws.workstation_id,),
    ).fetchall()
    return [dict(zip(audit_schema.FIELDS, row, strict=True)) for row in rows]


def _rehash(entries: list[dict[str, Any]], prev_hash: str) -> list[dict[str, Any]]:
    """Recompute a chain from `prev_hash` on, as an insider with the vault key can."""
    out = []
    for entry in entries:
        entry = dict(entry, prev_hash=prev_hash)
        entry["hash"] = audit_mod.entry_hash(prev_hash, *(entry[k] for k in audit_schema.HASHED))
        out.append(entry)
        prev_hash = entry["hash"]
    return out


def _rewritten(entry: dict[str, Any]) -> str:
    """Another action for `entry` than the one it holds (a login hidden as a logout…)."""
    return "logout" if entry["action"] == "login" else "login"


def _jsonl(entries: list[dict[str, Any]]) -> bytes:
    return container.jsonl(entries)


def _first_package(pair: Pair) -> str:
    add_note(pair.ws, "first")
    result = pair.export()
    assert pair.import_(result.path).status == "imported"
    return result.package_hash


def _import_forged(
    pair: Pair, audit: list[dict[str, Any]], previous: str
) -> import_report.ImportReport:
    data = forge(
        pair,
        records=[note_line("01a00000-0000-7000-8000-000000000001", "second")],
        audit=_jsonl(audit),
        sequence=2,
        previous_hash=previous,
    )
    return pair.import_(data)


def test_rewritten_entry_fails_the_import_but_keeps_its_records(pair: Pair) -> None:
    previous = _first_package(pair)
    held = _held(pair)
    assert len(held) >= 2
    # The insider rewrites the last entry (e.g. hides a consultation) and re-chains it.
    forged = _rehash([dict(held[-1], action=_rewritten(held[-1]))], held[-1]["prev_hash"])
    report = _import_forged(pair, forged, previous)
    assert report.failed and report.status == "failed"
    assert "differs from the one received before" in report.audit_problem
    assert str(report.summary()).startswith("IMPORT FAILED")
    assert report.inserted == 1  # the record still arrived
    kept = [q for q in report.quarantined if q.part == "audit.jsonl"]
    assert len(kept) == 1 and kept[0].object_id == str(held[-1]["seq"])
    assert _held(pair) == held  # what the office held is untouched
    chain = import_audit.verify_imported_audit(pair.central, pair.ws.workstation_id)
    assert not chain.ok and "package 2 failed" in chain.reason
    state = central_state.workstation_states(pair.central)[0]
    assert state.failed_imports == [2]
    actions = [
        r[0]
        for r in pair.central.con.execute(
            "SELECT action FROM audit WHERE action LIKE 'package_%' ORDER BY seq"
        )
    ]
    assert actions[-1] == "package_import_failed"


def test_log_cut_short_and_continued_fails(pair: Pair) -> None:
    """Entries after a truncation reuse sequence numbers the office already holds."""
    previous = _first_package(pair)
    held = _held(pair)
    cut = len(held) // 2
    continued = [
        dict(held[cut], action="export", details="{}"),
        dict(held[cut], seq=held[cut]["seq"] + 1, action="login", details="{}"),
    ]
    report = _import_forged(pair, _rehash(continued, held[cut]["prev_hash"]), previous)
    assert report.failed
    assert len([q for q in report.quarantined if q.part == "audit.jsonl"]) >= 1


def test_entry_that_does_not_link_to_the_held_log_fails(pair: Pair) -> None:
    previous = _first_package(pair)
    held = _held(pair)
    follower = dict(held[-1], seq=held[-1]["seq"] + 1, action="login", details="{}", object_id="")
    report = _import_forged(pair, _rehash([follower], "f" * 64), previous)
    assert report.failed and "does not follow" in report.audit_problem


def test_genuine_resend_and_next_package_do_not_fail(pair: Pair) -> None:
    _first_package(pair)
    add_note(pair.ws, "again")
    again = pair.export(resend=True)
    report = pair.import_(again.path)
    assert report.status == "imported" and not report.failed, report.summary()
    assert import_audit.verify_imported_audit(pair.central, pair.ws.workstation_id).ok


def test_cli_import_of_a_failed_package_exits_non_zero(
    pair: Pair, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = _first_package(pair)
    held = _held(pair)
    forged = _rehash([dict(held[-1], action=_rewritten(held[-1]))], held[-1]["prev_hash"])
    data = forge(
        pair,
        records=[note_line("01a00000-0000-7000-8000-000000000002", "x")],
        audit=_jsonl(forged),
        sequence=2,
        previous_hash=previous,
    )
    path = tmp_path / "radprev-export_PL-WAW1_forged_000002.age"
    path.write_bytes(data)
    folder = pair.central.vault.folder
    pair.central.close()
    pw = tmp_path / "pw"
    pw.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    argv = ["--vault", str(folder), "--user", "admin", "--password-file", str(pw)]
    code = main([*argv, "import", str(path)])
    err = capsys.readouterr().err
    assert code == 3 and "import FAILED" in err  # Exit.CHECK_FAILED
    assert main([*argv, "sync", "verify-audit"]) == 3
    assert "BROKEN" in capsys.readouterr().out


def test_refused_file_leaves_an_audit_entry(pair: Pair, tmp_path: Path) -> None:
    bad = tmp_path / "bad.age"
    bad.write_bytes(b"age-encryption.org/v1\nnonsense")
    before = records_digest(pair.central)
    with pytest.raises(PackageRejected) as info:
        files.import_file(pair.central, bad)
    assert records_digest(pair.central) == before
    row = pair.central.con.execute(
        "SELECT action, object_id, details FROM audit ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert row[0] == "package_rejected"
    assert row[1] == container.sha256_hex(bad.read_bytes())
    details = json.loads(row[2])
    assert details["reason"] == str(info.value)[:300] and details["bytes"] == bad.stat().st_size


def test_unknown_sender_refusal_is_audited_as_enrolment_required(
    pair: Pair, tmp_path: Path
) -> None:
    result = pair.export()
    with pytest.raises(importer.EnrolmentRequired):
        files.import_file(pair.central, result.path)
    assert last_audit_action(pair.central) == "package_rejected"
    details = json.loads(
        pair.central.con.execute("SELECT details FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[
            0
        ]
    )
    assert details["enrolment_required"] is True


def test_refused_receipt_at_a_workstation_is_audited(pair: Pair, tmp_path: Path) -> None:
    bad = tmp_path / "radprev-receipt_PL-CZ_000001.tar"
    bad.write_bytes(b"\x00" * 1024)
    with pytest.raises(PackageRejected):
        files.import_file(pair.ws, bad)
    assert last_audit_action(pair.ws) == "package_rejected"
