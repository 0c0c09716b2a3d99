//! Any text as an action's recurrence rule, on a start that crosses DST: refused, or accepted
//! and expandable within bounds (never a panic, never an endless expansion).
#![no_main]

use actioncal::domain::{Event, EventForm, NewEvent};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, u8)| {
    let (rule, zone) = input;
    let zones = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Gaza", "Pacific/Chatham", "UTC"];
    let form = EventForm {
        uid: Some("fuzz@test".into()),
        title: Some("Vigil".into()),
        start: Some("2027-03-27T01:30".into()),
        timezone: Some(zones[zone as usize % zones.len()].into()),
        recurrence: Some(rule.to_string()),
        ..Default::default()
    };
    let Ok(n) = NewEvent::try_from(form) else {
        return;
    };
    let e = Event::preview(n, 1, jiff::Timestamp::UNIX_EPOCH);
    let from = jiff::civil::date(2027, 1, 1);
    let to = jiff::civil::date(2030, 12, 31);
    let list = e.occurrences(from, to, 500);
    assert!(list.len() <= 500);
    for w in list.windows(2) {
        assert!(w[0].start_utc <= w[1].start_utc, "occurrences in order");
    }
    let mut vevent = String::new();
    actioncal::ical::vevent::write(&mut vevent, &e, "https://x");
});
