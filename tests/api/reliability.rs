//! Nothing lost, nothing half-written: backups while serving, checks, and a killed import.

use std::io::Read as _;
use std::process::{Command, Stdio};

use actix_web::http::Method;
use serde_json::{Value, json};

use crate::helpers::{actioncal, spawn_app, spawn_on};

#[actix_web::test]
async fn a_backup_taken_while_serving_is_a_whole_working_store() {
    let app = spawn_app().await;
    app.import_fixture("demo.json");
    let feed = app.get("/calendar.ics?from=2026-01-01").await.bytes;
    let copy_dir = tempfile::tempdir().expect("dir");
    let copy = copy_dir.path().join("test.db");
    let (db, out) = (app.db.display().to_string(), copy.display().to_string());
    let (ok, stdout, err) = actioncal(&["backup", "--db", &db, &out]);
    assert!(ok, "{err}");
    assert!(stdout.contains("backed up"), "{stdout}");
    let (ok, report, err) = actioncal(&["check", "--db", &out]);
    assert!(ok, "{err}");
    assert!(report.contains("20 actions and 2 campaigns; ok"), "{report}");
    let (ok, _, err) = actioncal(&["backup", "--db", &db, &out]);
    assert!(!ok && err.contains("exists"), "never overwrites: {err}");
    let restored = spawn_on(copy_dir).await;
    assert_eq!(
        restored.get("/calendar.ics?from=2026-01-01").await.bytes,
        feed,
        "the restored store serves the same feed"
    );
}

#[actix_web::test]
async fn check_finds_what_cannot_be_read_back() {
    let app = spawn_app().await;
    app.import_fixture("demo.json");
    rusqlite::Connection::open(&app.db)
        .expect("db")
        .execute("UPDATE events SET tzid = 'Mars/Olympus' WHERE id = 3", [])
        .expect("damage");
    let (ok, report, err) = actioncal(&["check", "--db", &app.db.display().to_string()]);
    assert!(!ok, "{report}");
    assert!(
        err.contains("event 3: zone") && report.contains("PROBLEMS FOUND"),
        "{err} {report}"
    );
}

fn big_import(n: usize) -> Value {
    let events: Vec<Value> = (0..n)
        .map(|i| {
            json!({"uid": format!("bulk-{i}@test"), "title": format!("Vigil {i}"), "start": format!("2027-{:02}-{:02}T18:00", 1 + i % 12, 1 + i % 28),
                   "timezone": "Europe/Paris", "country": "FR", "city": "Paris", "tags": ["vigil"], "languages": ["fr"]})
        })
        .collect();
    json!({ "events": events })
}

#[test]
fn an_import_killed_midway_leaves_the_store_as_it_was() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("s.db");
    let file = dir.path().join("bulk.json");
    let n = 20_000;
    std::fs::write(&file, big_import(n).to_string()).expect("write");
    let (db_s, file_s) = (db.display().to_string(), file.display().to_string());
    let mut child = Command::new(env!("CARGO_BIN_EXE_actioncal"))
        .args(["import", "--db", &db_s, &file_s])
        .env("RUST_LOG", "error")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("starts");
    // The progress line appears once the transaction is under way (1 000 actions written): kill
    // it there.
    let mut stderr = child.stderr.take().expect("stderr");
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !String::from_utf8_lossy(&seen).contains("importing ") {
        if stderr.read(&mut byte).expect("read") == 0 {
            break;
        }
        seen.push(byte[0]);
    }
    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");
    let (ok, report, err) = actioncal(&["check", "--db", &db_s]);
    assert!(ok, "{report} {err}");
    let c = rusqlite::Connection::open(&db).expect("db");
    let count: i64 = c
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .expect("count");
    assert!(count == 0 || count == n as i64, "half-written: {count} of {n}");
    assert!(
        String::from_utf8_lossy(&seen).contains("importing "),
        "the import was killed while writing"
    );
    let (ok, out, err) = actioncal(&["import", "--db", &db_s, &file_s]);
    assert!(ok, "{err}");
    assert!(out.contains(&format!("{} added", n as i64 - count)), "{out}");
}

#[test]
fn filtered_feeds_go_through_indexes() {
    use actioncal::domain::filter::Scope;
    use actioncal::domain::{FeedFilter, FeedQuery};
    let dir = tempfile::tempdir().expect("dir");
    let store = actioncal::store::Store::open(&dir.path().join("s.db")).expect("store");
    // A store shaped like a real one: thousands of actions over many countries, campaigns,
    // tags, languages and two years, statistics gathered as imports leave them.
    let countries = [
        "PS", "LB", "FR", "GB", "US", "ZA", "BR", "JP", "TR", "MA", "CL", "DE", "IT", "ES", "IN", "ID",
    ];
    let langs = ["ar", "en", "es", "fr"];
    let events: Vec<Value> = (0..4000)
        .map(|i| {
            json!({"uid": format!("e{i}@test"), "title": format!("Action {i}"),
                   "start": format!("{}-{:02}-{:02}T18:00", 2026 + i % 2, 1 + i % 12, 1 + i % 28), "timezone": "UTC",
                   "country": countries[i % countries.len()], "city": "X", "campaigns": [format!("c{}", i % 40)],
                   "tags": [format!("t{}", i % 30)], "languages": [langs[i % langs.len()]]})
        })
        .collect();
    let campaigns: Vec<Value> = (0..40)
        .map(|i| json!({"slug": format!("c{i}"), "name": format!("C{i}")}))
        .collect();
    let file = json!({"campaigns": campaigns, "events": events}).to_string();
    actioncal::service::import::import_bytes(&store, file.as_bytes(), 0, |_| {}).expect("imports");
    let horizon = "2026-01-01".parse().expect("date");
    let plan = |q: FeedQuery, scope: Scope| -> String {
        let filter = FeedFilter::parse(scope, &q).expect("filter");
        store
            .with_conn(|c| actioncal::store::events::published_plan(c, &filter, horizon))
            .expect("plan")
            .join(" | ")
    };
    let cases = [
        (
            FeedQuery {
                country: Some("ps,lb".into()),
                ..Default::default()
            },
            Scope::All,
        ),
        (
            FeedQuery {
                region: Some("western-asia".into()),
                ..Default::default()
            },
            Scope::All,
        ),
        (
            FeedQuery::default(),
            Scope::Country(actioncal::domain::Country::try_from("PS").expect("country")),
        ),
        (
            FeedQuery {
                campaign: Some("c7".into()),
                ..Default::default()
            },
            Scope::All,
        ),
        (
            FeedQuery {
                tag: Some("t3".into()),
                ..Default::default()
            },
            Scope::All,
        ),
        (
            FeedQuery::default(),
            Scope::Campaign("c7".to_string().try_into().expect("slug")),
        ),
    ];
    // The control: without a place filter the country index is not what drives the query.
    let all = plan(FeedQuery::default(), Scope::All);
    assert!(!all.contains("events_by_country"), "{all}");
    for (q, scope) in cases {
        let label = format!("{q:?} {scope:?}");
        let p = plan(q, scope);
        // The first step reads actions through the filter's own index, never all of them.
        assert!(
            p.starts_with("SEARCH e USING INDEX events_by_country")
                || p.starts_with("SEARCH e USING INTEGER PRIMARY KEY"),
            "{label}: {p}"
        );
    }
}

#[actix_web::test]
async fn readers_never_see_a_half_changed_action_while_writers_work() {
    let app = spawn_app().await;
    let version = |v: usize| {
        json!([{"uid": "moving@test", "title": format!("Vigil version {v}"), "start": format!("2027-11-29T18:{:02}", v % 60),
                "timezone": "Asia/Beirut", "country": "LB", "city": "Beirut", "tags": [format!("v{}", v % 7)]},
               {"uid": "steady@test", "title": "Steady march", "start": "2027-11-30T12:00", "timezone": "Asia/Beirut", "country": "LB", "city": "Beirut"}])
    };
    app.import(&version(0)).expect("first version");
    let db = app.db.clone();
    let writer = std::thread::spawn(move || {
        let store = actioncal::store::Store::open(&db).expect("store");
        for v in 1..=300 {
            let body = version(v).to_string();
            actioncal::service::import::import_bytes(&store, body.as_bytes(), v as i64, |_| {}).expect("write");
        }
    });
    let mut reads = 0;
    let mut seen = std::collections::BTreeSet::new();
    while !writer.is_finished() || reads < 20 {
        let ics = app.get("/calendar.ics?from=2026-01-01").await.text();
        let unfolded = crate::helpers::unfold(&ics);
        assert_eq!(unfolded.matches("\r\nBEGIN:VEVENT\r\n").count(), 2, "{ics}");
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        // Title, time and SEQUENCE of the moving action always belong to one and the same version.
        let event = unfolded
            .split("BEGIN:VEVENT")
            .find(|e| e.contains("UID:moving@test"))
            .expect("moving event");
        let v: usize = event
            .split("SUMMARY:Vigil version ")
            .nth(1)
            .and_then(|r| r.split("\r\n").next())
            .and_then(|n| n.parse().ok())
            .expect("version");
        assert!(
            event.contains(&format!("DTSTART;TZID=Asia/Beirut:20271129T18{:02}00", v % 60)),
            "{event}"
        );
        assert!(event.contains(&format!("SEQUENCE:{v}\r\n")), "{event}");
        seen.insert(v);
        reads += 1;
    }
    writer.join().expect("writer finished");
    assert!(seen.len() > 2, "the reads overlapped the writes: saw versions {seen:?}");
}

/// A server process, killed when dropped (a failed assertion must not leave it running: it
/// holds the test runner's output open).
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the `actioncal serve` binary on `db` and a free port, `MALLOC_ARENA_MAX` set to
/// `arenas` or absent; the server and the address it listens on, once it says so.
fn serve(db: &str, arenas: Option<&str>) -> (Server, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_actioncal"));
    command
        .args(["serve", "--db", db, "--bind", "127.0.0.1:0"])
        .env("RUST_LOG", "error")
        .env_remove("MALLOC_ARENA_MAX")
        .stderr(Stdio::piped());
    if let Some(n) = arenas {
        command.env("MALLOC_ARENA_MAX", n);
    }
    started(command)
}

/// Starts `command` (an `actioncal serve`, perhaps wrapped); the server and the address it
/// listens on, once it says so.
fn started(mut command: Command) -> (Server, String) {
    use std::io::{BufRead as _, BufReader};
    let mut server = Server(command.stderr(Stdio::piped()).spawn().expect("serves"));
    let mut lines = BufReader::new(server.0.stderr.take().expect("stderr")).lines();
    let address = loop {
        let line = lines.next().expect("the server says where it listens").expect("line");
        if let Some(rest) = line.strip_prefix("actioncal serving on http://") {
            break rest.split_whitespace().next().expect("address").to_string();
        }
    };
    // Keep reading what it logs, so that it never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    (server, address)
}

#[cfg(target_os = "linux")]
#[test]
fn serve_bounds_its_malloc_arenas_unless_told_otherwise() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("m.db").display().to_string();
    for (given, expected) in [(None, "MALLOC_ARENA_MAX=2"), (Some("4"), "MALLOC_ARENA_MAX=4")] {
        let (server, address) = serve(&db, given);
        // The same process (pid) serves, with the setting in its environment.
        let environ = std::fs::read(format!("/proc/{}/environ", server.0.id())).expect("environ");
        let vars: Vec<&[u8]> = environ.split(|&b| b == 0).collect();
        assert!(
            vars.contains(&expected.as_bytes()),
            "{given:?}: {}",
            String::from_utf8_lossy(&environ)
        );
        let mut s = std::net::TcpStream::connect(&address).expect("connects");
        std::io::Write::write_all(&mut s, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .expect("sent");
        let mut answer = String::new();
        s.read_to_string(&mut answer).expect("read");
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    }
}

#[test]
fn sigterm_lets_the_request_in_flight_finish() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("s.db");
    let file = dir.path().join("bulk.json");
    std::fs::write(&file, big_import(5_000).to_string()).expect("write");
    let (db_s, file_s) = (db.display().to_string(), file.display().to_string());
    assert!(actioncal(&["import", "--db", &db_s, &file_s]).0);
    let (mut server, address) = serve(&db_s, None);
    // A cold render of 5 000 actions takes a while: the request is in flight when SIGTERM comes.
    let request = std::thread::spawn(move || {
        let mut s = std::net::TcpStream::connect(&address).expect("connects");
        s.write_all(b"GET /calendar.ics?from=2026-01-01 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .expect("sent");
        let mut answer = Vec::new();
        s.read_to_end(&mut answer).expect("read");
        String::from_utf8(answer).expect("utf-8")
    });
    std::thread::sleep(std::time::Duration::from_millis(150));
    let pid = server.0.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill")
            .success()
    );
    let answer = request.join().expect("request thread");
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "{}",
        &answer[..answer.len().min(200)]
    );
    assert!(answer.ends_with("END:VCALENDAR\r\n"), "the feed was cut");
    assert_eq!(answer.matches("\r\nBEGIN:VEVENT\r\n").count(), 5_000);
    let status = server.0.wait().expect("exits");
    assert!(status.success(), "{status:?}");
}

/// Posts an action with `description` to `app`.
async fn submit(app: &crate::helpers::TestApp, description: &str) -> crate::helpers::Resp {
    app.send_json(Method::POST, "/api/v1/submissions", &[], &a_submission(description))
        .await
}

fn a_submission(description: &str) -> Value {
    json!({
        "title": "Vigil at the town hall", "start": "2027-06-05T18:00", "end": "2027-06-05T19:30",
        "timezone": "Europe/Dublin", "country": "IE", "city": "Cork", "organiser_email": "o@example.org",
        "description": description, "confirm": ["zone_not_in_country", "night_time", "in_the_past", "far_ahead", "possible_duplicate"]
    })
}

#[actix_web::test]
async fn a_read_only_store_keeps_serving_and_refuses_writes_plainly() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("test.db");
    let writer = crate::helpers::spawn_with_db(db.clone(), |_| {}).await;
    writer.import_fixture("demo.json");
    let feed = writer.get("/calendar.ics?from=2026-01-01").await;
    let replica = crate::helpers::spawn_with_db(db.clone(), |s| s.store.read_only = true).await;
    let same = replica.get("/calendar.ics?from=2026-01-01").await;
    assert_eq!(same.status, 200);
    assert_eq!(same.bytes, feed.bytes, "a replica serves the same feed");
    assert_eq!(replica.get("/api/v1/events?from=2026-01-01").await.status, 200);
    assert_eq!(replica.get("/").await.status, 200);
    let before = replica.count_events();
    let res = submit(&replica, "Bring candles.").await;
    assert_eq!(res.status, 503, "{}", res.text());
    let error = res.json()["error"].as_str().unwrap_or_default().to_string();
    assert!(
        error.contains("read-only") && error.contains("nothing was written"),
        "{error}"
    );
    assert_eq!(replica.count_events(), before);
    // The primary still takes it.
    let res = submit(&writer, "Bring candles.").await;
    assert_eq!(res.status, 201, "{}", res.text());
}

#[actix_web::test]
async fn a_full_store_refuses_writes_with_507_and_keeps_serving() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("test.db");
    let seeded = crate::helpers::spawn_with_db(db.clone(), |_| {}).await;
    seeded.import_fixture("demo.json");
    let feed = seeded.get("/calendar.ics?from=2026-01-01").await;
    drop(seeded);
    // A quota of one byte: SQLite keeps the pages in use and refuses to add any.
    let full = crate::helpers::spawn_with_db(db.clone(), |s| s.store.max_bytes = Some(1)).await;
    let before = full.count_events();
    let long = "Bring candles, flags and friends. ".repeat(280);
    let res = submit(&full, &long).await;
    assert_eq!(res.status, 507, "{}", res.text());
    let error = res.json()["error"].as_str().unwrap_or_default().to_string();
    assert!(
        error.contains("full") && error.contains("nothing was written"),
        "{error}"
    );
    assert_eq!(full.count_events(), before, "nothing half-written");
    let again = full.get("/calendar.ics?from=2026-01-01").await;
    assert_eq!((again.status, again.bytes), (200, feed.bytes), "reads keep working");
    let (ok, report, err) = actioncal(&["check", "--db", &db.display().to_string()]);
    assert!(ok && report.contains("ok"), "{report} {err}");
}

/// Runs `args` as an unprivileged user (nobody), for whom `dir` is read-only like a read-only
/// mount: SQLite can create nothing beside the store (no `-wal`, no `-shm`).
#[cfg(target_os = "linux")]
fn as_nobody(args: &[&str]) -> Command {
    let mut command = Command::new("setpriv");
    command
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            env!("CARGO_BIN_EXE_actioncal"),
        ])
        .args(args)
        .env("RUST_LOG", "warn");
    command
}

#[cfg(target_os = "linux")]
#[test]
fn a_store_on_a_read_only_directory_is_served_checked_and_backed_up() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("ro.db");
    {
        let store = actioncal::store::Store::open(&db).expect("store");
        let demo = std::fs::read(crate::helpers::fixture("demo.json")).expect("demo");
        actioncal::service::import::import_bytes(&store, &demo, 1_800_000_000, |_| {}).expect("imports");
    }
    // Closed cleanly: the write-ahead log and its index are gone, as on a shipped copy.
    for extra in ["ro.db-wal", "ro.db-shm"] {
        let _ = std::fs::remove_file(dir.path().join(extra));
    }
    let outside = tempfile::tempdir().expect("dir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).expect("chmod");
    std::fs::set_permissions(outside.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let db = db.display().to_string();
    let out = as_nobody(&["check", "--db", &db]).output().expect("check runs");
    assert!(out.status.success(), "check: {}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("20 actions"), "{out:?}");
    let copy = outside.path().join("copy.db").display().to_string();
    let out = as_nobody(&["backup", "--db", &db, &copy])
        .output()
        .expect("backup runs");
    assert!(out.status.success(), "backup: {}", String::from_utf8_lossy(&out.stderr));
    let copied = rusqlite::Connection::open(&copy).expect("copy opens");
    let n: i64 = copied
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .expect("count");
    assert_eq!(n, 20, "the backup is whole");
    let (_server, address) = started(as_nobody(&[
        "serve",
        "--db",
        &db,
        "--read-only",
        "--bind",
        "127.0.0.1:0",
    ]));
    let get = |request: &str| {
        let mut s = std::net::TcpStream::connect(&address).expect("connects");
        std::io::Write::write_all(&mut s, request.as_bytes()).expect("sent");
        let mut answer = String::new();
        s.read_to_string(&mut answer).expect("read");
        answer
    };
    let feed = get("GET /calendar.ics?from=2026-01-01 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(
        feed.starts_with("HTTP/1.1 200") && feed.matches("BEGIN:VEVENT").count() == 20,
        "{feed}"
    );
    let page = get("GET /?from=2026-11-23 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    let body = a_submission("Bring candles.").to_string();
    let refused = get(&format!(
        "POST /api/v1/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    ));
    assert!(refused.starts_with("HTTP/1.1 503"), "{refused}");
    assert!(refused.contains("read-only"), "{refused}");
    assert!(
        !dir.path().join("ro.db-wal").exists(),
        "nothing was created beside the store"
    );

    // A copy whose last commits are still in its write-ahead log (no index beside it): read as
    // immutable, they would be silently missing, so it is refused and says why.
    let live = tempfile::tempdir().expect("dir");
    let copy = tempfile::tempdir().expect("dir");
    let c = rusqlite::Connection::open(live.path().join("w.db")).expect("db");
    c.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (x); INSERT INTO t VALUES (1);",
    )
    .expect("written");
    for f in ["w.db", "w.db-wal"] {
        std::fs::copy(live.path().join(f), copy.path().join(f)).expect("copied");
    }
    drop(c);
    assert!(std::fs::metadata(copy.path().join("w.db-wal")).expect("wal").len() > 0);
    std::fs::set_permissions(copy.path(), std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let w = copy.path().join("w.db").display().to_string();
    let out = as_nobody(&["check", "--db", &w]).output().expect("check runs");
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("write-ahead log"), "{said}");
}
