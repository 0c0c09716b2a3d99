//! Who is calling: coordinators by `Authorization: Bearer` token (API) or session cookie
//! (pages). Organisers are not authenticated: their edit link is the capability.

use std::future::Future;
use std::pin::Pin;

use actix_web::web::Data;
use actix_web::{FromRequest, HttpRequest, dev::Payload};

use crate::http::extract::client_addr;
use crate::http::{ApiError, AppState};
use crate::service::coordinators;
use crate::store::coordinators::Coordinator;

/// Failed token attempts (coordinator tokens, edit links) allowed per client address in each
/// [`AUTH_FAILURE_WINDOW`]; then every attempt from that address gets 429 until it ends.
pub const AUTH_FAILURES_PER_WINDOW: u32 = 20;
/// The window of the failed-attempt limit.
pub const AUTH_FAILURE_WINDOW: std::time::Duration = std::time::Duration::from_secs(600);

/// Runs a token check (`attempt`) for the client of `req` unless it failed too often lately,
/// and counts a failure when the token opened nothing (403 or 404). Tokens are 256-bit, so
/// guessing is hopeless anyway; the limit keeps the attempts from costing the store.
pub async fn token_attempt<T>(
    state: &AppState,
    req: &HttpRequest,
    attempt: impl Future<Output = Result<T, ApiError>>,
) -> Result<T, ApiError> {
    let client = client_addr(req, &state.trusted_proxies);
    if let Some(secs) = client.and_then(|ip| state.auth_failures.blocked(ip)) {
        return Err(ApiError::TooManyRequests {
            what: "failed token attempts",
            secs,
        });
    }
    let result = attempt.await;
    if let (Err(ApiError::Forbidden(_) | ApiError::NotFound(_)), Some(ip)) = (&result, client) {
        let _ = state.auth_failures.check(ip);
    }
    result
}

/// Name of the coordinators' session cookie.
pub const SESSION_COOKIE: &str = "actioncal_session";

/// A coordinator authenticated by a Bearer token.
pub struct BearerCoordinator(pub Coordinator);

impl FromRequest for BearerCoordinator {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<Data<AppState>>().cloned();
        let header = req
            .headers()
            .get("Authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let req = req.clone();
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::Internal("no application state".into()))?;
            let token = header
                .as_deref()
                .and_then(|h| h.strip_prefix("Bearer ").or_else(|| h.strip_prefix("bearer ")))
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .ok_or_else(|| {
                    ApiError::Unauthorized(
                        "a coordinator token is required: send Authorization: Bearer <token> (from actioncal admin add-coordinator)"
                            .into(),
                    )
                })?;
            let token = token.to_string();
            let lookup = async {
                let found = state.store.run(move |c| coordinators::by_token(c, &token)).await?;
                found
                    .map(BearerCoordinator)
                    .ok_or_else(|| ApiError::Forbidden("this token opens nothing: unknown or revoked".into()))
            };
            token_attempt(&state, &req, lookup).await
        })
    }
}
