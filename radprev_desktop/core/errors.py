"""Errors a user can cause.

Each carries a message id and its values (`text`, a core/text.py `Text`): the
English source marked with `QT_TRANSLATE_NOOP("errors", …)` where it is raised,
so lupdate collects it, and the values that fill its `%1`, `%2`…. The GUI shows
it in the screen's language, the CLI in the command's; `str()` is the English
rendering (logs, tests). Nothing here includes personal data from the vault, so
messages can be logged and shown safely.

    raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no prisoner %1."), number)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from radprev_desktop.core.text import PLACEHOLDER, QT_TRANSLATE_NOOP, Joined, Text, as_text


class RadprevError(Exception):
    """Base of every error the user can cause; `text` is the message to show."""

    def __init__(self, message: str | Text, *args: object) -> None:
        if isinstance(message, Text):
            self.text = Text(message.source, *message.args, *args, context=message.context)
        else:
            self.text = Text(message, *args)
        wanted = max((int(n) for n in PLACEHOLDER.findall(self.text.source)), default=0)
        if len(self.text.args) > wanted:
            # e.g. ValidationError("…", "field") from before messages had values: say so loudly.
            raise TypeError(
                f"{type(self).__name__}: {len(self.text.args)} values for {wanted} placeholders "
                f"in {self.text.source!r} (a field name is given as field=…)"
            )
        self.message = str(self.text)
        super().__init__(self.message)

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

    def __init__(self, message: str | Text, *args: object, seconds: float) -> None:
        super().__init__(message, *args)
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

    def __init__(self, message: str | Text, *args: object, field: str | None = None) -> None:
        super().__init__(message, *args)
        self.field = field


class LanguageNotAvailable(ValidationError):
    """A language was asked for that is unknown or not completely translated."""


class ForeignRecord(ValidationError):
    """A synced record touches a file of an establishment other than its sender's.

    Raised by a record kind's `apply` at the central office; the importer keeps
    the record in quarantine with this message and counts it in the report.
    """

    def __init__(self, what: str | Text, owner: str, sender: str, field: str | None = None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The record touches %1 of establishment %2, but the package was signed by "
                "a workstation of %3: a workstation may send records of its own "
                "establishment only, so it was not applied.",
            ),
            as_text(what),
            owner,
            sender,
            field=field,
        )
        self.owner = owner
        self.sender = sender


class TransferredAway(ForeignRecord):
    """A change to a prisoner's file from the establishment the prisoner was transferred
    from: its late records still arrive, but the file now lives (and is changed or
    erased) at the receiving establishment."""

    def __init__(self, sender: str, holder: str, field: str | None = None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "the file of a prisoner"), holder, sender, field
        )
        self.text = Text(
            QT_TRANSLATE_NOOP(
                "errors",
                "The prisoner was transferred from %1 to %2: the file is now kept (changed, "
                "reviewed, erased) by %2, so this change from %1 was kept aside, not applied.",
            ),
            sender,
            holder,
        )
        self.message = str(self.text)
        self.args = (self.message,)


class Conflict(RadprevError):
    """The change clashes with what the vault already holds (duplicate, wrong state)."""


def history_refusal(establishment_code: str) -> Conflict:
    """The refusal for a record that arrived with a transferred prisoner's file."""
    return Conflict(
        QT_TRANSLATE_NOOP(
            "errors",
            "This record was made at %1 and arrived with the prisoner's file: it is history "
            "here and is not corrected or reviewed here.",
        ),
        establishment_code,
    )


class TemplateInvalid(RadprevError):
    """A checklist template does not meet the schema; `problems` lists (path, reason)."""

    def __init__(self, problems: Sequence[tuple[str, str | Text]]) -> None:
        lines = "; ".join(f"{path}: {reason}" for path, reason in problems)
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The checklist template is not valid: %1"), lines
        )
        self.problems = list(problems)


class TrainingDataInvalid(RadprevError):
    """A shipped training scenario or word list is broken; `problems` lists (where, reason)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        lines = "; ".join(f"{path}: {reason}" for path, reason in problems)
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The training material is not valid: %1"), lines
        )
        self.problems = problems


class PackageRejected(RadprevError):
    """A sync package, receipt or bundle was refused whole."""


class AuditChainBroken(RadprevError):
    """The audit log's hash chain does not verify."""

    def __init__(self, message: str | Text, *args: object, sequence: int) -> None:
        super().__init__(message, *args)
        self.sequence = sequence


class StorageError(RadprevError):
    """Writing a file failed (disk full, medium removed, no permission)."""


class SensitiveTermsNotConfirmed(ValidationError):
    """Free text about religion, ethnicity or politics, not yet confirmed as necessary.

    Never a block: the writer answers "is this necessary to describe the
    behaviour?" and seals the record again with the confirmation (the GUI's
    question, the CLI's --terms-necessary). `findings` holds each field with the
    words found (core/safeguards.SensitiveFinding).
    """

    def __init__(
        self, findings: tuple[object, ...], field_names: Callable[[str], object] = str
    ) -> None:
        """`field_names` gives a field's name to show (core/labels.field_word; the key if none)."""
        first = getattr(findings[0], "field", None) if findings else None
        words = Joined(
            [
                Joined(
                    [
                        field_names(str(getattr(f, "field", ""))),
                        ": " + ", ".join(getattr(f, "words", ())),
                    ],
                    separator="",
                )
                for f in findings
            ],
            separator="; ",
        )
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Is this necessary to describe the behaviour? (%1) Confirm to keep the words as "
                "written.",
            ),
            words,
            field=first,
        )
        self.findings = findings
