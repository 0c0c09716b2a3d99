//! `actioncal import`: all or nothing, idempotent, every refusal named and harmless.

use serde_json::{Value, json};

use crate::helpers::{actioncal, fixture, spawn_app};

fn write(dir: &std::path::Path, name: &str, v: &Value) -> String {
    let p = dir.join(name);
    std::fs::write(&p, v.to_string()).expect("write");
    p.display().to_string()
}

fn good() -> Value {
    json!({
        "uid": "good@test", "title": "March", "start": "2027-11-06T12:00", "end": "2027-11-06T15:00",
        "timezone": "America/New_York", "country": "US", "city": "Washington, DC"
    })
}

#[test]
fn the_cli_imports_all_or_nothing_and_names_the_bad_record() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("s.db").display().to_string();
    let mut bad = good();
    bad["uid"] = json!("bad@test");
    bad["timezone"] = json!("Mars/Olympus");
    let file = write(dir.path(), "bad.json", &json!({"events": [good(), bad]}));
    let (ok, _, err) = actioncal(&["import", "--db", &db, &file]);
    assert!(!ok);
    assert!(err.contains("event 1 (uid \"bad@test\")"), "{err}");
    assert!(err.contains("timezone"), "{err}");
    assert!(err.contains("Europe/Paris"), "says what is allowed: {err}");
    assert!(err.contains("nothing was written"), "{err}");
    let c = rusqlite::Connection::open(&db).expect("db");
    let n: i64 = c
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .expect("count");
    assert_eq!(n, 0, "the good record before the bad one was not written either");
}

#[test]
fn importing_twice_changes_nothing_and_a_change_raises_sequence() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("s.db").display().to_string();
    let demo = fixture("demo.json").display().to_string();
    let (ok, out, err) = actioncal(&["import", "--db", &db, &demo]);
    assert!(ok, "{err}");
    assert!(
        out.contains("2 campaigns added or changed") && out.contains("0 updated"),
        "{out}"
    );
    let (ok, out, _) = actioncal(&["import", "--db", &db, &demo]);
    assert!(ok);
    assert!(
        out.contains("0 campaigns added or changed; actions: 0 added, 0 updated"),
        "{out}"
    );
    let mut changed = good();
    let file = write(dir.path(), "one.json", &json!([changed.clone()]));
    assert!(actioncal(&["import", "--db", &db, &file]).0);
    changed["start"] = json!("2027-11-06T13:00");
    let file = write(dir.path(), "one.json", &json!([changed]));
    let (ok, out, _) = actioncal(&["import", "--db", &db, &file]);
    assert!(ok && out.contains("1 updated"), "{out}");
    let c = rusqlite::Connection::open(&db).expect("db");
    let seq: i64 = c
        .query_row("SELECT sequence FROM events WHERE uid = 'good@test'", [], |r| r.get(0))
        .expect("row");
    assert_eq!(seq, 1);
}

#[test]
fn events_without_uid_get_a_stable_one() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("s.db").display().to_string();
    let mut e = good();
    e.as_object_mut().expect("object").remove("uid");
    let file = write(dir.path(), "nouid.json", &json!([e]));
    assert!(actioncal(&["import", "--db", &db, &file]).0);
    let (_, out, _) = actioncal(&["import", "--db", &db, &file]);
    assert!(out.contains("0 added, 0 updated, 1 unchanged"), "{out}");
}

#[test]
fn version_names_the_tz_release() {
    let (ok, out, _) = actioncal(&["--version"]);
    assert!(ok);
    assert!(out.contains("tzdata 2026"), "{out}");
}

#[actix_web::test]
async fn every_refusal_says_what_is_wrong_and_writes_nothing() {
    let app = spawn_app().await;
    app.import(&json!({"campaigns": [{"slug": "known", "name": "Known"}], "events": [good()]}))
        .expect("base");
    let before = app.get("/calendar.ics?from=2026-01-01").await.bytes;
    let with = |k: &str, v: Value| {
        let mut e = good();
        e["uid"] = json!("new@test");
        if v.is_null() {
            e.as_object_mut().expect("object").remove(k);
        } else {
            e[k] = v;
        }
        e
    };
    let cases: Vec<(Value, &str, &str)> = vec![
        (with("timezone", Value::Null), "timezone", "required"),
        (with("timezone", json!("Europe/Atlantis")), "timezone", "IANA"),
        (with("start", json!("2027-03-14T02:30")), "start", "does not exist"),
        (with("start", json!("2027-11-07T01:30")), "start", "happens twice"),
        (with("end", json!("2027-11-06T11:00")), "end", "after start"),
        (with("country", json!("XY")), "country", "ISO 3166-1"),
        (
            with("recurrence", json!("FREQ=FORTNIGHTLY")),
            "recurrence",
            "FREQ=WEEKLY;COUNT=6",
        ),
        (
            with("recurrence", json!("FREQ=MINUTELY;COUNT=3")),
            "recurrence",
            "not supported",
        ),
        (with("title", json!("   ")), "title", "required"),
        (with("title", Value::Null), "title", "required"),
        (
            with("campaigns", json!(["unknown-campaign"])),
            "campaigns",
            "not a campaign",
        ),
        (with("online_url", json!("not a url")), "online_url", "http"),
        (
            with("organiser_email", json!("nobody-at-example")),
            "organiser_email",
            "e-mail",
        ),
        (with("latitude", json!(123.0)), "latitude", "-90 to 90"),
        (with("title", json!("x".repeat(201))), "title", "at most 200"),
        (
            with("description", json!("x".repeat(10_001))),
            "description",
            "at most 10000",
        ),
        (with("tags", json!(vec!["t"; 21])), "tags", "at most 20"),
        (with("latitude", json!("north")), "latitude", "invalid type"),
        (with("colour", json!("red")), "colour", "unknown field"),
        (with("start", json!("2027-02-29T10:00")), "start", "does not exist"),
    ];
    for (event, field, hint) in cases {
        let err = app
            .import(&json!({"events": [good(), event.clone()]}))
            .expect_err("refused")
            .to_string();
        assert!(err.contains("event 1"), "{err}");
        assert!(err.contains(field), "{field}: {err}");
        assert!(err.contains(hint), "{field}: {err}");
        assert_eq!(app.count_events(), 1, "{field}: something was written");
    }
    let err = app
        .import(&json!({"campaigns": [{"slug": "Bad Slug", "name": "x"}]}))
        .expect_err("refused")
        .to_string();
    assert!(err.contains("campaign 0") && err.contains("slug"), "{err}");
    let err = app
        .import(&json!({"events": [good(), good()]}))
        .expect_err("refused")
        .to_string();
    assert!(err.contains("appears twice"), "{err}");
    assert!(
        app.import(&json!("not an import"))
            .expect_err("refused")
            .to_string()
            .contains("expected JSON")
    );
    assert_eq!(
        app.get("/calendar.ics?from=2026-01-01").await.bytes,
        before,
        "the feed did not change"
    );
}

#[actix_web::test]
async fn coordinators_are_managed_from_the_command_line() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("test.db").display().to_string();
    // A mistyped store path is refused, never made into a new, empty store.
    let (ok, _, err) = actioncal(&["admin", "add-coordinator", "--db", &db, "Samidoun coordinators"]);
    assert!(!ok && err.contains("does not exist"), "{err}");
    assert!(!std::path::Path::new(&db).exists(), "no store was created");
    actioncal::store::Store::open(std::path::Path::new(&db)).expect("the server's store");
    let (ok, token, err) = actioncal(&["admin", "add-coordinator", "--db", &db, "Samidoun coordinators"]);
    assert!(ok, "{err}");
    let token = token.trim().to_string();
    assert!(
        token.starts_with("acc_") && err.contains("shown only this once"),
        "{token} {err}"
    );
    let stored: String = rusqlite::Connection::open(&db)
        .expect("db")
        .query_row("SELECT token_hash FROM coordinators", [], |r| r.get(0))
        .expect("row");
    assert_ne!(stored, token, "only a hash is stored");
    let (_, list, _) = actioncal(&["admin", "list-coordinators", "--db", &db]);
    assert!(
        list.contains("1\tSamidoun coordinators") && list.contains("active"),
        "{list}"
    );
    let app = crate::helpers::spawn_on(dir).await;
    let auth = format!("Bearer {token}");
    assert_eq!(
        app.request(
            awc::http::Method::GET,
            "/api/v1/moderation/queue",
            &[("Authorization", &auth)]
        )
        .await
        .status,
        200
    );
    let (ok, _, _) = actioncal(&["admin", "revoke", "--db", &db, "Samidoun coordinators"]);
    assert!(ok);
    assert_eq!(
        app.request(
            awc::http::Method::GET,
            "/api/v1/moderation/queue",
            &[("Authorization", &auth)]
        )
        .await
        .status,
        403
    );
    let (ok, _, err) = actioncal(&["admin", "revoke", "--db", &db, "nobody"]);
    assert!(!ok && err.contains("no active coordinator"), "{err}");
}

/// The file is checked while earlier records are written: a refusal after hundreds of rows
/// (several multi-row inserts, an update, list rows) still leaves the store as it was.
#[test]
fn a_refusal_after_many_rows_were_written_still_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let store = actioncal::store::Store::open(&dir.path().join("s.db")).expect("store");
    let import =
        |v: &Value| actioncal::service::import::import_bytes(&store, v.to_string().as_bytes(), 1_800_000_000, |_| {});
    let mut first = good();
    first["tags"] = json!(["march"]);
    import(&json!([first])).expect("base");
    let state = || {
        store
            .with_conn(|c| {
                c.query_row(
                    "SELECT (SELECT revision FROM meta), (SELECT count(*) FROM events),
                        (SELECT group_concat(title) FROM events), (SELECT count(*) FROM event_tags)",
                    [],
                    |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, i64>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, i64>(3)?,
                        ))
                    },
                )
                .map_err(actioncal::store::StoreError::from)
            })
            .expect("state")
    };
    let before = state();
    let mut events: Vec<Value> = (0..300)
        .map(|i| {
            let mut e = good();
            e["uid"] = json!(format!("many-{i}@test"));
            e["tags"] = json!(["vigil", "march"]);
            e
        })
        .collect();
    let mut changed = good();
    changed["title"] = json!("March, moved");
    events.insert(150, changed);
    let mut twice = good();
    twice["uid"] = json!("many-7@test");
    events.push(twice);
    let e = import(&json!({"events": events}))
        .expect_err("a uid twice is refused")
        .to_string();
    assert!(e.contains("event 301") && e.contains("appears twice"), "{e}");
    assert_eq!(state(), before, "nothing written, the revision unmoved");
    // And the same file without the repeated uid is taken whole.
    events.pop();
    import(&json!({"events": events})).expect("imports");
    let after = state();
    // 300 new actions with two tags each; the moved one lost its tag.
    assert_eq!((after.1, after.3), (301, 600));
    assert!(after.2.contains("March, moved"));
}

#[test]
fn commands_that_need_a_store_refuse_a_path_that_is_not_there() {
    let dir = tempfile::tempdir().expect("dir");
    let missing = dir.path().join("mistyped.db").display().to_string();
    let out = dir.path().join("copy.db").display().to_string();
    for args in [
        vec!["backup", "--db", &missing, &out],
        vec!["check", "--db", &missing],
        vec!["admin", "list-coordinators", "--db", &missing],
        vec!["admin", "revoke", "--db", &missing, "1"],
    ] {
        let (ok, _, err) = actioncal(&args);
        assert!(!ok && err.contains("does not exist"), "{args:?}: {err}");
    }
    assert!(!std::path::Path::new(&missing).exists(), "no empty store was made");
    // An import may make a new store, and says so.
    let file = write(dir.path(), "one.json", &json!([good()]));
    let fresh = dir.path().join("new.db").display().to_string();
    let (ok, _, err) = actioncal(&["import", "--db", &fresh, &file]);
    assert!(ok && err.contains("creating a new store"), "{err}");
}
