//! Keeping a store healthy: consistent copies while the server runs, and a full check.

use std::path::Path;

use rusqlite::Connection;
use rusqlite::backup::{Backup, StepResult};

use super::{Result, StoreError};

/// Copies the store to `out` with SQLite's online backup, all pages in one step, so the copy
/// is one consistent snapshot however busy the server is. `out` must not exist.
pub fn backup(c: &Connection, out: &Path) -> Result<()> {
    if out.exists() {
        return Err(StoreError::Corrupt(format!(
            "{} exists; back up to a new file",
            out.display()
        )));
    }
    let mut dst = Connection::open(out)?;
    {
        let b = Backup::new(c, &mut dst)?;
        loop {
            match b.step(-1)? {
                StepResult::Done => break,
                _ => std::thread::sleep(std::time::Duration::from_millis(50)),
            }
        }
    }
    dst.pragma_update(None, "journal_mode", "WAL")?;
    Ok(())
}

/// What `check` found.
#[derive(Debug, Default)]
pub struct Report {
    /// Lines of `PRAGMA integrity_check` other than "ok".
    pub integrity: Vec<String>,
    /// Rows breaking a foreign key.
    pub foreign_keys: usize,
    /// Actions that cannot be read back through the domain types.
    pub unreadable: Vec<String>,
    /// Actions read back.
    pub events: usize,
    /// Campaigns.
    pub campaigns: usize,
}

impl Report {
    /// True when nothing is wrong.
    pub fn ok(&self) -> bool {
        self.integrity.is_empty() && self.foreign_keys == 0 && self.unreadable.is_empty()
    }
}

/// Checks the file (integrity, foreign keys) and reads every action back.
pub fn check(c: &Connection) -> Result<Report> {
    let mut report = Report::default();
    let mut stmt = c.prepare("PRAGMA integrity_check")?;
    report.integrity = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    report.integrity.retain(|l| l != "ok");
    report.foreign_keys = c
        .prepare("PRAGMA foreign_key_check")?
        .query_map([], |_| Ok(()))?
        .count();
    report.campaigns = c.query_row("SELECT count(*) FROM campaigns", [], |r| r.get::<_, i64>(0))? as usize;
    let ids: Vec<i64> = c
        .prepare("SELECT id FROM events ORDER BY id")?
        .query_map([], |r| r.get("id"))?
        .collect::<rusqlite::Result<_>>()?;
    for id in ids {
        match super::events::any_by_id(c, id) {
            Ok(Some(_)) => report.events += 1,
            Ok(None) => report.unreadable.push(format!("event {id}: vanished during the check")),
            Err(e) => report.unreadable.push(e.to_string()),
        }
    }
    Ok(report)
}
