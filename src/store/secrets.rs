//! Keys the service signs with, kept in the store so that every instance and restart agree.

use rusqlite::{Connection, OptionalExtension, params};

use super::Result;

/// The 32-byte key called `name`, made from `fresh` and kept the first time it is asked for.
pub fn key(c: &Connection, name: &str, fresh: [u8; 32]) -> Result<[u8; 32]> {
    c.prepare_cached("INSERT OR IGNORE INTO secrets (name, value) VALUES (?1, ?2)")?
        .execute(params![name, fresh.as_slice()])?;
    stored(c, name).map(|k| k.unwrap_or(fresh))
}

/// The key called `name`, if one was made (a read-only store cannot make one).
pub fn stored(c: &Connection, name: &str) -> Result<Option<[u8; 32]>> {
    let value: Option<Vec<u8>> = c
        .prepare_cached("SELECT value FROM secrets WHERE name = ?1")?
        .query_row([name], |r| r.get("value"))
        .optional()?;
    Ok(value.and_then(|v| <[u8; 32]>::try_from(v.as_slice()).ok()))
}
