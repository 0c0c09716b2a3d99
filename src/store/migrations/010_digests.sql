-- Coordinators may opt in to a digest of the submissions waiting for them, mailed to their own
-- address every hour or every day when new ones arrived. Private: never in any answer.
ALTER TABLE coordinators ADD COLUMN email TEXT;
ALTER TABLE coordinators ADD COLUMN digest TEXT NOT NULL DEFAULT 'off' CHECK (digest IN ('off', 'hourly', 'daily'));
-- Submissions that arrived after this instant are new for the next digest.
ALTER TABLE coordinators ADD COLUMN digest_after INTEGER NOT NULL DEFAULT 0;

-- The outbox takes digests too: a kind more, and the coordinator a digest is for. SQLite cannot
-- widen a CHECK in place, so the table is made again with its rows.
CREATE TABLE outbox_next (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('edit-link', 'approved', 'rejected', 'cancelled', 'edited', 'edit-approved', 'edit-rejected', 'digest')),
    recipient       TEXT NOT NULL,
    event_id        INTEGER REFERENCES events (id) ON DELETE CASCADE,
    coordinator_id  INTEGER REFERENCES coordinators (id) ON DELETE CASCADE,
    lang            TEXT NOT NULL,
    data            TEXT NOT NULL DEFAULT '{}',
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent', 'failed', 'expired')),
    done_at         INTEGER,
    message_id      TEXT,
    last_error      TEXT
) STRICT;
INSERT INTO outbox_next (id, kind, recipient, event_id, lang, data, created_at, attempts, next_attempt_at,
        state, done_at, message_id, last_error)
    SELECT id, kind, recipient, event_id, lang, data, created_at, attempts, next_attempt_at,
        state, done_at, message_id, last_error FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_next RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE state = 'waiting';
CREATE INDEX outbox_sent_to ON outbox (recipient, done_at) WHERE state = 'sent';
