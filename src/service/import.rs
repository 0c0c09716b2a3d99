//! Import files: JSON `{"campaigns": [...], "events": [...]}` or a bare array of events.
//!
//! Every record is parsed and checked before anything is written; one bad record and nothing at
//! all changes. The whole write is one transaction.

use std::collections::HashSet;
use std::fmt;

use serde_json::value::RawValue;

use crate::domain::campaign::CampaignForm;
use crate::domain::{DomainError, EventForm, NewCampaign, NewEvent};
use crate::store::audit::{self, Action, Actor, Record};
use crate::store::{Store, StoreError, campaigns, events, known};

/// Largest import file accepted, in bytes.
pub const FILE_MAX: u64 = 256 * 1024 * 1024;
/// Most actions in one import.
pub const EVENTS_MAX: usize = 200_000;
/// Most campaigns in one import.
pub const CAMPAIGNS_MAX: usize = 10_000;

/// A refused import: which record, which field, what was wrong and what is allowed.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{0}")]
    File(String),
    #[error("{kind} {index}{label}: {error}")]
    Record {
        kind: &'static str,
        index: usize,
        label: String,
        error: RecordError,
    },
    #[error("store: {0}")]
    Store(#[from] StoreError),
}

/// What was wrong with one record.
#[derive(Debug)]
pub enum RecordError {
    /// A field of the wrong JSON type or name.
    Shape(String),
    /// A value the domain refused.
    Invalid(Box<DomainError>),
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Shape(s) => f.write_str(s),
            // Every refused field of the record, at once.
            Self::Invalid(e) => f.write_str(&e.each().map(|d| d.to_string()).collect::<Vec<_>>().join("; ")),
        }
    }
}

/// The object shape of an import file; other keys are ignored, as before.
#[derive(serde::Deserialize)]
struct FileObject<'a> {
    #[serde(borrow, default)]
    campaigns: Option<Vec<&'a RawValue>>,
    #[serde(borrow, default)]
    events: Option<Vec<&'a RawValue>>,
}

/// Campaign and event records of an import file, each still its own unparsed JSON text inside
/// `bytes`: a record is deserialised into its form only when it is checked, so a 100 000-action
/// file is never held as parsed values all at once (it took 530 MB that way). The shape is
/// told apart by the first character (an untagged serde enum would buffer the whole file again).
type Records<'a> = (Vec<&'a RawValue>, Vec<&'a RawValue>);

fn file_shape(bytes: &[u8]) -> Result<Records<'_>, serde_json::Error> {
    let text = std::str::from_utf8(bytes).map_err(serde::de::Error::custom)?;
    if text.trim_start().starts_with('[') {
        Ok((Vec::new(), serde_json::from_str(text)?))
    } else {
        let file: FileObject<'_> = serde_json::from_str(text)?;
        Ok((file.campaigns.unwrap_or_default(), file.events.unwrap_or_default()))
    }
}

/// A parsed, fully validated import.
#[derive(Debug)]
pub struct Batch {
    /// Campaigns to add or update.
    pub campaigns: Vec<NewCampaign>,
    /// Actions to add or update.
    pub events: Vec<NewEvent>,
}

/// How an error names a record: its uid, else its title or slug (the record is parsed again
/// only for this, on the way out).
fn label(raw: &RawValue) -> String {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(raw.get()) else {
        return String::new();
    };
    let get = |k: &str| {
        v.get(k)
            .and_then(|x| x.as_str())
            .map(|s| s.chars().take(60).collect::<String>())
    };
    match (get("uid"), get("title").or_else(|| get("slug"))) {
        (Some(u), _) => format!(" (uid {u:?})"),
        (None, Some(t)) => format!(" ({t:?})"),
        _ => String::new(),
    }
}

fn shape<T: serde::de::DeserializeOwned>(raw: &RawValue) -> Result<T, RecordError> {
    crate::domain::from_json_text(raw.get()).map_err(|e| RecordError::Shape(e.to_string()))
}

/// Parses and validates `bytes` whole, writing nothing; `known` are the campaigns already in
/// the store.
pub fn parse(bytes: &[u8], known: &known::Campaigns) -> Result<Batch, ImportError> {
    let (raw_campaigns, raw_events) = records(bytes)?;
    let mut known = known.clone();
    let campaigns = check_campaigns(raw_campaigns, &mut known)?;
    let mut checker = Checker::new(known, raw_events.len());
    let events = raw_events
        .into_iter()
        .enumerate()
        .map(|(index, raw)| checker.check(index, raw))
        .collect::<Result<_, _>>()?;
    Ok(Batch { campaigns, events })
}

/// The campaign and event records of `bytes`, the file's shape and sizes checked.
fn records(bytes: &[u8]) -> Result<Records<'_>, ImportError> {
    let not_a_file = |why: String| {
        ImportError::File(format!(
            "not an import file ({why}); expected JSON {{\"campaigns\": [...], \"events\": [...]}} or an array of events"
        ))
    };
    let (raw_campaigns, raw_events) = file_shape(bytes).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => not_a_file("\"campaigns\" and \"events\" must be arrays".into()),
        _ => not_a_file(e.to_string()),
    })?;
    if raw_events.len() > EVENTS_MAX || raw_campaigns.len() > CAMPAIGNS_MAX {
        return Err(ImportError::File(format!(
            "holds {} events and {} campaigns; at most {EVENTS_MAX} events and {CAMPAIGNS_MAX} campaigns per file",
            raw_events.len(),
            raw_campaigns.len()
        )));
    }
    Ok((raw_campaigns, raw_events))
}

/// The file's campaigns, checked; each is added to `known`.
fn check_campaigns(
    raw_campaigns: Vec<&RawValue>,
    known: &mut known::Campaigns,
) -> Result<Vec<NewCampaign>, ImportError> {
    let mut campaigns = Vec::with_capacity(raw_campaigns.len());
    for (index, raw) in raw_campaigns.into_iter().enumerate() {
        let record = |error| ImportError::Record {
            kind: "campaign",
            index,
            label: label(raw),
            error,
        };
        let form: CampaignForm = shape(raw).map_err(record)?;
        let c = NewCampaign::try_from(form).map_err(|e| record(RecordError::Invalid(Box::new(e))))?;
        known.add(&c.slug);
        campaigns.push(c);
    }
    Ok(campaigns)
}

/// Checks a file's event records one after the other: each on its own, then against the
/// campaigns known and the UIDs seen before it in the file.
struct Checker {
    known: known::Campaigns,
    uids: HashSet<crate::domain::Uid>,
}

impl Checker {
    fn new(known: known::Campaigns, events: usize) -> Self {
        Self {
            known,
            uids: HashSet::with_capacity(events),
        }
    }

    /// The action of record `index` (counted from 0), or what is wrong with it.
    fn check(&mut self, index: usize, raw: &RawValue) -> Result<NewEvent, ImportError> {
        let record = |error| ImportError::Record {
            kind: "event",
            index,
            label: label(raw),
            error,
        };
        let form: EventForm = shape(raw).map_err(record)?;
        let e = NewEvent::try_from(form).map_err(|e| record(RecordError::Invalid(Box::new(e))))?;
        if let Some(unknown) = self.known.first_unknown(&e.campaigns) {
            return Err(record(RecordError::Invalid(Box::new(DomainError::new(
                "campaigns",
                format!(
                    "{:?} is not a campaign in the store or in this file; add it under \"campaigns\" first",
                    unknown.as_str()
                ),
            )))));
        }
        if !self.uids.insert(e.uid.clone()) {
            return Err(record(RecordError::Invalid(Box::new(DomainError::new(
                "uid",
                format!(
                    "{:?} appears twice in this file; each action needs its own uid",
                    e.uid.as_str()
                ),
            )))));
        }
        Ok(e)
    }
}

/// How far an import is, reported every thousand actions written and once at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Actions checked and written (or found unchanged) so far.
    pub done: usize,
    /// Actions in the file.
    pub total: usize,
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Campaigns added or changed.
    pub campaigns_changed: usize,
    /// Actions added, changed, untouched.
    pub events: events::UpsertSummary,
}

/// Reads, validates and writes the file at `path`, all or nothing.
pub fn import_file(
    store: &Store,
    path: &std::path::Path,
    now: i64,
    progress: impl FnMut(Progress),
) -> Result<Summary, ImportError> {
    let read = |source| ImportError::Read {
        path: path.display().to_string(),
        source,
    };
    let len = std::fs::metadata(path).map_err(read)?.len();
    if len > FILE_MAX {
        return Err(ImportError::File(format!(
            "{} is {len} bytes; at most {FILE_MAX} are accepted",
            path.display()
        )));
    }
    let bytes = std::fs::read(path).map_err(read)?;
    write(store, &bytes, now, progress, Some(&path.display().to_string()))
}

/// Validates and writes `bytes`, all or nothing, without an audit entry: the demo data loaded
/// into an empty store at start-up, and tests. An operator's import is [`import_file`].
pub fn import_bytes(
    store: &Store,
    bytes: &[u8],
    now: i64,
    progress: impl FnMut(Progress),
) -> Result<Summary, ImportError> {
    write(store, bytes, now, progress, None)
}

/// Validates and writes `bytes` in one transaction, with the audit entry of the import of
/// `file` when there is one. The file's actions are checked on a second thread while this
/// one writes those checked before (the check was 0.75 s of a 5 s 100 000-action import):
/// the first refused record ends the transaction unwritten, so nothing at all changes.
fn write(
    store: &Store,
    bytes: &[u8],
    now: i64,
    mut progress: impl FnMut(Progress),
    file: Option<&str>,
) -> Result<Summary, ImportError> {
    let mut known = store.with_conn(|c| known::Campaigns::read(c))?;
    let (raw_campaigns, raw_events) = records(bytes)?;
    let campaigns = check_campaigns(raw_campaigns, &mut known)?;
    let total = raw_events.len();
    std::thread::scope(|scope| {
        // Bounded: a checker far ahead of the writer would hold the whole file's actions.
        let (checked, to_write) = std::sync::mpsc::sync_channel(1024);
        scope.spawn(move || {
            let mut checker = Checker::new(known, raw_events.len());
            for (index, raw) in raw_events.into_iter().enumerate() {
                let action = checker.check(index, raw);
                let refused = action.is_err();
                // A writer that stopped (a store error) stops the check too.
                if checked.send(action).is_err() || refused {
                    break;
                }
            }
        });
        store.with_conn(|c| {
            let tx = c.transaction().map_err(StoreError::from)?;
            let mut summary = Summary::default();
            for campaign in &campaigns {
                summary.campaigns_changed += usize::from(campaigns::upsert(&tx, campaign, now)?);
            }
            let mut stored = events::stored_prints(&tx)?;
            let mut links = events::Links::default();
            // Actions not stored yet, written events::INSERT_ROWS to a statement.
            let mut fresh = Vec::with_capacity(events::INSERT_ROWS);
            let published = crate::domain::Moderation::Published;
            for i in 0..total {
                // The checker ends early only after sending its refusal.
                let event = to_write
                    .recv()
                    .map_err(|_| ImportError::File("the check of the file stopped".into()))??;
                match stored.remove(event.uid.as_str()) {
                    None => fresh.push(event),
                    existing => {
                        events::upsert_over(&tx, &event, existing, published, now, &mut summary.events, &mut links)?;
                    }
                }
                if fresh.len() == events::INSERT_ROWS || i + 1 == total {
                    let batch: Vec<&NewEvent> = fresh.iter().collect();
                    events::insert(&tx, &batch, published, now, &mut summary.events, &mut links)?;
                    fresh.clear();
                }
                if links.pending() >= 1000 || i + 1 == total {
                    links.write(&tx)?;
                }
                if (i + 1) % 1000 == 0 || i + 1 == total {
                    progress(Progress { done: i + 1, total });
                }
            }
            if let Some(file) = file {
                let events = &summary.events;
                audit::record(
                    &tx,
                    now,
                    Record {
                        actor: Actor::Operator,
                        action: Action::Import,
                        event_id: None,
                        campaign: None,
                        before: None,
                        after: Some(serde_json::json!({
                            "file": file,
                            "campaigns_changed": summary.campaigns_changed,
                            "events": { "inserted": events.inserted, "updated": events.updated, "unchanged": events.unchanged },
                        })),
                    },
                )?;
            }
            tx.commit().map_err(StoreError::from)?;
            // Fresh statistics, so that filtered queries keep choosing the filter's index.
            c.execute_batch("PRAGMA optimize").map_err(StoreError::from)?;
            // A large import leaves its pages in the write-ahead log (111 MB after 100 000
            // actions): copy them into the store and truncate the log now rather than leave it
            // to the next writer's automatic checkpoint. A reader that still holds an older
            // snapshot (a running server's render) makes this a partial checkpoint, never an
            // error.
            c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
                .map_err(StoreError::from)?;
            Ok(summary)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(file: &str) -> String {
        match parse(file.as_bytes(), &Default::default()) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("{file} was accepted"),
        }
    }

    #[test]
    fn both_shapes_are_read_and_anything_else_is_refused_plainly() {
        let event = r#"{"uid": "a@test", "title": "Vigil", "start": "2027-11-29T18:00", "timezone": "Asia/Beirut"}"#;
        let list = parse(format!("[{event}]").as_bytes(), &Default::default()).unwrap();
        let full = parse(format!(r#"{{"events": [{event}]}}"#).as_bytes(), &Default::default()).unwrap();
        assert_eq!((list.events.len(), full.events.len()), (1, 1));
        assert!(parse(b"{}", &Default::default()).unwrap().events.is_empty());
        for bad in [
            r#"{"events": {"uid": "a"}}"#,
            r#"{"campaigns": "x"}"#,
            "42",
            "\"events\"",
        ] {
            let e = refusal(bad);
            assert!(
                e.contains("not an import file") && e.contains("expected JSON"),
                "{bad}: {e}"
            );
        }
        let e = refusal(r#"[{"uid": "b@test", "title": "", "start": "2027-11-29T18:00", "timezone": "UTC"}]"#);
        assert!(e.contains("b@test"), "names the record: {e}");
    }
}
