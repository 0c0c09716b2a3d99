//! The HTTP interface: shared state, the middleware in front of routing, and the route table,
//! each audience registering its own routes:
//!
//! - [`feeds`]: subscribable `.ics` and Atom feeds;
//! - [`api`]: the JSON API (reading, with incremental sync; organisers' submissions);
//! - [`web`]: HTML pages, the widget, and the organisers' forms;
//! - [`coordinators`]: moderation, by API token or by browser session.
//!
//! Beside them: [`extract`] (what handlers take from a request), [`error`] (the one error
//! type, and error pages for browsers), [`cache`] (everything kept between requests),
//! [`views`] (the JSON shapes), [`openapi`] (the document, collected from the handlers),
//! [`policy`] (the site-wide headers), [`csrf`] and [`limits`].

pub mod api;
pub mod cache;
pub mod coordinators;
pub mod csrf;
pub mod error;
pub mod extract;
pub mod feeds;
pub mod limits;
pub mod openapi;
pub mod policy;
pub mod views;
pub mod web;

use actix_web::dev::HttpServiceFactory;
use actix_web::http::Method;
use actix_web::{HttpResponse, guard, web as aw};
use utoipa_actix_web::OpenApiFactory;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::domain::DomainError;
use crate::service::Clock;
use crate::store::Store;
pub use error::{ApiError, ApiResult};

/// Longest query string accepted, in bytes.
pub const QUERY_MAX: usize = 2048;

/// What every handler shares.
pub struct AppState {
    /// The store.
    pub store: Store,
    /// Where "now" and "today" come from.
    pub clock: Clock,
    /// Public origin for absolute links, without a trailing slash.
    pub base_url: String,
    /// Rendered feeds and lists, valid until the store changes.
    pub cache: cache::ResponseCache,
    /// The names filters may use, valid until the store changes.
    pub known: cache::KnownNames,
    /// Submissions per client address.
    pub submission_limit: limits::RateLimit,
    /// Every submission attempt, stored or refused, per client address: a higher bound than
    /// `submission_limit`, which counts stored submissions only.
    pub attempt_limit: limits::RateLimit,
    /// Failed token attempts per client address.
    pub auth_failures: limits::RateLimit,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// VEVENTs and VTIMEZONEs of earlier renders, copied into feeds while unchanged.
    pub fragments: std::sync::Arc<cache::Fragments>,
    /// The published actions in memory, which feeds are filtered from.
    pub published: std::sync::Arc<cache::Published>,
    /// Answers being rendered, so that each is rendered once however many ask.
    pub rendering: cache::InFlight,
    /// Slots for cold renders running at once.
    pub render_slots: tokio::sync::Semaphore,
    /// The key the forms' CSRF tokens are signed with.
    pub csrf_key: csrf::CsrfKey,
    /// Whether mail is sent (`serve --smtp-url`): pages and answers say so honestly.
    pub mail_enabled: bool,
    /// Fetches partners' calendars (a coordinator's "poll now").
    pub fetcher: std::sync::Arc<crate::fetch::Fetcher>,
}

/// Cold renders allowed at once (the blocking pool and memory stay bounded under a burst).
pub const RENDERS_AT_ONCE: usize = 4;

/// Cold renders allowed at once on this machine: one per core, at most [`RENDERS_AT_ONCE`].
/// A render of a large feed holds its actions and text until it is kept: on the 100 000-action
/// store, 4 at once on 2 cores held 590 MB under a cache-busting soak, for no more answers per
/// second than 2 (`bash benches/load.sh scale 90`).
pub fn renders_at_once() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, RENDERS_AT_ONCE)
}

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

/// The outermost layer (inside the access log): answers a GET or HEAD whose answer is cached at
/// the current revision straight from the cache (a subscriber's poll, a 304), adding the
/// site-wide headers itself ([`policy::apply`]), without routing, extracting or parsing filters,
/// and without the layers behind it, which a cached success has no use for (error pages, the
/// language cookie). Only answers that depend on the URI alone are served here; pages
/// negotiated by language take the handler's path. A 304 of a 10 000-action feed's filtered
/// copy went from about 0.7 to about 0.8 of the anchor nginx's rate through the three layers
/// (`bash benches/load.sh`): at 60 000-80 000 answers per second, each layer's boxed future
/// and header copies are a measurable part of the time.
pub async fn cached(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<
    actix_web::dev::ServiceResponse<actix_web::body::EitherBody<impl actix_web::body::MessageBody>>,
    actix_web::Error,
> {
    if matches!(*req.method(), Method::GET | Method::HEAD)
        && req.query_string().len() <= QUERY_MAX
        && let Some(state) = req.app_data::<aw::Data<AppState>>()
        && let Some(mut hit) = cache::hit(state, req.request(), "").await
    {
        policy::apply(hit.headers_mut());
        return Ok(req.into_response(hit).map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}

/// In front of routing: refuses over-long queries; sets the language cookie on the pages that
/// choose a language.
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
        let refused = ApiError::from(DomainError::says(
            "query",
            "err_query_too_long",
            &[("len", &len), ("max", &QUERY_MAX)],
        ));
        return Ok(req.error_response(refused).map_into_right_body());
    }
    let chosen = chosen_language(&req);
    let mut res = next.call(req).await?;
    let page = res.status().is_success()
        && res
            .headers()
            .get(actix_web::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"));
    if let Some(cookie) = chosen.filter(|_| page) {
        // Best effort: a header that cannot be added leaves the choice to the next `?ui=`.
        let _ = res.response_mut().add_cookie(&cookie);
    }
    Ok(res.map_into_left_body())
}

/// The cookie that keeps the reader's choice of language, when this request makes one: a page
/// (not the widget, which lives in other sites' pages and sets no cookie) asked with `?ui=` naming
/// an interface language, from this site's own language switcher or typed by the reader
/// (`Sec-Fetch-Site: same-origin` or `none`): a link on another site (a partner's widget
/// carries its language) shows the page in that language without changing the reader's
/// choice. Set on HTML pages answered 2xx only; kept a year; `SameSite=Lax`, `Secure` over https.
fn chosen_language(req: &actix_web::dev::ServiceRequest) -> Option<actix_web::cookie::Cookie<'static>> {
    if req.path().starts_with("/embed")
        || req.path().starts_with("/api/")
        || !matches!(*req.method(), Method::GET | Method::HEAD)
    {
        return None;
    }
    let site = req.headers().get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if site.is_some_and(|s| s != "same-origin" && s != "none") {
        return None;
    }
    let code = extract::query_ui(req.query_string())
        .and_then(|v| crate::i18n::Ui::by_code(&v))?
        .code();
    let base = req
        .app_data::<aw::Data<AppState>>()
        .map(|s| s.base_url.clone())
        .unwrap_or_default();
    let secure = csrf::secure_cookies(&base, req.request());
    Some(
        actix_web::cookie::Cookie::build(extract::LANGUAGE_COOKIE, code)
            .path("/")
            .max_age(actix_web::cookie::time::Duration::days(365))
            .same_site(actix_web::cookie::SameSite::Lax)
            .secure(secure)
            .http_only(true)
            .finish(),
    )
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

/// A GET (and HEAD) route to `handler`.
pub fn get<F, Args>(handler: F) -> actix_web::Route
where
    F: actix_web::Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: actix_web::Responder + 'static,
{
    read_only(aw::route()).to(handler)
}

/// One path and its routes, documented in the OpenAPI document by the handlers' own
/// `#[utoipa::path]` annotations: the path is taken from them, so the route table and the
/// document cannot disagree. Methods the path does not take are answered by [`probe`] (405,
/// or 204 to `OPTIONS`), as subscribers' clients expect.
pub struct Endpoint {
    path: String,
    resource: actix_web::Resource,
    /// Methods the path takes, for `Allow`; `None` for a read-only path ([`probe`] answers).
    methods: Option<Vec<&'static str>>,
    paths: utoipa::openapi::path::Paths,
    schemas: Vec<(String, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>)>,
}

fn method_name(m: &utoipa::openapi::path::HttpMethod) -> &'static str {
    use utoipa::openapi::path::HttpMethod as M;
    match m {
        M::Get => "GET",
        M::Post => "POST",
        M::Put => "PUT",
        M::Delete => "DELETE",
        M::Options => "OPTIONS",
        M::Head => "HEAD",
        M::Patch => "PATCH",
        M::Trace => "TRACE",
    }
}

impl Endpoint {
    /// The path of `doc` (a handler's `__path_…` type), served by `route`; other methods get
    /// 405 with `Allow` (RFC 9110 §15.5.6) and the JSON error body.
    pub fn new<D: OpenApiFactory + utoipa::Path>(doc: D, route: actix_web::Route) -> Self {
        let path = D::path();
        let resource = aw::resource(path.as_str()).route(route);
        let mut schemas = Vec::new();
        doc.schemas(&mut schemas);
        Self {
            path,
            resource,
            methods: Some(D::methods().iter().map(method_name).collect()),
            paths: doc.paths(),
            schemas,
        }
    }

    /// A read-only path: GET and HEAD to the route, [`probe`] for any other method.
    pub fn read<D: OpenApiFactory + utoipa::Path>(doc: D, route: actix_web::Route) -> Self {
        let mut e = Self::new(doc, route);
        e.resource = e.resource.default_service(aw::to(probe));
        e.methods = None;
        e
    }

    /// Another method on the same path, documented by `doc`.
    pub fn and<D: OpenApiFactory + utoipa::Path>(mut self, doc: D, route: actix_web::Route) -> Self {
        debug_assert_eq!(D::path(), self.path, "one Endpoint per path");
        self.resource = self.resource.route(route);
        if let Some(methods) = &mut self.methods {
            methods.extend(D::methods().iter().map(method_name));
        }
        self.paths.merge(doc.paths());
        doc.schemas(&mut self.schemas);
        self
    }
}

impl HttpServiceFactory for Endpoint {
    fn register(self, config: &mut actix_web::dev::AppService) {
        let resource = match self.methods {
            Some(methods) => {
                let allow = methods.join(", ");
                self.resource
                    .default_service(aw::to(move |req: actix_web::HttpRequest| {
                        let allow = allow.clone();
                        async move {
                            let refused = ApiError::MethodNotAllowed(format!(
                                "{} is not allowed on {}; allowed: {allow}",
                                req.method(),
                                req.path()
                            ));
                            let mut res = actix_web::ResponseError::error_response(&refused);
                            if let Ok(value) = actix_web::http::header::HeaderValue::from_str(&allow) {
                                res.headers_mut().insert(actix_web::http::header::ALLOW, value);
                            }
                            res
                        }
                    }))
            }
            None => self.resource,
        };
        resource.register(config)
    }
}

impl OpenApiFactory for Endpoint {
    fn paths(&self) -> utoipa::openapi::path::Paths {
        self.paths.clone()
    }

    fn schemas(&self, schemas: &mut Vec<(String, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>)>) {
        schemas.extend(self.schemas.iter().cloned());
    }
}

/// An undocumented read-only path (an HTML page, a script): GET and HEAD to `handler`,
/// [`probe`] for any other method.
pub fn page<F, Args>(path: &str, handler: F) -> actix_web::Resource
where
    F: actix_web::Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: actix_web::Responder + 'static,
{
    aw::resource(path).route(get(handler)).default_service(aw::to(probe))
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

/// Registers the extractor error handlers and every audience's routes.
pub fn configure(cfg: &mut ServiceConfig) {
    // Listings parse their own query (`extract::Listing`, which names the filters); this is
    // for the other queries (`?sequence=`, `?limit=&before=`, `?ui=&tz=`).
    cfg.app_data(
        aw::QueryConfig::default()
            .error_handler(|err, _| ApiError::from(DomainError::new("query", err.to_string())).into()),
    )
    .app_data(
        aw::PathConfig::default()
            .error_handler(|err, _| ApiError::from(DomainError::new("path", err.to_string())).into()),
    )
    .app_data(aw::JsonConfig::default().limit(BODY_MAX).error_handler(json_error))
    .app_data(aw::PayloadConfig::default().limit(BODY_MAX));
    feeds::routes(cfg);
    api::routes(cfg);
    web::routes(cfg);
    coordinators::routes(cfg);
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
