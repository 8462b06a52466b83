-- PostgreSQL twin of migrations/0007_row_security.sql: row-level security by
-- establishment, backing the application's access rules (core/policy.py).
--
-- Which establishments a database login may see is in `db_role_scopes`, keyed
-- by `session_user` — the role the connection authenticated as, which no SQL of
-- that connection can change (SET ROLE changes current_user only). '*' means
-- every establishment (the office's own login, which imports packages). A login
-- with no row sees nothing. FORCE makes the tables' owner obey the policies too.
CREATE TABLE db_role_scopes (
    role_name          TEXT NOT NULL,
    establishment_code TEXT NOT NULL,        -- or '*'
    PRIMARY KEY (role_name, establishment_code)
);
INSERT INTO db_role_scopes(role_name, establishment_code) VALUES (session_user, '*');
-- Scopes are granted by the owner only: a policy of their own lets every login read
-- its own rows (and nothing else) and write none.
ALTER TABLE db_role_scopes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_scope ON db_role_scopes FOR SELECT USING (role_name = session_user);

CREATE FUNCTION radprev_may_see(code TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM db_role_scopes
                   WHERE role_name = session_user AND establishment_code IN (code, '*'))
$$;

ALTER TABLE subjects ENABLE ROW LEVEL SECURITY;
ALTER TABLE subjects FORCE ROW LEVEL SECURITY;
CREATE POLICY by_establishment ON subjects USING (radprev_may_see(establishment_code))
    WITH CHECK (radprev_may_see(establishment_code));

ALTER TABLE observations ENABLE ROW LEVEL SECURITY;
ALTER TABLE observations FORCE ROW LEVEL SECURITY;
CREATE POLICY by_establishment ON observations USING (radprev_may_see(establishment_code))
    WITH CHECK (radprev_may_see(establishment_code));

ALTER TABLE reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE reviews FORCE ROW LEVEL SECURITY;
CREATE POLICY by_establishment ON reviews USING (radprev_may_see(establishment_code))
    WITH CHECK (radprev_may_see(establishment_code));

ALTER TABLE checklist_runs ENABLE ROW LEVEL SECURITY;
ALTER TABLE checklist_runs FORCE ROW LEVEL SECURITY;
CREATE POLICY by_establishment ON checklist_runs USING (radprev_may_see(establishment_code))
    WITH CHECK (radprev_may_see(establishment_code));

ALTER TABLE tombstones ENABLE ROW LEVEL SECURITY;
ALTER TABLE tombstones FORCE ROW LEVEL SECURITY;
CREATE POLICY by_establishment ON tombstones USING (radprev_may_see(establishment_code))
    WITH CHECK (radprev_may_see(establishment_code));

-- Rows that hang off a subject or an observation follow it (the subqueries obey the
-- parent table's policy).
ALTER TABLE subject_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE subject_history FORCE ROW LEVEL SECURITY;
CREATE POLICY by_subject ON subject_history
    USING (EXISTS (SELECT 1 FROM subjects s WHERE s.id = subject_id));

ALTER TABLE subject_search ENABLE ROW LEVEL SECURITY;
ALTER TABLE subject_search FORCE ROW LEVEL SECURITY;
CREATE POLICY by_subject ON subject_search
    USING (EXISTS (SELECT 1 FROM subjects s WHERE s.rowid = subject_search.rowid));

ALTER TABLE subject_aliases ENABLE ROW LEVEL SECURITY;
ALTER TABLE subject_aliases FORCE ROW LEVEL SECURITY;
CREATE POLICY by_subject ON subject_aliases
    USING (EXISTS (SELECT 1 FROM subjects s WHERE s.id = subject_id));

ALTER TABLE observation_search ENABLE ROW LEVEL SECURITY;
ALTER TABLE observation_search FORCE ROW LEVEL SECURITY;
CREATE POLICY by_observation ON observation_search
    USING (EXISTS (SELECT 1 FROM observations o WHERE o.row_no = observation_search.rowid));

ALTER TABLE observation_indicators ENABLE ROW LEVEL SECURITY;
ALTER TABLE observation_indicators FORCE ROW LEVEL SECURITY;
CREATE POLICY by_observation ON observation_indicators
    USING (EXISTS (SELECT 1 FROM observations o WHERE o.row_no = observation_indicators.row_no));

ALTER TABLE grade_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE grade_history FORCE ROW LEVEL SECURITY;
CREATE POLICY by_observation ON grade_history
    USING (EXISTS (SELECT 1 FROM observations o WHERE o.id = grade_history.observation_id));

ALTER TABLE checklist_answers ENABLE ROW LEVEL SECURITY;
ALTER TABLE checklist_answers FORCE ROW LEVEL SECURITY;
CREATE POLICY by_run ON checklist_answers
    USING (EXISTS (SELECT 1 FROM checklist_runs r WHERE r.row_no = checklist_answers.row_no));
