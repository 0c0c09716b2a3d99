//! Coordinators' pages: sign-in with the API token, and the queue with one-click decisions.

use maud::{Markup, html};

use super::layout;
use crate::domain::Event;
use crate::domain::event::OrganiserContact;
use crate::ical;

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

fn when(e: &Event) -> Markup {
    let t = &e.time;
    html! {
        (t.start_text()) " – " (t.end_text()) " " (t.zone().name())
        br;
        @if !t.is_all_day() {
            small { (t.start_utc().strftime("%Y-%m-%d %H:%M")) " – " (t.end_utc().strftime("%Y-%m-%d %H:%M")) " UTC" }
        }
        @if let Some(r) = &e.recurrence {
            br;
            small { "Repeats " (crate::pages::i18n::Ui::ENGLISH.rule(r.rule(), r.last_date())) }
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

/// The queue of pending submissions.
pub fn queue(
    who: &str,
    pending: &[(Event, OrganiserContact)],
    csrf: &str,
    notice: Option<&str>,
    digest: Markup,
) -> Markup {
    let body = html! {
        h1 { "Submissions waiting" }
        p { "Signed in as " (who) ". "
            form method="post" action="/admin/logout" style="display:inline" {
                input type="hidden" name="csrf" value=(csrf);
                button type="submit" { "Sign out" }
            }
        }
        @if let Some(n) = notice { p role="status" { (n) } }
        (digest)
        @if pending.is_empty() {
            p { "Nothing is waiting." }
        } @else {
            table {
                thead { tr { th { "Action" } th { "When" } th { "Where" } th { "Organiser" } th { "Decide" } } }
                tbody {
                    @for (e, contact) in pending {
                        tr id=(format!("submission-{}", e.id)) {
                            td {
                                strong dir=(e.text_dir()) { (e.title) }
                                @if let Some(d) = &e.description { p.desc dir=(e.text_dir()) { (d) } }
                                @if !e.campaigns.is_empty() { small { (e.campaigns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")) } }
                                @for link in &e.online_links {
                                    br;
                                    @if let Some(label) = &link.label { bdi { (label) } ": " }
                                    a href=(link.url.as_str()) rel="nofollow noopener" { (link.url.as_str()) }
                                }
                            }
                            td { (when(e)) }
                            td dir="auto" { (ical::location(e)) }
                            td {
                                (contact.name.as_deref().unwrap_or(""))
                                @if let Some(m) = &contact.email { br; a href=(format!("mailto:{m}")) { (m) } }
                            }
                            td {
                                form method="post" action=(format!("/admin/submissions/{}/approve", e.id)) {
                                    input type="hidden" name="csrf" value=(csrf);
                                    // What is shown here is what gets published: an edit since is refused.
                                    input type="hidden" name="sequence" value=(e.sequence);
                                    button type="submit" { "Approve" }
                                }
                                form method="post" action=(format!("/admin/submissions/{}/reject", e.id)) {
                                    input type="hidden" name="csrf" value=(csrf);
                                    label for=(format!("reason-{}", e.id)) { "Reason for the organiser" }
                                    input id=(format!("reason-{}", e.id)) name="reason" type="text" required;
                                    button type="submit" { "Reject" }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    layout::page("Submissions waiting", None, body)
}
