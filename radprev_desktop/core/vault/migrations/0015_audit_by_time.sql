-- The DPO's questions over a period (issue 14 item 7: consultations without a stated
-- purpose, exports and disclosures per period; services/dpo_questions.py through
-- audit.select_entries) read only the period's entries through this index instead of
-- the whole log. Keyed by time first: a question over the whole log (who consulted
-- one file) cannot use it and keeps its one pass over the table, where an index led
-- by the action would send it to the table once per consultation (most entries are
-- consultations). The action beside the time lets the engine test it in the index
-- (PostgreSQL does for the short list of disclosures). docs/benchmarks.md, decision 0025;
-- tests/unit/test_audit_index.py reads the plans.
CREATE INDEX IF NOT EXISTS audit_by_time ON audit (at, action);
