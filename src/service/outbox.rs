//! Which writes mail whom: the messages a change puts in the outbox, inside the change's own
//! transaction, so that a mail exists exactly when its change was committed. The mail worker
//! (`crate::mail`) composes and sends them later; a relay that is down delays them only.

use rusqlite::Connection;
use serde_json::{Value, json};

use super::{WriteResult, changed_fields};
use crate::domain::{Event, Moderation, Status};
use crate::store::audit::Action;
use crate::store::events;
use crate::store::outbox::{self, Kind, NewMail};

/// The organiser's private edit link, right after their submission `id`.
/// `answering`, for an e-mailed event: the message it answers (its Message-ID without <>) and
/// what the sender should check (the form's warnings, in their language).
pub(crate) fn edit_link(
    c: &Connection,
    id: i64,
    recipient: &str,
    lang: &str,
    token: &str,
    answering: Option<(&str, &[String])>,
    now: i64,
) -> WriteResult<()> {
    let mut data = json!({ "token": token });
    if let Some((original, needs)) = answering {
        data["in_reply_to"] = json!(original);
        data["needs"] = json!(needs);
    }
    outbox::enqueue(
        c,
        &NewMail {
            kind: Kind::EditLink,
            recipient,
            event_id: Some(id),
            coordinator_id: None,
            lang,
            data,
        },
        now,
    )?;
    Ok(())
}

/// What a coordinator's `action` on `existing` (as it was before) tells its organiser, if
/// anything: approval, rejection (with its reason), cancellation, an edit (the fields changed,
/// from the audit entry's `before` and `after`), a decision on a proposed change. Only
/// organisers who submitted through this service hear of it ([`events::organiser_mail`]); an
/// approval of a published action or a cancellation of a cancelled one (a button pressed
/// twice) tells nothing new.
pub(crate) fn after_coordinator(
    c: &Connection,
    existing: &Event,
    action: Action,
    before: Option<&Value>,
    after: Option<&Value>,
    now: i64,
) -> WriteResult<()> {
    let id = existing.id;
    let (kind, data) = match action {
        Action::Approve if existing.moderation == Moderation::Published => return Ok(()),
        Action::Cancel if existing.status == Status::Cancelled => return Ok(()),
        Action::Approve => (Kind::Approved, json!({})),
        Action::Reject => {
            let reason = events::any_by_id(c, id)?.and_then(|e| e.reject_reason);
            (Kind::Rejected, json!({ "reason": reason }))
        }
        Action::Cancel => (Kind::Cancelled, json!({})),
        Action::Edit => {
            let changes = changed_fields(before, after);
            if changes.is_empty() {
                return Ok(());
            }
            (Kind::Edited, json!({ "changes": changes }))
        }
        Action::ApproveEdit => (Kind::EditApproved, json!({})),
        Action::RejectEdit => (
            Kind::EditRejected,
            json!({ "reason": after.and_then(|a| a.get("reason")).cloned() }),
        ),
        _ => return Ok(()),
    };
    let Some((recipient, lang)) = events::organiser_mail(c, id)? else {
        return Ok(());
    };
    outbox::enqueue(
        c,
        &NewMail {
            kind,
            recipient: &recipient,
            event_id: Some(id),
            coordinator_id: None,
            lang: &lang,
            data,
        },
        now,
    )?;
    Ok(())
}

/// The answer to an e-mailed `CANCEL` (the message `in_reply_to`, its Message-ID without <>)
/// that cancelled action `id`; `withdrawn` when it had not been published yet.
pub(crate) fn cancelled_answering(
    c: &Connection,
    id: i64,
    recipient: &str,
    lang: &str,
    in_reply_to: &str,
    withdrawn: bool,
    now: i64,
) -> WriteResult<()> {
    outbox::enqueue(
        c,
        &NewMail {
            kind: Kind::Cancelled,
            recipient,
            event_id: Some(id),
            coordinator_id: None,
            lang,
            data: json!({ "in_reply_to": in_reply_to, "by_sender": true, "withdrawn": withdrawn }),
        },
        now,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_fields_that_differ_are_told_and_never_the_contact() {
        let before = json!({"title": "Vigil", "start": "2027-11-29T18:00", "organiser_email": "a@x.org"});
        let after =
            json!({"title": "Vigil", "start": "2027-11-29T19:00", "city": "Beirut", "organiser_email": "b@x.org"});
        let changes = changed_fields(Some(&before), Some(&after));
        assert_eq!(
            changes,
            vec![
                json!({"field": "city", "before": null, "after": "Beirut"}),
                json!({"field": "start", "before": "2027-11-29T18:00", "after": "2027-11-29T19:00"}),
            ]
        );
        assert!(changed_fields(None, Some(&after)).is_empty());
    }
}
