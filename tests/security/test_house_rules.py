"""Rules that never bend, checked on the source.

Which module may import what (Qt-free core, no network, no temporary files, the
layers) is checked by the import-linter contracts in .importlinter (`make lint`,
tests/security/test_import_contracts.py). Import-linter sees an external
package only whole, so Qt's network modules are looked for here.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "radprev_desktop"
NETWORK_QT = {"PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebSockets"}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)  # and `from PySide6 import QtNetwork`:
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_qt_network_module_anywhere() -> None:
    paths = sources()
    assert paths
    for path in paths:
        for name in imports(path):
            assert name not in NETWORK_QT, f"{path}: imports {name}"


def test_plaintext_export_key_is_never_written() -> None:
    """`ATTACH … KEY ''` would write a plaintext copy of the vault."""
    paths = sources()
    assert paths
    for path in paths:
        text = path.read_text("utf-8").replace(" ", "").upper()
        assert "KEY''" not in text and 'KEY""' not in text, path
