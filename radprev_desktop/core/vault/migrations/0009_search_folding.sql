-- Macedonian ќ and ѓ fold as Serbian ć and đ (core/folding.py, FOLDING_VERSION 2) and names are
-- also indexed under their Macedonian-Latin and Albanian spellings. After this file the
-- migration runs core/vault/search_refold.refold in the same transaction: every stored key
-- (subjects.names_key, prison_number_key, subject_numbers) and every search index row is
-- recomputed from the records' own text. The folding version is kept in meta.
INSERT INTO meta(key, value) VALUES ('search_folding', '2')
    ON CONFLICT(key) DO UPDATE SET value = excluded.value;
