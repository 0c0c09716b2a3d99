//! Feeds: what they hold, how they are named, how filters combine, what they refuse.

use serde_json::{Value, json};

use crate::helpers::{TestApp, props, spawn_app, spawn_on, unfold};

fn ev(uid: &str, start: &str, zone: &str, country: Option<&str>) -> Value {
    let mut e = json!({
        "uid": uid, "title": format!("Action {uid}"), "start": start, "timezone": zone,
        "organiser_email": "private-organiser@example.org", "organiser_name": "Secret Organiser Name"
    });
    match country {
        Some(c) => {
            e["country"] = json!(c);
            e["city"] = json!("Somewhere");
        }
        None => e["online_url"] = json!("https://meet.example.org/x"),
    }
    e
}

fn uids(ics: &str) -> Vec<String> {
    let mut v: Vec<String> = props(ics, "UID")
        .iter()
        .map(|l| l["UID:".len()..].to_string())
        .collect();
    v.sort();
    v
}

/// A small world: campaigns, places, tags, languages, a recurring and an all-day action.
async fn world() -> TestApp {
    let app = spawn_app().await;
    let mut beirut = ev("beirut", "2027-11-29T17:00", "Asia/Beirut", Some("LB"));
    beirut["campaigns"] = json!(["day-of-solidarity"]);
    beirut["tags"] = json!(["vigil"]);
    beirut["languages"] = json!(["ar", "en"]);
    let mut bogota = ev("bogota", "2027-11-06T10:00", "America/Bogota", Some("co"));
    bogota["campaigns"] = json!(["all-out"]);
    bogota["tags"] = json!(["march"]);
    bogota["languages"] = json!(["es"]);
    let mut online = ev("online", "2027-11-29T10:00", "America/Los_Angeles", None);
    online["campaigns"] = json!(["day-of-solidarity"]);
    online["languages"] = json!(["ar", "es", "en"]);
    let mut weekly = ev("weekly", "2027-01-08T18:00", "Europe/London", Some("GB"));
    weekly["recurrence"] = json!("FREQ=WEEKLY;BYDAY=FR;COUNT=4");
    weekly["tags"] = json!(["vigil"]);
    let mut camp = ev("camp", "2027-11-05", "America/Toronto", Some("CA"));
    camp["all_day"] = json!(true);
    camp["end"] = json!("2027-11-07");
    let mut cancelled = ev("cancelled", "2027-11-06T14:00", "Europe/Berlin", Some("DE"));
    cancelled["status"] = json!("cancelled");
    app.import(&json!({
        "campaigns": [
            {"slug": "day-of-solidarity", "name": "Day of Solidarity, 29 November", "description": "All for Palestine", "hashtag": "#AllForPalestine"},
            {"slug": "all-out", "name": "All Out for Palestine"}
        ],
        "events": [beirut, bogota, online, weekly, camp, cancelled]
    }))
    .expect("world imports");
    app
}

const ALL: &str = "from=2026-01-01";

#[actix_web::test]
async fn the_calendar_describes_itself_and_every_event_is_complete() {
    let app = world().await;
    let res = app.get(&format!("/calendar.ics?{ALL}")).await;
    assert_eq!(res.status, 200);
    let ics = res.text();
    assert!(
        ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//actioncal//"),
        "{ics}"
    );
    for p in [
        "METHOD:PUBLISH",
        "CALSCALE:GREGORIAN",
        "REFRESH-INTERVAL;VALUE=DURATION:",
        "X-PUBLISHED-TTL:",
        "X-WR-CALNAME:",
        "NAME:",
        "X-WR-CALDESC:",
        "DESCRIPTION:",
    ] {
        assert!(ics.contains(&format!("\r\n{p}")), "no {p}");
    }
    // CRLF everywhere, no line over 75 octets.
    assert!(!ics.replace("\r\n", "").contains('\n') && !ics.replace("\r\n", "").contains('\r'));
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    let unfolded = unfold(&ics);
    for event in unfolded.split("BEGIN:VEVENT\r\n").skip(1) {
        for p in [
            "UID:",
            "DTSTAMP:",
            "DTSTART",
            "DTEND",
            "SUMMARY:",
            "DESCRIPTION:",
            "LOCATION:",
            "URL:",
            "STATUS:",
            "SEQUENCE:",
            "LAST-MODIFIED:",
        ] {
            assert!(
                event.contains(&format!("\r\n{p}")) || event.starts_with(p),
                "event lacks {p}: {event}"
            );
        }
        let stamp = event
            .split("\r\nDTSTAMP:")
            .nth(1)
            .expect("DTSTAMP")
            .split("\r\n")
            .next()
            .expect("value");
        assert!(stamp.ends_with('Z') && stamp.len() == 16, "DTSTAMP not UTC: {stamp}");
    }
    // Every TZID used has its VTIMEZONE.
    for line in unfolded.split("\r\n").filter(|l| l.contains(";TZID=")) {
        let tzid = line
            .split(";TZID=")
            .nth(1)
            .and_then(|r| r.split([':', ';']).next())
            .expect("tzid");
        assert!(
            unfolded.contains(&format!("BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n")),
            "no VTIMEZONE for {tzid}"
        );
    }
    assert!(unfolded.contains("DTSTART;TZID=Asia/Beirut:20271129T170000"));
    assert!(unfolded.contains("RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=4"));
    assert!(
        unfolded.contains("DTSTART;VALUE=DATE:20271105\r\n") && unfolded.contains("DTEND;VALUE=DATE:20271108\r\n"),
        "all-day DTEND is exclusive"
    );
    assert!(
        unfolded.contains("CATEGORIES:Day of Solidarity\\, 29 November,vigil"),
        "{unfolded}"
    );
    assert!(unfolded.contains("URL:https://meet.example.org/x"));
    assert!(unfolded.contains("URL:http://calendar.test/events/"));
    assert!(!unfolded.contains("GEO:"), "no coordinates were given");
    assert!(
        unfolded.contains("LOCATION:https://meet.example.org/x\r\n"),
        "an online action's LOCATION is its link, which Google and Outlook show"
    );
    assert!(unfolded.contains("CONFERENCE;VALUE=URI:https://meet.example.org/x\r\n"));
    assert!(unfolded.contains("Join online: https://meet.example.org/x\\nDetails: http://calendar.test/events/"));
}

#[actix_web::test]
async fn nothing_private_is_ever_published() {
    let app = world().await;
    for path in [
        "/calendar.ics?from=2026-01-01",
        "/countries/lb.ics?from=2026-01-01",
        "/api/v1/events?from=2026-01-01",
        "/api/v1/events?updated_since=2000-01-01T00:00:00Z",
        "/api/v1/events/1",
        "/events/1.ics",
        "/api/v1/campaigns",
        "/regions/online.ics?from=2026-01-01",
    ] {
        let body = app.get(path).await.text();
        assert!(
            !body.contains("private-organiser") && !body.contains("Secret Organiser"),
            "{path} leaks: {body}"
        );
    }
}

#[actix_web::test]
async fn cancelled_actions_stay_in_feeds_marked_cancelled() {
    let app = world().await;
    let ics = unfold(&app.get(&format!("/countries/de.ics?{ALL}")).await.text());
    assert!(ics.contains("STATUS:CANCELLED"), "{ics}");
    assert!(ics.contains("SUMMARY:CANCELLED: Action cancelled"), "{ics}");
}

#[actix_web::test]
async fn filters_combine_any_within_all_across() {
    let app = world().await;
    let cases: &[(&str, &[&str])] = &[
        ("", &["beirut", "bogota", "camp", "cancelled", "online", "weekly"]),
        ("&region=western-asia", &["beirut"]),
        ("&region=south-america,online", &["bogota", "online"]),
        ("&region=latin-america-and-the-caribbean", &["bogota"]),
        ("&region=europe", &["cancelled", "weekly"]),
        ("&country=LB,co", &["beirut", "bogota"]),
        ("&campaign=day-of-solidarity", &["beirut", "online"]),
        ("&campaign=day-of-solidarity&lang=es", &["online"]),
        ("&lang=es", &["bogota", "online"]),
        ("&tag=vigil", &["beirut", "weekly"]),
        ("&tag=vigil&region=europe", &["weekly"]),
        ("&from=2027-11-29", &["beirut", "online"]),
        ("&to=2027-11-05", &["camp", "weekly"]),
        ("&from=2027-11-06&to=2027-11-06", &["bogota", "camp", "cancelled"]),
        // the weekly vigil meets on 8, 15, 22 and 29 January 2027
        ("&from=2027-01-16&to=2027-01-21", &[]),
        ("&from=2027-01-22&to=2027-01-22", &["weekly"]),
        ("&from=2027-01-30&to=2027-02-28", &[]),
    ];
    for (q, want) in cases {
        let from = if q.contains("from=") { "" } else { ALL };
        let res = app.get(&format!("/calendar.ics?{from}{q}")).await;
        assert_eq!(res.status, 200, "{q}: {}", res.text());
        assert_eq!(uids(&res.text()), *want, "{q}");
    }
}

#[actix_web::test]
async fn path_feeds_scope_and_name_what_they_hold() {
    let app = world().await;
    let c = app.get(&format!("/campaigns/day-of-solidarity.ics?{ALL}")).await.text();
    assert_eq!(uids(&c), ["beirut", "online"]);
    assert!(unfold(&c).contains("X-WR-CALNAME:Day of Solidarity\\, 29 November"));
    assert!(unfold(&c).contains("X-WR-CALDESC:All for Palestine"));
    let r = app.get(&format!("/regions/western-asia.ics?{ALL}")).await.text();
    assert_eq!(uids(&r), ["beirut"]);
    assert!(unfold(&r).contains("X-WR-CALNAME:Actions in Western Asia"));
    let o = app.get(&format!("/regions/online.ics?{ALL}")).await.text();
    assert_eq!(uids(&o), ["online"]);
    for path in ["/countries/GB.ics", "/countries/gb.ics"] {
        let g = app.get(&format!("{path}?{ALL}")).await.text();
        assert_eq!(uids(&g), ["weekly"], "{path}");
        assert!(unfold(&g).contains("X-WR-CALNAME:Actions in United Kingdom"));
    }
    let narrowed = app.get(&format!("/regions/europe.ics?{ALL}&tag=vigil")).await.text();
    assert_eq!(uids(&narrowed), ["weekly"]);
    let one = app.get("/events/1.ics").await;
    assert_eq!(one.status, 200);
    assert_eq!(uids(&one.text()).len(), 1);
}

#[actix_web::test]
async fn feeds_hold_actions_that_ended_up_to_30_days_ago_unless_from_reaches_back() {
    let app = spawn_app().await;
    let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let day = |n: i64| today.checked_add(jiff::Span::new().days(n)).expect("date").to_string();
    let at = |n: i64| format!("{}T12:00", day(n));
    app.import(&json!([
        ev("past-40", &at(-40), "UTC", Some("FR")),
        ev("past-20", &at(-20), "UTC", Some("FR")),
        ev("soon", &at(3), "UTC", Some("FR")),
    ]))
    .expect("imports");
    assert_eq!(uids(&app.get("/calendar.ics").await.text()), ["past-20", "soon"]);
    assert_eq!(
        uids(&app.get(&format!("/calendar.ics?from={}", day(-45))).await.text()),
        ["past-20", "past-40", "soon"]
    );
}

#[actix_web::test]
async fn the_same_store_gives_the_same_bytes_after_a_restart() {
    let app = world().await;
    let first = app.get(&format!("/calendar.ics?{ALL}")).await;
    let dir = app.dir;
    let again = spawn_on(dir).await;
    let second = again.get(&format!("/calendar.ics?{ALL}")).await;
    assert_eq!(first.bytes, second.bytes);
    assert_eq!(first.header("etag"), second.header("etag"));
}

#[actix_web::test]
async fn bad_filters_get_a_4xx_that_says_what_is_allowed() {
    let app = world().await;
    let long = "a".repeat(3000);
    let long_value = "a".repeat(65);
    let many = vec!["fr"; 30].join(",");
    let cases = [
        ("/calendar.ics?region=narnia", 400, "western-asia"),
        ("/calendar.ics?country=XX", 400, "ISO 3166-1"),
        ("/calendar.ics?campaign=nope", 400, "day-of-solidarity"),
        ("/calendar.ics?campaign=Bad%20Slug", 400, "slug"),
        ("/calendar.ics?tag=unknown-tag", 400, "vigil"),
        ("/calendar.ics?lang=zz", 400, "known"),
        ("/calendar.ics?from=2027-13-01", 400, "YYYY-MM-DD"),
        ("/calendar.ics?from=2027-02-30", 400, "does not exist"),
        ("/calendar.ics?from=yesterday", 400, "YYYY-MM-DD"),
        (
            "/calendar.ics?from=2027-02-01&to=2027-01-01",
            400,
            "before the first day asked for",
        ),
        ("/calendar.ics?regoin=europe", 400, "region"),
        ("/calendar.ics?country=", 400, "empty"),
        (&format!("/calendar.ics?tag={long}"), 400, "at most 2048"),
        (&format!("/calendar.ics?tag={long_value}"), 400, "longer than 64"),
        (&format!("/calendar.ics?country={many}"), 400, "at most 20"),
        ("/regions/narnia.ics", 404, "western-asia"),
        ("/countries/xx.ics", 404, "ISO 3166-1"),
        ("/campaigns/nope.ics", 404, "campaign"),
        ("/events/999.ics", 404, "999"),
        ("/events/abc.ics", 404, "numbers"),
    ];
    for (path, status, hint) in cases {
        let res = app.get(path).await;
        assert_eq!(res.status, status, "{path}: {}", res.text());
        let body = res.json();
        let error = body["error"].as_str().unwrap_or_else(|| panic!("{path}: {body}"));
        assert!(error.contains(hint), "{path}: {error}");
    }
}

#[actix_web::test]
async fn the_atom_feed_holds_upcoming_actions_with_the_same_filters() {
    let app = world().await;
    let res = app.get("/feed.atom?region=western-asia,online").await;
    assert_eq!(res.status, 200);
    assert_eq!(
        res.header("content-type").as_deref(),
        Some("application/atom+xml; charset=utf-8")
    );
    let read = crate::helpers::feedparser(&res.text());
    assert_eq!(read["version"], "atom10");
    assert_eq!(
        read["self"],
        json!(["http://calendar.test/feed.atom?region=western-asia,online"])
    );
    let titles: Vec<&str> = read["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["title"].as_str().expect("title"))
        .collect();
    assert_eq!(titles, ["Action beirut", "Action online"], "earliest first");
    let beirut = &read["entries"][0];
    assert_eq!(
        beirut["links"]["enclosure"],
        format!("{}.ics", beirut["links"]["alternate"].as_str().expect("page"))
    );
    assert!(
        beirut["summary"]
            .as_str()
            .expect("summary")
            .contains("2027-11-29T17:00 – 19:00 (Asia/Beirut; 2027-11-29 15:00 UTC)")
    );
    assert_eq!(app.get("/feed.atom?region=narnia").await.status, 400);
}
