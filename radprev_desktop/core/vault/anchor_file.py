"""`vault.anchor`: the audit anchor in a small file of its own (decision 0033).

The anchor (sequence number and hash of the newest audit entry, decision 0009)
moves after every audited commit. Rewriting the whole of vault.keys for it cost
a read, a parse, a check and a new seal of every slot plus a file flush per
commit; here a write is one HMAC over about a hundred bytes and one positional
write of one slot, not flushed (a crash may bring back the previous slot: the
anchor is then behind the log, which is never read as a cut, decision 0026).
The file is flushed at the session's close, at a forced anchor and at a rekey.

The file is two fixed-size slots written alternately, so the slot not being
written always holds the last anchor whole. Each slot holds a write counter,
the anchored entry, the key generation and its public key id, and an HMAC under
a key derived from that generation's vault key (never the key itself), bound to
the vault id and the slot's place: a slot copied from another vault, from
before a rekey or edited fails it; a torn slot fails it and the other is read.
The reader takes the valid slot with the highest counter.

Deleting or truncating this file does not switch the check off: vault.keys
records (inside its own HMAC) that the anchor lives here and the last anchor it
held itself, and an opening that finds no valid slot, or one older than that
record, reports it as it reports a cut log (`store.Vault.anchor_reading`).

Writers in two processes (the command line while the app is open) take a lock
on this file (`fileio.fd_lock`), never the vault.keys lock.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import struct
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from radprev_desktop.core import crypto
from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.errors import StorageError, VaultBusy
from radprev_desktop.core.fileio import LockBusy, atomic_write, fd_lock, storage_message
from radprev_desktop.core.vault import refusals
from radprev_desktop.core.vault.keys import AuditAnchor

NAME = "vault.anchor"
MAGIC = b"RPANCH01"
SLOT_BYTES = 128
FILE_BYTES = 2 * SLOT_BYTES
# magic, write counter, key generation, anchored seq, anchored hash, key id (raw)
_BODY = struct.Struct(">8sQIQ32s16s")
_MAC_AT = SLOT_BYTES - 32  # the HMAC closes the slot; zero padding before it is covered
_MAC_LABEL = b"radprev vault.anchor mac v1"
LOCK_TIMEOUT = 0.5  # a writer waits this long for another process, then skips (anchor behind)

# What an opening found wrong with the file (AnchorReading.problem).
MISSING = "missing"  # no vault.anchor although vault.keys says the anchor lives there
DAMAGED = "damaged"  # no slot that this vault's current key vouches for
OLDER = "older"  # its newest slot is behind the anchor vault.keys itself recorded


@dataclass(frozen=True)
class AnchorSlot:
    """One slot as read: parsed only, or also checked (see `valid_slots`)."""

    index: int
    counter: int
    generation: int
    anchor: AuditAnchor
    key_id: str


@dataclass(frozen=True)
class AnchorReading:
    """What an opening checks the log against, and what was wrong with the file."""

    anchor: AuditAnchor | None  # the file's newest valid slot, else vault.keys' record
    problem: str = ""  # "", MISSING, DAMAGED or OLDER


def path_in(folder: Path) -> Path:
    """Path of vault.anchor inside a vault folder."""
    return folder / NAME


class Seal:
    """One key's seal on slots: its key id and HMAC key, derived once (`wipe` when done).

    A session's writer keeps one for as long as its key stays the same
    (`VaultAnchor`): deriving both per commit was most of an anchor write's CPU.
    Wiped when dropped, so a cached one never outlives its last user unzeroed.
    """

    def __init__(self, key: SecretBytes, vault_id: str, key_id: str | None = None) -> None:
        self.vault_id = vault_id
        self.key_id = key_id or crypto.key_id(key)
        self._mac_key = crypto.subkey(key, _MAC_LABEL)
        self._vault_bytes = vault_id.encode()
        self._raw_key_id = bytes.fromhex(self.key_id)
        # The file's bytes as this seal last checked or wrote them, the generation they were
        # checked for and their newest valid slot (`newest_known`); nothing secret.
        self._known: tuple[bytes, int, AnchorSlot] | None = None

    def __del__(self) -> None:
        mac_key = getattr(self, "_mac_key", None)  # absent when the derivation failed
        if mac_key is not None:
            mac_key.wipe()

    def mac(self, index: int, body: bytes) -> bytes:
        message = b"%s|%d|" % (self._vault_bytes, index) + body
        return hmac.digest(self._mac_key.buffer_for_primitive(), message, "sha256")

    def encode(self, index: int, counter: int, generation: int, anchor: AuditAnchor) -> bytes:
        """The bytes of one slot, sealed."""
        body = _BODY.pack(
            MAGIC,
            counter,
            generation,
            anchor.seq,
            bytes.fromhex(anchor.hash),
            self._raw_key_id,
        ).ljust(_MAC_AT, b"\0")
        return body + self.mac(index, body)

    def valid(self, data: bytes, generation: int) -> list[AnchorSlot]:
        """Slots this key sealed for this vault and generation, in their own place, newest first."""
        found = [s for s in parse_slots(data) if s.key_id == self.key_id]
        valid: list[AnchorSlot] = []
        for slot in sorted(found, key=lambda s: s.counter, reverse=True):
            raw = data[slot.index * SLOT_BYTES : (slot.index + 1) * SLOT_BYTES]
            good = hmac.compare_digest(self.mac(slot.index, raw[:_MAC_AT]), raw[_MAC_AT:])
            if good and slot.generation == generation:
                valid.append(slot)
        return valid

    def newest_valid(self, data: bytes, generation: int) -> AnchorSlot | None:
        """The newest valid slot, checking the newest candidate first (one HMAC as a rule)."""
        found = [s for s in parse_slots(data) if s.key_id == self.key_id]
        for slot in sorted(found, key=lambda s: s.counter, reverse=True):
            raw = data[slot.index * SLOT_BYTES : (slot.index + 1) * SLOT_BYTES]
            good = hmac.compare_digest(self.mac(slot.index, raw[:_MAC_AT]), raw[_MAC_AT:])
            if good and slot.generation == generation:
                return slot
        return None

    def newest_known(self, data: bytes, generation: int) -> AnchorSlot | None:
        """`newest_valid`, except that the bytes this seal checked or wrote last are not
        checked again: the same bytes under the same key give the same answer. A writer's
        commit then reads the file and compares it (another process's write, a planted or
        torn slot makes it differ, and it is checked whole), and computes one HMAC, its own
        slot's, instead of two (decision 0050)."""
        known = self._known
        if known is not None and known[1] == generation and known[0] == data:
            return known[2]
        best = self.newest_valid(data, generation)
        self._known = None if best is None else (data, generation, best)
        return best

    def wrote(self, data: bytes, slot: AnchorSlot, sealed: bytes) -> None:
        """`sealed` (the bytes of `slot`) was written over its place in the file read as
        `data`: the file's bytes now, whose newest valid slot it is (see `newest_known`)."""
        at = slot.index * SLOT_BYTES
        if len(data) != FILE_BYTES or len(sealed) != SLOT_BYTES:
            self._known = None
            return
        self._known = (data[:at] + sealed + data[at + SLOT_BYTES :], slot.generation, slot)

    def wipe(self) -> None:
        self._mac_key.wipe()


@contextlib.contextmanager
def _sealing(key: SecretBytes, vault_id: str, key_id: str | None = None) -> Iterator[Seal]:
    seal = Seal(key, vault_id, key_id)
    try:
        yield seal
    finally:
        seal.wipe()


def parse_slots(data: bytes) -> list[AnchorSlot]:
    """Slots whose layout is right (no HMAC checked: see `valid_slots`)."""
    found: list[AnchorSlot] = []
    for index in range(2):
        raw = data[index * SLOT_BYTES : (index + 1) * SLOT_BYTES]
        if len(raw) != SLOT_BYTES or not raw.startswith(MAGIC):
            continue
        _, counter, gen, seq, digest, kid = _BODY.unpack_from(raw)
        found.append(AnchorSlot(index, counter, gen, AuditAnchor(seq, digest.hex()), kid.hex()))
    return found


def valid_slots(data: bytes, vault_id: str, key: SecretBytes, generation: int) -> list[AnchorSlot]:
    """Slots sealed under `key` for this vault and generation, in their own place."""
    with _sealing(key, vault_id) as seal:
        return seal.valid(data, generation)


def newest(slots: list[AnchorSlot]) -> AnchorSlot | None:
    """The slot with the highest counter."""
    return max(slots, key=lambda s: s.counter, default=None)


def read_bytes(path: Path) -> bytes | None:
    """The file's content (at most the two slots), None when it is not there."""
    try:
        with open(path, "rb") as fh:
            return fh.read(FILE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        return b""  # unreadable counts as damaged, never as "no anchor kept"


def reading(
    path: Path, vault_id: str, key: SecretBytes, generation: int, recorded: AuditAnchor | None
) -> AnchorReading:
    """The anchor to check the log against; `recorded` is vault.keys' own record."""
    data = read_bytes(path)
    if data is None:
        return AnchorReading(recorded, MISSING)
    with _sealing(key, vault_id) as seal:
        best = seal.newest_valid(data, generation)
    if best is None:
        return AnchorReading(recorded, DAMAGED)
    if recorded is not None and best.anchor.seq < recorded.seq:
        return AnchorReading(recorded, OLDER)
    return AnchorReading(best.anchor)


def write_new(
    path: Path, vault_id: str, slots: list[tuple[int, AuditAnchor, SecretBytes]], counter: int
) -> None:
    """A whole new file, flushed (creation, upgrade, forced anchor, a rekey undone).

    `slots`: (generation, anchor, key) for slot 0, then slot 1; counters rise from
    `counter`. A slot not given is left empty.
    """
    parts = []
    for i, (gen, anchor, key) in enumerate(slots):
        with _sealing(key, vault_id) as seal:
            parts.append(seal.encode(i, counter + i, gen, anchor))
    data = b"".join(parts).ljust(FILE_BYTES, b"\0")
    atomic_write(path, data)


def _read_at(fd: int, offset: int) -> bytes:
    """The two slots, read from `offset` (Windows has no `os.pread`)."""
    if sys.platform == "win32":
        os.lseek(fd, offset, os.SEEK_SET)
        return os.read(fd, FILE_BYTES)
    return os.pread(fd, FILE_BYTES, offset)


def _write_at(fd: int, data: bytes, offset: int) -> None:
    """One slot written in place (Windows has no `os.pwrite`)."""
    if sys.platform == "win32":
        os.lseek(fd, offset, os.SEEK_SET)
        os.write(fd, data)
    else:
        os.pwrite(fd, data, offset)


@contextlib.contextmanager
def _locked(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[int]:
    """The file open for reading and writing, under its lock (FileNotFoundError if absent)."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0))
    try:
        with fd_lock(fd, timeout=timeout, name=str(path)):
            yield fd
    finally:
        os.close(fd)


def advance(
    path: Path,
    vault_id: str,
    key: SecretBytes,
    generation: int,
    anchor: AuditAnchor,
    key_id: str | None = None,
    current: Callable[[], bool] = lambda: True,
    seal: Seal | None = None,
) -> bool:
    """Move the anchor forward by one slot write (no flush); False when skipped.

    Skipped when the file is missing or holds no slot of this key (the next
    opening reports it; a writer never heals it quietly), when another
    process holds the file longer than LOCK_TIMEOUT, or when `current()`,
    asked under the file's lock, says this key is no longer the vault's (a
    rekey began: vault.keys, not a slot, says so). `key_id`: the key's public
    id when the caller has it (one derivation less per commit); `seal`: `key`'s
    seal for this vault when the caller keeps one (no derivation at all).
    """
    if seal is None:
        with _sealing(key, vault_id, key_id) as own:
            return advance(path, vault_id, key, generation, anchor, key_id, current, own)
    if seal.vault_id != vault_id:
        raise ValueError("a seal of another vault")
    try:
        with _locked(path) as fd:
            if not current():
                return False
            data = _read_at(fd, 0)
            best = seal.newest_known(data, generation)
            if best is None:
                return False
            if best.anchor.seq >= anchor.seq:
                return True
            written = AnchorSlot(1 - best.index, best.counter + 1, generation, anchor, seal.key_id)
            slot = seal.encode(written.index, written.counter, generation, anchor)
            _write_at(fd, slot, written.index * SLOT_BYTES)
            seal.wrote(data, written, slot)
            return True
    except (FileNotFoundError, LockBusy):
        return False
    except OSError as exc:
        raise StorageError(storage_message(exc, path)) from exc


def flush(path: Path, vault_id: str, key: SecretBytes, generation: int) -> AuditAnchor | None:
    """Flush the file to disk and return its newest valid anchor (None if none or busy)."""
    try:
        with _locked(path) as fd:
            os.fsync(fd)
            data = _read_at(fd, 0)
    except (FileNotFoundError, LockBusy):
        return None
    except OSError as exc:
        raise StorageError(storage_message(exc, path)) from exc
    with _sealing(key, vault_id) as seal:
        best = seal.newest_valid(data, generation)
    return None if best is None else best.anchor


def add_generation(
    path: Path,
    vault_id: str,
    old: tuple[int, SecretBytes],
    new: tuple[int, SecretBytes],
    anchor: AuditAnchor,
) -> AuditAnchor:
    """A rekey: the newest old-generation slot stays, the other slot carries the anchor
    under the new key (counter one higher), flushed — whichever key opens the database
    after a crash finds its own slot. Writers of the old key stop once vault.keys holds
    the new generation (`advance`'s `current`), which the rekey writes first.
    Returns the anchor sealed (the file's when it is ahead of `anchor`)."""
    old_gen, old_key = old
    new_gen, new_key = new
    try:
        with _locked(path, timeout=10.0) as fd:
            data = _read_at(fd, 0)
            with _sealing(old_key, vault_id) as seal:
                best = seal.newest_valid(data, old_gen)
            if best is not None:
                anchor = best.anchor if best.anchor.seq >= anchor.seq else anchor
                other = 1 - best.index
                with _sealing(new_key, vault_id) as seal:
                    slot = seal.encode(other, best.counter + 1, new_gen, anchor)
                _write_at(fd, slot, other * SLOT_BYTES)
                os.fsync(fd)
                return anchor
    except FileNotFoundError:
        pass
    except LockBusy as exc:
        raise VaultBusy(refusals.THE_VAULT_S_KEYS_ARE_BEING) from exc
    except OSError as exc:
        raise StorageError(storage_message(exc, path)) from exc
    pair = [(old_gen, anchor, old_key), (new_gen, anchor, new_key)]
    write_new(path, vault_id, pair, highest_counter(path) + 1)
    return anchor


def newest_unchecked(path: Path) -> AuditAnchor | None:
    """The newest slot's anchor without any key (what a restore would drop, at least)."""
    data = read_bytes(path)
    best = None if data is None else newest(parse_slots(data))
    return None if best is None else best.anchor


def highest_counter(path: Path) -> int:
    """The highest counter any slot shows (a new file continues above it)."""
    data = read_bytes(path)
    best = None if data is None else newest(parse_slots(data))
    return 0 if best is None else best.counter
