-- Fewer index pages written for each audit entry (issue 16 item 5, decision 0040).
-- 1. The log's UNIQUE on hash (0001) is an index no statement reads: the chain is read and
--    checked by seq (audit verify, the anchor, the export, sync), never looked up by hash,
--    and a duplicate hash cannot pass `audit verify` (each hash covers its seq and the hash
--    before it). Its entries are random, so each audit entry wrote one more 4 KiB page into
--    its own leaf: two per saved observation. SQLite cannot drop a constraint's index, so the
--    log is copied into a table without it, entry for entry (seq, hashes and all), and the
--    append-only triggers and the indexes the readers use are made again.
-- 2. "Who consulted this file" (audit_by_file, 0016) looks up entries whose details name a
--    file; an entry naming none (a submission, a search, a list) no longer gets an index entry.
CREATE TABLE audit_kept (
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
    hash          TEXT NOT NULL
);
INSERT INTO audit_kept (seq, at, user, workstation, action, object_type, object_id,
                        justification, recipient, details, prev_hash, hash)
    SELECT seq, at, user, workstation, action, object_type, object_id,
           justification, recipient, details, prev_hash, hash
    FROM audit ORDER BY seq;
DROP TABLE audit;
ALTER TABLE audit_kept RENAME TO audit;
CREATE INDEX audit_by_user ON audit (user, at);
CREATE INDEX audit_by_time ON audit (at, action);
CREATE INDEX audit_by_object_id ON audit (object_id);
CREATE INDEX audit_by_file ON audit (json_extract(details, '$.subject_id'))
    WHERE json_extract(details, '$.subject_id') IS NOT NULL;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
