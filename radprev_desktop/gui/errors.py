"""Showing core errors: a translated title by error type and the translated message.

Core errors carry a message id (English source marked in context "errors") and
its values; `error_text` renders it through Qt's installed catalogues, so the
message appears in the screen's language. `gui_text` does the same for any core
`Text` (a note, a folder problem).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from radprev_desktop.core import errors as e
from radprev_desktop.core.text import Joined, Listing, Source, Text


def _lookup(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def gui_text(message: Text | Listing | Joined | str) -> str:
    """A core message in the current UI language (a plain str is shown as it is)."""
    if isinstance(message, Text | Listing | Joined):
        return message.render(_lookup)
    if isinstance(message, Source):
        return _lookup(message.context, str(message))
    return message


def _titles() -> list[tuple[type[BaseException], str]]:
    # Most specific first.
    return [
        (e.LoginDelayed, QCoreApplication.translate("errors", "Please wait")),
        (e.WrongPassword, QCoreApplication.translate("errors", "Not right")),
        (e.AccountDisabled, QCoreApplication.translate("errors", "Account disabled")),
        (e.WeakPassword, QCoreApplication.translate("errors", "Password too weak")),
        (e.VaultDamaged, QCoreApplication.translate("errors", "The database is damaged")),
        (e.VaultNotFound, QCoreApplication.translate("errors", "No database yet")),
        (e.VaultTooNew, QCoreApplication.translate("errors", "Database of a newer version")),
        (e.VaultNotWritable, QCoreApplication.translate("errors", "Database folder not writable")),
        (e.PermissionDenied, QCoreApplication.translate("errors", "Not allowed")),
        (e.ValidationError, QCoreApplication.translate("errors", "Please check your input")),
        (e.NotFound, QCoreApplication.translate("errors", "Not found")),
        (e.Conflict, QCoreApplication.translate("errors", "Conflict")),
        (e.TemplateInvalid, QCoreApplication.translate("errors", "Checklist template not valid")),
        (e.PackageRejected, QCoreApplication.translate("errors", "Package refused")),
        (e.AuditChainBroken, QCoreApplication.translate("errors", "Audit log broken")),
        (e.StorageError, QCoreApplication.translate("errors", "The file could not be written")),
        (e.VaultError, QCoreApplication.translate("errors", "Database problem")),
        (e.RadprevError, QCoreApplication.translate("errors", "Cannot do this")),
    ]


def error_title(exc: BaseException) -> str:
    """A translated title for the kind of error."""
    for kind, title in _titles():
        if isinstance(exc, kind):
            return title
    return QCoreApplication.translate("errors", "Unexpected error")


def error_text(exc: BaseException) -> str:
    """The message to show, translated when the catalogue has it."""
    if isinstance(exc, e.TemplateInvalid):
        head = QCoreApplication.translate("errors", "The checklist template is not valid:")
        return (
            head
            + "\n"
            + "\n".join(f"• {path}: {gui_text(reason)}" for path, reason in exc.problems)
        )
    if isinstance(exc, e.RadprevError):
        return gui_text(exc.text)
    # Never show an unexpected exception's text: it might hold vault data.
    return QCoreApplication.translate(
        "errors", "Something went wrong ({kind}). Nothing was changed by the failed step."
    ).format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A modal message box for `exc`."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(error_title(exc))
    box.setText(error_text(exc))
    box.setAccessibleName(error_title(exc))
    box.exec()
