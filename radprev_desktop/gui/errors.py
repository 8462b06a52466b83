"""Showing core errors: a translated title by error type and the translated message.

Core errors carry English source text fit to show. Messages with fixed text are
listed below with QT_TRANSLATE_NOOP so that lupdate puts them in the catalogue;
messages built with values fall back to the English text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from radprev_desktop.core import errors as e

# Fixed core messages the catalogue translates (context "errors").
KNOWN_MESSAGES = (
    QT_TRANSLATE_NOOP("errors", "The username or password is not right."),
    QT_TRANSLATE_NOOP("errors", "The recovery code is not right."),
    QT_TRANSLATE_NOOP("errors", "The current password is not right."),
    QT_TRANSLATE_NOOP("errors", "This account is disabled. Ask the administrator."),
    QT_TRANSLATE_NOOP("errors", "The screen is locked."),
    QT_TRANSLATE_NOOP("errors", "The vault is locked."),  # core's wording of the same
    QT_TRANSLATE_NOOP("errors", "A password needs at least 10 characters."),
    QT_TRANSLATE_NOOP("errors", "The password must not be the username."),
    QT_TRANSLATE_NOOP("errors", "The password repeats too few different characters."),
    QT_TRANSLATE_NOOP("errors", "The new password must differ from the current one."),
    QT_TRANSLATE_NOOP("errors", "Give the account at least one role."),
    QT_TRANSLATE_NOOP("errors", "You cannot take the administrator role from yourself."),
    QT_TRANSLATE_NOOP("errors", "You cannot disable your own account."),
    QT_TRANSLATE_NOOP("errors", "You cannot remove your own account."),
    QT_TRANSLATE_NOOP("errors", "The last active administrator cannot be removed."),
    QT_TRANSLATE_NOOP("errors", "A username uses letters, digits, '.', '_' or '-' only."),
    QT_TRANSLATE_NOOP("errors", "An establishment code is 1–16 letters or digits."),
    QT_TRANSLATE_NOOP(
        "errors",
        "A username is 2–32 letters, digits, '.', '_' or '-' and starts with a letter or digit.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "The database vault.db is damaged (truncated). Restore it from a backup."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database vault.db is damaged and cannot be read. Restore it from a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database vault.db is missing from the vault folder. Restore it from a backup.",
    ),
    QT_TRANSLATE_NOOP("errors", "The username or password does not open this backup."),
    QT_TRANSLATE_NOOP("errors", "Only an administrator can restore a backup."),
    QT_TRANSLATE_NOOP("errors", "The backup is damaged."),
    QT_TRANSLATE_NOOP("errors", "The classification marking must be 1 to 60 characters."),
    QT_TRANSLATE_NOOP(
        "errors", "The database is still in use by another window; close it and retry."
    ),
)


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
        return head + "\n" + "\n".join(f"• {path}: {reason}" for path, reason in exc.problems)
    if isinstance(exc, e.RadprevError):
        return QCoreApplication.translate("errors", exc.message)
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
