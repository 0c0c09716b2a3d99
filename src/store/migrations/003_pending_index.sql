-- The queue needs pending actions by age; public queries must never pick this index (nearly
-- every action is published, so an index on moderation would make filtered feeds read the
-- whole table). A partial index serves the queue only.
DROP INDEX events_by_moderation;
CREATE INDEX events_pending ON events (created_at, id) WHERE moderation = 'pending';

-- Rules that never end get a far date instead of NULL, so the feeds' window
-- (last_date >= ?) is one range the country index (country, last_date) can serve.
UPDATE events SET last_date = '9999-12-31' WHERE last_date IS NULL;
