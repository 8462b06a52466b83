"""A supervisor's reclassification of a record, where the record is read or reviewed.

The levels are the establishment's configured list (setting `classification_levels`,
lowest first); the change, its reason and its audit entry (`observation_reclassified`,
old and new level) are core's `classification.reclassify` (decision 0022). No new
version is made: the text is not touched.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import Observation
from radprev_desktop.core.services import classification
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text, show_error
from radprev_desktop.gui.i18n import format_datetime

MAX_REASON = classification.MAX_REASON


class ReclassifyDialog(QDialog):
    """The record's current level, the new one from the list, and the reason."""

    def __init__(self, ctx: AppContext, obs: Observation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReclassifyDialog")
        self.setWindowTitle(self.tr("Change the classification"))
        self.ctx, self.obs = ctx, obs
        self.changed: Observation | None = None
        record = QLabel(
            self.tr("Observation of {when}, version {version}").format(
                when=format_datetime(obs.event_start), version=obs.version
            )
        )
        self.current = QLabel(obs.classification)
        self.current.setObjectName("currentLevel")
        self.level = QComboBox()
        self.level.setObjectName("newLevel")
        levels = classification.levels(ctx.require_session())
        for name in levels:
            self.level.addItem(name, name)
        at = self.level.findData(obs.classification)
        self.level.setCurrentIndex(at if at >= 0 else 0)
        self.reason = QLineEdit()
        self.reason.setObjectName("reclassifyReason")
        self.reason.setMaxLength(MAX_REASON)
        self.message = QLabel()
        self.message.setObjectName("reclassifyMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Change"))
        ok.setObjectName("reclassifyOk")
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(record)
        form.addRow(self.tr("Current classification:"), self.current)
        new_label = QLabel(self.tr("&New classification:"))
        new_label.setBuddy(self.level)
        form.addRow(new_label, self.level)
        reason_label = QLabel(self.tr("&Reason (kept in the audit log):"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        form.addRow(self.message)
        form.addRow(buttons)
        self.resize(520, 220)
        self.level.setFocus()

    def change(self) -> None:
        """Reclassify through core; a refusal is shown here and nothing is closed."""
        try:
            self.changed = self.ctx.perform(
                classification.reclassify,
                self.ctx.require_session(),
                self.obs.id,
                str(self.level.currentData()),
                self.reason.text(),
            )
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            self.reason.setFocus()
            return
        self.accept()


def reclassify(ctx: AppContext, obs: Observation | None, parent: QWidget) -> Observation | None:
    """Ask and change the level of `obs`; the record as changed, or None."""
    if obs is None:
        return None
    try:
        dialog = ReclassifyDialog(ctx, obs, parent)
    except RadprevError as exc:  # locked meanwhile
        show_error(parent, exc)
        return None
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    changed = dialog.changed
    dialog.setParent(None)
    dialog.deleteLater()  # its reason must not stay in memory under the page
    return changed if accepted else None
