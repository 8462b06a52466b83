"""Central office, on the Sync page: issuing transfer bundles and linking files of one person.

"Transfers" lists the transfers the prisons sent whose file has not been issued
to the receiving establishment yet, and issues the bundle to a folder (a USB
stick). "One person, two files" shows files of two establishments with the same
names and birth year (an audited consultation, loaded on request) and records
the analyst's decision — same person or not — with a reason, or undoes one.
Rules: core/sync/transfer_bundles.py, core/services/subject_links.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.services import subject_links, subjects
from radprev_desktop.core.sync import transfer_bundles
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.flow_layout import FlowLayout
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.save_folders import SaveKind, choose_folder


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    if rows:
        table.selectRow(0)


class TransfersToIssuePanel(QWidget):
    """Transfers awaiting their bundle; issue one to a folder."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[transfer_bundles.TransferToIssue] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.issue_button = QPushButton(self.tr("&Issue transfer bundle…"))
        self.issue_button.setObjectName("issueBundle")
        self.issue_button.clicked.connect(lambda: self.issue(None))
        row.addWidget(self.issue_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = _table(
            [
                self.tr("Date"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Prison number"),
                self.tr("Name"),
                self.tr("Receiving workstations"),
            ],
            "transfersToIssue",
        )
        self.table.setAccessibleName(self.tr("Transfers awaiting a bundle"))
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("transfersMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        try:
            self.items = transfer_bundles.transfers_to_issue(self.ctx.require_session())
        except RadprevError as exc:
            self.items = []
            self.message.setText(error_text(exc))
        _fill(
            self.table,
            [
                [
                    t.transfer.transfer_date,
                    t.transfer.from_establishment,
                    t.transfer.to_establishment,
                    t.prison_number,
                    f"{t.family_name}, {t.given_names}",
                    t.receiving_workstations,
                ]
                for t in self.items
            ],
        )
        self.issue_button.setEnabled(bool(self.items))

    def clear(self) -> None:
        self.items = []
        self.table.setRowCount(0)
        self.message.clear()

    def issue(self, folder: Path | None) -> None:
        """Issue the selected transfer's bundle to `folder` (asked when None)."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        chosen = self.items[row]
        if folder is None:
            picked = choose_folder(
                self,
                SaveKind.BUNDLE,
                self.ctx.require_session().user.username,
                self.tr("Folder for the bundle"),
            )
            if not picked:
                return
            folder = Path(picked)
        try:
            issued = self.ctx.perform(
                transfer_bundles.issue_transfer_bundle,
                self.ctx.require_session(),
                chosen.transfer.subject_id,
                folder,
            )
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        self.refresh()
        self.message.setText(
            self.tr("Bundle {file} written for {est} ({n} records).").format(
                file=issued.path.name, est=issued.to_establishment, n=issued.records
            )
        )


class LinkedFilesPanel(QWidget):
    """Files that may be one person; the analyst decides, with a reason, or undoes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pairs: list[subject_links.LinkSuggestion] = []
        self.decided: list[subject_links.LinkDecision] = []
        layout = QVBoxLayout(self)
        button_row = QWidget()
        buttons = FlowLayout(button_row)  # wraps on a narrow page area (1024×768 at 150 %)
        self.suggest_button = QPushButton(self.tr("Show files that may be one &person"))
        self.suggest_button.setObjectName("suggestLinks")
        self.suggest_button.clicked.connect(self.show_suggestions)
        self.same_button = QPushButton(self.tr("&Same person…"))
        self.same_button.setObjectName("samePerson")
        self.same_button.clicked.connect(lambda: self.decide(True, None))
        self.not_same_button = QPushButton(self.tr("&Not the same…"))
        self.not_same_button.setObjectName("notSamePerson")
        self.not_same_button.clicked.connect(lambda: self.decide(False, None))
        for b in (self.suggest_button, self.same_button, self.not_same_button):
            buttons.addWidget(b)
        layout.addWidget(button_row)
        self.suggestions = _table(
            [
                self.tr("First file"),
                self.tr("Second file"),
                self.tr("Name"),
                self.tr("Birth year"),
            ],
            "linkSuggestions",
        )
        self.suggestions.setAccessibleName(self.tr("Files that may be one person"))
        layout.addWidget(self.suggestions, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Decisions made:")))
        row.addStretch(1)
        self.undo_button = QPushButton(self.tr("&Undo decision…"))
        self.undo_button.setObjectName("undoLink")
        self.undo_button.clicked.connect(lambda: self.undo(None))
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        self.decisions = _table(
            [
                self.tr("Files"),
                self.tr("Decision"),
                self.tr("Reason"),
                self.tr("When"),
                self.tr("By"),
            ],
            "linkDecisions",
        )
        self.decisions.setAccessibleName(self.tr("Decisions about files of one person"))
        layout.addWidget(self.decisions, 1)
        self.message = QLabel()
        self.message.setObjectName("linksMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._enable()

    def _enable(self) -> None:
        has_pair = bool(self.pairs)
        self.same_button.setEnabled(has_pair)
        self.not_same_button.setEnabled(has_pair)
        self.undo_button.setEnabled(any(d.active for d in self.decided))

    def _file(self, subject_id: str) -> str:
        try:
            s = subjects.get_subject(self.ctx.require_session(), subject_id)
        except RadprevError:
            return subject_id
        return f"{s.establishment_code}:{s.prison_number} {s.display_name}"

    def refresh(self) -> None:
        """The decisions (ids and reasons); suggestions only on request (they show names)."""
        try:
            self.decided = subject_links.decisions(self.ctx.require_session())
        except RadprevError as exc:
            self.decided = []
            self.message.setText(error_text(exc))
        _fill(
            self.decisions,
            [
                [
                    f"{self._file(d.first)} / {self._file(d.second)}",
                    (self.tr("same person") if d.decision == "same_person" else self.tr("not same"))
                    + ("" if d.active else " " + self.tr("(undone)")),
                    d.reason,
                    format_datetime(d.decided_at),
                    d.decided_by,
                ]
                for d in self.decided
            ],
        )
        self._enable()

    def clear(self) -> None:
        self.pairs, self.decided = [], []
        self.suggestions.setRowCount(0)
        self.decisions.setRowCount(0)
        self.message.clear()
        self._enable()

    def show_suggestions(self) -> None:
        try:
            self.pairs = subject_links.suggestions(self.ctx.require_session())
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        _fill(
            self.suggestions,
            [
                [
                    f"{p.first.establishment_code}:{p.first.prison_number}",
                    f"{p.second.establishment_code}:{p.second.prison_number}",
                    p.first.display_name,
                    p.first.birth_year or "",
                ]
                for p in self.pairs
            ],
        )
        self.message.setText(
            self.tr("{n} pair(s) to decide.").format(n=len(self.pairs))
            if self.pairs
            else self.tr("No files left to decide.")
        )
        self._enable()

    def _reason(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Reason (kept in the audit log):"))
        return text if ok else None

    def decide(self, same: bool, reason: str | None) -> None:
        """Record the decision for the selected pair (reason asked when None)."""
        row = self.suggestions.currentRow()
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        if reason is None:
            reason = self._reason(
                self.tr("Same person") if same else self.tr("Not the same person")
            )
            if reason is None:
                return
        try:
            self.ctx.perform(
                subject_links.decide,
                self.ctx.require_session(),
                pair.first.id,
                pair.second.id,
                same=same,
                reason=reason,
            )
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        del self.pairs[row]
        self.suggestions.removeRow(row)
        self.refresh()
        self.message.setText(self.tr("Decision recorded."))

    def undo(self, reason: str | None) -> None:
        """Undo the selected decision (reason asked when None)."""
        row = self.decisions.currentRow()
        if not 0 <= row < len(self.decided) or not self.decided[row].active:
            return
        if reason is None:
            reason = self._reason(self.tr("Undo the decision"))
            if reason is None:
                return
        try:
            self.ctx.perform(
                subject_links.undo, self.ctx.require_session(), self.decided[row].id, reason=reason
            )
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        self.refresh()
        self.message.setText(self.tr("Decision undone."))
