-- The officer's start screen lists their own drafts and the records returned to them, newest
-- event first, each with a count (core/services/dashboard.py). observations_drafts held the
-- author alone and observations_by_author (recorded_by, status, is_current) no event date or
-- prisoner, so at 1M observations each list read every matching row from the table to sort it
-- and to check the prisoner's unit: 0.5-1.7 s per list, 1.4 s per count (issue 16).
-- observations_own_work replaces observations_drafts, not adding a b-tree to any save: it holds
-- drafts AND returned records, by status, author, currency, event date and prisoner, so each
-- list reads its first rows in index order and each count is read from the index alone.
-- The exclusion of other officers' drafts that every search, list count and file count runs
-- (status = 'draft' AND recorded_by != ?) still finds the drafts in it, through its condition
-- (status = 'draft' implies it) and its first column; observations_by_author stays for the
-- last place and duty (its entries end in row_no). A quick save (sealed at once, decision
-- 0040) writes neither a draft nor a returned record: no entry in this index (decision 0046).
DROP INDEX IF EXISTS observations_drafts;
CREATE INDEX IF NOT EXISTS observations_own_work
    ON observations (status, recorded_by, is_current, event_start, subject_id)
    WHERE status = 'draft' OR status = 'returned';
