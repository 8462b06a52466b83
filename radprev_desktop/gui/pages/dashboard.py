"""Start screen: my drafts, returned to me, immediate items awaiting review, overdue reviews."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services.dashboard import dashboard
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.justification import ReasonGate
from radprev_desktop.gui.page import Page
from radprev_desktop.gui.retention_dialog import RetentionDialog
from radprev_desktop.gui.widgets import heading

URGENCY = {
    "routine": QT_TRANSLATE_NOOP("DashboardPage", "routine"),
    "priority": QT_TRANSLATE_NOOP("DashboardPage", "priority"),
    "immediate": QT_TRANSLATE_NOOP("DashboardPage", "immediate"),
}
STATUS = {
    "draft": QT_TRANSLATE_NOOP("DashboardPage", "draft"),
    "submitted": QT_TRANSLATE_NOOP("DashboardPage", "submitted"),
    "accepted": QT_TRANSLATE_NOOP("DashboardPage", "accepted"),
    "returned": QT_TRANSLATE_NOOP("DashboardPage", "returned"),
    "rejected": QT_TRANSLATE_NOOP("DashboardPage", "rejected"),
    "exported": QT_TRANSLATE_NOOP("DashboardPage", "exported"),
}


FEWEST_ROWS = 2  # a list shows at least this many rows when the page is short, …
MOST_ROWS = 8  # … and at most this many; then it scrolls inside itself


def _tr(text: object) -> str:
    return QCoreApplication.translate("DashboardPage", str(text))


class ListTable(QTableWidget):
    """A dashboard list: it asks for its least height and grows into what the page has left.

    (Its preferred height counted in the page's height-for-width, which the scroll area
    then used: four lists asked for more than the page had and it scrolled.)"""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class DashboardSection(QGroupBox):
    """One list of the dashboard: a title with its count and a read-only table."""

    def __init__(self, title: str, headers: list[str], empty_text: str) -> None:
        super().__init__(title)
        self.base_title = title
        self.empty_text = empty_text
        self.table = ListTable(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(title)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 4)  # four of them share a short page
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)  # no taller than its list
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    def set_rows(self, rows: list[tuple[str, list[str]]], total: int | None) -> None:
        self.table.setRowCount(0)
        for ident, values in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, ident)
                self.table.setItem(row, col, item)
        count = total if total is not None else len(rows)
        self.setTitle(f"{self.base_title} ({count})")
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        # As tall as its rows (up to 8, then it scrolls): no fixed pixel sizes. When the
        # page is short (a notice above it, 1024×768) the lists give up rows down to 2 each
        # and scroll inside themselves, so the page does not scroll (ux9, session 9). An
        # empty list (one line of text) takes no more than it needs.
        grows, fixed = QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, grows if rows else fixed)
        self.table.setMinimumHeight(self._height(min(len(rows), FEWEST_ROWS), len(rows)))
        self.table.setMaximumHeight(self._height(min(len(rows), MOST_ROWS), len(rows)))

    def _height(self, shown: int, rows: int) -> int:
        """The table's height showing `shown` of its `rows` rows (its header and frame)."""
        row_height = self.table.verticalHeader().defaultSectionSize()
        if rows:
            row_height = max(row_height, self.table.rowHeight(0))
        return (
            max(1, shown) * row_height
            + self.table.horizontalHeader().sizeHint().height()
            + 2 * self.table.frameWidth()
            # Room for the sideways scroll bar too: at 150 % the columns are wider than
            # the list, and the bar took the height of the rows it was sized for.
            + self.table.horizontalScrollBar().sizeHint().height()
        )

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.table.clearSelection()
        self.setTitle(self.base_title)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.empty.show()
        self.table.hide()


class DashboardPage(Page):
    """What needs the logged-in user's attention."""

    help_anchor = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        obs_headers = [
            self.tr("When"),
            self.tr("Prisoner"),
            self.tr("Unit"),
            self.tr("Urgency"),
            self.tr("Status"),
            self.tr("What was seen or heard (start)"),
        ]
        self.title = heading(self.tr("Dashboard"))
        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
        self.drafts = DashboardSection(
            self.tr("My drafts"), obs_headers, self.tr("You have no unfinished drafts.")
        )
        self.returned = DashboardSection(
            self.tr("Returned to me"), obs_headers, self.tr("Nothing was returned to you.")
        )
        self.immediate = DashboardSection(
            self.tr("Immediate items awaiting review"),
            obs_headers,
            self.tr("No immediate item is waiting for review."),
        )
        self.overdue = DashboardSection(
            self.tr("Overdue reviews of prisoners' files"),
            [self.tr("Prison number"), self.tr("Prisoner"), self.tr("Unit"), self.tr("Review due")],
            self.tr("No file is overdue for review."),
        )
        self.new_button = QPushButton(self.tr("&New observation"))
        self.new_button.setAccessibleName(self.tr("New observation"))
        self.new_button.clicked.connect(self._new_observation)
        self.retention_button = QPushButton(self.tr("Re&tention decisions…"))
        self.retention_button.setObjectName("retentionDecisions")
        self.retention_button.clicked.connect(lambda: RetentionDialog(self.ctx, self).exec())
        self.role_note = QLabel()
        self.role_note.setWordWrap(True)
        # No prisoner's name (nor what was written about him) before the reason for access:
        # until then each list shows its count, times, units, urgency and status only.
        self.gate = ReasonGate()
        self.gate.given.connect(self.refresh)
        self.gate.hide()
        for section in (self.drafts, self.returned, self.immediate):
            section.table.itemActivated.connect(self._open_observation)
            section.table.itemDoubleClicked.connect(self._open_observation)
        self.overdue.table.itemActivated.connect(self._open_subject)
        self.overdue.table.itemDoubleClicked.connect(self._open_subject)

        body = QWidget()
        layout = QVBoxLayout(body)
        greeting_row = QHBoxLayout()  # one line for the three: the lists need the height
        greeting_row.addWidget(self.title)
        greeting_row.addWidget(self.greeting, 1)
        greeting_row.addWidget(self.new_button)
        layout.addLayout(greeting_row)
        layout.addWidget(self.role_note)
        layout.addWidget(self.gate)
        for section in (self.drafts, self.returned, self.immediate, self.overdue):
            layout.addWidget(section, 1)  # the lists share the height (2 to 8 rows each)
        layout.addWidget(self.retention_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(0)  # what the lists leave at their 8 rows, never before
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.clear()

    def _obs_rows(self, items: list[Any], named: bool) -> list[tuple[str, list[str]]]:
        hidden = self.tr("(after the reason for access)")
        return [
            (
                o.id,
                [
                    format_datetime(o.event_start),
                    f"{o.prison_number} {o.subject_name}" if named else hidden,
                    o.unit_code,
                    _tr(URGENCY.get(str(o.urgency), str(o.urgency))),
                    _tr(STATUS.get(str(o.status), str(o.status))),
                    o.excerpt if named else "",
                ],
            )
            for o in items
        ]

    def refresh(self) -> None:
        session = self.ctx.require_session()
        user = session.user
        self.greeting.setText(self.tr("Logged in as {name}.").format(name=user.display_name))
        records = policy.allows(session, Permission.WRITE_OBSERVATIONS)  # none at an office
        supervisor = policy.allows(user, Permission.REVIEW)
        self.new_button.setVisible(records)
        self.drafts.setVisible(records)
        self.returned.setVisible(records)
        self.immediate.setVisible(supervisor)
        self.overdue.setVisible(supervisor)
        self.retention_button.setVisible(policy.allows(user, Permission.DECIDE_RETENTION))
        if not records:
            self.role_note.setText(
                self.tr("Your role has no observations of its own. Use the menu on the left.")
                if not session.training
                else self.tr(
                    "Your role has no observations of its own. The Training page shows the "
                    "trainees' exercises."
                )
            )
            self.role_note.show()
            return
        self.role_note.hide()
        data = dashboard(session)
        named = session.justification is not None
        self.gate.session = session
        self.drafts.set_rows(self._obs_rows(data.my_drafts.items, named), data.my_drafts.total)
        self.returned.set_rows(
            self._obs_rows(data.returned_to_me.items, named), data.returned_to_me.total
        )
        self.immediate.set_rows(
            self._obs_rows(data.immediate_awaiting_review.items, named),
            data.immediate_awaiting_review.total,
        )
        hidden = self.tr("(after the reason for access)")
        self.overdue.set_rows(
            [
                (
                    s.id,
                    [
                        s.prison_number if named else hidden,
                        f"{s.family_name} {s.given_names}" if named else "",
                        s.unit_code,
                        format_datetime(s.review_due, with_time=False),
                    ],
                )
                for s in data.overdue_reviews.items
            ],
            data.overdue_reviews.total,
        )
        shown = (
            data.my_drafts.items,
            data.returned_to_me.items,
            data.immediate_awaiting_review.items,
            data.overdue_reviews.items,
        )
        self.gate.setVisible(not named and any(shown))

    def on_changes(self, changes: Change) -> None:
        # Keep the lists current when records change elsewhere (only while shown).
        session = self.ctx.session
        shown = self.isVisible() and session is not None and session.is_open
        if changes & Change.RECORDS and shown:
            self.refresh()

    def clear(self) -> None:
        self.greeting.clear()
        self.gate.hide()
        self.retention_button.hide()
        for section in (self.drafts, self.returned, self.immediate, self.overdue):
            section.clear()

    def _open_observation(self, item: QTableWidgetItem) -> None:
        self.ctx.open_observation_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _open_subject(self, item: QTableWidgetItem) -> None:
        self.ctx.open_subject_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _new_observation(self) -> None:
        self.ctx.new_observation_requested.emit()
