"""The main window's notice bar: what a login, an unlock or a page that cannot load says.

Not modal: the user reads it and carries on. It also warns before the idle lock
and hides that warning again when the user moves. The texts keep the main
window's translation context ("MainWindow").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QWidget):
    """A row above the pages: the notice text and a button to dismiss it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeRow")
        self.setStyleSheet(
            "#noticeRow { background: palette(alternate-base); border: 1px solid palette(mid); }"
        )
        self.text = QLabel()
        self.text.setObjectName("notice")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(QCoreApplication.translate("MainWindow", "Notice"))
        self.close_button = QPushButton(QCoreApplication.translate("MainWindow", "Dismiss"))
        self.close_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Dismiss notice")
        )
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button)
        self.close_button.clicked.connect(self.hide)
        self.hide()
        self._lock_warning_shown = False

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.show()
        self._lock_warning_shown = False

    def warn_of_lock(self, seconds: int) -> None:
        self.show_text(
            QCoreApplication.translate(
                "MainWindow",
                "The screen locks in {seconds} seconds. Move the mouse or press a key to stay; "
                "your draft is kept either way.",
            ).format(seconds=seconds)
        )
        self._lock_warning_shown = True

    def lock_warning_gone(self) -> None:
        if self._lock_warning_shown:
            self.hide()
            self._lock_warning_shown = False

    def clear(self) -> None:
        self.text.clear()
        self.hide()
