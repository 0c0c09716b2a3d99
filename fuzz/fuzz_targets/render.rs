//! The renderer against a parser: any action organisers could submit (hostile text in every
//! field, any zone, all-day or timed) renders to a feed that parses back to the same action;
//! and a feed of many such actions, kept as shared parts across a change as the server keeps
//! it, holds the bytes of a fresh render, plain and through gzip.
#![no_main]

use actioncal::domain::{Event, EventForm, NewEvent, zone};
use actioncal::http::cache::fragments;
use arbitrary::Arbitrary;
use icalendar::Component;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input {
    title: String,
    description: String,
    city: String,
    venue: String,
    zone: u16,
    day: u8,
    hour: u8,
    all_day: bool,
    tags: Vec<String>,
}

fuzz_target!(|input: Input| {
    let zones = zone::all_names();
    let zone = zones[input.zone as usize % zones.len()].clone();
    let day = 1 + input.day % 28;
    let start = if input.all_day {
        format!("2027-03-{day:02}")
    } else {
        format!("2027-03-{day:02}T{:02}:15", input.hour % 24)
    };
    let form = EventForm {
        uid: Some("fuzz@test".into()),
        title: Some(input.title),
        description: Some(input.description),
        city: Some(input.city),
        venue: Some(input.venue),
        start: Some(start),
        all_day: Some(input.all_day),
        timezone: Some(zone),
        tags: input.tags,
        ..Default::default()
    };
    let Ok(n) = NewEvent::try_from(form) else {
        return;
    };
    let e = Event::preview(n, 1, jiff::Timestamp::UNIX_EPOCH);
    let meta = actioncal::ical::FeedMeta {
        name: e.title.clone(),
        description: "fuzz".into(),
        url: "https://x/calendar.ics".into(),
    };
    let text = actioncal::ical::render_feed(&meta, std::slice::from_ref(&e), "https://x");
    assert!(text.split("\r\n").all(|l| l.len() <= 75), "a line over 75 octets: {text}");
    let parsed: icalendar::Calendar = text.parse().expect("the feed parses");
    let events: Vec<&icalendar::Event> = parsed.components.iter().filter_map(|c| c.as_event()).collect();
    assert_eq!(events.len(), 1, "exactly one VEVENT: {text}");
    let back = events[0];
    assert_eq!(back.get_summary(), Some(e.title.as_str()), "{text}");
    // Without a description the VEVENT points to the action's page.
    let described = e.description.clone().unwrap_or_else(|| "Details: https://x/events/1".into());
    assert_eq!(back.get_description(), Some(described.as_str()), "{text}");
    assert_eq!(back.get_uid(), Some("fuzz@test"));

    // Many copies (several runs of VEVENTs), rendered as the server does, then one changed.
    let mut many: Vec<Event> = (1..=40)
        .map(|id| {
            let mut copy = e.clone();
            copy.id = id;
            copy
        })
        .collect();
    let kept = actioncal::http::cache::Fragments::default();
    for round in 0..2 {
        let body = kept.feed(&meta, &fragments::Owned::new(many.clone()).listed(), "https://x");
        let fresh = actioncal::ical::render_feed(&meta, &many, "https://x");
        assert_eq!(body.to_vec(), fresh.as_bytes(), "round {round}: parts hold the fresh bytes");
        let mut plain = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(body.gzip().concat().as_slice()),
            &mut plain,
        )
        .expect("the gzip form reads");
        assert_eq!(plain, fresh.as_bytes(), "round {round}: gzip holds the same bytes");
        many[20].title = many[20].title.chars().rev().collect::<String>() + " (moved)";
        many[21].sequence += 1;
    }
});
