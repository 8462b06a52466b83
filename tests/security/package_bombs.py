"""A corpus of small hostile sync files (≤ 10 KB each) and a peak-memory probe.

Each bomb needs nothing secret: an export package only needs the central office's
public certificate (its age recipient), receipts and bundles nothing at all. Before
the reader became strict, a 4.9 KB GNU sparse package cost 1.46 GB at import. The
probe runs in a child process and measures, per file, how far the peak RSS rose
above the RSS just before the import (the peak is reset through
/proc/self/clear_refs), so each figure is that file's own cost.

Used by tests/security/test_package_bombs.py (reduced run in `make test`) and
tests/torture/torture_packages.py (`make torture`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pyrage

from radprev_desktop.core.sync import container

ROOT = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024
CLAIMED = 700 * MIB  # below the 768 MiB part limit: only the real data may be trusted
USTAR = b"ustar\x0000"
OLD_GNU = b"ustar  \x00"


def header(
    name: bytes,
    size: int,
    typeflag: bytes = b"0",
    *,
    magic: bytes = USTAR,
    fields: dict[int, bytes] | None = None,
    raw_size: bytes | None = None,
) -> bytes:
    """One 512-byte tar header written by hand (so any field can lie)."""
    block = bytearray(512)
    block[0 : len(name)] = name
    block[100:108] = b"0000600\x00"
    block[108:116] = b"0000000\x00"
    block[116:124] = b"0000000\x00"
    block[124:136] = raw_size if raw_size is not None else f"{size:011o}\x00".encode()
    block[136:148] = b"00000000000\x00"
    block[156:157] = typeflag
    block[257:265] = magic
    for offset, value in (fields or {}).items():
        block[offset : offset + len(value)] = value
    block[148:156] = b" " * 8
    block[148:156] = f"{sum(block):06o}\x00 ".encode()
    return bytes(block)


def padded(data: bytes) -> bytes:
    return data + b"\x00" * (-len(data) % 512)


def member(name: bytes, data: bytes, typeflag: bytes = b"0", **kwargs: object) -> bytes:
    return header(name, len(data), typeflag, **kwargs) + padded(data)  # type: ignore[arg-type]


def end() -> bytes:
    return b"\x00" * 1024


def _manifest() -> bytes:
    """A well-formed manifest with an invalid signature: nothing here is authentic."""
    return container.canonical_json(
        {
            "format": container.FORMAT,
            "format_version": 1,
            "kind": "export",
            "parts": {"records.jsonl": {"bytes": 1, "count": 1, "sha256": "0" * 64}},
        }
    )


def _head() -> bytes:
    return member(b"manifest.json", _manifest()) + member(b"manifest.sig", b"ab" * 64)


def _pax(records: dict[str, str]) -> bytes:
    body = b""
    for key, value in records.items():
        text = f" {key}={value}\n"
        length = len(text) + len(str(len(text)))
        length = len(text) + len(str(length))
        body += f"{length}{text}".encode()
    return member(b"PaxHeaders/records.jsonl", body, b"x")


def tar_bombs() -> dict[str, bytes]:
    """Hostile archives by name (the container layer, before any encryption)."""
    data = b"x" * 512
    sparse_map = f"{CLAIMED - 512:011o}\x00".encode() + f"{512:011o}\x00".encode()
    realsize = f"{CLAIMED:011o}\x00".encode()
    bombs = {
        # Old GNU sparse member: 512 bytes stored, 700 MiB of zeros once expanded.
        "gnu-sparse": _head()
        + member(
            b"records.jsonl",
            data,
            b"S",
            magic=OLD_GNU,
            fields={386: sparse_map, 483: realsize},
        )
        + end(),
        "ustar-sparse-type": _head() + member(b"records.jsonl", data, b"S") + end(),
        "pax-sparse": _head()
        + _pax(
            {
                "GNU.sparse.major": "1",
                "GNU.sparse.minor": "0",
                "GNU.sparse.name": "records.jsonl",
                "GNU.sparse.realsize": str(CLAIMED),
            }
        )
        + member(b"records.jsonl", data)
        + end(),
        "pax-size": _head() + _pax({"size": str(CLAIMED)}) + member(b"records.jsonl", data) + end(),
        "gnu-long-name": _head()
        + header(b"././@LongLink", CLAIMED, b"L", magic=OLD_GNU)
        + padded(b"records.jsonl")
        + end(),
        "claimed-size": _head() + header(b"records.jsonl", CLAIMED) + padded(data) + end(),
        "base-256-size": _head()
        + header(b"records.jsonl", 0, raw_size=b"\x80" + b"\x00" * 7 + b"\x2b\xc0\x00\x00")
        + padded(data)
        + end(),
        "oversized-part": _head() + header(b"records.jsonl", 769 * MIB) + end(),
        "oversized-manifest": header(b"manifest.json", 65 * 1024) + end(),
        "hard-link": _head()
        + header(b"records.jsonl", 0, b"1", fields={157: b"manifest.json"})
        + end(),
        "symbolic-link": _head()
        + header(b"records.jsonl", 0, b"2", fields={157: b"/etc/passwd"})
        + end(),
        "character-device": _head() + header(b"records.jsonl", 0, b"3") + end(),
        "block-device": _head() + header(b"records.jsonl", 0, b"4") + end(),
        "folder": _head() + header(b"records.jsonl", 0, b"5") + end(),
        "fifo": _head() + header(b"records.jsonl", 0, b"6") + end(),
        "sub-folder-prefix": _head()
        + member(b"records.jsonl", data, fields={345: b"deep/er"})
        + end(),
        "too-many-members": b"".join(member(f"p{i}.json".encode(), b"") for i in range(17)) + end(),
        "bad-checksum": _head()[:148] + b"0000000\x00" + _head()[156:] + end(),
        "no-end-marker": _head(),
        "data-after-end": _head() + end() + b"\x01" * 512,
        "deep-json-manifest": member(b"manifest.json", b"[" * 3500 + b"]" * 3500)
        + member(b"manifest.sig", b"ab" * 64)
        + end(),
    }
    for name, bomb in bombs.items():
        assert len(bomb) <= 10 * 1024 - 256, name
    return bombs


def package_bombs(age_recipient: str) -> dict[str, bytes]:
    """The same archives encrypted to the central office (what reaches its importer),
    plus age-level tricks, each ≤ 10 KB."""
    return dict(_encrypted_bombs(age_recipient))


@lru_cache(maxsize=4)
def _encrypted_bombs(age_recipient: str) -> dict[str, bytes]:
    """Built once per recipient and process: the passphrase stanza runs scrypt at age's own
    work factor (about 1–3 s of CPU), and every copied test pair has the same recipient."""
    recipient = container.parse_recipient(age_recipient)
    out = {name: container.age_encrypt(tar, [recipient]) for name, tar in tar_bombs().items()}
    out["age-passphrase-stanza"] = pyrage.passphrase.encrypt(_head() + end(), "guess")
    out["age-many-stanzas"] = container.age_encrypt(
        _head() + end(),
        [recipient, *(pyrage.x25519.Identity.generate().to_public() for _ in range(40))],
    )
    for name, bomb in out.items():
        assert len(bomb) <= 10 * 1024, (name, len(bomb))
    return out


PROBE = """
import json, sys
from pathlib import Path
from radprev_desktop.core.errors import PackageRejected
from radprev_desktop.core.sync import files
from radprev_desktop.core.services.vault_access import VaultAccess
from tests.factories import ADMIN, ADMIN_PASSWORD

def status(key):
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(key):
                return int(line.split()[1]) * 1024
    raise KeyError(key)

session = VaultAccess(sys.argv[1]).login(ADMIN, ADMIN_PASSWORD).session
out = []
for path in sorted(Path(sys.argv[2]).iterdir()):
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")
    before = status("VmRSS:")
    try:
        files.import_file(session, path)
        outcome = "ACCEPTED"
    except PackageRejected as exc:
        outcome = str(exc)
    out.append({"file": path.name, "bytes": path.stat().st_size, "outcome": outcome,
                "peak_extra": status("VmHWM:") - before})
session.close()
print(json.dumps(out))
"""


def probe(vault_folder: Path, files_folder: Path) -> list[dict[str, object]]:
    """Import every file of `files_folder` into the vault in a child process; per file
    its outcome (the refusal message) and the peak RSS it added, in bytes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", PROBE, str(vault_folder), str(files_folder)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    if child.returncode != 0:
        raise RuntimeError(child.stderr[-3000:])
    result: list[dict[str, object]] = json.loads(child.stdout.strip().splitlines()[-1])
    return result


def write_corpus(folder: Path, bombs: dict[str, bytes], suffix: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in bombs.items():
        path = folder / f"{name}{suffix}"
        path.write_bytes(data)
        paths.append(path)
    return paths


Builder = Callable[[str], dict[str, bytes]]
