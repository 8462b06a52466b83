"""Log in, work, lock, then search this process's whole memory for the key and password.

`python -m tests.security.memory_probe FOLDER` reads the password from stdin
(not argv, which stays in memory), logs in as the test administrator, reads,
writes, backs up and uses a worker connection, then locks (closes the session)
and scans every readable mapping of `/proc/self/mem`. It prints JSON counts:
before the lock (positive controls: the scanner must find what is there) and
after. The needles are held as two halves that are never joined, so the
scanner cannot find its own copy.
"""

from __future__ import annotations

import gc
import json
import sys

from radprev_desktop.core.services import users, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from tests.factories import ADMIN

SKIP = ("[vvar]", "[vsyscall]", "[vvar_vclock]")


def count(parts: list[tuple[bytes, bytes]]) -> int:
    """Occurrences in readable memory of a+b for each (a, b), without ever joining them."""
    with open("/proc/self/maps", encoding="ascii") as fh:
        maps = fh.read().splitlines()
    hits = 0
    with open("/proc/self/mem", "rb", 0) as mem:
        for line in maps:
            fields = line.split()
            if "r" not in fields[1] or (len(fields) > 5 and fields[5] in SKIP):
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            try:
                mem.seek(start)
                chunk = mem.read(end - start)
            except (OSError, ValueError, OverflowError):
                continue
            for a, b in parts:
                at = chunk.find(a)
                while at != -1:
                    if chunk[at + len(a) : at + len(a) + len(b)] == b:
                        hits += 1
                    at = chunk.find(a, at + 1)
            del chunk
    return hits


def halves(data: bytes) -> tuple[bytes, bytes]:
    cut = len(data) // 2
    return data[:cut], data[cut:]


def scrub_caller_text(text: str) -> None:
    """What a screen does with its own field after use (any compact str, CPython layout)."""
    import ctypes

    widest = max(map(ord, text))
    kind = 1 if widest < 256 else 2 if widest < 65536 else 4
    offset = sys.getsizeof(text) - (len(text) + 1) * kind
    ctypes.memset(id(text) + offset, 0, len(text) * kind)


def main(folder: str) -> None:
    raw = bytearray(512)
    size = sys.stdin.buffer.raw.readinto(raw)  # unbuffered: no copy in a reader buffer
    password = str(memoryview(raw)[: size - 1], "utf-8")  # no bytes object in between
    raw[:] = bytes(len(raw))
    cut = len(password) // 2
    password_parts = [
        (password[:cut].encode(enc), password[cut:].encode(enc))
        for enc in ("utf-8", "utf-16-le", "utf-32-le")
    ]
    result = VaultAccess(folder).login(ADMIN, password)
    session = result.session
    view = session.vault_key.view()
    low, high = bytes(view[:16]), bytes(view[16:])
    del view
    key_parts = [
        (low, high),
        (low.hex().encode(), high.hex().encode()),
        (low.hex().upper().encode(), high.hex().upper().encode()),
    ]
    # Work as a user does: read, write (audit + anchor), back up (ATTACH), a worker.
    users.list_users(session)
    users.add_user(session, "nina", "nina-password-1", [users.Role.OFFICER])
    vault_access.create_backup(session)
    worker = session.worker_copy()
    users.list_users(worker)
    worker.detach_connection()
    worker.close()
    before = {"key": count(key_parts), "password": count(password_parts)}
    # SQLite's wiping of freed memory as this process runs it (off unless the machine asks
    # for it, decision 0026): the scan must hold without its help.
    wiping = str(session.con.execute("PRAGMA cipher_memory_security").fetchone()[0])
    session.close(reason="lock")
    scrub_caller_text(password)
    del password, session, result, worker
    gc.collect()
    after = {"key": count(key_parts), "password": count(password_parts)}
    print(json.dumps({"before": before, "after": after, "wiping": wiping}))


if __name__ == "__main__":
    main(sys.argv[1])
