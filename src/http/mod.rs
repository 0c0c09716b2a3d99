//! The route table, shared state and the extractor error handlers.

pub mod admin;
pub mod api;
pub mod auth;
pub mod cache;
pub mod cached;
pub mod csrf;
pub mod error;
pub mod feeds;
pub mod forms;
pub mod known;
pub mod limits;
pub mod moderation;
pub mod openapi;
pub mod pages;
pub mod submissions;
pub mod views;

use actix_web::http::Method;
use actix_web::{HttpResponse, guard, web};

use crate::domain::DomainError;
use crate::store::Store;
pub use error::{ApiError, ApiResult};

/// Longest query string accepted, in bytes.
pub const QUERY_MAX: usize = 2048;

/// What every handler shares.
pub struct AppState {
    /// The store.
    pub store: Store,
    /// Public origin for absolute links, without a trailing slash.
    pub base_url: String,
    /// Rendered feeds and lists, valid until the store changes.
    pub cache: cache::ResponseCache,
    /// Submissions per client address.
    pub submission_limit: limits::RateLimit,
    /// Failed token attempts per client address.
    pub auth_failures: limits::RateLimit,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// VEVENTs and VTIMEZONEs of earlier renders, copied into feeds while unchanged.
    pub fragments: std::sync::Arc<crate::ical::Fragments>,
    /// Slots for cold renders running at once.
    pub render_slots: tokio::sync::Semaphore,
    /// The key the forms' CSRF tokens are signed with.
    pub csrf_key: csrf::CsrfKey,
}

/// Cold renders allowed at once (the blocking pool and memory stay bounded under a burst).
pub const RENDERS_AT_ONCE: usize = 4;

/// Largest JSON body accepted, in bytes.
pub const BODY_MAX: usize = 64 * 1024;

/// The public URL of `req`: the configured origin (`--base-url`) plus the request's path and
/// query. Never the request's own scheme and authority: an absolute-form request target
/// (`GET http://evil.example/calendar.ics`, RFC 9112 §3.2.2) or a `Host` header would otherwise
/// end up in an answer that is cached for everyone.
pub fn public_url(base: &str, req: &actix_web::HttpRequest) -> String {
    match req.uri().path_and_query() {
        Some(pq) => format!("{base}{pq}"),
        None => format!("{base}{}", req.path()),
    }
}

/// Replaces the secret segment of edit links, so that no log line holds a token.
pub fn redact_path(path: &str) -> String {
    for prefix in ["/submissions/", "/api/v1/submissions/"] {
        if let Some(rest) = path.strip_prefix(prefix) {
            let tail = rest.find('/').map(|i| &rest[i..]).unwrap_or("");
            return format!("{prefix}[token]{tail}");
        }
    }
    path.to_string()
}

/// In front of routing: refuses over-long queries, and answers a GET or HEAD whose answer is
/// cached at the current revision straight from the cache (a subscriber's poll, a 304), without
/// routing, extracting or parsing filters. Only answers that depend on the URI alone are served
/// here; pages negotiated by language take the handler's path.
pub async fn front(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<
    actix_web::dev::ServiceResponse<actix_web::body::EitherBody<impl actix_web::body::MessageBody>>,
    actix_web::Error,
> {
    let len = req.query_string().len();
    if len > QUERY_MAX {
        // Answered here as a response, not returned as an `Err`: an error would skip the
        // outer layers (HTML pages for browsers, the policy headers) on its way out.
        let refused = ApiError::from(DomainError::new(
            "query",
            format!("is {len} bytes long; at most {QUERY_MAX} are allowed"),
        ));
        return Ok(req.error_response(refused).map_into_right_body());
    }
    if matches!(*req.method(), Method::GET | Method::HEAD)
        && let Some(state) = req.app_data::<web::Data<AppState>>()
        && let Some(hit) = cached::hit(state, req.request(), "")
    {
        return Ok(req.into_response(hit).map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}

/// Subscribers probe before they fetch: Thunderbird sends PROPFIND (answered: this is not a
/// WebDAV collection, use GET) and OPTIONS; both must fail cleanly for it to fall back to GET.
async fn probe(req: actix_web::HttpRequest) -> HttpResponse {
    let mut res = if req.method() == Method::OPTIONS {
        HttpResponse::NoContent()
    } else {
        HttpResponse::MethodNotAllowed()
    };
    res.insert_header(("Allow", "GET, HEAD, OPTIONS"))
        .insert_header(("Access-Control-Allow-Origin", "*"))
        .insert_header(("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS"))
        .insert_header(("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since"))
        .insert_header(("Access-Control-Max-Age", "86400"))
        .finish()
}

/// Any path without a route: a JSON 404 listing where to start.
pub async fn not_found(req: actix_web::HttpRequest) -> ApiResult<HttpResponse> {
    Err(ApiError::NotFound(format!(
        "no such path: {}; feeds are /calendar.ics, /campaigns/{{slug}}.ics, /regions/{{slug}}.ics, /countries/{{cc}}.ics, /events/{{id}}.ics; the API is under /api/v1",
        req.path()
    )))
}

fn read_only(handler: actix_web::Route) -> actix_web::Route {
    handler.guard(guard::Any(guard::Get()).or(guard::Head()))
}

fn resource<F, Args>(path: &str, handler: F) -> actix_web::Resource
where
    F: actix_web::Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: actix_web::Responder + 'static,
{
    web::resource(path)
        .route(read_only(web::route()).to(handler))
        .default_service(web::to(probe))
}

/// The submission form's progressive script.
async fn submit_js() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(include_str!("../../static/submit.js"))
}

/// The public pages' progressive script.
async fn pages_js() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(include_str!("../../static/pages.js"))
}

/// Maps JSON body failures to the API's errors: 413 when too large, 422 otherwise.
fn json_error(err: actix_web::error::JsonPayloadError, _: &actix_web::HttpRequest) -> actix_web::Error {
    use actix_web::error::JsonPayloadError as E;
    match err {
        E::Overflow { .. } | E::OverflowKnownLength { .. } => {
            ApiError::TooLarge(format!("the body is larger than the {BODY_MAX} bytes allowed")).into()
        }
        E::ContentType => ApiError::Unprocessable(DomainError::new(
            "body",
            "send JSON with Content-Type: application/json",
        ))
        .into(),
        other => ApiError::Unprocessable(DomainError::new("body", format!("is not valid JSON: {other}"))).into(),
    }
}

/// Registers every route and the extractor error handlers.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::QueryConfig::default().error_handler(|err, _| {
        ApiError::from(DomainError::new(
            "query",
            format!("{err}; filters: region, country, campaign, tag, lang, from, to"),
        ))
        .into()
    }))
    .app_data(
        web::PathConfig::default()
            .error_handler(|err, _| ApiError::from(DomainError::new("path", err.to_string())).into()),
    )
    .app_data(web::JsonConfig::default().limit(BODY_MAX).error_handler(json_error))
    .app_data(web::PayloadConfig::default().limit(BODY_MAX))
    .service(resource("/calendar.ics", feeds::everything))
    .service(resource("/feed.atom", feeds::atom))
    .service(resource("/campaigns/{slug}.ics", feeds::campaign))
    .service(resource("/campaigns/{slug}.atom", feeds::campaign_atom))
    .service(resource("/regions/{slug}.atom", feeds::region_atom))
    .service(resource("/countries/{code}.atom", feeds::country_atom))
    .service(resource("/regions/{slug}.ics", feeds::region))
    .service(resource("/countries/{code}.ics", feeds::country))
    .service(resource("/events/{id}.ics", feeds::single))
    .service(resource("/events/{id}", pages::event))
    .service(resource("/", pages::home))
    .service(resource("/subscribe", pages::builder))
    .service(resource("/embed", pages::embed))
    .service(resource("/campaigns/{slug}", pages::campaign))
    .service(resource("/regions/{slug}", pages::region))
    .service(resource("/countries/{code}", pages::country))
    .service(web::resource("/static/pages.js").route(read_only(web::route()).to(pages_js)))
    .service(resource("/api/v1/events", api::events))
    .service(resource("/api/v1/events/{id}", api::event))
    .service(resource("/api/v1/campaigns", api::campaigns))
    .service(resource("/api/v1/regions", api::regions))
    .service(resource("/healthz", api::health))
    .service(web::resource("/api/v1/openapi.json").route(read_only(web::route()).to(openapi::document)))
    .service(web::resource("/api/v1/submissions").route(web::post().to(submissions::create)))
    .service(web::resource("/static/submit.js").route(read_only(web::route()).to(submit_js)))
    .service(
        web::resource("/submit")
            .route(read_only(web::route()).to(forms::new_form))
            .route(web::post().to(forms::create)),
    )
    .service(
        web::resource("/submissions/{token}")
            .route(read_only(web::route()).to(forms::show))
            .route(web::post().to(forms::edit)),
    )
    .service(web::resource("/submissions/{token}/cancel").route(web::post().to(forms::cancel)))
    .service(web::resource("/admin").route(read_only(web::route()).to(admin::queue)))
    .service(
        web::resource("/admin/login")
            .route(read_only(web::route()).to(admin::login_form))
            .route(web::post().to(admin::login)),
    )
    .service(web::resource("/admin/logout").route(web::post().to(admin::logout)))
    .service(web::resource("/admin/submissions/{id}/approve").route(web::post().to(admin::approve)))
    .service(web::resource("/admin/submissions/{id}/reject").route(web::post().to(admin::reject)))
    .service(
        web::resource("/api/v1/submissions/{token}")
            .route(read_only(web::route()).to(submissions::show))
            .route(web::put().to(submissions::edit)),
    )
    .service(web::resource("/api/v1/submissions/{token}/cancel").route(web::post().to(submissions::cancel)))
    .service(
        web::scope("/api/v1/moderation")
            .route("/queue", web::get().to(moderation::queue))
            .route("/submissions/{id}/approve", web::post().to(moderation::approve))
            .route("/submissions/{id}/reject", web::post().to(moderation::reject))
            .route("/edits", web::get().to(moderation::edits))
            .route("/edits/{id}/approve", web::post().to(moderation::approve_edit))
            .route("/edits/{id}/reject", web::post().to(moderation::reject_edit))
            .route("/events/{id}", web::put().to(moderation::edit))
            .route("/events/{id}", web::delete().to(moderation::remove))
            .route("/events/{id}/cancel", web::post().to(moderation::cancel))
            .route("/campaigns", web::post().to(moderation::create_campaign))
            .route("/campaigns/{slug}", web::put().to(moderation::edit_campaign))
            .route("/log", web::get().to(moderation::log)),
    );
}

#[cfg(test)]
mod tests {
    use super::redact_path;

    #[test]
    fn edit_link_tokens_never_reach_the_log() {
        assert_eq!(redact_path("/submissions/ace_secret"), "/submissions/[token]");
        assert_eq!(
            redact_path("/api/v1/submissions/ace_secret/cancel"),
            "/api/v1/submissions/[token]/cancel"
        );
        assert_eq!(redact_path("/api/v1/submissions"), "/api/v1/submissions");
        assert_eq!(redact_path("/calendar.ics"), "/calendar.ics");
    }
}
