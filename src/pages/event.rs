//! The page of one action: what every VEVENT's URL points at. The time is given in the
//! action's zone, in UTC, in the reader's zone (`?tz=`, else the browser's, by script), and for
//! online actions as the same moment in major zones ("10 am Pacific, 1 pm Eastern, …").

use jiff::Timestamp;
use maud::{Markup, html};

use super::layout;
use super::subscribe::{self, Links};
use crate::domain::{Event, EventTime, Status, Zone};
use crate::i18n::Ui;

/// Zones shown for online actions, west to east: where audiences of these campaigns are. Each
/// entry is one or more zones keeping the same time, named by their CLDR exemplar cities.
pub const WORLD_ZONES: [&[&str]; 12] = [
    &["America/Los_Angeles"],
    &["America/New_York"],
    &["America/Santiago"],
    &["America/Sao_Paulo"],
    &["Europe/London"],
    &["Europe/Paris", "Europe/Berlin", "Europe/Madrid"],
    &["Africa/Johannesburg"],
    &["Asia/Gaza"],
    &["Asia/Tehran"],
    &["Asia/Kolkata"],
    &["Asia/Jakarta"],
    &["Australia/Sydney"],
];

/// The UTC offset of `zone` at `at`, as a label ("UTC+02:00").
pub fn offset(zone: &Zone, at: Timestamp) -> String {
    crate::domain::zone::format_offset(zone.tz().to_offset(at), crate::domain::zone::OffsetStyle::Label)
}

/// When an action happens, in words and its own local time, without its zone: "Monday 29
/// November 2027, 18:00 – 20:00" (the end's date too when it is another day), or the day(s) of
/// an all-day action with "(all day)". The desk and mail add the zone, offset and UTC.
pub fn local_range(time: &EventTime, ui: Ui) -> String {
    match time {
        EventTime::AllDay { start, last_day, .. } => {
            let days = if last_day == start {
                ui.date(*start)
            } else {
                format!("{} – {}", ui.date(*start), ui.date(*last_day))
            };
            format!("{days} ({})", ui.t("all_day"))
        }
        EventTime::Timed { start, end, .. } => {
            let until = if end.date() == start.date() {
                ui.time(end.time())
            } else {
                ui.date_time(*end)
            };
            format!("{} – {until}", ui.date_time(*start))
        }
    }
}

/// Where an action is, for a person reading `ui`: venue, city (as the organiser wrote them)
/// and the country's name in `ui`'s language; "Online" when none is given.
pub fn place(ui: Ui, place: &crate::domain::Place) -> String {
    let country = place.country.map(|c| ui.country(c.code(), c.name()));
    let parts: Vec<&str> = [place.venue.as_deref(), place.city.as_deref(), country.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        ui.t("online")
    } else {
        parts.join(&ui.t("comma"))
    }
}

/// The moment `at` in each of `WORLD_ZONES`: cities (in `ui`'s language), local time, day shift
/// against `home`.
pub fn world_times(at: Timestamp, home: jiff::civil::Date, ui: Ui) -> Vec<(String, String, i32)> {
    WORLD_ZONES
        .iter()
        .filter_map(|zones| {
            let zone = Zone::try_from(*zones.first()?).ok()?;
            let local = zone.tz().to_datetime(at);
            let shift = (local.date() - home).get_days();
            let cities: Vec<String> = zones.iter().map(|z| ui.city(z)).collect();
            Some((ui.list(&cities), ui.time(local.time()), shift))
        })
        .collect()
}

/// Escaped text with its web addresses as links.
fn linkified(text: &str) -> Markup {
    html! {
        @for (i, line) in text.split('\n').enumerate() {
            @if i > 0 { br; }
            @for (j, word) in line.split(' ').enumerate() {
                @if j > 0 { " " }
                @let trimmed = word.trim_end_matches(['.', ',', ';', ')', '»', '"']);
                @match url::Url::parse(trimmed).ok().filter(|u| matches!(u.scheme(), "http" | "https")) {
                    Some(u) => { a href=(u.as_str()) rel="nofollow noopener" { (trimmed) } (&word[trimmed.len()..]) }
                    None => { (word) }
                }
            }
        }
    }
}

/// The page of `e` for a reader using `ui`, in `reader` zone when known.
pub fn render(e: &Event, base: &str, ui: Ui, reader: Option<&Zone>, here: &str) -> Markup {
    let ics = format!("{base}/events/{}.ics", e.id);
    let zone = e.time.zone();
    let links = Links::new(&ics, &e.title);
    let body = html! {
        p { a href="/" { (ui.t("site_name")) } }
        h1 dir="auto" { (e.title) }
        @if e.status == Status::Cancelled {
            p.cancelled role="status" { (ui.t("cancelled")) }
        } @else if e.status == Status::Tentative {
            p role="status" { (ui.t("tentative")) }
        }
        dl {
            dt { (ui.t("when")) }
            @match &e.time {
                EventTime::AllDay { start, last_day, .. } => {
                    dd { (ui.date(*start)) @if last_day != start { " – " (ui.date(*last_day)) } " (" (ui.t("all_day")) ")" }
                }
                EventTime::Timed { start, end, start_utc, end_utc, .. } => {
                    @let until = if end.date() == start.date() { ui.time(end.time()) } else { ui.date_time(*end) };
                    dd.local {
                        (ui.tf("local_time", "zone", &ui.zone(zone.name()))) ": "
                        bdi { time datetime=(start_utc.to_string()) data-zone=(zone.name()) { (ui.date_time(*start)) }
                        " – " (until) } " " bdi dir="ltr" { "(" (offset(zone, *start_utc)) ")" }
                    }
                    @let (su, eu) = (jiff::tz::TimeZone::UTC.to_datetime(*start_utc), jiff::tz::TimeZone::UTC.to_datetime(*end_utc));
                    dd.utc { (ui.t("utc")) ": " bdi { (ui.date_time(su)) " – " @if eu.date() != su.date() { (ui.date_time(eu)) } @else { (ui.time(eu.time())) } } }
                    @if let Some(r) = reader {
                        @let s = r.tz().to_datetime(*start_utc);
                        @let f = r.tz().to_datetime(*end_utc);
                        dd.yours data-reader-zone=(r.name()) {
                            (ui.tf("your_time", "zone", &ui.zone(r.name()))) ": " bdi { (ui.date_time(s)) " – " @if f.date() != s.date() { (ui.date_time(f)) } @else { (ui.time(f.time())) } } " " bdi dir="ltr" { "(" (offset(r, *start_utc)) ")" }
                        }
                    }
                }
            }
            @if let Some(r) = &e.recurrence {
                dd { (ui.t("repeats")) ": " (ui.rule(r.rule(), r.last_date())) }
            }
            dt { (ui.t("where")) }
            dd dir="auto" { (place(ui, &e.place)) }
            @if let Some((lat, lon)) = e.place.geo {
                dd { a href=(format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}")) rel="noopener" { (ui.t("map")) } }
            }
            @if !e.online_links.is_empty() {
                dt { (ui.t("online")) }
                @for link in &e.online_links {
                    dd {
                        @if let Some(label) = &link.label { bdi { (label) } ": " }
                        a href=(link.url.as_str()) rel="nofollow noopener" dir="ltr" { (link.url.as_str()) }
                    }
                }
            }
            @if !e.campaigns.is_empty() {
                dt { (ui.t("campaigns")) }
                dd { @for (i, c) in e.campaigns.iter().enumerate() { @if i > 0 { ", " } a href=(format!("/campaigns/{}", c.slug.as_str())) { (c.name) } } }
            }
            @if !e.languages.is_empty() {
                dt { (ui.t("languages")) }
                dd { (ui.list(&e.languages.iter().map(|l| ui.language(l.as_str())).collect::<Vec<_>>())) }
            }
        }
        @if let Some(d) = &e.description {
            h2 { (ui.t("details")) }
            p.desc dir="auto" { (linkified(d)) }
        }
        @if e.place.country.is_none() && !e.time.is_all_day() {
            @let home = e.time.start_local().date();
            @let times = world_times(e.time.start_utc(), home, ui);
            section aria-labelledby="world-heading" {
                h2 id="world-heading" { (ui.t("same_moment")) }
                p.world {
                    @for (i, (city, time, shift)) in times.iter().enumerate() {
                        @if i > 0 { " · " }
                        bdi { (time) @if *shift > 0 { "⁺¹" } @else if *shift < 0 { "⁻¹" } " " (city) }
                    }
                }
                table {
                    thead { tr { th scope="col" { (ui.t("city")) } th scope="col" { (ui.t("time")) } } }
                    tbody {
                        @for (city, time, shift) in &times {
                            tr { th scope="row" { (city) } td { (time) @if *shift > 0 { " (" (ui.t("day_after")) ")" } @else if *shift < 0 { " (" (ui.t("day_before")) ")" } } }
                        }
                    }
                }
            }
        }
        p { a href=(ics) download { (ui.t("download")) } }
        (subscribe::panel(ui, &links, None))
    };
    layout::page_in(
        ui,
        here,
        &e.title,
        &[("text/calendar", &ics)],
        Some("/static/pages.js"),
        body,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_s_online_event_reads_as_its_call_did() {
        // "10 am Pacific, 1 pm Eastern, 7 pm central Europe and 8 pm Palestine time" (29 Nov 2020).
        let at: Timestamp = "2020-11-29T18:00:00Z".parse().unwrap();
        let times = world_times(at, "2020-11-29".parse().unwrap(), Ui::ENGLISH);
        let get = |city: &str| {
            times
                .iter()
                .find(|(c, _, _)| *c == city)
                .map(|(_, t, s)| (t.clone(), *s))
                .unwrap()
        };
        // World English (CLDR en-001) uses the 12-hour clock, with a narrow no-break space.
        let h = |t: &str| t.replace(' ', "\u{202f}");
        assert_eq!(get("Los Angeles"), (h("10:00 am"), 0));
        assert_eq!(get("New York"), (h("1:00 pm"), 0));
        assert_eq!(get("Paris, Berlin and Madrid"), (h("7:00 pm"), 0));
        assert_eq!(get("Gaza"), (h("8:00 pm"), 0));
        assert_eq!(get("Sydney"), (h("5:00 am"), 1));
        let es = world_times(at, "2020-11-29".parse().unwrap(), Ui::by_code("es").unwrap());
        assert!(
            es.iter().any(|(c, t, _)| c == "París, Berlín y Madrid" && t == "19:00"),
            "{es:?}"
        );
    }

    #[test]
    fn links_in_descriptions_are_clickable_and_everything_else_escaped() {
        let html = linkified("Zoom: https://us02web.zoom.us/j/86965732754.\n<script>x</script> javascript:alert(1)")
            .into_string();
        assert!(html.contains("<a href=\"https://us02web.zoom.us/j/86965732754\" rel=\"nofollow noopener\">https://us02web.zoom.us/j/86965732754</a>."), "{html}");
        assert!(
            html.contains("&lt;script&gt;x&lt;/script&gt; javascript:alert(1)"),
            "{html}"
        );
        assert!(html.contains("<br>"));
    }
}
