//! E-mailed events (migration 013): every message as it came, and the actions each made.

use std::io::Read as _;

use rusqlite::{Connection, OptionalExtension, params};

use super::Result;

/// A message as the desk lists it.
#[derive(Debug, Clone)]
pub struct Kept {
    pub id: i64,
    /// Unix seconds.
    pub received_at: i64,
    pub message_id: Option<String>,
    /// The envelope's sender and recipient.
    pub sender: Option<String>,
    pub recipient: Option<String>,
    /// `stored`, `read`, `for-review`.
    pub state: String,
    pub note: Option<String>,
    /// Bytes, before compression.
    pub size: i64,
    /// The address answered with edit links, if any.
    pub answered: Option<String>,
}

fn kept(r: &rusqlite::Row<'_>) -> rusqlite::Result<Kept> {
    Ok(Kept {
        id: r.get("id")?,
        received_at: r.get("received_at")?,
        message_id: r.get("message_id")?,
        sender: r.get("sender")?,
        recipient: r.get("recipient")?,
        state: r.get("state")?,
        note: r.get("note")?,
        size: r.get("size")?,
        answered: r.get("answered")?,
    })
}

const COLUMNS: &str = "id, received_at, message_id, sender, recipient, state, note, size, answered";

/// The message taken before with this Message-ID (the same message, whatever headers MTAs
/// added on the way: `Received`, `Delivered-To`), or without one this content hash: its id and
/// whether it was read (`false`: kept, then the reading failed; it is read again).
pub fn seen(c: &Connection, hash: &str, message_id: Option<&str>) -> Result<Option<(i64, bool)>> {
    let found: Option<(i64, String)> = match message_id {
        Some(mid) => c
            .prepare_cached("SELECT id, state FROM inbound_mail WHERE message_id = ?1 ORDER BY id LIMIT 1")?
            .query_row([mid], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?,
        None => c
            .prepare_cached(
                "SELECT id, state FROM inbound_mail WHERE content_hash = ?1 AND message_id IS NULL ORDER BY id LIMIT 1",
            )?
            .query_row([hash], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?,
    };
    Ok(found.map(|(id, state)| (id, state != "stored")))
}

/// A message to keep.
pub struct NewMessage<'a> {
    pub message_id: Option<&'a str>,
    /// SHA-256 of the bytes, hex.
    pub hash: &'a str,
    pub sender: Option<&'a str>,
    pub recipient: Option<&'a str>,
    /// The bytes, gzip-compressed, and their size before.
    pub gzipped: &'a [u8],
    pub size: usize,
}

/// Keeps message `m`, received at `now`; its id.
pub fn keep(c: &Connection, m: &NewMessage<'_>, now: i64) -> Result<i64> {
    c.prepare_cached(
        "INSERT INTO inbound_mail (received_at, message_id, content_hash, sender, recipient, raw, size)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        now,
        m.message_id,
        m.hash,
        m.sender,
        m.recipient,
        m.gzipped,
        m.size as i64
    ])?;
    Ok(c.last_insert_rowid())
}

/// Leaves message `id` for a coordinator, saying why when `why` is given.
pub fn leave(c: &Connection, id: i64, why: Option<&str>) -> Result<()> {
    c.prepare_cached("UPDATE inbound_mail SET state = 'for-review', note = ?1 WHERE id = ?2")?
        .execute(params![why, id])?;
    Ok(())
}

/// Message `id` was read: what was noted, and whom it answered (at `now`), if anyone.
pub fn read(c: &Connection, id: i64, note: Option<&str>, answered: Option<&str>, now: i64) -> Result<()> {
    c.prepare_cached(
        "UPDATE inbound_mail SET state = 'read', note = ?1, answered = ?2,
             replied_at = CASE WHEN ?2 IS NOT NULL THEN ?3 END
         WHERE id = ?4",
    )?
    .execute(params![note, answered, now, id])?;
    Ok(())
}

/// Whether `address` was answered after `since` (Unix seconds).
pub fn answered_since(c: &Connection, address: &str, since: i64) -> Result<bool> {
    let n: i64 = c
        .prepare_cached("SELECT count(*) FROM inbound_mail WHERE answered = ?1 AND replied_at > ?2")?
        .query_row(params![address, since], |r| r.get(0))?;
    Ok(n > 0)
}

/// The action `sender`'s event `uid` made, if any.
pub fn event_of(c: &Connection, sender: &str, uid: &str) -> Result<Option<i64>> {
    Ok(
        c.prepare_cached("SELECT event_id FROM inbound_events WHERE sender = ?1 AND remote_uid = ?2")?
            .query_row(params![sender, uid], |r| r.get(0))
            .optional()?,
    )
}

/// Remembers that `sender`'s event `uid`, in message `mail`, made action `event`.
pub fn made(c: &Connection, sender: &str, uid: &str, event: i64, mail: i64) -> Result<()> {
    c.prepare_cached("INSERT INTO inbound_events (sender, remote_uid, event_id, mail_id) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![sender, uid, event, mail])?;
    Ok(())
}

/// The newest messages, at most `limit`.
pub fn recent(c: &Connection, limit: usize) -> Result<Vec<Kept>> {
    let mut stmt = c.prepare_cached(&format!("SELECT {COLUMNS} FROM inbound_mail ORDER BY id DESC LIMIT ?1"))?;
    Ok(stmt.query_map([limit as i64], kept)?.collect::<rusqlite::Result<_>>()?)
}

/// A message with its bytes as they came and the actions it made.
pub struct Message {
    pub kept: Kept,
    pub raw: Vec<u8>,
    pub actions: Vec<i64>,
}

/// Message `id`.
pub fn one(c: &Connection, id: i64) -> Result<Option<Message>> {
    let Some((k, gz)) = c
        .prepare_cached(&format!("SELECT {COLUMNS}, raw FROM inbound_mail WHERE id = ?1"))?
        .query_row([id], |r| Ok((kept(r)?, r.get::<_, Vec<u8>>("raw")?)))
        .optional()?
    else {
        return Ok(None);
    };
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(gz.as_slice())
        .read_to_end(&mut raw)
        .map_err(|e| super::StoreError::Corrupt(format!("message {id}: {e}")))?;
    let actions = c
        .prepare_cached("SELECT event_id FROM inbound_events WHERE mail_id = ?1 ORDER BY event_id")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(Message { kept: k, raw, actions }))
}

/// The message action `event` was made from, if it was e-mailed.
pub fn mail_of(c: &Connection, event: i64) -> Result<Option<i64>> {
    Ok(
        c.prepare_cached("SELECT mail_id FROM inbound_events WHERE event_id = ?1")?
            .query_row([event], |r| r.get(0))
            .optional()?,
    )
}

/// Where reading the IMAP mailbox `account` got to: its UIDVALIDITY and the last UID taken.
pub fn imap_position(c: &Connection, account: &str) -> Result<Option<(u32, u32)>> {
    Ok(
        c.prepare_cached("SELECT uidvalidity, last_uid FROM imap_mailboxes WHERE account = ?1")?
            .query_row([account], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?,
    )
}

/// Records that the mailbox `account` (at `uidvalidity`) was read up to `last_uid`.
pub fn set_imap_position(c: &Connection, account: &str, uidvalidity: u32, last_uid: u32, now: i64) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO imap_mailboxes (account, uidvalidity, last_uid, updated_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (account) DO UPDATE SET uidvalidity = ?2, last_uid = ?3, updated_at = ?4",
    )?
    .execute(rusqlite::params![account, uidvalidity, last_uid, now])?;
    Ok(())
}
