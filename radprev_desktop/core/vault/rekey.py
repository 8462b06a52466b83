"""Re-encrypting a vault under a new key (a suspected leak, or an account removed).

`store.Vault` holds the folder and its lock; this module runs the four
crash-safe steps of a rekey under that lock, writing vault.keys through
`keys` and the database through `database_file`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace

from radprev_desktop.core import crypto
from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.errors import StorageError
from radprev_desktop.core.vault import anchor_file, database_file
from radprev_desktop.core.vault import keys as slots
from radprev_desktop.core.vault.connection import NEW_VAULTS, Connection, connect
from radprev_desktop.core.vault.keys import KeySlot
from radprev_desktop.core.vault.store import Progress, Vault


def rekey(
    vault: Vault,
    con: Connection,
    key: SecretBytes,
    *,
    keep: Callable[[KeySlot], bool],
    progress: Progress | None = None,
) -> tuple[Connection, SecretBytes]:
    """A new vault key sealed to the slots `keep` accepts; returns the new connection and key.

    Order (each step crash-safe, the folder locked throughout): (1) vault.keys
    gains the new generation for every kept slot and loses the others; (2) the
    database is exported to vault.db.rekey under the new key and verified;
    (3) `con` is closed and the copy renamed over vault.db; (4) vault.keys
    drops the old generation. At open, the newest generation that opens the
    database wins, so a crash anywhere leaves the vault openable. If the
    rename did not happen, `con` is still open on the old key.
    """
    report = progress or (lambda done, total, what: None)
    with vault.lock():
        key_file, gen = vault.current_keys(key)
        if not key_file.anchor_in_file:  # an older vault: its anchor moves to vault.anchor first
            held = key_file.audit_anchor
            if held is not None:
                vault.anchor.move_to_file(key_file, gen, key, held)
                key_file, gen = vault.current_keys(key)
        anchor = vault.anchor_reading(key, key_file, gen).anchor
        new_key = crypto.random_secret()
        switched = False
        sealed_anchor = False
        try:
            new_gen = gen + 1
            report(0, 5, "Preparing new key slots")
            kept = tuple(
                slots.seal_for(s, key_file.vault_id, new_gen, new_key)
                for s in key_file.slots
                if keep(s)
            )
            pending = replace(
                key_file,
                slots=kept,
                key_ids={gen: key_file.key_ids[gen], new_gen: crypto.key_id(new_key)},
            ).sealed_with({gen: key, new_gen: new_key})
            slots.write_key_file(vault.keys_path, pending)
            if anchor is not None and key_file.anchor_in_file:
                # The anchor under the new key too, before the database moves to it.
                anchor = anchor_file.add_generation(
                    vault.anchor_path, key_file.vault_id, (gen, key), (new_gen, new_key), anchor
                )
                sealed_anchor = True
            report(1, 5, "Re-encrypting the database")
            target = database_file.export_rekeyed(con, vault.folder, new_key)
            report(3, 5, "Switching to the new key")
            database_file.switch_to(con, vault.db_path, target)
            switched = True
            report(4, 5, "Removing the old key")
            final = replace(
                pending,
                slots=tuple(slots.only_generation(s, new_gen) for s in pending.slots),
                key_ids={new_gen: pending.key_ids[new_gen]},
                cipher=NEW_VAULTS,  # the copy was written with them (export_rekeyed)
                audit_anchor=anchor if sealed_anchor else pending.audit_anchor,
            ).sealed_with({new_gen: new_key})
            slots.write_key_file(vault.keys_path, final)
            new_con = connect(vault.db_path, new_key, cipher=NEW_VAULTS)
        except BaseException:
            if not switched:  # the database is still under the old key: so are the files
                with contextlib.suppress(StorageError):
                    slots.write_key_file(vault.keys_path, key_file)
                    if sealed_anchor and anchor is not None:
                        counter = anchor_file.highest_counter(vault.anchor_path) + 1
                        anchor_file.write_new(
                            vault.anchor_path, key_file.vault_id, [(gen, anchor, key)], counter
                        )
            new_key.wipe()
            raise
    report(5, 5, "Done")
    return new_con, new_key
