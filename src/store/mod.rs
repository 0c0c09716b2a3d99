//! The SQLite store: the only place with SQL. Opening, migrating, and running queries off the
//! async executor.

pub mod audit;
pub mod campaigns;
pub mod coordinators;
pub mod events;
pub mod inbound;
pub mod known;
pub mod maintenance;
pub mod outbox;
pub mod secrets;
pub mod sources;

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
    /// The store's file is not there (a mistyped `--db`); nothing was created.
    #[error("{0} does not exist; give the store the server uses (--db)")]
    Missing(String),
}

/// Why a write could not happen although the store itself is fine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unwritable {
    /// The disk (or the store's quota) is full.
    Full,
    /// The store or its disk is read-only.
    ReadOnly,
    /// Another writer (an import, another process) held the store past the busy timeout.
    Busy,
}

impl StoreError {
    /// Whether this is a full or read-only store rather than a fault.
    pub fn unwritable(&self) -> Option<Unwritable> {
        let code = match self {
            Self::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => e.code,
            _ => return None,
        };
        match code {
            rusqlite::ErrorCode::DiskFull => Some(Unwritable::Full),
            rusqlite::ErrorCode::ReadOnly => Some(Unwritable::ReadOnly),
            rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked => Some(Unwritable::Busy),
            _ => None,
        }
    }
}

/// Results of the store.
pub type Result<T> = std::result::Result<T, StoreError>;

/// How many migrations this build applies (the schema version it reads and writes).
const MIGRATIONS: usize = 14;

fn migrations() -> Migrations<'static> {
    // Applied migrations are frozen: add a new file, never edit an old one.
    Migrations::new(vec![
        M::up(include_str!("migrations/001_init.sql")),
        M::up(include_str!("migrations/002_moderation.sql")),
        M::up(include_str!("migrations/003_pending_index.sql")),
        M::up(include_str!("migrations/004_list_columns.sql")),
        M::up(include_str!("migrations/005_public_sequence.sql")),
        M::up(include_str!("migrations/006_proposed_edits.sql")),
        M::up(include_str!("migrations/007_secrets.sql")),
        M::up(include_str!("migrations/008_online_links.sql")),
        M::up(include_str!("migrations/009_outbox.sql")),
        M::up(include_str!("migrations/010_digests.sql")),
        M::up(include_str!("migrations/011_digest_language.sql")),
        M::up(include_str!("migrations/012_sources.sql")),
        M::up(include_str!("migrations/013_inbound_mail.sql")),
        M::up(include_str!("migrations/014_imap_mailboxes.sql")),
    ])
}

/// Flags of every read-only connection: the target is a `file:` URI ([`read_only_uri`]).
pub const READ_ONLY_FLAGS: rusqlite::OpenFlags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
    .union(rusqlite::OpenFlags::SQLITE_OPEN_URI)
    .union(rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX);

/// The URI to open the store at `path` for reading only, where nothing beside it may be
/// created. A store in WAL mode is read through its `-shm` index, which SQLite must create
/// when no other process has the store open; on a read-only directory or disk it cannot, and
/// every read fails ("attempt to write a readonly database"). The store is then opened
/// `immutable=1`: read without the index or locks, which is right for a read-only disk (nothing
/// can change it) but would miss changes made by another process, so it is only the fallback.
pub fn read_only_uri(path: &Path) -> Result<String> {
    let absolute = std::fs::canonicalize(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => StoreError::Missing(path.display().to_string()),
        _ => StoreError::Corrupt(format!("cannot open {}: {e}", path.display())),
    })?;
    let base = url::Url::from_file_path(&absolute)
        .map_err(|()| StoreError::Corrupt(format!("cannot open {}: not an absolute path", path.display())))?;
    let shared = format!("{base}?mode=ro");
    let readable = |uri: &str| -> Result<()> {
        let c = Connection::open_with_flags(uri, READ_ONLY_FLAGS)?;
        c.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
        Ok(())
    };
    match readable(&shared) {
        Ok(()) => Ok(shared),
        Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)))
            if matches!(e.code, rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen) =>
        {
            // Immutable reads skip the write-ahead log: committed changes still in it would be
            // silently missing.
            let mut wal = absolute.clone().into_os_string();
            wal.push("-wal");
            if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
                return Err(StoreError::Corrupt(format!(
                    "{} holds committed changes in its write-ahead log, which cannot be read where nothing may be written beside the store; open it once where it is writable (or copy the store with its -wal file there), or serve it while the process that writes it runs",
                    absolute.display()
                )));
            }
            let immutable = format!("{base}?mode=ro&immutable=1");
            readable(&immutable)?;
            tracing::warn!(
                store = %absolute.display(),
                "the store's directory is read-only: reading it as immutable (nothing can change it)"
            );
            Ok(immutable)
        }
        Err(e) => Err(e),
    }
}

/// How long a write waits for another writer (an import, another process) before it gives up
/// with [`Unwritable::Busy`] (answered 503 with `Retry-After`), in milliseconds.
pub const BUSY_TIMEOUT_MS: u64 = 10_000;

/// How to open a store.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// Never write: a read replica, or a store on a read-only disk. Writes fail with
    /// SQLite's read-only error, which the API answers with 503.
    pub read_only: bool,
    /// Refuse writes that would grow the store file past this many bytes (a quota; the same
    /// error as a full disk, answered with 507).
    pub max_bytes: Option<u64>,
    /// How long a write waits for another writer; [`BUSY_TIMEOUT_MS`] when not set.
    pub busy_timeout: Option<std::time::Duration>,
}

/// A pool of connections to one SQLite file.
#[derive(Clone)]
pub struct Store {
    pool: r2d2::Pool<SqliteConnectionManager>,
    revisions: std::sync::Arc<RevisionWatch>,
}

impl Store {
    /// Opens (creating if needed) and migrates the store at `path`.
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_with(path, &OpenOptions::default())
    }

    /// Opens the store at `path` as `options` say.
    pub fn open_with(path: &Path, options: &OpenOptions) -> Result<Self> {
        let busy = options
            .busy_timeout
            .unwrap_or(std::time::Duration::from_millis(BUSY_TIMEOUT_MS));
        let (target, flags) = if options.read_only {
            // A replica or a read-only disk: the schema must already be the one this build
            // writes, since nothing may be migrated here.
            let uri = read_only_uri(path)?;
            let c = Connection::open_with_flags(&uri, READ_ONLY_FLAGS)?;
            let have: i64 = c.pragma_query_value(None, "user_version", |r| r.get(0))?;
            let want = MIGRATIONS as i64;
            if have != want {
                return Err(StoreError::Corrupt(format!(
                    "{} has schema version {have}, this build needs {want}; open it once read-write (or migrate the primary) first",
                    path.display()
                )));
            }
            (uri, READ_ONLY_FLAGS)
        } else {
            let mut first = Connection::open(path)?;
            // Migrating waits for another writer (an import running while the server starts)
            // like every other write, instead of failing at once.
            first.busy_timeout(busy)?;
            // WAL: readers never wait for the writer; the setting persists in the file.
            first.pragma_update(None, "journal_mode", "WAL")?;
            first.pragma_update(None, "foreign_keys", "ON")?;
            migrations().to_latest(&mut first)?;
            (path.display().to_string(), rusqlite::OpenFlags::default())
        };
        let max_bytes = options.max_bytes.map(|b| i64::try_from(b).unwrap_or(i64::MAX));
        let busy_ms = busy.as_millis();
        let manager = SqliteConnectionManager::file(&target)
            .with_flags(flags)
            .with_init(move |c| {
                // Every transaction begins as a writer (BEGIN IMMEDIATE) and so waits its turn
                // within the busy timeout. A deferred one that reads first and then writes gets
                // SQLITE_BUSY at once, without waiting, when another writer got in between
                // (WAL cannot upgrade a stale snapshot): that was 7 % of concurrent
                // submissions failing. Reads take no transaction or `at_one_revision`'s
                // explicit BEGIN DEFERRED.
                c.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
                // Reads go through a memory map of the file (no read() per page) and a 32 MiB
                // page cache per connection. Statement journals (each INSERT whose triggers
                // write other rows keeps one, to undo that statement alone) stay in memory:
                // in temporary files they were a quarter of a 100 000-action import's time,
                // all in pwrite (perf).
                c.execute_batch(&format!(
                    "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {busy_ms}; PRAGMA synchronous = NORMAL;
                 PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;"
                ))?;
                if let Some(bytes) = max_bytes {
                    let page: i64 = c.pragma_query_value(None, "page_size", |r| r.get(0))?;
                    // SQLite never lowers the bound below the pages already in use.
                    c.pragma_update(None, "max_page_count", (bytes / page.max(512)).max(1))?;
                }
                Ok(())
            });
        let pool = r2d2::Pool::builder().max_size(8).build(manager)?;
        let watch_flags = if options.read_only {
            READ_ONLY_FLAGS
        } else {
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
        };
        let revisions = std::sync::Arc::new(RevisionWatch::open(&target, watch_flags, !options.read_only)?);
        Ok(Self { pool, revisions })
    }

    /// The store's current revision, without a query unless something changed.
    pub fn revision(&self) -> Result<Revision> {
        self.revisions.current()
    }

    /// Runs `f` on a pooled connection, on the current thread (CLI, start-up).
    pub fn with_conn<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&mut Connection) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let mut conn = self.pool.get().map_err(StoreError::from)?;
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
    /// Moves on every public change: a campaign, or an action that is or was published
    /// (migration 005); never on a pending submission or another private write. Given out in
    /// commit order, so it is also the incremental sync's cursor.
    pub number: i64,
    /// When it last moved.
    pub at: i64,
}

/// Knows the store's current revision, counting every change committed by anyone (this
/// process's pool, an import from the command line) before the call: an import is seen by the
/// very next request after the command exits.
///
/// The exact question is `PRAGMA data_version` on the watch's own read connection: it changes
/// whenever another connection committed since it was last asked, and only then is the
/// revision read again. It costs a `fstat`, a `fcntl` lock and SQLite's read-transaction work
/// (~4 µs): asked on every call, 304 revalidations fell from 63 000-76 000 to 38 000-47 000
/// per second on 2 cores (docs/scaling.md). So the watch asks it only when the store may have
/// changed, which it learns without a system call from the write-ahead log's index ([`WalIndex`]):
/// every commit, by any process, rewrites that index's header in shared memory before the
/// commit returns. A `fstat` of the `-wal` file per call did the same at 6 % of a 304's time
/// (`perf record` under `wrk`, 1 worker). Without a `-shm` file (a store read as immutable)
/// every call asks SQLite.
pub struct RevisionWatch {
    /// The index's header, as SQLite maps it for `exact`'s connection (dropped before it).
    index: Option<WalIndex>,
    /// What the header held when the revision in `known` was read.
    seen: std::sync::RwLock<Seen>,
    exact: std::sync::Mutex<(Connection, i64)>,
}

/// What the watch last saw: the index's header, the revision.
#[derive(Clone, Copy)]
struct Seen {
    header: Option<[u32; WAL_HEADER_WORDS]>,
    known: Revision,
}

/// The words of the header of SQLite's write-ahead log index (`WalIndexHdr`, 48 bytes, at the
/// start of the `-shm` file; <https://sqlite.org/walformat.html#the_wal_index_file_format>):
/// a change counter, the last valid frame, the frames' running checksum, the log's salts and the
/// header's own checksum. Each commit rewrites it (`walIndexWriteHdr`: the second copy, a
/// memory barrier, then this first copy) before the commit returns; a commit that restarts the
/// log draws new salts. So any commit since a look leaves different words.
const WAL_HEADER_WORDS: usize = 12;

/// The write-ahead log index of the watch's own connection, as SQLite itself maps it (region
/// 0 of the `-shm` file, through the VFS's `xShmMap`): the header is read with plain atomic
/// loads, no system call.
///
/// No file descriptor of our own is opened on the `-shm` file: closing one would release every
/// POSIX lock this process holds on it (fcntl locks belong to the process, not the
/// descriptor), SQLite's "a connection is using this index" lock included; another process
/// opening the store would then think itself the only user and truncate the file under every
/// mapping of it (a SIGBUS, and SQLite's own view of the index reset). Seen with Postfix
/// delivering through `actioncal ingest-mail` while `serve` ran (tests/api/intake.rs).
struct WalIndex {
    words: std::ptr::NonNull<std::sync::atomic::AtomicU32>,
}

// SAFETY: the pointer is to shared memory that SQLite keeps mapped for as long as the watch's
// connection lives (the watch drops this first); it is only read, through atomics.
#[allow(unsafe_code)]
unsafe impl Send for WalIndex {}
#[allow(unsafe_code)]
unsafe impl Sync for WalIndex {}

#[allow(unsafe_code)]
impl WalIndex {
    /// The index of `conn`'s main database, once SQLite mapped it (after a read in WAL mode);
    /// `None` when it did not (not in WAL mode, a VFS without shared memory).
    fn of(conn: &Connection) -> Option<Self> {
        use rusqlite::ffi;
        let mut file: *mut ffi::sqlite3_file = std::ptr::null_mut();
        // SAFETY: `conn` is open and not used elsewhere during this call (the watch is being
        // built); SQLITE_FCNTL_FILE_POINTER writes the main database's `sqlite3_file*`, which
        // lives as long as the connection.
        let rc = unsafe {
            ffi::sqlite3_file_control(
                conn.handle(),
                c"main".as_ptr(),
                ffi::SQLITE_FCNTL_FILE_POINTER,
                (&raw mut file).cast(),
            )
        };
        if rc != ffi::SQLITE_OK || file.is_null() {
            return None;
        }
        // SAFETY: `file` is the connection's open database file; its methods table is
        // SQLite's own. `xShmMap` with `bExtend = 0` only returns region 0 (32 KiB, the size
        // SQLite always uses) if it is already mapped, which a read in WAL mode did; it takes
        // SQLite's own mutex on the shared-memory node.
        let region = unsafe {
            let methods = (*file).pMethods;
            if methods.is_null() || (*methods).iVersion < 2 {
                return None;
            }
            let map = (*methods).xShmMap?;
            let mut region: *mut std::ffi::c_void = std::ptr::null_mut();
            if map(file, 0, 32 * 1024, 0, &raw mut region) != ffi::SQLITE_OK {
                return None;
            }
            region
        };
        Some(Self {
            words: std::ptr::NonNull::new(region.cast())?,
        })
    }

    /// The header's words as they are now.
    fn header(&self) -> [u32; WAL_HEADER_WORDS] {
        std::array::from_fn(|i| {
            // SAFETY: region 0 is 32 KiB and page-aligned, so each of the first 12 words is in
            // bounds and aligned; `AtomicU32` has `u32`'s layout, and another process's writes
            // to shared memory are what atomics are for.
            unsafe { &*self.words.as_ptr().add(i) }.load(std::sync::atomic::Ordering::Acquire)
        })
    }
}

impl RevisionWatch {
    /// Opens the watch on the store its own read connection opens at `target` (the path, or a
    /// URI with `SQLITE_OPEN_URI` in `flags`). `mapped`: whether to read the log's index from
    /// shared memory; not for a store opened read-only (every call asks SQLite).
    pub fn open(target: &str, flags: rusqlite::OpenFlags, mapped: bool) -> Result<Self> {
        let conn = Connection::open_with_flags(target, flags)?;
        // A read makes SQLite open (and, for the first connection, create) the `-shm` file,
        // which this connection then keeps open.
        let version: i64 = conn.pragma_query_value(None, "data_version", |r| r.get(0))?;
        let known = revision(&conn)?;
        Ok(Self {
            index: if mapped { WalIndex::of(&conn) } else { None },
            seen: std::sync::RwLock::new(Seen { header: None, known }),
            exact: std::sync::Mutex::new((conn, version)),
        })
    }

    /// The current revision: every change committed by anyone before this call is counted.
    pub fn current(&self) -> Result<Revision> {
        let header = self.index.as_ref().map(WalIndex::header);
        if let Ok(seen) = self.seen.read()
            && header.is_some()
            && seen.header == header
        {
            return Ok(seen.known);
        }
        // Asked after the header was read: a commit the header did not show yet, SQLite sees
        // or the next call's header shows.
        let mut exact = self.exact.lock().map_err(|_| StoreError::Cancelled)?;
        let (conn, version) = &mut *exact;
        let now: i64 = conn
            .prepare_cached("PRAGMA data_version")?
            .query_row([], |r| r.get(0))?;
        let mut seen = self.seen.write().map_err(|_| StoreError::Cancelled)?;
        if now != *version {
            seen.known = revision(conn)?;
            *version = now;
        }
        seen.header = header;
        Ok(seen.known)
    }
}

/// Runs the read-only `f` inside one read transaction and hands it the revision of that
/// snapshot, so what `f` reads and the revision it is filed under always agree (WAL readers
/// see one committed state from their first read to the end). `f` may begin the transaction
/// again ([`read_again`]) before it reads anything else: the revision returned is the one the
/// transaction ended at.
pub fn at_one_revision<T, E>(
    c: &mut Connection,
    f: impl FnOnce(&mut Connection, Revision) -> std::result::Result<T, E>,
) -> std::result::Result<(T, Revision), E>
where
    E: From<StoreError>,
{
    c.execute_batch("BEGIN DEFERRED").map_err(StoreError::from)?;
    let result = revision(c)
        .map_err(E::from)
        .and_then(|r| f(c, r))
        .and_then(|v| revision(c).map(|r| (v, r)).map_err(E::from));
    // Nothing was written: ending the read is all the rollback does.
    let _ = c.execute_batch("ROLLBACK");
    result
}

/// Ends `c`'s read transaction, if it is in one, and begins another: it then sees every
/// change committed so far.
pub fn read_again(c: &Connection) -> Result<()> {
    if !c.is_autocommit() {
        c.execute_batch("ROLLBACK; BEGIN DEFERRED")?;
    }
    Ok(())
}

/// The current revision: one indexed read, done before every cached answer.
pub fn revision(c: &Connection) -> Result<Revision> {
    let mut stmt = c.prepare_cached("SELECT revision, revised_at FROM meta WHERE id = 1")?;
    Ok(stmt.query_row([], |r| {
        Ok(Revision {
            number: r.get("revision")?,
            at: r.get("revised_at")?,
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
        let mut c = Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut c).unwrap();
        let version: i64 = c.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, MIGRATIONS as i64, "MIGRATIONS counts every migration");
    }

    #[test]
    fn migration_004_copies_every_list_onto_its_action() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            // A store as the build before migration 004 left it, with one action.
            let mut c = Connection::open(&path).unwrap();
            let old = Migrations::new(vec![
                M::up(include_str!("migrations/001_init.sql")),
                M::up(include_str!("migrations/002_moderation.sql")),
                M::up(include_str!("migrations/003_pending_index.sql")),
            ]);
            old.to_latest(&mut c).unwrap();
            let record = r#"{"uid": "old@test", "title": "Vigil", "start": "2027-11-29T18:00",
                "timezone": "Asia/Beirut", "country": "LB", "campaigns": ["all-for-palestine"],
                "tags": ["vigil", "candles"], "languages": ["ar", "en"]}"#;
            let form: crate::domain::EventForm = crate::domain::from_json_text(record).unwrap();
            let event = crate::domain::NewEvent::try_from(form).unwrap();
            c.execute(
                "INSERT INTO campaigns (slug, name, created_at, updated_at) VALUES ('all-for-palestine', 'All for Palestine', 0, 0)",
                [],
            )
            .unwrap();
            let n = &event;
            c.execute(
                "INSERT INTO events (id, uid, title, tzid, all_day, start_local, end_local, start_utc, end_utc,
                    start_date, last_date, status, country, fingerprint, created_at, updated_at, moderation)
                 VALUES (1, 'old@test', 'Vigil', 'Asia/Beirut', 0, ?1, ?2, ?3, ?4, '2027-11-29', '2027-11-29',
                    'confirmed', 'LB', 'x', 0, 0, 'published')",
                rusqlite::params![
                    n.time.start_text(),
                    n.time.end_text(),
                    n.time.start_utc().as_second(),
                    n.time.end_utc().as_second()
                ],
            )
            .unwrap();
            c.execute_batch(
                "INSERT INTO event_campaigns VALUES ('all-for-palestine', 1);
                 INSERT INTO event_tags VALUES ('vigil', 1), ('candles', 1);
                 INSERT INTO event_languages VALUES ('en', 1), ('ar', 1);",
            )
            .unwrap();
        }
        let store = Store::open(&path).unwrap();
        let e = store.with_conn(|c| events::by_id(c, 1)).unwrap().expect("the action");
        let tags: Vec<&str> = e.tags.iter().map(|t| t.as_str()).collect();
        let langs: Vec<&str> = e.languages.iter().map(|l| l.as_str()).collect();
        assert_eq!(tags, ["candles", "vigil"]);
        assert_eq!(langs, ["ar", "en"]);
        assert_eq!(e.campaigns.len(), 1);
        assert_eq!(e.campaigns[0].name, "All for Palestine");
    }

    #[test]
    fn actions_published_before_migration_005_each_get_their_own_revision() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            let mut c = Connection::open(&path).unwrap();
            Migrations::new(vec![
                M::up(include_str!("migrations/001_init.sql")),
                M::up(include_str!("migrations/002_moderation.sql")),
                M::up(include_str!("migrations/003_pending_index.sql")),
                M::up(include_str!("migrations/004_list_columns.sql")),
            ])
            .to_latest(&mut c)
            .unwrap();
            for i in 0..150 {
                let state = if i % 50 == 7 { "pending" } else { "published" };
                c.execute(
                    "INSERT INTO events (uid, title, tzid, all_day, start_local, end_local, start_utc, end_utc,
                        start_date, last_date, status, country, fingerprint, created_at, updated_at, moderation)
                     VALUES (?1, 'Vigil', 'Asia/Beirut', 0, '2027-11-29T18:00', '2027-11-29T20:00',
                        1827424800, 1827432000, '2027-11-29', '2027-11-29', 'confirmed', 'LB', 'x', 0, 0, ?2)",
                    rusqlite::params![format!("old-{i}@test"), state],
                )
                .unwrap();
            }
        }
        let store = Store::open(&path).unwrap();
        let filter =
            crate::domain::FeedFilter::parse(crate::domain::filter::Scope::All, &crate::domain::FeedQuery::default())
                .unwrap();
        // Paged 100 at a time, as the API does: nothing is skipped at the page boundary.
        let mut after = 0;
        let mut seen = Vec::new();
        loop {
            let page = store
                .with_conn(|c| events::changes_after(c, &filter, after, 100))
                .unwrap();
            seen.extend(page.changes.iter().map(|ch| match ch {
                events::Change::Published(e) => e.uid.as_str().to_string(),
                events::Change::Removed(t) => t.uid.clone(),
            }));
            after = page.next_since;
            if !page.more {
                break;
            }
        }
        assert_eq!(seen.len(), 147, "every published action, none twice, no pending one");
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), 147);
        assert!(
            seen.iter()
                .all(|u| !["old-7@test", "old-57@test", "old-107@test"].contains(&u.as_str()))
        );
        // The revision counts them, so the next public change comes after every one.
        assert_eq!(store.revision().unwrap().number, after);
    }

    #[test]
    fn an_unchanged_index_answers_without_sqlite_and_every_commit_is_seen_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let store = Store::open(&path).unwrap();
        let watch = &store.revisions;
        assert!(watch.index.is_some(), "SQLite's mapping of the index is read");
        let first = watch.current().unwrap();
        let header = watch.seen.read().unwrap().header;
        assert!(header.is_some());
        assert_eq!(watch.current().unwrap(), first);
        assert_eq!(watch.index.as_ref().map(WalIndex::header), header, "nothing moved it");
        // Another connection (as another process) commits, again and again, also right after
        // restarting the log from its start (a checkpoint that truncates it, as an import's
        // last step does): each commit is seen by the very next call.
        let other = Connection::open(&path).unwrap();
        other
            .execute(
                "INSERT INTO campaigns (slug, name, created_at, updated_at) VALUES ('x', 'x', 0, 0)",
                [],
            )
            .unwrap();
        let mut last = watch.current().unwrap();
        assert!(last.number > first.number);
        for round in 0..50 {
            if round % 2 == 0 {
                other
                    .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
                    .unwrap();
            }
            other
                .execute("UPDATE campaigns SET name = ?1 WHERE slug = 'x'", [round.to_string()])
                .unwrap();
            let now = watch.current().unwrap();
            assert!(now.number > last.number, "round {round}: the commit is seen");
            last = now;
        }
    }

    #[test]
    fn another_process_writing_never_finds_the_index_unused() {
        // Another process (Python's sqlite3, as `actioncal ingest-mail` run by an MTA would)
        // opens, commits and closes while this process's store is open: it must find the
        // index in use (this process's lock on it held), so it neither resets nor truncates
        // it under the watch. A watch that once opened and closed its own descriptor on the
        // `-shm` file had released that lock: the other process truncated the file and the
        // next look at the header died of SIGBUS.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let store = Store::open(&path).unwrap();
        let watch = &store.revisions;
        let mut last = watch.current().unwrap();
        let shm = dir.path().join("s.db-shm");
        // SQLite's "in use" lock: a read lock on the index's byte 128 (UNIX_SHM_DMS) that
        // every process using the index holds; another process can take it for writing
        // only when nobody does, and then resets the index.
        let dms = format!(
            "import fcntl, os; f = os.open({:?}, os.O_RDWR)\ntry:\n  fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128); print('free')\nexcept OSError:\n  print('held')",
            shm.display().to_string()
        );
        let held = || {
            let out = std::process::Command::new("python3")
                .args(["-c", &dms])
                .output()
                .unwrap();
            String::from_utf8_lossy(&out.stdout).trim().to_string()
        };
        assert_eq!(held(), "held");
        for round in 0..3 {
            let script = format!(
                "import sqlite3; c = sqlite3.connect({:?}); c.execute(\"INSERT INTO campaigns (slug, name, created_at, updated_at) VALUES ('p{round}', 'p', 0, 0)\"); c.commit(); c.close()",
                path.display().to_string()
            );
            let status = std::process::Command::new("python3")
                .args(["-c", &script])
                .status()
                .unwrap();
            assert!(status.success());
            assert!(
                std::fs::metadata(&shm).unwrap().len() >= 32 * 1024,
                "round {round}: not truncated"
            );
            assert_eq!(held(), "held", "round {round}");
            let now = watch.current().unwrap();
            assert!(now.number > last.number, "round {round}: the commit is seen");
            last = now;
        }
    }

    #[test]
    fn the_revision_watch_sees_every_writer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let store = Store::open(&path).unwrap();
        let watch = &store.revisions;
        let first = watch.current().unwrap();
        assert_eq!(watch.current().unwrap(), first, "nothing changed");
        let write = |c: &Connection| {
            c.execute("INSERT INTO campaigns (slug, name, created_at, updated_at) VALUES (lower(hex(randomblob(4))), 'x', 0, 0)", [])
        };
        store.with_conn(|c| Ok::<_, StoreError>(write(c)?)).unwrap();
        let second = watch.current().unwrap();
        assert!(second.number > first.number, "a pooled connection's write");
        // Another process's connection (here: a fresh one) is seen the same way, at once.
        write(&Connection::open(&path).unwrap()).unwrap();
        assert!(
            watch.current().unwrap().number > second.number,
            "another connection's write"
        );
    }
}
