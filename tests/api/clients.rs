//! Feeds read by real clients: every start, end and occurrence at the right instant.

use serde_json::{Value, json};

use crate::helpers::{expected, fixture, icaljs, python_icalendar, spawn_app};

fn compare(client: &str, got: &Value, want: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    for (uid, w) in want.as_object().expect("object") {
        let w = w["occurrences"].as_array().expect("occurrences");
        match got.get(uid) {
            None => problems.push(format!("{client}: {uid} missing")),
            Some(g) => {
                let g = g["occurrences"].as_array().expect("occurrences");
                let n = w.len();
                if g.len() < n || g[..n] != w[..] {
                    let first = g.iter().zip(w).find(|(a, b)| a != b);
                    problems.push(format!(
                        "{client}: {uid}: {} vs {} occurrences, first difference {first:?}",
                        g.len(),
                        n
                    ));
                }
            }
        }
    }
    problems
}

#[actix_web::test]
async fn every_occurrence_is_at_the_right_instant_in_icaljs_and_python_icalendar() {
    let app = spawn_app().await;
    app.import_fixture("zones.json");
    let res = app.get("/calendar.ics?from=2020-01-01").await;
    assert_eq!(res.status, 200);
    let ics = res.text();
    let want = expected(&fixture("zones.json"));
    let zones: std::collections::HashSet<&str> = ics.lines().filter_map(|l| l.strip_prefix("TZID:")).collect();
    assert!(zones.len() >= 40, "{} VTIMEZONEs", zones.len());
    for z in [
        "Asia/Kathmandu",
        "Australia/Lord_Howe",
        "Pacific/Chatham",
        "Pacific/Kiritimati",
        "America/St_Johns",
        "America/Santiago",
        "Africa/Casablanca",
        "Asia/Tehran",
    ] {
        assert!(zones.contains(z), "no VTIMEZONE for {z}");
    }
    let mut problems = compare("ical.js", &icaljs(&ics), &want);
    problems.extend(compare("python icalendar", &python_icalendar(&ics), &want));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[actix_web::test]
async fn rule_changes_in_recent_tz_releases_reach_the_feed() {
    // tzdata 2026f: Morocco stays at +00 after 2026; 2025b (chrono-tz 0.10.4) says +01, which
    // would put this march at 09:00Z, an hour early.
    let app = spawn_app().await;
    app.import(&json!([{
        "uid": "casablanca@test", "title": "مسيرة", "start": "2027-11-07T10:00", "end": "2027-11-07T12:00",
        "timezone": "Africa/Casablanca", "country": "MA", "city": "Casablanca"
    }]))
    .expect("imports");
    let ics = app.get("/calendar.ics?from=2026-01-01").await.text();
    for (client, got) in [("ical.js", icaljs(&ics)), ("python icalendar", python_icalendar(&ics))] {
        assert_eq!(
            got["casablanca@test"]["occurrences"],
            json!([["2027-11-07T10:00:00Z", "2027-11-07T12:00:00Z"]]),
            "{client}"
        );
    }
}

#[actix_web::test]
async fn hostile_and_multilingual_text_round_trips_exactly() {
    let app = spawn_app().await;
    let arabic = "يوم التضامن العالمي مع الشعب الفلسطيني، وقفة ومسيرة في ساحة المدينة. ".repeat(8);
    let japanese = "パレスチナ人民連帯国際デー、渋谷駅前で集会とデモ行進を行います。".repeat(6);
    let hostile =
        "Line one\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nSUMMARY:injected\r\nEND:VCALENDAR\rX-EVIL:1, a;b \\ c\\n";
    let title = "Vigil; march, rally \\ \"quotes\" END:VEVENT";
    app.import(&json!({"events": [{
        "uid": "hostile@test", "title": title, "description": format!("{arabic}\n{japanese}\n{hostile}"),
        "start": "2027-11-29T18:00", "end": "2027-11-29T20:00", "timezone": "Asia/Tokyo",
        "country": "JP", "city": "東京, 渋谷; \\ 駅前", "venue": "ハチ公前"
    }]}))
    .expect("imports");
    let ics = app.get("/calendar.ics?from=2026-01-01").await.text();
    // Only content lines count: the text itself may say "END:VEVENT", escaped inside a value.
    assert_eq!(
        ics.split("\r\n").filter(|l| l.starts_with("BEGIN:VEVENT")).count(),
        1,
        "{ics}"
    );
    assert_eq!(
        ics.split("\r\n").filter(|l| l.starts_with("END:VEVENT")).count(),
        1,
        "{ics}"
    );
    assert_eq!(
        ics.split("\r\n").filter(|l| l.starts_with("END:VCALENDAR")).count(),
        1,
        "{ics}"
    );
    assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    assert!(!ics.contains("\nUID:evil"), "{ics}");
    assert!(
        ics.split("\r\n")
            .all(|l| l.len() <= 75 && !l.contains('\r') && !l.contains('\n')),
        "a line is too long or split"
    );
    // The stored text: CR and CRLF become LF, so a bare CR cannot end a content line.
    let want_description = format!("{arabic}\n{japanese}\n{hostile}")
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    // The organiser's text exactly, then the action's page.
    let want_description = format!("{}\n\nDetails: http://calendar.test/events/1", want_description.trim());
    for (client, got) in [("ical.js", icaljs(&ics)), ("python icalendar", python_icalendar(&ics))] {
        let e = &got["hostile@test"];
        assert_eq!(e["summary"], title, "{client}");
        assert_eq!(e["description"], want_description, "{client}");
        assert_eq!(e["location"], "ハチ公前, 東京, 渋谷; \\ 駅前, Japan", "{client}");
        assert_eq!(got.as_object().map(|o| o.len()), Some(1), "{client}: {got}");
    }
}
