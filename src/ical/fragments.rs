//! Rendered pieces kept across feed renders. An action's VEVENT changes only when what it
//! shows changes, and a zone's VTIMEZONE only with the instants it must cover; so a feed
//! rendered again after one change renders one VEVENT and copies the others.
//!
//! Each VEVENT is filed under a fingerprint of everything `render_event` reads (the action's
//! fields, the campaign names it shows, the base URL): a changed action, a renamed campaign or
//! an edit within the same second all change the fingerprint, so nothing stale is ever copied.
//! With it is kept what the action needs of its zone's VTIMEZONE (working that out takes time
//! zone lookups, a third of a render after one change before it was kept).
//!
//! Fingerprints use foldhash (64 bits, seeded at random per process): SipHash took half of a
//! 10 000-action render after one change. Two different contents of one action colliding would
//! need a 2^-64 chance or the seed, which never leaves the process.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher};
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use jiff::civil::DateTime;

use crate::domain::{Event, EventTime, Zone};

/// VEVENTs kept before the cache starts over (about 600 bytes each).
pub const EVENTS_MAX: usize = 200_000;
/// VTIMEZONEs kept before that cache starts over.
pub const ZONES_MAX: usize = 4_096;

type ZoneKey = (String, i64, i64);
type Seed = foldhash::quality::RandomState;

/// The VEVENT of one action and what it needs of its zone's VTIMEZONE.
#[derive(Debug, Clone)]
pub struct Piece {
    /// The VEVENT, folded, CRLF-terminated.
    pub text: Arc<str>,
    /// See [`super::zone_need`].
    pub zone_need: Option<(Timestamp, Timestamp)>,
}

impl Piece {
    fn of(e: &Event, base_url: &str) -> Self {
        Self {
            text: super::render_event(e, base_url).into(),
            zone_need: super::zone_need(e),
        }
    }
}

/// VEVENTs by action id and VTIMEZONEs by zone and range; shared by all renders.
#[derive(Default)]
pub struct Fragments {
    seed: Seed,
    events: Mutex<HashMap<i64, (u64, Piece), Seed>>,
    zones: Mutex<HashMap<ZoneKey, Arc<str>>>,
}

/// A local time as one number (whole seconds, as written).
fn packed(dt: DateTime) -> i64 {
    let date = (i64::from(dt.year()) * 16 + i64::from(dt.month())) * 32 + i64::from(dt.day());
    ((date * 32 + i64::from(dt.hour())) * 64 + i64::from(dt.minute())) * 64 + i64::from(dt.second())
}

/// Everything the VEVENT of `e` is made of (times in whole seconds, as they are written).
fn fingerprint(seed: &Seed, e: &Event, base_url: &str) -> u64 {
    let mut h = seed.build_hasher();
    let text = |h: &mut foldhash::quality::FoldHasher, s: Option<&str>| match s {
        // str's own Hash ends each string with 0xff, so fields cannot run into each other.
        Some(s) => s.hash(h),
        None => h.write_u8(0xfe),
    };
    text(&mut h, Some(base_url));
    h.write_i64(e.id);
    for s in [e.uid.as_str(), &e.title, e.time.zone().name(), e.status.as_str()] {
        text(&mut h, Some(s));
    }
    let p = &e.place;
    for s in [
        e.description.as_deref(),
        e.recurrence.as_ref().map(|r| r.rule()),
        p.country.map(|c| c.code()),
        p.city.as_deref(),
        p.venue.as_deref(),
        e.online_url.as_ref().map(|u| u.as_str()),
    ] {
        text(&mut h, s);
    }
    let times = match &e.time {
        EventTime::Timed {
            start,
            end,
            start_utc,
            end_utc,
            ..
        } => [
            0,
            packed(*start),
            packed(*end),
            start_utc.as_second(),
            end_utc.as_second(),
        ],
        EventTime::AllDay { start, last_day, .. } => {
            let midnight = jiff::civil::Time::midnight();
            [
                1,
                packed(start.to_datetime(midnight)),
                packed(last_day.to_datetime(midnight)),
                0,
                0,
            ]
        }
    };
    for n in times
        .into_iter()
        .chain([e.sequence.into(), e.created_at.as_second(), e.updated_at.as_second()])
    {
        h.write_i64(n);
    }
    if let Some((lat, lon)) = p.geo {
        h.write_u64(lat.to_bits());
        h.write_u64(lon.to_bits());
    }
    for c in &e.campaigns {
        text(&mut h, Some(c.slug.as_str()));
        text(&mut h, Some(&c.name));
    }
    h.write_u8(0xfd);
    for t in &e.tags {
        text(&mut h, Some(t.as_str()));
    }
    h.finish()
}

/// Below this many VEVENTs to render, one thread does it all.
const PARALLEL_FROM: usize = 512;

/// `f` of each item, in order; from `from` items on, shared among the cores.
fn shared<T: Sync, R: Send>(items: &[T], from: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if items.len() < from || cores < 2 {
        return items.iter().map(f).collect();
    }
    let size = items.len().div_ceil(cores);
    let f = &f;
    std::thread::scope(|s| {
        let parts: Vec<_> = items
            .chunks(size)
            .map(|chunk| s.spawn(move || chunk.iter().map(f).collect::<Vec<R>>()))
            .collect();
        parts
            .into_iter()
            .flat_map(|p| p.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}

impl Fragments {
    /// The VEVENTs of `events` in order: copies where the action is unchanged since it was
    /// last rendered, fresh renders (kept for next time) where not. The lock is held only to
    /// look up and to file, never while rendering.
    pub fn events(&self, events: &[Event], base_url: &str) -> Vec<Piece> {
        // Sequential: two threads took longer than one (measured with 10 000 actions).
        let prints: Vec<u64> = events.iter().map(|e| fingerprint(&self.seed, e, base_url)).collect();
        let mut found: Vec<Option<Piece>> = match self.events.lock() {
            Ok(map) => events
                .iter()
                .zip(&prints)
                .map(|(e, print)| {
                    map.get(&e.id)
                        .filter(|(p, _)| p == print)
                        .map(|(_, piece)| piece.clone())
                })
                .collect(),
            Err(_) => vec![None; events.len()],
        };
        let missing: Vec<usize> = (0..events.len()).filter(|&i| found[i].is_none()).collect();
        let rendered = shared(&missing, PARALLEL_FROM, |&i| Piece::of(&events[i], base_url));
        let mut fresh = Vec::with_capacity(missing.len());
        for (i, piece) in missing.into_iter().zip(rendered) {
            fresh.push((events[i].id, prints[i], piece.clone()));
            found[i] = Some(piece);
        }
        if !fresh.is_empty()
            && let Ok(mut map) = self.events.lock()
        {
            if map.len() + fresh.len() > EVENTS_MAX {
                map.clear();
            }
            for (id, print, piece) in fresh {
                map.insert(id, (print, piece));
            }
        }
        found.into_iter().flatten().collect()
    }

    /// The VTIMEZONE of `zone` covering `from` to `until`.
    pub fn zone(&self, zone: &Zone, from: Timestamp, until: Timestamp) -> Arc<str> {
        let key = (zone.name().to_string(), from.as_second(), until.as_second());
        if let Some(text) = self.zones.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return text;
        }
        let text: Arc<str> = super::vtimezone::render(zone, from, until).into();
        if let Ok(mut map) = self.zones.lock() {
            if map.len() >= ZONES_MAX {
                map.clear();
            }
            map.insert(key, text.clone());
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CampaignSlug;
    use crate::domain::event::CampaignRef;

    fn texts(cache: &Fragments, events: &[Event], base_url: &str) -> Vec<Arc<str>> {
        let pieces = cache.events(events, base_url);
        for (e, piece) in events.iter().zip(&pieces) {
            assert_eq!(
                piece.zone_need,
                super::super::zone_need(e),
                "the zone need kept is the action's"
            );
        }
        pieces.into_iter().map(|p| p.text).collect()
    }

    fn event(title: &str, campaign: Option<&str>) -> Event {
        let n = crate::domain::NewEvent::try_from(crate::domain::EventForm {
            uid: Some("f@test".into()),
            title: Some(title.into()),
            start: Some("2027-03-27T18:30".into()),
            timezone: Some("Europe/London".into()),
            country: Some("GB".into()),
            city: Some("London".into()),
            ..Default::default()
        })
        .expect("valid");
        let mut e = Event::preview(n, 7, Timestamp::UNIX_EPOCH);
        e.campaigns = campaign
            .map(|name| CampaignRef {
                slug: CampaignSlug::try_from("all-for-palestine".to_string()).expect("slug"),
                name: name.into(),
            })
            .into_iter()
            .collect();
        e
    }

    #[test]
    fn a_changed_action_is_rendered_again_an_unchanged_one_copied() {
        let cache = Fragments::default();
        let first = texts(&cache, &[event("Vigil", None)], "https://x");
        let again = texts(&cache, &[event("Vigil", None)], "https://x");
        assert!(Arc::ptr_eq(&first[0], &again[0]), "unchanged: the same text is copied");
        let renamed = texts(&cache, &[event("Vigil at dawn", None)], "https://x");
        assert!(renamed[0].contains("SUMMARY:Vigil at dawn"), "{}", renamed[0]);
        let with = texts(
            &cache,
            &[event("Vigil at dawn", Some("All for Palestine"))],
            "https://x",
        );
        assert!(with[0].contains("CATEGORIES:All for Palestine"), "{}", with[0]);
        let moved = event("Vigil at dawn", Some("Free Palestine"));
        let renamed_campaign = texts(&cache, std::slice::from_ref(&moved), "https://x");
        assert!(
            renamed_campaign[0].contains("CATEGORIES:Free Palestine"),
            "a campaign's new name shows"
        );
        assert_eq!(
            &*renamed_campaign[0],
            super::super::render_event(&moved, "https://x"),
            "a copy is byte for byte what a fresh render writes"
        );
        let other_site = texts(&cache, std::slice::from_ref(&moved), "https://y");
        assert!(other_site[0].contains("https://y/events/7"), "{}", other_site[0]);
    }

    #[test]
    fn a_large_first_render_shared_among_cores_keeps_the_order() {
        let many: Vec<Event> = (0..PARALLEL_FROM as i64 + 100)
            .map(|id| {
                let mut e = event(&format!("Vigil {id}"), None);
                e.id = id;
                e
            })
            .collect();
        let texts = texts(&Fragments::default(), &many, "https://x");
        assert_eq!(texts.len(), many.len());
        for (e, text) in many.iter().zip(&texts) {
            assert_eq!(&**text, super::super::render_event(e, "https://x"));
        }
    }

    #[test]
    fn a_zone_is_built_once_per_range() {
        let cache = Fragments::default();
        let zone = Zone::try_from("Europe/London").expect("zone");
        let a = Timestamp::from_second(1_800_000_000).expect("t");
        let b = Timestamp::from_second(1_900_000_000).expect("t");
        let first = cache.zone(&zone, a, b);
        assert!(Arc::ptr_eq(&first, &cache.zone(&zone, a, b)));
        assert_eq!(&*first, super::super::vtimezone::render(&zone, a, b));
        let c = Timestamp::from_second(2_500_000_000).expect("t");
        assert!(!Arc::ptr_eq(&first, &cache.zone(&zone, a, c)));
    }
}
