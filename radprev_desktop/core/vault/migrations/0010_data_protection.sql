-- Data protection by design (issue #14): access by unit and establishment,
-- the same safeguards on every form, indicator codes tied to their template,
-- classification per record, and notes of rectification and restriction.
-- Owned by core/services/{users,observations,checklists,record_notes}.py.

-- Whole-establishment grants (workstation: the vault's own establishment) and
-- the establishments a central office analyst or supervisor works on ('*' =
-- every establishment). Officers and supervisors otherwise reach only the
-- prisoners of their units (user_units). Every grant is audited with its reason.
CREATE TABLE access_grants (
    user_id            TEXT NOT NULL REFERENCES users(id),
    establishment_code TEXT NOT NULL,
    reason             TEXT NOT NULL,
    granted_at         TEXT NOT NULL,
    granted_by         TEXT NOT NULL,
    PRIMARY KEY (user_id, establishment_code)
);

-- Observations: other explanations considered (required at sealing, or "none
-- identified"), the sensitive-term prompts the officer answered when sealing
-- (JSON [{field, categories}], shown to supervisors), the template the
-- indicator codes belong to, and the record's classification (from the
-- configured list; '' = the vault's default marking).
ALTER TABLE observations ADD COLUMN other_explanations TEXT NOT NULL DEFAULT '';
ALTER TABLE observations ADD COLUMN other_explanations_none INTEGER NOT NULL DEFAULT 0;
ALTER TABLE observations ADD COLUMN sensitive_terms TEXT NOT NULL DEFAULT '[]';
ALTER TABLE observations ADD COLUMN template_code TEXT;
ALTER TABLE observations ADD COLUMN template_version INTEGER;
ALTER TABLE observations ADD COLUMN classification TEXT NOT NULL DEFAULT '';

-- Until now an observation could cite only the active template's codes.
UPDATE observations
SET template_code = (SELECT code FROM checklist_templates WHERE active = 1),
    template_version = (SELECT version FROM checklist_templates WHERE active = 1)
WHERE indicators != '[]';

-- The sealed content now includes the new fields (classification is metadata a
-- supervisor or the data-protection officer may change, audited).
DROP TRIGGER observations_sealed;
CREATE TRIGGER observations_sealed
BEFORE UPDATE OF id, version, subject_id, event_start, event_end, place, officer_duty,
    recorded_at, recorded_by, facts, assessment, source_type, source_identity, people,
    indicators, protective_factors, grading_preset, source_grade, information_grade, handling,
    handling_conditions, urgency, action_taken, own_account, restricted, amendment_reason,
    other_explanations, other_explanations_none, sensitive_terms, template_code, template_version
ON observations
WHEN OLD.status != 'draft'
    AND coalesce((SELECT anonymised FROM subjects WHERE id = OLD.subject_id), 0) = 0
BEGIN SELECT RAISE(ABORT, 'a submitted observation is sealed'); END;

-- Checklist runs: the sensitive-term prompts answered when the run was completed.
ALTER TABLE checklist_runs ADD COLUMN sensitive_terms TEXT NOT NULL DEFAULT '[]';

-- Notes added to a sealed record or a file by the data-protection officer or a
-- supervisor: a rectification (the record is inaccurate: what is right), a
-- dispute (the person contests it), and restriction set / lifted (LED Art. 16).
-- Sealed records never change; these notes are printed with them.
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

-- Tombstones of single observations (a rejected report past its retention).
CREATE INDEX tombstones_by_object ON tombstones (object_id);

-- The secret that hashes search terms in the audit log (the `search_terms_in_audit`
-- setting): the data-protection officer can check who searched for a name, the
-- log itself never holds the words (it travels to the central office).
INSERT INTO meta(key, value) VALUES ('search_term_key', lower(hex(randomblob(32))));
