"""The container shared by export packages, receipts and reference bundles.

A container is a plain ustar archive with a fixed set of member names:
`manifest.json` (canonical JSON, see `canonical_json`), `manifest.sig` (hex
Ed25519 signature over exactly the bytes of manifest.json) and the payload
parts the manifest lists with their size, SHA-256 and line count. Export
packages are additionally encrypted with age (pyrage) to the central office;
receipts and bundles hold no personal data and travel signed only.

Everything read here is untrusted until the signature checks: sizes are
limited before anything is read, member names come from an allow-list, and no
path is ever built from the archive's contents. See docs/package-format.md.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from radprev_desktop.core import crypto
from radprev_desktop.core.errors import PackageRejected
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

FORMAT = "radprev-package"
FORMAT_VERSION = 1
GENESIS = "0" * 64

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"

# Limits (bytes unless said otherwise). A package above them is refused whole;
# an export that would exceed them is split over several packages.
MAX_FILE_BYTES = 1024 * 1024 * 1024  # an encrypted package or a signed file on disk
MAX_MANIFEST_BYTES = 64 * 1024
MAX_PART_BYTES = 768 * 1024 * 1024
MAX_LINE_BYTES = 1024 * 1024  # one JSON line (one record or audit entry)
MAX_LINES = 1_000_000  # lines per part
MAX_RECORDS_PER_EXPORT = 200_000  # an export carries at most this many changes
MAX_MEMBERS = 16

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX128 = re.compile(r"^[0-9a-f]{128}$")
_PART_NAME = re.compile(r"^[a-z][a-z0-9_]{0,30}\.(jsonl|json)$")
#: A JSON escape of a UTF-16 surrogate (\ud800…\udfff), in either case.
_SURROGATE_ESCAPE = re.compile(rb"\\[uU][dD]")


def canonical_json(value: Any) -> bytes:
    """UTF-8 JSON with sorted keys, no spaces, no ASCII escaping, integers only.

    Floats are refused so that every implementation produces the same bytes
    (checked by re-reading the text with a float hook: the C parser is far
    faster than walking nested records in Python).
    """
    text = json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
    json.loads(text, parse_float=_refuse_float)
    return text.encode("utf-8")


def _refuse_float(literal: str) -> Any:
    raise ValueError("floats are not allowed in canonical JSON")


def has_lone_surrogates(raw: bytes, parsed: Any) -> bool:
    """True when JSON text escaped a lone UTF-16 surrogate (\\ud800…): such strings are not
    Unicode text and cannot be stored. Cheap unless the raw line holds a `\\ud` escape."""
    if _SURROGATE_ESCAPE.search(raw) is None:
        return False
    try:
        json.dumps(parsed, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def sha256_hex(data: bytes) -> str:
    """SHA-256 as lowercase hex."""
    return hashlib.sha256(data).hexdigest()


def jsonl(lines: list[dict[str, Any]]) -> bytes:
    """JSON Lines: one canonical JSON object per line, each ending in LF."""
    return b"".join(canonical_json(line) + b"\n" for line in lines)


@dataclass(frozen=True)
class Container:
    """A parsed, signature-checked container."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    parts: dict[str, bytes]

    @property
    def hash(self) -> str:
        """The container's identity: SHA-256 of the canonical manifest bytes."""
        return sha256_hex(self.manifest_bytes)

    def lines(self, part: str) -> Iterator[tuple[int, bytes]]:
        """(line number from 1, raw bytes) of a JSON Lines part."""
        data = self.parts.get(part, b"")
        if not data:
            return
        yield from enumerate(data.split(b"\n")[:-1], start=1)


def part_entry(data: bytes, count: int) -> dict[str, Any]:
    """The manifest's description of one part."""
    return {"bytes": len(data), "sha256": sha256_hex(data), "count": count}


def build(manifest: dict[str, Any], parts: dict[str, bytes], signing_private: bytes) -> bytes:
    """Sign the manifest and write the tar (in memory; nothing touches the disk)."""
    manifest = dict(manifest)
    manifest_bytes = canonical_json(manifest)
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise ValueError("manifest too large")
    signature = crypto.sign(signing_private, manifest_bytes).hex().encode("ascii")
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in [(MANIFEST, manifest_bytes), (SIGNATURE, signature), *parts.items()]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o600
            info.mtime = 0
            info.type = tarfile.REGTYPE
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


# --- strict ustar reader -----------------------------------------------------------
#
# The archive is read by hand rather than with `tarfile`: tarfile follows pax and GNU
# extension headers (whose data it reads into memory), expands GNU sparse members to
# their claimed size, and accepts base-256 sizes. Here every header is checked, and
# each member's size limit is applied, before a single byte of its data is touched;
# member data is a slice of the bytes already held, so parsing never costs more memory
# than the file itself.

_BLOCK = 512
_USTAR_MAGIC = b"ustar\x0000"  # POSIX ustar: magic "ustar\0" then version "00"
_REGULAR = (b"0", b"\x00")
_TYPE_NAMES = {
    b"1": QT_TRANSLATE_NOOP("errors", "a hard link"),
    b"2": QT_TRANSLATE_NOOP("errors", "a symbolic link"),
    b"3": QT_TRANSLATE_NOOP("errors", "a character device"),
    b"4": QT_TRANSLATE_NOOP("errors", "a block device"),
    b"5": QT_TRANSLATE_NOOP("errors", "a folder"),
    b"6": QT_TRANSLATE_NOOP("errors", "a FIFO"),
    b"7": QT_TRANSLATE_NOOP("errors", "a contiguous file"),
    b"g": QT_TRANSLATE_NOOP("errors", "a pax global header"),
    b"x": QT_TRANSLATE_NOOP("errors", "a pax extended header"),
    b"L": QT_TRANSLATE_NOOP("errors", "a GNU long name"),
    b"K": QT_TRANSLATE_NOOP("errors", "a GNU long link"),
    b"S": QT_TRANSLATE_NOOP("errors", "a GNU sparse file"),
}


@dataclass(frozen=True)
class MemberHeader:
    """One checked ustar header: the member's name, its size and where its data starts."""

    name: str
    size: int
    offset: int


def _octal(field: bytes, what: str) -> int:
    """A NUL/space-terminated octal number; base-256 and anything else is refused."""
    text = field.rstrip(b"\x00 ").lstrip(b" ")
    if not text or any(ch not in b"01234567" for ch in text):
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The file's archive has a malformed %1 field."), what
        )
    return int(text, 8)


def _checked_header(block: bytes, offset: int) -> MemberHeader:
    """Check one 512-byte header (checksum, format, type, name, size limit)."""
    stored = _octal(block[148:156], "checksum")
    if stored != sum(block[:148]) + 8 * 32 + sum(block[156:]):
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors", "The file's archive is damaged (a header checksum is wrong)."
            )
        )
    if block[257:265] != _USTAR_MAGIC:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors", "The file is not a POSIX ustar archive (other tar formats are refused)."
            )
        )
    raw_name = block[0:100].split(b"\x00", 1)[0]
    try:
        name = raw_name.decode("ascii")
    except UnicodeDecodeError:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The file holds a part whose name is not plain ASCII.")
        ) from None
    typeflag = block[156:157]
    if typeflag not in _REGULAR:
        what = _TYPE_NAMES.get(typeflag, QT_TRANSLATE_NOOP("errors", "an entry of an unknown type"))
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The file holds an entry %1 that is %2, not a file."),
            repr(name),
            what,
        )
    if block[345:500].strip(b"\x00"):
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The file holds an entry %1 inside a folder."), repr(name)
        )
    if name not in (MANIFEST, SIGNATURE) and not _PART_NAME.match(name):
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The file holds an unexpected part %1."), repr(name)
        )
    size = _octal(block[124:136], "size")
    limit = MAX_MANIFEST_BYTES if name in (MANIFEST, SIGNATURE) else MAX_PART_BYTES
    if size > limit:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The part %1 is larger than allowed."), repr(name)
        )
    return MemberHeader(name, size, offset + _BLOCK)


def member_headers(data: bytes) -> list[MemberHeader]:
    """Every member's checked header, walking the archive without reading member data.

    Refuses anything but regular files named from the allow-list, sizes above the
    limits, duplicates, more than MAX_MEMBERS members, data running past the end
    of the file and non-zero bytes after the end-of-archive block.
    """
    headers: list[MemberHeader] = []
    seen: set[str] = set()
    offset = 0
    while True:
        block = data[offset : offset + _BLOCK]
        if len(block) < _BLOCK:
            raise PackageRejected(
                QT_TRANSLATE_NOOP(
                    "errors", "The file is truncated (its archive has no end marker)."
                )
            )
        if not block.strip(b"\x00"):
            break
        if len(headers) >= MAX_MEMBERS:
            raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The file holds too many parts."))
        header = _checked_header(block, offset)
        if header.name in seen:
            raise PackageRejected(
                QT_TRANSLATE_NOOP("errors", "The file holds the part %1 twice."), repr(header.name)
            )
        seen.add(header.name)
        padded = -(-header.size // _BLOCK) * _BLOCK
        if header.offset + padded > len(data):
            raise PackageRejected(
                QT_TRANSLATE_NOOP("errors", "The part %1 is truncated."), repr(header.name)
            )
        headers.append(header)
        offset = header.offset + padded
    if data.count(0, offset) != len(data) - offset:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The file holds data after the end of its archive.")
        )
    return headers


def read_members(data: bytes) -> dict[str, bytes]:
    """The archive's members (checked headers first, then slices of `data`)."""
    headers = member_headers(data)
    names = {h.name for h in headers}
    if MANIFEST not in names or SIGNATURE not in names:
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The file has no signed manifest."))
    return {h.name: data[h.offset : h.offset + h.size] for h in headers}


def read_untrusted_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a regular file from a USB stick, refusing it one chunk past `limit`. The size
    `stat` gives is not trusted (a file can grow), only the first read's length: a package
    is read into memory once, not copied."""
    try:
        with open(path, "rb", buffering=0) as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise PackageRejected(
                    QT_TRANSLATE_NOOP("errors", "%1 is not a regular file."), path.name
                )
            pieces: list[bytes] = []
            want = min(info.st_size, limit) + 1  # + 1: a file that grew is seen
            while chunk := fh.read(want):
                pieces.append(chunk)
                total = sum(map(len, pieces))
                if total > limit:
                    raise PackageRejected(
                        QT_TRANSLATE_NOOP("errors", "%1 is larger than allowed (%2 bytes)."),
                        path.name,
                        limit,
                    )
                want = min(_READ_CHUNK, limit + 1 - total)
            return pieces[0] if len(pieces) == 1 else b"".join(pieces)
    except OSError as exc:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "%1 cannot be read (%2)."), path.name, exc.strerror
        ) from exc


_READ_CHUNK = 1024 * 1024


def parse_manifest(members: dict[str, bytes]) -> tuple[dict[str, Any], bytes, bytes]:
    """Manifest dict, its exact bytes and the raw signature; format checks only."""
    manifest_bytes = members[MANIFEST]
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The manifest is not valid JSON.")
        ) from exc
    if not isinstance(manifest, dict):
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The manifest is not a JSON object."))
    if has_lone_surrogates(manifest_bytes, manifest):
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The manifest holds text that is not valid Unicode.")
        )
    try:
        canonical = canonical_json(manifest)
    except ValueError as exc:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The manifest holds numbers that are not integers.")
        ) from exc
    if canonical != manifest_bytes:
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The manifest is not in canonical form."))
    if manifest.get("format") != FORMAT:
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "This is not a radprev file."))
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The manifest has no format version."))
    if version > FORMAT_VERSION:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file uses format version %1; this version of radprev reads up to "
                "%2. Install the newer version.",
            ),
            version,
            FORMAT_VERSION,
        )
    if version < 1:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The file's format version is not valid.")
        )
    sig_text = members[SIGNATURE].strip()
    if not _HEX128.match(sig_text.decode("ascii", "replace")):
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The manifest signature is malformed."))
    return manifest, manifest_bytes, bytes.fromhex(sig_text.decode("ascii"))


def check_signature(manifest_bytes: bytes, signature: bytes, public_key: bytes, who: str) -> None:
    """Raise PackageRejected unless `signature` is `public_key`'s over the manifest."""
    if not crypto.verify(public_key, signature, manifest_bytes):
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The signature does not verify against %1: the file was altered or forged.",
            ),
            who,
        )


def check_parts(
    manifest: dict[str, Any],
    members: dict[str, bytes],
    digests: dict[str, str] | None = None,
) -> dict[str, bytes]:
    """Every listed part present with its size, hash and line count; no extra parts
    (`digests`: the parts' SHA-256 computed by the import's checking process)."""
    listed = manifest.get("parts")
    if not isinstance(listed, dict):
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The manifest does not list the parts."))
    present = {k for k in members if k not in (MANIFEST, SIGNATURE)}
    if set(listed) != present:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The parts in the file do not match the manifest.")
        )
    parts: dict[str, bytes] = {}
    for name, entry in listed.items():
        data = members[name]
        if not isinstance(entry, dict):
            raise PackageRejected(
                QT_TRANSLATE_NOOP("errors", "The manifest entry for %1 is malformed."), repr(name)
            )
        size, digest, count = entry.get("bytes"), entry.get("sha256"), entry.get("count")
        if not isinstance(size, int) or not isinstance(count, int) or not isinstance(digest, str):
            raise PackageRejected(
                QT_TRANSLATE_NOOP("errors", "The manifest entry for %1 is malformed."), repr(name)
            )
        if size != len(data) or digest != ((digests or {}).get(name) or sha256_hex(data)):
            raise PackageRejected(
                QT_TRANSLATE_NOOP("errors", "The part %1 does not match its hash: it was altered."),
                repr(name),
            )
        if name.endswith(".jsonl"):
            if count < 0 or count > MAX_LINES:
                raise PackageRejected(
                    QT_TRANSLATE_NOOP("errors", "The part %1 claims too many lines."), repr(name)
                )
            if data and not data.endswith(b"\n"):
                raise PackageRejected(
                    QT_TRANSLATE_NOOP("errors", "The part %1 is truncated."), repr(name)
                )
            if data.count(b"\n") != count:
                raise PackageRejected(
                    QT_TRANSLATE_NOOP(
                        "errors", "The part %1 does not hold the number of lines listed."
                    ),
                    repr(name),
                )
        parts[name] = data
    return parts


def open_signed(data: bytes) -> tuple[dict[str, Any], bytes, bytes, dict[str, bytes]]:
    """Members and manifest of a container, before any key is chosen."""
    members = read_members(data)
    manifest, manifest_bytes, signature = parse_manifest(members)
    return manifest, manifest_bytes, signature, members


def verify_container(data: bytes, public_key: bytes, who: str) -> Container:
    """Parse, check the signature with a known key, then check the parts."""
    manifest, manifest_bytes, signature, members = open_signed(data)
    check_signature(manifest_bytes, signature, public_key, who)
    parts = check_parts(manifest, members)
    return Container(manifest, manifest_bytes, signature, parts)


# --- age layer -----------------------------------------------------------------

AGE_MAGIC = b"age-encryption.org/v1\n"


def is_age(data: bytes) -> bool:
    """True when `data` starts like an age file."""
    return data.startswith(AGE_MAGIC)


def parse_recipient(text: str) -> x25519.Recipient:
    """An `age1…` recipient; ValueError when it is not one."""
    try:
        return x25519.Recipient.from_str(text.strip())
    except Exception as exc:  # pyrage raises its own RecipientError / ValueError
        raise ValueError("not an age X25519 recipient") from exc


def age_encrypt(data: bytes, recipients: list[x25519.Recipient]) -> bytes:
    """age-encrypt to every recipient (binary format)."""
    return bytes(pyrage.encrypt(data, recipients))


def age_decrypt(data: bytes, identity: x25519.Identity) -> bytes:
    """Decrypt with one identity; PackageRejected when it cannot."""
    if not is_age(data):
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The file is not an encrypted radprev package.")
        )
    try:
        return bytes(pyrage.decrypt(data, [identity]))
    except pyrage.DecryptError as exc:
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The package cannot be decrypted with this office's key: it was "
                "addressed to another office, or it is damaged or truncated.",
            )
        ) from exc
    except Exception as exc:  # malformed headers surface as other pyrage errors
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors", "The package is damaged (its encryption layer is malformed)."
            )
        ) from exc


def is_hex64(value: Any) -> bool:
    """A lowercase 64-digit hex string."""
    return isinstance(value, str) and bool(_HEX64.match(value))
