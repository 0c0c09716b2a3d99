//! Rendered pieces kept across feed renders. An action's VEVENT changes only when what it
//! shows changes, and a zone's VTIMEZONE only with the instants it must cover; so a feed
//! rendered again after one change renders one VEVENT and copies the others.
//!
//! Each VEVENT is filed under a fingerprint of everything `render_event` reads (the action's
//! fields, the campaign names it shows, the base URL): a changed action, a renamed campaign or
//! an edit within the same second all change the fingerprint, so nothing stale is ever copied.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use jiff::Timestamp;

use crate::domain::{Event, EventTime, Zone};

/// VEVENTs kept before the cache starts over (about 600 bytes each).
pub const EVENTS_MAX: usize = 200_000;
/// VTIMEZONEs kept before that cache starts over.
pub const ZONES_MAX: usize = 4_096;

type ZoneKey = (String, i64, i64);

/// VEVENTs by action id and VTIMEZONEs by zone and range; shared by all renders.
#[derive(Default)]
pub struct Fragments {
    events: Mutex<HashMap<i64, (u64, Arc<str>)>>,
    zones: Mutex<HashMap<ZoneKey, Arc<str>>>,
}

/// Everything the VEVENT of `e` is made of.
fn fingerprint(e: &Event, base_url: &str) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    base_url.hash(&mut h);
    (e.id, e.uid.as_str(), &e.title, &e.description).hash(&mut h);
    match &e.time {
        EventTime::Timed {
            zone,
            start,
            end,
            start_utc,
            end_utc,
        } => (0u8, zone.name(), start, end, start_utc, end_utc).hash(&mut h),
        EventTime::AllDay { zone, start, last_day } => (1u8, zone.name(), start, last_day).hash(&mut h),
    }
    e.recurrence.as_ref().map(|r| r.rule()).hash(&mut h);
    (e.status.as_str(), e.sequence, e.created_at, e.updated_at).hash(&mut h);
    let p = &e.place;
    (p.country.map(|c| c.code()), &p.city, &p.venue).hash(&mut h);
    p.geo.map(|(lat, lon)| (lat.to_bits(), lon.to_bits())).hash(&mut h);
    e.online_url.as_ref().map(|u| u.as_str()).hash(&mut h);
    for c in &e.campaigns {
        (c.slug.as_str(), &c.name).hash(&mut h);
    }
    for t in &e.tags {
        t.as_str().hash(&mut h);
    }
    h.finish()
}

/// Below this many VEVENTs to render, one thread does it all.
const PARALLEL_FROM: usize = 512;

/// The VEVENTs of `events[i]` for each `i` of `which`, in that order; a large batch (a first
/// render, a base URL change) is shared among the cores.
fn render_all(which: &[usize], events: &[Event], base_url: &str) -> Vec<Arc<str>> {
    let render = |chunk: &[usize]| -> Vec<Arc<str>> {
        chunk
            .iter()
            .map(|&i| super::render_event(&events[i], base_url).into())
            .collect()
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if which.len() < PARALLEL_FROM || cores < 2 {
        return render(which);
    }
    let size = which.len().div_ceil(cores);
    std::thread::scope(|s| {
        let parts: Vec<_> = which.chunks(size).map(|chunk| s.spawn(move || render(chunk))).collect();
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
    pub fn events(&self, events: &[Event], base_url: &str) -> Vec<Arc<str>> {
        let prints: Vec<u64> = events.iter().map(|e| fingerprint(e, base_url)).collect();
        let mut found: Vec<Option<Arc<str>>> = match self.events.lock() {
            Ok(map) => events
                .iter()
                .zip(&prints)
                .map(|(e, print)| map.get(&e.id).filter(|(p, _)| p == print).map(|(_, text)| text.clone()))
                .collect(),
            Err(_) => vec![None; events.len()],
        };
        let missing: Vec<usize> = (0..events.len()).filter(|&i| found[i].is_none()).collect();
        let rendered = render_all(&missing, events, base_url);
        let mut fresh = Vec::with_capacity(missing.len());
        for (i, text) in missing.into_iter().zip(rendered) {
            fresh.push((events[i].id, prints[i], text.clone()));
            found[i] = Some(text);
        }
        if !fresh.is_empty()
            && let Ok(mut map) = self.events.lock()
        {
            if map.len() + fresh.len() > EVENTS_MAX {
                map.clear();
            }
            for (id, print, text) in fresh {
                map.insert(id, (print, text));
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
        let first = cache.events(&[event("Vigil", None)], "https://x");
        let again = cache.events(&[event("Vigil", None)], "https://x");
        assert!(Arc::ptr_eq(&first[0], &again[0]), "unchanged: the same text is copied");
        let renamed = cache.events(&[event("Vigil at dawn", None)], "https://x");
        assert!(renamed[0].contains("SUMMARY:Vigil at dawn"), "{}", renamed[0]);
        let with = cache.events(&[event("Vigil at dawn", Some("All for Palestine"))], "https://x");
        assert!(with[0].contains("CATEGORIES:All for Palestine"), "{}", with[0]);
        let moved = event("Vigil at dawn", Some("Free Palestine"));
        let renamed_campaign = cache.events(std::slice::from_ref(&moved), "https://x");
        assert!(
            renamed_campaign[0].contains("CATEGORIES:Free Palestine"),
            "a campaign's new name shows"
        );
        assert_eq!(
            &*renamed_campaign[0],
            super::super::render_event(&moved, "https://x"),
            "a copy is byte for byte what a fresh render writes"
        );
        let other_site = cache.events(std::slice::from_ref(&moved), "https://y");
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
        let texts = Fragments::default().events(&many, "https://x");
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
