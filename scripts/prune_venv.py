"""Uninstall what the running venv holds beyond the lock file (like pip-sync).

An older checkout may have installed a package the lock no longer names; left in
place it could satisfy an import in tests that a fresh install would fail.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

KEEP = {"pip", "radprev-desktop"}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_names(lock: Path) -> set[str]:
    names = set()
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", line)
        if match:
            names.add(canonical(match.group(1)))
    return names


def main(lock: str) -> int:
    wanted = locked_names(Path(lock)) | KEEP
    if len(wanted) <= len(KEEP):
        print(f"{lock} names no package", file=sys.stderr)
        return 1
    extra = sorted({canonical(d.metadata["Name"]) for d in metadata.distributions()} - wanted)
    if extra:
        print("removing packages the lock does not name: " + ", ".join(extra), file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "uninstall", "-q", "-y", *extra], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
