-- USB synchronisation: exports (workstation), trusted central certificate
-- (workstation), enrolled workstations, imported packages, quarantine,
-- conflicts and imported audit entries (central), receipts and bundles.

-- Workstation: one row per package written (sequence 1, 2, 3 …).
CREATE TABLE exports (
    seq            INTEGER PRIMARY KEY,
    package_hash   TEXT NOT NULL,          -- sha256 of the canonical manifest bytes
    prev_hash      TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    records        INTEGER NOT NULL,
    audit_from     INTEGER NOT NULL,       -- first audit seq carried (0 = none)
    audit_to       INTEGER NOT NULL,       -- last audit seq carried (0 = none)
    resend         INTEGER NOT NULL DEFAULT 0,
    recipient      TEXT NOT NULL,          -- central certificate fingerprint
    delivered_at   TEXT,                   -- set by a verified receipt
    receipt_id     TEXT
);

-- Workstation: the central office certificate the administrator confirmed.
CREATE TABLE trusted_central (
    fingerprint    TEXT PRIMARY KEY,
    vault_id       TEXT NOT NULL,
    establishment  TEXT NOT NULL,
    age_recipient  TEXT NOT NULL,
    backup_recipient TEXT NOT NULL DEFAULT '',
    signing_key    TEXT NOT NULL,          -- hex Ed25519 public key
    certificate    TEXT NOT NULL,          -- the JSON file as received
    trusted_at     TEXT NOT NULL,
    trusted_by     TEXT NOT NULL,
    active         INTEGER NOT NULL DEFAULT 1
);

-- Workstation: receipts and reference bundles already imported (replay check).
CREATE TABLE received_files (
    kind           TEXT NOT NULL CHECK (kind IN ('receipt', 'bundle')),
    sender         TEXT NOT NULL,          -- central vault id
    seq            INTEGER NOT NULL,
    file_hash      TEXT NOT NULL,          -- sha256 of the canonical manifest bytes
    created_at     TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    imported_by    TEXT NOT NULL,
    summary        TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (kind, sender, seq)
);

-- Central: workstations whose signing key was confirmed (enrolled).
CREATE TABLE workstations (
    workstation_id TEXT PRIMARY KEY,
    vault_id       TEXT NOT NULL,
    establishment  TEXT NOT NULL,
    signing_key    TEXT NOT NULL UNIQUE,   -- hex Ed25519 public key
    fingerprint    TEXT NOT NULL UNIQUE,
    enrolled_at    TEXT NOT NULL,
    enrolled_by    TEXT NOT NULL,
    active         INTEGER NOT NULL DEFAULT 1
);

-- Central: every package imported (one row per workstation and sequence).
CREATE TABLE imports (
    workstation_id TEXT NOT NULL REFERENCES workstations(workstation_id),
    seq            INTEGER NOT NULL,
    package_hash   TEXT NOT NULL,
    prev_hash      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    imported_by    TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    records        INTEGER NOT NULL,
    audit_entries  INTEGER NOT NULL,
    inserted       INTEGER NOT NULL,
    duplicates     INTEGER NOT NULL,
    conflicts      INTEGER NOT NULL,
    quarantined    INTEGER NOT NULL,
    audit_problem  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (workstation_id, seq)
);

-- Central: records of authentic packages that failed validation or apply.
CREATE TABLE quarantine (
    id             INTEGER PRIMARY KEY,
    workstation_id TEXT NOT NULL,
    package_seq    INTEGER NOT NULL,
    line           INTEGER NOT NULL,
    part           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    object_id      TEXT NOT NULL,
    reason         TEXT NOT NULL,
    field          TEXT NOT NULL DEFAULT '',
    content        TEXT NOT NULL,          -- the line as received (stays inside the vault)
    at             TEXT NOT NULL,
    resolved_at    TEXT,
    resolved_by    TEXT
);
CREATE INDEX quarantine_by_package ON quarantine (workstation_id, package_seq);

-- Central: same id + version with different content; kept, never overwritten.
CREATE TABLE sync_conflicts (
    id             INTEGER PRIMARY KEY,
    workstation_id TEXT NOT NULL,
    package_seq    INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    object_id      TEXT NOT NULL,
    version        INTEGER NOT NULL,
    content        TEXT NOT NULL,          -- the record as received
    at             TEXT NOT NULL,
    resolved_at    TEXT,
    resolved_by    TEXT,
    UNIQUE (workstation_id, kind, object_id, version, content)
);

-- Central: audit entries that travelled with packages, per workstation.
CREATE TABLE imported_audit (
    workstation_id TEXT NOT NULL,
    seq            INTEGER NOT NULL,
    at             TEXT NOT NULL,
    user           TEXT NOT NULL,
    workstation    TEXT NOT NULL,
    action         TEXT NOT NULL,
    object_type    TEXT NOT NULL,
    object_id      TEXT NOT NULL,
    justification  TEXT NOT NULL,
    recipient      TEXT NOT NULL,
    details        TEXT NOT NULL,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL,
    package_seq    INTEGER NOT NULL,
    PRIMARY KEY (workstation_id, seq)
);

CREATE TRIGGER imported_audit_no_update BEFORE UPDATE ON imported_audit
BEGIN SELECT RAISE(ABORT, 'imported audit entries are append-only'); END;
CREATE TRIGGER imported_audit_no_delete BEFORE DELETE ON imported_audit
BEGIN SELECT RAISE(ABORT, 'imported audit entries are append-only'); END;
