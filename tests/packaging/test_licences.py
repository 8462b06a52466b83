"""Licence notices: every runtime component collected, bundled libraries attributed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_notices_cover_every_runtime_distribution_and_named_component() -> None:
    collect = _script("collect_licences")
    runtime = collect.runtime_distributions()
    assert {"pyside6-essentials", "sqlcipher3", "reportlab", "cryptography"} <= set(runtime)
    components = collect.collect()
    text = collect.render(components)
    assert runtime, "nothing to check"
    for key, dist in runtime.items():
        assert f"{dist.metadata['Name']} (Python package)" in text, key
    for needed in (
        "LGPL-3.0",
        "Relinking",
        "PDFium",
        "OpenSSL",
        "SQLCipher",
        "ZETETIC",
        "PSF",
        "DejaVu",
        "GNU LESSER GENERAL PUBLIC LICENSE",
        "GNU GENERAL PUBLIC LICENSE",
        "Apache License",
    ):
        assert needed in text, needed
    assert components
    for component in components:
        assert component.texts and all(len(body) > 20 for _, body in component.texts), (
            component.name
        )


def test_a_bundled_library_without_a_notice_is_found(tmp_path: Path) -> None:
    check = _script("check_bundle_licences")
    internal = tmp_path / "_internal"
    for name in (
        "PySide6/Qt/lib/libQt6Core.so.6",
        "sqlcipher3/_sqlite3.cpython-312.so",
        "libstdc++.so.6",
        "libmystery.so.1",
    ):
        (internal / name).parent.mkdir(parents=True, exist_ok=True)
        (internal / name).write_bytes(b"\x7fELF")
    notices = "Qt 6, PySide6 ... SQLCipher ... System libraries from libstdc++6: libstdc++.so.6"
    assert len(check.libraries(tmp_path)) == 4
    assert check.unattributed(tmp_path, notices) == [
        "_internal/libmystery.so.1 (no rule, not listed)"
    ]
    assert len(check.unattributed(tmp_path, "nothing")) == 4
