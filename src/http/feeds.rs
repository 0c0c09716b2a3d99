//! The .ics feeds: everything, by campaign, region and country, and single actions.

use std::sync::Arc;

use actix_web::web::{Data, Path, Query};
use actix_web::{HttpRequest, HttpResponse};
use jiff::civil::Date;

use super::cache::Rendered;
use super::{ApiError, ApiResult, AppState, check_query};
use crate::domain::filter::Scope;
use crate::domain::{CampaignSlug, Country, DomainError, FeedFilter, FeedQuery, Region};
use crate::ical::{self, FeedMeta};
use crate::store::{self, campaigns, events};

/// How far back a feed reaches by default: actions that ended up to this many days ago.
pub const PAST_DAYS: i64 = 30;

const CONTENT_TYPE: &str = "text/calendar; charset=utf-8";
/// Shared caches may keep a feed five minutes; clients revalidate cheaply with the ETag.
const CACHE_CONTROL: &str = "public, max-age=300";

/// Today's date in UTC and the default horizon of feeds.
pub fn today_and_horizon() -> (Date, Date) {
    let today = jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now()).date();
    (
        today,
        today.checked_sub(jiff::Span::new().days(PAST_DAYS)).unwrap_or(today),
    )
}

/// The feed name: what the scope holds, then the filters on top, from parsed values only.
fn describe(scope_name: &str, f: &FeedFilter) -> String {
    let join = |v: Vec<&str>| v.join(" or ");
    let mut parts = Vec::new();
    if !f.regions.is_empty() {
        parts.push(join(f.regions.iter().map(|r| r.info().name.as_str()).collect()));
    }
    if !f.countries.is_empty() {
        parts.push(join(f.countries.iter().map(|c| c.name()).collect()));
    }
    if !f.campaigns.is_empty() {
        parts.push(format!(
            "campaign {}",
            join(f.campaigns.iter().map(|c| c.as_str()).collect())
        ));
    }
    if !f.tags.is_empty() {
        parts.push(format!("tag {}", join(f.tags.iter().map(|t| t.as_str()).collect())));
    }
    if !f.langs.is_empty() {
        parts.push(format!("in {}", join(f.langs.iter().map(|l| l.as_str()).collect())));
    }
    match (f.from, f.to) {
        (Some(a), Some(b)) => parts.push(format!("{a} to {b}")),
        (Some(a), None) => parts.push(format!("from {a}")),
        (None, Some(b)) => parts.push(format!("until {b}")),
        (None, None) => {}
    }
    if parts.is_empty() {
        scope_name.to_string()
    } else {
        format!("{scope_name}: {}", parts.join(", "))
    }
}

async fn serve(state: Data<AppState>, req: HttpRequest, scope: Scope, query: FeedQuery) -> ApiResult<HttpResponse> {
    check_query(&req)?;
    let filter = FeedFilter::parse(scope, &query)?;
    let (today, horizon) = today_and_horizon();
    let revision = state.store.run(|c| store::revision(c)).await?;
    let key = req.uri().to_string();
    if let Some(hit) = state.cache.get(&key, revision.number, today) {
        return Ok(hit.respond(&req));
    }
    let base = state.base_url.clone();
    let feed_url = format!("{base}{key}");
    let loaded = state
        .store
        .run(move |c| -> store::Result<Result<(FeedMeta, Vec<crate::domain::Event>), ApiError>> {
            if let Err(e) = known_values(c, &filter)? {
                return Ok(Err(e));
            }
            let (scope_name, description) = match &filter.scope {
                Scope::All => ("Actions worldwide".to_string(), None),
                Scope::Region(r) => (format!("Actions in {}", r.info().name), None),
                Scope::Country(c) => (format!("Actions in {}", c.name()), None),
                Scope::Campaign(slug) => match campaigns::by_slug(c, slug)? {
                    Some(campaign) => (campaign.name, campaign.description),
                    None => return Ok(Err(ApiError::NotFound(format!("no campaign {:?}; GET /api/v1/campaigns lists them", slug.as_str())))),
                },
            };
            let meta = FeedMeta {
                name: describe(&scope_name, &filter),
                description: description.unwrap_or_else(|| {
                    "Actions of solidarity campaigns, each at its local time with its time zone; published by actioncal.".to_string()
                }),
                url: feed_url,
            };
            Ok(Ok((meta, events::published(c, &filter, horizon)?)))
        })
        .await??;
    let (meta, list) = loaded;
    let body = ical::render_feed(&meta, &list, &base);
    let rendered = Arc::new(Rendered::new(body, CONTENT_TYPE, CACHE_CONTROL, revision));
    state.cache.put(key, revision.number, today, rendered.clone());
    Ok(rendered.respond(&req))
}

/// Refuses campaign, tag and language filters that name nothing in the store.
fn known_values(c: &rusqlite::Connection, filter: &FeedFilter) -> store::Result<Result<(), ApiError>> {
    let campaigns = campaigns::slugs(c)?;
    if let Some(unknown) = filter
        .campaigns
        .iter()
        .find(|s| !campaigns.iter().any(|k| k == s.as_str()))
    {
        return Ok(Err(DomainError::new(
            "campaign",
            format!(
                "{:?} is not a campaign; known: {}",
                unknown.as_str(),
                campaigns.join(", ")
            ),
        )
        .into()));
    }
    if filter.tags.is_empty() && filter.langs.is_empty() {
        return Ok(Ok(()));
    }
    let (tags, langs) = events::known_tags_and_languages(c)?;
    let sorted = |set: &std::collections::HashSet<String>| {
        let mut v: Vec<&str> = set.iter().map(String::as_str).collect();
        v.sort();
        v.join(", ")
    };
    if let Some(t) = filter.tags.iter().find(|t| !tags.contains(t.as_str())) {
        return Ok(Err(DomainError::new(
            "tag",
            format!("{:?} is not a tag of any action; known: {}", t.as_str(), sorted(&tags)),
        )
        .into()));
    }
    if let Some(l) = filter.langs.iter().find(|l| !langs.contains(l.as_str())) {
        return Ok(Err(DomainError::new(
            "lang",
            format!(
                "{:?} is not a language of any action; known: {}",
                l.as_str(),
                sorted(&langs)
            ),
        )
        .into()));
    }
    Ok(Ok(()))
}

/// `GET /calendar.ics`: everything published.
pub async fn everything(state: Data<AppState>, req: HttpRequest, query: Query<FeedQuery>) -> ApiResult<HttpResponse> {
    serve(state, req, Scope::All, query.into_inner()).await
}

/// `GET /campaigns/{slug}.ics`.
pub async fn campaign(
    state: Data<AppState>,
    req: HttpRequest,
    slug: Path<String>,
    query: Query<FeedQuery>,
) -> ApiResult<HttpResponse> {
    let slug = CampaignSlug::try_from(slug.into_inner())
        .map_err(|e| ApiError::NotFound(format!("no such campaign: {}", e.message())))?;
    serve(state, req, Scope::Campaign(slug), query.into_inner()).await
}

/// `GET /regions/{slug}.ics`.
pub async fn region(
    state: Data<AppState>,
    req: HttpRequest,
    slug: Path<String>,
    query: Query<FeedQuery>,
) -> ApiResult<HttpResponse> {
    let region = Region::try_from(slug.as_str()).map_err(|e| ApiError::NotFound(e.message().to_string()))?;
    serve(state, req, Scope::Region(region), query.into_inner()).await
}

/// `GET /countries/{code}.ics` (case-insensitive code).
pub async fn country(
    state: Data<AppState>,
    req: HttpRequest,
    code: Path<String>,
    query: Query<FeedQuery>,
) -> ApiResult<HttpResponse> {
    let country = Country::try_from(code.as_str()).map_err(|e| ApiError::NotFound(e.message().to_string()))?;
    serve(state, req, Scope::Country(country), query.into_inner()).await
}

/// `GET /events/{id}.ics`: one action, whatever its date or status.
pub async fn single(state: Data<AppState>, req: HttpRequest, id: Path<String>) -> ApiResult<HttpResponse> {
    check_query(&req)?;
    let id: i64 = id
        .parse()
        .map_err(|_| ApiError::NotFound(format!("no action {:?}; ids are numbers", id.as_str())))?;
    let (today, _) = today_and_horizon();
    let revision = state.store.run(|c| store::revision(c)).await?;
    let key = req.uri().path().to_string();
    if let Some(hit) = state.cache.get(&key, revision.number, today) {
        return Ok(hit.respond(&req));
    }
    let event = state
        .store
        .run(move |c| events::by_id(c, id))
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no action {id}")))?;
    let meta = FeedMeta {
        name: event.title.clone(),
        description: format!("One action: {}", event.title),
        url: format!("{}{key}", state.base_url),
    };
    let body = ical::render_feed(&meta, std::slice::from_ref(&event), &state.base_url);
    let rendered = Arc::new(Rendered::new(body, CONTENT_TYPE, CACHE_CONTROL, revision));
    state.cache.put(key, revision.number, today, rendered.clone());
    Ok(rendered.respond(&req))
}
