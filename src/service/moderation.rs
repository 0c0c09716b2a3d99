//! Coordinators' decisions: approve or reject a submission, apply or refuse an organiser's
//! proposed change, edit, cancel or remove any action. Each checks, inside its write
//! transaction, that the action is still what the coordinator reviewed.

use jiff::civil::Date;
use rusqlite::Connection;

use super::submissions::{Author, Change};
use super::{Edit, Submission, WriteError, WriteResult, any, apply, audited, cancel, validated};
use crate::domain::text::Lines;
use crate::domain::{Event, Moderation};
use crate::store::audit::{Action, Actor};
use crate::store::coordinators::Coordinator;
use crate::store::events;

/// A submission as the moderation desk shows it: everything needed to decide in one look.
#[derive(Debug, Clone)]
pub struct Review {
    pub event: Event,
    /// The organiser's contact (the address shown only when the coordinator opens it).
    pub contact: crate::domain::event::OrganiserContact,
    /// Other actions this organiser submitted.
    pub earlier: i64,
    /// Actions at the same place and time with a similar title: `(id, title, moderation)`,
    /// pending and rejected ones included.
    pub similar: Vec<(i64, String, String)>,
    /// The warnings the action raises, which its organiser saw and confirmed to send it.
    pub warnings: Vec<crate::domain::warnings::Warning>,
}

/// A change an organiser proposed to a published action, with its fields changed.
#[derive(Debug, Clone)]
pub struct ChangeReview {
    /// The action as published now.
    pub event: Event,
    /// The proposal's version (approving checks it is still that one).
    pub version: String,
    /// `[{"field", "before", "after"}]`, the organiser's contact left out.
    pub changes: Vec<serde_json::Value>,
}

/// The desk's queue: pending submissions oldest first, each with what a coordinator needs to
/// decide, and the changes proposed to published actions.
pub fn desk_queue(c: &Connection, today: Date) -> WriteResult<(Vec<Review>, Vec<ChangeReview>)> {
    let mut reviews = Vec::new();
    for event in events::pending(c)? {
        let contact = events::contact(c, event.id)?;
        let earlier = match contact.email.as_deref() {
            Some(m) => events::submitted_by(c, m, event.id)?,
            None => 0,
        };
        let similar = events::near_in_time(c, &event)?
            .into_iter()
            .filter(|(_, t, _)| crate::domain::warnings::similar_titles(t, &event.title))
            .collect();
        let warnings = crate::domain::warnings::warnings(&event.to_new(contact.clone()), today);
        reviews.push(Review {
            event,
            contact,
            earlier,
            similar,
            warnings,
        });
    }
    let mut changes = Vec::new();
    for (event, proposed) in proposed_edits(c)? {
        let contact = events::contact(c, event.id)?;
        let now = event.to_import_json(Some(&contact));
        changes.push(ChangeReview {
            version: proposed.version(),
            changes: super::changed_fields_with_contact(Some(&now), Some(&proposed.proposal)),
            event,
        });
    }
    Ok((reviews, changes))
}

/// Changes proposed by organisers that wait for a coordinator, oldest first, each with the
/// action as published now.
pub fn proposed_edits(c: &Connection) -> WriteResult<Vec<(Event, events::ProposedEdit)>> {
    events::proposed_edits(c)?
        .into_iter()
        .map(|p| Ok((any(c, p.event_id)?, p)))
        .collect()
}

/// A coordinator applies the change proposed for action `id`; its warnings were confirmed by
/// the organiser, and the coordinator's approval confirms them again. `reviewed` is the
/// proposal's version the coordinator saw ([`events::ProposedEdit::version`]): a proposal
/// replaced since is refused (409).
pub fn approve_edit(
    c: &mut Connection,
    who: &Coordinator,
    id: i64,
    reviewed: Option<&str>,
    today: Date,
    now: i64,
) -> WriteResult<Event> {
    audited(c, id, Actor::Coordinator(who), now, |tx, existing| {
        let proposed = waiting_edit(tx, id)?;
        if let Some(seen) = reviewed.filter(|v| *v != proposed.version()) {
            return Err(WriteError::Conflict(format!(
                "the change proposed for action {id} was replaced since you reviewed it (version {seen}, now {}); review it again",
                proposed.version()
            )));
        }
        let sub = Submission::from_json(proposed.proposal, Author::Coordinator)?.all_confirmed();
        let event = validated(tx, existing, sub, today)?;
        apply(
            tx,
            existing,
            &event,
            Actor::Coordinator(who),
            Edit::ApproveProposed,
            now,
        )?;
        Ok((Edit::ApproveProposed.action(), None))
    })
}

fn waiting_edit(c: &Connection, id: i64) -> WriteResult<events::ProposedEdit> {
    events::proposed_edit(c, id)?
        .filter(|p| p.refused.is_none())
        .ok_or_else(|| WriteError::NotFound(format!("no change to action {id} waits for review")))
}

/// A coordinator refuses the change proposed for action `id`, with a reason its organiser
/// sees; the published version stays.
pub fn reject_edit(c: &mut Connection, who: &Coordinator, id: i64, reason: &str, now: i64) -> WriteResult<Event> {
    let reason = crate::domain::text::required("reason", Some(reason), 1000, Lines::Many)?;
    audited(c, id, Actor::Coordinator(who), now, |tx, _| {
        let proposed = waiting_edit(tx, id)?;
        events::refuse_edit(tx, id, &reason)?;
        Ok((
            Action::RejectEdit,
            Some(serde_json::json!({ "reason": reason, "proposal": proposed.proposal })),
        ))
    })
}

/// A coordinator approves a pending (or rejected) submission: it becomes public. `reviewed`
/// is the SEQUENCE the coordinator saw: when the organiser edited the submission since, the
/// approval is refused (409), so what is published is always what was reviewed.
pub fn approve(c: &mut Connection, who: &Coordinator, id: i64, reviewed: Option<u32>, now: i64) -> WriteResult<Event> {
    decide(c, who, id, Decision::Approve { reviewed }, now)
}

/// A coordinator rejects a submission with a reason the organiser sees.
pub fn reject(c: &mut Connection, who: &Coordinator, id: i64, reason: &str, now: i64) -> WriteResult<Event> {
    let reason = crate::domain::text::required("reason", Some(reason), 1000, Lines::Many)?;
    decide(c, who, id, Decision::Reject { reason }, now)
}

/// A coordinator's decision on a submission.
enum Decision {
    /// Publish it, if it is still the version reviewed (its SEQUENCE), when one is given.
    Approve { reviewed: Option<u32> },
    /// Refuse it, with the reason its organiser sees.
    Reject { reason: String },
}

fn decide(c: &mut Connection, who: &Coordinator, id: i64, decision: Decision, now: i64) -> WriteResult<Event> {
    audited(c, id, Actor::Coordinator(who), now, |tx, existing| match decision {
        Decision::Approve { reviewed } => {
            if let Some(seen) = reviewed.filter(|s| *s != existing.sequence) {
                return Err(WriteError::Conflict(format!(
                    "action {id} changed since you reviewed it (version {seen}, now {}); review it again",
                    existing.sequence
                )));
            }
            events::set_moderation(tx, id, Moderation::Published, None, now)?;
            Ok((Action::Approve, None))
        }
        Decision::Reject { reason } => {
            if existing.moderation == Moderation::Published {
                return Err(WriteError::Conflict(format!(
                    "action {id} is already published; cancel it (edit its status) instead of rejecting it"
                )));
            }
            events::set_moderation(tx, id, Moderation::Rejected, Some(&reason), now)?;
            Ok((Action::Reject, None))
        }
    })
}

/// A coordinator edits any action; warnings are theirs to confirm too. A change its organiser
/// proposed stays for review: the review's diff is against the action as it is now, so
/// approving it later shows what it would undo.
pub fn edit_by_coordinator(
    c: &mut Connection,
    who: &Coordinator,
    id: i64,
    change: Change,
    today: Date,
    now: i64,
) -> WriteResult<Event> {
    let who = Actor::Coordinator(who);
    audited(c, id, who, now, |tx, existing| {
        let sub = change.resolve(super::snapshot(tx, id)?, Author::Coordinator)?;
        let event = validated(tx, existing, sub, today)?;
        apply(tx, existing, &event, who, Edit::Direct, now)?;
        Ok((Edit::Direct.action(), None))
    })
}

/// A coordinator cancels an action.
pub fn cancel_by_coordinator(c: &mut Connection, who: &Coordinator, id: i64, now: i64) -> WriteResult<Event> {
    cancel(c, id, Actor::Coordinator(who), now)
}

/// A coordinator takes an action out of feeds, which is only allowed once its dates passed
/// (before that, cancelling is what reaches subscribers).
pub fn remove(c: &mut Connection, who: &Coordinator, id: i64, today: Date, now: i64) -> WriteResult<()> {
    audited(c, id, Actor::Coordinator(who), now, |tx, existing| {
        match existing.last_date() {
            Some(last) if last < today => {}
            Some(last) => {
                return Err(WriteError::Conflict(format!(
                    "action {id} runs until {last}; it can leave feeds only after that; cancel it to tell subscribers"
                )));
            }
            None => {
                return Err(WriteError::Conflict(format!(
                    "action {id} repeats without end; cancel it instead"
                )));
            }
        }
        events::remove(tx, id, now)?;
        Ok((Action::Remove, None))
    })
    .map(|_| ())
}
