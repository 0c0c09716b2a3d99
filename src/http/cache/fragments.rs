//! Rendered pieces kept across feed renders. An action's VEVENT changes only when what it
//! shows changes, and a zone's VTIMEZONE only with the instants it must cover; so a feed
//! rendered again after one change renders a few VEVENTs and shares the rest.
//!
//! A feed's actions are cut into chunks after each action whose id says so (one in
//! 64 on average, chunks of at most 256): a chunk's ends depend on the actions in it, not on their
//! places in the feed, so an action added, removed or changed touches one chunk. Each chunk's
//! VEVENTs are kept as one shared [`Part`] (hashed and compressed once, sent as is), filed
//! under the fingerprint of its actions, with the instants each zone's VTIMEZONE must cover.
//!
//! A fingerprint covers everything `vevent::write` reads (the action's fields, the campaign
//! names it shows, the base URL): a changed action, a renamed campaign or an edit within the
//! same second all change it, so nothing stale is ever sent. Each action's own fingerprint is
//! worked out once, when it is read ([`Listed`]); a chunk's is the base URL and its actions'.
//! Fingerprints use foldhash (64 bits, seeded at random per process): two different contents
//! of one chunk colliding would need a 2^-64 chance or the seed, which never leaves the process.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::ops::Range;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use jiff::civil::DateTime;

use std::sync::LazyLock;

use super::body::{Body, Part};
use super::parallel::{Across, shared};
use crate::domain::{Event, EventTime, Place, Zone};
use crate::ical::{self, FeedMeta};

/// VTIMEZONEs kept before that cache starts over.
pub const ZONES_MAX: usize = 4_096;
/// The share of the budget that feeds' VTIMEZONE blocks may take (the rest is VEVENT chunks).
const VTIMEZONES_SHARE: usize = 8;
/// A chunk ends after an action whose id hashes to zero in this many top bits (one in 64).
const CHUNK_END_BITS: u32 = 6;
/// Most actions in one chunk.
pub const CHUNK_MAX: usize = 256;
/// From this many VEVENTs to render, the cores share the work.
const PARALLEL_FROM: usize = 512;

type ZoneKey = (String, i64, i64);
type Chunks = lru::LruCache<u64, Arc<Chunk>, Seed>;
type Blocks = lru::LruCache<Vec<ZoneKey>, Arc<Part>>;
type Seed = foldhash::quality::RandomState;

/// The VEVENTs of a chunk of actions and what they need of their zones' VTIMEZONEs.
#[derive(Debug)]
pub struct Chunk {
    /// The VEVENTs, folded, CRLF-terminated, in the feed's order.
    pub part: Arc<Part>,
    /// Each zone the chunk's VEVENTs name, with the instants its VTIMEZONE must cover.
    pub zones: Vec<(Zone, Timestamp, Timestamp)>,
}

/// An action as a feed lists it, with its fingerprint ([`print`], worked out once when the
/// action is read, not at every render).
#[derive(Debug, Clone, Copy)]
pub struct Listed<'a> {
    /// The action.
    pub event: &'a Event,
    /// [`print`] of it.
    pub print: u64,
}

impl<'a> Listed<'a> {
    /// `event`, fingerprinted now.
    pub fn new(event: &'a Event) -> Self {
        Self {
            event,
            print: print(event),
        }
    }
}

/// Actions with their fingerprints, held outside the in-memory copy of the published ones
/// (benchmarks, fuzzing): changed one at a time, as the server sees changes.
pub struct Owned {
    events: Vec<Event>,
    prints: Vec<u64>,
}

impl Owned {
    /// `events`, each fingerprinted.
    pub fn new(events: Vec<Event>) -> Self {
        let prints = events.iter().map(print).collect();
        Self { events, prints }
    }

    /// The actions as a feed lists them.
    pub fn listed(&self) -> Vec<Listed<'_>> {
        self.events
            .iter()
            .zip(&self.prints)
            .map(|(event, &print)| Listed { event, print })
            .collect()
    }

    /// Changes action `i` with `f`, and fingerprints it again.
    pub fn change(&mut self, i: usize, f: impl FnOnce(&mut Event)) {
        f(&mut self.events[i]);
        self.prints[i] = print(&self.events[i]);
    }

    /// How many actions.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }
}

/// The fingerprint of everything the VEVENT of `e` is made of but the base URL
/// ([`Encoder::event`] hashed with the process's seed).
pub fn print(e: &Event) -> u64 {
    let mut buf = Vec::with_capacity(512);
    Encoder(&mut buf).event(e);
    SEED.hash_one(buf.as_slice())
}

/// The process's fingerprint seed, drawn at random at start.
static SEED: LazyLock<Seed> = LazyLock::new(Seed::default);

impl Chunk {
    fn of(events: &[Listed<'_>], base_url: &str) -> Self {
        let mut text = String::with_capacity(events.len() * 768);
        for e in events {
            ical::vevent::write(&mut text, e.event, base_url);
        }
        let needs = events
            .iter()
            .filter_map(|e| ical::zone_need(e.event).map(|(from, until)| (e.event.time.zone(), from, until)));
        Self {
            part: Arc::new(Part::new(text)),
            zones: ical::zone_ranges(needs)
                .into_iter()
                .map(|(zone, from, until)| (zone.clone(), from, until))
                .collect(),
        }
    }
}

/// Where `events` are cut into chunks.
fn cuts(events: &[Listed<'_>]) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(events.len() / 32 + 1);
    let mut start = 0;
    for (i, e) in events.iter().enumerate() {
        // Fibonacci hashing: the top bits of id × 2^64/φ spread consecutive ids evenly.
        let ends = (e.event.id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - CHUNK_END_BITS) == 0;
        if ends || i + 1 - start == CHUNK_MAX {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < events.len() {
        out.push(start..events.len());
    }
    out
}

/// Chunks of VEVENTs by their fingerprints and VTIMEZONEs by zone and range; shared
/// by all renders. The least recently used go first once their bytes pass the budget.
pub struct Fragments {
    /// Bytes of VEVENT chunks kept at most; VTIMEZONE blocks get an eighth of it besides.
    budget: usize,
    /// Chunks by fingerprint, and the bytes of their texts.
    chunks: Mutex<(Chunks, usize)>,
    zones: Mutex<HashMap<ZoneKey, Arc<str>>>,
    /// Feeds' VTIMEZONE blocks by the zones and ranges they cover, and their bytes.
    vtimezones: Mutex<(Blocks, usize)>,
}

/// A local time as one number (whole seconds, as written).
fn packed(dt: DateTime) -> i64 {
    let date = (i64::from(dt.year()) * 16 + i64::from(dt.month())) * 32 + i64::from(dt.day());
    ((date * 32 + i64::from(dt.hour())) * 64 + i64::from(dt.minute())) * 64 + i64::from(dt.second())
}

/// Writes fingerprint input: every value with its length or a fixed width, so that different
/// sequences of values never write the same bytes.
struct Encoder<'a>(&'a mut Vec<u8>);

impl Encoder<'_> {
    fn text(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.0.extend_from_slice(&(s.len() as u64).to_le_bytes());
                self.0.extend_from_slice(s.as_bytes());
            }
            None => self.0.extend_from_slice(&u64::MAX.to_le_bytes()),
        }
    }

    fn number(&mut self, n: i64) {
        self.0.extend_from_slice(&n.to_le_bytes());
    }

    /// Everything the VEVENT of `e` is made of but the base URL (times in whole seconds, as
    /// they are written).
    fn event(&mut self, e: &Event) {
        // Every field named, none with `..`: a field added to `Event` does not compile here
        // until it is either fingerprinted or said not to be in the VEVENT, so a chunk is never
        // reused stale.
        let Event {
            id: _,
            uid: _,
            title: _,
            description: _,
            time: _,
            recurrence: _,
            status: _,
            place:
                Place {
                    country: _,
                    city: _,
                    venue: _,
                    geo: _,
                },
            online_links: _,
            campaigns: _,
            tags: _,
            // Not written in a VEVENT.
            languages: _,
            sequence: _,
            created_at: _,
            updated_at: _,
            // Only public actions are in feeds; neither is written.
            moderation: _,
            reject_reason: _,
        } = e;
        self.number(e.id);
        for s in [e.uid.as_str(), &e.title, e.time.zone().name(), e.status.as_str()] {
            self.text(Some(s));
        }
        let p = &e.place;
        for s in [
            e.description.as_deref(),
            e.recurrence.as_ref().map(|r| r.rule()),
            p.country.map(|c| c.code()),
            p.city.as_deref(),
            p.venue.as_deref(),
        ] {
            self.text(s);
        }
        self.number(e.online_links.len() as i64);
        for link in &e.online_links {
            self.text(link.label.as_deref());
            self.text(Some(link.url.as_str()));
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
            self.number(n);
        }
        match p.geo {
            Some((lat, lon)) => {
                self.number(1);
                self.0.extend_from_slice(&lat.to_bits().to_le_bytes());
                self.0.extend_from_slice(&lon.to_bits().to_le_bytes());
            }
            None => self.number(0),
        }
        self.number(e.campaigns.len() as i64);
        for c in &e.campaigns {
            self.text(Some(c.slug.as_str()));
            self.text(Some(&c.name));
        }
        self.number(e.tags.len() as i64);
        for t in &e.tags {
            self.text(Some(t.as_str()));
        }
    }
}

/// The fingerprint of a chunk: the base URL and its actions' fingerprints, in order.
fn fingerprint(events: &[Listed<'_>], base_url: &str) -> u64 {
    let mut buf = Vec::with_capacity(base_url.len() + 8 + events.len() * 8);
    Encoder(&mut buf).text(Some(base_url));
    for e in events {
        buf.extend_from_slice(&e.print.to_le_bytes());
    }
    SEED.hash_one(buf.as_slice())
}

impl Default for Fragments {
    fn default() -> Self {
        Self::with_budget(crate::config::CACHE_BYTES_DEFAULT / 2)
    }
}

impl Fragments {
    /// Fragments kept within `budget` bytes (VEVENT chunks and VTIMEZONE blocks together).
    pub fn with_budget(budget: usize) -> Self {
        Self {
            budget: budget - budget / VTIMEZONES_SHARE,
            chunks: Mutex::new((lru::LruCache::unbounded_with_hasher(SEED.clone()), 0)),
            zones: Mutex::default(),
            vtimezones: Mutex::new((lru::LruCache::unbounded(), 0)),
        }
    }

    /// [`ical::render_feed`] as the server keeps and sends it: the header, the VTIMEZONEs (one part,
    /// shared by the feeds with the same zones), and chunks of VEVENTs shared with earlier renders
    /// where nothing they show changed. The same bytes as [`ical::render_feed`], never copied into one
    /// buffer.
    pub fn feed(&self, meta: &FeedMeta, events: &[Listed<'_>], base_url: &str) -> Body {
        let chunks = self.chunks(events, base_url);
        let needs = chunks
            .iter()
            .flat_map(|c| c.zones.iter().map(|(zone, from, until)| (zone, *from, *until)));
        let zones = ical::zone_ranges(needs);
        let mut parts = Vec::with_capacity(chunks.len() + 3);
        parts.push(Arc::new(Part::new(ical::header(meta))));
        parts.push(self.vtimezones(&zones));
        parts.extend(chunks.iter().map(|c| c.part.clone()));
        parts.push(END.clone());
        Body::new(parts)
    }

    /// The VEVENTs of `events` in order, as chunks: shared where every action of a chunk is
    /// unchanged since it was last rendered, rendered afresh (and kept) where not. The lock is
    /// held only to look up and to file, never while rendering.
    pub fn chunks(&self, events: &[Listed<'_>], base_url: &str) -> Vec<Arc<Chunk>> {
        let ranges = cuts(events);
        let keys: Vec<u64> = ranges
            .iter()
            .map(|range| fingerprint(&events[range.clone()], base_url))
            .collect();
        let mut found: Vec<Option<Arc<Chunk>>> = match self.chunks.lock() {
            Ok(mut kept) => keys.iter().map(|k| kept.0.get(k).cloned()).collect(),
            Err(_) => vec![None; keys.len()],
        };
        let missing: Vec<usize> = (0..ranges.len()).filter(|&i| found[i].is_none()).collect();
        let to_render: usize = missing.iter().map(|&i| ranges[i].len()).sum();
        let built = shared(&missing, Across::for_work(to_render, PARALLEL_FROM), |&i| {
            Arc::new(Chunk::of(&events[ranges[i].clone()], base_url))
        });
        if !built.is_empty()
            && let Ok(mut kept) = self.chunks.lock()
        {
            let (map, bytes) = &mut *kept;
            for (&i, chunk) in missing.iter().zip(&built) {
                let size = chunk.part.text().len();
                if map.put(keys[i], chunk.clone()).is_none() {
                    *bytes += size;
                }
            }
            // The least recently used go, this render's own last of all.
            while *bytes > self.budget
                && let Some((_, old)) = map.pop_lru()
            {
                *bytes = bytes.saturating_sub(old.part.text().len());
            }
        }
        for (i, chunk) in missing.into_iter().zip(built) {
            found[i] = Some(chunk);
        }
        found.into_iter().flatten().collect()
    }

    /// The VTIMEZONEs of a feed, one per zone and range of `ranges`, as one part that starts
    /// afresh: feeds with the same zones share it, compressed once.
    pub fn vtimezones(&self, ranges: &[(&Zone, Timestamp, Timestamp)]) -> Arc<Part> {
        let key: Vec<ZoneKey> = ranges
            .iter()
            .map(|&(zone, from, until)| zone_key(zone, from, until))
            .collect();
        if let Some(part) = self.vtimezones.lock().ok().and_then(|mut m| m.0.get(&key).cloned()) {
            return part;
        }
        let texts: Vec<Arc<str>> = ranges
            .iter()
            .map(|&(zone, from, until)| self.zone(zone, from, until))
            .collect();
        let part = Arc::new(Part::starting(texts.concat()));
        if let Ok(mut kept) = self.vtimezones.lock() {
            let (map, bytes) = &mut *kept;
            let budget = self.budget / (VTIMEZONES_SHARE - 1);
            if map.put(key, part.clone()).is_none() {
                *bytes += part.text().len();
            }
            while *bytes > budget
                && let Some((_, old)) = map.pop_lru()
            {
                *bytes = bytes.saturating_sub(old.text().len());
            }
        }
        part
    }

    /// The VTIMEZONE of `zone` covering `from` to `until`.
    fn zone(&self, zone: &Zone, from: Timestamp, until: Timestamp) -> Arc<str> {
        let key = zone_key(zone, from, until);
        if let Some(text) = self.zones.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return text;
        }
        let text: Arc<str> = ical::vtimezone::render(zone, from, until).into();
        if let Ok(mut map) = self.zones.lock() {
            if map.len() >= ZONES_MAX {
                map.clear();
            }
            map.insert(key, text.clone());
        }
        text
    }
}

fn zone_key(zone: &Zone, from: Timestamp, until: Timestamp) -> ZoneKey {
    (zone.name().to_string(), from.as_second(), until.as_second())
}

/// The end of every calendar, compressed once.
static END: LazyLock<Arc<Part>> = LazyLock::new(|| Arc::new(Part::new("END:VCALENDAR\r\n")));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CampaignSlug;
    use crate::domain::event::CampaignRef;

    /// The chunks' texts, after checking each chunk's zones against its actions'.
    fn texts(cache: &Fragments, events: &[Event], base_url: &str) -> Vec<Arc<Part>> {
        let listed = listed(events);
        let chunks = cache.chunks(&listed, base_url);
        let ranges = cuts(&listed);
        assert_eq!(chunks.len(), ranges.len());
        for (chunk, range) in chunks.iter().zip(ranges) {
            let expected: Vec<_> = ical::zone_ranges(ical::zone_needs(&events[range]))
                .into_iter()
                .map(|(z, f, u)| (z.name().to_string(), f, u))
                .collect();
            let kept: Vec<_> = chunk
                .zones
                .iter()
                .map(|(z, f, u)| (z.name().to_string(), *f, *u))
                .collect();
            assert_eq!(kept, expected, "the zone needs kept are the chunk's");
        }
        chunks.into_iter().map(|c| c.part.clone()).collect()
    }

    fn listed(events: &[Event]) -> Vec<Listed<'_>> {
        events.iter().map(Listed::new).collect()
    }

    fn text(part: &Part) -> &str {
        std::str::from_utf8(part.text()).expect("utf-8")
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

    fn numbered(ids: impl Iterator<Item = i64>) -> Vec<Event> {
        ids.map(|id| {
            let mut e = event(&format!("Vigil {id}"), None);
            e.id = id;
            e
        })
        .collect()
    }

    #[test]
    fn a_changed_action_is_rendered_again_an_unchanged_one_shared() {
        let cache = Fragments::default();
        let first = texts(&cache, &[event("Vigil", None)], "https://x");
        let again = texts(&cache, &[event("Vigil", None)], "https://x");
        assert!(Arc::ptr_eq(&first[0], &again[0]), "unchanged: the same text is shared");
        let renamed = texts(&cache, &[event("Vigil at dawn", None)], "https://x");
        assert!(text(&renamed[0]).contains("SUMMARY:Vigil at dawn"));
        let with = texts(
            &cache,
            &[event("Vigil at dawn", Some("All for Palestine"))],
            "https://x",
        );
        assert!(text(&with[0]).contains("CATEGORIES:All for Palestine"));
        let moved = event("Vigil at dawn", Some("Free Palestine"));
        let renamed_campaign = texts(&cache, std::slice::from_ref(&moved), "https://x");
        assert!(
            text(&renamed_campaign[0]).contains("CATEGORIES:Free Palestine"),
            "a campaign's new name shows"
        );
        assert_eq!(
            text(&renamed_campaign[0]),
            ical::render_event(&moved, "https://x"),
            "what is shared is byte for byte what a fresh render writes"
        );
        let other_site = texts(&cache, std::slice::from_ref(&moved), "https://y");
        assert!(text(&other_site[0]).contains("https://y/events/7"));
    }

    #[test]
    fn one_changed_action_among_many_renders_one_chunk_again() {
        let cache = Fragments::default();
        let mut many = numbered(1..3_000);
        let first = texts(&cache, &many, "https://x");
        assert!(first.len() > 3_000 / CHUNK_MAX, "cut into chunks: {}", first.len());
        many[1_500].title = "Vigil, moved to the square".into();
        let again = texts(&cache, &many, "https://x");
        let shared = first.iter().zip(&again).filter(|(a, b)| Arc::ptr_eq(a, b)).count();
        assert_eq!(
            shared,
            first.len() - 1,
            "every chunk but the changed action's is shared"
        );
        let joined: String = again.iter().map(|p| text(p)).collect();
        let fresh: String = many.iter().map(|e| ical::render_event(e, "https://x")).collect();
        assert_eq!(joined, fresh, "the same bytes as a fresh render, in order");
    }

    #[test]
    fn chunks_end_where_their_actions_say_so_not_where_they_stand() {
        let all = numbered(1..5_000);
        let ids = |events: &[Event]| -> Vec<Vec<i64>> {
            cuts(&listed(events))
                .into_iter()
                .map(|r| events[r].iter().map(|e| e.id).collect())
                .collect()
        };
        let before = ids(&all);
        assert!(before.iter().all(|r| !r.is_empty() && r.len() <= CHUNK_MAX));
        assert_eq!(
            before.concat(),
            (1..5_000).collect::<Vec<_>>(),
            "every action once, in order"
        );
        let average = 5_000 / before.len();
        assert!((24..=160).contains(&average), "about 64 actions a chunk: {average}");
        // Take one action out near the start: only its chunk differs.
        let mut fewer = all.clone();
        fewer.remove(10);
        let after = ids(&fewer);
        let unchanged = after.iter().filter(|r| before.contains(r)).count();
        assert_eq!(unchanged, before.len() - 1);
    }

    #[test]
    fn a_large_first_render_shared_among_cores_keeps_the_order() {
        let many = numbered(0..PARALLEL_FROM as i64 * 3);
        let joined: String = texts(&Fragments::default(), &many, "https://x")
            .iter()
            .map(|p| text(p))
            .collect();
        let fresh: String = many.iter().map(|e| ical::render_event(e, "https://x")).collect();
        assert_eq!(joined, fresh);
    }

    #[test]
    fn a_zone_is_built_once_per_range() {
        let cache = Fragments::default();
        let zone = Zone::try_from("Europe/London").expect("zone");
        let a = Timestamp::from_second(1_800_000_000).expect("t");
        let b = Timestamp::from_second(1_900_000_000).expect("t");
        let first = cache.zone(&zone, a, b);
        assert!(Arc::ptr_eq(&first, &cache.zone(&zone, a, b)));
        assert_eq!(&*first, ical::vtimezone::render(&zone, a, b));
        let c = Timestamp::from_second(2_500_000_000).expect("t");
        assert!(!Arc::ptr_eq(&first, &cache.zone(&zone, a, c)));
        let paris = Zone::try_from("Europe/Paris").expect("zone");
        let block = cache.vtimezones(&[(&zone, a, b), (&paris, a, c)]);
        assert!(Arc::ptr_eq(&block, &cache.vtimezones(&[(&zone, a, b), (&paris, a, c)])));
        assert_eq!(
            text(&block),
            [
                ical::vtimezone::render(&zone, a, b),
                ical::vtimezone::render(&paris, a, c)
            ]
            .concat()
        );
        assert!(!Arc::ptr_eq(&block, &cache.vtimezones(&[(&zone, a, b)])));
    }

    #[test]
    fn a_feed_kept_in_shared_parts_is_the_fresh_feed_byte_for_byte_through_changes() {
        let meta = FeedMeta {
            name: "Actions worldwide".into(),
            description: "All".into(),
            url: "https://x/calendar.ics".into(),
        };
        let base = "https://calendar.example.org";
        // The fixtures' actions in all their zones, many times over: several chunks.
        let one: Vec<Event> = ["demo.json", "zones.json"]
            .into_iter()
            .flat_map(crate::ical::vevent::tests::fixture)
            .collect();
        let mut events: Vec<Event> = (0..12)
            .flat_map(|round| {
                one.iter().cloned().map(move |mut e| {
                    e.id += round * 1_000;
                    e
                })
            })
            .collect();
        let kept = Fragments::default();
        let same = |events: &[Event], what: &str| {
            let body = kept.feed(&meta, &listed(events), base);
            assert_eq!(
                String::from_utf8(body.to_vec()).expect("utf-8"),
                ical::render_feed(&meta, events, base),
                "{what}"
            );
        };
        same(&events, "first render");
        same(&events, "all shared");
        events[40].title = "Vigil, moved to the square".into();
        same(&events, "one title changed");
        events[700].status = crate::domain::Status::Cancelled;
        events[701].sequence += 1;
        same(&events, "cancelled and re-sequenced");
        let gone = events.remove(300);
        same(&events, "one removed");
        events.insert(5, gone);
        same(&events, "one moved to the front");
        events.truncate(3);
        same(&events, "a short feed");
        same(&[], "an empty feed");
    }
}
