//! The JSON read API: actions (with incremental sync), campaigns, regions.

use actix_web::web::Data;
use actix_web::{HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::domain::filter::Scope;
use crate::domain::{DomainError, FeedFilter, FeedQuery, Region};
use crate::http::cache::{self, JSON};
use crate::http::extract::{EventId, Listing};
use crate::http::feeds::{check_known, horizon};
use crate::http::views::{
    CampaignList, CampaignView, ChangeList, ChangeView, ErrorView, EventList, EventView, EventsAnswer, Health,
    RegionList, RegionView,
};
use crate::http::{ApiError, ApiResult, AppState};
use crate::store::events::Cursor;
use crate::store::{self, campaigns, events};

/// Default page of the events list.
pub const LIMIT_DEFAULT: usize = 100;
/// Largest page.
pub const LIMIT_MAX: usize = 500;

/// What `GET /api/v1/events` takes besides the feed filters: paging and sync.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PagingQuery {
    /// Page size, 1 to 500 (default 100).
    limit: Option<String>,
    /// The `next` of the previous page.
    cursor: Option<String>,
    /// Incremental sync: `0`, or the `next_since` of an earlier answer (a store revision), or
    /// an RFC 3339 time. Answers every public change after it, oldest first: actions as they
    /// are now and tombstones `{id, uid, removed: true, changed_at}` of actions that left the
    /// calendar, then `next_since`. Revisions are given out in commit order, so a change
    /// committed after an answer always comes after its `next_since`, however long its
    /// transaction ran; only public changes move it. A time is approximate: an action is found
    /// by the time its change began (an import stamps the time it started), so a change that
    /// began before the time and committed after it is missed; keep `next_since` instead.
    updated_since: Option<String>,
    /// `true`: one item per occurrence between `from` and `to` (both needed, at most 366 days
    /// apart), each with its own `start`, `end`, `start_utc`, `end_utc`; a repeating action
    /// appears as often as it happens. Default `false`: one item per action.
    expand: Option<String>,
}

/// Where an incremental sync starts.
#[derive(Debug, Clone, Copy)]
enum Since {
    /// After this store revision (the `next_since` of an earlier answer): exact, in commit
    /// order.
    Revision(i64),
    /// Changes begun at or after this Unix time (RFC 3339 given): kept for tools that store
    /// times; approximate (see `updated_since`).
    Time(i64),
}

/// The paging and sync part of a list query, validated.
struct Page {
    limit: usize,
    cursor: Option<Cursor>,
    since: Option<Since>,
    /// Occurrences between these days, one item each (`expand=true`).
    expand: Option<(jiff::civil::Date, jiff::civil::Date)>,
}

impl PagingQuery {
    fn parse(self, feed: &FeedQuery) -> Result<(FeedFilter, Page), DomainError> {
        let filter = FeedFilter::parse(Scope::All, feed)?;
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
        let since = self.updated_since.as_deref().map(parse_since).transpose()?;
        let expand = match self.expand.as_deref() {
            None | Some("false") => None,
            Some("true") => match (filter.from, filter.to) {
                (Some(from), Some(to)) if (to - from).get_days() <= 366 => Some((from, to)),
                _ => {
                    return Err(DomainError::new(
                        "expand",
                        "expand=true needs `from` and `to`, at most 366 days apart".to_string(),
                    ));
                }
            },
            Some(other) => {
                return Err(DomainError::new(
                    "expand",
                    format!("{other:?} is not allowed; allowed: true, false"),
                ));
            }
        };
        let cursor = match (since, self.cursor.as_deref()) {
            // While syncing, `next` is a revision: a cursor given back moves the start.
            (Some(_), Some(c)) => {
                return Ok((
                    filter,
                    Page {
                        limit,
                        cursor: None,
                        since: Some(Since::Revision(parse_revision("cursor", c)?)),
                        expand,
                    },
                ));
            }
            (_, c) => c.map(parse_cursor).transpose()?,
        };
        Ok((
            filter,
            Page {
                limit,
                cursor,
                since,
                expand,
            },
        ))
    }
}

/// `updated_since`: a revision (`next_since` of an earlier answer) or an RFC 3339 time.
fn parse_since(raw: &str) -> Result<Since, DomainError> {
    if raw.bytes().all(|b| b.is_ascii_digit()) {
        return parse_revision("updated_since", raw).map(Since::Revision);
    }
    raw.parse::<jiff::Timestamp>()
        .map(|t| Since::Time(t.as_second()))
        .map_err(|_| {
            DomainError::new(
                "updated_since",
                format!(
                    "{raw:?} is neither a revision (the next_since of an earlier answer, e.g. 1234) nor an RFC 3339 time (e.g. 2027-11-01T00:00:00Z)"
                ),
            )
        })
}

fn parse_revision(field: &str, raw: &str) -> Result<i64, DomainError> {
    raw.parse::<i64>().ok().filter(|n| *n >= 0).ok_or_else(|| {
        DomainError::new(
            field,
            format!("{raw:?} is not a revision; pass the next_since of the previous answer unchanged"),
        )
    })
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

/// The URL of the page after this one: the same query with `key` (`cursor`, or
/// `updated_since` while syncing) set to `next`.
fn next_url(base: &str, path: &str, query: &str, key: &str, next: &str) -> String {
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("cursor=") && !p.starts_with(&format!("{key}=")))
        .collect();
    let sep = if kept.is_empty() { "" } else { "&" };
    format!("{base}{path}?{}{sep}{key}={next}", kept.join("&"))
}

#[utoipa::path(get, path = "/api/v1/events", tag = "read", params(FeedQuery, PagingQuery),
    responses((status = 200, description = "A page of actions (EventList); with `updated_since`, a ChangeList: every public change after the cursor (actions and tombstones), oldest first, and `next_since`", body = EventsAnswer),
              (status = 400, description = "A filter was refused", body = ErrorView)))]
/// `GET /api/v1/events`: filtered actions by start, or with `updated_since` every change since
/// then (cancellations included), oldest change first; `limit` and `cursor` page through.
pub async fn events(state: Data<AppState>, req: HttpRequest, query: Listing<PagingQuery>) -> ApiResult<HttpResponse> {
    let (filter, paging) = query.rest.parse(&query.filter)?;
    let today = state.clock.today();
    let horizon = horizon(today);
    let base = state.base_url.clone();
    let (path, query) = (req.path().to_string(), req.query_string().to_string());
    check_known(&state, &filter).await?;
    cache::respond(&state, &req, JSON, move |c| {
        if let Some(since) = paging.since {
            let after = match since {
                Since::Revision(n) => n,
                Since::Time(t) => events::sequence_at(c, t)?,
            };
            let page = events::changes_after(c, &filter, after, paging.limit)?;
            let next_since = page.next_since.to_string();
            let next = page.more.then(|| next_since.clone());
            let next_url = next
                .as_deref()
                .map(|n| next_url(&base, &path, &query, "updated_since", n));
            let events = page.changes.iter().map(|e| ChangeView::new(e, &base, today)).collect();
            return Ok(json!(ChangeList {
                events,
                next_since,
                next,
                next_url
            })
            .to_string());
        }
        let (list, next) = events::page(c, &filter, horizon, paging.cursor, paging.limit)?;
        let next = next.map(|n| format!("{}.{}", n.key, n.id));
        let next_url = next.as_deref().map(|n| next_url(&base, &path, &query, "cursor", n));
        let events = match paging.expand {
            Some((from, to)) => list
                .iter()
                .flat_map(|e| {
                    let base = &base;
                    e.occurrences(from, to, 1000)
                        .into_iter()
                        .map(move |o| EventView::occurrence(e, base, &o))
                })
                .collect(),
            None => list.iter().map(|e| EventView::new_at(e, &base, today)).collect(),
        };
        Ok(json!(EventList { events, next, next_url }).to_string())
    })
    .await
}

#[utoipa::path(get, path = "/api/v1/events/{id}", tag = "read", params(("id" = i64, Path, description = "Action id")),
    responses((status = 200, body = EventView), (status = 404, body = ErrorView)))]
/// `GET /api/v1/events/{id}`.
pub async fn event(state: Data<AppState>, req: HttpRequest, EventId(id): EventId) -> ApiResult<HttpResponse> {
    let base = state.base_url.clone();
    let today = state.clock.today();
    cache::respond(&state, &req, JSON, move |c| {
        let e = events::by_id(c, id)?.ok_or_else(|| ApiError::NotFound(format!("no action {id}")))?;
        Ok(json!(EventView::new_at(&e, &base, today)).to_string())
    })
    .await
}

#[utoipa::path(get, path = "/api/v1/campaigns", tag = "read", responses((status = 200, body = CampaignList)))]
/// `GET /api/v1/campaigns`.
pub async fn campaigns(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let base = state.base_url.clone();
    cache::respond(&state, &req, JSON, move |c| {
        let list: Vec<CampaignView> = campaigns::all(c)?.iter().map(|x| CampaignView::new(x, &base)).collect();
        Ok(json!(CampaignList { campaigns: list }).to_string())
    })
    .await
}

#[utoipa::path(get, path = "/api/v1/regions", tag = "read", responses((status = 200, body = RegionList)))]
/// `GET /api/v1/regions`: the whole UN M49 table in use, and `online`.
pub async fn regions(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let base = state.base_url.clone();
    cache::respond(&state, &req, JSON, move |_| {
        let regions = Region::all().map(|info| RegionView::new(info, &base)).collect();
        Ok(json!(RegionList { regions }).to_string())
    })
    .await
}

#[utoipa::path(get, path = "/healthz", tag = "read", responses((status = 200, body = Health), (status = 500, body = ErrorView)))]
/// `GET /healthz`: the store answers.
pub async fn health(state: Data<AppState>) -> ApiResult<HttpResponse> {
    let revision = state.store.run(|c| store::revision(c)).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(Health {
            status: "ok",
            revision: revision.number,
        }))
}
