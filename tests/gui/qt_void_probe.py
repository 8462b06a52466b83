"""Calls each void Qt method the application uses N times and prints None's reference count.

Run in its own process by tests/gui/test_qt_void_calls.py: on a broken binding
(PySide6 6.12 on Python 3.11) the count falls by one per call and the
interpreter aborts with `none_dealloc`, which must fail the test, not kill
pytest. Only QtCore/QtGui/QtWidgets are imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QStatusBar,
    QTableWidget,
    QWidget,
)


def calls() -> dict[str, Callable[[], object]]:
    """One zero-cost call per void method the GUI makes often (timers, labels, focus...)."""
    timer = QTimer()
    elapsed = QElapsedTimer()
    label = QLabel()
    line = QLineEdit()
    text = QPlainTextEdit()
    combo = QComboBox()
    combo.addItems(["a", "b"])
    widget = QWidget()
    stack = QStackedWidget()
    stack.addWidget(QWidget())
    status = QStatusBar()
    table = QTableWidget(0, 2)
    event = QEvent(QEvent.Type.User)
    keep = (timer, elapsed, label, line, text, combo, widget, stack, status, table, event)
    probes: dict[str, Callable[[], object]] = {
        "QTimer.start(msecs)": lambda: timer.start(60_000),
        "QTimer.start()": lambda: timer.start(),
        "QTimer.stop()": lambda: timer.stop(),
        "QElapsedTimer.start()": lambda: elapsed.start(),
        "QLabel.setText()": lambda: label.setText("Locks in 4:59"),
        "QLineEdit.setText()": lambda: line.setText("x"),
        "QPlainTextEdit.setPlainText()": lambda: text.setPlainText("x"),
        "QComboBox.setCurrentIndex()": lambda: combo.setCurrentIndex(1),
        "QWidget.setEnabled()": lambda: widget.setEnabled(True),
        "QWidget.setFocus()": lambda: widget.setFocus(),
        "QStackedWidget.setCurrentIndex()": lambda: stack.setCurrentIndex(0),
        "QStatusBar.showMessage()": lambda: status.showMessage("saved", 100),
        "QTableWidget.setRowCount()": lambda: table.setRowCount(0),
        "QEvent.ignore()": lambda: event.ignore(),
        "QEvent.accept()": lambda: event.accept(),
    }
    probes["_keep"] = lambda: keep  # the widgets live as long as the probes
    return probes


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 100_000
    app = QApplication.instance() or QApplication(["probe"])
    del app
    for name, call in calls().items():
        if name.startswith("_"):
            continue
        before = sys.getrefcount(None)
        for _ in range(count):
            call()
        after = sys.getrefcount(None)
        print(f"{name}\t{after - before}", flush=True)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
