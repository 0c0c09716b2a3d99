//! The JSON read API: actions (with incremental sync), campaigns, regions.

use actix_web::web::{Data, Path, Query};
use actix_web::{HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use super::cached::{self, JSON};
use super::feeds::{event_id, today_and_horizon};
use super::views::{CampaignList, CampaignView, EventList, EventView, RegionList, RegionView};
use super::{ApiError, ApiResult, AppState, known};
use crate::domain::filter::Scope;
use crate::domain::{DomainError, FeedFilter, FeedQuery, Region};
use crate::store::events::Cursor;
use crate::store::{self, campaigns, events};

/// Default page of the events list.
pub const LIMIT_DEFAULT: usize = 100;
/// Largest page.
pub const LIMIT_MAX: usize = 500;

/// The query of `GET /api/v1/events`: the feed filters plus paging and sync.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
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

/// The paging and sync part of a list query, validated.
struct Paging {
    limit: usize,
    cursor: Option<Cursor>,
    since: Option<i64>,
}

impl ListQuery {
    fn parse(self) -> Result<(FeedFilter, Paging), DomainError> {
        let feed = FeedQuery {
            region: self.region,
            country: self.country,
            campaign: self.campaign,
            tag: self.tag,
            lang: self.lang,
            from: self.from,
            to: self.to,
        };
        let filter = FeedFilter::parse(Scope::All, &feed)?;
        let limit = match self.limit.as_deref() {
            None => LIMIT_DEFAULT,
            Some(l) => l
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=LIMIT_MAX).contains(n))
                .ok_or_else(|| {
                    DomainError::new("limit", format!("{l:?} is not a page size; allowed: 1 to {LIMIT_MAX}"))
                })?,
        };
        let cursor = self.cursor.as_deref().map(parse_cursor).transpose()?;
        let since = self
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
        Ok((filter, Paging { limit, cursor, since }))
    }
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

/// The URL of the page after this one: the same query with `cursor` replaced.
fn next_url(base: &str, path: &str, query: &str, next: &str) -> String {
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("cursor="))
        .collect();
    let sep = if kept.is_empty() { "" } else { "&" };
    format!("{base}{path}?{}{sep}cursor={next}", kept.join("&"))
}

#[utoipa::path(get, path = "/api/v1/events", tag = "read", params(ListQuery),
    responses((status = 200, description = "A page of actions", body = EventList),
              (status = 400, description = "A filter was refused", body = super::views::ErrorView)))]
/// `GET /api/v1/events`: filtered actions by start, or with `updated_since` every change since
/// then (cancellations included), oldest change first; `limit` and `cursor` page through.
pub async fn events(state: Data<AppState>, req: HttpRequest, query: Query<ListQuery>) -> ApiResult<HttpResponse> {
    let (filter, paging) = query.into_inner().parse()?;
    let (_, horizon) = today_and_horizon();
    let base = state.base_url.clone();
    let (path, query) = (req.path().to_string(), req.query_string().to_string());
    cached::respond(&state, &req, JSON, move |c| {
        known::check(c, &filter)?;
        let (list, next) = match paging.since {
            Some(since) => events::changed_since(c, &filter, since, paging.cursor, paging.limit)?,
            None => events::page(c, &filter, horizon, paging.cursor, paging.limit)?,
        };
        let next = next.map(|n| format!("{}.{}", n.key, n.id));
        let next_url = next.as_deref().map(|n| next_url(&base, &path, &query, n));
        let events = list.iter().map(|e| EventView::new(e, &base)).collect();
        Ok(json!(EventList { events, next, next_url }).to_string())
    })
    .await
}

#[utoipa::path(get, path = "/api/v1/events/{id}", tag = "read", params(("id" = i64, Path, description = "Action id")),
    responses((status = 200, body = EventView), (status = 404, body = super::views::ErrorView)))]
/// `GET /api/v1/events/{id}`.
pub async fn event(state: Data<AppState>, req: HttpRequest, id: Path<String>) -> ApiResult<HttpResponse> {
    let id = event_id(&id)?;
    let base = state.base_url.clone();
    cached::respond(&state, &req, JSON, move |c| {
        let e = events::by_id(c, id)?.ok_or_else(|| ApiError::NotFound(format!("no action {id}")))?;
        Ok(json!(EventView::new(&e, &base)).to_string())
    })
    .await
}

#[utoipa::path(get, path = "/api/v1/campaigns", tag = "read", responses((status = 200, body = CampaignList)))]
/// `GET /api/v1/campaigns`.
pub async fn campaigns(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let base = state.base_url.clone();
    cached::respond(&state, &req, JSON, move |c| {
        let list: Vec<CampaignView> = campaigns::all(c)?.iter().map(|x| CampaignView::new(x, &base)).collect();
        Ok(json!(CampaignList { campaigns: list }).to_string())
    })
    .await
}

#[utoipa::path(get, path = "/api/v1/regions", tag = "read", responses((status = 200, body = RegionList)))]
/// `GET /api/v1/regions`: the whole UN M49 table in use, and `online`.
pub async fn regions(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let base = state.base_url.clone();
    cached::respond(&state, &req, JSON, move |_| {
        let regions = Region::all().map(|info| RegionView::new(info, &base)).collect();
        Ok(json!(RegionList { regions }).to_string())
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
