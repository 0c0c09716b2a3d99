//! Organisers: `POST /api/v1/submissions`, and the edit link's API
//! (`/api/v1/submissions/{token}`: read, `PUT` to edit, `POST …/cancel`).

use actix_web::web::{Data, Json, Path};
use actix_web::{HttpRequest, HttpResponse};
use serde_json::{Value, json};

use super::feeds::today_and_horizon;
use super::views::SubmissionView;
use super::{ApiError, ApiResult, AppState};
use crate::submissions::{self, Submission, WriteError};

impl From<WriteError> for ApiError {
    fn from(e: WriteError) -> Self {
        match e {
            WriteError::Invalid(d) => Self::Unprocessable(d),
            WriteError::NeedsConfirmation(w) => Self::NeedsConfirmation(w),
            WriteError::NotFound(m) => Self::NotFound(m),
            WriteError::Conflict(m) => Self::Conflict(m),
            WriteError::Store(s) => Self::Store(s),
            WriteError::Random(r) => Self::Internal(r.to_string()),
        }
    }
}

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// The edit link of a submission: the page, and its API twin.
pub fn edit_links(base: &str, token: &str) -> (String, String) {
    (
        format!("{base}/submissions/{token}"),
        format!("{base}/api/v1/submissions/{token}"),
    )
}

/// Runs `submit` counted against the client's submission limit: refused at once (429) when the
/// client is over it, and counted only when `stored` says the outcome stored something, so a
/// refused form, a warning to confirm or a busy store never uses up the allowance.
pub async fn rate_limited<T>(
    state: &AppState,
    req: &HttpRequest,
    submit: impl std::future::Future<Output = T>,
    stored: impl FnOnce(&T) -> bool,
) -> ApiResult<T> {
    let client = super::limits::client_ip(req, &state.trusted_proxies);
    if let Some(ip) = client {
        state
            .submission_limit
            .check(ip)
            .map_err(|secs| ApiError::TooManyRequests {
                what: "submissions",
                secs,
            })?;
    }
    let outcome = submit.await;
    if let Some(ip) = client
        && !stored(&outcome)
    {
        state.submission_limit.refund(ip);
    }
    Ok(outcome)
}

#[utoipa::path(post, path = "/api/v1/submissions", tag = "organisers", operation_id = "create_submission",
    request_body(content = Object, description = "The import format's fields, organiser_email required, no uid; confirm: [warning codes]"),
    responses((status = 201, body = super::views::SubmissionCreated),
              (status = 413, body = super::views::ErrorView), (status = 422, body = super::views::ErrorView),
              (status = 429, description = "Too many submissions; see Retry-After", body = super::views::ErrorView)))]
/// `POST /api/v1/submissions`: a new action, pending until a coordinator approves it.
pub async fn create(state: Data<AppState>, req: HttpRequest, body: Json<Value>) -> ApiResult<HttpResponse> {
    let submit = async {
        let sub = Submission::from_json(body.into_inner(), false).map_err(ApiError::Unprocessable)?;
        let (today, _) = today_and_horizon();
        state
            .store
            .run(move |c| submissions::submit(c, sub, today, now()).map_err(ApiError::from))
            .await
    };
    let accepted = rate_limited(&state, &req, submit, Result::is_ok).await??;
    let (edit_url, api_url) = edit_links(&state.base_url, &accepted.edit_token);
    Ok(HttpResponse::Created().insert_header(("Cache-Control", "no-store")).json(json!({
        "id": accepted.id,
        "uid": accepted.uid,
        "status": "pending",
        "edit_url": edit_url,
        "api_url": api_url,
        "message": "Thank you: a coordinator will review your action. Keep the edit link private: it lets you see the status, edit or cancel the action.",
    })))
}

#[utoipa::path(get, path = "/api/v1/submissions/{token}", tag = "organisers", operation_id = "show_submission", params(("token" = String, Path, description = "The edit link's secret")),
    responses((status = 200, body = super::views::SubmissionView), (status = 404, body = super::views::ErrorView)))]
/// `GET /api/v1/submissions/{token}`.
pub async fn show(state: Data<AppState>, req: HttpRequest, token: Path<String>) -> ApiResult<HttpResponse> {
    super::auth::token_attempt(
        &state,
        &req,
        for_organiser(&state, move |c| submissions::by_edit_token(c, &token)),
    )
    .await
}

#[utoipa::path(put, path = "/api/v1/submissions/{token}", tag = "organisers", operation_id = "edit_submission", params(("token" = String, Path)),
    request_body(content = Object), responses((status = 200, body = super::views::SubmissionView), (status = 422, body = super::views::ErrorView)))]
/// `PUT /api/v1/submissions/{token}`: the whole action again, edited.
pub async fn edit(
    state: Data<AppState>,
    req: HttpRequest,
    token: Path<String>,
    body: Json<Value>,
) -> ApiResult<HttpResponse> {
    let sub = Submission::from_json(body.into_inner(), false).map_err(ApiError::Unprocessable)?;
    let (today, _) = today_and_horizon();
    let write = for_organiser(&state, move |c| {
        submissions::edit_by_organiser(c, &token, sub, today, now())
    });
    super::auth::token_attempt(&state, &req, write).await
}

#[utoipa::path(post, path = "/api/v1/submissions/{token}/cancel", tag = "organisers", operation_id = "cancel_submission", params(("token" = String, Path)),
    responses((status = 200, body = super::views::SubmissionView)))]
/// `POST /api/v1/submissions/{token}/cancel`: the action stays, marked cancelled.
pub async fn cancel(state: Data<AppState>, req: HttpRequest, token: Path<String>) -> ApiResult<HttpResponse> {
    let write = for_organiser(&state, move |c| submissions::cancel_by_organiser(c, &token, now()));
    super::auth::token_attempt(&state, &req, write).await
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
