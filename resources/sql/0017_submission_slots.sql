-- Contact submissions received per 15-minute UTC slot, kept by the same writers as the total in
-- submission_stats (SubmissionCount): the dashboard counts a year of submissions per local day
-- from at most 35,040 slots instead of walking every received time. Every time zone's offset
-- (India +5:30, Nepal +5:45 included) and every daylight-saving change falls on a quarter hour,
-- so a slot lies within one local day in any zone. Slots with no submission have no row.
CREATE TABLE IF NOT EXISTS submission_slots (
    slot     INTEGER PRIMARY KEY,   -- seconds since 1970-01-01 UTC / 900, rounded down
    received INTEGER NOT NULL       -- submissions whose received_at lies in the slot
);
DELETE FROM submission_slots;
INSERT INTO submission_slots (slot, received)
SELECT (secs - ((secs % 900) + 900) % 900) / 900, count(*)
FROM (SELECT CAST(strftime('%s', received_at) AS INTEGER) AS secs FROM submissions)
WHERE secs IS NOT NULL
GROUP BY 1;
