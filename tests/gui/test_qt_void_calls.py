"""The crash of issue 10: void Qt calls must not eat None's reference count.

PySide6 6.12.0 on Python 3.11 lowers `sys.getrefcount(None)` by one on every
call of a void method (`QTimer.start`, `QLabel.setText`...); after a few
thousand calls the interpreter aborts with `Fatal Python error: none_dealloc`.
On Python 3.12+ None is immortal and the count never moves. A supported
combination is one on which these tests pass. The auto-lock filter, which runs
on every input event, makes no Qt call at all (gui/lock.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from radprev_desktop.gui.lock import IdleLock

ROOT = Path(__file__).resolve().parents[2]
CALLS = 100_000


def _combination() -> str:
    return f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]}"


def test_100000_void_qt_calls_leave_none_alone() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "tests.gui.qt_void_probe", str(CALLS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0 and "done" in proc.stdout, (
        f"{_combination()} is not supported: the probe died (exit {proc.returncode}).\n"
        f"{proc.stdout[-1500:]}\n{proc.stderr[-1500:]}"
    )
    deltas = {
        name: int(delta)
        for name, delta in (line.split("\t") for line in proc.stdout.splitlines() if "\t" in line)
    }
    assert len(deltas) >= 10
    assert deltas, "nothing to check"
    for name, delta in deltas.items():
        # A broken binding moves it by -CALLS; a few references may come and go legitimately.
        assert abs(delta) <= 10, f"{_combination()}: {name} × {CALLS} moved None's count by {delta}"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_20000_input_events_reset_the_idle_time_without_a_qt_call(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    clock = FakeClock()
    idle = IdleLock(minutes=2, clock=clock)
    fired: list[bool] = []
    warned: list[int] = []
    idle.timed_out.connect(lambda: fired.append(True))
    idle.warning.connect(warned.append)
    idle.start()
    events = []
    for i in range(10_000):
        events.append(
            QMouseEvent(
                QEvent.Type.MouseMove,
                QPointF(i % 40, 5),
                QPointF(i % 40, 5),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )
        events.append(
            QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
        )
    assert len(events) == 20_000
    before = sys.getrefcount(None)
    for n, event in enumerate(events):
        clock.now += 0.05  # 1000 s of use in all, far more than the 120 s idle time
        QApplication.sendEvent(field, event)
        if n % 100 == 0:
            idle.check()
    after = sys.getrefcount(None)
    # On 3.11 a per-event void call would show here as -20000 (and soon a crash).
    assert after - before > -200, f"{_combination()}: None lost {before - after} references"
    assert not fired and not warned
    assert idle.remaining_seconds() == 120
    clock.now += 61
    idle.check()
    assert warned == [59] and not fired
    clock.now += 60
    idle.check()
    assert fired == [True]
    idle.detach()
