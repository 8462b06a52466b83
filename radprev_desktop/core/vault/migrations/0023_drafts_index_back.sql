-- observations_drafts is read by every search, list count and subject-file count: their
-- "not another officer's draft" exclusion (status = 'draft' AND recorded_by != ?) finds the
-- few drafts through it; without it each of them read the whole observations table (search
-- p50 12 -> 95-170 ms at 1M). A store that ran the first version of 0022 gets it back; on
-- every other store it is there already (0002) and this does nothing (decision 0035).
CREATE INDEX IF NOT EXISTS observations_drafts ON observations (recorded_by) WHERE status = 'draft';
