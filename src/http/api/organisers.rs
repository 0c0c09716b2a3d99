//! Organisers: `POST /api/v1/submissions`, and the edit link's API
//! (`/api/v1/submissions/{token}`: read, `PUT` to edit, `POST …/cancel`).

use actix_web::web::{Data, Json, Path};
use actix_web::{HttpRequest, HttpResponse};
use serde_json::Value;

use crate::domain::EventForm;
use crate::http::extract::{ByOrganiser, EditByOrganiser, Patch, Valid};
use crate::http::limits::{rate_limited, token_attempt};
use crate::http::views::{ErrorView, SubmissionCreated, SubmissionView, edit_links};
use crate::http::{ApiError, ApiResult, AppState};
use crate::service::submissions;
use crate::service::{Change, WriteError};

#[utoipa::path(post, path = "/api/v1/submissions", tag = "organisers", operation_id = "create_submission",
    request_body(content = EventForm, description = "The import format's fields, organiser_email required, no uid; plus `confirm`: [warning codes]"),
    responses((status = 201, body = SubmissionCreated),
              (status = 413, body = ErrorView), (status = 422, body = ErrorView),
              (status = 429, description = "Too many submissions; see Retry-After", body = ErrorView)))]
/// `POST /api/v1/submissions`: a new action, pending until a coordinator approves it.
pub async fn create(state: Data<AppState>, req: HttpRequest, body: Json<Value>) -> ApiResult<HttpResponse> {
    let (today, now) = (state.clock.today(), state.clock.unix());
    // Mail to the organiser is in the language their client asks for.
    let lang = crate::http::extract::ui(&req, None).code();
    // The limit first: a client over it is told so whatever it sends; a refused body is not
    // counted against it.
    let submit = async {
        let ByOrganiser(sub) = Valid::from_json(body.into_inner())?;
        state
            .store
            .run(move |c| submissions::submit(c, sub, lang, today, now).map_err(ApiError::from))
            .await
    };
    let accepted = rate_limited(&state, &req, submit, Result::is_ok).await??;
    let (edit_url, api_url) = edit_links(&state.base_url, &accepted.edit_token);
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(SubmissionCreated {
            id: accepted.id,
            uid: accepted.uid,
            status: "pending".into(),
            edit_url,
            api_url,
            edit_link_mailed: state.mail_enabled,
            message: if state.mail_enabled {
                "Thank you: a coordinator will review your action. The edit link was also e-mailed to you; keep it private: it lets you see the status, edit or cancel the action."
            } else {
                "Thank you: a coordinator will review your action. This calendar sends no mail, so keep the edit link now, and keep it private: it lets you see the status, edit or cancel the action."
            }
            .into(),
        }))
}

#[utoipa::path(get, path = "/api/v1/submissions/{token}", tag = "organisers", operation_id = "show_submission", params(("token" = String, Path, description = "The edit link's secret")),
    responses((status = 200, body = SubmissionView), (status = 404, body = ErrorView)))]
/// `GET /api/v1/submissions/{token}`.
pub async fn show(state: Data<AppState>, req: HttpRequest, token: Path<String>) -> ApiResult<HttpResponse> {
    token_attempt(
        &state,
        &req,
        for_organiser(&state, move |c| submissions::by_edit_token(c, &token)),
    )
    .await
}

#[utoipa::path(put, path = "/api/v1/submissions/{token}", tag = "organisers", operation_id = "edit_submission", params(("token" = String, Path)),
    request_body(content = EventForm, description = "The whole action again, plus `confirm`"), responses((status = 200, body = SubmissionView), (status = 422, body = ErrorView)))]
/// `PUT /api/v1/submissions/{token}`: the whole action again, edited.
pub async fn edit(
    state: Data<AppState>,
    req: HttpRequest,
    token: Path<String>,
    Valid(EditByOrganiser(change)): Valid<EditByOrganiser>,
) -> ApiResult<HttpResponse> {
    edit_with(state, req, token, change).await
}

#[utoipa::path(patch, path = "/api/v1/submissions/{token}", tag = "organisers", operation_id = "patch_submission", params(("token" = String, Path)),
    request_body(content = Object, description = "Only the fields that change (RFC 7396 merge patch: null removes a field), plus `confirm`"),
    responses((status = 200, body = SubmissionView), (status = 422, body = ErrorView)))]
/// `PATCH /api/v1/submissions/{token}`: only the fields that change.
pub async fn patch(
    state: Data<AppState>,
    req: HttpRequest,
    token: Path<String>,
    Valid(Patch(fields)): Valid<Patch>,
) -> ApiResult<HttpResponse> {
    edit_with(state, req, token, Change::Fields(fields)).await
}

async fn edit_with(
    state: Data<AppState>,
    req: HttpRequest,
    token: Path<String>,
    change: Change,
) -> ApiResult<HttpResponse> {
    let (today, now) = (state.clock.today(), state.clock.unix());
    let write = for_organiser(&state, move |c| {
        submissions::edit_by_organiser(c, &token, change, today, now)
    });
    token_attempt(&state, &req, write).await
}

#[utoipa::path(post, path = "/api/v1/submissions/{token}/cancel", tag = "organisers", operation_id = "cancel_submission", params(("token" = String, Path)),
    responses((status = 200, body = SubmissionView)))]
/// `POST /api/v1/submissions/{token}/cancel`: the action stays, marked cancelled.
pub async fn cancel(state: Data<AppState>, req: HttpRequest, token: Path<String>) -> ApiResult<HttpResponse> {
    let now = state.clock.unix();
    let write = for_organiser(&state, move |c| submissions::cancel_by_organiser(c, &token, now));
    token_attempt(&state, &req, write).await
}

/// Runs `write` on the action behind an edit link and answers what its organiser sees; never
/// cached anywhere.
async fn for_organiser(
    state: &AppState,
    write: impl FnOnce(&mut rusqlite::Connection) -> Result<crate::domain::Event, WriteError> + Send + 'static,
) -> ApiResult<HttpResponse> {
    let base = state.base_url.clone();
    let view = state
        .store
        .run(move |c| {
            let e = write(c)?;
            let proposed = submissions::proposed_edit(c, e.id)?;
            Ok::<_, WriteError>(SubmissionView::new(&e, proposed.as_ref(), &base))
        })
        .await
        .map_err(ApiError::from)?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(view))
}
