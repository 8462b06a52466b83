"""What the vault says when it refuses (messages marked for the catalogues, context "errors")."""

from __future__ import annotations

from radprev_desktop.core.text import QT_TRANSLATE_NOOP

THE_VAULT_FOLDER_CANNOT_BE_WRITTEN = QT_TRANSLATE_NOOP(
    "errors",
    "The vault folder %1 cannot be written by this account; ask the administrator to fix its permissions. Nothing was changed.",
)

TOO_MANY_FAILED_ATTEMPTS_WAIT_SECONDS = QT_TRANSLATE_NOOP(
    "errors",
    "Too many failed attempts. Wait %1 seconds before trying again.",
)

A_REKEY_OF_THE_VAULT_IS = QT_TRANSLATE_NOOP(
    "errors",
    "A rekey of the vault is unfinished; log in again (as an administrator) to finish it, then retry.",
)

THE_KEY_FILE_VAULT_KEYS_WAS = QT_TRANSLATE_NOOP(
    "errors",
    "The key file vault.keys was changed outside radprev; nothing was changed. Restore vault.keys from a backup.",
)

THE_KEY_FILE_VAULT_KEYS_WAS_2 = QT_TRANSLATE_NOOP(
    "errors",
    "The key file vault.keys was changed outside radprev (its seal does not match the vault key). Restore vault.keys from a backup.",
)

THE_VAULT_S_KEYS_ARE_BEING = QT_TRANSLATE_NOOP(
    "errors",
    "The vault's keys are being changed right now (a user removal or a rekey). Try again in a moment.",
)

THE_DATABASE_VAULT_DB_IS_MISSING = QT_TRANSLATE_NOOP(
    "errors",
    "The database vault.db is missing from the vault folder. Restore it from a backup.",
)

A_VAULT_ALREADY_EXISTS_IN = QT_TRANSLATE_NOOP(
    "errors",
    "A vault already exists in %1.",
)

NO_VAULT_IN = QT_TRANSLATE_NOOP(
    "errors",
    "No vault in %1.",
)

THE_USERNAME_OR_PASSWORD_IS_NOT = QT_TRANSLATE_NOOP(
    "errors",
    "The username or password is not right.",
)

THERE_IS_NO_KEY_SLOT_FOR = QT_TRANSLATE_NOOP(
    "errors",
    "There is no key slot for %1.",
)

THE_CURRENT_PASSWORD_IS_NOT_RIGHT = QT_TRANSLATE_NOOP(
    "errors",
    "The current password is not right.",
)

THIS_VAULT_HAS_NO_RECOVERY_SLOT = QT_TRANSLATE_NOOP(
    "errors",
    "This vault has no recovery slot.",
)

THE_KEY_SLOT_CHANGED_MEANWHILE_TRY = QT_TRANSLATE_NOOP(
    "errors",
    "The key slot changed meanwhile; try again.",
)
