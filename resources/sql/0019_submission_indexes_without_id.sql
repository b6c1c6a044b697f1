-- Submissions: the list's sort indexes without their trailing id. SQLite ends every entry of an
-- index on a rowid table with the rowid, which for submissions is id, so an index on (name)
-- already sorts as (name, id) and serves the same first pages and keyset steps; naming id as
-- well stored it a second time in every entry. Without it the five indexes are about a seventh
-- smaller, and an import that builds them at its end sorts and writes that much less.
-- Same names, so nothing that refers to them changes.
DROP INDEX IF EXISTS submissions_received;
CREATE INDEX submissions_received ON submissions (received_at);
DROP INDEX IF EXISTS submissions_name;
CREATE INDEX submissions_name ON submissions (name);
DROP INDEX IF EXISTS submissions_phone_norm;
CREATE INDEX submissions_phone_norm ON submissions (phone_norm);
DROP INDEX IF EXISTS submissions_email_norm;
CREATE INDEX submissions_email_norm ON submissions (email_norm);
DROP INDEX IF EXISTS submissions_region;
CREATE INDEX submissions_region ON submissions (region);
