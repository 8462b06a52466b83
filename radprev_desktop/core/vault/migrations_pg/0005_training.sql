-- PostgreSQL twin of migrations/0005_training.sql (same table).
-- Training mode (issue 17): one row per exercise a trainee starts in a training vault.
-- The table exists in every vault (one schema); only a training vault ever writes to it.
-- `answer` is a snapshot of what the trainee recorded, `feedback` the points of
-- feedback (kinds and codes, put into words in the reader's language when shown).
-- Nothing here scores the synthetic prisoner: only the exercise is judged.
CREATE TABLE training_exercises (
    id               TEXT PRIMARY KEY,
    trainee          TEXT NOT NULL,          -- username
    scenario_code    TEXT NOT NULL,
    scenario_version INTEGER NOT NULL,
    scenario_sha256  TEXT NOT NULL,
    language         TEXT NOT NULL,
    subject_id       TEXT NOT NULL UNIQUE REFERENCES subjects(id),
    started_at       TEXT NOT NULL,
    completed_at     TEXT,
    observation_id   TEXT,
    answer           TEXT,                   -- JSON
    feedback         TEXT,                   -- JSON list of points
    done_well        INTEGER,
    to_improve       INTEGER
);
CREATE INDEX training_exercises_by_trainee ON training_exercises(trainee, started_at);
