//! Coordinators' pages: sign-in with the API token, and the queue with one-click decisions.

use maud::{Markup, html};

use super::layout;
use crate::domain::Event;
use crate::ical;
use crate::service::moderation::{ChangeReview, Review};

/// The sign-in form; `error` after a wrong token.
pub fn login(error: Option<&str>, csrf: &str) -> Markup {
    let body = html! {
        h1 { "Coordinators" }
        form method="post" action="/admin/login" {
            input type="hidden" name="csrf" value=(csrf);
            label for="token" { "Your coordinator token" }
            p.hint id="token-hint" { "From actioncal admin add-coordinator." }
            input id="token" name="token" type="password" autocomplete="current-password" required aria-describedby="token-hint";
            @if let Some(e) = error { p.error role="alert" { (e) } }
            button type="submit" { "Sign in" }
        }
    };
    layout::page("Coordinators: sign in", None, body)
}

/// When, in words and in the action's zone ("Saturday 27 November 2027, 14:00 – 16:00
/// Europe/Paris, UTC+01:00"), then in UTC, then its repeat rule in words.
fn when(e: &Event) -> Markup {
    let t = &e.time;
    let range = crate::pages::event::local_range(t, crate::i18n::Ui::ENGLISH);
    let local = if t.is_all_day() {
        range
    } else {
        format!(
            "{range} {}, {}",
            t.zone().name(),
            crate::pages::event::offset(t.zone(), t.start_utc())
        )
    };
    html! {
        (local)
        br;
        @if !t.is_all_day() {
            small { (t.start_utc().strftime("%Y-%m-%d %H:%M")) " – " (t.end_utc().strftime("%Y-%m-%d %H:%M")) " UTC" }
        }
        @if let Some(r) = &e.recurrence {
            br;
            small { "Repeats " (crate::i18n::Ui::ENGLISH.rule(r.rule(), r.last_date())) }
        }
    }
}

/// The digest setting on the desk: how often, and to which address.
pub fn digest_form(csrf: &str, every: &str, email: &str, mail_enabled: bool) -> Markup {
    html! {
        details id="digest" {
            summary { "E-mail me a digest of new submissions" }
            @if !mail_enabled {
                p.hint { "This calendar sends no e-mail (no relay configured): the setting is kept for when it does." }
            }
            form method="post" action="/admin/digest" {
                input type="hidden" name="csrf" value=(csrf);
                fieldset {
                    legend { "How often" }
                    @for (value, label) in [("off", "Never"), ("hourly", "At most every hour"), ("daily", "At most once a day")] {
                        label.check {
                            input type="radio" name="every" value=(value) checked[every == value];
                            " " (label)
                        }
                    }
                }
                label for="digest-email" { "To" }
                input id="digest-email" name="email" type="email" autocomplete="email" value=(email);
                button type="submit" { "Save" }
            }
        }
    }
}

/// The page after a digest unsubscribe link: a button to confirm (`done` false), or done.
pub fn unsubscribe(action: &str, done: bool) -> Markup {
    let body = html! {
        h1 { "Digest of new submissions" }
        @if done {
            p role="status" { "Done: no more digests will be sent. Turn them on again in the moderation desk." }
        } @else {
            form method="post" action=(action) {
                input type="hidden" name="List-Unsubscribe" value="One-Click";
                button type="submit" { "Stop the digests" }
            }
        }
    };
    layout::page("Digest of new submissions", None, body)
}

/// Reasons coordinators often give, offered as suggestions for a rejection (the organiser
/// reads the reason as written).
pub const REASONS: [&str; 6] = [
    "Please add the exact place: street, square or venue.",
    "The date or time looks wrong; please check it against your poster.",
    "The time zone does not match the place; please choose the zone of the city.",
    "This action is already in the calendar.",
    "Please describe the action in a sentence or two: what, who, what to bring.",
    "This calendar is for actions of the campaign; this one is outside it.",
];

/// A value of an action's field in words: text as it is, lists joined, nothing as "—".
pub fn value_in_words(v: Option<&serde_json::Value>) -> String {
    match v {
        None | Some(serde_json::Value::Null) => "—".into(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .map(|i| value_in_words(Some(i)))
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
    }
}

fn map_link(e: &Event) -> Option<(String, &'static str)> {
    match (e.place.geo, e.place.city.as_deref()) {
        (Some((lat, lon)), _) => Some((
            format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"),
            "Map (the coordinates given)",
        )),
        (None, Some(_)) => Some((
            format!(
                "https://www.openstreetmap.org/search?query={}",
                url::form_urlencoded::byte_serialize(ical::location(e).as_bytes()).collect::<String>()
            ),
            "Find the place on the map",
        )),
        _ => None,
    }
}

/// The moderation desk: the submissions waiting, each a card with everything needed to decide
/// (as it will appear, local time and UTC, map, warnings the organiser confirmed, similar
/// actions, the organiser's earlier submissions), then the changes proposed to published
/// actions with their fields before and after. Keyboard: j / k next and previous card, a
/// approve, r write a reason (static/admin.js).
pub fn queue(
    who: &str,
    reviews: &[Review],
    changes: &[ChangeReview],
    csrf: &str,
    notice: Option<&str>,
    digest: Markup,
) -> Markup {
    let body = html! {
        h1 { "Submissions waiting" }
        p { "Signed in as " (who) ". "
            a href="/admin/events" { "Actions" } " · "
            a href="/admin/campaigns" { "Campaigns" } " · "
            a href="/admin/coordinators" { "Coordinators" } " · "
            a href="/admin/log" { "The log" } " · "
            form method="post" action="/admin/logout" style="display:inline" {
                input type="hidden" name="csrf" value=(csrf);
                button type="submit" { "Sign out" }
            }
        }
        @if let Some(n) = notice { p role="status" { (n) } }
        (digest)
        p.hint { "Keys: j and k move between cards, a approves the one in focus, r writes a reason to reject it." }
        datalist id="reasons" { @for r in REASONS { option value=(r); } }
        @if reviews.is_empty() {
            p { "Nothing is waiting." }
        }
        @for r in reviews {
            @let e = &r.event;
            article.card id=(format!("submission-{}", e.id)) tabindex="-1" data-id=(e.id) {
                h2 dir="auto" { (e.title) }
                dl {
                    dt { "When" }
                    dd { (when(e)) }
                    dt { "Where" }
                    dd dir="auto" { (ical::location(e)) }
                    @if let Some((href, label)) = map_link(e) {
                        dd { a href=(href) rel="noopener noreferrer" target="_blank" { (label) } }
                    }
                    @if !e.online_links.is_empty() {
                        dt { "Online" }
                        @for link in &e.online_links {
                            dd {
                                @if let Some(label) = &link.label { bdi { (label) } ": " }
                                a href=(link.url.as_str()) rel="nofollow noopener noreferrer" { (link.url.as_str()) }
                            }
                        }
                    }
                    @if let Some(d) = &e.description { dt { "Description" } dd.desc dir="auto" { (d) } }
                    @if !e.campaigns.is_empty() || !e.tags.is_empty() || !e.languages.is_empty() {
                        dt { "Campaigns, tags, languages" }
                        dd {
                            (e.campaigns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", "))
                            @if !e.tags.is_empty() { " · " (e.tags.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", ")) }
                            @if !e.languages.is_empty() { " · " (e.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")) }
                        }
                    }
                    dt { "Organiser" }
                    dd {
                        (r.contact.name.as_deref().unwrap_or("(no name)"))
                        " · "
                        @if r.earlier == 0 { "first submission" } @else { (r.earlier) " earlier submission" @if r.earlier > 1 { "s" } }
                        @if let Some(m) = &r.contact.email {
                            details.contact { summary { "Address" } a href=(format!("mailto:{m}")) { (m) } }
                        }
                    }
                    @if !r.warnings.is_empty() {
                        dt { "Warnings the organiser confirmed" }
                        @for w in &r.warnings { dd.warning { (w.message) } }
                    }
                    @if !r.similar.is_empty() {
                        dt { "Similar actions at that place and time" }
                        @for (id, title, state) in &r.similar {
                            dd.warning {
                                @if state == "published" { a href=(format!("/events/{id}")) dir="auto" { (title) } } @else { bdi { (title) } }
                                " (" (state) ", " (id) ")"
                            }
                        }
                    }
                }
                div.decide {
                    form method="post" action=(format!("/admin/submissions/{}/approve", e.id)) {
                        input type="hidden" name="csrf" value=(csrf);
                        // What is shown here is what gets published: an edit since is refused.
                        input type="hidden" name="sequence" value=(e.sequence);
                        button type="submit" data-key="approve" { "Approve" }
                    }
                    p { a href=(format!("/admin/events/{}", e.id)) { "Edit first (then save and approve)" } }
                    form method="post" action=(format!("/admin/submissions/{}/reject", e.id)) {
                        input type="hidden" name="csrf" value=(csrf);
                        label for=(format!("reason-{}", e.id)) { "Reason for the organiser" }
                        input id=(format!("reason-{}", e.id)) name="reason" type="text" list="reasons" required data-key="reason";
                        button type="submit" { "Reject" }
                    }
                }
            }
        }
        @if !changes.is_empty() {
            h2 { "Changes proposed to published actions" }
        }
        @for ch in changes {
            @let e = &ch.event;
            article.card id=(format!("change-{}", e.id)) tabindex="-1" data-id=(e.id) {
                h3 dir="auto" { a href=(format!("/events/{}", e.id)) { (e.title) } }
                table.diff {
                    thead { tr { th { "Field" } th { "Now" } th { "Proposed" } } }
                    tbody {
                        @for c in &ch.changes {
                            tr {
                                td { code { (value_in_words(c.get("field"))) } }
                                td dir="auto" { (value_in_words(c.get("before"))) }
                                td dir="auto" { ins { (value_in_words(c.get("after"))) } }
                            }
                        }
                    }
                }
                div.decide {
                    form method="post" action=(format!("/admin/edits/{}/approve", e.id)) {
                        input type="hidden" name="csrf" value=(csrf);
                        input type="hidden" name="version" value=(ch.version);
                        button type="submit" data-key="approve" { "Publish the change" }
                    }
                    form method="post" action=(format!("/admin/edits/{}/reject", e.id)) {
                        input type="hidden" name="csrf" value=(csrf);
                        label for=(format!("edit-reason-{}", e.id)) { "Reason for the organiser" }
                        input id=(format!("edit-reason-{}", e.id)) name="reason" type="text" list="reasons" required data-key="reason";
                        button type="submit" { "Keep the published version" }
                    }
                }
            }
        }
    };
    layout::page("Submissions waiting", Some("/static/admin.js"), body)
}

/// Who made an audit entry, for a person: "Coordinator One", "the organiser", "the operator".
fn actor_in_words(actor: &str) -> String {
    match actor.split_once(':') {
        Some(("coordinator", rest)) => rest.split_once(':').map_or(rest, |(_, name)| name).to_string(),
        _ if actor == "organiser" => "the organiser".into(),
        _ if actor == "operator" => "the operator (command line)".into(),
        _ => actor.to_string(),
    }
}

/// The audit log: when (UTC, and in the reader's zone by the page script), who, what, and each
/// change field by field; filters by action id and by who.
pub fn log(entries: &[crate::store::audit::Entry], event: Option<i64>, actor: Option<&str>) -> Markup {
    let body = html! {
        p { a href="/admin" { "Back to the queue" } }
        h1 { "The log" }
        form.filters method="get" action="/admin/log" {
            label { "Action number " input name="event" type="number" min="1" value=[event]; }
            label { "Who " input name="actor" type="text" value=[actor]; }
            button type="submit" { "Show" }
        }
        @if entries.is_empty() { p { "Nothing recorded for this." } }
        @for en in entries {
            @let when = jiff::Timestamp::from_second(en.at).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
            article.card id=(format!("entry-{}", en.id)) {
                p {
                    time datetime=(when.to_string()) data-zone="UTC" { (when.strftime("%A %-d %B %Y, %H:%M")) " UTC" }
                    " · " strong { (actor_in_words(&en.actor)) } " · " (en.action.replace('-', " "))
                    @if let Some(id) = en.event_id { " · " a href=(format!("/admin/log?event={id}")) { "action " (id) } }
                    @if let Some(c) = &en.campaign { " · campaign " (c) }
                }
                @let changes = crate::service::changed_fields(en.before.as_ref(), en.after.as_ref());
                @if en.before.is_some() && !changes.is_empty() {
                    table.diff {
                        thead { tr { th { "Field" } th { "Before" } th { "After" } } }
                        tbody {
                            @for c in &changes {
                                tr {
                                    td { code { (value_in_words(c.get("field"))) } }
                                    td dir="auto" { del { (value_in_words(c.get("before"))) } }
                                    td dir="auto" { ins { (value_in_words(c.get("after"))) } }
                                }
                            }
                        }
                    }
                } @else if let Some(reason) = en.after.as_ref().and_then(|a| a.get("reason")).and_then(|r| r.as_str()) {
                    p { "Reason: " q dir="auto" { (reason) } }
                } @else if let Some(after) = &en.after {
                    @if en.before.is_none() && after.get("title").is_some() {
                        p dir="auto" { (value_in_words(after.get("title"))) " — " (value_in_words(after.get("start"))) " " (value_in_words(after.get("timezone"))) }
                    }
                }
            }
        }
        @if entries.len() == 100 {
            @if let Some(last) = entries.last() {
                p { a href=(format!("/admin/log?before={}{}{}", last.id,
                    event.map(|e| format!("&event={e}")).unwrap_or_default(),
                    actor.map(|a| format!("&actor={}", url::form_urlencoded::byte_serialize(a.as_bytes()).collect::<String>())).unwrap_or_default())) { "Older entries" } }
            }
        }
    };
    layout::page("The log", Some("/static/pages.js"), body)
}

/// The desk's search: any action by title, city or number, newest first.
pub fn find(q: &str, found: &[crate::store::events::Found]) -> Markup {
    let body = html! {
        p { a href="/admin" { "Back to the queue" } " · " a href="/admin/log" { "The log" } }
        h1 { "Actions" }
        form.filters method="get" action="/admin/events" {
            label { "Title, city or number " input name="q" type="search" value=(q); }
            button type="submit" { "Find" }
        }
        @if found.is_empty() { p { "No action matches." } }
        ul {
            @for a in found {
                li {
                    a href=(format!("/admin/events/{}", a.id)) dir="auto" { (a.title) }
                    " · " (a.start.replace('T', " ")) " · " (a.moderation)
                    @if a.status == "cancelled" { " · " span.cancelled { "cancelled" } }
                }
            }
        }
    };
    layout::page("Actions", None, body)
}

/// The desk's page of one action: where it stands, the form with every field (saving it, and
/// for a submission saving and approving it), cancel, and remove once its dates have passed.
pub fn event(
    e: &Event,
    mut form_view: crate::pages::submit::FormView<'_>,
    csrf: &str,
    today: jiff::civil::Date,
    notice: Option<&str>,
) -> Markup {
    let past = e.last_date().is_some_and(|d| d < today);
    if e.moderation == crate::domain::Moderation::Pending {
        form_view.also_submit = Some(("approve", "Save and approve"));
    }
    let intro = html! {
        p { a href="/admin" { "Back to the queue" } " · " a href="/admin/events" { "Actions" } " · " a href=(format!("/admin/log?event={}", e.id)) { "Its log" }
            @if e.moderation == crate::domain::Moderation::Published { " · " a href=(format!("/events/{}", e.id)) { "Its public page" } } }
        @if let Some(n) = notice { p role="status" { (n) } }
        p { "Action " (e.id) ": " strong { (e.moderation.as_str()) } ", " (e.status.as_str()) ", version " (e.sequence) "." }
        div.decide {
            @if e.status != crate::domain::Status::Cancelled {
                form method="post" action=(format!("/admin/events/{}/cancel", e.id)) {
                    input type="hidden" name="csrf" value=(csrf);
                    button type="submit" { "Cancel the action" }
                }
            }
            @if past {
                form method="post" action=(format!("/admin/events/{}/remove", e.id)) {
                    input type="hidden" name="csrf" value=(csrf);
                    button type="submit" { "Remove it from every feed" }
                }
            }
        }
    };
    crate::pages::submit::form(&form_view, &format!("Edit: {}", e.title), intro)
}

/// Campaigns on the desk: each with a form to edit it (its slug stays), and one to make one.
pub fn campaigns(all: &[crate::domain::Campaign], csrf: &str, notice: Option<&str>) -> Markup {
    let body = html! {
        p { a href="/admin" { "Back to the queue" } }
        h1 { "Campaigns" }
        @if let Some(n) = notice { p role="status" { (n) } }
        @for c in all {
            article.card id=(format!("campaign-{}", c.slug.as_str())) {
                h2 { (c.name) " " small { code { (c.slug.as_str()) } } }
                form method="post" action=(format!("/admin/campaigns/{}", c.slug.as_str())) {
                    input type="hidden" name="csrf" value=(csrf);
                    label { "Name" input name="name" type="text" required value=(c.name); }
                    label { "Description" textarea name="description" rows="2" { (c.description.as_deref().unwrap_or("")) } }
                    label { "Hashtag" input name="hashtag" type="text" value=(c.hashtag.as_deref().unwrap_or("")); }
                    button type="submit" { "Save" }
                }
            }
        }
        h2 { "A new campaign" }
        form method="post" action="/admin/campaigns" {
            input type="hidden" name="csrf" value=(csrf);
            label { "Slug (in every feed address; it never changes)" input name="slug" type="text" required pattern="[a-z0-9]+(-[a-z0-9]+)*"; }
            label { "Name" input name="name" type="text" required; }
            label { "Description" textarea name="description" rows="2" {} }
            label { "Hashtag" input name="hashtag" type="text"; }
            button type="submit" { "Create" }
        }
    };
    layout::page("Campaigns", None, body)
}

/// Coordinators on the desk: who, since when, revoked or active, with a button to revoke.
pub fn coordinators(
    all: &[crate::store::coordinators::CoordinatorRow],
    me: i64,
    csrf: &str,
    notice: Option<&str>,
) -> Markup {
    let day = |at: i64| {
        jiff::Timestamp::from_second(at)
            .map(|t| t.strftime("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    let body = html! {
        p { a href="/admin" { "Back to the queue" } }
        h1 { "Coordinators" }
        @if let Some(n) = notice { p role="status" { (n) } }
        p.hint { "New tokens are made on the server: actioncal admin add-coordinator." }
        ul {
            @for row in all {
                li id=(format!("coordinator-{}", row.coordinator.id)) {
                    strong { (row.coordinator.name) } " · since " (day(row.created_at))
                    @if let Some(at) = row.revoked_at {
                        " · revoked " (day(at))
                    } @else {
                        @if row.coordinator.id == me { " · you" }
                        form method="post" action=(format!("/admin/coordinators/{}/revoke", row.coordinator.id)) style="display:inline" {
                            input type="hidden" name="csrf" value=(csrf);
                            " "
                            button type="submit" { "Revoke" }
                        }
                    }
                }
            }
        }
    };
    layout::page("Coordinators", None, body)
}
