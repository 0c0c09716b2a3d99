//! Rendering to RFC 5545: pure functions from domain values to iCalendar text.
//!
//! The calendar header is built with the `icalendar` crate (its lines re-checked against the
//! 75-octet limit the crate overshoots by one in a corner case, shared/notes/crates.md); each
//! VTIMEZONE (which the crate cannot write) is generated from the tz database and precedes the
//! events; each VEVENT is written by [`vevent`], which the tests hold to the crate's output.

pub mod atom;
/// Reading partners' iCalendar files (lenient file, strict times).
pub mod read;
pub mod vevent;
pub mod vtimezone;

use std::collections::HashMap;

use icalendar::Property;
use jiff::{SignedDuration, Timestamp};

use crate::domain::Event;
use crate::domain::text::Lines;

/// How often clients should refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL).
pub const REFRESH: chrono::TimeDelta = chrono::TimeDelta::hours(1);
/// The PRODID of every feed.
pub const PRODID: &str = concat!("-//actioncal//actioncal ", env!("CARGO_PKG_VERSION"), "//EN");

/// What a feed says about itself.
#[derive(Debug, Clone)]
pub struct FeedMeta {
    /// Calendar name (X-WR-CALNAME, NAME).
    pub name: String,
    /// Calendar description.
    pub description: String,
    /// The feed's own absolute URL (SOURCE).
    pub url: String,
}

/// Escapes TEXT (RFC 5545 3.3.11) for properties the crate writes raw (NAME).
fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    vevent::escape(&mut out, s);
    out
}

/// Re-folds any physical line longer than 75 octets, never inside a UTF-8 character.
fn refold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.split_terminator("\r\n") {
        let start = out.len();
        out.push_str(line);
        vevent::fold_from(&mut out, start);
        out.push_str("\r\n");
    }
    out
}

/// What an online link without a label is called in a DESCRIPTION.
pub const JOIN_ONLINE: &str = "Join online";
/// What introduces the action's page at the end of a DESCRIPTION.
pub const DETAILS: &str = "Details: ";
/// The LOCATION of an action with neither place nor link.
pub const ONLINE: &str = "Online";

/// The LOCATION text: venue, city, country name; "Online" for online actions.
pub fn location(event: &Event) -> String {
    let p = &event.place;
    let parts: Vec<&str> = [p.venue.as_deref(), p.city.as_deref(), p.country.map(|c| c.name())]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        ONLINE.to_string()
    } else {
        parts.join(", ")
    }
}

/// The place of an action as a feed's LOCATION: the place, or for an online action its main
/// link to join (Google Calendar and Outlook show LOCATION and make a URL there clickable;
/// they show neither URL nor CONFERENCE).
pub fn feed_location(event: &Event) -> String {
    let place = location(event);
    match event.online_links.first() {
        Some(link) if event.place.country.is_none() && event.place.city.is_none() && event.place.venue.is_none() => {
            link.url.to_string()
        }
        _ => place,
    }
}

/// A feed's DESCRIPTION: the organiser's text, then every way to join online, then the
/// action's page, so that every client (most show DESCRIPTION and nothing of URL or
/// CONFERENCE) can join and find the details.
pub fn description(event: &Event, page: &str) -> String {
    let mut out = String::new();
    if let Some(d) = &event.description {
        out.push_str(d);
        out.push_str("\n\n");
    }
    for link in &event.online_links {
        out.push_str(link.label.as_deref().unwrap_or(JOIN_ONLINE));
        out.push_str(": ");
        out.push_str(link.url.as_str());
        out.push('\n');
    }
    out.push_str(DETAILS);
    out.push_str(page);
    out
}

/// The public page of an action.
pub fn event_page(base_url: &str, id: i64) -> String {
    format!("{base_url}/events/{id}")
}

/// True for actions whose times are written in UTC rather than with a TZID: those in UTC
/// itself, and those starting or ending at a local time that happens twice, which RFC 5545
/// clients read as the first instant and ical.js as the second (recurring actions never do).
fn written_in_utc(event: &Event) -> bool {
    event.time.zone().is_utc() || event.time.is_ambiguous()
}

/// One VEVENT, folded, CRLF-terminated (the tests' reference for chunks of VEVENTs).
#[cfg(test)]
pub(crate) fn render_event(event: &Event, base_url: &str) -> String {
    let mut out = String::with_capacity(1024);
    vevent::write(&mut out, event, base_url);
    out
}

/// The instants the VTIMEZONE of its zone must cover for `e`; none for actions written
/// without a TZID (all-day, UTC, or in a repeated hour).
pub fn zone_need(e: &Event) -> Option<(Timestamp, Timestamp)> {
    if e.time.is_all_day() || written_in_utc(e) {
        return None;
    }
    let day = SignedDuration::from_hours(24);
    let from = e.time.start_utc() - day;
    let until = match (&e.recurrence, e.last_date()) {
        // A rule that never ends: ten years of exact transitions, then the yearly rules go on.
        (Some(_), None) => e.time.end_utc() + SignedDuration::from_hours(24 * 3653),
        (_, Some(last)) => {
            let midnight = last.to_datetime(jiff::civil::Time::midnight());
            e.time
                .zone()
                .tz()
                .to_ambiguous_timestamp(midnight)
                .compatible()
                .unwrap_or(e.time.end_utc())
                + day * 2
        }
        (None, None) => e.time.end_utc() + day,
    };
    Some((from, until))
}

/// Each action's zone with the instants its VTIMEZONE must cover, for those that need one.
pub fn zone_needs(events: &[Event]) -> impl Iterator<Item = (&crate::domain::Zone, Timestamp, Timestamp)> {
    events
        .iter()
        .filter_map(|e| zone_need(e).map(|(from, until)| (e.time.zone(), from, until)))
}

/// One range per zone, in the order of zone names: the union of the ranges given for it.
pub fn zone_ranges<'a>(
    needs: impl Iterator<Item = (&'a crate::domain::Zone, Timestamp, Timestamp)>,
) -> Vec<(&'a crate::domain::Zone, Timestamp, Timestamp)> {
    // Hashed, not ordered, while gathering: a feed has ten thousand actions and sixty zones.
    let mut ranges: HashMap<&str, (&crate::domain::Zone, Timestamp, Timestamp), foldhash::fast::RandomState> =
        HashMap::default();
    for (zone, from, until) in needs {
        let entry = ranges.entry(zone.name()).or_insert((zone, from, until));
        entry.1 = entry.1.min(from);
        entry.2 = entry.2.max(until);
    }
    let mut ranges: Vec<_> = ranges.into_values().collect();
    ranges.sort_unstable_by(|a, b| a.0.name().cmp(b.0.name()));
    ranges
}

/// The calendar header, everything before the first component.
pub fn header(meta: &FeedMeta) -> String {
    // Callers pass cleaned text, but a bare CR would slip through the crate's escaping and end
    // a line: clean again here, where the bytes are written.
    let name = crate::domain::text::clean(&meta.name, Lines::One).unwrap_or_default();
    let description = crate::domain::text::clean(&meta.description, Lines::Many).unwrap_or_default();
    let meta = FeedMeta {
        name,
        description,
        url: meta.url.clone(),
    };
    let mut cal = icalendar::Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .append_property(Property::new("X-WR-CALNAME", &meta.name))
        // RFC 7986 NAME is unknown to the crate, which would write it unescaped.
        .append_property(Property::new("NAME", escape_text(&meta.name)))
        .append_property(Property::new("X-WR-CALDESC", &meta.description))
        .append_property(Property::new("DESCRIPTION", &meta.description))
        .append_property(
            Property::new("SOURCE", &meta.url)
                .append_parameter(("VALUE", "URI"))
                .done(),
        )
        .ttl(&REFRESH);
    let text = cal.to_string();
    refold(text.strip_suffix("END:VCALENDAR\r\n").unwrap_or(&text))
}

/// Every VTIMEZONE `events` need, one per zone, each covering the instants its actions use.
pub fn vtimezones(events: &[Event]) -> String {
    zone_ranges(zone_needs(events))
        .into_iter()
        .map(|(zone, from, until)| vtimezone::render(zone, from, until))
        .collect()
}

/// A whole feed: header, one VTIMEZONE per zone used, the events in the order given.
pub fn render_feed(meta: &FeedMeta, events: &[Event], base_url: &str) -> String {
    let mut out = header(meta);
    out.push_str(&vtimezones(events));
    for e in events {
        vevent::write(&mut out, e, base_url);
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refold_keeps_every_line_within_75_octets_and_utf8_whole() {
        let long = format!("DESCRIPTION:{}", "غزة ".repeat(60));
        let folded = refold(&format!("{long}\r\n"));
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded}");
        assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"));
        let exactly = format!("X:{}\r\n {}\r\n", "a".repeat(73), "b".repeat(75));
        assert!(refold(&exactly).split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(refold(&exactly).replace("\r\n ", ""), exactly.replace("\r\n ", ""));
    }

    #[test]
    fn name_is_escaped_so_it_cannot_end_the_calendar() {
        let meta = FeedMeta {
            name: "x\nEND:VCALENDAR;a,b".into(),
            description: "d".into(),
            url: "http://h/c.ics".into(),
        };
        let h = header(&meta);
        assert!(!h.contains("\nEND:VCALENDAR"), "{h}");
        assert!(h.contains("NAME:x END:VCALENDAR\\;a\\,b\r\n"), "{h}");
        let bare_cr = FeedMeta {
            name: "a\rEND:VCALENDAR".into(),
            description: "d\r\nX:1".into(),
            url: "u".into(),
        };
        let h = header(&bare_cr);
        assert!(!h.replace("\r\n", "").contains('\r'), "{h}");
    }
}
