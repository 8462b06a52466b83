-- Row-level security asked once per statement, not once per row (issue 16 items 2 and 3).
--
-- Until now every record table's policy called radprev_may_see(establishment_code) for
-- each row: a SECURITY DEFINER function (never inlined) reading db_role_scopes,
-- app_sessions, users and access_grants again for every row read or written — about
-- half of the server's work in an import through the office's login (decision 0024).
-- The rule is unchanged: a connection sees an establishment's rows when its database
-- login may (db_role_scopes, 0007) AND, for a connection bound to an application
-- account, the account may (administrator or auditor, or a grant naming the
-- establishment or '*'; 0011). What changes is when it is worked out: the set of
-- establishments the connection may see is computed by radprev_visible_establishments()
-- inside an uncorrelated sub-select, which PostgreSQL evaluates once per statement (an
-- InitPlan), so the per-row work is comparing the row's code with that set. Grants are
-- still read live: each statement computes the set again.
CREATE FUNCTION radprev_visible_establishments() RETURNS TEXT[] LANGUAGE plpgsql STABLE
    SECURITY DEFINER SET search_path = public AS $$
DECLARE
    by_login   TEXT[];
    by_account TEXT[];
    account    TEXT;
BEGIN
    SELECT coalesce(array_agg(establishment_code), '{}') INTO by_login
      FROM db_role_scopes WHERE role_name = session_user;
    SELECT user_id INTO account FROM app_sessions WHERE pid = pg_backend_pid();
    IF NOT FOUND THEN
        by_account := ARRAY['*'];          -- never bound: the login's rule alone
    ELSIF EXISTS (SELECT 1 FROM users u WHERE u.id = account AND u.active = 1
                  AND u.removed_at IS NULL
                  AND u.roles::jsonb ?| ARRAY['administrator', 'auditor']) THEN
        by_account := ARRAY['*'];
    ELSE                                   -- an inactive or removed account: none
        SELECT coalesce(array_agg(g.establishment_code), '{}') INTO by_account
          FROM access_grants g JOIN users u ON u.id = g.user_id
         WHERE u.id = account AND u.active = 1 AND u.removed_at IS NULL;
    END IF;
    IF '*' = ANY (by_login) THEN
        RETURN by_account;
    END IF;
    IF '*' = ANY (by_account) THEN
        RETURN by_login;
    END IF;
    RETURN ARRAY(SELECT unnest(by_login) INTERSECT SELECT unnest(by_account));
END;
$$;

CREATE FUNCTION radprev_sees_every_establishment() RETURNS BOOLEAN LANGUAGE sql STABLE
    SET search_path = public AS $$
    SELECT '*' = ANY (radprev_visible_establishments())
$$;

-- The same answer for one code, for SQL that asks about a single establishment.
CREATE OR REPLACE FUNCTION radprev_may_see(code TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
    SET search_path = public AS $$
    SELECT '*' = ANY (v) OR code = ANY (v) FROM radprev_visible_establishments() AS v
$$;

-- Each sub-select below is uncorrelated: one evaluation per statement. The '*' test
-- comes first so that a connection seeing every establishment (the office's import)
-- pays one cached boolean per row. The cast is needed: `= ANY ((SELECT …))` would be
-- read as `ANY (sub-query)`, comparing the code with the whole array.
ALTER POLICY by_establishment ON subjects
    USING ((SELECT radprev_sees_every_establishment())
           OR establishment_code = ANY ((SELECT radprev_visible_establishments())::TEXT[]))
    WITH CHECK ((SELECT radprev_sees_every_establishment())
                OR establishment_code = ANY ((SELECT radprev_visible_establishments())::TEXT[]));
ALTER POLICY by_establishment ON observations
    USING ((SELECT radprev_sees_every_establishment())
           OR establishment_code = ANY ((SELECT radprev_visible_establishments())::TEXT[]))
    WITH CHECK ((SELECT radprev_sees_every_establishment())
                OR establishment_code = ANY ((SELECT radprev_visible_establishments())::TEXT[]));
ALTER POLICY by_establishment ON reviews
    USING ((SELECT radprev_sees_every_establishment())
           OR establishment_code = ANY ((SELECT radprev_visible_establishments())::TEXT[]))
    WITH CHECK ((SELECT radprev_sees_every_establishment())
                OR establishment_code = ANY ((SELECT radprev_visible_establishments())::TEXT[]));
ALTER POLICY by_establishment ON checklist_runs
    USING ((SELECT radprev_sees_every_establishment())
           OR establishment_code = ANY ((SELECT radprev_visible_establishments())::TEXT[]))
    WITH CHECK ((SELECT radprev_sees_every_establishment())
                OR establishment_code = ANY ((SELECT radprev_visible_establishments())::TEXT[]));
ALTER POLICY by_establishment ON tombstones
    USING ((SELECT radprev_sees_every_establishment())
           OR establishment_code = ANY ((SELECT radprev_visible_establishments())::TEXT[]))
    WITH CHECK ((SELECT radprev_sees_every_establishment())
                OR establishment_code = ANY ((SELECT radprev_visible_establishments())::TEXT[]));
ALTER POLICY by_establishment ON record_notes
    USING ((SELECT radprev_sees_every_establishment())
           OR establishment_code = ANY ((SELECT radprev_visible_establishments())::TEXT[]))
    WITH CHECK ((SELECT radprev_sees_every_establishment())
                OR establishment_code = ANY ((SELECT radprev_visible_establishments())::TEXT[]));
