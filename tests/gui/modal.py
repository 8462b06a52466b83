"""Answer the next modal dialog as a user would (a key, or a click on a named button)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

# Bumped when a test ends (tests/gui/conftest.py): an answer armed in one test stops there.
# A helper whose dialog never came used to keep polling for its 200 tries into the next
# tests of the same process and press Return in whatever dialog they opened — it accepted
# test_lock_while_a_dialog_is_open_closes_it's reason-for-access question before its lock
# timer fired (that test's flake under load, with -n 2).
_test_generation = 0


def end_of_test() -> None:
    """Every answer armed so far stops polling (called after each GUI test)."""
    global _test_generation
    _test_generation += 1


def respond_to_modal(
    key: Qt.Key = Qt.Key.Key_Return,
    *,
    button: str | None = None,
    seen: list[str] | None = None,
    tries: int = 200,
    reason: str | None = None,
) -> None:
    """Arm a timer: when a modal dialog is open, press `key` in it or click `button`.

    `seen` collects the dialog's object name and visible texts, for asserting
    what the user was asked. `reason` picks that reason code in the reason-for-access
    list first (the dialog pre-selects none, so Enter alone is refused); such an answer
    waits for a dialog with that list and leaves any other dialog alone.
    """

    armed_in = _test_generation

    def answer(left: int = tries) -> None:
        if armed_in != _test_generation:
            return  # armed by a test that has ended
        box = QApplication.activeModalWidget()
        if box is None:
            if left > 0:
                QTimer.singleShot(10, lambda: answer(left - 1))
            return
        if reason is not None:
            combo = box.findChild(QComboBox, "reason")
            if combo is None:  # another dialog (e.g. a confirmation): not this answer's
                if left > 0:
                    QTimer.singleShot(10, lambda: answer(left - 1))
                return
            combo.setCurrentIndex(combo.findData(reason))
        if seen is not None:
            seen.append(box.objectName())
            seen.extend(w.text() for w in box.findChildren(QWidget) if hasattr(w, "text"))
        if button is not None:
            for b in box.findChildren(QAbstractButton):
                if b.text().replace("&", "") == button:
                    b.click()
                    return
            raise AssertionError(f"no button {button!r} in {box.objectName()}")
        QTest.keyClick(box, key)

    QTimer.singleShot(0, answer)


def activate(widget: QWidget) -> None:
    """Offscreen: make `widget`'s window the active one again (a closed dialog takes it along)."""
    import warnings

    window = widget.window()
    window.raise_()
    window.activateWindow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
