"""What a login (or an unlock) must tell the user, in the user's language.

A login may finish an administrator's interrupted removal or disabling of an
account, delete backups under an older key, or find that the audit log was cut
short or rewritten since it was last sealed (core records that in the log). The
CLI prints these as English lines; the windows show them in the notice bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from radprev_desktop.core.services.vault_access import (
    BACKUPS_DELETED,
    DISABLING,
    REMOVAL,
    KeyChangeNote,
    LoginResult,
)


def failed_attempts_text(count: int) -> str:
    return QCoreApplication.translate(
        "MainWindow",
        "%n failed login attempt(s) since your last login. If that was not you, tell the "
        "administrator.",
        "",
        count,
    )


def key_change_text(note: KeyChangeNote) -> str:
    """One finished (or still unfinished) key change, as a sentence."""
    if note.kind == REMOVAL:
        return QCoreApplication.translate(
            "LoginNotices",
            "The removal of the account {user}, interrupted earlier, has now been finished: "
            "its password no longer opens the database.",
        ).format(user=note.username)
    if note.kind == DISABLING:
        return QCoreApplication.translate(
            "LoginNotices",
            "The disabling of the account {user}, interrupted earlier, has now been finished: "
            "its password no longer opens the database.",
        ).format(user=note.username)
    if note.kind == BACKUPS_DELETED:
        return QCoreApplication.translate(
            "LoginNotices",
            "%n backup(s) made under an older key were deleted (they could still be opened "
            "with a removed password).",
            "",
            note.count,
        )
    return QCoreApplication.translate(
        "LoginNotices",
        "An interrupted removal or disabling of an account could not be finished yet. Log in "
        "again as an administrator later; until then run “radprev doctor” for details.",
    )


def audit_text(result: LoginResult) -> str:
    """The audit log no longer matches what was sealed: say so plainly ("" when it does)."""
    check = result.audit_check
    if check.ok:
        return ""
    if check.kind == "cut" and check.anchor_seq is not None:
        missing = check.anchor_seq - check.head_seq
        return QCoreApplication.translate(
            "LoginNotices",
            "Warning: %n entry(ies) at the end of the audit log are missing — the log was cut "
            "short or the database was replaced by an older copy. This has been recorded in "
            "the log; tell the administrator and the auditor.",
            "",
            missing,
        )
    if check.kind.startswith("anchor_file"):
        return QCoreApplication.translate(
            "LoginNotices",
            "Warning: the file vault.anchor, which guards the audit log against being cut "
            "short, is missing, damaged or an older copy. The log could be checked only up "
            "to an earlier entry. This has been recorded in the log; tell the administrator "
            "and the auditor.",
        )
    return QCoreApplication.translate(
        "LoginNotices",
        "Warning: the audit log was changed after it was written (an entry is not the one "
        "that was recorded). This has been recorded in the log; tell the administrator and "
        "the auditor.",
    )


def upgrade_text(result: LoginResult) -> str:
    """The vault was upgraded at this login: one calm line saying where the backup is."""
    if result.upgrade_backup is None:
        return ""
    return QCoreApplication.translate(
        "LoginNotices",
        "The database was updated for this version of the program. A backup from before the "
        "update was saved in {folder}.",
    ).format(folder=str(result.upgrade_backup))


def login_notices(result: LoginResult) -> list[str]:
    """Every notice of one login, most serious first."""
    notices = [audit_text(result)] if not result.audit_check.ok else []
    notices.extend(key_change_text(note) for note in result.finished)
    if result.failed_attempts_since_last_login:
        notices.append(failed_attempts_text(result.failed_attempts_since_last_login))
    # Only the login that upgraded carries it: the next login (or unlock) says nothing.
    if result.upgrade_backup is not None:
        notices.append(upgrade_text(result))
    return notices
