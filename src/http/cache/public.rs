//! The published actions held in memory, brought to each new store revision by reading only
//! what changed since the one held: the actions stamped with a later revision, the tombstones
//! of those that stopped being public, and the campaigns' names (a rename moves the revision
//! without stamping its actions). Feeds select from this copy instead of querying the store, so
//! after one change a feed of 100 000 actions reads one row, not 100 000.
//!
//! Each action is kept with its fingerprint ([`fragments::print`]) and the [`Summary`] filters
//! test first, side by side in one array in feeds' order: selecting a feed reads that array,
//! and an action itself only when the filter names campaigns, tags or languages. The copy is
//! read whole once, at start ([`Published::load`]) or by the first feed.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{PoisonError, RwLock};

use jiff::civil::Date;
use rusqlite::Connection;

use super::fragments::{self, Listed};
use crate::domain::filter::{FeedFilter, Summary};
use crate::domain::recurrence::Recurrence;
use crate::domain::{Event, EventTime};
use crate::store::{self, StoreError, events};

type Ids = HashSet<i64, foldhash::fast::RandomState>;

/// Up to this many actions changed at once are moved one by one; more are merged in one pass.
const FEW: usize = 16;

/// One published action with what feeds need of it without reading it.
#[derive(Debug)]
struct Entry {
    /// Feeds' order: start instant (seconds), then id.
    start: i64,
    id: i64,
    /// [`fragments::print`] of the action.
    print: u64,
    summary: Summary,
    event: Box<Event>,
    /// For a rule that never ends: the latest day from which it is known to occur again
    /// ([`day_number`]), or `i32::MIN`. Occurring from a day means occurring from every day
    /// before it, so a filter from that day or earlier needs no expansion of the rule.
    occurs_from: AtomicI32,
}

/// `d` as a number that orders as dates do.
fn day_number(d: Date) -> i32 {
    (i32::from(d.year()) * 16 + i32::from(d.month())) * 32 + i32::from(d.day())
}

impl Entry {
    fn new(event: Event) -> Self {
        Self {
            start: event.time.start_utc().as_second(),
            id: event.id,
            print: fragments::print(&event),
            summary: Summary::of(&event),
            event: Box::new(event),
            occurs_from: AtomicI32::new(i32::MIN),
        }
    }

    fn order(&self) -> (i64, i64) {
        (self.start, self.id)
    }

    /// Whether this action's `rule` has an occurrence touching a day from `from` to `to`
    /// (`Recurrence::occurs_between`), remembered for windows without an end.
    fn occurs(&self, rule: &Recurrence, time: &EventTime, from: Date, to: Date) -> bool {
        if to != Date::MAX {
            return rule.occurs_between(time, from, to);
        }
        let day = day_number(from);
        if day <= self.occurs_from.load(Ordering::Relaxed) {
            return true;
        }
        let occurs = rule.occurs_between(time, from, to);
        if occurs {
            self.occurs_from.fetch_max(day, Ordering::Relaxed);
        }
        occurs
    }
}

/// The published actions at one store revision.
#[derive(Debug)]
pub struct Mirror {
    /// The revision they were read at.
    revision: i64,
    /// Every published action, earliest start first (ties by id), as feeds list them.
    entries: Vec<Entry>,
    /// Each action's start (seconds), by id: where to find it in `entries`.
    starts: HashMap<i64, i64, foldhash::fast::RandomState>,
    /// The campaigns' names by slug, as the actions show them.
    campaigns: HashMap<String, String>,
    /// How many of the actions have each tag, and each language.
    tags: HashMap<String, usize>,
    langs: HashMap<String, usize>,
}

/// Adds `by` (1 or -1) to the count of each of `names`, forgetting those that reach zero.
fn count<'a>(counts: &mut HashMap<String, usize>, names: impl Iterator<Item = &'a str>, by: isize) {
    for name in names {
        match counts.get_mut(name) {
            Some(n) => {
                *n = n.saturating_add_signed(by);
                if *n == 0 {
                    counts.remove(name);
                }
            }
            None if by > 0 => {
                counts.insert(name.to_string(), 1);
            }
            None => {}
        }
    }
}

impl Entry {
    /// Counts this action's tags and languages `by` (1 or -1).
    fn count(&self, tags: &mut HashMap<String, usize>, langs: &mut HashMap<String, usize>, by: isize) {
        count(tags, self.event.tags.iter().map(|t| t.as_str()), by);
        count(langs, self.event.languages.iter().map(|l| l.as_str()), by);
    }
}

impl Mirror {
    /// Every published action, read whole at the revision of `c`'s read transaction.
    fn read(c: &Connection, revision: i64) -> Result<Self, StoreError> {
        let mut entries: Vec<Entry> = events::all_published(c)?.into_iter().map(Entry::new).collect();
        entries.sort_unstable_by_key(Entry::order);
        let (mut tags, mut langs) = (HashMap::new(), HashMap::new());
        for e in &entries {
            e.count(&mut tags, &mut langs, 1);
        }
        Ok(Self {
            revision,
            starts: entries.iter().map(|e| (e.id, e.start)).collect(),
            entries,
            campaigns: events::campaign_names(c)?,
            tags,
            langs,
        })
    }

    /// Brings the copy to `revision` (later than its own), the revision of `c`'s read
    /// transaction: the actions changed since are read again and put in their places, those
    /// no longer public dropped, and the actions of a renamed campaign given its new name.
    fn advance(&mut self, c: &Connection, revision: i64) -> Result<(), StoreError> {
        let (changed, gone) = events::public_since(c, self.revision)?;
        let campaigns = events::campaign_names(c)?;
        let renamed: HashSet<&str> = self
            .campaigns
            .iter()
            .filter(|(slug, name)| campaigns.get(*slug) != Some(*name))
            .map(|(slug, _)| slug.as_str())
            .collect();
        if !renamed.is_empty() {
            let mut missing = false;
            for entry in &mut self.entries {
                if entry.event.campaigns.iter().any(|c| renamed.contains(c.slug.as_str())) {
                    for campaign in &mut entry.event.campaigns {
                        match campaigns.get(campaign.slug.as_str()) {
                            Some(name) => campaign.name.clone_from(name),
                            None => missing = true,
                        }
                    }
                    entry.print = fragments::print(&entry.event);
                }
            }
            if missing {
                // A campaign gone from under its actions: the store's read says what is wrong.
                *self = Self::read(c, revision)?;
                return Ok(());
            }
        }
        let dropped: Ids = gone.into_iter().chain(changed.iter().map(|e| e.id)).collect();
        let Self {
            entries,
            starts,
            tags,
            langs,
            ..
        } = self;
        if dropped.len() <= FEW {
            // A few changes: each action found by its start and moved to its new place, which
            // for most edits is where it was (no other action moves).
            let mut fresh: HashMap<i64, Entry> = changed.into_iter().map(|e| (e.id, Entry::new(e))).collect();
            for id in dropped {
                let Some(start) = starts.remove(&id) else { continue };
                let Ok(at) = entries.binary_search_by_key(&(start, id), Entry::order) else {
                    continue;
                };
                entries[at].count(tags, langs, -1);
                let Some(new) = fresh.remove(&id) else {
                    entries.remove(at);
                    continue;
                };
                new.count(tags, langs, 1);
                starts.insert(id, new.start);
                let to = entries.partition_point(|e| e.order() < new.order());
                if to <= at {
                    entries[to..=at].rotate_right(1);
                    entries[to] = new;
                } else {
                    entries[at..to].rotate_left(1);
                    entries[to - 1] = new;
                }
            }
            for new in fresh.into_values() {
                new.count(tags, langs, 1);
                starts.insert(new.id, new.start);
                let at = entries.partition_point(|e| e.order() < new.order());
                entries.insert(at, new);
            }
        } else {
            entries.retain(|e| {
                let keep = !dropped.contains(&e.id);
                if !keep {
                    e.count(tags, langs, -1);
                    starts.remove(&e.id);
                }
                keep
            });
            let mut fresh: Vec<Entry> = changed.into_iter().map(Entry::new).collect();
            for e in &fresh {
                e.count(tags, langs, 1);
                starts.insert(e.id, e.start);
            }
            fresh.sort_unstable_by_key(Entry::order);
            let held = std::mem::take(entries);
            let mut merged = Vec::with_capacity(held.len() + fresh.len());
            let mut fresh = fresh.into_iter().peekable();
            for entry in held {
                while let Some(next) = fresh.next_if(|f| f.order() < entry.order()) {
                    merged.push(next);
                }
                merged.push(entry);
            }
            merged.extend(fresh);
            *entries = merged;
        }
        self.campaigns = campaigns;
        self.revision = revision;
        Ok(())
    }

    /// The names filters may use: every campaign, and the tags and languages of the actions.
    pub fn names(&self) -> store::known::Names {
        let keys = |m: &HashMap<String, usize>| m.keys().cloned().collect();
        store::known::Names::of(
            self.campaigns.keys().cloned().collect(),
            keys(&self.tags),
            keys(&self.langs),
        )
    }

    /// The tags and the languages of the actions, each sorted.
    pub fn tags_and_languages(&self) -> (Vec<String>, Vec<String>) {
        let sorted = |m: &HashMap<String, usize>| {
            let mut v: Vec<String> = m.keys().cloned().collect();
            v.sort_unstable();
            v
        };
        (sorted(&self.tags), sorted(&self.langs))
    }

    /// The revision held.
    pub fn revision(&self) -> i64 {
        self.revision
    }

    /// The published actions `filter` admits that end on or after `horizon` (unless the filter
    /// gives its own `from`), in feeds' order: what `store::events::published` returns for the
    /// same filter (a test holds the two together).
    pub fn select(&self, filter: &FeedFilter, horizon: Date) -> Vec<Listed<'_>> {
        let admits = filter.admitting(horizon);
        self.entries
            .iter()
            .filter(|e| {
                admits.admits(&e.summary, &e.event, |rule, time, from, to| {
                    e.occurs(rule, time, from, to)
                })
            })
            .map(|e| Listed {
                event: &e.event,
                print: e.print,
            })
            .collect()
    }
}

/// The published actions in memory, shared by every render.
#[derive(Default)]
pub struct Published(RwLock<Option<Mirror>>);

impl Published {
    /// Runs `f` on the published actions as `c`'s read transaction sees them (call inside
    /// [`store::at_one_revision`], and before reading anything else there: when the copy is
    /// newer than the transaction, the transaction begins again to see what the copy holds).
    /// The copy is brought forward when the store moved on, by one caller while the others
    /// wait; `f` runs with the copy held for reading, so it may borrow from it.
    pub fn with<T>(&self, c: &mut Connection, f: impl FnOnce(&Mirror, &Connection) -> T) -> Result<T, StoreError> {
        loop {
            let revision = store::revision(c)?.number;
            if !self.0.is_poisoned() {
                let held = self.0.read().unwrap_or_else(PoisonError::into_inner);
                match held.as_ref() {
                    Some(m) if m.revision == revision => return Ok(f(m, c)),
                    Some(m) if m.revision > revision => {
                        drop(held);
                        store::read_again(c)?;
                        continue;
                    }
                    _ => {}
                }
            }
            let mut held = self.0.write().unwrap_or_else(|poisoned| {
                // A panic while bringing it forward may have left it half done: read it whole.
                let mut held = poisoned.into_inner();
                *held = None;
                held
            });
            self.0.clear_poison();
            match held.as_mut() {
                Some(m) if m.revision < revision => {
                    if let Err(e) = m.advance(c, revision) {
                        *held = None;
                        return Err(e);
                    }
                }
                // Brought forward meanwhile by another: look again.
                Some(_) => {}
                None => *held = Some(Mirror::read(c, revision)?),
            }
        }
    }

    /// Reads the published actions now (at start, so that the first feed does not wait).
    pub fn load(&self, c: &mut Connection) -> Result<(), StoreError> {
        store::at_one_revision(c, |c, _| self.with(c, |_, _| ()))?;
        Ok(())
    }

    /// The names filters may use at `revision`, when that is the revision held (no query).
    /// Called on the async workers, so it never waits for the lock: `None` while a render
    /// brings the copy forward (the caller then asks on the blocking pool).
    pub fn names_at(&self, revision: i64) -> Option<store::known::Names> {
        let held = self.0.try_read().ok()?;
        held.as_ref().filter(|m| m.revision == revision).map(Mirror::names)
    }

    /// The revision held and how many actions, if anything is held.
    pub fn held(&self) -> Option<(i64, usize)> {
        let held = self.0.read().ok()?;
        held.as_ref().map(|m| (m.revision, m.entries.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::filter::{FeedFilter, FeedQuery, Scope};
    use crate::domain::{CampaignSlug, Country, Region};
    use jiff::civil::date;

    fn store(dir: &std::path::Path) -> store::Store {
        let store = store::Store::open(&dir.join("s.db")).expect("store");
        for fixture in ["demo.json", "zones.json"] {
            let bytes = std::fs::read(format!("{}/fixtures/{fixture}", env!("CARGO_MANIFEST_DIR"))).expect("fixture");
            crate::service::import::import_bytes(&store, &bytes, 1_800_000_000, |_| {}).expect("imported");
        }
        // Rules that never end, whose occurrences the filters must look at (and may remember).
        let endless = serde_json::json!({"events": [
            {"uid": "endless-weekly@test", "title": "Weekly vigil", "start": "2027-01-01T18:00",
             "end": "2027-01-01T19:00", "timezone": "Europe/London", "recurrence": "FREQ=WEEKLY",
             "country": "GB", "city": "London", "tags": ["recurring-test"], "languages": ["en"]},
            {"uid": "endless-leap@test", "title": "Leap-day picket", "start": "2028-02-29",
             "timezone": "Asia/Beirut", "all_day": true, "recurrence": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
             "country": "LB", "city": "Beirut", "tags": ["recurring-test"], "languages": ["ar"]}
        ]});
        crate::service::import::import_bytes(&store, endless.to_string().as_bytes(), 1_800_000_000, |_| {})
            .expect("imported");
        store
    }

    fn query(pairs: &[(&str, &str)]) -> FeedQuery {
        let mut q = FeedQuery::default();
        for (k, v) in pairs {
            let v = Some(v.to_string());
            match *k {
                "region" => q.region = v,
                "country" => q.country = v,
                "campaign" => q.campaign = v,
                "tag" => q.tag = v,
                "lang" => q.lang = v,
                "from" => q.from = v,
                "to" => q.to = v,
                _ => unreachable!("{k}"),
            }
        }
        q
    }

    /// Starts, ids and fingerprints, in order.
    fn seen(m: &Mirror) -> Vec<(i64, i64, u64)> {
        m.entries.iter().map(|e| (e.start, e.id, e.print)).collect()
    }

    #[test]
    fn every_filter_admits_in_memory_what_the_store_query_returns() {
        let dir = tempfile::tempdir().expect("dir");
        let store = store(dir.path());
        let slug = |s: &str| CampaignSlug::try_from(s.to_string()).expect("slug");
        let scopes = [
            Scope::All,
            Scope::Region(Region::try_from("western-asia").expect("region")),
            Scope::Region(Region::try_from("online").expect("region")),
            Scope::Region(Region::try_from("americas").expect("region")),
            Scope::Country(Country::try_from("GB").expect("country")),
            Scope::Campaign(slug("all-for-palestine")),
        ];
        let queries: Vec<FeedQuery> = [
            vec![],
            vec![("region", "europe,online")],
            vec![("region", "africa")],
            vec![("country", "PS,LB,US")],
            vec![("campaign", "all-out-for-palestine")],
            vec![("tag", "vigil,recurring-test")],
            vec![("lang", "ar")],
            vec![("from", "2027-01-01")],
            vec![("to", "2026-12-01")],
            vec![("from", "2027-03-01"), ("to", "2027-03-31")],
            vec![("from", "2027-11-06"), ("to", "2027-12-31"), ("tag", "recurring-test")],
            vec![("from", "2020-01-01"), ("region", "western-asia"), ("lang", "ar,en")],
        ]
        .iter()
        .map(|q| query(q))
        .collect();
        // Every boundary: the day before, on and after each action's first and last days.
        let days: std::collections::BTreeSet<jiff::civil::Date> = store
            .with_conn(|c| events::all_published(c))
            .expect("read")
            .iter()
            .flat_map(|e| [Some(e.time.start_date()), e.last_date()])
            .flatten()
            .flat_map(|d| [d.yesterday().ok(), Some(d), d.tomorrow().ok()])
            .flatten()
            .collect();
        let cases: Vec<(Scope, FeedQuery)> = scopes
            .iter()
            .flat_map(|s| queries.iter().map(|q| (s.clone(), q.clone())))
            .chain(days.iter().flat_map(|d| {
                let d = d.to_string();
                [
                    query(&[("to", &d)]),
                    query(&[("from", &d)]),
                    query(&[("from", &d), ("to", &d)]),
                ]
                .map(|q| (Scope::All, q))
            }))
            .collect();
        let published = Published::default();
        let mut compared = 0;
        for horizon in [date(2020, 1, 1), date(2027, 3, 28), date(2028, 1, 1)] {
            for (scope, q) in &cases {
                let filter = FeedFilter::parse(scope.clone(), q).expect("filter");
                let (from_store, in_memory) = store
                    .with_conn(|c| {
                        store::at_one_revision(c, |c, _| {
                            let mem: Vec<i64> = published.with(c, |m, _| {
                                m.select(&filter, horizon).iter().map(|l| l.event.id).collect()
                            })?;
                            let sql: Vec<i64> = events::published(c, &filter, horizon)?.iter().map(|e| e.id).collect();
                            Ok::<_, StoreError>((sql, mem))
                        })
                    })
                    .expect("read")
                    .0;
                assert_eq!(in_memory, from_store, "{scope:?} {q:?} from {horizon}");
                compared += usize::from(!from_store.is_empty());
            }
        }
        assert!(compared > 100, "most filters select something: {compared}");
    }

    #[test]
    fn brought_forward_it_is_what_a_whole_read_sees_after_every_kind_of_change() {
        let dir = tempfile::tempdir().expect("dir");
        let store = store(dir.path());
        let published = Published::default();
        let check = |what: &str| {
            store
                .with_conn(|c| {
                    store::at_one_revision(c, |c, r| {
                        let (at, forward, names) = published.with(c, |m, _| (m.revision(), seen(m), m.names()))?;
                        let whole = Mirror::read(c, r.number)?;
                        assert_eq!(at, r.number, "{what}");
                        assert_eq!(forward, seen(&whole), "{what}");
                        assert_eq!(
                            names,
                            store::known::Names::read(c)?,
                            "{what}: the names filters may use"
                        );
                        Ok::<_, StoreError>(forward.len())
                    })
                })
                .expect("read")
                .0
        };
        let write = |sql: &str| {
            store
                .with_conn(|c| c.execute_batch(sql).map_err(StoreError::from))
                .expect("write")
        };
        let first = check("read whole");
        assert!(first > 50);
        write("UPDATE events SET title = 'Vigil, moved', start_utc = start_utc - 86400 * 400 WHERE id = 3");
        check("one action changed and moved to the front");
        write("UPDATE events SET start_utc = start_utc + 86400 * 400 WHERE id = 7");
        check("one moved to the back");
        write(
            "UPDATE events SET title = 'Vigil, same place' WHERE id = 8; UPDATE events SET start_utc = start_utc + 60 WHERE id = 9",
        );
        check("two changed where they stand");
        write("UPDATE events SET moderation = 'rejected' WHERE id = 4");
        assert_eq!(check("one rejected"), first - 1);
        write("UPDATE events SET moderation = 'published' WHERE id = 4");
        assert_eq!(check("published again"), first);
        write("UPDATE events SET removed = 1 WHERE id = 5; DELETE FROM events WHERE id = 6");
        assert_eq!(check("one removed, one deleted"), first - 2);
        write("UPDATE campaigns SET name = 'All for Palestine, renamed' WHERE slug = 'all-for-palestine'");
        check("a campaign renamed");
        let renamed = store
            .with_conn(|c| {
                store::at_one_revision(c, |c, _| {
                    published.with(c, |m, _| {
                        m.entries
                            .iter()
                            .filter(|e| e.event.campaigns.iter().any(|c| c.name.ends_with("renamed")))
                            .count()
                    })
                })
            })
            .expect("read")
            .0;
        assert!(renamed > 0, "the new name shows");
        let demo = std::fs::read(format!("{}/fixtures/demo.json", env!("CARGO_MANIFEST_DIR"))).expect("fixture");
        let again = String::from_utf8(demo)
            .expect("utf-8")
            .replace("\"uid\": \"", "\"uid\": \"again-");
        crate::service::import::import_bytes(&store, again.as_bytes(), 1_800_000_100, |_| {}).expect("imported");
        assert!(check("twenty actions added") > first);
        write("UPDATE events SET title = title || '!' WHERE id % 3 = 0");
        check("many changed at once");
        write(
            "DELETE FROM event_tags WHERE event_id IN (SELECT id FROM events WHERE tag_list LIKE '%vigil%');
             UPDATE events SET tag_list = 'new-tag' WHERE tag_list LIKE '%vigil%';
             INSERT INTO event_tags (tag, event_id) SELECT 'new-tag', id FROM events WHERE tag_list = 'new-tag'",
        );
        check("a tag gone, another come");
        write("UPDATE events SET moderation = 'rejected' WHERE lang_list = 'ja'");
        check("a language's only actions rejected");
    }

    #[test]
    fn a_read_that_began_before_the_copy_moved_on_begins_again_and_says_so() {
        let dir = tempfile::tempdir().expect("dir");
        let store = store(dir.path());
        let published = Published::default();
        let ((answer, older), filed) = store
            .with_conn(|a| {
                store::at_one_revision(a, |a, began| {
                    // Another request sees a change this read began before, and moves the copy.
                    store.with_conn(|b| {
                        b.execute_batch("UPDATE events SET title = 'Vigil, later' WHERE id = 3")?;
                        published.load(b)
                    })?;
                    let answer = published.with(a, |m, c| {
                        let title: String = c
                            .query_row("SELECT title FROM events WHERE id = 3", [], |r| r.get(0))
                            .expect("title");
                        (m.revision(), title)
                    })?;
                    Ok::<_, StoreError>((answer, began.number))
                })
            })
            .expect("read");
        assert!(answer.0 > older, "the copy had moved on");
        assert_eq!(answer.1, "Vigil, later", "what else is read agrees with the copy");
        assert_eq!(
            filed.number, answer.0,
            "the answer is filed under the revision it shows"
        );
    }
}
