"""Forged, corrupted, replayed and malformed packages are rejected whole and change nothing.

Every rejection is checked against a digest of every table of the central vault
taken before the attempt.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from radprev_desktop.core import crypto
from radprev_desktop.core.errors import PackageRejected
from radprev_desktop.core.sync import container, importer, keys
from tests.unit.test_sync_support import (
    Pair,
    add_note,
    decrypt_with_central,
    encrypt_to_central,
    forge,
    make_workstation,
    note_line,
    notes,
    open_pair,
    raw_tar,
    tar_members,
    vault_digest,
)

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def pair(tmp_path: Path, pair_files: Path) -> Iterator[Pair]:
    yield from open_pair(tmp_path, pair_files)


@pytest.fixture
def package(pair: Pair) -> bytes:
    """A genuine package (enrolled sender, package 1 imported already), and package 2."""
    add_note(pair.ws, "pierwsza notatka")
    pair.import_(pair.export().path)
    add_note(pair.ws, "Ђорђе — друга")
    add_note(pair.ws, "Arbër")
    return pair.export().path.read_bytes()


def assert_rejected(pair: Pair, data: bytes, match: str | None = None) -> PackageRejected:
    before = vault_digest(pair.central)
    with pytest.raises(PackageRejected, match=match) as info:
        importer.import_package(pair.central, data, file_name="forged.age")
    assert vault_digest(pair.central) == before
    return info.value


def rebuild(pair: Pair, data: bytes, change: Any) -> bytes:
    """Decrypt a genuine package, let `change` edit its members, re-encrypt it."""
    members = tar_members(decrypt_with_central(pair, data))
    items = change(members)
    return encrypt_to_central(pair, raw_tar(items))


def test_genuine_package_imports(pair: Pair, package: bytes) -> None:
    assert importer.import_package(pair.central, package).inserted == 2


@FUZZ
@given(position=st.floats(min_value=0.0, max_value=1.0), bit=st.integers(0, 7))
def test_any_flipped_byte_of_the_file_is_rejected(
    pair: Pair, package: bytes, position: float, bit: int
) -> None:
    index = min(int(position * len(package)), len(package) - 1)
    damaged = bytearray(package)
    damaged[index] ^= 1 << bit
    assert_rejected(pair, bytes(damaged))


@FUZZ
@given(length=st.integers(min_value=0, max_value=10_000))
def test_truncated_file_is_rejected(pair: Pair, package: bytes, length: int) -> None:
    assert_rejected(pair, package[: min(length, len(package) - 1)])


@pytest.mark.parametrize("part", ["manifest.json", "manifest.sig", "records.jsonl", "audit.jsonl"])
def test_flipped_byte_inside_any_part_is_rejected(pair: Pair, package: bytes, part: str) -> None:
    def flip(members: dict[str, bytes]) -> list[tuple[str, bytes]]:
        data = bytearray(members[part])
        data[len(data) // 2] ^= 0x01
        members[part] = bytes(data)
        return list(members.items())

    assert_rejected(pair, rebuild(pair, package, flip))


def test_manifest_edited_and_resigned_with_a_wrong_key(pair: Pair, package: bytes) -> None:
    wrong_private, _ = crypto.ed25519_generate()

    def resign(members: dict[str, bytes]) -> list[tuple[str, bytes]]:
        manifest = json.loads(members["manifest.json"])
        manifest["counts"]["records"] = 99
        body = container.canonical_json(manifest)
        members["manifest.json"] = body
        members["manifest.sig"] = crypto.sign(wrong_private, body).hex().encode()
        return list(members.items())

    assert_rejected(pair, rebuild(pair, package, resign), "signature")


def test_forged_signer_claiming_an_enrolled_workstation(pair: Pair, package: bytes) -> None:
    wrong_private, wrong_public = crypto.ed25519_generate()
    _, real_public = keys.signing_keys(pair.ws)
    lines = [note_line("0190-forged", "forged")]
    # The forger's own key in the manifest: refused as not that workstation's key.
    assert_rejected(
        pair, forge(pair, records=lines, sequence=5, signing_private=wrong_private), "another key"
    )
    # The real public key named, but signed with another: the signature fails.
    assert_rejected(
        pair,
        forge(
            pair, records=lines, sequence=5, signing_private=wrong_private, sender_key=real_public
        ),
        "signature",
    )
    assert wrong_public != real_public


def test_unknown_signer_must_be_enrolled_and_changes_nothing(pair: Pair, package: bytes) -> None:
    stranger_private, _ = crypto.ed25519_generate()
    data = forge(
        pair,
        records=[note_line("0190-s", "s")],
        signing_private=stranger_private,
        workstation_id="0190aaaa-0000-7000-8000-000000000001",
    )
    error = assert_rejected(pair, data, "not enrolled")
    assert isinstance(error, importer.EnrolmentRequired)


def test_package_replayed_under_another_workstation_name(tmp_path: Path, pair: Pair) -> None:
    other = make_workstation(tmp_path / "ws2", pair.central, "PL-KRK2")
    try:
        other.con.execute("SELECT 1")
        add_note(pair.ws, "from A")
        genuine_a = pair.export().path.read_bytes()
        pair.import_(genuine_a)
        # Enrol B with its own first package.
        from radprev_desktop.core.sync import export as export_mod

        b_first = export_mod.export_package(other, pair.folder).path.read_bytes()
        importer.import_package(
            pair.central, b_first, enrol_fingerprint=keys.own_workstation_fingerprint(other)
        )

        def as_b(members: dict[str, bytes]) -> list[tuple[str, bytes]]:
            manifest = json.loads(members["manifest.json"])
            manifest["sender"]["workstation_id"] = other.workstation_id
            manifest["sequence"] = 2
            manifest["previous_hash"] = container.GENESIS
            members["manifest.json"] = container.canonical_json(manifest)
            return list(members.items())

        assert_rejected(pair, rebuild(pair, genuine_a, as_b))

        def as_b_with_key(members: dict[str, bytes]) -> list[tuple[str, bytes]]:
            manifest = json.loads(members["manifest.json"])
            manifest["sender"]["workstation_id"] = other.workstation_id
            manifest["sender"]["signing_key"] = keys.signing_keys(other)[1].hex()
            members["manifest.json"] = container.canonical_json(manifest)
            return list(members.items())

        assert_rejected(pair, rebuild(pair, genuine_a, as_b_with_key), "signature")
    finally:
        other.close()


def test_wrong_recipient(pair: Pair, package: bytes, tmp_path: Path) -> None:
    from pyrage import x25519

    plain = decrypt_with_central(pair, package)
    elsewhere = container.age_encrypt(plain, [x25519.Identity.generate().to_public()])
    assert_rejected(pair, elsewhere, "cannot be decrypted")
    assert_rejected(
        pair,
        forge(pair, records=[], sequence=2, manifest_changes={"recipient_fingerprint": "ab" * 32}),
        "another central office",
    )


def test_not_encrypted_at_all(pair: Pair, package: bytes) -> None:
    assert_rejected(pair, decrypt_with_central(pair, package), "not an encrypted")


def test_oversized_file_and_parts(
    pair: Pair, package: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(container, "MAX_FILE_BYTES", len(package) - 1)
    assert_rejected(pair, package, "larger than allowed")
    monkeypatch.undo()
    monkeypatch.setattr(container, "MAX_PART_BYTES", 10)
    assert_rejected(pair, package, "larger than allowed")


@pytest.mark.parametrize(
    "name",
    ["../evil.jsonl", "/etc/passwd", "records.jsonl/../../x", "a/b.jsonl", "..", "RECORDS.JSONL"],
)
def test_path_like_member_names(pair: Pair, package: bytes, name: str, tmp_path: Path) -> None:
    def add(members: dict[str, bytes]) -> list[tuple[str, bytes]]:
        return [*members.items(), (name, b"{}\n")]

    before = sorted(p.name for p in tmp_path.iterdir())
    assert_rejected(pair, rebuild(pair, package, add))
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_links_and_duplicates(pair: Pair, package: bytes) -> None:
    import tarfile

    def link(members: dict[str, bytes]) -> list[tuple[str, bytes]]:
        return [*members.items(), ("extra.jsonl", b"")]

    data = encrypt_to_central(
        pair,
        raw_tar(
            link(tar_members(decrypt_with_central(pair, package))),
            types={"extra.jsonl": tarfile.SYMTYPE},
        ),
    )
    assert_rejected(pair, data, "not a file")

    def twice(members: dict[str, bytes]) -> list[tuple[str, bytes]]:
        return [*members.items(), ("records.jsonl", members["records.jsonl"])]

    assert_rejected(pair, rebuild(pair, package, twice), "twice")


@pytest.mark.parametrize("count", [10**12, -1, 3, 2**63])
def test_huge_or_wrong_counts(pair: Pair, package: bytes, count: int) -> None:
    records = b"".join(json.dumps(note_line(f"0190-{i}", "x")).encode() + b"\n" for i in range(2))
    parts = {"records.jsonl": {**container.part_entry(records, 2), "count": count}}
    data = forge(
        pair,
        raw_records=records,
        sequence=7,
        manifest_changes={
            "parts": {**parts, "audit.jsonl": container.part_entry(b"", 0)},
        },
    )
    assert_rejected(pair, data)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@FUZZ
@given(
    field=st.sampled_from(
        ["format", "format_version", "kind", "sender", "sequence", "previous_hash", "parts"]
    ),
    value=JSONISH,
)
def test_malformed_manifests_signed_by_the_real_key(
    pair: Pair, package: bytes, field: str, value: Any
) -> None:
    data = forge(pair, records=[], sequence=9, manifest_changes={field: value})
    assert_rejected(pair, data)


@FUZZ
@given(payload=st.binary(max_size=3000))
def test_random_bytes_inside_the_encryption(pair: Pair, package: bytes, payload: bytes) -> None:
    assert_rejected(pair, encrypt_to_central(pair, payload))


@FUZZ
@given(lines=st.lists(st.binary(max_size=200).filter(lambda b: b"\n" not in b), max_size=6))
def test_malformed_records_in_an_authentic_package_are_quarantined(
    pair: Pair, package: bytes, lines: list[bytes]
) -> None:
    raw = b"".join(line + b"\n" for line in lines)
    seq = int(pair.central.con.execute("SELECT max(seq) FROM imports").fetchone()[0]) + 1
    prev = pair.central.con.execute(
        "SELECT package_hash FROM imports ORDER BY seq DESC LIMIT 1"
    ).fetchone()[0]
    before = notes(pair.central)
    report = importer.import_package(
        pair.central, forge(pair, raw_records=raw, sequence=seq, previous_hash=prev)
    )
    assert report.records == len(lines)
    assert len(report.quarantined) + report.inserted + report.duplicates + report.conflicts == len(
        lines
    )
    assert notes(pair.central) == before


def test_oversized_record_line_is_quarantined(pair: Pair, package: bytes) -> None:
    big = json.dumps(note_line("0190-big", "x" * (container.MAX_LINE_BYTES + 10))).encode()
    prev = pair.central.con.execute("SELECT package_hash FROM imports").fetchone()[0]
    report = importer.import_package(
        pair.central, forge(pair, raw_records=big + b"\n", sequence=2, previous_hash=prev)
    )
    assert report.inserted == 0 and report.quarantined[0].reason.startswith("The record is larger")


def test_chain_must_link(pair: Pair, package: bytes) -> None:
    assert_rejected(
        pair,
        forge(pair, records=[], sequence=2, previous_hash="ab" * 32),
        "chain of packages is broken",
    )
    assert_rejected(pair, forge(pair, records=[], sequence=1, previous_hash="ab" * 32))


REAL_KINDS = ["subject", "observation", "review", "tombstone", "checklist_run"]
FIELDS = [
    "establishment_code",
    "prison_number",
    "family_name",
    "given_names",
    "birth_year",
    "subject_id",
    "facts",
    "status",
    "urgency",
    "grading",
    "observation_id",
    "decision",
    "answers",
    "reason",
    "kind",
]


@FUZZ
@given(
    kind=st.sampled_from(REAL_KINDS),
    record=st.dictionaries(st.sampled_from(FIELDS), JSONISH, max_size=10),
)
def test_fuzzed_records_of_real_kinds_never_crash_the_import(
    pair: Pair, package: bytes, kind: str, record: dict[str, Any]
) -> None:
    oid = "0190ffff-0000-7000-8000-000000000001"
    line = {
        "change": 1,
        "kind": kind,
        "op": "tombstone" if kind == "tombstone" else "upsert",
        "id": oid,
        "version": 1,
        "at": "2026-11-25T10:00:00.000000Z",
        "record": {**record, "id": oid, "version": 1},
    }
    con = pair.central.con
    seq = int(con.execute("SELECT max(seq) FROM imports").fetchone()[0]) + 1
    prev = con.execute("SELECT package_hash FROM imports ORDER BY seq DESC LIMIT 1").fetchone()[0]
    report = importer.import_package(
        pair.central, forge(pair, records=[line], sequence=seq, previous_hash=prev)
    )
    assert report.records == 1
    assert len(report.quarantined) + report.inserted + report.duplicates + report.conflicts == 1


def test_absurd_json_in_a_record_line_is_quarantined(pair: Pair, package: bytes) -> None:
    lines = [
        b'{"kind":"sync_note","id":"x","version":' + b"9" * 5000 + b"}",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"kind":"sync_note","id":"\\ud800","version":1,"op":"upsert","record":{}}',
    ]
    prev = pair.central.con.execute("SELECT package_hash FROM imports").fetchone()[0]
    raw = b"".join(line + b"\n" for line in lines)
    report = importer.import_package(
        pair.central, forge(pair, raw_records=raw, sequence=2, previous_hash=prev)
    )
    assert len(report.quarantined) == 3


def test_absurd_manifest_numbers_are_rejected(pair: Pair, package: bytes) -> None:
    members = tar_members(decrypt_with_central(pair, package))
    text = members["manifest.json"].replace(b'"sequence":2', b'"sequence":' + b"9" * 5000)
    private, _ = keys.signing_keys(pair.ws)
    members["manifest.json"] = text
    members["manifest.sig"] = crypto.sign(private, text).hex().encode()
    assert_rejected(pair, encrypt_to_central(pair, raw_tar(list(members.items()))))
