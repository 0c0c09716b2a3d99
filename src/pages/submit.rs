//! The organiser's pages: the submission form (no JavaScript needed), the thank-you page with
//! the private edit link, and the edit link's page (status, edit, cancel).

use std::collections::HashMap;

use maud::{Markup, html};

use super::layout;
use crate::domain::{Campaign, Event, Moderation, Warning};
use crate::i18n::Ui;

/// Everything the form shows: the values sent, errors and warnings by field.
#[derive(Debug)]
pub struct FormView<'a> {
    /// The interface language.
    pub ui: Ui,
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
    /// This page's path and query without `ui`, for the language switcher (empty: none).
    pub here: String,
    /// The CSRF token the form must send back.
    pub csrf: String,
    /// The campaigns to offer.
    pub campaigns: &'a [Campaign],
    /// Every zone name, and the zones of each country (for the default).
    pub zones: &'a [String],
    /// JSON object: country code to its zones, read by the progressive script.
    pub zones_by_country: &'a str,
    /// The button's label (a message id).
    pub submit_label: &'static str,
    /// A message above the form, about the whole of it (a wait, an expired form).
    pub notice: Option<String>,
    /// A second button: `then` = its value, with its label ("approve", "Save and approve"), text.
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
                        legend { (self.ui.t("form_which_one")) }
                        @for (i, c) in choices.iter().enumerate() {
                            label.check {
                                input type="radio" name=(format!("{field}_choice")) value=(c) checked[i == 0];
                                " " bdi { (c) } " " @if i == 0 { (self.ui.t("form_first_instant")) } @else { (self.ui.t("form_second_instant")) }
                            }
                        }
                    }
                }
            } @else {
                span id=(format!("{field}-error")) {}
            }
            @for w in self.warnings.iter().filter(|w| w.field == field) {
                div.warning {
                    p { (w.message_in(self.ui)) }
                    label.check {
                        input type="checkbox" name="confirm" value=(w.code.as_str()) checked[self.confirmed.iter().any(|c| c == w.code.as_str())];
                        " " (self.ui.t("form_confirm_warning"))
                    }
                }
            }
        }
    }

    fn text(&self, field: &str, label: &str, kind: &str, hint: &str, required: bool) -> Markup {
        html! {
            label for=(field) { (label) @if required { " " (self.ui.t("form_required")) } }
            @if !hint.is_empty() { p.hint id=(format!("{field}-hint")) { (hint) } }
            input id=(field) name=(field) type=(kind) value=(self.value(field)) dir="auto" required[required]
                aria-describedby=(self.described_by(field)) aria-invalid=[self.errors.contains_key(field).then_some("true")];
            (self.error(field))
        }
    }
}

/// The repeat choices of the form (`repeat` field) and their message ids; the server turns the
/// choice, the start date and the end (`repeat_count` or `repeat_until`) into the RRULE.
pub const REPEATS: [(&str, &str); 6] = [
    ("", "repeat_none"),
    ("daily", "repeat_daily"),
    ("weekly", "repeat_weekly"),
    ("fortnightly", "repeat_fortnightly"),
    ("monthly-weekday", "repeat_monthly_weekday"),
    ("monthly-date", "repeat_monthly_date"),
];

/// The submission (or edit) form.
pub fn form(view: &FormView<'_>, heading: &str, intro: Markup) -> Markup {
    let ui = view.ui;
    let countries = super::calendar::countries_in(ui);
    let zone = view.value("timezone");
    let country = view.value("country");
    let body = html! {
        h1 { (heading) }
        (intro)
        @if let Some(notice) = &view.notice {
            p.error role="alert" id="form-notice" { (notice) }
        }
        @if !view.errors.is_empty() || !view.warnings.is_empty() {
            p.error role="alert" { (ui.t("form_look_below")) }
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
                label for="website" { (ui.t("form_honeypot")) }
                input id="website" name="website" type="text" tabindex="-1" autocomplete="off";
            }
            (view.text("title", &ui.t("field_title"), "text", &ui.t("hint_title"), true))
            label for="description" { (ui.t("field_description")) }
            p.hint id="description-hint" { (ui.t("hint_description")) }
            textarea id="description" name="description" rows="6" dir="auto" aria-describedby=(view.described_by("description")) { (view.value("description")) }
            (view.error("description"))
            (view.text("start", &ui.t("field_start"), "datetime-local", &ui.t("hint_start"), true))
            (view.text("end", &ui.t("field_end"), "datetime-local", &ui.t("hint_end"), false))
            label.check {
                input type="checkbox" name="all_day" value="true" checked[view.value("all_day") == "true"];
                " " (ui.t("field_all_day"))
            }
            label for="country" { (ui.t("country")) }
            p.hint id="country-hint" { (ui.t("hint_country")) }
            select id="country" name="country" aria-describedby=(view.described_by("country")) {
                option value="" { (ui.t("option_online")) }
                @for (code, name) in countries.iter() {
                    option value=(code) selected[code.eq_ignore_ascii_case(country)] { (name) }
                }
            }
            (view.error("country"))
            label for="timezone" { (ui.t("field_timezone")) }
            p.hint id="timezone-hint" { (ui.t("hint_timezone")) }
            select id="timezone" name="timezone" data-zones=(view.zones_by_country) aria-describedby=(view.described_by("timezone")) {
                option value="" { (ui.t("option_from_country")) }
                (zone_options(ui, view.zones, zone))
            }
            (view.error("timezone"))
            (view.text("city", &ui.t("field_city"), "text", "", false))
            (view.text("venue", &ui.t("field_venue"), "text", "", false))
            (view.text("online_url", &ui.t("field_online_url"), "url", &ui.t("hint_online_url"), false))
            label for="online_links" { (ui.t("field_online_links")) }
            p.hint id="online_links-hint" { (ui.t("hint_online_links")) }
            textarea id="online_links" name="online_links" rows="2" dir="ltr" aria-describedby=(view.described_by("online_links")) { (view.value("online_links")) }
            (view.error("online_links"))
            @if !view.campaigns.is_empty() {
                fieldset {
                    legend { (ui.t("campaigns")) }
                    @for c in view.campaigns {
                        label.check {
                            input type="checkbox" name="campaigns" value=(c.slug.as_str()) checked[view.campaigns_ticked.iter().any(|t| t == c.slug.as_str())];
                            " " (c.name)
                        }
                    }
                    (view.error("campaigns"))
                }
            }
            (view.text("tags", &ui.t("field_tags"), "text", &ui.t("hint_tags"), false))
            (view.text("languages", &ui.t("languages"), "text", &ui.t("hint_languages"), false))
            label for="repeat" { (ui.t("repeats")) }
            p.hint id="repeat-hint" { (ui.t("hint_repeat")) }
            select id="repeat" name="repeat" aria-describedby=(view.described_by("recurrence")) {
                @for (value, label) in REPEATS {
                    option value=(value) selected[view.value("repeat") == value] { (ui.t(label)) }
                }
            }
            fieldset.repeat-days {
                legend { (ui.t("repeat_days")) }
                @for (i, code) in ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].iter().enumerate() {
                    label.check style="display:inline-block;margin-inline-end:.6rem" {
                        input type="checkbox" name="repeat_days" value=(code)
                            checked[view.value("repeat_days").split(',').any(|d| d == *code)]
                            ;
                        " " (ui.weekday(i))
                    }
                }
            }
            div.repeat-end {
                label for="repeat_count" { (ui.t("repeat_count")) }
                input id="repeat_count" name="repeat_count" type="number" min="2" max="1000" inputmode="numeric" value=(view.value("repeat_count"));
                label for="repeat_until" { (ui.t("repeat_until")) }
                input id="repeat_until" name="repeat_until" type="date" value=(view.value("repeat_until"));
                p.hint { (ui.t("hint_repeat_end")) }
            }
            details open[!view.value("recurrence").is_empty()] {
                summary { (ui.t("repeat_expert")) }
                (view.text("recurrence", "RRULE", "text", &ui.t("hint_rrule"), false))
            }
            (view.text("organiser_email", &ui.t("field_organiser_email"), "email", &ui.t("hint_organiser_email"), true))
            (view.text("organiser_name", &ui.t("field_organiser_name"), "text", &ui.t("hint_organiser_name"), false))
            (view.error("body"))
            button type="submit" { (ui.t(view.submit_label)) }
            @if let Some((value, label)) = view.also_submit {
                " "
                button type="submit" name="then" value=(value) { (ui.t(label)) }
            }
        }
    };
    layout::page_in(ui, &view.here, heading, &[], Some("/static/submit.js"), body)
}

/// After a submission: the private edit link, shown once, and whether it was also e-mailed
/// (`mailed`: the server has a mail relay).
pub fn accepted(ui: Ui, edit_url: &str, mailed: bool) -> Markup {
    let body = html! {
        h1 { (ui.t("thanks")) }
        p { (ui.t("thanks_review")) }
        p { (ui.t("thanks_link")) }
        p.secret { a href=(edit_url) id="edit-link" dir="ltr" { (edit_url) } }
        @if mailed {
            p id="edit-link-mailed" { (ui.t("thanks_mailed")) }
        } @else {
            p id="edit-link-not-mailed" { strong { (ui.t("thanks_not_mailed")) } }
            p {
                input id="edit-link-copy" type="text" readonly dir="ltr" value=(edit_url) aria-label=(ui.t("edit_link_label"));
                " "
                button type="button" data-copy="edit-link-copy" data-copied=(ui.t("copied")) hidden { (ui.t("copy_link")) }
            }
        }
    };
    layout::page_in(ui, "", &ui.t("thanks"), &[], Some("/static/pages.js"), body)
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
    let ui = form_view.ui;
    let state = match event.moderation {
        Moderation::Pending => ui.t("status_pending"),
        Moderation::Published => ui.t("status_published"),
        Moderation::Rejected => ui.t("status_rejected"),
    };
    let intro = html! {
        @if let Some(n) = &links.notice { p role="status" id="saved" { (n) } }
        p id="status" { (ui.t("status_label")) " " strong { (state) } @if event.status == crate::domain::Status::Cancelled { " " strong.cancelled { (ui.t("status_cancelled")) } } }
        @if event.moderation == Moderation::Published {
            p { a href=(format!("/events/{}", event.id)) { (ui.t("public_page")) } }
        }
        @if let Some(action) = &links.uncancel {
            form method="post" action=(action) {
                input type="hidden" name="csrf" value=(form_view.csrf);
                button type="submit" { (ui.t("uncancel_button")) }
            }
        }
        @if let Some(reason) = &event.reject_reason {
            p { (ui.t("coordinator_wrote")) " " q dir="auto" { (reason) } }
            p { (ui.t("fix_and_resend")) }
        }
        @if event.moderation == Moderation::Published {
            @match proposed.map(|p| &p.refused) {
                Some(None) => p id="proposed" { strong { (ui.t("change_waiting")) } " " (ui.t("change_waiting_more")) },
                Some(Some(reason)) => p id="proposed" { strong { (ui.t("change_refused")) } " " (ui.t("they_wrote")) " " q dir="auto" { (reason) } " " (ui.t("published_version_shown")) },
                None => p.hint { (ui.t("changes_reviewed")) },
            }
        }
        // A rejected submission is in no calendar: there is nothing to cancel.
        @if event.status != crate::domain::Status::Cancelled && event.moderation != Moderation::Rejected {
            form method="post" action=(links.cancel) {
                input type="hidden" name="csrf" value=(form_view.csrf);
                label.check { input type="checkbox" name="sure" value="yes" required; " " (ui.t("cancel_sure")) }
                button type="submit" { (ui.t("cancel_button")) }
                p.hint { (ui.t("cancel_hint")) }
            }
        }
    };
    form(form_view, &ui.tf("your_action", "title", &event.title), intro)
}

/// The zone picker of one language: countries' names (sorted) with their zones (label, IANA
/// name), then the zones of no country under their own heading.
type Picker = Vec<(String, Vec<(String, String)>)>;

/// Each language's picker, made once (naming some 400 zones from CLDR takes about a
/// millisecond, which every form would otherwise pay) from `zones`, the same list each time.
fn picker(ui: Ui, zones: &[String]) -> &'static Picker {
    static PICKERS: crate::i18n::PerLanguage<Picker> = crate::i18n::PerLanguage::new();
    PICKERS.get(ui, |ui| {
        let mut groups: std::collections::BTreeMap<String, Vec<(String, String)>> = std::collections::BTreeMap::new();
        let mut elsewhere: Vec<(String, String)> = Vec::new();
        for z in zones {
            if crate::i18n::cldr::canonical_zone(z).as_deref().is_some_and(|c| c != z) {
                continue;
            }
            match crate::i18n::cldr::zone_country(z) {
                Some(cc) => groups
                    .entry(ui.country(&cc, &cc))
                    .or_default()
                    .push((format!("{} ({})", ui.city(z), ui.zone(z)), z.clone())),
                None => elsewhere.push((z.clone(), z.clone())),
            }
        }
        let mut made: Picker = groups
            .into_iter()
            .map(|(country, mut list)| {
                ui.sort_by_name(&mut list, |z| &z.0);
                (country, list)
            })
            .collect();
        ui.sort_by_name(&mut made, |g| &g.0);
        if !elsewhere.is_empty() {
            made.push((ui.t("zones_elsewhere"), elsewhere));
        }
        made
    })
}

/// The zone picker's options: each country's zones under the country's name (in `ui`'s
/// language, sorted), named as a person knows them ("Beirut (Lebanon Time)") with the IANA name
/// kept as the value; zones of no country last. Legacy aliases (`US/Pacific`, `W-SU`) are not
/// offered, though the server still takes them: `selected`, when it is one, comes first.
fn zone_options(ui: Ui, zones: &[String], selected: &str) -> Markup {
    let picker = picker(ui, zones);
    let offered = picker.iter().any(|(_, list)| list.iter().any(|(_, z)| z == selected));
    html! {
        @if !selected.is_empty() && !offered {
            option value=(selected) selected { (selected) }
        }
        @for (heading, list) in picker.iter() {
            optgroup label=(heading) {
                @for (label, z) in list {
                    option value=(z) selected[z == selected] { (label) }
                }
            }
        }
    }
}
