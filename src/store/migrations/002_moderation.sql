-- Submissions and moderation: actions carry a moderation state; organisers hold an edit link
-- (stored as a hash); coordinators hold API tokens (hashed) and browser sessions; every
-- moderation action and edit is kept in the audit log.

ALTER TABLE events ADD COLUMN moderation TEXT NOT NULL DEFAULT 'published'
    CHECK (moderation IN ('pending', 'published', 'rejected'));
ALTER TABLE events ADD COLUMN reject_reason TEXT;
ALTER TABLE events ADD COLUMN edit_token_hash TEXT;
-- set by a coordinator once the action's dates have passed: it leaves every feed
ALTER TABLE events ADD COLUMN removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1));

CREATE UNIQUE INDEX events_by_edit_token ON events (edit_token_hash) WHERE edit_token_hash IS NOT NULL;
CREATE INDEX events_by_moderation ON events (moderation, created_at);

CREATE TABLE coordinators (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
) STRICT;

CREATE TABLE sessions (
    token_hash     TEXT PRIMARY KEY,
    coordinator_id INTEGER NOT NULL REFERENCES coordinators (id) ON DELETE CASCADE,
    csrf           TEXT NOT NULL,
    expires_at     INTEGER NOT NULL
) STRICT;

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    event_id INTEGER,
    campaign TEXT,
    before   TEXT,
    after    TEXT
) STRICT;
CREATE INDEX audit_log_by_event ON audit_log (event_id, id);
