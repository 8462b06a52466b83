"""The supported-versions policy: the crashing combination and anything untested are refused."""

from __future__ import annotations

import sys

import pytest

from radprev_desktop.cli.main import main
from radprev_desktop.core.supported_versions import python_problem, qt_problem


def test_supported_combinations_pass() -> None:
    for python in [(3, 12, 1), (3, 13, 0)]:
        assert python_problem(python) is None
        assert qt_problem("6.12.0", python) is None


def test_pyside6_6_12_on_python_3_11_is_refused_by_name() -> None:
    reason = qt_problem("6.12.0", (3, 11, 7))
    assert reason is not None
    assert "3.11.7" in reason and "none_dealloc" in reason and "3.12 or 3.13" in reason


def test_untested_versions_are_refused_with_what_was_found() -> None:
    assert "3.14.0" in (python_problem((3, 14, 0)) or "")
    reason = qt_problem("6.11.3", (3, 12, 1))
    assert reason is not None and "6.11.3" in reason and "6.12" in reason
    assert qt_problem("garbage", (3, 12, 1)) is not None


def test_the_running_interpreter_is_supported() -> None:
    """make setup chose it; if this fails, the venv was made by hand with another Python."""
    import PySide6

    assert qt_problem(PySide6.__version__) is None


def test_cli_refuses_an_unsupported_python_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "version_info", (3, 11, 7, "final", 0))
    code = main(["--version"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Python 3.11.7" in err and "none_dealloc" in err
