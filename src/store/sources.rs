//! Partners' calendars (`sources`) and what each of their events became here
//! (`source_items`): migration 012.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::Result;

/// What happens to a source's new actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Trust {
    /// New actions wait for a coordinator (the default).
    Hold,
    /// New actions are published at once.
    Publish,
}

impl Trust {
    /// As stored and in the API: `hold` or `publish`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Hold => "hold",
            Self::Publish => "publish",
        }
    }

    /// `hold` or `publish`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "hold" => Some(Self::Hold),
            "publish" => Some(Self::Publish),
            _ => None,
        }
    }
}

/// A source as a coordinator sets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceSettings {
    /// The feed's http(s) URL.
    pub url: String,
    /// What coordinators call it.
    pub name: String,
    /// Campaign slugs, tags, languages its actions get; the country of places it names.
    pub campaigns: Vec<String>,
    pub tags: Vec<String>,
    pub languages: Vec<String>,
    pub country: Option<String>,
    pub trust: Trust,
    pub paused: bool,
}

/// Totals of what a source's polls did since it was added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Counts {
    /// Actions made from its new events.
    pub new: i64,
    /// Actions changed because their event changed.
    pub updated: i64,
    /// Actions cancelled: cancelled at the source, or removed from it.
    pub cancelled: i64,
    /// New actions held for a coordinator, and polls held.
    pub held: i64,
}

/// A source as stored.
#[derive(Debug, Clone)]
pub struct Source {
    pub id: i64,
    pub settings: SourceSettings,
    /// Validators of the last answer (`ETag`, `Last-Modified`).
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Unix seconds.
    pub next_poll_at: i64,
    /// Seconds between polls.
    pub interval_s: i64,
    /// Polls failed in a row.
    pub failures: i64,
    pub last_poll_at: Option<i64>,
    /// `changed`, `unchanged`, `error`, `held`.
    pub last_status: Option<String>,
    /// What went wrong or is held, in words.
    pub last_error: Option<String>,
    pub counts: Counts,
    /// The next poll may cancel past the hold threshold.
    pub release_hold: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

fn list(s: &str) -> Vec<String> {
    s.split(',').filter(|x| !x.is_empty()).map(str::to_string).collect()
}

const COLUMNS: &str = "id, url, name, campaign_list, tag_list, lang_list, country, trust, paused, etag,
    last_modified, next_poll_at, interval_s, failures, last_poll_at, last_status, last_error, count_new,
    count_updated, count_cancelled, count_held, release_hold, created_at, updated_at";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Source> {
    let trust: String = r.get("trust")?;
    Ok(Source {
        id: r.get("id")?,
        settings: SourceSettings {
            url: r.get("url")?,
            name: r.get("name")?,
            campaigns: list(&r.get::<_, String>("campaign_list")?),
            tags: list(&r.get::<_, String>("tag_list")?),
            languages: list(&r.get::<_, String>("lang_list")?),
            country: r.get("country")?,
            trust: Trust::parse(&trust).unwrap_or(Trust::Hold),
            paused: r.get("paused")?,
        },
        etag: r.get("etag")?,
        last_modified: r.get("last_modified")?,
        next_poll_at: r.get("next_poll_at")?,
        interval_s: r.get("interval_s")?,
        failures: r.get("failures")?,
        last_poll_at: r.get("last_poll_at")?,
        last_status: r.get("last_status")?,
        last_error: r.get("last_error")?,
        counts: Counts {
            new: r.get("count_new")?,
            updated: r.get("count_updated")?,
            cancelled: r.get("count_cancelled")?,
            held: r.get("count_held")?,
        },
        release_hold: r.get("release_hold")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

/// Adds a source, due at once; its id (call [`by_url`] first: a URL is followed once).
pub fn insert(c: &Connection, s: &SourceSettings, now: i64) -> Result<i64> {
    c.prepare_cached(
        "INSERT INTO sources (url, name, campaign_list, tag_list, lang_list, country, trust, paused,
            next_poll_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?9)",
    )?
    .execute(params![
        s.url,
        s.name,
        s.campaigns.join(","),
        s.tags.join(","),
        s.languages.join(","),
        s.country,
        s.trust.as_str(),
        s.paused,
        now
    ])?;
    Ok(c.last_insert_rowid())
}

/// Changes a source's settings; a changed URL forgets the validators and polls at once.
/// False when there is no such source.
pub fn update(c: &Connection, id: i64, s: &SourceSettings, now: i64) -> Result<bool> {
    let n = c
        .prepare_cached(
            "UPDATE sources SET
                etag = CASE WHEN url = ?1 THEN etag END,
                last_modified = CASE WHEN url = ?1 THEN last_modified END,
                next_poll_at = CASE WHEN url = ?1 THEN next_poll_at ELSE ?9 END,
                url = ?1, name = ?2, campaign_list = ?3, tag_list = ?4, lang_list = ?5, country = ?6,
                trust = ?7, paused = ?8, updated_at = ?9
             WHERE id = ?10",
        )?
        .execute(params![
            s.url,
            s.name,
            s.campaigns.join(","),
            s.tags.join(","),
            s.languages.join(","),
            s.country,
            s.trust.as_str(),
            s.paused,
            now,
            id
        ])?;
    Ok(n > 0)
}

/// Forgets a source and which action each of its events became; the actions stay as they are.
/// False when there is no such source.
pub fn remove(c: &Connection, id: i64) -> Result<bool> {
    Ok(c.prepare_cached("DELETE FROM sources WHERE id = ?1")?.execute([id])? > 0)
}

/// One source.
pub fn by_id(c: &Connection, id: i64) -> Result<Option<Source>> {
    Ok(
        c.prepare_cached(&format!("SELECT {COLUMNS} FROM sources WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?,
    )
}

/// The source following `url`.
pub fn by_url(c: &Connection, url: &str) -> Result<Option<Source>> {
    Ok(
        c.prepare_cached(&format!("SELECT {COLUMNS} FROM sources WHERE url = ?1"))?
            .query_row([url], from_row)
            .optional()?,
    )
}

/// Every source, by name.
pub fn all(c: &Connection) -> Result<Vec<Source>> {
    let mut stmt = c.prepare_cached(&format!("SELECT {COLUMNS} FROM sources ORDER BY name, id"))?;
    Ok(stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?)
}

/// Sources not paused whose next poll is due at `now`, the longest waiting first.
pub fn due(c: &Connection, now: i64) -> Result<Vec<Source>> {
    let mut stmt = c.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM sources WHERE paused = 0 AND next_poll_at <= ?1 ORDER BY next_poll_at, id"
    ))?;
    Ok(stmt.query_map([now], from_row)?.collect::<rusqlite::Result<_>>()?)
}

/// The earliest next poll of a source not paused (Unix seconds).
pub fn next_due(c: &Connection) -> Result<Option<i64>> {
    Ok(
        c.query_row("SELECT min(next_poll_at) FROM sources WHERE paused = 0", [], |r| {
            r.get(0)
        })?,
    )
}

/// What one poll leaves on its source.
#[derive(Debug, Clone, Default)]
pub struct PollRecord {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub next_poll_at: i64,
    pub interval_s: i64,
    pub failures: i64,
    /// `changed`, `unchanged`, `error`, `held`.
    pub status: &'static str,
    pub error: Option<String>,
    /// Added to the totals.
    pub counts: Counts,
    /// Whether the poll used a coordinator's release of a held poll.
    pub released: bool,
}

/// Writes what one poll found on source `id`; validators are kept when `record` has none.
pub fn record_poll(c: &Connection, id: i64, record: &PollRecord, now: i64) -> Result<()> {
    c.prepare_cached(
        "UPDATE sources SET etag = coalesce(?1, etag), last_modified = coalesce(?2, last_modified),
            next_poll_at = ?3, interval_s = ?4, failures = ?5, last_poll_at = ?6, last_status = ?7,
            last_error = ?8, count_new = count_new + ?9, count_updated = count_updated + ?10,
            count_cancelled = count_cancelled + ?11, count_held = count_held + ?12,
            release_hold = CASE WHEN ?13 THEN 0 ELSE release_hold END
         WHERE id = ?14",
    )?
    .execute(params![
        record.etag,
        record.last_modified,
        record.next_poll_at,
        record.interval_s,
        record.failures,
        now,
        record.status,
        record.error,
        record.counts.new,
        record.counts.updated,
        record.counts.cancelled,
        record.counts.held,
        record.released,
        id
    ])?;
    Ok(())
}

/// Lets the next poll of source `id` cancel what vanished from it, past the hold threshold,
/// and makes it due at once, without its validators: the release needs a reading of the
/// calendar, not a 304. False when there is no such source.
pub fn release_hold(c: &Connection, id: i64, now: i64) -> Result<bool> {
    Ok(c.prepare_cached(
        "UPDATE sources SET release_hold = 1, next_poll_at = ?1, etag = NULL, last_modified = NULL
         WHERE id = ?2",
    )?
    .execute(params![now, id])?
        > 0)
}

/// Makes source `id` due at once (a coordinator's "poll now").
pub fn poll_now(c: &Connection, id: i64, now: i64) -> Result<bool> {
    Ok(c.prepare_cached("UPDATE sources SET next_poll_at = ?1 WHERE id = ?2")?
        .execute(params![now, id])?
        > 0)
}

/// One partner event (or occurrence) and the action it became.
#[derive(Debug, Clone)]
pub struct Item {
    pub remote_uid: String,
    /// RECURRENCE-ID as an instant (`…Z`) or date; empty for the event or series itself.
    pub recurrence_id: String,
    /// `None` once a coordinator removed the action.
    pub event_id: Option<i64>,
    pub remote_sequence: i64,
    /// The action as the partner last gave it (import format).
    pub mapped: serde_json::Value,
    pub missing: i64,
    pub vanished: bool,
}

/// Every item of source `id`.
pub fn items(c: &Connection, source: i64) -> Result<Vec<Item>> {
    let mut stmt = c.prepare_cached(
        "SELECT remote_uid, recurrence_id, event_id, remote_sequence, mapped, missing, vanished
         FROM source_items WHERE source_id = ?1",
    )?;
    let rows = stmt.query_map([source], |r| {
        let mapped: String = r.get("mapped")?;
        Ok(Item {
            remote_uid: r.get("remote_uid")?,
            recurrence_id: r.get("recurrence_id")?,
            event_id: r.get("event_id")?,
            remote_sequence: r.get("remote_sequence")?,
            mapped: serde_json::from_str(&mapped).unwrap_or(serde_json::Value::Null),
            missing: r.get("missing")?,
            vanished: r.get("vanished")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Writes `item` of source `id` (inserted or replaced).
pub fn put_item(c: &Connection, source: i64, item: &Item) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO source_items (source_id, remote_uid, recurrence_id, event_id, remote_sequence, mapped,
            missing, vanished)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (source_id, remote_uid, recurrence_id) DO UPDATE SET
            event_id = excluded.event_id, remote_sequence = excluded.remote_sequence,
            mapped = excluded.mapped, missing = excluded.missing, vanished = excluded.vanished",
    )?
    .execute(params![
        source,
        item.remote_uid,
        item.recurrence_id,
        item.event_id,
        item.remote_sequence,
        item.mapped.to_string(),
        item.missing,
        item.vanished
    ])?;
    Ok(())
}

/// The source (id, name) whose event action `event` came from, if any.
pub fn of_event(c: &Connection, event: i64) -> Result<Option<(i64, String)>> {
    Ok(c.prepare_cached(
        "SELECT s.id, s.name FROM source_items i JOIN sources s ON s.id = i.source_id WHERE i.event_id = ?1",
    )?
    .query_row([event], |r| Ok((r.get(0)?, r.get(1)?)))
    .optional()?)
}
