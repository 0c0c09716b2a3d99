//! The published actions held in memory, brought to each new store revision by reading only
//! what changed since the one held: the actions stamped with a later revision, the tombstones
//! of those that stopped being public, and the campaigns' names (a rename moves the revision
//! without stamping its actions). Feeds filter this copy instead of querying the store, so
//! after one change a feed of 100 000 actions reads one row, not 100 000.
//!
//! The copy is read whole once (at start, or the first time a feed needs it) and whenever the
//! store's revision went back (a restore from an older backup). Each action is kept as a
//! [`Shown`], its fingerprint worked out once when it is read.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use rusqlite::Connection;

use super::Shown;
use crate::domain::Event;
use crate::store::{self, StoreError, events};

/// The published actions at one store revision.
#[derive(Debug)]
pub struct Snapshot {
    /// The revision they were read at.
    pub revision: i64,
    /// Every published action, earliest start first (ties by id), as feeds list them.
    pub events: Vec<Arc<Shown>>,
    /// The campaigns' names by slug, as the actions show them.
    campaigns: HashMap<String, String>,
}

/// Feeds' order: by start instant, then id.
fn order(e: &Shown) -> (jiff::Timestamp, i64) {
    (e.event.time.start_utc(), e.event.id)
}

impl Snapshot {
    /// Every published action, read whole at the revision of `c`'s read transaction.
    fn read(c: &Connection, revision: i64) -> Result<Self, StoreError> {
        let mut events: Vec<Arc<Shown>> = events::all_published(c)?
            .into_iter()
            .map(|e| Arc::new(Shown::new(e)))
            .collect();
        events.sort_unstable_by_key(|e| order(e));
        Ok(Self {
            revision,
            events,
            campaigns: events::campaign_names(c)?,
        })
    }

    /// This snapshot brought to `revision` (later than its own), the revision of `c`'s read
    /// transaction: the actions changed since are read again and merged in, those no longer
    /// public dropped, and the actions of a renamed campaign given its new name.
    fn after(&self, c: &Connection, revision: i64) -> Result<Self, StoreError> {
        let (changed, gone) = events::public_since(c, self.revision)?;
        let campaigns = events::campaign_names(c)?;
        let renamed: HashSet<&str> = self
            .campaigns
            .iter()
            .filter(|(slug, name)| campaigns.get(*slug) != Some(*name))
            .map(|(slug, _)| slug.as_str())
            .collect();
        let dropped: HashSet<i64> = gone.into_iter().chain(changed.iter().map(|e| e.id)).collect();
        let mut fresh: Vec<Arc<Shown>> = changed.into_iter().map(|e| Arc::new(Shown::new(e))).collect();
        fresh.sort_unstable_by_key(|e| order(e));
        let mut kept = Vec::with_capacity(self.events.len() + fresh.len());
        let mut fresh = fresh.into_iter().peekable();
        for held in &self.events {
            if dropped.contains(&held.event.id) {
                continue;
            }
            let held = if held.event.campaigns.iter().any(|c| renamed.contains(c.slug.as_str())) {
                match with_names(&held.event, &campaigns) {
                    Some(e) => Arc::new(Shown::new(e)),
                    // A campaign gone from under its actions: the store says what is wrong.
                    None => return Self::read(c, revision),
                }
            } else {
                held.clone()
            };
            while let Some(next) = fresh.next_if(|f| order(f) < order(&held)) {
                kept.push(next);
            }
            kept.push(held);
        }
        kept.extend(fresh);
        Ok(Self {
            revision,
            events: kept,
            campaigns,
        })
    }
}

/// `e` with its campaigns' names from `names`; `None` when one is missing.
fn with_names(e: &Event, names: &HashMap<String, String>) -> Option<Event> {
    let mut e = e.clone();
    for campaign in &mut e.campaigns {
        campaign.name = names.get(campaign.slug.as_str())?.clone();
    }
    Some(e)
}

/// The latest [`Snapshot`], shared by every render.
#[derive(Default)]
pub struct Published(Mutex<Option<Arc<Snapshot>>>);

impl Published {
    /// The published actions at `revision`, the revision of `c`'s read transaction (call inside
    /// [`store::at_one_revision`]): the held snapshot, brought forward when the store moved on.
    /// One caller at a time brings it forward; the others wait for that and share the result.
    pub fn at(&self, c: &Connection, revision: i64) -> Result<Arc<Snapshot>, StoreError> {
        let mut held = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let next = match held.as_ref() {
            Some(s) if s.revision == revision => return Ok(s.clone()),
            Some(s) if s.revision < revision => s.after(c, revision)?,
            // This read transaction began before the held snapshot's: read what it sees, and
            // keep the newer one.
            Some(_) => return Ok(Arc::new(Snapshot::read(c, revision)?)),
            None => Snapshot::read(c, revision)?,
        };
        let next = Arc::new(next);
        *held = Some(next.clone());
        Ok(next)
    }

    /// Reads the published actions if nothing is held yet (at start, so that the first feed
    /// does not wait for it).
    pub fn load(&self, c: &mut Connection) -> Result<(), StoreError> {
        store::at_one_revision(c, |c, r| self.at(c, r.number).map(drop))?;
        Ok(())
    }

    /// The revision held, if any.
    pub fn revision(&self) -> Option<i64> {
        self.0.lock().ok()?.as_ref().map(|s| s.revision)
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

    /// Ids and fingerprints, in order.
    fn seen(s: &Snapshot) -> Vec<(i64, u64)> {
        s.events.iter().map(|e| (e.event.id, e.print)).collect()
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
                        store::at_one_revision(c, |c, r| {
                            let all = published.at(c, r.number)?;
                            let admits = filter.admitting(horizon);
                            let mem: Vec<i64> = all
                                .events
                                .iter()
                                .filter(|e| admits.admits(&e.event))
                                .map(|e| e.event.id)
                                .collect();
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
                        let forward = published.at(c, r.number)?;
                        let whole = Snapshot::read(c, r.number)?;
                        assert_eq!(forward.revision, r.number, "{what}");
                        assert_eq!(seen(&forward), seen(&whole), "{what}");
                        Ok::<_, StoreError>(forward.events.len())
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
        write("UPDATE events SET moderation = 'rejected' WHERE id = 4");
        assert_eq!(check("one rejected"), first - 1);
        write("UPDATE events SET moderation = 'published' WHERE id = 4");
        assert_eq!(check("published again"), first);
        write("UPDATE events SET removed = 1 WHERE id = 5; DELETE FROM events WHERE id = 6");
        assert_eq!(check("one removed, one deleted"), first - 2);
        write("UPDATE campaigns SET name = 'All for Palestine, renamed' WHERE slug = 'all-for-palestine'");
        check("a campaign renamed");
        let renamed = store
            .with_conn(|c| store::at_one_revision(c, |c, r| published.at(c, r.number)))
            .expect("read")
            .0;
        assert!(
            renamed
                .events
                .iter()
                .any(|e| e.event.campaigns.iter().any(|c| c.name.ends_with("renamed")))
        );
        let demo = std::fs::read(format!("{}/fixtures/demo.json", env!("CARGO_MANIFEST_DIR"))).expect("fixture");
        let again = String::from_utf8(demo)
            .expect("utf-8")
            .replace("\"uid\": \"", "\"uid\": \"again-");
        crate::service::import::import_bytes(&store, again.as_bytes(), 1_800_000_100, |_| {}).expect("imported");
        assert!(check("twenty actions added") > first);
        write("UPDATE events SET title = title || '!' WHERE id % 3 = 0");
        check("many changed at once");
    }
}
