"""The import-linter contracts (.importlinter) hold today and fail on a violation.

`make lint` runs `lint-imports` on the real tree. Here each contract is shown
to bite: a copy of the package gets one forbidden import, and lint-imports must
report that contract broken, naming the import.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / ".importlinter"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

#: contract id -> (module file to change, line added, "importer -> imported" expected in the report)
VIOLATIONS: dict[str, tuple[str, str, str]] = {
    "layers": (
        "core/templates/model.py",
        "from radprev_desktop.core.services import settings",
        "radprev_desktop.core.templates.model -> radprev_desktop.core.services.settings",
    ),
    "core-without-front-ends": (
        "core/services/grading.py",
        "import PySide6.QtCore",
        "radprev_desktop.core.services.grading -> PySide6",
    ),
    "one-door-to-the-vault": (
        "cli/common.py",
        "from radprev_desktop.core.vault import connection",
        "radprev_desktop.cli.common -> radprev_desktop.core.vault.connection",
    ),
    "vault-below-the-rules": (
        "core/vault/migrations.py",
        "from radprev_desktop.core import session",
        "radprev_desktop.core.vault.migrations -> radprev_desktop.core.session",
    ),
    "services-below-sync-and-reports": (
        "core/services/grading.py",
        "from radprev_desktop.core.sync import import_report",
        "radprev_desktop.core.services.grading -> radprev_desktop.core.sync.import_report",
    ),
    "foundations": (
        "core/clock.py",
        "from radprev_desktop.core import policy",
        "radprev_desktop.core.clock -> radprev_desktop.core.policy",
    ),
    "offline": (
        "core/fileio.py",
        "import socket",
        "radprev_desktop.core.fileio -> socket",
    ),
    "one-network-connection": (
        "core/services/search.py",
        "import psycopg",
        "radprev_desktop.core.services.search -> psycopg",
    ),
    "no-temporary-files": (
        "core/fileio.py",
        "import tempfile",
        "radprev_desktop.core.fileio -> tempfile",
    ),
}


def contracts() -> configparser.ConfigParser:
    parser = configparser.ConfigParser()
    parser.read(CONFIG, encoding="utf-8")
    return parser


def contract_ids() -> list[str]:
    prefix = "importlinter:contract:"
    return [s.removeprefix(prefix) for s in contracts().sections() if s.startswith(prefix)]


def lint(package_parent: Path, *only: str) -> subprocess.CompletedProcess[str]:
    args = [str(LINT_IMPORTS), str(CONFIG), "--no-cache", "--no-logo"]
    for contract in only:
        args += ["--contract", contract]
    return subprocess.run(
        args,
        cwd=package_parent,
        env={"PYTHONPATH": str(package_parent), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def copy_package(tmp_path: Path) -> Path:
    shutil.copytree(
        ROOT / "radprev_desktop",
        tmp_path / "radprev_desktop",
        ignore=shutil.ignore_patterns("__pycache__", "resources"),
    )
    return tmp_path


def test_every_contract_has_a_violation_case() -> None:
    ids = contract_ids()
    assert ids, "no contract in .importlinter"
    assert sorted(ids) == sorted(VIOLATIONS)


def test_the_real_tree_keeps_every_contract() -> None:
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(VIOLATIONS)} kept, 0 broken." in result.stdout


def test_every_core_module_sits_in_a_layer() -> None:
    """A new module under core/ must be placed in the layers contract, not left outside it."""
    layers = contracts()["importlinter:contract:layers"]["layers"]
    listed = {
        name.strip()
        for line in layers.splitlines()
        for name in line.replace("|", ":").split(":")
        if name.strip()
    }
    core = ROOT / "radprev_desktop" / "core"
    children = sorted(
        p.stem if p.is_file() else p.name
        for p in core.iterdir()
        if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").is_file()
    )
    assert children
    for child in children:
        assert f"radprev_desktop.core.{child}" in listed, f"core/{child} is in no layer"


@pytest.mark.parametrize("contract", sorted(VIOLATIONS))
def test_a_violation_breaks_the_contract(tmp_path: Path, contract: str) -> None:
    module, line, expected = VIOLATIONS[contract]
    parent = copy_package(tmp_path)
    target = parent / "radprev_desktop" / module
    source = target.read_text("utf-8")
    # After the module docstring and `from __future__`, so the file stays valid Python.
    head, sep, rest = source.partition("from __future__ import annotations\n")
    assert sep, f"{module} has no `from __future__ import annotations` line"
    target.write_text(f"{head}{sep}{line}\n{rest}", "utf-8")

    result = lint(parent, contract)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout
    assert expected in " ".join(result.stdout.split()), result.stdout
