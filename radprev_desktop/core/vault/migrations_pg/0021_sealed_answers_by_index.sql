-- A completed checklist run's answers stay sealed: the check of 0020 looks the added
-- answers' runs up by key (issue 16 item 3). 0020's join of the added rows with
-- checklist_runs was planned once for the function (a transition table has no
-- statistics) as a hash join reading every checklist run, and the import's one-by-one
-- answers (amended runs) ran it once per row: about 0.7 ms per answer on 20 packages,
-- growing with the store. The runs are now found through their primary key, whatever
-- the number of added rows. Same rule, same error.
CREATE OR REPLACE FUNCTION checklist_answers_sealed_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM checklist_runs r
               WHERE r.row_no = ANY (ARRAY(SELECT DISTINCT a.row_no FROM added a))
                 AND r.status = 'completed') THEN
        RAISE EXCEPTION 'a completed checklist run is sealed';
    END IF;
    RETURN NULL;
END;
$$;
