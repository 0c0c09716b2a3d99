-- Mail waiting to be sent, written in the same transaction as the change that caused it and
-- sent by the server's mail worker (src/mail). Private: never in any answer. `data` holds what
-- the message needs beyond the action (the edit link's secret, a rejection's reason, the
-- fields a coordinator changed); the secret is blanked once the message is sent or given up.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('edit-link', 'approved', 'rejected', 'cancelled', 'edited', 'edit-approved', 'edit-rejected')),
    recipient       TEXT NOT NULL,
    event_id        INTEGER REFERENCES events (id) ON DELETE CASCADE,
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
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE state = 'waiting';
CREATE INDEX outbox_sent_to ON outbox (recipient, done_at) WHERE state = 'sent';

-- The interface language an organiser submitted in: the language of the mail they get.
ALTER TABLE events ADD COLUMN organiser_lang TEXT;
