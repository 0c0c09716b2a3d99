//! The JSON read API.

use serde_json::json;

use crate::helpers::{TestApp, spawn_app};

async fn app() -> TestApp {
    let app = spawn_app().await;
    app.import_fixture("demo.json");
    app
}

#[actix_web::test]
async fn events_list_every_documented_field() {
    let app = app().await;
    let res = app.get("/api/v1/events?from=2026-01-01&country=us").await;
    assert_eq!(res.status, 200);
    assert_eq!(res.header("access-control-allow-origin").as_deref(), Some("*"));
    assert!(res.header("etag").is_some());
    let body = res.json();
    let events = body["events"].as_array().expect("events");
    assert_eq!(events.len(), 2);
    let e = &events[0];
    for field in [
        "id",
        "uid",
        "title",
        "start",
        "end",
        "timezone",
        "start_utc",
        "all_day",
        "status",
        "country",
        "city",
        "regions",
        "campaigns",
        "tags",
        "languages",
        "online_url",
        "ics_url",
    ] {
        assert!(e.get(field).is_some(), "no {field}: {e}");
    }
    assert_eq!(e["uid"], "demo-dc-black-peoples-march-2027@actioncal");
    assert_eq!(e["start"], "2027-11-06T11:00");
    assert_eq!(e["timezone"], "America/New_York");
    assert_eq!(e["start_utc"], "2027-11-06T15:00:00Z");
    assert_eq!(e["regions"], json!(["americas", "northern-america"]));
    assert_eq!(e["ics_url"], format!("http://calendar.test/events/{}.ics", e["id"]));
    assert!(e.get("organiser_email").is_none() && e.get("organiser_name").is_none());
    let online = app.get("/api/v1/events?from=2026-01-01&region=online").await.json();
    assert!(
        online["events"]
            .as_array()
            .expect("events")
            .iter()
            .all(|e| e["regions"] == json!(["online"]))
    );
}

#[actix_web::test]
async fn pages_follow_the_cursor_to_the_end() {
    let app = app().await;
    let all = app.get("/api/v1/events?from=2026-01-01&limit=500").await.json();
    let total = all["events"].as_array().expect("events").len();
    assert!(total >= 20);
    assert_eq!(all["next"], json!(null));
    let mut seen = Vec::new();
    let mut path = "/api/v1/events?from=2026-01-01&limit=7".to_string();
    loop {
        let page = app.get(&path).await.json();
        seen.extend(
            page["events"]
                .as_array()
                .expect("events")
                .iter()
                .map(|e| e["id"].as_i64().expect("id")),
        );
        match page["next_url"].as_str() {
            Some(next) => path = next.trim_start_matches("http://calendar.test").to_string(),
            None => break,
        }
    }
    let want: Vec<i64> = all["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["id"].as_i64().expect("id"))
        .collect();
    assert_eq!(seen, want);
}

#[actix_web::test]
async fn updated_since_returns_changes_including_cancellations() {
    let app = app().await;
    let later = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(2);
    let res = app.get(&format!("/api/v1/events?updated_since={later}")).await.json();
    assert_eq!(res["events"], json!([]));
    std::thread::sleep(std::time::Duration::from_millis(2100));
    app.import(&json!([{
        "uid": "demo-berlin-2027@actioncal", "title": "Demonstration für Palästina (abgesagt)",
        "start": "2027-11-06T14:00", "end": "2027-11-06T18:00", "timezone": "Europe/Berlin", "status": "cancelled",
        "country": "DE", "city": "Berlin", "venue": "Oranienplatz, moved", "campaigns": ["all-out-for-palestine"],
        "tags": ["march"], "languages": ["de", "ar"]
    }]))
    .expect("imports");
    let res = app.get(&format!("/api/v1/events?updated_since={later}")).await.json();
    let events = res["events"].as_array().expect("events");
    assert_eq!(events.len(), 1, "{res}");
    assert_eq!(events[0]["status"], "cancelled");
    assert_eq!(events[0]["sequence"], 1);
}

#[actix_web::test]
async fn single_events_campaigns_and_regions() {
    let app = app().await;
    let e = app.get("/api/v1/events/1").await;
    assert_eq!(e.status, 200);
    assert_eq!(e.json()["id"], 1);
    assert_eq!(app.get("/api/v1/events/99999").await.status, 404);
    let campaigns = app.get("/api/v1/campaigns").await.json();
    assert_eq!(campaigns["campaigns"][0]["slug"], "all-for-palestine");
    assert_eq!(
        campaigns["campaigns"][0]["ics_url"],
        "http://calendar.test/campaigns/all-for-palestine.ics"
    );
    let regions = app.get("/api/v1/regions").await.json();
    let slugs: Vec<&str> = regions["regions"]
        .as_array()
        .expect("regions")
        .iter()
        .map(|r| r["slug"].as_str().expect("slug"))
        .collect();
    for s in [
        "africa",
        "americas",
        "asia",
        "europe",
        "oceania",
        "western-asia",
        "sub-saharan-africa",
        "latin-america-and-the-caribbean",
        "south-america",
        "northern-africa",
        "melanesia",
        "channel-islands",
        "online",
    ] {
        assert!(slugs.contains(&s), "{s}");
    }
    assert_eq!(
        slugs.len(),
        5 + 17 + 8 + 1,
        "M49: 5 regions, 17 sub-regions, 8 intermediate regions, and online"
    );
}

#[actix_web::test]
async fn api_errors_are_json_with_the_right_status() {
    let app = app().await;
    for (path, status, hint) in [
        ("/api/v1/events?limit=0", 400, "1 to 500"),
        ("/api/v1/events?limit=9999", 400, "1 to 500"),
        ("/api/v1/events?cursor=garbage", 400, "next"),
        ("/api/v1/events?updated_since=last-week", 400, "RFC 3339"),
        ("/api/v1/events?campaign=nope", 400, "all-for-palestine"),
        ("/api/v1/events?bogus=1", 400, "unknown field"),
        ("/api/v1/events/abc", 404, "numbers"),
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status, status, "{path}");
        assert!(
            res.json()["error"].as_str().expect("error").contains(hint),
            "{path}: {}",
            res.text()
        );
    }
}

#[actix_web::test]
async fn the_openapi_document_is_valid_and_matches_what_the_api_answers() {
    let app = app().await;
    let res = app.get("/api/v1/openapi.json").await;
    assert_eq!(res.status, 200);
    let doc = crate::helpers::openapi_check(&res.text());
    assert_eq!(doc["version"], "3.1.0");
    for (path, method) in [
        ("/api/v1/events", "get"),
        ("/api/v1/events/{id}", "get"),
        ("/api/v1/campaigns", "get"),
        ("/api/v1/regions", "get"),
        ("/calendar.ics", "get"),
        ("/feed.atom", "get"),
        ("/api/v1/submissions", "post"),
        ("/api/v1/submissions/{token}", "put"),
        ("/api/v1/moderation/queue", "get"),
        ("/api/v1/moderation/log", "get"),
    ] {
        assert!(
            doc["paths"][path]
                .as_array()
                .is_some_and(|m| m.contains(&json!(method))),
            "{method} {path}"
        );
    }
    // The documented shape is the answered shape, field for field.
    let answered = app.get("/api/v1/events?from=2026-01-01&limit=1").await.json();
    let mut fields: Vec<String> = answered["events"][0]
        .as_object()
        .expect("event")
        .keys()
        .cloned()
        .collect();
    fields.sort();
    assert_eq!(doc["schemas"]["EventView"], json!(fields));
    let mut top: Vec<String> = answered.as_object().expect("list").keys().cloned().collect();
    top.sort();
    assert_eq!(doc["schemas"]["EventList"], json!(top));
}

/// Every documented path and method, asked for as a client would (successes and errors), and
/// each answer validated against the document's schema for its status and media type.
#[actix_web::test]
async fn every_documented_endpoint_answers_as_its_schema_says() {
    use awc::http::Method;
    let (app, coord) = crate::helpers::app_with_coordinator().await;
    let auth = format!("Bearer {coord}");
    let bearer: &[(&str, &str)] = &[("Authorization", auth.as_str())];
    let mut samples = Vec::new();
    let mut record = |path: &str, method: &str, res: &crate::helpers::Resp| {
        let content_type = res.header("content-type").unwrap_or_default();
        let body = if content_type.starts_with("application/json") {
            res.json()
        } else if res.bytes.is_empty() {
            serde_json::Value::Null
        } else {
            json!(res.text())
        };
        samples.push(
            json!({"path": path, "method": method, "status": res.status, "content_type": content_type, "body": body}),
        );
    };
    let action = json!({
        "title": "Vigil for the prisoners", "start": "2027-11-29T18:00", "end": "2027-11-29T19:30",
        "timezone": "Asia/Beirut", "country": "LB", "city": "Beirut",
        "campaigns": ["day-of-solidarity"], "tags": ["vigil"], "languages": ["ar"],
        "organiser_email": "organiser@example.org"
    });
    // Organisers.
    let res = app.send_json(Method::POST, "/api/v1/submissions", &[], &action).await;
    record("/api/v1/submissions", "post", &res);
    let created = res.json();
    let id = created["id"].as_i64().expect("id");
    let edit = created["api_url"]
        .as_str()
        .and_then(|u| u.find("/api/v1/").map(|i| u[i..].to_string()))
        .expect("api_url");
    let res = app
        .send_json(Method::POST, "/api/v1/submissions", &[], &json!({"title": ""}))
        .await;
    record("/api/v1/submissions", "post", &res);
    record("/api/v1/submissions/{token}", "get", &app.get(&edit).await);
    record(
        "/api/v1/submissions/{token}",
        "get",
        &app.get("/api/v1/submissions/ace_nothing").await,
    );
    let mut edited = action.clone();
    edited["title"] = json!("Vigil for the prisoners, at dusk");
    record(
        "/api/v1/submissions/{token}",
        "put",
        &app.send_json(Method::PUT, &edit, &[], &edited).await,
    );
    record(
        "/api/v1/submissions/{token}",
        "put",
        &app.send_json(Method::PUT, &edit, &[], &json!({"start": "tomorrow"}))
            .await,
    );
    record(
        "/api/v1/submissions/{token}",
        "patch",
        &app.send_json(Method::PATCH, &edit, &[], &json!({"city": "Saida"}))
            .await,
    );
    record(
        "/api/v1/submissions/{token}",
        "patch",
        &app.send_json(Method::PATCH, &edit, &[], &json!({"start": "tomorrow"}))
            .await,
    );
    // Coordinators.
    let queue = "/api/v1/moderation/queue";
    record(queue, "get", &app.request(Method::GET, queue, bearer).await);
    record(queue, "get", &app.get(queue).await);
    record(
        queue,
        "get",
        &app.request(Method::GET, queue, &[("Authorization", "Bearer acc_nothing")])
            .await,
    );
    let approve = format!("/api/v1/moderation/submissions/{id}/approve");
    record(
        "/api/v1/moderation/submissions/{id}/approve",
        "post",
        &app.request(Method::POST, &format!("{approve}?sequence=99"), bearer)
            .await,
    );
    record(
        "/api/v1/moderation/submissions/{id}/approve",
        "post",
        &app.request(Method::POST, &approve, bearer).await,
    );
    // Published: the organiser's edit is now a proposal to review.
    edited["title"] = json!("Vigil for the prisoners, moved");
    app.send_json(Method::PUT, &edit, &[], &edited).await;
    let edits = "/api/v1/moderation/edits";
    let res = app.request(Method::GET, edits, bearer).await;
    record(edits, "get", &res);
    let version = res.json()["edits"][0]["version"].as_str().expect("version").to_string();
    record(
        "/api/v1/moderation/edits/{id}/approve",
        "post",
        &app.request(
            Method::POST,
            &format!("/api/v1/moderation/edits/{id}/approve?version=x"),
            bearer,
        )
        .await,
    );
    record(
        "/api/v1/moderation/edits/{id}/approve",
        "post",
        &app.request(
            Method::POST,
            &format!("/api/v1/moderation/edits/{id}/approve?version={version}"),
            bearer,
        )
        .await,
    );
    edited["title"] = json!("Vigil for the prisoners, moved again");
    app.send_json(Method::PUT, &edit, &[], &edited).await;
    record(
        "/api/v1/moderation/edits/{id}/reject",
        "post",
        &app.send_json(
            Method::POST,
            &format!("/api/v1/moderation/edits/{id}/reject"),
            bearer,
            &json!({"reason": "Same as before"}),
        )
        .await,
    );
    record(
        "/api/v1/moderation/edits/{id}/reject",
        "post",
        &app.send_json(
            Method::POST,
            "/api/v1/moderation/edits/999/reject",
            bearer,
            &json!({"reason": "x"}),
        )
        .await,
    );
    let event = format!("/api/v1/moderation/events/{id}");
    let mut by_coordinator = edited.clone();
    by_coordinator["title"] = json!("Vigil for the prisoners (coordinators)");
    record(
        "/api/v1/moderation/events/{id}",
        "put",
        &app.send_json(Method::PUT, &event, bearer, &by_coordinator).await,
    );
    record(
        "/api/v1/moderation/events/{id}",
        "patch",
        &app.send_json(Method::PATCH, &event, bearer, &json!({"venue": null}))
            .await,
    );
    record(
        "/api/v1/moderation/events/{id}",
        "patch",
        &app.send_json(Method::PATCH, &event, bearer, &json!({"timezone": "Mars/Olympus"}))
            .await,
    );
    record(
        "/api/v1/moderation/events/{id}",
        "delete",
        &app.request(Method::DELETE, &event, bearer).await,
    );
    record(
        "/api/v1/moderation/events/{id}/cancel",
        "post",
        &app.request(Method::POST, &format!("{event}/cancel"), bearer).await,
    );
    // A second submission, rejected.
    let second = app
        .send_json(
            Method::POST,
            "/api/v1/submissions",
            &[],
            &json!({
                "title": "Flag raising", "start": "2027-11-30T10:00", "timezone": "Europe/Paris", "country": "FR",
                "city": "Paris", "organiser_email": "o@example.org"
            }),
        )
        .await
        .json();
    let second_id = second["id"].as_i64().expect("id");
    record(
        "/api/v1/moderation/submissions/{id}/reject",
        "post",
        &app.send_json(
            Method::POST,
            &format!("/api/v1/moderation/submissions/{second_id}/reject"),
            bearer,
            &json!({"reason": "No place given"}),
        )
        .await,
    );
    let cancel = second["api_url"]
        .as_str()
        .and_then(|u| u.find("/api/v1/").map(|i| format!("{}/cancel", &u[i..])))
        .expect("api_url");
    record(
        "/api/v1/submissions/{token}/cancel",
        "post",
        &app.request(Method::POST, &cancel, &[]).await,
    );
    let campaigns = "/api/v1/moderation/campaigns";
    let campaign = json!({"slug": "flag-day", "name": "Flag day"});
    record(
        campaigns,
        "post",
        &app.send_json(Method::POST, campaigns, bearer, &campaign).await,
    );
    record(
        campaigns,
        "post",
        &app.send_json(Method::POST, campaigns, bearer, &campaign).await,
    );
    record(
        "/api/v1/moderation/campaigns/{slug}",
        "put",
        &app.send_json(
            Method::PUT,
            "/api/v1/moderation/campaigns/flag-day",
            bearer,
            &json!({"name": "Flag raising day"}),
        )
        .await,
    );
    let log = "/api/v1/moderation/log";
    record(
        log,
        "get",
        &app.request(Method::GET, &format!("{log}?limit=5"), bearer).await,
    );
    // Partners' calendars: a source on a port nobody listens on (its poll fails, as said).
    let sources = "/api/v1/moderation/sources";
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("a port")
        .local_addr()
        .expect("addr")
        .port();
    let url = format!("http://127.0.0.1:{closed}/cal.ics");
    let added = app
        .send_json(Method::POST, sources, bearer, &json!({"url": url, "name": "Partner"}))
        .await;
    record(sources, "post", &added);
    let sid = added.json()["id"].as_i64().expect("source id");
    record(
        sources,
        "post",
        &app.send_json(Method::POST, sources, bearer, &json!({"url": url})).await,
    );
    record(
        sources,
        "post",
        &app.send_json(Method::POST, sources, bearer, &json!({"url": "ftp://x"}))
            .await,
    );
    record(sources, "get", &app.request(Method::GET, sources, bearer).await);
    let one = "/api/v1/moderation/sources/{id}";
    let path = format!("{sources}/{sid}");
    record(one, "get", &app.request(Method::GET, &path, bearer).await);
    record(
        one,
        "get",
        &app.request(Method::GET, &format!("{sources}/999"), bearer).await,
    );
    record(
        one,
        "put",
        &app.send_json(
            Method::PUT,
            &path,
            bearer,
            &json!({"url": url, "name": "Partner", "paused": true}),
        )
        .await,
    );
    record(
        "/api/v1/moderation/sources/{id}/poll",
        "post",
        &app.request(Method::POST, &format!("{path}/poll"), bearer).await,
    );
    record(
        "/api/v1/moderation/sources/{id}/release",
        "post",
        &app.request(Method::POST, &format!("{path}/release"), bearer).await,
    );
    record(one, "delete", &app.request(Method::DELETE, &path, bearer).await);
    record(one, "delete", &app.request(Method::DELETE, &path, bearer).await);
    // Reading.
    for (path, template) in [
        ("/api/v1/events?from=2026-01-01", "/api/v1/events"),
        ("/api/v1/events?updated_since=0", "/api/v1/events"),
        ("/api/v1/events?region=atlantis", "/api/v1/events"),
        ("/api/v1/campaigns", "/api/v1/campaigns"),
        ("/api/v1/regions", "/api/v1/regions"),
        ("/healthz", "/healthz"),
        ("/calendar.ics", "/calendar.ics"),
        ("/calendar.ics?tag=nothing", "/calendar.ics"),
        ("/feed.atom", "/feed.atom"),
        ("/campaigns/day-of-solidarity.ics", "/campaigns/{slug}.ics"),
        ("/campaigns/no-such.ics", "/campaigns/{slug}.ics"),
        ("/campaigns/day-of-solidarity.atom", "/campaigns/{slug}.atom"),
        ("/regions/western-asia.ics", "/regions/{slug}.ics"),
        ("/regions/atlantis.ics", "/regions/{slug}.ics"),
        ("/regions/western-asia.atom", "/regions/{slug}.atom"),
        ("/countries/lb.ics", "/countries/{code}.ics"),
        ("/countries/xx.ics", "/countries/{code}.ics"),
        ("/countries/LB.atom", "/countries/{code}.atom"),
    ] {
        record(template, "get", &app.get(path).await);
    }
    record(
        "/api/v1/events/{id}",
        "get",
        &app.get(&format!("/api/v1/events/{id}")).await,
    );
    record("/api/v1/events/{id}", "get", &app.get("/api/v1/events/999").await);
    record("/events/{id}.ics", "get", &app.get(&format!("/events/{id}.ics")).await);
    record("/events/{id}.ics", "get", &app.get("/events/nothing.ics").await);

    let doc = app.get("/api/v1/openapi.json").await.text();
    let report = crate::helpers::openapi_responses(&doc, &json!(samples));
    assert_eq!(report["problems"], json!([]), "{report:#}");
    // Every documented path and method was asked for.
    let asked: std::collections::BTreeSet<(String, String)> = samples
        .iter()
        .map(|s| {
            (
                s["path"].as_str().unwrap_or("").to_string(),
                s["method"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    for pm in report["documented"].as_array().expect("documented") {
        let key = (
            pm[0].as_str().unwrap_or("").to_string(),
            pm[1].as_str().unwrap_or("").to_string(),
        );
        assert!(asked.contains(&key), "documented but never asked for: {key:?}");
    }
    // And some answers were errors, each as documented.
    assert!(samples.iter().filter(|s| s["status"].as_u64() >= Some(400)).count() >= 12);
}

#[actix_web::test]
async fn occurrences_one_item_each_with_expand_and_every_action_says_when_it_next_starts() {
    let app = spawn_app().await;
    app.import(&json!([
        {"uid": "w@test", "title": "Friday vigil", "start": "2027-10-29T18:00", "end": "2027-10-29T19:00",
         "timezone": "Europe/Paris", "country": "FR", "city": "Paris", "recurrence": "FREQ=WEEKLY;COUNT=4"},
        {"uid": "d@test", "title": "Flag days", "start": "2027-11-13", "end": "2027-11-14", "all_day": true,
         "timezone": "Europe/Paris", "country": "FR", "city": "Lyon", "recurrence": "FREQ=WEEKLY;COUNT=2"}
    ]))
    .expect("imports");
    // Across the end of summer time (31 October 2027): 18:00 in Paris is 16:00 then 17:00 UTC.
    let body = app
        .get("/api/v1/events?from=2027-10-01&to=2027-12-31&expand=true")
        .await
        .json();
    let items = body["events"].as_array().expect("events");
    let vigils: Vec<(&str, &str)> = items
        .iter()
        .filter(|e| e["uid"] == "w@test")
        .map(|e| (e["start"].as_str().unwrap(), e["start_utc"].as_str().unwrap()))
        .collect();
    assert_eq!(
        vigils,
        [
            ("2027-10-29T18:00", "2027-10-29T16:00:00Z"),
            ("2027-11-05T18:00", "2027-11-05T17:00:00Z"),
            ("2027-11-12T18:00", "2027-11-12T17:00:00Z"),
            ("2027-11-19T18:00", "2027-11-19T17:00:00Z"),
        ]
    );
    let days: Vec<(&str, &str)> = items
        .iter()
        .filter(|e| e["uid"] == "d@test")
        .map(|e| (e["start"].as_str().unwrap(), e["end"].as_str().unwrap()))
        .collect();
    assert_eq!(days, [("2027-11-13", "2027-11-14"), ("2027-11-20", "2027-11-21")]);
    // Without expand, one item per action, with its next start.
    let body = app.get("/api/v1/events?from=2027-10-01").await.json();
    let vigil = body["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["uid"] == "w@test")
        .cloned()
        .unwrap();
    assert_eq!(vigil["next_start"], "2027-10-29T18:00");
    assert_eq!(vigil["next_start_utc"], "2027-10-29T16:00:00Z");
    // expand needs a bounded range; other values are refused, naming what is allowed.
    for bad in [
        "/api/v1/events?from=2027-10-01&expand=true",
        "/api/v1/events?from=2027-01-01&to=2028-12-31&expand=true",
        "/api/v1/events?from=2027-10-01&to=2027-12-31&expand=yes",
    ] {
        let res = app.get(bad).await;
        assert_eq!(res.status, 400, "{bad}");
        assert!(res.text().contains("expand"), "{bad}: {}", res.text());
    }
}
