"""Real export packages of several workstations for the central-import benchmarks, fast.

Issue 16 item 3 asks for 1,000,000 real records from 100 packages. Filling a workstation
vault through the demo generator and exporting it record by record did not finish in
74 minutes on this machine (session 6); here the records are drawn in bulk
(`package_records`: the sync records the product's kinds serialise and the audit entries
its services write) and handed to the product's own package writer (`export.build` +
`export.write`: the same manifest, signed container, age encryption to the office and a
throw-away check identity, file names) with each workstation's real vault identity
(workstation id, vault id, signing key, transfer recipient). Every workstation belongs to
another establishment, so packages of different workstations may be imported side by
side; each workstation's packages form their own chain (sequence, previous hash, audit).

Kept on disk (BENCH_CACHE) as `<cache>/real-<records>r-<packages>p-<workstations>ws-s<seed>/`:
`central/` (the office's SQLCipher vault before any import, admin / admin-password-1),
`central.crt` and `central.fp`, `usb/<establishment>/*.age`, and `made.json` (the files in
import order with their workstation, each workstation's enrolment fingerprint, counts).
`python -m tests.bench.real_packages CACHE [RECORDS] [PACKAGES] [WORKSTATIONS] [SEED]`
makes (or finds) a set and prints its folder.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from pyrage import x25519

from radprev_desktop.core import audit, audit_schema, demo_observations
from radprev_desktop.core.model import Mode
from radprev_desktop.core.services import templates
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, export, keys
from tests.bench.package_records import Lines, Station, Workstation, histories
from tests.factories import create_vault

#: One establishment per workstation (the office is PL-CZ).
ESTABLISHMENTS = ("PL-WAW1", "PL-KRK2", "RS-BG1", "MK-SK1", "AL-TR1", "BA-SA1", "HR-ZG1", "ME-PG1")


def set_folder(cache: Path, records: int, packages: int, workstations: int, seed: int) -> Path:
    """Where a set of these parameters lives in `cache`."""
    return cache / f"real-{records}r-{packages}p-{workstations}ws-s{seed}"


def _station(ws: Session) -> Station:
    template = templates.active_template(ws)
    return Station(
        ws.establishment_code,
        ws.workstation_id,
        demo_observations.preset_of(ws),
        template,
        tuple(sorted(template.indicator_codes())),
    )


def _package(
    ws: Session,
    central: keys.CentralCertificate,
    sequence: int,
    previous: str,
    lines: Lines,
    usb: Path,
) -> tuple[Path, str, dict[str, Any]]:
    """One package through the product's writer; (file, package hash, export details)."""
    recipients = [container.parse_recipient(central.age_recipient)]
    if central.backup_recipient:
        recipients.append(container.parse_recipient(central.backup_recipient))
    recipients.append(x25519.Identity.generate().to_public())  # as the export's read-back check
    collected = export.Collected(
        sequence=sequence,
        prev_hash=previous,
        rows=[],
        more_pending=False,
        record_lines=lines.records,
        audit_lines=lines.audit,
        by_kind=dict(lines.by_kind),
    )
    details = {
        "sequence": sequence,
        "records": len(lines.records),
        "audit_entries": collected.audit_count,
        "by_kind": dict(sorted(lines.by_kind.items())),
        "recipient_fingerprint": central.fingerprint,
        "resend": False,
    }
    built = export.build(ws, collected, central, recipients, resend=False)  # clears the lines
    path = export.write(ws, usb, sequence, built.encrypted)
    return path, built.package_hash, {**details, "package_hash": built.package_hash}


def workstation_packages(
    ws: Session, seed: int, lines_wanted: int, packages: int, usb: Path
) -> tuple[list[str], dict[str, int]]:
    """`packages` consecutive packages holding about `lines_wanted` lines (records + audit
    entries), a prisoner's history never split; (files, counts by kind + 'audit')."""
    central = keys.trusted_central(ws)
    assert central is not None
    usb.mkdir(parents=True, exist_ok=True)
    rows = audit.rows_from(ws.con, 1, container.MAX_LINES)
    carried = Lines(audit=[dict(zip(audit_schema.FIELDS, r, strict=True)) for r in rows])
    drawer = Workstation(_station(ws), seed, audit.head(ws.con))
    stream = histories(drawer)
    previous, made, files = container.GENESIS, 0, []
    counts: dict[str, int] = {}
    for sequence in range(1, packages + 1):
        lines, target = carried, lines_wanted * sequence // packages - made
        while len(lines) < target:
            lines.extend(next(stream))
        made += len(lines)
        for kind, count in [*lines.by_kind.items(), ("audit", len(lines.audit))]:
            counts[kind] = counts.get(kind, 0) + count
        path, previous, details = _package(ws, central, sequence, previous, lines, usb)
        files.append(str(path))
        drawer.exported(sequence, details, f"central office {central.establishment}")
        carried = drawer.take()
    return files, counts


def make(folder: Path, records: int, packages: int, workstations: int, seed: int) -> dict[str, Any]:
    """A new set in `folder` (see module doc); returns what made.json holds."""
    if not 1 <= workstations <= min(len(ESTABLISHMENTS), packages):
        raise ValueError(f"1–{len(ESTABLISHMENTS)} workstations, at most one per package")
    start = time.perf_counter()
    folder.mkdir(parents=True)
    office, _ = create_vault(folder / "central", Mode.CENTRAL, "PL-CZ")
    cert, fp = keys.make_certificate(office)
    office.close()
    (folder / "central.crt").write_bytes(cert)
    (folder / "central.fp").write_text(fp)
    by_ws: list[list[str]] = []
    fingerprints: dict[str, str] = {}
    counts: dict[str, int] = {}
    for number in range(workstations):
        est = ESTABLISHMENTS[number]
        ws, _ = create_vault(folder / f"ws-{est}", Mode.WORKSTATION, est)
        keys.trust_central(ws, cert, keys.grouped_fingerprint(fp))
        share = records * (number + 1) // workstations - records * number // workstations
        mine = packages * (number + 1) // workstations - packages * number // workstations
        files, made = workstation_packages(ws, seed, share, mine, folder / "usb" / est)
        fingerprints[ws.workstation_id] = keys.own_workstation_fingerprint(ws)
        by_ws.append([f"{ws.workstation_id} {Path(f).relative_to(folder)}" for f in files])
        for kind, count in made.items():
            counts[kind] = counts.get(kind, 0) + count
        ws.close()
        shutil.rmtree(folder / f"ws-{est}")  # its identity is in the packages and made.json
    # Import order: the workstations' packages interleaved, each workstation's in sequence.
    order = [f for n in range(max(map(len, by_ws))) for files in by_ws for f in files[n : n + 1]]
    made_json = {
        "records": sum(counts.values()),
        "by_kind": dict(sorted(counts.items())),
        "packages": len(order),
        "workstations": workstations,
        "seed": seed,
        "files": order,
        "fingerprints": fingerprints,
        "seconds": round(time.perf_counter() - start, 1),
    }
    (folder / "made.json").write_text(json.dumps(made_json, indent=1))
    return made_json


def cached(
    cache: Path, records: int, packages: int, workstations: int = 4, seed: int = 7
) -> tuple[Path, dict[str, Any]]:
    """The set of these parameters in `cache`, made first if missing (or half made)."""
    folder = set_folder(cache, records, packages, workstations, seed)
    if not (folder / "made.json").exists():
        shutil.rmtree(folder, ignore_errors=True)
        make(folder, records, packages, workstations, seed)
    return folder, dict(json.loads((folder / "made.json").read_text()))


def import_order(folder: Path, made: dict[str, Any]) -> list[tuple[Path, str, str | None]]:
    """(file, workstation id, enrolment fingerprint for its first package else None)."""
    seen: set[str] = set()
    out: list[tuple[Path, str, str | None]] = []
    for entry in made["files"]:
        ws_id, relative = str(entry).split(" ", 1)
        out.append(
            (folder / relative, ws_id, None if ws_id in seen else made["fingerprints"][ws_id])
        )
        seen.add(ws_id)
    return out


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[2:]]
    where, summary = cached(Path(sys.argv[1]), *args)
    print(where)
    print(json.dumps({k: v for k, v in summary.items() if k != "files"}, indent=1))
