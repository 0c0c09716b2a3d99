-- Public changes only, in commit order. `meta.revision` moved on every write, so a pending
-- submission moved the public feeds' Last-Modified and /healthz; it now moves only when what
-- the public sees changes: a campaign, or an action that is or was published. Each such change
-- stamps the action with the new revision (`public_seq`), and an action that stops being
-- public (removed, rejected, deleted) leaves a tombstone with its revision. SQLite lets one
-- writer at a time hold the store from its first write to its commit, so revisions are given
-- out in commit order: a sync tool that asks for everything after revision N can never skip a
-- change committed later with a smaller number (unlike `updated_at`, stamped at the start of a
-- long import). Every revision stamps at most one row, so a page of the sync can end on any
-- of them.

DROP TRIGGER events_ins;
DROP TRIGGER events_upd;
DROP TRIGGER events_del;

ALTER TABLE events ADD COLUMN public_seq INTEGER NOT NULL DEFAULT 0;
-- The actions published before this migration, one revision each, in id order.
UPDATE events SET public_seq = numbered.seq
    FROM (SELECT id, (SELECT revision FROM meta) + row_number() OVER (ORDER BY id) AS seq
          FROM events WHERE moderation = 'published' AND removed = 0) AS numbered
    WHERE events.id = numbered.id;
UPDATE meta SET revision = revision
    + (SELECT count(*) FROM events WHERE moderation = 'published' AND removed = 0);
CREATE INDEX events_by_public_seq ON events (public_seq);

-- Keyed by UID, the identity mirrors know an action by (ids may be reused after a delete).
CREATE TABLE tombstones (
    uid        TEXT PRIMARY KEY,
    event_id   INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    changed_at INTEGER NOT NULL
) STRICT;
CREATE INDEX tombstones_by_seq ON tombstones (seq);

CREATE TRIGGER events_ins AFTER INSERT ON events
WHEN NEW.moderation = 'published' AND NEW.removed = 0
BEGIN
    UPDATE meta SET revision = revision + 1, revised_at = unixepoch();
    UPDATE events SET public_seq = (SELECT revision FROM meta) WHERE id = NEW.id;
    DELETE FROM tombstones WHERE uid = NEW.uid;
END;

-- The trigger's own stamp (public_seq moves) is not a change of its own.
CREATE TRIGGER events_upd_public AFTER UPDATE ON events
WHEN NEW.public_seq = OLD.public_seq AND NEW.moderation = 'published' AND NEW.removed = 0
BEGIN
    UPDATE meta SET revision = revision + 1, revised_at = unixepoch();
    UPDATE events SET public_seq = (SELECT revision FROM meta) WHERE id = NEW.id;
    DELETE FROM tombstones WHERE uid = NEW.uid;
END;

CREATE TRIGGER events_upd_unpublished AFTER UPDATE ON events
WHEN NEW.public_seq = OLD.public_seq AND OLD.moderation = 'published' AND OLD.removed = 0
    AND NOT (NEW.moderation = 'published' AND NEW.removed = 0)
BEGIN
    UPDATE meta SET revision = revision + 1, revised_at = unixepoch();
    INSERT OR REPLACE INTO tombstones (uid, event_id, seq, changed_at)
        VALUES (OLD.uid, OLD.id, (SELECT revision FROM meta), unixepoch());
END;

CREATE TRIGGER events_del AFTER DELETE ON events
WHEN OLD.moderation = 'published' AND OLD.removed = 0
BEGIN
    UPDATE meta SET revision = revision + 1, revised_at = unixepoch();
    INSERT OR REPLACE INTO tombstones (uid, event_id, seq, changed_at)
        VALUES (OLD.uid, OLD.id, (SELECT revision FROM meta), unixepoch());
END;
