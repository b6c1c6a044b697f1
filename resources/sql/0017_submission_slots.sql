-- Contact submissions counted per 15-minute UTC slot, kept by the same writers as the total in
-- submission_stats (SubmissionCount), so the dashboard reads a year from at most 35,040 slots
-- instead of walking every row. Every time zone's offset (India +5:30, Nepal +5:45 included) and
-- every daylight-saving change falls on a quarter hour, so a slot lies within one local day.
-- kind 0: received in the slot (received_at); kind 1: of those, still 'new'; kind 2: 'closed',
-- with closed_at in the slot. A slot with nothing of a kind has no row of that kind.
CREATE TABLE IF NOT EXISTS submission_slots (
    kind  INTEGER NOT NULL,
    slot  INTEGER NOT NULL,   -- seconds since 1970-01-01 UTC / 900, rounded down
    count INTEGER NOT NULL,
    PRIMARY KEY (kind, slot)
) WITHOUT ROWID;
DELETE FROM submission_slots;
INSERT INTO submission_slots (kind, slot, count)
SELECT kind, (secs - ((secs % 900) + 900) % 900) / 900, count(*)
FROM (SELECT 0 AS kind, CAST(strftime('%s', received_at) AS INTEGER) AS secs FROM submissions
      UNION ALL
      SELECT 1, CAST(strftime('%s', received_at) AS INTEGER) FROM submissions WHERE status = 'new'
      UNION ALL
      SELECT 2, CAST(strftime('%s', closed_at) AS INTEGER) FROM submissions
      WHERE status = 'closed' AND closed_at IS NOT NULL)
WHERE secs IS NOT NULL
GROUP BY 1, 2;
