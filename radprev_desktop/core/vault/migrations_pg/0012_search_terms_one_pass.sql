-- The search documents' words in one pass (issue 16, import at speed; decision 0019).
-- The triggers cut the folded columns into words with one regular-expression split of
-- the columns joined by a space, instead of one regexp_matches + DISTINCT aggregate per
-- column: the same words (the same [[:alnum:]] class, array_to_tsvector drops
-- duplicates), about half the server's time per indexed row of a bulk import.
-- Stored documents are unchanged (the same words), so nothing is re-indexed.
CREATE OR REPLACE FUNCTION observation_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.document := array_to_tsvector(array_remove(regexp_split_to_array(
        NEW.facts || ' ' || NEW.subject || ' ' || NEW.assessment, '[^[:alnum:]]+'), ''));
    RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION subject_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.document := array_to_tsvector(array_remove(regexp_split_to_array(
        NEW.names || ' ' || NEW.prison_number, '[^[:alnum:]]+'), ''));
    RETURN NEW;
END;
$$;
