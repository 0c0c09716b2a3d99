//! The page of one action: what the URL property of every VEVENT points at.

use jiff::civil::DateTime;
use maud::{Markup, html};

use super::layout;

use crate::domain::{Event, EventTime, Status};
use crate::ical;

fn when(dt: DateTime) -> String {
    dt.strftime("%A %-d %B %Y, %H:%M").to_string()
}

fn offset_of(e: &Event) -> String {
    let o = e.time.zone().tz().to_offset(e.time.start_utc()).seconds();
    let (sign, a) = (if o < 0 { '−' } else { '+' }, o.unsigned_abs());
    format!("UTC{sign}{:02}:{:02}", a / 3600, (a % 3600) / 60)
}

/// The page of `e`, with links under `base`.
pub fn render(e: &Event, base: &str) -> Markup {
    // The labels are English; the organiser's text keeps its own language and direction.
    let lang = e.languages.first().map(|l| l.as_str()).unwrap_or("");
    let ics = format!("{base}/events/{}.ics", e.id);
    let webcal = ics
        .replacen("https://", "webcal://", 1)
        .replacen("http://", "webcal://", 1);
    let zone = e.time.zone().name();
    let body = html! {
        h1 lang=(lang) dir="auto" { (e.title) }
        @if e.status == Status::Cancelled {
            p.cancelled { "Cancelled: this action will not take place." }
        } @else if e.status == Status::Tentative {
            p { "Tentative: not yet confirmed." }
        }
        dl {
            dt { "When" }
            @match &e.time {
                EventTime::AllDay { start, last_day, .. } => {
                    dd { (start.strftime("%A %-d %B %Y")) @if last_day != start { " to " (last_day.strftime("%A %-d %B %Y")) } " (all day)" }
                }
                EventTime::Timed { start, end, start_utc, end_utc, .. } => {
                    @let until = if end.date() == start.date() { end.strftime("%H:%M").to_string() } else { when(*end) };
                    dd { (when(*start)) " to " (until) ", " (zone) " (" (offset_of(e)) ")" }
                    dd { (start_utc.strftime("%Y-%m-%d %H:%M")) " to " (end_utc.strftime("%Y-%m-%d %H:%M")) " in UTC" }
                }
            }
            @if let Some(r) = &e.recurrence {
                dd { "Repeats: " code { (r.rule()) } }
            }
            dt { "Where" }
            dd dir="auto" { (ical::location(e)) }
            @if let Some((lat, lon)) = e.place.geo {
                dd { a href=(format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}")) { "Map (OpenStreetMap)" } }
            }
            @if let Some(url) = &e.online_url {
                dt { "Online" }
                dd { a href=(url.as_str()) rel="nofollow noopener" { (url.as_str()) } }
            }
            @if !e.campaigns.is_empty() {
                dt { "Campaigns" }
                dd { @for (i, c) in e.campaigns.iter().enumerate() { @if i > 0 { ", " } a href=(format!("{base}/campaigns/{}.ics", c.slug.as_str())) { (c.name) } } }
            }
            @if !e.languages.is_empty() {
                dt { "Languages" }
                dd { @for (i, l) in e.languages.iter().enumerate() { @if i > 0 { ", " } (l.as_str()) } }
            }
        }
        @if let Some(d) = &e.description {
            p.desc lang=(lang) dir="auto" { (d) }
        }
        p { a href=(ics) download { "Download .ics" } " · " a href=(webcal) { "Add to your calendar app" } }
    };
    layout::page(&e.title, None, body)
}
