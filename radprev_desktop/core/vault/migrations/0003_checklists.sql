-- Checklists: templates (versioned data, never code) and checklist runs with
-- their answers. Owned by core/services/{templates,checklists}.py.
--
-- A template (code, version) is immutable once stored: a change is a new
-- version. Exactly one stored template is the active one offered to officers.

CREATE TABLE checklist_templates (
    code        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    title       TEXT NOT NULL,              -- JSON {language: title}
    languages   TEXT NOT NULL,              -- JSON list of language tags
    definition  TEXT NOT NULL,              -- canonical JSON of the validated file
    sha256      TEXT NOT NULL,              -- of `definition`
    origin      TEXT NOT NULL CHECK (origin IN ('builtin', 'import', 'bundle')),
    signature   TEXT NOT NULL DEFAULT '',   -- bundle signature (hex), kept for the record
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (code, version)
);
CREATE UNIQUE INDEX checklist_templates_one_active ON checklist_templates (active)
    WHERE active = 1;

CREATE TRIGGER checklist_templates_frozen
BEFORE UPDATE OF code, version, title, languages, definition, sha256 ON checklist_templates
BEGIN SELECT RAISE(ABORT, 'a stored checklist template is never changed'); END;

-- One row per version of a run: (id, version) is the logical record. A draft is
-- version 1 edited in place by its author; completing seals it; an amendment
-- adds version n+1 (sealed at once) with a reason. `is_current` marks the newest.
CREATE TABLE checklist_runs (
    row_no                   INTEGER PRIMARY KEY,
    id                       TEXT NOT NULL,
    version                  INTEGER NOT NULL,
    is_current               INTEGER NOT NULL DEFAULT 1,
    subject_id               TEXT NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
    template_code            TEXT NOT NULL,
    template_version         INTEGER NOT NULL,
    establishment_code       TEXT NOT NULL,
    origin_workstation       TEXT NOT NULL,
    status                   TEXT NOT NULL DEFAULT 'draft'
                             CHECK (status IN ('draft', 'completed')),
    author                   TEXT NOT NULL,              -- username
    author_code              TEXT NOT NULL DEFAULT '',   -- staff code
    protective_none_observed INTEGER NOT NULL DEFAULT 0,
    other_explanations       TEXT NOT NULL DEFAULT '',
    other_explanations_none  INTEGER NOT NULL DEFAULT 0,
    context_notes            TEXT NOT NULL DEFAULT '',
    summary                  TEXT NOT NULL DEFAULT '',
    next_review_date         TEXT,                       -- YYYY-MM-DD
    amendment_reason         TEXT NOT NULL DEFAULT '',
    amended_by               TEXT NOT NULL DEFAULT '',
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    completed_at             TEXT,
    delivered_at             TEXT,
    FOREIGN KEY (template_code, template_version)
        REFERENCES checklist_templates (code, version),
    UNIQUE (id, version)
);
CREATE INDEX checklist_runs_by_subject ON checklist_runs (subject_id, is_current, created_at);
CREATE INDEX checklist_runs_by_author ON checklist_runs (author, status, is_current);

CREATE TRIGGER checklist_runs_sealed
BEFORE UPDATE OF id, version, subject_id, template_code, template_version, status, author,
    protective_none_observed, other_explanations, other_explanations_none, context_notes,
    summary, next_review_date, amendment_reason, completed_at ON checklist_runs
WHEN OLD.status = 'completed' AND NOT (
    -- the only change allowed to a sealed run: retention anonymisation blanks free text
    NEW.id = OLD.id AND NEW.version = OLD.version AND NEW.subject_id = OLD.subject_id
    AND NEW.template_code = OLD.template_code AND NEW.template_version = OLD.template_version
    AND NEW.status = OLD.status AND NEW.author = OLD.author
    AND NEW.protective_none_observed = OLD.protective_none_observed
    AND NEW.other_explanations_none = OLD.other_explanations_none
    AND NEW.next_review_date IS OLD.next_review_date AND NEW.completed_at IS OLD.completed_at
    AND NEW.other_explanations IN (OLD.other_explanations, '[removed]')
    AND NEW.context_notes IN (OLD.context_notes, '[removed]')
    AND NEW.summary IN (OLD.summary, '[removed]')
    AND NEW.amendment_reason IN (OLD.amendment_reason, '[removed]'))
BEGIN SELECT RAISE(ABORT, 'a completed checklist run is sealed'); END;

-- One answer per item of the run's template (indicators, protective factors,
-- context items). Unanswered items are stored as 'unknown' when the run is completed.
CREATE TABLE checklist_answers (
    row_no        INTEGER NOT NULL REFERENCES checklist_runs(row_no) ON DELETE CASCADE,
    item_code     TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('indicator', 'protective', 'context')),
    domain        TEXT NOT NULL,
    answer        TEXT NOT NULL CHECK (answer IN ('observed', 'not_observed', 'unknown')),
    evidence      TEXT NOT NULL DEFAULT '',
    evidence_date TEXT,                     -- YYYY-MM-DD
    PRIMARY KEY (row_no, item_code)
) WITHOUT ROWID;

CREATE TRIGGER checklist_answers_sealed_insert
BEFORE INSERT ON checklist_answers
WHEN (SELECT status FROM checklist_runs WHERE row_no = NEW.row_no) = 'completed'
BEGIN SELECT RAISE(ABORT, 'a completed checklist run is sealed'); END;

CREATE TRIGGER checklist_answers_sealed_update
BEFORE UPDATE ON checklist_answers
WHEN (SELECT status FROM checklist_runs WHERE row_no = OLD.row_no) = 'completed'
    AND NOT (NEW.row_no = OLD.row_no AND NEW.item_code = OLD.item_code
             AND NEW.answer = OLD.answer AND NEW.evidence_date IS OLD.evidence_date
             AND NEW.evidence IN (OLD.evidence, '[removed]'))
BEGIN SELECT RAISE(ABORT, 'a completed checklist run is sealed'); END;
