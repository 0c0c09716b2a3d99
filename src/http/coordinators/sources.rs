//! Partners' calendars in the coordinators' API: `/api/v1/moderation/sources` (issue 17).

use std::sync::Arc;

use actix_web::HttpResponse;
use actix_web::web::{Data, Json, Path};
use serde::Serialize;

use super::auth::BearerCoordinator;
use crate::http::views::{ErrorView, rfc3339};
use crate::http::{ApiError, ApiResult, AppState};
use crate::poller::{self, PollReport};
use crate::service::sources::{self as service, SourceForm};
use crate::store::sources::{self, Counts, Source};

/// A source as coordinators see it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SourceView {
    pub id: i64,
    /// The partner's feed.
    pub url: String,
    pub name: String,
    /// What its actions get by default.
    pub campaigns: Vec<String>,
    pub tags: Vec<String>,
    pub languages: Vec<String>,
    /// ISO 3166 code of the country of its places when their LOCATION names none.
    pub country: Option<String>,
    /// `hold` or `publish`.
    pub trust: &'static str,
    pub paused: bool,
    /// RFC 3339, UTC; absent before the first poll.
    pub last_poll: Option<String>,
    /// `changed`, `unchanged`, `held` or `error`; absent before the first poll.
    pub status: Option<String>,
    /// What went wrong, what is held, or which events could not be taken, in words.
    pub last_error: Option<String>,
    /// RFC 3339, UTC.
    pub next_poll: Option<String>,
    /// Seconds between polls, as the partner asks (15 min to 24 h).
    pub interval_seconds: i64,
    /// Polls failed in a row.
    pub failures: i64,
    /// Totals since it was added.
    pub counts: Counts,
    pub created_at: String,
    pub updated_at: String,
}

impl From<&Source> for SourceView {
    fn from(s: &Source) -> Self {
        let set = &s.settings;
        Self {
            id: s.id,
            url: set.url.clone(),
            name: set.name.clone(),
            campaigns: set.campaigns.clone(),
            tags: set.tags.clone(),
            languages: set.languages.clone(),
            country: set.country.clone(),
            trust: set.trust.as_str(),
            paused: set.paused,
            last_poll: s.last_poll_at.map(rfc3339),
            status: s.last_status.clone(),
            last_error: s.last_error.clone(),
            next_poll: (!set.paused).then(|| rfc3339(s.next_poll_at)),
            interval_seconds: s.interval_s,
            failures: s.failures,
            counts: s.counts,
            created_at: rfc3339(s.created_at),
            updated_at: rfc3339(s.updated_at),
        }
    }
}

/// `{"sources": [...]}`.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SourceList {
    pub sources: Vec<SourceView>,
}

/// A poll made at a coordinator's request, and the source after it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Polled {
    pub poll: PollReport,
    pub source: SourceView,
}

fn private(status: actix_web::http::StatusCode, body: impl Serialize) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header(("Cache-Control", "no-store"))
        .json(body)
}

fn source_id(raw: &str) -> ApiResult<i64> {
    raw.parse()
        .map_err(|_| ApiError::NotFound(format!("no source {raw:?}; GET /api/v1/moderation/sources lists them")))
}

fn no_source(id: i64) -> ApiError {
    ApiError::NotFound(format!("no source {id}; GET /api/v1/moderation/sources lists them"))
}

fn found(id: i64, s: Option<Source>) -> ApiResult<Source> {
    s.ok_or_else(|| no_source(id))
}

#[utoipa::path(get, path = "/api/v1/moderation/sources", tag = "coordinators", security(("bearer" = [])), responses((status = 200, body = SourceList), (status = 401, body = ErrorView)))]
/// `GET /api/v1/moderation/sources`: every partner calendar followed, by name, with its last
/// poll, status, counts and last error.
pub async fn list(state: Data<AppState>, _who: BearerCoordinator) -> ApiResult<HttpResponse> {
    let all = state.store.run(|c| sources::all(c)).await?;
    Ok(private(
        actix_web::http::StatusCode::OK,
        SourceList {
            sources: all.iter().map(SourceView::from).collect(),
        },
    ))
}

#[utoipa::path(post, path = "/api/v1/moderation/sources", tag = "coordinators", security(("bearer" = [])), request_body(content = SourceForm), responses((status = 201, body = SourceView), (status = 409, description = "The URL is already followed", body = ErrorView), (status = 422, body = ErrorView)))]
/// `POST /api/v1/moderation/sources` with `{"url", "name", "campaigns", "tags", "languages",
/// "country", "trust", "paused"}`: follows a partner's calendar; its first poll is due at once.
pub async fn add(state: Data<AppState>, _who: BearerCoordinator, body: Json<SourceForm>) -> ApiResult<HttpResponse> {
    let now = state.clock.unix();
    let form = body.into_inner();
    let source = state.store.run(move |c| service::add(c, form, now)).await?;
    Ok(private(actix_web::http::StatusCode::CREATED, SourceView::from(&source)))
}

#[utoipa::path(get, path = "/api/v1/moderation/sources/{id}", tag = "coordinators", security(("bearer" = [])), params(("id" = i64, Path, description = "The source's id")), responses((status = 200, body = SourceView), (status = 404, body = ErrorView)))]
/// `GET /api/v1/moderation/sources/{id}`: one source.
pub async fn one(state: Data<AppState>, _who: BearerCoordinator, id: Path<String>) -> ApiResult<HttpResponse> {
    let id = source_id(&id)?;
    let s = found(id, state.store.run(move |c| sources::by_id(c, id)).await?)?;
    Ok(private(actix_web::http::StatusCode::OK, SourceView::from(&s)))
}

#[utoipa::path(put, path = "/api/v1/moderation/sources/{id}", tag = "coordinators", security(("bearer" = [])), params(("id" = i64, Path, description = "The source's id")), request_body(content = SourceForm), responses((status = 200, body = SourceView), (status = 404, body = ErrorView), (status = 409, body = ErrorView), (status = 422, body = ErrorView)))]
/// `PUT /api/v1/moderation/sources/{id}`: changes a source's settings (pause with
/// `"paused": true`); the API's own answer may be sent back with changes.
pub async fn edit(
    state: Data<AppState>,
    _who: BearerCoordinator,
    id: Path<String>,
    body: Json<SourceForm>,
) -> ApiResult<HttpResponse> {
    let id = source_id(&id)?;
    let now = state.clock.unix();
    let form = body.into_inner();
    let s = state.store.run(move |c| service::edit(c, id, form, now)).await?;
    Ok(private(actix_web::http::StatusCode::OK, SourceView::from(&s)))
}

#[utoipa::path(delete, path = "/api/v1/moderation/sources/{id}", tag = "coordinators", security(("bearer" = [])), params(("id" = i64, Path, description = "The source's id")), responses((status = 204, description = "No longer followed; its actions stay"), (status = 404, body = ErrorView)))]
/// `DELETE /api/v1/moderation/sources/{id}`: stops following a source; the actions it made
/// stay as they are.
pub async fn remove(state: Data<AppState>, _who: BearerCoordinator, id: Path<String>) -> ApiResult<HttpResponse> {
    let id = source_id(&id)?;
    state.store.run(move |c| service::remove(c, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(post, path = "/api/v1/moderation/sources/{id}/poll", tag = "coordinators", security(("bearer" = [])), params(("id" = i64, Path, description = "The source's id")), responses((status = 200, body = Polled), (status = 404, body = ErrorView)))]
/// `POST /api/v1/moderation/sources/{id}/poll`: polls the source now (paused or not) and
/// answers what the poll did.
pub async fn poll_now(state: Data<AppState>, _who: BearerCoordinator, id: Path<String>) -> ApiResult<HttpResponse> {
    let id = source_id(&id)?;
    let store = state.store.clone();
    let fetcher: Arc<crate::fetch::Fetcher> = state.fetcher.clone();
    let clock = state.clock;
    let polled = actix_web::web::block(move || poller::poll_by_id(&store, &fetcher, id, &clock))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))??;
    let (report, after) = polled.ok_or_else(|| no_source(id))?;
    Ok(private(
        actix_web::http::StatusCode::OK,
        Polled {
            poll: report,
            source: SourceView::from(&after),
        },
    ))
}

#[utoipa::path(post, path = "/api/v1/moderation/sources/{id}/release", tag = "coordinators", security(("bearer" = [])), params(("id" = i64, Path, description = "The source's id")), responses((status = 200, body = SourceView), (status = 404, body = ErrorView)))]
/// `POST /api/v1/moderation/sources/{id}/release`: a held poll (many actions vanished at once)
/// was checked: the next poll, due at once, cancels what is still missing.
pub async fn release(state: Data<AppState>, _who: BearerCoordinator, id: Path<String>) -> ApiResult<HttpResponse> {
    let id = source_id(&id)?;
    let now = state.clock.unix();
    let s = state
        .store
        .run(move |c| -> ApiResult<Option<Source>> {
            service::release(c, id, now)?;
            Ok(sources::by_id(c, id)?)
        })
        .await?;
    Ok(private(
        actix_web::http::StatusCode::OK,
        SourceView::from(&found(id, s)?),
    ))
}
