"""Who the prisoner is, on their file's page; and the write-before-reading option.

Part of the prisoner's file page (texts in its translation context "SubjectDetailPage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from radprev_desktop.core.model import Subject
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.justification import reason_label
from radprev_desktop.gui.texts.labels import label
from radprev_desktop.gui.widgets import with_wrapping_text


class SubjectIdentity(QGroupBox):
    """The identity fields (selectable by keyboard) and the reason for access given."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("SubjectDetailPage", "Identity"))
        grid = QGridLayout(self)
        self.values: dict[str, QLabel] = {}
        names = [
            ("prison_number", QCoreApplication.translate("SubjectDetailPage", "Prison number")),
            ("names", QCoreApplication.translate("SubjectDetailPage", "Name")),
            ("birth_year", QCoreApplication.translate("SubjectDetailPage", "Birth year")),
            ("unit", QCoreApplication.translate("SubjectDetailPage", "Unit / cell")),
            ("status", QCoreApplication.translate("SubjectDetailPage", "Status")),
            ("review_due", QCoreApplication.translate("SubjectDetailPage", "File review due")),
            ("restricted", QCoreApplication.translate("SubjectDetailPage", "Restriction")),
            ("reason", QCoreApplication.translate("SubjectDetailPage", "Your reason for access")),
        ]
        for i, (key, text) in enumerate(names):
            name_label = QLabel(text + ":")
            value = QLabel()
            # A long name or reason wraps: on one line it pushed the page wider than
            # 1024×768 at 150 % gives it (Macedonian: 671 px of about 500).
            name_label.setWordWrap(True)
            value.setWordWrap(True)
            value.setObjectName(f"identity_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setAccessibleName(text)
            grid.addWidget(name_label, i // 2, (i % 2) * 2)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
            self.values[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As tall as its wrapped words at this width: the page area gives pages no
        height-for-width, and at 150 % "Prison number:" and "In custody" were cut in half
        (walked in Polish, ux10 — session 10)."""
        super().resizeEvent(event)
        needed = self.heightForWidth(event.size().width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def show_subject(self, s: Subject, reason: tuple[str, str]) -> None:
        """Fill the fields for `s`, with the reason the user gave for opening the file."""
        self.values["prison_number"].setText(s.prison_number)
        self.values["names"].setText(s.display_name)
        self.values["birth_year"].setText(str(s.birth_year or "—"))
        self.values["unit"].setText(f"{s.unit_code or '—'} / {s.cell or '—'}")
        self.values["status"].setText(label(s.status))
        self.values["review_due"].setText(format_datetime(s.review_due, with_time=False))
        self.show_restriction(s.restricted)
        text = reason_label(reason[0]) + (f" — {reason[1]}" if reason[1] else "")
        self.values["reason"].setText(text)

    def show_restriction(self, restricted: bool) -> None:
        """Whether processing of the file is restricted (set and lifted on this page)."""
        self.values["restricted"].setText(
            QCoreApplication.translate("SubjectDetailPage", "Restricted: accuracy disputed")
            if restricted
            else QCoreApplication.translate("SubjectDetailPage", "none")
        )


def write_first_widgets() -> tuple[QCheckBox, QWidget, QLabel, QPushButton]:
    """Write before reading: the option (and its row), the note while earlier reports are
    hidden, the way out."""
    write_first = QCheckBox()
    write_first.setObjectName("writeFirst")
    # Its words wrap: on one line they were wider than 1024×768 at 150 % in Macedonian.
    write_first_row = with_wrapping_text(
        write_first,
        QCoreApplication.translate(
            "SubjectDetailPage", "&Write my new observation before seeing earlier reports"
        ),
    )
    write_first.setToolTip(
        QCoreApplication.translate(
            "SubjectDetailPage",
            "Reading earlier reports first can colour what you write. Hidden until you submit.",
        )
    )
    hidden_note = QLabel(
        QCoreApplication.translate(
            "SubjectDetailPage",
            "Earlier reports are hidden until you have written your observation. "
            "Press “New observation”, or “Show earlier reports” if you only need to read.",
        )
    )
    hidden_note.setObjectName("hiddenNote")
    hidden_note.setWordWrap(True)
    show_reports = QPushButton(
        QCoreApplication.translate("SubjectDetailPage", "&Show earlier reports")
    )
    show_reports.setObjectName("showReports")
    return write_first, write_first_row, hidden_note, show_reports
