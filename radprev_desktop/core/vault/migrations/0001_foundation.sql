-- Foundation: metadata, establishments and units, users, key-slot registry,
-- settings and the hash-chained audit log.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL            -- JSON
);

CREATE TABLE establishments (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE units (
    id               TEXT PRIMARY KEY,
    establishment_id TEXT NOT NULL REFERENCES establishments(id),
    code             TEXT NOT NULL,
    name             TEXT NOT NULL,
    active           INTEGER NOT NULL DEFAULT 1,
    UNIQUE (establishment_id, code)
);

CREATE TABLE users (
    id                   TEXT PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT NOT NULL,
    staff_code           TEXT NOT NULL DEFAULT '',
    roles                TEXT NOT NULL,          -- JSON list of role names
    active               INTEGER NOT NULL DEFAULT 1,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL,
    last_login_at        TEXT,
    removed_at           TEXT
);

CREATE TABLE user_units (
    user_id TEXT NOT NULL REFERENCES users(id),
    unit_id TEXT NOT NULL REFERENCES units(id),
    PRIMARY KEY (user_id, unit_id)
);

-- Which key slots belong to this vault: a slot in vault.keys that is not
-- registered here (or has another public key) is refused.
CREATE TABLE key_slots (
    slot_id    TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('user', 'recovery')),
    username   TEXT NOT NULL,
    public_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE audit (
    seq           INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    user          TEXT NOT NULL,
    workstation   TEXT NOT NULL,
    action        TEXT NOT NULL,
    object_type   TEXT NOT NULL DEFAULT '',
    object_id     TEXT NOT NULL DEFAULT '',
    justification TEXT NOT NULL DEFAULT '',
    recipient     TEXT NOT NULL DEFAULT '',
    details       TEXT NOT NULL DEFAULT '{}',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_by_object ON audit (object_type, object_id);
CREATE INDEX audit_by_user ON audit (user, at);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Outbox for USB export: one row per sealed change (new record, new version,
-- review, tombstone). Drafts never enter it. `package_seq` is the export
-- package that carried the change (NULL = not yet exported).
CREATE TABLE changes (
    seq         INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    op          TEXT NOT NULL DEFAULT 'upsert' CHECK (op IN ('upsert', 'tombstone')),
    at          TEXT NOT NULL,
    package_seq INTEGER
);
CREATE INDEX changes_pending ON changes (package_seq, seq);
