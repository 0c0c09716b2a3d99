//! Coordinators' pages: sign-in with the API token, and the queue with one-click decisions.

use maud::{Markup, html};

use super::layout;
use crate::domain::Event;
use crate::i18n::Ui;
use crate::ical;
use crate::service::moderation::{ChangeReview, Review};

/// The sign-in form; `error` after a wrong token.
pub fn login(ui: Ui, error: Option<&str>, csrf: &str) -> Markup {
    let body = html! {
        h1 { (ui.t("desk_coordinators")) }
        form method="post" action="/admin/login" {
            input type="hidden" name="csrf" value=(csrf);
            label for="token" { (ui.t("desk_token")) }
            p.hint id="token-hint" { (ui.t("desk_token_hint")) }
            input id="token" name="token" type="password" autocomplete="current-password" required aria-describedby="token-hint";
            @if let Some(e) = error { p.error role="alert" { (ui.t(e)) } }
            button type="submit" { (ui.t("desk_sign_in")) }
        }
    };
    layout::page_in(ui, "/admin/login", &ui.t("desk_sign_in_title"), &[], None, body)
}

/// When, in words and in the action's zone ("Saturday 27 November 2027, 14:00 – 16:00
/// Europe/Paris, UTC+01:00"), then in UTC, then its repeat rule in words.
fn when(e: &Event, ui: Ui) -> Markup {
    let t = &e.time;
    let range = crate::pages::event::local_range(t, ui);
    html! {
        bdi { (range) }
        @if !t.is_all_day() {
            " " bdi title=(t.zone().name()) { (t.zone().name()) } " " bdi dir="ltr" { (crate::pages::event::offset(t.zone(), t.start_utc())) }
        }
        br;
        @if !t.is_all_day() {
            @let (s, f) = (jiff::tz::TimeZone::UTC.to_datetime(t.start_utc()), jiff::tz::TimeZone::UTC.to_datetime(t.end_utc()));
            small { (ui.t("utc")) ": " bdi { (ui.date_time(s)) " – " @if f.date() != s.date() { (ui.date_time(f)) } @else { (ui.time(f.time())) } } }
        }
        @if let Some(r) = &e.recurrence {
            br;
            small { (ui.t("repeats")) ": " (ui.rule(r.rule(), r.last_date())) }
        }
    }
}

/// The digest setting on the desk: how often, and to which address.
pub fn digest_form(ui: Ui, csrf: &str, every: &str, email: &str, mail_enabled: bool) -> Markup {
    html! {
        details id="digest" {
            summary { (ui.t("desk_digest")) }
            @if !mail_enabled {
                p.hint { (ui.t("desk_digest_no_mail")) }
            }
            form method="post" action="/admin/digest" {
                input type="hidden" name="csrf" value=(csrf);
                fieldset {
                    legend { (ui.t("desk_digest_how_often")) }
                    @for (value, label) in [("off", "desk_digest_never"), ("hourly", "desk_digest_hourly"), ("daily", "desk_digest_daily")] {
                        label.check {
                            input type="radio" name="every" value=(value) checked[every == value];
                            " " (ui.t(label))
                        }
                    }
                }
                label for="digest-email" { (ui.t("desk_digest_to")) }
                input id="digest-email" name="email" type="email" autocomplete="email" value=(email);
                button type="submit" { (ui.t("save")) }
            }
        }
    }
}

/// The page after a digest unsubscribe link: a button to confirm (`done` false), or done.
pub fn unsubscribe(ui: Ui, action: &str, done: bool) -> Markup {
    let body = html! {
        h1 { (ui.t("desk_digest_title")) }
        @if done {
            p role="status" { (ui.t("desk_digest_stopped")) }
        } @else {
            form method="post" action=(action) {
                input type="hidden" name="List-Unsubscribe" value="One-Click";
                button type="submit" { (ui.t("desk_digest_stop")) }
            }
        }
    };
    layout::page_in(ui, "", &ui.t("desk_digest_title"), &[], None, body)
}

/// Reasons coordinators often give, offered as suggestions for a rejection (the organiser
/// reads the reason as written).
pub const REASONS: [&str; 6] = [
    "reason_place",
    "reason_time",
    "reason_zone",
    "reason_duplicate",
    "reason_describe",
    "reason_outside",
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
            "desk_map_given",
        )),
        (None, Some(_)) => Some((
            format!(
                "https://www.openstreetmap.org/search?query={}",
                url::form_urlencoded::byte_serialize(ical::location(e).as_bytes()).collect::<String>()
            ),
            "desk_map_find",
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
    ui: Ui,
    who: &str,
    reviews: &[Review],
    changes: &[ChangeReview],
    csrf: &str,
    notice: Option<&str>,
    digest: Markup,
) -> Markup {
    let body = html! {
        h1 { (ui.t("desk_waiting")) }
        p { (ui.tf("desk_signed_in_as", "name", who)) " "
            a href="/admin/events" { (ui.t("desk_actions")) } " · "
            a href="/admin/campaigns" { (ui.t("campaigns")) } " · "
            a href="/admin/coordinators" { (ui.t("desk_coordinators")) } " · "
            a href="/admin/sources" { (ui.t("sources")) } " · "
            a href="/admin/mail" { (ui.t("desk_mail")) } " · "
            a href="/admin/log" { (ui.t("desk_log")) } " · "
            form method="post" action="/admin/logout" style="display:inline" {
                input type="hidden" name="csrf" value=(csrf);
                button type="submit" { (ui.t("desk_sign_out")) }
            }
        }
        @if let Some(n) = notice { p role="status" { (ui.t(n)) } }
        (digest)
        p.hint { (ui.t("desk_keys")) }
        datalist id="reasons" { @for r in REASONS { option value=(ui.t(r)); } }
        @if reviews.is_empty() {
            p { (ui.t("desk_nothing_waiting")) }
        }
        @for r in reviews {
            @let e = &r.event;
            article.card id=(format!("submission-{}", e.id)) tabindex="-1" data-id=(e.id) {
                h2 dir="auto" { (e.title) }
                dl {
                    dt { (ui.t("when")) }
                    dd { (when(e, ui)) }
                    dt { (ui.t("where")) }
                    dd dir="auto" { (crate::pages::event::place(ui, &e.place)) }
                    @if let Some((href, label)) = map_link(e) {
                        dd { a href=(href) rel="noopener noreferrer" target="_blank" { (ui.t(label)) } }
                    }
                    @if !e.online_links.is_empty() {
                        dt { (ui.t("online")) }
                        @for link in &e.online_links {
                            dd {
                                @if let Some(label) = &link.label { bdi { (label) } ": " }
                                a href=(link.url.as_str()) rel="nofollow noopener noreferrer" { (link.url.as_str()) }
                            }
                        }
                    }
                    @if let Some(d) = &e.description { dt { (ui.t("field_description")) } dd.desc dir="auto" { (d) } }
                    @if !e.campaigns.is_empty() || !e.tags.is_empty() || !e.languages.is_empty() {
                        dt { (ui.t("desk_campaigns_tags_languages")) }
                        dd {
                            (e.campaigns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", "))
                            @if !e.tags.is_empty() { " · " (e.tags.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", ")) }
                            @if !e.languages.is_empty() { " · " (ui.list(&e.languages.iter().map(|l| ui.language(l.as_str())).collect::<Vec<_>>())) }
                        }
                    }
                    dt { (ui.t("desk_organiser")) }
                    dd {
                        @match r.contact.name.as_deref() { Some(n) => bdi { (n) }, None => (ui.t("desk_no_name")) }
                        " · "
                        (ui.tf("desk_earlier", "count", r.earlier))
                        @if let Some(m) = &r.contact.email {
                            details.contact { summary { (ui.t("desk_address")) } a href=(format!("mailto:{m}")) { (m) } }
                        }
                    }
                    @if !r.warnings.is_empty() {
                        dt { (ui.t("desk_warnings_confirmed")) }
                        @for w in &r.warnings { dd.warning { (w.message_in(ui)) } }
                    }
                    @if !r.similar.is_empty() {
                        dt { (ui.t("desk_similar")) }
                        @for (id, title, state) in &r.similar {
                            dd.warning {
                                @if state == "published" { a href=(format!("/events/{id}")) dir="auto" { (title) } } @else { bdi { (title) } }
                                " (" (moderation_in_words(ui, state)) ", " (id) ")"
                            }
                        }
                    }
                }
                div.decide {
                    form method="post" action=(format!("/admin/submissions/{}/approve", e.id)) {
                        input type="hidden" name="csrf" value=(csrf);
                        // What is shown here is what gets published: an edit since is refused.
                        input type="hidden" name="sequence" value=(e.sequence);
                        button type="submit" data-key="approve" { (ui.t("desk_approve")) }
                    }
                    p { a href=(format!("/admin/events/{}", e.id)) { (ui.t("desk_edit_first")) } }
                    form method="post" action=(format!("/admin/submissions/{}/reject", e.id)) {
                        input type="hidden" name="csrf" value=(csrf);
                        label for=(format!("reason-{}", e.id)) { (ui.t("desk_reason")) }
                        input id=(format!("reason-{}", e.id)) name="reason" type="text" list="reasons" required data-key="reason" dir="auto";
                        button type="submit" { (ui.t("desk_reject")) }
                    }
                }
            }
        }
        @if !changes.is_empty() {
            h2 { (ui.t("desk_changes")) }
        }
        @for ch in changes {
            @let e = &ch.event;
            article.card id=(format!("change-{}", e.id)) tabindex="-1" data-id=(e.id) {
                h3 dir="auto" { a href=(format!("/events/{}", e.id)) { (e.title) } }
                table.diff {
                    thead { tr { th { (ui.t("desk_field")) } th { (ui.t("desk_now")) } th { (ui.t("desk_proposed")) } } }
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
                        button type="submit" data-key="approve" { (ui.t("desk_publish_change")) }
                    }
                    form method="post" action=(format!("/admin/edits/{}/reject", e.id)) {
                        input type="hidden" name="csrf" value=(csrf);
                        label for=(format!("edit-reason-{}", e.id)) { (ui.t("desk_reason")) }
                        input id=(format!("edit-reason-{}", e.id)) name="reason" type="text" list="reasons" required data-key="reason" dir="auto";
                        button type="submit" { (ui.t("desk_keep_published")) }
                    }
                }
            }
        }
    };
    layout::page_in(ui, "/admin", &ui.t("desk_waiting"), &[], Some("/static/admin.js"), body)
}

/// Who made an audit entry, for a person: "Coordinator One", "the organiser", "the operator".
fn actor_in_words(ui: Ui, actor: &str) -> String {
    match actor.split_once(':') {
        Some(("coordinator", rest)) => rest.split_once(':').map_or(rest, |(_, name)| name).to_string(),
        _ if actor == "organiser" => ui.t("log_organiser"),
        _ if actor == "operator" => ui.t("log_operator"),
        Some(("source", rest)) => ui.tf(
            "log_source",
            "name",
            rest.split_once(':').map_or(rest, |(_, name)| name),
        ),
        _ => actor.to_string(),
    }
}

/// A moderation state in words (`published`, `pending`, `rejected`).
fn moderation_in_words(ui: Ui, state: &str) -> String {
    match state {
        "pending" => ui.t("moderation_pending"),
        "published" => ui.t("moderation_published"),
        "rejected" => ui.t("moderation_rejected"),
        other => other.to_string(),
    }
}

/// What an audit entry records, in words (`approve` → "approved").
fn action_in_words(ui: Ui, action: &str) -> String {
    match action {
        "submit" => ui.t("log_submit"),
        "edit" => ui.t("log_edit"),
        "propose-edit" => ui.t("log_propose_edit"),
        "withdraw-edit" => ui.t("log_withdraw_edit"),
        "approve-edit" => ui.t("log_approve_edit"),
        "reject-edit" => ui.t("log_reject_edit"),
        "approve" => ui.t("log_approve"),
        "reject" => ui.t("log_reject"),
        "cancel" => ui.t("log_cancel"),
        "uncancel" => ui.t("log_uncancel"),
        "remove" => ui.t("log_remove"),
        "campaign-create" => ui.t("log_campaign_create"),
        "campaign-edit" => ui.t("log_campaign_edit"),
        "import" => ui.t("log_import"),
        "coordinator-add" => ui.t("log_coordinator_add"),
        "coordinator-revoke" => ui.t("log_coordinator_revoke"),
        other => other.replace('-', " "),
    }
}

/// The audit log: when (UTC, and in the reader's zone by the page script), who, what, and each
/// change field by field; filters by action id and by who.
pub fn log(ui: Ui, entries: &[crate::store::audit::Entry], event: Option<i64>, actor: Option<&str>) -> Markup {
    let body = html! {
        p { a href="/admin" { (ui.t("desk_back")) } }
        h1 { (ui.t("desk_log")) }
        form.filters method="get" action="/admin/log" {
            label { (ui.t("log_action_number")) " " input name="event" type="number" min="1" value=[event]; }
            label { (ui.t("log_who")) " " input name="actor" type="text" value=[actor]; }
            button type="submit" { (ui.t("apply")) }
        }
        @if entries.is_empty() { p { (ui.t("log_nothing")) } }
        @for en in entries {
            @let when = jiff::Timestamp::from_second(en.at).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
            article.card id=(format!("entry-{}", en.id)) {
                p {
                    @let utc = jiff::tz::TimeZone::UTC.to_datetime(when);
                    time datetime=(when.to_string()) data-zone="UTC" { (ui.date_time(utc)) " " (ui.t("utc")) }
                    " · " strong dir="auto" { (actor_in_words(ui, &en.actor)) } " · " (action_in_words(ui, &en.action))
                    @if let Some(id) = en.event_id { " · " a href=(format!("/admin/log?event={id}")) { (ui.tf("log_action", "id", id)) } }
                    @if let Some(c) = &en.campaign { " · " (ui.tf("log_campaign", "slug", c)) }
                }
                @let changes = crate::service::changed_fields(en.before.as_ref(), en.after.as_ref());
                @if en.before.is_some() && !changes.is_empty() {
                    table.diff {
                        thead { tr { th { (ui.t("desk_field")) } th { (ui.t("log_before")) } th { (ui.t("log_after")) } } }
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
                    p { (ui.t("log_reason")) " " q dir="auto" { (reason) } }
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
                    actor.map(|a| format!("&actor={}", url::form_urlencoded::byte_serialize(a.as_bytes()).collect::<String>())).unwrap_or_default())) { (ui.t("log_older")) } }
            }
        }
    };
    layout::page_in(ui, "", &ui.t("desk_log"), &[], Some("/static/pages.js"), body)
}

/// The desk's search: any action by title, city or number, newest first.
pub fn find(ui: Ui, q: &str, found: &[crate::store::events::Found]) -> Markup {
    let body = html! {
        p { a href="/admin" { (ui.t("desk_back")) } " · " a href="/admin/log" { (ui.t("desk_log")) } }
        h1 { (ui.t("desk_actions")) }
        form.filters method="get" action="/admin/events" {
            label { (ui.t("find_label")) " " input name="q" type="search" value=(q) dir="auto"; }
            button type="submit" { (ui.t("find_button")) }
        }
        @if found.is_empty() { p { (ui.t("find_nothing")) } }
        ul {
            @for a in found {
                li {
                    a href=(format!("/admin/events/{}", a.id)) dir="auto" { (a.title) }
                    " · " bdi dir="ltr" { (a.start.replace('T', " ")) } " · " (moderation_in_words(ui, &a.moderation))
                    @if a.status == "cancelled" { " · " span.cancelled { (ui.t("cancelled_short")) } }
                }
            }
        }
    };
    layout::page_in(ui, "", &ui.t("desk_actions"), &[], None, body)
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
        form_view.also_submit = Some(("approve", "desk_save_approve"));
    }
    let ui = form_view.ui;
    let intro = html! {
        p { a href="/admin" { (ui.t("desk_back")) } " · " a href="/admin/events" { (ui.t("desk_actions")) } " · " a href=(format!("/admin/log?event={}", e.id)) { (ui.t("desk_its_log")) }
            @if e.moderation == crate::domain::Moderation::Published { " · " a href=(format!("/events/{}", e.id)) { (ui.t("public_page")) } } }
        @if let Some(n) = notice { p role="status" { (ui.t(n)) } }
        p { (ui.ta("desk_action_state", &[("id", e.id.into()), ("moderation", (&moderation_in_words(ui, e.moderation.as_str())).into()), ("status", (&status_in_words(ui, e.status.as_str())).into()), ("version", i64::from(e.sequence).into())])) }
        div.decide {
            @if e.status != crate::domain::Status::Cancelled {
                form method="post" action=(format!("/admin/events/{}/cancel", e.id)) {
                    input type="hidden" name="csrf" value=(csrf);
                    button type="submit" { (ui.t("desk_cancel")) }
                }
            }
            @if past {
                form method="post" action=(format!("/admin/events/{}/remove", e.id)) {
                    input type="hidden" name="csrf" value=(csrf);
                    button type="submit" { (ui.t("desk_remove")) }
                }
            }
        }
    };
    crate::pages::submit::form(&form_view, &ui.tf("desk_edit_title", "title", &e.title), intro)
}

/// Campaigns on the desk: each with a form to edit it (its slug stays), and one to make one.
pub fn campaigns(ui: Ui, all: &[crate::domain::Campaign], csrf: &str, notice: Option<&str>) -> Markup {
    let body = html! {
        p { a href="/admin" { (ui.t("desk_back")) } }
        h1 { (ui.t("campaigns")) }
        @if let Some(n) = notice { p role="status" { (ui.t(n)) } }
        @for c in all {
            article.card id=(format!("campaign-{}", c.slug.as_str())) {
                h2 { (c.name) " " small { code { (c.slug.as_str()) } } }
                form method="post" action=(format!("/admin/campaigns/{}", c.slug.as_str())) {
                    input type="hidden" name="csrf" value=(csrf);
                    label { (ui.t("campaign_name")) input name="name" type="text" required value=(c.name) dir="auto"; }
                    label { (ui.t("field_description")) textarea name="description" rows="2" dir="auto" { (c.description.as_deref().unwrap_or("")) } }
                    label { (ui.t("campaign_hashtag")) input name="hashtag" type="text" value=(c.hashtag.as_deref().unwrap_or("")); }
                    button type="submit" { (ui.t("save")) }
                }
            }
        }
        h2 { (ui.t("campaign_new")) }
        form method="post" action="/admin/campaigns" {
            input type="hidden" name="csrf" value=(csrf);
            label { (ui.t("campaign_slug")) input name="slug" type="text" required pattern="[a-z0-9]+(-[a-z0-9]+)*" dir="ltr"; }
            label { (ui.t("campaign_name")) input name="name" type="text" required dir="auto"; }
            label { (ui.t("field_description")) textarea name="description" rows="2" dir="auto" {} }
            label { (ui.t("campaign_hashtag")) input name="hashtag" type="text"; }
            button type="submit" { (ui.t("campaign_create")) }
        }
    };
    layout::page_in(ui, "", &ui.t("campaigns"), &[], None, body)
}

/// Partners' calendars on the desk: each with its state, counts, last message and settings
/// (saved, polled now, released when held, removed), and a form to follow a new one.
pub fn sources(ui: Ui, all: &[crate::store::sources::Source], csrf: &str, notice: Option<&str>) -> Markup {
    let moment = |at: i64| {
        jiff::Timestamp::from_second(at)
            .map(|t| ui.date_time(jiff::tz::TimeZone::UTC.to_datetime(t)) + " UTC")
            .unwrap_or_default()
    };
    let fields = |s: Option<&crate::store::sources::SourceSettings>| {
        let v = |f: fn(&crate::store::sources::SourceSettings) -> String| s.map(f).unwrap_or_default();
        let hold = s.is_none_or(|s| s.trust == crate::store::sources::Trust::Hold);
        html! {
            label { (ui.t("source_url")) input name="url" type="url" required dir="ltr" value=(v(|s| s.url.clone())); }
            label { (ui.t("source_name")) input name="name" type="text" dir="auto" value=(v(|s| s.name.clone())); }
            label { (ui.t("source_campaigns")) input name="campaigns" type="text" dir="ltr" value=(v(|s| s.campaigns.join(", "))); }
            label { (ui.t("source_tags")) input name="tags" type="text" dir="auto" value=(v(|s| s.tags.join(", "))); }
            label { (ui.t("source_languages")) input name="languages" type="text" dir="ltr" value=(v(|s| s.languages.join(", "))); }
            label { (ui.t("source_country")) input name="country" type="text" dir="ltr" maxlength="2" value=(v(|s| s.country.clone().unwrap_or_default())); }
            label { (ui.t("source_trust")) " "
                select name="trust" {
                    option value="hold" selected[hold] { (ui.t("source_trust_hold")) }
                    option value="publish" selected[!hold] { (ui.t("source_trust_publish")) }
                }
            }
            @if s.is_some() {
                label { input name="paused" type="checkbox" checked[s.is_some_and(|s| s.paused)]; " " (ui.t("source_paused")) }
            }
        }
    };
    let body = html! {
        p { a href="/admin" { (ui.t("desk_back")) } }
        h1 { (ui.t("sources")) }
        @if let Some(n) = notice { p role="status" { (ui.t(n)) } }
        p.hint { (ui.t("sources_hint")) }
        @for s in all {
            article.card id=(format!("source-{}", s.id)) {
                h2 dir="auto" { (s.settings.name) }
                p { code dir="ltr" { (s.settings.url) } }
                dl {
                    dt { (ui.t("source_status")) }
                    dd { (ui.t(match s.last_status.as_deref() {
                        Some("changed") => "source_status_changed",
                        Some("unchanged") => "source_status_unchanged",
                        Some("held") => "source_status_held",
                        Some("error") => "source_status_error",
                        _ => "source_never",
                    })) @if s.settings.paused { " · " (ui.t("source_paused")) } }
                    @if let Some(at) = s.last_poll_at {
                        dt { (ui.t("source_last_poll")) }
                        dd { (moment(at)) }
                    }
                    @if !s.settings.paused {
                        dt { (ui.t("source_next_poll")) }
                        dd { (moment(s.next_poll_at)) }
                    }
                    dt { (ui.t("source_counts_title")) }
                    dd { (ui.ta("source_counts", &[
                        ("new", s.counts.new.into()),
                        ("updated", s.counts.updated.into()),
                        ("cancelled", s.counts.cancelled.into()),
                        ("held", s.counts.held.into()),
                    ])) }
                    @if let Some(m) = &s.last_error {
                        dt { (ui.t("source_message")) }
                        dd dir="auto" { (m) }
                    }
                }
                form method="post" action=(format!("/admin/sources/{}", s.id)) {
                    input type="hidden" name="csrf" value=(csrf);
                    (fields(Some(&s.settings)))
                    button type="submit" { (ui.t("save")) }
                }
                form method="post" action=(format!("/admin/sources/{}/poll", s.id)) style="display:inline" {
                    input type="hidden" name="csrf" value=(csrf);
                    button type="submit" { (ui.t("source_poll_now")) }
                }
                @if s.last_status.as_deref() == Some("held") {
                    " "
                    form method="post" action=(format!("/admin/sources/{}/release", s.id)) style="display:inline" {
                        input type="hidden" name="csrf" value=(csrf);
                        button type="submit" { (ui.t("source_release")) }
                    }
                }
                " "
                form method="post" action=(format!("/admin/sources/{}/remove", s.id)) style="display:inline" {
                    input type="hidden" name="csrf" value=(csrf);
                    button type="submit" { (ui.t("source_remove")) }
                }
            }
        }
        h2 { (ui.t("source_new")) }
        form method="post" action="/admin/sources" {
            input type="hidden" name="csrf" value=(csrf);
            (fields(None))
            button type="submit" { (ui.t("source_add")) }
        }
    };
    layout::page_in(ui, "", &ui.t("sources"), &[], None, body)
}

/// A kept message's state in words.
fn mail_state(ui: Ui, state: &str) -> String {
    ui.t(match state {
        "read" => "mail_state_read",
        "for-review" => "mail_state_for_review",
        _ => "mail_state_stored",
    })
}

/// The e-mailed events received, newest first.
pub fn mail_list(ui: Ui, all: &[crate::store::inbound::Kept]) -> Markup {
    let moment = |at: i64| {
        jiff::Timestamp::from_second(at)
            .map(|t| ui.date_time(jiff::tz::TimeZone::UTC.to_datetime(t)) + " UTC")
            .unwrap_or_default()
    };
    let body = html! {
        p { a href="/admin" { (ui.t("desk_back")) } }
        h1 { (ui.t("desk_mail")) }
        p.hint { (ui.t("mail_hint")) }
        @if all.is_empty() { p { (ui.t("mail_none")) } }
        @for m in all {
            article.card id=(format!("mail-{}", m.id)) {
                h2 { a href=(format!("/admin/mail/{}", m.id)) dir="ltr" { (m.sender.as_deref().unwrap_or("?")) } }
                dl {
                    dt { (ui.t("mail_received")) }
                    dd { (moment(m.received_at)) }
                    dt { (ui.t("source_status")) }
                    dd { (mail_state(ui, &m.state)) }
                    @if let Some(note) = &m.note {
                        dt { (ui.t("source_message")) }
                        dd dir="auto" { (note) }
                    }
                }
            }
        }
    };
    layout::page_in(ui, "", &ui.t("desk_mail"), &[], None, body)
}

/// One message as it came: its state, the actions it made, its text (decoded when it can be
/// read, always escaped) and its source.
pub fn mail_message(ui: Ui, m: &crate::store::inbound::Message) -> Markup {
    let parsed = mail_parser::MessageParser::default().parse(&m.raw);
    let header = |name: &str| {
        parsed
            .as_ref()
            .and_then(|p| p.header_raw(name))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let subject = parsed.as_ref().and_then(|p| p.subject()).unwrap_or("").to_string();
    // The sender decoded (RFC 2047 names in any charset), as "Name <address>".
    let from = parsed
        .as_ref()
        .and_then(|p| p.from())
        .and_then(|a| a.first())
        .map(|a| match (a.name(), a.address()) {
            (Some(n), Some(addr)) => format!("{n} <{addr}>"),
            (None, Some(addr)) => addr.to_string(),
            (Some(n), None) => n.to_string(),
            (None, None) => String::new(),
        })
        .unwrap_or_else(|| header("From"));
    let text = parsed
        .as_ref()
        .and_then(|p| p.body_text(0))
        .map(|t| t.to_string())
        .unwrap_or_default();
    // A message left for a coordinator without a calendar: what its text gave, to enter by
    // hand (read again as the intake read it, on the day it came).
    let has_calendar = parsed.as_ref().is_some_and(|p| {
        p.parts.iter().any(|part| {
            mail_parser::MimeHeaders::content_type(part).is_some_and(|t| {
                t.subtype()
                    .is_some_and(|s| s.eq_ignore_ascii_case("calendar") || s.eq_ignore_ascii_case("ics"))
            })
        })
    });
    let reading = (m.kept.state == "for-review" && !has_calendar && !text.is_empty())
        .then(|| {
            let day = jiff::Timestamp::from_second(m.kept.received_at)
                .map(|t| jiff::tz::TimeZone::UTC.to_datetime(t).date())
                .ok()?;
            Some(crate::domain::prose::read(&subject, &text, day))
        })
        .flatten();
    let body = html! {
        p { a href="/admin/mail" { (ui.t("desk_mail")) } }
        h1 dir="auto" { (subject) }
        dl {
            dt { (ui.t("mail_from")) }
            dd dir="auto" { (from) }
            dt { (ui.t("mail_received")) }
            dd dir="ltr" { (header("Date")) }
            dt { (ui.t("source_status")) }
            dd { (mail_state(ui, &m.kept.state)) }
            @if let Some(note) = &m.kept.note {
                dt { (ui.t("source_message")) }
                dd dir="auto" { (note) }
            }
            @if !m.actions.is_empty() {
                dt { (ui.t("mail_actions")) }
                dd { @for id in &m.actions { a href=(format!("/admin/events/{id}")) { "#" (id) } " " } }
            }
        }
        @if let Some(r) = &reading {
            h2 { (ui.t("mail_reading")) }
            dl {
                @for (field, value) in [
                    ("title", r.form.title.as_deref()),
                    ("start", r.form.start.as_deref()),
                    ("end", r.form.end.as_deref()),
                    ("timezone", r.form.timezone.as_deref()),
                    ("country", r.form.country.as_deref()),
                    ("city", r.form.city.as_deref()),
                    ("venue", r.form.venue.as_deref()),
                    ("online_url", r.form.online_url.as_deref()),
                ] {
                    @if let Some(v) = value {
                        dt { (ui.field_name(field)) }
                        dd dir="auto" { (v) }
                    }
                }
                @if !r.missing.is_empty() {
                    dt { (ui.t("mail_unsure")) }
                    dd { (ui.list(&r.missing.iter().map(|m| ui.field_name(m.field())).collect::<Vec<_>>())) }
                }
            }
        }
        @if !text.is_empty() {
            h2 { (ui.t("mail_text")) }
            pre dir="auto" style="white-space:pre-wrap" { (text) }
        }
        details {
            summary { (ui.t("mail_original")) }
            pre dir="ltr" style="white-space:pre-wrap" { (String::from_utf8_lossy(&m.raw)) }
        }
    };
    layout::page_in(ui, "", &subject, &[], None, body)
}

/// Coordinators on the desk: who, since when, revoked or active, with a button to revoke.
pub fn coordinators(
    ui: Ui,
    all: &[crate::store::coordinators::CoordinatorRow],
    me: i64,
    csrf: &str,
    notice: Option<&str>,
) -> Markup {
    let day = |at: i64| {
        jiff::Timestamp::from_second(at)
            .map(|t| ui.date(jiff::tz::TimeZone::UTC.to_datetime(t).date()))
            .unwrap_or_default()
    };
    let body = html! {
        p { a href="/admin" { (ui.t("desk_back")) } }
        h1 { (ui.t("desk_coordinators")) }
        @if let Some(n) = notice { p role="status" { (ui.t(n)) } }
        p.hint { (ui.t("coordinators_hint")) }
        ul {
            @for row in all {
                li id=(format!("coordinator-{}", row.coordinator.id)) {
                    strong dir="auto" { (row.coordinator.name) } " · " (ui.tf("coordinator_since", "date", &day(row.created_at)))
                    @if let Some(at) = row.revoked_at {
                        " · " (ui.tf("coordinator_revoked", "date", &day(at)))
                    } @else {
                        @if row.coordinator.id == me { " · " (ui.t("coordinator_you")) }
                        form method="post" action=(format!("/admin/coordinators/{}/revoke", row.coordinator.id)) style="display:inline" {
                            input type="hidden" name="csrf" value=(csrf);
                            " "
                            button type="submit" { (ui.t("coordinator_revoke")) }
                        }
                    }
                }
            }
        }
    };
    layout::page_in(ui, "", &ui.t("desk_coordinators"), &[], None, body)
}

/// An action's status in words (`confirmed`, `tentative`, `cancelled`).
fn status_in_words(ui: Ui, status: &str) -> String {
    match status {
        "confirmed" => ui.t("status_confirmed"),
        "tentative" => ui.t("status_tentative"),
        "cancelled" => ui.t("cancelled_short"),
        other => other.to_string(),
    }
}
