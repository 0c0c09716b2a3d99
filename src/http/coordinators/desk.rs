//! Coordinators' HTML: sign in with the API token, the queue, one-click approve and reject.
//! The session cookie is HttpOnly, Secure, SameSite=Strict and scoped to /admin; every form
//! carries the session's CSRF token.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::web::{Data, Path};
use actix_web::{HttpRequest, HttpResponse};

use super::auth::SESSION_COOKIE;
use crate::http::csrf;
use crate::http::extract::{EventId, Form};
use crate::http::limits::token_attempt;
use crate::http::{ApiError, ApiResult, AppState};
use crate::pages::admin;
use crate::service::{coordinators, moderation};
use crate::store::coordinators::Coordinator;
use crate::store::events;

/// How long a coordinator stays signed in.
pub const SESSION_HOURS: i64 = 12;

fn html(status: StatusCode, markup: maud::Markup) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header(("Cache-Control", "no-store"))
        .content_type("text/html; charset=utf-8")
        .body(markup.into_string())
}

fn see_other(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, to.to_string()))
        .insert_header(("Cache-Control", "no-store"))
        .finish()
}

fn session_cookie(value: &str, max_age_secs: i64, secure: bool) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, value.to_string())
        .path("/admin")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(actix_web::cookie::time::Duration::seconds(max_age_secs))
        .finish()
}

/// The signed-in coordinator and the session's CSRF token, if any.
async fn session(state: &AppState, req: &HttpRequest) -> ApiResult<Option<(Coordinator, String)>> {
    let Some(value) = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string()) else {
        return Ok(None);
    };
    let now = state.clock.unix();
    Ok(state.store.run(move |c| coordinators::session(c, &value, now)).await?)
}

/// `GET /admin/login`.
pub async fn login_form(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let (csrf, cookie) = csrf::issue(&state.csrf_key, &state.base_url, &req)?;
    let mut res = html(StatusCode::OK, admin::login(None, &csrf));
    if let Some(cookie) = cookie {
        res.add_cookie(&cookie).map_err(|e| ApiError::Internal(e.to_string()))?;
    }
    Ok(res)
}

/// `POST /admin/login` with the coordinator's token.
pub async fn login(state: Data<AppState>, req: HttpRequest, form: Form) -> ApiResult<HttpResponse> {
    let (f, csrf) = form.signed(&state.base_url, &state.csrf_key)?;
    let token = f.values.get("token").map(|t| t.trim().to_string()).unwrap_or_default();
    let lookup = async {
        let found = state.store.run(move |c| coordinators::by_token(c, &token)).await?;
        found.ok_or_else(|| ApiError::Forbidden("unknown or revoked token".into()))
    };
    let who = match token_attempt(&state, &req, lookup).await {
        Ok(who) => who,
        Err(ApiError::Forbidden(_)) => {
            return Ok(html(
                StatusCode::FORBIDDEN,
                admin::login(Some("This token opens nothing: unknown or revoked."), &csrf),
            ));
        }
        Err(e) => return Err(e),
    };
    let expires = state.clock.unix() + SESSION_HOURS * 3600;
    let (session, _) = state
        .store
        .run(move |c| coordinators::sign_in(c, &who, expires))
        .await?;
    let mut res = see_other("/admin");
    res.add_cookie(&session_cookie(
        &session,
        SESSION_HOURS * 3600,
        csrf::secure_cookies(&state.base_url, &req),
    ))
    .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(res)
}

/// `POST /admin/logout`.
pub async fn logout(state: Data<AppState>, req: HttpRequest, form: Form) -> ApiResult<HttpResponse> {
    let Some((_, csrf)) = session(&state, &req).await? else {
        return Ok(see_other("/admin/login"));
    };
    form.of_session(&state.base_url, &state.csrf_key, &csrf)?;
    if let Some(value) = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string()) {
        state.store.run(move |c| coordinators::sign_out(c, &value)).await?;
    }
    let mut res = see_other("/admin/login");
    res.add_cookie(&session_cookie("", 0, csrf::secure_cookies(&state.base_url, &req)))
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(res)
}

/// `GET /admin`: the queue.
pub async fn queue(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let Some((who, csrf)) = session(&state, &req).await? else {
        return Ok(see_other("/admin/login"));
    };
    let pending = state
        .store
        .run(|c| -> ApiResult<Vec<_>> {
            let list = events::pending(c)?;
            list.into_iter()
                .map(|e| Ok((events::contact(c, e.id)?, e)))
                .map(|r| r.map(|(k, e)| (e, k)))
                .collect()
        })
        .await?;
    let notice = match req.query_string() {
        "done=approved" => Some("Approved: it is in the calendar now."),
        "done=rejected" => Some("Rejected: the organiser sees your reason on their link."),
        _ => None,
    };
    Ok(html(StatusCode::OK, admin::queue(&who.name, &pending, &csrf, notice)))
}

/// A decision taken on the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Approve,
    Reject,
}

async fn decide(
    state: Data<AppState>,
    req: HttpRequest,
    id: Path<String>,
    form: Form,
    decision: Decision,
) -> ApiResult<HttpResponse> {
    // Who first: without a session, nothing else about the request is answered.
    let Some((who, csrf)) = session(&state, &req).await? else {
        return Err(ApiError::Unauthorized("sign in at /admin/login first".into()));
    };
    let f = form.of_session(&state.base_url, &state.csrf_key, &csrf)?;
    let EventId(id) = EventId::parse(&id)?;
    let reason = f.values.get("reason").cloned().unwrap_or_default();
    // The version the coordinator saw on the queue page: an edit since is not approved unseen.
    let reviewed = f.values.get("sequence").and_then(|s| s.parse::<u32>().ok());
    let now = state.clock.unix();
    state
        .store
        .run(move |c| match decision {
            Decision::Approve => moderation::approve(c, &who, id, reviewed, now),
            Decision::Reject => moderation::reject(c, &who, id, &reason, now),
        })
        .await?;
    Ok(see_other(match decision {
        Decision::Approve => "/admin?done=approved",
        Decision::Reject => "/admin?done=rejected",
    }))
}

/// `POST /admin/submissions/{id}/approve`.
pub async fn approve(state: Data<AppState>, req: HttpRequest, id: Path<String>, form: Form) -> ApiResult<HttpResponse> {
    decide(state, req, id, form, Decision::Approve).await
}

/// `POST /admin/submissions/{id}/reject` with a `reason`.
pub async fn reject(state: Data<AppState>, req: HttpRequest, id: Path<String>, form: Form) -> ApiResult<HttpResponse> {
    decide(state, req, id, form, Decision::Reject).await
}
