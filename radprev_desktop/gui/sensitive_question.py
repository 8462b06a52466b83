"""The question asked before a record with words about religion, ethnicity or politics is sealed.

Core refuses to seal such a record until the writer answers (SensitiveTermsNotConfirmed);
this dialog asks "is this necessary to describe the behaviour?" and names each field with
the words found. "Necessary" seals it with the answer kept for the supervisor; the other
button goes back to the form. The same question on the observation editor and the
checklist runner (issue #14: the same safeguards on every form).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from radprev_desktop.core import labels, safeguards
from radprev_desktop.core.errors import SensitiveTermsNotConfirmed
from radprev_desktop.gui.errors import gui_text

T = TypeVar("T")


def ask_sensitive(parent: QWidget, exc: SensitiveTermsNotConfirmed) -> bool:
    """Is this necessary to describe the behaviour? True keeps the words as written.

    Each field is named by the core label table (labels.field_word), in the screen's
    language, the same words the command line's refusal uses.
    """
    findings = [f for f in exc.findings if isinstance(f, safeguards.SensitiveFinding)]
    lines = "\n".join(
        f"• {gui_text(labels.field_word(f.field))}: {', '.join(f.words)}" for f in findings
    )
    box = QMessageBox(parent)
    box.setObjectName("sensitiveQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate(
            "SensitiveQuestion", "Words about religion, ethnicity or politics"
        )
    )
    box.setText(
        QCoreApplication.translate(
            "SensitiveQuestion",
            "You wrote:\n{lines}\n\nIs this necessary to describe the behaviour? Religion, "
            "ethnicity or political views are never indicators in themselves. Keep the words "
            "only if they are needed (for example the person's exact words); your supervisor "
            "will see that you were asked.",
        ).format(lines=lines)
    )
    keep = box.addButton(
        QCoreApplication.translate("SensitiveQuestion", "Necessary: keep and submit"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    change = box.addButton(
        QCoreApplication.translate("SensitiveQuestion", "Change the wording"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(change)
    box.exec()
    return box.clickedButton() is keep


def seal_asking(parent: QWidget, seal: Callable[[bool], T]) -> T | None:
    """Run `seal(confirmed)`; on the sensitive-term refusal ask, and seal again if "necessary".

    None when the writer chose to change the wording (nothing was sealed).
    Other errors go to the caller.
    """
    try:
        return seal(False)
    except SensitiveTermsNotConfirmed as exc:
        if not ask_sensitive(parent, exc):
            return None
    return seal(True)
