-- Binding a connection to its account works through a login that is neither owner nor
-- superuser, on a store whose owner is not a superuser (README, IT staff, steps 2 and 4).
--
-- radprev_bind_session (0011) told this connection from an earlier server process with
-- the same pid by pg_stat_activity.backend_start. It runs as the store's owner, and the
-- server shows another login's backend_start only to a superuser, a member of that login
-- or of pg_read_all_stats: through the analysts' login the value was NULL, the INSERT
-- broke app_sessions' NOT NULL, and every analyst's login failed. The connection is now
-- told by what the server sees of it itself, with no privilege: its pid and its client's
-- TCP port (inet_client_port(); the application always connects over TCP with TLS), and
-- backend_start as well where it is visible. Rows of server processes that have ended
-- (their pids are visible to every login) are removed at each binding.
ALTER TABLE app_sessions ALTER COLUMN backend_start DROP NOT NULL;
ALTER TABLE app_sessions ADD COLUMN IF NOT EXISTS client_port INTEGER;

CREATE OR REPLACE FUNCTION radprev_bind_session(account TEXT) RETURNS VOID LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public AS $$
DECLARE
    started TIMESTAMPTZ := (SELECT backend_start FROM pg_stat_activity
                            WHERE pid = pg_backend_pid());
    port INTEGER := inet_client_port();
    bound TEXT;
BEGIN
    DELETE FROM app_sessions WHERE pid NOT IN (SELECT pid FROM pg_stat_activity);
    -- A row left by an earlier process with the same pid is not this connection's.
    DELETE FROM app_sessions WHERE pid = pg_backend_pid()
        AND (backend_start IS DISTINCT FROM started OR client_port IS DISTINCT FROM port);
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
    INSERT INTO app_sessions(pid, backend_start, client_port, user_id)
        VALUES (pg_backend_pid(), started, port, account);
END;
$$;

-- Ending an account's open sessions when it is disabled or removed (decision 0016 B).
-- The server lets a plain login end only its own login's processes (or those of a login
-- it is a member of), so ending an analyst's session from the administrator's computer
-- on the office's login was refused, and with it the whole disabling. The store's owner
-- ends them here (README step 4 makes it a member of the analysts' login); a process it
-- may not end is left running and counted; only a connection bound to an administrator
-- (or the office's own tools, never bound) may call it. The account is disabled either way, and the
-- server already shows a connection bound to a disabled account no rows.
CREATE OR REPLACE FUNCTION radprev_end_sessions(session_name TEXT, OUT ended INTEGER, OUT left_open INTEGER)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    target INTEGER;
BEGIN
    IF radprev_bound_account() IS NOT NULL AND NOT radprev_bound_administrator() THEN
        RAISE EXCEPTION 'only an administrator ends sessions'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    ended := 0;
    left_open := 0;
    FOR target IN SELECT pid FROM pg_stat_activity
                  WHERE application_name = session_name AND pid <> pg_backend_pid() LOOP
        BEGIN
            IF pg_terminate_backend(target) THEN
                ended := ended + 1;
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            left_open := left_open + 1;
        END;
    END LOOP;
END;
$$;
