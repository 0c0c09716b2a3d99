//! Polling partners' calendars (issue 17): each due source is fetched ([`crate::fetch`]),
//! read ([`crate::ical::read`]) and brought into the store ([`crate::service::sources`]).
//!
//! Schedule: a source is polled again after the interval its partner asks for
//! (`REFRESH-INTERVAL`, `X-PUBLISHED-TTL`, else `Cache-Control: max-age`), [`DEFAULT_INTERVAL`]
//! when it asks nothing, always clamped to [`MIN_INTERVAL`]–[`MAX_INTERVAL`]. A failed poll
//! waits the interval doubled per failure in a row (or the server's `Retry-After`), at most
//! [`MAX_INTERVAL`]. Sources are polled one after another by one thread, so a partner's host
//! never sees two requests at once. An unchanged calendar (304, or the same events again,
//! whatever their `DTSTAMP`) writes nothing public: the store's revision does not move.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::fetch::{FetchError, Fetched, Fetcher};
use crate::ical::read;
use crate::service::Clock;
use crate::service::sources::{self as sync, Outcome};
use crate::store::sources::{self, Counts, PollRecord, Source};
use crate::store::{Store, StoreError};

/// Shortest interval between two polls of one source.
pub const MIN_INTERVAL: Duration = Duration::from_secs(15 * 60);
/// Longest interval between two polls of one source (also the longest back-off).
pub const MAX_INTERVAL: Duration = Duration::from_secs(24 * 3600);
/// Interval when the partner asks for none.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(3600);

/// How often the background poller looks for due sources.
const TICK: Duration = Duration::from_secs(5);

/// What one poll of one source did.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct PollReport {
    pub source: i64,
    /// `changed`, `unchanged`, `held` or `error`.
    pub status: &'static str,
    /// Actions made, changed, cancelled, held by this poll.
    pub counts: Counts,
    /// What went wrong, what is held, or what could not be taken, in words.
    pub message: Option<String>,
    /// Unix seconds of the next poll.
    pub next_poll_at: i64,
}

fn clamp(d: Duration) -> Duration {
    d.clamp(MIN_INTERVAL, MAX_INTERVAL)
}

fn secs(d: Duration) -> i64 {
    i64::try_from(d.as_secs()).unwrap_or(i64::MAX)
}

/// The `User-Agent` of polls: the program, its version, and where it serves from.
pub fn user_agent(base_url: &str) -> String {
    format!(
        "actioncal/{} (+{base_url}; follows this calendar for a campaign's calendar of actions)",
        env!("CARGO_PKG_VERSION")
    )
}

/// Polls `source` now and records what happened on it.
pub fn poll(store: &Store, fetcher: &Fetcher, source: &Source, clock: &Clock) -> Result<PollReport, StoreError> {
    let now = clock.unix();
    let today = clock.today();
    let fetched = fetcher.fetch(
        &source.settings.url,
        source.etag.as_deref(),
        source.last_modified.as_deref(),
    );
    let interval = Duration::from_secs(u64::try_from(source.interval_s).unwrap_or(3600));
    let mut record = PollRecord {
        interval_s: source.interval_s,
        ..Default::default()
    };
    let result: Result<(Outcome, Duration), String> = match fetched {
        Ok(Fetched::NotModified { max_age }) => {
            let next = max_age.map_or(interval, clamp);
            Ok((Outcome::default(), next))
        }
        Ok(Fetched::Body {
            bytes,
            etag,
            last_modified,
            charset,
            max_age,
        }) => match read::read_served(&bytes, charset.as_deref()) {
            Ok(calendar) => {
                let next = clamp(calendar.refresh.or(max_age).unwrap_or(DEFAULT_INTERVAL));
                let events = calendar.events;
                let applied = store.with_conn(|c| {
                    sync::apply(c, source, &events, today, now).map_err(|e| match e {
                        crate::service::WriteError::Store(s) => s,
                        other => StoreError::Corrupt(other.to_string()),
                    })
                })?;
                record.etag = etag;
                record.last_modified = last_modified;
                Ok((applied, next))
            }
            // Not a whole calendar (an error page, a cut transfer): nothing is removed.
            Err(e) => Err(e.to_string()),
        },
        Err(e) => {
            let wait = match &e {
                FetchError::Status {
                    retry_after: Some(after),
                    ..
                } => (*after).min(MAX_INTERVAL),
                _ => {
                    let doubled = 2u32.saturating_pow(u32::try_from(source.failures + 1).unwrap_or(u32::MAX).min(16));
                    interval.saturating_mul(doubled).min(MAX_INTERVAL)
                }
            };
            record.failures = source.failures + 1;
            record.status = "error";
            record.error = Some(e.to_string());
            record.next_poll_at = now + secs(wait);
            store.with_conn(|c| sources::record_poll(c, source.id, &record, now))?;
            tracing::info!(source = source.id, error = %e, "partner calendar not fetched");
            return Ok(PollReport {
                source: source.id,
                status: "error",
                counts: Counts::default(),
                message: record.error,
                next_poll_at: record.next_poll_at,
            });
        }
    };
    match result {
        Ok((outcome, next)) => {
            record.interval_s = secs(next);
            record.next_poll_at = now + secs(next);
            record.failures = 0;
            record.counts = outcome.counts;
            record.released = source.release_hold && outcome.held.is_none();
            record.status = if outcome.held.is_some() {
                "held"
            } else if outcome.wrote {
                "changed"
            } else {
                "unchanged"
            };
            record.error = outcome.held.clone().or_else(|| {
                (!outcome.notes.is_empty()).then(|| {
                    let shown: Vec<&str> = outcome.notes.iter().take(5).map(String::as_str).collect();
                    let more = outcome.notes.len().saturating_sub(shown.len());
                    let tail = if more > 0 {
                        format!("; and {more} more")
                    } else {
                        String::new()
                    };
                    format!("{}{tail}", shown.join("; "))
                })
            });
        }
        Err(message) => {
            record.failures = source.failures + 1;
            record.status = "error";
            record.error = Some(message);
            let doubled = 2u32.saturating_pow(u32::try_from(record.failures).unwrap_or(16).min(16));
            record.next_poll_at = now + secs(interval.saturating_mul(doubled).min(MAX_INTERVAL));
        }
    }
    store.with_conn(|c| sources::record_poll(c, source.id, &record, now))?;
    Ok(PollReport {
        source: source.id,
        status: record.status,
        counts: record.counts,
        message: record.error,
        next_poll_at: record.next_poll_at,
    })
}

/// Polls every due source once, one after another.
pub fn poll_due(store: &Store, fetcher: &Fetcher, clock: &Clock) -> Result<Vec<PollReport>, StoreError> {
    let due = store.with_conn(|c| sources::due(c, clock.unix()))?;
    due.iter().map(|s| poll(store, fetcher, s, clock)).collect()
}

/// Starts the background poller of `serve`: every [`TICK`] it polls the sources that are due,
/// until `stop` is set.
pub fn spawn(store: Store, fetcher: Arc<Fetcher>, clock: Clock, stop: Arc<AtomicBool>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("partner-poller".into())
        .spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                if let Err(e) = poll_due(&store, &fetcher, &clock) {
                    tracing::warn!(error = %e, "polling partners' calendars");
                }
                std::thread::sleep(TICK);
            }
        })
        .map(|_| ())
}
