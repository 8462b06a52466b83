-- Row-level security follows the logged-in application user's establishment grants
-- (issue 16 item 2 with issue 14's access_grants), not only the database login.
--
-- At login the application binds its connection to the account
-- (radprev_bind_session, below; core/vault/postgres.bind_to_account): one row in `app_sessions` for this server process,
-- written only by that function (no login may write the table; its rows are read
-- through the policy functions). A bound connection sees an establishment's rows when
-- its database login may (db_role_scopes, 0007) AND the account may: an administrator
-- or auditor (whole vault, as core/policy.py), or an access grant naming the
-- establishment or '*'. Grants are read live, so a revoked grant hides the rows at the
-- next statement. A connection cannot be bound again to another account, and no SQL
-- of the connection (set_config, SET ROLE) changes what it is bound to. A connection
-- that was never bound keeps the per-login rule alone (the office's own tools).
CREATE TABLE app_sessions (
    pid           INTEGER PRIMARY KEY,
    backend_start TIMESTAMPTZ NOT NULL,
    user_id       TEXT NOT NULL,
    bound_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- Every login may see its own binding; none may write (no write policy). The table's
-- owner is not forced, so the SECURITY DEFINER function below writes it.
ALTER TABLE app_sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_session ON app_sessions FOR SELECT USING (pid = pg_backend_pid());

CREATE FUNCTION radprev_bind_session(account TEXT) RETURNS VOID LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public AS $$
DECLARE
    started TIMESTAMPTZ := (SELECT backend_start FROM pg_stat_activity
                            WHERE pid = pg_backend_pid());
    bound TEXT;
BEGIN
    -- A row left by an earlier process with the same pid is not this connection's.
    DELETE FROM app_sessions WHERE pid = pg_backend_pid() AND backend_start <> started;
    SELECT user_id INTO bound FROM app_sessions WHERE pid = pg_backend_pid();
    IF bound IS NOT NULL THEN
        IF bound <> account THEN
            RAISE EXCEPTION 'this connection is bound to another account'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE id = account AND active = 1
                   AND removed_at IS NULL) THEN
        RAISE EXCEPTION 'no such active account' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO app_sessions(pid, backend_start, user_id) VALUES (pg_backend_pid(), started, account);
END;
$$;

CREATE OR REPLACE FUNCTION radprev_may_see(code TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM db_role_scopes
                   WHERE role_name = session_user AND establishment_code IN (code, '*'))
       AND (NOT EXISTS (SELECT 1 FROM app_sessions WHERE pid = pg_backend_pid())
            OR EXISTS (SELECT 1 FROM app_sessions a JOIN users u ON u.id = a.user_id
                       WHERE a.pid = pg_backend_pid() AND u.active = 1
                         AND u.removed_at IS NULL
                         AND (u.roles::jsonb ?| ARRAY['administrator', 'auditor']
                              OR EXISTS (SELECT 1 FROM access_grants g
                                         WHERE g.user_id = u.id
                                           AND g.establishment_code IN (code, '*')))))
$$;

-- Who the connection is bound to may not widen what it reaches by editing the tables the
-- binding reads: a bound account that is not an administrator cannot add or remove
-- accounts, change an account's roles, activity or name, touch access grants, or change
-- another account's password verifier. (A connection not yet bound — the login itself —
-- only records its failed attempts and the time of the login.)
CREATE FUNCTION radprev_bound_account() RETURNS TEXT LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public AS $$
    SELECT user_id FROM app_sessions WHERE pid = pg_backend_pid()
$$;

CREATE FUNCTION radprev_bound_administrator() RETURNS BOOLEAN LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM app_sessions a JOIN users u ON u.id = a.user_id
                   WHERE a.pid = pg_backend_pid() AND u.active = 1 AND u.removed_at IS NULL
                     AND u.roles::jsonb ? 'administrator')
$$;

CREATE FUNCTION radprev_guard_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF radprev_bound_account() IS NULL OR radprev_bound_administrator() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF TG_TABLE_NAME = 'users' THEN
            IF (NEW.id, NEW.username, NEW.roles, NEW.active, NEW.removed_at)
               IS NOT DISTINCT FROM (OLD.id, OLD.username, OLD.roles, OLD.active, OLD.removed_at)
            THEN
                RETURN NEW;   -- own login time, own password change flag
            END IF;
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'central_logins' AND TG_OP <> 'DELETE' THEN
        IF NEW.username = (SELECT username FROM users WHERE id = radprev_bound_account())
           AND (TG_OP = 'INSERT' OR OLD.username = NEW.username) THEN
            RETURN NEW;   -- own password (INSERT … ON CONFLICT DO UPDATE fires both)
        END IF;
    END IF;
    RAISE EXCEPTION 'only an administrator changes accounts and their access'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER guard_accounts BEFORE INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION radprev_guard_accounts();
CREATE TRIGGER guard_accounts BEFORE INSERT OR UPDATE OR DELETE ON user_units
    FOR EACH ROW EXECUTE FUNCTION radprev_guard_accounts();
CREATE TRIGGER guard_accounts BEFORE INSERT OR UPDATE OR DELETE ON access_grants
    FOR EACH ROW EXECUTE FUNCTION radprev_guard_accounts();
CREATE TRIGGER guard_accounts BEFORE INSERT OR UPDATE OR DELETE ON central_logins
    FOR EACH ROW EXECUTE FUNCTION radprev_guard_accounts();
