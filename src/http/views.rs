//! Public JSON shapes. Nothing private (organiser contact) has a field here.

use serde::Serialize;

use crate::domain::country::RegionInfo;
use crate::domain::{Campaign, Event};
use crate::ical;

/// One action as the JSON API shows it.
#[derive(Debug, Serialize)]
pub struct EventView {
    pub id: i64,
    pub uid: String,
    pub title: String,
    pub description: Option<String>,
    /// Local start, `YYYY-MM-DDTHH:MM` (or `YYYY-MM-DD` when all-day).
    pub start: String,
    /// Local end (the last day, inclusive, when all-day).
    pub end: String,
    pub timezone: String,
    /// The start instant, RFC 3339 UTC.
    pub start_utc: String,
    pub end_utc: String,
    pub all_day: bool,
    pub recurrence: Option<String>,
    pub status: &'static str,
    pub sequence: u32,
    pub country: Option<&'static str>,
    pub country_name: Option<&'static str>,
    pub city: Option<String>,
    pub venue: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub location: String,
    /// Region slugs, broadest first; `["online"]` without a country.
    pub regions: Vec<&'static str>,
    pub campaigns: Vec<String>,
    pub tags: Vec<String>,
    pub languages: Vec<String>,
    pub online_url: Option<String>,
    pub url: String,
    pub ics_url: String,
    pub created_at: String,
    pub updated_at: String,
}

impl EventView {
    /// The view of `e`, with links under `base`.
    pub fn new(e: &Event, base: &str) -> Self {
        let country = e.place.country;
        let regions = match country {
            Some(c) => c.regions().map(|r| r.slug.as_str()).collect(),
            None => vec![crate::domain::country::ONLINE],
        };
        Self {
            id: e.id,
            uid: e.uid.as_str().to_string(),
            title: e.title.clone(),
            description: e.description.clone(),
            start: e.time.start_text(),
            end: e.time.end_text(),
            timezone: e.time.zone().name().to_string(),
            start_utc: e.time.start_utc().to_string(),
            end_utc: e.time.end_utc().to_string(),
            all_day: e.time.is_all_day(),
            recurrence: e.recurrence.as_ref().map(|r| r.rule().to_string()),
            status: e.status.as_str(),
            sequence: e.sequence,
            country: country.map(|c| c.code()),
            country_name: country.map(|c| c.name()),
            city: e.place.city.clone(),
            venue: e.place.venue.clone(),
            latitude: e.place.geo.map(|g| g.0),
            longitude: e.place.geo.map(|g| g.1),
            location: ical::location(e),
            regions,
            campaigns: e.campaigns.iter().map(|c| c.slug.as_str().to_string()).collect(),
            tags: e.tags.iter().map(|t| t.as_str().to_string()).collect(),
            languages: e.languages.iter().map(|l| l.as_str().to_string()).collect(),
            online_url: e.online_url.as_ref().map(|u| u.to_string()),
            url: ical::event_page(base, e.id),
            ics_url: format!("{base}/events/{}.ics", e.id),
            created_at: e.created_at.to_string(),
            updated_at: e.updated_at.to_string(),
        }
    }
}

/// A campaign with its feed.
#[derive(Debug, Serialize)]
pub struct CampaignView {
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    pub hashtag: Option<String>,
    pub ics_url: String,
}

impl CampaignView {
    /// The view of `c`, with links under `base`.
    pub fn new(c: &Campaign, base: &str) -> Self {
        Self {
            slug: c.slug.as_str().to_string(),
            name: c.name.clone(),
            description: c.description.clone(),
            hashtag: c.hashtag.clone(),
            ics_url: format!("{base}/campaigns/{}.ics", c.slug.as_str()),
        }
    }
}

/// A region with its feed.
#[derive(Debug, Serialize)]
pub struct RegionView {
    #[serde(flatten)]
    pub region: &'static RegionInfo,
    pub countries: Vec<&'static str>,
    pub ics_url: String,
}

/// An action as coordinators see it: everything, the organiser's contact included.
#[derive(Debug, Serialize)]
pub struct ModerationView {
    #[serde(flatten)]
    pub event: EventView,
    pub moderation: &'static str,
    pub reject_reason: Option<String>,
    pub organiser_email: Option<String>,
    pub organiser_name: Option<String>,
}

impl ModerationView {
    /// The view of `e` and its contact.
    pub fn new(e: &Event, contact: crate::domain::event::OrganiserContact, base: &str) -> Self {
        Self {
            event: EventView::new(e, base),
            moderation: e.moderation.as_str(),
            reject_reason: e.reject_reason.clone(),
            organiser_email: contact.email,
            organiser_name: contact.name,
        }
    }
}

/// What an organiser's edit link shows: the action and where it stands.
#[derive(Debug, Serialize)]
pub struct SubmissionView {
    pub id: i64,
    /// `pending`, `published` or `rejected`.
    pub moderation: &'static str,
    /// Why it was rejected, when it was.
    pub reject_reason: Option<String>,
    pub event: EventView,
}

impl SubmissionView {
    /// The view of `e` for its organiser.
    pub fn new(e: &Event, base: &str) -> Self {
        Self {
            id: e.id,
            moderation: e.moderation.as_str(),
            reject_reason: e.reject_reason.clone(),
            event: EventView::new(e, base),
        }
    }
}
