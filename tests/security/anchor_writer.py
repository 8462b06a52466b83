"""The command line's side of the two-writers test: log in, make N audited commits.

`python -m tests.security.anchor_writer FOLDER N` (tests/security/test_anchor_file.py)
runs while the test's own session commits to the same vault.
"""

from __future__ import annotations

import sys
from pathlib import Path

from radprev_desktop.core.services.vault_access import VaultAccess
from tests.factories import ADMIN, ADMIN_PASSWORD


def main(folder: str, count: int) -> None:
    session = VaultAccess(Path(folder)).login(ADMIN, ADMIN_PASSWORD).session
    for i in range(count):
        with session.transaction():
            session.audit("test_event", object_type="thing", object_id=f"cli-{i}")
    session.close()
    print(f"wrote {count}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
