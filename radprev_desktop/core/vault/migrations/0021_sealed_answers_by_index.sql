-- A completed checklist run's answers stay sealed, looked up by key on the PostgreSQL
-- central store (issue 16). The vault's own trigger (0003) is unchanged: nothing to do here.
SELECT 1;
