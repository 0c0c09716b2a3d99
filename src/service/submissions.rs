//! Organisers: a submission (pending until a coordinator approves it), and what its edit link
//! allows afterwards: read, edit (a published action's edit waits for review as a proposal),
//! cancel.

use std::collections::HashSet;

use jiff::civil::Date;
use rusqlite::Connection;
use serde_json::Value;

use super::tokens;
use super::{Edit, WriteError, WriteResult, apply, audited, cancel, checked, snapshot, validated};
use crate::domain::{DomainError, Event, EventForm, Moderation, WarningCode, from_json};
use crate::store::audit::{self, Action, Actor, Record};
use crate::store::events;

/// An action as an organiser or coordinator sends it: the import format, plus `confirm`.
#[derive(Debug, Clone)]
pub struct Submission {
    form: EventForm,
    confirm: HashSet<WarningCode>,
}

/// Who wrote a submission's body; organisers never choose a UID (one could overwrite
/// another's action), coordinators may name the one the action has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Author {
    /// An organiser, by the form, the API or (later) e-mail.
    Organiser,
    /// A coordinator editing any action.
    Coordinator,
}

impl Submission {
    /// Parses a JSON body written by `author`.
    pub fn from_json(mut body: Value, author: Author) -> Result<Self, DomainError> {
        let Some(map) = body.as_object_mut() else {
            return Err(DomainError::new(
                "body",
                "must be a JSON object with the fields of an action",
            ));
        };
        let refused = |other: &Value| {
            let codes: Vec<&str> = WarningCode::ALL.iter().map(|c| c.as_str()).collect();
            DomainError::new(
                "confirm",
                format!("{other} is not a warning code; codes: {}", codes.join(", ")),
            )
        };
        let confirm = match map.remove("confirm") {
            None | Some(Value::Null) => HashSet::new(),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| match v {
                    Value::String(s) => WarningCode::try_from(s.as_str()).map_err(|_| refused(v)),
                    other => Err(refused(other)),
                })
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(DomainError::new("confirm", "must be a list of warning codes")),
        };
        if author == Author::Organiser && map.contains_key("uid") {
            return Err(DomainError::new("uid", "is assigned by the service; leave it out"));
        }
        Ok(Self {
            form: from_json(body)?,
            confirm,
        })
    }

    /// The same submission with every warning confirmed (a coordinator's approval of what the
    /// organiser confirmed).
    pub fn all_confirmed(mut self) -> Self {
        self.confirm = WarningCode::ALL.into_iter().collect();
        self
    }

    /// The same submission with its status set.
    pub(crate) fn with_status(mut self, status: crate::domain::Status) -> Self {
        self.form.status = Some(status.as_str().to_string());
        self
    }

    /// The action's fields as sent.
    pub(crate) fn into_parts(self) -> (EventForm, HashSet<WarningCode>) {
        (self.form, self.confirm)
    }
}

/// An edit as it arrives: the whole action again (`PUT`), or only the fields that change
/// (`PATCH`, an RFC 7396 merge patch: a field sent replaces the stored one, `null` removes it,
/// a field left out stays), applied to the action as it is inside the write transaction.
#[derive(Debug, Clone)]
pub enum Change {
    Whole(Box<Submission>),
    Fields(serde_json::Map<String, Value>),
}

impl Change {
    /// The whole action this change makes of `existing` (whose import form, organiser contact
    /// included, is `current`), written by `author`.
    pub(crate) fn resolve(self, current: Option<Value>, author: Author) -> Result<Submission, DomainError> {
        match self {
            Self::Whole(sub) => Ok(*sub),
            Self::Fields(patch) => {
                let mut merged = match current {
                    Some(Value::Object(m)) => m,
                    _ => serde_json::Map::new(),
                };
                // The UID never changes: the stored one stays, one sent is ignored.
                merged.remove("uid");
                // One list of ways to join: a patch of either field replaces both.
                if patch.contains_key("online_url") || patch.contains_key("online_links") {
                    merged.remove("online_url");
                    merged.remove("online_links");
                }
                for (k, v) in patch {
                    if k == "uid" {
                        continue;
                    }
                    if v.is_null() {
                        merged.remove(&k);
                    } else {
                        merged.insert(k, v);
                    }
                }
                Submission::from_json(Value::Object(merged), author)
            }
        }
    }
}

/// What a new submission gives back: its id and the edit link's secret.
#[derive(Debug)]
pub struct Accepted {
    pub id: i64,
    pub uid: String,
    pub edit_token: String,
}

/// Validates and stores a submission as `pending`, with a fresh UID and edit link, and puts
/// the mail that sends the organiser their edit link in the outbox, in the same transaction.
/// `lang` is the organiser's interface language (`en`, `ar`, …): the language of every mail
/// they get about this action.
pub fn submit(c: &mut Connection, sub: Submission, lang: &str, today: Date, now: i64) -> WriteResult<Accepted> {
    submit_mailing(c, sub, lang, today, now, LinkMail::Yes)
}

/// Whether and how the organiser's edit link is mailed.
#[derive(Debug, Clone, Copy)]
pub enum LinkMail<'a> {
    /// Not mailed (an e-mailed event whose sender's address is not proven theirs).
    No,
    /// Mailed (the form and the API).
    Yes,
    /// Mailed as the answer to this message (its Message-ID, without <>): an e-mailed event.
    Answering(&'a str),
    /// An edit link (the sender is proven), not mailed now: the second and later actions of
    /// one message, whose answer went with the first.
    Quiet,
}

/// [`submit`], mailing the edit link as `link` says.
pub fn submit_mailing(
    c: &mut Connection,
    sub: Submission,
    lang: &str,
    today: Date,
    now: i64,
    link: LinkMail<'_>,
) -> WriteResult<Accepted> {
    let (mut form, confirm) = sub.into_parts();
    if form.organiser_email.as_deref().is_none_or(|e| e.trim().is_empty()) {
        return Err(DomainError::says("organiser_email", "err_email_required", &[]).into());
    }
    let uid = tokens::uid()?;
    form.uid = Some(uid.clone());
    let event = checked(c, form, &confirm, today)?;
    // An e-mailed action skipped the form's questions: its answer says what to check.
    let needs: Vec<String> = match link {
        LinkMail::Answering(_) => {
            let ui = crate::i18n::Ui::negotiate(Some(lang), Vec::new());
            super::unconfirmed(c, &event, &Default::default(), today)?
                .iter()
                .map(|w| w.message_in(ui))
                .collect()
        }
        _ => Vec::new(),
    };
    let (edit_token, edit_hash) = tokens::generate(tokens::EDIT)?;
    let tx = c.transaction()?;
    let id = events::upsert(&tx, &event, Moderation::Pending, now, &mut Default::default())?;
    // An e-mailed action whose sender is not proven gets no edit link, and so no mail at
    // all about it later (`events::organiser_mail` mails only actions with one): the address
    // on a forged From is not ours to write to.
    if !matches!(link, LinkMail::No) {
        events::set_edit_token(&tx, id, &edit_hash)?;
    }
    events::set_organiser_lang(&tx, id, lang)?;
    if let Some(to) = event.organiser.email.as_deref() {
        match link {
            LinkMail::No | LinkMail::Quiet => {}
            LinkMail::Yes => super::outbox::edit_link(&tx, id, to, lang, &edit_token, None, now)?,
            LinkMail::Answering(original) => {
                super::outbox::edit_link(&tx, id, to, lang, &edit_token, Some((original, &needs)), now)?
            }
        }
    }
    let after = snapshot(&tx, id)?;
    audit::record(
        &tx,
        now,
        Record {
            actor: Actor::Organiser,
            action: Action::Submit,
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

/// An organiser edits their action through the edit link. A pending or rejected action
/// changes at once. A published one does not: the change is kept as a proposal that waits for
/// a coordinator, and the published version stays in every feed and page until then
/// (subscribers must never see an unreviewed change; the organiser may still cancel at once).
/// A proposal equal to the published version withdraws an earlier one. Which of these happens
/// is decided inside the write transaction, so an approval landing at the same moment cannot
/// let the edit through unreviewed.
pub fn edit_by_organiser(c: &mut Connection, token: &str, change: Change, today: Date, now: i64) -> WriteResult<Event> {
    let id = by_edit_token(c, token)?.id;
    audited(c, id, Actor::Organiser, now, |tx, existing| {
        // A patch of a published action builds on the change already waiting, if any.
        let waiting = match existing.moderation {
            Moderation::Published => events::proposed_edit(tx, id)?.filter(|p| p.refused.is_none()),
            _ => None,
        };
        let base = match waiting {
            Some(p) => Some(p.proposal),
            None => snapshot(tx, id)?,
        };
        let mut sub = change.resolve(base, Author::Organiser)?;
        // Only the uncancel step turns a cancelled action back on (and only the organiser's
        // own cancellation, before it begins): an edit keeps it cancelled.
        if existing.status == crate::domain::Status::Cancelled {
            sub = sub.with_status(crate::domain::Status::Cancelled);
        }
        let event = validated(tx, existing, sub, today)?;
        if existing.moderation != Moderation::Published {
            apply(tx, existing, &event, Actor::Organiser, Edit::Direct, now)?;
            return Ok((Edit::Direct.action(), None));
        }
        let proposal = event.to_import_json();
        if snapshot(tx, id)?.as_ref() == Some(&proposal) {
            events::drop_edit(tx, id)?;
            return Ok((Action::WithdrawEdit, None));
        }
        events::propose_edit(tx, id, &proposal, now)?;
        Ok((Action::ProposeEdit, Some(proposal)))
    })
}

/// The change an organiser proposed for a published action, waiting or refused.
pub fn proposed_edit(c: &Connection, id: i64) -> WriteResult<Option<events::ProposedEdit>> {
    Ok(events::proposed_edit(c, id)?)
}

/// An organiser cancels their action: it stays in feeds, marked cancelled.
pub fn cancel_by_organiser(c: &mut Connection, token: &str, now: i64) -> WriteResult<Event> {
    let id = by_edit_token(c, token)?.id;
    cancel(c, id, Actor::Organiser, now)
}

/// Whether the organiser may take back the cancellation of `event` at `now`: they cancelled
/// it themselves (a coordinator's cancellation is the coordinator's to undo), and it has not
/// begun.
pub fn may_uncancel(c: &Connection, event: &Event, now: i64) -> WriteResult<bool> {
    Ok(event.status == crate::domain::Status::Cancelled
        && event.time.start_utc().as_second() > now
        && audit::last_actor(c, event.id, Action::Cancel)?.as_deref() == Some("organiser"))
}

/// The organiser takes back their own cancellation before the action begins: it is on again
/// (SEQUENCE up, so calendars show it again), with its audit entry.
pub fn uncancel_by_organiser(c: &mut Connection, token: &str, now: i64) -> WriteResult<Event> {
    let id = by_edit_token(c, token)?.id;
    audited(c, id, Actor::Organiser, now, |tx, existing| {
        if !may_uncancel(tx, existing, now)? {
            return Err(WriteError::Conflict(
                "only a cancellation you made yourself can be taken back, and only before the action begins".into(),
            ));
        }
        events::set_status(tx, id, crate::domain::Status::Confirmed, now)?;
        Ok((Action::Uncancel, None))
    })
}
