//! The audit log: who did what to which action or campaign, when, before and after.

use rusqlite::{Connection, params};
use serde::Serialize;

use super::Result;

/// One entry.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: i64,
    /// Unix seconds.
    pub at: i64,
    /// `coordinator:{id}:{name}`, `organiser`, `operator` (the command line) or
    /// `source:{id}:{name}` (a poll of a partner's calendar).
    pub actor: String,
    /// [`Action::as_str`]: `submit`, `approve`, `reject`, `edit`, `cancel`, `remove`,
    /// `campaign-create`, `import`, `coordinator-add`…
    pub action: String,
    pub event_id: Option<i64>,
    pub campaign: Option<String>,
    /// JSON of the thing before the change.
    pub before: Option<serde_json::Value>,
    /// JSON of the thing after the change.
    pub after: Option<serde_json::Value>,
}

/// Who made a change.
#[derive(Debug, Clone, Copy)]
pub enum Actor<'a> {
    /// The organiser, through their edit link (or the form that made it).
    Organiser,
    /// A coordinator, by token or session.
    Coordinator(&'a super::coordinators::Coordinator),
    /// Whoever runs the command line on the store's machine (imports, coordinators' tokens).
    Operator,
    /// A partner's calendar, by a poll: its source id and name.
    Source(i64, &'a str),
}

impl Actor<'_> {
    /// As stored: `organiser`, `operator`, `coordinator:{id}:{name}` or `source:{id}:{name}`.
    pub fn recorded(&self) -> String {
        match self {
            Self::Organiser => "organiser".to_string(),
            Self::Coordinator(c) => format!("coordinator:{}:{}", c.id, c.name),
            Self::Operator => "operator".to_string(),
            Self::Source(id, name) => format!("source:{id}:{name}"),
        }
    }
}

/// What a change did, as the log names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// An organiser submitted a new action.
    Submit,
    /// An action changed at once (an unpublished one by its organiser, any by a coordinator).
    Edit,
    /// An organiser proposed a change to their published action.
    ProposeEdit,
    /// An organiser sent the published version back, withdrawing their proposal.
    WithdrawEdit,
    /// A coordinator applied an organiser's proposal.
    ApproveEdit,
    /// A coordinator refused an organiser's proposal.
    RejectEdit,
    /// A submission was published.
    Approve,
    /// A submission was refused.
    Reject,
    /// An action was marked cancelled.
    Cancel,
    /// Its organiser took their own cancellation back before the action began.
    Uncancel,
    /// An action whose dates passed left the feeds.
    Remove,
    /// A campaign was made.
    CampaignCreate,
    /// A campaign changed.
    CampaignEdit,
    /// A file of actions and campaigns was imported.
    Import,
    /// A coordinator was given a token.
    CoordinatorAdd,
    /// A coordinator's token was revoked.
    CoordinatorRevoke,
}

impl Action {
    /// The name stored and shown in the log.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submit => "submit",
            Self::Edit => "edit",
            Self::ProposeEdit => "propose-edit",
            Self::WithdrawEdit => "withdraw-edit",
            Self::ApproveEdit => "approve-edit",
            Self::RejectEdit => "reject-edit",
            Self::Approve => "approve",
            Self::Reject => "reject",
            Self::Cancel => "cancel",
            Self::Uncancel => "uncancel",
            Self::Remove => "remove",
            Self::CampaignCreate => "campaign-create",
            Self::CampaignEdit => "campaign-edit",
            Self::Import => "import",
            Self::CoordinatorAdd => "coordinator-add",
            Self::CoordinatorRevoke => "coordinator-revoke",
        }
    }
}

/// What to record.
pub struct Record<'a> {
    pub actor: Actor<'a>,
    pub action: Action,
    pub event_id: Option<i64>,
    pub campaign: Option<&'a str>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// Appends an entry; call in the transaction of the change it describes.
pub fn record(c: &Connection, now: i64, r: Record<'_>) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO audit_log (at, actor, action, event_id, campaign, before, after) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        now,
        r.actor.recorded(),
        r.action.as_str(),
        r.event_id,
        r.campaign,
        r.before.map(|v| v.to_string()),
        r.after.map(|v| v.to_string())
    ])?;
    Ok(())
}

/// The newest entries before `before_id` (all when `None`), newest first, about action
/// `event` only and by actors whose recorded name contains `actor` whatever the case, in any
/// script ("élodie" finds "Élodie"; SQLite's `lower` folds ASCII only), when given; at most
/// `limit`. With `actor`, the log is read newest first until `limit` are found.
pub fn filtered(
    c: &Connection,
    event: Option<i64>,
    actor: Option<&str>,
    before_id: Option<i64>,
    limit: usize,
) -> Result<Vec<Entry>> {
    let mut stmt = c.prepare_cached(
        "SELECT id, at, actor, action, event_id, campaign, before, after FROM audit_log
         WHERE (?1 IS NULL OR id < ?1) AND (?2 IS NULL OR event_id = ?2)
         ORDER BY id DESC LIMIT ?3",
    )?;
    let folded = actor.map(str::to_lowercase);
    // Without an actor the limit is SQLite's; with one, rows are read until enough match.
    let sql_limit = if folded.is_some() { -1 } else { limit as i64 };
    let mut rows = stmt.query(params![before_id, event, sql_limit])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let e = entry(r)?;
        if folded
            .as_ref()
            .is_none_or(|f| e.actor.to_lowercase().contains(f.as_str()))
        {
            out.push(e);
            if out.len() == limit {
                break;
            }
        }
    }
    Ok(out)
}

fn entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
    let json = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    Ok(Entry {
        id: r.get("id")?,
        at: r.get("at")?,
        actor: r.get("actor")?,
        action: r.get("action")?,
        event_id: r.get("event_id")?,
        campaign: r.get("campaign")?,
        before: json(r.get("before")?),
        after: json(r.get("after")?),
    })
}

/// Who made the latest entry of `action` about action `event` (as recorded), if any.
pub fn last_actor(c: &Connection, event: i64, action: Action) -> Result<Option<String>> {
    use rusqlite::OptionalExtension as _;
    Ok(
        c.prepare_cached("SELECT actor FROM audit_log WHERE event_id = ?1 AND action = ?2 ORDER BY id DESC LIMIT 1")?
            .query_row(params![event, action.as_str()], |r| r.get(0))
            .optional()?,
    )
}

/// The newest entries before `before_id` (all when `None`), newest first.
pub fn list(c: &Connection, before_id: Option<i64>, limit: usize) -> Result<Vec<Entry>> {
    let mut stmt = c.prepare_cached(
        "SELECT id, at, actor, action, event_id, campaign, before, after FROM audit_log
         WHERE ?1 IS NULL OR id < ?1 ORDER BY id DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![before_id, limit as i64], entry)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_is_filtered_by_who_whatever_the_case_in_any_script() {
        let dir = tempfile::tempdir().expect("dir");
        let store = crate::store::Store::open(&dir.path().join("s.db")).expect("store");
        store
            .with_conn(|c| {
                for (id, name) in [(1, "Élodie Œuvre"), (2, "Ахмед"), (3, "Sam")] {
                    let who = super::super::coordinators::Coordinator { id, name: name.into() };
                    record(
                        c,
                        id,
                        Record {
                            actor: Actor::Coordinator(&who),
                            action: Action::CampaignCreate,
                            event_id: None,
                            campaign: Some("c"),
                            before: None,
                            after: None,
                        },
                    )?;
                }
                let who = |q: &str| -> Vec<String> {
                    filtered(c, None, Some(q), None, 10)
                        .expect("read")
                        .into_iter()
                        .map(|e| e.actor)
                        .collect()
                };
                assert_eq!(who("élodie"), ["coordinator:1:Élodie Œuvre"]);
                assert_eq!(who("ŒUVRE"), ["coordinator:1:Élodie Œuvre"]);
                assert_eq!(who("ахмед"), ["coordinator:2:Ахмед"]);
                assert_eq!(
                    filtered(c, None, None, None, 2).expect("read").len(),
                    2,
                    "the limit holds"
                );
                Ok::<_, crate::store::StoreError>(())
            })
            .expect("the log");
    }
}
