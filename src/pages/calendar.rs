//! The day-by-day list of actions, as the seeds' "Global Calendar of Resistance" reads: each
//! action under its own local date, with filters, week paging and subscribe links.

use jiff::civil::Date;
use maud::{Markup, html};

use super::layout;
use super::subscribe::{self, Links};
use crate::domain::event::Occurrence;
use crate::domain::{Campaign, Country, Event, Region, Status, Zone};
use crate::i18n::Ui;

/// One line of the list: an occurrence of an action.
pub struct Item<'a> {
    /// The action.
    pub event: &'a Event,
    /// Which occurrence.
    pub occurrence: Occurrence,
}

/// The choices the filter form offers, and what is chosen.
#[derive(Default)]
pub struct FilterForm<'a> {
    pub campaigns: &'a [Campaign],
    pub tags: Vec<String>,
    pub langs: Vec<String>,
    pub region: String,
    pub country: String,
    pub campaign: String,
    pub tag: String,
    pub lang: String,
}

/// Everything the page shows.
pub struct CalendarView<'a> {
    pub ui: Ui,
    pub heading: String,
    pub week_start: Date,
    pub days: Vec<(Date, Vec<Item<'a>>)>,
    pub previous: String,
    pub next: String,
    pub filters: FilterForm<'a>,
    pub links: Links,
    pub atom: String,
    pub reader_zone: Option<Zone>,
    /// Hidden fields the filter form keeps (`ui`, `tz`).
    pub keep: Vec<(&'static str, String)>,
    /// This page's path and query without `ui`, for the language switcher.
    pub here: String,
    /// What a shared link to it shows.
    pub preview: layout::Preview,
}

fn select(name: &str, label: &str, any: &str, current: &str, options: &[(String, String)]) -> Markup {
    html! {
        label for=(format!("f-{name}")) { (label) }
        select id=(format!("f-{name}")) name=(name) {
            option value="" { (any) }
            @for (value, text) in options {
                option value=(value) selected[value.eq_ignore_ascii_case(current)] { (text) }
            }
        }
    }
}

fn item(ui: Ui, it: &Item<'_>, reader: Option<&Zone>) -> Markup {
    let e = it.event;
    let o = &it.occurrence;
    let zone = e.time.zone().name();
    html! {
        li.action {
            span.when {
                @if e.time.is_all_day() {
                    span.time { (ui.t("all_day")) }
                } @else {
                    time.time datetime=(o.start_utc.to_string()) data-zone=(zone) { (ui.time(o.start.time())) }
                    " " small.zone title=(zone) { (ui.zone(zone)) }
                    @if let Some(r) = reader {
                        // The reader's own date too when it is not the action's ("Sat 21:00" in
                        // Santiago is Sunday in Beirut).
                        @let theirs = r.tz().to_datetime(o.start_utc);
                        " · " small.reader title=(r.name()) {
                            @if theirs.date() != o.start.date() { (ui.date_time(theirs)) } @else { (ui.time(theirs.time())) }
                            " " (ui.zone(r.name()))
                        }
                    }
                }
            }
            " "
            a href=(format!("/events/{}", e.id)) dir="auto" { (e.title) }
            " — " span dir="auto" { (crate::pages::event::place(ui, &e.place)) }
            @if e.status == Status::Cancelled { " " strong.cancelled { (ui.t("cancelled_short")) } }
            @if e.status == Status::Tentative { " " strong.tentative { (ui.t("tentative_short")) } }
        }
    }
}

/// The site header: home, feed builder, submission form.
pub fn site_header(ui: Ui) -> Markup {
    html! {
        header {
            p { a href="/" { (ui.t("site_name")) } " · " a href="/subscribe" { (ui.t("feed_builder")) } " · " a href="/submit" { (ui.t("submit_link")) } }
        }
    }
}

/// Every country as (ISO code, name in `ui`'s language), in that language's alphabetical order:
/// made once per language (naming and collating 249 countries took about 0.3 ms a page).
pub fn countries_in(ui: Ui) -> &'static [(String, String)] {
    static MADE: crate::i18n::PerLanguage<Vec<(String, String)>> = crate::i18n::PerLanguage::new();
    MADE.get(ui, |ui| {
        let mut countries: Vec<(String, String)> = Country::all()
            .map(|c| (c.code().to_string(), ui.country(c.code(), c.name())))
            .collect();
        ui.sort_by_name(&mut countries, |c| &c.1);
        countries
    })
}

/// The filter form (GET to the current page), keeping `keep` as hidden fields.
pub fn filter_form(ui: Ui, f: &FilterForm<'_>, keep: &[(&'static str, String)]) -> Markup {
    let countries = countries_in(ui);
    html! {
        form.filters method="get" role="search" aria-label=(ui.t("filters")) {
            @for (k, val) in keep { input type="hidden" name=(k) value=(val); }
            (select("region", &ui.t("region"), &ui.t("any"), &f.region, &Region::all().map(|r| (r.slug.clone(), ui.area(&r.m49, &r.name))).collect::<Vec<_>>()))
            (select("country", &ui.t("country"), &ui.t("any"), &f.country, countries))
            (select("campaign", &ui.t("campaign"), &ui.t("any"), &f.campaign, &f.campaigns.iter().map(|c| (c.slug.as_str().to_string(), c.name.clone())).collect::<Vec<_>>()))
            (select("tag", &ui.t("tag"), &ui.t("any"), &f.tag, &f.tags.iter().map(|t| (t.clone(), t.clone())).collect::<Vec<_>>()))
            (select("lang", &ui.t("language"), &ui.t("any"), &f.lang, &f.langs.iter().map(|l| (l.clone(), ui.language(l))).collect::<Vec<_>>()))
            button type="submit" { (ui.t("apply")) }
        }
    }
}

/// The page.
pub fn render(v: &CalendarView<'_>) -> Markup {
    let ui = v.ui;
    let body = html! {
        (site_header(ui))
        h1 { (v.heading) }
        p { (ui.tf("week_of", "date", &ui.date(v.week_start))) }
        (filter_form(ui, &v.filters, &v.keep))
        nav.weeks {
            a rel="prev" href=(v.previous) { (ui.t("previous_week")) }
            " · "
            a rel="next" href=(v.next) { (ui.t("next_week")) }
        }
        @if let Some(z) = &v.reader_zone { p.hint { (ui.tf("times_in", "zone", &ui.zone(z.name()))) } }
        @if v.days.iter().all(|(_, items)| items.is_empty()) {
            p { (ui.t("nothing")) }
        }
        @for (day, items) in &v.days {
            @if !items.is_empty() {
                section.day aria-labelledby=(format!("d-{day}")) {
                    h2 id=(format!("d-{day}")) { time datetime=(day.to_string()) { (ui.date(*day)) } }
                    ul { @for it in items { (item(ui, it, v.reader_zone.as_ref())) } }
                }
            }
        }
        (subscribe::panel(ui, &v.links, Some(&v.atom)))
    };
    layout::page_shared(
        ui,
        &v.here,
        &v.heading,
        &[("text/calendar", &v.links.url), ("application/atom+xml", &v.atom)],
        Some("/static/pages.js"),
        &v.preview,
        body,
    )
}
