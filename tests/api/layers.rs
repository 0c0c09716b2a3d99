//! Issue 13: the restructure kept every answer; what it added is held here (every write path
//! with its audit entry, the order of checks, 405 with `Allow`).

use awc::http::Method;
use serde_json::{Value, json};

use crate::helpers::{actioncal, app_with_coordinator, spawn_with};

fn audit(db: &std::path::Path) -> Vec<(String, String, Value)> {
    let c = rusqlite::Connection::open(db).expect("db");
    let mut stmt = c
        .prepare("SELECT actor, action, coalesce(after, before) FROM audit_log ORDER BY id")
        .expect("query");
    stmt.query_map([], |r| {
        let text: String = r.get(2)?;
        Ok((r.get(0)?, r.get(1)?, serde_json::from_str(&text).unwrap_or(Value::Null)))
    })
    .expect("rows")
    .collect::<Result<_, _>>()
    .expect("read")
}

#[test]
fn the_command_lines_writes_are_in_the_audit_log() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("s.db");
    let db_s = db.display().to_string();
    let file = dir.path().join("one.json");
    std::fs::write(
        &file,
        json!({"events": [{"uid": "a@test", "title": "Vigil", "start": "2027-11-29T18:00", "timezone": "Asia/Beirut"}]})
            .to_string(),
    )
    .expect("write");
    let (ok, _, err) = actioncal(&["import", "--db", &db_s, &file.display().to_string()]);
    assert!(ok, "{err}");
    let (ok, _, err) = actioncal(&["admin", "add-coordinator", "--db", &db_s, "Beirut group"]);
    assert!(ok, "{err}");
    let (ok, _, err) = actioncal(&["admin", "revoke", "--db", &db_s, "Beirut group"]);
    assert!(ok, "{err}");
    let log = audit(&db);
    let actions: Vec<(&str, &str)> = log.iter().map(|(a, b, _)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        actions,
        [
            ("operator", "import"),
            ("operator", "coordinator-add"),
            ("operator", "coordinator-revoke")
        ]
    );
    assert_eq!(log[0].2["events"]["inserted"], 1);
    assert!(log[0].2["file"].as_str().is_some_and(|f| f.ends_with("one.json")));
    assert_eq!(log[1].2["coordinator"]["name"], "Beirut group");
    // A refused name changes nothing and says what is allowed.
    let (ok, _, err) = actioncal(&["admin", "add-coordinator", "--db", &db_s, "\u{202E}\t"]);
    assert!(!ok && err.contains("1 to 100 printable characters"), "{err}");
    assert_eq!(audit(&db).len(), 3);
}

#[actix_web::test]
async fn a_client_over_the_submission_limit_is_told_so_whatever_its_body() {
    let app = spawn_with(|s| s.submissions_per_window = 1).await;
    let body = json!({"title": "Vigil", "start": "2027-11-29T18:00", "timezone": "Asia/Beirut",
        "country": "LB", "city": "Beirut", "organiser_email": "o@example.org"});
    let res = app.send_json(Method::POST, "/api/v1/submissions", &[], &body).await;
    assert_eq!(res.status, 201, "{}", res.text());
    let mut bad = body.clone();
    bad["uid"] = json!("mine@example.org");
    let res = app.send_json(Method::POST, "/api/v1/submissions", &[], &bad).await;
    assert_eq!(res.status, 429, "the limit before the body: {}", res.text());
}

#[actix_web::test]
async fn a_method_a_path_does_not_take_is_405_with_allow() {
    let (app, coord) = app_with_coordinator().await;
    let auth = format!("Bearer {coord}");
    for (method, path, allow) in [
        (Method::GET, "/api/v1/moderation/events/1", "PUT, PATCH, DELETE"),
        (Method::PATCH, "/api/v1/submissions", "POST"),
        (Method::DELETE, "/api/v1/moderation/queue", "GET"),
    ] {
        let res = app.request(method.clone(), path, &[("Authorization", &auth)]).await;
        assert_eq!(res.status, 405, "{method} {path}");
        assert_eq!(res.header("allow").as_deref(), Some(allow), "{method} {path}");
        assert!(res.json()["error"].as_str().is_some_and(|e| e.contains("allowed")));
    }
}

#[actix_web::test]
async fn the_desk_answers_who_first() {
    let (app, _) = app_with_coordinator().await;
    // No session: 401 whatever the id and wherever the form comes from.
    for (path, site) in [
        ("/admin/submissions/abc/approve", "same-origin"),
        ("/admin/submissions/1/approve", "cross-site"),
    ] {
        let res = app
            .send_bytes(
                Method::POST,
                path,
                &[
                    ("Content-Type", "application/x-www-form-urlencoded"),
                    ("Sec-Fetch-Site", site),
                ],
                b"csrf=x".to_vec(),
            )
            .await;
        assert_eq!(res.status, 401, "{path} {site}: {}", res.text());
    }
}

#[actix_web::test]
async fn names_a_filter_may_use_follow_the_store() {
    let app = crate::helpers::spawn_app().await;
    let action = |uid: &str, tag: &str| {
        json!({"events": [{"uid": uid, "title": "Vigil", "start": "2027-11-29T18:00",
            "timezone": "Asia/Beirut", "tags": [tag]}]})
    };
    app.import(&action("a@test", "vigil")).expect("import");
    assert_eq!(app.get("/calendar.ics?tag=vigil").await.status, 200);
    let refused = app.get("/calendar.ics?tag=march").await;
    assert_eq!(refused.status, 400);
    assert!(refused.text().contains("known: vigil"), "{}", refused.text());
    // Known once an action uses it (kept names are per revision), and refused again once none
    // does.
    app.import(&action("b@test", "march")).expect("import");
    assert_eq!(app.get("/calendar.ics?tag=march").await.status, 200);
    assert_eq!(app.get("/api/v1/events?tag=march").await.status, 200);
    app.import(&action("b@test", "rally")).expect("import");
    assert_eq!(app.get("/feed.atom?tag=march").await.status, 400);
    assert_eq!(app.get("/?tag=rally").await.status, 200);
}
