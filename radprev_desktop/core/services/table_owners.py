"""Which service writes which table (issue 16 item 1): one owner per table.

A table is written (INSERT, UPDATE, DELETE, bulk writes) only by the service that
owns it; another service that needs a row changed calls a function of the owner.
Reading another service's table (joins, look-ups) is allowed. A service is one
module of `core/services` and the modules split from it for size or for its sync
record kind (`<thing>_rows`, `_fields`, `_amendments`, `_sync`), listed in
SERVICES; nothing else is part of it.

A few modules under the services keep tables of their own (the audit log, the
outbox, the central store's login verifiers: the import layers put them below
core/services, decision 0017) or write for the engine before any service runs
(the vault file's key slots, migrations' schema version, re-folding the search
keys after a folding change): they are SERVICES too, or BELOW_SERVICES writes.

tests/unit/test_table_owners.py reads every SQL statement of core and fails on a
write by a module that is not part of the table's owner.
"""

from __future__ import annotations

#: Service → its modules (paths under radprev_desktop/core, without `.py`).
SERVICES: dict[str, tuple[str, ...]] = {
    "access_grants": ("services/access_grants",),
    "audit": ("audit",),
    "central_session": ("central_session",),
    "checklists": ("services/checklists", "services/checklist_rows", "services/checklist_sync"),
    "deliveries": ("services/deliveries",),
    "enrolment": ("services/enrolment",),
    "handovers": ("services/handovers",),
    "imported_audit": ("services/imported_audit",),
    "new_vault": ("services/new_vault",),
    "observations": (
        "services/observations",
        "services/observation_rows",
        "services/observation_amendments",
        "services/observation_sync",
    ),
    "outbox": ("outbox",),
    "package_imports": ("services/package_imports",),
    "referrals": ("services/referrals", "services/referral_rows", "services/referral_sync"),
    "record_notes": ("services/record_notes", "services/record_note_sync"),
    "restriction": ("services/restriction",),
    "retention": ("services/retention", "services/rejected_retention", "services/tombstone_sync"),
    "reviews": ("services/reviews", "services/review_sync"),
    "search_index": ("services/search_index",),
    "settings": ("services/settings",),
    "subject_links": ("services/subject_links",),
    "subjects": ("services/subjects", "services/subject_holders", "services/subject_sync"),
    "templates": ("services/templates",),
    "training": ("services/training",),
    "transfers": ("services/transfers", "services/transfer_sync"),
    "users": ("services/users",),
    "vault_file": ("vault/database_file",),
    "vault_meta": ("services/vault_meta",),
    "vault_server": ("vault/postgres",),
}

#: Table → the service that writes it.
OWNERS: dict[str, str] = {
    "access_grants": "access_grants",
    "app_sessions": "vault_server",  # PostgreSQL only: radprev_bind_session (migration 0011)
    "audit": "audit",
    "central_logins": "central_session",
    "changes": "outbox",
    "checklist_answers": "checklists",
    "checklist_runs": "checklists",
    "checklist_templates": "templates",
    "db_role_scopes": "vault_server",  # PostgreSQL only: written by IT staff's SQL (README)
    "establishments": "new_vault",
    "exports": "deliveries",
    "grade_history": "observations",
    "handovers": "handovers",
    "imported_audit": "imported_audit",
    "imports": "package_imports",
    "key_slots": "vault_file",
    "meta": "vault_meta",
    "observation_indicators": "observations",
    "observation_search": "search_index",
    "observations": "observations",
    "quarantine": "package_imports",
    "received_files": "deliveries",
    "received_transfers": "transfers",
    "record_notes": "record_notes",
    "referrals": "referrals",
    "retention_decisions": "retention",
    "reviews": "reviews",
    "settings": "settings",
    "subject_aliases": "subjects",
    "subject_history": "subjects",
    "subject_links": "subject_links",
    "subject_numbers": "subjects",
    "subject_search": "search_index",
    "subjects": "subjects",
    "sync_conflicts": "package_imports",
    "tombstones": "retention",
    "training_exercises": "training",
    "transfer_bundles": "transfers",
    "transfers": "transfers",
    "trusted_central": "enrolment",
    "units": "new_vault",
    "user_units": "users",
    "users": "users",
    "workstations": "enrolment",
}

#: Writes below the services, each for a reason the services cannot take over:
#: (table, module) → why.
BELOW_SERVICES: dict[tuple[str, str], str] = {
    ("meta", "audit"): "the chain's head, appended with every audit row (audit sits below)",
    ("meta", "vault/database_file"): "the new vault file's own facts, before any session",
    ("meta", "vault/migrations"): "the schema version, written by each migration",
    ("subjects", "vault/search_refold"): "search keys re-folded by a migration",
    ("subject_numbers", "vault/search_refold"): "search keys re-folded by a migration",
    ("subject_search", "vault/search_refold"): "search keys re-folded by a migration",
    ("observation_search", "vault/search_refold"): "search keys re-folded by a migration",
    ("observation_search", "vault/search_copy"): "the index rebuilt without its copy by 0026",
}

#: Modules that write a table named by their caller (`{table}` in their SQL): the
#: caller's call names the table and counts as the caller's write.
GENERIC_WRITERS: dict[str, str] = {
    "vault/bulk": "COPY / executemany into the caller's table",
    "vault/dialect": "the caller's upsert",
    "vault/postgres": "bulk.insert_rows' COPY; through a temporary table under row security",
}
