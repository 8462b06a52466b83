-- Binding a connection to its account (PostgreSQL central store only: its twin in
-- migrations_pg/ tells a connection by pid and client port). A SQLCipher vault is opened
-- by one program and has no connections to bind, so this step changes nothing here.
SELECT 1;
