"""The desktop program refuses an unsupported PySide6 before opening any window."""

from __future__ import annotations

import PySide6
import pytest
from PySide6.QtWidgets import QApplication

from radprev_desktop.gui import app as app_module


def test_unsupported_pyside6_is_refused_with_a_clear_message(
    qtbot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(PySide6, "__version__", "6.11.3")
    before = set(QApplication.topLevelWidgets())
    assert app_module.main(["--vault", str(tmp_path / "vault")]) == 1
    err = capsys.readouterr().err
    assert "PySide6 6.11.3" in err and "6.12" in err
    shown = [w for w in set(QApplication.topLevelWidgets()) - before if w.isVisible()]
    assert shown == []
    assert not (tmp_path / "vault").exists()
