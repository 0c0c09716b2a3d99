//! Coordinators' API under `/api/v1/moderation`: the queue, approve, reject, edit, cancel,
//! remove, campaigns, and the audit log. Every route needs a Bearer token.

use actix_web::HttpResponse;
use actix_web::web::{Data, Json, Path, Query};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::auth::BearerCoordinator;
use crate::domain::EventForm;
use crate::domain::campaign::CampaignForm;
use crate::http::extract::{EditByCoordinator, EventId, Patch, Valid};
use crate::http::views::{
    AuditEntryView, CampaignSaved, EditList, EditReview, ErrorView, LogPage, ModerationView, Queue,
};
use crate::http::{ApiResult, AppState};
use crate::service::{self, Change, WriteError, moderation};
use crate::store::{audit, events};

fn private(body: impl Serialize) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(body)
}

fn view(c: &rusqlite::Connection, e: &crate::domain::Event, base: &str) -> ApiResult<ModerationView> {
    let contact = events::contact(c, e.id)?;
    Ok(ModerationView::new(e, contact, base))
}

/// Runs `write` and answers the action as coordinators see it, never cached.
async fn moderated(
    state: &AppState,
    write: impl FnOnce(&mut rusqlite::Connection) -> Result<crate::domain::Event, WriteError> + Send + 'static,
) -> ApiResult<HttpResponse> {
    let base = state.base_url.clone();
    let v = state
        .store
        .run(move |c| -> ApiResult<ModerationView> {
            let e = write(c)?;
            view(c, &e, &base)
        })
        .await?;
    Ok(private(v))
}

#[utoipa::path(get, path = "/api/v1/moderation/queue", tag = "coordinators", security(("bearer" = [])), responses((status = 200, body = Queue), (status = 401, body = ErrorView), (status = 403, body = ErrorView)))]
/// `GET /api/v1/moderation/queue`: pending submissions, oldest first, with everything needed,
/// and the changes proposed for published actions (as `GET /api/v1/moderation/edits`).
pub async fn queue(state: Data<AppState>, _who: BearerCoordinator) -> ApiResult<HttpResponse> {
    let base = state.base_url.clone();
    let (list, edits) = state
        .store
        .run(move |c| -> ApiResult<(Vec<ModerationView>, Vec<EditReview>)> {
            let list = events::pending(c)?
                .iter()
                .map(|e| view(c, e, &base))
                .collect::<ApiResult<_>>()?;
            Ok((list, reviews(c, &base)?))
        })
        .await?;
    Ok(private(Queue {
        submissions: list,
        edits,
    }))
}

fn reviews(c: &rusqlite::Connection, base: &str) -> ApiResult<Vec<EditReview>> {
    moderation::proposed_edits(c)?
        .iter()
        .map(|(e, p)| Ok(EditReview::new(e, events::contact(c, e.id)?, p, base)))
        .collect()
}

#[utoipa::path(get, path = "/api/v1/moderation/edits", tag = "coordinators", security(("bearer" = [])), responses((status = 200, body = EditList), (status = 401, body = ErrorView)))]
/// `GET /api/v1/moderation/edits`: changes organisers proposed for their published actions,
/// oldest first, each with the action as published, the proposal and the fields it changes.
pub async fn edits(state: Data<AppState>, _who: BearerCoordinator) -> ApiResult<HttpResponse> {
    let base = state.base_url.clone();
    let list = state.store.run(move |c| reviews(c, &base)).await?;
    Ok(private(EditList { edits: list }))
}

#[utoipa::path(post, path = "/api/v1/moderation/edits/{id}/approve", tag = "coordinators", security(("bearer" = [])), params(("id" = i64, Path, description = "The action's id"), Reviewed), responses((status = 200, body = ModerationView), (status = 404, body = ErrorView), (status = 409, description = "The proposal was replaced since the version reviewed", body = ErrorView)))]
/// `POST /api/v1/moderation/edits/{id}/approve[?version=…]`: the proposed change goes live
/// (SEQUENCE up); with the `version` of the review, only if the proposal is still that one.
pub async fn approve_edit(
    state: Data<AppState>,
    who: BearerCoordinator,
    id: Path<String>,
    q: Query<Reviewed>,
) -> ApiResult<HttpResponse> {
    let EventId(id) = EventId::parse(&id)?;
    let (today, now) = (state.clock.today(), state.clock.unix());
    let version = q.into_inner().version;
    moderated(&state, move |c| {
        moderation::approve_edit(c, &who.0, id, version.as_deref(), today, now)
    })
    .await
}

/// What a coordinator reviewed, sent back with an approval: the action's `sequence`, or a
/// proposal's `version`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct Reviewed {
    /// The `sequence` of the submission as reviewed (approving a submission).
    sequence: Option<u32>,
    /// The `version` of the proposed change as reviewed (approving a proposed change).
    version: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/moderation/edits/{id}/reject", tag = "coordinators", security(("bearer" = [])), params(("id" = i64, Path, description = "The action's id")), request_body(content = RejectBody), responses((status = 200, body = ModerationView), (status = 404, body = ErrorView)))]
/// `POST /api/v1/moderation/edits/{id}/reject` with `{"reason": …}`: the published version
/// stays; the organiser sees the reason.
pub async fn reject_edit(
    state: Data<AppState>,
    who: BearerCoordinator,
    id: Path<String>,
    body: Json<RejectBody>,
) -> ApiResult<HttpResponse> {
    let EventId(id) = EventId::parse(&id)?;
    let reason = body.into_inner().reason.unwrap_or_default();
    let now = state.clock.unix();
    moderated(&state, move |c| moderation::reject_edit(c, &who.0, id, &reason, now)).await
}

#[utoipa::path(post, path = "/api/v1/moderation/submissions/{id}/approve", tag = "coordinators", security(("bearer" = [])), params(("id" = i64, Path), Reviewed), responses((status = 200, body = ModerationView), (status = 409, description = "Edited since the sequence reviewed", body = ErrorView)))]
/// `POST /api/v1/moderation/submissions/{id}/approve[?sequence=N]`: with the `sequence` the
/// coordinator reviewed, refused (409) when the organiser edited it since.
pub async fn approve(
    state: Data<AppState>,
    who: BearerCoordinator,
    id: Path<String>,
    q: Query<Reviewed>,
) -> ApiResult<HttpResponse> {
    let EventId(id) = EventId::parse(&id)?;
    let sequence = q.into_inner().sequence;
    let now = state.clock.unix();
    moderated(&state, move |c| moderation::approve(c, &who.0, id, sequence, now)).await
}

/// The body of a rejection.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RejectBody {
    /// Why, in words the organiser sees (1 to 1000 characters).
    reason: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/moderation/submissions/{id}/reject", tag = "coordinators", security(("bearer" = [])), params(("id" = i64, Path)), request_body(content = RejectBody), responses((status = 200, body = ModerationView)))]
/// `POST /api/v1/moderation/submissions/{id}/reject` with `{"reason": …}` for the organiser.
pub async fn reject(
    state: Data<AppState>,
    who: BearerCoordinator,
    id: Path<String>,
    body: Json<RejectBody>,
) -> ApiResult<HttpResponse> {
    let EventId(id) = EventId::parse(&id)?;
    let reason = body.into_inner().reason.unwrap_or_default();
    let now = state.clock.unix();
    moderated(&state, move |c| moderation::reject(c, &who.0, id, &reason, now)).await
}

#[utoipa::path(put, path = "/api/v1/moderation/events/{id}", tag = "coordinators", operation_id = "edit_event", security(("bearer" = [])), params(("id" = i64, Path)), request_body(content = EventForm, description = "The whole action in the import format, plus `confirm`: [warning codes]"), responses((status = 200, body = ModerationView), (status = 422, body = ErrorView)))]
/// `PUT /api/v1/moderation/events/{id}`: the whole action, edited (import fields + `confirm`).
pub async fn edit(
    state: Data<AppState>,
    who: BearerCoordinator,
    id: Path<String>,
    body: Json<Value>,
) -> ApiResult<HttpResponse> {
    let EventId(id) = EventId::parse(&id)?;
    let EditByCoordinator(change) = Valid::from_json(body.into_inner())?;
    edit_with(&state, who, id, change).await
}

#[utoipa::path(patch, path = "/api/v1/moderation/events/{id}", tag = "coordinators", operation_id = "patch_event", security(("bearer" = [])), params(("id" = i64, Path)),
    request_body(content = Object, description = "Only the fields that change (RFC 7396 merge patch: null removes a field), plus `confirm`"),
    responses((status = 200, body = ModerationView), (status = 404, body = ErrorView), (status = 422, body = ErrorView)))]
/// `PATCH /api/v1/moderation/events/{id}`: only the fields that change.
pub async fn patch(
    state: Data<AppState>,
    who: BearerCoordinator,
    id: Path<String>,
    body: Json<Value>,
) -> ApiResult<HttpResponse> {
    let EventId(id) = EventId::parse(&id)?;
    let Patch(fields) = Valid::from_json(body.into_inner())?;
    edit_with(&state, who, id, Change::Fields(fields)).await
}

async fn edit_with(state: &AppState, who: BearerCoordinator, id: i64, change: Change) -> ApiResult<HttpResponse> {
    let (today, now) = (state.clock.today(), state.clock.unix());
    moderated(state, move |c| {
        moderation::edit_by_coordinator(c, &who.0, id, change, today, now)
    })
    .await
}

#[utoipa::path(post, path = "/api/v1/moderation/events/{id}/cancel", tag = "coordinators", operation_id = "cancel_event", security(("bearer" = [])), params(("id" = i64, Path)), responses((status = 200, body = ModerationView)))]
/// `POST /api/v1/moderation/events/{id}/cancel`.
pub async fn cancel(state: Data<AppState>, who: BearerCoordinator, id: Path<String>) -> ApiResult<HttpResponse> {
    let EventId(id) = EventId::parse(&id)?;
    let now = state.clock.unix();
    moderated(&state, move |c| moderation::cancel_by_coordinator(c, &who.0, id, now)).await
}

#[utoipa::path(delete, path = "/api/v1/moderation/events/{id}", tag = "coordinators", operation_id = "remove_event", security(("bearer" = [])), params(("id" = i64, Path)), responses((status = 204), (status = 409, body = ErrorView)))]
/// `DELETE /api/v1/moderation/events/{id}`: out of every feed, once its dates have passed.
pub async fn remove(state: Data<AppState>, who: BearerCoordinator, id: Path<String>) -> ApiResult<HttpResponse> {
    let EventId(id) = EventId::parse(&id)?;
    let (today, now) = (state.clock.today(), state.clock.unix());
    state
        .store
        .run(move |c| moderation::remove(c, &who.0, id, today, now))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(post, path = "/api/v1/moderation/campaigns", tag = "coordinators", security(("bearer" = [])), request_body(content = CampaignForm), responses((status = 201, body = CampaignSaved), (status = 409, body = ErrorView), (status = 422, body = ErrorView)))]
/// `POST /api/v1/moderation/campaigns`: a new campaign.
pub async fn create_campaign(
    state: Data<AppState>,
    who: BearerCoordinator,
    body: Json<Value>,
) -> ApiResult<HttpResponse> {
    let form: CampaignForm = Valid::from_json(body.into_inner())?;
    let now = state.clock.unix();
    let slug = state
        .store
        .run(move |conn| service::campaigns::create(conn, &who.0, form, now))
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(CampaignSaved::new(slug, &state.base_url)))
}

#[utoipa::path(put, path = "/api/v1/moderation/campaigns/{slug}", tag = "coordinators", security(("bearer" = [])), params(("slug" = String, Path)), request_body(content = CampaignForm), responses((status = 200, body = CampaignSaved), (status = 404, body = ErrorView), (status = 422, body = ErrorView)))]
/// `PUT /api/v1/moderation/campaigns/{slug}`: edit a campaign.
pub async fn edit_campaign(
    state: Data<AppState>,
    who: BearerCoordinator,
    slug: Path<String>,
    body: Json<Value>,
) -> ApiResult<HttpResponse> {
    let form: CampaignForm = Valid::from_json(body.into_inner())?;
    let now = state.clock.unix();
    let slug = state
        .store
        .run(move |conn| service::campaigns::edit(conn, &who.0, &slug, form, now))
        .await?;
    Ok(private(CampaignSaved::new(slug, &state.base_url)))
}

/// The query of the audit log.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct LogQuery {
    limit: Option<usize>,
    before: Option<i64>,
}

#[utoipa::path(get, path = "/api/v1/moderation/log", tag = "coordinators", security(("bearer" = [])), params(LogQuery), responses((status = 200, body = LogPage)))]
/// `GET /api/v1/moderation/log`: newest first; `before` (an entry id) pages back.
pub async fn log(state: Data<AppState>, _who: BearerCoordinator, q: Query<LogQuery>) -> ApiResult<HttpResponse> {
    let limit = q.limit.unwrap_or(100).clamp(1, 500);
    let before = q.before;
    let entries = state.store.run(move |c| audit::list(c, before, limit)).await?;
    let next = (entries.len() == limit).then(|| entries.last().map(|e| e.id)).flatten();
    Ok(private(LogPage {
        entries: entries.into_iter().map(AuditEntryView::from).collect(),
        next_before: next,
    }))
}
