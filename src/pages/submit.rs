//! The organiser's pages: the submission form (no JavaScript needed), the thank-you page with
//! the private edit link, and the edit link's page (status, edit, cancel).

use std::collections::HashMap;

use maud::{Markup, html};

use super::layout;
use crate::domain::{Campaign, Country, Event, Moderation, Warning};

/// Everything the form shows: the values sent, errors and warnings by field.
#[derive(Debug, Default)]
pub struct FormView<'a> {
    /// Where the form posts.
    pub action: String,
    /// Single-valued fields as last sent.
    pub values: HashMap<String, String>,
    /// Campaign slugs ticked.
    pub campaigns_ticked: Vec<String>,
    /// The one error to show, by field.
    pub errors: HashMap<String, String>,
    /// Values to choose from, by field (the two instants of a time that happens twice).
    pub choices: HashMap<String, Vec<String>>,
    /// Warnings awaiting confirmation.
    pub warnings: Vec<Warning>,
    /// Codes already confirmed.
    pub confirmed: Vec<String>,
    /// The CSRF token the form must send back.
    pub csrf: String,
    /// The campaigns to offer.
    pub campaigns: &'a [Campaign],
    /// Every zone name, and the zones of each country (for the default).
    pub zones: &'a [String],
    /// JSON object: country code to its zones, read by the progressive script.
    pub zones_by_country: &'a str,
    /// The button's label.
    pub submit_label: &'static str,
    /// A message above the form, about the whole of it (a wait, an expired form).
    pub notice: Option<String>,
    /// A second button: `then` = its value, with its label ("approve", "Save and approve").
    pub also_submit: Option<(&'static str, &'static str)>,
}

impl FormView<'_> {
    fn value(&self, field: &str) -> &str {
        self.values.get(field).map(String::as_str).unwrap_or("")
    }

    fn described_by(&self, field: &str) -> String {
        format!("{field}-hint {field}-error")
    }

    fn error(&self, field: &str) -> Markup {
        html! {
            @if let Some(e) = self.errors.get(field) {
                p.error id=(format!("{field}-error")) role="alert" { (e) }
                @if let Some(choices) = self.choices.get(field) {
                    fieldset {
                        legend { "Which one?" }
                        @for (i, c) in choices.iter().enumerate() {
                            label.check {
                                input type="radio" name=(format!("{field}_choice")) value=(c) checked[i == 0];
                                " " (c) @if i == 0 { " (the first, before clocks go back)" } @else { " (the second, after)" }
                            }
                        }
                    }
                }
            } @else {
                span id=(format!("{field}-error")) {}
            }
            @for w in self.warnings.iter().filter(|w| w.field == field) {
                div.warning {
                    p { (w.message) }
                    label.check {
                        input type="checkbox" name="confirm" value=(w.code.as_str()) checked[self.confirmed.iter().any(|c| c == w.code.as_str())];
                        " This is right, submit it anyway"
                    }
                }
            }
        }
    }

    fn text(&self, field: &str, label: &str, kind: &str, hint: &str, required: bool) -> Markup {
        html! {
            label for=(field) { (label) @if required { " (required)" } }
            @if !hint.is_empty() { p.hint id=(format!("{field}-hint")) { (hint) } }
            input id=(field) name=(field) type=(kind) value=(self.value(field)) dir="auto" required[required]
                aria-describedby=(self.described_by(field)) aria-invalid=[self.errors.contains_key(field).then_some("true")];
            (self.error(field))
        }
    }
}

/// The repeat choices of the form (`repeat` field), in words; the server turns the choice, the
/// start date and the end (`repeat_count` or `repeat_until`) into the RRULE.
pub const REPEATS: [(&str, &str); 6] = [
    ("", "Does not repeat"),
    ("daily", "Every day"),
    (
        "weekly",
        "Every week, on the start's weekday (and the days ticked below)",
    ),
    (
        "fortnightly",
        "Every two weeks, on the start's weekday (and the days ticked below)",
    ),
    (
        "monthly-weekday",
        "Every month, on the same weekday (e.g. the first Friday)",
    ),
    ("monthly-date", "Every month, on the same date"),
];

/// The submission (or edit) form.
pub fn form(view: &FormView<'_>, heading: &str, intro: Markup) -> Markup {
    let mut countries: Vec<Country> = Country::all().collect();
    countries.sort_by_key(|c| c.name());
    let zone = view.value("timezone");
    let country = view.value("country");
    let body = html! {
        h1 { (heading) }
        (intro)
        @if let Some(notice) = &view.notice {
            p.error role="alert" id="form-notice" { (notice) }
        }
        @if !view.errors.is_empty() || !view.warnings.is_empty() {
            p.error role="alert" { "Please look at the messages next to the fields below." }
        }
        form method="post" action=(view.action) novalidate {
            input type="hidden" name="csrf" value=(view.csrf);
            @if !view.value("end_derived").is_empty() {
                input type="hidden" name="end_derived" value=(view.value("end_derived"));
            }
            // Coordinates given by import or the API, kept as they are on save.
            @for key in ["latitude", "longitude"] {
                @if !view.value(key).is_empty() {
                    input type="hidden" name=(key) value=(view.value(key));
                }
            }
            div.hp aria-hidden="true" {
                label for="website" { "Leave this empty" }
                input id="website" name="website" type="text" tabindex="-1" autocomplete="off";
            }
            (view.text("title", "Title of the action", "text", "In the language of the action.", true))
            label for="description" { "Description" }
            p.hint id="description-hint" { "What, who, what to bring. Line breaks are kept." }
            textarea id="description" name="description" rows="6" dir="auto" aria-describedby=(view.described_by("description")) { (view.value("description")) }
            (view.error("description"))
            (view.text("start", "Starts", "datetime-local", "Local time at the place of the action, as on your poster.", true))
            (view.text("end", "Ends", "datetime-local", "Optional; two hours after the start if left empty.", false))
            label.check {
                input type="checkbox" name="all_day" value="true" checked[view.value("all_day") == "true"];
                " All day (only the dates count)"
            }
            label for="country" { "Country" }
            p.hint id="country-hint" { "Leave empty for an online action." }
            select id="country" name="country" aria-describedby=(view.described_by("country")) {
                option value="" { "— online —" }
                @for c in &countries {
                    option value=(c.code()) selected[c.code().eq_ignore_ascii_case(country)] { (c.name()) }
                }
            }
            (view.error("country"))
            label for="timezone" { "Time zone" }
            p.hint id="timezone-hint" { "The zone of the place; left empty, it is taken from the country when the country has one zone." }
            select id="timezone" name="timezone" data-zones=(view.zones_by_country) aria-describedby=(view.described_by("timezone")) {
                option value="" { "— from the country —" }
                @for z in view.zones {
                    option value=(z) selected[z == zone] { (z) }
                }
            }
            (view.error("timezone"))
            (view.text("city", "City or town", "text", "", false))
            (view.text("venue", "Venue, square or street", "text", "", false))
            (view.text("online_url", "Online link", "url", "Zoom, Jitsi or livestream address, for online actions.", false))
            label for="online_links" { "Other ways to join" }
            p.hint id="online_links-hint" { "One per line, with what it is: Facebook Live: https://…" }
            textarea id="online_links" name="online_links" rows="2" dir="ltr" aria-describedby=(view.described_by("online_links")) { (view.value("online_links")) }
            (view.error("online_links"))
            @if !view.campaigns.is_empty() {
                fieldset {
                    legend { "Campaigns" }
                    @for c in view.campaigns {
                        label.check {
                            input type="checkbox" name="campaigns" value=(c.slug.as_str()) checked[view.campaigns_ticked.iter().any(|t| t == c.slug.as_str())];
                            " " (c.name)
                        }
                    }
                    (view.error("campaigns"))
                }
            }
            (view.text("tags", "Tags", "text", "Comma-separated, e.g. vigil, march.", false))
            (view.text("languages", "Languages", "text", "Comma-separated language codes, e.g. ar, es, en.", false))
            label for="repeat" { "Repeats" }
            p.hint id="repeat-hint" { "At the same local time each time, across clock changes." }
            select id="repeat" name="repeat" aria-describedby=(view.described_by("recurrence")) {
                @for (value, label) in REPEATS {
                    option value=(value) selected[view.value("repeat") == value] { (label) }
                }
            }
            fieldset.repeat-days {
                legend { "For a weekly repeat, also on" }
                @for (i, (code, name)) in [("MO", "Mon"), ("TU", "Tue"), ("WE", "Wed"), ("TH", "Thu"), ("FR", "Fri"), ("SA", "Sat"), ("SU", "Sun")].iter().enumerate() {
                    label.check style="display:inline-block;margin-inline-end:.6rem" {
                        input type="checkbox" name="repeat_days" value=(code)
                            checked[view.value("repeat_days").split(',').any(|d| d == *code)]
                            aria-label=(crate::pages::i18n::Ui::ENGLISH.t("weekdays").split(',').nth(i).unwrap_or(name));
                        " " (name)
                    }
                }
            }
            div.repeat-end {
                label for="repeat_count" { "Ends after how many times" }
                input id="repeat_count" name="repeat_count" type="number" min="2" max="1000" inputmode="numeric" value=(view.value("repeat_count"));
                label for="repeat_until" { "or on this day (the last time)" }
                input id="repeat_until" name="repeat_until" type="date" value=(view.value("repeat_until"));
                p.hint { "Leave both empty for an action that repeats until it is cancelled." }
            }
            details open[!view.value("recurrence").is_empty()] {
                summary { "Another rule (RFC 5545 RRULE, for calendar experts)" }
                (view.text("recurrence", "RRULE", "text", "Used instead of the choice above, e.g. FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6.", false))
            }
            (view.text("organiser_email", "Your e-mail", "email", "Only coordinators see it; it is never published.", true))
            (view.text("organiser_name", "Your name or group", "text", "Never published.", false))
            (view.error("body"))
            button type="submit" { (view.submit_label) }
            @if let Some((value, label)) = view.also_submit {
                " "
                button type="submit" name="then" value=(value) { (label) }
            }
        }
    };
    layout::page(heading, Some("/static/submit.js"), body)
}

/// After a submission: the private edit link, shown once, and whether it was also e-mailed
/// (`mailed`: the server has a mail relay).
pub fn accepted(edit_url: &str, mailed: bool) -> Markup {
    let body = html! {
        h1 { "Thank you" }
        p { "A coordinator will review your action. It appears in the calendar once approved." }
        p { "This is your private link to see its status, edit it or cancel it. Anyone holding it can change your action: keep it private." }
        p.secret { a href=(edit_url) id="edit-link" { (edit_url) } }
        @if mailed {
            p id="edit-link-mailed" { "We also e-mailed this link to the address you gave, with the coordinators' decision to follow." }
        } @else {
            p id="edit-link-not-mailed" { strong { "This calendar sends no e-mail: this link will not be sent to you. Copy it now; it is shown only once." } }
            p {
                input id="edit-link-copy" type="text" readonly value=(edit_url) aria-label="Your private edit link";
                " "
                button type="button" data-copy="edit-link-copy" data-copied="Copied" hidden { "Copy the link" }
            }
        }
    };
    layout::page("Thank you", Some("/static/pages.js"), body)
}

/// The edit link's page: status, the form to edit, and a cancel button.
/// Where the buttons of the organiser's page post, and a message about the last step.
pub struct StatusLinks {
    /// Cancels (asks first: the `sure` box must be ticked).
    pub cancel: String,
    /// Takes back the organiser's own cancellation, when it may still be.
    pub uncancel: Option<String>,
    /// "Saved.", "Cancelled: …", or why nothing changed.
    pub notice: Option<String>,
}

pub fn status(
    event: &Event,
    proposed: Option<&crate::store::events::ProposedEdit>,
    form_view: &FormView<'_>,
    links: &StatusLinks,
) -> Markup {
    let state = match event.moderation {
        Moderation::Pending => "waiting for a coordinator's review",
        Moderation::Published => "published in the calendar",
        Moderation::Rejected => "not accepted",
    };
    let intro = html! {
        @if let Some(n) = &links.notice { p role="status" id="saved" { (n) } }
        p id="status" { "Status: " strong { (state) } @if event.status == crate::domain::Status::Cancelled { strong.cancelled { " (cancelled)" } } }
        @if event.moderation == Moderation::Published {
            p { a href=(format!("/events/{}", event.id)) { "Its public page" } }
        }
        @if let Some(action) = &links.uncancel {
            form method="post" action=(action) {
                input type="hidden" name="csrf" value=(form_view.csrf);
                button type="submit" { "Take the cancellation back" }
            }
        }
        @if let Some(reason) = &event.reject_reason {
            p { "The coordinator wrote: " q dir="auto" { (reason) } }
            p { "Correct the action below and send it again; it goes back to the coordinators." }
        }
        @if event.moderation == Moderation::Published {
            @match proposed.map(|p| &p.refused) {
                Some(None) => p id="proposed" { strong { "Your change is waiting for a coordinator's review." } " Until it is accepted, the calendar shows the published version; the form below holds your change." },
                Some(Some(reason)) => p id="proposed" { strong { "A coordinator did not accept your change." } " They wrote: " q dir="auto" { (reason) } " The calendar shows the published version." },
                None => p.hint { "Changes to a published action are reviewed by a coordinator before subscribers see them; cancelling takes effect at once." },
            }
        }
        // A rejected submission is in no calendar: there is nothing to cancel.
        @if event.status != crate::domain::Status::Cancelled && event.moderation != Moderation::Rejected {
            form method="post" action=(links.cancel) {
                input type="hidden" name="csrf" value=(form_view.csrf);
                label.check { input type="checkbox" name="sure" value="yes" required; " Yes, cancel it" }
                button type="submit" { "Cancel this action" }
                p.hint { "A cancelled action stays in calendars, marked cancelled, so that subscribers see it is off. You can take it back until it begins." }
            }
        }
    };
    form(form_view, &format!("Your action: {}", event.title), intro)
}
