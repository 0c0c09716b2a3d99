//! One error type for every handler, mapped to HTTP in one place.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use serde_json::json;

use crate::domain::{DomainError, Warning};
use crate::store::{StoreError, Unwritable};

/// Every way a request can fail.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A query or path value was refused.
    #[error(transparent)]
    Invalid(#[from] DomainError),
    /// A request body was refused.
    #[error("{0}")]
    Unprocessable(DomainError),
    /// Likely mistakes the submitter must confirm by sending their codes in `confirm`.
    #[error("please check the warnings; to submit anyway, send the same request with \"confirm\": [their codes]")]
    NeedsConfirmation(Vec<Warning>),
    /// No credentials.
    #[error("{0}")]
    Unauthorized(String),
    /// Credentials that open nothing here.
    #[error("{0}")]
    Forbidden(String),
    /// The named thing does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The path does not take this method.
    #[error("{0}")]
    MethodNotAllowed(String),
    /// The request conflicts with the state of the thing.
    #[error("{0}")]
    Conflict(String),
    /// The body is larger than allowed.
    #[error("{0}")]
    TooLarge(String),
    /// Too many requests of a kind (`what`) from one client; try again after `secs` seconds.
    #[error("too many {what} from your address; try again in {secs} seconds")]
    TooManyRequests { what: &'static str, secs: u64 },
    /// The store failed; the cause is logged, never shown (but for a full or read-only store,
    /// which the client is told plainly).
    #[error("{}", store_message(.0))]
    Store(#[from] StoreError),
    /// Something else failed inside; logged, never shown.
    #[error("internal error")]
    Internal(String),
    /// An answer could not be rendered now (the store failed while reading, the render
    /// panicked); logged. Nothing partial is ever sent: answers are rendered whole first.
    #[error("this answer cannot be made right now; try again in a few seconds")]
    RenderFailed(String),
}

fn store_message(e: &StoreError) -> &'static str {
    match e.unwritable() {
        Some(Unwritable::Full) => {
            "the store is full (its disk or its quota), so nothing was written; feeds, pages and the API keep answering; try again later or tell the coordinators"
        }
        Some(Unwritable::Busy) => {
            "the store is busy with another write (an import), so nothing was written; try again in a few seconds"
        }
        Some(Unwritable::ReadOnly) => {
            "this instance's store is read-only (a read replica, or a read-only disk), so nothing was written; feeds, pages and the API keep answering; send changes to the primary instance"
        }
        None => "internal error",
    }
}

/// `Retry-After` of a write refused because another writer held the store too long.
pub const RETRY_BUSY_SECS: u64 = 5;

/// Result of every handler.
pub type ApiResult<T> = Result<T, ApiError>;

impl From<crate::service::tokens::NoRandomness> for ApiError {
    fn from(e: crate::service::tokens::NoRandomness) -> Self {
        Self::Internal(e.to_string())
    }
}

/// A refused write: a value the domain refused in a body is a 422, like every refusal of a
/// body ([`super::extract::Valid`]).
impl From<crate::service::WriteError> for ApiError {
    fn from(e: crate::service::WriteError) -> Self {
        use crate::service::WriteError;
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

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::Invalid(_) => StatusCode::BAD_REQUEST,
            Self::Unprocessable(_) | Self::NeedsConfirmation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Store(e) => match e.unwritable() {
                Some(Unwritable::Full) => StatusCode::INSUFFICIENT_STORAGE,
                Some(Unwritable::ReadOnly | Unwritable::Busy) => StatusCode::SERVICE_UNAVAILABLE,
                None => StatusCode::INTERNAL_SERVER_ERROR,
            },
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            Self::RenderFailed(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let body = match self {
            Self::Store(e) if e.unwritable().is_some() => {
                tracing::warn!(error = %e, "write refused by the store");
                json!({ "error": self.to_string() })
            }
            Self::Store(e) => {
                tracing::error!(error = %e, "store failed");
                json!({ "error": self.to_string() })
            }
            Self::Internal(e) => {
                tracing::error!(error = %e, "internal failure");
                json!({ "error": self.to_string() })
            }
            Self::RenderFailed(e) => {
                tracing::error!(error = %e, "render failed");
                json!({ "error": self.to_string() })
            }
            // The first refusal as before, and `errors`: every field refused, at once.
            Self::Invalid(e) | Self::Unprocessable(e) => {
                let errors: Vec<_> = e
                    .each()
                    .map(|d| {
                        let mut one = json!({ "field": d.field(), "message": d.message() });
                        if !d.choices().is_empty() {
                            one["choices"] = json!(d.choices());
                        }
                        one
                    })
                    .collect();
                let mut body = json!({ "error": e.to_string(), "field": e.field(), "errors": errors });
                if !e.choices().is_empty() {
                    body["choices"] = json!(e.choices());
                }
                body
            }
            Self::NeedsConfirmation(w) => json!({ "error": self.to_string(), "warnings": w }),
            _ => json!({ "error": self.to_string() }),
        };
        let mut res = HttpResponse::build(self.status_code());
        res.insert_header(("Access-Control-Allow-Origin", "*"))
            .insert_header(("Cache-Control", "no-store"));
        match self {
            Self::Unauthorized(_) => {
                res.insert_header(("WWW-Authenticate", "Bearer realm=\"actioncal\""));
            }
            Self::TooManyRequests { secs, .. } => {
                res.insert_header(("Retry-After", secs.to_string()));
            }
            Self::Store(e) if e.unwritable() == Some(Unwritable::Busy) => {
                res.insert_header(("Retry-After", RETRY_BUSY_SECS.to_string()));
            }
            Self::RenderFailed(_) => {
                res.insert_header(("Retry-After", RETRY_BUSY_SECS.to_string()));
            }
            _ => {}
        }
        res.json(body)
    }
}

impl ApiError {
    /// This refusal in words for a person reading `ui`, when it says more than its status:
    /// the refused fields, the wait, a store that cannot write.
    pub fn in_language(&self, ui: crate::i18n::Ui) -> Option<String> {
        match self {
            Self::Invalid(e) | Self::Unprocessable(e) => {
                let said: Vec<String> = e.each().filter_map(|d| d.said_in(ui)).collect();
                (!said.is_empty()).then(|| said.join("\n"))
            }
            Self::TooManyRequests { secs, .. } => {
                Some(ui.tf("error_wait", "wait", &crate::http::web::forms::wait_in_words(ui, *secs)))
            }
            Self::Store(e) => match e.unwritable()? {
                Unwritable::Full => Some(ui.t("error_store_full")),
                Unwritable::Busy => Some(ui.t("error_store_busy")),
                Unwritable::ReadOnly => Some(ui.t("error_store_read_only")),
            },
            _ => None,
        }
    }
}

/// True for a browser asking for a page: it accepts HTML, and the path is not the API's, a
/// feed's or a script's (whose clients read the JSON error).
fn wants_page(req: &HttpRequest) -> bool {
    let path = req.path();
    let machine = path.starts_with("/api/") || [".ics", ".atom", ".json", ".js"].iter().any(|x| path.ends_with(x));
    !machine
        && req
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
}

/// Middleware: a failed request from a browser gets its error as an HTML page (same status,
/// same message, same headers but the body's), everyone else the JSON error. Errors raised by
/// the framework's own extractors (a body over the limit, say: actix answers those in plain
/// text) get the same two shapes, with their message.
pub async fn pages_for_browsers(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let page = wants_page(req.request());
    let res = next.call(req).await?;
    let Some(error) = res.response().error() else {
        return Ok(res.map_into_left_body());
    };
    let ours = error.as_error::<ApiError>().is_some();
    if ours && !page {
        return Ok(res.map_into_left_body());
    }
    let message = error.to_string();
    let ui = crate::http::extract::ui(res.request(), None);
    // What the reader is told besides the status: the refusal itself when it is ours and can
    // be said in their language; else only the status's explanation (the English detail stays
    // in the JSON answer and the log).
    let detail = error
        .as_error::<ApiError>()
        .and_then(|e| e.in_language(ui))
        .or_else(|| (ui == crate::i18n::Ui::ENGLISH).then(|| message.clone()));
    let status = res.status();
    let (req, old) = res.into_parts();
    let mut answer = HttpResponse::build(status);
    for (name, value) in old.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            answer.append_header((name.clone(), value.clone()));
        }
    }
    let answer = if page {
        // The widget's errors show inside partners' frames, so they carry the widget's policy
        // (framable by any site), not the site-wide `frame-ancestors 'none'`.
        if req.path() == "/embed" {
            answer.insert_header((header::CONTENT_SECURITY_POLICY, super::policy::EMBED_CSP));
        }
        answer
            .content_type("text/html; charset=utf-8")
            .body(crate::pages::error::page(ui, status.as_u16(), detail.as_deref()).into_string())
    } else {
        answer
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .json(json!({ "error": message }))
    };
    Ok(ServiceResponse::new(req, answer).map_into_right_body())
}
