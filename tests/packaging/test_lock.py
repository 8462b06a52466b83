"""requirements.lock pins, with hashes, every requirement pyproject.toml declares."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _check_lock():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("check_lock", ROOT / "scripts" / "check_lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lock_covers_every_declared_requirement() -> None:
    module = _check_lock()
    assert len(module.pinned(ROOT / "requirements.lock")) > 30
    assert module.problems(ROOT / "pyproject.toml", ROOT / "requirements.lock") == []


def test_a_requirement_missing_from_the_lock_is_reported(tmp_path: Path) -> None:
    module = _check_lock()
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    changed = text.replace('"platformdirs>=4.0",', '"platformdirs>=4.0",\n    "left-pad-xyz>=1",')
    assert changed != text
    (tmp_path / "pyproject.toml").write_text(changed, encoding="utf-8")
    found = module.problems(tmp_path / "pyproject.toml", ROOT / "requirements.lock")
    assert found == ["left-pad-xyz is not in requirements.lock"]


def test_every_pinned_package_carries_hashes() -> None:
    blocks = (ROOT / "requirements.lock").read_text(encoding="utf-8").split("\n")
    pins = [i for i, line in enumerate(blocks) if "==" in line and not line.startswith(" ")]
    assert pins
    for i in pins:
        assert "--hash=sha256:" in blocks[i + 1], blocks[i]
