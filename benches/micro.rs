//! Micro benchmarks (criterion) of the parts a feed costs, on generated stores:
//! rendering a 10 000-action feed, building every VTIMEZONE it needs, validating and importing
//! 10 000 actions, and a filtered query on a 100 000-action store.
//!
//! `cargo bench --bench micro` runs them at full size (about three minutes); under
//! `cargo test --all-targets` each runs once on small stores so that none can rot.

mod generate;

use std::time::Duration;

use actioncal::domain::filter::Scope;
use actioncal::domain::{Event, FeedFilter, FeedQuery};
use actioncal::http::cache::fragments;
use actioncal::store::{Store, events};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

/// Full sizes under `cargo bench`, small ones when run as a test.
fn sizes() -> (usize, usize) {
    if std::env::args().any(|a| a == "--bench") {
        (10_000, 100_000)
    } else {
        (300, 1_000)
    }
}

fn store_with(dir: &tempfile::TempDir, n: usize) -> Store {
    let store = Store::open(&dir.path().join(format!("micro-{n}.db"))).expect("store");
    let file = generate::import_file(n).to_string();
    actioncal::service::import::import_bytes(&store, file.as_bytes(), 1_800_000_000, |_| {}).expect("import");
    store
}

fn filter(raw: FeedQuery) -> FeedFilter {
    FeedFilter::parse(Scope::All, &raw).expect("filter")
}

fn everything(store: &Store) -> Vec<Event> {
    let all = filter(FeedQuery {
        from: Some("2026-01-01".into()),
        ..Default::default()
    });
    let horizon = "2026-01-01".parse().expect("date");
    store.with_conn(|c| events::published(c, &all, horizon)).expect("query")
}

fn render(c: &mut Criterion) {
    let (n, _) = sizes();
    let dir = tempfile::tempdir().expect("temp dir");
    let list = everything(&store_with(&dir, n));
    let meta = actioncal::ical::FeedMeta {
        name: "Actions worldwide".into(),
        description: "All actions".into(),
        url: "https://calendar.example.org/calendar.ics".into(),
    };
    let mut g = c.benchmark_group("render");
    g.sample_size(20).measurement_time(Duration::from_secs(8));
    g.bench_function(format!("feed of {n} actions, VTIMEZONEs included"), |b| {
        b.iter(|| actioncal::ical::render_feed(&meta, &list, "https://calendar.example.org"))
    });
    // What the server does after a change: VEVENTs and VTIMEZONEs of unchanged actions are
    // copied from earlier renders; one action changed since the last render.
    let kept = actioncal::http::cache::Fragments::default();
    let mut changed = fragments::Owned::new(list.clone());
    kept.feed(&meta, &changed.listed(), "https://calendar.example.org");
    let mut round = 0;
    g.bench_function(format!("feed of {n} actions again, one changed since"), |b| {
        b.iter(|| {
            round += 1;
            let len = changed.len();
            changed.change(round % len, |e| e.sequence += 1);
            kept.feed(&meta, &changed.listed(), "https://calendar.example.org")
        })
    });
    // The part of the above that finds each chunk of VEVENTs (fingerprints, lookups, the one
    // chunk rendered again).
    g.bench_function(format!("the {n} VEVENTs alone, one changed since"), |b| {
        b.iter(|| {
            round += 1;
            let len = changed.len();
            changed.change(round % len, |e| e.sequence += 1);
            kept.chunks(&changed.listed(), "https://calendar.example.org")
        })
    });
    g.bench_function(format!("every VTIMEZONE the {n}-action feed needs"), |b| {
        b.iter(|| actioncal::ical::vtimezones(&list))
    });
    g.finish();
}

fn import(c: &mut Criterion) {
    let (n, _) = sizes();
    let file = generate::import_file(n).to_string();
    let mut g = c.benchmark_group("import");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function(format!("validate and import {n} actions into an empty store"), |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("temp dir");
                let store = Store::open(&dir.path().join("import.db")).expect("store");
                (dir, store)
            },
            |(dir, store)| {
                actioncal::service::import::import_bytes(&store, file.as_bytes(), 1_800_000_000, |_| {})
                    .expect("import");
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

fn query(c: &mut Criterion) {
    let (_, big) = sizes();
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_with(&dir, big);
    let horizon = "2026-01-01".parse().expect("date");
    let mut g = c.benchmark_group("query");
    g.sample_size(30);
    let q = |f: fn(&mut FeedQuery)| {
        let mut raw = FeedQuery {
            from: Some("2026-01-01".into()),
            ..Default::default()
        };
        f(&mut raw);
        filter(raw)
    };
    let cases = [
        (
            "one region (region=western-asia)",
            q(|r| r.region = Some("western-asia".into())),
        ),
        ("one country (country=PS)", q(|r| r.country = Some("PS".into()))),
        (
            "one campaign (campaign=campaign-7)",
            q(|r| r.campaign = Some("campaign-7".into())),
        ),
        (
            "a tag in one month (tag=vigil, March 2027)",
            q(|r| {
                r.tag = Some("vigil".into());
                r.from = Some("2027-03-01".into());
                r.to = Some("2027-03-31".into());
            }),
        ),
    ];
    for (name, f) in cases {
        g.bench_function(format!("{name}, {big}-action store"), |b| {
            b.iter(|| store.with_conn(|c| events::published(c, &f, horizon)).expect("query"))
        });
    }
    g.finish();
}

criterion_group!(benches, render, import, query);
criterion_main!(benches);
