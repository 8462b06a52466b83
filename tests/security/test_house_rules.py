"""Rules that never bend, checked on the source: no network, Qt-free core, no temp files."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "radprev_desktop"
NETWORK = {"socket", "ssl", "urllib", "http", "ftplib", "smtplib", "requests", "httpx", "aiohttp"}
NETWORK_QT = {"PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebSockets"}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_network_code_anywhere() -> None:
    for path in sources():
        for name in imports(path):
            assert name.split(".")[0] not in NETWORK, f"{path}: imports {name}"
            assert name not in NETWORK_QT, f"{path}: imports {name}"


def test_core_never_imports_qt() -> None:
    for path in (PACKAGE / "core").rglob("*.py"):
        for name in imports(path):
            assert not name.startswith("PySide6"), f"{path}: imports {name}"


def test_no_temporary_files_in_the_application() -> None:
    for path in sources():
        assert "tempfile" not in imports(path), f"{path}: uses tempfile"


def test_plaintext_export_key_is_never_written() -> None:
    """`ATTACH … KEY ''` would write a plaintext copy of the vault."""
    for path in sources():
        text = path.read_text("utf-8").replace(" ", "").upper()
        assert "KEY''" not in text and 'KEY""' not in text, path
