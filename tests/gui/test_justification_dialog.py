"""The reason-for-access dialog never chooses a purpose for the user."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from radprev_desktop.core.model import JustificationReason
from radprev_desktop.core.services.justification import CHOSEN
from radprev_desktop.gui.justification import JustificationDialog
from radprev_desktop.gui.report_reason import ReasonForDisclosure


def _ok(dialog: JustificationDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_no_reason_is_preselected_and_ok_alone_is_refused(qtbot):
    dialog = JustificationDialog()
    qtbot.addWidget(dialog)
    assert dialog.reason.currentIndex() == -1
    offered = [dialog.reason.itemData(i) for i in range(dialog.reason.count())]
    assert offered == [r.value for r in CHOSEN]  # the implied work queue is never offered
    assert JustificationReason.WORK_QUEUE.value not in offered
    _ok(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Choose the reason" in dialog.message.text()


def test_a_chosen_reason_is_accepted(qtbot):
    dialog = JustificationDialog()
    qtbot.addWidget(dialog)
    wanted = JustificationReason.REVIEW.value
    dialog.reason.setCurrentIndex(dialog.reason.findData(wanted))
    dialog.text.setText("weekly wing review")
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == (wanted, "weekly wing review")


def test_the_current_reason_is_offered_again(qtbot):
    wanted = JustificationReason.REVIEW.value
    dialog = JustificationDialog(None, (wanted, "wing"))
    qtbot.addWidget(dialog)
    assert dialog.reason.currentData() == wanted
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_report_reason_offers_no_implied_reason(qtbot):
    box = ReasonForDisclosure()
    qtbot.addWidget(box)
    offered = [box.reason.itemData(i) for i in range(box.reason.count())]
    assert offered == [r.value for r in CHOSEN]


def test_the_refusal_does_not_squeeze_the_explanation(qtbot):
    dialog = JustificationDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _ok(dialog)
    assert dialog.message.text()
    # The words above the list keep their room once the refusal is shown (seen cut off).
    assert dialog.height() >= dialog.sizeHint().height()
