"""Errors a user can cause.

Each carries a message fit to show (English source text; the GUI translates it
through the same catalogue as the rest of the UI). Nothing here includes
personal data from the vault, so messages can be logged and shown safely.
"""

from __future__ import annotations


class RadprevError(Exception):
    """Base of every error the user can cause; `str()` is the message to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class VaultError(RadprevError):
    """The vault cannot be opened or used as asked."""


class VaultNotFound(VaultError):
    """No vault exists in the folder."""


class VaultExists(VaultError):
    """A vault already exists where a new one was to be created."""


class VaultDamaged(VaultError):
    """A vault file is missing, truncated or altered."""


class VaultTooNew(VaultError):
    """The vault was written by a newer version of the application."""


class VaultNotWritable(VaultError):
    """The vault folder cannot be written."""


class VaultBusy(VaultError):
    """Another window or command is changing the vault's keys right now."""


class WrongPassword(VaultError):
    """The username or password is not right."""


class LoginDelayed(VaultError):
    """Too many failed attempts: the next one must wait."""

    def __init__(self, message: str, seconds: float) -> None:
        super().__init__(message)
        self.seconds = seconds


class AccountDisabled(VaultError):
    """The account exists but has been disabled."""


class PasswordChangeRequired(VaultError):
    """The administrator reset this password; a new one must be set first."""


class WeakPassword(RadprevError):
    """A new password does not meet the rules."""


class PermissionDenied(RadprevError):
    """The logged-in user's role does not allow this."""


class TrainingRefused(RadprevError):
    """Something a training vault never does (export, import, restore over a real vault…),
    or training work asked of a real vault."""


class NotFound(RadprevError):
    """A record that was asked for does not exist."""


class ValidationError(RadprevError):
    """Input does not meet the rules; `field` names what to fix."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ForeignRecord(ValidationError):
    """A synced record touches a file of an establishment other than its sender's.

    Raised by a record kind's `apply` at the central office; the importer keeps
    the record in quarantine with this message and counts it in the report.
    """

    def __init__(self, what: str, owner: str, sender: str, field: str | None = None) -> None:
        super().__init__(
            f"The record touches {what} of establishment {owner}, but the package was signed "
            f"by a workstation of {sender}: a workstation may send records of its own "
            "establishment only, so it was not applied.",
            field,
        )
        self.owner = owner
        self.sender = sender


class Conflict(RadprevError):
    """The change clashes with what the vault already holds (duplicate, wrong state)."""


class TemplateInvalid(RadprevError):
    """A checklist template does not meet the schema; `problems` lists (path, reason)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        lines = "; ".join(f"{path}: {reason}" for path, reason in problems)
        super().__init__(f"The checklist template is not valid: {lines}")
        self.problems = problems


class TrainingDataInvalid(RadprevError):
    """A shipped training scenario or word list is broken; `problems` lists (where, reason)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        lines = "; ".join(f"{path}: {reason}" for path, reason in problems)
        super().__init__(f"The training material is not valid: {lines}")
        self.problems = problems


class PackageRejected(RadprevError):
    """A sync package, receipt or bundle was refused whole."""


class AuditChainBroken(RadprevError):
    """The audit log's hash chain does not verify."""

    def __init__(self, message: str, sequence: int) -> None:
        super().__init__(message)
        self.sequence = sequence


class StorageError(RadprevError):
    """Writing a file failed (disk full, medium removed, no permission)."""
