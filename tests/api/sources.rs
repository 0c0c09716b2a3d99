//! Partners' calendars over real HTTP (issue 17): a scripted partner server on loopback
//! (tests/clients/partner_server.py, Python's own HTTP server) serves fixture calendars with real
//! ETags and every failure a partner's server has; coordinators follow it through
//! `/api/v1/moderation/sources` and poll it now; the feeds show what arrived.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use awc::http::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, app_with_coordinator};

/// The partner server, stopped when dropped.
pub(crate) struct Partner {
    child: Child,
    port: u16,
}

impl Drop for Partner {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn partner(folder: &Path) -> Partner {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients/partner_server.py");
    let mut child = Command::new("python3")
        .arg(script)
        .arg(folder)
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs the partner server");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("its port");
    let port = line.trim().parse().expect("a port");
    Partner { child, port }
}

impl Partner {
    pub(crate) fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    async fn stats(&self) -> Value {
        let mut res = awc::Client::default()
            .get(self.url("/stats"))
            .send()
            .await
            .expect("stats");
        res.json().limit(1 << 20).await.expect("json")
    }
}

async fn add(app: &TestApp, token: &str, body: Value) -> (u16, Value) {
    let auth = format!("Bearer {token}");
    let r = app
        .send_json(
            Method::POST,
            "/api/v1/moderation/sources",
            &[("Authorization", &auth)],
            &body,
        )
        .await;
    (r.status, r.json())
}

async fn poll(app: &TestApp, token: &str, id: i64) -> Value {
    let auth = format!("Bearer {token}");
    let r = app
        .request(
            Method::POST,
            &format!("/api/v1/moderation/sources/{id}/poll"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    r.json()
}

/// A Google-like export: UTC times with X-WR-TIMEZONE, an override listed before its master,
/// an all-day action with its exclusive DTEND.
fn google(title: &str, stamp: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nX-WR-CALNAME:Union actions\r\nX-WR-TIMEZONE:America/Santiago\r\n\
BEGIN:VEVENT\r\nDTSTART:20270318T220000Z\r\nDTEND:20270318T233000Z\r\nDTSTAMP:{stamp}\r\nUID:march-2027@google.com\r\nSUMMARY:{title}\r\nLOCATION:Plaza Dignidad\\, Santiago\\, Chile\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270501\r\nDTEND;VALUE=DATE:20270503\r\nDTSTAMP:{stamp}\r\nUID:may-day-2027@google.com\r\nSUMMARY:May Day camp\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n"
    )
}

#[actix_web::test]
async fn a_partners_calendar_arrives_over_http_and_follows_its_changes() {
    let (app, token) = app_with_coordinator().await;
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("union.ics"),
        google("March for Palestine", "20261201T000000Z"),
    )
    .unwrap();
    let server = partner(folder.path());
    let (status, source) = add(
        &app,
        &token,
        json!({"url": server.url("/feed/union.ics"), "name": "Union", "trust": "publish",
               "campaigns": ["day-of-solidarity"], "languages": ["es"], "tags": ["union"]}),
    )
    .await;
    assert_eq!(status, 201, "{source}");
    let id = source["id"].as_i64().unwrap();
    let first = poll(&app, &token, id).await;
    assert_eq!(first["poll"]["status"], "changed", "{first}");
    assert_eq!(first["poll"]["counts"]["new"], 2, "{first}");
    assert_eq!(
        first["source"]["interval_seconds"], 1800,
        "Cache-Control: max-age=1800 honoured"
    );
    // In the feed, at the partner's instant, in the calendar's zone.
    let feed = app.get("/calendar.ics").await.text();
    assert!(feed.contains("SUMMARY:March for Palestine"), "{feed}");
    assert!(feed.contains("DTSTART;TZID=America/Santiago:20270318T190000"), "{feed}");
    assert!(feed.contains("LOCATION:Plaza Dignidad\\, Santiago\\, Chile"), "{feed}");
    assert!(
        feed.contains("DTSTART;VALUE=DATE:20270501") && feed.contains("DTEND;VALUE=DATE:20270503"),
        "{feed}"
    );
    // Polled again: a conditional GET, answered 304; nothing written.
    let revision = app.get("/api/v1/events?limit=1").await.header("etag");
    let again = poll(&app, &token, id).await;
    assert_eq!(again["poll"]["status"], "unchanged", "{again}");
    assert_eq!(server.stats().await["not_modified"], 1);
    assert_eq!(
        app.get("/api/v1/events?limit=1").await.header("etag"),
        revision,
        "nothing moved"
    );
    // The partner re-exports with a new DTSTAMP only: a 200, and still nothing written.
    std::fs::write(
        folder.path().join("union.ics"),
        google("March for Palestine", "20261202T000000Z"),
    )
    .unwrap();
    let restamped = poll(&app, &token, id).await;
    assert_eq!(restamped["poll"]["status"], "unchanged", "{restamped}");
    // The partner renames the march: the same action, SEQUENCE up.
    std::fs::write(
        folder.path().join("union.ics"),
        google("Great March for Palestine", "20261203T000000Z"),
    )
    .unwrap();
    let renamed = poll(&app, &token, id).await;
    assert_eq!(renamed["poll"]["counts"]["updated"], 1, "{renamed}");
    let feed = app.get("/calendar.ics").await.text();
    assert!(feed.contains("SUMMARY:Great March for Palestine"));
    assert!(feed.contains("SEQUENCE:1"), "{feed}");
    assert!(!feed.contains("SUMMARY:March for Palestine\r\n"));
    // The partner empties the calendar (a broken export): nothing is removed.
    std::fs::write(
        folder.path().join("union.ics"),
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
    )
    .unwrap();
    for _ in 0..3 {
        let emptied = poll(&app, &token, id).await;
        assert_eq!(emptied["poll"]["counts"]["cancelled"], 0, "{emptied}");
    }
    let feed = app.get("/calendar.ics").await.text();
    assert!(
        feed.contains("SUMMARY:Great March for Palestine") && !feed.contains("STATUS:CANCELLED"),
        "{feed}"
    );
    // Honest User-Agent on every request.
    let stats = server.stats().await;
    assert!(
        stats["user_agents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u.as_str().unwrap().starts_with("actioncal/")
                && u.as_str().unwrap().contains("http://calendar.test")),
        "{stats}"
    );
    // The list shows the source with its counts.
    let auth = format!("Bearer {token}");
    let list = app
        .request(Method::GET, "/api/v1/moderation/sources", &[("Authorization", &auth)])
        .await
        .json();
    assert_eq!(list["sources"][0]["counts"]["new"], 2, "{list}");
    assert_eq!(list["sources"][0]["counts"]["updated"], 1, "{list}");
    // Never in a public answer.
    assert_eq!(app.get("/api/v1/moderation/sources").await.status, 401);
}

#[actix_web::test]
async fn every_failure_of_a_partners_server_is_said_and_changes_nothing() {
    let (app, token) = app_with_coordinator().await;
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("ok.ics"), google("Vigil", "20261201T000000Z")).unwrap();
    let server = partner(folder.path());
    let cases = [
        ("/status/500", "500"),
        ("/status/503", "retry after 120"),
        ("/redirect-private", "not a public Internet address"),
        ("/redirect-loop", "redirects"),
        ("/bomb", "larger than"),
        ("/big", "larger than"),
        ("/truncated", "closed before the whole calendar arrived"),
        ("/cut", "cut short"),
        ("/html", "not an iCalendar file"),
        ("/slow", "no answer within"),
        ("/feed/missing.ics", "404"),
    ];
    for (path, said) in cases {
        let (status, source) = add(&app, &token, json!({"url": server.url(path), "trust": "publish"})).await;
        assert_eq!(status, 201, "{source}");
        let polled = poll(&app, &token, source["id"].as_i64().unwrap()).await;
        assert_eq!(polled["poll"]["status"], "error", "{path}: {polled}");
        let message = polled["source"]["last_error"].as_str().unwrap_or_default().to_string();
        eprintln!("{path}: {message}");
        assert!(message.contains(said), "{path}: {message:?} should say {said:?}");
        assert_eq!(polled["source"]["failures"], 1, "{path}");
        // Retried later: the interval (an hour) doubled, or the server's Retry-After if longer.
        let now = jiff::Timestamp::now().as_second();
        let first = polled["poll"]["next_poll_at"].as_i64().unwrap() - now;
        assert!((7190..=7210).contains(&first), "{path}: next poll in {first} s");
        if path == "/status/500" {
            // Failing again doubles the wait again.
            let again = poll(&app, &token, source["id"].as_i64().unwrap()).await;
            assert_eq!(again["source"]["failures"], 2);
            let second = again["poll"]["next_poll_at"].as_i64().unwrap() - jiff::Timestamp::now().as_second();
            assert!((14_390..=14_410).contains(&second), "next poll in {second} s");
        }
    }
    assert!(
        !app.get("/calendar.ics").await.text().contains("BEGIN:VEVENT"),
        "nothing arrived"
    );
    // A redirect to a public-looking path on the same server is followed.
    let (_, source) = add(
        &app,
        &token,
        json!({"url": server.url("/redirect/ok.ics"), "trust": "publish"}),
    )
    .await;
    let polled = poll(&app, &token, source["id"].as_i64().unwrap()).await;
    assert_eq!(polled["poll"]["status"], "changed", "{polled}");
    // Refused before anything is fetched: not http(s), already followed.
    let (status, body) = add(&app, &token, json!({"url": "ftp://partner.example/cal.ics"})).await;
    assert_eq!(status, 422, "{body}");
    let (status, body) = add(&app, &token, json!({"url": server.url("/redirect/ok.ics")})).await;
    assert_eq!(status, 409, "{body}");
    // Without the dangerous flag, loopback is refused like any private address.
    let careful = actioncal::fetch::Fetcher::new("test", false);
    let refused = careful.fetch(&server.url("/feed/ok.ics"), None, None).unwrap_err();
    assert!(matches!(refused, actioncal::fetch::FetchError::Refused(_)), "{refused}");
}

#[actix_web::test]
async fn another_actioncal_as_a_partner_arrives_at_the_same_instants() {
    // The partner: a second server with the demo calendar (many zones, repeat rules, all-day
    // and online actions), followed through its public feed.
    let partner_app = crate::helpers::spawn_app().await;
    partner_app.import_fixture("demo.json");
    let (app, token) = app_with_coordinator().await;
    let (status, source) = add(
        &app,
        &token,
        json!({"url": format!("{}/calendar.ics", partner_app.address), "trust": "publish"}),
    )
    .await;
    assert_eq!(status, 201, "{source}");
    let polled = poll(&app, &token, source["id"].as_i64().unwrap()).await;
    assert_eq!(polled["poll"]["status"], "changed", "{polled}");
    let theirs = partner_app.get("/api/v1/events?limit=500").await.json();
    let ours = app.get("/api/v1/events?limit=500").await.json();
    let theirs = theirs["events"].as_array().unwrap();
    let ours = ours["events"].as_array().unwrap();
    assert!(!ours.is_empty());
    let mut compared = 0;
    for mine in ours {
        let title = mine["title"].as_str().unwrap();
        let Some(original) = theirs.iter().find(|e| e["title"] == mine["title"]) else {
            panic!("{title:?} is not the partner's");
        };
        // A date has no zone in iCalendar: all-day actions keep their days (their zone is the
        // country's when it has one).
        let fields: &[&str] = if original["all_day"] == true {
            &["start", "end", "all_day", "recurrence", "status"]
        } else {
            &["start_utc", "end_utc", "timezone", "all_day", "recurrence", "status"]
        };
        for field in fields {
            assert_eq!(mine[field], original[field], "{title}: {field}");
        }
        if original["country"].is_string() && mine["country"].is_string() {
            assert_eq!(mine["country"], original["country"], "{title}");
        }
        compared += 1;
    }
    // Every action of the partner's feed arrived (the feed holds those not ended 30 days ago).
    let feed = partner_app.get("/calendar.ics").await.text();
    assert_eq!(compared, feed.matches("BEGIN:VEVENT").count(), "{polled}");
}

/// Every occurrence (start and end, UTC instants or dates) in a client's reading, of every
/// event, sorted.
fn occurrences(read: &Value) -> Vec<Value> {
    let mut all: Vec<Value> = read
        .as_object()
        .expect("events by UID")
        .values()
        .flat_map(|e| e["occurrences"].as_array().cloned().unwrap_or_default())
        .collect();
    all.sort_by_key(|o| o.to_string());
    all
}

#[actix_web::test]
async fn real_world_exports_give_the_instants_python_icalendar_and_ical_js_give() {
    // Exports with the quirks of real ones (fixtures/partners, written for this project):
    // Exchange (Windows zone names, values folded anywhere), Google (X-WR-TIMEZONE, UTC times,
    // an override listed before its master), Zimbra (RDATE period, EXDATE), Thunderbird in
    // Latin-1 (a Mozilla-prefixed zone), a custom non-ASCII VTIMEZONE with old DST rules, and
    // globally unique TZIDs. What the partner's file means, as Python icalendar with
    // recurring-ical-events reads it, must be what our feed means, as both Python icalendar and
    // ical.js (Thunderbird's engine) read it.
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/partners");
    let server = partner(&fixtures);
    for (file, route) in [
        ("exchange.ics", "feed"),
        ("google.ics", "feed"),
        ("zimbra.ics", "feed"),
        ("thunderbird-latin1.ics", "latin1"),
        ("custom-vtimezone.ics", "feed"),
        ("unique-tzid.ics", "feed"),
    ] {
        let (app, token) = app_with_coordinator().await;
        let (status, source) = add(
            &app,
            &token,
            json!({"url": server.url(&format!("/{route}/{file}")), "trust": "publish"}),
        )
        .await;
        assert_eq!(status, 201, "{source}");
        let polled = poll(&app, &token, source["id"].as_i64().unwrap()).await;
        assert_eq!(polled["poll"]["status"], "changed", "{file}: {polled}");
        // What was held (a time kept in UTC for want of an agreeing zone) is approved here, so
        // that the feed holds every event.
        let auth = format!("Bearer {token}");
        let queue = app
            .request(Method::GET, "/api/v1/moderation/queue", &[("Authorization", &auth)])
            .await
            .json();
        for held in queue["submissions"].as_array().unwrap() {
            let id = held["id"].as_i64().unwrap();
            let r = app
                .request(
                    Method::POST,
                    &format!("/api/v1/moderation/submissions/{id}/approve"),
                    &[("Authorization", &auth)],
                )
                .await;
            assert_eq!(r.status, 200, "{}", r.text());
        }
        let bytes = std::fs::read(fixtures.join(file)).unwrap();
        // Python reads UTF-8: the Latin-1 file is given to it transcoded.
        let text: String = match std::str::from_utf8(&bytes) {
            Ok(t) => t.to_string(),
            Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
        };
        let meant = occurrences(&crate::helpers::python_icalendar(&text));
        let feed = app.get("/calendar.ics").await.text();
        let by_python = occurrences(&crate::helpers::python_icalendar(&feed));
        let by_icaljs = occurrences(&crate::helpers::icaljs(&feed));
        assert!(!meant.is_empty(), "{file}");
        assert_eq!(by_python, meant, "{file}: Python icalendar on our feed\n{feed}");
        assert_eq!(by_icaljs, meant, "{file}: ical.js on our feed\n{feed}");
        if file == "google.ics" {
            // REFRESH-INTERVAL:PT5M (and X-PUBLISHED-TTL) asks for 5 minutes: held to 15.
            assert_eq!(polled["source"]["interval_seconds"], 900, "{polled}");
        }
        let words = match file {
            "thunderbird-latin1.ics" => "SUMMARY:Marche pour la Palestine à Lyon",
            "exchange.ics" => "wir treffen uns",
            "google.ics" => "SUMMARY:Velatón por Palestina (más tarde)",
            "custom-vtimezone.ics" => "SUMMARY:Sommerfest der Solidarität",
            _ => "BEGIN:VEVENT",
        };
        assert!(feed.replace("\r\n ", "").contains(words), "{file}: {words}\n{feed}");
        eprintln!(
            "{file}: {} occurrences agree; notes: {}",
            meant.len(),
            polled["source"]["last_error"]
        );
    }
}

/// nginx serving `root` as a static file server (its own ETags and Last-Modified, 304s).
fn nginx_serving(root: &Path) -> crate::helpers::Nginx {
    let r = root.display().to_string();
    crate::helpers::nginx(|port, _| {
        format!(
            r#"
  types {{ text/calendar ics; }}
  etag on;
  server {{
    listen 127.0.0.1:{port};
    root {r};
  }}"#
        )
    })
}

#[actix_web::test]
async fn nginx_serving_the_fixtures_is_followed_with_its_own_etags() {
    let (app, token) = app_with_coordinator().await;
    let root = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/partners");
    std::fs::copy(fixtures.join("zimbra.ics"), root.path().join("zimbra.ics")).unwrap();
    let nginx = nginx_serving(root.path());
    let (_, source) = add(
        &app,
        &token,
        json!({"url": format!("http://127.0.0.1:{}/zimbra.ics", nginx.port), "trust": "publish"}),
    )
    .await;
    let id = source["id"].as_i64().unwrap();
    let first = poll(&app, &token, id).await;
    assert_eq!(first["poll"]["status"], "changed", "{first}");
    assert_eq!(first["poll"]["counts"]["new"], 4, "{first}");
    // nginx's own ETag (and Last-Modified) make the next poll a 304: nothing read, nothing written.
    let feed = app.get("/calendar.ics").await.header("etag");
    let again = poll(&app, &token, id).await;
    assert_eq!(again["poll"]["status"], "unchanged", "{again}");
    assert_eq!(app.get("/calendar.ics").await.header("etag"), feed);
    // The partner drops the RDATE and excludes one more week. The series is still listed: those
    // occurrences are no longer the partner's, which is its word, not a feed cut short, so
    // they are cancelled at once (if still to come when this runs).
    let changed = std::fs::read_to_string(fixtures.join("zimbra.ics"))
        .unwrap()
        .replace("RDATE;VALUE=PERIOD:20270120T090000Z/20270120T120000Z\r\n", "")
        .replace(
            "EXDATE;TZID=\"Europe/Berlin\":20270112T100000",
            "EXDATE;TZID=\"Europe/Berlin\":20270112T100000,20270119T100000",
        );
    std::fs::write(root.path().join("zimbra.ics"), changed).unwrap();
    let today = jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now()).date();
    let expected = [(2027, 1, 19), (2027, 1, 20)]
        .iter()
        .filter(|(y, m, d)| jiff::civil::date(*y, *m, *d) > today)
        .count();
    let changed = poll(&app, &token, id).await;
    assert_eq!(changed["poll"]["counts"]["cancelled"], expected, "{changed}");
    let feed = app.get("/calendar.ics").await.text();
    assert_eq!(feed.matches("STATUS:CANCELLED").count(), expected, "{feed}");
    // Polled again: nginx's 304, nothing more.
    let again = poll(&app, &token, id).await;
    assert_eq!(again["poll"]["status"], "unchanged", "{again}");
}

#[actix_web::test]
async fn serve_polls_in_the_background_and_cron_polls_from_the_command_line() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("union.ics"),
        google("Night march", "20261201T000000Z"),
    )
    .unwrap();
    let server = partner(folder.path());
    // `serve` with its poller: a source added is due at once, and polled within a tick.
    let app = crate::helpers::spawn_with(|s| s.poll_sources = true).await;
    let token = app.coordinator("Coordinator One");
    let (status, source) = add(
        &app,
        &token,
        json!({"url": server.url("/feed/union.ics"), "trust": "publish"}),
    )
    .await;
    assert_eq!(status, 201, "{source}");
    let auth = format!("Bearer {token}");
    let mut polled = Value::Null;
    for _ in 0..150 {
        polled = app
            .request(Method::GET, "/api/v1/moderation/sources/1", &[("Authorization", &auth)])
            .await
            .json();
        if polled["last_poll"].is_string() {
            break;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(polled["status"], "changed", "the background poller polled it: {polled}");
    assert!(app.get("/calendar.ics").await.text().contains("SUMMARY:Night march"));
    // The command line, as cron runs it, on a store of its own.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cron.db");
    let store = actioncal::store::Store::open(&db).unwrap();
    store
        .with_conn(|c| {
            actioncal::service::sources::add(
                c,
                actioncal::service::sources::SourceForm {
                    url: Some(server.url("/feed/union.ics")),
                    name: Some("Union".into()),
                    trust: Some("publish".into()),
                    ..Default::default()
                },
                jiff::Timestamp::now().as_second(),
            )
        })
        .unwrap();
    drop(store);
    let cli = |extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_actioncal"))
            .args(["sources", "poll", "--once", "--db"])
            .arg(&db)
            .args(extra)
            .output()
            .expect("the command runs");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // Without the dangerous flag, loopback is refused, and said.
    let (ok, out, err) = cli(&[]);
    assert!(ok, "{err}");
    assert!(
        out.contains("1 Union: error") && out.contains("not a public Internet address"),
        "{out}"
    );
    let (ok, out, err) = cli(&["--all", "--dangerously-allow-loopback-sources"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("1 Union: changed (new 2, updated 0, cancelled 0, held 0)"),
        "{out}"
    );
    let (_, out, _) = cli(&["--all", "--dangerously-allow-loopback-sources"]);
    assert!(out.contains("1 Union: unchanged"), "{out}");
}

/// Second review: a held poll stores the file's ETag, so the next poll of the same file is a
/// 304, which records `unchanged` (the hold and its message vanish from the source) and, after
/// a coordinator's release, consumes the release (`released` when not held) without reading
/// anything: what vanished is never cancelled while the partner's file stays as it is.
#[actix_web::test]
async fn a_held_poll_stays_held_and_a_release_is_not_consumed_by_a_304() {
    let (app, token) = app_with_coordinator().await;
    let folder = tempfile::tempdir().unwrap();
    let cal = |n: &[u32]| {
        let mut out = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for i in n {
            out.push_str(&format!(
                "BEGIN:VEVENT\r\nUID:e{i}@held\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:Action {i}\r\nDTSTART;TZID=Europe/Berlin:202703{:02}T100000\r\nDURATION:PT2H\r\nEND:VEVENT\r\n",
                i + 1
            ));
        }
        out + "END:VCALENDAR\r\n"
    };
    std::fs::write(folder.path().join("held.ics"), cal(&[1, 2, 3, 4, 5, 6])).unwrap();
    let server = partner(folder.path());
    let (_, source) = add(
        &app,
        &token,
        json!({"url": server.url("/feed/held.ics"), "name": "Held", "trust": "publish"}),
    )
    .await;
    let id = source["id"].as_i64().unwrap();
    assert_eq!(poll(&app, &token, id).await["poll"]["counts"]["new"], 6);
    std::fs::write(folder.path().join("held.ics"), cal(&[1, 6])).unwrap();
    let held = poll(&app, &token, id).await;
    assert_eq!(held["poll"]["status"], "held", "{held}");
    // The next poll (the same file: a 304): the source must still say it is held.
    let again = poll(&app, &token, id).await;
    let still_held = again["source"]["status"] == "held";
    // A coordinator releases it; the next poll must cancel the four.
    let auth = format!("Bearer {token}");
    let r = app
        .request(
            Method::POST,
            &format!("/api/v1/moderation/sources/{id}/release"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let released = poll(&app, &token, id).await;
    let cancelled = released["poll"]["counts"]["cancelled"].as_i64().unwrap_or(0);
    let later = poll(&app, &token, id).await;
    let cancelled_later = later["poll"]["counts"]["cancelled"].as_i64().unwrap_or(0);
    assert!(
        still_held && cancelled + cancelled_later == 4,
        "after the held poll: {again}\nreleased poll: {released}\nnext: {later}\n304s: {}",
        server.stats().await["not_modified"]
    );
}

#[actix_web::test]
async fn a_partners_host_never_gets_two_requests_at_once() {
    let (app, token) = app_with_coordinator().await;
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("a.ics"), google("March A", "20261201T000000Z")).unwrap();
    std::fs::write(folder.path().join("b.ics"), google("March B", "20261201T000000Z")).unwrap();
    let server = partner(folder.path());
    let mut ids = Vec::new();
    for name in ["a.ics", "b.ics"] {
        let (_, source) = add(&app, &token, json!({"url": server.url(&format!("/pause/{name}"))})).await;
        ids.push(source["id"].as_i64().unwrap());
    }
    // Two coordinators press "poll now" on two sources of one host at the same moment.
    let (one, two) = futures_join(poll(&app, &token, ids[0]), poll(&app, &token, ids[1])).await;
    assert_eq!(one["poll"]["status"], "changed", "{one}");
    assert_eq!(two["poll"]["status"], "changed", "{two}");
    assert_eq!(
        server.stats().await["most_at_once"],
        1,
        "one request at a time per host"
    );
}

/// Runs two futures at once on this task.
async fn futures_join<A: std::future::Future, B: std::future::Future>(a: A, b: B) -> (A::Output, B::Output) {
    let (mut a, mut b) = (Box::pin(a), Box::pin(b));
    let (mut ra, mut rb) = (None, None);
    std::future::poll_fn(|cx| {
        if ra.is_none()
            && let std::task::Poll::Ready(v) = a.as_mut().poll(cx)
        {
            ra = Some(v);
        }
        if rb.is_none()
            && let std::task::Poll::Ready(v) = b.as_mut().poll(cx)
        {
            rb = Some(v);
        }
        if ra.is_some() && rb.is_some() {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    (ra.expect("done"), rb.expect("done"))
}
