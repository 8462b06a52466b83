-- Two indexes no statement needs, each written at every save (issue 16 item 5, decision 0035).
-- audit_by_object (object_type, object_id): no statement filters the log by object type;
-- every look-up by object goes by object_id alone (audit_by_object_id, 0016). Two entries
-- per save went into it: about two encrypted 4 KiB pages per save, one per opening of a file,
-- a search or a list (each is a recorded consultation).
-- observations_drafts (recorded_by) WHERE status = 'draft': "my drafts" (the dashboard) is
-- served as well by observations_by_author (recorded_by, status, is_current); a draft's
-- creation and its submission each wrote a page of it.
DROP INDEX IF EXISTS audit_by_object;
DROP INDEX IF EXISTS observations_drafts;
