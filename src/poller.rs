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

/// The wait after `failures` failed polls in a row: the interval doubled per failure, at most
/// [`MAX_INTERVAL`].
fn backoff(interval: Duration, failures: i64) -> Duration {
    let doubled = 2u32.saturating_pow(u32::try_from(failures).unwrap_or(16).min(16));
    interval.saturating_mul(doubled).min(MAX_INTERVAL)
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

/// One lock per partner host: the background poller, `sources poll` in this process and a
/// coordinator's "poll now" never send a host two requests at once.
fn host_turn(url: &str) -> Arc<std::sync::Mutex<()>> {
    static HOSTS: std::sync::LazyLock<std::sync::Mutex<std::collections::HashMap<String, Arc<std::sync::Mutex<()>>>>> =
        std::sync::LazyLock::new(Default::default);
    let host = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
        .unwrap_or_default();
    let mut hosts = HOSTS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    // Forget hosts nobody holds, so the map stays as small as the polls under way.
    hosts.retain(|_, turn| Arc::strong_count(turn) > 1);
    hosts.entry(host).or_default().clone()
}

/// Polls `source` now and records what happened on it.
pub fn poll(store: &Store, fetcher: &Fetcher, source: &Source, clock: &Clock) -> Result<PollReport, StoreError> {
    let turn = host_turn(&source.settings.url);
    let _turn = turn.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
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
    let mut read_calendar = false;
    // A failure: what to say, and how long to wait.
    let retry = |message: String| (message, backoff(interval, source.failures + 1));
    let result: Result<(Outcome, Duration), (String, Duration)> = match fetched {
        Ok(Fetched::NotModified { max_age }) => {
            let next = max_age.map_or(interval, clamp);
            // The same calendar as last time: a held poll stays held, with its reason.
            let held =
                (source.last_status.as_deref() == Some("held")).then(|| source.last_error.clone().unwrap_or_default());
            Ok((
                Outcome {
                    held,
                    ..Outcome::default()
                },
                next,
            ))
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
                match store.with_conn(|c| sync::apply(c, source, &events, today, now)) {
                    Ok(applied) => {
                        read_calendar = true;
                        record.etag = etag;
                        record.last_modified = last_modified;
                        Ok((applied, next))
                    }
                    // Nothing was written (one transaction); said on the source, tried again.
                    Err(e) => Err(retry(format!("the events could not be stored: {e}"))),
                }
            }
            // Not a whole calendar (an error page, a cut transfer): nothing is removed.
            Err(e) => Err(retry(e.to_string())),
        },
        Err(e) => {
            let (message, backoff) = retry(e.to_string());
            // The server's Retry-After when it asks for longer than the back-off.
            let wait = match &e {
                FetchError::Status {
                    retry_after: Some(after),
                    ..
                } => (*after).max(backoff).min(MAX_INTERVAL),
                _ => backoff,
            };
            Err((message, wait))
        }
    };
    match result {
        Ok((outcome, next)) => {
            record.interval_s = secs(next);
            record.next_poll_at = now + secs(next);
            record.failures = 0;
            record.counts = outcome.counts;
            // A release is used by a reading of the calendar that was not held again.
            record.released = source.release_hold && read_calendar && outcome.held.is_none();
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
        Err((message, wait)) => {
            tracing::info!(source = source.id, error = %message, "partner calendar not polled");
            record.failures = source.failures + 1;
            record.status = "error";
            record.error = Some(message);
            record.next_poll_at = now + secs(wait);
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

/// Polls source `id` now (paused or not: a coordinator asked), and gives what the poll did
/// and the source after it; `None` when there is no such source.
pub fn poll_by_id(
    store: &Store,
    fetcher: &Fetcher,
    id: i64,
    clock: &Clock,
) -> Result<Option<(PollReport, Source)>, StoreError> {
    let Some(source) = store.with_conn(|c| sources::by_id(c, id))? else {
        return Ok(None);
    };
    let report = poll(store, fetcher, &source, clock)?;
    Ok(store.with_conn(|c| sources::by_id(c, id))?.map(|after| (report, after)))
}

/// Polls every due source once, one after another; one that fails (its store write, or a
/// panic reading a hostile file) is logged and the others are polled.
pub fn poll_due(store: &Store, fetcher: &Fetcher, clock: &Clock) -> Result<Vec<PollReport>, StoreError> {
    let due = store.with_conn(|c| sources::due(c, clock.unix()))?;
    let mut reports = Vec::with_capacity(due.len());
    for source in &due {
        let polled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| poll(store, fetcher, source, clock)));
        match polled {
            Ok(Ok(report)) => reports.push(report),
            Ok(Err(e)) => tracing::warn!(source = source.id, error = %e, "polling a partner's calendar"),
            Err(_) => {
                tracing::error!(source = source.id, "reading a partner's calendar panicked");
                // Not due again at once: the same file would do the same.
                let record = PollRecord {
                    interval_s: source.interval_s,
                    failures: source.failures + 1,
                    status: "error",
                    error: Some(
                        "the calendar could not be read (an internal error; reported in the server's log)".into(),
                    ),
                    next_poll_at: clock.unix() + secs(MAX_INTERVAL),
                    ..Default::default()
                };
                let _ = store.with_conn(|c| sources::record_poll(c, source.id, &record, clock.unix()));
            }
        }
    }
    Ok(reports)
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
