//! Coordinators, their API tokens (hashed) and their browser sessions.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::Result;

/// A coordinator, as authenticated requests see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coordinator {
    /// Row id.
    pub id: i64,
    /// Name given at creation.
    pub name: String,
}

/// A coordinator with its state, for `admin list-coordinators`.
#[derive(Debug, Clone)]
pub struct CoordinatorRow {
    /// Who.
    pub coordinator: Coordinator,
    /// Created (Unix seconds).
    pub created_at: i64,
    /// Revoked (Unix seconds), if it was.
    pub revoked_at: Option<i64>,
}

/// How often a coordinator gets the digest of submissions waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Digest {
    Off,
    Hourly,
    Daily,
}

impl Digest {
    /// The stored name (`off`, `hourly`, `daily`), as forms send it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Off => "off",
            Self::Hourly => "hourly",
            Self::Daily => "daily",
        }
    }

    /// The setting named `s`.
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Off, Self::Hourly, Self::Daily]
            .into_iter()
            .find(|d| d.as_str() == s)
    }

    /// Seconds between two digests (none when off).
    pub fn period(self) -> Option<i64> {
        match self {
            Self::Off => None,
            Self::Hourly => Some(3600),
            Self::Daily => Some(86_400),
        }
    }
}

/// A coordinator's digest setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestSetting {
    pub every: Digest,
    /// Where it goes.
    pub email: Option<String>,
    /// Submissions that arrived after this instant (Unix seconds) are new for the next digest;
    /// it is also when the last digest was written.
    pub after: i64,
    /// Whether the coordinator was revoked.
    pub revoked: bool,
}

/// The digest setting of coordinator `id`.
pub fn digest(c: &Connection, id: i64) -> Result<Option<DigestSetting>> {
    Ok(
        c.prepare_cached("SELECT digest, email, digest_after, revoked_at FROM coordinators WHERE id = ?1")?
            .query_row([id], |r| {
                let every: String = r.get(0)?;
                Ok(DigestSetting {
                    every: Digest::parse(&every).unwrap_or(Digest::Off),
                    email: r.get(1)?,
                    after: r.get(2)?,
                    revoked: r.get::<_, Option<i64>>(3)?.is_some(),
                })
            })
            .optional()?,
    )
}

/// Sets coordinator `id`'s digest: how often, to which address (kept when `None`), and in
/// which language (BCP 47; kept when `None`).
pub fn set_digest(c: &Connection, id: i64, every: Digest, email: Option<&str>, lang: Option<&str>) -> Result<()> {
    c.prepare_cached(
        "UPDATE coordinators SET digest = ?2, email = coalesce(?3, email), digest_lang = coalesce(?4, digest_lang)
         WHERE id = ?1",
    )?
    .execute(params![id, every.as_str(), email, lang])?;
    Ok(())
}

/// Active coordinators whose digest is due at `now`: on, with an address, a period since the
/// last one, and a submission waiting that arrived after it. Answers `(id, email, after, lang)`.
pub fn digests_due(c: &Connection, now: i64) -> Result<Vec<(i64, String, i64, String)>> {
    let mut stmt = c.prepare_cached(
        "SELECT id, email, digest_after, digest_lang FROM coordinators
         WHERE revoked_at IS NULL AND email IS NOT NULL AND digest != 'off'
           AND ?1 - digest_after >= CASE digest WHEN 'hourly' THEN 3600 ELSE 86400 END
           AND EXISTS (SELECT 1 FROM events WHERE moderation = 'pending' AND removed = 0
                       AND created_at > coordinators.digest_after)",
    )?;
    let rows = stmt.query_map([now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The digest of coordinator `id` was written at `now`: later submissions are new for the next.
pub fn digest_written(c: &Connection, id: i64, now: i64) -> Result<()> {
    c.prepare_cached("UPDATE coordinators SET digest_after = ?2 WHERE id = ?1")?
        .execute(params![id, now])?;
    Ok(())
}

/// Adds a coordinator with the hash of their token.
pub fn add(c: &Connection, name: &str, token_hash: &str, now: i64) -> Result<i64> {
    c.prepare_cached("INSERT INTO coordinators (name, token_hash, created_at) VALUES (?1, ?2, ?3)")?
        .execute(params![name, token_hash, now])?;
    Ok(c.last_insert_rowid())
}

/// Every coordinator, revoked ones included.
pub fn list(c: &Connection) -> Result<Vec<CoordinatorRow>> {
    let mut stmt = c.prepare_cached("SELECT id, name, created_at, revoked_at FROM coordinators ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok(CoordinatorRow {
            coordinator: Coordinator {
                id: r.get("id")?,
                name: r.get("name")?,
            },
            created_at: r.get("created_at")?,
            revoked_at: r.get("revoked_at")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Revokes the active coordinator with this id (never one whose name is that number) and ends
/// their sessions, inside the caller's transaction; answers who was revoked.
pub fn revoke_id(c: &Connection, id: i64, now: i64) -> Result<Vec<Coordinator>> {
    let revoked = c
        .prepare_cached(
            "UPDATE coordinators SET revoked_at = ?2 WHERE revoked_at IS NULL AND id = ?1 RETURNING id, name",
        )?
        .query_map(params![id, now], |r| {
            Ok(Coordinator {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    c.prepare_cached("DELETE FROM sessions WHERE coordinator_id = ?1")?
        .execute([id])?;
    Ok(revoked)
}

/// Revokes the active coordinators with this id or name and ends their sessions, inside the
/// caller's transaction; answers who was revoked (none when nobody matched).
pub fn revoke(c: &Connection, who: &str, now: i64) -> Result<Vec<Coordinator>> {
    let revoked = c
        .prepare_cached(
            "UPDATE coordinators SET revoked_at = ?2
             WHERE revoked_at IS NULL AND (CAST(id AS TEXT) = ?1 OR name = ?1) RETURNING id, name",
        )?
        .query_map(params![who, now], |r| {
            Ok(Coordinator {
                id: r.get("id")?,
                name: r.get("name")?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    c.execute(
        "DELETE FROM sessions WHERE coordinator_id IN (SELECT id FROM coordinators WHERE revoked_at IS NOT NULL)",
        [],
    )?;
    Ok(revoked)
}

/// The active coordinator holding the token with this hash.
pub fn by_token_hash(c: &Connection, token_hash: &str) -> Result<Option<Coordinator>> {
    let mut stmt =
        c.prepare_cached("SELECT id, name FROM coordinators WHERE token_hash = ?1 AND revoked_at IS NULL")?;
    Ok(stmt
        .query_row([token_hash], |r| {
            Ok(Coordinator {
                id: r.get("id")?,
                name: r.get("name")?,
            })
        })
        .optional()?)
}

/// Opens a browser session; `csrf` is the token its forms must carry.
pub fn open_session(c: &Connection, session_hash: &str, who: i64, csrf: &str, expires_at: i64) -> Result<()> {
    c.prepare_cached("DELETE FROM sessions WHERE expires_at < ?1")?
        .execute([expires_at - 7 * 86_400])?;
    c.prepare_cached("INSERT INTO sessions (token_hash, coordinator_id, csrf, expires_at) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![session_hash, who, csrf, expires_at])?;
    Ok(())
}

/// The coordinator and CSRF token of a live session.
pub fn session(c: &Connection, session_hash: &str, now: i64) -> Result<Option<(Coordinator, String)>> {
    let mut stmt = c.prepare_cached(
        "SELECT k.id, k.name, s.csrf FROM sessions s JOIN coordinators k ON k.id = s.coordinator_id
         WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND k.revoked_at IS NULL",
    )?;
    Ok(stmt
        .query_row(params![session_hash, now], |r| {
            Ok((
                Coordinator {
                    id: r.get("id")?,
                    name: r.get("name")?,
                },
                r.get("csrf")?,
            ))
        })
        .optional()?)
}

/// Ends a session.
pub fn close_session(c: &Connection, session_hash: &str) -> Result<()> {
    c.prepare_cached("DELETE FROM sessions WHERE token_hash = ?1")?
        .execute([session_hash])?;
    Ok(())
}
