"""Fail when pyproject.toml asks for a package that requirements.lock does not pin (in range).

setup.sh installs the lock with --no-deps, so a requirement added to pyproject.toml without
`make lock` would otherwise be silently missing from every venv and from the bundle.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned(lock: Path) -> dict[str, Version]:
    found = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^ ;\\]+)", line)
        if match:
            found[canonical(match.group(1))] = Version(match.group(2))
    return found


def problems(pyproject: Path, lock: Path) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        wanted += extra
    have = pinned(lock)
    out = []
    for line in wanted:
        req = Requirement(line)
        version = have.get(canonical(req.name))
        if version is None:
            out.append(f"{req.name} is not in {lock.name}")
        elif not req.specifier.contains(version, prereleases=True):
            out.append(f"{req.name} {version} in {lock.name} does not satisfy {req}")
    return out


def main() -> int:
    found = problems(ROOT / "pyproject.toml", ROOT / "requirements.lock")
    for problem in found:
        print(f"requirements.lock is stale: {problem} (run make lock)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
