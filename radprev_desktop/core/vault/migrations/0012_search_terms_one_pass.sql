-- The search documents' words in one pass (issue 16). SQLCipher's FTS5 tables cut
-- their words themselves (unicode61), so this step has nothing to change here; its
-- PostgreSQL twin makes the triggers that build the tsvector documents cheaper.
SELECT 1;
