-- "Who consulted this prisoner's file" (issue 14 item 7; services/dpo_questions.py through
-- audit.select_entries) looks for entries naming the file or one of its records as the object,
-- or the file's id in the details of a list; over the whole log. These two indexes let each
-- half of that OR be looked up (SQLite: MULTI-INDEX OR) instead of reading every entry. The
-- expression is dialect.json_text('details', 'subject_id') as the statement writes it.
-- docs/benchmarks.md (DPO questions), decision 0025, tests/unit/test_audit_index.py.
CREATE INDEX IF NOT EXISTS audit_by_object_id ON audit (object_id);
CREATE INDEX IF NOT EXISTS audit_by_file ON audit (json_extract(details, '$.subject_id'));
