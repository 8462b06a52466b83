-- Lists, counts and searches of a user limited to some units (access by unit, issue 14)
-- check each observation's prisoner against the units they may see. The list indexes
-- held no prisoner, so every candidate row was read from the table (a page of texts,
-- decrypted on SQLCipher) only to be thrown away: a count of 10,000 rows read 10,000
-- table rows. Each index now also holds the prisoner (and the counted index the unit),
-- so candidates are judged inside the index; the table is read for the rows shown
-- (docs/decisions/0026).
DROP INDEX IF EXISTS observations_by_unit;
CREATE INDEX observations_by_unit
    ON observations (unit_code, event_start, urgency, status, subject_id)
    WHERE is_current = 1;
DROP INDEX IF EXISTS observations_by_urgency;
CREATE INDEX observations_by_urgency
    ON observations (urgency, event_start, unit_code, subject_id)
    WHERE is_current = 1;
DROP INDEX IF EXISTS observations_by_establishment;
CREATE INDEX observations_by_establishment
    ON observations (establishment_code, event_start, urgency, status, subject_id)
    WHERE is_current = 1;
DROP INDEX IF EXISTS observations_counted;
CREATE INDEX observations_counted
    ON observations (row_no, establishment_code, urgency, event_start, status, subject_id,
                     unit_code)
    WHERE is_current = 1;
