-- The national overview's domain count (issue 15): each observation citing an
-- indicator domain, by establishment and urgency. The indicator codes are read in
-- (domain, row) order and each one's observation found in this index, keyed by row
-- and holding every column the count needs, so neither the table rows (a million,
-- with their texts) nor a sort are read (docs/decisions/0020).
CREATE INDEX IF NOT EXISTS observations_counted
    ON observations (row_no, establishment_code, urgency, event_start, status)
    WHERE is_current = 1;
