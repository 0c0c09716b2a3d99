//! The messages organisers get, in their interface language: a subject, plain text and HTML
//! (the same content; HTML escaped by maud). Times are the action's own: its local date and
//! time, its zone and UTC offset, and the instant in UTC.

use maud::{Markup, html};
use serde_json::Value;

use crate::domain::{Event, EventTime};
use crate::i18n::Ui;
use crate::pages::admin::value_in_words;
use crate::pages::event::{local_range, offset};
use crate::store::outbox::{Kind, Waiting};

/// A message ready to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// One paragraph of a message: words, then an optional link or a quoted text.
enum Block {
    Words(String),
    Link(String, String),
    Quote(String),
    Changes(Vec<(String, String, String)>),
}

/// The message `mail` makes about `event`, with links under `base` (the public origin).
pub fn compose(mail: &Waiting, event: &Event, base: &str) -> Composed {
    let ui = Ui::negotiate(Some(&mail.lang), Vec::new());
    let title = event.title.as_str();
    let subject_key = match mail.kind {
        Kind::EditLink => "mail_edit_link_subject",
        Kind::Approved => "mail_approved_subject",
        Kind::Rejected => "mail_rejected_subject",
        Kind::Cancelled => "mail_cancelled_subject",
        Kind::Edited => "mail_edited_subject",
        Kind::EditApproved => "mail_edit_approved_subject",
        Kind::EditRejected => "mail_edit_rejected_subject",
        // Digests are written by `digest`; this only names them.
        Kind::Digest => "mail_digest_subject",
    };
    let flag = |name: &str| mail.data.get(name).and_then(Value::as_bool).unwrap_or(false);
    // The sender's own cancellation (an e-mailed CANCEL) is told apart from a coordinator's.
    let subject_key = match mail.kind {
        Kind::Cancelled if flag("withdrawn") => "mail_withdrawn_subject",
        _ => subject_key,
    };
    let subject = ui.tf(subject_key, "title", &one_line(title, 120));
    let public = format!("{base}/events/{}", event.id);
    let reason = || {
        mail.data
            .get("reason")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    let manage = Block::Words(ui.t("mail_manage"));
    let mut blocks = Vec::new();
    match mail.kind {
        Kind::EditLink => {
            blocks.push(Block::Words(ui.t("mail_edit_link_body")));
            if mail.data.get("in_reply_to").is_some() {
                // The answer to an e-mail: what was read, to check at a glance.
                blocks.push(Block::Words(format!(
                    "{}: {}",
                    ui.t("where"),
                    crate::pages::event::place(ui, &event.place)
                )));
                for link in &event.online_links {
                    blocks.push(Block::Words(link.url.to_string()));
                }
                if event.place.country.is_none() && !event.time.is_all_day() {
                    let home = event.time.start_local().date();
                    let times: Vec<String> = crate::pages::event::world_times(event.time.start_utc(), home, ui)
                        .into_iter()
                        .map(|(city, time, shift)| {
                            let day = match shift {
                                s if s > 0 => format!(" ({})", ui.t("day_after")),
                                s if s < 0 => format!(" ({})", ui.t("day_before")),
                                _ => String::new(),
                            };
                            format!("{time}{day} {city}")
                        })
                        .collect();
                    blocks.push(Block::Words(format!("{}: {}", ui.t("same_moment"), times.join(" · "))));
                }
                let needs: Vec<&str> = mail
                    .data
                    .get("needs")
                    .and_then(Value::as_array)
                    .map(|n| n.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                if !needs.is_empty() {
                    blocks.push(Block::Words(ui.t("mail_needs_check")));
                    blocks.push(Block::Quote(needs.join("\n")));
                }
            }
            let token = mail.data.get("token").and_then(Value::as_str).unwrap_or("");
            blocks.push(Block::Link(
                ui.t("mail_edit_link_keep"),
                format!("{base}/submissions/{token}"),
            ));
        }
        Kind::Approved | Kind::EditApproved => {
            let key = if mail.kind == Kind::Approved {
                "mail_approved_body"
            } else {
                "mail_edit_approved_body"
            };
            blocks.push(Block::Words(ui.t(key)));
            blocks.push(Block::Link(ui.t("mail_public_link"), public.clone()));
            blocks.push(Block::Link(
                ui.t("mail_feed_link"),
                format!("{base}/events/{}.ics", event.id),
            ));
            if let Some(c) = event.campaigns.first() {
                blocks.push(Block::Link(
                    ui.tf("mail_campaign_feed", "campaign", &c.name),
                    format!("{base}/campaigns/{}.ics", c.slug.as_str()),
                ));
            }
            blocks.push(manage);
        }
        Kind::Rejected | Kind::EditRejected => {
            let key = if mail.kind == Kind::Rejected {
                "mail_rejected_body"
            } else {
                "mail_edit_rejected_body"
            };
            blocks.push(Block::Words(ui.t(key)));
            blocks.push(Block::Quote(reason()));
            blocks.push(Block::Words(ui.t("mail_fix_hint")));
        }
        Kind::Cancelled if flag("withdrawn") => blocks.push(Block::Words(ui.t("mail_withdrawn_body"))),
        Kind::Cancelled => {
            let key = if flag("by_sender") {
                "mail_cancelled_by_sender_body"
            } else {
                "mail_cancelled_body"
            };
            blocks.push(Block::Words(ui.t(key)));
            blocks.push(Block::Link(ui.t("mail_public_link"), public.clone()));
        }
        Kind::Digest => {}
        Kind::Edited => {
            blocks.push(Block::Words(ui.t("mail_edited_body")));
            let changes = mail
                .data
                .get("changes")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            blocks.push(Block::Changes(
                changes
                    .iter()
                    .map(|c| {
                        let field = c.get("field").and_then(Value::as_str).unwrap_or("").to_string();
                        (field, value_in_words(c.get("before")), value_in_words(c.get("after")))
                    })
                    .collect(),
            ));
            blocks.push(Block::Link(ui.t("mail_public_link"), public.clone()));
            blocks.push(manage);
        }
    }
    let when = when(event, ui);
    let text = text(ui, title, &when, &blocks, base);
    let html = markup(ui, title, &when, &blocks, base).into_string();
    Composed { subject, text, html }
}

/// A coordinator's digest, in `ui`: the submissions `new` since the last one (title, local
/// time, place), how many wait in all (`waiting`) and how many proposed changes (`edits`), the
/// desk's link, and the one-click unsubscribe link (also in the `List-Unsubscribe` header).
pub fn digest(ui: Ui, new: &[Event], waiting: usize, edits: usize, base: &str, unsubscribe: &str) -> Composed {
    let subject = ui.tf("mail_digest_subject", "count", new.len());
    let mut blocks = vec![Block::Words(ui.tf("mail_digest_body", "count", waiting))];
    for e in new {
        blocks.push(Block::Link(
            format!(
                "{} — {} — {}",
                one_line(&e.title, 120),
                when(e, ui),
                crate::pages::event::place(ui, &e.place)
            ),
            format!("{base}/admin#submission-{}", e.id),
        ));
    }
    if edits > 0 {
        blocks.push(Block::Words(ui.tf("mail_digest_edits", "count", edits)));
    }
    blocks.push(Block::Link(ui.t("mail_digest_open"), format!("{base}/admin")));
    blocks.push(Block::Link(ui.t("mail_digest_unsubscribe"), unsubscribe.to_string()));
    let title = ui.t("mail_digest_title");
    let text = text(ui, &title, "", &blocks, base);
    let html = markup(ui, &title, "", &blocks, base).into_string();
    Composed { subject, text, html }
}

/// `s` on one line, at most `max` characters (subjects).
fn one_line(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        format!("{}…", flat.chars().take(max - 1).collect::<String>())
    }
}

/// When the action happens, in its own zone: "Friday 26 November 2027, 18:00 (Asia/Beirut,
/// UTC+02:00; 16:00 UTC)", or the day(s) of an all-day action; then its repeat rule in words.
pub fn when(event: &Event, ui: Ui) -> String {
    let first = first_time(event, ui);
    match &event.recurrence {
        Some(r) => format!("{first}; {}: {}", ui.t("repeats"), ui.rule(r.rule(), r.last_date())),
        None => first,
    }
}

fn first_time(event: &Event, ui: Ui) -> String {
    let range = local_range(&event.time, ui);
    match &event.time {
        EventTime::AllDay { .. } => range,
        EventTime::Timed { start_utc, .. } => {
            let zone = event.time.zone();
            let utc = jiff::tz::TimeZone::UTC.to_datetime(*start_utc);
            let at = ui.ta(
                "mail_when_zone",
                &[
                    ("zone", (&ui.zone(zone.name())).into()),
                    ("offset", (&offset(zone, *start_utc)).into()),
                    ("utc", (&ui.date_time(utc)).into()),
                ],
            );
            format!("{range} ({at})")
        }
    }
}

fn text(ui: Ui, title: &str, when: &str, blocks: &[Block], base: &str) -> String {
    let mut out = if when.is_empty() {
        format!("{}\n\n{title}\n\n", ui.t("mail_greeting"))
    } else {
        format!("{}\n\n{title}\n{}: {when}\n\n", ui.t("mail_greeting"), ui.t("when"))
    };
    for b in blocks {
        match b {
            Block::Words(w) => out.push_str(&format!("{w}\n\n")),
            Block::Link(w, url) => out.push_str(&format!("{w}\n{url}\n\n")),
            Block::Quote(q) => {
                for line in q.lines() {
                    out.push_str(&format!("> {line}\n"));
                }
                out.push('\n');
            }
            Block::Changes(changes) => {
                for (field, before, after) in changes {
                    out.push_str(&format!("- {field}: {before} → {after}\n"));
                }
                out.push('\n');
            }
        }
    }
    out.push_str(&format!("-- \n{}\n", ui.tf("mail_footer", "site", base)));
    out
}

fn markup(ui: Ui, title: &str, when: &str, blocks: &[Block], base: &str) -> Markup {
    html! {
        (maud::DOCTYPE)
        html lang=(ui.code()) dir=(ui.dir()) {
            head { meta charset="utf-8"; title { (title) } }
            body {
                p { (ui.t("mail_greeting")) }
                p {
                    strong dir="auto" { (title) }
                    @if !when.is_empty() { br; (ui.t("when")) ": " bdi { (when) } }
                }
                @for b in blocks {
                    @match b {
                        Block::Words(w) => p { (w) },
                        Block::Link(w, url) => p { (w) br; a href=(url) { (url) } },
                        Block::Quote(q) => blockquote dir="auto" { @for line in q.lines() { (line) br; } },
                        Block::Changes(changes) => ul {
                            @for (field, before, after) in changes {
                                li { code { (field) } ": " bdi { (before) } " → " bdi { (after) } }
                            }
                        },
                    }
                }
                hr;
                p { small { (ui.tf("mail_footer", "site", base)) } }
            }
        }
    }
}
