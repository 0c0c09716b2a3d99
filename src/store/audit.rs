//! The audit log: who did what to which action or campaign, when, before and after.

use rusqlite::{Connection, params};
use serde::Serialize;

use super::Result;

/// One entry.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: i64,
    /// Unix seconds.
    pub at: i64,
    /// `coordinator:{id}:{name}` or `organiser`.
    pub actor: String,
    /// `submit`, `approve`, `reject`, `edit`, `cancel`, `remove`, `campaign-create`, `campaign-edit`.
    pub action: String,
    pub event_id: Option<i64>,
    pub campaign: Option<String>,
    /// JSON of the thing before the change.
    pub before: Option<serde_json::Value>,
    /// JSON of the thing after the change.
    pub after: Option<serde_json::Value>,
}

/// What to record.
pub struct Record<'a> {
    pub actor: &'a str,
    pub action: &'a str,
    pub event_id: Option<i64>,
    pub campaign: Option<&'a str>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// Appends an entry; call in the transaction of the change it describes.
pub fn record(c: &Connection, now: i64, r: Record<'_>) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO audit_log (at, actor, action, event_id, campaign, before, after) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        now,
        r.actor,
        r.action,
        r.event_id,
        r.campaign,
        r.before.map(|v| v.to_string()),
        r.after.map(|v| v.to_string())
    ])?;
    Ok(())
}

/// The newest entries before `before_id` (all when `None`), newest first.
pub fn list(c: &Connection, before_id: Option<i64>, limit: usize) -> Result<Vec<Entry>> {
    let mut stmt = c.prepare_cached(
        "SELECT id, at, actor, action, event_id, campaign, before, after FROM audit_log
         WHERE ?1 IS NULL OR id < ?1 ORDER BY id DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![before_id, limit as i64], |r| {
        let json = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
        Ok(Entry {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            action: r.get(3)?,
            event_id: r.get(4)?,
            campaign: r.get(5)?,
            before: json(r.get(6)?),
            after: json(r.get(7)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
