"""Core functions that take a session but never reach a prisoner's file, and why
(the other half of test_access_by_unit's classification; the probes are in
access_cases.py for a workstation and access_central.py for the central office).
"""

from __future__ import annotations

#: Functions that take a session but never reach a prisoner's file, and why.
NOT_ABOUT_A_PRISONER: dict[str, str] = {
    **{
        f"{module}.{name}": why
        for module, names, why in (
            (
                "access_changes",
                "pending revoke finish_interrupted rekey purge_stale_backups enable",
                "key slots and re-encryption",
            ),
            (
                "audit_log",
                "read verify export_jsonl",
                "the audit log: ids and staff, no prisoner's data (auditor only)",
            ),
            (
                "consultation",
                "purpose require_purpose record term_key query_details",
                "writes the consultation's own audit entry",
            ),
            (
                "settings",
                "all_settings get_setting set_setting set_settings establishment list_units "
                "stored_settings",
                "vault-wide settings and units",
            ),
            ("subject_scope", "scope_sql in_scope_sql unit_within_reach", "the scope itself"),
            (
                "restriction",
                "refuse_report_if_restricted",
                "a check before a report (returns nothing; the report checks the reader)",
            ),
            (
                "subject_fields",
                "retention_months default_review_due clean_changes",
                "settings arithmetic and the checks of a change",
            ),
            (
                "central_backup",
                "backup_recipient write_backup write_dated_backup",
                "the central store's encrypted backup (administrator), no consultation",
            ),
            (
                "vault_opening",
                "finish_at_login record_open",
                "opening the vault: key slots and the login's audit entry",
            ),
            (
                "templates",
                "import_template import_template_bytes ensure_sample_installed "
                "set_active_template list_templates get_template active_template "
                "active_indicator_codes export_template_json non_indicators",
                "checklist templates hold no prisoner's data",
            ),
            (
                "users",
                "get_user display_names list_users add_user give_slot update_user "
                "set_password_for change_own_password ensure_an_administrator_remains",
                "staff accounts",
            ),
            (
                "access_grants",
                "grant_establishment revoke_establishment list_grants",
                "staff accounts' whole-establishment grants",
            ),
            (
                "vault_access",
                "create_backup list_backups rekey remove_user disable_user "
                "enable_user finish_interrupted keeps_key_slots",
                "vault mechanics",
            ),
            (
                "central_access",
                "revoke_central enable_central",
                "staff accounts on the PostgreSQL central store",
            ),
            ("observations", "check_input last_place_and_duty", "the writer's own input and place"),
            (
                "observation_fields",
                "active_indicator_codes current_preset clean_values",
                "template codes, settings and the checks of what an officer writes",
            ),
            ("subject_fields", "clean_unit", "whether a unit code exists"),
            ("keys", "refuse_training", "refuses a training vault"),
            (
                "training",
                "common_mistakes complete_exercise exercise_for_subject get_exercise initialise "
                "list_exercises prison_number_of require_training start_exercise trainee_progress",
                "training vault only: trainees' exercises on synthetic scenario prisoners "
                "(the prisoner itself is read through subjects, in the trainee's unit)",
            ),
            ("training_record", "training_record", "a trainee's exercises (training vault only)"),
            ("checklists", "run_summary", "counts of a run the caller already holds"),
            ("blank_checklist", "blank_checklist stored_template", "a blank form"),
            (
                "disclosure",
                "record_generation record_disclosure save_report",
                "audit entries of a report already generated (and checked)",
            ),
            (
                "enrolment_sheet",
                "signing_fingerprint known_central_fingerprint enrolment_sheet",
                "key fingerprints",
            ),
            ("furniture", "establishment_name furniture_for", "page furniture"),
            ("recovery_sheet", "recovery_sheet", "the recovery code"),
            (
                "bundles",
                "profile_settings write_bundle import_bundle",
                "reference bundles: templates and settings",
            ),
            (
                "central_state",
                "gaps workstation_states quarantine_items conflict_items resolve",
                "import bookkeeping: ids and counts, no content",
            ),
            (
                "central_state",
                "conflict_content",
                "central office: by establishment, see test_central_office_reaches_by_establishment",
            ),
            (
                "views",
                "consolidated_subjects",
                "central office: by establishment, see test_central_office_reaches_by_establishment",
            ),
            (
                "subject_search",
                "consolidated",
                "the query of views.consolidated_subjects (central office, by establishment)",
            ),
            (
                "delivery",
                "pending_count export_history export_status set_schedule",
                "export bookkeeping",
            ),
            (
                "export",
                "build write record export_package",
                "the institutional transfer of the whole vault to the central office, encrypted "
                "to it and logged as a disclosure; the exporter reads none of it",
            ),
            ("files", "import_file import_packages", "imports packages, receipts and bundles"),
            ("import_audit", "verify_imported_audit", "audit chains"),
            (
                "importer",
                "open_package authenticate enrol_from_package import_package "
                "validate_package record_import",
                "imports packages",
            ),
            (
                "keys",
                "require_mode signing_keys ensure_central_keys central_identity "
                "set_backup_recipient certificate_public own_certificate_fingerprint "
                "accepted_fingerprints make_certificate trust_central trusted_central "
                "trusted_signing_keys own_workstation_fingerprint enrolled enrol",
                "keys",
            ),
            ("referrals", "programmes", "the programme code list"),
            ("observations", "may_see", "the reach check itself (raises, returns nothing)"),
            ("observations", "template_tie", "the template code and version of indicators"),
            (
                "referrals",
                "counts_by_status",
                "counts of referrals by status for the establishment: no file named or opened",
            ),
            ("transfers", "known_establishments", "the establishment code list"),
            ("handovers", "current_policy", "the handover policy setting"),
            ("keys", "set_meta", "vault metadata"),
            (
                "keys",
                "audit_enrolment",
                "the enrolment's own audit entry: a workstation, no prisoner",
            ),
            (
                "central_overview",
                "granted_only",
                "the establishment codes an analyst's counts are limited to (the scope itself)",
            ),
            (
                "transfer_keys",
                "remember_transfer_recipient transfer_identity transfer_recipient "
                "transfer_recipients",
                "keys of the transfer bundles",
            ),
            (
                "receipts",
                "central_sender receipt_content write_receipt verify_central_file import_receipt",
                "receipts",
            ),
            (
                "transfer_intake",
                "import_transfer_bundle",
                "the receiving establishment's intake of a file the central office issued to it "
                "(institutional, like a package import; administrator or supervisor)",
            ),
            (
                "transfer_intake",
                "received",
                "the intake log: bundle numbers, file ids and record counts, no name or text",
            ),
            ("establishment_report", "domain_names", "the template's domain titles"),
            (
                "classification",
                "levels lowest check_level marking",
                "the establishment's list of classification levels",
            ),
            (
                "dpo_questions",
                "record",
                "writes the audit entry of a question already answered (dpo_questions.ask)",
            ),
            (
                "dashboard",
                "list_statements",
                "builds a dashboard list's SQL (the unit scope included) and runs nothing; the "
                "lists that run it are probed",
            ),
        )
        for name in names.split()
    },
}
