-- Macedonian ќ and ѓ fold as Serbian ć and đ (core/folding.py, FOLDING_VERSION 2) and names are
-- also indexed under their Macedonian-Latin and Albanian spellings. After this file the
-- migration runs core/vault/search_refold.refold in the same transaction: every stored key
-- (subjects.names_key, prison_number_key, subject_numbers) and every search index row is
-- recomputed from the records' own text. The folding version is kept in meta.
INSERT INTO meta(key, value) VALUES ('search_folding', '2')
    ON CONFLICT(key) DO UPDATE SET value = excluded.value;


-- For analysts' raw SQL: the application's folding on the server. Stored words are folded by
-- the application (core/folding.py); radprev_fold_text turns what an analyst types into those
-- words, Cyrillic included (unaccent alone leaves Cyrillic as it is), e.g.
--   ... WHERE document @@ plainto_tsquery('radprev_fold', radprev_fold_text('Петровиќ'))
-- Generated from core/folding.py's table (tests/unit/test_search_parity.py compares them);
-- upper and lower case are both listed because lower() of Cyrillic depends on the locale.
CREATE OR REPLACE FUNCTION radprev_fold_text(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(unaccent(translate(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t, 'Є', 'je'), 'є', 'je'), 'Ѕ', 'dz'), 'ѕ', 'dz'), 'Ї', 'ji'), 'ї', 'ji'), 'Љ', 'lj'), 'љ', 'lj'), 'Њ', 'nj'), 'њ', 'nj'), 'Џ', 'dz'), 'џ', 'dz'), 'Щ', 'sc'), 'щ', 'sc'), 'Ъ', ''), 'ъ', ''), 'Ь', ''), 'ь', ''), 'Ю', 'ju'), 'ю', 'ju'), 'Я', 'ja'), 'я', 'ja'),
        'абвгдђѓеёжзиійјкќлмнопрстћуўфхцчшыэґАБВГДЂЃЕЁЖЗИІЙЈКЌЛМНОПРСТЋУЎФХЦЧШЫЭҐ',
        'abvgdddeezziijjkclmnoprstcuufhccsyegabvgdddeezziijjkclmnoprstcuufhccsyeg'
    )))
$$;
