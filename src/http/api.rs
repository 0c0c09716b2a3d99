//! The JSON read API: actions (with incremental sync), campaigns, regions.

use std::sync::Arc;

use actix_web::web::{Data, Path, Query};
use actix_web::{HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use super::cache::Rendered;
use super::feeds::today_and_horizon;
use super::views::{CampaignView, EventView, RegionView};
use super::{ApiError, ApiResult, AppState, check_query};
use crate::domain::filter::Scope;
use crate::domain::{DomainError, FeedFilter, FeedQuery, Region};
use crate::store::events::Cursor;
use crate::store::{self, campaigns, events};

/// Default and largest page of the events list.
pub const LIMIT_DEFAULT: usize = 100;
/// Largest page.
pub const LIMIT_MAX: usize = 500;

const JSON: &str = "application/json";
const CACHE_CONTROL: &str = "public, max-age=60";

/// The query of `GET /api/v1/events`: the feed filters plus paging and sync.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    region: Option<String>,
    country: Option<String>,
    campaign: Option<String>,
    tag: Option<String>,
    lang: Option<String>,
    from: Option<String>,
    to: Option<String>,
    limit: Option<String>,
    cursor: Option<String>,
    updated_since: Option<String>,
}

fn parse_cursor(raw: &str) -> Result<Cursor, DomainError> {
    let bad = || {
        DomainError::new(
            "cursor",
            "is not a cursor; pass the \"next\" value of the previous page unchanged",
        )
    };
    let (key, id) = raw.split_once('.').ok_or_else(bad)?;
    Ok(Cursor {
        key: key.parse().map_err(|_| bad())?,
        id: id.parse().map_err(|_| bad())?,
    })
}

async fn cached(
    state: &AppState,
    req: &HttpRequest,
    render: impl FnOnce(&mut rusqlite::Connection) -> store::Result<Result<serde_json::Value, ApiError>> + Send + 'static,
) -> ApiResult<HttpResponse> {
    check_query(req)?;
    let (today, _) = today_and_horizon();
    let revision = state.store.run(|c| store::revision(c)).await?;
    let key = req.uri().to_string();
    if let Some(hit) = state.cache.get(&key, revision.number, today) {
        return Ok(hit.respond(req));
    }
    let value = state.store.run(render).await??;
    let rendered = Arc::new(Rendered::new(value.to_string(), JSON, CACHE_CONTROL, revision));
    state.cache.put(key, revision.number, today, rendered.clone());
    Ok(rendered.respond(req))
}

/// `GET /api/v1/events`: filtered actions by start, or with `updated_since` every change since
/// then (cancellations included), oldest change first; `limit` and `cursor` page through.
pub async fn events(state: Data<AppState>, req: HttpRequest, query: Query<ListQuery>) -> ApiResult<HttpResponse> {
    let q = query.into_inner();
    let feed_query = FeedQuery {
        region: q.region,
        country: q.country,
        campaign: q.campaign,
        tag: q.tag,
        lang: q.lang,
        from: q.from,
        to: q.to,
    };
    let filter = FeedFilter::parse(Scope::All, &feed_query)?;
    let limit = match q.limit.as_deref() {
        None => LIMIT_DEFAULT,
        Some(l) => l
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=LIMIT_MAX).contains(n))
            .ok_or_else(|| DomainError::new("limit", format!("{l:?} is not a page size; allowed: 1 to {LIMIT_MAX}")))?,
    };
    let cursor = q.cursor.as_deref().map(parse_cursor).transpose()?;
    let since = q
        .updated_since
        .as_deref()
        .map(|s| {
            s.parse::<jiff::Timestamp>().map(|t| t.as_second()).map_err(|_| {
                DomainError::new(
                    "updated_since",
                    format!("{s:?} is not an RFC 3339 time; e.g. 2027-11-01T00:00:00Z"),
                )
            })
        })
        .transpose()?;
    let (_, horizon) = today_and_horizon();
    let base = state.base_url.clone();
    let path = req.path().to_string();
    let query_string = req.query_string().to_string();
    cached(&state, &req, move |c| {
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
        let (list, next) = match since {
            Some(since) => events::changed_since(c, &filter, since, cursor, limit)?,
            None => events::page(c, &filter, horizon, cursor, limit)?,
        };
        let next = next.map(|n| format!("{}.{}", n.key, n.id));
        let next_url = next.as_ref().map(|n| {
            let kept: Vec<&str> = query_string
                .split('&')
                .filter(|p| !p.is_empty() && !p.starts_with("cursor="))
                .collect();
            let sep = if kept.is_empty() { "" } else { "&" };
            format!("{base}{path}?{}{sep}cursor={n}", kept.join("&"))
        });
        let views: Vec<EventView> = list.iter().map(|e| EventView::new(e, &base)).collect();
        Ok(Ok(json!({ "events": views, "next": next, "next_url": next_url })))
    })
    .await
}

/// `GET /api/v1/events/{id}`.
pub async fn event(state: Data<AppState>, req: HttpRequest, id: Path<String>) -> ApiResult<HttpResponse> {
    let id: i64 = id
        .parse()
        .map_err(|_| ApiError::NotFound(format!("no action {:?}; ids are numbers", id.as_str())))?;
    let base = state.base_url.clone();
    cached(&state, &req, move |c| {
        Ok(match events::by_id(c, id)? {
            Some(e) => Ok(serde_json::to_value(EventView::new(&e, &base)).unwrap_or_default()),
            None => Err(ApiError::NotFound(format!("no action {id}"))),
        })
    })
    .await
}

/// `GET /api/v1/campaigns`.
pub async fn campaigns(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let base = state.base_url.clone();
    cached(&state, &req, move |c| {
        let list: Vec<CampaignView> = campaigns::all(c)?.iter().map(|x| CampaignView::new(x, &base)).collect();
        Ok(Ok(json!({ "campaigns": list })))
    })
    .await
}

/// `GET /api/v1/regions`: the whole UN M49 table in use, and `online`.
pub async fn regions(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let base = state.base_url.clone();
    cached(&state, &req, move |_| {
        let list: Vec<RegionView> = Region::all()
            .map(|info| RegionView {
                region: info,
                countries: Region::try_from(info.slug.as_str())
                    .map(|r| r.countries().iter().map(|c| c.code()).collect())
                    .unwrap_or_default(),
                ics_url: format!("{base}/regions/{}.ics", info.slug),
            })
            .collect();
        Ok(Ok(json!({ "regions": list })))
    })
    .await
}

/// `GET /healthz`: the store answers.
pub async fn health(state: Data<AppState>) -> ApiResult<HttpResponse> {
    let revision = state.store.run(|c| store::revision(c)).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(json!({ "status": "ok", "revision": revision.number })))
}
