//! The SQLite store: the only place with SQL. Opening, migrating, and running queries off the
//! async executor.

pub mod audit;
pub mod campaigns;
pub mod coordinators;
pub mod events;
pub mod maintenance;

use std::path::Path;

use r2d2_sqlite::SqliteConnectionManager;
use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

/// Errors of the store; their text goes to the log, never to a client.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("connection pool: {0}")]
    Pool(#[from] r2d2::Error),
    #[error("migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("the blocking task was cancelled")]
    Cancelled,
    #[error("a stored row cannot be read back: {0}")]
    Corrupt(String),
}

/// Results of the store.
pub type Result<T> = std::result::Result<T, StoreError>;

fn migrations() -> Migrations<'static> {
    // Applied migrations are frozen: add a new file, never edit an old one.
    Migrations::new(vec![
        M::up(include_str!("migrations/001_init.sql")),
        M::up(include_str!("migrations/002_moderation.sql")),
        M::up(include_str!("migrations/003_pending_index.sql")),
    ])
}

/// A pool of connections to one SQLite file.
#[derive(Clone)]
pub struct Store {
    pool: r2d2::Pool<SqliteConnectionManager>,
}

impl Store {
    /// Opens (creating if needed) and migrates the store at `path`.
    pub fn open(path: &Path) -> Result<Self> {
        let mut first = Connection::open(path)?;
        // WAL: readers never wait for the writer; the setting persists in the file.
        first.pragma_update(None, "journal_mode", "WAL")?;
        first.pragma_update(None, "foreign_keys", "ON")?;
        migrations().to_latest(&mut first)?;
        drop(first);
        let manager = SqliteConnectionManager::file(path).with_init(|c| {
            c.execute_batch("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;")
        });
        let pool = r2d2::Pool::builder().max_size(8).build(manager)?;
        Ok(Self { pool })
    }

    /// Runs `f` on a pooled connection, on the current thread (CLI, start-up).
    pub fn with_conn<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        let mut conn = self.pool.get()?;
        f(&mut conn)
    }

    /// Runs `f` on a pooled connection in the blocking thread pool (request handlers); `f` may
    /// fail with any error a `StoreError` converts into, so handlers keep their own error type.
    pub async fn run<T, E, F>(&self, f: F) -> std::result::Result<T, E>
    where
        F: FnOnce(&mut Connection) -> std::result::Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        let pool = self.pool.clone();
        actix_web::web::block(move || {
            let mut conn = pool.get().map_err(StoreError::from)?;
            f(&mut conn)
        })
        .await
        .map_err(|_| StoreError::Cancelled)?
    }
}

/// The store's change counter and the time (Unix seconds) it last moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Revision {
    /// Moves on every change to campaigns or actions.
    pub number: i64,
    /// When it last moved.
    pub at: i64,
}

/// Knows the store's revision without a trip through the blocking pool: a connection of its
/// own asks SQLite's `data_version` (which moves when any other connection commits, in this
/// process or another) and re-reads the revision only then. Serves conditional GETs at the
/// cost of a mutex and an in-memory pragma.
pub struct RevisionWatch {
    inner: std::sync::Mutex<(Connection, i64, Revision)>,
}

impl RevisionWatch {
    /// Opens the watch's own read connection to `path`.
    pub fn open(path: &Path) -> Result<Self> {
        let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let version: i64 = conn.pragma_query_value(None, "data_version", |r| r.get(0))?;
        let current = revision(&conn)?;
        Ok(Self {
            inner: std::sync::Mutex::new((conn, version, current)),
        })
    }

    /// The current revision.
    pub fn current(&self) -> Result<Revision> {
        let mut guard = self.inner.lock().map_err(|_| StoreError::Cancelled)?;
        let (conn, version, cached) = &mut *guard;
        let now: i64 = conn.pragma_query_value(None, "data_version", |r| r.get(0))?;
        if now != *version {
            *cached = revision(conn)?;
            *version = now;
        }
        Ok(*cached)
    }
}

/// The current revision: one indexed read, done before every cached answer.
pub fn revision(c: &Connection) -> Result<Revision> {
    let mut stmt = c.prepare_cached("SELECT revision, revised_at FROM meta WHERE id = 1")?;
    Ok(stmt.query_row([], |r| {
        Ok(Revision {
            number: r.get(0)?,
            at: r.get(1)?,
        })
    })?)
}

/// True when the store is empty of actions and campaigns.
pub fn is_empty(c: &Connection) -> Result<bool> {
    let n: i64 = c.query_row(
        "SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM campaigns)",
        [],
        |r| r.get(0),
    )?;
    Ok(n == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }

    #[test]
    fn the_revision_watch_sees_every_writer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let store = Store::open(&path).unwrap();
        let watch = RevisionWatch::open(&path).unwrap();
        let first = watch.current().unwrap();
        assert_eq!(watch.current().unwrap(), first, "nothing changed");
        let write = |c: &Connection| {
            c.execute("INSERT INTO campaigns (slug, name, created_at, updated_at) VALUES (lower(hex(randomblob(4))), 'x', 0, 0)", [])
        };
        store.with_conn(|c| Ok(write(c)?)).unwrap();
        let second = watch.current().unwrap();
        assert!(second.number > first.number, "a pooled connection's write");
        // Another process's connection (here: a fresh one) is seen the same way.
        write(&Connection::open(&path).unwrap()).unwrap();
        assert!(
            watch.current().unwrap().number > second.number,
            "another connection's write"
        );
    }
}
