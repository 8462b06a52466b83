-- Row-level security asked once per statement (issue 16). A SQLCipher vault is opened
-- by one program that applies the access rules itself (core/policy.py), so this step
-- has nothing to change here; its PostgreSQL twin (migrations_pg/) computes the
-- establishments a connection may see once per statement instead of once per row.
SELECT 1;
