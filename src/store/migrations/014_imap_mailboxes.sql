-- `actioncal mail poll` (issue 18): where reading each IMAP mailbox got to. A mailbox's UIDs
-- mean something only with its UIDVALIDITY (RFC 9051 §2.3.1.1): when that changes, every
-- message is looked at again (the intake takes a message it already has only once).
CREATE TABLE imap_mailboxes (
    -- user@host:port/mailbox
    account     TEXT PRIMARY KEY,
    uidvalidity INTEGER NOT NULL,
    -- The highest UID taken (kept, then moved out of the mailbox).
    last_uid    INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
