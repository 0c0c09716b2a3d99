//! Every write that is not a file import: organisers submit, edit and cancel through their edit
//! link; coordinators approve, reject, edit, remove and manage campaigns. One validation path
//! (the import format's domain types), one transaction per change, one audit entry per change.

use std::collections::HashSet;

use jiff::civil::Date;
use rusqlite::Connection;
use serde_json::Value;

use crate::domain::event::OrganiserContact;
use crate::domain::moderation::{self, Warning};
use crate::domain::{DomainError, Event, EventForm, Moderation, NewCampaign, NewEvent, Status, from_json};
use crate::store::audit::{self, Record};
use crate::store::coordinators::Coordinator;
use crate::store::{StoreError, campaigns, events};
use crate::tokens;

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

/// An action as an organiser or coordinator sends it: the import format, plus `confirm`.
#[derive(Debug, Clone)]
pub struct Submission {
    form: EventForm,
    confirm: HashSet<String>,
}

impl Submission {
    /// Parses a JSON body. Organisers may not choose a `uid`.
    pub fn from_json(mut body: Value, allow_uid: bool) -> Result<Self, DomainError> {
        let Some(map) = body.as_object_mut() else {
            return Err(DomainError::new(
                "body",
                "must be a JSON object with the fields of an action",
            ));
        };
        let confirm = match map.remove("confirm") {
            None | Some(Value::Null) => HashSet::new(),
            Some(Value::Array(items)) => items
                .into_iter()
                .map(|v| match v {
                    Value::String(s) if moderation::CODES.contains(&s.as_str()) => Ok(s),
                    other => Err(DomainError::new(
                        "confirm",
                        format!("{other} is not a warning code; codes: {}", moderation::CODES.join(", ")),
                    )),
                })
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(DomainError::new("confirm", "must be a list of warning codes")),
        };
        if !allow_uid && map.contains_key("uid") {
            return Err(DomainError::new("uid", "is assigned by the service; leave it out"));
        }
        Ok(Self {
            form: from_json(body)?,
            confirm,
        })
    }

    /// Builds a submission from an already-parsed form (the HTML form).
    pub fn from_form(form: EventForm, confirm: HashSet<String>) -> Self {
        Self { form, confirm }
    }
}

fn actor(c: &Coordinator) -> String {
    format!("coordinator:{}:{}", c.id, c.name)
}

fn snapshot(c: &Connection, id: i64) -> WriteResult<Option<Value>> {
    let contact = events::contact(c, id)?;
    Ok(events::any_by_id(c, id)?.map(|e| e.to_import_json(Some(&contact))))
}

/// Applies `change` to action `id` in one write transaction, with its audit entry: who, what,
/// and the action as it was before and after. The action is read inside the transaction (which
/// begins as a writer) and handed to `change`, so whatever `change` checks still holds at the
/// commit: no other writer can approve, edit or remove it in between. `change` answers the
/// audit action it took and, where the action itself did not change (a proposal, a refusal),
/// what to record as "after".
fn audited(
    c: &mut Connection,
    id: i64,
    actor: &str,
    now: i64,
    change: impl FnOnce(&Connection, &Event) -> WriteResult<(&'static str, Option<Value>)>,
) -> WriteResult<Event> {
    let tx = c.transaction()?;
    let existing = any(&tx, id)?;
    let before = snapshot(&tx, id)?;
    let (action, recorded) = change(&tx, &existing)?;
    let after = match recorded {
        Some(v) => Some(v),
        None => snapshot(&tx, id)?,
    };
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

fn check_campaigns(c: &Connection, event: &NewEvent) -> WriteResult<()> {
    let known = campaigns::slugs(c)?;
    if let Some(unknown) = event.campaigns.iter().find(|s| !known.iter().any(|k| k == s.as_str())) {
        return Err(DomainError::new(
            "campaigns",
            format!("{:?} is not a campaign; known: {}", unknown.as_str(), known.join(", ")),
        )
        .into());
    }
    Ok(())
}

/// The warnings `event` raises that `confirm` does not accept, likely duplicates included.
fn unconfirmed(c: &Connection, event: &NewEvent, confirm: &HashSet<String>, today: Date) -> WriteResult<Vec<Warning>> {
    let mut warnings = moderation::warnings(event, today);
    let duplicates: Vec<(i64, String)> = events::overlapping(c, event)?
        .into_iter()
        .filter(|(_, t)| moderation::similar_titles(t, &event.title))
        .collect();
    if let Some((id, title)) = duplicates.first() {
        warnings.push(Warning {
            code: "possible_duplicate",
            field: "title",
            message: format!(
                "looks like an action already in the calendar at the same place and time: {title:?} (id {id})"
            ),
        });
    }
    Ok(warnings.into_iter().filter(|w| !confirm.contains(w.code)).collect())
}

/// What a new submission gives back: its id and the edit link's secret.
#[derive(Debug)]
pub struct Accepted {
    pub id: i64,
    pub uid: String,
    pub edit_token: String,
}

/// Validates and stores a submission as `pending`, with a fresh UID and edit link.
pub fn submit(c: &mut Connection, sub: Submission, today: Date, now: i64) -> WriteResult<Accepted> {
    let mut form = sub.form;
    if form.organiser_email.as_deref().is_none_or(|e| e.trim().is_empty()) {
        return Err(DomainError::new(
            "organiser_email",
            "is required, so that coordinators can reach you; it is never published",
        )
        .into());
    }
    let uid = tokens::uid()?;
    form.uid = Some(uid.clone());
    let event = NewEvent::try_from(form)?;
    check_campaigns(c, &event)?;
    let open = unconfirmed(c, &event, &sub.confirm, today)?;
    if !open.is_empty() {
        return Err(WriteError::NeedsConfirmation(open));
    }
    let (edit_token, edit_hash) = tokens::generate(tokens::EDIT)?;
    let tx = c.transaction()?;
    let id = events::upsert(&tx, &event, Moderation::Pending, now, &mut Default::default())?;
    events::set_edit_token(&tx, id, &edit_hash)?;
    let after = snapshot(&tx, id)?;
    audit::record(
        &tx,
        now,
        Record {
            actor: "organiser",
            action: "submit",
            event_id: Some(id),
            campaign: None,
            before: None,
            after,
        },
    )?;
    tx.commit()?;
    Ok(Accepted { id, uid, edit_token })
}

/// The action an edit link opens.
pub fn by_edit_token(c: &Connection, token: &str) -> WriteResult<Event> {
    events::by_edit_token(c, &tokens::hash(token))?
        .ok_or_else(|| WriteError::NotFound("this edit link opens nothing; check that it was copied whole".into()))
}

/// `sub` as the new version of `existing`: validated, keeping its UID (and its contact where
/// `sub` has none), its campaigns known, its warnings confirmed.
fn validated(c: &Connection, existing: &Event, sub: Submission, today: Date) -> WriteResult<NewEvent> {
    let mut form = sub.form;
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
    let event = NewEvent::try_from(form)?;
    check_campaigns(c, &event)?;
    let open = unconfirmed(c, &event, &sub.confirm, today)?;
    if !open.is_empty() {
        return Err(WriteError::NeedsConfirmation(open));
    }
    Ok(event)
}

/// Writes `event` over `existing` (SEQUENCE goes up when anything changed), inside the caller's
/// transaction. A corrected rejected submission goes back to the queue; approving an
/// organiser's proposal settles it.
fn apply(tx: &Connection, existing: &Event, event: &NewEvent, actor: &str, edit: Edit, now: i64) -> WriteResult<()> {
    events::upsert(tx, event, existing.moderation, now, &mut Default::default())?;
    if actor == "organiser" && existing.moderation == Moderation::Rejected {
        events::set_moderation(tx, existing.id, Moderation::Pending, None, now)?;
    }
    if edit == Edit::ApproveProposed {
        events::drop_edit(tx, existing.id)?;
    }
    Ok(())
}

/// Which kind of edit an audit entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edit {
    /// Applied at once (an unpublished action, or a coordinator's own edit).
    Direct,
    /// A coordinator applies the change an organiser proposed for a published action.
    ApproveProposed,
}

impl Edit {
    fn as_str(self) -> &'static str {
        match self {
            Self::Direct => "edit",
            Self::ApproveProposed => "approve-edit",
        }
    }
}

/// An organiser edits their action through the edit link. A pending or rejected action
/// changes at once. A published one does not: the change is kept as a proposal that waits for
/// a coordinator, and the published version stays in every feed and page until then
/// (subscribers must never see an unreviewed change; the organiser may still cancel at once).
/// A proposal equal to the published version withdraws an earlier one. Which of these happens
/// is decided inside the write transaction, so an approval landing at the same moment cannot
/// let the edit through unreviewed.
pub fn edit_by_organiser(
    c: &mut Connection,
    token: &str,
    sub: Submission,
    today: Date,
    now: i64,
) -> WriteResult<Event> {
    let id = by_edit_token(c, token)?.id;
    audited(c, id, "organiser", now, |tx, existing| {
        let event = validated(tx, existing, sub, today)?;
        if existing.moderation != Moderation::Published {
            apply(tx, existing, &event, "organiser", Edit::Direct, now)?;
            return Ok((Edit::Direct.as_str(), None));
        }
        let proposal = event.to_import_json();
        if snapshot(tx, id)?.as_ref() == Some(&proposal) {
            events::drop_edit(tx, id)?;
            return Ok(("withdraw-edit", None));
        }
        events::propose_edit(tx, id, &proposal, now)?;
        Ok(("propose-edit", Some(proposal)))
    })
}

/// The change an organiser proposed for a published action, waiting or refused.
pub fn proposed_edit(c: &Connection, id: i64) -> WriteResult<Option<events::ProposedEdit>> {
    Ok(events::proposed_edit(c, id)?)
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
    audited(c, id, &actor(who), now, |tx, existing| {
        let proposed = waiting_edit(tx, id)?;
        if let Some(seen) = reviewed.filter(|v| *v != proposed.version()) {
            return Err(WriteError::Conflict(format!(
                "the change proposed for action {id} was replaced since you reviewed it (version {seen}, now {}); review it again",
                proposed.version()
            )));
        }
        let mut sub = Submission::from_json(proposed.proposal, true)?;
        sub.confirm = moderation::CODES.iter().map(|c| c.to_string()).collect();
        let event = validated(tx, existing, sub, today)?;
        apply(tx, existing, &event, &actor(who), Edit::ApproveProposed, now)?;
        Ok((Edit::ApproveProposed.as_str(), None))
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
    let reason = crate::domain::text::required("reason", Some(reason), 1000, true)?;
    audited(c, id, &actor(who), now, |tx, _| {
        let proposed = waiting_edit(tx, id)?;
        events::refuse_edit(tx, id, &reason)?;
        Ok((
            "reject-edit",
            Some(serde_json::json!({ "reason": reason, "proposal": proposed.proposal })),
        ))
    })
}

fn cancel(c: &mut Connection, id: i64, actor: &str, now: i64) -> WriteResult<Event> {
    audited(c, id, actor, now, |tx, _| {
        events::set_status(tx, id, Status::Cancelled, now)?;
        // A change proposed for a cancelled action is moot.
        events::drop_edit(tx, id)?;
        Ok(("cancel", None))
    })
}

/// An organiser cancels their action: it stays in feeds, marked cancelled.
pub fn cancel_by_organiser(c: &mut Connection, token: &str, now: i64) -> WriteResult<Event> {
    let id = by_edit_token(c, token)?.id;
    cancel(c, id, "organiser", now)
}

fn any(c: &Connection, id: i64) -> WriteResult<Event> {
    events::any_by_id(c, id)?.ok_or_else(|| WriteError::NotFound(format!("no action {id}")))
}

/// A coordinator approves a pending (or rejected) submission: it becomes public. `reviewed`
/// is the SEQUENCE the coordinator saw: when the organiser edited the submission since, the
/// approval is refused (409), so what is published is always what was reviewed.
pub fn approve(c: &mut Connection, who: &Coordinator, id: i64, reviewed: Option<u32>, now: i64) -> WriteResult<Event> {
    decide(c, who, id, Decision::Approve { reviewed }, now)
}

/// A coordinator rejects a submission with a reason the organiser sees.
pub fn reject(c: &mut Connection, who: &Coordinator, id: i64, reason: &str, now: i64) -> WriteResult<Event> {
    let reason = crate::domain::text::required("reason", Some(reason), 1000, true)?;
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
    audited(c, id, &actor(who), now, |tx, existing| match decision {
        Decision::Approve { reviewed } => {
            if let Some(seen) = reviewed.filter(|s| *s != existing.sequence) {
                return Err(WriteError::Conflict(format!(
                    "action {id} changed since you reviewed it (version {seen}, now {}); review it again",
                    existing.sequence
                )));
            }
            events::set_moderation(tx, id, Moderation::Published, None, now)?;
            Ok(("approve", None))
        }
        Decision::Reject { reason } => {
            if existing.moderation == Moderation::Published {
                return Err(WriteError::Conflict(format!(
                    "action {id} is already published; cancel it (edit its status) instead of rejecting it"
                )));
            }
            events::set_moderation(tx, id, Moderation::Rejected, Some(&reason), now)?;
            Ok(("reject", None))
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
    sub: Submission,
    today: Date,
    now: i64,
) -> WriteResult<Event> {
    let who = actor(who);
    audited(c, id, &who, now, |tx, existing| {
        let event = validated(tx, existing, sub, today)?;
        apply(tx, existing, &event, &who, Edit::Direct, now)?;
        Ok((Edit::Direct.as_str(), None))
    })
}

/// A coordinator cancels an action.
pub fn cancel_by_coordinator(c: &mut Connection, who: &Coordinator, id: i64, now: i64) -> WriteResult<Event> {
    cancel(c, id, &actor(who), now)
}

/// A coordinator takes an action out of feeds, which is only allowed once its dates passed
/// (before that, cancelling is what reaches subscribers).
pub fn remove(c: &mut Connection, who: &Coordinator, id: i64, today: Date, now: i64) -> WriteResult<()> {
    audited(c, id, &actor(who), now, |tx, existing| {
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
        Ok(("remove", None))
    })
    .map(|_| ())
}

fn campaign_json(c: &NewCampaign) -> Value {
    serde_json::json!({ "slug": c.slug.as_str(), "name": c.name, "description": c.description, "hashtag": c.hashtag })
}

/// A coordinator creates (`create`) or edits a campaign.
pub fn save_campaign(
    c: &mut Connection,
    who: &Coordinator,
    campaign: NewCampaign,
    create: bool,
    now: i64,
) -> WriteResult<()> {
    let existing = campaigns::by_slug(c, &campaign.slug)?;
    match (&existing, create) {
        (Some(_), true) => {
            return Err(WriteError::Conflict(format!(
                "campaign {:?} exists; edit it instead",
                campaign.slug.as_str()
            )));
        }
        (None, false) => {
            return Err(WriteError::NotFound(format!(
                "no campaign {:?}",
                campaign.slug.as_str()
            )));
        }
        _ => {}
    }
    let before = existing.map(|e| serde_json::json!({ "slug": e.slug.as_str(), "name": e.name, "description": e.description, "hashtag": e.hashtag }));
    let tx = c.transaction()?;
    campaigns::upsert(&tx, &campaign, now)?;
    let actor = actor(who);
    let action = if create { "campaign-create" } else { "campaign-edit" };
    audit::record(
        &tx,
        now,
        Record {
            actor: &actor,
            action,
            event_id: None,
            campaign: Some(campaign.slug.as_str()),
            before,
            after: Some(campaign_json(&campaign)),
        },
    )?;
    tx.commit()?;
    Ok(())
}
