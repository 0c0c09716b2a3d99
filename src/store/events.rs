//! Action rows and the questions asked of them.

use std::collections::HashSet;

use jiff::Timestamp;
use jiff::civil::Date;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params};
use sha2::{Digest, Sha256};

use super::{Result, StoreError};
use crate::domain::event::{CampaignRef, OnlineLink};
use crate::domain::filter::Scope;
use crate::domain::{
    CampaignSlug, Country, Event, EventTime, FeedFilter, Language, NewEvent, Place, Recurrence, Status, Tag, Uid, Zone,
};

/// What an import or upsert did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UpsertSummary {
    /// New actions.
    pub inserted: usize,
    /// Changed actions (SEQUENCE raised).
    pub updated: usize,
    /// Actions that were already stored exactly so.
    pub unchanged: usize,
}

/// What an import compares to tell a changed action from an unchanged one: every field,
/// destructured so that a new field is a compile error here rather than a change missed.
fn fingerprint(e: &NewEvent) -> String {
    let NewEvent {
        uid: _,
        title,
        description,
        time: t,
        recurrence,
        status,
        place: p,
        online_links,
        campaigns,
        tags,
        languages,
        organiser,
    } = e;
    // Each part followed by 0x1f, hashed as it is written (no string per part: an import
    // fingerprints 100 000 actions); the digest in lower-case hex.
    let mut h = Sha256::new();
    let mut part = |bytes: &[u8]| {
        h.update(bytes);
        h.update([0x1f]);
    };
    let joined = |items: &mut dyn Iterator<Item = &str>| items.collect::<Vec<_>>().join(",");
    part(title.as_bytes());
    part(description.as_deref().unwrap_or_default().as_bytes());
    part(t.zone().name().as_bytes());
    part(t.is_all_day().to_string().as_bytes());
    part(t.start_text().as_bytes());
    part(t.end_text().as_bytes());
    part(t.start_utc().as_second().to_string().as_bytes());
    part(t.end_utc().as_second().to_string().as_bytes());
    part(recurrence.as_ref().map(|r| r.rule()).unwrap_or_default().as_bytes());
    part(status.as_str().as_bytes());
    part(p.country.map(|c| c.code()).unwrap_or_default().as_bytes());
    part(p.city.as_deref().unwrap_or_default().as_bytes());
    part(p.venue.as_deref().unwrap_or_default().as_bytes());
    part(p.geo.map(|(a, b)| format!("{a},{b}")).unwrap_or_default().as_bytes());
    part(
        online_links
            .iter()
            .map(|l| l.to_text())
            .collect::<Vec<_>>()
            .join("\n")
            .as_bytes(),
    );
    part(joined(&mut campaigns.iter().map(|c| c.as_str())).as_bytes());
    part(joined(&mut tags.iter().map(|c| c.as_str())).as_bytes());
    part(joined(&mut languages.iter().map(|c| c.as_str())).as_bytes());
    part(organiser.email.as_deref().unwrap_or_default().as_bytes());
    part(organiser.name.as_deref().unwrap_or_default().as_bytes());
    const HEX: &[u8; 16] = b"0123456789abcdef";
    h.finalize()
        .iter()
        .flat_map(|b| {
            [
                char::from(HEX[usize::from(b >> 4)]),
                char::from(HEX[usize::from(b & 15)]),
            ]
        })
        .collect()
}

/// Inserts `event` in the moderation state `new_state`, or updates the stored action with its
/// UID (raising SEQUENCE, keeping its state) when anything differs. Call inside a transaction:
/// the action and its lists change together. A submission is inserted `Pending` from the
/// start: inserted public and then hidden, it would move the public revision and leave a
/// tombstone naming it.
pub fn upsert(
    c: &Connection,
    event: &NewEvent,
    new_state: crate::domain::Moderation,
    now: i64,
    summary: &mut UpsertSummary,
) -> Result<i64> {
    let existing: Option<(i64, String)> = c
        .prepare_cached("SELECT id, fingerprint FROM events WHERE uid = ?1")?
        .query_row([event.uid.as_str()], |r| Ok((r.get("id")?, r.get("fingerprint")?)))
        .optional()?;
    let mut links = Links::default();
    let id = upsert_over(c, event, existing, new_state, now, summary, &mut links)?;
    links.write(c)?;
    Ok(id)
}

/// The rows of an action's campaign, tag and language lists that [`upsert_over`] and
/// [`insert`] leave to be written, many actions' at once: [`LINK_ROWS`] rows to a statement
/// (written one statement per row, they were a sixth of a 100 000-action import).
#[derive(Debug, Default)]
pub struct Links {
    /// `(value, event id)` rows of `event_campaigns`, `event_tags`, `event_languages`.
    tables: [Vec<(String, i64)>; 3],
    /// Actions added since the last [`Links::write`].
    actions: usize,
}

/// Most list rows [`Links::write`] writes with one statement.
const LINK_ROWS: usize = 256;

impl Links {
    fn add(&mut self, id: i64, event: &NewEvent) {
        let [campaigns, tags, languages] = &mut self.tables;
        campaigns.extend(event.campaigns.iter().map(|x| (x.as_str().to_owned(), id)));
        tags.extend(event.tags.iter().map(|x| (x.as_str().to_owned(), id)));
        languages.extend(event.languages.iter().map(|x| (x.as_str().to_owned(), id)));
        self.actions += 1;
    }

    /// Actions whose rows wait to be written.
    pub fn pending(&self) -> usize {
        self.actions
    }

    /// Writes every row added since the last write, in the caller's transaction.
    pub fn write(&mut self, c: &Connection) -> Result<()> {
        let names = [
            ("event_campaigns", "campaign"),
            ("event_tags", "tag"),
            ("event_languages", "lang"),
        ];
        for (rows, (table, column)) in self.tables.iter_mut().zip(names) {
            for chunk in rows.chunks(LINK_ROWS) {
                let sql = format!(
                    "INSERT INTO {table} ({column}, event_id) VALUES {}",
                    vec!["(?, ?)"; chunk.len()].join(", ")
                );
                let values = chunk.iter().flat_map(|(v, id)| [v as &dyn rusqlite::ToSql, id]);
                c.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(values))?;
            }
            rows.clear();
        }
        self.actions = 0;
        Ok(())
    }
}

/// Every stored action's id and fingerprint by UID: what [`upsert_over`] needs to know of
/// each, read at once for an import.
pub fn stored_prints(c: &Connection) -> Result<std::collections::HashMap<String, (i64, String)>> {
    let mut stmt = c.prepare("SELECT uid, id, fingerprint FROM events")?;
    let rows = stmt.query_map([], |r| Ok((r.get("uid")?, (r.get("id")?, r.get("fingerprint")?))))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// [`upsert`] given what is stored under the action's UID (its id and fingerprint), as
/// [`stored_prints`] read it in the same transaction. The action's list rows are added to
/// `links`: call [`Links::write`] before the transaction ends (and before anything reads them).
pub fn upsert_over(
    c: &Connection,
    event: &NewEvent,
    existing: Option<(i64, String)>,
    new_state: crate::domain::Moderation,
    now: i64,
    summary: &mut UpsertSummary,
    links: &mut Links,
) -> Result<i64> {
    let Some((id, old)) = existing else {
        return Ok(insert(c, &[event], new_state, now, summary, links)?[0]);
    };
    let print = fingerprint(event);
    if old == print {
        summary.unchanged += 1;
        return Ok(id);
    }
    let values = row(event, print, now);
    c.prepare_cached(
        "UPDATE events SET uid = ?1, title = ?2, description = ?3, tzid = ?4, all_day = ?5,
            start_local = ?6, end_local = ?7, start_utc = ?8, end_utc = ?9, start_date = ?10,
            last_date = ?11, rrule = ?12, status = ?13, country = ?14, city = ?15, venue = ?16,
            latitude = ?17, longitude = ?18, online_url = ?19, organiser_email = ?20,
            organiser_name = ?21, fingerprint = ?22, updated_at = ?23, campaign_list = ?24,
            tag_list = ?25, lang_list = ?26, online_links = ?27, sequence = sequence + 1
         WHERE id = ?28",
    )?
    .execute(rusqlite::params_from_iter(values.iter().chain([&Value::Integer(id)])))?;
    for table in ["event_campaigns", "event_tags", "event_languages"] {
        c.prepare_cached(&format!("DELETE FROM {table} WHERE event_id = ?1"))?
            .execute([id])?;
    }
    summary.updated += 1;
    links.add(id, event);
    Ok(id)
}

/// Most actions [`insert`] writes with one statement: a statement's own cost (its statement
/// journal, its end) was most of a 100 000-action import written one row per statement
/// (4.6 s of 5.7 s; the rows alone, `INSERT … SELECT` in the sqlite3 shell, 1.6 s).
/// 64 rows × 29 values stay far under SQLite's 32 766 parameters.
pub const INSERT_ROWS: usize = 64;

/// Inserts `fresh` (UIDs not stored, none twice) in the moderation state `new_state`,
/// [`INSERT_ROWS`] to a statement, and adds their list rows to `links`. Returns their ids, in
/// order.
pub fn insert(
    c: &Connection,
    fresh: &[&NewEvent],
    new_state: crate::domain::Moderation,
    now: i64,
    summary: &mut UpsertSummary,
    links: &mut Links,
) -> Result<Vec<i64>> {
    const COLUMNS: &str = "uid, title, description, tzid, all_day, start_local, end_local, start_utc, end_utc,
        start_date, last_date, rrule, status, country, city, venue, latitude, longitude, online_url,
        organiser_email, organiser_name, fingerprint, created_at, updated_at, campaign_list, tag_list,
        lang_list, online_links, moderation";
    let mut ids = Vec::with_capacity(fresh.len());
    for chunk in fresh.chunks(INSERT_ROWS) {
        let one = format!("({})", ["?"; 29].join(", "));
        let sql = format!(
            "INSERT INTO events ({COLUMNS}) VALUES {} RETURNING uid, id",
            vec![one.as_str(); chunk.len()].join(", ")
        );
        let mut values = Vec::with_capacity(chunk.len() * 29);
        for event in chunk {
            let mut row = row(event, fingerprint(event), now);
            // created_at = updated_at = now; then the lists and the state.
            row.insert(23, Value::Integer(now));
            row.push(Value::Text(new_state.as_str().to_owned()));
            values.extend(row);
        }
        let mut stmt = c.prepare_cached(&sql)?;
        // RETURNING's order is not promised (sqlite.org/lang_returning.html): match by UID.
        let returned: std::collections::HashMap<String, i64> = stmt
            .query_map(rusqlite::params_from_iter(values), |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for event in chunk {
            let uid = event.uid.as_str();
            let id = *returned
                .get(uid)
                .ok_or_else(|| StoreError::Corrupt(format!("{uid} was not returned by its INSERT")))?;
            links.add(id, event);
            ids.push(id);
        }
        summary.inserted += chunk.len();
    }
    Ok(ids)
}

/// The action's columns `uid` … `online_links` as [`upsert_over`]'s `UPDATE` numbers them
/// (?1 … ?27; `print` is ?22, `now` the `updated_at` ?23).
fn row(event: &NewEvent, print: String, now: i64) -> Vec<Value> {
    let t = &event.time;
    let p = &event.place;
    let last_date = match &event.recurrence {
        Some(r) => r.last_date().map_or(NEVER_ENDS.to_string(), |d| d.to_string()),
        None => t.last_date().to_string(),
    };
    let joined = |items: Vec<&str>| Value::Text(items.join(","));
    let text = |s: &str| Value::Text(s.to_owned());
    vec![
        text(event.uid.as_str()),
        text(&event.title),
        event.description.clone().into(),
        text(t.zone().name()),
        t.is_all_day().into(),
        t.start_text().into(),
        t.end_text().into(),
        t.start_utc().as_second().into(),
        t.end_utc().as_second().into(),
        t.start_date().to_string().into(),
        last_date.into(),
        event.recurrence.as_ref().map(|r| r.rule().to_owned()).into(),
        text(event.status.as_str()),
        p.country.map(|c| c.code().to_owned()).into(),
        p.city.clone().into(),
        p.venue.clone().into(),
        p.geo.map(|g| g.0).into(),
        p.geo.map(|g| g.1).into(),
        event.online_links.first().map(|l| l.url.to_string()).into(),
        event.organiser.email.clone().into(),
        event.organiser.name.clone().into(),
        print.into(),
        now.into(),
        joined(event.campaigns.iter().map(|x| x.as_str()).collect()),
        joined(event.tags.iter().map(|x| x.as_str()).collect()),
        joined(event.languages.iter().map(|x| x.as_str()).collect()),
        links_column(&event.online_links).into(),
    ]
}

/// The `online_links` column: NULL where `online_url` says it all (no link, or one without a
/// label), else the JSON list, so that most rows need no JSON read back.
fn links_column(links: &[OnlineLink]) -> Option<String> {
    OnlineLink::need_list(links)
        .then(|| serde_json::Value::from(links.iter().map(OnlineLink::to_json).collect::<Vec<_>>()).to_string())
}

/// The links read back: the JSON list, else the one `online_url`.
fn links_from(column: Option<&str>, first: Option<&str>) -> Option<Vec<OnlineLink>> {
    match column {
        Some(json) => {
            let items: Vec<serde_json::Value> = serde_json::from_str(json).ok()?;
            items.iter().map(OnlineLink::from_json).collect()
        }
        None => first
            .map(|u| url::Url::parse(u).map(|url| OnlineLink { label: None, url }).ok())
            .map_or(Some(Vec::new()), |l| l.map(|l| vec![l])),
    }
}

/// The `last_date` of a rule that never ends: a plain date, so that the feeds' window is one
/// indexable range (`last_date >= ?`) rather than an OR with NULL.
pub(crate) const NEVER_ENDS: &str = "9999-12-31";

// The lists are read from the row (migration 004), campaign names from one read of the
// campaigns table per query ([`named`]).
const SELECT: &str = "SELECT e.id, e.uid, e.title, e.description, e.tzid, e.all_day, e.start_local,
    e.end_local, e.start_utc, e.end_utc, e.last_date, e.rrule, e.status, e.country, e.city, e.venue,
    e.latitude, e.longitude, e.online_url, e.sequence, e.created_at, e.updated_at,
    e.campaign_list, e.tag_list, e.lang_list, e.moderation, e.reject_reason, e.online_links FROM events e";

/// The columns of [`SELECT`] by name, in its order (a test holds the two together): rows are
/// read by name at the cost of a position (a feed reads 100 000 rows; looking names up in each
/// would cost a string search per column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Id,
    Uid,
    Title,
    Description,
    Tzid,
    AllDay,
    StartLocal,
    EndLocal,
    StartUtc,
    EndUtc,
    LastDate,
    Rrule,
    Status,
    Country,
    City,
    Venue,
    Latitude,
    Longitude,
    OnlineUrl,
    Sequence,
    CreatedAt,
    UpdatedAt,
    CampaignList,
    TagList,
    LangList,
    Moderation,
    RejectReason,
    OnlineLinks,
    /// After [`SELECT`]'s own, in [`changes_after`] only: where the change stands in commit
    /// order, and whether it matches the filter.
    PublicSeq,
    Matches,
}

impl Col {
    /// The names SQLite gives [`SELECT`]'s columns, in order.
    #[cfg(test)]
    const NAMES: [&str; 28] = [
        "id",
        "uid",
        "title",
        "description",
        "tzid",
        "all_day",
        "start_local",
        "end_local",
        "start_utc",
        "end_utc",
        "last_date",
        "rrule",
        "status",
        "country",
        "city",
        "venue",
        "latitude",
        "longitude",
        "online_url",
        "sequence",
        "created_at",
        "updated_at",
        "campaign_list",
        "tag_list",
        "lang_list",
        "moderation",
        "reject_reason",
        "online_links",
    ];
}

/// Puts each campaign's name on `events` (read as slugs), from one read of the campaigns.
fn named(c: &Connection, mut events: Vec<Event>) -> Result<Vec<Event>> {
    if events.iter().all(|e| e.campaigns.is_empty()) {
        return Ok(events);
    }
    let names = campaign_names(c)?;
    for e in &mut events {
        for campaign in &mut e.campaigns {
            campaign.name = names
                .get(campaign.slug.as_str())
                .cloned()
                .ok_or_else(|| corrupt("campaign", e.id))?;
        }
    }
    Ok(events)
}

/// [`named`] for at most one action.
fn named_one(c: &Connection, event: Option<Event>) -> Result<Option<Event>> {
    Ok(named(c, event.into_iter().collect())?.pop())
}

/// The condition every public query carries: approved and not removed after its date.
pub(crate) const PUBLIC: &str = "e.moderation = 'published' AND e.removed = 0";

fn corrupt(what: &str, id: i64) -> StoreError {
    StoreError::Corrupt(format!("event {id}: {what}"))
}

/// Zones met so far in one query, by stored name: a feed has thousands of actions in a few
/// dozen zones, and a lookup in the tz database costs more than the rest of a row.
type Zones = std::collections::HashMap<String, Zone, foldhash::fast::RandomState>;

fn event_from_row(r: &Row<'_>) -> rusqlite::Result<Result<Event>> {
    event_from_row_in(r, &mut Zones::default())
}

/// Column `c` as text borrowed from SQLite (no copy), or `None` for NULL.
fn text_ref<'r>(r: &'r Row<'_>, c: Col) -> rusqlite::Result<Option<&'r str>> {
    r.get_ref(c as usize)?
        .as_str_or_null()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(c as usize, rusqlite::types::Type::Text, Box::new(e)))
}

/// A stored comma-separated list, sorted, borrowed from the row.
fn list_ref(stored: Option<&str>) -> Vec<&str> {
    let mut list: Vec<&str> = stored
        .unwrap_or_default()
        .split(',')
        .filter(|v| !v.is_empty())
        .collect();
    list.sort_unstable();
    list
}

/// One action from its row. Values only parsed (zone, times, lists, status) are read as text
/// borrowed from SQLite; only what the action keeps is copied: a feed reads ten thousand rows.
fn event_from_row_in(r: &Row<'_>, zones: &mut Zones) -> rusqlite::Result<Result<Event>> {
    let id: i64 = r.get(Col::Id as usize)?;
    let required = |c: Col| text_ref(r, c).map(Option::unwrap_or_default);
    let (uid, tzid, start, end, status) = (
        required(Col::Uid)?,
        required(Col::Tzid)?,
        required(Col::StartLocal)?,
        required(Col::EndLocal)?,
        required(Col::Status)?,
    );
    let (lat, lon): (Option<f64>, Option<f64>) = (r.get(Col::Latitude as usize)?, r.get(Col::Longitude as usize)?);
    let (campaigns, tags, langs) = (
        text_ref(r, Col::CampaignList)?,
        text_ref(r, Col::TagList)?,
        text_ref(r, Col::LangList)?,
    );
    let (last_date, rrule, country, url) = (
        text_ref(r, Col::LastDate)?,
        r.get::<_, Option<String>>(Col::Rrule as usize)?,
        text_ref(r, Col::Country)?,
        text_ref(r, Col::OnlineUrl)?,
    );
    let (moderation, reject_reason) = (
        required(Col::Moderation)?,
        r.get::<_, Option<String>>(Col::RejectReason as usize)?,
    );
    let links = text_ref(r, Col::OnlineLinks)?;
    let build = || -> Result<Event> {
        let zone = match zones.get(tzid) {
            Some(zone) => zone.clone(),
            None => {
                let zone = Zone::try_from(tzid).map_err(|_| corrupt("zone", id))?;
                zones.insert(tzid.to_string(), zone.clone());
                zone
            }
        };
        let time = EventTime::from_stored(
            zone,
            r.get(Col::AllDay as usize)?,
            start,
            end,
            r.get(Col::StartUtc as usize)?,
            r.get(Col::EndUtc as usize)?,
        )
        .ok_or_else(|| corrupt("time", id))?;
        let last_date = last_date
            .filter(|d| *d != NEVER_ENDS)
            .map(str::parse::<Date>)
            .transpose()
            .map_err(|_| corrupt("last_date", id))?;
        // Lists are sorted, so campaigns come in slug order.
        let campaigns = list_ref(campaigns)
            .into_iter()
            .map(|slug| {
                Ok(CampaignRef {
                    slug: CampaignSlug::try_from(slug.to_string()).map_err(|_| corrupt("campaign", id))?,
                    name: String::new(),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Event {
            id,
            uid: Uid::try_from(uid).map_err(|_| corrupt("uid", id))?,
            title: r.get(Col::Title as usize)?,
            description: r.get(Col::Description as usize)?,
            recurrence: rrule.map(|rule| Recurrence::from_stored(rule, last_date)),
            time,
            status: Status::try_from(status).map_err(|_| corrupt("status", id))?,
            place: Place {
                country: country
                    .map(Country::try_from)
                    .transpose()
                    .map_err(|_| corrupt("country", id))?,
                city: r.get(Col::City as usize)?,
                venue: r.get(Col::Venue as usize)?,
                geo: lat.zip(lon),
            },
            online_links: links_from(links, url).ok_or_else(|| corrupt("online_links", id))?,
            campaigns,
            tags: list_ref(tags)
                .into_iter()
                .map(Tag::try_from)
                .collect::<std::result::Result<_, _>>()
                .map_err(|_| corrupt("tag", id))?,
            languages: list_ref(langs)
                .into_iter()
                .map(Language::try_from)
                .collect::<std::result::Result<_, _>>()
                .map_err(|_| corrupt("language", id))?,
            sequence: r.get(Col::Sequence as usize)?,
            created_at: Timestamp::from_second(r.get(Col::CreatedAt as usize)?)
                .map_err(|_| corrupt("created_at", id))?,
            updated_at: Timestamp::from_second(r.get(Col::UpdatedAt as usize)?)
                .map_err(|_| corrupt("updated_at", id))?,
            moderation: crate::domain::Moderation::try_from(moderation).map_err(|_| corrupt("moderation", id))?,
            reject_reason,
        })
    };
    Ok(build())
}

/// A WHERE clause built from fixed fragments, every value bound.
#[derive(Default)]
struct Where {
    clauses: Vec<String>,
    params: Vec<Value>,
}

impl Where {
    /// Adds `clause`, whose `?`s stand for `values`, in order.
    fn add(&mut self, clause: &str, values: impl IntoIterator<Item = Value>) {
        let mut out = String::with_capacity(clause.len() + 8);
        let mut values = values.into_iter();
        for ch in clause.chars() {
            if ch == '?' {
                self.params.push(values.next().unwrap_or(Value::Null));
                out.push_str(&format!("?{}", self.params.len()));
            } else {
                out.push(ch);
            }
        }
        self.clauses.push(out);
    }

    fn json_list<'a>(items: impl Iterator<Item = &'a str>) -> Value {
        Value::Text(serde_json::Value::from(items.collect::<Vec<_>>()).to_string())
    }

    fn regions(&mut self, regions: &[crate::domain::Region]) {
        let countries: Vec<&str> = regions.iter().flat_map(|r| r.countries()).map(|c| c.code()).collect();
        let online = regions.iter().any(|r| r.is_online());
        let clause = if online {
            "(e.country IN (SELECT value FROM json_each(?)) OR e.country IS NULL)"
        } else {
            "e.country IN (SELECT value FROM json_each(?))"
        };
        self.add(clause, [Self::json_list(countries.into_iter())]);
    }

    /// The public filter: published actions only, then the feed filter.
    fn filter(&mut self, f: &FeedFilter) {
        self.clauses.push(PUBLIC.to_string());
        match &f.scope {
            Scope::All => {}
            Scope::Region(r) => self.regions(std::slice::from_ref(r)),
            Scope::Country(c) => self.add("e.country = ?", [Value::Text(c.code().into())]),
            Scope::Campaign(c) => self.add(
                "e.id IN (SELECT event_id FROM event_campaigns WHERE campaign = ?)",
                [Value::Text(c.as_str().into())],
            ),
        }
        if !f.regions.is_empty() {
            self.regions(&f.regions);
        }
        if !f.countries.is_empty() {
            self.add(
                "e.country IN (SELECT value FROM json_each(?))",
                [Self::json_list(f.countries.iter().map(|c| c.code()))],
            );
        }
        let lists: [(&str, Vec<&str>); 3] = [
            (
                "event_campaigns WHERE campaign",
                f.campaigns.iter().map(|c| c.as_str()).collect(),
            ),
            ("event_tags WHERE tag", f.tags.iter().map(|c| c.as_str()).collect()),
            (
                "event_languages WHERE lang",
                f.langs.iter().map(|c| c.as_str()).collect(),
            ),
        ];
        for (table, items) in lists {
            if !items.is_empty() {
                let clause = format!("e.id IN (SELECT event_id FROM {table} IN (SELECT value FROM json_each(?)))");
                self.add(&clause, [Self::json_list(items.into_iter())]);
            }
        }
        if let Some(to) = f.to {
            self.add("e.start_date <= ?", [Value::Text(to.to_string())]);
        }
    }

    fn sql(&self, order: &str, limit: Option<usize>) -> String {
        let mut sql = SELECT.to_string();
        if !self.clauses.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&self.clauses.join(" AND "));
        }
        if !order.is_empty() {
            sql.push_str(" ORDER BY ");
            sql.push_str(order);
        }
        if let Some(n) = limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        sql
    }

    fn run(&self, c: &Connection, order: &str, limit: Option<usize>) -> Result<Vec<Event>> {
        let mut stmt = c.prepare_cached(&self.sql(order, limit))?;
        let mut zones = Zones::default();
        let rows = stmt.query_map(rusqlite::params_from_iter(self.params.iter()), |r| {
            event_from_row_in(r, &mut zones)
        })?;
        named(c, rows.map(|r| r?).collect::<Result<_>>()?)
    }
}

/// Whole feeds are sorted after reading: an ORDER BY would tempt SQLite to walk every action in
/// start order instead of seeking the filter's index.
const UNORDERED: &str = "";

/// The query plan SQLite chooses for [`published`] with `filter` (for tests and benchmarks:
/// filtered feeds must go through indexes, so their cost follows what they return).
pub fn published_plan(c: &Connection, filter: &FeedFilter, horizon: Date) -> Result<Vec<String>> {
    let from = filter.from.unwrap_or(horizon);
    let mut w = Where::default();
    w.filter(filter);
    w.add("e.last_date >= ?", [Value::Text(from.to_string())]);
    let sql = format!("EXPLAIN QUERY PLAN {}", w.sql(UNORDERED, None));
    let mut stmt = c.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(w.params.iter()), |r| r.get::<_, String>(3))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Drops recurring actions none of whose occurrences fall in the filter's dates.
fn occurring(events: Vec<Event>, f: &FeedFilter, from: Date) -> Vec<Event> {
    if f.from.is_none() && f.to.is_none() {
        return events;
    }
    let to = f.to.unwrap_or(Date::MAX);
    events
        .into_iter()
        .filter(|e| {
            e.recurrence
                .as_ref()
                .is_none_or(|r| r.occurs_between(&e.time, from, to))
        })
        .collect()
}

/// Published actions matching `filter` that end on or after `from` (the filter's own `from`,
/// else the default horizon), earliest first.
pub fn published(c: &Connection, filter: &FeedFilter, horizon: Date) -> Result<Vec<Event>> {
    let from = filter.from.unwrap_or(horizon);
    let mut w = Where::default();
    w.filter(filter);
    w.add("e.last_date >= ?", [Value::Text(from.to_string())]);
    let mut events = w.run(c, UNORDERED, None)?;
    // Sorting the keys, then moving each action once: an action is a few hundred bytes.
    events.sort_by_cached_key(|e| (e.time.start_utc(), e.id));
    Ok(occurring(events, filter, from))
}

/// Every published action, whatever its dates, in no particular order: what an in-memory copy
/// of the public calendar starts from (`http::cache::public`).
pub fn all_published(c: &Connection) -> Result<Vec<Event>> {
    let mut w = Where::default();
    w.clauses.push(PUBLIC.to_string());
    w.run(c, UNORDERED, None)
}

/// What changed in public after revision `after` (exclusive): the published actions stamped
/// since (as they are now, in no particular order) and the ids of the actions that stopped
/// being public since (removed, rejected, deleted). A campaign renamed since moves the
/// revision without stamping its actions: compare [`campaign_names`]. Call inside one read
/// transaction ([`super::at_one_revision`]) so that both lists are of the same snapshot.
pub fn public_since(c: &Connection, after: i64) -> Result<(Vec<Event>, Vec<i64>)> {
    let mut w = Where::default();
    w.clauses.push(PUBLIC.to_string());
    w.add("e.public_seq > ?", [Value::Integer(after)]);
    let changed = w.run(c, UNORDERED, None)?;
    let mut stmt = c.prepare_cached("SELECT event_id FROM tombstones WHERE seq > ?1")?;
    let gone = stmt
        .query_map([after], |r| r.get("event_id"))?
        .collect::<rusqlite::Result<_>>()?;
    Ok((changed, gone))
}

/// Every campaign's name, by slug.
pub fn campaign_names(c: &Connection) -> Result<std::collections::HashMap<String, String>> {
    let mut stmt = c.prepare_cached("SELECT slug, name FROM campaigns")?;
    let names = stmt
        .query_map([], |r| Ok((r.get("slug")?, r.get("name")?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

/// Where a page of the JSON list starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    /// Sort key of the last row of the previous page (start or update time).
    pub key: i64,
    /// Its id.
    pub id: i64,
}

/// A page of published actions by start, after `cursor`; `limit + 1` rows are read to know
/// whether another page follows.
pub fn page(
    c: &Connection,
    filter: &FeedFilter,
    horizon: Date,
    cursor: Option<Cursor>,
    limit: usize,
) -> Result<(Vec<Event>, Option<Cursor>)> {
    let from = filter.from.unwrap_or(horizon);
    let mut w = Where::default();
    w.filter(filter);
    w.add("e.last_date >= ?", [Value::Text(from.to_string())]);
    if let Some(cur) = cursor {
        w.add(
            "(e.start_utc, e.id) > (?, ?)",
            [Value::Integer(cur.key), Value::Integer(cur.id)],
        );
    }
    let mut rows = w.run(c, "e.start_utc, e.id", Some(limit + 1))?;
    let next = (rows.len() > limit).then(|| {
        rows.truncate(limit);
        rows.last().map(|e| Cursor {
            key: e.time.start_utc().as_second(),
            id: e.id,
        })
    });
    Ok((occurring(rows, filter, from), next.flatten()))
}

/// An action that left the public calendar (removed, rejected, deleted): what a mirror needs
/// to drop its copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tombstone {
    /// The action's id.
    pub id: i64,
    /// Its UID.
    pub uid: String,
    /// When it left (Unix seconds).
    pub changed_at: i64,
}

/// One entry of the incremental sync: an action as it is now, or its tombstone.
#[derive(Debug, Clone)]
pub enum Change {
    /// Published (new or changed, cancellations included).
    Published(Box<Event>),
    /// No longer published.
    Removed(Tombstone),
}

/// A page of the incremental sync.
#[derive(Debug)]
pub struct Changes {
    /// Oldest change first.
    pub changes: Vec<Change>,
    /// Whether more changes follow this page.
    pub more: bool,
    /// The cursor to ask with next: every public change up to it has been returned (the last
    /// entry's revision when `more`, else the revision of the snapshot read).
    pub next_since: i64,
}

/// The sequence cursor just before the first public revision whose change began at or after
/// the Unix time `since` (`updated_since` as RFC 3339). Approximate: rows are found by their
/// `updated_at`, which a long import stamps at its start, so a change that began before
/// `since` and committed after it is not found; revisions (`next_since`) are exact.
pub fn sequence_at(c: &Connection, since: i64) -> Result<i64> {
    let seq: Option<i64> = c
        .prepare_cached(&format!(
            "SELECT min(s) FROM (
                SELECT min(e.public_seq) AS s FROM events e WHERE e.updated_at >= ?1 AND {PUBLIC}
                UNION ALL SELECT min(seq) FROM tombstones WHERE changed_at >= ?1)"
        ))?
        .query_row([since], |r| r.get("min(s)"))?;
    match seq {
        Some(s) => Ok(s - 1),
        None => Ok(super::revision(c)?.number),
    }
}

/// Public changes after revision `after` (exclusive), oldest first: published actions matching
/// `filter` as they are now; a tombstone for every changed action that does not match it (any
/// more) and for every action that stopped being public (tombstones carry no fields to filter
/// on, so all are listed). Call inside one read transaction
/// ([`super::at_one_revision`]) so that `next_since` and the rows agree.
pub fn changes_after(c: &Connection, filter: &FeedFilter, after: i64, limit: usize) -> Result<Changes> {
    let mut w = Where::default();
    w.filter(filter);
    // The first clause is the public filter; the rest is the feed filter, worked out for every
    // changed row instead of narrowing the rows: an action that changed so that it no longer
    // matches (moved to another country, say) must reach a filtered mirror as a tombstone, or
    // the mirror would keep its old copy for ever.
    let matches = match &w.clauses[1..] {
        [] => "1".to_string(),
        rest => rest.join(" AND "),
    };
    w.add("e.public_seq > ?", [Value::Integer(after)]);
    let sql = format!(
        "{} WHERE {PUBLIC} AND {} ORDER BY e.public_seq LIMIT {}",
        SELECT.replacen(
            " FROM events e",
            &format!(", e.public_seq, CASE WHEN {matches} THEN 1 ELSE 0 END FROM events e"),
            1
        ),
        w.clauses.last().map_or("1", String::as_str),
        limit + 1
    );
    let mut stmt = c.prepare_cached(&sql)?;
    let mut zones = Zones::default();
    let mut seen = Vec::new();
    let rows = stmt.query_map(rusqlite::params_from_iter(w.params.iter()), |r| {
        seen.push((
            r.get::<_, i64>(Col::PublicSeq as usize)?,
            r.get::<_, bool>(Col::Matches as usize)?,
        ));
        event_from_row_in(r, &mut zones)
    })?;
    let changed = named(c, rows.map(|r| r?).collect::<Result<_>>()?)?;
    let mut entries: Vec<(i64, Change)> = seen
        .into_iter()
        .zip(changed)
        .map(|((seq, matches), e)| {
            let change = if matches {
                Change::Published(Box::new(e))
            } else {
                Change::Removed(Tombstone {
                    id: e.id,
                    uid: e.uid.as_str().to_string(),
                    changed_at: e.updated_at.as_second(),
                })
            };
            (seq, change)
        })
        .collect();
    let mut stmt =
        c.prepare_cached("SELECT seq, event_id, uid, changed_at FROM tombstones WHERE seq > ?1 ORDER BY seq LIMIT ?2")?;
    let removed = stmt.query_map(params![after, (limit + 1) as i64], |r| {
        Ok((
            r.get::<_, i64>("seq")?,
            Change::Removed(Tombstone {
                id: r.get("event_id")?,
                uid: r.get("uid")?,
                changed_at: r.get("changed_at")?,
            }),
        ))
    })?;
    entries.extend(removed.collect::<rusqlite::Result<Vec<_>>>()?);
    entries.sort_by_key(|(seq, _)| *seq);
    let more = entries.len() > limit;
    entries.truncate(limit);
    let next_since = match (more, entries.last()) {
        (true, Some((seq, _))) => *seq,
        // The snapshot's revision, even below `after` (a cursor kept across a restore from an
        // older backup): echoing `after` back would skip the changes made from here up to it.
        _ => super::revision(c)?.number,
    };
    Ok(Changes {
        changes: entries.into_iter().map(|(_, change)| change).collect(),
        more,
        next_since,
    })
}

/// One public action by id.
pub fn by_id(c: &Connection, id: i64) -> Result<Option<Event>> {
    let mut stmt = c.prepare_cached(&format!("{SELECT} WHERE e.id = ?1 AND {PUBLIC}"))?;
    named_one(c, stmt.query_row([id], event_from_row).optional()?.transpose()?)
}

/// One action by id, whatever its moderation state (coordinators, organisers).
pub fn any_by_id(c: &Connection, id: i64) -> Result<Option<Event>> {
    let mut stmt = c.prepare_cached(&format!("{SELECT} WHERE e.id = ?1"))?;
    named_one(c, stmt.query_row([id], event_from_row).optional()?.transpose()?)
}

/// The action an organiser's edit link (its hash) opens.
pub fn by_edit_token(c: &Connection, token_hash: &str) -> Result<Option<Event>> {
    let mut stmt = c.prepare_cached(&format!("{SELECT} WHERE e.edit_token_hash = ?1"))?;
    named_one(c, stmt.query_row([token_hash], event_from_row).optional()?.transpose()?)
}

/// Actions waiting for a coordinator, oldest first.
pub fn pending(c: &Connection) -> Result<Vec<Event>> {
    let mut stmt = c.prepare_cached(&format!(
        "{SELECT} WHERE e.moderation = 'pending' ORDER BY e.created_at, e.id"
    ))?;
    let mut zones = Zones::default();
    let rows = stmt.query_map([], |r| event_from_row_in(r, &mut zones))?;
    named(c, rows.map(|r| r?).collect::<Result<_>>()?)
}

/// The private contact of an action, for coordinators only.
pub fn contact(c: &Connection, id: i64) -> Result<crate::domain::event::OrganiserContact> {
    let mut stmt = c.prepare_cached("SELECT organiser_email, organiser_name FROM events WHERE id = ?1")?;
    let found = stmt
        .query_row([id], |r| {
            Ok(crate::domain::event::OrganiserContact {
                email: r.get("organiser_email")?,
                name: r.get("organiser_name")?,
            })
        })
        .optional()?;
    Ok(found.unwrap_or_default())
}

/// Sets the moderation state (and the reason of a rejection); the change counts as an update,
/// so incremental sync sees newly approved actions.
pub fn set_moderation(
    c: &Connection,
    id: i64,
    state: crate::domain::Moderation,
    reason: Option<&str>,
    now: i64,
) -> Result<()> {
    c.prepare_cached("UPDATE events SET moderation = ?2, reject_reason = ?3, updated_at = ?4 WHERE id = ?1")?
        .execute(params![id, state.as_str(), reason, now])?;
    Ok(())
}

/// Stores the hash of an organiser's edit link.
pub fn set_edit_token(c: &Connection, id: i64, token_hash: &str) -> Result<()> {
    c.prepare_cached("UPDATE events SET edit_token_hash = ?2 WHERE id = ?1")?
        .execute(params![id, token_hash])?;
    Ok(())
}

/// Records the interface language the organiser of action `id` submitted in (`en`, `ar`, …):
/// the language of the mail they get about it.
pub fn set_organiser_lang(c: &Connection, id: i64, lang: &str) -> Result<()> {
    c.prepare_cached("UPDATE events SET organiser_lang = ?2 WHERE id = ?1")?
        .execute(params![id, lang])?;
    Ok(())
}

/// Where mail about action `id` goes: its organiser's address and language, for an action
/// submitted by its organiser (it has an edit link). Imported actions and ones without an
/// address get none: their organisers never asked this service for mail.
pub fn organiser_mail(c: &Connection, id: i64) -> Result<Option<(String, String)>> {
    let found: Option<(Option<String>, Option<String>)> = c
        .prepare_cached(
            "SELECT organiser_email, organiser_lang FROM events WHERE id = ?1 AND edit_token_hash IS NOT NULL",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(found.and_then(|(email, lang)| {
        let email = email.filter(|e| !e.trim().is_empty())?;
        Some((email, lang.unwrap_or_else(|| "en".into())))
    }))
}

/// Sets the status (e.g. cancelled), raising SEQUENCE so that calendars take the change.
pub fn set_status(c: &Connection, id: i64, status: Status, now: i64) -> Result<()> {
    // A blank fingerprint: the next import of this UID counts as a change whatever it holds.
    c.prepare_cached(
        "UPDATE events SET status = ?2, sequence = sequence + 1, updated_at = ?3, fingerprint = ''
         WHERE id = ?1 AND status != ?2",
    )?
    .execute(params![id, status.as_str(), now])?;
    Ok(())
}

/// Takes an action out of every feed (only once its dates have passed; checked by the caller).
pub fn remove(c: &Connection, id: i64, now: i64) -> Result<()> {
    c.prepare_cached("UPDATE events SET removed = 1, updated_at = ?2 WHERE id = ?1")?
        .execute(params![id, now])?;
    Ok(())
}

/// Published actions in the same country (or both online) whose times overlap `event`'s by
/// the hour around it: candidates for a duplicate, titles compared by the caller. Only
/// published ones: the warning goes to whoever submits, so it may only name what is public
/// (a pending submission's title and id are the coordinators' to see).
pub fn overlapping(c: &Connection, event: &NewEvent) -> Result<Vec<(i64, String)>> {
    let hour = 3600;
    let mut stmt = c.prepare_cached(
        "SELECT id, title FROM events
         WHERE moderation = 'published' AND removed = 0 AND uid != ?1
           AND country IS ?2 AND start_utc < ?4 AND end_utc > ?3
         ORDER BY id LIMIT 50",
    )?;
    let rows = stmt.query_map(
        params![
            event.uid.as_str(),
            event.place.country.map(|c| c.code()),
            event.time.start_utc().as_second() - hour,
            event.time.end_utc().as_second() + hour
        ],
        |r| Ok((r.get("id")?, r.get("title")?)),
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Actions of any moderation state (not removed) at the same place (country, or online) and
/// overlapping time (an hour either side) as `event`, other than itself: `(id, title,
/// moderation)`, for coordinators to spot a duplicate, pending and rejected ones included.
pub fn near_in_time(c: &Connection, event: &Event) -> Result<Vec<(i64, String, String)>> {
    let hour = 3600;
    let mut stmt = c.prepare_cached(
        "SELECT id, title, moderation FROM events
         WHERE removed = 0 AND id != ?1 AND country IS ?2 AND start_utc < ?4 AND end_utc > ?3
         ORDER BY id LIMIT 50",
    )?;
    let rows = stmt.query_map(
        params![
            event.id,
            event.place.country.map(|c| c.code()),
            event.time.start_utc().as_second() - hour,
            event.time.end_utc().as_second() + hour
        ],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many actions the organiser at `email` submitted through this service before action
/// `except` (its id).
pub fn submitted_by(c: &Connection, email: &str, except: i64) -> Result<i64> {
    Ok(c.prepare_cached(
        "SELECT count(*) FROM events
         WHERE organiser_email = ?1 COLLATE NOCASE AND id < ?2 AND edit_token_hash IS NOT NULL",
    )?
    .query_row(params![email, except], |r| r.get(0))?)
}

/// Tags and languages used by at least one action, to tell unknown filter values apart.
pub fn known_tags_and_languages(c: &Connection) -> Result<(HashSet<String>, HashSet<String>)> {
    let tags = c
        .prepare_cached(&format!(
            "SELECT DISTINCT tag FROM event_tags JOIN events e ON e.id = event_id WHERE {PUBLIC}"
        ))?
        .query_map([], |r| r.get("tag"))?
        .collect::<rusqlite::Result<_>>()?;
    let langs = c
        .prepare_cached(&format!(
            "SELECT DISTINCT lang FROM event_languages JOIN events e ON e.id = event_id WHERE {PUBLIC}"
        ))?
        .query_map([], |r| r.get("lang"))?
        .collect::<rusqlite::Result<_>>()?;
    Ok((tags, langs))
}

/// An organiser's change to a published action, waiting for (or refused by) a coordinator.
#[derive(Debug, Clone)]
pub struct ProposedEdit {
    /// The action it would change.
    pub event_id: i64,
    /// The proposed action in the import format, organiser contact included (private).
    pub proposal: serde_json::Value,
    /// When it was proposed (Unix seconds).
    pub proposed_at: i64,
    /// `None` while it waits; the coordinator's reason once refused.
    pub refused: Option<String>,
}

impl ProposedEdit {
    /// What a coordinator reviewed: a short digest of the proposal, sent back with an approval
    /// so that a proposal replaced in the meantime is not the one approved.
    pub fn version(&self) -> String {
        crate::domain::text::sha256_hex(&self.proposal.to_string())[..16].to_string()
    }
}

fn proposed_from_row(r: &Row<'_>) -> rusqlite::Result<ProposedEdit> {
    let text: String = r.get("proposal")?;
    let proposal = serde_json::from_str(&text).map_err(|e| {
        let column = r.as_ref().column_index("proposal").unwrap_or_default();
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
    })?;
    // The states the store writes (`propose_edit`, `refuse_edit`): `pending` or `rejected`.
    let refused = match r.get_ref("state")?.as_str()? {
        "rejected" => Some(r.get::<_, Option<String>>("reason")?.unwrap_or_default()),
        _ => None,
    };
    Ok(ProposedEdit {
        event_id: r.get("event_id")?,
        proposal,
        proposed_at: r.get("proposed_at")?,
        refused,
    })
}

/// Keeps `proposal` as the change waiting for action `id`, replacing an earlier one.
pub fn propose_edit(c: &Connection, id: i64, proposal: &serde_json::Value, now: i64) -> Result<()> {
    c.prepare_cached(
        "INSERT OR REPLACE INTO proposed_edits (event_id, proposal, proposed_at, state, reason)
         VALUES (?1, ?2, ?3, 'pending', NULL)",
    )?
    .execute(params![id, proposal.to_string(), now])?;
    Ok(())
}

/// The change proposed for action `id`, waiting or refused.
pub fn proposed_edit(c: &Connection, id: i64) -> Result<Option<ProposedEdit>> {
    Ok(c.prepare_cached(
        "SELECT event_id, proposal, proposed_at, state, reason FROM proposed_edits WHERE event_id = ?1",
    )?
    .query_row([id], proposed_from_row)
    .optional()?)
}

/// Changes waiting for a coordinator, oldest first.
pub fn proposed_edits(c: &Connection) -> Result<Vec<ProposedEdit>> {
    let mut stmt = c.prepare_cached(
        "SELECT event_id, proposal, proposed_at, state, reason FROM proposed_edits
         WHERE state = 'pending' ORDER BY proposed_at, event_id",
    )?;
    let rows = stmt.query_map([], proposed_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Marks the change proposed for `id` refused, with the reason its organiser sees.
pub fn refuse_edit(c: &Connection, id: i64, reason: &str) -> Result<()> {
    c.prepare_cached("UPDATE proposed_edits SET state = 'rejected', reason = ?2 WHERE event_id = ?1")?
        .execute(params![id, reason])?;
    Ok(())
}

/// Forgets the change proposed for `id` (applied, or moot).
pub fn drop_edit(c: &Connection, id: i64) -> Result<()> {
    c.prepare_cached("DELETE FROM proposed_edits WHERE event_id = ?1")?
        .execute([id])?;
    Ok(())
}

/// An action as the moderation desk's search lists it.
#[derive(Debug, Clone)]
pub struct Found {
    pub id: i64,
    pub title: String,
    /// `pending`, `published` or `rejected`.
    pub moderation: String,
    /// `confirmed`, `tentative` or `cancelled`.
    pub status: String,
    /// Its local start (`YYYY-MM-DDTHH:MM` or a date).
    pub start: String,
}

/// Actions for the moderation desk's search, any state but removed, newest first: those whose
/// title or city contains `q` whatever the case, in any script ("élan" finds "Élan"; SQLite's
/// LIKE folds ASCII only), or whose number is `q`; all when `q` is empty; at most `limit`.
/// The store is read through once, newest first, until `limit` are found.
pub fn find_for_desk(c: &Connection, q: &str, limit: usize) -> Result<Vec<Found>> {
    let folded = q.to_lowercase();
    let mut stmt = c.prepare_cached(
        "SELECT id, title, moderation, status, start_local, coalesce(city, '') FROM events
         WHERE removed = 0 ORDER BY id DESC",
    )?;
    let mut rows = stmt.query([])?;
    let mut found = Vec::new();
    while let Some(r) = rows.next()? {
        let (id, title, city): (i64, String, String) = (r.get(0)?, r.get(1)?, r.get(5)?);
        let matches = folded.is_empty()
            || id.to_string() == folded
            || title.to_lowercase().contains(&folded)
            || city.to_lowercase().contains(&folded);
        if matches {
            found.push(Found {
                id,
                title,
                moderation: r.get(2)?,
                status: r.get(3)?,
                start: r.get(4)?,
            });
            if found.len() == limit {
                break;
            }
        }
    }
    Ok(found)
}

/// Whether action `id` was removed (by a coordinator, or as past), or does not exist.
pub fn is_removed(c: &Connection, id: i64) -> Result<bool> {
    Ok(c.prepare_cached("SELECT removed FROM events WHERE id = ?1")?
        .query_row([id], |r| r.get::<_, i64>(0))
        .optional()?
        .is_none_or(|r| r != 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stored fingerprints outlive the code that wrote them: a re-import compares against
    /// them, so the same action must give the same fingerprint from one version to the next.
    #[test]
    fn an_actions_fingerprint_is_what_earlier_versions_stored() {
        let form: crate::domain::EventForm = serde_json::from_value(serde_json::json!({
            "uid": "fingerprint@test", "title": "Vigil, with a link", "description": "Bring flags\nall welcome",
            "start": "2027-03-27T18:30", "end": "2027-03-27T20:00", "timezone": "Europe/London",
            "country": "GB", "city": "London", "venue": "Parliament Square", "latitude": 51.5, "longitude": -0.12,
            "online_links": [{"label": "Stream", "url": "https://stream.example.org/live"}, {"url": "https://meet.example.org/x"}],
            "campaigns": ["all-for-palestine"], "tags": ["vigil", "march"], "languages": ["en", "ar"],
            "recurrence": "FREQ=WEEKLY;COUNT=3",
            "organiser_email": "org@example.org", "organiser_name": "Org"
        }))
        .expect("form");
        let event = NewEvent::try_from(form).expect("valid");
        assert_eq!(
            fingerprint(&event),
            "c587d6a2d2a4b5a754a371f0678eeac6dc3b863aa1f371199765a18bd062cc20"
        );
    }

    #[test]
    fn the_named_columns_are_the_columns_of_the_select() {
        let dir = tempfile::tempdir().expect("dir");
        let store = crate::store::Store::open(&dir.path().join("s.db")).expect("store");
        let names: Vec<String> = store
            .with_conn(|c| {
                let stmt = c.prepare(SELECT)?;
                Ok::<_, crate::store::StoreError>(stmt.column_names().into_iter().map(String::from).collect())
            })
            .expect("prepared");
        assert_eq!(names, Col::NAMES);
        assert_eq!(
            Col::PublicSeq as usize,
            Col::NAMES.len(),
            "changes_after's columns follow"
        );
    }
}
