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

/// Links that add one action to a reader's calendar (a copy of it, not a subscription):
/// Google Calendar's event template (`render?action=TEMPLATE`, local times with `ctz`, the
/// repeat rule in `recur`), Outlook.com's and Office 365's compose deep links (instants in UTC;
/// all-day actions by date, the end exclusive), and the `.ics` file for everything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddLinks {
    pub google: String,
    pub outlook: String,
    pub office: String,
}

impl AddLinks {
    /// The links of `e`, whose page is `page` (named in the details, which are cut to stay
    /// within the URL lengths these services take).
    pub fn of(e: &Event, page: &str) -> Self {
        use subscribe::encode;
        let mut details: String = e.description.as_deref().unwrap_or("").chars().take(800).collect();
        if !details.is_empty() {
            details.push_str("\n\n");
        }
        details.push_str(page);
        let location = {
            let place = place(Ui::ENGLISH, &e.place);
            match (&e.place.country, e.online_links.first()) {
                (None, Some(link)) => link.url.to_string(),
                _ => place,
            }
        };
        let compact = "%Y%m%dT%H%M%S";
        let (dates, ctz, start, end, all_day) = match &e.time {
            EventTime::Timed {
                zone,
                start,
                end,
                start_utc,
                end_utc,
            } => (
                format!("{}/{}", start.strftime(compact), end.strftime(compact)),
                format!("&ctz={}", encode(zone.name())),
                start_utc.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                end_utc.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                false,
            ),
            EventTime::AllDay { start, last_day, .. } => {
                let after = last_day.tomorrow().unwrap_or(*last_day);
                (
                    format!("{}/{}", start.strftime("%Y%m%d"), after.strftime("%Y%m%d")),
                    String::new(),
                    start.to_string(),
                    after.to_string(),
                    true,
                )
            }
        };
        let recur = e
            .recurrence
            .as_ref()
            .map(|r| format!("&recur={}", encode(&format!("RRULE:{}", r.rule()))))
            .unwrap_or_default();
        let google = format!(
            "https://calendar.google.com/calendar/render?action=TEMPLATE&text={}&dates={dates}{ctz}&details={}&location={}{recur}",
            encode(&e.title),
            encode(&details),
            encode(&location)
        );
        let compose = |host: &str| {
            format!(
                "https://{host}/calendar/0/action/compose?rru=addevent&subject={}&startdt={}&enddt={}&allday={all_day}&body={}&location={}",
                encode(&e.title),
                encode(&start),
                encode(&end),
                encode(&details),
                encode(&location)
            )
        };
        Self {
            google,
            outlook: compose("outlook.live.com"),
            office: compose("outlook.office.com"),
        }
    }
}

/// The schema.org `Event` of `e` (JSON-LD), whose page is `page`: name, start and end with
/// their offsets (dates for all-day actions), status, attendance mode, the place
/// (`Place` with its address and coordinates) and the link to join (`VirtualLocation`), the
/// description, languages and campaigns (as organisers). Never the organiser's contact.
pub fn json_ld(e: &Event, page: &str, base: &str) -> serde_json::Value {
    use serde_json::json;
    let with_offset = |zone: &Zone, at: Timestamp| {
        let seconds = zone.tz().to_offset(at).seconds();
        let (sign, abs) = if seconds < 0 { ('-', -seconds) } else { ('+', seconds) };
        format!(
            "{}{sign}{:02}:{:02}",
            zone.tz().to_datetime(at).strftime("%Y-%m-%dT%H:%M:%S"),
            abs / 3600,
            abs % 3600 / 60
        )
    };
    let (start, end) = match &e.time {
        EventTime::Timed {
            zone,
            start_utc,
            end_utc,
            ..
        } => (with_offset(zone, *start_utc), with_offset(zone, *end_utc)),
        EventTime::AllDay { start, last_day, .. } => (start.to_string(), last_day.to_string()),
    };
    let status = match e.status {
        Status::Cancelled => "https://schema.org/EventCancelled",
        _ => "https://schema.org/EventScheduled",
    };
    let mut locations = Vec::new();
    if let Some(country) = e.place.country {
        let mut address = json!({ "@type": "PostalAddress", "addressCountry": country.code() });
        if let Some(city) = &e.place.city {
            address["addressLocality"] = json!(city);
        }
        let mut place = json!({
            "@type": "Place",
            "name": e.place.venue.as_deref().or(e.place.city.as_deref()).unwrap_or(country.name()),
            "address": address,
        });
        if let Some((lat, lon)) = e.place.geo {
            place["geo"] = json!({ "@type": "GeoCoordinates", "latitude": lat, "longitude": lon });
        }
        locations.push(place);
    }
    for link in &e.online_links {
        locations.push(json!({ "@type": "VirtualLocation", "url": link.url.as_str() }));
    }
    let mode = match (e.place.country.is_some(), !e.online_links.is_empty()) {
        (true, true) => "https://schema.org/MixedEventAttendanceMode",
        (false, true) => "https://schema.org/OnlineEventAttendanceMode",
        _ => "https://schema.org/OfflineEventAttendanceMode",
    };
    let mut item = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": e.title,
        "url": page,
        "startDate": start,
        "endDate": end,
        "eventStatus": status,
        "eventAttendanceMode": mode,
        "location": if locations.len() == 1 { locations.remove(0) } else { json!(locations) },
    });
    if let Some(d) = &e.description {
        item["description"] = json!(d);
    }
    if !e.languages.is_empty() {
        item["inLanguage"] = json!(e.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>());
    }
    if !e.campaigns.is_empty() {
        item["organizer"] = json!(
            e.campaigns
                .iter()
                .map(|c| json!({
                    "@type": "Organization",
                    "name": c.name,
                    "url": format!("{base}/campaigns/{}", c.slug.as_str()),
                }))
                .collect::<Vec<_>>()
        );
    }
    item
}

/// The page of `e` for a reader using `ui`, in `reader` zone when known.
pub fn render(e: &Event, base: &str, ui: Ui, reader: Option<&Zone>, here: &str) -> Markup {
    let ics = format!("{base}/events/{}.ics", e.id);
    let zone = e.time.zone();
    let page = format!("{base}/events/{}", e.id);
    let add = AddLinks::of(e, &page);
    let campaign_links = e
        .campaigns
        .first()
        .map(|c| Links::new(&format!("{base}/campaigns/{}.ics", c.slug.as_str()), &c.name));
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
        section.add aria-labelledby="add-heading" {
            h2 id="add-heading" { (ui.t("add_to_calendar")) }
            ul.buttons {
                li { a.google href=(add.google) rel="noopener" target="_blank" { (ui.t("add_google")) } }
                li { a.outlook href=(add.outlook) rel="noopener" target="_blank" { (ui.t("add_outlook")) } }
                li { a.office href=(add.office) rel="noopener" target="_blank" { (ui.t("add_office")) } }
                li { a.ics href=(ics) download { (ui.t("add_ics")) } }
            }
        }
        // Subscribing is for a campaign's calendar: it brings its later actions and changes.
        @if let Some(links) = &campaign_links { (subscribe::panel(ui, links, None)) }
    };
    let when = match &e.time {
        EventTime::AllDay { start, .. } => ui.date(*start),
        EventTime::Timed { start, .. } => format!("{} ({})", ui.date_time(*start), ui.zone(zone.name())),
    };
    let preview = layout::Preview {
        url: page.clone(),
        description: format!("{when} · {}", place(ui, &e.place)),
        json_ld: Some(json_ld(e, &page, base)),
    };
    layout::page_shared(
        ui,
        here,
        &e.title,
        &[("text/calendar", &ics)],
        Some("/static/pages.js"),
        &preview,
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
