//! Property tests: whatever text organisers send, the feed carries it back exactly (after the
//! documented cleaning) and it can never add a line, a property or a component.

use actioncal::domain::{Event, EventForm, NewEvent};
use actioncal::ical::{self, FeedMeta};
use icalendar::{Component, EventLike};
use proptest::prelude::*;

fn event_of(title: &str, description: &str, city: &str) -> Option<Event> {
    let n = NewEvent::try_from(EventForm {
        uid: Some("prop@test".into()),
        title: Some(title.into()),
        description: Some(description.into()),
        start: Some("2027-11-29T18:00".into()),
        timezone: Some("Asia/Beirut".into()),
        country: Some("LB".into()),
        city: Some(city.into()),
        ..Default::default()
    })
    .ok()?;
    Some(Event::preview(n, 1, jiff::Timestamp::UNIX_EPOCH))
}

/// Text as hostile as it gets: every character class, line breaks of every kind, iCalendar
/// syntax, and non-Latin scripts that fold across octet boundaries.
fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            any::<char>().prop_map(String::from),
            Just("\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil".to_string()),
            Just("\rX-INJECTED:1".to_string()),
            Just(";,\\:\"".to_string()),
            Just("فلسطين حرة ".to_string()),
            Just("パレスチナ連帯".to_string()),
            Just("\u{2028}\u{0085}\u{0000}\t".to_string()),
        ],
        1..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn organiser_text_round_trips_and_never_breaks_the_feed(title in hostile(), description in hostile(), city in hostile()) {
        let Some(event) = event_of(&title, &description, &city) else {
            // Refused (empty after cleaning, or too long): nothing to render.
            return Ok(());
        };
        let meta = FeedMeta { name: title.clone(), description: description.clone(), url: "http://x/calendar.ics".into() };
        let ics = ical::render_feed(&meta, std::slice::from_ref(&event), "http://x");
        prop_assert!(ics.split("\r\n").all(|l| l.len() <= 75), "a line over 75 octets");
        prop_assert!(!ics.replace("\r\n", "").contains(['\r', '\n']), "a bare CR or LF");
        prop_assert_eq!(ics.split("\r\n").filter(|l| l.starts_with("BEGIN:VEVENT")).count(), 1);
        prop_assert!(!ics.split("\r\n").any(|l| l.starts_with("X-INJECTED") || l.starts_with("UID:evil")));
        let parsed: icalendar::Calendar = ics.parse().map_err(|e| TestCaseError::fail(format!("does not parse: {e}")))?;
        let parsed_events: Vec<&icalendar::Event> = parsed.events().collect();
        prop_assert_eq!(parsed_events.len(), 1);
        let e = parsed_events[0];
        prop_assert_eq!(e.get_summary(), Some(event.title.as_str()));
        // The organiser's text exactly, then the action's page.
        let description = match &event.description {
            Some(d) => format!("{d}\n\nDetails: http://x/events/1"),
            None => "Details: http://x/events/1".into(),
        };
        prop_assert_eq!(e.get_description(), Some(description.as_str()));
        let location = ical::feed_location(&event);
        prop_assert_eq!(e.get_location(), Some(location.as_str()));
        prop_assert_eq!(e.get_uid(), Some("prop@test"));
    }
}
