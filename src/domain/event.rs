//! Actions: the raw form they arrive in, the validated `NewEvent`, and the stored `Event`.

use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use url::Url;

use super::campaign::CampaignSlug;
use super::country::Country;
use super::event_time::EventTime;
use super::recurrence::Recurrence;
use super::text::{self, DESCRIPTION_MAX, Lines, SHORT_TEXT_MAX, TITLE_MAX};
use super::{DomainError, DomainResult, check_slug};

/// Longest UID accepted.
pub const UID_MAX: usize = 255;
/// Longest URL accepted.
pub const URL_MAX: usize = 2_048;
/// Most campaigns, tags or languages on one action.
pub const LIST_MAX: usize = 20;
/// Longest tag.
pub const TAG_MAX: usize = 40;

/// An action as it arrives (import file or API), unchecked; every field a string or number.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventForm {
    pub uid: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub timezone: Option<String>,
    pub all_day: Option<bool>,
    pub recurrence: Option<String>,
    pub status: Option<String>,
    pub country: Option<String>,
    pub city: Option<String>,
    pub venue: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// The first link to join online (kept for tools that know one link only).
    pub online_url: Option<String>,
    /// Every way to join online, each `{"label", "url"}` or `"Label: https://…"`; after
    /// `online_url` when both are given.
    #[serde(default)]
    pub online_links: Vec<LinkForm>,
    #[serde(default)]
    pub campaigns: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub organiser_email: Option<String>,
    pub organiser_name: Option<String>,
}

/// One way to join an action online, as it arrives: `"https://…"`, `"Label: https://…"`, or
/// an object.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(untagged)]
pub enum LinkForm {
    /// `"https://…"` or `"Zoom: https://…"`.
    Text(String),
    /// `{"label": "Zoom", "url": "https://…"}`.
    Labelled(LabelledLinkForm),
}

/// `{"label", "url"}`.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LabelledLinkForm {
    pub label: Option<String>,
    pub url: Option<String>,
}

/// Most links to join one action online.
pub const LINKS_MAX: usize = 10;
/// Longest label of a link.
pub const LINK_LABEL_MAX: usize = 100;

/// A way to join an online action: where (an http(s) URL) and, when there are several, what it
/// is ("Zoom", "Facebook Live"). Written to feeds as RFC 7986 CONFERENCE and in DESCRIPTION.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnlineLink {
    /// What it is, single-line text; `None` for a bare link.
    pub label: Option<String>,
    /// The address.
    pub url: Url,
}

impl OnlineLink {
    /// `{"label", "url"}`, or `{"url"}` for a bare link.
    pub fn to_json(&self) -> serde_json::Value {
        match &self.label {
            Some(l) => serde_json::json!({ "label": l, "url": self.url.as_str() }),
            None => serde_json::json!({ "url": self.url.as_str() }),
        }
    }

    /// A link back from [`OnlineLink::to_json`]; `None` when it is not one.
    pub fn from_json(v: &serde_json::Value) -> Option<Self> {
        Some(Self {
            label: v["label"].as_str().map(str::to_string),
            url: Url::parse(v["url"].as_str()?).ok()?,
        })
    }

    /// Whether `links` need the whole list to be written down: more than one, or a label.
    /// Otherwise `online_url` alone says it all.
    pub fn need_list(links: &[OnlineLink]) -> bool {
        links.len() > 1 || links.iter().any(|l| l.label.is_some())
    }

    /// `label: url`, or the bare URL.
    pub fn to_text(&self) -> String {
        match &self.label {
            Some(l) => format!("{l}: {}", self.url),
            None => self.url.to_string(),
        }
    }
}

/// The links of a form: `online_url` first, then `online_links`, each URL once, at most
/// [`LINKS_MAX`].
fn online_links(first: Option<&str>, rest: &[LinkForm]) -> DomainResult<Vec<OnlineLink>> {
    let field = "online_links";
    let mut links: Vec<OnlineLink> = Vec::new();
    if let Some(u) = first.map(str::trim).filter(|u| !u.is_empty()) {
        links.push(OnlineLink {
            label: None,
            url: parse_url("online_url", u)?,
        });
    }
    for item in rest {
        let (label, url) = match item {
            LinkForm::Text(t) => {
                let lower = t.to_ascii_lowercase();
                match ["http://", "https://"].iter().filter_map(|p| lower.find(p)).min() {
                    Some(i) => {
                        // The address runs to the end; `<…>` around it (as mail clients
                        // write links) is dropped, anything else after it is refused.
                        let label = t[..i]
                            .trim_end_matches('<')
                            .trim()
                            .trim_end_matches([':', '-', '–'])
                            .trim();
                        let url = t[i..].trim().trim_end_matches('>');
                        if url.contains(char::is_whitespace) {
                            return Err(DomainError::says(
                                field,
                                "err_link_text_after",
                                &[("value", &format!("{t:?}"))],
                            ));
                        }
                        (Some(label), url)
                    }
                    None => {
                        return Err(DomainError::says(
                            field,
                            "err_link_no_address",
                            &[("value", &format!("{t:?}"))],
                        ));
                    }
                }
            }
            LinkForm::Labelled(l) => (l.label.as_deref(), l.url.as_deref().unwrap_or("")),
        };
        let url = parse_url(field, url)?;
        let label = text::optional(field, label, LINK_LABEL_MAX, Lines::One)?;
        match links.iter_mut().find(|l| l.url == url) {
            // The same address twice: once, with the label if either had one.
            Some(same) => {
                if same.label.is_none() {
                    same.label = label;
                }
            }
            None => links.push(OnlineLink { label, url }),
        }
    }
    if links.len() > LINKS_MAX {
        return Err(DomainError::says(
            field,
            "err_too_many_links",
            &[("count", &links.len()), ("max", &LINKS_MAX)],
        ));
    }
    Ok(links)
}

/// The globally unique, never-changing identity of an action (the iCalendar UID).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Uid(String);

impl Uid {
    /// The UID text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The UID of an action imported without one: a hash of what identifies it, so that
    /// importing the same file again finds the same action.
    fn derived(parts: &[&str]) -> Self {
        let mut h = Sha256::new();
        for p in parts {
            h.update(p.as_bytes());
            h.update([0]);
        }
        let hex: String = h.finalize().iter().take(12).map(|b| format!("{b:02x}")).collect();
        Self(format!("{hex}@actioncal"))
    }
}

impl TryFrom<&str> for Uid {
    type Error = DomainError;
    fn try_from(s: &str) -> DomainResult<Self> {
        let allowed = |c: char| c.is_ascii_alphanumeric() || "@._:+-/=".contains(c);
        if (1..=UID_MAX).contains(&s.len()) && s.chars().all(allowed) {
            Ok(Self(s.to_string()))
        } else {
            Err(DomainError::new(
                "uid",
                format!(
                    "{s:?} is not a usable UID; allowed: 1 to {UID_MAX} characters from A-Z a-z 0-9 @ . _ : + - / ="
                ),
            ))
        }
    }
}

/// Whether an action takes place (RFC 5545 STATUS).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// It takes place.
    Confirmed,
    /// It may take place.
    Tentative,
    /// It was called off; kept in feeds so that calendars holding it drop it.
    Cancelled,
}

impl Status {
    /// The lowercase name used in JSON and the store.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::Tentative => "tentative",
            Self::Cancelled => "cancelled",
        }
    }
}

impl TryFrom<&str> for Status {
    type Error = DomainError;
    fn try_from(s: &str) -> DomainResult<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "confirmed" => Ok(Self::Confirmed),
            "tentative" => Ok(Self::Tentative),
            "cancelled" | "canceled" => Ok(Self::Cancelled),
            _ => Err(DomainError::says(
                "status",
                "err_status",
                &[("value", &format!("{s:?}"))],
            )),
        }
    }
}

/// A free tag slug (`vigil`, `flag-raising`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(String);

impl Tag {
    /// The tag text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for Tag {
    type Error = DomainError;
    fn try_from(s: &str) -> DomainResult<Self> {
        let s = s.trim().to_ascii_lowercase();
        check_slug("tag", &s, TAG_MAX)?;
        Ok(Self(s))
    }
}

/// A BCP 47 primary language subtag (`ar`, `es`, `en`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(String);

impl Language {
    /// The subtag text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for Language {
    type Error = DomainError;
    fn try_from(s: &str) -> DomainResult<Self> {
        let t = s.trim().to_ascii_lowercase();
        if (2..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_lowercase()) {
            return Ok(Self(t));
        }
        let hint = t.split(['-', '_']).next().filter(|p| (2..=3).contains(&p.len()));
        match hint {
            Some(p) => Err(DomainError::says(
                "languages",
                "err_language_hint",
                &[("value", &format!("{s:?}")), ("hint", &format!("{p:?}"))],
            )),
            None => Err(DomainError::says(
                "languages",
                "err_language",
                &[("value", &format!("{s:?}"))],
            )),
        }
    }
}

/// Where an action is; no country means it is online.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The country, absent for online actions.
    pub country: Option<Country>,
    /// City or town.
    pub city: Option<String>,
    /// Venue, square, street.
    pub venue: Option<String>,
    /// Latitude and longitude in degrees (WGS 84).
    pub geo: Option<(f64, f64)>,
}

/// Organiser contact: stored for coordinators, never published, so never serialised.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct OrganiserContact {
    /// E-mail address.
    pub email: Option<String>,
    /// Name.
    pub name: Option<String>,
}

impl fmt::Debug for OrganiserContact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("OrganiserContact(..)")
    }
}

/// A validated action, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub uid: Uid,
    pub title: String,
    pub description: Option<String>,
    pub time: EventTime,
    pub recurrence: Option<Recurrence>,
    pub status: Status,
    pub place: Place,
    /// Ways to join online, the first the main one.
    pub online_links: Vec<OnlineLink>,
    pub campaigns: Vec<CampaignSlug>,
    pub tags: Vec<Tag>,
    pub languages: Vec<Language>,
    pub organiser: OrganiserContact,
}

fn list<T: Ord>(field: &str, raw: &[String], parse: impl Fn(&str) -> DomainResult<T>) -> DomainResult<Vec<T>> {
    if raw.len() > LIST_MAX {
        return Err(DomainError::says(
            field,
            "err_too_many_entries",
            &[("count", &raw.len()), ("max", &LIST_MAX)],
        ));
    }
    let mut out = raw
        .iter()
        .map(|s| parse(s).map_err(|e| e.renamed(field)))
        .collect::<DomainResult<Vec<T>>>()?;
    out.sort();
    out.dedup();
    Ok(out)
}

fn parse_url(field: &str, raw: &str) -> DomainResult<Url> {
    let raw = raw.trim();
    let bad = |why: &'static str| DomainError::says(field, why, &[("value", &format!("{raw:?}")), ("max", &URL_MAX)]);
    if raw.len() > URL_MAX {
        return Err(bad("err_url_too_long"));
    }
    let url = Url::parse(raw).map_err(|_| bad("err_url"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(|h| h.is_empty()) {
        return Err(bad("err_url_not_web"));
    }
    Ok(url)
}

fn parse_email(raw: &str) -> DomainResult<String> {
    let raw = raw.trim();
    match email_address::EmailAddress::parse_with_options(raw, email_address::Options::default().without_display_text())
    {
        Ok(e) if raw.len() <= 254 => Ok(e.to_string()),
        _ => Err(DomainError::says(
            "organiser_email",
            "err_email",
            &[("value", &format!("{raw:?}"))],
        )),
    }
}

fn coordinate(field: &str, v: Option<f64>, limit: f64) -> DomainResult<Option<f64>> {
    match v {
        Some(x) if !x.is_finite() || x.abs() > limit => Err(DomainError::says(
            field,
            "err_coordinate",
            &[("value", &x), ("limit", &limit)],
        )),
        other => Ok(other),
    }
}

/// Collects refusals while every field is still checked.
struct Keep<'a>(&'a mut Vec<DomainError>);

impl Keep<'_> {
    /// The value, or `None` with its refusal kept.
    fn ok<T>(&mut self, r: DomainResult<T>) -> Option<T> {
        r.map_err(|e| self.0.push(e)).ok()
    }
}

impl TryFrom<EventForm> for NewEvent {
    type Error = DomainError;

    /// Every field is checked, and every refusal told at once (the first carries the others:
    /// [`DomainError::each`]); a rule is checked only against a valid time.
    fn try_from(f: EventForm) -> DomainResult<Self> {
        let mut refused = Vec::new();
        let mut keep = Keep(&mut refused);
        let title = keep.ok(text::required("title", f.title.as_deref(), TITLE_MAX, Lines::One));
        let description = keep.ok(text::optional(
            "description",
            f.description.as_deref(),
            DESCRIPTION_MAX,
            Lines::Many,
        ));
        let time = keep.ok(EventTime::parse(
            f.timezone.as_deref(),
            f.start.as_deref(),
            f.end.as_deref(),
            f.all_day.unwrap_or(false),
        ));
        let recurrence = match (f.recurrence.as_deref().map(str::trim), &time) {
            (None | Some(""), _) => Some(None),
            (Some(r), Some(time)) => keep.ok(Recurrence::parse(r, time).map(Some)),
            (Some(_), None) => None,
        };
        let status = keep.ok(f
            .status
            .as_deref()
            .map(Status::try_from)
            .transpose()
            .map(|s| s.unwrap_or(Status::Confirmed)));
        let country = keep.ok(match f.country.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(c) => Country::try_from(c).map(Some),
        });
        let lat = keep.ok(coordinate("latitude", f.latitude, 90.0));
        let lon = keep.ok(coordinate("longitude", f.longitude, 180.0));
        let geo = match (lat, lon) {
            (Some(lat), Some(lon)) => keep.ok(match (lat, lon) {
                (Some(a), Some(b)) => Ok(Some((a, b))),
                (None, None) => Ok(None),
                (Some(_), None) => Err(DomainError::says("longitude", "err_longitude_required", &[])),
                (None, Some(_)) => Err(DomainError::says("latitude", "err_latitude_required", &[])),
            }),
            _ => None,
        };
        let city = keep.ok(text::optional("city", f.city.as_deref(), SHORT_TEXT_MAX, Lines::One));
        let venue = keep.ok(text::optional("venue", f.venue.as_deref(), SHORT_TEXT_MAX, Lines::One));
        let online_links = keep.ok(online_links(f.online_url.as_deref(), &f.online_links));
        if let (Some(None), Some(links), Some(city), Some(venue)) = (&country, &online_links, &city, &venue)
            && links.is_empty()
            && (city.is_some() || venue.is_some())
        {
            keep.0.push(DomainError::says("country", "err_country_required", &[]));
        }
        let campaigns = keep.ok(list("campaigns", &f.campaigns, |s| {
            CampaignSlug::try_from(s.trim().to_string())
        }));
        let tags = keep.ok(list("tags", &f.tags, |s| Tag::try_from(s)));
        let languages = keep.ok(list("languages", &f.languages, |s| Language::try_from(s)));
        let email = keep.ok(f
            .organiser_email
            .as_deref()
            .filter(|e| !e.trim().is_empty())
            .map(parse_email)
            .transpose());
        let name = keep.ok(text::optional(
            "organiser_name",
            f.organiser_name.as_deref(),
            SHORT_TEXT_MAX,
            Lines::One,
        ));
        let uid = match f.uid.as_deref().map(str::trim) {
            Some(u) if !u.is_empty() => keep.ok(Uid::try_from(u)),
            _ => None,
        };
        if let Some(all) = DomainError::all_of(refused) {
            return Err(all);
        }
        let (
            Some(title),
            Some(description),
            Some(time),
            Some(recurrence),
            Some(status),
            Some(country),
            Some(geo),
            Some(city),
            Some(venue),
            Some(online_links),
            Some(campaigns),
            Some(tags),
            Some(languages),
            Some(email),
            Some(name),
        ) = (
            title,
            description,
            time,
            recurrence,
            status,
            country,
            geo,
            city,
            venue,
            online_links,
            campaigns,
            tags,
            languages,
            email,
            name,
        )
        else {
            return Err(DomainError::new("body", "could not be read"));
        };
        let place = Place {
            country,
            city,
            venue,
            geo,
        };
        let organiser = OrganiserContact { email, name };
        let uid = match uid {
            Some(u) => u,
            None => Uid::derived(&[
                &title,
                &time.start_text(),
                time.zone().name(),
                place.country.map(|c| c.code()).unwrap_or(""),
                place.city.as_deref().unwrap_or(""),
            ]),
        };
        Ok(Self {
            uid,
            title,
            description,
            time,
            recurrence,
            status,
            place,
            online_links,
            campaigns,
            tags,
            languages,
            organiser,
        })
    }
}

/// A campaign as an action refers to it: its slug and display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignRef {
    /// Slug.
    pub slug: CampaignSlug,
    /// Display name.
    pub name: String,
}

/// Whether an action is public.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Moderation {
    /// Submitted, waiting for a coordinator; in no public feed, page or API.
    Pending,
    /// Approved (or imported by coordinators): public.
    Published,
    /// Refused by a coordinator, with a reason the organiser sees.
    Rejected,
}

impl Moderation {
    /// The lowercase name used in the store and JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Published => "published",
            Self::Rejected => "rejected",
        }
    }
}

impl TryFrom<&str> for Moderation {
    type Error = DomainError;
    fn try_from(s: &str) -> DomainResult<Self> {
        match s {
            "pending" => Ok(Self::Pending),
            "published" => Ok(Self::Published),
            "rejected" => Ok(Self::Rejected),
            _ => Err(DomainError::new(
                "moderation",
                format!("{s:?} is not a moderation state"),
            )),
        }
    }
}

/// A stored, published action.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: i64,
    pub uid: Uid,
    pub title: String,
    pub description: Option<String>,
    pub time: EventTime,
    pub recurrence: Option<Recurrence>,
    pub status: Status,
    pub place: Place,
    /// Ways to join online, the first the main one.
    pub online_links: Vec<OnlineLink>,
    pub campaigns: Vec<CampaignRef>,
    pub tags: Vec<Tag>,
    pub languages: Vec<Language>,
    /// RFC 5545 SEQUENCE: raised by every change.
    pub sequence: u32,
    pub created_at: Timestamp,
    /// Last change; written as LAST-MODIFIED and DTSTAMP.
    pub updated_at: Timestamp,
    /// Whether it is public yet.
    pub moderation: Moderation,
    /// Why a coordinator refused it (shown to the organiser).
    pub reject_reason: Option<String>,
}

impl NewEvent {
    /// The action in the import format, its organiser contact included: what importing would
    /// create, and the form a proposed change is kept and compared in.
    pub fn to_import_json(&self) -> serde_json::Value {
        let t = &self.time;
        let mut v = serde_json::json!({
            "uid": self.uid.as_str(),
            "title": self.title,
            "description": self.description,
            "start": t.start_input(),
            "end": t.end_input(),
            "timezone": t.zone().name(),
            "all_day": t.is_all_day(),
            "recurrence": self.recurrence.as_ref().map(|r| r.rule()),
            "status": self.status.as_str(),
            "country": self.place.country.map(|c| c.code()),
            "city": self.place.city,
            "venue": self.place.venue,
            "latitude": self.place.geo.map(|g| g.0),
            "longitude": self.place.geo.map(|g| g.1),
            "online_url": self.online_links.first().map(|l| l.url.as_str()),
            // The whole list where one link is not all (several, or labelled).
            "online_links": OnlineLink::need_list(&self.online_links)
                .then(|| self.online_links.iter().map(OnlineLink::to_json).collect::<Vec<_>>()),
            "campaigns": self.campaigns.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
            "tags": self.tags.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
            "languages": self.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
            "organiser_email": self.organiser.email,
            "organiser_name": self.organiser.name,
        });
        if let Some(map) = v.as_object_mut() {
            map.retain(|_, value| !value.is_null());
        }
        v
    }
}

/// Takes the organiser's private contact out of an action in the import format.
pub fn without_contact(action: &mut serde_json::Value) {
    if let Some(map) = action.as_object_mut() {
        map.remove("organiser_email");
        map.remove("organiser_name");
    }
}

/// One occurrence of an action: local start and end in its zone, and their instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// Local start (midnight for all-day actions).
    pub start: jiff::civil::DateTime,
    /// Local end.
    pub end: jiff::civil::DateTime,
    /// The start instant.
    pub start_utc: Timestamp,
    /// The end instant.
    pub end_utc: Timestamp,
}

impl Event {
    /// The action `new` would be once stored as `id` and published at `at`, campaigns shown
    /// by their slugs (tests, fuzzing and previews, where there is no store to name them).
    pub fn preview(new: NewEvent, id: i64, at: Timestamp) -> Self {
        Self {
            id,
            uid: new.uid,
            title: new.title,
            description: new.description,
            time: new.time,
            recurrence: new.recurrence,
            status: new.status,
            place: new.place,
            online_links: new.online_links,
            campaigns: new
                .campaigns
                .into_iter()
                .map(|slug| CampaignRef {
                    name: slug.as_str().to_string(),
                    slug,
                })
                .collect(),
            tags: new.tags,
            languages: new.languages,
            sequence: 0,
            created_at: at,
            updated_at: at,
            moderation: super::Moderation::Published,
            reject_reason: None,
        }
    }

    /// The occurrences touching a local day in `from..=to`, at most `limit`.
    pub fn occurrences(&self, from: jiff::civil::Date, to: jiff::civil::Date, limit: u16) -> Vec<Occurrence> {
        let t = &self.time;
        let length = t.local_length();
        let starts = match &self.recurrence {
            Some(r) => r.starts_between(t, from, to, limit),
            None if t.start_date() <= to && t.last_date() >= from => vec![t.start_local()],
            None => Vec::new(),
        };
        let tz = t.zone().tz();
        starts
            .into_iter()
            .map(|start| {
                let end = start.checked_add(length).unwrap_or(start);
                if self.recurrence.is_none() {
                    return Occurrence {
                        start,
                        end,
                        start_utc: t.start_utc(),
                        end_utc: t.end_utc(),
                    };
                }
                // RFC 5545: a repeated local time in a gap moves forward, in an overlap it is
                // the first instant; jiff's "compatible" resolution is exactly that. Rules that
                // meet a gap are refused now (`Recurrence::parse`), but one stored before
                // must still never show a local time that does not exist: the local times shown
                // are those of the instants.
                let at = |dt| {
                    tz.to_ambiguous_timestamp(dt)
                        .compatible()
                        .unwrap_or(Timestamp::UNIX_EPOCH)
                };
                let (start_utc, end_utc) = (at(start), at(end));
                Occurrence {
                    start: tz.to_datetime(start_utc),
                    end: tz.to_datetime(end_utc),
                    start_utc,
                    end_utc,
                }
            })
            .collect()
    }

    /// The action in the import format, private contact included when given: what the audit
    /// log keeps as "before" and "after", and what importing would recreate.
    pub fn to_import_json(&self, contact: Option<&OrganiserContact>) -> serde_json::Value {
        let mut v = self.to_new(contact.cloned().unwrap_or_default()).to_import_json();
        if contact.is_none() {
            without_contact(&mut v);
        }
        v
    }

    /// The stored action as a validated, unsaved one with `organiser`: what a change would be
    /// compared with.
    pub fn to_new(&self, organiser: OrganiserContact) -> NewEvent {
        NewEvent {
            uid: self.uid.clone(),
            title: self.title.clone(),
            description: self.description.clone(),
            time: self.time.clone(),
            recurrence: self.recurrence.clone(),
            status: self.status,
            place: self.place.clone(),
            online_links: self.online_links.clone(),
            campaigns: self.campaigns.iter().map(|c| c.slug.clone()).collect(),
            tags: self.tags.clone(),
            languages: self.languages.clone(),
            organiser,
        }
    }

    /// The last local day this action touches; `None` for a rule that never ends.
    pub fn last_date(&self) -> Option<jiff::civil::Date> {
        match &self.recurrence {
            Some(r) => r.last_date(),
            None => Some(self.time.last_date()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn online_links_are_read_from_text_or_objects_and_refused_plainly() {
        let links = |items: serde_json::Value| {
            let form: EventForm = crate::domain::from_json(serde_json::json!({
                "title": "Call", "start": "2027-05-01T18:00", "timezone": "UTC", "online_links": items
            }))
            .unwrap();
            NewEvent::try_from(form).map(|e| e.online_links.iter().map(OnlineLink::to_text).collect::<Vec<_>>())
        };
        assert_eq!(
            links(serde_json::json!(["Zoom: <https://a.example/j/1>", "https://b.example/", {"label": "Radio", "url": "https://c.example/"}])).unwrap(),
            ["Zoom: https://a.example/j/1", "https://b.example/", "Radio: https://c.example/"]
        );
        let e = links(serde_json::json!(["Zoom: https://a.example/ and then more words"])).unwrap_err();
        assert_eq!(e.field(), "online_links");
        assert!(e.message().contains("text after its address"), "{}", e.message());
        assert!(links(serde_json::json!(["Zoom at the usual place"])).is_err());
        assert!(links(serde_json::json!([{"label": "Zoom", "url": "javascript:alert(1)"}])).is_err());
    }

    #[test]
    fn a_stored_series_that_meets_a_gap_never_shows_a_time_that_does_not_exist() {
        // Stored before such rules were refused: daily at 02:30 in Berlin, over 28 March 2027.
        let form = EventForm {
            title: Some("Daily vigil".into()),
            start: Some("2027-03-26T02:30".into()),
            timezone: Some("Europe/Berlin".into()),
            country: Some("DE".into()),
            ..Default::default()
        };
        let mut e = Event::preview(NewEvent::try_from(form).unwrap(), 1, Timestamp::UNIX_EPOCH);
        e.recurrence = Some(crate::domain::recurrence::Recurrence::from_stored(
            "FREQ=DAILY;COUNT=4".into(),
            None,
        ));
        let days = e.occurrences("2027-03-26".parse().unwrap(), "2027-03-30".parse().unwrap(), 10);
        let shown: Vec<String> = days.iter().map(|o| o.start.to_string()).collect();
        assert_eq!(
            shown,
            [
                "2027-03-26T02:30:00",
                "2027-03-27T02:30:00",
                "2027-03-28T03:30:00",
                "2027-03-29T02:30:00"
            ]
        );
        let tz = e.time.zone().tz();
        for o in &days {
            assert_eq!(tz.to_datetime(o.start_utc), o.start, "the local time of the instant");
        }
    }

    fn form() -> EventForm {
        EventForm {
            title: Some("Vigil for Gaza".into()),
            start: Some("2027-11-29T18:00".into()),
            timezone: Some("Europe/London".into()),
            country: Some("gb".into()),
            city: Some("London".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_minimal_action_is_accepted_with_a_stable_uid() {
        let a = NewEvent::try_from(form()).unwrap();
        let b = NewEvent::try_from(form()).unwrap();
        assert_eq!(a.uid, b.uid);
        assert!(a.uid.as_str().ends_with("@actioncal"));
        assert_eq!(a.status, Status::Confirmed);
        assert_eq!(a.place.country.unwrap().code(), "GB");
    }

    #[test]
    fn each_bad_field_is_named() {
        type Change = Box<dyn Fn(&mut EventForm)>;
        let cases: Vec<(&str, Change)> = vec![
            ("title", Box::new(|f| f.title = Some(" ".into()))),
            ("country", Box::new(|f| f.country = Some("XX".into()))),
            (
                "latitude",
                Box::new(|f| {
                    f.latitude = Some(91.0);
                    f.longitude = Some(0.0)
                }),
            ),
            ("longitude", Box::new(|f| f.latitude = Some(10.0))),
            (
                "online_url",
                Box::new(|f| f.online_url = Some("javascript:alert(1)".into())),
            ),
            (
                "organiser_email",
                Box::new(|f| f.organiser_email = Some("not an address".into())),
            ),
            ("status", Box::new(|f| f.status = Some("postponed".into()))),
            ("languages", Box::new(|f| f.languages = vec!["pt-BR".into()])),
            ("tags", Box::new(|f| f.tags = vec!["Not A Slug".into()])),
            ("uid", Box::new(|f| f.uid = Some("a b".into()))),
            ("country", Box::new(|f| f.country = None)),
            ("title", Box::new(|f| f.title = Some("x".repeat(TITLE_MAX + 1)))),
        ];
        for (field, change) in cases {
            let mut f = form();
            change(&mut f);
            assert_eq!(NewEvent::try_from(f).unwrap_err().field(), field);
        }
    }

    #[test]
    fn organiser_contact_never_prints() {
        let mut f = form();
        f.organiser_email = Some("secret@example.org".into());
        let e = NewEvent::try_from(f).unwrap();
        assert!(!format!("{e:?}").contains("secret"));
    }
}
