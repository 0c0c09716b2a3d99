//! HTTP behaviour of feeds: validators, 304s, HEAD, gzip, CORS, probes, live imports.

use std::io::Read as _;

use awc::http::Method;
use serde_json::json;

use crate::helpers::{TestApp, spawn_app};

async fn app_with_one_action() -> TestApp {
    let app = spawn_app().await;
    app.import(&json!([{
        "uid": "one@test", "title": "Vigil", "start": "2027-11-29T18:00", "timezone": "Europe/Paris",
        "country": "FR", "city": "Paris"
    }]))
    .expect("imports");
    app
}

const FEED: &str = "/calendar.ics?from=2026-01-01";

#[actix_web::test]
async fn feeds_are_text_calendar_with_strong_validators_and_cors() {
    let app = app_with_one_action().await;
    let res = app.get(FEED).await;
    assert_eq!(res.status, 200);
    assert_eq!(
        res.header("content-type").as_deref(),
        Some("text/calendar; charset=utf-8")
    );
    let etag = res.header("etag").expect("etag");
    assert!(etag.starts_with('"') && !etag.starts_with("W/"), "{etag}");
    assert!(res.header("last-modified").is_some());
    assert_eq!(res.header("access-control-allow-origin").as_deref(), Some("*"));
    assert!(res.header("cache-control").expect("cache-control").contains("public"));
    assert_eq!(res.header("vary").as_deref(), Some("Accept-Encoding"));
}

#[actix_web::test]
async fn unchanged_feeds_answer_304_with_no_body() {
    let app = app_with_one_action().await;
    let first = app.get(FEED).await;
    let etag = first.header("etag").expect("etag");
    let res = app.request(Method::GET, FEED, &[("If-None-Match", &etag)]).await;
    assert_eq!(res.status, 304);
    assert!(res.bytes.is_empty());
    assert_eq!(res.header("etag"), Some(etag.clone()));
    let res = app
        .request(
            Method::GET,
            FEED,
            &[
                ("If-None-Match", "\"other\", W/".to_owned().as_str()),
                ("If-None-Match", &etag),
            ],
        )
        .await;
    assert_eq!(res.status, 304);
    let modified = first.header("last-modified").expect("last-modified");
    let res = app
        .request(Method::GET, FEED, &[("If-Modified-Since", &modified)])
        .await;
    assert_eq!(res.status, 304);
    let res = app
        .request(
            Method::GET,
            FEED,
            &[("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")],
        )
        .await;
    assert_eq!(res.status, 200);
    let res = app.request(Method::GET, FEED, &[("If-None-Match", "\"stale\"")]).await;
    assert_eq!(res.status, 200);
}

#[actix_web::test]
async fn an_import_by_another_process_shows_within_a_tenth_of_a_second() {
    let app = app_with_one_action().await;
    let before = app.get(FEED).await;
    let etag = before.header("etag").expect("etag");
    app.import(&json!([{
        "uid": "one@test", "title": "Vigil, moved to the square", "start": "2027-11-29T19:00", "timezone": "Europe/Paris",
        "country": "FR", "city": "Paris"
    }]))
    .expect("imports");
    let after = app.request(Method::GET, FEED, &[("If-None-Match", &etag)]).await;
    assert_eq!(after.status, 200, "a changed feed must not be 304");
    assert_ne!(after.header("etag"), Some(etag));
    let text = after.text();
    assert!(text.contains("SUMMARY:Vigil\\, moved to the square"), "{text}");
    assert!(text.contains("SEQUENCE:1"), "{text}");
    assert!(text.contains("DTSTART;TZID=Europe/Paris:20271129T190000"));
}

#[actix_web::test]
async fn head_answers_headers_only() {
    let app = app_with_one_action().await;
    let get = app.get(FEED).await;
    let head = app.request(Method::HEAD, FEED, &[]).await;
    assert_eq!(head.status, 200);
    assert!(head.bytes.is_empty());
    assert_eq!(head.header("etag"), get.header("etag"));
    assert_eq!(head.header("content-length"), Some(get.bytes.len().to_string()));
}

#[actix_web::test]
async fn gzip_when_asked_holds_the_same_bytes() {
    let app = app_with_one_action().await;
    let plain = app.get(FEED).await;
    let gz = app
        .request(Method::GET, FEED, &[("Accept-Encoding", "gzip, deflate, br")])
        .await;
    assert_eq!(gz.header("content-encoding").as_deref(), Some("gzip"));
    let mut inflated = Vec::new();
    flate2::read::GzDecoder::new(&gz.bytes[..])
        .read_to_end(&mut inflated)
        .expect("gzip");
    assert_eq!(inflated, plain.bytes);
    let gz_tag = gz.header("etag").expect("etag");
    assert_ne!(
        Some(gz_tag.clone()),
        plain.header("etag"),
        "each representation has its own strong tag"
    );
    let res = app
        .request(
            Method::GET,
            FEED,
            &[("Accept-Encoding", "gzip"), ("If-None-Match", &gz_tag)],
        )
        .await;
    assert_eq!(res.status, 304);
    let refused = app.request(Method::GET, FEED, &[("Accept-Encoding", "gzip;q=0")]).await;
    assert_eq!(refused.header("content-encoding"), None);
}

/// `gzip -dc` (GNU gzip, the C zlib family) on `bytes`.
fn gunzip_with_gzip(bytes: &[u8]) -> Vec<u8> {
    let file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(file.path(), bytes).expect("write");
    let out = std::process::Command::new("gzip")
        .arg("-dc")
        .arg(file.path())
        .output()
        .expect("gzip runs");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "gzip -dc: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[actix_web::test]
async fn a_large_feed_changed_after_it_was_compressed_reads_the_same_with_gzip() {
    // Hundreds of actions: the feed is kept and compressed in many parts, and after a change
    // only one of them is compressed again.
    let app = spawn_app().await;
    let places = [
        ("FR", "Paris", "Europe/Paris"),
        ("PS", "Gaza", "Asia/Gaza"),
        ("BR", "São Paulo", "America/Sao_Paulo"),
        ("JP", "東京", "Asia/Tokyo"),
    ];
    let actions = |changed: &str| -> serde_json::Value {
        (1..=700)
            .map(|i: usize| {
                let (country, city, zone) = places[i % places.len()];
                let title = if i == 350 {
                    changed.to_string()
                } else {
                    format!("Vigil {i}")
                };
                json!({"uid": format!("a{i}@test"), "title": title, "start": "2027-11-29T18:00",
                       "timezone": zone, "country": country, "city": city})
            })
            .collect()
    };
    app.import(&actions("Vigil 350")).expect("imports");
    let mut bodies = Vec::new();
    for next in ["Vigil 350, moved to the square", ""] {
        let plain = app.get(FEED).await;
        let gz = app.request(Method::GET, FEED, &[("Accept-Encoding", "gzip")]).await;
        assert_eq!(gz.header("content-encoding").as_deref(), Some("gzip"));
        assert_eq!(gz.header("content-length"), Some(gz.bytes.len().to_string()));
        assert_eq!(
            gunzip_with_gzip(&gz.bytes),
            plain.bytes,
            "GNU gzip reads the same bytes"
        );
        let mut inflated = Vec::new();
        flate2::read::GzDecoder::new(&gz.bytes[..])
            .read_to_end(&mut inflated)
            .expect("gzip");
        assert_eq!(inflated, plain.bytes, "flate2 reads the same bytes");
        assert!(
            gz.bytes.len() * 4 < plain.bytes.len(),
            "compressed: {} bytes",
            gz.bytes.len()
        );
        bodies.push(plain.text());
        if !next.is_empty() {
            app.import(&actions(next)).expect("changes one action");
        }
    }
    assert!(
        bodies[1].contains("SUMMARY:Vigil 350\\, moved to the square"),
        "the change shows"
    );
    assert_eq!(bodies[1].matches("BEGIN:VEVENT").count(), 700);
}

#[actix_web::test]
async fn clients_that_probe_or_send_no_accept_header_can_subscribe() {
    let app = app_with_one_action().await;
    // Google's fetcher sends no Accept header; awc sends none unless asked.
    let res = app.get(FEED).await;
    assert_eq!(res.status, 200);
    let res = app.request(Method::GET, FEED, &[("Accept", "application/json")]).await;
    assert_eq!(res.status, 200, "the feed is served whatever Accept says");
    let options = app.request(Method::OPTIONS, FEED, &[]).await;
    assert_eq!(options.status, 204);
    assert_eq!(options.header("allow").as_deref(), Some("GET, HEAD, OPTIONS"));
    assert!(options.header("dav").is_none(), "not a WebDAV server");
    let propfind = app
        .request(
            Method::from_bytes(b"PROPFIND").expect("method"),
            FEED,
            &[("Depth", "0")],
        )
        .await;
    assert_eq!(
        propfind.status, 405,
        "Thunderbird falls back to GET when PROPFIND is refused"
    );
    assert_eq!(propfind.header("allow").as_deref(), Some("GET, HEAD, OPTIONS"));
    let post = app.request(Method::POST, FEED, &[]).await;
    assert_eq!(post.status, 405);
}

#[actix_web::test]
async fn every_event_url_leads_to_a_page_that_escapes_what_organisers_wrote() {
    let app = spawn_app().await;
    app.import(&json!([{
        "uid": "xss@test", "title": "<script>alert(1)</script> Vigil & march", "start": "2027-11-29T18:00",
        "end": "2027-11-29T20:00", "timezone": "Asia/Beirut", "country": "LB", "city": "<b>Beirut</b>",
        "description": "Line one\n<img src=x onerror=alert(2)>", "languages": ["ar"],
        "latitude": 33.8959, "longitude": 35.4784
    }]))
    .expect("imports");
    let ics = app.get(FEED).await.text();
    let url = ics
        .split("\r\nURL:")
        .nth(1)
        .and_then(|r| r.split("\r\n").next())
        .expect("URL");
    let path = url.strip_prefix("http://calendar.test").expect("our origin");
    let page = app.get(path).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.header("content-type").as_deref(), Some("text/html; charset=utf-8"));
    let html = page.text();
    assert!(
        !html.contains("<script>alert") && !html.contains("<img src=x") && !html.contains("<b>Beirut"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Vigil &amp; march"),
        "{html}"
    );
    // Local time in the zone's CLDR name and the reader's clock (World English: 12-hour).
    let nb = |s: &str| s.replace("\u{202f}", " ");
    assert!(nb(&html).contains("At the place (Lebanon Time): <bdi><time datetime=\"2027-11-29T16:00:00Z\" data-zone=\"Asia/Beirut\">Monday, 29 November 2027 at 6:00 pm</time> – 8:00 pm</bdi> <bdi dir=\"ltr\">(UTC+02:00)</bdi>"), "{html}");
    assert!(
        nb(&html).contains("UTC: <bdi>Monday, 29 November 2027 at 4:00 pm – 6:00 pm</bdi>"),
        "{html}"
    );
    let mine = app.get(&format!("{path}?tz=America/Santiago&ui=es")).await.text();
    assert!(
        mine.contains("Tu hora (hora de Chile): <bdi>lunes, 29 de noviembre de 2027 a las 13:00 – 15:00</bdi> <bdi dir=\"ltr\">(UTC−03:00)</bdi>"),
        "{mine}"
    );
    assert!(mine.contains("<html lang=\"es\" dir=\"ltr\">"));
    assert_eq!(app.get(&format!("{path}?tz=Mars/Base")).await.status, 400);
    assert!(
        html.contains("openstreetmap.org/?mlat=33.8959&amp;mlon=35.4784"),
        "{html}"
    );
    assert!(ics.contains("GEO:33.895900;35.478400"), "{ics}");
    assert_eq!(app.get("/events/424242").await.status, 404);
}

#[actix_web::test]
async fn unknown_paths_get_a_json_404_that_points_to_the_feeds() {
    let app = spawn_app().await;
    let res = app.get("/calendar.ical").await;
    assert_eq!(res.status, 404);
    assert!(res.json()["error"].as_str().expect("error").contains("/calendar.ics"));
}

#[actix_web::test]
async fn browsers_get_errors_as_pages_with_the_same_status_and_message() {
    let app = spawn_app().await;
    let browser = [("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")];
    let res = app.request(Method::GET, "/events/424242", &browser).await;
    assert_eq!(res.status, 404);
    assert_eq!(res.header("content-type").as_deref(), Some("text/html; charset=utf-8"));
    let html = res.text();
    assert!(
        html.contains("<h1>404 · Not found</h1>") && html.contains("no action 424242"),
        "{html}"
    );
    assert!(
        res.header("content-security-policy").is_some(),
        "the page keeps the headers"
    );
    // What the request said is escaped on the page.
    let res = app
        .request(Method::GET, "/?region=%3Cscript%3Ealert(1)%3C/script%3E", &browser)
        .await;
    assert_eq!(res.status, 400);
    assert!(!res.text().contains("<script>"), "{}", res.text());
    assert!(res.text().contains("&lt;script&gt;"), "{}", res.text());
    // Feeds, the API and clients that do not ask for HTML keep the JSON error.
    for path in ["/api/v1/events/424242", "/events/424242.ics"] {
        let res = app.request(Method::GET, path, &browser).await;
        assert_eq!(res.status, 404, "{path}");
        assert!(res.json()["error"].is_string(), "{path}");
    }
    let res = app.get("/events/424242").await;
    assert!(
        res.json()["error"]
            .as_str()
            .expect("error")
            .contains("no action 424242")
    );
    // A limit reached on a page is a page too, with its Retry-After.
    for i in 0..21 {
        let res = app
            .request(Method::GET, &format!("/submissions/guess-{i}"), &browser)
            .await;
        if res.status == 429 {
            assert!(
                res.text().contains("<h1>429 · Too many requests</h1>"),
                "{}",
                res.text()
            );
            assert!(res.header("retry-after").is_some());
            return;
        }
    }
    panic!("guessing edit links was never limited");
}

#[actix_web::test]
async fn serve_demo_fills_an_empty_store_once() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("demo.db");
    for _ in 0..2 {
        let mut settings = actioncal::config::Settings::for_tests(db.clone());
        settings.demo = true;
        let app = actioncal::startup::Application::build(settings).await.expect("builds");
        let url = format!(
            "http://127.0.0.1:{}/campaigns/all-for-palestine.ics?from=2026-01-01",
            app.port()
        );
        actix_web::rt::spawn(app.run_until_stopped());
        let mut res = awc::Client::default().get(url).send().await.expect("get");
        let body = String::from_utf8(res.body().await.expect("body").to_vec()).expect("utf-8");
        assert!(body.contains("UID:demo-masar-badil-2026@actioncal"), "{body}");
        assert!(body.contains("X-WR-CALNAME:All for Palestine"));
    }
    let c = rusqlite::Connection::open(&db).expect("db");
    let (n, max_seq): (i64, i64) = c
        .query_row("SELECT count(*), max(sequence) FROM events", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("count");
    assert_eq!((n, max_seq), (20, 0), "loaded once, never re-applied");
}

#[actix_web::test]
async fn an_online_action_shows_the_same_moment_around_the_world() {
    let app = spawn_app().await;
    app.import(&json!([{
        "uid": "masar@test", "title": "Alternative Palestinian Path", "start": "2027-11-29T10:00",
        "end": "2027-11-29T12:00", "timezone": "America/Los_Angeles", "online_url": "https://us02web.zoom.us/j/86965732754",
        "languages": ["ar", "es", "en"]
    }]))
    .expect("imports");
    let html = app
        .request(Method::GET, "/events/1", &[("Accept-Language", "ar-LB,ar;q=0.9")])
        .await;
    assert_eq!(
        html.header("vary").as_deref(),
        Some("Accept-Encoding, Accept-Language, Cookie")
    );
    let html = html.text();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
    // The organiser's text is laid out by its own script, never by the action's languages:
    // an English title on an Arabic page (of an action held in Arabic too) stays left to right.
    assert!(
        html.contains("<h1 dir=\"auto\">Alternative Palestinian Path</h1>"),
        "{html}"
    );
    // Times on the Arabic clock (CLDR ar: 12-hour, ص/م) with the cities' Arabic names.
    assert!(
        html.contains("<bdi>10:00 ص لوس انجلوس</bdi> · <bdi>1:00 م نيويورك</bdi>"),
        "{html}"
    );
    assert!(html.contains("<bdi>8:00 م غزة</bdi>"), "{html}");
    assert!(html.contains("<bdi>5:00 ص⁺¹ سيدني</bdi>"), "{html}");
    assert!(html.contains("اللحظة نفسها حول العالم"), "{html}");
    let english = app.get("/events/1").await.text();
    assert!(
        english.contains("The same moment around the world"),
        "the cache keeps one page per language"
    );
}
