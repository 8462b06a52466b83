-- Row-level security follows the logged-in account's establishment grants (issue 16
-- with issue 14's access grants). A SQLCipher vault is opened by one program that
-- applies the access rules itself (core/policy.py), so this step has nothing to
-- create here; its PostgreSQL twin binds each connection to the application account
-- and limits its rows to the account's granted establishments.
SELECT 1;
