-- Partners' calendars (issue 17): .ics feeds polled on their own schedule, and what each of
-- their events became here.
-- AUTOINCREMENT: a removed source's id is never given again, since its actions' UIDs
-- (partner-{id}-…) stay and must not be updated by another partner's events.
CREATE TABLE sources (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    url             TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    -- What its actions get by default (comma-separated, like events' list columns).
    campaign_list   TEXT NOT NULL DEFAULT '',
    tag_list        TEXT NOT NULL DEFAULT '',
    lang_list       TEXT NOT NULL DEFAULT '',
    -- The country of the places its events name, when their LOCATION does not say (ISO code).
    country         TEXT,
    -- 'hold': new actions wait for a coordinator; 'publish': they are published at once.
    trust           TEXT NOT NULL DEFAULT 'hold' CHECK (trust IN ('hold', 'publish')),
    paused          INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    -- Validators of the last answer, for conditional GETs.
    etag            TEXT,
    last_modified   TEXT,
    -- Unix seconds of the next poll; seconds between polls as the partner asks (clamped).
    next_poll_at    INTEGER NOT NULL DEFAULT 0,
    interval_s      INTEGER NOT NULL DEFAULT 3600,
    -- Polls failed in a row (the back-off doubles with each).
    failures        INTEGER NOT NULL DEFAULT 0,
    last_poll_at    INTEGER,
    -- 'changed', 'unchanged', 'error', 'held'.
    last_status     TEXT,
    -- What went wrong, or what is held, in words.
    last_error      TEXT,
    -- Totals since the source was added.
    count_new       INTEGER NOT NULL DEFAULT 0,
    count_updated   INTEGER NOT NULL DEFAULT 0,
    count_cancelled INTEGER NOT NULL DEFAULT 0,
    count_held      INTEGER NOT NULL DEFAULT 0,
    -- A coordinator let the next poll cancel what vanished, past the hold threshold.
    release_hold    INTEGER NOT NULL DEFAULT 0 CHECK (release_hold IN (0, 1)),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;

CREATE INDEX sources_by_next_poll ON sources (paused, next_poll_at);

-- One partner event (or one occurrence of a partner's series) and the action it became.
CREATE TABLE source_items (
    source_id       INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    remote_uid      TEXT NOT NULL,
    -- RECURRENCE-ID as an instant or date ('' for the event or series itself).
    recurrence_id   TEXT NOT NULL DEFAULT '',
    -- NULL once a coordinator removed the action: the partner's event is not brought back.
    event_id        INTEGER REFERENCES events (id) ON DELETE SET NULL,
    remote_sequence INTEGER NOT NULL DEFAULT 0,
    -- The action as the partner last gave it (the import format): a field the partner did not
    -- change since keeps whatever a coordinator corrected it to.
    mapped          TEXT NOT NULL,
    -- Successful polls in a row that did not list it; 'vanished' once cancelled for that.
    missing         INTEGER NOT NULL DEFAULT 0,
    vanished        INTEGER NOT NULL DEFAULT 0 CHECK (vanished IN (0, 1)),
    PRIMARY KEY (source_id, remote_uid, recurrence_id)
) STRICT;

CREATE INDEX source_items_by_event ON source_items (event_id);
