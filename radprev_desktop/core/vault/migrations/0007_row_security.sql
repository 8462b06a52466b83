-- Row-level security by establishment (issue 16). A SQLCipher vault is opened by
-- one program that applies the access rules itself (core/policy.py), so this
-- step has nothing to create here; its PostgreSQL twin (migrations_pg/) makes
-- the server refuse another establishment's rows to a database login that is
-- limited to some establishments, whatever SQL that login sends.
SELECT 1;
