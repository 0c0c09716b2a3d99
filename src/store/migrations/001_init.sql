-- Campaigns, actions and their lists; `meta.revision` moves on every change so that the server
-- knows, with one cheap read, whether any cached feed is still current.

CREATE TABLE campaigns (
    slug        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT,
    hashtag     TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    description     TEXT,
    tzid            TEXT NOT NULL,
    all_day         INTEGER NOT NULL CHECK (all_day IN (0, 1)),
    start_local     TEXT NOT NULL,
    end_local       TEXT NOT NULL,
    start_utc       INTEGER NOT NULL,
    end_utc         INTEGER NOT NULL,
    -- local dates (YYYY-MM-DD) of the first day and of the last day of the last occurrence;
    -- last_date is NULL for a rule that never ends
    start_date      TEXT NOT NULL,
    last_date       TEXT,
    rrule           TEXT,
    status          TEXT NOT NULL CHECK (status IN ('confirmed', 'tentative', 'cancelled')),
    country         TEXT,
    city            TEXT,
    venue           TEXT,
    latitude        REAL,
    longitude       REAL,
    online_url      TEXT,
    organiser_email TEXT,
    organiser_name  TEXT,
    sequence        INTEGER NOT NULL DEFAULT 0,
    fingerprint     TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;

CREATE INDEX events_by_last_date ON events (last_date);
CREATE INDEX events_by_country ON events (country, last_date);
CREATE INDEX events_by_start ON events (start_utc, id);
CREATE INDEX events_by_update ON events (updated_at, id);

CREATE TABLE event_campaigns (
    campaign TEXT NOT NULL REFERENCES campaigns (slug) ON UPDATE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (campaign, event_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_campaigns_by_event ON event_campaigns (event_id);

CREATE TABLE event_tags (
    tag      TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (tag, event_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_tags_by_event ON event_tags (event_id);

CREATE TABLE event_languages (
    lang     TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (lang, event_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_languages_by_event ON event_languages (event_id);

CREATE TABLE meta (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    revision   INTEGER NOT NULL,
    revised_at INTEGER NOT NULL
) STRICT;
INSERT INTO meta (id, revision, revised_at) VALUES (1, 0, 0);

CREATE TRIGGER campaigns_ins AFTER INSERT ON campaigns BEGIN
    UPDATE meta SET revision = revision + 1, revised_at = unixepoch();
END;
CREATE TRIGGER campaigns_upd AFTER UPDATE ON campaigns BEGIN
    UPDATE meta SET revision = revision + 1, revised_at = unixepoch();
END;
CREATE TRIGGER campaigns_del AFTER DELETE ON campaigns BEGIN
    UPDATE meta SET revision = revision + 1, revised_at = unixepoch();
END;
CREATE TRIGGER events_ins AFTER INSERT ON events BEGIN
    UPDATE meta SET revision = revision + 1, revised_at = unixepoch();
END;
CREATE TRIGGER events_upd AFTER UPDATE ON events BEGIN
    UPDATE meta SET revision = revision + 1, revised_at = unixepoch();
END;
CREATE TRIGGER events_del AFTER DELETE ON events BEGIN
    UPDATE meta SET revision = revision + 1, revised_at = unixepoch();
END;
