-- The same index as on the vault (schema parity); no statement needs it on the server either, written at every save (issue 16 item 5, decision 0035).
-- audit_by_object (object_type, object_id): no statement filters the log by object type;
-- every look-up by object goes by object_id alone (audit_by_object_id, 0016). Two entries
-- per save went into it: about two encrypted 4 KiB pages per save, one per opening of a file,
-- a search or a list (each is a recorded consultation).
-- (A first version of this step, on main 02:49-02:55 UTC on 1 Dec, also dropped
-- observations_drafts, which the searches' and counts' draft exclusion reads; 0023 puts it back.)
DROP INDEX IF EXISTS audit_by_object;
