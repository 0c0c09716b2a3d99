//! Every write path: organisers' submissions, edits and cancellations, coordinators'
//! moderation, campaigns, and file imports. Each write is one transaction with its audit entry
//! (the import, which coordinators run from the command line, is one transaction in all);
//! domain values in, no HTTP types.

pub mod campaigns;
pub mod clock;
pub mod coordinators;
pub mod import;
pub mod intake;
pub mod moderation;
pub mod outbox;
pub mod sources;
pub mod submissions;
pub mod tokens;

pub use clock::Clock;
pub use submissions::{Change, Submission};

use std::collections::HashSet;

use jiff::civil::Date;
use rusqlite::Connection;
use serde_json::Value;

use crate::domain::event::OrganiserContact;
use crate::domain::warnings::{self as rules, Warning, WarningCode};
use crate::domain::{DomainError, Event, Moderation, NewEvent, Status};
use crate::store::audit::{self, Action, Actor, Record};
use crate::store::{StoreError, events, known};

/// Why a write was refused.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error(transparent)]
    Invalid(#[from] DomainError),
    #[error("unconfirmed warnings")]
    NeedsConfirmation(Vec<Warning>),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Random(#[from] tokens::NoRandomness),
}

impl From<rusqlite::Error> for WriteError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Store(e.into())
    }
}

/// Result of writes.
pub type WriteResult<T> = Result<T, WriteError>;

/// The fields of the action (import names) whose values differ between two snapshots, with
/// both values: `[{"field", "before", "after"}]`. The organiser's own contact is left out
/// (what mails and the log show); [`changed_fields_with_contact`] keeps it (the desk).
pub fn changed_fields(before: Option<&Value>, after: Option<&Value>) -> Vec<Value> {
    diff(before, after, false)
}

/// [`changed_fields`], the organiser's contact included: a coordinator approving a proposed
/// change sees every field it changes.
pub fn changed_fields_with_contact(before: Option<&Value>, after: Option<&Value>) -> Vec<Value> {
    diff(before, after, true)
}

fn diff(before: Option<&Value>, after: Option<&Value>, contact: bool) -> Vec<Value> {
    let (Some(Value::Object(old)), Some(Value::Object(new))) = (before, after) else {
        return Vec::new();
    };
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| contact || !k.starts_with("organiser_"))
        .filter_map(|k| {
            let (a, b) = (old.get(k).unwrap_or(&Value::Null), new.get(k).unwrap_or(&Value::Null));
            (a != b).then(|| serde_json::json!({ "field": k, "before": a, "after": b }))
        })
        .collect()
}

pub(crate) fn snapshot(c: &Connection, id: i64) -> WriteResult<Option<Value>> {
    let contact = events::contact(c, id)?;
    Ok(events::any_by_id(c, id)?.map(|e| e.to_import_json(Some(&contact))))
}

/// Applies `change` to action `id` in one write transaction, with its audit entry: who, what,
/// and the action as it was before and after. The action is read inside the transaction (which
/// begins as a writer) and handed to `change`, so whatever `change` checks still holds at the
/// commit: no other writer can approve, edit or remove it in between. `change` answers the
/// audit action it took and, where the action itself did not change (a proposal, a refusal),
/// what to record as "after".
pub(crate) fn audited(
    c: &mut Connection,
    id: i64,
    actor: Actor<'_>,
    now: i64,
    change: impl FnOnce(&Connection, &Event) -> WriteResult<(Action, Option<Value>)>,
) -> WriteResult<Event> {
    let tx = c.transaction()?;
    let existing = any(&tx, id)?;
    let before = snapshot(&tx, id)?;
    let (action, recorded) = change(&tx, &existing)?;
    let after = match recorded {
        Some(v) => Some(v),
        None => snapshot(&tx, id)?,
    };
    if let Actor::Coordinator(_) = actor {
        outbox::after_coordinator(&tx, &existing, action, before.as_ref(), after.as_ref(), now)?;
    }
    audit::record(
        &tx,
        now,
        Record {
            actor,
            action,
            event_id: Some(id),
            campaign: None,
            before,
            after,
        },
    )?;
    tx.commit()?;
    any(c, id)
}

/// The warnings `event` raises that `confirm` does not accept, likely duplicates included.
pub(crate) fn unconfirmed(
    c: &Connection,
    event: &NewEvent,
    confirm: &HashSet<WarningCode>,
    today: Date,
) -> WriteResult<Vec<Warning>> {
    let mut warnings = rules::warnings(event, today);
    let duplicates: Vec<(i64, String)> = events::overlapping(c, event)?
        .into_iter()
        .filter(|(_, t)| rules::similar_titles(t, &event.title))
        .collect();
    if let Some((id, title)) = duplicates.first() {
        warnings.push(Warning::says(
            WarningCode::PossibleDuplicate,
            "title",
            "warn_possible_duplicate",
            &[("title", &format!("{title:?}")), ("id", id)],
        ));
    }
    Ok(warnings.into_iter().filter(|w| !confirm.contains(&w.code)).collect())
}

/// `sub` as the new version of `existing`: validated, keeping its UID (and its contact where
/// `sub` has none), its campaigns known, its warnings confirmed.
pub(crate) fn validated(c: &Connection, existing: &Event, sub: Submission, today: Date) -> WriteResult<NewEvent> {
    let (mut form, confirm) = sub.into_parts();
    if form.uid.as_deref().is_some_and(|u| u != existing.uid.as_str()) {
        return Err(DomainError::new("uid", "cannot change; an action keeps its UID for life").into());
    }
    form.uid = Some(existing.uid.as_str().to_string());
    let old_contact: OrganiserContact = events::contact(c, existing.id)?;
    if form.organiser_email.is_none() {
        form.organiser_email = old_contact.email.clone();
    }
    if form.organiser_name.is_none() {
        form.organiser_name = old_contact.name.clone();
    }
    // A body without a status (the web forms send none) keeps the action's: saving a
    // cancelled or tentative action never turns it back on.
    if form.status.is_none() {
        form.status = Some(existing.status.as_str().to_string());
    }
    checked(c, form, &confirm, today)
}

/// `form` validated, its campaigns known and its warnings confirmed: the one check of every
/// action an organiser or coordinator sends (an import file has its own, all or nothing).
pub(crate) fn checked(
    c: &Connection,
    form: crate::domain::EventForm,
    confirm: &HashSet<WarningCode>,
    today: Date,
) -> WriteResult<NewEvent> {
    let event = NewEvent::try_from(form)?;
    known::Campaigns::read(c)?.check("campaigns", &event.campaigns)?;
    let open = unconfirmed(c, &event, confirm, today)?;
    if !open.is_empty() {
        return Err(WriteError::NeedsConfirmation(open));
    }
    Ok(event)
}

/// Writes `event` over `existing` (SEQUENCE goes up when anything changed), inside the caller's
/// transaction. A corrected rejected submission goes back to the queue; approving an
/// organiser's proposal settles it.
pub(crate) fn apply(
    tx: &Connection,
    existing: &Event,
    event: &NewEvent,
    actor: Actor<'_>,
    edit: Edit,
    now: i64,
) -> WriteResult<()> {
    events::upsert(tx, event, existing.moderation, now, &mut Default::default())?;
    if matches!(actor, Actor::Organiser) && existing.moderation == Moderation::Rejected {
        events::set_moderation(tx, existing.id, Moderation::Pending, None, now)?;
    }
    if edit == Edit::ApproveProposed {
        events::drop_edit(tx, existing.id)?;
    }
    Ok(())
}

/// Which kind of edit an audit entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edit {
    /// Applied at once (an unpublished action, or a coordinator's own edit).
    Direct,
    /// A coordinator applies the change an organiser proposed for a published action.
    ApproveProposed,
}

impl Edit {
    /// What the audit log calls it.
    pub(crate) fn action(self) -> Action {
        match self {
            Self::Direct => Action::Edit,
            Self::ApproveProposed => Action::ApproveEdit,
        }
    }
}

pub(crate) fn cancel(c: &mut Connection, id: i64, actor: Actor<'_>, now: i64) -> WriteResult<Event> {
    // Cancelling a cancelled action changes nothing and records nothing (a second entry
    // would make its author look like the one who cancelled it).
    let existing = any(c, id)?;
    if existing.status == Status::Cancelled {
        return Ok(existing);
    }
    audited(c, id, actor, now, |tx, _| {
        events::set_status(tx, id, Status::Cancelled, now)?;
        // A change proposed for a cancelled action is moot.
        events::drop_edit(tx, id)?;
        Ok((Action::Cancel, None))
    })
}

pub(crate) fn any(c: &Connection, id: i64) -> WriteResult<Event> {
    events::any_by_id(c, id)?.ok_or_else(|| WriteError::NotFound(format!("no action {id}")))
}
