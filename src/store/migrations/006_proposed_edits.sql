-- An organiser's change to a published action waits here for a coordinator, while the
-- published version stays as it is. Private: no trigger moves the public revision.
CREATE TABLE proposed_edits (
    event_id    INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    -- The proposed action in the import format (validated when proposed), contact included.
    proposal    TEXT NOT NULL,
    proposed_at INTEGER NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),
    -- Why a coordinator refused it (shown to the organiser).
    reason      TEXT
) STRICT;
CREATE INDEX proposed_edits_pending ON proposed_edits (proposed_at) WHERE state = 'pending';
