//! A caching reverse proxy in front of the service (docs/scaling.md): nginx `proxy_cache`
//! keeps feeds, answers subscribers' conditional GETs itself, revalidates with the service's
//! ETag when its copy expires (the service answers 304), and serves the change once the store
//! moved. nginx is Debian's, installed by `.ci/run`.

use std::time::Duration;

use actix_web::http::Method;
use serde_json::json;

use crate::helpers::{Nginx, TestApp, nginx, spawn_app};

/// How long nginx keeps a feed before asking the service again (seconds).
const FRESH_FOR: u64 = 1;
/// Waiting this long (ms) outlives the proxy's copy: nginx counts in whole seconds.
const OUTLIVE_MS: u64 = FRESH_FOR * 1000 + 1100;

fn nginx_in_front_of(app: &TestApp) -> Nginx {
    let upstream = app.address.trim_start_matches("http://").to_string();
    // A deployment's micro-caching: the proxy's own lifetime instead of the feeds'
    // max-age=300, so that the test sees expiry within seconds.
    nginx(|port, dir| {
        let d = dir.display();
        format!(
            r#"
  proxy_cache_path {d}/cache keys_zone=feeds:1m max_size=64m;
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://{upstream};
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_cache feeds;
      proxy_cache_revalidate on;
      proxy_ignore_headers Cache-Control;
      proxy_cache_valid 200 {FRESH_FOR}s;
      add_header X-Cache $upstream_cache_status always;
    }}
  }}"#
        )
    })
}

#[actix_web::test]
async fn a_caching_proxy_answers_revalidations_and_sees_every_change() {
    let app = spawn_app().await;
    app.import_fixture("demo.json");
    let proxy = nginx_in_front_of(&app);
    let via = TestApp {
        address: format!("http://127.0.0.1:{}", proxy.port),
        db: app.db.clone(),
        dir: tempfile::tempdir().expect("dir"),
    };
    let feed = "/calendar.ics?from=2026-01-01";
    let first = via.get(feed).await;
    assert_eq!(first.status, 200, "{}", first.text());
    assert_eq!(first.header("x-cache").as_deref(), Some("MISS"));
    assert_eq!(
        first.bytes,
        app.get(feed).await.bytes,
        "the proxy passes the feed unchanged"
    );
    let etag = first.header("etag").expect("the proxy keeps the ETag");
    let second = via.get(feed).await;
    assert_eq!(second.header("x-cache").as_deref(), Some("HIT"));
    // A subscriber's conditional GET is answered by the proxy.
    let conditional = via.request(Method::GET, feed, &[("If-None-Match", &etag)]).await;
    assert_eq!(conditional.status, 304);
    assert!(conditional.bytes.is_empty());
    // Once its copy expires the proxy asks the service with the ETag; unchanged, the service
    // answers 304 and the proxy keeps serving its copy.
    actix_web::rt::time::sleep(Duration::from_millis(OUTLIVE_MS)).await;
    let revalidated = via.get(feed).await;
    assert_eq!(revalidated.header("x-cache").as_deref(), Some("REVALIDATED"));
    assert_eq!(revalidated.bytes, first.bytes);
    // A change in the store reaches subscribers behind the proxy within its lifetime.
    app.import(&json!([{
        "uid": "proxy@test", "title": "Flag raising at the harbour", "start": "2027-05-15T12:00",
        "timezone": "Europe/Dublin", "country": "IE", "city": "Cork"
    }]))
    .expect("imports");
    actix_web::rt::time::sleep(Duration::from_millis(OUTLIVE_MS)).await;
    let changed = via.request(Method::GET, feed, &[("If-None-Match", &etag)]).await;
    assert_eq!(changed.status, 200, "a changed feed is never 304");
    assert_eq!(changed.header("x-cache").as_deref(), Some("EXPIRED"));
    assert!(changed.text().contains("SUMMARY:Flag raising at the harbour"));
    assert_ne!(changed.header("etag"), Some(etag));
}
