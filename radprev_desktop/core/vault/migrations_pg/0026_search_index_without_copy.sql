-- SQLCipher's observations' full-text index (FTS5) stops keeping a copy of the text it indexes
-- (decision 0047). PostgreSQL's observation_search is an ordinary table whose columns feed its
-- tsvector (0002, 0012) and is unchanged: only the schema version moves, so both stores keep
-- the same numbering.
SELECT 1;
