-- A completed checklist run's answers stay sealed, checked once per INSERT statement
-- (issue 16 item 3). The BEFORE INSERT row trigger of 0003 read checklist_runs once for
-- every answer row; through the office's login (row security, decision 0027) each such
-- read also works out the establishments the connection may see, so the import's bulk
-- INSERT … SELECT of answers cost the server about five times what it costs a superuser.
-- The same check now runs after each INSERT statement over the rows it added (a
-- transition table): one query per statement. An answer to a completed run still aborts
-- the statement with the same error; updates keep their row trigger (0003).
CREATE OR REPLACE FUNCTION checklist_answers_sealed_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM added a JOIN checklist_runs r ON r.row_no = a.row_no
               WHERE r.status = 'completed') THEN
        RAISE EXCEPTION 'a completed checklist run is sealed';
    END IF;
    RETURN NULL;
END;
$$;
DROP TRIGGER checklist_answers_sealed_insert ON checklist_answers;
CREATE TRIGGER checklist_answers_sealed_insert AFTER INSERT ON checklist_answers
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION checklist_answers_sealed_added();
