//! Partners' calendars (issue 17): the sources coordinators follow, and what one poll's events
//! do to the store.
//!
//! **Identity.** Each partner event is kept by (source, `UID`, occurrence): its action's own UID
//! is made from those ([`action_uid`]), so two partners' events can never overwrite each other
//! nor an organiser's action, and the same event always updates the same action (same UID in
//! our feeds, `SEQUENCE` raised by the store on every change).
//!
//! **Series.** A repeat rule that the project's rules accept and that has no exceptions
//! becomes one recurring action. A series with exceptions (`EXDATE`, overrides of single
//! occurrences by `RECURRENCE-ID`, listed before or after their master) is expanded into one
//! action per occurrence from [`WINDOW_PAST_DAYS`] ago to [`WINDOW_AHEAD_DAYS`] ahead, each
//! keyed by its occurrence (the instant in UTC, or the date): an override replaces its
//! occurrence, a cancelled one cancels it, an excluded date has none. Chosen over a model of
//! exceptions because every calendar client shows single events the same way, while
//! `EXDATE`/`RECURRENCE-ID` handling is where clients disagree (overrides in another zone than
//! their master, ical.js's and Outlook's different matching); the cost is a window that moves
//! with each poll.
//!
//! **Keeping in sync.** An event whose mapped action is unchanged since the last poll (a feed
//! that differs only in `DTSTAMP`) writes nothing. A changed event changes only the fields it
//! changed ([`merge`]): a coordinator's correction of another field survives. A cancelled event
//! cancels its action. An action missing from a successful poll is cancelled ("removed at the
//! source") only when it is still to come, inside the span of time the feed still covers, and
//! missing for [`VANISH_POLLS`] successful polls in a row; when more than half of a source's
//! future actions (at least [`HOLD_MIN`]) vanish at once, nothing is cancelled and the poll is
//! held for a coordinator ([`release`]). A poll that fails, or whose body is not a whole
//! calendar, never reaches here. New actions of a "hold" source, and any new action that looks
//! like one already published (same place, overlapping time: the submission check), wait for a
//! coordinator. Every change a poll makes is in the audit log, by `source:{id}:{name}`.

use std::collections::{HashMap, HashSet};

use jiff::civil::{Date, DateTime};
use rusqlite::Connection;
use serde_json::{Value, json};
use sha2::Digest as _;

use super::{WriteError, WriteResult};
use crate::domain::{Country, DomainError, EventForm, Moderation, NewEvent, Status};
use crate::ical::read::{OccurrenceStart, Rdate as ReadRdate, RemoteEvent, RemoteTime, ZoneFrom, occurrence_key};
use crate::store::audit::{self, Action, Actor, Record};
use crate::store::sources::{self, Counts, Item, Source, SourceSettings, Trust};
use crate::store::{StoreError, campaigns, events};

/// Successful polls in a row an action must be missing from before it is cancelled.
pub const VANISH_POLLS: i64 = 2;
/// Fewest future actions vanishing at once that can hold a poll.
pub const HOLD_MIN: usize = 3;
/// A series with exceptions is expanded from this many days ago…
pub const WINDOW_PAST_DAYS: i64 = 30;
/// …to this many days ahead…
pub const WINDOW_AHEAD_DAYS: i64 = 400;
/// …into at most this many occurrences.
pub const OCCURRENCES_MAX: u16 = 200;

/// A source as a coordinator sends it (`POST`/`PUT /api/v1/moderation/sources`).
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceForm {
    /// The partner's feed: an `http` or `https` URL.
    pub url: Option<String>,
    /// What coordinators call it; the URL's host when not given.
    pub name: Option<String>,
    /// Campaign slugs its actions belong to.
    #[serde(default)]
    pub campaigns: Vec<String>,
    /// Tags its actions get (besides their own CATEGORIES).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Languages its actions are in.
    #[serde(default)]
    pub languages: Vec<String>,
    /// ISO 3166 code of the country its places are in, when their LOCATION does not name one.
    pub country: Option<String>,
    /// `hold` (new actions wait for a coordinator; the default) or `publish`.
    pub trust: Option<String>,
    /// Whether polls are paused.
    pub paused: Option<bool>,
    /// Read-only fields of the API's own answers, accepted and ignored.
    #[serde(flatten)]
    #[schema(ignore)]
    pub ignored: HashMap<String, Value>,
}

/// The settings `form` asks for, checked: every refused field at once.
pub fn settings(c: &Connection, form: SourceForm) -> WriteResult<SourceSettings> {
    let mut refused = Vec::new();
    let url = match form.url.as_deref().map(str::trim) {
        None | Some("") => {
            refused.push(DomainError::says("url", "err_required", &[]));
            None
        }
        Some(raw) => match url::Url::parse(raw) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Some(u),
            _ => {
                refused.push(DomainError::says("url", "err_source_url", &[]));
                None
            }
        },
    };
    let name = form
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .or_else(|| url.as_ref().and_then(|u| u.host_str()).map(str::to_string))
        .unwrap_or_default();
    let len = name.chars().count();
    if len > 200 {
        refused.push(DomainError::says(
            "name",
            "err_text_too_long",
            &[("len", &len), ("max", &200)],
        ));
    }
    let known = campaigns::slugs(c)?;
    let mut campaigns = Vec::new();
    for slug in &form.campaigns {
        if known.iter().any(|k| k == slug.trim()) {
            campaigns.push(slug.trim().to_string());
        } else {
            refused.push(DomainError::says(
                "campaigns",
                "err_unknown_campaign",
                &[("value", &slug.trim()), ("known", &known.join(", "))],
            ));
        }
    }
    let mut tags = Vec::new();
    for t in &form.tags {
        match crate::domain::Tag::try_from(t.as_str()) {
            Ok(tag) => tags.push(tag.as_str().to_string()),
            Err(e) => refused.push(e.renamed("tags")),
        }
    }
    let mut languages = Vec::new();
    for l in &form.languages {
        match crate::domain::Language::try_from(l.as_str()) {
            Ok(lang) => languages.push(lang.as_str().to_string()),
            Err(e) => refused.push(e.renamed("languages")),
        }
    }
    let country = match form.country.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(code) => match Country::try_from(code) {
            Ok(k) => Some(k.code().to_string()),
            Err(e) => {
                refused.push(e);
                None
            }
        },
    };
    let trust = match form.trust.as_deref() {
        None => Trust::Hold,
        Some(t) => Trust::parse(t).unwrap_or_else(|| {
            refused.push(DomainError::says("trust", "err_source_trust", &[]));
            Trust::Hold
        }),
    };
    if let Some(all) = DomainError::all_of(refused) {
        return Err(all.into());
    }
    for list in [&mut campaigns, &mut tags, &mut languages] {
        list.sort();
        list.dedup();
    }
    Ok(SourceSettings {
        url: url.map(String::from).unwrap_or_default(),
        name,
        campaigns,
        tags,
        languages,
        country,
        trust,
        paused: form.paused.unwrap_or(false),
    })
}

/// Follows a new source; due at once. 409 for a URL already followed.
pub fn add(c: &mut Connection, form: SourceForm, now: i64) -> WriteResult<Source> {
    let tx = c.transaction()?;
    let s = settings(&tx, form)?;
    if let Some(other) = sources::by_url(&tx, &s.url)? {
        return Err(WriteError::Conflict(format!(
            "{} is already followed as source {} ({})",
            s.url, other.id, other.settings.name
        )));
    }
    let id = sources::insert(&tx, &s, now)?;
    let source = sources::by_id(&tx, id)?.ok_or_else(|| WriteError::NotFound(format!("no source {id}")))?;
    tx.commit()?;
    Ok(source)
}

/// Changes source `id`'s settings.
pub fn edit(c: &mut Connection, id: i64, form: SourceForm, now: i64) -> WriteResult<Source> {
    let tx = c.transaction()?;
    let s = settings(&tx, form)?;
    if let Some(other) = sources::by_url(&tx, &s.url)?
        && other.id != id
    {
        return Err(WriteError::Conflict(format!(
            "{} is already followed as source {} ({})",
            s.url, other.id, other.settings.name
        )));
    }
    if !sources::update(&tx, id, &s, now)? {
        return Err(WriteError::NotFound(format!("no source {id}")));
    }
    let source = sources::by_id(&tx, id)?.ok_or_else(|| WriteError::NotFound(format!("no source {id}")))?;
    tx.commit()?;
    Ok(source)
}

/// Stops following source `id`; its actions stay as they are.
pub fn remove(c: &mut Connection, id: i64) -> WriteResult<()> {
    if sources::remove(c, id)? {
        Ok(())
    } else {
        Err(WriteError::NotFound(format!("no source {id}")))
    }
}

/// Lets the next poll of a held source cancel what vanished, and makes it due at once.
pub fn release(c: &mut Connection, id: i64, now: i64) -> WriteResult<()> {
    if sources::release_hold(c, id, now)? {
        Ok(())
    } else {
        Err(WriteError::NotFound(format!("no source {id}")))
    }
}

/// What one poll's events did.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Actions made, changed, cancelled, held.
    pub counts: Counts,
    /// Why the poll was held, in words.
    pub held: Option<String>,
    /// Events that could not be taken, and what was guessed, in words.
    pub notes: Vec<String>,
    /// Whether anything public or pending changed (the store's revision moved).
    pub wrote: bool,
}

/// The UID of the action made from occurrence `occurrence` (empty: the event itself) of the
/// event `uid` of source `source`: `partner-{source}-{hash}`, where the hash (SHA-256, 96 bits)
/// covers the partner's UID and the occurrence.
pub fn action_uid(source: i64, uid: &str, occurrence: &str) -> String {
    let digest = sha2::Sha256::digest(format!("{uid}\u{0}{occurrence}").as_bytes());
    let hash: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
    format!("partner-{source}-{hash}")
}

/// One action this poll wants, by its key.
struct Wanted {
    uid: String,
    occurrence: String,
    event: NewEvent,
    mapped: Value,
    sequence: i64,
    /// Held for a coordinator whatever the source's trust (a guess was made).
    hold: bool,
}

/// What exporters put before a cancelled event's title: this project's feeds (for clients
/// that ignore STATUS), Outlook, Exchange.
const CANCELLED_PREFIXES: &[&str] = &["CANCELLED: ", "Cancelled: ", "Canceled: ", "CANCELED: "];

/// Hosts whose links are ways to join online.
const MEETING_HOSTS: &[&str] = &[
    "zoom.us",
    "meet.google.com",
    "teams.microsoft.com",
    "teams.live.com",
    "meet.jit.si",
    "whereby.com",
    "webex.com",
    "bigbluebutton.org",
    "youtube.com",
    "youtu.be",
    "facebook.com",
    "twitch.tv",
];

fn is_meeting(url: &str) -> bool {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .is_some_and(|h| MEETING_HOSTS.iter().any(|m| h == *m || h.ends_with(&format!(".{m}"))))
}

/// The action's form for partner event `ev` with `defaults` (a source's settings), starting at `at` instead of its own
/// start when given (an occurrence of a series), without its rule when `single`.
fn form(
    defaults: &SourceSettings,
    ev: &RemoteEvent,
    at: Option<OccurrenceAt>,
    single: bool,
) -> Result<EventForm, String> {
    let time = ev
        .time
        .as_ref()
        .ok_or_else(|| format!("{}: {}", ev.uid, ev.notes.join("; ")))?;
    // A cancelled event's title often says so too, for clients that show no status (this
    // project's own feeds, Outlook's "Canceled: "): the status says it here.
    let mut title = ev.summary.trim();
    if ev.status.as_deref() == Some("CANCELLED") {
        for prefix in CANCELLED_PREFIXES {
            if let Some(rest) = title.strip_prefix(prefix) {
                title = rest.trim_start();
                break;
            }
        }
    }
    let mut f = EventForm {
        title: Some(if title.is_empty() {
            ev.uid.clone()
        } else {
            title.to_string()
        }),
        ..Default::default()
    };
    match time {
        RemoteTime::AllDay { start, last_day } => {
            let (start, last) = match at {
                Some(OccurrenceAt::Date(d)) => {
                    let days = start.until(*last_day).map(|s| s.get_days()).unwrap_or(0);
                    (d, d.checked_add(jiff::Span::new().days(days)).unwrap_or(d))
                }
                _ => (*start, *last_day),
            };
            f.start = Some(start.to_string());
            f.end = Some(last.to_string());
            f.all_day = Some(true);
            f.timezone = Some("UTC".into());
        }
        RemoteTime::Timed { start, end, zone, .. } => {
            let (start, end) = match at {
                Some(OccurrenceAt::Local(dt)) => {
                    let length = start.until(*end).unwrap_or_default();
                    (dt, dt.checked_add(length).unwrap_or(dt))
                }
                _ => (*start, *end),
            };
            f.start = Some(crate::domain::event_time::format_local(start));
            // A start alone (or a zero DURATION) takes this project's default length.
            f.end = (!ev.open_ended && end > start).then(|| crate::domain::event_time::format_local(end));
            f.timezone = Some(zone.name().to_string());
        }
    }
    if !single {
        f.recurrence = ev.rrule.clone();
    }
    f.status = Some(
        match ev.status.as_deref() {
            Some("CANCELLED") => "cancelled",
            Some("TENTATIVE") => "tentative",
            _ => "confirmed",
        }
        .into(),
    );
    let mut description = ev.description.clone().unwrap_or_default();
    let mut append = |line: &str| {
        if !description.contains(line) {
            if !description.is_empty() {
                description.push_str("\n\n");
            }
            description.push_str(line);
        }
    };
    if let Some(location) = ev.location.as_deref() {
        if location.starts_with("http://") || location.starts_with("https://") {
            f.online_url = Some(location.to_string());
        } else {
            let mut parts: Vec<&str> = location.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
            let named = parts.last().and_then(|p| Country::named(p));
            if named.is_some() {
                parts.pop();
            }
            let country = named.or_else(|| defaults.country.as_deref().and_then(|c| Country::try_from(c).ok()));
            match country {
                Some(k) if !parts.is_empty() => {
                    f.country = Some(k.code().to_string());
                    f.venue = Some(parts[0].to_string());
                    if parts.len() > 1 {
                        // "75011 Paris", "Berlin 10115": the postcode is not the city.
                        let city: Vec<&str> = parts[parts.len() - 1]
                            .split_whitespace()
                            .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
                            .collect();
                        if !city.is_empty() {
                            f.city = Some(city.join(" "));
                        }
                    }
                }
                Some(k) => f.country = Some(k.code().to_string()),
                // No country to place it in: the place stays readable in the description.
                None => append(location),
            }
        }
    }
    if let Some((lat, lon)) = ev.geo {
        f.latitude = Some(lat);
        f.longitude = Some(lon);
    }
    if let Some(url) = ev.url.as_deref() {
        if f.online_url.is_none() && is_meeting(url) {
            f.online_url = Some(url.to_string());
        } else {
            append(url);
        }
    }
    f.description = (!description.is_empty()).then_some(description);
    if f.all_day == Some(true) {
        // A date has no zone in iCalendar; the action's days are read in the zone of its
        // country when it has one zone, else the calendar's, else UTC.
        let zones = f
            .country
            .as_deref()
            .map(crate::domain::zone::zones_of)
            .unwrap_or_default();
        f.timezone = match zones.as_slice() {
            [one] => Some(one.clone()),
            _ => ev.calendar_zone.as_ref().map(|z| z.name().to_string()).or(f.timezone),
        };
    }
    f.campaigns = defaults.campaigns.clone();
    f.languages = defaults.languages.clone();
    let mut tags = defaults.tags.clone();
    for category in &ev.categories {
        let slug: String = category
            .trim()
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-");
        if crate::domain::Tag::try_from(slug.as_str()).is_ok() {
            tags.push(slug);
        }
    }
    f.tags = tags;
    Ok(f)
}

/// The action's form for one event of a calendar someone sent (a mail's invitation), with
/// `defaults`: its rule kept, every time read as for partners' calendars.
pub fn form_of(defaults: &SourceSettings, ev: &RemoteEvent) -> Result<EventForm, String> {
    form(defaults, ev, None, ev.rrule.is_none())
}

/// Where one occurrence of a series starts.
#[derive(Debug, Clone, Copy)]
enum OccurrenceAt {
    Date(Date),
    Local(DateTime),
}

/// Builds the action for `f`, keyed by the partner's `uid` and `occurrence`.
fn build(source: &Source, ev: &RemoteEvent, occurrence: &str, mut f: EventForm, hold: bool) -> Result<Wanted, String> {
    // A time read with a guess (floating, or kept in UTC for want of a zone that agrees with
    // the file's own rules) waits for a coordinator.
    let guessed = matches!(
        ev.time,
        Some(RemoteTime::Timed {
            how: ZoneFrom::Floating | ZoneFrom::CustomInUtc,
            ..
        })
    );
    let hold = hold || guessed;
    f.uid = Some(action_uid(source.id, &ev.uid, occurrence));
    let event = NewEvent::try_from(f).map_err(|e| {
        format!(
            "{} ({}): {}",
            ev.summary,
            ev.uid,
            e.each().map(|d| d.to_string()).collect::<Vec<_>>().join("; ")
        )
    })?;
    Ok(Wanted {
        uid: ev.uid.clone(),
        occurrence: occurrence.to_string(),
        mapped: event.to_import_json(),
        event,
        sequence: ev.sequence,
        hold,
    })
}

/// Every action the events of one poll stand for, and notes on those that stand for none.
/// What one poll's file says of the events it lists, for those it no longer lists as before.
#[derive(Default)]
struct Coverage {
    /// Series read as one action (key ""): their former occurrences are gone.
    single: HashSet<String>,
    /// Series expanded into occurrences, and the local days they were expanded over (to the
    /// last occurrence kept when the cap cut them): an occurrence in those days not generated
    /// is no longer the partner's.
    expanded: HashMap<String, (Date, Date)>,
    /// Every (UID, RECURRENCE-ID key) the file has an override for, readable or not.
    overrides: HashSet<(String, String)>,
}

fn wanted(
    source: &Source,
    remote: &[RemoteEvent],
    today: Date,
    notes: &mut Vec<String>,
    coverage: &mut Coverage,
) -> Vec<Wanted> {
    let mut overrides: HashMap<&str, Vec<&RemoteEvent>> = HashMap::new();
    for ev in remote.iter().filter(|e| e.recurrence_key.is_some()) {
        overrides.entry(ev.uid.as_str()).or_default().push(ev);
    }
    let mut out = Vec::new();
    fn take(w: Result<Wanted, String>, out: &mut Vec<Wanted>, notes: &mut Vec<String>) {
        match w {
            Ok(w) => out.push(w),
            Err(note) => notes.push(note),
        }
    }
    for ev in remote {
        if ev.time.is_some() {
            notes.extend(ev.notes.iter().map(|n| format!("{:?}: {n}", ev.summary)));
        }
        if matches!(ev.class.as_deref(), Some("PRIVATE" | "CONFIDENTIAL")) {
            notes.push(format!(
                "{:?}: marked {}, not published",
                ev.summary,
                ev.class.as_deref().unwrap_or_default()
            ));
            continue;
        }
        if ev.uid.trim().is_empty() {
            notes.push(format!("{:?}: no UID, cannot be followed", ev.summary));
            continue;
        }
        if let Some(key) = &ev.recurrence_key {
            coverage.overrides.insert((ev.uid.clone(), key.clone()));
            take(
                form(&source.settings, ev, None, true).and_then(|f| build(source, ev, key, f, false)),
                &mut out,
                notes,
            );
            continue;
        }
        if ev.rrule.is_none() && ev.rdates.is_empty() {
            take(
                form(&source.settings, ev, None, true).and_then(|f| build(source, ev, "", f, false)),
                &mut out,
                notes,
            );
            continue;
        }
        let moved = overrides.get(ev.uid.as_str());
        if ev.exdate_keys.is_empty() && ev.rdates.is_empty() && moved.is_none() {
            match form(&source.settings, ev, None, false).and_then(|f| build(source, ev, "", f, false)) {
                Ok(w) => {
                    coverage.single.insert(ev.uid.clone());
                    out.push(w);
                    continue;
                }
                Err(note) => notes.push(format!(
                    "{note}: only its first occurrence is listed, held for a coordinator"
                )),
            }
            take(
                form(&source.settings, ev, None, true).and_then(|f| build(source, ev, "", f, true)),
                &mut out,
                notes,
            );
            continue;
        }
        // A series with exceptions: one action per occurrence in the window.
        let first = match form(&source.settings, ev, None, true).and_then(|f| build(source, ev, "", f, false)) {
            Ok(w) => w,
            Err(note) => {
                notes.push(note);
                continue;
            }
        };
        let parsed = ev
            .rrule
            .as_deref()
            .map(|rule| crate::domain::recurrence::Recurrence::parse(rule, &first.event.time));
        let recurrence = match parsed {
            None => None,
            Some(Ok(r)) => Some(r),
            Some(Err(e)) => {
                notes.push(format!(
                    "{} ({}): {e}: only its first occurrence is listed, held",
                    ev.summary, ev.uid
                ));
                out.push(Wanted { hold: true, ..first });
                continue;
            }
        };
        let skip: HashSet<&str> = ev
            .exdate_keys
            .iter()
            .map(String::as_str)
            .chain(moved.into_iter().flatten().filter_map(|o| o.recurrence_key.as_deref()))
            .collect();
        let from = today
            .checked_sub(jiff::Span::new().days(WINDOW_PAST_DAYS))
            .unwrap_or(today);
        let to = today
            .checked_add(jiff::Span::new().days(WINDOW_AHEAD_DAYS))
            .unwrap_or(today);
        // The rule's occurrences (or DTSTART alone), then RDATE's, each once.
        let mut starts: Vec<(DateTime, Option<jiff::SignedDuration>)> = match &recurrence {
            Some(r) => r
                .starts_between(&first.event.time, from, to, OCCURRENCES_MAX)
                .into_iter()
                .map(|s| (s, None))
                .collect(),
            None => vec![(first.event.time.start_local(), None)],
        };
        let zone = first.event.time.zone().clone();
        let mut seen_starts: HashSet<DateTime> = starts.iter().map(|(s, _)| *s).collect();
        for r in &ev.rdates {
            let (start, length) = match r {
                ReadRdate::Date(d) => (d.to_datetime(jiff::civil::Time::midnight()), None),
                ReadRdate::At(t, length) => (zone.tz().to_datetime(*t), *length),
            };
            if start.date() >= from && start.date() <= to && seen_starts.insert(start) {
                starts.push((start, length));
            }
        }
        starts.sort();
        let capped = starts.len() > usize::from(OCCURRENCES_MAX);
        starts.truncate(usize::from(OCCURRENCES_MAX));
        let last = match starts.last() {
            Some((s, _)) if capped => s.date(),
            _ => to,
        };
        coverage.expanded.insert(ev.uid.clone(), (from, last));
        // EXDATE;VALUE=DATE on a timed series excludes that day's occurrence (as libical and
        // ical.js read it).
        let excluded_days: HashSet<&str> = ev
            .exdate_keys
            .iter()
            .filter(|k| k.len() == 8)
            .map(String::as_str)
            .collect();
        for (start, length) in starts {
            if excluded_days.contains(start.date().strftime("%Y%m%d").to_string().as_str()) {
                continue;
            }
            let (key, at) = match &ev.time {
                Some(RemoteTime::AllDay { .. }) => (
                    occurrence_key(OccurrenceStart::Date(start.date())),
                    OccurrenceAt::Date(start.date()),
                ),
                Some(RemoteTime::Timed { zone, .. }) => (
                    occurrence_key(OccurrenceStart::Local(start, zone)),
                    OccurrenceAt::Local(start),
                ),
                None => continue,
            };
            let Some(key) = key else { continue };
            if skip.contains(key.as_str()) {
                continue;
            }
            let mut form = form(&source.settings, ev, Some(at), true);
            // An RDATE period lasts as long as it says.
            if let (Ok(f), Some(length), OccurrenceAt::Local(start)) = (&mut form, length, at)
                && let Ok(end) = start.checked_add(length)
            {
                f.end = Some(crate::domain::event_time::format_local(end));
            }
            take(form.and_then(|f| build(source, ev, &key, f, false)), &mut out, notes);
        }
    }
    // The same key twice (a file listing an event twice): the last wins.
    let mut seen = HashSet::new();
    let mut unique: Vec<Wanted> = out
        .into_iter()
        .rev()
        .filter(|w| seen.insert((w.uid.clone(), w.occurrence.clone())))
        .collect();
    unique.reverse();
    unique
}

/// Field groups that change together: a changed start takes its end and rule along.
const GROUPS: &[&[&str]] = &[
    &["title"],
    &["description"],
    &["start", "end", "all_day", "recurrence"],
    // The zone alone: a coordinator who corrects the zone of a partner's floating or UTC times
    // keeps it when the partner later moves the time (its local times are read in the zone
    // corrected).
    &["timezone"],
    &["status"],
    &["country", "city", "venue", "latitude", "longitude"],
    &["online_url", "online_links"],
    &["campaigns"],
    &["tags"],
    &["languages"],
];

/// The action after a partner's change: each group of fields the partner changed since
/// `old` (what it gave last time) takes `new`'s values; every other keeps `current`'s, which
/// may be a coordinator's correction.
pub fn merge(current: &Value, old: &Value, new: &Value) -> Value {
    let mut out = current.clone();
    let Some(map) = out.as_object_mut() else {
        return new.clone();
    };
    for group in GROUPS {
        if group.iter().any(|k| old.get(k) != new.get(k)) {
            for k in *group {
                map.insert((*k).to_string(), new.get(k).cloned().unwrap_or(Value::Null));
            }
        }
    }
    out
}

/// Whether the action `id` was removed (by a coordinator, or as past), or is gone.
fn removed(c: &Connection, id: i64) -> WriteResult<bool> {
    Ok(events::is_removed(c, id)?)
}

/// Brings the events of one successful poll of `source` into the store, in one transaction:
/// see the module's documentation. Nothing is written when nothing changed.
pub fn apply(
    c: &mut Connection,
    source: &Source,
    remote: &[RemoteEvent],
    today: Date,
    now: i64,
) -> WriteResult<Outcome> {
    let mut outcome = Outcome::default();
    let mut coverage = Coverage::default();
    let wanted = wanted(source, remote, today, &mut outcome.notes, &mut coverage);
    let tx = c.transaction()?;
    let actor = Actor::Source(source.id, &source.settings.name);
    let mut items: HashMap<(String, String), Item> = sources::items(&tx, source.id)?
        .into_iter()
        .map(|i| ((i.remote_uid.clone(), i.recurrence_id.clone()), i))
        .collect();
    let mut summary = events::UpsertSummary::default();
    let mut listed = HashSet::new();
    for w in &wanted {
        let key = (w.uid.clone(), w.occurrence.clone());
        listed.insert(key.clone());
        match items.get(&key) {
            None => {
                // New: held when the source is not trusted, when a guess was made, or when it
                // looks like an action already published (the submission check).
                // Only others' actions: a partner's own events at one place and time are theirs
                // to list.
                let mut similar = events::overlapping(&tx, &w.event)?;
                let mut others = Vec::with_capacity(similar.len());
                for (id, title) in similar.drain(..) {
                    if sources::of_event(&tx, id)?.is_none_or(|(from, _)| from != source.id) {
                        others.push((id, title));
                    }
                }
                let similar = others;
                let hold = source.settings.trust == Trust::Hold || w.hold || !similar.is_empty();
                if !similar.is_empty() {
                    outcome.notes.push(format!(
                        "{:?} looks like {}: held for a coordinator",
                        w.event.title,
                        similar
                            .iter()
                            .map(|(id, title)| format!("action {id} {title:?}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                let state = if hold {
                    Moderation::Pending
                } else {
                    Moderation::Published
                };
                let id = events::upsert(&tx, &w.event, state, now, &mut summary)?;
                audit::record(
                    &tx,
                    now,
                    Record {
                        actor,
                        action: Action::Submit,
                        event_id: Some(id),
                        campaign: None,
                        before: None,
                        after: Some(w.mapped.clone()),
                    },
                )?;
                outcome.counts.new += 1;
                if hold {
                    outcome.counts.held += 1;
                }
                sources::put_item(
                    &tx,
                    source.id,
                    &Item {
                        remote_uid: w.uid.clone(),
                        recurrence_id: w.occurrence.clone(),
                        event_id: Some(id),
                        remote_sequence: w.sequence,
                        mapped: w.mapped.clone(),
                        missing: 0,
                        vanished: false,
                    },
                )?;
                outcome.wrote = true;
            }
            Some(item) => {
                let unchanged = item.mapped == w.mapped && !item.vanished;
                let mut next = Item {
                    remote_sequence: w.sequence,
                    mapped: w.mapped.clone(),
                    missing: 0,
                    vanished: false,
                    ..item.clone()
                };
                match item.event_id {
                    Some(id) if !unchanged && !removed(&tx, id)? => {
                        let current = events::any_by_id(&tx, id)?
                            .ok_or_else(|| StoreError::Corrupt(format!("action {id} of a source is gone")))?;
                        let before = current.to_import_json(None);
                        // An action cancelled as vanished comes back with the partner's status.
                        let old = if item.vanished {
                            let mut o = item.mapped.clone();
                            o["status"] = json!("vanished");
                            o
                        } else {
                            item.mapped.clone()
                        };
                        let merged = merge(&before, &old, &w.mapped);
                        let form: EventForm = serde_json::from_value(merged)
                            .map_err(|e| WriteError::Store(StoreError::Corrupt(format!("action {id}: {e}"))))?;
                        match NewEvent::try_from(form) {
                            Ok(event) => {
                                let updated = summary.updated;
                                events::upsert(&tx, &event, current.moderation, now, &mut summary)?;
                                if summary.updated > updated {
                                    let after = event.to_import_json();
                                    let cancelled =
                                        event.status == Status::Cancelled && current.status != Status::Cancelled;
                                    audit::record(
                                        &tx,
                                        now,
                                        Record {
                                            actor,
                                            action: if cancelled { Action::Cancel } else { Action::Edit },
                                            event_id: Some(id),
                                            campaign: None,
                                            before: Some(before),
                                            after: Some(after),
                                        },
                                    )?;
                                    if cancelled {
                                        outcome.counts.cancelled += 1;
                                    } else {
                                        outcome.counts.updated += 1;
                                    }
                                    outcome.wrote = true;
                                }
                            }
                            Err(e) => {
                                // The merge of a correction and a change that do not fit together
                                // (a coordinator's venue with the partner's new country): kept as
                                // it is, for a coordinator.
                                outcome
                                    .notes
                                    .push(format!("action {id}: the partner's change cannot be applied: {e}"));
                                next.mapped = item.mapped.clone();
                            }
                        }
                    }
                    _ => {}
                }
                if next.mapped != item.mapped
                    || next.missing != item.missing
                    || next.vanished != item.vanished
                    || next.remote_sequence != item.remote_sequence
                {
                    sources::put_item(&tx, source.id, &next)?;
                }
            }
        }
        items.remove(&key);
    }
    // What this poll did not list. An event that is in the file but could not be taken (or is
    // private) is not "removed at the source": its action stays as it is.
    let present: HashSet<&str> = remote.iter().map(|e| e.uid.as_str()).collect();
    let still = |event: &crate::domain::Event| match &event.recurrence {
        Some(_) => event.last_date().is_none_or(|d| d >= today),
        None => event.time.end_utc().as_second() > now,
    };
    let span = wanted
        .iter()
        .map(|w| w.event.time.start_utc().as_second())
        .fold(None, |acc: Option<(i64, i64)>, s| {
            Some(acc.map_or((s, s), |(a, b)| (a.min(s), b.max(s))))
        });
    let mut candidates = Vec::new();
    let mut superseded = Vec::new();
    let mut future = 0usize;
    for item in items.values().filter(|i| !i.vanished) {
        let Some(id) = item.event_id else { continue };
        let Some(event) = events::any_by_id(&tx, id)? else {
            continue;
        };
        if event.status == Status::Cancelled || event.moderation == Moderation::Rejected || removed(&tx, id)? {
            continue;
        }
        if !still(&event) {
            continue;
        }
        // The partner still lists the event. If its series, read whole, no longer has this
        // occurrence (excluded, a date dropped, the series changed form: one rule <-> its
        // occurrences), that is the partner's word, not a feed cut short: it goes now. Any
        // other (an override or a master that cannot be read, past the cap): kept as it is.
        if present.contains(item.remote_uid.as_str()) {
            let uid = &item.remote_uid;
            let overridden = coverage.overrides.contains(&(uid.clone(), item.recurrence_id.clone()));
            let day = event.time.start_local().date();
            let gone = if item.recurrence_id.is_empty() {
                coverage.expanded.contains_key(uid)
            } else {
                !overridden
                    && (coverage.single.contains(uid)
                        || coverage
                            .expanded
                            .get(uid)
                            .is_some_and(|(from, last)| day >= *from && day <= *last))
            };
            if gone {
                superseded.push((item.clone(), event));
            }
            continue;
        }
        future += 1;
        // A series that began before the span the feed covers is inside it while it goes on.
        let start = event.time.start_utc().as_second();
        let inside = span.is_some_and(|(a, b)| (start >= a || event.recurrence.is_some()) && start <= b);
        if inside {
            candidates.push((item.clone(), event));
        }
    }
    // Future actions still listed count towards the share too (past ones do not).
    future += wanted
        .iter()
        .filter(|w| match &w.event.recurrence {
            Some(r) => r.last_date().is_none_or(|d| d >= today),
            None => w.event.time.end_utc().as_second() > now,
        })
        .count();
    let held = candidates.len() >= HOLD_MIN && candidates.len() * 2 > future && !source.release_hold;
    if held {
        outcome.held = Some(format!(
            "{} of the source's {} future actions vanished from it at once: nothing was cancelled; release the source to cancel them",
            candidates.len(),
            future
        ));
        outcome.counts.held += 1;
    }
    // Missing counts on held polls too, so that once a coordinator releases the source, what
    // the held polls missed goes at the next reading, and what vanished only since waits its
    // second one like any other.
    for (mut item, event, now_or_later) in candidates
        .into_iter()
        .map(|(i, e)| (i, e, false))
        .chain(superseded.into_iter().map(|(i, e)| (i, e, true)))
    {
        item.missing += 1;
        if now_or_later || (!held && item.missing >= VANISH_POLLS) {
            let before = event.to_import_json(None);
            events::set_status(&tx, event.id, Status::Cancelled, now)?;
            let mut after = before.clone();
            after["status"] = json!("cancelled");
            after["reason"] = json!(if now_or_later {
                "no longer an occurrence at the source"
            } else {
                "removed at the source"
            });
            audit::record(
                &tx,
                now,
                Record {
                    actor,
                    action: Action::Cancel,
                    event_id: Some(event.id),
                    campaign: None,
                    before: Some(before),
                    after: Some(after),
                },
            )?;
            item.vanished = true;
            outcome.counts.cancelled += 1;
            outcome.wrote = true;
        }
        sources::put_item(&tx, source.id, &item)?;
    }
    tx.commit()?;
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ical::read::read;
    use crate::store::Store;

    const NOW: i64 = 1_798_761_600; // 2027-01-01T00:00:00Z

    fn today() -> Date {
        Date::new(2027, 1, 1).unwrap()
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("s.db")).unwrap();
        (dir, store)
    }

    fn source(store: &Store, url: &str, trust: &str) -> Source {
        store
            .with_conn(|c| {
                add(
                    c,
                    SourceForm {
                        url: Some(url.into()),
                        name: Some(format!("Partner {url}")),
                        trust: Some(trust.into()),
                        tags: vec!["partner".into()],
                        ..Default::default()
                    },
                    NOW,
                )
            })
            .unwrap()
    }

    fn reread(store: &Store, s: &Source) -> Source {
        store
            .with_conn(|c| Ok::<_, StoreError>(sources::by_id(c, s.id)?.unwrap()))
            .unwrap()
    }

    /// A calendar of `events`, each `(uid, summary, dtstart in Europe/Berlin, extra lines)`.
    fn calendar(stamp: &str, events: &[(&str, &str, &str, &str)]) -> Vec<u8> {
        let mut out = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//partner//test//EN\r\n");
        for (uid, summary, start, extra) in events {
            out.push_str(&format!(
                "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:{stamp}\r\nSUMMARY:{summary}\r\nDTSTART;TZID=Europe/Berlin:{start}\r\nDURATION:PT2H\r\nLOCATION:Rathaus\\, Marktplatz 1\\, 10178 Berlin\\, Germany\r\n{extra}END:VEVENT\r\n"
            ));
        }
        out.push_str("END:VCALENDAR\r\n");
        out.into_bytes()
    }

    fn poll(store: &Store, s: &Source, bytes: &[u8]) -> Outcome {
        let events = read(bytes).unwrap();
        let s = reread(store, s);
        store.with_conn(|c| apply(c, &s, &events, today(), NOW)).unwrap()
    }

    fn action(store: &Store, s: &Source, uid: &str, occurrence: &str) -> crate::domain::Event {
        let wanted = action_uid(s.id, uid, occurrence);
        store
            .with_conn(|c| {
                let id: i64 = c.query_row("SELECT id FROM events WHERE uid = ?1", [&wanted], |r| r.get(0))?;
                Ok::<_, StoreError>(events::any_by_id(c, id)?.unwrap())
            })
            .unwrap()
    }

    fn revision(store: &Store) -> i64 {
        store.revision().unwrap().number
    }

    #[test]
    fn a_partners_events_arrive_follow_changes_and_keep_corrections() {
        let (_dir, store) = store();
        let s = source(&store, "https://union.example/cal.ics", "publish");
        let first = calendar(
            "20261201T000000Z",
            &[
                ("a@union", "March for peace", "20270310T140000", ""),
                ("b@union", "Vigil", "20270312T180000", ""),
            ],
        );
        let o = poll(&store, &s, &first);
        assert_eq!((o.counts.new, o.counts.held), (2, 0), "{o:?}");
        let a = action(&store, &s, "a@union", "");
        assert_eq!(a.moderation, Moderation::Published);
        assert_eq!(a.time.zone().name(), "Europe/Berlin");
        assert_eq!(a.place.country.map(|k| k.code()), Some("DE"));
        assert_eq!(a.place.city.as_deref(), Some("Berlin"));
        assert_eq!(a.place.venue.as_deref(), Some("Rathaus"));
        assert!(a.tags.iter().any(|t| t.as_str() == "partner"));
        // The same events again, only DTSTAMP changed: nothing is written.
        let before = revision(&store);
        let again = calendar(
            "20261202T000000Z",
            &[
                ("a@union", "March for peace", "20270310T140000", ""),
                ("b@union", "Vigil", "20270312T180000", ""),
            ],
        );
        let o = poll(&store, &s, &again);
        assert!(!o.wrote, "{o:?}");
        assert_eq!(revision(&store), before, "the revision does not move");
        // A coordinator corrects the title; the partner then changes the time only.
        store
            .with_conn(|c| {
                Ok::<_, StoreError>(c.execute(
                    "UPDATE events SET title = 'March for peace (corrected)', fingerprint = '' WHERE id = ?1",
                    [a.id],
                )?)
            })
            .unwrap();
        let moved = calendar(
            "20261203T000000Z",
            &[
                ("a@union", "March for peace", "20270310T150000", ""),
                ("b@union", "Vigil", "20270312T180000", ""),
            ],
        );
        let o = poll(&store, &s, &moved);
        assert_eq!(o.counts.updated, 1, "{o:?}");
        let a2 = action(&store, &s, "a@union", "");
        assert_eq!(a2.id, a.id, "the same action");
        assert_eq!(a2.uid, a.uid, "the same UID in our feeds");
        assert!(a2.sequence > a.sequence, "SEQUENCE up");
        assert_eq!(a2.title, "March for peace (corrected)", "the correction survives");
        assert_eq!(
            crate::domain::event_time::format_local(a2.time.start_local()),
            "2027-03-10T15:00"
        );
        // A coordinator corrects the zone (the partner's times were meant in Paris) and the
        // campaign; the partner moves the time again: both corrections stay.
        store
            .with_conn(|c| {
                let mut e = events::any_by_id(c, a.id)?.unwrap().to_new(Default::default());
                e.time = crate::domain::EventTime::parse(
                    Some("Europe/Paris"),
                    Some("2027-03-10T15:00"),
                    Some("2027-03-10T17:00"),
                    false,
                )
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                c.execute(
                    "INSERT INTO campaigns (slug, name, created_at, updated_at) VALUES ('peace', 'Peace', 0, 0)",
                    [],
                )?;
                e.campaigns = vec![crate::domain::CampaignSlug::try_from("peace".to_string()).unwrap()];
                events::upsert(c, &e, Moderation::Published, NOW, &mut Default::default())?;
                Ok::<_, StoreError>(())
            })
            .unwrap();
        let later = calendar(
            "20261203T120000Z",
            &[
                ("a@union", "March for peace", "20270310T160000", ""),
                ("b@union", "Vigil", "20270312T180000", ""),
            ],
        );
        poll(&store, &s, &later);
        let a3 = action(&store, &s, "a@union", "");
        assert_eq!(a3.time.zone().name(), "Europe/Paris", "the zone corrected stays");
        assert_eq!(
            crate::domain::event_time::format_local(a3.time.start_local()),
            "2027-03-10T16:00",
            "the new time, read in it"
        );
        assert_eq!(
            a3.campaigns.iter().map(|c| c.slug.as_str()).collect::<Vec<_>>(),
            ["peace"],
            "the campaign corrected stays"
        );
        // The partner changes the title: theirs wins again.
        let renamed = calendar(
            "20261204T000000Z",
            &[
                ("a@union", "Peace march", "20270310T150000", ""),
                ("b@union", "Vigil", "20270312T180000", ""),
            ],
        );
        poll(&store, &s, &renamed);
        assert_eq!(action(&store, &s, "a@union", "").title, "Peace march");
        // Cancelled at the source.
        let cancelled = calendar(
            "20261205T000000Z",
            &[
                ("a@union", "Peace march", "20270310T150000", "STATUS:CANCELLED\r\n"),
                ("b@union", "Vigil", "20270312T180000", ""),
            ],
        );
        let o = poll(&store, &s, &cancelled);
        assert_eq!(o.counts.cancelled, 1, "{o:?}");
        assert_eq!(action(&store, &s, "a@union", "").status, Status::Cancelled);
        // Every change is in the log, by the source.
        let by_source: i64 = store
            .with_conn(|c| {
                Ok::<i64, StoreError>(c.query_row(
                    "SELECT count(*) FROM audit_log WHERE actor = ?1",
                    [format!("source:{}:Partner https://union.example/cal.ics", s.id)],
                    |r| r.get(0),
                )?)
            })
            .unwrap();
        assert_eq!(by_source, 6, "2 new, 3 edits, 1 cancellation");
    }

    #[test]
    fn vanished_is_cancelled_only_when_future_inside_the_span_and_gone_twice() {
        let (_dir, store) = store();
        let s = source(&store, "https://students.example/cal.ics", "publish");
        let all = [
            ("past@x", "Past rally", "20261201T100000", ""),
            ("a@x", "A", "20270201T100000", ""),
            ("b@x", "B", "20270301T100000", ""),
            ("c@x", "C", "20270401T100000", ""),
            ("d@x", "D", "20270501T100000", ""),
            ("late@x", "Late", "20271201T100000", ""),
        ];
        poll(&store, &s, &calendar("1", &all));
        // The feed drops the past event (as many do), B, and everything after D (a capped feed).
        let capped = [all[1], all[3], all[4]];
        let o = poll(&store, &s, &calendar("2", &capped));
        assert_eq!(o.counts.cancelled, 0, "missing once is not enough: {o:?}");
        let o = poll(&store, &s, &calendar("3", &capped));
        assert_eq!(o.counts.cancelled, 1, "{o:?}");
        assert_eq!(
            action(&store, &s, "b@x", "").status,
            Status::Cancelled,
            "inside the span, future, gone twice"
        );
        assert_eq!(action(&store, &s, "past@x", "").status, Status::Confirmed, "past: kept");
        assert_eq!(
            action(&store, &s, "late@x", "").status,
            Status::Confirmed,
            "beyond the span the feed covers: kept"
        );
        // An emptied calendar removes nothing.
        let empty = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
        for _ in 0..3 {
            let o = poll(&store, &s, empty);
            assert_eq!(o.counts.cancelled, 0);
        }
        assert_eq!(action(&store, &s, "a@x", "").status, Status::Confirmed);
        // B comes back: it is confirmed again.
        let o = poll(&store, &s, &calendar("4", &[all[1], all[2], all[3], all[4]]));
        assert_eq!(action(&store, &s, "b@x", "").status, Status::Confirmed, "{o:?}");
    }

    #[test]
    fn many_vanishing_at_once_hold_the_poll_until_a_coordinator_releases_it() {
        let (_dir, store) = store();
        let s = source(&store, "https://coalition.example/cal.ics", "publish");
        let all: Vec<(String, String, String)> = (1..=6)
            .map(|i| {
                (
                    format!("e{i}@c"),
                    format!("Action {i}"),
                    format!("202702{:02}T100000", i + 1),
                )
            })
            .collect();
        let events: Vec<(&str, &str, &str, &str)> = all
            .iter()
            .map(|(u, t, d)| (u.as_str(), t.as_str(), d.as_str(), ""))
            .collect();
        poll(&store, &s, &calendar("1", &events));
        // Only the first and the last remain: four of six vanish at once.
        let few = [events[0], events[5]];
        for round in 0..3 {
            let o = poll(&store, &s, &calendar("2", &few));
            assert!(o.held.is_some(), "round {round}: {o:?}");
            assert_eq!(o.counts.cancelled, 0);
        }
        store.with_conn(|c| release(c, s.id, NOW)).unwrap();
        let o = poll(&store, &s, &calendar("3", &few));
        assert!(o.held.is_none());
        assert_eq!(o.counts.cancelled, 4, "{o:?}");
    }

    #[test]
    fn a_hold_source_waits_for_review_and_two_partners_never_collide() {
        let (_dir, store) = store();
        let one = source(&store, "https://one.example/cal.ics", "hold");
        let two = source(&store, "https://two.example/cal.ics", "publish");
        let same = calendar("1", &[("shared-uid@google.com", "Same UID", "20270601T100000", "")]);
        let o = poll(&store, &one, &same);
        assert_eq!((o.counts.new, o.counts.held), (1, 1));
        assert_eq!(
            action(&store, &one, "shared-uid@google.com", "").moderation,
            Moderation::Pending
        );
        let other = calendar(
            "1",
            &[("shared-uid@google.com", "Other partner", "20270701T100000", "")],
        );
        poll(&store, &two, &other);
        let a = action(&store, &one, "shared-uid@google.com", "");
        let b = action(&store, &two, "shared-uid@google.com", "");
        assert_ne!(a.id, b.id);
        assert_eq!(a.title, "Same UID");
        assert_eq!(b.title, "Other partner");
        // The same march from a third partner, another UID: published ones it looks like hold it.
        let three = source(&store, "https://three.example/cal.ics", "publish");
        let dup = calendar(
            "1",
            &[("elsewhere@three", "Other partner's march", "20270701T100000", "")],
        );
        let o = poll(&store, &three, &dup);
        assert_eq!(o.counts.held, 1, "{o:?}");
        assert!(o.notes.iter().any(|n| n.contains("looks like")), "{o:?}");
        assert_eq!(
            action(&store, &three, "elsewhere@three", "").moderation,
            Moderation::Pending
        );
    }

    #[test]
    fn a_series_with_exceptions_becomes_its_occurrences_and_an_override_before_its_master_counts() {
        let (_dir, store) = store();
        let s = source(&store, "https://weekly.example/cal.ics", "publish");
        // Weekly vigil on Thursdays from 2027-01-07, 6 times; the 2027-01-21 one is excluded,
        // the 2027-01-28 one moved to 19:00 (listed before its master, with its RECURRENCE-ID
        // in UTC), the 2027-02-04 one cancelled.
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
BEGIN:VEVENT\r\nUID:vigil@w\r\nRECURRENCE-ID:20270128T170000Z\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:Vigil (later)\r\nDTSTART;TZID=Europe/Berlin:20270128T190000\r\nDTEND;TZID=Europe/Berlin:20270128T200000\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:vigil@w\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:Vigil\r\nDTSTART;TZID=Europe/Berlin:20270107T180000\r\nDTEND;TZID=Europe/Berlin:20270107T190000\r\nRRULE:FREQ=WEEKLY;COUNT=6\r\nEXDATE;TZID=Europe/Berlin:20270121T180000\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:vigil@w\r\nRECURRENCE-ID;TZID=Europe/Berlin:20270204T180000\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:Vigil\r\nSTATUS:CANCELLED\r\nDTSTART;TZID=Europe/Berlin:20270204T180000\r\nDTEND;TZID=Europe/Berlin:20270204T190000\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";
        let o = poll(&store, &s, ics.as_bytes());
        assert!(o.notes.is_empty(), "{o:?}");
        // Occurrences: 01-07, 01-14, (01-21 excluded), 01-28 moved, 02-04 cancelled, 02-11.
        assert_eq!(o.counts.new, 5, "{o:?}");
        let key = |local: &str| {
            let zone = crate::domain::Zone::try_from("Europe/Berlin").unwrap();
            let dt: DateTime = local.parse().unwrap();
            occurrence_key(OccurrenceStart::Local(dt, &zone)).unwrap()
        };
        let moved = action(&store, &s, "vigil@w", &key("2027-01-28T18:00"));
        assert_eq!(moved.title, "Vigil (later)");
        assert_eq!(
            crate::domain::event_time::format_local(moved.time.start_local()),
            "2027-01-28T19:00"
        );
        assert_eq!(
            action(&store, &s, "vigil@w", &key("2027-02-04T18:00")).status,
            Status::Cancelled
        );
        assert_eq!(action(&store, &s, "vigil@w", &key("2027-02-11T18:00")).title, "Vigil");
        let excluded = action_uid(s.id, "vigil@w", &key("2027-01-21T18:00"));
        let n: i64 = store
            .with_conn(|c| {
                Ok::<i64, StoreError>(
                    c.query_row("SELECT count(*) FROM events WHERE uid = ?1", [&excluded], |r| r.get(0))?,
                )
            })
            .unwrap();
        assert_eq!(n, 0, "the excluded date has no action");
        // A series without exceptions stays one recurring action.
        let plain = calendar(
            "1",
            &[(
                "weekly@w",
                "Weekly picket",
                "20270105T170000",
                "RRULE:FREQ=WEEKLY;BYDAY=TU\r\n",
            )],
        );
        poll(&store, &s, &plain);
        let picket = action(&store, &s, "weekly@w", "");
        assert!(picket.recurrence.is_some());
    }

    fn title_of(store: &Store, uid: &str) -> Option<(String, Status, Moderation)> {
        store
            .with_conn(|c| {
                let id: Option<i64> = c
                    .query_row("SELECT id FROM events WHERE uid = ?1", [uid], |r| r.get(0))
                    .optional()?;
                Ok::<_, StoreError>(match id {
                    Some(id) => events::any_by_id(c, id)?.map(|e| (e.title, e.status, e.moderation)),
                    None => None,
                })
            })
            .unwrap()
    }

    use rusqlite::OptionalExtension as _;

    /// An event still in the partner's feed that can no longer be taken (here its title grew past 200
    /// characters) is not "removed at the source": its action stays as it is, however many polls
    /// follow.
    #[test]
    fn an_event_still_in_the_feed_but_unreadable_is_not_cancelled_as_removed() {
        let (_dir, store) = store();
        let s = source(&store, "https://long.example/cal.ics", "publish");
        let three = |title_b: &str| {
            calendar(
                "1",
                &[
                    ("a@l", "A", "20270201T100000", ""),
                    ("b@l", title_b, "20270301T100000", ""),
                    ("c@l", "C", "20270401T100000", ""),
                ],
            )
        };
        poll(&store, &s, &three("B"));
        let long = "B ".repeat(130);
        for _ in 0..2 {
            poll(&store, &s, &three(&long));
        }
        assert_eq!(
            action(&store, &s, "b@l", "").status,
            Status::Confirmed,
            "b@l is still in the feed: it must not be cancelled as removed at the source"
        );
    }

    /// README: "if more than half of a source's future actions (at least 3) vanish at once, nothing is
    /// cancelled and the poll is held". Past events still listed do not count in that share: 4 of 6
    /// future actions vanishing hold the poll even beside 10 past ones.
    #[test]
    fn most_future_actions_vanishing_hold_even_when_past_events_are_listed() {
        let (_dir, store) = store();
        let s = source(&store, "https://history.example/cal.ics", "publish");
        let all: Vec<(String, String)> = (1..=10)
            .map(|i| (format!("past{i}@h"), format!("202612{:02}T100000", i)))
            .chain((1..=6).map(|i| (format!("f{i}@h"), format!("202702{:02}T100000", i + 1))))
            .collect();
        let events: Vec<(&str, &str, &str, &str)> = all
            .iter()
            .map(|(u, d)| (u.as_str(), u.as_str(), d.as_str(), ""))
            .collect();
        poll(&store, &s, &calendar("1", &events));
        // The first and last future ones stay; four of six future actions vanish.
        let kept: Vec<_> = events[..10].iter().copied().chain([events[10], events[15]]).collect();
        let o = poll(&store, &s, &calendar("2", &kept));
        assert!(
            o.held.is_some(),
            "4 of 6 future actions vanished at once: held expected: {o:?}"
        );
    }

    /// A weekly series begun in the past (one recurring action, key "") gains an EXDATE and is expanded
    /// into occurrences: the recurring action is cancelled at once, so no date is in our feeds twice.
    #[test]
    fn a_series_gaining_an_exdate_is_not_listed_twice() {
        let (_dir, store) = store();
        let s = source(&store, "https://series.example/cal.ics", "publish");
        let plain = calendar(
            "1",
            &[(
                "weekly@s",
                "Weekly picket",
                "20261103T170000",
                "RRULE:FREQ=WEEKLY;BYDAY=TU\r\n",
            )],
        );
        poll(&store, &s, &plain);
        assert!(action(&store, &s, "weekly@s", "").recurrence.is_some());
        let excluded = calendar(
            "2",
            &[(
                "weekly@s",
                "Weekly picket",
                "20261103T170000",
                "RRULE:FREQ=WEEKLY;BYDAY=TU\r\nEXDATE;TZID=Europe/Berlin:20270112T170000\r\n",
            )],
        );
        for _ in 0..3 {
            poll(&store, &s, &excluded);
        }
        let series = action(&store, &s, "weekly@s", "");
        let zone = crate::domain::Zone::try_from("Europe/Berlin").unwrap();
        let key = occurrence_key(OccurrenceStart::Local("2027-01-19T17:00".parse().unwrap(), &zone)).unwrap();
        let occurrence = action(&store, &s, "weekly@s", &key);
        assert_eq!(occurrence.status, Status::Confirmed);
        assert!(
            series.status == Status::Cancelled || series.recurrence.is_none(),
            "2027-01-19 is listed twice: the recurring action {} ({:?}) and the occurrence {}",
            series.id,
            series.status,
            occurrence.id
        );
    }

    /// A removed source's id is never given again (AUTOINCREMENT), so its actions' UIDs
    /// (`partner-{id}-{hash(uid)}`) stay its own: a new partner using the same UID ("1") makes a new
    /// action and cannot update the old one.
    #[test]
    fn a_new_source_never_overwrites_a_removed_sources_actions() {
        let (_dir, store) = store();
        let a = source(&store, "https://first.example/cal.ics", "publish");
        poll(
            &store,
            &a,
            &calendar("1", &[("1", "First partner's march", "20270310T140000", "")]),
        );
        let a_uid = action_uid(a.id, "1", "");
        store.with_conn(|c| remove(c, a.id)).unwrap();
        let b = source(&store, "https://second.example/cal.ics", "hold");
        poll(
            &store,
            &b,
            &calendar("1", &[("1", "Second partner's picket", "20270420T090000", "")]),
        );
        let (title, _, _) = title_of(&store, &a_uid).expect("the first partner's action stays");
        assert_eq!(
            title, "First partner's march",
            "source {} reused id {}: its event overwrote the other partner's action",
            b.id, a.id
        );
    }

    /// `CLASS:PRIVATE` and `CLASS:CONFIDENTIAL` events (what a calendar's secret address, such as
    /// Google's, lists) are never published; the source's message names them.
    #[test]
    fn private_events_are_not_published() {
        let (_dir, store) = store();
        let s = source(&store, "https://private.example/cal.ics", "publish");
        let o = poll(
            &store,
            &s,
            &calendar(
                "1",
                &[(
                    "p@x",
                    "Doctor appointment (Anna)",
                    "20270310T140000",
                    "CLASS:PRIVATE\r\nDESCRIPTION:bring insurance card\r\n",
                )],
            ),
        );
        let published =
            title_of(&store, &action_uid(s.id, "p@x", "")).is_some_and(|(_, _, m)| m == Moderation::Published);
        assert!(!published, "a CLASS:PRIVATE event was published: {o:?}");
    }

    /// One RDATE property listing 30 000 instants: at most RDATES_MAX values are read, each kept once
    /// by a set (a scan per value was quadratic), and at most OCCURRENCES_MAX actions made.
    #[test]
    fn an_rdate_flood_is_cheap() {
        let (_dir, store) = store();
        let s = source(&store, "https://rdates.example/cal.ics", "publish");
        let first: jiff::civil::DateTime = "2027-01-02T00:00".parse().unwrap();
        let values: Vec<String> = (0..30_000)
            .map(|i| {
                first
                    .checked_add(jiff::Span::new().minutes(i * 15))
                    .unwrap()
                    .strftime("%Y%m%dT%H%M%S")
                    .to_string()
            })
            .collect();
        let extra = format!("RDATE;TZID=Europe/Berlin:{}\r\n", values.join(","));
        let ics = calendar("1", &[("flood@r", "Flood", "20270102T000000", &extra)]);
        // At most RDATES_MAX values are read, and kept once each (a set, not a scan per value).
        assert_eq!(read(&ics).unwrap()[0].rdates.len(), crate::ical::read::RDATES_MAX);
        let o = poll(&store, &s, &ics);
        assert!(o.counts.new <= i64::from(OCCURRENCES_MAX), "{:?}", o.counts);
    }

    /// RFC 5545 §3.6.1: a DATE-TIME DTSTART with neither DTEND nor DURATION (or a zero DURATION) is
    /// legal; Gancio and many CMS exports write such events. The action takes this project's default
    /// length.
    #[test]
    fn an_event_without_an_end_is_still_taken() {
        let (_dir, store) = store();
        let s = source(&store, "https://noend.example/cal.ics", "publish");
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:noend@g\r\nDTSTAMP:20261201T000000Z\r\n\
SUMMARY:Rally\r\nDTSTART;TZID=Europe/Berlin:20270310T140000\r\nLOCATION:Rathaus\\, Berlin\\, Germany\r\n\
END:VEVENT\r\nBEGIN:VEVENT\r\nUID:zero@g\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:Zero\r\n\
DTSTART;TZID=Europe/Berlin:20270311T140000\r\nDURATION:PT0S\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let o = poll(&store, &s, ics.as_bytes());
        assert_eq!(o.counts.new, 2, "events without an end were dropped: {o:?}");
    }

    fn berlin_key(local: &str) -> String {
        let zone = crate::domain::Zone::try_from("Europe/Berlin").unwrap();
        occurrence_key(OccurrenceStart::Local(local.parse().unwrap(), &zone)).unwrap()
    }

    /// A weekly series (with an EXDATE) and one override moving 2027-01-28 to 19:00.
    fn vigil(master_title: &str, override_title: &str) -> Vec<u8> {
        format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
BEGIN:VEVENT\r\nUID:vigil@w\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:{master_title}\r\nDTSTART;TZID=Europe/Berlin:20270107T180000\r\nDTEND;TZID=Europe/Berlin:20270107T190000\r\nRRULE:FREQ=WEEKLY;COUNT=6\r\nEXDATE;TZID=Europe/Berlin:20270121T180000\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:vigil@w\r\nRECURRENCE-ID;TZID=Europe/Berlin:20270128T180000\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:{override_title}\r\nDTSTART;TZID=Europe/Berlin:20270128T190000\r\nDTEND;TZID=Europe/Berlin:20270128T200000\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n").into_bytes()
    }

    /// An override still in the file but no longer readable (title past 200 characters) keeps its
    /// action as it is: it is not "no longer an occurrence at the source".
    #[test]
    fn an_unreadable_override_is_not_cancelled() {
        let (_dir, store) = store();
        let s = source(&store, "https://sr1.example/cal.ics", "publish");
        poll(&store, &s, &vigil("Vigil", "Vigil (later)"));
        let key = berlin_key("2027-01-28T18:00");
        assert_eq!(action(&store, &s, "vigil@w", &key).status, Status::Confirmed);
        let long = "V ".repeat(130);
        let o = poll(&store, &s, &vigil("Vigil", &long));
        assert_eq!(
            action(&store, &s, "vigil@w", &key).status,
            Status::Confirmed,
            "the override is still in the file, only unreadable: {o:?}"
        );
    }

    /// The master unreadable, its override readable: the series' other occurrences keep their actions;
    /// nothing is cancelled.
    #[test]
    fn an_unreadable_master_does_not_cancel_its_occurrences() {
        let (_dir, store) = store();
        let s = source(&store, "https://sr2.example/cal.ics", "publish");
        poll(&store, &s, &vigil("Vigil", "Vigil (later)"));
        let long = "V ".repeat(130);
        let o = poll(&store, &s, &vigil(&long, "Vigil (later)"));
        assert_eq!(
            action(&store, &s, "vigil@w", &berlin_key("2027-02-11T18:00")).status,
            Status::Confirmed,
            "the master is still in the file, only unreadable: {o:?}"
        );
    }

    /// A held poll is released; an action that vanished only since (missing once, never seen by the
    /// coordinator) waits its second reading like any other.
    #[test]
    fn a_release_cancels_only_what_was_held() {
        let (_dir, store) = store();
        let s = source(&store, "https://sr3.example/cal.ics", "publish");
        let all: Vec<(String, String)> = (1..=7)
            .map(|i| (format!("e{i}@c"), format!("202702{:02}T100000", i + 1)))
            .collect();
        let events: Vec<(&str, &str, &str, &str)> = all
            .iter()
            .map(|(u, d)| (u.as_str(), u.as_str(), d.as_str(), ""))
            .collect();
        poll(&store, &s, &calendar("1", &events));
        // e2..e5 vanish (4 of 7): held.
        let o = poll(&store, &s, &calendar("2", &[events[0], events[5], events[6]]));
        assert!(o.held.is_some(), "{o:?}");
        store.with_conn(|c| release(c, s.id, NOW)).unwrap();
        // e6 vanishes now, for the first time.
        let o = poll(&store, &s, &calendar("3", &[events[0], events[6]]));
        assert_eq!(
            action(&store, &s, "e6@c", "").status,
            Status::Confirmed,
            "e6 was missing once and not part of the held poll: {o:?}"
        );
    }

    /// A daily series with one EXDATE is expanded up to OCCURRENCES_MAX. The partner adds one RDATE:
    /// the occurrence the cap now leaves out is the cap's doing, not the partner's, and is not
    /// cancelled.
    #[test]
    fn an_added_rdate_does_not_cancel_the_last_occurrence_under_the_cap() {
        let (_dir, store) = store();
        let s = source(&store, "https://sr4.example/cal.ics", "publish");
        let daily = "RRULE:FREQ=DAILY\r\nEXDATE;TZID=Europe/Berlin:20261205T100000\r\n";
        let o = poll(
            &store,
            &s,
            &calendar("1", &[("daily@d", "Picket", "20261201T100000", daily)]),
        );
        assert!(o.counts.new >= 150, "{o:?}");
        let more = format!("{daily}RDATE;TZID=Europe/Berlin:20270115T200000\r\n");
        let o = poll(
            &store,
            &s,
            &calendar("2", &[("daily@d", "Picket", "20261201T100000", &more)]),
        );
        assert_eq!(o.counts.new, 1, "{o:?}");
        assert_eq!(
            o.counts.cancelled, 0,
            "an added date cancelled a future occurrence the partner still lists: {o:?}"
        );
    }

    /// Time passes: the window moves by a day and by 40 days; occurrences leaving its past end are
    /// past, so nothing is cancelled.
    #[test]
    fn a_moving_window_cancels_nothing() {
        let (_dir, store) = store();
        let s = source(&store, "https://sr5.example/cal.ics", "publish");
        let daily = "RRULE:FREQ=DAILY\r\nEXDATE;TZID=Europe/Berlin:20261205T100000\r\n";
        let ics = calendar("1", &[("daily@d", "Picket", "20261201T100000", daily)]);
        poll(&store, &s, &ics);
        let events = read(&ics).unwrap();
        for days in [1i64, 40] {
            let s = reread(&store, &s);
            let later = today().checked_add(jiff::Span::new().days(days)).unwrap();
            let o = store
                .with_conn(|c| apply(c, &s, &events, later, NOW + days * 86_400))
                .unwrap();
            assert_eq!(o.counts.cancelled, 0, "after {days} days: {o:?}");
        }
    }

    /// EXDATE;VALUE=DATE on a timed series (Apple, Lotus and some CMS exports write it) excludes that
    /// day's occurrence, as ical.js and libical read it.
    #[test]
    fn a_date_exdate_excludes_its_day_of_a_timed_series() {
        let (_dir, store) = store();
        let s = source(&store, "https://sr6.example/cal.ics", "publish");
        let ics = calendar(
            "1",
            &[(
                "w@d",
                "Weekly",
                "20270107T180000",
                "RRULE:FREQ=WEEKLY;COUNT=6\r\nEXDATE;VALUE=DATE:20270121\r\n",
            )],
        );
        let o = poll(&store, &s, &ics);
        let excluded = action_uid(s.id, "w@d", &berlin_key("2027-01-21T18:00"));
        assert!(
            title_of(&store, &excluded).is_none(),
            "2027-01-21 was excluded but has an action: {o:?}"
        );
    }

    /// An override cancelled, then removed by the partner (the occurrence is back to normal): the
    /// occurrence comes back confirmed.
    #[test]
    fn a_cancelled_override_removed_restores_the_occurrence() {
        let (_dir, store) = store();
        let s = source(&store, "https://sr7.example/cal.ics", "publish");
        let master = "BEGIN:VEVENT\r\nUID:v@w\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:Vigil\r\nDTSTART;TZID=Europe/Berlin:20270107T180000\r\nDTEND;TZID=Europe/Berlin:20270107T190000\r\nRRULE:FREQ=WEEKLY;COUNT=6\r\nEND:VEVENT\r\n";
        let cancelled = "BEGIN:VEVENT\r\nUID:v@w\r\nRECURRENCE-ID;TZID=Europe/Berlin:20270204T180000\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:Vigil\r\nSTATUS:CANCELLED\r\nDTSTART;TZID=Europe/Berlin:20270204T180000\r\nDTEND;TZID=Europe/Berlin:20270204T190000\r\nEND:VEVENT\r\n";
        let cal = |body: &str| format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n").into_bytes();
        poll(&store, &s, &cal(&format!("{master}{cancelled}")));
        let key = berlin_key("2027-02-04T18:00");
        assert_eq!(action(&store, &s, "v@w", &key).status, Status::Cancelled);
        // The override goes: the series is one rule again; the occurrence must not stay cancelled.
        poll(&store, &s, &cal(master));
        let series = action(&store, &s, "v@w", "");
        assert_eq!(series.status, Status::Confirmed);
        assert!(series.recurrence.is_some());
    }

    /// A coordinator removes an action; the partner then changes it: it is not brought back.
    #[test]
    fn a_removed_action_is_not_brought_back_by_a_change() {
        let (_dir, store) = store();
        let s = source(&store, "https://sr8.example/cal.ics", "publish");
        poll(&store, &s, &calendar("1", &[("r@x", "Rally", "20270310T140000", "")]));
        let a = action(&store, &s, "r@x", "");
        store
            .with_conn(|c| Ok::<_, StoreError>(c.execute("UPDATE events SET removed = 1 WHERE id = ?1", [a.id])?))
            .unwrap();
        let o = poll(
            &store,
            &s,
            &calendar("2", &[("r@x", "Rally moved", "20270311T140000", "")]),
        );
        assert_eq!(o.counts.new + o.counts.updated, 0, "{o:?}");
    }

    #[test]
    fn everything_an_event_has_reaches_its_action() {
        let (_dir, store) = store();
        let s = source(&store, "https://fields.example/cal.ics", "publish");
        let extra = "DESCRIPTION:Bring candles\\, banners.\\nAll welcome.\r\nGEO:52.5163;13.3777\r\n\
URL:https://us02web.zoom.us/j/123456789\r\nCATEGORIES:Vigil,Human Rights\r\nCATEGORIES:candles\r\nSTATUS:TENTATIVE\r\n";
        poll(
            &store,
            &s,
            &calendar("1", &[("f@x", "Vigil at the gate", "20270301T180000", extra)]),
        );
        let a = action(&store, &s, "f@x", "");
        assert_eq!(a.description.as_deref(), Some("Bring candles, banners.\nAll welcome."));
        assert_eq!(a.place.geo, Some((52.5163, 13.3777)));
        assert_eq!(a.place.venue.as_deref(), Some("Rathaus"));
        assert_eq!(a.place.city.as_deref(), Some("Berlin"));
        assert_eq!(a.place.country.map(|k| k.code()), Some("DE"));
        assert_eq!(
            a.online_links.first().map(|l| l.url.as_str()),
            Some("https://us02web.zoom.us/j/123456789")
        );
        assert_eq!(a.status, Status::Tentative);
        let tags: Vec<&str> = a.tags.iter().map(|t| t.as_str()).collect();
        for t in ["vigil", "human-rights", "candles", "partner"] {
            assert!(tags.contains(&t), "{tags:?}");
        }
        // A link that is not a meeting service's stays readable in the description.
        let other = "URL:https://union.example/events/42\r\n";
        poll(
            &store,
            &s,
            &calendar("2", &[("g@x", "Picket", "20270302T180000", other)]),
        );
        let g = action(&store, &s, "g@x", "");
        assert!(g.online_links.is_empty());
        assert!(
            g.description
                .as_deref()
                .is_some_and(|d| d.contains("https://union.example/events/42"))
        );
    }
}
