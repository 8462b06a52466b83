-- Lists, counts and searches of a user limited to some units or establishments check
-- each observation's prisoner against what they may see. The list indexes held no
-- prisoner, so every candidate row was fetched from the table only to be thrown away.
-- Each index now also holds the prisoner (and the counted index the unit), as on
-- SQLCipher (migrations/0019; docs/decisions/0026). Here the establishment's period
-- index is observations_by_establishment_period (observations_by_establishment is the
-- plain index row security uses, unchanged).
DROP INDEX IF EXISTS observations_by_unit;
CREATE INDEX observations_by_unit
    ON observations (unit_code, event_start, urgency, status, subject_id)
    WHERE is_current = 1;
DROP INDEX IF EXISTS observations_by_urgency;
CREATE INDEX observations_by_urgency
    ON observations (urgency, event_start, unit_code, subject_id)
    WHERE is_current = 1;
DROP INDEX IF EXISTS observations_by_establishment_period;
CREATE INDEX observations_by_establishment_period
    ON observations (establishment_code, event_start, urgency, status, subject_id)
    WHERE is_current = 1;
DROP INDEX IF EXISTS observations_counted;
CREATE INDEX observations_counted
    ON observations (row_no, establishment_code, urgency, event_start, status, subject_id,
                     unit_code)
    WHERE is_current = 1;
