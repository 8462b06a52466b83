"""Sync benchmark: export of 100,000 changed records; central import of 1,000,000
records from 100 packages with its peak memory; re-import of the same packages.

Targets: export ≤ 5 s; import ≤ 60 s with peak RSS ≤ 500 MB; re-import ≤ 10 % of
the first import. `BENCH_SCALE` shrinks the record counts (packages keep 10,000
records each, so the per-package cost stays representative). The import runs in
a fresh child process so that its peak RSS is its own.

Records are a benchmark kind (`bench_note`, ~400 bytes of Polish/Cyrillic text
each) registered here only, applied with the same import path as real kinds.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from radprev_desktop.core import outbox
from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.record_schema import RecordSchema, integer, record_schema, text
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.sync import registry

ROOT = Path(__file__).resolve().parents[2]
PER_PACKAGE = 10_000
TABLE = (
    "CREATE TABLE IF NOT EXISTS bench_notes (id TEXT NOT NULL, version INTEGER NOT NULL, "
    "body TEXT NOT NULL, origin TEXT NOT NULL DEFAULT '', PRIMARY KEY (id, version))"
)
BODY = (
    "Osadzony długo rozmawiał przy kracie z dwoma innymi; Ђорђе је ћутао. "
    "Zauważono nowe kartki na ścianie celi, bez symboli z listy referencyjnej. "
) * 3


def _serialize(con: Any, object_id: str, version: int) -> dict[str, Any]:
    row = con.execute(
        "SELECT body FROM bench_notes WHERE id = ? AND version = ?", (object_id, version)
    ).fetchone()
    if row is None:
        raise NotFound("no such note")
    return {"id": object_id, "version": version, "body": row[0]}


SCHEMA = record_schema(
    "bench_note",
    "A benchmark note.",
    {
        "id": text(64, "id"),
        "version": integer("version", minimum=1),
        "body": text(4000, "text"),
    },
)


def _apply(con: Any, record: dict[str, Any], origin: outbox.Origin) -> outbox.ApplyResult:
    cur = con.execute(
        "INSERT OR IGNORE INTO bench_notes(id, version, body, origin) VALUES (?,?,?,?)",
        (record["id"], record["version"], record["body"], origin.workstation_id),
    )
    if cur.rowcount == 1:
        return "inserted"
    row = con.execute(
        "SELECT body FROM bench_notes WHERE id = ? AND version = ?",
        (record["id"], record["version"]),
    ).fetchone()
    return "duplicate" if row and row[0] == record["body"] else "conflict"


registry.register_kind(
    outbox.SyncKind("bench_note", 1, RecordSchema("bench_note", SCHEMA), _serialize, _apply)
)


def _fill(session: Any, count: int, start: int) -> None:
    from radprev_desktop.core.clock import now_iso

    at = now_iso()
    with session.transaction() as con:
        con.executemany(
            "INSERT INTO bench_notes(id, version, body) VALUES (?, 1, ?)",
            ((f"bench-{start + i:09d}", f"{BODY} #{start + i}") for i in range(count)),
        )
        con.executemany(
            "INSERT INTO changes(kind, object_id, version, op, at) VALUES "
            "('bench_note', ?, 1, 'upsert', ?)",
            ((f"bench-{start + i:09d}", at) for i in range(count)),
        )


def _peak_rss_mib() -> float:
    """This process's own peak RSS. On Linux ru_maxrss survives exec (it would report the
    parent's peak), so the process's VmHWM is read instead."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _import_phase(central_dir: str, folder: str) -> None:
    """Child process: import every package twice; print times and peak RSS as JSON."""
    from radprev_desktop.core.sync import files, importer
    from tests.conftest import ADMIN, ADMIN_PASSWORD

    session = VaultAccess(central_dir).login(ADMIN, ADMIN_PASSWORD).session
    paths = files.package_files(folder)
    fp = os.environ["BENCH_WS_FP"]
    start = time.perf_counter()
    inserted = 0
    for path in paths:
        report = importer.import_package(
            session, path.read_bytes(), file_name=path.name, enrol_fingerprint=fp
        )
        inserted += report.inserted
        if os.environ.get("BENCH_SYNC_TRACE"):
            rss = _peak_rss_mib()
            print(f"{path.name} peak {rss:.0f} MiB", file=sys.stderr)
    first = time.perf_counter() - start
    peak_first = _peak_rss_mib()
    start = time.perf_counter()
    again = 0
    for path in paths:
        report = importer.import_package(session, path.read_bytes(), file_name=path.name)
        again += report.status == "already_imported"
    second = time.perf_counter() - start
    session.close()
    print(
        json.dumps(
            {
                "first_s": first,
                "inserted": inserted,
                "second_s": second,
                "already": again,
                "packages": len(paths),
                "peak_rss_mib": peak_first,
            }
        )
    )


def _real_kinds(base: Path, scale: float) -> dict[str, float]:
    """Export and import R1's real kinds from a demo vault (subjects + observations)."""
    from radprev_desktop.core import demo
    from radprev_desktop.core.model import Mode
    from radprev_desktop.core.sync import export, importer, keys
    from tests.conftest import create_vault

    count = max(500, int(50_000 * scale))
    central, _ = create_vault(base / "central-real", Mode.CENTRAL, "PL-CZ")
    ws, _ = create_vault(base / "ws-real", Mode.WORKSTATION, "PL-WAW1")
    try:
        cert, fp = keys.make_certificate(central)
        keys.trust_central(ws, cert, fp)
        demo.generate(ws, subjects=max(10, count // 20), observations=count, seed=3)
        with ws.transaction() as con:
            queued = {
                r[0] for r in con.execute("SELECT object_id FROM changes WHERE kind = 'subject'")
            }
            for subject_id, version in con.execute("SELECT id, version FROM subjects").fetchall():
                if subject_id not in queued:
                    outbox.record_change(con, "subject", subject_id, version)
            # The demo marks most of its history as delivered already; send it all.
            con.execute(
                "INSERT INTO changes(kind, object_id, version, op, at) "
                "SELECT 'observation', o.id, o.version, 'upsert', o.recorded_at "
                "FROM observations o WHERE o.status != 'draft' AND NOT EXISTS "
                "(SELECT 1 FROM changes c WHERE c.kind = 'observation' AND c.object_id = o.id "
                "AND c.version = o.version)"
            )
        out = base / "real"
        out.mkdir()
        start = time.perf_counter()
        result = export.export_package(ws, out)
        export_s = time.perf_counter() - start
        start = time.perf_counter()
        report = importer.import_package(
            central,
            result.path.read_bytes(),
            enrol_fingerprint=keys.own_workstation_fingerprint(ws),
        )
        import_s = time.perf_counter() - start
        records = float(report.records)
        if os.environ.get("BENCH_SYNC_PROFILE"):
            print(str(report.summary())[:300], file=sys.stderr)
    finally:
        ws.close()
        central.close()
    return {
        "records": records,
        "export_s": export_s,
        "import_s": import_s,
        "rate": records / max(import_s, 1e-9),
    }


def _table(
    scale: float,
    export_records: int,
    packages: int,
    made: int,
    export_s: float,
    size_mib: float,
    gen_s: float,
    figures: dict[str, Any],
    real: dict[str, float],
) -> str:
    """The figures as a Markdown section, each against its target."""
    first, second = figures["first_s"], figures["second_s"]
    total = made
    ratio = second / first if first else 0.0
    rss = figures["peak_rss_mib"]

    def verdict(ok: bool) -> str:
        return "met" if ok else "**missed**"

    return (
        "## Sync (USB packages)\n\n"
        f"Scale {scale:g}: one export of {export_records:,} changed records; {packages} packages of "
        f"{PER_PACKAGE:,} records ({total:,} records, plus each package's audit entries) "
        "imported at a central vault in a fresh process, then imported again. Records are "
        "~450-byte notes of a benchmark kind; real kinds add their own validate/apply cost. "
        "Packages are signed, age-encrypted, written atomically, read back and verified.\n\n"
        "| measure | figure | target |\n|---|---|---|\n"
        f"| export of {export_records:,} records (one package, {size_mib:.1f} MiB) | "
        f"{export_s:.2f} s | ≤ 5 s at scale 1: {verdict(export_s <= 5)} |\n"
        f"| writing the {packages} packages for the import test | {gen_s:.1f} s | — |\n"
        f"| central import of {figures['inserted']:,} records from {figures['packages']} packages | "
        f"{first:.2f} s ({figures['inserted'] / max(first, 1e-9):,.0f} records/s) | "
        f"≤ 60 s at scale 1: {verdict(first <= 60)} |\n"
        f"| peak RSS of the importing process | {rss:.0f} MiB | ≤ 500 MB: {verdict(rss * 1.048576 <= 500)} |\n"
        f"| re-import of the same packages (all reported as already imported: "
        f"{figures['already']}/{figures['packages']}) | {second:.2f} s = {ratio:.1%} of the first "
        f"| ≤ 10 %: {verdict(ratio <= 0.10)} |\n"
        f"| real kinds (demo vault): export of {int(real['records']):,} subjects and observations | "
        f"{real['export_s']:.2f} s | — |\n"
        f"| real kinds: central import of the same (validate, subject matching, search "
        f"index) | {real['import_s']:.2f} s ({real['rate']:,.0f} records/s; 1,000,000 would "
        f"take ≈ {1_000_000 / max(real['rate'], 1):.0f} s) | — |\n"
    )


def run() -> str:
    from radprev_desktop.core.model import Mode
    from radprev_desktop.core.sync import export, keys
    from tests.conftest import create_vault

    scale = float(os.environ.get("BENCH_SCALE", "1"))
    export_records = max(100, int(100_000 * scale))
    packages = max(2, round(100 * scale))
    with tempfile.TemporaryDirectory(prefix="radprev-bench-sync-") as tmp:
        base = Path(tmp)
        central, _ = create_vault(base / "central", Mode.CENTRAL, "PL-CZ")
        central.con.execute(TABLE)
        ws, _ = create_vault(base / "ws", Mode.WORKSTATION, "PL-WAW1")
        ws.con.execute(TABLE)
        cert, fp = keys.make_certificate(central)
        keys.trust_central(ws, cert, fp)
        ws_fp = keys.own_workstation_fingerprint(ws)
        central.close()

        # 1. Export of `export_records` changed records in one package.
        _fill(ws, export_records, 0)
        one = base / "one"
        one.mkdir()
        start = time.perf_counter()
        result = export.export_package(ws, one)
        export_s = time.perf_counter() - start
        size_mib = result.path.stat().st_size / 2**20

        # 2. `packages` packages of PER_PACKAGE records each for the central import.
        usb = base / "usb"
        usb.mkdir()
        made = 0
        gen_start = time.perf_counter()
        for n in range(packages):
            _fill(ws, PER_PACKAGE, export_records + n * PER_PACKAGE)
            export.export_package(ws, usb)
            made += PER_PACKAGE
        gen_s = time.perf_counter() - gen_start
        ws.close()

        env = {**os.environ, "PYTHONPATH": str(ROOT), "BENCH_WS_FP": ws_fp}
        child = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from tests.bench.bench_sync import _import_phase; "
                "_import_phase(sys.argv[1], sys.argv[2])",
                str(base / "central"),
                str(usb),
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=False,
        )
        if os.environ.get("BENCH_SYNC_TRACE"):
            print(child.stderr, file=sys.stderr)
        if child.returncode != 0:
            return f"## Sync\n\nThe import phase failed:\n\n```\n{child.stderr[-2000:]}\n```\n"
        figures = json.loads(child.stdout.strip().splitlines()[-1])
        real = _real_kinds(base, scale)
    return _table(scale, export_records, packages, made, export_s, size_mib, gen_s, figures, real)


if __name__ == "__main__":
    print(run())
