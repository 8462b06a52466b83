-- PostgreSQL twin of migrations/0010_data_protection.sql (same tables and columns).
-- Access by unit and establishment (access_grants), the same safeguards on every form
-- (other explanations, confirmed sensitive terms, the template of indicator codes,
-- classification), notes of rectification and restriction, the search-term key.

CREATE TABLE access_grants (
    user_id            TEXT NOT NULL REFERENCES users(id),
    establishment_code TEXT NOT NULL,
    reason             TEXT NOT NULL,
    granted_at         TEXT NOT NULL,
    granted_by         TEXT NOT NULL,
    PRIMARY KEY (user_id, establishment_code)
);

ALTER TABLE observations ADD COLUMN other_explanations TEXT NOT NULL DEFAULT '';
ALTER TABLE observations ADD COLUMN other_explanations_none INTEGER NOT NULL DEFAULT 0;
ALTER TABLE observations ADD COLUMN sensitive_terms TEXT NOT NULL DEFAULT '[]';
ALTER TABLE observations ADD COLUMN template_code TEXT;
ALTER TABLE observations ADD COLUMN template_version INTEGER;
ALTER TABLE observations ADD COLUMN classification TEXT NOT NULL DEFAULT '';

UPDATE observations
SET template_code = (SELECT code FROM checklist_templates WHERE active = 1 LIMIT 1),
    template_version = (SELECT version FROM checklist_templates WHERE active = 1 LIMIT 1)
WHERE indicators <> '[]';

CREATE OR REPLACE FUNCTION observations_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'draft'
       AND coalesce((SELECT anonymised FROM subjects WHERE id = OLD.subject_id), 0) = 0
       AND (NEW.id, NEW.version, NEW.subject_id, NEW.event_start, NEW.event_end, NEW.place,
            NEW.officer_duty, NEW.recorded_at, NEW.recorded_by, NEW.facts, NEW.assessment,
            NEW.source_type, NEW.source_identity, NEW.people, NEW.indicators,
            NEW.protective_factors, NEW.grading_preset, NEW.source_grade,
            NEW.information_grade, NEW.handling, NEW.handling_conditions, NEW.urgency,
            NEW.action_taken, NEW.own_account, NEW.restricted, NEW.amendment_reason,
            NEW.other_explanations, NEW.other_explanations_none, NEW.sensitive_terms,
            NEW.template_code, NEW.template_version)
           IS DISTINCT FROM
           (OLD.id, OLD.version, OLD.subject_id, OLD.event_start, OLD.event_end, OLD.place,
            OLD.officer_duty, OLD.recorded_at, OLD.recorded_by, OLD.facts, OLD.assessment,
            OLD.source_type, OLD.source_identity, OLD.people, OLD.indicators,
            OLD.protective_factors, OLD.grading_preset, OLD.source_grade,
            OLD.information_grade, OLD.handling, OLD.handling_conditions, OLD.urgency,
            OLD.action_taken, OLD.own_account, OLD.restricted, OLD.amendment_reason,
            OLD.other_explanations, OLD.other_explanations_none, OLD.sensitive_terms,
            OLD.template_code, OLD.template_version) THEN
        RAISE EXCEPTION 'a submitted observation is sealed';
    END IF;
    RETURN NEW;
END;
$$;

ALTER TABLE checklist_runs ADD COLUMN sensitive_terms TEXT NOT NULL DEFAULT '[]';

CREATE TABLE record_notes (
    id                 TEXT PRIMARY KEY,
    subject_id         TEXT NOT NULL,
    object_kind        TEXT NOT NULL CHECK (object_kind IN ('subject', 'observation',
                       'checklist_run')),
    object_id          TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('rectification', 'dispute',
                       'restriction_set', 'restriction_lifted')),
    text               TEXT NOT NULL,
    at                 TEXT NOT NULL,
    by_user            TEXT NOT NULL,
    establishment_code TEXT NOT NULL,
    origin_workstation TEXT NOT NULL,
    delivered_at       TEXT
);
CREATE INDEX record_notes_by_subject ON record_notes (subject_id, at);
CREATE INDEX record_notes_by_object ON record_notes (object_kind, object_id);
ALTER TABLE record_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE record_notes FORCE ROW LEVEL SECURITY;
CREATE POLICY by_establishment ON record_notes USING (radprev_may_see(establishment_code))
    WITH CHECK (radprev_may_see(establishment_code));

CREATE INDEX tombstones_by_object ON tombstones (object_id);

INSERT INTO meta(key, value) VALUES ('search_term_key', encode(sha256((gen_random_uuid()::text || gen_random_uuid()::text)::bytea), 'hex'));
