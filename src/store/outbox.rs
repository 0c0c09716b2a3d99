//! The outbox: mail written in the transaction of the change that caused it, sent later by the
//! mail worker (`crate::mail`), retried with backoff until the relay takes it. Private: no
//! answer ever reads it.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;

use super::Result;

/// What a message tells its recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An organiser's private edit link, right after the submission.
    EditLink,
    /// The submission is published.
    Approved,
    /// The submission was refused; `data.reason` says why.
    Rejected,
    /// A coordinator cancelled the action.
    Cancelled,
    /// A coordinator changed the action; `data.changes` lists the fields.
    Edited,
    /// The change the organiser proposed is published.
    EditApproved,
    /// The change the organiser proposed was refused; `data.reason` says why.
    EditRejected,
    /// A coordinator's digest of the submissions waiting (`coordinator_id` says whose).
    Digest,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 8] = [
        Kind::EditLink,
        Kind::Approved,
        Kind::Rejected,
        Kind::Cancelled,
        Kind::Edited,
        Kind::EditApproved,
        Kind::EditRejected,
        Kind::Digest,
    ];

    /// The name stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::EditLink => "edit-link",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Cancelled => "cancelled",
            Self::Edited => "edited",
            Self::EditApproved => "edit-approved",
            Self::EditRejected => "edit-rejected",
            Self::Digest => "digest",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A message to write into the outbox.
#[derive(Debug, Clone)]
pub struct NewMail<'a> {
    pub kind: Kind,
    /// One address, as the organiser gave it.
    pub recipient: &'a str,
    /// The action it is about (none for a digest).
    pub event_id: Option<i64>,
    /// The coordinator it is for (a digest).
    pub coordinator_id: Option<i64>,
    /// The recipient's interface language (`en`, `ar`, …).
    pub lang: &'a str,
    /// What the message needs beyond the action.
    pub data: Value,
}

/// Writes `mail` to be sent as soon as possible (due at once, whatever the clocks say), in the
/// caller's transaction.
pub fn enqueue(c: &Connection, mail: &NewMail<'_>, now: i64) -> Result<i64> {
    c.prepare_cached(
        "INSERT INTO outbox (kind, recipient, event_id, coordinator_id, lang, data, created_at, next_attempt_at)
         VALUES (?1, ?2, ?3, ?7, ?4, ?5, ?6, 0)",
    )?
    .execute(params![
        mail.kind.as_str(),
        mail.recipient,
        mail.event_id,
        mail.lang,
        mail.data.to_string(),
        now,
        mail.coordinator_id
    ])?;
    Ok(c.last_insert_rowid())
}

/// A message waiting in the outbox.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiting {
    pub id: i64,
    pub kind: Kind,
    pub recipient: String,
    pub event_id: Option<i64>,
    pub coordinator_id: Option<i64>,
    pub lang: String,
    pub data: Value,
    pub created_at: i64,
    /// Attempts made so far.
    pub attempts: u32,
}

/// Up to `limit` messages due at `now`, oldest due first.
pub fn due(c: &Connection, now: i64, limit: usize) -> Result<Vec<Waiting>> {
    let mut stmt = c.prepare_cached(
        "SELECT id, kind, recipient, event_id, coordinator_id, lang, data, created_at, attempts FROM outbox
         WHERE state = 'waiting' AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2",
    )?;
    // The columns as stored; kind and data are then read into their types, a bad one named.
    let rows = stmt.query_map(params![now, limit as i64], |r| {
        Ok((
            r.get::<_, i64>("id")?,
            r.get::<_, String>("kind")?,
            r.get::<_, String>("data")?,
            (
                r.get("recipient")?,
                r.get("event_id")?,
                r.get("coordinator_id")?,
                r.get("lang")?,
            ),
            (r.get("created_at")?, r.get("attempts")?),
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, kind, data, (recipient, event_id, coordinator_id, lang), (created_at, attempts)) = row?;
        out.push(Waiting {
            id,
            kind: Kind::parse(&kind)
                .ok_or_else(|| super::StoreError::Corrupt(format!("outbox {id}: kind {kind:?}")))?,
            recipient,
            event_id,
            coordinator_id,
            lang,
            data: serde_json::from_str(&data)
                .map_err(|e| super::StoreError::Corrupt(format!("outbox {id}: data: {e}")))?,
            created_at,
            attempts,
        });
    }
    Ok(out)
}

/// Takes message `id` for one attempt, if it is still waiting and due at `now`: it is not due
/// again before `lease_until` (another worker, or this one after a failed write, cannot send
/// it meanwhile), and it keeps one Message-ID across attempts (`message_id` is used only when
/// it has none yet). Returns the Message-ID to send under, or `None` when another worker took
/// it first.
pub fn claim(c: &Connection, id: i64, now: i64, lease_until: i64, message_id: &str) -> Result<Option<String>> {
    let taken = c
        .prepare_cached(
            "UPDATE outbox SET next_attempt_at = ?3, message_id = coalesce(message_id, ?4)
             WHERE id = ?1 AND state = 'waiting' AND next_attempt_at <= ?2",
        )?
        .execute(params![id, now, lease_until, message_id])?;
    if taken == 0 {
        return Ok(None);
    }
    Ok(c.prepare_cached("SELECT message_id FROM outbox WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// Messages sent to `recipient` since `since` (the hourly allowance), and the time of the
/// oldest of them.
pub fn sent_to_since(c: &Connection, recipient: &str, since: i64) -> Result<(u32, Option<i64>)> {
    Ok(c.prepare_cached(
        "SELECT count(*), min(done_at) FROM outbox
         WHERE state = 'sent' AND recipient = ?1 COLLATE NOCASE AND done_at >= ?2",
    )?
    .query_row(params![recipient, since], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

/// The relay took message `id`: it is sent; its secret is blanked.
pub fn sent(c: &Connection, id: i64, now: i64) -> Result<()> {
    c.prepare_cached(
        "UPDATE outbox SET state = 'sent', done_at = ?2, data = '{}', attempts = attempts + 1,
            last_error = NULL WHERE id = ?1",
    )?
    .execute(params![id, now])?;
    Ok(())
}

/// Message `id` could not be sent now: tried again at `next`, with the error in words.
pub fn retry_at(c: &Connection, id: i64, next: i64, error: &str, counts: bool) -> Result<()> {
    c.prepare_cached(
        "UPDATE outbox SET next_attempt_at = ?2, last_error = ?3, attempts = attempts + ?4 WHERE id = ?1",
    )?
    .execute(params![id, next, error, i64::from(counts)])?;
    Ok(())
}

/// Message `id` is given up (`failed`: the relay refused it for good; `expired`: it waited too
/// long); its secret is blanked, the reason kept.
pub fn give_up(c: &Connection, id: i64, expired: bool, error: &str, now: i64) -> Result<()> {
    c.prepare_cached("UPDATE outbox SET state = ?2, done_at = ?3, last_error = ?4, data = '{}' WHERE id = ?1")?
        .execute(params![id, if expired { "expired" } else { "failed" }, now, error])?;
    Ok(())
}

/// The state of message `id` (`waiting`, `sent`, `failed`, `expired`), its attempts and last
/// error: for the operator and for tests.
pub fn state(c: &Connection, id: i64) -> Result<Option<(String, u32, Option<String>)>> {
    Ok(
        c.prepare_cached("SELECT state, attempts, last_error FROM outbox WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?,
    )
}
