-- Rectification requests and disputes get an outcome (issue 14 item 6): open until a
-- supervisor decides, then rectified (by amendment version N), refused (with the
-- reason) or, for a dispute, noted (the person's view kept beside the record). A note
-- that changes gets a new version and travels again to the central office (sync kind
-- "record_note"; `delivered_at` is set where a note is received).
-- Owned by core/services/record_notes.py.
ALTER TABLE record_notes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE record_notes ADD COLUMN outcome TEXT NOT NULL DEFAULT ''
    CHECK (outcome IN ('', 'open', 'rectified', 'refused', 'noted'));
ALTER TABLE record_notes ADD COLUMN outcome_version INTEGER;
ALTER TABLE record_notes ADD COLUMN outcome_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE record_notes ADD COLUMN decided_at TEXT;
ALTER TABLE record_notes ADD COLUMN decided_by TEXT NOT NULL DEFAULT '';
