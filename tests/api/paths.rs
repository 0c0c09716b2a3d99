//! Every answer right on every path (issue 12): the side roads of the publish path, each with
//! the failing input that showed it and its right answer.

use std::io::{Read as _, Write as _};

use awc::http::Method;
use serde_json::{Value, json};

use crate::helpers::{Resp, TestApp, props, spawn_app, spawn_with, unfold};

/// The site-wide policy headers every answer carries.
const POLICY: [&str; 5] = [
    "access-control-allow-origin",
    "access-control-expose-headers",
    "x-content-type-options",
    "referrer-policy",
    "content-security-policy",
];

fn policy(res: &Resp) -> Vec<(String, Option<String>)> {
    POLICY.iter().map(|h| (h.to_string(), res.header(h))).collect()
}

async fn demo_app() -> TestApp {
    let app = spawn_app().await;
    app.import_fixture("demo.json");
    app
}

#[actix_web::test]
async fn every_answer_carries_the_policy_headers_first_cached_304_head_and_errors() {
    let app = demo_app().await;
    let origin = ("Origin", "https://partner.example");
    let public = [
        "/calendar.ics",
        "/calendar.ics?from=2026-01-01",
        "/feed.atom",
        "/campaigns/all-for-palestine.ics",
        "/regions/western-asia.ics",
        "/countries/ps.ics",
        "/events/1.ics",
        "/events/1",
        "/",
        "/campaigns/all-for-palestine",
        "/regions/western-asia",
        "/countries/ps",
        "/subscribe",
        "/embed",
        "/api/v1/events",
        "/api/v1/events?updated_since=0",
        "/api/v1/events/1",
        "/api/v1/campaigns",
        "/api/v1/regions",
        "/api/v1/openapi.json",
        "/healthz",
        "/submit",
        "/static/pages.js",
    ];
    let mut reference: Option<Vec<(String, Option<String>)>> = None;
    for path in public {
        let first = app.request(Method::GET, path, &[origin]).await;
        assert_eq!(first.status, 200, "{path}: {}", first.text());
        let second = app.request(Method::GET, path, &[origin]).await;
        let head = app.request(Method::HEAD, path, &[origin]).await;
        let gzip = app
            .request(Method::GET, path, &[origin, ("Accept-Encoding", "gzip")])
            .await;
        let mut answers = vec![("second", second), ("HEAD", head), ("gzip", gzip)];
        if let Some(tag) = first.header("etag") {
            let not_modified = app.request(Method::GET, path, &[origin, ("If-None-Match", &tag)]).await;
            assert_eq!(not_modified.status, 304, "{path}");
            answers.push(("304", not_modified));
        }
        for (name, res) in &answers {
            // The widget has its own CSP (framable by partners); everything else is equal.
            assert_eq!(
                policy(res),
                policy(&first),
                "{path}: the {name} answer differs from the first"
            );
        }
        for (header, value) in policy(&first) {
            assert!(value.is_some(), "{path}: no {header}");
        }
        if path != "/embed" {
            let p = policy(&first);
            match &reference {
                None => reference = Some(p),
                Some(r) => assert_eq!(&p, r, "{path}: a different policy"),
            }
        }
    }
    // Errors, as JSON and as browser pages, and the refusal made in front of routing.
    let long = format!("/?tag={}", "x".repeat(3000));
    type Headers<'a> = &'a [(&'a str, &'a str)];
    let errors: [(&str, Headers, u16); 7] = [
        ("/nowhere", &[], 404),
        ("/nowhere", &[("Accept", "text/html")], 404),
        ("/calendar.ics?tag=unknown-tag", &[], 400),
        ("/?region=atlantis", &[("Accept", "text/html")], 400),
        ("/api/v1/events/999999", &[], 404),
        (&long, &[], 400),
        (&long, &[("Accept", "text/html")], 400),
    ];
    for (path, headers, status) in errors {
        let mut with_origin = headers.to_vec();
        with_origin.push(origin);
        for _ in 0..2 {
            let res = app.request(Method::GET, path, &with_origin).await;
            assert_eq!(res.status, status, "{path}: {}", res.text());
            assert_eq!(Some(policy(&res)), reference, "{path} ({status})");
        }
    }
    // The widget's error page shows inside a partner's frame: it keeps the widget's policy.
    let framed = app
        .request(Method::GET, "/embed?region=atlantis", &[("Accept", "text/html")])
        .await;
    assert_eq!(framed.status, 400);
    assert!(
        framed
            .header("content-security-policy")
            .unwrap_or_default()
            .contains("frame-ancestors *"),
        "{:?}",
        framed.headers
    );
    let page = app.request(Method::GET, &long, &[("Accept", "text/html")]).await;
    assert!(
        page.header("content-type").unwrap_or_default().starts_with("text/html"),
        "front's refusal is an HTML page for a browser too"
    );
}

#[actix_web::test]
async fn a_304_is_only_for_the_tag_of_the_representation_that_would_be_sent() {
    let app = demo_app().await;
    let plain = app.get("/calendar.ics").await;
    let gz = app
        .request(Method::GET, "/calendar.ics", &[("Accept-Encoding", "gzip")])
        .await;
    let (plain_tag, gz_tag) = (plain.header("etag").unwrap(), gz.header("etag").unwrap());
    assert_ne!(plain_tag, gz_tag, "one tag per representation");
    // The identity tag with gzip accepted: the gzip representation is sent, in full.
    let res = app
        .request(
            Method::GET,
            "/calendar.ics",
            &[("Accept-Encoding", "gzip"), ("If-None-Match", &plain_tag)],
        )
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(res.header("etag"), Some(gz_tag.clone()));
    assert_eq!(res.header("content-encoding").as_deref(), Some("gzip"));
    // And the other way round.
    let res = app
        .request(Method::GET, "/calendar.ics", &[("If-None-Match", &gz_tag)])
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(res.header("etag"), Some(plain_tag.clone()));
    // Each tag with its own representation: 304, carrying the tag the client sent.
    for (tag, headers) in [(&plain_tag, vec![]), (&gz_tag, vec![("Accept-Encoding", "gzip")])] {
        let mut h = headers.clone();
        h.push(("If-None-Match", tag.as_str()));
        let res = app.request(Method::GET, "/calendar.ics", &h).await;
        assert_eq!(res.status, 304);
        assert_eq!(res.header("etag").as_ref(), Some(tag));
        let weak = format!("W/{tag}, \"other\"");
        h.pop();
        h.push(("If-None-Match", weak.as_str()));
        assert_eq!(
            app.request(Method::GET, "/calendar.ics", &h).await.status,
            304,
            "weak comparison"
        );
    }
}

/// Sends `request` as raw bytes to `address` and returns the whole answer as text.
async fn raw(address: &str, request: String) -> String {
    let addr = address.trim_start_matches("http://").to_string();
    actix_web::rt::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(addr).expect("connects");
        stream.write_all(request.as_bytes()).expect("sent");
        let mut out = Vec::new();
        stream.read_to_end(&mut out).expect("read");
        String::from_utf8_lossy(&out).into_owned()
    })
    .await
    .expect("joined")
}

#[actix_web::test]
async fn links_come_from_the_configured_origin_never_from_the_request() {
    let app = demo_app().await;
    for path in [
        "/calendar.ics",
        "/feed.atom",
        "/events/1.ics",
        "/api/v1/events?limit=1",
        "/",
        "/subscribe",
    ] {
        // An absolute-form request target (RFC 9112 §3.2.2) and forged forwarding headers.
        let request = format!(
            "GET http://evil.example{path} HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\nForwarded: host=evil.example\r\nConnection: close\r\n\r\n"
        );
        let answer = raw(&app.address, request).await;
        assert!(answer.starts_with("HTTP/1.1 200"), "{path}: {answer}");
        assert!(
            !answer.contains("evil.example"),
            "{path}: the request's authority leaked"
        );
        // And what was cached for everyone after that request.
        let again = app.get(path).await;
        assert!(
            !again.text().contains("evil.example"),
            "{path}: cached with the request's authority"
        );
        assert!(
            again.text().contains("http://calendar.test"),
            "{path}: links from --base-url"
        );
    }
    let feed = app.get("/calendar.ics").await.text();
    assert!(
        props(&feed, "SOURCE")
            .iter()
            .all(|s| s.contains(":http://calendar.test/calendar.ics")),
        "{feed}"
    );
}

#[actix_web::test]
async fn pages_and_the_widget_take_every_filter_the_feeds_take() {
    let app = demo_app().await;
    let page = app.get("/?from=2026-11-27&to=2026-11-30").await;
    assert_eq!(page.status, 200, "{}", page.text());
    let html = page.text();
    assert!(html.contains("2026-11-29") || html.contains("29"), "the days asked for");
    assert!(
        html.contains(r#"type="text/calendar" href="http://calendar.test/calendar.ics""#),
        "the alternate feed follows every date, not the days shown: {html}"
    );
    let html = app
        .get("/?from=2026-11-27&to=2026-11-30&campaign=all-for-palestine")
        .await
        .text();
    assert!(
        html.contains(r#"type="text/calendar" href="http://calendar.test/calendar.ics?campaign=all-for-palestine""#),
        "{html}"
    );
    // A `to` before the first day shown is refused plainly.
    let res = app.get("/?to=2000-01-01").await;
    assert_eq!(res.status, 400);
    assert_eq!(res.json()["field"], "to");
    let embed = app
        .get("/embed?campaign=all-for-palestine&from=2026-11-23&to=2026-12-31")
        .await;
    assert_eq!(embed.status, 200, "{}", embed.text());
    assert!(
        embed.text().contains("29"),
        "the widget lists the campaign's actions in those dates"
    );
    // A scoped page's Atom link keeps its scope, and its filters: the Atom twin of its .ics.
    let html = app.get("/regions/western-asia?lang=ar").await.text();
    assert!(
        html.contains(r#"type="application/atom+xml" href="http://calendar.test/regions/western-asia.atom?lang=ar""#),
        "{html}"
    );
    assert!(
        html.contains(r#"type="text/calendar" href="http://calendar.test/regions/western-asia.ics?lang=ar""#),
        "{html}"
    );
    for (path, expected) in [
        ("/campaigns/all-for-palestine", "/campaigns/all-for-palestine.atom"),
        ("/countries/ps", "/countries/ps.atom"),
        ("/", "/feed.atom"),
    ] {
        let html = app.get(path).await.text();
        assert!(
            html.contains(&format!("http://calendar.test{expected}\"")),
            "{path}: {html}"
        );
    }
    // Each Atom twin holds what its .ics holds (the upcoming part), even when the query repeats
    // the scope's kind of filter: an intersection no single filter could say.
    for (scoped, query) in [
        ("/regions/western-asia", "?lang=ar&from=2026-11-01"),
        ("/regions/europe", "?region=western-asia&from=2026-11-01"),
        ("/regions/asia", "?region=western-asia&from=2026-11-01"),
        (
            "/campaigns/all-for-palestine",
            "?campaign=all-out-for-palestine&from=2026-11-01",
        ),
        ("/countries/ps", "?from=2026-11-01"),
    ] {
        let ics = app.get(&format!("{scoped}.ics{query}")).await.text();
        let atom = app.get(&format!("{scoped}.atom{query}")).await;
        assert_eq!(atom.status, 200, "{scoped}.atom{query}");
        let feed = atom.text().parse::<atom_syndication::Feed>().expect("Atom");
        assert_eq!(
            feed.entries().len(),
            ics.matches("BEGIN:VEVENT").count(),
            "{scoped}{query}"
        );
    }
    // So is a range longer than a page shows, while the feeds take it.
    let res = app.get("/?from=2026-01-01&to=2026-12-31").await;
    assert_eq!(res.status, 400);
    assert!(res.json()["error"].as_str().unwrap_or_default().contains("at most"));
    assert_eq!(app.get("/calendar.ics?from=2026-01-01&to=2026-12-31").await.status, 200);
}

fn actions(n: usize, prefix: &str, start: &str) -> Value {
    let events: Vec<Value> = (0..n)
        .map(|i| {
            json!({"uid": format!("{prefix}-{i}@test"), "title": format!("{prefix} march {i}"),
                "start": start, "timezone": "Europe/Madrid", "country": "ES", "city": "Madrid"})
        })
        .collect();
    json!({ "events": events })
}

fn import_at(app: &TestApp, file: &Value, now: i64) {
    let store = actioncal::store::Store::open(&app.db).expect("store");
    actioncal::service::import::import_bytes(&store, file.to_string().as_bytes(), now, |_| {}).expect("imports");
}

/// Follows `next_url` from `start` to the last page; returns every entry and the last cursor.
async fn sync(app: &TestApp, start: &str) -> (Vec<Value>, String) {
    let mut url = format!("/api/v1/events?limit=50&updated_since={start}");
    let mut seen = Vec::new();
    loop {
        let page = app.get(&url).await.json();
        seen.extend(page["events"].as_array().expect("events").iter().cloned());
        match page["next_url"].as_str() {
            Some(next) => url = next.trim_start_matches("http://calendar.test").to_string(),
            None => return (seen, page["next_since"].as_str().expect("next_since").to_string()),
        }
    }
}

#[actix_web::test]
async fn the_sync_cursor_never_skips_a_change_committed_late() {
    let app = spawn_app().await;
    let (_, start) = sync(&app, "0").await;
    // A small import commits first, stamped "now"...
    import_at(&app, &actions(1, "small", "2027-05-01T12:00"), 2_000_000_000);
    let (first, cursor) = sync(&app, &start).await;
    assert_eq!(first.len(), 1);
    // ...then a long import commits its rows, stamped with the time it started, earlier.
    import_at(&app, &actions(120, "big", "2027-05-02T12:00"), 1_999_999_000);
    let (later, next) = sync(&app, &cursor).await;
    assert_eq!(later.len(), 120, "the late commit is after the cursor");
    assert!(later.iter().all(|e| e["uid"].as_str().unwrap().starts_with("big-")));
    // A tool that keeps times gets them too: the time of the small import's change.
    let (by_time, _) = sync(&app, "2033-05-18T03:33:20Z").await;
    assert!(by_time.len() >= 121, "{}", by_time.len());
    // Nothing new: an empty page, and the same cursor.
    let (none, same) = sync(&app, &next).await;
    assert!(none.is_empty());
    assert_eq!(same, next);
    // Removals appear as tombstones.
    let c = rusqlite::Connection::open(&app.db).expect("db");
    c.execute("UPDATE events SET removed = 1 WHERE uid = 'big-3@test'", [])
        .expect("removed");
    c.execute("DELETE FROM events WHERE uid = 'big-4@test'", [])
        .expect("deleted");
    let (gone, _) = sync(&app, &next).await;
    assert_eq!(gone.len(), 2, "{gone:?}");
    for t in &gone {
        assert_eq!(t["removed"], true);
        assert!(
            t["id"].is_i64() && t["changed_at"].as_str().unwrap().ends_with('Z'),
            "{t}"
        );
        assert_eq!(t.as_object().unwrap().len(), 4, "a tombstone says nothing more: {t}");
    }
    let uids: Vec<&str> = gone.iter().map(|t| t["uid"].as_str().unwrap()).collect();
    assert_eq!(uids, ["big-3@test", "big-4@test"]);
    // A filtered mirror learns that an action left its selection: moved from Spain to France,
    // it comes to the Spanish mirror as a tombstone, to the French one as the action.
    let (_, es_cursor) = sync(&app, "0&country=es").await;
    import_at(
        &app,
        &json!({"events": [{"uid": "big-5@test", "title": "big march 5", "start": "2027-05-02T12:00",
            "timezone": "Europe/Paris", "country": "FR", "city": "Paris"}]}),
        2_000_000_100,
    );
    let (es, _) = sync(&app, &format!("{es_cursor}&country=es")).await;
    assert_eq!(es.len(), 1, "{es:?}");
    assert_eq!(
        (es[0]["uid"].as_str(), es[0]["removed"].as_bool()),
        (Some("big-5@test"), Some(true))
    );
    let (fr, _) = sync(&app, &format!("{es_cursor}&country=fr")).await;
    assert_eq!(
        (fr[0]["uid"].as_str(), fr[0]["country"].as_str()),
        (Some("big-5@test"), Some("FR"))
    );
    // A cursor from another history (kept across a restore from an older backup) gets the
    // store's own back, never its own echoed.
    let ahead = app.get("/api/v1/events?updated_since=999999999").await.json();
    assert!(ahead["next_since"].as_str().unwrap().parse::<i64>().unwrap() < 999_999_999);
    // A bad cursor is refused with what is allowed.
    let res = app.get("/api/v1/events?updated_since=yesterday").await;
    assert_eq!(res.status, 400);
    assert!(res.json()["error"].as_str().unwrap().contains("next_since"));
}

fn a_submission(title: &str) -> Value {
    json!({
        "title": title, "start": "2027-06-05T18:00", "end": "2027-06-05T19:30",
        "timezone": "Europe/Dublin", "country": "IE", "city": "Cork", "organiser_email": "o@example.org",
        "confirm": ["zone_not_in_country", "night_time", "in_the_past", "far_ahead", "possible_duplicate"]
    })
}

#[actix_web::test]
async fn private_writes_move_no_public_metadata_and_leave_no_trace_in_sync() {
    let app = demo_app().await;
    let feed = app.get("/calendar.ics").await;
    let health = app.get("/healthz").await.json();
    let (_, cursor) = sync(&app, "0").await;
    let res = app
        .send_json(Method::POST, "/api/v1/submissions", &[], &a_submission("Vigil in Cork"))
        .await;
    assert_eq!(res.status, 201, "{}", res.text());
    let token = res.json()["edit_url"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let mut edited = a_submission("Vigil in Cork, with candles");
    edited["description"] = json!("Bring candles.");
    let res = app
        .send_json(Method::PUT, &format!("/api/v1/submissions/{token}"), &[], &edited)
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let again = app.get("/calendar.ics").await;
    assert_eq!(again.header("last-modified"), feed.header("last-modified"));
    assert_eq!(again.header("etag"), feed.header("etag"));
    assert_eq!(app.get("/healthz").await.json()["revision"], health["revision"]);
    let (changes, same) = sync(&app, &cursor).await;
    assert!(
        changes.is_empty(),
        "a pending submission is no public change: {changes:?}"
    );
    assert_eq!(same, cursor);
}

#[actix_web::test]
async fn a_duplicate_warning_names_only_published_actions() {
    let app = spawn_app().await;
    let first = app
        .send_json(
            Method::POST,
            "/api/v1/submissions",
            &[],
            &a_submission("Vigil for Gaza"),
        )
        .await;
    assert_eq!(first.status, 201);
    let mut second = a_submission("Vigil for Gaza at the harbour");
    second["confirm"] = json!(["zone_not_in_country", "night_time", "in_the_past", "far_ahead"]);
    let res = app.send_json(Method::POST, "/api/v1/submissions", &[], &second).await;
    assert_eq!(
        res.status,
        201,
        "a pending action is no duplicate to warn about: {}",
        res.text()
    );
    assert!(!res.text().contains("possible_duplicate"), "{}", res.text());
    // Once published, the same input is warned about.
    let id = first.json()["id"].as_i64().unwrap();
    let c = rusqlite::Connection::open(&app.db).expect("db");
    c.execute("UPDATE events SET moderation = 'published' WHERE id = ?1", [id])
        .expect("published");
    let mut third = a_submission("Vigil for Gaza in Cork");
    third["confirm"] = json!(["zone_not_in_country", "night_time", "in_the_past", "far_ahead"]);
    let res = app.send_json(Method::POST, "/api/v1/submissions", &[], &third).await;
    assert_eq!(res.status, 422, "{}", res.text());
    assert!(res.text().contains("possible_duplicate"), "{}", res.text());
    assert!(
        res.text().contains(&format!("(id {id})")),
        "names the published one: {}",
        res.text()
    );
}

#[actix_web::test]
async fn concurrent_submissions_all_land_and_a_long_writer_means_wait_or_503() {
    let app = spawn_with(|s| s.store.busy_timeout = Some(std::time::Duration::from_millis(4000))).await;
    let clients: Vec<_> = (0..2)
        .map(|n| {
            let address = app.address.clone();
            actix_web::rt::spawn(async move {
                let app = TestApp {
                    address,
                    db: Default::default(),
                    dir: tempfile::tempdir().expect("dir"),
                };
                let mut created = 0;
                for i in 0..100 {
                    let res = app
                        .send_json(
                            Method::POST,
                            "/api/v1/submissions",
                            &[],
                            &a_submission(&format!("Picket {n}-{i} at the port")),
                        )
                        .await;
                    assert_eq!(res.status, 201, "{}", res.text());
                    created += 1;
                }
                created
            })
        })
        .collect();
    // Meanwhile another process holds the store in long write transactions, shorter than the
    // bound: every submission waits its turn.
    let db = app.db.clone();
    let writer = std::thread::spawn(move || {
        let mut c = rusqlite::Connection::open(&db).expect("db");
        for _ in 0..3 {
            let tx = c
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .expect("lock");
            tx.execute("UPDATE meta SET revised_at = revised_at", [])
                .expect("write");
            std::thread::sleep(std::time::Duration::from_millis(600));
            tx.commit().expect("commit");
            std::thread::sleep(std::time::Duration::from_millis(300));
        }
    });
    // And real imports at the same time, as `actioncal import` runs them from another
    // process: checking, then one write transaction each.
    let db = app.db.clone();
    let importer = std::thread::spawn(move || {
        let store = actioncal::store::Store::open(&db).expect("store");
        let mut inserted = 0;
        for round in 0..3 {
            let file = actions(500, &format!("concurrent-{round}"), "2027-05-03T12:00").to_string();
            inserted += actioncal::service::import::import_bytes(&store, file.as_bytes(), 1_900_000_000, |_| {})
                .expect("the import lands too")
                .events
                .inserted;
        }
        inserted
    });
    let mut created = 0;
    for c in clients {
        created += c.await.expect("client");
    }
    writer.join().expect("writer");
    let imported = importer.join().expect("importer");
    assert_eq!(created, 200);
    assert_eq!(imported, 1500);
    assert_eq!(app.count("events WHERE moderation = 'published'"), 1500);
    assert_eq!(
        app.count("events WHERE moderation = 'pending'"),
        200,
        "every acknowledged write is there"
    );
    // Held past the bound: 503 with Retry-After, nothing written, nothing counted.
    let mut c = rusqlite::Connection::open(&app.db).expect("db");
    let tx = c
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .expect("lock");
    let res = app
        .send_json(Method::POST, "/api/v1/submissions", &[], &a_submission("Too late"))
        .await;
    tx.rollback().expect("released");
    assert_eq!(res.status, 503, "{}", res.text());
    assert!(res.header("retry-after").is_some());
    assert!(res.json()["error"].as_str().unwrap().contains("busy"));
    assert_eq!(app.count("events"), 1700);
}

#[actix_web::test]
async fn failed_submissions_never_use_up_the_limit() {
    let app = spawn_with(|s| s.submissions_per_window = 2).await;
    let mut bad = a_submission("Vigil");
    bad["timezone"] = json!("Mars/Olympus");
    for _ in 0..5 {
        let res = app.send_json(Method::POST, "/api/v1/submissions", &[], &bad).await;
        assert_eq!(res.status, 422);
    }
    let mut unconfirmed = a_submission("Vigil");
    unconfirmed["confirm"] = json!([]);
    unconfirmed["start"] = json!("2027-06-05T03:00");
    unconfirmed["end"] = json!("2027-06-05T04:00");
    let res = app
        .send_json(Method::POST, "/api/v1/submissions", &[], &unconfirmed)
        .await;
    assert_eq!(res.status, 422, "a warning to confirm: {}", res.text());
    for i in 0..2 {
        let res = app
            .send_json(
                Method::POST,
                "/api/v1/submissions",
                &[],
                &a_submission(&format!("Vigil {i}")),
            )
            .await;
        assert_eq!(res.status, 201, "{}", res.text());
    }
    let res = app
        .send_json(Method::POST, "/api/v1/submissions", &[], &a_submission("One more"))
        .await;
    assert_eq!(res.status, 429);
}

#[test]
fn an_import_that_finishes_leaves_no_write_ahead_log_behind() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("s.db");
    let file = dir.path().join("big.json");
    std::fs::write(&file, actions(3000, "wal", "2027-05-01T12:00").to_string()).expect("file");
    // A reader holds the store open, as a running server does.
    let store = actioncal::store::Store::open(&db).expect("store");
    let (ok, out, err) =
        crate::helpers::actioncal(&["import", "--db", &db.display().to_string(), &file.display().to_string()]);
    assert!(ok, "{out} {err}");
    let wal = std::fs::metadata(dir.path().join("s.db-wal"))
        .map(|m| m.len())
        .unwrap_or(0);
    assert_eq!(wal, 0, "the log was checkpointed and truncated");
    drop(store);
}

#[actix_web::test]
async fn text_is_valid_in_every_output() {
    let app = spawn_app().await;
    app.import(&json!({"events": [{
        "uid": "chars@test", "title": "March\u{2028}today \u{FFFF}for\u{202E} Gaza",
        "description": "One\u{2029}Two\u{FFFE}", "start": "2027-05-01T12:00",
        "timezone": "Europe/Madrid", "country": "ES", "city": "Madrid\u{FDD0}"
    }]}))
    .expect("imports");
    let json = app.get("/api/v1/events?from=2027-01-01").await.json();
    assert_eq!(json["events"][0]["title"], "March today for Gaza");
    assert_eq!(json["events"][0]["description"], "One\n\nTwo");
    assert_eq!(json["events"][0]["city"], "Madrid");
    let ics = app.get("/calendar.ics?from=2027-01-01").await.text();
    assert!(unfold(&ics).contains("SUMMARY:March today for Gaza\r\n"), "{ics}");
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    let atom = app.get("/feed.atom?from=2027-01-01").await.text();
    assert!(
        atom.parse::<atom_syndication::Feed>().is_ok(),
        "well-formed Atom: {atom}"
    );
    assert!(atom.contains("March today for Gaza"));
    let html = app.get("/events/1").await.text();
    assert!(html.contains("March today for Gaza"));
    for out in [&ics, &atom, &html] {
        assert!(
            !out.contains(['\u{FFFF}', '\u{FFFE}', '\u{2028}', '\u{2029}', '\u{202E}', '\u{FDD0}']),
            "{out}"
        );
    }
}

#[actix_web::test]
async fn a_series_across_a_clock_change_is_refused_with_the_first_bad_date() {
    let app = spawn_app().await;
    let mut series = a_submission("Daily vigil");
    series["timezone"] = json!("Europe/Berlin");
    series["country"] = json!("DE");
    series["city"] = json!("Berlin");
    series["start"] = json!("2027-03-26T02:30");
    series["end"] = json!("2027-03-26T03:30");
    series["recurrence"] = json!("FREQ=DAILY;COUNT=4");
    let res = app.send_json(Method::POST, "/api/v1/submissions", &[], &series).await;
    assert_eq!(res.status, 422, "{}", res.text());
    let body = res.json();
    assert_eq!(body["field"], "recurrence");
    let message = body["error"].as_str().unwrap();
    assert!(
        message.contains("2027-03-28") && message.contains("02:00") && message.contains("03:00"),
        "{message}"
    );
    assert_eq!(app.count("events"), 0, "nothing written");
    let file = json!({"events": [{"uid": "dst@test", "title": "Daily vigil", "start": "2027-03-26T02:30",
        "timezone": "Europe/Berlin", "country": "DE", "recurrence": "FREQ=DAILY;COUNT=4"}]});
    let err = app.import(&file).expect_err("refused").to_string();
    assert!(err.contains("2027-03-28"), "{err}");
}

#[actix_web::test]
async fn an_organisers_change_to_a_published_action_waits_for_a_coordinator() {
    let (app, token) = crate::helpers::app_with_coordinator().await;
    let auth = format!("Bearer {token}");
    let mut body = a_submission("Vigil at the town hall");
    body["online_url"] = json!("https://meet.example.org/vigil");
    let res = app.send_json(Method::POST, "/api/v1/submissions", &[], &body).await;
    assert_eq!(res.status, 201, "{}", res.text());
    let created = res.json();
    let id = created["id"].as_i64().unwrap();
    let edit = created["api_url"]
        .as_str()
        .unwrap()
        .trim_start_matches("http://calendar.test")
        .to_string();
    let approve = format!("/api/v1/moderation/submissions/{id}/approve");
    let res = app.request(Method::POST, &approve, &[("Authorization", &auth)]).await;
    assert_eq!(res.status, 200, "{}", res.text());
    let public = format!("/api/v1/events/{id}");
    let published = app.get(&public).await;
    let feed = app.get(&format!("/events/{id}.ics")).await;

    // The edit link changes title, time and online link: nothing public moves.
    let mut changed = body.clone();
    changed["title"] = json!("Vigil moved to the harbour");
    changed["start"] = json!("2027-06-05T20:00");
    changed["end"] = json!("2027-06-05T21:00");
    changed["online_url"] = json!("https://evil.example/phish");
    let res = app.send_json(Method::PUT, &edit, &[], &changed).await;
    assert_eq!(res.status, 200, "{}", res.text());
    let view = res.json();
    assert_eq!(
        view["event"]["title"], "Vigil at the town hall",
        "the organiser sees what is published"
    );
    assert_eq!(view["proposed_edit"]["state"], "pending");
    assert_eq!(view["proposed_edit"]["proposal"]["title"], "Vigil moved to the harbour");
    assert!(view["proposed_edit"]["proposal"].get("organiser_email").is_none());
    let still = app.get(&public).await;
    assert_eq!(still.bytes, published.bytes, "the published action is unchanged");
    let still = app.get(&format!("/events/{id}.ics")).await;
    assert_eq!(still.header("etag"), feed.header("etag"));
    assert!(!still.text().contains("evil.example"));

    // Coordinators see it with its diff.
    let res = app
        .request(Method::GET, "/api/v1/moderation/edits", &[("Authorization", &auth)])
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let edits = res.json()["edits"].clone();
    assert_eq!(edits.as_array().map(Vec::len), Some(1), "{edits}");
    let fields: Vec<&str> = edits[0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["end", "online_url", "start", "title"], "{edits}");
    assert_eq!(edits[0]["changes"][3]["before"], "Vigil at the town hall");
    assert_eq!(edits[0]["current"]["organiser_email"], "o@example.org");
    let queue = app
        .request(Method::GET, "/api/v1/moderation/queue", &[("Authorization", &auth)])
        .await
        .json();
    assert_eq!(queue["edits"].as_array().map(Vec::len), Some(1));

    // Refused: the organiser sees why, the published version stays.
    let reject = format!("/api/v1/moderation/edits/{id}/reject");
    let res = app
        .send_json(
            Method::POST,
            &reject,
            &[("Authorization", &auth)],
            &json!({"reason": "That link is not the organisers'."}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let view = app.get(&edit).await.json();
    assert_eq!(view["proposed_edit"]["state"], "rejected");
    assert_eq!(view["proposed_edit"]["reason"], "That link is not the organisers'.");
    assert_eq!(app.get(&public).await.bytes, published.bytes);
    let res = app
        .request(
            Method::POST,
            &format!("/api/v1/moderation/edits/{id}/approve"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(res.status, 404, "nothing waits any more");

    // Proposed again without the link, and accepted: public at once, SEQUENCE up.
    changed["online_url"] = json!("https://meet.example.org/vigil");
    let res = app.send_json(Method::PUT, &edit, &[], &changed).await;
    assert_eq!(res.json()["proposed_edit"]["state"], "pending");
    let res = app
        .request(
            Method::POST,
            &format!("/api/v1/moderation/edits/{id}/approve"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let now_public = app.get(&public).await.json();
    assert_eq!(now_public["title"], "Vigil moved to the harbour");
    assert_eq!(now_public["start"], "2027-06-05T20:00");
    assert!(now_public["sequence"].as_u64() > published.json()["sequence"].as_u64());
    assert!(app.get(&edit).await.json()["proposed_edit"].is_null());

    // The organiser may still cancel at once.
    let res = app.request(Method::POST, &format!("{edit}/cancel"), &[]).await;
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(app.get(&public).await.json()["status"], "cancelled");
    let log = app
        .request(Method::GET, "/api/v1/moderation/log", &[("Authorization", &auth)])
        .await
        .json();
    let actions: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for a in ["propose-edit", "reject-edit", "approve-edit", "cancel"] {
        assert!(actions.contains(&a), "{a} in the audit log: {actions:?}");
    }
}

#[actix_web::test]
async fn an_online_action_can_be_joined_from_every_calendar() {
    let app = spawn_app().await;
    app.import(&json!({"events": [
        {"uid": "online@test", "title": "Solidarity call", "description": "Speakers from Gaza and Madrid.",
         "start": "2027-05-01T18:00", "timezone": "Europe/Madrid",
         "online_url": "https://zoom.example.org/j/123",
         "online_links": [{"label": "Zoom", "url": "https://zoom.example.org/j/123"},
                          "Facebook Live: https://facebook.example.org/live?v=1;x,y",
                          {"label": "Radio \"Sawt\"; 24/7", "url": "https://radio.example.org/"}]},
        {"uid": "hybrid@test", "title": "March and stream", "start": "2027-05-02T12:00",
         "timezone": "Europe/Madrid", "country": "ES", "city": "Madrid",
         "online_url": "https://stream.example.org/march"}
    ]}))
    .expect("imports");
    let id = |uid: &str| {
        let c = rusqlite::Connection::open(&app.db).expect("db");
        c.query_row("SELECT id FROM events WHERE uid = ?1", [uid], |r| r.get::<_, i64>(0))
            .expect("id")
    };
    let (online, hybrid) = (id("online@test"), id("hybrid@test"));
    let ics = app.get("/calendar.ics?from=2027-01-01").await.text();
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    for (reader, read) in [
        ("ical.js", crate::helpers::icaljs(&ics)),
        ("Python icalendar", crate::helpers::python_icalendar(&ics)),
    ] {
        let e = &read["online@test"];
        let description = e["description"].as_str().unwrap_or_default();
        for expected in [
            "Speakers from Gaza and Madrid.",
            "Zoom: https://zoom.example.org/j/123",
            "Facebook Live: https://facebook.example.org/live?v=1;x,y",
            "Radio \"Sawt\"; 24/7: https://radio.example.org/",
            &format!("Details: http://calendar.test/events/{online}"),
        ] {
            assert!(
                description.contains(expected),
                "{reader}: {expected:?} in {description:?}"
            );
        }
        assert_eq!(
            e["location"], "https://zoom.example.org/j/123",
            "{reader}: where Google and Outlook look"
        );
        assert_eq!(
            e["conferences"],
            json!([
                ["Zoom", "https://zoom.example.org/j/123"],
                ["Facebook Live", "https://facebook.example.org/live?v=1;x,y"],
                ["Radio \"Sawt\"; 24/7", "https://radio.example.org/"]
            ]),
            "{reader}"
        );
        let h = &read["hybrid@test"];
        assert_eq!(h["location"], "Madrid, Spain", "{reader}: a place stays the place");
        let d = h["description"].as_str().unwrap_or_default();
        assert!(
            d.contains("Join online: https://stream.example.org/march")
                && d.contains(&format!("Details: http://calendar.test/events/{hybrid}")),
            "{reader}: {d:?}"
        );
    }
    // The API and the pages carry every link; online_url stays the first.
    let view = app.get(&format!("/api/v1/events/{online}")).await.json();
    assert_eq!(view["online_url"], "https://zoom.example.org/j/123");
    assert_eq!(view["online_links"].as_array().map(Vec::len), Some(3));
    assert_eq!(view["online_links"][1]["label"], "Facebook Live");
    let atom = app.get("/feed.atom?from=2027-01-01").await.text();
    let feed = atom.parse::<atom_syndication::Feed>().expect("well-formed Atom");
    let entry = feed
        .entries()
        .iter()
        .find(|e| e.id().ends_with(&format!("/events/{online}")))
        .expect("entry");
    let related: Vec<(Option<&str>, &str)> = entry
        .links()
        .iter()
        .filter(|l| l.rel() == "related")
        .map(|l| (l.title(), l.href()))
        .collect();
    assert_eq!(related.len(), 3, "{atom}");
    assert_eq!(
        related[1],
        (Some("Facebook Live"), "https://facebook.example.org/live?v=1;x,y")
    );
    let page = app.get(&format!("/events/{online}")).await.text();
    assert!(page.contains("https://facebook.example.org/live?v=1;x,y") && page.contains("Facebook Live"));
    // Submitted with the form's lines.
    let mut sub = a_submission("Call with the prisoners' families");
    sub["online_links"] = json!(["Jitsi: https://meet.example.org/families", "https://live.example.org/x"]);
    let res = app.send_json(Method::POST, "/api/v1/submissions", &[], &sub).await;
    assert_eq!(res.status, 201, "{}", res.text());
    // Its edit page holds every link in the textarea, one per line, so each can be changed or
    // removed (the single-link input stays empty).
    let edit = res.json()["edit_url"]
        .as_str()
        .unwrap()
        .trim_start_matches("http://calendar.test")
        .to_string();
    let html = app.get(&edit).await.text();
    assert!(
        html.contains("Jitsi: https://meet.example.org/families\nhttps://live.example.org/x</textarea>"),
        "{html}"
    );
    assert!(html.contains(r#"name="online_url" type="url" value="""#), "{html}");
    let mut bad = a_submission("Call");
    bad["online_links"] = json!(["Zoom at the usual place"]);
    let res = app.send_json(Method::POST, "/api/v1/submissions", &[], &bad).await;
    assert_eq!(res.status, 422);
    assert_eq!(res.json()["field"], "online_links");
}

#[actix_web::test]
async fn what_a_coordinator_approves_is_what_they_reviewed() {
    let (app, token) = crate::helpers::app_with_coordinator().await;
    let auth = format!("Bearer {token}");
    let res = app
        .send_json(
            Method::POST,
            "/api/v1/submissions",
            &[],
            &a_submission("Vigil at the town hall"),
        )
        .await;
    let created = res.json();
    let id = created["id"].as_i64().unwrap();
    let edit = created["api_url"]
        .as_str()
        .unwrap()
        .trim_start_matches("http://calendar.test")
        .to_string();
    let queue = app
        .request(Method::GET, "/api/v1/moderation/queue", &[("Authorization", &auth)])
        .await
        .json();
    let reviewed = queue["submissions"][0]["sequence"].as_u64().unwrap();
    // The organiser swaps the content after the coordinator looked.
    let res = app
        .send_json(
            Method::PUT,
            &edit,
            &[],
            &a_submission("Swapped after review: spam.example"),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let approve = |sequence: u64| format!("/api/v1/moderation/submissions/{id}/approve?sequence={sequence}");
    let res = app
        .request(Method::POST, &approve(reviewed), &[("Authorization", &auth)])
        .await;
    assert_eq!(res.status, 409, "{}", res.text());
    assert!(res.json()["error"].as_str().unwrap().contains("review it again"));
    assert_eq!(
        app.get(&format!("/api/v1/events/{id}")).await.status,
        404,
        "nothing published"
    );
    let res = app
        .request(Method::POST, &approve(reviewed + 1), &[("Authorization", &auth)])
        .await;
    assert_eq!(res.status, 200, "{}", res.text());

    // The same for a proposed change replaced after review.
    let mut first = a_submission("Vigil at the town hall, moved to the square");
    first["confirm"] = json!([
        "zone_not_in_country",
        "night_time",
        "in_the_past",
        "far_ahead",
        "possible_duplicate"
    ]);
    assert_eq!(app.send_json(Method::PUT, &edit, &[], &first).await.status, 200);
    let edits = app
        .request(Method::GET, "/api/v1/moderation/edits", &[("Authorization", &auth)])
        .await
        .json();
    let version = edits["edits"][0]["version"].as_str().unwrap().to_string();
    let second = a_submission("Second swap: spam.example");
    assert_eq!(app.send_json(Method::PUT, &edit, &[], &second).await.status, 200);
    let approve_edit = format!("/api/v1/moderation/edits/{id}/approve?version={version}");
    let res = app
        .request(Method::POST, &approve_edit, &[("Authorization", &auth)])
        .await;
    assert_eq!(res.status, 409, "{}", res.text());
    assert_eq!(
        app.get(&format!("/api/v1/events/{id}")).await.json()["title"],
        "Swapped after review: spam.example",
        "the published version stays"
    );
}

#[actix_web::test]
async fn a_body_over_the_limit_is_refused_in_the_shape_of_every_other_error() {
    let app = spawn_app().await;
    let big = vec![b'a'; 70 * 1024];
    for (accept, kind) in [("text/html", "text/html"), ("*/*", "application/json")] {
        let res = app
            .send_bytes(
                Method::POST,
                "/submit",
                &[
                    ("Accept", accept),
                    ("Content-Type", "application/x-www-form-urlencoded"),
                ],
                big.clone(),
            )
            .await;
        assert_eq!(res.status, 413, "{accept}");
        assert!(
            res.header("content-type").unwrap_or_default().starts_with(kind),
            "{accept}: {:?}",
            res.headers
        );
        assert!(res.header("x-content-type-options").is_some());
        if kind == "application/json" {
            assert!(res.json()["error"].is_string());
        }
    }
}
