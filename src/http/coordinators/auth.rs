//! Who is calling: coordinators by `Authorization: Bearer` token (API) or session cookie
//! (pages). Organisers are not authenticated: their edit link is the capability.

use std::future::Future;
use std::pin::Pin;

use actix_web::web::Data;
use actix_web::{FromRequest, HttpRequest, dev::Payload};

use crate::http::limits::token_attempt;
use crate::http::{ApiError, AppState};
use crate::service::coordinators;
use crate::store::coordinators::Coordinator;

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
