"""Run a key operation in a child process and die at a chosen point.

`python -m tests.security.crash_helper FOLDER POINT` logs in as the test
administrator and removes the user "olga" (a rekey) or adds a user (a slot
write), calling `os._exit` at POINT (a vault.keys write, a rename, or the rekey's
write of the audit anchor under the new key). The parent test then checks the vault
still opens. The hooks are installed here, never in production code.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from radprev_desktop.core.model import Role
from radprev_desktop.core.services import users, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault import anchor_file, rekey, store
from radprev_desktop.core.vault import keys as slots
from tests.factories import ADMIN, ADMIN_PASSWORD

CRASH = 9


def main(folder: str, point: str) -> None:
    session = VaultAccess(Path(folder)).login(ADMIN, ADMIN_PASSWORD).session
    real_write = slots.write_key_file
    real_replace = os.replace
    calls = {"keys": 0}

    def write_keys(path: Path, key_file: slots.KeyFile, *, durable: bool = True) -> None:
        calls["keys"] += 1
        if point == "slot-before-keys" and calls["keys"] == 1:
            os._exit(CRASH)
        if point == "final-keys" and calls["keys"] == 2:
            os._exit(CRASH)
        real_write(path, key_file, durable=durable)
        if point == "keys-pending" and calls["keys"] == 1:
            os._exit(CRASH)

    def replace(src: str | Path, dst: str | Path) -> None:
        if point == "before-rename" and Path(dst).name == "vault.db":
            os._exit(CRASH)
        if point == "keys-half-written" and Path(dst).name == "vault.keys":
            Path(src).write_bytes(Path(src).read_bytes()[:100])
            os._exit(CRASH)
        real_replace(src, dst)
        if point == "after-rename" and Path(dst).name == "vault.db":
            os._exit(CRASH)

    real_add_generation = anchor_file.add_generation

    def add_generation(*args: object, **kwargs: object) -> slots.AuditAnchor:
        sealed = real_add_generation(*args, **kwargs)  # type: ignore[arg-type]
        if point == "anchor-new-key":  # the new key's slot written, the database not yet moved
            os._exit(CRASH)
        return sealed

    anchor_file.add_generation = add_generation  # type: ignore[assignment]
    rekey.anchor_file.add_generation = add_generation  # type: ignore[attr-defined]
    slots.write_key_file = write_keys  # type: ignore[assignment]
    store.slots.write_key_file = write_keys  # type: ignore[attr-defined]
    os.replace = replace  # type: ignore[assignment]
    if point.startswith("slot-"):
        users.add_user(session, "nina", "nina-password-1", [Role.OFFICER])
    else:
        vault_access.remove_user(session, "olga")
    print("finished", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
