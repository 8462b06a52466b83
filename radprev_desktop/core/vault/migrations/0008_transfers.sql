-- Records follow the prisoner (issue #15): transfers between establishments,
-- programme referrals, transfer bundles issued (central) and received
-- (workstation), every establishment + prison number a file was known under,
-- analysts' decisions that two files are one person, release handovers.
-- Owned by core/services/{transfers,referrals,subject_links,handovers}.py and
-- core/sync/transfer_bundles.py.

-- A move of a prisoner to another establishment, recorded where the prisoner was
-- (establishment_code = from_establishment). Travels to the central office, which
-- then issues a transfer bundle to the receiving establishment.
CREATE TABLE transfers (
    id                 TEXT PRIMARY KEY,
    subject_id         TEXT NOT NULL,
    from_establishment TEXT NOT NULL,
    to_establishment   TEXT NOT NULL,
    transfer_date      TEXT NOT NULL,          -- YYYY-MM-DD
    note               TEXT NOT NULL DEFAULT '',
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL,          -- username
    recorded_by_code   TEXT NOT NULL DEFAULT '',
    establishment_code TEXT NOT NULL,
    origin_workstation TEXT NOT NULL,
    delivered_at       TEXT
);
CREATE INDEX transfers_by_subject ON transfers (subject_id, transfer_date);
CREATE INDEX transfers_by_date ON transfers (transfer_date);

-- Referral to a programme (disengagement, rehabilitation, mentoring, education,
-- mental health, religious counselling; codes from the `programmes` code list).
-- One row per version: a status change or an outcome is a new version.
CREATE TABLE referrals (
    row_no             INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL,
    version            INTEGER NOT NULL,
    is_current         INTEGER NOT NULL DEFAULT 1,
    subject_id         TEXT NOT NULL,
    programme          TEXT NOT NULL,
    referred_by        TEXT NOT NULL,          -- username
    referred_by_code   TEXT NOT NULL DEFAULT '',
    referred_on        TEXT NOT NULL,          -- YYYY-MM-DD
    reason_facts       TEXT NOT NULL,
    reason_assessment  TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL
                       CHECK (status IN ('proposed', 'accepted', 'declined', 'started',
                              'completed', 'ended_early')),
    status_history     TEXT NOT NULL DEFAULT '[]', -- JSON [{status, date, by, note}]
    outcome            TEXT NOT NULL DEFAULT '',
    changed_by         TEXT NOT NULL,          -- username who made this version
    establishment_code TEXT NOT NULL,
    origin_workstation TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    delivered_at       TEXT,
    UNIQUE (id, version)
);
CREATE INDEX referrals_by_subject ON referrals (subject_id, is_current, referred_on);
CREATE INDEX referrals_by_status ON referrals (status, referred_on) WHERE is_current = 1;

-- Counts by establishment and period (central office reports) read this index alone.
CREATE INDEX observations_by_establishment
    ON observations (establishment_code, event_start, urgency, status) WHERE is_current = 1;

-- Central: every transfer bundle issued, in order (the latest names where the
-- prisoner's file lives now; each names an establishment that may write to it).
CREATE TABLE transfer_bundles (
    sequence         INTEGER PRIMARY KEY,
    transfer_id      TEXT NOT NULL,
    subject_id       TEXT NOT NULL,
    from_establishment TEXT NOT NULL,
    to_establishment TEXT NOT NULL,
    bundle_hash      TEXT NOT NULL,
    recipients       TEXT NOT NULL,            -- JSON [workstation ids]
    records          INTEGER NOT NULL,
    issued_at        TEXT NOT NULL,
    issued_by        TEXT NOT NULL
);
CREATE INDEX transfer_bundles_by_subject ON transfer_bundles (subject_id, sequence);

-- Workstation: transfer bundles imported (the same bundle again changes nothing).
CREATE TABLE received_transfers (
    sender             TEXT NOT NULL,          -- central vault id
    sequence           INTEGER NOT NULL,
    bundle_hash        TEXT NOT NULL,
    transfer_id        TEXT NOT NULL,
    subject_id         TEXT NOT NULL,
    from_establishment TEXT NOT NULL,
    records            INTEGER NOT NULL,
    imported_at        TEXT NOT NULL,
    imported_by        TEXT NOT NULL,
    PRIMARY KEY (sender, sequence)
);

-- Central: the age recipient a workstation receives transfer bundles with, as named
-- in its signed package manifests (empty until its first package names one).
ALTER TABLE workstations ADD COLUMN age_recipient TEXT NOT NULL DEFAULT '';

-- Every establishment + prison number a file was known under: the central identity.
-- A transferred file keeps the numbers it had (so "PL-A 123" still finds it).
CREATE TABLE subject_numbers (
    establishment_code TEXT NOT NULL,
    prison_number_key  TEXT NOT NULL,
    prison_number      TEXT NOT NULL,
    subject_id         TEXT NOT NULL,
    since              TEXT NOT NULL,
    PRIMARY KEY (establishment_code, prison_number_key)
);
CREATE INDEX subject_numbers_by_subject ON subject_numbers (subject_id);
INSERT INTO subject_numbers(establishment_code, prison_number_key, prison_number, subject_id, since)
    SELECT establishment_code, prison_number_key, prison_number, id, created_at FROM subjects;

-- Central: an analyst's decision that two files (numbers in two establishments)
-- are one person, or are not; undoing a decision keeps it (active = 0).
CREATE TABLE subject_links (
    id          TEXT PRIMARY KEY,
    subject_a   TEXT NOT NULL,                 -- the two ids in sorted order
    subject_b   TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('same_person', 'not_same')),
    reason      TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    decided_by  TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    undone_at   TEXT,
    undone_by   TEXT
);
CREATE INDEX subject_links_by_a ON subject_links (subject_a, active);
CREATE INDEX subject_links_by_b ON subject_links (subject_b, active);

-- Workstation: release handovers made for the probation service (what was sent;
-- the disclosure with its reason and recipient is in the audit log).
CREATE TABLE handovers (
    id                    TEXT PRIMARY KEY,
    subject_id            TEXT NOT NULL,
    sequence              INTEGER NOT NULL UNIQUE,
    recipient             TEXT NOT NULL,       -- who it is for (as typed)
    recipient_key         TEXT NOT NULL,       -- the age1… recipient it was encrypted to
    package_hash          TEXT NOT NULL,
    document_id           TEXT NOT NULL,       -- printed on every page of its PDF
    counts                TEXT NOT NULL,       -- JSON: what it holds, by section
    made_at               TEXT NOT NULL,
    made_by               TEXT NOT NULL
);
CREATE INDEX handovers_by_subject ON handovers (subject_id);
