-- Records: subjects (prisoners), observations with sealed versions, grade
-- history, supervisor reviews, retention decisions, tombstones and the search
-- indexes. Owned by core/services/{subjects,observations,reviews,search,retention}.py.
--
-- Unit and establishment are stored as codes (not foreign keys) so the central
-- vault can hold rows from establishments it has no unit table for.
-- `origin_workstation` names the workstation that wrote a row.

CREATE TABLE subjects (
    id                 TEXT PRIMARY KEY,
    establishment_code TEXT NOT NULL,
    prison_number      TEXT NOT NULL,
    prison_number_key  TEXT NOT NULL,          -- folded, spaces/dashes removed
    family_name        TEXT NOT NULL,
    given_names        TEXT NOT NULL,
    names_key          TEXT NOT NULL,          -- folded names, for find_similar
    birth_year         INTEGER,
    unit_code          TEXT NOT NULL DEFAULT '',
    cell               TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'in_custody'
                       CHECK (status IN ('in_custody', 'transferred', 'released')),
    review_due         TEXT NOT NULL,          -- YYYY-MM-DD
    restricted         INTEGER NOT NULL DEFAULT 0,
    anonymised         INTEGER NOT NULL DEFAULT 0,
    version            INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    origin_workstation TEXT NOT NULL,
    delivered_at       TEXT,                   -- set by sync once the central office has it
    UNIQUE (establishment_code, prison_number_key)
);
CREATE INDEX subjects_by_review ON subjects (review_due);
CREATE INDEX subjects_by_unit ON subjects (unit_code, family_name);
CREATE INDEX subjects_by_name ON subjects (names_key);
-- The subject list pages in this order; without it every page sorts all subjects.
CREATE INDEX subjects_in_list_order ON subjects (family_name, given_names, id);

-- Old values of each change to a subject (the row itself holds the new ones).
CREATE TABLE subject_history (
    seq            INTEGER PRIMARY KEY,
    subject_id     TEXT NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
    version        INTEGER NOT NULL,           -- the version these old values belonged to
    at             TEXT NOT NULL,
    by_user        TEXT NOT NULL,
    reason         TEXT NOT NULL,
    changed_fields TEXT NOT NULL,              -- JSON list of field names
    old_values     TEXT NOT NULL               -- JSON object field -> old value
);
CREATE INDEX subject_history_by_subject ON subject_history (subject_id, seq);

-- One row per version of an observation: (id, version) is the logical record.
-- A draft is version 1 edited in place; submitting seals it; an amendment adds
-- version n+1 with a reason. `is_current` marks the newest version.
CREATE TABLE observations (
    row_no              INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL,
    version             INTEGER NOT NULL,
    is_current          INTEGER NOT NULL DEFAULT 1,
    subject_id          TEXT NOT NULL REFERENCES subjects(id),
    establishment_code  TEXT NOT NULL,
    origin_workstation  TEXT NOT NULL,
    unit_code           TEXT NOT NULL DEFAULT '',
    event_start         TEXT NOT NULL,
    event_end           TEXT,
    place               TEXT NOT NULL DEFAULT '',
    officer_duty        TEXT NOT NULL DEFAULT '',
    recorded_at         TEXT NOT NULL,
    recorded_by         TEXT NOT NULL,          -- username
    recorded_by_code    TEXT NOT NULL DEFAULT '', -- staff code
    facts               TEXT NOT NULL,
    assessment          TEXT NOT NULL DEFAULT '',
    source_type         TEXT NOT NULL
                        CHECK (source_type IN ('own_observation', 'overheard',
                               'told_by_prisoner', 'told_by_staff', 'item_found')),
    source_identity     TEXT NOT NULL DEFAULT '',   -- restricted
    people              TEXT NOT NULL DEFAULT '[]', -- JSON [{category, description}]
    indicators          TEXT NOT NULL DEFAULT '[]', -- JSON [{code, evidence}]
    protective_factors  TEXT NOT NULL DEFAULT '[]', -- JSON [text]
    grading_preset      TEXT NOT NULL,
    source_grade        TEXT NOT NULL,
    information_grade   TEXT NOT NULL,
    handling            TEXT NOT NULL,
    handling_conditions TEXT NOT NULL DEFAULT '',
    urgency             TEXT NOT NULL DEFAULT 'routine'
                        CHECK (urgency IN ('routine', 'priority', 'immediate')),
    action_taken        TEXT NOT NULL DEFAULT '',
    own_account         TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'submitted', 'accepted', 'returned',
                               'rejected', 'exported')),
    restricted          INTEGER NOT NULL DEFAULT 0,
    amendment_reason    TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    submitted_at        TEXT,
    delivered_at        TEXT,
    UNIQUE (id, version)
);
-- No index starts with is_current (two values would mislead the planner); the
-- list indexes are partial on is_current = 1 so lists and capped counts read
-- the index alone, and the few drafts have their own index for the draft rule.
CREATE INDEX observations_by_status ON observations (status, event_start) WHERE is_current = 1;
CREATE INDEX observations_by_urgency ON observations (urgency, event_start) WHERE is_current = 1;
CREATE INDEX observations_by_subject ON observations (subject_id, is_current, event_start);
CREATE INDEX observations_by_author ON observations (recorded_by, status, is_current);
CREATE INDEX observations_by_unit ON observations (unit_code, event_start, urgency, status)
    WHERE is_current = 1;
CREATE INDEX observations_by_event ON observations (event_start) WHERE is_current = 1;
CREATE INDEX observations_drafts ON observations (recorded_by) WHERE status = 'draft';
CREATE INDEX observations_review_queue
    ON observations (status, urgency, submitted_at, recorded_by) WHERE is_current = 1;

-- A sealed version's content never changes (defence in depth behind the
-- service rules). Only anonymisation (subject already marked anonymised) may
-- blank its free text.
CREATE TRIGGER observations_sealed
BEFORE UPDATE OF id, version, subject_id, event_start, event_end, place, officer_duty,
    recorded_at, recorded_by, facts, assessment, source_type, source_identity, people,
    indicators, protective_factors, grading_preset, source_grade, information_grade, handling,
    handling_conditions, urgency, action_taken, own_account, restricted, amendment_reason
ON observations
WHEN OLD.status != 'draft'
    AND coalesce((SELECT anonymised FROM subjects WHERE id = OLD.subject_id), 0) = 0
BEGIN SELECT RAISE(ABORT, 'a submitted observation is sealed'); END;

-- Indicator codes of the current version of each observation, for the domain
-- filter (rows of a superseded version are removed when it is amended).
CREATE TABLE observation_indicators (
    row_no INTEGER NOT NULL REFERENCES observations(row_no) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    code   TEXT NOT NULL,
    PRIMARY KEY (row_no, code)
) WITHOUT ROWID;
CREATE INDEX observation_indicators_by_domain ON observation_indicators (domain, row_no);

-- The officer's proposed grade and every re-grade by a reviewer.
CREATE TABLE grade_history (
    seq                 INTEGER PRIMARY KEY,
    observation_id      TEXT NOT NULL,
    observation_version INTEGER NOT NULL,
    at                  TEXT NOT NULL,
    by_user             TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('proposed', 'regraded')),
    preset              TEXT NOT NULL,
    source_grade        TEXT NOT NULL,
    information_grade   TEXT NOT NULL,
    handling            TEXT NOT NULL,
    handling_conditions TEXT NOT NULL DEFAULT '',
    reason              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX grade_history_by_observation ON grade_history (observation_id, seq);

CREATE TABLE reviews (
    id                  TEXT PRIMARY KEY,
    observation_id      TEXT NOT NULL,
    observation_version INTEGER NOT NULL,
    reviewer            TEXT NOT NULL,
    reviewer_code       TEXT NOT NULL DEFAULT '',
    decision            TEXT NOT NULL
                        CHECK (decision IN ('accept', 'return', 'regrade', 'reject')),
    comment             TEXT NOT NULL DEFAULT '',
    at                  TEXT NOT NULL,
    grading_preset      TEXT,
    source_grade        TEXT,
    information_grade   TEXT,
    handling            TEXT,
    handling_conditions TEXT,
    establishment_code  TEXT NOT NULL,
    origin_workstation  TEXT NOT NULL,
    delivered_at        TEXT
);
CREATE INDEX reviews_by_observation ON reviews (observation_id, at);

-- Retention decisions on overdue subject files (no names: ids and codes only).
CREATE TABLE retention_decisions (
    id          TEXT PRIMARY KEY,
    subject_id  TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('keep', 'anonymise', 'erase')),
    reason      TEXT NOT NULL,
    keep_text   INTEGER NOT NULL DEFAULT 0,
    new_review_due TEXT,
    at          TEXT NOT NULL,
    by_user     TEXT NOT NULL
);

-- What remains of an erased record; travels in exports (op = 'tombstone').
CREATE TABLE tombstones (
    id                 TEXT PRIMARY KEY,
    object_kind        TEXT NOT NULL,          -- 'subject' or 'observation'
    object_id          TEXT NOT NULL,
    establishment_code TEXT NOT NULL,
    erased_at          TEXT NOT NULL,
    erased_by          TEXT NOT NULL,
    reason_code        TEXT NOT NULL,
    origin_workstation TEXT NOT NULL,
    observation_count  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (object_kind, object_id)
);

-- Central only: a workstation's subject id that matched an existing subject by
-- establishment + prison number points at the subject the central vault keeps.
CREATE TABLE subject_aliases (
    alias_id   TEXT PRIMARY KEY,
    subject_id TEXT NOT NULL REFERENCES subjects(id) ON DELETE CASCADE
);

-- Search indexes over folded text (see core/services/search.py fold()):
-- rowid = observations.row_no (current versions only) / subjects.rowid.
CREATE VIRTUAL TABLE observation_search USING fts5(
    facts, assessment, subject, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE subject_search USING fts5(
    names, prison_number, tokenize = 'unicode61 remove_diacritics 2'
);
