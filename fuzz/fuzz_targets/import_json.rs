//! Any bytes as an import file: refused with an error, or accepted; never a panic, and every
//! accepted action renders to a feed that parses back with the same UIDs.
#![no_main]

use actioncal::domain::Event;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut known = actioncal::store::known::Campaigns::default();
    known.add(&actioncal::domain::CampaignSlug::try_from("all-for-palestine".to_string()).expect("a slug"));
    let Ok(batch) = actioncal::service::import::parse(data, &known, |_| {}) else {
        return;
    };
    let events: Vec<Event> = batch
        .events
        .into_iter()
        .enumerate()
        .map(|(i, n)| Event::preview(n, i as i64 + 1, jiff::Timestamp::UNIX_EPOCH))
        .collect();
    let meta = actioncal::ical::FeedMeta {
        name: "fuzz".into(),
        description: "fuzz".into(),
        url: "https://x/calendar.ics".into(),
    };
    let text = actioncal::ical::render_feed(&meta, &events, "https://x");
    let parsed: icalendar::Calendar = text.parse().expect("every rendered feed parses");
    let uids: Vec<String> = parsed
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .filter_map(|e| icalendar::Component::get_uid(e).map(str::to_string))
        .collect();
    let want: Vec<String> = events.iter().map(|e| e.uid.as_str().to_string()).collect();
    assert_eq!(uids, want, "{text}");
});
