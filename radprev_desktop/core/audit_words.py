"""Every audit action code in words, once, for every reader of the log.

The log stores short action codes (`subject_file_opened`); what a person reads is
a sentence in their language. This table is the one place those sentences live:
the audit log screen and its filter (gui/texts/audit_text.py), the
data-protection officer's PDF (core/reports/dpo_report.py), `radprev audit
list` and the prisoner's access report (core/reports/access_report.py) all take
them from here. Each code also names its group: the access report speaks to the
person whose file it is in a few groups ("Read the file or a record in it"),
not one sentence per action (decision 0014).

Words are English source text marked for Qt Linguist in the context "audit"
(core holds no Qt: core/text.py), translated by whoever shows them.
`tests/unit/test_audit_words.py` finds every code written anywhere in the code
base (tests/audit_codes.py) and fails when one has no entry here, or its words
lack a translation in an offered language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Source

# --- groups, as a prisoner's access report names what happened to the file -------------------

READ = QT_TRANSLATE_NOOP("reports", "Read the file or a record in it")
SEARCHED = QT_TRANSLATE_NOOP("reports", "Found the file in a search or a list")
DETAILS = QT_TRANSLATE_NOOP("reports", "Recorded or corrected the prisoner's details")
WROTE = QT_TRANSLATE_NOOP("reports", "Wrote or corrected an observation")
REVIEWED = QT_TRANSLATE_NOOP("reports", "Reviewed an observation")
CHECKLIST = QT_TRANSLATE_NOOP("reports", "Completed or corrected a checklist")
PRINTED = QT_TRANSLATE_NOOP("reports", "Made a report")
DISCLOSED = QT_TRANSLATE_NOOP("reports", "Gave data to another authority")
EXPORTED = QT_TRANSLATE_NOOP("reports", "Sent to the central office")
TRANSFERRED = QT_TRANSLATE_NOOP("reports", "Transfer to another establishment")
REFERRAL = QT_TRANSLATE_NOOP("reports", "Referral to a programme")
RETENTION = QT_TRANSLATE_NOOP("reports", "Decision on keeping or erasing the file")
LINKED = QT_TRANSLATE_NOOP("reports", "Decision whether two files are the same person")
RESTRICTED = QT_TRANSLATE_NOOP("reports", "Restriction, correction or dispute of the data")
#: Actions that never concern a prisoner's file (accounts, keys, the vault), and codes
#: not in the table (an older build's, read from an imported log).
OTHER = QT_TRANSLATE_NOOP("reports", "Other recorded action on the file")


@dataclass(frozen=True)
class Action:
    """What an action code means: its sentence ("opened a prisoner's file") and its group."""

    words: Source
    group: Source


ACTIONS: dict[str, Action] = {
    "login": Action(QT_TRANSLATE_NOOP("audit", "logged in"), OTHER),
    "logout": Action(QT_TRANSLATE_NOOP("audit", "logged out"), OTHER),
    "lock": Action(QT_TRANSLATE_NOOP("audit", "locked the screen"), OTHER),
    "recovery_session_end": Action(QT_TRANSLATE_NOOP("audit", "ended the recovery session"), OTHER),
    "login_failed_attempts": Action(
        QT_TRANSLATE_NOOP("audit", "was told of failed login attempts"), OTHER
    ),
    "login_failed_unknown_user": Action(
        QT_TRANSLATE_NOOP("audit", "tried to log in with an unknown username"), OTHER
    ),
    "password_changed": Action(QT_TRANSLATE_NOOP("audit", "changed their password"), OTHER),
    "password_reset": Action(QT_TRANSLATE_NOOP("audit", "reset a colleague's password"), OTHER),
    "recovery_code_used": Action(QT_TRANSLATE_NOOP("audit", "used the recovery code"), OTHER),
    "user_added": Action(QT_TRANSLATE_NOOP("audit", "added an account"), OTHER),
    "user_changed": Action(QT_TRANSLATE_NOOP("audit", "changed an account"), OTHER),
    "user_disabled": Action(QT_TRANSLATE_NOOP("audit", "disabled an account"), OTHER),
    "user_enabled": Action(QT_TRANSLATE_NOOP("audit", "enabled an account"), OTHER),
    "user_removed": Action(QT_TRANSLATE_NOOP("audit", "removed an account"), OTHER),
    "vault_created": Action(QT_TRANSLATE_NOOP("audit", "created the encrypted database"), OTHER),
    "vault_rekeyed": Action(
        QT_TRANSLATE_NOOP("audit", "gave the encrypted database a new key"), OTHER
    ),
    "vault_restored": Action(
        QT_TRANSLATE_NOOP("audit", "restored the database from a backup"), OTHER
    ),
    "backup_created": Action(QT_TRANSLATE_NOOP("audit", "made a backup"), OTHER),
    "doctor_run": Action(QT_TRANSLATE_NOOP("audit", "checked the database"), OTHER),
    "settings_changed": Action(QT_TRANSLATE_NOOP("audit", "changed the settings"), OTHER),
    "template_installed": Action(
        QT_TRANSLATE_NOOP("audit", "imported a checklist template"), OTHER
    ),
    "template_imported": Action(QT_TRANSLATE_NOOP("audit", "imported a checklist template"), OTHER),
    "template_activated": Action(
        QT_TRANSLATE_NOOP("audit", "offered a checklist template version to officers"), OTHER
    ),
    "subject_created": Action(QT_TRANSLATE_NOOP("audit", "added a prisoner"), DETAILS),
    "subject_changed": Action(QT_TRANSLATE_NOOP("audit", "changed a prisoner's details"), DETAILS),
    "subject_file_opened": Action(QT_TRANSLATE_NOOP("audit", "opened a prisoner's file"), READ),
    "subject_details_opened": Action(
        QT_TRANSLATE_NOOP("audit", "opened a prisoner's details (no observation)"), READ
    ),
    "subject_erased": Action(QT_TRANSLATE_NOOP("audit", "erased a prisoner's file"), RETENTION),
    "rejected_report_erased": Action(
        QT_TRANSLATE_NOOP("audit", "erased a rejected report past its retention period"), RETENTION
    ),
    "restriction_set": Action(
        QT_TRANSLATE_NOOP("audit", "restricted processing of a file"), RESTRICTED
    ),
    "restriction_lifted": Action(
        QT_TRANSLATE_NOOP("audit", "lifted the restriction of a file"), RESTRICTED
    ),
    "record_note_added": Action(
        QT_TRANSLATE_NOOP("audit", "recorded a rectification request or a dispute"), RESTRICTED
    ),
    "record_note_decided": Action(
        QT_TRANSLATE_NOOP("audit", "decided a rectification request or a dispute"), RESTRICTED
    ),
    "subject_access_exported": Action(
        QT_TRANSLATE_NOOP("audit", "exported a person's data for their access request"),
        DISCLOSED,
    ),
    "dpo_question_asked": Action(
        QT_TRANSLATE_NOOP("audit", "asked a data-protection question of the audit log"), READ
    ),
    "retention_keep": Action(
        QT_TRANSLATE_NOOP("audit", "decided to keep a file after its review"), RETENTION
    ),
    "retention_anonymise": Action(
        QT_TRANSLATE_NOOP("audit", "anonymised a prisoner's file"), RETENTION
    ),
    "observation_created": Action(QT_TRANSLATE_NOOP("audit", "started an observation"), WROTE),
    "observation_draft_changed": Action(
        QT_TRANSLATE_NOOP("audit", "changed a draft observation"), WROTE
    ),
    "observation_draft_discarded": Action(
        QT_TRANSLATE_NOOP("audit", "discarded a draft observation"), WROTE
    ),
    "observation_submitted": Action(QT_TRANSLATE_NOOP("audit", "submitted an observation"), WROTE),
    "observation_amended": Action(QT_TRANSLATE_NOOP("audit", "corrected an observation"), WROTE),
    "observation_reclassified": Action(
        QT_TRANSLATE_NOOP("audit", "changed an observation's classification"), REVIEWED
    ),
    "observation_read_for_review": Action(
        QT_TRANSLATE_NOOP("audit", "read an observation to review it"), READ
    ),
    "observation_reviewed": Action(QT_TRANSLATE_NOOP("audit", "reviewed an observation"), REVIEWED),
    "source_identity_viewed": Action(
        QT_TRANSLATE_NOOP("audit", "read who told an officer (restricted)"), READ
    ),
    "checklist_started": Action(QT_TRANSLATE_NOOP("audit", "started a checklist"), CHECKLIST),
    "checklist_opened": Action(QT_TRANSLATE_NOOP("audit", "opened a checklist"), READ),
    "checklist_saved": Action(QT_TRANSLATE_NOOP("audit", "saved checklist answers"), CHECKLIST),
    "checklist_completed": Action(QT_TRANSLATE_NOOP("audit", "completed a checklist"), CHECKLIST),
    "checklist_amended": Action(QT_TRANSLATE_NOOP("audit", "corrected a checklist"), CHECKLIST),
    "checklist_discarded": Action(
        QT_TRANSLATE_NOOP("audit", "discarded an empty checklist"), CHECKLIST
    ),
    "checklists_listed": Action(
        QT_TRANSLATE_NOOP("audit", "listed a prisoner's checklists"), SEARCHED
    ),
    "referrals_listed": Action(
        QT_TRANSLATE_NOOP("audit", "listed a prisoner's referrals"), SEARCHED
    ),
    "transfers_listed": Action(
        QT_TRANSLATE_NOOP("audit", "listed a prisoner's transfers"), SEARCHED
    ),
    "transfers_to_issue_listed": Action(
        QT_TRANSLATE_NOOP("audit", "listed the transfers awaiting a bundle"), SEARCHED
    ),
    "report_generated": Action(QT_TRANSLATE_NOOP("audit", "made a report"), PRINTED),
    "report_previewed": Action(QT_TRANSLATE_NOOP("audit", "looked at a report on screen"), PRINTED),
    "report_printed": Action(QT_TRANSLATE_NOOP("audit", "printed a report"), PRINTED),
    "report_saved": Action(
        QT_TRANSLATE_NOOP("audit", "saved a report as an unencrypted PDF"), PRINTED
    ),
    "audit_read": Action(QT_TRANSLATE_NOOP("audit", "read the audit log"), OTHER),
    "audit_exported": Action(QT_TRANSLATE_NOOP("audit", "exported the audit log"), OTHER),
    "audit_verified": Action(QT_TRANSLATE_NOOP("audit", "verified the audit log"), OTHER),
    "export": Action(QT_TRANSLATE_NOOP("audit", "wrote an export package"), EXPORTED),
    "receipt_imported": Action(QT_TRANSLATE_NOOP("audit", "imported a receipt"), OTHER),
    "receipt_written": Action(QT_TRANSLATE_NOOP("audit", "wrote a receipt"), OTHER),
    "bundle_imported": Action(QT_TRANSLATE_NOOP("audit", "imported a reference bundle"), OTHER),
    "bundle_written": Action(QT_TRANSLATE_NOOP("audit", "wrote a reference bundle"), OTHER),
    "package_imported": Action(QT_TRANSLATE_NOOP("audit", "imported an export package"), EXPORTED),
    "package_rejected": Action(QT_TRANSLATE_NOOP("audit", "refused a package"), EXPORTED),
    "package_import_failed": Action(
        QT_TRANSLATE_NOOP("audit", "could not import a package"), EXPORTED
    ),
    "central_trusted": Action(
        QT_TRANSLATE_NOOP("audit", "trusted the central office certificate"), OTHER
    ),
    "central_keys_created": Action(
        QT_TRANSLATE_NOOP("audit", "created the central office keys"), OTHER
    ),
    "central_certificate_written": Action(
        QT_TRANSLATE_NOOP("audit", "wrote the central office certificate"), OTHER
    ),
    "central_backup_recipient_set": Action(
        QT_TRANSLATE_NOOP("audit", "set who receives the central backups"), OTHER
    ),
    "workstation_enrolled": Action(QT_TRANSLATE_NOOP("audit", "enrolled a workstation"), OTHER),
    "sync_item_resolved": Action(QT_TRANSLATE_NOOP("audit", "resolved a sync conflict"), OTHER),
    "conflict_viewed": Action(QT_TRANSLATE_NOOP("audit", "looked at a sync conflict"), READ),
    "consolidated_view": Action(
        QT_TRANSLATE_NOOP("audit", "looked at prisoners of every establishment"), SEARCHED
    ),
    "demo_generated": Action(QT_TRANSLATE_NOOP("audit", "generated demonstration data"), OTHER),
    "access_granted": Action(
        QT_TRANSLATE_NOOP("audit", "granted access to a whole establishment"), OTHER
    ),
    "access_revoked": Action(
        QT_TRANSLATE_NOOP("audit", "withdrew access to a whole establishment"), OTHER
    ),
    "audit_log_tampering_detected": Action(
        QT_TRANSLATE_NOOP("audit", "found the audit log cut short or altered"), OTHER
    ),
    "backups_purged": Action(
        QT_TRANSLATE_NOOP("audit", "deleted backups that removed accounts could open"), OTHER
    ),
    "dashboard_viewed": Action(QT_TRANSLATE_NOOP("audit", "looked at the dashboard"), SEARCHED),
    "handover_made": Action(
        QT_TRANSLATE_NOOP("audit", "made a release handover for the probation service"), DISCLOSED
    ),
    "link_suggestions_viewed": Action(
        QT_TRANSLATE_NOOP("audit", "looked at suggested links between files"), SEARCHED
    ),
    "observation_history_read": Action(
        QT_TRANSLATE_NOOP("audit", "read an observation's earlier versions"), READ
    ),
    "observation_read": Action(QT_TRANSLATE_NOOP("audit", "read an observation"), READ),
    "observations_listed": Action(QT_TRANSLATE_NOOP("audit", "listed observations"), SEARCHED),
    "referral_created": Action(
        QT_TRANSLATE_NOOP("audit", "referred a prisoner to a programme"), REFERRAL
    ),
    "referral_updated": Action(
        QT_TRANSLATE_NOOP("audit", "changed a programme referral"), REFERRAL
    ),
    "review_queue_viewed": Action(
        QT_TRANSLATE_NOOP("audit", "looked at the observations waiting for review"), SEARCHED
    ),
    "search": Action(QT_TRANSLATE_NOOP("audit", "searched the records"), SEARCHED),
    "subject_files_linked": Action(
        QT_TRANSLATE_NOOP("audit", "linked two files as the same person"), LINKED
    ),
    "subject_files_not_same": Action(
        QT_TRANSLATE_NOOP("audit", "decided two files are different people"), LINKED
    ),
    "subject_link_undone": Action(
        QT_TRANSLATE_NOOP("audit", "undid a link between two files"), LINKED
    ),
    "subjects_compared": Action(
        QT_TRANSLATE_NOOP("audit", "looked for possible duplicates of a new prisoner"), SEARCHED
    ),
    "subjects_listed": Action(QT_TRANSLATE_NOOP("audit", "listed prisoners"), SEARCHED),
    "subjects_searched": Action(QT_TRANSLATE_NOOP("audit", "searched for prisoners"), SEARCHED),
    "training_exercise_completed": Action(
        QT_TRANSLATE_NOOP("audit", "completed a training exercise"), OTHER
    ),
    "training_exercise_started": Action(
        QT_TRANSLATE_NOOP("audit", "started a training exercise"), OTHER
    ),
    "training_vault_ready": Action(
        QT_TRANSLATE_NOOP("audit", "prepared a practice database"), OTHER
    ),
    "transfer_bundle_issued": Action(
        QT_TRANSLATE_NOOP("audit", "issued a transfer bundle to another establishment"), TRANSFERRED
    ),
    "transfer_key_created": Action(
        QT_TRANSLATE_NOOP("audit", "created the key for transfers"), OTHER
    ),
    "transfer_received": Action(
        QT_TRANSLATE_NOOP("audit", "took in a prisoner from another establishment"), TRANSFERRED
    ),
    "transfer_recorded": Action(
        QT_TRANSLATE_NOOP("audit", "recorded a prisoner's transfer"), TRANSFERRED
    ),
    "user_disable_started": Action(
        QT_TRANSLATE_NOOP("audit", "started disabling an account"), OTHER
    ),
    "user_removal_started": Action(
        QT_TRANSLATE_NOOP("audit", "started removing an account"), OTHER
    ),
}

#: The kinds of object an entry names ("prisoner 01JD…").
OBJECTS: dict[str, Source] = {
    "subject": QT_TRANSLATE_NOOP("audit", "prisoner"),
    "observation": QT_TRANSLATE_NOOP("audit", "observation"),
    "checklist_run": QT_TRANSLATE_NOOP("audit", "checklist"),
    "user": QT_TRANSLATE_NOOP("audit", "account"),
    "report": QT_TRANSLATE_NOOP("audit", "report"),
    "package": QT_TRANSLATE_NOOP("audit", "package"),
    "template": QT_TRANSLATE_NOOP("audit", "checklist template"),
    "checklist_template": QT_TRANSLATE_NOOP("audit", "checklist template"),
    "settings": QT_TRANSLATE_NOOP("audit", "settings"),
    "vault": QT_TRANSLATE_NOOP("audit", "database"),
    "backup": QT_TRANSLATE_NOOP("audit", "backup"),
    "bundle": QT_TRANSLATE_NOOP("audit", "reference bundle"),
    "receipt": QT_TRANSLATE_NOOP("audit", "receipt"),
    "central_keys": QT_TRANSLATE_NOOP("audit", "central office keys"),
    "file": QT_TRANSLATE_NOOP("audit", "file"),
    "subjects": QT_TRANSLATE_NOOP("audit", "prisoners"),
    "observations": QT_TRANSLATE_NOOP("audit", "observations"),
    "workstation": QT_TRANSLATE_NOOP("audit", "workstation"),
    "trainee": QT_TRANSLATE_NOOP("audit", "trainee"),
    "training_exercise": QT_TRANSLATE_NOOP("audit", "training exercise"),
}


def words(code: str) -> Source | None:
    """The sentence of an action code (None for a code not in the table)."""
    found = ACTIONS.get(code)
    return found.words if found else None


def meaning(code: str) -> Source:
    """The group of an action code, for a prisoner's access report (OTHER when unknown)."""
    found = ACTIONS.get(code)
    return found.group if found else OTHER


def in_words(code: str, translate: Callable[[Source], str]) -> str:
    """An action in the reader's language (`translate` a Source), its code spaced if unknown."""
    found = words(code)
    return translate(found) if found is not None else spaced(code)


def spaced(code: str) -> str:
    """An unknown code as shown: its words separated (nothing is ever hidden)."""
    return code.replace("_", " ")
