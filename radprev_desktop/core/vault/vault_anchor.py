"""One vault folder's audit anchor: where it is kept and how it moves (decision 0033).

After every audited commit the anchor moves one slot of `vault.anchor`
(anchor_file.py); vault.keys says, inside its HMAC, that the anchor lives there
and keeps the last anchor it held itself (raised at each session's close, once
the file is flushed), so an opening holds the file to it. An older vault, whose
anchor is inside vault.keys, moves to the file at its first audited commit.
Forced anchors (after a detected cut), the move and the rekey's step write
vault.keys under the folder lock; a plain move takes only the file's own lock.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from pathlib import Path

from radprev_desktop.core import crypto
from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.errors import StorageError, VaultBusy, VaultDamaged, VaultError
from radprev_desktop.core.vault import anchor_file, refusals
from radprev_desktop.core.vault import keys as slots
from radprev_desktop.core.vault.anchor_file import AnchorReading
from radprev_desktop.core.vault.keys import AuditAnchor, KeyFile


class VaultAnchor:
    """The audit anchor of one vault folder (held by `store.Vault` as `anchor`)."""

    def __init__(
        self,
        path: Path,
        keys_path: Path,
        lock: Callable[[float], AbstractContextManager[None]],
        read_keys: Callable[[], KeyFile],
    ) -> None:
        self.path = path
        self.keys_path = keys_path
        self._lock = lock  # the folder lock (vault.keys), re-entrant per thread
        self._read_keys = read_keys
        # key id -> (vault id, key generation) once vault.keys vouched for the anchor file,
        # and the vault.keys it was read from (a new one is read again before a write)
        self._bindings: dict[str, tuple[str, int]] = {}
        self._seen: dict[str, tuple[int, ...] | None] = {}
        # The seal of the key writing now, kept while that key stays (see `_seal_for`);
        # worker threads share this object, hence the lock.
        self._seal: tuple[bytearray, anchor_file.Seal] | None = None
        self._seal_lock = threading.Lock()

    def write(self, key: SecretBytes, anchor: AuditAnchor, *, force: bool = False) -> bool:
        """Move the audit anchor to `anchor`; False when skipped (busy, rekey, file gone).

        Called after every commit that added audit entries: one slot of
        vault.anchor, not flushed. It only moves forward unless `force`d (after
        a detected cut: a new file, flushed, and vault.keys' record with it). A
        skipped write leaves the anchor a little behind, never read as a cut.
        """
        try:
            if force:
                return self._reset_anchor(key, anchor)
            kept = self._kept_seal(key)
            key_id = kept.key_id if kept is not None else crypto.key_id(key)
            binding = self._bindings.get(key_id) or self._anchor_binding(key, anchor)
            if binding is None:
                return False
            vault_id, gen = binding
            seal = kept if kept is not None and kept.vault_id == vault_id else None
            if seal is None:
                seal = self._keep_seal(key, vault_id, key_id)
            current = lambda: self._still_current(key, key_id)  # noqa: E731 (under the file lock)
            return anchor_file.advance(
                self.path, vault_id, key, gen, anchor, key_id, current, seal=seal
            )
        except (VaultBusy, VaultError, StorageError):
            return False

    def _kept_seal(self, key: SecretBytes) -> anchor_file.Seal | None:
        """The seal kept for `key`, if it is still this key's (see `_keep_seal`)."""
        buffer = key.buffer_for_primitive()
        with self._seal_lock:
            kept = self._seal
        return kept[1] if kept is not None and kept[0] is buffer else None

    def _keep_seal(self, key: SecretBytes, vault_id: str, key_id: str) -> anchor_file.Seal:
        """Derive `key`'s seal once and keep it while the key stays the same.

        The key id and the slot HMAC key were derived at every audited commit (two
        HKDFs and an HMAC, a third of an anchor write's CPU). A rekey gives the shared
        key new content in a new buffer (`SecretBytes.replace_with`) and a wiped key has
        none, so the buffer's identity says whether a kept seal is still this key's.
        """
        seal = anchor_file.Seal(key, vault_id, key_id)
        with self._seal_lock:
            self._seal = (key.buffer_for_primitive(), seal)
        return seal

    def forget_seal(self) -> None:
        """Drop the kept seal (a session's close); it is wiped once no writer holds it."""
        with self._seal_lock:
            self._seal = None

    def _still_current(self, key: SecretBytes, key_id: str) -> bool:
        """Does vault.keys still hold `key`'s generation alone? (one stat while unchanged)

        Asked under the anchor file's lock, so a rekey (which writes vault.keys before it
        takes that lock) is always seen: a writer of the old key then skips, and never
        overwrites the new key's slot. This is what vault.keys, sealed, says — not a
        slot of the anchor file, which anyone who can write the folder could plant.
        """
        seen = _signature(self.keys_path)
        if seen is not None and self._seen.get(key_id) == seen:
            return True
        checked = self._single_generation(key)
        if checked is None or not checked[0].anchor_in_file:
            return False
        self._seen[key_id] = seen
        return True

    def _single_generation(self, key: SecretBytes) -> tuple[KeyFile, int] | None:
        """vault.keys when it holds `key`'s generation only and its seal holds (lock held)."""
        key_file = self._read_keys()
        gens = key_file.generations()
        if len(gens) != 1 or key_file.key_ids.get(gens[0]) != crypto.key_id(key):
            return None
        if not key_file.mac_ok(gens[0], key):
            return None
        return key_file, gens[0]

    def _anchor_binding(self, key: SecretBytes, anchor: AuditAnchor) -> tuple[str, int] | None:
        """Vault id and generation for `key`, read from vault.keys once per key.

        An older vault (anchor inside vault.keys) is moved to vault.anchor here,
        at its first audited commit, which is the login's.
        """
        found = self._bindings.get(crypto.key_id(key))
        if found is not None:
            return found
        with self._lock(anchor_file.LOCK_TIMEOUT):
            checked = self._single_generation(key)
            if checked is None:
                return None
            key_file, gen = checked
            if not key_file.anchor_in_file:
                held = key_file.audit_anchor
                start = anchor if held is None or anchor.seq >= held.seq else held
                self.move_to_file(key_file, gen, key, start)
        self._bindings[crypto.key_id(key)] = (key_file.vault_id, gen)
        return key_file.vault_id, gen

    def _reset_anchor(self, key: SecretBytes, anchor: AuditAnchor) -> bool:
        """A forced anchor: a new vault.anchor and the same record in vault.keys."""
        with self._lock(anchor_file.LOCK_TIMEOUT):
            checked = self._single_generation(key)
            if checked is None:
                return False
            key_file, gen = checked
            self.move_to_file(key_file, gen, key, anchor)
        self._bindings[crypto.key_id(key)] = (key_file.vault_id, gen)
        return True

    def move_to_file(
        self, key_file: KeyFile, gen: int, key: SecretBytes, anchor: AuditAnchor
    ) -> None:
        """A new vault.anchor holding `anchor`, then vault.keys saying so (call under the lock).

        In this order, both flushed: a crash between leaves vault.keys as it was.
        """
        counter = anchor_file.highest_counter(self.path) + 1
        anchor_file.write_new(self.path, key_file.vault_id, [(gen, anchor, key)], counter)
        updated = replace(key_file, anchor_in_file=True, audit_anchor=anchor)
        slots.write_key_file(self.keys_path, updated.sealed_with({gen: key}))

    def keep_generation(self, vault_id: str, gen: int, key: SecretBytes) -> None:
        """After an interrupted rekey: vault.anchor keeps the winning generation's slot only."""
        data = anchor_file.read_bytes(self.path) or b""
        best = next(iter(anchor_file.valid_slots(data, vault_id, key, gen)), None)
        if best is not None:
            counter = anchor_file.highest_counter(self.path) + 1
            anchor_file.write_new(self.path, vault_id, [(gen, best.anchor, key)], counter)

    def settle(self, key: SecretBytes) -> None:
        """At a session's close: flush vault.anchor, and vault.keys records the anchor.

        What vault.keys records is the floor an opening holds the anchor file to
        (an older copy of vault.anchor put back is reported), so it is raised
        only to an anchor already flushed. Best effort: a busy folder skips it.
        """
        self.forget_seal()
        binding = self._bindings.get(crypto.key_id(key))
        if binding is None:
            return
        vault_id, gen = binding
        with (
            contextlib.suppress(VaultBusy, VaultError, StorageError),
            self._lock(anchor_file.LOCK_TIMEOUT),
        ):
            flushed = anchor_file.flush(self.path, vault_id, key, gen)
            checked = self._single_generation(key)
            if flushed is None or checked is None or not checked[0].anchor_in_file:
                return
            key_file, _ = checked
            held = key_file.audit_anchor
            if held is None or flushed.seq > held.seq:
                updated = replace(key_file, audit_anchor=flushed).sealed_with({gen: key})
                slots.write_key_file(self.keys_path, updated)

    def reading(
        self, key: SecretBytes, key_file: KeyFile | None = None, generation: int | None = None
    ) -> AnchorReading:
        """The anchor to check the log against, and what is wrong with vault.anchor if anything.

        Without `key_file` vault.keys is read and its seal checked under `key`.
        """
        if key_file is None:
            key_file = self._read_keys()
            gen = key_file.generation_of(key)
            if key_file.version >= 2 and not key_file.mac_ok(gen, key):
                raise VaultDamaged(refusals.THE_KEY_FILE_VAULT_KEYS_WAS_2)
        else:
            gen = key_file.generation_of(key) if generation is None else generation
        if not key_file.anchor_in_file:
            return AnchorReading(key_file.audit_anchor)
        return anchor_file.reading(self.path, key_file.vault_id, key, gen, key_file.audit_anchor)

    def recorded(self) -> AuditAnchor | None:
        """The newest anchor the folder holds, unchecked (no key): what a restore drops."""
        key_file = self._read_keys()
        held = key_file.audit_anchor
        if key_file.anchor_in_file:
            newest = anchor_file.newest_unchecked(self.path)
            if newest is not None and (held is None or newest.seq >= held.seq):
                return newest
        return held


def _signature(path: Path) -> tuple[int, ...] | None:
    """What tells one vault.keys from the next (each write is a new file renamed over it)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
