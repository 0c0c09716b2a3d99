//! "E-mail us your event" (issue 18, first part): a message delivered by the MTA
//! (`actioncal ingest-mail`) is kept as it came, then read; each event of an iCalendar part
//! (`text/calendar`, `application/ics`, `*.ics`; iTIP `PUBLISH`, `REQUEST`) becomes a pending
//! action, with the same time resolution as partners' calendars; a `CANCEL` from the same
//! sender the receiving MTA authenticated, for the same UID, cancels what it made (a pending
//! one leaves the queue). A message with no calendar is read as the sender wrote it
//! ([`prose::read`]: title, date, time, place, zone, link, in English, Spanish, French or
//! Arabic): one action when date, time and zone were all read with confidence, else the
//! message waits for a coordinator with what was read.
//!
//! **The reply.** The sender gets each action's edit link, as an answer in the message's thread
//! (`In-Reply-To`, `References`, `Auto-Submitted: auto-replied`, `X-Auto-Response-Suppress:
//! All`), through the outbox, only when all of these hold (RFC 3834 §2, and because `From` is
//! forgeable): the message is not automatic (`Auto-Submitted` other than `no`, `Precedence:
//! bulk/junk/list`, `List-Id`, `List-Unsubscribe`, a null or MAILER-DAEMON sender); the
//! receiving MTA's `Authentication-Results` (from the configured authserv-id) shows DMARC pass,
//! or SPF or DKIM pass aligned with the `From` domain; and the address was not answered within
//! [`ReplyPolicy::interval`]. Otherwise the actions wait for a coordinator, silently.
//!
//! The answer is in the language the sender wrote in.

use std::io::Write as _;

use jiff::civil::Date;
use mail_parser::{MessageParser, MimeHeaders as _};
use rusqlite::Connection;
use sha2::Digest as _;

use super::sources::form_of;
use super::submissions::{Author, LinkMail, Submission, submit_mailing};
use super::{WriteError, WriteResult};
use crate::domain::{EventForm, Status, prose};
use crate::ical::read::read_served;
use crate::store::audit::{self, Action, Actor, Record};
use crate::store::sources::{SourceSettings, Trust};
use crate::store::{StoreError, campaigns, events, inbound};

/// Largest message kept whole, in bytes; a larger one is kept cut at this size, and left for a
/// coordinator.
pub const MESSAGE_MAX: usize = 25 * 1024 * 1024;
/// Most events taken from one message.
pub const EVENTS_MAX: usize = 50;

/// The envelope of a delivery, as the MTA gives it (`--sender`, `--recipient`).
#[derive(Debug, Clone, Default)]
pub struct Envelope {
    pub sender: Option<String>,
    pub recipient: Option<String>,
}

/// When the intake answers a sender.
#[derive(Debug, Clone)]
pub struct ReplyPolicy {
    /// The authserv-id of the receiving MTA's `Authentication-Results` headers to trust
    /// (`--authserv-id`); without one, nobody is answered.
    pub authserv_id: Option<String>,
    /// One answer per address within this many seconds.
    pub interval: i64,
}

impl Default for ReplyPolicy {
    fn default() -> Self {
        Self {
            authserv_id: None,
            interval: 600,
        }
    }
}

/// Whether `domain` is `from` or a subdomain of it, or the other way round (relaxed
/// alignment, RFC 7489 §3.1, without a public-suffix list).
fn aligned(domain: &str, from: &str) -> bool {
    let (d, f) = (domain.trim().to_ascii_lowercase(), from.trim().to_ascii_lowercase());
    !d.is_empty() && (d == f || d.ends_with(&format!(".{f}")) || f.ends_with(&format!(".{d}")))
}

/// The top-level header fields of `message` as they came: lower-case name, unfolded raw value.
fn header_fields(message: &mail_parser::Message<'_>) -> Vec<(String, String)> {
    let raw = message.raw_message();
    message
        .headers()
        .iter()
        .map(|h| {
            let value = raw
                .get(h.offset_start as usize..h.offset_end as usize)
                .map(|v| String::from_utf8_lossy(v).replace(['\r', '\n'], " "))
                .unwrap_or_default();
            (h.name.as_str().to_ascii_lowercase(), value.trim().to_string())
        })
        .collect()
}

/// Why the sender of a message (its [`header_fields`]) is not answered, or `None` when they
/// may be: [`automatic_because`], then [`authenticated`].
fn no_reply_because(
    headers: &[(String, String)],
    envelope: &Envelope,
    from: &str,
    policy: &ReplyPolicy,
) -> Option<String> {
    if let Some(why) = automatic_because(headers, envelope, from) {
        return Some(why);
    }
    authenticated(headers, from, policy).err()
}

/// Why a message is not a person's own (RFC 3834 §2: automatic, bulk and list messages,
/// delivery reports), or `None`. Such a message is never answered, and its text is not read
/// into an action (an answer of another calendar, this one's included, says when and where).
fn automatic_because(headers: &[(String, String)], envelope: &Envelope, from: &str) -> Option<String> {
    let value = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.to_ascii_lowercase())
    };
    if value("auto-submitted").is_some_and(|v| !v.starts_with("no")) {
        return Some("an automatic message (Auto-Submitted)".into());
    }
    if value("precedence").is_some_and(|v| ["bulk", "junk", "list"].iter().any(|p| v.starts_with(p))) {
        return Some("a bulk or list message (Precedence)".into());
    }
    if value("list-id").is_some() || value("list-unsubscribe").is_some() {
        return Some("a mailing list's message".into());
    }
    let sender = envelope
        .sender
        .as_deref()
        .unwrap_or("")
        .trim()
        .trim_matches(['<', '>'])
        .to_ascii_lowercase();
    let local = from.split('@').next().unwrap_or("");
    if sender.is_empty() && envelope.sender.is_some()
        || sender.starts_with("mailer-daemon")
        || local == "mailer-daemon"
        || local == "postmaster"
    {
        return Some("a delivery report (null or MAILER-DAEMON sender)".into());
    }
    None
}

/// Whether the receiving MTA (`policy.authserv_id`) vouches for `from`: one of its
/// `Authentication-Results` (RFC 8601) shows DMARC pass for the `From` domain, or SPF or DKIM
/// pass aligned with it. `Err` says why not. `From:` and the envelope sender are forgeable, so
/// everything that acts on the sender's say-so (the edit link answered, a `CANCEL`) needs this.
fn authenticated(headers: &[(String, String)], from: &str, policy: &ReplyPolicy) -> Result<(), String> {
    let Some(authserv) = policy.authserv_id.as_deref() else {
        return Err("no --authserv-id: senders cannot be checked, so nobody is answered".into());
    };
    let domain = from.rsplit('@').next().unwrap_or("");
    // Only the topmost header from our authserv-id counts: the receiving MTA adds its own on
    // top; any below it with the same id were written by someone else (RFC 8601 §5).
    let ours = headers
        .iter()
        .filter(|(n, _)| n == "authentication-results")
        .map(|(_, v)| results_of(v))
        .find(|(id, _)| id.eq_ignore_ascii_case(authserv));
    let passed = ours.is_some_and(|(_, results)| {
        results.iter().any(|(method, result, props)| {
            let prop = |key: &str| props.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
            let domain_of = |v: &str| v.rsplit('@').next().unwrap_or("").to_string();
            result == "pass"
                && match method.as_str() {
                    "dmarc" => prop("header.from").is_some_and(|d| aligned(&domain_of(d), domain)),
                    "spf" => prop("smtp.mailfrom").is_some_and(|d| aligned(&domain_of(d), domain)),
                    "dkim" => prop("header.d")
                        .or(prop("header.i"))
                        .is_some_and(|d| aligned(&domain_of(d), domain)),
                    _ => false,
                }
        })
    });
    if !passed {
        return Err(format!(
            "the sender's address is not authenticated (no DMARC, aligned SPF or DKIM pass from {authserv})"
        ));
    }
    Ok(())
}

/// One result of an `Authentication-Results` header: method (`dkim`), result (`pass`), and
/// its properties (`header.d` and its value), lower case.
type AuthResult = (String, String, Vec<(String, String)>);

/// One `Authentication-Results` value (RFC 8601 §2.2) read as its grammar says: comments
/// (nested parentheses) dropped, `;` and spaces inside quoted strings kept, so a quoted or
/// commented value cannot pose as another result or property. The authserv-id, then each
/// result: method, result, properties (`header.d` → its value; a quoted value without its
/// quotes, whose `@` inside the quotes is not a domain's).
fn results_of(value: &str) -> (String, Vec<AuthResult>) {
    // Tokens outside comments; quoted strings become one token each (quotes kept, so a
    // domain is read after the last @ outside them).
    let mut clauses: Vec<Vec<String>> = vec![Vec::new()];
    let mut token = String::new();
    let (mut depth, mut quoted, mut escaped) = (0usize, false, false);
    let flush = |token: &mut String, clauses: &mut Vec<Vec<String>>| {
        if !token.is_empty() {
            clauses.last_mut().expect("a clause").push(std::mem::take(token));
        }
    };
    for ch in value.chars() {
        if escaped {
            token.push(ch);
            escaped = false;
            continue;
        }
        match ch {
            '\\' if quoted || depth > 0 => escaped = true,
            '"' if depth == 0 => {
                quoted = !quoted;
                token.push(ch);
            }
            _ if quoted => token.push(ch),
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            ';' => {
                flush(&mut token, &mut clauses);
                clauses.push(Vec::new());
            }
            c if c.is_whitespace() => flush(&mut token, &mut clauses),
            c => token.push(c),
        }
    }
    flush(&mut token, &mut clauses);
    let mut clauses = clauses.into_iter();
    let id = clauses.next().and_then(|c| c.into_iter().next()).unwrap_or_default();
    let unquote = |v: &str| -> String {
        // `"local;part"@domain`: what is inside the quotes is the local part.
        match v.rfind('"') {
            Some(end) => format!("x{}", &v[end + 1..]),
            None => v.to_string(),
        }
    };
    let results = clauses
        .filter_map(|tokens| {
            let mut tokens = tokens.into_iter();
            let (method, result) = tokens
                .next()?
                .split_once('=')
                .map(|(m, r)| (m.to_ascii_lowercase(), r.to_ascii_lowercase()))?;
            let props = tokens
                .filter_map(|t| {
                    let (k, v) = t.split_once('=')?;
                    Some((k.to_ascii_lowercase(), unquote(v).to_ascii_lowercase()))
                })
                .collect();
            Some((method, result, props))
        })
        .collect();
    (id, results)
}

/// What one message became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Taken {
    /// The same message (Message-ID and content) was taken before: nothing done.
    AlreadyTaken,
    /// Kept and read: the actions made (pending) and cancelled, and what could not be taken.
    Read {
        mail: i64,
        made: Vec<i64>,
        cancelled: Vec<i64>,
        notes: Vec<String>,
    },
    /// Kept, left for a coordinator, and why.
    ForReview { mail: i64, why: String },
}

fn gzip(raw: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to a Vec cannot fail.
    let _ = z.write_all(raw);
    z.finish().unwrap_or_default()
}

/// The campaign a recipient's `+extension` names (`calendar+flag-day@…`), when it is one.
fn campaign_of(c: &Connection, recipient: Option<&str>) -> WriteResult<Option<String>> {
    let Some(local) = recipient.and_then(|r| r.split('@').next()) else {
        return Ok(None);
    };
    let Some((_, extension)) = local.split_once('+') else {
        return Ok(None);
    };
    let slug = extension.trim().to_ascii_lowercase();
    Ok(campaigns::slugs(c)?.into_iter().find(|s| *s == slug))
}

/// One sentence for the MTA's log and the person running `ingest-mail` by hand.
impl std::fmt::Display for Taken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids = |ids: &[i64]| ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        match self {
            Taken::AlreadyTaken => write!(
                f,
                "already taken: this message (its Message-ID and content) was delivered before; nothing done"
            ),
            Taken::Read {
                mail,
                made,
                cancelled,
                notes,
            } => {
                write!(f, "message {mail} kept and read")?;
                if !made.is_empty() {
                    write!(f, "; pending for a coordinator: action {}", ids(made))?;
                }
                if !cancelled.is_empty() {
                    write!(f, "; cancelled: action {}", ids(cancelled))?;
                }
                for note in notes {
                    write!(f, "; {note}")?;
                }
                Ok(())
            }
            Taken::ForReview { mail, why } => write!(f, "message {mail} kept for a coordinator: {why}"),
        }
    }
}

/// Keeps `raw` (one RFC 5322 message) and reads it: see the module's documentation. The message
/// is written before it is read, in its own transaction, so a message that cannot be read is
/// still kept; a store that is busy or full fails here, before anything is written, for the MTA
/// to retry.
pub fn ingest(
    c: &mut Connection,
    raw: &[u8],
    envelope: &Envelope,
    policy: &ReplyPolicy,
    today: Date,
    now: i64,
) -> WriteResult<Taken> {
    let cut = raw.len() > MESSAGE_MAX;
    let raw = &raw[..raw.len().min(MESSAGE_MAX)];
    let hash: String = sha2::Sha256::digest(raw).iter().map(|b| format!("{b:02x}")).collect();
    let parsed = MessageParser::default().parse(raw);
    // A Message-ID fit to answer in a thread (RFC 5322 §3.6.4: no spaces or controls, and
    // short enough for a header line); another is treated as none.
    let message_id = parsed
        .as_ref()
        .and_then(|m| m.message_id())
        .filter(|id| {
            id.len() <= 250
                && !id
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
        })
        .map(str::to_string);
    let tx = c.transaction()?;
    let again = match inbound::seen(&tx, &hash, message_id.as_deref())? {
        Some((_, true)) => return Ok(Taken::AlreadyTaken),
        // Kept before, but its reading failed (the store was busy, the process killed): read
        // it now, as the MTA's retry asks.
        Some((id, false)) => Some(id),
        None => None,
    };
    let mail = match again {
        Some(id) => id,
        None => inbound::keep(
            &tx,
            &inbound::NewMessage {
                message_id: message_id.as_deref(),
                hash: &hash,
                sender: envelope.sender.as_deref(),
                recipient: envelope.recipient.as_deref(),
                gzipped: &gzip(raw),
                size: raw.len(),
            },
            now,
        )?,
    };
    tx.commit()?;
    let leave = |c: &Connection, why: String| -> WriteResult<Taken> {
        inbound::leave(c, mail, Some(&why))?;
        Ok(Taken::ForReview { mail, why })
    };
    if cut {
        return leave(
            c,
            format!("the message is larger than {} MiB; kept cut", MESSAGE_MAX / 1024 / 1024),
        );
    }
    let Some(message) = parsed else {
        return leave(c, "not a readable e-mail message".into());
    };
    let from = message
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .or(envelope.sender.as_deref())
        .map(str::to_ascii_lowercase);
    let Some(from) = from.filter(|f| f.contains('@')) else {
        return leave(c, "no sender address".into());
    };
    let (mut made, mut cancelled, mut notes) = (Vec::new(), Vec::new(), Vec::<String>::new());
    // Every calendar part, each once (mail clients attach the invitation twice: inline and as
    // a file).
    let mut calendars: Vec<Vec<u8>> = Vec::new();
    for part in &message.parts {
        let ctype = part.content_type();
        let kind = ctype.map(|t| format!("{}/{}", t.ctype(), t.subtype().unwrap_or("")).to_ascii_lowercase());
        let named_ics = part
            .attachment_name()
            .is_some_and(|n| n.to_ascii_lowercase().ends_with(".ics"));
        if matches!(kind.as_deref(), Some("text/calendar" | "application/ics")) || named_ics {
            let bytes = part.contents().to_vec();
            if !calendars.contains(&bytes) {
                calendars.push(bytes);
            }
        }
    }
    let campaign = campaign_of(c, envelope.recipient.as_deref())?;
    if envelope.recipient.as_deref().is_some_and(|r| r.contains('+')) && campaign.is_none() {
        notes.push("the address's +extension names no campaign: taken without one".to_string());
    }
    // Answered or not (and why not), decided once for the message.
    let headers = header_fields(&message);
    let mut unanswered = no_reply_because(&headers, envelope, &from, policy);
    // A cancellation acts on the sender's say-so: only an authenticated sender's counts.
    let may_cancel = authenticated(&headers, &from, policy);
    if unanswered.is_none() && inbound::answered_since(c, &from, now - policy.interval)? {
        unanswered = Some("answered recently: one answer per address at a time".into());
    }
    let answering = message_id.as_deref().filter(|_| unanswered.is_none());
    let text = message.body_text(0).unwrap_or_default();
    let subject = message.subject().unwrap_or("");
    // The language the sender wrote in: the language of the answer.
    let language = prose::language_of(&format!("{subject}\n{text}"));
    let sender_name = message
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.name())
        .map(str::to_string);
    let defaults = SourceSettings {
        url: String::new(),
        name: String::new(),
        campaigns: campaign.into_iter().collect(),
        tags: Vec::new(),
        languages: Vec::new(),
        country: None,
        trust: Trust::Hold,
        paused: false,
    };
    // Each action to take: its key for a later CANCEL (the calendar's UID, else the
    // message's), a label for notes, and its form.
    let mut wanted: Vec<(String, String, EventForm)> = Vec::new();
    let mut taken_uids = std::collections::HashSet::new();
    for bytes in &calendars {
        let ical = String::from_utf8_lossy(bytes);
        let method = ical
            .lines()
            .find_map(|l| l.trim().strip_prefix("METHOD:"))
            .map(|m| m.trim().to_ascii_uppercase());
        let calendar = match read_served(bytes, None) {
            Ok(cal) => cal,
            Err(e) => {
                notes.push(e.to_string());
                continue;
            }
        };
        for ev in calendar.events.iter().take(EVENTS_MAX) {
            // The same event in two parts of one message (different bytes, one UID): once.
            if !taken_uids.insert(ev.uid.clone()) {
                continue;
            }
            let known = inbound::event_of(c, &from, &ev.uid)?;
            if method.as_deref() == Some("CANCEL") || ev.status.as_deref() == Some("CANCELLED") {
                match (known, &may_cancel) {
                    (Some(id), Ok(())) => {
                        cancel(
                            c,
                            id,
                            now,
                            answering.map(|original| (from.as_str(), language, original)),
                        )?;
                        cancelled.push(id);
                    }
                    (Some(id), Err(why)) => notes.push(format!(
                        "{:?}: a cancellation of action {id} left for a coordinator: {why}",
                        ev.summary
                    )),
                    (None, _) => notes.push(format!("{:?}: a cancellation of nothing this sender sent", ev.summary)),
                }
                continue;
            }
            if known.is_some() {
                notes.push(format!(
                    "{:?}: already taken from this sender; a change waits for the reply's edit link",
                    ev.summary
                ));
                continue;
            }
            match form_of(&defaults, ev) {
                Ok(f) => wanted.push((ev.uid.clone(), format!("{:?}", ev.summary), f)),
                Err(note) => notes.push(note),
            }
        }
    }
    if calendars.is_empty() {
        if let Some(why) = automatic_because(&headers, envelope, &from) {
            return leave(c, format!("{why}: its text is not read"));
        }
        // No calendar: the sender's own words are read.
        let reading = prose::read(subject, &text, today);
        if !reading.missing.is_empty() {
            let what: Vec<&str> = reading.missing.iter().map(|m| m.field()).collect();
            let mut why = format!(
                "the text was read, but not with confidence (unsure: {}); left for a coordinator",
                what.join(", ")
            );
            if let Some(start) = &reading.form.start {
                why.push_str(&format!("; read: {start}"));
            }
            if let Some(zone) = &reading.form.timezone {
                why.push_str(&format!(" {zone}"));
            }
            // The desk says it in the coordinator's language, and shows what was read (read
            // again from the message kept); no note in English beside it.
            inbound::leave(c, mail, None)?;
            return Ok(Taken::ForReview { mail, why });
        }
        let mut form = reading.form;
        form.campaigns = defaults.campaigns.clone();
        let key = message_id.clone().unwrap_or_else(|| format!("sha256:{hash}"));
        wanted.push((key, format!("{:?}", form.title.as_deref().unwrap_or("")), form));
    }
    for (key, label, mut form) in wanted {
        if form.organiser_name.is_none() {
            form.organiser_name = sender_name.clone();
        }
        let mut body = serde_json::to_value(FormJson::from(form))
            .map_err(|e| WriteError::Store(StoreError::Corrupt(e.to_string())))?;
        body["organiser_email"] = serde_json::json!(from);
        let submission = match Submission::from_json(body, Author::Organiser) {
            Ok(s) => s.all_confirmed(),
            Err(e) => {
                notes.push(format!("{label}: {e}"));
                continue;
            }
        };
        // One answer per message: the first action's; a calendar of many events does not
        // make as many mails.
        let link = match answering.filter(|_| made.is_empty()) {
            Some(original) => LinkMail::Answering(original),
            None if answering.is_some() => LinkMail::Quiet,
            None => LinkMail::No,
        };
        match submit_mailing(c, submission, language, today, now, link) {
            Ok(accepted) => {
                inbound::made(c, &from, &key, accepted.id, mail)?;
                made.push(accepted.id);
            }
            Err(WriteError::Invalid(e)) => notes.push(format!(
                "{label}: {}",
                e.each().map(|d| d.to_string()).collect::<Vec<_>>().join("; ")
            )),
            Err(e) => return Err(e),
        }
    }
    if made.is_empty() && cancelled.is_empty() {
        return leave(c, notes.join("; "));
    }
    if let Some(why) = &unanswered {
        notes.push(format!("not answered: {why}"));
    }
    let note = (!notes.is_empty()).then(|| notes.join("; "));
    let answered = (answering.is_some() && !(made.is_empty() && cancelled.is_empty())).then_some(from.as_str());
    inbound::read(c, mail, note.as_deref(), answered, now)?;
    Ok(Taken::Read {
        mail,
        made,
        cancelled,
        notes,
    })
}

/// Cancels action `id` for its sender's CANCEL, with its audit entry. One still waiting for a
/// coordinator leaves the queue too (withdrawn, the reason saying so): nothing is left to
/// review, and nothing cancelled can be published by mistake.
/// `answer`: the sender, their language and their message's Message-ID, when they are answered.
fn cancel(c: &mut Connection, id: i64, now: i64, answer: Option<(&str, &str, &str)>) -> WriteResult<()> {
    const WITHDRAWN: &str = "withdrawn by its sender (an e-mailed CANCEL)";
    let tx = c.transaction()?;
    if let Some(before) = events::any_by_id(&tx, id)?.filter(|e| e.status != Status::Cancelled) {
        events::set_status(&tx, id, Status::Cancelled, now)?;
        let before_json = before.to_import_json(None);
        let mut after = before_json.clone();
        after["status"] = serde_json::json!("cancelled");
        after["reason"] = serde_json::json!("a CANCEL e-mailed by its sender");
        let withdrawn = before.moderation == crate::domain::Moderation::Pending;
        if withdrawn {
            events::set_moderation(&tx, id, crate::domain::Moderation::Rejected, Some(WITHDRAWN), now)?;
            after["moderation"] = serde_json::json!("rejected");
            after["reason"] = serde_json::json!(WITHDRAWN);
        }
        if let Some((to, lang, original)) = answer {
            super::outbox::cancelled_answering(&tx, id, to, lang, original, withdrawn, now)?;
        }
        audit::record(
            &tx,
            now,
            Record {
                actor: Actor::Organiser,
                action: Action::Cancel,
                event_id: Some(id),
                campaign: None,
                before: Some(before_json),
                after: Some(after),
            },
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// An [`EventForm`](crate::domain::EventForm) as the submission API takes it (JSON).
#[derive(serde::Serialize)]
struct FormJson {
    title: Option<String>,
    description: Option<String>,
    start: Option<String>,
    end: Option<String>,
    timezone: Option<String>,
    all_day: Option<bool>,
    recurrence: Option<String>,
    country: Option<String>,
    city: Option<String>,
    venue: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    online_url: Option<String>,
    campaigns: Vec<String>,
    tags: Vec<String>,
    languages: Vec<String>,
    organiser_name: Option<String>,
}

impl From<crate::domain::EventForm> for FormJson {
    fn from(f: crate::domain::EventForm) -> Self {
        Self {
            title: f.title,
            description: f.description,
            start: f.start,
            end: f.end,
            timezone: f.timezone,
            all_day: f.all_day,
            recurrence: f.recurrence,
            country: f.country,
            city: f.city,
            venue: f.venue,
            latitude: f.latitude,
            longitude: f.longitude,
            online_url: f.online_url,
            campaigns: f.campaigns,
            tags: f.tags,
            languages: f.languages,
            organiser_name: f.organiser_name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vouched(header: &str, from: &str) -> bool {
        let headers = vec![("authentication-results".to_string(), header.to_string())];
        let policy = ReplyPolicy {
            authserv_id: Some("mx.campaign.example".into()),
            interval: 600,
        };
        authenticated(&headers, from, &policy).is_ok()
    }

    #[test]
    fn quoted_and_commented_values_cannot_pose_as_results() {
        // A `;` inside a quoted local part is no new result.
        assert!(!vouched(
            r#"mx.campaign.example; spf=pass smtp.mailfrom="x;dmarc=pass header.from=victim.example "@evil.example"#,
            "victim@victim.example"
        ));
        // Properties inside comments are no properties.
        assert!(!vouched(
            r#"mx.campaign.example; spf=pass (domain of "x smtp.mailfrom=a@victim.example "@evil.example designates 192.0.2.1) smtp.mailfrom="x smtp.mailfrom=a@victim.example "@evil.example"#,
            "victim@victim.example"
        ));
        assert!(!vouched(
            "mx.campaign.example; dkim=pass (signer said header.d=victim.example) header.d=evil.example",
            "victim@victim.example"
        ));
        assert!(!vouched(
            "mx.campaign.example.evil.example; dmarc=pass header.from=victim.example",
            "a@victim.example"
        ));
    }

    #[test]
    fn genuine_passes_are_read_with_their_comments() {
        assert!(vouched(
            "mx.campaign.example; dkim=pass (2048-bit key; unprotected) header.d=organisers.example header.i=@organisers.example",
            "ana@organisers.example"
        ));
        assert!(vouched(
            "mx.campaign.example; dkim=pass header.i=@organisers.example",
            "ana@organisers.example"
        ));
        assert!(vouched(
            "mx.campaign.example 1; spf=pass smtp.mailfrom=bounce@mail.organisers.example; dmarc=pass (p=reject dis=none) header.from=organisers.example",
            "ana@organisers.example"
        ));
    }

    #[test]
    fn only_the_topmost_header_of_our_mta_counts() {
        let headers = vec![
            (
                "authentication-results".to_string(),
                "mx.campaign.example; dmarc=fail header.from=victim.example".to_string(),
            ),
            (
                "authentication-results".to_string(),
                "mx.campaign.example; dmarc=pass header.from=victim.example".to_string(),
            ),
        ];
        let policy = ReplyPolicy {
            authserv_id: Some("mx.campaign.example".into()),
            interval: 600,
        };
        assert!(authenticated(&headers, "victim@victim.example", &policy).is_err());
    }
}
