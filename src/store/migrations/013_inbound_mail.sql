-- "E-mail us your event" (issue 18): every message received is kept as it came, before it is
-- read, so that no parser problem loses a submission; and what each became.
CREATE TABLE inbound_mail (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at   INTEGER NOT NULL,
    -- The Message-ID header (without <>), when it has one.
    message_id    TEXT,
    -- SHA-256 of the raw message: the same message delivered twice is taken once.
    content_hash  TEXT NOT NULL,
    -- The envelope's sender and recipient, as the MTA gave them.
    sender        TEXT,
    recipient     TEXT,
    -- The message, gzip-compressed, and its size before compression (bytes).
    raw           BLOB NOT NULL,
    size          INTEGER NOT NULL,
    -- 'stored' (not read yet), 'read' (actions made), 'for-review' (left for a coordinator).
    state         TEXT NOT NULL DEFAULT 'stored' CHECK (state IN ('stored', 'read', 'for-review')),
    -- What was read, or why it was left, in words.
    note          TEXT,
    -- The address answered (the From) and when (their edit links); NULL: not answered, and
    -- why in `note`.
    answered      TEXT,
    replied_at    INTEGER
) STRICT;

CREATE INDEX inbound_mail_replies ON inbound_mail (answered, replied_at);

CREATE UNIQUE INDEX inbound_mail_once ON inbound_mail (content_hash, coalesce(message_id, ''));

-- The actions an e-mailed calendar made, by its sender and the event's UID: a CANCEL from the
-- same sender for the same UID cancels it.
CREATE TABLE inbound_events (
    sender     TEXT NOT NULL,
    remote_uid TEXT NOT NULL,
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    mail_id    INTEGER NOT NULL REFERENCES inbound_mail (id) ON DELETE CASCADE,
    PRIMARY KEY (sender, remote_uid)
) STRICT;
