"""Hostile sync files against the strict reader: per-file peak memory, at both ends.

The bomb corpus of tests/security/package_bombs.py (sparse, pax, long-name, link,
device, claimed-size, oversized, deep JSON, age tricks; each ≤ 10 KB), plus
`TORTURE_FUZZ` (default 300) copies of a genuine package whose archive headers got
random bytes, are imported at a central vault (export packages) and a workstation
(receipts and bundles) in child processes. Every file must be refused and none may
raise the peak RSS by more than 50 MB. For comparison: with the `tarfile` reader used
before, the 4.9 KB `gnu-sparse` bomb alone took 1,442 MiB.
"""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

from radprev_desktop.core.model import Mode
from radprev_desktop.core.sync import container, export, keys
from tests.conftest import create_vault
from tests.security import package_bombs

LIMIT = 50 * 1024 * 1024


def run() -> str:
    fuzz = int(os.environ.get("TORTURE_FUZZ", "300"))
    rng = random.Random(11)
    with tempfile.TemporaryDirectory(prefix="radprev-torture-packages-") as tmp:
        base = Path(tmp)
        central, _ = create_vault(base / "central", Mode.CENTRAL, "PL-CZ")
        ws, _ = create_vault(base / "ws", Mode.WORKSTATION, "PL-WAW1")
        cert, fp = keys.make_certificate(central)
        keys.trust_central(ws, cert, fp)
        trusted = keys.trusted_central(ws)
        assert trusted is not None
        recipient = trusted.age_recipient
        bombs = package_bombs.package_bombs(recipient)
        genuine = export.export_package(ws, base)
        plain = container.age_decrypt(genuine.path.read_bytes(), keys.central_identity(central))
        central.close()
        ws.close()
        fuzzed: dict[str, bytes] = {}
        for n in range(fuzz):
            data = bytearray(plain)
            block = rng.randrange(0, 4) * 512 if len(data) > 2048 else 0
            for _ in range(rng.randint(1, 8)):
                data[block + rng.randrange(0, 512)] = rng.randrange(0, 256)
            fuzzed[f"fuzz-{n:04d}"] = bytes(data)
        age_fuzzed = {
            k: container.age_encrypt(v, [container.parse_recipient(recipient)])
            for k, v in fuzzed.items()
        }
        package_bombs.write_corpus(base / "to-central", {**bombs, **age_fuzzed}, ".age")
        package_bombs.write_corpus(base / "to-ws", {**package_bombs.tar_bombs(), **fuzzed}, ".tar")
        rows = package_bombs.probe(base / "central", base / "to-central")
        ws_rows = package_bombs.probe(base / "ws", base / "to-ws")
    lines = [
        "## Hostile sync files (bounded parsing before authentication)\n",
        f"{len(bombs)} bomb packages and {fuzz} header-fuzzed packages at a central vault; "
        f"{len(package_bombs.tar_bombs())} bomb receipts/bundles and {fuzz} fuzzed ones at a "
        "workstation. Peak = how far each file raised the importing process's peak RSS.\n",
        "| file | bytes | peak (MiB) | outcome |",
        "|---|---|---|---|",
    ]
    accepted = 0
    worst = 0
    for where, found in (("central", rows), ("workstation", ws_rows)):
        for row in found:
            extra = int(row["peak_extra"])  # type: ignore[call-overload]
            worst = max(worst, extra)
            accepted += row["outcome"] == "ACCEPTED"
            if not str(row["file"]).startswith("fuzz-"):
                outcome = str(row["outcome"]).replace("|", "/")[:90]
                lines.append(
                    f"| {where}: {row['file']} | {row['bytes']} | {extra / 2**20:.1f} | {outcome} |"
                )
        fuzz_rows = [r for r in found if str(r["file"]).startswith("fuzz-")]
        if fuzz_rows:
            peak = max(int(r["peak_extra"]) for r in fuzz_rows)  # type: ignore[call-overload]
            lines.append(
                f"| {where}: {len(fuzz_rows)} fuzzed files | — | max {peak / 2**20:.1f} | "
                f"{sum(r['outcome'] != 'ACCEPTED' for r in fuzz_rows)} refused |"
            )
    verdict = "met" if worst <= LIMIT and accepted == 0 else "**MISSED**"
    lines.append(
        f"\nWorst peak: {worst / 2**20:.1f} MiB (limit 50 MB: {verdict}); files accepted: "
        f"{accepted}.\n"
    )
    text = "\n".join(lines) + "\n"
    if worst > LIMIT or accepted:
        raise SystemExit(text)
    return text


if __name__ == "__main__":
    print(run())
