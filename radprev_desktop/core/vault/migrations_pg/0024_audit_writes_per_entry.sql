-- Fewer index entries written for each audit entry, as on SQLCipher (issue 16 item 5,
-- decision 0040). Re-runnable (the newest step is run again by an upgrade test).
-- 1. The UNIQUE on hash (0001) is an index no statement reads: the chain is read and checked
--    by seq, never looked up by hash, and a duplicate hash cannot pass `audit verify`.
ALTER TABLE audit DROP CONSTRAINT IF EXISTS audit_hash_key;
-- 2. "Who consulted this file" only looks up entries whose details name a file.
DROP INDEX IF EXISTS audit_by_file;
CREATE INDEX audit_by_file ON audit (((details)::jsonb ->> 'subject_id'))
    WHERE ((details)::jsonb ->> 'subject_id') IS NOT NULL;
