//! Organisers submit, coordinators moderate, changes reach every subscriber.

use awc::http::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, app_with_coordinator, icaljs, spawn_with, unfold};

const SECRET_EMAIL: &str = "organiser.private@example.org";
const SECRET_NAME: &str = "Organiser Private-Name";

fn submission() -> Value {
    json!({
        "title": "Vigil for the prisoners", "description": "Candles at dusk.",
        "start": "2027-11-29T18:00", "end": "2027-11-29T19:30", "timezone": "Asia/Beirut",
        "country": "LB", "city": "Beirut", "venue": "Riad al-Solh Square",
        "campaigns": ["day-of-solidarity"], "tags": ["vigil"], "languages": ["ar", "en"],
        "organiser_email": SECRET_EMAIL, "organiser_name": SECRET_NAME
    })
}

async fn submit(app: &TestApp, body: &Value) -> crate::helpers::Resp {
    app.send_json(Method::POST, "/api/v1/submissions", &[], body).await
}

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

fn path_of(url: &str) -> String {
    url.strip_prefix("http://calendar.test")
        .expect("our origin")
        .to_string()
}

#[actix_web::test]
async fn a_submission_travels_from_organiser_to_every_subscriber() {
    let (app, coord) = app_with_coordinator().await;
    let auth = bearer(&coord);
    // Submitted: pending, invisible.
    let res = submit(&app, &submission()).await;
    assert_eq!(res.status, 201, "{}", res.text());
    let created = res.json();
    assert_eq!(created["status"], "pending");
    let id = created["id"].as_i64().expect("id");
    let edit_api = path_of(created["api_url"].as_str().expect("api_url"));
    assert!(
        created["edit_url"]
            .as_str()
            .expect("edit_url")
            .contains("/submissions/ace_")
    );
    assert!(!unfold(&app.get("/calendar.ics?from=2026-01-01").await.text()).contains("Vigil for the prisoners"));
    assert_eq!(app.get(&format!("/api/v1/events/{id}")).await.status, 404);
    assert_eq!(app.get(&format!("/events/{id}")).await.status, 404);
    assert_eq!(app.get(&edit_api).await.json()["moderation"], "pending");

    // The coordinator sees everything needed to decide, and approves.
    let queue = app
        .request(Method::GET, "/api/v1/moderation/queue", &[("Authorization", &auth)])
        .await;
    assert_eq!(queue.status, 200);
    let item = &queue.json()["submissions"][0];
    assert_eq!(item["organiser_email"], SECRET_EMAIL);
    assert_eq!(item["start"], "2027-11-29T18:00");
    assert_eq!(item["start_utc"], "2027-11-29T16:00:00Z");
    let approved = app
        .request(
            Method::POST,
            &format!("/api/v1/moderation/submissions/{id}/approve"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text());
    assert_eq!(approved.json()["moderation"], "published");

    // In the campaign feed, at the right instant as Thunderbird reads it.
    let feed = app.get("/campaigns/day-of-solidarity.ics?from=2026-01-01").await;
    let etag = feed.header("etag").expect("etag");
    let read = icaljs(&feed.text());
    let uid = created["uid"].as_str().expect("uid");
    assert_eq!(
        read[uid]["occurrences"],
        json!([["2027-11-29T16:00:00Z", "2027-11-29T17:30:00Z"]])
    );
    assert_eq!(read[uid]["sequence"], 0);

    // The organiser moves it an hour later: a published action's change waits for a
    // coordinator, and subscribers see nothing until then.
    let mut moved = submission();
    moved["start"] = json!("2027-11-29T19:00");
    moved["end"] = json!("2027-11-29T20:30");
    let res = app.send_json(Method::PUT, &edit_api, &[], &moved).await;
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.json()["proposed_edit"]["state"], "pending");
    let unchanged = app
        .request(
            Method::GET,
            "/campaigns/day-of-solidarity.ics?from=2026-01-01",
            &[("If-None-Match", &etag)],
        )
        .await;
    assert_eq!(unchanged.status, 304);
    // Accepted: SEQUENCE, DTSTAMP and the ETag move, the UID stays.
    let res = app
        .request(
            Method::POST,
            &format!("/api/v1/moderation/edits/{id}/approve"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let feed = app
        .request(
            Method::GET,
            "/campaigns/day-of-solidarity.ics?from=2026-01-01",
            &[("If-None-Match", &etag)],
        )
        .await;
    assert_eq!(feed.status, 200);
    let read = icaljs(&feed.text());
    assert_eq!(
        read[uid]["occurrences"],
        json!([["2027-11-29T17:00:00Z", "2027-11-29T18:30:00Z"]])
    );
    assert_eq!(read[uid]["sequence"], 1);

    // Cancelled: still in the feed, marked, SEQUENCE up again.
    let res = app
        .send_bytes(Method::POST, &format!("{edit_api}/cancel"), &[], Vec::new())
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let read = icaljs(&app.get("/campaigns/day-of-solidarity.ics?from=2026-01-01").await.text());
    assert_eq!(read[uid]["status"], "CANCELLED");
    assert_eq!(read[uid]["sequence"], 2);
    assert!(
        read[uid]["summary"]
            .as_str()
            .expect("summary")
            .starts_with("CANCELLED: ")
    );

    // Every step is in the audit log, with before and after.
    let log = app
        .request(Method::GET, "/api/v1/moderation/log", &[("Authorization", &auth)])
        .await
        .json();
    let actions: Vec<&str> = log["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["action"].as_str().expect("action"))
        .collect();
    assert_eq!(actions, ["cancel", "approve-edit", "propose-edit", "approve", "submit"]);
    let edit = &log["entries"][1];
    assert_eq!(edit["before"]["start"], "2027-11-29T18:00");
    assert_eq!(edit["after"]["start"], "2027-11-29T19:00");
    assert_eq!(edit["actor"], "coordinator:1:Coordinator One");
    assert_eq!(log["entries"][2]["actor"], "organiser");
    assert_eq!(log["entries"][3]["actor"], "coordinator:1:Coordinator One");
}

#[actix_web::test]
async fn likely_mistakes_are_asked_about_and_accepted_once_confirmed() {
    let (app, token) = app_with_coordinator().await;
    let mut body = submission();
    body["timezone"] = json!("Europe/Paris");
    body["start"] = json!("2027-11-29T03:00");
    body["end"] = json!("2027-11-29T04:00");
    let res = submit(&app, &body).await;
    assert_eq!(res.status, 422);
    let warnings = res.json()["warnings"].clone();
    let codes: Vec<&str> = warnings
        .as_array()
        .expect("warnings")
        .iter()
        .map(|w| w["code"].as_str().expect("code"))
        .collect();
    assert_eq!(codes, ["zone_not_in_country", "night_time"]);
    assert_eq!(warnings[0]["field"], "timezone");
    assert!(
        warnings[0]["message"]
            .as_str()
            .expect("message")
            .contains("Asia/Beirut")
    );
    assert_eq!(app.count("events"), 0);
    body["confirm"] = json!(["zone_not_in_country"]);
    assert_eq!(
        submit(&app, &body).await.json()["warnings"].as_array().map(Vec::len),
        Some(1)
    );
    body["confirm"] = json!(["zone_not_in_country", "night_time"]);
    let first = submit(&app, &body).await;
    assert_eq!(first.status, 201);
    // While it waits for review, it is nobody's business but the coordinators': the same
    // action again raises no warning that would name it.
    let pending_twin = submit(&app, &body).await;
    assert_eq!(pending_twin.status, 201, "{}", pending_twin.text());
    // Once published, the same action again is a likely duplicate.
    let id = first.json()["id"].as_i64().expect("id");
    let auth = bearer(&token);
    let approved = app
        .request(
            Method::POST,
            &format!("/api/v1/moderation/submissions/{id}/approve"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text());
    let res = submit(&app, &body).await;
    assert_eq!(res.status, 422);
    assert_eq!(res.json()["warnings"][0]["code"], "possible_duplicate");
    let mut past = submission();
    past["start"] = json!("2020-11-29T18:00");
    past["end"] = json!("2020-11-29T19:00");
    assert_eq!(submit(&app, &past).await.json()["warnings"][0]["code"], "in_the_past");
}

#[actix_web::test]
async fn dst_gaps_are_refused_with_valid_times_and_overlaps_ask_which() {
    let (app, _) = app_with_coordinator().await;
    let mut body = submission();
    body["timezone"] = json!("America/New_York");
    body["country"] = json!("US");
    body["start"] = json!("2027-03-14T02:30");
    body["end"] = json!("2027-03-14T04:00");
    let res = submit(&app, &body).await;
    assert_eq!(res.status, 422);
    assert_eq!(res.json()["field"], "start");
    assert!(
        res.json()["error"]
            .as_str()
            .expect("error")
            .contains("from 02:00 straight to 03:00")
    );
    body["start"] = json!("2027-11-07T01:30");
    let res = submit(&app, &body).await;
    assert!(
        res.json()["error"]
            .as_str()
            .expect("error")
            .contains("2027-11-07T01:30-04:00 or 2027-11-07T01:30-05:00")
    );
    assert_eq!(app.count("events"), 0);
}

#[actix_web::test]
async fn bad_submissions_are_refused_and_change_nothing() {
    let (app, _) = app_with_coordinator().await;
    let with = |k: &str, v: Value| {
        let mut b = submission();
        if v.is_null() {
            b.as_object_mut().expect("object").remove(k);
        } else {
            b[k] = v;
        }
        b
    };
    let cases = [
        (with("organiser_email", Value::Null), 422, "organiser_email"),
        (with("organiser_email", json!("not-an-address")), 422, "organiser_email"),
        (with("uid", json!("someone-elses@actioncal")), 422, "uid"),
        (with("title", json!("")), 422, "title"),
        (with("timezone", json!("Mars/Base")), 422, "timezone"),
        (with("campaigns", json!(["no-such-campaign"])), 422, "campaigns"),
        (with("latitude", json!("north")), 422, "latitude"),
        (with("confirm", json!(["everything"])), 422, "confirm"),
        (json!([1, 2]), 422, "body"),
    ];
    for (body, status, field) in cases {
        let res = submit(&app, &body).await;
        assert_eq!(res.status, status, "{field}: {}", res.text());
        assert_eq!(res.json()["field"], field, "{}", res.text());
    }
    let res = app
        .send_bytes(Method::POST, "/api/v1/submissions", &[], b"{not json".to_vec())
        .await;
    assert_eq!(res.status, 422);
    let huge = json!({"title": "x", "description": "y".repeat(70_000)});
    let res = submit(&app, &huge).await;
    assert_eq!(res.status, 413, "{}", res.text());
    assert!(res.json()["error"].as_str().expect("error").contains("65536"));
    assert_eq!((app.count("events"), app.count("audit_log")), (0, 0));
}

#[actix_web::test]
async fn submissions_are_rate_limited_per_client() {
    let app = spawn_with(|s| s.submissions_per_window = 2).await;
    app.import(&json!({"campaigns": [{"slug": "day-of-solidarity", "name": "Day"}], "events": []}))
        .expect("campaign");
    for i in 0..2 {
        let mut b = submission();
        b["title"] = json!(format!("Action number {i}"));
        b["start"] = json!(format!("2027-11-2{i}T18:00"));
        b["end"] = json!(format!("2027-11-2{i}T19:00"));
        assert_eq!(submit(&app, &b).await.status, 201);
    }
    let res = submit(&app, &submission()).await;
    assert_eq!(res.status, 429);
    let retry: u64 = res
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .expect("seconds");
    assert!((1..=600).contains(&retry));
    assert_eq!(app.count("events"), 2);
}

#[actix_web::test]
async fn coordinators_and_organisers_cannot_pass_for_each_other() {
    let (app, coord) = app_with_coordinator().await;
    let created = submit(&app, &submission()).await.json();
    let id = created["id"].as_i64().expect("id");
    let edit_url = created["api_url"].as_str().expect("api_url").to_string();
    let edit_token = edit_url.rsplit('/').next().expect("token").to_string();
    let approve = format!("/api/v1/moderation/submissions/{id}/approve");
    let log_before = app.count("audit_log");
    for (auth, status) in [
        (None, 401),
        (Some("Bearer acc_wrong".to_string()), 403),
        (Some(bearer(&edit_token)), 403),
        (Some(format!("Basic {coord}")), 401),
    ] {
        let headers: Vec<(&str, &str)> = auth.as_deref().map(|a| vec![("Authorization", a)]).unwrap_or_default();
        for (method, path) in [
            (Method::POST, approve.as_str()),
            (Method::GET, "/api/v1/moderation/queue"),
            (Method::GET, "/api/v1/moderation/log"),
        ] {
            let res = app.request(method, path, &headers).await;
            assert_eq!(res.status, status, "{auth:?} {path}");
        }
    }
    // A coordinator token is no edit link.
    assert_eq!(app.get(&format!("/api/v1/submissions/{coord}")).await.status, 404);
    assert_eq!(
        app.send_json(Method::PUT, &format!("/api/v1/submissions/{coord}"), &[], &submission())
            .await
            .status,
        404
    );
    assert_eq!(app.count("audit_log"), log_before);
    assert_eq!(app.get(&path_of(&edit_url)).await.json()["moderation"], "pending");
    // Revoked tokens stop working.
    let store = actioncal::store::Store::open(&app.db).expect("store");
    store
        .with_conn(|c| actioncal::store::coordinators::revoke(c, "Coordinator One", 1))
        .expect("revoked");
    let res = app
        .request(Method::POST, &approve, &[("Authorization", &bearer(&coord))])
        .await;
    assert_eq!(res.status, 403);
}

#[actix_web::test]
async fn rejected_submissions_tell_the_organiser_why_and_stay_private() {
    let (app, coord) = app_with_coordinator().await;
    let created = submit(&app, &submission()).await.json();
    let id = created["id"].as_i64().expect("id");
    let edit_api = path_of(created["api_url"].as_str().expect("api_url"));
    let reject = format!("/api/v1/moderation/submissions/{id}/reject");
    let res = app
        .send_json(
            Method::POST,
            &reject,
            &[("Authorization", &bearer(&coord))],
            &json!({"reason": "Please add the venue's street."}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let seen = app.get(&edit_api).await.json();
    assert_eq!(seen["moderation"], "rejected");
    assert_eq!(seen["reject_reason"], "Please add the venue's street.");
    assert!(
        !app.get("/calendar.ics?from=2026-01-01")
            .await
            .text()
            .contains("Vigil for the prisoners")
    );
    // A corrected submission goes back to the queue.
    let mut fixed = submission();
    fixed["venue"] = json!("Riad al-Solh Square, Beirut Central District");
    assert_eq!(app.send_json(Method::PUT, &edit_api, &[], &fixed).await.status, 200);
    assert_eq!(app.get(&edit_api).await.json()["moderation"], "pending");
}

#[actix_web::test]
async fn only_past_actions_leave_feeds_and_campaigns_are_managed_by_coordinators() {
    let (app, coord) = app_with_coordinator().await;
    let auth = bearer(&coord);
    app.import(&json!([
        {"uid": "past@test", "title": "Past march", "start": "2025-11-29T12:00", "timezone": "UTC", "country": "FR", "city": "Paris"},
        {"uid": "future@test", "title": "Future march", "start": "2027-11-29T12:00", "timezone": "UTC", "country": "FR", "city": "Paris"}
    ]))
    .expect("imports");
    let feed = |app: &TestApp| {
        let app = app.address.clone();
        async move {
            let mut res = awc::Client::default()
                .get(format!("{app}/calendar.ics?from=2025-01-01"))
                .send()
                .await
                .expect("get");
            String::from_utf8(res.body().await.expect("body").to_vec()).expect("utf-8")
        }
    };
    assert_eq!(
        app.request(
            Method::DELETE,
            "/api/v1/moderation/events/2",
            &[("Authorization", &auth)]
        )
        .await
        .status,
        409
    );
    assert_eq!(
        app.request(
            Method::DELETE,
            "/api/v1/moderation/events/1",
            &[("Authorization", &auth)]
        )
        .await
        .status,
        204
    );
    let ics = feed(&app).await;
    assert!(!ics.contains("UID:past@test") && ics.contains("UID:future@test"));

    let res = app
        .send_json(
            Method::POST,
            "/api/v1/moderation/campaigns",
            &[("Authorization", &auth)],
            &json!({"slug": "all-out", "name": "All Out"}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text());
    let res = app
        .send_json(
            Method::POST,
            "/api/v1/moderation/campaigns",
            &[("Authorization", &auth)],
            &json!({"slug": "all-out", "name": "Again"}),
        )
        .await;
    assert_eq!(res.status, 409);
    let res = app
        .send_json(
            Method::PUT,
            "/api/v1/moderation/campaigns/all-out",
            &[("Authorization", &auth)],
            &json!({"name": "All Out for Palestine", "hashtag": "#AllOut"}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let list = app.get("/api/v1/campaigns").await.json();
    assert!(
        list["campaigns"]
            .as_array()
            .expect("list")
            .iter()
            .any(|c| c["name"] == "All Out for Palestine")
    );
    let res = app
        .send_json(
            Method::POST,
            "/api/v1/moderation/campaigns",
            &[],
            &json!({"slug": "x", "name": "X"}),
        )
        .await;
    assert_eq!(res.status, 401);
}

#[actix_web::test]
async fn nothing_private_reaches_any_public_endpoint() {
    let (app, coord) = app_with_coordinator().await;
    let published = submit(&app, &submission()).await.json();
    let mut other = submission();
    other["title"] = json!("Pending action nobody may see yet");
    other["start"] = json!("2027-11-28T18:00");
    other["end"] = json!("2027-11-28T19:00");
    let pending = submit(&app, &other).await.json();
    let id = published["id"].as_i64().expect("id");
    app.request(
        Method::POST,
        &format!("/api/v1/moderation/submissions/{id}/approve"),
        &[("Authorization", &bearer(&coord))],
    )
    .await;
    let edit_token = pending["api_url"]
        .as_str()
        .expect("api_url")
        .rsplit('/')
        .next()
        .expect("token")
        .to_string();
    let pid = pending["id"].as_i64().expect("id");
    let secrets = [
        SECRET_EMAIL,
        SECRET_NAME,
        "Pending action nobody",
        edit_token.as_str(),
        coord.as_str(),
        "ace_",
        "acc_",
    ];
    let paths = [
        "/calendar.ics".to_string(),
        "/calendar.ics?from=2026-01-01".to_string(),
        "/campaigns/day-of-solidarity.ics?from=2026-01-01".to_string(),
        "/countries/lb.ics?from=2026-01-01".to_string(),
        "/regions/western-asia.ics?from=2026-01-01".to_string(),
        "/regions/online.ics?from=2026-01-01".to_string(),
        format!("/events/{id}.ics"),
        format!("/events/{id}"),
        format!("/events/{pid}.ics"),
        format!("/events/{pid}"),
        "/api/v1/events?from=2026-01-01".to_string(),
        "/api/v1/events?updated_since=2000-01-01T00:00:00Z".to_string(),
        format!("/api/v1/events/{id}"),
        format!("/api/v1/events/{pid}"),
        "/api/v1/campaigns".to_string(),
        "/api/v1/regions".to_string(),
        "/healthz".to_string(),
        "/nowhere".to_string(),
    ];
    for path in paths {
        let body = app.get(&path).await.text();
        for secret in secrets {
            assert!(!body.contains(secret), "{path} shows {secret:?}");
        }
    }
}

#[actix_web::test]
async fn guessing_tokens_is_cut_off_after_twenty_failures() {
    let (app, coord) = app_with_coordinator().await;
    let queue = "/api/v1/moderation/queue";
    for i in 0..20 {
        let wrong = format!("Bearer not-a-token-{i}");
        let res = app.request(Method::GET, queue, &[("Authorization", &wrong)]).await;
        assert_eq!(res.status, 403, "attempt {i}");
    }
    let res = app
        .request(Method::GET, queue, &[("Authorization", "Bearer one-more")])
        .await;
    assert_eq!(res.status, 429, "{}", res.text());
    assert!(
        res.json()["error"]
            .as_str()
            .unwrap_or_default()
            .contains("failed token attempts")
    );
    assert!(res.header("retry-after").is_some());
    // Blocked is blocked: from this address even the right token waits, and so do edit links.
    let right = format!("Bearer {coord}");
    let res = app.request(Method::GET, queue, &[("Authorization", &right)]).await;
    assert_eq!(res.status, 429);
    assert_eq!(app.get("/api/v1/submissions/guessed-edit-token").await.status, 429);
    // Feeds are not affected.
    assert_eq!(app.get("/calendar.ics").await.status, 200);
}

/// Submits action number `i` through a proxy that says it comes from `who`; the status.
async fn submit_as(app: &TestApp, who: &str, i: u32) -> u16 {
    let mut b = submission();
    b["title"] = json!(format!("Vigil number {i}"));
    b["start"] = json!(format!("2027-11-1{i}T18:00"));
    b["end"] = json!(format!("2027-11-1{i}T19:00"));
    app.send_json(Method::POST, "/api/v1/submissions", &[("X-Forwarded-For", who)], &b)
        .await
        .status
}

#[actix_web::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_limit() {
    let app = spawn_with(|s| {
        s.submissions_per_window = 1;
        s.trusted_proxies = vec!["127.0.0.1".parse().expect("ip")];
    })
    .await;
    let campaign = json!({"campaigns": [{"slug": "day-of-solidarity", "name": "Day"}], "events": []});
    app.import(&campaign).expect("campaign");
    assert_eq!(submit_as(&app, "203.0.113.1", 1).await, 201);
    assert_eq!(
        submit_as(&app, "203.0.113.2", 2).await,
        201,
        "another client behind the same proxy"
    );
    assert_eq!(submit_as(&app, "203.0.113.1", 3).await, 429, "the first client again");
    // Without trust, the header is ignored: everyone is the peer.
    let direct = spawn_with(|s| s.submissions_per_window = 1).await;
    direct.import(&campaign).expect("campaign");
    assert_eq!(submit_as(&direct, "198.51.100.1", 4).await, 201);
    assert_eq!(
        submit_as(&direct, "198.51.100.2", 5).await,
        429,
        "a forged header buys no new bucket"
    );
}

/// Tools send back what the API gave them: `PUT` takes the `GET` shape (read-only fields
/// ignored), `PATCH` only the fields that change (`null` removes one), for coordinators and
/// for organisers with their edit link.
#[actix_web::test]
async fn edits_take_the_api_s_own_answers_back_and_patches_change_only_what_is_sent() {
    let (app, coord) = app_with_coordinator().await;
    let auth = bearer(&coord);
    let created = submit(&app, &submission()).await.json();
    let id = created["id"].as_i64().expect("id");
    let edit_api = path_of(created["api_url"].as_str().expect("api_url"));

    // The organiser's own view, changed and sent back whole.
    let mut seen = app.get(&edit_api).await.json();
    seen["event"]["title"] = json!("Vigil for the prisoners, moved");
    let res = app.send_json(Method::PUT, &edit_api, &[], &seen).await;
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.json()["event"]["title"], "Vigil for the prisoners, moved");
    // A patch of one field; the others stay.
    let res = app
        .send_json(Method::PATCH, &edit_api, &[], &json!({"city": "Saida"}))
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let event = &res.json()["event"];
    assert_eq!(
        (event["city"].as_str(), event["start"].as_str()),
        (Some("Saida"), Some("2027-11-29T18:00"))
    );
    assert_eq!(event["title"], "Vigil for the prisoners, moved");

    let approved = app
        .request(
            Method::POST,
            &format!("/api/v1/moderation/submissions/{id}/approve"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text());

    // The public answer, sent back by a coordinator with one change.
    let mut public = app.get(&format!("/api/v1/events/{id}")).await.json();
    let sequence = public["sequence"].as_u64().expect("sequence");
    public["title"] = json!("Vigil for the prisoners, Saida");
    let path = format!("/api/v1/moderation/events/{id}");
    let res = app
        .send_json(Method::PUT, &path, &[("Authorization", &auth)], &public)
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let after = app.get(&format!("/api/v1/events/{id}")).await.json();
    assert_eq!(after["title"], "Vigil for the prisoners, Saida");
    assert_eq!(after["sequence"].as_u64(), Some(sequence + 1));
    assert_eq!(after["online_links"], public["online_links"], "links not doubled");
    // A patch that removes the venue and changes the start; the rest stays, the contact too.
    let res = app
        .send_json(
            Method::PATCH,
            &path,
            &[("Authorization", &auth)],
            &json!({"venue": null, "start": "2027-11-29T19:00", "end": "2027-11-29T20:30"}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let view = res.json();
    assert_eq!(view["venue"], Value::Null);
    assert_eq!(view["start_utc"], "2027-11-29T17:00:00Z");
    assert_eq!(view["title"], "Vigil for the prisoners, Saida");
    assert_eq!(view["organiser_email"], SECRET_EMAIL);
    // A bad field in a patch is refused, naming it, and changes nothing.
    let res = app
        .send_json(
            Method::PATCH,
            &path,
            &[("Authorization", &auth)],
            &json!({"timezone": "Mars/Olympus"}),
        )
        .await;
    assert_eq!(res.status, 422, "{}", res.text());
    assert!(res.text().contains("timezone"), "{}", res.text());
    assert_eq!(
        app.get(&format!("/api/v1/events/{id}")).await.json()["timezone"],
        "Asia/Beirut"
    );
}

/// A body with several mistakes is refused with every one of them, each naming its field.
#[actix_web::test]
async fn every_bad_field_is_told_at_once() {
    let (app, _) = app_with_coordinator().await;
    let res = app
        .send_json(
            Method::POST,
            "/api/v1/submissions",
            &[],
            &json!({"title": "", "start": "2027-11-29T18:00", "timezone": "Mars/Olympus", "country": "XY",
                    "latitude": 95.0, "organiser_email": "nobody"}),
        )
        .await;
    assert_eq!(res.status, 422, "{}", res.text());
    let body = res.json();
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    for field in ["title", "timezone", "country", "latitude", "organiser_email"] {
        assert!(fields.contains(&field), "{field} in {fields:?}");
    }
    assert_eq!(body["field"], "title", "the first stays where it was");
    assert_eq!(app.count("events"), 0);
}
