"""The top-level commands, declared once, light enough for `radprev --help`.

`radprev --help` and `--version` must answer in well under 0.3 s, before any of
SQLCipher, ReportLab or the services is imported. The top-level parser is built
from this table; the areas (cli/vault_admin.py ...) add each command's own
options only when a command actually runs. tests/cli/test_cli_structure.py
checks that the areas register exactly these names with exactly this help.
"""

from __future__ import annotations

TOP_LEVEL: tuple[tuple[str, str], ...] = (
    ("init", "create a new vault"),
    ("user", "accounts and key slots"),
    ("recover", "set a new password with the recovery code"),
    ("rekey", "give the vault a new key (suspected leak)"),
    ("audit", "the audit log"),
    ("doctor", "check database, key slots and audit chain"),
    ("backup", "write an encrypted backup"),
    ("restore", "replace the vault with a backup"),
    ("subject", "prisoners (subjects)"),
    ("observe", "record an observation (prints the id)"),
    ("search", "full-text search (audited)"),
    ("review", "supervisor review of observations"),
    ("retention", "review dates: keep, anonymise or erase files"),
    ("demo", "fill the vault with synthetic demo data"),
    ("template", "checklist templates"),
    ("checklist", "checklist runs"),
    ("report", "PDF reports (audited as disclosures)"),
    ("central", "central office certificate and enrolment"),
    ("export", "write the next export package"),
    ("import", "import packages (central), receipts and bundles"),
    ("ack", "write a signed receipt for the workstations (central)"),
    ("bundle", "write a signed reference bundle (central)"),
    ("sync", "state of USB synchronisation"),
    ("settings", "vault-wide settings (an administrator changes them)"),
    ("training", "practise on synthetic scenarios (training vault)"),
    ("transfer", "transfers of prisoners between establishments"),
    ("referral", "programme referrals and their outcomes"),
    ("link", "one person's files in two establishments (central)"),
    ("handover", "release handover to probation (PDF + package)"),
)
