//! One error type for every handler, mapped to HTTP in one place.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::json;

use crate::domain::DomainError;
use crate::store::StoreError;

/// Every way a request can fail.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A query or path value was refused.
    #[error(transparent)]
    Invalid(#[from] DomainError),
    /// The named thing does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The store failed; the cause is logged, never shown.
    #[error("internal error")]
    Store(#[from] StoreError),
}

/// Result of every handler.
pub type ApiResult<T> = Result<T, ApiError>;

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::Invalid(_) => StatusCode::BAD_REQUEST,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let body = match self {
            Self::Store(e) => {
                tracing::error!(error = %e, "store failed");
                json!({ "error": self.to_string() })
            }
            Self::Invalid(e) => json!({ "error": e.to_string(), "field": e.field() }),
            Self::NotFound(_) => json!({ "error": self.to_string() }),
        };
        HttpResponse::build(self.status_code())
            .insert_header(("Access-Control-Allow-Origin", "*"))
            .insert_header(("Cache-Control", "no-store"))
            .json(body)
    }
}
