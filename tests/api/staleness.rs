//! No cached piece of a feed is ever stale (issue 14): each field of an action is changed in
//! turn, by an import as another process would, and every answer that shows the action must
//! change with it: the feeds that hold it (whole, by campaign, region and country, its own),
//! the Atom feed, its JSON and its page, each asked for with and without gzip.

use serde_json::{Value, json};

use crate::helpers::spawn_app;

fn base() -> Value {
    json!({
        "uid": "vigil@test", "title": "Vigil for the prisoners", "description": "Candles at dusk.",
        "start": "2027-11-29T18:00", "end": "2027-11-29T19:30", "timezone": "Asia/Beirut",
        "status": "confirmed", "country": "LB", "city": "Beirut", "venue": "Riad al-Solh Square",
        "latitude": 33.8959, "longitude": 35.5036, "online_url": "https://meet.example.org/vigil",
        "campaigns": ["day-of-solidarity"], "tags": ["vigil"], "languages": ["ar", "en"]
    })
}

/// Each field of the import format, and a value for it that any answer showing the action
/// must reflect.
fn changes() -> Vec<(&'static str, Value)> {
    vec![
        ("title", json!("Vigil for the prisoners, at the square")),
        ("description", json!("Candles and flags at dusk.")),
        ("start", json!("2027-11-29T17:30")),
        ("end", json!("2027-11-29T20:00")),
        ("timezone", json!("Asia/Amman")),
        ("status", json!("cancelled")),
        ("city", json!("Saida")),
        ("venue", json!("Martyrs' Square")),
        ("latitude", json!(33.5631)),
        ("longitude", json!(35.3688)),
        ("online_url", json!("https://meet.example.org/vigil-2")),
        (
            "online_links",
            json!(["Zoom: https://zoom.example.org/j/1", "https://live.example.org/v"]),
        ),
        ("recurrence", json!("FREQ=WEEKLY;COUNT=3")),
        ("tags", json!(["vigil", "candles"])),
        ("languages", json!(["ar", "en", "fr"])),
        ("all_day", json!(true)),
    ]
}

const PATHS: [&str; 8] = [
    "/calendar.ics?from=2026-01-01",
    "/campaigns/day-of-solidarity.ics?from=2026-01-01",
    "/regions/western-asia.ics?from=2026-01-01",
    "/countries/LB.ics?from=2026-01-01",
    "/events/1.ics",
    "/feed.atom?from=2026-01-01",
    "/api/v1/events/1",
    "/events/1",
];

/// Answers that do not show a field at all: the Atom entry has no place coordinates and no
/// rule (it lists the action once) and names the first language only (`xml:lang`, here `ar`
/// throughout); the action's page does not list its tags.
const NOT_SHOWN: [(&str, &str); 5] = [
    ("/feed.atom", "latitude"),
    ("/feed.atom", "longitude"),
    ("/feed.atom", "recurrence"),
    ("/feed.atom", "languages"),
    ("/events/1", "tags"),
];

#[actix_web::test]
async fn every_field_changed_in_turn_changes_every_answer_that_shows_the_action() {
    let app = spawn_app().await;
    let campaign = json!([{"slug": "day-of-solidarity", "name": "Day of Solidarity"}]);
    // A second action in the same feeds, so that a feed is more than its one action.
    let other = json!({"uid": "march@test", "title": "March", "start": "2027-11-30T11:00",
        "timezone": "Asia/Beirut", "country": "LB", "campaigns": ["day-of-solidarity"]});
    let mut action = base();
    app.import(&json!({"campaigns": campaign, "events": [action, other]}))
        .expect("import");
    let answers = |app: &crate::helpers::TestApp| {
        let app = app.address.clone();
        async move {
            let client = awc::Client::default();
            let mut out = Vec::new();
            for path in PATHS {
                for gzip in [false, true] {
                    let mut req = client.get(format!("{app}{path}"));
                    if gzip {
                        req = req.insert_header(("Accept-Encoding", "gzip"));
                    }
                    let mut res = req.send().await.expect("answer");
                    assert_eq!(res.status(), 200, "{path}");
                    let body = res.body().limit(64 << 20).await.expect("body");
                    out.push((path, gzip, body.to_vec()));
                }
            }
            out
        }
    };
    let mut before = answers(&app).await;
    let mut stale = Vec::new();
    for (field, value) in changes() {
        action[field] = value.clone();
        if field == "all_day" {
            action["start"] = json!("2027-11-29");
            action["end"] = json!("2027-11-29");
            action.as_object_mut().expect("object").remove("recurrence");
        }
        app.import(&json!({"events": [action]})).expect("changed");
        let after = answers(&app).await;
        for ((path, gzip, old), (_, _, new)) in before.iter().zip(&after) {
            let shown = !NOT_SHOWN
                .iter()
                .any(|(p, f)| path.split('?').next() == Some(*p) && *f == field);
            if shown && old == new {
                stale.push(format!("{path} (gzip: {gzip}) with {field}"));
            }
        }
        before = after;
    }
    assert!(stale.is_empty(), "unchanged: {stale:#?}");
    // A campaign renamed: every answer naming it changes.
    app.import(&json!({"campaigns": [{"slug": "day-of-solidarity", "name": "International Day of Solidarity"}]}))
        .expect("renamed");
    let after = answers(&app).await;
    for ((path, gzip, old), (_, _, new)) in before.iter().zip(&after) {
        if path.ends_with(".ics?from=2026-01-01") || path.ends_with("1.ics") {
            assert_ne!(
                old, new,
                "{path} (gzip: {gzip}) did not change with the campaign's name"
            );
        }
    }
}
