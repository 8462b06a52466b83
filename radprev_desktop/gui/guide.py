"""The user guide inside the application: Help → Guide, and F1 at the current page's section.

The guide is one offline HTML file per language in resources/guide/<code>/guide.html
(English is the source; another language falls back to it until translated).
The viewer follows links inside the file only and never opens anything outside it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.guide_sections import GUIDE_SECTIONS
from radprev_desktop.core.resources import resource_path
from radprev_desktop.gui.i18n import current_language
from radprev_desktop.gui.window_title import app_title

#: Sections every language file must have (page keys and the shared parts).
SECTIONS = GUIDE_SECTIONS


def guide_file(language: str | None = None) -> Path:
    """The guide in `language` (default: the UI language), else the English one."""
    code = language or current_language()
    path = resource_path("guide", code, "guide.html")
    return path if path.exists() else resource_path("guide", "en", "guide.html")


class GuideWindow(QDialog):
    """A non-modal window with the guide; `show_section(anchor)` scrolls to a part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideWindow")
        self.setWindowTitle(app_title(self.tr("radprev — user guide")))
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # links are followed below: inside the file only
        self.browser.anchorClicked.connect(self._follow)
        self.find_box = QLineEdit()
        self.find_box.setObjectName("guideFind")
        self.find_box.setAccessibleName(self.tr("Find in the guide"))
        self.find_box.setPlaceholderText(self.tr("word to find, then Enter"))
        self.find_box.returnPressed.connect(self.find_next)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_box)
        self.contents_button = QPushButton(self.tr("&Contents"))
        self.contents_button.clicked.connect(lambda: self.show_section("top"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(find_label)
        row.addWidget(self.find_box, 1)
        row.addWidget(self.contents_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.find_box.setFocus)
        self.source = guide_file()
        self.browser.setSearchPaths([str(self.source.parent)])
        self.browser.setHtml(self.source.read_text(encoding="utf-8"))
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("M") * 60, metrics.height() * 34)

    def show_section(self, anchor: str) -> None:
        """Scroll to the section with id `anchor` (the top when there is none)."""
        self.browser.scrollToAnchor(anchor if anchor in SECTIONS or anchor == "top" else "top")

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("", "file") and url.fragment():
            self.show_section(url.fragment())

    def find_next(self) -> bool:
        """Find the next place of the typed word (from the top again at the end)."""
        word = self.find_box.text().strip()
        if not word:
            return False
        if self.browser.find(word):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(word)
