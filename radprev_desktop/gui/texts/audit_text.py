"""Audit log actions as plain sentences ("opened a prisoner's file"), translated for display.

The log keeps the action codes (they are what is exported and verified); the
screen shows these words, with the code in the tooltip. An action that is not
listed shows its code with spaces, so nothing is ever hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _n(text: object) -> str:
    return str(text)


ACTIONS: dict[str, str] = {
    "login": _n(QT_TRANSLATE_NOOP("audit", "logged in")),
    "logout": _n(QT_TRANSLATE_NOOP("audit", "logged out")),
    "lock": _n(QT_TRANSLATE_NOOP("audit", "locked the screen")),
    "recovery_session_end": _n(QT_TRANSLATE_NOOP("audit", "ended the recovery session")),
    "login_failed_attempts": _n(QT_TRANSLATE_NOOP("audit", "was told of failed login attempts")),
    "login_failed_unknown_user": _n(
        QT_TRANSLATE_NOOP("audit", "tried to log in with an unknown username")
    ),
    "password_changed": _n(QT_TRANSLATE_NOOP("audit", "changed their password")),
    "password_reset": _n(QT_TRANSLATE_NOOP("audit", "reset a colleague's password")),
    "recovery_code_used": _n(QT_TRANSLATE_NOOP("audit", "used the recovery code")),
    "user_added": _n(QT_TRANSLATE_NOOP("audit", "added an account")),
    "user_changed": _n(QT_TRANSLATE_NOOP("audit", "changed an account")),
    "user_disabled": _n(QT_TRANSLATE_NOOP("audit", "disabled an account")),
    "user_enabled": _n(QT_TRANSLATE_NOOP("audit", "enabled an account")),
    "user_removed": _n(QT_TRANSLATE_NOOP("audit", "removed an account")),
    "vault_created": _n(QT_TRANSLATE_NOOP("audit", "created the encrypted database")),
    "vault_rekeyed": _n(QT_TRANSLATE_NOOP("audit", "gave the encrypted database a new key")),
    "vault_restored": _n(QT_TRANSLATE_NOOP("audit", "restored the database from a backup")),
    "backup_created": _n(QT_TRANSLATE_NOOP("audit", "made a backup")),
    "doctor_run": _n(QT_TRANSLATE_NOOP("audit", "checked the database")),
    "settings_changed": _n(QT_TRANSLATE_NOOP("audit", "changed the settings")),
    "template_installed": _n(QT_TRANSLATE_NOOP("audit", "imported a checklist template")),
    "template_imported": _n(QT_TRANSLATE_NOOP("audit", "imported a checklist template")),
    "template_activated": _n(
        QT_TRANSLATE_NOOP("audit", "offered a checklist template version to officers")
    ),
    "subject_created": _n(QT_TRANSLATE_NOOP("audit", "added a prisoner")),
    "subject_changed": _n(QT_TRANSLATE_NOOP("audit", "changed a prisoner's details")),
    "subject_file_opened": _n(QT_TRANSLATE_NOOP("audit", "opened a prisoner's file")),
    "subject_erased": _n(QT_TRANSLATE_NOOP("audit", "erased a prisoner's file")),
    "rejected_report_erased": _n(
        QT_TRANSLATE_NOOP("audit", "erased a rejected report past its retention period")
    ),
    "restriction_set": _n(QT_TRANSLATE_NOOP("audit", "restricted processing of a file")),
    "restriction_lifted": _n(QT_TRANSLATE_NOOP("audit", "lifted the restriction of a file")),
    "dpo_question_asked": _n(
        QT_TRANSLATE_NOOP("audit", "asked a data-protection question of the audit log")
    ),
    "retention_keep": _n(QT_TRANSLATE_NOOP("audit", "decided to keep a file after its review")),
    "retention_anonymise": _n(QT_TRANSLATE_NOOP("audit", "anonymised a prisoner's file")),
    "observation_created": _n(QT_TRANSLATE_NOOP("audit", "started an observation")),
    "observation_draft_changed": _n(QT_TRANSLATE_NOOP("audit", "changed a draft observation")),
    "observation_draft_discarded": _n(QT_TRANSLATE_NOOP("audit", "discarded a draft observation")),
    "observation_submitted": _n(QT_TRANSLATE_NOOP("audit", "submitted an observation")),
    "observation_amended": _n(QT_TRANSLATE_NOOP("audit", "corrected an observation")),
    "observation_read_for_review": _n(
        QT_TRANSLATE_NOOP("audit", "read an observation to review it")
    ),
    "observation_reviewed": _n(QT_TRANSLATE_NOOP("audit", "reviewed an observation")),
    "source_identity_viewed": _n(
        QT_TRANSLATE_NOOP("audit", "read who told an officer (restricted)")
    ),
    "checklist_started": _n(QT_TRANSLATE_NOOP("audit", "started a checklist")),
    "checklist_opened": _n(QT_TRANSLATE_NOOP("audit", "opened a checklist")),
    "checklist_saved": _n(QT_TRANSLATE_NOOP("audit", "saved checklist answers")),
    "checklist_completed": _n(QT_TRANSLATE_NOOP("audit", "completed a checklist")),
    "checklist_amended": _n(QT_TRANSLATE_NOOP("audit", "corrected a checklist")),
    "checklist_discarded": _n(QT_TRANSLATE_NOOP("audit", "discarded an empty checklist")),
    "checklists_listed": _n(QT_TRANSLATE_NOOP("audit", "listed a prisoner's checklists")),
    "report_generated": _n(QT_TRANSLATE_NOOP("audit", "made a report")),
    "report_previewed": _n(QT_TRANSLATE_NOOP("audit", "looked at a report on screen")),
    "report_printed": _n(QT_TRANSLATE_NOOP("audit", "printed a report")),
    "report_saved": _n(QT_TRANSLATE_NOOP("audit", "saved a report as an unencrypted PDF")),
    "audit_read": _n(QT_TRANSLATE_NOOP("audit", "read the audit log")),
    "audit_exported": _n(QT_TRANSLATE_NOOP("audit", "exported the audit log")),
    "audit_verified": _n(QT_TRANSLATE_NOOP("audit", "verified the audit log")),
    "export": _n(QT_TRANSLATE_NOOP("audit", "wrote an export package")),
    "receipt_imported": _n(QT_TRANSLATE_NOOP("audit", "imported a receipt")),
    "receipt_written": _n(QT_TRANSLATE_NOOP("audit", "wrote a receipt")),
    "bundle_imported": _n(QT_TRANSLATE_NOOP("audit", "imported a reference bundle")),
    "bundle_written": _n(QT_TRANSLATE_NOOP("audit", "wrote a reference bundle")),
    "package_imported": _n(QT_TRANSLATE_NOOP("audit", "imported an export package")),
    "package_rejected": _n(QT_TRANSLATE_NOOP("audit", "refused a package")),
    "package_import_failed": _n(QT_TRANSLATE_NOOP("audit", "could not import a package")),
    "central_trusted": _n(QT_TRANSLATE_NOOP("audit", "trusted the central office certificate")),
    "central_keys_created": _n(QT_TRANSLATE_NOOP("audit", "created the central office keys")),
    "central_certificate_written": _n(
        QT_TRANSLATE_NOOP("audit", "wrote the central office certificate")
    ),
    "central_backup_recipient_set": _n(
        QT_TRANSLATE_NOOP("audit", "set who receives the central backups")
    ),
    "workstation_enrolled": _n(QT_TRANSLATE_NOOP("audit", "enrolled a workstation")),
    "sync_item_resolved": _n(QT_TRANSLATE_NOOP("audit", "resolved a sync conflict")),
    "conflict_viewed": _n(QT_TRANSLATE_NOOP("audit", "looked at a sync conflict")),
    "consolidated_view": _n(
        QT_TRANSLATE_NOOP("audit", "looked at prisoners of every establishment")
    ),
    "demo_generated": _n(QT_TRANSLATE_NOOP("audit", "generated demonstration data")),
}

OBJECTS: dict[str, str] = {
    "subject": _n(QT_TRANSLATE_NOOP("audit", "prisoner")),
    "observation": _n(QT_TRANSLATE_NOOP("audit", "observation")),
    "checklist_run": _n(QT_TRANSLATE_NOOP("audit", "checklist")),
    "user": _n(QT_TRANSLATE_NOOP("audit", "account")),
    "report": _n(QT_TRANSLATE_NOOP("audit", "report")),
    "package": _n(QT_TRANSLATE_NOOP("audit", "package")),
    "template": _n(QT_TRANSLATE_NOOP("audit", "checklist template")),
    "checklist_template": _n(QT_TRANSLATE_NOOP("audit", "checklist template")),
    "settings": _n(QT_TRANSLATE_NOOP("audit", "settings")),
    # Kinds the services also write (found by the pseudo walk: shown in English before).
    "vault": _n(QT_TRANSLATE_NOOP("audit", "database")),
    "backup": _n(QT_TRANSLATE_NOOP("audit", "backup")),
    "bundle": _n(QT_TRANSLATE_NOOP("audit", "reference bundle")),
    "receipt": _n(QT_TRANSLATE_NOOP("audit", "receipt")),
    "central_keys": _n(QT_TRANSLATE_NOOP("audit", "central office keys")),
    "file": _n(QT_TRANSLATE_NOOP("audit", "file")),
    "subjects": _n(QT_TRANSLATE_NOOP("audit", "prisoners")),
    "observations": _n(QT_TRANSLATE_NOOP("audit", "observations")),
    "workstation": _n(QT_TRANSLATE_NOOP("audit", "workstation")),
    "trainee": _n(QT_TRANSLATE_NOOP("audit", "trainee")),
    "training_exercise": _n(QT_TRANSLATE_NOOP("audit", "training exercise")),
}


def action_text(code: str) -> str:
    """The sentence for an action code (its code with spaces when not listed)."""
    text = ACTIONS.get(code)
    return QCoreApplication.translate("audit", text) if text else code.replace("_", " ")


def object_text(kind: str, ident: str) -> str:
    """'prisoner 01JD…' — the kind in words and the start of its id."""
    if not kind:
        return ident
    word = OBJECTS.get(kind)
    name = QCoreApplication.translate("audit", word) if word else kind.replace("_", " ")
    return f"{name} {ident[:10]}{'…' if len(ident) > 10 else ''}".strip()
