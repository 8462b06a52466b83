-- PostgreSQL twin of migrations/0006_central_logins.sql.
-- Logins of a central office whose store is PostgreSQL (issue 16). There the
-- store has no key slots (no vault key to unwrap): an account's password is
-- checked against an Argon2id derivation kept here. The table exists in every
-- store (one schema); a SQLCipher vault never writes to it (its key slots are
-- the logins).
CREATE TABLE central_logins (
    username      CITEXT PRIMARY KEY,
    kdf           TEXT NOT NULL,          -- JSON Argon2id parameters
    salt          TEXT NOT NULL,          -- hex
    verifier      TEXT NOT NULL,          -- hex HMAC made with the derived key
    failed        INTEGER NOT NULL DEFAULT 0,
    failed_since_login INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT,
    updated_at    TEXT NOT NULL
);
