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
use crate::store::{self, Store, StoreError, campaigns, events, known};

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
    Invalid(DomainError),
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Shape(s) => f.write_str(s),
            Self::Invalid(e) => e.fmt(f),
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

/// Parses and validates `bytes`; `known` are the campaigns already in the store.
pub fn parse(bytes: &[u8], known: &known::Campaigns, mut progress: impl FnMut(Progress)) -> Result<Batch, ImportError> {
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
    let mut campaigns = Vec::with_capacity(raw_campaigns.len());
    let mut known = known.clone();
    for (index, raw) in raw_campaigns.into_iter().enumerate() {
        let record = |error| ImportError::Record {
            kind: "campaign",
            index,
            label: label(raw),
            error,
        };
        let form: CampaignForm = shape(raw).map_err(record)?;
        let c = NewCampaign::try_from(form).map_err(|e| record(RecordError::Invalid(e)))?;
        known.add(&c.slug);
        campaigns.push(c);
    }
    let mut events = Vec::with_capacity(raw_events.len());
    let mut uids = HashSet::with_capacity(raw_events.len());
    let total = raw_events.len();
    for (index, raw) in raw_events.into_iter().enumerate() {
        let record = |error| ImportError::Record {
            kind: "event",
            index,
            label: label(raw),
            error,
        };
        let form: EventForm = shape(raw).map_err(record)?;
        let e = NewEvent::try_from(form).map_err(|e| record(RecordError::Invalid(e)))?;
        if let Some(unknown) = known.first_unknown(&e.campaigns) {
            return Err(record(RecordError::Invalid(DomainError::new(
                "campaigns",
                format!(
                    "{:?} is not a campaign in the store or in this file; add it under \"campaigns\" first",
                    unknown.as_str()
                ),
            ))));
        }
        if !uids.insert(e.uid.clone()) {
            return Err(record(RecordError::Invalid(DomainError::new(
                "uid",
                format!(
                    "{:?} appears twice in this file; each action needs its own uid",
                    e.uid.as_str()
                ),
            ))));
        }
        events.push(e);
        if (index + 1) % 1000 == 0 || index + 1 == total {
            progress(Progress {
                stage: Stage::Checking,
                done: index + 1,
                total,
            });
        }
    }
    Ok(Batch { campaigns, events })
}

/// The two stages of an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Parsing and validating; nothing written yet.
    Checking,
    /// Inside the one transaction.
    Writing,
}

impl Stage {
    /// Its name, as the progress bar shows it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Checking => "checking",
            Self::Writing => "writing",
        }
    }
}

/// Where an import stands, reported every thousand actions and at the end of each stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Which stage.
    pub stage: Stage,
    /// Actions done in this stage.
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
/// `file` when there is one.
fn write(
    store: &Store,
    bytes: &[u8],
    now: i64,
    mut progress: impl FnMut(Progress),
    file: Option<&str>,
) -> Result<Summary, ImportError> {
    let known = store.with_conn(|c| known::Campaigns::read(c))?;
    let batch = parse(bytes, &known, &mut progress)?;
    let summary = store.with_conn(|c| {
        let tx = c.transaction()?;
        let mut summary = Summary::default();
        for campaign in &batch.campaigns {
            summary.campaigns_changed += usize::from(campaigns::upsert(&tx, campaign, now)?);
        }
        let total = batch.events.len();
        let mut stored = events::stored_prints(&tx)?;
        for (i, event) in batch.events.iter().enumerate() {
            events::upsert_over(
                &tx,
                event,
                stored.remove(event.uid.as_str()),
                crate::domain::Moderation::Published,
                now,
                &mut summary.events,
            )?;
            if (i + 1) % 1000 == 0 || i + 1 == total {
                progress(Progress {
                    stage: Stage::Writing,
                    done: i + 1,
                    total,
                });
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
        tx.commit()?;
        // Fresh statistics, so that filtered queries keep choosing the filter's index.
        c.execute_batch("PRAGMA optimize")?;
        // A large import leaves its pages in the write-ahead log (111 MB after 100 000
        // actions): copy them into the store and truncate the log now rather than leave it to
        // the next writer's automatic checkpoint. A reader that still holds an older snapshot
        // (a running server's render) makes this a partial checkpoint, never an error.
        c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok::<_, store::StoreError>(summary)
    })?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(file: &str) -> String {
        match parse(file.as_bytes(), &Default::default(), |_| {}) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("{file} was accepted"),
        }
    }

    #[test]
    fn both_shapes_are_read_and_anything_else_is_refused_plainly() {
        let event = r#"{"uid": "a@test", "title": "Vigil", "start": "2027-11-29T18:00", "timezone": "Asia/Beirut"}"#;
        let list = parse(format!("[{event}]").as_bytes(), &Default::default(), |_| {}).unwrap();
        let full = parse(
            format!(r#"{{"events": [{event}]}}"#).as_bytes(),
            &Default::default(),
            |_| {},
        )
        .unwrap();
        assert_eq!((list.events.len(), full.events.len()), (1, 1));
        assert!(parse(b"{}", &Default::default(), |_| {}).unwrap().events.is_empty());
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
