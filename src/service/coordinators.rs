//! Coordinators: their tokens, given and revoked from the command line (each with its audit
//! entry), and their browser sessions on the moderation desk (not audited: a session changes
//! nothing in the calendar; failed sign-ins are rate-limited instead).

use rusqlite::Connection;
use serde_json::json;

use super::tokens;
use super::{WriteError, WriteResult};
use crate::domain::DomainError;
use crate::domain::text::{self, Lines};
use crate::store::audit::{self, Action, Actor, Record};
use crate::store::coordinators::{self, Coordinator};

/// Longest coordinator name, in characters.
pub const NAME_MAX: usize = 100;

fn recorded(c: &Coordinator) -> serde_json::Value {
    json!({ "coordinator": { "id": c.id, "name": c.name } })
}

/// Gives `name` a coordinator token; answers the coordinator and the token, which is shown
/// once and stored only hashed. The name is cleaned like every text shown on a page (it
/// appears on the desk and in the audit log).
pub fn add(c: &mut Connection, name: &str, now: i64) -> WriteResult<(Coordinator, String)> {
    let name = text::clean(name, Lines::One)
        .filter(|n| n.chars().count() <= NAME_MAX)
        .ok_or_else(|| DomainError::new("name", format!("must be 1 to {NAME_MAX} printable characters")))?;
    let (token, hash) = tokens::generate(tokens::COORDINATOR)?;
    let tx = c.transaction()?;
    let id = coordinators::add(&tx, &name, &hash, now)?;
    let who = Coordinator { id, name };
    audit::record(
        &tx,
        now,
        Record {
            actor: Actor::Operator,
            action: Action::CoordinatorAdd,
            event_id: None,
            campaign: None,
            before: None,
            after: Some(recorded(&who)),
        },
    )?;
    tx.commit()?;
    Ok((who, token))
}

/// Revokes the active coordinators with this id or name and ends their sessions; 404 when
/// nobody matched.
pub fn revoke(c: &mut Connection, who: &str, now: i64) -> WriteResult<Vec<Coordinator>> {
    revoke_by(c, Whom::IdOrName(who), Actor::Operator, now)
}

/// Whose token a revocation ends.
#[derive(Debug, Clone, Copy)]
pub enum Whom<'a> {
    /// The command line's argument: an id or a name.
    IdOrName(&'a str),
    /// The desk's button: this id only.
    Id(i64),
}

/// [`revoke`], recorded as done by `by` (a coordinator on the desk, or the operator).
pub fn revoke_by(c: &mut Connection, whom: Whom<'_>, by: Actor<'_>, now: i64) -> WriteResult<Vec<Coordinator>> {
    let tx = c.transaction()?;
    let (revoked, who) = match whom {
        Whom::IdOrName(who) => (coordinators::revoke(&tx, who, now)?, who.to_string()),
        Whom::Id(id) => (coordinators::revoke_id(&tx, id, now)?, id.to_string()),
    };
    if revoked.is_empty() {
        return Err(WriteError::NotFound(format!(
            "no active coordinator with id or name {who:?}"
        )));
    }
    for k in &revoked {
        audit::record(
            &tx,
            now,
            Record {
                actor: by,
                action: Action::CoordinatorRevoke,
                event_id: None,
                campaign: None,
                before: Some(recorded(k)),
                after: None,
            },
        )?;
    }
    tx.commit()?;
    Ok(revoked)
}

/// A browser session for `who` until `expires_at`: its cookie value and the token its forms
/// carry (both shown once; the session is stored hashed).
pub fn sign_in(c: &Connection, who: &Coordinator, expires_at: i64) -> WriteResult<(String, String)> {
    let (session, session_hash) = tokens::generate(tokens::SESSION)?;
    let (csrf, _) = tokens::generate("")?;
    coordinators::open_session(c, &session_hash, who.id, &csrf, expires_at)?;
    Ok((session, csrf))
}

/// The coordinator and form token of the live session whose cookie holds `session`.
pub fn session(c: &Connection, session: &str, now: i64) -> WriteResult<Option<(Coordinator, String)>> {
    Ok(coordinators::session(c, &tokens::hash(session), now)?)
}

/// The active coordinator holding `token`.
pub fn by_token(c: &Connection, token: &str) -> WriteResult<Option<Coordinator>> {
    Ok(coordinators::by_token_hash(c, &tokens::hash(token))?)
}

/// Ends the session whose cookie holds `session`.
pub fn sign_out(c: &Connection, session: &str) -> WriteResult<()> {
    Ok(coordinators::close_session(c, &tokens::hash(session))?)
}
