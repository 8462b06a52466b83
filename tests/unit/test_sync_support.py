"""Shared helpers for the sync tests: a test record kind, paired vaults, forgeries.

The `sync_note` kind exists only in tests: a tiny table created in each test
vault, serialised, validated and applied like a real record kind.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from radprev_desktop.core import crypto, outbox
from radprev_desktop.core.errors import NotFound, ValidationError
from radprev_desktop.core.model import Mode
from radprev_desktop.core.record_schema import RecordSchema, integer, record_schema, text
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, import_report, importer, keys, registry
from radprev_desktop.core.sync import export as export_mod
from tests.factories import ADMIN, ADMIN_PASSWORD, create_vault, login

NOTE_TABLE = (
    "CREATE TABLE IF NOT EXISTS sync_test_notes (id TEXT NOT NULL, version INTEGER NOT NULL, "
    "body TEXT NOT NULL, ref TEXT, origin TEXT NOT NULL DEFAULT '', PRIMARY KEY (id, version))"
)


def note_serialize(con: Any, object_id: str, version: int) -> dict[str, Any]:
    row = con.execute(
        "SELECT body, ref FROM sync_test_notes WHERE id = ? AND version = ?", (object_id, version)
    ).fetchone()
    if row is None:
        raise NotFound("no such note")
    return {"id": object_id, "version": version, "body": row[0], "ref": row[1]}


NOTE_SCHEMA = record_schema(
    "sync_note",
    "A test-only note.",
    {
        "id": text(64, "id"),
        "version": integer("version", minimum=1),
        "body": text(2000, "text of at most 2000 characters"),
        "ref": text(64, "another note's id, or null", nullable=True),
    },
    extra={"additionalProperties": False},
)


def note_apply(con: Any, record: dict[str, Any], origin: outbox.Origin) -> outbox.ApplyResult:
    if record["ref"] is not None:
        found = con.execute(
            "SELECT 1 FROM sync_test_notes WHERE id = ?", (record["ref"],)
        ).fetchone()
        if found is None:
            raise ValidationError(
                "The note refers to a note the office does not hold.", field="ref"
            )
    row = con.execute(
        "SELECT body, ref FROM sync_test_notes WHERE id = ? AND version = ?",
        (record["id"], record["version"]),
    ).fetchone()
    if row is not None:
        return "duplicate" if (row[0], row[1]) == (record["body"], record["ref"]) else "conflict"
    con.execute(
        "INSERT INTO sync_test_notes(id, version, body, ref, origin) VALUES (?,?,?,?,?)",
        (record["id"], record["version"], record["body"], record["ref"], origin.workstation_id),
    )
    return "inserted"


registry.register_kind(
    outbox.SyncKind(
        "sync_note", 5, RecordSchema("sync_note", NOTE_SCHEMA), note_serialize, note_apply
    )
)


def add_note(session: Session, body: str, *, ref: str | None = None, note_id: str = "") -> str:
    from radprev_desktop.core.ids import new_id

    note_id = note_id or new_id()
    with session.transaction() as con:
        con.execute(
            "INSERT INTO sync_test_notes(id, version, body, ref) VALUES (?,?,?,?)",
            (note_id, 1, body, ref),
        )
        outbox.record_change(con, "sync_note", note_id, 1)
    return note_id


def notes(session: Session) -> list[tuple[Any, ...]]:
    return session.con.execute(
        "SELECT id, version, body, ref FROM sync_test_notes ORDER BY id, version"
    ).fetchall()


def records_digest(session: Session) -> str:
    """`vault_digest` without the audit log (and its head in `meta`): for refusals, which
    change nothing but leave one `package_rejected` audit entry."""
    return vault_digest(session, skip=("audit", "meta"))


def last_audit_action(session: Session) -> str:
    row = session.con.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return str(row[0]) if row else ""


def vault_digest(session: Session, skip: tuple[str, ...] = ()) -> str:
    """SHA-256 over every row of every table (before/after comparisons)."""
    h = hashlib.sha256()
    con = session.con
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    for table in tables:
        if "_fts" in table or table.endswith(("_data", "_idx", "_docsize", "_config", "_content")):
            continue
        if table in skip:
            continue
        h.update(table.encode())
        for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()


@dataclass
class Pair:
    """A workstation and a central vault, keys exchanged, the workstation enrolled lazily."""

    ws: Session
    central: Session
    folder: Path
    ws_fingerprint: str
    central_fingerprint: str

    def export(self, **kwargs: Any) -> export_mod.ExportResult:
        return export_mod.export_package(self.ws, self.folder, **kwargs)

    def import_(self, path: Path | bytes, **kwargs: Any) -> import_report.ImportReport:
        data = path if isinstance(path, bytes) else path.read_bytes()
        name = "" if isinstance(path, bytes) else path.name
        known = keys.enrolled(self.central, self.ws.workstation_id)
        if known is None and "enrol_fingerprint" not in kwargs:
            kwargs["enrol_fingerprint"] = self.ws_fingerprint
        return importer.import_package(self.central, data, file_name=name, **kwargs)


def make_pair(tmp: Path, establishment: str = "PL-WAW1", name: str = "ws") -> Pair:
    central, _ = create_vault(tmp / "central", Mode.CENTRAL, "PL-CZ")
    ws = make_workstation(tmp / name, central, establishment)
    central.con.execute(NOTE_TABLE)
    folder = tmp / "usb"
    folder.mkdir(exist_ok=True)
    return Pair(
        ws,
        central,
        folder,
        keys.own_workstation_fingerprint(ws),
        keys.own_certificate_fingerprint(central),
    )


def make_workstation(folder: Path, central: Session, establishment: str = "PL-WAW1") -> Session:
    ws, _ = create_vault(folder, Mode.WORKSTATION, establishment)
    ws.con.execute(NOTE_TABLE)
    cert, fp = keys.make_certificate(central)
    keys.trust_central(ws, cert, crypto.group_fingerprint(fp))
    return ws


def copy_pair(template: Path, tmp: Path) -> Pair:
    """The pair `make_pair` made (and closed) in `template`, copied into `tmp` and opened.

    Making a pair creates two vaults and exchanges their keys (~1 s of fsyncs);
    copying the four files costs a few milliseconds. Every copy holds the same
    keys and ids; a test that needs a second workstation makes it (`make_workstation`).
    """
    for name in ("central", "ws"):
        shutil.copytree(template / name, tmp / name)
    central = login(tmp / "central", ADMIN, ADMIN_PASSWORD)
    ws = login(tmp / "ws", ADMIN, ADMIN_PASSWORD)
    for session in (central, ws):
        session.con.execute(NOTE_TABLE)  # as make_pair left it (a no-op when it is there)
    folder = tmp / "usb"
    folder.mkdir(exist_ok=True)
    return Pair(
        ws,
        central,
        folder,
        keys.own_workstation_fingerprint(ws),
        keys.own_certificate_fingerprint(central),
    )


def open_pair(tmp_path: Path, template: Path) -> Iterator[Pair]:
    """Body of each test module's `pair` fixture (`template`: the `pair_files` fixture)."""
    p = copy_pair(template, tmp_path)
    yield p
    p.ws.close()
    p.central.close()


# --- forging packages ------------------------------------------------------------


def decrypt_with_central(pair: Pair, data: bytes) -> bytes:
    return container.age_decrypt(data, keys.central_identity(pair.central))


def tar_members(plain: bytes) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        for info in tar:
            handle = tar.extractfile(info)
            assert handle is not None
            out[info.name] = handle.read()
    return out


def raw_tar(members: list[tuple[str, bytes]], *, types: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            if types and name in types:
                info.type = types[name]
                info.size = 0
                info.linkname = "manifest.json"
                tar.addfile(info)
                continue
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def encrypt_to_central(pair: Pair, plain: bytes) -> bytes:
    cert = keys.trusted_central(pair.ws)
    assert cert is not None
    return container.age_encrypt(plain, [container.parse_recipient(cert.age_recipient)])


def forge(
    pair: Pair,
    *,
    records: list[Any] | None = None,
    raw_records: bytes | None = None,
    audit: bytes = b"",
    sequence: int = 1,
    previous_hash: str = container.GENESIS,
    signing_private: bytes | None = None,
    sender_key: bytes | None = None,
    workstation_id: str | None = None,
    manifest_changes: dict[str, Any] | None = None,
) -> bytes:
    """A package built by hand: any content, signed with any key, encrypted to central."""
    private, public = keys.signing_keys(pair.ws)
    signer = signing_private or private
    key = sender_key or (crypto.ed25519_public(signer) if signing_private else public)
    if raw_records is None:
        raw_records = b"".join(
            (json.dumps(r, ensure_ascii=False).encode() if not isinstance(r, bytes) else r) + b"\n"
            for r in records or []
        )
    manifest: dict[str, Any] = {
        "format": container.FORMAT,
        "format_version": container.FORMAT_VERSION,
        "kind": "export",
        "sender": {
            "workstation_id": workstation_id or pair.ws.workstation_id,
            "vault_id": pair.ws.vault_id,
            "establishment": pair.ws.establishment_code,
            "signing_key": key.hex(),
        },
        "sequence": sequence,
        "previous_hash": previous_hash,
        "created_at": "2026-11-25T10:00:00.000000Z",
        "schema_version": 4,
        "app_version": "test",
        "recipient_fingerprint": pair.central_fingerprint,
        "resend": False,
        "counts": {"records": raw_records.count(b"\n"), "audit": audit.count(b"\n"), "by_kind": {}},
        "audit_range": {"from": 0, "to": 0},
        "parts": {
            "records.jsonl": container.part_entry(raw_records, raw_records.count(b"\n")),
            "audit.jsonl": container.part_entry(audit, audit.count(b"\n")),
        },
    }
    manifest.update(manifest_changes or {})
    plain = container.build(manifest, {"records.jsonl": raw_records, "audit.jsonl": audit}, signer)
    return encrypt_to_central(pair, plain)


def note_line(note_id: str, body: str, version: int = 1, ref: str | None = None) -> dict[str, Any]:
    return {
        "change": 1,
        "kind": "sync_note",
        "op": "upsert",
        "id": note_id,
        "version": version,
        "at": "2026-11-25T10:00:00.000000Z",
        "record": {"id": note_id, "version": version, "body": body, "ref": ref},
    }
