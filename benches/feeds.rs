//! Feed benchmark: import 10 000 generated actions in 60 zones, render the feed cold, then
//! serve it hot and as 304 revalidations over HTTP on loopback.
//!
//! `cargo bench --bench feeds` runs it at full size; under `cargo test --all-targets` it runs a
//! small smoke version so that it cannot rot. Timings are printed, never asserted.

mod generate;

use std::time::{Duration, Instant};

use actioncal::config::Settings;
use actioncal::http::cache::fragments;
use actioncal::startup::Application;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

async fn hammer(url: &str, headers: &[(&str, String)], requests: usize) -> (f64, Duration, Duration, u16, usize) {
    let client = awc::Client::builder().timeout(Duration::from_secs(30)).finish();
    let mut times = Vec::with_capacity(requests);
    let (mut status, mut size) = (0, 0);
    let start = Instant::now();
    for _ in 0..requests {
        let t = Instant::now();
        let mut req = client.get(url).no_decompress();
        for (k, v) in headers {
            req = req.insert_header((*k, v.as_str()));
        }
        let mut res = req.send().await.expect("request");
        let body = res.body().limit(256 * 1024 * 1024).await.expect("body");
        times.push(t.elapsed());
        status = res.status().as_u16();
        size = body.len();
    }
    let total = start.elapsed();
    times.sort();
    (
        requests as f64 / total.as_secs_f64(),
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        status,
        size,
    )
}

fn main() {
    // `ACTIONCAL_BENCH_GENERATE=N ACTIONCAL_BENCH_ACTIONS=FILE` only writes an import file of N
    // generated actions (for `actioncal import`, the 100 000-action run of benches/README.md).
    if let (Some(n), Some(path)) = (
        std::env::var("ACTIONCAL_BENCH_GENERATE").ok(),
        std::env::var_os("ACTIONCAL_BENCH_ACTIONS"),
    ) {
        let n: usize = n.parse().expect("ACTIONCAL_BENCH_GENERATE is a number");
        std::fs::write(&path, generate::import_file(n).to_string()).expect("actions file written");
        println!(
            "wrote {n} generated actions to {}",
            std::path::Path::new(&path).display()
        );
        return;
    }
    let full = std::env::args().any(|a| a == "--bench");
    let (n, requests) = if full { (10_000, 2_000) } else { (300, 20) };
    let dir = tempfile::tempdir().expect("temp dir");
    // benches/load.sh keeps the generated store to serve it under load.
    let db = match std::env::var_os("ACTIONCAL_BENCH_STORE") {
        Some(path) => {
            let path = std::path::PathBuf::from(path);
            let _ = std::fs::remove_file(&path);
            path
        }
        None => dir.path().join("bench.db"),
    };
    let file = generate::import_file(n);
    let bytes = file.to_string();
    // benches/load.sh hands the same actions to the baselines (Python icalendar, ical-generator).
    if let Some(path) = std::env::var_os("ACTIONCAL_BENCH_ACTIONS") {
        std::fs::write(path, &bytes).expect("actions file written");
    }
    let store = actioncal::store::Store::open(&db).expect("store");
    let t = Instant::now();
    let summary =
        actioncal::service::import::import_bytes(&store, bytes.as_bytes(), 1_800_000_000, |_| {}).expect("import");
    println!(
        "import: {} actions validated and written in {:.2?}",
        summary.events.inserted,
        t.elapsed()
    );

    let query = actioncal::domain::FeedQuery {
        from: Some("2026-01-01".into()),
        ..Default::default()
    };
    let filter = actioncal::domain::FeedFilter::parse(actioncal::domain::filter::Scope::All, &query).expect("filter");
    let horizon = "2026-01-01".parse().expect("date");
    let t = Instant::now();
    let events = store
        .with_conn(|c| actioncal::store::events::published(c, &filter, horizon))
        .expect("query");
    let queried = t.elapsed();
    let meta = actioncal::ical::FeedMeta {
        name: "All".into(),
        description: "All".into(),
        url: "https://x/calendar.ics".into(),
    };
    // Best of five, as the baselines report theirs.
    let best = |f: &mut dyn FnMut() -> actioncal::http::cache::Body| {
        (0..5)
            .map(|_| {
                let t = Instant::now();
                let body = f();
                (t.elapsed(), body)
            })
            .min_by_key(|(took, _)| *took)
            .expect("five runs")
    };
    let base = "https://calendar.example.org";
    // Fresh: nothing kept from earlier renders (the server's first render, on both cores). The
    // feed as the server keeps and sends it: parts in order, never joined into one buffer.
    let owned = fragments::Owned::new(events.clone());
    let (rendered, body) =
        best(&mut || actioncal::http::cache::Fragments::default().feed(&meta, &owned.listed(), base));
    let reference = actioncal::ical::render_feed(&meta, &events, base);
    assert_eq!(body.to_vec(), reference.as_bytes(), "the same bytes either way");
    // After a change: earlier chunks of VEVENTs and the VTIMEZONEs shared, one chunk rendered afresh.
    let kept = actioncal::http::cache::Fragments::default();
    kept.feed(&meta, &owned.listed(), base);
    let mut changed = owned;
    let mut round = 0;
    let (rerendered, again) = best(&mut || {
        round += 1;
        changed.change(round, |e| e.sequence += 1);
        kept.feed(&meta, &changed.listed(), base)
    });
    assert_eq!(again.len(), body.len(), "the same feed but for one SEQUENCE digit");
    // The same, joined into one buffer (what a server holding one string per feed would do).
    let (joined, _) = best(&mut || {
        round += 1;
        changed.change(round, |e| e.sequence += 1);
        let body = kept.feed(&meta, &changed.listed(), base);
        actioncal::http::cache::Body::from(String::from_utf8(body.to_vec()).expect("utf-8"))
    });
    println!(
        "render_fresh_s={:.6} render_kept_s={:.6} render_kept_joined_s={:.6}",
        rendered.as_secs_f64(),
        rerendered.as_secs_f64(),
        joined.as_secs_f64()
    );
    let t = Instant::now();
    let gz = body.gzip();
    let gz_took = t.elapsed();
    // After a change: the server compressed every part for its first answer; one chunk is new.
    again.gzip();
    changed.change(0, |e| e.sequence += 1);
    let next = kept.feed(&meta, &changed.listed(), base);
    let t = Instant::now();
    let gz_again = next.gzip();
    let gz_again_took = t.elapsed();
    let size = |slices: &[actix_web::web::Bytes]| slices.iter().map(|s| s.len()).sum::<usize>();
    println!(
        "library: query {queried:.2?} ({} actions), render {rendered:.2?} ({} bytes; {rerendered:.2?} after one change, \
         {joined:.2?} joined into one buffer), gzip {gz_took:.2?} ({} bytes; {gz_again_took:.2?} after one change, {} bytes)",
        events.len(),
        body.len(),
        size(&gz),
        size(&gz_again),
    );

    actix_web::rt::System::new().block_on(async move {
        let db_path = db.clone();
        let mut settings = Settings::for_tests(db);
        settings.base_url = Some("https://calendar.example.org".into());
        let app = Application::build(settings).await.expect("app");
        let url = format!("http://127.0.0.1:{}/calendar.ics?from=2026-01-01", app.port());
        actix_web::rt::spawn(app.run_until_stopped());
        let (_, cold, _, status, size) = hammer(&url, &[], 1).await;
        assert_eq!(status, 200);
        println!("cold render over HTTP (query + {n} VEVENTs + VTIMEZONEs + gzip): {cold:.2?}, {size} bytes");
        let (rps, p50, p99, _, _) = hammer(&url, &[], requests).await;
        println!("hot feed, one connection: {rps:.0} req/s, p50 {p50:.2?}, p99 {p99:.2?}");
        let gz = [("Accept-Encoding", "gzip".to_string())];
        let (rps, p50, p99, _, gz_size) = hammer(&url, &gz, requests).await;
        println!("hot feed gzip, one connection: {rps:.0} req/s, p50 {p50:.2?}, p99 {p99:.2?}, {gz_size} bytes");
        let client = awc::Client::default();
        // The identity representation's tag: hammer asks for identity, and a 304 is only for
        // the tag of the representation that would be sent (RFC 9110 §13.1.2).
        let etag = client
            .get(&url)
            .insert_header(("Accept-Encoding", "identity"))
            .send()
            .await
            .expect("get")
            .headers()
            .get("etag")
            .expect("etag")
            .to_str()
            .expect("ascii")
            .to_string();
        let (rps, p50, p99, status, _) = hammer(&url, &[("If-None-Match", etag)], requests).await;
        assert_eq!(status, 304);
        println!("304 revalidation, one connection: {rps:.0} req/s, p50 {p50:.2?}, p99 {p99:.2?}");
        // One action changes (as an import from another process would); the next request
        // renders the feed again with the other VEVENTs copied.
        let one = serde_json::json!([file["events"][0].clone()]);
        let mut one = one;
        one[0]["title"] = serde_json::json!("Vigil for the prisoners, moved to the square");
        let store = actioncal::store::Store::open(&db_path).expect("store");
        actioncal::service::import::import_bytes(&store, one.to_string().as_bytes(), 1_800_000_100, |_| {})
            .expect("change");
        let (_, after, _, status, _) = hammer(&url, &[], 1).await;
        assert_eq!(status, 200);
        println!("render over HTTP after one action changed (query + copies + gzip): {after:.2?}");
    });
}
