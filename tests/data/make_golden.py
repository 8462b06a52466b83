"""Write the golden sync files of the current format version (run once per version).

    .venv/bin/python -m tests.data.make_golden

The keys below are TEST-ONLY keys, published here on purpose so that the golden
files can be read by tests and by other teams' readers. Never use them anywhere
else. age encryption is randomised, so re-running gives different bytes with
the same content; commit the files once and keep them.
"""

from __future__ import annotations

import json
from pathlib import Path

from radprev_desktop.core import crypto
from radprev_desktop.core.sync import container, keys

HERE = Path(__file__).resolve().parent / "sync"
VERSION = container.FORMAT_VERSION

# TEST-ONLY keys (see the module docstring).
CENTRAL_AGE_IDENTITY = "AGE-SECRET-KEY-1WS9ZYNLTW4KK7DZU2DWYCURCPN43N8JVHGNDM02F7LWZX0WW8EZQUT0204"
CENTRAL_SIGNING_PRIVATE = "f76304c45d5875b0cff88546bb2c02b740c8f2a065149e29e74c4b89ed361fc6"
WORKSTATION_SIGNING_PRIVATE = "a4bb1c050c41e4693eaf36a526b3c056c7acb63add3754777b4ce138548427a4"

CENTRAL_VAULT = "019a0000-0000-7000-8000-00000000c001"
WORKSTATION_ID = "019a0000-0000-7000-8000-0000000000a1"
WORKSTATION_VAULT = "019a0000-0000-7000-8000-0000000000b1"


def certificate_public() -> dict[str, object]:
    from pyrage import x25519

    identity = x25519.Identity.from_str(CENTRAL_AGE_IDENTITY)
    return {
        "format": keys.CERT_FORMAT,
        "format_version": keys.CERT_VERSION,
        "vault_id": CENTRAL_VAULT,
        "establishment": "PL-CZ",
        "establishment_name": "Centralny Zarząd Służby Więziennej (test)",
        "age_recipient": str(identity.to_public()),
        "backup_recipient": "",
        "signing_key": crypto.ed25519_public(bytes.fromhex(CENTRAL_SIGNING_PRIVATE)).hex(),
        "created_at": "2026-11-25T08:00:00.000000Z",
    }


def records() -> list[dict[str, object]]:
    subject_id = "019a0000-1111-7000-8000-000000000001"
    return [
        {
            "change": 1,
            "kind": "subject",
            "op": "upsert",
            "id": subject_id,
            "version": 1,
            "at": "2026-11-25T08:10:00.000000Z",
            "record": {
                "id": subject_id,
                "version": 1,
                "establishment_code": "PL-WAW1",
                "prison_number": "WAW-2026-0001",
                "family_name": "Wiśniewski",
                "given_names": "Łukasz",
                "birth_year": 1990,
            },
        },
        {
            "change": 2,
            "kind": "tombstone",
            "op": "tombstone",
            "id": "019a0000-2222-7000-8000-000000000002",
            "version": 1,
            "at": "2026-11-25T08:11:00.000000Z",
            "record": {"id": "019a0000-2222-7000-8000-000000000002", "version": 1},
        },
    ]


def audit_lines() -> list[dict[str, object]]:
    from radprev_desktop.core import audit

    out: list[dict[str, object]] = []
    prev = audit.GENESIS
    for seq, action in enumerate(["login", "subject_created"], start=1):
        at = f"2026-11-25T08:0{seq}:00.000000Z"
        details = "{}"
        digest = audit.entry_hash(
            prev, seq, at, "olga", WORKSTATION_ID, action, "", "", "", "", details
        )
        out.append(
            {
                "seq": seq,
                "at": at,
                "user": "olga",
                "workstation": WORKSTATION_ID,
                "action": action,
                "object_type": "",
                "object_id": "",
                "justification": "",
                "recipient": "",
                "details": details,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    return out


def export_package() -> bytes:
    from pyrage import x25519

    public = certificate_public()
    rec = container.jsonl(records())
    aud = container.jsonl(audit_lines())
    ws_private = bytes.fromhex(WORKSTATION_SIGNING_PRIVATE)
    manifest = {
        "format": container.FORMAT,
        "format_version": VERSION,
        "kind": "export",
        "sender": {
            "workstation_id": WORKSTATION_ID,
            "vault_id": WORKSTATION_VAULT,
            "establishment": "PL-WAW1",
            "signing_key": crypto.ed25519_public(ws_private).hex(),
        },
        "sequence": 1,
        "previous_hash": container.GENESIS,
        "created_at": "2026-11-25T08:20:00.000000Z",
        "schema_version": 4,
        "app_version": "0.1.0",
        "recipient_fingerprint": keys.certificate_fingerprint(public),
        "resend": False,
        "counts": {"records": 2, "audit": 2, "by_kind": {"subject": 1, "tombstone": 1}},
        "audit_range": {"from": 1, "to": 2},
        "parts": {
            "records.jsonl": container.part_entry(rec, 2),
            "audit.jsonl": container.part_entry(aud, 2),
        },
    }
    tar = container.build(manifest, {"records.jsonl": rec, "audit.jsonl": aud}, ws_private)
    recipient = x25519.Identity.from_str(CENTRAL_AGE_IDENTITY).to_public()
    return container.age_encrypt(tar, [recipient])


def signed_file(kind: str, parts: dict[str, bytes], counts: dict[str, int]) -> bytes:
    public = certificate_public()
    manifest: dict[str, object] = {
        "format": container.FORMAT,
        "format_version": VERSION,
        "kind": kind,
        "sender": {
            "vault_id": CENTRAL_VAULT,
            "establishment": "PL-CZ",
            "signing_key": public["signing_key"],
        },
        "sequence": 1,
        "created_at": "2026-11-25T09:00:00.000000Z",
        "parts": {
            name: container.part_entry(data, counts.get(name, 0)) for name, data in parts.items()
        },
    }
    return container.build(manifest, parts, bytes.fromhex(CENTRAL_SIGNING_PRIVATE))


def receipt() -> bytes:
    package = export_package()
    tar = container.age_decrypt(
        package, __import__("pyrage").x25519.Identity.from_str(CENTRAL_AGE_IDENTITY)
    )
    _, manifest_bytes, _, _ = container.open_signed(tar)
    content = {
        "workstations": [
            {
                "workstation_id": WORKSTATION_ID,
                "establishment": "PL-WAW1",
                "packages": [
                    {
                        "sequence": 1,
                        "hash": container.sha256_hex(manifest_bytes),
                        "records": 2,
                        "audit": 2,
                    }
                ],
                "last_sequence": 1,
                "missing": [],
            }
        ]
    }
    return signed_file("receipt", {"receipt.json": container.canonical_json(content)}, {})


def bundle() -> bytes:
    profile = {"classification_marking": "OFFICIAL-SENSITIVE", "grading_preset": "3x5x2"}
    codelists = {"symbols": ["SYM-001", "SYM-002"]}
    return signed_file(
        "bundle",
        {
            "templates.jsonl": b"",
            "profile.json": container.canonical_json(profile),
            "codelists.json": container.canonical_json(codelists),
        },
        {"templates.jsonl": 0},
    )


def certificate() -> bytes:
    public = certificate_public()
    signature = crypto.sign(
        bytes.fromhex(CENTRAL_SIGNING_PRIVATE), container.canonical_json(public)
    ).hex()
    return (
        json.dumps({**public, "signature": signature}, ensure_ascii=False, sort_keys=True, indent=1)
        + "\n"
    ).encode("utf-8")


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    package = export_package()
    (HERE / f"v{VERSION}-export_PL-WAW1_000000a1_000001.age").write_bytes(package)
    (HERE / f"v{VERSION}-receipt_PL-CZ_000001.tar").write_bytes(receipt())
    (HERE / f"v{VERSION}-bundle_PL-CZ_000001.tar").write_bytes(bundle())
    (HERE / f"v{VERSION}-central-certificate.json").write_bytes(certificate())
    expected = {
        "records": records(),
        "audit": audit_lines(),
        "certificate_fingerprint": keys.certificate_fingerprint(certificate_public()),
    }
    (HERE / f"v{VERSION}-expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"golden files written to {HERE}")


if __name__ == "__main__":
    main()
